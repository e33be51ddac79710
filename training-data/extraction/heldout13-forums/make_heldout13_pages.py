#!/usr/bin/python3
"""Writes the THIRTEENTH forum round (folder heldout13-forums; HTML + w3m dumps): 11 thread pages in forum, board, BBS and
Q&A systems no earlier gold set covers (checked against ../DATASHEET.md, every ../*/README.md, the "system" fields and
the file names in ../*/), scored on main before any rule for them: Invision Power Board 3, Something Awful's forums,
Apple Support Communities (a question page), Beehive Forum ("To:" lines), Ed Discussion (a question with answers and
comments, hashed classes), a Hubski-like link post, PTT's web BBS (Chinese: the article then its push lines), Eksi
Sozluk (Turkish: entries with the date and author under the text), Yahoo! Chiebukuro (Japanese Q&A, the best answer
first), a DCInside-like gallery (Korean: the post, then comments with replies) and Flashback Forum (Swedish).
Every post is a comment, the first one too.

Messy as real pages: user panes with join dates and post counts (never the post's time), signatures, quotes of earlier
posts with localized heads ("posted:", "Citat: Ursprungligen postat av", "quote:"), vote and like counters, post
numbers, report/quote/reply links, edit notes, pagination and board chrome. Gold conventions as in ../heldout12-forums:
quoted earlier text, quote heads, signatures, edit notes and user panes are not a post's text; the quoted post is the
parent; on a Q&A page the question is the first post, answers are top-level and comments under an answer its children;
a link post's title and link are its text when it has no body; PTT's pushes and DCInside's comments are top-level
posts after the article (a DCInside reply comment is its comment's child); Beehive's "To: X" names the parent.
Helpers, topic and the English/German/Chinese text from ../heldout12-forums' generator; Swedish, Turkish, Japanese and
Korean text in langs.py; new names, seed 20261207 + 13. Usage: make_heldout13_pages.py [OUT_DIR]"""
import datetime as dt
import importlib.util
import json
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
spec = importlib.util.spec_from_file_location("h12f", os.path.join(HERE, "..", "heldout12-forums", "make_heldout12_pages.py"))
m = importlib.util.module_from_spec(spec)
sys.argv = sys.argv[:2]
spec.loader.exec_module(m)
import langs  # noqa: E402

base = m.base
R = random.Random(20261207 + 13)
base.R = R
m.R = R
m.LANG.update(langs.LANG)
m.NAMES.update(langs.NAMES)
m.SUBJ.update(langs.SUBJ)
m.NAMES["en"] = ["Rosalind Achterberg", "leek_and_potter", "Tunde Bakare", "Morag McNab", "slugpellet", "Hamish Orr", "broadbean_bea",
                 "Wen Li", "Gerald", "shedking", "Priti Shah", "Old Tom"]
m.NAMES["zh"] = ["gardenfox", "tomatoboy", "shuibiao", "laowang88", "peaches", "zhong_cai", "bigpumpkin", "ahqiang", "moonbean", "kaibot",
                 "lettuce9", "hoeman"]  # PTT ids are Latin
OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NOW = dt.datetime(2026, 12, 7, 10, 15)
m.NOW = NOW
esc, kids = base.esc, base.kids
use, forum, qa, names, subject, wrap, k_of, sig, posts_n, joined = m.use, m.forum, m.qa, m.names, m.subject, m.wrap, m.k_of, m.sig, m.posts_n, m.joined
ps, tx = m.ps, m.tx


def ampm(t, sec=False):
    return "%02d:%02d%s %s" % (t.hour % 12 or 12, t.minute, ":%02d" % (t.minute * 7 % 60) if sec else "", "AM" if t.hour < 12 else "PM")


