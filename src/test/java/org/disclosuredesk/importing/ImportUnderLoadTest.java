package org.disclosuredesk.importing;

import org.disclosuredesk.SpringTestBase;
import org.disclosuredesk.importer.Bombs;
import org.disclosuredesk.importer.ImportFailure;
import org.disclosuredesk.importer.ParsePool;
import org.disclosuredesk.report.ReportListFilter;
import org.disclosuredesk.report.ReportListRow;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.security.AppUserPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While several users upload bombs at once, another user's report list still answers quickly: the
 * parse pool runs at most its two slots, each bomb stops at its limit, and the heap is not filled.
 */
class ImportUnderLoadTest extends SpringTestBase {

    /** Generous on a loaded 2-core machine: the fault this guards against made pages take 1–2 s and then OOM. */
    private static final long ANSWER_MS = 2_000;

    @Autowired
    ImportService imports;
    @Autowired
    ReportService reports;
    @Autowired
    ParsePool pool;

    @Test
    void otherUsersKeepGettingAnswersWhileBombsAreImported() throws Exception {
        AppUserPrincipal editor = loginAs("editor");
        List<Bombs.Bomb> bombs = new ArrayList<>();
        for (Bombs.Bomb b : Bombs.all()) {
            if (b.name().endsWith(".pdf") || b.name().endsWith(".docx")) {
                bombs.add(b); // the costly kinds: 6 uploads for 2 slots
            }
        }
        ExecutorService uploads = Executors.newFixedThreadPool(bombs.size());
        AtomicInteger maxBusy = new AtomicInteger();
        try {
            List<Future<ImportedFile>> results = new ArrayList<>();
            for (Bombs.Bomb b : bombs) {
                results.add(uploads.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(editor, null, editor.getAuthorities()));
                    try {
                        return imports.read(b.name(), b.bytes().length, new ByteArrayInputStream(b.bytes()));
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }

            loginAs("viewer");
            List<Long> answers = new ArrayList<>();
            while (results.stream().anyMatch(f -> !f.isDone())) {
                maxBusy.accumulateAndGet(pool.busySlots(), Math::max);
                long t0 = System.nanoTime();
                List<ReportListRow> page = reports.list(ReportListFilter.none(), "year", false, 0, 50);
                int count = reports.count(ReportListFilter.none());
                answers.add((System.nanoTime() - t0) / 1_000_000);
                assertThat(page).isNotEmpty();
                assertThat(count).isGreaterThanOrEqualTo(page.size());
                Thread.sleep(50);
            }
            System.out.printf("report list while %d bombs were imported: %d answers, slowest %d ms, max busy slots %d%n",
                    bombs.size(), answers.size(), answers.stream().mapToLong(Long::longValue).max().orElse(0),
                    maxBusy.get());

            assertThat(answers).isNotEmpty().allSatisfy(ms -> assertThat(ms).isLessThan(ANSWER_MS));
            assertThat(maxBusy.get()).isLessThanOrEqualTo(pool.limits().parseSlots());
            Set<ImportFailure> expected = EnumSet.of(ImportFailure.TOO_COMPLEX, ImportFailure.TOO_MANY_PAGES,
                    ImportFailure.TOO_MUCH_TEXT, ImportFailure.BUSY);
            for (int i = 0; i < bombs.size(); i++) {
                ImportedFile f = results.get(i).get(60, TimeUnit.SECONDS);
                assertThat(f.succeeded()).as(bombs.get(i).name()).isFalse();
                assertThat(f.importFailure()).as(bombs.get(i).name()).get().isIn(expected);
                assertThat(f.source()).isNull();
            }
            assertThat(pool.busySlots()).isZero();
        } finally {
            uploads.shutdownNow();
        }
    }
}
