package io.connect.station.api;

import io.connect.station.persistence.StationReader;
import io.connect.station.persistence.StoredStation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The max_price filter: keeps stations whose cheapest energy price now (VAT included, per kWh) is at most the
 * maximum; stations without any kWh price (time-only tariffs) are kept.
 */
@ApplicationScoped
public class PriceFilter {

    @Inject
    StationReader reader;

    @Inject
    StationViews views;

    /** The pks that pass, in their order; all of them when {@code maxPrice} is null. */
    public List<Long> keep(List<Long> pks, BigDecimal maxPrice, Instant now) {
        if (maxPrice == null) {
            return pks;
        }
        List<Long> affordable = new ArrayList<>();
        for (StoredStation s : reader.load(pks)) {
            BigDecimal price = views.currentKwhPrice(s, now);
            if (price == null || price.compareTo(maxPrice) <= 0) {
                affordable.add(s.pk());
            }
        }
        return affordable;
    }
}
