package io.parley.extraction;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;

/**
 * A page as received: bytes, the content type they came with and the format asked for, decoded by one rule for
 * {@code /extract}, {@code /pages} and {@code parley extract}, so a page works on all three or on none.
 * <ul>
 *   <li>Charset: the declared one when the bytes decode strictly in it; otherwise (none declared, an unknown
 *   name, or bytes that contradict it, like a windows-1252 page served as UTF-8) the bytes are sniffed: BOM,
 *   strict UTF-8, the page's meta charset, windows-1252. Nothing is refused for its encoding.</li>
 *   <li>Format: {@code html}, {@code text} or {@code auto} when asked (anything else is {@link UnknownPageFormat});
 *   else HTML for an HTML content type and sniffed for text/plain or none (scripts often send HTML as text/plain).</li>
 *   <li>An empty body is {@link PageNotExtractable}, like every other input that is no page.</li>
 * </ul>
 */
public record PageInput(String content, PageFormat format) {

    public static PageInput of(byte[] body, String contentType, String format) {
        PageFormat asked = format(format);
        if (body == null || body.length == 0) {
            throw new PageNotExtractable("the page is empty");
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        PageFormat f = asked != null ? asked : type.contains("html") ? PageFormat.HTML : PageFormat.AUTO;
        return new PageInput(decode(body, charset(type)), f);
    }

    /** {@code null} for no format asked. */
    public static PageFormat format(String format) {
        if (format == null || format.isBlank()) {
            return null;
        }
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "html" -> PageFormat.HTML;
            case "text", "txt" -> PageFormat.TEXT;
            case "auto" -> PageFormat.AUTO;
            default -> throw new UnknownPageFormat(format);
        };
    }

    private static Charset charset(String type) {
        int at = type.indexOf("charset=");
        if (at < 0) {
            return null;
        }
        String name = type.substring(at + 8);
        int end = name.indexOf(';');
        name = (end < 0 ? name : name.substring(0, end)).strip().replace("\"", "").replace("'", "");
        try {
            // Browsers read a page labelled ISO-8859-1 as windows-1252; so do we (curly quotes, euro signs).
            return name.equals("iso-8859-1") || name.equals("latin1") ? Charset.forName("windows-1252") : Charset.forName(name);
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    private static String decode(byte[] body, Charset declared) {
        if (declared != null) {
            try {
                return declared.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            } catch (CharacterCodingException contradicted) {
                // the label is wrong: read the bytes for what they are
            }
        }
        return PageExtractors.decode(body);
    }
}
