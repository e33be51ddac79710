package io.parley.classification.abuse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.classification.abuse.training.AbuseEvaluator;
import io.parley.classification.abuse.training.AbuseFormat;
import io.parley.classification.text.HashedNgrams;
import io.parley.model.ModelArchive;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bench tool of the band study (issue 20, helper abuse14; not part of the product, compiled by bench/abuse/band-scores
 * against target/parley.jar): the served model with its cascade band's low edge set to each of several values, every
 * other part of the model file as it is (calibration, holds, rule layers, the OLID head's band cut kept where it was),
 * and per comment of each input the served scores (the product's batch path, rule layers included) and whether the
 * served labels' band encodes it; with a split file also the evaluator's figures (every data set of the split).
 * Embeddings from a cache of `train abuse --embeddings` (added to when missing), so the scores are the encoder's.
 * A LOW with the suffix ":noraise" scores with the model file's encoder raise off (its output folder is named so), and
 * every row also carries "raise", the raise's own logit on the comment's embedding (null outside the band): with both
 * runs the raise can be re-gated offline.
 * Usage: BandScores MODEL.zip CACHE_DIR OUT_DIR LOW[,LOW...]|open[:noraise] name=FILE.jsonl... [eval:name=SPLIT.jsonl...]
 */
public final class BandScores {
    private static final double OPEN = 1e9;

    public static void main(String[] a) throws Exception {
        AbuseClassifier m0 = AbuseEvaluator.withEmbeddings(AbuseClassifier.load(ModelArchive.read(Path.of(a[0]))),
                Path.of(a[1]), System.err);
        Path out = Path.of(a[2]);
        SentenceHeads sh0 = m0.sentenceHeads();
        SentenceHeads.Settings s = sh0.settings();
        ObjectMapper om = new ObjectMapper();
        for (String lowSpec : a[3].split(",")) {
            boolean noRaise = lowSpec.endsWith(":noraise");
            String lowText = noRaise ? lowSpec.substring(0, lowSpec.length() - 8) : lowSpec;
            double low = lowText.equals("open") ? -OPEN : Double.parseDouble(lowText);
            // the OLID head's weight (--offensive-band) kept at the same cut: log w + riskA z + riskB >= low
            double[] w = s.riskWeight().clone();
            for (int h = 6; h < w.length; h++) {
                if (w[h] > 0 && low > -OPEN) {
                    w[h] = w[h] * Math.exp(low - s.bandLow());
                }
            }
            SentenceHeads sh = sh0.with(low <= -OPEN ? s.always() : s.withBand(low, s.bandHigh(), s.riskA(),
                    s.riskB(), w));
            AbuseClassifier m = m0.withSentenceHeads(sh);
            AbuseSpec.EncoderRaise raise = m0.spec().encoderRaise();
            if (noRaise) {
                m = m.withSpec(m.spec().withEncoderRaise(null));
            }
            Path dir = out.resolve(lowSpec.replace(':', '-'));
            Files.createDirectories(dir);
            for (int k = 4; k < a.length; k++) {
                boolean eval = a[k].startsWith("eval:");
                String spec = eval ? a[k].substring(5) : a[k];
                String name = spec.substring(0, spec.indexOf('='));
                Path file = Path.of(spec.substring(spec.indexOf('=') + 1));
                if (eval) {
                    try (PrintStream p = new PrintStream(Files.newOutputStream(dir.resolve(name + ".eval.jsonl")),
                            false, StandardCharsets.UTF_8)) {
                        for (var r : AbuseEvaluator.evaluate(m, AbuseFormat.SPLIT, file, null)) {
                            p.println(r.jsonLine());
                        }
                    }
                    System.err.printf("low %s %s evaluated%n", lowText, name);
                    continue;
                }
                List<JsonNode> rows = new ArrayList<>();
                try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    for (String l; (l = r.readLine()) != null; ) {
                        if (!l.isBlank()) rows.add(om.readTree(l));
                    }
                }
                List<String> texts = rows.stream().map(n -> n.get("text").asText()).toList();
                List<AbuseScores> scored = m.scoreAll(texts);
                long encoded = 0;
                try (PrintStream p = new PrintStream(Files.newOutputStream(dir.resolve(name + ".jsonl")), false,
                        StandardCharsets.UTF_8)) {
                    for (int i = 0; i < rows.size(); i++) {
                        String text = m.folded(texts.get(i));
                        HashedNgrams.Features f = m.features(text);
                        boolean band = false;
                        if (f.ids().length > 0) {
                            double[] z = m.logits(f);
                            if (m.vectorHeads() != null) {
                                m.vectorHeads().addTo(text, f, z);
                            }
                            sh.addEstimate(z);
                            band = sh.runsFor(z, new boolean[]{true, true, true, true, true, true, false, false,
                                    false, false, false});
                        }
                        encoded += band ? 1 : 0;
                        Double raiseLogit = null;
                        if (band && raise != null) {
                            float[] v = sh.encode(List.of(text))[0];
                            raiseLogit = SentenceHeads.own(raise.weights(), v, s.mean(), s.scale());
                        }
                        Map<String, Object> o = new LinkedHashMap<>();
                        o.put("id", rows.get(i).get("id").asText());
                        o.put("scores", scored.get(i).scores());
                        o.put("band", band);
                        o.put("raise", raiseLogit);
                        p.println(om.writeValueAsString(o));
                    }
                }
                System.err.printf("low %s %s: %d rows, served band %d (%.1f %%)%n", lowText, name, rows.size(),
                        encoded, 100.0 * encoded / rows.size());
            }
        }
    }
}
