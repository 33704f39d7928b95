package org.disclosuredesk.importer;

import org.disclosuredesk.TestSamples;
import org.disclosuredesk.export.CanonicalJson;
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
}
