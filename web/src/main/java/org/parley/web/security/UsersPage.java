package org.parley.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.parley.platform.error.ConflictException;
import org.parley.platform.error.InvalidInputException;
import org.parley.platform.error.NotFoundException;
import org.parley.platform.paging.PageRequest;
import org.parley.security.Role;
import org.parley.security.UserService;
import org.parley.security.UserView;
import org.parley.web.console.FieldMessages;
import org.parley.web.console.PasswordGenerator;
import org.primefaces.PrimeFaces;

/**
 * The users page ({@code /users.xhtml}, administrators only, see web.xml): console users with their roles and linked
 * extension; dialogs to create or change a user (roles, extension, enabled) and to reset a password.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> USER_INPUTS = Map.of(
            "username", "userForm:username",
            "roles", "userForm:roles",
            "extension", "userForm:extension",
            "enabled", "userForm:enabled",
            "password", "userForm:password");
    private static final Map<String, String> PASSWORD_INPUTS = Map.of("password", "passwordForm:newPassword");
    private static final int GENERATED_PASSWORD_LENGTH = 16;

    @Inject
    UserService users;

    private List<UserRow> rows;
    private UserForm form = UserForm.empty();

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        rows = users.list(new PageRequest(0, PageRequest.MAX_SIZE)).items().stream().map(UserRow::new).toList();
    }

    public List<UserRow> getRows() {
        return rows;
    }

    public UserForm getForm() {
        return form;
    }

    /** The roles a user can have, for the dialog's check boxes. */
    public List<String> getAllRoles() {
        return List.of(Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME);
    }

    public void startCreate() {
        form = UserForm.empty();
    }

    public void startEdit(UserRow row) {
        form = UserForm.of(row);
    }

    public void startPasswordReset(UserRow row) {
        form = UserForm.forPassword(row);
    }

    public void generatePassword() {
        form.setPassword(PasswordGenerator.generate(GENERATED_PASSWORD_LENGTH));
    }

    public void save() {
        try {
            UserView saved = form.isEditing() ? users.update(form.getUsername(), form.toInput())
                    : users.create(form.toInput());
            FieldMessages.info("User " + saved.username() + (form.isEditing() ? " saved" : " created"));
            done("userDialog");
        } catch (InvalidInputException e) {
            FieldMessages.show(e, USER_INPUTS);
        } catch (ConflictException e) {
            FieldMessages.show(e, USER_INPUTS);
        } catch (NotFoundException e) {
            FieldMessages.show(e);
        }
    }

    public void resetPassword() {
        try {
            users.resetPassword(form.getUsername(), form.toPasswordInput());
            FieldMessages.info("Password of " + form.getUsername() + " reset");
            done("passwordDialog");
        } catch (InvalidInputException e) {
            FieldMessages.show(e, PASSWORD_INPUTS);
        } catch (NotFoundException e) {
            FieldMessages.show(e);
        }
    }

    private void done(String dialog) {
        form = UserForm.empty();
        load();
        PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
    }
}
