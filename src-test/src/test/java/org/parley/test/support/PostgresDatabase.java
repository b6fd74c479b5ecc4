package org.parley.test.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A database of its own on the local PostgreSQL (127.0.0.1:5432, user postgres, trust), created for a test run and
 * dropped afterwards.
 */
public final class PostgresDatabase implements AutoCloseable {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private final String name;

    private PostgresDatabase(String name) {
        this.name = name;
    }

    public static PostgresDatabase create(String purpose) {
        String name = ("parley_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        execute("CREATE DATABASE " + name);
        return new PostgresDatabase(name);
    }

    public String name() {
        return name;
    }

    public String url() {
        return SERVER + name;
    }

    public String user() {
        return "postgres";
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), "");
    }

    /**
     * Makes this database unreachable for its users (as a stopped server is), without touching the shared PostgreSQL
     * server: new connections are refused and the open ones are ended.
     */
    public void cutOff() {
        execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
        execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
    }

    /** Accepts connections again after {@link #cutOff()}. */
    public void restore() {
        execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS true");
    }

    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL on 127.0.0.1:5432: " + sql + " failed", e);
        }
    }
}
