package io.parley.webhook;

import io.parley.site.InvalidSettings;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Which URLs an endpoint may have: http or https to a public address. Loopback, private (RFC 1918, IPv6 unique
 * local), link-local (cloud metadata), any-local, multicast and CGNAT addresses are refused unless configured,
 * at registration and again at every delivery (the name may resolve elsewhere by then).
 */
final class TargetPolicy {

    private final boolean allowPrivate;

    TargetPolicy(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** @throws InvalidSettings naming {@code url} when the URL may not be a target */
    URI check(String url) {
        if (url == null || url.isBlank() || url.length() > 2000) {
            throw new InvalidSettings("url", "an http or https URL of at most 2000 characters is required");
        }
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettings("url", "not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new InvalidSettings("url", "must be an http or https URL with a host");
        }
        if (uri.getUserInfo() != null) {
            throw new InvalidSettings("url", "must not carry credentials; the signature authenticates deliveries");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) { // URI takes any digits; no delivery could ever connect
            throw new InvalidSettings("url", "port " + uri.getPort() + " is not a TCP port (1 to 65535)");
        }
        if (allowPrivate) {
            return uri;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new InvalidSettings("url", "host " + uri.getHost() + " does not resolve");
        }
        for (InetAddress a : addresses) {
            if (internal(a)) {
                throw new InvalidSettings("url", "resolves to " + a.getHostAddress()
                        + ", a loopback or private address; such targets are refused (parley.webhooks.allow-private-targets)");
            }
        }
        return uri;
    }

    static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64 // CGNAT 100.64/10
                || (b[0] & 0xff) == 0; // 0.0.0.0/8
    }
}
