package org.parley.tracing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A company as shown to people and systems. */
public record CompanyView(long id, String name, List<String> phones, Optional<String> notes, Instant createdAt) {
}
