package io.parley.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a directory laid out like the Dragnet benchmark ({@code HTML/<id>.html},
 * {@code Corrected/<id>.html.corrected.txt}), or its parent holding {@code dragnet/}, or the
 * {@code .tar.gz} itself (unpacked with the system's tar into a temporary directory).
 */
final class DragnetCorpus {

    /** The hand-typed separator and its typo variants (see the data README). */
    static final Pattern MARKER = Pattern.compile("(?m)^[ \\t]*[!@#$%^&*()][!@#$%^&*() \\t]{2,}COMMENTS[ \\t]*\\r?$");

    record Page(String id, Path html, String article, String comments, boolean hasCommentsSection) {
        String htmlText() {
            try {
                return PageExtractors.decode(Files.readAllBytes(html));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Path root;

    private DragnetCorpus(Path root) {
        this.root = root;
    }

    static DragnetCorpus open(Path location) {
        Path p = location;
        if (Files.isRegularFile(p) && p.getFileName().toString().endsWith(".tar.gz")) {
            p = untar(p);
        }
        if (Files.isDirectory(p.resolve("dragnet").resolve("HTML"))) {
            p = p.resolve("dragnet");
        }
        if (!Files.isDirectory(p.resolve("HTML")) || !Files.isDirectory(p.resolve("Corrected"))) {
            throw new NoDragnetLayout(location);
        }
        return new DragnetCorpus(p);
    }

    private static Path untar(Path archive) {
        try {
            Path dir = Files.createTempDirectory("parley-dragnet");
            Process tar = new ProcessBuilder("tar", "xzf", archive.toAbsolutePath().toString(), "-C", dir.toString())
                    .redirectErrorStream(true).start();
            String out = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            // The unpacked copy is scratch: remove it when the JVM ends, whatever the outcome.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            if (tar.waitFor() != 0) {
                throw new IllegalArgumentException("cannot unpack " + archive + ": " + out.strip());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + archive, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while unpacking " + archive, e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // best effort: a temp directory left behind is harmless
        }
    }

    /** The HTML file of one page. */
    Path html(String id) {
        return root.resolve("HTML").resolve(id + ".html");
    }

    /** Ids of pages that have both HTML and gold, sorted. */
    List<String> ids() {
        try (Stream<Path> files = Files.list(root.resolve("HTML"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".html"))
                    .map(n -> n.substring(0, n.length() - ".html".length()))
                    .filter(id -> Files.isRegularFile(gold(id)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path gold(String id) {
        return root.resolve("Corrected").resolve(id + ".html.corrected.txt");
    }

    Page page(String id) {
        try {
            String gold = decodeGold(Files.readAllBytes(gold(id))).replace("\r\n", "\n");
            Matcher m = MARKER.matcher(gold);
            if (m.find()) {
                return new Page(id, root.resolve("HTML").resolve(id + ".html"), gold.substring(0, m.start()),
                        gold.substring(m.end()), true);
            }
            return new Page(id, root.resolve("HTML").resolve(id + ".html"), gold, "", false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Page> pages(List<String> ids) {
        List<Page> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            out.add(page(id));
        }
        return out;
    }

    /** Gold files are UTF-8, except a few typed on Windows (cp1252). */
    static String decodeGold(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
