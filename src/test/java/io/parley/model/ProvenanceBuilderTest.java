package io.parley.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProvenanceBuilderTest {

    @TempDir
    Path dir;

    @Test
    void recordsDataHashesParamsInOrderSeedAndCommit() throws Exception {
        Path data = Files.writeString(dir.resolve("rows.csv"), "abc", StandardCharsets.UTF_8);
        Provenance p = ProvenanceBuilder.of("abuse", "test-model").seed(7).param("b", 2).param("a", 1)
                .data("training-data/rows.csv", data).licences(List.of("own")).seconds(1.234).build();

        // sha256("abc"), the FIPS 180-2 test vector
        assertThat(p.data()).containsExactly(java.util.Map.entry("training-data/rows.csv",
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        assertThat(p.params().keySet()).containsExactly("b", "a");
        assertThat(p.seed()).isEqualTo(7);
        assertThat(p.trainingSeconds()).isEqualTo(1.2);
        assertThat(p.codeCommit()).matches("[0-9a-f]{40}(\\+dirty)?|unknown");
        assertThat(p.version()).matches("\\d{8}");
    }

    @Test
    void aDateVersionNamesTheDayAndTheContent() {
        ProvenanceBuilder b = ProvenanceBuilder.of("abuse", "m");
        String one = b.dateVersion("one".getBytes(StandardCharsets.UTF_8));
        String two = b.dateVersion("two".getBytes(StandardCharsets.UTF_8));
        assertThat(one).matches(b.day() + "-[0-9a-f]{8}").isNotEqualTo(two);
        assertThat(b.version(one).build().version()).isEqualTo(one);
    }

    @Test
    void anUnpackedDataFolderIsNamedAsSuch() {
        assertThat(ProvenanceBuilder.sha256(dir)).startsWith("directory");
    }
}
