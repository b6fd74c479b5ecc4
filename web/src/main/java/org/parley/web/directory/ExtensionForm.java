package org.parley.web.directory;

import java.io.Serializable;
import org.parley.directory.ExtensionInput;

/** What the extension dialog edits: plain text, checked by the service (the same rules as the REST API). */
public class ExtensionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean editing;
    private String number;
    private String displayName;
    private String sipPassword;

    private ExtensionForm(boolean editing, String number, String displayName) {
        this.editing = editing;
        this.number = number;
        this.displayName = displayName;
    }

    static ExtensionForm empty() {
        return new ExtensionForm(false, null, null);
    }

    static ExtensionForm of(ExtensionRow row) {
        return new ExtensionForm(true, row.getNumber(), row.getDisplayName());
    }

    /**
     * The service input. A blank password means "none given": required (and said so) on creation, kept on change.
     */
    ExtensionInput toInput() {
        String password = sipPassword == null || sipPassword.isEmpty() ? null : sipPassword;
        return new ExtensionInput(number == null ? null : number.strip(), displayName, password);
    }

    /** Whether an existing extension is being changed (its number is then fixed). */
    public boolean isEditing() {
        return editing;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getSipPassword() {
        return sipPassword;
    }

    public void setSipPassword(String sipPassword) {
        this.sipPassword = sipPassword;
    }
}
