package io.parley.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * How a delivery is signed, and how a receiver checks it: HMAC-SHA256 with the endpoint's secret over
 * {@code <timestamp>.<body>}, hex, sent as {@code Parley-Signature: t=<timestamp>,v1=<hex>}; during a secret
 * rotation's overlap a second {@code v1=} signs with the previous secret, so a receiver holding either verifies.
 * Receivers should also refuse timestamps more than a few minutes old (replays).
 */
public final class Signature {

    public static final String HEADER = "Parley-Signature";
    public static final String TIMESTAMP = "Parley-Timestamp";
    public static final String EVENT_ID = "Parley-Event-Id";
    public static final String EVENT_TYPE = "Parley-Event-Type";

    private Signature() {
    }

    public static String hmac(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** The header value for the given secrets (current first). */
    public static String header(long timestamp, String body, List<String> secrets) {
        StringBuilder sb = new StringBuilder("t=").append(timestamp);
        for (String s : secrets) {
            sb.append(",v1=").append(hmac(s, timestamp, body));
        }
        return sb.toString();
    }

    /** A receiver's check: some {@code v1=} of the header is the HMAC of this body and the header's timestamp. */
    public static boolean verify(String header, String body, String secret) {
        if (header == null) {
            return false;
        }
        Long t = null;
        for (String part : header.split(",")) {
            if (part.startsWith("t=")) {
                try {
                    t = Long.parseLong(part.substring(2));
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        if (t == null) {
            return false;
        }
        byte[] expected = hmac(secret, t, body).getBytes(StandardCharsets.US_ASCII);
        for (String part : header.split(",")) {
            if (part.startsWith("v1=") && MessageDigest.isEqual(expected, part.substring(3).getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }
}
