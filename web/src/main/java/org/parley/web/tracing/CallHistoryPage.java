package org.parley.web.tracing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.parley.platform.paging.PageRequest;
import org.parley.tracing.CallRecord;
import org.parley.tracing.CallRecordQuery;
import org.parley.tracing.CallRecordView;
import org.parley.tracing.CallRecords;
import org.parley.tracing.KnownNumbers;
import org.parley.web.console.PartyNames;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * The console's Call history page ({@code /call-history.xhtml}): call records filtered by period, extension, number
 * and disposition, a page at a time from the database, and the same selection exported as CSV.
 */
@Named
@ViewScoped
public class CallHistoryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CallRecords records;

    /** The names of known contacts and companies, shown instead of bare numbers. */
    @Inject
    KnownNumbers known;

    @Inject
    PartyNames names;

    private LocalDate from;
    private LocalDate to;
    private String extension;
    private String number;
    private String disposition;
    private final LazyDataModel<CallHistoryRow> model = new Model();

    /** Applies the filters (the table reads its first page again). */
    public void apply() {
        model.setRowCount(0);
    }

    /** The selected records as CSV (at most as many as the REST export). */
    public StreamedContent getCsv() {
        List<CallRecordView> rows = records.export(query(), CdrResource.CSV_LIMIT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CdrCsv.write(rows, out);
        byte[] bytes = out.toByteArray();
        return DefaultStreamedContent.builder().name("parley-cdrs.csv").contentType("text/csv")
                .contentLength((long) bytes.length).stream(() -> new java.io.ByteArrayInputStream(bytes)).build();
    }

    CallRecordQuery query() {
        return new CallRecordQuery(
                Optional.ofNullable(from).map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC)),
                Optional.ofNullable(to).map(d -> d.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)),
                text(extension), text(number), text(disposition));
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    /** The table's rows, from the database a page at a time. */
    private final class Model extends LazyDataModel<CallHistoryRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, records.search(query(), new PageRequest(0, 1)).total());
        }

        @Override
        public List<CallHistoryRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
            List<CallRecordView> page = records.search(query(), new PageRequest(Math.max(0, first) / size, size))
                    .items();
            Map<String, String> contacts = known.names(page.stream()
                    .flatMap(r -> Stream.of(r.callerNumber(), r.calleeNumber())).toList());
            return page.stream().map(r -> new CallHistoryRow(r, contacts, names)).toList();
        }

        @Override
        public String getRowKey(CallHistoryRow row) {
            return row.getId();
        }
    }

    public LazyDataModel<CallHistoryRow> getModel() {
        return model;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getExtension() {
        return extension;
    }

    public void setExtension(String extension) {
        this.extension = extension;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getDisposition() {
        return disposition;
    }

    public void setDisposition(String disposition) {
        this.disposition = disposition;
    }

    public List<String> getDispositions() {
        return List.of("ANSWERED", "NO ANSWER", "BUSY", "FAILED", "CANCELLED", CallRecord.INTERRUPTED);
    }
}