def ipb3(posts):
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = ("<p class=\"citation\">%s, on %s, said:</p><div class=\"blockquote\"><div class=\"quote\">%s</div></div>"
                 % (esc(p["author"]), p["time"].strftime("%d %B %Y - %I:%M %p").lstrip("0"), esc(c["quote"])))
        s = sig(c)
        s = "<div class=\"signature\" data-memberid=\"%d\">%s</div>" % (200 + k, esc(s)) if s else ""
        ed = "<p class=\"edit\"><strong>This post has been edited by %s: %s</strong></p>" % (esc(c["author"]), (t + dt.timedelta(minutes=9)).strftime("%d %B %Y - %I:%M %p")) if i % 4 == 2 else ""
        rows.append(("<div class=\"post_block hentry clear clearfix column_view\" id=\"post_id_%d\"><a id=\"entry%d\"></a><div class=\"post_wrap\">"
                     "<h3 class=\"row2\"><span class=\"author vcard\"><a class=\"url fn name___%d\" href=\"/user/%d-%s/\"><span itemprop=\"name\">%s</span></a></span></h3>"
                     "<div class=\"author_info\"><div class=\"user_details\"><span class=\"hover_profile\"><a class=\"ipsUserPhotoLink\"><img src=\"/uploads/av-%d.jpg\" class=\"ipsUserPhoto ipsUserPhoto_large\" alt=\"\"></a></span><br>"
                     "<ul class=\"basic_info\"><p class=\"desc member_title\">%s</p><li class=\"avatar\"><img src=\"/public/style_extra/team_icons/pip.png\" alt=\"*\"></li>"
                     "<li class=\"group_title\">%s</li><li class=\"post_count desc lighter\">%d posts</li></ul>"
                     "<dl class=\"user_fields\"><dt>Joined:</dt><dd>%s</dd><dt>Location:</dt><dd>%s</dd></dl></div></div>"
                     "<div class=\"post_body\"><p class=\"posted_info desc lighter ipsType_small\">Posted <abbr class=\"published\" title=\"%s\">%s</abbr></p>"
                     "<div class=\"post entry-content \" itemprop=\"commentText\">%s%s</div>%s%s</div>"
                     "<ul class=\"post_controls clear clearfix\"><li class=\"report\"><a>Report</a></li><li class=\"multiquote\"><a>MultiQuote</a></li><li><a class=\"ipsButton_secondary\">Quote</a></li></ul>"
                     "<span class=\"post_id right ipsType_small desc blend_links\"><a title=\"Link to post\" href=\"#entry%d\">#%d</a></span></div></div><br>") % (
            c["id"], c["id"], 200 + k, 200 + k, base.handle(c["author"]), esc(c["author"]), 200 + k, ["Advanced Member", "Member", "Newbie", "Moderator"][k % 4],
            ["Members", "Members", "Validating", "Moderators"][k % 4], posts_n(c), joined(c).strftime("%d-%B %y"), ["Leeds", "Otley", "Ilkley", "Pudsey"][k % 4],
            t.strftime("%Y-%m-%dT%H:%M:00+00:00"), t.strftime("%d %B %Y - %I:%M %p").lstrip("0"), q, ps(c), ed, s, c["id"], i + 1))
    body = ("<div id=\"ipbwrapper\"><div id=\"header_bar\" class=\"clearfix\"><div class=\"main_width\"><div id=\"user_navigation\" class=\"not_logged_in\"><a>Sign In</a> <a>Create Account</a></div></div></div>"
            "<div id=\"branding\"><a id=\"logo\">Hollins Lane Growers</a></div><div id=\"primary_nav\"><ul><li><a>Forums</a></li><li><a>Members</a></li><li><a>Calendar</a></li><li><a>Help</a></li></ul></div>"
            "<div id=\"secondary_navigation\"><ol class=\"breadcrumb top ipsList_inline left\"><li><a>Hollins Lane Growers</a></li><li>&rarr; <a>Society business</a></li><li>&rarr; %s</li></ol></div>"
            "<div id=\"content\" class=\"clearfix\"><h1 class=\"ipsType_pagetitle\">%s</h1><div class=\"desc lighter blend_links\">Started by <a>%s</a>, %s</div>"
            "<div class=\"topic_controls clearfix\"><ul class=\"pagination clearfix left\"><li class=\"pagejump\">Page 1 of 2</li><li class=\"page active\">1</li><li class=\"page\"><a>2</a></li><li class=\"next\"><a>Next</a></li></ul>"
            "<ul class=\"topic_buttons\"><li><a>Reply to this topic</a></li><li><a>Start new topic</a></li></ul></div>"
            "<h2 class=\"maintitle\">%d replies to this topic</h2><div class=\"topic hfeed clear clearfix\">%s</div>"
            "<div class=\"topic_controls clearfix\"><ul class=\"pagination clearfix left\"><li class=\"page active\">1</li><li class=\"page\"><a>2</a></li></ul></div>"
            "<div id=\"topic_stats\" class=\"statistics\"><h4>1 user(s) are reading this topic</h4><p>0 members, 1 guests, 0 anonymous users</p></div></div>"
            "<div id=\"footer_utilities\"><p id=\"copyright\">Community Forum Software by IP.Board 3.4.9</p></div></div>") % (
        esc(subject()), esc(subject()), esc(posts[0]["author"]), posts[0]["time"].strftime("%d %B %Y - %I:%M %p").lstrip("0"), len(posts) - 1, "".join(rows))
    return wrap("%s - Society business - Hollins Lane Growers" % subject(), body)


def somethingawful(posts):
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        q = ""
        if c["quote"]:
            q = "<div class=\"bbc-block\"><h4>%s posted:</h4><blockquote>%s</blockquote></div>" % (esc(posts[c["parent"]]["author"]), esc(c["quote"]))
        s = sig(c)
        s = "<p class=\"signature\">%s</p>" % esc(s) if s else ""
        rows.append(("<table class=\"post\" id=\"post%d\" data-idx=\"%d\"><tbody><tr class=\"%s\"><td class=\"userinfo userid-%d\"><dl class=\"userinfo\">"
                     "<dt class=\"author%s\" title=\"\">%s</dt><dd class=\"registered\">%s</dd><dd class=\"title\"><img src=\"https://fi.example/title/%d.gif\" alt=\"\"><br>%s</dd></dl>"
                     "<ul class=\"profilelinks\"><li><a>Profile</a></li><li><a>Post History</a></li><li><a>Rap Sheet</a></li></ul></td>"
                     "<td class=\"postbody\">%s%s%s</td></tr><tr class=\"%s\"><td class=\"postdate\"><a href=\"#post%d\" title=\"Link to this post\">#</a><a href=\"#\" title=\"Back to top\">?</a> %s</td>"
                     "<td class=\"postlinks\"><ul class=\"postbuttons\"><li><a>quote</a></li><li class=\"alertbutton\"><a>Report</a></li></ul></td></tr></tbody></table>") % (
            c["id"], i + 1, "altcolor1" if i % 2 == 0 else "altcolor2", 1000 + k, " op" if c["author"] == posts[0]["author"] else "", esc(c["author"]),
            joined(c).strftime("%b %d, %Y"), k, ["Grimey Drawer", "", "the potato man", "Fun Shoe"][k % 4], q, ps(c), s,
            "altcolor1" if i % 2 == 0 else "altcolor2", c["id"], t.strftime("%b %d, %Y %H:%M")))
    body = ("<div id=\"container\"><div id=\"globalmenu\"><ul><li><a>SA</a></li><li><a>Forums</a></li><li><a>Rules</a></li><li><a>SAclopedia</a></li><li><a>Search</a></li></ul></div>"
            "<div class=\"breadcrumbs\"><a>The Something Awful Forums</a> &gt; <a>Discussion</a> &gt; <a>Gardening Ghetto</a> &gt; <a>%s</a></div>"
            "<div class=\"threadbar top\"><div class=\"pages top\">Pages (2): <span class=\"curpage\">1</span> <a>2</a> <a title=\"Next page\">&rsaquo;</a></div><ul class=\"postbuttons\"><li><a>Reply</a></li><li><a>Bookmark</a></li></ul></div>"
            "<div id=\"thread\" class=\"thread%d\">%s</div>"
            "<div class=\"threadbar bottom\"><div class=\"pages bottom\">Pages (2): <span class=\"curpage\">1</span> <a>2</a></div></div>"
            "<div id=\"copyright\">Copyright &copy;2026 Jeffrey of YOSPOS &amp; Something Awful</div></div>") % (esc(subject()), 3990012, "".join(rows))
    return wrap("%s - The Something Awful Forums" % subject(), body)


