package io.parley.extraction;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Comments as data records (MDR/DEPTA-style): the comment region is where sibling subtrees of one shape repeat,
 * each carrying the cues comment systems share (an author element, a time, a permalink, an avatar, a reply link);
 * each record then yields its fields (author, time, likes, own text, quotes) and its parent, from DOM nesting,
 * depth or indent marks, or the container of replies that follows a comment.
 */
final class CommentRecords {

    /** Class words of an author element (whole class tokens or their -/_ parts). */
    private static final Set<String> AUTHOR_PARTS = Set.of("author", "username", "user", "fn", "nick", "nickname", "commenter", "person",
            "fullname", "displayname",
            "poster", "hnuser", "name", "byline", "cauthorpane", "bigusername", "creator", "actor",
            // (the commenter's pen name: German forums' "pseudonym", French news sites' "pseudo")
            "pseudonym", "pseudo", "postauthor",
            // (K2-style themes glue the word: span.commentauthor)
            "commentauthor");
    /**
     * Class words that name the author only on a name-sized inline element (Gnuboard's span.sv_member, a mail archive's
     * span.message-from): on a box ("member_info": name, location, contributions) they name a user card.
     */
    private static final Set<String> INLINE_AUTHOR_PARTS = Set.of("member", "from");
    private static final Evaluator BLOCK_INSIDE = QueryParser.parse("div, p, li, ul, ol, br, table, section, h1, h2, h3, h4, h5, h6");
    private static final Set<String> TIME_PARTS = Set.of("date", "time", "timestamp", "datetime", "age", "posted", "when",
            "published", "postdate", "ago", "dt");
    private static final Set<String> LIKE_PARTS = Set.of("like", "likes", "vote", "votes", "score", "points", "upvote",
            "upvotes", "recommend", "recommends", "recs", "respect", "react", "reaction", "reactions", "rating", "karma", "count", "reactcount", "upvotecount", "reputation");
    /** Data attributes that hold a comment's exact time beside a relative label. */
    private static final List<String> DATA_TIME_ATTRS = List.of("data-date", "data-time", "data-datetime", "data-timestamp", "data-created");
    private static final Pattern ISO_START = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2})?");
    private static final Set<String> REPUTATION_PARTS = Set.of("reputation", "karma");
    private static final Set<String> POST_LIKE_PARTS = Set.of("like", "likes", "vote", "votes", "upvote", "upvotes", "score", "points");
    /** Parts of a record that are not the commenter's words: meta lines, controls, profile boxes. */
    private static final Set<String> CHROME_PARTS = Set.of("author", "username", "user", "fn", "nick", "avatar", "meta",
            "metadata", "date", "time", "timestamp", "posted", "submitted", "byline", "says", "reply", "actions", "action",
            "controls", "tools", "links", "footer", "header", "head", "menu", "vote", "voting", "votes", "like", "likes",
            "score", "points", "permalink", "report", "share", "tagline", "buttons", "profile", "userinfo", "signature",
            "rank", "attribution", "nav", "posthead", "postfoot", "comhead", "keyinfo", "poster", "recommend",
            "name", "names", "usertitle", "postprofile", "avatar-container", "back2top", "moderatorbar", "reportlinks",
            "votelinks", "ind", "midcol", "bar", "foot", "infos", "info", "replybox", "replies-toggle",
            "userextras", "userdetails", "authorpane", "cauthorpane", "smalltext", "postcounter", "nodecontrols", "gensmall",
            "icon", "title", "subject", "expand", "hidden", "screen-reader-text", "reactions", "reactionsbar",
            // (a moderator's note under the words, "Gekürzt. Bitte … Die Redaktion/jk", "awaiting moderation")
            "moderation", "moderator",
            // (SB Nation-style "div.sig" under the words and the "p.by" line "by X on <date> via mobile up")
            "sig");
    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "button", "menu", "nav", "header",
            "footer", "aside", "form-hidden", "select", "textarea", "input", "img", "svg", "h1", "h2", "h3", "h4", "h5", "h6",
            "time", "cite", "iframe", "dl");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "br", "li", "ul", "ol", "blockquote", "tr", "table",
            "section", "article", "pre", "dd", "dt", "hr");
    private static final Pattern NUMBER = Pattern.compile("[+]?(\\d[\\d,]{0,7})");
    /** A review's helpful votes as review widgets print them (see fields). */
    private static final Pattern FOUND_HELPFUL = Pattern.compile(
            "(?iu)(\\d[\\d,]{0,7})\\s+(?:of\\s+\\d[\\d,]{0,7}\\s+)?(?:people|persons?|users?|members?|readers?|customers?|guests?)"
                    + "\\s+found\\s+this(?:\\s+\\p{L}+)?\\s+(?:helpful|useful)\\.?");
    private static final Pattern LIKES_TEXT = Pattern.compile(
            "(?i)(?:^|\\s|[(\\[\\u2665\\u2764+])(\\d{1,6})\\s*(?:likes?|points?|up|votes?|recommends?|recommendations?|empfehlungen|(?:positive )?bewertungen|helpful\\b|me gusta|mi piace|curtidas|recs?\\b|stars?\\b|hearts?\\b|favou?rites?|(?:people|persons?|members?|users?) likes? this|\\)|$)"
                    // (and "[37 Recs]": Daily Kos-style recommends; "Respect 12": Brightspot-style news CMSes)
                    // (and "顶[12]", "赞(5)": Chinese portals' up-vote buttons with the count in brackets)
                    + "|(?:recommend|like|likes|support|respect|j['\\u2019]aime|gef\\u00e4llt mir|\\u2665|\\u2764|\\u25b2|\\u2191|\\ud83d\\udc4d|\\u9876|\\u8d5e)\\s*[(\\[]?(\\d{1,6})[)\\]]?");
    /** The localized verbs alone (no English "says": "X says:" over a comment's date is its byline, not a quote's head). */
    static final String WROTE_LOCAL = "schrieb|hat geschrieben|a \u00e9crit|a ecrit|escribi\u00f3|ha scritto|schreef|skrev|escreveu|kirjoitti"
            + "|napisa\u0142(?:\\(a\\)|a)?|napsal(?:\\(a\\)|a)?"
            + "|\u043d\u0430\u043f\u0438\u0441\u0430\u043b(?:\\(\u0430\\)|\u0430)?|\u043f\u0438\u0441\u0430\u043b(?:\\(\u0430\\)|\u0430)?";
    /**
     * A quote head's verb in the languages of localized boards as well ("X hat geschrieben:", "X a écrit :",
     * "X писал(а):", "X escribió:"): phpBB, vBulletin and SMF print the board language's word, not "wrote".
     */
    static final String WROTE_WORDS = "wrote|said|says|" + WROTE_LOCAL;
    /** vBulletin's and XenForo's "Originally Posted by X" / "Quote from X" as localized boards print it. */
    static final String QUOTE_FROM_LOCAL = "zitat von|citation de|cita de|citazione di|citaat van|originalmente (?:publicado|escrito|postado|enviado) por"
            + "|\u0441\u043e\u043e\u0431\u0449\u0435\u043d\u0438\u0435 \u043e\u0442|\u0446\u0438\u0442\u0430\u0442\u0430 \u0441\u043e\u043e\u0431\u0449\u0435\u043d\u0438\u044f";
    private static final Pattern SAYS = Pattern.compile("(?iu)\\s*(?:writes|" + WROTE_WORDS + ")\\s*(?::|\\.{2,3}|\u2026)?\\s*$");
    // (a prefix before the word: Plone's replyTreeLevel1)
    // (the prefix may name the record, hyphens and all: Dreamwidth's comment-depth-2, Concrete's ccm-conversation-message-level1)
    // (or one letter: "d2", Ning's indent classes "i0".."i2")
    private static final Pattern DEPTH_CLASS = Pattern.compile(
            "(?i)^(?:(?:[a-z]{0,12}|[a-z_-]{0,40}(?:comment|message|post|reply|thread|item)[-_]?)(?:depth|level|indent|lvl)|d|i)[-_]?(\\d{1,2})$");
    // (in em or rem too, counted at 16px: 1C-Bitrix indents its flat blog comments by 2.5em a level)
    /** A depth written as a CSS custom property the stylesheet indents by ("--level:2", "--depth: 1"). */
    private static final Pattern DEPTH_VAR = Pattern.compile("(?i)--(?:[a-z]+-)?(?:level|depth|indent)\\s*:\\s*(\\d{1,2})\\b");
    /** Attributes that hold a record's depth as a number (derStandard-like postings: data-level="2"). */
    private static final List<String> DEPTH_ATTRS = List.of("data-level", "data-depth", "data-indent", "aria-level");
    private static final Pattern MARGIN = Pattern.compile("(?i)(?:margin|padding)-left\\s*:\\s*(\\d{1,4}(?:\\.\\d{1,3})?)(px|r?em|ex|ch)");
    private static final Pattern QUOTE_HEAD = Pattern.compile("(?iu)^(.{1,40}?)\\s+(?:" + WROTE_WORDS + ")\\s?:?$|^originally posted by:?\\s+(.{1,40})$");
    private static final Pattern META_LINE = Pattern.compile(
            "(?i)^(?:[\\u2014\\u2013-]\\s*)?(?:posted by|submitted by|by|from)?\\s*(.{1,40}?)\\s*(?:[|,\\u00b7]|\\bon\\b|\\bat\\b)\\s*.*\\d.*$");

    // CSS queries parsed once: select(String) parsed its query again on every call, per record and per element
    private static final Evaluator QUOTE_HEADS = QueryParser.parse("cite, .bbCodeBlock-title, .bbcode_postedby, .quote-title, .quoteheader, .citation, .attribution, .title,"
            + " [class*=uthor]");
    private static final Evaluator QUESTION_ITEM = QueryParser.parse("[itemtype$=/Question]");
    private static final Evaluator DT_NAME_PARTS = QueryParser.parse("cite, a[href], strong, b");
    private static final Evaluator DL_COMMENT = QueryParser.parse("div.dl-comment");
    /** Children a page does not show: no part of a definition list's dt/dd pairs, nor a break in them. */
    private static final Set<String> NOT_SHOWN = Set.of("script", "noscript", "style", "template");
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final Evaluator ANCHOR_TARGETS = QueryParser.parse("[id], a[name]");
    private static final Evaluator INDENT_CELL = QueryParser.parse("td.ind, td[indent]");
    private static final Evaluator SIZED_IMG = QueryParser.parse("img[width]");
    private static final Evaluator TD = QueryParser.parse("td");
    private static final Evaluator AVATARS = QueryParser.parse("[class*=avatar]");
    private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");
    private static final Evaluator INTERACTION_TYPE = QueryParser.parse("meta[itemprop=interactionType]");
    private static final Evaluator QUOTE_BOX_TAGS = QueryParser.parse("div, table, td, aside, blockquote");
    private static final Evaluator BLOCKS_OR_BR = QueryParser.parse("p, div, br");
    private static final Evaluator NAME_TAGS = QueryParser.parse("strong, b, cite, a");
    private static final Evaluator POST_REFS = QueryParser.parse("a[href*=#], [data-post-id]");
    private static final Evaluator PID_LINKS = QueryParser.parse("a[href*=pid=]");
    private static final Evaluator QUOTE_CITES = QueryParser.parse("cite, .bbCodeBlock-title, .bbcode_postedby, .quote-title, [class$=quote-user], [class$=quote-head]");
    /** The quoted poster's name in a quote box's head, by its class ("cy-quote-name", "quote-author-name"). */
    private static final Evaluator QUOTE_NAME = QueryParser.parse("[class$=quote-name], [class$=quote-author], [class$=quote-username]");

    // regular expressions compiled once: String.matches/replaceFirst/replaceAll/split compiled theirs on every call
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    private static final Pattern NAME_LIST_SEP = Pattern.compile(",|\\band\\b");
    private static final Pattern HAS_DIGIT_RX = Pattern.compile(".*\\d.*");
    private static final Pattern IN_REPLY_TO_HEAD = Pattern.compile("(?i)^\\s*(in )?reply(ing)? to\\s*");
    private static final Pattern AT_HEAD = Pattern.compile("^@");
    private static final Pattern LEADING_SYMBOLS = Pattern.compile("^[\\p{So}\\p{Sm}\\u25b6\\u25ba\\u21aa\\s]+");
    private static final Pattern TRAILING_ELLIPSIS = Pattern.compile("[\\u2026.]+$");
    private static final Pattern COUNT = Pattern.compile("\\d{1,6}");
    private static final Pattern SIGNED_COUNT = Pattern.compile("[+]?\\d{1,6}");
    private static final Pattern RE_HEAD = Pattern.compile("(?i)^re:\\s*");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}");
    private static final Pattern HEADER_SEP = Pattern.compile("\\s*(?:[|\u00b7\u2022,\u2013\u2014]|\\bon\\b|\\bat\\b|\\bposted by\\b|\\bby\\b|\\bsays:?|\\bsaid:?|\\bwrote:?)\\s*");
    private static final Pattern EDGE_DASHES = Pattern.compile("^[-:\\s]+|[-:\\s]+$");
    private static final Pattern HEADER_CONTROL_WORDS = Pattern.compile("(?i).*\\b(ago|reply|permalink|report|comments?)\\b.*");
    private static final Pattern QUOTE_LABEL = Pattern.compile("(?iu)(?:quote|zitat|citation|cita|citazione|\u0446\u0438\u0442\u0430\u0442\u0430):?|originally posted by");
    private static final Pattern QUOTE_MARKS = Pattern.compile("(?:^|(?<=\\s))>+\\s*");
    private static final Pattern BARE_QUOTE_LABEL = Pattern.compile("(?iu)^(?:quote|zitat|citation|cita|citazione|\u0446\u0438\u0442\u0430\u0442\u0430):?\\s+");
    /** The quoted poster's name after a bare label: in bold, a link or an element its class calls a name (uCoz's span.qName). */
    private static final Evaluator LABELLED_NAME_TAGS = QueryParser.parse("strong, b, cite, a, span[class*=name], span[class*=Name]");
    private static final Pattern QUOTE_LABEL_HEAD = Pattern.compile("(?iu)^(quote from:?|originally posted by|" + QUOTE_FROM_LOCAL + ")\\s*");

    private CommentRecords() {
    }

    /** One record: its element and, for flat lists, its depth mark. */
    private record Rec(Element el, int depth) {
    }

    /**
     * @return the comments found as records, or an empty list when the page has no repeated comment-like records
     */
    static List<ExtractedComment> find(Element root, List<String> articleKeys, Deadline deadline, int blockCommentWords) {
        CUES.get().clear();
        SIGNATURES.get().clear();
        SHAPES.get().clear();
        try {
            TreeIndex index = TreeIndex.of(root);
            // each wrapping step walks the page's elements: the index's list (root.getAllElements() in the same order)
            // until a step changes the tree, and a fresh list after one does
            List<Element> all = index.subtree(0);
            boolean pairs = false;
            if (wrapHeaderBodyPairs(all)) {
                pairs = true;
                all = root.getAllElements();
            }
            if (wrapMessageRuns(all)) {
                pairs = true;
                all = root.getAllElements();
            }
            if (wrapRowSpans(all)) {
                pairs = true;
                all = root.getAllElements();
            }
            if (splitMailPres(all)) {
                pairs = true;
                all = root.getAllElements();
            }
            pairs |= RowRunPosts.wrap(all);
            if (wrapDefinitionLists(index.named("dl")) || pairs) {
                index = TreeIndex.of(root); // (the wrapped lists changed the tree)
            }
            INDEX.set(index);
            String own = clock(root);
            CLOCK.set(own != null ? own : FetchClock.get());
            PAGE_YEAR.set(new Object[]{root, null});
            PAGE.set(new Object[]{root, null});
            return read(root, articleKeys, deadline, blockCommentWords);
        } finally {
            CLOCK.remove();
            PAGE_YEAR.remove();
            PAGE.remove();
            QUESTION_BOX.remove();
            TITLE.remove();
            INDEX.remove();
            CUES.get().clear();
            SIGNATURES.get().clear();
            SHAPES.get().clear();
        }
    }

    private static final Pattern DT_CUE = Pattern.compile("(?i)\\b(?:says|said|wrote|writes|posted|by|from)\\b|\\d{1,2}[:.]\\d{2}");

    /**
     * Comment lists written as {@code <dl>} (Blogger's classic {@code dl#comments-block}, Movable Type and other old
     * blogs): each {@code <dt>} heads a comment (author, "said...", a date) and the {@code <dd>}s after it hold its
     * text and footer. Each such group is wrapped in one element, so the record finder sees one subtree per comment.
     * Profile boxes written as dl (a forum's postprofile: one dt; vBulletin's "Join Date"/"Posts" pairs with a
     * few words each) do not qualify: the dts must carry a comment cue and the dds hold some words.
     */
    private static boolean wrapDefinitionLists(List<Element> dls) {
        boolean wrapped = false;
        for (Element dl : dls) {
            List<Element> kids = dl.children();
            int dts = 0;
            int cued = 0;
            int ddWords = 0;
            for (Element k : kids) {
                if (k.normalName().equals("dt")) {
                    dts++;
                    String t = Texts.squash(k.text());
                    if (Texts.wordCount(t) <= 30 && (DT_CUE.matcher(t).find() || Dates.find(t) != null
                            || !k.select(DT_NAME_PARTS).isEmpty() && Texts.wordCount(t) <= 6)) {
                        cued++;
                    }
                } else if (k.normalName().equals("dd")) {
                    ddWords += Texts.wordCount(k.text());
                } else if (!NOT_SHOWN.contains(k.normalName())) {
                    // (a script among the pairs, as Blogger's classic dl#comments-block opens with, shows nothing)
                    dts = -1000; // other children: not a plain definition list
                }
            }
            boolean inComment = dl.closest(DL_COMMENT) != null;
            if (dts < (inComment ? 1 : 2) || cued < 0.8 * dts || ddWords < 5 * dts) {
                continue;
            }
            wrapped = true;
            wrapFrom(new ArrayList<>(kids), k -> k.normalName().equals("dt"));
        }
        return wrapped;
    }

    /**
     * Wraps {@code kids} (siblings, in order) from each one {@code opens} holds for up to the next such one in a
     * {@code div.dl-comment}, so the record finder sees one subtree per post; siblings before the first stay put.
     */
    private static void wrapFrom(List<Element> kids, java.util.function.Predicate<Element> opens) {
        Element wrap = null;
        for (Element k : kids) {
            if (opens.test(k)) {
                wrap = new Element("div").addClass("dl-comment");
                for (String c : k.classNames()) {
                    if (DEPTH_CLASS.matcher(c).matches()) {
                        // the head's depth class is the whole comment's (WordPress's dt.depth-2 in a threaded dl)
                        wrap.addClass(c);
                    }
                }
                k.before(wrap);
                wrap.appendChild(k);
            } else if (wrap != null) {
                wrap.appendChild(k);
            }
        }
    }

    /**
     * Posts written as a header and a body side by side with nothing around the pair (SMF's and other boards' print
     * pages: div.postheader "Post by: X on <date>", div.postbody, an hr; list archives' header tables): each pair is
     * wrapped like a definition list's dt and dds, so the record finder sees one subtree per post. Only a strict
     * alternation of two named shapes qualifies, at least three pairs, the first short and dated or signed, the
     * second with words.
     */
    private static boolean wrapHeaderBodyPairs(List<Element> all) {
        boolean wrapped = false;
        for (Element parent : all) {
            if (!elementChildren(parent, 6)) {
                continue;
            }
            List<Element> kids = new ArrayList<>();
            for (Element k : parent.children()) {
                if (!k.normalName().equals("hr") && !k.normalName().equals("br")) {
                    kids.add(k);
                }
            }
            if (kids.size() < 6 || kids.size() % 2 != 0) {
                continue;
            }
            String head = shapeKey(kids.get(0));
            String body = shapeKey(kids.get(1));
            if (head == null || body == null || head.equals(body)) {
                continue;
            }
            int cued = 0;
            int bodyWords = 0;
            boolean alternate = true;
            for (int i = 0; i < kids.size() && alternate; i += 2) {
                Element h = kids.get(i);
                Element b = kids.get(i + 1);
                alternate = head.equals(shapeKey(h)) && body.equals(shapeKey(b));
                String t = Texts.squash(boundedText(h, 400));
                if (Texts.wordCount(t) <= 30 && (DT_CUE.matcher(t).find() || Dates.find(t) != null)) {
                    cued++;
                }
                bodyWords += Texts.wordCount(boundedText(b, 400));
            }
            int n = kids.size() / 2;
            if (!alternate || cued < 0.8 * n || bodyWords < 5 * n) {
                continue;
            }
            wrapped = true;
            wrapFrom(new ArrayList<>(parent.children()), k -> head.equals(shapeKey(k)));
        }
        return wrapped;
    }

    /**
     * Messages written as runs of three or four classed siblings each, one after another in one parent with other
     * things before and after them (a bug log's "Message #5 received at …" line, its header block with From: and
     * Date:, the body in {@code pre.message}, an {@code hr} between messages: debbugs, mail archives). Each message's
     * siblings are wrapped in one element, so the record finder sees one subtree per message; its head (all but the
     * last sibling) must carry a comment cue or a date, its body (the last one) some words.
     */
    private static boolean wrapMessageRuns(List<Element> all) {
        boolean wrapped = false;
        for (Element parent : all) {
            // (a dl's dt/dd groups are the definition lists' rule: wrapDefinitionLists)
            if (!elementChildren(parent, 9) || parent.normalName().equals("dl") || childNamed(parent, "dt")) {
                continue;
            }
            List<Element> kids = new ArrayList<>();
            for (Element k : parent.children()) {
                if (!k.normalName().equals("hr") && !k.normalName().equals("br")) {
                    kids.add(k);
                }
            }
            boolean done = false;
            for (int period = 3; period <= 4 && !done; period++) {
                for (int start = 0; start + 3 * period <= kids.size() && !done; start++) {
                    List<String> shape = new ArrayList<>();
                    for (int t = 0; t < period; t++) {
                        shape.add(shapeKey(kids.get(start + t)));
                    }
                    if (shape.contains(null) || new java.util.HashSet<>(shape).size() < period) {
                        continue;
                    }
                    int reps = 0;
                    int cued = 0;
                    int bodyWords = 0;
                    int bodiesLongest = 0;
                    for (int i = start; i + period <= kids.size(); i += period, reps++) {
                        boolean same = true;
                        for (int t = 0; t < period && same; t++) {
                            same = shape.get(t).equals(shapeKey(kids.get(i + t)));
                        }
                        if (!same) {
                            break;
                        }
                        StringBuilder head = new StringBuilder();
                        for (int t = 0; t < period - 1; t++) {
                            head.append(boundedText(kids.get(i + t), 400)).append(' ');
                        }
                        String h = Texts.squash(head.toString());
                        if (Texts.wordCount(h) <= 60 && (DT_CUE.matcher(h).find() || Dates.find(h) != null)) {
                            cued++;
                        }
                        int words = Texts.wordCount(boundedText(kids.get(i + period - 1), 2000));
                        bodyWords += words;
                        boolean longest = true;
                        for (int t = 0; t < period - 1; t++) {
                            longest &= Texts.wordCount(boundedText(kids.get(i + t), 2000)) < words;
                        }
                        // (the body holds the most words: two comments of parity-classed head/body pairs are no message)
                        bodiesLongest += longest ? 1 : 0;
                    }
                    if (reps < 3 || cued < 0.8 * reps || bodyWords < 5 * reps || bodiesLongest < 0.8 * reps) {
                        continue;
                    }
                    for (int m = 0; m < reps; m++) {
                        Element wrap = new Element("div").addClass("dl-comment");
                        kids.get(start + m * period).before(wrap);
                        for (int t = 0; t < period; t++) {
                            wrap.appendChild(kids.get(start + m * period + t));
                        }
                    }
                    wrapped = true;
                    done = true;
                }
            }
        }
        return wrapped;
    }

    /**
     * Posts laid out over several table rows, the user cell spanning them (XMB: the cell with rowspan=3 beside the
     * subject/date row, the body row and the links row): each such run of rows is wrapped in a {@code tbody.dl-comment},
     * so the record finder sees one subtree per post, not a header row apart from its body. Three such runs in one
     * table section or more, each cell spanning 2 to 6 rows.
     */
    private static boolean wrapRowSpans(List<Element> all) {
        boolean wrapped = false;
        for (Element section : tables(all)) {
            List<Element> starts = new ArrayList<>();
            for (Element tr : section.children()) {
                Element cell = tr.normalName().equals("tr") ? tr.firstElementChild() : null;
                int span = cell == null ? 1 : parseInt(cell.attr("rowspan"));
                if (span >= 2 && span <= 6 && elementChildren(tr, 2)) {
                    starts.add(tr);
                }
            }
            if (starts.size() < 3) {
                continue;
            }
            for (Element tr : starts) {
                int span = parseInt(tr.firstElementChild().attr("rowspan"));
                List<Element> run = new ArrayList<>();
                run.add(tr);
                for (Element next = tr.nextElementSibling(); next != null && run.size() < span && next.normalName().equals("tr")
                        && !starts.contains(next); next = next.nextElementSibling()) {
                    run.add(next);
                }
                Element wrap = new Element("tbody").addClass("dl-comment");
                tr.before(wrap);
                for (Element x : run) {
                    wrap.appendChild(x);
                }
            }
            wrapped = true;
        }
        return wrapped;
    }

    /**
     * Plain-text mails one {@code <pre>} each, head and body together (public-inbox's thread view: "* Re: subject",
     * "Ann Lee @ 2026-11-23 14:32 UTC (permalink / raw)", "To: …", a blank line, the body): each such pre is split into
     * a {@code div.dl-comment} holding a head (the sender in a span.author, the date in a time element) and the body
     * in a pre of its own, its "-- " signature cut off, so the record finder sees one post per mail with its fields.
     * Three such pres or more among one parent's children, each head of at most eight lines naming a sender and a date.
     */
    private static boolean splitMailPres(List<Element> all) {
        boolean split = false;
        for (Element parent : all) {
            if (!elementChildren(parent, 3)) {
                continue;
            }
            List<Element> pres = new ArrayList<>();
            List<String[]> heads = new ArrayList<>();
            for (Element k : parent.children()) {
                if (!k.normalName().equals("pre")) {
                    continue;
                }
                String whole = k.wholeText();
                int blank = whole.indexOf("\n\n");
                if (blank < 0 || whole.substring(0, blank).split("\n").length > 8) {
                    continue;
                }
                String head = whole.substring(0, blank);
                String name = null;
                String date = null;
                for (String line : head.split("\n")) {
                    Matcher at = MAIL_AT_HEAD.matcher(line);
                    Matcher from = MAIL_FROM_HEAD.matcher(line);
                    if (name == null && at.matches()) {
                        name = at.group(1).strip();
                        date = Dates.find(at.group(2));
                    } else if (name == null && from.matches()) {
                        name = from.group(1).strip();
                    } else if (date == null && line.strip().startsWith("Date:")) {
                        date = Dates.find(line);
                    }
                }
                if (name != null && date != null && Texts.wordCount(name) <= 5) {
                    pres.add(k);
                    heads.add(new String[]{name, date, whole.substring(blank + 2)});
                }
            }
            if (pres.size() < 3) {
                continue;
            }
            for (int i = 0; i < pres.size(); i++) {
                String body = heads.get(i)[2];
                Matcher sig = MAIL_SIGNATURE.matcher(body);
                if (sig.find()) {
                    body = body.substring(0, sig.start()); // the "-- " line opens the sender's signature
                }
                Element wrap = new Element("div").addClass("dl-comment");
                Element head = wrap.appendElement("div").addClass("mail-head");
                head.appendElement("span").addClass("author").text(heads.get(i)[0]);
                head.appendText(" ");
                head.appendElement("time").attr("datetime", heads.get(i)[1]).text(heads.get(i)[1]);
                wrap.appendElement("pre").text(body.strip());
                // (before and remove, not replaceWith: that left the parent's cached child list stale)
                pres.get(i).before(wrap);
                pres.get(i).remove();
            }
            split = true;
        }
        return split;
    }

    /** public-inbox's sender line: "Ann Lee @ 2026-11-23 14:32 UTC (permalink / raw)". */
    private static final Pattern MAIL_AT_HEAD = Pattern.compile("\\s*(?:from:\\s*)?([^@<>\\n]{1,60}?)\\s+@\\s+(\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}.*)", Pattern.CASE_INSENSITIVE);
    /** A mail's "From: Ann Lee <ann@example.org>" header line. */
    private static final Pattern MAIL_FROM_HEAD = Pattern.compile("(?i)\\s*from:\\s*([^<>@\\n]{1,60}?)\\s*<[^<>\\s]+@[^<>\\s]+>\\s*");
    /** The conventional signature separator line of a plain-text mail. */
    private static final Pattern MAIL_SIGNATURE = Pattern.compile("(?m)^-- ?$");

    /** Tag and class attribute of a classed element (null: no class), for the header/body pairs. */
    private static String shapeKey(Element e) {
        String c = e.className().strip();
        return c.isEmpty() ? null : e.normalName() + "." + c;
    }

    private static List<ExtractedComment> read(Element root, List<String> articleKeys, Deadline deadline, int blockCommentWords) {
        List<Element> records = bestSet(root, deadline);
        records = withoutHeadRecord(records);
        boolean few = records.size() < (blockCommentWords > 0 ? 2 : 3);
        if (!few) {
            // (a question box found above the answers has a shape of its own: the set's shape is the next record's)
            String sig = signature(records.get(records.get(0) == QUESTION_BOX.get() ? 1 : 0));
            if (sig.contains("pingback") || sig.contains("trackback") || sig.endsWith(".") && !sig.contains("@")
                    && !((sig.startsWith("tr.") || sig.equals("li.") || sig.equals("table.")) && richRecords(records))) {
                // (class-less rows and list items qualify only when every one is rich in cues: a forum's table rows, bbPress's
                // threaded replies, each li a header and a post)
                few = true;
            } else if (blockCommentWords == 0 && (!strongSignature(sig) && !richRecords(records) && !inCommentSection(records)
                    || linkDensity(records) > 0.35)) {
                // nothing the block model took for comments: only a set that names itself a comment or post list
                few = true;
            }
            List<Element> vouched = few && !sig.contains("pingback") && !sig.contains("trackback") && linkDensity(records) <= 0.35
                    ? VouchedRuns.vouched(records) : null;
            if (vouched != null) {
                // a heading names the run a comment or review list, or each record carries a forum user pane
                records = vouched;
                few = false;
            }
        }
        if (few) {
            // no set of three: one or two comments, taken only where the page says plainly they are (see FewRecords)
            records = FewRecords.find(root, deadline);
            if (records.isEmpty()) {
                return List.of();
            }
        }
        records = withPingbacks(root, records);
        Map<Element, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            index.put(records.get(i), i);
        }
        List<ExtractedComment> out = new ArrayList<>();
        Map<Integer, String> idOf = new HashMap<>();
        Map<String, Integer> anchors = null;
        Map<String, Integer> permalinks = null;
        Map<String, Integer> keys = null;
        Map<String, Integer> depthOf = new HashMap<>();
        Map<String, String> parentOfId = new HashMap<>();
        Map<String, String> lastByAuthor = new HashMap<>();
        List<Boolean> namesParent = new ArrayList<>(); // per comment: it names the one it answers ("Reply to @x")
        List<int[]> stack = new ArrayList<>(); // {record index, depth mark} of the flat-list ancestors
        int[] opener = discussionOpeners(records, index);
        // where some records carry a depth mark (a spacer cell, a margin) and others none, the unmarked ones are the
        // top level (GeekLog's comment tables: only replies have the spacer cell), not records outside the stack
        boolean marked = false;
        // (each record's mark read once: the look for an indent cell or a spacer cell walks its whole subtree)
        int[] marks = new int[records.size()];
        java.util.Arrays.fill(marks, Integer.MIN_VALUE);
        for (int i = 0; i < records.size() && !marked; i++) {
            marks[i] = depthMark(records.get(i));
            marked = marks[i] > 0;
        }
        if (!marked) {
            marked = replyClassMarks(records, marks);
        }
        for (int i = 0; i < records.size(); i++) {
            deadline.check();
            Element r = records.get(i);
            Fields f = fields(r, index, articleKeys);
            if (f.text.isEmpty() && f.quotes.isEmpty()) {
                continue;
            }
            int parent = nestedParent(r, index);
            if (parent == 0 && QuestionPosts.apart(records, r, family(signature(records.get(0)), signature(r)))) {
                parent = -1; // the answers' box after the question: answers to the thread, top-level as a forum's replies
            }
            int mark = marks[i] != Integer.MIN_VALUE ? marks[i] : depthMark(r);
            if (mark < 0 && marked && parent < 0) {
                mark = 0;
            }
            if (parent < 0 && mark >= 0) {
                while (!stack.isEmpty() && stack.get(stack.size() - 1)[1] >= mark) {
                    stack.remove(stack.size() - 1);
                }
                if (!stack.isEmpty()) {
                    parent = stack.get(stack.size() - 1)[0];
                }
                stack.add(new int[]{i, mark});
            }
            String parentId = parent >= 0 ? idOf.get(parent) : null;
            String named = parentAttribute(r);
            if (named != null) {
                // the parent named by a data attribute (Komento's data-parentid, Mbin's data-subject-parent-value):
                // what a flat list with CSS indents says in no other way
                if (keys == null) {
                    keys = recordKeys(records);
                }
                Integer q = keys.get(named);
                if (q != null && q < i && idOf.containsKey(q)) {
                    parentId = idOf.get(q);
                }
            }
            // a reply-to link, then a mention, beats the thread the reply sits in (responses flattened under their
            // thread's first comment), as long as it names a comment within that thread
            for (String target : new String[]{f.replyTarget, f.mentionTarget}) {
                if (target == null) {
                    continue;
                }
                if (anchors == null) {
                    anchors = anchors(records);
                }
                Integer q = anchors.get(target.toLowerCase(Locale.ROOT));
                // (within the thread: nested in its record, or in a flat list below it by depth marks: the extracted tree)
                if (q != null && q < i && idOf.containsKey(q) && (parent < 0 || q == parent || records.get(q).parents().contains(records.get(parent))
                        || idOf.containsKey(parent) && inThread(idOf.get(q), idOf.get(parent), parentOfId))) {
                    parentId = idOf.get(q);
                }
            }
            if (!f.quoteTargets.isEmpty() && anchors == null) {
                anchors = anchors(records);
            }
            for (String target : f.quoteTargets) {
                Integer q = anchors.get(target.toLowerCase(Locale.ROOT));
                if (q == null) {
                    q = byNumber(records, target);
                }
                if (parentId == null && q != null && q < i) {
                    parentId = idOf.get(q);
                }
            }
            String floorName = null;
            if (parentId == null && f.postRef == null) {
                Matcher floor = MENTION_FLOOR.matcher(f.text);
                if (floor.lookingAt()) {
                    f.postRef = floor.group(1); // "@name #3 words" (V2EX): the reply on floor 3, named and numbered
                    floorName = f.text.substring(1, floor.start(1) - 1).strip();
                }
            }
            if (parentId == null && f.postRef != null) {
                // a post number: the record whose id carries it, else (textboards number posts 1, 2, … in page order) the n-th
                Integer q = byNumber(records, f.postRef);
                if (q == null && f.postRef.length() <= 4) {
                    q = Integer.parseInt(f.postRef) - 1;
                    // (a named floor one further on, where the opening post is floor 0 before the replies' 1, 2, …: the
                    // record there written by the name the mention gives)
                    if (floorName != null && q + 1 < i && !floorName.equalsIgnoreCase(authorOf(out, idOf.get(q)))
                            && floorName.equalsIgnoreCase(authorOf(out, idOf.get(q + 1)))) {
                        q = q + 1;
                    }
                }
                if (q != null && q >= 0 && q < i) {
                    parentId = idOf.get(q);
                }
            }
            if (parentId == null && f.replyHref != null) {
                if (permalinks == null) {
                    permalinks = permalinks(records);
                }
                Integer q = permalinks.get(f.replyHref);
                if (q != null && q < i) {
                    parentId = idOf.get(q);
                }
            }
            if (parentId == null && f.replySnippet != null) {
                // the latest earlier comment of that author that begins with the words the preview quotes
                String snip = Texts.squash(f.replySnippet).toLowerCase(Locale.ROOT);
                snip = snip.substring(0, Math.min(snip.length(), 40));
                for (int k = out.size() - 1; k >= 0 && parentId == null; k--) {
                    ExtractedComment c = out.get(k);
                    if (c.author() != null && c.author().equalsIgnoreCase(f.replyTo)
                            && Texts.squash(c.text()).toLowerCase(Locale.ROOT).startsWith(snip)) {
                        parentId = c.id();
                    }
                }
            }
            if (parentId == null && f.replyTime != null) {
                // the latest earlier comment posted at the time the reply names
                for (int k = out.size() - 1; k >= 0 && parentId == null; k--) {
                    if (f.replyTime.equals(out.get(k).postedAt())) {
                        parentId = out.get(k).id();
                    }
                }
            }
            if (parentId == null && f.replyTo != null && !f.quotes.isEmpty()) {
                // a quote of that author's words: the latest of their comments holding the quote's opening words
                // (an author with several comments: Phorum's "Quote / name" box answers one of them)
                String head = Texts.squash(f.quotes.get(0).text()).toLowerCase(Locale.ROOT);
                // (its head, "Quote" and the name, may have stayed in the quote's text)
                head = BARE_QUOTE_LABEL.matcher(head).replaceFirst("");
                String who = f.replyTo.toLowerCase(Locale.ROOT);
                head = (head.startsWith(who) ? head.substring(who.length()) : head).strip();
                head = head.substring(0, Math.min(head.length(), 40));
                for (int k = out.size() - 1; k >= 0 && parentId == null && head.length() >= 20; k--) {
                    ExtractedComment c = out.get(k);
                    if (c.author() != null && c.author().equalsIgnoreCase(f.replyTo)
                            && Texts.squash(c.text()).toLowerCase(Locale.ROOT).contains(head)) {
                        parentId = c.id();
                    }
                }
            }
            if (parentId == null && f.replyTo != null) {
                parentId = lastByAuthor.get(f.replyTo.toLowerCase(Locale.ROOT));
                if (parentId == null && f.replyTo.startsWith("@") && f.replyTo.length() > 2) {
                    // "Reply to @halimaosei" (Pleroma, Akkoma, Misskey): the handle of an earlier commenter, their
                    // display name shown ("Halima Osei") and the handle in their profile link
                    parentId = lastByAuthor.get(DisplayNames.handleKey(f.replyTo));
                }
            }
            if (parentId != null && parent >= 0 && parentId.equals(idOf.get(parent)) && f.replyTo != null && f.replyTarget == null) {
                // "replied to Saoirse" in a reply nested one level under its thread (VK's deeper replies sit beside
                // each other): the latest earlier comment in that thread by that name, or whose first name it is
                String who = f.replyTo.toLowerCase(Locale.ROOT);
                String self = f.author == null ? "" : f.author.toLowerCase(Locale.ROOT);
                String nestAuthor = null;
                for (ExtractedComment c : out) {
                    if (c.id().equals(parentId)) {
                        nestAuthor = c.author() == null ? "" : c.author().toLowerCase(Locale.ROOT);
                    }
                }
                // (not the record's own "Reply to Pip" button: that names its author; and not when the thread it is
                // nested in is the named one's: the nesting says it already, Vuukle's "Reply to Mairead")
                boolean skip = self.equals(who) || self.startsWith(who + " ") || nestAuthor == null
                        || nestAuthor.equals(who) || nestAuthor.startsWith(who + " ");
                for (int k = skip ? -1 : out.size() - 1; k >= 0; k--) {
                    ExtractedComment c = out.get(k);
                    String a = c.author() == null ? "" : c.author().toLowerCase(Locale.ROOT);
                    if (!inThread(c.id(), parentId, parentOfId)) {
                        continue;
                    }
                    if (a.equals(who) || who.indexOf(' ') < 0 && a.startsWith(who + " ")) {
                        parentId = c.id();
                        break;
                    }
                }
            }
            if (parentId == null && f.replyTo != null && f.replyTo.indexOf(' ') < 0 && f.replyTo.length() >= 2) {
                // "@Niamh" for Niamh Casey (Textpattern, hand-typed mentions): the first name of exactly one earlier
                // commenter, that commenter's latest comment
                String only = null;
                String latest = null;
                for (int k = out.size() - 1; k >= 0; k--) {
                    String a = out.get(k).author();
                    int sp = a == null ? -1 : a.indexOf(' ');
                    if (sp > 0 && a.substring(0, sp).equalsIgnoreCase(f.replyTo)
                            // (not "@Communal Award" for Communal Award: a whole name after the "@" is the exact-name
                            // rule's case, read as top level in a flat list, as the Dragnet gold reads WordPress)
                            && !f.text.regionMatches(true, f.text.indexOf('@') + 1, a, 0, a.length())
                            // (nor "@Standard Oil of NJ" for Standard Oil of New Jersey: more than the first name of a
                            // longer one is that same whole-name case, the name shortened)
                            && !f.text.regionMatches(true, f.text.indexOf('@') + 1, a, 0, twoWords(a))) {
                        if (only == null) {
                            only = a;
                            latest = out.get(k).id();
                        } else if (!only.equals(a)) {
                            latest = null;
                            break;
                        }
                    }
                }
                parentId = latest;
            }
            if (parentId == null && f.replyTo == null && !f.quotes.isEmpty()) {
                // a quote with no name (a bare blockquote opening a reply: Gitea, GitHub's "Quote reply"): the latest
                // earlier comment holding its opening words (the article may hold them too: an issue's opening
                // post printed above the thread as well)
                String head = Texts.squash(f.quotes.get(0).text()).toLowerCase(Locale.ROOT);
                // (a reply button's "@name" before the quoted words: Gitalk's "> @ann Having read…")
                head = LEADING_HANDLE.matcher(head).replaceFirst("");
                head = head.substring(0, Math.min(head.length(), 40));
                for (int k = out.size() - 1; k >= 0 && parentId == null && head.length() >= 20; k--) {
                    if (Texts.squash(out.get(k).text()).toLowerCase(Locale.ROOT).contains(head)) {
                        parentId = out.get(k).id();
                    }
                }
            }
            if (parentId == null && f.leadMention != null) {
                // a reply opening with its parent's author's name (a user mention): that author's latest comment
                // (the key without spaces is the one kept up to date: the spaced one keeps an author's first comment)
                parentId = lastByAuthor.get(f.leadMention.replace(" ", "").toLowerCase(Locale.ROOT));
            }
            String at = f.leadMention != null ? f.leadMention.toLowerCase(Locale.ROOT) : openingAt(f.text);
            if (at != null && parentId != null && parentId.equals(parent >= 0 ? idOf.get(parent) : null)) {
                // text opening with "@Full Name" (a plain-text mention, or one linking to a profile, not to a comment)
                // in a reply nested under a thread: the latest earlier comment by that name within that thread
                // (Yahoo-style replies flattened one level deep); the longest name wins ("@Ann Lee" over "@Ann").
                // (In a flat list an opening "@name" is left alone: the Dragnet gold reads WordPress's flat "@name,"
                // replies as top-level comments.)
                String thread = parentId;
                ExtractedComment best = null;
                for (int k = out.size() - 1; k >= 0; k--) {
                    ExtractedComment c = out.get(k);
                    String a = c.author() == null ? null : c.author().toLowerCase(Locale.ROOT);
                    if (a == null || a.length() < 2 || !at.startsWith(a) || at.length() > a.length() && Character.isLetterOrDigit(at.charAt(a.length()))
                            || best != null && best.author().length() >= a.length()) {
                        continue;
                    }
                    if (thread == null || inThread(c.id(), thread, parentOfId)) {
                        best = c;
                    }
                }
                if (best != null) {
                    parentId = best.id();
                }
            }
            if (parentId == null && parent < 0 && mark < 0 && opener[i] >= 0 && opener[i] < i && idOf.containsKey(opener[i])) {
                // a reply inside a discussion box answers the note that opened it (GitLab, GitHub review threads)
                parentId = idOf.get(opener[i]);
            }
            if (f.author == null && f.quotes.isEmpty() && DELETED_STUB.matcher(f.text.strip()).matches()) {
                // a deleted comment's stub ("[comment deleted]", "This comment has been deleted."): no comment; the
                // replies under it answer the thread it sat in (its parent, or the top level)
                idOf.put(i, parentId);
                continue;
            }
            String id = sourceId(r, out.size() + 1);
            while (depthOf.containsKey(id)) {
                id = id + "_";
            }
            idOf.put(i, id);
            parentOfId.put(id, parentId);
            int depth = parentId == null ? 0 : depthOf.getOrDefault(parentId, 0) + 1;
            depthOf.put(id, depth);
            f.author = AuthorNames.tidy(f.author);
            if (f.author != null) {
                lastByAuthor.put(f.author.replace(" ", "").toLowerCase(Locale.ROOT), id);
                lastByAuthor.putIfAbsent(f.author.toLowerCase(Locale.ROOT), id);
            }
            if (f.handle != null) {
                lastByAuthor.put(DisplayNames.handleKey(f.handle), id);
            }
            out.add(new ExtractedComment(id, parentId, f.author, f.time, f.likes, f.text, f.quotes, depth,
                    f.header.isEmpty() ? null : String.join(" ", f.header)));
            namesParent.add(f.replyTo != null);
        }
        out = ConversationRoots.withoutRoot(out, namesParent);
        out = HeaderNames.withGuestNames(out);
        if (out.size() < (few ? 1 : 2)) {
            return List.of();
        }
        if (blockCommentWords > 0) {
            int words = 0;
            for (ExtractedComment c : out) {
                // (the head lines too: the blocks hold them, and short comments under "11.05.12 at 1:55 pm", a name
                // and a "Profile" link are half head)
                words += Texts.wordCount(c.text()) + (c.header() == null ? 0 : Texts.wordCount(c.header()));
            }
            if (words < 0.6 * blockCommentWords) {
                return List.of(); // a small set inside a larger thread the blocks hold: keep the blocks
            }
        }
        return out;
    }

    /** The length of a name's first two words ("Standard Oil" of "Standard Oil of New Jersey"); the name's when shorter. */
    /**
     * A list's head row in the records' own class (V2EX's "10 条回复 • date" cell over its reply cells): the first
     * record, a few words and fewer cues than every other record has (each of those rich: name, time, avatar, link),
     * is the list's summary, not a comment; left in, it makes the run look poor in cues and the whole list is lost.
     */
    private static List<Element> withoutHeadRecord(List<Element> records) {
        if (records.size() < 4) {
            return records;
        }
        // (or the second, under an opening post of a shape of its own found above the list: V2EX's topic box)
        int head = poorHead(records.get(0)) ? 0
                : poorHead(records.get(1)) && !signature(records.get(0)).equals(signature(records.get(1))) ? 1 : -1;
        if (head < 0) {
            return records;
        }
        for (int i = 0; i < records.size(); i++) {
            if (i != head && cues(records.get(i)) < 5) {
                return records;
            }
        }
        List<Element> kept = new ArrayList<>(records);
        kept.remove(head);
        return kept;
    }

    /** The author of the comment extracted with that id, or null. */
    private static String authorOf(List<ExtractedComment> out, String id) {
        for (ExtractedComment c : out) {
            if (c.id().equals(id)) {
                return c.author();
            }
        }
        return null;
    }

    private static boolean poorHead(Element r) {
        return cues(r) < 5 && Texts.wordCount(boundedText(r, 200)) <= 12;
    }

    private static int twoWords(String name) {
        int first = name.indexOf(' ');
        int second = first < 0 ? -1 : name.indexOf(' ', first + 1);
        return second < 0 ? name.length() : second;
    }

    private static final Pattern BY_LEFT = Pattern.compile("(?i)(?:^|\\s)by:?$");
    private static final Pattern LEADING_HANDLE = Pattern.compile("^@[\\p{L}\\d_.-]{1,40}[:,]?\\s+");

    /** The lower-cased words after an opening "@" ("@Ann Lee : …", "Reply to @ann: …"), or null. */
    private static String openingAt(String text) {
        String t = text.length() > 80 ? text.substring(0, 80) : text;
        Matcher m = OPENING_AT.matcher(t);
        return m.lookingAt() ? t.substring(m.end()).toLowerCase(Locale.ROOT) : null;
    }

    private static final Pattern OPENING_AT = Pattern.compile("(?i)(?:reply(?: to)?\\s*)?@");

    /** Whether comment {@code id} is {@code top} or one of its descendants. */
    private static boolean inThread(String id, String top, Map<String, String> parentOfId) {
        for (String c = id; c != null; c = parentOfId.get(c)) {
            if (c.equals(top)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Per record, the first record of its discussion box (-1: none): where records sit in a series of like containers,
     * one per discussion, some holding one record and some more (GitLab's ul.notes, one per discussion), the later
     * records of a box answer its first. Records nested in records, lists with depth marks and single-list threads
     * are not discussion boxes.
     */
    private static int[] discussionOpeners(List<Element> records, Map<Element, Integer> index) {
        int[] out = new int[records.size()];
        java.util.Arrays.fill(out, -1);
        Map<Element, List<Integer>> boxes = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            Element r = records.get(i);
            if (r.parent() == null || nestedParent(r, index) >= 0 || depthMark(r) >= 0) {
                return out;
            }
            boxes.computeIfAbsent(r.parent(), k -> new ArrayList<>()).add(i);
        }
        if (boxes.size() < 3) {
            return out;
        }
        String shape = null;
        boolean single = false;
        boolean several = false;
        for (Map.Entry<Element, List<Integer>> b : boxes.entrySet()) {
            String sig = signature(b.getKey());
            if (sig.endsWith(".") || shape != null && !shape.equals(sig)) {
                return out; // (boxes of one named shape only)
            }
            shape = sig;
            single |= b.getValue().size() == 1;
            several |= b.getValue().size() > 1;
            if (b.getValue().size() > 12) {
                return out; // a page of a flat list, not a discussion
            }
        }
        if (!single || !several) {
            return out;
        }
        for (List<Integer> box : boxes.values()) {
            for (int i : box) {
                out[i] = box.get(0);
            }
        }
        return out;
    }

    /** The value of a record's parent-naming data attribute (data-parentid, data-parent-id, data-subject-parent-value), or null. */
    private static String parentAttribute(Element r) {
        for (org.jsoup.nodes.Attribute a : r.attributes()) {
            String k = a.getKey();
            if (k.startsWith("data-") && (k.contains("parent") || k.contains("reply-to") || k.contains("replyto"))) {
                String v = a.getValue().strip();
                if (v.startsWith("#")) {
                    v = v.substring(1);
                }
                if (!v.isEmpty() && !v.equals("0") && v.length() <= 40) {
                    return v.toLowerCase(Locale.ROOT);
                }
            }
        }
        return null;
    }

    /** Every key a data attribute can name a record by: its id, the number in its id, its data-id-like attributes. */
    private static Map<String, Integer> recordKeys(List<Element> records) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            Element r = records.get(i);
            String id = r.id().toLowerCase(Locale.ROOT);
            if (!id.isEmpty()) {
                out.putIfAbsent(id, i);
                Matcher m = TRAILING_NUMBER.matcher(id);
                if (m.find()) {
                    out.putIfAbsent(m.group(), i);
                }
            }
            for (org.jsoup.nodes.Attribute a : r.attributes()) {
                String k = a.getKey();
                if (k.startsWith("data-") && (k.endsWith("id") || k.endsWith("-id-value")) && !k.contains("parent") && !k.contains("author")
                        && !k.contains("user")) {
                    out.putIfAbsent(a.getValue().strip().toLowerCase(Locale.ROOT), i);
                }
            }
        }
        return out;
    }

    /** Each link target to the record that holds the link first: a reply's in-reply-to link names its parent's permalink. */
    private static Map<String, Integer> permalinks(List<Element> records) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            for (Element a : records.get(i).select(LINKS)) {
                if (!a.hasClass("u-in-reply-to") && !a.attr("rel").contains("in-reply-to")) {
                    out.putIfAbsent(a.attr("href"), i);
                }
            }
        }
        return out;
    }

    /**
     * Pingbacks and trackbacks listed among the comments (WordPress: li.pingback beside li.comment): the page shows
     * them as entries of the thread, so they are kept with it, in page order. A set of pingbacks alone is no thread.
     */
    private static List<Element> withPingbacks(Element root, List<Element> records) {
        java.util.Set<Element> parents = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.Set<Element> known = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        known.addAll(records);
        for (Element r : records) {
            if (r.parent() != null) {
                parents.add(r.parent());
            }
        }
        boolean added = false;
        for (Element p : parents) {
            for (Element c : p.children()) {
                String cls = c.className().toLowerCase(Locale.ROOT);
                if (!known.contains(c) && (cls.contains("pingback") || cls.contains("trackback")) && Texts.wordCount(boundedText(c, 100)) >= 4) {
                    known.add(c);
                    added = true;
                }
            }
        }
        if (!added) {
            return records;
        }
        List<Element> ordered = new ArrayList<>();
        for (Element e : allElements(root)) {
            if (known.contains(e)) {
                ordered.add(e);
            }
        }
        return ordered;
    }

    /** Every name a record can be linked by: its id, the named anchors inside it, "post_N" for a numbered post. */
    /**
     * The record's first two elements with text of their own, outside quotes, the second not inside the first; with
     * {@code skipBadges} a one-word badge element after the first ("Admin", "MOD") is passed over.
     */
    private static List<Element> leadingTexts(List<Element> own, QuoteMemo inQuotes, boolean skipBadges) {
        List<Element> texts = new ArrayList<>(2);
        for (Element d : own) {
            if (texts.size() == 2) {
                break;
            }
            if (!d.ownText().isBlank() && !inQuotes.in(d) && (texts.isEmpty() || !d.parents().contains(texts.get(0)))) {
                if (skipBadges && texts.size() == 1 && !elementChildren(d, 1) && BADGE.matcher(d.ownText()).matches()) {
                    continue;
                }
                texts.add(d);
            }
        }
        return texts;
    }

    private static Map<String, Integer> anchors(List<Element> records) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            Element r = records.get(i);
            for (Element e = r; e != null && e.childrenSize() <= 1 + (e == r ? 1000 : 0); e = e.parent()) {
                if (!e.id().isEmpty()) {
                    out.putIfAbsent(e.id().toLowerCase(Locale.ROOT), i);
                }
                if (e != r && e.parent() != null && elementChildren(e.parent(), 2)) {
                    break;
                }
            }
            Element mark = r.previousElementSibling();
            if (mark != null && mark.normalName().equals("a") && mark.hasAttr("name") && !elementChildren(mark, 1)
                    && mark.text().isBlank()) {
                // an empty named anchor right before the record (Scoop's <a name="4100"></a><table>): its permalink
                out.putIfAbsent(mark.attr("name").toLowerCase(Locale.ROOT), i);
            }
            for (String attr : new String[]{"data-id", "data-pid", "data-post-id"}) {
                if (r.hasAttr(attr)) {
                    out.putIfAbsent("data:" + r.attr(attr), i);
                }
            }
        }
        // (every record's own names first: a thread's first comment holds its replies' anchors too)
        for (int i = 0; i < records.size(); i++) {
            Element r = records.get(i);
            for (Element e : r.select(ANCHOR_TARGETS)) {
                String k = (e.hasAttr("name") && e.normalName().equals("a") ? e.attr("name") : e.id()).toLowerCase(Locale.ROOT);
                if (!k.isEmpty() && out.get(k) == null) {
                    out.put(k, i);
                }
            }
        }
        return out;
    }

    /** The one record whose id carries the same post number as a quote's link ("#pid4000" and div#post_4000). */
    private static final Pattern QUOTED_ID_ATTR = Pattern.compile("(?:comment|post|message)-?id$");

    private static Integer byNumber(List<Element> records, String target) {
        Matcher m = TRAILING_NUMBER.matcher(target);
        if (!m.find()) {
            return null;
        }
        Integer found = null;
        for (int i = 0; i < records.size(); i++) {
            Matcher n = TRAILING_NUMBER.matcher(records.get(i).id());
            if (n.find() && n.group().equals(m.group())) {
                if (found != null) {
                    return null;
                }
                found = i;
            }
        }
        if (found == null && m.group().length() >= 3) {
            // no id carries it: the post whose header shows that number ("No.48217114" in a 4chan-style postInfo)
            String no = m.group();
            for (int i = 0; i < records.size(); i++) {
                String head = head(Texts.squash(boundedText(records.get(i), 300)), 300);
                int at = head.indexOf(no);
                if (at > 0 && (at + no.length() == head.length() || !Character.isDigit(head.charAt(at + no.length())))
                        && NUMBER_LABEL.matcher(head.substring(Math.max(0, at - 5), at)).find()) {
                    if (found != null) {
                        return null;
                    }
                    found = i;
                }
            }
        }
        return found;
    }

    private static final Pattern NUMBER_LABEL = Pattern.compile("(?i)(?:no\\.\\s?|#)$");

    private static final Pattern TRAILING_NUMBER = Pattern.compile("\\d{2,}$");
    private static final Pattern POST_REF = Pattern.compile("(?:>>|\u226b)(\\d{1,12})");
    /** "@name #3 " opening a reply: a mention with the floor number of the post it answers. */
    private static final Pattern MENTION_FLOOR = Pattern.compile("@[^\\s#@]{1,30}(?:\\s[^\\s#@]{1,20}){0,2}\\s#(\\d{1,4})(?!\\d)");

    private static boolean strongSignature(String sig) {
        String s = sig.toLowerCase(Locale.ROOT);
        if (s.contains("postid") || s.contains("brief") || s.contains("teaser") || s.contains("widget") || s.contains("related")) {
            return false;
        }
        return s.contains("comment") || s.contains("reply") || s.contains("message") || s.contains("thing")
                || s.contains("talkback") || s.contains("reaction") || POST_WORD.matcher(s).matches()
                || s.contains("athing") || s.contains("cpost") || s.contains("fyre") || s.contains("@comment")
                // (a review list: a reviewer, a date and a rating per record, answered by the owner, as comments are)
                || s.contains("review") && !s.contains("preview") && !s.contains("reviewer");
    }

    /** Every record with author, time, avatar or permalink, and a few of them: a thread whatever its class names. */
    private static boolean richRecords(List<Element> records) {
        if (records.size() < 3) {
            return false;
        }
        for (Element r : records) {
            if (cues(r) < 5) {
                return false;
            }
        }
        return true;
    }

    /**
     * Dated records of any class ("li.media", "article.note", "div.entry") inside the one element the page names its
     * comment section ("div.comments", "#comments-area"): the section says what they are.
     */
    private static boolean inCommentSection(List<Element> records) {
        if (records.size() < 3) {
            return false;
        }
        for (Element r : records) {
            if (cues(r) < 3) {
                return false;
            }
        }
        Element box = records.get(0).parent();
        for (int up = 0; box != null && up < 3; up++, box = box.parent()) {
            final Element around = box;
            if (CommentSections.namesSection(box) && records.stream().allMatch(r -> r.parents().contains(around))) {
                return true;
            }
        }
        return false;
    }

    private static double linkDensity(List<Element> records) {
        int all = 0;
        int linked = 0;
        for (Element r : records) {
            all += r.text().length();
            for (Element a : r.getElementsByTag("a")) {
                linked += a.text().length();
            }
        }
        return all == 0 ? 1 : linked / (double) all;
    }

    // ------------------------------------------------------------------ finding the record set

    private static List<Element> bestSet(Element root, Deadline deadline) {
        Map<String, Integer> score = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        Map<String, List<Element>> members = new HashMap<>();
        java.util.Set<String> substantive = new java.util.HashSet<>();
        for (Element parent : allElements(root)) {
            deadline.check();
            if (!elementChildren(parent, 2) || parent.normalName().equals("tr") || rowsOfOnePost(parent)) {
                continue; // the cells of one table row are parts of one record (a forum's name cell beside its post)
            }
            Map<String, List<Element>> groups = new LinkedHashMap<>();
            String level = null;
            for (Element c : parent.children()) {
                String sig = signature(c);
                if (sig.equals("tr.")) {
                    // class-less rows are told apart by how deep they sit: the rows of a table inside a post's cell
                    // (Snitz: the date row and the body row inside the post cell) are parts of that post's row,
                    // not more posts of its shape diluting its cues
                    if (level == null) {
                        level = "tr.d" + parent.parents().size() + ".";
                    }
                    sig = level;
                }
                groups.computeIfAbsent(sig, k -> new ArrayList<>()).add(c);
            }
            for (Map.Entry<String, List<Element>> g : groups.entrySet()) {
                if (g.getValue().size() < 2 || g.getKey().startsWith("p.") || g.getKey().startsWith("br.")
                        || g.getKey().startsWith("option.") || g.getKey().startsWith("span.") || g.getKey().startsWith("a.")) {
                    continue;
                }
                // most sibling groups (menus, table cells, paragraphs) have no dated, signed records: a cheap look first
                if (Texts.wordCount(boundedText(g.getValue().get(0), 60)) < 4 && Texts.wordCount(boundedText(g.getValue().get(1), 60)) < 4) {
                    continue;
                }
                if (!metaOnly(g.getValue())) {
                    // user cards and "answered <date>" boxes beside the text are parts of records, not records: a shape
                    // is a candidate only where some of its groups hold words of their own
                    substantive.add(g.getKey());
                }
                int s = 0;
                int n = 0;
                List<Element> run = trimmedRun(g.getValue());
                for (Element e : run) {
                    s += cues(e);
                    // rows of a few words between records ("Back to top", spacers) are not records that lack cues, nor
                    // is a row of member fields under a post ("Posts: 20 | Registered: Jan 2010": UBB.classic)
                    if (!e.normalName().equals("tr") || Texts.wordCount(boundedText(e, 60)) >= 4 && !memberRow(e)) {
                        n++;
                    }
                }
                score.merge(g.getKey(), s, Integer::sum);
                count.merge(g.getKey(), Math.max(n, 1), Integer::sum);
                members.computeIfAbsent(g.getKey(), k -> new ArrayList<>()).addAll(g.getValue());
            }
        }
        String best = null;
        double bestScore = 0;
        for (Map.Entry<String, Integer> e : score.entrySet()) {
            int n = count.get(e.getKey());
            double perRecord = e.getValue() / (double) n;
            // a record carries at least an author or a time and some text; more cues, more records: the thread
            if (perRecord < 3.0 || !substantive.contains(e.getKey())) {
                continue;
            }
            double total = e.getValue() + (commentish(e.getKey()) ? 2.0 * n : 0);
            if (total > bestScore) {
                bestScore = total;
                best = e.getKey();
            }
        }
        if (best == null) {
            return List.of();
        }
        List<Element> out = new ArrayList<>();
        List<Element> won = members.get(best);
        if (best.startsWith("tr.d")) {
            best = "tr."; // (rows of one depth: the members that won)
        }
        if (best.endsWith(".")) {
            // a shape without class names (tr., div.) is every other row of the page: only the sibling runs that won
            for (Element e : won) {
                if (cues(e) >= 2) {
                    out.add(e);
                }
            }
            String wrapped = wrappedShape(out);
            if (wrapped == null) {
                return best.equals("table.") ? sameInnerShape(root, out) : out;
            }
            // class-less wrappers around one record of a named shape each (Talkyard's li around div.dw-t): that shape
            // is the record, found wherever it sits (a lone reply in its list is no sibling run), in page order
            best = wrapped;
            out = new ArrayList<>();
        }
        for (Element e : allElements(root)) {
            String sig = signature(e);
            // the same record with one more class (div.cmt and div.cmt.cmt-reply) is the same kind of record
            if (family(sig, best) && e.parent() != null && cues(e) >= 2) {
                out.add(e);
            }
        }
        return withResponseBoxes(withOpeningPost(withInnerRecords(root, out, best, score, count, members)));
    }

    /**
     * A response printed inside the card of the comment it answers, after that comment's words (an app store's or a
     * review site's "response from the developer / owner"): a box of one shape in two or more records that opens
     * with a short name line, then a line that is a date alone, then words of its own. Such a box is a record, the
     * card's child; no class names it (hashed classes), the name-then-date head and its place after the card's own
     * words do. A quote box (blockquote, "X wrote:") has no date line of its own; a header box (name and date over
     * the words) holds no words and comes first.
     */
    private static List<Element> withResponseBoxes(List<Element> out) {
        if (out.size() < 3) {
            return out;
        }
        java.util.Set<Element> records = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        records.addAll(out);
        Map<String, List<Element>> boxes = new LinkedHashMap<>();
        for (Element r : out) {
            List<Element> kids = r.children();
            int ownWords = 0;
            for (int k = 0; k < kids.size(); k++) {
                Element b = kids.get(k);
                if (ownWords >= 5 && responseBox(b, records)) {
                    boxes.computeIfAbsent(signature(b), x -> new ArrayList<>()).add(b);
                    break;
                }
                ownWords += Texts.wordCount(boundedText(b, 400));
            }
        }
        List<Element> found = new ArrayList<>();
        for (List<Element> bs : boxes.values()) {
            if (bs.size() >= 2) {
                found.addAll(bs);
            }
        }
        if (found.isEmpty()) {
            return out;
        }
        records.addAll(found);
        List<Element> ordered = new ArrayList<>();
        for (Element e : allElements(out.get(0).ownerDocument() == null ? out.get(0).root() : out.get(0).ownerDocument())) {
            if (records.contains(e)) {
                ordered.add(e);
            }
        }
        return ordered.size() == records.size() ? ordered : out;
    }

    /** A box whose first child is a short name line, its second a date alone, then words (see withResponseBoxes). */
    private static boolean responseBox(Element b, java.util.Set<Element> records) {
        if (!b.normalName().equals("div") && !b.normalName().equals("section") || records.contains(b)
                || b.children().size() < 3) {
            return false;
        }
        List<Element> parts = b.children();
        String name = Texts.squash(parts.get(0).text());
        String date = Texts.squash(parts.get(1).text());
        int words = 0;
        for (int k = 2; k < parts.size(); k++) {
            words += Texts.wordCount(boundedText(parts.get(k), 400));
        }
        int nameWords = Texts.wordCount(name);
        return nameWords >= 1 && nameWords <= 6 && Dates.find(name) == null && !name.endsWith(":")
                && Texts.wordCount(date) <= 6 && Dates.find(date) != null && words >= 5
                && b.select("blockquote").isEmpty();
    }

    /**
     * A sibling group without the members at either end that carry no cue at all: a board that gives its header,
     * its posts and its footer one table class (AcmlmBoard's table.table) has posts between two chrome boxes, which
     * are not posts lacking cues. Three members stay at least, or the group is kept whole.
     */
    private static List<Element> trimmedRun(List<Element> group) {
        if (!group.get(0).normalName().equals("table")) {
            return group; // (other tags' runs: unchanged, as the record finder has weighed them all along)
        }
        int from = 0;
        int to = group.size();
        while (from < to && cues(group.get(from)) == 0) {
            from++;
        }
        while (to > from && cues(group.get(to - 1)) == 0) {
            to--;
        }
        return to - from >= 3 ? group.subList(from, to) : group;
    }

    /**
     * The rows of a table that is one post of a run of such tables (phpBB's subsilver2: a table per post, its name
     * row, its profile-and-body row and its buttons row all of the post's parity class, row1 or row2): parts of that
     * post, as a row's cells are, not records of their own. The table holds two or more classed rows, all of one
     * class, and stands among two more tables of its own shape.
     */
    private static boolean rowsOfOnePost(Element section) {
        String tag = section.normalName();
        Element table = tag.equals("tbody") ? section.parent() : tag.equals("table") ? section : null;
        if (table == null || table.parent() == null) {
            return false;
        }
        String cls = null;
        int rows = 0;
        for (Element tr : section.children()) {
            if (!tr.normalName().equals("tr")) {
                return false;
            }
            String c = tr.className();
            if (c.isEmpty()) {
                continue; // (a spacer row)
            }
            if (cls != null && !cls.equals(c)) {
                return false;
            }
            cls = c;
            rows++;
        }
        if (rows < 2) {
            return false;
        }
        String shape = signature(table);
        if (shape.endsWith(".")) {
            return false;
        }
        int same = 0;
        for (Element sib : table.parent().children()) {
            if (sib != table && sib.normalName().equals("table") && signature(sib).equals(shape)) {
                same++;
            }
        }
        return same >= 2;
    }

    private static final Pattern POST_COUNT_LINE = Pattern.compile(
            "(?iu)^(?:posts|messages|beitr\u00e4ge|mensajes|mensagens|messaggi|posty|berichten|\u0441\u043e\u043e\u0431\u0449\u0435\u043d\u0438\u044f)\\s*:\\s*\\d[\\d,. ]{0,8}$");

    /**
     * A line that is a forum user cell's post count ("Posts: 20", "Beiträge: 312", "Сообщения: 20"), as a text dump
     * prints one under each poster's name: the sign of a thread of posts in a dump that gave none.
     */
    static boolean memberFieldLine(String line) {
        return line.length() <= 30 && line.indexOf(':') > 0 && POST_COUNT_LINE.matcher(line).matches();
    }

    /** A short row of member fields only ("Posts: 20 | Registered: January 2010"), no date of a post in it. */
    private static boolean memberRow(Element tr) {
        String t = Texts.squash(boundedText(tr, 200));
        if (t.length() >= 200 || Texts.wordCount(t) > 14) {
            return false;
        }
        Matcher m = PROFILE_LABEL.matcher(t);
        int labels = 0;
        while (m.find()) {
            labels++;
        }
        return labels >= 2;
    }

    /** Whether an ancestor of {@code r} has the shape {@code sig} with one class more (a selected answer among answers). */
    private static boolean insideFamily(Element r, String sig) {
        if (sig.endsWith(".")) {
            return false;
        }
        for (Element a = r.parent(); a != null; a = a.parent()) {
            String s = signature(a);
            if (!s.equals(sig) && family(s, sig)) {
                return true;
            }
        }
        return false;
    }

    /** The same record with one more class (div.cmt and div.cmt.cmt-reply): the same kind of record. */
    private static boolean family(String sig, String best) {
        int dot = best.indexOf('.');
        if (sig.equals(best)) {
            return true;
        }
        List<String> bestTokens = List.of(best.substring(dot + 1).split("\\."));
        return !bestTokens.get(0).isEmpty() && sig.startsWith(best.substring(0, dot) + ".")
                && List.of(sig.substring(sig.indexOf('.') + 1).split("\\.")).containsAll(bestTokens)
                && sig.split("\\.").length <= best.split("\\.").length + 1;
    }

    /**
     * Class-less tables as records (Scoop/Kuro5hin: a subject row, a "by X on <date>" row, the text, the links, each
     * reply's table alone in the {@code dd} of its parent's {@code dl}): a lone reply is no sibling run, and the page's
     * layout tables are of the same shape. The records are the tables whose rows are those of the run's tables (the
     * same count of rows, each with the same cells), wherever they sit; a table around another record is layout.
     */
    private static List<Element> sameInnerShape(Element root, List<Element> run) {
        Map<String, Integer> votes = new HashMap<>();
        for (Element r : run) {
            votes.merge(rowShape(r), 1, Integer::sum);
        }
        String shape = null;
        for (Map.Entry<String, Integer> v : votes.entrySet()) {
            if (v.getValue() >= 2 && (shape == null || v.getValue() > votes.get(shape))) {
                shape = v.getKey();
            }
        }
        if (shape == null || shape.isEmpty()) {
            return run;
        }
        List<Element> out = new ArrayList<>();
        for (Element t : root.getElementsByTag("table")) {
            if (t.className().isEmpty() && shape.equals(rowShape(t)) && cues(t) >= 2) {
                out.add(t);
            }
        }
        java.util.Set<Element> set = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(out);
        out.removeIf(t -> t.getElementsByTag("table").stream().anyMatch(d -> d != t && set.contains(d)));
        // (a layout table that holds the records is none of them: PHP-Nuke's page table around its comment tables)
        java.util.Set<Element> ran = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        ran.addAll(run);
        List<Element> own = new ArrayList<>(run);
        own.removeIf(t -> t.getElementsByTag("table").stream().anyMatch(d -> d != t && ran.contains(d)));
        return out.size() > run.size() || out.size() >= own.size() && own.size() < run.size() && out.containsAll(own) ? out : run;
    }

    /** A table's rows as the count of cells in each ("2|1|1|"), or "" for a table with no rows of its own. */
    private static String rowShape(Element table) {
        StringBuilder b = new StringBuilder();
        for (Element part : table.children()) {
            for (Element row : part.normalName().equals("tr") ? List.of(part) : part.children()) {
                if (row.normalName().equals("tr")) {
                    b.append(row.children().size()).append('|');
                }
            }
        }
        return b.toString();
    }

    /** The one named shape every record of a class-less set wraps as its only element child (null: none). */
    private static String wrappedShape(List<Element> records) {
        if (records.size() < 3) {
            return null;
        }
        String shape = null;
        for (Element r : records) {
            int first = firstWordedChild(r);
            if (first < 0) {
                return null;
            }
            Element inner = r.child(first);
            String sig = signature(inner);
            // (a custom element is a named shape without a class: PeerTube's my-video-comment)
            if (sig.endsWith(".") && inner.normalName().indexOf('-') < 0 || shape != null && !shape.equals(sig) || cues(inner) < 2) {
                return null;
            }
            shape = sig;
        }
        for (Element r : records) {
            // after the wrapped record only its replies' list, records of the same shape (Allura: li > div.discussion-post
            // + ul of replies): the wrapper is a thread, the shape still the record
            for (int i = firstWordedChild(r) + 1; i < r.childrenSize(); i++) {
                String s = shape;
                if (allElements(r.child(i)).stream().noneMatch(d -> s.equals(signature(d)))) {
                    return null;
                }
            }
        }
        return shape;
    }

    /** The first child with words (an empty anchor div before a thread's record is no part of it), or -1. */
    private static int firstWordedChild(Element r) {
        for (int i = 0; i < r.childrenSize(); i++) {
            if (!boundedText(r.child(i), 20).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static final Set<String> INLINE_TAGS = Set.of("a", "span", "b", "i", "em", "strong", "p", "small", "font", "u",
            "abbr", "time", "code", "bdi", "label", "sup", "sub");
    /**
     * Whether a box before the records is a post's size, not a story's: at most three times the words of the longest
     * record (and 60 more), as a forum's opening post or a question is beside its replies, where a blog's entry before
     * its comments runs far longer than any of them.
     */
    /**
     * Whether the box holds an author part and a time part whose class is the last part of the record's own author
     * and time part classes ("nickname" for the record's "comment_nickname", "date" for "comment_info_date"): the
     * same parts, the record's named with its widget's prefix.
     */
    private static boolean prefixedParts(Element record, Element box) {
        java.util.Set<String> names = new java.util.HashSet<>();
        java.util.Set<String> times = new java.util.HashSet<>();
        for (Element d : allElements(record)) {
            if (d == record || d.className().isEmpty()) {
                continue;
            }
            boolean time = hasPart(d, TIME_PARTS);
            boolean name = !time && hasPart(d, AUTHOR_PARTS) && d.text().length() <= 40;
            if (name || time) {
                for (String t : SPACES.split(d.className().toLowerCase(Locale.ROOT))) {
                    (time ? times : names).add(t);
                }
            }
        }
        boolean name = false;
        boolean time = false;
        for (Element d : allElements(box)) {
            if (d == box || d.className().isEmpty() || d.text().length() > 40) {
                continue;
            }
            for (String u : SPACES.split(d.className().toLowerCase(Locale.ROOT))) {
                if (u.length() < 3) {
                    continue;
                }
                name |= hasPart(d, AUTHOR_PARTS) && names.stream().anyMatch(t -> t.endsWith("_" + u) || t.endsWith("-" + u));
                time |= hasPart(d, TIME_PARTS) && Dates.find(Texts.squash(d.text())) != null
                        && times.stream().anyMatch(t -> t.endsWith("_" + u) || t.endsWith("-" + u));
            }
        }
        return name && time;
    }

    /**
     * Whether the box links a name to the profile path the first records link their authors' names to ("/member/wren" named
     * "wren" in the reply, "/member/Ann Lee" named "Ann Lee" in the box): the same site's user pages, so the box is a
     * member's post.
     */
    private static boolean profileLinked(List<Element> records, Element box) {
        java.util.Set<String> paths = new java.util.HashSet<>();
        // (the first records: a list's head cell of the records' class is still among them here)
        for (Element record : records.subList(0, Math.min(3, records.size()))) {
            for (Element a : record.select("a[href]")) {
                String path = namedPath(a);
                if (path != null && !inQuote(a, record)) {
                    paths.add(path);
                }
            }
        }
        if (paths.isEmpty()) {
            return false;
        }
        for (Element a : box.select("a[href]")) {
            String path = namedPath(a);
            if (path != null && paths.contains(path)) {
                return true;
            }
        }
        return false;
    }

    /** The path before the name a link's href ends with, its own text ("/member/" of "/member/wren" named "wren"), or null. */
    private static String namedPath(Element a) {
        String t = Texts.squash(a.text());
        if (t.isEmpty() || t.length() > 40 || Texts.wordCount(t) > 4) {
            return null;
        }
        String href = a.attr("href").replace("%20", " ").replace('+', ' ');
        int cut = href.length() - t.length();
        if (cut < 2 || !href.regionMatches(true, cut, t, 0, t.length()) || href.charAt(cut - 1) != '/') {
            return null;
        }
        return href.substring(0, cut);
    }

    private static boolean postSized(Element cand, List<Element> records) {
        int longest = 0;
        for (Element r : records) {
            longest = Math.max(longest, Texts.wordCount(boundedText(r, 20_000)));
        }
        return Texts.wordCount(boundedText(cand, 20_000)) <= 3 * longest + 60;
    }

    private static final Set<String> OPENING_PARTS = Set.of("op", "opening", "firstpost", "first-post", "original",
            "starter", "originalpost"); // (not "question": a Q&A page's question is its article)

    /**
     * A forum's opening post in a shape of its own (Vanilla's {@code div.ItemDiscussion} before its
     * {@code li.ItemComment}s): the element just before the first record, outside every record, that holds the same
     * author and time parts (same tag and classes) as the first record does, and words of its own.
     */
    private static List<Element> withOpeningPost(List<Element> out) {
        if (out.size() < 2) {
            return out;
        }
        Element first = out.get(0);
        List<String> parts = new ArrayList<>();
        List<String> nameParts = new ArrayList<>();
        for (Element d : allElements(first)) {
            if (d != first && (hasPart(d, AUTHOR_PARTS) || hasPart(d, TIME_PARTS)) && !d.className().isEmpty()) {
                String sig = signature(d);
                if (!parts.contains(sig)) {
                    parts.add(sig);
                }
                if (hasPart(d, AUTHOR_PARTS) && !hasPart(d, TIME_PARTS) && d.text().length() <= 40) {
                    nameParts.add(sig);
                }
            }
        }
        // (with fewer shared parts, only a box that names itself the opening post: an imageboard's div.post.op)
        boolean namedOnly = parts.size() < 2;
        // the nearest element before the first record that is no record's ancestor
        Element cand = first.previousElementSibling();
        for (Element up = first.parent(); cand == null && up != null && up.parent() != null; up = up.parent()) {
            cand = up.previousElementSibling();
        }
        boolean climbed = false;
        StringBuilder passed = new StringBuilder(); // (the words between: an answers heading, "All Replies (9)")
        for (int hops = 0; cand != null && hops < 3; hops++) {
            Element question = cand.attr("itemtype").endsWith("/Question") ? cand : cand.selectFirst(QUESTION_ITEM);
            if (question != null && out.stream().noneMatch(r -> r.parents().contains(question) || question.parents().contains(r))
                    && cues(question) >= 5 && ownWords(question) >= 4) {
                // a Q&A page's question marked up as a schema.org Question before the answers (Question2Answer): a
                // forum's first post, whatever its classes
                List<Element> ordered = new ArrayList<>(out.size() + 1);
                ordered.add(question);
                ordered.addAll(out);
                return ordered;
            }
            Element c = cand;
            if (out.stream().noneMatch(r -> r.parents().contains(c)) && !signature(cand).equals(signature(first))) {
                List<String> have = new ArrayList<>();
                for (Element d : allElements(cand)) {
                    if (!d.className().isEmpty()) {
                        have.add(signature(d));
                    }
                }
                // (or a box that names itself the opening post, in a shape of its own: Steam's div.forum_op; or, past the
                // replies' heading, a box with the replies' author and time parts that is a post's size, no story's:
                // Elgg's topic above "9 replies"; not a box named the question: Stack Exchange's is the page's article)
                boolean shared = have.containsAll(parts) && !namedOnly
                        && (!climbed || postSized(cand, out) && (cand.selectFirst("h1, h2") == null || QuestionPosts.titled(cand)));
                // (or, past the answers' heading, a titled question box naming its asker in the answers' name part
                // and dated in a meta part of its own: Mozilla support's "Asked <time>", EasyDiscuss's "Posted by X on")
                boolean asked = climbed && !shared && nameParts.stream().anyMatch(have::contains)
                        && QuestionPosts.asked(cand) && QuestionPosts.answersHeading(passed) && postSized(cand, out);
                // (or, past the replies' heading, a post-sized box whose name and date parts are the replies' own with
                // the replies' prefix taken off: a cafe or board article's "nickname" and "date" above comments whose
                // parts are "comment_nickname" and "comment_info_date")
                boolean unprefixed = climbed && !shared && !asked && postSized(cand, out) && cand.selectFirst("h1, h2") == null
                        && prefixedParts(first, cand);
                // (or a titled post-sized box linking its author where the first replies link their own, the profile
                // path a name ends: V2EX's topic box, "/member/Ann" in its header, above its "10 条回复" replies box)
                boolean profiled = !shared && !asked && !unprefixed && cand.selectFirst("h1, h2") != null
                        && QuestionPosts.titled(cand) && postSized(cand, out) && profileLinked(out, cand);
                if ((shared || asked || unprefixed || profiled || hasPart(cand, OPENING_PARTS)) && cues(cand) >= 5 && ownWords(cand) >= 4) {
                    // the opening post itself: the smallest element around its author part that has the other parts too
                    List<Element> ordered = new ArrayList<>(out.size() + 1);
                    ordered.add(cand);
                    ordered.addAll(out);
                    return ordered;
                }
            }
            passed.append(' ').append(boundedText(cand, 120));
            Element before = cand.previousElementSibling();
            // (a first child: the box before its container, as Steam's div.forum_op before the comment area's header;
            // there only a box named the opening post, as a blog's entry before its comments may share their meta parts)
            climbed |= before == null;
            cand = before != null ? before : cand.parent() == null ? null : cand.parent().previousElementSibling();
        }
        return out;
    }

    /**
     * Records of a second shape inside the records found (Stack Exchange: comments under each answer): a set that
     * names itself a comment list, rich in cues, every member inside one of the records and none holding one.
     */
    private static List<Element> withInnerRecords(Element root, List<Element> out, String best, Map<String, Integer> score,
                                                  Map<String, Integer> count, Map<String, List<Element>> members) {
        java.util.Set<Element> outer = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        outer.addAll(out);
        List<Element> inner = new ArrayList<>();
        // every element inside the records by shape, a shape counted once per record that holds it
        Map<String, List<Element>> within = new LinkedHashMap<>();
        Map<String, Integer> holders = new HashMap<>();
        for (Element r : out) {
            java.util.Set<String> here = new java.util.HashSet<>();
            List<Element> own = new ArrayList<>();
            r.filter(new org.jsoup.select.NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof Element d && d != r) {
                        if (outer.contains(d)) {
                            return FilterResult.SKIP_ENTIRELY; // a nested record's parts are its own
                        }
                        if (elementChildren(d, 1) && !INLINE_TAGS.contains(d.normalName())) {
                            own.add(d); // (a leaf or an inline run is no record: not asked its shape)
                        }
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    return FilterResult.CONTINUE;
                }
            });
            // (each box between an element and its record tested once per record, the record's words counted once:
            // asked per element, inQuote walked up to the record again and recounted them at every box on the way)
            QuoteMemo quotes = new QuoteMemo(r);
            for (Element d : own) {
                String k = signature(d);
                if (k.equals(best) || k.endsWith(".") || !commentish(k) && !opensWithAnswerFrom(d)) {
                    continue;
                }
                if (quotes.in(d)) {
                    continue; // a quoted post in a reply ("X schreef op …:" in a blockquote) is the quote, not a reply
                }
                within.computeIfAbsent(k, x -> new ArrayList<>()).add(d);
                if (here.add(k)) {
                    holders.merge(k, 1, Integer::sum);
                }
            }
        }
        for (Map.Entry<String, List<Element>> e : within.entrySet()) {
            List<Element> ms = e.getValue();
            // a part a record has once (WordPress's article.comment-body in its li.comment) is no inner record:
            // several under one record are (a comment and its replies in a thread wrapper, replies under an answer)
            // (one under each of at most half the records is no part every record has: a comment under some answers
            // only, Quora-like answers with a comment or none)
            if (ms.size() < 2 || ms.size() <= holders.get(e.getKey()) && (holders.get(e.getKey()) * 2 > out.size()
                    || !ms.stream().allMatch(m -> wordsBeside(m, outer)))) {
                continue;
            }
            int sum = 0;
            boolean inside = true;
            for (Element m : ms) {
                sum += cues(m);
                if (allElements(m).stream().anyMatch(outer::contains)) {
                    inside = false;
                    break;
                }
            }
            if (inside && sum / (double) ms.size() >= 5.0 && !metaOnly(ms) && !insideOfSame(ms)) {
                inner.addAll(ms);
            }
        }
        if (!inner.isEmpty()) {
            // containers of the inner records (a replies box around them) are not records: the innermost shapes only
            java.util.Set<Element> innerAll = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            innerAll.addAll(inner);
            inner.removeIf(m -> allElements(m).stream().anyMatch(d -> d != m && innerAll.contains(d)));
        }
        // records of another shape around the ones found (Stack Exchange's answers around their comments), each
        // with words of its own: the one such set with the fewest members
        List<Element> around = null;
        Element aroundQuestion = null;
        for (Map.Entry<String, Integer> e : score.entrySet()) {
            String k = e.getKey();
            List<Element> ms = members.get(k);
            if (k.equals(best) || k.endsWith(".") || ms.size() < 2 || e.getValue() / (double) count.get(k) < 5.0
                    || around != null && ms.size() >= around.size() || !inner.isEmpty()) {
                continue;
            }
            java.util.Set<Element> set = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            set.addAll(ms);
            boolean ok = true;
            int leading = 0; // records before the first of the set, outside it (the comments under a Q&A page's question)
            for (int ri = 0; ri < out.size(); ri++) {
                Element r = out.get(ri);
                // (or inside one of the same shape with one class more: GitHub Discussions' selected answer)
                if (set.contains(r)) {
                    ok = false;
                    break;
                }
                if (!insideAny(r, set) && !insideFamily(r, k)) {
                    if (leading == ri && precedes(r, ms.get(0))) {
                        leading++;
                        continue;
                    }
                    ok = false;
                    break;
                }
            }
            Element question = null;
            if (ok && leading > 0) {
                // the records before the answers sit in the question's box: the box that holds them and no answer,
                // with the answers' own name and time parts; else they are no comments under a question
                question = questionBox(out.subList(0, leading), ms, outer);
                ok = question != null && leading < out.size();
            }
            for (int i = 0; ok && i < ms.size(); i++) {
                Element m = ms.get(i);
                if (boundedText(m, 20_001).length() > 20_000) {
                    ok = false; // a page wrapper, not a record
                    break;
                }
                int own = m.text().length();
                if (insideAny(m, outer)) {
                    ok = false;
                }
                for (Element r : allElements(m)) {
                    if (outer.contains(r) && (r.parent() == null || !outer.contains(r.parent()))) {
                        own -= r.text().length();
                    }
                }
                ok &= own >= 40;
            }
            if (ok) {
                around = ms;
                aroundQuestion = question;
            }
        }
        if (around != null) {
            Map<Element, Element> holderOf = new IdentityHashMap<>();
            for (Element r : out) {
                for (Element a : around) {
                    if (r.parents().contains(a)) {
                        holderOf.put(r, a);
                        break;
                    }
                }
            }
            if (heads(out, holderOf)) {
                // the records found are the heads of the ones around them (Beehive's From / To rows above each
                // message's body): the records around them are the posts, and the heads their parts
                List<Element> posts = new ArrayList<>();
                java.util.Set<Element> aroundSet = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
                aroundSet.addAll(around);
                for (Element e : allElements(root)) {
                    if (aroundSet.contains(e)) {
                        posts.add(e);
                    }
                }
                return posts;
            }
            inner.addAll(around);
            if (aroundQuestion != null) {
                inner.add(aroundQuestion);
                QUESTION_BOX.set(aroundQuestion);
            }
            // (and the same records with one more class: Question2Answer's selected answer, div.qa-a-list-item-selected)
            String aroundSig = signature(around.get(0));
            java.util.Set<Element> have = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            have.addAll(around);
            if (!aroundSig.endsWith(".") && around.stream().allMatch(a -> signature(a).equals(aroundSig))) {
                for (Element e : allElements(root)) {
                    if (!have.contains(e) && !signature(e).equals(aroundSig) && family(signature(e), aroundSig) && cues(e) >= 5
                            && !insideAny(e, have) && allElements(e).stream().noneMatch(have::contains)) {
                        inner.add(e);
                    }
                }
            }
        }
        if (inner.isEmpty()) {
            return out;
        }
        java.util.Set<Element> all = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        all.addAll(out);
        all.addAll(inner);
        if (around == null) {
            // a thread wrapper around its comment and that comment's replies (YouTube's comment-thread-renderer): a
            // record with no words outside the inner records is no comment of its own
            java.util.Set<Element> innerSet = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            innerSet.addAll(inner);
            for (Element r : out) {
                int own = r.text().length();
                for (Element d : allElements(r)) {
                    if (innerSet.contains(d) && !insideAny(d, innerSet)) {
                        own -= d.text().length();
                    }
                }
                if (own < 20) {
                    all.remove(r);
                }
            }
        }
        List<Element> ordered = new ArrayList<>();
        for (Element e : allElements(root)) {
            if (all.contains(e)) {
                ordered.add(e);
            }
        }
        return ordered;
    }

    /** Whether {@code a} comes before {@code b} in the page and holds no part of it. */
    private static boolean precedes(Element a, Element b) {
        TreeIndex index = INDEX.get();
        int pa = index == null ? -1 : index.position(a);
        int pb = index == null ? -1 : index.position(b);
        return pa >= 0 && pb >= 0 && pa < pb && !b.parents().contains(a);
    }

    /**
     * A Q&amp;A page's question box above its answers (OSQA-like: comments under the question as under each answer):
     * the outermost box around the records before the answers that holds no answer, comes before them, has words of
     * its own (the question) and half or more of the first answer's part shapes (byline, votes, controls); else null.
     */
    private static Element questionBox(List<Element> leading, List<Element> answers, java.util.Set<Element> outer) {
        java.util.Set<Element> answerSet = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        answerSet.addAll(answers);
        Element box = null;
        for (Element a = leading.get(0).parent(); a != null && a.parent() != null; a = a.parent()) {
            Element up = a;
            if (allElements(up).stream().anyMatch(answerSet::contains)) {
                break;
            }
            box = up;
        }
        if (box == null || !precedes(box, answers.get(0))) {
            return null;
        }
        for (Element r : leading) {
            if (!r.parents().contains(box)) {
                return null;
            }
        }
        int own = box.text().length();
        for (Element r : leading) {
            own -= r.text().length();
        }
        if (own < 40) {
            return null;
        }
        // (the answer's parts outside its comments: its byline, votes, controls; the question's are mostly the same)
        java.util.Set<Element> records = outer;
        java.util.Set<String> parts = new java.util.HashSet<>();
        for (Element d : allElements(answers.get(0))) {
            if (!d.className().isEmpty() && !records.contains(d) && !insideAny(d, records)) {
                parts.add(signature(d));
            }
        }
        java.util.Set<String> shared = new java.util.HashSet<>();
        for (Element d : allElements(box)) {
            if (!d.className().isEmpty() && !records.contains(d) && !insideAny(d, records) && parts.contains(signature(d))) {
                shared.add(signature(d));
            }
        }
        if (shared.size() >= 3 && shared.size() * 2 >= parts.size()) {
            return box;
        }
        return null;
    }

    /**
     * Whether the record around {@code m} has words of its own beside it (an answer's text beside its one comment),
     * not counting its nested records: else {@code m} is the record's body (Forem's div.comment in its details).
     */
    /** An answer box headed "Response from X" (review sites' owner responses), whatever its class names. */
    private static boolean opensWithAnswerFrom(Element d) {
        return anyOfFirst(d, 6, x -> answerFrom(x) != null);
    }

    private static boolean wordsBeside(Element m, java.util.Set<Element> outer) {
        Element holder = m.parent();
        while (holder != null && !outer.contains(holder)) {
            holder = holder.parent();
        }
        if (holder == null) {
            return false;
        }
        int own = holder.text().length() - m.text().length();
        for (Element d : allElements(holder)) {
            if (d != holder && outer.contains(d)) {
                Element up = d.parent(); // (only the records right under this one: deeper ones are inside those)
                while (up != null && up != holder && !outer.contains(up)) {
                    up = up.parent();
                }
                if (up == holder && !m.parents().contains(d)) {
                    own -= d.text().length();
                }
            }
        }
        return own >= 40;
    }

    /**
     * Whether the members are the heads of the records around them: most records that hold one open with it and have
     * words of their own besides (Beehive's From / To rows above each message's body), where comments under an answer
     * follow the answer's own words (Stack Exchange).
     */
    private static boolean heads(List<Element> ms, Map<Element, Element> holderOf) {
        java.util.Set<Element> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        int holders = 0;
        int headed = 0;
        for (Element m : ms) {
            Element r = holderOf.get(m);
            if (r == null || !seen.add(r)) {
                continue;
            }
            holders++;
            String all = Texts.squash(r.text());
            int inner = 0;
            for (Element x : ms) {
                if (holderOf.get(x) == r) {
                    inner += Texts.squash(x.text()).length();
                }
            }
            if (all.startsWith(Texts.squash(m.text())) && all.length() - inner >= 40) {
                headed++;
            }
        }
        return holders > 0 && headed * 2 > holders;
    }

    /** Whether a member of the set holds another (a shape nested in itself is a part, e.g. a box in a box). */
    private static boolean insideOfSame(List<Element> ms) {
        java.util.Set<Element> set = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(ms);
        for (Element m : ms) {
            if (insideAny(m, set)) {
                return true;
            }
        }
        return false;
    }

    /** Most members hold under four words of their own beyond links, dates and numbers: meta boxes, not comments. */
    private static boolean metaOnly(List<Element> group) {
        int meta = 0;
        int left = group.size();
        for (Element e : group) {
            if (ownWords(e) < 4) {
                meta++;
            }
            left--;
            if (meta + left < 0.7 * group.size()) {
                return false; // cannot reach the share any more
            }
        }
        return meta >= 0.7 * group.size();
    }

    /** Words of an element's first 400 characters outside its links (month names and "at"/"ago" not counted), up to 4. */
    private static int ownWords(Element e) {
        String own = boundedText(e, 400);
        // only the first 40 links count: collected by a walk that stops there, not getElementsByTag over a whole page part
        List<Element> anchors = new ArrayList<>();
        e.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element el && el.normalName().equals("a")) {
                    anchors.add(el);
                    if (anchors.size() > 40) {
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        });
        int links = 0;
        for (Element a : anchors) {
            if (++links > 40) {
                break;
            }
            String t = a.text();
            if (!t.isEmpty()) {
                own = own.replace(t, " ");
            }
        }
        int words = 0;
        Matcher m = ALPHA_WORD.matcher(own);
        while (m.find() && words < 4) {
            if (!MONTH_WORD.matcher(m.group()).matches()) {
                words++;
            }
        }
        return words;
    }

    private static final Pattern ALPHA_WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern MONTH_WORD = Pattern.compile(
            "(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|at|on|am|pm|ago|today|yesterday");

    static boolean commentish(String signature) {
        Map<String, Boolean> known = COMMENTISH.get();
        Boolean is = known.get(signature);
        if (is == null) {
            if (known.size() >= 20_000) {
                known.clear();
            }
            is = computeCommentish(signature);
            known.put(signature, is);
        }
        return is;
    }

    /**
     * {@code commentish(tag + "." + cls)} without building that string for every element of the page (FewRecords asks
     * it of each): kept per tag and class attribute.
     */
    static boolean commentish(String tag, String cls) {
        Map<String, Map<String, Boolean>> byTag = COMMENTISH_SHAPES.get();
        if (byTag.size() >= 1_000 && !byTag.containsKey(tag)) {
            byTag.clear(); // (custom elements: a page may name tags without end)
        }
        Map<String, Boolean> known = byTag.computeIfAbsent(tag, k -> new HashMap<>());
        Boolean is = known.get(cls);
        if (is == null) {
            if (known.size() >= 20_000) {
                known.clear();
            }
            is = computeCommentish(tag + "." + cls);
            known.put(cls, is);
        }
        return is;
    }

    /** {@link #commentish} per signature string and thread (a fact of the string; signatures repeat over a page). */
    private static final ThreadLocal<Map<String, Boolean>> COMMENTISH = ThreadLocal.withInitial(HashMap::new);
    private static final ThreadLocal<Map<String, Map<String, Boolean>>> COMMENTISH_SHAPES = ThreadLocal.withInitial(HashMap::new);

    private static boolean computeCommentish(String signature) {
        String s = signature.toLowerCase(Locale.ROOT);
        return s.contains("comment") || s.contains("post") || s.contains("reply") || s.contains("message")
                || s.contains("thing") || s.contains("talkback") || s.contains("athing") || s.contains("reaction")
                || s.contains(".note.") || s.endsWith(".note") // (a class token "note": GitLab's, Gitea's comment notes)
                || s.contains("review") && !s.contains("preview") && !s.contains("reviewer");
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Every element's signature is asked for twice or more while the record set is chosen: computed once. */
    private static final ThreadLocal<Map<Element, String>> SIGNATURES = ThreadLocal.withInitial(IdentityHashMap::new);
    /** Signatures by tag and class attribute, for elements whose classes leave a token (see computeSignature). */
    private static final ThreadLocal<Map<String, String>> SHAPES = ThreadLocal.withInitial(HashMap::new);

    /** Tag plus class tokens (digits masked, odd/even/depth tokens dropped): the shape of a record. */
    static String signature(Element e) {
        Map<Element, String> cache = SIGNATURES.get();
        String known = cache.get(e);
        if (known == null) {
            known = computeSignature(e);
            cache.put(e, known);
        }
        return known;
    }

    /** ASP.NET's alternating rows ("gridRow" / "gridAltRow", "Item" / "AlternatingItem"): one shape. */
    private static final Pattern ALT_ROW = Pattern.compile("alt(?:ernat(?:e|ing))?(?=row|item)|(?<=row|item)alt(?:ernat(?:e|ing))?$");

    /**
     * A BEM modifier of a block the element also carries ("comment comment--indented", "comment--deleted"): a state or
     * a depth, not a shape; the reply and its parent are one kind of record.
     */
    private static boolean bemModifier(String token, String cls) {
        int m = token.indexOf("--");
        return m > 0 && TREE_PLACE.matcher(token.substring(m + 2)).matches() && hasToken(cls, token.substring(0, m));
    }

    /** A modifier or hook naming a record's place in the tree or its state, not what it is. */
    private static final Pattern TREE_PLACE = Pattern.compile(
            "(?:is-)?(?:indented|nested|reply|child|toplevel|top-level|root|deleted|highlighted|collapsed|new|unread|op|own|pinned|featured|selected)");

    /**
     * A JavaScript hook ("js-comment" beside "comment", "js-comment-toplevel"): it repeats a class the element has or
     * names its place in the tree, so the top-level comment and the reply are one shape (other js- hooks, GitHub's
     * js-comment-container, stay: they tell parts apart).
     */
    private static boolean jsHook(String token, String cls) {
        if (!token.startsWith("js-")) {
            return false;
        }
        String rest = token.substring(3);
        int last = rest.lastIndexOf('-');
        return hasToken(cls, rest) || last > 0 && TREE_PLACE.matcher(rest.substring(last + 1)).matches();
    }

    /**
     * A class that restates another class of the element with the record's place or state in it ("comment-item
     * comment-reply-item" in TYPO3's pw_comments, HubSpot's "comment comment-reply-to", ProcessWire's
     * "CommentListItem CommentHasReplies"): the reply and the comment with replies are one kind of record.
     */
    private static boolean placeVariant(String token, String cls) {
        // (each regex only where the token has what it needs: "has" for HAS_REPLIES, a separator for a split into two)
        if (containsAsciiIgnoreCase(token, "has") && HAS_REPLIES.matcher(token).matches()) {
            return true;
        }
        if (token.indexOf('-') < 0 && token.indexOf('_') < 0) {
            return false;
        }
        String[] parts = DASHES.split(token);
        if (parts.length < 2) {
            return false;
        }
        StringBuilder rest = new StringBuilder();
        StringBuilder head = new StringBuilder();
        boolean place = false;
        for (int k = 0; k < parts.length; k++) {
            if (k > 0 && TREE_PLACE.matcher(parts[k]).matches()) {
                // the words before the place word are another class of the element ("comment" + "-reply-to")
                if (!place && (hasToken(cls, head.toString()) || hasToken(cls, head.toString().replace('-', '_'))
                        || k == 1 && siblingRule(cls, token, head.toString()))) {
                    return true;
                }
                place = true;
                continue;
            }
            head.append(k == 0 ? "" : "-").append(parts[k]);
            rest.append(rest.length() == 0 ? "" : "-").append(parts[k]);
        }
        // (with the token's own separators: "comment_reply_item" beside "comment_item")
        return place && (hasToken(cls, rest.toString()) || hasToken(cls, rest.toString().replace('-', '_')));
    }

    /** A deleted comment's placeholder, all its record says. */
    private static final Pattern DELETED_STUB = Pattern.compile(
            "(?i)[\\[(]?(?:this )?(?:comment|message|post|reply)?\\s*(?:has been |was )?(?:deleted|removed)(?:\\s+comment)?"
                    + "(?:\\s+by (?:the )?(?:author|user|commenter|poster|a moderator|moderator|admin|an admin))?[.!]?[\\])]?");

    private static final Pattern HAS_REPLIES = Pattern.compile("(?i).*has-?(?:replies|children|kids|answers)");

    /**
     * Another class of the element under the same component name ("CommentsNode-root" beside "CommentsNode-node", as
     * CSS-in-JS names a component's style rules, ForumMagnum): the place word is one of that component's rules, and
     * the reply ("CommentsNode-child") is the same kind of record.
     */
    private static boolean siblingRule(String cls, String token, String component) {
        if (component.length() < 4) {
            return false;
        }
        for (String t : SPACES.split(cls.toLowerCase(Locale.ROOT))) {
            if (!t.equals(token) && t.length() > component.length() + 1 && t.startsWith(component)
                    && (t.charAt(component.length()) == '-' || t.charAt(component.length()) == '_')
                    && !TREE_PLACE.matcher(t.substring(component.length() + 1)).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasToken(String cls, String token) {
        for (String t : SPACES.split(cls.toLowerCase(Locale.ROOT))) {
            if (t.equals(token)) {
                return true;
            }
        }
        return false;
    }

    private static String computeSignature(Element e) {
        if (e.normalName().equals("tr") && e.className().isEmpty()) {
            // a forum's table rows have no class, their cells do (phpBB 2: td.row1/row2 beside each other)
            java.util.TreeSet<String> cells = new java.util.TreeSet<>();
            for (Element td : e.children()) {
                for (String t : SPACES.split(td.className().toLowerCase(Locale.ROOT))) {
                    if (!t.isEmpty()) {
                        cells.add(hasDigit(t) ? DIGITS.matcher(t).replaceAll("#") : t);
                    }
                }
            }
            return cells.isEmpty() ? "tr." : "tr.~" + String.join("~", cells);
        }
        // a record named by what it is rather than how it looks (NodeBB's component="post", schema.org Comment
        // items): that name, not the classes, is its shape (the opening post has one class more than the rest)
        String component = e.attr("component");
        if (!component.isEmpty() && component.length() <= 30) {
            return e.normalName() + ".@" + DIGITS.matcher(component.toLowerCase(Locale.ROOT)).replaceAll("#");
        }
        if (e.attr("itemtype").endsWith("/Comment")) {
            return e.normalName() + ".@comment";
        }
        if (e.hasAttr("data-comment-id") && UTILITY_CLASSES.matcher(e.className()).find()) {
            // utility classes only (Tailwind: "flex flex-col gap-2 ml-8 border-l"), a reply's differing from its
            // parent's by its indent: the data-comment-id every record carries is the shape (Hashnode)
            return e.normalName() + ".@data-comment-id";
        }
        if (e.className().isEmpty() && e.normalName().indexOf('-') > 0) {
            // a custom element (a web component: <shreddit-comment>) is named by its tag, as a class would name it
            return e.normalName() + ".@element";
        }
        if (e.className().isEmpty() && !e.hasAttr("itemprop") && !e.normalName().startsWith("windowbg")) {
            String id = e.id();
            if (NUMBERED_ID.matcher(id).matches()) {
                return e.normalName() + ".#" + DIGITS.matcher(id).replaceAll("#").toLowerCase(Locale.ROOT);
            }
            // no classes but a test hook naming what it is (React Native Web, Wix: data-testid="postThreadItem-by-ann"):
            // its leading word is the shape
            String hook = e.hasAttr("data-testid") ? e.attr("data-testid") : e.attr("data-hook");
            Matcher word = hook.isEmpty() ? null : HOOK_WORD.matcher(hook);
            if (word != null && word.lookingAt()) {
                return e.normalName() + ".@" + word.group().toLowerCase(Locale.ROOT);
            }
            return e.normalName() + ".";
        }
        String cls = e.className();
        // with a class token left, the shape is the tag's and the class attribute's alone: one look per page at each
        // (tag, class) pair, most records and their parts repeating theirs (the split and the token rules were a
        // twentieth of the record finder)
        String shapeKey = cls.isEmpty() ? null : e.normalName() + '\u0000' + cls;
        String shape = shapeKey == null ? null : SHAPES.get().get(shapeKey);
        if (shape != null) {
            return shape;
        }
        StringBuilder b = new StringBuilder(e.normalName()).append('.');
        List<String> tokens = new ArrayList<>();
        for (String t : cls.isEmpty() ? new String[0] : SPACES.split(cls.toLowerCase(Locale.ROOT))) {
            String form = tokenForm(t);
            // (the tests of the token alone first, once per token and thread; the walk of namesItsAuthor last)
            if (form == null || jsHook(t, cls) || bemModifier(t, cls) || placeVariant(t, cls) || namesItsAuthor(t, e)) {
                continue;
            }
            tokens.add(form);
        }
        java.util.Collections.sort(tokens);
        b.append(String.join(".", tokens));
        if (tokens.isEmpty() && NUMBERED_ID.matcher(e.id()).matches()) {
            // only parity classes (JComments: div.even#comment-item-12): the numbered id is the shape, as for class-less ones
            b.append('#').append(DIGITS.matcher(e.id()).replaceAll("#").toLowerCase(Locale.ROOT));
        }
        if (e.normalName().equals("div") && tokens.isEmpty() && e.hasAttr("itemprop")) {
            b.append("@").append(e.attr("itemprop"));
        }
        if (e.normalName().startsWith("windowbg") || e.className().startsWith("windowbg")) {
            b.append("windowbg");
        }
        if (shapeKey != null && !tokens.isEmpty()) {
            SHAPES.get().put(shapeKey, b.toString());
        }
        return b.toString();
    }

    /**
     * A "user-" class that varies with the commenter: an id ("user-115", "user-id-50") or a role or state
     * ("user-moderator", "user-guest"). A "user-" class naming a part of the record ("user-bar", "user-text",
     * "user-info": a name bar, the words) is the same in every record and stays in the shape: dropping it made the
     * record's name bar and its words class-less divs, the page's generic shape, and lost the author.
     */
    private static final Pattern PER_USER = Pattern.compile(
            "user-(?:.*\\d.*|(?:role-|group-|level-|rank-)?(?:admin|administrator|moderator|mod|staff|guest|anonymous|anon|member"
                    + "|registered|verified|banned|online|offline|op|owner|author|me|self|loggedin|logged-in|premium|subscriber|vip|new|[a-z]))");

    /** No shape part (a token that {@link #tokenForm} drops: a sentinel no token equals by identity). */
    private static final String DROPPED = new String("dropped");
    private static final ThreadLocal<Map<String, String>> TOKEN_FORMS = ThreadLocal.withInitial(HashMap::new);

    /**
     * What a class token adds to a shape by itself: null where the token alone says it is no part of the shape (parity,
     * depth, per-author and state classes), else the token with "alt" variants dropped and digits masked. A fact of
     * the token alone, kept per thread: most pages repeat their tokens over thousands of elements, and the class
     * attributes that differ (a per-author or per-id token among them) missed the shape cache and ran the regexes again.
     */
    private static String tokenForm(String t) {
        Map<String, String> known = TOKEN_FORMS.get();
        String form = known.get(t);
        if (form == null) {
            if (t.isEmpty() || t.equals("odd") || t.equals("even") || t.equals("alt") || t.equals("bg1") || t.equals("bg2")
                    || t.endsWith("odd") || t.endsWith("even") || t.endsWith("-alt") || t.startsWith("authored-by")
                    || t.equals("parent") || t.equals("has-children") || t.startsWith("comment-by") || t.startsWith("role-")
                    || PER_USER.matcher(t).matches() || t.equals("alt1") || t.equals("alt2")
                    || DEPTH_CLASS.matcher(t).matches() || t.startsWith("depth") || t.startsWith("thread-") || t.startsWith("byuser")
                    || t.startsWith("comment-author-") || t.startsWith("bypostauthor") || t.startsWith("id-") || t.startsWith("count-")
                    || t.equals("old") || t.equals("new") || t.equals("unread") || t.equals("noncollapsed") || t.equals("collapsed")
                    || t.equals("first") || t.equals("last") || t.startsWith("windowbg")) {
                form = DROPPED;
            } else {
                String u = ALT_ROW.matcher(t).replaceAll("");
                form = hasDigit(u) ? DIGITS.matcher(u).replaceAll("#") : u;
            }
            if (known.size() >= 20_000) {
                known.clear();
            }
            known.put(t, form);
        }
        return form == DROPPED ? null : form;
    }

    /**
     * A class token ending in the name its record shows ("serendipity_comment_author_annlee" beside "Ann Lee",
     * Tumblr's "tumblelog_annlee"): a per-author class, as WordPress's comment-author-x, not part of the record's
     * shape. The name is a short leaf among the element's first 40 elements, compared without case, spaces and marks.
     */
    private static boolean namesItsAuthor(String token, Element e) {
        int sep = Math.max(token.lastIndexOf('_'), token.lastIndexOf('-'));
        if (sep <= 0 || token.length() - sep - 1 < 3) {
            return false;
        }
        // (after the first separator that leaves a name: "tumblelog_runner_bean_rita" for "runner_bean_rita")
        Map<String, java.util.Set<String>> knownSuffixes = TOKEN_SUFFIXES.get();
        java.util.Set<String> suffixes = knownSuffixes.get(token);
        if (suffixes == null) {
            suffixes = new java.util.HashSet<>();
            for (int k = 0; k < token.length(); k++) {
                char c = token.charAt(k);
                if ((c == '-' || c == '_') && token.length() - k - 1 >= 3) {
                    suffixes.add(NON_ALNUM.matcher(token.substring(k + 1)).replaceAll(""));
                }
            }
            if (knownSuffixes.size() >= 20_000) {
                knownSuffixes.clear();
            }
            knownSuffixes.put(token, suffixes);
        }
        java.util.Set<String> names = suffixes;
        TreeIndex index = INDEX.get();
        int from = index == null ? -1 : index.position(e);
        if (from >= 0) {
            // the first 40 elements of the subtree are the next 40 in document order (e itself first, skipped)
            for (int i = from + 1, stop = Math.min(index.end(from), from + 40); i < stop; i++) {
                String key = index.leafKey(i);
                if (key != null && names.contains(key)) {
                    return true;
                }
            }
            return false;
        }
        return anyOfFirst(e, 40, d -> {
            if (d == e) {
                return false;
            }
            int at = index == null ? -1 : index.position(d);
            String key = at >= 0 ? index.leafKey(at) : leafKey(d);
            return key != null && names.contains(key);
        });
    }

    private static final ThreadLocal<Map<String, java.util.Set<String>>> TOKEN_SUFFIXES = ThreadLocal.withInitial(HashMap::new);

    /**
     * A short leaf's own text as {@link #namesItsAuthor} compares it with a class token's endings (lower case, letters
     * and digits only), or null for an element that is no such leaf; the page's elements each read once
     * ({@link TreeIndex#leafKey}), as nested candidates and their tokens walk the same first elements.
     */
    static String leafKey(Element d) {
        if (!shortLeaf(d, 40)) {
            return null;
        }
        String own = d.ownText();
        return own.length() >= 3 ? NON_ALNUM.matcher(own.toLowerCase(Locale.ROOT)).replaceAll("") : null;
    }

    /**
     * Whether {@code test} holds for one of the first {@code limit} elements of {@code e}'s subtree ({@code e} first,
     * document order); the walk stops at the first that does, or after {@code limit}, so a page-sized element costs
     * no more than a small one.
     */
    private static boolean anyOfFirst(Element e, int limit, java.util.function.Predicate<Element> test) {
        boolean[] found = {false};
        int[] seen = {0};
        e.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element d)) {
                    return FilterResult.CONTINUE;
                }
                if (++seen[0] > limit) {
                    return FilterResult.STOP;
                }
                if (test.test(d)) {
                    found[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        });
        return found[0];
    }

    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Tailwind-style utility classes (layout, spacing): a class attribute that says how a box looks, not what it is. */
    private static final Pattern UTILITY_CLASSES = Pattern.compile("(?:^|\\s)(?:flex|grid|gap-\\d|[mp][xytblr]?-\\d)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern HOOK_WORD = Pattern.compile("[A-Za-z]{3,30}");
    private static final Pattern NUMBERED_ID = Pattern.compile("(?i)[a-z][a-z_-]{1,15}\\d{2,}");
    private static final Pattern DASHES = Pattern.compile("[-_]+");
    private static final ThreadLocal<Map<Element, Integer>> CUES = ThreadLocal.withInitial(IdentityHashMap::new);
    /** The page's tree indexed once while {@link #find} runs (document order, subtree text, per-element cues). */
    private static final ThreadLocal<TreeIndex> INDEX = new ThreadLocal<>();

    /** Comment cues in a subtree: author element, time, avatar, permalink, reply link, text. 0 for no text. */
    static int cues(Element e) {
        Map<Element, Integer> cache = CUES.get();
        Integer known = cache.get(e);
        if (known != null) {
            return known;
        }
        int c = computeCues(e);
        cache.put(e, c);
        return c;
    }

    private static int computeCues(Element e) {
        String text = boundedText(e, 2000);
        if (!atLeastWords(text, 4)) {
            return 0;
        }
        boolean[] f = new boolean[5]; // author, time, avatar, reply, permalink
        f[0] = e.hasAttr("data-author") || e.hasAttr("data-comment-author");
        TreeIndex index = INDEX.get();
        int at = index == null ? -1 : index.position(e);
        if (at >= 0) {
            // the first 400 elements of the subtree are the next 400 in document order; each element's cues are
            // computed once per page, however many nested candidates hold it
            int have = f[0] ? 1 : 0;
            for (int i = at, stop = Math.min(index.end(at), at + 400); i < stop && have != 31; i++) {
                have |= index.cues(i, ~have & 31);
            }
            for (int k = 0; k < 5; k++) {
                f[k] = (have & 1 << k) != 0;
            }
        } else {
            anyOfFirst(e, 400, d -> {
                for (int k = 0; k < 5; k++) {
                    f[k] = f[k] || cue(d, k);
                }
                return false; // every one of the first 400 is looked at
            });
        }
        // "Today, 04:15 PM" is a post's date (vBulletin); "3 minutes ago" alone is as often a tweet box or a news ticker
        if (!f[1] && (datesFind(head(text, 300)) != null || (text.contains("oday") || text.contains("esterday"))
                && DAY_CUE.matcher(head(text, 300)).find())) {
            f[1] = true;
        }
        if (!f[1] && Dates.hasYearlessInLine(head(text, 300))) {
            // "by X on Saturday, November 21 @ 14:03:53 GMT" (PHP-Nuke and other old portals): a date and time without the year
            f[1] = true;
        }
        if (f[1] && !f[0] && BY_NAME_ON.matcher(head(text, 300)).find()) {
            // "by X on <date>", "(3) By x on 2026-11-23 14:39:00", "Authored by: X on …": the byline names the author
            f[0] = true;
        }
        if (!f[1] && f[3] && RELATIVE_ANY.matcher(head(text, 300)).find()) {
            // "2 hrs ago" beside a Reply button: a comment's age even where no class names it (utility-class widgets)
            f[1] = true;
        }
        String byline = f[1] ? "" : head(text, 160);
        if (!f[1] && (byline.contains("commented") || byline.contains("replied")) && COMMENTED_AGO.matcher(byline).find()) {
            // "riverwalker commented 5 days ago" (utterances, GitHub-styled timelines): a comment's byline and age
            f[1] = true;
            f[0] = true;
        }
        String tail = !f[1] && text.length() > 300 ? (text.length() < 2000 ? text.substring(text.length() - 200) : lastLine(e)) : "";
        if (!tail.isEmpty() && signedEnd(tail) && Dates.find(tail) != null) {
            // signed at the end ("Posted by: Ann | May 7, 2026 at 11:57 AM" under the text: Typepad, Movable Type):
            // a long comment puts its date past the first 300 characters
            f[1] = true;
        }
        if (!(f[0] || f[1])) {
            return 0;
        }
        return (f[0] ? 2 : 0) + (f[1] ? 2 : 0) + (f[2] ? 1 : 0) + (f[3] ? 1 : 0) + (f[4] ? 1 : 0) + 1;
    }

    private static final Pattern BY_NAME_ON = Pattern.compile(
            "(?i)(?:^|[\\s(:])by:?\\s+([\\p{L}\\d_.@-][^\\s|,:;]{0,39}(?:\\s+\\p{Lu}[^\\s|,:;]{0,20}){0,3})\\s+on\\s+\\S[^|]{0,40}\\d");

    /** {@code Texts.wordCount(s) >= n}, counted only as far as the n-th word. */
    private static boolean atLeastWords(String s, int n) {
        int words = 0;
        boolean in = false;
        for (int i = 0, len = s.length(); i < len; i++) {
            boolean w = Texts.letterOrDigit(s.charAt(i));
            if (w && !in && ++words >= n) {
                return true;
            }
            in = w;
        }
        return words >= n;
    }

    /**
     * {@code Dates.find} of a candidate's leading text: nested candidates (a comment's box and the body inside it)
     * often start with the same 300 characters, so each distinct head is read once per page.
     */
    private static String datesFind(String head) {
        TreeIndex index = INDEX.get();
        return index == null ? Dates.find(head) : index.datesFind(head);
    }

    /**
     * Cue {@code k} of one element of a candidate record (0 author, 1 time, 2 avatar, 3 reply link, 4 permalink): a
     * fact of the element alone, so computed once per element and page ({@link TreeIndex#cues}).
     */
    static boolean cue(Element d, int k) {
        String tag = d.normalName();
        switch (k) {
            case 0:
                return tag.equals("cite") || d.attr("itemprop").equals("author") || hasPart(d, AUTHOR_PARTS)
                        || tag.equals("a") && (profileLink(d) || profileIconName(d) != null) || boldAfterBy(d) || userCell(d) != null || answerFrom(d) != null
                        || camelAuthor(d) || namedByLabel(d) || nameBesideDateCell(d) || tag.equals("a") && namedByAvatar(d);
            case 1:
                if (tag.equals("time") || d.hasAttr("datetime") || d.hasAttr("data-utime") || d.attr("itemprop").startsWith("date")
                        || hasPart(d, TIME_PARTS)) {
                    return true;
                }
                if (tag.equals("a") && (d.hasAttr("data-tooltip") || d.hasAttr("aria-label"))) {
                    // "3d" linking to the post, the full time in its tooltip (Bluesky, React Native Web)
                    String v = d.hasAttr("data-tooltip") ? d.attr("data-tooltip") : d.attr("aria-label");
                    if (v.length() >= 8 && v.length() <= 80 && boundedText(d, 13).length() <= 12 && Dates.find(v) != null) {
                        return true;
                    }
                }
                if ((tag.equals("a") || tag.equals("span") || tag.equals("abbr")) && d.hasAttr("title")) {
                    // "9 days ago", "Nov 25 '26" with the full time in its title (Redmine, Trac, Steemit, Askbot's abbr)
                    String v = d.attr("title");
                    if (v.length() >= 8 && v.length() <= 80 && hasDigit(v) && boundedText(d, 25).length() <= 24 && Dates.find(v) != null) {
                        return true;
                    }
                }
                if (shortLeaf(d, 20)) {
                    String own = d.ownText();
                    // (a digit first: most short leaves are menu words, and the date regex is asked of every one)
                    // "Nov. 14" alone in its element (hashed-class news widgets), or after the verb of a Q&A post ("Answered Nov 22")
                    return own.length() <= 34 && hasDigit(own) && (Dates.isYearless(own.strip())
                            || Dates.isYearless(VERB_BEFORE_DATE.matcher(own.strip()).replaceFirst(""))
                            || monthDayBesideReply(d));
                }
                if (tag.equals("a") && shortLeaf(d, 34)) {
                    String own = d.ownText().strip();
                    return own.length() <= 34 && own.indexOf(':') > 0 && hasDigit(own) && Dates.isYearless(own); // "Sat, Nov 21, 2:14 PM" linking to the post
                }
                return false;
            case 2:
                return tag.equals("img") && d.attr("src").contains("avatar") || d.className().contains("avatar");
            case 3:
                return (tag.equals("a") || tag.equals("button")) && (ownTextHasY(d) && d.ownText().toLowerCase(Locale.ROOT).contains("reply")
                        // the reply button in the page's language ("Responder", "Répondre", "Antworten"): a button of one word
                        || shortLeaf(d, 14) && REPLY_WORD.matcher(d.ownText().strip()).matches());
            default:
                String href = tag.equals("a") ? d.attr("href") : "";
                return href.contains("#comment") || href.contains("#post") || href.contains("#p") || href.contains("comment=")
                        || href.contains("#c");
        }
    }

    /**
     * "Response from X, Owner at …", "Reply from X", "Comment from X of Y" heading an answer (review sites' owner
     * responses: TripAdvisor, Yelp, Trustpilot): the answer's author.
     */
    private static final Pattern ANSWER_FROM = Pattern.compile(
            "(?i)^(?:management |owner'?s? |business |official )?(?:response|reply|comment|answer)\\s+from\\s+(?:the\\s+)?([^,|]{1,40}?)(?:,.*|\\s+of\\s+.*)?$");

    /** The author an {@link #ANSWER_FROM} line in {@code d}'s own text names, or null. */
    // (a review's verb and then its date; "written by X, October 28, 2012" is a byline, read elsewhere)
    private static final Pattern REVIEW_VERB_DATE = Pattern.compile("(?i)^(?:reviewed|visited|stayed|rated)(?: on| in)?\\s+(?!by\\b)\\S.{4,30}$");

    static String answerFrom(Element d) {
        if (elementChildren(d, 3) || !ownTextHasM(d)) {
            return null;
        }
        String own = d.ownText();
        if (own.length() < 8 || own.length() > 120 || !(own.contains("rom ") || own.contains("ROM "))) {
            return null;
        }
        Matcher m = ANSWER_FROM.matcher(Texts.squash(d.text()));
        return m.matches() ? m.group(1).strip() : null;
    }

    /**
     * Whether one of the element's own text nodes holds an 'm' or 'M': ownText() takes its letters from those alone, so
     * without one it cannot hold "rom " or "ROM " (asked of every element of every candidate record, where building
     * ownText() was a tenth of the cue scoring).
     */
    private static boolean ownTextHasM(Element d) {
        for (int i = 0, n = d.childNodeSize(); i < n; i++) {
            if (d.childNode(i) instanceof TextNode t) {
                String s = t.getWholeText();
                if (s.indexOf('m') >= 0 || s.indexOf('M') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "StyledUserLink", "CommentAuthorName" (React apps' component classes): a user or author name glued into one word. */
    private static final Pattern CAMEL_AUTHOR = Pattern.compile("(?:^|[a-z\\s_-])(?:User|Author|Nick)(?:Link|Name|Handle)(?![a-z])");

    private static boolean camelAuthor(Element d) {
        String c = d.className();
        return (c.contains("User") || c.contains("Author") || c.contains("Nick")) && shortLeaf(d, 40) && CAMEL_AUTHOR.matcher(c).find();
    }

    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})-(\\d{1,2})");
    private static final Pattern REPLY_WORD = Pattern.compile("(?i)reply|antworten|responder|r\u00e9pondre|rispondi|\u56de\u590d");

    /**
     * "11-17" alone beside a "Reply" control (TikTok, Douyin, Bilibili: a comment of this year shows month and day
     * only): a date. A bare "11-17" elsewhere (a score, a range) is not.
     */
    private static String mon(int m) {
        return m >= 1 && m <= 12 ? "JanFebMarAprMayJunJulAugSepOctNovDec".substring(3 * m - 3, 3 * m) : "?";
    }

    static boolean monthDayBesideReply(Element d) {
        String own = d.ownText().strip();
        Matcher m = own.length() <= 5 ? MONTH_DAY.matcher(own) : null;
        if (m == null || !m.matches() || Integer.parseInt(m.group(1)) > 12 || Integer.parseInt(m.group(1)) < 1
                || Integer.parseInt(m.group(2)) > 31 || Integer.parseInt(m.group(2)) < 1) {
            return false;
        }
        for (Element s : new Element[]{d.nextElementSibling(), d.previousElementSibling()}) {
            if (s != null && !elementChildren(s, 1) && REPLY_WORD.matcher(s.ownText().strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern CELL_LABEL = Pattern.compile(
            "(?iu)(?:^|\\s)(?:posts|joined|join date|registered|location|gender|messages|member no\\.?|online status|group|from|mood|points|member since|karma"
                    // (localized boards: German, French, Spanish, Portuguese, Italian, Polish, Dutch, Russian)
                    + "|beitr\u00e4ge|registriert|wohnort|mitglied seit|inscrit le|inscription|localisation|mensajes|registrado|ubicaci\u00f3n|berichten"
                    + "|mensagens|messaggi|iscritto il|posty|lokalizacja"
                    + "|\u0441\u043e\u043e\u0431\u0449\u0435\u043d\u0438\u044f|\u0437\u0430\u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0438\u0440\u043e\u0432\u0430\u043d|\u043e\u0442\u043a\u0443\u0434\u0430)\\s*:"
                    + "|\\b\\d[\\d,]{0,7} posts\\b");
    /** {@link #CELL_LABEL}'s one alternative without a colon: alone it finds the same matches in a colonless text. */
    private static final Pattern CELL_POSTS = Pattern.compile("(?iu)\\b\\d[\\d,]{0,7} posts\\b");

    /**
     * A forum's user cell with no class or link naming its author (XMB, Snitz-like table boards): a table cell or box
     * of a few lines whose later lines are member fields ("Posts: 35", "Registered: …", "1235 Posts"), two or more,
     * and whose first line is a short name. Returns that first text leaf (the name), or null.
     */
    /**
     * At most how many {@link #CELL_LABEL} matches {@code t} holds, counted up to 2: a match holds either a colon after
     * a label's last letter and any spaces (the label alternatives) or a space and "posts" (the count alternative),
     * and matches do not overlap. Most boxes with a colon have it after a digit ("10:30") or a word no label ends
     * with, and then the forty labels were tried at every position for nothing (2 % of page CPU).
     */
    static int cellLabelBound(String t) {
        int n = 0;
        for (int i = 0, len = t.length(); i < len && n < 2; i++) {
            char c = t.charAt(i);
            if (c == ':') {
                int j = i - 1;
                while (j >= 0 && space(t.charAt(j))) {
                    j--;
                }
                if (j >= 0 && labelEnd(t.charAt(j))) {
                    n++;
                }
            } else if (c == ' ' && i + 5 < len && postsAt(t, i + 1)) {
                n++;
            }
        }
        return n;
    }

    /**
     * A character a {@link #CELL_LABEL} label can end with, as (?iu) compares: the last letters of its labels, the dot
     * of "member no.", and (not to reason about Unicode case folding: long s, dotless i) any non-ASCII character.
     */
    private static boolean labelEnd(char c) {
        if (c >= 128 || c == '.') {
            return true;
        }
        char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        return "sdenropmtilya".indexOf(lower) >= 0;
    }

    /** "posts" at {@code at} as (?iu) may match it (any non-ASCII character let through). */
    private static boolean postsAt(String t, int at) {
        for (int k = 0; k < 5; k++) {
            char c = t.charAt(at + k);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            if (c < 128 && lower != "posts".charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static Element userCell(Element d) {
        String tag = d.normalName();
        if (!(tag.equals("td") || tag.equals("div")) || !elementChildren(d, 2)) {
            return null;
        }
        String t = boundedText(d, 401);
        if (t.length() > 400 || t.length() < 12 || cellLabelBound(t) < 2) {
            return null;
        }
        // most boxes have no colon (no "Label:" can match) and many no digit either: the forty labels are then
        // not tried at every position of the text (3 % of page CPU)
        Matcher m;
        if (t.indexOf(':') >= 0) {
            m = CELL_LABEL.matcher(t);
        } else if (hasDigit(t)) {
            m = CELL_POSTS.matcher(t);
        } else {
            return null;
        }
        int labels = 0;
        while (m.find() && labels < 2) {
            labels++;
        }
        if (labels < 2) {
            return null;
        }
        for (Element e : d.getAllElements()) {
            if (e == d || !e.textNodes().stream().anyMatch(x -> !x.isBlank())) {
                continue;
            }
            String name = Texts.squash(e.ownText());
            // the first words of the cell: a name, not a label, a count or a rank line
            return Texts.wordCount(name) >= 1 && Texts.wordCount(name) <= 4 && name.length() <= 40 && !name.contains(":")
                    && !MEMBER_WORDS.matcher(name).matches() && !AUTHOR_NOISE.matcher(name).matches() && Dates.find(name) == null
                    && Texts.squash(t).startsWith(name) ? e : null;
        }
        return null;
    }

    /**
     * A short leaf whose text is the accessible name of a box around it ({@code aria-label="Ann Lee"} on a review card
     * with "Ann Lee" inside): review and map widgets with hashed classes label each card by its writer.
     */
    static boolean namedByLabel(Element d) {
        if (!shortLeaf(d, 40) || d.normalName().equals("a") || d.normalName().equals("button")) {
            return false;
        }
        String t = Texts.squash(d.ownText());
        int words = Texts.wordCount(t);
        if (words < 1 || words > 4 || t.length() < 2) {
            return false;
        }
        Element x = d.parent();
        for (int up = 0; x != null && up < 5; up++, x = x.parent()) {
            String label = x.attr("aria-label");
            if (!label.isEmpty()) {
                // (the box holds words beyond the name: a card, not a button or a heading labelled by its own text)
                return Texts.squash(label).equalsIgnoreCase(t) && !x.normalName().equals("a") && !x.normalName().equals("button")
                        && atLeastWords(boundedText(x, 400), words + 6);
            }
        }
        return false;
    }

    /**
     * A bold name opening a table cell beside a cell that opens with a date (Coppermine's comment tables, PHP
     * guestbooks: "<b>Ann</b> | Nov 19, 2026 at 3:09 PM", "<b>Ann</b><br>town | Date: Thursday, 19 November 2026 …").
     */
    static boolean nameBesideDateCell(Element d) {
        String tag = d.normalName();
        if (!(tag.equals("b") || tag.equals("strong")) || !shortLeaf(d, 40)) {
            return false;
        }
        // (the bold alone in a wrapper of its own, after an empty anchor: a forum's user cell, "<a name=t7></a>
        // <div><b>Ann</b></div>" above her rank and profile lines)
        Element x = d;
        while (x.parent() != null && x.parent().normalName().equals("div") && x.parent().childNodeSize() == 1) {
            x = x.parent();
        }
        Element cell = x.parent();
        if (cell == null || !(cell.normalName().equals("td") || cell.normalName().equals("th"))) {
            return false;
        }
        for (Node n = x.previousSibling(); n != null; n = n.previousSibling()) {
            if (n instanceof TextNode before ? !before.isBlank()
                    : n instanceof Element e && (x == d || !e.normalName().equals("a") || e.childNodeSize() > 0)) {
                return false; // (the name opens the cell: only an empty anchor before a wrapped name)
            }
        }
        String t = Texts.squash(d.ownText());
        int words = Texts.wordCount(t);
        if (words < 1 || words > 4 || t.contains(":") || Dates.find(t) != null || cell.parent() == null) {
            return false;
        }
        for (Element other : cell.parent().children()) {
            if (other != cell && (other.normalName().equals("td") || other.normalName().equals("th"))
                    && datesFind(head(Texts.squash(boundedText(other, 120)), 100)) != null) {
                return true;
            }
        }
        return false;
    }

    /** "by <b>Maud Ellery</b> on …" (Scoop, Slash and other old CMSs): a bold name right after "by", the byline's author. */
    private static boolean boldAfterBy(Element d) {
        String tag = d.normalName();
        // (or the name in one label inside the bold: ASP.NET's "Posted by: <b><span id="…_lblName">Ann</span></b>")
        boolean label = d.childNodeSize() == 1 && d.childNode(0) instanceof Element only && shortLeaf(only, 40);
        if (!(tag.equals("b") || tag.equals("strong")) || !(label || shortLeaf(d, 40))) {
            return false;
        }
        // (the bold name alone in a link or font tag: "Name: <a href=mailto:sage><b>X</b></a>", textboards)
        Element x = d;
        while (x.previousSibling() == null && x.parent() != null && x.parent().childNodeSize() == 1
                && (x.parent().normalName().equals("a") || x.parent().normalName().equals("font"))) {
            x = x.parent();
        }
        if (!(x.previousSibling() instanceof org.jsoup.nodes.TextNode before)) {
            return false;
        }
        String t = before.getWholeText().stripTrailing().toLowerCase(Locale.ROOT);
        // "by <b>X</b>" (old CMSs), "1 Name: <b>X</b> : <date>" (2channel-style textboards); "by:" only before a label:
        // ("Post by: <strong>Ann</strong> on <em>date</em>", a leaf, is a header line the header rules read whole: SMF's
        // print view; taken for a name part here it was split from its date)
        return t.equals("by") || t.endsWith(" by") || t.equals("name:") || t.endsWith(" name:")
                || label && (t.equals("by:") || t.endsWith(" by:"));
    }

    /**
     * Whether {@code d} has no child element and at most {@code max} characters that its {@code ownText()} keeps
     * (all but jsoup's whitespace and invisible characters, so a lower bound of its length): asked of every element
     * of every candidate record, where {@code childrenSize()} built a child list and {@code ownText()} normalised
     * whole paragraphs only to find them longer than a date (a sixth of the record finder's samples).
     */
    static boolean shortLeaf(Element d, int max) {
        int n = d.childNodeSize();
        int kept = 0;
        for (int i = 0; i < n; i++) {
            Node c = d.childNode(i);
            if (c instanceof Element) {
                return false;
            }
            if (c instanceof TextNode t) {
                String s = t.getWholeText();
                for (int j = 0, len = s.length(); j < len; j++) {
                    char ch = s.charAt(j);
                    if (!(ch == ' ' || ch == '\t' || ch == '\n' || ch == '\f' || ch == '\r' || ch == '\u00a0' || ch == '\u200b'
                            || ch == '\u00ad') && ++kept > max) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The text of a long record's last short part (its footer), found down the chain of last children. */
    private static String lastLine(Element e) {
        Element x = e;
        for (int hops = 0; hops < 12 && x.lastElementChild() != null && boundedText(x, 301).length() > 300; hops++) {
            x = x.lastElementChild();
        }
        return boundedText(x, 300);
    }

    /** {@code SIGNED_END.matcher(t).find()}, asked only where the text holds a '|', "by" or "from" (in any ASCII case). */
    private static boolean signedEnd(String t) {
        return (t.indexOf('|') >= 0 || containsAsciiIgnoreCase(t, "by") || containsAsciiIgnoreCase(t, "from"))
                && SIGNED_END.matcher(t).find();
    }

    private static final Pattern SIGNED_END = Pattern.compile("(?i)\\b(?:posted by|by|from|written by|submitted by)\\b|\\|");

    private static final Pattern PROFILE_HREF = Pattern.compile(
            "(?i)(?:[?&;]action=profile|mode=viewprofile|member(?:list)?\\.php\\?|/members?/[^/?#]+|/profile/|/users?/[^/?#]+/?$|/u/[^/?#]+/?$|/u/\\d+/[^/?#]+/?$"
                    + "|showuser=|[?&]userid=|blogger\\.com/profile/|/author/[^/?#]+/?$|profile\\.php\\?(?:(?:id|u|uid|user)=|\\d)|/view_?user(?:_page)?\\.php\\?(?:id|u|uid|user)=|/~[^/?#]+/?$|[?&]mod=space&(?:amp;)?uid=\\d+|space-uid-\\d+"
                    + "|/wiki/user:[^/?#]+$|[?&]title=user:|/@[^/?#@]+/?$"
                    // (Phorum's profile.php?30, Mantis's view_user_page.php?id=40)
                    // Zendesk's /profiles/360-Name, Askbot's and Stack Exchange's /users/12/name, Moodle's user/view.php,
                    // Jira's ViewProfile.jspa?name=, Jive's /people/name
                    + "|/profiles/[^/?#]+/?$|/users?/\\d+/[^/?#]+/?$|/user/view\\.php\\?id=|viewprofile\\.jspa\\?name=|/people/[^/?#]+/?$"
                    // a board's profile page by another script name or verb (YaBB's action=viewprofile, Snitz's
                    // pop_profile.asp, Web Wiz's member_profile.asp, FUDforum's t=usrinfo, XMB's action=viewpro)
                    + "|[?&;]action=view_?pro(?:file)?\\b|\\b(?:pop|member|user|show)_?profile\\.\\w{2,4}\\?|[?&;]t=usrinfo\\b"
                    // MyBB's search-engine-friendly user-12.html, Forumotion's /u12, Burning Board's ?user/12-name/,
                    // Xoops's userinfo.php?uid=, e107's user.php?id.12
                    + "|/user-\\d+(?:\\.html)?$|[?/]user/\\d+-|userinfo\\.php\\?uid=|(?:^|/)user\\.php\\?(?:id|u)[.=]\\d|/u\\d{1,9}(?:-[^/?#]*)?$"
                    // Misago's /u/name/12/, UBB.classic's ubbmisc.cgi?action=getbio
                    + "|/u/[^/?#]+/\\d+/?$|[?&;]action=getbio\\b)");

    /**
     * Whether an address holds, in any ASCII case, a word every {@link #PROFILE_HREF} alternative contains ("profile",
     * "member", "user", "/u", "uid", ...): the regex is tried at every position of every image link's address.
     */
    private static boolean mayBeProfileHref(String href) {
        for (String stem : PROFILE_HREF_STEMS) {
            if (containsAsciiIgnoreCase(href, stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code PROFILE_HREF.matcher(href).find()}, kept per address and thread: the cue scoring asks it of every link,
     * the record's author rules of the same links again, and a thread repeats its commenters' profile addresses.
     */
    private static boolean profileHref(String href) {
        Map<String, Boolean> known = PROFILE_HREFS.get();
        Boolean is = known.get(href);
        if (is == null) {
            if (known.size() >= 20_000) {
                known.clear();
            }
            is = PROFILE_HREF.matcher(href).find();
            known.put(href, is);
        }
        return is;
    }

    private static final ThreadLocal<Map<String, Boolean>> PROFILE_HREFS = ThreadLocal.withInitial(HashMap::new);

    private static final String[] PROFILE_HREF_STEMS = {"profile", "member", "user", "/u", "/author/", "/~", "uid", "/@", "/people/",
            "viewpro", "view_pro", "usrinfo", "getbio"};

    private static final Pattern PROFILE_ALT = Pattern.compile(
            "(?iu)^(?:view\\s+)?(?:the\\s+)?profile\\s+(?:for|of)\\s+(\\S.{0,38}?)\\s*$|^(?:view\\s+)?(\\S.{0,38}?)'s\\s+profile\\s*$");

    /**
     * The member an icon link to a profile names in its image's alt or title ("Profile for Ann Lee", "View Ann Lee's
     * profile": UBB.classic's and other old boards' button row, where the name beside it is bare bold text), or null.
     */
    static String profileIconName(Element a) {
        if (!a.normalName().equals("a") || a.childrenSize() != 1 || !a.child(0).normalName().equals("img") || !a.ownText().isBlank()) {
            return null;
        }
        String href = a.attr("href");
        if (href.isEmpty() || !href.contains("rofile") && !(mayBeProfileHref(href) && profileHref(href))) {
            return null;
        }
        Element img = a.child(0);
        for (String t : new String[]{img.attr("alt"), img.attr("title"), a.attr("title")}) {
            Matcher m = PROFILE_ALT.matcher(Texts.squash(t));
            if (m.matches()) {
                String name = clean(m.group(1) != null ? m.group(1) : m.group(2));
                if (name != null && Texts.wordCount(name) <= 4 && !name.equalsIgnoreCase("user") && !name.equalsIgnoreCase("this user")
                        && !name.equalsIgnoreCase("poster") && !name.equalsIgnoreCase("author") && !name.toLowerCase(Locale.ROOT).startsWith("user")) {
                    return name;
                }
            }
        }
        return null;
    }

    /** A link to a member's profile with a name for its text: a forum's user cell names its author this way. */
    /**
     * A short name link to the page the record's avatar links to (the avatar a link around an image, the name a text
     * link beside it: Douban, Gravatar themes): the commenter's page, whatever its address looks like.
     */
    private static boolean avatarTwin(Element a, List<Element> own) {
        String href = a.attr("href");
        String t = Texts.squash(a.text());
        if (href.length() < 2 || href.startsWith("#") || href.startsWith("javascript") || t.length() < 2 || t.length() > 40
                || Texts.wordCount(t) > 4 || a.selectFirst("img") != null || !HAS_LETTER.matcher(t).find()) {
            return false;
        }
        for (Element o : own) {
            if (o != a && o.normalName().equals("a") && href.equals(o.attr("href")) && o.selectFirst("img") != null
                    && Texts.squash(o.text()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Reply to Pip" under Pip's own comment (SilverStripe, HubSpot): the button that answers this record, not a line
     * naming the one it answers ("in reply to", "replying to", "replied to" are those).
     */
    private static boolean ownReplyButton(String line, String named, String author) {
        if (author == null || !line.strip().toLowerCase(Locale.ROOT).startsWith("reply to")) {
            return false;
        }
        String who = Texts.squash(named).toLowerCase(Locale.ROOT);
        String self = author.toLowerCase(Locale.ROOT);
        return self.equals(who) || self.startsWith(who + " ");
    }

    private static final Pattern LEADING_NUMBER_BY = Pattern.compile("(?i)^(?:\\(\\d{1,5}\\)|#\\d{1,5})\\s+(?:by\\s+)?(?=\\S)|^by\\s+(?=\\S)");
    private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");
    /**
     * A like button's words and count, whatever its classes ("Like 12", "♥ 12", "👍 12", "いいね 12", "좋아요 12",
     * "赞 12", "Gefällt mir · 12", "J'aime (12)", "Нравится 12"): the count, or null.
     */
    private static Integer likeControl(Element d) {
        if (textLonger(d, 30)) {
            return null;
        }
        String text = d.text();
        if (text.length() > 30) {
            return null;
        }
        Matcher m = LIKE_WORD_COUNT.matcher(Texts.squash(text));
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    private static final Pattern LIKE_WORD_COUNT = Pattern.compile("(?iu)^(?:likes?|liked|\u3044\u3044\u306d[!\uff01]?|\uc88b\uc544\uc694"
            + "|\uacf5\uac10|\u8d5e|\u70b9\u8d5e|\u9876|gef\u00e4llt mir|j'aime|me gusta|mi piace|\u043d\u0440\u0430\u0432\u0438\u0442\u0441\u044f"
            + "|curtir|vind ik leuk|tykk\u00e4\u00e4|lubi\u0119 to|[\u2665\u2764\u2661\u25b2\u2191\u2b06]\ufe0f?|\\x{1F44D}|\\x{1F497}|\\x{2764}\ufe0f)"
            + "\\s*[\u00b7:]?\\s*\\(?(\\d{1,6})\\)?$");
    private static final Pattern UP_CLASS = Pattern.compile("(?i)upvote|recomm|(?<![a-z])(?:up|plus)(?![a-z])");
    private static final Pattern DOWN_CLASS = Pattern.compile("(?i)down|unrecomm|dislike|unlike|minus");
    private static final Pattern TWO_COUNTS = Pattern.compile("\\s*\\d{1,6}\\s+\\d{1,6}\\s*");

    /**
     * A short link whose words are the alt text of the small picture beside it (the commenter's avatar, its alt the
     * commenter's name: Weibo-like feeds, many widgets whose profile links say nothing in their href): the author.
     */
    private static final Evaluator IMG_ALT = QueryParser.parse("img[alt]");

    private static boolean namedByAvatar(Element a) {
        String t = a.ownText().strip();
        if (t.length() < 2 || t.length() > 40 || elementChildren(a, 1)) {
            return false;
        }
        Element box = a.parent();
        for (int up = 0; box != null && up < 4; up++, box = box.parent()) {
            Element img = firstIn(box, IMG_ALT);
            if (img != null) {
                String w = img.attr("width");
                return t.equalsIgnoreCase(img.attr("alt").strip()) && (w.isEmpty() || w.length() <= 2); // (a small picture: an avatar, not a photo)
            }
        }
        return false;
    }

    static boolean profileLink(Element a) {
        String href = a.attr("href");
        if (handleLink(a, href)) {
            return true;
        }
        // a cheap look first: computeCues asks this of every link in every candidate record
        if (href.isEmpty() || !(href.contains("rofile") || href.contains("ember") || href.contains("/u") || href.contains("ser")
                || href.contains("/author/") || href.contains("/~") || href.contains("uid") || href.contains("/@") || href.contains("/people/")
                || href.contains("viewpro") || href.contains("usrinfo") || href.contains("getbio"))
                || !profileHref(href)) {
            return false;
        }
        // a federated handle ("Bram_de_Vries@lemmy.example") is one name: its instance is not more words of it
        String t = Texts.squash(a.text());
        String name = t.indexOf('@') > 0 ? INSTANCE.matcher(t).replaceFirst("") : t;
        if (name.endsWith(")")) {
            // "spade_and_fork (spade_and_fork)" (Launchpad): the handle in brackets is no more words of the name
            name = HANDLE_IN_BRACKETS.matcher(name).replaceFirst("");
        }
        // (one letter is an avatar placeholder's initial linking to the profile, not a name: Talkyard, Discourse)
        return t.length() > 1 && t.length() <= (name.length() < t.length() ? 60 : 40) && Texts.wordCount(name) <= 4
                && !PROFILE_WORDS.matcher(t).matches();
    }

    /**
     * "@ann_b" linking to ".../ann_b" (hashed-class apps: Stacker News, many React widgets): the handle's own page,
     * a profile link whatever the path looks like.
     */
    private static boolean handleLink(Element a, String href) {
        if (href.length() < 2 || a.childNodeSize() != 1 || !(a.childNode(0) instanceof TextNode tn)) {
            return false;
        }
        for (Element sib : a.siblingElements()) {
            if (sib.normalName().equals("a") && sib.attr("href").equals(href)) {
                return false; // the display name beside it links there too (Nitter's "Ann Lee @ann"): the name is that one
            }
        }
        String t = tn.getWholeText().strip();
        if (t.length() < 3 || t.length() > 40 || t.charAt(0) != '@' || t.indexOf(' ') >= 0) {
            return false;
        }
        int cut = href.length();
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            if (c == '?' || c == '#') {
                cut = i;
                break;
            }
        }
        String path = href.substring(0, cut);
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.equalsIgnoreCase(t.substring(1)) || last.equalsIgnoreCase(t);
    }

    /** The first {@code max} characters of an element's text, without building the text of a huge subtree. */
    static String boundedText(Element e, int max) {
        TreeIndex index = INDEX.get();
        int at = index == null ? -1 : index.position(e);
        if (at >= 0) {
            return index.boundedText(at, max);
        }
        StringBuilder b = new StringBuilder();
        e.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendText(b, t.getWholeText(), max);
                    b.append(' ');
                }
                return b.length() >= max ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return b.length() >= max ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        });
        return b.length() > max ? b.substring(0, max) : b.toString();
    }

    /**
     * What {@code b.append(textNode.text())} appends (jsoup's whitespace normalisation: runs of space, tab, newline,
     * form feed, carriage return and no-break space become one space; zero-width space and soft hyphen go), but no
     * further than {@code max} characters: the callers keep only the first {@code max}, and normalising the whole of
     * a long text node to look at its head was a fifth of the record finder's time.
     */
    static void appendText(StringBuilder b, String s, int max) {
        boolean lastWasWhite = false;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (b.length() >= max) {
                return;
            }
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00a0') {
                if (!lastWasWhite) {
                    b.append(' ');
                    lastWasWhite = true;
                }
            } else if (c != '\u200b' && c != '\u00ad') {
                b.append(c);
                lastWasWhite = false;
            }
        }
    }

    private static String head(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }

    /** What the regex \\s matches. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A class token, or a dash- or underscore-separated part of one, in {@code parts}; scanned without a regex (a hot loop). */
    private static boolean hasPart(Element e, Set<String> parts) {
        String cls = e.className();
        if (cls.isEmpty()) {
            return false;
        }
        // a fact of the class attribute alone, and a page repeats its class attributes: each (set, attribute) is
        // scanned once per thread (a hot loop: the cue scoring asks it of every element of every candidate record)
        Map<String, Boolean> known = PARTS_KNOWN.get().computeIfAbsent(parts, k -> new HashMap<>());
        Boolean has = known.get(cls);
        if (has == null) {
            if (known.size() >= 20_000) {
                known.clear();
            }
            has = classHasPart(cls, parts);
            known.put(cls, has);
        }
        return has;
    }

    private static final ThreadLocal<Map<Set<String>, Map<String, Boolean>>> PARTS_KNOWN = ThreadLocal.withInitial(IdentityHashMap::new);

    private static boolean classHasPart(String cls, Set<String> parts) {
        if (cls.contains("byuser") && cls.contains("comment-author-")) {
            // WordPress's comment_class() puts "byuser comment-author-{nicename}" on a registered user's comment boxes
            // (the li, Thesis' dt and dd): it says whose comment the box is, it names no part of it (a short reply by
            // the post's author had its words box dropped as an "author" chrome part: incourage.me, 6 of 136)
            cls = WP_USER_CLASS.matcher(cls).replaceAll(" ").strip();
            if (cls.isEmpty()) {
                return false;
            }
        }
        String lower = cls.toLowerCase(Locale.ROOT);
        int n = lower.length();
        int i = 0;
        while (i < n) {
            while (i < n && space(lower.charAt(i))) {
                i++;
            }
            int start = i;
            boolean split = false;
            while (i < n && !space(lower.charAt(i))) {
                char c = lower.charAt(i);
                split |= c == '-' || c == '_';
                i++;
            }
            if (start == i) {
                break;
            }
            if (parts.contains(lower.substring(start, i))) {
                return true;
            }
            if (split) {
                int p = start;
                for (int j = start; j <= i; j++) {
                    if (j == i || lower.charAt(j) == '-' || lower.charAt(j) == '_') {
                        if (j > p && parts.contains(lower.substring(p, j))) {
                            return true;
                        }
                        p = j + 1;
                    }
                }
            }
            if (camelPart(cls, lower, start, i, parts)) {
                return true;
            }
            if (i - start >= 5 && i - start <= 9 && PREFIXED_PART.contains(lower.substring(start + 1, i))
                    && parts.contains(lower.substring(start + 1, i)) && Character.isLetter(lower.charAt(start))) {
                // a widget's one-letter prefix glued to the part ("vnick", "vtime": Valine and its forks, whose every
                // class carries the "v"); only the few part words no other word ends in
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PREFIXED_PART = Set.of("nick", "time", "author");
    private static final Pattern WP_USER_CLASS = Pattern.compile("(?<![\\w-])comment-author-[\\w-]+");

    /**
     * A camelCase class token's words ("UFICommentActorName": Name; "UFISutroCommentTimestamp": Timestamp): widgets
     * whose other classes are hashed name their parts this way. Only the word after the last lower-to-upper turn
     * counts, as a class names what it is by its last word.
     */
    private static boolean camelPart(String cls, String lower, int start, int end, Set<String> parts) {
        if (cls.length() != lower.length()) {
            return false;
        }
        int last = -1;
        for (int j = start + 1; j < end; j++) {
            if (Character.isUpperCase(cls.charAt(j)) && Character.isLowerCase(cls.charAt(j - 1))) {
                last = j;
            }
        }
        return last > 0 && parts.contains(lower.substring(last, end));
    }

    // ------------------------------------------------------------------ structure

    /**
     * {@code e.getAllElements()}: for an element of the indexed page, its slice of the page's elements in document
     * order (the same list, without another walk of the subtree); a view, for reading only.
     */
    private static List<Element> allElements(Element e) {
        TreeIndex index = INDEX.get();
        int at = index == null ? -1 : index.position(e);
        return at < 0 ? e.getAllElements() : index.subtree(at);
    }

    /**
     * {@code e.selectFirst(ev)} for an evaluator of the element alone (tag, class, attribute): read from the page's
     * index where it holds {@code e}, not by walking a subtree that holds the nested records too.
     */
    private static Element firstIn(Element e, Evaluator ev) {
        TreeIndex index = INDEX.get();
        int at = index == null ? -1 : index.position(e);
        return at < 0 ? e.selectFirst(ev) : index.first(at, ev);
    }

    /** {@code e.select(ev)} for {@link #firstIn}'s evaluators, read from the page's index where it holds {@code e}. */
    private static List<Element> allIn(Element e, Evaluator ev) {
        TreeIndex index = INDEX.get();
        int at = index == null ? -1 : index.position(e);
        return at < 0 ? e.select(ev) : index.all(at, ev);
    }

    /**
     * Whether {@code e.text()} is surely longer than {@code n} characters, and so {@code Texts.squash(e.text())}:
     * more than {@code n} of its bounded text's characters are no spaces, and text() keeps each of them (it keeps every
     * character of the text nodes but the spaces it collapses and the invisible ones it drops, as the bounded text
     * does). False when unsure. Spares building the text of a box that holds nested records to find it too long.
     */
    static boolean textLonger(Element e, int n) {
        String bounded = boundedText(e, 2 * n + 40);
        int k = 0;
        for (int i = 0, len = bounded.length(); i < len; i++) {
            if (!Texts.space(bounded.charAt(i)) && ++k > n) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code e}'s ancestors is in {@code set} (an identity set of elements). */
    private static boolean insideAny(Element e, java.util.Set<Element> set) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (set.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** The nearest enclosing record, or the record right before the replies container this one sits in. */
    private static int nestedParent(Element r, Map<Element, Integer> index) {
        for (Element a = r.parent(); a != null; a = a.parent()) {
            Integer i = index.get(a);
            if (i != null) {
                return i;
            }
        }
        // <div class=comment>…</div><div class=indented|replies>…replies…</div>: the container follows its comment
        boolean named = false;
        for (Element a = r.parent(); a != null && a.parent() != null; a = a.parent()) {
            // (the class, else the id or the element's own name: div#replies, ytd-comment-replies-renderer; on the
            // container or a box inside it: Medium's hashed div around its div.pw-replies)
            String cls = (a.className() + " " + a.id() + " " + a.normalName()).toLowerCase(Locale.ROOT);
            named |= cls.contains("indent") || cls.contains("repl") || cls.contains("child") || cls.contains("respon")
                    || cls.contains("nested") || cls.contains("sub")
                    // (a blockquote after the comment, holding its replies: PHP-Nuke's nested view, old portals)
                    || a.normalName().equals("blockquote")
                    // (or a table after the comment whose first cell is an empty indent: e107's nested comments)
                    || a.normalName().equals("table") && indentTable(a);
            if (a != r && !index.containsKey(a) && sameKind(a, a.parent())) {
                // a wrapper inside a wrapper of its own kind (Forem's details.comment-wrapper): the reply's wrapper
                // sits in its parent's, after the parent's record (and after the parent's earlier replies)
                for (Element s = a.previousElementSibling(); s != null; s = s.previousElementSibling()) {
                    if (index.containsKey(s) && s.previousElementSibling() == null || index.containsKey(s) && !sameKind(s, a)) {
                        return index.get(s);
                    }
                }
            }
            Element prev = a.previousElementSibling();
            while (prev != null && prev.normalName().equals("a") && !elementChildren(prev, 1)) {
                prev = prev.previousElementSibling();
            }
            // (or a bare wrapper around nothing but a list, right after a record: AO3's <li><ol class=thread> after
            // its li.comment, where the wrapper has no name to give)
            boolean bare = a.className().isEmpty() && a.id().isEmpty() && a.childrenSize() == 1
                    && LIST_TAGS.contains(a.child(0).normalName())
                    // (or a bare list itself, right after the record inside the parent's item: Allura's
                    // <li><div.discussion-post/><ul><li>reply</li></ul></li>)
                    || a.className().isEmpty() && a.id().isEmpty() && LIST_TAGS.contains(a.normalName()) && prev != null
                    && prev.parent() != null && prev.parent().normalName().equals("li") && a.nextElementSibling() == null;
            if (prev != null && index.containsKey(prev) && a != r && !index.containsKey(a) && (named || bare)) {
                return index.get(prev);
            }
            if (index.containsKey(a.parent())) {
                break;
            }
        }
        return -1;
    }

    private static final Set<String> LIST_TAGS = Set.of("ol", "ul");

    /** A table whose first row opens with an empty cell beside others (an indent: "<td width=20>&nbsp;</td><td>replies</td>"). */
    private static boolean indentTable(Element table) {
        Element body = elementChildren(table, 1) && table.child(0).normalName().equals("tbody") ? table.child(0) : table;
        Element row = elementChildren(body, 1) ? body.child(0) : null;
        if (row == null || !row.normalName().equals("tr") || !elementChildren(row, 2)) {
            return false;
        }
        Element first = row.child(0);
        return first.normalName().equals("td") && first.children().stream().allMatch(c -> c.normalName().equals("img"))
                && Texts.squash(first.text()).isEmpty() && !Texts.squash(boundedText(row.child(1), 40)).isEmpty();
    }

    /** Same tag and same first class (a class it has): a box of the kind that holds it. */
    private static boolean sameKind(Element a, Element b) {
        if (b == null || !a.normalName().equals(b.normalName())) {
            return false;
        }
        // (asked of every ancestor of every record: no split, no regex)
        String ca = a.attr("class");
        String cb = b.attr("class");
        if (ca.isEmpty() || cb.isEmpty() || ca.charAt(0) <= ' ') {
            return false;
        }
        int end = 0;
        while (end < ca.length() && ca.charAt(end) > ' ') {
            end++;
        }
        return cb.startsWith(ca.substring(0, end)) && (cb.length() == end || cb.charAt(end) <= ' ');
    }

    /** Depth of a record in a flat list: depth-N classes, indent attributes, indent images, margins. -1: none. */
    /** A class token that says the record is a reply ("c-item reply", "comment child"), with no depth number. */
    private static final Pattern REPLY_TOKEN = Pattern.compile("(?:is-)?(?:reply|child|nested|indented)");

    /**
     * A flat list whose replies say so by a class alone (MediaWiki's Comments extension: "c-item" and "c-item reply"
     * siblings, the reply after the comment it answers): those records one level under the nearest record before them
     * without it. Only where records without the token follow records with it (comment, reply, comment, reply): a
     * forum whose every post but the first is a "reply" is a flat thread, not one comment's replies.
     */
    private static boolean replyClassMarks(List<Element> records, int[] marks) {
        if (records.size() < 3) {
            return false;
        }
        boolean[] reply = new boolean[records.size()];
        int plainAfterReply = 0;
        boolean seenReply = false;
        for (int i = 0; i < records.size(); i++) {
            Element r = records.get(i);
            for (String t : WHITESPACE_RUN.split(r.className().toLowerCase(Locale.ROOT))) {
                if (REPLY_TOKEN.matcher(t).matches()) {
                    reply[i] = true;
                }
            }
            if (reply[i]) {
                seenReply = true;
            } else if (seenReply && (r.parent() == records.get(i - 1).parent())) {
                plainAfterReply++;
            }
        }
        if (plainAfterReply == 0 || reply[0]) {
            return false;
        }
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).parent() != records.get(0).parent()) {
                return false; // (nested in the DOM: the nesting says it)
            }
        }
        for (int i = 0; i < records.size(); i++) {
            marks[i] = reply[i] ? 1 : 0;
        }
        return true;
    }

    private static int depthMark(Element r) {
        for (String t : WHITESPACE_RUN.split(r.className().toLowerCase(Locale.ROOT))) {
            Matcher m = DEPTH_CLASS.matcher(t);
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
        }
        for (String a : DEPTH_ATTRS) {
            int v = r.hasAttr(a) ? parseInt(r.attr(a)) : -1;
            if (v >= 0 && v < 40) {
                return v;
            }
        }
        Matcher var = DEPTH_VAR.matcher(r.attr("style"));
        if (var.find()) {
            return Integer.parseInt(var.group(1));
        }
        Matcher margin = MARGIN.matcher(r.attr("style"));
        if (margin.find()) {
            double v = Double.parseDouble(margin.group(1));
            String unit = margin.group(2).toLowerCase(Locale.ROOT);
            // (ex and ch, half an em: Fossil's forum indents replies 4ex a level)
            return (int) Math.round(unit.equals("px") ? v : unit.endsWith("em") ? v * 16 : v * 8);
        }
        Element ind = firstIn(r, INDENT_CELL);
        if (ind != null) {
            if (ind.hasAttr("indent")) {
                return parseInt(ind.attr("indent"));
            }
            Element img = ind.selectFirst(SIZED_IMG);
            if (img != null) {
                return parseInt(img.attr("width"));
            }
        }
        Element first = r.normalName().equals("table") ? firstIn(r, TD) : null;
        if (first != null && first.hasAttr("width") && first.nextElementSibling() != null && first.text().isBlank()
                && (!elementChildren(first, 1) || first.childrenSize() == 1 && first.child(0).normalName().equals("img"))) {
            // a spacer cell before the message, as wide as its depth (threaded boards: <td width="31"><img width="30">)
            Element img = first.selectFirst(SIZED_IMG);
            return parseInt(img != null ? img.attr("width") : first.attr("width"));
        }
        return -1;
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    // ------------------------------------------------------------------ fields

    private static final class Fields {
        /** The record's own subject line (a heading or title element taken out of the words), or null. */
        String title;
        String author;
        String time;
        Integer likes;
        String text = "";
        List<Quote> quotes = new ArrayList<>();
        String replyTo;
        /** The commenter's handle ("@ann@host") when the author is the display name shown beside it, or null. */
        String handle;
        /** The first words of the parent a reply preview quotes (Telegram: its author and a snippet), or null. */
        String replySnippet;
        boolean monthDay;
        /** The time of the post this one answers, as "In reply to an earlier post on <time>" gives it, or null. */
        String replyTime;
        /** The element naming the parent ("In response to X", a reply preview): not the post's words. */
        Element replyEl;
        /** The id an "@name" link opening the reply points to (the comment it answers), or null. */
        String mentionTarget;
        /** The id a reply-to link points to ("in reply to: ↑ 1", "(in response to X)", "[Re: X]"), or null. */
        String replyTarget;
        /** A name linked at the very start of the text (Jira's user mention opening a reply), or null. */
        String leadMention;
        /** A byline after the words ("posted by X at … [3 favorites]"): not the post's words. */
        Element bylineEl;
        /** The href of an in-reply-to link (microformats2): the parent's permalink. */
        String replyHref;
        /** The post number a ">>n" reference opening the text names (imageboards, textboards), or null. */
        String postRef;
        /** Ids a quote in this record links to (its source post), most specific first. */
        List<String> quoteTargets = new ArrayList<>();
        String pane;
        /** The user cell the pane text came from, or null. */
        Element paneEl;
        /** The like control the likes were read from by its words ("顶40", "Like 12"): no words of the comment. */
        Element likeEl;
        /** The element the author was read from, in the original tree. */
        Element authorEl;
        /** The author came from a bare leaf (no class names it): its words are taken out of the text. */
        boolean authorLeaf;
        List<String> header = new ArrayList<>();
    }

    private static final Pattern BYLINE_AFTER = Pattern.compile("(?i)(?:posted|submitted|written|added)\\s+by\\s+[^:\\s]");
    private static final Pattern IN_REPLY_FROM = Pattern.compile("(?i)\\(?\\s*in reply to (.{1,60}?) from comment #?(\\d{1,5})\\s*\\)?");
    // (and the same words in the languages news sites comment in: "Antwort auf #3 von X", "en réponse à X", "en respuesta a X")
    private static final Pattern REPLY_LINK = Pattern.compile("(?iu)^\\(?\\[?\\s*(?:in reply to|in response to|replying to|re:|(?:als )?antwort auf|"
            + "(?:en )?r\u00e9ponse \u00e0|(?:en )?respuesta a|(?:in )?risposta a|(?:als )?(?:reactie|antwoord) op|svar (?:till|p\u00e5))\\s+(\\S.{0,40}?)\\s*\\]?\\)?$");
    /** "To: X" as a line of its own around a link to X's post: the post this one answers (only with such a link). */
    private static final Pattern TO_LINK = Pattern.compile("(?iu)^to:\\s+(\\S.{0,40}?)\\s*$");
    private static final Pattern COMMENT_NUMBER = Pattern.compile("(?i)comment\\s*#?(\\d{1,5})");
    private static final Pattern IN_REPLY_FROM_LEAD = Pattern.compile("(?i)\\(?\\s*in reply to\\s+(?:(.{1,60}?)\\s+from\\s*)?$");
    /** The line before a quote naming its source: "Replying to bob:" (Trac), "Ann Lee wrote in #note-2:" (Redmine). */
    private static final Pattern QUOTE_LEAD = Pattern.compile("(?iu)^(?:replying to\\s+(.{1,40}?)|(.{1,40}?)\\s+(?:" + WROTE_WORDS + ")(?:\\s+(?:in|on|at)\\s+\\S.{0,30}?)?)\\s*:$");
    /** A mail client's quote head: "On <date>, <name> [<address>] wrote:". */
    private static final Pattern MAIL_QUOTE_LEAD = Pattern.compile(
            "(?i)^on\\s+(.{6,60}?),\\s+([^,<>\\[\\]]{1,40}?)\\s*(?:<[^<>]{0,60}>|\\[[^\\]]{0,60}\\])?\\s*(?:<[^<>]{0,60}>)?\\s+wrote:?$");
    private static final Pattern QUOTED_LINE = Pattern.compile("(?m)^[ \\t]*>.*$");
    private static final Pattern BRACKETS_ONLY = Pattern.compile("[()\\[\\]\\s]+");
    private static final Pattern AT_NAME = Pattern.compile("\\s*@[\\p{L}\\d_.-]{1,40}\\s*");
    private static final Pattern MENTION_SEP = Pattern.compile("\\s*[:,]?\\s*");

    /** Whether the element opens its paragraph: nothing but blanks before it in its parent. */
    private static boolean leadsText(Element d, Element record) {
        for (Node n = d.previousSibling(); n != null; n = n.previousSibling()) {
            if (!(n instanceof TextNode t) || !t.isBlank()) {
                return false;
            }
        }
        return d.parent() != null && d.parent() != record;
    }

    /** A one-word badge beside a name. */
    private static final Pattern BADGE = Pattern.compile("(?i)\\s*(?:admin|administrator|mod|moderator|staff|author|owner|op|host|editor|team|verified|member|guest|blogger)\\s*");
    /** A user handle with digits in it ("ferryfan82"), not a count or a label ("12 replies", "#3"). */
    private static final Pattern HANDLE = Pattern.compile("\\p{L}{2,}[\\p{L}\\d_.-]{0,28}\\d[\\p{L}\\d_]*");
    private static final Pattern IN_RESPONSE = Pattern.compile("(?i)^(?:in )?(?:reply|replying|replied|response|responding|responded) to:?(?:\\s+|(?=@))(\\S.{0,40})$");
    private static final Set<String> REPLY_PART = Set.of("reply");
    private static final Pattern COMMENTED_ON = Pattern.compile(
            "(?i)^(?:commented|replied) (?:on|to) (.{1,40}?)['\u2019]s? (?:message|comment|post|reply|thread)\\s*:\\s*(\\S.{0,300})$");
    private static final Set<String> REPLY_PREVIEW_PARTS = Set.of("reference", "referenced", "replied", "repliedmessage");
    /** What a "Reply to …" button names instead of a poster ("Reply to This", "Reply to this comment"). */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)(?:this|the|a|it|comment|post|thread|topic|message|story|article)\\b.*");
    private static final Pattern IN_RESPONSE_CUE = Pattern.compile("(?i)^\\s*(?:in )?(?:repl|respon)");
    private static final Pattern COUNT_IN_WORDS = Pattern.compile(
            "(?i)^(?:up ?votes?\\s*[\u00b7:]\\s*(\\d{1,6})|(\\d{1,6}) (?:people|persons?|members?|users?) liked this\\.?)$");
    private static final Pattern LIKED_BY = Pattern.compile("(?i)^(.{1,300}?)\\s+likes?\\s+this\\.?$");
    private static final Pattern THANKED_BY = Pattern.compile("(?i)(?:said|says|say) thanks?(?: you)?(?: for this post)?:\\s*(.{1,400})$");
    private static final Pattern OTHERS = Pattern.compile("(?i)\\band (\\d{1,5}) others?$");

    /** Whether {@code s} ends "this" or "this." in any ASCII case: what {@link #LIKED_BY} cannot match without. */
    private static boolean endsWithThis(String s) {
        int n = s.length();
        if (n > 0 && s.charAt(n - 1) == '.') {
            n--;
        }
        return n >= 4 && s.regionMatches(true, n - 4, "this", 0, 4);
    }

    /**
     * Whether {@code s} holds {@code lowerWord} (lower-case ASCII letters) in any ASCII case: a pattern compiled with
     * (?i) alone matches its ASCII letters only so, so a text without the word cannot match it.
     */
    static boolean containsAsciiIgnoreCase(String s, String lowerWord) {
        int n = lowerWord.length();
        for (int i = 0, last = s.length() - n; i <= last; i++) {
            int k = 0;
            while (k < n && asciiSameIgnoringCase(s.charAt(i + k), lowerWord.charAt(k))) {
                k++;
            }
            if (k == n) {
                return true;
            }
        }
        return false;
    }

    /** {@code c} is {@code lower} or, for a lower-case ASCII letter, its capital. */
    private static boolean asciiSameIgnoringCase(char c, char lower) {
        return c == lower || lower >= 'a' && lower <= 'z' && c == lower - 0x20;
    }

    /** How many people a "who liked this" line names: "Ann, Bo and 3 others like this" is 5. */
    private static Integer likers(String line) {
        if (line.length() > 420) {
            return null;
        }
        String s = line.strip();
        // (each pattern only where the line has its fixed words: most lines are a post's words, and the lazy
        // 300-character group was tried at every length of every one)
        Matcher m = endsWithThis(s) ? LIKED_BY.matcher(s) : null;
        String names = m != null && m.matches() ? m.group(1) : null;
        if (names == null && s.indexOf(':') >= 0 && containsAsciiIgnoreCase(s, "thank")) {
            Matcher t = THANKED_BY.matcher(s);
            names = t.find() ? t.group(1) : null;
        }
        if (names == null || names.isBlank() || Texts.wordCount(names) > 60) {
            return null;
        }
        int extra = 0;
        Matcher o = OTHERS.matcher(names.strip());
        if (o.find()) {
            extra = Integer.parseInt(o.group(1));
            names = names.substring(0, o.start());
        }
        int count = 0;
        for (String n : NAME_LIST_SEP.split(names)) {
            if (!n.isBlank()) {
                count++;
            }
        }
        return count == 0 || count > 100 ? null : count + extra;
    }

    /** An author element's text without the initials an avatar placeholder prints ("M" + "Morwenna T"). */
    private static String withoutAvatar(Element d) {
        if (d.select(AVATARS).isEmpty()) {
            return d.text();
        }
        Element copy = d.clone();
        copy.select(AVATARS).remove();
        return copy.text();
    }

    private static final Pattern HANDLE_AFTER_NAME = Pattern.compile("(?<=\\S)\\s+@[\\w.-]+@[\\w-]+(?:\\.[\\w-]+)+$");
    /** A display name with its handle after it in one link ("Morag Sinclair @moragsinclair": Talkyard, GitLab, Bluesky). */
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\d]+");
    private static final Pattern PLAIN_HANDLE_AFTER_NAME = Pattern.compile("(?<=\\S)\\s+@[\\p{L}\\d_.-]{2,40}$");

    /** Inside a quote of another post (its "X wrote:" link is not this post's author). */
    static boolean inQuote(Element d, Element r) {
        for (Element a = d; a != null && a != r; a = a.parent()) {
            if (quote(a) || BOX_TAGS.contains(a.normalName()) && QUOTE_BOX.matcher(Texts.squash(boundedText(a, 80))).find()
                    && a.parent() != null && Texts.wordCount(a.text()) < Texts.wordCount(r.text()) - 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #inQuote} for the elements of one record, each ancestor tested once: {@link #fields} asks it of every
     * element of the record some thirty times over, and each test walked up to the record again (the record's word
     * count recounted at every box on the way). Valid while the tree is not changed (fields only reads it).
     */
    static final class QuoteMemo {
        private final Element record;
        private final Map<Element, Boolean> known = new IdentityHashMap<>();
        private int recordWords = -1;

        QuoteMemo(Element record) {
            this.record = record;
        }

        boolean in(Element d) {
            List<Element> path = new ArrayList<>();
            boolean inside = false;
            for (Element a = d; a != null && a != record; a = a.parent()) {
                Boolean k = known.get(a);
                if (k != null) {
                    inside = k;
                    break;
                }
                path.add(a);
                if (quote(a) || BOX_TAGS.contains(a.normalName()) && QUOTE_BOX.matcher(Texts.squash(boundedText(a, 80))).find()
                        && a.parent() != null && Texts.wordCount(a.text()) < recordWords() - 2) {
                    inside = true;
                    break;
                }
            }
            for (Element a : path) {
                known.put(a, inside); // below a quote box, or (all found outside one) as the nearest known ancestor
            }
            return inside;
        }

        private int recordWords() {
            if (recordWords < 0) {
                recordWords = Texts.wordCount(record.text());
            }
            return recordWords;
        }
    }

    private static boolean insideOther(Element d, Element r, Map<Element, Integer> index) {
        for (Element a = d; a != null && a != r; a = a.parent()) {
            if (index.containsKey(a)) {
                return true;
            }
        }
        return false;
    }

    private static Fields fields(Element r, Map<Element, Integer> index, List<String> articleKeys) {
        Fields f = new Fields();
        f.author = clean(r.hasAttr("data-author") ? r.attr("data-author") : r.hasAttr("data-comment-author") ? r.attr("data-comment-author")
                // a web component's own attribute (Reddit's <shreddit-comment author="x">): only custom elements carry one
                : r.normalName().indexOf('-') > 0 ? r.attr("author") : "");
        List<Element> own = new ArrayList<>();
        List<Element> nested = null; // the outermost records inside this one (known where the page is indexed)
        QuoteMemo inQuotes = new QuoteMemo(r);
        TreeIndex page = INDEX.get();
        int at = page == null ? -1 : page.position(r);
        if (at >= 0) {
            // the record's elements but those of records nested in it: their subtrees skipped whole, not each
            // element's ancestors walked up to the record
            nested = new ArrayList<>();
            for (int i = at + 1, end = page.end(at); i < end; ) {
                Element d = page.element(i);
                if (index.containsKey(d)) {
                    nested.add(d);
                    i = page.end(i);
                } else {
                    own.add(d);
                    i++;
                }
            }
        } else {
            for (Element d : allElements(r)) {
                if (d != r && !insideOther(d, r, index)) {
                    own.add(d);
                }
            }
        }
        List<Element> ownAll = List.copyOf(own);
        for (Element d : ownAll) {
            if (hasPart(d, REPLY_PREVIEW_PARTS) && Texts.wordCount(boundedText(d, 400)) <= 40) {
                // the parent's name and first words over a chat reply (Discord's "╭ @x <first words>…"): not this
                // post's author; the box itself is read as the reply's reference below
                own.removeIf(x -> x != d && x.parents().contains(d));
            }
        }
        for (Element d : own) {
            if (f.author == null && d.attr("itemprop").equals("author") && !inQuotes.in(d)) {
                Element name = d.selectFirst(ITEMPROP_NAME);
                f.author = clean((name != null ? name : d).text());
                f.authorEl = d;
            }
        }
        for (Element d : own) {
            if (f.author != null) {
                break;
            }
            // (a name part its class calls a quote's, "quoteName" over the quoted words, names the quoted poster)
            if ((hasPart(d, AUTHOR_PARTS) || d.normalName().equals("cite") || camelAuthor(d)
                    || hasPart(d, INLINE_AUTHOR_PARTS) && d.select(BLOCK_INSIDE).size() <= 1 && !BLOCK_TAGS.contains(d.normalName())) && !d.hasAttr("datetime")
                    && !d.className().toLowerCase(Locale.ROOT).contains("quote")) {
                Element link = null;
                for (Element a : d.getElementsByTag("a")) {
                    if (a != d && WpCommenterLinks.isOne(a)) {
                        // the commenter's own link names them before a social profile's handle in the same box
                        // ("<a class=url>Charise</a><br>Twitter: <a href=twitter.com/x>x</a>", Thesis)
                        link = a;
                        break;
                    }
                }
                for (Element a : link != null ? List.<Element>of() : d.getElementsByTag("a")) {
                    if (a != d && (profileLink(a) || avatarTwin(a, own))) {
                        // a user box (name, rank, stars, its time and votes) names its member by the profile link, or
                        // by the link to the address its avatar links to
                        link = a;
                        break;
                    }
                }
                boolean deeper = link == null && deeperAuthor(d);
                if (deeper) {
                    // a user box with a follower count in an author part of its own ("iam99", a bio line, "557 Fans"):
                    // the name is the box's other link to the profile the count links
                    Element count = fanCountLink(d);
                    link = count == null ? null : sameProfile(d, count);
                }
                if (link == null && deeper) {
                    continue; // a byline around the name element ("name · in reply to X", "name 21 Nov @ 2:14pm #3"): the name's own
                }
                String t = clean(withoutAvatar(link != null ? link : d));
                if (t != null && link == null) {
                    t = NameSites.without(t); // ("http://twitter.com/x Ann Lee": Disqus prints the commenter's site before the name)
                    // a user cell's label and count around the name ("by X" in a print view, "X 712 posts" in a
                    // list archive's author cell) are not the name
                    t = clean(COUNT_TAIL.matcher(BY_LABEL.matcher(t).replaceFirst("")).replaceFirst(""));
                }
                if (t != null && Texts.wordCount(t) <= maxNameWords(link) && Dates.find(t) == null && !MEMBER_WORDS.matcher(t).matches()
                        && !FAN_COUNT.matcher(t).matches()
                        && !AUTHOR_NOISE.matcher(t).matches() && !EDIT_NOTICE.matcher(t).lookingAt() && !inQuotes.in(d)) {
                    f.author = t;
                    f.authorEl = d;
                    String shown = link != null && t.startsWith("@") ? DisplayNames.before(d, link, x -> hasPart(x, AUTHOR_PARTS)) : null;
                    if (shown != null) {
                        // a display name in its own name element before the handle's profile link ("<h4 class=username>
                        // Halima Osei</h4> <a href=/users/x>@x@host</a>": Pleroma, Misskey): the name as shown; the
                        // handle still names the commenter to a "Reply to @x" line
                        f.handle = t;
                        f.author = shown;
                    }
                }
            }
        }
        for (Element d : own) {
            if (f.author != null) {
                break;
            }
            // WordPress's commenter link (a.url, rel "external nofollow": the name linking the commenter's own site)
            // names the author before any profile link: a "Twitter: @handle" beside it is the commenter's handle
            if (f.author == null && WpCommenterLinks.isOne(d) && !inQuotes.in(d)) {
                String t = clean(d.text());
                if (t != null && (WpCommenterLinks.isPingback(r) || Texts.wordCount(t) <= maxNameWords(d) && Dates.find(t) == null)) {
                    f.author = t;
                    f.authorEl = d;
                }
            }
        }
        for (Element d : own) {
            if (f.author != null) {
                break;
            }
            if (d.normalName().equals("a") && (profileLink(d) || avatarTwin(d, own)) && !inQuotes.in(d)) {
                f.author = clean(d.text());
                f.authorEl = d;
            }
        }
        for (Element d : own) {
            if (f.author == null && !inQuotes.in(d)) {
                f.author = profileIconName(d); // "Profile for X" on the profile button (UBB.classic)
            }
        }
        for (Element d : own) {
            if (f.author != null) {
                break;
            }
            Element name = userCell(d);
            if (name != null && !inQuotes.in(d)) {
                f.author = clean(name.ownText()); // the first line of a user cell no class or link names (XMB)
                f.authorEl = name;
            }
        }
        for (Element d : own) {
            if (f.author == null && (namedByLabel(d) || nameBesideDateCell(d)) && !inQuotes.in(d)) {
                f.author = clean(d.ownText()); // a card's aria-label naming its writer; a bold name cell beside the date cell
                f.authorEl = d;
            }
        }
        for (Element d : own) {
            if (f.author == null && boldAfterBy(d) && !inQuotes.in(d)) {
                f.author = clean(d.text()); // "by <b>ducks_on_weir</b> on …": the bold name after "by" (Scoop)
                f.authorEl = d;
            }
        }
        for (Element d : own) {
            if (f.author != null) {
                break;
            }
            if (!elementChildren(d, 3) && !inQuotes.in(d)) {
                // a mail header line "From: Ann Lee <ann@example.org>" (bug logs, list archives): the sender
                Matcher from = MAIL_FROM.matcher(Texts.squash(boundedText(d, 200)));
                if (from.matches()) {
                    f.author = clean(from.group(1));
                    f.authorEl = d;
                }
            }
        }
        for (Element d : own) {
            if (f.replyTime == null && !elementChildren(d, 4) && !inQuotes.in(d)) {
                // "In reply to an earlier post on Nov 23, 2026 7:15:00 PM PST" (Amazon-like review comments): the
                // parent named by its time alone
                String line = boundedText(d, 160);
                // (the pattern starts "in": most texts are passed over before they are squashed)
                Matcher m = opensWithI(line) ? REPLY_TO_TIME.matcher(Texts.squash(line)) : null;
                String when = m != null && m.matches() ? Dates.find(m.group(1)) : null;
                if (when != null) {
                    f.replyTime = when;
                    if (f.replyEl == null) {
                        f.replyEl = d;
                    }
                }
            }
        }
        for (Element d : own) {
            if (f.replyTo == null && d.normalName().equals("pre") && !inQuotes.in(d)) {
                // a plain-text mail's "On <date>, Ann Lee wrote:" over its "> " lines (bug logs, list archives): the
                // message answered and the words quoted from it
                Matcher head = MAIL_PRE_QUOTE.matcher(d.wholeText());
                if (head.lookingAt() && Dates.find(head.group(1)) != null) {
                    f.replyTo = clean(head.group(2));
                    String quoted = Texts.squash(QUOTE_MARKS_LINE.matcher(head.group(3)).replaceAll(""));
                    if (!quoted.isEmpty()) {
                        f.quotes.add(new Quote(quoted, Texts.paragraphContaining(articleKeys, quoted), null));
                    }
                }
            }
        }
        for (Element d : own) {
            if (f.author != null) {
                break;
            }
            String from = !elementChildren(d, 3) && !inQuotes.in(d) ? answerFrom(d) : null;
            if (from != null && !AUTHOR_NOISE.matcher(from).matches()) {
                f.author = clean(from); // "Response from X, Owner at …" heading an owner's answer to a review
                f.authorEl = d;
            }
        }
        if (f.author == null) {
            Element said = SaidHeads.head(own); // "Sally said:" opening the record in an element no cue names
            // (the head box itself reads as a quote's "X said:" box to inQuote, the words it would quote being elsewhere:
            // only its ancestors are asked)
            if (said != null && (said.parent() == null || said.parent() == r || !inQuote(said.parent(), r))) {
                f.author = clean(said.text());
                f.authorEl = said;
            }
        }
        if (f.author == null) {
            // no element names the author (hashed classes): the short leaf just before the record's bare date
            Element name = null;
            boolean dated = false;
            for (Element d : own) {
                if (elementChildren(d, 1) || inQuotes.in(d)) {
                    continue;
                }
                String t = Texts.squash(d.ownText());
                if (t.isEmpty()) {
                    continue;
                }
                if (Dates.isYearless(t) || t.length() <= 40 && Dates.find(t) != null) {
                    // (or a full date after one verb, "Reviewed November 18, 2026": a review's date line)
                    dated = Dates.find(t) != null && REVIEW_VERB_DATE.matcher(t).matches();
                    break;
                }
                if (name == null && Texts.wordCount(t) <= 4 && !HAS_DIGIT_RX.matcher(t).matches() && !MEMBER_WORDS.matcher(t).matches()
                        && !AUTHOR_NOISE.matcher(t).matches() && !BUTTON_LINE.matcher(t).matches()) {
                    name = d; // the first (a reader's place or a badge may follow it)
                }
            }
            if (name != null && (dated || own.stream().anyMatch(d -> !elementChildren(d, 1) && Dates.isYearless(Texts.squash(d.ownText()))))) {
                f.author = clean(name.ownText());
                f.authorEl = name;
                f.authorLeaf = true;
            }
        }
        if (f.author == null) {
            // a record that opens with a name and then a full date, each in an element of its own (Cusdis: utility
            // classes only): the name may carry a one-word badge inside ("Dewi Harris <span>MOD</span>")
            // a badge in an element of its own beside the name ("Admin", "MOD": Wix) is passed over; a badge inside the
            // name is part of the name's element
            List<Element> texts = leadingTexts(own, inQuotes, true);
            if (texts.size() == 2) {
                Element d = texts.get(0);
                String t = Texts.squash(d.ownText());
                String when = Texts.squash(texts.get(1).ownText());
                boolean leafish = d.children().stream().allMatch(ch -> !elementChildren(ch, 1) && Texts.wordCount(ch.text()) <= 1);
                if (leafish && Texts.wordCount(t) <= 4 && ALPHA_WORD.matcher(t).find() && (!HAS_DIGIT_RX.matcher(t).matches() || HANDLE.matcher(t).matches())
                        && !t.contains("://") && !t.startsWith("www.")
                        && !MEMBER_WORDS.matcher(t).matches() && !AUTHOR_NOISE.matcher(t).matches() && !BUTTON_LINE.matcher(t).matches()
                        && when.length() <= 40 && (Dates.find(when) != null || AGE_ALONE.matcher(when).matches()) && texts.get(1).childrenSize() == 0) {
                    f.author = clean(t);
                    f.authorEl = d;
                }
            }
        }
        if (f.author == null) {
            Matcher by = COMMENTED_AGO.matcher(Texts.squash(boundedText(r, 160)));
            if (by.find() && !MEMBER_WORDS.matcher(by.group(1)).matches()) {
                f.author = clean(by.group(1)); // "riverwalker commented 5 days ago" heading the record
            }
        }
        if (f.author == null) {
            // the date first, then the name alone on its line (django-comments-xtd: "Nov. 20, 2026, 1:41 p.m. ¶", then
            // the commenter's website link)
            List<Element> texts = leadingTexts(own, inQuotes, false);
            if (texts.size() == 2 && texts.get(1).normalName().equals("a") && texts.get(1).parent() != null) {
                String when = Texts.squash(texts.get(0).ownText());
                String t = Texts.squash(texts.get(1).text());
                if (when.length() <= 40 && Dates.find(when) != null && Texts.wordCount(t) <= 4 && ALPHA_WORD.matcher(t).find()
                        && Texts.squash(texts.get(1).parent().text()).equals(t) && !t.contains("://") && !t.startsWith("www.")
                        && !MEMBER_WORDS.matcher(t).matches() && !AUTHOR_NOISE.matcher(t).matches() && !BUTTON_LINE.matcher(t).matches()) {
                    f.author = clean(t);
                    f.authorEl = texts.get(1);
                    f.authorLeaf = true;
                }
            }
        }
        if (f.author == null) {
            // last resorts, where nothing else names the commenter: the website link a comment form asks for (rel
            // "ugc" / "external nofollow"), then an avatar's alt text ("Picture of Owen P.", "wharf_rat avatar")
            for (Element d : own) {
                if (d.normalName().equals("a") && !inQuotes.in(d)) {
                    String rel = d.attr("rel").toLowerCase(Locale.ROOT);
                    String t = clean(d.text());
                    if ((rel.contains("ugc") || rel.contains("external") && rel.contains("nofollow")) && t != null && Texts.wordCount(t) <= 4
                            && !t.contains("://") && !t.startsWith("www.") && Dates.find(t) == null && !AUTHOR_NOISE.matcher(t).matches()
                            && !BUTTON_LINE.matcher(t).matches() && d.parent() != null && Texts.squash(d.parent().text()).length() <= t.length() + 40) {
                        f.author = t;
                        f.authorEl = d;
                        break;
                    }
                }
            }
        }
        if (f.author == null) {
            for (Element d : own) {
                if (d.normalName().equals("img") && (d.attr("src").contains("avatar") || d.className().contains("avatar")
                        || d.parent() != null && d.parent().className().contains("avatar")) && !inQuotes.in(d)) {
                    String t = clean(AVATAR_ALT.matcher(d.attr("alt")).replaceAll(" "));
                    if (t != null && Texts.wordCount(t) <= 4 && ALPHA_WORD.matcher(t).find() && !AUTHOR_NOISE.matcher(t).matches()
                            && !t.equalsIgnoreCase("user") && !t.equalsIgnoreCase("image") && !t.contains("://") && !t.contains(".png") && !t.contains(".jpg")) {
                        f.author = t;
                        break;
                    }
                }
            }
        }
        if (f.author != null && f.author.endsWith(")")) {
            Matcher h = HANDLE_IN_BRACKETS.matcher(f.author);
            if (h.find()) {
                // "Ifeoma N (ifeoman)" (Launchpad): the display name, when the bracketed word is that name's handle
                String name = NOT_ALNUM.matcher(f.author.substring(0, h.start())).replaceAll("").toLowerCase(Locale.ROOT);
                String handle = NOT_ALNUM.matcher(h.group(1)).replaceAll("").toLowerCase(Locale.ROOT);
                if (name.length() >= 3 && handle.length() >= 3 && (handle.startsWith(name.substring(0, 3)) || name.startsWith(handle.substring(0, 3)))) {
                    f.author = f.author.substring(0, h.start()).strip();
                }
            }
        }
        if (f.author != null && (f.author.endsWith(")") || f.author.endsWith(" ago"))) {
            // a member's reputation beside the name ("inkpot (62)": Steemit) or the post's age in the same box
            // ("marginalia 8 days ago") is not part of the name
            String bare = NAME_TAIL.matcher(f.author).replaceFirst("").strip();
            f.author = bare.isEmpty() ? f.author : bare;
        }
        if (f.author != null && f.author.length() > 3 && (f.author.charAt(2) == ' ' || f.author.indexOf(" by ") > 0 || f.author.indexOf(" By ") > 0)) {
            // a byline's label in the same element as the name (PunBB 1.4: "<span>Reply by </span><strong>X</strong>")
            Matcher by = LABELLED_BY.matcher(f.author);
            if (by.matches()) {
                f.author = by.group(1).strip();
            }
        }
        if (f.author != null && (f.author.endsWith(",") || f.author.endsWith(";"))) {
            // "Posted by <a>Pip</a>, 21/11/2026" (SilverStripe): the comma closes the byline, it is no part of the name
            f.author = f.author.substring(0, f.author.length() - 1).strip();
            f.author = f.author.isEmpty() ? null : f.author;
        }
        if (f.author != null && HANDLE_AFTER_NAME.matcher(f.author).find()) {
            // a display name and its handle side by side (Mastodon: "Nell Trevose @nell@isles.social"): the name
            f.author = HANDLE_AFTER_NAME.matcher(f.author).replaceFirst("").strip();
        } else if (f.author != null && f.author.indexOf('@') > 0) {
            Matcher h = PLAIN_HANDLE_AFTER_NAME.matcher(f.author);
            if (h.find()) {
                // only the name's own handle ("Morag Sinclair @moragsinclair"), not a nickname the commenter typed
                // into the name field ("Kris @Krazy_Kris")
                String name = NOT_ALNUM.matcher(f.author.substring(0, h.start())).replaceAll("").toLowerCase(Locale.ROOT);
                String handle = NOT_ALNUM.matcher(h.group()).replaceAll("").toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && handle.startsWith(name)) {
                    f.author = f.author.substring(0, h.start()).strip();
                }
            }
        }
        if (f.author != null && f.authorEl != null && f.author.indexOf('@') > 0) {
            // a federated handle's home instance in its own element (Lemmy: "name" + <small>@instance</small>)
            for (Element c : allElements(f.authorEl)) {
                String t = c.ownText().strip();
                if (c != f.authorEl && INSTANCE.matcher(t).matches() && f.author.endsWith(t)) {
                    f.author = f.author.substring(0, f.author.length() - t.length()).strip();
                    break;
                }
            }
        }
        // a post's own time before its "edited <date>" (Stack Exchange prints the edit first)
        for (int pass = 0; pass < 2 && f.time == null; pass++) {
            for (Element d : own) {
                if (f.time != null) {
                    break;
                }
                if (pass == 0 && mayHoldTime(d) && edited(d, r)) {
                    continue;
                }
                if (d.hasAttr("datetime")) {
                    f.time = isoMinute(d.attr("datetime"));
                } else if (d.normalName().equals("meta") && d.attr("itemprop").startsWith("date")) {
                    f.time = isoMinute(d.attr("content"));
                } else if (hasPart(d, TIME_PARTS)) {
                    // "11 days ago" over the exact time in a data attribute (GraphComment's data-date)
                    for (String attr : DATA_TIME_ATTRS) {
                        String v = d.attr(attr);
                        if (v.length() >= 10 && v.length() <= 40 && ISO_START.matcher(v).lookingAt()) {
                            f.time = isoMinute(v.length() > 16 ? v.substring(0, 16) : v);
                            break;
                        }
                    }
                }
            }
            for (Element d : own) {
                if (f.time != null) {
                    break;
                }
                if (pass == 0 && mayHoldTime(d) && edited(d, r)) {
                    continue;
                }
                if (hasPart(d, TIME_PARTS) || d.normalName().equals("time") || d.hasClass("time-ago")) {
                    String t = Dates.find(d.attr("title"));
                    f.time = t != null ? t : Dates.find(d.text());
                    if (f.time == null) {
                        // a part classed a date around the name and an age whose link holds the full time in its title
                        // (PeerTube's span.comment-account-date > a.comment-date[title]): that time, not the age
                        f.time = titledDate(d);
                    }
                    if (f.time == null && d.text().length() <= 60) {
                        f.time = Dates.relative(d.text(), CLOCK.get());
                    }
                    if (f.time == null && Dates.isYearless(Texts.squash(d.text()))) {
                        // "11-21 14:14", "Nov 21" in the time part: this year's, by the page's clock
                        f.time = CLOCK.get() != null ? Dates.yearless(Texts.squash(d.text()), CLOCK.get())
                                : Dates.yearlessNear(Texts.squash(d.text()), pageDate());
                    }
                }
            }
            for (Element d : own) {
                if (f.time != null || f.monthDay) {
                    break;
                }
                if (!elementChildren(d, 1) && monthDayBesideReply(d) && !inQuotes.in(d)) {
                    // "11-17 Reply": this year's month and day, the year from the page ({@link #yearClock}; none without)
                    f.monthDay = true;
                    String y = yearClock();
                    Matcher m = MONTH_DAY.matcher(d.ownText().strip());
                    if (y != null && m.matches()) {
                        f.time = Dates.yearless(mon(Integer.parseInt(m.group(1))) + " " + m.group(2), y);
                    }
                }
            }
            for (Element d : own) {
                if (f.time != null) {
                    break;
                }
                if (pass == 0 && mayHoldTime(d) && edited(d, r)) {
                    continue;
                }
                // a short label ("11h", "3 days ago") carrying the full date in a tooltip attribute
                for (String attr : TOOLTIP_ATTRS) {
                    String v = d.attr(attr);
                    if (v.length() >= 8 && v.length() <= 80 && boundedText(d, 25).length() <= 24) {
                        String t = Dates.find(v);
                        if (t != null && !inQuotes.in(d)) {
                            f.time = t;
                            break;
                        }
                    }
                }
            }
        }
        if (f.time == null) {
            // the byline after the words, in an element of its own ("posted by X at 9:50 AM on November 22, 2026
            // [3 favorites]": MetaFilter): the time, likes and author, and no words of the comment
            for (Element d : own) {
                if (elementChildren(d, 9)) {
                    continue;
                }
                // a cheap look first (most records have no such line): "posted by" among the element's own words
                String ownWords = d.ownText();
                int by = ownWords.indexOf(" by");
                if (by < 0 || by > 12 || inQuotes.in(d)) {
                    continue;
                }
                String line = Texts.squash(boundedText(d, 201));
                if (line.length() <= 200 && BYLINE_AFTER.matcher(line).lookingAt() && Texts.squash(r.text()).endsWith(Texts.squash(d.text()))
                        && line.length() < Texts.squash(boundedText(r, 400)).length() - 20) {
                    // (the record's last words: a byline above the text, "written by X, October 24, 2012", is a header)
                    String t = Dates.find(line);
                    int year = line.indexOf(t == null ? "?" : t.substring(0, 4));
                    if (t != null && year > 0) {
                        f.time = t;
                        f.bylineEl = d;
                        Matcher m = LIKES_TEXT.matcher(line.substring(year + 4)); // (after the date: not its year)
                        if (f.likes == null && m.find()) {
                            f.likes = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
                        }
                        f.header.add(line);
                        break;
                    }
                }
            }
        }
        for (Element d : own) {
            if (d.normalName().equals("a") && (d.hasClass("u-in-reply-to") || d.attr("rel").contains("in-reply-to"))
                    && !d.attr("href").isEmpty()) {
                f.replyHref = d.attr("href"); // microformats2 / IndieWeb: the parent's permalink
            }
        }
        for (Element d : own) {
            String c = d.className().toLowerCase(Locale.ROOT);
            if (f.replyTo == null && f.replyTarget == null && (c.contains("reply-to") || c.contains("in-reply") || c.contains("replyto")
                    || c.contains("reply-context"))) {
                Element link = d.normalName().equals("a") ? d : d.selectFirst(LINKS);
                String href = link == null ? "" : link.attr("href");
                if (href.indexOf('#') >= 0 && href.indexOf('#') < href.length() - 1 && !inQuotes.in(d)) {
                    f.replyTarget = href.substring(href.indexOf('#') + 1); // "in reply to: ↑ 1" linking to comment:1 (Trac)
                }
                String t = clean(LEADING_SYMBOLS.matcher(IN_REPLY_TO_HEAD.matcher(d.text()).replaceFirst("")).replaceFirst(""));
                f.replyTo = t != null && Texts.wordCount(t) <= 4 && !t.startsWith(":") && !t.startsWith("(") ? t : null;
            }
        }
        for (Element d : own) {
            if (f.postRef == null && d.normalName().equals("a") && !inQuotes.in(d)) {
                // ">>92500" (imageboards), ">>2" (textboards): a link to the post this one answers, by its number
                Matcher m = POST_REF.matcher(Texts.squash(d.text()));
                if (m.matches()) {
                    f.postRef = m.group(1);
                    if (f.replyEl == null) {
                        f.replyEl = d;
                    }
                }
            }
        }
        for (Element d : own) {
            if (f.replyTarget != null || !d.normalName().equals("a")) {
                continue;
            }
            String href = d.attr("href");
            int hash = href.indexOf('#');
            if (hash >= 0 && hash < href.length() - 1 && !inQuotes.in(d) && d.ownText().strip().equalsIgnoreCase("parent")) {
                // "[ Parent | Reply to This ]" (Scoop, Slashdot): the link to the comment this one answers
                f.replyTarget = href.substring(hash + 1);
                continue;
            }
            if (hash >= 0 && hash < href.length() - 1 && !inQuotes.in(d)) {
                // "(in response to X)" (Jive), "[Re: X]" (UBB.threads): a link naming the post this one answers
                String said = Texts.squash(d.text());
                Matcher m = REPLY_LINK.matcher(said);
                // ("Re: subject" is any reply's title: only "[Re: name]" in brackets names whom it answers)
                boolean bracketed = said.startsWith("[") || d.previousSibling() instanceof TextNode t && t.getWholeText().stripTrailing().endsWith("[");
                if (m.matches() && Texts.wordCount(m.group(1)) <= 4 && (bracketed || !RE_HEAD.matcher(said.replace("[", "")).lookingAt())) {
                    f.replyTarget = href.substring(hash + 1);
                    if (f.replyEl == null && !said.startsWith("(") && !bracketed) {
                        f.replyEl = d; // "Antwort auf #3 von X" above the words names the parent; it is not the reply's text
                    }
                    if (f.replyTo == null) {
                        f.replyTo = clean(AT_HEAD.matcher(m.group(1)).replaceFirst(""));
                    }
                    continue;
                }
                // "In reply to <a href=#comment5>#5</a>": the cue in the line around the link, the link only the parent's
                // number or name (BookStack's reply rows, blog themes' "in reply to" lines)
                Element box = d.parent();
                String line = box == null ? "" : Texts.squash(box.text());
                Matcher b = REPLY_LINK.matcher(line);
                if (!b.matches()) {
                    b = TO_LINK.matcher(line); // "To: <a href=#3>X</a>" over a reply (Free Republic-style boards)
                }
                if (box != null && line.length() <= 80 && b.matches() && Texts.wordCount(b.group(1)) <= 4 && !said.isEmpty()
                        && line.endsWith(said) && !RE_HEAD.matcher(line).lookingAt() && !inQuotes.in(box)) {
                    f.replyTarget = href.substring(hash + 1);
                    if (f.replyEl == null && !line.startsWith("(") && box.children().size() == 1) {
                        f.replyEl = box; // the cue line is no part of the reply's words
                    }
                }
            }
        }
        for (Element d : own) {
            if (f.replyTo != null) {
                break;
            }
            String line = !elementChildren(d, 4) ? boundedText(d, 61) : "";
            if (line.length() > 8 && line.length() <= 60 && IN_RESPONSE_CUE.matcher(line).find() && !inQuotes.in(d)) {
                // "In response to Magnus" (Khoros), "Replying to @ann": a line naming the post this one answers
                Matcher m = IN_RESPONSE.matcher(Texts.squash(line));
                if (m.matches() && Texts.wordCount(m.group(1)) <= 4 && !NOT_A_NAME.matcher(m.group(1)).matches()
                        && !ownReplyButton(line, m.group(1), f.author)) {
                    f.replyTo = clean(AT_HEAD.matcher(m.group(1)).replaceFirst(""));
                    f.replyEl = d;
                }
            }
        }
        for (Element d : own) {
            if (f.replyTo != null) {
                break;
            }
            if ((hasPart(d, REPLY_PART) || hasPart(d, REPLY_PREVIEW_PARTS)) && !d.normalName().equals("button") && d != f.authorEl && !inQuotes.in(d)
                    && (f.authorEl == null || !f.authorEl.parents().contains(d)) && Texts.wordCount(boundedText(d, 400)) <= 40) {
                // (not the post itself: a "reply" class on the record's body names what it is, the preview sits beside its author)
                // a reply preview (Telegram's message_reply): the parent's name in an author element and its first words
                Element name = null;
                for (Element x : allElements(d)) {
                    if (x != d && hasPart(x, AUTHOR_PARTS) && !Texts.squash(x.text()).isEmpty()) {
                        name = x;
                        break;
                    }
                }
                if (name != null && Texts.wordCount(name.text()) <= 4) {
                    // ("╭ @x <first words>…": the arrow and the @ are no part of either)
                    String rest = LEADING_SYMBOLS.matcher(Texts.squash(d.text())).replaceFirst("");
                    String nm = Texts.squash(name.text());
                    rest = rest.startsWith(nm) ? rest.substring(nm.length()).strip() : rest;
                    if (Texts.wordCount(rest) >= 3) {
                        f.replyTo = AT_HEAD.matcher(nm).replaceFirst("");
                        f.replySnippet = TRAILING_ELLIPSIS.matcher(rest).replaceAll("").strip();
                        f.replyEl = d;
                    }
                }
            }
        }
        for (Element d : own) {
            if (f.replyTo != null) {
                break;
            }
            String line = !elementChildren(d, 4) && !inQuotes.in(d) ? boundedText(d, 401) : "";
            if (line.length() > 20 && line.length() <= 400 && (line.startsWith("Comment") || line.startsWith("Repl"))) {
                // "Commented on X's message: <its first words>" over a thread reply in a channel (Mattermost): the parent
                Matcher m = COMMENTED_ON.matcher(Texts.squash(line));
                if (m.matches() && Texts.wordCount(m.group(2)) >= 3) {
                    f.replyTo = clean(AT_HEAD.matcher(m.group(1)).replaceFirst(""));
                    f.replySnippet = TRAILING_ELLIPSIS.matcher(m.group(2)).replaceAll("").strip();
                    f.replyEl = d;
                }
            }
        }
        Element reputation = null;
        for (Element d : own) {
            if (f.likes != null) {
                break;
            }
            String cn = reputation == null ? d.className() : "";
            if ((cn.contains("eputation") || cn.contains("arma")) && hasPart(d, REPUTATION_PARTS) && !hasPart(d, POST_LIKE_PARTS)) {
                reputation = d; // a member's standing beside the name (Steemit's "(62)"): the post's own count first
                continue;
            }
            if (d.attr("itemprop").equals("userInteractionCount") && d.parent() != null
                    && d.parent().select(INTERACTION_TYPE).attr("content").contains("Like")) {
                String c = d.attr("content").strip();
                if (COUNT.matcher(c).matches()) {
                    f.likes = Integer.parseInt(c);
                    continue;
                }
            }
            if (!elementChildren(d, 1) && !inQuotes.in(d) && d.previousElementSibling() != null && COUNT.matcher(d.ownText().strip()).matches()) {
                // "<button>Like</button> <span>3</span>" (LinkedIn-like): the count just after a like control
                Element b = d.previousElementSibling();
                // (an icon button named by its title or aria-label alone: Pleroma/Akkoma's star "Favorite" before its count)
                // (or a picture of a thumb, its alt or title "Thumb up": WordPress comment-rating plugins)
                boolean icon = b.text().isBlank();
                String named = !icon ? b.ownText() : b.hasAttr("aria-label") ? b.attr("aria-label")
                        : b.hasAttr("title") ? b.attr("title") : b.attr("alt");
                if ((b.normalName().equals("button") || b.normalName().equals("a") || b.normalName().equals("img"))
                        && (icon || !elementChildren(b, 1))
                        && LIKE_LABEL.matcher(named).matches()) {
                    f.likes = Integer.parseInt(d.ownText().strip());
                    continue;
                }
            }
            String label = d.hasAttr("aria-label") ? d.attr("aria-label") : d.attr("title");
            if (!label.isEmpty() && label.length() <= 30 && SIGNED_COUNT.matcher(d.text().strip()).matches()) {
                Matcher m = LIKES_TEXT.matcher(label.strip());
                if (LIKE_LABEL.matcher(label).matches()) {
                    f.likes = Integer.parseInt(d.text().strip().replace("+", "")); // <button aria-label="Like">12</button>
                    continue;
                }
                if (m.find() && !label.toLowerCase(Locale.ROOT).contains("dislike")) {
                    // <span aria-label="17 points">17</span>, <button aria-label="Like (12 likes)">12</button>
                    f.likes = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
                    continue;
                }
            }
            if (!elementChildren(d, 1) && !inQuotes.in(d) && d.ownText().length() <= 40) {
                // a count in a control's own words: "Upvote · 28" (Quora-like), "16 people liked this" (message boards)
                Matcher m = COUNT_IN_WORDS.matcher(Texts.squash(d.ownText()));
                if (m.matches()) {
                    f.likes = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
                    continue;
                }
            }
            if (!elementChildren(d, 1) && d.ownText().indexOf('(') > 0 && !inQuotes.in(d)) {
                // a vote button with its count in its words: "Up (8)" (Artalk), "Vote (12)" (Tildes)
                Matcher m = LABELLED_COUNT.matcher(d.ownText());
                if (m.matches()) {
                    f.likes = Integer.parseInt(m.group(1));
                    continue;
                }
            }
            if (!elementChildren(d, 3) && !inQuotes.in(d) && !BLOCK_TAGS.contains(d.normalName()) && likeControl(d) != null) {
                f.likes = likeControl(d);
                f.likeEl = d;
                continue;
            }
            if (!elementChildren(d, 1) && UP_CLASS.matcher(d.className()).find() && !DOWN_CLASS.matcher(d.className()).find()
                    && SIGNED_COUNT.matcher(d.text().strip()).matches() && !inQuotes.in(d)) {
                // the up count of an up / down pair, named by its class ("e-rate-up", Naver's "u_cbox_cnt_recomm",
                // ProcessWire's "CommentUpvoteCnt"), whatever word the button shows
                f.likes = Integer.parseInt(d.text().strip().replace("+", ""));
                continue;
            }
            if (d.attr("itemprop").equals("upvoteCount") || hasPart(d, LIKE_PARTS)) {
                String t = d.hasAttr("title") && NUMBER.matcher(d.attr("title")).matches() ? d.attr("title") : d.text();
                if (TWO_COUNTS.matcher(t).matches()) {
                    continue; // an up and a down count in one rating box ("2 0"): the up count's own element says which
                }
                if (t.isBlank() && !elementChildren(d, 1) && d.parent() != null && d.parent() != r) {
                    // a like icon with its count beside it in one box: <span><i class="sp_like"></i>18</span>
                    String box = Texts.squash(d.parent().text());
                    if (SIGNED_COUNT.matcher(box).matches()) {
                        f.likes = Integer.parseInt(box.replace("+", ""));
                        continue;
                    }
                }
                Matcher m = LIKES_TEXT.matcher(t.strip());
                if (m.find()) {
                    f.likes = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
                } else if (SIGNED_COUNT.matcher(t.strip()).matches()) {
                    f.likes = Integer.parseInt(t.strip().replace("+", ""));
                }
            }
        }
        if (f.likes == null && reputation != null) {
            Matcher m = LIKES_TEXT.matcher(reputation.text().strip());
            if (m.find()) {
                f.likes = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            } else if (SIGNED_COUNT.matcher(reputation.text().strip()).matches()) {
                f.likes = Integer.parseInt(reputation.text().strip().replace("+", ""));
            }
        }
        // Own words: the record without nested records, quotes, meta lines and controls.
        // (a nested thread's records are cloned with each record that holds them and removed again at once: on deep
        // threads that was the whole subtree once per level; the clone is made without them, its elements then
        // matching the record's own ones in order)
        Element copy;
        List<Element> orig;
        if (nested != null) {
            copy = cloneWithout(r, nested);
            orig = new ArrayList<>(ownAll.size() + 1);
            orig.add(r);
            orig.addAll(ownAll);
        } else {
            copy = r.clone();
            orig = allElements(r);
        }
        strip(copy, r, orig, index, f, articleKeys);
        List<String> paras = paragraphs(copy);
        if (!f.quoteTargets.isEmpty()) {
            paras.removeIf(p -> BRACKETS_ONLY.matcher(p).matches()); // the brackets left around a dropped "(In reply to …)"
        }
        // a signature block between dashed rules ("------ / Ann Lee / Treasurer / Allotment Association / ------",
        // Higher Logic and mail footers): the poster's card, not the post's words
        for (int k = paras.size() - 1; k > 0; k--) {
            if (paras.get(k).startsWith("----------") && DASHED_BLOCK.matcher(paras.get(k)).matches()) {
                f.header.add(paras.remove(k));
            }
        }
        String title = titleOf(r);
        for (int k = 0; k < paras.size(); k++) {
            String p = paras.get(k);
            if (Texts.wordCount(p) > 40) {
                continue;
            }
            String norm = RE_HEAD.matcher(p).replaceFirst("");
            if (title != null && norm.length() >= 10 && title.startsWith(norm)) {
                f.header.add(paras.remove(k--)); // the thread's title repeated as the post's subject
                continue;
            }
            Matcher subject = title == null ? null : SUBJECT_POSTED.matcher(norm);
            if (subject != null && subject.lookingAt() && title.contains(subject.group(1)) && Dates.find(norm.substring(subject.end())) != null) {
                // the subject and the post's date on one line ("Re: <title> posted on 21-11-2026 at 02:14 PM", XMB's
                // header row): the head, not words of the post
                if (f.time == null) {
                    f.time = Dates.find(norm.substring(subject.end()));
                }
                f.header.add(paras.remove(k--));
                continue;
            }
            if (PROFILE_LINE.matcher(p).find() || profileRun(p)) {
                f.header.add(paras.remove(k--));
                continue;
            }
            Matcher labelled = k == 0 && f.author == null ? LABELLED_HEAD.matcher(p) : null;
            if (labelled != null && labelled.find() && Dates.find(p) != null && Texts.wordCount(labelled.group(1)) <= 4) {
                // a post's head line naming its poster by a label and then its date ("Title: Re: … Post by: X on
                // <date>": a print page's header above the body): the head, not words of the post
                f.author = clean(labelled.group(1));
                if (f.time == null) {
                    f.time = Dates.find(p);
                }
                f.header.add(paras.remove(k--));
                continue;
            }
            if (postedLine(p)) {
                String d = Dates.find(p);
                if (d == null) {
                    d = Dates.relative(p, CLOCK.get());
                }
                if (d != null || POSTED_COLON.matcher(p).find() || RELATIVE_CUE.matcher(p).find()) {
                    if (f.time == null) {
                        f.time = d;
                    }
                    Matcher byOn = f.author == null ? BY_NAME_ON.matcher(p) : null;
                    if (byOn != null && byOn.find() && Dates.find(byOn.group(1)) == null && !HEADER_NOISE.matcher(byOn.group(1).strip()).matches()) {
                        // "Authored by: X on Nov 22 2026, 9:01 AM" names its poster: the line above is a subject (GeekLog)
                        f.author = clean(byOn.group(1));
                    }
                    if (f.author == null && k == 1 && d != null) {
                        // the name alone on the line above ("Ann Lee <ann@...>", then "11/23/26 5:19am #985": a list
                        // archive's message head)
                        String name = clean(MAIL_TAIL.matcher(paras.get(0)).replaceFirst(""));
                        if (name != null && Texts.wordCount(name) <= 4 && ALPHA_WORD.matcher(name).find() && Dates.find(name) == null
                                && !MEMBER_WORDS.matcher(name).matches() && !AUTHOR_NOISE.matcher(name).matches()
                                && !BUTTON_LINE.matcher(name).matches() && !name.contains("://")) {
                            f.author = name;
                            f.header.add(paras.remove(0));
                            k--;
                        }
                    }
                    if (f.author == null && POSTED_BY.matcher(p).find()) {
                        f.author = authorFromHeader(List.of(p)); // "Posted by: Ann | May 7, 2026 11:57 AM"
                    }
                    f.header.add(paras.remove(k--));
                }
            }
        }
        if (f.time == null) {
            for (int k = 0; k < paras.size(); k++) {
                if (Texts.wordCount(paras.get(k)) <= 10) {
                    String d = Dates.relative(paras.get(k), CLOCK.get());
                    if (d != null) {
                        f.time = d;
                        String rest = RELATIVE_ANY.matcher(paras.get(k)).replaceAll(" ").strip();
                        if (f.author == null) {
                            f.author = authorFromHeader(List.of(rest));
                        }
                        f.header.add(paras.remove(k));
                        break;
                    }
                }
            }
        }
        if (f.author == null || f.time == null) {
            // A meta line in the text ("— Jude P., 11/30/2026 9:02 am  +12 link reply", "RiverRat62 Nov 30, 2026 9:02 am")
            for (int k = 0; k < paras.size(); k++) {
                String p = paras.get(k);
                String date = Texts.wordCount(p) <= 14 ? Dates.find(p) : null;
                if (date == null && Texts.wordCount(p) <= 30 && Dates.hasYearlessInLine(p)
                        && (Texts.wordCount(p) <= 16 || BY_NAME_ON.matcher(p).find())) {
                    // "by X on Saturday, November 21 @ 14:03:53 GMT": the year from the page ({@link #yearClock})
                    date = Dates.yearlessInLine(p, yearClock());
                    if (date == null && f.time == null) {
                        date = "";
                    }
                }
                if (date == null) {
                    continue;
                }
                if (f.time == null && !date.isEmpty()) {
                    f.time = date;
                }
                Matcher m = META_LINE.matcher(p);
                Matcher by = HEADER_BY_NAME.matcher(p);
                Matcher byOn = BY_NAME_ON.matcher(p);
                if (f.author == null && byOn.find() && Dates.find(byOn.group(1)) == null && !HEADER_NOISE.matcher(byOn.group(1).strip()).matches()) {
                    // "The subject (Score: 2) by X on Saturday, November 21 @ 14:03:53 GMT" (PHP-Nuke's header cell)
                    f.author = clean(byOn.group(1));
                }
                if (f.author == null && by.find() && Dates.find(by.group(1)) == null && !HEADER_NOISE.matcher(by.group(1).strip()).matches()) {
                    f.author = clean(by.group(1)); // "1. On Saturday 21 November 2026, 17:34 by Eleri Price" (Dotclear)
                }
                if (f.author == null && m.matches() && Texts.wordCount(m.group(1)) <= 4 && Dates.find(m.group(1)) == null
                        && !AUTHOR_NOISE.matcher(m.group(1).strip()).matches()
                        && !Dates.isYearless(m.group(1))) { // ("November 8, 2012 8:22 am" is no "name, date")
                    f.author = clean(m.group(1));
                }
                f.header.add(paras.remove(k)); // the meta line as shown stays the record's chrome
                break;
            }
        }
        if (f.likes == null) {
            // "Ann, Bo and 3 others like this." / "said Thank You: Ann, Bo" (Flarum, XenForo, Kunena, phpBB's thanks)
            for (List<String> lines : List.of(f.header, paras)) {
                for (int k = 0; k < lines.size() && f.likes == null; k++) {
                    Integer n = likers(lines.get(k));
                    if (n != null) {
                        f.likes = n;
                        if (lines == paras) {
                            f.header.add(paras.remove(k));
                        }
                    }
                }
            }
        }
        if (f.likes == null) {
            for (int k = paras.size() - 1; k >= 0; k--) {
                String p = paras.get(k);
                if (Texts.wordCount(p) <= 6 && !PROFILE_LINE.matcher(p).find() && !p.contains(":") && Dates.find(p) == null
                        && !Dates.isYearless(p) && !(k == 0 && paras.size() > 1 && COUNT.matcher(p).matches())) {
                    // (a bare number opening the record is its ordinal, "1" beside the name: not likes)
                    Matcher m = LIKES_TEXT.matcher(p);
                    if (m.find()) {
                        f.likes = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
                        paras.remove(k);
                    }
                }
            }
        }
        if (f.likes == null) {
            // "4 people found this review helpful", "12 of 15 people found this helpful" (app stores, shops, review
            // sites): the review's helpful votes, its likes; the line is the widget's, not the reviewer's words
            for (int k = paras.size() - 1; k >= 0 && f.likes == null; k--) {
                Matcher m = Texts.wordCount(paras.get(k)) <= 10 ? FOUND_HELPFUL.matcher(paras.get(k).strip()) : null;
                if (m != null && m.matches()) {
                    f.likes = Integer.parseInt(m.group(1).replace(",", ""));
                    f.header.add(paras.remove(k));
                }
            }
        }
        if (f.likes == null) {
            // a count with its like word in the record's meta line ("Répondre · Signaler · J'aime (13)", "Responder 35
            // Me gusta" from its buttons): read where the line was kept apart as chrome, a date's line not
            for (String h : f.header) {
                Matcher m = Texts.wordCount(h) <= 8 && Dates.find(h) == null ? META_LIKES.matcher(h) : null;
                if (m != null && m.find()) {
                    f.likes = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
                    break;
                }
            }
        }
        // what is left of a meta line: the author's name, the date, "says:", "Reply", "#3"
        for (String p : paras) {
            if (LIKES_LINE.matcher(p).matches() || buttons(p) || f.likes != null && TWO_COUNTS.matcher(p).matches()) {
                // (an up and a down count left of a rating box, "2 0" in e107's, once its up count was read)
                f.header.add(p); // kept apart as the record's chrome, as the page shows it
            }
        }
        if (f.likes != null) {
            paras.removeIf(p -> TWO_COUNTS.matcher(p).matches());
        }
        for (String p : paras) {
            if (nameAndCounts(p, f.author)) {
                f.header.add(p);
            }
        }
        paras.removeIf(p -> nameAndCounts(p, f.author));
        for (String p : paras) {
            if (!f.header.contains(p) && (f.author != null && p.equalsIgnoreCase(f.author) || saysOnly(p)
                    || BUTTON_LINE.matcher(p).matches() || Texts.wordCount(p) <= 6 && Dates.find(p) != null)) {
                f.header.add(p); // the rest of the meta line ("BG Says:", "November 2nd, 2012 at 8:44 pm") is chrome too
            }
        }
        paras.removeIf(p -> LIKES_LINE.matcher(p).matches() || FLOOR.matcher(p).matches() || f.author != null && p.equalsIgnoreCase(f.author) || saysOnly(p) || buttons(p)
                || IMAGEBOARD_NO.matcher(p).matches() || ANSWER_BADGE.matcher(p).matches()
                || BUTTON_LINE.matcher(p).matches()
                || Texts.wordCount(p) <= 6 && Dates.find(p) != null);
        if (paras.size() > 1 && f.author != null && Texts.wordCount(paras.get(0)) <= 12
                && (paras.get(0).toLowerCase(Locale.ROOT).endsWith(" by " + f.author.toLowerCase(Locale.ROOT))
                || f.authorEl != null && BY_LEFT.matcher(paras.get(0)).find())) {
            // a subject line and its byline over the words ("Sigh by Ann Lee": Daily Kos), the name's own element
            // already taken out ("Sigh by")
            f.header.add(paras.remove(0));
        }
        if (!paras.isEmpty() && f.author != null && paras.get(0).length() <= 2
                && paras.get(0).equalsIgnoreCase(f.author.substring(0, Math.min(f.author.length(), paras.get(0).length())))) {
            f.header.add(paras.remove(0)); // an avatar placeholder's initials ("T" for Tamsin Rowe)
        }
        if (paras.size() > 1 && f.author != null && Texts.wordCount(paras.get(0)) <= 10
                && paras.get(0).toLowerCase(Locale.ROOT).contains(f.author.toLowerCase(Locale.ROOT))
                && (AGO_IN_LINE.matcher(paras.get(0)).find() || Dates.find(paras.get(0)) != null || WROTE_ON.matcher(paras.get(0)).find())) {
            // a header line in no element that names it: "P puffin_watch @puffin_watch 15 days ago" (Talkyard)
            f.header.add(paras.remove(0));
        }
        if (paras.size() > 2 && f.author != null && Texts.wordCount(paras.get(0)) <= 3 && !paras.get(0).contains(".")
                && Texts.wordCount(paras.get(1)) <= 10 && paras.get(1).toLowerCase(Locale.ROOT).startsWith(f.author.toLowerCase(Locale.ROOT))
                && (AGO_IN_LINE.matcher(paras.get(1)).find() || Dates.find(paras.get(1)) != null)) {
            // the same header line under a button's label ("感谢回复者" / "wren 2 周前", V2EX's thank link floated
            // before the name): both chrome
            f.header.add(paras.remove(0));
            f.header.add(paras.remove(0));
        }
        if (!paras.isEmpty() && paras.get(0).startsWith("@")) {
            String first = paras.get(0);
            int sp = first.indexOf(' ');
            f.replyTo = sp > 1 ? first.substring(1, sp) : null;
        }
        for (int k = 0; k < paras.size(); k++) {
            if (Dates.isYearless(paras.get(k))) {
                if (f.time == null) {
                    f.time = Dates.yearless(paras.get(k), CLOCK.get());
                }
                f.header.add(paras.remove(k));
                break;
            }
        }
        for (int k = 0; k < f.header.size() && f.time == null; k++) {
            // a head line kept apart whole, its date without a year ("Lora Lee On Thursday, November 1 at 2:57 pm"):
            // the year from the page ({@link #yearClock})
            String h = f.header.get(k);
            if (Texts.wordCount(h) <= 16 && Dates.hasYearlessInLine(h)) {
                f.time = Dates.yearlessInLine(h, yearClock());
            }
        }
        if (f.time == null) {
            f.time = timeBefore(r, index); // the last resort: nothing in the record dates it
        }
        if (f.author != null && (f.authorEl == null || !hasPart(f.authorEl, AUTHOR_PARTS) && !f.authorEl.normalName().equals("cite"))) {
            // a byline in so many words ("Authored by: X on Nov 22 2026, 9:01 AM") beats a name taken from a header
            // line before it (GeekLog's bold subject line over the byline)
            for (String h : f.header) {
                Matcher byOn = h.contains("by") || h.contains("By") ? BY_NAME_ON.matcher(h) : null;
                if (byOn != null && byOn.find() && Dates.find(byOn.group(1)) == null && !HEADER_NOISE.matcher(byOn.group(1).strip()).matches()) {
                    if (!f.header.get(0).equals(h) && f.header.get(0).equals(f.author)) {
                        f.author = clean(byOn.group(1));
                    }
                    break;
                }
            }
        }
        int byline = TrailingBylines.start(paras, f.author, f.title != null && !f.title.isEmpty());
        if (byline >= 0) {
            List<String> tail = paras.subList(byline, paras.size());
            f.header.addAll(tail);
            tail.clear();
        }
        if (paras.isEmpty() && f.title != null && byline >= 0) {
            // a comment that is only its subject line ("indeed!" over an empty body): the subject is what it says
            paras.add(f.title);
        }
        f.text = String.join("\n\n", paras);
        if (f.pane != null && !f.pane.isEmpty()) {
            f.header.add(0, f.pane);
        }
        if (f.postRef == null && !f.quotes.isEmpty() && f.quotes.get(0).text() != null) {
            // a quote box headed by the number of the post it quotes ("QUOTE(#3): Originally posted … by X"): that
            // post, the n-th of the page, is the one answered
            Matcher qn = QUOTE_NUMBER.matcher(f.quotes.get(0).text());
            if (qn.lookingAt()) {
                f.postRef = qn.group(1);
            }
        }
        if (f.author != null && LEADING_NUMBER_BY.matcher(f.author).lookingAt()) {
            // "(1) By runnerbean_ruth" (Fossil's post header): the post's number and the "By" label are no part of the name
            String bare = LEADING_NUMBER_BY.matcher(f.author).replaceFirst("").strip();
            f.author = bare.isEmpty() ? f.author : bare;
        }
        return f;
    }

    /** An element inside an author element that names a part of its own (the name within a byline or user box). */
    private static boolean deeperAuthor(Element d) {
        int len = -1;
        for (Element x : allElements(d)) {
            if (x != d && hasPart(x, AUTHOR_PARTS) && !x.hasAttr("datetime") && !hasPart(x, TIME_PARTS)) {
                String t = Texts.squash(x.text());
                if (len < 0) {
                    len = Texts.squash(d.text()).length();
                }
                if (!t.isEmpty() && t.length() < len && Texts.wordCount(t) <= 5) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A user cell's fields run together in one line: "Group: Members Posts: 3072 Joined: 18-Jul 04 From: Sheffield". */
    private static boolean profileRun(String p) {
        Matcher m = PROFILE_LABEL.matcher(p);
        if (!m.lookingAt()) {
            return false;
        }
        int n = 1;
        while (m.find()) {
            n++;
        }
        return n >= 3 && Texts.wordCount(p) <= 6 * n;
    }

    /** A user cell's member fields as localized boards label them (German, French, Spanish, Russian): "Beiträge:", "Inscrit le:", "Откуда:". */
    private static final String LOCALIZED_FIELDS = "|beitr\\u00e4ge|registriert|wohnort|mitglied seit|inscrit le|localisation|mensajes|registrado|ubicaci\\u00f3n"
            + "|mensagens|messaggi|iscritto il|posty|do\\u0142\\u0105czy\\u0142(?:\\(a\\)|a)?|lokalizacja|\\u0441\\u043e\\u043e\\u0431\\u0449\\u0435\\u043d\\u0438\\u044f|\\u0437\\u0430\\u0440\\u0435\\u0433\\u0438\\u0441\\u0442\\u0440\\u0438\\u0440\\u043e\\u0432\\u0430\\u043d|\\u043e\\u0442\\u043a\\u0443\\u0434\\u0430";
    private static final Pattern PROFILE_LABEL = Pattern.compile(
            "(?iu)(?:^|\\s)(?:group|posts|joined|join date|from|member no\\.?|location|registered|reputation|threads|messages|rank|gender|age|warn level"
                    + LOCALIZED_FIELDS + ")\\s*:");

    /** "Kit_Marsh@lemmy.example · 4 • 11h": a meta line of the author's name, its instance, counts and a short age. */
    private static boolean nameAndCounts(String p, String author) {
        if (author == null || p.length() > author.length() + 60 || !p.regionMatches(true, 0, author, 0, author.length())) {
            return false;
        }
        String rest = INSTANCE.matcher(p.substring(author.length())).replaceFirst(" ");
        boolean any = false;
        for (String t : NON_WORD.split(rest.toLowerCase(Locale.ROOT))) {
            if (t.isEmpty()) {
                continue;
            }
            if (!SHORT_META.matcher(t).matches()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SHORT_META = Pattern.compile(
            "\\d{1,6}|\\d{1,3}(?:s|m|h|d|w|mo|y|min|mins|hr|hrs)|ago|points?|likes?|votes?|edited|op|mod|admin|just|now");
    private static final Pattern LABELLED_COUNT = Pattern.compile("(?i)\\s*(?:up|upvotes?|votes?|voted|likes?|liked|kudos)\\s*\\((\\d{1,6})\\)\\s*");
    private static final Pattern LIKE_LABEL = Pattern.compile("(?i)\\s*(?:like|likes|upvote|up ?vote|recommend|agree|thumbs? up|favou?rites?|faves?)(?: this (?:comment|post|reply))?\\s*");
    private static final Pattern INSTANCE = Pattern.compile("@[\\w-]+(?:\\.[\\w-]+)+");
    /** Whether any of the time loops could read a time from this element (the "edited" look is for those only). */
    private static boolean mayHoldTime(Element d) {
        if (d.hasAttr("datetime") || d.normalName().equals("time") || d.normalName().equals("meta")) {
            return true;
        }
        for (String attr : TOOLTIP_ATTRS) {
            if (d.attr(attr).length() >= 8) {
                return true;
            }
        }
        return hasPart(d, TIME_PARTS) || d.hasClass("time-ago");
    }

    /** A time under an "edited"/"modified"/"updated" label: the edit's, not the post's. */
    private static boolean edited(Element d, Element r) {
        int k = 0;
        for (Element a = d; a != null && a != r && k < 3; a = a.parent(), k++) {
            String t = boundedText(a, 30).stripLeading().toLowerCase(Locale.ROOT);
            if (t.startsWith("edited") || t.startsWith("last edited") || t.startsWith("modified") || t.startsWith("updated")) {
                return true;
            }
        }
        return false;
    }

    /** The date in the title of a short element inside {@code d} ("2 weeks ago" titled "Nov 22, 2026, 12:47:00 PM"), or null. */
    private static String titledDate(Element d) {
        for (Element x : d.select("[title]")) {
            if (x != d && boundedText(x, 31).length() <= 30) {
                String t = Dates.find(x.attr("title"));
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    private static final List<String> TOOLTIP_ATTRS = List.of("title", "data-tippy-content", "data-tooltip", "data-title",
            "aria-label", "data-original-title");

    /** A Q&A answer's badge on a line of its own ("Best answer", "Accepted answer"). */
    private static final Pattern ANSWER_BADGE = Pattern.compile("(?i)(?:best|accepted|chosen|selected) answer");
    /** An edit notice ("Edited by author.", "Last edited by X"): its element's class may say author, it names no poster. */
    private static final Pattern EDIT_NOTICE = Pattern.compile("(?i)^(?:last\\s+)?edited\\b");
    /** A subject line running into "posted on <date>" (group 1: the subject). */
    private static final Pattern SUBJECT_POSTED = Pattern.compile("(?i)(.{10,200}?)\\s+posted(?:\\s+on)?\\s+");
    /** An imageboard post's number and reply link left over from its intro line ("No.92500 [Reply]", "!!Bogdan No.92507"). */
    private static final Pattern IMAGEBOARD_NO = Pattern.compile("(?i)(?:!!?\\S{1,20}\\s+)?no\\.\\s?\\d{1,12}(?:\\s+\\[reply\\])?");
    /** "Posted: Wed Nov 04, 2026 7:06 pm  Post subject: …", "« Reply #3 on: …", "11-09-2026, 07:15 AM #1": a post's meta line. */
    private static final Pattern POSTED_LINE = Pattern.compile(
            "(?iu)^(?:posted\\b|\u00ab|reply #\\d+|on:|#\\d+\\s|today\\b|yesterday\\b|post\u00e9 le\\b|verfasst\\b|enviado\\b|\u0434\u043e\u0431\u0430\u0432\u043b\u0435\u043d\u043e:)"
                    + "|(?:\\s#\\d{1,5}|\u00bb)$|\\bpost subject:|\\bsujet du message:|\\bbetreff:|\u0437\u0430\u0433\u043e\u043b\u043e\u0432\u043e\u043a \u0441\u043e\u043e\u0431\u0449\u0435\u043d\u0438\u044f:");
    /**
     * {@code POSTED_LINE.matcher(p).find()}: its alternatives past the line's start all need a ':', '#' or '»', so a
     * line with none of them is asked at its start alone.
     */
    private static boolean postedLine(String p) {
        Matcher m = POSTED_LINE.matcher(p);
        return p.indexOf(':') >= 0 || p.indexOf('#') >= 0 || p.indexOf('\u00bb') >= 0 ? m.find() : m.lookingAt();
    }

    private static final Pattern LABELLED_HEAD = Pattern.compile(
            "(?i)(?:^|\\s)(?:posted by|post by|written by|by|from):?\\s+([^\\s:|,][^:|,]{0,38}?)\\s+(?:on|at)\\s+\\S[^:]{0,40}\\d");
    /**
     * "In reply to an earlier post on Nov 23, 2026 7:15:00 PM PST" (Amazon-like review comments): a reply that names its
     * parent by the parent's time alone (group 1: that time, read by Dates.find).
     */
    private static final Pattern REPLY_TO_TIME = Pattern.compile(
            "(?i)^in (?:reply|response) to (?:an? |the )?(?:earlier |previous )?(?:post|comment|message|reply) (?:on|from|at|of) (.{6,60})$");
    /** "On <date>, <name> [<address>] wrote:" opening a plain-text mail, then its "> " lines (group 3). */
    private static final Pattern MAIL_PRE_QUOTE = Pattern.compile(
            "(?i)^\\s*on\\s+([^\\n]{6,60}?),\\s+([^,<>\\[\\]\\n]{1,40}?)\\s*(?:<[^<>\\n]{0,60}>)?\\s+wrote:?[ \\t]*\\n((?:[ \\t]*>[^\\n]*(?:\\n|$))+)");
    private static final Pattern MAIL_QUOTE_HEAD_LINE = Pattern.compile("(?i)^\\s*on\\s[^\\n]{6,120}\\swrote:?[ \\t]*\\n(?=[ \\t]*>)");
    private static final Pattern QUOTE_MARKS_LINE = Pattern.compile("(?m)^[ \\t]*>[ \\t]?");
    private static final Pattern MAIL_FROM = Pattern.compile("(?i)^from:\\s+\"?([^<>\"@]{1,40}?)\"?\\s*<[^<>\\s]+@[^<>\\s]+>$");
    /** A mail address after a name, as list archives print it ("Ann Lee <ann@...>", "Ann Lee (ann@example.org)"). */
    private static final Pattern MAIL_TAIL = Pattern.compile("\\s*[<(][^<>()\\s]*@[^<>()\\s]*[>)]$");
    private static final Pattern POSTED_COLON = Pattern.compile("(?i)^posted:?\\s");
    private static final Pattern POSTED_BY = Pattern.compile("(?i)^posted by\\b");
    /** A profile line left in a post ("Joined: 04 Mar 2019", "Posts: 3,297"). */
    /** A member's own dates in a user cell: not when the post was written. */
    private static final Pattern MEMBER_DATE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:join(?:ed)?|registered|member since|since|last\\s+(?:visit|active|activity|seen|login|online)|birthday|born"
                    + "|registriert|mitglied seit|inscrit|registrado|\u0437\u0430\u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0438\u0440\u043e\u0432\u0430\u043d)(?![\\p{L}])");
    private static final Pattern PROFILE_LINE = Pattern.compile(
            "(?iu)^(?:join(?:ed)?(?: date)?|posts|messages|location|registered|member since|likes received|reputation|karma|group|from"
                    + "|member no\\.?|threads|gender|age|status|rank" + LOCALIZED_FIELDS + ")\\s*:\\s*\\S{1,20}(?:\\s\\S+){0,3}$");
    private static final Pattern DAY_CUE = Pattern.compile("(?i)\\b(?:today|yesterday),?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}");
    private static final Pattern RELATIVE_CUE = Pattern.compile(
            "(?i)\\b(?:\\d{1,3}|an?)\\s+(?:min(?:ute)?s?|hours?|days?|weeks?|months?|years?)\\s+ago\\b|\\b(?:today|yesterday),?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}"
            + "|(?:" + Dates.LOCAL_AGO.pattern() + ")");
    /** "15 days ago" anywhere in a line, glued to what comes before ("@puffin_watch15 days ago"). */
    private static final Pattern AGO_IN_LINE = Pattern.compile("(?i)\\d{1,3}\\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago\\b"
            // (Chinese and Japanese: "2 周前", "3 小时前", "5日前")
            + "|\\d{1,3}\\s*(?:秒|分钟|分鐘|分|小时|小時|時間|天|日|周|週|週間|个月|個月|ヶ月|か月|年)前");
    private static final Pattern COMMENTED_AGO = Pattern.compile(
            "(?i)^\\s*(\\S+(?:\\s\\S+){0,3}?)\\s+(?:commented|replied)\\s+(?:on\\s+)?(?:\\d{1,3}|an?|one)\\s+(?:sec|min|hour|hr|day|week|month|year)s?\\w*\\s+ago\\b");
    private static final Pattern RELATIVE_ANY = Pattern.compile(
            "(?i)\\b(?:\\d{1,3}|an?|one)\\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago\\b"
            + "|(?:" + Dates.LOCAL_AGO.pattern() + ")"); // (and "hace 12 días", "il y a 3 heures", "vor 2 Tagen", "3 giorni fa")

    /** An age alone on its line, in English or the page's language ("12 days ago", "hace 12 días", "il y a 3 heures"). */
    private static final Pattern AGE_ALONE = Pattern.compile("(?:" + RELATIVE_ANY.pattern() + ")\\.?");

    /** The page's thread title (document title without the site's suffix), to tell a post's subject line from its words. */
    private static final ThreadLocal<String[]> TITLE = new ThreadLocal<>();

    private static String titleOf(Element r) {
        String[] known = TITLE.get();
        if (known != null) {
            return known[0];
        }
        org.jsoup.nodes.Document doc = r.ownerDocument();
        String t = doc == null ? "" : Texts.squash(doc.title());
        TITLE.set(new String[]{t.length() < 10 ? null : t});
        return TITLE.get()[0];
    }

    /** The page's own clock ("It is currently Fri Nov 20, 2026 6:31 pm", "The time now is …"): relative times count back from it. */
    private static final ThreadLocal<String> CLOCK = new ThreadLocal<>();
    static final Pattern CLOCK_TEXT = Pattern.compile(
            "(?i)(?:it is currently|the time now is|current time:?|current date and time:?|time now:?)\\s*(.{6,60})");

    private static String clock(Element root) {
        // a plain scan of the text nodes for the few words a clock line starts with; most pages have none
        String[] found = {null};
        root.traverse((node, depth) -> {
            if (found[0] == null && node instanceof TextNode t) {
                String w = t.getWholeText();
                if (w.length() >= 8 && w.length() <= 200 && (w.contains("urrent") || w.contains("ime now"))
                        && node.parent() instanceof Element e) {
                    // "<strong>Current time:</strong> 11-21-2026, 05:40 PM": the clock may be the label's sibling
                    for (Element c = e; c != null && c != root.parent() && found[0] == null && c.text().length() < 300; c = c.parent()) {
                        Matcher m = CLOCK_TEXT.matcher(Texts.squash(c.text()));
                        if (m.find()) {
                            String d = Dates.find(m.group(1));
                            if (d != null && d.length() >= 16) {
                                found[0] = d;
                            }
                        }
                    }
                }
            }
        });
        return found[0];
    }

    /** The page's root and, once asked for, its newest full date ({@link #yearClock}). */
    private static final ThreadLocal<Object[]> PAGE_YEAR = new ThreadLocal<>();

    /**
     * What a year-less date ("Saturday, November 21 @ 14:03:53") takes its year from: the page's or the fetch's clock,
     * else the newest full date the page prints (the story's own date, above its comments); null when there is none.
     * Relative times never count back from it: it gives the year, not the hour.
     */
    private static String yearClock() {
        String c = CLOCK.get();
        if (c != null) {
            return c;
        }
        Object[] held = PAGE_YEAR.get();
        if (held == null) {
            return null;
        }
        if (held[1] == null) {
            String[] newest = {""};
            ((Element) held[0]).traverse((node, depth) -> {
                if (node instanceof TextNode t) {
                    String w = t.getWholeText();
                    if (w.length() >= 8 && w.length() <= 200) {
                        String d = Dates.find(w);
                        if (d != null && d.compareTo(newest[0]) > 0) {
                            newest[0] = d;
                        }
                    }
                }
            });
            held[1] = newest[0];
        }
        String n = (String) held[1];
        return n.isEmpty() ? null : n;
    }

    /** The page's root and, once asked for, its date: {root, date or "" for none}. */
    private static final ThreadLocal<Object[]> PAGE = new ThreadLocal<>();
    /** The question box found above a Q&amp;A page's answers (see {@link #questionBox}), if any: no shape of the set. */
    private static final ThreadLocal<Element> QUESTION_BOX = new ThreadLocal<>();
    private static final Evaluator PUBLISHED = QueryParser.parse(
            "meta[property=article:published_time], meta[itemprop=datePublished], meta[name=date], time[datetime]");

    /** The page's own date (the story's publication, else its first machine-readable time), looked for once a page. */
    private static String pageDate() {
        Object[] page = PAGE.get();
        if (page == null) {
            return null;
        }
        if (page[1] == null) {
            String found = "";
            Element root = (Element) page[0];
            Element head = root.ownerDocument() != null ? root.ownerDocument() : root;
            for (Element e : head.select(PUBLISHED)) {
                String d = Dates.find(e.hasAttr("content") ? e.attr("content") : e.attr("datetime"));
                if (d != null) {
                    found = d;
                    break;
                }
            }
            page[1] = found;
        }
        return ((String) page[1]).isEmpty() ? null : (String) page[1];
    }

    private static final Evaluator TIMED = QueryParser.parse("time, [datetime], a[title], span[title], abbr[title]");

    /**
     * The short line holding the author's name and the post's time, whatever its classes say ("635 sats \\ 2 replies
     * \\ @ann 3h" in hashed CSS-module classes): the record's header, not its words. Null when the name stands in
     * prose or alone.
     */
    private static Element metaLine(Element record, Element author) {
        int level = 0;
        for (Element e = author.parent(); e != null && e != record && level < 3; e = e.parent(), level++) {
            String t = boundedText(e, 241);
            if (t.length() > 240 || Texts.wordCount(t) > 16 || e.selectFirst("p, blockquote, pre, ul, ol") != null) {
                return null;
            }
            if (LIKES_TEXT.matcher(t).find()) {
                return null; // a vote count in the line ("+1 Vote up", IntenseDebate): the like rules read it in place
            }
            for (Element x : e.getAllElements()) {
                if (hasPart(x, POST_LIKE_PARTS)) {
                    return null;
                }
            }
            if (Texts.wordCount(t) > Texts.wordCount(Texts.squash(author.text())) + 1
                    && (e.selectFirst(TIMED) != null || Dates.find(t) != null || RELATIVE_ANY.matcher(t).find())) {
                return e;
            }
        }
        return null;
    }

    /**
     * {@code r.clone()} without the given records inside it (the outermost ones, in document order): they are taken
     * out of the page for the clone and put back in their places, so the page's tree is as it was.
     */
    private static Element cloneWithout(Element r, List<Element> nested) {
        int n = nested.size();
        if (n == 0) {
            return r.clone();
        }
        Element[] parents = new Element[n];
        int[] places = new int[n];
        // (last first: an earlier sibling's place holds while the later ones go, and again as they come back)
        for (int k = n - 1; k >= 0; k--) {
            Element x = nested.get(k);
            parents[k] = x.parent();
            places[k] = x.siblingIndex();
            x.remove();
        }
        try {
            return r.clone();
        } finally {
            for (int k = 0; k < n; k++) {
                parents[k].insertChildren(places[k], nested.get(k));
            }
        }
    }

    /** Whether {@code e} lies inside {@code ancestor} (not {@code ancestor} itself). */
    private static boolean inside(Element e, Element ancestor) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code orig}: the original's elements in document order, the original first, that {@code copy}'s elements mirror
     * one for one (all of them, or where the copy was made without the nested records, the record's own ones).
     */
    private static void strip(Element copy, Element original, List<Element> orig, Map<Element, Integer> index, Fields f,
                              List<String> articleKeys) {
        // Nested records: remove by position (the clone mirrors the original's element order).
        List<Element> cl = allElements(copy);
        List<Element> remove = new ArrayList<>();
        for (int i = 1; i < orig.size() && i < cl.size(); i++) {
            Element o = orig.get(i);
            if (index.containsKey(o)) {
                remove.add(cl.get(i));
            }
        }
        if (f.replyEl != null) {
            int at = orig.indexOf(f.replyEl);
            if (at > 0 && at < cl.size()) {
                remove.add(cl.get(at));
            }
        }
        if (f.bylineEl != null) {
            int at = orig.indexOf(f.bylineEl);
            if (at > 0 && at < cl.size()) {
                remove.add(cl.get(at));
            }
        }
        if (f.likeEl != null) {
            int at = orig.indexOf(f.likeEl);
            if (at > 0 && at < cl.size()) {
                remove.add(cl.get(at));
            }
        }
        if (f.authorLeaf) {
            int at = orig.indexOf(f.authorEl);
            if (at > 0 && at < cl.size()) {
                remove.add(cl.get(at));
            }
        }
        Element pane = f.authorEl == null ? null : pane(original, f.authorEl);
        if (pane == null) {
            pane = memberCell(original, f.authorEl);
        }
        if (pane != null) {
            int at = orig.indexOf(pane);
            // (one inside a nested record has no twin in a copy made without them: gone from it all the same)
            if (at > 0 && at < cl.size() || at < 0 && inside(pane, original)) {
                if (at > 0) {
                    remove.add(cl.get(at));
                }
                f.pane = Texts.squash(pane.text()); // into the header last: its join date is no post time
                f.paneEl = pane;
            }
        }
        Element line = f.authorEl == null || pane != null || f.time == null ? null : metaLine(original, f.authorEl);
        if (line != null) {
            int at = orig.indexOf(line);
            if (at > 0 && at < cl.size() || at < 0 && inside(line, original)) {
                if (at > 0) {
                    remove.add(cl.get(at));
                }
                f.header.add(Texts.squash(line.text()));
            }
        }
        remove.forEach(e -> {
            if (e.parent() != null) {
                e.remove();
            }
        });
        List<Element> drop = new ArrayList<>();
        String copyText = copy.text();
        int copyWords = Texts.wordCount(copyText);
        String lowerCopy = copyText.toLowerCase(Locale.ROOT);
        // quote boxes written as text need one of their head words: most records have none, and skip the look
        boolean boxes = lowerCopy.contains("wrote") || lowerCopy.contains("said") || lowerCopy.contains("posted by")
                || lowerCopy.contains("quote from")
                // a localized board's verb ("X a écrit :" heading a citation table), where no element is classed a quote
                // (a classed quote's head and body are read as such: phpBB's quotetitle / quotecontent)
                || lowerCopy.indexOf(':') >= 0 && hasWroteLocalStem(lowerCopy) && WROTE_LOCAL_WORD.matcher(lowerCopy).find()
                && copy.select("[class*=quote], blockquote").isEmpty();
        for (Element d : allElements(copy)) {
            if (d == copy) {
                continue;
            }
            String tag = d.normalName();
            if (boxes && !quote(d) && quoteBox(d) && d.parent() != null && Texts.wordCount(d.text()) < copyWords - 2
                    && d.select(QUOTE_BOX_TAGS).stream().noneMatch(x -> x != d && quoteBox(x))) {
                if (f.replyTo == null) {
                    f.replyTo = quoteBoxAuthor(d);
                }
                quoteTargets(d, f);
                String boxed = Texts.squash(d.text());
                Matcher head = QUOTE_BOX.matcher(boxed);
                String quoted = head.find() ? boxed.substring(head.end()).strip() : boxed;
                if (!quoted.isEmpty()) {
                    f.quotes.add(new Quote(quoted, Texts.paragraphContaining(articleKeys, quoted), null));
                }
                drop.add(d);
                continue;
            }
            if ((tag.equals("div") || tag.equals("p")) && d.parent() != null && lowerCopy.contains("original message")
                    && drop.stream().noneMatch(x -> d.parents().contains(x))
                    && ORIGINAL_HEAD.matcher(Texts.squash(boundedText(d, 60))).lookingAt() && Texts.wordCount(d.text()) < copyWords - 2) {
                // a mail's quoted original under the reply ("------ Original Message: Sent: … From: X Subject: …"):
                // the message answered, not this post's words
                if (f.replyTo == null) {
                    f.replyTo = originalFrom(d);
                }
                String quoted = Texts.squash(d.text()); // (its Sent / From / Subject lines kept: they name the original)
                f.quotes.add(new Quote(quoted, Texts.paragraphContaining(articleKeys, quoted), null));
                drop.add(d);
                continue;
            }
            if (quote(d) && !(tag.equals("blockquote") && !proseOutside(copy, d))) {
                // (a blockquote with no prose beside it in the record is the record's own words: AO3's
                // blockquote.userstuff, a reblog's added text; a quote sits beside the words that answer it)
                Element prev = d.previousElementSibling();
                if (prev != null && QUOTE_HEAD_CLASS.matcher(prev.className()).matches()) {
                    drop.add(prev);
                } else if (prev != null && (prev.normalName().equals("p") || prev.normalName().equals("div")) && !elementChildren(prev, 4)) {
                    String leadText = Texts.squash(boundedText(prev, 140));
                    Matcher mail = MAIL_QUOTE_LEAD.matcher(leadText);
                    if (mail.matches() && Dates.find(mail.group(1)) != null) {
                        // "On Mon, Nov 23, 2026 at 8:26 AM, Ann Lee <ann@…> wrote:" over a quoted mail (list archives):
                        // its head, naming the message answered
                        if (f.replyTo == null) {
                            f.replyTo = clean(mail.group(2));
                        }
                        drop.add(prev);
                    }
                    Matcher lead = QUOTE_LEAD.matcher(leadText.length() > 90 ? "" : leadText);
                    if (lead.matches() && !mail.matches()) {
                        // "Replying to bob:" / "Ann Lee wrote in #note-2:" over the quote: its head, naming and linking its source
                        quoteTargets(prev, f);
                        if (f.replyTo == null) {
                            f.replyTo = clean(lead.group(1) != null ? lead.group(1) : lead.group(2));
                        }
                        drop.add(prev);
                    }
                }
                quoteTargets(d, f);
                String quoted = quoteText(d);
                if (!quoted.isEmpty()) {
                    f.quotes.add(new Quote(quoted, Texts.paragraphContaining(articleKeys, quoted), null));
                }
                if (f.replyTo == null) {
                    f.replyTo = quoteAuthor(d);
                }
                drop.add(d);
                continue;
            }
            if (tag.equals("a") && d.className().toLowerCase(Locale.ROOT).contains("mention") && d.parent() != null
                    && Texts.squash(d.parent().text()).equals(Texts.squash(d.text())) && Texts.wordCount(d.text()) <= 4) {
                // a reply's mention of the post it answers, on a line of its own (Flarum's PostMention): the parent,
                // not words of the reply
                if (d.hasAttr("data-id")) {
                    f.quoteTargets.add("data:" + d.attr("data-id"));
                }
                if (f.replyTo == null) {
                    f.replyTo = AT_HEAD.matcher(Texts.squash(d.text())).replaceFirst("");
                }
                drop.add(d.parent().normalName().equals("p") ? d.parent() : d);
                continue;
            }
            if (tag.equals("a") && d.previousSibling() instanceof TextNode before && d.ownText().contains("omment")
                    && COMMENT_NUMBER.matcher(Texts.squash(d.text())).matches()) {
                // "(In reply to X from <a>comment #1</a>)": only the number linked (Bugzilla 4-5)
                Matcher lead = IN_REPLY_FROM_LEAD.matcher(before.getWholeText());
                if (lead.find()) {
                    Matcher num = COMMENT_NUMBER.matcher(Texts.squash(d.text()));
                    num.matches();
                    String href = d.attr("href");
                    if (href.indexOf('#') >= 0 && href.indexOf('#') < href.length() - 1) {
                        f.quoteTargets.add(href.substring(href.indexOf('#') + 1));
                    }
                    f.quoteTargets.add("c" + num.group(1));
                    if (f.replyTo == null && lead.group(1) != null) {
                        f.replyTo = clean(lead.group(1));
                    }
                    before.text(before.getWholeText().substring(0, lead.start()));
                    if (d.nextSibling() instanceof TextNode after && after.getWholeText().stripLeading().startsWith(")")) {
                        after.text(after.getWholeText().stripLeading().substring(1));
                    }
                    drop.add(d);
                    continue;
                }
            }
            if (tag.equals("a") && f.leadMention == null
                    // (the text's first paragraph; an "@name" link may open text with no paragraph element: Mantis's note cell)
                    && (d.parent().normalName().equals("p") || d.text().startsWith("@")) && leadsText(d, copy) && !inQuote(d, copy)
                    && (profileLink(d) || d.className().contains("user-hover") || d.className().contains("mention")
                            // (a name tag its class calls a nickname, no link: Naver Cafe's a.text_nickname before a reply's words)
                            || d.className().toLowerCase(Locale.ROOT).contains("nickname"))
                    && Texts.wordCount(d.text()) <= 4 && Texts.wordCount(d.parent().text()) >= Texts.wordCount(d.text()) + 5
                    && (f.author == null || !Texts.squash(d.text()).equalsIgnoreCase(f.author)) && Dates.find(d.parent().text()) == null) {
                // (not the record's own byline: "Idris Pugh Nov 25, 2026 11:21 AM")
                // a user mention opening a reply's first paragraph (Jira): whom it answers, not its words
                f.leadMention = AT_HEAD.matcher(Texts.squash(d.text())).replaceFirst("");
                if (d.nextSibling() instanceof TextNode t && MENTION_SEP.matcher(t.text()).lookingAt()) {
                    t.text(MENTION_SEP.matcher(t.text()).replaceFirst(""));
                }
                drop.add(d);
                continue;
            }
            Matcher inReply = tag.equals("a") ? IN_REPLY_FROM.matcher(Texts.squash(d.text())) : null;
            if (inReply != null && inReply.matches()) {
                // "(In reply to X from comment #3)" opening a bug tracker's comment (Bugzilla): the comment it answers
                String href = d.attr("href");
                if (href.indexOf('#') >= 0 && href.indexOf('#') < href.length() - 1) {
                    f.quoteTargets.add(href.substring(href.indexOf('#') + 1));
                }
                f.quoteTargets.add("c" + inReply.group(2));
                if (f.replyTo == null) {
                    f.replyTo = clean(inReply.group(1));
                }
                drop.add(d);
                continue;
            }
            if (tag.equals("a") && d.attr("href").startsWith("#") && d.attr("href").length() > 1 && f.mentionTarget == null
                    && AT_NAME.matcher(d.text()).matches() && leadsText(d, copy)) {
                // "@name : …" opening a reply and linking to the comment it answers (Waline, Twikoo): the parent,
                // more precise than the thread it sits in, and not words of the reply
                f.mentionTarget = d.attr("href").substring(1);
                if (d.nextSibling() instanceof TextNode t && MENTION_SEP.matcher(t.text()).lookingAt()) {
                    t.text(MENTION_SEP.matcher(t.text()).replaceFirst(""));
                }
                drop.add(d);
                continue;
            }
            if (f.title == null && TrailingBylines.subject(d)) {
                f.title = Texts.squash(d.text());
            }
            if (DROP_TAGS.contains(tag) || hasPart(d, CHROME_PARTS) && !content(d) && !wrapsText(d, copyWords) || d.attr("itemprop").equals("author")
                    || d.hasAttr("datetime") || d.className().contains("mention") && false) {
                drop.add(d);
            }
        }
        java.util.Set<Element> dropped = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        dropped.addAll(drop);
        List<String> mottos = new ArrayList<>();
        for (Element d : drop) {
            boolean nested = false;
            for (Element a = d.parent(); a != null && a != copy; a = a.parent()) {
                if (dropped.contains(a)) {
                    nested = true;
                    break;
                }
            }
            String tag = d.normalName();
            String dc = d.className().toLowerCase(Locale.ROOT);
            if (!nested && !tag.equals("blockquote") && !tag.equals("q") && !tag.equals("script") && !tag.equals("style")
                    && !dc.contains("quote")) {
                String t = Texts.squash(d.text());
                if (!t.isEmpty() && Texts.wordCount(t) <= 25) {
                    // (a signature under the words is the poster's motto, "Sent from my tablet": no author is read from
                    // it, unless it carries the date, as SB Nation's "by X on <date>" does)
                    boolean motto = (d.classNames().contains("sig") || dc.contains("signature")) && Dates.find(t) == null;
                    f.header.add(t);
                    if (motto) {
                        mottos.add(t);
                    }
                }
            }
        }
        for (Element d : drop) {
            if (d.parent() != null) {
                d.remove();
            }
        }
        if (f.author == null) {
            List<String> named = f.header;
            if (!mottos.isEmpty()) {
                named = new ArrayList<>(f.header);
                named.removeAll(mottos);
            }
            f.author = authorFromHeader(named);
        }
        if (f.postRef == null) {
            for (String h : f.header) {
                Matcher m = REPLY_TO_NUMBER.matcher(h);
                if (m.find()) {
                    // "(4) By x on 2026-11-23 16:23:00 in reply to 3" (Fossil's forum): the post it answers, by number
                    f.postRef = m.group(1);
                    break;
                }
            }
        }
        if (f.time == null) {
            for (String h : f.header) {
                // (a user pane's line, "Group: Members Posts: 11 Joined: Jan 2, 2009", dates the member, not the post)
                String undated = MemberDates.beforeJoin(h);
                f.time = f.time == null && !PROFILE_LINE.matcher(h).find() ? Dates.find(undated) : f.time;
            }
        }
        if (f.time == null) {
            for (String h : f.header) {
                f.time = f.time == null ? Dates.relative(h, CLOCK.get()) : f.time;
            }
        }
        if (f.time == null && f.paneEl != null) {
            // the post's time in the user cell (Mantis's note meta cell), the last resort: a line with a clock time and
            // no member word around it (not phpBB's "Joined: Wed Nov 27, 2024 12:31 pm")
            for (Element d : f.paneEl.getAllElements()) {
                String own = d.ownText();
                if (own.isBlank() || own.length() > 60) {
                    continue;
                }
                String t = Texts.squash(d.text());
                String iso = PROFILE_LINE.matcher(t).find() || MEMBER_DATE.matcher(t).find() ? null : Dates.find(t);
                if (iso != null && iso.indexOf('T') > 0) {
                    f.time = iso;
                    break;
                }
            }
        }
    }

    private static final Pattern HEADER_NOISE = Pattern.compile(
            "(?i)^(?:reply|report|permalink|link|quote|share|edit|delete|says:?|said:?|wrote:?|like|likes|posted|by|on|at|"
                    + "unregistered commenter|registered commenter|guest|top|#\\d+|\\d+ points?|\\d+ likes?|flag|vote up|vote down)$");

    private static final Pattern POSTED_BY_NAME = Pattern.compile(
            "(?i)(?:^|[\\s#\\d])(?:posted|submitted|written|added)\\s+by:?\\s+(\\p{L}[^|\u00b7,:;()]{0,38}?)\\s+(?:on|at)\\s+\\S*\\d");
    private static final Pattern HEADER_BY_NAME = Pattern.compile("(?i)\\d.*\\bby\\s+(\\p{L}[^|·,:;()\\d]{0,38}?)\\s*$");

    /** "October 11, 2012 | The New Diplomat's Wife": the part of a meta line that is a name. */
    private static final Pattern REPLY_TO_NUMBER = Pattern.compile("(?i)\\bin reply to\\s+(?:#|no\\.\\s?|post\\s+)?(\\d{1,6})(?![\\d.,:/-]|\\s*\\p{L})");

    private static String authorFromHeader(List<String> header) {
        for (String h : header) {
            Matcher byOn = BY_NAME_ON.matcher(h);
            if (byOn.find() && Dates.find(byOn.group(1)) == null && !HEADER_NOISE.matcher(byOn.group(1).strip()).matches()) {
                // "(3) By x on 2026-11-23 14:39:00" (Fossil), "Authored by: X on Nov 22 2026, 9:01 AM" (GeekLog): the
                // byline wherever it stands among the header lines (GeekLog's subject line comes first)
                return byOn.group(1).strip();
            }
        }
        for (String h : header) {
            Matcher posted = POSTED_BY_NAME.matcher(h);
            if (posted.find() && Dates.find(posted.group(1)) == null && !HEADER_NOISE.matcher(posted.group(1)).matches()) {
                // "#3 Posted by Ann Lee on 11/21/2026 at 02:14 PM" (ExpressionEngine, under the words): the name between
                // "by" and the date's "on" / "at", whatever number or word stands before it
                return posted.group(1).strip();
            }
            Matcher by = HEADER_BY_NAME.matcher(h);
            if (by.find() && Dates.find(by.group(1)) == null && !HEADER_NOISE.matcher(by.group(1)).matches()) {
                // "1. On Saturday 21 November 2026, 17:34 by Eleri Price" (Dotclear's dt): the name after the closing "by"
                return by.group(1).strip();
            }
            String date = Dates.find(h);
            String rest = h;
            if (date != null) {
                rest = MONTH_DAY_YEAR.matcher(rest).replaceAll("|")
                        .replaceAll("\\d{1,2}[:.]\\d{2}(:\\d{2})?\\s*([ap]\\.?m\\.?)?", "|")
                        .replaceAll("\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}", "|");
            }
            for (String part : HEADER_SEP.split(rest)) {
                String p = EDGE_DASHES.matcher(part.strip()).replaceAll("");
                if (p.isEmpty() || HEADER_NOISE.matcher(p).matches() || HAS_DIGIT_RX.matcher(p).matches() && p.length() < 4
                        || Bylines.clean(p) == null
                        || MEMBER_COUNT.matcher(p).matches()) {
                    continue; // (a user card's "20 posts" is no name; nor is a weekday: "Fri, 2012-11-09 17:18 — X")
                }
                p = Bylines.clean(p); // ("1 Stephan Kopp http://stephankopp.net | 10/29/2012": the name alone)
                int w = Texts.wordCount(p);
                if (w >= 1 && w <= 4 && !HEADER_CONTROL_WORDS.matcher(p).matches()) {
                    return p;
                }
            }
        }
        return null;
    }

    /** A container that holds the text itself, though its class names a part (e.g. "comment-body", "message-body"). */
    /**
     * A part named like chrome that holds the post itself (Kunena's {@code div.badger-info} around the message, a
     * "meta" column around the body): it is no chrome when a content part is inside it, or most of the record's words.
     */
    private static boolean wrapsText(Element d, int recordWords) {
        int words = Texts.wordCount(d.text());
        if (words < 12) {
            return false;
        }
        if (words >= 0.6 * recordWords && d.select(BLOCKS_OR_BR).size() > 0) {
            return true;
        }
        for (Element x : allElements(d)) {
            if (x != d && content(x) && !hasPart(x, CHROME_PARTS) && Texts.wordCount(x.text()) >= 8) {
                return true;
            }
        }
        return false;
    }

    private static boolean content(Element d) {
        String c = d.className().toLowerCase(Locale.ROOT);
        return d.attr("itemprop").equals("text") || c.contains("content") || c.contains("body") || c.contains("text")
                || c.contains("message") || c.contains("commtext") || c.contains("cooked") || c.contains("bbwrapper")
                || c.equals("md") || c.contains("usertext") || c.contains("entry");
    }

    /** A quote of another post: blockquote/q (not a forum's post body in a blockquote), or a quote box. */
    private static boolean quote(Element d) {
        String tag = d.normalName();
        String c = d.className().toLowerCase(Locale.ROOT);
        if (tag.equals("blockquote") || tag.equals("q")) {
            // a comment's own words in a blockquote its class names as the body ("schnack-body", "comment-text"),
            // not a quote box's body ("bbcode_quote_body")
            return !(c.contains("postcontent") || c.contains("message") || c.contains("content")
                    || !c.contains("quote") && (c.contains("body") || c.contains("text")));
        }
        if (tag.equals("span") && c.equals("quote") && d.parent() != null && d.parent().normalName().equals("pre")) {
            return true; // "> quoted line" marked up in a plain-text comment (Bugzilla's pre.bz_comment_text)
        }
        if (tag.equals("span") && (c.endsWith("-quoted") || c.endsWith("_quoted") || c.contains("-quoted ")) && d.text().startsWith(">")) {
            return true; // "> " lines of a plain-text comment marked as quoted (Launchpad's span.foldable-quoted)
        }
        if (tag.equals("a") || tag.equals("button") || tag.equals("span")) {
            return false;
        }
        for (String t : WHITESPACE_RUN.split(c)) {
            if (t.length() > 5 && (t.endsWith("quote") || t.endsWith("quoteblock")) && !t.endsWith("blockquote") && (tag.equals("div") || tag.equals("aside"))
                    && d.className().contains("Quote")) {
                return true; // a camel-case quote box ("ctextQuote": Fark's "Name: quoted words" over a reply)
            }
            if ((t.endsWith("-quote") || t.endsWith("_quote")) && !t.endsWith("blockquote") && (tag.equals("div") || tag.equals("aside"))
                    && d.getElementsByTag("blockquote").isEmpty() && d.parent() != null && !d.parent().className().contains("quote")) {
                return true; // a box its prefix names a quote ("cy-quote", "reply-quote"): the parent's words over a reply
            }
            if (t.equals("quote") || t.equals("quoted") && !tag.equals("td") || t.endsWith("--quote") || t.equals("bbcode_quote") || t.equals("quoted-text") || t.equals("gmail_quote") || t.equals("quotecontent") || t.equals("quotemain")
                    || t.equals("quote_container") && d.parent() != null && !d.parent().className().contains("bbcode_quote")) {
                return true;
            }
        }
        return false;
    }

    /** Whether an element of the record outside {@code q} (and not around it) has a sentence of its own: six words. */
    private static boolean proseOutside(Element copy, Element q) {
        for (Element e : copy.getAllElements()) {
            if (e == q || e.parents().contains(q)) {
                continue;
            }
            if (Texts.wordCount(e.ownText()) >= 6) {
                return true;
            }
        }
        return false;
    }

    /** The head of a quote box written as text: "bob wrote:", "Quote: Originally Posted by bob", "Quote from: bob on …". */
    private static final Pattern QUOTE_BOX = Pattern.compile(
            "(?iu)^(?:quote:?\\s*)?(?:(?:originally posted by|" + QUOTE_FROM_LOCAL + "):?\\s+(.{1,40}?)(?:\\s|$)|quote from:?\\s+(.{1,40}?)\\s+on\\b|(.{1,40}?),? (?:on .{4,40}, )?(?:wrote|said|" + WROTE_LOCAL + ")\\s?(?::|\\.{3}|\u2026))");

    private static final Set<String> BOX_TAGS = Set.of("div", "table", "td", "aside", "blockquote");
    /** A quote head's verb on a localized board ("a écrit", "schrieb", "ha scritto"): quote boxes written as text may be there. */
    private static final Pattern WROTE_LOCAL_WORD = Pattern.compile("(?u)(?:" + WROTE_LOCAL + ")\\s?:");

    /**
     * Whether a lower-cased text holds a stem every {@link #WROTE_LOCAL} verb contains ("schrieb" in "hat geschrieben",
     * "crit" in "a écrit", "писал" in "написал"): the regex's forty alternatives were tried at every position of
     * every record's text, and almost no record has one.
     */
    private static boolean hasWroteLocalStem(String lower) {
        for (String stem : WROTE_LOCAL_STEMS) {
            if (lower.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] WROTE_LOCAL_STEMS = {"schrieb", "crit", "escrib", "scritto", "schreef", "skrev", "escreveu",
            "kirjoitti", "napisa", "napsal", "\u043f\u0438\u0441\u0430\u043b"};

    private static boolean quoteBox(Element d) {
        if (!BOX_TAGS.contains(d.normalName())) {
            return false;
        }
        // the box holds quoted words after its head; "K.G. Schneider wrote:" alone is a comment's own author line
        String t = Texts.squash(boundedText(d, 200));
        Matcher m = QUOTE_BOX.matcher(t);
        return m.find() && Texts.wordCount(t.substring(m.end())) >= 3;
    }

    /** Whose words a quote box written as text holds: its first name-like element, else the name in its head. */
    private static String quoteBoxAuthor(Element d) {
        String from = originalFrom(d);
        if (from != null) {
            return from;
        }
        String head = Texts.squash(boundedText(d, 80));
        for (Element e : d.select(NAME_TAGS)) {
            String t = clean(e.text());
            if (t != null && Texts.wordCount(t) <= 4 && head.contains(t) && !QUOTE_LABEL.matcher(t).matches()) {
                return QUOTE_LABEL_HEAD.matcher(t).replaceFirst("");
            }
        }
        Matcher m = QUOTE_BOX.matcher(head);
        if (m.find()) {
            for (int g = 1; g <= 3; g++) {
                if (m.group(g) != null) {
                    return clean(m.group(g));
                }
            }
        }
        return null;
    }

    /** The post a quote comes from, where it links to it: "#p44001", "showthread.php?p=70103#post70103", data-post. */
    private static void quoteTargets(Element q, Fields f) {
        if (q.hasAttr("data-post")) {
            f.quoteTargets.add("post_" + q.attr("data-post"));
        }
        for (org.jsoup.nodes.Attribute a : q.attributes()) {
            // the quoted post's number in the quote's own attribute (Invision's data-ipsquote-contentcommentid,
            // data-postid, data-quote-post-id): the record whose id ends in it, by number
            String key = a.getKey();
            if (key.startsWith("data-") && QUOTED_ID_ATTR.matcher(key).find() && COUNT.matcher(a.getValue()).matches()) {
                f.quoteTargets.add("post_" + a.getValue());
            }
        }
        for (Element a : q.select(POST_REFS)) {
            if (a.hasAttr("data-post-id")) {
                f.quoteTargets.add("p" + a.attr("data-post-id"));
            }
            String href = a.attr("href");
            int hash = href.indexOf('#');
            if (hash >= 0 && hash < href.length() - 1) {
                f.quoteTargets.add(href.substring(hash + 1));
            }
        }
        for (Element a : q.select(PID_LINKS)) {
            Matcher m = PID_PARAM.matcher(a.attr("href")); // Discuz!'s "goto=findpost&pid=7100": the quoted post's number
            if (m.find()) {
                f.quoteTargets.add("pid" + m.group(1));
            }
        }
    }

    private static final Pattern PID_PARAM = Pattern.compile("[?&](?:amp;)?pid=(\\d{2,})");
    /** A quote's first line naming its source: "Abimbola posted on 2026-11-12 13:14" (Discuz!). */
    private static final Pattern POSTED_ON_HEAD = Pattern.compile("(?i)^(.{1,40}?)\\s+(?:posted|wrote|said|replied)\\s+(?:on|at)\\s+.*\\d.*$");

    /**
     * A forum's user cell (name, rank, join date, post count) beside the post: the smallest-text block around the
     * author element that has a sibling with words of its own. Its words are not the post's.
     */
    /**
     * A table cell of member fields ("Posts: 5", "Reputation: 0") beside the post's cell, in a row apart from the
     * name's (AEF and other old boards print the name in the head row, the rank and counts under it): the user pane,
     * though the walk up from the name does not pass it. Null when none.
     */
    private static Element memberCell(Element r, Element author) {
        for (Element td : allIn(r, TD)) {
            if (author != null && (td.parents().contains(author) || author.parents().contains(td)) || Texts.wordCount(td.text()) > 40
                    || !VouchedRuns.userPane(td)) {
                continue;
            }
            for (Element s : td.siblingElements()) {
                if (Texts.wordCount(boundedText(s, 200)) >= 3) {
                    return td;
                }
            }
        }
        return null;
    }

    private static Element pane(Element r, Element author) {
        Element best = null;
        int recordWords = Texts.wordCount(boundedText(r, 1500));
        for (Element e = author.parent(); e != null && e != r; e = e.parent()) {
            String tag = e.normalName();
            if (!(tag.equals("td") || tag.equals("aside") || tag.equals("dl") || (tag.equals("div") || tag.equals("ul"))
                    && (hasPart(e, PANE_PARTS) || PANE_PREFIX.matcher(e.className()).find()))) {
                continue;
            }
            int w = Texts.wordCount(e.text());
            if (w > 40 || w > recordWords / 2) {
                break; // holds the post's own words too
            }
            boolean sibling = false;
            for (Element s : e.siblingElements()) {
                if (Texts.wordCount(boundedText(s, 200)) >= 3) {
                    sibling = true;
                    break;
                }
            }
            if (sibling) {
                best = e;
            } else if (best == null) {
                // the box alone in a layout column (Bootstrap's col-md-2 beside col-md-10): the column is the pane
                Element col = e.parent();
                while (col != null && col != r && Texts.wordCount(col.text()) == w) {
                    boolean beside = false;
                    for (Element s : col.siblingElements()) {
                        if (Texts.wordCount(boundedText(s, 200)) >= 3) {
                            beside = true;
                            break;
                        }
                    }
                    if (beside) {
                        best = col;
                        break;
                    }
                    col = col.parent();
                }
            }
        }
        return best;
    }

    /** Status words in a user cell that are not a name. */
    private static final Pattern AUTHOR_NOISE = Pattern.compile(
            "(?i)(?:ip )?logged|offline|online|guest|administrator|admin|moderator|report|quote|reply|posts?:?.*|#?\\d+\\.?|find|pm|email|www|website|profile|follow"
            + "|responder|r\u00e9pondre|repondre|antworten|rispondi|beantwoorden|reageren|odpowiedz"); // (reply buttons in other languages)
    /** Words of a post's buttons and status line ("Report to moderator  Logged", "Quote", "More..."). */
    private static final Set<String> BUTTON_WORDS = Set.of("report", "to", "moderator", "logged", "ip", "quote", "reply", "with",
            "multiquote", "more", "more...", "like", "share", "top", "back", "edit", "delete", "permalink", "link", "flag",
            "save", "post", "pm", "profile", "www", "email", "send", "private", "message", "view", "user's", "print",
            "thanks", "thank", "you", "|", "\u00b7", "\u2022", "-", "quick", "unlike", "react", "bookmark", "\u2191", "\u2193");

    /** A count with a like word on one side, in English or the page's language ("35 Me gusta", "J'aime (13)", "Likes 4"). */
    private static final Pattern META_LIKES = Pattern.compile(
            "(?iu)(?:^|[\\s(\\[\u00b7|])(\\d{1,6})\\s+(?:likes?|me gusta|mi piace|curtidas|j['\u2019]aime|gef\u00e4llt mir)(?![\\p{L}])"
            + "|(?:^|[\\s\u00b7|])(?:likes?|j['\u2019]aime|me gusta|mi piace|gef\u00e4llt mir)\\s*\\(?(\\d{1,6})\\)?(?![\\d\\p{L}])");
    private static final Pattern LIKES_LINE = Pattern.compile(
            "(?i)\\d{1,6} (?:people|persons?|members?|users?) likes? this\\.?|\\d{1,6} likes?|likes? \\(\\d{1,6}\\)|[\\u25b2\\u2191] ?\\d{1,6}|\\d{1,6} points?");

    private static boolean buttons(String p) {
        if (moreThanEightWords(p)) {
            return false; // a paragraph: no need to lower-case and split it to see it is no button row
        }
        String[] w = SPACES.split(p.toLowerCase(Locale.ROOT));
        if (w.length > 8) {
            return false;
        }
        for (String x : w) {
            if (!BUTTON_WORDS.contains(COLON_END.matcher(x).replaceFirst("")) && !POST_NUMBER.matcher(x).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A record's header printed as its previous sibling (Kunena's date line and bbPress's reply header sit before the
     * message they date): a short element, no record itself, with a date in an attribute or its text.
     */
    private static String timeBefore(Element r, Map<Element, Integer> index) {
        Element prev = r.previousElementSibling();
        for (int hops = 0; prev != null && hops < 3; hops++, prev = prev.previousElementSibling()) {
            if (index.containsKey(prev)) {
                return null;
            }
            String text = boundedText(prev, 200);
            if (text.isBlank()) {
                continue; // a clearfix between them
            }
            if (Texts.wordCount(text) > 15 || allElements(prev).stream().anyMatch(
                    d -> hasPart(d, AUTHOR_PARTS) || d.normalName().equals("a") && profileLink(d))) {
                return null; // words of their own, or a name: another comment's part, not this one's header
            }
            for (Element d : allElements(prev)) {
                if (d.hasAttr("datetime")) {
                    String t = isoMinute(d.attr("datetime"));
                    if (t != null) {
                        return t;
                    }
                }
                for (String attr : TOOLTIP_ATTRS) {
                    String v = d.attr(attr);
                    if (v.length() >= 8 && v.length() <= 80) {
                        String t = Dates.find(v);
                        if (t != null) {
                            return t;
                        }
                    }
                }
            }
            String t = Dates.find(text);
            return t != null ? t : Dates.relative(text, CLOCK.get());
        }
        return null;
    }

    /** A user box named as one word ("profilebox", "userbox", "authorcard": Kunena, Discuz!). */
    private static final Pattern PANE_PREFIX = Pattern.compile("(?i)(?:^|\\s)(?:profile|user|author|poster|member)(?:box|card|cell|panel|info|pane)\\b");
    private static final Set<String> PANE_PARTS = Set.of("poster", "userinfo", "user", "author", "profile", "postprofile",
            "authorpane", "messageuserinfo", "postauthor", "userdetails", "user_info", "memberinfo");

    private static final Pattern QUOTE_HEAD_CLASS = Pattern.compile("(?i)quote[-_]?(?:top|title|head|header)");
    private static final Pattern LEADING_BRACKETS = Pattern.compile("^\\([^)]{0,40}\\)\\s*");
    private static final Pattern QUOTE_TOP = Pattern.compile("(?i)^quote\\s*\\(([^@)]{1,40}?)\\s*(?:@|,|\\))");
    private static final Pattern QUOTE_AUTHOR = Pattern.compile("(?iu)^(?:originally posted by:?|quote from:?|quoting:?|(?:" + QUOTE_FROM_LOCAL + "):?)\\s+(.{1,40}?)\\s*:?\\s*(?:on .*)?$|^(.{1,40}?),?\\s+(?:on\\s.{4,40}?,?\\s+)?(?:" + WROTE_WORDS
            // ("X posted..." over the quoted words: GameFAQs)
            + "|posted(?=\\s*(?:\\.{2,3}|\u2026|:)\\s*$))(?![\\p{L}]).*$");
    /** "Le 21 novembre 2026 à 14:14:05 :" before "X a écrit :" (jeuxvideo.com), "On 21/11/2026 at 14:14," before "X wrote:". */
    private static final Pattern LEADING_DATE_HEAD = Pattern.compile("(?iu)^(?:le|on|am|el|il|op)\\s+[^:]{4,40}?\\d{1,2}:\\d{2}(?::\\d{2})?\\s*[:,]\\s*(?=\\S)");

    /** Whose words a quote holds: data-quote, data-author, a cite or "Originally Posted by" line. */
    private static String quoteAuthor(Element q) {
        Element named = q.selectFirst(QUOTE_NAME);
        if (named != null && named != q && Texts.wordCount(named.text()) <= 4) {
            return clean(named.text()); // the quoted poster's own element in the box's head ("cy-quote-name")
        }
        if (q.hasAttr("data-quote")) {
            return clean(q.attr("data-quote"));
        }
        if (q.hasAttr("data-author")) {
            return clean(q.attr("data-author"));
        }
        Element head = null;
        for (Element h : q.select(QUOTE_HEADS)) {
            if (h != q) { // (not the quote itself: Steam's blockquote.with_author)
                head = h;
                break;
            }
        }
        if (head != null) {
            // "(11-20-2026, 09:14 AM)bob Wrote:" (MyBB): the date in brackets before the name is not the name
            String text = LEADING_BRACKETS.matcher(Texts.squash(head.text())).replaceFirst("");
            Matcher m = QUOTE_AUTHOR.matcher(text);
            if (m.matches()) {
                return clean(m.group(1) != null ? m.group(1) : m.group(2));
            }
            String t = clean(SAYS.matcher(text).replaceFirst(""));
            return t != null && Texts.wordCount(t) <= 4 ? t : null;
        }
        String lead = Texts.squash(boundedText(q, 80));
        Matcher label = BARE_QUOTE_LABEL.matcher(lead);
        if (label.lookingAt()) {
            // a bare "Quote" label, then the quoted poster's name in bold on its own (Phorum's bbcode quote)
            for (Element e : q.select(LABELLED_NAME_TAGS)) {
                String t = clean(e.text());
                if (t != null && Texts.wordCount(t) <= 4 && lead.startsWith(t, label.end()) && !QUOTE_LABEL.matcher(t).matches()) {
                    return t;
                }
            }
        }
        boolean labelled = false;
        for (Element d : allElements(q)) {
            String own = Texts.squash(d.ownText());
            if (d == q && own.isEmpty() || own.isEmpty() && (elementChildren(d, 1) || labelled)) {
                continue;
            }
            // the first text of the quote: its head line, if it names a poster and a date
            Matcher m = POSTED_ON_HEAD.matcher(Texts.squash(d.text()));
            if (m.matches() && Texts.wordCount(m.group(1)) <= 4 && Dates.find(m.group(1)) == null) {
                return clean(m.group(1));
            }
            // or an "Originally posted by X" / "Quote from X on <date>:" line of its own (Web Wiz's td.quoteHead,
            // YaBB's bold head): the poster it names
            String line = LEADING_DATE_HEAD.matcher(Texts.squash(d.text())).replaceFirst("");
            Matcher by = QUOTE_AUTHOR.matcher(line);
            if (d != q && by.matches() && by.group(1) != null && Texts.wordCount(by.group(1)) <= 4) {
                return clean(by.group(1));
            }
            Matcher ownBy = !own.equals(Texts.squash(d.text())) ? QUOTE_AUTHOR.matcher(own) : null;
            if (ownBy != null && ownBy.matches() && ownBy.group(1) != null && Texts.wordCount(ownBy.group(1)) <= 4) {
                return clean(ownBy.group(1)); // "Originally posted by X:<br><b>quoted words</b>" (UBB.classic)
            }
            Matcher ownHead = ownBy != null ? QUOTE_HEAD.matcher(own) : null;
            if (ownHead != null && ownHead.matches() && ownHead.group(1) != null && Texts.wordCount(ownHead.group(1)) <= 4) {
                return clean(ownHead.group(1)); // "X napisał(a): <i>quoted words</i>": the box's own head, its words after it
            }
            if (d != q && by.matches() && by.group(2) != null && Texts.wordCount(by.group(2)) <= 4 && Texts.wordCount(line) <= 7
                    && !elementChildren(d, 2)) {
                // the quote's head line in an element of its own, "X said" / "X hat geschrieben:" (Simple:Press's bold
                // head over the quoted words): the poster it names, not words of the quote
                return clean(by.group(2));
            }
            if (!labelled && QUOTE_LABEL.matcher(own).matches()) {
                labelled = true;
                continue; // a bare "quote:" label over the head line (UBB.classic, Snitz), a rule between them
            }
            if (d == q) {
                continue; // the quoted words as the box's own text, its head in an element of its own (miniBB's div.quoting)
            }
            break;
        }
        String from = originalFrom(q);
        if (from != null) {
            return from;
        }
        Element prev = q.previousElementSibling();
        if (prev != null && prev.className().toLowerCase(Locale.ROOT).startsWith("quote")) {
            Matcher m = QUOTE_TOP.matcher(Texts.squash(prev.text())); // IP.Board: div.quotetop "QUOTE (bob @ Nov 10 2026, 06:03 PM)"
            if (m.find()) {
                return clean(m.group(1));
            }
        }
        return null;
    }

    private static final Pattern DASHED_BLOCK = Pattern.compile("^-{10,}\\s+\\S.{0,160}?\\s+-{10,}$");
    private static final Pattern ORIGINAL_HEAD = Pattern.compile("(?i)^-*\\s*original message\\b");
    /** A mail's quoted original: "Original Message: Sent: … From: X Subject: …" (Outlook, Higher Logic). */
    private static final Pattern ORIGINAL_FROM = Pattern.compile(
            "(?i)original message\\W{0,12}(?:.{0,80}?\\s)?from:\\s*(\\S.{0,40}?)\\s+(?:sent|subject|to|date|cc):");

    /** The sender an "Original Message" block names, or null. */
    private static String originalFrom(Element q) {
        String lead = Texts.squash(boundedText(q, 240));
        if (lead.toLowerCase(Locale.ROOT).indexOf("original message") < 0) {
            return null;
        }
        Matcher m = ORIGINAL_FROM.matcher(lead);
        return m.find() ? clean(MAIL_TAIL.matcher(m.group(1)).replaceFirst("")) : null;
    }

    private static String quoteText(Element q) {
        Element copy = q.clone();
        for (Element d : copy.select(QUOTE_CITES)) {
            d.remove();
        }
        String t = Texts.squash(copy.text());
        if (t.startsWith(">")) {
            t = QUOTE_MARKS.matcher(t).replaceAll("").strip(); // "> " line marks are not the quoted words
        }
        Matcher m = QUOTE_HEAD.matcher(t);
        return m.matches() ? "" : t;
    }

    /** A column flex box by its utility class ("flex-col": Tailwind, "flex-column": Bootstrap). */
    private static boolean stacked(Element box) {
        String c = box.className();
        return c.contains("flex-col") && FLEX_COLUMN.matcher(c).find();
    }

    private static final Pattern FLEX_COLUMN = Pattern.compile("(?:^|\\s)flex-col(?:umn)?(?:\\s|$)");

    private static List<String> paragraphs(Element e) {
        StringBuilder b = new StringBuilder();
        e.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String w = t.getWholeText();
                    if (t.parent() != null && t.parent().normalName().equals("pre") && (w.startsWith(">") || w.contains("\n>"))) {
                        w = MAIL_QUOTE_HEAD_LINE.matcher(w).replaceFirst(""); // (its "On <date>, X wrote:" head too)
                        w = QUOTED_LINE.matcher(w).replaceAll(""); // "> quoted" lines of a plain-text comment (Bugzilla's pre)
                    }
                    b.append(w);
                } else if (node instanceof Element el && BLOCK_TAGS.contains(el.normalName())) {
                    b.append(el.normalName().equals("br") ? "\n" : "\n\n");
                } else if (node instanceof Element el && el.parent() != null && stacked(el.parent())) {
                    // inline items of a column flex box are laid out one under another: "zebra_stripes" over
                    // "Nov 25, 2026" (Hashnode) is no "zebra_stripesNov 25, 2026"
                    b.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && BLOCK_TAGS.contains(el.normalName()) && !el.normalName().equals("br")) {
                    b.append("\n\n");
                }
            }
        });
        List<String> out = new ArrayList<>();
        // a signature under its rule ("_________________" then the member's motto) is not the post's text
        // (no run of five underscores, no rule: most records skip the regex, which tried at every line break)
        String all = b.indexOf("_____") < 0 ? b.toString() : SIG_RULE.matcher(b).replaceFirst("");

        for (String p : PARAGRAPH_BREAK.split(all)) {
            String s = Texts.squash(p.replace('\n', ' '));
            s = (maySay(s) ? SAYS.matcher(s).replaceFirst("") : s).strip();
            if (!s.isEmpty() && !PUNCT_ONLY.matcher(s).matches()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Whether {@link #SAYS} can match: only a text that ends, but for spaces, colons, dots and ellipses, in "says",
     * "said", "wrote" or "writes" (the regex tried its leading \\s* at every position of every paragraph).
     */
    private static boolean maySay(String s) {
        int end = s.length();
        while (end > 0) {
            char c = s.charAt(end - 1);
            // (and the line terminators before which $ also matches)
            if (!(space(c) || c == ':' || c == '.' || c == '\u2026' || c == '\u0085' || c == '\u2028' || c == '\u2029')) {
                break;
            }
            end--;
        }
        for (String w : SAY_WORDS) {
            if (end >= w.length() && s.regionMatches(true, end - w.length(), w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    private static final String[] SAY_WORDS = {"says", "said", "wrote", "writes", "schrieb", "geschrieben", "\u00e9crit", "ecrit", "escribi\u00f3",
        "scritto", "schreef", "skrev", "\u043f\u0438\u0441\u0430\u043b", "\u043f\u0438\u0441\u0430\u043b\u0430", "(\u0430)"};

    private static final Pattern SIG_RULE = Pattern.compile("(?s)\\n[ \\t\\u00a0]*_{5,}[ \\t\\u00a0]*(?:\\n.*|$)");

    /**
     * The most words a name element may hold: five, but eight for WordPress's commenter link, whose text is the name
     * field as the commenter typed it ("Charise @ I Thought I Knew Mama": a name and a blog's name), never prose.
     */
    private static int maxNameWords(Element nameEl) {
        return nameEl != null && WpCommenterLinks.isOne(nameEl) ? 8 : 5;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String sq = Texts.squash(s);
        String t = (maySay(sq) ? SAYS.matcher(sq).replaceFirst("") : sq).strip();
        return t.isEmpty() ? null : t;
    }

    /** ISO with time of day cut to the minute, as the page shows it (offsets dropped: pages print local time). */
    private static String isoMinute(String raw) {
        String s = raw.strip();
        if (ISO_MINUTE.matcher(s).matches()) {
            return s.substring(0, 10) + "T" + s.substring(11, 16);
        }
        if (ISO_DAY.matcher(s).matches()) {
            return s.substring(0, 10);
        }
        return Dates.find(s);
    }

    private static String sourceId(Element item, int ordinal) {
        String id = item.id();
        if (!id.isBlank() && id.length() <= 64) {
            return id;
        }
        for (String attr : List.of("data-comment-id", "data-post-id", "data-message-id", "data-content")) {
            String v = item.attr(attr);
            if (!v.isBlank() && v.length() <= 64) {
                return v;
            }
        }
        return "c" + ordinal;
    }

    // Patterns the record reader used through String.matches/replaceAll/split, which compile them on every call.
    private static final Pattern POST_WORD = Pattern.compile(".*\\bpost(bit|container|#)?\\b.*");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern PROFILE_WORDS = Pattern.compile("(?i).*\\b(profile|posts?|pm|message|www|email|find|view)\\b.*");
    /** "Ifeoma N (ifeoman) wrote on :#1": a header whose date sat in a time element (Launchpad). */
    private static final Pattern WROTE_ON = Pattern.compile("(?i)\\b(?:wrote|said|says|posted)(?:\\s+on)?\\s*:\\s*(?:#\\d+)?$");
    // (not "austere (@austereseeker)": a handle the commenter typed into the name field, as WordPress shows it)
    /** The words around a name in an avatar's alt text: "Picture of X", "X's avatar", "X profile image", "Avatar for X". */
    private static final Pattern AVATAR_ALT = Pattern.compile(
            "(?i)^\\s*(?:picture of|photo of|avatar (?:of|for)|profile (?:picture|photo|image) (?:of|for)|user avatar)\\s+|(?:'s)?\\s+(?:avatar|profile (?:picture|photo|image)|gravatar(?: image)?|user icon|photo|picture)\\s*$|^\\s*(?:avatar|gravatar|default|anonymous|user|profile|image|photo|\\s)*$");
    private static final Pattern HANDLE_IN_BRACKETS = Pattern.compile("\\s+\\(([\\p{L}\\d_.-]{2,30})\\)$");
    /** "Reply by X", "Topic by X", "Posted by: X": a byline's label before the name, no part of it. */
    private static final Pattern LABELLED_BY = Pattern.compile(
            "(?iu)^(?:(?:topic|reply|post|posted|comment|answer|question|message|asked|answered|started|written|submitted)\\s+)?by:?\\s+(\\S.{0,38})$");
    private static final Pattern NAME_TAIL = Pattern.compile(
            "(?i)\\s*(?:\\(\\d[\\d,.]*\\)|\\b\\d{1,3}\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago)$");
    /** The verb a Q&A post's date line opens with: "Answered Nov 22", "Asked Mar 3". */
    private static final Pattern VERB_BEFORE_DATE = Pattern.compile("(?i)^(?:answered|asked|posted|commented|replied)\\s+(?=\\p{L})");
    /** A label before a name in its own element: "by X", "Post by: X", "From: X". */
    private static final Pattern BY_LABEL = Pattern.compile("(?i)^(?:(?:posted |post )?by|from):?\\s+(?=\\S)");
    /** A member's post or point count after the name in one cell ("Hazel Pryce 712 posts"). */
    private static final Pattern MEMBER_COUNT = Pattern.compile("(?i)\\d[\\d,.]*\\s+(?:posts?|messages?|points|replies|answers|reputation)");
    private static final Pattern COUNT_TAIL = Pattern.compile("(?i)\\s+\\d[\\d,.]*\\s+(?:posts?|messages?|points|replies)$");
    /** A link in {@code box} whose one text is a follower count ("557 Fans"), or null; links not opening with a digit are passed over unread. */
    private static Element fanCountLink(Element box) {
        for (Element a : box.getElementsByTag("a")) {
            if (a.childNodeSize() == 1 && a.childNode(0) instanceof TextNode tn) {
                String t = tn.getWholeText().strip();
                if (!t.isEmpty() && Character.isDigit(t.charAt(0)) && FAN_COUNT.matcher(t).matches()) {
                    return a;
                }
            }
        }
        return null;
    }

    /** Another link in {@code box} to the address {@code count} links (its query and fragment aside) with words of its own, or null. */
    private static Element sameProfile(Element box, Element count) {
        String path = profilePath(count.attr("href"));
        for (Element b : box.getElementsByTag("a")) {
            String text = Texts.squash(b.text());
            if (b != count && !text.isEmpty() && !FAN_COUNT.matcher(text).matches()
                    && profilePath(b.attr("href")).equals(path)) {
                return b;
            }
        }
        return null;
    }

    private static String profilePath(String href) {
        int cut = href.indexOf('?');
        int hash = href.indexOf('#');
        cut = cut < 0 ? hash : hash < 0 ? cut : Math.min(cut, hash);
        return cut < 0 ? href : href.substring(0, cut);
    }

    /** A quote box's head naming the quoted post by its number: "QUOTE(#3):", "Quote #3". */
    private static final Pattern QUOTE_NUMBER = Pattern.compile("(?i)\\s*quote\\s*\\(?\\s*#(\\d{1,4})\\s*\\)?\\s*:");
    /** A user box's count of followers ("557 Fans", "1.2k followers"): a link to the profile, but no name. */
    private static final Pattern FAN_COUNT = Pattern.compile("(?i)[\\d.,]+\\s?k?\\s+(?:fans?|followers?|friends?|subscribers?)");
    private static final Pattern MEMBER_WORDS = Pattern.compile("(?i).*\\b(posts?|joined|messages|member|rank|points|karma)\\b.*");
    /** A post's floor label on a line of its own: "#3", "3#", "OP" (Discuz!, Chinese and Korean boards). */
    private static final Pattern FLOOR = Pattern.compile("(?i)#?\\d{1,5}#?|op");
    private static final Pattern BUTTON_LINE = Pattern.compile("(?i)(reply|responder|r\u00e9pondre|antworten|rispondi|report|permalink|link|quote|#\\d+|\\[[-\u2013+]\\]|share|edit|delete|top)(\\s+\\S+){0,2}");
    private static final Pattern COLON_END = Pattern.compile(":$");
    private static final Pattern POST_NUMBER = Pattern.compile("#\\d+|\\(\\d+\\)");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Pattern PUNCT_ONLY = Pattern.compile("[\\p{Punct}\\s\u00b7\u2022\u2013\u2014|&;]*");
    private static final Pattern ISO_MINUTE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}.*");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

    /** SAYS.matcher(p).replaceFirst("").isEmpty(): the first match starts at 0 and runs to the end; only 0 is tried. */
    private static boolean saysOnly(String p) {
        if (p.isEmpty()) {
            return true;
        }
        Matcher m = SAYS.matcher(p);
        return m.lookingAt() && m.end() == p.length();
    }

    /**
     * A 'y' in a text node right under {@code d}: without one its own text holds no "reply" (ownText is made of those
     * text nodes), so most links skip building and lower-casing it.
     */
    private static boolean ownTextHasY(Element d) {
        for (int i = 0, n = d.childNodeSize(); i < n; i++) {
            if (d.childNode(i) instanceof TextNode t) {
                String w = t.getWholeText();
                if (w.indexOf('y') >= 0 || w.indexOf('Y') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code e.childrenSize() >= n}, counted on its child nodes: childrenSize builds and caches a list of the element
     * children of every element asked, and most elements of a page are asked only this.
     */
    /** The tbody and table elements of a page's element list, in its order: root.select("tbody, table") without a walk. */
    static List<Element> tables(List<Element> all) {
        List<Element> out = new ArrayList<>();
        for (Element e : all) {
            String tag = e.normalName();
            if (tag.equals("tbody") || tag.equals("table")) {
                out.add(e);
            }
        }
        return out;
    }

    /** Whether {@code Texts.squash(s)} starts with 'i' or 'I' (its first character that squash keeps). */
    private static boolean opensWithI(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (!Texts.space(c)) {
                return c == 'i' || c == 'I';
            }
        }
        return false;
    }

    /** Whether a child element of {@code e} has this (normal) tag name: selectFirst("> tag") without parsing the query per call. */
    private static boolean childNamed(Element e, String tag) {
        for (int i = 0, k = e.childNodeSize(); i < k; i++) {
            if (e.childNode(i) instanceof Element c && c.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    static boolean elementChildren(Element e, int n) {
        int k = e.childNodeSize();
        if (k < n) {
            return false;
        }
        int c = 0;
        for (int i = 0; i < k; i++) {
            if (e.childNode(i) instanceof Element && ++c >= n) {
                return true;
            }
        }
        return false;
    }

    /** More than eight runs of non-space characters (as \\s splits them): p.split("\\s+") has more than 8 parts. */
    private static boolean moreThanEightWords(String p) {
        int runs = 0;
        boolean in = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            boolean sp = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!sp && !in && ++runs > 8) {
                return true;
            }
            in = !sp;
        }
        return false;
    }
}
