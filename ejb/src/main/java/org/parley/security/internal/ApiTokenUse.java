package org.parley.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.parley.security.ApiTokenRepository;

/** Notes a token's last use in a transaction of its own, so that a failed write never fails the request. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ApiTokenUse {

    @Inject
    ApiTokenRepository tokens;

    public void note(long id, Instant at) {
        tokens.find(id).ifPresent(t -> t.usedAt(at));
    }
}
