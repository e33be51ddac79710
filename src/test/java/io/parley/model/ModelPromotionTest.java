package io.parley.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ModelPromotionTest {

    @TempDir
    Path dir;

    private Path model(Path folder, String name) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("provenance.json"), name + " provenance");
        Files.writeString(folder.resolve("metrics.json"), name + " metrics");
        return Files.writeString(folder.resolve("abuse.zip"), name);
    }

    @Test
    void promotionKeepsTheReplacedModelWithItsSidecarsAndRollbackSwapsThemBack() throws Exception {
        Path target = model(dir.resolve("models/abuse"), "old");
        Path candidate = model(dir.resolve("models/abuse/candidates/v2"), "new");

        Path kept = ModelPromotion.promote(candidate, target, ModelPromotion.SIDECARS);

        assertThat(kept).isEqualTo(dir.resolve("models/abuse/previous/abuse.zip").toAbsolutePath());
        assertThat(target).hasContent("new");
        assertThat(target.resolveSibling("provenance.json")).hasContent("new provenance");
        assertThat(kept).hasContent("old");
        assertThat(kept.resolveSibling("metrics.json")).hasContent("old metrics");
        assertThat(candidate).hasContent("new");
        try (var left = Files.list(target.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".incoming"));
        }

        assertThat(ModelPromotion.rollback(target, ModelPromotion.SIDECARS)).isTrue();
        assertThat(target).hasContent("old");
        assertThat(target.resolveSibling("metrics.json")).hasContent("old metrics");
        assertThat(kept).hasContent("new");
        assertThat(kept.resolveSibling("provenance.json")).hasContent("new provenance");
    }

    @Test
    void aFirstPromotionHasNothingToKeepAndRollbackWithoutAPreviousChangesNothing() throws Exception {
        Path candidate = model(dir.resolve("candidates/v1"), "first");
        Path target = dir.resolve("models/abuse/abuse.zip");
        assertThat(ModelPromotion.rollback(target, ModelPromotion.SIDECARS)).isFalse();
        assertThat(ModelPromotion.promote(candidate, target, ModelPromotion.SIDECARS)).isNull();
        assertThat(target).hasContent("first");
        assertThat(ModelPromotion.rollback(target, ModelPromotion.SIDECARS)).isFalse();
        assertThat(target).hasContent("first");
    }
}
