package io.parley.extraction;

import io.parley.model.ModelArchive;
import io.parley.model.ModelCorrupt;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The learned labeller for paragraphs of plain-text dumps (article / comment / boilerplate), where the
 * rules of {@link TextExtractor} have no cue: it sees only the text (length, punctuation, capitals, first
 * and last words, repetition, position) and its neighbours, since a dump has no markup.
 */
final class LineModel {
    static final String STAGE_ONE = "lines-stage1.maxent";
    static final String STAGE_TWO = "lines-stage2.maxent";

    /**
     * @param version       feature meaning version
     * @param window        neighbours on each side that contribute their shape
     * @param labels        outcome names
     * @param dropThreshold a paragraph is dropped as boilerplate only at or above this probability (chosen on validation)
     */
    record Spec(int version, int window, List<String> labels, double dropThreshold) {
        static Spec defaults(double dropThreshold) {
            return new Spec(1, 2, List.of(BlockFeatures.ARTICLE, BlockFeatures.COMMENT, BlockFeatures.BOILERPLATE), dropThreshold);
        }
    }

    private static final Pattern DATE_LIKE = Pattern.compile(
            "(?i)\\b(\\d{1,2}:\\d{2}|\\d{4}-\\d{2}-\\d{2}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2}|\\d+ (minutes?|hours?|days?|weeks?|months?|years?) ago)\\b");

    private final Spec spec;
    private final MaxentModel first;
    private final MaxentModel second;

    LineModel(Spec spec, MaxentModel first, MaxentModel second) {
        this.spec = spec;
        this.first = first;
        this.second = second;
    }

    static LineModel from(ModelArchive archive) {
        Spec spec = archive.spec(Spec.class);
        if (spec.version() != 1 || spec.labels() == null || spec.labels().size() != 3) {
            throw new ModelCorrupt(archive.location(), "text-line spec version " + spec.version() + " is not supported");
        }
        return new LineModel(spec, read(archive, STAGE_ONE), read(archive, STAGE_TWO));
    }

    private static MaxentModel read(ModelArchive archive, String entry) {
        try {
            return new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(archive.entry(entry)))).getModel();
        } catch (IOException | RuntimeException e) {
            throw new ModelCorrupt(archive.location(), "cannot read " + entry + " (" + e.getMessage() + ")");
        }
    }

    Spec spec() {
        return spec;
    }

    LineModel withThreshold(double dropThreshold) {
        return new LineModel(new Spec(spec.version(), spec.window(), spec.labels(), dropThreshold), first, second);
    }

    /** Per paragraph: probabilities of article, comment and boilerplate, in that order. */
    double[][] probabilities(List<String> paragraphs) {
        List<String[]> one = contexts(paragraphs, spec.window());
        List<String> labels = BlockModel.best(first, one);
        List<String[]> two = stageTwo(one, labels, spec);
        double[][] out = new double[paragraphs.size()][];
        int a = second.getIndex(BlockFeatures.ARTICLE);
        int c = second.getIndex(BlockFeatures.COMMENT);
        int b = second.getIndex(BlockFeatures.BOILERPLATE);
        for (int i = 0; i < out.length; i++) {
            double[] p = second.eval(two.get(i));
            out[i] = new double[]{p[a], p[c], p[b]};
        }
        return out;
    }

    static List<String[]> stageTwo(List<String[]> one, List<String> labels, Spec spec) {
        BlockFeatures.Spec s = new BlockFeatures.Spec(1, 0, spec.window(), spec.labels(), 2);
        return new BlockFeatures(s).stageTwo(one, labels);
    }

    static List<String[]> contexts(List<String> paragraphs, int window) {
        int n = paragraphs.size();
        Map<String, Integer> counts = new HashMap<>();
        for (String p : paragraphs) {
            counts.merge(p, 1, Integer::sum);
        }
        int[] prefix = new int[n + 1];
        List<List<String>> shapes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String p = paragraphs.get(i);
            prefix[i + 1] = prefix[i] + Texts.wordCount(p);
            shapes.add(shape(p));
        }
        List<String[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String p = paragraphs.get(i);
            List<String> f = new ArrayList<>(shapes.get(i));
            f.add("bias");
            int words = prefix[i + 1] - prefix[i];
            f.add("chars=" + bucket(p.length()));
            f.add("caps=" + capitalRatio(p));
            f.add("pos=" + (n <= 1 ? 0 : (10 * i) / n));
            if (counts.get(p) > 1) {
                f.add("dup");
            }
            if (p.indexOf(" | ") >= 0 || p.indexOf('\u00bb') >= 0 || p.indexOf('\u203a') >= 0 || p.indexOf(" \u00b7 ") >= 0) {
                f.add("sep");
            }
            if (hasDigit(p) && DATE_LIKE.matcher(p.length() > 200 ? p.substring(0, 200) : p).find()) {
                f.add("date");
            }
            if (words <= 6) {
                List<String> w = Texts.words(p);
                if (!w.isEmpty()) {
                    f.add("first=" + w.get(0));
                    f.add("last=" + w.get(w.size() - 1));
                }
            } else {
                List<String> w = Texts.words(p.length() > 60 ? p.substring(0, 60) : p);
                if (!w.isEmpty()) {
                    f.add("lfirst=" + w.get(0));
                }
            }
            for (int d = 1; d <= window; d++) {
                for (String s : (i - d >= 0 ? shapes.get(i - d) : List.of("none"))) {
                    f.add("p" + d + ":" + s);
                }
                for (String s : (i + d < n ? shapes.get(i + d) : List.of("none"))) {
                    f.add("n" + d + ":" + s);
                }
            }
            int lo = Math.max(0, i - 3), hi = Math.min(n, i + 4);
            f.add("win=" + bucket(prefix[hi] - prefix[lo]));
            f.add("before=" + bucket(prefix[i]));
            f.add("after=" + bucket(prefix[n] - prefix[i + 1]));
            out.add(f.toArray(String[]::new));
        }
        return out;
    }

    private static List<String> shape(String p) {
        List<String> s = new ArrayList<>(3);
        s.add("w=" + bucket(Texts.wordCount(p)));
        char last = p.isEmpty() ? ' ' : p.charAt(p.length() - 1);
        s.add("end=" + (".!?".indexOf(last) >= 0 ? "stop" : "\"\u201d'\u2019)".indexOf(last) >= 0 ? "quote"
                : last == ':' ? "colon" : Character.isDigit(last) ? "digit" : "none"));
        char first = p.isEmpty() ? ' ' : p.charAt(0);
        s.add("start=" + (Character.isUpperCase(first) ? "upper" : Character.isLowerCase(first) ? "lower"
                : Character.isDigit(first) ? "digit" : "other"));
        return s;
    }

    private static int capitalRatio(String p) {
        List<String> words = Texts.words(p.length() > 300 ? p.substring(0, 300) : p);
        if (words.isEmpty()) {
            return 0;
        }
        int caps = 0;
        int at = 0;
        String lower = p.toLowerCase(Locale.ROOT);
        for (String w : words) {
            int i = lower.indexOf(w, at);
            if (i >= 0) {
                if (Character.isUpperCase(p.charAt(i))) {
                    caps++;
                }
                at = i + w.length();
            }
        }
        return (int) Math.round(4.0 * caps / words.size());
    }

    private static boolean hasDigit(String s) {
        for (int i = 0, n = Math.min(200, s.length()); i < n; i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int bucket(int n) {
        return n <= 0 ? 0 : Math.min(14, 1 + (int) (Math.log(n) / Math.log(2)));
    }
}
