package org.parley.sipconnector.jain;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.TransactionSupport;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sip.SipException;
import javax.transaction.xa.XAResource;
import org.parley.sipconnector.media.MediaSettings;

/**
 * The SIP connector's resource adapter: owns one JAIN-SIP stack with UDP and TCP listening points (plus WebSocket,
 * and secure WebSocket and TLS when a keystore is configured: {@link WebTransports}), started in
 * {@link #start(BootstrapContext)} and stopped with all its threads in {@link #stop()}. Received messages go to the
 * activated {@code SipMessageListener} endpoint on the bootstrap context's work manager; the application answers
 * through {@code SipConnectionFactory}.
 *
 * <p>Each configuration property may be overridden at start by a Java system property or, failing that, an
 * environment variable: {@code PARLEY_SIP_HOST}, {@code PARLEY_SIP_PORT}, {@code PARLEY_SIP_MAX_IN_FLIGHT},
 * {@code PARLEY_SIP_STACK_THREADS}, {@code PARLEY_SIP_ADVERTISED_HOST}, {@code PARLEY_SIP_WS_PORT}; the media engine reads
 * {@code PARLEY_MEDIA_ADDRESS}, {@code PARLEY_MEDIA_PORTS} and {@code PARLEY_MEDIA_RTP_TIMEOUT} the same way.
 */
@Connector(
        displayName = "Parley SIP connector",
        description = "SIP over UDP, TCP, WebSocket and TLS through the JAIN-SIP stack",
        vendorName = "Parley",
        eisType = "SIP",
        version = "0.1",
        transactionSupport = TransactionSupport.TransactionSupportLevel.NoTransaction,
        reauthenticationSupport = false)
public class SipResourceAdapter implements ResourceAdapter {

    private static final Logger LOG = Logger.getLogger(SipResourceAdapter.class.getName());

    @ConfigProperty(defaultValue = "0.0.0.0",
            description = "Address the listening points bind to; overridden by PARLEY_SIP_HOST")
    private String sipHost = "0.0.0.0";

    @ConfigProperty(defaultValue = "5060",
            description = "UDP and TCP port; overridden by PARLEY_SIP_PORT")
    private Integer sipPort = 5060;

    @ConfigProperty(defaultValue = "4000",
            description = "Requests handed to the application and not yet finished, beyond which new ones get 503; "
                    + "overridden by PARLEY_SIP_MAX_IN_FLIGHT")
    private Integer maxInFlight = 4000;

    @ConfigProperty(defaultValue = "200",
            description = "New calls (INVITEs opening a leg) handed to the application and not yet decided, beyond "
                    + "which a new call gets 503 with Retry-After at once; overridden by PARLEY_SIP_MAX_CALL_SETUPS")
    private Integer maxCallSetups = SipSettings.DEFAULT_MAX_CALL_SETUPS;

    @ConfigProperty(defaultValue = "4",
            description = "JAIN-SIP message-processing threads (THREAD_POOL_SIZE); "
                    + "overridden by PARLEY_SIP_STACK_THREADS")
    private Integer stackThreads = 4;

    @ConfigProperty(defaultValue = "",
            description = "Address written in the connector's Via and Contact headers (the public address behind "
                    + "NAT); empty for sipHost, or the first non-loopback address when sipHost is a wildcard; "
                    + "overridden by PARLEY_SIP_ADVERTISED_HOST")
    private String sipAdvertisedHost = "";

    @ConfigProperty(defaultValue = "5066",
            description = "SIP over WebSocket (RFC 7118) port, 0 for none; overridden by PARLEY_SIP_WS_PORT "
                    + "(a number or off)")
    private Integer sipWsPort = WebTransports.DEFAULT_WS_PORT;

