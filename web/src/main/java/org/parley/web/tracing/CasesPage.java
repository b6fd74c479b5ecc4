package org.parley.web.tracing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.platform.error.ConflictException;
import org.parley.platform.error.InvalidInputException;
import org.parley.platform.paging.PageRequest;
import org.parley.tracing.CaseInput;
import org.parley.tracing.CaseService;
import org.parley.tracing.CaseStatus;
import org.parley.tracing.CaseView;
import org.parley.tracing.ContactService;
import org.parley.web.console.CurrentUser;
import org.parley.web.console.FieldMessages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

/**
 * The Cases page ({@code /cases.xhtml}): case files paged by the database, searched by title or reference and status;
 * supervisors and administrators open new ones (contacts by autocomplete). Agents see the cases they follow.
 */
@Named
@ViewScoped
public class CasesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS = Map.of("title", "caseForm:title", "reference",
            "caseForm:reference", "contacts", "caseForm:contacts", "followers", "caseForm:followers");

    @Inject
    transient CaseService cases;

    @Inject
    transient ContactService contacts;

    @Inject
    CurrentUser user;

    private String q;
    private String status = "OPEN";
    private LazyDataModel<CaseView> model;
    private String title;
    private String reference;
    private List<String> contactChoices = new ArrayList<>();
    private String followers;

    @PostConstruct
    void init() {
        var caller = user.caller();
        model = new SearchModel<>(request -> cases.search(caller, q, Optional.ofNullable(status)
                .filter(s -> !s.isBlank()).map(CaseStatus::valueOf), request), CaseView::id);
    }

    public void startCreate() {
        title = null;
        reference = null;
        contactChoices = new ArrayList<>();
        followers = user.getName();
    }

    public void save() {
        CaseInput in = new CaseInput();
        in.setTitle(title);
        in.setReference(reference);
        in.setContacts(contactChoices.stream().map(ContactChoice::id).toList());
        in.setFollowers(followers == null ? null : List.of(followers.split("[,;\\s]+")).stream()
                .filter(f -> !f.isBlank()).toList());
        try {
            CaseView created = cases.create(in);
            FieldMessages.info("Case " + created.reference() + " opened.");
            PrimeFaces.current().executeScript("PF('caseDialog').hide()");
        } catch (InvalidInputException e) {
            FieldMessages.show(e, INPUTS);
        } catch (ConflictException e) {
            FieldMessages.show(e, INPUTS);
        }
    }

    /** Contacts for the autocomplete, as "name (id)". */
    public List<String> completeContact(String text) {
        return contacts.search(text, new PageRequest(0, 10)).items().stream().map(ContactChoice::label).toList();
    }

    /** The users following a case, comma-separated. */
    public String followers(CaseView caseFile) {
        return String.join(", ", caseFile.followers());
    }

    public boolean isManager() {
        return user.isAdmin() || user.isSupervisor();
    }

    public List<CaseStatus> getStatuses() {
        return List.of(CaseStatus.values());
    }

    public LazyDataModel<CaseView> getModel() {
        return model;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

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
        this.reference = reference;
    }

    public List<String> getContactChoices() {
        return contactChoices;
    }

    public void setContactChoices(List<String> contactChoices) {
        this.contactChoices = contactChoices == null ? new ArrayList<>() : new ArrayList<>(contactChoices);
    }

    public String getFollowers() {
        return followers;
    }

    public void setFollowers(String followers) {
        this.followers = followers;
    }
}
