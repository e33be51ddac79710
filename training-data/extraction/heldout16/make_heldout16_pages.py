#!/usr/bin/python3
"""Writes the SEVENTEENTH held-out round of comment threads (folder heldout16; HTML + w3m dumps): 11 pages in comment
systems, theme templates and news CMS markups no earlier gold folder covers (checked against ../DATASHEET.md, every
../*/README.md, the "system" fields and file names in ../*/): the Genesis framework's and the Divi theme's WordPress
comment templates, a ForumMagnum (LessWrong-like) thread, Codeforces-like blog comments, Scratch project comments,
MediaWiki's Comments extension (flat, replies marked by a class), a Yahoo!-News-Japan-like comment list (Japanese
chrome, reactions), a NetEase-163-like 'gai lou' thread (each reply repeats the floors it answers), a FAZ-like
'Lesermeinungen' list (German chrome), a Le-Figaro-like list (French chrome) and a Detik-like list (Indonesian
chrome). Each page has chrome around it (navigation, ads, share bars, related links, a form). Scored on main before
any rule for them. Content and gold from h16.py (seed 20261224). Usage: make_heldout16_pages.py [OUT_DIR]"""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import h16  # noqa: E402
from h16 import esc, handle, ago, R, NOW  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
TITLE = "Estuary ferry to run on weekdays only from January"


def ps(c):
    return "".join("<p>%s</p>" % esc(p) for p in c["paras"])


def br(c):
    return "<br><br>".join(esc(p) for p in c["paras"])


def tree(cs, one):
    def rec(i):
        return one(i, "".join(rec(k) for k in h16.kids(cs, i)))
    return "".join(rec(i) for i in h16.kids(cs, None))


SHARE = ("<div class=\"share-bar\"><span>Share</span> <a class=\"share-facebook\" href=\"#\">Facebook</a> <a class=\"share-x\" href=\"#\">X</a> "
         "<a class=\"share-whatsapp\" href=\"#\">WhatsApp</a> <a class=\"share-email\" href=\"#\">Email</a></div>")
AD = "<div class=\"ad-slot ad-mpu\" data-ad-unit=\"/4411/news/article_mpu\"><span class=\"ad-label\">%s</span><iframe title=\"Advertisement\" width=\"300\" height=\"250\"></iframe></div>"


def news(title, story, body, site, lang="en", nav=("News", "Sport", "Business", "Opinion", "Lifestyle"), related="Related stories",
         ad="Advertisement", most="Most read", byline="By Staff reporter &middot; 17 November 2026"):
    art = ("<article class=\"story\"><h1 class=\"headline\">%s</h1><div class=\"byline\">%s</div>%s"
           "<div class=\"story-body\">%s</div></article>") % (esc(title), byline, SHARE, "".join("<p>%s</p>" % esc(p) for p in story))
    rel = ("<aside class=\"related\"><h3>%s</h3><ul><li><a href=\"/news/harbour-dues\">Harbour dues to rise by a fifth</a> <span>3 days</span></li>"
           "<li><a href=\"/news/slipway\">Slipway repairs overrun again</a> <span>1 week</span></li><li><a href=\"/news/bridge-toll\">Bridge toll review put back to spring</a></li></ul></aside>") % related
    return ("<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s | %s</title></head><body>"
            "<div class=\"top-ad\">%s</div><header class=\"masthead\"><a class=\"logo\" href=\"/\">%s</a><nav class=\"primary-nav\"><ul>%s</ul></nav>"
            "<form class=\"search\"><input type=\"search\"><button>&#128269;</button></form></header>"
            "<main class=\"main\">%s%s%s</main><aside class=\"rail\">%s<h3>%s</h3><ol><li><a>Harbour master to retire</a></li><li><a>Storm closes the pier</a></li>"
            "<li><a>School bus routes redrawn</a></li></ol></aside><footer class=\"site-footer\"><ul><li><a>Impressum</a></li><li><a>Contact</a></li><li><a>Privacy</a></li>"
            "</ul><p>&copy; 2026 %s</p></footer></body></html>") % (
        lang, esc(title), esc(site), AD % ad, esc(site), "".join("<li><a href=\"#\">%s</a></li>" % n for n in nav), art, body, rel, AD % ad, most, esc(site))


def wp(title, body, site, theme_cls):
    art = ("<article class=\"post-1187 post type-post status-publish entry\"><header class=\"entry-header\"><h1 class=\"entry-title\">%s</h1>"
           "<p class=\"entry-meta\"><time class=\"entry-time\">November 17, 2026</time> by <span class=\"entry-author\">Harbour Watch</span> &mdash; <a href=\"#comments\">%s</a></p></header>"
           "<div class=\"entry-content\">%s</div><footer class=\"entry-footer\"><p class=\"entry-meta\">Filed Under: <a>Transport</a> Tagged With: <a>ferry</a>, <a>council</a></p></footer></article>") % (
        esc(title), "Comments", "".join("<p>%s</p>" % esc(p) for p in h16.STORY))
    return ("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"UTF-8\"><title>%s &#8211; %s</title></head><body class=\"post-template-default single %s\">"
            "<div class=\"site-container\"><header class=\"site-header\"><p class=\"site-title\"><a href=\"/\">%s</a></p><nav class=\"nav-primary\"><ul class=\"menu\">"
            "<li><a>Home</a></li><li><a>Transport</a></li><li><a>Planning</a></li><li><a>About</a></li></ul></nav></header>"
            "<div class=\"site-inner\"><div class=\"content-sidebar-wrap\"><main class=\"content\">%s%s</main><aside class=\"sidebar sidebar-primary widget-area\">"
            "<section class=\"widget\"><h3 class=\"widgettitle\">Recent Posts</h3><ul><li><a>Bridge toll review delayed</a></li><li><a>Who owns the slipway?</a></li></ul></section>"
            "<section class=\"widget\"><h3 class=\"widgettitle\">Newsletter</h3><form><input placeholder=\"Email\"><button>Subscribe</button></form></section></aside></div></div>"
            "<footer class=\"site-footer\"><p>Copyright &#x000A9; 2026 &middot; %s</p></footer></div></body></html>") % (
        esc(title), esc(site), theme_cls, esc(site), art, body, esc(site))


def wptime(t):
    return "%s at %s" % (t.strftime("%B %-d, %Y"), t.strftime("%-I:%M %p").lower())


# --------------------------------------------------------------- systems

