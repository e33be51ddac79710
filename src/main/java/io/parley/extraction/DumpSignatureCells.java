package io.parley.extraction;

import java.util.regex.Pattern;

/**
 * A Japanese blog's comment signature under the text, "2026/11/23(月) 15:15:00 | URL | 鈴木一郎 #cvdctg[ 編集 ]" (FC2,
 * and the like on Seesaa or JUGEM): rewritten as "2026/11/23 15:15:00 | 鈴木一郎", a date and the name after a
 * separator as the dump reader knows them. The weekday in brackets between date and clock, the link cells ("URL",
 * "HP", "Mail") and the name's permalink id and edit link are no part of the date or the name.
 */
final class DumpSignatureCells {

    private DumpSignatureCells() {
    }

    private static final Pattern WEEKDAY = Pattern.compile("^(\\d{4}[/.-]\\d{1,2}[/.-]\\d{1,2})\\s*[(\uff08][\u6708\u706b\u6c34\u6728\u91d1\u571f\u65e5][)\uff09]\\s*");
    private static final Pattern LINK_CELL = Pattern.compile("(?i)\\|\\s*(?:url|hp|home|mail|e-mail|web|website)\\s*(?=\\|)");
    private static final Pattern NAME_TAIL = Pattern.compile("\\s*#[\\p{L}\\p{N}._-]{0,12}\\s*(?:\\[\\s*(?:\u7de8\u96c6|edit)\\s*\\])?\\s*$|\\s*\\[\\s*(?:\u7de8\u96c6|edit)\\s*\\]\\s*$");

    /** The line as "date | name" when it is such a signature; else the line. */
    static String plain(String line) {
        if (line.length() > 100 || line.indexOf('|') < 0 || !Character.isDigit(line.isEmpty() ? ' ' : line.charAt(0))) {
            return line;
        }
        String s = WEEKDAY.matcher(line).replaceFirst("$1 ");
        s = LINK_CELL.matcher(s).replaceAll("");
        s = NAME_TAIL.matcher(s).replaceFirst("");
        return s;
    }
}
