package io.connect.station.api;

import io.connect.station.client.CpoSync;
import io.connect.station.client.SyncState;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The state of the CPO pulls, and a way to run one now (operators, tests). */
@Path("/internal/v1")
@Produces(MediaType.APPLICATION_JSON)
public class InternalSyncResource {

    @Inject
    CpoSync sync;

    @GET
    @Path("/sync-status")
    public List<SyncState> status() {
        return sync.states();
    }

    /** Pulls every CPO now (incrementally after a first success) and answers when done. */
    @POST
    @Path("/sync")
    public List<SyncState> syncNow() {
        return sync.syncAll();
    }
}
