package org.parley.forwarding;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A forwarding feature code dialled from a phone: {@code *72<number>} switches unconditional forwarding on to that
 * number, {@code *73} off; {@code *90}/{@code *91} busy, {@code *52}/{@code *53} no answer, {@code *62}/{@code *63}
 * unavailable (the codes phones and PBX users know).
 *
 * @param kind   the rule it changes
 * @param target for a code that switches a rule on, the number dialled after it; empty for a code that switches off
 */
public record FeatureCode(ForwardKind kind, Optional<String> target) {

    /** The codes, in the order of {@link ForwardKind}: on, then off. */
    private enum Code {
        UNCONDITIONAL("*72", "*73", ForwardKind.UNCONDITIONAL),
        BUSY("*90", "*91", ForwardKind.BUSY),
        NO_ANSWER("*52", "*53", ForwardKind.NO_ANSWER),
        UNAVAILABLE("*62", "*63", ForwardKind.UNAVAILABLE);

        private final String on;
        private final String off;
        private final ForwardKind kind;

        Code(String on, String off, ForwardKind kind) {
            this.on = on;
            this.off = off;
            this.kind = kind;
        }
    }

    public FeatureCode {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
    }

    /**
     * The feature code a dialled string is, if it is one: an "on" code followed by at least one digit (or {@code +}),
     * or an "off" code alone.
     */
    public static Optional<FeatureCode> parse(String dialled) {
        if (dialled == null || !dialled.startsWith("*")) {
            return Optional.empty();
        }
        return Arrays.stream(Code.values()).flatMap(code -> {
            if (dialled.equals(code.off)) {
                return java.util.stream.Stream.of(new FeatureCode(code.kind, Optional.empty()));
            }
            String rest = dialled.startsWith(code.on) ? dialled.substring(code.on.length()) : "";
            if (rest.matches("\\+?[0-9]+")) {
                return java.util.stream.Stream.of(new FeatureCode(code.kind, Optional.of(rest)));
            }
            return java.util.stream.Stream.empty();
        }).findFirst();
    }

    /**
     * The forwarding code a dialled string starts with ({@code *72}, {@code *73} …), if one: such numbers belong to
     * forwarding and no extension or queue may take them.
     */
    public static Optional<String> prefixOf(String dialled) {
        if (dialled == null) {
            return Optional.empty();
        }
        return Arrays.stream(Code.values()).flatMap(c -> java.util.stream.Stream.of(c.on, c.off))
                .filter(dialled::startsWith).findFirst();
    }

    /** Whether the code switches its rule on. */
    public boolean switchesOn() {
        return target.isPresent();
    }
}
