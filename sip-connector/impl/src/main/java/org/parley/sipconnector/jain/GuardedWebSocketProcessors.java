package org.parley.sipconnector.jain;

import gov.nist.javax.sip.stack.NioTcpMessageChannel;
import gov.nist.javax.sip.stack.NioTcpMessageProcessor;
import gov.nist.javax.sip.stack.NioTlsWebSocketMessageProcessor;
import gov.nist.javax.sip.stack.NioWebSocketMessageProcessor;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.channels.SocketChannel;

/** JAIN-SIP's WebSocket listening points, handing each accepted connection to a guarded channel. */
final class GuardedWebSocketProcessors {

    private GuardedWebSocketProcessors() {
    }

    /** {@code ws}. */
    static final class Plain extends NioWebSocketMessageProcessor {
        private final OriginPolicy origins;

        Plain(InetAddress address, SIPTransactionStack stack, int port, OriginPolicy origins) {
            super(address, stack, port);
            this.origins = origins;
        }

        @Override
        public NioTcpMessageChannel createMessageChannel(NioTcpMessageProcessor processor, SocketChannel socket)
                throws IOException {
            NioTcpMessageChannel known = nioHandler.getMessageChannel(socket);
            if (known != null) {
                return known;
            }
            NioTcpMessageChannel channel = new GuardedWebSocketChannel(sipStack, processor, socket, origins);
            nioHandler.putMessageChannel(socket, channel);
            return channel;
        }
    }

    /** {@code wss}. */
    static final class Secure extends NioTlsWebSocketMessageProcessor {
        private final OriginPolicy origins;

        Secure(InetAddress address, SIPTransactionStack stack, int port, OriginPolicy origins) {
            super(address, stack, port);
            this.origins = origins;
        }

        @Override
        public NioTcpMessageChannel createMessageChannel(NioTcpMessageProcessor processor, SocketChannel socket)
                throws IOException {
            NioTcpMessageChannel known = nioHandler.getMessageChannel(socket);
            if (known != null) {
                return known;
            }
            NioTcpMessageChannel channel = new GuardedSecureWebSocketChannel(sipStack, processor, socket, origins);
            nioHandler.putMessageChannel(socket, channel);
            return channel;
        }
    }
}
