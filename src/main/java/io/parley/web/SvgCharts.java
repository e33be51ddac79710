package io.parley.web;

import io.parley.stats.ModerationCharts;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The owner's charts drawn on the server as inline SVG: no script, readable by screen readers (a title and
 * a description per chart, values in text), printable, and the same in every browser.
 */
final class SvgCharts {

    /** Colour-blind-safe palette (Okabe-Ito); every series is also named in text. */
    static final String[] COLOURS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"};
    private static final Map<String, String> ACTION_COLOURS = Map.of("approve", "#009E73", "reject", "#D55E00",
            "escalate", "#E69F00");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    private SvgCharts() {
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** One line per label: the share of the day's comments it flagged, in percent. */
    static String flaggedRate(ModerationCharts.FlaggedRate f) {
        int w = 760, h = 260, left = 44, right = 150, top = 12, bottom = 28;
        int n = f.days().size();
        double max = 0;
        for (String label : f.flagged().keySet()) {
            for (int i = 0; i < n; i++) {
                double r = f.rate(label, i);
                if (!Double.isNaN(r)) {
                    max = Math.max(max, r);
                }
            }
        }
        double yMax = niceMax(max * 100);
        StringBuilder sb = open(w, h, "Flagged rate per label and day",
                "Share of each day's comments held or rejected by each label, in percent");
        axes(sb, w, h, left, right, top, bottom, yMax, "%");
        double plotW = w - left - right, plotH = h - top - bottom;
        for (int i = 0; i < n; i += Math.max(1, n / 6)) {
            double x = left + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
            sb.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(h - 8).append("\" text-anchor=\"middle\" class=\"tick\">")
                    .append(f.days().get(i).format(DAY)).append("</text>");
        }
        int s = 0;
        for (Map.Entry<String, long[]> e : f.flagged().entrySet()) {
            String colour = COLOURS[s % COLOURS.length];
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < n; i++) {
                double r = f.rate(e.getKey(), i);
                if (Double.isNaN(r)) {
                    continue;
                }
                double x = left + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
                double y = top + plotH - plotH * (r * 100) / yMax;
                path.append(path.length() == 0 ? "M" : " L").append(fmt(x)).append(' ').append(fmt(y));
                sb.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"2.5\" fill=\"")
                        .append(colour).append("\"><title>").append(escape(e.getKey())).append(", ")
                        .append(f.days().get(i).format(DAY)).append(": ").append(e.getValue()[i]).append(" of ")
                        .append(f.totals()[i]).append(" (").append(fmt(r * 100)).append(" %)</title></circle>");
            }
            sb.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"/>");
            sb.append("<rect x=\"").append(w - right + 12).append("\" y=\"").append(top + 4 + 18 * s)
                    .append("\" width=\"12\" height=\"12\" fill=\"").append(colour).append("\"/><text x=\"").append(w - right + 30)
                    .append("\" y=\"").append(top + 14 + 18 * s).append("\">").append(escape(e.getKey())).append("</text>");
            s++;
        }
        if (f.flagged().isEmpty()) {
            sb.append("<text x=\"").append(left + 12).append("\" y=\"").append(top + 24).append("\">No comment flagged in this period</text>");
        }
        return sb.append("</svg>").toString();
    }

    /** A horizontal bar per moderator, split by action. */
    static String decisionsPerModerator(List<ModerationCharts.ModeratorDecisions> rows) {
        int w = 760, rowH = 26, left = 150, right = 60, top = 8;
        int h = top + Math.max(1, rows.size()) * rowH + 30;
        long max = rows.stream().mapToLong(ModerationCharts.ModeratorDecisions::total).max().orElse(0);
        StringBuilder sb = open(w, h, "Decisions per moderator", "Decisions per moderator in this period, by action");
        double plotW = w - left - right;
        for (int r = 0; r < rows.size(); r++) {
            var m = rows.get(r);
            double y = top + r * rowH;
            sb.append("<text x=\"").append(left - 8).append("\" y=\"").append(fmt(y + 17)).append("\" text-anchor=\"end\">")
                    .append(escape(m.moderator())).append("</text>");
            double x = left;
            for (String action : List.of("approve", "reject", "escalate")) {
                long c = m.byAction().getOrDefault(action, 0L);
                if (c == 0) {
                    continue;
                }
                double bw = plotW * c / max;
                sb.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y + 4)).append("\" width=\"").append(fmt(bw))
                        .append("\" height=\"").append(rowH - 8).append("\" fill=\"").append(ACTION_COLOURS.get(action))
                        .append("\"><title>").append(escape(m.moderator())).append(": ").append(c).append(' ').append(action)
                        .append("</title></rect>");
                x += bw;
            }
            sb.append("<text x=\"").append(fmt(x + 6)).append("\" y=\"").append(fmt(y + 17)).append("\">").append(m.total()).append("</text>");
        }
        if (rows.isEmpty()) {
            sb.append("<text x=\"").append(left).append("\" y=\"").append(top + 17).append("\">No decisions in this period</text>");
        }
        legend(sb, left, h - 10);
        return sb.append("</svg>").toString();
    }

    /** Columns: how many decisions came within each time bucket after the comment was held. */
    static String timeToDecision(ModerationCharts.TimeToDecision t) {
        int w = 760, h = 240, left = 44, right = 20, top = 12, bottom = 28;
        long max = 0;
        for (long c : t.counts()) {
            max = Math.max(max, c);
        }
        double yMax = niceMax(max);
        StringBuilder sb = open(w, h, "Time from hold to decision",
                "Number of decisions by time from the comment being held to the decision");
        axes(sb, w, h, left, right, top, bottom, yMax, "");
        double plotW = w - left - right, plotH = h - top - bottom;
        int n = t.buckets().size();
        double colW = plotW / n;
        for (int i = 0; i < n; i++) {
            double bh = yMax == 0 ? 0 : plotH * t.counts()[i] / yMax;
            double x = left + i * colW + colW * 0.15;
            sb.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(top + plotH - bh)).append("\" width=\"")
                    .append(fmt(colW * 0.7)).append("\" height=\"").append(fmt(bh)).append("\" fill=\"#0072B2\"><title>")
                    .append(escape(t.buckets().get(i))).append(": ").append(t.counts()[i]).append("</title></rect>");
            sb.append("<text x=\"").append(fmt(left + i * colW + colW / 2)).append("\" y=\"").append(h - 8)
                    .append("\" text-anchor=\"middle\" class=\"tick\">").append(escape(t.buckets().get(i))).append("</text>");
            if (t.counts()[i] > 0) {
                sb.append("<text x=\"").append(fmt(left + i * colW + colW / 2)).append("\" y=\"").append(fmt(top + plotH - bh - 4))
                        .append("\" text-anchor=\"middle\">").append(t.counts()[i]).append("</text>");
            }
        }
        return sb.append("</svg>").toString();
    }

    /** Human time: 45 s, 12 min, 3.5 h, 2.0 days. */
    static String duration(double seconds) {
        if (Double.isNaN(seconds)) {
            return "–";
        }
        if (seconds < 90) {
            return Math.round(seconds) + " s";
        }
        if (seconds < 5400) {
            return Math.round(seconds / 60) + " min";
        }
        if (seconds < 172800) {
            return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
        }
        return String.format(Locale.ROOT, "%.1f days", seconds / 86400);
    }

    private static StringBuilder open(int w, int h, String title, String description) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"svg-chart\" viewBox=\"0 0 ").append(w).append(' ')
                .append(h).append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\"><title>").append(escape(title))
                .append("</title><desc>").append(escape(description)).append("</desc>");
    }

    private static void axes(StringBuilder sb, int w, int h, int left, int right, int top, int bottom, double yMax, String unit) {
        double plotH = h - top - bottom;
        for (int i = 0; i <= 4; i++) {
            double y = top + plotH - plotH * i / 4;
            sb.append("<line x1=\"").append(left).append("\" x2=\"").append(w - right).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" class=\"grid\"/><text x=\"").append(left - 6).append("\" y=\"")
                    .append(fmt(y + 4)).append("\" text-anchor=\"end\" class=\"tick\">").append(fmt(yMax * i / 4)).append(unit)
                    .append("</text>");
        }
    }

    private static void legend(StringBuilder sb, int x, int y) {
        int dx = 0;
        for (String a : List.of("approve", "reject", "escalate")) {
            sb.append("<rect x=\"").append(x + dx).append("\" y=\"").append(y - 10).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(ACTION_COLOURS.get(a)).append("\"/><text x=\"").append(x + dx + 16).append("\" y=\"").append(y)
                    .append("\">").append(a).append("</text>");
            dx += 100;
        }
    }

    /** 1, 2 or 5 times a power of ten, at or above the value (at least 1). */
    static double niceMax(double v) {
        if (v <= 1) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[]{1, 2, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static String fmt(double v) {
        if (v == Math.rint(v)) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
