package io.parley.web;

import io.parley.ingest.ArticleView;
import io.parley.ingest.CommentQueries;
import io.parley.ingest.CommentView;
import io.parley.moderation.Action;
import io.parley.moderation.Claims;
import io.parley.moderation.Decision;
import io.parley.moderation.DecisionRequest;
import io.parley.moderation.Decisions;
import io.parley.moderation.InvalidModerationInput;
import io.parley.moderation.ItemState;
import io.parley.moderation.QueueItem;
import io.parley.moderation.ReasonList;
import io.parley.moderation.ReviewQueue;
import io.parley.site.Caller;
import io.parley.site.Permission;
import io.parley.site.Site;
import io.parley.site.SiteAccess;
import io.parley.site.SiteDirectory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The moderator's queue: list, item view, decisions, bulk, undo, presence. Opening an item (or moving
 * through the list with j/k) claims nothing: it shows colleagues who has it open. Acting claims it, in
 * the decision's own transaction; an item another moderator has claimed can be decided by the site
 * owner (a take-over, audited) or by anyone once the claim runs out.
 */
@Controller
class QueuePages {

    static final int PAGE = 50;
    /** Sorts by a stance probability (ReviewQueue's stance:view.label), with their menu names. */
    static final Map<String, String> STANCE_SORTS = stanceSorts();

