package io.connect.station.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Statements of the search sent with {@code plan_cache_mode = force_generic_plan} for their own implicit
 * transaction only: {@code set_config(..., true)} goes first in the same round trip (unlike SET LOCAL it does not
 * warn outside an explicit transaction). PostgreSQL otherwise re-plans these prepared statements on every request
 * because its estimate of the generic plan is poor, yet the plan is the same for any point, radius or page (the
 * GiST index walked nearest first, the grid index for the count, the pk indexes for the page's rows); planning was
 * ~1.2 ms of PostgreSQL's ~2.5 ms per search (docs/benchmarks.md).
 */
final class GenericPlans {

    private static final String SET = "SELECT set_config('plan_cache_mode', 'force_generic_plan', true);\n";

    private GenericPlans() {
    }

    /** A statement for {@code sql} (one or more statements) preceded by the setting. */
    static PreparedStatement prepare(Connection c, String sql) throws SQLException {
        return c.prepareStatement(SET + sql);
    }

    /** Executes a statement made by {@link #prepare} and answers the first result after the setting's. */
    static ResultSet execute(PreparedStatement ps) throws SQLException {
        ps.execute();
        return next(ps);
    }

    /** The statement's next result, which must be rows. */
    static ResultSet next(PreparedStatement ps) throws SQLException {
        if (!ps.getMoreResults()) {
            throw new IllegalStateException("a statement of the batch returned no rows");
        }
        return ps.getResultSet();
    }
}
