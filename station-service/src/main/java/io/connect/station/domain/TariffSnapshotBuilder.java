package io.connect.station.domain;

import com.fasterxml.jackson.databind.JsonNode;
import io.connect.ocpi.model.PriceComponent;
import io.connect.ocpi.model.Tariff;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** Picks, by OCPI first-match, the price of each dimension in effect at one moment in the station's time zone. */
public final class TariffSnapshotBuilder {

    private final PricingRules rules;
    private final PriceGroupBuilder groups;

    public TariffSnapshotBuilder(PricingRules rules) {
        this.rules = rules;
        this.groups = new PriceGroupBuilder(rules);
    }

    /**
     * @param tariff     the connector's tariff, or null for the fallback tariff
     * @param tariffJson the OCPI object as the CPO sent it (null: the tariff is serialised)
     */
    public TariffSnapshot build(Tariff tariff, JsonNode tariffJson, CpoProfile cpo, ZoneId zone, Instant now,
                                java.util.function.Function<Tariff, JsonNode> toJson) {
        boolean fallback = tariff == null;
        Tariff t = fallback ? rules.fallbackTariff() : tariff;
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        Optional<TariffWindows.Match> energy = TariffWindows.at(t.elementsOrEmpty(), Dimension.ENERGY, local);
        Optional<TariffWindows.Match> time = TariffWindows.at(t.elementsOrEmpty(), Dimension.TIME, local);
        Optional<TariffWindows.Match> parking = TariffWindows.at(t.elementsOrEmpty(), Dimension.PARKING_TIME, local);
        Optional<TariffWindows.Match> flat = TariffWindows.at(t.elementsOrEmpty(), Dimension.FLAT, local);
        BigDecimal startingFee = groups.startingFee(cpo);
        Integer grace = parking.map(m -> TariffWindows.graceMinutes(m.element())).orElse(null);
        String cap = parking.isPresent() ? Numbers.scaled(cpo.blockingCap(), 2) : null;
        String currency = t.currency().toLowerCase(Locale.ROOT);
        BigDecimal tax = taxPercent(energy, time, parking, flat);

        TariffSnapshot.Gross gross = new TariffSnapshot.Gross(
                energy.map(m -> Numbers.atLeast(m.component().price(), 4)).orElse(null),
                time.map(m -> Numbers.atLeast(m.component().price(), 2)).orElse(null),
                parking.map(m -> Numbers.atLeast(m.component().price(), 2)).orElse(null),
                flat.map(m -> Numbers.atLeast(m.component().price(), 2)).orElse(null),
                Numbers.scaled(startingFee, 2), grace, cap);
        TariffSnapshot.UserFacing userFacing = new TariffSnapshot.UserFacing(
                userFacing(energy, Dimension.ENERGY), userFacing(time, Dimension.TIME), userFacing(flat, Dimension.FLAT),
                userFacing(parking, Dimension.PARKING_TIME),
                startingFee == null ? null : Numbers.userFacing(startingFee, rules.defaultTaxPercent(), Dimension.FLAT),
                grace, cap, currency);
        JsonNode json = fallback || tariffJson == null ? toJson.apply(t) : tariffJson;
        return new TariffSnapshot(currency, Numbers.plain(tax).toPlainString(), cpo.partner(),
                Numbers.scaled(cpo.preAuthorizationAmount(), 2), gross, userFacing, fallback, json, zone.getId());
    }

    private String userFacing(Optional<TariffWindows.Match> match, Dimension dimension) {
        return match.map(m -> Numbers.userFacing(m.component().price(),
                TimePriceItems.tax(m.component(), rules.defaultTaxPercent()), dimension)).orElse(null);
    }

    /** The VAT of the energy price, else of the first other priced dimension, else the default. */
    @SafeVarargs
    private BigDecimal taxPercent(Optional<TariffWindows.Match>... matches) {
        for (Optional<TariffWindows.Match> m : matches) {
            if (m.isPresent()) {
                PriceComponent c = m.get().component();
                return TimePriceItems.tax(c, rules.defaultTaxPercent());
            }
        }
        return rules.defaultTaxPercent();
    }
}
