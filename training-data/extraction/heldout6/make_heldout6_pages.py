#!/usr/bin/python3
"""Writes the SIXTH held-out round of thread pages (HTML), measured on branch html5 after its fixes and before any
rule was written for these systems: Gitea issue comments, Launchpad bug comments, utterances (GitHub-styled issue
comments in a blog), django-comments-xtd (nested media objects, "Nov. 21, 2026, 2:14 p.m."), Staticman on a Jekyll
theme (flat, reply-to via a data attribute on a threaded list), Drupal 10 Olivero (article.comment, div.indented) and
a Squarespace-style comment list (nested comment-replies). Helpers and gold format from ../heldout5's generator, with
another topic, names and sentences (a river footbridge closure) and its own seed.
Usage: make_heldout6_pages.py [OUT_DIR]"""
import datetime as dt
import json
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout5"))
import make_heldout5_pages as base  # noqa: E402

R = random.Random(20261210)
base.R = R
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
base.SUBJECTS[:] = ["the footbridge closure", "the diversion route", "the temporary ferry", "the repair contract", "the cycle path",
                    "the towpath", "the engineers' survey", "the bus replacement", "the night closures", "the lighting",
                    "the ramp for wheelchairs", "the flood barrier", "the council's timetable", "the funding bid"]
base.VIEWS[:] = ["should have been planned years ago", "adds twenty minutes to every school run", "is the only sensible option",
                 "was never explained to residents", "hurts the market traders most", "looks fine on paper",
                 "needs a proper timetable", "was rushed through in the summer", "is costing far more than promised",
                 "could be done in half the time"]
base.ASIDES[:] = ["I cross it four times a day.", "The survey was published in June.", "My shop is right by the steps.",
                  "Nobody asked the rowing club.", "The old bridge lasted ninety years.", "I walked the diversion with a pram.",
                  "The minutes say otherwise.", "Ask anyone who cycles to the station.", "It flooded twice last winter.",
                  "I hope I am wrong about this."]
base.STARTS[:] = ["Frankly", "As a commuter", "To be fair", "Living by the river", "With respect", "From experience",
                  "Realistically", "As a trader", "Honestly though", "Put plainly"]
base.NAMES[:] = ["Tobias Reid", "riverwalker", "Anjali Rao", "bridgeclub", "Mateusz K", "Colette", "wharf_rat", "Duncan Ames",
                 "Sunita P", "oarsman88", "Greta Holm", "lockkeeper", "Ifeoma N", "Rhys Owen", "towpath_tim", "Leontine"]
esc, paras, handle, mon, ampm, ago, kids = base.esc, base.paras, base.handle, base.mon, base.ampm, base.ago, base.kids
NOW = dt.datetime(2026, 12, 2, 9, 0)


def story_html():
    return "".join("<p>%s</p>" % esc(p) for p in [
        "The footbridge over the river will close for nine months from March while its deck is replaced, the council said.",
        "Pedestrians will be diverted over the road bridge, a walk of about twenty minutes, and a temporary ferry is being considered.",
        "Traders on the market side say footfall will collapse; the council says the bridge is no longer safe to leave as it is."])


