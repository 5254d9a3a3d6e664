package io.connect.platform.errors;

/** The {@code error.type} values of Cariqa's ErrorTypeEnum. */
public final class ErrorType {
    public static final String VALIDATION_ERROR = "validation_error";
    public static final String PAYMENT_METHOD_ERROR = "payment_method_error";
    public static final String PAYMENT_ERROR = "payment_error";
    public static final String TEMPORARY_LOCKED = "temporary_locked";
    public static final String ALREADY_CHARGING = "already_charging";
    public static final String ALREADY_STOPPED = "already_stopped";
    public static final String STATION_AVAILABILITY_ISSUE = "station_availability_issue";
    public static final String BILLING_DATA_REQUIRED = "billing_data_required";
    public static final String CHARGING_PROVIDER_ERROR = "charging_provider_error";
    public static final String UNEXPECTED_ERROR = "unexpected_error";
    /** A dependency (database, another service) is briefly out of reach: retry after {@code Retry-After}. */
    public static final String SERVICE_UNAVAILABLE = "service_unavailable";
    public static final String PRE_AUTHORIZATION_FAILED = "pre_authorization_failed";

    private ErrorType() {
    }
}
