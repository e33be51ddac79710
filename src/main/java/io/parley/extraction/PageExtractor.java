package io.parley.extraction;

/** Splits a page into article, comments and boilerplate. The same code serves API, CLI and ingest. */
public interface PageExtractor {

    /**
     * @throws PageNotExtractable when the input is not a page at all (empty, binary) or exceeds limits
     */
    ExtractedPage extract(String content, PageFormat format);

    /**
     * As {@link #extract(String, PageFormat)}, with relative comment times ("3 hours ago", "Today, 4:15 pm") counted
     * back from when the page was fetched ({@code fetchedAt}: ISO-8601, e.g. "2026-11-21T17:40:00Z"; pages print
     * local time, read here as that clock's). A clock the page prints itself ("It is currently …") wins.
     *
     * @throws PageNotExtractable as the two-argument form, and when {@code fetchedAt} is not an ISO-8601 time
     */
    default ExtractedPage extract(String content, PageFormat format, String fetchedAt) {
        return extract(content, format);
    }

    /** Whether {@code fetchedAt} is a time {@link #extract(String, PageFormat, String)} takes (so callers can say so first). */
    static boolean isFetchTime(String fetchedAt) {
        return fetchedAt != null && FetchClock.minute(fetchedAt) != null;
    }

    /** A page as received (API body, CLI file): decoded by the one rule in {@link PageInput}. */
    default ExtractedPage extract(PageInput page) {
        return extract(page.content(), page.format());
    }
}
