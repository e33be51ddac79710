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

    /**
     * Was unisolated: an author name or comment text holding a right-to-left override it never closes (U+202E) reversed
     * what the page printed after it on the line ("unverified", the age, the next chip), and an Arabic comment was laid
     * out left to right. Every element that shows a commenter's name or text sets its own direction (dir="auto"), which
     * isolates it (HTML's bidi rules), on the queue, the item with its thread, Outcomes and the author page.
     */
    @Test
    void commenterTextAndNamesAreBidiIsolatedOnEveryPageShowingThem() throws Exception {
        long id = new WebFixtures(sites, accounts, ingest, jdbc).bidi(site);
        long item = jdbc.queryForObject("SELECT id FROM review_items WHERE comment_id = ?", Long.class, id);
        for (String path : List.of("/sites/hostile-pages/queue", "/sites/hostile-pages/queue/" + item,
                "/sites/hostile-pages/outcomes", "/sites/hostile-pages/authors/name:%E2%80%AEevil")) {
            HttpResponse<String> r = moderator.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(r.body());
            var shown = doc.select(".text, .author").stream()
                    .filter(e -> e.text().contains("\u202E") || e.text().contains("\u0623")).toList();
            assertThat(shown).as(path).isNotEmpty();
            assertThat(shown).as(path).allSatisfy(e -> assertThat(e.attr("dir")).as(path + " " + e.outerHtml()).isEqualTo("auto"));
        }
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

    /**
     * Was a 200 with every outcome: the Outcomes page dropped an unknown status, by, label or band, so a mistyped link
     * showed the unfiltered list as if it were the one asked for, where the queue page and the API refuse it.
     */
    @Test
    void anUnknownOutcomesFilterIsAnErrorPageNamingItAsTheApiDoes() throws Exception {
        for (String[] q : List.of(new String[]{"status=held", "published or rejected"},
                new String[]{"by=robot", "rule or person"}, new String[]{"label=insults", "insult"},
                new String[]{"band=0.5-2", "a score range"}, new String[]{"label=insult&band=high", "a score range"})) {
            HttpResponse<String> r = moderator.get("/sites/hostile-pages/outcomes?" + q[0]);
            assertThat(r.statusCode()).as(q[0]).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(q[0]).startsWith("text/html");
            assertThat(r.body()).as(q[0]).contains(q[1]);
        }
        // what the API takes, the page takes: a site label, a language code, any band within [0,1]
        for (String q : List.of("status=rejected&by=rule", "label=insult", "label=ara", "label=insult&band=0.55-0.8", "")) {
            assertThat(moderator.get("/sites/hostile-pages/outcomes?" + q).statusCode()).as(q).isEqualTo(200);
        }
        // and the filters show what is in effect, not "any"
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(moderator.get("/sites/hostile-pages/outcomes?label=ara&band=0.55-0.8").body());
        assertThat(page.select("#f-band option[selected]").attr("value")).isEqualTo("0.55-0.8");
        assertThat(page.select("select[name=label] option[selected]").attr("value")).isEqualTo("ara");
        org.jsoup.nodes.Document queue = org.jsoup.Jsoup.parse(moderator.get("/sites/hostile-pages/queue?label=ara").body());
        assertThat(queue.select("select[name=label] option[selected]").attr("value")).isEqualTo("ara");
    }

    /** Was an empty list: from after to matched nothing, shown as if nothing had been decided then. */
    @Test
    void anOutcomesRangeGivenBackwardsIsAnErrorPageNamingBothDatesAsTheApiDoes() throws Exception {
        HttpResponse<String> r = moderator.get("/sites/hostile-pages/outcomes?from=2026-12-05&to=2026-12-01");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.body()).contains("from 2026-12-05 is later than to 2026-12-01");
        assertThat(moderator.get("/sites/hostile-pages/outcomes?from=2026-12-01&to=2026-12-01").statusCode()).isEqualTo(200);
    }

    /** Was a JSON problem in the browser: the REST handlers answered the page's binding errors. */
    @Test
    void aQueueItemIdThatIsNoNumberIsAnHtmlNotFoundPage() throws Exception {
        HttpResponse<String> r = moderator.get("/sites/hostile-pages/queue/abc");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.body()).contains("not a valid id");
    }

    /**
     * Was a 500 (StackOverflowError in the template) on the item page of a held comment under which a thousand replies
     * chain, and a 200 cut off mid-body on the API's thread (Jackson stops writing at 1,000 levels): replies below
     * {@link io.parley.ingest.CommentQueries#MAX_NESTING} levels are listed flat under their ancestor at that level.
     */
    @Test
    void aThousandRepliesDeepIsReadableOnTheItemPageAndThroughTheApi() throws Exception {
        long item = queueHeldComments(site, 1, null).get(0);
        List<io.parley.ingest.CommentInput> chain = new java.util.ArrayList<>();
        for (int i = 1; i < 1000; i++) {
            chain.add(new io.parley.ingest.CommentInput("deep-" + i, i == 1 ? "c1" : "deep-" + (i - 1), "replier", null, 0,
                    "reply number " + i, List.of()));
        }
        assertThat(ingest.addComments(site, "a", chain).created()).isEqualTo(999);

        HttpResponse<String> page = moderator.get("/sites/hostile-pages/queue/" + item);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsPattern("reply number 1\\b").containsPattern("reply number 999\\b");

        io.parley.support.Api.Response thread = new io.parley.support.Api(port,
                io.parley.support.Api.basic("hostile-pages-mod", WebFixtures.PASSWORD)).get("/api/v1/sites/hostile-pages/articles/a/thread");
        assertThat(thread.status()).isEqualTo(200);
        java.util.Deque<com.fasterxml.jackson.databind.JsonNode> todo = new java.util.ArrayDeque<>();
        thread.json().get("comments").forEach(todo::push);
        int seen = 0;
        int deepest = 0;
        while (!todo.isEmpty()) {
            com.fasterxml.jackson.databind.JsonNode c = todo.pop();
            seen++;
            deepest = Math.max(deepest, c.get("depth").asInt());
            c.path("replies").forEach(todo::push);
        }
        assertThat(seen).isEqualTo(1000);
        assertThat(deepest).isEqualTo(999);
    }

    /**
     * Was a problem+json body ("No static resource sites/hostile-pages/nope.") in the browser: a mistyped page URL, or a
     * page path asked with the wrong method, had no controller, so the page error handling never saw it.
     */
    @Test
    void aMistypedPageUrlOrAWrongMethodIsTheErrorPage() throws Exception {
        HttpResponse<String> missing = moderator.get("/sites/hostile-pages/nope");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(missing.body()).contains("404 · Not Found").doesNotContain("static resource");

        HttpResponse<String> method = moderator.get("/sites/hostile-pages/decisions/1/undo");
        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(method.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(method.headers().firstValue("Allow").orElse("")).contains("POST");

        // the API keeps problem+json
        io.parley.support.Api api = new io.parley.support.Api(port,
                io.parley.support.Api.bearer(accounts.issueApiKey(site, "nope", "test")));
        io.parley.support.Api.Response r = api.get("/api/v1/nope");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }
}
