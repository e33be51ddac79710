package io.parley.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.classification.AbuseLabel;
import io.parley.classification.LabelSpan;
import io.parley.classification.StanceOutcome;
import io.parley.classification.StoredClassification;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns stored classification JSON into what a moderator reads: label chips, highlighted spans,
 * stance badges. Text stays plain strings here; templates print it with th:text, so it is always escaped.
 */
final class Display {

    /** Chips below this score are noise; the top label is shown regardless. */
    static final double CHIP_MIN = 0.3;

    /** @param name the label's display name from the model file */
    record Chip(String label, String name, double score, String level) {
        public String css() {
            return "chip chip-" + label.replace('_', '-') + " chip-" + level;
        }

        public String text() {
            return name + " " + String.format(Locale.ROOT, "%.2f", score);
        }
    }

    /**
     * Display names by label name, from the served model; a stored label the model no longer has reads as its
     * name with spaces.
     */
    record LabelNames(Map<String, String> names) {
        static LabelNames of(List<AbuseLabel> labels) {
            Map<String, String> m = new LinkedHashMap<>();
            labels.forEach(l -> m.put(l.name(), l.displayName()));
            return new LabelNames(m);
        }

        String name(String label) {
            return names.getOrDefault(label, label.replace('_', ' '));
        }
    }

    /** A run of comment text; {@code label} is non-null when a span that drove a score covers it. */
    record Segment(String text, String label, Double weight) {
    }

    record Badge(String scope, String value) {
        public String text() {
            return scope + ": " + value;
        }

        public String css() {
            String v = value.toLowerCase(Locale.ROOT);
            String tone = Set.of("disagree", "deny", "against", "query").contains(v) ? "neg"
                    : Set.of("agree", "support", "favor", "comment").contains(v) ? "pos" : "neutral";
            return "badge badge-" + tone;
        }
    }

    record HeldReason(String rule, String label, Double score, Double threshold, String action, Integer settingsVersion) {
        public String text() {
            String author = author();
            if (author != null) {
                return (action == null ? "held" : action) + " by author rule: " + author
                        + (settingsVersion != null ? " (settings v" + settingsVersion + ")" : "");
            }
            StringBuilder sb = new StringBuilder(action == null ? "held" : action);
            sb.append(" by ").append(rule == null ? "rule" : rule);
            if (label != null) {
                sb.append(" ").append(label.replace('_', ' '));
            }
            if (score != null && threshold != null) {
                sb.append(String.format(Locale.ROOT, ": score %.2f ≥ threshold %.2f", score, threshold));
            }
            if (settingsVersion != null) {
                sb.append(" (settings v").append(settingsVersion).append(")");
            }
            return sb.toString();
        }

        /** The author rules say what fired in words; null for the rules on scores. */
        private String author() {
            if (rule == null) {
                return null;
            }
            return switch (rule) {
                case "author-suspended" -> "author suspended";
                case "new-author" -> score == null ? "new author (anonymous), the first " + n(threshold) + " comments are held"
                        : "new author, comment " + n(score) + " of the first " + n(threshold) + " held";
                case "recent-rejections" -> "recent rejections, " + n(score) + " rejected recently (holds from " + n(threshold) + ")";
                case "trusted-author" -> "trusted author, skipped the hold band"
                        + (score != null && threshold != null ? String.format(Locale.ROOT, " (score %.2f ≥ hold %.2f)", score, threshold) : "");
                case "first-comment" -> "first comment of the author";
                default -> null;
            };
        }

        private static String n(Double d) {
            return d == null ? "?" : String.valueOf(d.longValue());
        }
    }

    private Display() {
    }

    static List<Chip> chips(StoredClassification classification, int max, LabelNames names) {
        List<Chip> out = new ArrayList<>();
        if (classification == null) {
            return out;
        }
        classification.scores().forEach((label, s) -> {
            if (s != null) {
                out.add(new Chip(label, names.name(label), s, s >= 0.8 ? "high" : s >= 0.5 ? "mid" : "low"));
            }
        });
        out.sort(Comparator.comparingDouble(Chip::score).reversed());
        List<Chip> shown = new ArrayList<>();
        for (Chip c : out) {
            if (shown.size() < max && (shown.isEmpty() || c.score() >= CHIP_MIN)) {
                shown.add(c);
            }
        }
        return shown;
    }

