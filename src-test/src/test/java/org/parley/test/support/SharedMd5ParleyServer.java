package org.parley.test.support;

import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;

/**
 * As {@link SharedParleyServer}, a second server shared by every class of a run that declares
 * {@code @ExtendWith(SharedMd5ParleyServer.class)}: it offers only MD5 digest challenges, for phones that give up on
 * a 401 carrying SHA-256 (baresip 1.0.0, see {@code docs/testing.md}). Its tests create extensions of their own, so
 * they need no fresh server each.
 */
public class SharedMd5ParleyServer extends SharedParleyServer {

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return shared(context, "md5-only", Map.of("PARLEY_SIP_DIGEST_ALGORITHMS", "MD5"));
    }
}
