package io.parley.webhook;

import io.parley.site.InvalidSettings;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Which URLs an endpoint may have: http or https to a public address. Loopback, private (RFC 1918, IPv6 unique
 * local), link-local (cloud metadata), any-local, multicast and CGNAT addresses are refused unless configured,
 * at registration and again at every delivery (the name may resolve elsewhere by then). A delivery connects to
 * the addresses {@link #resolve} checked: a second look-up by the HTTP client could answer differently (DNS
 * rebinding) and reach an address that was never checked.
 */
final class TargetPolicy {

    /** Host name look-up; injectable so that tests can answer differently from one look-up to the next. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] lookup(String host) throws UnknownHostException;
    }

    /** A checked URL with the addresses its host had when checked: the only ones a delivery may connect to. */
    record Target(URI uri, java.util.List<InetAddress> addresses) {
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    TargetPolicy(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    TargetPolicy(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** @throws InvalidSettings naming {@code url} when the URL may not be a target */
    URI check(String url) {
        return check(url, !allowPrivate).uri();
    }

    /**
     * Checks {@code url} and looks its host up once, for a delivery to connect to exactly the addresses checked.
     *
     * @throws InvalidSettings naming {@code url} when the URL may not be a target or its host does not resolve
     */
    Target resolve(String url) {
        return check(url, true);
    }

    private Target check(String url, boolean lookUp) {
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
        String written = uri.getHost() != null ? uri.getHost() : registryHost(uri);
        Inet4Address numeric = written == null ? null : numericIpv4(written);
        if (numeric != null && !numeric.getHostAddress().equals(written)) {
            // Browsers and curl read 0177.0.0.1, 0x7f.1 and 2130706433 as 127.0.0.1 (WHATWG URL), where Java reads
            // 0177.0.0.1 as 177.0.0.1 and 0x7f.1 as no host: the address the owner meant is the one stored and checked
            uri = withHost(uri, numeric.getHostAddress());
        }
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new InvalidSettings("url", "must be an http or https URL with a host");
        }
        if (uri.getUserInfo() != null) {
            throw new InvalidSettings("url", "must not carry credentials; the signature authenticates deliveries");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) { // URI takes any digits; no delivery could ever connect
            throw new InvalidSettings("url", "port " + uri.getPort() + " is not a TCP port (1 to 65535)");
        }
        if (!lookUp) {
            return new Target(uri, java.util.List.of());
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.lookup(hostName(uri));
        } catch (UnknownHostException e) {
            addresses = null;
        }
        if (addresses == null || addresses.length == 0) {
            throw new InvalidSettings("url", "host " + uri.getHost() + " does not resolve");
        }
        for (InetAddress a : addresses) {
            if (!allowPrivate && internal(a)) {
                String as = a.getHostAddress().equals(written) ? "" : "host " + written + " is ";
                throw new InvalidSettings("url", (as.isEmpty() ? "resolves to " : as) + a.getHostAddress()
                        + ", a loopback or private address; such targets are refused (parley.webhooks.allow-private-targets)");
            }
        }
        return new Target(uri, java.util.List.of(addresses));
    }

    /** The host without the brackets of an IPv6 literal ({@link URI#getHost} keeps them). */
    static String hostName(URI uri) {
        String h = uri.getHost();
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }

    private static final byte[] NAT64 = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};

    /** The host of an authority {@link URI} did not take as a host name ({@code 0x7f.1}: its last label is no name). */
    private static String registryHost(URI uri) {
        String authority = uri.getRawAuthority();
        if (authority == null || authority.contains("@") || authority.startsWith("[")) {
            return null;
        }
        int colon = authority.lastIndexOf(':');
        return colon < 0 ? authority : authority.substring(0, colon);
    }

    /**
     * The IPv4 address a host written as numbers stands for, as the WHATWG URL standard (browsers, curl) reads it:
     * one to four parts, each decimal, octal with a leading 0 or hex with 0x, the last filling the remaining bytes;
     * null for a host name. A host whose last label is a number but that is no address is refused.
     */
    static Inet4Address numericIpv4(String host) {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] parts = h.split("\\.", -1);
        if (!number(parts[parts.length - 1])) {
            return null;
        }
        if (parts.length > 4) {
            throw new InvalidSettings("url", "host " + host + " is no IPv4 address (more than four numbers)");
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = part(parts[i], host);
            long max = i < parts.length - 1 ? 255 : (1L << (8 * (5 - parts.length))) - 1;
            if (values[i] > max) {
                throw new InvalidSettings("url", "host " + host + " is no IPv4 address (" + parts[i] + " is too large)");
            }
        }
        long address = values[parts.length - 1];
        for (int i = 0; i < parts.length - 1; i++) {
            address += values[i] << (8 * (3 - i));
        }
        byte[] bytes = {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
        try {
            return (Inet4Address) InetAddress.getByAddress(bytes);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static boolean number(String label) {
        if (label.startsWith("0x") || label.startsWith("0X")) {
            return label.substring(2).chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 128);
        }
        return !label.isEmpty() && label.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static long part(String p, String host) {
        int radix = 10;
        String digits = p;
        if (p.startsWith("0x") || p.startsWith("0X")) {
            radix = 16;
            digits = p.substring(2);
        } else if (p.length() > 1 && p.startsWith("0")) {
            radix = 8;
            digits = p.substring(1);
        }
        if (digits.isEmpty()) {
            if (radix == 16) {
                return 0;
            }
            throw new InvalidSettings("url", "host " + host + " is no IPv4 address (an empty number)");
        }
        if (digits.length() > 12) {
            throw new InvalidSettings("url", "host " + host + " is no IPv4 address (" + p + " is too large)");
        }
        try {
            return Long.parseLong(digits, radix);
        } catch (NumberFormatException e) {
            throw new InvalidSettings("url", "host " + host + " is no IPv4 address (" + p + ")");
        }
    }

    private static URI withHost(URI uri, String host) {
        StringBuilder s = new StringBuilder(uri.getScheme()).append("://").append(host);
        if (uri.getPort() >= 0) {
            s.append(':').append(uri.getPort());
        } else if (uri.getHost() == null && uri.getRawAuthority().contains(":")) {
            s.append(uri.getRawAuthority().substring(uri.getRawAuthority().lastIndexOf(':')));
        }
        if (uri.getRawPath() != null) {
            s.append(uri.getRawPath());
        }
        if (uri.getRawQuery() != null) {
            s.append('?').append(uri.getRawQuery());
        }
        if (uri.getRawFragment() != null) {
            s.append('#').append(uri.getRawFragment());
        }
        try {
            return new URI(s.toString());
        } catch (java.net.URISyntaxException e) {
            throw new InvalidSettings("url", "not a valid URL");
        }
    }

    static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) { // unique local fc00::/7
                return true;
            }
            // an IPv4 address inside IPv6 (::127.0.0.1, IPv4-compatible; 64:ff9b::127.0.0.1, NAT64) is that address
            boolean compatible = java.util.Arrays.equals(b, 0, 12, new byte[12], 0, 12);
            boolean nat64 = java.util.Arrays.equals(b, 0, 12, NAT64, 0, 12);
            if (compatible || nat64) {
                try {
                    return internal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException impossible) {
                    throw new IllegalStateException(impossible);
                }
            }
            return false;
        }
        return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64 // CGNAT 100.64/10
                || (b[0] & 0xff) == 0; // 0.0.0.0/8
    }
}
