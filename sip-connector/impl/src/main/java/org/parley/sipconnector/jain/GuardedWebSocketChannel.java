package org.parley.sipconnector.jain;

import gov.nist.javax.sip.stack.NioTcpMessageProcessor;
import gov.nist.javax.sip.stack.NioWebSocketMessageChannel;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/** JAIN-SIP's server side of a SIP WebSocket ({@code ws}), behind the connector's {@link UpgradeGate}. */
final class GuardedWebSocketChannel extends NioWebSocketMessageChannel {

    private final UpgradeGate gate;

    GuardedWebSocketChannel(SIPTransactionStack stack, NioTcpMessageProcessor processor, SocketChannel socket,
            OriginPolicy origins) throws IOException {
        super(stack, processor, socket);
        this.gate = new UpgradeGate(origins, String.valueOf(socket.getRemoteAddress()));
    }

    @Override
    protected void addBytes(byte[] bytes) throws Exception {
        byte[] admitted = gate.admit(bytes);
        if (gate.state() == UpgradeGate.State.REFUSED) {
            if (socketChannel.isOpen()) {
                socketChannel.write(ByteBuffer.wrap(UpgradeGate.FORBIDDEN));
                close(true, true);
            }
            return;
        }
        if (admitted.length > 0) {
            super.addBytes(admitted);
        }
    }
}
