package io.parley.extraction;

import org.jsoup.nodes.Element;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Last cues, asked only when nothing was extracted and nothing else was seen, that a comment section is on the page
 * all the same: a thread whose markup carries no record class still gives each comment a "Reply" action, and a
 * section has a heading that says it holds comments. Either alone is weak (a single reply form, a "Comments" link
 * in the menu); together, or a reply action on each dated head line of a dump, they are a section not read.
 */
final class UnreadSections {

    /** A reply action, the whole text of its element or a word of a dump's head line, in the languages of our gold. */
    private static final String REPLY_WORDS =
            "reply|antworten|répondre|responder|rispondi|odpowiedz|beantwoorden|svara|ответить|відповісти|回复|回覆|返信|답글";
    private static final Pattern REPLY_ACTION = Pattern.compile("(?iu)^\\s*(?:" + REPLY_WORDS + ")\\s*$");
    private static final Pattern REPLY_IN_LINE = Pattern.compile("(?iu)(?<![\\p{IsLatin}\\p{IsCyrillic}])(?:" + REPLY_WORDS
            + ")(?![\\p{IsLatin}\\p{IsCyrillic}])");
    /** A heading over comments: short, naming comments or what readers say. */
    private static final Pattern HEADING = Pattern.compile(
            "(?iu)(?<![\\p{IsLatin}])(?:comments?|kommentare?|commentaires?|comentarios?|commenti|komentarze?|reacties"
                    + "|(?:what )?readers? (?:say|said|comments?|responses?)|reader responses)(?![\\p{IsLatin}])"
                    + "|комментари|коментар|评论|評論|留言|コメント|댓글");
    private static final int MIN_ACTIONS = 3;

    private UnreadSections() {
    }

    /** Why the page holds a comment section none of whose comments came out, or null. */
    static String html(Element root) {
        int actions = 0;
        for (Element e : root.getAllElements()) {
            String tag = e.normalName();
            if ((tag.equals("a") || tag.equals("button") || tag.equals("span")) && !CommentRecords.elementChildren(e, 1)
                    && REPLY_ACTION.matcher(e.text()).matches()) {
                actions++;
            }
        }
        if (actions < MIN_ACTIONS) {
            return null;
        }
        String heading = heading(root);
        return heading == null ? null : actions + " \"Reply\" actions under \"" + heading
                + "\" but no comment record was read: markup not understood";
    }

    /** A short text, not a link, that names the comments ("Comments", "Всего комментариев: 12"). */
    private static String heading(Element root) {
        for (Element e : root.getAllElements()) {
            if (e.normalName().equals("a") || e.parents().stream().anyMatch(p -> p.normalName().equals("a"))) {
                continue;
            }
            String own = e.ownText().strip();
            if (!own.isEmpty() && own.length() <= 60 && Texts.wordCount(own) <= 6 && HEADING.matcher(own).find()) {
                return own;
            }
        }
        return null;
    }

    /** The same for a text dump: dated head lines carrying a reply action, or a comments heading over a dated head. */
    static String text(String raw) {
        List<String> lines = raw.lines().map(String::strip).toList();
        int dated = 0;
        for (String s : lines) {
            if (!s.isEmpty() && s.length() <= 80 && REPLY_IN_LINE.matcher(s).find() && Dates.find(s) != null) {
                dated++;
            }
        }
        if (dated >= MIN_ACTIONS) {
            return dated + " dated lines with a \"Reply\" action were not turned into comments: layout not understood";
        }
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i);
            if (s.isEmpty() || s.length() > 40 || Texts.wordCount(s) > 5 || !HEADING.matcher(s).find()) {
                continue;
            }
            // the next non-empty line is a short dated head and a paragraph of prose follows it
            int j = next(lines, i + 1);
            if (j < 0 || lines.get(j).length() > 80 || Dates.find(lines.get(j)) == null) {
                continue;
            }
            int k = next(lines, j + 1);
            if (k >= 0 && Texts.wordCount(lines.get(k)) >= 6) {
                return "a comments heading (\"" + s + "\") over a dated head (\"" + lines.get(j)
                        + "\") was not turned into comments: layout not understood";
            }
        }
        return null;
    }

    private static int next(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }
}