def applecomm(cs):
    def head(c, role):
        k = k_of(c)
        return ("<div class=\"author\"><a class=\"author-avatar\"><img src=\"/avatars/%d.png\" alt=\"User profile for user: %s\"></a>"
                "<div class=\"author-details\"><a class=\"author-name\" href=\"/profile/%s\">%s</a> <span class=\"author-level\">Level %d</span> <span class=\"author-points\">(%s points)</span></div></div>"
                "<div class=\"post-meta\"><span class=\"post-role\">%s</span> <time class=\"post-date\" datetime=\"%s\">%s</time></div>") % (
            3000 + k, esc(c["author"]), base.handle(c["author"]), esc(c["author"]), 1 + k % 10, "{:,}".format(120 + k * 4121), role,
            c["time"].strftime("%Y-%m-%dT%H:%M:00Z"), "%s %d, %d %s" % (c["time"].strftime("%b"), c["time"].day, c["time"].year, ampm(c["time"]).lstrip("0")))
    q = cs[0]
    qhtml = ("<section class=\"question\"><h1 class=\"question-title\"><span class=\"q-prefix\">Q:</span> %s</h1>%s<div class=\"post-body\" id=\"question-body\">%s</div>"
             "<div class=\"question-footer\"><span class=\"me-too\">I have this question too (%d)</span> <a>Reply</a></div></section>") % (
        esc(subject()), head(q, "Posted on"), ps(q), q["likes"] or 0)
    ans = []
    for i, c in enumerate(cs[1:], 1):
        if c["parent"] is not None and c["parent"] != 0:
            continue
        inner = "".join("<li class=\"reply-comment\">%s<div class=\"post-body\">%s</div></li>" % (head(cs[j], "Reply"), ps(cs[j])) for j in kids(cs, i))
        ans.append(("<article class=\"reply%s\" id=\"reply-%d\">%s<div class=\"post-body\">%s</div><div class=\"reply-footer\"><button class=\"helpful\">Helpful (%d)</button> <a>Reply</a></div>%s</article>") % (
            " recommended" if i == 1 else "", c["id"], head(c, "Recommended answer" if i == 1 else "Reply"), ps(c), c["likes"] or 0,
            "<ul class=\"reply-comments\">%s</ul>" % inner if inner else ""))
    body = ("<header class=\"globalnav\"><a>Apple</a> <a>Store</a> <a>Mac</a> <a>iPhone</a> <a>Support</a></header><nav class=\"community-nav\"><a>Community</a> &gt; <a>Garden &amp; Home</a> &gt; <a>HomeKit</a></nav>"
            "<main id=\"main\">%s<div class=\"replies\"><h2>%d replies</h2>%s</div><div class=\"page-nav\">Page 1 of 1</div>"
            "<aside class=\"similar\"><h3>Similar questions</h3><a>Smart water meter not showing in Home</a> <a>Sprinkler automation</a></aside></main>"
            "<footer>This site contains user submitted content, comments and opinions and is for informational purposes only. Copyright &copy; 2026 Apple Inc.</footer>") % (
        qhtml, len(cs) - 1, "".join(ans))
    return wrap("%s - Apple Community" % subject(), body)


def beehive(posts):
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        to = "ALL" if c["parent"] is None else "%s (%d.%d)" % (esc(posts[c["parent"]]["author"]), 88, c["parent"] + 1)
        s = sig(c)
        s = "<div class=\"sig\">%s</div>" % esc(s) if s else ""
        rows.append(("<div class=\"message\" id=\"message_88_%d\"><table class=\"box\" width=\"96%%\"><tr><td class=\"posthead\"><table width=\"100%%\" class=\"posthead\">"
                     "<tr><td class=\"postinfo\" width=\"1%%\" align=\"right\"><span class=\"posttofromlabel\">From:</span></td><td class=\"postinfo\" align=\"left\"><a class=\"popup 650x500\" href=\"user_profile.php?uid=%d\"><span class=\"posttofrom\">%s</span></a> <span class=\"smalltext\">(%d posts)</span></td>"
                     "<td class=\"postinfo\" align=\"right\"><span class=\"postinfo\">%s</span></td></tr>"
                     "<tr><td class=\"postinfo\" align=\"right\"><span class=\"posttofromlabel\">To:</span></td><td class=\"postinfo\" align=\"left\"><span class=\"posttofrom\">%s</span></td>"
                     "<td class=\"postinfo\" align=\"right\"><span class=\"postinfo\">88.%d %s</span></td></tr></table></td></tr>"
                     "<tr><td class=\"postbody\"><div class=\"postbody\">%s</div>%s</td></tr>"
                     "<tr><td class=\"postresponse\"><a>Reply</a> &nbsp; <a>Quote</a> &nbsp; <a>Edit</a> &nbsp; <a>Report</a></td></tr></table></div>") % (
            c["id"], 40 + k, esc(c["author"]), posts_n(c), t.strftime("%d/%m/%Y %H:%M"), to, i + 1,
            "" if c["parent"] is None else "in reply to 88.%d" % (c["parent"] + 1), ps(c), s))
        for c2 in [c]:
            c2["quote"] = None
    body = ("<div id=\"bh_header\"><h1>Hollins Lane Allotments</h1><div class=\"nav\"><a>Start</a> | <a>Messages</a> | <a>Links</a> | <a>Preferences</a> | <a>Logout</a></div></div>"
            "<table width=\"96%%\"><tr><td class=\"threadname\"><h2>%s</h2><span class=\"thread_info\">Society business &middot; %d messages &middot; 214 views</span></td></tr></table>"
            "<div class=\"pagination\">Pages: <b>1</b> <a>2</a></div>%s<div class=\"pagination\">Pages: <b>1</b> <a>2</a></div>"
            "<p class=\"copyright\">Beehive Forum 1.5.2 &copy; 2026 Project Beehive Forum</p>") % (esc(subject()), len(posts), "".join(rows))
    return wrap("Hollins Lane Allotments - %s" % subject(), body)


