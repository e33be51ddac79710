#!/usr/bin/python3
"""Writes the FIFTEENTH held-out round of comment threads (folder heldout14; HTML + w3m dumps): 12 pages in comment
widgets, federated apps, review lists and news CMS markups no earlier gold folder covers (checked against
../DATASHEET.md, every ../*/README.md, the "system" fields and file names in ../*/): Vssue and Gitment (issue-backed
blog widgets), PeerTube video comments, diaspora* post comments, Akkoma/Pleroma-fe conversation view, Joomla K2 item
comments, an iDNES-like Czech discussion, a Folha-like Portuguese news list, a Corriere-like Italian news list, Google
Play-like reviews with developer replies, FanFiction.net-like chapter reviews and Royal Road-like chapter comments.
Scored on main before any rule for them. Content and gold from h14.py (seed 20261221). Usage: make_heldout14_pages.py [OUT_DIR]"""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import h14  # noqa: E402
from h14 import esc, handle, nest, ago, ampm, R, NOW  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
TITLE = "Street lights to go off after midnight from February"


def ps(c):
    return "".join("<p>%s</p>" % esc(p) for p in c["paras"])


def br(c):
    return "<br><br>".join(esc(p) for p in c["paras"])


def blog(title, body, site, lang="en", nav=("Home", "Archive", "About", "RSS"), article=True):
    art = ("<article class=\"post\"><h1 class=\"post-title\">%s</h1><div class=\"post-meta\">Posted on 17 November 2026</div>%s</article>" % (
        esc(title), "".join("<p>%s</p>" % esc(p) for p in h14.STORY))) if article else ""
    return ("<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s | %s</title></head><body>"
            "<header class=\"site-header\"><a class=\"brand\" href=\"/\">%s</a><nav>%s</nav></header><main class=\"content\">%s%s</main>"
            "<aside class=\"sidebar\"><h3>Recent posts</h3><ul><li><a>Bin collections move to fortnightly</a></li><li><a>The bypass inquiry, day three</a></li>"
            "<li><a>Why the market hall roof leaks</a></li></ul><h3>Tags</h3><a>council</a> <a>lighting</a> <a>night</a></aside>"
            "<footer class=\"site-footer\"><p>&copy; 2026 %s. <a>Privacy</a> &middot; <a>Contact</a></p></footer></body></html>") % (
        lang, esc(title), esc(site), esc(site), " ".join("<a>%s</a>" % n for n in nav), art, body, esc(site))


# --------------------------------------------------------------- widgets

def vssue(cs):
    rows = []
    for c in cs:
        q = ""
        if c["quote"]:
            q = "<p>@%s</p><blockquote><p>%s</p></blockquote>" % (esc(cs[c["parent"]]["author"]), esc(c["quote"]))
        rows.append(("<div class=\"vssue-comment\"><div class=\"vssue-comment-avatar\"><a href=\"https://github.example/%s\" target=\"_blank\" title=\"%s\"><img src=\"https://avatars.github.example/u/%d?v=4\" alt=\"%s\"></a></div>"
                     "<div class=\"vssue-comment-body\"><div class=\"vssue-comment-header\"><span class=\"vssue-comment-author\"><a href=\"https://github.example/%s\" target=\"_blank\" title=\"%s\">%s</a></span>"
                     "<span class=\"vssue-comment-created-at\" title=\"%s\">%s</span></div>"
                     "<div class=\"vssue-comment-main\"><article class=\"markdown-body\">%s%s</article></div>"
                     "<div class=\"vssue-comment-footer\"><span class=\"vssue-comment-reactions\"><span class=\"vssue-comment-reaction\" title=\"Like\"><svg class=\"vssue-icon vssue-icon-like\"><title>Like</title></svg><span>%d</span></span>"
                     "<span class=\"vssue-comment-reaction\" title=\"Unlike\"><svg class=\"vssue-icon vssue-icon-unlike\"><title>Unlike</title></svg><span>0</span></span>"
                     "<span class=\"vssue-comment-reaction\" title=\"Heart\"><svg class=\"vssue-icon vssue-icon-heart\"><title>Heart</title></svg><span>%d</span></span></span>"
                     "<span class=\"vssue-comment-operations\"><span class=\"vssue-comment-operation\" title=\"Reply\"><svg class=\"vssue-icon vssue-icon-reply\"><title>Reply</title></svg></span></span></div></div></div>") % (
            c["author"], c["author"], c["id"], c["author"], c["author"], c["author"], c["author"], c["time"].strftime("%Y-%m-%d %H:%M:%S"), ago(c["time"]),
            q, ps(c), c["likes"], c["likes"] % 3))
    body = ("<div id=\"vssue\" class=\"vssue\"><div class=\"vssue-header\"><a class=\"vssue-header-comments-count\" href=\"https://github.example/nightlight/blog/issues/31\" target=\"_blank\"><span>%d comments</span></a>"
            "<span class=\"vssue-header-powered-by\"><span>Powered by</span> <a href=\"https://vssue.js.example\" title=\"Vssue v1.4.8\">Vssue</a></span></div>"
            "<div class=\"vssue-new-comment\"><div class=\"vssue-comment-avatar\"><a title=\"Login with GitHub\"><svg class=\"vssue-icon vssue-icon-github\"></svg></a></div>"
            "<div class=\"vssue-new-comment-body\"><textarea class=\"vssue-new-comment-input\" rows=\"5\" disabled placeholder=\"Login with GitHub to comment\"></textarea></div>"
            "<div class=\"vssue-new-comment-footer\"><span class=\"vssue-current-user\"><span>Login with GitHub</span></span><div class=\"vssue-new-comment-operations\"><button class=\"vssue-button vssue-button-login\">Login</button></div></div></div>"
            "<div class=\"vssue-comments\"><div class=\"vssue-pagination\"><div class=\"vssue-pagination-per-page\"><select class=\"vssue-pagination-select\"><option>10</option><option>20</option></select></div>"
            "<div class=\"vssue-pagination-page\"><span>Page</span> <select><option>1</option></select> <span>/ 1</span></div></div>"
            "<span>%s</span></div></div>") % (len(cs), "".join(rows))
    return blog(TITLE, body, "nightlight.dev", nav=("Home", "Guide", "Blog", "GitHub"))


