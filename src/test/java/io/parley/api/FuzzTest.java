package io.parley.api;

import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and mutated inputs against every public endpoint, with a fixed seed so a failure replays:
 * no 5xx, no request slower than the limit, and a rejected request changes nothing in the database.
 */
@TestPropertySource(properties = {"parley.api.rate-per-second=0"})
class FuzzTest extends IntegrationTest {

    static final String[] NASTY = {"'; DROP TABLE comments; --", "<script>alert(1)</script>", "${jndi:ldap://x/a}",
            "line\r\nINFO forged log line", "\u0000", "\uD800", "../../etc/passwd", "%s%s%n", "{{7*7}}", "\u202Eevil",
            "Robert'); DELETE FROM sites;--", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "NaN", "-1e309",
            "9".repeat(400), "\"", "\\", "{", "]"};

    record Target(String method, String path, String contentType, String template) {
    }

    @Test
    void mutatedInputNeverCausesA5xxAHangOrAPartialWrite() {
        Site site = sites.create("fuzz", "Fuzz", "test");
        accounts.addUser("fuzz-owner", "fuzz-password", Role.OWNER, "fuzz", "test");
        String key = accounts.issueApiKey(site, "f", "test");
        Api machine = new Api(port, Api.bearer(key));
        Api owner = new Api(port, Api.basic("fuzz-owner", "fuzz-password"));
        assertThat(machine.postJson("/api/v1/sites/fuzz/articles", "{\"externalId\":\"a1\",\"title\":\"t\",\"body\":\"b\","
                + "\"comments\":[{\"externalId\":\"c1\",\"text\":\"seed\"}]}").status()).isEqualTo(201);

        // every label: a PUT that leaves one out is a 422 (trial7)
        String settings = "{\"thresholds\":{\"toxicity\":{\"hold\":0.5,\"reject\":0.9},\"severe_toxicity\":{\"hold\":0.5,\"reject\":0.9},\"insult\":{\"hold\":0.5,\"reject\":0.9},\"threat\":{\"hold\":0.5,\"reject\":0.9},\"obscene\":{\"hold\":0.5,\"reject\":0.9},\"identity_attack\":{\"hold\":0.5,\"reject\":0.9}},\"stanceActions\":{\"article.unrelated\":\"hold\"},"
                + "\"targets\":[\"NATO\"],\"holdFirstComments\":false,\"unsupportedLanguageAction\":\"hold\",\"queueOrder\":\"score\"}";
        List<Target> targets = List.of(
                new Target("POST", "/api/v1/sites/fuzz/articles", "application/json",
                        "{\"externalId\":\"x\",\"title\":\"T\",\"byline\":\"B\",\"published\":\"2025-01-01T00:00:00Z\",\"body\":\"p1\\n\\np2\"}"),
                new Target("POST", "/api/v1/sites/fuzz/articles/a1/comments", "application/json",
                        "{\"comments\":[{\"externalId\":\"n1\",\"parentId\":\"c1\",\"author\":\"x\",\"likes\":3,"
                                + "\"postedAt\":\"2025-01-01T00:00:00Z\",\"text\":\"hello\",\"quotes\":[{\"text\":\"q\"}]}]}"),
                new Target("POST", "/api/v1/sites/fuzz/pages?url=http://x/y", "text/html",
                        "<html><head><title>T</title></head><body><article><p>Para</p></article><div class=comment>c</div></body></html>"),
                new Target("POST", "/api/v1/sites/fuzz/pages", "text/plain", "Title\n\nParagraph one.\n\n1. Reader\nA comment."),
                new Target("PUT", "/api/v1/sites/fuzz/settings", "application/json", settings),
                new Target("POST", "/api/v1/sites/fuzz/settings/preview?last=100", "application/json", settings),
                new Target("POST", "/api/v1/sites/fuzz/decisions", "application/json",
                        "{\"decisions\":[{\"itemId\":1,\"action\":\"approve\",\"reason\":\"ok\"}]}"),
                new Target("POST", "/api/v1/sites/fuzz/queue/1/decision", "application/json", "{\"action\":\"reject\"}"),
                new Target("POST", "/api/v1/sites/fuzz/users", "application/json",
                        "{\"username\":\"u\",\"password\":\"pw-long-enough\",\"role\":\"moderator\"}"),
                new Target("GET", "/api/v1/sites/fuzz/comments?status=held&after=0&limit=10", null, null),
                new Target("GET", "/api/v1/sites/fuzz/queue?state=open&sort=score&limit=5", null, null),
                new Target("GET", "/api/v1/sites/fuzz/articles/a1/thread", null, null),
                new Target("GET", "/api/v1/sites/fuzz/audit?limit=5", null, null));

        Random random = new Random(20261127L);
        int cases = 0;
        int rejected = 0;
        long slowest = 0;
        for (int round = 0; round < 60; round++) {
            for (Target t : targets) {
                Api api = t.path().contains("/settings") || t.path().contains("/users") || t.path().contains("/decisions")
                        || t.path().contains("/queue") || t.path().contains("/audit") ? owner : machine;
                Map<String, Long> before = counts(site);
                long t0 = System.nanoTime();
                Api.Response r;
                if (t.template() == null) {
                    r = api.get(mutatePath(t.path(), random));
                } else {
                    byte[] body = mutate(t.template(), random);
                    r = send(api, t, body);
                }
                long ms = (System.nanoTime() - t0) / 1_000_000;
                slowest = Math.max(slowest, ms);
                cases++;
                assertThat(r.status()).as("%s %s -> %s", t.method(), t.path(), r.body()).isLessThan(500);
                assertThat(ms).as("request time").isLessThan(10_000);
                if (r.status() >= 400) {
                    rejected++;
                    assertThat(counts(site)).as("a rejected request changed the database: %s", r.body()).isEqualTo(before);
                }
            }
        }
        System.out.printf("fuzz: %d cases, %d rejected with 4xx, 0 with 5xx, slowest %d ms%n", cases, rejected, slowest);
    }

