package org.disclosuredesk.bench;

import org.disclosuredesk.importer.Bombs;
import org.disclosuredesk.importer.ImportCommand;
import org.disclosuredesk.importer.ImportException;
import org.disclosuredesk.importer.ImportLimits;
import org.disclosuredesk.importer.ParsePool;
import org.disclosuredesk.importer.ReportImporter;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Time and peak heap of each bomb of {@link Bombs} through the importer under the default limits, one at
 * a time, then all of them two at a time as the server's two parse slots would. Run with the heap the
 * fault was seen at:
 * {@code java -Xmx512m -cp "$CP" org.disclosuredesk.bench.ImportBombBench}, with {@code $CP} the test class
 * path (e.g. the {@code surefire.test.class.path} property of any surefire report after a test run).
 * Before the limits, the 60 MB stream bomb died with OutOfMemoryError after 65 s at -Xmx512m; with them
 * (2026-12-02, this 2-core machine, -Xmx512m): stream bomb refused in 30 ms, peak heap 54 MB; the
 * slowest bomb (20 000 nested HTML tables) 2.2 s; all ten from 4 threads through 2 slots 3.1 s, peak
 * heap 346 MB (bombs held in memory included).
 */
public final class ImportBombBench {

    private ImportBombBench() {
    }

    public static void main(String[] args) throws Exception {
        try (ImportCommand.Quiet quiet = ImportCommand.quietLibraries()) {
            run();
        }
    }

    private static void run() throws Exception {
        List<Bombs.Bomb> bombs = Bombs.all();
        System.out.printf("max heap %d MB, %d cores%n", Runtime.getRuntime().maxMemory() / (1024 * 1024),
                Runtime.getRuntime().availableProcessors());
        try (ParsePool pool = new ParsePool(ImportLimits.DEFAULTS)) {
            // warm-up, so the first bomb does not pay for class loading and the JIT
            for (Bombs.Bomb b : bombs) {
                once(pool, b);
            }
            System.out.printf("%-24s %10s %8s %10s  %s%n", "bomb", "file KB", "ms", "peak MB", "outcome");
            for (Bombs.Bomb b : bombs) {
                settle();
                long t0 = System.nanoTime();
                String outcome = once(pool, b);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                System.out.printf("%-24s %10d %8d %10d  %s%n", b.name(), b.bytes().length / 1024, ms,
                        peakHeap() / (1024 * 1024), outcome);
            }
            settle();
            long t0 = System.nanoTime();
            Thread[] threads = new Thread[4];
            for (int t = 0; t < threads.length; t++) {
                int offset = t;
                threads[t] = Thread.ofPlatform().start(() -> {
                    for (int i = offset; i < bombs.size(); i += threads.length) {
                        once(pool, bombs.get(i));
                    }
                });
            }
            for (Thread t : threads) {
                t.join();
            }
            System.out.printf("all %d bombs from 4 threads through 2 slots: %d ms, peak heap %d MB%n", bombs.size(),
                    (System.nanoTime() - t0) / 1_000_000, peakHeap() / (1024 * 1024));
        }
    }

    private static String once(ParsePool pool, Bombs.Bomb b) {
        try {
            pool.parse(() -> ReportImporter.importBytes(b.name(), b.bytes(), pool.limits()));
            return "read";
        } catch (ImportException e) {
            return e.code() + (e.detail() == null ? "" : " (" + e.detail() + ")");
        }
    }

    private static void settle() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
