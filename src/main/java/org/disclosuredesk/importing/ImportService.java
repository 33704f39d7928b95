package org.disclosuredesk.importing;

import org.disclosuredesk.agency.AgencyService;
import org.disclosuredesk.importer.ImportException;
import org.disclosuredesk.importer.ImportFailure;
import org.disclosuredesk.importer.ImportResult;
import org.disclosuredesk.importer.ReportImporter;
import org.disclosuredesk.report.LoadedReport;
import org.disclosuredesk.report.ReportException;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.security.AccessPolicy;
import org.disclosuredesk.security.CurrentUser;
import org.disclosuredesk.template.ReportContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * Connects the importer (pure: bytes → figures) with the reports: reads uploaded files into compact
 * {@link ImportedFile}s, offers the agencies a draft may go into, and saves a reviewed import as a
 * draft through {@link ReportService#importDraft}, which checks role, scope and status again.
 */
@Service
public class ImportService {

    /** Reports exist from the first year of the 2008 Regulations on; no report is for a year to come. */
    public static final int FIRST_YEAR = 2008;
    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final String INTERNAL_ZH = "读取该文件时发生内部错误，未导入任何内容。";
    private static final String INTERNAL_EN = "An internal error occurred while reading this file; nothing was imported.";

    /** Parsing a PDF takes a core and the file's bytes; a batch of many files must not take them all. */
    private final Semaphore parsing = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

    private final ReportService reports;
    private final AgencyService agencies;
    private final AccessPolicy access;
    private final EditableAgencies editable;

    public ImportService(ReportService reports, AgencyService agencies, AccessPolicy access,
                         EditableAgencies editable) {
        this.reports = reports;
        this.agencies = agencies;
        this.access = access;
        this.editable = editable;
    }

    /**
     * Reads one uploaded file. Never throws for a bad file: a failure is an {@link ImportedFile} with its
     * message, so one bad file cannot stop a batch. The bytes are dropped before this returns.
     *
     * @param declaredSize the size the browser announced, or -1; a file above the limit is not read at all
     */
    @PreAuthorize("hasAnyRole('EDITOR','ADMIN')")
    public ImportedFile read(String fileName, long declaredSize, InputStream in) {
        String id = ImportedFile.newId();
        if (declaredSize > ReportImporter.MAX_BYTES) {
            return ImportedFile.failed(id, fileName, declaredSize, tooLarge(declaredSize));
        }
        parsing.acquireUninterruptibly();
        try {
            byte[] bytes = in.readNBytes((int) ReportImporter.MAX_BYTES + 1);
            if (bytes.length > ReportImporter.MAX_BYTES) {
                return ImportedFile.failed(id, fileName, declaredSize, tooLarge(Math.max(declaredSize, bytes.length)));
            }
            ImportResult result = ReportImporter.importBytes(fileName, bytes);
            return ImportedFile.read(id, fileName, bytes.length, result);
        } catch (ImportException e) {
            log.info("Import of {} refused: {}", fileName, e.getMessage());
            return ImportedFile.failed(id, fileName, declaredSize, e);
        } catch (IOException e) {
            log.warn("Upload of {} broke off", fileName, e);
            return ImportedFile.failed(id, fileName, declaredSize, new ImportException(ImportFailure.IO_ERROR));
        } catch (RuntimeException e) {
            log.error("Importer failed on {}", fileName, e);
            return ImportedFile.failed(id, fileName, declaredSize, INTERNAL_ZH, INTERNAL_EN);
        } finally {
            parsing.release();
        }
    }

    private static ImportException tooLarge(long size) {
        return new ImportException(ImportFailure.TOO_LARGE, String.format("%.1f MB", size / 1048576.0), null);
    }

    @PreAuthorize("hasAnyRole('EDITOR','ADMIN')")
    public List<AgencyOption> editableAgencies(String filter, int offset, int limit) {
        return editable.find(CurrentUser.require(), filter, offset, limit);
    }

    @PreAuthorize("hasAnyRole('EDITOR','ADMIN')")
    public int countEditableAgencies(String filter) {
        return editable.count(CurrentUser.require(), filter);
    }

    /**
     * The agency a draft goes into unless the user picks another: the one the report names, when the
     * user may edit it (also without a bracketed addition such as "（管委会，区级汇总）"), else their own.
     */
    @PreAuthorize("hasAnyRole('EDITOR','ADMIN')")
    public AgencyOption defaultAgency(String printedName) {
        var user = CurrentUser.require();
        if (printedName != null && !printedName.isBlank()) {
            String bare = printedName.replaceAll("[（(][^）)]*[）)]", "").strip();
            for (String name : List.of(printedName.strip(), bare)) {
                Optional<AgencyOption> found = editable.named(user, name);
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        return editable.own(user);
    }

    /** e.g. 广东省 › 广州市 › 荔湾区 › 荔湾区政务服务数据管理局. */
    @PreAuthorize("hasAnyRole('EDITOR','ADMIN')")
    public String agencyPath(long agencyId) {
        access.requireEdit(agencyId);
        return agencies.pathLabel(agencyId);
    }

    /** The report already stored for this agency and year, which an import must not overwrite silently. */
    @PreAuthorize("hasAnyRole('EDITOR','ADMIN')")
    public Optional<ExistingReport> existing(long agencyId, int year) {
        access.requireEdit(agencyId);
        return reports.find(agencyId, year).map(r -> new ExistingReport(r.report().getStatus(),
                r.report().getUpdatedAt(), r.report().getUpdatedBy()));
    }

    /**
     * Saves the reviewed figures and texts as the draft of the agency and year. An existing draft is
     * replaced only with {@code replaceDraft} (after the user confirmed); a submitted, approved or
     * published report never is. On any refusal nothing is stored.
     */
    @PreAuthorize("hasAnyRole('EDITOR','ADMIN')")
    public LoadedReport saveDraft(long agencyId, ReportContent content, boolean replaceDraft) {
        if (content.year() < FIRST_YEAR || content.year() > Year.now().getValue()) {
            throw new ReportException("report.error.badYear", String.valueOf(content.year()));
        }
        return reports.importDraft(agencyId, content, replaceDraft);
    }
}