def edstem(cs):
    def card(c, kind, inner=""):
        k = k_of(c)
        return ("<div class=\"dis-%s _2kfAqZ\" data-comment-id=\"%d\"><div class=\"_3vyPc_\"><div class=\"avatar _1gPAE\" style=\"background:#%06x\">%s</div>"
                "<div class=\"_2nQ8v\"><span class=\"_1Rv5y user-name\">%s</span>%s <span class=\"_4HnYl\">&middot;</span> <time class=\"_2J4R0\" datetime=\"%s\" title=\"%s\">%s</time></div></div>"
                "<div class=\"_3sWfA amber-content\">%s</div><div class=\"_1qZbq\"><button class=\"_3Ea9N\">&#9650; <span>%d</span></button> <button>Reply</button> <button>Share</button> <button>...</button></div>%s</div>") % (
            kind, c["id"], 0x334455 + k * 4099, esc(c["author"][0].upper()), esc(c["author"]), " <span class=\"_1fB8S role\">STAFF</span>" if k == 3 else "",
            c["time"].strftime("%Y-%m-%dT%H:%M:00.000Z"), c["time"].strftime("%a, %d %b %Y, %H:%M"), m.ago(c["time"]).replace("d ago", " days ago"), ps(c), c["likes"] or 0, inner)
    q = cs[0]
    out = []
    for i, c in enumerate(cs[1:], 1):
        if c["parent"] is not None:
            continue

        def sub(j):
            return card(cs[j], "comment", "".join(sub(x) for x in kids(cs, j)))
        out.append(card(c, "answer", "<div class=\"_1z3Yq comments\">%s</div>" % "".join(sub(j) for j in kids(cs, i)) if kids(cs, i) else ""))
    body = ("<div id=\"root\"><div class=\"_1vTbx header\"><a>Ed</a> <span>COMP1511 Horticulture Society</span> <a>Discussion</a> <a>Lessons</a> <a>Resources</a></div>"
            "<div class=\"_3ZF8u\"><div class=\"_2FXdP thread-list\"><input placeholder=\"Search\"><div class=\"_tl\">#12 Water meters<br>#11 AGM date<br>#10 Compost bays</div></div>"
            "<div class=\"_3BV5f discuss-thread\"><div class=\"_2LS7j\"><h1 class=\"_3A9bq\">%s <span class=\"_1GZ6K\">#13</span></h1><div class=\"_3wG2L category\">Society &ndash; Question</div></div>"
            "<div class=\"dis-question\">%s</div><div class=\"_2qQpn\"><span>%d Answers</span></div>%s"
            "<div class=\"_1U3hN\"><textarea placeholder=\"Add answer\"></textarea></div></div></div></div>") % (
        esc(subject()), card(q, "post"), len([c for c in cs[1:] if c["parent"] is None]), "".join(out))
    return wrap("%s &ndash; Ed Discussion" % subject(), body)


def hubski(cs, link_title, url):
    def one(i, inner):
        c = cs[i]
        return ("<div class=\"wholecomm\" id=\"%d\"><div class=\"comm\"><div class=\"subhead\"><span class=\"plusminus\"><a>&ndash;</a></span> "
                "<a href=\"/user?id=%s\" class=\"user\">%s</a>  &middot; <a href=\"/pub?id=%d\" title=\"%s\"><span class=\"ago\">%s</span></a> &middot; <a>link</a> &middot; <a>parent</a></div>"
                "<div class=\"commtext\">%s</div><div class=\"cbar\"><a class=\"share\">share</a> <a class=\"reply\">reply</a> <span class=\"badges\">%s</span></div></div>"
                "<div class=\"subcom\">%s</div></div>") % (
            c["id"], base.handle(c["author"]), base.handle(c["author"]), c["id"], c["time"].strftime("%Y-%m-%d %H:%M"), m.ago(c["time"]).replace("d ago", " days ago"),
            ps(c), "&#9679;" * (c["likes"] or 0 if (c["likes"] or 0) < 4 else 3), inner)
    p = cs[0]
    body = ("<div id=\"unit\"><div id=\"header\"><a class=\"logo\">hubski</a> <a>feed</a> <a>global</a> <a>search</a> <a>login</a></div>"
            "<div class=\"pubbox\"><div class=\"titlelinks\"><a class=\"title\" href=\"%s\">%s</a> <span class=\"domain\">(%s)</span></div>"
            "<div class=\"pubtags\"><a>#gardening</a> <a>#water</a></div><div class=\"subhead\">posted by <a class=\"user\" href=\"/user?id=%s\">%s</a> &middot; <a title=\"%s\"><span class=\"ago\">%s</span></a> &middot; <a>share</a></div></div>"
            "<div id=\"comments\" class=\"comments\">%s</div><div class=\"sidebar\"><a>hubski is a place for ideas</a></div></div>") % (
        url, esc(link_title), url.split("/")[2], base.handle(p["author"]), base.handle(p["author"]), p["time"].strftime("%Y-%m-%d %H:%M"),
        m.ago(p["time"]).replace("d ago", " days ago"), h10nest(cs, one))
    return wrap("%s | hubski" % link_title, body)


def h10nest(cs, one):
    def rec(i):
        sub = "".join(rec(k) for k in kids(cs, i))
        return one(i, sub)
    return "".join(rec(i) for i in kids(cs, None) if i > 0)


