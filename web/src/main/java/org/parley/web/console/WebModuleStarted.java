package org.parley.web.console;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.parley.platform.health.ApplicationState;

/** Tells {@link ApplicationState} that the web module serves: ready needs the API and the console mapped. */
@WebListener
public class WebModuleStarted implements ServletContextListener {

    @Inject
    ApplicationState state;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        state.markWebServing();
    }
}