def gitment(cs):
    rows = []
    for c in cs:
        t = c["time"]
        rows.append(("<li class=\"gitment-comment\"><a class=\"gitment-comment-avatar\" href=\"https://github.example/%s\" target=\"_blank\"><img class=\"gitment-comment-avatar-img\" src=\"https://avatars.github.example/u/%d\"></a>"
                     "<div class=\"gitment-comment-main\"><div class=\"gitment-comment-header\"><a class=\"gitment-comment-name\" href=\"https://github.example/%s\" target=\"_blank\">%s</a> commented on "
                     "<span title=\"%s\">%s</span><div class=\"gitment-comment-like-btn\"><svg class=\"gitment-heart-icon\" viewBox=\"0 0 50 50\"><path d=\"M25 39.7l-.6-.5C11.5 28.7 8 25 8 19c0-5 4-9 9-9 4.1 0 6.4 2.3 8 4.1 1.6-1.8 3.9-4.1 8-4.1 5 0 9 4 9 9 0 6-3.5 9.7-16.4 20.2l-.6.5z\"></path></svg> %d</div></div>"
                     "<div class=\"gitment-comment-body gitment-markdown\">%s</div></div></li>") % (
            c["author"], c["id"], c["author"], c["author"], t.strftime("%a %b %d %Y %H:%M:%S GMT+0000 (Coordinated Universal Time)"), t.strftime("%b %d, %Y").replace(" 0", " "),
            c["likes"], ps(c)))
    body = ("<div id=\"gitment-container\" class=\"gitment-container gitment-root-container\"><div class=\"gitment-container gitment-header-container\"><span class=\"gitment-header-like-btn\">"
            "<svg class=\"gitment-heart-icon\"></svg> Like <strong>27</strong></span> <span class=\"gitment-header-comments-count\"> &bull; <strong>%d</strong> Comments</span>"
            "<div class=\"gitment-header-issue-link\"><a href=\"https://github.example/wren/wren.github.io/issues/58\" target=\"_blank\">Issue Page</a></div></div>"
            "<div class=\"gitment-container gitment-comments-container\"><ul class=\"gitment-comments-list\">%s</ul><ul class=\"gitment-comments-pagination\"><li class=\"gitment-comments-page-item gitment-selected\">1</li></ul></div>"
            "<div class=\"gitment-container gitment-editor-container\"><a class=\"gitment-editor-avatar\" title=\"Login with GitHub\"><svg class=\"gitment-github-icon\"></svg></a><div class=\"gitment-editor-main\"><div class=\"gitment-editor-header\">"
            "<nav class=\"gitment-editor-tabs\"><button class=\"gitment-editor-tab gitment-selected\">Write</button><button class=\"gitment-editor-tab\">Preview</button></nav>"
            "<div class=\"gitment-editor-login\"><a class=\"gitment-editor-login-link\">Login</a> with GitHub</div></div><div class=\"gitment-editor-body\"><div class=\"gitment-editor-write-field\"><textarea placeholder=\"Leave a comment\" title=\"Login to comment\" disabled></textarea></div></div></div>"
            "<div class=\"gitment-editor-footer\"><a class=\"gitment-editor-footer-tip\" href=\"https://guides.github.example/features/mastering-markdown/\" target=\"_blank\">Styling with Markdown is supported</a><button class=\"gitment-editor-submit\" title=\"Login to comment\" disabled>Comment</button></div></div>"
            "<div class=\"gitment-container gitment-footer-container\">Powered by <a class=\"gitment-footer-project-link\" href=\"https://github.example/imsun/gitment\" target=\"_blank\">Gitment</a></div></div>") % (len(cs), "".join(rows))
    return blog(TITLE, body, "wren's notes", nav=("Posts", "Tags", "About"))


