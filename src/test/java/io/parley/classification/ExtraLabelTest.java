package io.parley.classification;

import io.parley.classification.abuse.AbuseClassifier;
import io.parley.classification.abuse.AbuseScores;
import io.parley.classification.abuse.training.AbuseTrainer;
import io.parley.model.ModelArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A label the code has never heard of: a quick model ({@code train abuse --quick}) trained on the repo's quick sample
 * plus a tiny sample labelled {@code spam} (training-data/abuse/spam-sample.jsonl) serves spam beside the six
 * standard labels, through the same seam the pipeline calls, with no code naming it.
 */
class ExtraLabelTest {

    @TempDir
    static Path dir;
    static Path models;

    @BeforeAll
    static void train() throws Exception {
        models = trainSpamModels(dir);
    }

    /**
     * A models directory under {@code dir} whose abuse model serves the six standard labels plus {@code spam}; the
     * stance and extraction models are the committed ones. Used by {@link ExtraLabelPipelineTest} too.
     */
    static Path trainSpamModels(Path dir) throws Exception {
        Path repo = Path.of(System.getenv().getOrDefault("PARLEY_REPO_DIR", "."));
        Path sample = dir.resolve("sample.jsonl");
        Files.write(sample, Files.readAllBytes(repo.resolve("training-data/abuse/quick-sample.jsonl")));
        Files.write(sample, Files.readAllBytes(repo.resolve("training-data/abuse/spam-sample.jsonl")),
                java.nio.file.StandardOpenOption.APPEND);
        Path out = dir.resolve("models");
        AbuseTrainer.train(new AbuseTrainer.Options(null, null, sample, out.resolve("abuse/abuse.zip"), 42L, true,
                1 << 12, true, null), new PrintStream(new ByteArrayOutputStream()));
        for (String file : List.of("stance/stance.zip", "extraction/extraction.zip", "extraction/text-lines.zip")) {
            try (InputStream in = ExtraLabelTest.class.getClassLoader().getResourceAsStream("models/" + file)) {
                if (in != null) {
                    Files.createDirectories(out.resolve(file).getParent());
                    Files.write(out.resolve(file), in.readAllBytes());
                }
            }
        }
        return out;
    }

    @Test
    void theModelFileNamesTheExtraLabelAndScoresIt() {
        AbuseClassifier model = AbuseClassifier.load(ModelArchive.read(models.resolve("abuse/abuse.zip")));

        assertThat(model.labels()).containsExactly(new AbuseLabel("toxicity", "toxicity"),
                new AbuseLabel("severe_toxicity", "severe toxicity"), new AbuseLabel("insult", "insult"),
                new AbuseLabel("threat", "threat"), new AbuseLabel("obscene", "obscene"),
                new AbuseLabel("identity_attack", "identity attack"), new AbuseLabel("spam", "spam"));
        AbuseScores spam = model.score("Buy cheap watches now, free shipping, click here to order today");
        AbuseScores ham = model.score("The library reopens on Monday after the repairs to the roof.");
        assertThat(spam.scores().keySet()).containsExactly("toxicity", "severe_toxicity", "insult", "threat",
                "obscene", "identity_attack", "spam");
        assertThat(spam.score("spam")).isGreaterThan(ham.score("spam") + 0.3);
        assertThat(spam.toxicity()).isLessThan(0.5);
    }

    @Test
    void theServiceSeamServesTheModelsLabels() {
        try (AnnotationConfigApplicationContext ctx = new AnnotationConfigApplicationContext()) {
            ctx.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test",
                    Map.of("parley.models.dir", models.toString())));
            ctx.scan("io.parley.classification");
            ctx.refresh();
            CommentClassifier classifier = ctx.getBean(CommentClassifier.class);

            assertThat(classifier.labels()).extracting(AbuseLabel::name).endsWith("spam").hasSize(7);
            List<CommentClassification> out = classifier.classify(List.of(
                    new CommentContext("Click here to win a free prize, limited offer, visit now", null, "en", null,
                            List.of())));
            assertThat(out.get(0).scores()).containsKey("spam").hasSize(7);
            assertThat(out.get(0).scores().get("spam")).isGreaterThan(0.5);
        }
    }
}
