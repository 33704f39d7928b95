package org.disclosuredesk.importer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Small files that unpack to huge or slow ones end in their typed failure, or a bounded result, within
 * generous time and without running out of memory (surefire's default heap). Each goes through the
 * extractors alone first (the limits must hold without the timeout as a backstop), then through a
 * {@link ParsePool}. Precise figures: {@code ImportBombBench}.
 */
class BombTest {

    private static final long GENEROUS_MS = 20_000;
    private static List<Bombs.Bomb> bombs;

    @BeforeAll
    static void build() throws IOException {
        bombs = Bombs.all();
    }

    private static Bombs.Bomb bomb(String name) {
        return bombs.stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }

    private static ImportException refuse(Bombs.Bomb bomb) {
        long t0 = System.nanoTime();
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> ReportImporter.importBytes(bomb.name(), bomb.bytes(), ImportLimits.DEFAULTS));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(e).as(bomb.name() + " must be refused").isNotNull();
        assertThat(ms).as(bomb.name() + " ms").isLessThan(GENEROUS_MS);
        return e;
    }

    @Test
    void aSmallPdfWhoseStreamInflatesTo60MbIsRefusedWithoutInflatingIt() {
        Bombs.Bomb bomb = bomb("stream-bomb.pdf");
        assertThat(bomb.bytes().length).as("compressed size").isLessThan(400 * 1024);
        ImportException e = refuse(bomb);
        assertThat(e.failure()).isEqualTo(ImportFailure.TOO_COMPLEX);
        assertThat(e.detail()).contains("page 1").contains("16 MB");
    }

    @Test
    void overlappingTextOn200PagesStopsAtTheGlyphLimitAnd250PagesAtThePageLimit() {
        ImportException overlap = refuse(bomb("overlap-200-pages.pdf"));
        assertThat(overlap.failure()).isEqualTo(ImportFailure.TOO_COMPLEX);
        assertThat(overlap.detail()).contains("glyphs");
        ImportException pages = refuse(bomb("overlap-250-pages.pdf"));
        assertThat(pages.failure()).isEqualTo(ImportFailure.TOO_MANY_PAGES);
        assertThat(pages.detail()).isEqualTo("250 > 200");
    }

    @Test
    void formsDrawingFormsAreStoppedByTheGlyphLimit() {
        ImportException e = refuse(bomb("form-bomb.pdf"));
        assertThat(e.failure()).isEqualTo(ImportFailure.TOO_COMPLEX);
    }

    @Test
    void docxBeyondPoisInflateRatioAndDocxWithTooMuchText() {
        Bombs.Bomb ratio = bomb("zip-ratio.docx");
        assertThat(ratio.bytes().length).isLessThan(200 * 1024);
        assertThat(refuse(ratio).failure()).isEqualTo(ImportFailure.TOO_COMPLEX);
        ImportException text = refuse(bomb("much-text.docx"));
        assertThat(text.failure()).isEqualTo(ImportFailure.TOO_MUCH_TEXT);
    }

    @Test
    void html100000LevelsDeepIsReadWithoutStackOverflow() {
        assertThat(refuse(bomb("nested-100k.html")).failure()).isEqualTo(ImportFailure.NOT_A_REPORT);
        assertThat(refuse(bomb("nested-tables.html")).failure()).isEqualTo(ImportFailure.NOT_A_REPORT);
    }

    @Test
    void theTextOfADeeplyNestedPageIsStillFound() throws Exception {
        ExtractedText text = HtmlTextExtractor.extract(Bombs.deeplyNestedHtml(100_000), ImportLimits.DEFAULTS);
        assertThat(text.text()).contains("2020年政府信息公开工作年度报告").contains("一、总体情况");
    }

    @Test
    void oneHugeLineIsRefusedPastTheCharacterLimitAndParsedInBoundedTimeBelowIt() {
        ImportException huge = refuse(bomb("one-line-19mb.txt"));
        assertThat(huge.failure()).isEqualTo(ImportFailure.TOO_MUCH_TEXT);
        assertThat(refuse(bomb("one-line-1.9m.txt")).failure()).isEqualTo(ImportFailure.NOT_A_REPORT);
    }

    @Test
    void throughTheParsePoolEveryBombEndsInItsFailure() {
        try (ParsePool pool = new ParsePool(ImportLimits.DEFAULTS.withSlots(2, Duration.ofSeconds(60)))) {
            for (Bombs.Bomb bomb : bombs) {
                ImportException e = catchThrowableOfType(ImportException.class,
                        () -> pool.parse(() -> ReportImporter.importBytes(bomb.name(), bomb.bytes(), pool.limits())));
                assertThat(e).as(bomb.name()).isNotNull();
                assertThat(e.failure()).as(bomb.name()).isEqualTo(bomb.expected());
            }
            assertThat(pool.busySlots()).isZero();
        }
    }

    @Test
    void aParseOverItsTimeIsCancelledAndGivesItsSlotBack() throws Exception {
        ImportLimits limits = ImportLimits.DEFAULTS.withParseTimeout(Duration.ofMillis(300))
                .withSlots(1, Duration.ofSeconds(20));
        try (ParsePool pool = new ParsePool(limits)) {
            ImportException slow = catchThrowableOfType(ImportException.class, () -> pool.parse(() -> {
                while (true) {
                    LimitExceeded.checkInterrupted(); // what the extractors do between steps
                }
            }));
            assertThat(slow.failure()).isEqualTo(ImportFailure.TOO_COMPLEX);
            assertThat(slow.detail()).isEqualTo("> 0 s");
            // the slot comes back once the parse noticed its cancellation: the next parse runs
            ImportResult ok = pool.parse(() -> ReportImporter.importText(org.disclosuredesk.TestSamples.text(
                    org.disclosuredesk.TestSamples.LIWAN)));
            assertThat(ok.report().year()).isEqualTo(2020);
        }
    }

    @Test
    void aFullPoolAnswersBusyAfterTheSlotWait() throws Exception {
        ImportLimits limits = ImportLimits.DEFAULTS.withSlots(1, Duration.ofMillis(200));
        try (ParsePool pool = new ParsePool(limits)) {
            java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            Thread holder = Thread.ofPlatform().start(() -> {
                try {
                    pool.parse(() -> {
                        started.countDown();
                        try {
                            release.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        throw new ImportException(ImportFailure.EMPTY_FILE);
                    });
                } catch (ImportException expected) {
                    // the holder's own outcome does not matter here
                }
            });
            started.await();
            ImportException busy = catchThrowableOfType(ImportException.class,
                    () -> pool.parse(() -> ReportImporter.importText("x")));
            assertThat(busy.failure()).isEqualTo(ImportFailure.BUSY);
            release.countDown();
            holder.join();
            assertThat(pool.busySlots()).isZero();
        }
    }
}