def ptt(cs):
    a = cs[0]
    pushes = []
    for c in cs[1:]:
        tag = ["推 ", "→ ", "噓 ", "推 "][c["id"] % 4]
        pushes.append("<div class=\"push\"><span class=\"%s push-tag\">%s</span><span class=\"f3 hl push-userid\">%s</span><span class=\"f3 push-content\">: %s</span><span class=\"push-ipdatetime\"> 1.160.%d.%d %s\n</span></div>" % (
            "hl" if tag == "推 " else "f1 hl", tag, esc(c["author"]), esc(" ".join(c["paras"])), k_of(c) * 7, k_of(c) * 13 % 255, c["time"].strftime("%m/%d %H:%M")))
    body = ("<div id=\"topbar-container\"><div id=\"topbar\" class=\"bbs-content\"><a id=\"logo\" href=\"/bbs/\">批踢踢實業坊</a><span>&rsaquo;</span><a class=\"board\" href=\"/bbs/Gardening/index.html\"><span class=\"board-label\">看板 </span>Gardening</a><a class=\"right small\">關於我們</a><a class=\"right small\">聯絡資訊</a></div></div>"
            "<div id=\"navigation-container\"><div id=\"navigation\" class=\"bbs-content\"><a class=\"board\">返回看板</a><div class=\"bar\"></div><div class=\"share\"><span>分享</span></div></div></div>"
            "<div id=\"main-container\"><div id=\"main-content\" class=\"bbs-screen bbs-content\">"
            "<div class=\"article-metaline\"><span class=\"article-meta-tag\">作者</span><span class=\"article-meta-value\">%s (%s)</span></div>"
            "<div class=\"article-metaline-right\"><span class=\"article-meta-tag\">看板</span><span class=\"article-meta-value\">Gardening</span></div>"
            "<div class=\"article-metaline\"><span class=\"article-meta-tag\">標題</span><span class=\"article-meta-value\">[問題] %s</span></div>"
            "<div class=\"article-metaline\"><span class=\"article-meta-tag\">時間</span><span class=\"article-meta-value\">%s</span></div>\n%s\n\n--\n"
            "<span class=\"f2\">※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 36.228.12.9 (臺灣)\n</span><span class=\"f2\">※ 文章網址: <a href=\"https://www.ptt.cc/bbs/Gardening/M.1763734440.A.3F2.html\">https://www.ptt.cc/bbs/Gardening/M.1763734440.A.3F2.html</a>\n</span>"
            "%s</div><div id=\"article-polling\" data-pollurl=\"/poll/Gardening/M.1763734440.A.3F2.html\" data-offset=\"5120\"></div></div>") % (
        esc(a["author"]), "種菜的", esc(subject()), a["time"].strftime("%a %b %d %H:%M:%S %Y").replace(" 0", "  "), "\n\n".join(esc(p) for p in a["paras"]), "".join(pushes))
    return ("<!DOCTYPE html><html lang=\"zh-Hant-TW\"><head><meta charset=\"utf-8\"><title>[問題] %s - 看板 Gardening - 批踢踢實業坊</title></head><body>%s</body></html>" % (esc(subject()), body))


def eksi(cs):
    items = []
    for i, c in enumerate(cs):
        ed = " ~ %s" % (c["time"] + dt.timedelta(minutes=31)).strftime("%H:%M") if i % 3 == 1 else ""
        items.append(("<li data-id=\"%d\" data-author=\"%s\" data-author-id=\"%d\" data-isfavorite=\"false\" data-favorite-count=\"%d\" data-comment-count=\"0\">"
                      "<div class=\"content\">%s</div><footer><div class=\"feedback-container\"><span class=\"favorite-links\"><a class=\"favorite-link\" title=\"favorilere ekle\"><svg class=\"eksico\"></svg></a>"
                      "<a class=\"favorite-count toggles\">%s</a></span><span class=\"other dropdown\"><a class=\"others dropdown-toggle\">...</a><ul class=\"dropdown-menu\"><li><a>şikayet</a></li><li><a>engelle</a></li></ul></span></div>"
                      "<div class=\"info\"><div class=\"entry-footer-bottom\"><div class=\"footer-info\"><div id=\"entry-author\"><a class=\"entry-author\" href=\"/biri/%s\">%s</a></div>"
                      "<div><a class=\"entry-date permalink\" href=\"/entry/%d\">%s%s</a></div></div><div class=\"avatar-container\"><img class=\"avatar\" src=\"//img.ekstat.example/profiles/%d.jpg\" alt=\"%s\" title=\"%s\"></div></div></div></footer></li>") % (
            c["id"], esc(c["author"]), 7000 + k_of(c), c["likes"] or 0, "<br><br>".join(esc(p) for p in c["paras"]), c["likes"] if c["likes"] else "",
            esc(c["author"]).replace(" ", "-"), esc(c["author"]), c["id"], c["time"].strftime("%d.%m.%Y %H:%M"), ed, 7000 + k_of(c), esc(c["author"]), esc(c["author"])))
    body = ("<header id=\"top-bar\"><div id=\"logo\"><a>ekşi sözlük</a></div><div id=\"search-form\"><input placeholder=\"başlık, #entry, @yazar\"></div><nav id=\"top-navigation\"><a>giriş</a> <a>kayıt ol</a></nav>"
            "<nav id=\"sub-navigation\"><ul><li><a>gündem</a></li><li><a>debe</a></li><li><a>spor</a></li><li><a>siyaset</a></li><li><a>tarih</a></li></ul></nav></header>"
            "<div id=\"container\"><aside id=\"aside\"><h2>gündem</h2><ul class=\"topic-list\"><li><a>deprem <small>312</small></a></li><li><a>asgari ücret zammı <small>1,2b</small></a></li></ul></aside>"
            "<div id=\"main\"><div id=\"content\"><section id=\"content-body\"><div id=\"topic\"><h1 id=\"title\" data-title=\"%s\" data-id=\"7612044\"><a href=\"/marttan-itibaren--7612044\"><span itemprop=\"name\">%s</span></a></h1>"
            "<div class=\"sub-title-menu\"><a>başlıkta ara</a> <a>takip et</a> <div class=\"pager\" data-currentpage=\"1\" data-pagecount=\"2\"><a>1</a> / <a>2</a> <a>»</a></div></div>"
            "<ul id=\"entry-item-list\">%s</ul><div class=\"pager\">1 / <a>2</a> <a rel=\"next\">»</a></div></div></section></div></div>"
            "<aside id=\"aside-right\"><div class=\"ads\"><span>reklam</span><a>Bahçe hortumu %%40 indirim</a></div></aside></div>"
            "<footer id=\"footer\"><a>ekşi sözlük</a> <a>kullanım koşulları</a> <a>gizlilik</a></footer>") % (esc(subject()), esc(subject()), "".join(items))
    return wrap("%s - ekşi sözlük" % subject(), body, lang="tr")


