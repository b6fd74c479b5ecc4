package org.parley.web.tracing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.tracing.CompanyView;
import org.parley.tracing.ContactView;
import org.parley.tracing.PartyInput;
import org.parley.tracing.PartyView;

/**
 * A sender or recipient as the communication form's autocomplete offers it: {@code Name (#12)} a contact,
 * {@code Name (company #3)} a company, {@code alice (user)} a user; anything else typed is a number.
 */
final class PartyChoice {

    private static final Pattern CONTACT = Pattern.compile(".*\\(#(\\d+)\\)$");
    private static final Pattern COMPANY = Pattern.compile(".*\\(company #(\\d+)\\)$");
    private static final Pattern USER = Pattern.compile("(.+) \\(user\\)$");

    private PartyChoice() {
    }

    static String of(ContactView c) {
        return ContactChoice.label(c);
    }

    static String of(CompanyView c) {
        return c.name() + " (company #" + c.id() + ")";
    }

    static String user(String username) {
        return username + " (user)";
    }

    static String of(PartyView p) {
        return switch (p.kind()) {
            case "contact" -> ContactChoice.label(p.name(), p.id().orElseThrow());
            case "company" -> p.name() + " (company #" + p.id().orElseThrow() + ")";
            case "user" -> user(p.user().orElseThrow());
            default -> p.number().orElse("");
        };
    }

    /** The party a label stands for; {@code null} for an empty one (cleared). */
    static PartyInput input(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String text = label.strip();
        Matcher company = COMPANY.matcher(text);
        if (company.matches()) {
            return PartyInput.company(Long.parseLong(company.group(1)));
        }
        Matcher contact = CONTACT.matcher(text);
        if (contact.matches()) {
            return PartyInput.contact(Long.parseLong(contact.group(1)));
        }
        Matcher user = USER.matcher(text);
        if (user.matches()) {
            return PartyInput.user(user.group(1));
        }
        return PartyInput.number(text);
    }
}
