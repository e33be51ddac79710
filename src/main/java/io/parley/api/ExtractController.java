package io.parley.api;

import io.parley.extraction.ExtractedPage;
import io.parley.extraction.PageExtractor;
import io.parley.extraction.PageExtractors;
import io.parley.extraction.PageFormat;
import io.parley.extraction.PageNotExtractable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.Charset;
import java.util.Locale;

/**
 * {@code POST /api/v1/extract}: the page in the body (text/html or text/plain), the extracted page back;
 * nothing is stored. Input that is no page (empty, binary, too large, too slow) raises
 * {@link PageNotExtractable}, which the API maps to a 422 problem.
 */
@RestController
class ExtractController {

    private final PageExtractor extractor;

    ExtractController(PageExtractor extractor) {
        this.extractor = extractor;
    }

    @PostMapping(path = "/api/v1/extract",
            consumes = {MediaType.TEXT_HTML_VALUE, MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_XHTML_XML_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ExtractedPage extract(@RequestBody(required = false) byte[] body,
                          @RequestHeader(value = "Content-Type", required = false) String contentType,
                          @RequestParam(value = "format", required = false) String format,
                          @RequestParam(value = "boilerplate", defaultValue = "false") boolean boilerplate) {
        if (body == null || body.length == 0) {
            throw new PageNotExtractable("the page is empty");
        }
        MediaType type = parse(contentType);
        ExtractedPage page = extractor.extract(decode(body, type), format(format, type));
        return boilerplate ? page : page.withoutBoilerplate();
    }

    private static MediaType parse(String contentType) {
        try {
            return contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A declared charset wins; otherwise the bytes are sniffed (UTF-8, the page's meta charset, windows-1252). */
    private static String decode(byte[] body, MediaType type) {
        Charset declared = null;
        try {
            declared = type == null ? null : type.getCharset();
        } catch (RuntimeException ignored) {
            // an unknown charset name: sniff instead
        }
        return declared != null ? new String(body, declared) : PageExtractors.decode(body);
    }

    private static PageFormat format(String format, MediaType type) {
        if (format != null && !format.isBlank()) {
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "html" -> PageFormat.HTML;
                case "text" -> PageFormat.TEXT;
                case "auto" -> PageFormat.AUTO;
                default -> throw new PageNotExtractable("format must be html, text or auto, not '" + format + "'");
            };
        }
        if (type != null && (type.isCompatibleWith(MediaType.TEXT_HTML) || type.isCompatibleWith(MediaType.APPLICATION_XHTML_XML))) {
            return PageFormat.HTML;
        }
        // text/plain is often HTML pasted by a script: let the sniffer decide.
        return PageFormat.AUTO;
    }
}
