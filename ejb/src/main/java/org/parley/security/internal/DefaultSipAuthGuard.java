package org.parley.security.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;
import org.parley.platform.error.InvalidInputException;
import org.parley.security.SipAuthFailures;
import org.parley.security.SipAuthGuard;
import org.parley.security.SipBan;
import org.parley.security.SipBanChanged;
import org.parley.security.SipBanNotFoundException;
import org.parley.trunk.AddressBlock;
import org.parley.trunk.IpLiterals;

/**
 * The SIP guard in memory ({@link SipAuthFailures}); a ban or a lifted ban is announced as {@link SipBanChanged} so
 * that the SIP connector drops (or serves again) the source's packets. One warning per ban, in the form the fail2ban
 * filter of {@code docs/security.md} reads; its counts on {@code /metrics}. The state is lost on restart.
 */
@ApplicationScoped
public class DefaultSipAuthGuard implements SipAuthGuard {

    private static final Logger LOG = Logger.getLogger(DefaultSipAuthGuard.class.getName());

    @Inject
    SipGuardSettings settings;

    @Inject
    Clock clock;

    @Inject
    Event<SipBanChanged> changes;

    private SipAuthFailures failures;
    private List<AddressBlock> neverBanned;
    private final AtomicLong failuresCounted = new AtomicLong();
    private final AtomicLong bansImposed = new AtomicLong();

    @PostConstruct
    void init() {
        failures = new SipAuthFailures(settings.policy(), clock, SipGuardSettings.CAPACITY);
        neverBanned = settings.neverBanned();
        LOG.info(() -> "SIP authentication guard: " + failures.policy() + "; never banned: " + neverBanned);
    }

    /** Created at start, so that its gauges are on {@code /metrics} from the beginning. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // the observer creates the bean
    }

    @Override
    public boolean admits(String source, String extension) {
        return failures.admits(source, extension);
    }

    @Override
    public void failed(String source, String extension, String method) {
        failuresCounted.incrementAndGet();
        if (isNeverBanned(source)) {
            return;
        }
        Optional<SipBan> ban = failures.failed(source, extension);
        if (ban.isEmpty()) {
            return;
        }
        SipBan b = ban.get();
        bansImposed.incrementAndGet();
        LOG.log(Level.WARNING, "SIP source {0} banned for {1} s after {2} failed authentications (ban {3}; last: {4} as"
                + " {5})", new Object[] {b.address(), Long.toString(Duration.between(b.since(), b.until()).toSeconds()),
                Integer.toString(b.failures()), Integer.toString(b.repeat()), method, extension});
        changes.fire(new SipBanChanged(b.address(), Optional.of(b.until())));
    }

    private boolean isNeverBanned(String source) {
        return IpLiterals.parse(source).map(a -> neverBanned.stream().anyMatch(b -> b.contains(a))).orElse(false);
    }

    @Override
    public void succeeded(String source, String extension) {
        failures.succeeded(source, extension);
    }

    @Override
    public List<SipBan> bans() {
        return failures.bans();
    }

    @Override
    public void lift(String address) {
        String source = IpLiterals.parse(address)
                .orElseThrow(() -> new InvalidInputException("address", "must be an IPv4 or IPv6 address"))
                .getHostAddress();
        if (!failures.lift(source)) {
            throw new SipBanNotFoundException(source);
        }
        LOG.log(Level.INFO, "SIP ban of {0} lifted", source);
        changes.fire(new SipBanChanged(source, Optional.empty()));
    }

    @Override
    @Gauge(name = "parley_sip_auth_failures_total", absolute = true, unit = MetricUnits.NONE,
            description = "Failed SIP digest authentications counted by the guard since start")
    public long failuresCounted() {
        return failuresCounted.get();
    }

    @Override
    @Gauge(name = "parley_sip_bans_total", absolute = true, unit = MetricUnits.NONE,
            description = "SIP source addresses banned since start")
    public long bansImposed() {
        return bansImposed.get();
    }

    @Gauge(name = "parley_sip_bans_active", absolute = true, unit = MetricUnits.NONE,
            description = "SIP source addresses banned now")
    public long bansActive() {
        return failures.bans().size();
    }
}
