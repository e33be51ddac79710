package io.parley.web;

import io.parley.moderation.StanceStats;
import io.parley.site.Permission;
import io.parley.site.Site;
import io.parley.site.SiteAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where readers stand: one article's stance mix (moderators), the site targets over time (owners). */
@Controller
class StancePages {

    private final SiteAccess access;
    private final StanceStats stats;
    private final io.parley.site.SiteDirectory sites;
    private final io.parley.ingest.CommentQueries comments;

    StancePages(SiteAccess access, StanceStats stats, io.parley.site.SiteDirectory sites,
                io.parley.ingest.CommentQueries comments) {
        this.comments = comments;
        this.access = access;
        this.stats = stats;
        this.sites = sites;
    }

    @GetMapping("/sites/{site}/articles/{article}/stance")
    String article(@PathVariable String site, @PathVariable String article, Authentication auth, Model model) {
        Site s = access.require(auth, site, Permission.MODERATE);
        // a mistyped or stale link showed "Where the comments stand: <id>" with every count 0, as if the article had no
        // classified comment: the article page's 404 instead
        comments.article(s, article).orElseThrow(() -> new io.parley.ingest.ArticleNotFound(article));
        HomePages.common(model, s, auth);
        StanceStats.ArticleStance a = stats.article(s, article);
        model.addAttribute("article", article);
        model.addAttribute("total", a.total());
        model.addAttribute("articleChart", StanceCharts.shareBar("Comments by stance toward the article", a.article()));
        model.addAttribute("parentChart", StanceCharts.shareBar("Replies by stance toward their parent", a.parent()));
        model.addAttribute("articleCounts", a.article());
        return "stance-article";
    }

    @GetMapping("/sites/{site}/stance")
    String targets(@PathVariable String site, @RequestParam(defaultValue = "30") int days, Authentication auth, Model model) {
        Site s = access.require(auth, site, Permission.MODERATE);
        HomePages.common(model, s, auth);
        // the stats page's range and refusal (polish14): a period nobody asked for is no answer to -1 or 1000
        if (days < 1 || days > 366) {
            throw new io.parley.moderation.InvalidModerationInput("days", "a number of days between 1 and 366, not " + days);
        }
        int d = days;
        LocalDate to = LocalDate.now(ZoneOffset.UTC);
        LocalDate from = to.minusDays(d);
        List<Map<String, Object>> targets = new ArrayList<>();
        stats.targetsPerDay(s, d).forEach((target, perDay) -> {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("name", target);
            t.put("chart", StanceCharts.overTime(target, perDay, from, to));
            List<Map<String, Object>> rows = new ArrayList<>();
            perDay.forEach((day, counts) -> {
                long n = counts.values().stream().mapToLong(Long::longValue).sum();
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("day", day.toString());
                r.put("comments", n);
                r.put("favor", counts.getOrDefault("favor", 0L));
                r.put("against", counts.getOrDefault("against", 0L));
                r.put("none", counts.getOrDefault("none", 0L));
                rows.add(r);
            });
            t.put("rows", rows);
            targets.add(t);
        });
        model.addAttribute("days", d);
        model.addAttribute("targets", targets);
        // a target named in Settings counts for comments classified after it was named: the page said "owners name
        // targets in Settings" to a site that had just named one
        List<String> unscored = new ArrayList<>(sites.settings(s.id()).settings().targets());
        targets.forEach(t -> unscored.remove((String) t.get("name")));
        model.addAttribute("unscored", unscored);
        HomePages.commentsYet(model, sites, s);
        return "stance-targets";
    }
}
