package io.parley.classification.stance.training;

import io.parley.classification.stance.StanceView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Confusion matrix and the scores the three shared tasks report. */
final class Metrics {

    final List<String> labels;
    final long[][] confusion;
    long rows;

    Metrics(List<String> labels) {
        this.labels = labels;
        this.confusion = new long[labels.size()][labels.size()];
    }

    void add(int gold, int predicted) {
        confusion[gold][predicted]++;
        rows++;
    }

    double f1(String label) {
        int c = labels.indexOf(label);
        long tp = confusion[c][c];
        long pred = 0;
        long gold = 0;
        for (int i = 0; i < labels.size(); i++) {
            pred += confusion[i][c];
            gold += confusion[c][i];
        }
        if (tp == 0) {
            return 0;
        }
        double p = tp / (double) pred;
        double r = tp / (double) gold;
        return 2 * p * r / (p + r);
    }

    double accuracy() {
        long ok = 0;
        for (int i = 0; i < labels.size(); i++) {
            ok += confusion[i][i];
        }
        return rows == 0 ? 0 : ok / (double) rows;
    }

    double macroF1() {
        double s = 0;
        for (String l : labels) {
            s += f1(l);
        }
        return s / labels.size();
    }

    /** SemEval-2016: mean of FAVOR and AGAINST F1; NONE only counts through their precision/recall. */
    double fAvg() {
        return (f1("favor") + f1("against")) / 2;
    }

    /**
     * FNC-1 relative score in percent: 0.25 for related/unrelated right, +0.75 for the exact label among
     * agree/disagree/discuss, over the best possible total.
     */
    double fncScore() {
        int unrelated = labels.indexOf("unrelated");
        double score = 0;
        double best = 0;
        for (int g = 0; g < labels.size(); g++) {
            for (int p = 0; p < labels.size(); p++) {
                long n = confusion[g][p];
                if (g == unrelated) {
                    best += 0.25 * n;
                    if (p == unrelated) {
                        score += 0.25 * n;
                    }
                } else {
                    best += 1.0 * n;
                    if (p != unrelated) {
                        score += 0.25 * n;
                        if (p == g) {
                            score += 0.75 * n;
                        }
                    }
                }
            }
        }
        return best == 0 ? 0 : 100 * score / best;
    }

    Map<String, Double> perClassF1() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String l : labels) {
            m.put(l, round(f1(l)));
        }
        return m;
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    String confusionTable() {
        StringBuilder sb = new StringBuilder(String.format("%-12s", "gold\\pred"));
        for (String l : labels) {
            sb.append(String.format("%10s", l));
        }
        sb.append('\n');
        for (int g = 0; g < labels.size(); g++) {
            sb.append(String.format("%-12s", labels.get(g)));
            for (int p = 0; p < labels.size(); p++) {
                sb.append(String.format("%10d", confusion[g][p]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The figures a view reports, as written to metrics.json and the evaluate command's JSON line. */
    Map<String, Object> figures(StanceView view) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", rows);
        switch (view) {
            case ARTICLE -> {
                m.put("fnc_score", round(fncScore()));
                m.put("unrelated_f1", round(f1("unrelated")));
                m.put("disagree_f1", round(f1("disagree")));
            }
            case TARGET -> m.put("f_avg", round(fAvg()));
            default -> { }
        }
        m.put("accuracy", round(accuracy()));
        m.put("macro_f1", round(macroF1()));
        m.put("f1", perClassF1());
        java.util.List<java.util.List<Long>> cm = new java.util.ArrayList<>();
        for (long[] r : confusion) {
            cm.add(java.util.Arrays.stream(r).boxed().toList());
        }
        m.put("labels", labels);
        m.put("confusion", cm);
        return m;
    }
}
