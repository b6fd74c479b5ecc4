package org.parley.web.console;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How console requests fail:
 * <ul>
 * <li>a form posted to a page whose state the server no longer has (the session expired, or a forged post without
 * the page's view state): nothing is done, and the browser goes to the login page, which says the session expired;
 * <li>any other failure of an Ajax request: logged with an incident id, and the browser goes to the 500 page (an
 * Ajax response cannot show an error page itself);
 * <li>any other failure of a full request: left to the container, which answers 500 with the 500 page (web.xml).
 * </ul>
 */
public class ConsoleExceptionHandler extends ExceptionHandlerWrapper {

    static final String LOGIN_EXPIRED = "/login.xhtml?expired=true";
    static final String ERROR_PAGE = "/error/500.jsp";

    private static final Logger LOG = Logger.getLogger(ConsoleExceptionHandler.class.getName());

    public ConsoleExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> it = getUnhandledExceptionQueuedEvents().iterator(); it.hasNext(); ) {
            Throwable t = it.next().getContext().getException();
            if (t instanceof ViewExpiredException expired) {
                it.remove();
                LOG.fine(() -> "View " + expired.getViewId() + " expired; to the login page");
                redirect(faces, LOGIN_EXPIRED);
                break;
            }
            if (faces.getPartialViewContext().isAjaxRequest() && !faces.getExternalContext().isResponseCommitted()) {
                it.remove();
                String incident = UUID.randomUUID().toString();
                LOG.log(Level.SEVERE, "Console request failed, incident " + incident, t);
                faces.getExternalContext().responseReset();
                redirect(faces, ERROR_PAGE);
                break;
            }
        }
        getWrapped().handle();
    }

    private static void redirect(FacesContext faces, String path) {
        ExternalContext external = faces.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not redirect to " + path, e);
        }
        faces.responseComplete();
    }
}
