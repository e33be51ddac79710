package io.parley.moderation;

import io.parley.site.AuditLog;
import io.parley.site.Site;
import io.parley.site.StorableText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An author's record on a site, by the name the site sends: every comment with its outcome, and what waits. */
@Service
public class Authors {

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    Authors(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** @param action hold or reject: what happens to each new comment of the author */
    public record Suspension(String action, String by, OffsetDateTime since) {
    }

    public Optional<Suspension> suspension(Site site, String author) {
        return jdbc.query("SELECT action, suspended_by, suspended_at FROM author_suspensions WHERE site_id = ? AND author = ?",
                (rs, i) -> new Suspension(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)),
                site.id(), author).stream().findFirst();
    }

    /** Suspends (or changes the suspension of) an author; {@code action} hold or reject. */
    @Transactional
    public void suspend(Site site, String owner, String author, String action) {
        StorableText.require("author", author);
        if (!"hold".equals(action) && !"reject".equals(action)) {
            throw new InvalidModerationInput("action", "a suspended author's comments are held or rejected");
        }
        jdbc.update("""
                INSERT INTO author_suspensions (site_id, author, action, suspended_by) VALUES (?, ?, ?, ?)
                ON CONFLICT (site_id, author) DO UPDATE SET action = excluded.action, suspended_by = excluded.suspended_by,
                    suspended_at = now()""", site.id(), author, action, owner);
        audit.record(site.id(), owner, "author.suspended", "author:" + author, Map.of("action", action));
    }

    @Transactional
    public void lift(Site site, String owner, String author) {
        if (jdbc.update("DELETE FROM author_suspensions WHERE site_id = ? AND author = ?", site.id(), author) == 1) {
            audit.record(site.id(), owner, "author.suspension-lifted", "author:" + author, Map.of());
        }
    }

    /** For a batch of comments, by index: the suspension action of its author on its site, or null. */
    List<String> suspensions(List<Long> siteIds, List<String> authors) {
        Map<String, String> found = new java.util.HashMap<>();
        jdbc.query("""
                SELECT s.site_id, s.author, s.action FROM author_suspensions s
                JOIN unnest(?::bigint[], ?::text[]) AS t(site_id, author) ON t.site_id = s.site_id AND t.author = s.author""",
                rs -> {
                    found.put(rs.getLong(1) + "\n" + rs.getString(2), rs.getString(3));
                }, (Object) siteIds.toArray(Long[]::new), (Object) authors.toArray(String[]::new));
        List<String> out = new java.util.ArrayList<>(siteIds.size());
        for (int i = 0; i < siteIds.size(); i++) {
            out.add(authors.get(i) == null ? null : found.get(siteIds.get(i) + "\n" + authors.get(i)));
        }
        return out;
    }

    /** @param itemId the open review item when the comment waits in the queue, else null */
    public record AuthorComment(long commentId, String externalId, String article, String articleTitle, String text,
                                CommentStatus status, OffsetDateTime postedAt, Long itemId, String decidedBy) {
    }

    public record History(String author, Map<String, Long> counts, List<AuthorComment> comments) {
        public List<Long> waitingItems() {
            return comments.stream().filter(c -> c.itemId() != null).map(AuthorComment::itemId).toList();
        }
    }

    public History history(Site site, String author, int limit) {
        StorableText.require("author", author);
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("SELECT status, count(*) FROM comments WHERE site_id = ? AND author = ? GROUP BY status ORDER BY status",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, site.id(), author);
        List<AuthorComment> comments = jdbc.query("""
                SELECT c.id, c.external_id, a.external_id, a.title, c.text, c.status, c.posted_at,
                       (SELECT r.id FROM review_items r WHERE r.comment_id = c.id AND r.state = 'open'),
                       (SELECT d.moderator FROM decisions d WHERE d.comment_id = c.id AND d.undone_at IS NULL
                          AND d.action <> 'escalate' ORDER BY d.id DESC LIMIT 1)
                FROM comments c JOIN articles a ON a.id = c.article_id
                WHERE c.site_id = ? AND c.author = ? ORDER BY c.id DESC LIMIT ?""",
                (rs, i) -> new AuthorComment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), CommentStatus.of(rs.getString(6)), rs.getObject(7, OffsetDateTime.class),
                        (Long) rs.getObject(8), rs.getString(9)), site.id(), author, limit);
        return new History(author, counts, comments);
    }
}
