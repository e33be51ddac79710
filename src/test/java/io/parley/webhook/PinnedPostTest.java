package io.parley.webhook;

import com.sun.net.httpserver.HttpServer;
import io.parley.site.InvalidSettings;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
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

    // ---- https: the socket goes to the checked address, TLS still checks the URL's host ----

    static final String TLS_HOST = "hooks.tls.test";
    static final char[] PASS = "changeit".toCharArray();
    static Path keys;

    /** Two self-signed key pairs for {@link #TLS_HOST}: the receiver's, and a stranger's that is not it. */
    @BeforeAll
    static void keyPairs() throws Exception {
        keys = Files.createDirectories(Path.of("target", "pinned-post-tls"));
        for (String alias : List.of("receiver", "stranger")) {
            Path store = keys.resolve(alias + ".p12");
            Files.deleteIfExists(store);
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                    "-dname", "CN=" + TLS_HOST, "-ext", "SAN=dns:" + TLS_HOST, "-storetype", "PKCS12",
                    "-keystore", store.toString(), "-storepass", new String(PASS), "-keypass", new String(PASS))
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as("keytool: " + out).isZero();
        }
    }

    static KeyStore keyStore(String alias) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(keys.resolve(alias + ".p12").toFile())) {
            ks.load(in, PASS);
        }
        return ks;
    }

    /** A client that trusts only the certificate of {@code alias}. */
    static SSLSocketFactory trusting(String alias) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry(alias, keyStore(alias).getCertificate(alias));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx.getSocketFactory();
    }

    /** A TLS receiver on 127.0.0.1 with the receiver's certificate; keeps SNI, Host, path and body of each request. */
    static HttpsServer tlsReceiver(List<String> seen) throws Exception {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keyStore("receiver"), PASS);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        HttpsServer tls = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        tls.setHttpsConfigurator(new HttpsConfigurator(ctx));
        tls.createContext("/hook", ex -> {
            String sni = ((ExtendedSSLSession) ((HttpsExchange) ex).getSSLSession()).getRequestedServerNames().stream()
                    .map(n -> n instanceof SNIHostName h ? h.getAsciiName() : n.toString()).toList().toString();
            seen.add(sni + " " + ex.getRequestHeaders().getFirst("Host") + " " + ex.getRequestURI() + " "
                    + new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        tls.start();
        return tls;
    }

    /** The test host names (and only they) resolve, to the receiver's loopback address. */
    static TargetPolicy testNames() {
        return new TargetPolicy(true, host -> {
            if (host.endsWith(".tls.test") || host.endsWith(".tls.test.")) {
                return new InetAddress[]{InetAddress.getByAddress(new byte[]{127, 0, 0, 1})};
            }
            throw new java.net.UnknownHostException(host);
        });
    }

    @Test
    void httpsGoesToTheCheckedAddressWithTheUrlsHostAsSniAndHost() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpsServer tls = tlsReceiver(seen);
        try {
            int port = tls.getAddress().getPort();
            TargetPolicy.Target target = testNames().resolve("https://" + TLS_HOST + ":" + port + "/hook?x=1");
            int status = PinnedPost.post(target, Map.of(), "{\"a\":1}", Duration.ofSeconds(10), trusting("receiver"));
            assertThat(status).isEqualTo(204);
            assertThat(seen).containsExactly("[" + TLS_HOST + "] " + TLS_HOST + ":" + port + " /hook?x=1 {\"a\":1}");
        } finally {
            tls.stop(0);
        }
    }

    @Test
    void httpsToAHostTheCertificateDoesNotNameFailsTheHandshake() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpsServer tls = tlsReceiver(seen);
        try {
            // same receiver, same trusted certificate, same address: only the URL's host differs from the certificate's
            TargetPolicy.Target target = testNames().resolve("https://other.tls.test:" + tls.getAddress().getPort() + "/hook");
            assertThatThrownBy(() -> PinnedPost.post(target, Map.of(), "{}", Duration.ofSeconds(10), trusting("receiver")))
                    .isInstanceOf(SSLHandshakeException.class); // an IOException: WebhookDelivery records a failed attempt
            assertThat(seen).isEmpty();
        } finally {
            tls.stop(0);
        }
    }

    @Test
    void httpsToAnUntrustedCertificateFailsTheHandshake() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpsServer tls = tlsReceiver(seen);
        try {
            // the trusted certificate names the same host but is not the receiver's
            TargetPolicy.Target target = testNames().resolve("https://" + TLS_HOST + ":" + tls.getAddress().getPort() + "/hook");
            assertThatThrownBy(() -> PinnedPost.post(target, Map.of(), "{}", Duration.ofSeconds(10), trusting("stranger")))
                    .isInstanceOf(SSLHandshakeException.class);
            // and the JVM's default trust (production's) does not know a self-signed certificate either
            assertThatThrownBy(() -> PinnedPost.post(target, Map.of(), "{}", Duration.ofSeconds(10)))
                    .isInstanceOf(SSLHandshakeException.class);
            assertThat(seen).isEmpty();
        } finally {
            tls.stop(0);
        }
    }

    @Test
    void httpsToAFullyQualifiedNameWithItsFinalDotIsDelivered() throws Exception {
        // SNIHostName refuses "hooks.tls.test." with an IllegalArgumentException, which escaped the delivery round
        // unrecorded (no failed attempt, no back-off, no disabling) and was retried every lease, forever
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpsServer tls = tlsReceiver(seen);
        try {
            int port = tls.getAddress().getPort();
            TargetPolicy.Target target = testNames().resolve("https://" + TLS_HOST + ".:" + port + "/hook");
            assertThat(PinnedPost.post(target, Map.of(), "{}", Duration.ofSeconds(10), trusting("receiver"))).isEqualTo(204);
            assertThat(seen).containsExactly("[" + TLS_HOST + "] " + TLS_HOST + ".:" + port + " /hook {}");
        } finally {
            tls.stop(0);
        }
    }

    @Test
    void aHostNameThatCannotBeAServerNameIsAFailedDeliveryNotACrash() throws Exception {
        String longLabel = "a".repeat(64) + ".tls.test"; // a DNS label is at most 63 octets; URI takes it anyway
        try (java.net.ServerSocket open = new java.net.ServerSocket(0, 1, ip("127.0.0.1"))) {
            TargetPolicy.Target target = testNames().resolve("https://" + longLabel + ":" + open.getLocalPort() + "/hook");
            assertThatThrownBy(() -> PinnedPost.post(target, Map.of(), "{}", Duration.ofSeconds(5), trusting("receiver")))
                    .isInstanceOf(IOException.class).hasMessageContaining("not a TLS server name");
        }
    }
}
