package io.connect.cpo.domain.network;

import io.connect.ocpi.model.Connector;
import io.connect.ocpi.model.Evse;
import io.connect.ocpi.model.Hours;
import io.connect.ocpi.model.Location;
import io.connect.ocpi.model.RegularHours;
import io.connect.ocpi.model.Tariff;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A Europe-scale network computed from a seed: location {@code i} is a pure function of (seed, i), so nothing is
 * stored and the same seed always gives byte-identical data. Location ids are {@code EU} + the index (8 digits),
 * EVSE uids {@code <location id>-<n>}, EVSE ids {@code <cc>*<party>*E<index>*<n>}; {@code last_updated} of
 * location {@code i} is {@link #BASE_TIME} + i seconds, so the OCPI order (oldest first) is the index order.
 */
public final class EuropeNetwork {

    public static final Instant BASE_TIME = Instant.parse("2026-01-01T00:00:00Z");
    static final String ID_PREFIX = "EU";
    private static final long LOCATION_STREAM = 1;
    private static final List<String> FACILITIES = List.of("HOTEL", "RESTAURANT", "CAFE", "MALL", "SUPERMARKET",
            "SPORT", "RECREATION_AREA", "NATURE", "MUSEUM", "BIKE_SHARING", "BUS_STOP", "TAXI_STAND", "TRAM_STOP",
            "METRO_STATION", "TRAIN_STATION", "AIRPORT", "PARKING_LOT", "CARPOOL_PARKING", "FUEL_STATION", "WIFI");
    private static final List<String> STREETS = List.of("Station Road", "Market Street", "Church Lane", "Park Avenue",
            "Harbour Road", "Mill Street", "Industrial Estate", "Ring Road", "High Street", "Lake Drive",
            "School Street", "Bridge Road", "Garden Way", "Castle Street", "Airport Road", "Exhibition Way");
    private static final List<String> CAPABILITIES = List.of("REMOTE_START_STOP_CAPABLE", "RFID_READER");
    private static final List<String> CARD_CAPABILITIES =
            List.of("REMOTE_START_STOP_CAPABLE", "RFID_READER", "CREDIT_CARD_PAYABLE");

    private final long seed;
    private final int size;
    private final Cities cities;
    private final List<Tariff> tariffs;
    private final Map<String, Operator> operatorsByParty;

    public EuropeNetwork(long seed, int size, Cities cities) {
        if (size < 1 || size > 99_999_999) {
            throw new IllegalArgumentException("the network needs 1 to 99,999,999 locations, not " + size);
        }
        this.seed = seed;
        this.size = size;
        this.cities = cities;
        this.tariffs = GeneratedTariffs.all(seed, BASE_TIME);
        this.operatorsByParty = Operators.ALL.stream().collect(Collectors.toMap(Operator::emi3, Function.identity()));
    }

    public int size() {
        return size;
    }

    public List<Tariff> tariffs() {
        return tariffs;
    }

    public static String locationId(int index) {
        return ID_PREFIX + pad8(index);
    }

    public Instant lastUpdated(int index) {
        return BASE_TIME.plusSeconds(index);
    }

    /** The first index whose last_updated is at or after {@code t} (size when none). */
    public int firstIndexAtOrAfter(Instant t) {
        if (!t.isAfter(BASE_TIME)) {
            return 0;
        }
        java.time.Duration d = java.time.Duration.between(BASE_TIME, t);
        long seconds = d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
        return (int) Math.min(seconds, size);
    }

    /** The index of a location id of this network, or -1. */
    public int indexOf(String locationId) {
        if (locationId == null || locationId.length() != ID_PREFIX.length() + 8 || !locationId.startsWith(ID_PREFIX)) {
            return -1;
        }
        return parseIndex(locationId.substring(ID_PREFIX.length()));
    }

    /** The index of the location an EVSE id ({@code DE*VLT*E00001234*2}) belongs to, or -1. */
    public int indexOfEvseId(String evseId) {
        if (evseId == null) {
            return -1;
        }
        String[] parts = evseId.split("\\*");
        if (parts.length != 4 || parts[2].length() != 9 || parts[2].charAt(0) != 'E') {
            return -1;
        }
        return parseIndex(parts[2].substring(1));
    }

    private int parseIndex(String digits) {
        for (int i = 0; i < digits.length(); i++) {
            if (!Character.isDigit(digits.charAt(i))) {
                return -1;
            }
        }
        int index = Integer.parseInt(digits);
        return index < size ? index : -1;
    }

    public Location location(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        Rng r = Rng.of(seed, LOCATION_STREAM, index);
        Placement place = Placement.draw(r, cities);
        Site site = Site.draw(r, place.kind());
        Operator operator = Operators.forCountry(place.city().countryCode(), site.fast(), r);
        Instant updated = lastUpdated(index);
        String id = locationId(index);
        boolean hasTariff = !r.chance(0.08);
        boolean acByTime = r.chance(0.3);
        List<Evse> evses = new ArrayList<>();
        EvseFactory factory = new EvseFactory(operator, index, id, updated, hasTariff, acByTime, r);
        switch (site) {
            case STREET_AC -> factory.ac(evses, r.nextDouble() < 0.3 ? 1 : r.nextDouble() < 0.7 ? 2 : 3);
            case CAR_PARK_AC -> factory.ac(evses, r.between(4, 8));
            case DC_FAST -> {
                factory.dc(evses, r.between(1, 2), 50);
                factory.ac(evses, r.between(0, 2));
            }
            case HPC_HUB -> factory.dc(evses, r.between(4, 8), 0);
            case MIXED -> {
                factory.ac(evses, r.between(2, 4));
                factory.dc(evses, r.between(2, 4), 0);
            }
        }
        Hours hours = null;
        Boolean chargingWhenClosed = null;
        if (site == Site.CAR_PARK_AC && r.chance(0.4)) {
            List<RegularHours> regular = new ArrayList<>();
            for (int day = 1; day <= 6; day++) {
                regular.add(new RegularHours(day, "07:00", "22:00"));
            }
            hours = new Hours(false, regular);
            chargingWhenClosed = false;
        } else {
            hours = new Hours(true, null);
        }
        List<String> facilities = new ArrayList<>();
        for (String f : FACILITIES) {
            if (r.chance(0.08)) {
                facilities.add(f);
            }
        }
        City city = place.city();
        String address = r.pick(STREETS) + " " + r.between(1, 180);
        String postalCode = String.valueOf(r.between(10000, 99999));
        return new Location(operator.countryCode(), operator.partyId(), id, true,
                operator.name() + " " + place.name(), address, city.name(), postalCode, null, city.country(),
                new io.connect.ocpi.model.GeoLocation(place.latitudeText(), place.longitudeText()),
                site.parkingType(place.kind()), List.copyOf(evses), operator.details(), List.copyOf(facilities),
                city.timeZone(), hours, chargingWhenClosed, updated);
    }

    /** Operator behind a party ({@code DE*VLT}), for tests and tools. */
    Operator operator(String countryCode, String partyId) {
        return operatorsByParty.get(countryCode + "*" + partyId);
    }

    private static String pad8(int index) {
        String digits = Integer.toString(index);
        return "0".repeat(Math.max(0, 8 - digits.length())) + digits;
    }

    /** Builds the EVSEs of one location, numbering them 1, 2, ... */
    private static final class EvseFactory {
        private final Operator operator;
        private final String evsePrefix;
        private final String locationId;
        private final Instant updated;
        private final boolean hasTariff;
        private final boolean acByTime;
        private final Rng r;
        private int next = 1;

        EvseFactory(Operator operator, int index, String locationId, Instant updated, boolean hasTariff,
                boolean acByTime, Rng r) {
            this.operator = operator;
            this.evsePrefix = operator.emi3() + "*E" + pad8(index) + "*";
            this.locationId = locationId;
            this.updated = updated;
            this.hasTariff = hasTariff;
            this.acByTime = acByTime;
            this.r = r;
        }

        void ac(List<Evse> out, int count) {
            for (int i = 0; i < count; i++) {
                boolean fast = r.chance(0.6);
                int amps = fast ? 32 : 16;
                Connector c = new Connector("1", "IEC_62196_T2", "SOCKET", "AC_3_PHASE", 230, amps,
                        fast ? 22000 : 11000, tariff(acByTime ? GeneratedTariffs.Kind.AC_TIME
                        : GeneratedTariffs.Kind.AC_DAY_NIGHT), updated);
                out.add(evse(List.of(c), CAPABILITIES));
            }
        }

        /** @param kw the power, or 0 to draw a high-power class (150, 300 or 350 kW) per EVSE */
        void dc(List<Evse> out, int count, int kw) {
            for (int i = 0; i < count; i++) {
                int power = kw > 0 ? kw : new int[] {150, 150, 300, 350}[r.nextInt(4)];
                int volts = power <= 50 ? 500 : 920;
                int amps = (int) Math.ceil(power * 1000.0 / volts);
                List<String> tariff = tariff(power <= 50 ? GeneratedTariffs.Kind.DC_WEEKEND : GeneratedTariffs.Kind.HPC_PEAK);
                List<Connector> connectors = new ArrayList<>();
                connectors.add(new Connector("1", "IEC_62196_T2_COMBO", "CABLE", "DC", volts, amps, power * 1000, tariff,
                        updated));
                if (power <= 50 && r.chance(0.4)) {
                    connectors.add(new Connector("2", "CHADEMO", "CABLE", "DC", 500, 125, 50000, tariff, updated));
                }
                out.add(evse(List.copyOf(connectors), CARD_CAPABILITIES));
            }
        }

        private List<String> tariff(GeneratedTariffs.Kind kind) {
            return hasTariff ? List.of(kind.id(operator)) : null;
        }

        private Evse evse(List<Connector> connectors, List<String> capabilities) {
            int n = next++;
            return new Evse(locationId + "-" + n, evsePrefix + n, InitialStatus.draw(r).name(), capabilities,
                    connectors, updated);
        }
    }
}
