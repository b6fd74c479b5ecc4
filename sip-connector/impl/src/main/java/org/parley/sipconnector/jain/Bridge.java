package org.parley.sipconnector.jain;

/**
 * Two legs whose in-dialog requests the connector relays to each other. It also serialises offer/answer across them:
 * one re-INVITE or UPDATE at a time, whichever side sends it (RFC 3261 §14.1, RFC 3311 §5.2), so crossing offers
 * are refused with 491 instead of being relayed into each other. Once a party holds, the application takes the
 * bridge's re-INVITEs ({@link #offersToApplication()}) until it bridges the legs anew.
 */
final class Bridge {

    final Leg a;
    final Leg b;
    private boolean offerPending;
    private volatile boolean dissolved;
    private volatile boolean offersToApplication;

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

    /**
     * From now on the re-INVITEs of both legs go to the application instead of being relayed (a party put the call
     * on hold: the application anchors the media), until the legs are bridged again (a new bridge).
     */
    void offersToApplication() {
        offersToApplication = true;
    }

    boolean sendsOffersToApplication() {
        return offersToApplication;
    }

    void dissolve() {
        dissolved = true;
    }

    boolean dissolved() {
        return dissolved;
    }
}