def genesis(cs, page_no, pages):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        return ("<li class=\"comment %s depth-%d\" id=\"comment-%d\"><article itemprop=\"comment\" itemscope itemtype=\"https://schema.org/Comment\">"
                "<header class=\"comment-header\"><p class=\"comment-author\" itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\">"
                "<img alt=\"\" src=\"https://secure.gravatar.com/avatar/%x?s=48&amp;d=mm\" class=\"avatar avatar-48 photo\" height=\"48\" width=\"48\">"
                "<span class=\"comment-author-name\" itemprop=\"name\">%s</span> <span class=\"says\">says</span></p>"
                "<p class=\"comment-meta\"><time class=\"comment-time\" datetime=\"%s\" itemprop=\"datePublished\"><a class=\"comment-time-link\" href=\"#comment-%d\" itemprop=\"url\">%s</a></time></p></header>"
                "<div class=\"comment-content\" itemprop=\"text\">%s</div><div class=\"comment-reply\"><a rel=\"nofollow\" class=\"comment-reply-link\" href=\"#respond\" aria-label=\"Reply to %s\">Reply</a></div>"
                "</article>%s</li>") % (
            "even" if i % 2 else "odd", c["depth"] + 1, c["id"], sum(map(ord, c["author"])) * 7919, esc(c["author"]) if c["depth"] or i % 3 else "<a href=\"https://%s.example\" class=\"comment-author-link\" rel=\"external nofollow ugc\" itemprop=\"url\">%s</a>" % (handle(c["author"]), esc(c["author"])),
            t.strftime("%Y-%m-%dT%H:%M:%S+00:00"), c["id"], wptime(t), ps(c), esc(c["author"]), ("<ul class=\"children\">%s</ul>" % inner) if inner else "")
    nav = ("<div class=\"comments-pagination pagination\"><div class=\"pagination-previous alignleft\"><a href=\"/2026/11/ferry-weekdays/comment-page-%d/#comments\">&laquo; Older Comments</a></div>"
           "<div class=\"pagination-next alignright\"></div></div>") % (page_no - 1)
    body = ("<div class=\"entry-comments\" id=\"comments\"><h3>Comments</h3><ol class=\"comment-list\">%s</ol>%s</div>"
            "<div id=\"respond\" class=\"comment-respond\"><h3 id=\"reply-title\" class=\"comment-reply-title\">Leave a Reply <small><a rel=\"nofollow\" id=\"cancel-comment-reply-link\" href=\"#respond\" style=\"display:none;\">Cancel reply</a></small></h3>"
            "<form id=\"commentform\" class=\"comment-form\"><p class=\"comment-notes\">Your email address will not be published. Required fields are marked *</p>"
            "<p class=\"comment-form-comment\"><label for=\"comment\">Comment *</label><textarea id=\"comment\"></textarea></p><p class=\"comment-form-author\"><label>Name *</label><input></p>"
            "<p class=\"form-submit\"><input type=\"submit\" class=\"submit\" value=\"Post Comment\"></p></form></div>") % (tree(cs, one), nav)
    return wp(TITLE, body, "Harbour Watch", "genesis-breadcrumbs-hidden header-full-width content-sidebar")


def divi(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        return ("<li class=\"comment %s thread-%s depth-%d\" id=\"li-comment-%d\"><article id=\"comment-%d\" class=\"comment-body clearfix\">"
                "<div class=\"comment_avatar\"><img alt=\"%s\" src=\"https://secure.gravatar.com/avatar/%x?s=80\" height=\"80\" width=\"80\" class=\"avatar avatar-80 photo\"></div>"
                "<div class=\"comment_postinfo\"><span class=\"fn\">%s</span><span class=\"comment_date\">on %s</span></div>"
                "<div class=\"comment_area\"><div class=\"comment-content clearfix\">%s<span class=\"reply-container\"><a rel=\"nofollow\" class=\"comment-reply-link\" href=\"#respond\">Reply</a></span></div></div>"
                "</article>%s</li>") % (
            "even" if i % 2 else "odd", "even" if i % 2 else "odd", c["depth"] + 1, c["id"], c["id"], esc(c["author"]), sum(map(ord, c["author"])) * 104729, esc(c["author"]),
            wptime(c["time"]), ps(c), ("<ul class=\"children\">%s</ul>" % inner) if inner else "")
    body = ("<section id=\"comment-wrap\"><h1 id=\"comments\" class=\"page_title\">%d Comments</h1><ol class=\"commentlist clearfix\">%s</ol>"
            "<div id=\"respond\" class=\"comment-respond\"><h3 id=\"reply-title\" class=\"comment-reply-title\"><span>Submit a Comment</span></h3><form class=\"comment-form\">"
            "<p class=\"comment-notes\">Your email address will not be published.</p><textarea id=\"comment\"></textarea><p class=\"form-submit\"><input type=\"submit\" class=\"submit et_pb_button\" value=\"Submit Comment\"></p></form></div></section>") % (
        len(cs), tree(cs, one))
    page = ("<!DOCTYPE html><html lang=\"en-US\"><head><meta charset=\"UTF-8\"><title>%s | East Bank Residents</title></head><body class=\"post-template-default single et_pb_pagebuilder_layout et_right_sidebar\">"
            "<div id=\"page-container\"><header id=\"main-header\"><div class=\"container clearfix et_menu_container\"><div class=\"logo_container\"><a href=\"/\"><img id=\"logo\" alt=\"East Bank Residents\"></a></div>"
            "<div id=\"et-top-navigation\"><nav id=\"top-menu-nav\"><ul id=\"top-menu\" class=\"nav\"><li><a>Home</a></li><li><a>News</a></li><li><a>Meetings</a></li><li><a>Join</a></li></ul></nav></div></div></header>"
            "<div id=\"et-main-area\"><div id=\"main-content\"><div class=\"container\"><div id=\"content-area\" class=\"clearfix\"><div id=\"left-area\">"
            "<article id=\"post-812\" class=\"et_pb_post post-812 post type-post\"><div class=\"et_post_meta_wrapper\"><h1 class=\"entry-title\">%s</h1>"
            "<p class=\"post-meta\"> by <span class=\"author vcard\"><a>Committee</a></span> | <span class=\"published\">Nov 17, 2026</span> | <a>News</a> | <a href=\"#comments\">%d comments</a></p></div>"
            "<div class=\"entry-content\">%s</div></article>%s</div><div id=\"sidebar\"><div class=\"et_pb_widget\"><h4 class=\"widgettitle\">Recent Posts</h4><ul><li><a>AGM minutes</a></li><li><a>Litter pick on the 6th</a></li></ul></div></div>"
            "</div></div></div><footer id=\"main-footer\"><div id=\"footer-bottom\"><div id=\"footer-info\">Designed by Elegant Themes | Powered by WordPress</div></div></footer></div></div></body></html>") % (
        esc(TITLE), esc(TITLE), len(cs), "".join("<p>%s</p>" % esc(p) for p in h16.STORY), body)
    return page


def magnum(cs, deleted):
    """cs holds the live comments; deleted: {index of a live comment: True} whose parent is a deleted comment shown as a stub."""
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        node = ("<div class=\"comments-node CommentsNode-node %s\" id=\"%s\"><div class=\"CommentFrame-node\"><div class=\"CommentsItem-root\"><div class=\"CommentsItem-body\">"
                "<div class=\"CommentsItemMeta-root\"><span class=\"CommentsItemMeta-username\"><span class=\"UsersNameDisplay-noColor\"><a href=\"/users/%s\">%s</a></span></span>"
                "<span class=\"CommentsItemDate-root\"><a rel=\"nofollow\" href=\"?commentId=%x\"><span class=\"LWTooltip-root\">%s</span></a></span>"
                "<span class=\"OverallVoteAxis-vote\"><button class=\"VoteArrowIcon-root\" aria-label=\"Downvote\">&#9664;</button><span class=\"OverallVoteAxis-voteScore\" title=\"%d Votes\">%d</span>"
                "<button class=\"VoteArrowIcon-root\" aria-label=\"Upvote\">&#9654;</button></span></div>"
                "<div class=\"CommentBody-root ContentStyles-base content ContentStyles-commentBody\"><div class=\"CommentBody-commentStyling\">%s</div></div>"
                "<div class=\"CommentBottom-bottom\"><a class=\"comments-item-reply-link CommentsItem-replyLink\">Reply</a></div></div></div></div>%s</div>") % (
            "CommentsNode-root comments-node-root" if c["depth"] == 0 else "CommentsNode-child comments-node-%s" % ("odd" if c["depth"] % 2 else "even"),
            "%x" % (c["id"] * 7717), handle(c["author"]), esc(c["author"]), c["id"] * 7717, ago(t, short=True), 3 + c["likes"] // 3, c["likes"], ps(c),
            ("<div class=\"CommentsNode-children\"><div class=\"CommentsNode-parentScroll\"></div>%s</div>" % inner) if inner else "")
        return node
    out = []
    for i in h16.kids(cs, None):
        def rec(j):
            return one(j, "".join(rec(k) for k in h16.kids(cs, j)))
        html_ = rec(i)
        if i in deleted:
            html_ = ("<div class=\"comments-node CommentsNode-node CommentsNode-root comments-node-root\"><div class=\"CommentFrame-node CommentFrame-deleted\">"
                     "<div class=\"CommentsItem-deleted\">[comment deleted]</div></div><div class=\"CommentsNode-children\">%s</div></div>") % html_
        out.append(html_)
    body = ("<div class=\"CommentsListSection-root\"><div class=\"CommentsListSection-commentsHeadline\">%d comments, sorted by <span class=\"SortBy\">top scoring</span></div>"
            "<div class=\"CommentsNewForm-root\"><div class=\"ck-editor\" contenteditable=\"true\"></div><button class=\"CommentsNewForm-formButton\">Submit</button></div>"
            "<div class=\"CommentsList-root\">%s</div><div class=\"LoadMore-root\"><a class=\"LoadMore-loadMore\">Load More (4/%d)</a></div></div>") % (len(cs) + 5, "".join(out), len(cs) + 5)
    page = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>The ferry decision as a case study in consultation design &mdash; Harbourside Forum</title></head><body>"
            "<div class=\"Layout-main\"><header class=\"Header-root\"><a class=\"Header-titleLink\">HARBOURSIDE FORUM</a><nav><a>Home</a> <a>All Posts</a> <a>Concepts</a> <a>Library</a></nav></header>"
            "<div class=\"PostsPage-root\"><div class=\"PostsPagePostHeader-header\"><h1 class=\"PostsPageTitle-root\">The ferry decision as a case study in consultation design</h1>"
            "<div class=\"PostsPagePostHeader-authorAndSecondaryInfo\"><span class=\"PostsAuthors-authorName\"><a>Niamh Brennan</a></span> <span class=\"PostsPageDate-date\">17th Nov 2026</span> "
            "<span class=\"PostsPagePostHeader-wordCount\">3 min read</span> <a href=\"#comments\">%d</a></div></div><div class=\"PostsPage-postContent ContentStyles-postBody\">%s</div>"
            "<div id=\"comments\">%s</div></div></div><footer>Harbourside Forum &middot; <a>FAQ</a> &middot; <a>About</a></footer></body></html>") % (
        len(cs) + 5, "".join("<p>%s</p>" % esc(p) for p in h16.STORY), body)
    return page