def gitea(cs):
    out = []
    for c in cs:
        t = c["time"]
        react = ("<div class=\"ui attached segment reactions\"><a class=\"ui label basic\" data-tooltip-content=\"%d people reacted with :+1:\"><span class=\"reaction\">&#128077;</span><span class=\"reaction-count\">%d</span></a></div>" % (c["likes"], c["likes"])) if c["likes"] else ""
        out.append(("<div class=\"timeline-item comment\" id=\"issuecomment-%d\"><a class=\"timeline-avatar\" href=\"/%s\"><img class=\"ui avatar\" src=\"/avatars/%d\" width=\"40\" height=\"40\"></a>"
                    "<div class=\"content comment-container\"><div class=\"ui top attached header comment-header\"><div class=\"comment-header-left\">"
                    "<a class=\"inline-timeline-avatar\" href=\"/%s\"><img class=\"ui avatar\" src=\"/avatars/%d\" width=\"24\" height=\"24\"></a>"
                    "<span class=\"text grey muted-links\"><a class=\"author\" href=\"/%s\">%s</a> commented <relative-time class=\"time-since\" prefix=\"\" tense=\"past\" datetime=\"%s:00Z\" data-tooltip-content data-tooltip-interactive=\"true\">%s</relative-time></span></div>"
                    "<div class=\"comment-header-right\"><a class=\"context-menu\" aria-label=\"Comment actions\">&hellip;</a></div></div>"
                    "<div class=\"ui attached segment comment-body\"><div class=\"render-content markup\">%s</div></div>%s</div></div>") % (
            c["id"], handle(c["author"]), c["id"] % 30, handle(c["author"]), c["id"] % 30, handle(c["author"]), esc(handle(c["author"])),
            t.strftime("%Y-%m-%dT%H:%M"), t.strftime("%b %d, %Y %H:%M"), paras(c), react))
    body = ("<div class=\"full height\"><nav id=\"navbar\"><a class=\"item\" href=\"/\">Gitea</a><a class=\"item\">Explore</a><a class=\"item\">Help</a><a class=\"item\">Sign In</a></nav>"
            "<div role=\"main\" class=\"page-content repository view issue\"><div class=\"secondary-nav\"><div class=\"repo-header\"><a>town-council</a> / <a>footbridge-works</a></div>"
            "<div class=\"ui tabular menu\"><a class=\"item\">Code</a><a class=\"active item\">Issues</a><a class=\"item\">Pull Requests</a><a class=\"item\">Wiki</a></div></div>"
            "<div class=\"ui container\"><div class=\"issue-title-header\"><h1 class=\"issue-title\"><span id=\"issue-title\">Diversion signage for the footbridge closure</span> <span class=\"index\">#212</span></h1>"
            "<div class=\"issue-title-meta\"><div class=\"ui green label issue-state-label\">Open</div><span class=\"time-desc\"><a>tobiasreid</a> opened this issue 3 weeks ago &middot; %d comments</span></div></div>"
            "<div class=\"issue-content\"><div class=\"issue-content-left comment-list\"><div class=\"ui timeline\">"
            "%s<div class=\"timeline-item comment form\"><div class=\"ui segment\">Sign in to join this conversation.</div></div></div></div>"
            "<div class=\"issue-content-right ui segment\"><div class=\"ui list\"><span class=\"text\"><strong>Labels</strong></span><div class=\"ui label\">signage</div></div><div class=\"divider\"></div><span class=\"text\"><strong>Milestone</strong></span><p>No milestone</p>"
            "<div class=\"divider\"></div><span class=\"text\"><strong>Participants</strong></span><div class=\"ui list tw-flex\">%s</div></div></div></div></div>"
            "<footer class=\"page-footer\"><div class=\"left-links\">Powered by Gitea Version: 1.22</div><div class=\"right-links\"><a>Licenses</a> <a>API</a></div></footer></div>") % (
        len(cs), "".join(out), "".join("<a><img class=\"ui avatar\" src=\"/avatars/%d\"></a>" % k for k in range(6)))
    return base.page_wrap("Diversion signage for the footbridge closure - town-council/footbridge-works - Gitea", body)


