package org.parley.forwarding.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.parley.forwarding.FeatureCode;
import org.parley.platform.numbers.NumberOwner;
import org.parley.platform.numbers.NumberUse;

/** Forwarding's share of the number space: its feature codes ({@code *72<number>}, {@code *73} …). */
@ApplicationScoped
public class FeatureCodeNumbers implements NumberOwner {

    @Override
    public Optional<NumberUse> use(String number) {
        return FeatureCode.prefixOf(number).map(code -> new NumberUse("feature code", code,
                "the forwarding feature code " + code));
    }
}
