package io.parley.extraction;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges the comment section of a page after extraction: were comments found, is there none, or was a section
 * seen that the extractor did not turn into comments. A page with 20 comments must never come back looking
 * like a page with none.
 */
final class CommentSections {

    /** Hosted comment systems that load the thread by script: the fetched page holds none of it. */
    private record Embed(String name, Pattern cue) {
    }

    private static final List<Embed> EMBEDS = List.of(
            new Embed("Disqus", Pattern.compile("(?i)disqus_thread|disqus\\.com|disqus_shortname|disqus_config|dsq-")),
            new Embed("Facebook", Pattern.compile("(?i)fb-comments|fb:comments|facebook\\.com/plugins/comments")),
            new Embed("Coral", Pattern.compile("(?i)coral_thread|coral-talk|coralproject|Coral\\.createStreamEmbed|coral-comments")),
            new Embed("Viafoura", Pattern.compile("(?i)viafoura|vf-conversations")),
            new Embed("OpenWeb (Spot.IM)", Pattern.compile("(?i)spot\\.im|spotim|openweb\\.com")),
            new Embed("Livefyre", Pattern.compile("(?i)livefyre")),
            new Embed("IntenseDebate", Pattern.compile("(?i)intensedebate|idc-container")),
            // (the word alone: "DivCommentObjectWrapper", a React app's own comment list, spells "commento" too)
            new Embed("Commento", Pattern.compile("(?i)(?<![a-z])commento(?![a-z])")),
            new Embed("Hyvor Talk", Pattern.compile("(?i)hyvor-talk")),
            new Embed("giscus", Pattern.compile("(?i)giscus")),
            new Embed("utterances", Pattern.compile("(?i)utteranc\\.es")),
            new Embed("Vuukle", Pattern.compile("(?i)vuukle")),
            new Embed("Gigya comments", Pattern.compile("(?i)gig-comments|gigya[^\\s]{0,20}comments")),
            // self-hosted widgets a blog or paper mounts on an empty element: the thread comes from their server
            new Embed("Cusdis", Pattern.compile("(?i)cusdis")),
            new Embed("Remark42", Pattern.compile("(?i)remark42|remark_config")),
            new Embed("Isso", Pattern.compile("(?i)isso-thread|data-isso")),
            new Embed("Discourse", Pattern.compile("(?i)discourseembed|discourse-comments")),
            new Embed("Waline", Pattern.compile("(?i)waline")),
            new Embed("Twikoo", Pattern.compile("(?i)twikoo")),
            new Embed("Artalk", Pattern.compile("(?i)artalk")),
            new Embed("Talkyard", Pattern.compile("(?i)talkyard")),
            new Embed("GraphComment", Pattern.compile("(?i)graphcomment")),
            new Embed("FastComments", Pattern.compile("(?i)fastcomments")),
            new Embed("Cactus Comments", Pattern.compile("(?i)cactus\\.chat|cactus-comments")),
            new Embed("Commentbox.io", Pattern.compile("(?i)commentbox\\.io")),
            new Embed("Remarkbox", Pattern.compile("(?i)remarkbox")),
            new Embed("Comentario", Pattern.compile("(?i)comentario")),
            // (widgets of Chinese and Korean news sites and blogs: a "SOHUCS" or "lv-container" mount and its loader)
            new Embed("Changyan", Pattern.compile("(?i)changyan|(?<![a-z])sohucs(?![a-z.])")),
            new Embed("LiveRe", Pattern.compile("(?i)livere|lv-container")));

