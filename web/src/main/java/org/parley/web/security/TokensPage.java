package org.parley.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.parley.platform.error.InvalidInputException;
import org.parley.platform.error.NotFoundException;
import org.parley.security.ApiTokenInput;
import org.parley.security.ApiTokenService;
import org.parley.security.NewApiToken;
import org.parley.web.console.CurrentUser;
import org.parley.web.console.FieldMessages;
import org.primefaces.PrimeFaces;

/**
 * The API tokens page ({@code /tokens.xhtml}, every signed-in user): the user's own tokens; create one (its secret is
 * shown once, to be copied) and revoke.
 */
@Named
@ViewScoped
public class TokensPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String DEFAULT_DAYS = "90";
    private static final Map<String, String> INPUTS = Map.of(
            "name", "tokenForm:name",
            "validDays", "tokenForm:validDays");

    @Inject
    ApiTokenService tokens;

    @Inject
    CurrentUser user;

    private List<TokenRow> rows;
    private String name;
    /** Days, as text: the page offers a choice (7 to 365); the service checks the number. */
    private String validDays = DEFAULT_DAYS;
    /** The secret of the token just created, until the dialog showing it is closed. */
    private String newSecret;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        rows = tokens.list(user.getName()).stream().map(TokenRow::new).toList();
    }

    public void startCreate() {
        name = null;
        validDays = DEFAULT_DAYS;
        newSecret = null;
    }

    public void create() {
        try {
            NewApiToken created = tokens.create(user.getName(), new ApiTokenInput(name, days()));
            newSecret = created.secret();
            FieldMessages.info("API token " + created.token().name() + " created");
            load();
            PrimeFaces.current().executeScript("PF('tokenDialog').hide();PF('secretDialog').show()");
        } catch (InvalidInputException e) {
            FieldMessages.show(e, INPUTS);
        }
    }

    private Integer days() {
        try {
            return validDays == null ? null : Integer.valueOf(validDays.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("validDays", "must be a number of days");
        }
    }

    /** Forgets the secret once its dialog is closed: it is never shown again. */
    public void forgetSecret() {
        newSecret = null;
    }

    public void revoke(TokenRow row) {
        try {
            tokens.revoke(user.getName(), row.getId());
            FieldMessages.info("API token " + row.getName() + " revoked");
        } catch (NotFoundException e) {
            FieldMessages.show(e);
        }
        load();
    }

    public List<TokenRow> getRows() {
        return rows;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getValidDays() {
        return validDays;
    }

    public void setValidDays(String validDays) {
        this.validDays = validDays;
    }

    public String getNewSecret() {
        return newSecret;
    }
}
