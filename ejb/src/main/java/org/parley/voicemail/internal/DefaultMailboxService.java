package org.parley.voicemail.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.parley.directory.Extension;
import org.parley.directory.ExtensionService;
import org.parley.directory.ExtensionView;
import org.parley.platform.error.FieldError;
import org.parley.platform.error.InvalidInputException;
import org.parley.platform.numbers.NumberSpace;
import org.parley.platform.paging.Page;
import org.parley.platform.paging.PageRequest;
import org.parley.media.SoundFiles;
import org.parley.media.SoundLibrary;
import org.parley.security.SecretHasher;
import org.parley.voicemail.BoxSettings;
import org.parley.voicemail.Mailbox;
import org.parley.voicemail.MailboxChanged;
import org.parley.voicemail.MailboxInput;
import org.parley.voicemail.MailboxKind;
import org.parley.voicemail.MailboxNotFoundException;
import org.parley.voicemail.MailboxRepository;
import org.parley.voicemail.MailboxSaved;
import org.parley.voicemail.MailboxService;
import org.parley.voicemail.MailboxView;
import org.parley.voicemail.MessageView;
import org.parley.voicemail.VoicemailMessage;
import org.parley.voicemail.ExtensionMailboxException;

/** Mailboxes and messages: loads, checks, stores, tells the in-memory directory and message waiting. */
@ApplicationScoped
@Transactional
public class DefaultMailboxService implements MailboxService {

    /** A mailbox PIN: 4 to 10 digits (what a phone's keypad can type). */
    static final Pattern PIN = Pattern.compile("[0-9]{4,10}");

    private static final Logger LOG = Logger.getLogger(DefaultMailboxService.class.getName());

    @Inject
    MailboxRepository repository;

    @Inject
    MailboxDirectory directory;

    @Inject
    ExtensionService extensions;

    @Inject
    NumberSpace numbers;

    @Inject
    Event<MailboxSaved> saved;

    @Inject
    Event<MailboxChanged> changed;

    @Inject
    Clock clock;

    @Inject
    SecretHasher hasher;

    @Inject
    SoundLibrary sounds;

    @Override
    public List<MailboxView> list() {
        List<MailboxView> all = new ArrayList<>();
        int page = 0;
        Page<ExtensionView> slice;
        do {
            slice = extensions.list(new PageRequest(page++, PageRequest.MAX_SIZE));
            slice.items().forEach(e -> directory.box(e.number()).ifPresent(b -> all.add(view(b))));
        } while ((long) page * PageRequest.MAX_SIZE < slice.total());
        directory.shared().stream().sorted((a, b) -> a.number().compareTo(b.number()))
                .forEach(b -> all.add(view(b)));
        return all;
    }

    @Override
    public MailboxView get(String number) {
        return view(box(number));
    }

    @Override
    public MailboxView create(MailboxInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.number == null || !Extension.NUMBER.matcher(input.number).matches()) {
            errors.add(new FieldError("number", "2 to 10 digits"));
        }
        String name = checkedName(input, errors);
        List<String> notified = checkedMembers(input, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        numbers.requireFree("number", input.number, u -> false);
        Mailbox box = new Mailbox(input.number, MailboxKind.SHARED, name, clock.instant());
        box.change(name, input.enabled == null || input.enabled, notified, clock.instant());
        repository.add(box);
        saved.fire(new MailboxSaved(box.number(), Optional.of(BoxSettings.of(box))));
        LOG.log(Level.INFO, "Shared mailbox {0} ({1}) created, notifying {2}",
                new Object[] {box.number(), name, notified});
        return view(BoxSettings.of(box));
    }

    @Override
    public MailboxView update(String number, MailboxInput input) {
        BoxSettings current = box(number);
        List<FieldError> errors = new ArrayList<>();
        if (input.pin != null && !PIN.matcher(input.pin).matches()) {
            throw new InvalidInputException("pin", "4 to 10 digits");
        }
        boolean on = input.enabled == null ? current.enabled() : input.enabled;
        Mailbox box = repository.find(number).orElseGet(() -> {
            Mailbox own = new Mailbox(number, MailboxKind.EXTENSION, current.name(), clock.instant());
            repository.add(own);
            return own;
        });
        if (current.kind() == MailboxKind.SHARED) {
            String name = input.name == null ? current.name() : checkedName(input, errors);
            List<String> notified = input.notified == null ? current.notified() : checkedMembers(input, errors);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            box.change(name, on, notified, clock.instant());
        } else {
            if (input.notified != null && !input.notified.isEmpty()) {
                throw new InvalidInputException("notified", "an extension's mailbox notifies its own extension only");
            }
            box.change(current.name(), on, List.of(), clock.instant());
        }
        if (input.pin != null) {
            box.changePin(hasher.hash(input.pin), clock.instant());
        }
        saved.fire(new MailboxSaved(number, Optional.of(BoxSettings.of(box))));
        LOG.log(Level.INFO, "Mailbox {0} changed: {1}{2}", new Object[] {number, on ? "on" : "off",
                input.pin == null ? "" : ", new PIN"});
        return view(BoxSettings.of(box));
    }

