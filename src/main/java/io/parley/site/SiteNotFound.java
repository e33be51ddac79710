package io.parley.site;

/** No site with that slug, or none the caller may see (the two are not told apart, to hide sites). */
public final class SiteNotFound extends RuntimeException {
    public SiteNotFound(String slug) {
        super("no site '" + slug + "'");
    }
}
