package io.parley.moderation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.classification.StoredClassification;
import io.parley.ingest.ClassificationStore;
import io.parley.site.Site;
import io.parley.site.StorableText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Comments that left moderation: published or rejected, by a rule (the site's thresholds, no person
 * involved) or by a person (a standing decision). Read here so a wrong automatic outcome can be found;
 * reversing one is {@link Decisions#reverse}.
 */
@Service
public class Outcomes {

    /** One parameter, the label: the comment's latest score for it. */
    private static final String SCORE = "(SELECT (k.scores ->> ?)::float8 FROM classifications k WHERE k.comment_id = c.id"
            + " ORDER BY k.id DESC LIMIT 1)";

    /** A comment with its standing decision (d.* null when a rule decided): the caller adds WHERE. */
    private static final String SELECT = """
            SELECT c.id, c.external_id, a.external_id AS article, a.title, c.author, c.text, c.status,
                   d.moderator, d.action, d.reason, coalesce(d.decided_at, c.updated_at) AS at,
                   c.status_reason::text AS status_reason, c.author_id,
                   (SELECT r.id FROM review_items r WHERE r.comment_id = c.id) AS item_id
            FROM comments c JOIN articles a ON a.id = c.article_id
            LEFT JOIN LATERAL (SELECT x.id, x.moderator, x.action, x.reason, x.decided_at FROM decisions x
                               WHERE x.comment_id = c.id AND x.undone_at IS NULL AND x.action <> 'escalate'
                               ORDER BY x.id DESC LIMIT 1) d ON true
            """;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ClassificationStore classifications;
    private final RowMapper<Outcome> row;

    private final io.parley.site.SiteDirectory sites;

    Outcomes(JdbcTemplate jdbc, ObjectMapper json, ClassificationStore classifications, io.parley.site.SiteDirectory sites) {
        this.sites = sites;
        this.jdbc = jdbc;
        this.json = json;
        this.classifications = classifications;
        this.row = (rs, i) -> new Outcome(rs.getLong("id"), rs.getString("external_id"), rs.getString("article"),
                rs.getString("title"), rs.getString("author"), rs.getString("text"), CommentStatus.of(rs.getString("status")),
                rs.getString("moderator"), Action.parse(rs.getString("action")), rs.getString("reason"),
                rs.getObject("at", OffsetDateTime.class), node(rs.getString("status_reason")), null, rs.getString("author_id"),
                (Long) rs.getObject("item_id", Long.class));
    }

    /**
     * @param decidedBy  the moderator of the standing decision, null when a rule decided
     * @param reason     the standing decision's note, if any
     * @param statusReason what the pipeline recorded: {@code {"reasons": [...], "model": ...}}
     * @param itemId     the comment's review item (its page has the audit trail), null when a rule decided it unseen
     */
    public record Outcome(long commentId, String externalId, String article, String articleTitle, String author,
                          String text, CommentStatus status, String decidedBy, Action action, String reason,
                          OffsetDateTime at, JsonNode statusReason, StoredClassification classification,
                          String authorId, Long itemId) {
        public boolean byRule() {
            return decidedBy == null;
        }

        /** The author's key (id:… or name:…), null when anonymous. */
        public String authorKey() {
            return Authors.key(authorId, author);
        }

        public boolean authorVerified() {
            return authorId != null;
        }
    }

    public enum By { RULE, PERSON }

    /**
     * Null means any. {@code band}: a score range {@code lo-hi} of {@code label} (toxicity when no label is
     * given); a label alone matches comments whose recorded reasons name it.
     */
    public record Filter(CommentStatus status, By by, String label, String band, String author, String article,
                         LocalDate from, LocalDate to) {

        /**
         * Why {@code from}..{@code to} can match nothing, or null: a range given backwards was an empty 200, read as
         * "nothing was decided then". The API answers it as a 400, the page as its other bad filters.
         */
        public static String backwardsRange(LocalDate from, LocalDate to) {
            return from != null && to != null && from.isAfter(to)
                    ? "from " + from + " is later than to " + to + "; give from on or before to" : null;
        }
    }

    public List<Outcome> list(Site site, Filter f, int offset, int limit) {
        StorableText.require("label", f.label());
        ReviewQueue.knownLabel(sites, site, f.label());
        StorableText.require("author", f.author());
        StorableText.require("article", f.article());
        storableDate("from", f.from());
        storableDate("to", f.to());
        if (f.status() != null && f.status() != CommentStatus.PUBLISHED && f.status() != CommentStatus.REJECTED) {
            throw new InvalidModerationInput("status", "published or rejected");
        }
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE c.site_id = ?");
        args.add(site.id());
        if (f.status() != null) {
            where.append(" AND c.status = ?");
            args.add(f.status().wire());
        } else {
            where.append(" AND c.status IN ('published', 'rejected')");
        }
        if (f.by() == By.RULE) {
            where.append(" AND d.id IS NULL");
        } else if (f.by() == By.PERSON) {
            where.append(" AND d.id IS NOT NULL");
        }
        if (f.band() != null) {
            double[] b = band(f.band());
            where.append(" AND ").append(SCORE).append(" >= ? AND ").append(SCORE).append(b[1] >= 1 ? " <= ?" : " < ?");
            String label = f.label() == null ? "toxicity" : f.label();
            args.add(label);
            args.add(b[0]);
            args.add(label);
            args.add(b[1]);
        } else if (f.label() != null) {
            where.append(" AND c.status_reason -> 'reasons' @> jsonb_build_array(jsonb_build_object('label', ?::text))");
            args.add(f.label());
        }
        if (f.author() != null) {
            // a key (id:…, name:…) names one author; a bare name finds every comment showing it, verified or not
            boolean key = f.author().startsWith("id:") || f.author().startsWith("name:");
            where.append(key ? " AND c.author_key = ?" : " AND c.author = ?");
            args.add(f.author());
        }
        if (f.article() != null) {
            where.append(" AND a.external_id = ?");
            args.add(f.article());
        }
        if (f.from() != null) {
            where.append(" AND coalesce(d.decided_at, c.updated_at) >= ?");
            args.add(f.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (f.to() != null) {
            where.append(" AND coalesce(d.decided_at, c.updated_at) < ?");
            args.add(f.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        args.add(limit);
        args.add(offset);
        List<Outcome> found = jdbc.query(SELECT + where + " ORDER BY at DESC, c.id DESC LIMIT ? OFFSET ?", row, args.toArray());
        Map<Long, StoredClassification> latest = classifications.latest(found.stream().map(Outcome::commentId).toList());
        return found.stream().map(o -> new Outcome(o.commentId(), o.externalId(), o.article(), o.articleTitle(), o.author(),
                o.text(), o.status(), o.decidedBy(), o.action(), o.reason(), o.at(), o.statusReason(),
                latest.get(o.commentId()), o.authorId(), o.itemId())).toList();
    }

    public Outcome outcome(Site site, long commentId) {
        List<Outcome> one = jdbc.query(SELECT + " WHERE c.site_id = ? AND c.id = ?", row, site.id(), commentId);
        if (one.isEmpty()) {
            throw new CommentNotFound(commentId);
        }
        return one.get(0);
    }

    /**
     * A filter date PostgreSQL can compare: LocalDate parses years up to 999,999,999, which a timestamp cannot hold
     * (and the day after {@code to} cannot even be computed at LocalDate.MAX).
     */
    private static void storableDate(String field, LocalDate d) {
        if (d != null && (d.getYear() < 1 || d.getYear() > 9999)) {
            throw new InvalidModerationInput(field, "a date between 0001-01-01 and 9999-12-31");
        }
    }

    /** {@code 0.5-0.7}: lo inclusive, hi exclusive (1 inclusive). */
    static double[] band(String band) {
        String[] p = band.split("-", 2);
        try {
            double lo = Double.parseDouble(p[0].strip());
            double hi = Double.parseDouble(p[1].strip());
            if (!(lo >= 0 && hi <= 1 && lo < hi)) { // NaN fails every comparison, so it is refused here too
                throw new NumberFormatException();
            }
            return new double[]{lo, hi};
        } catch (RuntimeException e) {
            throw new InvalidModerationInput("band", "a score range such as 0.5-0.7 within [0,1]");
        }
    }

    private JsonNode node(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return json.readTree(raw);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