    private static Map<String, String> stanceSorts() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("stance:article.disagree", "most disagreeing with the article");
        m.put("stance:article.agree", "most agreeing with the article");
        m.put("stance:parent.deny", "most denying their parent");
        m.put("stance:target.against", "most against a site target");
        m.put("stance:target.favor", "most in favour of a site target");
        return m;
    }

    static final List<String> STANCE_FILTERS = List.of("article=disagree", "article=unrelated", "parent=deny",
            "parent=query", "target=against", "target=favor");

    private final ReviewQueue queue;
    private final Claims claims;
    private final Decisions decisions;
    private final CommentQueries comments;
    private final SiteAccess access;
    private final ReasonList reasons;
    private final SiteDirectory sites;

    private final io.parley.moderation.AuditTrail trail;

    QueuePages(ReviewQueue queue, Claims claims, Decisions decisions, CommentQueries comments, SiteAccess access,
               ReasonList reasons, SiteDirectory sites, io.parley.moderation.AuditTrail trail) {
        this.trail = trail;
        this.reasons = reasons;
        this.queue = queue;
        this.claims = claims;
        this.decisions = decisions;
        this.comments = comments;
        this.access = access;
        this.sites = sites;
    }

    /** The served model's display names for chips. */
    Display.LabelNames names() {
        return Display.LabelNames.of(sites.labels());
    }

    /** One queue row as shown: the item plus what the template needs, computed once. */
    /**
     * @param sortedBy under a stance sort, the probability the list is ordered by ("article disagree 0.62"); the
     *                 argmax badges alone showed "article: discuss" on the top row of "most disagreeing", which read
     *                 as a wrong order. Null under any other sort.
     */
    record Row(QueueItem item, List<Display.Chip> chips, List<Display.Segment> segments, List<Display.Badge> badges,
               String age, String claimedByOther, Display.SortValue sortedBy) {
        static Row of(QueueItem i, String me, OffsetDateTime now, Display.LabelNames names) {
            return of(i, me, now, names, null);
        }

        static Row of(QueueItem i, String me, OffsetDateTime now, Display.LabelNames names, String sort) {
            boolean othersLease = i.claimedBy() != null && !i.claimedBy().equals(me) && i.leaseUntil() != null
                    && i.leaseUntil().isAfter(now);
            return new Row(i, Display.chips(i.classification(), 3, names), Display.segments(i.text(), i.classification()),
                    Display.stance(i.classification()), Display.age(i.queuedAt(), now), othersLease ? i.claimedBy() : null,
                    Display.stanceSortValue(i.classification(), sort));
        }
    }

    record ThreadNode(CommentView comment, List<Display.Segment> segments, List<Display.Chip> chips, String status,
                      List<ThreadNode> replies, int depth) {
    }

    @GetMapping("/sites/{site}/queue")
    String queuePage(@PathVariable String site, @RequestParam(required = false) String label,
                     @RequestParam(required = false) String stance, @RequestParam(required = false) String article,
                     @RequestParam(required = false) String sort, @RequestParam(required = false) String state,
                     @RequestParam(required = false) String status, Authentication auth, Model model) {
        Site s = access.require(auth, site, Permission.MODERATE);
        openOnly("state", state);
        openOnly("status", status);
        HomePages.common(model, s, auth);
        listModel(s, auth, label, stance, article, sort, model);
        model.addAttribute("openCount", queue.openCount(s));
        model.addAttribute("labels", sites.labels());
        // a label the select does not list (a language code, a stance outcome) is shown as chosen, not as "any"
        String l = blank(label);
        model.addAttribute("otherLabel", l != null && sites.labels().stream().noneMatch(x -> x.name().equals(l)) ? l : null);
        model.addAttribute("stances", STANCE_FILTERS);
        model.addAttribute("stanceSorts", STANCE_SORTS);
        model.addAttribute("articles", comments.articles(s, 0, 200));
        model.addAttribute("reasons", reasons.active(s));
        return "queue";
    }

    @GetMapping("/sites/{site}/queue/list")
    String listFragment(@PathVariable String site, @RequestParam(required = false) String label,
                        @RequestParam(required = false) String stance, @RequestParam(required = false) String article,
                        @RequestParam(required = false) String sort, @RequestParam(required = false) String state,
                        @RequestParam(required = false) String status, Authentication auth, Model model) {
        Site s = access.require(auth, site, Permission.MODERATE);
        openOnly("state", state);
        openOnly("status", status);
        HomePages.common(model, s, auth);
        listModel(s, auth, label, stance, article, sort, model);
        return "queue :: list";
    }

    /** The queue list shows open items only; another state asked for is said, not answered with open items. */
    private static void openOnly(String name, String value) {
        if (value != null && !value.isBlank() && !"open".equals(value.strip())) {
            throw new InvalidModerationInput(name, "the queue list shows open items only (" + name + "=open), not '"
                    + clip(value) + "'; escalated items are on the Escalated page, decisions on Outcomes");
        }
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private void listModel(Site s, Authentication auth, String label, String stance, String article, String sort,
                           Model model) {
        // An unknown value was dropped here, so a mistyped link showed the unsorted, unfiltered list as if it were the
        // one asked for, where the API answers 422: refused by name (a 400 page), with what is accepted. The page takes
        // what the API takes: the label (a site label, language code or stance outcome) and a stance:<view>.<label>
        // sort are checked by ReviewQueue, as for the API.
        String l = blank(label);
        String st = blank(stance);
        String a = blank(article);
        String so = blank(sort);
        if (so != null && !"oldest".equals(so) && !"score".equals(so) && !so.startsWith("stance:")) {
            throw new InvalidModerationInput("sort", "unknown sort '" + clip(so) + "'; one of score, oldest or "
                    + "stance:<view>.<label>, e.g. " + String.join(", ", STANCE_SORTS.keySet()));
        }
        if (st != null && !STANCE_FILTERS.contains(st)) {
            throw new InvalidModerationInput("stance", "unknown stance filter '" + clip(st) + "'; one of "
                    + String.join(", ", STANCE_FILTERS));
        }
        String me = SiteAccess.caller(auth).name();
        HomePages.commentsYet(model, sites, s);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Row> rows = queue.list(s, new ReviewQueue.Filter(ItemState.OPEN, l, a, so, st), 0, PAGE).stream()
                .map(i -> Row.of(i, me, now, names(), so)).toList();
        model.addAttribute("rows", rows);
        // an empty list under a filter said "Nothing waiting" beside "62 open": a filter, not an empty queue (a sort
        // hides nothing)
        model.addAttribute("filtered", l != null || st != null || a != null);
        // plain string, not @{...}: the webjars resource chain would look every row's URL up on the classpath
        model.addAttribute("itemBase", "/sites/" + s.slug() + "/queue/");
        model.addAttribute("f", new LinkedHashMap<>(Map.of("label", l == null ? "" : l, "stance", st == null ? "" : st,
                "article", a == null ? "" : a, "sort", so == null ? "" : so)));
    }

    /** Opening an item shows colleagues who has it open; it does not claim it. */
    @GetMapping("/sites/{site}/queue/{id}")
    String item(@PathVariable String site, @PathVariable long id, Authentication auth, Model model,
                @RequestParam(defaultValue = "false") boolean fragment) {
        Site s = access.require(auth, site, Permission.MODERATE);
        Caller me = SiteAccess.caller(auth);
        QueueItem item = queue.item(s, id);
        Claims.Holders on = claims.holders(s, List.of(id)).get(id);
        claims.view(s, me.name(), id);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        HomePages.common(model, s, auth);
        boolean open = item.state() == ItemState.OPEN;
        boolean owner = me.can(s.slug(), Permission.CONFIGURE);
        String holder = on == null || on.claimedBy() == null || on.claimedBy().equals(me.name()) ? null : on.claimedBy();
        Display.LabelNames names = names();
        model.addAttribute("row", Row.of(item, me.name(), now, names));
        model.addAttribute("open", open);
        // who decided it and when, as a refused decision says it (the trail below has the rest)
        model.addAttribute("decidedAs", open ? null : decisions.alreadyDecided(id).getMessage());
        model.addAttribute("holder", holder);
        model.addAttribute("holderUntil", holder == null ? null : on.claimedUntil());
        List<String> viewers = on == null ? List.of() : on.viewersBut(me.name());
        model.addAttribute("viewer", viewers.isEmpty() ? null : String.join(", ", viewers));
        model.addAttribute("owner", owner);
        model.addAttribute("canAct", open && (holder == null || owner));
        model.addAttribute("reasons", Display.reasons(item.reason()));
        model.addAttribute("history", queue.authorHistory(s, item.authorKey()));
        CommentView self = comments.comment(item.commentId()).orElse(null);
        ArticleView article = comments.article(s, item.article()).orElse(null);
        model.addAttribute("article", article);
        int p = article == null || self == null ? -1
                : Display.relatedParagraph(article.paragraphs(), self.quotes(), item.text());
        model.addAttribute("paragraph", p < 0 ? null : article.paragraphs().get(p));
        model.addAttribute("paragraphIndex", p);
        model.addAttribute("quotes", quoteTexts(self));
        Thread thread = thread(comments, s, item.commentId(), names);
        model.addAttribute("ancestors", thread.ancestors());
        model.addAttribute("replies", thread.replies());
        // who decided what on it, when, undone or reversed since: the audit trail was readable only through the API
        model.addAttribute("trail", trail.item(s, id).stream().map(e -> AuditPages.line(s, e)).toList());
        if (!fragment) {
            // the page on its own asks for a reason on reject and escalate, as the queue does
            model.addAttribute("pickReasons", reasons.active(s));
        }
        return fragment ? "item :: detail" : "item";
    }

    private static List<String> quoteTexts(CommentView c) {
        List<String> out = new ArrayList<>();
        if (c != null && c.quotes() != null && c.quotes().isArray()) {
            c.quotes().forEach(q -> {
                String t = q.path("text").asText("");
                if (!t.isBlank()) {
                    out.add(t);
                }
            });
        }
        return out;
    }

    /** The comment's thread as the templates show it: ancestors from the root down, and its replies as a tree. */
    record Thread(List<ThreadNode> ancestors, List<ThreadNode> replies) {
    }

    static Thread thread(CommentQueries comments, Site s, long commentId, Display.LabelNames names) {
        List<ThreadNode> ancestors = new ArrayList<>();
        int depth = 0;
        for (CommentView c : comments.ancestors(s, commentId)) {
            ancestors.add(node(c, depth++, List.of(), names));
        }
        return new Thread(ancestors, comments.replies(s, commentId).stream().map(c -> tree(c, 1, names)).toList());
    }

    private static ThreadNode node(CommentView c, int depth, List<ThreadNode> replies, Display.LabelNames names) {
        return new ThreadNode(c, Display.segments(c.text(), c.classification()), Display.chips(c.classification(), 2, names),
                c.status(), replies, depth);
    }

    private static ThreadNode tree(CommentView c, int depth, Display.LabelNames names) {
        List<ThreadNode> replies = c.replies() == null ? List.of()
                : c.replies().stream().map(r -> tree(r, depth + 1, names)).toList();
        return node(c, depth, replies, names);
    }

    @PostMapping("/sites/{site}/queue/{id}/decision")
    @ResponseBody
    Map<String, Object> decide(@PathVariable String site, @PathVariable long id, @RequestParam String action,
                               @RequestParam(required = false) String reason,
                               @RequestParam(required = false) String reasonCode, Authentication auth) {
        Site s = access.require(auth, site, Permission.MODERATE);
        Caller me = SiteAccess.caller(auth);
        Decision d = decisions.decide(s, me.name(), new DecisionRequest(id, Action.parse(action), blank(reason), null,
                blank(reasonCode)), me.can(s.slug(), Permission.CONFIGURE));
        return Map.of("decision", d.id(), "item", d.itemId(), "action", d.action().wire());
    }

    /** The note a decision taken with several others on the queue page (A, R) carries. */
    static final String BULK_NOTE = "decided with others selected on the queue page (no note)";

    @PostMapping("/sites/{site}/queue/bulk")
    @ResponseBody
    Map<String, Object> bulk(@PathVariable String site, @RequestParam String ids, @RequestParam String action,
                             Authentication auth) {
        Site s = access.require(auth, site, Permission.MODERATE);
        Caller me = SiteAccess.caller(auth);
        action(action);
        List<DecisionRequest> requests = new ArrayList<>();
        for (long id : parseIds(ids)) {
            // said as what it is: a bare "bulk" read as the moderator's own note ("Note: bulk" on Outcomes, an
            // escalation quoted as “bulk” to the owner)
            requests.add(new DecisionRequest(id, Action.parse(action), BULK_NOTE, null));
        }
        List<Decision> ds = decisions.decideAll(s, me.name(), requests, me.can(s.slug(), Permission.CONFIGURE));
        return Map.of("decisions", ds.stream().map(d -> Map.of("decision", d.id(), "item", d.itemId())).toList(),
                "action", action);
    }

    @PostMapping("/sites/{site}/decisions/{decision}/undo")
    @ResponseBody
    Map<String, Object> undo(@PathVariable String site, @PathVariable long decision, Authentication auth) {
        Site s = access.require(auth, site, Permission.MODERATE);
        QueueItem back = decisions.undo(s, SiteAccess.caller(auth).name(), decision);
        return Map.of("item", back.id(), "state", back.state().wire());
    }

    @PostMapping("/sites/{site}/queue/renew")
    @ResponseBody
    Map<String, Object> renew(@PathVariable String site, Authentication auth) {
        Site s = access.require(auth, site, Permission.MODERATE);
        return Map.of("renewed", claims.renew(s, SiteAccess.caller(auth).name()));
    }

    /** Sent when the moderator leaves the queue page: what they had open or claimed is free for others at once. */
    @PostMapping("/sites/{site}/queue/release")
    @ResponseBody
    Map<String, Object> release(@PathVariable String site, Authentication auth) {
        Site s = access.require(auth, site, Permission.MODERATE);
        return Map.of("released", claims.release(s, SiteAccess.caller(auth).name()));
    }

    /**
     * Polled by every open queue page: which shown items are still open, who has claimed them ("open":
     * id to holder, empty when nobody) and who has them open on screen ("viewing").
     */
    @GetMapping("/sites/{site}/queue/open")
    @ResponseBody
    Map<String, Object> open(@PathVariable String site, @RequestParam(defaultValue = "") String ids, Authentication auth) {
        Site s = access.require(auth, site, Permission.MODERATE);
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, String> viewing = new LinkedHashMap<>();
        String me = SiteAccess.caller(auth).name();
        claims.holders(s, parseIds(ids)).forEach((k, v) -> {
            out.put(Long.toString(k), v.claimedBy() == null ? "" : v.claimedBy());
            if (!v.viewersBut(me).isEmpty()) {
                viewing.put(Long.toString(k), String.join(", ", v.viewersBut(me)));
            }
        });
        return Map.of("open", out, "viewing", viewing, "count", queue.openCount(s));
    }

    private static List<Long> parseIds(String ids) {
        if (ids == null || ids.isBlank()) {
            return List.of();
        }
        try {
            List<Long> out = Arrays.stream(ids.split(",")).map(String::trim).filter(x -> !x.isEmpty())
                    .map(Long::parseLong).distinct().toList();
            if (out.size() > 500) {
                throw new InvalidModerationInput("ids", "at most 500 items at once");
            }
            return out;
        } catch (NumberFormatException e) {
            throw new InvalidModerationInput("ids", "comma-separated item numbers");
        }
    }

    /**
     * A form's action, refused by the form's own field name: a selection or an author's waiting comments are decided as
     * a unit, whose refusal named "decisions[0].action", a field no page has.
     */
    static Action action(String raw) {
        Action a = Action.parse(raw);
        if (a == null) {
            throw new InvalidModerationInput("action", "approve, reject or escalate, not '" + clip(String.valueOf(raw)) + "'");
        }
        return a;
    }

    /** A note typed beside a decision of several, checked once by the form's field name (as {@link #action}). */
    static String note(String raw) {
        String n = blank(raw);
        if (n != null && n.length() > 2000) {
            throw new InvalidModerationInput("reason", "a note of at most 2000 characters (this one has " + n.length() + ")");
        }
        String problem = io.parley.site.StorableText.problem(n);
        if (problem != null) {
            throw new InvalidModerationInput("reason", problem);
        }
        return n;
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
