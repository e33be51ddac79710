package io.parley.extraction;

import io.parley.model.ModelArchive;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain-Java construction of the {@link PageExtractor} (the CLI uses it without Spring). */
public final class PageExtractors {

    /** Where the committed model lives, relative to the models directory (or classpath {@code models/}). */
    public static final String MODEL = "extraction/extraction.zip";
    /** The text-line model, beside the block model. */
    public static final String LINES_FILE = "text-lines.zip";
    static final String LINES = "extraction/" + LINES_FILE;
    /** Per-page time limit: ample for real pages (a few ms each), short enough to shed a pathological one. */
    public static final long DEFAULT_TIME_LIMIT_MILLIS = 5_000;
    /** The setting that overrides it. */
    public static final String TIME_LIMIT_PROPERTY = "parley.extraction.time-limit-ms";

    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([a-z0-9_:.-]+)");

    private PageExtractors() {
    }

    /** The committed model from the classpath. */
    public static PageExtractor standard() {
        return locate("", DEFAULT_TIME_LIMIT_MILLIS);
    }

    /** The models under {@code modelsDir} when set, else the classpath copies (same rule as the service). */
    public static PageExtractor locate(String modelsDir, long timeLimitMillis) {
        return withOpenNlp(() -> of(ModelArchive.locate(modelsDir, MODEL), ModelArchive.locate(modelsDir, LINES), timeLimitMillis));
    }

    /** A block model file on disk; the text-line model beside it when present, else the committed one. */
    public static PageExtractor load(Path modelFile) {
        Path lines = modelFile.resolveSibling(LINES_FILE);
        return withOpenNlp(() -> of(ModelArchive.read(modelFile), java.nio.file.Files.isRegularFile(lines) ? ModelArchive.read(lines)
                : ModelArchive.readResource("models/" + LINES), DEFAULT_TIME_LIMIT_MILLIS));
    }

    /** The block model only: text dumps are then read by rules alone. */
    public static PageExtractor of(ModelArchive blocks, long timeLimitMillis) {
        return of(blocks, null, timeLimitMillis);
    }

    public static PageExtractor of(ModelArchive blocks, ModelArchive lines, long timeLimitMillis) {
        PageExtractor extractor = new StandardPageExtractor(new HtmlExtractor(BlockModel.from(blocks)),
                lines == null ? null : LineModel.from(lines), timeLimitMillis);
        warmUpOpenNlp();
        return extractor;
    }

    /** Loads OpenNLP's language and sentence models now, not inside the first page's time limit (once per JVM). */
    private static void warmUpOpenNlp() {
        io.parley.classification.text.OpenNlp.language("This sentence warms up the language detector.");
        io.parley.classification.text.OpenNlp.sentences("Warm up. The sentence detector too.");
    }

    /**
     * Builds the extractor while OpenNLP's models load on a second thread (their warm-up in {@link #of} then finds
     * them loaded): on two cores a CLI run starts its first page about 0.3 s sooner. A model that fails to load
     * fails the build of the extractor as before, with the same exception.
     */
    private static PageExtractor withOpenNlp(java.util.function.Supplier<PageExtractor> build) {
        java.util.concurrent.FutureTask<Void> openNlp = new java.util.concurrent.FutureTask<>(PageExtractors::warmUpOpenNlp, null);
        Thread loader = new Thread(openNlp, "parley-opennlp-load");
        loader.setDaemon(true);
        loader.start();
        PageExtractor extractor = build.get();
        try {
            openNlp.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading OpenNLP's models", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
        return extractor;
    }

    /**
     * Bytes of a page to text: a BOM wins, then strict UTF-8, then the charset the page declares, then
     * windows-1252 (which maps every byte, so nothing is ever refused for its encoding).
     */
    public static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        // Valid UTF-8 (nearly every page) decodes the same leniently; the lenient decoder is much faster, and
        // malformed input always leaves a U+FFFD, which sends the page down the strict path below.
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\ufffd') < 0) {
            return lenient;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) {
                String name = m.group(1).toLowerCase(Locale.ROOT);
                try {
                    if (!name.startsWith("utf") && Charset.isSupported(name)) {
                        return new String(bytes, name.equals("iso-8859-1") ? Charset.forName("windows-1252") : Charset.forName(name));
                    }
                } catch (RuntimeException ignored) {
                    // an unknown or illegal charset name: fall through to windows-1252
                }
            }
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
