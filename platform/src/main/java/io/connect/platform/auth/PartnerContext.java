package io.connect.platform.auth;

import jakarta.enterprise.context.RequestScoped;

/** The partner that the current request was authenticated as (set by {@link PartnerAuthFilter}). */
@RequestScoped
public class PartnerContext {

    private String partnerId;

    public String partnerId() {
        if (partnerId == null) {
            throw new IllegalStateException("no authenticated partner in this request");
        }
        return partnerId;
    }

    void set(String partnerId) {
        this.partnerId = partnerId;
    }
}
