package io.parley.api;

import io.parley.ingest.ArticleParagraphs;
import io.parley.ingest.ArticleView;
import io.parley.ingest.CommentQueries;
import io.parley.ingest.CommentView;
import io.parley.moderation.Action;
import io.parley.moderation.AuditTrail;
import io.parley.site.AuditLog;
import io.parley.moderation.ClaimLost;
import io.parley.moderation.Claims;
import io.parley.moderation.Decision;
import io.parley.moderation.Decisions;
import io.parley.moderation.ItemState;
import io.parley.moderation.DecisionRequest;
import io.parley.moderation.CommentStatus;
import io.parley.moderation.Outcomes;
import io.parley.moderation.QueueItem;
import io.parley.moderation.ReasonList;
import io.parley.moderation.ReviewQueue;
import io.parley.site.AccessDenied;
import io.parley.site.Caller;
import io.parley.site.Permission;
import io.parley.site.Site;
import io.parley.site.SiteAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/sites/{site}")
@Tag(name = "Moderation", description = "Review queue: claims (leases), decisions, bulk, undo")
class ModerationController {

    private final ReviewQueue queue;
    private final Claims claims;
    private final Decisions decisions;
    private final SiteAccess access;
    private final ReasonList reasons;
    private final Outcomes outcomes;

    private final CommentQueries comments;
    private final AuditTrail trail;

    ModerationController(ReviewQueue queue, Claims claims, Decisions decisions, SiteAccess access, ReasonList reasons,
                         Outcomes outcomes, CommentQueries comments, AuditTrail trail) {
        this.comments = comments;
        this.trail = trail;
        this.reasons = reasons;
        this.outcomes = outcomes;
        this.queue = queue;
        this.claims = claims;
        this.decisions = decisions;
        this.access = access;
    }

    record DecisionBody(Action action, String reason, Map<String, Double> labelCorrections, String reasonCode) {
    }

    record ResolutionBody(Action action, String reason) {
    }

    record BulkBody(List<DecisionRequest> decisions) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(description = "A queue item with what the moderator's item page shows"
            + " beside it: the author's record, the article and the paragraph the comment is about, the thread around"
            + " the comment, and the item's audit trail")
    record ItemWithContext(
            QueueItem item,
            @io.swagger.v3.oas.annotations.media.Schema(description = "the author's comments on this site so far, counted"
                    + " per status; empty for an anonymous comment")
            Map<String, Long> authorHistory,
            @io.swagger.v3.oas.annotations.media.Schema(description = "the article the comment is on; absent when it is"
                    + " gone") ArticleContext article,
            @io.swagger.v3.oas.annotations.media.Schema(description = "the comments it replies to, from the top-level"
                    + " comment down to its direct parent; empty for a top-level comment")
            List<CommentView> ancestors,
            @io.swagger.v3.oas.annotations.media.Schema(description = "the replies below it as a tree (each with its own"
                    + " replies; deeper than " + CommentQueries.MAX_NESTING + " levels they are listed flat, as in"
                    + " /articles/{a}/thread)")
            List<CommentView> replies,
            @io.swagger.v3.oas.annotations.media.Schema(description = "who decided what on the item and when, oldest"
                    + " first: decisions (with reason and note), undoing, reversals, take-overs")
            List<AuditLog.Entry> trail) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(description = "The article a queue item's comment is on, and the paragraph"
            + " the comment quotes (quoted: true) or shares the most words with")
    record ArticleContext(String externalId, String url, String title, String byline, java.time.OffsetDateTime published,
                          String language, int paragraphCount,
                          @io.swagger.v3.oas.annotations.media.Schema(description = "0-based; absent (and paragraph too)"
                                  + " when no paragraph relates") Integer paragraphIndex,
                          String paragraph, boolean quoted) {
        static ArticleContext of(ArticleView a, CommentView self, String text) {
            int p = ArticleParagraphs.related(a.paragraphs(), self == null ? null : self.quotes(), text);
            boolean quoted = p >= 0 && self != null && self.quotes() != null && self.quotes().isArray()
                    && !self.quotes().isEmpty();
            return new ArticleContext(a.externalId(), a.url(), a.title(), a.byline(), a.published(), a.language(),
                    a.paragraphs() == null ? 0 : a.paragraphs().size(), p < 0 ? null : p,
                    p < 0 ? null : a.paragraphs().get(p), quoted);
        }
    }

    record ReasonBody(String label) {
    }

    record ReversalBody(String reason, String reasonCode) {
    }

