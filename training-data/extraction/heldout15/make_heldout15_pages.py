#!/usr/bin/python3
"""Writes the SIXTEENTH held-out round of comment threads (folder heldout15; HTML + w3m dumps): 11 pages in comment
widgets, wiki/app comment lists and news CMS markups no earlier gold folder covers (checked against ../DATASHEET.md,
every ../*/README.md, the "system" fields and file names in ../*/): Civil Comments, Thrive Comments, de:comments
(WordPress plugins), XWiki page comments, BookStack page comments (flat, 'In reply to #n'), a Techdirt-like thread
(subject lines, 'Nov 21st, 2026 @ 2:14pm'), a The-Conversation-like list ('In reply to X', job titles), a Delfi-like
Lithuanian news thread (IP fragments, up/down votes), Duoshuo (Chinese chrome), Nexus-Mods-like mod comments and a
Friendica (frio) thread. Each page has chrome around it (navigation, ads, share bars, related links, a form).
Scored on main before any rule for them. Content and gold from h15.py (seed 20261223). Usage: make_heldout15_pages.py [OUT_DIR]"""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import h15  # noqa: E402
from h15 import esc, handle, ago, ampm, R, NOW  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
TITLE = "Library to close on Sundays as mobile bus takes over"


def ps(c):
    return "".join("<p>%s</p>" % esc(p) for p in c["paras"])


def br(c):
    return "<br><br>".join(esc(p) for p in c["paras"])


def tree(cs, one):
    def rec(i):
        return one(i, "".join(rec(k) for k in h15.kids(cs, i)))
    return "".join(rec(i) for i in h15.kids(cs, None))


SHARE = ("<div class=\"share-bar\"><span>Share</span> <a class=\"share-facebook\" href=\"#\">Facebook</a> <a class=\"share-x\" href=\"#\">X</a> "
         "<a class=\"share-whatsapp\" href=\"#\">WhatsApp</a> <a class=\"share-email\" href=\"#\">Email</a> <a class=\"share-print\" href=\"#\">Print</a></div>")
AD = "<div class=\"ad-slot ad-mpu\" data-ad-unit=\"/2231/news/article_mpu\"><span class=\"ad-label\">Advertisement</span><iframe title=\"Advertisement\" width=\"300\" height=\"250\"></iframe></div>"
RELATED = ("<aside class=\"related\"><h3>%s</h3><ul><li><a href=\"/news/bins-fortnightly\">Bin collections to go fortnightly from April</a> <span>3 days ago</span></li>"
           "<li><a href=\"/news/pool-roof\">Leisure centre pool shut again after roof leak</a> <span>1 week ago</span></li>"
           "<li><a href=\"/news/quarry-street-parking\">Quarry Street parking permits to double in price</a> <span>2 weeks ago</span></li></ul></aside>")


def news(title, body, site, lang="en", nav=("News", "Sport", "Business", "Opinion", "Lifestyle"), related="Related stories", extra_head=""):
    art = ("<article class=\"story\"><h1 class=\"headline\">%s</h1><div class=\"byline\">By Staff reporter &middot; 17 November 2026</div>%s"
           "<div class=\"story-body\">%s</div>%s</article>") % (esc(title), SHARE, "".join("<p>%s</p>" % esc(p) for p in h15.STORY), SHARE)
    return ("<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s | %s</title>%s</head><body>"
            "<div class=\"top-ad\">%s</div><header class=\"masthead\"><a class=\"logo\" href=\"/\">%s</a><nav class=\"primary-nav\"><ul>%s</ul></nav>"
            "<form class=\"search\"><input type=\"search\" placeholder=\"Search\"><button>Go</button></form></header>"
            "<main class=\"main\">%s%s%s</main><aside class=\"rail\">%s<h3>Most read</h3><ol><li><a>Mayor defends new cycle lane</a></li><li><a>Fire at the old mill</a></li>"
            "<li><a>School places: the figures</a></li></ol></aside><footer class=\"site-footer\"><ul><li><a>About us</a></li><li><a>Contact</a></li><li><a>Privacy</a></li>"
            "<li><a>Cookie settings</a></li></ul><p>&copy; 2026 %s</p></footer></body></html>") % (
        lang, esc(title), esc(site), extra_head, AD, esc(site), "".join("<li><a href=\"#\">%s</a></li>" % n for n in nav), art, body,
        RELATED % related, AD, esc(site))


def blog(title, body, site, lang="en", nav=("Home", "Archive", "About", "Contact")):
    art = ("<article class=\"post\"><h1 class=\"entry-title\">%s</h1><div class=\"entry-meta\">Posted on <time>November 17, 2026</time> by the editor</div>"
           "<div class=\"entry-content\">%s</div>%s<div class=\"tags\">Tags: <a>library</a> <a>council</a> <a>Sunday</a></div></article>") % (
        esc(title), "".join("<p>%s</p>" % esc(p) for p in h15.STORY), SHARE)
    return ("<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s &#8211; %s</title></head><body>"
            "<header class=\"site-header\"><p class=\"site-title\"><a href=\"/\">%s</a></p><nav class=\"main-navigation\">%s</nav></header>"
            "<div class=\"site-content\"><main class=\"content-area\">%s%s<nav class=\"post-navigation\"><a rel=\"prev\">&larr; Previous: The bypass inquiry</a> "
            "<a rel=\"next\">Next: Market hall roof &rarr;</a></nav></main><aside class=\"widget-area\"><section class=\"widget\"><h2>Recent Posts</h2><ul><li><a>Bin day changes</a></li>"
            "<li><a>Quarry Street parking</a></li><li><a>Why the pool keeps closing</a></li></ul></section><section class=\"widget\"><h2>Archives</h2><ul><li><a>November 2026</a> (4)</li>"
            "<li><a>October 2026</a> (7)</li></ul></section></aside></div><footer class=\"site-footer\">Proudly powered by WordPress</footer></body></html>") % (
        lang, esc(title), esc(site), esc(site), " ".join("<a>%s</a>" % n for n in nav), art, body)


