package org.parley.sip;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.sipconnector.SipRequest;
import org.parley.sipconnector.SipResponseSpec;

/**
 * What a new INVITE's body and {@code Accept} must allow before anything else is decided about it (RFC 3261 §8.2.3,
 * §21.4.13 and RFC 4475 §3.3.7 / §3.3.14): a body Parley cannot read gets 415 with the types it can; an {@code Accept}
 * that rules out SDP gets 488, since every answer Parley gives an offer is SDP.
 */
final class InviteContent {

    private static final String SDP = "application/sdp";
    /** Bodies an INVITE may carry: SDP, or a multipart body holding it (RFC 5621), passed on as it is. */
    private static final List<String> READABLE = List.of(SDP, "multipart/mixed");

    private InviteContent() {
    }

    /** The answer refusing {@code invite} for its content, or empty when Parley can take it. */
    static Optional<SipResponseSpec> refusal(SipRequest invite) {
        if (invite.body().length > 0) {
            String type = baseType(invite.contentType().orElse(SDP));
            if (!READABLE.contains(type)) {
                return Optional.of(SipResponseSpec.status(415).header("Accept", SDP).build());
            }
        }
        List<String> accepted = invite.headers("Accept").stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(InviteContent::baseType)
                .filter(t -> !t.isEmpty())
                .toList();
        if (!invite.headers("Accept").isEmpty() && !accepted.isEmpty()
                && accepted.stream().noneMatch(t -> t.equals(SDP) || t.equals("application/*") || t.equals("*/*"))) {
            return Optional.of(SipResponseSpec.status(488).reason("Not Acceptable Here")
                    .header("Warning", "304 parley \"Only application/sdp answers\"").build());
        }
        return Optional.empty();
    }

    private static String baseType(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