def peertube(cs):
    def one(i, inner):
        c = cs[i]
        h = handle(c["author"])
        mention = ""
        if c["depth"] >= 2:
            p = cs[c["parent"]]
            mention = "<a class=\"mention\" href=\"https://tube.example/a/%s\">@%s</a> " % (handle(p["author"]), handle(p["author"]))
            c["goldText"] = "@%s %s" % (handle(p["author"]), "\n\n".join(c["paras"]))
        first = "<p>%s%s</p>" % (mention, esc(c["paras"][0])) + "".join("<p>%s</p>" % esc(p) for p in c["paras"][1:])
        n = len(h14.kids(cs, i))
        more = ("<div class=\"view-replies mb-2\" role=\"button\"><span class=\"chevron-down\"></span> View %d repl%s</div>" % (n, "y" if n == 1 else "ies")) if n and c["depth"] == 0 else ""
        return ("<my-video-comment><div class=\"root-comment\"><div class=\"left\"><my-actor-avatar size=\"36\"><a href=\"/a/%s/video-channels\" title=\"%s\"><img class=\"avatar\" alt=\"Account avatar\" src=\"/lazy-static/avatars/%d.png\"></a></my-actor-avatar>"
                "<div class=\"vertical-border\"></div></div><div class=\"right\"><span class=\"comment-account-date\"><div class=\"comment-account\"><a href=\"/a/%s/video-channels\"><span class=\"comment-account-name\">%s</span>"
                "<span class=\"comment-account-fid ms-1\">%s@tube.example</span></a></div><a class=\"comment-date\" href=\"/w/kR3x9;threadId=%d\" title=\"%s\">%s</a></span>"
                "<div class=\"comment-html\">%s</div><div class=\"comment-actions\"><div tabindex=\"0\" role=\"button\" class=\"comment-action-reply\">Reply</div>"
                "<my-user-moderation-dropdown buttonsize=\"small\"><my-action-dropdown><div class=\"dropdown-root\"><button class=\"action-button\" aria-label=\"Open actions\">&hellip;</button></div></my-action-dropdown></my-user-moderation-dropdown></div>"
                "%s%s</div></div></my-video-comment>") % (
            h, h, c["id"], h, esc(c["author"]), h, c["id"], c["time"].strftime("%b %d, %Y, %I:%M:%S %p").replace(" 0", " ", 1), ago(c["time"]), first, more,
            "<div class=\"children\">%s</div>" % "".join("<div>%s</div>" % x for x in [inner]) if inner else "")
    threads = "".join("<div><div class=\"anchor\" id=\"c%d\"></div>%s</div>" % (cs[i]["id"], one_tree(cs, i, one)) for i in h14.kids(cs, None))
    body = ("<div class=\"video-info-description\"><p>Filmed on Mill Lane the week of the trial. Published 17 Nov 2026 &bull; 1,318 views</p></div>"
            "<my-video-comments class=\"col-md-12 comments\"><div><div class=\"title-block\"><h2 class=\"title-page\">%d Comments</h2><my-feed><a>Subscribe to the comments feed</a></my-feed>"
            "<div class=\"d-inline-block ms-4 dropdown-on-align\"><button class=\"btn btn-sm dropdown-toggle\">SORT BY</button></div></div>"
            "<my-video-comment-add><form><div class=\"avatar-and-textarea\"><my-textarea-autoresize><textarea placeholder=\"Add comment...\"></textarea></my-textarea-autoresize></div></form></my-video-comment-add>"
            "<div class=\"comment-threads\">%s</div></div></my-video-comments>") % (len(cs), threads)
    return blog("Lights out on Mill Lane (trial footage)", body, "tube.example", nav=("Discover", "Trending", "Recently added", "Local videos"), article=False)


def one_tree(cs, i, one):
    return one(i, "".join(one_tree(cs, k, one) for k in h14.kids(cs, i)))


def diaspora(cs):
    rows = []
    for c in cs:
        h = handle(c["author"])
        mention = ""
        if c["parent"] is not None:
            p = cs[c["parent"]]
            mention = "<a class=\"mention hovercardable\" href=\"/people/%032x\">@%s</a> " % (sum(map(ord, p["author"])) * 7919, esc(p["author"]))
            c["goldText"] = "@%s %s" % (p["author"], "\n\n".join(c["paras"]))
        body = "<p>%s%s</p>" % (mention, esc(c["paras"][0])) + "".join("<p>%s</p>" % esc(p) for p in c["paras"][1:])
        likes = ("<span class=\"likes-on-comment\"><a class=\"expand-likes\" href=\"#\">%d Like%s</a></span> " % (c["likes"], "" if c["likes"] == 1 else "s")) if c["likes"] else ""
        rows.append(("<li class=\"comment media\" id=\"%032x\"><div class=\"media-object pull-left\"><a class=\"author-name\" href=\"/people/%s\"><img class=\"avatar small\" src=\"/uploads/images/thumb_small_%s.jpg\" alt=\"%s\" title=\"%s\"></a></div>"
                     "<div class=\"bd\"><div class=\"control-icons\"><a class=\"comment_report\" title=\"Report\"><i class=\"entypo-warning\"></i></a></div>"
                     "<a class=\"author author-name hovercardable\" href=\"/people/%s\">%s</a><div class=\"comment-content markdown-content\">%s</div>"
                     "<div class=\"info\"><span class=\"comment-action timeago\"><a href=\"/posts/8f2e#%d\"><time datetime=\"%s\" title=\"%s\">%s</time></a></span> %s<a class=\"like\" href=\"#\" rel=\"nofollow\">Like</a></div></div></li>") % (
            c["id"], h, h, esc(c["author"]), esc(c["author"]), h, esc(c["author"]), body, c["id"], c["time"].strftime("%Y-%m-%dT%H:%M:00Z"),
            c["time"].strftime("%-m/%-d/%Y, ") + ampm(c["time"]), ago(c["time"]), likes))
    body = ("<div class=\"stream-element loaded\" id=\"main-stream\"><div class=\"media\"><div class=\"bd\"><a class=\"author author-name hovercardable\">Clodagh Byrne</a> "
            "<div class=\"post-content\"><div class=\"markdown-content\"><p>The council voted to switch the lights off after midnight. Thoughts? #streetlights #mytown</p></div></div>"
            "<div class=\"feedback\"><a class=\"like\">Like</a> &middot; <a class=\"reshare\">Reshare</a> &middot; <a class=\"focus_comment_textarea\">Comment</a></div>"
            "<div class=\"likes\"><div class=\"stream_photo\"><a class=\"expand-likes\">14 Likes</a></div></div><div class=\"reshares\"><a>3 Reshares</a></div>"
            "<div class=\"comments\"><div class=\"comment-container\"><ul class=\"comments\">%s</ul></div>"
            "<div class=\"new-comment-form-wrapper\"><form class=\"new-comment\"><textarea class=\"comment_box form-control\" placeholder=\"Comment\"></textarea><input type=\"submit\" value=\"Comment\" class=\"btn btn-primary\"></form></div></div></div></div></div>") % "".join(rows)
    return blog("Clodagh Byrne on diaspora*", body, "pod.example", nav=("Stream", "My activity", "@Mentions", "My aspects", "#Followed tags"), article=False)


