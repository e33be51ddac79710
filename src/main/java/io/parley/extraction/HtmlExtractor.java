package io.parley.extraction;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML pages: DOM blocks labelled article / comment / boilerplate by the learned {@link BlockModel}, then
 * the article assembled (title, byline, date) and comment blocks grouped into comments by the repeated
 * element that holds each one, nested by DOM containment.
 */
final class HtmlExtractor {

    private static final Pattern BYLINE = ArticleBlocks.BYLINE;
    private static final Set<String> AUTHOR_TOKENS = Set.of("author", "name", "fn", "user", "username", "nick",
            "nickname", "commenter", "poster", "vcard", "cite");
    private static final Set<String> TIME_TOKENS = Set.of("date", "time", "timestamp", "published", "posted", "when");
    private static final Set<String> ITEM_TAGS = Set.of("li", "div", "article", "section", "dl", "table", "tr");
    // Squashed text still keeps runs of U+000B, which \s matches and Texts.squash leaves: \s*+ takes such a run
    // once (what follows could not start inside it anyway), where \s* tried every split of it for each date length.
    private static final Pattern META_LINE = Pattern.compile(
            "(?i)^(?:posted |written |comment )?by\\s+(.{1,40}?)\\s+(?:on|at|\\||-|\\u2014)\\s+(.{6,40}?)\\s*+(?:[.|]\\s*(?:reply|#|permalink|report|link|quote)\\b.*|[.#]?\\s*)$");
    /** \d is ASCII digits only, as in the pattern String.replaceAll compiled here before. */
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    // Both only tried where a run of spaces starts (the leftmost match starts there anyway): from every position
    // inside a long run the engine would rescan the rest of it.
    private static final Pattern LEADING_TITLE_SPLIT = Pattern.compile("(?<!\\s)\\s+(?:[|\\u2013\\u2014:»-]|::)\\s+");
    private static final Pattern SAYS_SUFFIX = Pattern.compile("(?i)(?<!\\s)\\s+(says|said|wrote):?$");

    private final BlockModel model;

    HtmlExtractor(BlockModel model) {
        this.model = model;
    }

    ExtractedPage extract(String html, Deadline deadline) {
        Document doc = parse(html);
        deadline.checkNow();
        List<HtmlBlocks.Block> blocks = HtmlBlocks.of(doc.body() == null ? doc : doc.body(), deadline);
        deadline.checkNow();
        List<String> labels = model.label(blocks);
        deadline.checkNow();
        return assemble(doc, blocks, labels, deadline);
    }

    static Document parse(String html) {
        // Bounded error tracking; jsoup's tree builder is iterative, so deep nesting costs memory, not stack.
        return Jsoup.parse(html, "", Parser.htmlParser());
    }

    /** "From: Name <address>" on a line of its own: a mail message's header. */
    static final java.util.regex.Pattern MAIL_FROM = java.util.regex.Pattern.compile(
            "(?m)^From:[ \\t]+[^\\n<>]{1,80}<[^\\s<>@]+@[^\\s<>]+>[ \\t]*$");

