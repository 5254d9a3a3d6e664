package io.connect.cpo.domain.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.connect.ocpi.model.Connector;
import io.connect.ocpi.model.Evse;
import io.connect.ocpi.model.EvseStatus;
import io.connect.ocpi.model.Location;
import io.connect.ocpi.model.PriceComponent;
import io.connect.ocpi.model.Tariff;
import io.connect.ocpi.model.TariffElement;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generated Europe-scale network: reproducible, big enough, valid OCPI, clustered around cities. */
class EuropeNetworkTest {

    private static final Cities CITIES = Cities.load();
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Pattern COORDINATE = Pattern.compile("-?[0-9]{1,3}\\.[0-9]{5,7}");
    private static final Pattern EMI3_EVSE_ID = Pattern.compile("[A-Z]{2}\\*[A-Z0-9]{3}\\*E[A-Z0-9*]{1,30}");
    private static final Set<String> STANDARDS = Set.of("IEC_62196_T2", "IEC_62196_T2_COMBO", "CHADEMO");
    private static final Set<String> FACILITIES = Set.of("HOTEL", "RESTAURANT", "CAFE", "MALL", "SUPERMARKET",
            "SPORT", "RECREATION_AREA", "NATURE", "MUSEUM", "BIKE_SHARING", "BUS_STOP", "TAXI_STAND", "TRAM_STOP",
            "METRO_STATION", "TRAIN_STATION", "AIRPORT", "PARKING_LOT", "CARPOOL_PARKING", "FUEL_STATION", "WIFI");
    private static final Set<String> PARKING = Set.of("ALONG_MOTORWAY", "PARKING_GARAGE", "PARKING_LOT", "ON_DRIVEWAY",
            "ON_STREET", "UNDERGROUND_GARAGE");

    @Test
    void theSameSeedGivesByteIdenticalPagesAndAnotherSeedDoesNot() throws Exception {
        String first = hashOfPages(new EuropeNetwork(42, 5_000, CITIES));
        String again = hashOfPages(new EuropeNetwork(42, 5_000, Cities.load()));
        String other = hashOfPages(new EuropeNetwork(43, 5_000, CITIES));
        assertEquals(first, again);
        assertNotEquals(first, other);
        assertEquals(JSON.writeValueAsString(new EuropeNetwork(42, 10, CITIES).tariffs()),
                JSON.writeValueAsString(new EuropeNetwork(42, 10, CITIES).tariffs()));
        assertNotEquals(JSON.writeValueAsString(new EuropeNetwork(42, 10, CITIES).tariffs()),
                JSON.writeValueAsString(new EuropeNetwork(7, 10, CITIES).tariffs()));
    }

    @Test
    void theDefaultSizeHasThreeHundredThousandLocationsAndAMillionEvses() {
        GeneratedLocationBook book = new GeneratedLocationBook(new EuropeNetwork(42, 300_000, CITIES));
        assertEquals(300_000, book.size());
        assertTrue(book.evseCount() >= 1_000_000, "EVSEs: " + book.evseCount());
        assertTrue(book.evseCount() < 1_400_000, "EVSEs: " + book.evseCount());
    }

    @Test
    void everyLocationIsValidOcpiAndSurvivesJson() throws Exception {
        EuropeNetwork network = new EuropeNetwork(42, 20_000, CITIES);
        Map<String, Tariff> tariffs = network.tariffs().stream().collect(Collectors.toMap(t -> t.countryCode()
                + "*" + t.partyId() + "*" + t.id(), t -> t));
        for (int i = 0; i < network.size(); i++) {
            Location l = network.location(i);
            assertValid(l, tariffs);
            if (i % 10 == 0) {
                assertEquals(l, JSON.readValue(JSON.writeValueAsString(l), Location.class));
            }
        }
        for (Tariff t : network.tariffs()) {
            assertEquals(t, JSON.readValue(JSON.writeValueAsString(t), Tariff.class));
        }
    }

