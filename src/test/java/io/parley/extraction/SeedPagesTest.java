package io.parley.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The five seed pages are the acceptance cases: output must equal the hand-written gold exactly. */
class SeedPagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static PageExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = PageExtractors.standard();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_edc440e1ab4e7119", "001_aa533c3f44658142", "002_01127437180df8e4",
            "003_9a3295af6732858c", "004_72e78a6f65c98bb3"})
    void seedPageMatchesHandWrittenGold(String seed) throws IOException {
        String page;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("seeds/" + seed + ".txt")) {
            assertThat(in).as("seed copy on the classpath").isNotNull();
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonNode gold = JSON.readTree(Files.readString(Path.of("training-data/extraction/seeds/" + seed + ".json")));

        ExtractedPage out = extractor.extract(page, PageFormat.AUTO);
        JsonNode actual = JSON.valueToTree(out.withoutBoilerplate());

        assertThat(actual.get("article")).isEqualTo(gold.get("article"));
        assertThat(actual.get("comments")).isEqualTo(gold.get("comments"));
    }
}