    private Api.Response send(Api api, Target t, byte[] body) {
        if (t.method().equals("PUT")) {
            return api.put(t.path(), t.contentType(), body);
        }
        return api.post(t.path(), t.contentType(), body);
    }

    private Map<String, Long> counts(Site site) {
        return Map.of(
                "articles", jdbc.queryForObject("SELECT count(*) FROM articles WHERE site_id = ?", Long.class, site.id()),
                "comments", jdbc.queryForObject("SELECT count(*) FROM comments WHERE site_id = ?", Long.class, site.id()),
                "settings", jdbc.queryForObject("SELECT count(*) FROM site_settings WHERE site_id = ?", Long.class, site.id()),
                "decisions", jdbc.queryForObject("SELECT count(*) FROM decisions WHERE site_id = ?", Long.class, site.id()),
                "users", jdbc.queryForObject("SELECT count(*) FROM users", Long.class));
    }

    static String mutatePath(String path, Random r) {
        String nasty = java.net.URLEncoder.encode(NASTY[r.nextInt(NASTY.length)], StandardCharsets.UTF_8);
        String[] variants = {path, path.replace("limit=10", "limit=" + nasty), path.replace("limit=5", "limit=" + nasty),
                path.replace("after=0", "after=-99999999999999999999"), path.replace("held", nasty),
                path + "&" + "x".repeat(r.nextInt(3000)) + "=1", path.replace("a1", "%00%ff"),
                path.replace("a1", nasty), path.replace("state=open", "state=" + nasty)};
        return variants[r.nextInt(variants.length)];
    }

    static byte[] mutate(String template, Random r) {
        String s = template;
        int kind = r.nextInt(10);
        switch (kind) {
            case 0 -> s = s.substring(0, r.nextInt(s.length() + 1));
            case 1 -> {
                int at = r.nextInt(s.length() + 1);
                s = s.substring(0, at) + NASTY[r.nextInt(NASTY.length)] + s.substring(at);
            }
            case 2 -> s = s.replaceFirst("\"[a-z]+\"(?=\\s*[,}\\]])", java.util.regex.Matcher.quoteReplacement("\""
                    + NASTY[r.nextInt(NASTY.length)].replace("\\", "\\\\").replace("\"", "\\\"") + "\""));
            case 3 -> s = s.replaceFirst(":\\s*\"[^\"]*\"", ":" + List.of("1", "-1", "1e999", "true", "null", "[]", "{}",
                    "[[[[1]]]]", "\"" + "z".repeat(100_000) + "\"").get(r.nextInt(9)));
            case 4 -> s = "[".repeat(2000 + r.nextInt(5000)) + "]".repeat(10);
            case 5 -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length / 2);
                out.write(new byte[]{(byte) 0xC0, (byte) 0xFF, (byte) 0xFE, (byte) 0x80}, 0, 4);
                out.write(b, b.length / 2, b.length - b.length / 2);
                return out.toByteArray();
            }
            case 6 -> {
                byte[] junk = new byte[r.nextInt(4096)];
                r.nextBytes(junk);
                return junk;
            }
            case 7 -> s = s.replace("1", String.valueOf(r.nextLong())).replace("0.5", "NaN");
            case 8 -> s = s + s;
            default -> {
                char[] cs = s.toCharArray();
                for (int i = 0; i < 3 && cs.length > 0; i++) {
                    cs[r.nextInt(cs.length)] = (char) r.nextInt(0x3000);
                }
                s = new String(cs);
            }
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
