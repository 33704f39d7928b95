package org.disclosuredesk.export;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.disclosuredesk.TestSamples;
import org.disclosuredesk.demo.ReportGenerator;
import org.disclosuredesk.importer.ImportResult;
import org.disclosuredesk.importer.ReportImporter;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.ReportContent;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Word document of the official report, read back by our own importer, gives the same figures — 0 wrong, 0
 * unread — for the real samples and generated reports of every year; and it is a proper document: A4, page numbers,
 * the official tables with their merged headers.
 */
class OfficialDocxTest {

    private static List<ReportContent> reports() {
        List<ReportContent> out = new ArrayList<>();
        for (String s : new String[]{TestSamples.LIWAN, TestSamples.HUAIAN, TestSamples.SHANGHAI}) {
            out.add(TestSamples.expected(s).withNarrative(NarrativePart.OVERVIEW, "本年度政府信息公开工作稳步推进。")
                    .withNarrative(NarrativePart.PROBLEMS, "一是公开内容不够全面。")
                    .withNarrative(NarrativePart.OTHER, "本年度未收取信息处理费。"));
        }
        java.util.Random rng = new java.util.Random(7);
        ReportContent previous = null;
        for (int year = 2019; year <= 2025; year++) {
            ReportContent r = ReportGenerator.generate(rng, new ReportGenerator.Profile("淮安市测试局", 0.5),
                    year, previous, null);
            out.add(r);
            previous = r;
        }
        return out;
    }

    @Test
    void everyReportRoundTripsThroughWord() throws Exception {
        int cells = 0;
        for (ReportContent report : reports()) {
            byte[] docx = OfficialDocxExporter.render(report, null);
            ImportResult back = ReportImporter.importBytes("report.docx", docx);
            String what = report.agencyName() + " " + report.year();
            assertThat(back.report().year()).as(what).isEqualTo(report.year());
            assertThat(back.report().edition()).as(what).isEqualTo(report.edition());
            List<String> wrong = new ArrayList<>();
            List<String> unread = new ArrayList<>();
            for (String key : report.template().cellKeys()) {
                CellValue expected = report.cell(key);
                CellValue read = back.report().cell(key);
                if (read.isBlank() && !expected.isBlank()) {
                    unread.add(key);
                } else if (!read.equals(expected) && !(read.isNumber() && expected.isNumber()
                        && read.number().compareTo(expected.number()) == 0)) {
                    wrong.add(key + " " + expected + " → " + read);
                }
                cells++;
            }
            assertThat(wrong).as(what + " wrong").isEmpty();
            assertThat(unread).as(what + " unread").isEmpty();
        }
        assertThat(cells).isGreaterThan(1500);
    }

    @Test
    void aWordDocumentOnA4WithPageNumbersAndTheOfficialMergedHeaders() throws Exception {
        ReportContent report = TestSamples.expected(TestSamples.LIWAN);
        byte[] docx = OfficialDocxExporter.render(report, null);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW().toString()).isEqualTo("11906");
            assertThat(doc.getFooterList()).isNotEmpty();
            assertThat(doc.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText()).contains("PAGE");
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("广州市荔湾区政务服务数据管理局2020年政府信息公开工作年度报告");
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).isEqualTo("三、收到和处理政府信息公开申请情况"));
            XWPFTable s3 = doc.getTables().stream().filter(t -> t.getText().contains("法人或其他组织")).findFirst()
                    .orElseThrow();
            assertThat(s3.getCTTbl().xmlText()).contains("w:gridSpan w:val=\"5\"").contains("w:vMerge");
        }
        byte[] draft = OfficialDocxExporter.render(report, "草稿");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(draft))) {
            assertThat(doc.getParagraphs().get(0).getText()).startsWith("未公开版本（草稿）");
        }
    }
}
