package io.connect.station.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Native SQL written with {@code :named} parameters (as the Hibernate queries over the same filters are) turned
 * into JDBC's positional {@code ?}s, for the statements the search runs on plain JDBC. As Hibernate does, a
 * collection value becomes one {@code ?} per element (for {@code IN (:list)}) and a name used twice binds twice.
 * {@code ::casts} and quoted literals are left alone.
 */
record PositionalSql(String sql, List<Object> values) {

    static PositionalSql of(String named, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(named.length());
        List<Object> values = new ArrayList<>();
        boolean quoted = false;
        for (int i = 0; i < named.length(); i++) {
            char ch = named.charAt(i);
            if (ch == '\'') {
                quoted = !quoted;
            } else if (!quoted && ch == ':' && i + 1 < named.length() && named.charAt(i + 1) == ':') {
                sql.append("::");
                i++;
                continue;
            } else if (!quoted && ch == ':' && i + 1 < named.length() && isNameStart(named.charAt(i + 1))) {
                int end = i + 1;
                while (end < named.length() && Character.isJavaIdentifierPart(named.charAt(end))) {
                    end++;
                }
                String name = named.substring(i + 1, end);
                if (!params.containsKey(name)) {
                    throw new IllegalArgumentException("no value for :" + name);
                }
                bind(params.get(name), sql, values);
                i = end - 1;
                continue;
            }
            sql.append(ch);
        }
        return new PositionalSql(sql.toString(), values);
    }

    /** Sets the values on {@code ps}, the first one at {@code first}; answers the next free index. */
    int bind(PreparedStatement ps, int first) throws SQLException {
        int index = first;
        for (Object value : values) {
            ps.setObject(index++, value);
        }
        return index;
    }

    private static void bind(Object value, StringBuilder sql, List<Object> values) {
        if (value instanceof Collection<?> list) {
            if (list.isEmpty()) {
                throw new IllegalArgumentException("an empty list cannot be bound");
            }
            for (int k = 0; k < list.size(); k++) {
                sql.append(k == 0 ? "?" : ", ?");
            }
            values.addAll(list);
        } else {
            sql.append('?');
            values.add(value);
        }
    }

    private static boolean isNameStart(char ch) {
        return Character.isLetter(ch) || ch == '_';
    }
}
