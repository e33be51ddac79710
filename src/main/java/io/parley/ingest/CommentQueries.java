package io.parley.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.classification.StoredClassification;
import io.parley.site.Site;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read side of stored articles and comments: lists with cursors, nested threads, single comments. */
@Service
public class CommentQueries {

    private static final String COMMENT_SELECT = """
            SELECT c.id, c.external_id, a.external_id AS article, p.external_id AS parent, c.author, c.posted_at,
                   c.likes, c.text, c.quotes::text AS quotes, c.depth, c.position, c.language, c.status,
                   c.status_reason::text AS status_reason, c.author_id
            FROM comments c JOIN articles a ON a.id = c.article_id LEFT JOIN comments p ON p.id = c.parent_id
            """;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ClassificationStore classifications;
    private final RowMapper<CommentView> commentRow;

    CommentQueries(JdbcTemplate jdbc, ObjectMapper json, ClassificationStore classifications) {
        this.jdbc = jdbc;
        this.json = json;
        this.classifications = classifications;
        this.commentRow = (rs, i) -> new CommentView(rs.getLong("id"), rs.getString("external_id"),
                rs.getString("article"), rs.getString("parent"), rs.getString("author"),
                rs.getObject("posted_at", OffsetDateTime.class), (Integer) rs.getObject("likes"), rs.getString("text"),
                node(rs.getString("quotes")), rs.getInt("depth"), rs.getInt("position"), rs.getString("language"),
                rs.getString("status"), node(rs.getString("status_reason")), null, null, rs.getString("author_id"));
    }

    /** Articles by id ascending, after the cursor. */
    public List<ArticleView> articles(Site site, long after, int limit) {
        return jdbc.query("""
                SELECT a.*, (SELECT count(*) FROM comments c WHERE c.article_id = a.id) AS n
                FROM articles a WHERE a.site_id = ? AND a.id > ? ORDER BY a.id LIMIT ?""", this::article,
                site.id(), after, limit);
    }

    public Optional<ArticleView> article(Site site, String externalId) {
        return jdbc.query("""
                SELECT a.*, (SELECT count(*) FROM comments c WHERE c.article_id = a.id) AS n
                FROM articles a WHERE a.site_id = ? AND a.external_id = ?""", this::article,
                site.id(), externalId).stream().findFirst();
    }

    public Optional<CommentView> comment(Site site, String externalId) {
        return classified(jdbc.query(COMMENT_SELECT + " WHERE c.site_id = ? AND c.external_id = ?", commentRow,
                site.id(), externalId)).stream().findFirst();
    }

    public Optional<CommentView> comment(long id) {
        return classified(jdbc.query(COMMENT_SELECT + " WHERE c.id = ?", commentRow, id)).stream().findFirst();
    }

    /** Comments of a site by id ascending after the cursor, optionally of one status. */
    public List<CommentView> comments(Site site, String status, long after, int limit) {
        if (status == null) {
            return classified(jdbc.query(COMMENT_SELECT + " WHERE c.site_id = ? AND c.id > ? ORDER BY c.id LIMIT ?",
                    commentRow, site.id(), after, limit));
        }
        return classified(jdbc.query(COMMENT_SELECT
                        + " WHERE c.site_id = ? AND c.status = ? AND c.id > ? ORDER BY c.id LIMIT ?",
                commentRow, site.id(), status, after, limit));
    }

    /** The article's comments as a forest: top-level comments in thread order, replies nested. */
    public List<CommentView> thread(Site site, String articleExternalId) {
        Long articleId = jdbc.queryForList("SELECT id FROM articles WHERE site_id = ? AND external_id = ?", Long.class,
                site.id(), articleExternalId).stream().findFirst().orElseThrow(() -> new ArticleNotFound(articleExternalId));
        List<CommentView> flat = classified(jdbc.query(COMMENT_SELECT + " WHERE c.article_id = ? ORDER BY c.position",
                commentRow, articleId));
        Map<String, List<CommentView>> children = new HashMap<>();
        for (CommentView c : flat) {
            children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
        }
        return nest(children.getOrDefault(null, List.of()), children);
    }

    /**
     * Replies nest this deep at most; deeper ones are listed flat, in thread order, under their ancestor at this level
     * (each keeps its parentId and depth). A chain of a thousand replies, which ingest accepts, nested each level in the
     * JSON (Jackson stops writing at 1,000 levels: the 200 was cut off mid-body) and in the queue item page's template
     * (a StackOverflowError, a 500).
     */
    public static final int MAX_NESTING = 50;

    private List<CommentView> nest(List<CommentView> level, Map<String, List<CommentView>> children) {
        return nest(level, children, 1);
    }

