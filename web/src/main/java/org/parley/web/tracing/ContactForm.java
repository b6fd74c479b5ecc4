package org.parley.web.tracing;

import java.io.Serializable;
import java.util.Arrays;
import org.parley.tracing.ContactInput;
import org.parley.tracing.ContactView;

/** The contact dialog's fields. Numbers are typed in one field, separated by commas or semicolons. */
public class ContactForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String name;
    /** The company's name (picked by autocomplete). */
    private String company;
    private String phones;
    private String email;
    private String notes;

    static ContactForm empty(String phone) {
        ContactForm f = new ContactForm();
        f.phones = phone;
        return f;
    }

    static ContactForm of(ContactView c) {
        ContactForm f = new ContactForm();
        f.id = c.id();
        f.name = c.name();
        f.company = c.companyName().orElse(null);
        f.phones = String.join(", ", c.phones());
        f.email = c.email().orElse(null);
        f.notes = c.notes().orElse(null);
        return f;
    }

    ContactInput input() {
        ContactInput in = new ContactInput();
        in.setName(name);
        in.setCompanyName(company);
        in.setPhones(phones == null ? null : Arrays.stream(phones.split("[,;]")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList());
        in.setEmail(email);
        in.setNotes(notes == null || notes.isBlank() ? null : notes);
        return in;
    }

    public boolean isEditing() {
        return id != null;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getPhones() {
        return phones;
    }

    public void setPhones(String phones) {
        this.phones = phones;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
