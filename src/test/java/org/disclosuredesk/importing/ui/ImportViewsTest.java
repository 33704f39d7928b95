package org.disclosuredesk.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonTester;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialogTester;
import com.vaadin.flow.component.textfield.TextFieldTester;
import com.vaadin.flow.component.upload.UploadTester;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.disclosuredesk.TestSamples;
import org.disclosuredesk.UiTestBase;
import org.disclosuredesk.export.CanonicalJson;
import org.disclosuredesk.export.OfficialHtmlExporter;
import org.disclosuredesk.export.ReportCsvExporter;
import org.disclosuredesk.importer.ImportResult;
import org.disclosuredesk.importer.Provenance;
import org.disclosuredesk.importer.ReportImporter;
import org.disclosuredesk.importing.ImportFixtures;
import org.disclosuredesk.importing.ImportService;
import org.disclosuredesk.importing.ImportedFile;
import org.disclosuredesk.report.LoadedReport;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.ReportContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosuredesk.importing.ImportFixtures.LIWAN;
import static org.disclosuredesk.importing.ImportFixtures.LIWAN_AGENCY;

/**
 * Testers are built directly ({@code new UploadTester<>(…)}), not through {@code test(…)}: the tester
 * registry of browserless-test 1.1.1 fails to load its ImageTester on Vaadin 25.3 (see decision 003).
 * The views run on the test's thread and join its transaction, rolled back after each test: the drafts saved here
 * are never committed.
 */
@org.springframework.transaction.annotation.Transactional
class ImportViewsTest extends UiTestBase {

    /** Years no demo report uses for 荔湾. */
    private static final int NEW_YEAR = 2017;
    private static final int DRAFT_YEAR = 2016;

    @Autowired
    ReportService reports;
    @Autowired
    ImportService importService;

    private void uploadOne(String name, byte[] bytes) {
        navigate(ImportView.class);
        new UploadTester<>(find(Upload.class).withId("import-upload").single()).upload(name, "text/plain", bytes);
    }

    private Element reviewTables() {
        return find(Div.class).withId("review-tables").single().getElement();
    }