def chiebukuro(cs):
    def ans(c, best=False, inner=""):
        return ("<div class=\"ClapLv1AnswerItem_Chie-AnswerItem__%s\" id=\"ans-%d\"><div class=\"ClapLv1UserInfo_Chie-UserInfo__\"><a class=\"ClapLv1UserInfo_Chie-UserInfo__UserName\"><p class=\"ClapLv1UserInfo_Chie-UserInfo__UserName__Text\">%s</p></a>"
                "<p class=\"ClapLv1UserInfo_Chie-UserInfo__Status\">%sさん</p></div>%s<div class=\"ClapLv1TextBlock_Chie-TextBlock__\">%s</div>"
                "<p class=\"ClapLv1AnswerItem_Chie-AnswerItem__Date\">%s</p><div class=\"ClapLv1Reaction\"><button>ナイス！<span>%d</span></button> <button>違反報告</button></div>%s</div>") % (
            "Best" if best else "Item", c["id"], esc(c["author"]), "カテゴリマスター" if k_of(c) % 3 == 0 else "", "<p class=\"best\">ベストアンサー</p><p class=\"qa-chosen\">このベストアンサーは投票で選ばれました</p>" if best else "",
            "<br>".join(esc(p) for p in c["paras"]), c["time"].strftime("%Y/%m/%d %H:%M"), c["likes"] or 0,
            "<div class=\"ClapLv1ReplyList\"><p>返信（%d件）</p>%s</div>" % (inner.count("ReplyItem__Text"), inner) if inner else "")

    def reply(c):
        return ("<div class=\"ClapLv1ReplyItem\"><p class=\"ClapLv1ReplyItem__User\">%s</p><p class=\"ClapLv1ReplyItem__Text\">%s</p><p class=\"ClapLv1ReplyItem__Date\">%s</p></div>") % (
            esc(c["author"]), "<br>".join(esc(p) for p in c["paras"]), c["time"].strftime("%Y/%m/%d %H:%M"))
    q = cs[0]
    tops = [i for i, c in enumerate(cs) if i > 0 and c["parent"] is None]
    best = tops[-1]
    order = [best] + [i for i in tops if i != best]
    blocks = [ans(cs[i], i == best, "".join(reply(cs[j]) for j in kids(cs, i))) for i in order]
    body = ("<header><a>Yahoo!知恵袋</a> <input placeholder=\"キーワードで探す\"> <a>質問する</a> <a>ログイン</a></header><nav><a>知恵袋トップ</a> &gt; <a>暮らしと生活ガイド</a> &gt; <a>家庭菜園</a></nav>"
            "<main><div class=\"ClapLv1QuestionItem_Chie-QuestionItem__\"><div class=\"ClapLv1UserInfo_Chie-UserInfo__\"><a><p class=\"ClapLv1UserInfo_Chie-UserInfo__UserName__Text\">%s</p></a><p>さん</p></div>"
            "<div class=\"ClapLv1TextBlock_Chie-TextBlock__\"><h1>%s</h1>%s</div><p class=\"ClapLv1QuestionItem_Chie-QuestionItem__Date\">%s</p>"
            "<div class=\"ClapLv1Reaction\"><button>共感した<span>%d</span></button> <span>閲覧数：1,204</span> <span>回答数：%d</span></div></div>"
            "<div class=\"ClapLv1AnswerList\"><h2>回答（%d件）</h2><p class=\"sort\">並び替え：<a>新しい順</a> <a>ナイス順</a></p>%s</div>"
            "<aside><h3>関連する質問</h3><a>市民農園の水道代はいくら？</a> <a>雨水タンクのおすすめ</a><div class=\"ad\">PR 家庭菜園の土 送料無料</div></aside></main>"
            "<footer>© LY Corporation</footer>") % (
        esc(q["author"]), esc(subject()), "<br>".join(esc(p) for p in q["paras"]), q["time"].strftime("%Y/%m/%d %H:%M"), q["likes"] or 0, len(tops), len(tops), "".join(blocks))
    page = wrap("%s - Yahoo!知恵袋" % subject(), body, lang="ja")
    return page, [0] + [x for i in order for x in [i] + kids(cs, i)]


def dcinside(cs):
    a = cs[0]
    lis = []
    for i, c in enumerate(cs[1:], 1):
        if c["parent"] is not None and c["parent"] != 0:
            continue
        reps = "".join(("<li id=\"reply_li_%d\" class=\"ub-content\"><div class=\"reply_info\"><div class=\"cmt_nickbox\"><span class=\"gall_writer ub-writer\" data-nick=\"%s\" data-uid=\"\" data-ip=\"118.235\"><span class=\"nickname\"><em>%s</em></span><span class=\"ip\">(118.235)</span></span></div>"
                        "<div class=\"clear cmt_txtbox\"><p class=\"usertxt ub-word\">%s</p></div><div class=\"fr clear\"><span class=\"date_time\">%s</span><div class=\"cmt_mdf_del\"><button>삭제</button></div></div></div></li>") % (
            cs[j]["id"], esc(cs[j]["author"]), esc(cs[j]["author"]), esc(" ".join(cs[j]["paras"])), cs[j]["time"].strftime("%m.%d %H:%M:%S")) for j in kids(cs, i))
        lis.append(("<li id=\"comment_li_%d\" class=\"ub-content\"><div class=\"cmt_info clear\" data-no=\"%d\"><div class=\"cmt_nickbox\"><span class=\"gall_writer ub-writer\" data-nick=\"%s\" data-uid=\"%s\" data-ip=\"\"><span class=\"nickname in\" title=\"%s\"><em>%s</em></span><a class=\"writer_nikcon\"><img src=\"https://nstatic.example/fix_nik.gif\" title=\"%s : 갤로그로 이동합니다.\"></a></span></div>"
                     "<div class=\"clear cmt_txtbox btn_reply_write_all\"><p class=\"usertxt ub-word\">%s</p></div><div class=\"fr clear\"><span class=\"date_time\">%s</span><div class=\"cmt_mdf_del\"><button>삭제</button></div></div></div></li>%s") % (
            c["id"], c["id"], esc(c["author"]), base.handle(c["author"]), esc(c["author"]), esc(c["author"]), base.handle(c["author"]), esc(" ".join(c["paras"])), c["time"].strftime("%m.%d %H:%M:%S"),
            "<li><div class=\"reply show\"><div class=\"reply_box\"><ul class=\"reply_list\" id=\"reply_list_%d\">%s</ul></div></div></li>" % (c["id"], reps) if reps else ""))
    body = ("<div id=\"top\" class=\"dcwrap\"><header class=\"dchead\"><h1 class=\"dc_logo\"><a>디시인사이드</a></h1><div class=\"gnb_bar\"><a>갤러리</a> <a>마이너갤</a> <a>미니갤</a> <a>뉴스</a> <a>로그인</a></div></header>"
            "<div class=\"page_head\"><h2><a>주말농장 갤러리</a></h2></div><main id=\"container\"><section><article><div class=\"view_content_wrap\"><header><div class=\"gallview_head clear ub-content\">"
            "<h3 class=\"title ub-word\"><span class=\"title_headtext\">[질문]</span> <span class=\"title_subject\">%s</span></h3>"
            "<div class=\"gall_writer ub-writer\" data-nick=\"%s\" data-uid=\"%s\"><div class=\"fl\"><span class=\"nickname in\" title=\"%s\"><em>%s</em></span><span class=\"gall_date\" title=\"%s\">%s</span></div>"
            "<div class=\"fr\"><span class=\"gall_count\">조회 1042</span><span class=\"gall_reply_num\">추천 %d</span><span class=\"gall_comment\"><a>댓글 %d</a></span></div></div></div></header>"
            "<div class=\"gallview_contents\"><div class=\"inner clear\"><div class=\"writing_view_box\"><div class=\"write_div\">%s</div></div></div>"
            "<div class=\"btn_recommend_box clear\"><div class=\"up_num_box\"><p class=\"up_num font_red\">%d</p><button class=\"btn_recom_up\">개념 추천</button></div><div class=\"down_num_box\"><p class=\"down_num\">0</p><button>비추</button></div></div></div></div></article>"
            "<div class=\"view_comment\"><div class=\"comment_count\"><div class=\"fl num_box\">전체 댓글 <span class=\"font_red\">%d</span>개</div></div>"
            "<div class=\"comment_box\"><ul class=\"cmt_list\">%s</ul></div><div class=\"bottom_paging_box\"><em>1</em></div></div>"
            "<div class=\"gall_list\"><table><tr><td class=\"gall_tit\"><a>빗물통 어디서 사나요</a></td><td class=\"gall_writer\">감자왕</td></tr></table></div></section></main>"
            "<footer class=\"dcfoot\">Copyright ⓒ 1999 - 2026 dcinside. All rights reserved.</footer></div>") % (
        esc(subject()), esc(a["author"]), base.handle(a["author"]), esc(a["author"]), esc(a["author"]), a["time"].strftime("%Y-%m-%d %H:%M:%S"), a["time"].strftime("%Y.%m.%d %H:%M:%S"),
        a["likes"] or 0, len(cs) - 1, "".join("<p>%s</p>" % esc(p) for p in a["paras"]), a["likes"] or 0, len(cs) - 1, "".join(lis))
    return wrap("%s - 주말농장 갤러리" % subject(), body, lang="ko")


