package org.parley.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.parley.directory.ExtensionService;
import org.parley.registrar.Registrations;
import org.parley.security.UserService;

/**
 * The dashboard: how many extensions, registered devices and console users there are, the readiness checks that
 * {@code /health/ready} reports, and where SIP listens (from the {@code sip} check).
 */
@Named
@RequestScoped
public class DashboardPage {

    private static final Logger LOG = Logger.getLogger(DashboardPage.class.getName());
    private static final String SIP_CHECK = "sip";

    @Inject
    ExtensionService extensions;

    @Inject
    Registrations registrations;

    @Inject
    UserService users;

    @Inject
    @Readiness
    Instance<HealthCheck> readiness;

    private List<HealthRow> health;
    private Map<String, String> listeningPoints;

    @PostConstruct
    void check() {
        health = new ArrayList<>();
        listeningPoints = new TreeMap<>();
        for (HealthCheck check : readiness) {
            HealthCheckResponse r = call(check);
            Map<String, Object> data = r.getData().orElse(Map.of());
            health.add(new HealthRow(r.getName(), r.getStatus() == HealthCheckResponse.Status.UP,
                    data.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).sorted()
                            .collect(Collectors.joining(", "))));
            if (SIP_CHECK.equals(r.getName())) {
                data.forEach((transport, address) -> listeningPoints.put(transport.toUpperCase(Locale.ROOT),
                        address.toString()));
            }
        }
        health.sort(Comparator.comparing(HealthRow::getName));
    }

    private static HealthCheckResponse call(HealthCheck check) {
        try {
            return check.call();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Readiness check " + check.getClass().getName() + " failed", e);
            return HealthCheckResponse.named(check.getClass().getSimpleName()).down().build();
        }
    }

    public long getExtensionCount() {
        return extensions.count();
    }

    public int getRegisteredDevices() {
        return registrations.count();
    }

    public long getUserCount() {
        return users.count();
    }

    public List<HealthRow> getHealth() {
        return health;
    }

    public boolean isHealthy() {
        return !health.isEmpty() && health.stream().allMatch(HealthRow::isUp);
    }

    /** Transport ({@code UDP}, {@code TCP} …) and {@code host:port}, by transport. */
    public List<ListeningPointRow> getListeningPoints() {
        return listeningPoints.entrySet().stream().map(e -> new ListeningPointRow(e.getKey(), e.getValue()))
                .toList();
    }
}