def akkoma(cs):
    rows = []
    root = {"author": "Halima Osei", "time": cs[0]["time"] - dt.timedelta(hours=1, minutes=12)}

    def status(c, parent, idx):
        h = handle(c["author"])
        reply = ""
        if parent is not None:
            ph = handle(parent["author"])
            reply = ("<div class=\"heading-reply-row\"><div class=\"reply-to-and-accountname\"><a class=\"reply-to\" href=\"/notice/%d\"><i class=\"icon-reply\"></i> <span class=\"reply-to-text\">Reply to</span></a>"
                     "<span class=\"reply-to-link\"><a class=\"mention\" href=\"/users/%s\">@%s</a></span></div></div>") % (parent.get("id", 1), ph, ph)
        text = c.get("paras", h14.STORY[:1])
        mention = ("<span class=\"h-card\"><a class=\"u-url mention\" href=\"https://social.example/users/%s\">@<span>%s</span></a></span> " % (handle(parent["author"]), handle(parent["author"]))) if parent is not None else ""
        body = "<p>%s%s</p>" % (mention, esc(text[0])) + "".join("<p>%s</p>" % esc(p) for p in text[1:])
        if parent is not None:
            c["goldText"] = "@%s %s" % (handle(parent["author"]), "\n\n".join(text))
        acts = ("<div class=\"status-actions\"><div class=\"ReplyButton\"><button class=\"button-unstyled interactive\" title=\"Reply\"><i class=\"icon-reply\"></i></button><span>%d</span></div>"
                "<div class=\"RetweetButton\"><button class=\"button-unstyled interactive\" title=\"Repeat\"><i class=\"icon-retweet\"></i></button><span>%d</span></div>"
                "<div class=\"FavoriteButton\"><button class=\"button-unstyled interactive\" title=\"Favorite\"><i class=\"icon-star\"></i></button><span>%s</span></div>"
                "<div class=\"ReactButton\"><button title=\"Add Reaction\"><i class=\"icon-smile\"></i></button></div></div>") % (
            len(h14.kids(cs, idx)) if idx is not None else 3, (c.get("likes") or 0) // 4, c["likes"] if c.get("likes") else "")
        return ("<div class=\"Status status-fadein panel-body\"><article class=\"status-container\"><div class=\"left-side\"><a href=\"/users/%s\"><span class=\"Avatar\"><img class=\"avatar\" alt=\"%s\" src=\"/media/%s.png\"></span></a></div>"
                "<div class=\"right-side\"><div class=\"status-heading\"><div class=\"heading-name-row\"><div class=\"heading-left\"><h4 class=\"status-username\" title=\"%s\">%s</h4>"
                "<div class=\"account-name\"><a class=\"user-screen-name\" title=\"@%s@social.example\" href=\"/users/%s\">@%s@social.example</a></div></div>"
                "<span class=\"heading-right\"><a class=\"timeago faint-link\" href=\"/notice/%d\"><time datetime=\"%s\" title=\"%s\">%s</time></a>"
                "<span class=\"visibility-icon\"><i class=\"icon-globe\" title=\"Public\"></i></span></span></div>%s</div>"
                "<div class=\"StatusContent\"><div class=\"status-content-wrapper\"><div class=\"status-content media-body\">%s</div></div></div>%s</div></article></div>") % (
            h, esc(c["author"]), h, esc(c["author"]), esc(c["author"]), h, h, h, c.get("id", 1), c["time"].strftime("%Y-%m-%dT%H:%M:00.000Z"),
            c["time"].strftime("%d/%m/%Y, %H:%M:00"), ago(c["time"], short=True), reply, body, acts)
    rows.append(status(root, None, None))
    for i, c in enumerate(cs):
        rows.append(status(c, root if c["parent"] is None else cs[c["parent"]], i))
    body = ("<div class=\"Conversation -expanded\"><div class=\"panel-heading conversation-heading\"><span class=\"title\">Conversation</span><button class=\"button-unstyled -link\">Collapse</button></div>"
            "<div class=\"conversation-body panel-body\"><div class=\"thread-body\">%s</div></div></div>") % "".join(rows)
    return blog("Conversation - social.example", body, "social.example", nav=("Timelines", "Interactions", "Chats", "About"), article=False)


def k2(cs):
    rows = []
    for i, c in enumerate(cs):
        h = handle(c["author"])
        name = ("<a href=\"http://%s.example\" title=\"%s\" target=\"_blank\" rel=\"nofollow\">%s</a>" % (h, esc(c["author"]), esc(c["author"]))) if i % 3 == 1 else esc(c["author"])
        rows.append(("<li class=\"%s\"><span class=\"commentLink\"><a href=\"/news/item/412-street-lights#comment%d\" name=\"comment%d\" id=\"comment%d\">Comment Link</a></span>"
                     "<img src=\"https://www.gravatar.example/avatar/%x?s=48\" class=\"k2Avatar\" alt=\"%s\" width=\"48\" height=\"48\" />"
                     "<span class=\"commentDate\">%s</span><span class=\"commentAuthorName\"> posted by %s</span><p>%s</p>"
                     "<span class=\"commentToolbar\"><a class=\"k2ReportCommentButton\" href=\"#\">Report</a></span><div class=\"clr\"></div></li>") % (
            "even" if i % 2 == 0 else "odd", c["id"], c["id"], c["id"], c["id"], esc(c["author"]), c["time"].strftime("%A, %d %B %Y %H:%M"), name, br(c)))
    body = ("<div class=\"itemLinks\"><div class=\"itemCategory\"><span>Published in</span> <a>Local news</a></div><div class=\"itemTagsBlock\"><span>Tagged under</span> <ul class=\"itemTags\"><li><a>lighting</a></li><li><a>council</a></li></ul></div></div>"
            "<div class=\"itemAuthorBlock\"><img class=\"itemAuthorAvatar\" alt=\"Ed Wainwright\"><div class=\"itemAuthorDetails\"><h3 class=\"itemAuthorName\"><a>Ed Wainwright</a></h3><p>Local democracy reporter.</p></div></div>"
            "<div class=\"itemComments\"><h3 class=\"itemCommentsCounter\"><span>%d</span> comments</h3><ul class=\"itemCommentsList\">%s</ul>"
            "<div class=\"itemCommentsPagination\"><div class=\"k2Pagination\"></div></div><div class=\"itemCommentsForm\"><h3>Leave a comment</h3>"
            "<p class=\"itemCommentsFormNotes\">Make sure you enter all the required information, indicated by an asterisk (*). HTML code is not allowed.</p>"
            "<form id=\"comment-form\"><label>Message *</label><textarea name=\"commentText\"></textarea><label>Name *</label><input name=\"userName\"><label>Email *</label><input name=\"commentEmail\">"
            "<input type=\"submit\" class=\"button\" value=\"Submit comment\"></form></div></div>") % (len(cs), "".join(rows))
    return blog(TITLE, body, "Valley Courier", nav=("Home", "Local news", "Sport", "Opinion", "Contact"))


def idnes(cs):
    rows = []
    for i, c in enumerate(cs):
        minus = (c["likes"] * 7 + 3) % 11
        rows.append(("<div class=\"contribution level%d\" id=\"disc-%d\" style=\"margin-left:%dpx\"><table class=\"cell\"><tr><td class=\"user-foto\"><a href=\"https://profil.example/%s\"><img src=\"https://1gr.example/disc/%d.jpg\" alt=\"\"></a></td>"
                     "<td class=\"cell\"><div class=\"user-bar\"><span class=\"name\"><a href=\"https://profil.example/%s\"><h4>%s</h4></a></span> <span class=\"time\">%s</span> "
                     "<span class=\"score\"><span class=\"plus\">+%d</span>/<span class=\"minus\">&minus;%d</span></span></div>"
                     "<div class=\"user-text\"><p>%s</p></div><div class=\"reply\"><a href=\"#\" class=\"reply-btn\">Odpovědět</a> <a href=\"#\">Nahlásit</a></div></td></tr></table></div>") % (
            c["depth"], c["id"], 30 * c["depth"], handle(c["author"]), c["id"], handle(c["author"]), esc(c["author"]), "%d. %d. %d %d:%02d" % (c["time"].day, c["time"].month, c["time"].year, c["time"].hour, c["time"].minute),
            c["likes"], minus, br(c)))
    body = ("<div id=\"disc-head\"><h2>Diskuse k článku</h2><p class=\"disc-info\">Příspěvků: %d &bull; <a>Seřadit podle času</a> | <a>podle hodnocení</a></p><p class=\"rules\">Diskuse je přístupná jen ověřeným uživatelům. <a>Pravidla diskuse</a></p></div>"
            "<div id=\"disc-list\">%s</div><div id=\"disc-foot\"><a>Přidat názor</a> &bull; <a>Zpět na článek</a></div>") % (len(cs), "".join(rows))
    return blog("Diskuse: Pouliční osvětlení se po půlnoci vypne", body, "zpravy.example", lang="cs", nav=("Zprávy", "Domácí", "Zahraniční", "Kraje"))


PT_MON = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]


