package io.parley.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A person's browser session without a browser: cookies, form login with its CSRF token, form posts. */
final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private WebSession(int port) {
        this.port = port;
    }

    /** A browser that has not logged in. */
    static WebSession anonymous(int port) {
        return new WebSession(port);
    }

    /** Logs in through the login form (password {@link WebFixtures#PASSWORD}) and checks it worked. */
    static WebSession login(int port, String user) throws Exception {
        WebSession s = new WebSession(port);
        HttpResponse<String> r = s.post("/login", "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(WebFixtures.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + csrf(s.get("/login").body()));
        assertThat(r.uri().getPath()).as("login of " + user).doesNotStartWith("/login");
        return s;
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a url-encoded form (the caller adds {@code _csrf}). */
    HttpResponse<String> post(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a request built by the caller with this session's cookies, following no redirect. */
    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpClient once = HttpClient.newBuilder().cookieHandler(http.cookieHandler().orElseThrow())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        URI given = request.build().uri();
        return once.send(request.uri(URI.create("http://127.0.0.1:" + port + given.getRawPath()
                        + (given.getRawQuery() == null ? "" : "?" + given.getRawQuery()))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token of the first form on a page. */
    static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("form carries a CSRF token").isTrue();
        return m.group(1);
    }
}
