package org.parley.e2e.trunk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.Ports;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.Sipp;

/**
 * A trunk that registers, with SIPp as the carrier's registrar on loopback: Parley answers its digest challenge with
 * the stored (encrypted) password, and the trunk's REST representation shows how the registration stands.
 */
@ExtendWith(SharedParleyServer.class)
class TrunkRegistrationIT {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Duration WITHIN = Duration.ofSeconds(20);

    private static String freshName() {
        return "reg-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet();
    }

    private static RestClient.Response createRegisteringTrunk(ParleyServer server, String name, int carrierPort,
            String password) {
        RestClient.Response r = server.admin().post("/api/trunks", "{\"name\":\"" + name + "\",\"host\":\"127.0.0.1\","
                + "\"port\":" + carrierPort + ",\"username\":\"acct-reg\",\"password\":\"" + password + "\","
                + "\"register\":true,\"registerExpires\":300}");
        assertEquals(201, r.status(), r::toString);
        return r;
    }

    private static JsonObject registrationOf(ParleyServer server, String name) {
        return server.admin().get("/api/trunks/" + name).json().getJsonObject("registration");
    }

    @Test
    void aTrunkRegistersAtItsCarrierWithItsPassword(ParleyServer server) {
        int carrierPort = Ports.freeTcpAndUdp();
        Sipp.Running carrier = Sipp.scenario("uas_registrar").user("acct-reg", "carrier-pw").localPort(carrierPort)
                .start(server).listeningOn(carrierPort);
        String name = freshName();
        try {
            createRegisteringTrunk(server, name, carrierPort, "carrier-pw");

            Await.until(WITHIN, "trunk " + name + " registered",
                    () -> registrationOf(server, name).getString("state").equals("registered"));
            JsonObject registration = registrationOf(server, name);
            assertEquals(200, registration.getInt("statusCode"));
            assertTrue(registration.containsKey("since"), registration::toString);
            Sipp.Result result = carrier.await();
            assertTrue(result.allSucceeded(), result::toString);
        } finally {
            carrier.kill();
            server.admin().delete("/api/trunks/" + name);
        }
    }

    @Test
    void aRefusedRegistrationShowsTheCarriersAnswer(ParleyServer server) {
        int carrierPort = Ports.freeTcpAndUdp();
        Sipp.Running carrier = Sipp.scenario("uas_registrar").user("acct-reg", "carrier-pw").localPort(carrierPort)
                .start(server).listeningOn(carrierPort);
        String name = freshName();
        try {
            createRegisteringTrunk(server, name, carrierPort, "not-the-carrier-pw");

            Await.until(WITHIN, "trunk " + name + " refused with 403", () -> {
                JsonObject r = registrationOf(server, name);
                return r.getString("state").equals("failed") && r.getInt("statusCode", 0) == 403;
            });
        } finally {
            carrier.kill();
            server.admin().delete("/api/trunks/" + name);
        }
    }
}
