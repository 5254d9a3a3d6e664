package io.connect.station.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TariffSnapshotBuilderTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final TariffSnapshotBuilder builder = new TariffSnapshotBuilder(Tariffs.rules());
    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    private TariffSnapshot at(String instant, CpoProfile cpo) {
        return builder.build(Tariffs.seed(), null, cpo, BERLIN, Instant.parse(instant), mapper::valueToTree);
    }

    @Test
    void daytimeSessionGetsTheDayPriceAndTheBlockingFee() {
        TariffSnapshot s = at("2026-04-02T10:42:22Z", Tariffs.partner());

        assertEquals(new TariffSnapshot.Gross("0.4530", null, "4.02", null, null, 0, null), s.gross());
        assertEquals(new TariffSnapshot.UserFacing("0.54", null, null, "0.08", null, 0, null, "eur"),
                s.userFacingSessionPrices());
        assertEquals("19", s.taxPercent());
        assertEquals("30.00", s.preAuthorizationAmount());
        assertEquals("Europe/Berlin", s.timeZone(), "billing reads the tariff windows in the station's zone");
        assertTrue(s.isPartner());
        assertEquals("EVA-T2-22", s.tariff().get("id").asText());
    }

    @Test
    void justAfterMidnightLocalTimeTheNightPriceApplies() {
        // 22:30 UTC is 00:30 in Berlin (CEST, +02:00)
        TariffSnapshot s = at("2026-04-01T22:30:00Z", Tariffs.partner());

        assertEquals("0.1950", s.gross().energyPerKwh());
        assertEquals("0.23", s.userFacingSessionPrices().kwhPrice());
    }

    @Test
    void nonPartnerPaysTheStartingFeeAndNoTariffMeansFallback() {
        TariffSnapshot s = builder.build(null, null, Tariffs.nonPartner(), BERLIN, Instant.parse("2026-04-02T10:00:00Z"),
                mapper::valueToTree);

        assertTrue(s.isFallback());
        assertEquals("0.5900", s.gross().energyPerKwh());
        assertEquals("0.42", s.gross().startingFee());
        assertEquals("0.50", s.userFacingSessionPrices().startingFee());
        assertNull(s.gross().parkingPerHour());
        assertNull(s.gross().gracePeriodMinutes());
    }
}
