package io.parley.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.parley.ingest.ArticleInput;
import io.parley.ingest.CommentInput;
import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks against a real receiver on the loopback address: every status and decision arrives once, signed
 * with the endpoint's secret; a receiver that fails and recovers gets the event once it is back; a rotated
 * secret signs beside the old one during the overlap; an endpoint that keeps failing is disabled with a notice.
 */
@TestPropertySource(properties = {"parley.webhooks.deliver=true", "parley.webhooks.allow-private-targets=true", "parley.webhooks.backoff=PT0.2S",
        "parley.webhooks.max-backoff=PT0.5S", "parley.webhooks.poll-millis=100", "parley.webhooks.disable-after=4",
        "parley.webhooks.rotation-overlap=PT1H"})
class WebhookDeliveryTest extends IntegrationTest {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A webhook receiver: answers with {@link #status} and keeps every request. */
    static final class Receiver implements AutoCloseable {
        record Received(String eventId, String type, String timestamp, String signature, String body, int answered) {
            JsonNode json() {
                try {
                    return JSON.readTree(body);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
        }

        final HttpServer server;
        final AtomicInteger status = new AtomicInteger(200);
        final List<Received> received = new CopyOnWriteArrayList<>();

        Receiver() throws Exception {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hook", ex -> {
                String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                int answer = status.get();
                received.add(new Received(ex.getRequestHeaders().getFirst("Parley-Event-Id"),
                        ex.getRequestHeaders().getFirst("Parley-Event-Type"), ex.getRequestHeaders().getFirst("Parley-Timestamp"),
                        ex.getRequestHeaders().getFirst("Parley-Signature"), body, answer));
                ex.sendResponseHeaders(answer, -1);
                ex.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        List<Received> taken() {
            return received.stream().filter(r -> r.answered() / 100 == 2).toList();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    final List<Receiver> receivers = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopReceivers() {
        receivers.forEach(Receiver::close);
    }

    Receiver receiver() throws Exception {
        Receiver r = new Receiver();
        receivers.add(r);
        return r;
    }

    static void await(String what, Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.get()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    /** HMAC-SHA256 over "timestamp.body", computed here independently of the code under test. */
    static String hmac(String secret, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> v1(String header) {
        return java.util.Arrays.stream(header.split(",")).filter(p -> p.startsWith("v1=")).map(p -> p.substring(3)).toList();
    }

    Site site(String slug) {
        Site s = sites.create(slug, slug, "test");
        accounts.addUser(slug + "-owner", "owner-pass-1", Role.OWNER, slug, "test");
        ingest.upsertArticle(s, new ArticleInput("a1", null, "Talks in Geneva", null, null, "Both sides met for talks.", null, null));
        return s;
    }

    void comment(Site s, String id, String text) {
        ingest.addComments(s, "a1", List.of(new CommentInput(id, null, "reader", OffsetDateTime.now(), 0, text, List.of())));
    }

    @Test
    void statusesAndDecisionsArriveSignedAndAFailingReceiverGetsTheEventOnceItIsBack() throws Exception {
        Site site = site("hooks");
        Api owner = new Api(port, Api.basic("hooks-owner", "owner-pass-1"));
        Receiver receiver = receiver();
        Api.Response registered = owner.postJson("/api/v1/sites/hooks/webhooks", Map.of("url", receiver.url(), "description", "test"));
        assertThat(registered.status()).isEqualTo(201);
        String secret = registered.json().path("secret").asText();
        long endpointId = registered.json().path("endpointId").asLong();
        assertThat(secret).startsWith("whsec_");
        assertThat(owner.get("/api/v1/sites/hooks/webhooks").body()).doesNotContain(secret);

        comment(site, "w1", "Thanks for the clear summary of the talks.");
        comment(site, "w2", "You are a stupid worthless idiot.");
        await("two statuses", () -> receiver.taken().size() >= 2);
        for (Receiver.Received r : receiver.taken()) {
            assertThat(v1(r.signature())).contains(hmac(secret, r.timestamp(), r.body()));
            assertThat(r.signature()).startsWith("t=" + r.timestamp() + ",");
            assertThat(Math.abs(Long.parseLong(r.timestamp()) - System.currentTimeMillis() / 1000)).isLessThan(120);
            JsonNode p = r.json();
            assertThat(p.path("version").asInt()).isEqualTo(1);
            assertThat(p.path("id").asText()).isEqualTo(r.eventId());
            assertThat(p.path("type").asText()).isEqualTo("comment.moderated").isEqualTo(r.type());
            assertThat(p.path("site").asText()).isEqualTo("hooks");
            String ext = p.path("data").path("comment").path("id").asText();
            assertThat(p.path("data").path("status").asText()).isEqualTo(jdbc.queryForObject(
                    "SELECT status FROM comments WHERE site_id = ? AND external_id = ?", String.class, site.id(), ext));
        }
        assertThat(receiver.taken().stream().map(r -> r.json().path("data").path("comment").path("id").asText()))
                .containsExactlyInAnyOrder("w1", "w2");

        // a decision: one held item, claimed by the owner, rejected through the API
        long item = queueHeldComments(site, 1, "hooks-owner").get(0);
        assertThat(owner.postJson("/api/v1/sites/hooks/queue/" + item + "/decision",
                Map.of("action", "reject", "reason", "insult")).status()).isEqualTo(200);
        await("the decision", () -> receiver.taken().stream().anyMatch(r -> r.type().equals("decision.recorded")));
        JsonNode decision = receiver.taken().stream().filter(r -> r.type().equals("decision.recorded")).findFirst().orElseThrow().json();
        assertThat(decision.path("data").path("status").asText()).isEqualTo("rejected");
        assertThat(decision.path("data").path("decision").path("action").asText()).isEqualTo("reject");
        assertThat(decision.path("data").path("decision").path("moderator").asText()).isEqualTo("hooks-owner");

        // taken back within the undo window: the receiver learns the comment is held again
        long decisionId = decision.path("data").path("decision").path("id").asLong();
        assertThat(owner.post("/api/v1/sites/hooks/decisions/" + decisionId + "/undo", "application/json", new byte[0])
                .status()).isEqualTo(200);
        await("the undo", () -> receiver.taken().stream().anyMatch(r -> r.type().equals("decision.undone")));
        JsonNode undone = receiver.taken().stream().filter(r -> r.type().equals("decision.undone")).findFirst().orElseThrow().json();
        assertThat(undone.path("data").path("status").asText()).isEqualTo("held");
        assertThat(undone.path("data").path("decision").path("id").asLong()).isEqualTo(decisionId);
        assertThat(undone.path("data").path("decision").path("undoneAt").isTextual()).isTrue();
        assertThat(undone.path("data").path("comment").path("id").asText())
                .isEqualTo(decision.path("data").path("comment").path("id").asText());

        // the receiver fails, then recovers: the event is taken exactly once, after it is back
        receiver.status.set(503);
        comment(site, "w3", "Looking forward to the next round of talks.");
        await("two failed attempts", () -> receiver.received.stream().filter(r -> r.answered() == 503).count() >= 2);
        assertThat(receiver.taken()).noneMatch(r -> r.body().contains("\"w3\""));
        receiver.status.set(200);
        await("w3 after recovery", () -> receiver.taken().stream().anyMatch(r -> r.body().contains("\"w3\"")));
        Thread.sleep(1000); // nothing more may come for it
        List<Receiver.Received> w3 = receiver.received.stream().filter(r -> r.body().contains("\"w3\"")).toList();
        assertThat(w3.stream().filter(r -> r.answered() == 200)).hasSize(1);
        assertThat(w3.stream().map(Receiver.Received::eventId).distinct()).hasSize(1);
        assertThat(w3.size()).isGreaterThanOrEqualTo(3);
        JsonNode log = owner.get("/api/v1/sites/hooks/webhooks/deliveries?endpoint=" + endpointId).json();
        assertThat(log.findValuesAsText("statusCode")).contains("503", "200");
        JsonNode listed = owner.get("/api/v1/sites/hooks/webhooks").json().get(0);
        assertThat(listed.path("enabled").asBoolean()).isTrue();
        assertThat(listed.path("consecutiveFailures").asInt()).isZero();

        // a rotated secret: the new one signs, and the old one beside it during the overlap
        Api.Response rotated = owner.post("/api/v1/sites/hooks/webhooks/" + endpointId + "/rotate", "application/json", new byte[0]);
        assertThat(rotated.status()).isEqualTo(200);
        String newSecret = rotated.json().path("secret").asText();
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(secret);
        assertThat(rotated.json().path("previousValidUntil").isTextual()).isTrue();
        comment(site, "w4", "The section on sanctions was useful.");
        await("w4", () -> receiver.taken().stream().anyMatch(r -> r.body().contains("\"w4\"")));
        Receiver.Received c4 = receiver.taken().stream().filter(r -> r.body().contains("\"w4\"")).findFirst().orElseThrow();
        assertThat(v1(c4.signature())).containsExactly(hmac(newSecret, c4.timestamp(), c4.body()),
                hmac(secret, c4.timestamp(), c4.body()));
        assertThat(Signature.verify(c4.signature(), c4.body(), newSecret)).isTrue();
        assertThat(Signature.verify(c4.signature(), c4.body() + " ", newSecret)).isFalse();
        assertThat(Signature.verify(c4.signature(), c4.body(), "whsec_wrong")).isFalse();
    }

    @Test
    void anEndpointThatKeepsFailingIsDisabledWithANoticeAndDeliversItsBacklogWhenEnabled() throws Exception {
        Site site = site("hooks-down");
        Api owner = new Api(port, Api.basic("hooks-down-owner", "owner-pass-1"));
        Receiver receiver = receiver();
        receiver.status.set(500);
        long id = owner.postJson("/api/v1/sites/hooks-down/webhooks", Map.of("url", receiver.url())).json().path("endpointId").asLong();
        comment(site, "d1", "A comment nobody receives for a while.");
        await("disabled", () -> !owner.get("/api/v1/sites/hooks-down/webhooks").json().get(0).path("enabled").asBoolean());
        JsonNode endpoint = owner.get("/api/v1/sites/hooks-down/webhooks").json().get(0);
        assertThat(endpoint.path("disabledReason").asText()).contains("4 consecutive failed deliveries").contains("HTTP 500");
        assertThat(receiver.received).hasSize(4);
        assertThat(owner.get("/api/v1/sites/hooks-down/audit").body()).contains("webhook.disabled");
        Thread.sleep(1000);
        assertThat(receiver.received).as("no delivery while disabled").hasSize(4);

        receiver.status.set(204);
        assertThat(owner.post("/api/v1/sites/hooks-down/webhooks/" + id + "/enable", "application/json", new byte[0]).status())
                .isEqualTo(200);
        await("backlog delivered", () -> receiver.taken().size() == 1);
        assertThat(receiver.taken().get(0).body()).contains("\"d1\"");
    }

    @Test
    void registrationIsForOwnersAndRefusesBadUrls() throws Exception {
        site("hooks-auth");
        accounts.addUser("hooks-auth-mod", "moder-pass-1", Role.MODERATOR, "hooks-auth", "test");
        Api moderator = new Api(port, Api.basic("hooks-auth-mod", "moder-pass-1"));
        assertThat(moderator.postJson("/api/v1/sites/hooks-auth/webhooks", Map.of("url", "http://127.0.0.1:9/x")).status())
                .isEqualTo(403);
        Api owner = new Api(port, Api.basic("hooks-auth-owner", "owner-pass-1"));
        Api.Response bad = owner.postJson("/api/v1/sites/hooks-auth/webhooks", Map.of("url", "ftp://example.com/x"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("url");
        assertThat(owner.post("/api/v1/sites/hooks-auth/webhooks/999999/rotate", "application/json", new byte[0]).status())
                .isEqualTo(404);
    }
}
