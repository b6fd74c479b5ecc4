package org.parley.directory.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.parley.directory.Directory;
import org.parley.platform.numbers.NumberOwner;
import org.parley.platform.numbers.NumberUse;

/** Extensions' share of the number space: each extension's number. */
@ApplicationScoped
public class ExtensionNumbers implements NumberOwner {

    @Inject
    Directory directory;

    @Override
    public Optional<NumberUse> use(String number) {
        return directory.extension(number).map(e -> new NumberUse(NumberUse.EXTENSION, e.number(),
                "extension " + e.number() + (e.displayName().isBlank() ? "" : " (" + e.displayName() + ")")));
    }
}