def codeforces(cs):
    colors = ["user-gray", "user-green", "user-cyan", "user-blue", "user-violet", "user-orange", "user-red"]

    def one(i, inner):
        c = cs[i]
        t = c["time"]
        h = handle(c["author"]).replace("_", "")
        score = c["likes"] - 6
        return ("<div class=\"comment\" commentid=\"%d\"><a name=\"comment-%d\"></a><table class=\"comment-table\"><tr><td class=\"left\"><div class=\"avatar\"><a href=\"/profile/%s\"><img src=\"//userpic.example/no-avatar.jpg\" alt=\"\"></a></div></td>"
                "<td class=\"right\"><div class=\"info\"><span class=\"commentRating\" style=\"float:right;\"><a class=\"comment-vote-up\" title=\"Vote: I like it\">&#9650;</a> "
                "<span class=\"commentRatingScore %s\" title=\"%d\">%s</span> <a class=\"comment-vote-down\" title=\"Vote: I do not like it\">&#9660;</a></span>"
                "<a href=\"/profile/%s\" title=\"Expert %s\" class=\"rated-user %s\">%s</a> <span class=\"format-humantime\" title=\"%s\">%s</span>, "
                "<a href=\"#comment-%d\" class=\"comment-link\">#</a> <span class=\"lang-chooser\">&nbsp;<img src=\"/flags/24/gb.png\" title=\"In English\">&nbsp;|</span></div>"
                "<div class=\"ttypography\">%s</div><div class=\"comment-controls\"><a class=\"reply\" href=\"#\">Reply</a></div></td></tr></table>%s</div>") % (
            c["id"], c["id"], h, "positive" if score > 0 else "negative" if score < 0 else "", score, ("+%d" % score) if score > 0 else "%d" % score,
            h, h, colors[sum(map(ord, h)) % len(colors)], h, t.strftime("%b/%d/%Y %H:%M"), ago(t), c["id"], ps(c),
            ("<div class=\"comment-children\" style=\"margin-left:2em;\">%s</div>" % inner) if inner else "")
    body = ("<div class=\"roundbox userActivityRoundBox\"><div class=\"comments\"><div class=\"comments-header\">Comments (%d)</div>%s"
            "<div class=\"comment-form\"><textarea name=\"text\"></textarea><input type=\"submit\" value=\"Post\"></div></div></div>") % (len(cs), tree(cs, one))
    page = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Estimating ferry demand from ticket data - Codeforces-like blog</title></head><body>"
            "<div id=\"header\"><div class=\"menu-box\"><ul class=\"menu-list\"><li><a>HOME</a></li><li><a>TOP</a></li><li><a>CONTESTS</a></li><li><a>GYM</a></li><li><a>PROBLEMSET</a></li>"
            "<li><a>GROUPS</a></li><li><a>RATING</a></li></ul></div></div><div id=\"sidebar\"><div class=\"roundbox sidebox\"><div class=\"caption\">&rarr; Top rated</div><table><tr><td>1</td><td>tourist</td><td>3800</td></tr></table></div>"
            "<div class=\"roundbox sidebox\"><div class=\"caption\">&rarr; Recent actions</div><ul><li>slipway7 &rarr; <a>Weekend timetable puzzle</a></li></ul></div></div>"
            "<div id=\"pageContent\"><div class=\"topic\"><div class=\"title\"><a><p>Estimating ferry demand from ticket data</p></a></div><div class=\"info\">By <a class=\"rated-user user-blue\">tidetable</a>, 3 weeks ago, <img src=\"/flags/24/gb.png\"> In English</div>"
            "<div class=\"content\"><div class=\"ttypography\">%s<p>How would you model the weekend demand from the ticket counts alone?</p></div></div>"
            "<div class=\"roundbox meta\"><ul class=\"metaline\"><li><span class=\"commentRating\">+47</span></li><li><a>tidetable</a></li><li>3 weeks ago</li><li><a href=\"#comments\">%d</a></li></ul></div></div>%s</div>"
            "<div id=\"footer\"><div>Codeforces-like (c) Copyright 2010-2026 Mike Mirzayanov</div><div>The only programming contests Web 2.0 platform</div></div></body></html>") % (
        "".join("<p>%s</p>" % esc(p) for p in h16.STORY), len(cs), body)
    return page


