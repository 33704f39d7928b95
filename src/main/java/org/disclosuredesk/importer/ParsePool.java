package org.disclosuredesk.importer;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs parses on a few threads of their own, each under a time limit. A slot is taken only for the
 * parse (the caller has read the upload before), waited for at most {@link ImportLimits#slotWait()},
 * and given back when the parse really ends: a cancelled parse that has not yet noticed its interrupt
 * still holds its slot, so no more than {@link ImportLimits#parseSlots()} parses ever run at once.
 * Whatever goes wrong comes back as an {@link ImportException}; an {@link OutOfMemoryError} of a parse
 * does too (the parse's garbage is gone by then).
 */
public final class ParsePool implements AutoCloseable {

    /** One parse: bytes in, result out. */
    @FunctionalInterface
    public interface Parse {
        ImportResult run() throws ImportException;
    }

    private final ImportLimits limits;
    private final Semaphore slots;
    private final ExecutorService threads;

    public ParsePool(ImportLimits limits) {
        this.limits = limits;
        this.slots = new Semaphore(limits.parseSlots(), true);
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "import-parse-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        };
        // threads come and go with the parses; the slots, not the pool, bound how many run
        this.threads = Executors.newCachedThreadPool(factory);
    }

    public ImportLimits limits() {
        return limits;
    }

    /** Parses currently holding a slot (for tests and monitoring). */
    public int busySlots() {
        return limits.parseSlots() - slots.availablePermits();
    }

    public ImportResult parse(Parse parse) throws ImportException {
        try {
            if (!slots.tryAcquire(limits.slotWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ImportException(ImportFailure.BUSY);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException(ImportFailure.BUSY);
        }
        Future<ImportResult> future;
        try {
            future = threads.submit(() -> {
                try {
                    return parse.run();
                } finally {
                    slots.release();
                }
            });
        } catch (RejectedExecutionException e) {
            slots.release();
            throw new ImportException(ImportFailure.BUSY);
        }
        try {
            return future.get(limits.parseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ImportException(ImportFailure.TOO_COMPLEX, "> " + limits.parseTimeout().toSeconds() + " s", null);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ImportException(ImportFailure.IO_ERROR, "interrupted", e);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        }
    }

    private static ImportException unwrap(Throwable cause) {
        if (cause instanceof ImportException ie) {
            return ie;
        }
        if (cause instanceof LimitExceeded le) {
            return le.toImportException();
        }
        if (cause instanceof OutOfMemoryError || cause instanceof StackOverflowError) {
            return new ImportException(ImportFailure.TOO_COMPLEX, null, null);
        }
        return new ImportException(ImportFailure.INTERNAL_ERROR, null, cause);
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
