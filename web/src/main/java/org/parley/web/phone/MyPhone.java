package org.parley.web.phone;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.parley.directory.Directory;
import org.parley.directory.ExtensionView;
import org.parley.platform.config.SipDomain;
import org.parley.registrar.PhoneCredential;
import org.parley.registrar.PhoneCredentials;
import org.parley.security.UserService;
import org.parley.security.UserView;

/** The browser phone of a console user: their linked extension and an issued credential for it. */
@RequestScoped
public class MyPhone {

    @Inject
    UserService users;

    @Inject
    Directory directory;

    @Inject
    SipDomain domain;

    @Inject
    PhoneSettings settings;

    @Inject
    PhoneCredentials credentials;

    /** The user's linked extension, if they have one and SIP over WebSocket is on. */
    public Optional<String> extensionOf(String username) {
        if (settings.wsPort().isEmpty()) {
            return Optional.empty();
        }
        return users.find(username).filter(UserView::enabled).flatMap(UserView::extension);
    }

    /**
     * Issues the phone of {@code username}, reached from a browser that used {@code host} for the console.
     *
     * @throws NoPhoneException without a linked extension or with SIP over WebSocket off
     */
    public PhoneDto issue(String username, String host) {
        String extension = extensionOf(username)
                .orElseThrow(() -> new NoPhoneException(username, settings.wsPort().isEmpty()
                        ? "SIP over WebSocket is off" : "no linked extension"));
        PhoneCredential credential = credentials.issue(extension);
        PhoneDto d = new PhoneDto();
        d.extension = extension;
        d.displayName = directory.extension(extension).map(ExtensionView::displayName)
                .filter(n -> !n.isBlank()).orElse(extension);
        d.wsUri = settings.wsUri(host).orElseThrow();
        d.uri = "sip:" + extension + "@" + domain.name();
        d.authUser = extension;
        d.password = credential.password();
        d.realm = domain.realm();
        d.expiresAt = credential.expiresAt();
        return d;
    }
}
