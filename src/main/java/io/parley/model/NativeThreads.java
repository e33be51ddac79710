package io.parley.model;

import org.nd4j.linalg.factory.Nd4j;

import java.io.PrintStream;

/**
 * Fixes ND4J's native thread count for a training run. ND4J splits its sums across as many threads as the machine
 * has cores, so the same seed gives different low bits on a machine with another core count, and early stopping then
 * keeps another epoch. With the count fixed, a model retrains to the same bytes on any machine (checked: 1 and 2
 * threads give different weights; two runs at the same count give identical ones).
 */
public final class NativeThreads {

    private NativeThreads() {
    }

    /** Limits ND4J's own threads, OpenMP's and OpenBLAS's to {@code n}; says so on {@code log} when it cannot. */
    public static void limit(int n, PrintStream log) {
        try {
            Nd4j.getEnvironment().setMaxThreads(n);
            Nd4j.getEnvironment().setMaxMasterThreads(n);
            org.nd4j.nativeblas.NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(n);
            Nd4j.factory().blas().setMaxThreads(n);
        } catch (RuntimeException | LinkageError e) {
            log.printf("could not limit native threads (%s); set OMP_NUM_THREADS=%d instead%n", e, n);
        }
    }

    private static int serving;

    /**
     * Limits the native threads once for a serving process, from whichever model load gets here first (they load on
     * threads of their own, {@link EarlyLoads}); a second call with the same count returns at once, so no load starts
     * its native work while another changes the count.
     */
    public static synchronized void limitForServing(int n, PrintStream log) {
        if (n > 0 && serving != n) {
            limit(n, log);
            serving = n;
        }
    }

    /** The OpenMP thread count ND4J's native ops use now (for provenance). */
    public static int current() {
        return org.nd4j.nativeblas.NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
    }
}
