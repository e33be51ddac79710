package io.parley.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.site.Site;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class IngestApiTest extends IntegrationTest {

    Site site;
    Api api;

    @BeforeEach
    void site() {
        site = sites.create("s-" + UUID.randomUUID().toString().substring(0, 8), "Test", "test");
        api = new Api(port, Api.bearer(accounts.issueApiKey(site, "test", "test")));
    }

    String base() {
        return "/api/v1/sites/" + site.slug();
    }

    static Map<String, Object> comment(String id, String parent, String text) {
        Map<String, Object> c = new java.util.HashMap<>(Map.of("externalId", id, "text", text, "author", "a-" + id));
        if (parent != null) {
            c.put("parentId", parent);
        }
        return c;
    }

    @Test
    void sameCommentSentTwiceIsStoredOnce() {
        assertThat(api.postJson(base() + "/articles", Map.of("externalId", "a1", "title", "T", "body", "P1\n\nP2")).status())
                .isEqualTo(201);
        List<Map<String, Object>> batch = List.of(comment("c1", null, "first"), comment("c2", "c1", "reply"));
        var first = api.postJson(base() + "/articles/a1/comments", Map.of("comments", batch));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("created").asInt()).isEqualTo(2);

        var again = api.postJson(base() + "/articles/a1/comments", Map.of("comments", batch));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("created").asInt()).isZero();
        assertThat(again.json().get("duplicates").asInt()).isEqualTo(2);
        assertThat(again.json().get("comments").get(0).get("id").asLong())
                .isEqualTo(first.json().get("comments").get(0).get("id").asLong());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM comments WHERE site_id = ?", Integer.class, site.id())).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox o JOIN comments c ON c.id = o.comment_id WHERE c.site_id = ?",
                Integer.class, site.id())).isLessThanOrEqualTo(2);
    }

    /**
     * A site that syncs its threads re-sends a comment its author edited: same id, other text. Parley keeps (and has
     * moderated) the text first sent, and the answer was a plain "duplicates: 1", so a comment published as "Nice
     * piece" and edited into an insult went unnoticed. The answer names it: the comment is marked as not updated and a
     * warning says the edit was neither stored nor moderated. A plain retry (same text) says nothing.
     */
    @Test
    void aCommentResentWithOtherTextIsNamedAsAnEditNotStored() {
        api.postJson(base() + "/articles", Map.of("externalId", "a1", "title", "T", "body", "b"));
        api.postJson(base() + "/articles/a1/comments", Map.of("comments", List.of(comment("e1", null, "Nice piece"),
                comment("e2", null, "Agreed"))));

        var retry = api.postJson(base() + "/articles/a1/comments", Map.of("comments", List.of(comment("e1", null, "Nice piece"))));
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("edited").asInt()).isZero();
        assertThat(retry.json().has("warnings")).isFalse();
        assertThat(retry.json().get("comments").get(0).get("textChanged").asBoolean()).isFalse();

        var edit = api.postJson(base() + "/articles/a1/comments", Map.of("comments", List.of(
                comment("e1", null, "Nice piece, you brainless idiot"), comment("e2", null, "Agreed"),
                comment("e3", null, "new one"))));
        assertThat(edit.status()).isEqualTo(201);
        assertThat(edit.json().get("created").asInt()).isEqualTo(1);
        assertThat(edit.json().get("duplicates").asInt()).isEqualTo(2);
        assertThat(edit.json().get("edited").asInt()).isEqualTo(1);
        assertThat(edit.json().get("comments").get(0).get("textChanged").asBoolean()).isTrue();
        assertThat(edit.json().get("comments").get(1).get("textChanged").asBoolean()).isFalse();
        assertThat(edit.json().get("warnings").toString()).contains("e1").contains("not stored");
        assertThat(jdbc.queryForObject("SELECT text FROM comments WHERE site_id = ? AND external_id = 'e1'", String.class,
                site.id())).isEqualTo("Nice piece");

        // an article sent again with its comments answers the same way
        var again = api.postJson(base() + "/articles", Map.of("externalId", "a1", "title", "T", "body", "b",
                "comments", List.of(comment("e2", null, "Agreed, edited"))));
        assertThat(again.json().get("comments").get("edited").asInt()).isEqualTo(1);
        assertThat(again.json().get("warnings").toString()).contains("e2");
    }

    /**
     * An article is stored as first sent (first write wins), but a re-send with another title or body answered a plain
     * {@code created: false}, so a corrected headline or an edited story looked stored when it was not. The answer
     * names the fields that differ and warns that the stored article was kept; a plain replay says nothing.
     */
    @Test
    void anArticleResentWithOtherTitleOrBodyIsNamedNotSilentlyKept() {
        assertThat(api.postJson(base() + "/articles", Map.of("externalId", "a1", "title", "T", "body", "P1\n\nP2")).status())
                .isEqualTo(201);

        var replay = api.postJson(base() + "/articles", Map.of("externalId", "a1", "title", "T", "body", "P1\n\nP2"));
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().get("textChanged").asBoolean()).isFalse();
        assertThat(replay.json().has("warnings")).isFalse();
        // a replay that sends only the id (to reach the article) changes nothing either
        var bare = api.postJson(base() + "/articles", Map.of("externalId", "a1"));
        assertThat(bare.json().get("textChanged").asBoolean()).as(bare.body()).isFalse();

        var edited = api.postJson(base() + "/articles", Map.of("externalId", "a1", "title", "T, corrected", "body", "P1\n\nP2 edited"));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("created").asBoolean()).isFalse();
        assertThat(edited.json().get("textChanged").asBoolean()).as(edited.body()).isTrue();
        assertThat(edited.json().get("changed").toString()).contains("title").contains("body");
        assertThat(edited.json().get("warnings").toString()).contains("a1").contains("not stored");
        assertThat(jdbc.queryForMap("SELECT title, body FROM articles WHERE site_id = ? AND external_id = 'a1'", site.id()))
                .containsEntry("title", "T").containsEntry("body", "P1\n\nP2");

        var withComments = api.postJson(base() + "/articles", Map.of("externalId", "a1", "title", "T", "body", "other",
                "comments", List.of(comment("k1", null, "hello"))));
        assertThat(withComments.status()).isEqualTo(201);
        assertThat(withComments.json().get("article").get("changed").toString()).contains("body").doesNotContain("title");
        assertThat(withComments.json().get("warnings").toString()).contains("a1");
    }

    /**
     * Was a plain {@code created: false}: a re-send with a moved URL, a corrected byline, another published time or
     * language looked stored when it was not. Named in {@code changed} and the warning; the same instant written with
     * another offset is no change; the text did not change, so {@code textChanged} stays false.
     */
    @Test
    void anArticleResentWithOtherUrlBylineOrDateIsNamed() {
        Map<String, Object> first = Map.of("externalId", "m1", "title", "T", "body", "B", "url", "https://example.com/a",
                "byline", "A. Reporter", "published", "2022-01-10T18:00:00Z", "language", "en");
        assertThat(api.postJson(base() + "/articles", first).status()).isEqualTo(201);
        var sameInstant = api.postJson(base() + "/articles", Map.of("externalId", "m1", "title", "T", "body", "B",
                "url", "https://example.com/a", "byline", "A. Reporter", "published", "2022-01-10T19:00:00+01:00",
                "language", "en"));
        assertThat(sameInstant.json().has("changed")).as(sameInstant.body()).isFalse();
        assertThat(sameInstant.json().has("warnings")).as(sameInstant.body()).isFalse();

        var moved = api.postJson(base() + "/articles", Map.of("externalId", "m1", "title", "T", "body", "B",
                "url", "https://example.com/a-moved", "byline", "B. Editor", "published", "2022-01-11T08:00:00Z",
                "language", "de"));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("textChanged").asBoolean()).as(moved.body()).isFalse();
        assertThat(moved.json().get("changed").toString()).as(moved.body())
                .isEqualTo("[\"url\",\"byline\",\"published\",\"language\"]");
        assertThat(moved.json().get("warnings").toString()).contains("m1").contains("url, byline, published, language")
                .contains("not stored");
        assertThat(jdbc.queryForMap("SELECT url, byline, language FROM articles WHERE site_id = ? AND external_id = 'm1'",
                site.id())).containsEntry("url", "https://example.com/a").containsEntry("byline", "A. Reporter")
                .containsEntry("language", "en");
    }

    /** The same for a page: a re-extracted page whose article text changed says so; the stored text stays. */
    @Test
    void aPageResentWithAnotherArticleTextIsNamed() {
        String first = articlePage("Council approves the new bridge", "a decade of debate");
        var a = api.post(base() + "/pages?externalId=bridge", "text/html; charset=utf-8", first.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        var same = api.post(base() + "/pages?externalId=bridge", "text/html; charset=utf-8", first.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(same.json().get("article").get("textChanged").asBoolean()).as(same.body()).isFalse();
        assertThat(same.json().has("warnings")).isFalse();

        String second = articlePage("Council approves the new bridge", "two decades of debate");
        var b = api.post(base() + "/pages?externalId=bridge", "text/html; charset=utf-8", second.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(b.status()).as(b.body()).isEqualTo(200);
        assertThat(b.json().get("article").get("textChanged").asBoolean()).as(b.body()).isTrue();
        assertThat(b.json().get("article").get("changed").toString()).contains("body").doesNotContain("title");
        assertThat(b.json().get("warnings").toString()).contains("bridge");
        assertThat(jdbc.queryForObject("SELECT body FROM articles WHERE site_id = ? AND external_id = 'bridge'", String.class,
                site.id())).contains("a decade of debate").doesNotContain("two decades");
    }

    /**
     * Was first write wins for an empty body too: a consent wall sent to /pages (or an article created with its title
     * only) kept its empty body for good, and the real page sent next was answered "another body ... not stored".
     * The first real body fills an empty one, says so and is audited; a stored body is still never replaced.
     */
    @Test
    void aRealBodyFillsAnArticleStoredEmptyButNeverReplacesOne() {
        String wall = "<!doctype html><html><head><title>Before you continue</title></head><body><div class=consent>"
                + "<h1>Before you continue</h1><form method=post action=/consent><button>Accept all</button>"
                + " <button>Reject all</button></form></div></body></html>";
        var w = api.post(base() + "/pages?externalId=bridge", "text/html; charset=utf-8", wall.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(w.status()).as(w.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT body FROM articles WHERE site_id = ? AND external_id = 'bridge'", String.class,
                site.id())).isEmpty();

        String real = articlePage("Council approves the new bridge", "a decade of debate");
        var r = api.post(base() + "/pages?externalId=bridge", "text/html; charset=utf-8", real.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode article = r.json().get("article");
        assertThat(article.get("filled").toString()).as(r.body()).contains("body");
        // the body is no longer another one; the wall's title is kept (a stored value is never replaced) and named
        assertThat(article.get("changed").toString()).as(r.body()).contains("title").doesNotContain("body");
        assertThat(article.get("textChanged").asBoolean()).isTrue();
        assertThat(r.json().get("warnings").toString()).contains("was stored with no body").contains("filled it")
                .contains("another title");
        assertThat(jdbc.queryForMap("SELECT title, body, jsonb_array_length(paragraphs) AS n FROM articles"
                        + " WHERE site_id = ? AND external_id = 'bridge'", site.id()))
                .containsEntry("title", "Before you continue").containsEntry("n", 6);
        assertThat(jdbc.queryForObject("SELECT body FROM articles WHERE site_id = ? AND external_id = 'bridge'", String.class,
                site.id())).contains("a decade of debate");
        assertThat(jdbc.queryForList("SELECT action || ' ' || subject || ' ' || (details->'fields')::text FROM audit_events"
                + " WHERE site_id = ? AND action = 'article.filled'", String.class, site.id()))
                .containsExactly("article.filled article:bridge [\"body\"]");

        // filled once: the next body is another one, not stored, as before
        String later = articlePage("Council approves the new bridge", "two decades of debate");
        var l = api.post(base() + "/pages?externalId=bridge", "text/html; charset=utf-8", later.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(l.json().get("article").has("filled")).as(l.body()).isFalse();
        assertThat(l.json().get("article").get("changed").toString()).contains("body");
        assertThat(jdbc.queryForObject("SELECT body FROM articles WHERE site_id = ? AND external_id = 'bridge'", String.class,
                site.id())).contains("a decade of debate").doesNotContain("two decades");

        // an article created with its title only, commented on, then sent with its body: filled, and the answer says
        // the comment already stored was classified without it
        assertThat(api.postJson(base() + "/articles", Map.of("externalId", "t1", "title", "T")).status()).isEqualTo(201);
        assertThat(api.postJson(base() + "/articles/t1/comments", Map.of("comments", List.of(comment("k1", null, "hello"))))
                .status()).isEqualTo(201);
        var t = api.postJson(base() + "/articles", Map.of("externalId", "t1", "title", "T", "body", "P1\n\nP2", "language", "en"));
        assertThat(t.status()).as(t.body()).isEqualTo(200);
        assertThat(t.json().get("filled").toString()).as(t.body()).isEqualTo("[\"body\",\"language\"]");
        assertThat(t.json().has("changed")).as(t.body()).isFalse();
        assertThat(t.json().get("textChanged").asBoolean()).isFalse();
        assertThat(t.json().get("warnings").toString()).contains("1 comment(s) stored before were classified without it")
                .contains("reclassify --site " + site.slug());
        assertThat(jdbc.queryForMap("SELECT body, language FROM articles WHERE site_id = ? AND external_id = 't1'", site.id()))
                .containsEntry("body", "P1\n\nP2").containsEntry("language", "en");
        assertThat(jdbc.queryForObject("SELECT actor FROM audit_events WHERE site_id = ? AND subject = 'article:t1'",
                String.class, site.id())).isNotBlank();
        // a replay of the filled article is a plain replay
        var replay = api.postJson(base() + "/articles", Map.of("externalId", "t1", "title", "T", "body", "P1\n\nP2"));
        assertThat(replay.json().has("warnings")).as(replay.body()).isFalse();
    }

    private static String articlePage(String title, String phrase) {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><title>" + title + "</title></head><body>"
                + "<div id=content><div class=post><h1>" + title + "</h1>");
        for (int i = 0; i < 6; i++) {
            html.append("<p>The council voted on Tuesday to fund a new bridge across the river, paragraph ").append(i)
                    .append(", ending ").append(phrase).append(" about traffic in the old town and its narrow streets.</p>");
        }
        return html.append("</div></div><div id=footer><a href=/about>About</a></div></body></html>").toString();
    }

    /**
     * The comment insert reads the article's last position and queues the new rows in the outbox in the same
     * statement: a later batch continues after the earlier ones, a duplicate is neither stored nor queued again, and
     * every new comment is queued exactly once (it is in the outbox or the worker already took it from there).
     */
    /**
     * Was a 422 "comments[0].parentId: is required" (and the same for authorId) for optional fields a CMS export writes
     * as "" when there is none, so a batch of top-level or anonymous comments was refused whole; "author": "" was taken.
     */
    @Test
    void anEmptyParentIdOrAuthorIdIsNoneNotARefusedBatch() {
        assertThat(api.postJson(base() + "/articles", Map.of("externalId", "a1", "title", "T", "body", "P")).status())
                .isEqualTo(201);
        var r = api.postJson(base() + "/articles/a1/comments", "{\"comments\":["
                + "{\"externalId\":\"e1\",\"parentId\":\"\",\"authorId\":\"\",\"author\":\"ann\",\"text\":\"Top level.\"},"
                + "{\"externalId\":\"e2\",\"parentId\":\"e1\",\"authorId\":\"  \",\"author\":\"bob\",\"text\":\"A reply.\"},"
                + "{\"externalId\":\"e3\",\"parentId\":\" \",\"authorId\":\"u-7\",\"text\":\"Another.\"}]}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("created").asInt()).isEqualTo(3);
        JsonNode e1 = api.get(base() + "/comments/e1").json();
        assertThat(e1.path("parentId").isMissingNode() || e1.path("parentId").isNull()).as(e1.toString()).isTrue();
        assertThat(e1.get("authorVerified").asBoolean()).isFalse();
        assertThat(api.get(base() + "/comments/e2").json().get("authorVerified").asBoolean()).isFalse();
        assertThat(api.get(base() + "/comments/e3").json().get("authorVerified").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM comments WHERE site_id = ? AND parent_id IS NULL", Integer.class,
                site.id())).isEqualTo(2);
    }

    @Test
    void laterBatchesContinueThePositionsAndQueueEachNewCommentOnce() {
        api.postJson(base() + "/articles", Map.of("externalId", "a1", "title", "T", "body", "b"));
        api.postJson(base() + "/articles", Map.of("externalId", "a2", "title", "T", "body", "b"));
        api.postJson(base() + "/articles/a1/comments", Map.of("comments", List.of(comment("p1", null, "first"),
                comment("p2", "p1", "second"), comment("p3", null, "third"))));
        api.postJson(base() + "/articles/a2/comments", Map.of("comments", List.of(comment("q1", null, "other article"))));
        var second = api.postJson(base() + "/articles/a1/comments", Map.of("comments", List.of(comment("p2", "p1", "second"),
                comment("p4", null, "fourth"), comment("p5", "p3", "fifth"))));
        assertThat(second.json().get("created").asInt()).isEqualTo(2);
        assertThat(second.json().get("duplicates").asInt()).isEqualTo(1);

        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT c.external_id, c.position, c.status,
                       (SELECT count(*) FROM outbox o WHERE o.comment_id = c.id) AS queued,
                       (SELECT count(*) FROM classifications k WHERE k.comment_id = c.id) AS classified
                FROM comments c JOIN articles a ON a.id = c.article_id
                WHERE c.site_id = ? AND a.external_id = 'a1' ORDER BY c.position""", site.id());
        assertThat(rows).extracting(r -> r.get("external_id")).containsExactly("p1", "p2", "p3", "p4", "p5");
        assertThat(rows.subList(0, 3)).extracting(r -> ((Number) r.get("position")).intValue()).containsExactly(0, 1, 2);
        // the second batch starts after the first one's last position; the duplicate keeps its place in the count
        assertThat(((Number) rows.get(3).get("position")).intValue()).isGreaterThan(2);
        assertThat(((Number) rows.get(4).get("position")).intValue()).isGreaterThan(((Number) rows.get(3).get("position")).intValue());
        for (Map<String, Object> r : rows) {
            long queued = ((Number) r.get("queued")).longValue();
            boolean taken = !"received".equals(r.get("status")) || ((Number) r.get("classified")).longValue() > 0;
            assertThat(queued + (taken ? 1 : 0)).as("%s queued once", r.get("external_id")).isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("""
                SELECT p.external_id FROM comments c JOIN comments p ON p.id = c.parent_id
                WHERE c.site_id = ? AND c.external_id = 'p5'""", String.class, site.id())).isEqualTo("p3");
        assertThat(jdbc.queryForObject("""
                SELECT c.position FROM comments c WHERE c.site_id = ? AND c.external_id = 'q1'""", Integer.class, site.id()))
                .isZero();
    }

    @Test
    void threadIsRebuiltFromParentsAcrossBatchesAndOutOfOrder() {
        api.postJson(base() + "/articles", Map.of("externalId", "a1", "title", "T", "paragraphs", List.of("x")));
        // Replies before their parents in the batch, and a second batch replying to stored comments.
        api.postJson(base() + "/articles/a1/comments", Map.of("comments", List.of(
                comment("r2", "r1", "reply to reply"), comment("r1", "top", "reply"), comment("top", null, "top"),
                comment("other", null, "another top"))));
        var second = api.postJson(base() + "/articles/a1/comments", Map.of("comments", List.of(
                comment("r3", "r2", "deepest"), comment("r4", "other", "under other"))));
        assertThat(second.status()).isEqualTo(201);

        JsonNode thread = api.get(base() + "/articles/a1/thread").json().get("comments");
        assertThat(thread).hasSize(2);
        assertThat(thread.get(0).get("externalId").asText()).isEqualTo("top");
        JsonNode r1 = thread.get(0).get("replies").get(0);
        assertThat(r1.get("externalId").asText()).isEqualTo("r1");
        JsonNode r2 = r1.get("replies").get(0);
        assertThat(r2.get("externalId").asText()).isEqualTo("r2");
        assertThat(r2.get("replies").get(0).get("externalId").asText()).isEqualTo("r3");
        assertThat(r2.get("replies").get(0).get("depth").asInt()).isEqualTo(3);
        assertThat(thread.get(1).get("replies").get(0).get("externalId").asText()).isEqualTo("r4");

        JsonNode one = api.get(base() + "/comments/r3").json();
        assertThat(one.get("parentId").asText()).isEqualTo("r2");
        assertThat(one.get("status").asText()).isIn("received", "classified", "published", "held", "rejected");
    }

    @Test
    void batchOfAThousandIsAcceptedAndOneMoreIsRefused() {
        api.postJson(base() + "/articles", Map.of("externalId", "big", "title", "T", "body", "b"));
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            batch.add(comment("b" + i, i == 0 ? null : "b" + (i / 2), "comment number " + i));
        }
        var ok = api.postJson(base() + "/articles/big/comments", Map.of("comments", batch));
        assertThat(ok.status()).isEqualTo(201);
        assertThat(ok.json().get("created").asInt()).isEqualTo(1000);
        batch.add(comment("b1000", null, "one too many"));
        var tooMany = api.postJson(base() + "/articles/big/comments", Map.of("comments", batch));
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.json().get("fields").get(0).get("field").asText()).isEqualTo("comments");
    }

    /** The characters an id may not hold are exactly those a URL path cannot carry: everything else stays reachable. */
    @Test
    void idsWithPunctuationAndNonAsciiCanBeReadBackByPath() {
        for (String id : List.of("a.b", "a..b", "...", ".a", "a#1", "a?b", "a b", "a+b", "a:b@c", "\u00e9t\u00e9", "\uD83D\uDE00",
                "a&b=c", "[x]", "~u")) {
            String path = java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
            assertThat(api.postJson(base() + "/articles", Map.of("externalId", id, "title", "T")).status()).as(id).isEqualTo(201);
            assertThat(api.get(base() + "/articles/" + path).json().get("externalId").asText()).as(id).isEqualTo(id);
            var added = api.postJson(base() + "/articles/" + path + "/comments", Map.of("comments", List.of(comment(id + "/c", null, "x")
                    .entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                            e -> e.getKey().equals("externalId") ? "c-" + id : e.getValue())))));
            assertThat(added.status()).as(id).isEqualTo(201);
            String comment = java.net.URLEncoder.encode("c-" + id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
            assertThat(api.get(base() + "/comments/" + comment).status()).as(id).isEqualTo(200);
        }
    }

    /** A page's own comment ids (HTML id attributes) that a path cannot carry are replaced, the same way on a replay. */
    @Test
    void aPageWhoseCommentIdsAreNotAddressableIsStoredOnceUnderReachableIds() {
        // The shape of a WordPress comment list, which the extractor reads ids and nesting from.
        StringBuilder html = new StringBuilder("<html><head><title>Bridge vote | Town News</title></head><body>"
                + "<ul id=menu><li><a href=/>Home</a></li><li><a href=/politics>Politics</a></li></ul>"
                + "<div id=content><div class=post><h1>Council approves the new bridge</h1>");
        for (int i = 0; i < 6; i++) {
            html.append("<p>The council voted on Tuesday to fund a new bridge across the river, paragraph ").append(i)
                    .append(", ending a decade of debate about traffic in the old town and its narrow streets.</p>");
        }
        html.append("</div><div id=comments><h2>3 comments</h2><ol class=commentlist>")
                .append(pageComment("c/1", "james", "It is about time. The old bridge has been a danger for years and everyone knows it.",
                        "<ul class=children>" + pageComment("c;2", "maria",
                                "I disagree with james, the money would be better spent on schools and on buses.", "") + "</ul>"))
                .append(pageComment("c-3", "peter", "Will the cycle lanes be separated from the traffic on the new bridge?", ""))
                .append("</ol></div></div><div id=footer><a href=/about>About</a></div></body></html>");
        String page = html.toString();
        byte[] body = page.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var first = api.post(base() + "/pages?externalId=talks", "text/html; charset=utf-8", body);
        assertThat(first.status()).as(first.body()).isIn(200, 201);
        var again = api.post(base() + "/pages?externalId=talks", "text/html; charset=utf-8", body);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        List<String> ids = jdbc.queryForList("SELECT external_id FROM comments WHERE site_id = ? ORDER BY id", String.class, site.id());
        for (String id : ids) {
            assertThat(id).doesNotContain("/", ";");
            String path = java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
            assertThat(api.get(base() + "/comments/" + path).status()).as(id).isEqualTo(200);
        }
        assertThat(ids).hasSize(3).contains("talks#c-3");
        assertThat(jdbc.queryForObject("""
                SELECT p.external_id FROM comments c JOIN comments p ON p.id = c.parent_id WHERE c.site_id = ?""",
                String.class, site.id())).isEqualTo(ids.get(0));
    }

    private static String pageComment(String id, String author, String text, String children) {
        return "<li class=\"comment depth-1\" id=\"" + id + "\"><div class=comment-body><p>" + text + "</p>"
                + "<p class=comment-meta>by " + author + " on January 31, 2011 at 9:59 am. <a href=#r>Reply</a></p></div>"
                + children + "</li>";
    }

    /**
     * A page fetched again after a new comment appeared on top (newest first): its comments have no ids of their own,
     * so the extractor numbers them by position, and every stored one moved down a place. Taken by position, each id
     * came with its neighbour's text: the new comment (an insult) was neither stored nor moderated, the last one was
     * stored a second time, and the answer called three of them edits (found by trial8).
     */
    @Test
    void aPageFetchedAgainWithANewCommentOnTopStoresItAndNothingTwice() {
        String[][] first = {{"alice", "This is the third delay, they should just vote already and stop wasting time."},
                {"bob", "Transit funding matters more than the library hours in my opinion, honestly."},
                {"carol", "Agree with alice, the council keeps kicking the can down the road every month."}};
        var a = api.post(base() + "/pages?externalId=budget", "text/html; charset=utf-8", idlessPage(first));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.json().get("comments").get("created").asInt()).as(a.body()).isEqualTo(3);

        String insult = "New comment on top: you are all idiots and the council is a bunch of crooks.";
        String[][] second = {{"dave", insult}, first[0], first[1], first[2]};
        var b = api.post(base() + "/pages?externalId=budget", "text/html; charset=utf-8", idlessPage(second));
        assertThat(b.status()).as(b.body()).isEqualTo(201);
        assertThat(b.json().get("comments").get("created").asInt()).as(b.body()).isEqualTo(1);
        assertThat(b.json().get("comments").get("edited").asInt()).as(b.body()).isZero();
        assertThat(b.json().has("warnings")).as(b.body()).isFalse();
        List<String> texts = jdbc.queryForList("SELECT text FROM comments WHERE site_id = ? ORDER BY text", String.class, site.id());
        assertThat(texts).containsExactlyInAnyOrder(insult, first[0][1], first[1][1], first[2][1]);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM comments c WHERE c.site_id = ? AND c.text = ?
                  AND (c.status <> 'received' OR EXISTS (SELECT 1 FROM outbox o WHERE o.comment_id = c.id))""",
                Integer.class, site.id(), insult)).as("the new comment is queued for moderation").isEqualTo(1);
        // the ids a client read after the first fetch still name the same comments
        assertThat(a.json().get("comments").get("comments").get(0).get("externalId").asText())
                .isEqualTo(b.json().get("comments").get("comments").get(1).get("externalId").asText());

        // a third fetch, the same page with carol's comment deleted on the site: nothing new, nothing called an edit
        var c = api.post(base() + "/pages?externalId=budget", "text/html; charset=utf-8",
                idlessPage(new String[][]{second[0], second[1], second[2]}));
        assertThat(c.status()).as(c.body()).isEqualTo(200);
        assertThat(c.json().get("comments").get("created").asInt()).as(c.body()).isZero();
        assertThat(c.json().get("comments").get("edited").asInt()).as(c.body()).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM comments WHERE site_id = ?", Integer.class, site.id())).isEqualTo(4);
    }

    private static byte[] idlessPage(String[][] comments) {
        StringBuilder html = new StringBuilder("<html><head><title>Budget vote delayed again</title></head><body><article>"
                + "<h1>Budget vote delayed again</h1><p>The city council postponed the budget vote for the third time on"
                + " Tuesday, citing unresolved disputes over transit funding and library hours.</p><p>Council members said a"
                + " new date would be set next week after further talks with the mayor's office and union representatives.</p>"
                + "</article><section class=\"comments\"><h2>Comments</h2>");
        for (String[] c : comments) {
            // each comment keeps its own time on every fetch, as on a real page
            html.append("<div class=\"comment\"><span class=\"author\">").append(c[0]).append("</span><span class=\"date\">")
                    .append("2024-03-01 ").append(10 + c[0].charAt(0) - 'a').append(":00</span><p>").append(c[1]).append("</p></div>");
        }
        return html.append("</section></body></html>").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
