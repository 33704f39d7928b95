package org.disclosuredesk.importer;

import org.disclosuredesk.export.OfficialTextRenderer;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.PartHeading;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.template.Template;
import org.disclosuredesk.template.TemplateTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Shapes of real extractions the rendered layout does not show: part 四 by rows, amounts, OCR'd labels. */
class ExtractionShapesTest {

    /** The text with part 四's table replaced. */
    private static String withPart4(ReportContent report, String table) {
        String text = OfficialTextRenderer.render(report);
        int start = text.indexOf(PartHeading.REVIEW_LITIGATION.officialZh()) + PartHeading.REVIEW_LITIGATION.officialZh().length();
        int end = text.indexOf(PartHeading.PROBLEMS.officialZh());
        return text.substring(0, start) + "\n" + table + "\n" + text.substring(end);
    }

    private static List<String> part4Values(ReportContent r, String row) {
        TemplateTable s4 = r.template().table("s4");
        List<String> out = new ArrayList<>();
        s4.columns().forEach(c -> out.add(r.cell(s4.cellKey(s4.row(row), c)).display()));
        return out;
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void part4PrintedAsThreeLabelledRows(Edition edition) throws Exception {
        Random rnd = new Random(31 + edition.ordinal());
        for (int i = 0; i < 30; i++) {
            ReportContent original = RandomReports.generate(rnd, edition);
            String table = "类别 结果维持 结果纠正 其他结果 尚未审结 总计\n"
                    + "行政复议 " + String.join(" ", part4Values(original, "review")) + "\n"
                    + "行政诉讼\n"
                    + "未经复议直接起诉 " + String.join(" ", part4Values(original, "litigation_direct")) + "\n"
                    + "复议后起诉 " + String.join(" ", part4Values(original, "litigation_after_review")) + "\n";
            ImportResult r = ReportImporter.importText(withPart4(original, table));
            assertThat(RoundTripTest.differences(original, r.report())).as(table).isEmpty();
        }
    }

    @Test
    void part4FifteenNumbersSpreadOverLines() throws Exception {
        Random rnd = new Random(41);
        for (int i = 0; i < 30; i++) {
            ReportContent original = RandomReports.generate(rnd, i % 2 == 0 ? Edition.E2019 : Edition.E2021);
            List<String> all = new ArrayList<>();
            for (String row : List.of("review", "litigation_direct", "litigation_after_review")) {
                all.addAll(part4Values(original, row));
            }
            String header = "行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n"
                    + "结果维持 结果纠正 其他结果 尚未审结 总计 ".repeat(3).strip() + "\n";
            String byFive = String.join(" ", all.subList(0, 5)) + "\n" + String.join(" ", all.subList(5, 10)) + "\n"
                    + String.join(" ", all.subList(10, 15));
            String onePerLine = String.join("\n", all);
            for (String table : List.of(header + byFive, header + onePerLine)) {
                ImportResult r = ReportImporter.importText(withPart4(original, table));
                assertThat(RoundTripTest.differences(original, r.report())).as(table).isEmpty();
            }
        }
    }

    /** The fifteen values of part 四 separated by single spaces, the line broken anywhere, over two or three lines. */
    @Test
    void part4ValuesBySingleSpacesContinuedOnTheNextLines() throws Exception {
        Random rnd = new Random(43);
        for (int i = 0; i < 60; i++) {
            ReportContent original = RandomReports.generate(rnd, i % 2 == 0 ? Edition.E2019 : Edition.E2021);
            List<String> all = new ArrayList<>();
            for (String row : List.of("review", "litigation_direct", "litigation_after_review")) {
                all.addAll(part4Values(original, row));
            }
            String header = List.of("行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n"
                    + "结果维持 结果纠正 其他结果 尚未审结 总计 ".repeat(3).strip() + "\n",
                    "行政复议 行政诉讼\n", "").get(i % 3);
            int lines = 2 + rnd.nextInt(2);
            int first = 2 + rnd.nextInt(10);
            int second = lines == 2 ? 15 : first + 1 + rnd.nextInt(13 - first);
            String table = header + String.join(" ", all.subList(0, first)) + "\n"
                    + String.join(" ", all.subList(first, second))
                    + (second < 15 ? "\n" + String.join(" ", all.subList(second, 15)) : "");
            ImportResult r = ReportImporter.importText(withPart4(original, table));
            assertThat(RoundTripTest.differences(original, r.report())).as(table).isEmpty();
        }
    }

    /**
     * Part 四 printed digit by digit with single spaces ("2 0 0 2 2 0 4 2 …" for 20 0 22 0 42 …), continued
     * over two or three lines: the spaces no longer say where a value ends, so the digits are split by the
     * rules like digits run together. Whatever is read is right; the rules pin down most of it.
     */
    @Test
    void part4DigitsSeparatedBySingleSpacesOverLines() throws Exception {
        Random rnd = new Random(47);
        int cells = 0;
        int read = 0;
        for (int i = 0; i < 80; i++) {
            ReportContent original = RandomReports.generate(rnd, i % 2 == 0 ? Edition.E2019 : Edition.E2021);
            List<String> digits = new ArrayList<>();
            for (String row : List.of("review", "litigation_direct", "litigation_after_review")) {
                part4Values(original, row).forEach(v -> v.chars().forEach(c -> digits.add(String.valueOf((char) c))));
            }
            if (digits.size() == 15) {
                continue; // every value a single digit: the ordinary form
            }
            String header = List.of("行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n"
                    + "结果维持 结果纠正 其他结果 尚未审结 总计 ".repeat(3).strip() + "\n", "").get(i % 2);
            int first = 3 + rnd.nextInt(digits.size() - 6);
            int second = rnd.nextBoolean() ? digits.size() : first + 1 + rnd.nextInt(digits.size() - first - 1);
            String table = header + String.join(" ", digits.subList(0, first)) + "\n"
                    + String.join(" ", digits.subList(first, second))
                    + (second < digits.size() ? "\n" + String.join(" ", digits.subList(second, digits.size())) : "");
            ImportResult r = ReportImporter.importText(withPart4(original, table));
            for (String key : original.template().table("s4").cellKeys()) {
                cells++;
                if (r.report().cell(key).isNumber()) {
                    read++;
                    assertThat(r.report().cell(key).number()).as(key + " in\n" + table)
                            .isEqualByComparingTo(original.cell(key).number());
                    assertThat(r.report().cell(key).raw()).as(key).isNull();
                } else {
                    assertThat(r.unresolved()).contains(key);
                }
            }
            assertThat(RoundTripTest.differences(original, r.report()).stream().filter(d -> !d.startsWith("s4."))).isEmpty();
        }
        assertThat(cells).isGreaterThan(600);
        assertThat((double) read / cells).as("%d of %d read", read, cells).isGreaterThan(0.6);
    }

    /** A 2021 report whose 行政规范性文件 row ran together, with part 一 stating some of its figures. */
    private static String normativeDocumentsRunTogether(ReportContent report) {
        String text = OfficialTextRenderer.render(report);
        String row = text.lines().filter(l -> l.startsWith("行政规范性文件 ")).findFirst().orElseThrow();
        return text.replace(row, row.replace(" ", "").replace("行政规范性文件", "行政规范性文件 "));
    }

    private static ReportContent withNormativeDocuments(ReportContent r, long made, long repealed, long inForce) {
        return r.withCell("s2.normative_documents.made", org.disclosuredesk.template.CellValue.of(made))
                .withCell("s2.normative_documents.repealed", org.disclosuredesk.template.CellValue.of(repealed))
                .withCell("s2.normative_documents.in_force", org.disclosuredesk.template.CellValue.of(inForce));
    }

    /**
     * Digits that ran together in a row the rules cannot split (part 二 has none): the figures part 一 states
     * decide when exactly one split agrees with them; otherwise the cells stay unread.
     */
    @Test
    void runTogetherDigitsSplitByFiguresTheNarrativeStates() throws Exception {
        ReportContent base = RandomReports.generate(new Random(53), Edition.E2021);
        ReportContent original = withNormativeDocuments(base, 88, 55, 698).withNarrative(NarrativePart.OVERVIEW,
                "本年度制发行政规范性文件88件，截至年底现行有效行政规范性文件698件。全年主动公开政府信息347条。");
        ImportResult r = ReportImporter.importText(normativeDocumentsRunTogether(original));
        assertThat(r.sourceText()).contains("行政规范性文件 8855698");
        assertThat(RoundTripTest.differences(original, r.report())).isEmpty();
        assertThat(r.notes()).extracting(ImportNote::code).contains("SPLIT_BY_NARRATIVE");

        // the text says nothing of these figures: no split is guessed
        ReportContent silent = original.withNarrative(NarrativePart.OVERVIEW, "全年主动公开政府信息347条。");
        ImportResult unread = ReportImporter.importText(normativeDocumentsRunTogether(silent));
        assertThat(unread.report().cell("s2.normative_documents.made").isNumber()).isFalse();
        assertThat(unread.unresolved()).contains("s2.normative_documents.made", "s2.normative_documents.in_force");

        // two splits agree with what the text states (88 | 8 | 698 and 8 | 88 | 698 both fit "88 … 8 … 698"): unread
        ReportContent twoWays = withNormativeDocuments(base, 88, 8, 698).withNarrative(NarrativePart.OVERVIEW,
                "本年度制发行政规范性文件88件、8件，现行有效698件。");
        ImportResult ambiguous = ReportImporter.importText(normativeDocumentsRunTogether(twoWays));
        assertThat(ambiguous.report().cell("s2.normative_documents.made").isNumber()).isFalse();

        // random figures, stated in the text: whatever is read is right, and most is read
        Random rnd = new Random(59);
        int read = 0;
        for (int i = 0; i < 40; i++) {
            long made = 10 + rnd.nextInt(200);
            long repealed = rnd.nextInt(60);
            long inForce = 100 + rnd.nextInt(900);
            ReportContent o = withNormativeDocuments(RandomReports.generate(rnd, Edition.E2021), made, repealed, inForce)
                    .withNarrative(NarrativePart.OVERVIEW, "本年度共制发行政规范性文件" + made + "件，废止" + repealed
                            + "件，现行有效" + inForce + "件。");
            ImportResult back = ReportImporter.importText(normativeDocumentsRunTogether(o));
            List<String> diff = RoundTripTest.differences(o, back.report());
            assertThat(diff).allMatch(d -> d.endsWith("unread"));
            if (diff.isEmpty()) {
                read++;
            }
        }
        assertThat(read).isGreaterThan(30);
    }

    /**
     * Part 四 extracted without layout: one value per line, the header labels split per character over lines,
     * and the values in another order than the cells (column by column). Placed by order they break R4.1: the
     * table is left unread, never emitted wrong. A source's own error in a certain reading is kept and flagged.
     */
    @Test
    void part4PlacedByOrderAloneThatBreaksItsSumsIsLeftUnread() throws Exception {
        Random rnd = new Random(61);
        int tried = 0;
        for (int i = 0; i < 60; i++) {
            ReportContent original = RandomReports.generate(rnd, i % 2 == 0 ? Edition.E2019 : Edition.E2021);
            List<List<String>> rows = new ArrayList<>();
            for (String row : List.of("review", "litigation_direct", "litigation_after_review")) {
                rows.add(part4Values(original, row));
            }
            List<String> columnMajor = new ArrayList<>();
            for (int c = 0; c < 5; c++) {
                for (List<String> row : rows) {
                    columnMajor.add(row.get(c));
                }
            }
            // only shapes whose misplacement shows in the sums can be caught
            boolean breaks = false;
            for (int g = 0; g < 3; g++) {
                long sum = 0;
                for (int c = 0; c < 4; c++) {
                    sum += Long.parseLong(columnMajor.get(g * 5 + c));
                }
                breaks |= sum != Long.parseLong(columnMajor.get(g * 5 + 4));
            }
            if (!breaks) {
                continue;
            }
            tried++;
            String header = String.join("\n", "行政复议行政诉讼未经复议直接起诉复议后起诉结果维持结果纠正".split(""));
            String table = header + "\n" + String.join("\n", columnMajor);
            ImportResult r = ReportImporter.importText(withPart4(original, table));
            for (String key : original.template().table("s4").cellKeys()) {
                assertThat(r.report().cell(key).isNumber()).as(key + " in\n" + table).isFalse();
                assertThat(r.unresolved()).contains(key);
            }
            assertThat(r.notes()).extracting(ImportNote::code).contains("REVIEW_UNCERTAIN");
            assertThat(RoundTripTest.differences(original, r.report()).stream().filter(d -> !d.startsWith("s4."))).isEmpty();

            // the same values on one line, as a laid-out table prints them: certain, kept as printed, R4.1 flagged
            ImportResult certain = ReportImporter.importText(withPart4(original, String.join(" ", columnMajor)));
            assertThat(certain.report().cell("s4.review.total").number().toPlainString()).isEqualTo(columnMajor.get(4));
            assertThat(certain.findings()).anyMatch(f -> f.ruleId().equals("R4.1") && f.isError());
        }
        assertThat(tried).isGreaterThan(20);
    }

    private static String procurementText(String header, String row) {
        ReportContent original = RandomReports.generate(new Random(5), Edition.E2019);
        String text = OfficialTextRenderer.render(original);
        String oldHeader = "信息内容 采购项目数量 采购总金额";
        int h = text.indexOf(oldHeader);
        int rowStart = text.indexOf("政府集中采购", h);
        int rowEnd = text.indexOf('\n', rowStart);
        return text.substring(0, h) + header + "\n" + row + text.substring(rowEnd);
    }

    @Test
    void procurementAmountTakesTheUnitOfItsHeader() throws Exception {
        ImportResult wan = ReportImporter.importText(procurementText("信息内容 采购项目数量 采购总金额（万元）", "政府集中采购 11 3522.436287"));
        assertThat(wan.report().cell("s2.procurement.amount").number()).isEqualByComparingTo("3522.436287");
        assertThat(wan.report().cell("s2.procurement.count").number()).isEqualByComparingTo("11");

        ImportResult yuan = ReportImporter.importText(procurementText("信息内容 采购项目数量 采购总金额（元）", "政府集中采购 3 251000"));
        assertThat(yuan.report().cell("s2.procurement.amount").number()).isEqualByComparingTo("25.1");

        ImportResult grouped = ReportImporter.importText(procurementText("信息内容 采购项目数量 采购总金额", "政府集中采购 11 3,522.44万元"));
        assertThat(grouped.report().cell("s2.procurement.amount").number()).isEqualByComparingTo("3522.44");

        ImportResult fullWidth = ReportImporter.importText(procurementText("信息内容 采购项目数量 采购总金额（单位：元）",
                "政府集中采购 ３ 1，251，000"));
        assertThat(fullWidth.report().cell("s2.procurement.amount").number()).isEqualByComparingTo("125.1");
        assertThat(fullWidth.report().cell("s2.procurement.count").number()).isEqualByComparingTo("3");

        // no unit anywhere: the amount is not guessed
        ImportResult none = ReportImporter.importText(procurementText("信息内容 采购项目数量 采购总金额", "政府集中采购 3 251000"));
        assertThat(none.report().cell("s2.procurement.amount").isNumber()).isFalse();
        assertThat(none.unresolved()).contains("s2.procurement.amount");
    }

    @Test
    void ocrNoiseInsideNumbersOfAMarkdownTable() throws Exception {
        ReportContent original = RandomReports.generate(new Random(8), Edition.E2021);
        String text = OfficialTextRenderer.render(original);
        String row = text.lines().filter(l -> l.startsWith("（一）予以公开")).findFirst().orElseThrow();
        ReportContent expected = original;
        String[] cells = {"12O", "l", "O", "o", "I0", "O", "1３2"};
        long[] values = {120, 1, 0, 0, 10, 0, 132};
        for (int c = 0; c < 7; c++) {
            String key = "s3.granted." + original.template().table("s3").columns().get(c).key();
            expected = expected.withCell(key, org.disclosuredesk.template.CellValue.of(values[c]));
        }
        String md = "| （一）予以公开 | " + String.join(" | ", cells) + " |";
        ImportResult r = ReportImporter.importText(text.replace(row, md));
        List<String> diff = RoundTripTest.differences(expected, r.report());
        assertThat(diff).isEmpty();
    }

    @Test
    void longLabelsWithTwoMisreadCharactersKeepTheirRowsApart() throws Exception {
        Random rnd = new Random(12);
        for (Edition edition : Edition.values()) {
            ReportContent original = RandomReports.generate(rnd, edition);
            String text = OfficialTextRenderer.render(original)
                    .replace("2.没有现成信息需要另行制作", "2.没有现成信启需耍另行制作")
                    .replace("3.补正后申请内容仍不明确", "3.补正后申清内容仍不明确")
                    .replace("5.要求行政机关确认或重新出具已获取信息", "5.要求行政机关确认或重新出具己获取信息")
                    .replace("4.无正当理由大量反复申请", "4.无正当理由大量反夏申请")
                    .replace("2.其他法律行政法规禁止公开", "2.其他法律行政法规禁上公开")
                    .replace("1.本机关不掌握相关政府信息", "l.本机关不掌捏相关政府信息")
                    .replace("3.危及“三安全一稳定”", "3.危及“三安全稳定”")             // a character dropped
                    .replace("5.属于三类内部事务信息", "5.属于三类内部事务信")
                    .replace("1.信访举报投诉类申请", "1.信访举报投拆类申请");
            ImportResult r = ReportImporter.importText(text);
            assertThat(RoundTripTest.differences(original, r.report())).as(text).isEmpty();
        }
    }

    @Test
    void cellsSeparatedByTabsAndRunsOfSpacesInOneTable() throws Exception {
        ReportContent original = RandomReports.generate(new Random(13), Edition.E2019);
        String text = OfficialTextRenderer.render(original);
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (String line : text.split("\n", -1)) {
            boolean table = line.split(" ").length > 1 && !line.contains("。");
            out.append(table ? (n++ % 2 == 0 ? line.replace(" ", "\t") : "  " + line.replace(" ", "     ")) : line)
                    .append('\n');
        }
        ImportResult r = ReportImporter.importText(out.toString());
        assertThat(RoundTripTest.differences(original, r.report())).isEmpty();
        assertThat(Template.of(Edition.E2019).cellKeys()).allMatch(k -> !r.unresolved().contains(k));
    }

    @Test
    void a2021OtherHandlingHeadingPrintedWithItsOwnSubtotals() throws Exception {
        Random rnd = new Random(19);
        for (int i = 0; i < 20; i++) {
            ReportContent original = RandomReports.generate(rnd, Edition.E2021);
            TemplateTable s3 = original.template().table("s3");
            List<String> subtotal = new ArrayList<>();
            for (var c : s3.columns()) {
                long sum = 0;
                for (String row : List.of("other_overdue_correction", "other_overdue_fee", "other_misc")) {
                    sum += original.cell(s3.cellKey(s3.row(row), c)).longValue();
                }
                subtotal.add(Long.toString(sum));
            }
            String text = OfficialTextRenderer.render(original)
                    .replace("（六）其他处理\n", "（六）其他处理 " + String.join(" ", subtotal) + "\n");
            assertThat(text).contains("（六）其他处理 " + subtotal.getFirst());
            ImportResult r = ReportImporter.importText(text);
            assertThat(RoundTripTest.differences(original, r.report())).as(text).isEmpty();
        }
    }

    /**
     * A 2021-edition report printing （六）其他处理 as one row, the 2019 form: the row is read into
     * {@code other_single}, its three 2021 sub-rows stay blank, and the deviation is told (a note and the
     * R0.3 warning naming the cells), never read as blank cells of the single row.
     */
    @Test
    void a2021ReportPrintingTheSingleOtherHandlingRowOf2019() throws Exception {
        Random rnd = new Random(23);
        List<String> subRows = List.of("other_overdue_correction", "other_overdue_fee", "other_misc");
        for (int i = 0; i < 40; i++) {
            ReportContent original = RandomReports.generate(rnd, Edition.E2021);
            TemplateTable s3 = original.template().table("s3");
            List<Long> single = new ArrayList<>();
            for (var c : s3.columns()) {
                long sum = 0;
                for (String row : subRows) {
                    sum += original.cell(s3.cellKey(s3.row(row), c)).longValue();
                }
                single.add(sum);
            }
            String rendered = i % 2 == 0 ? OfficialTextRenderer.render(original)
                    : TextShapes.oneCellPerLine(OfficialTextRenderer.render(original), rnd);
            StringBuilder text = new StringBuilder();
            boolean skipping = false;
            for (String line : rendered.split("\n", -1)) {
                if (line.startsWith("1.申请人无正当理由逾期不补正")) {
                    skipping = true;
                } else if (line.startsWith("（七）总计")) {
                    skipping = false;
                }
                if (skipping) {
                    continue;
                }
                if (line.equals("（六）其他处理")) {
                    line = "（六）其他处理" + (i % 2 == 0 ? " " : "\n")
                            + String.join(i % 2 == 0 ? " " : "\n", single.stream().map(String::valueOf).toList());
                }
                text.append(line).append('\n');
            }
            assertThat(text.toString()).doesNotContain("逾期不补正").contains("（六）其他处理");
            ImportResult r = ReportImporter.importText(text.toString());
            ReportContent expected = original;
            for (String row : subRows) {
                for (var c : s3.columns()) {
                    expected = expected.withCell(s3.cellKey(s3.row(row), c), org.disclosuredesk.template.CellValue.BLANK);
                }
            }
            List<String> diff = RoundTripTest.differences(expected, r.report());
            for (String row : subRows) {
                for (var c : s3.columns()) {
                    diff.remove(s3.cellKey(s3.row(row), c) + ": " + " → unread");
                }
            }
            assertThat(diff).as(text.toString()).isEmpty();
            for (int c = 0; c < s3.columns().size(); c++) {
                String key = "s3.other_single." + s3.columns().get(c).key();
                assertThat(r.report().cell(key).isNumber()).as(key + " in " + text).isTrue();
                assertThat(r.report().cell(key).number().longValue()).as(key).isEqualTo(single.get(c));
            }
            assertThat(r.notes()).extracting(ImportNote::code).contains("OTHER_HANDLING_SINGLE_ROW");
            assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("R0.3")).singleElement()
                    .satisfies(f -> assertThat(f.cells()).contains("s3.other_single.natural_person"));
            assertThat(r.findings()).filteredOn(f -> f.isError()).isEmpty();
            // the canonical JSON carries the row as printed, and reads it back
            var json = org.disclosuredesk.export.CanonicalJson.toJson(r.report(), r.findings(), r.unresolved());
            assertThat(json.path("section3").path("rows").path("other_single").path(6).asLong()).isEqualTo(single.get(6));
            assertThat(json.path("section3").path("rows").path("other_misc").path(0).isNull()).isTrue();
            ReportContent back = org.disclosuredesk.export.CanonicalJson.read(json).report();
            assertThat(back.cell("s3.other_single.total").number().longValue()).isEqualTo(single.get(6));
        }
    }

