package org.disclosuredesk.importing;

import org.disclosuredesk.SpringTestBase;
import org.disclosuredesk.importer.ImportFailure;
import org.disclosuredesk.importer.ImportResult;
import org.disclosuredesk.importer.ReportImporter;
import org.disclosuredesk.report.LoadedReport;
import org.disclosuredesk.report.ReportException;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.report.ReportStatus;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.ReportContent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.disclosuredesk.importing.ImportFixtures.LIWAN;
import static org.disclosuredesk.importing.ImportFixtures.LIWAN_AGENCY;

/** Each test runs in a transaction rolled back after it: the drafts saved here are never committed. */
@Transactional
class ImportServiceTest extends SpringTestBase {

    /** A year no demo report uses for 荔湾, so drafts created here never meet the seed. */
    private static final int FREE_YEAR = 2018;

    @Autowired
    ImportService service;
    @Autowired
    ReportService reports;

    private ImportedFile read(String name, byte[] bytes) {
        return service.read(name, bytes.length, new ByteArrayInputStream(bytes));
    }

    private ReportContent liwanAs(int year) throws Exception {
        ReportContent c = read(LIWAN, ImportFixtures.sample(LIWAN)).reread().report();
        return new ReportContent(c.agencyName(), year, c.edition(), c.cells(), c.narratives(), c.publishedOn());
    }

    @Test
    void aFileIsReadIntoACompactSummaryWhoseTextGivesTheSameResultAgain() throws Exception {
        loginAs("editor");
        byte[] bytes = ImportFixtures.sample(LIWAN);
        ImportedFile file = read(LIWAN, bytes);
        assertThat(file.succeeded()).isTrue();
        assertThat(file.agencyName()).isEqualTo(LIWAN_AGENCY);
        assertThat(file.year()).isEqualTo(2020);
        assertThat(file.edition()).isEqualTo(Edition.E2019);
        assertThat(file.unresolved()).isZero();
        assertThat(file.findings()).isZero();
        assertThat(file.cellsRead()).isGreaterThan(190);
        // the session keeps compressed text, not the bytes
        assertThat(file.source().compressedSize()).isLessThan(bytes.length / 2);

        ImportResult first = ReportImporter.importBytes(LIWAN, bytes);
        ImportResult again = file.reread();
        assertThat(again.report()).isEqualTo(first.report());
        assertThat(again.provenance()).isEqualTo(first.provenance());
        assertThat(again.unresolved()).isEqualTo(first.unresolved());
    }

    @Test
    void aBadFileIsAFailedEntryWithItsMessageNeverAnException() {
        loginAs("editor");
        ImportedFile garbage = read("scan.pdf", ImportFixtures.garbage());
        assertThat(garbage.succeeded()).isFalse();
        assertThat(garbage.failure(true)).isNotBlank();
        assertThat(garbage.failure(false)).isNotBlank();
        assertThat(garbage.source()).isNull();

        ImportedFile empty = read("empty.txt", new byte[0]);
        assertThat(empty.failure(true)).isEqualTo(ImportFailure.EMPTY_FILE.messageZh());
    }

