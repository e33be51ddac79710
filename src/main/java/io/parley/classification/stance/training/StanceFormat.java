package io.parley.classification.stance.training;

import io.parley.classification.stance.StanceView;
import io.parley.model.DatasetReader;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The shared stance formats, each a {@link DatasetReader} of the view it labels. */
public enum StanceFormat implements DatasetReader<Example> {
    /** FNC-1: input = the stances CSV (Headline, Body ID, Stance), companion = the bodies CSV. */
    FNC1("fnc1", StanceView.ARTICLE),
    /** SemEval-2016 task 6 TSV (ID, Target, Tweet, Stance). */
    SEMEVAL2016("semeval2016", StanceView.TARGET),
    /** RumourEval 2017 replies CSV (reply_text, parent_text, source_text, label, is_source, event). */
    REPLIES("replies", StanceView.PARENT);

    private final String name;
    private final StanceView view;

    StanceFormat(String name, StanceView view) {
        this.name = name;
        this.view = view;
    }

    @Override
    public String format() {
        return name;
    }

    /** The view whose labels the format carries. */
    public StanceView view() {
        return view;
    }

    @Override
    public List<Example> read(Path input, Path companion) {
        return switch (this) {
            case FNC1 -> {
                if (companion == null) {
                    throw new StanceDataException("FNC-1 needs its bodies file beside the stances file");
                }
                yield StanceDatasets.fnc1(companion, input);
            }
            case SEMEVAL2016 -> StanceDatasets.semeval(input);
            case REPLIES -> StanceDatasets.replies(input);
        };
    }

    /** The format of a CLI name; an unknown name fails with the list of known ones. */
    public static StanceFormat of(String name) {
        String wanted = name.toLowerCase(Locale.ROOT).trim();
        for (StanceFormat f : values()) {
            if (f.name.equals(wanted)) {
                return f;
            }
        }
        throw new StanceDataException("unknown format '" + name + "' (expected one of "
                + Arrays.stream(values()).map(StanceFormat::format).collect(Collectors.joining(", ")) + ")");
    }
}
