package io.parley.api;

import org.springframework.http.MediaType;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Raw page bodies are decoded strictly: a wrong encoding is the sender's error to hear about, not ours to guess. */
final class Bodies {

    private Bodies() {
    }

    static String decode(byte[] body, MediaType type) {
        Charset charset = StandardCharsets.UTF_8;
        try {
            if (type != null && type.getCharset() != null) {
                charset = type.getCharset();
            }
        } catch (RuntimeException e) {
            throw new BadRequest("Content-Type", "unknown charset");
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new BodyNotUtf8(charset.name());
        }
    }
}
