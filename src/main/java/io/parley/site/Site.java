package io.parley.site;

/** A site that sends pages and comments to Parley. */
public record Site(long id, String slug, String name) {
}
