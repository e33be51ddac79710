package io.parley.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

class IdleMemoryTest {

    @Test
    void defaultsAreReplacedAndTheFlagsReallyChange() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        var applied = IdleMemory.apply();
        // The test JVM is started without these flags (surefire passes none of them), so all three apply.
        assertThat(applied).containsOnlyKeys("MaxHeapFreeRatio", "MinHeapFreeRatio", "G1PeriodicGCInterval");
        applied.forEach((flag, value) -> assertThat(vm.getVMOption(flag).getValue()).isEqualTo(value));
        // Set once, a flag is no longer at its default: a second call changes nothing.
        assertThat(IdleMemory.apply()).isEmpty();
    }
}