    private final MessageEndpoints endpoints = new MessageEndpoints();
    private ConfigLookup overrides = ConfigLookup.system();
    private Timing timing = Timing.DEFAULT;
    private volatile ConnectorRuntime runtime;

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        if (runtime != null) {
            throw new ResourceAdapterInternalException("The SIP connector is already started");
        }
        SipSettings settings = settings();
        MediaSettings media = mediaSettings(settings);
        ConnectorRuntime started;
        try {
            started = ConnectorRuntime.start(settings, media, timing, context.getWorkManager(), endpoints);
        } catch (SipException e) {
            throw new ResourceAdapterInternalException("SIP connector cannot start: " + e.getMessage(), e);
        }
        runtime = started;
        LOG.log(Level.INFO, "SIP connector listening on {0} ({1} messages in flight at most, {2} new calls being set up at"
                + " most, {3} stack threads)",
                new Object[] {started.listeningPoints().stream()
                        .map(lp -> lp.transport() + " " + lp.host() + ":" + lp.port())
                        .collect(Collectors.joining(", ")),
                        String.valueOf(settings.maxInFlight()), String.valueOf(settings.maxCallSetups()),
                        String.valueOf(settings.stackThreads())});
    }

    private SipSettings settings() throws ResourceAdapterInternalException {
        try {
            SipSettings configured = new SipSettings(String.valueOf(sipHost), set(sipPort, "sipPort"),
                    set(maxInFlight, "maxInFlight"), set(stackThreads, "stackThreads"),
                    sipAdvertisedHost == null ? "" : sipAdvertisedHost, SipSettings.DEFAULT_SCANNER_AGENTS,
                    new WebTransports(set(sipWsPort, "sipWsPort"), 0, 0, Optional.empty(),
                            WebTransports.NONE.origins()), set(maxCallSetups, "maxCallSetups"));
            return SipSettings.resolve(configured, overrides);
        } catch (IllegalArgumentException e) {
            throw new ResourceAdapterInternalException("Invalid SIP connector configuration: " + e.getMessage(), e);
        }
    }

    private MediaSettings mediaSettings(SipSettings sip) throws ResourceAdapterInternalException {
        try {
            return MediaSettings.resolve(overrides::override, sip.host(), ConnectorRuntime.advertisedHost(sip));
        } catch (IllegalArgumentException e) {
            throw new ResourceAdapterInternalException("Invalid media configuration: " + e.getMessage(), e);
        }
    }

    private static int set(Integer value, String property) {
        if (value == null) {
            throw new IllegalArgumentException(property + " must be set");
        }
        return value;
    }

    @Override
    public void stop() {
        ConnectorRuntime stopping = runtime;
        runtime = null;
        if (stopping != null) {
            stopping.stop();
            LOG.info("SIP connector stopped");
        }
    }

    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec) throws ResourceException {
        if (!(spec instanceof SipActivationSpec)) {
            throw new NotSupportedException("The SIP connector activates SipActivationSpec only, not " + spec);
        }
        endpoints.activate(factory);
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
        endpoints.deactivate(factory);
    }

    /** No XA: the connector's messages are not transactional resources. */
    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }

    /** The running stack, while the adapter is started. */
    Optional<ConnectorRuntime> runtime() {
        return Optional.ofNullable(runtime);
    }

    /** Replaces the SIP timers (tests shorten T1 to run timeout flows quickly); takes effect at the next start. */
    void timing(Timing value) {
        this.timing = Objects.requireNonNull(value, "timing");
    }

    /** Replaces where overrides are read from (tests). */
    void overrideFrom(ConfigLookup lookup) {
        this.overrides = Objects.requireNonNull(lookup, "lookup");
    }

    public String getSipHost() {
        return sipHost;
    }

    public void setSipHost(String sipHost) {
        this.sipHost = sipHost;
    }

    public Integer getSipPort() {
        return sipPort;
    }

    public void setSipPort(Integer sipPort) {
        this.sipPort = sipPort;
    }

    public Integer getMaxCallSetups() {
        return maxCallSetups;
    }

    public void setMaxCallSetups(Integer maxCallSetups) {
        this.maxCallSetups = maxCallSetups;
    }

    public Integer getMaxInFlight() {
        return maxInFlight;
    }

    public void setMaxInFlight(Integer maxInFlight) {
        this.maxInFlight = maxInFlight;
    }

    public String getSipAdvertisedHost() {
        return sipAdvertisedHost;
    }

    public void setSipAdvertisedHost(String sipAdvertisedHost) {
        this.sipAdvertisedHost = sipAdvertisedHost;
    }

    public Integer getSipWsPort() {
        return sipWsPort;
    }

    public void setSipWsPort(Integer sipWsPort) {
        this.sipWsPort = sipWsPort;
    }

    public Integer getStackThreads() {
        return stackThreads;
    }

    public void setStackThreads(Integer stackThreads) {
        this.stackThreads = stackThreads;
    }
}
