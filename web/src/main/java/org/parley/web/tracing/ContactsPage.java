package org.parley.web.tracing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.platform.error.FieldError;
import org.parley.platform.error.InvalidInputException;
import org.parley.platform.error.NotFoundException;
import org.parley.platform.paging.PageRequest;
import org.parley.tracing.CompanyService;
import org.parley.tracing.CompanyView;
import org.parley.tracing.ContactService;
import org.parley.tracing.ContactView;
import org.parley.web.console.CurrentUser;
import org.parley.web.console.FieldMessages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The Contacts page ({@code /contacts.xhtml}): a table paged by the database with a search box (any part of a name or
 * number), a dialog to create or change a contact (its company by autocomplete), CSV import with a report of the bad
 * rows, and export. {@code ?phone=} opens the dialog for a new contact with that number ("create contact").
 */
@Named
@ViewScoped
public class ContactsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS = Map.of("name", "contactForm:name", "companyName",
            "contactForm:company", "phones", "contactForm:phones", "email", "contactForm:email", "notes",
            "contactForm:notes");

    @Inject
    transient ContactService contacts;

    @Inject
    transient CompanyService companies;

    @Inject
    CurrentUser user;

    private String q;
    private boolean openOnLoad;
    private LazyDataModel<ContactView> model;
    private ContactForm form = ContactForm.empty(null);
    private transient UploadedFile file;
    private List<String> importReport = List.of();

    @PostConstruct
    void init() {
        model = new SearchModel<>(request -> contacts.search(q, request), ContactView::id);
        String phone = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("phone");
        if (phone != null && !phone.isBlank()) {
            form = ContactForm.empty(phone.strip());
            openOnLoad = true;
        }
    }

    /** Whether the page opens with the dialog for a new contact ({@code ?phone=}, "create contact"). */
    public boolean isOpenOnLoad() {
        return openOnLoad;
    }

    public void startCreate() {
        form = ContactForm.empty(null);
    }

    public void startEdit(ContactView contact) {
        form = ContactForm.of(contact);
    }

    public void save() {
        try {
            ContactView saved = form.isEditing() ? contacts.update(form.getId(), form.input())
                    : contacts.create(form.input());
            FieldMessages.info("Contact " + saved.name() + " saved.");
            PrimeFaces.current().executeScript("PF('contactDialog').hide()");
        } catch (InvalidInputException e) {
            FieldMessages.show(e, INPUTS);
        } catch (NotFoundException e) {
            FieldMessages.show(e);
        }
    }

    public void delete(ContactView contact) {
        try {
            contacts.delete(contact.id());
            FieldMessages.info("Contact " + contact.name() + " deleted.");
        } catch (NotFoundException e) {
            FieldMessages.show(e);
        }
    }

    /** Company names for the autocomplete. */
    public List<String> completeCompany(String text) {
        return companies.search(text, new PageRequest(0, 10)).items().stream().map(CompanyView::name).toList();
    }

    /** Imports the uploaded CSV: every row or none; the bad rows are listed by line. */
    public void importCsv() {
        if (file == null || file.getSize() == 0) {
            importReport = List.of("Choose a CSV file first.");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            int imported = contacts.importAll(ContactCsv.read(in));
            importReport = List.of();
            FieldMessages.info(imported + " contacts imported.");
        } catch (InvalidInputException e) {
            List<String> lines = new ArrayList<>();
            lines.add("Nothing was imported. Correct these rows and import the file again:");
            for (FieldError error : e.errors()) {
                lines.add(error.field() + " " + error.message());
            }
            importReport = lines;
        } catch (IOException e) {
            importReport = List.of("The file could not be read: " + e.getMessage());
        }
    }

    /** Every contact matching the search, as CSV. */
    public StreamedContent getCsv() {
        return DefaultStreamedContent.builder().name("parley-contacts.csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    ContactCsv.write(contacts.search(q, new PageRequest(0, PageRequest.MAX_SIZE)).items(), out);
                    return new java.io.ByteArrayInputStream(out.toByteArray());
                }).build();
    }

    /** A contact's numbers, comma-separated. */
    public String phones(ContactView contact) {
        return String.join(", ", contact.phones());
    }

    public boolean isManager() {
        return user.isAdmin() || user.isSupervisor();
    }

    public LazyDataModel<ContactView> getModel() {
        return model;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public ContactForm getForm() {
        return form;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public List<String> getImportReport() {
        return importReport;
    }
}
