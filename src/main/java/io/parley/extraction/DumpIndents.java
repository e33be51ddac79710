package io.parley.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;

/**
 * Indentation levels of a text dump's comment records. w3m nests lists, blockquotes, definition lists and spacer
 * cells by two columns or more a level, so records a single column apart sit on one level: the column is the width
 * of a number printed before the header ("9. On Monday …" beside "10. On Monday …", a numbered list that is text).
 */
final class DumpIndents {

    private DumpIndents() {
    }

    /** Puts each record whose indent is one column right of another record's on that record's level (chains too). */
    static <R> void snapNeighbours(List<R> recs, ToIntFunction<R> indent, ObjIntConsumer<R> set) {
        TreeSet<Integer> seen = new TreeSet<>();
        for (R r : recs) {
            seen.add(indent.applyAsInt(r));
        }
        Map<Integer, Integer> level = new HashMap<>();
        for (int v : seen) {
            level.put(v, seen.contains(v - 1) ? level.get(v - 1) : v);
        }
        for (R r : recs) {
            set.accept(r, level.get(indent.applyAsInt(r)));
        }
    }
}
