package io.connect.station.persistence;

import io.connect.station.domain.SpeedClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Appends the database part of a {@link StationFilter} to a query over {@code location l}. */
final class StationFilterSql {

    private StationFilterSql() {
    }

    static void append(StationFilter f, StringBuilder sql, Map<String, Object> params) {
        boolean types = !f.connectorTypes().isEmpty();
        if (types || f.onlyAvailable()) {
            sql.append(" AND EXISTS (SELECT 1 FROM evse e");
            if (types) {
                sql.append(" JOIN connector c ON c.evse_pk = e.pk AND c.standard IN (:types)");
                params.put("types", f.connectorTypes());
            }
            sql.append(" WHERE e.location_pk = l.pk AND e.status ")
                    .append(f.onlyAvailable() ? "= 'AVAILABLE'" : "<> 'REMOVED'").append(")");
        }
        if (f.partnerCpoKeys() != null) {
            if (f.partnerCpoKeys().isEmpty()) {
                sql.append(" AND FALSE");
            } else {
                sql.append(" AND l.cpo_key IN (:partners)");
                params.put("partners", f.partnerCpoKeys());
            }
        }
        if (!f.operators().isEmpty()) {
            sql.append(" AND lower(l.operator_name) IN (:operators)");
            params.put("operators", f.operators().stream().map(o -> o.toLowerCase(Locale.ROOT)).toList());
        }
        if (!f.powerGroups().isEmpty()) {
            String power = "COALESCE((SELECT max(e.max_power_kw) FROM evse e WHERE e.location_pk = l.pk"
                    + " AND e.status <> 'REMOVED'), 0)";
            List<String> ranges = new ArrayList<>();
            for (SpeedClass g : f.powerGroups()) {
                ranges.add("(" + power + " >= " + g.minKw.toPlainString()
                        + (g.maxKw == null ? "" : " AND " + power + " < " + g.maxKw.toPlainString()) + ")");
            }
            sql.append(" AND (").append(String.join(" OR ", ranges)).append(")");
        }
    }
}