def launchpad(cs):
    out = []
    for n, c in enumerate(cs):
        t = c["time"]
        out.append(("<div class=\"boardComment editable-message\" data-baseurl=\"/bugs/2071412/comments/%d\"><div class=\"boardCommentDetails\"><table><tbody><tr><td>"
                    "<a href=\"https://launchpad.example/~%s\" class=\"sprite person\">%s (%s)</a> wrote on <time title=\"%s\" datetime=\"%s:00+00:00\">%s</time>:</td>"
                    "<td class=\"bug-comment-index\"><a href=\"/bugs/2071412/comments/%d\">#%d</a></td></tr></tbody></table></div>"
                    "<div class=\"boardCommentBody\"><div class=\"comment-text editable-message-text\">%s</div></div>"
                    "<div class=\"boardCommentFooter\"><a class=\"menu-link-edit\">Edit</a> <a class=\"js-action\">Hide</a></div></div>") % (
            n + 1, handle(c["author"]), esc(c["author"]), handle(c["author"]), t.strftime("%Y-%m-%d %H:%M:%S UTC"), t.strftime("%Y-%m-%dT%H:%M"), t.strftime("%Y-%m-%d"),
            n + 1, n + 1, paras(c)))
    body = ("<div class=\"yui3-g\"><div id=\"locationbar\"><a class=\"launchpad-logo\">Launchpad</a> <span>Log in / Register</span></div>"
            "<div id=\"maincontent\"><div class=\"context-publication\"><h1 id=\"edit-title\"><span class=\"yui3-editable_text-text\">Footbridge closure notice missing from the journey planner</span></h1>"
            "<p class=\"registering\">Bug #2071412 reported by <a class=\"sprite person\">Tobias Reid (tobiasreid)</a> on 2026-11-10</p></div>"
            "<div class=\"top-portlet\"><table class=\"listing\" id=\"affected-software\"><tr><th>Affects</th><th>Status</th><th>Importance</th><th>Assigned to</th></tr><tr><td>Town Journey Planner</td><td>Confirmed</td><td>High</td><td>Unassigned</td></tr></table></div>"
            "<div id=\"edit-description\" class=\"lazr-multiline-edit\"><div class=\"yui3-editable_text-text\">%s</div></div>"
            "<div id=\"portlet-attachments\"><h2>Bug attachments</h2><ul><li><a>diversion-map.pdf</a> (edit)</li></ul></div>"
            "<div class=\"yui-g\"><div id=\"conversation\">%s</div></div>"
            "<div id=\"add-comment-login-first\">To post a comment you must <a>log in</a>.</div></div>"
            "<div id=\"side-portlets\"><div class=\"portlet\"><h2>Bug Description</h2><p>This report contains Public information</p><ul><li><a>Everyone can see this information.</a></li></ul></div>"
            "<div class=\"portlet\"><h2>Other bug subscribers</h2><ul><li><a class=\"sprite person\">Greta Holm</a></li></ul></div></div>"
            "<div id=\"footer\"><a>Take the tour</a> <a>Read the guide</a><p>&copy; 2004-2026 Canonical Ltd. <a>Terms of use</a> <a>Data privacy</a></p></div></div>") % (
        story_html(), "".join(out))
    return base.page_wrap("Bug #2071412 “Footbridge closure notice missing from the journey planner” : Bugs : Town Journey Planner", body)


