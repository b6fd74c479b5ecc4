package org.parley.sipconnector.jain;

import java.nio.charset.StandardCharsets;
import javax.sip.header.ContentTypeHeader;
import javax.sip.message.Request;
import org.parley.sipconnector.media.DtmfBodies;
import org.parley.sipconnector.media.DtmfMethod;
import org.parley.sipconnector.media.DtmfReports;

/** A key press sent as SIP INFO is reported like one sent as RFC 4733 events: once, whichever came first. */
final class InfoDtmf {

    private InfoDtmf() {
    }

    static void report(DtmfReports reports, String legId, Request info) {
        ContentTypeHeader type = (ContentTypeHeader) info.getHeader(ContentTypeHeader.NAME);
        byte[] content = info.getRawContent();
        if (type == null || content == null) {
            return;
        }
        DtmfBodies.digit(type.getContentType() + "/" + type.getContentSubType(),
                new String(content, StandardCharsets.UTF_8))
                .ifPresent(digit -> reports.heard(legId, digit, DtmfMethod.SIP_INFO));
    }
}
