package org.parley.tracing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** What a person gives to create or change a company; numbers in any form a phone presents. */
public class CompanyInput {

    @NotBlank(message = "is required")
    @Size(max = 200, message = "must be at most 200 characters")
    private String name;

    @Size(max = 20, message = "must have at most 20 numbers")
    private List<String> phones = new ArrayList<>();

    @Size(max = 4000, message = "must be at most 4000 characters")
    private String notes;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getPhones() {
        return phones;
    }

    public void setPhones(List<String> phones) {
        this.phones = phones == null ? new ArrayList<>() : phones;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
