package io.parley.extraction;

/** The input is not something a page can be extracted from (empty, binary, over a limit). */
public final class PageNotExtractable extends RuntimeException {
    public PageNotExtractable(String why) {
        super(why);
    }
}
