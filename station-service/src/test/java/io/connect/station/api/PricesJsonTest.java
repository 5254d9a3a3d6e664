package io.connect.station.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.connect.station.domain.PriceGroup;
import io.connect.station.domain.Prices;
import io.connect.station.domain.TimePriceItem;
import io.connect.station.domain.TimePriceItems;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Prices written once and copied afterwards must read exactly as Jackson writes them field by field. */
class PricesJsonTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final ObjectMapper RENDERING = withPricesJson();

    private static ObjectMapper withPricesJson() {
        ObjectMapper mapper = new ObjectMapper();
        new PricesJson().customize(mapper);
        return mapper;
    }

    private static Prices week(String gross, String userFacing, int tax) {
        Map<String, List<TimePriceItem>> kwh = new LinkedHashMap<>();
        kwh.put("MONDAY", List.of(new TimePriceItem("00:00", "06:00", null, null, gross, userFacing, null,
                new BigDecimal(tax), null)));
        kwh.put("SUNDAY", List.of(new TimePriceItem(null, null, "2026-01-01", "2026-12-31", gross, userFacing, null,
                new BigDecimal(tax), null)));
        Map<String, List<TimePriceItem>> blocking = Map.of("ALL", List.of(new TimePriceItem("08:00", "20:00", null,
                null, "4.39", "0.09", 240, new BigDecimal(tax), "12.00")));
        return new Prices(null, kwh, blocking, null, TimePriceItems.startingFee(new BigDecimal("0.42"), new BigDecimal(tax)));
    }

    private static PriceGroup group(Prices prices, String evseId) {
        return new PriceGroup("IEC_62196_T2", new BigDecimal("22"), List.of(evseId), prices,
                "2026-04-02T10:42:22+02:00", "eur", "30.00", false);
    }

    private static final Prices SHARED = week("0.4854", "0.58", 20);
    private static final List<PriceGroup> GROUPS = List.of(group(SHARED, "DE*A*1"),
            group(week("0.3802", "0.46", 19), "DE*A*2"), group(SHARED, "DE*B*1"));

    @Test
    void sharedPricesReadByteForByteAsJacksonWritesThemTheFirstTimeAndAfter() throws Exception {
        String expected = PLAIN.writeValueAsString(GROUPS);
        assertTrue(expected.contains("\"prices\":{\"time_price\":null,\"kwh_price\":{\"MONDAY\":[{\"time_from\":\"00:00\""),
                expected);

        assertEquals(expected, RENDERING.writeValueAsString(GROUPS), "rendered");
        assertEquals(expected, RENDERING.writeValueAsString(GROUPS), "copied");
        assertEquals(PLAIN.writeValueAsString(SHARED), RENDERING.writeValueAsString(SHARED), "on its own");
    }

    @Test
    void prettyPrintedBodiesAndTreesAreWrittenFieldByField() throws Exception {
        RENDERING.writeValueAsString(GROUPS);

        assertEquals(PLAIN.writerWithDefaultPrettyPrinter().writeValueAsString(GROUPS),
                RENDERING.writerWithDefaultPrettyPrinter().writeValueAsString(GROUPS));
        assertEquals(PLAIN.valueToTree(GROUPS), RENDERING.valueToTree(GROUPS));
    }
}
