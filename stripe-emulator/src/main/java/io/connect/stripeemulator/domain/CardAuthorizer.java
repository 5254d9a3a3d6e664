package io.connect.stripeemulator.domain;

/** Decides how a test card answers an authorisation, following Stripe's test cards plus the debt path. */
public final class CardAuthorizer {

    public enum Result { APPROVED, REQUIRES_ACTION, DECLINED }

    /** {@code decline} is set when the result is DECLINED. */
    public record Authorization(Result result, StripeApiError decline) {
        static Authorization approved() {
            return new Authorization(Result.APPROVED, null);
        }

        static Authorization declined(StripeApiError error) {
            return new Authorization(Result.DECLINED, error);
        }
    }

    /**
     * @param customerPresent confirmed by the customer with the publishable key and client secret; the emulator
     *                        treats that as a completed 3-D Secure challenge
     */
    public static Authorization authorize(TestCard card, boolean manualCapture, boolean customerPresent,
            boolean offSession, boolean errorOnRequiresAction) {
        return switch (card.behaviour()) {
            case APPROVE -> Authorization.approved();
            case DECLINE_GENERIC -> Authorization.declined(genericDecline());
            case DECLINE_INSUFFICIENT_FUNDS -> Authorization.declined(insufficientFunds());
            case AUTHENTICATION_REQUIRED -> {
                if (customerPresent) {
                    yield Authorization.approved();
                }
                if (offSession || errorOnRequiresAction) {
                    yield Authorization.declined(StripeApiError.card("authentication_required",
                            "authentication_required",
                            "Your card was declined. This transaction requires authentication."));
                }
                yield new Authorization(Result.REQUIRES_ACTION, null);
            }
            case HOLD_THEN_DECLINE -> manualCapture || customerPresent
                    ? Authorization.approved() : Authorization.declined(insufficientFunds());
        };
    }

    private CardAuthorizer() {
    }

    private static StripeApiError genericDecline() {
        return StripeApiError.card("card_declined", "generic_decline", "Your card was declined.");
    }

    private static StripeApiError insufficientFunds() {
        return StripeApiError.card("card_declined", "insufficient_funds", "Your card has insufficient funds.");
    }

    /** The next_action of an intent waiting for 3-D Secure. */
    public static com.fasterxml.jackson.databind.node.ObjectNode threeDSecureAction() {
        com.fasterxml.jackson.databind.node.ObjectNode sdk = Json.obj().put("type", "three_d_secure_redirect")
                .put("source", Ids.next("src"));
        com.fasterxml.jackson.databind.node.ObjectNode action = Json.obj().put("type", "use_stripe_sdk");
        action.set("use_stripe_sdk", sdk);
        return action;
    }
}
