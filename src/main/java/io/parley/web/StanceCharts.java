package io.parley.web;

import org.springframework.web.util.HtmlUtils;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Server-side SVG for the stance pages: no script, prints and screenshots as it shows. Every text is escaped here,
 * the template prints the markup with th:utext.
 */
final class StanceCharts {

    static final Map<String, String> COLOURS = Map.of("agree", "#2e7d32", "disagree", "#c62828", "discuss", "#1565c0",
            "unrelated", "#9e9e9e", "support", "#2e7d32", "deny", "#c62828", "query", "#ef6c00", "comment", "#9e9e9e",
            "favor", "#2e7d32", "against", "#c62828");

    private StanceCharts() {
    }

    /** One horizontal stacked bar of shares, with a legend giving each label's count and percent. */
    static String shareBar(String title, Map<String, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        int w = 640;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d 86\" width=\"%d\" height=\"86\" role=\"img\" aria-label=\"%s\">",
                w, w, esc(title + ": " + legendText(counts, total))));
        double x = 0;
        for (var e : counts.entrySet()) {
            if (total == 0 || e.getValue() == 0) {
                continue;
            }
            double bw = w * e.getValue() / (double) total;
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"4\" width=\"%.1f\" height=\"34\" fill=\"%s\"><title>%s</title></rect>",
                    x, bw, COLOURS.getOrDefault(e.getKey(), "#777"), esc(e.getKey() + " " + e.getValue())));
            x += bw;
        }
        if (total == 0) {
            s.append("<rect x=\"0\" y=\"4\" width=\"640\" height=\"34\" fill=\"#eee\"/><text x=\"10\" y=\"26\" font-size=\"13\">no classified comments</text>");
        }
        double lx = 0;
        for (var e : counts.entrySet()) {
            String label = String.format(Locale.ROOT, "%s %d (%.0f%%)", e.getKey(), e.getValue(),
                    total == 0 ? 0.0 : 100.0 * e.getValue() / total);
            s.append(String.format(Locale.ROOT, "<rect x=\"%.0f\" y=\"56\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"%.0f\" y=\"67\" font-size=\"13\">%s</text>",
                    lx, COLOURS.getOrDefault(e.getKey(), "#777"), lx + 16, esc(label)));
            lx += 160;
        }
        return s.append("</svg>").toString();
    }

    private static String legendText(Map<String, Long> counts, long total) {
        List<String> parts = new ArrayList<>();
        counts.forEach((k, v) -> parts.add(String.format(Locale.ROOT, "%s %d of %d", k, v, total)));
        return String.join(", ", parts);
    }

    /**
     * Favour and against as a share of the day's comments about the target (lines), one point per day with comments,
     * and the day's count as grey bars behind them.
     */
    static String overTime(String target, Map<LocalDate, Map<String, Long>> perDay, LocalDate from, LocalDate to) {
        int w = 640;
        int h = 220;
        int left = 40;
        int right = 10;
        int top = 10;
        int bottom = 40;
        long days = Math.max(1, to.toEpochDay() - from.toEpochDay());
        long max = 1;
        for (Map<String, Long> m : perDay.values()) {
            max = Math.max(max, m.values().stream().mapToLong(Long::longValue).sum());
        }
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">",
                w, h, w, h, esc("Share in favour and against '" + target + "' per day; the table below has the figures")));
        double pw = w - left - right;
        double ph = h - top - bottom;
        for (int g = 0; g <= 4; g++) {
            double y = top + ph * (1 - g / 4.0);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/><text x=\"2\" y=\"%.1f\" font-size=\"11\">%d%%</text>",
                    left, w - right, y, y, y + 4, g * 25));
        }
        StringBuilder fav = new StringBuilder();
        StringBuilder ag = new StringBuilder();
        for (var e : perDay.entrySet()) {
            long n = e.getValue().values().stream().mapToLong(Long::longValue).sum();
            double x = left + pw * (e.getKey().toEpochDay() - from.toEpochDay()) / days;
            double bh = ph * 0.3 * n / max;
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"4\" height=\"%.1f\" fill=\"#e0e0e0\"><title>%s</title></rect>",
                    x - 2, top + ph - bh, bh, esc(e.getKey() + ": " + n + " comments")));
            double f = n == 0 ? 0 : e.getValue().getOrDefault("favor", 0L) / (double) n;
            double a = n == 0 ? 0 : e.getValue().getOrDefault("against", 0L) / (double) n;
            fav.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, top + ph * (1 - f)));
            ag.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, top + ph * (1 - a)));
        }
        s.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>", COLOURS.get("favor"), fav.toString().trim()));
        s.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"6 3\" points=\"%s\"/>", COLOURS.get("against"), ag.toString().trim()));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text><text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%s</text>",
                left, h - 22, from, w - right, h - 22, to));
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/><text x=\"%d\" y=\"%d\" font-size=\"12\">favour</text>",
                left, left + 24, h - 6, h - 6, COLOURS.get("favor"), left + 28, h - 2));
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/><text x=\"%d\" y=\"%d\" font-size=\"12\">against</text>",
                left + 90, left + 114, h - 6, h - 6, COLOURS.get("against"), left + 118, h - 2));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"#777\">grey bars: comments per day (max %d)</text>",
                left + 190, h - 2, max));
        return s.append("</svg>").toString();
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s);
    }
}