def scratch(cs):
    def item(c, replies):
        return ("<div class=\"flex-row comment-container\"><div class=\"flex-row comment\" id=\"comments-%d\"><a href=\"/users/%s\"><img class=\"avatar\" src=\"//cdn2.scratch.mit.edu/get_image/user/%d_60x60.png\"></a>"
                "<div class=\"flex-row comment-body column\"><div class=\"flex-row comment-top-row\"><a class=\"username\" href=\"/users/%s\">%s</a><div class=\"action-list\"><span class=\"comment-report\">Report</span></div></div>"
                "<div class=\"comment-content\"><span class=\"comment-bubble\">%s</span><div class=\"flex-row comment-bottom-row\"><span class=\"comment-time\"><span title=\"%s\">%s</span></span>"
                "<span class=\"comment-reply\"><span>reply</span></span></div></div></div></div>%s</div>") % (
            c["id"], c["handle"], c["id"] * 31, c["handle"], esc(c["handle"]), "<br><br>".join(esc(p) for p in c["shown"]), c["time"].strftime("%B %-d, %Y"), ago(c["time"]), replies)
    out = []
    for i in h16.kids(cs, None):
        reps = [j for j in range(len(cs)) if cs[j]["root"] == i and j != i]
        shown, hidden = reps[:4], reps[4:]
        r = "".join(item(cs[j], "") for j in shown)
        if hidden:
            r += "<a class=\"load-more-replies\"><span>See more replies</span></a>"
        out.append(item(cs[i], ("<div class=\"flex-row replies column\">%s</div>" % r) if r else ""))
    body = ("<div class=\"comments-container\"><div class=\"flex-row comments-header\"><h4>Comments (%d)</h4></div>"
            "<div class=\"flex-row comment-compose\"><textarea class=\"inplace-textarea\" placeholder=\"Leave a comment\"></textarea><button class=\"button compose-post\">Post</button><span class=\"compose-limit\">500 characters left</span></div>"
            "<div class=\"comments-list\">%s</div><button class=\"button load-more-button\">Load More</button></div>") % (len(cs) + 9, "".join(out))
    page = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Ferry Timetable Simulator on Scratch</title></head><body><div id=\"app\"><div class=\"navigation\"><ul><li class=\"logo\"><a>Scratch</a></li>"
            "<li><a>Create</a></li><li><a>Explore</a></li><li><a>Ideas</a></li><li><a>About</a></li><li class=\"search\"><input placeholder=\"Search\"></li><li><a>Join Scratch</a></li><li><a>Sign in</a></li></ul></div>"
            "<div class=\"inner project-page\"><div class=\"flex-row project-header\"><div class=\"title\"><input value=\"Ferry Timetable Simulator\" readonly></div><div class=\"project-header-author\">by <a>tidetable</a></div></div>"
            "<div class=\"project-notes\"><div class=\"project-textlabel\">Instructions</div><div class=\"project-description\">Press the green flag. Drag the boats to the landing and see who misses the bus.</div>"
            "<div class=\"project-textlabel\">Notes and Credits</div><div class=\"project-description\">Made after the council cut the weekend crossings. Sounds from the library.</div></div>"
            "<div class=\"flex-row project-stats\"><span class=\"project-loves\">128</span> <span class=\"project-favorites\">64</span> <span class=\"project-remixes\">9</span> <span class=\"project-views\">2,411</span></div>"
            "<div class=\"project-shared-date\">Shared: 17 Nov 2026 Modified: 18 Nov 2026</div><div class=\"flex-row project-lower-container\">%s<div class=\"project-studios\"><h4>Studios</h4><a>Transport Games</a></div></div></div>"
            "<div id=\"footer\"><ul><li><a>About Scratch</a></li><li><a>For Parents</a></li><li><a>Community Guidelines</a></li></ul></div></div></body></html>") % body
    return page