    @Operation(summary = "Published and rejected comments, by rule or by person, filtered (label, score band lo-hi,"
            + " author, article, from/to dates yyyy-mm-dd)")
    @GetMapping("/outcomes")
    List<Outcomes.Outcome> outcomes(@PathVariable String site, @RequestParam(required = false) String status,
                                    @RequestParam(required = false) String by, @RequestParam(required = false) String label,
                                    @RequestParam(required = false) String band, @RequestParam(required = false) String author,
                                    @RequestParam(required = false) String article,
                                    @RequestParam(required = false) java.time.LocalDate from,
                                    @RequestParam(required = false) java.time.LocalDate to,
                                    @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit,
                                    Authentication auth) {
        Site s = access.require(auth, site, Permission.MODERATE);
        if (status != null && !List.of("published", "rejected").contains(status)) {
            throw new BadRequest("status", "must be published or rejected");
        }
        if (by != null && !List.of("rule", "person").contains(by)) {
            throw new BadRequest("by", "must be rule or person");
        }
        pageBounds(limit, offset);
        String backwards = Outcomes.Filter.backwardsRange(from, to);
        if (backwards != null) {
            throw new BadRequest("from", backwards);
        }
        return outcomes.list(s, new Outcomes.Filter(status == null ? null : CommentStatus.of(status),
                by == null ? null : Outcomes.By.valueOf(by.toUpperCase(java.util.Locale.ROOT)), label, band, author, article,
                from, to), offset, limit);
    }

    @Operation(summary = "Reverse a published or rejected comment's outcome (audited); 409 for a comment still in the queue",
            description = "{comment} is the site's own comment id, as in GET /comments/{comment} and the outcomes list's "
                    + "externalId. A number that is no comment id of the site is still read as the database's comment "
                    + "number (commentId in the outcomes list), which this endpoint took before; an id of the site wins.")
    @PostMapping("/outcomes/{comment}/reversal")
    Decision reverse(@PathVariable String site, @PathVariable String comment, @RequestBody(required = false) ReversalBody body,
                     Authentication auth) {
        Site s = access.require(auth, site, Permission.MODERATE);
        return decisions.reverse(s, SiteAccess.caller(auth).name(), comment, body == null ? null : body.reasonCode(),
                body == null ? null : body.reason());
    }

    @Operation(summary = "The site's reasons for reject and escalate (code and label)")
    @GetMapping("/reasons")
    List<ReasonList.Choice> reasons(@PathVariable String site, Authentication auth) {
        return reasons.active(access.require(auth, site, Permission.MODERATE));
    }

