package io.parley.webhook;

import com.sun.net.httpserver.HttpServer;
import io.parley.site.InvalidSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A delivery connects to the address its host had when checked (DNS rebinding): the resolver here answers a
 * public address to the check and the receiver's loopback address to any later look-up; the receiver on
 * 127.0.0.1 must never be reached.
 */
class PinnedPostTest {

    HttpServer server;
    final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", ex -> {
            received.add(ex.getRequestHeaders().getFirst("Host") + " " + ex.getRequestURI() + " "
                    + ex.getRequestHeaders().getFirst("Parley-Event-Type") + " "
                    + new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Answers {@code first} to the first look-up and {@code later} to every other; counts look-ups. */
    record Rebinding(InetAddress first, InetAddress later, AtomicInteger lookups) implements TargetPolicy.Resolver {
        @Override
        public InetAddress[] lookup(String host) {
            return new InetAddress[]{lookups.getAndIncrement() == 0 ? first : later};
        }
    }

    static InetAddress ip(String literal) throws IOException {
        return InetAddress.getByName(literal);
    }

    @Test
    void aNameThatRebindsToLoopbackAfterTheCheckIsNotReached() throws Exception {
        // "localhost": a client that looked the name up again would reach 127.0.0.1 through the system resolver too
        Rebinding dns = new Rebinding(ip("192.0.2.10"), ip("127.0.0.1"), new AtomicInteger());
        TargetPolicy.Target target = new TargetPolicy(false, dns).resolve("http://localhost:" + port() + "/hook");
        assertThat(target.addresses()).containsExactly(ip("192.0.2.10"));
        assertThatThrownBy(() -> PinnedPost.post(target, Map.of(), "{}", Duration.ofMillis(400)))
                .isInstanceOf(IOException.class);
        assertThat(received).as("the loopback receiver").isEmpty();
        assertThat(dns.lookups()).hasValue(1);
    }

    @Test
    void theCheckedAddressIsConnectedToWithTheUrlsHostInTheHostHeader() throws Exception {
        // the name exists only in this resolver: a delivery that looked it up anywhere else would not arrive
        Rebinding dns = new Rebinding(ip("127.0.0.1"), ip("192.0.2.10"), new AtomicInteger());
        TargetPolicy.Target target = new TargetPolicy(true, dns).resolve("http://hooks.rebind.invalid:" + port() + "/hook?x=1");
        int status = PinnedPost.post(target, Map.of("Parley-Event-Type", "comment.moderated"), "{\"a\":1}",
                Duration.ofSeconds(5));
        assertThat(status).isEqualTo(204);
        assertThat(received).containsExactly("hooks.rebind.invalid:" + port() + " /hook?x=1 comment.moderated {\"a\":1}");
        assertThat(dns.lookups()).hasValue(1);
    }

    @Test
    void aNameAnsweringLoopbackWhenCheckedIsRefusedBeforeAnyConnection() throws Exception {
        Rebinding dns = new Rebinding(ip("127.0.0.1"), ip("127.0.0.1"), new AtomicInteger());
        assertThatThrownBy(() -> new TargetPolicy(false, dns).resolve("http://hooks.rebind.invalid:" + port() + "/hook"))
                .isInstanceOf(InvalidSettings.class).hasMessageContaining("127.0.0.1").hasMessageContaining("refused");
        assertThat(received).isEmpty();
    }

    @Test
    void aReceiverThatNeverAnswersTimesOut() throws Exception {
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 1, ip("127.0.0.1"))) {
            TargetPolicy.Target target = new TargetPolicy(true).resolve("http://127.0.0.1:" + silent.getLocalPort() + "/");
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> PinnedPost.post(target, Map.of(), "{}", Duration.ofMillis(500)))
                    .isInstanceOf(java.net.SocketTimeoutException.class);
            assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(5_000);
        }
    }
}
