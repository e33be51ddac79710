package io.parley.classification.abuse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.classification.text.SentenceEncoder;
import io.parley.model.ModelArchive;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Token-cap variants at serve time (issue 20, helper abuse13): for every text of IN longer than the served cap (128
 * tokens, prefix included), the sentence heads' logits with the same served heads on the embedding of a longer cap
 * (head + tail as served). Usage: CapLogits MODEL.zip IN.jsonl OUT.jsonl CAP... ; one line per long text:
 * {"id", "tokens", "e<CAP>": [...]}. The heads were trained on 128-token embeddings, so this measures what a longer
 * input gives those heads, not heads trained on longer inputs.
 */
public final class CapLogits {
    public static void main(String[] a) throws Exception {
        AbuseClassifier m = AbuseClassifier.load(ModelArchive.read(Path.of(a[0])));
        SentenceHeads sh = m.sentenceHeads();
        SentenceEncoder served = sh.encoder();
        int cut = served.spec().maxTokens() - 2;
        ObjectMapper om = new ObjectMapper();
        SentenceEncoder[] enc = new SentenceEncoder[a.length - 3];
        for (int c = 3; c < a.length; c++) {
            enc[c - 3] = SentenceEncoder.load(served.spec().withMaxTokens(Integer.parseInt(a[c])), served.settings());
        }
        int n = 0;
        try (BufferedReader r = Files.newBufferedReader(Path.of(a[1]), StandardCharsets.UTF_8);
             PrintStream out = new PrintStream(Files.newOutputStream(Path.of(a[2])), false, StandardCharsets.UTF_8)) {
            for (String l; (l = r.readLine()) != null; ) {
                if (l.isBlank()) continue;
                JsonNode row = om.readTree(l);
                String text = row.get("text").asText();
                int tokens = served.tokenCount(text);
                if (tokens <= cut) continue;
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("id", row.get("id"));
                o.put("tokens", tokens);
                o.put("e128", sh.logits(served.encode(text)));
                for (int c = 3; c < a.length; c++) {
                    o.put("e" + a[c], sh.logits(enc[c - 3].encode(text)));
                }
                out.println(om.writeValueAsString(o));
                if (++n % 50 == 0) System.err.println(n + " long texts");
            }
        }
    }
}