    @Override
    public void delete(String number) {
        BoxSettings current = box(number);
        if (current.kind() == MailboxKind.EXTENSION) {
            throw new ExtensionMailboxException(number);
        }
        repository.find(number).ifPresent(repository::remove);
        repository.removeMessages(number);
        saved.fire(new MailboxSaved(number, Optional.empty()));
        LOG.log(Level.INFO, "Shared mailbox {0} deleted with its messages", number);
    }

    @Override
    public boolean belongsTo(String number, String extension) {
        return directory.box(number).filter(b -> b.kind() == MailboxKind.EXTENSION ? b.number().equals(extension)
                : b.notified().contains(extension)).isPresent();
    }

    @Override
    public boolean pinMatches(String number, String pin) {
        return directory.box(number).flatMap(BoxSettings::pinHash).filter(h -> hasher.verify(pin, h)).isPresent();
    }

    @Override
    public Optional<byte[]> greeting(String number) {
        box(number);
        return sounds.sound(GreetingDirectory.soundName(number)).map(s -> SoundFiles.toWav(s.mulaw()));
    }

    @Override
    public void saveGreeting(String number, byte[] file) {
        box(number);
        sounds.upload(GreetingDirectory.soundName(number), file);
        LOG.log(Level.INFO, "Mailbox {0} has a new greeting", number);
    }

    @Override
    public void deleteGreeting(String number) {
        box(number);
        String name = GreetingDirectory.soundName(number);
        if (sounds.info(name).isPresent()) {
            sounds.delete(name);
            LOG.log(Level.INFO, "Mailbox {0}: greeting deleted, callers hear the prompts", number);
        }
    }

    @Override
    public List<MessageView> messages(String number) {
        box(number);
        return repository.messages(number);
    }

    @Override
    public MessageView message(String number, String id) {
        return stored(number, id).view();
    }

    @Override
    public byte[] recording(String number, String id) {
        return stored(number, id).wav();
    }

    @Override
    public MessageView markHeard(String number, String id, boolean heard) {
        VoicemailMessage m = stored(number, id);
        if (m.heard() != heard) {
            m.markHeard(heard);
            announce(number);
        }
        return m.view();
    }

    @Override
    public void deleteMessage(String number, String id) {
        repository.remove(stored(number, id));
        LOG.log(Level.INFO, "Message {0} of mailbox {1} deleted", new Object[] {id, number});
        announce(number);
    }

    /**
     * Stores a message left by a caller, in a transaction of its own, and tells message waiting; nothing when a
     * message of that id is stored already (a spool entry stored again after a stop).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deposit(VoicemailMessage message) {
        if (repository.message(message.mailbox(), message.id()).isPresent()) {
            return;
        }
        repository.add(message);
        announce(message.mailbox());
    }

    /** Fires the box's counts as they are in this transaction (observers act once it committed). */
    private void announce(String number) {
        MailboxView v = view(box(number));
        changed.fire(new MailboxChanged(number, v.newMessages(), v.oldMessages(),
                v.kind() == MailboxKind.EXTENSION ? List.of(number) : v.notified()));
    }

    private VoicemailMessage stored(String number, String id) {
        box(number);
        return repository.message(number, id)
                .orElseThrow(() -> new MailboxNotFoundException("No message " + id + " in mailbox " + number));
    }

    private BoxSettings box(String number) {
        return directory.box(number).orElseThrow(() -> new MailboxNotFoundException("No mailbox " + number));
    }

    private MailboxView view(BoxSettings b) {
        List<MessageView> messages = repository.messages(b.number());
        int fresh = (int) messages.stream().filter(m -> !m.heard()).count();
        return new MailboxView(b.number(), b.kind(), b.name(), b.enabled(), b.notified(), fresh,
                messages.size() - fresh);
    }

    private static String checkedName(MailboxInput input, List<FieldError> errors) {
        if (input.name == null || input.name.isBlank() || input.name.length() > 128) {
            errors.add(new FieldError("name", "1 to 128 characters"));
            return "";
        }
        return input.name.strip();
    }

    private List<String> checkedMembers(MailboxInput input, List<FieldError> errors) {
        List<String> notified = input.notified == null ? List.of() : input.notified;
        for (int i = 0; i < notified.size(); i++) {
            String n = notified.get(i);
            if (n == null || extensions.find(n).isEmpty()) {
                errors.add(new FieldError("notified[" + i + "]", "no extension " + n));
            }
        }
        return notified.stream().distinct().toList();
    }
}
