package io.parley.classification.text;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A pretrained sentence encoder run in process: WordPiece ids ({@link WordPieceTokenizer}) → ONNX Runtime (one
 * session, one intra-op thread per calling thread) → pooled, L2-normalised vector. Weights and tokenizer are read
 * from the class path (the artifact in {@link EncoderSpec#artifact()}), never downloaded, and checked against the
 * spec's sha256 at {@link #load}.
 *
 * <p>The token cap is the spec's; a longer text keeps its head, or head and tail ({@link EncoderSpec.Truncation}).
 * {@link #encode(List)} spreads texts over {@link EncoderSettings#threads()} threads; with the default batch size
 * of 1 every text's vector is the same whatever it is encoded with. {@link #encodeCached} keeps the vectors of
 * texts that recur (an article, a parent comment, a site's target) by sha256 of the text. Thread-safe.
 */
public final class SentenceEncoder implements AutoCloseable {

    private final EncoderSpec spec;
    private final EncoderSettings settings;
    private final WordPieceTokenizer tokenizer;
    private final int[] prefixIds;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final boolean typeIds;
    private final ExecutorService pool;
    private final Lru cache;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private volatile boolean shared;

    /** One encoder per spec for the serving models of this process (see {@link #shared}). */
    private static final java.util.concurrent.ConcurrentHashMap<EncoderSpec, SentenceEncoder> SHARED =
            new java.util.concurrent.ConcurrentHashMap<>();

    private SentenceEncoder(EncoderSpec spec, EncoderSettings settings, WordPieceTokenizer tokenizer,
                            OrtEnvironment env, OrtSession session) {
        this.spec = spec;
        this.settings = settings;
        this.tokenizer = tokenizer;
        this.prefixIds = tokenizer.tokenize(spec.prefix());
        this.env = env;
        this.session = session;
        this.typeIds = session.getInputNames().contains("token_type_ids");
        this.pool = settings.threads() > 1 ? Executors.newFixedThreadPool(settings.threads(), daemon()) : null;
        this.cache = new Lru(settings.cacheEntries());
    }

    /**
     * Loads the encoder {@code spec} names from the class path. Throws {@link EncoderWeightsMismatch} when the
     * weights or tokenizer are missing or their sha256 is not the spec's: a model's heads only mean something on
     * the vectors they were trained on.
     */
    public static SentenceEncoder load(EncoderSpec spec, EncoderSettings settings) {
        byte[] weights = resource(spec, spec.weights());
        byte[] tokenizerJson = resource(spec, spec.tokenizer());
        check(spec, spec.weights(), spec.weightsSha256(), weights);
        check(spec, spec.tokenizer(), spec.tokenizerSha256(), tokenizerJson);
        try {
            WordPieceTokenizer tokenizer = WordPieceTokenizer.fromTokenizerJson(new ByteArrayInputStream(tokenizerJson));
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = env.createSession(weights, options);
            return new SentenceEncoder(spec, settings, tokenizer, env, session);
        } catch (IOException e) {
            throw new EncoderWeightsMismatch("encoder tokenizer " + spec.tokenizer() + " cannot be read: " + e.getMessage());
        } catch (OrtException e) {
            throw new EncoderWeightsMismatch("encoder weights " + spec.weights() + " from " + spec.artifact()
                    + " cannot be loaded by ONNX Runtime: " + e.getMessage());
        }
    }

    /**
     * The process's one encoder for {@code spec}, loaded (and its weights checked) on first use. The served abuse and
     * stance models name the same e5 spec: sharing it keeps one ONNX session in memory instead of two (~130 MiB),
     * loads and checks the weights once at start-up, and lets a comment the abuse cascade encoded reach stance's
     * heads from the cache ({@link #encodeCached}) instead of being encoded again. {@link #close} leaves a shared
     * encoder open: it lives as long as the process. Settings are the first caller's.
     */
    public static SentenceEncoder shared(EncoderSpec spec, EncoderSettings settings) {
        SentenceEncoder e = SHARED.get(spec);
        if (e != null) {
            return e;
        }
        synchronized (SHARED) {
            e = SHARED.get(spec);
            if (e == null) {
                e = load(spec, settings);
                e.shared = true;
                SHARED.put(spec, e);
            }
            return e;
        }
    }

    /** The sha256 of a class-path resource, or null when there is none (for tools that write a spec). */
    public static String resourceSha256(String resource) {
        try (InputStream in = SentenceEncoder.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : sha256(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(EncoderSpec spec, String name) {
        try (InputStream in = SentenceEncoder.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new EncoderWeightsMismatch("encoder file " + name + " is not on the class path: the model needs "
                        + spec.artifact() + " (sha256 " + (name.equals(spec.weights()) ? spec.weightsSha256() : spec.tokenizerSha256()) + ")");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new EncoderWeightsMismatch("encoder file " + name + " cannot be read: " + e.getMessage());
        }
    }

    private static void check(EncoderSpec spec, String name, String expected, byte[] bytes) {
        String found = sha256(bytes);
        if (!found.equalsIgnoreCase(expected)) {
            throw new EncoderWeightsMismatch("encoder file " + name + " on the class path has sha256 " + found
                    + ", but the model was trained with " + spec.artifact() + " whose " + name + " has sha256 "
                    + expected + ": put that artifact on the class path, or retrain the model on this encoder");
        }
    }

    public EncoderSpec spec() {
        return spec;
    }

    public EncoderSettings settings() {
        return settings;
    }

    public int dimension() {
        return spec.dimension();
    }

    /** Content tokens of {@code text} (with the prefix, before the cap): whether and how much it is cut. */
    public int tokenCount(String text) {
        return prefixIds.length + tokenizer.tokenize(text).length;
    }

    /** The ids the encoder runs on: {@code [CLS]}, prefix and text tokens cut to the cap, {@code [SEP]}. */
    public int[] inputIds(String text) {
        int[] body = tokenizer.tokenize(text);
        int budget = spec.maxTokens() - 2;
        int n = prefixIds.length + body.length;
        int[] content = new int[n];
        System.arraycopy(prefixIds, 0, content, 0, prefixIds.length);
        System.arraycopy(body, 0, content, prefixIds.length, body.length);
        if (n > budget) {
            if (spec.truncation() == EncoderSpec.Truncation.HEAD) {
                content = Arrays.copyOf(content, budget);
            } else {
                int tail = budget / 2;
                int head = budget - tail;
                int[] cut = new int[budget];
                System.arraycopy(content, 0, cut, 0, head);
                System.arraycopy(content, n - tail, cut, head, tail);
                content = cut;
            }
        }
        int[] ids = new int[content.length + 2];
        ids[0] = tokenizer.cls;
        System.arraycopy(content, 0, ids, 1, content.length);
        ids[ids.length - 1] = tokenizer.sep;
        return ids;
    }

    /** One text's embedding (L2-normalised, {@link #dimension()} wide), in the calling thread. */
    public float[] encode(String text) {
        return run(List.of(inputIds(text)))[0];
    }

    /**
     * Embeddings of {@code texts}, in order, on {@link EncoderSettings#threads()} threads, {@link
     * EncoderSettings#batchSize()} texts per ONNX call (texts of similar length together).
     */
    public float[][] encode(List<String> texts) {
        int n = texts.size();
        int[][] ids = new int[n][];
        for (int i = 0; i < n; i++) {
            ids[i] = inputIds(texts.get(i));
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(ids[a].length, ids[b].length));
        List<int[]> batches = new ArrayList<>();
        for (int start = 0; start < n; start += settings.batchSize()) {
            int end = Math.min(n, start + settings.batchSize());
            int[] members = new int[end - start];
            for (int i = start; i < end; i++) {
                members[i - start] = order[i];
            }
            batches.add(members);
        }
        float[][] out = new float[n][];
        if (pool == null || batches.size() == 1) {
            for (int[] b : batches) {
                runInto(b, ids, out);
            }
            return out;
        }
        // Longest batches first, taken from a shared counter: the threads finish together.
        AtomicInteger next = new AtomicInteger(batches.size() - 1);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < settings.threads(); t++) {
            workers.add(pool.submit(() -> {
                for (int b = next.getAndDecrement(); b >= 0; b = next.getAndDecrement()) {
                    runInto(batches.get(b), ids, out);
                }
            }));
        }
        for (Future<?> w : workers) {
            try {
                w.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while encoding", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
        return out;
    }

    /**
     * The embedding of a text that recurs (an article, a body, a parent, a site's target), computed once and kept
     * by the sha256 of the text in a bounded LRU. The returned array is shared: do not change it.
     */
    public float[] encodeCached(String text) {
        String key = sha256(text.getBytes(StandardCharsets.UTF_8));
        float[] v = cache.get(key);
        if (v != null) {
            hits.incrementAndGet();
            return v;
        }
        misses.incrementAndGet();
        v = encode(text);
        cache.put(key, v);
        return v;
    }

    /**
     * {@link #encodeCached(String)} for many texts at once: the distinct ones not in the cache are encoded together on
     * {@link EncoderSettings#threads()} threads. Returned arrays are shared: do not change them.
     */
    public float[][] encodeCached(List<String> texts) {
        float[][] out = new float[texts.size()][];
        Map<String, List<Integer>> missing = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String key = sha256(texts.get(i).getBytes(StandardCharsets.UTF_8));
            keys.add(key);
            float[] v = cache.get(key);
            if (v != null) {
                hits.incrementAndGet();
                out[i] = v;
            } else {
                missing.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        List<String> todo = new ArrayList<>(missing.size());
        missing.values().forEach(rows -> todo.add(texts.get(rows.get(0))));
        misses.addAndGet(todo.size());
        float[][] vectors = encode(todo);
        int j = 0;
        for (var e : missing.entrySet()) {
            cache.put(e.getKey(), vectors[j]);
            for (int i : e.getValue()) {
                out[i] = vectors[j];
            }
            j++;
        }
        return out;
    }

    /** Hits and misses of {@link #encodeCached} so far, and the entries held. */
    public CacheStats cacheStats() {
        return new CacheStats(hits.get(), misses.get(), cache.size());
    }

    public record CacheStats(long hits, long misses, int entries) {
    }

    /**
     * Forgets every cached vector (hits and misses stay counted). For measurements: a pass over comments the cache has
     * already seen times lookups, not the encoder.
     */
    public void clearCache() {
        cache.clear();
    }

    private void runInto(int[] members, int[][] ids, float[][] out) {
        List<int[]> batch = new ArrayList<>(members.length);
        for (int m : members) {
            batch.add(ids[m]);
        }
        float[][] vectors = run(batch);
        for (int i = 0; i < members.length; i++) {
            out[members[i]] = vectors[i];
        }
    }

    private float[][] run(List<int[]> batch) {
        int rows = batch.size();
        int width = 0;
        for (int[] ids : batch) {
            width = Math.max(width, ids.length);
        }
        long[][] inputIds = new long[rows][width];
        long[][] mask = new long[rows][width];
        for (int r = 0; r < rows; r++) {
            int[] ids = batch.get(r);
            for (int i = 0; i < ids.length; i++) {
                inputIds[r][i] = ids[i];
                mask[r][i] = 1;
            }
        }
        Map<String, OnnxTensor> inputs = new LinkedHashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(env, inputIds));
            inputs.put("attention_mask", OnnxTensor.createTensor(env, mask));
            if (typeIds) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(env, new long[rows][width]));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] states = (float[][][]) result.get(0).getValue();
                float[][] out = new float[rows][];
                for (int r = 0; r < rows; r++) {
                    out[r] = pool(states[r], batch.get(r).length);
                }
                return out;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("encoder failed on a batch of " + rows + ": " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private float[] pool(float[][] states, int length) {
        int d = spec.dimension();
        float[] v = new float[d];
        if (spec.pooling() == EncoderSpec.Pooling.CLS) {
            System.arraycopy(states[0], 0, v, 0, d);
        } else {
            double[] sum = new double[d];
            for (int t = 0; t < length; t++) {
                for (int j = 0; j < d; j++) {
                    sum[j] += states[t][j];
                }
            }
            for (int j = 0; j < d; j++) {
                v[j] = (float) (sum[j] / length);
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += (double) x * x;
        }
        float inv = (float) (1 / Math.max(Math.sqrt(norm), 1e-12));
        for (int j = 0; j < d; j++) {
            v[j] *= inv;
        }
        return v;
    }

    /** Cosine similarity of two L2-normalised embeddings. */
    public static double cosine(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }

    @Override
    public void close() {
        if (shared) {
            return;
        }
        if (pool != null) {
            pool.shutdownNow();
        }
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "encoder-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** A bounded least-recently-used map; synchronized, since lookups are rare next to encoding. */
    private static final class Lru {
        private final int capacity;
        private final LinkedHashMap<String, float[]> map;

        Lru(int capacity) {
            this.capacity = capacity;
            this.map = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                    return size() > Lru.this.capacity;
                }
            };
        }

        synchronized float[] get(String key) {
            return map.get(key);
        }

        synchronized void put(String key, float[] v) {
            if (capacity > 0) {
                map.put(key, v);
            }
        }

        synchronized void clear() {
            map.clear();
        }

        synchronized int size() {
            return map.size();
        }
    }
}
