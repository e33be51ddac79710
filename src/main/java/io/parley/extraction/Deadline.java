package io.parley.extraction;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * A per-page budget checked inside the extraction loops: a pathological page (deep nesting, huge tables) ends with
 * a clear {@link PageNotExtractable} instead of holding a request thread.
 *
 * <p>The budget is the extracting thread's CPU time, not the wall clock: with a wall clock the same page passed on a
 * quiet machine and was refused on a busy one (a stream of Dragnet pages lost some of its pages under load), so what
 * a page gives would depend on what else runs. A page is read on one thread, so its CPU time is its cost. Where the
 * JVM cannot read a thread's CPU time the wall clock stands in.
 */
final class Deadline {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_CLOCK = THREADS.isCurrentThreadCpuTimeSupported() && cpuClockOn();

    private final long endNanos;
    private final long budgetMillis;
    private int calls;

    Deadline(long budgetMillis) {
        this.budgetMillis = budgetMillis;
        this.endNanos = now() + budgetMillis * 1_000_000L;
    }

    static Deadline none() {
        return new Deadline(Long.MAX_VALUE / 4_000_000L);
    }

    /** Cheap enough for inner loops: reads the clock once every 256 calls. */
    void check() {
        if ((++calls & 0xff) == 0 && now() > endNanos) {
            throw overBudget();
        }
    }

    void checkNow() {
        if (now() > endNanos) {
            throw overBudget();
        }
    }

    private PageNotExtractable overBudget() {
        return new PageNotExtractable("page took longer than the " + budgetMillis + " ms limit to extract"
                + (CPU_CLOCK ? " (CPU time)" : ""));
    }

    private static long now() {
        return CPU_CLOCK ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static boolean cpuClockOn() {
        try {
            if (!THREADS.isThreadCpuTimeEnabled()) {
                THREADS.setThreadCpuTimeEnabled(true);
            }
            return THREADS.getCurrentThreadCpuTime() >= 0;
        } catch (UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
