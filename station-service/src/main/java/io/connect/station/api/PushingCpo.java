package io.connect.station.api;

import io.connect.ocpi.transport.OcpiException;
import io.connect.ocpi.transport.OcpiStatus;
import io.connect.station.client.CpoRegistration;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who pushes in this request ({@link OcpiTokenFilter} decides): a CPO by its registered token B, whose pushes
 * land under its CPO key and may touch only its own parties' objects; or a caller with the configured token,
 * which may push for any party (stored under the owner's key, as before registrations).
 */
@RequestScoped
public class PushingCpo {

    private CpoRegistration registration;

    void registered(CpoRegistration registration) {
        this.registration = registration;
    }

    /**
     * The CPO key to store a pushed object under: the pushing CPO's own; with the configured token the key the
     * object is stored under already ({@code storedKey}, else {@code fallbackKey}). A CPO never takes over an
     * object stored under another CPO's key.
     */
    public String keyFor(String storedKey, String fallbackKey) {
        if (registration == null) {
            return storedKey != null ? storedKey : fallbackKey;
        }
        if (storedKey != null && !storedKey.equals(registration.cpoKey())) {
            throw new OcpiException(403, OcpiStatus.GENERIC_CLIENT_ERROR,
                    "This object belongs to another CPO; CPO " + registration.cpoKey() + " may not change it.");
        }
        return registration.cpoKey();
    }
}
