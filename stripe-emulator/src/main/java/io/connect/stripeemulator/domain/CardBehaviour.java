package io.connect.stripeemulator.domain;

/** How a test card answers an authorisation. */
public enum CardBehaviour {
    APPROVE,
    DECLINE_GENERIC,
    DECLINE_INSUFFICIENT_FUNDS,
    /** 3-D Secure is needed: requires_action on the server, succeeds when the customer confirms. */
    AUTHENTICATION_REQUIRED,
    /** Manual-capture holds succeed; later server-side automatic-capture charges decline (the debt path). */
    HOLD_THEN_DECLINE
}
