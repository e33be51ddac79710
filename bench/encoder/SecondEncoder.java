import io.parley.classification.text.EncoderSettings;
import io.parley.classification.text.EncoderSpec;
import io.parley.classification.text.SentenceEncoder;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Second-encoder study (issue 20, helper encoder2): encodes texts with a candidate sentence encoder from a jar on the
 * class path and writes three poolings of the same forward pass (mean over attended tokens = what Parley serves for
 * e5, the [CLS] state, the max over attended tokens), each L2-normalised, 384 floats per row.
 *
 * Ids come from Parley's own runtime ({@link SentenceEncoder#inputIds}: its WordPiece tokenizer, the prefix, the cap,
 * head + tail), so for e5 with "query: " and mean pooling the vectors are the served ones (checked on the first rows
 * against {@link SentenceEncoder#encode}). ONNX Runtime options are the runtime's: one intra-op thread per Java thread.
 *
 *   java -cp CP bench/encoder/SecondEncoder.java encode NAME WEIGHTS TOKENIZER PREFIX CAP THREADS IN.jsonl OUT
 *     -> OUT.{mean,cls,max}.f32 and OUT.stats.json (CPU seconds, rows, texts/CPU-s)
 *   java -cp CP bench/encoder/SecondEncoder.java cost NAME WEIGHTS TOKENIZER PREFIX IN.jsonl
 *     -> one JSON line: CPU ms per comment at exactly 32 and 128 tokens, one thread (texts from IN cut to the cap)
 */
public class SecondEncoder {

    static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String name = args[1], weights = args[2], tokenizer = args[3], prefix = args[4];
        EncoderSpec spec = new EncoderSpec(name, "class path", weights, SentenceEncoder.resourceSha256(weights),
                tokenizer, SentenceEncoder.resourceSha256(tokenizer), prefix, 128, EncoderSpec.Truncation.HEAD_TAIL,
                EncoderSpec.Pooling.MEAN, 384);
        ObjectMapper json = new ObjectMapper();
        if (mode.equals("encode")) {
            int cap = Integer.parseInt(args[5]);
            int threads = Integer.parseInt(args[6]);
            List<String> texts = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of(args[7]))) {
                texts.add(json.readValue(line, String.class));
            }
            encode(spec.withMaxTokens(cap), threads, texts, args[8], json);
        } else {
            List<String> texts = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of(args[5]))) {
                texts.add(json.readValue(line, String.class));
            }
            cost(spec, texts, json);
        }
    }

    static OrtSession session(OrtEnvironment env, String weights) throws Exception {
        byte[] bytes;
        try (InputStream in = SecondEncoder.class.getClassLoader().getResourceAsStream(weights)) {
            bytes = in.readAllBytes();
        }
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        return env.createSession(bytes, options);
    }

    /** Last hidden states of one text (batch 1, as the runtime). */
    static float[][] states(OrtEnvironment env, OrtSession s, boolean typeIds, int[] ids) throws Exception {
        long[][] in = new long[1][ids.length];
        long[][] mask = new long[1][ids.length];
        for (int i = 0; i < ids.length; i++) {
            in[0][i] = ids[i];
            mask[0][i] = 1;
        }
        Map<String, OnnxTensor> inputs = new LinkedHashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(env, in));
            inputs.put("attention_mask", OnnxTensor.createTensor(env, mask));
            if (typeIds) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(env, new long[1][ids.length]));
            }
            try (OrtSession.Result r = s.run(inputs)) {
                return ((float[][][]) r.get(0).getValue())[0];
            }
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    static float[] normalised(double[] v) {
        double n = 0;
        for (double x : v) {
            n += x * x;
        }
        double inv = 1 / Math.max(Math.sqrt(n), 1e-12);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] * inv);
        }
        return out;
    }

    /** mean, cls, max of the states (all rows attended: batch 1, no padding). */
    static float[][] poolings(float[][] st) {
        int d = st[0].length;
        double[] mean = new double[d], cls = new double[d], max = new double[d];
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (float[] t : st) {
            for (int j = 0; j < d; j++) {
                mean[j] += t[j];
                max[j] = Math.max(max[j], t[j]);
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= st.length;
            cls[j] = st[0][j];
        }
        return new float[][]{normalised(mean), normalised(cls), normalised(max)};
    }

    static void encode(EncoderSpec spec, int threads, List<String> texts, String out, ObjectMapper json) throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (SentenceEncoder enc = SentenceEncoder.load(spec, EncoderSettings.defaults().withThreads(1));
             OrtSession s = session(env, spec.weights())) {
            boolean typeIds = s.getInputNames().contains("token_type_ids");
            int n = texts.size();
            float[][][] res = new float[n][][];
            int[] tokens = new int[n];
            AtomicInteger next = new AtomicInteger();
            AtomicLong cpuNanos = new AtomicLong();
            long t0 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                fs.add(pool.submit(() -> {
                    long c0 = CPU.getCurrentThreadCpuTime();
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        int[] ids = enc.inputIds(texts.get(i));
                        tokens[i] = ids.length;
                        res[i] = poolings(states(env, s, typeIds, ids));
                        if (i % 2000 == 0) {
                            System.err.printf("%s: %d/%d, %.0f s%n", spec.name(), i, n, (System.nanoTime() - t0) / 1e9);
                        }
                    }
                    cpuNanos.addAndGet(CPU.getCurrentThreadCpuTime() - c0);
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            pool.shutdown();
            // The mean pooling here must be the runtime's vector (same ids, same session options, batch 1).
            double maxDiff = 0;
            if (spec.prefix().equals(EncoderSpec.E5_SMALL_V2_Q.prefix()) && spec.weights().equals(EncoderSpec.E5_SMALL_V2_Q.weights())) {
                for (int i = 0; i < Math.min(50, n); i++) {
                    float[] v = enc.encode(texts.get(i));
                    for (int j = 0; j < v.length; j++) {
                        maxDiff = Math.max(maxDiff, Math.abs(v[j] - res[i][0][j]));
                    }
                }
            }
            String[] names = {"mean", "cls", "max"};
            for (int p = 0; p < 3; p++) {
                try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(Path.of(out + "." + names[p] + ".f32")))) {
                    ByteBuffer b = ByteBuffer.allocate(4 * 384).order(ByteOrder.LITTLE_ENDIAN);
                    for (int i = 0; i < n; i++) {
                        b.clear();
                        for (float x : res[i][p]) {
                            b.putFloat(x);
                        }
                        os.write(b.array());
                    }
                }
            }
            Map<String, Object> stats = new LinkedHashMap<>();
            stats.put("encoder", spec.name());
            stats.put("weights_sha256", spec.weightsSha256());
            stats.put("tokenizer_sha256", spec.tokenizerSha256());
            stats.put("prefix", spec.prefix());
            stats.put("cap", spec.maxTokens());
            stats.put("rows", n);
            stats.put("threads", threads);
            stats.put("mean_ids", Arrays.stream(tokens).average().orElse(0));
            stats.put("cpu_seconds", cpuNanos.get() / 1e9);
            stats.put("wall_seconds", (System.nanoTime() - t0) / 1e9);
            stats.put("max_abs_diff_mean_vs_runtime_first50", maxDiff);
            Files.writeString(Path.of(out + ".stats.json"), json.writeValueAsString(stats));
            System.err.println(json.writeValueAsString(stats));
        }
    }

    /** CPU ms per comment at exactly 32 and 128 ids, one thread, 20 warm-up runs then 200 timed. */
    static void cost(EncoderSpec spec, List<String> texts, ObjectMapper json) throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("encoder", spec.name());
        for (int cap : new int[]{32, 128}) {
            EncoderSpec c = spec.withMaxTokens(cap).withTruncation(EncoderSpec.Truncation.HEAD);
            try (SentenceEncoder enc = SentenceEncoder.load(c, EncoderSettings.defaults().withThreads(1));
                 OrtSession s = session(env, c.weights())) {
                boolean typeIds = s.getInputNames().contains("token_type_ids");
                List<int[]> ids = new ArrayList<>();
                for (String t : texts) {
                    int[] x = enc.inputIds(t);
                    if (x.length == cap) {
                        ids.add(x);
                    }
                    if (ids.size() == 50) {
                        break;
                    }
                }
                for (int i = 0; i < 20; i++) {
                    states(env, s, typeIds, ids.get(i % ids.size()));
                }
                int reps = 200;
                long c0 = CPU.getCurrentThreadCpuTime(), w0 = System.nanoTime();
                for (int i = 0; i < reps; i++) {
                    poolings(states(env, s, typeIds, ids.get(i % ids.size())));
                }
                out.put("cpu_ms_at_" + cap, Math.round((CPU.getCurrentThreadCpuTime() - c0) / 1e6 / reps * 100) / 100.0);
                out.put("wall_ms_at_" + cap, Math.round((System.nanoTime() - w0) / 1e6 / reps * 100) / 100.0);
            }
        }
        System.out.println(json.writeValueAsString(out));
    }
}
