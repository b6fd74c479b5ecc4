package org.parley.e2e.console;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.parley.test.support.SharedParleyServer;

/**
 * Gives a test method a {@link Browser} of its own (a fresh Chromium profile, so no cookies from other tests) looking
 * at the run's shared Parley server; closes it after the test. When the test fails, saves a screenshot and the page
 * source as {@code target/screenshots/<class>.<method>.png} and {@code .html}.
 */
public class BrowserExtension implements ParameterResolver, AfterTestExecutionCallback {

    private static final Logger LOG = Logger.getLogger(BrowserExtension.class.getName());
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NS).getOrComputeIfAbsent("browser",
                k -> new Holder(Browser.start(SharedParleyServer.shared(context), buildDir().resolve("browsers"))),
                Holder.class).browser;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Holder holder = context.getStore(NS).get("browser", Holder.class);
        if (holder == null || context.getExecutionException().isEmpty()) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        Path dir = buildDir().resolve("screenshots");
        try {
            holder.browser.saveEvidence(dir.resolve(name + ".png"), dir.resolve(name + ".html"));
        } catch (IOException | RuntimeException e) {
            // the test's own failure is what matters; say why there is no screenshot
            LOG.log(Level.WARNING, "No screenshot of failed test " + name + ": " + e);
        }
    }

    private static Path buildDir() {
        return Path.of(System.getProperty("parley.buildDir", "target"));
    }

    private static final class Holder implements ExtensionContext.Store.CloseableResource {
        final Browser browser;

        Holder(Browser browser) {
            this.browser = browser;
        }

        @Override
        public void close() {
            browser.close();
        }
    }
}
