package io.parley.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.jsoup.nodes.Element;

/**
 * Posts laid out as runs of class-less table rows in one table, a short dated head row opening each run (ZetaBoards:
 * the row of td.c_username and td.c_postinfo with the name and date, then the row of the user cell and the post, an
 * optional signature row, the footer row and a spacer). The rows of a run are wrapped in one {@code tbody.dl-comment},
 * so the record finder sees one subtree per post with its head, not a body row whose only date is the member's join
 * date. The runs need not be of one length (a signature row comes and goes), which the fixed-period wrappers of
 * {@link CommentRecords} require.
 */
final class RowRunPosts {

    private RowRunPosts() {
    }

    /** @return true when some table's rows were wrapped */
    static boolean wrap(List<Element> all) {
        boolean wrapped = false;
        for (Element section : CommentRecords.tables(all)) {
            List<Element> rows = new ArrayList<>();
            for (Element k : section.children()) {
                if (k.normalName().equals("tr")) {
                    rows.add(k);
                }
            }
            if (rows.size() < 9) {
                continue;
            }
            String opener = opener(rows);
            if (opener == null) {
                continue;
            }
            Element wrap = null;
            for (Element tr : rows) {
                if (opener.equals(key(tr))) {
                    wrap = new Element("tbody").addClass("dl-comment");
                    tr.before(wrap);
                    wrap.appendChild(tr);
                } else if (wrap != null) {
                    wrap.appendChild(tr);
                }
            }
            wrapped = true;
        }
        return wrapped;
    }

    /**
     * The shape of the rows that open a post: at least three of them, fewer than half the rows, each short and dated,
     * and in at least four of five runs a later row (the body) with more words than the head.
     */
    private static String opener(List<Element> rows) {
        Map<String, List<Integer>> at = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String k = key(rows.get(i));
            if (k != null) {
                at.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            String k = key(rows.get(i));
            List<Integer> starts = k == null ? null : at.get(k);
            if (starts == null || starts.get(0) != i || starts.size() < 3 || starts.size() * 2 > rows.size()) {
                continue;
            }
            int good = 0;
            for (int s = 0; s < starts.size(); s++) {
                int from = starts.get(s);
                int to = s + 1 < starts.size() ? starts.get(s + 1) : rows.size();
                String head = Texts.squash(rows.get(from).text());
                int headWords = Texts.wordCount(head);
                if (to - from < 2 || headWords > 30 || Dates.find(head) == null) {
                    continue;
                }
                for (int j = from + 1; j < to; j++) {
                    int words = Texts.wordCount(rows.get(j).text());
                    if (words >= 5 && words > headWords) {
                        good++;
                        break;
                    }
                }
            }
            if (good >= 3 && good * 5 >= starts.size() * 4) {
                return k;
            }
        }
        return null;
    }

    /** A class-less row's shape: its cells' classes (a row with a class of its own is left to the record finder). */
    private static String key(Element tr) {
        if (!tr.className().isBlank() || !CommentRecords.elementChildren(tr, 2)) {
            return null;
        }
        TreeSet<String> cells = new TreeSet<>();
        for (Element td : tr.children()) {
            for (String t : td.className().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!t.isEmpty()) {
                    cells.add(t);
                }
            }
        }
        return cells.isEmpty() ? null : String.join("~", cells);
    }
}
