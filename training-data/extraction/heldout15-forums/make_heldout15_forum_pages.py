#!/usr/bin/python3
"""Writes the SIXTEENTH forum round (folder heldout15-forums; HTML + w3m dumps): 8 thread pages in forum engines no
earlier gold folder covers (checked against ../DATASHEET.md, every ../*/README.md, the "system" fields and file names in
../*/): Waterhole (nested comments under a post), django Spirit, Thredded (Rails), mvnForum (Java, tables), UseBB 1,
AEF (Advanced Electron Forum), OSQA (Q&A: question, answers, comments under answers) and a Free-Republic-like thread
('To: X' replies). Every post is a comment, the first one too; quoted earlier text, quote heads, signatures, edit notes,
'To: X' heads and user panes are not a post's text; the quoted / addressed post is the parent. Content and gold from
../heldout15/h15.py (seed 20261223, continued). Usage: make_heldout15_forum_pages.py [OUT_DIR]"""
import datetime as dt
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "heldout15"))
import h15  # noqa: E402
from h15 import esc, handle, ago, R, NOW  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
SUBJ = "Library closing on Sundays from March"
SIGS = [None, "Reading is not a luxury.", None, "-- Friends of Quarry Street Library", None, None, "Shh.", None,
        "Sent from my tablet", None, None, "Books, buses and budgets", None, None, None, None, None, None, None, None]


def k_of(c):
    return h15.NAMES.index(c["author"]) if c["author"] in h15.NAMES else 0


def sig(c):
    return SIGS[k_of(c)]


def posts_n(c):
    return 5 + (k_of(c) * 173) % 2900


def br(c):
    return "<br><br>".join(esc(p) for p in c["paras"])


def ps(c):
    return "".join("<p>%s</p>" % esc(p) for p in c["paras"])


def wrap(title, body, lang="en"):
    return "<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s</title></head><body>%s</body></html>" % (lang, esc(title), body)


