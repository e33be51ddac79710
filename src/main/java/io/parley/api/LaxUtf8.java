package io.parley.api;

import java.io.IOException;

/**
 * Finds the UTF-8 sequences Jackson's decoder takes but UTF-8 (RFC 3629) forbids: overlong forms ({@code C0 AF} read
 * as "/", {@code E0 80 80} as NUL), UTF-16 surrogates ({@code ED A0 80}) and code points past U+10FFFF. Jackson
 * stored {@code "a\xC0\xAFb"} as "a/b": a body is taken as the client sent it or refused, never silently changed.
 * Other broken bytes (a Latin-1 "é" in a body declared UTF-8) are left to Jackson, which names the field they are in.
 */
final class LaxUtf8 {

    /** A body holding a sequence that is no UTF-8, at a byte offset. */
    static final class NotUtf8 extends IOException {
        final long offset;

        NotUtf8(long offset) {
            super("not valid UTF-8 at byte " + offset);
            this.offset = offset;
        }
    }

    private long offset;
    private int need;
    private int codePoint;
    private int min;
    private long start;
    private boolean done;

    /** Checks the next bytes of the body; throws at the first overlong, surrogate or out-of-range sequence. */
    void check(byte[] buf, int off, int len) throws NotUtf8 {
        for (int i = off; i < off + len && !done; i++, offset++) {
            int b = buf[i] & 0xFF;
            if (offset < 4 && (b == 0 || offset == 0 && b >= 0xFE)) {
                // UTF-16 or UTF-32 JSON (a NUL beside the first ASCII character, or a byte order mark): Jackson
                // detects and decodes those itself, and their bytes are no UTF-8 to check
                done = true;
                break;
            }
            if (need == 0) {
                if (b < 0x80) {
                    continue;
                }
                start = offset;
                if (b == 0xC0 || b == 0xC1 || b >= 0xF5 && b <= 0xF7) {
                    throw new NotUtf8(start);
                } else if (b >= 0xC2 && b <= 0xDF) {
                    need = 1;
                    codePoint = b & 0x1F;
                    min = 0x80;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    need = 2;
                    codePoint = b & 0x0F;
                    min = 0x800;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    need = 3;
                    codePoint = b & 0x07;
                    min = 0x10000;
                } else {
                    done = true; // a stray continuation byte or F8-FF: Jackson refuses it, naming the field
                }
            } else if ((b & 0xC0) == 0x80) {
                codePoint = codePoint << 6 | b & 0x3F;
                if (--need == 0 && (codePoint < min || codePoint >= 0xD800 && codePoint <= 0xDFFF || codePoint > 0x10FFFF)) {
                    throw new NotUtf8(start);
                }
            } else {
                done = true; // a sequence cut short: Jackson refuses it
            }
        }
    }
}
