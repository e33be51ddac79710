package io.parley.site;

/**
 * Trust rules by author, part of a site's settings (0 turns a rule off). An author is who the site names by its own
 * author id; a comment with only a display name is unverified, so it can be held as new or for recent rejections but
 * is never trusted (anyone can type a trusted reader's name).
 *
 * @param newAuthorHolds   pre-moderation: an author's first N comments on the site are held
 * @param rejectionsToHold every comment of an author with at least N comments rejected in the last {@code days} is held
 * @param trustAfter       an author with a site id, at least K published comments and none rejected in the last
 *                         {@code days} is trusted: their comments skip the hold band (still rejected at or over a
 *                         reject threshold). Authors the owner marked trusted are trusted whatever this says.
 * @param days             the window D of "recent" rejections, 1-365 days
 */
public record AuthorRules(int newAuthorHolds, int rejectionsToHold, int trustAfter, int days) {

    public static final AuthorRules OFF = new AuthorRules(0, 0, 0, 30);

    public AuthorRules {
        days = days == 0 ? 30 : days;
    }

    /** From JSON: a rule left out is off, a window left out is 30 days. */
    @com.fasterxml.jackson.annotation.JsonCreator
    static AuthorRules of(@com.fasterxml.jackson.annotation.JsonProperty("newAuthorHolds") Integer newAuthorHolds,
                          @com.fasterxml.jackson.annotation.JsonProperty("rejectionsToHold") Integer rejectionsToHold,
                          @com.fasterxml.jackson.annotation.JsonProperty("trustAfter") Integer trustAfter,
                          @com.fasterxml.jackson.annotation.JsonProperty("days") Integer days) {
        return new AuthorRules(newAuthorHolds == null ? 0 : newAuthorHolds, rejectionsToHold == null ? 0 : rejectionsToHold,
                trustAfter == null ? 0 : trustAfter, days == null ? 30 : days);
    }
}