def utterances(cs):
    out = []
    for c in cs:
        t = c["time"]
        react = ("<div class=\"comment-footer\"><form class=\"reaction-list BtnGroup\"><button class=\"reaction-button btn BtnGroup-item\" aria-label=\"Toggle +1 reaction\"><g-emoji>&#128077;</g-emoji>%d</button></form></div>" % c["likes"]) if c["likes"] else ""
        out.append(("<article class=\"timeline-comment\"><a class=\"avatar\" href=\"https://github.com/%s\" target=\"_blank\"><img alt=\"@%s\" height=\"44\" width=\"44\" src=\"https://avatars.githubusercontent.com/u/%d?v=4&amp;s=88\"></a>"
                    "<div class=\"comment\"><header class=\"comment-header\"><span class=\"comment-meta\"><a class=\"text-link\" href=\"https://github.com/%s\" target=\"_blank\"><strong>%s</strong></a> commented "
                    "<a class=\"text-link\" href=\"https://github.com/town/blog-comments/issues/31#issuecomment-%d\" target=\"_blank\">%s</a></span>"
                    "<div class=\"comment-actions\"></div></header><div class=\"markdown-body markdown-body-scrollable\">%s</div>%s</div></article>") % (
            handle(c["author"]), handle(c["author"]), c["id"], handle(c["author"]), esc(handle(c["author"])), c["id"], ago(c["time"], NOW), paras(c), react))
    body = ("<div class=\"site\"><header class=\"site-header\"><a class=\"site-title\" href=\"/\">River Notes</a><nav><a>Posts</a> <a>Tags</a> <a>About</a></nav></header>"
            "<main><article class=\"post\"><h1 class=\"post-title\">Nine months without the footbridge</h1><p class=\"post-meta\">December 1, 2026 &middot; 4 min read</p><div class=\"post-content\">%s</div></article>"
            "<div class=\"utterances\"><div class=\"timeline\"><div class=\"timeline-header\"><h2 class=\"timeline-header-count\"><a href=\"https://github.com/town/blog-comments/issues/31\" target=\"_blank\">%d Comments</a></h2>"
            "<em>- powered by <a href=\"https://utteranc.es\" target=\"_blank\">utteranc.es</a></em></div>%s"
            "<article class=\"timeline-comment\"><div class=\"comment\"><form class=\"comment-form\"><header class=\"new-comment-header\"><nav class=\"tabnav-tabs\"><button class=\"tabnav-tab\">Write</button><button class=\"tabnav-tab\">Preview</button></nav></header>"
            "<div class=\"comment-body\"><textarea placeholder=\"Sign in to comment\"></textarea></div><footer class=\"new-comment-footer\"><button class=\"btn btn-primary\">Sign in with GitHub</button></footer></form></div></article></div></div></main>"
            "<footer class=\"site-footer\"><p>&copy; 2026 River Notes. Built with Hugo.</p></footer></div>") % (story_html(), len(cs), "".join(out))
    return base.page_wrap("Nine months without the footbridge | River Notes", body)


