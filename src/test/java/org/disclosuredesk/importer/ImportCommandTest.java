package org.disclosuredesk.importer;

import org.disclosuredesk.TestSamples;
import org.disclosuredesk.export.CanonicalJson;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTest {

    @Test
    void printsOneCanonicalLinePerFileInOrderAndGoesOnAfterAFailure(@TempDir Path dir) throws Exception {
        Path liwan = dir.resolve("liwan.txt");
        Files.writeString(liwan, TestSamples.text(TestSamples.LIWAN));
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path pingtan = dir.resolve("pingtan.txt");
        Files.writeString(pingtan, TestSamples.text(TestSamples.PINGTAN));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ImportCommand.run(new String[]{"--json", liwan.toString(), empty.toString(), pingtan.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(3);
        CanonicalJson.Document first = CanonicalJson.read(lines[0]);
        assertThat(first.report().agencyName()).isEqualTo("广州市荔湾区政务服务数据管理局");
        assertThat(first.report().cell("s4.litigation_direct.total").number()).isEqualByComparingTo("12");
        JsonNode second = CanonicalJson.MAPPER.readTree(lines[1]);
        assertThat(second.path("error").path("code").asString()).isEqualTo("EMPTY_FILE");
        assertThat(second.path("error").path("message").asString()).isEqualTo("文件为空。");
        assertThat(second.path("file").asString()).endsWith("empty.txt");
        JsonNode third = CanonicalJson.MAPPER.readTree(lines[2]);
        assertThat(third.path("findings").findValuesAsString("rule")).contains("R3.2");
        assertThat(third.path("unresolved").isArray()).isTrue();
    }

    @Test
    void allGoodMeansExitCodeZeroAndUsageErrorsTwo(@TempDir Path dir) throws Exception {
        Path huaian = dir.resolve("huaian.txt");
        Files.writeString(huaian, TestSamples.text(TestSamples.HUAIAN));
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(ImportCommand.run(new String[]{"--json", huaian.toString()}, sink, sink)).isZero();
        assertThat(ImportCommand.run(new String[]{huaian.toString()}, sink, sink)).isEqualTo(2);
        assertThat(ImportCommand.run(new String[]{"--json"}, sink, sink)).isEqualTo(2);
    }

    @Test
    void damagedFilesGiveOneLineEachOnStderrWithoutStackTracesAndLibrariesStayQuiet(@TempDir Path dir)
            throws Exception {
        byte[] pdf = Bombs.pdfOverlappingText(2, 20);
        Path truncated = dir.resolve("truncated.pdf");
        Files.write(truncated, java.util.Arrays.copyOf(pdf, pdf.length / 2));
        Path junk = dir.resolve("junk.pdf");
        Files.write(junk, "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\nxref\n0 1\ntrailer <<>>"
                .getBytes(StandardCharsets.US_ASCII));
        Path bomb = dir.resolve("bomb.pdf");
        Files.write(bomb, Bombs.pdfStreamBomb(60 * 1024 * 1024));
        Path docx = dir.resolve("broken.docx");
        Files.write(docx, new byte[]{'P', 'K', 3, 4, 'w', 'o', 'r', 'd', '/', 'd', 'o', 'c', 'u', 'm', 'e', 'n', 't',
                '.', 'x', 'm', 'l', 0, 0, 0});

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream libraries = new ByteArrayOutputStream();
        PrintStream systemOut = System.out;
        PrintStream systemErr = System.err;
        int code;
        // what the libraries would print goes to System.out/err (the console appender) – catch it there
        System.setOut(new PrintStream(libraries, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(libraries, true, StandardCharsets.UTF_8));
        try (ImportCommand.Quiet quiet = ImportCommand.quietLibraries()) {
            code = ImportCommand.run(new String[]{"--json", truncated.toString(), junk.toString(), bomb.toString(),
                    docx.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        } finally {
            System.setOut(systemOut);
            System.setErr(systemErr);
        }
        assertThat(code).isEqualTo(1);
        assertThat(libraries.toString(StandardCharsets.UTF_8)).isEmpty();
        String[] errLines = err.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(errLines).hasSize(4);
        // PDFBox may recover part of a truncated file: then it is refused as something else, still on one line
        assertThat(errLines[0]).startsWith(truncated + ": ").matches(".*: [A-Z_]+: .+");
        assertThat(errLines[1]).startsWith(junk + ": ").matches(".*: [A-Z_]+: .+");
        assertThat(errLines[2]).startsWith(bomb + ": TOO_COMPLEX: ");
        assertThat(errLines[3]).startsWith(docx + ": UNREADABLE_DOCUMENT: ");
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("\tat ").doesNotContain("Exception");
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(4);
        assertThat(CanonicalJson.MAPPER.readTree(lines[2]).path("error").path("code").asString()).isEqualTo("TOO_COMPLEX");
    }

    /** --explain: per cell the part and labels, the line and how the row was found, how sure, what was printed. */
    @Test
    void explainPrintsPerCellWhereItWasReadAndHowSure(@TempDir Path dir) throws Exception {
        String text = TestSamples.text(TestSamples.LIWAN);
        String part4 = "1 0 0 1 2 12 0 0 0 12 0 0 0 0 0";
        assertThat(text).contains(part4);
        Path liwan = dir.resolve("liwan.txt");
        Files.writeString(liwan, text.replace(part4, part4.replace(' ', '\n')));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ImportCommand.run(new String[]{"--explain", liwan.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        java.util.List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).startsWith("# " + liwan + ": format TEXT, edition 2019, year 2020; ")
                .contains("15 inferred");
        Provenance read = ReportImporter.importText(Files.readString(liwan)).provenance()
                .get("s3.new_received.natural_person");
        assertThat(read.how()).isEqualTo(Provenance.Evidence.LABEL_ABOVE);
        assertThat(lines).contains(String.join("\t", "s3.new_received.natural_person", "21",
                "三 一、本年新收政府信息公开申请数量 / 自然人", "line " + read.line(), "LABEL_ABOVE", "CERTAIN", "\"21\""));
        assertThat(lines).filteredOn(l -> l.startsWith("s4.litigation_direct.upheld\t")).singleElement()
                .satisfies(l -> assertThat(l.split("\t")).containsSubsequence("12", "LAYOUT", "INFERRED", "\"12\""));
        assertThat(lines.stream().filter(l -> !l.startsWith("#")))
                .hasSize(Template.of(Edition.E2019).cellKeys().size());

        // beside --json the explanation goes to stderr: stdout stays one JSON line per file
        ByteArrayOutputStream jsonOut = new ByteArrayOutputStream();
        ByteArrayOutputStream explained = new ByteArrayOutputStream();
        assertThat(ImportCommand.run(new String[]{"--json", "--explain", liwan.toString()},
                new PrintStream(jsonOut, true, StandardCharsets.UTF_8),
                new PrintStream(explained, true, StandardCharsets.UTF_8))).isZero();
        assertThat(jsonOut.toString(StandardCharsets.UTF_8).lines()).singleElement()
                .satisfies(l -> assertThat(CanonicalJson.read(l).report().cell("s4.litigation_direct.upheld").number())
                        .isEqualByComparingTo("12"));
        assertThat(explained.toString(StandardCharsets.UTF_8).lines().toList()).isEqualTo(lines);
    }

    /**
     * The command as it is started, in a JVM of its own where nothing configured logging before: a damaged PDF the
     * PDF library warns about (checked first, in this JVM) leaves on stderr only the command's own line for it.
     */
    @Test
    void stderrOfTheCommandCarriesOnlyItsOwnLinesNotTheLibrariesLogging(@TempDir Path dir) throws Exception {
        byte[] pdf = Bombs.pdfOverlappingText(2, 20);
        Path truncated = dir.resolve("truncated.pdf");
        Files.write(truncated, java.util.Arrays.copyOf(pdf, pdf.length * 2 / 3));
        Path report = dir.resolve("liwan.txt");
        Files.writeString(report, TestSamples.text(TestSamples.LIWAN));

        // the library does warn about this file when its logging is on
        ch.qos.logback.classic.Logger pdfbox = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger("org.apache.pdfbox");
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> seen =
                new ch.qos.logback.core.read.ListAppender<>();
        seen.start();
        ch.qos.logback.classic.Level level = pdfbox.getLevel();
        pdfbox.setLevel(ch.qos.logback.classic.Level.WARN);
        pdfbox.addAppender(seen);
        try {
            ReportImporter.importFile(truncated);
        } catch (ImportException expected) {
            // refused either way; what matters here is what the library logged on the way
        } finally {
            pdfbox.detachAppender(seen);
            pdfbox.setLevel(level);
        }
        assertThat(seen.list).as("PDFBox warns about the damaged file").isNotEmpty();

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.disclosuredesk.Application", "import", "--json",
                truncated.toString(), report.toString())
                .redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile()).start();
        assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        java.util.List<String> errLines = Files.readAllLines(dir.resolve("stderr"), StandardCharsets.UTF_8);
        java.util.List<String> outLines = Files.readAllLines(dir.resolve("stdout"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(String.join("\n", errLines)).isEqualTo(1);
        assertThat(errLines).singleElement().asString().startsWith(truncated + ": ").matches(".*: [A-Z_]+: .+");
        assertThat(outLines).hasSize(2);
        assertThat(CanonicalJson.read(outLines.get(1)).report().agencyName()).isEqualTo("广州市荔湾区政务服务数据管理局");
    }
}
