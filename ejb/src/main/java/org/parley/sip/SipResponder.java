package org.parley.sip;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.resource.ConnectionFactoryDefinition;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.TransactionSupport;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.sipconnector.SipConnection;
import org.parley.sipconnector.SipConnectionFactory;
import org.parley.sipconnector.SipListeningPoint;
import org.parley.sipconnector.SipRequest;
import org.parley.sipconnector.SipResponseSpec;
import org.parley.sipconnector.SipSendException;

/** Sends SIP messages through the connector's outbound connection factory. */
@ConnectionFactoryDefinition(
        name = SipResponder.CONNECTION_FACTORY,
        interfaceName = "org.parley.sipconnector.SipConnectionFactory",
        resourceAdapter = "${MPCONFIG=parley.sip.resource-adapter}",
        transactionSupport = TransactionSupport.TransactionSupportLevel.NoTransaction,
        minPoolSize = 4,
        maxPoolSize = 64)
@ApplicationScoped
public class SipResponder {

    /** JNDI name of the connector's connection factory. */
    public static final String CONNECTION_FACTORY = "java:app/parley/sip";

    private static final Logger LOG = Logger.getLogger(SipResponder.class.getName());

    @Resource(lookup = CONNECTION_FACTORY)
    SipConnectionFactory factory;

    /** Answers a request; a failure to send is logged, never thrown (the connector answers 500 for the unanswered). */
    public void respond(SipRequest request, SipResponseSpec response) {
        try (SipConnection connection = factory.getConnection()) {
            connection.respond(request.transactionKey(), response);
        } catch (ResourceException | SipSendException e) {
            LOG.log(Level.WARNING, "Could not answer {0} with {1}: {2}",
                    new Object[] {request, response.statusCode(), e.getMessage()});
        }
    }

    /** Drops a non-INVITE request unanswered (the SIP guard slowing a guesser down). */
    public void discard(SipRequest request) {
        try (SipConnection connection = factory.getConnection()) {
            connection.discard(request.transactionKey());
        } catch (ResourceException | SipSendException e) {
            LOG.log(Level.WARNING, "Could not drop {0}: {1}", new Object[] {request, e.getMessage()});
        }
    }

    /**
     * Runs {@code work} with a connection; connector failures become {@link SipUnavailable} (the connector is down)
     * or pass through as {@link SipSendException} (this message could not be sent).
     */
    public <T> T withConnection(java.util.function.Function<SipConnection, T> work) {
        try (SipConnection connection = factory.getConnection()) {
            return work.apply(connection);
        } catch (ResourceException e) {
            throw new SipUnavailable(e);
        }
    }

    /** The SIP connector could not hand out a connection. */
    public static final class SipUnavailable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        SipUnavailable(ResourceException cause) {
            super("SIP connector unavailable: " + cause.getMessage(), cause);
        }
    }

    /** The connector's listening points; empty while SIP is not up. */
    public List<SipListeningPoint> listeningPoints() {
        try (SipConnection connection = factory.getConnection()) {
            return connection.listeningPoints();
        } catch (ResourceException e) {
            LOG.log(Level.WARNING, "SIP connector unavailable: {0}", e.getMessage());
            return List.of();
        }
    }
}