def django_xtd(cs):
    def one(i):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k) for k in kids(cs, i))
        h = t.hour % 12 or 12
        clock = "%d:%02d %s" % (h, t.minute, "a.m." if t.hour < 12 else "p.m.") if t.minute else "%d %s" % (h, "a.m." if t.hour < 12 else "p.m.")
        return ("<li class=\"media\" id=\"c%d\"><a name=\"c%d\"></a><img src=\"https://www.gravatar.example/avatar/%d?s=48&amp;d=identicon\" height=\"48\" width=\"48\" class=\"mr-3\">"
                "<div class=\"media-body\"><div class=\"comment pb-3\"><h6 class=\"mb-1 small d-flex\"><div class=\"mr-auto\">%s&nbsp;&nbsp;<a class=\"permalink\" title=\"comment permalink\" href=\"/comments/cr/8/1/#c%d\">&para;</a></div>"
                "<span><a class=\"small text-muted\" href=\"/comments/flag/%d/\"><i class=\"fas fa-flag\"></i></a></span></h6>"
                "<div class=\"content\">%s</div><a class=\"small mutedlink\" href=\"/comments/reply/%d/\">Reply</a></div>%s</div></li>") % (
            c["id"], c["id"], c["id"], "%s %d, %d, %s" % (mon(t)[:3] + "." if len(mon(t)) > 4 else mon(t), t.day, t.year, clock), c["id"], c["id"], paras(c), c["id"],
            "<ul class=\"media-list\">%s</ul>" % sub if sub else "") if False else (
            "<li class=\"media\" id=\"c%d\"><a name=\"c%d\"></a><img src=\"https://www.gravatar.example/avatar/%d?s=48&amp;d=identicon\" height=\"48\" width=\"48\" class=\"mr-3\">"
            "<div class=\"media-body\"><div class=\"comment pb-3\"><h6 class=\"mb-1 small d-flex\"><div class=\"mr-auto\">%s&nbsp;&nbsp;<a class=\"permalink\" title=\"comment permalink\" href=\"/comments/cr/8/1/#c%d\">&para;</a></div>"
            "<span><a class=\"small text-muted\" href=\"/comments/flag/%d/\"><i class=\"fas fa-flag\"></i></a></span></h6>"
            "<p class=\"mb-1 small\"><a href=\"https://%s.example\" target=\"_new\">%s</a></p>"
            "<div class=\"content\">%s</div><a class=\"small mutedlink\" href=\"/comments/reply/%d/\">Reply</a></div>%s</div></li>") % (
            c["id"], c["id"], c["id"], "%s %d, %d, %s" % (mon(t)[:3] + "." if len(mon(t)) > 4 else mon(t), t.day, t.year, clock), c["id"], c["id"],
            handle(c["author"]), esc(c["author"]), paras(c), c["id"], "<ul class=\"media-list\">%s</ul>" % sub if sub else "")
    body = ("<nav class=\"navbar navbar-expand-lg navbar-light bg-light\"><a class=\"navbar-brand\" href=\"/\">Riverside Residents</a><ul class=\"navbar-nav\"><li class=\"nav-item\"><a class=\"nav-link\">Articles</a></li><li class=\"nav-item\"><a class=\"nav-link\">Meetings</a></li></ul></nav>"
            "<div class=\"container\"><div class=\"row\"><div class=\"col-lg-8\"><h1>What the footbridge closure means for us</h1><p class=\"small text-muted\">Published Nov. 20, 2026</p>%s"
            "<div class=\"py-4 text-center\"><a href=\"#comments\">%d comments</a></div><div id=\"comments\"><ul class=\"media-list\">%s</ul></div>"
            "<div class=\"card card-block mb-5\"><div class=\"card-body\"><h4 class=\"card-title text-center pb-3\">Post your comment</h4><form><input name=\"name\" placeholder=\"name\"><textarea name=\"comment\"></textarea><input type=\"submit\" value=\"send\"></form></div></div></div>"
            "<div class=\"col-lg-4\"><div class=\"card\"><h5>Upcoming meetings</h5><ul><li>9 Dec: residents' AGM</li><li>16 Dec: bridge drop-in</li></ul></div></div></div></div>"
            "<footer class=\"footer\"><p>&copy; 2026 Riverside Residents' Association</p></footer>") % (story_html(), len(cs), "".join(one(i) for i in kids(cs, None)))
    return base.page_wrap("What the footbridge closure means for us | Riverside Residents", body)


