package io.parley.web;

import io.parley.moderation.QueueItem;
import io.parley.moderation.ReviewQueue;
import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad values in the pages' forms and links: the page says what is wrong, nothing is stored, never a 500. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormInputTest extends IntegrationTest {

    @Autowired
    ReviewQueue queue;
    Site site;
    WebSession owner;

    @BeforeAll
    void seed() throws Exception {
        WebFixtures f = new WebFixtures(sites, accounts, ingest, jdbc);
        site = f.site("forms", "Forms");
        f.bulkQueue(site, 3);
        f.user("forms-owner", Role.OWNER, "forms");
        owner = WebSession.login(port, "forms-owner");
    }

    private int settingsVersions() {
        return jdbc.queryForObject("SELECT count(*) FROM site_settings WHERE site_id = ?", Integer.class, site.id());
    }

    @Test
    void aNulInAQueueFilterIsABadRequestNotAServerError() throws Exception {
        for (String path : List.of("/sites/forms/queue?article=%00", "/sites/forms/queue/list?article=%00",
                "/sites/forms/queue?article=a%00b&label=insult")) {
            HttpResponse<String> r = owner.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertThat(r.body()).as(path).contains("article: contains a NUL character");
        }
        assertThat(owner.get("/sites/forms/queue?article=bulk").statusCode()).isEqualTo(200);
    }

    /**
     * The API refuses an unknown sort, label, stance or state with a 422; the pages took them silently (the list came
     * back in the default order, unfiltered), so a mistyped link looked like "this is the sorted/filtered list". They
     * are a 400 that names the value and what is accepted; the accepted values still give the list.
     */
    @Test
    void anUnknownQueueListParameterIsABadRequestThatSaysWhatIsAccepted() throws Exception {
        for (String base : List.of("/sites/forms/queue/list", "/sites/forms/queue")) {
            for (String[] bad : List.of(new String[]{"sort=zzz", "sort: "}, new String[]{"label=nosuchlabel", "label: "},
                    new String[]{"stance=article%3Dzzz", "stance: "}, new String[]{"sort=stance%3Aarticle.zzz", "sort: "}, new String[]{"state=decided", "state: "},
                    new String[]{"status=zzz", "status: "})) {
                HttpResponse<String> r = owner.get(base + "?" + bad[0]);
                assertThat(r.statusCode()).as(base + "?" + bad[0]).isEqualTo(400);
                assertThat(r.body()).as(base + "?" + bad[0]).contains(bad[1]);
            }
            assertThat(owner.get(base + "?sort=zzz").body()).contains("score").contains("oldest");
            for (String ok : List.of("sort=score", "sort=oldest", "sort=stance%3Aarticle.disagree", "label=insult",
                    "stance=article%3Ddisagree", "state=open", "sort=&label=&stance=", "label=ara", "label=article.unrelated")) {
                assertThat(owner.get(base + "?" + ok).statusCode()).as(base + "?" + ok).isEqualTo(200);
            }
        }
    }

    /** Was a 200 headed "last 1 days" for -1 (and 365 for 1000), where the API refuses them with a 400. */
    @Test
    void aStatsPeriodOutsideOneTo366DaysIsRefusedAsTheApiDoes() throws Exception {
        for (String days : List.of("-1", "0", "367", "1000")) {
            HttpResponse<String> r = owner.get("/sites/forms/stats?days=" + days);
            assertThat(r.statusCode()).as(days).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(days).startsWith("text/html");
            assertThat(r.body()).as(days).contains("days: a number of days between 1 and 366, not " + days);
        }
        for (String days : List.of("1", "366")) {
            assertThat(owner.get("/sites/forms/stats?days=" + days).statusCode()).as(days).isEqualTo(200);
        }
    }

    @Test
    void aStancePeriodOutsideOneTo366DaysIsRefusedAsTheStatsPageDoes() throws Exception {
        for (String days : List.of("-1", "0", "367")) {
            HttpResponse<String> r = owner.get("/sites/forms/stance?days=" + days);
            assertThat(r.statusCode()).as(days).isEqualTo(400);
            assertThat(r.body()).as(days).contains("days: a number of days between 1 and 366, not " + days);
        }
        assertThat(owner.get("/sites/forms/stance?days=7").statusCode()).isEqualTo(200);
    }

    @Test
    void aNulInATargetIsShownOnTheSettingsFormAndNotSaved() throws Exception {
        settingsFormRefused("hold_insult=0.5&reject_insult=0.9&targets=NATO%0Aa%00b", "targets[1]: contains a NUL character");
    }

    /** Posts the settings form; it must come back with the message shown and no new settings version saved. */
    private void settingsFormRefused(String form, String shown) throws Exception {
        int before = settingsVersions();
        String page = owner.get("/sites/forms/settings").body();
        HttpResponse<String> r = owner.post("/sites/forms/settings", form + "&_csrf=" + WebSession.csrf(page));
        assertThat(r.statusCode()).as("a refused save was a 200").isEqualTo(422);
        assertThat(r.body()).contains(shown);
        assertThat(settingsVersions()).isEqualTo(before);
    }

    @Test
    void aNulInAKeyLabelIsShownOnThePeoplePageAndNoKeyIsIssued() throws Exception {
        int before = jdbc.queryForObject("SELECT count(*) FROM api_keys WHERE site_id = ?", Integer.class, site.id());
        String page = owner.get("/sites/forms/people").body();
        HttpResponse<String> r = owner.post("/sites/forms/keys", "label=a%00&_csrf=" + WebSession.csrf(page));
        assertThat(r.statusCode()).as("a refused key was a redirect ending in a 200").isEqualTo(422);
        assertThat(r.body()).contains("<h1>API keys</h1>");
        assertThat(r.body()).contains("label: contains a NUL character").doesNotContain("pk_" + "a");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM api_keys WHERE site_id = ?", Integer.class, site.id()))
                .isEqualTo(before);
    }

    /**
     * A queue selection (A/R) and an author's "decide all waiting" are decided as a unit, whose refusal named
     * "decisions[0].action" or "decisions[0].reason", fields no form has; a NUL in a reason's label was an error page
     * where the other refused labels are said in the Reasons form. Nothing is decided or added.
     */
    @Test
    void refusalsOfDecisionsAsAUnitNameTheFormsOwnFields() throws Exception {
        QueueItem item = queue.list(site, ReviewQueue.Filter.open(), 0, 1).get(0);
        String csrf = WebSession.csrf(owner.get("/sites/forms/queue/" + item.id()).body());
        String author = "/sites/forms/authors/" + java.net.URLEncoder.encode(item.authorKey(), java.nio.charset.StandardCharsets.UTF_8);
        String longNote = "n".repeat(2001);
        for (String[] bad : List.of(
                new String[]{"/sites/forms/queue/bulk", "ids=" + item.id() + "&action=zzz", "action: approve, reject or escalate"},
                new String[]{author + "/decide", "action=zzz", "action: approve, reject or escalate"},
                new String[]{author + "/decide", "action=reject&reason=" + longNote, "reason: a note of at most 2000 characters"},
                new String[]{author + "/decide", "action=reject&reason=a%00b", "reason: contains a NUL character"},
                new String[]{author + "/decide", "action=reject&reasonCode=zzz", "reasonCode: not one of this site"})) {
            HttpResponse<String> r = owner.post(bad[0], bad[1] + "&_csrf=" + csrf);
            assertThat(r.statusCode()).as(bad[0] + " " + bad[1].substring(0, Math.min(40, bad[1].length()))).isEqualTo(400);
            assertThat(r.body()).contains(bad[2]).doesNotContain("decisions[0]");
        }
        assertThat(queue.item(site, item.id()).state()).isEqualTo(io.parley.moderation.ItemState.OPEN);

        String page = owner.get("/sites/forms/reasons").body();
        HttpResponse<String> r = owner.post("/sites/forms/reasons", "label=Spam%00&_csrf=" + WebSession.csrf(page));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("Not added: contains a NUL character");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM moderation_reasons WHERE site_id = ? AND code LIKE 'spam%'",
                Integer.class, site.id())).isZero();
    }

    @Test
    void aNulInADecisionReasonIsRefusedAndTheItemStaysOpen() throws Exception {
        QueueItem item = queue.list(site, ReviewQueue.Filter.open(), 0, 1).get(0);
        String page = owner.get("/sites/forms/queue/" + item.id()).body();
        HttpResponse<String> r = owner.post("/sites/forms/queue/" + item.id() + "/decision",
                "action=approve&reason=%00&_csrf=" + WebSession.csrf(page));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("reason: contains a NUL character");
        assertThat(queue.item(site, item.id()).state()).isEqualTo(io.parley.moderation.ItemState.OPEN);
    }

    @Test
    void aPasswordOver72BytesIsShownOnThePeoplePageAndNoUserIsMade() throws Exception {
        String page = owner.get("/sites/forms/people").body();
        HttpResponse<String> r = owner.post("/sites/forms/people", "username=forms-long&role=moderator&password="
                + "x".repeat(73) + "&_csrf=" + WebSession.csrf(page));
        assertThat(r.statusCode()).as("a refused person was a redirect ending in a 200").isEqualTo(422);
        assertThat(r.uri().getPath()).isEqualTo("/sites/forms/people");
        assertThat(r.body()).contains("password: must be at most 72 bytes (UTF-8)");
        assertThat(accounts.userExists("forms-long")).isFalse();
    }

    @Test
    void anEmptySettingsFormIsRefusedInsteadOfSwitchingModerationOff() throws Exception {
        settingsFormRefused("", "thresholds: required");
        assertThat(sites.settings(site.id()).settings().thresholds()).isNotEmpty();
    }

    /**
     * Was saved as "off" without a word (the label came back as 1 and 1): both boxes of a label cleared. The API refuses
     * a label left out of a PUT with a 422 naming it; the page refuses the cleared boxes the same way and says how a
     * label is turned off, and the label keeps what it had.
     */
    @Test
    void clearingBothBoxesOfALabelIsRefusedNamingItAndSayingHowToTurnItOff() throws Exception {
        io.parley.site.Thresholds threatWas = sites.settings(site.id()).settings().thresholds().get("threat");
        String form = "hold_insult=0.5&reject_insult=0.9&hold_threat=&reject_threat=&hold_obscene=+&reject_obscene=";
        settingsFormRefused(form, "thresholds.threat: hold and reject are empty for threat, obscene: every label needs both;"
                + " to turn a label off, set both to 1");
        assertThat(sites.settings(site.id()).settings().thresholds().get("threat")).isEqualTo(threatWas);
        String page = owner.get("/sites/forms/settings").body();
        org.jsoup.nodes.Document refused = org.jsoup.Jsoup.parse(owner.post("/sites/forms/settings", form + "&_csrf="
                + WebSession.csrf(page)).body());
        assertThat(refused.select("#hold_threat").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.select("#reject_threat").attr("aria-invalid")).isEqualTo("true");

        HttpResponse<String> off = owner.post("/sites/forms/settings", "hold_insult=0.5&reject_insult=0.9&hold_threat=1"
                + "&reject_threat=1&_csrf=" + WebSession.csrf(page));
        assertThat(off.uri().getQuery()).startsWith("saved=");
        assertThat(sites.settings(site.id()).settings().thresholds().get("threat"))
                .isEqualTo(new io.parley.site.Thresholds(1, 1));
    }

    @Test
    void holdFirstCommentsTakesACheckboxValueOnly() throws Exception {
        settingsFormRefused("hold_insult=0.5&reject_insult=0.9&holdFirstComments=maybe", "holdFirstComments: must be on or off");

        String page = owner.get("/sites/forms/settings").body();
        HttpResponse<String> r = owner.post("/sites/forms/settings", "hold_insult=0.5&reject_insult=0.9&holdFirstComments=on&_csrf="
                + WebSession.csrf(page));
        assertThat(r.uri().getQuery()).startsWith("saved=");
        assertThat(sites.settings(site.id()).settings().holdFirstComments()).isTrue();
        r = owner.post("/sites/forms/settings", "hold_insult=0.5&reject_insult=0.9&_csrf=" + WebSession.csrf(page));
        assertThat(r.uri().getQuery()).startsWith("saved=");
        assertThat(sites.settings(site.id()).settings().holdFirstComments()).isFalse();
    }

    /**
     * Was a new version each time: the form sent back unchanged was saved as version N+1 with old and new alike, and made
     * a colleague's open Settings page refuse its save as changed meanwhile. Now nothing is saved and the page says so.
     */
    @Test
    void aSettingsFormSentBackUnchangedIsNoNewVersion() throws Exception {
        String form = "hold_insult=0.41&reject_insult=0.93&_csrf=";
        String page = owner.get("/sites/forms/settings").body();
        HttpResponse<String> first = owner.post("/sites/forms/settings", form + WebSession.csrf(page));
        assertThat(first.uri().getQuery()).startsWith("saved=");
        int versions = settingsVersions();
        int audits = jdbc.queryForObject("SELECT count(*) FROM audit_events WHERE site_id = ? AND action = 'settings.saved'",
                Integer.class, site.id());

        HttpResponse<String> again = owner.post("/sites/forms/settings", form + WebSession.csrf(first.body()));
        assertThat(again.uri().getQuery()).isEqualTo("unchanged=" + sites.settings(site.id()).version());
        assertThat(again.body()).contains("Nothing changed: still version " + sites.settings(site.id()).version());
        assertThat(settingsVersions()).isEqualTo(versions);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_events WHERE site_id = ? AND action = 'settings.saved'",
                Integer.class, site.id())).isEqualTo(audits);
    }
}
