package io.connect.charging.config;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code connect.ocpi.*}: where the CPO is, the tokens both ways, and our own public base for response_url. */
@ApplicationScoped
public class OcpiSettings {

    @ConfigProperty(name = "connect.ocpi.cpo-token")
    String cpoToken;

    @ConfigProperty(name = "connect.ocpi.emsp-token")
    String emspToken;

    @ConfigProperty(name = "connect.ocpi.public-url")
    String publicUrl;

    public String cpoToken() {
        return cpoToken;
    }

    public String emspToken() {
        return emspToken;
    }

    /** Our OCPI base as the CPO reaches it, e.g. http://127.0.0.1:8084/ocpi/emsp/2.2.1. */
    public String emspBase() {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/ocpi/emsp/2.2.1";
    }
}
