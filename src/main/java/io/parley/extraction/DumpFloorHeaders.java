package io.parley.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Chinese blog's or board's comment head: the floor number, the date, then the name ("#1楼 2026-11-21 17:35 东岸居民",
 * cnblogs; "2楼 2026-11-21 18:04 chen_yu"). Rewritten with the name before the date ("#1 东岸居民 2026-11-21 17:35"),
 * the order of the post-number heads the dump reader knows, since a name after a date is otherwise read as the
 * text's first words.
 */
final class DumpFloorHeaders {

    private DumpFloorHeaders() {
    }

    private static final Pattern FLOOR = Pattern.compile("^#?(\\d{1,5})\\s*[\u697c\u6a13Ff]\\s+(\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?)"
            + "\\s+(\\S(?:.{0,38}\\S)?)$");

    /** The head with the name moved before the date, or the line as it was. */
    static String nameFirst(String line) {
        if (line.length() > 80) {
            return line;
        }
        Matcher m = FLOOR.matcher(line);
        return m.matches() ? "#" + m.group(1) + " " + m.group(3) + " " + m.group(2) : line;
    }
}
