package io.parley.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.classification.abuse.AbuseClassifier;
import io.parley.classification.abuse.AbuseScores;
import io.parley.classification.abuse.ScoredSpan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Score comments: JSONL in ({\"id\":..., \"text\":...} per line), JSONL out, in input order.",
                "Each output line: {id (or line, for input without one), model, version, scores:{toxicity,",
                "severe_toxicity, insult, threat, obscene, identity_attack}, spans:[{label, start, end, weight}]}",
                "(offsets are UTF-16 indices into text).",
                "A line that is not valid UTF-8, or not a JSON object with a non-blank string 'text', gives {id?, line, error}",
                "and exit code 1; the other lines are still scored. Input that is not UTF-8 text at all (binary, UTF-16,",
                "another charset) is refused before anything is scored, with exit code 1."},
        footer = {"", "Examples:", "  parley classify comments.jsonl > scores.jsonl",
                "  echo '{\"id\":1,\"text\":\"you are a wormy little troll\"}' | parley classify -"})
final class ClassifyCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", defaultValue = "-", description = "JSONL file, or - for stdin (default)")
    String input;

    @Option(names = "--model", description = "model file (default: --models-dir, else the jar's copy)")
    Path model;

    @Option(names = "--models-dir", description = "models folder holding abuse/abuse.zip (default: the jar's copy)",
            defaultValue = "${sys:parley.models.dir:-}")
    String modelsDir;

    @Option(names = "--fast", description = "n-gram model only: never run the sentence encoder (every comment is "
            + "scored as the cascade scores those outside its band; same scale, for bulk work)")
    boolean fast;

    @Option(names = "--batch-size", defaultValue = "2048", description = "comments scored together (default: ${DEFAULT-VALUE})")
    int batchSize;

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Line(int number, JsonNode id, String text, String error) {
    }

    @Override
    public Integer call() throws IOException {
        CliLogging.toStderr();
        if (batchSize < 1) {
            throw new UsageProblem("--batch-size must be positive");
        }
        InputStream in;
        if (input.equals("-")) {
            in = System.in;
        } else {
            Path file = Path.of(input);
            if (Files.isDirectory(file)) {
                throw new UsageProblem(input + " is a directory; classify reads one JSONL file (or - for stdin)");
            }
            // a pipe (parley classify <(zcat comments.jsonl.gz)) is read like a file
            String problem = InputFiles.problem(file);
            if (problem != null) {
                throw new UsageProblem(problem.equals("does not exist") ? "no such input file: " + input
                        : input + " " + problem);
            }
            in = Files.newInputStream(file);
        }
        // Before the model loads: a binary file would otherwise be read as thousands of bad "lines"
        try {
            in = Utf8Lines.requireText(in, input.equals("-") ? "stdin" : input);
        } catch (Utf8Lines.NotText e) {
            throw e;
        } catch (IOException e) {
            // a file that opens but fails to read (a disk or network error) said only "Input/output error"
            throw new IOException("cannot read " + (input.equals("-") ? "stdin" : input) + ": " + ParleyCli.reason(e), e);
        }
        AbuseClassifier classifier = Models.load(AbuseClassifier.FILE, model, modelsDir);
        if (fast) {
            classifier = classifier.fast();
        }
        long started = System.nanoTime();
        long done = 0;
        long bad = 0;
        try (InputStream source = in;
             Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            Utf8Lines lines = new Utf8Lines(source);
            List<Line> batch = new ArrayList<>(batchSize);
            int number = 0;
            Utf8Lines.Line raw;
            while (true) {
                raw = lines.next();
                if (raw != null) {
                    number++;
                    if (!raw.valid()) {
                        batch.add(new Line(number, null, null, "not valid UTF-8"));
                    } else if (!raw.text().isBlank()) {
                        batch.add(parse(number, raw.text()));
                    }
                }
                if (batch.size() >= batchSize || (raw == null && !batch.isEmpty())) {
                    int badHere = flush(batch, classifier, out);
                    bad += badHere;
                    done += batch.size() - badHere;
                    batch.clear();
                    double secs = (System.nanoTime() - started) / 1e9;
                    System.err.printf("\rclassified %d comments, %.0f/s   ", done, done / Math.max(secs, 1e-9));
                }
                if (raw == null) {
                    break;
                }
            }
        }
        double secs = (System.nanoTime() - started) / 1e9;
        System.err.printf("%nclassified %d comments in %.2fs (%.0f comments/s)%n", done, secs, done / Math.max(secs, 1e-9));
        long[] use = classifier.encoderUse();
        if (classifier.hasEncoder() && use[0] > 0) {
            System.err.printf("sentence encoder ran on %d of %d comments (%.1f %%: the model's cascade band)%n", use[1],
                    use[0], 100.0 * use[1] / use[0]);
        }
        if (bad > 0) {
            System.err.printf("%d line(s) could not be scored: see the records with an 'error' field%n", bad);
        }
        return bad > 0 ? 1 : 0;
    }

    private static Line parse(int number, String raw) {
        try {
            JsonNode n = JSON.readTree(raw);
            if (n == null || !n.isObject()) {
                return new Line(number, null, null, "not a JSON object");
            }
            JsonNode text = n.get("text");
            if (text == null || text.isNull()) {
                return new Line(number, n.get("id"), null, "missing string field 'text'");
            }
            if (!text.isTextual()) {
                // {"text": 5} was "missing", though the field is there: the value is what is wrong
                return new Line(number, n.get("id"), null, "field 'text' must be a string, not " + text.getNodeType()
                        .name().toLowerCase(java.util.Locale.ROOT));
            }
            if (text.asText().isBlank()) {
                // was scored as all zeros, read as "clean", where POST /classify refuses it: nothing to score
                return new Line(number, n.get("id"), null, "field 'text' must not be "
                        + (text.asText().isEmpty() ? "empty" : "blank (only whitespace)"));
            }
            return new Line(number, n.get("id"), text.asText(), null);
        } catch (JsonProcessingException e) {
            return new Line(number, null, null, "invalid JSON: " + e.getOriginalMessage());
        }
    }

    /** Scores one batch and writes it in input order; returns how many of its lines were bad. */
    private static int flush(List<Line> batch, AbuseClassifier classifier, Writer out) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Line l : batch) {
            if (l.error() == null) {
                texts.add(l.text());
            }
        }
        List<AbuseScores> scores = classifier.scoreAll(texts);
        int bad = 0;
        int next = 0;
        StringWriter buf = new StringWriter(batch.size() * 200);
        try (JsonGenerator g = JSON.getFactory().createGenerator(buf)) {
            g.setRootValueSeparator(null);
            for (Line l : batch) {
                g.writeStartObject();
                if (l.id() != null) {
                    g.writeFieldName("id");
                    g.writeTree(l.id());
                } else if (l.error() == null) {
                    // blank lines give no record, so without an id only the line number says whose scores these are
                    g.writeNumberField("line", l.number());
                }
                if (l.error() != null) {
                    bad++;
                    g.writeNumberField("line", l.number());
                    g.writeStringField("error", l.error());
                } else {
                    AbuseScores s = scores.get(next++);
                    g.writeStringField("model", classifier.modelName());
                    g.writeStringField("version", classifier.modelVersion());
                    g.writeObjectFieldStart("scores");
                    for (Map.Entry<String, Double> e : s.scores().entrySet()) {
                        g.writeNumberField(e.getKey(), Math.round(e.getValue() * 1e4) / 1e4);
                    }
                    g.writeEndObject();
                    g.writeArrayFieldStart("spans");
                    for (ScoredSpan sp : s.spans()) {
                        g.writeStartObject();
                        g.writeStringField("label", sp.label());
                        g.writeNumberField("start", sp.start());
                        g.writeNumberField("end", sp.end());
                        g.writeNumberField("weight", Math.round(sp.weight() * 1e4) / 1e4);
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
                g.flush();
                buf.write('\n');
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.write(buf.toString());
        return bad;
    }
}
