package org.parley.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.logging.Logger;

/** Signing out of the console (a POST from the top bar, so that another site cannot sign a user out). */
@Named
@RequestScoped
public class Logout {

    private static final Logger LOG = Logger.getLogger(Logout.class.getName());

    public void signOut() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String user = request.getRemoteUser();
        request.logout();
        ConsoleSession.end(request);
        LOG.info(() -> "User " + user + " signed out of the console");
        external.redirect(external.getRequestContextPath() + ConsoleAuthentication.LOGIN_PAGE + "?signedOut=true");
    }
}
