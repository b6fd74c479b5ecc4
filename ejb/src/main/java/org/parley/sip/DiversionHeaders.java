package org.parley.sip;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.call.CallHop;

/**
 * The headers that tell a carrier a call was forwarded, so that it accepts the original caller's number: Diversion
 * (RFC 5806, what carriers still read) and History-Info (RFC 7044, with the RFC 4458 cause of each retarget).
 */
final class DiversionHeaders {

    private DiversionHeaders() {
    }

    /**
     * The Diversion header for a leg's history: one entry per forward, the most recent first, or none.
     *
     * @param domain the SIP domain extensions are addressed in
     */
    static Optional<String> diversion(List<CallHop> history, String domain) {
        List<CallHop> forwards = forwards(history);
        List<String> entries = new ArrayList<>();
        for (int i = forwards.size() - 1; i >= 0; i--) {
            CallHop hop = forwards.get(i);
            entries.add("<sip:" + hop.from().number() + "@" + domain + ">;reason=" + diversionReason(hop.reason())
                    + ";counter=1");
        }
        return entries.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", entries));
    }

    /**
     * The History-Info header for a leg's history: the party first called (index 1), then each forward's target as
     * a mapped retarget of the previous entry ({@code mp}), the last being {@code finalTarget}; the retargeted
     * entries carry the cause of their retarget (RFC 4458: 302 unconditional, 486 busy, 408 no answer, 480
     * unavailable). None without forwards.
     */
    static Optional<String> historyInfo(List<CallHop> history, String domain, String finalTarget) {
        List<CallHop> forwards = forwards(history);
        if (forwards.isEmpty()) {
            return Optional.empty();
        }
        List<String> entries = new ArrayList<>();
        String index = "1";
        for (CallHop hop : forwards) {
            entries.add("<sip:" + hop.from().number() + "@" + domain + "?Reason=SIP%3Bcause%3D" + cause(hop.reason())
                    + ">;index=" + index + (index.equals("1") ? "" : ";mp=" + parentOf(index)));
            index = index + ".1";
        }
        entries.add("<" + finalTarget + ">;index=" + index + ";mp=" + parentOf(index));
        return Optional.of(String.join(", ", entries));
    }

    private static List<CallHop> forwards(List<CallHop> history) {
        return history.stream().filter(h -> h.type() == CallHop.Type.FORWARD).toList();
    }

    private static String parentOf(String index) {
        return index.substring(0, index.lastIndexOf('.'));
    }

    private static String diversionReason(String reason) {
        switch (reason) {
            case "busy":
                return "user-busy";
            case "no-answer":
                return "no-answer";
            case "unavailable":
                return "unavailable";
            case "unconditional":
                return "unconditional";
            default:
                return "unknown";
        }
    }

    private static int cause(String reason) {
        switch (reason) {
            case "busy":
                return 486;
            case "no-answer":
                return 408;
            case "unavailable":
                return 480;
            default:
                return 302;
        }
    }
}