    static List<Segment> segments(String text, StoredClassification classification) {
        List<Segment> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        List<LabelSpan> spans = new ArrayList<>();
        if (classification != null) {
            for (LabelSpan s : classification.spans()) {
                if (s.start() >= 0 && s.end() > s.start() && s.end() <= text.length()) {
                    spans.add(s);
                }
            }
        }
        spans.sort(Comparator.comparingInt(LabelSpan::start)); // stable: equal starts keep stored order
        int at = 0;
        for (LabelSpan s : spans) {
            if (s.start() < at) {
                continue; // overlapping spans: the earlier one wins, text is never duplicated
            }
            if (s.start() > at) {
                out.add(new Segment(text.substring(at, s.start()), null, null));
            }
            out.add(new Segment(text.substring(s.start(), s.end()), s.label() == null ? "span" : s.label(), s.weight()));
            at = s.end();
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), null, null));
        }
        return out;
    }

    static List<Badge> stance(StoredClassification classification) {
        List<Badge> out = new ArrayList<>();
        StanceOutcome st = classification == null ? null : classification.stance();
        if (st == null) {
            return out;
        }
        if (st.article() != null) {
            out.add(new Badge("article", st.article()));
        }
        if (st.parent() != null) {
            out.add(new Badge("parent", st.parent()));
        }
        if (st.targets() != null) {
            st.targets().forEach((target, value) -> {
                if (value != null && !"none".equals(value)) {
                    out.add(new Badge(target, value));
                }
            });
        }
        return out;
    }

    /**
     * The stance probability a queue sorted by {@code stance:view.label} is ordered by, as shown on each row.
     *
     * @param target for the target view, the target whose probability is highest (the one the order used); else null
     * @param p      null when the comment has no such probability (sorted last)
     */
    record SortValue(String view, String label, String target, Double p) {
        public String text() {
            String who = target != null ? target : view;
            return p == null ? who + " " + label + ": no score" : String.format(Locale.ROOT, "%s %s %.2f", who, label, p);
        }
    }

    /** What {@link #stanceSortValue} reads: the stored stance detail, a map per view of label to probability. */
    static SortValue stanceSortValue(StoredClassification classification, String sort) {
        if (sort == null || !sort.startsWith("stance:")) {
            return null;
        }
        String[] vl = sort.substring("stance:".length()).split("\\.", 2);
        if (vl.length != 2) {
            return null;
        }
        StanceOutcome st = classification == null ? null : classification.stance();
        Object detail = st == null ? null : st.detail();
        if (!(detail instanceof Map<?, ?> views)) {
            return new SortValue(vl[0], vl[1], null, null);
        }
        if (vl[0].equals("target")) {
            String best = null;
            Double bestP = null;
            if (views.get("targets") instanceof Map<?, ?> targets) {
                for (Map.Entry<?, ?> t : targets.entrySet()) {
                    Double p = t.getValue() instanceof Map<?, ?> probs ? number(probs.get(vl[1])) : null;
                    if (p != null && (bestP == null || p > bestP)) {
                        best = String.valueOf(t.getKey());
                        bestP = p;
                    }
                }
            }
            return new SortValue(vl[0], vl[1], best, bestP);
        }
        Double p = views.get(vl[0]) instanceof Map<?, ?> probs ? number(probs.get(vl[1])) : null;
        return new SortValue(vl[0], vl[1], null, p);
    }

    private static Double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : null;
    }

    static List<HeldReason> reasons(JsonNode reason) {
        List<HeldReason> out = new ArrayList<>();
        JsonNode arr = reason != null && reason.has("reasons") ? reason.get("reasons") : reason;
        if (arr == null || !arr.isArray()) {
            return out;
        }
        for (JsonNode r : arr) {
            out.add(new HeldReason(text(r, "rule"), text(r, "label"), num(r, "score"), num(r, "threshold"),
                    text(r, "action"), r.hasNonNull("settingsVersion") ? r.get("settingsVersion").asInt() : null));
        }
        return out;
    }

    /** "4m", "3h", "2d": how long an item has waited. */
    static String age(OffsetDateTime since, OffsetDateTime now) {
        if (since == null) {
            return "";
        }
        Duration d = Duration.between(since, now);
        if (d.isNegative() || d.toMinutes() < 1) {
            return "<1m";
        }
        if (d.toHours() < 1) {
            return d.toMinutes() + "m";
        }
        if (d.toDays() < 1) {
            return d.toHours() + "h";
        }
        return d.toDays() + "d";
    }

    /** The article paragraph a comment quotes or relates to; -1 when nothing relates ({@link io.parley.ingest.ArticleParagraphs}). */
    static int relatedParagraph(List<String> paragraphs, JsonNode quotes, String text) {
        return io.parley.ingest.ArticleParagraphs.related(paragraphs, quotes, text);
    }

    private static String text(JsonNode n, String f) {
        return n.hasNonNull(f) ? n.get(f).asText() : null;
    }

    private static Double num(JsonNode n, String f) {
        return n.hasNonNull(f) && n.get(f).isNumber() ? n.get(f).asDouble() : null;
    }
}
