package org.parley.web.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.platform.error.InvalidInputException;
import org.parley.tracing.ContactService;
import org.parley.tracing.ContactView;

class ContactCsvTest {

    private static List<ContactService.ImportRow> read(String csv) {
        return ContactCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void rowsKeepTheLineTheyCameFromInAnyColumnOrder() {
        List<ContactService.ImportRow> rows = read("Phones,NAME,company\r\n"
                + "\"+33 1 23 45 67 89; 06 12 34 56 78\",Anne,Acme\r\n\r\n,Bruno,\r\n");
        assertEquals(2, rows.size(), "a blank line is no contact");
        assertEquals(2, rows.get(0).line());
        assertEquals("Anne", rows.get(0).contact().getName());
        assertEquals("Acme", rows.get(0).contact().getCompanyName());
        assertEquals(List.of("+33 1 23 45 67 89", "06 12 34 56 78"), rows.get(0).contact().getPhones());
        assertEquals(4, rows.get(1).line());
        assertEquals(List.of(), rows.get(1).contact().getPhones());
    }

    @Test
    void aHeaderWithoutNameOrWithAnUnknownColumnIsRefusedOnFile() {
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> read("nom,phones\r\nx,y\r\n"));
        assertEquals("file", unknown.errors().get(0).field());
        assertTrue(unknown.errors().get(0).message().contains("'nom'"));
        assertThrows(InvalidInputException.class, () -> read("phones\r\n0123456789\r\n"));
        assertThrows(InvalidInputException.class, () -> read(""));
    }

    @Test
    void anExportReadsBackAsTheSameContacts() {
        ContactView anne = new ContactView(1, "Anne, the boss", Optional.of(2L), Optional.of("Acme"),
                List.of("+33123456789", "+33612345678"), Optional.of("anne@example.com"), Optional.of("VIP"),
                Instant.EPOCH);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContactCsv.write(List.of(anne), out);

        List<ContactService.ImportRow> rows = read(out.toString(StandardCharsets.UTF_8));
        assertEquals("Anne, the boss", rows.get(0).contact().getName());
        assertEquals(List.of("+33123456789", "+33612345678"), rows.get(0).contact().getPhones());
        assertEquals("anne@example.com", rows.get(0).contact().getEmail());
        assertEquals("VIP", rows.get(0).contact().getNotes());
    }
}
