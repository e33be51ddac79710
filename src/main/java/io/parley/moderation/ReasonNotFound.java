package io.parley.moderation;

/** A reason code this site never had: HTTP 404 at the edge, so a mistyped code does not read as "already retired". */
public final class ReasonNotFound extends RuntimeException {
    public ReasonNotFound(String code) {
        super("no reason '" + (code.length() > 60 ? code.substring(0, 60) + "…" : code) + "' on this site");
    }
}
