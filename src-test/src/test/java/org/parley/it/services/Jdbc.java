package org.parley.it.services;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.parley.platform.persistence.DatabaseMigration;

/** Plain JDBC on Parley's own data source, in the container: what is really stored, bypassing JPA. */
final class Jdbc {

    private Jdbc() {
    }

    static DataSource dataSource() {
        try {
            return InitialContext.doLookup(DatabaseMigration.DATA_SOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException(DatabaseMigration.DATA_SOURCE + " is not bound", e);
        }
    }

    /** Every row of a query, each as its column values in order. */
    static List<List<Object>> rows(String sql, Object... parameters) {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    List<Object> row = new ArrayList<>(columns);
                    for (int i = 1; i <= columns; i++) {
                        row.add(r.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed", e);
        }
    }

    /** The first column of every row. */
    static List<Object> column(String sql, Object... parameters) {
        return rows(sql, parameters).stream().map(row -> row.get(0)).toList();
    }

    /** The only value a query returns. */
    static Object single(String sql, Object... parameters) {
        List<List<Object>> rows = rows(sql, parameters);
        if (rows.size() != 1 || rows.get(0).size() != 1) {
            throw new AssertionError(sql + " returned " + rows + ", not a single value");
        }
        return rows.get(0).get(0);
    }

    static long count(String sql, Object... parameters) {
        return ((Number) single(sql, parameters)).longValue();
    }
}
