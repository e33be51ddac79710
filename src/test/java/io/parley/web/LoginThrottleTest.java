package io.parley.web;

import io.parley.site.Role;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing: any number of wrong passwords were checked, on /login and with Basic on /api, each answered
 * as fast as BCrypt could. After ten failures of a name from one address, that name is refused from there for the
 * rest of the 15-minute window, with the right password too, and told so; other names are not affected.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginThrottleTest extends IntegrationTest {

    @BeforeAll
    void seed() {
        sites.create("throttle", "Throttle", "test");
        for (String name : new String[]{"guessed-api", "guessed-form", "bystander"}) {
            accounts.addUser(name, WebFixtures.PASSWORD, Role.MODERATOR, "throttle", "test");
        }
    }

    @Test
    void tenWrongBasicPasswordsThrottleTheNameWithA429AndRetryAfter() {
        for (int i = 0; i < 10; i++) {
            Api.Response wrong = new Api(port, Api.basic("guessed-api", "wrong-" + i)).get("/api/v1/sites/throttle/queue");
            assertThat(wrong.status()).as(wrong.body()).isEqualTo(401);
        }
        Api.Response right = new Api(port, Api.basic("guessed-api", WebFixtures.PASSWORD)).get("/api/v1/sites/throttle/queue");
        assertThat(right.status()).as(right.body()).isEqualTo(429);
        assertThat(right.contentType()).startsWith("application/problem+json");
        assertThat(right.json().get("detail").asText()).contains("too many failed log-ins");
        long retryAfter = Long.parseLong(right.raw().headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 15 * 60L);
        // the same name in other letter case is the same name
        assertThat(new Api(port, Api.basic("GUESSED-API", "x")).get("/api/v1/sites/throttle/queue").status()).isEqualTo(429);
        Api.Response other = new Api(port, Api.basic("bystander", WebFixtures.PASSWORD)).get("/api/v1/sites/throttle/queue");
        assertThat(other.status()).as(other.body()).isEqualTo(200);
    }

    @Test
    void tenWrongFormPasswordsThrottleTheNameAndThePageSaysForHowLong() throws Exception {
        WebSession browser = WebSession.anonymous(port);
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> wrong = browser.post("/login", form("guessed-form", "wrong-" + i, browser));
            assertThat(wrong.uri().getQuery()).isEqualTo("error");
            assertThat(wrong.body()).contains("Wrong user name or password");
        }
        HttpResponse<String> right = browser.post("/login", form("guessed-form", WebFixtures.PASSWORD, browser));
        assertThat(right.uri().getPath()).isEqualTo("/login");
        assertThat(right.body()).contains("Too many failed log-ins for this user name. Try again in 15 minutes.")
                .doesNotContain("Wrong user name or password");
        // the page shows only a number it could have been sent
        assertThat(browser.get("/login?throttled=%3Cb%3Esoon").body()).doesNotContain("Too many failed");
        WebSession.login(port, "bystander");
    }

    private static String form(String user, String password, WebSession browser) throws Exception {
        return "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + WebSession.csrf(browser.get("/login").body());
    }
}
