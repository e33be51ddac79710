package io.parley.classification.abuse.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The heads a training run fits, in order: the six standard served labels, one head per data set whose label does
 * not mean the same thing as any served label (Impermium "insult to a participant", OLID "offensive", Davidson
 * hate/offensive, ETHOS hate; training-data/abuse/label-map.md), then any extra served label our own labelled data
 * names (e.g. {@code spam}). Each example trains only the heads its data set defines; the rest are masked out of the
 * loss. The standard heads always come first, so their positions are the constants below in every model this
 * trainer writes; serving reads the heads and the served labels from the model file, never from here.
 */
public final class Heads {

    /** The served labels every model trained here scores. */
    public static final List<String> PUBLIC = List.of("toxicity", "severe_toxicity", "insult", "threat", "obscene",
            "identity_attack");
    /** The standard heads: the served labels, then one per data set. */
    public static final List<String> STANDARD = List.of("toxicity", "severe_toxicity", "insult", "threat", "obscene",
            "identity_attack", "impermium_insult", "olid_offensive", "davidson_abusive", "davidson_hate",
            "ethos_hate");

    public static final int TOXICITY = 0;
    public static final int SEVERE = 1;
    public static final int INSULT = 2;
    public static final int THREAT = 3;
    public static final int OBSCENE = 4;
    public static final int IDENTITY = 5;
    public static final int IMPERMIUM = 6;
    public static final int OLID = 7;
    public static final int DAVIDSON_ABUSIVE = 8;
    public static final int DAVIDSON_HATE = 9;
    public static final int ETHOS = 10;

    /** The heads of a run without extra labels. */
    public static final Heads STANDARD_HEADS = new Heads(List.of());

    private final List<String> all;
    private final List<String> extra;

    private Heads(List<String> extra) {
        this.extra = List.copyOf(extra);
        List<String> a = new ArrayList<>(STANDARD);
        a.addAll(extra);
        this.all = List.copyOf(a);
    }

    /** The standard heads plus {@code extra} served labels (names must be new, lower-case words). */
    public static Heads withExtra(List<String> extra) {
        for (String e : extra) {
            if (STANDARD.contains(e) || !e.matches("[a-z][a-z0-9_]{0,39}")) {
                throw new IllegalArgumentException("an extra label must be a new lower-case name of letters, digits "
                        + "and '_' (at most 40), not '" + e + "'");
            }
        }
        if (extra.stream().distinct().count() != extra.size()) {
            throw new IllegalArgumentException("extra labels named twice: " + extra);
        }
        return new Heads(extra);
    }

    /** The heads of a model written by this trainer (the standard ones first, then its extra labels). */
    public static Heads of(List<String> modelHeads) {
        if (modelHeads.size() < STANDARD.size() || !modelHeads.subList(0, STANDARD.size()).equals(STANDARD)) {
            throw new IllegalArgumentException("the model's heads " + modelHeads + " do not begin with the standard "
                    + "heads of the shared data sets, so the shared formats cannot be evaluated on it");
        }
        return new Heads(modelHeads.subList(STANDARD.size(), modelHeads.size()));
    }

    public List<String> all() {
        return all;
    }

    /** The labels the model serves: the six standard ones, then the extra ones. */
    public List<String> served() {
        List<String> s = new ArrayList<>(PUBLIC);
        s.addAll(extra);
        return s;
    }

    public List<String> extra() {
        return extra;
    }

    public int size() {
        return all.size();
    }

    /** The head's position, -1 when this run has no such head. */
    public int index(String name) {
        return all.indexOf(name);
    }

    public String name(int head) {
        return all.get(head);
    }

    /** Whether the model serves head {@code h}'s label. */
    public boolean served(int head) {
        return head < PUBLIC.size() || head >= STANDARD.size();
    }

    /** A label vector with every head unknown (masked). */
    public float[] unknown() {
        float[] y = new float[all.size()];
        Arrays.fill(y, Float.NaN);
        return y;
    }
}
