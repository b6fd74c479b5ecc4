package org.parley.e2e.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipPhone;

/** The Call history page's "Export to CSV": the records the filters select, as the REST export writes them. */
@ExtendWith(SharedParleyServer.class)
class CallHistoryExportIT {

    @Test
    void theExportHoldsTheFilteredRecordsAsCsv(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        SipPhone alicePhone = SipPhone.registered(server, alice, "alice-password");
        SipPhone bobPhone = SipPhone.registered(server, bob, "bob-password");
        SipPhone.Dialog call = alicePhone.invite(bob).send();
        bobPhone.awaitCall().respond(486);
        assertEquals(486, call.awaitFinal().status());
        Await.until(Duration.ofSeconds(10), "the record of the busy call",
                () -> server.admin().get("/api/cdrs?extension=" + bob).json().getInt("total") == 1);

        ConsoleHttp console = new ConsoleHttp(server).signIn("admin", server.adminPassword());
        HttpResponse<String> page = console.get("/call-history.xhtml");
        assertEquals(200, page.statusCode());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("historyForm", "historyForm");
        form.put("historyForm:extension", bob);
        form.put("historyForm:number", "");
        form.put("historyForm:export", "");
        form.put("jakarta.faces.ViewState", ConsoleHttp.viewState(page.body()));
        HttpResponse<String> csv = console.post("/call-history.xhtml", form, Map.of());

        assertEquals(200, csv.statusCode(), csv::body);
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers()::toString);
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("parley-cdrs.csv"));
        List<String> lines = Arrays.stream(csv.body().split("\r\n")).filter(l -> !l.isEmpty()).toList();
        assertTrue(lines.get(0).startsWith("id,direction,caller_number"), lines.get(0));
        assertEquals(2, lines.size(), csv.body());
        assertTrue(lines.get(1).contains(alice) && lines.get(1).contains(bob) && lines.get(1).contains("BUSY"),
                lines.get(1));
    }
}
