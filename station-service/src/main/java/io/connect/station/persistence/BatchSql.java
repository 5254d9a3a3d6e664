package io.connect.station.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Set-based statements over rows passed as one text array per column ({@code unnest}), cast to the column types in
 * SQL: one round trip writes a whole page of rows.
 */
final class BatchSql {

    private final Connection connection;

    BatchSql(Connection connection) {
        this.connection = connection;
    }

    /** Rows collected column by column; every value is text (or null) and cast in SQL. */
    static final class Columns {
        private final List<List<String>> columns = new ArrayList<>();

        Columns(int count) {
            for (int i = 0; i < count; i++) {
                columns.add(new ArrayList<>());
            }
        }

        void add(List<String> row) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " values for " + columns.size() + " columns");
            }
            for (int i = 0; i < row.size(); i++) {
                columns.get(i).add(row.get(i));
            }
        }

        boolean isEmpty() {
            return columns.get(0).isEmpty();
        }

        List<String[]> arrays() {
            return columns.stream().map(c -> c.toArray(new String[0])).toList();
        }
    }

    interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    void insert(String table, String[] columns, String[] types, Columns rows) throws SQLException {
        query(insertSql(table, columns, types), rows.arrays(), rs -> {
        });
    }

    void insertReturning(String table, String[] columns, String[] types, Columns rows, String returning,
            BiConsumer<Long, String> onRow) throws SQLException {
        query(insertSql(table, columns, types) + " RETURNING " + returning, rows.arrays(),
                rs -> onRow.accept(rs.getLong(1), rs.getString(2)));
    }

    /** Rows are (pk, every column of {@code columns}); only the columns in {@code set} are written. */
    void update(String table, String[] columns, String[] types, List<String> set, Columns rows) throws SQLException {
        StringBuilder sql = new StringBuilder("UPDATE ").append(table).append(" t SET ");
        List<String> assignments = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            if (set.contains(columns[i])) {
                assignments.add(columns[i] + " = x.c" + i + "::" + types[i]);
            }
        }
        sql.append(String.join(", ", assignments)).append(" FROM ").append(unnest(columns.length + 1, true))
                .append(" WHERE t.pk = x.pk::bigint");
        query(sql.toString(), rows.arrays(), rs -> {
        });
    }

    void query(String sql, List<String[]> arrays, RowHandler handler) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (int i = 0; i < arrays.size(); i++) {
                st.setArray(i + 1, connection.createArrayOf("text", arrays.get(i)));
            }
            if (st.execute()) {
                try (ResultSet rs = st.getResultSet()) {
                    while (rs.next()) {
                        handler.row(rs);
                    }
                }
            } else {
                ResultSet rs = st.getGeneratedKeys();
                if (rs != null) {
                    rs.close();
                }
            }
        }
    }

    private static String insertSql(String table, String[] columns, String[] types) {
        List<String> casts = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            casts.add("x.c" + i + "::" + types[i]);
        }
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", casts)
                + " FROM " + unnest(columns.length, false);
    }

    /** {@code unnest(?::text[], ...) AS x([pk,] c0, c1, ...)}. */
    private static String unnest(int arrays, boolean withPk) {
        List<String> params = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < arrays; i++) {
            params.add("?::text[]");
        }
        if (withPk) {
            names.add("pk");
        }
        for (int i = 0; i < arrays - (withPk ? 1 : 0); i++) {
            names.add("c" + i);
        }
        return "unnest(" + String.join(", ", params) + ") AS x(" + String.join(", ", names) + ")";
    }
}
