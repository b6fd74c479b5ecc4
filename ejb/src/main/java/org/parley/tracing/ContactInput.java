package org.parley.tracing;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** What a person (or a CSV row) gives to create or change a contact; numbers in any form a phone presents. */
public class ContactInput {

    @NotBlank(message = "is required")
    @Size(max = 200, message = "must be at most 200 characters")
    private String name;

    /** The company's id, if any. */
    private Long company;

    /** Or the company's exact name (any case), as a CSV import gives it. */
    @Size(max = 200, message = "must be at most 200 characters")
    private String companyName;

    @Size(max = 20, message = "must have at most 20 numbers")
    private List<String> phones = new ArrayList<>();

    @Email(message = "must be an email address")
    @Size(max = 254, message = "must be at most 254 characters")
    private String email;

    @Size(max = 4000, message = "must be at most 4000 characters")
    private String notes;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getCompany() {
        return company;
    }

    public void setCompany(Long company) {
        this.company = company;
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName == null || companyName.isBlank() ? null : companyName.strip();
    }

    public List<String> getPhones() {
        return phones;
    }

    public void setPhones(List<String> phones) {
        this.phones = phones == null ? new ArrayList<>() : phones;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
