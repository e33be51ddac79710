package io.parley.classification.abuse.training;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The shared data formats the abuse model trains and evaluates on (see ../shared/data/abuse/README.md). */
public enum AbuseFormat {
    JIGSAW("jigsaw"),
    TOXIC_SPANS("toxic-spans"),
    INSULTS("insults"),
    OLID("olid"),
    DAVIDSON("davidson"),
    ETHOS("ethos"),
    /** Our own hand labels: JSONL {text, toxicity, ..., spans:[[start,end,label]]}. */
    SEED("seed"),
    /** The JSONL split written by {@code train abuse --export-split}: rows of every source, each evaluated in its own format. */
    SPLIT("split"),
    /**
     * Moderators' decisions as {@code parley export decisions} writes them: JSONL {id, text, labels:{label: 0|1},
     * action, ...}. Trained on with {@code train abuse --extra}; evaluated like our own labels.
     */
    DECISIONS("decisions");

    private final String cliName;

    AbuseFormat(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** Parses a CLI name; unknown names fail with the list of valid ones. */
    public static AbuseFormat of(String name) {
        String wanted = name.toLowerCase(Locale.ROOT).trim();
        for (AbuseFormat f : values()) {
            if (f.cliName.equals(wanted)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "'; expected one of "
                + Arrays.stream(values()).map(AbuseFormat::cliName).collect(Collectors.joining(", ")));
    }
}
