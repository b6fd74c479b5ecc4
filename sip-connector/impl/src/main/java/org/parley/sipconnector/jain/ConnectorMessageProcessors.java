package org.parley.sipconnector.jain;

import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.stack.MessageProcessor;
import gov.nist.javax.sip.stack.MessageProcessorFactory;
import gov.nist.javax.sip.stack.NioMessageProcessorFactory;
import gov.nist.javax.sip.stack.OIOMessageProcessorFactory;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import java.io.IOException;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * JAIN-SIP's {@code MESSAGE_PROCESSOR_FACTORY}: UDP and TCP keep JAIN-SIP's default (blocking) processors, TLS is
 * JAIN-SIP's NIO one, and {@code ws}/{@code wss} are JAIN-SIP's NIO WebSocket processors whose connections first pass
 * the connector's Origin check. The origin policy travels in the stack's own properties ({@link #HTTP_PORT},
 * {@link #ORIGINS}), since JAIN-SIP creates this factory by class name.
 */
public final class ConnectorMessageProcessors implements MessageProcessorFactory {

    static final String HTTP_PORT = "org.parley.sip.CONSOLE_HTTP_PORT";
    static final String ORIGINS = "org.parley.sip.WS_ORIGINS";

    private final MessageProcessorFactory blocking = new OIOMessageProcessorFactory();
    private final MessageProcessorFactory nio = new NioMessageProcessorFactory();

    /** Called by JAIN-SIP when the stack is created. */
    public ConnectorMessageProcessors() {
        // stateless: the policy is read from each stack's properties
    }

    /** The stack properties that carry {@code policy} to this factory. */
    static void describe(OriginPolicy policy, Properties into) {
        into.setProperty(HTTP_PORT, Integer.toString(policy.consoleHttpPort()));
        into.setProperty(ORIGINS, String.join(",", policy.extraOrigins()));
    }

    @Override
    public MessageProcessor createMessageProcessor(SIPTransactionStack stack, InetAddress address, int port,
            String transport) throws IOException {
        return switch (transport.toUpperCase(java.util.Locale.ROOT)) {
            case "WS" -> new GuardedWebSocketProcessors.Plain(address, stack, port, policy(stack));
            case "WSS" -> new GuardedWebSocketProcessors.Secure(address, stack, port, policy(stack));
            case "TLS" -> nio.createMessageProcessor(stack, address, port, transport);
            default -> blocking.createMessageProcessor(stack, address, port, transport);
        };
    }

    private static OriginPolicy policy(SIPTransactionStack stack) {
        Properties p = ((SipStackImpl) stack).getConfigurationProperties();
        List<String> origins = Arrays.stream(p.getProperty(ORIGINS, "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new OriginPolicy(Integer.parseInt(p.getProperty(HTTP_PORT, "8080")), origins);
    }
}
