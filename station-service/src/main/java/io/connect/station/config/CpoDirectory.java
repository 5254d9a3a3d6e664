package io.connect.station.config;

import io.connect.station.domain.CpoProfile;
import io.connect.station.domain.PricingRules;
import io.connect.ocpi.model.PriceComponent;
import io.connect.ocpi.model.Tariff;
import io.connect.ocpi.model.TariffElement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** The configured CPOs as domain profiles, and the pricing rules. */
@ApplicationScoped
public class CpoDirectory {

    @Inject
    CpoConfig cpos;

    @Inject
    PricingConfig pricing;

    private volatile PricingRules rules;

    public Map<String, CpoConfig.Cpo> all() {
        return new TreeMap<>(cpos.all());
    }

    /** Configuration does not change while running: one profile per key (a price cache key part). */
    private final Map<String, CpoProfile> profiles = new ConcurrentHashMap<>();

    /** A location whose CPO was removed from the configuration still renders, as a non-partner. */
    public CpoProfile profile(String key) {
        return profiles.computeIfAbsent(key, this::configuredProfile);
    }

    private CpoProfile configuredProfile(String key) {
        CpoConfig.Cpo c = cpos.all().get(key);
        if (c == null) {
            return new CpoProfile(key, false, null, null, new BigDecimal("30.00"), null);
        }
        return new CpoProfile(key, c.isPartner(), c.supportPhone().orElse(null), c.logoUrl().orElse(null),
                c.preAuthorizationAmount(), c.blockingCap().orElse(null));
    }

    public List<String> partnerKeys() {
        return cpos.all().entrySet().stream().filter(e -> e.getValue().isPartner()).map(Map.Entry::getKey).toList();
    }

    public PricingRules rules() {
        if (rules == null) {
            rules = new PricingRules(pricing.startingFee().orElse(null), pricing.defaultTaxPercent(), fallbackTariff());
        }
        return rules;
    }

    private Tariff fallbackTariff() {
        PricingConfig.FallbackTariff f = pricing.fallbackTariff();
        List<PriceComponent> components = new ArrayList<>();
        components.add(new PriceComponent("ENERGY", f.energyPerKwh(), f.vat(), 1));
        f.timePerHour().ifPresent(p -> components.add(new PriceComponent("TIME", p, f.vat(), 1)));
        f.parkingPerHour().ifPresent(p -> components.add(new PriceComponent("PARKING_TIME", p, f.vat(), 1)));
        f.flat().ifPresent(p -> components.add(new PriceComponent("FLAT", p, f.vat(), 1)));
        return new Tariff("XX", "CON", "CONNECT-FALLBACK", f.currency(), "AD_HOC_PAYMENT", null, null, null,
                List.of(new TariffElement(components, null)), null, null, null);
    }
}
