package io.parley.webhook;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One HTTP/1.1 POST to an address checked beforehand. The JDK's HttpClient looks a host name up itself (and
 * takes no resolver), so a name could answer a loopback address between the check and the connection; here the
 * socket goes to the checked address while the Host header, TLS SNI and certificate host name check use the
 * URL's host as usual. Only the status code is read; redirects are not followed.
 */
final class PinnedPost {

    /** A status line, the headers of any 1xx answers before it: a receiver that sends more is not one. */
    private static final int MAX_HEAD_BYTES = 16 * 1024;

    private PinnedPost() {
    }

    /**
     * @param target  a URL with the addresses checked for it, tried in order until one connects
     * @param timeout for the whole exchange, connecting included
     * @return the HTTP status code
     */
    static int post(TargetPolicy.Target target, Map<String, String> headers, String body, Duration timeout)
            throws IOException {
        return post(target, headers, body, timeout, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /** As {@link #post(TargetPolicy.Target, Map, String, Duration)} with the given trust (tests: their own CA). */
    static int post(TargetPolicy.Target target, Map<String, String> headers, String body, Duration timeout,
                    SSLSocketFactory tlsFactory) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean https = target.uri().getScheme().equalsIgnoreCase("https");
        int port = target.uri().getPort() >= 0 ? target.uri().getPort() : https ? 443 : 80;
        String host = TargetPolicy.hostName(target.uri());
        try (Socket socket = connect(target.addresses(), port, deadline)) {
            Socket channel = https ? tls(tlsFactory, socket, host, port) : socket;
            channel.setSoTimeout(remainingMillis(deadline));
            byte[] payload = body.getBytes(StandardCharsets.UTF_8);
            String path = target.uri().getRawPath() == null || target.uri().getRawPath().isEmpty() ? "/" : target.uri().getRawPath();
            if (target.uri().getRawQuery() != null) {
                path += "?" + target.uri().getRawQuery();
            }
            StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(target.uri().getHost())
                    .append(target.uri().getPort() >= 0 ? ":" + target.uri().getPort() : "").append("\r\n");
            headers.forEach((name, value) -> head.append(field(name)).append(": ").append(field(value)).append("\r\n"));
            head.append("Content-Length: ").append(payload.length).append("\r\nConnection: close\r\n\r\n");
            OutputStream out = channel.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(payload);
            out.flush();
            return status(new BufferedInputStream(channel.getInputStream()), channel, deadline);
        }
    }

    private static Socket connect(List<InetAddress> addresses, int port, long deadline) throws IOException {
        IOException last = null;
        for (InetAddress address : addresses) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(address, port), remainingMillis(deadline));
                return socket;
            } catch (IOException e) {
                socket.close();
                last = new IOException(e.getClass().getSimpleName() + " to " + address.getHostAddress() + ":" + port
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
            }
        }
        throw last != null ? last : new IOException("no address to connect to");
    }

    /** TLS over the connected socket, for the URL's host: SNI and the certificate's host name as with any client. */
    private static Socket tls(SSLSocketFactory factory, Socket socket, String urlHost, int port) throws IOException {
        // "example.com." is the same host, but SNI may not carry the final dot (RFC 6066; SNIHostName throws) and no
        // certificate names it: without it, checked and sent as browsers and curl do
        String host = urlHost.endsWith(".") && !urlHost.contains(":") ? urlHost.substring(0, urlHost.length() - 1) : urlHost;
        SSLSocket ssl = (SSLSocket) factory.createSocket(socket, host, port, true);
        SSLParameters parameters = ssl.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!host.contains(":") && !host.matches("[0-9.]+")) { // SNI names a host, never an address
            try {
                parameters.setServerNames(List.of(new SNIHostName(host)));
            } catch (IllegalArgumentException e) { // e.g. a label over 63 characters: a failed delivery, not a crash
                ssl.close();
                throw new IOException("host " + host + " is not a TLS server name: " + e.getMessage(), e);
            }
        }
        ssl.setSSLParameters(parameters);
        ssl.startHandshake();
        return ssl;
    }

    /** The final status code, skipping interim 1xx answers. */
    private static int status(InputStream in, Socket channel, long deadline) throws IOException {
        int[] budget = {MAX_HEAD_BYTES};
        while (true) {
            String statusLine = line(in, channel, deadline, budget);
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("[1-5][0-9][0-9]")) {
                throw new IOException("not an HTTP answer: " + statusLine.substring(0, Math.min(80, statusLine.length())));
            }
            int code = Integer.parseInt(parts[1]);
            if (code >= 200 || code == 101) {
                return code;
            }
            while (!line(in, channel, deadline, budget).isEmpty()) {
                // headers of an interim answer
            }
        }
    }

    private static String line(InputStream in, Socket channel, long deadline, int[] budget) throws IOException {
        StringBuilder s = new StringBuilder();
        while (true) {
            channel.setSoTimeout(remainingMillis(deadline));
            int c = in.read();
            if (c < 0) {
                throw new IOException("connection closed before an HTTP answer");
            }
            if (--budget[0] < 0) {
                throw new IOException("answer head longer than " + MAX_HEAD_BYTES + " bytes");
            }
            if (c == '\n') {
                int n = s.length();
                return n > 0 && s.charAt(n - 1) == '\r' ? s.substring(0, n - 1) : s.toString();
            }
            s.append((char) c);
        }
    }

    private static int remainingMillis(long deadline) throws SocketTimeoutException {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new SocketTimeoutException("no answer within the delivery timeout");
        }
        return (int) Math.min(left, Integer.MAX_VALUE);
    }

    private static String field(String s) {
        if (s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a header line break");
        }
        return s;
    }
}
