package org.parley.test.support;

import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A second server of the run, on the default settings, for the end-to-end classes that restart it, crash it or cut
 * its database off ({@code @ExtendWith(RestartableParleyServer.class)} and a {@link ParleyServer} parameter): started
 * on first use and stopped when the run ends, like the {@link SharedParleyServer}, which those classes must leave
 * alone. Each class creates what it needs under fresh numbers and leaves the server running (a restart keeps ports
 * and database), so the next class finds it serving.
 */
public class RestartableParleyServer implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ParleyServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return SharedParleyServer.shared(context, "restarts", Map.of());
    }
}
