package io.connect.station.api;

import io.connect.station.config.CpoDirectory;
import io.connect.station.domain.Dimension;
import io.connect.station.domain.Stations;
import io.connect.station.domain.Tile;
import io.connect.station.domain.TileClustering;
import io.connect.ocpi.model.Location;
import io.connect.station.persistence.StationFilter;
import io.connect.station.persistence.StationReader;
import io.connect.station.persistence.StoredStation;
import io.connect.station.persistence.TileReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The features of /tile/: one per station from {@code connect.stations.tile-single-zoom} on, below it one per
 * occupied cell of the tile's raster ({@link TileClustering}); a cell holding a single station is that station.
 */
@ApplicationScoped
public class StationTiles {

    @Inject
    TileReader tileReader;

    @Inject
    StationReader reader;

    @Inject
    StationViews views;

    @Inject
    PriceFilter priceFilter;

    @Inject
    CpoDirectory directory;

    @ConfigProperty(name = "connect.stations.tile-single-zoom", defaultValue = "14")
    int singleZoom;

    public List<FeatureCollection.Feature> features(List<Tile> tiles, StationFilter filter, Instant now) {
        List<FeatureCollection.Feature> features = new ArrayList<>();
        for (Tile tile : tiles) {
            List<Long> only = null;
            if (filter.maxPrice() != null) {
                only = priceFilter.keep(tileReader.stations(tile, filter, null), filter.maxPrice(), now);
                if (only.isEmpty()) {
                    continue;
                }
            }
            List<Long> singles = new ArrayList<>();
            if (tile.z() >= singleZoom) {
                singles.addAll(tileReader.stations(tile, filter, only));
            } else {
                for (TileReader.Cell cell : tileReader.cells(tile, TileClustering.GRID, filter, only)) {
                    if (cell.count() == 1) {
                        singles.add(cell.anyPk());
                    } else {
                        features.add(cluster(tile, cell));
                    }
                }
            }
            reader.load(singles).forEach(s -> features.add(station(s, now)));
        }
        return features;
    }

    private FeatureCollection.Feature cluster(Tile tile, TileReader.Cell cell) {
        String id = tile.z() + "/" + tile.x() + "/" + tile.y() + "/" + cell.cx() + "/" + cell.cy();
        int expansion = TileClustering.expansionZoom(tile.z(), cell.spreadMetres(), singleZoom);
        return new FeatureCollection.Feature("Feature", null, id,
                new FeatureCollection.Point(degrees(cell.longitude()), degrees(cell.latitude())),
                new FeatureCollection.Properties(cell.count(), expansion, null, null, null), null, null);
    }

    private FeatureCollection.Feature station(StoredStation station, Instant now) {
        Location l = station.location();
        StationViews.CurrentPrice price = views.currentPrice(station, now);
        FeatureCollection.PriceProperties priceProperties = price == null ? null
                : new FeatureCollection.PriceProperties(price.price().toPlainString(),
                price.dimension() == Dimension.ENERGY ? "charging_price" : "time_price", price.currency());
        // the eMI3 operator id (country*party) of the CPO party that runs the station
        String operatorId = l.countryCode() + "*" + l.partyId();
        return new FeatureCollection.Feature("Feature", l.id(), null,
                new FeatureCollection.Point(l.coordinates().longitude(), l.coordinates().latitude()),
                new FeatureCollection.Properties(1, null, Stations.speed(l), Stations.status(l), operatorId),
                new FeatureCollection.CustomProperties(directory.profile(station.cpoKey()).partner()), priceProperties);
    }

    private static String degrees(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}
