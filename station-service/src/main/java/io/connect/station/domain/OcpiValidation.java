package io.connect.station.domain;

import io.connect.ocpi.model.Connector;
import io.connect.ocpi.model.Evse;
import io.connect.ocpi.model.Location;
import io.connect.ocpi.model.PriceComponent;
import io.connect.ocpi.model.Tariff;
import io.connect.ocpi.model.TariffElement;
import io.connect.ocpi.model.TariffRestrictions;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;

/** The OCPI rules the cache relies on; each check answers "field: problem" or null when the object is usable. */
public final class OcpiValidation {

    private OcpiValidation() {
    }

    public static String location(Location l) {
        String p = firstNonNull(
                required("country_code", l.countryCode()), required("party_id", l.partyId()), required("id", l.id()),
                required("address", l.address()), required("city", l.city()), required("country", l.country()),
                required("time_zone", l.timeZone()), l.lastUpdated() == null ? "last_updated: is required" : null,
                l.coordinates() == null ? "coordinates: is required" : null);
        if (p != null) {
            return p;
        }
        p = firstNonNull(coordinate("coordinates.latitude", l.coordinates().latitude(), 90),
                coordinate("coordinates.longitude", l.coordinates().longitude(), 180));
        if (p != null) {
            return p;
        }
        try {
            ZoneId.of(l.timeZone());
        } catch (DateTimeException e) {
            return "time_zone: is not an IANA time zone";
        }
        for (Evse e : l.evsesOrEmpty()) {
            p = evse(e);
            if (p != null) {
                return "evses[" + e.uid() + "]." + p;
            }
        }
        return null;
    }

    public static String evse(Evse e) {
        String p = firstNonNull(required("uid", e.uid()), required("status", e.status()),
                e.lastUpdated() == null ? "last_updated: is required" : null);
        if (p != null) {
            return p;
        }
        if (e.statusValue() == null) {
            return "status: is not an OCPI EVSE status";
        }
        for (Connector c : e.connectorsOrEmpty()) {
            p = connector(c);
            if (p != null) {
                return "connectors[" + c.id() + "]." + p;
            }
        }
        return null;
    }

    public static String connector(Connector c) {
        return firstNonNull(required("id", c.id()), required("standard", c.standard()), required("format", c.format()),
                required("power_type", c.powerType()), c.maxVoltage() == null ? "max_voltage: is required" : null,
                c.maxAmperage() == null ? "max_amperage: is required" : null,
                c.lastUpdated() == null ? "last_updated: is required" : null);
    }

    public static String tariff(Tariff t) {
        String p = firstNonNull(required("country_code", t.countryCode()), required("party_id", t.partyId()),
                required("id", t.id()), required("currency", t.currency()),
                t.lastUpdated() == null ? "last_updated: is required" : null,
                t.elementsOrEmpty().isEmpty() ? "elements: needs at least one element" : null);
        if (p != null) {
            return p;
        }
        for (int i = 0; i < t.elements().size(); i++) {
            TariffElement e = t.elements().get(i);
            if (e.componentsOrEmpty().isEmpty()) {
                return "elements[" + i + "].price_components: needs at least one component";
            }
            for (PriceComponent c : e.componentsOrEmpty()) {
                if (Dimension.parse(c.type()) == null) {
                    return "elements[" + i + "].price_components.type: is not an OCPI dimension";
                }
                if (c.price() == null || c.price().signum() < 0) {
                    return "elements[" + i + "].price_components.price: must be a price of 0 or more";
                }
            }
            p = restrictions(e.restrictions());
            if (p != null) {
                return "elements[" + i + "].restrictions." + p;
            }
        }
        return null;
    }

    private static String restrictions(TariffRestrictions r) {
        if (r == null) {
            return null;
        }
        try {
            if (r.startTime() != null) {
                TariffWindows.minutes(r.startTime());
            }
            if (r.endTime() != null) {
                TariffWindows.minutes(r.endTime());
            }
        } catch (RuntimeException e) {
            return "start_time/end_time: must be HH:MM";
        }
        try {
            if (r.startDate() != null) {
                LocalDate.parse(r.startDate());
            }
            if (r.endDate() != null) {
                LocalDate.parse(r.endDate());
            }
        } catch (DateTimeException e) {
            return "start_date/end_date: must be YYYY-MM-DD";
        }
        if (r.dayOfWeek() != null) {
            for (String d : r.dayOfWeek()) {
                try {
                    java.time.DayOfWeek.valueOf(d);
                } catch (RuntimeException e) {
                    return "day_of_week: " + d + " is not a weekday";
                }
            }
        }
        return null;
    }

    private static String coordinate(String field, String value, int limit) {
        if (value == null) {
            return field + ": is required";
        }
        try {
            BigDecimal v = new BigDecimal(value.trim());
            return v.abs().compareTo(BigDecimal.valueOf(limit)) > 0 ? field + ": is out of range" : null;
        } catch (NumberFormatException e) {
            return field + ": is not a decimal number";
        }
    }

    private static String required(String field, String value) {
        return value == null || value.isBlank() ? field + ": is required" : null;
    }

    private static String firstNonNull(String... problems) {
        for (String p : problems) {
            if (p != null) {
                return p;
            }
        }
        return null;
    }
}
