package org.parley.web.tracing;

import org.parley.tracing.ContactView;

/** A contact as an autocomplete offers it, {@code name (#id)}, and back. */
final class ContactChoice {

    private ContactChoice() {
    }

    static String label(ContactView c) {
        return label(c.name(), c.id());
    }

    static String label(String name, long id) {
        return name + " (#" + id + ")";
    }

    /** The id of a label; {@code -1} for text that is not one (the service then names the field). */
    static long id(String label) {
        int open = label.lastIndexOf("(#");
        if (open < 0 || !label.endsWith(")")) {
            return -1;
        }
        try {
            return Long.parseLong(label.substring(open + 2, label.length() - 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
