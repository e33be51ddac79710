package io.parley.extraction;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * What the extractor concluded about the page's comment section, so a page whose comments could not be read
 * is never mistaken for a page without comments.
 *
 * @param status {@code found} (comments extracted), {@code none} (no section seen) or {@code unparsed} (a
 *               section seen but not, or not fully, turned into comments: markup not understood, comments
 *               loaded by script, cut off)
 * @param count  comments extracted
 * @param reason what was seen, in words a site owner understands
 */
public record CommentSection(Status status, int count, String reason) {

    public enum Status {
        FOUND, NONE, UNPARSED;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Status of(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }

    public boolean unparsed() {
        return status == Status.UNPARSED;
    }

    static CommentSection found(int count, String reason) {
        return new CommentSection(Status.FOUND, count, reason);
    }

    static CommentSection none(String reason) {
        return new CommentSection(Status.NONE, 0, reason);
    }

    static CommentSection unparsed(int count, String reason) {
        return new CommentSection(Status.UNPARSED, count, reason);
    }
}
