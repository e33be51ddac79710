package io.parley.web;

import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The owner's forms on People & keys and Webhooks with bad input (trial9): the reason was shown at the top of the page
 * and the form came back empty, so the URL, description, user name or key label had to be typed again; the last
 * owner's own Remove button gave a 400 error page. Now the reason is in the form, beside the marked field, with what
 * was typed (never a password), and nothing is stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnerFormsTest extends IntegrationTest {

    Site site;
    WebSession owner;

    @BeforeAll
    void seed() throws Exception {
        WebFixtures f = new WebFixtures(sites, accounts, ingest, jdbc);
        site = f.site("owner-forms", "Owner forms");
        f.user("of-owner", Role.OWNER, "owner-forms");
        owner = WebSession.login(port, "of-owner");
    }

    private HttpResponse<String> post(String page, String path, String form) throws Exception {
        return owner.post(path, form + "&_csrf=" + WebSession.csrf(owner.get(page).body()));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aRefusedPersonKeepsTheNameAndRoleButNotThePassword() throws Exception {
        HttpResponse<String> r = post("/sites/owner-forms/people", "/sites/owner-forms/people",
                "username=" + enc("new person") + "&password=secret-pass-1&role=owner");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.uri().getPath()).isEqualTo("/sites/owner-forms/people");
        assertThat(r.body()).contains("id=\"person-error\"", "Not granted: username: ")
                .containsPattern("id=\"new-username\"[^>]*value=\"new person\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"person-error\"")
                .containsPattern("<option value=\"owner\" selected")
                .doesNotContain("secret-pass-1");
        assertThat(accounts.userExists("new person")).isFalse();
        // the next visit is the plain form again
        assertThat(owner.get("/sites/owner-forms/people").body()).doesNotContain("person-error", "new person");
    }

    @Test
    void aRefusedKeyLabelStaysInItsField() throws Exception {
        String label = "x".repeat(101);
        HttpResponse<String> r = post("/sites/owner-forms/people", "/sites/owner-forms/keys", "label=" + label);
        assertThat(r.body()).contains("No key issued: label: at most 100 characters")
                .containsPattern("id=\"key-label\"[^>]*value=\"" + label + "\"[^>]*aria-invalid=\"true\"");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM api_keys WHERE site_id = ?", Integer.class, site.id())).isZero();
    }

    @Test
    void aRefusedWebhookKeepsUrlAndDescription() throws Exception {
        HttpResponse<String> r = post("/sites/owner-forms/webhooks", "/sites/owner-forms/webhooks",
                "url=" + enc("http://0177.0.0.1/hook") + "&description=" + enc("newsroom bot"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"hook-error\"", "Not added: url: host 0177.0.0.1 is 127.0.0.1")
                .containsPattern("id=\"hook-url\"[^>]*value=\"http://0177.0.0.1/hook\"[^>]*aria-invalid=\"true\"")
                .containsPattern("id=\"hook-desc\"[^>]*value=\"newsroom bot\"");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM webhook_endpoints WHERE site_id = ?", Integer.class, site.id()))
                .isZero();
    }

    @Test
    void theLastOwnerRemovingTheirOwnRoleIsToldOnThePage() throws Exception {
        HttpResponse<String> r = post("/sites/owner-forms/people", "/sites/owner-forms/people/of-owner/owner/remove", "x=1");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.uri().getPath()).isEqualTo("/sites/owner-forms/people");
        assertThat(r.body()).contains("Not removed: the last owner of a site cannot be removed");
        assertThat(owner.get("/sites/owner-forms/settings").statusCode()).isEqualTo(200);
    }
}
