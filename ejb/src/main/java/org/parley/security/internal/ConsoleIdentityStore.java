package org.parley.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.parley.security.Role;
import org.parley.security.UserAuthenticator;

/** Jakarta Security identity store over Parley's console users. */
@ApplicationScoped
public class ConsoleIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(ConsoleIdentityStore.class.getName());

    @Inject
    UserAuthenticator authenticator;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential upc)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = upc.getCaller();
        return authenticator.authenticate(username, upc.getPasswordAsString())
                .map(roles -> {
                    Set<String> groups = roles.stream().map(Role::roleName).collect(Collectors.toSet());
                    return new CredentialValidationResult(username, groups);
                })
                .orElseGet(() -> {
                    LOG.info(() -> "Sign-in refused for user " + username);
                    return CredentialValidationResult.INVALID_RESULT;
                });
    }
}
