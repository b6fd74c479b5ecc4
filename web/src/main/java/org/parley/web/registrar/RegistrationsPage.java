package org.parley.web.registrar;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.parley.platform.error.NotFoundException;
import org.parley.registrar.Registrations;
import org.parley.web.console.ConsoleTime;
import org.parley.web.console.CurrentUser;
import org.parley.web.console.FieldMessages;

/**
 * The registrations page ({@code /registrations.xhtml}): the live bindings of SIP phones, as read when the page
 * opened or was last refreshed. An administrator can remove a binding (a phone still there registers again at its
 * next refresh).
 */
@Named
@ViewScoped
public class RegistrationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Registrations registrations;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    private List<RegistrationRow> rows;
    private String readAt;

    @PostConstruct
    void init() {
        refresh();
    }

    /** Reads the bindings again. */
    public void refresh() {
        Instant now = clock.instant();
        rows = registrations.list(Optional.empty()).stream().map(v -> new RegistrationRow(v, now)).toList();
        readAt = ConsoleTime.format(now);
    }

    public void remove(RegistrationRow row) {
        if (!user.isAdmin()) {
            FieldMessages.error("Only administrators remove registrations");
            return;
        }
        try {
            registrations.remove(row.getExtension(), row.getContact());
            FieldMessages.info("Registration of " + row.getExtension() + " at " + row.getContact() + " removed");
        } catch (NotFoundException e) {
            FieldMessages.show(e);
        }
        refresh();
    }

    public List<RegistrationRow> getRows() {
        return rows;
    }

    /** When the rows were read. */
    public String getReadAt() {
        return readAt;
    }
}
