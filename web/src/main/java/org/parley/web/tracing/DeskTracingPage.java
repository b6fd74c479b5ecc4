package org.parley.web.tracing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.call.CallService;
import org.parley.platform.error.InvalidInputException;
import org.parley.platform.error.NotFoundException;
import org.parley.platform.paging.PageRequest;
import org.parley.security.UserService;
import org.parley.security.UserView;
import org.parley.tracing.ActivityKind;
import org.parley.tracing.ActivityQuery;
import org.parley.tracing.ActivityService;
import org.parley.tracing.ActivityView;
import org.parley.tracing.ScreenPop;
import org.parley.tracing.ScreenPops;
import org.parley.web.console.ConsoleTime;
import org.parley.web.console.CurrentUser;
import org.parley.web.console.FieldMessages;

/**
 * The call tracing part of the agent desk: the screen pop of the call ringing the user's extension (pushed, no click
 * needed) and the user's *Next calls* (scheduled calls due today, not done) with click-to-dial and remove.
 */
@Named
@ViewScoped
public class DeskTracingPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String POP_OF_REQUEST = DeskTracingPage.class.getName() + ".pop";

    @Inject
    transient ScreenPops pops;

    @Inject
    transient ActivityService activities;

    @Inject
    transient CallService calls;

    @Inject
    transient UserService users;

    @Inject
    CurrentUser user;

    private String extension;

    @PostConstruct
    void init() {
        extension = users.find(user.getName()).flatMap(UserView::extension).orElse(null);
    }

    /** The screen pop at the user's extension, if a call rings it (or is answered there). */
    public Optional<ScreenPop> getPop() {
        return extension == null ? Optional.empty() : pops.at(extension);
    }

    /**
     * The screen pop the page shows, read once per request (a pop withdrawn while the page renders does not break
     * it); {@code null} when there is none.
     */
    public ScreenPop getCurrent() {
        @SuppressWarnings("unchecked")
        Optional<ScreenPop> pop = (Optional<ScreenPop>) FacesContext.getCurrentInstance().getExternalContext()
                .getRequestMap().computeIfAbsent(POP_OF_REQUEST, k -> getPop());
        return pop.orElse(null);
    }

    public boolean isPopped() {
        return getCurrent() != null;
    }

    /** A time as the console writes it. */
    public String time(Instant instant) {
        return ConsoleTime.format(instant);
    }

    /** Refuses the ringing call on the user's phones: busy for them, the call goes on as for a busy extension. */
    public void reject() {
        Optional<ScreenPop> pop = getPop();
        if (pop.isEmpty()) {
            return;
        }
        try {
            if (calls.reject(pop.get().callId(), extension)) {
                FieldMessages.info("Call from " + pop.get().number() + " rejected.");
            } else {
                FieldMessages.error("The call no longer rings your phones.");
            }
        } catch (NotFoundException e) {
            FieldMessages.show(e);
        }
    }

    public List<ActivityView> getNextCalls() {
        ActivityQuery dueToday = new ActivityQuery(Optional.of(user.getName()), Optional.of(activities.today()),
                Optional.of(false), Optional.empty(), Optional.of(ActivityKind.CALL));
        return activities.search(user.caller(), dueToday, new PageRequest(0, 100)).items();
    }

    /** Click-to-dial: the user's own extension rings first, then the contact is dialled. */
    public void dial(ActivityView call) {
        if (extension == null || call.number().isEmpty()) {
            FieldMessages.error(extension == null ? "Your user is not linked to an extension."
                    : call.contactName().orElse("The contact") + " has no number.");
            return;
        }
        try {
            calls.originate(extension, call.number().get());
            FieldMessages.info("Calling " + call.contactName().orElse(call.number().get())
                    + ": answer your phone first.");
        } catch (InvalidInputException e) {
            FieldMessages.show(e, Map.of());
        }
    }

    /** Removes a scheduled call from the list (deletes it). */
    public void remove(ActivityView call) {
        try {
            activities.delete(user.caller(), call.id());
            FieldMessages.info("Removed " + call.title() + ".");
        } catch (NotFoundException e) {
            FieldMessages.show(e);
        }
    }
}
