package io.parley.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.extraction.CommentSection;
import io.parley.extraction.ExtractedComment;
import io.parley.extraction.ExtractedPage;
import io.parley.extraction.PageExtractor;
import io.parley.extraction.PageInput;
import io.parley.site.AuditLog;
import io.parley.site.Site;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores articles and comments idempotently by (site, external id) and queues every new comment in the
 * outbox in the same transaction: a 2xx to the caller means the comments and their pending
 * classification are both committed.
 */
@Service
public class IngestService {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ObjectProvider<PageExtractor> extractor;
    private final ApplicationEventPublisher events;
    private final int maxBatch;
    private final AuditLog audit;

    IngestService(JdbcTemplate jdbc, ObjectMapper json, ObjectProvider<PageExtractor> extractor,
                  ApplicationEventPublisher events, @Value("${parley.ingest.max-batch:1000}") int maxBatch,
                  AuditLog audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.json = json;
        this.extractor = extractor;
        this.events = events;
        this.maxBatch = maxBatch;
    }

    /**
     * An article with its comments in one transaction: a refused comment leaves no article behind either (the API
     * answered such a request 422 and yet had stored the article, so the client's retry saw {@code created: false}).
     *
     * @return the article and, when comments were sent, what became of them (else null)
     */
    @Transactional
    public PageIngested ingestArticle(Site site, ArticleInput article, List<CommentInput> comments) {
        return ingestArticle(site, article, comments, null);
    }

    /** As {@link #ingestArticle(Site, ArticleInput, List)}; {@code actor} (or null) is audited if it fills an empty body. */
    @Transactional
    public PageIngested ingestArticle(Site site, ArticleInput article, List<CommentInput> comments, String actor) {
        ArticleRef ref = upsertArticle(site, article, null, actor);
        if (comments == null || comments.isEmpty()) {
            return new PageIngested(ref, null, null, ref.warnings());
        }
        CommentsAccepted accepted = addComments(site, article.externalId(), comments);
        List<String> warnings = new ArrayList<>(ref.warnings());
        warnings.addAll(accepted.warnings());
        return new PageIngested(ref, accepted, null, warnings);
    }

    /** Creates the article, or returns the stored one (first write wins: replays never change stored text). */
    @Transactional
    public ArticleRef upsertArticle(Site site, ArticleInput in) {
        return upsertArticle(site, in, null, null);
    }

