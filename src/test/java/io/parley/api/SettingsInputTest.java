package io.parley.api;

import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings without thresholds would switch abuse moderation off: saving them is a 422, previewing them is not. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SettingsInputTest extends IntegrationTest {

    Site site;
    Api owner;

    @BeforeAll
    void seed() {
        site = sites.create("settings-input", "Settings", "test");
        accounts.addUser("settings-owner", "owner-password-1", Role.OWNER, "settings-input", "test");
        owner = new Api(port, Api.basic("settings-owner", "owner-password-1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"thresholds\":null,", "\"thresholds\":{},", ""})
    void missingNullOrEmptyThresholdsAreRefusedAndNothingIsSaved(String thresholds) {
        int before = sites.settings(site.id()).version();
        String body = "{" + thresholds + "\"holdFirstComments\":false,\"queueOrder\":\"score\"}";
        Api.Response r = owner.call("PUT", "/api/v1/sites/settings-input/settings", "application/json", body);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("fields").get(0).get("field").asText()).isEqualTo("thresholds");
        assertThat(sites.settings(site.id()).version()).isEqualTo(before);
        assertThat(sites.settings(site.id()).settings().thresholds()).isNotEmpty();

        Api.Response preview = owner.postJson("/api/v1/sites/settings-input/settings/preview?last=10", body);
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
    }

    /**
     * Was a 200 and a new version without the labels left out: a PUT written to change insult
     * ({"thresholds": {"insult": …}}) switched toxicity, threat and the others off, and threats were published from then
     * on. Now a 422 naming what is missing; nothing saved. A label is turned off with 1 and 1, as on the page.
     */
    @org.junit.jupiter.api.Test
    void aPutThatLeavesOutALabelIsRefusedNamingItNotSwitchedOffSilently() throws Exception {
        var current = owner.get("/api/v1/sites/settings-input/settings").json().get("settings");
        int before = sites.settings(site.id()).version();
        var onlyInsult = (com.fasterxml.jackson.databind.node.ObjectNode) current.deepCopy();
        onlyInsult.putObject("thresholds").putObject("insult").put("hold", 0.5).put("reject", 0.9);
        Api.Response r = owner.call("PUT", "/api/v1/sites/settings-input/settings", "application/json", onlyInsult.toString());
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("fields").get(0).get("field").asText()).isEqualTo("thresholds.toxicity");
        assertThat(r.json().get("detail").asText()).contains("threat", "identity_attack", "set both to 1")
                .doesNotContain("insult,");
        assertThat(sites.settings(site.id()).version()).isEqualTo(before);
        assertThat(sites.settings(site.id()).settings().thresholds()).containsKey("threat");

        var offForObscene = (com.fasterxml.jackson.databind.node.ObjectNode) current.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) offForObscene.get("thresholds")).putObject("obscene")
                .put("hold", 1.0).put("reject", 1.0);
        Api.Response ok = owner.call("PUT", "/api/v1/sites/settings-input/settings", "application/json", offForObscene.toString());
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(sites.settings(site.id()).settings().thresholds().get("obscene").hold()).isEqualTo(1.0);
        // a preview still shows what leaving labels out would do: it stores nothing
        assertThat(owner.postJson("/api/v1/sites/settings-input/settings/preview?last=10", onlyInsult.toString()).status())
                .isEqualTo(200);
    }

    /**
     * Was a 200 and a new settings version that changed nothing: a misspelt field ("autorRules") was dropped, so the
     * owner read the rule as on. The same for every JSON body (an article's "titel", a decision's "reasn"): a 400
     * naming the field and the fields there are; nothing stored.
     */
    @org.junit.jupiter.api.Test
    void aMisspeltFieldIsRefusedNamingItNotDroppedSilently() {
        int before = sites.settings(site.id()).version();
        String settings = owner.get("/api/v1/sites/settings-input/settings").json().get("settings").toString();
        Api.Response roundTrip = owner.call("PUT", "/api/v1/sites/settings-input/settings", "application/json", settings);
        assertThat(roundTrip.status()).as("what GET gives, PUT takes: " + roundTrip.body()).isEqualTo(200);
        // and a PUT that changes nothing is no new version (it was one, with old and new alike in the audit)
        assertThat(roundTrip.json().get("version").asInt()).isEqualTo(before);
        assertThat(sites.settings(site.id()).version()).isEqualTo(before);

        // stanceActions null means no stance outcome acts, as the defaults' {"article.unrelated": "publish"} does: it
        // was a new version that changed nothing
        var noStance = (com.fasterxml.jackson.databind.node.ObjectNode) owner.get("/api/v1/sites/settings-input/settings")
                .json().get("settings").deepCopy();
        assertThat(noStance.path("stanceActions").path("article.unrelated").asText()).isEqualTo("publish");
        noStance.putNull("stanceActions");
        Api.Response same = owner.call("PUT", "/api/v1/sites/settings-input/settings", "application/json", noStance.toString());
        assertThat(same.status()).as(same.body()).isEqualTo(200);
        assertThat(same.json().get("version").asInt()).isEqualTo(before);
        assertThat(sites.settings(site.id()).version()).isEqualTo(before);
        noStance.putObject("stanceActions").put("article.unrelated", "hold");
        Api.Response held = owner.call("PUT", "/api/v1/sites/settings-input/settings", "application/json", noStance.toString());
        assertThat(held.json().get("version").asInt()).as(held.body()).isEqualTo(before + 1);
        Api.Response back = owner.call("PUT", "/api/v1/sites/settings-input/settings", "application/json", settings);
        assertThat(back.json().get("version").asInt()).as(back.body()).isEqualTo(before + 2);
        before = before + 2;

        String typo = settings.replaceFirst("\\{", "{\"autorRules\":{\"newAuthorHolds\":3},");
        Api.Response r = owner.call("PUT", "/api/v1/sites/settings-input/settings", "application/json", typo);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("fields").get(0).get("field").asText()).isEqualTo("autorRules");
        assertThat(r.json().get("detail").asText()).contains("unknown field").contains("authorRules");
        assertThat(sites.settings(site.id()).version()).isEqualTo(before);

        String nested = settings.replaceFirst("\"newAuthorHolds\"", "\"newAuthorHold\"");
        Api.Response inner = owner.call("PUT", "/api/v1/sites/settings-input/settings", "application/json", nested);
        assertThat(inner.status()).as(inner.body()).isEqualTo(400);
        assertThat(inner.json().get("fields").get(0).get("field").asText()).isEqualTo("authorRules.newAuthorHold");

        Api key = new Api(port, Api.bearer(accounts.issueApiKey(site, "k", "test")));
        Api.Response article = key.postJson("/api/v1/sites/settings-input/articles",
                "{\"externalId\":\"typo-1\",\"titel\":\"Headline\",\"body\":\"Text.\"}");
        assertThat(article.status()).as(article.body()).isEqualTo(400);
        assertThat(article.json().get("fields").get(0).get("field").asText()).isEqualTo("titel");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM articles WHERE site_id = ?", Integer.class, site.id())).isZero();
        Api.Response comment = key.postJson("/api/v1/sites/settings-input/articles",
                "{\"externalId\":\"typo-2\",\"body\":\"Text.\",\"comments\":[{\"externalId\":\"c\",\"txt\":\"hi\"}]}");
        assertThat(comment.status()).as(comment.body()).isEqualTo(400);
        assertThat(comment.json().get("fields").get(0).get("field").asText()).isEqualTo("comments[0].txt");
    }

    /**
     * A site's export carries fields of its own (its moderation label, a category): the comments are stored and the
     * fields named in a warning and a header, not the whole batch refused; a misspelling of one of ours still is.
     */
    @org.junit.jupiter.api.Test
    void aSitesOwnExtraFieldsAreIgnoredAndNamedWhileATypoOfOursIsRefused() {
        Api key = new Api(port, Api.bearer(accounts.issueApiKey(site, "extra", "test")));
        Api.Response r = key.postJson("/api/v1/sites/settings-input/articles",
                "{\"externalId\":\"extra-1\",\"title\":\"Headline\",\"body\":\"Text.\",\"section\":\"politics\","
                        + "\"comments\":[{\"externalId\":\"e1\",\"author\":\"ann\",\"text\":\"Good piece.\",\"label\":\"civil\"},"
                        + "{\"externalId\":\"e2\",\"author\":\"bob\",\"text\":\"I disagree.\",\"label\":\"civil\",\"category\":{\"id\":3}}]}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.raw().headers().firstValue(ExtraFields.HEADER).orElse("").split(", ")).containsExactlyInAnyOrder("section", "label", "category");
        assertThat(r.json().get("warnings").toString()).contains("'label' (2 times)").contains("'category'").contains("'section'");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM comments c JOIN articles a ON a.id = c.article_id"
                + " WHERE a.site_id = ? AND a.external_id = 'extra-1'", Integer.class, site.id())).isEqualTo(2);

        Api.Response more = key.postJson("/api/v1/sites/settings-input/articles/extra-1/comments",
                "{\"comments\":[{\"externalId\":\"e3\",\"author\":\"cy\",\"text\":\"Thanks.\",\"source_id\":\"x9\"}]}");
        assertThat(more.status()).as(more.body()).isEqualTo(201);
        assertThat(more.json().get("warnings").toString()).contains("'source_id'");

        Api.Response typo = key.postJson("/api/v1/sites/settings-input/articles/extra-1/comments",
                "{\"comments\":[{\"externalId\":\"e4\",\"author\":\"cy\",\"text\":\"Hi.\",\"parent\":\"e1\"}]}");
        assertThat(typo.status()).as(typo.body()).isEqualTo(400);
        assertThat(typo.json().get("fields").get(0).get("field").asText()).isEqualTo("comments[0].parent");
        assertThat(typo.json().get("detail").asText()).contains("parentId");

        Api.Response clean = key.postJson("/api/v1/sites/settings-input/articles/extra-1/comments",
                "{\"comments\":[{\"externalId\":\"e5\",\"author\":\"cy\",\"text\":\"Fine.\"}]}");
        assertThat(clean.raw().headers().firstValue(ExtraFields.HEADER).orElse(null)).isNull();
        assertThat(clean.json().has("warnings")).isFalse();
    }

    /**
     * Only request bodies are strict: settings stored by an earlier version with a field since dropped still read
     * (the application's mapper reads the database), while a body sending that field is refused.
     */
    @org.junit.jupiter.api.Test
    void storedJsonWithAFieldSinceDroppedStillReadsWhileABodyWithItIsRefused() {
        String settings = owner.get("/api/v1/sites/settings-input/settings").json().get("settings").toString();
        String older = settings.replaceFirst("\\{", "{\"retiredOption\":1,");
        int next = sites.settings(site.id()).version() + 1;
        jdbc.update("INSERT INTO site_settings (site_id, version, settings, changed_by) VALUES (?, ?, ?::jsonb, 'old-version')",
                site.id(), next, older);
        Api.Response read = owner.get("/api/v1/sites/settings-input/settings");
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("version").asInt()).isEqualTo(next);
        Api.Response sent = owner.call("PUT", "/api/v1/sites/settings-input/settings", "application/json", older);
        assertThat(sent.status()).as(sent.body()).isEqualTo(400);
        assertThat(sent.json().get("fields").get(0).get("field").asText()).isEqualTo("retiredOption");
    }
}
