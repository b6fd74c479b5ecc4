package org.parley.web.directory;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.parley.forwarding.ForwardingService;
import org.parley.platform.error.ConflictException;
import org.parley.platform.error.InvalidInputException;
import org.parley.platform.error.NotFoundException;
import org.parley.web.console.CurrentUser;
import org.parley.web.console.FieldMessages;
import org.parley.web.console.PasswordGenerator;
import org.parley.web.forwarding.ForwardingForm;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

/**
 * The extensions page ({@code /extensions.xhtml}): a table sorted, filtered and paged by the database, a dialog to
 * create or change an extension, and delete. Refusals come from the service, as in the REST API, and are shown next
 * to the fields. Supervisors see the table; only administrators change it.
 */
@Named
@ViewScoped
public class ExtensionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String DIALOG = "extensionDialog";
    /** Service field → input of the dialog. */
    private static final Map<String, String> INPUTS = Map.of(
            "number", "extensionForm:tabs:number",
            "displayName", "extensionForm:tabs:displayName",
            "sipPassword", "extensionForm:tabs:sipPassword");
    /** Forwarding field → input of the dialog's Forwarding tab. */
    private static final Map<String, String> FORWARDING_INPUTS = ForwardingForm.inputs("extensionForm:tabs:");
    private static final int GENERATED_PASSWORD_LENGTH = 20;

    @Inject
    ExtensionFacade facade;

    @Inject
    CurrentUser user;

    @Inject
    ForwardingService forwarding;

    private LazyDataModel<ExtensionRow> extensions;
    private ExtensionForm form = ExtensionForm.empty();
    private ForwardingForm forwardingForm = ForwardingForm.empty();

    @PostConstruct
    void init() {
        extensions = new ExtensionLazyModel(facade);
    }

    public LazyDataModel<ExtensionRow> getExtensions() {
        return extensions;
    }

    public ExtensionForm getForm() {
        return form;
    }

    /** The Forwarding tab of the dialog (an existing extension only). */
    public ForwardingForm getForwarding() {
        return forwardingForm;
    }

    /** Opens the dialog for a new extension. */
    public void startCreate() {
        form = ExtensionForm.empty();
        forwardingForm = ForwardingForm.empty();
    }

    /** Opens the dialog for an existing extension. */
    public void startEdit(ExtensionRow row) {
        form = ExtensionForm.of(row);
        try {
            forwardingForm = ForwardingForm.of(forwarding.get(row.getNumber()));
        } catch (NotFoundException e) {
            forwardingForm = ForwardingForm.empty();
            FieldMessages.show(e);
        }
    }

    /** Fills the SIP password with a random one, shown in the dialog to be copied (it is never shown again). */
    public void generatePassword() {
        form.setSipPassword(PasswordGenerator.generate(GENERATED_PASSWORD_LENGTH));
    }

    public void save() {
        if (!mayChange()) {
            return;
        }
        try {
            if (form.isEditing()) {
                if (!saveForwarding()) {
                    return;
                }
                ExtensionDto changed = facade.update(form.getNumber(), form.toInput());
                FieldMessages.info("Extension " + changed.number + " saved");
            } else {
                ExtensionDto created = facade.create(form.toInput());
                FieldMessages.info("Extension " + created.number + " created");
            }
            form = ExtensionForm.empty();
            forwardingForm = ForwardingForm.empty();
            PrimeFaces.current().executeScript("PF('" + DIALOG + "').hide()");
        } catch (InvalidInputException e) {
            FieldMessages.show(e, INPUTS);
        } catch (ConflictException e) {
            FieldMessages.show(e, INPUTS);
        } catch (NotFoundException e) {
            FieldMessages.show(e);
        }
    }

    /** Stores the Forwarding tab first: its refusals are shown next to its fields and nothing else is saved. */
    private boolean saveForwarding() {
        try {
            forwarding.update(form.getNumber(), forwardingForm.toInput());
            return true;
        } catch (InvalidInputException e) {
            FieldMessages.show(e, FORWARDING_INPUTS);
            FieldMessages.error("Forwarding not saved: see the Forwarding tab");
            return false;
        }
    }

    public void delete(ExtensionRow row) {
        if (!mayChange()) {
            return;
        }
        try {
            facade.delete(row.getNumber());
            FieldMessages.info("Extension " + row.getNumber() + " deleted");
        } catch (NotFoundException e) {
            FieldMessages.show(e);
        }
    }

    private boolean mayChange() {
        if (!user.isAdmin()) {
            FieldMessages.error("Only administrators change extensions");
            return false;
        }
        return true;
    }
}
