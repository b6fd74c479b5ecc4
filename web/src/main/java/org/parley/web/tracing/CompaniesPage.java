package org.parley.web.tracing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Map;
import org.parley.platform.error.InvalidInputException;
import org.parley.platform.error.NotFoundException;
import org.parley.tracing.CompanyInput;
import org.parley.tracing.CompanyService;
import org.parley.tracing.CompanyView;
import org.parley.web.console.CurrentUser;
import org.parley.web.console.FieldMessages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

/**
 * The Companies page ({@code /companies.xhtml}): a table paged by the database with a search box, a dialog to create
 * or change a company, delete (supervisors and administrators).
 */
@Named
@ViewScoped
public class CompaniesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS = Map.of("name", "companyForm:name", "phones",
            "companyForm:phones", "notes", "companyForm:notes");

    @Inject
    transient CompanyService companies;

    @Inject
    CurrentUser user;

    private String q;
    private LazyDataModel<CompanyView> model;
    private Long editing;
    private String name;
    private String phones;
    private String notes;

    @PostConstruct
    void init() {
        model = new SearchModel<>(request -> companies.search(q, request), CompanyView::id);
    }

    public void startCreate() {
        editing = null;
        name = null;
        phones = null;
        notes = null;
    }

    public void startEdit(CompanyView company) {
        editing = company.id();
        name = company.name();
        phones = String.join(", ", company.phones());
        notes = company.notes().orElse(null);
    }

    public void save() {
        CompanyInput in = new CompanyInput();
        in.setName(name);
        in.setPhones(phones == null ? null : Arrays.stream(phones.split("[,;]")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList());
        in.setNotes(notes == null || notes.isBlank() ? null : notes);
        try {
            CompanyView saved = editing == null ? companies.create(in) : companies.update(editing, in);
            FieldMessages.info("Company " + saved.name() + " saved.");
            PrimeFaces.current().executeScript("PF('companyDialog').hide()");
        } catch (InvalidInputException e) {
            FieldMessages.show(e, INPUTS);
        } catch (NotFoundException e) {
            FieldMessages.show(e);
        }
    }

    public void delete(CompanyView company) {
        try {
            companies.delete(company.id());
            FieldMessages.info("Company " + company.name() + " deleted.");
        } catch (NotFoundException e) {
            FieldMessages.show(e);
        }
    }

    /** A company's numbers, comma-separated. */
    public String phones(CompanyView company) {
        return String.join(", ", company.phones());
    }

    public boolean isManager() {
        return user.isAdmin() || user.isSupervisor();
    }

    public boolean isEditing() {
        return editing != null;
    }

    public LazyDataModel<CompanyView> getModel() {
        return model;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhones() {
        return phones;
    }

    public void setPhones(String phones) {
        this.phones = phones;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
