package io.parley.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;

import java.lang.management.ManagementFactory;
import java.util.Map;

/**
 * Lets {@code serve} give memory back to the machine. With the JVM's defaults the heap may grow to a
 * quarter of RAM and G1 keeps what it once took: after a burst of ingest the service sat at ~1 GiB
 * resident, against ~540 MiB with these settings (bench/ingest, same run otherwise; startup unchanged).
 * The three flags are "manageable", so they are set here at run time, and only where the operator left
 * them at their defaults: flags given on the command line win.
 */
final class IdleMemory {

    static final Map<String, String> FLAGS = Map.of(
            // shrink the heap after a collection when more than 30% of it is free (default 70%)
            "MaxHeapFreeRatio", "30",
            "MinHeapFreeRatio", "10",
            // a concurrent cycle after 10 s without one, so an idle service returns its unused heap
            "G1PeriodicGCInterval", "10000");

    private IdleMemory() {
    }

    /** Applies the settings the operator did not set; returns the ones applied. */
    static Map<String, String> apply() {
        Map<String, String> applied = new java.util.TreeMap<>();
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            // MinHeapFreeRatio must stay <= MaxHeapFreeRatio at every step, so lower Min first.
            for (String flag : new String[]{"MinHeapFreeRatio", "MaxHeapFreeRatio", "G1PeriodicGCInterval"}) {
                VMOption current = vm.getVMOption(flag);
                if (current.getOrigin() == VMOption.Origin.DEFAULT && current.isWriteable()) {
                    vm.setVMOption(flag, FLAGS.get(flag));
                    applied.put(flag, FLAGS.get(flag));
                }
            }
        } catch (RuntimeException e) {
            // another JVM or collector: leave its defaults, memory is then only less tidy
        }
        return applied;
    }
}
