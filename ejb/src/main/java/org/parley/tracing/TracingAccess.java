package org.parley.tracing;

import java.util.Optional;
import org.parley.security.Caller;
import org.parley.security.Role;

/** Who sees what of call tracing: supervisors and administrators everything, agents their own calls and cases. */
public final class TracingAccess {

    private TracingAccess() {
    }

    public static boolean seesAll(Caller caller) {
        return caller.roles().contains(Role.ADMIN) || caller.roles().contains(Role.SUPERVISOR);
    }

    /** The user whose own things the caller is limited to; empty for one who sees everything. */
    public static Optional<String> limitedTo(Caller caller) {
        return seesAll(caller) ? Optional.empty() : Optional.of(caller.username());
    }

    /** Whether the caller sees this case file. */
    public static boolean sees(Caller caller, CaseFile caseFile) {
        return seesAll(caller) || caseFile.followedBy(caller.username());
    }
}
