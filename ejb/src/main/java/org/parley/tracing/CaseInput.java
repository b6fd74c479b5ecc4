package org.parley.tracing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** What a person gives to open or change a case file. An absent reference is made from the id ({@code C120}). */
public class CaseInput {

    @NotBlank(message = "is required")
    @Size(max = 200, message = "must be at most 200 characters")
    private String title;

    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]{0,63}", message = "must be 1 to 64 letters, digits, dots, dashes,"
            + " slashes or underscores")
    private String reference;

    @Pattern(regexp = "OPEN|CLOSED", message = "must be OPEN or CLOSED")
    private String status;

    private List<Long> contacts = new ArrayList<>();

    private List<Long> companies = new ArrayList<>();

    private List<String> followers = new ArrayList<>();

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference == null || reference.isBlank() ? null : reference.strip();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public CaseStatus status() {
        return status == null ? CaseStatus.OPEN : CaseStatus.valueOf(status);
    }

    public List<Long> getContacts() {
        return contacts;
    }

    public void setContacts(List<Long> contacts) {
        this.contacts = contacts == null ? new ArrayList<>() : contacts;
    }

    public List<Long> getCompanies() {
        return companies;
    }

    public void setCompanies(List<Long> companies) {
        this.companies = companies == null ? new ArrayList<>() : companies;
    }

    public List<String> getFollowers() {
        return followers;
    }

    public void setFollowers(List<String> followers) {
        this.followers = followers == null ? new ArrayList<>() : followers;
    }
}
