package io.parley.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.site.Site;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests refused before any controller sees them: by Tomcat (it cannot decode the URL) or by the security
 * firewall. Sent over a raw socket, because an HTTP client library would clean the URL up first.
 */
class MalformedRequestTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Raw(int status, String contentType, String body) {
    }

    private Raw send(String path, String authorization) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            String req = "GET " + path + " HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "\r\n";
            s.getOutputStream().write(req.getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int head = text.indexOf("\r\n\r\n");
            String headers = text.substring(0, head);
            int status = Integer.parseInt(headers.substring(9, 12));
            String type = headers.lines().filter(l -> l.regionMatches(true, 0, "Content-Type:", 0, 13))
                    .map(l -> l.substring(13).trim()).findFirst().orElse("");
            return new Raw(status, type, text.substring(head + 4));
        }
    }

    @Test
    void apiUrlsTomcatOrTheFirewallRefuseGetProblemJson() throws Exception {
        Site site = sites.create("malformed", "Malformed", "test");
        String key = "Bearer " + accounts.issueApiKey(site, "m", "test");
        for (String path : new String[]{"/api/v1/sites/malformed/articles/a%2Fb", "/api/v1/sites/malformed/comments/%00",
                "/api/v1/sites/%ff/articles", "/api/v1/sites/malformed/articles/%", "/api/v1/sites/malformed/articles/../x",
                "/api/v1/sites/malformed/articles/;x", "/api/v1/sites/malformed/articles/" + "a".repeat(9000)}) {
            Raw r = send(path, key);
            assertThat(r.status()).as(path).isEqualTo(400);
            assertThat(r.contentType()).as(path).startsWith("application/problem+json");
            JsonNode body = JSON.readTree(r.body());
            assertThat(body.get("status").asInt()).isEqualTo(400);
            assertThat(body.get("detail").asText()).contains("malformed or not allowed");
            assertThat(r.body()).doesNotContain("Tomcat", "Exception", "timestamp");
        }
    }

    @Test
    void pagesGetAnHtmlPageAndErrorAskedForDirectlyIsNotFound() throws Exception {
        Raw refused = send("/sites/x/queue/a%2Fb", null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(refused.body()).contains("400").doesNotContain("Tomcat", "Exception");

        Raw firewall = send("/sites/x/..;/y", null);
        assertThat(firewall.status()).isEqualTo(400);
        assertThat(firewall.contentType()).startsWith("text/html");

        Raw direct = send("/error", null);
        assertThat(direct.status()).isEqualTo(404);
        Raw directApi = send("/error", "Bearer nothing");
        assertThat(directApi.status()).isEqualTo(404);
    }
}
