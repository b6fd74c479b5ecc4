package org.parley.test.support;

import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A third server of the run, for the end-to-end classes whose settings no other class can live with: every call
 * anchored on a media engine of four ports ({@code MediaPortsExhaustedIT}) and SHA-256 digest challenges offered
 * before MD5 ({@code Sha256DigestIT}; the test phones answer the MD5 one). Started on first use, stopped when the run
 * ends ({@code @ExtendWith(SpecialSettingsParleyServer.class)} and a {@link ParleyServer} parameter).
 */
public class SpecialSettingsParleyServer implements ParameterResolver {

    /** The media ports of this server: two anchored calls' worth (an endpoint each way, RTP only). */
    public static final String MEDIA_PORTS = "32600-32603";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ParleyServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return SharedParleyServer.shared(context, "special", Map.of("PARLEY_MEDIA_ANCHOR", "always",
                "PARLEY_MEDIA_PORTS", MEDIA_PORTS, "PARLEY_SIP_DIGEST_ALGORITHMS", "SHA-256,MD5"));
    }
}
