package org.parley.web.voicemail;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.parley.platform.error.NotFoundException;
import org.parley.voicemail.MailboxService;
import org.parley.voicemail.MailboxView;
import org.parley.voicemail.MessageView;
import org.parley.web.console.CurrentUser;
import org.parley.web.console.FieldMessages;

/**
 * The "My voicemail" page ({@code /voicemail.xhtml}): the boxes the signed-in user may use (their extension's, the
 * shared boxes notifying it; administrators every box), the chosen box's messages to play in the browser, mark heard,
 * delete or download.
 */
@Named
@ViewScoped
public class VoicemailPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    @Inject
    MailboxService mailboxes;

    @Inject
    MailboxAccess access;

    @Inject
    CurrentUser user;

    private List<MailboxView> boxes = List.of();
    private String box;
    private List<MessageRow> messages = List.of();

    /** A message as the table shows it. */
    public record MessageRow(String id, String caller, String receivedAt, String duration, boolean heard) {

        static MessageRow of(MessageView m) {
            String caller = m.callerName().isBlank() ? m.callerNumber() : m.callerNumber() + " — " + m.callerName();
            long s = m.durationSeconds();
            return new MessageRow(m.id(), caller, WHEN.format(m.receivedAt()), s / 60 + ":" + String.format("%02d",
                    s % 60), m.heard());
        }

        public String getId() {
            return id;
        }

        public String getCaller() {
            return caller;
        }

        public String getReceivedAt() {
            return receivedAt;
        }

        public String getDuration() {
            return duration;
        }

        public boolean isHeard() {
            return heard;
        }
    }

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        boxes = mailboxes.list().stream().filter(b -> access.mayUse(user.isAdmin(), user.getName(), b.number()))
                .toList();
        if (box == null || boxes.stream().noneMatch(b -> b.number().equals(box))) {
            box = boxes.isEmpty() ? null : boxes.get(0).number();
        }
        loadMessages();
    }

    private void loadMessages() {
        messages = box == null ? List.of() : mailboxes.messages(box).stream().map(MessageRow::of).toList();
    }

    public List<MailboxView> getBoxes() {
        return boxes;
    }

    public String getBox() {
        return box;
    }

    public void setBox(String number) {
        if (number != null && boxes.stream().anyMatch(b -> b.number().equals(number))) {
            this.box = number;
        }
    }

    /** The chosen box changed. */
    public void select() {
        loadMessages();
    }

    public List<MessageRow> getMessages() {
        return messages;
    }

    public void markHeard(MessageRow row, boolean heard) {
        act(() -> mailboxes.markHeard(box, row.id(), heard));
    }

    public void delete(MessageRow row) {
        act(() -> mailboxes.deleteMessage(box, row.id()));
        FieldMessages.info("Message from " + row.caller() + " deleted");
    }

    private void act(Runnable change) {
        try {
            change.run();
        } catch (NotFoundException e) {
            FieldMessages.show(e);
        }
        boxes = mailboxes.list().stream().filter(b -> access.mayUse(user.isAdmin(), user.getName(), b.number()))
                .toList();
        loadMessages();
    }
}
