package org.parley.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.parley.security.ApiTokenCredential;
import org.parley.security.ApiTokenService;
import org.parley.security.Role;

/** Jakarta Security identity store over API tokens: a valid token signs its owner in with the owner's roles. */
@ApplicationScoped
public class ApiTokenIdentityStore implements IdentityStore {

    @Inject
    ApiTokenService tokens;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof ApiTokenCredential token)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return tokens.authenticate(token.secret())
                .map(caller -> new CredentialValidationResult(caller.username(),
                        caller.roles().stream().map(Role::roleName).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
