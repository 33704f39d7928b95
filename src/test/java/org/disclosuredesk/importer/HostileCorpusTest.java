package org.disclosuredesk.importer;

import org.disclosuredesk.template.ReportYears;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every file of a generated hostile corpus (see {@link HostileCorpus}) through the importer under the
 * limits, in a parse pool: no crash (nothing but the typed failure), no hang (each answer within the parse
 * timeout, none of them the timeout itself), and each a clear answer: a result, or a failure code whose
 * message key exists in every bundle. Prints counts per outcome, the slowest file and the peak heap.
 */
class HostileCorpusTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = HostileCorpusTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyHostileFileGetsAClearAnswerWithinTheLimits() throws Exception {
        List<HostileCorpus.Entry> corpus = HostileCorpus.build();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
        List<Properties> bundles = List.of(bundle("translations.properties"),
                bundle("translations_zh_CN.properties"), bundle("translations_en.properties"));

        Map<String, Integer> outcomes = new TreeMap<>();
        Map<String, Integer> kinds = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        long maxMs = 0;
        String slowest = "";
        ImportLimits limits = ImportLimits.DEFAULTS.withSlots(1, Duration.ofMinutes(5));
        resetPeaks();
        try (ParsePool pool = new ParsePool(limits)) {
            for (HostileCorpus.Entry e : corpus) {
                kinds.merge(e.kind(), 1, Integer::sum);
                long t0 = System.nanoTime();
                String outcome;
                try {
                    ImportResult r = pool.parse(() -> ReportImporter.importBytes(e.name(), e.bytes(), limits));
                    outcome = "read";
                    if (r.report() == null || r.sourceText() == null) {
                        problems.add(e.name() + ": a result without report or text");
                    }
                } catch (ImportException ex) {
                    outcome = ex.code();
                    if (ex.failure() == ImportFailure.INTERNAL_ERROR) {
                        problems.add(e.name() + ": crashed: " + ex.getCause());
                    }
                    if (ex.failure() == ImportFailure.TOO_COMPLEX && ex.detail() != null && ex.detail().startsWith("> ")) {
                        problems.add(e.name() + ": hit the parse timeout");
                    }
                    for (Properties b : bundles) {
                        if (!b.containsKey(ex.failure().messageKey())) {
                            problems.add(e.name() + ": no message for " + ex.failure().messageKey());
                        }
                    }
                } catch (RuntimeException | Error ex) {
                    outcome = "CRASH";
                    problems.add(e.name() + ": " + ex);
                }
                long ms = (System.nanoTime() - t0) / 1_000_000;
                if (ms > maxMs) {
                    maxMs = ms;
                    slowest = e.name();
                }
                outcomes.merge(outcome, 1, Integer::sum);
            }
        }
        long peakHeap = peakHeap();
        System.out.printf("hostile corpus: %d files %s%n  outcomes %s%n  slowest %d ms (%s), peak heap %d MB%n",
                corpus.size(), kinds, outcomes, maxMs, slowest, peakHeap / (1024 * 1024));

        assertThat(problems).isEmpty();
        assertThat(outcomes).doesNotContainKeys("CRASH", "INTERNAL_ERROR");
        assertThat(maxMs).isLessThan(limits.parseTimeout().toMillis());
        // the real documents are still read: 4 PDFs (as ASCII), 4 DOCX, 4 HTML would be reports at least in part
        assertThat(outcomes.getOrDefault("read", 0)).isGreaterThanOrEqualTo(12);
    }

    @Test
    void realTextsInGbkAndUtf16AreStillRead() throws Exception {
        for (HostileCorpus.Entry e : HostileCorpus.build()) {
            if (e.kind().equals("encoding") && (e.name().contains("GBK") || e.name().contains("UTF-16"))) {
                ImportResult r = ReportImporter.importBytes(e.name(), e.bytes(), ImportLimits.DEFAULTS);
                assertThat(r.report().year()).as(e.name()).isBetween(ReportYears.FIRST, 2030);
                assertThat(r.report().cells()).as(e.name()).isNotEmpty();
            }
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
