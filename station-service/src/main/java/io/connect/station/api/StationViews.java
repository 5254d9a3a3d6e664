package io.connect.station.api;

import io.connect.station.config.CpoDirectory;
import io.connect.station.domain.CpoProfile;
import io.connect.station.domain.Dimension;
import io.connect.station.domain.Numbers;
import io.connect.station.domain.PriceGroupBuilder;
import io.connect.station.domain.PricesCache;
import io.connect.station.domain.Stations;
import io.connect.station.domain.TariffWindows;
import io.connect.station.domain.TimePriceItems;
import io.connect.ocpi.model.Connector;
import io.connect.ocpi.model.Evse;
import io.connect.ocpi.model.Hours;
import io.connect.ocpi.model.Location;
import io.connect.ocpi.model.Tariff;
import io.connect.station.persistence.StationReader;
import io.connect.station.persistence.StoredStation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders cached stations as Cariqa stations, with their price groups. */
@ApplicationScoped
public class StationViews {

    @Inject
    StationReader reader;

    @Inject
    CpoDirectory directory;

    private final PricesCache prices = new PricesCache(10_000);

    public StationView view(StoredStation station, Instant now) {
        return view(station, reader.tariffsFor(station.location()), now);
    }

    /** @param tariffs the tariffs its connectors reference, by id (see StationReader#aroundPage) */
    public StationView view(StoredStation station, Map<String, Tariff> tariffs, Instant now) {
        Location l = station.location();
        CpoProfile cpo = directory.profile(station.cpoKey());
        List<StationView.EvseView> evses = Stations.visibleEvses(l).stream()
                .map(e -> new StationView.EvseView(e.publicId(), e.status())).toList();
        Instant lastUpdated = l.evsesOrEmpty().stream().map(Evse::lastUpdated).reduce(l.lastUpdated(),
                (a, b) -> b.isAfter(a) ? b : a);
        return new StationView(l.id(), Stations.name(l), Stations.speed(l), Stations.address(l), Stations.status(l),
                new StationView.Coordinates(l.coordinates().latitude(), l.coordinates().longitude()),
                openingTimes(l.openingTimes()),
                new StationView.Operator(Stations.operatorName(l), new StationView.Contact(cpo.supportPhone())),
                evses, lastUpdated.truncatedTo(ChronoUnit.SECONDS).toString(), Stations.amenities(l), cpo.partner(),
                new PriceGroupBuilder(directory.rules(), prices).build(l, tariffs, cpo, now), Stations.logoUrl(l, cpo));
    }

    /**
     * The lowest energy price (VAT included, per kWh) in effect now among the station's connectors, for the
     * max_price filter; null when no connector has an energy price.
     */
    public BigDecimal currentKwhPrice(StoredStation station, Map<String, Tariff> tariffs, Instant now) {
        CurrentPrice p = cheapest(station, tariffs, now, Dimension.ENERGY);
        return p == null ? null : p.price();
    }

    /**
     * The price a map pin shows: the cheapest energy price now (per kWh), else the cheapest time price now (per
     * minute), VAT included; null when neither is in effect.
     */
    public CurrentPrice currentPrice(StoredStation station, Instant now) {
        Map<String, Tariff> tariffs = reader.tariffsFor(station.location());
        CurrentPrice energy = cheapest(station, tariffs, now, Dimension.ENERGY);
        return energy != null ? energy : cheapest(station, tariffs, now, Dimension.TIME);
    }

    private CurrentPrice cheapest(StoredStation station, Map<String, Tariff> tariffs, Instant now, Dimension dimension) {
        Location l = station.location();
        LocalDateTime local = LocalDateTime.ofInstant(now, Stations.zone(l));
        CurrentPrice best = null;
        for (Evse e : Stations.visibleEvses(l)) {
            for (Connector c : e.connectorsOrEmpty()) {
                Tariff t = PriceGroupBuilder.resolve(c, tariffs);
                Tariff effective = t == null ? directory.rules().fallbackTariff() : t;
                BigDecimal price = TariffWindows.at(effective.elementsOrEmpty(), dimension, local)
                        .map(m -> new BigDecimal(Numbers.userFacing(m.component().price(),
                                TimePriceItems.tax(m.component(), directory.rules().defaultTaxPercent()), dimension)))
                        .orElse(null);
                if (price != null && (best == null || price.compareTo(best.price()) < 0)) {
                    best = new CurrentPrice(price, dimension, effective.currency().toLowerCase(Locale.ROOT));
                }
            }
        }
        return best;
    }

    /** A price in effect now, VAT included: per kWh for ENERGY, per minute for TIME. */
    public record CurrentPrice(BigDecimal price, Dimension dimension, String currency) {
    }

    private static StationView.OpeningTimes openingTimes(Hours hours) {
        if (hours == null) {
            return new StationView.OpeningTimes(true, List.of());
        }
        List<StationView.RegularHours> regular = hours.regularHours() == null ? List.of()
                : hours.regularHours().stream().filter(h -> h.weekday() >= 1 && h.weekday() <= 7)
                .map(h -> new StationView.RegularHours(DayOfWeek.of(h.weekday()).name(), h.periodBegin(), h.periodEnd()))
                .toList();
        return new StationView.OpeningTimes(Boolean.TRUE.equals(hours.twentyfourseven()), regular);
    }
}
