package org.parley.web.tracing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.parley.platform.error.InvalidInputException;
import org.parley.tracing.ContactInput;
import org.parley.tracing.ContactService;
import org.parley.tracing.ContactView;

/**
 * Contacts as CSV (RFC 4180, UTF-8, a header row): {@code name,company,phones,email,notes}; a contact's numbers are
 * separated by {@code ;}, its company is named. Import reads the same columns (any order, any case; only
 * {@code name} is required), line 1 being the header.
 */
final class ContactCsv {

    static final String[] HEADER = {"name", "company", "phones", "email", "notes"};

    private ContactCsv() {
    }

    static void write(List<ContactView> contacts, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(writer);
            for (ContactView c : contacts) {
                csv.printRecord(c.name(), c.companyName().orElse(""), String.join(";", c.phones()),
                        c.email().orElse(""), c.notes().orElse(""));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing contacts as CSV", e);
        }
    }

    /**
     * The rows of an import.
     *
     * @throws InvalidInputException on {@code file} when it is not CSV, or its header lacks {@code name} or names an
     *                               unknown column
     */
    static List<ContactService.ImportRow> read(InputStream in) {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get().parse(reader)) {
            List<ContactService.ImportRow> rows = new ArrayList<>();
            List<String> header = null;
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = header(record);
                } else if (!blank(record)) {
                    rows.add(new ContactService.ImportRow(record.getRecordNumber(), contact(header, record)));
                }
            }
            if (header == null) {
                throw new InvalidInputException("file", "is empty: the first line names the columns ("
                        + String.join(",", HEADER) + ")");
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException("file", "is not CSV: " + e.getMessage());
        }
    }

    private static List<String> header(CSVRecord record) {
        List<String> names = record.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        for (String n : names) {
            if (!Arrays.asList(HEADER).contains(n)) {
                throw new InvalidInputException("file", "line 1: unknown column '" + n + "' (columns: "
                        + String.join(",", HEADER) + ")");
            }
        }
        if (!names.contains("name")) {
            throw new InvalidInputException("file", "line 1: the column 'name' is missing");
        }
        return names;
    }

    private static ContactInput contact(List<String> header, CSVRecord record) {
        ContactInput c = new ContactInput();
        for (int i = 0; i < header.size() && i < record.size(); i++) {
            String value = record.get(i).strip();
            switch (header.get(i)) {
                case "name" -> c.setName(value);
                case "company" -> c.setCompanyName(value);
                case "phones" -> c.setPhones(Arrays.stream(value.split(";")).map(String::strip)
                        .filter(p -> !p.isEmpty()).toList());
                case "email" -> c.setEmail(value);
                default -> c.setNotes(value.isEmpty() ? null : value);
            }
        }
        return c;
    }

    private static boolean blank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }
}
