package io.parley.moderation;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.site.AuthorRules;
import io.parley.site.Site;
import io.parley.site.SiteSettings;
import io.parley.site.Thresholds;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Author trust through the whole service on a real database: authorId on ingest, the rules in the site's settings
 * applied by the pipeline worker (batches of 256, one standing query per batch), the rule that fired stored as the
 * comment's reason, suspension by author id.
 */
class AuthorTrustTest extends IntegrationTest {

    @Autowired
    Authors authors;

    Site site;
    Api api;

    @BeforeEach
    void site() {
        site = sites.create("t-" + UUID.randomUUID().toString().substring(0, 8), "Trust", "test");
        api = new Api(port, Api.bearer(accounts.issueApiKey(site, "test", "test")));
        assertThat(api.postJson(base() + "/articles", Map.of("externalId", "a1", "title", "Budget talks",
                "body", "The council agreed a budget after long talks.", "language", "en")).status()).isEqualTo(201);
    }

    String base() {
        return "/api/v1/sites/" + site.slug();
    }

    static Map<String, Object> comment(String id, String author, String authorId, String text) {
        Map<String, Object> c = new HashMap<>(Map.of("externalId", id, "text", text, "author", author));
        if (authorId != null) {
            c.put("authorId", authorId);
        }
        return c;
    }

    static String polite(int i) {
        return "Thank you for the clear report on the budget talks, point number " + i + " was useful to read.";
    }

    void settings(Map<String, Thresholds> thresholds, AuthorRules rules) {
        SiteSettings now = sites.settings(site.id()).settings();
        sites.save(site.id(), new SiteSettings(thresholds == null ? now.thresholds() : thresholds, now.stanceActions(),
                now.targets(), false, "hold", "score", rules), "owner");
    }

    /** Every label in the hold band from 0: whatever the model says, a comment is held unless a rule lets it through. */
    Map<String, Thresholds> everythingInTheHoldBand() {
        Map<String, Thresholds> t = new LinkedHashMap<>();
        sites.settings(site.id()).settings().thresholds().forEach((label, x) -> t.put(label, new Thresholds(0.0, 1.0)));
        return t;
    }

    void send(List<Map<String, Object>> batch) {
        var r = api.postJson(base() + "/articles/a1/comments", Map.of("comments", batch));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        awaitPipeline();
    }

