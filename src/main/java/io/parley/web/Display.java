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
import java.util.HashSet;
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

    /**
     * The article paragraph a comment quotes (by index or by its text), else the one sharing the most
     * words with it; -1 when nothing relates.
     */
    static int relatedParagraph(List<String> paragraphs, JsonNode quotes, String text) {
        if (paragraphs == null || paragraphs.isEmpty()) {
            return -1;
        }
        if (quotes != null && quotes.isArray()) {
            for (JsonNode q : quotes) {
                if (q.has("articleParagraph") && q.get("articleParagraph").canConvertToInt()) {
                    int i = q.get("articleParagraph").asInt();
                    if (i >= 0 && i < paragraphs.size()) {
                        return i;
                    }
                }
                String qt = q.path("text").asText("").strip();
                if (qt.length() >= 12) {
                    for (int i = 0; i < paragraphs.size(); i++) {
                        if (paragraphs.get(i).contains(qt) || qt.contains(paragraphs.get(i).strip())) {
                            return i;
                        }
                    }
                }
            }
        }
        Set<String> words = words(text);
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            Set<String> p = words(paragraphs.get(i));
            if (p.isEmpty()) {
                continue;
            }
            Set<String> shared = new HashSet<>(p);
            shared.retainAll(words);
            double score = shared.size() / Math.sqrt(p.size());
            if (shared.size() >= 3 && score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        if (s == null) {
            return out;
        }
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 3) {
                out.add(w);
            }
        }
        return out;
    }

    private static String text(JsonNode n, String f) {
        return n.hasNonNull(f) ? n.get(f).asText() : null;
    }

    private static Double num(JsonNode n, String f) {
        return n.hasNonNull(f) && n.get(f).isNumber() ? n.get(f).asDouble() : null;
    }
}
