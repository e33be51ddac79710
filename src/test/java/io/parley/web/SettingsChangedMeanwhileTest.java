package io.parley.web;

import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two owners on the settings page (or one in two tabs): the later save was stored over the earlier one, undoing its
 * change with nobody told (each save is a full set of settings). A save names the version it was opened on, and a
 * save over a newer version is refused with the edits kept; the API's PUT does the same with If-Match.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SettingsChangedMeanwhileTest extends IntegrationTest {

    Site site;

    @BeforeAll
    void seed() {
        WebFixtures f = new WebFixtures(sites, accounts, ingest, jdbc);
        site = f.site("meanwhile", "Meanwhile");
        f.user("meanwhile-a", Role.OWNER, "meanwhile");
        f.user("meanwhile-b", Role.OWNER, "meanwhile");
    }

    private int version() {
        return sites.settings(site.id()).version();
    }

    private double insultHold() {
        return sites.settings(site.id()).settings().thresholds().get("insult").hold();
    }

    @Test
    void aSaveFromAPageOpenedBeforeAnotherOwnersSaveIsRefusedWithTheEditsKept() throws Exception {
        WebSession a = WebSession.login(port, "meanwhile-a");
        WebSession b = WebSession.login(port, "meanwhile-b");
        String pageA = a.get("/sites/meanwhile/settings").body();
        String pageB = b.get("/sites/meanwhile/settings").body();
        int opened = version();

        HttpResponse<String> savedA = a.post("/sites/meanwhile/settings", "basedOn=" + opened
                + "&hold_insult=0.41&reject_insult=0.9&_csrf=" + WebSession.csrf(pageA));
        assertThat(savedA.uri().getQuery()).isEqualTo("saved=" + (opened + 1));

        HttpResponse<String> staleB = b.post("/sites/meanwhile/settings", "basedOn=" + opened
                + "&hold_insult=0.77&reject_insult=0.9&_csrf=" + WebSession.csrf(pageB));
        assertThat(staleB.statusCode()).as("a refused save was a 200").isEqualTo(409);
        assertThat(staleB.body()).contains("Not saved: meanwhile-a saved version " + (opened + 1)).contains("0.77");
        assertThat(version()).isEqualTo(opened + 1);
        assertThat(insultHold()).isEqualTo(0.41);

        // the refused page is based on the version it shows: saving it again is a decision made knowingly
        assertThat(staleB.body()).contains("name=\"basedOn\" value=\"" + (opened + 1) + "\"");
        HttpResponse<String> again = b.post("/sites/meanwhile/settings", "basedOn=" + (opened + 1)
                + "&hold_insult=0.77&reject_insult=0.9&_csrf=" + WebSession.csrf(staleB.body()));
        assertThat(again.uri().getQuery()).isEqualTo("saved=" + (opened + 2));
        assertThat(insultHold()).isEqualTo(0.77);
    }

    @Test
    void aPutWithAStaleIfMatchIsA412AndNothingIsSaved() {
        Api owner = new Api(port, Api.basic("meanwhile-a", WebFixtures.PASSWORD));
        Api.Response got = owner.get("/api/v1/sites/meanwhile/settings");
        String etag = got.raw().headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"" + version() + "\"");
        String body = got.json().get("settings").toString();

        // a change (the same settings again would be no new version, and the ETag would still be current)
        String changed = ((com.fasterxml.jackson.databind.node.ObjectNode) got.json().get("settings").deepCopy())
                .put("holdFirstComments", !got.json().get("settings").get("holdFirstComments").asBoolean()).toString();
        Api.Response first = owner.call("PUT", "/api/v1/sites/meanwhile/settings", "application/json", changed, "If-Match", etag);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        int now = version();
        Api.Response stale = owner.call("PUT", "/api/v1/sites/meanwhile/settings", "application/json", body, "If-Match", etag);
        assertThat(stale.status()).as(stale.body()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().get("detail").asText()).contains("version " + now + " was saved by meanwhile-a");
        assertThat(version()).isEqualTo(now);

        Api.Response garbage = owner.call("PUT", "/api/v1/sites/meanwhile/settings", "application/json", body, "If-Match", "latest");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.json().get("fields").get(0).get("field").asText()).isEqualTo("If-Match");
        // without If-Match a PUT saves as before (last writer wins, every version kept in the history)
        assertThat(owner.call("PUT", "/api/v1/sites/meanwhile/settings", "application/json", body).status()).isEqualTo(200);
    }
}
