package io.connect.billing.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The parts of an OCPI 2.2.1 Tariff that price a session: its elements, in order. */
public record OcpiTariff(List<Element> elements) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * A price component: price per unit without VAT; vat null when the CPO sent none; stepSize in Wh (ENERGY) or
     * seconds (TIME, PARKING_TIME), 0 when absent (0 and 1 mean no rounding).
     */
    public record Component(BigDecimal price, BigDecimal vat, int stepSize) {

        public Component(BigDecimal price, BigDecimal vat) {
            this(price, vat, 0);
        }
    }

    public record Element(Map<TariffDimension, Component> components, TariffRestrictions restrictions) {
    }

    /** The first element with a component of that dimension whose restrictions all hold at that moment. */
    public Optional<Component> first(TariffDimension dimension, TariffMoment moment) {
        for (Element e : elements) {
            Component c = e.components().get(dimension);
            if (c != null && e.restrictions().matches(moment)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * @return the tariff, or empty when the JSON is absent or has no usable elements
     * @throws IllegalArgumentException naming the field that cannot be read
     */
    public static Optional<OcpiTariff> parse(String json) {
        if (json == null || json.isBlank()) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("tariff: not JSON", e);
        }
        JsonNode elements = root == null ? null : root.get("elements");
        if (elements == null || !elements.isArray() || elements.isEmpty()) {
            return Optional.empty();
        }
        List<Element> parsed = new ArrayList<>();
        try {
            for (JsonNode e : elements) {
                parsed.add(new Element(components(e.get("price_components")), restrictions(e.get("restrictions"))));
            }
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().startsWith("tariff:") ? e.getMessage()
                    : "tariff: " + e.getMessage(), e);
        }
        return Optional.of(new OcpiTariff(List.copyOf(parsed)));
    }

    private static Map<TariffDimension, Component> components(JsonNode list) {
        Map<TariffDimension, Component> components = new EnumMap<>(TariffDimension.class);
        if (list == null || !list.isArray()) {
            return components;
        }
        for (JsonNode c : list) {
            TariffDimension type;
            try {
                type = TariffDimension.valueOf(c.path("type").asText());
            } catch (IllegalArgumentException unknown) {
                continue; // a newer dimension this engine does not price
            }
            BigDecimal price = decimal(c, "price");
            if (price == null || price.signum() < 0) {
                throw new IllegalArgumentException("tariff: price_components.price must be a non-negative number");
            }
            // OCPI allows one component per dimension and element; should a CPO repeat one, the first counts.
            components.putIfAbsent(type, new Component(price, decimal(c, "vat"), stepSize(c)));
        }
        return components;
    }

    private static TariffRestrictions restrictions(JsonNode r) {
        if (r == null || !r.isObject()) {
            return TariffRestrictions.NONE;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (JsonNode d : r.path("day_of_week")) {
            days.add(DayOfWeek.valueOf(d.asText().toUpperCase(Locale.ROOT)));
        }
        return new TariffRestrictions(minute(r, "start_time"), minute(r, "end_time"), date(r, "start_date"),
                date(r, "end_date"), days, decimal(r, "min_kwh"), decimal(r, "max_kwh"),
                decimal(r, "min_duration"), decimal(r, "max_duration"),
                decimal(r, "min_power"), decimal(r, "max_power"), r.hasNonNull("reservation"));
    }

    private static int stepSize(JsonNode component) {
        JsonNode step = component.get("step_size");
        if (step == null || step.isNull()) {
            return 0;
        }
        String text = step.asText();
        if (!(step.isIntegralNumber() || step.isTextual()) || !text.matches("\\d{1,9}")) {
            throw new IllegalArgumentException("tariff: price_components.step_size must be a non-negative integer, was "
                    + step);
        }
        return Integer.parseInt(text);
    }

    static Integer minute(JsonNode r, String field) {
        if (!r.hasNonNull(field)) {
            return null;
        }
        String text = r.get(field).asText();
        if (!text.matches("\\d{2}:\\d{2}")) {
            throw new IllegalArgumentException("tariff: " + field + " must be HH:MM, was " + text);
        }
        int minute = Integer.parseInt(text.substring(0, 2)) * 60 + Integer.parseInt(text.substring(3));
        if (minute > 24 * 60 || Integer.parseInt(text.substring(3)) > 59) {
            throw new IllegalArgumentException("tariff: " + field + " is not a time of day: " + text);
        }
        return minute;
    }

    private static LocalDate date(JsonNode r, String field) {
        return r.hasNonNull(field) ? LocalDate.parse(r.get(field).asText()) : null;
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isNumber() ? v.decimalValue() : new BigDecimal(v.asText());
    }
}