    private ArticleRef upsertArticle(Site site, ArticleInput in, CommentSection section, String actor) {
        Validation.article(in);
        List<String> paragraphs = in.paragraphs() != null ? in.paragraphs() : Validation.paragraphs(in.body());
        String body = String.join("\n\n", paragraphs);
        List<Long> created = jdbc.queryForList("""
                        INSERT INTO articles (site_id, external_id, url, title, byline, published, body, paragraphs, language,
                                              comment_section)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb)
                        ON CONFLICT (site_id, external_id) DO NOTHING RETURNING id""", Long.class,
                site.id(), in.externalId(), in.url(), in.title(), in.byline(), in.published(), body,
                toJson(paragraphs), in.language(), section == null ? null : toJson(section));
        if (!created.isEmpty()) {
            return new ArticleRef(created.get(0), in.externalId(), true);
        }
        // First write wins (a replay changes nothing), so a corrected title or an edited story sent under a stored id
        // is not stored: said in the answer, as for a comment sent again with another text, rather than answered as
        // a plain replay. A field not sent (null, or neither body nor paragraphs) is no change. Locked: two fills of
        // one empty body at once would each find it empty.
        Map<String, Object> stored = jdbc.queryForList("SELECT id, title, body, url, byline, published, language"
                        + " FROM articles WHERE site_id = ? AND external_id = ? FOR UPDATE",
                site.id(), in.externalId()).stream().findFirst().orElseThrow(() -> new ArticleNotFound(in.externalId()));
        long id = ((Number) stored.get("id")).longValue();
        // An empty stored body is no text anyone chose: a consent wall or a paywall page sent to /pages, or an article
        // created with its title only. The first real body fills it (with its language, when none is stored) where it
        // was answered "another body ... not stored" and the article stayed empty for good. A stored body is never
        // replaced. The page that fills the body also gives the comment section its reading (the wall's said "none").
        List<String> filled = new ArrayList<>();
        if (!body.isBlank() && ((String) stored.get("body")).isBlank()) {
            String language = in.language() != null && !in.language().isBlank() ? in.language() : null;
            jdbc.update("UPDATE articles SET body = ?, paragraphs = ?::jsonb, language = COALESCE(language, ?),"
                    + " comment_section = COALESCE(?::jsonb, comment_section) WHERE id = ?",
                    body, toJson(paragraphs), language, section == null ? null : toJson(section), id);
            filled.add("body");
            if (language != null && stored.get("language") == null) {
                filled.add("language");
            }
            stored.put("body", body);
            stored.put("language", stored.get("language") == null ? language : stored.get("language"));
        }
        List<String> changed = new ArrayList<>();
        if (in.title() != null && !in.title().equals(stored.get("title"))) {
            changed.add("title");
        }
        if ((in.paragraphs() != null || in.body() != null) && !body.equals(stored.get("body"))) {
            changed.add("body");
        }
        boolean textChanged = !changed.isEmpty();
        // The other fields were kept silently (a corrected byline or date, a moved URL answered as a plain replay);
        // they are named too, though they are no text to moderate, so textChanged stays about title and body.
        if (in.url() != null && !in.url().equals(stored.get("url"))) {
            changed.add("url");
        }
        if (in.byline() != null && !in.byline().equals(stored.get("byline"))) {
            changed.add("byline");
        }
        if (in.published() != null && !samePublished(in.published(), stored.get("published"))) {
            changed.add("published");
        }
        if (in.language() != null && !in.language().isBlank() && !in.language().equals(stored.get("language"))) {
            changed.add("language");
        }
        List<String> warnings = new ArrayList<>();
        if (!filled.isEmpty()) {
            warnings.add(filledNotice(site, id, in.externalId(), filled, actor));
        }
        if (!changed.isEmpty()) {
            warnings.add("article '" + in.externalId() + "' came with another " + String.join(", ", changed)
                    + " than the one stored under its id (an edit?); the change was not stored: Parley keeps and shows"
                    + " the article first sent");
        }
        if (warnings.isEmpty()) {
            return new ArticleRef(id, in.externalId(), false);
        }
        return new ArticleRef(id, in.externalId(), false, textChanged, List.copyOf(changed), List.copyOf(filled),
                List.copyOf(warnings));
    }

    /**
     * Audits a fill (the stored article changed, though no one edited it) and says what it means for the comments
     * already stored: they were classified without the article text, and keep those scores.
     */
    private String filledNotice(Site site, long articleId, String externalId, List<String> filled, String actor) {
        int comments = jdbc.queryForObject("SELECT count(*) FROM comments WHERE article_id = ?", Integer.class, articleId);
        audit.record(site.id(), actor == null ? "ingest" : actor, "article.filled", "article:" + externalId,
                Map.of("fields", filled, "commentsBefore", comments));
        return "article '" + externalId + "' was stored with no body; the " + String.join(" and ", filled)
                + " sent now filled it (a stored body is never replaced)"
                + (comments == 0 ? "" : "; its " + comments + " comment(s) stored before were classified without it and"
                + " keep those scores (parley reclassify --site " + site.slug() + " classifies them again)");
    }

    /** The same instant (a timestamptz comes back as a Timestamp or an OffsetDateTime, by driver and setting). */
    private static boolean samePublished(java.time.OffsetDateTime sent, Object stored) {
        if (stored instanceof java.sql.Timestamp t) {
            return t.toInstant().equals(sent.toInstant());
        }
        if (stored instanceof java.time.OffsetDateTime o) {
            return o.toInstant().equals(sent.toInstant());
        }
        return false;
    }

    public long articleId(Site site, String externalId) {
        return jdbc.queryForList("SELECT id FROM articles WHERE site_id = ? AND external_id = ?", Long.class,
                site.id(), externalId).stream().findFirst().orElseThrow(() -> new ArticleNotFound(externalId));
    }