    /** A click on a value cell, as the browser reports it: the table's listener gets the cell key. */
    private void clickCell(String key) {
        Element table = cell(reviewTables(), key);
        while (!"table".equals(table.getTag())) {
            table = table.getParent();
        }
        var data = JacksonUtils.createObjectNode();
        data.put(ReviewTables.CLICKED_CELL, key);
        table.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(table, "click", data));
    }

    private TextField cellEditor() {
        return find(TextField.class).withId("cell-editor").single();
    }

    private String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private void save() {
        new ButtonTester<>(find(Button.class).withId("save-draft").single()).click();
    }

    private void setYear(int year) {
        find(IntegerField.class).withId("review-year").single().setValue(year);
    }

    /** Ticks "save it there all the same": the file names another agency or year. */
    private void confirmMismatch() {
        find(Checkbox.class).withId("review-mismatch-confirm").single().setValue(true);
    }

    @Test
    @WithUserDetails("editor")
    void oneUploadedSampleOpensItsReviewAnUnreadCellIsFixedAndSavedAsANewDraft() {
        uploadOne("liwan-damaged.txt", ImportFixtures.liwanWithUnreadProcurement());

        assertThat(getCurrentView()).isInstanceOf(ImportReviewView.class);
        assertThat(find(H2.class).withId("review-title").single().getText()).contains("liwan-damaged.txt");
        // the parsed figures, in the official layout
        assertThat(cell(reviewTables(), "s3.new_received.natural_person").getText()).isEqualTo("21");
        assertThat(cell(reviewTables(), "s4.litigation_direct.upheld").getText()).isEqualTo("12");
        // the run-together procurement row stayed unread and is marked so
        Element count = cell(reviewTables(), "s2.procurement.count");
        assertThat(count.getClassList()).contains("unresolved");
        assertThat(find(Span.class).withId("review-findings-summary").single().getText()).startsWith("未读出 2 个单元格");

        // a read cell shows its source span
        clickCell("s3.new_received.natural_person");
        ImportResult parsed = parse(ImportFixtures.liwanWithUnreadProcurement());
        Provenance from = parsed.provenance().get("s3.new_received.natural_person");
        Element source = find(SourceTextPanel.class).single().getElement();
        assertThat(source.getAttribute("data-start")).isEqualTo(String.valueOf(from.start()));
        assertThat(parsed.sourceText().substring(from.start(), from.end())).isEqualTo("21");
        assertThat(find(Span.class).withId("cell-status").single().getText())
                .contains("一、本年新收政府信息公开申请数量").contains("原文第 " + from.line() + " 行");

        // the unread cell: bad input is refused at the cell, a number is taken
        clickCell("s2.procurement.count");
        assertThat(source.hasAttribute("data-start")).isFalse();
        assertThat(find(Span.class).withId("cell-status").single().getText()).contains("未能从原文读出");
        new TextFieldTester<>(cellEditor()).setValue("十一");
        assertThat(cellEditor().isInvalid()).isTrue();
        assertThat(cellEditor().getErrorMessage()).contains("请输入数字");
        save();
        assertThat(find(Div.class).withId("review-message").single().getText()).contains("输入无效").contains("未保存");
        new TextFieldTester<>(cellEditor()).setValue("11");
        assertThat(cellEditor().isInvalid()).isFalse();
        assertThat(cell(reviewTables(), "s2.procurement.count").getClassList()).contains("edited")
                .doesNotContain("unresolved");
        assertThat(find(Span.class).withId("review-findings-summary").single().getText()).startsWith("未读出 1 个单元格");
        assertThat(find(Span.class).withId("cell-status").single().getText()).contains("已由您修改");

        setYear(NEW_YEAR);
        confirmMismatch();
        save();
        long liwan = agencyId(LIWAN_AGENCY);
        // ReportView is package-private in report.ui: the route and the class name say it is the report
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ReportView");
        assertThat(currentPath()).isEqualTo("reports/" + NEW_YEAR + "/" + liwan);
        ReportContent saved = reports.find(liwan, NEW_YEAR).orElseThrow().content();
        assertThat(saved.cell("s2.procurement.count").number()).isEqualByComparingTo("11");
        assertThat(saved.cell("s2.procurement.amount").isBlank()).isTrue();
        assertThat(saved.cell("s3.new_received.natural_person").number()).isEqualByComparingTo("21");

        // the list shows the file as saved, with a link to its report
        navigate(ImportView.class);
        @SuppressWarnings("unchecked")
        Grid<ImportedFile> grid = find(Grid.class).withId("import-results").single();
        assertThat(grid.getListDataView().getItems().toList()).extracting(ImportedFile::fileName)
                .contains("liwan-damaged.txt");
    }

    /**
     * Issue 16 item 1: the 平潭 2020 report uploaded by an editor of 荔湾 goes to 荔湾 (their own agency) by
     * default. The review says the file names another agency and, once the year is changed, another year;
     * it saves only after the confirmation, and the saved report is titled as 荔湾's, in every view and export.
     */
    /**
     * Part 四 of the 荔湾 sample one value per line: placed by order alone, so each of its cells is marked as worked
     * out rather than read as printed, and counted, until the user sets it; cells read beside their labels are not.
     */
    @Test
    @WithUserDetails("editor")
    void cellsWorkedOutRatherThanReadAsPrintedAreMarkedAndCountedUntilTheUserSetsThem() {
        String text = new String(ImportFixtures.sample(LIWAN), StandardCharsets.UTF_8);
        String row = "1 0 0 1 2 12 0 0 0 12 0 0 0 0 0";
        assertThat(text).contains(row);
        byte[] file = text.replace(row, row.replace(' ', '\n')).getBytes(StandardCharsets.UTF_8);
        long inferred = parse(file).provenance().values().stream().filter(Provenance::inferred).count();
        assertThat(inferred).isGreaterThanOrEqualTo(15);
        uploadOne("liwan-one-per-line.txt", file);

        Element upheld = cell(reviewTables(), "s4.litigation_direct.upheld");
        assertThat(upheld.getText()).isEqualTo("12");
        assertThat(upheld.getClassList()).contains("inferred");
        assertThat(upheld.getAttribute("title")).contains("推定读出");
        Element labelled = cell(reviewTables(), "s3.new_received.natural_person");
        assertThat(labelled.getText()).isEqualTo("21");
        assertThat(labelled.getClassList()).doesNotContain("inferred");
        assertThat(find(Span.class).withId("review-inferred").single().getText())
                .startsWith("有 " + inferred + " 个单元格按顺序放入或按规则拆分推定");

        clickCell("s4.litigation_direct.upheld");
        assertThat(find(Span.class).withId("cell-status").single().getText())
                .contains("按表格版式位置").contains("推定读出");
        clickCell("s3.new_received.natural_person");
        assertThat(find(Span.class).withId("cell-status").single().getText()).contains("按原样读出");

        // the user sets the cell: it is theirs now, no longer marked or counted
        clickCell("s4.litigation_direct.upheld");
        new TextFieldTester<>(cellEditor()).setValue("11");
        assertThat(cell(reviewTables(), "s4.litigation_direct.upheld").getClassList()).doesNotContain("inferred");
        assertThat(find(Span.class).withId("review-inferred").single().getText())
                .startsWith("有 " + (inferred - 1) + " 个单元格");
    }

    @Test
    @WithUserDetails("editor")
    void aFileOfAnotherAgencyAndYearIsSavedOnlyWhenConfirmedAndThenTitledAsTheAgencyItWentTo() throws Exception {
        long liwan = agencyId(LIWAN_AGENCY);
        uploadOne("pingtan.html", pingtanOfficialHtml());
        assertThat(find(Paragraph.class).withId("review-mismatch-agency").single().getText())
                .contains("平潭综合实验区（管委会，区级汇总）").contains(LIWAN_AGENCY);
        assertThat(find(Paragraph.class).withId("review-mismatch-year").all()).isEmpty();
        setYear(NEW_YEAR);
        assertThat(find(Paragraph.class).withId("review-mismatch-year").single().getText())
                .isEqualTo("文件是 2020 年度的报告，将保存为 2017 年度报告。");
        assertThat(find(Checkbox.class).withId("review-mismatch-confirm").single().getLabel())
                .isEqualTo("我确认将 平潭综合实验区（管委会，区级汇总） 的 2020 年度报告存为 " + LIWAN_AGENCY + " 的 2017 年度报告");

        save();
        assertThat(find(Div.class).withId("review-message").single().getText()).contains("须先勾选确认").contains("未保存");
        assertThat(getCurrentView()).isInstanceOf(ImportReviewView.class);
        assertThat(reports.find(liwan, NEW_YEAR)).isEmpty();

        confirmMismatch();
        save();
        assertThat(currentPath()).isEqualTo("reports/" + NEW_YEAR + "/" + liwan);
        assertThat(find(H2.class).withId("report-title").single().getText()).contains(LIWAN_AGENCY)
                .doesNotContain("平潭");
        ReportContent saved = reports.find(liwan, NEW_YEAR).orElseThrow().content();
        assertThat(saved.agencyName()).isEqualTo(LIWAN_AGENCY);
        assertThat(OfficialHtmlExporter.render(saved)).contains("<h1>" + LIWAN_AGENCY + "2017年").doesNotContain("平潭综合实验区（");
        assertThat(CanonicalJson.toJson(saved, List.of(), List.of()).get("agency").asText()).isEqualTo(LIWAN_AGENCY);
    }

    /**
     * Issue 16 item 2: the 平潭 report's 10 blank cells, printed empty in its official HTML, stay blank from the
     * review through the save to the report page, the editor, JSON, CSV and the official HTML, with R0.4.
     */
    @Test
    @WithUserDetails("editor")
    void blankCellsOfTheSourceStayBlankInTheReviewAndInEveryViewAndExportAfterSaving() throws Exception {
        long liwan = agencyId(LIWAN_AGENCY);
        uploadOne("pingtan.html", pingtanOfficialHtml());
        assertThat(find(Span.class).withId("review-findings-summary").single().getText()).startsWith("未读出 10 个单元格");
        Element review = cell(reviewTables(), "s2.licensing.change");
        assertThat(review.getText()).isEmpty();
        assertThat(review.getClassList()).contains("unresolved");
        assertThat(allText(find(com.vaadin.flow.component.orderedlayout.VerticalLayout.class).withId("review-findings").single().getElement())).contains("R0.4");

        setYear(NEW_YEAR);
        confirmMismatch();
        save();
        assertThat(currentPath()).isEqualTo("reports/" + NEW_YEAR + "/" + liwan);
        LoadedReport saved = reports.find(liwan, NEW_YEAR).orElseThrow();
        ReportContent content = saved.content();
        for (String key : List.of("s2.licensing.change", "s2.coercion.decisions", "s2.procurement.count",
                "s2.procurement.amount")) {
            assertThat(content.cell(key)).as(key).isEqualTo(CellValue.BLANK);
            assertThat(cell(getCurrentView().getElement(), key).getText()).as(key).isEmpty();
        }
        assertThat(content.cell("s2.licensing.prev_year_items").number()).isEqualByComparingTo("396");
        assertThat(saved.findings()).anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("R0.4"));
        var json = CanonicalJson.toJson(content, saved.findings(), List.of());
        assertThat(json.get("section2").get("licensing").get("change").isNull()).isTrue();
        assertThat(json.get("section2").get("procurement").get("amount_wan_yuan").isNull()).isTrue();
        assertThat(ReportCsvExporter.render(content).lines().filter(l -> l.startsWith("s2.licensing.change,")))
                .singleElement().asString().contains(",空白,").doesNotContain(",0,");
        assertThat(OfficialHtmlExporter.render(content)).contains("<th>行政许可</th><td>396</td><td></td><td></td>");

        UI.getCurrent().navigate("reports/" + NEW_YEAR + "/" + liwan + "/edit");
        Element input = descendants(getCurrentView().getElement())
                .filter(e -> !e.isTextNode() && "input".equals(e.getTag()) && "s2.licensing.change".equals(e.getAttribute("data-cell")))
                .findFirst().orElseThrow();
        assertThat(input.getProperty("value")).isEmpty();
    }

    private static byte[] pingtanOfficialHtml() {
        return OfficialHtmlExporter.render(TestSamples.expected(TestSamples.PINGTAN)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @WithUserDetails("editor")
    void replacingAnExistingDraftNeedsConfirmation() throws Exception {
        long liwan = agencyId(LIWAN_AGENCY);
        ImportResult sample = parse(ImportFixtures.sample(LIWAN));
        ReportContent c = sample.report();
        importService.saveDraft(liwan, new ReportContent(c.agencyName(), DRAFT_YEAR, c.edition(), c.cells(),
                c.narratives(), c.publishedOn()), null);
        LoadedReport before = reports.find(liwan, DRAFT_YEAR).orElseThrow();

        uploadOne(LIWAN, ImportFixtures.sample(LIWAN));
        setYear(DRAFT_YEAR);
        confirmMismatch();
        clickCell("s3.granted.natural_person");
        new TextFieldTester<>(cellEditor()).setValue("9");
        save();
        ConfirmDialog confirm = find(ConfirmDialog.class).withId("replace-confirm").single();
        assertThat(new ConfirmDialogTester(confirm).getText()).contains(LIWAN_AGENCY).contains(String.valueOf(DRAFT_YEAR)).contains("草稿");
        new ConfirmDialogTester(confirm).cancel();
        assertThat(getCurrentView()).isInstanceOf(ImportReviewView.class);
        assertThat(reports.find(liwan, DRAFT_YEAR).orElseThrow().report().getVersion())
                .isEqualTo(before.report().getVersion());

        save();
        new ConfirmDialogTester(find(ConfirmDialog.class).withId("replace-confirm").single()).confirm();
        assertThat(currentPath()).isEqualTo("reports/" + DRAFT_YEAR + "/" + liwan);
        assertThat(reports.find(liwan, DRAFT_YEAR).orElseThrow().content().cell("s3.granted.natural_person").number())
                .isEqualByComparingTo("9");
    }

    @Test
    @WithUserDetails("editor")
    void aSaveBetweenTheConfirmationAndTheReplacementIsNotOverwritten() throws Exception {
        long liwan = agencyId(LIWAN_AGENCY);
        ImportResult sample = parse(ImportFixtures.sample(LIWAN));
        ReportContent c = sample.report();
        importService.saveDraft(liwan, new ReportContent(c.agencyName(), DRAFT_YEAR, c.edition(), c.cells(),
                c.narratives(), c.publishedOn()), null);

        uploadOne(LIWAN, ImportFixtures.sample(LIWAN));
        setYear(DRAFT_YEAR);
        confirmMismatch();
        clickCell("s3.granted.natural_person");
        new TextFieldTester<>(cellEditor()).setValue("9");
        save();
        ConfirmDialog confirm = find(ConfirmDialog.class).withId("replace-confirm").single();
        // a colleague saves the draft in the editor while the dialog is open
        LoadedReport shown = reports.find(liwan, DRAFT_YEAR).orElseThrow();
        reports.saveContent(shown.report().getId(), shown.report().getVersion(),
                shown.content().withCell("s3.granted.natural_person", CellValue.of(4)));
        new ConfirmDialogTester(confirm).confirm();

        assertThat(getCurrentView()).isInstanceOf(ImportReviewView.class);
        assertThat(find(Div.class).withId("review-message").single().getText())
                .isEqualTo("确认替换后该报告已被他人修改，未保存任何内容；请重新保存以查看最新版本。");
        LoadedReport after = reports.find(liwan, DRAFT_YEAR).orElseThrow();
        assertThat(after.content().cell("s3.granted.natural_person").number()).isEqualByComparingTo("4");
        assertThat(after.report().getVersion()).isEqualTo(shown.report().getVersion() + 1);
    }

    @Test
    @WithUserDetails("editor2")
    void importingIntoAPublishedReportIsRefusedWithAClearMessageAndNothingChanges() {
        long education = agencyId("淮安市教育局");
        LoadedReport before = reports.find(education, 2020).orElseThrow();

        uploadOne(LIWAN, ImportFixtures.sample(LIWAN));
        // the report names 荔湾, which editor2 may not edit: their own agency is the default
        assertThat(find(com.vaadin.flow.component.combobox.ComboBox.class).withId("review-agency").single()
                .getValue()).hasToString("AgencyOption[id=" + education + ", name=淮安市教育局]");
        save();

        assertThat(find(ConfirmDialog.class).all()).isEmpty();
        assertThat(find(Div.class).withId("review-message").single().getText())
                .isEqualTo("淮安市教育局 2020 年度报告状态为“已公开”，不能用导入内容替换。未保存；如需更正，请联系审核人员。");
        assertThat(getCurrentView()).isInstanceOf(ImportReviewView.class);
        LoadedReport after = reports.find(education, 2020).orElseThrow();
        assertThat(after.report().getVersion()).isEqualTo(before.report().getVersion());
        assertThat(after.content()).isEqualTo(before.content());
    }

    @Test
    @WithUserDetails("editor")
    void aBatchReadsEveryFileAndABadOneFailsAloneWithItsMessage(@TempDir Path dir) throws Exception {
        List<File> files = List.of(
                write(dir, "liwan.txt", ImportFixtures.sample(LIWAN)),
                write(dir, "broken.pdf", ImportFixtures.garbage()),
                write(dir, "pingtan.txt", ImportFixtures.sample("pingtan-2020-zone-html-text.txt")),
                write(dir, "huaian.txt", ImportFixtures.sample("huaian-2024-city-pdftotext-layout.txt")));
        navigate(ImportView.class);
        new UploadTester<>(find(Upload.class).withId("import-upload").single()).uploadAll(files);

        assertThat(getCurrentView()).isInstanceOf(ImportView.class);
        assertThat(find(Span.class).withId("import-progress-text").single().getText()).isEqualTo("已读取 4 / 4 个文件");
        assertThat(find(Span.class).withId("import-summary").single().getText()).isEqualTo("共 4 个文件：3 个已读取，1 个失败");
        @SuppressWarnings("unchecked")
        Grid<ImportedFile> grid = find(Grid.class).withId("import-results").single();
        List<ImportedFile> rows = grid.getListDataView().getItems().toList();
        assertThat(rows).extracting(ImportedFile::fileName)
                .containsExactlyInAnyOrder("liwan.txt", "broken.pdf", "pingtan.txt", "huaian.txt");
        ImportedFile broken = rows.stream().filter(f -> f.fileName().equals("broken.pdf")).findFirst().orElseThrow();
        assertThat(broken.succeeded()).isFalse();
        assertThat(broken.failure(true)).isNotBlank();
        ImportedFile pingtan = rows.stream().filter(f -> f.fileName().equals("pingtan.txt")).findFirst().orElseThrow();
        assertThat(pingtan.agencyName()).isEqualTo("平潭综合实验区");
        assertThat(pingtan.year()).isEqualTo(2020);
        assertThat(pingtan.unresolved()).isEqualTo(16);
        ImportedFile huaian = rows.stream().filter(f -> f.fileName().equals("huaian.txt")).findFirst().orElseThrow();
        assertThat(huaian.year()).isEqualTo(2024);
        assertThat(huaian.edition().code()).isEqualTo("2021");
        // the grid shows the failure message and a review link per read file
        String shown = gridText(grid);
        assertThat(shown).contains(broken.failure(true)).contains("平潭综合实验区").contains("失败");

        // each read file can be reviewed from the list
        navigate("import/review/" + pingtan.id(), ImportReviewView.class);
        assertThat(cell(reviewTables(), "s2.licensing.change").getClassList()).contains("unresolved");
        // a failed file has nothing to review
        navigate("import/review/" + broken.id(), ImportReviewView.class);
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("review-missing").single().getText())
                .contains("请重新上传");
    }

    @Test
    @WithUserDetails("editor")
    void aBombIsAFailedRowWithTheLimitInTheUsersLanguage() throws Exception {
        byte[] bomb = org.disclosuredesk.importer.Bombs.pdfStreamBomb(60 * 1024 * 1024);
        uploadOne("bomb.pdf", bomb);
        @SuppressWarnings("unchecked")
        Grid<ImportedFile> grid = find(Grid.class).withId("import-results").single();
        ImportedFile row = grid.getListDataView().getItems().toList().getFirst();
        assertThat(row.failureKey()).isEqualTo("import.failure.TOO_COMPLEX");
        assertThat(gridText(grid)).contains("bomb.pdf")
                .contains("文件过于复杂（解压后过大、嵌套过深或读取超时），未读取。（PDF page 1 unpacks to more than 16 MB）");

        english();
        navigate(ImportView.class);
        @SuppressWarnings("unchecked")
        Grid<ImportedFile> again = find(Grid.class).withId("import-results").single();
        assertThat(gridText(again)).contains("The file is too complex").contains("(PDF page 1 unpacks to more than 16 MB)");
    }

    @Test
    @WithUserDetails("editor")
    void failuresSpeakTheUsersLanguage() {
        english();
        uploadOne("notes.txt", "shopping list: milk, eggs".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(getCurrentView()).isInstanceOf(ImportView.class);
        assertThat(find(Span.class).withId("import-summary").single().getText()).isEqualTo("1 file: 0 read, 1 failed");
        @SuppressWarnings("unchecked")
        Grid<ImportedFile> grid = find(Grid.class).withId("import-results").single();
        assertThat(gridText(grid)).contains("notes.txt").contains("Failed")
                .contains("not a government information disclosure annual report");
    }

    @Test
    @WithUserDetails("editor")
    void theImportViewIsInTheNavigationOfEditors() {
        navigate(ImportView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("导入年报");
    }

    @Test
    @WithUserDetails("viewer")
    void viewersDoNotSeeTheImport() {
        navigate("reports", com.vaadin.flow.component.Component.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).doesNotContain("导入年报");
    }

    /** Issue 16 item 14: every column of the import list has its header, figures right-aligned under theirs. */
    @Test
    @WithUserDetails("editor")
    void everyColumnOfTheImportListHasAHeaderAndFiguresAlignWithTheirs() {
        navigate(ImportView.class);
        @SuppressWarnings("unchecked")
        Grid<ImportedFile> grid = find(Grid.class).withId("import-results").single();
        assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText).endsWith("说明", "操作")
                .allSatisfy(h -> assertThat(h).isNotBlank());
        assertThat(grid.getColumns()).filteredOn(c -> List.of("年度", "读出单元格", "未读出", "规则提示")
                .contains(c.getHeaderText())).hasSize(4)
                .allSatisfy(c -> assertThat(c.getTextAlign()).isEqualTo(com.vaadin.flow.component.grid.ColumnTextAlign.END));
    }

    private static String gridText(Grid<ImportedFile> grid) {
        StringBuilder sb = new StringBuilder();
        var tester = new com.vaadin.flow.component.grid.GridTester<>(grid);
        for (int r = 0; r < tester.size(); r++) {
            for (int c = 0; c < grid.getColumns().size() - 1; c++) {
                sb.append(tester.getCellText(r, c)).append(" | ");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static ImportResult parse(byte[] bytes) {
        try {
            return ReportImporter.importBytes("x.txt", bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static File write(Path dir, String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p.toFile();
    }

    @Test
    @WithUserDetails("editor")
    void leavingTheReviewWithUnsavedCorrectionsAsksFirst() {
        uploadOne("liwan-damaged.txt", ImportFixtures.liwanWithUnreadProcurement());
        clickCell("s2.procurement.count");
        new TextFieldTester<>(cellEditor()).setValue("11");
        UI.getCurrent().navigate("reports");
        assertThat(getCurrentView()).isInstanceOf(ImportReviewView.class);
        assertThat(find(com.vaadin.flow.component.dialog.Dialog.class).withId("unsaved-dialog").single().isOpened())
                .isTrue();
        find(Button.class).withId("leave-discard").single().click();
        assertThat(currentPath()).isEqualTo("reports");
    }
}
