package io.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into lines and decodes each one strictly as UTF-8 on its own. A reader that decodes the
 * stream ahead of the lines (InputStreamReader) can only fail the whole stream at an invalid byte and loses the
 * lines it had decoded in the same read; splitting on the byte 0x0A first is safe in UTF-8 (it never occurs inside
 * a multi-byte sequence), so a bad line costs only itself.
 */
final class Utf8Lines {

    /** One line: its text, or null when its bytes are not valid UTF-8. */
    record Line(String text) {
        boolean valid() {
            return text != null;
        }
    }

    /** How much of the input is looked at before any line is read. */
    static final int SNIFF = 64 * 1024;

    /** The input is binary or not UTF-8 at all: one message for the whole of it, not one error per "line". */
    static final class NotText extends IOException {
        NotText(String message) {
            super(message);
        }
    }

    /**
     * Looks at the start of {@code in} and refuses input that is no UTF-8 text: NUL bytes (binary, or UTF-16/32),
     * many control bytes, or not one line there that decodes as UTF-8. A text file with some bad lines passes and
     * keeps its per-line errors. Returns a stream that still yields every byte.
     *
     * @param name what to call the input in the message
     */
    static InputStream requireText(InputStream in, String name) throws IOException {
        byte[] head = in.readNBytes(SNIFF);
        String why = notText(head, head.length == SNIFF);
        if (why != null) {
            throw new NotText(name + " is not UTF-8 text (" + why + "); classify reads JSONL, one UTF-8 JSON object per line");
        }
        return new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), in);
    }

    /** Why these first bytes are no UTF-8 text, or null when they are; {@code cut}: more bytes follow. */
    static String notText(byte[] head, boolean cut) {
        if (head.length >= 2 && (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF || head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)) {
            return "it starts with a UTF-16 byte order mark";
        }
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                return "it holds NUL bytes: binary data, or UTF-16";
            }
            if (b > 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f' || b == 127) {
                control++;
            }
        }
        if (control > head.length / 20 + 2) {
            return control + " control bytes in its first " + head.length + " bytes: binary data";
        }
        // Lines ending in the window; the last one may be cut in the middle of a character when more follows.
        int end = head.length;
        if (cut) {
            while (end > 0 && head[end - 1] != '\n') {
                end--;
            }
        }
        Utf8Lines lines = new Utf8Lines(new java.io.ByteArrayInputStream(head, 0, end));
        int valid = 0;
        int invalid = 0;
        try {
            for (Line l = lines.next(); l != null; l = lines.next()) {
                if (!l.valid()) {
                    invalid++;
                } else if (!l.text().isBlank()) {
                    valid++;
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a byte array does not fail
        }
        if (valid == 0 && invalid > 0) {
            return invalid == 1 ? "its first line does not decode as UTF-8"
                    : "none of its first " + invalid + " lines decodes as UTF-8";
        }
        return null;
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private byte[] line = new byte[256];

    Utf8Lines(InputStream in) {
        this.in = in;
    }

    /** The next line without its terminator (\n or \r\n), or null at the end of the input. */
    Line next() throws IOException {
        int len = 0;
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buf, 0, buf.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    return any ? decode(len) : null;
                }
            }
            any = true;
            int start = pos;
            while (pos < end && buf[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            if (len + n > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, len + n));
            }
            System.arraycopy(buf, start, line, len, n);
            len += n;
            if (pos < end) {
                pos++; // the '\n'
                return decode(len);
            }
        }
    }

    private Line decode(int len) {
        if (len > 0 && line[len - 1] == '\r') {
            len--;
        }
        try {
            return new Line(decoder.decode(ByteBuffer.wrap(line, 0, len)).toString());
        } catch (CharacterCodingException e) {
            return new Line(null);
        }
    }
}
