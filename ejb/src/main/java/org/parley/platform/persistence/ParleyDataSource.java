package org.parley.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.parley.platform.config.DatabaseSettings;

/**
 * The physical data source behind the container's connection pool {@code java:app/jdbc/parley}: it reads
 * {@link DatabaseSettings} when first used and opens connections through the matching JDBC driver, so that one
 * deployment serves PostgreSQL or the embedded H2 database by configuration alone.
 */
public class ParleyDataSource implements DataSource {

    private static final Logger LOG = Logger.getLogger(ParleyDataSource.class.getName());

    private volatile Target target;
    private PrintWriter logWriter;
    private int loginTimeout;

    private record Target(DatabaseSettings settings, Driver driver) {
    }

    private Target target() throws SQLException {
        Target current = target;
        if (current == null) {
            synchronized (this) {
                current = target;
                if (current == null) {
                    DatabaseSettings settings = DatabaseSettings
                            .from(ConfigProvider.getConfig(ParleyDataSource.class.getClassLoader()));
                    current = new Target(settings, driverFor(settings.url()));
                    LOG.info(() -> "Database: " + settings.describe());
                    target = current;
                }
            }
        }
        return current;
    }

    private static Driver driverFor(String url) throws SQLException {
        String className;
        if (url.startsWith("jdbc:postgresql:")) {
            className = "org.postgresql.Driver";
        } else if (url.startsWith("jdbc:h2:")) {
            className = "org.h2.Driver";
        } else {
            throw new SQLException("Unsupported database URL (use jdbc:postgresql: or jdbc:h2:): " + url);
        }
        try {
            return (Driver) Class.forName(className, true, ParleyDataSource.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new SQLException("JDBC driver " + className + " is not available", e);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        Target t = target();
        Properties props = new Properties();
        t.settings().user().ifPresent(u -> props.setProperty("user", u));
        t.settings().password().ifPresent(p -> props.setProperty("password", p));
        return connect(t, props);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Properties props = new Properties();
        if (username != null) {
            props.setProperty("user", username);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        return connect(target(), props);
    }

    private static Connection connect(Target t, Properties props) throws SQLException {
        if (t.settings().url().startsWith("jdbc:postgresql:")) {
            // bounded network waits (the URL may override them): connect within 5 s; no read blocks longer than
            // 30 s even if the database host vanishes without closing the connection
            props.putIfAbsent("connectTimeout", "5");
            props.putIfAbsent("loginTimeout", "5");
            props.putIfAbsent("socketTimeout", "30");
        }
        Connection c = t.driver().connect(t.settings().url(), props);
        if (c == null) {
            throw new SQLException("Driver refused URL " + t.settings().describe());
        }
        return c;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper of " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
