package org.parley.sipconnector.jain;

import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where a {@code PARLEY_*} setting may be overridden at start: a Java system property of that name, or failing that
 * an environment variable of the same name.
 */
final class ConfigLookup {

    private final UnaryOperator<String> systemProperties;
    private final UnaryOperator<String> environment;

    ConfigLookup(UnaryOperator<String> systemProperties, UnaryOperator<String> environment) {
        this.systemProperties = Objects.requireNonNull(systemProperties, "systemProperties");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /** Reads the JVM's system properties and the process environment. */
    static ConfigLookup system() {
        return new ConfigLookup(System::getProperty, System::getenv);
    }

    /** The override for {@code name}, if a non-blank one is set. */
    Optional<String> override(String name) {
        return nonBlank(systemProperties.apply(name)).or(() -> nonBlank(environment.apply(name)));
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
