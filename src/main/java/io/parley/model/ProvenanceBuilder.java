package io.parley.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds a model's {@link Provenance}: the one place that hashes the data files, reads the code commit, stamps the
 * date and records the native thread count, so that every trainer writes them the same way.
 *
 * <pre>{@code
 * Provenance p = ProvenanceBuilder.of("abuse", "parley-abuse-linear").seed(20211)
 *         .data("../shared/data/abuse/olid/olid-training-v1.0.tsv", file).param("buckets", 524288)
 *         .nativeThreads().licences(List.of("olid: ...")).seconds(12.5).version(v).build();
 * }</pre>
 * Parameters and data keep the order they were added in (provenance files are compared by eye and by diff).
 */
public final class ProvenanceBuilder {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private final String task;
    private final String name;
    private final Instant started = Instant.now();
    private String version;
    private long seed;
    private final Map<String, Object> params = new LinkedHashMap<>();
    private final Map<String, String> data = new LinkedHashMap<>();
    private List<String> licences = List.of();
    private double seconds;

    private ProvenanceBuilder(String task, String name) {
        this.task = Objects.requireNonNull(task);
        this.name = Objects.requireNonNull(name);
    }

    /** Provenance of a model of {@code task} (extraction, abuse, stance) named {@code name}. */
    public static ProvenanceBuilder of(String task, String name) {
        return new ProvenanceBuilder(task, name);
    }

    /** The seed of splits, shuffles and initialisation. */
    public ProvenanceBuilder seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** The version stored with every classification; without one, {@link #dateVersion} of nothing (the day). */
    public ProvenanceBuilder version(String version) {
        this.version = version;
        return this;
    }

    public ProvenanceBuilder param(String key, Object value) {
        params.put(key, value);
        return this;
    }

    public ProvenanceBuilder params(Map<String, ?> more) {
        params.putAll(more);
        return this;
    }

    /** A data file used, under the name the provenance shows (a path relative to the repo), with its sha256. */
    public ProvenanceBuilder data(String shownAs, Path file) {
        data.put(shownAs, sha256(file));
        return this;
    }

    /** Data already hashed (name to sha256), e.g. by a reader that hashed while it read. */
    public ProvenanceBuilder data(Map<String, String> hashes) {
        data.putAll(hashes);
        return this;
    }

    public ProvenanceBuilder licences(List<String> licences) {
        this.licences = List.copyOf(licences);
        return this;
    }

    /** Wall time of training. */
    public ProvenanceBuilder seconds(double seconds) {
        this.seconds = seconds;
        return this;
    }

    /**
     * Records {@code native_threads}, the OpenMP thread count ND4J's native ops use: their sums' low bits depend on
     * it, so a retrain must use the same count to reproduce the weights. Only for trainers that use ND4J (asking
     * loads its native library).
     */
    public ProvenanceBuilder nativeThreads() {
        params.put("native_threads", NativeThreads.current());
        return this;
    }

    /**
     * A version from the training day and the content written: {@code yyyyMMdd-} and the first 8 hex digits of the
     * sha256 of {@code content}, so two different models trained on one day never share a version.
     */
    public String dateVersion(byte[] content) {
        return DAY.format(started) + "-" + sha256(content).substring(0, 8);
    }

    /** The training day, {@code yyyyMMdd}. */
    public String day() {
        return DAY.format(started);
    }

    public Provenance build() {
        return new Provenance(task, name, version != null ? version : day(), started.toString(), codeCommit(), seed,
                new LinkedHashMap<>(params), new LinkedHashMap<>(data), licences, Math.round(seconds * 10) / 10.0);
    }

    /** The sha256 of a file, hex; a directory (an unpacked data set) is named as such instead. */
    public static String sha256(Path file) {
        if (Files.isDirectory(file)) {
            return "directory (unpacked; hash the archive for provenance)";
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = digest();
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hash " + file, e);
        }
    }

    public static String sha256(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(sha256Bytes(bytes));
    }

    public static byte[] sha256Bytes(byte[] bytes) {
        return digest().digest(bytes);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The git commit of the code that trains, {@code +dirty} when {@code src} has uncommitted changes (the weights
     * may then come from code no commit holds); {@code unknown} outside a git checkout.
     */
    public static String codeCommit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor() != 0 || !out.matches("[0-9a-f]{40}")) {
                return "unknown";
            }
            Process status = new ProcessBuilder("git", "status", "--porcelain", "src").redirectErrorStream(true).start();
            boolean dirty = status.getInputStream().readAllBytes().length > 0;
            status.waitFor();
            return out + (dirty ? "+dirty" : "");
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
