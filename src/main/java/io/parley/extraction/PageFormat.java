package io.parley.extraction;

/** What kind of page was sent; {@link #AUTO} sniffs it. */
public enum PageFormat {
    AUTO, HTML, TEXT
}
