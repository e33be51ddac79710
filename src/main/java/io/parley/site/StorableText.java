package io.parley.site;

/**
 * The one rule for a client's string before it reaches the database: PostgreSQL text (and jsonb) cannot
 * hold NUL, and the driver writes half a UTF-16 surrogate pair (JSON {@code "\ud800"}) as '?', so such a
 * string would either fail as a database error or be stored altered. Every feature checks its inputs with
 * this and reports the failure in its own exception, naming the field. It lives in {@code site}, the
 * lowest feature that ingest, moderation and the edges all see.
 */
public final class StorableText {

    private StorableText() {
    }

    /** Why the value cannot be stored as it is, or null when it can (null itself is for the caller to judge). */
    public static String problem(String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0') {
                return "contains a NUL character";
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains an unpaired UTF-16 surrogate (\\u" + Integer.toHexString(c) + " at character " + i
                        + "), which is not text";
            }
        }
        return null;
    }

    /** Refuses a value that cannot be stored as it is, naming the field. */
    public static void require(String field, String value) {
        String problem = problem(value);
        if (problem != null) {
            throw new InvalidSettings(field, problem);
        }
    }
}
