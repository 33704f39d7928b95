package org.disclosuredesk.bench;

import org.disclosuredesk.TestSamples;
import org.disclosuredesk.demo.ReportGenerator;
import org.disclosuredesk.template.CellInput;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.template.Template;
import org.disclosuredesk.template.Totals;
import org.disclosuredesk.validation.Validator;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How long checking a whole report takes: the validator alone, and the editor's cycle per keystroke
 * (read the typed text, recompute the totals, check every rule). Prints p50/p95/p99 in microseconds.
 * Run: ./mvnw -q -Pbench test-compile exec:java@bench -Dbench.main=org.disclosuredesk.bench.ValidationBench
 */
public final class ValidationBench {

    public static void main(String[] args) {
        Random rng = new Random(7);
        ReportContent seed = TestSamples.expected(TestSamples.LIWAN);
        ReportContent pingtan = TestSamples.expected(TestSamples.PINGTAN);
        ReportContent prev2023 = ReportGenerator.generate(rng, new ReportGenerator.Profile("基准局", 20), 2023, null,
                LocalDate.of(2024, 1, 20));
        ReportContent big2024 = ReportGenerator.generate(rng, new ReportGenerator.Profile("基准局", 20), 2024, prev2023,
                LocalDate.of(2025, 1, 20));
        System.out.println("Disclosure Desk — validation benchmark (" + Runtime.getRuntime().availableProcessors()
                + " cores, " + System.getProperty("java.version") + ")");
        double whole = report("validate seed report (2019 edition, no previous)", () -> Validator.validate(seed));
        whole = Math.max(whole, report("validate Pingtan (with its R3.2 errors)", () -> Validator.validate(pingtan)));
        whole = Math.max(whole, report("validate generated 2024 report with 2023 previous",
                () -> Validator.validate(big2024, prev2023)));

        Template t = big2024.template();
        List<String> inputs = t.cells().values().stream().filter(d -> !d.computed()).map(d -> d.key()).toList();
        Map<String, CellValue> cells = new HashMap<>(big2024.cells());
        int[] i = {0};
        double keystroke = report("editor keystroke: parse + totals + all rules", () -> {
            String key = inputs.get(i[0]++ % inputs.size());
            CellInput.Result r = CellInput.parse(String.valueOf(i[0] % 97), t.cellOrThrow(key).kind());
            cells.put(key, r.value());
            Totals.compute(t, cells);
            return Validator.validate(new ReportContent(big2024.agencyName(), 2024, big2024.edition(), cells,
                    big2024.narratives(), null), prev2023);
        });
        System.out.printf("figure: validation: whole report p95 ≤ %.0f µs, editor keystroke p95 %.0f µs%n", whole,
                keystroke);
    }

    /** Prints p50/p95/p99 of the work and returns p95 in µs. */
    private static double report(String name, java.util.function.Supplier<?> work) {
        for (int w = 0; w < 20_000; w++) {
            work.get();
        }
        int n = 50_000;
        long[] times = new long[n];
        for (int k = 0; k < n; k++) {
            long start = System.nanoTime();
            work.get();
            times[k] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf("%-55s p50 %7.1f µs   p95 %7.1f µs   p99 %7.1f µs%n", name, times[n / 2] / 1e3,
                times[(int) (n * 0.95)] / 1e3, times[(int) (n * 0.99)] / 1e3);
        return times[(int) (n * 0.95)] / 1e3;
    }
}