    /** An element id or class that names a whole comment section (not a form, a counter or a link to it). */
    private static final Pattern CONTAINER = Pattern.compile(
            "(?i)^(?:[a-z]+[-_])?(?:comments|commentlist|comment[-_]?(?:list|section|area|thread|s[-_]?area)|discussion|responses|talkback|reader[-_]?comments|user[-_]?comments|forum[-_]?posts?|thread[-_]?posts|topic[-_]?posts)"
                    + "(?:[-_](?:list|section|area|thread|wrap|wrapper|container|block|box|holder|panel|body|content|inner|main|outer|region))?$");
    private static final Pattern NOT_CONTAINER = Pattern.compile(
            "(?i)form|count|link|title|button|toggle|rss|feed|policy|icon|number|closed|header|nav|^(?:top|most|latest|recent|popular|add|new|write|related|post)[-_]");
    /** A record of a comment or forum post, by its class. */
    private static final Pattern RECORD_CLASS = Pattern.compile(
            "(?i)^(?:comment|comment[-_]?(?:item|body|entry|container|wrap|wrapper|block|box|row|thread)|post|postbit|post[-_]?(?:item|container|wrap|row|body|message)|message|reply|response|topic[-_]?post|forum[-_]?post|thing|review|review[-_]?(?:container|item|card|entry|block|wrap|wrapper|row))$");
    private static final Pattern DECLARED = Pattern.compile(
            "(?i)^(?:view |show |read |see )?(?:all )?(\\d[\\d,]{0,6})\\s+(?:comments?|responses?|replies|reader comments|thoughts on\\b.*|posts?)\\b.{0,40}$"
                    + "|^(?:comments?|responses?|reader comments|discussion|replies)\\s*[(\\[:]?\\s*(\\d[\\d,]{0,6})\\s*[)\\]]?$");
    /** "34 readers have commented on this story": a sentence about this page's own comments, wherever it stands. */
    private static final Pattern COMMENTED = Pattern.compile(
            "(?i)^(\\d[\\d,]{0,6})\\s+(?:readers?|people|users|members|visitors)\\s+(?:have\\s+|has\\s+)?(?:commented|responded)\\b.{0,60}$");
    private static final Pattern NO_COMMENTS = Pattern.compile(
            "(?i)\\b(?:no comments(?: yet)?|no responses(?: yet)?|be the first to (?:comment|respond|reply)|comments are closed|commenting (?:is|has been) (?:closed|disabled)|0 comments|zero comments|comments (?:are )?disabled|comments (?:have been|has been|are|were) (?:switched|turned) off"
                    // ("Comments on this article closed seven days after publication", "This discussion is now closed")
                    + "|comments (?:on|for|to) this (?:article|story|post|page) (?:are |were |have been |has been )?(?:now )?(?:closed|disabled)"
                    + "|comments are now closed|(?:this )?discussion (?:is|has been) (?:now )?closed)\\b");
    private static final Pattern MORE = Pattern.compile(
            "(?i)^(?:load|show|view|see|read) (?:more|all|older|newer|\\d+ more|previous)(?: \\d+)? (?:comments?|replies|posts|responses)\\b.{0,20}$");
    private static final Pattern TEXT_EMBED = Pattern.compile(
            "(?i)(comments powered by (disqus|coral|viafoura|livefyre|openweb)|enable javascript to view the comments|javascript (?:needs to|must) be (?:activated|enabled|turned on) to (?:view|see|read|load) (?:the )?comments|facebook comments plugin|view the discussion thread)");
    private static final Pattern TEXT_EMBED_NAME = Pattern.compile("(?i)\\b(disqus|coral|viafoura|livefyre|openweb|facebook)\\b");
    private static final Pattern TEXT_DECLARED = Pattern.compile(
            "(?i)^\\s*(?:(\\d[\\d,]{0,6})\\s+(?:comments?|responses?|replies|reader comments)|(?:comments?|responses?|reader comments)\\s*[(\\[:]\\s*(\\d[\\d,]{0,6})\\s*[)\\]]?)\\s*$");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private CommentSections() {
    }

    /** What one walk over the DOM saw. */
    private static final class Seen {
        String embed;
        String embedWhere;
        Element container;
        int containerWords;
        int declared = -1;
        boolean saysNone;
        /** An empty element named for the comments (a mount point: "articleComments", "comments-app"), or null. */
        String mount;
        /** A script that says it loads comments ("ArticleComments.js", "loadComments"). */
        boolean commentScript;
        boolean saysMore;
        int records;
        String recordWhere;
    }

    static CommentSection html(Document doc, List<ExtractedComment> comments) {
        Seen seen = look(doc);
        if (comments.isEmpty()) {
            postBodies(doc.body() == null ? doc : doc.body(), seen); // only a page given no comment can miss a thread silently
        }
        CommentSection judged = judge(seen, comments.size());
        if (comments.isEmpty() && judged.status() == CommentSection.Status.NONE && !seen.saysNone && seen.declared != 0) {
            String unread = UnreadSections.html(doc.body() == null ? doc : doc.body());
            if (unread != null) {
                return CommentSection.unparsed(0, unread);
            }
        }
        return judged;
    }