def staticman(cs):
    out = []
    for n, c in enumerate(cs):
        t = c["time"]
        reply = ""
        if c["parent"] is not None:
            reply = " data-reply-to=\"comment-%d\"" % (cs[c["parent"]]["id"])
        out.append(("<article id=\"comment-%d\" class=\"js-comment comment%s\" itemprop=\"comment\" itemscope itemtype=\"http://schema.org/Comment\"%s>"
                    "<div class=\"comment__avatar-wrapper\"><img class=\"comment__avatar\" src=\"https://www.gravatar.example/avatar/%d?d=mm&amp;s=80\" alt=\"%s\"></div>"
                    "<div class=\"comment__content-wrapper\"><h3 class=\"comment__author\" itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\"><span itemprop=\"name\">%s</span></h3>"
                    "<p class=\"comment__date\"><a href=\"#comment-%d\" itemprop=\"url\"><time datetime=\"%s:00+00:00\" itemprop=\"datePublished\">%s %d, %d at %s</time></a></p>"
                    "<div itemprop=\"text\">%s</div></div></article>") % (
            c["id"], " child" if c["parent"] is not None else "", reply, c["id"], esc(c["author"]), esc(c["author"]), c["id"], t.strftime("%Y-%m-%dT%H:%M"),
            mon(t), t.day, t.year, ampm(t, "", True), paras(c)))
    body = ("<div class=\"masthead\"><div class=\"masthead__inner-wrap\"><div class=\"masthead__menu\"><nav id=\"site-nav\" class=\"greedy-nav\"><a class=\"site-title\" href=\"/\">Towpath Tales</a>"
            "<ul class=\"visible-links\"><li class=\"masthead__menu-item\"><a>Posts</a></li><li class=\"masthead__menu-item\"><a>Categories</a></li><li class=\"masthead__menu-item\"><a>About</a></li></ul></nav></div></div></div>"
            "<div id=\"main\" role=\"main\"><div class=\"sidebar sticky\"><div class=\"author__content\"><h3 class=\"author__name\">Greta Holm</h3><p class=\"author__bio\">Walking the river, one lock at a time.</p></div></div>"
            "<article class=\"page\" itemscope itemtype=\"https://schema.org/CreativeWork\"><div class=\"page__inner-wrap\"><header><h1 id=\"page-title\" class=\"page__title\" itemprop=\"headline\">The long way round</h1>"
            "<p class=\"page__meta\"><span class=\"page__meta-date\"><time datetime=\"2026-11-22\">November 22, 2026</time></span></p></header>"
            "<section class=\"page__content\" itemprop=\"text\">%s</section><footer class=\"page__meta\"><p class=\"page__taxonomy\"><strong>Tags:</strong> <a>bridges</a>, <a>walking</a></p></footer>"
            "<div class=\"page__comments\"><section class=\"page__comments\"><h4 class=\"page__comments-title\">Comments</h4><section class=\"js-comments\">%s</section></section>"
            "<h4 class=\"page__comments-title\">Leave a comment</h4><p class=\"small\">Your email address will not be published. Required fields are marked <span class=\"required\">*</span></p>"
            "<form id=\"new_comment\" class=\"page__comments-form js-form form\"><textarea id=\"comment-form-message\"></textarea><input id=\"comment-form-name\"><button type=\"submit\" class=\"btn btn--primary\">Submit comment</button></form></div></div></article></div>"
            "<div id=\"footer\" class=\"page__footer\"><footer><div class=\"page__footer-follow\"><ul class=\"social-icons\"><li><strong>Follow:</strong></li><li><a>Feed</a></li></ul></div><div class=\"page__footer-copyright\">&copy; 2026 Greta Holm. Powered by Jekyll &amp; Minimal Mistakes.</div></footer></div>") % (
        story_html(), "".join(out))
    return base.page_wrap("The long way round - Towpath Tales", body)


