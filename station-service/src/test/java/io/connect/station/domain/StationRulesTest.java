package io.connect.station.domain;

import io.connect.ocpi.model.Connector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StationRulesTest {

    @ParameterizedTest
    @CsvSource({
            "AVAILABLE CHARGING, free",
            "CHARGING BLOCKED RESERVED, busy",
            "CHARGING OUTOFORDER, busy",
            "OUTOFORDER INOPERATIVE, error",
            "UNKNOWN CHARGING, unknown",
            "PLANNED, unknown",
            "REMOVED, unknown",
            "REMOVED AVAILABLE, free",
            "REMOVED OUTOFORDER, error"})
    void stationStatus(String evses, String expected) {
        List<String> statuses = Arrays.asList(evses.split(" "));
        assertEquals(expected, StationStatus.of(statuses));
    }

    @ParameterizedTest
    @CsvSource({"0, slow", "22, slow", "49.9, slow", "50, fast", "149.99, fast", "150, turbo", "300, turbo"})
    void speedClass(String kw, String expected) {
        assertEquals(expected, SpeedClass.of(new BigDecimal(kw)).apiName());
    }

    @ParameterizedTest
    @CsvSource({
            "AC_3_PHASE, 230, 32, , 22.1",
            "AC_3_PHASE, 400, 32, 22000, 22",
            "AC_1_PHASE, 230, 16, , 3.7",
            "DC, 500, 300, 150000, 150"})
    void connectorPower(String powerType, int volts, int amps, Integer watts, String expectedKw) {
        Connector c = new Connector("1", "IEC_62196_T2", "SOCKET", powerType, volts, amps, watts, List.of(), null);
        assertEquals(new BigDecimal(expectedKw), ConnectorPower.kw(c));
    }

    @ParameterizedTest
    @CsvSource({"0, 00:00", "5, 00:05", "605, 10:05", "1439, 23:59", "1440, 24:00"})
    void timeOfDayIsHhMm(int minutes, String expected) {
        assertEquals(expected, TariffWindows.hhmm(minutes));
        assertEquals(minutes, TariffWindows.minutes(expected));
    }
}