    private static CommentSection judge(Seen seen, int n) {
        String where = seen.container == null ? null : describe(seen.container);
        if (n > 0) {
            if (seen.declared >= 3 && n < seen.declared / 2) {
                return CommentSection.unparsed(n, "the page says " + seen.declared + " comments but only " + n
                        + (n == 1 ? " was" : " were") + " extracted (the rest " + (seen.embed != null
                        ? "may be loaded by " + seen.embed + ", " : "") + "may be on other pages, loaded by script,"
                        + " or in markup not understood)");
            }
            if (seen.records >= 3 && n < seen.records / 2) {
                return CommentSection.unparsed(n, seen.records + " repeated comment or post records (" + seen.recordWhere
                        + ") but only " + n + " extracted: markup not understood");
            }
            String also = seen.embed != null ? "; the page also embeds " + seen.embed + " comments loaded by script ("
                    + seen.embedWhere + "), which are not in the page" : seen.saysMore ? "; the page offers more comments"
                    + " than it shows (a 'load more' link)" : "";
            return CommentSection.found(n, n + (n == 1 ? " comment" : " comments") + " extracted" + also);
        }
        if (seen.embed != null) {
            return CommentSection.unparsed(0, "comments are loaded by script from " + seen.embed + " (" + seen.embedWhere
                    + "); the page as fetched holds none of them");
        }
        if (seen.mount != null && seen.commentScript && !seen.saysNone) {
            return CommentSection.unparsed(0, "an empty comment section (" + seen.mount + ") that a script on the page fills;"
                    + " the page as fetched holds none of the comments");
        }
        if (seen.declared > 0) {
            return CommentSection.unparsed(0, "the page says " + seen.declared + (seen.declared == 1 ? " comment" : " comments") + " but none was extracted"
                    + (where != null ? " from " + where : "") + " (markup not understood, loaded by script, or cut off)");
        }
        if (seen.records >= 3) {
            return CommentSection.unparsed(0, seen.records + " repeated comment or post records (" + seen.recordWhere
                    + ") were not turned into comments: markup not understood");
        }
        if (seen.container != null && seen.containerWords >= 30 && !seen.saysNone) {
            return CommentSection.unparsed(0, "a comment section (" + where + ", " + seen.containerWords
                    + " words) was seen but not turned into comments: markup not understood");
        }
        if (seen.saysNone || seen.declared == 0) {
            return CommentSection.none("the page says it has no comments");
        }
        return CommentSection.none("no comment section on the page");
    }

