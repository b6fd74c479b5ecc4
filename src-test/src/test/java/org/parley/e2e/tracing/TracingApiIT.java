package org.parley.e2e.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Crm;
import org.parley.e2e.OpenApiDocument;
import org.parley.e2e.Users;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;

/**
 * The call tracing resources over real HTTP: contacts found by a number in any format, case files, the rules of the
 * call communication form (direction swap, the party rule, reached / processed), edit, delete, task links, and
 * {@code ?assignee=me&due=today}; what agents see.
 */
@ExtendWith(SharedParleyServer.class)
class TracingApiIT {

    private static List<String> fieldsOf(RestClient.Response r) {
        assertEquals(400, r.status(), r::toString);
        assertEquals("application/problem+json", r.contentType().split(";")[0], r::toString);
        return r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).sorted().toList();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<Long> ids(RestClient.Response page) {
        assertEquals(200, page.status(), page::toString);
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void aContactIsFoundByItsNumberInAnyFormat(ParleyServer server) {
        String national = Crm.freshMobile();
        String e164 = Crm.e164(national);
        String spaced = "+33 " + national.substring(1, 2) + " " + national.substring(2, 4) + " "
                + national.substring(4, 6) + " " + national.substring(6, 8) + " " + national.substring(8);
        JsonObject contact = Crm.contact(server, Crm.freshName("Jeanne Martin"), spaced);
        long id = contact.getJsonNumber("id").longValue();
        assertEquals(List.of(e164), contact.getJsonArray("phones").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList(), "stored in E.164");

        for (String form : List.of(e164, spaced, national, e164.substring(1), "0033" + national.substring(1))) {
            assertEquals(List.of(id), ids(server.admin().get("/api/contacts?phone=" + enc(form))), form);
        }
        assertEquals(List.of(), ids(server.admin().get("/api/contacts?phone=" + enc(Crm.freshMobile()))));

        // search by any part of the name or number
        String name = contact.getString("name");
        assertTrue(ids(server.admin().get("/api/contacts?q=" + enc(name.substring(3, 12).toUpperCase()))).contains(id));
        assertTrue(ids(server.admin().get("/api/contacts?q=" + enc(national.substring(0, 8)))).contains(id));
    }

    @Test
    void contactsAreChangedAndDeletedAndABadNumberIsNamed(ParleyServer server) {
        RestClient api = server.admin();
        JsonObject company = Crm.created(api, "/api/companies", "{\"name\":\"" + Crm.freshName("Acme")
                + "\",\"phones\":[\"" + Crm.freshMobile() + "\"]}");
        long companyId = company.getJsonNumber("id").longValue();
        JsonObject contact = Crm.contact(server, Crm.freshName("Paul"), Crm.freshMobile());
        String path = "/api/contacts/" + contact.getJsonNumber("id").longValue();

        RestClient.Response changed = api.put(path, "{\"name\":\"Paul Durand\",\"company\":" + companyId
                + ",\"phones\":[\"01 23 45 67 89\"],\"email\":\"paul@example.com\"}");
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(company.getString("name"), changed.json().getString("companyName"));
        assertEquals("+33123456789", changed.json().getJsonArray("phones").getString(0));

        assertEquals(List.of("email", "name", "phones"), fieldsOf(api.put(path,
                "{\"name\":\" \",\"phones\":[\"not a number\"],\"email\":\"nobody\"}")));
        assertEquals(List.of("company"), fieldsOf(api.put(path, "{\"name\":\"P\",\"company\":999999999}")));

        assertEquals(204, api.delete(path).status());
        assertEquals(404, api.get(path).status());
    }

    @Test
    void aCsvImportWithABadRowImportsNothingAndNamesTheLine(ParleyServer server) {
        RestClient api = server.admin();
        String tag = Crm.freshName("Imported").replace(' ', '-');
        String company = Crm.freshName("Importers");
        Crm.created(api, "/api/companies", "{\"name\":\"" + company + "\"}");
        String good = "name,company,phones,email,notes\r\n"
                + tag + " Anne," + company.toUpperCase() + ",\"" + Crm.freshMobile() + ";+33 1 23 45 67 00\",anne@example.com,\"VIP, calls early\"\r\n"
                + tag + " Bruno,,," + ",\r\n";
        String bad = good + tag + " Carl,,not a number,,\r\n" + tag + " Dora,No Such Company,,,\r\n";

        RestClient.Response refused = api.send("POST", "/api/contacts/import", "text/csv", bad);
        assertEquals(List.of("line 4: phones", "line 5: companyName"), fieldsOf(refused).stream().sorted().toList());
        assertEquals(0, api.get("/api/contacts?q=" + enc(tag)).json().getInt("total"), "nothing half-imported");

        RestClient.Response imported = api.send("POST", "/api/contacts/import", "text/csv", good);
        assertEquals(200, imported.status(), imported::toString);
        assertEquals(2, imported.json().getInt("imported"));
        JsonObject anne = api.get("/api/contacts?q=" + enc(tag + " Anne")).json().getJsonArray("items")
                .getJsonObject(0);
        assertEquals(company, anne.getString("companyName"));
        assertEquals(2, anne.getJsonArray("phones").size());

        RestClient.Response csv = api.get("/api/contacts?q=" + enc(tag), "text/csv");
        assertEquals(200, csv.status(), csv::toString);
        List<String> lines = csv.body().lines().toList();
        assertEquals("name,company,phones,email,notes", lines.get(0));
        assertEquals(3, lines.size(), csv::body);
        assertTrue(lines.get(1).contains("\"VIP, calls early\""), lines.get(1));
        assertEquals(List.of("file"), fieldsOf(api.send("POST", "/api/contacts/import", "text/csv",
                "nom,telephone\r\nx,y\r\n")));
    }

    @Test
    void communicationRulesOfTheForm(ParleyServer server) {
        RestClient api = server.admin();
        long contact = Crm.contact(server, Crm.freshName("Claire"), Crm.freshMobile()).getJsonNumber("id")
                .longValue();

        // two unknown parties: both named
        assertEquals(List.of("recipient", "sender"), fieldsOf(api.post("/api/communications",
                "{\"direction\":\"INCOMING\",\"sender\":{\"number\":\"+33123456789\"},\"recipient\":{\"user\":"
                        + "\"admin\"}}")));
        // reached on an incoming call, processed on an outgoing one
        assertEquals(List.of("reached"), fieldsOf(api.post("/api/communications", "{\"direction\":\"INCOMING\","
                + "\"sender\":{\"contact\":" + contact + "},\"recipient\":{\"user\":\"admin\"},\"reached\":true}")));
        assertEquals(List.of("processed"), fieldsOf(api.post("/api/communications", "{\"direction\":\"OUTGOING\","
                + "\"sender\":{\"user\":\"admin\"},\"recipient\":{\"contact\":" + contact + "},\"processed\":true}")));
        assertEquals(List.of("direction"), fieldsOf(api.post("/api/communications", "{\"direction\":\"SIDEWAYS\","
                + "\"sender\":{\"contact\":" + contact + "}}")));
        assertEquals(List.of("sender.contact"), fieldsOf(api.post("/api/communications",
                "{\"direction\":\"INCOMING\",\"sender\":{\"contact\":999999999},\"recipient\":{\"contact\":"
                        + contact + "}}")));

        JsonObject made = Crm.created(api, "/api/communications", "{\"direction\":\"OUTGOING\",\"sender\":{\"user\":"
                + "\"admin\"},\"recipient\":{\"contact\":" + contact + "},\"subject\":\"Quote\",\"body\":\"Left a"
                + " message on the answering machine\",\"reached\":false,\"messageLeft\":true}");
        String path = "/api/communications/" + made.getJsonNumber("id").longValue();
        assertEquals("admin", made.getJsonObject("sender").getString("user"));
        assertEquals(contact, made.getJsonObject("recipient").getJsonNumber("contact").longValue());
        assertFalse(made.getBoolean("reached"));

        // changing the direction swaps sender and recipient, and drops "reached"
        RestClient.Response turned = api.send("PATCH", path, "application/merge-patch+json",
                "{\"direction\":\"INCOMING\"}");
        assertEquals(200, turned.status(), turned::toString);
        assertEquals(contact, turned.json().getJsonObject("sender").getJsonNumber("contact").longValue());
        assertEquals("admin", turned.json().getJsonObject("recipient").getString("user"));
        assertFalse(turned.json().containsKey("reached"), turned.json()::toString);

        // processed on the incoming call; reached now refused
        RestClient.Response processed = api.send("PATCH", path, "application/merge-patch+json",
                "{\"processed\":true}");
        assertTrue(processed.json().getBoolean("processed"), processed::toString);
        assertEquals(List.of("reached"), fieldsOf(api.send("PATCH", path, "application/merge-patch+json",
                "{\"reached\":true}")));

        // clearing the user is fine, clearing the contact too is not
        RestClient.Response cleared = api.send("PATCH", path, "application/json", "{\"recipient\":null}");
        assertEquals(200, cleared.status(), cleared::toString);
        assertFalse(cleared.json().containsKey("recipient"));
        assertEquals(List.of("recipient", "sender"), fieldsOf(api.send("PATCH", path, "application/json",
                "{\"sender\":null}")));

        // edited whatever its properties, then deleted
        RestClient.Response edited = api.put(path, "{\"direction\":\"OUTGOING\",\"sender\":{\"user\":\"admin\"},"
                + "\"recipient\":{\"contact\":" + contact + "},\"subject\":\"Quote sent\",\"reached\":true}");
        assertEquals(200, edited.status(), edited::toString);
        assertEquals("Quote sent", api.get(path).json().getString("subject"));
        assertEquals(204, api.delete(path).status());
        assertEquals(404, api.get(path).status());
    }

    @Test
    void aCommunicationIsFiledOnACaseAndAttachedToATaskAndRemovedFromIt(ParleyServer server) {
        RestClient api = server.admin();
        long contact = Crm.contact(server, Crm.freshName("Hugo"), Crm.freshMobile()).getJsonNumber("id").longValue();
        long caseId = Crm.caseFile(server, contact).getJsonNumber("id").longValue();
        long otherCase = Crm.caseFile(server, contact).getJsonNumber("id").longValue();
        long task = Crm.created(api, "/api/activities", "{\"title\":\"Send the quote\",\"assignee\":\"admin\","
                + "\"due\":\"" + LocalDate.now().plusDays(3) + "\",\"case\":" + caseId + "}").getJsonNumber("id")
                .longValue();
        JsonObject made = Crm.created(api, "/api/communications", "{\"direction\":\"INCOMING\",\"sender\":"
                + "{\"contact\":" + contact + "},\"recipient\":{\"user\":\"admin\"},\"case\":" + caseId + "}");
        String path = "/api/communications/" + made.getJsonNumber("id").longValue();

        RestClient.Response attached = api.send("PATCH", path, "application/json", "{\"task\":" + task + "}");
        assertEquals(task, attached.json().getJsonNumber("task").longValue(), attached::toString);
        assertEquals(List.of("task"), fieldsOf(api.send("PATCH", path, "application/json", "{\"case\":" + otherCase
                + "}")), "a task of another case");
        RestClient.Response removed = api.send("PATCH", path, "application/json", "{\"task\":null}");
        assertFalse(removed.json().containsKey("task"), removed::toString);

        JsonObject timeline = api.get("/api/cases/" + caseId + "/timeline").json();
        assertEquals(1, timeline.getJsonArray("communications").size());
        assertEquals("Send the quote", timeline.getJsonArray("tasks").getJsonObject(0).getString("title"));
        assertEquals(List.of(made.getJsonNumber("id").longValue()),
                ids(api.get("/api/communications?case=" + caseId)));
        assertEquals(List.of("processed"), fieldsOf(api.get("/api/communications?processed=perhaps")));
    }

    @Test
    void nextCallsDueTodayAreTheUsersOwnOnly(ParleyServer server) {
        Users.User agent = Users.create(server, "agent");
        Users.User other = Users.create(server, "agent");
        long contact = Crm.contact(server, Crm.freshName("Rita"), Crm.freshMobile()).getJsonNumber("id").longValue();
        long caseId = Crm.caseFile(server, contact, agent.username(), other.username()).getJsonNumber("id")
                .longValue();
        RestClient api = agent.rest(server);
        // the test server runs on this machine, in its time zone (PARLEY_TIMEZONE unset)
        String today = LocalDate.now().toString();

        long dueToday = Crm.created(api, "/api/activities", "{\"kind\":\"CALL\",\"assignee\":\"" + agent.username()
                + "\",\"due\":\"" + today + "\",\"case\":" + caseId + ",\"contact\":" + contact + "}")
                .getJsonNumber("id").longValue();
        Crm.created(api, "/api/activities", "{\"kind\":\"CALL\",\"assignee\":\"" + agent.username() + "\",\"due\":\""
                + LocalDate.parse(today).plusDays(1) + "\",\"case\":" + caseId + ",\"contact\":" + contact + "}");
        Crm.created(other.rest(server), "/api/activities", "{\"kind\":\"CALL\",\"assignee\":\"" + other.username()
                + "\",\"due\":\"" + today + "\",\"case\":" + caseId + ",\"contact\":" + contact + "}");

        RestClient.Response mine = api.get("/api/activities?assignee=me&due=today");
        assertEquals(List.of(dueToday), ids(mine));
        JsonObject call = mine.json().getJsonArray("items").getJsonObject(0);
        assertEquals("CALL", call.getString("kind"));
        assertTrue(call.getString("title").startsWith("Call Rita"), call::toString);
        assertTrue(call.getString("number").startsWith("+336"), call::toString);

        // an agent schedules only their own calls and never sees another's
        assertEquals(List.of("assignee"), fieldsOf(api.post("/api/activities", "{\"kind\":\"CALL\",\"assignee\":\""
                + other.username() + "\",\"due\":\"" + today + "\",\"case\":" + caseId + ",\"contact\":" + contact
                + "}")));
        assertEquals(List.of(), ids(api.get("/api/activities?assignee=" + other.username())));
        assertEquals(List.of("contact"), fieldsOf(api.post("/api/activities", "{\"kind\":\"CALL\",\"assignee\":\""
                + agent.username() + "\",\"due\":\"" + today + "\",\"case\":" + caseId + "}")));
        assertEquals(List.of("due"), fieldsOf(api.get("/api/activities?due=someday")));

        // removed from the next calls
        assertEquals(204, api.delete("/api/activities/" + dueToday).status());
        assertEquals(List.of(), ids(api.get("/api/activities?assignee=me&due=today")));
    }

    @Test
    void theOpenApiDocumentDescribesTheTracingResources(ParleyServer server) {
        OpenApiDocument.assertDescribes(server, List.of("/api/contacts", "/api/contacts/{id}", "/api/contacts/import",
                "/api/companies", "/api/companies/{id}", "/api/cases", "/api/cases/{id}", "/api/cases/{id}/timeline",
                "/api/communications", "/api/communications/{id}", "/api/activities", "/api/activities/{id}"));
    }

    @Test
    void agentsSeeOnlyTheCasesTheyFollowAndTheirOwnCommunications(ParleyServer server) {
        Users.User agent = Users.create(server, "agent");
        long contact = Crm.contact(server, Crm.freshName("Zoé"), Crm.freshMobile()).getJsonNumber("id").longValue();
        long followed = Crm.caseFile(server, contact, agent.username()).getJsonNumber("id").longValue();
        long notFollowed = Crm.caseFile(server, contact).getJsonNumber("id").longValue();
        RestClient api = agent.rest(server);

        assertEquals(200, api.get("/api/cases/" + followed).status());
        assertEquals(404, api.get("/api/cases/" + notFollowed).status());
        assertTrue(ids(api.get("/api/cases?size=500")).contains(followed));
        assertFalse(ids(api.get("/api/cases?size=500")).contains(notFollowed));
        assertEquals(403, api.post("/api/cases", "{\"title\":\"Mine\"}").status());

        long others = Crm.created(server.admin(), "/api/communications", "{\"direction\":\"INCOMING\",\"sender\":"
                + "{\"contact\":" + contact + "},\"recipient\":{\"user\":\"admin\"}}").getJsonNumber("id").longValue();
        long own = Crm.created(api, "/api/communications", "{\"direction\":\"INCOMING\",\"sender\":{\"contact\":"
                + contact + "},\"recipient\":{\"user\":\"" + agent.username() + "\"},\"case\":" + followed + "}")
                .getJsonNumber("id").longValue();
        assertEquals(404, api.get("/api/communications/" + others).status());
        assertEquals(List.of(own), ids(api.get("/api/communications?contact=" + contact)));
        assertEquals(List.of("case"), fieldsOf(api.post("/api/communications", "{\"direction\":\"INCOMING\","
                + "\"sender\":{\"contact\":" + contact + "},\"case\":" + notFollowed + "}")));
    }
}