    @Test
    void theMixHasAcAndDcChademoSeveralOperatorsAndSomeStationsWithoutTariff() {
        EuropeNetwork network = new EuropeNetwork(42, 20_000, CITIES);
        Map<String, Integer> count = new HashMap<>();
        for (int i = 0; i < network.size(); i++) {
            Location l = network.location(i);
            count.merge("operator " + l.partyId(), 1, Integer::sum);
            count.merge("country " + l.country(), 1, Integer::sum);
            for (Evse e : l.evses()) {
                count.merge("status " + e.status(), 1, Integer::sum);
                for (Connector c : e.connectors()) {
                    count.merge(c.standard() + " " + c.maxElectricPower() / 1000 + " kW", 1, Integer::sum);
                    count.merge(c.tariffIds() == null ? "no tariff" : "tariff", 1, Integer::sum);
                }
            }
        }
        for (String kind : List.of("IEC_62196_T2 11 kW", "IEC_62196_T2 22 kW", "IEC_62196_T2_COMBO 50 kW",
                "IEC_62196_T2_COMBO 150 kW", "IEC_62196_T2_COMBO 300 kW", "IEC_62196_T2_COMBO 350 kW",
                "CHADEMO 50 kW", "status AVAILABLE", "status CHARGING", "status OUTOFORDER")) {
            assertTrue(count.getOrDefault(kind, 0) > 100, kind + ": " + count);
        }
        double withoutTariff = count.get("no tariff") / (double) (count.get("no tariff") + count.get("tariff"));
        assertTrue(withoutTariff > 0.04 && withoutTariff < 0.15, "share without tariff " + withoutTariff);
        assertEquals(Operators.ALL.size(), count.keySet().stream().filter(k -> k.startsWith("operator ")).count());
        assertTrue(count.keySet().stream().filter(k -> k.startsWith("country ")).count() >= 25, count.toString());
    }

    @Test
    void mostLocationsAreNearCitiesAndBigCitiesGetMore() {
        EuropeNetwork network = new EuropeNetwork(42, 20_000, CITIES);
        int nearCity = 0;
        int paris = 0;
        int worms = 0;
        for (int i = 0; i < network.size(); i++) {
            Location l = network.location(i);
            double lat = Double.parseDouble(l.coordinates().latitude());
            double lon = Double.parseDouble(l.coordinates().longitude());
            City closest = CITIES.closest(lat, lon);
            double km = Geo.km(lat, lon, closest.latitude(), closest.longitude());
            if (km <= 25) {
                nearCity++;
            }
            if (closest.name().equals("Paris") && km <= 25) {
                paris++;
            }
            if (closest.name().equals("Worms") && km <= 25) {
                worms++;
            }
        }
        assertTrue(nearCity > 0.75 * network.size(), "within 25 km of a city: " + nearCity);
        assertTrue(paris > 5 * worms, "Paris " + paris + " vs Worms " + worms);
        assertTrue(nearCity < network.size(), "some stations are rural or along motorways");
    }

    @Test
    void tariffsHaveTimeOfDayAndWeekdayWindowsOneCrossingMidnight() {
        List<Tariff> tariffs = new EuropeNetwork(42, 10, CITIES).tariffs();
        assertEquals(4 * Operators.ALL.size(), tariffs.size());
        List<TariffElement> elements = tariffs.stream().flatMap(t -> t.elements().stream()).toList();
        assertTrue(elements.stream().anyMatch(e -> e.restrictions() != null && "22:00".equals(e.restrictions().startTime())
                && "06:00".equals(e.restrictions().endTime())));
        assertTrue(elements.stream().anyMatch(e -> e.restrictions() != null && e.restrictions().dayOfWeek() != null
                && e.restrictions().dayOfWeek().equals(List.of("SATURDAY", "SUNDAY"))));
        Set<String> dimensions = elements.stream().flatMap(e -> e.priceComponents().stream())
                .map(PriceComponent::type).collect(Collectors.toSet());
        assertEquals(Set.of("ENERGY", "TIME", "PARKING_TIME", "FLAT"), dimensions);
        assertTrue(elements.stream().flatMap(e -> e.priceComponents().stream()).allMatch(c -> c.price().signum() > 0));
    }

