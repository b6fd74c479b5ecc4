package org.parley.web.tracing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.platform.error.InvalidInputException;
import org.parley.platform.error.NotFoundException;
import org.parley.platform.paging.PageRequest;
import org.parley.tracing.ActivityInput;
import org.parley.tracing.ActivityQuery;
import org.parley.tracing.ActivityService;
import org.parley.tracing.ActivityView;
import org.parley.tracing.CaseService;
import org.parley.tracing.CaseView;
import org.parley.tracing.CommunicationQuery;
import org.parley.tracing.CommunicationService;
import org.parley.tracing.CommunicationView;
import org.parley.tracing.PartyView;
import org.parley.web.console.ConsoleTime;
import org.parley.web.console.CurrentUser;
import org.parley.web.console.FieldMessages;
import org.primefaces.PrimeFaces;

/**
 * A case file's page ({@code /case.xhtml?id=}): its parties and its timeline, communications newest first and tasks
 * by due date; a call is traced on it with the communication form, a task or scheduled call added.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final PageRequest ALL = new PageRequest(0, PageRequest.MAX_SIZE);
    private static final Map<String, String> TASK_INPUTS = Map.of("title", "taskForm:taskTitle", "due",
            "taskForm:due", "contact", "taskForm:taskContact", "assignee", "taskForm:assignee");

    @Inject
    transient CaseService cases;

    @Inject
    transient CommunicationService communications;

    @Inject
    transient ActivityService activities;

    @Inject
    CurrentUser user;

    private Long id;
    private CaseView caseFile;
    private String taskTitle;
    private LocalDate due;
    private boolean call;
    private String taskContact;
    private String assignee;

    @PostConstruct
    void init() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            id = param == null ? null : Long.valueOf(param);
        } catch (NumberFormatException e) {
            id = null;
        }
        caseFile = id == null ? null : cases.find(user.caller(), id).orElse(null);
    }

    public boolean isFound() {
        return caseFile != null;
    }

    public CaseView getCaseFile() {
        return caseFile;
    }

    /** The users following the case, comma-separated. */
    public String getFollowers() {
        return String.join(", ", caseFile.followers());
    }

    public Long getId() {
        return id;
    }

    public List<CommunicationView> getCommunications() {
        return communications.search(user.caller(), CommunicationQuery.onCase(id), ALL).items();
    }

    public List<ActivityView> getTasks() {
        return activities.search(user.caller(), new ActivityQuery(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(id), Optional.empty()), ALL).items();
    }

    public void deleteCommunication(CommunicationView c) {
        try {
            communications.delete(user.caller(), c.id());
            FieldMessages.info("Call deleted.");
        } catch (NotFoundException e) {
            FieldMessages.show(e);
        }
    }

    public void startTask() {
        taskTitle = null;
        due = LocalDate.now();
        call = false;
        taskContact = caseFile.contacts().stream().findFirst().map(c -> ContactChoice.label(c.name(), c.id()))
                .orElse(null);
        assignee = user.getName();
    }

    public void saveTask() {
        ActivityInput in = new ActivityInput();
        in.setKind(call ? "CALL" : "TASK");
        in.setTitle(taskTitle);
        in.setDue(due);
        in.setAssignee(assignee);
        in.setCaseId(id);
        in.setContact(call && taskContact != null && ContactChoice.id(taskContact) >= 0
                ? ContactChoice.id(taskContact) : null);
        try {
            activities.create(user.caller(), in);
            FieldMessages.info(call ? "Call scheduled." : "Task added.");
            PrimeFaces.current().executeScript("PF('taskDialog').hide()");
        } catch (InvalidInputException e) {
            FieldMessages.show(e, TASK_INPUTS);
        }
    }

    public void toggleDone(ActivityView task) {
        ActivityInput in = new ActivityInput();
        in.setKind(task.kind().name());
        in.setTitle(task.title());
        in.setAssignee(task.assignee());
        in.setDue(task.due());
        in.setDone(!task.done());
        in.setCaseId(task.caseId());
        in.setContact(task.contactId().orElse(null));
        try {
            activities.update(user.caller(), task.id(), in);
        } catch (InvalidInputException e) {
            FieldMessages.show(e, Map.of());
        } catch (NotFoundException e) {
            FieldMessages.show(e);
        }
    }

    /** Contacts of the case for a scheduled call. */
    public List<String> getContactChoices() {
        return caseFile.contacts().stream().map(c -> ContactChoice.label(c.name(), c.id())).toList();
    }

    public String time(Instant instant) {
        return ConsoleTime.format(instant);
    }

    public String party(Optional<PartyView> p) {
        return p.map(PartyView::name).orElse("—");
    }

    /** The outcome as words: reached / not reached (message left) / processed / to process. */
    public String outcome(CommunicationView c) {
        if (c.reached().isPresent()) {
            return c.reached().get() ? "reached"
                    : "not reached" + (c.messageLeft().orElse(false) ? ", message left" : "");
        }
        return c.processed().map(p -> p ? "processed" : "to process").orElse("");
    }

    public String getTaskTitle() {
        return taskTitle;
    }

    public void setTaskTitle(String taskTitle) {
        this.taskTitle = taskTitle;
    }

    public LocalDate getDue() {
        return due;
    }

    public void setDue(LocalDate due) {
        this.due = due;
    }

    public boolean isCall() {
        return call;
    }

    public void setCall(boolean call) {
        this.call = call;
    }

    public String getTaskContact() {
        return taskContact;
    }

    public void setTaskContact(String taskContact) {
        this.taskContact = taskContact;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }
}
