package io.parley.api;

import io.parley.ingest.ArticleView;
import io.parley.ingest.CommentQueries;
import io.parley.ingest.CommentView;
import io.parley.site.Permission;
import io.parley.site.Site;
import io.parley.site.SiteAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.Set;

@RestController
@RequestMapping("/api/v1/sites/{site}")
@Tag(name = "Read", description = "Articles, threads and comments with status and latest classification")
class ReadController {

    private static final Set<String> STATUSES = Set.of("received", "classified", "published", "held", "rejected");

    private final CommentQueries queries;
    private final SiteAccess access;

    ReadController(CommentQueries queries, SiteAccess access) {
        this.queries = queries;
        this.access = access;
    }

    record Page<T>(List<T> items, String next) {
    }

    @Operation(summary = "Articles, oldest first; pass next as after for the following page")
    @GetMapping("/articles")
    Page<ArticleView> articles(@PathVariable String site, @RequestParam(defaultValue = "0") long after,
                               @RequestParam(defaultValue = "50") int limit, Authentication auth) {
        Site s = access.require(auth, site, Permission.READ);
        List<ArticleView> items = queries.articles(s, after, limit(limit));
        return new Page<>(items, items.size() == limit(limit) ? String.valueOf(items.get(items.size() - 1).id()) : null);
    }

    @GetMapping("/articles/{article}")
    ArticleView article(@PathVariable String site, @PathVariable String article, Authentication auth) {
        Site s = access.require(auth, site, Permission.READ);
        return queries.article(s, article).orElseThrow(() -> new NotFound("no article '" + article + "' on this site"));
    }

    @Operation(summary = "The article's comments as a nested tree")
    @GetMapping("/articles/{article}/thread")
    Map<String, Object> thread(@PathVariable String site, @PathVariable String article, Authentication auth) {
        Site s = access.require(auth, site, Permission.READ);
        return Map.of("article", article, "comments", queries.thread(s, article));
    }

    @Operation(summary = "Comments, oldest first, optionally of one status")
    @GetMapping("/comments")
    Page<CommentView> comments(@PathVariable String site, @RequestParam(required = false) String status,
                               @RequestParam(defaultValue = "0") long after,
                               @RequestParam(defaultValue = "50") int limit, Authentication auth) {
        Site s = access.require(auth, site, Permission.READ);
        if (status != null && !STATUSES.contains(status)) {
            throw new BadRequest("status", "must be one of " + STATUSES);
        }
        List<CommentView> items = queries.comments(s, status, after, limit(limit));
        return new Page<>(items, items.size() == limit(limit) ? String.valueOf(items.get(items.size() - 1).id()) : null);
    }

    @Operation(summary = "One comment with its status and latest classification")
    @GetMapping("/comments/{comment}")
    CommentView comment(@PathVariable String site, @PathVariable String comment, Authentication auth) {
        Site s = access.require(auth, site, Permission.READ);
        return queries.comment(s, comment).orElseThrow(() -> new NotFound("no comment '" + comment + "' on this site"));
    }

    private static int limit(int limit) {
        if (limit < 1 || limit > 1000) {
            throw new BadRequest("limit", "must be between 1 and 1000");
        }
        return limit;
    }
}
