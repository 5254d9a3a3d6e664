package io.connect.station.api;

import io.connect.platform.errors.ApiException;
import io.connect.station.domain.SpeedClass;
import io.connect.station.persistence.StationFilter;

import java.util.ArrayList;
import java.util.List;

/** The station filter parameters shared by /around/ and /tile/, validated (400 naming the field). */
final class FilterParams {

    private FilterParams() {
    }

    /** {@code partnerCpoKeys}: the CPOs configured as partners, used when only_partners is set. */
    static StationFilter parse(QueryParams q, List<String> partnerCpoKeys) {
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
        return new StationFilter(types, onlyAvailable, onlyPartners ? partnerCpoKeys : null, operators, groups,
                q.money("max_price"));
    }
}
