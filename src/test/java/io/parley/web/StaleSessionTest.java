package io.parley.web;

import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions live in memory: after a restart, a time-out or a log-out in another tab, an open page's next action
 * carries a stale CSRF token. That was a bare "403 · Forbidden" page, "HTTP 403" on the queue's keys, and the
 * queue's polling got the login page's HTML and went quiet. Each now says what happened and that nothing was done.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaleSessionTest extends IntegrationTest {

    Site site;
    long item;

    @BeforeAll
    void seed() {
        WebFixtures f = new WebFixtures(sites, accounts, ingest, jdbc);
        site = f.site("stale-session", "Stale session");
        f.user("stale-mod", Role.MODERATOR, "stale-session");
        item = queueHeldComments(site, 1, null).get(0);
    }

    private static HttpRequest.Builder decision(long item, boolean fromScript) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://x/sites/stale-session/queue/" + item + "/decision"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=approve&_csrf=token-of-an-earlier-session"));
        return fromScript ? b.header("X-Requested-With", "fetch") : b;
    }

    private int decisions() {
        return jdbc.queryForObject("SELECT count(*) FROM decisions WHERE site_id = ?", Integer.class, site.id());
    }

    @Test
    void aStaleTokenInALiveSessionSaysThePageIsOutOfDate() throws Exception {
        WebSession moderator = WebSession.login(port, "stale-mod");
        HttpResponse<String> form = moderator.send(decision(item, false));
        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(form.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(form.body()).contains("this page is out of date").contains("nothing was done");

        HttpResponse<String> script = moderator.send(decision(item, true));
        assertThat(script.statusCode()).isEqualTo(403);
        assertThat(script.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(script.body()).contains("this page is out of date");
        assertThat(decisions()).isZero();
    }

    @Test
    void anEndedSessionSendsAFormToTheLoginPageSayingSoAndAScriptGetsA401() throws Exception {
        WebSession ended = WebSession.anonymous(port);
        HttpResponse<String> form = ended.send(decision(item, false));
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location").orElse("")).endsWith("/login?expired");
        assertThat(ended.get("/login?expired").body()).contains("Your session had ended");

        HttpResponse<String> script = ended.send(decision(item, true));
        assertThat(script.statusCode()).isEqualTo(401);
        assertThat(script.body()).contains("your session has ended");
        assertThat(decisions()).isZero();

        // the queue's polling, and any page a script asks for
        HttpResponse<String> poll = ended.send(HttpRequest.newBuilder(URI.create(
                "http://x/sites/stale-session/queue/open?ids=" + item)).header("X-Requested-With", "fetch").GET());
        assertThat(poll.statusCode()).isEqualTo(401);
        assertThat(poll.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        // a person's browser is still sent to log in
        HttpResponse<String> page = ended.send(HttpRequest.newBuilder(URI.create("http://x/sites/stale-session/queue")).GET());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    /** Tomcat reads only so many form fields; the CSRF token after the cut was missing, which is no stale page. */
    @Test
    void aFormWithMoreFieldsThanTheServerReadsIsSaidToBeUnreadable() throws Exception {
        WebSession moderator = WebSession.login(port, "stale-mod");
        String token = WebSession.csrf(moderator.get("/sites/stale-session/queue").body());
        StringBuilder form = new StringBuilder("action=approve");
        for (int i = 0; i < 20_000; i++) {
            form.append("&f").append(i).append("=1");
        }
        form.append("&_csrf=").append(token);
        HttpResponse<String> r = moderator.send(HttpRequest.newBuilder(URI.create("http://x/sites/stale-session/queue/"
                        + item + "/decision")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("the form could not be read").doesNotContain("out of date");
        assertThat(decisions()).isZero();
    }
}
