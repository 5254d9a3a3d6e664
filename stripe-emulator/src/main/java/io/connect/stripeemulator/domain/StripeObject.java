package io.connect.stripeemulator.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An object kept by the emulator, rendered as Stripe renders it. */
public interface StripeObject {
    String id();

    /** Creation order, newest first in lists. */
    long seq();

    ObjectNode toJson();
}
