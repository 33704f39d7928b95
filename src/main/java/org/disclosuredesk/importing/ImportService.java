package org.disclosuredesk.importing;

import org.disclosuredesk.agency.AgencyService;
import org.disclosuredesk.importer.ImportException;
import org.disclosuredesk.importer.ImportFailure;
import org.disclosuredesk.importer.ImportLimits;
import org.disclosuredesk.importer.ImportResult;
import org.disclosuredesk.importer.ParsePool;
import org.disclosuredesk.importer.ReportImporter;
import org.disclosuredesk.report.LoadedReport;
import org.disclosuredesk.report.ReportException;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.security.AccessPolicy;
import org.disclosuredesk.security.CurrentUser;
import org.disclosuredesk.security.Roles;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.template.ReportYears;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Connects the importer (pure: bytes → figures) with the reports: reads uploaded files into compact
 * {@link ImportedFile}s, offers the agencies a draft may go into, and saves a reviewed import as a
 * draft through {@link ReportService#importDraft}, which checks role, scope and status again.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private final ReportService reports;
    private final AgencyService agencies;
    private final AccessPolicy access;
    private final EditableAgencies editable;
    private final ParsePool pool;

    public ImportService(ReportService reports, AgencyService agencies, AccessPolicy access,
                         EditableAgencies editable, ParsePool pool) {
        this.reports = reports;
        this.agencies = agencies;
        this.access = access;
        this.editable = editable;
        this.pool = pool;
    }

    @PreAuthorize("hasAnyRole('" + Roles.EDITOR + "','" + Roles.ADMIN + "')")
    public ImportLimits limits() {
        return pool.limits();
    }

    /**
     * Reads one uploaded file. Never throws for a bad file: a failure is an {@link ImportedFile} with its
     * message key, so one bad file cannot stop a batch. The upload is read (bounded by the file limit)
     * before a parse slot is asked for, so a slow client holds no slot; the parse then runs in the
     * {@link ParsePool} under its time limit. The bytes are dropped before this returns.
     *
     * @param declaredSize the size the browser announced, or -1; a file above the limit is not read at all
     */
    @PreAuthorize("hasAnyRole('" + Roles.EDITOR + "','" + Roles.ADMIN + "')")
    public ImportedFile read(String fileName, long declaredSize, InputStream in) {
        String id = ImportedFile.newId();
        ImportLimits limits = pool.limits();
        if (declaredSize > limits.maxFileBytes()) {
            return ImportedFile.failed(id, fileName, declaredSize, ReportImporter.tooLarge(declaredSize, limits));
        }
        byte[] bytes;
        try {
            bytes = ReportImporter.readBounded(in, limits);
        } catch (ImportException e) {
            return ImportedFile.failed(id, fileName, declaredSize, e);
        } catch (IOException e) {
            log.warn("Upload of {} broke off: {}", fileName, e.toString());
            return ImportedFile.failed(id, fileName, declaredSize, new ImportException(ImportFailure.IO_ERROR));
        }
        try {
            ImportResult result = pool.parse(() -> ReportImporter.importBytes(fileName, bytes, limits));
            return ImportedFile.read(id, fileName, bytes.length, result);
        } catch (ImportException e) {
            if (e.failure() == ImportFailure.INTERNAL_ERROR) {
                log.error("Importer failed on {}", fileName, e.getCause());
            } else {
                log.info("Import of {} refused: {}", fileName, e.getMessage());
            }
            return ImportedFile.failed(id, fileName, bytes.length, e);
        }
    }

    @PreAuthorize("hasAnyRole('" + Roles.EDITOR + "','" + Roles.ADMIN + "')")
    public List<AgencyOption> editableAgencies(String filter, int offset, int limit) {
        return editable.find(CurrentUser.require(), filter, offset, limit);
    }

    @PreAuthorize("hasAnyRole('" + Roles.EDITOR + "','" + Roles.ADMIN + "')")
    public int countEditableAgencies(String filter) {
        return editable.count(CurrentUser.require(), filter);
    }

    /**
     * The agency a draft goes into unless the user picks another: the one the report names, when the
     * user may edit it (also without a bracketed addition such as "（管委会，区级汇总）"), else their own.
     */
    @PreAuthorize("hasAnyRole('" + Roles.EDITOR + "','" + Roles.ADMIN + "')")
    public AgencyOption defaultAgency(String printedName) {
        var user = CurrentUser.require();
        if (printedName != null && !printedName.isBlank()) {
            for (String name : List.of(printedName.strip(), bare(printedName))) {
                Optional<AgencyOption> found = editable.named(user, name);
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        return editable.own(user);
    }

    /** The printed name without bracketed additions: "平潭综合实验区（管委会，区级汇总）" → "平潭综合实验区". */
    private static String bare(String printedName) {
        return printedName.replaceAll("[（(][^）)]*[）)]", "").strip();
    }

    /** Whether the name printed in a report names this agency (as is, or without a bracketed addition). */
    static boolean sameAgency(String printedName, String agencyName) {
        String printed = printedName.replaceAll("\\s+", "");
        String agency = agencyName.replaceAll("\\s+", "");
        return printed.equals(agency) || bare(printed).equals(agency);
    }

    /**
     * Whether saving the file's content to this agency and year puts it somewhere else than the file says:
     * another agency in its title, or another report year. Empty when it goes where it belongs (or when the
     * file names no agency and the year is its own).
     *
     * @param asRead the content as the importer read it (the agency and year the file names)
     */
    @PreAuthorize("hasAnyRole('" + Roles.EDITOR + "','" + Roles.ADMIN + "')")
    public Optional<ImportMismatch> mismatch(long agencyId, int year, ReportContent asRead) {
        access.requireEdit(agencyId);
        ImportMismatch m = new ImportMismatch(asRead.agencyName() == null || asRead.agencyName().isBlank() ? null
                : asRead.agencyName().strip(), agencies.get(agencyId).getName(), asRead.year(), year);
        return m.agencyDiffers() || m.yearDiffers() ? Optional.of(m) : Optional.empty();
    }

    /** e.g. 广东省 › 广州市 › 荔湾区 › 荔湾区政务服务数据管理局. */
    @PreAuthorize("hasAnyRole('" + Roles.EDITOR + "','" + Roles.ADMIN + "')")
    public String agencyPath(long agencyId) {
        access.requireEdit(agencyId);
        return agencies.pathLabel(agencyId);
    }

    /** The report already stored for this agency and year, which an import must not overwrite silently. */
    @PreAuthorize("hasAnyRole('" + Roles.EDITOR + "','" + Roles.ADMIN + "')")
    public Optional<ExistingReport> existing(long agencyId, int year) {
        access.requireEdit(agencyId);
        return reports.find(agencyId, year).map(r -> new ExistingReport(r.report().getStatus(),
                r.report().getUpdatedAt(), r.report().getUpdatedBy(), r.report().getVersion()));
    }

    /** {@link #saveDraft(long, ReportContent, ReportContent, Long, boolean)} of content as read, unconfirmed. */
    @PreAuthorize("hasAnyRole('" + Roles.EDITOR + "','" + Roles.ADMIN + "')")
    public LoadedReport saveDraft(long agencyId, ReportContent content, Long replaceVersion) {
        return saveDraft(agencyId, content, content, replaceVersion, false);
    }

    /**
     * Saves the reviewed figures and texts as the draft of the agency and of the content's year. An existing
     * draft is replaced only with {@code replaceVersion}, the version the user saw when they confirmed
     * ({@link ExistingReport#version()}); if the report changed since, nothing is stored and
     * {@code report.error.importStale} says so. A submitted, approved or published report is never
     * replaced. A file that names another agency or another year ({@link #mismatch}) is saved only with
     * {@code mismatchConfirmed}, and then titled with the agency it is saved to. On any refusal nothing is
     * stored.
     *
     * @param asRead            the content as the importer read it: the agency and year the file names
     * @param replaceVersion    null when no report was there to replace
     * @param mismatchConfirmed the user confirmed saving the file under another agency or year
     */
    @PreAuthorize("hasAnyRole('" + Roles.EDITOR + "','" + Roles.ADMIN + "')")
    public LoadedReport saveDraft(long agencyId, ReportContent content, ReportContent asRead, Long replaceVersion,
                                  boolean mismatchConfirmed) {
        if (!ReportYears.isPossible(content.year())) {
            throw new ReportException("report.error.badYear", String.valueOf(content.year()));
        }
        Optional<ImportMismatch> mismatch = mismatch(agencyId, content.year(), asRead);
        if (mismatch.isPresent() && !mismatchConfirmed) {
            ImportMismatch m = mismatch.get();
            throw new ReportException("review.error.mismatch", m.printedAgency() == null ? "" : m.printedAgency(),
                    String.valueOf(m.readYear()), m.targetAgency(), String.valueOf(m.targetYear()));
        }
        if (mismatch.isPresent() && mismatch.get().agencyDiffers()) {
            // the title follows the agency it is saved to (null: the agency's own name), not the file's
            content = new ReportContent(null, content.year(), content.edition(), content.cells(), content.narratives(),
                    content.publishedOn());
        }
        try {
            return reports.importDraft(agencyId, content, replaceVersion);
        } catch (OptimisticLockingFailureException e) {
            // another save committed between our version check and our write
            throw new ReportException("report.error.importStale");
        }
    }
}
