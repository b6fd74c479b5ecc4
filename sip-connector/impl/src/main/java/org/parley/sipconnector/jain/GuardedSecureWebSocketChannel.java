package org.parley.sipconnector.jain;

import gov.nist.javax.sip.stack.NioTcpMessageProcessor;
import gov.nist.javax.sip.stack.NioTlsWebSocketMessageChannel;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import java.io.IOException;
import java.nio.channels.SocketChannel;

/** JAIN-SIP's server side of a SIP secure WebSocket ({@code wss}), behind the connector's {@link UpgradeGate}. */
final class GuardedSecureWebSocketChannel extends NioTlsWebSocketMessageChannel {

    private final UpgradeGate gate;

    GuardedSecureWebSocketChannel(SIPTransactionStack stack, NioTcpMessageProcessor processor, SocketChannel socket,
            OriginPolicy origins) throws IOException {
        super(stack, processor, socket);
        this.gate = new UpgradeGate(origins, String.valueOf(socket.getRemoteAddress()));
    }

    /** What TLS decrypted: the upgrade request, then WebSocket frames. */
    @Override
    public void addPlaintextBytes(byte[] bytes) throws Exception {
        byte[] admitted = gate.admit(bytes);
        if (gate.state() == UpgradeGate.State.REFUSED) {
            if (socketChannel.isOpen()) {
                sendNonWebSocketMessage(UpgradeGate.FORBIDDEN, false);
                close(true, true);
            }
            return;
        }
        if (admitted.length > 0) {
            super.addPlaintextBytes(admitted);
        }
    }
}
