package io.parley.ingest;

/** This build has no page extractor; structured ingest still works. */
public final class ExtractionUnavailable extends RuntimeException {
    public ExtractionUnavailable() {
        super("page extraction is not available in this build; send structured articles and comments instead");
    }
}
