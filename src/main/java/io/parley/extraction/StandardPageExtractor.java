package io.parley.extraction;

import java.util.List;

/**
 * The one extractor behind API, CLI and ingest: checks the input, sniffs its format and hands it to the
 * HTML or the text reader, within a per-page time limit.
 */
final class StandardPageExtractor implements PageExtractor {

    /** Larger pages are refused: no real article page comes near it, and parsing one costs seconds. */
    static final int MAX_CHARS = 8 * 1024 * 1024;

    private final HtmlExtractor html;
    private final LineModel lines;
    private final long timeLimitMillis;

    StandardPageExtractor(HtmlExtractor html, long timeLimitMillis) {
        this(html, null, timeLimitMillis);
    }

    StandardPageExtractor(HtmlExtractor html, LineModel lines, long timeLimitMillis) {
        this.html = html;
        this.lines = lines;
        this.timeLimitMillis = timeLimitMillis;
    }

    @Override
    public ExtractedPage extract(String content, PageFormat format) {
        if (content == null || content.isBlank()) {
            throw new PageNotExtractable("the page is empty");
        }
        if (content.length() > MAX_CHARS) {
            throw new PageNotExtractable("the page has " + content.length() + " characters; the limit is " + MAX_CHARS);
        }
        if (looksBinary(content)) {
            throw new PageNotExtractable("the page looks like binary data, not HTML or text");
        }
        PageFormat f = format == null || format == PageFormat.AUTO ? sniff(content) : format;
        Deadline deadline = new Deadline(timeLimitMillis);
        ExtractedPage page = f == PageFormat.HTML ? html.extract(content, deadline) : new TextExtractor(deadline, lines).extract(content);
        if (f != PageFormat.HTML) {
            // (the HTML reader does this itself: replies that repeat the comments they answer, see RepeatedPosts)
            page = new ExtractedPage(page.article(), RepeatedPosts.apply(page.comments()), page.boilerplate(), page.commentSection());
        }
        if (f == PageFormat.HTML && page.comments().isEmpty()) {
            // a plain-text document wrapped in one pre (a saved text/plain page, a PDF export): its lines are its
            // structure, which the text reader follows and the HTML reader, seeing one block, cannot
            String plain = PlainTextPages.text(content);
            if (plain != null) {
                ExtractedPage asText = new TextExtractor(deadline, lines).extract(plain);
                if (!asText.comments().isEmpty()) {
                    return asText;
                }
            }
        }
        return page;
    }

    @Override
    public ExtractedPage extract(String content, PageFormat format, String fetchedAt) {
        if (fetchedAt == null) {
            return extract(content, format);
        }
        String clock = FetchClock.minute(fetchedAt);
        if (clock == null) {
            throw new PageNotExtractable("fetchedAt is not an ISO-8601 time: " + fetchedAt);
        }
        FetchClock.set(clock);
        try {
            return extract(content, format);
        } finally {
            FetchClock.clear();
        }
    }

    /** Markup near the start (a doctype or a few known tags) means HTML; anything else is a text dump. */
    static PageFormat sniff(String content) {
        String head = content.substring(0, Math.min(content.length(), 4096)).toLowerCase(java.util.Locale.ROOT);
        if (head.contains("<!doctype html") || head.contains("<html") || head.contains("<head") || head.contains("<body")) {
            return PageFormat.HTML;
        }
        int tags = 0;
        for (String t : List.of("<div", "<p>", "<p ", "<span", "<a href", "<article", "<br", "<li", "<table", "<meta", "<script")) {
            if (head.contains(t)) {
                tags++;
            }
        }
        return tags >= 2 ? PageFormat.HTML : PageFormat.TEXT;
    }

    /** NULs or many control characters in the first 8 KB: an image, a zip, a PDF stream. */
    static boolean looksBinary(String content) {
        int n = Math.min(content.length(), 8192);
        // One copy, then array reads: String.charAt on non-Latin-1 text is slow without the C2 compiler.
        char[] head = new char[n];
        content.getChars(0, n, head, 0);
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = head[i];
            if (c == 0) {
                return true;
            }
            if (c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == '\ufffd') {
                bad++;
            }
        }
        return bad > n / 20 + 2;
    }
}
