package io.parley.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.site.Site;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One page, three doors: a windows-1252 page (served with a wrong UTF-8 label, with none, and as text/plain)
 * gives the same article through {@code /extract}, {@code /pages} and {@code parley extract}; the same bad
 * input gets the same answer on both endpoints.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageInputSurfacesTest extends IntegrationTest {

    static final String PAGE;

    static {
        StringBuilder b = new StringBuilder("<html><head><title>Caf\u00e9 fees rise</title></head><body><h1>Caf\u00e9 owners object</h1>");
        for (int i = 0; i < 4; i++) {
            b.append("<p>\u201cIt costs us \u20ac200 a month,\u201d said the owner of the caf\u00e9 on the square, paragraph ")
                    .append(i).append(", as the council raised the fees for terraces again this spring.</p>");
        }
        PAGE = b.append("</body></html>").toString();
    }

    static final byte[] CP1252 = PAGE.getBytes(Charset.forName("windows-1252"));
    Api api;
    Site site;

    @BeforeAll
    void site() {
        site = sites.find("surfaces").orElseGet(() -> sites.create("surfaces", "Surfaces", "test"));
        api = new Api(port, Api.bearer(accounts.issueApiKey(site, "test", "test")));
    }

    @Test
    void aWindows1252PageWorksOnAllThree(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cafe.html");
        Files.write(file, CP1252);
        StringWriter out = new StringWriter();
        CommandLine cli = io.parley.cli.ParleyCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute("extract", file.toString())).isZero();
        JsonNode fromCli = new ObjectMapper().readTree(out.toString()).get("article");
        assertThat(fromCli.toString()).contains("caf\u00e9 on the square").contains("\u20ac200");

        int n = 0;
        for (String type : new String[]{"text/html", "text/html; charset=utf-8", "text/plain"}) {
            var extracted = api.post("/api/v1/extract", type, CP1252);
            assertThat(extracted.status()).as(type + ": " + extracted.body()).isEqualTo(200);
            // (the API leaves null fields out, the CLI prints them: compare what the page says)
            assertThat(extracted.json().at("/article/title")).as(type).isEqualTo(fromCli.get("title"));
            assertThat(extracted.json().at("/article/paragraphs")).as(type).isEqualTo(fromCli.get("paragraphs"));

            var stored = api.post("/api/v1/sites/surfaces/pages?externalId=cafe-" + n++, type, CP1252);
            assertThat(stored.status()).as(type + ": " + stored.body()).isEqualTo(201);
            String body = jdbc.queryForObject("SELECT body FROM articles WHERE site_id = ? AND external_id = ?", String.class,
                    site.id(), "cafe-" + (n - 1));
            assertThat(body).as(type).isEqualTo(String.join("\n\n", new ObjectMapper().convertValue(
                    fromCli.get("paragraphs"), String[].class)));
        }
    }

    @Test
    void badInputGetsTheSameAnswerOnBothEndpoints() {
        for (String path : new String[]{"/api/v1/extract", "/api/v1/sites/surfaces/pages"}) {
            var empty = api.post(path, "text/html", new byte[0]);
            assertThat(empty.status()).as(path).isEqualTo(422);
            var format = api.post(path + "?format=pdf", "text/plain", "hello there".getBytes(Charset.forName("UTF-8")));
            assertThat(format.status()).as(path).isEqualTo(400);
            assertThat(format.body()).as(path).contains("format");
            var binary = api.post(path, "text/plain", new byte[]{0, 1, 2, 3, 0, 0, 0, 5, 6, 7});
            assertThat(binary.status()).as(path).isEqualTo(422);
            var when = api.post(path + "?fetchedAt=yesterday", "text/html", PAGE.getBytes(Charset.forName("UTF-8")));
            assertThat(when.status()).as(path).isEqualTo(422);
            assertThat(when.body()).as(path).contains("fetchedAt").contains("yesterday");
            // /extract named the body as the field at fault
            assertThat(when.json().get("fields").get(0).get("field").asText()).as(path).isEqualTo("fetchedAt");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM articles WHERE site_id = ? AND title LIKE 'Caf%' AND external_id LIKE 'sha256-%'",
                Integer.class, site.id())).as("the page with a bad fetchedAt is not stored").isZero();
    }

    @Test
    void aPageOfRelativeCommentTimesIsStoredDatedFromFetchedAt() throws Exception {
        // a news CMS page whose comments print only "11 hours ago" and the like (held-out gold, fetched 17:40 UTC)
        byte[] page = Files.readAllBytes(Path.of("training-data/extraction/heldout/pages/news-relative.html"));
        var undated = api.post("/api/v1/sites/surfaces/pages?externalId=relative-undated", "text/html", page);
        assertThat(undated.status()).as(undated.body()).isEqualTo(201);
        var dated = api.post("/api/v1/sites/surfaces/pages?externalId=relative-dated&fetchedAt=2026-11-21T17:40:00Z",
                "text/html", page);
        assertThat(dated.status()).as(dated.body()).isEqualTo(201);
        String count = "SELECT count(*) FROM comments c JOIN articles a ON a.id = c.article_id"
                + " WHERE a.site_id = ? AND a.external_id = ? AND c.posted_at IS NOT NULL";
        String total = "SELECT count(*) FROM comments c JOIN articles a ON a.id = c.article_id WHERE a.site_id = ? AND a.external_id = ?";
        int stored = jdbc.queryForObject(total, Integer.class, site.id(), "relative-dated");
        assertThat(stored).isGreaterThanOrEqualTo(10).isEqualTo(jdbc.queryForObject(total, Integer.class, site.id(), "relative-undated"));
        assertThat(jdbc.queryForObject(count, Integer.class, site.id(), "relative-undated")).isZero();
        assertThat(jdbc.queryForObject(count, Integer.class, site.id(), "relative-dated")).isEqualTo(stored);
        // counted back from the fetch time: the first comment is "N hours ago" on the fetch day, none after it
        assertThat(jdbc.queryForList("SELECT c.posted_at FROM comments c JOIN articles a ON a.id = c.article_id"
                        + " WHERE a.site_id = ? AND a.external_id = ?", java.sql.Timestamp.class, site.id(), "relative-dated"))
                .allSatisfy(t -> assertThat(t.toInstant()).isBetween(java.time.Instant.parse("2026-11-19T00:00:00Z"),
                        java.time.Instant.parse("2026-11-21T17:40:00Z")));
    }

    /**
     * Was a 500 on both: year 999,999,999 parsed, and the relative times counted back from it failed the extraction.
     * A fetch in the future was refused only as "comments[0].postedAt".
     */
    @Test
    void aFetchTimeOutsideFourDigitYearsOrInTheFutureIsA422NamingIt() throws Exception {
        byte[] page = Files.readAllBytes(Path.of("training-data/extraction/heldout/pages/news-relative.html"));
        for (String when : new String[]{"%2B999999999-12-31T00:00:00Z", "-999999999-01-01T00:00:00Z"}) {
            for (String path : new String[]{"/api/v1/extract?", "/api/v1/sites/surfaces/pages?externalId=far&"}) {
                var r = api.post(path + "fetchedAt=" + when, "text/html", page);
                assertThat(r.status()).as(path + when + r.body()).isEqualTo(422);
                assertThat(r.json().get("fields").get(0).get("field").asText()).isEqualTo("fetchedAt");
            }
        }
        var future = api.post("/api/v1/sites/surfaces/pages?externalId=far&fetchedAt=2099-01-01T00:00:00Z", "text/html", page);
        assertThat(future.status()).as(future.body()).isEqualTo(422);
        assertThat(future.json().get("fields").get(0).get("field").asText()).isEqualTo("fetchedAt");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM articles WHERE site_id = ? AND external_id = 'far'",
                Integer.class, site.id())).isZero();
        // what /extract only reads may still be dated ahead (nothing is stored)
        assertThat(api.post("/api/v1/extract?fetchedAt=2099-01-01T00:00:00Z", "text/html", page).status()).isEqualTo(200);
    }
}
