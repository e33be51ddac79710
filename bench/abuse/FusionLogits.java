package io.parley.classification.abuse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.classification.text.HashedNgrams;
import io.parley.model.ModelArchive;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

/**
 * Bench tool of the fusion study (issue 20; not part of the product, compiled by bench/abuse/fusion-logits against
 * target/parley.jar, in the package whose @TrainerView internals it reads): per comment the logits of every head
 * before the sentence heads (n-gram + word vectors, "z"), the sentence heads' own logits with the encoder run on every
 * comment ("e"), and whether the cascade would have encoded it ("band"). Usage: FusionLogits MODEL.zip (IN.jsonl OUT.jsonl)... [-Dcache=DIR]
 */
public final class FusionLogits {
    private static final boolean[] SERVED6 = {true, true, true, true, true, true, false, false, false, false, false};

    public static void main(String[] a) throws Exception {
        AbuseClassifier m = AbuseClassifier.load(ModelArchive.read(Path.of(a[0])));
        SentenceHeads sh0 = m.sentenceHeads();
        // -Dcache=DIR: embeddings read from (and added to) the training cache of `train abuse` (same file format),
        // so that a study and a retraining encode each text once
        String dir = System.getProperty("cache");
        io.parley.classification.text.EmbeddingCache cache = dir == null ? null
                : new io.parley.classification.text.EmbeddingCache(sh0.settings().encoderSpec(), sh0.encoder(),
                Path.of(dir), System.err);
        for (int k = 1; k + 1 < a.length; k += 2) {
            run(m, cache == null ? sh0 : sh0.withVectors(texts -> {
                cache.ensure(texts, "texts");
                return texts.stream().map(cache::get).toArray(float[][]::new);
            }), a[k], a[k + 1]);
        }
    }

    private static void run(AbuseClassifier m, SentenceHeads sh, String in, String outFile) throws Exception {
        ObjectMapper om = new ObjectMapper();
        List<JsonNode> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(Path.of(in), StandardCharsets.UTF_8)) {
            for (String l; (l = r.readLine()) != null; ) {
                if (!l.isBlank()) rows.add(om.readTree(l));
            }
        }
        try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(outFile)), false, StandardCharsets.UTF_8)) {
            int batch = 256;
            for (int s = 0; s < rows.size(); s += batch) {
                List<JsonNode> part = rows.subList(s, Math.min(rows.size(), s + batch));
                List<String> texts = part.stream().map(n -> n.get("text").asText()).toList();
                double[][] e = sh.logits(texts);
                for (int i = 0; i < part.size(); i++) {
                    String text = texts.get(i);
                    HashedNgrams.Features f = m.features(text);
                    double[] z = m.logits(f);
                    if (m.vectorHeads() != null) {
                        m.vectorHeads().addTo(text, f, z);
                    }
                    double[] est = z.clone();
                    sh.addEstimate(est);
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("id", part.get(i).get("id"));
                    o.put("z", z);
                    o.put("e", e[i]);
                    o.put("band", sh.runsFor(est));
                    // the served labels' band (the first six heads): a comment in "band" only through a data-set
                    // head's risk weight (--offensive-band) keeps its served labels' estimate
                    o.put("bandServed", sh.runsFor(est, SERVED6));
                    o.put("risk", logRisk(sh.settings(), est));
                    o.put("empty", f.ids().length == 0);
                    out.println(om.writeValueAsString(o));
                }
                System.err.printf("\r%d/%d", Math.min(rows.size(), s + batch), rows.size());
            }
        }
        System.err.println();
    }

    /** log(max over risk heads of severity x odds of the estimate): what the cascade's band is drawn on. */
    static double logRisk(SentenceHeads.Settings s, double[] est) {
        double[] w = s.riskWeight();
        double best = Double.NEGATIVE_INFINITY;
        for (int h = 0; w != null && h < w.length; h++) {
            if (w[h] > 0) {
                best = Math.max(best, Math.log(w[h]) + s.riskA()[h] * est[h] + s.riskB()[h]);
            }
        }
        return best;
    }
}
