package org.parley.voicemail.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.voicemail.MenuStage;
import org.parley.voicemail.MessageView;

/**
 * One caller in the voicemail menu: their box, the messages to hear (new first), the current one, the stage; in the
 * mailbox options the keys typed, the first new PIN and the greeting's recording.
 */
final class ListeningSession {

    final String callId;
    final String legId;
    final String endpointId;
    final String mailbox;
    private final List<MessageView> queue;
    private int current;
    private MenuStage stage = MenuStage.SUMMARY;
    private boolean choicesPlayed;
    /** A new PIN is at most 10 digits: one more is kept so that 11 are refused, not cut. */
    private final KeyEntry typed = new KeyEntry(11);
    private String firstPin = "";
    private Path greeting;

    ListeningSession(String callId, String legId, String endpointId, String mailbox, List<MessageView> messages) {
        this.callId = callId;
        this.legId = legId;
        this.endpointId = endpointId;
        this.mailbox = mailbox;
        this.queue = new ArrayList<>(messages);
    }

    /** Whether the current message's choices ("press 1 to repeat …") were played since it was. */
    boolean choicesPlayed() {
        return choicesPlayed;
    }

    void choicesPlayed(boolean played) {
        this.choicesPlayed = played;
    }

    MenuStage stage() {
        return stage;
    }

    /** Moves on if the stage takes {@code trigger}; false, staying, otherwise. */
    boolean move(MenuStage.Trigger trigger) {
        if (!stage.accepts(trigger)) {
            return false;
        }
        stage = stage.after(trigger);
        return true;
    }

    Optional<MessageView> currentMessage() {
        return current < queue.size() ? Optional.of(queue.get(current)) : Optional.empty();
    }

    /** The current message was deleted or saved: the next one, if any. */
    Optional<MessageView> next() {
        current++;
        return currentMessage();
    }

    /** A key typed while a new PIN is entered: the entry once {@code #} ended it. */
    Optional<String> key(char digit) {
        return typed.key(digit);
    }

    /** The new PIN typed the first time. */
    String firstPin() {
        return firstPin;
    }

    void firstPin(String pin) {
        this.firstPin = pin;
        typed.clear();
    }

    /** Where the greeting is being recorded, once it is. */
    Optional<Path> greeting() {
        return Optional.ofNullable(greeting);
    }

    void greeting(Path file) {
        this.greeting = file;
    }
}