    private static Provenance.Confidence confidence(ImportResult r, String key) {
        assertThat(r.provenance()).as(key).containsKey(key);
        return r.provenance().get(key).confidence();
    }

    /**
     * Each read cell says how sure its reading is: printed beside its label, or laid out in whole rows, it is
     * certain; placed by its order alone, or split from digits that ran together (by the rules or by the
     * figures the text states), it is inferred. Every value is right either way.
     */
    @Test
    void eachReadCellCarriesHowSureItsReadingIs() throws Exception {
        Random rnd = new Random(71);
        ReportContent original = RandomReports.generate(rnd, Edition.E2021);
        ImportResult laidOut = ReportImporter.importText(OfficialTextRenderer.render(original));
        assertThat(RoundTripTest.differences(original, laidOut.report())).isEmpty();
        assertThat(laidOut.provenance()).isNotEmpty();
        assertThat(laidOut.provenance().values()).allMatch(p -> p.confidence() == Provenance.Confidence.CERTAIN);

        // part 四: one value per line is placed by order alone, five to a line shows the table
        List<String> all = new ArrayList<>();
        for (String row : List.of("review", "litigation_direct", "litigation_after_review")) {
            all.addAll(part4Values(original, row));
        }
        ImportResult onePerLine = ReportImporter.importText(withPart4(original, String.join("\n", all)));
        ImportResult byFive = ReportImporter.importText(withPart4(original, String.join(" ", all.subList(0, 5)) + "\n"
                + String.join(" ", all.subList(5, 10)) + "\n" + String.join(" ", all.subList(10, 15))));
        for (String key : original.template().table("s4").cellKeys()) {
            assertThat(confidence(onePerLine, key)).as(key).isEqualTo(Provenance.Confidence.INFERRED);
            assertThat(confidence(byFive, key)).as(key).isEqualTo(Provenance.Confidence.CERTAIN);
        }
        assertThat(RoundTripTest.differences(original, onePerLine.report())).isEmpty();
        assertThat(RoundTripTest.differences(original, byFive.report())).isEmpty();

        // digits run together: split by the rules, inferred; a row of one value read as printed stays certain
        ImportResult runTogether = ReportImporter.importText(TextShapes.runTogether(OfficialTextRenderer.render(original)));
        assertThat(RoundTripTest.differences(original, runTogether.report())).allMatch(d -> d.endsWith("unread"));
        assertThat(runTogether.provenance().get("s3.new_received.total")).isNotNull()
                .satisfies(p -> assertThat(p.confidence()).isEqualTo(Provenance.Confidence.INFERRED));

        // split as the running text states: inferred, the rest of part 二 still certain
        ReportContent stated = withNormativeDocuments(original, 88, 55, 698).withNarrative(NarrativePart.OVERVIEW,
                "本年度制发行政规范性文件88件，截至年底现行有效行政规范性文件698件。");
        ImportResult byNarrative = ReportImporter.importText(normativeDocumentsRunTogether(stated));
        assertThat(RoundTripTest.differences(stated, byNarrative.report())).isEmpty();
        assertThat(confidence(byNarrative, "s2.normative_documents.made")).isEqualTo(Provenance.Confidence.INFERRED);
        assertThat(confidence(byNarrative, "s2.normative_documents.in_force")).isEqualTo(Provenance.Confidence.INFERRED);
        assertThat(confidence(byNarrative, "s2.regulations.made")).isEqualTo(Provenance.Confidence.CERTAIN);
        assertThat(confidence(byNarrative, "s3.new_received.total")).isEqualTo(Provenance.Confidence.CERTAIN);
    }
}
