package io.connect.station.api;

import io.connect.platform.api.Page;
import io.connect.platform.api.PageRequest;
import io.connect.platform.errors.ApiException;
import io.connect.station.config.CpoDirectory;
import io.connect.station.domain.Tile;
import io.connect.station.persistence.StationReader;
import io.connect.station.persistence.StationFilter;
import io.connect.station.persistence.StationSearch;
import io.connect.station.persistence.StoredStation;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Cariqa's station endpoints (PartnerAuthFilter has checked the partner token). */
@Path("/api/v1/stations")
@Produces(MediaType.APPLICATION_JSON)
public class StationResource {

    @Inject
    StationReader reader;

    @Inject
    StationViews views;

    @Inject
    CpoDirectory directory;

    @Inject
    PriceFilter priceFilter;

    @Inject
    StationTiles tiles;

    @ConfigProperty(name = "connect.stations.max-distance", defaultValue = "50000")
    int maxDistance;

    @ConfigProperty(name = "connect.stations.max-page-size", defaultValue = "100")
    int maxPageSize;

    @ConfigProperty(name = "connect.stations.max-tiles", defaultValue = "16")
    int maxTiles;

    /**
     * Not transactional: the search runs on plain JDBC in two round trips (StationReader#aroundPage), without the
     * BEGIN/COMMIT and Hibernate session a transaction would add to every request (docs/benchmarks.md).
     */
    @GET
    @Path("/around/")
    public Page<StationView> around(@Context UriInfo uri) {
        QueryParams q = new QueryParams(uri.getQueryParameters());
        double latitude = q.decimal("latitude", -90, 90);
        double longitude = q.decimal("longitude", -180, 180);
        int distance = q.integer("distance", 100, 1, maxDistance);
        StationFilter filter = FilterParams.parse(q, directory.partnerKeys());
        PageRequest request = PageRequest.parse(q.string("page"), q.string("page_size"),
                PageRequest.DEFAULT_PAGE_SIZE, maxPageSize);

        Instant now = Instant.now();
        StationSearch search = new StationSearch(latitude, longitude, distance, filter);
        StationReader.FoundPage found;
        if (filter.maxPrice() == null) {
            found = reader.aroundPage(search, request.offset(), request.pageSize());
        } else {
            // prices depend on tariff windows in the station's local time: filtered in Java over every match
            List<Long> pks = priceFilter.keep(reader.search(search), filter.maxPrice(), now);
            found = reader.stationsWithTariffs(request.slice(pks), pks.size());
        }
        request.requireWithin(found.total());
        List<StationView> results = found.stations().stream()
                .map(s -> views.view(s, found.tariffs().getOrDefault(StationReader.key(s.location()), Map.of()), now))
                .toList();
        return Page.of(request, found.total(), results, uri);
    }

    @GET
    @Path("/tile/")
    @Transactional
    public FeatureCollection tile(@Context UriInfo uri) {
        QueryParams q = new QueryParams(uri.getQueryParameters());
        List<Tile> requested = TileParams.parse(q, maxTiles);
        StationFilter filter = FilterParams.parse(q, directory.partnerKeys());
        return new FeatureCollection(tiles.features(requested, filter, Instant.now()));
    }

    @GET
    @Path("/details/")
    @Transactional
    public StationView details(@Context UriInfo uri) {
        QueryParams q = new QueryParams(uri.getQueryParameters());
        String id = q.required("id");
        String type = q.required("type");
        Optional<StoredStation> station = switch (type) {
            case "station_id" -> reader.byStationId(id);
            case "evse_id" -> reader.byEvseId(id);
            default -> throw ApiException.validation("type", "\"" + type + "\" is not a valid choice (evse_id, station_id).");
        };
        return station.filter(s -> s.location().publish() == null || s.location().publish())
                .map(s -> views.view(s, Instant.now()))
                .orElseThrow(() -> ApiException.notFound("Station"));
    }

    @GET
    @Path("/partners/")
    @Transactional
    public List<PartnerOperator> partners() {
        Map<String, PartnerOperator> byName = new LinkedHashMap<>();
        for (Object[] row : reader.operatorsOf(directory.partnerKeys())) {
            String name = (String) row[0];
            String logo = row[2] != null ? (String) row[2] : directory.profile((String) row[1]).logoUrl();
            byName.putIfAbsent(name, new PartnerOperator(name, logo));
        }
        return List.copyOf(byName.values());
    }
}