    /**
     * Adds a batch of comments to an article. Parents may be earlier in the batch or already stored;
     * comments already stored (same external id) are skipped, so a retried batch stores nothing twice.
     */
    @Transactional
    public CommentsAccepted addComments(Site site, String articleExternalId, List<CommentInput> batch) {
        if (batch == null || batch.isEmpty()) {
            throw new InvalidInput("comments", "at least one comment is required");
        }
        if (batch.size() > maxBatch) {
            throw new InvalidInput("comments", "at most " + maxBatch + " comments per request, got " + batch.size());
        }
        Validation.comments(batch);
        // Serialises concurrent batches for one article, so positions stay gap-free and ordered.
        Long articleId = jdbc.queryForList("SELECT id FROM articles WHERE site_id = ? AND external_id = ? FOR UPDATE",
                Long.class, site.id(), articleExternalId).stream().findFirst()
                .orElseThrow(() -> new ArticleNotFound(articleExternalId));

        List<CommentInput> ordered = Threading.parentsFirst(batch);
        Map<String, Integer> storedDepth = storedParents(site, articleId, batch);
        Map<String, Integer> depth = new HashMap<>(storedDepth);
        for (CommentInput c : ordered) {
            int d = c.parentId() == null ? 0 : depth.get(c.parentId()) + 1;
            depth.put(c.externalId(), d);
        }
        Map<String, Long> createdIds = insert(site, articleId, ordered, depth);
        if (!createdIds.isEmpty()) {
            if (batch.stream().anyMatch(c -> c.parentId() != null)) {
                // Parents get their surrogate id in one statement, not one per row. Only a batch with replies can
                // leave one unset: a reply's parent must exist when it is stored (storedParents), so every earlier
                // batch resolved its own.
                jdbc.update("""
                        UPDATE comments c SET parent_id = p.id FROM comments p
                        WHERE c.article_id = ? AND c.parent_id IS NULL AND c.parent_external_id IS NOT NULL
                          AND p.site_id = c.site_id AND p.external_id = c.parent_external_id""", articleId);
            }
            events.publishEvent(new CommentsIngested(site.id(), List.copyOf(createdIds.values())));
        }
        Map<String, Stored> existing = createdIds.size() == ordered.size() ? Map.of() : existingIds(site, batch);
        List<CommentRef> refs = new ArrayList<>(batch.size());
        List<String> edited = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            CommentInput c = batch.get(i);
            Long id = createdIds.get(c.externalId());
            if (id == null) {
                Stored s = existing.get(c.externalId());
                if (s.articleId() != articleId) {
                    // ids are unique per site: answering "duplicate" would tell the caller a comment is under this
                    // article when it is not, and a reply to it in this batch would be threaded across articles.
                    // Throwing rolls back the whole batch (and its wake-up event, which fires after commit only).
                    throw new InvalidInput("comments[" + i + "].externalId", "'" + c.externalId()
                            + "' is already stored under article '" + s.article() + "'; comment ids are unique per site");
                }
                // First write wins (a retry stores nothing twice), so another text under a stored id, an edit on the
                // site, is not stored and not moderated again: said in the answer rather than counted as a retry.
                boolean changed = !s.text().equals(c.text());
                refs.add(new CommentRef(s.id(), c.externalId(), false, changed));
                if (changed) {
                    edited.add(c.externalId());
                }
            } else {
                refs.add(new CommentRef(id, c.externalId(), true, false));
            }
        }
        List<String> warnings = edited.isEmpty() ? List.of() : List.of(edited.size() + " comment(s) came with another text"
                + " than the one stored under their id (an edit?): " + String.join(", ", edited.subList(0, Math.min(10, edited.size())))
                + (edited.size() > 10 ? ", …" : "") + "; the edit was not stored and not moderated: Parley keeps, shows and"
                + " moderates the text first sent (send an edited comment under a new id to have it moderated)");
        return new CommentsAccepted(articleExternalId, batch.size(), createdIds.size(),
                batch.size() - createdIds.size(), edited.size(), refs, warnings);
    }

    /** Extracts a page and stores its article and comments through the same path as structured ingest. */
    @Transactional
    public PageIngested ingestPage(Site site, PageInput input, String url, String externalId) {
        return ingestPage(site, input, url, externalId, null);
    }

    /**
     * As {@link #ingestPage(Site, PageInput, String, String)}, with the time the page was fetched ({@code fetchedAt},
     * ISO-8601, or null): comments that print only "5 hours ago" are dated from it, as by {@code POST /extract}.
     * One transaction, as without it: the article and its comments are stored together or not at all.
     */
    @Transactional
    public PageIngested ingestPage(Site site, PageInput input, String url, String externalId, String fetchedAt) {
        return ingestPage(site, input, url, externalId, fetchedAt, null);
    }

    /** As above; {@code actor} (or null) is audited if the page fills an article stored with an empty body. */
    @Transactional
    public PageIngested ingestPage(Site site, PageInput input, String url, String externalId, String fetchedAt,
                                   String actor) {
        if (fetchedAt != null && !PageExtractor.isFetchTime(fetchedAt)) {
            // said before any work, and as a field of the request: nothing of the page is stored undated
            throw new InvalidInput("fetchedAt", "is not an ISO-8601 time (e.g. 2026-11-21T17:40:00Z): " + fetchedAt);
        }
        java.time.OffsetDateTime fetched = fetchedAt == null ? null : Validation.parseTime(fetchedAt.strip());
        if (fetched != null && fetched.isAfter(java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusDays(2))) {
            // its relative times would date every comment in the future: refused by name, not as comments[0].postedAt
            throw new InvalidInput("fetchedAt", "is in the future: " + fetchedAt);
        }
        PageExtractor pages = extractor.getIfAvailable();
        if (pages == null) {
            throw new ExtractionUnavailable();
        }
        String content = input.content();
        ExtractedPage page = fetchedAt == null ? pages.extract(input) : pages.extract(content, input.format(), fetchedAt);
        String articleId = externalId != null && !externalId.isBlank() ? externalId
                : url != null && !url.isBlank() ? fromUrl(url) : "sha256-" + sha256(content).substring(0, 32);
        if ((externalId == null || externalId.isBlank()) && url != null && !url.isBlank()
                && (articleId.isEmpty() || articleId.matches("\\.+"))) {
            // the caller sent no externalId, so an error about it would puzzle them: the url is what gave none
            throw new InvalidInput("url", "gives no usable article id (letters or digits); send externalId");
        }
        var a = page.article();
        CommentSection section = page.commentSection();
        ArticleRef article = upsertArticle(site, new ArticleInput(articleId, url, a.title(), a.byline(),
                Validation.parseTime(a.published()), null, a.paragraphs(), a.language()), section, actor);
        List<String> warnings = new ArrayList<>(article.warnings());
        if (section != null && section.unparsed()) {
            warnings.add("comment section not fully read: " + section.reason()
                    + "; the comments missing here were neither stored nor classified");
        }
        if (page.comments() == null || page.comments().isEmpty()) {
            return new PageIngested(article, new CommentsAccepted(articleId, 0, 0, 0, 0, List.of(), List.of()), section,
                    warnings);
        }
        List<PageCommentIds.Stored> stored = article.created() || !PageCommentIds.anyPositional(page.comments()) ? List.of()
                : jdbc.query("SELECT external_id, author, text FROM comments WHERE article_id = ? ORDER BY position, id",
                        (rs, i) -> new PageCommentIds.Stored(rs.getString(1), rs.getString(2), rs.getString(3)), article.id());
        Map<String, String> ids = PageCommentIds.assign(articleId, page.comments(), stored);
        List<CommentInput> comments = new ArrayList<>();
        for (ExtractedComment c : page.comments()) {
            comments.add(new CommentInput(ids.getOrDefault(c.id(), pageCommentId(articleId, c.id())),
                    c.parentId() == null ? null : ids.getOrDefault(c.parentId(), pageCommentId(articleId, c.parentId())),
                    c.author(), Validation.parseTime(c.postedAt()), c.likes(), c.text() == null ? "" : c.text(),
                    c.quotes() == null ? List.of() : json.convertValue(c.quotes().stream()
                            .filter(q -> q.text() != null && !q.text().isBlank()).toList(), // nothing to show or score
                            json.getTypeFactory().constructCollectionType(List.class, Map.class))));
        }
        CommentsAccepted accepted = addComments(site, articleId, comments);
        List<String> all = new ArrayList<>(warnings);
        all.addAll(accepted.warnings());
        return new PageIngested(article, accepted, section, all);
    }

    private Map<String, Integer> storedParents(Site site, long articleId, List<CommentInput> batch) {
        Map<String, Integer> inBatch = new HashMap<>();
        batch.forEach(c -> inBatch.put(c.externalId(), 0));
        List<String> wanted = batch.stream().map(CommentInput::parentId)
                .filter(p -> p != null && !inBatch.containsKey(p)).distinct().toList();
        Map<String, Integer> found = new HashMap<>();
        if (!wanted.isEmpty()) {
            jdbc.query(UnnestBatch.of(
                    "SELECT external_id, depth FROM comments WHERE site_id = ? AND article_id = ? AND external_id = ANY(?)")
                    .scalar(site.id()).scalar(articleId).column("text", wanted.toArray()).statement(), rs -> {
                found.put(rs.getString(1), rs.getInt(2));
            });
        }
        for (int i = 0; i < batch.size(); i++) {
            String p = batch.get(i).parentId();
            if (p != null && !inBatch.containsKey(p) && !found.containsKey(p)) {
                throw new ParentNotFound("comments[" + i + "].parentId", p);
            }
        }
        return found;
    }

    /**
     * Stores the new comments of the batch and queues them in the outbox, in one statement (one round trip however
     * many comments): positions continue after the article's last one, read in the same statement, which runs after
     * the article's row lock was taken, so it sees every batch committed before this one.
     */
    private Map<String, Long> insert(Site site, long articleId, List<CommentInput> ordered, Map<String, Integer> depth) {
        int n = ordered.size();
        String[] ext = new String[n], parent = new String[n], author = new String[n], text = new String[n], quotes = new String[n],
                authorId = new String[n];
        OffsetDateTime[] posted = new OffsetDateTime[n];
        Integer[] likes = new Integer[n], pos = new Integer[n], dep = new Integer[n];
        for (int i = 0; i < n; i++) {
            CommentInput c = ordered.get(i);
            ext[i] = c.externalId();
            parent[i] = c.parentId();
            author[i] = c.author();
            authorId[i] = c.authorId();
            posted[i] = c.postedAt();
            likes[i] = c.likes();
            text[i] = c.text();
            quotes[i] = toJson(c.quotes() == null ? List.of() : c.quotes());
            pos[i] = i;
            dep[i] = depth.get(c.externalId());
        }
        Map<String, Long> created = new LinkedHashMap<>();
        jdbc.query(UnnestBatch.of("""
                WITH stored AS (
                    INSERT INTO comments (site_id, article_id, external_id, parent_external_id, author, posted_at,
                                          likes, text, quotes, position, depth, author_id)
                    SELECT ?, a.id, t.ext, t.parent, t.author, t.posted, t.likes, t.text, t.quotes::jsonb,
                           a.next + t.pos, t.dep, t.author_id
                    FROM (SELECT ?::bigint AS id) a0
                         CROSS JOIN LATERAL (SELECT a0.id, (SELECT coalesce(max(position), -1) + 1 FROM comments
                                                            WHERE article_id = a0.id) AS next) a,
                         unnest(?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::int[], ?::text[], ?::text[],
                                ?::int[], ?::int[], ?::text[]) AS t(ext, parent, author, posted, likes, text, quotes, pos,
                                                                   dep, author_id)
                    ORDER BY t.pos
                    ON CONFLICT (site_id, external_id) DO NOTHING
                    RETURNING id, external_id),
                queued AS (INSERT INTO outbox (comment_id) SELECT id FROM stored ORDER BY id)
                SELECT id, external_id FROM stored ORDER BY id""")
                .scalar(site.id()).scalar(articleId).column("text", ext).column("text", parent).column("text", author)
                .column("timestamptz", posted).column("int4", likes).column("text", text).column("text", quotes)
                .column("int4", pos).column("int4", dep).column("text", authorId).statement(), rs -> {
            created.put(rs.getString(2), rs.getLong(1));
        });
        return created;
    }

    private record Stored(long id, long articleId, String article, String text) {
    }

    private Map<String, Stored> existingIds(Site site, List<CommentInput> batch) {
        Map<String, Stored> ids = new HashMap<>();
        String[] ext = batch.stream().map(CommentInput::externalId).toArray(String[]::new);
        jdbc.query(UnnestBatch.of("""
                        SELECT c.external_id, c.id, c.article_id, a.external_id, c.text FROM comments c
                        JOIN articles a ON a.id = c.article_id
                        WHERE c.site_id = ? AND c.external_id = ANY(?)""")
                .scalar(site.id()).column("text", ext).statement(), rs -> {
            ids.put(rs.getString(1), new Stored(rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5)));
        });
        return ids;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new InvalidInput("quotes", "not serialisable: " + e.getOriginalMessage());
        }
    }

    /**
     * An extracted comment's id comes from the page, where an HTML id attribute may hold characters a URL
     * path cannot carry; such an id is replaced by a digest of it, the same on every replay of the page,
     * so the comment stays addressable and ingest stays idempotent.
     */
    static String pageCommentId(String articleId, String extractedId) {
        return articleId + "#" + (Validation.addressable(extractedId) ? extractedId : "h-" + sha256(extractedId).substring(0, 24));
    }

    /** A readable id from a URL that still works as one path segment. */
    static String fromUrl(String url) {
        String id = url.replaceFirst("^[a-zA-Z]+://", "").replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-|-$", "");
        return id.length() <= 120 ? id : id.substring(0, 88) + "-" + sha256(url).substring(0, 31);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
