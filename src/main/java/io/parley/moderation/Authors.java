package io.parley.moderation;

import io.parley.site.Site;
import io.parley.site.StorableText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An author's record on a site, by the name the site sends: every comment with its outcome, and what waits. */
@Service
public class Authors {

    private final JdbcTemplate jdbc;

    Authors(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
