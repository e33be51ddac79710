package io.parley.web;

import io.parley.ingest.ArticleInput;
import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What an ingest client or a crafted link could do to the pages, found by sweeping a running service. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostilePagesTest extends IntegrationTest {

    Site site;
    WebSession moderator;

    @BeforeAll
    void seed() throws Exception {
        WebFixtures f = new WebFixtures(sites, accounts, ingest, jdbc);
        site = f.site("hostile-pages", "Hostile pages");
        f.user("hostile-pages-mod", Role.MODERATOR, "hostile-pages");
        moderator = WebSession.login(port, "hostile-pages-mod");
    }

    /**
     * Was a stored script: an API key holder sent {@code "url": "javascript:alert(1)"} (or {@code ?url=} on a page) and
     * the article page linked it as its "source", run by whichever moderator clicked.
     */
    @Test
    void anArticleUrlThatIsNotHttpIsShownAsTextNotLinked() throws Exception {
        ingest.upsertArticle(site, new ArticleInput("js-url", " JavaScript:alert(document.cookie)", "T", null, null,
                "Text.", null, "en"));
        ingest.upsertArticle(site, new ArticleInput("web-url", "https://example.com/story", "T", null, null,
                "Text.", null, "en"));

        HttpResponse<String> js = moderator.get("/sites/hostile-pages/articles/js-url");
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.body().toLowerCase()).doesNotContain("href=\" javascript:").doesNotContain("href=\"javascript:");
        assertThat(js.body()).contains("source: ").contains("JavaScript:alert(document.cookie)");

        HttpResponse<String> web = moderator.get("/sites/hostile-pages/articles/web-url");
        assertThat(web.body()).contains("href=\"https://example.com/story\"");
    }

    /** Was a 500 (as problem+json, on a page): the year 999,999,999 parses as a LocalDate and PostgreSQL refused it. */
    @Test
    void anOutcomesDateBeyondWhatTheDatabaseHoldsIsAnErrorPageNamingIt() throws Exception {
        for (String q : List.of("from=%2B999999999-12-31", "to=%2B999999999-12-31")) {
            HttpResponse<String> r = moderator.get("/sites/hostile-pages/outcomes?" + q);
            assertThat(r.statusCode()).as(q).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(q).startsWith("text/html");
            assertThat(r.body()).as(q).contains("a date between 0001-01-01 and 9999-12-31");
        }
    }

    /** Was a JSON problem in the browser: the REST handlers answered the page's binding errors. */
    @Test
    void aQueueItemIdThatIsNoNumberIsAnHtmlNotFoundPage() throws Exception {
        HttpResponse<String> r = moderator.get("/sites/hostile-pages/queue/abc");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.body()).contains("not a valid id");
    }
}
