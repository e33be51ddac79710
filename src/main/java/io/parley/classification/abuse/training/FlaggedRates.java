package io.parley.classification.abuse.training;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.classification.AbuseLabel;
import io.parley.classification.abuse.AbuseClassifier;
import io.parley.model.ModelArchive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a moderator sees at a new site's default settings (issue 19): per group of comments, the share flagged (held or
 * rejected: some label at or over its default hold) and the share rejected outright, at the thresholds the model file
 * states ({@link AbuseLabel#defaultHold}). Civil groups should be flagged rarely, abusive ones mostly.
 */
public final class FlaggedRates {

    /**
     * Defaults of models written before their files stated them (site.SiteSettings' constants of that time), so that
     * an old model can be measured the same way.
     */
    static final Map<String, double[]> LEGACY = Map.of("toxicity", new double[]{0.5, 0.95},
            "severe_toxicity", new double[]{0.4, 0.9}, "insult", new double[]{0.5, 0.95},
            "threat", new double[]{0.4, 0.9}, "obscene", new double[]{0.6, 0.97},
            "identity_attack", new double[]{0.4, 0.9});

    /**
     * A group of comments: civil ones should be published, abusive ones flagged; {@code onLabel}, when set, also
     * counts the comments flagged on that label itself (threats on {@code threat}).
     */
    public record Group(String name, String kind, List<String> texts, String onLabel) {
        public Group(String name, String kind, List<String> texts) {
            this(name, kind, texts, null);
        }
    }

    /** One group's rates (shares in [0, 1]; onLabel null when the group names no label). */
    public record Rate(String group, String kind, int rows, double flagged, double rejected, Double onLabel) {
    }

    /** A comment the defaults flag, with its risk (largest severity x score) and the labels that fired. */
    public record Flagged(int index, double risk, List<String> labels) {
    }

    private final AbuseClassifier model;
    private final List<AbuseLabel> labels;
    private final double[] hold;
    private final double[] reject;

    public FlaggedRates(AbuseClassifier model) {
        this.model = model;
        this.labels = model.labels();
        hold = new double[labels.size()];
        reject = new double[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            AbuseLabel l = labels.get(i);
            double[] legacy = LEGACY.getOrDefault(l.name(), new double[]{0.5, 0.95});
            hold[i] = l.hasDefaults() ? l.defaultHold() : legacy[0];
            reject[i] = l.hasDefaults() ? l.defaultReject() : legacy[1];
        }
    }

    /** The hold thresholds these rates are measured at, by label. */
    public Map<String, Double> holds() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            m.put(labels.get(i).name(), hold[i]);
        }
        return m;
    }

    /** [comment][served label] calibrated scores. */
    public double[][] scores(List<String> texts) {
        return AbuseTrainer.servedProbabilities(model, labels, texts);
    }

    public Rate rate(Group g) {
        double[][] p = scores(g.texts());
        int flagged = 0, rejected = 0, on = 0;
        int onIndex = g.onLabel() == null ? -1
                : labels.stream().map(AbuseLabel::name).toList().indexOf(g.onLabel());
        for (double[] row : p) {
            boolean f = false, r = false;
            for (int j = 0; j < row.length; j++) {
                f |= row[j] >= hold[j];
                r |= row[j] >= reject[j];
            }
            flagged += f ? 1 : 0;
            rejected += r ? 1 : 0;
            on += onIndex >= 0 && p.length > 0 && row[onIndex] >= hold[onIndex] ? 1 : 0;
        }
        int n = Math.max(1, p.length);
        return new Rate(g.name(), g.kind(), p.length, flagged / (double) n, rejected / (double) n,
                onIndex < 0 ? null : on / (double) n);
    }

    /** The {@code top} flagged comments of {@code texts} with the highest risk, highest first. */
    public List<Flagged> mostFlagged(List<String> texts, int top) {
        double[][] p = scores(texts);
        List<Flagged> out = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            List<String> fired = new ArrayList<>();
            double risk = 0;
            for (int j = 0; j < p[i].length; j++) {
                risk = Math.max(risk, labels.get(j).weight() * p[i][j]);
                if (p[i][j] >= hold[j]) {
                    fired.add(labels.get(j).name());
                }
            }
            if (!fired.isEmpty()) {
                out.add(new Flagged(i, risk, fired));
            }
        }
        out.sort(Comparator.comparingDouble(Flagged::risk).reversed().thenComparingInt(Flagged::index));
        return out.subList(0, Math.min(top, out.size()));
    }

    /** Groups of the exported split's rows (train abuse --export-split): Jigsaw, Impermium and OLID, each both ways. */
    /**
     * The groups of a split file (JSONL as {@code train abuse --export-splits} writes it), read with the given model's
     * heads: the heads are the trainer's view of a model, so the reading stays in this package.
     *
     * @throws IllegalArgumentException when the file does not read as a split
     */
    public static List<Group> splitGroups(AbuseClassifier model, Path split) {
        List<AbuseDatasets.Example> rows = new AbuseDatasets.Reader(AbuseFormat.SPLIT, false,
                Heads.of(model.spec().heads())).read(split, null);
        return splitGroups("", rows);
    }

    public static List<Group> splitGroups(String prefix, List<AbuseDatasets.Example> rows) {
        List<Group> g = new ArrayList<>();
        g.add(new Group(prefix + "Jigsaw clean", "civil", texts(rows, e -> e.source() == AbuseFormat.JIGSAW && !anyServed(e))));
        g.add(new Group(prefix + "Jigsaw abusive", "abusive", texts(rows, e -> e.source() == AbuseFormat.JIGSAW && anyServed(e))));
        g.add(new Group(prefix + "Impermium non-insult", "civil", texts(rows, e -> e.source() == AbuseFormat.INSULTS
                && e.labels()[Heads.IMPERMIUM] == 0f)));
        g.add(new Group(prefix + "Impermium insult", "abusive", texts(rows, e -> e.source() == AbuseFormat.INSULTS
                && e.labels()[Heads.IMPERMIUM] == 1f)));
        g.add(new Group(prefix + "OLID NOT", "civil", texts(rows, e -> e.source() == AbuseFormat.OLID
                && e.labels()[Heads.OLID] == 0f)));
        g.add(new Group(prefix + "OLID OFF", "abusive", texts(rows, e -> e.source() == AbuseFormat.OLID
                && e.labels()[Heads.OLID] == 1f)));
        return g.stream().filter(x -> !x.texts().isEmpty()).toList();
    }

    private static boolean anyServed(AbuseDatasets.Example e) {
        for (int h = 0; h < Heads.PUBLIC.size(); h++) {
            if (e.labels()[h] == 1f) {
                return true;
            }
        }
        return false;
    }

    private static List<String> texts(List<AbuseDatasets.Example> rows,
                                      java.util.function.Predicate<AbuseDatasets.Example> keep) {
        return rows.stream().filter(keep).map(AbuseDatasets.Example::text).toList();
    }

    /** One row of the civility suite (training-data/abuse/civility-suite.jsonl). */
    public record SuiteRow(String id, String text, String group, String category, List<String> labels) {
    }

    /**
     * @throws IllegalArgumentException for a file that is no suite (a line that is no JSON object with a string
     *                                  {@code text} and {@code group}, or no UTF-8), naming the file and the line: such a
     *                                  line was a Jackson exception's text, and a row without a group silently counted
     *                                  nowhere
     */
    public static List<SuiteRow> readSuite(Path file) {
        try {
            List<SuiteRow> out = new ArrayList<>();
            int number = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = jsonLine(file, number, line, "text", "group");
                List<String> labels = new ArrayList<>();
                n.path("labels").forEach(x -> labels.add(x.asText()));
                out.add(new SuiteRow(n.path("id").asText(), n.path("text").asText(), n.path("group").asText(),
                        n.path("category").asText(), labels));
            }
            return out;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException(file + " is not UTF-8 text; a suite is JSONL, one {id, text, group, "
                    + "category, labels} a line");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line of a JSONL input: a JSON object with these string fields, else what is wrong, by file and line. */
    static JsonNode jsonLine(Path file, int number, String line, String... required) {
        JsonNode n;
        try {
            n = ModelArchive.json().readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " line " + number + " is not JSON (expected one object with "
                    + String.join(", ", required) + " a line)");
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException(file + " line " + number + " is not a JSON object (expected one with "
                    + String.join(", ", required) + ")");
        }
        for (String field : required) {
            if (!n.path(field).isTextual()) {
                throw new IllegalArgumentException(file + " line " + number + " has no string '" + field + "' (expected "
                        + String.join(", ", required) + ")");
            }
        }
        return n;
    }

    /** The suite's civil and abusive comments, and its threats (counted on {@code threat} as well). */
    public static List<Group> suiteGroups(List<SuiteRow> suite) {
        return List.of(
                new Group("suite civil", "civil", suite.stream().filter(r -> r.group().equals("civil")).map(SuiteRow::text).toList()),
                new Group("suite abusive", "abusive", suite.stream().filter(r -> r.group().equals("abusive")).map(SuiteRow::text).toList()),
                new Group("suite threats", "abusive", suite.stream().filter(r -> r.labels().contains("threat")).map(SuiteRow::text).toList(),
                        "threat"));
    }

    /** The civil stream: all of it, the civil comments of each half, the hand-labelled uncivil ones. */
    public static List<Group> streamGroups(String name, CivilStream s) {
        return List.of(new Group(name + " all", "stream", s.comments().stream().map(CivilStream.Comment::text).toList()),
                new Group(name + " civil (tune)", "civil", s.civil("tune")),
                new Group(name + " civil (check)", "civil", s.civil("check")),
                new Group(name + " uncivil (hand-labelled)", "abusive", s.uncivil()));
    }

    /** A markdown table of rates. */
    public static String table(List<Rate> rates) {
        StringBuilder sb = new StringBuilder("| group | kind | rows | flagged | rejected | on its label |\n|---|---|---:|---:|---:|---:|\n");
        for (Rate r : rates) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f %% | %.1f %% | %s |%n", r.group(), r.kind(),
                    r.rows(), r.flagged() * 100, r.rejected() * 100,
                    r.onLabel() == null ? "" : String.format(Locale.ROOT, "%.1f %%", r.onLabel() * 100)));
        }
        return sb.toString();
    }

    /** Every rate as a map for the JSON line. */
    public static Map<String, Object> json(List<Rate> rates) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Rate r : rates) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("rows", r.rows());
            x.put("flagged", Metrics.round(r.flagged()));
            x.put("rejected", Metrics.round(r.rejected()));
            if (r.onLabel() != null) {
                x.put("on_label", Metrics.round(r.onLabel()));
            }
            m.put(r.group(), x);
        }
        return m;
    }
}
