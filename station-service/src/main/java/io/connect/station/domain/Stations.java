package io.connect.station.domain;

import io.connect.ocpi.model.Connector;
import io.connect.ocpi.model.Evse;
import io.connect.ocpi.model.Location;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Small derivations of a location shared by the public station view and the EVSE snapshot. */
public final class Stations {

    /** OCPI facilities that Cariqa's amenities enum leaves out. */
    private static final Set<String> NOT_AMENITIES = Set.of("BIKE_SHARING", "TRAM_STOP", "METRO_STATION", "PARKING_LOT");
    private static final Map<String, String> ALPHA3_TO_ALPHA2 = Stream.of(Locale.getISOCountries())
            .collect(Collectors.toMap(a2 -> new Locale("", a2).getISO3Country(), Function.identity(), (a, b) -> a));

    private Stations() {
    }

    public static List<Evse> visibleEvses(Location location) {
        return location.evsesOrEmpty().stream().filter(e -> !"REMOVED".equals(e.status())).toList();
    }

    public static BigDecimal maxPowerKw(Location location) {
        return visibleEvses(location).stream().flatMap(e -> e.connectorsOrEmpty().stream())
                .map(ConnectorPower::kw).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    public static BigDecimal maxPowerKw(Evse evse) {
        return evse.connectorsOrEmpty().stream().map(ConnectorPower::kw).max(BigDecimal::compareTo).orElse(null);
    }

    public static String speed(Location location) {
        return SpeedClass.of(maxPowerKw(location)).apiName();
    }

    public static String status(Location location) {
        return StationStatus.of(location.evsesOrEmpty().stream().map(Evse::status).toList());
    }

    /** "Ludwigstraße, 9, 67547, Worms": the OCPI address, postal code and city. */
    public static String address(Location location) {
        return Stream.of(location.address(), location.postalCode(), location.city())
                .filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining(", "));
    }

    public static String name(Location location) {
        if (location.name() != null && !location.name().isBlank()) {
            return location.name();
        }
        return location.operator() != null && location.operator().name() != null ? location.operator().name()
                : location.address();
    }

    public static String operatorName(Location location) {
        return location.operator() != null && location.operator().name() != null ? location.operator().name()
                : name(location);
    }

    public static List<String> amenities(Location location) {
        List<String> out = new ArrayList<>();
        if (location.facilities() != null) {
            location.facilities().stream().filter(f -> !NOT_AMENITIES.contains(f)).forEach(out::add);
        }
        return out;
    }

    public static ZoneId zone(Location location) {
        try {
            return location.timeZone() == null ? ZoneOffset.UTC : ZoneId.of(location.timeZone());
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /** OCPI sends ISO alpha-3 ("DEU"); Cariqa's station_info shows alpha-2 ("DE"). */
    public static String countryAlpha2(String alpha3) {
        if (alpha3 == null) {
            return null;
        }
        return alpha3.length() == 2 ? alpha3.toUpperCase(Locale.ROOT)
                : ALPHA3_TO_ALPHA2.getOrDefault(alpha3.toUpperCase(Locale.ROOT), alpha3);
    }

    public static String logoUrl(Location location, CpoProfile cpo) {
        String own = location.operator() == null ? null : location.operator().logoUrl();
        return own != null ? own : cpo.logoUrl();
    }

    /** The connector a session on this EVSE would use: its first one. */
    public static Connector firstConnector(Evse evse) {
        return evse.connectorsOrEmpty().isEmpty() ? null : evse.connectorsOrEmpty().get(0);
    }
}
