import io.parley.classification.text.EncoderSettings;
import io.parley.classification.text.EncoderSpec;
import io.parley.classification.text.SentenceEncoder;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Encodes texts with Parley's SentenceEncoder, exactly as serving would, for the experiments in bench/abuse and
 * bench/stance. Input: one JSON string per line. Output per cap: OUT.cap<N>.<trunc>.<pool>.f32 (float32 little-endian,
 * rows in input order, 384 wide) and OUT.tokens.i32 (content tokens before the cap). A text whose ids are the same
 * under several caps (it fits the smaller one) is encoded once.
 *
 *   java -cp CP bench/encoder/EncodeTexts.java IN.jsonl OUT threads caps(64,128,...) head_tail|head mean|cls
 */
public class EncodeTexts {
    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        String out = args[1];
        int threads = Integer.parseInt(args[2]);
        int[] caps = Arrays.stream(args[3].split(",")).mapToInt(Integer::parseInt).toArray();
        EncoderSpec.Truncation trunc = EncoderSpec.Truncation.valueOf(args[4].toUpperCase());
        EncoderSpec.Pooling pooling = EncoderSpec.Pooling.valueOf(args[5].toUpperCase());
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(in)) {
            texts.add(json.readValue(line, String.class));
        }
        Map<String, float[]> done = new HashMap<>();
        for (int cap : caps) {
            EncoderSpec spec = EncoderSpec.E5_SMALL_V2_Q.withMaxTokens(cap).withTruncation(trunc).withPooling(pooling);
            Path target = Path.of(out + ".cap" + cap + "." + trunc.name().toLowerCase() + "." + pooling.name().toLowerCase() + ".f32");
            if (Files.exists(target)) {
                System.err.println("exists: " + target);
                continue;
            }
            try (SentenceEncoder enc = SentenceEncoder.load(spec, EncoderSettings.defaults().withThreads(threads))) {
                if (!Files.exists(Path.of(out + ".tokens.i32"))) {
                    ByteBuffer b = ByteBuffer.allocate(4 * texts.size()).order(ByteOrder.LITTLE_ENDIAN);
                    for (String t : texts) {
                        b.putInt(enc.tokenCount(t));
                    }
                    Files.write(Path.of(out + ".tokens.i32"), b.array());
                }
                List<String> todo = new ArrayList<>();
                List<String> keys = new ArrayList<>();
                String[] keyOf = new String[texts.size()];
                for (int i = 0; i < texts.size(); i++) {
                    keyOf[i] = Arrays.toString(enc.inputIds(texts.get(i)));
                }
                // Vectors already computed under another cap or truncation with the same pooling are reused for
                // texts that fit both caps whole: their ids, and so their vectors, are the same.
                reuse(out, cap, pooling, texts, keyOf, done);
                Map<String, Integer> pending = new HashMap<>();
                for (int i = 0; i < texts.size(); i++) {
                    if (!done.containsKey(keyOf[i]) && !pending.containsKey(keyOf[i])) {
                        pending.put(keyOf[i], todo.size());
                        todo.add(texts.get(i));
                        keys.add(keyOf[i]);
                    }
                }
                long t0 = System.nanoTime();
                int chunk = 2000;
                for (int s = 0; s < todo.size(); s += chunk) {
                    List<String> part = todo.subList(s, Math.min(todo.size(), s + chunk));
                    float[][] v = enc.encode(part);
                    for (int i = 0; i < v.length; i++) {
                        done.put(keys.get(s + i), v[i]);
                    }
                    double secs = (System.nanoTime() - t0) / 1e9;
                    System.err.printf("cap %d: %d/%d encoded, %.1f texts/s%n", cap, Math.min(todo.size(), s + chunk), todo.size(), (s + part.size()) / secs);
                }
                try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(target))) {
                    ByteBuffer b = ByteBuffer.allocate(4 * spec.dimension()).order(ByteOrder.LITTLE_ENDIAN);
                    for (int i = 0; i < texts.size(); i++) {
                        b.clear();
                        for (float x : done.get(keyOf[i])) {
                            b.putFloat(x);
                        }
                        os.write(b.array());
                    }
                }
                System.err.printf("cap %d: wrote %s (%d texts, %d encoded, %.1f s)%n", cap, target, texts.size(), todo.size(), (System.nanoTime() - t0) / 1e9);
            }
        }
    }

    private static void reuse(String out, int current, EncoderSpec.Pooling pooling, List<String> texts, String[] keyOf,
                              Map<String, float[]> done) throws IOException {
        Path tokens = Path.of(out + ".tokens.i32");
        Path dir = Path.of(out).toAbsolutePath().getParent();
        String stem = Path.of(out).getFileName().toString();
        if (!Files.exists(tokens)) {
            return;
        }
        ByteBuffer tb = ByteBuffer.wrap(Files.readAllBytes(tokens)).order(ByteOrder.LITTLE_ENDIAN);
        int[] count = new int[texts.size()];
        for (int i = 0; i < count.length; i++) {
            count[i] = tb.getInt();
        }
        String suffix = "." + pooling.name().toLowerCase() + ".f32";
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith(stem + ".cap")
                    && p.getFileName().toString().endsWith(suffix)).toList()) {
                String name = f.getFileName().toString();
                int cap = Integer.parseInt(name.substring(stem.length() + 4, name.indexOf('.', stem.length() + 4)));
                ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(f)).order(ByteOrder.LITTLE_ENDIAN);
                int dim = b.capacity() / 4 / texts.size();
                int reused = 0;
                for (int i = 0; i < texts.size(); i++) {
                    if (count[i] + 2 <= Math.min(cap, current) && !done.containsKey(keyOf[i])) {
                        float[] v = new float[dim];
                        for (int j = 0; j < dim; j++) {
                            v[j] = b.getFloat((i * dim + j) * 4);
                        }
                        done.put(keyOf[i], v);
                        reused++;
                    }
                }
                System.err.printf("reused %d vectors from %s%n", reused, name);
            }
        }
    }
}
