package io.parley.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two cues of Chinese comment threads printed flat (Weibo, Bilibili-likes), as w3m dumps them: the writer's name
 * opening the words before a full-width colon ("东岸居民：说实话，…", "王晓梅回复 @东岸居民：…", the reply naming
 * the comment it answers), and the total of a comment's replies printed after them ("共3条回复"): the records right
 * above that line are the replies to the one above them.
 */
final class DumpReplyTotals {

    private DumpReplyTotals() {
    }

    private static final Pattern TOTAL = Pattern.compile("^\u5171\\s*(\\d{1,4})\\s*\u6761\u56de\u590d$");
    private static final Pattern COLON_NAME = Pattern.compile(
            "^([\\p{L}\\p{N}_.-]{1,20}?)(?:\\s*\u56de\u590d\\s*@([\\p{L}\\p{N}_.-]{1,20}))?\\s*\uff1a\\s*(\\S.*)$", Pattern.DOTALL);

    /** The number of replies a "共n条回复" line totals, or -1. */
    static int total(String line) {
        Matcher m = line.length() <= 20 ? TOTAL.matcher(line.strip()) : null;
        return m != null && m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** {name, the name replied to or null, the words} for "name：words" / "name回复 @X：words", or null. */
    static String[] colonName(String paragraph) {
        if (paragraph.indexOf('\uff1a') < 0) {
            return null;
        }
        Matcher m = COLON_NAME.matcher(paragraph);
        return m.matches() ? new String[]{m.group(1), m.group(2), m.group(3)} : null;
    }
}
