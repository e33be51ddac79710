package io.parley.cli;

import org.junit.jupiter.api.Test;

import javax.management.ObjectName;
import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

class ServeCompilationTest {

    private static String dcmd(String operation) throws Exception {
        return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), operation, new Object[0], new String[0]));
    }

    @Test
    void theDirectiveReachesTheCompilerAndNamesOnlyFrameworks() throws Exception {
        // surefire starts the test JVM with no compiler flags, so the directive is the service's to add
        assertThat(ServeCompilation.operatorShapedJit()).isFalse();
        String before = dcmd("compilerDirectivesPrint");
        assertThat(before).doesNotContain("org/springframework/");
        try {
            assertThat(ServeCompilation.apply()).isTrue();
            String after = dcmd("compilerDirectivesPrint");
            // the JVM parsed the patterns (a malformed directive is refused whole) and excludes them from C2 only
            assertThat(after).contains("org/springframework/*.*", "org/postgresql/*.*", "com/fasterxml/*.*");
            assertThat(after).doesNotContain("io/parley/", "java/");
        } finally {
            dcmd("compilerDirectivesRemove"); // the top directive: this test's, so other tests compile as usual
        }
        assertThat(dcmd("compilerDirectivesPrint")).doesNotContain("org/springframework/");
    }
}
