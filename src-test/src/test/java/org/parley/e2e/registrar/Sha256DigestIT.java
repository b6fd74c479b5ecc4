package org.parley.e2e.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.Digest;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SipClient;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SpecialSettingsParleyServer;

/**
 * SHA-256 digest (RFC 8760) as the option it is: a server started with {@code PARLEY_SIP_DIGEST_ALGORITHMS=SHA-256,MD5}
 * offers both challenges in that order with one nonce, and a phone answering either registers (on the server of
 * special settings, {@link SpecialSettingsParleyServer}: the shared one runs on the default, MD5 only).
 */
@ExtendWith(SpecialSettingsParleyServer.class)
class Sha256DigestIT {

    private static final String PASSWORD = "sha256-password";
    private static ParleyServer server;

    @BeforeAll
    static void start(ParleyServer special) {
        server = special;
    }

    @Test
    void bothChallengesAreOfferedInTheConfiguredOrderAndEachAnswerRegisters() {
        String ext = Extensions.create(server, PASSWORD);
        try (SipClient phone = SipClient.udp(server)) {
            for (String algorithm : List.of("SHA-256", "MD5")) {
                SipClient.Register reg = phone.register(ext).ownContact().expires(300);
                SipMessageText challenge = reg.send();

                assertEquals(401, challenge.status());
                List<Map<String, String>> offered =
                        challenge.all("WWW-Authenticate").stream().map(Digest::challenge).toList();
                assertEquals(List.of("SHA-256", "MD5"), offered.stream().map(c -> c.get("algorithm")).toList());
                assertEquals(offered.get(0).get("nonce"), offered.get(1).get("nonce"));

                SipMessageText ok = reg.answer(challenge, PASSWORD, algorithm).send();

                assertEquals(200, ok.status(), () -> algorithm + ": " + ok);
                assertEquals(List.of(phone.contact(ext)), Registrations.contactsOf(server, ext));
            }
        }
    }
}