    void awaitPipeline() {
        for (int i = 0; i < 1200; i++) {
            Integer waiting = jdbc.queryForObject("SELECT count(*) FROM comments WHERE site_id = ? AND status = 'received'",
                    Integer.class, site.id());
            if (waiting == 0) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("comments not classified within two minutes");
    }

    List<String> rules(String externalId) {
        return jdbc.queryForList("""
                SELECT r->>'rule' FROM comments c, jsonb_array_elements(c.status_reason->'reasons') r
                WHERE c.site_id = ? AND c.external_id = ?""", String.class, site.id(), externalId);
    }

    String status(String externalId) {
        return jdbc.queryForObject("SELECT status FROM comments WHERE site_id = ? AND external_id = ?", String.class,
                site.id(), externalId);
    }

    @Test
    void aNewAuthorsFirstCommentsAreHeldAcrossOneBatchOfThreeHundred() {
        settings(null, new AuthorRules(2, 0, 0, 30));
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            // three verified authors and one who sends only a name, interleaved
            batch.add(i % 4 == 3 ? comment("c" + i, "Sam", null, polite(i)) : comment("c" + i, "Sam", "u" + (i % 4), polite(i)));
        }
        send(batch);
        Map<String, List<String>> heldAsNew = new HashMap<>();
        jdbc.query("""
                SELECT c.author_key, c.external_id FROM comments c, jsonb_array_elements(c.status_reason->'reasons') r
                WHERE c.site_id = ? AND r->>'rule' = 'new-author' ORDER BY c.id""", rs -> {
            heldAsNew.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        }, site.id());
        // four authors (one of them the unverified name), each held for exactly their first two comments
        assertThat(heldAsNew).containsOnly(Map.entry("id:u0", List.of("c0", "c4")), Map.entry("id:u1", List.of("c1", "c5")),
                Map.entry("id:u2", List.of("c2", "c6")), Map.entry("name:Sam", List.of("c3", "c7")));
        assertThat(status("c0")).isEqualTo("held");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM review_items r JOIN comments c ON c.id = r.comment_id"
                + " WHERE c.site_id = ? AND c.external_id IN ('c0', 'c4', 'c3')", Integer.class, site.id())).isEqualTo(3);

        // The same display name is four authors here: each history is its own.
        assertThat(authors.history(site, "id:u1", 500).comments()).hasSize(75);
        assertThat(authors.history(site, "Sam", 500).comments()).hasSize(75);
        assertThat(authors.history(site, "Sam", 500).verified()).isFalse();
        // The API shows who sent it: a site id, or none (unverified).
        JsonNode c1 = api.get(base() + "/comments/c1").json();
        assertThat(c1.path("authorId").asText()).isEqualTo("u1");
        assertThat(c1.path("authorVerified").asBoolean()).isTrue();
        JsonNode c3 = api.get(base() + "/comments/c3").json();
        assertThat(c3.path("authorVerified").asBoolean(true)).isFalse();
        assertThat(c3.path("authorId").isMissingNode() || c3.path("authorId").isNull()).isTrue();
    }

    @Test
    void aTrustedAuthorSkipsTheHoldBandAndAnUnverifiedNameDoesNot() {
        send(List.of(comment("r1", "Regular", "reg", polite(1)), comment("r2", "Regular", "reg", polite(2)),
                comment("n1", "Regular", null, polite(3)), comment("n2", "Regular", null, polite(4))));
        // their earlier comments were published (by moderators, say)
        jdbc.update("UPDATE comments SET status = 'published' WHERE site_id = ?", site.id());
        settings(everythingInTheHoldBand(), new AuthorRules(0, 0, 2, 30));
        send(List.of(comment("r3", "Regular", "reg", polite(5)), comment("n3", "Regular", null, polite(6)),
                comment("x1", "Newcomer", "new-1", polite(7))));
        assertThat(status("r3")).isEqualTo("published");
        assertThat(rules("r3")).containsExactly("trusted-author");
        // the same name without the site's id: held like anyone
        assertThat(status("n3")).isEqualTo("held");
        assertThat(rules("n3")).doesNotContain("trusted-author").contains("label");
        assertThat(status("x1")).isEqualTo("held");

        // A rejection in the window ends automatic trust; the owner's mark brings it back for this author only.
        jdbc.update("UPDATE comments SET status = 'rejected' WHERE site_id = ? AND external_id = 'r1'", site.id());
        send(List.of(comment("r4", "Regular", "reg", polite(8))));
        assertThat(status("r4")).isEqualTo("held");
        authors.setTrusted(site, "owner", "id:reg", true);
        send(List.of(comment("r5", "Regular", "reg", polite(9))));
        assertThat(status("r5")).isEqualTo("published");
        assertThat(rules("r5")).containsExactly("trusted-author");
        assertThat(jdbc.queryForList("SELECT action FROM audit_events WHERE site_id = ? AND action LIKE 'author.%'",
                String.class, site.id())).containsExactly("author.trusted");
    }

    @Test
    void recentRejectionsHoldAnAuthorAndOldOnesDoNot() {
        send(List.of(comment("b1", "Bad", "bad", polite(1)), comment("b2", "Bad", "bad", polite(2)),
                comment("o1", "Old", "old", polite(3)), comment("o2", "Old", "old", polite(4))));
        jdbc.update("UPDATE comments SET status = 'rejected' WHERE site_id = ?", site.id());
        jdbc.update("UPDATE comments SET updated_at = now() - interval '40 days' WHERE site_id = ? AND author_id = 'old'",
                site.id());
        settings(null, new AuthorRules(0, 2, 0, 30));
        send(List.of(comment("b3", "Bad", "bad", polite(5)), comment("o3", "Old", "old", polite(6))));
        assertThat(status("b3")).isEqualTo("held");
        assertThat(rules("b3")).contains("recent-rejections");
        assertThat(rules("o3")).doesNotContain("recent-rejections");
    }

    @Test
    void aSuspendedAuthorIsRejectedByIdWhateverNameTheyUse() {
        authors.suspend(site, "owner", "id:troll", "reject");
        send(List.of(comment("t1", "A new name", "troll", polite(1)), comment("t2", "troll", null, polite(2))));
        assertThat(status("t1")).isEqualTo("rejected");
        assertThat(rules("t1").get(0)).isEqualTo("author-suspended");
        // a display name that happens to match is another author
        assertThat(rules("t2")).doesNotContain("author-suspended");
        // with every author rule off, the owner's trust mark still counts (the pipeline's light standing query)
        settings(everythingInTheHoldBand(), AuthorRules.OFF);
        authors.setTrusted(site, "owner", "id:friend", true);
        send(List.of(comment("f1", "Friend", "friend", polite(3)), comment("f2", "Stranger", "stranger", polite(4))));
        assertThat(rules("f1")).containsExactly("trusted-author");
        assertThat(status("f2")).isEqualTo("held");
    }

    @Test
    void anAuthorIdThatCannotBeAddressedIsRefusedWithItsField() {
        var r = api.postJson(base() + "/articles/a1/comments", Map.of("comments",
                List.of(comment("z1", "Zed", "a/b", polite(1)))));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("comments[0].authorId");
        // a blank id is how CMS exports write "none" (trial7): the comment is taken, with no author id to trust it by
        var blank = api.postJson(base() + "/articles/a1/comments", Map.of("comments",
                List.of(comment("z2", "Zed", " ", polite(1)))));
        assertThat(blank.status()).as(blank.body()).isEqualTo(201);
        assertThat(api.get(base() + "/comments/z2").json().get("authorVerified").asBoolean()).isFalse();
    }

    @Test
    void settingsRefuseAuthorRulesOutOfRangeAndKeepThemVersioned() {
        accounts.addUser("trust-owner-" + site.slug(), "correct-horse-42", io.parley.site.Role.OWNER, site.slug(), "test");
        Api owner = new Api(port, Api.basic("trust-owner-" + site.slug(), "correct-horse-42"));
        // every label: a PUT that leaves one out is a 422 (trial7)
        String thresholds = sites.settings(site.id()).settings().thresholds().keySet().stream()
                .map(label -> "\"" + label + "\":{\"hold\":0.5,\"reject\":0.9}").collect(java.util.stream.Collectors.joining(","));
        String body = "{\"thresholds\":{" + thresholds + "},\"holdFirstComments\":false,\"authorRules\":%s}";
        var bad = owner.call("PUT", base() + "/settings", "application/json", body.formatted("{\"days\":400}"));
        assertThat(bad.status()).as(bad.body()).isEqualTo(422);
        assertThat(bad.body()).contains("authorRules.days");
        var ok = owner.call("PUT", base() + "/settings", "application/json",
                body.formatted("{\"newAuthorHolds\":3,\"rejectionsToHold\":2,\"trustAfter\":10,\"days\":14}"));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(sites.settings(site.id()).settings().authorRules()).isEqualTo(new AuthorRules(3, 2, 10, 14));
        assertThat(owner.get(base() + "/settings").json().path("settings").path("authorRules").path("trustAfter").asInt())
                .isEqualTo(10);
    }

    @Test
    void theAuthorApiShowsTheRecordAndTheOwnerSuspendsAndTrustsThroughIt() {
        accounts.addUser("api-owner-" + site.slug(), "correct-horse-42", io.parley.site.Role.OWNER, site.slug(), "test");
        Api owner = new Api(port, Api.basic("api-owner-" + site.slug(), "correct-horse-42"));
        send(List.of(comment("q1", "Quinn", "quinn", polite(1)), comment("q2", "Quinn", null, polite(2))));
        String path = base() + "/authors/id:quinn";
        JsonNode record = owner.get(path).json();
        assertThat(record.path("key").asText()).isEqualTo("id:quinn");
        assertThat(record.path("author").asText()).isEqualTo("Quinn");
        assertThat(record.path("verified").asBoolean()).isTrue();
        assertThat(record.path("comments")).hasSize(1);
        assertThat(owner.get(base() + "/authors/Quinn").json().path("verified").asBoolean()).isFalse();

        assertThat(owner.call("PUT", path + "/suspension", "application/json", "{\"action\":\"reject\"}").json()
                .path("suspension").path("action").asText()).isEqualTo("reject");
        assertThat(owner.call("PUT", path + "/suspension", "application/json", "{\"action\":\"maybe\"}").status())
                .isEqualTo(422);
        send(List.of(comment("q3", "Quinn", "quinn", polite(3))));
        assertThat(status("q3")).isEqualTo("rejected");
        JsonNode lifted = owner.call("DELETE", path + "/suspension", "application/json", null).json().path("suspension");
        assertThat(lifted.isMissingNode() || lifted.isNull()).isTrue();

        assertThat(owner.call("PUT", path + "/trust", "application/json", null).json().path("trust").path("by").asText())
                .isEqualTo("api-owner-" + site.slug());
        // a display name cannot be trusted
        var name = owner.call("PUT", base() + "/authors/Quinn/trust", "application/json", null);
        assertThat(name.status()).isEqualTo(422);
        assertThat(name.body()).contains("unverified");
        assertThat(owner.get(base() + "/authors/id:").status()).isEqualTo(422);
    }
}
