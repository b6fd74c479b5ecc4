package org.parley.web.tracing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.platform.error.InvalidInputException;
import org.parley.platform.error.NotFoundException;
import org.parley.platform.paging.PageRequest;
import org.parley.tracing.CaseService;
import org.parley.tracing.CaseStatus;
import org.parley.tracing.CaseView;
import org.parley.tracing.CommunicationInput;
import org.parley.tracing.CommunicationQuery;
import org.parley.tracing.CommunicationService;
import org.parley.tracing.CommunicationView;
import org.parley.tracing.PartyView;
import org.parley.tracing.TracingNotFoundException;
import org.parley.web.console.ConsoleTime;
import org.parley.web.console.CurrentUser;
import org.parley.web.console.FieldMessages;
import org.primefaces.model.LazyDataModel;

/**
 * To file ({@code /to-file.xhtml}): the signed-in user's traced calls on no case file yet, newest first; each is filed
 * on a case (the contact's only open case is suggested), changed with the communication form, or deleted.
 */
@Named
@ViewScoped
public class ToFilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CommunicationService communications;

    @Inject
    transient CaseService cases;

    @Inject
    CurrentUser user;

    private LazyDataModel<CommunicationView> model;
    /** The case picked for each communication, by id. */
    private final Map<Long, Long> chosen = new HashMap<>();

    @PostConstruct
    void init() {
        var caller = user.caller();
        model = new SearchModel<>(request -> communications.search(caller,
                CommunicationQuery.toFile(caller.username()), request), CommunicationView::id);
    }

    /** The open cases the user may file on (those they follow, for an agent). */
    public List<CaseView> getOpenCases() {
        return cases.search(user.caller(), null, Optional.of(CaseStatus.OPEN), new PageRequest(0, 200)).items();
    }

    public Map<Long, Long> getChosen() {
        return chosen;
    }

    /** Files the communication on the case picked, or else the suggested one. */
    public void file(CommunicationView c) {
        Long caseId = Optional.ofNullable(chosen.get(c.id())).or(c::suggestedCaseId).orElse(null);
        if (caseId == null) {
            FieldMessages.error("Pick a case first.");
            return;
        }
        try {
            CommunicationInput in = communications.input(user.caller(), c.id())
                    .orElseThrow(() -> new TracingNotFoundException("communication", c.id()));
            in.setCaseId(caseId);
            communications.update(user.caller(), c.id(), in);
            FieldMessages.info("Filed.");
        } catch (InvalidInputException e) {
            FieldMessages.show(e, Map.of());
        } catch (NotFoundException e) {
            FieldMessages.show(e);
        }
    }

    public void delete(CommunicationView c) {
        try {
            communications.delete(user.caller(), c.id());
            FieldMessages.info("Call deleted.");
        } catch (NotFoundException e) {
            FieldMessages.show(e);
        }
    }

    public LazyDataModel<CommunicationView> getModel() {
        return model;
    }

    public String time(Instant instant) {
        return ConsoleTime.format(instant);
    }

    public String party(Optional<PartyView> p) {
        return p.map(PartyView::name).orElse("—");
    }
}
