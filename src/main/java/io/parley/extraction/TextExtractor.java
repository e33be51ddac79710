package io.parley.extraction;

import io.parley.classification.text.OpenNlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-text dumps (copy-paste, scrapers, PDF exports): reflows hard-wrapped lines, drops junk lines
 * (tracking-pixel labels, repeated captions, copyright lines, trailing navigation), finds title and
 * date, then reads a comment thread written as text: numbered top-level comments, bullets for replies
 * (nesting by indentation), "Liked by N people" counters, "Reply from NAME:" / "I replied to NAME:"
 * headers of copied exchanges, and quotes of the article or of earlier comments.
 */
final class TextExtractor {

    private static final Pattern MONTH_DATE = Pattern.compile(
            "(?i)^(January|February|March|April|May|June|July|August|September|October|November|December|"
                    + "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.? (\\d{1,2}),? (\\d{4})$");
    private static final Pattern DAY_MONTH_DATE = Pattern.compile(
            "(?i)^(\\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)"
                    + ",? (\\d{4})$");
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:[T ][0-9:.]+Z?)?$");
    private static final Pattern DATE_PREFIX = Pattern.compile("(?i)^(?:date|published|posted)[: ]+(\\d{4}-\\d{2}-\\d{2})\\s+");
    // The look-ahead first: a line holding a character '.' does not match (U+2028) can never match, and without
    // it the engine retries the rest of the line after every "cookie" in it, which is quadratic in its length.
    private static final Pattern JUNK = Pattern.compile("(?i)^(?=.*+\\z)(?:(?:facebook|meta|twitter|linkedin|google|tiktok)"
            + " (?:pixel|analytics|tag manager)|advertisement|sponsored( content)?|share( this( article)?)?|"
            + "subscribe.*|sign up.*|.*cookies?.*|read more|related( articles| stories| news)?|all news|more news|"
            + "skip to (main )?content|print|email|tweet|menu|search|log ?in|sign in)$");
    // The possessive \s*+ and \s++ here and below give the same matches (what follows takes spaces too), but a
    // long run of spaces before a character '.' does not match is given up once, not once per space.
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(?:\\(c\\)|©|copyright\\b)\\s*+.*");
    // "Jane Roe / Reuters / Getty" only tried where a token starts: from inside one, the engine would rescan
    // the rest of it, quadratic in the length of a long token (a page of one 60,000-letter word took a minute).
    private static final Pattern CAPTION = Pattern.compile(
            "(?i)(\\bphoto(graph)?:|\\bphoto by\\b|\\bimage:|\\bcredit:|getty images|(?<!\\S)\\S+ / \\S+ / \\S+)");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:By|BY|by) ([A-Z][\\p{L}.'-]+(?: [A-Z][\\p{L}.'-]+){0,3}(?:(?:,| and) [A-Z][\\p{L}.'-]+(?: [A-Z][\\p{L}.'-]+){0,3})*)$");
    private static final Pattern BULLET_PARAGRAPH = Pattern.compile("^[\\u2013\\u2014\\u2022*-]\\s+");
    private static final Pattern QUOTE_LABEL = Pattern.compile("^Quote(?=[\"\\u201c])");

    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})[.)]\\s++(.*)$");
    private static final Pattern REPLY_BULLET = Pattern.compile("^[\\u2022\\u25e6\\u25aa\\u2023\\u25cf\\u25cb]\\s*+(.*)$");
    private static final Pattern LIKES = Pattern.compile(
            "(?i)^(?:liked by (\\d+) (?:people|persons?)|(\\d+) (?:likes?|people like this|upvotes?|points?)|like \\((\\d+)\\))$");
    private static final Pattern ACTION = Pattern.compile("(?i)^(?:reply|report|like|share|flag|permalink)$");
    // (.*\S) finds the same name as a lazy (.+?) would, in one pass over a long run of spaces instead of one per space.
    private static final Pattern NAME_AT_PARENT = Pattern.compile("^(\\S(?:.*\\S)?)\\s+@(\\S+)$");
    private static final Pattern REPLY_FROM = Pattern.compile("(?i)^reply from (.*\\S)\\s*:$");
    private static final Pattern OWN_REPLY = Pattern.compile(
            "(?i)^(?:i replied to|another reply of mine to|my reply to|i answered|i wrote to) (.*\\S)\\s*:$");
    private static final Pattern SAYS = Pattern.compile("^(\\p{Lu}[\\p{L}.' -]{1,40}?) (?:says|said|wrote)\\s*:?$");
    private static final Pattern QUOTED_NAME = Pattern.compile(
            "[\\u201c\"](\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+){0,3})[.,]?[\\u201d\"]");
    /** No opening mark inside: from each of many opening marks the search would scan the rest of the line again. */
    private static final Pattern HEADER_NAME = Pattern.compile("[\\u201c\"]([^\\u201c\\u201d\"]+)[\\u201d\"]");
    /** Bylines are a few names; the regex recurses per name, so a long paragraph could overflow the stack. */
    private static final int BYLINE_MAX_WORDS = 40;
    /** The words a comment section's heading is made of: "Comments", "12 comments", "Reader comments (4):". */
    private static final String HEADING_WORDS = "comments?|reader comments|responses?";
    private static final Pattern COMMENTS_HEADER = Pattern.compile("(?i)^(?:\\d+ )?(?:" + HEADING_WORDS + ")(?: \\(\\d+\\))?:?$");

    /**
     * Five words ending a sentence on a letter: "the questions 2." (a numbered list run together) is not one, nor a
     * newsletter's four-word tag line ("Seafront news before breakfast.").
     */
    private static final Pattern SENTENCE = Pattern.compile("(?:\\p{L}[\\p{L}'’,-]*+\\h++){4}\\p{L}[\\p{L}'’-]*+[)\"”]?[.!?](?:\\s|$)");
    /** The heading of a comment section, also when script fills it and the dump shows the heading alone. */
    private static final Pattern SECTION_HEADING = Pattern.compile(
            "(?i)^(?:\\d+ )?(?:" + HEADING_WORDS + "|discussion|join the (?:conversation|discussion))(?: \\(\\d+\\))?:?$");

    private final Deadline deadline;
    private final LineModel lines;

    TextExtractor(Deadline deadline) {
        this(deadline, null);
    }

    TextExtractor(Deadline deadline, LineModel lines) {
        this.deadline = deadline;
        this.lines = lines;
    }

    /** A physical line: its indentation and its text without surrounding blanks. */
    private record Line(int indent, String text) {
        boolean blank() {
            return text.isEmpty();
        }
    }

    ExtractedPage extract(String raw) {
        List<Line> lines = lines(raw);
        deadline.checkNow();
        DumpThreads.Result records = DumpThreads.read(lines.stream().map(l -> " ".repeat(l.indent) + l.text).toList(), deadline);
        if (!records.comments().isEmpty() && records.comments().stream().anyMatch(TextExtractor::hasSentence)) {
            return fromRecords(raw, lines, records);
        }
        DumpThreads.Result pushes = DumpPushLines.read(lines.stream().map(l -> l.text).toList());
        if (pushes != null && pushes.comments().stream().anyMatch(TextExtractor::hasSentence)) {
            // one-line records ("推 id: words  IP 11/25 15:08", a BBS's pushes) under the thread's opening post
            return fromRecords(raw, lines, pushes);
        }
        DumpThreads.Result chat = DumpChatLines.read(lines.stream().map(l -> l.text).toList());
        if (chat != null) {
            // a chat log ("21/11/2026, 14:14 - Name: words", "14:14 <nick> words"): every line with a sender a message
            return fromRecords(raw, lines, chat);
        }
        // (no dated header line anywhere: a list of bulleted names over indented words, Disqus's server-side list)
        DumpThreads.Result bulleted = DumpBulletNames.read(lines.stream().map(l -> " ".repeat(l.indent) + l.text).toList());
        if (bulleted != null) {
            return fromRecords(raw, lines, bulleted);
        }
        List<ExtractedComment> signed = SignedComments.fromDump(raw.lines().toList());
        if (!signed.isEmpty()) {
            return fromSigned(raw, lines, signed);
        }
        int commentStart = commentStart(lines);
        deadline.checkNow();
        List<String> boilerplate = new ArrayList<>();
        boolean thread = commentStart < lines.size();
        List<String> modelComments = new ArrayList<>();
        ArticleParts art = article(lines.subList(0, commentStart), boilerplate, thread ? null : modelComments);
        deadline.checkNow();
        List<ExtractedComment> comments;
        if (thread) {
            comments = new ThreadReader(art.paragraphs, boilerplate).read(lines.subList(commentStart, lines.size()));
            deadline.checkNow();
            if (!comments.isEmpty() && comments.stream().noneMatch(TextExtractor::hasSentence)) {
                // Not one sentence among them: the "thread" is the page's link lists ("Most read", "More from ...")
                // under an empty comment heading, and a list of titles must never be classified as comments. The
                // section was seen only if a heading or an embed note names it.
                for (ExtractedComment c : comments) {
                    boilerplate.add(c.text());
                }
                comments = List.of();
                thread = lines.stream().anyMatch(l -> SECTION_HEADING.matcher(l.text).matches());
            }
            if (!comments.isEmpty() && comments.stream().allMatch(c -> c.author() == null && c.postedAt() == null)
                    && (comments.stream().anyMatch(c -> c.text().length() < 200 && CommentSections.saysNone(c.text()))
                    || lines.subList(commentStart, Math.min(lines.size(), commentStart + 6)).stream()
                    .anyMatch(l -> l.text.length() < 200 && CommentSections.saysNone(l.text)))) {
                // the section's own line says it is closed ("Comments on this article closed …"), and what follows it,
                // no name and no date among it, is the page's rails (readers quoted on other stories, link lists)
                for (ExtractedComment c : comments) {
                    boilerplate.add(c.text());
                }
                comments = List.of();
            }
        } else {
            // No textual thread markers: the line model's comment paragraphs, one comment each.
            comments = new ArrayList<>();
            for (String c : modelComments) {
                comments.add(new ExtractedComment("c" + (comments.size() + 1), null, null, null, null, c, List.of(), 0));
            }
        }
        String language = language(art.title, art.paragraphs);
        return new ExtractedPage(new ExtractedArticle(art.title, art.byline, art.published, art.paragraphs, language),
                DumpCommentNumbers.apply(Bylines.repair(DumpNameLines.apply(DumpUserBoxes.apply(comments)))), boilerplate, CommentSections.text(raw, comments.size(), thread || records.cues()));
    }

    /**
     * Whether a "comment" holds a sentence of its own: one about the comments ("34 readers have commented on this
     * story.") is the section's chrome, and a list of titles holds none.
     */
    static boolean hasSentence(ExtractedComment c) {
        // (with the quotes it opens with: "The mayor said ... May. I doubt that." keeps the article's sentence there)
        StringBuilder b = new StringBuilder(c.text());
        for (Quote q : c.quotes()) {
            b.append("\n\n").append(q.text());
        }
        if (DumpCjk.hasSentence(b)) {
            return true; // (Chinese, Japanese and Korean sentences have no spaces between their words)
        }
        Matcher m = SENTENCE.matcher(b);
        while (m.find()) {
            if (!m.group().toLowerCase(Locale.ROOT).contains("comment")) {
                return true;
            }
        }
        return false;
    }

    /** A dump of signed paragraphs (a wiki talk page): the article is what is not in a comment. */
    private ExtractedPage fromSigned(String raw, List<Line> lines, List<ExtractedComment> signed) {
        List<String> boilerplate = new ArrayList<>();
        ArticleParts art = article(lines, boilerplate, null);
        StringBuilder said = new StringBuilder();
        for (ExtractedComment c : signed) {
            said.append(Texts.key(c.text())).append('\n');
        }
        List<String> paragraphs = new ArrayList<>();
        for (String p : art.paragraphs) {
            String k = Texts.key(p);
            if (k.length() < 20 || said.indexOf(k.substring(0, Math.min(k.length(), 60))) < 0) {
                paragraphs.add(p);
            }
        }
        String language = language(art.title, paragraphs);
        return new ExtractedPage(new ExtractedArticle(art.title, art.byline, art.published, paragraphs, language),
                signed, boilerplate, CommentSections.text(raw, signed.size(), true));
    }

    /** A dump whose thread showed as repeated header records: the article is what comes before them. */
    private ExtractedPage fromRecords(String raw, List<Line> lines, DumpThreads.Result records) {
        List<String> boilerplate = new ArrayList<>();
        List<Line> before = lines.subList(0, records.start());
        int words = 0;
        for (Line l : before) {
            words += Texts.wordCount(l.text);
        }
        // Records ahead of the story (a dated list of other stories above it) leave the story after them.
        List<Line> outside = new ArrayList<>(before);
        if (words < 50) {
            outside.addAll(lines.subList(records.end(), lines.size()));
        }
        ArticleParts art = article(outside, boilerplate, null);
        deadline.checkNow();
        List<String> paragraphs = art.paragraphs;
        if (Texts.wordCount(String.join(" ", paragraphs)) < 20) {
            // A forum thread: the opening post is the article as well as the first comment.
            paragraphs = List.of(records.comments().get(0).text().split("\n\n"));
        }
        if (words >= 50) {
            for (Line l : lines.subList(records.end(), lines.size())) {
                if (!l.blank()) {
                    boilerplate.add(l.text);
                }
            }
        }
        String language = language(art.title, paragraphs);
        return new ExtractedPage(new ExtractedArticle(art.title, art.byline, art.published, paragraphs, language),
                DumpCommentNumbers.apply(Bylines.repair(DumpNameLines.apply(DumpUserBoxes.apply(records.comments())))), boilerplate, CommentSections.text(raw, records.comments().size(), true));
    }

    static String language(String title, List<String> paragraphs) {
        StringBuilder b = new StringBuilder();
        if (title != null) {
            b.append(title).append('\n');
        }
        for (String p : paragraphs) {
            if (b.length() > 600) {
                break;
            }
            b.append(p).append('\n');
        }
        if (Texts.wordCount(b.toString()) < 3) {
            return null;
        }
        // 600 characters identify the language as well as the whole text, at a fraction of the cost; English function
        // words settle English before the detector, for less again.
        String sample = b.length() > 600 ? b.substring(0, 600) : b.toString();
        return OpenNlp.plainlyEnglish(sample) ? "eng" : OpenNlp.language(sample).getLang();
    }

    private List<Line> lines(String raw) {
        String s = raw.replace("\r\n", "\n").replace('\r', '\n').replace("\t", "    ");
        List<Line> out = new ArrayList<>();
        for (String l : s.split("\n", -1)) {
            deadline.check();
            String clean = l.replace('\u00a0', ' ').replace('\u202f', ' ').replace("\ufeff", "");
            int indent = 0;
            while (indent < clean.length() && clean.charAt(indent) == ' ') {
                indent++;
            }
            out.add(new Line(indent, clean.strip()));
        }
        return out;
    }

    /** Index of the first line of the comment thread, or the number of lines when there is none. */
    private int commentStart(List<Line> lines) {
        int cues = 0;
        int[] cueAfter = new int[lines.size() + 1];
        for (int i = lines.size() - 1; i >= 0; i--) {
            deadline.check();
            String t = lines.get(i).text;
            if (LIKES.matcher(t).matches() || REPLY_BULLET.matcher(t).matches() || REPLY_FROM.matcher(t).matches()
                    || OWN_REPLY.matcher(t).matches()) {
                cues++;
            }
            cueAfter[i] = cues;
        }
        boolean seenText = false;
        for (int i = 0; i < lines.size(); i++) {
            deadline.check();
            String t = lines.get(i).text;
            if (seenText && COMMENTS_HEADER.matcher(t).matches() && cueAfter[i] > 0) {
                return i + 1;
            }
            Matcher m = NUMBERED.matcher(t);
            if (seenText && m.matches() && m.group(1).equals("1") && cueAfter[i] > 0 && previousIsBreak(lines, i)) {
                return i;
            }
            seenText |= !t.isEmpty();
        }
        return lines.size();
    }

    private static boolean previousIsBreak(List<Line> lines, int i) {
        return i == 0 || lines.get(i - 1).blank();
    }

    private record ArticleParts(String title, String byline, String published, List<String> paragraphs) {
    }

    private ArticleParts article(List<Line> lines, List<String> boilerplate, List<String> modelComments) {
        List<String> paras = reflowArticle(lines);
        deadline.checkNow();
        int index = -1;
        Map<String, Integer> seen = new HashMap<>();
        for (String p : paras) {
            seen.merge(Texts.key(p), 1, Integer::sum);
        }
        double[][] learned = this.lines == null || paras.isEmpty() ? null : this.lines.probabilities(paras);
        deadline.checkNow();
        int bodyStart = 0;
        int bodyEnd = paras.size() - 1;
        int titleCandidate = -1;
        if (learned != null) {
            bodyStart = -1;
            for (int i = 0; i < paras.size(); i++) {
                deadline.check();
                double[] pr = learned[i];
                boolean longText = Texts.wordCount(paras.get(i)) >= 12;
                if (bodyStart >= 0 && longText && pr[1] > pr[0] && pr[1] > pr[2] && i + 1 < paras.size()
                        && learned[i + 1][1] > learned[i + 1][0]) {
                    break; // two comment paragraphs in a row: the story is over, the comments have begun
                }
                if (pr[0] >= 0.5 && longText) {
                    bodyStart = bodyStart < 0 ? i : bodyStart;
                    bodyEnd = i;
                }
            }
            if (bodyStart < 0) {
                learned = null;
                bodyStart = 0;
            } else {
                for (int i = bodyStart - 1; i >= 0; i--) {
                    deadline.check();
                    String p = paras.get(i);
                    int words = Texts.wordCount(p);
                    boolean ruleDrops = words <= 8 && JUNK.matcher(p).matches() || COPYRIGHT.matcher(p).matches()
                            || words <= 40 && (seen.get(Texts.key(p)) > 1 || CAPTION.matcher(p).find());
                    if (!ruleDrops && words <= 25 && !p.matches(".*[.,;:]$") && date(p) == null) {
                        titleCandidate = i;
                        break;
                    }
                }
            }
        }
        String published = null;
        String byline = null;
        List<String> kept = new ArrayList<>();
        boolean footer = false;
        for (String p : paras) {
            deadline.check();
            index++;
            String key = Texts.key(p);
            int words = Texts.wordCount(p);
            if (footer || COPYRIGHT.matcher(p).matches()) {
                footer = true;
                boilerplate.add(p);
                continue;
            }
            if (words <= 8 && JUNK.matcher(p).matches()) {
                boilerplate.add(p);
                continue;
            }
            if (words <= 40 && (seen.get(key) > 1 || CAPTION.matcher(p).find())) {
                boilerplate.add(p);
                continue;
            }
            String date = date(p);
            if (date != null) {
                if (published == null) {
                    published = date;
                }
                continue;
            }
            Matcher dp = DATE_PREFIX.matcher(p);
            if (dp.find()) {
                if (published == null) {
                    published = dp.group(1);
                }
                p = p.substring(dp.end());
            }
            Matcher by = BYLINE.matcher(p);
            if (byline == null && words <= BYLINE_MAX_WORDS && by.matches()) {
                byline = by.group(1);
                continue;
            }
            if (learned != null && (index < bodyStart || index > bodyEnd)) {
                // The model only trims what lies before and after the story's body: a dump's navigation,
                // footer and comments sit there, while short lines inside the body are subheadings.
                double[] pr = learned[index];
                boolean title = index < bodyStart && index == titleCandidate;
                if (!title && pr[2] >= this.lines.spec().dropThreshold() && !(index > bodyEnd && endsSentence(p))) {
                    boilerplate.add(p);
                    continue;
                }
                if (modelComments != null && index > bodyEnd && pr[1] > pr[0] && pr[1] > pr[2]) {
                    modelComments.add(p);
                    continue;
                }
            }
            p = QUOTE_LABEL.matcher(p).replaceFirst("");
            p = BULLET_PARAGRAPH.matcher(p).replaceFirst("");
            if (!p.isEmpty()) {
                kept.add(p);
            }
        }
        // Navigation left at the end of a dump ("All News", "Next"): a few words without punctuation.
        while (!kept.isEmpty()) {
            String last = kept.get(kept.size() - 1);
            if (Texts.wordCount(last) <= 3 && !last.matches(".*[.!?\"\u201d:]$")) {
                boilerplate.add(kept.remove(kept.size() - 1));
            } else {
                break;
            }
        }
        String title = null;
        if (kept.size() > 1) {
            String first = kept.get(0);
            if (Texts.wordCount(first) <= 25 && !first.matches(".*[.,;:]$")) {
                title = first;
                kept.remove(0);
            }
        }
        return new ArticleParts(title, byline, published, List.copyOf(kept));
    }

    static String date(String p) {
        Matcher m = MONTH_DATE.matcher(p);
        if (m.matches()) {
            return iso(m.group(3), month(m.group(1)), m.group(2));
        }
        m = DAY_MONTH_DATE.matcher(p);
        if (m.matches()) {
            return iso(m.group(3), month(m.group(2)), m.group(1));
        }
        m = ISO_DATE.matcher(p);
        if (m.matches()) {
            return m.group(1);
        }
        return null;
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(n) / 3 + 1;
    }

    private static String iso(String year, int month, String day) {
        return String.format(Locale.ROOT, "%s-%02d-%02d", year, month, Integer.parseInt(day));
    }

    /**
     * Blank lines separate paragraphs; inside a block, a bullet line or a date line starts a new one,
     * and a short line that ends a sentence before a capitalised line is a paragraph of its own (a dump
     * with one paragraph per line). Everything else is a hard wrap and is joined.
     */
    private List<String> reflowArticle(List<Line> lines) {
        int width = wrapWidth(lines);
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        String prev = null;
        for (Line l : lines) {
            deadline.check();
            String t = l.text;
            if (t.isEmpty()) {
                flush(cur, out);
                prev = null;
                continue;
            }
            boolean startsNew = prev != null && (BULLET_PARAGRAPH.matcher(t).find() || date(t) != null
                    || date(prev) != null || endsSentence(prev) && prev.length() < width * 0.75
                    && Character.isUpperCase(firstLetter(t)));
            if (startsNew) {
                flush(cur, out);
            }
            join(cur, t);
            prev = t;
        }
        flush(cur, out);
        return out;
    }

    private static int wrapWidth(List<Line> lines) {
        int[] lens = lines.stream().filter(l -> !l.blank()).mapToInt(l -> l.text.length()).sorted().toArray();
        return lens.length == 0 ? 80 : lens[(int) (lens.length * 0.9) - (lens.length * 0.9 == lens.length ? 1 : 0)];
    }

    private static boolean endsSentence(String s) {
        return s.matches(".*[.!?][\"\u201d']?$");
    }

    private static char firstLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return 'a';
    }

    /** Joins a wrapped line: a hyphen at the end stays and glues ("pro-\nWestern"), else one space. */
    private static void join(StringBuilder cur, String t) {
        if (cur.length() == 0) {
            cur.append(t);
        } else if (cur.charAt(cur.length() - 1) == '-' && cur.length() > 1 && Character.isLetter(cur.charAt(cur.length() - 2))) {
            cur.append(t);
        } else {
            cur.append(' ').append(t);
        }
    }

    /** Ends the paragraph being built, if any, into {@code out} (also DumpThreads' comment bodies). */
    static void flush(StringBuilder cur, List<String> out) {
        if (cur.length() > 0) {
            out.add(cur.toString().strip());
            cur.setLength(0);
        }
    }

    /** Reads the comment part of a dump. */
    private final class ThreadReader {
        private final List<String> article;
        private final List<String> articleKeys = new ArrayList<>();
        private final List<String> boilerplate;
        private final List<Draft> drafts = new ArrayList<>();
        private Draft current;
        private int nextNumber = 1;

        ThreadReader(List<String> article, List<String> boilerplate) {
            this.article = article;
            this.boilerplate = boilerplate;
            for (String p : article) {
                articleKeys.add(Texts.key(p));
            }
        }

        List<ExtractedComment> read(List<Line> lines) {
            for (List<Line> block : blocks(lines)) {
                deadline.check();
                handle(block);
            }
            List<ExtractedComment> out = new ArrayList<>();
            for (Draft d : drafts) {
                if (d.own.isEmpty() && d.quotes.isEmpty() || d.heading()) {
                    continue;
                }
                Draft parent = d.replyTo != null ? d.replyTo : d.parent;
                out.add(new ExtractedComment(d.id, parent == null ? null : parent.id, d.author, null, d.likes,
                        String.join("\n\n", d.own), List.copyOf(d.quotes), parent == null ? 0 : parent.depth + 1));
            }
            return out;
        }

        /** Blank-line blocks, also cut before any line that is itself a marker, header or counter. */
        private List<List<Line>> blocks(List<Line> lines) {
            List<List<Line>> out = new ArrayList<>();
            List<Line> cur = new ArrayList<>();
            for (Line l : lines) {
                deadline.check();
                if (l.blank() || isMarker(l.text)) {
                    if (!cur.isEmpty()) {
                        out.add(cur);
                    }
                    cur = new ArrayList<>();
                    if (l.blank()) {
                        continue;
                    }
                }
                cur.add(l);
                if (isMarker(l.text) && !NUMBERED.matcher(l.text).matches() && !REPLY_BULLET.matcher(l.text).matches()) {
                    out.add(cur);
                    cur = new ArrayList<>();
                }
            }
            if (!cur.isEmpty()) {
                out.add(cur);
            }
            return out;
        }

        private boolean isMarker(String t) {
            Matcher n = NUMBERED.matcher(t);
            return n.matches() && Integer.parseInt(n.group(1)) == nextNumberPeek(t)
                    || REPLY_BULLET.matcher(t).matches() || LIKES.matcher(t).matches() || REPLY_FROM.matcher(t).matches()
                    || OWN_REPLY.matcher(t).matches() || ACTION.matcher(t).matches();
        }

        private int nextNumberPeek(String ignored) {
            return nextNumber;
        }

        private void handle(List<Line> block) {
            Line first = block.get(0);
            String t = first.text;
            Matcher n = NUMBERED.matcher(t);
            if (n.matches() && nextNumber == 1 && drafts.isEmpty() && navigationList(block)) {
                // "1. Home / 2. Local / 3. Topic": a numbered breadcrumb over the thread, no comment and no parent
                for (Line l : block) {
                    boilerplate.add(l.text);
                }
                return;
            }
            if (n.matches() && Integer.parseInt(n.group(1)) == nextNumber) {
                nextNumber++;
                current = start(null, first.indent);
                body(replaceFirst(block, n.group(2)));
                return;
            }
            Matcher b = REPLY_BULLET.matcher(t);
            if (b.matches()) {
                Draft parent = null;
                for (int i = drafts.size() - 1; i >= 0; i--) {
                    if (drafts.get(i).indent < first.indent && !drafts.get(i).heading()) {
                        parent = drafts.get(i);
                        break;
                    }
                }
                current = start(parent, first.indent);
                String initial = b.group(1).strip();
                if (block.size() == 2 && initial.length() == 1 && Character.isLetter(initial.charAt(0))) {
                    // "• Q / Quentin": an avatar's initial after the bullet, the name under it (NodeBB): the author
                    String nm = block.get(1).text.strip();
                    if (nm.length() >= 2 && nm.substring(0, 1).equalsIgnoreCase(initial) && Texts.wordCount(nm) <= 4
                            && !nm.matches(".*[!?,;:]$") && !(nm.endsWith(".") && !nm.matches(".*\\b\\p{Lu}\\.$"))) {
                        Matcher at = NAME_AT_PARENT.matcher(nm);
                        Draft to = at.matches() ? lastBy(at.group(2)) : null;
                        if (to != null) {
                            // "Wendell_K @Quentin": the name, then the post it answers by its author (NodeBB's header)
                            current.author = at.group(1);
                            current.replyTo = to;
                        } else {
                            current.author = nm;
                        }
                        return;
                    }
                }
                if (!b.group(1).isEmpty()) {
                    body(replaceFirst(block, b.group(1)));
                }
                return;
            }
            if (current == null) {
                current = start(null, first.indent);
                current.unmarked = true;
            }
            Matcher likes = LIKES.matcher(t);
            if (likes.matches()) {
                String v = likes.group(1) != null ? likes.group(1) : likes.group(2) != null ? likes.group(2) : likes.group(3);
                current.likes = Integer.parseInt(v);
                return;
            }
            if (ACTION.matcher(t).matches()) {
                boilerplate.add(t);
                return;
            }
            Matcher rf = REPLY_FROM.matcher(t);
            if (rf.matches()) {
                current.header = new Header(current.resolve(name(rf.group(1))), false, null);
                return;
            }
            Matcher own = OWN_REPLY.matcher(t);
            if (own.matches()) {
                current.header = new Header(null, true, current.resolve(name(own.group(1))));
                return;
            }
            Matcher says = SAYS.matcher(t);
            if (block.size() == 1 && says.matches() && current.own.isEmpty() && current.author == null) {
                current.author = says.group(1).strip();
                return;
            }
            body(block);
        }

        /** The latest comment signed by this name, or null. */
        private Draft lastBy(String name) {
            for (int i = drafts.size() - 2; i >= 0; i--) {
                if (name.equalsIgnoreCase(drafts.get(i).author)) {
                    return drafts.get(i);
                }
            }
            return null;
        }

        /** Consecutive numbered one-liners of a few words each, no sentence among them: navigation, not comments. */
        private boolean navigationList(List<Line> block) {
            if (block.size() < 2) {
                return false;
            }
            for (int i = 0; i < block.size(); i++) {
                Matcher m = NUMBERED.matcher(block.get(i).text);
                if (!m.matches() || Integer.parseInt(m.group(1)) != i + 1 || Texts.wordCount(m.group(2)) > 8
                        || m.group(2).strip().matches(".*[.!?:;,]$")) {
                    return false;
                }
            }
            return true;
        }

        private List<Line> replaceFirst(List<Line> block, String text) {
            List<Line> out = new ArrayList<>(block);
            out.set(0, new Line(block.get(0).indent, text));
            return out;
        }

        private Draft start(Draft parent, int indent) {
            Draft d = new Draft("c" + (drafts.size() + 1), parent, parent == null ? 0 : parent.depth + 1, indent);
            drafts.add(d);
            return d;
        }

        private void body(List<Line> block) {
            String text = reflowComment(block);
            if (text.isEmpty()) {
                return;
            }
            Draft d = current;
            if (d.header != null) {
                Header h = d.header;
                d.header = null;
                String replyTo = h.self ? d.lastQuoteBy(h.to) : d.lastQuoteId();
                d.addCopied(unquote(text), h.author, h.self ? Boolean.TRUE : null, replyTo);
                return;
            }
            if (enclosedInQuotes(text) && Texts.wordCount(text) >= 12 && linkArticle(text) == null) {
                d.addCopied(unquote(text), d.introducedName(), null, null);
                return;
            }
            // Leading sentences that repeat the article (or an earlier comment) are a quote of it.
            String[] sentences = OpenNlp.sentences(text);
            int quoted = 0;
            Integer paragraph = null;
            for (String s : sentences) {
                // Each look-up scans the whole article: a comment copying a long article costs seconds here.
                deadline.checkNow();
                Integer p = linkArticle(s);
                if (p == null || paragraph != null && !p.equals(paragraph)) {
                    break;
                }
                paragraph = p;
                quoted++;
            }
            if (quoted > 0) {
                int cut = sentenceEnd(text, sentences, quoted);
                d.quotes.add(new Quote(text.substring(0, cut).strip(), paragraph, null));
                text = text.substring(cut).strip();
            } else {
                String quotedComment = linkComment(text);
                if (quotedComment != null) {
                    d.quotes.add(new Quote(text, null, quotedComment));
                    return;
                }
            }
            if (!text.isEmpty()) {
                d.own.add(text);
            }
        }

        private int sentenceEnd(String text, String[] sentences, int count) {
            int pos = 0;
            for (int i = 0; i < count; i++) {
                int at = text.indexOf(sentences[i], pos);
                pos = at < 0 ? pos + sentences[i].length() : at + sentences[i].length();
            }
            return Math.min(pos, text.length());
        }

        private Integer linkArticle(String text) {
            return Texts.paragraphContaining(articleKeys, text);
        }

        private String linkComment(String text) {
            String k = Texts.key(text);
            if (Texts.wordCount(k) < 8) {
                return null;
            }
            for (Draft d : drafts) {
                deadline.check();
                if (d != current && d.own.stream().anyMatch(o -> Texts.key(o).contains(k))) {
                    return d.id;
                }
            }
            return null;
        }
    }

    private record Header(String author, boolean self, String to) {
    }

    /** A comment being read. */
    private static final class Draft {
        final String id;
        final Draft parent;
        final int depth;
        final int indent;
        String author;
        Integer likes;
        Header header;
        final List<String> own = new ArrayList<>();
        final List<Quote> quotes = new ArrayList<>();
        private int copied;
        /** Started by text before any thread marker (a topic title, a "12 Posts" counter), not by a bullet or number. */
        boolean unmarked;
        /** The comment this one names as the one it answers, over the indentation's parent. */
        Draft replyTo;

        Draft(String id, Draft parent, int depth, int indent) {
            this.id = id;
            this.parent = parent;
            this.depth = depth;
            this.indent = indent;
        }

        /** A few unsigned words before the first marked comment: the thread's heading, neither comment nor parent. */
        boolean heading() {
            return unmarked && author == null && likes == null && quotes.isEmpty()
                    && own.stream().mapToInt(Texts::wordCount).sum() <= 12;
        }

        void addCopied(String text, String author, Boolean self, String replyTo) {
            copied++;
            quotes.add(new Quote(text, null, null, id + "-q" + copied, author, self, replyTo));
        }

        String lastQuoteId() {
            for (int i = quotes.size() - 1; i >= 0; i--) {
                if (quotes.get(i).id() != null) {
                    return quotes.get(i).id();
                }
            }
            return null;
        }

        String lastQuoteBy(String author) {
            for (int i = quotes.size() - 1; i >= 0; i--) {
                Quote q = quotes.get(i);
                if (q.id() != null && author != null && author.equals(q.author())) {
                    return q.id();
                }
            }
            return lastQuoteId();
        }

        /** "Jackson" after "David Jackson" was named is the same person. */
        String resolve(String name) {
            if (name == null) {
                return null;
            }
            Map<String, Boolean> known = new LinkedHashMap<>();
            for (Quote q : quotes) {
                if (q.author() != null) {
                    known.put(q.author(), true);
                }
            }
            for (String k : known.keySet()) {
                if (k.equals(name) || (" " + k + " ").contains(" " + name + " ")) {
                    return k;
                }
            }
            return name;
        }

        /** The name the commenter's own words introduced last ("he calls himself “David Jackson.”"). */
        String introducedName() {
            for (int i = own.size() - 1; i >= 0; i--) {
                Matcher m = QUOTED_NAME.matcher(own.get(i));
                String last = null;
                while (m.find()) {
                    last = m.group(1);
                }
                if (last != null) {
                    return last;
                }
            }
            return null;
        }
    }

    /** A header's name: a quoted name wins ("the same “Jackson” arsehole"), else the words as written. */
    private static String name(String raw) {
        Matcher m = HEADER_NAME.matcher(raw);
        if (m.find()) {
            return m.group(1).strip();
        }
        return raw.replaceFirst("(?i)^the same\\s+", "").strip();
    }

    /** Lines of a comment paragraph: a line ending a sentence keeps its break, a hard wrap is joined. */
    private static String reflowComment(List<Line> block) {
        StringBuilder b = new StringBuilder();
        String prev = null;
        for (Line l : block) {
            if (l.text.isEmpty()) {
                continue;
            }
            if (prev != null && endsSentence(prev)) {
                b.append('\n').append(l.text);
            } else {
                join(b, l.text);
            }
            prev = l.text;
        }
        return b.toString().strip();
    }

    private static boolean enclosedInQuotes(String t) {
        return (t.startsWith("\u201c") || t.startsWith("\"")) && (t.endsWith("\u201d") || t.endsWith("\""));
    }

    /** Drops the marks that enclose a whole copied text, keeping quotes inside it. */
    static String unquote(String s) {
        if (s.endsWith("\u201d") && count(s, '\u201c') < count(s, '\u201d')) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.startsWith("\u201c") && s.endsWith("\u201d") && s.length() > 1 && s.substring(1, s.length() - 1).indexOf('\u201d') < 0) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.startsWith("\"") && s.endsWith("\"") && s.length() > 1 && s.substring(1, s.length() - 1).indexOf('"') < 0) {
            s = s.substring(1, s.length() - 1);
        }
        return s.strip();
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