    /** Comments of a pre holding three or more mail messages (their own headers), read as a text dump; else none. */
    private static List<ExtractedComment> preformattedThread(Document doc, Deadline deadline) {
        for (org.jsoup.nodes.Element pre : doc.getElementsByTag("pre")) {
            String text = pre.wholeText();
            java.util.regex.Matcher m = MAIL_FROM.matcher(text);
            int headers = 0;
            while (headers < 3 && m.find()) {
                headers++;
            }
            if (headers < 3) {
                continue;
            }
            List<ExtractedComment> found = DumpThreads.read(text.lines().toList(), deadline).comments();
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    ExtractedPage assemble(Document doc, List<HtmlBlocks.Block> blocks, List<String> labels, Deadline deadline) {
        List<String> paragraphs = new ArrayList<>();
        List<String> boilerplate = new ArrayList<>();
        List<HtmlBlocks.Block> commentBlocks = new ArrayList<>();
        Map<String, String> meta = meta(doc);
        String pageTitle = meta.getOrDefault("og:title", doc.title());
        labels = ArticleBlocks.refine(blocks, labels, pageTitle);
        int headline = ArticleBlocks.headline(blocks, labels, pageTitle);
        String title = null;
        String byline = null;
        for (int i = 0; i < blocks.size(); i++) {
            HtmlBlocks.Block b = blocks.get(i);
            String label = labels.get(i);
            if (i == headline) {
                // the page's headline, where or however the model labelled it: what came before it is not the story
                title = b.text;
                if (paragraphs.size() <= 2) {
                    paragraphs.clear();
                }
                continue;
            }
            if (BlockFeatures.ARTICLE.equals(label)) {
                String tag = b.owner.normalName();
                // A subhead (h3) after the lead is no headline, and the lead stays.
                if (title == null && headline < 0 && (paragraphs.size() <= 2 && heading(tag, '2') || paragraphs.isEmpty() && heading(tag, '3'))) {
                    title = b.text;
                    paragraphs.clear();
                    continue;
                }
                if (byline == null && b.words <= 12 && BYLINE.matcher(b.text).matches()) {
                    byline = b.text;
                    continue;
                }
                paragraphs.add(b.text);
            } else if (BlockFeatures.COMMENT.equals(label)) {
                commentBlocks.add(b);
            } else {
                boilerplate.add(b.text);
            }
        }
        if (paragraphs.isEmpty()) {
            // The classifier found no story (a tiny or unusual page): keep the prose it has rather than nothing.
            boilerplate.clear();
            for (int i = 0; i < blocks.size(); i++) {
                HtmlBlocks.Block b = blocks.get(i);
                if (BlockFeatures.COMMENT.equals(labels.get(i))) {
                    continue;
                }
                if (title == null && heading(b.owner.normalName(), '3')) {
                    title = b.text;
                } else if (b.words >= 8 && b.linkDensity() < 0.3) {
                    paragraphs.add(b.text);
                } else {
                    boilerplate.add(b.text);
                }
            }
        }
        if (title == null) {
            title = headTitle(doc, meta);
        }
        List<String> articleKeys = paragraphs.stream().map(Texts::key).toList();
        int blockWords = 0;
        for (HtmlBlocks.Block b : commentBlocks) {
            blockWords += b.words;
        }
        List<ExtractedComment> records = CommentRecords.find(doc.body() == null ? doc : doc.body(), articleKeys, deadline,
                blockWords);
        deadline.checkNow();
        if (records.isEmpty() && blockWords == 0) {
            // no record markup at all: comments may still be signed at their end (wiki talk pages)
            records = SignedComments.find(doc.body() == null ? doc : doc.body());
        }
        if (records.size() < MIN_PAIRED) {
            // comments with no element of their own: a body, then its "Posted by: X at <date>" line, under one parent
            List<ExtractedComment> pairs = BylinePairs.find(doc.body() == null ? doc : doc.body());
            records = pairs.size() > records.size() ? pairs : records;
        }
        if (records.size() < MIN_PAIRED) {
            // one-line records (a BBS's push lines, "推 id: words  IP 11/25 15:08"): each line a comment
            Element body = doc.body() == null ? doc : doc.body();
            List<ExtractedComment> lines = LineRecords.read(body, FetchClock.get());
            if (lines.size() > records.size()) {
                records = lines;
                // (the block model ran the lines into the story: a paragraph that holds one's words is that line)
                List<String> keys = lines.stream().map(c -> Texts.key(c.text())).filter(k -> k.length() >= 8).toList();
                paragraphs = new ArrayList<>(paragraphs.stream().filter(p -> keys.stream().noneMatch(Texts.key(p)::contains)).toList());
                ExtractedComment opening = LineRecords.opening(body);
                if (opening != null) {
                    // the article the lines answer, a BBS thread's opening post: the first post, and the story
                    records = new ArrayList<>(lines);
                    records.add(0, opening);
                    paragraphs = new ArrayList<>(List.of(opening.text().split("\n\n")));
                }
            }
        }
        List<ExtractedComment> comments;
        if (liveBlog(doc, records)) {
            // a live blog's entries are the newsroom's story in parts, not readers' comments
            paragraphs = liveBlogStory(doc, paragraphs, records);
            comments = List.of();
        } else if (!records.isEmpty()) {
            // Records carry authors, times and the reply structure; the words are the same ones the blocks hold.
            comments = records;
            paragraphs = withoutComments(paragraphs, records);
        } else {
            comments = comments(commentBlocks, paragraphs, deadline);
        }
        if (comments.isEmpty()) {
            // A mail archive or digest prints its messages as plain text in one pre: read it as the text dump it is.
            List<ExtractedComment> mail = preformattedThread(doc, deadline);
            if (!mail.isEmpty()) {
                comments = mail;
                paragraphs = withoutComments(paragraphs, mail);
            }
        }
        comments = RepeatedPosts.apply(ColonLeads.apply(ActionOnlyRecords.drop(CommentEchoes.drop(Bylines.repair(comments)))));
        String language = TextExtractor.language(title, paragraphs);
        ExtractedArticle article = new ExtractedArticle(title, byline, published(doc, meta, blocks), List.copyOf(paragraphs),
                language);
        return new ExtractedPage(article, comments, boilerplate, CommentSections.html(doc, comments));
    }

    /** Below this many records, comments set as body-then-byline pairs are looked for as well. */
    private static final int MIN_PAIRED = 3;

    /**
     * The story without paragraphs that are some record's words (a forum's posts the block model took for the
     * story); the first record may stay the story when nothing else is left, as a forum's opening post does.
     */
    private static final Pattern LIVE_BLOG = Pattern.compile("LiveBlogPosting");

    /**
     * Records that are a live blog's entries: one writer's flat series of posts, each a titled update (a heading in
     * the record, which comment systems do not give a reader), or one writer's series on a page marked as a
     * schema.org LiveBlogPosting. Readers' comments come from many people.
     */
    static boolean liveBlog(Document doc, List<ExtractedComment> records) {
        if (records.size() < 3) {
            return false;
        }
        String author = records.get(0).author();
        int titled = 0;
        for (ExtractedComment c : records) {
            if (author == null || !author.equals(c.author()) || c.parentId() != null) {
                return false;
            }
            if (entryTitle(doc, c) != null) {
                titled++;
            }
        }
        if (titled == records.size()) {
            return true;
        }
        for (Element e : doc.select("script[type=application/ld+json], [itemtype]")) {
            String t = e.normalName().equals("script") ? e.data() : e.attr("itemtype");
            if (LIVE_BLOG.matcher(t).find()) {
                return true;
            }
        }
        return false;
    }

    /** The heading of a record's element (found by the record's id), when it has one that is not its author's name. */
    private static String entryTitle(Document doc, ExtractedComment c) {
        Element e = c.id() == null || c.id().isEmpty() ? null : doc.getElementById(c.id());
        Element h = e == null ? null : e.selectFirst("h1, h2, h3, h4");
        if (h == null) {
            return null;
        }
        String t = Texts.squash(h.text()).strip();
        return t.isEmpty() || t.contains(c.author()) || Texts.wordCount(t) > 20 ? null : t;
    }

    /** The story of a live blog: what the page says before the entries (its summary), then every entry in order. */
    private static List<String> liveBlogStory(Document doc, List<String> paragraphs, List<ExtractedComment> records) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        List<String> entries = new ArrayList<>();
        for (ExtractedComment c : records) {
            String title = entryTitle(doc, c);
            if (title != null) {
                entries.add(title);
                keys.add(Texts.key(title));
            }
            for (String p : c.text().split("\n\n")) {
                if (!p.isBlank()) {
                    entries.add(p.strip());
                    keys.add(Texts.key(p));
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            if (!keys.contains(Texts.key(p))) {
                out.add(p);
            }
        }
        out.addAll(entries);
        return out;
    }

    private static List<String> withoutComments(List<String> paragraphs, List<ExtractedComment> records) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int i = 1; i < records.size(); i++) {
            for (String p : records.get(i).text().split("\n\n")) {
                keys.add(Texts.key(p));
            }
        }
        List<String> kept = new ArrayList<>();
        for (String p : paragraphs) {
            if (!keys.contains(Texts.key(p))) {
                kept.add(p);
            }
        }
        if (kept.isEmpty()) {
            return paragraphs;
        }
        // the first record is a reader's comment, not a forum's opening post, when a story of full paragraphs twice
        // its length comes before it (a flat comment list right under the story, which the block model ran on into)
        // (the record's own run of paragraphs, from its first one on: a comment quoting a line of the story leaves it)
        String[] own = records.get(0).text().split("\n\n");
        java.util.Set<String> first = new java.util.HashSet<>();
        int firstWords = 0;
        for (String p : own) {
            first.add(Texts.key(p));
            firstWords += Texts.wordCount(p);
        }
        String opening = Texts.key(own[0]);
        int start = -1;
        int storyWords = 0;
        for (int i = 0; i < kept.size(); i++) {
            String k = Texts.key(kept.get(i));
            if (k.equals(opening)) {
                start = i;
                break;
            }
            int w = Texts.wordCount(kept.get(i));
            storyWords += w >= 12 && !first.contains(k) ? w : 0;
        }
        if (start < 0 || opening.isEmpty() || storyWords < Math.max(40, 2 * firstWords)) {
            return kept;
        }
        int end = start;
        while (end < kept.size() && first.contains(Texts.key(kept.get(end)))) {
            end++;
        }
        List<String> story = new ArrayList<>(kept.subList(0, start));
        story.addAll(kept.subList(end, kept.size()));
        return story;
    }

    private static String headTitle(Document doc, Map<String, String> meta) {
        String t = Texts.squash(meta.getOrDefault("og:title", doc.title()));
        if (t.isEmpty()) {
            return null;
        }
        // "Story title | Site name": keep the longest part, which is the story.
        String best = t;
        String[] parts = LEADING_TITLE_SPLIT.split(t);
        if (parts.length > 1) {
            best = parts[0];
            for (String p : parts) {
                if (p.length() > best.length()) {
                    best = p;
                }
            }
        }
        return best.strip();
    }

    /** Head metadata by property / name / itemprop, read in one pass. */
    private static Map<String, String> meta(Document doc) {
        Map<String, String> out = new HashMap<>();
        Element head = doc.head();
        if (head == null) {
            return out;
        }
        for (Element m : head.getElementsByTag("meta")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            String content = m.attr("content");
            if (!key.isEmpty() && !content.isBlank()) {
                out.putIfAbsent(key.toLowerCase(java.util.Locale.ROOT), content.strip());
            }
        }
        return out;
    }

    private static String published(Document doc, Map<String, String> meta, List<HtmlBlocks.Block> blocks) {
        for (String key : List.of("article:published_time", "datepublished", "date", "pubdate", "dc.date.issued")) {
            if (meta.containsKey(key)) {
                return meta.get(key);
            }
        }
        // A <time datetime> owning or beside one of the first blocks, without another walk over the whole page.
        for (HtmlBlocks.Block b : blocks.subList(0, Math.min(blocks.size(), 200))) {
            Element e = b.owner;
            if (e.normalName().equals("time") && e.hasAttr("datetime")) {
                return e.attr("datetime").strip();
            }
            if (!CommentRecords.elementChildren(e, 20)) {
                for (Element child : e.children()) {
                    if (child.normalName().equals("time") && child.hasAttr("datetime")) {
                        return child.attr("datetime").strip();
                    }
                }
            }
        }
        return null;
    }

    /**
     * Groups comment blocks by their comment element: the lowest ancestor that repeats among its
     * siblings (same tag and class) — the shape every comment system renders a list of comments in.
     */
    private List<ExtractedComment> comments(List<HtmlBlocks.Block> blocks, List<String> article, Deadline deadline) {
        if (blocks.isEmpty()) {
            return List.of();
        }
        Map<Element, Element> itemOf = new IdentityHashMap<>();
        java.util.Set<String> itemSignatures = new java.util.HashSet<>();
        for (HtmlBlocks.Block b : blocks) {
            deadline.check();
            Element item = itemOf.computeIfAbsent(b.owner, HtmlExtractor::commentItem);
            if (item != null) {
                itemSignatures.add(signature(item));
            }
        }
        // A lone reply has no sibling of its kind, but it has the signature of the comments around it.
        Map<Element, List<HtmlBlocks.Block>> byItem = new LinkedHashMap<>();
        for (HtmlBlocks.Block b : blocks) {
            deadline.check();
            Element item = itemOf.get(b.owner);
            int level = 0;
            for (Element e = b.owner; e != null && e != item && level < 8; e = e.parent(), level++) {
                if (ITEM_TAGS.contains(e.normalName()) && itemSignatures.contains(signature(e))) {
                    item = e;
                    break;
                }
            }
            byItem.computeIfAbsent(item == null ? b.owner : item, k -> new ArrayList<>()).add(b);
        }
        List<String> articleKeys = article.stream().map(Texts::key).toList();
        Map<Element, String> ids = new IdentityHashMap<>();
        Map<String, Integer> depthOf = new HashMap<>();
        List<ExtractedComment> out = new ArrayList<>();
        for (Map.Entry<Element, List<HtmlBlocks.Block>> e : byItem.entrySet()) {
            Element item = e.getKey();
            String parentId = null;
            for (Element a = item.parent(); a != null; a = a.parent()) {
                if (ids.containsKey(a)) {
                    parentId = ids.get(a);
                    break;
                }
            }
            String id = sourceId(item, out.size() + 1);
            while (depthOf.containsKey(id)) {
                id = id + "_";
            }
            ids.put(item, id);
            int depth = parentId == null ? 0 : depthOf.get(parentId) + 1;
            depthOf.put(id, depth);
            String author = null;
            String posted = null;
            List<String> own = new ArrayList<>();
            List<Quote> quotes = new ArrayList<>();
            for (HtmlBlocks.Block b : e.getValue()) {
                Element metaEl = metaAncestor(b.owner, item);
                Matcher line = b.words <= 20 ? META_LINE.matcher(b.text) : null;
                if (line != null && line.matches()) {
                    // "by james on January 31, 2011 at 9:59 am. Reply": the page shows it, so the text keeps it;
                    // author and time are also read out of it.
                    if (author == null) {
                        author = line.group(1).strip();
                    }
                    if (posted == null) {
                        posted = Dates.iso(line.group(2));
                    }
                    own.add(b.text);
                    continue;
                }
                if (metaEl != null && author == null && b.words <= 6 && !timeLike(metaEl)) {
                    author = SAYS_SUFFIX.matcher(b.text).replaceFirst("");
                    continue;
                }
                if (metaEl != null && posted == null && timeLike(metaEl) && b.words <= 12) {
                    Element t = metaEl.selectFirst("time[datetime]");
                    posted = t != null ? t.attr("datetime") : Dates.iso(b.text);
                    if (t != null || posted != null) {
                        continue;
                    }
                }
                if (insideBlockquote(b.owner, item)) {
                    quotes.add(new Quote(b.text, Texts.paragraphContaining(articleKeys, b.text), null));
                    continue;
                }
                own.add(b.text);
            }
            if (author == null) {
                // The meta line may have been dropped as boilerplate; it still names the author.
                int seen = 0;
                for (Element m : item.getAllElements()) {
                    if (++seen > 60 || author != null) {
                        break;
                    }
                    if (m.className().contains("meta") || m.className().contains("info") || m.className().contains("byline")) {
                        Matcher line = META_LINE.matcher(Texts.squash(m.text()));
                        if (line.matches()) {
                            author = line.group(1).strip();
                            posted = posted == null ? Dates.iso(line.group(2)) : posted;
                        }
                    }
                }
            }
            if (author == null) {
                Element a = item.selectFirst("[itemprop=author], .author, .comment-author, cite, .fn");
                if (a != null && Texts.wordCount(a.text()) <= 6) {
                    author = SAYS_SUFFIX.matcher(Texts.squash(a.text())).replaceFirst("");
                    if (author.isEmpty()) {
                        author = null;
                    }
                }
            }
            if (author == null) {
                author = avatarLinkName(item);
            }
            if (own.isEmpty() && quotes.isEmpty()) {
                continue;
            }
            if (own.isEmpty() && quotes.size() == 1) {
                // an item whose only words are one quote box ("X reblogged this from Y and added:" over a blockquote
                // of X's words): what the commenter says, no one else's words quoted
                own.add(quotes.get(0).text());
                quotes = new ArrayList<>();
            }
            out.add(new ExtractedComment(id, parentId, author, posted, null, String.join("\n\n", own), quotes, depth));
        }
        return withoutUnsignedScraps(out);
    }

    /**
     * The commenter's name where nothing names it a name: the words of a link to the very address the item's avatar
     * image links to (a profile or home page, linked twice: the picture and the name), a few words long; else null.
     */
    private static String avatarLinkName(Element item) {
        // (one lazy walk of the item's first 300 elements: a comment's box, not a page, holds its avatar and name)
        List<Element> links = new ArrayList<>();
        String href = null;
        Element avatar = null;
        int seen = 0;
        for (java.util.Iterator<Element> it = item.stream().iterator(); it.hasNext() && ++seen <= 300; ) {
            Element e = it.next();
            if (e.normalName().equals("a") && e.hasAttr("href")) {
                links.add(e);
            } else if (avatar == null && e.normalName().equals("img") && e.parent() != null && e.parent().normalName().equals("a")
                    && e.parent().hasAttr("href")) {
                avatar = e.parent();
                href = avatar.attr("href");
            }
        }
        if (avatar == null) {
            return null;
        }
        for (Element a : links) {
            if (a != avatar && a.attr("href").equals(href) && a.selectFirst("img") == null) {
                String name = Texts.squash(a.text());
                int words = Texts.wordCount(name);
                return words >= 1 && words <= 4 && name.length() <= 40 ? name : null;
            }
        }
        return null;
    }

    /**
     * Where nearly every comment the blocks gave is signed, a box of a few words with no author, no time and no
     * parent is a widget's title the block model took along ("TWITTER" over a sidebar's tweet), not a comment: a
     * reader's one-word comment still carries its name.
     */
    private static List<ExtractedComment> withoutUnsignedScraps(List<ExtractedComment> out) {
        long signed = out.stream().filter(c -> c.author() != null).count();
        if (signed < 3 || signed < 0.75 * (out.size() - 1) || signed == out.size()) {
            return out;
        }
        java.util.Set<String> parents = new java.util.HashSet<>();
        for (ExtractedComment c : out) {
            if (c.parentId() != null) {
                parents.add(c.parentId());
            }
        }
        List<ExtractedComment> kept = new ArrayList<>(out.size());
        for (ExtractedComment c : out) {
            boolean scrap = c.author() == null && c.postedAt() == null && c.parentId() == null && !parents.contains(c.id())
                    && c.quotes().isEmpty() && Texts.wordCount(c.text()) <= 3;
            if (!scrap) {
                kept.add(c);
            }
        }
        return kept;
    }

    private static String sourceId(Element item, int ordinal) {
        String id = item.id();
        if (!id.isBlank() && id.length() <= 64) {
            return id;
        }
        String data = item.attr("data-comment-id");
        if (!data.isBlank() && data.length() <= 64) {
            return data;
        }
        return "c" + ordinal;
    }

    private static boolean insideBlockquote(Element owner, Element item) {
        for (Element e = owner; e != null && e != item; e = e.parent()) {
            if (e.normalName().equals("blockquote") || e.normalName().equals("q")) {
                return true;
            }
        }
        return false;
    }

    private static Element metaAncestor(Element owner, Element item) {
        int level = 0;
        for (Element e = owner; e != null && e != item && level < 4; e = e.parent(), level++) {
            for (String t : BlockFeatures.classTokens(e)) {
                if (AUTHOR_TOKENS.contains(t) || TIME_TOKENS.contains(t) || t.equals("meta")) {
                    return e;
                }
            }
            if (e.normalName().equals("cite") || e.normalName().equals("time")) {
                return e;
            }
        }
        return null;
    }

    private static boolean timeLike(Element e) {
        if (e.normalName().equals("time")) {
            return true;
        }
        for (String t : BlockFeatures.classTokens(e)) {
            if (TIME_TOKENS.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** The lowest ancestor (within 8 levels) that has a sibling of the same tag and class. */
    private static Element commentItem(Element owner) {
        int level = 0;
        for (Element e = owner; e != null && e.parent() != null && level < 8; e = e.parent(), level++) {
            String tag = e.normalName();
            if (tag.equals("body") || tag.equals("html")) {
                return null;
            }
            if (tag.equals("p") || tag.equals("br") || heading(tag, '6')) {
                continue;
            }
            String sig = signature(e);
            int same = 0;
            for (Element sib : e.parent().children()) {
                if (sib != e && sib.normalName().equals(tag) && signature(sib).equals(sig)) {
                    same++;
                    break;
                }
            }
            if (same > 0 && ITEM_TAGS.contains(tag)) {
                return e;
            }
        }
        return null;
    }

    private static String signature(Element e) {
        StringBuilder b = new StringBuilder(e.normalName());
        // The first class only: later ones flip per item (odd/even, depth-2, byuser) in comment lists.
        String cls = e.className().strip();
        int space = cls.indexOf(' ');
        String first = space < 0 ? cls : cls.substring(0, space);
        b.append('.').append(hasAsciiDigit(first) ? DIGITS.matcher(first).replaceAll("#") : first);
        return b.toString();
    }

    private static boolean hasAsciiDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** {@code tag.matches("h[1-max]")}, without compiling a pattern per call. */
    private static boolean heading(String tag, char max) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= max;
    }
}