def folha(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        return ("<li class=\"c-comment\" data-comment-id=\"%d\"><div class=\"c-comment__header\"><img class=\"c-comment__avatar\" src=\"/avatar/%d.png\" alt=\"\"><span class=\"c-comment__author\">%s</span>"
                "<span class=\"c-comment__date\">%d.%s.%d às %dh%02d</span></div><div class=\"c-comment__body\">%s</div>"
                "<div class=\"c-comment__footer\"><button class=\"c-comment__reply\">Responder</button> <button class=\"c-comment__like\">Curtir <span class=\"c-comment__count\">%d</span></button> <button class=\"c-comment__report\">Denunciar</button></div>"
                "%s</li>") % (c["id"], c["id"], esc(c["author"]), t.day, PT_MON[t.month - 1], t.year, t.hour, t.minute, ps(c), c["likes"],
                              "<ol class=\"c-comment__replies\">%s</ol>" % inner if inner else "")
    body = ("<section class=\"c-comments\" id=\"comentarios\"><header class=\"c-comments__header\"><h3>Comentários (%d)</h3><p>Os comentários não representam a opinião do jornal; a responsabilidade é do autor da mensagem. "
            "<a>Termos de uso</a></p><div class=\"c-comments__order\">Ordenar por: <button>Mais recentes</button> <button>Mais antigos</button> <button>Mais curtidos</button></div></header>"
            "<ol class=\"c-comments__list\">%s</ol><button class=\"c-comments__more\">Ver mais comentários</button></section>") % (len(cs), nest(cs, one))
    return blog("Iluminação pública será desligada após a meia-noite", body, "Folha do Vale", lang="pt", nav=("Poder", "Mercado", "Cotidiano", "Esporte"))


IT_MON = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]


