package io.connect.station.api;

import io.connect.station.persistence.StationReader;
import io.connect.station.persistence.StoredStation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The max_price filter: keeps stations whose cheapest energy price now (VAT included, per kWh) is at most the
 * maximum; stations without any kWh price (time-only tariffs) are kept.
 */
@ApplicationScoped
public class PriceFilter {

    /** Stations read (with their tariffs, one round trip) at a time: a wide radius matches thousands. */
    private static final int CHUNK = 500;

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
        for (int from = 0; from < pks.size(); from += CHUNK) {
            List<Long> chunkPks = pks.subList(from, Math.min(pks.size(), from + CHUNK));
            StationReader.FoundPage chunk = reader.stationsWithTariffs(chunkPks, chunkPks.size());
            for (StoredStation s : chunk.stations()) {
                BigDecimal price = views.currentKwhPrice(s,
                        chunk.tariffs().getOrDefault(StationReader.key(s.location()), Map.of()), now);
                if (price == null || price.compareTo(maxPrice) <= 0) {
                    affordable.add(s.pk());
                }
            }
        }
        return affordable;
    }
}
