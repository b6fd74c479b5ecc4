package org.parley.dialplan;

import java.util.Objects;
import org.parley.trunk.TrunkView;

/** Where a dialled number goes: the dial plan's decision for call control. */
public sealed interface Route permits Route.Internal, Route.External, Route.Emergency, Route.Unroutable {

    /**
     * To an extension of this Parley.
     *
     * @param extension the extension number
     */
    record Internal(String extension) implements Route {
        public Internal {
            Objects.requireNonNull(extension, "extension");
        }
    }

    /**
     * Out through a trunk.
     *
     * @param e164  the number in E.164
     * @param trunk the trunk of the first matching outbound route
     */
    record External(String e164, TrunkView trunk) implements Route {
        public External {
            Objects.requireNonNull(e164, "e164");
            Objects.requireNonNull(trunk, "trunk");
        }
    }

    /**
     * An emergency call, out through a trunk.
     *
     * @param number the short number as dialled ({@code 112}, {@code 15} …)
     * @param trunk  the trunk of the first outbound route that carries emergency calls
     */
    record Emergency(String number, TrunkView trunk) implements Route {
        public Emergency {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(trunk, "trunk");
        }
    }

    /**
     * Nowhere.
     *
     * @param reason why
     */
    record Unroutable(Reason reason) implements Route {
        public Unroutable {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Why a number cannot be routed, with the SIP answer that says so. */
    enum Reason {
        /** Not an extension and not a number Parley can place: {@code 404 Not Found}. */
        NO_SUCH_NUMBER(404, "Not Found"),
        /** A valid number, but no enabled trunk's outbound route covers its class or prefix. */
        NO_ROUTE(503, "No Route To Destination"),
        /** A policy forbids it (reserved for callers' permissions): {@code 403 Forbidden}. */
        NOT_ALLOWED(403, "Forbidden");

        private final int sipStatus;
        private final String reasonPhrase;

        Reason(int sipStatus, String reasonPhrase) {
            this.sipStatus = sipStatus;
            this.reasonPhrase = reasonPhrase;
        }

        /** The SIP status to answer the caller with. */
        public int sipStatus() {
            return sipStatus;
        }

        public String reasonPhrase() {
            return reasonPhrase;
        }
    }
}
