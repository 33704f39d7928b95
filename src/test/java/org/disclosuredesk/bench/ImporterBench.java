package org.disclosuredesk.bench;

import org.disclosuredesk.TestSamples;
import org.disclosuredesk.export.OfficialTextRenderer;
import org.disclosuredesk.importer.ImportException;
import org.disclosuredesk.importer.OfficialDocuments;
import org.disclosuredesk.importer.RandomReports;
import org.disclosuredesk.importer.ReportImporter;
import org.disclosuredesk.importer.TextShapes;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.ReportContent;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Import speed: parse time per report (p50 / p95) over the real samples and generated reports of
 * every text shape, and the time for a batch of 1,000 files. Targets: ≤ 50 ms per report, ≤ 60 s per
 * 1,000. Run with
 * {@code flock /tmp/mvn.lock ./mvnw -q -B -Pbench test-compile exec:java@bench -Dbench.main=org.disclosuredesk.bench.ImporterBench}.
 */
public final class ImporterBench {

    private record Input(String kind, String name, byte[] bytes) {
    }

    private ImporterBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Input> samples = new ArrayList<>();
        for (String s : TestSamples.ALL) {
            samples.add(new Input("sample", s + ".txt", TestSamples.text(s).getBytes(StandardCharsets.UTF_8)));
        }
        List<Input> generated = generated(400);
        System.out.printf("importer bench: %d samples, %d generated reports (text shapes, HTML, DOCX)%n",
                samples.size(), generated.size());

        // warm-up: let the JIT compile the parser before measuring
        for (int i = 0; i < 3; i++) {
            run(samples);
            run(generated);
        }
        double realP95 = report("real samples (x50)", run(repeat(samples, 50)));
        for (String kind : List.of("text", "one-cell-per-line", "wrapped+pages", "run-together", "html", "docx")) {
            report("generated " + kind, run(generated.stream().filter(g -> g.kind().equals(kind)).toList()));
        }
        double generatedP95 = report("all generated", run(generated));

        List<Input> batch = new ArrayList<>();
        for (int i = 0; batch.size() < 1000; i++) {
            batch.add(i % 10 == 0 ? samples.get(i / 10 % samples.size()) : generated.get(i % generated.size()));
        }
        long t0 = System.nanoTime();
        int failed = 0;
        for (Input in : batch) {
            try {
                ReportImporter.importBytes(in.name(), in.bytes());
            } catch (ImportException e) {
                failed++;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("batch of 1,000 reports: %.2f s (target ≤ 60 s), %d failed%n", seconds, failed);
        System.out.printf("figure: import: real samples p95 %.1f ms, %d generated p95 %.1f ms, 1,000 reports %.1f s%n",
                realP95, generated.size(), generatedP95, seconds);
    }

    private static List<Input> generated(int n) throws Exception {
        Random rnd = new Random(42);
        List<Input> out = new ArrayList<>();
        String[] kinds = {"text", "one-cell-per-line", "wrapped+pages", "run-together", "html", "docx"};
        for (int i = 0; i < n; i++) {
            ReportContent r = RandomReports.generate(rnd, i % 2 == 0 ? Edition.E2019 : Edition.E2021);
            String text = OfficialTextRenderer.render(r);
            String kind = kinds[i % kinds.length];
            byte[] bytes = switch (kind) {
                case "one-cell-per-line" -> utf8(TextShapes.oneCellPerLine(text, rnd));
                case "wrapped+pages" -> utf8(TextShapes.pageNumbers(TextShapes.wrappedLabels(text, rnd), rnd));
                case "run-together" -> utf8(TextShapes.runTogether(text));
                case "html" -> utf8(OfficialDocuments.html(r, rnd));
                case "docx" -> OfficialDocuments.docx(r, rnd);
                default -> utf8(text);
            };
            out.add(new Input(kind, "r" + i + (kind.equals("html") ? ".html" : kind.equals("docx") ? ".docx" : ".txt"),
                    bytes));
        }
        return out;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<Input> repeat(List<Input> in, int times) {
        List<Input> out = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            out.addAll(in);
        }
        return out;
    }

    private static double[] run(List<Input> inputs) {
        double[] ms = new double[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            long t0 = System.nanoTime();
            try {
                ReportImporter.importBytes(inputs.get(i).name(), inputs.get(i).bytes());
            } catch (ImportException e) {
                throw new IllegalStateException(inputs.get(i).name(), e);
            }
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return ms;
    }

    /** Prints p50/p95/max and returns p95 in ms. */
    private static double report(String label, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("%-28s n=%4d  p50 %6.2f ms  p95 %6.2f ms  max %7.2f ms  (target p95 ≤ 50 ms)%n", label,
                sorted.length, pct(sorted, 50), pct(sorted, 95), sorted[sorted.length - 1]);
        return pct(sorted, 95);
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
