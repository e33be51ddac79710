package io.parley.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A forum's user box dumped under each post's date line (vBulletin-style themes: "2026-11-23, 10:30 / #1 / Birgitta
 * Lund / Medlem / Birgitta Lunds avatar / Reg: Jan 2009 / Inlägg: 33"), which the dump reader folds into the post's
 * first paragraph. The box proves itself by the avatar's alt text echoing the name line above it ("X's avatar",
 * Swedish "Xs avatar"): that name is the author, whatever the reader took from the line before the date, and the
 * box (rank, avatar, "Key: value" member figures) is no part of the words. Once two or more posts of a dump were named
 * so, a post whose box the reader already stripped down to a lone name line ("lott_14", blank line, the words) is
 * named by that line too; without boxes on the page a short first line is never taken for a name.
 */
final class DumpUserBoxes {

    private DumpUserBoxes() {
    }

    private static final String NAME = "\\p{L}[\\p{L}\\p{N}_.'\u2019 -]{0,38}?";
    /** The name, up to two rank words, the avatar alt text echoing the name, then the member figures. */
    private static final Pattern BOX = Pattern.compile("^(" + NAME + ")\\s+(?:[\\p{L}][\\p{L}-]{1,20}\\s+){0,2}?\\1(?:['\u2019]?s)?\\s+(?:user\\s+)?(?:avatar|picture|photo)\\s+"
            + "((?:\\p{L}[\\p{L}. ]{1,15}:\\s+(?:\\p{L}{3,9}\\.?\\s+\\d{4}|\\d{4}-\\d{2}(?:-\\d{2})?|\\d{1,3}(?:[ ,.\u00a0\u2009\u202f]\\d{3})*(?!\\d))\\s+)*)",
            Pattern.UNICODE_CASE);
    private static final Pattern LONE_NAME = Pattern.compile("\\p{L}[\\p{L}\\p{N}_.'\u2019 -]{0,39}");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i).*(?:[!?:,;]|https?://|www\\.|\\breply\\b|\\bcomments?\\b).*");
    /** A full stop only after an initial ("Leif B."), never a sentence's end. */
    private static final Pattern STOP = Pattern.compile("(?<!\\b\\p{Lu})\\.");
    private static final int MIN_BOXES = 2;

    static List<ExtractedComment> apply(List<ExtractedComment> comments) {
        List<ExtractedComment> out = new ArrayList<>(comments.size());
        int boxes = 0;
        for (ExtractedComment c : comments) {
            Matcher m = BOX.matcher(c.text());
            if (m.find() && m.end() < c.text().length()) {
                String name = m.group(1).strip();
                out.add(new ExtractedComment(c.id(), c.parentId(), name, c.postedAt(), c.likes(), c.text().substring(m.end()).strip(),
                        c.quotes(), c.depth(), c.header()));
                boxes++;
            } else {
                out.add(c);
            }
        }
        if (boxes < MIN_BOXES) {
            return comments;
        }
        for (int i = 0; i < out.size(); i++) {
            ExtractedComment c = out.get(i);
            String name = c.author() == null ? loneName(c.text()) : null;
            if (name != null) {
                out.set(i, new ExtractedComment(c.id(), c.parentId(), name, c.postedAt(), c.likes(),
                        c.text().substring(c.text().indexOf("\n\n")).strip(), c.quotes(), c.depth(), c.header()));
            }
        }
        return out;
    }

    /** The first line when it stands alone over the words and reads as a name, else null. */
    static String loneName(String text) {
        int cut = text.indexOf("\n\n");
        if (cut <= 0 || text.substring(cut).isBlank()) {
            return null;
        }
        String first = text.substring(0, cut).strip();
        return LONE_NAME.matcher(first).matches() && Texts.wordCount(first) <= 4 && !NOT_A_NAME.matcher(first).matches()
                && !STOP.matcher(first).find() && Dates.find(first) == null ? first : null;
    }
}
