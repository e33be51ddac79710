package io.parley.extraction;

/**
 * A per-page time budget checked inside the extraction loops: a pathological page (deep nesting, huge
 * tables) ends with a clear {@link PageNotExtractable} instead of holding a request thread.
 */
final class Deadline {
    private final long endNanos;
    private final long budgetMillis;
    private int calls;

    Deadline(long budgetMillis) {
        this.budgetMillis = budgetMillis;
        this.endNanos = System.nanoTime() + budgetMillis * 1_000_000L;
    }

    static Deadline none() {
        return new Deadline(Long.MAX_VALUE / 2_000_000L);
    }

    /** Cheap enough for inner loops: reads the clock once every 256 calls. */
    void check() {
        if ((++calls & 0xff) == 0 && System.nanoTime() > endNanos) {
            throw new PageNotExtractable("page took longer than the " + budgetMillis + " ms limit to extract");
        }
    }

    void checkNow() {
        if (System.nanoTime() > endNanos) {
            throw new PageNotExtractable("page took longer than the " + budgetMillis + " ms limit to extract");
        }
    }
}
