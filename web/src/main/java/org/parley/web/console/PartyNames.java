package org.parley.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.parley.directory.Directory;
import org.parley.directory.ExtensionView;

/**
 * How the console shows a party wherever one appears (calls, history, queues, hops of transfers): {@code 2002 — Bob},
 * the number first, then the name (the one given, else the extension's name in the directory), or the number alone.
 * Pages use it as {@code #{partyNames.label(number)}}.
 */
@Named
@ApplicationScoped
public class PartyNames {

    private static final String DASH = " \u2014 ";

    @Inject
    Directory directory;

    /** The number and the given name, or the directory's name of that number when none is given. */
    public String label(String number, Optional<String> name) {
        return text(number, name.filter(n -> !n.isBlank()).or(() -> nameOf(number)));
    }

    /** The number and its name in the directory, if it is an extension with one. */
    public String label(String number) {
        return label(number, Optional.empty());
    }

    /** {@code number — name}, or the number alone. */
    public static String text(String number, Optional<String> name) {
        return name.filter(n -> !n.isBlank()).map(n -> number + DASH + n).orElse(number);
    }

    private Optional<String> nameOf(String number) {
        return number == null || number.isEmpty() ? Optional.empty()
                : directory.extension(number).map(ExtensionView::displayName).filter(n -> !n.isBlank());
    }
}
