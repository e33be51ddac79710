package io.parley.extraction;

/** Splits a page into article, comments and boilerplate. The same code serves API, CLI and ingest. */
public interface PageExtractor {

    /**
     * @throws PageNotExtractable when the input is not a page at all (empty, binary) or exceeds limits
     */
    ExtractedPage extract(String content, PageFormat format);

    /** A page as received (API body, CLI file): decoded by the one rule in {@link PageInput}. */
    default ExtractedPage extract(PageInput page) {
        return extract(page.content(), page.format());
    }
}
