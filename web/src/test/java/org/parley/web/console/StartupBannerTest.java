package org.parley.web.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.security.AdminPasswordNotice;
import org.parley.sip.SipAccess;

class StartupBannerTest {

    private static final SipAccess ACCESS = new SipAccess("pbx.example", "192.0.2.10",
            List.of(new SipAccess.Transport("UDP", 5060), new SipAccess.Transport("TCP", 5060)));

    @Test
    void theFirstStartShowsTheGeneratedPasswordOnce() {
        AdminPasswordNotice notice = new AdminPasswordNotice();
        notice.generated("Gen3ratedPassw0rd");

        String banner = StartupBanner.text(ACCESS, 8080, notice.line());

        assertEquals(4, banner.lines().count(), banner);
        assertTrue(banner.contains("http://192.0.2.10:8080/  (user admin, password Gen3ratedPassw0rd (generated"),
                banner);
        assertTrue(banner.contains("sip:192.0.2.10:5060  (domain pbx.example; UDP 5060, TCP 5060)"), banner);
    }

    @Test
    void laterStartsSayHowToResetThePasswordAndIpv6IsBracketed() {
        SipAccess v6 = new SipAccess("pbx.example", "2001:db8::10", List.of(new SipAccess.Transport("UDP", 5062)));

        String banner = StartupBanner.text(v6, 8081, new AdminPasswordNotice().line());

        assertTrue(banner.contains("http://[2001:db8::10]:8081/  (admin password unchanged (set PARLEY_ADMIN_PASSWORD"),
                banner);
        assertTrue(banner.contains("sip:[2001:db8::10]:5062"), banner);
    }
}