def olivero(cs):
    def one(i):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k) for k in kids(cs, i))
        return ("<article data-comment-user-id=\"%d\" id=\"comment-%d\" class=\"comment js-comment%s\">"
                "<span class=\"hidden\" data-comment-timestamp=\"%d\"></span><div class=\"comment__picture-wrapper\"><div class=\"comment__picture\"><img src=\"/sites/default/files/styles/thumbnail/public/pictures/%d.png\" alt=\"Profile picture for user %s\" loading=\"lazy\" width=\"100\" height=\"100\"></div></div>"
                "<div class=\"comment__text-wrapper\"><footer class=\"comment__meta\"><p class=\"comment__author\"><span>%s</span></p><p class=\"comment__time\">%s</p></footer>"
                "<div class=\"comment__content\"><h3><a href=\"/comment/%d#comment-%d\" class=\"permalink\" rel=\"bookmark\" hreflang=\"en\">%s</a></h3>"
                "<div class=\"clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item\">%s</div></div>"
                "<ul class=\"links inline comment__links\"><li class=\"comment__links-item\"><a href=\"/comment/%d/delete\">Delete</a></li><li class=\"comment__links-item\"><a href=\"/comment/reply/node/31/comment_body/%d\">Reply</a></li></ul></div></article>"
                "%s") % (
            100 + c["id"] % 50, c["id"], " by-anonymous" if c["author"] == "Colette" else "", base.epoch(t), c["id"] % 50, esc(c["author"]), esc(c["author"]),
            t.strftime("%a, %m/%d/%Y - %H:%M"), c["id"], c["id"], esc(" ".join(c["paras"][0].split()[:5]).rstrip(",.")), paras(c), c["id"], c["id"],
            "<div class=\"indented\">%s</div>" % sub if sub else "")
    body = ("<div class=\"dialog-off-canvas-main-canvas\"><div id=\"page-wrapper\" class=\"page-wrapper\"><div id=\"page\"><header id=\"header\" class=\"site-header\"><div class=\"site-branding\"><a class=\"site-branding__name\" href=\"/\">Market Quarter News</a></div>"
            "<nav class=\"primary-nav\"><ul class=\"menu primary-nav__menu\"><li class=\"primary-nav__menu-item\"><a>Home</a></li><li class=\"primary-nav__menu-item\"><a>Traders</a></li><li class=\"primary-nav__menu-item\"><a>Events</a></li></ul></nav></header>"
            "<div id=\"main-wrapper\" class=\"layout-main-wrapper layout-container\"><div id=\"main\" class=\"layout-main\"><div class=\"main-content\"><main role=\"main\"><div class=\"region region--content\">"
            "<article class=\"node node--type-article node--view-mode-full\"><header><h1 class=\"title page-title\"><span>Traders fear a quiet year as footbridge shuts</span></h1>"
            "<div class=\"node__meta\"><span>By <a>editor</a></span>, <span>20 November, 2026</span></div></header><div class=\"node__content\"><div class=\"text-content clearfix field field--name-body\">%s</div>"
            "<section class=\"comments\" data-drupal-selector=\"comments\"><h2 class=\"comments__title\">Comments</h2>%s"
            "<h2 class=\"add-comment__title\">Add new comment</h2><form class=\"comment-comment-form comment-form\"><textarea></textarea><input type=\"submit\" value=\"Save\"></form></section></div></article></div></main></div></div></div>"
            "<footer class=\"site-footer\"><div class=\"region region--footer-bottom\"><p>Powered by <a href=\"https://www.drupal.org\">Drupal</a></p></div></footer></div></div></div>") % (
        story_html(), "".join(one(i) for i in kids(cs, None)))
    return base.page_wrap("Traders fear a quiet year as footbridge shuts | Market Quarter News", body)


def squarespace(cs):
    def one(i):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k) for k in kids(cs, i))
        likes = "<span class=\"like-count\">%d</span>" % c["likes"] if c["likes"] else ""
        return ("<div class=\"comment-wrapper\" data-comment-id=\"%s\"><div class=\"comment\"><div class=\"comment-header\"><a class=\"avatar\"><img src=\"//static.squarespace.example/universal/images-v6/default-avatar.png\" alt=\"\"></a>"
                "<div class=\"author-info\"><span class=\"name\">%s</span><span class=\"timestamp\">%s %d, %d</span></div></div>"
                "<div class=\"comment-body\">%s</div><div class=\"comment-footer\"><a class=\"like\"><span class=\"icon\"></span>%s</a><a class=\"reply\">Reply</a><a class=\"flag\">Flag</a></div></div>"
                "%s</div>") % (
            "%x" % (c["id"] * 7919), esc(c["author"]), mon(t), t.day, t.year, paras(c), likes, "<div class=\"comment-replies\">%s</div>" % sub if sub else "")
    body = ("<div class=\"site-wrapper\"><header class=\"header\"><div class=\"header-title\"><a href=\"/\">Bridge Street Bakery</a></div><nav class=\"header-nav\"><a>Menu</a> <a>Journal</a> <a>Visit</a> <a>Contact</a></nav></header>"
            "<main id=\"page\" class=\"container\"><article class=\"entry-content blog-item\"><h1 class=\"entry-title\">We are staying open through the bridge works</h1><div class=\"blog-meta-section\"><time>November 24, 2026</time></div>"
            "<div class=\"sqs-layout\"><div class=\"sqs-block html-block\"><div class=\"sqs-block-content\">%s</div></div></div></article>"
            "<section class=\"blog-item-comments\"><div class=\"squarespace-comments\"><div class=\"comments-header\"><div class=\"comment-count\">%d Comments</div><div class=\"sort\">Sort by <a>Newest</a> <a>Oldest</a></div></div>"
            "<div class=\"comment-input\"><div class=\"new-comment-area\">Join the discussion...</div></div><div class=\"comment-list\">%s</div></div></section></main>"
            "<footer class=\"footer\"><div class=\"footer-blocks\"><p>Bridge Street Bakery &middot; 14 Bridge Street &middot; Open 7am-3pm</p><p>Powered by Squarespace</p></div></footer></div>") % (
        story_html(), len(cs), "".join(one(i) for i in kids(cs, None)))
    return base.page_wrap("We are staying open through the bridge works — Bridge Street Bakery", body)


