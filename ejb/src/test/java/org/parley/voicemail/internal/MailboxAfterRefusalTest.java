package org.parley.voicemail.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.directory.Directory;
import org.parley.voicemail.BoxSettings;
import org.parley.voicemail.MailboxKind;
import org.parley.voicemail.VoicemailSettings;

/**
 * Where a call goes when a "press 1 to accept" device did not accept it: the company voicemail
 * ({@code PARLEY_COMPANY_MAILBOX}) when that box exists and is on, else the forwarding extension's own box when on.
 */
class MailboxAfterRefusalTest {

    private static final VoicemailSettings PLAIN = VoicemailSettings.of(180, false, Path.of("data"));

    private static VoicemailDeposits deposits(VoicemailSettings settings, BoxSettings... stored) {
        MailboxDirectory boxes = new MailboxDirectory();
        boxes.settings = settings;
        // no extension exists besides the stored boxes
        boxes.extensions = (Directory) Proxy.newProxyInstance(Directory.class.getClassLoader(),
                new Class<?>[] {Directory.class}, (proxy, method, args) -> Optional.empty());
        boxes.load(List.of(stored));
        VoicemailDeposits deposits = new VoicemailDeposits();
        deposits.boxes = boxes;
        deposits.settings = settings;
        return deposits;
    }

    private static BoxSettings box(String number, MailboxKind kind, boolean on) {
        return new BoxSettings(number, kind, "Box " + number, on, List.of(), Optional.empty());
    }

    @Test
    void theCompanyVoicemailTakesTheCall() {
        VoicemailDeposits d = deposits(PLAIN.withCompanyMailbox("7990"), box("7990", MailboxKind.SHARED, true),
                box("2002", MailboxKind.EXTENSION, true));

        assertEquals(Optional.of("7990"), d.mailboxAfterRefusal("2002"));
    }

    @Test
    void withoutACompanyVoicemailTheExtensionsOwnBoxTakesIt() {
        assertEquals(Optional.of("2002"), deposits(PLAIN, box("2002", MailboxKind.EXTENSION, true))
                .mailboxAfterRefusal("2002"));
    }

    @Test
    void aCompanyBoxThatDoesNotExistOrIsOffIsPassedOver() {
        assertEquals(Optional.of("2002"), deposits(PLAIN.withCompanyMailbox("7990"),
                box("2002", MailboxKind.EXTENSION, true)).mailboxAfterRefusal("2002"));
        assertEquals(Optional.of("2002"), deposits(PLAIN.withCompanyMailbox("7990"),
                box("7990", MailboxKind.SHARED, false), box("2002", MailboxKind.EXTENSION, true))
                .mailboxAfterRefusal("2002"));
    }

    @Test
    void noBoxOnLeavesNone() {
        assertEquals(Optional.empty(), deposits(PLAIN, box("2002", MailboxKind.EXTENSION, false))
                .mailboxAfterRefusal("2002"));
    }
}
