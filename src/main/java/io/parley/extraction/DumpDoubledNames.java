package io.parley.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * A signature printed as the name, the date and the name again ("bahcivan_ayse / 18.11.2026 08:03 / bahcivan_ayse"
 * under an entry's words, Ekşi Sözlük: the avatar's alt text and the name link on either side of the date): read as
 * one "name date" line in the date's place, the two name lines left blank, so the dump keeps its length and the
 * signature reads as the footer it is. Only where three or more dated lines of the dump are so framed.
 */
final class DumpDoubledNames {

    private DumpDoubledNames() {
    }

    private static final int MIN_FRAMED = 3;

    static List<String> merge(List<String> raw) {
        List<Integer> framed = new ArrayList<>();
        for (int i = 1; i + 1 < raw.size(); i++) {
            String date = raw.get(i).strip();
            String above = raw.get(i - 1).strip();
            if (date.isEmpty() || date.length() > 60 || above.isEmpty() || !above.equals(raw.get(i + 1).strip()) || !name(above)) {
                continue;
            }
            java.util.regex.Matcher d = DumpThreads.DATE.matcher(date);
            if (d.find() && d.start() == 0 && Dates.find(date) != null) {
                framed.add(i);
            }
        }
        if (framed.size() < MIN_FRAMED) {
            return raw;
        }
        List<String> out = new ArrayList<>(raw);
        for (int i : framed) {
            String indent = raw.get(i).substring(0, raw.get(i).length() - raw.get(i).stripLeading().length());
            out.set(i, indent + raw.get(i - 1).strip() + " " + raw.get(i).strip());
            out.set(i - 1, "");
            out.set(i + 1, "");
        }
        return out;
    }

    /** A short line that may be a name: a few words, no sentence's end, no date. */
    private static boolean name(String t) {
        return t.length() <= 40 && Texts.wordCount(t) <= 4 && !t.matches(".*[.!?:]$") && !DumpThreads.DATE.matcher(t).find();
    }
}
