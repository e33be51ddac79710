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
import java.util.stream.IntStream;

/**
 * Bench tool of the calibration study (issue 19; not part of the product, compiled by bench/abuse/logits against
 * target/parley.jar; it reads package-private API, so it lives in the package it reads and moves with it): per comment the raw n-gram logits of all 11 heads
 * (served table, stacking included), the vector network's own logits (before beta), the served probabilities,
 * the toxicity span tagger's token probabilities (fed the served calibrated toxicity, gate ignored), and with
 * --explain the per-token evidence of every head.
 * Usage: Logits MODEL.zip IN.jsonl OUT.jsonl [--explain]
 */
public final class Logits {
    public static void main(String[] a) throws Exception {
        AbuseClassifier m = AbuseClassifier.load(ModelArchive.read(Path.of(a[0])));
        boolean explain = a.length > 3 && a[3].equals("--explain");
        ObjectMapper om = new ObjectMapper();
        List<JsonNode> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(Path.of(a[1]), StandardCharsets.UTF_8)) {
            for (String l; (l = r.readLine()) != null; ) {
                if (!l.isBlank()) rows.add(om.readTree(l));
            }
        }
        String[] out = new String[rows.size()];
        IntStream.range(0, rows.size()).parallel().forEach(i -> {
            try {
                String text = rows.get(i).get("text").asText();
                HashedNgrams.Features f = m.features(text);
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("id", rows.get(i).get("id"));
                double[] ng = m.logits(f);
                double[] vh = m.vectorHeads() == null ? new double[Heads.K] : m.vectorHeads().logits(text, f);
                o.put("ng", ng);
                o.put("vh", vh);
                o.put("empty", f.ids().length == 0);
                double[] p = m.probabilities(text, f);
                o.put("p", Arrays.copyOf(p, Heads.K));
                if (m.tagger() != null && f.ids().length > 0) {
                    double[] tp = m.tagger().probabilities(m, text, f, p[0]);
                    List<Object> toks = new ArrayList<>();
                    for (int t = 0; t < f.tokens(); t++) {
                        toks.add(List.of(f.tokenStart()[t], f.tokenStop()[t], Double.isNaN(tp[t]) ? -1.0 : tp[t]));
                    }
                    o.put("tagger", toks);
                }
                if (explain && f.ids().length > 0) {
                    List<Object> ev = new ArrayList<>();
                    for (int h = 0; h < Heads.K; h++) ev.add(m.tokenScores(f, h));
                    o.put("evidence", ev);
                    List<String> words = new ArrayList<>();
                    for (int t = 0; t < f.tokens(); t++) words.add(text.substring(f.tokenStart()[t], f.tokenStop()[t]));
                    o.put("tokens", words);
                }
                out[i] = om.writeValueAsString(o);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        try (PrintStream ps = new PrintStream(Files.newOutputStream(Path.of(a[2])), false, StandardCharsets.UTF_8)) {
            for (String s : out) ps.println(s);
        }
        System.err.println("probed " + out.length);
    }
}
