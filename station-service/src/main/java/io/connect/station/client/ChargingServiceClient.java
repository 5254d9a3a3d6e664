package io.connect.station.client;

import io.connect.platform.auth.InternalAuthHeaders;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** charging-service's OCPI registrations, as station-service needs them (internal token). */
@RegisterRestClient(configKey = "charging-service")
@RegisterClientHeaders(InternalAuthHeaders.class)
@Path("/internal/v1/ocpi/cpo-credentials")
public interface ChargingServiceClient {

    @GET
    List<CpoRegistration> cpoCredentials();
}