# --------------------------------------------------------------- widgets

def civil(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        return ("<li class=\"cc-thread-item\"><div class=\"cc-comment\" data-comment-id=\"%d\"><div class=\"cc-comment__header\"><span class=\"cc-comment__author\">%s</span>"
                "<span class=\"cc-comment__dot\">&middot;</span><time class=\"cc-comment__time\" datetime=\"%s\" title=\"%s\">%s</time></div>"
                "<div class=\"cc-comment__body\">%s</div><div class=\"cc-comment__footer\"><button class=\"cc-btn cc-btn--like\" aria-label=\"Like\"><span class=\"cc-icon-like\"></span> %s</button>"
                "<button class=\"cc-btn cc-btn--reply\">Reply</button><button class=\"cc-btn cc-btn--flag\">Flag</button></div></div>%s</li>") % (
            c["id"], esc(c["author"]), t.strftime("%Y-%m-%dT%H:%M:00Z"), t.strftime("%B %-d, %Y %-I:%M %p"), ago(t), ps(c),
            c["likes"] if c["likes"] else "", ("<ul class=\"cc-replies\">%s</ul>" % inner) if inner else "")
    body = ("<section id=\"comments\" class=\"comments\"><div id=\"civil-comments\" class=\"civil-comments-embed\" data-publication=\"valley-gazette\">"
            "<div class=\"cc-header\"><h3 class=\"cc-title\">Comments <span class=\"cc-count\">(%d)</span></h3><div class=\"cc-sort\"><button class=\"cc-sort--active\">Oldest</button> <button>Newest</button></div></div>"
            "<div class=\"cc-compose\"><textarea placeholder=\"Join the conversation\"></textarea><p class=\"cc-compose__note\">Before your comment is published you will rate two other comments for civility, and your own.</p>"
            "<button class=\"cc-btn cc-btn--primary\">Submit</button></div><ul class=\"cc-thread-list\">%s</ul>"
            "<div class=\"cc-footer\"><a href=\"#\">Community guidelines</a> &middot; Powered by <a href=\"#\">Civil Comments</a></div></div></section>") % (len(cs), tree(cs, one))
    return news(TITLE, body, "Valley Gazette")


def thrive(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        return ("<div class=\"tcm-comment-wrapper\" data-comment-id=\"%d\"><div class=\"tcm-comment-item tcm-color-ac\"><div class=\"tcm-comment-header\">"
                "<div class=\"tcm-avatar\"><img src=\"https://secure.gravatar.example/avatar/%x?s=48\" alt=\"\"></div><div class=\"tcm-comment-author\"><span class=\"tcm-author-name\">%s</span>"
                "<span class=\"tcm-comment-date\">%s at %s</span></div></div><div class=\"tcm-comment-content\">%s</div>"
                "<div class=\"tcm-comment-actions\"><span class=\"tcm-vote tcm-upvote\"><svg class=\"tcm-svg-icon\"><use xlink:href=\"#tcm-thumbs-up\"></use></svg><span class=\"tcm-vote-count\">%d</span></span>"
                "<span class=\"tcm-vote tcm-downvote\"><svg class=\"tcm-svg-icon\"><use xlink:href=\"#tcm-thumbs-down\"></use></svg></span>"
                "<a class=\"tcm-reply-link\" href=\"#\">Reply</a> <a class=\"tcm-share-link\" href=\"#\">Share</a></div></div>%s</div>") % (
            c["id"], sum(map(ord, c["author"])) * 4099, esc(c["author"]), t.strftime("%B %-d, %Y"), t.strftime("%-I:%M %p").lower(), ps(c), c["likes"],
            ("<div class=\"tcm-comment-children\">%s</div>" % inner) if inner else "")
    body = ("<div id=\"thrive-comments\" class=\"tcm-comments-wrapper tcm-dark\"><div class=\"tcm-comments-header\"><h3>%d Comments</h3>"
            "<div class=\"tcm-sort\"><span>Sort by</span> <a class=\"tcm-active\">Newest</a> <a>Oldest</a> <a>Most upvoted</a></div></div>"
            "<div class=\"tcm-comment-form\"><h4>Leave a Reply:</h4><textarea placeholder=\"Add comment...\"></textarea><input placeholder=\"Name*\"> <input placeholder=\"Email*\"> "
            "<button class=\"tcm-submit\">Post Comment</button></div><div class=\"tcm-comments-list\">%s</div>"
            "<div class=\"tcm-load-more\"><button>Load more comments</button></div></div>") % (len(cs), tree(cs, one))
    return blog(TITLE, body, "Quarry Street Notes")


def decomments(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        return ("<div class=\"decomments-comment-block\" id=\"decomments-comment-%d\" data-level=\"%d\"><div class=\"decomments-comment-wrap\">"
                "<div class=\"decomments-avatar\"><img src=\"/wp-content/uploads/avatars/%d.png\" width=\"60\"></div><div class=\"decomments-content-wrap\">"
                "<div class=\"decomments-head\"><span class=\"decomments-author\">%s</span><span class=\"decomments-date\">%s</span>"
                "<span class=\"decomments-vote\"><a class=\"decomments-like-link\" title=\"Like\"><i class=\"decomments-icon-like\"></i></a><span class=\"decomments-rating-count\">%s</span>"
                "<a class=\"decomments-dislike-link\" title=\"Dislike\"><i class=\"decomments-icon-dislike\"></i></a></span></div>"
                "<div class=\"decomments-text\">%s</div><div class=\"decomments-footer\"><a class=\"decomments-reply-link\" href=\"#\">Reply</a> <a class=\"decomments-quote-link\">Quote</a></div></div></div>%s</div>") % (
            c["id"], c["depth"] + 1, c["id"] % 97, esc(c["author"]), t.strftime("%d.%m.%Y at %H:%M"), ("+%d" % c["likes"]) if c["likes"] else "0", ps(c),
            ("<div class=\"decomments-children\">%s</div>" % inner) if inner else "")
    body = ("<div id=\"comments\" class=\"decomments-comments-container\"><div class=\"decomments-head-block\"><h3>Discussion <span class=\"decomments-comments-number\">%d</span></h3>"
            "<div class=\"decomments-sort\">Sort by: <a class=\"active\">oldest</a> | <a>newest</a> | <a>best rated</a></div>"
            "<div class=\"decomments-subscribe\"><a>Subscribe</a></div></div><div class=\"decomments-addform\"><textarea placeholder=\"Your comment...\"></textarea>"
            "<button class=\"decomments-button-send\">Send</button></div><div class=\"decomments-comment-list\">%s</div></div>") % (len(cs), tree(cs, one))
    return blog(TITLE, body, "Readers of the North Side", nav=("Blog", "Events", "Volunteer", "Donate"))


def xwiki(cs):
    def one(i, inner):
        c = cs[i]
        h = c["author"].replace(" ", "").replace(".", "")
        return ("<div class=\"commentthread\"><div id=\"xwikicomment_%d\" class=\"reply xwikicomment\"><div class=\"commentavatar\"><img class=\"avatar\" src=\"/xwiki/bin/skin/resources/icons/xwiki/noavatar.png\" alt=\"%s\"></div>"
                "<div class=\"commentheader\"><div><span class=\"commentauthor\"><a href=\"/xwiki/bin/view/XWiki/%s\">%s</a></span> <span class=\"commentdate\">%s</span></div>"
                "<span class=\"commentactions\"><a class=\"commentreply\" href=\"?replyto=%d#commentform\">Reply</a> <a class=\"permalink\" href=\"#xwikicomment_%d\" title=\"Permalink\">Permalink</a></span></div>"
                "<div class=\"commentcontent\">%s</div></div>%s</div>") % (
            c["id"], esc(c["author"]), h, esc(c["author"]), c["time"].strftime("%Y/%m/%d %H:%M"), c["id"], c["id"], ps(c), inner)
    body = ("<div id=\"xwikidata\"><div id=\"docextrapanes\"><div id=\"docextratabs\" class=\"xwikitabbar\"><ul><li id=\"Commentstab\" class=\"active\"><a>Comments (%d)</a></li>"
            "<li id=\"Attachmentstab\"><a>Attachments (2)</a></li><li id=\"Historytab\"><a>History</a></li><li id=\"Informationtab\"><a>Information</a></li></ul></div>"
            "<div id=\"commentspane\" class=\"xwikiintracontent\"><div id=\"_comments\">%s</div>"
            "<form id=\"AddComment\" action=\"#\"><fieldset class=\"expanded\"><legend>Add comment</legend><label>Your name</label><input name=\"author\">"
            "<textarea id=\"XWiki.XWikiComments_comment\"></textarea><span class=\"buttonwrapper\"><input type=\"submit\" value=\"Add comment\"></span></fieldset></form></div></div></div>") % (len(cs), tree(cs, one))
    page = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sunday closure: options paper - Friends of the Library Wiki</title></head><body>"
            "<div id=\"menuview\"><nav class=\"navbar\"><a class=\"navbar-brand\">XWiki</a><ul class=\"nav\"><li><a>Home</a></li><li><a>Meetings</a></li><li><a>Campaigns</a></li></ul>"
            "<form id=\"globalsearch\"><input placeholder=\"Search\"></form></nav></div><div id=\"hierarchy\"><ol class=\"breadcrumb\"><li><a>Home</a></li><li><a>Campaigns</a></li><li>Sunday closure: options paper</li></ol></div>"
            "<div id=\"mainContentArea\"><div id=\"document-title\"><h1>Sunday closure: options paper</h1></div><div class=\"xdocLastModification\">Last modified by Orla Kennedy on 2026/11/17 09:30</div>"
            "<div id=\"xwikicontent\"><h2>Background</h2>%s<h2>Options</h2><ol><li>Keep Sunday opening with volunteers</li><li>Run the mobile bus on Sundays</li><li>Accept the closure</li></ol></div>"
            "%s</div><div id=\"rightPanels\" class=\"panels right\"><div class=\"panel\"><h1 class=\"xwikipaneltitle\">Recently modified</h1><ul><li><a>Meeting notes 12 Nov</a></li><li><a>Volunteer rota</a></li></ul></div></div>"
            "<div id=\"footerglobal\"><div id=\"xwikilicence\">This wiki is licensed under a Creative Commons 2.0 license</div><div id=\"xwikiplatformversion\">XWiki 15.10.4</div></div></body></html>") % (
        "".join("<p>%s</p>" % esc(p) for p in h15.STORY), body)
    return page


def bookstack(cs, nums):
    rows = []
    for i, c in enumerate(cs):
        t = c["time"]
        rep = ""
        if c["parent"] is not None:
            rep = "<div class=\"reply-row primary-background-light text-muted px-s py-xs mb-s\">In reply to <a href=\"#comment%d\">#%d</a></div>" % (nums[c["parent"]], nums[c["parent"]])
        rows.append(("<div class=\"comment-box mb-m\" comment=\"\" local-id=\"%d\" id=\"comment%d\"><div class=\"header p-s\"><div class=\"grid half left-focus no-gap v-center\">"
                     "<div class=\"meta text-muted text-small\"><a href=\"#comment%d\">#%d</a> &nbsp;&nbsp;<img width=\"50\" src=\"/uploads/images/user/%d.png\" class=\"avatar\" alt=\"%s\">&nbsp;"
                     "<a href=\"/user/%s\">%s</a> commented <span title=\"%s\">%s</span></div>"
                     "<div class=\"actions text-right\"><button type=\"button\" class=\"text-button\" action=\"reply\" title=\"Reply\"><svg class=\"svg-icon\"></svg></button></div></div></div>"
                     "<div class=\"content px-s pb-s\">%s%s</div></div>") % (
            nums[i], nums[i], nums[i], nums[i], nums[i] * 3, esc(c["author"]), handle(c["author"]), esc(c["author"]), t.strftime("%Y-%m-%d %H:%M:%S"), ago(t), rep, ps(c)))
    body = ("<section component=\"page-comments\" class=\"comments-list\" aria-label=\"Comments\"><div class=\"grid half left-focus v-center no-row-gap\">"
            "<h5 class=\"comments-title\">%d Comments</h5><div class=\"text-right\"><button type=\"button\" class=\"button outline\">Add Comment</button></div></div>"
            "<div class=\"comment-container\">%s</div></section>") % (len(cs), "".join(rows))
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sunday closure FAQ | Library Staff Handbook</title></head><body class=\"shelves\">"
            "<header id=\"header\" class=\"primary-background\"><a class=\"logo\" href=\"/\"><span class=\"logo-text\">Library Staff Handbook</span></a><div class=\"search-box\"><input placeholder=\"Search\"></div>"
            "<nav class=\"header-links\"><a>Shelves</a> <a>Books</a> <a>Settings</a> <a>Log in</a></nav></header>"
            "<div class=\"tri-layout-container\"><div class=\"tri-layout-left\"><nav class=\"book-tree\"><h5>Branch operations</h5><ul><li><a>Opening hours</a></li><li><a class=\"selected\">Sunday closure FAQ</a></li><li><a>Mobile library bus</a></li></ul></nav></div>"
            "<div class=\"tri-layout-middle\"><main class=\"content-wrap card\"><div class=\"page-content\"><h1>Sunday closure FAQ</h1>%s</div></main>"
            "<div class=\"container small p-none mb-xl\">%s</div></div><div class=\"tri-layout-right\"><div class=\"entity-meta\"><div>Revision #4</div><div>Created 2 weeks ago by Ewan McLeod</div>"
            "<div>Updated 3 days ago by Orla Kennedy</div></div><div class=\"actions\"><a>Revisions</a> <a>Export</a></div></div></div></body></html>") % (
        "".join("<p>%s</p>" % esc(p) for p in h15.STORY), body)


def ordinal(d):
    return "%d%s" % (d, "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def techdirt(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        root = i
        while cs[root]["parent"] is not None:
            root = cs[root]["parent"]
        subj = "Re: " * c["depth"] + cs[root]["subject"]
        anon = c["author"] == "Anonymous Coward"
        who = ("<span class=\"cmt-author\">%s</span>" % esc(c["author"])) if anon else ("<span class=\"cmt-author\"><a href=\"/user/%s/\">%s</a></span> (<a class=\"cmt-profile\">profile</a>)" % (handle(c["author"]), esc(c["author"])))
        return ("<li class=\"comment %s\" id=\"c%d\"><div class=\"cmt-head\"><h3 class=\"cmt-subject\"><a href=\"#c%d\">%s</a></h3>"
                "<div class=\"cmt-meta\">%s, <span class=\"cmt-date\">%s %s, %d @ %s</span></div></div><div class=\"cmt-body\">%s</div>"
                "<div class=\"cmt-tools\"><span class=\"cmt-vote\">Vote: <a>Insightful</a> <a>Funny</a></span> <a class=\"cmt-flag\">Flag</a> <a class=\"cmt-reply\">Reply</a> <a class=\"cmt-link\">Link</a></div>%s</li>") % (
            "anon" if anon else "registered", c["id"], c["id"], esc(subj), who, t.strftime("%b"), ordinal(t.day), t.year, t.strftime("%-I:%M%p").lower(), ps(c),
            ("<ol class=\"cmt-replies\">%s</ol>" % inner) if inner else "")
    body = ("<div id=\"comments\" class=\"comments-section\"><h2>%d Comments | <a href=\"#newcomment\">Leave a Comment</a></h2><p class=\"cmt-filter\">Filter: <a>Insightful</a> <a>Funny</a> <a>All</a> "
            "<a>Threaded</a> <a>Flat</a></p><ol class=\"comment-list\">%s</ol><div id=\"newcomment\"><h2>Add Your Comment</h2><p>Have a Techdirt Account? Sign in now. Want one? Register here</p>"
            "<input placeholder=\"Name\"><input placeholder=\"Subject\"><textarea></textarea><button>Preview</button> <button>Submit</button></div></div>") % (len(cs), tree(cs, one))
    return news(TITLE, body, "Lib Dirt", nav=("Home", "Free Speech", "Copyright", "Privacy", "Podcast"), related="Read more")


def conversation(cs, titles):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        rep = ""
        if c["parent"] is not None:
            rep = "<div class=\"in-reply-to\">In reply to <a href=\"#comment_%d\">%s</a></div>" % (cs[c["parent"]]["id"], esc(cs[c["parent"]]["author"]))
        title = titles.get(c["author"])
        return ("<div class=\"comment %s\" id=\"comment_%d\"><div class=\"comment-header\"><div class=\"avatar\"><img src=\"https://images.theconv.example/avatars/%d/width64/image.jpg\" alt=\"\"></div>"
                "<div class=\"comment-byline\"><a class=\"commenter-name\" href=\"/profiles/%s-%d\">%s</a>%s</div>%s"
                "<a class=\"comment-permalink\" href=\"#comment_%d\"><time datetime=\"%s\" title=\"%s\">%s</time></a></div>"
                "<div class=\"comment-body\">%s</div><div class=\"comment-actions\"><a class=\"reply\">Reply</a> <a class=\"report\">Report</a></div>%s</div>") % (
            "reply" if c["parent"] is not None else "top-level", c["id"], c["id"] % 900, handle(c["author"]).replace("_", "-"), c["id"], esc(c["author"]),
            ("<span class=\"commenter-job\">%s</span>" % esc(title)) if title else "", rep, c["id"], t.strftime("%Y-%m-%dT%H:%M:00Z"), t.strftime("%B %-d, %Y %-I.%M%p").replace("AM", "am").replace("PM", "pm"), ago(t), ps(c),
            ("<div class=\"comment-replies\">%s</div>" % inner) if inner else "")
    body = ("<section id=\"comments\" class=\"comments\"><h2 class=\"comments-heading\">Comments</h2><p class=\"comments-policy\">Comments on this article are closed. "
            "<a>Read our community standards</a>.</p><div class=\"comments-sort\"><label>Sort by</label> <select><option>Oldest</option><option>Newest</option></select></div>"
            "<div class=\"comments-list\">%s</div></section>") % tree(cs, one)
    return news("Sunday library closures are a false economy", body, "The Conversation-like", nav=("Arts + Culture", "Business + Economy", "Education", "Politics + Society", "Science + Tech"),
                related="You might also like")


def delfi(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        ip = "%d.%d.%d.xxx" % (78 + c["id"] % 20, c["id"] % 250, (c["id"] * 7) % 250)
        return ("<div class=\"comment%s\" data-comment-id=\"%d\"><div class=\"comment-head\"><span class=\"comment-author\">%s</span> <span class=\"comment-ip\">IP: %s</span> "
                "<span class=\"comment-date\">%s</span></div><div class=\"comment-content\">%s</div><div class=\"comment-actions\"><a class=\"comment-reply\">Atsakyti</a> "
                "<span class=\"vote vote-up\"><i class=\"icon-thumb-up\"></i>%d</span> <span class=\"vote vote-down\"><i class=\"icon-thumb-down\"></i>%d</span> "
                "<a class=\"comment-report\">Pranešti</a></div>%s</div>") % (
            " comment-reply-item" if c["parent"] is not None else "", c["id"], esc(c["author"]), ip, t.strftime("%Y-%m-%d %H:%M"), ps(c), c["likes"], (c["likes"] * 3 + 1) % 9,
            ("<div class=\"comment-replies\">%s</div>" % inner) if inner else "")
    body = ("<section class=\"comments-block\"><div class=\"comments-header\"><h2>Komentarai</h2><div class=\"comments-tabs\"><a class=\"active\">Anoniminiai (%d)</a> <a>Registruotų (0)</a></div>"
            "<div class=\"comments-sort\"><a class=\"active\">Seniausi</a> <a>Naujausi</a> <a>Populiariausi</a></div></div>"
            "<div class=\"comment-form\"><input placeholder=\"Vardas\"><textarea placeholder=\"Komentaras\"></textarea><p>Komentuodami sutinkate su taisyklėmis.</p><button>Komentuoti</button></div>"
            "<div class=\"comments-list\">%s</div><div class=\"comments-more\"><a>Rodyti daugiau komentarų</a></div></section>") % (len(cs), tree(cs, one))
    return news(TITLE, body, "Delfi-like", lang="lt", nav=("Naujienos", "Verslas", "Sportas", "Pramogos", "Mokslas"), related="Susiję straipsniai")


def duoshuo(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        return ("<li class=\"ds-post\" data-post-id=\"%d\"><div class=\"ds-post-self\" data-post-id=\"%d\" data-thread-id=\"6254\" data-root-id=\"0\" data-source=\"duoshuo\">"
                "<div class=\"ds-avatar\" data-user-id=\"%d\"><a rel=\"nofollow author\" target=\"_blank\" href=\"http://duoshuo.example/profile/%d/\" title=\"%s\"><img src=\"http://ds.cdn.example/avatar/%d.jpg\" alt=\"%s\"></a></div>"
                "<div class=\"ds-comment-body\"><div class=\"ds-comment-header\"><a class=\"ds-user-name ds-highlight\" data-qqt-account=\"true\" href=\"http://duoshuo.example/profile/%d/\" rel=\"nofollow\" target=\"_blank\" data-user-id=\"%d\">%s</a></div>"
                "%s<div class=\"ds-comment-footer ds-comment-actions\"><span class=\"ds-time\" title=\"%s\">%s</span><a class=\"ds-post-reply\" href=\"javascript:void(0);\"><span class=\"ds-icon ds-icon-reply\"></span>回复</a>"
                "<a class=\"ds-post-likes\" href=\"javascript:void(0);\"><span class=\"ds-icon ds-icon-like\"></span>顶(%d)</a><a class=\"ds-post-repost\" href=\"javascript:void(0);\"><span class=\"ds-icon ds-icon-share\"></span>转发</a>"
                "<a class=\"ds-post-report\" href=\"javascript:void(0);\"><span class=\"ds-icon ds-icon-report\"></span>举报</a></div></div></div>%s</li>") % (
            c["id"], c["id"], c["id"] * 11, c["id"] * 11, esc(c["author"]), c["id"], esc(c["author"]), c["id"] * 11, c["id"] * 11, esc(c["author"]), ps(c),
            t.strftime("%Y年%-m月%-d日 %H:%M"), t.strftime("%-m月%-d日"), c["likes"], ("<ul class=\"ds-children\">%s</ul>" % inner) if inner else "")
    body = ("<div class=\"ds-thread\" id=\"ds-thread\"><div id=\"ds-reset\"><div class=\"ds-meta\"><a href=\"javascript:void(0)\" class=\"ds-like-thread-button ds-rounded\"><span class=\"ds-icon ds-icon-heart\"></span> <span class=\"ds-thread-like-text\">喜欢</span></a>"
            "<span class=\"ds-like-panel\"><span class=\"ds-highlight\">37</span> 人喜欢</span></div><div class=\"ds-comments-info\"><div class=\"ds-sort\"><a class=\"ds-order-desc ds-current\">最新</a><a class=\"ds-order-asc\">最早</a><a class=\"ds-order-hot\">最热</a></div>"
            "<ul class=\"ds-comments-tabs\"><li class=\"ds-tab\"><a class=\"ds-comments-tab-duoshuo ds-current\" href=\"javascript:void(0);\"><span class=\"ds-highlight\">%d</span>条评论</a></li>"
            "<li class=\"ds-tab\"><a class=\"ds-comments-tab-weibo\" href=\"javascript:void(0);\"><span class=\"ds-service-icon ds-weibo\"></span>新浪微博</a></li></ul></div>"
            "<ul class=\"ds-comments\">%s</ul><div class=\"ds-paginator\"><div class=\"ds-border\"></div><a data-page=\"1\" class=\"ds-current\">1</a></div>"
            "<a name=\"respond\"></a><div class=\"ds-login-buttons\"><p>社交帐号登录:</p><div class=\"ds-social-links\"><a class=\"ds-weibo\">微博</a> <a class=\"ds-qq\">QQ</a> <a class=\"ds-renren\">人人</a> <a class=\"ds-douban\">豆瓣</a></div></div>"
            "<div class=\"ds-replybox\"><form method=\"post\"><div class=\"ds-textarea-wrapper ds-rounded-top\"><textarea name=\"message\" title=\"Ctrl+Enter快捷提交\" placeholder=\"说点什么吧…\"></textarea></div>"
            "<div class=\"ds-post-toolbar\"><div class=\"ds-post-options ds-gradient-bg\"></div><button class=\"ds-post-button\" type=\"submit\">发布</button></div></form></div>"
            "<p class=\"ds-powered-by\"><a href=\"http://duoshuo.example\" target=\"_blank\" rel=\"nofollow\">多说</a></p></div></div>") % (len(cs), tree(cs, one))
    page = ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>图书馆周日闭馆 | 小镇读书笔记</title></head><body><div id=\"page\"><header id=\"masthead\"><h1 class=\"site-title\"><a>小镇读书笔记</a></h1>"
            "<nav><a>首页</a> <a>归档</a> <a>标签</a> <a>关于</a></nav></header><div id=\"content\"><article class=\"post\"><h1 class=\"entry-title\">Library to close on Sundays</h1>"
            "<div class=\"entry-meta\">发表于 2026年11月17日 | 分类: <a>本地</a> | <a href=\"#comments\">%d 条评论</a></div><div class=\"entry-content\">%s</div>"
            "<div class=\"bdsharebuttonbox\"><a class=\"bds_more\">分享到：</a><a class=\"bds_tsina\">新浪微博</a><a class=\"bds_weixin\">微信</a><a class=\"bds_qzone\">QQ空间</a></div></article>"
            "<div id=\"comments\">%s</div></div><aside id=\"secondary\"><h3>最新文章</h3><ul><li><a>垃圾回收改为两周一次</a></li><li><a>游泳馆又关了</a></li></ul><h3>文章归档</h3><ul><li><a>2026年11月</a> (4)</li><li><a>2026年10月</a> (6)</li></ul></aside>"
            "<footer>&copy; 2026 小镇读书笔记 · 京ICP备12345678号</footer></div></body></html>") % (len(cs), "".join("<p>%s</p>" % esc(p) for p in h15.STORY), body)
    return page


def nexus(cs, roles):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        kid = c["parent"] is not None
        return ("<li class=\"comment%s\" id=\"comment-%d\"><div class=\"comment-head clearfix\"><div class=\"comment-avatar\"><a href=\"/users/%d\"><img src=\"https://avatars.nexus.example/%d.jpg\" alt=\"%s\"></a></div>"
                "<div class=\"comment-details\"><a class=\"comment-name\" href=\"/users/%d\">%s</a><span class=\"comment-role\">%s</span>"
                "<ul class=\"comment-stats clearfix\"><li class=\"comment-posts\"><span class=\"comment-label\">Posts:</span> %d</li><li class=\"comment-kudos\"><span class=\"comment-label\">Kudos:</span> %d</li></ul>"
                "<time class=\"date\" datetime=\"%s\">%s</time></div><div class=\"comment-actions\"><ul><li><a class=\"btn\">Reply</a></li><li><a class=\"btn\">Report</a></li></ul></div></div>"
                "<div class=\"comment-content\"><div class=\"comment-content-text\">%s</div></div>%s</li>") % (
            " comment-kid" if kid else "", c["id"], 1000 + c["id"], c["id"], esc(c["author"]), 1000 + c["id"], esc(c["author"]), roles.get(c["author"], "Member"),
            (c["id"] * 37) % 4000, (c["id"] * 13) % 300, t.strftime("%Y-%m-%d %H:%M"), t.strftime("%d %B %Y, %-I:%M%p"), br(c),
            ("<ol class=\"comment-kids\">%s</ol>" % inner) if inner else "")
    body = ("<div class=\"tabcontent tabcontent-mod-page\" id=\"tab-posts\"><div class=\"comment-nav clearfix\"><h2>Posts</h2><div class=\"pagination\"><ul><li><a class=\"page-selected\">1</a></li></ul></div>"
            "<a class=\"btn inline-flex\">Add comment</a></div><div class=\"comment-container\"><ol class=\"comment-list\">%s</ol></div></div>") % tree(cs, one)
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Quarry Street Library Interior at Stardew Valley-like Nexus - Mods and community</title></head><body>"
            "<header id=\"head\"><a class=\"nexus-logo\">Nexus-like Mods</a><nav><a>Games</a> <a>Mods</a> <a>Collections</a> <a>Media</a> <a>Community</a> <a>Support</a></nav>"
            "<div class=\"rj-ad\">%s</div></header><div id=\"mainContent\"><div id=\"pagetitle\"><h1>Quarry Street Library Interior</h1><ul class=\"stats\"><li>Endorsements 1,204</li><li>Unique DLs 38,112</li><li>Version 2.3</li></ul></div>"
            "<ul class=\"modtabs\"><li><a>Description</a></li><li><a>Files</a></li><li><a>Images</a></li><li class=\"selected\"><a>Posts %d</a></li><li><a>Bugs</a></li><li><a>Logs</a></li></ul>"
            "<div class=\"mod-description\"><p>Rebuilds the town library interior with a Sunday-closed sign, a mobile library bus on the estates route and a working reading room.</p></div>"
            "%s</div><footer><p>Support Nexus-like Mods: go Premium. &copy; 2026 Black Tree-like Gaming Ltd.</p><a>Terms</a> <a>Privacy</a></footer></body></html>") % (AD, len(cs), body)


def friendica(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        lvl = c["depth"] + 2
        likes = ("<div class=\"wall-item-responses\"><div class=\"wall-item-like\" id=\"wall-item-like-%d\"><a class=\"fakelink\">%d people</a> like this</div></div>" % (c["id"], c["likes"])) if c["likes"] else ""
        return ("<li class=\"thread-wrapper thread_level_%d comment-wrapper\" id=\"item-%d\"><div class=\"media wall-item-container\"><div class=\"hover-card-content wall-item-photo-wrapper\">"
                "<a href=\"https://social.example/profile/%s\" class=\"userinfo\"><img class=\"contact-photo media-object\" src=\"/photo/contact/%d.jpg\" alt=\"%s\"></a></div>"
                "<div class=\"media-body\"><div class=\"media-heading\"><h5 class=\"wall-item-name\"><a href=\"https://social.example/profile/%s\" class=\"wall-item-name-link userinfo\">%s</a></h5>"
                "<small><a class=\"time\" href=\"/display/%d\"><span class=\"wall-item-ago\" title=\"%s\">%s</span></a></small></div>"
                "<div class=\"wall-item-content\"><div class=\"wall-item-body e-content p-name\">%s</div></div>%s"
                "<div class=\"wall-item-actions\"><button class=\"btn-link button-likes\" title=\"I like this\"><i class=\"fa fa-thumbs-up\"></i> Like</button> "
                "<button class=\"btn-link\" title=\"Reply\"><i class=\"fa fa-reply\"></i> Reply</button></div></div></div>%s</li>") % (
            lvl, c["id"], handle(c["author"]), c["id"], esc(c["author"]), handle(c["author"]), esc(c["author"]), c["id"], t.strftime("%a %b %d %H:%M:%S %Y"), ago(t), ps(c), likes,
            ("<ul class=\"comments-list\">%s</ul>" % inner) if inner else "")
    root = ("<li class=\"thread-wrapper toplevel_item\" id=\"item-6000\"><div class=\"media wall-item-container\"><div class=\"wall-item-photo-wrapper\"><img class=\"contact-photo\" src=\"/photo/contact/1.jpg\" alt=\"Friends of Quarry Street Library\"></div>"
            "<div class=\"media-body\"><h4 class=\"wall-item-name\"><a class=\"wall-item-name-link\">Friends of Quarry Street Library</a></h4><small><span class=\"wall-item-ago\" title=\"Tue Nov 17 09:30:00 2026\">3 weeks ago</span></small>"
            "<div class=\"wall-item-content\"><div class=\"wall-item-title\"><h4>Library to close on Sundays</h4></div><div class=\"wall-item-body\">%s</div></div>"
            "<div class=\"wall-item-responses\"><div class=\"wall-item-like\">41 people like this</div><div class=\"wall-item-share\">12 people reshared this</div></div></div></div>"
            "<div class=\"wall-item-comment-wrapper\"><ul class=\"comments-list\">%s</ul></div></li>") % ("".join("<p>%s</p>" % esc(p) for p in h15.STORY), tree(cs, one))
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Friends of Quarry Street Library: Library to close on Sundays</title></head><body>"
            "<nav id=\"topbar\" class=\"navbar\"><a class=\"navbar-brand\">Friendica</a><ul class=\"nav\"><li><a>Network</a></li><li><a>Community</a></li><li><a>Events</a></li><li><a>Contacts</a></li></ul>"
            "<form id=\"search-form\"><input placeholder=\"Search\"></form></nav><aside id=\"left_aside_wrapper\"><div class=\"vcard\"><div class=\"fn\">Friends of Quarry Street Library</div><div class=\"title\">Group</div>"
            "<dl class=\"location\"><dt>Location:</dt><dd>Quarry Street</dd></dl><dl><dt>Members:</dt><dd>212</dd></dl></div></aside>"
            "<section id=\"content\"><div class=\"tread-wrapper\"><ul class=\"thread\">%s</ul></div></section><aside id=\"right_aside_wrapper\"><h3>Trending tags</h3><a>#libraries</a> <a>#localgov</a></aside>"
            "<footer>Friendica 2024.03 &middot; <a>Terms of Service</a></footer></body></html>") % root


def main():
    write = h15.writer(OUT)

    def g(name, cs, likes, note, times="minute", fetched=None, zero_shown=True):
        return h15.gold_of(name, name, cs, False, likes, times=times, note=note, fetched=fetched, zero_shown=zero_shown)

    cs = h15.thread(12, max_depth=2, likes=True, p_reply=0.45)
    write("civil", civil(cs), g("civil", cs, True, "Civil Comments (rendered): ul.cc-thread-list with ul.cc-replies; relative age with the ISO minute in datetime; the count after the Like button is likes (empty when 0)",
                                fetched=NOW, zero_shown=False))
    cs = h15.thread(11, max_depth=2, likes=True, p_reply=0.5)
    write("thrive", thrive(cs), g("thrive", cs, True, "Thrive Comments (WordPress): div.tcm-comment-wrapper trees in tcm-comment-children; 'November 21, 2026 at 2:14 pm'; the up-vote count is likes"))
    cs = h15.thread(12, max_depth=3, likes=True, p_reply=0.5)
    write("decomments", decomments(cs), g("decomments", cs, True, "de:comments (WordPress): div blocks with data-level nested in decomments-children; '21.11.2026 at 14:14'; rating '+12' is likes"))
    cs = h15.thread(10, max_depth=3, likes=False, p_reply=0.55)
    write("xwiki", xwiki(cs), g("xwiki", cs, False, "XWiki page comments: div.commentthread holding a comment and its replies' threads; 'YYYY/MM/DD HH:MM'; no likes"))
    cs = h15.thread(11, max_depth=2, likes=False, p_reply=0.45)
    # BookStack (before v23) lists comments flat in time order, a reply carrying 'In reply to #n'
    order = sorted(range(len(cs)), key=lambda i: cs[i]["time"])
    remap = {old: new for new, old in enumerate(order)}
    flat = []
    for old in order:
        c = dict(cs[old])
        c["parent"] = None if c["parent"] is None else remap[c["parent"]]
        flat.append(c)
    nums = [3 + i * 2 + (i % 3 == 2) for i in range(len(flat))]
    write("bookstack", bookstack(flat, nums), g("bookstack", flat, False, "BookStack page comments (before v23): flat in time order, a reply opens with 'In reply to #n' (not text; parent: comment #n); "
                                                "'#n Name commented 2 weeks ago' with the minute in a title", fetched=NOW))
    cs = h15.thread(12, max_depth=3, likes=False, p_reply=0.55)
    for k, c in enumerate(cs):
        if k % 4 == 1:
            c["author"] = "Anonymous Coward"
        c["subject"] = ["Sunday closure", "Buses don't carry books", "Follow the lease", "Survey theatre", "Not the first time"][k % 5]
    write("techdirt", techdirt(cs), g("techdirt", cs, False, "Techdirt-like: nested ol.cmt-replies; a subject line ('re: ...' on replies) heads each comment (not text); "
                                      "'Name (profile), Nov 21st, 2026 @ 2:14pm'; 'Anonymous Coward' is the author of anonymous comments; Insightful/Funny are buttons, no counts"))
    cs = h15.thread(11, max_depth=1, likes=False, p_reply=0.5)
    titles = {"Orla Kennedy": "Retired school librarian", "Henrik Dahl": "Lecturer in Public Policy, Valley University", "Meera Iyer": "PhD candidate", "Ewan McLeod": "Parish councillor"}
    write("conversation", conversation(cs, titles), g("conversation", cs, False, "The-Conversation-like: comment-replies one level deep with 'In reply to X' (not text); the name's job title under it is not the author; "
                                                      "relative age, the ISO minute in datetime", fetched=NOW))
    cs = h15.thread(12, max_depth=2, likes=True, p_reply=0.45)
    for c in cs:
        c["author"] = c["author"].split(" ")[0]
    write("delfi", delfi(cs), g("delfi", cs, True, "Delfi-like Lithuanian news comments: nested comment-replies; first names, 'IP: 78.1.7.xxx' after the name (not author); 'YYYY-MM-DD HH:MM'; "
                                "the thumbs-up count is likes, the thumbs-down one is not"))
    cs = h15.thread(11, max_depth=3, likes=True, p_reply=0.5)
    write("duoshuo", duoshuo(cs), g("duoshuo", cs, True, "Duoshuo (Chinese chrome): li.ds-post trees in ul.ds-children; '11月21日' shown with '2026年11月21日 14:14' in a title; '顶(n)' is likes"))
    cs = h15.thread(11, max_depth=1, likes=False, p_reply=0.5)
    roles = {"Kit": "Mod author", "Orla Kennedy": "Premium member", "old_codex": "Supporter", "Tobias Lindqvist": "Premium member"}
    write("nexusmods", nexus(cs, roles), g("nexusmods", cs, False, "Nexus-Mods-like mod posts: ol.comment-list with ol.comment-kids one level deep; a role ('Premium member', 'Mod author') and "
                                           "Posts/Kudos counts beside the name (not likes); '21 November 2026, 2:14PM'"))
    cs = h15.thread(10, max_depth=2, likes=True, p_reply=0.5)
    write("friendica", friendica(cs), g("friendica", cs, True, "Friendica (frio): the group post is the article; comments li.thread_level_2.. in ul.comments-list; relative age with "
                                        "'Sat Nov 21 14:14:00 2026' in a title; 'n people like this' is likes (absent when 0)", fetched=NOW, zero_shown=False))


if __name__ == "__main__":
    main()
