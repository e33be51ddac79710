package io.parley.classification.text;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the sentence encoder uses this machine ({@code parley.encoder.*}).
 *
 * @param threads      Java threads that encode at once, each running ONNX Runtime with one intra-op thread (measured
 *                     2.4x faster on 2 cores than ONNX Runtime's own default pool); default 2
 * @param batchSize    texts per ONNX call. 1 by default, and the only value under which a text's vector is independent of
 *                     the other texts in its batch: the int8 model quantises activations with one scale per batch
 *                     tensor (DynamicQuantizeLinear), so a text padded beside others gets slightly other numbers
 * @param cacheEntries embeddings kept by text hash ({@link SentenceEncoder#encodeCached}: articles, parents, targets)
 */
@ConfigurationProperties("parley.encoder")
public record EncoderSettings(Integer threads, Integer batchSize, Integer cacheEntries) {

    public EncoderSettings {
        threads = threads == null ? 2 : threads;
        batchSize = batchSize == null ? 1 : batchSize;
        cacheEntries = cacheEntries == null ? 4096 : cacheEntries;
        if (threads < 1 || batchSize < 1 || cacheEntries < 0) {
            throw new IllegalArgumentException("parley.encoder: threads and batch-size must be >= 1, cache-entries >= 0");
        }
    }

    public static EncoderSettings defaults() {
        return new EncoderSettings(null, null, null);
    }

    public EncoderSettings withThreads(int n) {
        return new EncoderSettings(n, batchSize, cacheEntries);
    }

    public EncoderSettings withBatchSize(int n) {
        return new EncoderSettings(threads, n, cacheEntries);
    }
}
