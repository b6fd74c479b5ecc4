package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;

/** Trunks and routes for call tests, made through the REST API and removed afterwards. */
final class Trunks implements AutoCloseable {

    /** The carrier's address: a loopback address of its own, so that Parley tells it from the phones. */
    static final String CARRIER_IP = "127.0.0.2";

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final ParleyServer server;
    private final String trunk;
    private String outboundRoute;
    private String inboundDid;

    private Trunks(ParleyServer server, String trunk) {
        this.server = server;
        this.trunk = trunk;
    }

    /** A trunk to a carrier at {@link #CARRIER_IP}:{@code port}; {@code extraJson} adds fields (e.g. caller ID). */
    static Trunks create(ParleyServer server, int carrierPort, String extraJson) {
        String name = "carrier-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet();
        RestClient.Response r = server.admin().post("/api/trunks", "{\"name\":\"" + name + "\",\"host\":\""
                + CARRIER_IP + "\",\"port\":" + carrierPort + (extraJson.isEmpty() ? "" : "," + extraJson) + "}");
        assertEquals(201, r.status(), () -> "creating trunk " + name + ": " + r);
        return new Trunks(server, name);
    }

    String name() {
        return trunk;
    }

    /** An outbound route of priority 0 taking national numbers starting with {@code prefix} to this trunk. */
    Trunks routeOutbound(String prefix) {
        return routeOutbound("NATIONAL", prefix);
    }

    /** An outbound route of priority 0 taking numbers of {@code numberClass} starting with {@code prefix}. */
    Trunks routeOutbound(String numberClass, String prefix) {
        outboundRoute = "call-out-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet();
        RestClient.Response r = server.admin().post("/api/routes/outbound", "{\"name\":\"" + outboundRoute
                + "\",\"priority\":0,\"numberClass\":\"" + numberClass + "\",\"prefix\":\"" + prefix
                + "\",\"trunk\":\"" + trunk + "\"}");
        assertEquals(201, r.status(), () -> "creating outbound route: " + r);
        return this;
    }

    /** An outbound route of priority 0 taking emergency numbers (an emergency route has no prefix). */
    Trunks routeEmergency() {
        outboundRoute = "call-out-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet();
        RestClient.Response r = server.admin().post("/api/routes/outbound", "{\"name\":\"" + outboundRoute
                + "\",\"priority\":0,\"numberClass\":\"EMERGENCY\",\"trunk\":\"" + trunk + "\"}");
        assertEquals(201, r.status(), () -> "creating emergency route: " + r);
        return this;
    }

    /** An inbound route: calls from a carrier for {@code did} ring {@code extension}. */
    Trunks routeInbound(String did, String extension) {
        RestClient.Response r = server.admin().post("/api/routes/inbound",
                "{\"did\":\"" + did + "\",\"extension\":\"" + extension + "\"}");
        assertEquals(201, r.status(), () -> "creating inbound route: " + r);
        inboundDid = r.json().getString("did");
        return this;
    }

    /** A French landline number in national format (02 98 …) no other test of this run uses. */
    static String freshNationalNumber() {
        return String.format("0298%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    /** The E.164 form of a French national number. */
    static String e164(String national) {
        return "+33" + national.substring(1);
    }

    @Override
    public void close() {
        if (outboundRoute != null) {
            server.admin().delete("/api/routes/outbound/" + outboundRoute);
        }
        if (inboundDid != null) {
            server.admin().delete("/api/routes/inbound/" + inboundDid);
        }
        server.admin().delete("/api/trunks/" + trunk);
    }
}
