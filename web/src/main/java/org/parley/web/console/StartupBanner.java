package org.parley.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.security.AdminPasswordNotice;
import org.parley.sip.SipAccess;
import org.parley.sip.SipAccessInfo;

/**
 * The last lines of a start: where the console is, how to set up a phone, and (first start only) the admin password.
 */
@ApplicationScoped
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @Inject
    SipAccessInfo sip;

    @Inject
    AdminPasswordNotice adminPassword;

    @Inject
    @ConfigProperty(name = "PARLEY_HTTP_PORT", defaultValue = "8080")
    int httpPort;

    void started(@Observes @Initialized(ApplicationScoped.class) Object application) {
        LOG.info(text(sip.current(), httpPort, adminPassword.line()));
    }

    static String text(SipAccess access, int httpPort, String adminLine) {
        return String.join(System.lineSeparator(),
                "Parley is ready.",
                "  Console and REST API  http://" + access.host() + ":" + httpPort + "/  (" + adminLine + ")",
                "  SIP                   " + access.uri() + "  (domain " + access.domain() + "; "
                        + access.transportList() + ")",
                "  Phones: user = extension number, password = its SIP password, domain = " + access.domain()
                        + ", server/proxy = " + access.uri());
    }
}
