package org.parley.sipconnector;

import java.util.Objects;

/**
 * The dialog of a subscription Parley accepted (RFC 6665 §4.1.2.1: the 2xx to a SUBSCRIBE creates it), as the
 * application keeps it to send NOTIFYs in it: Parley is the notifier.
 *
 * @param callId       the SUBSCRIBE's Call-ID
 * @param localUri     Parley's URI in the dialog: the SUBSCRIBE's To URI
 * @param localTag     Parley's tag: the To tag of its 2xx ({@link SipRequest#localTag()})
 * @param remoteUri    the subscriber's URI: the SUBSCRIBE's From URI
 * @param remoteTag    the subscriber's From tag
 * @param remoteTarget where NOTIFYs are addressed: the SUBSCRIBE's Contact URI
 * @param source       the address the SUBSCRIBE came from: NOTIFYs are sent there (a phone behind NAT)
 * @param transport    the transport it came over ({@code UDP}, {@code TCP})
 */
public record SubscriptionDialog(String callId, SipUri localUri, String localTag, SipUri remoteUri, String remoteTag,
        SipUri remoteTarget, SipPeer source, String transport) {

    public SubscriptionDialog {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(localUri, "localUri");
        Objects.requireNonNull(localTag, "localTag");
        Objects.requireNonNull(remoteUri, "remoteUri");
        Objects.requireNonNull(remoteTag, "remoteTag");
        Objects.requireNonNull(remoteTarget, "remoteTarget");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(transport, "transport");
    }
}
