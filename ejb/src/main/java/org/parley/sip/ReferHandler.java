package org.parley.sip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.parley.call.CallControl;
import org.parley.call.Party;
import org.parley.call.TransferRequest;
import org.parley.sipconnector.DialogKey;
import org.parley.sipconnector.SipRequest;
import org.parley.sipconnector.SipResponseSpec;

/**
 * A REFER within a call's dialog (RFC 3515): a party hands its call on to the Refer-To target. Call control answers
 * it (202, then NOTIFY with the progress); a REFER outside any call's dialog, or without a usable Refer-To, is
 * refused here.
 */
@ApplicationScoped
public class ReferHandler {

    private static final Logger LOG = Logger.getLogger(ReferHandler.class.getName());

    @Inject
    SipResponder responder;

    @Inject
    CallControl calls;

    /** The leg of the dialog a Replaces value names (RFC 3891 §6.1). */
    private Optional<String> legOf(String replaces) {
        Optional<DialogKey> key = ReplacesHeader.parse(replaces);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            return responder.withConnection(c -> c.legOf(key.get()));
        } catch (SipResponder.SipUnavailable e) {
            LOG.info(() -> "Replaces not looked up: " + e.getMessage());
            return Optional.empty();
        }
    }

    public void handle(SipRequest refer) {
        if (refer.legId().isEmpty()) {
            responder.respond(refer, SipResponseSpec.status(481).reason("Call/Transaction Does Not Exist").build());
            return;
        }
        Optional<ReferTarget> target = refer.header("Refer-To").flatMap(ReferTarget::parse);
        if (target.isEmpty()) {
            // RFC 3515 §2.4.1: a REFER needs exactly one usable Refer-To
            LOG.info(() -> "REFER without a usable Refer-To refused: " + refer.header("Refer-To").orElse("none"));
            responder.respond(refer, SipResponseSpec.status(400).reason("Bad Refer-To").build());
            return;
        }
        Optional<String> replaced = target.get().replaces().flatMap(this::legOf);
        if (target.get().replaces().isPresent() && replaced.isEmpty()) {
            LOG.info(() -> "REFER with Replaces naming no dialog of Parley's (" + target.get().replaces().get()
                    + "): transferred blind to " + target.get().user());
        }
        TransferRequest.Mode mode = replaced.isPresent() ? TransferRequest.Mode.ATTENDED : TransferRequest.Mode.BLIND;
        // RFC 3892: the target learns who referred it; passed on as the transferor sent it
        calls.transferRequested(new TransferRequest(mode, Party.of(target.get().user()), refer.legId(),
                Optional.of(refer.transactionKey()), replaced, refer.header("Referred-By")));
    }
}
