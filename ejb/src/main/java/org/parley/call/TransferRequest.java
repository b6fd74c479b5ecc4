package org.parley.call;

import java.util.Objects;
import java.util.Optional;

/**
 * A party's call to be handed on to {@code target}.
 *
 * @param mode          blind (Parley reaches the target) or attended (the transferor has reached it already, or,
 *                      through the API, consults it before the remaining party meets it)
 * @param target        who the call goes to, as dialled (an extension or an outside number)
 * @param transferorLeg the leg whose party asked (a REFER's); empty when the API asks on the extension's behalf
 * @param requestKey    the REFER's server transaction, answered 202 once the transfer starts; empty for the API
 * @param replacedLeg   attended: the transferor's leg to the target (the dialog its Refer-To's Replaces names), whose
 *                      partner is the target; empty for a blind transfer
 * @param referredBy    the REFER's Referred-By value (RFC 3892), passed on to the target; empty when it had none or
 *                      for the API
 */
public record TransferRequest(Mode mode, Party target, Optional<String> transferorLeg, Optional<String> requestKey,
        Optional<String> replacedLeg, Optional<String> referredBy) {

    /** How the transferor hands the call on (RFC 5589 §6 and §7). */
    public enum Mode {
        BLIND, ATTENDED
    }

    public TransferRequest {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(transferorLeg, "transferorLeg");
        Objects.requireNonNull(requestKey, "requestKey");
        Objects.requireNonNull(replacedLeg, "replacedLeg");
        Objects.requireNonNull(referredBy, "referredBy");
    }

    /** A request without a Referred-By of its own. */
    public TransferRequest(Mode mode, Party target, Optional<String> transferorLeg, Optional<String> requestKey,
            Optional<String> replacedLeg) {
        this(mode, target, transferorLeg, requestKey, replacedLeg, Optional.empty());
    }

    /** A blind transfer. */
    public TransferRequest(Party target, Optional<String> transferorLeg, Optional<String> requestKey) {
        this(Mode.BLIND, target, transferorLeg, requestKey, Optional.empty());
    }

    /** The same request as a blind transfer (an attended one that cannot be carried out as such). */
    public TransferRequest asBlind() {
        return new TransferRequest(Mode.BLIND, target, transferorLeg, requestKey, Optional.empty(), referredBy);
    }

    /** A REFER from a party: its progress goes back to that party as NOTIFY. */
    public boolean referred() {
        return requestKey.isPresent();
    }

    /**
     * What the call record says of this step: {@code blind}, {@code attended} (a REFER with Replaces, or the API's
     * consult-then-complete), {@code api} (the API's blind transfer).
     */
    String reason() {
        if (!referred()) {
            return mode == Mode.ATTENDED ? "attended" : "api";
        }
        return replacedLeg.isPresent() ? "attended" : "blind";
    }
}
