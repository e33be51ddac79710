package io.parley.extraction;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * One or two comments. The record finder asks for three records of one shape, since a pair of like boxes with a name
 * and a date (two teasers, two author cards) is common chrome; but most articles have one or two comments, and a
 * page that has them must not come back with none. So one or two records are taken only on strong evidence: each
 * names itself a comment or post (by class, schema.org {@code Comment} type or a permalink id such as
 * {@code comment-123}), each carries an author and a time, and the page says they are comments: they sit in an
 * element named for the comment section, a heading before them counts them ("One thought on", "2 Responses",
 * "Comments (1)", "1 post"), or each is typed a schema.org Comment.
 */
final class FewRecords {

    /** A permalink id of a comment or post: comment-123, li-comment-123, post_77, p4100, c123, pid_5. */
    private static final Pattern RECORD_ID = Pattern.compile("(?i)((?:li-)?(?:comment|post|reply|message|msg|c|p|pid)[-_]?)\\d{1,12}");
    private static final Pattern COMMENT_TYPE = Pattern.compile("(?i)schema\\.org/Comment$");
    /** A heading or count line saying how many comments follow. */
    private static final Pattern COUNT_LINE = Pattern.compile(
            "(?iu)^\\W{0,3}(?:(one|two|1|2)\\s+(?:comments?|responses?|thoughts?|repl(?:y|ies)|posts?|messages?|reactions?)\\b"
                    + "|(?:comments?|responses?|repl(?:y|ies)|discussion)\\s*[(\\[]\\s*(1|2)\\s*[)\\]])");
    private static final int MAX_RECORDS = 2;
    /** Microformats and WordPress classes of a story, not a comment: hentry, h-entry, type-post, status-publish. */
    private static final Pattern STORY_CLASS = Pattern.compile("(?i)(?:^|\\s)(?:hentry|h-entry|type-post|status-publish|format-standard)(?:\\s|$)");
    private static final java.util.Set<String> LIST_TAGS = java.util.Set.of("body", "form", "ul", "ol", "dl", "table", "tbody");

    private FewRecords() {
    }

