package io.parley.site;

public final class SiteAlreadyExists extends RuntimeException {
    public SiteAlreadyExists(String slug) {
        super("site '" + slug + "' already exists");
    }
}
