package org.parley.web.directory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.parley.dialplan.NumberKind;
import org.parley.directory.ExtensionInput;

/** What the extension dialog edits: plain text, checked by the service (the same rules as the REST API). */
public class ExtensionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean editing;
    private String number;
    private String displayName;
    private String sipPassword;
    private List<String> outboundClass;

    private ExtensionForm(boolean editing, String number, String displayName, List<String> outboundClass) {
        this.editing = editing;
        this.number = number;
        this.displayName = displayName;
        this.outboundClass = new ArrayList<>(outboundClass);
    }

    static ExtensionForm empty() {
        return new ExtensionForm(false, null, null,
                NumberKind.DEFAULT_CLASS.stream().sorted().map(Enum::name).toList());
    }

    static ExtensionForm of(ExtensionRow row) {
        return new ExtensionForm(true, row.getNumber(), row.getDisplayName(), row.getOutboundClass());
    }

    /**
     * The service input. A blank password means "none given": required (and said so) on creation, kept on change.
     */
    ExtensionInput toInput() {
        String password = sipPassword == null || sipPassword.isEmpty() ? null : sipPassword;
        ExtensionInput input = new ExtensionInput(number == null ? null : number.strip(), displayName, password);
        input.setOutboundClass(outboundClass == null ? List.of() : List.copyOf(outboundClass));
        return input;
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

    /** The kinds of numbers the extension may call directly (checkboxes). */
    public List<String> getOutboundClass() {
        return outboundClass;
    }

    public void setOutboundClass(List<String> outboundClass) {
        this.outboundClass = outboundClass;
    }

    /** The kinds a class may name, in order, for the checkboxes. */
    public List<NumberKind> getNumberKinds() {
        return NumberKind.classKinds().stream().sorted().toList();
    }

    public String getSipPassword() {
        return sipPassword;
    }

    public void setSipPassword(String sipPassword) {
        this.sipPassword = sipPassword;
    }
}
