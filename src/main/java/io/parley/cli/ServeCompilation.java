package io.parley.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;

import javax.management.ObjectName;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Keeps {@code serve}'s optimising compiler (C2) on the code where its work pays: the models, the JDK and Parley's
 * own code; the frameworks around them (Spring, Tomcat, Jackson, the PostgreSQL driver and its pool, Micrometer,
 * logging) run on the quick compiler's code (C1) instead. In a burst of ingest the service compiled ~1,500 methods with
 * C2, three quarters of them framework code (Spring's type and annotation resolution for each request's body, Jackson,
 * pgjdbc's statement writing; much of Spring's start-up code was still queued for C2 after health UP): 13-15 CPU-s of
 * the window's ~60 on two cores, taken from the requests and the workers. Framework code is a small share of the run
 * time (the models and their encoder are most of it), so C1's code costs it less than C2 costs to make; the
 * measurements are in bench/pipeline/report.md. A JVM cannot take C2 flags once started, but it takes a compiler
 * directive (as {@code jcmd Compiler.directives_add} adds one), and methods a directive keeps from C2 are compiled by C1
 * without profiling. The JIT only changes speed: what a method computes is the same under either compiler.
 *
 * <p>Not applied when the operator shaped the JIT themselves (a directives file, a compile command, tiered
 * compilation off or capped) or set {@code PARLEY_SERVE_C2=all}; a JVM without the directive command runs as before.
 */
final class ServeCompilation {

    /** Framework packages kept off C2 (class-name prefixes in the directive's pattern syntax). */
    static final List<String> C1_ONLY = List.of("org/springframework/", "org/apache/", "com/fasterxml/", "org/postgresql/",
            "com/zaxxer/", "io/micrometer/", "ch/qos/", "org/slf4j/", "org/springdoc/", "io/swagger/", "org/thymeleaf/",
            "org/flywaydb/", "org/hibernate/", "jakarta/");

    private ServeCompilation() {
    }

    /** The directive: the framework packages' methods, excluded from C2 (C1 still compiles them). */
    static String directive() {
        return "[{match: [" + C1_ONLY.stream().map(p -> "\"" + p + "*.*\"").collect(Collectors.joining(", "))
                + "], c2: {Exclude: true}}]";
    }

    /** Adds the directive unless the operator said otherwise; returns whether it was added. */
    static boolean apply() {
        String setting = System.getenv("PARLEY_SERVE_C2");
        if (setting != null && setting.equalsIgnoreCase("all") || operatorShapedJit()) {
            return false;
        }
        Path file = null;
        try {
            file = Files.createTempFile("parley-c2", ".json");
            Files.writeString(file, directive(), StandardCharsets.UTF_8);
            Object added = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[]{new String[]{file.toString()}}, new String[]{String[].class.getName()});
            return String.valueOf(added).contains("1 compiler directives added");
        } catch (Exception | LinkageError e) {
            return false; // another JVM, or no management: every method may be compiled by C2, as before
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file); // the JVM parsed it when it was added
                } catch (IOException ignored) {
                    // a few hundred bytes in the temporary directory
                }
            }
        }
    }

    /** Whether the JVM was started with flags of its own that shape compilation: they win. */
    static boolean operatorShapedJit() {
        HotSpotDiagnosticMXBean vm;
        try {
            vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        } catch (RuntimeException e) {
            return true; // not HotSpot: leave it alone
        }
        for (String flag : new String[]{"CompilerDirectivesFile", "CompileCommand", "CompileCommandFile",
                "TieredCompilation", "TieredStopAtLevel"}) {
            try {
                VMOption.Origin origin = vm.getVMOption(flag).getOrigin();
                if (origin != VMOption.Origin.DEFAULT && origin != VMOption.Origin.ERGONOMIC) {
                    return true;
                }
            } catch (RuntimeException noSuchFlag) {
                // this JVM has no such flag, so nobody set it
            }
        }
        return false;
    }
}
