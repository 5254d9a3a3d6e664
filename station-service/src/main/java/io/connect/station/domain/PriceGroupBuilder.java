package io.connect.station.domain;

import io.connect.ocpi.model.Connector;
import io.connect.ocpi.model.Evse;
import io.connect.ocpi.model.Location;
import io.connect.ocpi.model.Tariff;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One price group per connector standard and power (and tariff, should connectors of the same kind be priced
 * differently), in the order the EVSEs come. A group whose connectors have no known tariff shows the fallback
 * tariff with {@code is_fallback: true}.
 */
public final class PriceGroupBuilder {

    private final PricingRules rules;
    private final PricesCache cache;

    public PriceGroupBuilder(PricingRules rules) {
        this(rules, null);
    }

    /** @param cache shared by every build with these rules; null computes the prices each time */
    public PriceGroupBuilder(PricingRules rules, PricesCache cache) {
        this.rules = rules;
        this.cache = cache;
    }

    private record Key(String standard, BigDecimal power, String tariffId) {
    }

    /**
     * @param tariffs the location's party's tariffs by OCPI id
     */
    public List<PriceGroup> build(Location location, Map<String, Tariff> tariffs, CpoProfile cpo, Instant now) {
        ZoneId zone = Stations.zone(location);
        ZonedDateTime localNow = now.atZone(zone);
        Map<Key, List<String>> evseIds = new LinkedHashMap<>();
        for (Evse evse : Stations.visibleEvses(location)) {
            for (Connector c : evse.connectorsOrEmpty()) {
                Tariff t = resolve(c, tariffs);
                Key key = new Key(c.standard(), ConnectorPower.kw(c), t == null ? null : t.id());
                List<String> ids = evseIds.computeIfAbsent(key, k -> new ArrayList<>());
                if (!ids.contains(evse.publicId())) {
                    ids.add(evse.publicId());
                }
            }
        }
        List<PriceGroup> groups = new ArrayList<>();
        evseIds.forEach((key, ids) -> {
            Tariff tariff = key.tariffId() == null ? rules.fallbackTariff() : tariffs.get(key.tariffId());
            groups.add(new PriceGroup(key.standard(), key.power(), List.copyOf(ids),
                    prices(tariff, cpo, zone, localNow.toLocalDate()), localNow.toOffsetDateTime().toString(),
                    tariff.currency().toLowerCase(Locale.ROOT), Numbers.scaled(cpo.preAuthorizationAmount(), 2),
                    key.tariffId() == null));
        });
        return groups;
    }

    public Prices prices(Tariff tariff, CpoProfile cpo, ZoneId zone, LocalDate today) {
        return cache == null ? computePrices(tariff, cpo, zone, today)
                : cache.get(tariff, cpo, zone, today, () -> computePrices(tariff, cpo, zone, today));
    }

    private Prices computePrices(Tariff tariff, CpoProfile cpo, ZoneId zone, LocalDate today) {
        BigDecimal tax = rules.defaultTaxPercent();
        return new Prices(
                TimePriceItems.of(tariff, Dimension.TIME, zone, today, tax, null),
                TimePriceItems.of(tariff, Dimension.ENERGY, zone, today, tax, null),
                TimePriceItems.of(tariff, Dimension.PARKING_TIME, zone, today, tax, cpo.blockingCap()),
                TimePriceItems.of(tariff, Dimension.FLAT, zone, today, tax, null),
                startingFee(cpo) == null ? null : TimePriceItems.startingFee(startingFee(cpo), tax));
    }

    /** Cariqa's own fee applies at non-partner stations only. */
    public BigDecimal startingFee(CpoProfile cpo) {
        BigDecimal fee = rules.startingFee();
        return cpo.partner() || fee == null || fee.signum() <= 0 ? null : fee;
    }

    /** The first of the connector's tariff ids that the cache knows. */
    public static Tariff resolve(Connector connector, Map<String, Tariff> tariffs) {
        return connector.tariffIdsOrEmpty().stream().map(tariffs::get).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
