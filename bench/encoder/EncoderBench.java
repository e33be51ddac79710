import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import io.parley.classification.text.EncoderSettings;
import io.parley.classification.text.EncoderSpec;
import io.parley.classification.text.SentenceEncoder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cost of Parley's SentenceEncoder on this machine, each figure beside a baseline measured in the same run:
 * comments/s at 1 and 2 threads (baseline: ONNX Runtime's default session options, one Java thread, as LangChain4j
 * runs it), batch sizes 1/8/32 (and how far a batched vector drifts from the same text encoded alone), latency of one
 * text at 32/128/512 tokens, load time and resident memory. Texts: one JSON string per line (real comments).
 *
 *   java -cp CP bench/encoder/EncoderBench.java TEXTS.jsonl [N]
 */
public class EncoderBench {

    public static void main(String[] args) throws Exception {
        List<String> all = new ArrayList<>();
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            all.add(json.readValue(line, String.class));
        }
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 600;
        List<String> texts = all.subList(0, Math.min(n, all.size()));
        System.out.println("load before: " + load());
        long rss0 = rssKb();
        long t0 = System.nanoTime();
        SentenceEncoder enc1 = SentenceEncoder.load(EncoderSpec.E5_SMALL_V2_Q, EncoderSettings.defaults().withThreads(1));
        double loadS = (System.nanoTime() - t0) / 1e9;
        long rss1 = rssKb();
        int tokens = 0, cut = 0;
        for (String t : texts) {
            int c = enc1.tokenCount(t);
            tokens += Math.min(c, 126);
            cut += c > 126 ? 1 : 0;
        }
        System.out.printf("texts %d, mean tokens after the 128 cap %.1f, cut %.1f%%%n", texts.size(), tokens / (double) texts.size(), 100.0 * cut / texts.size());
        System.out.printf("encoder load %.2f s, resident memory +%d MiB (JVM before: %d MiB)%n", loadS, (rss1 - rss0) / 1024, rss0 / 1024);

        // warm-up
        enc1.encode(texts.subList(0, Math.min(50, texts.size())));
        SentenceEncoder enc2 = SentenceEncoder.load(EncoderSpec.E5_SMALL_V2_Q, EncoderSettings.defaults().withThreads(2));
        enc2.encode(texts.subList(0, Math.min(50, texts.size())));

        // baseline: ONNX Runtime's default options (its own intra-op pool over all cores), texts one by one
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        byte[] weights = EncoderBench.class.getClassLoader().getResourceAsStream(EncoderSpec.E5_SMALL_V2_Q.weights()).readAllBytes();
        OrtSession dflt = env.createSession(weights, new OrtSession.SessionOptions());
        Runnable baseline = () -> {
            for (String t : texts) {
                runRaw(env, dflt, enc1.inputIds(t));
            }
        };
        baseline.run();
        for (int round = 1; round <= 2; round++) {
            double b = rate(texts.size(), baseline);
            double one = rate(texts.size(), () -> enc1.encode(texts));
            double two = rate(texts.size(), () -> enc2.encode(texts));
            System.out.printf("round %d: comments/s  ORT default options (baseline) %.1f | 1 thread %.1f (%.2fx) | 2 threads %.1f (%.2fx)   [%s]%n",
                    round, b, one, one / b, two, two / b, load());
        }

        float[][] alone = enc2.encode(texts);
        for (int bs : new int[] {8, 32}) {
            try (SentenceEncoder batched = SentenceEncoder.load(EncoderSpec.E5_SMALL_V2_Q, EncoderSettings.defaults().withThreads(2).withBatchSize(bs))) {
                batched.encode(texts.subList(0, 50));
                double r1 = rate(texts.size(), () -> enc2.encode(texts));
                double rb = rate(texts.size(), () -> batched.encode(texts));
                float[][] v = batched.encode(texts);
                double worst = 1;
                for (int i = 0; i < v.length; i++) {
                    worst = Math.min(worst, SentenceEncoder.cosine(v[i], alone[i]));
                }
                System.out.printf("batch %d, 2 threads: %.1f comments/s vs batch 1 %.1f (%.2fx); lowest cosine to the same text alone %.5f   [%s]%n",
                        bs, rb, r1, rb / r1, worst, load());
            }
        }

        String base = String.join(" ", all.subList(0, Math.min(400, all.size())));
        try (SentenceEncoder e512 = SentenceEncoder.load(EncoderSpec.E5_SMALL_V2_Q.withMaxTokens(512), EncoderSettings.defaults().withThreads(1))) {
            for (int len : new int[] {32, 128, 512}) {
                String text = fit(e512, base, len);
                int[] ids = e512.inputIds(text);
                for (int i = 0; i < 5; i++) {
                    e512.encode(text);
                }
                int reps = len >= 512 ? 20 : 60;
                long[] ns = new long[reps];
                for (int i = 0; i < reps; i++) {
                    long s = System.nanoTime();
                    e512.encode(text);
                    ns[i] = System.nanoTime() - s;
                }
                Arrays.sort(ns);
                System.out.printf("latency, one text of %d tokens, 1 thread: median %.1f ms, p90 %.1f ms   [%s]%n",
                        ids.length, ns[reps / 2] / 1e6, ns[reps * 9 / 10] / 1e6, load());
            }
        }
        long rss2 = rssKb();
        System.out.printf("resident memory after the runs: %d MiB (JVM before the encoder %d MiB); max heap %d MiB%n",
                rss2 / 1024, rss0 / 1024, Runtime.getRuntime().maxMemory() >> 20);
        enc1.close();
        enc2.close();
    }

    private static String fit(SentenceEncoder e, String base, int tokens) {
        String[] words = base.split("\\s+");
        int lo = 1, hi = words.length;
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (e.tokenCount(String.join(" ", Arrays.copyOf(words, mid))) + 2 <= tokens) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return String.join(" ", Arrays.copyOf(words, lo));
    }

    private static void runRaw(OrtEnvironment env, OrtSession s, int[] ids) {
        long[][] in = new long[1][ids.length];
        long[][] mask = new long[1][ids.length];
        for (int i = 0; i < ids.length; i++) {
            in[0][i] = ids[i];
            mask[0][i] = 1;
        }
        Map<String, OnnxTensor> m = new HashMap<>();
        try {
            m.put("input_ids", OnnxTensor.createTensor(env, in));
            m.put("attention_mask", OnnxTensor.createTensor(env, mask));
            m.put("token_type_ids", OnnxTensor.createTensor(env, new long[1][ids.length]));
            try (var r = s.run(m)) {
                r.get(0).getValue();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            m.values().forEach(OnnxTensor::close);
        }
    }

    private static double rate(int n, Runnable r) {
        long s = System.nanoTime();
        r.run();
        return n / ((System.nanoTime() - s) / 1e9);
    }

    private static String load() throws Exception {
        return "load " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private static long rssKb() throws Exception {
        for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (l.startsWith("VmRSS:")) {
                return Long.parseLong(l.replaceAll("\\D", ""));
            }
        }
        return -1;
    }
}
