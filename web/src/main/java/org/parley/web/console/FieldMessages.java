package org.parley.web.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.Optional;
import org.parley.platform.error.ConflictException;
import org.parley.platform.error.FieldError;
import org.parley.platform.error.InvalidInputException;
import org.parley.platform.error.NotFoundException;

/**
 * Turns the services' refusals into messages on a console page, the way the REST API turns them into problem+json:
 * each field error next to its input (same words as REST), the rest as a growl message. Marks the request as failed
 * validation, so that a dialog stays open.
 */
public final class FieldMessages {

    private FieldMessages() {
    }

    /**
     * @param inputs the client id of the input of each service field name (e.g. {@code number → extensionForm:number})
     */
    public static void show(InvalidInputException e, Map<String, String> inputs) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldError error : e.errors()) {
            Optional<String> input = Optional.ofNullable(inputs.get(error.field()));
            String text = input.isPresent() ? error.message() : error.field() + " " + error.message();
            faces.addMessage(input.orElse(null), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
        faces.validationFailed();
    }

    /** A conflict, next to its field when it names one. */
    public static void show(ConflictException e, Map<String, String> inputs) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String input = e.field() == null ? null : inputs.get(e.field());
        faces.addMessage(input, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        faces.validationFailed();
    }

    /** Something the user acted on is gone (e.g. deleted meanwhile). */
    public static void show(NotFoundException e) {
        error(e.getMessage());
    }

    /** A success, for the growl. */
    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** A failure, for the growl. */
    public static void error(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }
}