def waterhole(post, cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        react = ("<button class=\"reaction\" title=\"Like\"><span class=\"emoji\">&#128077;</span> <span>%d</span></button>" % c["likes"]) if c["likes"] else ""
        return ("<div class=\"comment-frame\" id=\"comment-%d\"><article class=\"comment\"><header class=\"comment__header\"><a href=\"/u/%s\" class=\"attribution user-label\">"
                "<img src=\"/avatars/%d.png\" alt=\"\" class=\"avatar\"><span class=\"attribution__name\">%s</span></a>"
                "<a href=\"#comment-%d\" class=\"comment__date with-tooltip\"><time datetime=\"%s\" title=\"%s\">%s</time></a></header>"
                "<div class=\"comment__body content\">%s</div><div class=\"comment__buttons\">%s<button class=\"btn btn--transparent btn--small\">Reply</button>"
                "<button class=\"btn btn--transparent btn--icon\" aria-label=\"Controls\">&hellip;</button></div></article>%s</div>") % (
            c["id"], handle(c["author"]), c["id"], esc(c["author"]), c["id"], t.strftime("%Y-%m-%dT%H:%M:00+00:00"), t.strftime("%A, %B %-d, %Y at %-I:%M %p"), ago(t), ps(c), react,
            ("<div class=\"comment__replies\">%s</div>" % inner) if inner else "")
    def tree():
        def rec(i):
            return one(i, "".join(rec(k) for k in h15.kids(cs, i)))
        return "".join(rec(i) for i in h15.kids(cs, None))
    t = post["time"]
    body = ("<header class=\"header\"><a class=\"header__title\" href=\"/\">Quarry Street Community</a><nav class=\"header__nav\"><a>Home</a> <a>Ideas</a> <a>Local news</a> <a>Events</a></nav>"
            "<a class=\"btn\">Log In</a> <a class=\"btn btn--primary\">Sign Up</a></header><main class=\"section container\"><div class=\"post-page\">"
            "<article class=\"post-full\"><header class=\"post-header\"><div class=\"channel-label\">Local news</div><h1 class=\"post-title\">%s</h1>"
            "<div class=\"post-attribution\"><a class=\"attribution user-label\" href=\"/u/%s\"><img class=\"avatar\" src=\"/avatars/1.png\" alt=\"\"><span class=\"attribution__name\">%s</span></a>"
            " <a class=\"post-attribution__date\"><time datetime=\"%s\" title=\"%s\">%s</time></a></div></header><div class=\"post-body content\">%s</div>"
            "<footer class=\"post-footer\"><button class=\"reaction\"><span class=\"emoji\">&#128077;</span> <span>%d</span></button> <button class=\"btn\">Follow</button> <button class=\"btn\">Share</button></footer></article>"
            "<section class=\"post-comments\"><h2 class=\"h3\">%d Comments</h2><div class=\"comment-list\">%s</div>"
            "<div class=\"comment-reply\"><a class=\"btn\">Log In to Comment</a></div></section></div></main>"
            "<aside class=\"sidebar\"><h3>Channels</h3><ul><li><a>Ideas</a></li><li><a>Local news</a></li><li><a>Events</a></li></ul></aside><footer class=\"footer\">Powered by Waterhole</footer>") % (
        esc(SUBJ), handle(post["author"]), esc(post["author"]), t.strftime("%Y-%m-%dT%H:%M:00+00:00"), t.strftime("%A, %B %-d, %Y at %-I:%M %p"), ago(t), ps(post), post["likes"],
        len(cs), tree())
    return wrap(SUBJ + " - Quarry Street Community", body)


def spirit(posts):
    rows = []
    for i, c in enumerate(posts):
        t = c["time"]
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = "<blockquote><p><a class=\"comment-mention\" href=\"/user/%d/%s/\">@%s</a> said:</p><p>%s</p></blockquote>" % (
                k_of(p) + 10, handle(p["author"]), handle(p["author"]), esc(c["quote"]))
        likes = c["likes"]
        rows.append(("<div class=\"comment\" id=\"c%d\" data-number=\"%d\"><div class=\"comment-media\"><div class=\"comment-img\"><a href=\"/user/%d/%s/\"><img class=\"comment-avatar\" src=\"/static/spirit/avatar/%d.png\"></a></div>"
                     "<div class=\"comment-body\"><div class=\"comment-info\"><a class=\"comment-username\" href=\"/user/%d/%s/\">%s</a> "
                     "<span class=\"comment-date\"><a href=\"/comment/%d/find/\" title=\"%s\">%s</a></span> <span class=\"comment-number\">#%d</span></div>"
                     "<div class=\"comment-text\">%s%s</div><ul class=\"comment-actions\"><li><a class=\"comment-like js-like\" href=\"/comment/%d/like/create/\">Like</a> "
                     "<span class=\"comment-like-count js-like-count\">%s</span></li><li><a class=\"js-reply-button\" href=\"#\">Reply</a></li><li><a>Flag</a></li></ul></div></div></div>") % (
            c["id"], i + 1, k_of(c) + 10, handle(c["author"]), k_of(c), k_of(c) + 10, handle(c["author"]), esc(c["author"]), c["id"],
            t.strftime("%b. %-d, %Y, %-I:%M ") + ("a.m." if t.hour < 12 else "p.m."), t.strftime("%b. %-d, %Y"), i + 1, q, ps(c), c["id"],
            ("%d like%s" % (likes, "" if likes == 1 else "s")) if likes else ""))
    body = ("<header class=\"header\"><div class=\"header-logo\"><a href=\"/\">Quarry Street Talk</a></div><ul class=\"header-menu\"><li><a>Categories</a></li><li><a>Search</a></li><li><a>Log in</a></li><li><a>Sign up</a></li></ul></header>"
            "<div class=\"body\"><div class=\"topic-header\"><h1 class=\"headline\">%s</h1><a class=\"topic-category\">Town and council</a> <ul class=\"topic-stats\"><li>%d comments</li><li>412 views</li></ul></div>"
            "<div class=\"comments\">%s</div><div class=\"paginator\"><span class=\"page current\">1</span></div>"
            "<div class=\"reply\"><a href=\"/user/login/\">Log in</a> or <a>sign up</a> to reply.</div></div><footer class=\"footer\">Powered by Spirit</footer>") % (
        esc(SUBJ), len(posts), "".join(rows))
    return wrap(SUBJ + " - Quarry Street Talk", body)


def thredded(posts):
    rows = []
    for i, c in enumerate(posts):
        t = c["time"]
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = "<blockquote><p>%s said:</p><p>%s</p></blockquote>" % (esc(p["author"]), esc(c["quote"]))
        rows.append(("<article class=\"thredded--post thredded--%s-post\" id=\"post_%d\"><header><img class=\"thredded--post--avatar\" src=\"/avatars/%d.png\" alt=\"\">"
                     "<h2 class=\"thredded--post--user\"><a href=\"/forum/users/%s\">%s</a></h2>"
                     "<p class=\"thredded--post--created-at\"><a href=\"/forum/town/sunday-closure#post_%d\"><time datetime=\"%s\" title=\"%s\">%s</time></a></p></header>"
                     "<div class=\"thredded--post--dropdown\"><div class=\"thredded--post--dropdown--toggle\">&hellip;</div><ul class=\"thredded--post--dropdown--actions\">"
                     "<li><a class=\"thredded--post--dropdown--actions--item\">Quote</a></li><li><a class=\"thredded--post--dropdown--actions--item\">Report</a></li></ul></div>"
                     "<div class=\"thredded--post--content\">%s%s</div></article>") % (
            "first" if i == 0 else "reply", c["id"], k_of(c), handle(c["author"]), esc(c["author"]), c["id"], t.strftime("%Y-%m-%dT%H:%M:00Z"),
            t.strftime("%Y-%m-%d %H:%M:%S UTC"), ago(t).replace("weeks", "weeks").replace("1 day ago", "a day ago"), q, ps(c)))
    body = ("<header class=\"app-header\"><a class=\"app-logo\">Quarry Street Neighbours</a><nav><a>Forum</a> <a>Events</a> <a>Sign in</a></nav></header>"
            "<section class=\"thredded--main-section\"><nav class=\"thredded--navigation\"><ul class=\"thredded--navigation-breadcrumbs\"><li><a>Forums</a></li><li><a>Town matters</a></li>"
            "<li><a>%s</a></li></ul><ul class=\"thredded--user-navigation\"><li><a>Unread</a></li><li><a>Private messages</a></li><li><a>Settings</a></li></ul></nav>"
            "<div class=\"thredded--topic-header\"><h1 class=\"thredded--topic-header--title\">%s</h1><cite class=\"thredded--topic-header--started-by\">Started by %s, %d posts</cite>"
            "<div class=\"thredded--topic-header--follow-info\">You are not following this topic. <button>Follow</button></div></div>"
            "<div class=\"thredded--posts\">%s</div><div class=\"thredded--pagination-bottom\"><nav class=\"pagination\"><span class=\"page current\">1</span></nav></div>"
            "<form class=\"thredded--form thredded--post-form\"><textarea placeholder=\"Reply to this topic\"></textarea><input type=\"submit\" value=\"Submit Reply\"></form></section>"
            "<footer class=\"app-footer\">Quarry Street Neighbours &middot; <a>Privacy</a></footer>") % (esc(SUBJ), esc(SUBJ), esc(posts[0]["author"]), len(posts), "".join(rows))
    return wrap(SUBJ + " - Town matters - Quarry Street Neighbours", body)


def mvnforum(posts):
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = "<table class=\"quote\" width=\"90%%\"><tr><td class=\"quoteHeader\"><b>%s wrote:</b></td></tr><tr><td class=\"quoteBody\">%s</td></tr></table><br>" % (esc(p["author"]), esc(c["quote"]))
        s = ("<br><br><hr class=\"sigline\" align=\"left\" width=\"30%%\"><span class=\"signature\">%s</span>" % esc(sig(c))) if sig(c) else ""
        rows.append(("<table class=\"tborder\" width=\"95%%\" cellspacing=\"1\" cellpadding=\"3\" align=\"center\"><tr class=\"theadPost\"><td width=\"150\" nowrap><a name=\"%d\"></a>"
                     "<img src=\"/mvnforum/images/icon/post.gif\" border=\"0\"> %s</td><td align=\"right\">#%d <a class=\"command\">Quote</a> | <a class=\"command\">Reply</a> | <a class=\"command\">Report</a></td></tr>"
                     "<tr class=\"%s\"><td valign=\"top\" class=\"messageTextBoldSpecial\"><a class=\"memberName\" href=\"viewmember?member=%s\">%s</a><br>"
                     "<span class=\"memberInfo\">%s<br><img src=\"/mvnforum/images/star%d.gif\"><br>Joined: %s<br>Posts: %d<br>Location: %s<br>Status: Offline</span></td>"
                     "<td valign=\"top\" class=\"messageText\"><b class=\"postTopic\">%s</b><hr size=\"1\" noshade>%s%s%s</td></tr></table><br>") % (
            c["id"], t.strftime("%d/%m/%Y %H:%M:%S"), i + 1, "trow1" if i % 2 == 0 else "trow2", handle(c["author"]), esc(c["author"]),
            ["Stranger", "Newbie", "Member", "Senior Member"][k % 4], 1 + k % 4, "%02d/%02d/%d" % (1 + k % 28, 1 + k % 12, 2010 + k % 12), posts_n(c),
            ["Quarry Street", "North side", "Valley", "Town centre"][k % 4], esc(("Re: " if i else "") + SUBJ), q, br(c), s))
    body = ("<table width=\"95%%\" align=\"center\"><tr><td><img src=\"/mvnforum/images/logo.gif\" alt=\"mvnForum\"></td><td align=\"right\"><a>Login</a> | <a>Register</a> | <a>Search</a> | <a>Help</a></td></tr></table>"
            "<table width=\"95%%\" align=\"center\"><tr><td class=\"nav\"><a>Index</a> &raquo; <a>Town matters</a> &raquo; <a>Council and services</a> &raquo; %s</td></tr></table>"
            "<table width=\"95%%\" align=\"center\"><tr><td>Page 1 of 1</td><td align=\"right\"><a>Reply</a> <a>New thread</a> <a>Printable version</a></td></tr></table>%s"
            "<table width=\"95%%\" align=\"center\"><tr><td class=\"copyright\">Powered by mvnForum 1.3 &copy; 2002-2026 MyVietnam.net-like</td></tr></table>") % (esc(SUBJ), "".join(rows))
    return wrap("%s - Council and services - Quarry Street Forum" % SUBJ, body)


def usebb(posts):
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = "<blockquote class=\"quote\"><div><strong>%s wrote</strong></div><div>%s</div></blockquote>" % (esc(p["author"]), esc(c["quote"]))
        s = ("<div class=\"signature\">%s</div>" % esc(sig(c))) if sig(c) else ""
        rows.append(("<tr><td class=\"postername\"><div class=\"posternamecontainer\"><a href=\"profile.php?id=%d\">%s</a></div></td>"
                     "<td class=\"postinfo\"><div class=\"post-controls\"><a href=\"post.php?quotepost=%d\">Quote</a></div><a href=\"topic.php?post=%d#post%d\" name=\"post%d\">#%d</a>: %s</td></tr>"
                     "<tr><td class=\"posterinfo\"><div class=\"field\">%s</div><div class=\"avatar\"><img src=\"avatars/%d.png\"></div><div class=\"field\">Registered: %s</div><div class=\"field\">Posts: %d</div></td>"
                     "<td class=\"postcontent\"><div class=\"post\">%s%s</div>%s</td></tr><tr><td class=\"postername\"></td><td class=\"postlinks\"><a href=\"#top\">Top</a></td></tr>") % (
            k + 2, esc(c["author"]), c["id"], c["id"], c["id"], c["id"], i + 1, t.strftime("%a %b %d, %Y %-I:%M %p").replace(" 0", " "),
            ["Member", "Member", "Moderator", "Member"][k % 4], k, "%s %d" % (["Jan", "Mar", "May", "Aug", "Oct"][k % 5], 2009 + k % 14), posts_n(c), q, br(c), s))
    body = ("<div id=\"pagebox\"><div id=\"topbar\"><div id=\"logo\"><a>Quarry Street Board</a></div><ul id=\"topmenu\"><li><a>Forum index</a></li><li><a>Register</a></li><li><a>Log In</a></li>"
            "<li><a>Member list</a></li><li><a>Staff list</a></li><li><a>Statistics</a></li><li><a>RSS</a></li></ul></div>"
            "<p id=\"location\"><a>Quarry Street Board</a> &raquo; <a>Town matters</a> &raquo; %s</p><p class=\"pagelinks\">Page: 1 <a class=\"new-reply\">Post reply</a></p>"
            "<table class=\"maintable\"><tr><th>Author</th><th>Post</th></tr>%s</table>"
            "<p id=\"linkbar\"><a>Subscribe to topic</a> | <a>Post reply</a></p><p id=\"bottom\">Powered by UseBB 1 Forum Software</p></div>") % (esc(SUBJ), "".join(rows))
    return wrap("Quarry Street Board - " + SUBJ, body)


def aef(posts):
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = "<div class=\"quote\"><div class=\"quotetop\">Quote from: %s</div><div class=\"quotebody\">%s</div></div><br>" % (esc(p["author"]), esc(c["quote"]))
        s = ("<br><br>__________________<br><span class=\"sig\">%s</span>" % esc(sig(c))) if sig(c) else ""
        rows.append(("<table width=\"100%%\" cellpadding=\"1\" cellspacing=\"1\" class=\"cbor\"><tr><td class=\"pcbg\" width=\"20%%\"><a name=\"p%d\"></a><b><a href=\"index.php?mid=%d\">%s</a></b></td>"
                     "<td class=\"pcbg\" align=\"left\"><img src=\"themes/default/images/postedicon.gif\"> Posted on: %s</td><td class=\"pcbg\" align=\"right\"><a>Quote</a> <a>Report</a></td></tr>"
                     "<tr><td class=\"posterinfo\" valign=\"top\"><img src=\"avatars/%d.gif\"><br>%s<br>Posts: %d<br>Gender: %s<br>Reputation: %d</td>"
                     "<td class=\"post\" colspan=\"2\" valign=\"top\"><div class=\"pti\">%s</div>%s%s%s</td></tr></table>") % (
            c["id"], k + 1, esc(c["author"]), t.strftime("%B %d, %Y, %I:%M %p").lower().capitalize().replace(t.strftime("%B").lower(), t.strftime("%B")),
            k, ["Newbie", "Jr. Member", "Full Member", "Sr. Member"][k % 4], posts_n(c), ["Female", "Male", "-"][k % 3], k * 3 % 40,
            esc(("Re: " if i else "") + SUBJ), q, br(c), s))
    body = ("<table width=\"100%%\" class=\"header\"><tr><td><img src=\"themes/default/images/aeflogo.gif\" alt=\"Quarry Street Forum\"></td><td align=\"right\">Welcome Guest. Please <a>Login</a> or <a>Register</a></td></tr></table>"
            "<table width=\"100%%\" class=\"menubar\"><tr><td><a>Home</a> | <a>Search</a> | <a>Members</a> | <a>Calendar</a></td></tr></table>"
            "<div class=\"nav\"><a>Quarry Street Forum</a> &gt; <a>Town matters</a> &gt; %s</div><div class=\"pages\">Pages: (1)</div>"
            "<table width=\"100%%\" class=\"cbor\"><tr><td class=\"cbgbor\"><b>Topic: %s</b> (Read %d times)</td></tr></table>%s"
            "<table width=\"100%%\"><tr><td><a>New Topic</a> <a>Reply</a> <a>Print</a></td></tr></table><div class=\"copyright\">Powered By AEF 1.0.8 &copy; 2007-2026 Electron Inc.</div>") % (
        esc(SUBJ), esc(SUBJ), 512, "".join(rows))
    return wrap("Quarry Street Forum - " + SUBJ, body)


def osqa(posts):
    """posts: question first, then answers each followed by its comments (parent = the answer)."""
    q, rest = posts[0], posts[1:]
    t = q["time"]

    def info(verb, c):
        t = c["time"]
        return ("<div class=\"post-update-info\"><p style=\"line-height:12px;\">%s <strong><span class=\"relativetime\" title=\"%s\">%s</span></strong></p>"
                "<img class=\"gravatar\" width=\"32\" height=\"32\" src=\"/upfiles/avatars/%d.png\"><p><a href=\"/users/%d/%s/\">%s</a><br>"
                "<span class=\"score\" title=\"%d karma\">%d</span><span title=\"1 badges\"><span class=\"bronze\">&#9679;</span><span class=\"badgecount\">1</span></span></p></div>") % (
            verb, t.strftime("%Y-%m-%d %H:%M:%SZ"), t.strftime("%b %d '%y, %-I:%M %p").replace(" 0", " "), k_of(c), 10 + k_of(c), handle(c["author"]), esc(c["author"]),
            posts_n(c), posts_n(c))

    def comments_of(i):
        out = []
        for j, c in enumerate(posts):
            if c["parent"] == i:
                out.append(("<div class=\"comment\" id=\"comment-%d\"><div class=\"comment-score\">%s</div><div class=\"comment-text\">%s</div>"
                            "<div class=\"comment-info\" id=\"comment-%d-info\"><a class=\"comment-user userinfo\" href=\"/users/%d/%s/\">%s</a> "
                            "<span class=\"comment-age\">(%s)</span></div></div>") % (
                    c["id"], c["likes"] or "", "<br>".join(esc(p) for p in c["paras"]), c["id"], 10 + k_of(c), handle(c["author"]), esc(c["author"]),
                    c["time"].strftime("%b %d '%y at %H:%M").replace(" 0", " ")))
        return ("<div class=\"comments-container\" id=\"comments-container-%d\">%s</div><div class=\"comment-tools\"><a class=\"add-comment-link\">add new comment</a></div>" % (posts[i]["id"], "".join(out)))
    answers = [j for j, c in enumerate(posts) if j > 0 and c["parent"] is None]
    arows = []
    for j in answers:
        c = posts[j]
        arows.append(("<a name=\"%d\"></a><div id=\"answer-container-%d\" class=\"answer\"><table style=\"width:100%%;\"><tr><td class=\"vote-cell\"><div class=\"vote-buttons\"><a class=\"post-vote up\" title=\"I like this post (click again to cancel)\"></a>"
                      "<div class=\"post-score\" title=\"current number of votes\">%d</div><a class=\"post-vote down\"></a></div></td><td class=\"answer-cell\"><div class=\"item-right\">"
                      "<div class=\"answer-body\">%s</div><div class=\"answer-controls post-controls\"><span class=\"action-link\"><a>link</a></span> <span class=\"action-link\"><a>flag</a></span></div>"
                      "<div class=\"post-update-info-container\">%s</div>%s</div></td></tr></table></div>") % (
            c["id"], c["id"], c["likes"] or 0, ps(c), info("answered", c), comments_of(j)))
    body = ("<div id=\"roof\"><div id=\"navBar\"><div id=\"logo\"><a href=\"/\">Quarry Street Answers</a></div><div id=\"top\"><a>login</a> <a>about</a> <a>faq</a></div>"
            "<div class=\"nav\"><a class=\"on\">questions</a> <a>tags</a> <a>users</a> <a>badges</a> <a>unanswered</a></div></div><div id=\"searchBar\"><input class=\"searchInput\"> <input type=\"submit\" value=\"search\"></div></div>"
            "<div id=\"wrapper\"><div id=\"room\"><div id=\"CALeft\"><div class=\"headNormal\"><h1><a>Which stops will the library bus use once Sunday opening ends?</a></h1></div>"
            "<div id=\"main-body\"><div id=\"question-table\"><table style=\"width:100%%;\"><tr><td class=\"vote-cell\"><div class=\"vote-buttons\"><div class=\"post-score\">%d</div></div>"
            "<a class=\"favorite-mark\" title=\"mark/unmark this question as favorite\"></a><div class=\"favorite-count\">3</div></td>"
            "<td class=\"question-cell\"><div class=\"item-right\"><div class=\"question-body\">%s</div><div id=\"question-tags\" class=\"tags-container\"><a class=\"post-tag tag-link-library\">library</a> <a class=\"post-tag\">buses</a></div>"
            "<div class=\"post-controls\"><a>link</a> <a>flag</a></div><div class=\"post-update-info-container\">%s</div>%s</div></td></tr></table></div>"
            "<div class=\"tabBar\"><div class=\"headQuestions\">%d Answers:</div><div class=\"tabsA\"><a class=\"on\">oldest</a> <a>newest</a> <a>popular</a></div></div>%s"
            "<form id=\"fmanswer\"><div class=\"headNormal\">Your answer</div><textarea id=\"editor\"></textarea><input type=\"submit\" value=\"Post Your Answer\"></form></div></div>"
            "<div id=\"CARight\"><div class=\"boxC\"><p>Follow this question</p><p>By Email: <a>subscribe</a></p><p>Tags: <a>library</a> &times;42 <a>buses</a> &times;17</p>"
            "<p>Asked: <strong>%s</strong></p><p>Seen: <strong>318 times</strong></p><p>Last updated: <strong>%s</strong></p></div>"
            "<div class=\"boxC\"><h3>Related questions</h3><ul><li><a>Is the Thursday late opening safe?</a></li><li><a>Who runs the volunteer rota?</a></li></ul></div></div></div></div>"
            "<div id=\"ground\"><a>about</a> | <a>faq</a> | <a>privacy</a> &mdash; Powered by OSQA</div>") % (
        q["likes"] or 0, ps(q), info("asked", q), comments_of(0), len(answers), "".join(arows), t.strftime("%b %d '%y, %-I:%M %p").replace(" 0", " "), posts[-1]["time"].strftime("%b %d '%y, %-I:%M %p").replace(" 0", " "))
    return wrap("Which stops will the library bus use once Sunday opening ends? - Quarry Street Answers", body)


def freerepublic(posts):
    rows = []
    for i, c in enumerate(posts):
        t = c["time"]
        n = i + 1
        if i == 0:
            continue
        to = ""
        if c["parent"] is not None:
            to = "<div class=\"to\">To: <a href=\"#%d\">%s</a></div><br>" % (c["parent"] + 1, esc(posts[c["parent"]]["author"]))
        rows.append(("<div class=\"b2\"><a name=\"%d\"></a><small><a href=\"/focus/f-news/4193221/posts?q=1&amp;page=%d#%d\">%d</a> posted on <b>%s</b> by "
                     "<a href=\"/~%s/\">%s</a></small><br><br>%s%s<br><br>"
                     "<small>[ <a>Post Reply</a> | <a>Private Reply</a> | To %s | <a>View Replies</a> ]</small></div><hr size=\"1\" noshade>") % (
            n, n, n, n, t.strftime("%m/%d/%Y %-I:%M:%S %p") + " PST", handle(c["author"]), esc(c["author"]), to, br(c),
            ("<a href=\"#%d\">%d</a>" % (c["parent"] + 1, c["parent"] + 1)) if c["parent"] is not None else "1", ))
    f = posts[0]
    t = f["time"]
    body = ("<table width=\"100%%\" bgcolor=\"#000080\"><tr><td><font color=\"#ffffff\" size=\"5\"><b>Quarry Republic</b></font></td><td align=\"right\"><font color=\"#ffffff\">"
            "<a>Home</a> &middot; <a>News/Activism</a> &middot; <a>Browse</a> &middot; <a>Search</a></font></td></tr></table>"
            "<div class=\"ad\">%s</div><p><small><a>News/Activism</a></small></p>"
            "<div class=\"b2\"><h1>%s</h1><small>Valley Gazette &uarr; | 17 November 2026 | Staff reporter</small><br><br><small>Posted on <b>%s</b> by <a href=\"/~%s/\">%s</a></small><br><br>%s"
            "<br><br><small><a>TOPICS:</a> <a>Local News</a>; <b>KEYWORDS:</b> library; sundays; budget</small><br><br><small>[ <a>Post Reply</a> | <a>Private Reply</a> | <a>View Replies</a> ]</small></div><hr size=\"1\" noshade>"
            "<center><small>Navigation: use the links below to view more comments.<br>first 1-%d last</small></center><hr>%s"
            "<center><small>Disclaimer: Opinions posted on Quarry Republic are those of the individual posters and do not necessarily represent the opinion of Quarry Republic or its management.</small></center>") % (
        "<span>Donate Here By Secure Server</span>", esc(SUBJ), t.strftime("%m/%d/%Y %-I:%M:%S %p") + " PST", handle(f["author"]), esc(f["author"]), br(f), len(posts), "".join(rows))
    return wrap(SUBJ, body)


def main():
    write = h15.writer(OUT)

    def g(name, posts, likes, note, zero_shown=True, times="minute", fetched=None):
        return h15.gold_of(name, name, posts, True, likes, note=note, zero_shown=zero_shown, times=times, fetched=fetched)

    # Waterhole: the post, then nested comments (a reply's parent the comment it answers; top-level comments have none)
    cs = h15.thread(10, max_depth=2, likes=True, p_reply=0.45)
    post = {"parent": None, "depth": 0, "author": h15.NAMES[0], "time": cs[0]["time"] - dt.timedelta(hours=3, minutes=12), "likes": 23, "paras": list(h15.OPENER), "quote": None, "id": 6287}
    allp = [post] + [dict(c, parent=None if c["parent"] is None else c["parent"] + 1) for c in cs]
    write("waterhole", waterhole(post, cs), g("waterhole", allp, True, "Waterhole: the post (first post, its reaction count as likes) then nested comment frames in comment__replies; "
                                               "relative time with the ISO minute in datetime; the 👍 reaction count is likes (absent when 0)", zero_shown=False, fetched=NOW))
    posts = h15.forum(10, likes=True, p_quote=0.35)
    write("spirit", spirit(posts), g("spirit", posts, True, "django Spirit: div.comment rows; 'Nov. 21, 2026' shown with the minute ('Nov. 21, 2026, 2:14 p.m.') in a title; "
                                     "'@handle said:' blockquotes not text (parent the quoted post); 'n likes' is likes (empty when 0)", zero_shown=False))
    posts = h15.forum(9, p_quote=0.3)
    write("thredded", thredded(posts), g("thredded", posts, False, "Thredded (Rails): article.thredded--post; relative time with the ISO minute in datetime; 'X said:' blockquotes not text", fetched=NOW))
    posts = h15.forum(9, p_quote=0.35)
    write("mvnforum", mvnforum(posts), g("mvnforum", posts, False, "mvnForum (Java, tables): header row 'dd/MM/yyyy HH:mm:ss' and '#n', a member cell (rank, Joined, Posts, Location, Status) "
                                        "beside the message; 'Re:' topic lines, 'X wrote:' quote tables and signatures not text"))
    posts = h15.forum(9, p_quote=0.35)
    write("usebb", usebb(posts), g("usebb", posts, False, "UseBB 1: two rows per post (name | '#n: Sat Nov 21, 2026 2:14 PM'; poster info | post); 'X wrote' quotes and signatures not text"))
    posts = h15.forum(9, p_quote=0.35)
    write("aef", aef(posts), g("aef", posts, False, "AEF 1.0: a name cell and 'Posted on: November 21, 2026, 02:14 pm' over a poster-info cell and the post; 'Re:' titles, "
                                 "'Quote from: X' boxes and '____' signatures not text"))
    # OSQA: a question, answers (top level) each with 0-3 comments (parent: the answer)
    q = {"parent": None, "depth": 0, "author": h15.NAMES[4], "time": dt.datetime(2026, 11, 19, 8, 41), "likes": 7,
         "paras": ["The trustees say a mobile library bus will visit the outlying estates twice a week once the library closes on Sundays. "
                   "Has anyone seen the timetable or the list of stops?"], "quote": None}
    posts = [q]
    t = q["time"]
    for a in range(4):
        t = t + dt.timedelta(minutes=R.randint(30, 300))
        ans = {"parent": None, "depth": 0, "author": R.choice(h15.NAMES[5:]), "time": t, "likes": R.randint(0, 12), "paras": h15.paras(), "quote": None}
        posts.append(ans)
        ai = len(posts) - 1
        for _ in range(R.choice([0, 1, 2, 3])):
            t = t + dt.timedelta(minutes=R.randint(5, 90))
            posts.append({"parent": ai, "depth": 1, "author": R.choice(h15.NAMES), "time": t, "likes": R.choice([None, None, 2, 5]), "paras": [h15.para()], "quote": None})
    qc = {"parent": 0, "depth": 1, "author": h15.NAMES[7], "time": q["time"] + dt.timedelta(minutes=19), "likes": None, "paras": [h15.para()], "quote": None}
    posts.insert(1, qc)
    for c in posts[2:]:
        if c["parent"] is not None:
            c["parent"] += 1
    for i, c in enumerate(posts):
        c["id"] = 8100 + i
    for c in posts:
        if c["parent"] is not None:
            c["likes"] = None  # a comment's score shows only when it has votes, and the gold leaves comment scores out
    write("osqa", osqa(posts), g("osqa", posts, True, "OSQA Q&A: the question is the first post, answers are top-level posts, comments under the question or an answer are its children; "
                                   "'asked'/'answered' boxes with the minute in a title; a comment's '(Nov 21 '26 at 14:14)'; the vote score of a question/answer is likes", zero_shown=True))
    posts = h15.forum(11, p_quote=0.0)
    for i, c in enumerate(posts):
        if i > 1 and R.random() < 0.5:
            c["parent"] = R.randrange(i)
    write("freerepublic", freerepublic(posts), g("freerepublic", posts, False, "Free-Republic-like: the posted article with its poster is post 1; replies numbered 'n posted on 11/21/2026 2:14:00 PM PST by X'; "
                                                  "'To: X' (a link to the post answered) opens a reply and is not text, its parent that post; no quotes"))


if __name__ == "__main__":
    main()
