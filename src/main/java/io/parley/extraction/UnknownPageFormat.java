package io.parley.extraction;

/** A format was asked for that is not html, text or auto. */
public final class UnknownPageFormat extends RuntimeException {
    public UnknownPageFormat(String format) {
        super("format must be html, text or auto, not '" + format + "'");
    }
}