def main():
    os.makedirs(os.path.join(OUT, "pages"), exist_ok=True)
    written = []

    def write(name, html_, gold):
        with open(os.path.join(OUT, "pages", name + ".html"), "w", encoding="utf-8") as f:
            f.write(html_)
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=1, ensure_ascii=False)
            f.write("\n")
        written.append(name)

    g = base.gold_of
    cs = base.thread(11, nested=False)
    cs.insert(0, {"parent": None, "depth": 0, "author": "Tobias Reid", "time": cs[0]["time"] - dt.timedelta(days=2, hours=3), "likes": 4,
                  "paras": ["The footbridge closes for nine months from March and the diversion signs on the market side still point to it.",
                            "We need signs at both ends of the road bridge and a note on the journey planner before the closure starts."],
                  "quote": None, "id": 4000})
    html_ = gitea(cs)
    base.handles(cs)
    write("gitea", html_, g("gitea", "gitea", cs, True, True, zero_shown=False, note="an issue thread: every comment a post, the opening one too (as ../heldout2's GitHub issue); flat; usernames; the time in relative-time's datetime; the +1 reaction count is likes (none for 0)"))
    cs = base.thread(10, nested=False, likes=False)
    write("launchpad", launchpad(cs), g("launchpad", "launchpad", cs, False, False, note="flat; 'Name (handle) wrote on 2026-11-21:' - the display name is the author; '#n' is no text; the time in the time's title/datetime"))
    cs = base.thread(10, nested=False)
    html_ = utterances(cs)
    base.handles(cs)
    write("utterances", html_, g("utterances", "utterances", cs, False, True, zero_shown=False, fetched=NOW, note="flat GitHub-styled timeline; usernames; relative times only ('5 days ago'); the +1 reaction count is likes"))
    cs = base.thread(12, max_depth=3, likes=False)
    write("django-xtd", django_xtd(cs), g("django-xtd", "django-comments-xtd", cs, False, False, note="nested media lists; 'Nov. 21, 2026, 2:14 p.m.' (noon '12 p.m.'); the name link on its own line under the date; the pilcrow permalink is no text"))
    cs = base.thread(11, max_depth=1)
    write("staticman", staticman(cs), g("staticman", "staticman", cs, False, False, note="flat list of articles; a reply carries data-reply-to naming its parent's id and a 'child' class; schema.org Comment microdata"))
    cs = base.thread(12, max_depth=3, likes=False)
    write("olivero", olivero(cs), g("olivero", "drupal10-olivero", cs, False, False, note="article.comment with replies in the following div.indented; 'Sat, 11/21/2026 - 14:14'; the h3 subject (first words of the comment) is no text"))
    cs = base.thread(12, max_depth=3)
    write("squarespace", squarespace(cs), g("squarespace", "squarespace", cs, False, True, times="date", zero_shown=False, note="nested comment-replies; 'November 21, 2026' dates only; the like count (none for 0)"))
    print("\n".join(written))


if __name__ == "__main__":
    main()
