package io.parley.classification.abuse;

import io.parley.model.ModelCorrupt;
import io.parley.model.ModelNotFound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AbuseConfigurationTest {

    @TempDir
    Path dir;

    private static AnnotationConfigApplicationContext context(String modelsDir) {
        AnnotationConfigApplicationContext ctx = new AnnotationConfigApplicationContext();
        ctx.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("parley.models.dir", modelsDir)));
        ctx.register(AbuseConfiguration.class);
        ctx.refresh();
        return ctx;
    }

    @Test
    void blankModelsDirLoadsTheCommittedModelFromTheClasspath() {
        try (AnnotationConfigApplicationContext ctx = context("")) {
            AbuseClassifier c = ctx.getBean(AbuseClassifier.class);
            assertThat(c.modelName()).isEqualTo("parley-abuse-linear");
            assertThat(c.modelVersion()).isNotBlank();
        }
    }

    @Test
    void missingModelStopsStartupWithModelNotFound() {
        assertThatThrownBy(() -> context(dir.toString()))
                .hasRootCauseInstanceOf(ModelNotFound.class)
                .rootCause().hasMessageContaining("abuse.zip");
    }

    @Test
    void corruptModelStopsStartupWithModelCorrupt() throws Exception {
        Files.createDirectories(dir.resolve("abuse"));
        Files.writeString(dir.resolve("abuse/abuse.zip"), "not a zip at all");
        assertThatThrownBy(() -> context(dir.toString())).hasRootCauseInstanceOf(ModelCorrupt.class);
    }
}
