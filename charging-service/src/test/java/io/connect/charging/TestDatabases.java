package io.connect.charging;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Fresh databases for neighbours started as processes, so they never meet other tests' data. */
final class TestDatabases {

    private TestDatabases() {
    }

    /** Drops and creates {@code name} (owner connect), with PostGIS for a station-service database. */
    static void recreate(String name, boolean postgis) {
        drop(name);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " OWNER connect");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create " + name, e);
        }
        if (!postgis) {
            return;
        }
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + name, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS postgis");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot add PostGIS to " + name, e);
        }
    }

    static void drop(String name) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop " + name, e);
        }
    }
}
