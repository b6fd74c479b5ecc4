package org.parley.sipconnector.jain;

/**
 * What the connector holds for calls at one moment; every count returns to zero once the calls are over.
 *
 * @param legs            legs not over
 * @param dialogs         legs findable by dialog (Call-ID and our tag)
 * @param pendingInvites  INVITEs a CANCEL may still match (new legs' and relayed re-INVITEs')
 * @param bridges         bridges
 * @param pinnedRoutes    dialogs pinned to a next hop
 * @param timers          connector timers waiting to fire
 * @param registrations   outbound registrations
 * @param waitingDeliveries deliveries waiting for an in-flight permit
 * @param inFlight        deliveries handed to the application and not finished
 */
record Occupancy(int legs, int dialogs, int pendingInvites, int bridges, int pinnedRoutes, int timers,
        int registrations, int waitingDeliveries, int inFlight) {

    /** Whether nothing of any call is held any more. */
    boolean isEmpty() {
        return legs == 0 && dialogs == 0 && pendingInvites == 0 && bridges == 0 && pinnedRoutes == 0 && timers == 0
                && registrations == 0 && waitingDeliveries == 0 && inFlight == 0;
    }
}
