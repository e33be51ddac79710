package io.parley.api;

import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A moderator reads the site's settings on purpose (the thresholds and rules the queue they work follows explain
 * why a comment was held); the answer holds no API key or webhook secret, and everything else of the owner's stays
 * 403 (new-user sweep: was it intended?).
 */
class ModeratorSettingsReadTest extends IntegrationTest {

    @Test
    void aModeratorReadsTheSettingsButNoKeyOrSecretAndNothingElseOfTheOwners() {
        Site site = sites.create("mod-reads", "Moderator reads", "test");
        accounts.addUser("mr-owner", "owner-pass-123", Role.OWNER, "mod-reads", "test");
        accounts.addUser("mr-mod", "moderator-pass-1", Role.MODERATOR, "mod-reads", "test");
        String key = accounts.issueApiKey(site, "test", "test");
        Api owner = new Api(port, Api.basic("mr-owner", "owner-pass-123"));
        Api.Response hook = owner.postJson("/api/v1/sites/mod-reads/webhooks", Map.of("url", "https://93.184.216.34/hook"));
        assertThat(hook.status()).as(hook.body()).isEqualTo(201);
        String secret = hook.json().path("secret").asText();
        assertThat(secret).startsWith("whsec_");

        Api mod = new Api(port, Api.basic("mr-mod", "moderator-pass-1"));
        Api.Response read = mod.get("/api/v1/sites/mod-reads/settings");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("settings").has("thresholds")).isTrue();
        List<String> fields = new java.util.ArrayList<>();
        read.json().fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("version", "settings", "changedBy", "changedAt");
        assertThat(read.body()).doesNotContain(secret).doesNotContain(key).doesNotContain(key.substring(0, 8))
                .doesNotContain("whsec_");

        for (String path : new String[]{"/settings/history", "/webhooks", "/webhooks/deliveries", "/api-keys", "/users",
                "/audit", "/stats"}) {
            Api.Response r = mod.get("/api/v1/sites/mod-reads" + path);
            assertThat(r.status()).as(path).isEqualTo(403);
            assertThat(r.contentType()).as(path).startsWith("application/problem+json");
        }
        assertThat(mod.call("PUT", "/api/v1/sites/mod-reads/settings", "application/json", read.json().path("settings")
                .toString()).status()).isEqualTo(403);
    }
}
