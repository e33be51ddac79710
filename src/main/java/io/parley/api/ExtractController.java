package io.parley.api;

import io.parley.extraction.ExtractedPage;
import io.parley.extraction.PageExtractor;
import io.parley.extraction.PageInput;
import io.parley.extraction.PageNotExtractable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/extract}: the page in the body (text/html or text/plain), the extracted page back;
 * nothing is stored. The body is decoded as {@code /pages} and the CLI decode it ({@link PageInput}). Input
 * that is no page (empty, binary, too large, too slow) raises {@link PageNotExtractable} (a 422 problem); an
 * unknown format is a 400.
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
                          @RequestParam(value = "boilerplate", defaultValue = "false") boolean boilerplate,
                          @RequestParam(value = "fetchedAt", required = false) String fetchedAt) {
        if (fetchedAt != null && !PageExtractor.isFetchTime(fetchedAt)) {
            // the same answer as /pages gives: the problem names fetchedAt, not the body
            throw new io.parley.ingest.InvalidInput("fetchedAt", "is not an ISO-8601 time (e.g. 2026-11-21T17:40:00Z): "
                    + (fetchedAt.length() > 100 ? fetchedAt.substring(0, 100) + "…" : fetchedAt));
        }
        PageInput input = PageInput.of(body, contentType, format);
        // relative comment times ("5 hours ago") count back from fetchedAt; an unreadable time is a 422 like the page's
        ExtractedPage page = extractor.extract(input.content(), input.format(), fetchedAt);
        return boilerplate ? page : page.withoutBoilerplate();
    }
}
