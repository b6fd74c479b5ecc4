package org.parley.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.parley.security.ThrottleRefusal;

/**
 * The login page ({@code /login.xhtml}): passes the typed credentials to Jakarta Security
 * ({@link SecurityContext#authenticate}), then opens the page the user asked for, or explains the refusal.
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    private String username;
    private String password;

    /** A note for the top of the page: why the user sees it again. */
    public String getNotice() {
        var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (params.containsKey("expired")) {
            return "Your session expired. Please sign in again.";
        }
        if (params.containsKey("signedOut")) {
            return "You have signed out.";
        }
        return null;
    }

    public void signIn() throws IOException {
        String user = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (user.isEmpty() || password == null || password.isEmpty()) {
            error("Enter your user name and password.");
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(user, new Password(password)))
                .newAuthentication(true));
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + ConsoleSession.takeReturnTo(request));
            case SEND_CONTINUE -> FacesContext.getCurrentInstance().responseComplete();
            default -> {
                Object refusal = request.getAttribute(ConsoleAuthentication.REFUSAL);
                error(refusal instanceof ThrottleRefusal r ? SignInRefusals.describe(r)
                        : "Wrong user name or password.");
            }
        }
    }

    private void error(String text) {
        password = null;
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