def mwcomments(cs):
    rows = []
    for i, c in enumerate(cs):
        t = c["time"]
        rows.append(("<div id=\"comment-%d\" class=\"c-item%s\"><div class=\"c-avatar\"><img src=\"/images/avatars/default_ml.gif\" alt=\"\"></div><div class=\"c-container\">"
                     "<div class=\"c-user\"><a href=\"/wiki/User:%s\" rel=\"nofollow\">%s</a><ul class=\"c-actions\"><li><a href=\"#comment-%d\" rel=\"nofollow\">Permalink</a></li>"
                     "<li><a href=\"#\" class=\"comments-block-user\">Block user</a></li></ul></div><div class=\"c-time\">posted %s</div>"
                     "<div class=\"c-score\"><span class=\"c-score-title\">score: <span class=\"c-score-number\">%d</span></span> <a class=\"comment-vote-link\" title=\"Vote up\">+</a> <a class=\"comment-vote-link\" title=\"Vote down\">-</a></div>"
                     "<div class=\"c-comment\">%s</div><div class=\"c-actions\">%s</div></div><div class=\"visualClear\"></div></div>") % (
            c["id"], "" if c["parent"] is None else " reply", c["author"].replace(" ", "_"), esc(c["author"]), c["id"], ago(t), c["likes"], br(c),
            "<a href=\"#end\" rel=\"nofollow\" class=\"comments-reply-to\" data-comment-id=\"%d\">Reply</a>" % c["id"] if c["parent"] is None else ""))
    body = ("<div class=\"comments-body\"><div class=\"comment-section-header\">Comments</div><div class=\"c-order\"><div class=\"c-order-select\"><select><option>Sort by date</option><option>Sort by score</option></select></div>"
            "<div class=\"c-spacer\"></div></div><div id=\"allcomments\">%s</div><a id=\"end\" rel=\"nofollow\"></a><div class=\"c-form-title\">Submit a comment</div>"
            "<form name=\"commentForm\"><textarea name=\"commentText\" id=\"comment\" rows=\"5\" cols=\"64\"></textarea><input type=\"button\" value=\"Post\" class=\"site-button\"></form></div>") % "".join(rows)
    page = ("<!DOCTYPE html><html class=\"client-nojs\" lang=\"en\" dir=\"ltr\"><head><meta charset=\"UTF-8\"><title>Estuary ferry - Harbour Wiki</title></head><body class=\"mediawiki ltr skin-vector\">"
            "<div id=\"mw-page-base\"></div><div id=\"content\" class=\"mw-body\"><h1 id=\"firstHeading\" class=\"firstHeading\">Estuary ferry</h1><div id=\"bodyContent\"><div id=\"siteSub\">From Harbour Wiki</div>"
            "<div id=\"mw-content-text\" class=\"mw-body-content\"><div class=\"mw-parser-output\"><p>The <b>estuary ferry</b> links the town quay with the east bank landing.</p>"
            "<div id=\"toc\" class=\"toc\"><div class=\"toctitle\"><h2>Contents</h2></div><ul><li><a href=\"#History\">1 History</a></li><li><a href=\"#2026_timetable_change\">2 2026 timetable change</a></li></ul></div>"
            "<h2><span class=\"mw-headline\" id=\"History\">History</span></h2><p>A crossing has run here since at least 1790; the current boat entered service in 1998.</p>"
            "<h2><span class=\"mw-headline\" id=\"2026_timetable_change\">2026 timetable change</span></h2>%s%s</div></div><div class=\"catlinks\">Categories: <a>Transport</a> | <a>East bank</a></div></div></div>"
            "<div id=\"mw-navigation\"><div id=\"mw-head\"><div id=\"p-personal\"><ul><li><a>Log in</a></li></ul></div><div id=\"left-navigation\"><a>Page</a> <a>Discussion</a></div>"
            "<div id=\"right-navigation\"><a>Read</a> <a>Edit</a> <a>View history</a> <input placeholder=\"Search Harbour Wiki\"></div></div>"
            "<div id=\"mw-panel\"><div class=\"portal\"><h3>Navigation</h3><ul><li><a>Main page</a></li><li><a>Recent changes</a></li><li><a>Random page</a></li></ul></div></div></div>"
            "<div id=\"footer\"><ul id=\"footer-info\"><li>This page was last edited on 18 November 2026, at 09:12.</li></ul><ul id=\"footer-places\"><li><a>Privacy policy</a></li><li><a>About Harbour Wiki</a></li></ul></div></body></html>") % (
        "".join("<p>%s</p>" % esc(p) for p in h16.STORY), body)
    return page


def yahoojp(cs):
    def item(c, inner, reply_count):
        t = c["time"]
        return ("<li class=\"%s\"><article class=\"sc-comment\"><div class=\"sc-comment__head\"><a class=\"sc-comment__user\" href=\"/users/%x\"><img class=\"sc-comment__icon\" alt=\"\"><span class=\"sc-comment__name\">%s</span></a>"
                "<time class=\"sc-comment__date\" datetime=\"%s\">%s</time></div><p class=\"sc-comment__body\">%s</p>"
                "<div class=\"sc-comment__reaction\"><button class=\"sc-reaction sc-reaction--agree\" aria-label=\"共感した\"><span>共感した</span><span class=\"sc-reaction__count\">%d</span></button>"
                "<button class=\"sc-reaction sc-reaction--understand\"><span>なるほど</span><span class=\"sc-reaction__count\">%d</span></button>"
                "<button class=\"sc-reaction sc-reaction--hmm\"><span>うーん</span><span class=\"sc-reaction__count\">%d</span></button></div>%s%s</article></li>") % (
            "sc-comment-item" if c["parent"] is None else "sc-reply-item", c["id"] * 997, esc(c["author"]), t.strftime("%Y-%m-%dT%H:%M:00+09:00"), t.strftime("%-m/%-d(%a) %-H:%M").replace("Sat", "土").replace("Sun", "日").replace("Mon", "月").replace("Tue", "火").replace("Wed", "水").replace("Thu", "木").replace("Fri", "金"),
            "<br>".join(esc(p) for p in c["paras"]), c["likes"], c["likes"] // 4, c["likes"] % 3,
            ("<button class=\"sc-comment__replyToggle\">返信%d件</button>" % reply_count) if reply_count else "<button class=\"sc-comment__replyButton\">返信</button>",
            ("<ul class=\"sc-replies\">%s</ul>" % inner) if inner else "")
    out = []
    for i in h16.kids(cs, None):
        reps = [j for j in range(len(cs)) if cs[j]["root"] == i and j != i]
        extra = cs[i].get("hidden", 0)
        inner = "".join(item(cs[j], "", 0) for j in reps)
        if extra:
            inner += "<li class=\"sc-replies__more\"><button>さらに返信を表示（%d件）</button></li>" % extra
        out.append(item(cs[i], inner, len(reps) + extra))
    body = ("<section id=\"comment\" class=\"sc-commentArea\"><h2 class=\"sc-commentArea__title\">コメント<span class=\"sc-commentArea__count\">%d件</span></h2>"
            "<p class=\"sc-commentArea__policy\">コメントポリシーに反するコメントは削除されることがあります。</p><div class=\"sc-sort\"><a class=\"is-active\">おすすめ順</a> <a>新着順</a> <a>共感された順</a></div>"
            "<ul class=\"sc-comments\">%s</ul><div class=\"sc-commentArea__more\"><a href=\"/articles/8f3c2a/comments?page=2\">もっと見る</a></div>"
            "<div class=\"sc-pagination\"><span class=\"is-current\">1</span> <a>2</a> <a>3</a> <a>次へ</a></div></section>") % (len(cs) + 31, "".join(out))
    story = ["河口のフェリーについて、市は1月から平日のみの運航とし、土日は橋を経由するシャトルバスに置き換えると発表した。",
             "市によると、年間約4万2000ポンドの節約になるという。東岸の住民からは反発の声が上がっている。"]
    return news("河口フェリー、1月から平日のみ運航に　週末はバス代替", story, body, "Yahoo!ニュース風", lang="ja",
                nav=("トップ", "速報", "ライブ", "個人", "オリジナル", "みんなの意見", "ランキング"), related="関連記事", ad="広告", most="アクセスランキング",
                byline="港町新聞 11/17(火) 9:30 配信")