    @Test
    void aFileAboveTheLimitIsRefusedWithoutReadingIt() {
        loginAs("editor");
        InputStream untouchable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("a file above the limit must not be read");
            }
        };
        ImportedFile big = service.read("huge.pdf", ReportImporter.MAX_BYTES + 1, untouchable);
        assertThat(big.succeeded()).isFalse();
        assertThat(big.failure(true)).startsWith(ImportFailure.TOO_LARGE.messageZh());
        assertThat(big.failure(false)).contains("20 MB");
    }

    @Test
    void anEditorMayImportOnlyIntoTheirOwnAgencyAnAdminIntoTheirSubtree() {
        loginAs("editor");
        assertThat(service.editableAgencies("", 0, 50)).extracting(AgencyOption::name).containsExactly(LIWAN_AGENCY);
        assertThat(service.countEditableAgencies("淮安")).isZero();
        // the report names another agency: the editor's own is the default
        assertThat(service.defaultAgency("淮安市教育局").name()).isEqualTo(LIWAN_AGENCY);

        loginAs("admin");
        int all = service.countEditableAgencies("");
        assertThat(all).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM agency", Integer.class));
        assertThat(service.editableAgencies("淮安市教育", 0, 10)).extracting(AgencyOption::name).contains("淮安市教育局");
        assertThat(service.editableAgencies("", 0, 10)).hasSize(10).first()
                .extracting(AgencyOption::name).isEqualTo("全国");
        // a printed name with a bracketed addition still finds its agency
        assertThat(service.defaultAgency("平潭综合实验区（管委会，区级汇总）").name()).isEqualTo("平潭综合实验区");
        // an agency literally named with a "_" or "%" does not turn the filter into a pattern
        assertThat(service.countEditableAgencies("%")).isZero();

        loginAs("viewer");
        assertThatThrownBy(() -> service.editableAgencies("", 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNewDraftIsSavedAndAnExistingDraftIsReplacedOnlyWhenConfirmed() throws Exception {
        loginAs("editor");
        long liwan = agencyId(LIWAN_AGENCY);
        assertThat(service.existing(liwan, FREE_YEAR)).isEmpty();
        ReportContent content = liwanAs(FREE_YEAR).withCell("s3.granted.natural_person", CellValue.of(5));
        LoadedReport saved = service.saveDraft(liwan, content, null);
        assertThat(saved.report().getStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThat(reports.find(liwan, FREE_YEAR).orElseThrow().content().cell("s3.granted.natural_person").number())
                .isEqualByComparingTo("5");
        assertThat(service.existing(liwan, FREE_YEAR)).get().extracting(ExistingReport::replaceable).isEqualTo(true);

        ReportContent other = content.withCell("s3.granted.natural_person", CellValue.of(7));
        assertThatThrownBy(() -> service.saveDraft(liwan, other, null)).isInstanceOfSatisfying(ReportException.class,
                e -> assertThat(e.messageKey()).isEqualTo("report.error.exists"));
        assertThat(reports.find(liwan, FREE_YEAR).orElseThrow().content().cell("s3.granted.natural_person").number())
                .isEqualByComparingTo("5");

        service.saveDraft(liwan, other, service.existing(liwan, FREE_YEAR).orElseThrow().version());
        assertThat(reports.find(liwan, FREE_YEAR).orElseThrow().content().cell("s3.granted.natural_person").number())
                .isEqualByComparingTo("7");
    }

    /**
     * Issue 16 item 1: a file naming another agency or year is saved there only with the confirmation, and is
     * then titled with the agency it went to (null printed name: the agency's own), not the file's.
     */
    @Test
    void aFileOfAnotherAgencyOrYearIsRefusedWithoutTheConfirmationAndThenTitledAsItsNewAgency() throws Exception {
        loginAs("admin");
        long liwan = agencyId(LIWAN_AGENCY);
        ReportContent asRead = read("pingtan.txt", ImportFixtures.sample("pingtan-2020-zone-html-text.txt")).reread()
                .report();
        assertThat(asRead.agencyName()).isEqualTo("平潭综合实验区");
        assertThat(asRead.year()).isEqualTo(2020);
        ReportContent asTarget = new ReportContent(asRead.agencyName(), FREE_YEAR, asRead.edition(), asRead.cells(),
                asRead.narratives(), asRead.publishedOn());

        ImportMismatch m = service.mismatch(liwan, FREE_YEAR, asRead).orElseThrow();
        assertThat(m.agencyDiffers()).isTrue();
        assertThat(m.yearDiffers()).isTrue();
        assertThat(m.targetAgency()).isEqualTo(LIWAN_AGENCY);
        // its own agency and year: nothing to confirm
        assertThat(service.mismatch(agencyId("平潭综合实验区"), 2020, asRead)).isEmpty();
        assertThat(service.mismatch(agencyId("平潭综合实验区"), FREE_YEAR, asRead)).get()
                .extracting(ImportMismatch::agencyDiffers).isEqualTo(false);

        assertThatThrownBy(() -> service.saveDraft(liwan, asTarget, asRead, null, false))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.error.mismatch"));
        // without the file's own year, the agency alone still needs the confirmation
        assertThatThrownBy(() -> service.saveDraft(liwan, asTarget, null))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.error.mismatch"));
        assertThat(reports.find(liwan, FREE_YEAR)).isEmpty();

        service.saveDraft(liwan, asTarget, asRead, null, true);
        ReportContent saved = reports.find(liwan, FREE_YEAR).orElseThrow().content();
        assertThat(saved.agencyName()).isEqualTo(LIWAN_AGENCY);
        assertThat(saved.cell("s3.new_received.total").number()).isEqualByComparingTo("21");
    }

    @Test
    void replacingADraftThatChangedAfterTheConfirmationIsRefusedAndKeepsTheOtherSave() throws Exception {
        loginAs("editor");
        long liwan = agencyId(LIWAN_AGENCY);
        ReportContent content = liwanAs(FREE_YEAR).withCell("s3.granted.natural_person", CellValue.of(5));
        service.saveDraft(liwan, content, null);
        // the user is shown the draft and confirms replacing it ...
        ExistingReport seen = service.existing(liwan, FREE_YEAR).orElseThrow();
        // ... while a colleague saves it in the editor
        LoadedReport current = reports.find(liwan, FREE_YEAR).orElseThrow();
        assertThat(current.report().getVersion()).isEqualTo(seen.version());
        reports.saveContent(current.report().getId(), seen.version(),
                current.content().withCell("s3.granted.natural_person", CellValue.of(6)));

        ReportContent imported = content.withCell("s3.granted.natural_person", CellValue.of(7));
        assertThatThrownBy(() -> service.saveDraft(liwan, imported, seen.version()))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.error.importStale"));
        LoadedReport after = reports.find(liwan, FREE_YEAR).orElseThrow();
        assertThat(after.content().cell("s3.granted.natural_person").number()).isEqualByComparingTo("6");
        assertThat(after.report().getVersion()).isEqualTo(seen.version() + 1);

        // confirming again against what is there now replaces it
        service.saveDraft(liwan, imported, after.report().getVersion());
        assertThat(reports.find(liwan, FREE_YEAR).orElseThrow().content().cell("s3.granted.natural_person").number())
                .isEqualByComparingTo("7");
    }

    @Test
    void aPublishedReportIsNeverReplacedAndStaysExactlyAsItWas() throws Exception {
        loginAs("editor2");
        long education = agencyId("淮安市教育局");
        LoadedReport before = reports.find(education, 2020).orElseThrow();
        assertThat(before.report().getStatus()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(service.existing(education, 2020)).get().extracting(ExistingReport::replaceable).isEqualTo(false);

        ReportContent imported = liwanAs(2020);
        for (Long replace : new Long[]{null, before.report().getVersion()}) {
            assertThatThrownBy(() -> service.saveDraft(education, imported, imported, replace, true))
                    .isInstanceOfSatisfying(ReportException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("report.error.importLocked"));
        }
        LoadedReport after = reports.find(education, 2020).orElseThrow();
        assertThat(after.report().getVersion()).isEqualTo(before.report().getVersion());
        assertThat(after.content()).isEqualTo(before.content());
    }

    @Test
    void refusalsLeaveNothingBehind() throws Exception {
        loginAs("editor");
        long liwan = agencyId(LIWAN_AGENCY);
        // another agency's draft: refused by scope
        assertThatThrownBy(() -> service.saveDraft(agencyId("淮安市教育局"), liwanAs(FREE_YEAR), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.existing(agencyId("淮安市教育局"), 2020)).isInstanceOf(AccessDeniedException.class);
        // a year to come
        int next = java.time.Year.now().getValue() + 1;
        assertThatThrownBy(() -> service.saveDraft(liwan, liwanAs(next), null))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.error.badYear"));
        // a figure that is not a count
        ReportContent bad = liwanAs(FREE_YEAR).withCell("s3.granted.natural_person", CellValue.of(-1));
        assertThatThrownBy(() -> service.saveDraft(liwan, bad, null)).isInstanceOf(ReportException.class);
        assertThat(service.existing(liwan, FREE_YEAR)).isEmpty();
        assertThat(service.existing(liwan, next)).isEmpty();
    }
}
