package org.parley.web.forwarding;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.parley.forwarding.ForwardingService;
import org.parley.platform.error.InvalidInputException;
import org.parley.platform.error.NotFoundException;
import org.parley.security.UserService;
import org.parley.security.UserView;
import org.parley.web.console.CurrentUser;
import org.parley.web.console.FieldMessages;

/**
 * The "My forwarding" page ({@code /forwarding.xhtml}): every signed-in user changes the forwarding of the extension
 * linked to them, with the same fields and rules as the extension dialog's Forwarding tab.
 */
@Named
@ViewScoped
public class MyForwardingPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = ForwardingForm.inputs("forwardingForm:");

    @Inject
    ForwardingService forwarding;

    @Inject
    UserService users;

    @Inject
    CurrentUser user;

    private String extension;
    private ForwardingForm form = ForwardingForm.empty();

    @PostConstruct
    void init() {
        extension = users.find(user.getName()).flatMap(UserView::extension).orElse(null);
        if (extension != null) {
            try {
                form = ForwardingForm.of(forwarding.get(extension));
            } catch (NotFoundException e) {
                extension = null;
            }
        }
    }

    /** The extension linked to the signed-in user; empty when none. */
    public String getExtension() {
        return extension == null ? "" : extension;
    }

    public boolean isLinked() {
        return extension != null;
    }

    public ForwardingForm getForwarding() {
        return form;
    }

    public void save() {
        if (extension == null) {
            FieldMessages.error("Your user is not linked to an extension");
            return;
        }
        try {
            form = ForwardingForm.of(forwarding.update(extension, form.toInput()));
            FieldMessages.info("Forwarding of extension " + extension + " saved");
        } catch (InvalidInputException e) {
            FieldMessages.show(e, INPUTS);
        } catch (NotFoundException e) {
            FieldMessages.show(e);
        }
    }
}
