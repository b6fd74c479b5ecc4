package org.parley.platform.config;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Where Parley's database is: {@code PARLEY_DB_URL} when set (a {@code jdbc:postgresql:} URL selects PostgreSQL),
 * otherwise the embedded H2 file database under {@code PARLEY_DATA_DIR}.
 *
 * @param url      JDBC URL
 * @param user     user name, if any
 * @param password password, if any
 */
public record DatabaseSettings(String url, Optional<String> user, Optional<String> password) {

    static final String URL_KEY = "PARLEY_DB_URL";
    static final String USER_KEY = "PARLEY_DB_USER";
    static final String PASSWORD_KEY = "PARLEY_DB_PASSWORD";
    static final String DATA_DIR_KEY = "PARLEY_DATA_DIR";
    static final String DEFAULT_DATA_DIR = "./data";

    /** Reads the settings from MicroProfile Config. */
    public static DatabaseSettings from(Config config) {
        Optional<String> url = config.getOptionalValue(URL_KEY, String.class).filter(v -> !v.isBlank());
        String dataDir = config.getOptionalValue(DATA_DIR_KEY, String.class).filter(v -> !v.isBlank())
                .orElse(DEFAULT_DATA_DIR);
        return new DatabaseSettings(url.orElseGet(() -> embeddedUrl(Path.of(dataDir))),
                config.getOptionalValue(USER_KEY, String.class),
                config.getOptionalValue(PASSWORD_KEY, String.class));
    }

    /** The embedded H2 file database in the data directory. */
    static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("parley") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    public boolean embedded() {
        return url.startsWith("jdbc:h2:");
    }

    /** The URL without credentials that might be in it, for logs. */
    public String describe() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
