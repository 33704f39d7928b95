package org.disclosuredesk.report;

import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.ReportContent;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** The aggregate: one agency's report for one year, with its figures keyed by template cell key. */
@Table("annual_report")
public class AnnualReport {
    @Id
    private Long id;
    private long agencyId;
    private int reportYear;
    private String edition;
    private ReportStatus status;
    private String printedAgency;
    private String overview;
    private String problems;
    private String otherMatters;
    private LocalDate publishedOn;
    private String returnReason;
    private int revision;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;
    private String updatedBy;
    @MappedCollection(idColumn = "report_id", keyColumn = "cell_key")
    private Map<String, ReportCell> cells = new HashMap<>();

    @PersistenceCreator
    AnnualReport(Long id, long agencyId, int reportYear, String edition, ReportStatus status, String printedAgency,
                 String overview, String problems, String otherMatters, LocalDate publishedOn, String returnReason,
                 int revision, Long version, Instant createdAt, Instant updatedAt, String updatedBy,
                 Map<String, ReportCell> cells) {
        this.id = id;
        this.agencyId = agencyId;
        this.reportYear = reportYear;
        this.edition = edition;
        this.status = status;
        this.printedAgency = printedAgency;
        this.overview = overview;
        this.problems = problems;
        this.otherMatters = otherMatters;
        this.publishedOn = publishedOn;
        this.returnReason = returnReason;
        this.revision = revision;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.cells = cells == null ? new HashMap<>() : new HashMap<>(cells);
    }

    /** A new draft for the agency and year, following the edition the year prescribes. */
    public static AnnualReport newDraft(long agencyId, int year) {
        Instant now = Instant.now();
        return new AnnualReport(null, agencyId, year, Edition.forYear(year).code(), ReportStatus.DRAFT, null, null,
                null, null, null, null, 1, null, now, now, null, null);
    }

    /** The figures and texts as plain values, for validation, export and the views. */
    public ReportContent toContent(String agencyName) {
        Map<String, CellValue> values = new HashMap<>();
        cells.forEach((k, c) -> values.put(k, c.toValue()));
        Map<NarrativePart, String> texts = new EnumMap<>(NarrativePart.class);
        putText(texts, NarrativePart.OVERVIEW, overview);
        putText(texts, NarrativePart.PROBLEMS, problems);
        putText(texts, NarrativePart.OTHER, otherMatters);
        return new ReportContent(printedAgency != null ? printedAgency : agencyName, reportYear, getEdition(), values,
                texts, publishedOn);
    }

    /** Replaces figures and texts with the given content; year and agency stay. */
    public void applyContent(ReportContent content) {
        this.edition = content.edition().code();
        this.printedAgency = content.agencyName();
        this.overview = content.narrative(NarrativePart.OVERVIEW);
        this.problems = content.narrative(NarrativePart.PROBLEMS);
        this.otherMatters = content.narrative(NarrativePart.OTHER);
        this.publishedOn = content.publishedOn();
        Map<String, ReportCell> stored = new HashMap<>();
        content.cells().forEach((key, value) -> {
            ReportCell cell = ReportCell.of(value);
            if (cell != null) {
                stored.put(key, cell);
            }
        });
        this.cells = stored;
    }

    private static void putText(Map<NarrativePart, String> texts, NarrativePart part, String text) {
        if (text != null) {
            texts.put(part, text);
        }
    }

    void touch(String username) {
        this.updatedAt = Instant.now();
        this.updatedBy = username;
    }

    void setStatus(ReportStatus status) {
        this.status = status;
    }

    void setReturnReason(String reason) {
        this.returnReason = reason;
    }

    void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    void setRevision(int revision) {
        this.revision = revision;
    }

    public Long getId() {
        return id;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public int getReportYear() {
        return reportYear;
    }

    public Edition getEdition() {
        return Edition.fromCode(edition);
    }

    public ReportStatus getStatus() {
        return status;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public int getRevision() {
        return revision;
    }

    public Long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Map<String, ReportCell> getCells() {
        return Map.copyOf(cells);
    }
}