def netease(cs, loc):
    """flat floors in time order; a reply repeats the chain of floors it answers as nested boxes (oldest outermost)"""
    floors = []
    for i, c in enumerate(cs):
        t = c["time"]
        chain = []
        j = c["parent"]
        while j is not None:
            chain.append(j)
            j = cs[j]["parent"]
        chain.reverse()
        box = ""
        for n, j in enumerate(chain):
            p = cs[j]
            box = ("<div class=\"floor\">%s<div class=\"floor-head\"><span class=\"floor-user\">%s[%s]</span><span class=\"floor-num\">%d</span></div>"
                   "<div class=\"floor-body\">%s</div></div>") % (box, loc[j], esc(p["author"]), n + 1, "<br>".join(esc(x) for x in p["paras"]))
        floors.append(("<div class=\"tie-item\" id=\"tie-%d\"><div class=\"tie-author\"><a class=\"tie-avatar\"><img alt=\"\"></a><span class=\"tie-from\">%s</span>"
                       "<a class=\"tie-nick\" href=\"/user/%x\">%s</a><span class=\"tie-time\">%s</span></div><div class=\"tie-cnt\">%s<p class=\"tie-text\">%s</p></div>"
                       "<div class=\"tie-op\"><a class=\"tie-up\">顶<em>[%d]</em></a> <a class=\"tie-down\">踩</a> <a class=\"tie-reply\">回复</a> <a class=\"tie-share\">分享</a></div></div>") % (
            c["id"], loc[i], c["id"] * 3, esc(c["author"]), t.strftime("%Y-%m-%d %H:%M:%S"), ("<div class=\"tie-floors\">%s</div>" % box) if box else "",
            "<br>".join(esc(p) for p in c["paras"]), c["likes"]))
    body = ("<div class=\"tie-area\" id=\"tieArea\"><div class=\"tie-title\"><h3>跟贴</h3><span class=\"tie-count\"><em>%d</em>人参与 <em>%d</em>跟贴</span></div>"
            "<div class=\"tie-input\"><textarea placeholder=\"文明上网，登录发贴\"></textarea><button>发表跟贴</button></div>"
            "<div class=\"tie-tabs\"><a class=\"on\">最新跟贴</a> <a>热门跟贴</a></div><div class=\"tie-list\">%s</div>"
            "<div class=\"tie-more\"><a href=\"/comments/HX81.html\">查看全部跟贴</a></div></div>") % (len(cs) * 37, len(cs) + 12, "".join(reversed(floors)))
    story = ["市政府宣布，河口渡轮从明年1月起只在工作日运营，周末改由绕经大桥的接驳巴士代替。",
             "市政府称此举每年可节省约4.2万英镑。东岸居民表示，征求意见在决定之后才结束。"]
    return news("河口渡轮明年起仅工作日运营 周末改由巴士代替", story, body, "网易新闻风", lang="zh-CN",
                nav=("首页", "新闻", "体育", "财经", "科技", "汽车"), related="相关推荐", ad="广告", most="热点排行", byline="2026-11-17 09:30:12　来源: 港城日报")


def faz(cs):
    def item(i, inner):
        c = cs[i]
        t = c["time"]
        return ("<li class=\"js-lazy-load-comment %s\"><div class=\"lay-Comment\" id=\"lesermeinung-%d\"><div class=\"lay-Comment_Head\"><span class=\"lay-Comment_Name\">%s</span> "
                "<span class=\"lay-Comment_Nick\">(%s)</span> - <span class=\"lay-Comment_Date\">%s</span> - <span class=\"lay-Comment_Time\">%s</span></div>"
                "<h4 class=\"lay-Comment_Title\">%s</h4><div class=\"lay-Comment_Text\">%s</div><div class=\"lay-Comment_Actions\">"
                "<a class=\"lay-Comment_Recommend\">Empfehlen <span class=\"lay-Comment_RecommendCount\">(%d)</span></a> <a class=\"lay-Comment_Answer\">Antworten</a> <a class=\"lay-Comment_Report\">Melden</a></div></div>%s</li>") % (
            "lay-Comments_Item" if c["parent"] is None else "lay-Comments_Item lay-Comments_Item-answer", c["id"], esc(c["author"]), esc(c["nick"]),
            t.strftime("%d.%m.%Y"), t.strftime("%H:%M"), esc(c["subject"]), ps(c), c["likes"], ("<ul class=\"lay-Comments_Answers\">%s</ul>" % inner) if inner else "")
    body = ("<section class=\"lay-Comments\" id=\"lesermeinungen\"><h2 class=\"lay-Comments_Title\">Lesermeinungen <span>(%d)</span></h2>"
            "<div class=\"lay-Comments_Info\">Sie können nur noch Antworten auf bestehende Lesermeinungen verfassen.</div><div class=\"lay-Comments_Sort\">Sortieren nach: <a class=\"is-active\">Neueste</a> <a>Älteste</a> <a>Meistempfohlen</a></div>"
            "<ul class=\"lay-Comments_List\">%s</ul><div class=\"lay-Comments_More\"><button class=\"js-load-more\">Weitere Lesermeinungen laden</button></div></section>") % (len(cs) + 23, tree(cs, item))
    story = ["Die Fähre über die Flussmündung soll von Januar an nur noch werktags fahren; am Wochenende ersetzt ein Pendelbus über die Brücke die Überfahrten.",
             "Die Stadt rechnet mit Einsparungen von rund 42.000 Pfund im Jahr. Anwohner am Ostufer kritisieren, die Befragung sei erst nach dem Beschluss beendet worden."]
    return news("Fähre nur noch werktags: Ostufer fühlt sich abgehängt", story, body, "Frankfurter Hafenzeitung", lang="de",
                nav=("Politik", "Wirtschaft", "Finanzen", "Feuilleton", "Sport", "Region"), related="Mehr zum Thema", ad="Anzeige", most="Meistgelesen",
                byline="Von Hanna Vogt, Hafenstadt &middot; Aktualisiert am 17.11.2026 - 09:30")


