package io.parley.classification.stance;

import java.util.List;

/** The three stance views and their label sets (the order of each network's output). */
public enum StanceView {
    /** Comment toward the article (FNC-1 labels). */
    ARTICLE("article", List.of("agree", "disagree", "discuss", "unrelated")),
    /** Reply toward its parent comment (RumourEval SDQC labels). */
    PARENT("parent", List.of("support", "deny", "query", "comment")),
    /** Comment toward a site-configured target (SemEval-2016 labels). */
    TARGET("target", List.of("favor", "against", "none"));

    private final String key;
    private final List<String> labels;

    StanceView(String key, List<String> labels) {
        this.key = key;
        this.labels = labels;
    }

    public String key() {
        return key;
    }

    public List<String> labels() {
        return labels;
    }
}