    /**
     * @return one or two records in page order, or an empty list without strong evidence
     */
    static List<Element> find(Element root, Deadline deadline) {
        Map<String, List<Element>> groups = new LinkedHashMap<>();
        for (Element e : root.getAllElements()) {
            deadline.check();
            if (!candidate(e)) {
                continue;
            }
            // records with permalink ids of one kind (post_1, post_2) are one kind whatever else their markup says
            // (Discourse types the reply, not the opening post, a schema.org Comment)
            Matcher id = RECORD_ID.matcher(e.id());
            String key = id.matches() ? e.normalName() + "#" + id.group(1).toLowerCase(Locale.ROOT) : shape(e);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        List<Element> best = null;
        double bestScore = 0;
        for (Map.Entry<String, List<Element>> g : groups.entrySet()) {
            List<Element> members = g.getValue();
            if (members.size() > MAX_RECORDS || !evidence(members)) {
                continue;
            }
            double score = 0;
            for (Element m : members) {
                score += CommentRecords.cues(m) + (CommentRecords.commentish(CommentRecords.signature(m)) ? 2 : 0);
            }
            // of two shapes that score alike, the outer one: a reply nests in its parent's outer box (li.comment holds
            // its article.comment and the reply's li)
            if (score > bestScore || best != null && score == bestScore && best.get(0).parents().contains(members.get(0))) {
                best = members;
                bestScore = score;
            }
        }
        if (best == null) {
            return List.of();
        }
        return best;
    }

    /** Names itself a comment or post, has words, and carries a time and an author (or most other cues). */
    private static boolean candidate(Element e) {
        String sig = CommentRecords.signature(e);
        boolean typed = typedComment(e);
        if (!typed && !CommentRecords.commentish(sig) && !CommentRecords.commentish(e.normalName(), e.className())
                && !RECORD_ID.matcher(e.id()).matches()) {
            return false;
        }
        if (CommentSections.namesSection(e) || LIST_TAGS.contains(e.normalName())) {
            return false; // (the list or section around the comments, not one of them)
        }
        if (CommentRecords.cues(e) < 5 || Texts.wordCount(e.text()) < 3) {
            return false;
        }
        // a post with its own headline is a story or a teaser of one (a blog's article#post-12.post.hentry, "related
        // posts"); a forum post's title links to the post itself (phpBB's h3 a[href=#p4100])
        if (STORY_CLASS.matcher(e.className()).find() || e.selectFirst("form, textarea") != null) {
            return false;
        }
        for (Element h : e.select("h1, h2, h3, h4, h5, h6")) {
            Element a = h.selectFirst("a[href]");
            if (h.normalName().equals("h1") || h.normalName().equals("h2") || a != null && !a.attr("href").startsWith("#")) {
                return false;
            }
        }
        return true;
    }

    /** The record finder's shape, or where it kept no class ("div."), the tag and the first class. */
    private static String shape(Element e) {
        String sig = CommentRecords.signature(e);
        String cls = e.className().strip();
        return sig.endsWith(".") && !cls.isEmpty() ? e.normalName() + "." + cls.split("\\s+")[0] : sig;
    }

    private static boolean typedComment(Element e) {
        return COMMENT_TYPE.matcher(e.attr("itemtype")).find() || e.attr("itemprop").equalsIgnoreCase("comment");
    }

    private static boolean evidence(List<Element> members) {
        if (members.stream().allMatch(FewRecords::typedComment)) {
            return true;
        }
        if (insideNamedSection(members.get(0)) && members.stream().allMatch(m -> insideNamedSection(m))) {
            return true;
        }
        Integer counted = countBefore(members.get(0));
        if (counted != null && counted == members.size()) {
            return true;
        }
        // forum posts and comments with permalink ids, with enough words of their own that are not links (a teaser
        // card is mostly its headline link)
        for (Element m : members) {
            if (!RECORD_ID.matcher(m.id()).matches() || !CommentRecords.commentish(CommentRecords.signature(m))
                    || ownWords(m) < 8 || linkShare(m) > 0.3) {
                return false;
            }
        }
        return true;
    }

    private static boolean insideNamedSection(Element r) {
        int up = 0;
        for (Element a = r.parent(); a != null && up < 5; a = a.parent(), up++) {
            if (CommentSections.namesSection(a)) {
                return true;
            }
        }
        return false;
    }

    /** The count a heading or short line before the first record gives (its section's title), or null. */
    private static Integer countBefore(Element first) {
        int up = 0;
        for (Element a = first; a != null && up < 5; a = a.parent(), up++) {
            int seen = 0;
            for (Element s = a.previousElementSibling(); s != null && seen < 6; s = s.previousElementSibling(), seen++) {
                Integer n = countIn(s);
                if (n != null) {
                    return n;
                }
            }
        }
        return null;
    }

    private static Integer countIn(Element s) {
        Map<Element, Boolean> seen = new IdentityHashMap<>();
        int looked = 0;
        for (Element d : s.getAllElements()) {
            if (++looked > 60) {
                break;
            }
            if (seen.containsKey(d)) {
                continue;
            }
            seen.put(d, true);
            String t = d.text();
            if (t.length() > 80 || t.isEmpty()) {
                continue;
            }
            Matcher m = COUNT_LINE.matcher(t);
            if (m.find()) {
                String n = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
                return n.equals("one") || n.equals("1") ? 1 : 2;
            }
        }
        return null;
    }

    private static int ownWords(Element r) {
        int linked = 0;
        for (Element a : r.getElementsByTag("a")) {
            linked += Texts.wordCount(a.text());
        }
        return Texts.wordCount(r.text()) - linked;
    }

    private static double linkShare(Element r) {
        int all = r.text().length();
        int linked = 0;
        for (Element a : r.getElementsByTag("a")) {
            linked += a.text().length();
        }
        return all == 0 ? 1 : linked / (double) all;
    }
}
