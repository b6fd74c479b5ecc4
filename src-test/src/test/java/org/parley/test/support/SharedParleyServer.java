package org.parley.test.support;

import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One Parley server for every end-to-end test class of a run that declares
 * {@code @ExtendWith(SharedParleyServer.class)} and takes a {@link ParleyServer} parameter: started on first use,
 * stopped when the run ends. Tests that restart a server, crash it or cut its database off share another
 * ({@link RestartableParleyServer}); those that need settings no other test can live with share a third
 * ({@link SpecialSettingsParleyServer}) or, if they cannot share even that, start their own.
 */
public class SharedParleyServer implements ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SharedParleyServer.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ParleyServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return shared(context);
    }

    /** The server of this run, started on first use (for other extensions that need it, e.g. a browser's). */
    public static ParleyServer shared(ExtensionContext context) {
        return shared(context, "shared", Map.of());
    }

    /** The server of this run named {@code name}, started on first use with {@code environment} added. */
    static ParleyServer shared(ExtensionContext context, String name, Map<String, String> environment) {
        return context.getRoot().getStore(NS)
                .getOrComputeIfAbsent(name, k -> new Holder(ParleyServer.start(name, environment)), Holder.class)
                .server;
    }

    private static final class Holder implements ExtensionContext.Store.CloseableResource {
        final ParleyServer server;

        Holder(ParleyServer server) {
            this.server = server;
        }

        @Override
        public void close() {
            server.close();
        }
    }
}
