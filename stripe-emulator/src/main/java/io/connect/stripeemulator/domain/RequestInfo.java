package io.connect.stripeemulator.domain;

/** The API request being served on this thread; events name it in their "request" field. */
public record RequestInfo(String requestId, String idempotencyKey) {
    private static final ThreadLocal<RequestInfo> CURRENT = new ThreadLocal<>();

    public static RequestInfo current() {
        RequestInfo info = CURRENT.get();
        return info == null ? new RequestInfo(null, null) : info;
    }

    public static void set(RequestInfo info) {
        if (info == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(info);
        }
    }
}
