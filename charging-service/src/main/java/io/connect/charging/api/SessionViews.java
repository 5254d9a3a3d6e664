package io.connect.charging.api;

import io.connect.charging.config.Json;
import io.connect.charging.config.Times;
import io.connect.charging.messaging.SessionEvents;
import io.connect.charging.persistence.ChargingSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Entity → the partner's view. Missing parts of the stored snapshots come out as nulls, never as other fields. */
@ApplicationScoped
public class SessionViews {

    @Inject
    Json json;

    public SessionView of(ChargingSession s) {
        return new SessionView(s.id.toString(), Times.format(s.startTime), Times.format(s.endTime), s.duration,
                SessionEvents.energy(s.consumedEnergy), s.state.isOpen(), s.evseId,
                orEmpty(json.read(s.stationInfo, SessionView.StationInfo.class)), s.isPartner, s.logoUrl,
                orEmpty(json.read(s.userFacingSessionPrices, SessionView.UserFacingSessionPrices.class)),
                json.read(s.sessionCost, SessionView.SessionCost.class), s.rates);
    }

    private static SessionView.StationInfo orEmpty(SessionView.StationInfo info) {
        return info != null ? info : new SessionView.StationInfo(null, null, null, null, null, null, null, null, null);
    }

    private static SessionView.UserFacingSessionPrices orEmpty(SessionView.UserFacingSessionPrices prices) {
        return prices != null ? prices
                : new SessionView.UserFacingSessionPrices(null, null, null, null, null, null, null, null);
    }
}
