package org.parley.e2e.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Users;
import org.parley.test.support.Await;
import org.parley.test.support.LoopbackHttp;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;

/**
 * Repeated failed sign-ins are slowed down, per user and per client address (the policy itself is unit-tested with a
 * fixed clock in LoginFailuresTest). Each test sends from a loopback address of its own, so that its failures do not
 * count against the other tests' address, 127.0.0.1.
 */
@ExtendWith(SharedParleyServer.class)
class LoginThrottleIT {

    @Test
    void afterFiveFailuresAUserMustWaitAndIsToldHowLong(ParleyServer server) {
        Users.User user = Users.create(server, "agent");
        LoopbackHttp client = LoopbackHttp.from(21);
        String me = server.baseUrl() + "/api/me";
        for (int i = 0; i < 5; i++) {
            assertEquals(401, client.get(me, basic(user.username(), "wrong-" + i)).status());
        }

        LoopbackHttp.Response early = client.get(me, basic(user.username(), user.password()));
        assertEquals(429, early.status(), "even the right password is refused when it comes too early");
        assertEquals("1", early.header("Retry-After"));
        assertTrue(early.header("Content-Type").startsWith("application/problem+json"));
        assertTrue(early.body().contains("wait 1 second"), early.body());
        assertEquals(429, client.get(me, basic(user.username(), user.password())).status());
        assertEquals(1, count(server.logText(), "Sign-in refused for user " + user.username() + " from 127.0.0.21"),
                "a run of refusals is logged once");

        LoopbackHttp.Response allowed = Await.value(Duration.ofSeconds(10), "the delay to pass",
                () -> client.get(me, basic(user.username(), user.password())), r -> r.status() != 429);
        assertEquals(200, allowed.status());
        assertEquals(401, client.get(me, basic(user.username(), "wrong-again")).status(),
                "a success forgets the user's failures: the next failure is the first again");
    }

    @Test
    void anAddressTryingManyUsersIsSlowedDownForEveryUser(ParleyServer server) {
        Users.User user = Users.create(server, "agent");
        LoopbackHttp sprayer = LoopbackHttp.from(22);
        String me = server.baseUrl() + "/api/me";
        for (int i = 0; i < 30; i++) {
            assertEquals(401, sprayer.get(me, basic(Users.freshName("guess"), "password")).status());
        }

        assertEquals(429, sprayer.get(me, basic(user.username(), user.password())).status(),
                "30 failures from one address: that address waits, whichever user it names");
        assertEquals(200, LoopbackHttp.from(23).get(me, basic(user.username(), user.password())).status(),
                "the same user from elsewhere is not held back");
    }

    @Test
    void guessesFromAnotherAddressDoNotLockAUserOutOfTheirUsualAddress(ParleyServer server) {
        Users.User user = Users.create(server, "admin");
        String me = server.baseUrl() + "/api/me";
        LoopbackHttp office = LoopbackHttp.from(25);
        assertEquals(200, office.get(me, basic(user.username(), user.password())).status());

        LoopbackHttp attacker = LoopbackHttp.from(26);
        for (int i = 0; i < 10; i++) {
            assertEquals(401, Await.value(Duration.ofSeconds(120), "the attacker's next guess to be checked",
                    () -> attacker.get(me, basic(user.username(), "guess-" + System.nanoTime())),
                    r -> r.status() != 429).status());
        }

        assertEquals(429, attacker.get(me, basic(user.username(), user.password())).status(),
                "the guessing address is locked out for that user, right password or not");
        assertEquals(200, office.get(me, basic(user.username(), user.password())).status(),
                "the user signs in from where they signed in before");
        assertEquals(429, LoopbackHttp.from(27).get(me, basic(user.username(), user.password())).status(),
                "an address the user never signed in from is held back by the user's lockout");
    }

    @Test
    void wrongTokensCountAgainstTheAddress(ParleyServer server) {
        LoopbackHttp client = LoopbackHttp.from(24);
        String me = server.baseUrl() + "/api/me";
        for (int i = 0; i < 30; i++) {
            assertEquals(401, client.get(me, "Bearer parley_" + "B".repeat(30) + String.format("%02d", i)).status());
        }

        assertEquals(429, client.get(me, "Bearer parley_" + "C".repeat(32)).status());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static int count(String text, String fragment) {
        Matcher m = Pattern.compile(Pattern.quote(fragment)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
