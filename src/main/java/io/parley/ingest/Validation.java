package io.parley.ingest;

import io.parley.site.StorableText;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Field checks shared by every ingest path; each failure names the field. */
final class Validation {

    static final int MAX_ID = 200;
    static final int MAX_AUTHOR = 200;
    static final int MAX_COMMENT = 50_000;
    static final int MAX_ARTICLE = 2_000_000;
    static final int MAX_QUOTES = 100;
    private static final OffsetDateTime EARLIEST = OffsetDateTime.of(1990, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private Validation() {
    }

    static void article(ArticleInput a) {
        if (a == null) {
            throw new InvalidInput("", "an article object is required");
        }
        externalId("externalId", a.externalId());
        text("url", a.url(), 4000, false);
        text("title", a.title(), 2000, false);
        text("byline", a.byline(), 1000, false);
        time("published", a.published());
        text("body", a.body(), MAX_ARTICLE, false);
        text("language", a.language(), 16, false);
        if (a.language() != null && !a.language().isBlank() && !io.parley.classification.LanguageTag.valid(a.language())) {
            // comments on the article take its language when they are too short to detect: it must be one
            throw new InvalidInput("language", "a language code such as en, eng or en-GB");
        }
        if (a.body() != null && !a.body().isBlank() && a.paragraphs() != null && !a.paragraphs().isEmpty()) {
            throw new InvalidInput("body", "send the article text as body or as paragraphs, not both");
        }
        if (a.paragraphs() != null) {
            if (a.paragraphs().size() > 10_000) {
                throw new InvalidInput("paragraphs", "at most 10000 paragraphs");
            }
            long total = 0;
            for (int i = 0; i < a.paragraphs().size(); i++) {
                text("paragraphs[" + i + "]", a.paragraphs().get(i), MAX_ARTICLE, true);
                total += a.paragraphs().get(i).length();
            }
            if (total > MAX_ARTICLE) {
                throw new InvalidInput("paragraphs", "article text over " + MAX_ARTICLE + " characters");
            }
        }
    }

    static void comments(List<CommentInput> batch) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            CommentInput c = batch.get(i);
            String f = "comments[" + i + "]";
            if (c == null) {
                throw new InvalidInput(f, "a comment object is required");
            }
            externalId(f + ".externalId", c.externalId());
            if (!seen.add(c.externalId())) {
                throw new InvalidInput(f + ".externalId", "'" + c.externalId() + "' appears twice in this batch");
            }
            if (c.parentId() != null) {
                id(f + ".parentId", c.parentId());
                if (c.parentId().equals(c.externalId())) {
                    throw new InvalidInput(f + ".parentId", "a comment cannot reply to itself");
                }
            }
            text(f + ".author", c.author(), MAX_AUTHOR, false);
            if (c.authorId() != null) {
                // the author's page is addressed by it (/authors/id:…), so it follows the external id rules
                externalId(f + ".authorId", c.authorId());
                text(f + ".authorId", c.authorId(), MAX_ID, true);
            }
            text(f + ".text", c.text(), MAX_COMMENT, true);
            if (c.text().isBlank()) {
                throw new InvalidInput(f + ".text", "must not be blank");
            }
            time(f + ".postedAt", c.postedAt());
            if (c.likes() != null && (c.likes() < 0 || c.likes() > 1_000_000_000)) {
                throw new InvalidInput(f + ".likes", "must be between 0 and 1000000000");
            }
            if (c.quotes() != null) {
                if (c.quotes().size() > MAX_QUOTES) {
                    throw new InvalidInput(f + ".quotes", "at most " + MAX_QUOTES + " quotes");
                }
                for (int q = 0; q < c.quotes().size(); q++) {
                    Map<String, Object> quote = c.quotes().get(q);
                    if (quote == null) {
                        throw new InvalidInput(f + ".quotes[" + q + "]", "a quote object is required");
                    }
                    quoteFields(f + ".quotes[" + q + "]", quote);
                    // Keys and values alike end up in jsonb; the map's text form holds them all, separated.
                    String problem = StorableText.problem(quote.toString());
                    if (problem != null) {
                        throw new InvalidInput(f + ".quotes[" + q + "]", problem);
                    }
                }
            }
        }
    }

    /**
     * An id the site will use in URL paths (/articles/{id}, /comments/{id}). Tomcat and Spring Security
     * refuse these characters in a path even percent-encoded, and normalise "." and ".." away, so an id
     * holding one would be stored yet never reachable again. A parentId is not held to this: it only
     * names a stored comment, which may predate the rule.
     */
    private static void externalId(String field, String value) {
        id(field, value);
        if (!addressable(value)) {
            throw new InvalidInput(field, "must not contain / \\ ; % or the line and paragraph separators"
                    + " U+2028 and U+2029, nor be '.' or '..': ids are used in URL paths, where these cannot be sent");
        }
    }

    /** Whether the id can be one segment of a URL path that reaches the service (see {@link #externalId}). */
    static boolean addressable(String id) {
        if (id.equals(".") || id.equals("..")) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < 0x20 || c == '/' || c == '\\' || c == ';' || c == '%' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    private static void id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "is required");
        }
        text(field, value, MAX_ID, true);
        if (value.chars().anyMatch(ch -> ch < 0x20)) {
            throw new InvalidInput(field, "must not contain control characters");
        }
    }

    private static void text(String field, String value, int max, boolean required) {
        if (value == null) {
            if (required) {
                throw new InvalidInput(field, "is required");
            }
            return;
        }
        if (value.length() > max) {
            throw new InvalidInput(field, "at most " + max + " characters, got " + value.length());
        }
        String problem = StorableText.problem(value);
        if (problem != null) {
            throw new InvalidInput(field, problem);
        }
    }

    private static void time(String field, OffsetDateTime t) {
        if (t != null && (t.isBefore(EARLIEST) || t.isAfter(OffsetDateTime.now(ZoneOffset.UTC).plusDays(2)))) {
            throw new InvalidInput(field, "must be between 1990 and now");
        }
    }

    /**
     * A quote is free-form, but the fields Parley reads must have their types: the pages show the text and link
     * the article paragraph and the quoted comment, and the classifier scores the text of a comment's own quotes.
     */
    private static void quoteFields(String field, Map<String, Object> quote) {
        if (!(quote.get("text") instanceof String text) || text.isBlank()) {
            throw new InvalidInput(field + ".text", "a quote needs its text, as a string");
        }
        Object paragraph = quote.get("articleParagraph");
        if (paragraph != null && !(paragraph instanceof Integer i && i >= 0)) {
            throw new InvalidInput(field + ".articleParagraph", "the index of an article paragraph (0 or more)");
        }
        for (String key : new String[]{"commentId", "author", "id"}) {
            if (quote.get(key) != null && !(quote.get(key) instanceof String)) {
                throw new InvalidInput(field + "." + key, "must be a string");
            }
        }
    }

    static List<String> paragraphs(String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Arrays.stream(body.split("\\R\\s*\\R")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }

    /** Extracted dates are best effort: an unparseable one is dropped rather than failing the page. */
    static OffsetDateTime parseTime(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            OffsetDateTime t = OffsetDateTime.parse(iso);
            return t.isBefore(EARLIEST) ? null : t;
        } catch (DateTimeParseException e) {
            try {
                // the extractor's times carry no zone ("2026-11-20T15:03", as the page printed it): read as UTC, like
                // a bare date, rather than dropped (every comment of an ingested page was stored undated)
                OffsetDateTime t = iso.length() > 10 ? java.time.LocalDateTime.parse(iso).atOffset(ZoneOffset.UTC)
                        : java.time.LocalDate.parse(iso).atStartOfDay().atOffset(ZoneOffset.UTC);
                return t.isBefore(EARLIEST) ? null : t;
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
