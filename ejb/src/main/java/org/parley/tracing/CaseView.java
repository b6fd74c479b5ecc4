package org.parley.tracing;

import java.time.Instant;
import java.util.List;

/**
 * A case file as shown to people and systems.
 *
 * @param contacts  the contacts taking part, by id and name
 * @param companies the companies taking part, by id and name
 */
public record CaseView(long id, String title, String reference, CaseStatus status, List<Named> contacts,
        List<Named> companies, List<String> followers, Instant createdAt) {

    /** A contact or company by id and name. */
    public record Named(long id, String name) {
    }
}
