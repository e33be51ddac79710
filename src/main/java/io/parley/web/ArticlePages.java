package io.parley.web;

import io.parley.ingest.ArticleView;
import io.parley.ingest.CommentQueries;
import io.parley.site.Permission;
import io.parley.site.Site;
import io.parley.site.SiteAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One stored article as moderators see it: its text and what extraction said about its comment section, so a
 * page whose comments were not read shows that plainly instead of looking like a quiet thread.
 */
@Controller
class ArticlePages {

    private final SiteAccess access;
    private final CommentQueries comments;

    ArticlePages(SiteAccess access, CommentQueries comments) {
        this.access = access;
        this.comments = comments;
    }

    @GetMapping("/sites/{site}/articles/{article}")
    String article(@PathVariable String site, @PathVariable String article, Authentication auth, Model model) {
        Site s = access.require(auth, site, Permission.MODERATE);
        ArticleView a = comments.article(s, article).orElseThrow(() -> new io.parley.ingest.ArticleNotFound(article));
        HomePages.common(model, s, auth);
        model.addAttribute("article", a);
        return "article";
    }
}
