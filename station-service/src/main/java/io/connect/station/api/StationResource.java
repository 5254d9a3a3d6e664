package io.connect.station.api;

import io.connect.platform.api.Page;
import io.connect.platform.api.PageRequest;
import io.connect.platform.errors.ApiException;
import io.connect.station.config.CpoDirectory;
import io.connect.station.domain.SpeedClass;
import io.connect.station.persistence.StationReader;
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

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
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

    @ConfigProperty(name = "connect.stations.max-distance", defaultValue = "50000")
    int maxDistance;

    @ConfigProperty(name = "connect.stations.max-page-size", defaultValue = "100")
    int maxPageSize;

    @GET
    @Path("/around/")
    @Transactional
    public Page<StationView> around(@Context UriInfo uri) {
        QueryParams q = new QueryParams(uri.getQueryParameters());
        double latitude = q.decimal("latitude", -90, 90);
        double longitude = q.decimal("longitude", -180, 180);
        int distance = q.integer("distance", 100, 1, maxDistance);
        List<String> types = q.list("connector_types", true);
        for (String t : types) {
            if (!ConnectorTypes.ALL.contains(t)) {
                throw ApiException.validation("connector_types", "\"" + t + "\" is not a valid choice.");
            }
        }
        List<SpeedClass> groups = new ArrayList<>();
        for (String g : q.list("power_groups", true)) {
            SpeedClass s = SpeedClass.parse(g);
            if (s == null) {
                throw ApiException.validation("power_groups", "\"" + g + "\" is not a valid choice (slow, fast, turbo).");
            }
            groups.add(s);
        }
        boolean onlyAvailable = q.bool("only_available");
        boolean onlyPartners = q.bool("only_partners");
        List<String> operators = q.list("operators", false);
        BigDecimal maxPrice = q.money("max_price");
        PageRequest request = PageRequest.parse(q.string("page"), q.string("page_size"),
                PageRequest.DEFAULT_PAGE_SIZE, maxPageSize);

        List<Long> pks = reader.search(new StationSearch(latitude, longitude, distance, types, onlyAvailable,
                onlyPartners ? directory.partnerKeys() : null, operators, groups));
        Instant now = Instant.now();
        if (maxPrice != null) {
            List<Long> affordable = new ArrayList<>();
            for (StoredStation s : reader.load(pks)) {
                BigDecimal price = views.currentKwhPrice(s, now);
                if (price == null || price.compareTo(maxPrice) <= 0) {
                    affordable.add(s.pk());
                }
            }
            pks = affordable;
        }
        List<StationView> results = reader.load(request.slice(pks)).stream().map(s -> views.view(s, now)).toList();
        return Page.of(request, pks.size(), results, uri);
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
