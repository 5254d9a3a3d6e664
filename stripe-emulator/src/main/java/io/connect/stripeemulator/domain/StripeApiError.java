package io.connect.stripeemulator.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An error answered in Stripe's shape: {"error": {"type", "code", "decline_code", "message", "param", ...}}. */
public class StripeApiError extends RuntimeException {
    private final int status;
    private final String type;
    private final String code;
    private final String declineCode;
    private final String param;
    private ObjectNode related;
    private String relatedField;
    private String charge;
    private ObjectNode paymentMethod;

    public StripeApiError(int status, String type, String code, String declineCode, String param, String message) {
        super(message);
        this.status = status;
        this.type = type;
        this.code = code;
        this.declineCode = declineCode;
        this.param = param;
    }

    public static StripeApiError invalid(String param, String message) {
        return new StripeApiError(400, "invalid_request_error", "parameter_invalid", null, param, message);
    }

    public static StripeApiError invalid(String code, String param, String message) {
        return new StripeApiError(400, "invalid_request_error", code, null, param, message);
    }

    public static StripeApiError missingParam(String param) {
        return new StripeApiError(400, "invalid_request_error", "parameter_missing", null, param,
                "Missing required param: " + param + ".");
    }

    public static StripeApiError noSuch(String kind, String id, String param) {
        return new StripeApiError(404, "invalid_request_error", "resource_missing", null, param,
                "No such " + kind + ": '" + id + "'");
    }

    public static StripeApiError unauthorized(String message) {
        return new StripeApiError(401, "invalid_request_error", null, null, null, message);
    }

    public static StripeApiError idempotency(int status, String code, String message) {
        return new StripeApiError(status, "idempotency_error", code, null, null, message);
    }

    public static StripeApiError card(String code, String declineCode, String message) {
        return new StripeApiError(402, "card_error", code, declineCode, null, message);
    }

    /** Attaches the PaymentIntent or SetupIntent the error is about, as Stripe does ("payment_intent": {...}). */
    public StripeApiError with(String field, ObjectNode object) {
        this.relatedField = field;
        this.related = object;
        return this;
    }

    public StripeApiError withCharge(String chargeId, ObjectNode paymentMethodJson) {
        this.charge = chargeId;
        this.paymentMethod = paymentMethodJson;
        return this;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    /** The inner error object, also used for PaymentIntent.last_payment_error. */
    public ObjectNode errorJson() {
        ObjectNode e = Json.obj().put("type", type);
        if (code != null) {
            e.put("code", code);
            e.put("doc_url", "https://stripe.com/docs/error-codes/" + code.replace('_', '-'));
        }
        if (declineCode != null) {
            e.put("decline_code", declineCode);
        }
        e.put("message", getMessage());
        if (param != null) {
            e.put("param", param);
        }
        if (charge != null) {
            e.put("charge", charge);
        }
        if (paymentMethod != null) {
            e.set("payment_method", paymentMethod);
        }
        if (related != null) {
            e.set(relatedField, related);
        }
        return e;
    }

    public ObjectNode body() {
        ObjectNode b = Json.obj();
        b.set("error", errorJson());
        return b;
    }
}
