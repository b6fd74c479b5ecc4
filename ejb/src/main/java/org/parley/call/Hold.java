package org.parley.call;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Music on hold for an answered call, as Asterisk does with {@code direct_media}: the two parties talk directly
 * until one of them holds; then both are anchored on Parley's media engine (the holder answered from an endpoint,
 * the held party re-INVITEd onto another, which plays the music class), and on resume the two are put back in
 * direct media by third-party call control (RFC 3725 flow I: the held party gets the holder's new offer, the holder
 * the held party's answer) and the endpoints closed.
 *
 * <pre>
 * IDLE      —hold offer from L→            ANCHORING (L answered from the engine; the other leg re-INVITEd)
 * ANCHORING —other leg's answer→           HELD (music played to it; no music when it refused: silence)
 * HELD      —holder offers a hold again, or the held party offers anything→ HELD (answered from its endpoint)
 * HELD      —holder offers to talk again→  RESUMING (the held party re-INVITEd with the holder's offer)
 * RESUMING  —held party's answer→          IDLE (the holder answered with it, legs bridged anew, endpoints closed)
 * RESUMING  —held party refuses→           HELD (the holder's re-INVITE refused with the same kind of status)
 * IDLE      —an offer that does not hold→  RESUMING (the same relay by 3pcc: the connector left it to Parley)
 * ANCHORING, RESUMING —any offer→          491 (RFC 3261 §14.1: an offer is already under way)
 * ANCHORING —491 from the other leg→       ANCHORING (offered again after 2.1–4 s, at most {@value #MAX_RETRIES} times;
 *                                          then HELD without music, as for a refusal)
 * </pre>
 *
 * When both parties are already anchored ({@code PARLEY_MEDIA_ANCHOR=always}) the hold reuses their endpoints and
 * the call stays anchored: no re-INVITE to the held party and no 3pcc.
 *
 * <pre>
 * IDLE —hold offer from L→          HELD (L re-answered on its endpoint; the music played on the other's endpoint)
 * IDLE —an offer that does not hold→ IDLE (re-answered on its endpoint: the call stays anchored)
 * HELD —holder offers to talk again→ IDLE (re-answered, the music stopped, the two endpoints connected again)
 * </pre>
 */
final class Hold {

    /** The music class held parties hear (no extension or queue has one of its own yet). */
    static final String MUSIC_CLASS = "default";

    /** How many times Parley's re-INVITE onto the engine is tried again after a 491 before the hold gives up music. */
    static final int MAX_RETRIES = 3;

    enum Stage { IDLE, ANCHORING, HELD, RESUMING }

    private Stage stage = Stage.IDLE;
    private String holder;
    private String held;
    /** The holder's re-INVITE waiting for the held party's answer (RESUMING). */
    private String pendingKey;
    /** RESUMING from HELD (not a plain offer passed on while nobody held). */
    private boolean resumingFromHold;
    /** Both parties were on engine endpoints of their own when the hold began ({@code PARLEY_MEDIA_ANCHOR=always}). */
    private boolean anchored;
    /** ANCHORING: Parley's re-INVITE got 491 and waits for its retry. */
    private boolean retryPending;
    private int retries;

    Stage stage() {
        return stage;
    }

    /** Whether an offer/answer exchange Parley started for the hold is under way. */
    boolean negotiating() {
        return stage == Stage.ANCHORING || stage == Stage.RESUMING;
    }

    /** Whether the call is on hold: from the holder's hold offer until the held party took its resume. */
    boolean holding() {
        return stage == Stage.ANCHORING || stage == Stage.HELD || (stage == Stage.RESUMING && resumingFromHold);
    }

    /**
     * A party's re-INVITE the connector left to Parley ({@code from} offered {@code offer} on transaction {@code key};
     * {@code other} is the other party's leg; {@code bothAnchored}: both legs are on engine endpoints of their own).
     */
    List<CallAction> offered(String from, String other, String key, SessionDescription offer, boolean bothAnchored) {
        List<CallAction> actions = new ArrayList<>();
        switch (stage) {
            case IDLE -> {
                holder = from;
                held = other;
                anchored = bothAnchored;
                if (anchored) {
                    actions.add(new CallAction.AnswerFromEngine(from, key, offer));
                    if (offer.holds()) {
                        actions.add(new CallAction.PlayMusic(other, SessionDescription.none(), MUSIC_CLASS));
                        stage = Stage.HELD;
                    }
                } else if (offer.holds()) {
                    actions.add(new CallAction.AnswerFromEngine(from, key, offer));
                    actions.add(new CallAction.OfferFromEngine(other));
                    retries = 0;
                    stage = Stage.ANCHORING;
                } else {
                    resume(key, offer, actions);
                }
            }
            case HELD -> {
                if (from.equals(holder) && !offer.holds() && anchored) {
                    actions.add(new CallAction.AnswerFromEngine(from, key, offer));
                    actions.add(new CallAction.StopMusic(held));
                    actions.add(new CallAction.Bridge(holder, held));
                    stage = Stage.IDLE;
                } else if (from.equals(holder) && !offer.holds()) {
                    resume(key, offer, actions);
                } else {
                    actions.add(new CallAction.AnswerFromEngine(from, key, offer));
                }
            }
            case ANCHORING, RESUMING -> actions.add(new CallAction.RespondToInvite(from, key, 491,
                    SessionDescription.none()));
        }
        return actions;
    }

    private void resume(String key, SessionDescription offer, List<CallAction> actions) {
        resumingFromHold = stage == Stage.HELD;
        pendingKey = key;
        actions.add(new CallAction.Reoffer(held, offer));
        stage = Stage.RESUMING;
    }

    /** The outcome of Parley's re-INVITE on {@code legId}; empty when the hold did not send it. */
    Optional<List<CallAction>> reoffered(String legId, int status, SessionDescription answer) {
        if (!negotiating() || !legId.equals(held)) {
            return Optional.empty();
        }
        List<CallAction> actions = new ArrayList<>();
        boolean accepted = status >= 200 && status < 300;
        if (stage == Stage.ANCHORING) {
            if (status == 491 && retries < MAX_RETRIES) {
                retries++;
                retryPending = true;
                actions.add(new CallAction.ReofferLater(held));
                return Optional.of(actions);
            }
            if (accepted) {
                actions.add(new CallAction.PlayMusic(held, answer, MUSIC_CLASS));
            } else {
                // the held party keeps its old session: it hears silence, as before Parley played music
                actions.add(new CallAction.ReleaseMedia(held));
            }
            stage = Stage.HELD;
        } else if (accepted) {
            actions.add(new CallAction.RespondToInvite(holder, pendingKey, 200, answer));
            actions.add(new CallAction.Bridge(holder, held));
            actions.add(new CallAction.ReleaseMedia(holder));
            actions.add(new CallAction.ReleaseMedia(held));
            stage = Stage.IDLE;
        } else {
            actions.add(new CallAction.RespondToInvite(holder, pendingKey, status == 491 ? 491 : 488,
                    SessionDescription.none()));
            stage = Stage.HELD;
        }
        return Optional.of(actions);
    }

    /** The pause after a 491 is over: Parley offers the held party the engine again, if it still waits for that. */
    List<CallAction> retry(String legId) {
        List<CallAction> actions = new ArrayList<>();
        if (stage == Stage.ANCHORING && retryPending && legId.equals(held)) {
            retryPending = false;
            actions.add(new CallAction.OfferFromEngine(held));
        }
        return actions;
    }

    /**
     * The call leaves the parties' hands (a transfer starts): the endpoints are closed, the parties keep the
     * sessions they have until the transfer gives them new ones.
     */
    List<CallAction> left() {
        List<CallAction> actions = new ArrayList<>();
        if (stage != Stage.IDLE && anchored) {
            // the parties' endpoints stay theirs (the anchor closes them when the call ends): only the music stops
            actions.add(new CallAction.StopMusic(held));
        } else if (stage != Stage.IDLE) {
            actions.add(new CallAction.ReleaseMedia(holder));
            actions.add(new CallAction.ReleaseMedia(held));
        }
        stage = Stage.IDLE;
        retryPending = false;
        return actions;
    }
}
