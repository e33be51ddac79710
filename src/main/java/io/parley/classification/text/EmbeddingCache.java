package io.parley.classification.text;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Sentence embeddings of training and evaluation texts, each distinct text encoded once and kept by the sha256 of the
 * text. Optionally on disk (under {@code target/}, never in the repository): one file per encoder spec (its name and
 * a hash of {@link EncoderSpec#toMap()}, so another cap or pooling never reads these vectors), records of text sha256
 * + float vector appended as chunks finish, so an interrupted run resumes where it stopped. A cache only: the vectors
 * are the encoder's, and a model trained from them is what serving computes.
 */
public final class EmbeddingCache {

    private static final int CHUNK = 256;

    private final EncoderSpec spec;
    private final SentenceEncoder encoder;
    private final Path file;
    private final PrintStream log;
    private final Map<String, float[]> byHash = new ConcurrentHashMap<>();

    /**
     * @param spec    the encoder the vectors come from (names the file)
     * @param encoder loaded lazily by the caller; null when every text asked for is already on disk
     * @param dir     where the file lives (null: memory only)
     */
    public EmbeddingCache(EncoderSpec spec, SentenceEncoder encoder, Path dir, PrintStream log) {
        this.spec = spec;
        this.encoder = encoder;
        this.log = log;
        this.file = dir == null ? null : dir.resolve(fileName(spec));
        if (file != null && Files.isRegularFile(file)) {
            read();
        }
    }

    /** The cache file's name for a spec: {@code <name>-<12 hex of the spec's hash>.emb}. */
    public static String fileName(EncoderSpec spec) {
        return spec.name() + "-" + hash(spec.toMap().toString()).substring(0, 12) + ".emb";
    }

    public Path file() {
        return file;
    }

    /** How many of {@code texts} (distinct) are not held yet. */
    public int missing(Collection<String> texts) {
        int n = 0;
        for (String t : new LinkedHashSet<>(texts)) {
            if (!byHash.containsKey(hash(t))) {
                n++;
            }
        }
        return n;
    }

    /** Encodes the distinct texts not yet held, in chunks, appending each to the file and logging progress. */
    public synchronized void ensure(Collection<String> texts, String what) {
        List<String> todo = new ArrayList<>();
        for (String t : new LinkedHashSet<>(texts)) {
            if (!byHash.containsKey(hash(t))) {
                todo.add(t);
            }
        }
        log.printf("[encoder] %s: %d distinct texts to encode (%d held)%n", what, todo.size(), byHash.size());
        if (todo.isEmpty()) {
            return;
        }
        if (encoder == null) {
            throw new IllegalStateException("texts to encode but no encoder loaded");
        }
        long t0 = System.nanoTime();
        for (int s = 0; s < todo.size(); s += CHUNK) {
            List<String> part = todo.subList(s, Math.min(todo.size(), s + CHUNK));
            float[][] v = encoder.encode(part);
            for (int i = 0; i < part.size(); i++) {
                byHash.put(hash(part.get(i)), v[i]);
            }
            append(part, v);
            double secs = (System.nanoTime() - t0) / 1e9;
            int done = s + part.size();
            log.printf("[encoder] %s: %d/%d (%.1f texts/s, ~%.0f min left)%n", what, done, todo.size(), done / secs,
                    (todo.size() - done) / (done / secs) / 60);
        }
    }

    /** The vector of a text already held; an {@link IllegalStateException} when it is not. */
    public float[] get(String text) {
        float[] v = byHash.get(hash(text));
        if (v == null) {
            throw new IllegalStateException("text not encoded: " + text.substring(0, Math.min(40, text.length())));
        }
        return v;
    }

    public boolean has(String text) {
        return byHash.containsKey(hash(text));
    }

    public int size() {
        return byHash.size();
    }

    private void read() {
        int d = spec.dimension();
        byte[] key = new byte[32];
        long whole = 0;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            while (true) {
                try {
                    in.readFully(key);
                } catch (EOFException e) {
                    break;
                }
                float[] v = new float[d];
                for (int i = 0; i < d; i++) {
                    v[i] = in.readFloat();
                }
                byHash.put(HexFormat.of().formatHex(key), v);
                whole++;
            }
        } catch (EOFException e) {
            // an interrupted append: cut the partial record so the next append starts on a record boundary
            log.printf("[encoder] %s ends in a partial record: cut, the rest is encoded again%n", file);
            try (var ch = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(whole * (32 + 4L * d));
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.printf("[encoder] %d vectors read from %s%n", byHash.size(), file);
    }

    private void append(List<String> texts, float[][] v) {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND)))) {
                for (int i = 0; i < texts.size(); i++) {
                    out.write(HexFormat.of().parseHex(hash(texts.get(i))));
                    for (float f : v[i]) {
                        out.writeFloat(f);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** sha256 of the text's UTF-8 bytes, hex. */
    public static String hash(String text) {
        return SentenceEncoder.sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
