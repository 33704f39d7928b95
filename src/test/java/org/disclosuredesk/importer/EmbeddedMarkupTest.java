package org.disclosuredesk.importer;

import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.ReportContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A saved web page whose report sits in a script (a JSON field, a JavaScript string) or is escaped as text: the
 * markup is found, unescaped and read like a page with real tables.
 */
class EmbeddedMarkupTest {

    private static final String UNRELATED = """
            var cfg = {"api":"\\/api\\/v2","retry":3,"label":"It's \\"fine\\""};
            function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
            if (window.x && cfg.retry > 2) { console.log('<b>not a report</b>'); }
            """;

    /** The page's article as a JSON string value: what a JSON serializer writes. */
    private static String json(String html) {
        StringBuilder out = new StringBuilder();
        for (char c : html.toCharArray()) {
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '"' -> out.append("\\\"");
                case '/' -> out.append("\\/");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String body(String html) {
        return html.substring(html.indexOf("<body>") + 6, html.lastIndexOf("</body>"));
    }

    private static String shell(String head, String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>政府信息公开</title>" + head
                + "</head><body><div id=\"app\"></div>" + body + "</body></html>";
    }

    private static ImportResult read(String page) throws ImportException {
        return ReportImporter.importBytes("page.html", page.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void aReportInAJsonFieldAmidUnrelatedCodeIsRead(Edition edition) throws Exception {
        Random rnd = new Random(71 + edition.ordinal());
        for (int i = 0; i < 10; i++) {
            ReportContent original = RandomReports.generate(rnd, edition);
            String article = body(OfficialDocuments.html(original, rnd));
            String page = shell("<script>" + UNRELATED + "</script>", "<script>window.__INITIAL_STATE__ = {\"id\":42,"
                    + "\"article\":{\"title\":\"年报\",\"content\":\"" + json(article) + "\"}};" + UNRELATED + "</script>");
            ImportResult r = read(page);
            assertThat(RoundTripTest.differences(original, r.report())).isEmpty();
        }
    }

    @Test
    void markupEscapedAsEntitiesInsideAStringIsRead() throws Exception {
        ReportContent original = RandomReports.generate(new Random(81), Edition.E2021);
        String article = body(OfficialDocuments.html(original, new Random(81)));
        String entities = article.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        String page = shell("", "<script type=\"application/json\">{\"html\":\"" + json(entities) + "\"}</script>");
        assertThat(RoundTripTest.differences(original, read(page).report())).isEmpty();
    }

    @Test
    void aTableSplitOverConcatenatedStringsComesBackWhole() throws Exception {
        ReportContent original = RandomReports.generate(new Random(82), Edition.E2019);
        String article = body(OfficialDocuments.html(original, new Random(82))).replace("'", "\\'").replace("\n", "");
        int cut = article.indexOf("<tr", article.indexOf("<table") + 1);
        String page = shell("", "<script>document.getElementById('app').innerHTML = '" + article.substring(0, cut)
                + "' +\n    '" + article.substring(cut) + "';</script>");
        assertThat(RoundTripTest.differences(original, read(page).report())).isEmpty();
    }

    @Test
    void markupShownAsTextIsRead() throws Exception {
        ReportContent original = RandomReports.generate(new Random(83), Edition.E2021);
        String article = body(OfficialDocuments.html(original, new Random(83)));
        String escaped = article.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        assertThat(RoundTripTest.differences(original, read(shell("", "<textarea>" + escaped + "</textarea>")).report()))
                .isEmpty();
        assertThat(RoundTripTest.differences(original, read(shell("", "<div>" + escaped + "</div>")).report()))
                .isEmpty();
    }

    @Test
    void aPageThatShowsItsTablesAndShipsThemAsDataIsReadOnce() throws Exception {
        ReportContent original = RandomReports.generate(new Random(84), Edition.E2021);
        String html = OfficialDocuments.html(original, new Random(84));
        String page = html.replace("</body>", "<script>var data = {\"content\":\"" + json(body(html)) + "\"};</script></body>");
        ImportResult r = read(page);
        assertThat(RoundTripTest.differences(original, r.report())).isEmpty();
        assertThat(r.sourceText().split("（一）予以公开", -1)).hasSize(2);
    }

    @Test
    void aScriptWithoutMarkupChangesNothingAndAnEndlessStringStaysBounded() throws Exception {
        ReportContent original = RandomReports.generate(new Random(85), Edition.E2019);
        String html = OfficialDocuments.html(original, new Random(85));
        String page = html.replace("</head>", "<script>" + UNRELATED + "</script></head>");
        assertThat(RoundTripTest.differences(original, read(page).report())).isEmpty();

        // an unterminated string of markup as long as the text limit allows, and longer
        ImportLimits d = ImportLimits.DEFAULTS;
        ImportLimits small = new ImportLimits(d.maxFileBytes(), d.maxPages(), 10_000, d.maxStreamBytesPerPage(),
                d.maxStreamBytesPerDocument(), d.pdfMemoryBytes(), d.parseTimeout(), d.slotWait(), d.parseSlots(),
                d.sessionMaxFiles(), d.sessionMaxTextBytes());
        String endless = shell("", "<script>var s = \"" + "\\u003ctd\\u003e1".repeat(5_000) + "</script>");
        assertThatThrownBy(() -> ReportImporter.importBytes("p.html", endless.getBytes(StandardCharsets.UTF_8), small))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.failure()).isEqualTo(ImportFailure.TOO_MUCH_TEXT));
    }
}
