package io.connect.cpo.domain.network;

import io.connect.ocpi.model.PriceComponent;
import io.connect.ocpi.model.Tariff;
import io.connect.ocpi.model.TariffElement;
import io.connect.ocpi.model.TariffRestrictions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Four tariffs per operator, prices drawn from the seed: AC with a cheaper night window that crosses midnight and a
 * weekday blocking fee, AC priced by time, DC with weekend prices, and high-power DC with a weekday peak window.
 */
final class GeneratedTariffs {

    enum Kind {
        AC_DAY_NIGHT, AC_TIME, DC_WEEKEND, HPC_PEAK;

        String id(Operator o) {
            return o.partyId() + "-" + name().replace('_', '-');
        }
    }

    private static final long STREAM = 7;
    private static final List<String> WEEKDAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
    private static final List<String> WEEKEND = List.of("SATURDAY", "SUNDAY");

    private GeneratedTariffs() {
    }

    static List<Tariff> all(long seed, Instant lastUpdated) {
        List<Tariff> out = new ArrayList<>();
        for (int i = 0; i < Operators.ALL.size(); i++) {
            Operator o = Operators.ALL.get(i);
            Rng r = Rng.of(seed, STREAM, i);
            BigDecimal vat = o.vatPercent();
            BigDecimal acDay = price(r, 0.39, 0.59, 4);
            out.add(tariff(o, Kind.AC_DAY_NIGHT, lastUpdated,
                    element(energy(acDay.subtract(price(r, 0.05, 0.12, 4)), vat), window("22:00", "06:00", null, null)),
                    element(energy(acDay, vat), null),
                    element(new PriceComponent("PARKING_TIME", price(r, 3.0, 6.0, 2), vat, 60),
                            window("08:00", "20:00", WEEKDAYS, 4 * 3600))));
            out.add(tariff(o, Kind.AC_TIME, lastUpdated,
                    element(new PriceComponent("TIME", price(r, 1.8, 3.6, 2), vat, 60), null),
                    element(energy(price(r, 0.20, 0.35, 4), vat), null)));
            BigDecimal dc = price(r, 0.55, 0.75, 4);
            out.add(tariff(o, Kind.DC_WEEKEND, lastUpdated,
                    element(energy(dc.subtract(price(r, 0.04, 0.10, 4)), vat), window(null, null, WEEKEND, null)),
                    element(energy(dc, vat), null),
                    element(new PriceComponent("PARKING_TIME", price(r, 6.0, 12.0, 2), vat, 60),
                            window(null, null, null, 45 * 60))));
            BigDecimal hpc = price(r, 0.59, 0.85, 4);
            out.add(tariff(o, Kind.HPC_PEAK, lastUpdated,
                    element(energy(hpc.add(price(r, 0.05, 0.15, 4)), vat), window("16:00", "20:00", WEEKDAYS, null)),
                    element(energy(hpc, vat), null),
                    element(new PriceComponent("FLAT", price(r, 0.29, 0.99, 2), vat, 1), null)));
        }
        return List.copyOf(out);
    }

    private static Tariff tariff(Operator o, Kind kind, Instant lastUpdated, TariffElement... elements) {
        return new Tariff(o.countryCode(), o.partyId(), kind.id(o), "EUR", "REGULAR", null, null, null,
                List.of(elements), null, null, lastUpdated);
    }

    private static TariffElement element(PriceComponent component, TariffRestrictions restrictions) {
        return new TariffElement(List.of(component), restrictions);
    }

    private static PriceComponent energy(BigDecimal price, BigDecimal vat) {
        return new PriceComponent("ENERGY", price, vat, 1);
    }

    private static TariffRestrictions window(String start, String end, List<String> days, Integer minDuration) {
        return new TariffRestrictions(start, end, null, null, null, null, null, null, null, null, minDuration, null,
                days, null);
    }

    private static BigDecimal price(Rng r, double min, double max, int scale) {
        return BigDecimal.valueOf(min + (max - min) * r.nextDouble()).setScale(scale, RoundingMode.HALF_UP);
    }
}
