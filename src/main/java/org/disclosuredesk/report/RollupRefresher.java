package org.disclosuredesk.report;

import org.disclosuredesk.database.TransientRetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the dashboard rollups behind the saves (decision 017, {@link RollupMode#REFRESHER}). A save appends its
 * report's (agency, year) to {@code rollup_dirty} in its own transaction; every {@code app.metrics.refresh-interval}
 * this refresher, in one READ COMMITTED transaction:
 * <ol>
 * <li>takes the mutex row {@code rollup_refresh} ({@code FOR UPDATE SKIP LOCKED}: when another run holds it, this
 * one skips its turn), and writes it, so that two runs on different Galera nodes cannot both commit;</li>
 * <li>reads up to {@link #BATCH} dirty rows, and recomputes the rollups of every ancestor of their agencies for their
 * year, deepest first, each from its own reports' metrics rows and its children's rollup rows
 * ({@link MetricsRollupWriter#refreshFromChildren}: delete, insert the sums) — the sums read the committed rows,
 * which include those of every dirty row read before;</li>
 * <li>deletes exactly the dirty rows it read: a row appended meanwhile stays, and is refreshed by the next run.</li>
 * </ol>
 * Idempotent, and safe on several app instances at once; a transient failure (a deadlock, a certification failure,
 * a lost connection) reruns the transaction ({@link TransientRetry}). At start-up whatever is pending is refreshed
 * before the application serves (also after switching from one mode to the other).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class RollupRefresher implements ApplicationRunner, SmartLifecycle {

    /** Dirty rows per transaction: bounds how long one run holds the rollup rows it rewrites. */
    static final int BATCH = 2000;

    private static final Logger log = LoggerFactory.getLogger(RollupRefresher.class);

    /** An ancestor's rollup of a year, to be recomputed. */
    public record Key(long ancestorId, int year) {
    }

    private final JdbcTemplate jdbc;
    private final MetricsRollupWriter rollup;
    private final TransactionTemplate tx;
    private final RollupMode mode;
    private final Duration interval;
    private final TransientRetry retry = TransientRetry.standard();
    private volatile ScheduledExecutorService scheduler;

    /** Also for benches, and for a second "instance" in tests (an interval of 0: no schedule). */
    public RollupRefresher(JdbcTemplate jdbc, MetricsRollupWriter rollup, PlatformTransactionManager transactions,
                    @Value("${" + RollupMode.PROPERTY + ":refresher}") String mode,
                    @Value("${app.metrics.refresh-interval:1s}") Duration interval) {
        this.jdbc = jdbc;
        this.rollup = rollup;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.mode = RollupMode.of(mode);
        this.interval = interval;
    }

    public RollupMode mode() {
        return mode;
    }

    /** The save's part, in its transaction: an insert of a fresh row, which waits on no one. */
    void markDirty(long agencyId, int year) {
        jdbc.update("INSERT INTO rollup_dirty (agency_id, report_year) VALUES (?, ?)", agencyId, year);
    }

    /** The bulk writers' part: one row per (agency, year). */
    void markDirty(Collection<long[]> agencyYears) {
        if (!agencyYears.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO rollup_dirty (agency_id, report_year) VALUES (?, ?)",
                    agencyYears.stream().map(a -> new Object[]{a[0], a[1]}).toList());
        }
    }

    /**
     * One turn of the schedule: refreshes what is pending unless another run (on this or another instance) is at it.
     *
     * @return the rollup keys (ancestor, year) recomputed; 0 when nothing was pending or another run held the mutex
     */
    public int refreshPending() {
        return refresh(false);
    }

    /**
     * Refreshes until nothing is pending, waiting for a run in progress elsewhere. For start-up, benches and tests
     * (in a test's transaction it runs in that transaction).
     *
     * @return the rollup keys recomputed
     */
    public int refreshAll() {
        return refresh(true);
    }

    private int refresh(boolean wait) {
        int total = 0;
        while (true) {
            Batch done = retry.inTransaction("rollup refresh", tx, status -> refreshBatch(wait));
            if (done == null || done.skipped()) {
                return total;
            }
            total += done.keys();
            if (done.entries() < BATCH) {
                return total;
            }
        }
    }

    private record Batch(boolean skipped, int entries, int keys) {
    }

    private Batch refreshBatch(boolean wait) {
        List<Integer> mutex = jdbc.queryForList("SELECT id FROM rollup_refresh WHERE id = 1 FOR UPDATE"
                + (wait ? "" : " SKIP LOCKED"), Integer.class);
        if (mutex.isEmpty()) {
            return new Batch(true, 0, 0);
        }
        List<Long> ids = jdbc.queryForList("SELECT id FROM rollup_dirty ORDER BY id LIMIT " + BATCH, Long.class);
        if (ids.isEmpty()) {
            return new Batch(false, 0, 0);
        }
        long start = System.nanoTime();
        // written first: on Galera, of two runs on different nodes only one can commit (certification on this row)
        jdbc.update("UPDATE rollup_refresh SET runs = runs + 1, refreshed_at = NOW(6) WHERE id = 1");
        String in = String.join(",", Collections.nCopies(ids.size(), "?"));
        // deepest first: an ancestor's rows are summed from its children's, refreshed before it in this transaction
        List<long[]> keys = jdbc.query("SELECT DISTINCT d.report_year, c.ancestor_id, a.depth FROM rollup_dirty d"
                        + " JOIN agency_closure c ON c.descendant_id = d.agency_id JOIN agency a ON a.id = c.ancestor_id"
                        + " WHERE d.id IN (" + in + ") ORDER BY a.depth DESC, c.ancestor_id, d.report_year",
                (rs, n) -> new long[]{rs.getInt(1), rs.getLong(2)}, ids.toArray());
        for (long[] key : keys) {
            rollup.refreshFromChildren((int) key[0], key[1]);
        }
        jdbc.update("DELETE FROM rollup_dirty WHERE id IN (" + in + ")", ids.toArray());
        log.debug("Rollups refreshed: {} dirty rows, {} keys in {} ms", ids.size(), keys.size(),
                (System.nanoTime() - start) / 1_000_000);
        return new Batch(false, ids.size(), keys.size());
    }

    /** The rollup keys a refresh would recompute now (the ancestors of every pending row, per year). */
    public Set<Key> pendingKeys() {
        return Set.copyOf(jdbc.query("SELECT DISTINCT c.ancestor_id, d.report_year FROM rollup_dirty d"
                        + " JOIN agency_closure c ON c.descendant_id = d.agency_id",
                (rs, n) -> new Key(rs.getLong(1), rs.getInt(2))));
    }

    @Override
    public void run(ApplicationArguments args) {
        long t = System.nanoTime();
        int keys = refreshAll();
        if (keys > 0) {
            log.info("Pending rollups refreshed at start-up: {} keys in {} ms", keys,
                    (System.nanoTime() - t) / 1_000_000);
        }
    }

    private void tick() {
        try {
            refreshPending();
        } catch (RuntimeException e) {
            // the rows stay dirty; the next turn tries again
            log.warn("Rollup refresh failed, retried next turn: {}", e.toString());
        }
    }

    @Override
    public void start() {
        if (mode != RollupMode.REFRESHER || interval.isZero() || interval.isNegative()) {
            return;
        }
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "rollup-refresher");
            thread.setDaemon(true);
            return thread;
        });
        long ms = interval.toMillis();
        s.scheduleWithFixedDelay(this::tick, ms, ms, TimeUnit.MILLISECONDS);
        scheduler = s;
        log.info("Rollup refresher every {} ms", ms);
    }

    @Override
    public void stop() {
        ScheduledExecutorService s = scheduler;
        scheduler = null;
        if (s != null) {
            s.shutdown();
            try {
                if (!s.awaitTermination(10, TimeUnit.SECONDS)) {
                    s.shutdownNow();
                }
            } catch (InterruptedException e) {
                s.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
