package io.parley.api;

import io.parley.site.Site;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = {"parley.api.rate-per-second=1", "parley.api.burst=3"})
class RateLimitTest extends IntegrationTest {

    @Test
    void anApiKeyOverItsRateGets429WithRetryAfterAndOtherKeysAreUnaffected() {
        Site site = sites.create("rate", "Rate", "test");
        Api first = new Api(port, Api.bearer(accounts.issueApiKey(site, "one", "test")));
        Api second = new Api(port, Api.bearer(accounts.issueApiKey(site, "two", "test")));
        List<Integer> statuses = new ArrayList<>();
        Api.Response limited = null;
        for (int i = 0; i < 6; i++) {
            Api.Response r = first.get("/api/v1/sites/rate/articles");
            statuses.add(r.status());
            if (r.status() == 429) {
                limited = r;
            }
        }
        assertThat(statuses.subList(0, 3)).containsOnly(200);
        assertThat(statuses).contains(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.raw().headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        assertThat(second.get("/api/v1/sites/rate/articles").status()).isEqualTo(200);
    }
}
