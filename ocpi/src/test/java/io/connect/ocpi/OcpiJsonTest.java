package io.connect.ocpi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.connect.ocpi.model.Connector;
import io.connect.ocpi.model.Evse;
import io.connect.ocpi.model.EvseStatus;
import io.connect.ocpi.model.Location;
import io.connect.ocpi.model.PriceComponent;
import io.connect.ocpi.model.TariffDimensionType;
import io.connect.ocpi.transport.OcpiResponse;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OcpiJsonTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void modelIsSnakeCaseWithoutNulls() throws Exception {
        Instant at = Instant.parse("2026-04-02T10:42:22Z");
        Connector c = new Connector("1", "IEC_62196_T2", "SOCKET", "AC_3_PHASE", 400, 32, 22000, List.of("T1"), at);
        Evse evse = new Evse("E1", "DE*CIQ*E1", "AVAILABLE", null, List.of(c), at);
        JsonNode json = mapper.valueToTree(evse);
        assertEquals("DE*CIQ*E1", json.get("evse_id").asText());
        assertEquals("2026-04-02T10:42:22Z", json.get("last_updated").asText());
        assertEquals(22000, json.at("/connectors/0/max_electric_power").asInt());
        assertFalse(json.has("capabilities"));
        assertEquals(EvseStatus.AVAILABLE, evse.statusValue());
        assertEquals("CHARGING", evse.withStatus(EvseStatus.CHARGING, at).status());
    }

    @Test
    void readsOcpiJsonIgnoringUnknownFields() throws Exception {
        Location l = mapper.readValue("""
                {"country_code":"DE","party_id":"CIQ","id":"L1","publish":true,"time_zone":"Europe/Berlin",
                 "postal_code":"10115","opening_times":{"twentyfourseven":true},"directions":[],
                 "evses":[{"uid":"E1","status":"NOPE","connectors":[]}],"last_updated":"2026-04-02T10:42:22Z"}
                """, Location.class);
        assertEquals("10115", l.postalCode());
        assertTrue(l.openingTimes().twentyfourseven());
        assertNull(l.evse("E1").statusValue());
        assertEquals("E1", l.evse("E1").publicId());
        PriceComponent p = mapper.readValue("{\"type\":\"ENERGY\",\"price\":0.35,\"step_size\":1}",
                PriceComponent.class);
        assertTrue(p.is(TariffDimensionType.ENERGY));
    }

    @Test
    void envelopeLeavesOutNullDataUnlessAskedFor() {
        Instant at = Instant.parse("2026-04-02T10:42:22.120Z");
        JsonNode ok = mapper.valueToTree(OcpiResponse.success(List.of(1), at));
        assertEquals(1000, ok.get("status_code").asInt());
        assertEquals("Success", ok.get("status_message").asText());
        assertEquals("2026-04-02T10:42:22.120Z", ok.get("timestamp").asText());
        JsonNode empty = mapper.valueToTree(OcpiResponse.of(null, 2001, "bad", at));
        assertFalse(empty.has("data"));
        JsonNode explicit = mapper.valueToTree(OcpiResponse.withNullData(1000, "Success", at));
        assertTrue(explicit.has("data"));
        assertTrue(explicit.get("data").isNull());
    }
}
