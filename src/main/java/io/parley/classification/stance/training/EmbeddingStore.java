package io.parley.classification.stance.training;

import io.parley.classification.text.SentenceEncoder;

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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The training sets' sentence embeddings, each distinct text encoded once (a FNC-1 body once for all its headlines,
 * a RumourEval source once for its thread). Optionally kept on disk (a file named by the encoder spec, text sha256 +
 * vector records) so a rerun of the head training does not re-encode: a cache only, the vectors are the encoder's.
 */
final class EmbeddingStore {

    private static final int CHUNK = 512;

    private final SentenceEncoder encoder;
    private final Path file;
    private final PrintStream log;
    private final Map<String, float[]> byHash = new HashMap<>();

    EmbeddingStore(SentenceEncoder encoder, Path dir, PrintStream log) {
        this.encoder = encoder;
        this.log = log;
        this.file = dir == null ? null : dir.resolve(encoder.spec().name() + "-" + hash(encoder.spec().toMap().toString()).substring(0, 12) + ".emb");
        if (file != null && Files.isRegularFile(file)) {
            read();
        }
    }

    /** Encodes the texts not yet held (distinct ones, in chunks, progress logged). */
    void ensure(Collection<String> texts, String what) {
        List<String> todo = new ArrayList<>();
        for (String t : new LinkedHashSet<>(texts)) {
            if (!byHash.containsKey(hash(t))) {
                todo.add(t);
            }
        }
        log.printf("[encoder] %s: %d distinct texts to encode (%d held)%n", what, todo.size(), byHash.size());
        long t0 = System.nanoTime();
        for (int s = 0; s < todo.size(); s += CHUNK) {
            List<String> part = todo.subList(s, Math.min(todo.size(), s + CHUNK));
            float[][] v = encoder.encode(part);
            for (int i = 0; i < part.size(); i++) {
                byHash.put(hash(part.get(i)), v[i]);
            }
            append(part, v);
            double secs = (System.nanoTime() - t0) / 1e9;
            log.printf("[encoder] %s: %d/%d (%.1f texts/s)%n", what, s + part.size(), todo.size(), (s + part.size()) / secs);
        }
    }

    float[] get(String text) {
        float[] v = byHash.get(hash(text));
        if (v == null) {
            throw new IllegalStateException("text not encoded: " + text.substring(0, Math.min(40, text.length())));
        }
        return v;
    }

    private void read() {
        int d = encoder.dimension();
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            byte[] key = new byte[32];
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
            }
        } catch (EOFException e) {
            log.printf("[encoder] %s ends in a partial record: the rest is re-encoded%n", file);
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
            try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file,
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

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
