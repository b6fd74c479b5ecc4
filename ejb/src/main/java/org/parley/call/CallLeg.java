package org.parley.call;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One leg of a call: the dialog with one device. Its id is the SIP connector's; its state moves only through
 * {@link LegState#TABLE}.
 */
public final class CallLeg {

    /** Which side of the call a leg is on. */
    public enum Role {
        /** The party that placed the call (for click-to-dial: the extension rung first). */
        ORIGIN,
        /** A device of the party being called. */
        DESTINATION
    }

    private final String id;
    private final Role role;
    private final Party party;
    private final String device;
    private final boolean offerSent;
    private final Instant createdAt;
    private LegState state = LegState.CALLING;
    private Instant answeredAt;
    private Instant endedAt;
    private Integer finalStatus;

    /**
     * @param id        the connector's leg id
     * @param role      origin or destination side
     * @param party     who is on it
     * @param device    what it reaches: a registered contact URI, a trunk, an outside number
     * @param offerSent whether the INVITE that opened it carried an offer (false: late offer, the answer goes in the ACK)
     * @param createdAt when it was opened
     */
    public CallLeg(String id, Role role, Party party, String device, boolean offerSent, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.role = Objects.requireNonNull(role, "role");
        this.party = Objects.requireNonNull(party, "party");
        this.device = Objects.requireNonNull(device, "device");
        this.offerSent = offerSent;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Moves the leg; {@link org.parley.platform.state.TransitionTable.IllegalTransition} when the table forbids it. */
    void apply(LegState.Trigger trigger, Instant now) {
        LegState next = LegState.TABLE.require(state, trigger);
        if (next == LegState.ANSWERED && answeredAt == null) {
            answeredAt = now;
        }
        if (next == LegState.ENDED && endedAt == null) {
            endedAt = now;
        }
        state = next;
    }

    void finalStatus(int status) {
        this.finalStatus = status;
    }

    public String id() {
        return id;
    }

    public Role role() {
        return role;
    }

    public Party party() {
        return party;
    }

    public String device() {
        return device;
    }

    public boolean offerSent() {
        return offerSent;
    }

    public LegState state() {
        return state;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    /** The final SIP status this leg failed with, if it failed. */
    public Optional<Integer> finalStatus() {
        return Optional.ofNullable(finalStatus);
    }

    public boolean isOver() {
        return state.isOver();
    }
}