    @Operation(summary = "Add a reason (site owner); its code is derived from the label")
    @PostMapping("/reasons")
    ReasonList.Choice addReason(@PathVariable String site, @RequestBody ReasonBody body, Authentication auth) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        return reasons.add(s, SiteAccess.caller(auth).name(), body == null ? null : body.label());
    }

    @Operation(summary = "Retire a reason (site owner); decisions that used it keep it. Again: 200 with changed false; a code the site never had: 404")
    @org.springframework.web.bind.annotation.DeleteMapping("/reasons/{code}")
    Map<String, Object> retireReason(@PathVariable String site, @PathVariable String code, Authentication auth) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        boolean now = reasons.retire(s, SiteAccess.caller(auth).name(), code);
        return Map.of("retired", code, "changed", now);
    }

    @Operation(summary = "List queue items (open by default), by priority or age")
    @GetMapping("/queue")
    List<QueueItem> list(@PathVariable String site, @RequestParam(defaultValue = "open") String state,
                         @RequestParam(required = false) String label, @RequestParam(required = false) String article,
                         @RequestParam(required = false) String sort, @RequestParam(required = false) String stance,
                         @RequestParam(defaultValue = "0") int offset,
                         @RequestParam(defaultValue = "50") int limit, Authentication auth) {
        Site s = access.require(auth, site, Permission.MODERATE);
        ItemState st = ItemState.parse(state);
        if (st == null) {
            throw new BadRequest("state", "must be open, decided or escalated");
        }
        if (sort != null && !List.of("score", "oldest").contains(sort) && !sort.startsWith("stance:")) {
            throw new BadRequest("sort", "must be score, oldest or stance:<view>.<label> (e.g. stance:article.disagree)");
        }
        pageBounds(limit, offset);
        // the queue page's stance filter (article=disagree, …): the API ignored it and answered the whole queue
        return queue.list(s, new ReviewQueue.Filter(st, label, article, sort, stance), offset, limit);
    }

    @Operation(summary = "Claim the next N items for the caller (a lease that expires back to the queue)")
    @PostMapping("/queue/claim")
    List<QueueItem> claim(@PathVariable String site, @RequestParam(defaultValue = "10") int count, Authentication auth) {
        Site s = access.require(auth, site, Permission.MODERATE);
        return claims.claim(s, SiteAccess.caller(auth).name(), count);
    }

    @Operation(summary = "Extend the caller's leases")
    @PostMapping("/queue/renew")
    Map<String, Integer> renew(@PathVariable String site, Authentication auth) {
        Site s = access.require(auth, site, Permission.MODERATE);
        return Map.of("renewed", claims.renew(s, SiteAccess.caller(auth).name()));
    }

    @Operation(summary = "Give the caller's claimed items back to the queue")
    @PostMapping("/queue/release")
    Map<String, Integer> release(@PathVariable String site, Authentication auth) {
        Site s = access.require(auth, site, Permission.MODERATE);
        return Map.of("released", claims.release(s, SiteAccess.caller(auth).name()));
    }

    @Operation(summary = "Claim one item; the site owner may take over an item another moderator holds (takeOver=true)."
            + " 409 when another holds a live claim, or the item is decided")
    @PostMapping("/queue/{item}/claim")
    QueueItem claimOne(@PathVariable String site, @PathVariable long item,
                       @RequestParam(defaultValue = "false") boolean takeOver, Authentication auth) {
        Site s = access.require(auth, site, Permission.MODERATE);
        Caller me = SiteAccess.caller(auth);
        QueueItem before = queue.item(s, item);
        if (before.state() != ItemState.OPEN) {
            throw decisions.alreadyDecided(item);
        }
        if (takeOver) {
            if (!me.can(s.slug(), Permission.CONFIGURE)) {
                throw new AccessDenied(s.slug(), Permission.CONFIGURE);
            }
            if (!claims.takeOver(s, me.name(), item)) {
                throw decisions.alreadyDecided(item);
            }
        } else if (!claims.claimItem(s, me.name(), item)) {
            Claims.Holders on = claims.holders(s, List.of(item)).get(item);
            if (on == null) {
                throw decisions.alreadyDecided(item);
            }
            throw on.claimedBy() == null ? new ClaimLost(item) : new ClaimLost(item, on.claimedBy());
        }
        return queue.item(s, item);
    }

    @Operation(summary = "One queue item (any state) with its context, as the item page shows it: author history,"
            + " article and related paragraph, parent chain and replies, audit trail. Reading it claims nothing")
    @GetMapping("/queue/{item}")
    ItemWithContext item(@PathVariable String site, @PathVariable long item, Authentication auth) {
        Site s = access.require(auth, site, Permission.MODERATE);
        QueueItem i = queue.item(s, item);
        CommentView self = comments.comment(i.commentId()).orElse(null);
        ArticleContext article = comments.article(s, i.article()).map(a -> ArticleContext.of(a, self, i.text())).orElse(null);
        return new ItemWithContext(i, queue.authorHistory(s, i.authorKey()), article,
                comments.ancestors(s, i.commentId()), comments.replies(s, i.commentId()), trail.item(s, item));
    }

    @Operation(summary = "Decide one item: approve, reject or escalate. Acting claims it; 409 when another moderator"
            + " holds a live claim on it or it is decided already")
    @PostMapping("/queue/{item}/decision")
    Decision decide(@PathVariable String site, @PathVariable long item, @RequestBody DecisionBody body, Authentication auth) {
        Site s = access.require(auth, site, Permission.MODERATE);
        if (body == null) {
            throw new BadRequest("body", "a decision object is required");
        }
        return decisions.decide(s, SiteAccess.caller(auth).name(),
                new DecisionRequest(item, body.action(), body.reason(), body.labelCorrections(), body.reasonCode()));
    }

    @Operation(summary = "Site owner's answer to an escalated item: approve or reject; 409 when it is not escalated")
    @PostMapping("/queue/{item}/resolution")
    Decision resolve(@PathVariable String site, @PathVariable long item, @RequestBody ResolutionBody body,
                     Authentication auth) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        if (body == null) {
            throw new BadRequest("body", "a resolution object is required");
        }
        return decisions.resolve(s, SiteAccess.caller(auth).name(), item, body.action(), body.reason());
    }

    @Operation(summary = "Decide several items at once (all or nothing); as one decision each, acting claims them")
    @PostMapping("/decisions")
    List<Decision> bulk(@PathVariable String site, @RequestBody BulkBody body, Authentication auth) {
        Site s = access.require(auth, site, Permission.MODERATE);
        if (body == null || body.decisions() == null) {
            throw new BadRequest("decisions", "a 'decisions' array is required");
        }
        return decisions.decideAll(s, SiteAccess.caller(auth).name(), body.decisions());
    }

    @Operation(summary = "Undo one of the caller's recent decisions (within the undo window, 5 minutes by default)",
            description = "A queue decision: the item returns to the queue in the caller's claim and the comment is held"
                    + " again. A reversal (POST /outcomes/{comment}/reversal): the comment returns to the status it had"
                    + " before it (published or rejected) and the item stays decided, as the Outcomes page's Undo does."
                    + " 409 when it was undone already, the window has passed, or a later decision on the item stands"
                    + " (undo that one first)")
    @PostMapping("/decisions/{decision}/undo")
    QueueItem undo(@PathVariable String site, @PathVariable long decision, Authentication auth) {
        Site s = access.require(auth, site, Permission.MODERATE);
        return decisions.undo(s, SiteAccess.caller(auth).name(), decision);
    }

    @GetMapping("/decisions")
    List<Decision> decisions(@PathVariable String site, @RequestParam(defaultValue = "50") int limit, Authentication auth) {
        Site s = access.require(auth, site, Permission.MODERATE);
        if (limit < 1 || limit > 1000) {
            throw new BadRequest("limit", "must be between 1 and 1000");
        }
        return queue.recentDecisions(s, null, limit);
    }

    /** The field that is out of range, named: an offset of -1 was refused as "limit" (found by trial8). */
    private static void pageBounds(int limit, int offset) {
        if (limit < 1 || limit > 500) {
            throw new BadRequest("limit", "must be between 1 and 500");
        }
        if (offset < 0) {
            throw new BadRequest("offset", "must be 0 or more");
        }
    }
}
