package io.parley.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides whether a retrained model may replace the served one: on every evaluation set both were measured on (the
 * same validation rows, in one training run), the new model's figure for that set (the one choices are made by, e.g.
 * Jigsaw's mean AUC, OLID's macro F1) may not fall below the served model's by more than the tolerance. A set the
 * served model was measured on and the new one was not, or any other problem the caller adds (a label the new model
 * no longer serves), fails it too.
 */
public final class RetrainGate {

    /**
     * The default tolerance, absolute on each figure. Both models are measured on the same rows, and retraining at a
     * fixed seed and thread count reproduces every figure exactly, so a difference is what the new data did, not row
     * noise. 0.005 lets a site's own decisions cost the public sets (other sites' comments) a little and refuses
     * more: it is well inside these sets' sampling error (about 0.015 on the Impermium insults' 423 validation rows,
     * more on ETHOS' 92), so a model that passes is not measurably worse on any of them.
     */
    public static final double TOLERANCE = 0.005;

    /** One set's comparison. */
    public record Check(String set, String figure, double served, double candidate, boolean passed) {
    }

    /** All checks and problems; {@link #passed} only when every check passed and there is no problem. */
    public record Verdict(List<Check> checks, List<String> problems, double tolerance) {

        public boolean passed() {
            return problems.isEmpty() && checks.stream().allMatch(Check::passed);
        }

        /** The same verdict with one more problem. */
        public Verdict with(String problem) {
            List<String> p = new ArrayList<>(problems);
            p.add(problem);
            return new Verdict(checks, List.copyOf(p), tolerance);
        }

        /** One line per set, then the problems and the outcome. */
        public String table() {
            StringBuilder sb = new StringBuilder(String.format("%-14s %-12s %9s %9s %8s%n", "set", "figure", "served",
                    "retrained", "result"));
            for (Check c : checks) {
                sb.append(String.format("%-14s %-12s %9.4f %9.4f %8s%n", c.set(), c.figure(), c.served(), c.candidate(),
                        c.passed() ? "ok" : "WORSE"));
            }
            problems.forEach(p -> sb.append("problem: ").append(p).append('\n'));
            sb.append(passed() ? "gate passed" : "gate failed").append(String.format(" (tolerance %.4f)%n", tolerance));
            return sb.toString();
        }

        /** For gate.json. */
        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("passed", passed());
            m.put("tolerance", tolerance);
            m.put("checks", checks);
            m.put("problems", problems);
            return m;
        }
    }

    private RetrainGate() {
    }

    /**
     * @param served    per set, the served model's figures (a {@link Evaluation#figures()} map per set name)
     * @param candidate per set, the retrained model's figures on the same rows
     * @param figures   per set, which figure judges it (sets not named here are not compared)
     */
    public static Verdict judge(Map<String, ?> served, Map<String, ?> candidate, Map<String, String> figures,
                                double tolerance) {
        List<Check> checks = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> f : figures.entrySet()) {
            Double before = figure(served.get(f.getKey()), f.getValue());
            if (before == null || before.isNaN()) {
                continue;
            }
            Double after = figure(candidate.get(f.getKey()), f.getValue());
            if (after == null || after.isNaN()) {
                problems.add("the retrained model has no " + f.getValue() + " on " + f.getKey());
                continue;
            }
            checks.add(new Check(f.getKey(), f.getValue(), before, after, after >= before - tolerance));
        }
        if (checks.isEmpty() && problems.isEmpty()) {
            problems.add("no evaluation set to compare the two models on");
        }
        return new Verdict(List.copyOf(checks), List.copyOf(problems), tolerance);
    }

    private static Double figure(Object set, String name) {
        if (set instanceof Map<?, ?> m && m.get(name) instanceof Number n) {
            return n.doubleValue();
        }
        return null;
    }
}
