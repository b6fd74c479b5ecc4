package org.parley.web.report;

import java.util.Locale;
import java.util.Optional;

/** How the wallboard and reports write a figure that may be absent (nothing to average): a dash then. */
public final class Figure {

    /** What an absent figure shows. */
    public static final String NONE = "–";

    private Figure() {
    }

    /** A percentage with at most one decimal: "87.5 %". */
    public static String percent(Optional<Double> value) {
        return value.map(v -> String.format(Locale.ROOT, "%.1f %%", v).replace(".0 %", " %")).orElse(NONE);
    }

    /** A time in seconds as minutes and seconds: "0:07", "12:30". */
    public static String duration(Optional<Double> seconds) {
        return seconds.map(s -> clock(Math.round(s))).orElse(NONE);
    }

    /** Whole seconds as minutes and seconds ("1:05"), hours when there are some ("2:01:05"). */
    public static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
                : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}