def corriere(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        return ("<div class=\"comment-box\" data-level=\"%d\" id=\"commento-%d\"><div class=\"comment-head\"><strong class=\"user-nick\">%s</strong> <span class=\"comment-date\">%d %s %d | %02d:%02d</span></div>"
                "<div class=\"comment-text\">%s</div><div class=\"comment-tools\"><a class=\"reply\">Rispondi</a> <span class=\"like\">Mi piace <b>%d</b></span> <a class=\"report\">Segnala</a></div>%s</div>") % (
            c["depth"], c["id"], esc(c["author"]), t.day, IT_MON[t.month - 1], t.year, t.hour, t.minute, ps(c), c["likes"],
            "<div class=\"comment-replies\">%s</div>" % inner if inner else "")
    body = ("<div id=\"commenti\" class=\"comments-area\"><h3 class=\"comments-title\">I commenti dei lettori</h3><p class=\"comments-count\">%d commenti</p>"
            "<div class=\"comments-login\">Per commentare <a>accedi</a> o <a>registrati</a>. <a>Regole della community</a></div>%s"
            "<a class=\"load-more\">Carica altri commenti</a></div><div class=\"box-correlati\"><h4>Leggi anche</h4><ul><li><a>Ztl, il Comune prolunga gli orari</a></li><li><a>Rifiuti, cambia il calendario</a></li></ul></div>") % (len(cs), nest(cs, one))
    return blog("Luci spente dopo mezzanotte, il piano del Comune", body, "Corriere di Valle", lang="it", nav=("Cronaca", "Politica", "Economia", "Sport"))


def gplay(cs):
    rows = []
    for c in cs:
        if c["parent"] is not None:
            continue
        i = cs.index(c)
        stars = 1 + c["likes"] % 5
        reply = ""
        for k in h14.kids(cs, i):
            r = cs[k]
            reply = ("<div class=\"ocpBU\"><div class=\"I6j64d\">%s</div><div class=\"I9Jtec\">%s</div><div class=\"ras4vb\"><div>%s</div></div></div>") % (
                esc(r["author"]), r["time"].strftime("%B %-d, %Y"), esc(" ".join(r["paras"])))
        helpful = ("<div class=\"AJTPZc\">%d people found this review helpful</div>" % c["likes"]) if c["likes"] > 1 else (
            "<div class=\"AJTPZc\">1 person found this review helpful</div>" if c["likes"] == 1 else "")
        rows.append(("<div class=\"RHo1pe\"><header class=\"c1bOId\" data-review-id=\"gp:AOqpTO%d\"><div class=\"YNR7H\"><div class=\"gSGphe\"><img class=\"abYEib\" src=\"https://play-lh.example/a/%d=s32\" alt=\"\" aria-hidden=\"true\">"
                     "<div class=\"X5PpBb\">%s</div></div><button aria-label=\"Review options\" class=\"VfPpkd-Bz112c\">&#8942;</button></div>"
                     "<div class=\"Jx4nYe\"><div class=\"iXRFPc\" aria-label=\"Rated %d stars out of five stars\" role=\"img\">%s</div><span class=\"bp9Aid\">%s</span></div></header>"
                     "<div class=\"h3YV2d\">%s</div>%s<footer class=\"Jx4nYe\"><div class=\"NC0Ppb\">Did you find this helpful?</div><div class=\"zVhbFf\"><button>Yes</button><button>No</button></div></footer>%s</div>") % (
            c["id"], c["id"], esc(c["author"]), stars, "&#9733;" * stars, c["time"].strftime("%B %-d, %Y"), esc(" ".join(c["paras"])), helpful, reply))
    body = ("<div class=\"Il7kR\"><h1 class=\"Fd93Bb\"><span>Brightway Streets</span></h1><div class=\"Vbfug\"><a><span>Valley District Council</span></a></div><div class=\"ClM7O\">3.1&#9733; 214 reviews &bull; 10K+ Downloads</div></div>"
            "<section class=\"HcyOxe\"><header class=\"cswwxf\"><h2 class=\"XfZNbf\">Ratings and reviews</h2><span>Ratings and reviews are verified</span></header>"
            "<div class=\"Te9Tpc\"><div class=\"jILTFe\">3.1</div><div class=\"EHUI5b\">214 reviews</div></div>"
            "<div class=\"EGFGHd\">%s</div><button class=\"VfPpkd-LgbsSe\"><span>See all reviews</span></button></section>"
            "<section><h2>What's new</h2><div>Report a faulty street light with a photo. Bug fixes.</div></section>") % "".join(rows)
    return blog("Brightway Streets - Apps on Google Play", body, "Google Play", nav=("Games", "Apps", "Movies", "Books", "Kids"), article=False)


def fanfiction(cs):
    rows = []
    for i, c in enumerate(cs):
        t = c["time"]
        guest = i % 4 == 2
        who = ("%s" % esc(c["author"])) if guest else ("<a href=\"/u/%d/%s\">%s</a>" % (c["id"], handle(c["author"]), esc(c["author"])))
        rows.append(("<tr><td style=\"padding-top:10px;padding-bottom:10px\"><img class=\"round36\" src=\"//ff.example/static/images/d_60_90.jpg\" style=\"float:left;margin-right:3px;padding:2px;border:1px solid #ccc;\" width=\"50\" height=\"66\"> "
                     "%s <small style=\"color:gray\">chapter %d . <span data-xutime=\"%d\">%s</span></small><div style=\"margin-top:5px\">%s</div></td></tr>") % (
            who, 1 + c["id"] % 9, int((t - dt.datetime(1970, 1, 1)).total_seconds()), t.strftime("%b %-d, %Y"), br(c)))
    body = ("<div id=\"pre_story_links\"><span class=\"lc-left\"><a>Books</a> &raquo; <a>Original fiction</a> &raquo; <i>The Lamplighter's Round</i></span></div>"
            "<div class=\"table-bordered\" style=\"padding:10px\"><b>Reviews for <a>The Lamplighter's Round</a></b> <span>All chapters</span> "
            "<select><option>All</option><option>Chapter 1</option></select></div>"
            "<table class=\"table table-striped\" style=\"margin-top:10px;\"><tbody>%s</tbody></table>"
            "<center style=\"margin-top:5px;margin-bottom:5px\"><a>1</a> <a>2</a> <a>Next &raquo;</a></center>") % "".join(rows)
    return blog("The Lamplighter's Round Reviews | FanFiction", body, "FanFiction", nav=("Browse", "Just In", "Community", "Forum"), article=False)


def royalroad(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        return ("<div class=\"comment\"><div class=\"media media-v2\" id=\"comment-container-%d\"><div class=\"media-left\"><a href=\"/profile/%d\"><img class=\"media-object\" src=\"/avatars/%d.png\" alt=\"Avatar\"></a></div>"
                "<div class=\"media-body\"><h4 class=\"media-heading\"><span class=\"name\"><a href=\"/profile/%d\">%s</a></span> <small class=\"pull-right\"><a href=\"/comment/%d\">"
                "<time unixtime=\"%d\" format=\"ago\" title=\"%s\">%s</time></a></small></h4><div class=\"media-content\">%s</div>"
                "<div class=\"media-actions\"><a class=\"btn-reply\">Reply</a> <a class=\"btn-like\"><i class=\"fa fa-thumbs-up\"></i> <span class=\"likes-count\">%d</span></a> <a class=\"btn-report\">Report</a></div>"
                "%s</div></div></div>") % (c["id"], c["id"], c["id"], c["id"], esc(c["author"]), c["id"], int((t - dt.datetime(1970, 1, 1)).total_seconds()),
                                          t.strftime("%A, %B %-d, %Y ") + ampm(t), ago(t), ps(c), c["likes"], "<div class=\"comment-replies\">%s</div>" % inner if inner else "")
    body = ("<div class=\"chapter-inner chapter-content\"><p>Chapter 12: The Last Lamp. The lamplighter climbed the ladder on Mill Lane for the last time.</p></div>"
            "<div class=\"portlet light\"><div class=\"portlet-title\"><div class=\"caption\"><span class=\"caption-subject\">Comments (%d)</span></div></div>"
            "<div class=\"portlet-body\"><div class=\"comments-container\">%s</div><div class=\"text-center\"><ul class=\"pagination\"><li class=\"active\"><a>1</a></li></ul></div></div></div>") % (len(cs), nest(cs, one))
    return blog("The Lamplighter's Round - Chapter 12 | Royal Road", body, "Royal Road", nav=("Fictions", "Forums", "Write", "Support"), article=False)


def main():
    write = h14.writer(OUT)

    def g(name, cs, likes, note, times="minute", zero_shown=True, fetched=None):
        return h14.gold_of(name, name, cs, False, likes, times=times, note=note, zero_shown=zero_shown, fetched=fetched)

    cs = h14.thread(10, nested=False, likes=True)
    for i, c in enumerate(cs):
        c["author"] = handle(c["author"])
        if i > 1 and R.random() < 0.4:
            c["parent"] = R.randrange(max(0, i - 4), i)
            c["quote"] = cs[c["parent"]]["paras"][0]
    write("vssue", vssue(cs), g("vssue", cs, True, "Vssue (GitHub-issue widget): flat vssue-comment boxes, GitHub logins, relative age with 'YYYY-MM-DD HH:MM:SS' in a title; "
                                "'@x' plus a blockquote of x's words opens a reply (not text; the quoted comment is the parent); the Like reaction count is likes", fetched=NOW))
    cs = h14.thread(9, nested=False, likes=True)
    for c in cs:
        c["author"] = handle(c["author"])
    write("gitment", gitment(cs), g("gitment", cs, True, "Gitment: flat li.gitment-comment, 'x commented on Nov 21, 2026' with the minute in a JS Date title; the heart count is likes"))
    cs = h14.thread(12, max_depth=3, likes=False, p_reply=0.55)
    write("peertube", peertube(cs), g("peertube", cs, False, "PeerTube: my-video-comment trees in div.children; display name and 'handle@tube.example'; "
                                      "relative age with 'Nov 21, 2026, 2:14:00 PM' in a title; a reply below the first level opens with an '@handle' mention (kept as text)", fetched=NOW))
    cs = h14.thread(11, max_depth=1, likes=True, p_reply=0.35)
    flat = [dict(c) for c in cs]
    write("diaspora", diaspora(cs), g("diaspora", cs, True, "diaspora*: flat li.comment.media under a post (the post is the article); a reply opens with an '@Name' mention (kept as text), "
                                      "its parent the comment it answers; time[datetime]; 'n Likes' (none shown when 0)", zero_shown=False))
    cs = h14.thread(11, max_depth=3, likes=True, p_reply=0.55)
    write("akkoma", akkoma(cs), g("akkoma", cs, True, "Akkoma/Pleroma-fe conversation view: the root status is the article; every reply a flat Status with 'Reply to @handle' in its heading "
                                  "and an '@handle' mention opening its text (kept); replies to the root are top-level; the Favorite count is likes (empty when 0)", zero_shown=False))
    cs = h14.thread(10, nested=False, likes=False)
    write("k2", k2(cs), g("k2", cs, False, "Joomla K2 item comments: flat ul.itemCommentsList, commentDate 'Saturday, 21 November 2026 14:14' before 'posted by X'; author bio and form around"))
    cs = h14.thread(13, max_depth=3, likes=True, p_reply=0.5)
    write("idnes", idnes(cs), g("idnes", cs, True, "iDNES-like Czech discussion: flat div.contribution with level classes and a margin; '21. 11. 2026 14:14'; '+12/−3' score, the plus count is likes"))
    cs = h14.thread(11, max_depth=2, likes=True, p_reply=0.45)
    write("folha", folha(cs), g("folha", cs, True, "Folha-like Portuguese news list: nested ol.c-comment__replies; '21.nov.2026 às 14h14'; 'Curtir n' is likes"))
    cs = h14.thread(11, max_depth=3, likes=True, p_reply=0.5)
    write("corriere", corriere(cs), g("corriere", cs, True, "Corriere-like Italian news list: nested comment-box with data-level; '21 novembre 2026 | 14:14'; 'Mi piace n' is likes"))
    cs = h14.thread(9, nested=False, likes=True)
    out = []
    for c in cs:
        out.append(c)
        if R.random() < 0.45:
            r = {"parent": len(out) - 1, "depth": 1, "author": "Valley District Council", "time": c["time"] + dt.timedelta(days=1), "likes": None,
                 "paras": ["Thanks for the feedback. Faults reported in the app go straight to our lighting contractor; the midnight switch-off does not apply to main roads."], "quote": None}
            out.append(r)
    for i, c in enumerate(out):
        c["id"] = 7000 + i
    write("gplay", gplay(out), g("gplay", out, True, "Google Play-like reviews: hashed classes, star rating as aria-label, the date only ('November 21, 2026'); "
                                 "'n people found this review helpful' is likes; the developer's response is the review's child", times="date", zero_shown=False))
    cs = h14.thread(12, nested=False, likes=False)
    write("fanfiction", fanfiction(cs), g("fanfiction", cs, False, "FanFiction.net-like reviews: table rows, a linked name or a guest's plain name, 'chapter 3 . Nov 21, 2026' (date only; data-xutime)", times="date"))
    cs = h14.thread(11, max_depth=2, likes=True, p_reply=0.5)
    write("royalroad", royalroad(cs), g("royalroad", cs, True, "Royal Road-like chapter comments: media boxes with comment-replies nested in media-body; relative time with "
                                        "'Saturday, November 21, 2026 2:14 PM' in a title; the thumbs-up count is likes", fetched=NOW))


if __name__ == "__main__":
    main()