def flashback(posts):
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        q = ""
        if c["quote"]:
            q = ("<div class=\"post-bbcode-quote-wrapper\"><div class=\"post-bbcode-quote\"><div class=\"post-bbcode-quote-head\">Citat:</div><table><tr><td class=\"alt2 post-bbcode-quote\">"
                 "<div>Ursprungligen postat av <strong>%s</strong> <a href=\"#p%d\" rel=\"nofollow\">&raquo;</a></div><div class=\"post-clamped-text\">%s</div></td></tr></table></div></div>") % (
                esc(posts[c["parent"]]["author"]), posts[c["parent"]]["id"], esc(c["quote"]))
        s = sig(c)
        s = "<div class=\"post-signature\">__________________<br>%s</div>" % esc(s) if s else ""
        ed = "<div class=\"smallfont post-edited\"><em>Senast redigerad av %s %s klockan %s.</em></div>" % (esc(c["author"]), t.strftime("%Y-%m-%d"), (t + dt.timedelta(minutes=6)).strftime("%H:%M")) if i % 4 == 1 else ""
        rows.append(("<div id=\"post%d\" class=\"post\"><div class=\"post-heading\">%s<a class=\"jump-fix\" id=\"p%d\"></a><div class=\"pull-right\"><a href=\"/p%d\" rel=\"nofollow\"><strong>#%d</strong></a></div></div>"
                     "<div class=\"post-body\"><div class=\"post-col post-left\"><div class=\"post-user\"><div class=\"dropdown\"><a class=\"post-user-username dropdown-toggle\" href=\"/u%d\">%s</a></div>"
                     "<div class=\"post-user-title\">%s</div><div class=\"post-user-avatar\"><img src=\"/customavatars/a%d.gif\" alt=\"%ss avatar\"></div>"
                     "<div class=\"post-user-info small\"><div>Reg: %s</div><div>Inlägg: %s</div></div></div></div>"
                     "<div class=\"post-col post-right\"><div class=\"post_message\" id=\"post_message_%d\">%s%s</div>%s%s</div></div>"
                     "<div class=\"post-footer\"><a class=\"btn btn-default btn-xs\">Citera</a> <a class=\"btn btn-default btn-xs\">+Citera</a> <a class=\"btn btn-xs\">Anmäl</a></div></div>") % (
            c["id"], t.strftime("%Y-%m-%d, %H:%M"), c["id"], c["id"], i + 1, 500 + k, esc(c["author"]), ["Medlem", "Medlem", "Bannlyst", "Moderator"][k % 4],
            500 + k, esc(c["author"]), joined(c).strftime("%b %Y").replace("May", "Maj").replace("Oct", "Okt"), "{:,}".format(posts_n(c) * 3).replace(",", " "),
            c["id"], q, "<br><br>".join(esc(p) for p in c["paras"]), ed, s))
    body = ("<div id=\"site\"><div id=\"top-nav\" class=\"navbar\"><a class=\"navbar-brand\">Flashback Forum</a> <a>Nya inlägg</a> <a>Sök</a> <a>Logga in</a> <a>Registrera</a></div>"
            "<ol class=\"breadcrumb\"><li><a>Flashback Forum</a></li><li><a>Hem, bostad och familj</a></li><li><a>Trädgård och odling</a></li></ol>"
            "<div class=\"page-title\"><h1>%s</h1></div><div class=\"row-pagination\"><ul class=\"pagination\"><li class=\"active\"><span>1</span></li><li><a>2</a></li><li><a>&gt;</a></li></ul><span class=\"pull-right\">Ämnesverktyg</span></div>"
            "<div id=\"posts\">%s</div><div class=\"row-pagination\"><ul class=\"pagination\"><li class=\"active\"><span>1</span></li><li><a>2</a></li></ul></div>"
            "<div id=\"site-footer\">Flashback Forum &middot; Kontakta oss &middot; Regler</div></div>") % (esc(subject()), "".join(rows))
    return wrap("%s - Flashback Forum" % subject(), body, lang="sv")


