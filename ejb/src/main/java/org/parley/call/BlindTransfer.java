package org.parley.call;

/**
 * A blind transfer (RFC 5589 §6): a REFER without Replaces, or the API's blind transfer. Parley rings the target for
 * the transferee; the first target to answer gets the remaining party ({@code RINGING → COMPLETING}), the transferor
 * is hung up once it is connected and hears how it went by NOTIFY (RFC 3515 §2.4.4). What it does is
 * {@link Transfer}'s own behaviour: the other kinds differ from it.
 */
final class BlindTransfer extends Transfer {

    BlindTransfer(Transfers owner, TransferRequest request, CallLeg transferor, CallLeg remaining) {
        super(owner, request, transferor, remaining);
    }
}