def figaro(cs):
    def item(c, inner, hidden):
        t = c["time"]
        return ("<div class=\"fig-comment %s\" id=\"comment-%d\" data-id=\"%d\"><div class=\"fig-comment__header\"><span class=\"fig-comment__username\">%s</span>%s"
                "<span class=\"fig-comment__date\">le %s à %s</span></div><div class=\"fig-comment__text\">%s</div><div class=\"fig-comment__footer\">"
                "<button class=\"fig-comment__like\"><span class=\"fig-comment__like-count\">%d</span> J'aime</button> <button class=\"fig-comment__reply\">Répondre</button> <button class=\"fig-comment__report\">Signaler</button></div>"
                "%s%s</div>") % (
            "fig-comment--reply" if c["parent"] is not None else "", c["id"], c["id"], esc(c["author"]), "<span class=\"fig-badge fig-badge--premium\">Abonné</span>" if c["id"] % 3 == 0 else "",
            t.strftime("%d/%m/%Y"), t.strftime("%H:%M"), ps(c), c["likes"], ("<div class=\"fig-comment__replies\">%s</div>" % inner) if inner else "",
            ("<button class=\"fig-comment__more-replies\">Voir les %d réponses</button>" % hidden) if hidden else "")
    out = []
    for i in h16.kids(cs, None):
        reps = [j for j in range(len(cs)) if cs[j]["root"] == i and j != i]
        out.append(item(cs[i], "".join(item(cs[j], "", 0) for j in reps), cs[i].get("hidden", 0)))
    body = ("<section class=\"fig-comments\" id=\"fig-comments\"><h2 class=\"fig-comments__title\">%d commentaires</h2><p class=\"fig-comments__charte\">Le Figaro-like, en tant que modérateur, se réserve le droit de supprimer les commentaires. <a>Charte de modération</a></p>"
            "<div class=\"fig-comments__sort\"><button class=\"is-active\">Les plus récents</button> <button>Les plus appréciés</button></div><div class=\"fig-comments__list\">%s</div>"
            "<button class=\"fig-comments__more\">Voir plus de commentaires</button></section>") % (len(cs) + 40, "".join(out))
    story = ["Le bac qui traverse l'estuaire ne circulera plus qu'en semaine à partir de janvier ; le week-end, une navette par le pont le remplacera.",
             "La mairie espère économiser environ 42 000 livres par an. Sur la rive est, les habitants dénoncent une consultation close après la décision."]
    return news("Le bac de l'estuaire ne circulera plus que du lundi au vendredi", story, body, "Le Quotidien du Port", lang="fr",
                nav=("Politique", "International", "Économie", "Société", "Culture", "Sport"), related="À lire aussi", ad="Publicité", most="Les plus lus",
                byline="Par Claire Dumas &middot; Publié le 17/11/2026 à 09:30, mis à jour le 17/11/2026 à 11:02")


def detik(cs):
    def item(i, inner):
        c = cs[i]
        t = c["time"]
        return ("<div class=\"komentar-item%s\" id=\"k%d\"><div class=\"komentar-item__avatar\"><img alt=\"\"></div><div class=\"komentar-item__box\">"
                "<div class=\"komentar-item__head\"><a class=\"komentar-item__name\">%s</a> <span class=\"komentar-item__date\">%s</span></div>"
                "<div class=\"komentar-item__text\">%s</div><div class=\"komentar-item__action\"><a class=\"komentar-like\"><i class=\"icon-like\"></i> <span>%d</span></a> "
                "<a class=\"komentar-dislike\"><i class=\"icon-dislike\"></i></a> <a class=\"komentar-reply\">Balas</a> <a class=\"komentar-report\">Laporkan</a></div></div>%s</div>") % (
            " komentar-item--reply" if c["parent"] is not None else "", c["id"], esc(c["author"]), t.strftime("%d %b %Y %H:%M").replace("Nov", "Nov").replace("Dec", "Des"),
            br(c), c["likes"], ("<div class=\"komentar-replies\">%s</div>" % inner) if inner else "")
    body = ("<div class=\"komentar\" id=\"komentar\"><div class=\"komentar__title\"><h3>Komentar</h3> <span>%d Komentar</span></div>"
            "<div class=\"komentar__form\"><textarea placeholder=\"Tulis komentar...\"></textarea><button>Kirim</button></div>"
            "<div class=\"komentar__sort\">Urutkan: <a class=\"active\">Terbaru</a> <a>Terpopuler</a></div><div class=\"komentar__list\">%s</div>"
            "<a class=\"komentar__loadmore\">Muat Komentar Lainnya</a></div>") % (len(cs) + 6, tree(cs, item))
    story = ["Feri penyeberangan muara hanya akan beroperasi pada hari kerja mulai Januari, dan layanan akhir pekan diganti bus antar-jemput lewat jembatan.",
             "Pemerintah kota menyebut kebijakan ini menghemat sekitar 42.000 pound per tahun. Warga tepi timur menilai konsultasi publik ditutup setelah keputusan diambil."]
    return news("Feri Muara Hanya Beroperasi Hari Kerja Mulai Januari", story, body, "detik-like", lang="id",
                nav=("News", "Finance", "Hot", "Inet", "Sport", "Oto", "Travel"), related="Berita Terkait", ad="ADVERTISEMENT", most="Terpopuler",
                byline="Rina Wulandari - detikNews &middot; Selasa, 17 Nov 2026 09:30 WIB")


def roots(cs):
    for i, c in enumerate(cs):
        j = i
        while cs[j]["parent"] is not None:
            j = cs[j]["parent"]
        c["root"] = j


