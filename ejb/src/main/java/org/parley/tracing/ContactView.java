package org.parley.tracing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A contact as shown to people and systems, with its company's name. */
public record ContactView(long id, String name, Optional<Long> companyId, Optional<String> companyName,
        List<String> phones, Optional<String> email, Optional<String> notes, Instant createdAt) {
}
