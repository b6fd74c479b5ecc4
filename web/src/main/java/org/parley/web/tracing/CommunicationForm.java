package org.parley.web.tracing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.parley.platform.error.InvalidInputException;
import org.parley.platform.error.NotFoundException;
import org.parley.platform.paging.PageRequest;
import org.parley.tracing.CommunicationDirection;
import org.parley.tracing.CommunicationInput;
import org.parley.tracing.CommunicationService;
import org.parley.tracing.CommunicationView;
import org.parley.tracing.CompanyService;
import org.parley.tracing.ContactService;
import org.parley.web.console.CurrentUser;
import org.parley.web.console.FieldMessages;
import org.primefaces.PrimeFaces;

/**
 * The call communication form of the 004 document, in a dialog: (1) direction, changing it swaps sender and recipient;
 * (2) sender and recipient by autocomplete (contacts, companies, users), one of them a known contact or company;
 * (3) either cleared; (4) subject and body; (5) reached (and a message left) for an outgoing call, processed for an
 * incoming one; (6) cancel or save. The rules are the service's, as in the REST API.
 */
@Named
@ViewScoped
public class CommunicationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS = Map.of("direction", "communicationForm:direction", "sender",
            "communicationForm:sender", "recipient", "communicationForm:recipient", "subject",
            "communicationForm:subject", "body", "communicationForm:body", "reached", "communicationForm:reached",
            "messageLeft", "communicationForm:messageLeft", "processed", "communicationForm:processed");

    @Inject
    transient CommunicationService communications;

    @Inject
    transient ContactService contacts;

    @Inject
    transient CompanyService companies;

    @Inject
    CurrentUser user;

    private Long id;
    private Long caseId;
    private Long task;
    private String direction = CommunicationDirection.INCOMING.name();
    private String sender;
    private String recipient;
    private String subject;
    private String body;
    private boolean reached = true;
    private boolean messageLeft;
    private boolean processed;
    private boolean saved;

    /** A new call on this case (or none), received from nobody yet by the signed-in user. */
    public void startCreate(Long onCase) {
        id = null;
        caseId = onCase;
        task = null;
        direction = CommunicationDirection.INCOMING.name();
        sender = null;
        recipient = PartyChoice.user(user.getName());
        subject = null;
        body = null;
        reached = true;
        messageLeft = false;
        processed = false;
        saved = false;
    }

    public void startEdit(CommunicationView c) {
        id = c.id();
        caseId = c.caseId().orElse(null);
        task = c.taskId().orElse(null);
        direction = c.direction().name();
        sender = c.sender().map(PartyChoice::of).orElse(null);
        recipient = c.recipient().map(PartyChoice::of).orElse(null);
        subject = c.subject().orElse(null);
        body = c.body().orElse(null);
        reached = c.reached().orElse(true);
        messageLeft = c.messageLeft().orElse(false);
        processed = c.processed().orElse(false);
        saved = false;
    }

    /** (1) The direction changed: sender and recipient trade places. */
    public void directionChanged() {
        String was = sender;
        sender = recipient;
        recipient = was;
    }

    public void clearSender() {
        sender = null;
    }

    public void clearRecipient() {
        recipient = null;
    }

    public void save() {
        CommunicationInput in = new CommunicationInput();
        in.setDirection(direction);
        in.setSender(PartyChoice.input(sender));
        in.setRecipient(PartyChoice.input(recipient));
        in.setSubject(blankToNull(subject));
        in.setBody(blankToNull(body));
        boolean outgoing = CommunicationDirection.OUTGOING.name().equals(direction);
        in.setReached(outgoing ? reached : null);
        in.setMessageLeft(outgoing && !reached ? messageLeft : null);
        in.setProcessed(outgoing ? null : processed);
        in.setCaseId(caseId);
        in.setTask(task);
        try {
            if (id == null) {
                communications.create(user.caller(), in);
            } else {
                communications.update(user.caller(), id, in);
            }
            saved = true;
            FieldMessages.info("Call saved.");
            PrimeFaces.current().executeScript("PF('communicationDialog').hide()");
        } catch (InvalidInputException e) {
            FieldMessages.show(e, INPUTS);
        } catch (NotFoundException e) {
            FieldMessages.show(e);
        }
    }

    /** Contacts, companies and users whose name contains the text. */
    public List<String> completeParty(String text) {
        List<String> found = new ArrayList<>();
        contacts.search(text, new PageRequest(0, 8)).items().forEach(c -> found.add(PartyChoice.of(c)));
        companies.search(text, new PageRequest(0, 5)).items().forEach(c -> found.add(PartyChoice.of(c)));
        Stream.of(user.getName()).filter(u -> u.contains(text)).forEach(u -> found.add(PartyChoice.user(u)));
        return found;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public boolean isOutgoing() {
        return CommunicationDirection.OUTGOING.name().equals(direction);
    }

    public boolean isEditing() {
        return id != null;
    }

    public boolean isSaved() {
        return saved;
    }

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public String getSender() {
        return sender;
    }

    public void setSender(String sender) {
        this.sender = sender;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isReached() {
        return reached;
    }

    public void setReached(boolean reached) {
        this.reached = reached;
    }

    public boolean isMessageLeft() {
        return messageLeft;
    }

    public void setMessageLeft(boolean messageLeft) {
        this.messageLeft = messageLeft;
    }

    public boolean isProcessed() {
        return processed;
    }

    public void setProcessed(boolean processed) {
        this.processed = processed;
    }
}