def main():
    write = h16.writer(OUT)

    def g(name, cs, likes, note, times="minute", fetched=None, zero_shown=True, system=None):
        return h16.gold_of(name, system or name, cs, False, likes, times=times, note=note, fetched=fetched, zero_shown=zero_shown)

    # Genesis: page 2 of the comments (WordPress paged comments), 'Older Comments' link to page 1
    cs = h16.thread(12, max_depth=3, likes=False, p_reply=0.5)
    write("genesis", genesis(cs, 2, 2), g("genesis", cs, False, "WordPress Genesis framework: li.comment > article[itemprop=comment] with header.comment-header (name, 'says', "
                                          "time.comment-time 'November 21, 2026 at 2:14 pm'), div.comment-content; ul.children; page 2 of paged comments ('Older Comments')"))
    cs = h16.thread(11, max_depth=2, likes=False, p_reply=0.5)
    cs[3]["paras"] = ["Camille Roux said on 14 November 2025 that the crossing would be safe for another decade. Callum Fraser wrote the same in the parish newsletter on 2 December."] + cs[3]["paras"][1:]
    write("divi", divi(cs), g("divi", cs, False, "Divi theme (WordPress): article.comment-body with comment_postinfo (span.fn, 'on November 21, 2026 at 2:14 pm') and comment_area; "
                                "ul.children; one comment's text opens with other people's names and dates (text, not a head)"))
    # ForumMagnum: one deleted root with live replies (placeholder no comment; its replies become top level)
    cs = h16.thread(12, max_depth=3, likes=True, p_reply=0.5)
    tops = h16.kids(cs, None)
    deleted = {}
    if len(tops) > 2:
        deleted[tops[2]] = True
    write("magnum", magnum(cs, deleted), g("magnum", cs, True, "ForumMagnum (LessWrong-like): CommentsNode trees in CommentsNode-children; relative ages ('3d') only (no gold time); "
                                           "the karma score is likes; a '[comment deleted]' stub is no comment (the comment under it is top-level); 'Load More (4/17)'", times=None))
    cs = h16.thread(11, max_depth=3, likes=True, p_reply=0.55)
    for c in cs:
        c["author"] = handle(c["author"]).replace("_", "")  # Codeforces shows the handle only
    gold = g("codeforces", cs, False, "Codeforces-like blog comments: div.comment with a comment-table (avatar cell | info line, ttypography text), replies in div.comment-children; "
                                      "handle, 'Nov/21/2026 14:14' in a title over '2 weeks ago'; the rating can be negative (no likes in the gold)")
    write("codeforces", codeforces(cs), gold)
    # Scratch: handles only, replies one level under the root, @handle opens a reply (text); > 4 replies: 'See more replies' (hidden ones not on the page)
    cs = h16.thread(16, max_depth=3, likes=False, p_reply=0.55)
    roots(cs)
    keep = []
    for i, c in enumerate(cs):
        c["handle"] = handle(c["author"]).replace(".", "")
        reps = [j for j in range(len(cs)) if cs[j]["root"] == c["root"] and j != c["root"]]
        if c["root"] != i and reps.index(i) >= 4:
            continue
        keep.append(i)
    for i in keep:
        c = cs[i]
        c["shown"] = list(c["paras"])
        if c["parent"] is not None and c["parent"] != c["root"]:
            c["shown"][0] = "@%s %s" % (handle(cs[c["parent"]]["author"]).replace(".", ""), c["shown"][0])
    sc = [dict(cs[i]) for i in keep]
    idx = {old: new for new, old in enumerate(keep)}
    for k, c in enumerate(sc):
        c["root"] = idx[c["root"]]
        if c["parent"] is not None:
            # as ../heldout9's Yahoo and ../heldout12's Wykop: an opening "@name" inside a thread names the reply
            # answered (the latest earlier comment by that name in the thread), else the thread's root
            parent = c["root"]
            if c["shown"][0].startswith("@"):
                at = c["shown"][0].split(" ")[0][1:]
                for j in range(k - 1, c["root"] - 1, -1):
                    if sc[j]["handle"] == at and sc[j]["root"] == c["root"] if j != c["root"] else sc[j]["handle"] == at:
                        parent = j
                        break
            c["parent"] = parent
        c["author"] = c["handle"]
        c["goldText"] = "\n\n".join(c["shown"])
    write("scratch", scratch(sc), g("scratch", sc, False, "Scratch project comments: comment-container with one level of replies (a reply to a reply is shown under the root, "
                                                         "opening with '@handle', which is text; parent the latest earlier comment by that handle in the thread, as Yahoo's and Wykop's gold); relative age only; 'See more replies' hides the rest (not gold)", times=None))
    # MediaWiki Extension:Comments: flat list, a reply has class 'reply' and follows its top-level comment
    cs = h16.thread(12, max_depth=1, likes=True, p_reply=0.5)
    write("mwcomments", mwcomments(cs), g("mwcomments", cs, True, "MediaWiki Comments extension: flat div.c-item list, replies (one level) are 'c-item reply' after their parent; "
                                                                  "'posted 2 weeks ago' (no gold time); 'score: n' is likes", times=None))
    # Yahoo!-News-Japan-like: one reply level, some replies shown, '返信n件' toggles, a 'more' row for hidden replies
    cs = h16.thread(13, max_depth=1, likes=True, p_reply=0.45, names=["gul***", "東岸の住人", "ta_ka", "港のおばちゃん", "Kenji S.", "mrn", "フェリー通勤者", "sho-1", "潮見台", "yuu"])
    roots(cs)
    for i in h16.kids(cs, None):
        if i % 3 == 1:
            cs[i]["hidden"] = 2 + i % 4
    write("yahoojp", yahoojp(cs), g("yahoojp", cs, True, "Yahoo!-News-Japan-like comments (Japanese chrome): li.sc-comment-item with ul.sc-replies one level; 'M/D(曜) H:MM' with the ISO minute in datetime; "
                                                        "共感した n is likes (なるほど/うーん not); '返信n件' counts replies, hidden ones not gold; English comment text"))
    # NetEase-163-like: flat floors, newest first; a reply repeats its chain of floors (not its text; parent the innermost = last floor)
    cs = h16.thread(12, max_depth=3, likes=True, p_reply=0.5, spread=(4, 90))
    order = sorted(range(len(cs)), key=lambda i: cs[i]["time"])
    remap = {old: new for new, old in enumerate(order)}
    flat = []
    for old in order:
        c = dict(cs[old])
        c["parent"] = None if c["parent"] is None else remap[c["parent"]]
        flat.append(c)
    provinces = ["网易浙江省杭州市网友", "网易广东省深圳市手机网友", "网易北京市网友", "网易四川省成都市网友", "网易江苏省南京市网友", "网易湖北省武汉市网友"]
    loc = [provinces[(c["id"] // 13) % len(provinces)] for c in flat]
    page = netease(flat, loc)
    pg = list(reversed(flat))
    rmap = {old: new for new, old in enumerate(reversed(range(len(flat))))}
    for c in pg:
        c["parent"] = None if c["parent"] is None else rmap[c["parent"]]
    write("netease", page, g("netease", pg, True, "NetEase-163-like 'gai lou' comments (Chinese chrome): flat, newest first; a reply repeats the chain of floors it answers as nested boxes "
                                                  "(1, 2, ...; not its text; parent the last floor); location prefix '网易…网友' is not the author; '顶[n]' is likes"))
    # FAZ-like Lesermeinungen: subject line (not text), name (nick) - date - time, answers one level
    cs = h16.thread(11, max_depth=1, likes=True, p_reply=0.5)
    subjects = ["Typisch", "Und die Pendler?", "Zahlen bitte", "Re: Und die Pendler?", "Brücke ist keine Lösung", "Seltsame Prioritäten"]
    for k, c in enumerate(cs):
        c["nick"] = handle(c["author"])[:8]
        c["subject"] = subjects[k % len(subjects)]
    write("faz", faz(cs), g("faz", cs, True, "FAZ-like 'Lesermeinungen' (German chrome): name '(nick)' - dd.mm.yyyy - HH:MM head, a subject line (not text), answers one level in "
                                            "lay-Comments_Answers; 'Empfehlen (n)' is likes; 'Weitere Lesermeinungen laden'"))
    cs = h16.thread(12, max_depth=1, likes=True, p_reply=0.5)
    roots(cs)
    for i in h16.kids(cs, None):
        if i % 4 == 2:
            cs[i]["hidden"] = 3
    write("figaro", figaro(cs), g("figaro", cs, True, "Le-Figaro-like comments (French chrome): fig-comment with replies one level in fig-comment__replies; 'le 21/11/2026 à 14:14'; "
                                                     "an 'Abonné' badge after the name (not the author); 'n J'aime' is likes; 'Voir les n réponses' hides replies (not gold)"))
    cs = h16.thread(11, max_depth=2, likes=True, p_reply=0.45)
    write("detik", detik(cs), g("detik", cs, True, "Detik-like comments (Indonesian chrome): komentar-item nested in komentar-replies; 'dd Mon yyyy HH:MM' (Des for December); like count; 'Muat Komentar Lainnya'"))


if __name__ == "__main__":
    main()
