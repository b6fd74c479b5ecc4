package org.parley.web.console;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.parley.platform.health.ApplicationState;

/**
 * Tells {@link ApplicationState} that the web module serves (ready needs the API and the console mapped), and marks
 * the servlet context so that Payara's starting gate ({@code org.parley.httpgate.StartingGate}, in front of every
 * web module) lets requests through to Parley from now on.
 */
@WebListener
public class WebModuleStarted implements ServletContextListener {

    /** The attribute the starting gate waits for (its {@code StartingGate.SERVING}). */
    static final String SERVING = "org.parley.web.serving";

    @Inject
    ApplicationState state;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        state.markWebServing();
        event.getServletContext().setAttribute(SERVING, Boolean.TRUE);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        event.getServletContext().removeAttribute(SERVING);
    }
}