    private static Seen look(Document doc) {
        Seen seen = new Seen();
        Element root = doc.body() == null ? doc : doc.body();
        List<Element> containers = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            if (tag.equals("script") || tag.equals("iframe")) {
                // (a script's code copied out once, not once per question: inline scripts run to hundreds of KB)
                String code = tag.equals("script") && (seen.embed == null || !seen.commentScript) ? head(e.data(), 3_000) : null;
                if (seen.embed == null) {
                    String src = e.attr("src");
                    String probe = tag.equals("script") ? src + dataKeys(e) + " " + code : src;
                    embed(seen, probe, tag + (src.isEmpty() ? "" : " " + head(src, 60)));
                }
                if (tag.equals("script") && !seen.commentScript) {
                    seen.commentScript = commentScript(e.attr("src")) || commentScript(code);
                }
                continue;
            }
            records(e, seen);
            if (tag.equals("fb:comments") && seen.embed == null) {
                seen.embed = "Facebook";
                seen.embedWhere = "fb:comments";
            }
            String id = e.id();
            String cls = e.className();
            if (id.isEmpty() && cls.isEmpty() && !e.hasAttr("data-spotim-module")) {
                continue;
            }
            // no embed word holds a space, so none spans id and class: both are looked at as they are, and the probe
            // and its place are built only for the rare element that names an embed
            if (seen.embed == null && (anyEmbed(id) || anyEmbed(cls) || e.hasAttr("data-spotim-module"))) {
                embed(seen, id + " " + cls + (e.hasAttr("data-spotim-module") ? " spotim" : ""),
                        tag + (id.isEmpty() ? "" : "#" + id));
            }
            if (container(id, cls)) {
                containers.add(e);
            }
            if (seen.mount == null && (id.contains("omment") || cls.contains("omment")) && mount(e, id, cls)) {
                seen.mount = tag + (id.isEmpty() ? "." + cls.split("\\s+")[0] : "#" + id);
            }
        }
        // Outermost containers only, then the one with most words of reader text.
        for (Element c : containers) {
            if (hasAncestorIn(c, containers)) {
                continue;
            }
            int words = readerWords(c);
            if (words > seen.containerWords || seen.container == null) {
                seen.container = c;
                seen.containerWords = words;
            }
        }
        counts(root, seen, containers);
        return seen;
    }

    /** A script's data-* attribute names (Isso's loader says what it is only in {@code data-isso}, its src is the site's). */
    private static String dataKeys(Element script) {
        if (script.attributesSize() < 2) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (org.jsoup.nodes.Attribute a : script.attributes()) {
            if (a.getKey().startsWith("data-")) {
                b.append(' ').append(a.getKey());
            }
        }
        return b.toString();
    }

    /**
     * Forum post bodies wherever they sit (phpBB 2 puts each in a table row of its own, vBulletin 3 in a table per
     * post, so they are no siblings): three or more with words are a thread, whatever became of it.
     */
    private static final String POST_BODIES = "span.postbody, div[id^=post_message_], td[id^=td_post_], div[id^=post_content], "
            + "div.postbody, div.post_body, .messageText, .message-body, [itemprop=commentText], [itemtype$=/Comment], "
            + "div.post-message, div.post_content, div.comment-body, div.comment-content, dd.comment-body";

    private static final Evaluator POST_BODIES_QUERY = QueryParser.parse(POST_BODIES);

    /** How many of a record's elements are named as a post's body (see POST_BODIES). */
    static int postBodiesIn(Element record) {
        int n = 0;
        for (Element e : record.getAllElements()) {
            if (e.attributesSize() > 0 && (e.hasAttr("class") || e.hasAttr("id") || e.hasAttr("itemprop") || e.hasAttr("itemtype"))
                    && POST_BODIES_QUERY.matches(record, e)) {
                n++;
            }
        }
        return n;
    }

    private static void postBodies(Element root, Seen seen) {
        int n = 0;
        String where = null;
        for (Element e : root.getAllElements()) {
            // every alternative of the query needs a class, id, itemprop or itemtype (jsoup's hasAttr ignores case, as
            // its evaluators do); the query is parsed once (it was parsed per page)
            if (e.attributesSize() == 0 || !(e.hasAttr("class") || e.hasAttr("id") || e.hasAttr("itemprop") || e.hasAttr("itemtype"))
                    || !POST_BODIES_QUERY.matches(root, e)) {
                continue;
            }
            if (Texts.wordCount(CommentRecords.boundedText(e, 200)) >= 4) {
                n++;
                where = where == null ? e.normalName() + (e.className().isEmpty() ? "#" + e.id() : "." + e.className().split("\\s+")[0]) : where;
            }
        }
        if (n >= 3 && n > seen.records) {
            seen.records = n;
            seen.recordWhere = "post bodies like " + where;
        }
        // Old table-laid threads (PHP-Nuke, Slash) carry no record class at all, but each comment ends in its own
        // "Reply to This" link: three of them are three comments, whatever became of them.
        int replies = 0;
        for (Element a : root.getElementsByTag("a")) {
            if (REPLY_LINK.matcher(a.text()).matches()) {
                replies++;
            }
        }
        String[] lineShape = {null};
        int lines = LineRecords.count(root, lineShape);
        if (lines >= 3 && lines > seen.records) {
            seen.records = lines;
            seen.recordWhere = "line records like " + lineShape[0] + ": a name, text and a date with its time on each line";
        }
        if (replies >= 3 && replies > seen.records) {
            seen.records = replies;
            seen.recordWhere = "\"Reply to This\" links";
        }
        // A forum's user cells ("Posts: 1182" on a line of its own, once a post) and mail headers ("From: Name
        // <address>", once a message) mark posts whatever markup holds them (SMF 1 puts each post in a table of its
        // own, a mail digest all in one pre).
        int[] cells = {0};
        int[] mails = {0};
        String[] firstCell = {null};
        root.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                String w = t.getWholeText();
                if (w.length() <= 40) {
                    String line = w.strip();
                    if (CommentRecords.memberFieldLine(line)) {
                        cells[0]++;
                        firstCell[0] = firstCell[0] == null ? line : firstCell[0];
                    }
                } else if (w.indexOf("From:") >= 0) {
                    Matcher m = HtmlExtractor.MAIL_FROM.matcher(w);
                    while (m.find()) {
                        mails[0]++;
                    }
                }
            }
        });
        if (cells[0] >= 3 && cells[0] > seen.records) {
            seen.records = cells[0];
            seen.recordWhere = "forum user cells like \"" + firstCell[0] + "\"";
        }
        if (mails[0] >= 3 && mails[0] > seen.records) {
            seen.records = mails[0];
            seen.recordWhere = "mail messages with their own \"From:\" headers";
        }
    }

    private static final Pattern REPLY_LINK = Pattern.compile("(?i)^\\s*reply to this(?: comment| post)?\\s*$");

    /**
     * Any embed's name, looked for before the per-system patterns (most scripts name none): indexOf in the lower-cased
     * probe, many times faster than one regex of all the names, which took a tenth of the extraction time.
     */
    private static final AsciiWords EMBED_WORDS = new AsciiWords("disqus", "dsq-", "fb-comments", "fb:comments",
            "facebook.com/plugins/comments", "coral", "viafoura", "vf-conversations", "spot.im", "spotim", "openweb.com",
            "livefyre", "intensedebate", "idc-container", "commento", "hyvor-talk", "giscus", "utteranc.es", "vuukle",
            "gig-comments", "gigya", "cusdis", "remark42", "remark_config", "isso-thread", "data-isso", "discourseembed",
            "discourse-comments", "waline", "twikoo", "artalk", "talkyard", "graphcomment", "fastcomments", "cactus.chat",
            "cactus-comments", "commentbox.io", "remarkbox", "comentario", "changyan", "sohucs", "livere", "lv-container");

    static boolean anyEmbed(String probe) {
        // one pass, each position tried only against the words that start with its letter: a script's 3,000
        // characters were scanned once per word (21 times) before, and without C2's indexOf intrinsic that cost. A yes
        // only lets the per-system patterns run, and they decide.
        return EMBED_WORDS.anyIn(probe);
    }

    /** ASCII letters lowered, as the regex's (?i) compares them; other characters kept. */
    private static String asciiLower(String s) {
        char[] c = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                if (c == null) {
                    c = s.toCharArray();
                }
                c[i] = (char) (ch + 32);
            }
        }
        return c == null ? s : new String(c);
    }

    private static void embed(Seen seen, String probe, String where) {
        if (!anyEmbed(probe)) {
            return;
        }
        for (Embed em : EMBEDS) {
            if (em.cue.matcher(probe).find()) {
                seen.embed = em.name;
                seen.embedWhere = where;
                return;
            }
        }
    }

    /** A name for the whole comment section an app mounts into: "articleComments", "article-comments-app", "comments-root". */
    private static final Pattern MOUNT_NAME = Pattern.compile(
            "(?i)^(?:[a-z]+[-_]?)?comments(?:[-_]?(?:app|root|mount|widget|embed|container|wrapper|section|thread|area))?$");
    /** A script that loads comments: its file or its code names the job. */
    private static final Pattern COMMENT_SCRIPT = Pattern.compile(
            "(?i)comments?[-_.]?(?:app|embed|widget|loader|config)\\b|(?:load|get|fetch|render|mount)[-_]?comments|comments(?:\\.min)?\\.js\\b");

    /** Every alternative of {@link #COMMENT_SCRIPT} holds "comment" (ASCII letters in any case). */
    private static final AsciiWords COMMENT_WORD = new AsciiWords("comment");

    /** {@code COMMENT_SCRIPT.matcher(s).find()}, tried only where the word is (most scripts have none). */
    private static boolean commentScript(String s) {
        return COMMENT_WORD.anyIn(s) && COMMENT_SCRIPT.matcher(s).find();
    }

    /** An element named for the comment section with nothing to read in it (at most a "Loading…" word or a spinner). */
    private static boolean mount(Element e, String id, String cls) {
        boolean named = !id.isEmpty() && MOUNT_NAME.matcher(id).matches();
        // (every MOUNT_NAME holds "comments": a class attribute without it is not split and matched token by token)
        for (String t : CommentRecords.containsAsciiIgnoreCase(cls, "comments") ? cls.split("\\s+") : new String[0]) {
            named |= !t.isEmpty() && MOUNT_NAME.matcher(t).matches();
        }
        if (!named || e.getElementsByTag("form").size() > 0 || e.getElementsByTag("a").size() > 0) {
            return false;
        }
        String text = e.text().strip();
        return text.isEmpty() || text.length() <= 30 && LOADING.matcher(text).matches();
    }

    private static final Pattern LOADING = Pattern.compile("(?i)(?:loading|wird geladen|chargement|cargando)\\b.{0,20}");

    /** Whether the element's id or class names a whole comment section ("comments", "comment-list", "comments-area"). */
    static boolean namesSection(Element e) {
        return container(e.id(), e.className());
    }

    private static boolean container(String id, String cls) {
        // no word holds a space, so none spans id and class: each is scanned as it is, with no joined lower-cased copy
        if (!CONTAINER_WORDS.anyIn(id) && !CONTAINER_WORDS.anyIn(cls)) {
            return false;
        }
        if (!id.isEmpty() && CONTAINER.matcher(id).matches() && !NOT_CONTAINER.matcher(id).find()) {
            return true;
        }
        for (String t : cls.split("\\s+")) {
            if (!t.isEmpty() && CONTAINER.matcher(t).matches() && !NOT_CONTAINER.matcher(t).find()) {
                return true;
            }
        }
        return false;
    }

    /** A word every {@link #RECORD_CLASS} holds: most class attributes have none, and skip the split and the match. */
    private static final String[] RECORD_WORDS = {"comment", "post", "message", "reply", "respons", "thing", "review"};

    /** RECORD_WORD's find, by indexOf in the ASCII-lowered class (a regex per child of every element cost more). */
    private static boolean recordWord(String cls) {
        String lower = asciiLower(cls);
        for (String w : RECORD_WORDS) {
            if (lower.indexOf(w) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Three or more sibling records of one comment/post class, each with some words: a thread's shape. */
    private static void records(Element parent, Seen seen) {
        if (!CommentRecords.elementChildren(parent, 3)) {
            return;
        }
        java.util.Map<String, Integer> byClass = new java.util.HashMap<>();
        for (Element child : parent.children()) {
            String cc = child.className();
            if (cc.isEmpty() || !recordWord(cc)) {
                continue;
            }
            for (String t : SPACES.split(cc)) {
                if (!t.isEmpty() && RECORD_CLASS.matcher(t).matches()) {
                    byClass.merge(child.normalName() + "." + t, 1, Integer::sum);
                    break;
                }
            }
        }
        for (var e : byClass.entrySet()) {
            if (e.getValue() >= 3 && e.getValue() > seen.records) {
                int withWords = 0;
                String cls = e.getKey().substring(e.getKey().indexOf('.') + 1);
                for (Element child : parent.children()) {
                    if (child.hasClass(cls) && Texts.wordCount(CommentRecords.boundedText(child, 200)) >= 4) {
                        withWords++;
                    }
                }
                if (withWords >= 3 && withWords > seen.records) {
                    seen.records = withWords;
                    seen.recordWhere = e.getKey() + " in " + describe(parent);
                }
            }
        }
    }

    /** Declared counts, "no comments" notes and "load more" links: in headings, short lines and comment elements. */
    private static void counts(Element root, Seen seen, List<Element> containers) {
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof TextNode t)) {
                    return;
                }
                String whole = t.getWholeText();
                if (longerThan80(whole)) {
                    return; // most text nodes are long paragraphs: counted off before they are normalised and squashed
                }
                if (!mayHoldCueWord(whole)) {
                    return; // nor is a short text normalised and squashed when it holds none of the words looked for
                }
                String s = Texts.squash(t.text());
                if (s.isEmpty() || s.length() > 80) {
                    return;
                }
                String lower = s.toLowerCase(Locale.ROOT);
                if (!lower.contains("comment") && !lower.contains("respons") && !lower.contains("repl")
                        && !lower.contains("discussion") && !lower.contains("post") && !lower.contains("thought")) {
                    return;
                }
                Element owner = t.parent() instanceof Element ? (Element) t.parent() : null;
                if (owner == null || owner.normalName().equals("script") || owner.normalName().equals("style")) {
                    return;
                }
                if (NO_COMMENTS.matcher(s).find()) {
                    seen.saysNone = true;
                }
                if (MORE.matcher(s).matches()) {
                    seen.saysMore = true;
                }
                Matcher m = DECLARED.matcher(s);
                Matcher said = COMMENTED.matcher(s);
                if (said.matches() || m.matches() && trusted(owner, containers)) {
                    String g = said.matches() ? said.group(1) : m.group(1) != null ? m.group(1) : m.group(2);
                    int n = parse(g);
                    if (n >= 0 && n < 100_000 && n > seen.declared) {
                        seen.declared = n;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        });
    }

    /**
     * More than 80 characters survive jsoup's normalisation and {@link Texts#squash}: every character but the ones
     * either turns into or drops as space (and zero-width space and soft hyphen, which jsoup drops) is kept.
     */
    private static boolean longerThan80(String whole) {
        int n = whole.length();
        if (n <= 80) {
            return false;
        }
        int kept = 0;
        for (int i = 0; i < n; i++) {
            char c = whole.charAt(i);
            if (!Texts.space(c) && c != '\u00ad' && ++kept > 80) {
                return true;
            }
        }
        return false;
    }

    /** The words {@link #counts} looks for in a short text's lower-cased squashed form. */
    private static final AsciiWords CUE_WORDS = new AsciiWords("comment", "respons", "repl", "discussion", "post", "thought");
    /** The words {@link #container} wants in an id or class, lower-cased. */
    private static final AsciiWords CONTAINER_WORDS = new AsciiWords("comment", "discussion", "respons", "talkback", "post");

    /**
     * Whether the squashed, lower-cased form of {@code whole} may hold a {@link #CUE_WORDS} word. Squashing and
     * jsoup's normalisation only turn runs of space into one space, which joins no letters, except that jsoup drops
     * invisible characters (zero-width space, soft hyphen): a text holding any such character is always let through.
     */
    static boolean mayHoldCueWord(String whole) {
        for (int i = 0; i < whole.length(); i++) {
            char c = whole.charAt(i);
            if (c == '\u00ad' || c >= '\u200b' && c <= '\u200f' || c == '\u2060' || c == '\ufeff') {
                return true;
            }
        }
        return CUE_WORDS.anyIn(whole);
    }

    /**
     * Lower-case ASCII words looked for in {@code s.toLowerCase(Locale.ROOT)} without making that copy: one pass, each
     * position tried only against the words that start with its letter (embed names, cue and container words). A non-ASCII
     * character that lower-cases to an ASCII letter (the Kelvin sign, dotted capital I) answers yes, so the answer is
     * never no where the lower-cased copy holds a word.
     */
    static final class AsciiWords {
        /**
         * The words by their first two letters (lower-case ASCII: 128 x 128 slots): each position is tried only against
         * the words that start with its two letters, where a table by the first letter alone sent most letters of a
         * class name or script to several words (embed names: eight start with "c").
         */
        private final String[][] byPair = new String[128 * 128][];
        /** One-letter words, by their letter. */
        private final boolean[] single = new boolean[128];

        AsciiWords(String... words) {
            for (String w : words) {
                if (w.length() == 1) {
                    single[w.charAt(0)] = true;
                    continue;
                }
                int k = w.charAt(0) * 128 + w.charAt(1);
                String[] old = byPair[k];
                String[] now = old == null ? new String[1] : java.util.Arrays.copyOf(old, old.length + 1);
                now[now.length - 1] = w;
                byPair[k] = now;
            }
        }

        boolean anyIn(String s) {
            int n = s.length();
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c >= 128) {
                    if (Character.toLowerCase(c) < 128) {
                        return true;
                    }
                    continue;
                }
                int first = c >= 'A' && c <= 'Z' ? c + 32 : c;
                if (single[first]) {
                    return true;
                }
                if (i + 1 < n) {
                    char d = s.charAt(i + 1);
                    // (a non-ASCII second character starts no word: the words are ASCII; it is looked at in its turn)
                    String[] words = d < 128 ? byPair[first * 128 + (d >= 'A' && d <= 'Z' ? d + 32 : d)] : null;
                    if (words != null) {
                        for (String w : words) {
                            if (startsAt(s, i, w)) {
                                return true;
                            }
                        }
                    }
                }
            }
            return false;
        }

        private static boolean startsAt(String s, int at, String w) {
            int m = w.length();
            if (at + m > s.length()) {
                return false;
            }
            for (int k = 0; k < m; k++) {
                char ch = s.charAt(at + k);
                if (ch >= 'A' && ch <= 'Z') {
                    ch = (char) (ch + 32);
                }
                if (ch != w.charAt(k)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A count is believed in a heading or inside / naming the comment section; a teaser list's "5 comments" is not. */
    private static boolean trusted(Element owner, List<Element> containers) {
        int level = 0;
        for (Element e = owner; e != null && level < 4; e = e.parent(), level++) {
            String tag = e.normalName();
            if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
                return true;
            }
            String idc = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
            if (idc.contains("comment") && (idc.contains("count") || idc.contains("title") || idc.contains("header")
                    || idc.contains("heading"))) {
                return true;
            }
        }
        for (Element c : containers) {
            if (owner == c || isAncestor(c, owner)) {
                return true;
            }
        }
        return commentsLink(owner);
    }

    /**
     * "Comments (34)" as a link to the story's comment page (the comments are elsewhere): its href names comments and
     * it stands in no list, as a teaser rail's "5 comments" links do.
     */
    private static boolean commentsLink(Element owner) {
        Element a = null;
        int level = 0;
        for (Element e = owner; e != null && level < 3; e = e.parent(), level++) {
            if (e.normalName().equals("a")) {
                a = e;
                break;
            }
        }
        if (a == null || !a.attr("href").toLowerCase(Locale.ROOT).contains("comment")) {
            return false;
        }
        level = 0;
        for (Element e = a.parent(); e != null && level < 5; e = e.parent(), level++) {
            String tag = e.normalName();
            if (tag.equals("li") || tag.equals("ul") || tag.equals("ol") || tag.equals("tr")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAncestor(Element a, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == a) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAncestorIn(Element e, List<Element> set) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            for (Element s : set) {
                if (s == p) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words of text a reader wrote or sees as content: forms, scripts and buttons excluded. */
    private static int readerWords(Element container) {
        int[] words = {0};
        container.traverse(new NodeVisitor() {
            int skip;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element el && skipped(el.normalName())) {
                    skip++;
                } else if (skip == 0 && node instanceof TextNode t) {
                    // jsoup's text() only turns space runs into one space unless a soft hyphen or zero-width space
                    // joins two words: count the raw text then, without building the normalised copy
                    String w = t.getWholeText();
                    words[0] += Texts.wordCount(w.indexOf('\u00ad') < 0 && w.indexOf('\u200b') < 0 ? w : t.text());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && skipped(el.normalName())) {
                    skip--;
                }
            }
        });
        return words[0];
    }

    private static boolean skipped(String tag) {
        return switch (tag) {
            case "form", "script", "style", "textarea", "button", "label", "select", "noscript", "nav" -> true;
            default -> false;
        };
    }

    /** Whether a line says the page has no comments or takes none ("Comments are closed", "No comments yet"). */
    static boolean saysNone(String line) {
        return NO_COMMENTS.matcher(line).find();
    }

    static CommentSection text(String raw, int n, boolean threadSeen) {
        Seen seen = new Seen();
        for (String line : raw.split("\\R")) {
            String s = line.strip();
            if (s.isEmpty() || s.length() > 120) {
                continue;
            }
            Matcher e = TEXT_EMBED.matcher(s);
            if (e.find() && seen.embed == null) {
                Matcher name = TEXT_EMBED_NAME.matcher(s);
                seen.embed = name.find() ? capital(name.group(1)) : "an embedded comment system";
                seen.embedWhere = "\"" + head(s, 60) + "\"";
            }
            Matcher d = TEXT_DECLARED.matcher(s);
            if (d.matches()) {
                int c = parse(d.group(1) != null ? d.group(1) : d.group(2));
                seen.declared = Math.max(seen.declared, c);
            }
            if (NO_COMMENTS.matcher(s).find()) {
                seen.saysNone = true;
            }
            if (MORE.matcher(s).matches()) {
                seen.saysMore = true;
            }
            if (CommentRecords.memberFieldLine(s)) {
                // a forum's user cell as a dump prints it ("Posts: 20", "Сообщения: 20", "Beiträge: 20"), once a post
                seen.records++;
                seen.recordWhere = seen.recordWhere != null ? seen.recordWhere : "user cells like \"" + head(s, 40) + "\" in the text";
            }
        }
        CommentSection judged = judge(seen, n);
        if (n == 0 && judged.status() == CommentSection.Status.NONE && threadSeen && !seen.saysNone && !DumpCommentForms.formOnly(raw)) {
            // (the dated reply-action lines, where the dump has them, say more of what was seen than the section alone)
            String unread = UnreadSections.text(raw);
            return CommentSection.unparsed(0, unread != null ? unread : "a comment section was seen in the text but not turned into comments");
        }
        if (n == 0 && judged.status() == CommentSection.Status.NONE && !seen.saysNone) {
            String heads = datedHeads(raw);
            if (heads != null) {
                return CommentSection.unparsed(0, heads + " were not turned into comments: layout not understood");
            }
            String unread = UnreadSections.text(raw);
            if (unread != null) {
                return CommentSection.unparsed(0, unread);
            }
        }
        return judged;
    }

    private static final Pattern CALENDAR_WORD = Pattern.compile(
            "(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?$|^(?:at|on|by|am|pm|the|of|-|\\||·|•)$");

    /**
     * Three or more short dated lines, each over a paragraph of prose, that share the same field words ("24 有用 name
     * 看过 2026-11-24 英国", "name says: date"): comment heads, one a comment, in a layout no reader understood. A
     * list of dated headlines shares at most the calendar words, and the lines of a story carry no date.
     */
    static String datedHeads(String raw) {
        List<String> lines = raw.lines().map(String::strip).toList();
        List<java.util.Set<String>> heads = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i);
            if (s.isEmpty() || s.length() > 100 || Texts.wordCount(s) > 12 || Dates.find(s) == null) {
                continue;
            }
            int j = i + 1;
            while (j < lines.size() && lines.get(j).isEmpty()) {
                j++;
            }
            StringBuilder para = new StringBuilder();
            for (; j < lines.size() && !lines.get(j).isEmpty() && para.length() < 400; j++) {
                para.append(lines.get(j)).append(' ');
            }
            if (Texts.wordCount(para.toString()) < 12 || para.indexOf(". ") < 0 && para.indexOf("。") < 0) {
                continue;
            }
            java.util.Set<String> words = new java.util.HashSet<>();
            for (String w : SPACES.split(s)) {
                if (!w.isEmpty() && w.chars().noneMatch(Character::isDigit) && !CALENDAR_WORD.matcher(w).matches()) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
            heads.add(words);
        }
        if (heads.size() < 3) {
            return null;
        }
        java.util.Map<String, Integer> seenIn = new java.util.HashMap<>();
        for (java.util.Set<String> h : heads) {
            for (String w : h) {
                seenIn.merge(w, 1, Integer::sum);
            }
        }
        List<String> shared = new ArrayList<>();
        for (var e : seenIn.entrySet()) {
            if (e.getValue() >= 3 && e.getValue() * 3 >= heads.size() * 2) {
                shared.add(e.getKey());
            }
        }
        if (shared.size() < 2) {
            return null;
        }
        java.util.Collections.sort(shared);
        return heads.size() + " dated heads over paragraphs that share the words \"" + String.join(" ", shared) + "\"";
    }

    private static String capital(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT);
    }

    private static int parse(String digits) {
        try {
            return Integer.parseInt(digits.replace(",", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String head(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static String describe(Element e) {
        StringBuilder b = new StringBuilder(e.normalName());
        if (!e.id().isEmpty()) {
            b.append('#').append(head(e.id(), 40));
        } else if (!e.className().isBlank()) {
            b.append('.').append(head(e.className().strip().split("\\s+")[0], 40));
        }
        return b.toString();
    }
}
