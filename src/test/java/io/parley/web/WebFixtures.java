package io.parley.web;

import io.parley.ingest.ArticleInput;
import io.parley.ingest.CommentInput;
import io.parley.ingest.CommentsAccepted;
import io.parley.ingest.IngestService;
import io.parley.site.Accounts;
import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.site.SiteDirectory;
import io.parley.site.SiteSettings;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Sites for the page tests. The seed 004 page is stored as structured comments through
 * {@link IngestService#addComments}; held items get plausible scores by SQL because the models are not
 * on this branch (the lead switches this to the real pipeline after merging).
 */
final class WebFixtures {

    static final String PASSWORD = "correct-horse-42";
    static final String SEED = "seeds/004_72e78a6f65c98bb3.txt";

    private final SiteDirectory sites;
    private final Accounts accounts;
    private final IngestService ingest;
    private final JdbcTemplate jdbc;

    WebFixtures(SiteDirectory sites, Accounts accounts, IngestService ingest, JdbcTemplate jdbc) {
        this.sites = sites;
        this.accounts = accounts;
        this.ingest = ingest;
        this.jdbc = jdbc;
    }

    Site site(String slug, String name) {
        return sites.find(slug).orElseGet(() -> sites.create(slug, name, "test"));
    }

    /** Grants the role, creating the user with {@link #PASSWORD} when new (an existing user keeps theirs). */
    void user(String name, Role role, String slug) {
        accounts.addUser(name, accounts.userExists(name) ? null : PASSWORD, role, slug, "test");
    }

    /** The seed 004 article and its comment thread; returns external comment id to database id. */
    Map<String, Long> seed004(Site site) throws IOException {
        String page = new String(new ClassPathResource(SEED).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String[] lines = page.split("\n", -1);
        String title = lines[0].strip();
        int end = page.indexOf("AFP contributed reporting.");
        List<String> paragraphs = new ArrayList<>();
        for (String p : page.substring(title.length(), end).split("\n")) {
            if (!p.isBlank()) {
                paragraphs.add(p.strip().replaceFirst("^– ", ""));
            }
        }
        ingest.upsertArticle(site, new ArticleInput("seed-004", "https://www.themoscowtimes.com/", title, "AFP",
                OffsetDateTime.parse("2022-01-10T18:00:00Z"), null, paragraphs, "en"));

        // The page has one top-level comment and one reply; the reply narrates an exchange elsewhere
        // (quoted replies by name), which becomes the deeper part of the thread here.
        String comments = page.substring(page.indexOf("  1. "));
        String c1quote = between(comments, "  1. ", "\n");
        String c1 = between(comments, c1quote + "\n", "Liked by 4 people");
        String c2 = between(page, "• ", "Reply from M Bilewycz:");
        String c3 = between(page, "Reply from M Bilewycz:", "Reply from the same");
        String c4 = between(page, "arsehole:", "I replied to");
        String c5 = between(page, "I replied to “Jackson”:", "Another reply of mine");
        String lastMarker = "Another reply of mine to “Jackson” :";
        String c6 = page.substring(page.indexOf(lastMarker) + lastMarker.length(), page.lastIndexOf("Liked by 4 people"))
                .strip().replaceAll("\n[ \t]+", "\n");
        OffsetDateTime t = OffsetDateTime.parse("2022-01-11T08:00:00Z");
        List<CommentInput> thread = List.of(
                new CommentInput("s4-c1", null, "reader-1", t, 4, c1, List.of(Map.of("text", c1quote.strip()))),
                new CommentInput("s4-c2", "s4-c1", "reader-2", t.plusMinutes(20), 4, c2, List.of()),
                new CommentInput("s4-c3", "s4-c2", "M Bilewycz", t.plusMinutes(40), null, c3, List.of()),
                new CommentInput("s4-c4", "s4-c3", "David Jackson", t.plusMinutes(55), null, c4, List.of()),
                new CommentInput("s4-c5", "s4-c4", "reader-2", t.plusMinutes(70), null, c5, List.of()),
                new CommentInput("s4-c6", "s4-c4", "reader-2", t.plusMinutes(75), null, c6, List.of()));
        CommentsAccepted accepted = ingest.addComments(site, "seed-004", thread);
        Map<String, Long> ids = new LinkedHashMap<>();
        accepted.comments().forEach(r -> ids.put(r.externalId(), r.id()));
        unclassified(ids.values().toArray(Long[]::new));

        classify(ids.get("s4-c3"), c3, Map.of("toxicity", 0.14, "insult", 0.09), List.of(),
                "{\"article\":\"discuss\",\"parent\":\"support\",\"targets\":{\"NATO\":\"favor\",\"Putin\":\"against\"}}");
        status(ids.get("s4-c3"), "published", "[]");
        hold(ids.get("s4-c1"), c1, Map.of("toxicity", 0.58, "insult", 0.64), List.of("Putler puppet", "big lie"),
                "{\"article\":\"disagree\",\"parent\":null,\"targets\":{\"Russia\":\"against\"}}", "insult", 0.64, 0.5);
        hold(ids.get("s4-c2"), c2, Map.of("toxicity", 0.52, "insult", 0.55), List.of("kremtrolls"),
                "{\"article\":\"discuss\",\"parent\":\"support\",\"targets\":{\"Putin\":\"against\"}}", "insult", 0.55, 0.5);
        hold(ids.get("s4-c4"), c4, Map.of("toxicity", 0.41, "insult", 0.22, "identity_attack", 0.47), List.of("obvious hatred"),
                "{\"article\":\"disagree\",\"parent\":\"deny\",\"targets\":{\"Russia\":\"favor\",\"NATO\":\"against\"}}",
                "identity_attack", 0.47, 0.4);
        hold(ids.get("s4-c5"), c5, Map.of("toxicity", 0.84, "insult", 0.91, "identity_attack", 0.33),
                List.of("wormy little troll", "smelly Putin-loving cult"),
                "{\"article\":\"unrelated\",\"parent\":\"deny\",\"targets\":{\"Putin\":\"against\"}}", "insult", 0.91, 0.5);
        hold(ids.get("s4-c6"), c6, Map.of("toxicity", 0.79, "insult", 0.86), List.of("smelly little trolls"),
                "{\"article\":\"unrelated\",\"parent\":\"deny\",\"targets\":{}}", "insult", 0.86, 0.5);
        return ids;
    }

    /**
     * Takes the given comments out of the pipeline so the fixture's scores are the only ones. Ingest wakes a worker at
     * once, which may already hold their outbox rows: the delete waits for its batch to commit, and what it wrote goes.
     */
    private void unclassified(Long[] ids) {
        jdbc.update("DELETE FROM outbox WHERE comment_id = ANY(?::bigint[])", (Object) ids);
        jdbc.update("DELETE FROM review_items WHERE comment_id = ANY(?::bigint[])", (Object) ids);
        jdbc.update("DELETE FROM classifications WHERE comment_id = ANY(?::bigint[])", (Object) ids);
        jdbc.update("UPDATE comments SET status = 'received', status_reason = NULL WHERE id = ANY(?::bigint[])", (Object) ids);
    }

    /** Older, already published comments so the owner's histograms have a realistic shape (seeded, synthetic). */
    void background(Site site, int n, long seed) {
        ingest.upsertArticle(site, new ArticleInput("background", null, "Earlier discussion", null, null,
                "Earlier article text.", null, "en"));
        Random random = new Random(seed);
        List<CommentInput> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            batch.add(new CommentInput("bg-" + i, null, "reader-" + (i % 37), null, null, "earlier comment " + i, List.of()));
        }
        CommentsAccepted accepted = ingest.addComments(site, "background", batch);
        Long[] ids = accepted.comments().stream().map(r -> r.id()).toArray(Long[]::new);
        unclassified(ids);
        List<Object[]> rows = new ArrayList<>();
        for (Long id : ids) {
            // skewed towards 0 like real abuse scores: most comments are harmless
            double base = Math.pow(random.nextDouble(), 3);
            rows.add(new Object[]{id, base, base * 0.4, clamp(base + random.nextGaussian() * 0.08), base * 0.2,
                    clamp(base * 0.7 + random.nextGaussian() * 0.05), base * 0.3});
        }
        jdbc.batchUpdate("""
                INSERT INTO classifications (comment_id, model_name, model_version, scores, stance, spans, language)
                VALUES (?, 'fixture', '0', jsonb_build_object('toxicity', ?::real, 'severe_toxicity', ?::real,
                        'insult', ?::real, 'threat', ?::real, 'obscene', ?::real, 'identity_attack', ?::real),
                        '{"article":"discuss"}', '[]', 'en')""", rows);
        jdbc.update("UPDATE comments SET status = 'published' WHERE id = ANY(?::bigint[])", (Object) ids);
    }

    /** A held comment whose text, author and article title carry script payloads. */
    long xss(Site site) {
        ingest.upsertArticle(site, new ArticleInput("xss-article", null, "<script>window.__xssTitle=1</script>Title", null,
                null, "Body <img src=x onerror=\"window.__xssBody=1\">", null, "en"));
        String text = "<script>window.__xss=1;alert('xss')</script> <img src=x onerror=\"window.__xss=2;alert(2)\"> "
                + "<a href=\"javascript:window.__xss=3\">click me</a> <b onmouseover=\"window.__xss=4\">bold</b>";
        CommentsAccepted a = ingest.addComments(site, "xss-article", List.of(
                new CommentInput("x1", null, "<img src=x onerror=\"window.__xssAuthor=1\">", null, 1, text, List.of())));
        long id = a.comments().get(0).id();
        unclassified(new Long[]{id});
        hold(id, text, Map.of("insult", 0.7, "toxicity", 0.6), List.of("<script>"),
                "{\"article\":\"<img src=x onerror=alert(5)>\",\"parent\":null,\"targets\":{\"<svg onload=alert(6)>\":\"against\"}}",
                "insult", 0.7, 0.5);
        return id;
    }

    /**
     * A held comment whose author name opens a right-to-left override (U+202E) it never closes, and whose text does the
     * same after an insult, beside an Arabic reply: commenter-controlled text that reorders what a page prints after it.
     */
    long bidi(Site site) {
        ingest.upsertArticle(site, new ArticleInput("bidi-article", null, "Bidi", null, null, "Body.", null, "en"));
        String text = "You idiot \u202Eyou are banned";
        CommentsAccepted a = ingest.addComments(site, "bidi-article", List.of(
                new CommentInput("r1", null, "\u202Eevil", null, 1, text, List.of()),
                new CommentInput("r2", "r1", "\u0646\u0648\u0631", null, 0, "\u0623\u0646\u062A \u063A\u0628\u064A!", List.of())));
        long id = a.comments().get(0).id();
        unclassified(new Long[]{id, a.comments().get(1).id()});
        hold(id, text, Map.of("insult", 0.7, "toxicity", 0.6), List.of("idiot"),
                "{\"article\":\"disagree\",\"parent\":null,\"targets\":{}}", "insult", 0.7, 0.5);
        status(a.comments().get(1).id(), "published", "[]");
        return id;
    }

    /** Bulk queue for the render-time test: n held comments with classifications and spans. */
    void bulkQueue(Site site, int n) {
        ingest.upsertArticle(site, new ArticleInput("bulk", null, "Bulk article", null, null,
                "First paragraph about the talks.\n\nSecond paragraph about sanctions.", null, "en"));
        long article = jdbc.queryForObject("SELECT id FROM articles WHERE site_id = ? AND external_id = 'bulk'", Long.class, site.id());
        jdbc.update("""
                INSERT INTO comments (site_id, article_id, external_id, author, text, position, status, posted_at, likes)
                SELECT ?, ?, 'b' || g, 'author' || (g % 300), 'comment ' || g || ' calls someone an idiot about the sanctions talks',
                       g, 'held', now() - make_interval(mins => g), g % 7
                FROM generate_series(1, ?) g""", site.id(), article, n);
        jdbc.update("""
                INSERT INTO classifications (comment_id, model_name, model_version, scores, stance, spans, language)
                SELECT id, 'fixture', '0', jsonb_build_object('toxicity', (0.5 + (id % 50) / 100.0)::real,
                       'insult', (0.5 + (id % 47) / 100.0)::real, 'threat', ((id % 13) / 100.0)::real),
                       '{"article":"disagree","parent":"deny","targets":{"NATO":"against"}}',
                       '[{"label":"insult","start":25,"end":30,"weight":0.9}]', 'en'
                FROM comments WHERE site_id = ? AND article_id = ?""", site.id(), article);
        jdbc.update("""
                INSERT INTO review_items (site_id, comment_id, priority, reason, settings_version)
                SELECT c.site_id, c.id, (k.scores->>'insult')::real,
                       jsonb_build_array(jsonb_build_object('rule', 'label', 'label', 'insult', 'score', k.scores->'insult',
                                         'threshold', 0.5, 'action', 'hold', 'settingsVersion', 1)), 1
                FROM comments c JOIN classifications k ON k.comment_id = c.id WHERE c.site_id = ? AND c.article_id = ?""",
                site.id(), article);
        // What autovacuum does within a minute of a bulk load; without it the planner walks
        // classifications backwards by id for the "latest classification" subquery (180 ms instead of 1).
        jdbc.execute("ANALYZE comments");
        jdbc.execute("ANALYZE classifications");
        jdbc.execute("ANALYZE review_items");
    }

    private void hold(long commentId, String text, Map<String, Double> scores, List<String> spanWords, String stance,
                      String label, double score, double threshold) {
        classify(commentId, text, scores, spanWords, stance);
        String reason = "[{\"rule\":\"label\",\"label\":\"" + label + "\",\"score\":" + score + ",\"threshold\":" + threshold
                + ",\"action\":\"hold\",\"settingsVersion\":1}]";
        status(commentId, "held", reason);
        jdbc.update("""
                INSERT INTO review_items (site_id, comment_id, priority, reason, settings_version)
                SELECT site_id, id, ?, ?::jsonb, 1 FROM comments WHERE id = ? ON CONFLICT (comment_id) DO NOTHING""",
                score, reason, commentId);
    }

    private void classify(long commentId, String text, Map<String, Double> scores, List<String> spanWords, String stance) {
        StringBuilder spans = new StringBuilder("[");
        String label = scores.entrySet().stream().filter(e -> !e.getKey().equals("toxicity"))
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("toxicity");
        for (String w : spanWords) {
            int at = text.indexOf(w);
            if (at >= 0) {
                spans.append(spans.length() > 1 ? "," : "").append("{\"label\":\"").append(label).append("\",\"start\":")
                        .append(at).append(",\"end\":").append(at + w.length()).append(",\"weight\":0.8}");
            }
        }
        spans.append("]");
        Map<String, Double> s = new HashMap<>(scores);
        jdbc.update("""
                INSERT INTO classifications (comment_id, model_name, model_version, scores, stance, spans, language)
                VALUES (?, 'fixture', '0', jsonb_build_object('toxicity', ?::real, 'severe_toxicity', ?::real,
                        'insult', ?::real, 'threat', ?::real, 'obscene', ?::real, 'identity_attack', ?::real),
                        ?::jsonb, ?::jsonb, 'en') ON CONFLICT DO NOTHING""",
                commentId, s.getOrDefault("toxicity", 0.05), s.getOrDefault("severe_toxicity", 0.01),
                s.getOrDefault("insult", 0.02), s.getOrDefault("threat", 0.01), s.getOrDefault("obscene", 0.02),
                s.getOrDefault("identity_attack", 0.01), stance, spans.toString());
    }

    private void status(long commentId, String status, String reasons) {
        jdbc.update("UPDATE comments SET status = ?, status_reason = jsonb_build_object('reasons', ?::jsonb) WHERE id = ?",
                status, reasons, commentId);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static String between(String s, String from, String to) {
        int a = s.indexOf(from);
        if (a < 0) {
            throw new IllegalStateException("seed page changed: no '" + from + "'");
        }
        a += from.length();
        int b = s.indexOf(to, a);
        if (b < 0) {
            throw new IllegalStateException("seed page changed: no '" + to + "' after '" + from + "'");
        }
        return s.substring(a, b).strip().replaceAll("\n[ \t]+", "\n");
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
