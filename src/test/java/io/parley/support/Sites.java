package io.parley.support;

import io.parley.cli.ParleyCli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Creates a site on a given database the way an operator does, with {@code parley sites add}. */
public final class Sites {

    private Sites() {
    }

    /** @return the API key the command printed */
    public static String addWithCli(String jdbcUrl, String slug) {
        System.setProperty("spring.datasource.url", jdbcUrl);
        PrintStream out = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            int code = ParleyCli.commandLine().execute("sites", "add", slug);
            if (code != 0) {
                throw new IllegalStateException("parley sites add " + slug + " exited " + code);
            }
        } finally {
            System.setOut(out);
            System.clearProperty("spring.datasource.url");
        }
        return buf.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("api-key: ")).findFirst()
                .orElseThrow().substring(9);
    }
}
