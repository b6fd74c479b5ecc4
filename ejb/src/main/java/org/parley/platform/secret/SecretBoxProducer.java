package org.parley.platform.secret;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Makes Parley's one {@link SecretBox}, under the key of {@link SecretKeyFile}. */
@ApplicationScoped
public class SecretBoxProducer {

    private static final Logger LOG = Logger.getLogger(SecretBoxProducer.class.getName());

    @Inject
    @ConfigProperty(name = "PARLEY_SECRET_KEY")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "PARLEY_DATA_DIR", defaultValue = "./data")
    String dataDir;

    @Produces
    @Singleton
    SecretBox secretBox() {
        SecretKeyFile.Loaded loaded = SecretKeyFile.load(configuredKey, Path.of(dataDir));
        if (loaded.generated()) {
            LOG.warning(() -> "Secret key generated in " + loaded.origin() + ": keep it with the database backups"
                    + " (or set PARLEY_SECRET_KEY); stored trunk passwords cannot be read without it");
        } else {
            LOG.info(() -> "Secret key read from " + loaded.origin());
        }
        return new SecretBox(loaded.key());
    }
}
