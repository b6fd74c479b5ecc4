package org.parley.sipconnector.jain;

/**
 * Two legs whose in-dialog requests the connector relays to each other. It also serialises offer/answer across them:
 * one re-INVITE or UPDATE at a time, whichever side sends it (RFC 3261 §14.1, RFC 3311 §5.2), so crossing offers
 * are refused with 491 instead of being relayed into each other.
 */
final class Bridge {

    final Leg a;
    final Leg b;
    private boolean offerPending;
    private volatile boolean dissolved;

    Bridge(Leg a, Leg b) {
        this.a = a;
        this.b = b;
    }

    Leg other(Leg leg) {
        return leg == a ? b : a;
    }

    /** Claims the bridge for an offer/answer exchange; false while another is under way (glare). */
    synchronized boolean startOffer() {
        if (offerPending) {
            return false;
        }
        offerPending = true;
        return true;
    }

    synchronized void offerDone() {
        offerPending = false;
    }

    void dissolve() {
        dissolved = true;
    }

    boolean dissolved() {
        return dissolved;
    }
}
