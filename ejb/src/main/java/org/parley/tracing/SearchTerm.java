package org.parley.tracing;

import java.util.Locale;
import java.util.Optional;

/**
 * What a search box's text matches: any part of a name (any case), or any part of a number — its digits without
 * leading zeros (so {@code 01 23} finds {@code +33123…}) or its stored form when it is a whole number.
 *
 * @param namePattern  a {@code LIKE} pattern on the lower-case name; empty for a blank search (everything)
 * @param digitPattern a {@code LIKE} pattern on stored numbers, when the text has at least two digits and no letter
 * @param number       the text's stored form, when it is a whole phone number
 */
public record SearchTerm(Optional<String> namePattern, Optional<String> digitPattern, Optional<String> number) {

    /** The term of a search box's text, numbers read by {@code phones}. */
    public static SearchTerm of(String q, PhoneNumbers phones) {
        if (q == null || q.isBlank()) {
            return new SearchTerm(Optional.empty(), Optional.empty(), Optional.empty());
        }
        String text = q.strip();
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        String digits = text.replaceAll("[^0-9]", "").replaceFirst("^0+", "");
        boolean numeric = digits.length() >= 2 && text.chars().noneMatch(Character::isLetter);
        return new SearchTerm(Optional.of("%" + escaped + "%"),
                numeric ? Optional.of("%" + digits + "%") : Optional.empty(),
                numeric ? phones.normalise(text) : Optional.empty());
    }

    /** Whether it matches everything. */
    public boolean all() {
        return namePattern.isEmpty();
    }
}
