package io.connect.platform.it;

import io.connect.platform.outbox.OutboxWriter;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/** A business transaction of the test app: writes one event through the outbox, answers its id. */
@Path("/test/probe-events")
public class ProbeEventResource {

    static final String TYPE = "platform.probe.v1";

    @Inject
    OutboxWriter outbox;

    @POST
    @Transactional
    @Produces(MediaType.TEXT_PLAIN)
    public String publish() {
        return outbox.publish(PlatformInfraResource.PROBE_TOPIC, "probe", TYPE, "probe", Map.of("n", 1)).id();
    }
}