    @Test
    void idsLeadBackToTheirLocation() {
        EuropeNetwork network = new EuropeNetwork(42, 1_000, CITIES);
        Location l = network.location(777);
        assertEquals(777, network.indexOf(l.id()));
        for (Evse e : l.evses()) {
            assertEquals(777, network.indexOfEvseId(e.evseId()));
        }
        assertEquals(-1, network.indexOf("EU00001000"));
        assertEquals(-1, network.indexOf("EU0000077x"));
        assertEquals(-1, network.indexOfEvseId("DE*VLT*E00001000*1"));
        assertEquals(-1, network.indexOfEvseId("DE*CIQ*EELDF6XWZU41P*2"));
    }

    private static String hashOfPages(EuropeNetwork network) throws Exception {
        GeneratedLocationBook book = new GeneratedLocationBook(network);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (int offset = 0; offset < 2_000; offset += 100) {
            sha.update(JSON.writeValueAsBytes(book.page(null, null, offset, 100).items()));
        }
        sha.update(JSON.writeValueAsBytes(network.tariffs()));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void assertValid(Location l, Map<String, Tariff> tariffs) {
        String where = "location " + l.id() + ": ";
        assertTrue(l.countryCode().matches("[A-Z]{2}") && l.partyId().matches("[A-Z0-9]{3}"), where + "party");
        assertTrue(l.id().length() <= 36 && l.name().length() <= 255, where + "id/name");
        assertTrue(l.address().length() <= 45 && l.city().length() <= 45 && l.postalCode().length() <= 10, where);
        assertTrue(l.country().matches("[A-Z]{3}"), where + "country");
        assertTrue(COORDINATE.matcher(l.coordinates().latitude()).matches(), where + l.coordinates());
        assertTrue(COORDINATE.matcher(l.coordinates().longitude()).matches(), where + l.coordinates());
        assertTrue(Math.abs(Double.parseDouble(l.coordinates().latitude())) <= 90, where);
        assertNotNull(ZoneId.of(l.timeZone()));
        assertTrue(PARKING.contains(l.parkingType()), where + l.parkingType());
        assertTrue(FACILITIES.containsAll(l.facilities()), where + l.facilities());
        assertNotNull(l.operator().name());
        assertNotNull(l.openingTimes());
        assertNotNull(l.lastUpdated());
        assertTrue(!l.evses().isEmpty(), where + "no EVSE");
        for (Evse e : l.evses()) {
            assertTrue(e.uid().length() <= 36, where + e.uid());
            assertTrue(EMI3_EVSE_ID.matcher(e.evseId()).matches() && e.evseId().length() <= 48, where + e.evseId());
            assertNotNull(EvseStatus.parse(e.status()), where + e.status());
            assertEquals(l.lastUpdated(), e.lastUpdated());
            assertTrue(!e.connectors().isEmpty(), where + "EVSE without connector");
            for (Connector c : e.connectors()) {
                assertTrue(STANDARDS.contains(c.standard()), where + c.standard());
                assertTrue(Set.of("SOCKET", "CABLE").contains(c.format()));
                assertTrue(Set.of("AC_3_PHASE", "DC").contains(c.powerType()));
                assertTrue(c.maxVoltage() > 0 && c.maxAmperage() > 0 && c.maxElectricPower() > 0);
                assertTrue(c.maxVoltage() * c.maxAmperage() * (c.powerType().equals("AC_3_PHASE") ? 3 : 1)
                        >= c.maxElectricPower() * 0.99, where + "power above V x A");
                for (String tariffId : c.tariffIds() == null ? List.<String>of() : c.tariffIds()) {
                    assertNotNull(tariffs.get(l.countryCode() + "*" + l.partyId() + "*" + tariffId),
                            where + "unknown tariff " + tariffId);
                }
            }
        }
    }
}
