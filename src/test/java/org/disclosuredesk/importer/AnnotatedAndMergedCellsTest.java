package org.disclosuredesk.importer;

import org.disclosuredesk.export.OfficialTextRenderer;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.ReportContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Part 二 as converters and web pages print it: a cell with an annotation ("22（其中修订16件）"), the annotation
 * torn out of its row by a PDF→markdown converter, and HTML tables with merged cells. The annotation's numbers are
 * never cells; a merged cell is read where it is printed and leaves the cell it covers unread, never guessed.
 */
class AnnotatedAndMergedCellsTest {

    private static ReportContent withNormativeDocuments(ReportContent r, long made, long repealed, long inForce) {
        return r.withCell("s2.normative_documents.made", CellValue.of(made))
                .withCell("s2.normative_documents.repealed", CellValue.of(repealed))
                .withCell("s2.normative_documents.in_force", CellValue.of(inForce));
    }

    private static String replaceOnce(String text, String from, String to) {
        int at = text.indexOf(from);
        assertThat(at).as(from).isNotNegative();
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    @Test
    void annotationsOfPart2CellsAreNotReadAsCellsWhereverTheConverterPutThem() throws Exception {
        Random rnd = new Random(101);
        for (int i = 0; i < 10; i++) {
            ReportContent original = withNormativeDocuments(RandomReports.generate(rnd, Edition.E2021), 22, 55, 698);
            String markdown = TextShapes.pipeTables(OfficialTextRenderer.render(original), rnd);
            String row = "| 行政规范性文件 | 22 | 55 | 698 |";
            List<String> shapes = List.of(
                    "| 行政规范性文件 | 22（其中修订16件） | 55（含自然失效29件） | 698 |",
                    "| 行政规范性文件 | 22(其中修订16件) | 55(含自然失效29件) | 698 |",
                    "| 行政规范性文件 | 22（其中修订 | 55（含自然失 | 698 |\n|  | 16件） | 效29件） |  |",
                    "| 行政规范性文件 | 22 | 55 | 698 |\n（其中修订16件）（含自然失效29件）",
                    "| 行政规范性文件 | 22 | 55 | 698 |\n（其中修订16件）\n（含自然失效29件）",
                    "行政规范性文件 22（其中修订16件） 55（含自然失效29件） 698",
                    "行政规范性文件 22（其中修订 55（含自然失 698\n16件） 效29件）");
            for (String shape : shapes) {
                String text = replaceOnce(markdown, row, shape);
                ImportResult r = ReportImporter.importText(text);
                assertThat(RoundTripTest.differences(original, r.report())).as(shape).isEmpty();
            }
        }
    }

    private static Element rowOf(Document doc, String label) {
        return doc.select("tr").stream().filter(tr -> !tr.children().isEmpty()
                && tr.child(0).text().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void mergedValueCellsOfAnHtmlPart2TableAreReadWhereTheyArePrintedAndCoverNothingElse() throws Exception {
        Random rnd = new Random(103);
        for (int i = 0; i < 10; i++) {
            ReportContent original = RandomReports.generate(rnd, Edition.E2019);
            Document doc = Jsoup.parse(OfficialDocuments.html(original, new Random(i)));
            // 本年增/减 of 行政许可 spans the row below; 规章's first two cells are one cell over two columns
            Element licensing = rowOf(doc, "行政许可");
            licensing.child(2).attr("rowspan", "2");
            rowOf(doc, "其他对外管理服务事项").child(2).remove();
            Element regulations = rowOf(doc, "规章");
            regulations.child(1).attr("colspan", "2");
            regulations.child(2).remove();
            ImportResult r = ReportImporter.importBytes("report.html", doc.outerHtml().getBytes(StandardCharsets.UTF_8));

            List<String> covered = List.of("s2.other_management_services.change", "s2.regulations.new_published");
            List<String> diff = RoundTripTest.differences(original, r.report());
            assertThat(diff).as(doc.select("table").first().outerHtml())
                    .allMatch(d -> covered.stream().anyMatch(d::startsWith) && d.endsWith("unread"));
            for (String key : List.of("s2.other_management_services.prev_year_items",
                    "s2.other_management_services.decisions", "s2.licensing.change", "s2.regulations.new_made",
                    "s2.regulations.total_published")) {
                assertThat(r.report().cell(key).number()).as(key).isEqualByComparingTo(original.cell(key).number());
            }
        }
    }
}