    private List<CommentView> nest(List<CommentView> level, Map<String, List<CommentView>> children, int nesting) {
        List<CommentView> out = new ArrayList<>(level.size());
        for (CommentView c : level) {
            List<CommentView> replies = children.getOrDefault(c.externalId(), List.of());
            out.add(c.withReplies(nesting < MAX_NESTING ? nest(replies, children, nesting + 1) : flat(replies, children)));
        }
        return out;
    }

    /** Every comment below {@code level}, depth first in thread order, without nesting (no recursion either). */
    private static List<CommentView> flat(List<CommentView> level, Map<String, List<CommentView>> children) {
        List<CommentView> out = new ArrayList<>();
        java.util.Deque<CommentView> todo = new java.util.ArrayDeque<>();
        for (int i = level.size() - 1; i >= 0; i--) {
            todo.push(level.get(i));
        }
        java.util.Set<Long> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            CommentView c = todo.pop();
            if (!seen.add(c.id())) {
                continue;
            }
            out.add(c.withReplies(List.of()));
            List<CommentView> replies = children.getOrDefault(c.externalId(), List.of());
            for (int i = replies.size() - 1; i >= 0; i--) {
                todo.push(replies.get(i));
            }
        }
        return out;
    }

    /** The comments a comment replies to, from the top-level comment down to its direct parent. */
    public List<CommentView> ancestors(Site site, long commentId) {
        List<Long> ids = jdbc.queryForList("""
                WITH RECURSIVE up(id, parent_id, n) AS (
                    SELECT id, parent_id, 0 FROM comments WHERE id = ? AND site_id = ?
                    UNION ALL
                    SELECT c.id, c.parent_id, up.n + 1 FROM comments c JOIN up ON c.id = up.parent_id WHERE up.n < 1000)
                SELECT id FROM up WHERE n > 0 ORDER BY n DESC""", Long.class, commentId, site.id());
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CommentView> byId = new HashMap<>();
        classified(jdbc.query(COMMENT_SELECT + " WHERE c.id = ANY(?::bigint[])", commentRow,
                (Object) ids.toArray(Long[]::new))).forEach(c -> byId.put(c.id(), c));
        return ids.stream().map(byId::get).toList();
    }

    /** All replies below a comment, nested, in thread order. */
    public List<CommentView> replies(Site site, long commentId) {
        List<CommentView> flat = classified(jdbc.query("""
                WITH RECURSIVE down(id, n) AS (
                    SELECT id, 0 FROM comments WHERE parent_id = ? AND site_id = ?
                    UNION ALL
                    SELECT c.id, down.n + 1 FROM comments c JOIN down ON c.parent_id = down.id WHERE down.n < 1000)
                """ + COMMENT_SELECT + " WHERE c.id IN (SELECT id FROM down) ORDER BY c.position, c.id", commentRow,
                commentId, site.id()));
        String self = jdbc.queryForList("SELECT external_id FROM comments WHERE id = ?", String.class, commentId)
                .stream().findFirst().orElse(null);
        Map<String, List<CommentView>> children = new HashMap<>();
        for (CommentView c : flat) {
            children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
        }
        return self == null ? List.of() : nest(children.getOrDefault(self, List.of()), children);
    }

    /** Counts per status for a site, for status pages and tests. */
    public Map<String, Long> statusCounts(Site site) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("SELECT status, count(*) FROM comments WHERE site_id = ? GROUP BY status ORDER BY status",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, site.id());
        return counts;
    }

    /** The comments with their latest classification, read through the store in one query for the list. */
    private List<CommentView> classified(List<CommentView> comments) {
        if (comments.isEmpty()) {
            return comments;
        }
        Map<Long, StoredClassification> latest = classifications.latest(comments.stream().map(CommentView::id).toList());
        return comments.stream().map(c -> c.withClassification(latest.get(c.id()))).toList();
    }

    private ArticleView article(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        JsonNode paragraphs = node(rs.getString("paragraphs"));
        List<String> ps = new ArrayList<>();
        if (paragraphs != null) {
            paragraphs.forEach(p -> ps.add(p.asText()));
        }
        return new ArticleView(rs.getLong("id"), rs.getString("external_id"), rs.getString("url"), rs.getString("title"),
                rs.getString("byline"), rs.getObject("published", OffsetDateTime.class), ps, rs.getString("language"),
                rs.getInt("n"), rs.getObject("created_at", OffsetDateTime.class), section(rs.getString("comment_section")));
    }

    private io.parley.extraction.CommentSection section(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return json.readValue(raw, io.parley.extraction.CommentSection.class);
        } catch (JsonProcessingException e) {
            return null; // a row written by a later version: show the article without it
        }
    }

    private JsonNode node(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return json.readTree(raw);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }
}
