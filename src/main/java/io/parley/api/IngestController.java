package io.parley.api;

import io.parley.extraction.PageInput;
import io.parley.ingest.ArticleInput;
import io.parley.ingest.ArticleRef;
import io.parley.ingest.CommentInput;
import io.parley.ingest.CommentsAccepted;
import io.parley.ingest.IngestService;
import io.parley.ingest.PageIngested;
import io.parley.site.Permission;
import io.parley.site.Site;
import io.parley.site.SiteAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/sites/{site}")
@Tag(name = "Ingest", description = "Pages and structured comments in; idempotent by external id")
class IngestController {

    private final IngestService ingest;
    private final SiteAccess access;

    IngestController(IngestService ingest, SiteAccess access) {
        this.ingest = ingest;
        this.access = access;
    }

    record ArticleWithComments(String externalId, String url, String title, String byline,
                               java.time.OffsetDateTime published, String body, List<String> paragraphs,
                               String language, List<CommentInput> comments) {
    }

    record CommentBatch(List<CommentInput> comments) {
    }

    @Operation(summary = "Extract a page (HTML or text) and store its article and comments; fetchedAt (ISO-8601) dates relative comment times")
    @ApiResponse(responseCode = "201", description = "the article or a comment was new and is stored")
    @ApiResponse(responseCode = "200", description = "a replay: everything was stored before, nothing new")
    @PostMapping(path = "/pages", consumes = {MediaType.TEXT_HTML_VALUE, MediaType.TEXT_PLAIN_VALUE,
            MediaType.APPLICATION_XHTML_XML_VALUE})
    ResponseEntity<PageIngested> page(@PathVariable String site, @RequestBody(required = false) byte[] body,
                                      @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String type,
                                      @RequestParam(required = false) String url,
                                      @RequestParam(required = false) String externalId,
                                      @RequestParam(required = false) String format,
                                      @RequestParam(required = false) String fetchedAt, Authentication auth) {
        Site s = access.require(auth, site, Permission.INGEST);
        // decoded by the same rule as /extract and the CLI: a page that extracts there is stored here; fetchedAt dates
        // comments that print only a relative time, as it does there
        PageIngested result = ingest.ingestPage(s, PageInput.of(body, type, format), url, externalId, fetchedAt,
                SiteAccess.caller(auth).name());
        return ResponseEntity.status(result.article().created() || result.comments().created() > 0
                ? HttpStatus.CREATED : HttpStatus.OK).body(result);
    }

    @Operation(summary = "Create an article (optionally with its first comments); a replay returns the stored one, with textChanged, changed and warnings when its title or body differ (the stored one is kept)")
    @ApiResponse(responseCode = "201", description = "the article or a comment was new and is stored: the article's ref, "
            + "or with comments {article, comments}")
    @ApiResponse(responseCode = "200", description = "a replay: everything was stored before, nothing new")
    @PostMapping(path = "/articles", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> article(@PathVariable String site, @RequestBody ArticleWithComments in, Authentication auth) {
        Site s = access.require(auth, site, Permission.INGEST);
        if (in == null) {
            throw new BadRequest("body", "an article object is required");
        }
        PageIngested done = ingest.ingestArticle(s, new ArticleInput(in.externalId(), in.url(), in.title(), in.byline(),
                in.published(), in.body(), in.paragraphs(), in.language()), in.comments(),
                SiteAccess.caller(auth).name());
        ArticleRef ref = done.article();
        if (done.comments() != null) {
            return ResponseEntity.status(ref.created() || done.comments().created() > 0 ? HttpStatus.CREATED : HttpStatus.OK)
                    .body(done);
        }
        return ResponseEntity.status(ref.created() ? HttpStatus.CREATED : HttpStatus.OK).body(ref);
    }

    @Operation(summary = "Add up to 1,000 comments to an article; parents by external id; duplicates are skipped")
    @ApiResponse(responseCode = "201", description = "at least one comment was new and is stored")
    @ApiResponse(responseCode = "200", description = "a replay: every comment was stored before, nothing new")
    @PostMapping(path = "/articles/{article}/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommentsAccepted> comments(@PathVariable String site, @PathVariable String article,
                                              @RequestBody CommentBatch batch, Authentication auth) {
        Site s = access.require(auth, site, Permission.INGEST);
        if (batch == null || batch.comments() == null) {
            throw new BadRequest("comments", "a 'comments' array is required");
        }
        CommentsAccepted result = ingest.addComments(s, article, batch.comments());
        return ResponseEntity.status(result.created() > 0 ? HttpStatus.CREATED : HttpStatus.OK).body(result);
    }
}
