package org.parley.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.parley.directory.ExtensionService;
import org.parley.registrar.Registrations;
import org.parley.security.UserService;
import org.parley.sip.SipAccess;
import org.parley.sip.SipAccessInfo;

/**
 * The dashboard: how many extensions, registered devices and console users there are, the readiness checks that
 * {@code /health/ready} reports, and what one needs to set up a phone (SIP domain, address, transports).
 */
@Named
@RequestScoped
public class DashboardPage {

    private static final Logger LOG = Logger.getLogger(DashboardPage.class.getName());

    @Inject
    ExtensionService extensions;

    @Inject
    Registrations registrations;

    @Inject
    UserService users;

    @Inject
    SipAccessInfo sip;

    @Inject
    @Readiness
    Instance<HealthCheck> readiness;

    private List<HealthRow> health;
    private SipAccess sipAccess;

    @PostConstruct
    void check() {
        health = new ArrayList<>();
        for (HealthCheck check : readiness) {
            HealthCheckResponse r = call(check);
            Map<String, Object> data = r.getData().orElse(Map.of());
            health.add(new HealthRow(r.getName(), r.getStatus() == HealthCheckResponse.Status.UP,
                    data.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).sorted()
                            .collect(Collectors.joining(", "))));
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

    /** What a phone needs: SIP domain, the address Parley is reached at, the transports and their ports. */
    public SipAccess getSipAccess() {
        if (sipAccess == null) {
            sipAccess = sip.current();
        }
        return sipAccess;
    }
}