def main():
    os.makedirs(os.path.join(OUT, "pages"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "text"), exist_ok=True)
    written = []

    def write(name, html_, gold):
        with open(os.path.join(OUT, "pages", name + ".html"), "w", encoding="utf-8") as f:
            f.write(html_)
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=1, ensure_ascii=False)
            f.write("\n")
        dump = subprocess.run(["w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"], input=html_.encode("utf-8"),
                              capture_output=True, check=True).stdout
        with open(os.path.join(OUT, "text", name + ".txt"), "wb") as f:
            f.write(dump)
        written.append(name)

    def g(name, cs, likes, note, times="minute", zero_shown=True, fetched=None):
        return base.gold_of(name, name, cs, True, likes, times=times, note=note, zero_shown=zero_shown, fetched=fetched)

    use("en")
    posts = forum(10)
    write("ipb3", ipb3(posts), g("ipb3", posts, False, "IP.Board 3.4: post_block with the name in h3, author_info ('n posts', 'Joined:' 'Location:') beside the post_body; "
                                 "'Posted 21 November 2026 - 02:14 PM' in abbr.published; 'X, on date, said:' citations not text, the quoted post is the parent; signatures and edit notes not text"))
    posts = forum(10)
    write("somethingawful", somethingawful(posts), g("somethingawful", posts, False, "Something Awful forums: a table per post, userinfo dl (name, registered date, title image) beside the postbody; "
                                                     "the post date in the next row ('Nov 21, 2026 14:14'); 'X posted:' bbc-blocks not text, the quoted post is the parent; signatures not text"))
    cs = m.qa(9, likes=True, max_depth=1, p_reply=0.35)
    write("applecomm", applecomm(cs), g("applecomm", cs, True, "Apple Support Communities: the question ('Q:' title, author level and points, 'Posted on' date) is the first post; "
                                        "replies with 'Level n (points)', a recommended answer; comments under a reply its children; 'Helpful (n)' / 'I have this question too (n)' as likes"))
    posts = forum(10)
    write("beehive", beehive(posts), g("beehive", posts, False, "Beehive Forum: a table per message with 'From: X (n posts)' and 'To: ALL' or 'To: X (88.n)' lines and the date; "
                                       "the 'To:' member's message is the parent; signatures not text"))
    cs = m.qa(10, likes=True, max_depth=2, p_reply=0.5)
    write("edstem", edstem(cs), g("edstem", cs, True, "Ed Discussion: hashed class names; the question, answers, nested comments under an answer; relative ages with the minute in a title; "
                                  "a STAFF badge beside some names; the vote count is likes", fetched=NOW))
    cs = base.thread(10, max_depth=3, likes=True, p_reply=0.55)
    link = {"parent": None, "depth": 0, "author": names()[5], "time": cs[0]["time"] - dt.timedelta(hours=3), "likes": None,
            "paras": ["Councils are metering allotment water to cover rising bills"], "quote": None, "id": 9001}
    for c in cs:
        c["parent"] = None if c["parent"] is None else c["parent"] + 1
    cs = [link] + cs
    for c in cs:
        c["author"] = base.handle(c["author"])  # the page shows only the handle, so the gold name is the handle
    write("hubski", hubski(cs, link["paras"][0], "https://www.theplotholder.example/2026/11/metering-allotment-water"),
          g("hubski", cs, False, "Hubski-like link post: the post is a link (its title is its text, no body), comments nested in subcom boxes; "
                                 "'3 days ago' with the minute in a title; comments to the post are top-level", fetched=NOW))
    use("zh")
    cs = forum(11, quotes=False)
    m.zh_paras(cs)
    for c in cs:
        c["parent"] = None
    write("ptt", ptt(cs), g("ptt", cs, False, "PTT web BBS (Chinese): the article (作者 / 標題 / 時間 meta lines, the text, the -- signature and ※ 發信站 lines not text) "
                            "is the first post; each push line (推/→/噓, id, ': text', IP and 'MM/DD HH:MM') a top-level post; a push's time has no year (the article's)"))
    use("tr")
    cs = forum(10, likes=True, quotes=False)
    for c in cs:
        c["parent"] = None
    write("eksisozluk", eksi(cs), g("eksisozluk", cs, True, "Ekşi Sözlük (Turkish): the topic title then flat entries, the author and '21.11.2026 14:14' (with '~ 14:45' edits) under the text, "
                                    "favourite counts as likes (empty when 0); every entry a post", zero_shown=False))
    use("ja")
    cs = m.qa(8, likes=True, max_depth=1, p_reply=0.3)
    page, order = chiebukuro(cs)
    cs2 = [dict(cs[i]) for i in order]
    remap = {old: new for new, old in enumerate(order)}
    for c, old in zip(cs2, order):
        c["parent"] = None if cs[old]["parent"] is None or cs[old]["parent"] == 0 else remap[cs[old]["parent"]]
        if cs[old]["parent"] is not None and cs[old]["parent"] != 0:
            c["likes"] = None
    write("chiebukuro", page, g("chiebukuro", cs2, True, "Yahoo! Chiebukuro (Japanese Q&A): the question ('2026/11/21 14:14', 共感した n) is the first post; the best answer first, then the rest; "
                                 "replies (返信) under an answer its children; 'ナイス！ n' as likes; the ベストアンサー badge not text"))
    use("ko")
    cs = m.qa(10, likes=True, max_depth=1, p_reply=0.4)
    for c in cs[1:]:
        if c["parent"] == 0:
            c["parent"] = None
        c["likes"] = None
    write("dcinside", dcinside(cs), g("dcinside", cs, True, "DCInside-like gallery (Korean): the post (nickname, '2026.11.21 14:14:05', 추천 n) is the first post; comments (nickname, "
                                      "'11.21 14:20:33' without the year) top-level, reply comments in reply_list their children; the related-posts table not posts"))
    use("sv")
    posts = forum(10)
    write("flashback", flashback(posts), g("flashback", posts, False, "Flashback Forum (Swedish): the post heading '2026-11-21, 14:14' and '#n', the user column ('Reg: Jan 2012', 'Inlägg: 1 234') "
                                           "beside the post; 'Citat: Ursprungligen postat av X' quotes not text, the quoted post is the parent; '____' signatures and 'Senast redigerad' notes not text"))
    print("\n".join(written))


if __name__ == "__main__":
    main()
