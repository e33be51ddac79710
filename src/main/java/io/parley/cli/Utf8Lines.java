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
