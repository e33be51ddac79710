#!/usr/bin/python3
"""Writes the SEVENTEENTH forum round (folder heldout16-forums; HTML + w3m dumps): 8 thread pages in forum engines no
earlier gold folder covers (checked against ../DATASHEET.md, every ../*/README.md, the "system" fields and file names in
../*/): V2EX (Chinese chrome, '@name #n' replies), Gnuboard 5 (Korean chrome, comments indented by an inline margin), a
lists.sr.ht thread (mail in <pre>, '> ' quotes under 'On …, X wrote:'), an inSided (Gainsight) community topic with a
'Best answer' box repeating a reply, MediaWiki StructuredDiscussions (Flow; nested replies), a Tweakers-like GoT topic
(Dutch chrome, 'X schreef op …:' quotes), a Doctissimo-like topic (French chrome, 'Posté le …') and a Circle-like
community post with one level of comment replies. Every post is a comment, the first one too; quoted earlier text,
quote heads, signatures, badges and user panes are not a post's text; the quoted / addressed post is the parent.
Content and gold from ../heldout16/h16.py (seed 20261224, continued). Usage: make_heldout16_forum_pages.py [OUT_DIR]"""
import datetime as dt
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "heldout16"))
import h16  # noqa: E402
from h16 import esc, handle, ago, R, NOW  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
SUBJ = "Ferry weekdays only from January"
SIGS = [None, "Time and tide wait for no bus.", None, "-- East Bank Residents' Association", None, None, None, None,
        "Sent from my phone", None, None, "Slow boat, fast opinions", None, None, None, None, None, None, None, None]


def k_of(c):
    return h16.NAMES.index(c["author"]) if c["author"] in h16.NAMES else 0


def sig(c):
    return SIGS[k_of(c)]


def br(c):
    return "<br><br>".join(esc(p) for p in c["paras"])


def ps(c):
    return "".join("<p>%s</p>" % esc(p) for p in c["paras"])


def wrap(title, body, lang="en"):
    return "<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s</title></head><body>%s</body></html>" % (lang, esc(title), body)


def v2ex(posts):
    op = posts[0]
    rows = []
    for n, c in enumerate(posts[1:], start=1):
        t = c["time"]
        rows.append(("<div id=\"r_%d\" class=\"cell\"><table cellpadding=\"0\" cellspacing=\"0\" border=\"0\" width=\"100%%\"><tr><td width=\"48\" valign=\"top\" align=\"center\">"
                     "<img src=\"https://cdn.v2ex.example/avatar/%x_normal.png\" class=\"avatar\" border=\"0\" align=\"default\" alt=\"%s\"></td><td width=\"10\" valign=\"top\"></td>"
                     "<td width=\"auto\" valign=\"top\" align=\"left\"><div class=\"fr\"><div id=\"thank_area_%d\" class=\"thank_area\"><a class=\"thank\">感谢回复者</a></div> &nbsp; <span class=\"no\">%d</span></div>"
                     "<div class=\"sep3\"></div><strong><a href=\"/member/%s\" class=\"dark\">%s</a></strong>&nbsp; &nbsp;<span class=\"ago\" title=\"%s\">%s</span> %s"
                     "<div class=\"sep5\"></div><div class=\"reply_content\">%s</div></td></tr></table></div>") % (
            c["id"], c["id"] * 37, esc(c["author"]), c["id"], n, c["author"], esc(c["author"]), t.strftime("%Y-%m-%d %H:%M:%S +08:00"), ago(t).replace(" days ago", " 天前").replace(" day ago", " 天前").replace(" hours ago", " 小时前").replace(" weeks ago", " 周前"),
            ("&nbsp; &nbsp;<span class=\"small fade\">&#9829; %d</span>" % c["likes"]) if c["likes"] else "", c["shown"]))
    t = op["time"]
    body = ("<div id=\"Top\"><div class=\"content\"><a href=\"/\" id=\"Logo\"></a><div id=\"search-container\"><input id=\"search\" type=\"text\"></div>"
            "<div class=\"tools\"><a href=\"/\" class=\"top\">首页</a><a href=\"/signup\" class=\"top\">注册</a><a href=\"/signin\" class=\"top\">登录</a></div></div></div>"
            "<div id=\"Wrapper\"><div class=\"content\"><div id=\"Rightbar\"><div class=\"box\"><div class=\"cell\"><strong>V2EX-like = way to explore</strong></div></div>"
            "<div class=\"box\"><div class=\"cell\"><span class=\"fade\">今日热议主题</span></div><div class=\"cell\"><a>有没有人在用轮渡通勤</a></div></div></div>"
            "<div id=\"Main\"><div class=\"box\" style=\"border-bottom: 0px;\"><div class=\"header\"><div class=\"fr\"><a href=\"/member/%s\"><img src=\"/avatar/op.png\" class=\"avatar\" alt=\"%s\"></a></div>"
            "<a href=\"/\">V2EX-like</a> <span class=\"chevron\">&nbsp;›&nbsp;</span> <a href=\"/go/life\">生活</a><div class=\"sep10\"></div><h1>%s</h1>"
            "<small class=\"gray\"><a href=\"/member/%s\">%s</a> · <span title=\"%s\">%s</span> · 1,284 次点击</small></div>"
            "<div class=\"cell\"><div class=\"topic_content\"><div class=\"markdown_body\">%s</div></div></div>"
            "<div class=\"topic_buttons\"><a class=\"tb\">加入收藏</a> <a class=\"tb\">Tweet</a> <a class=\"tb\">忽略主题</a> <a class=\"tb\">感谢</a></div></div><div class=\"sep20\"></div>"
            "<div class=\"box\"><div class=\"cell\"><div class=\"fr\" style=\"margin: -3px -5px 0px 0px;\"><a class=\"tag\">轮渡</a> <a class=\"tag\">通勤</a></div>"
            "<span class=\"gray\">%d 条回复 &nbsp;<strong class=\"snow\">•</strong> &nbsp;%s</span></div>%s</div>"
            "<div class=\"box\"><div class=\"cell\"><div class=\"fr\"><a>↑ 回到顶部</a></div>添加一条新回复</div><div class=\"cell\"><textarea id=\"reply_content\" class=\"mll\"></textarea><input type=\"submit\" value=\"回复\" class=\"super normal button\"></div></div>"
            "</div></div></div><div id=\"Bottom\"><div class=\"content\"><strong><a>关于</a> &nbsp; <a>FAQ</a> &nbsp; <a>API</a></strong><div class=\"sep10\"></div>创意工作者们的社区</div></div>") % (
        op["author"], esc(op["author"]), esc("轮渡明年一月起只在工作日开，周末改巴士"), op["author"], esc(op["author"]), t.strftime("%Y-%m-%d %H:%M:%S +08:00"), ago(t).replace(" days ago", " 天前"),
        ps(op), len(posts) - 1, posts[-1]["time"].strftime("%Y-%m-%d %H:%M:%S +08:00"), "".join(rows))
    return wrap("轮渡明年一月起只在工作日开，周末改巴士 - V2EX-like", body, lang="zh-CN")


def gnuboard(posts):
    op = posts[0]
    rows = []
    for c in posts[1:]:
        t = c["time"]
        rows.append(("<article id=\"c_%d\" %s><header style=\"z-index:%d\"><h2>%s님의 댓글<span class=\"sound_only\">의 댓글</span></h2>"
                     "<span class=\"sv_member\">%s</span> <span class=\"sound_only\">작성일</span><span class=\"bo_vc_hdinfo\"><i class=\"fa fa-clock-o\"></i> <time datetime=\"%s\">%s</time></span>"
                     "</header><div class=\"cmt_contents\"><p>%s</p></div><span id=\"edit_%d\" class=\"bo_vc_w\"></span><div class=\"bo_vl_opt\"><button class=\"btn_cm_opt\">댓글 옵션</button>"
                     "<ul class=\"bo_vc_act\"><li><a href=\"#\" class=\"comment_reply\">답변</a></li></ul></div></article>") % (
            c["id"], ("style=\"margin-left:%dpx;border-top-color:#e0e0e0\"" % (c["depth"] * 50)) if c["depth"] else "", 80 - c["id"] % 50, esc(c["author"]), esc(c["author"]),
            t.strftime("%Y-%m-%dT%H:%M:%S+09:00"), t.strftime("%y-%m-%d %H:%M"), "<br><br>".join(esc(p) for p in c["paras"]), c["id"]))
    t = op["time"]
    body = ("<div id=\"hd\"><div id=\"hd_wrapper\"><div id=\"logo\"><a href=\"/\">항구마을 커뮤니티</a></div><div class=\"hd_sch_wr\"><input type=\"text\" placeholder=\"검색어를 입력해주세요\"><button>검색</button></div>"
            "<ul class=\"hd_login\"><li><a>회원가입</a></li><li><a>로그인</a></li></ul></div><nav id=\"gnb\"><ul id=\"gnb_1dul\"><li><a>자유게시판</a></li><li><a>질문답변</a></li><li><a>공지사항</a></li></ul></nav></div>"
            "<div id=\"wrapper\"><div id=\"container\"><h2 id=\"container_title\"><span title=\"자유게시판\">자유게시판</span></h2>"
            "<article id=\"bo_v\" style=\"width:100%%\"><header><h2 id=\"bo_v_title\"><span class=\"bo_v_tit\">%s</span></h2></header>"
            "<section id=\"bo_v_info\"><h2>페이지 정보</h2><div class=\"profile_info\"><div class=\"profile_info_ct\"><span class=\"sound_only\">작성자</span> <strong><span class=\"sv_member\">%s</span></strong><br>"
            "<span class=\"sound_only\">댓글</span><strong><a href=\"#bo_vc\"> <i class=\"fa fa-commenting-o\"></i> %d건</a></strong> <span class=\"sound_only\">조회</span><strong><i class=\"fa fa-eye\"></i> 412회</strong>"
            " <strong class=\"if_date\"><span class=\"sound_only\">작성일</span><i class=\"fa fa-clock-o\"></i> %s</strong></div></div></section>"
            "<section id=\"bo_v_atc\"><h2 id=\"bo_v_atc_title\">본문</h2><div id=\"bo_v_con\">%s</div><div id=\"bo_v_act\"><a class=\"bo_v_good\"><i class=\"fa fa-thumbs-o-up\"></i><span class=\"sound_only\">추천</span><strong>%d</strong></a>"
            " <a class=\"bo_v_nogood\"><span class=\"sound_only\">비추천</span><strong>0</strong></a></div></section>"
            "<ul class=\"bo_v_nb\"><li class=\"btn_prv\"><span class=\"nb_tit\">이전글</span><a>다리 통행료 인상 소식</a></li><li class=\"btn_next\"><span class=\"nb_tit\">다음글</span><a>주말 장터 주차 문제</a></li></ul>"
            "<section id=\"bo_vc\"><h2>댓글목록</h2>%s</section><aside id=\"bo_vc_w\" class=\"bo_vc_w\"><h2>댓글쓰기</h2><form><textarea id=\"wr_content\" maxlength=\"10000\" title=\"내용\" placeholder=\"댓글내용을 입력해주세요\"></textarea>"
            "<button type=\"submit\" class=\"btn_submit\">댓글등록</button></form></aside></article></div></div><div id=\"ft\"><div id=\"ft_copy\">Copyright &copy; 항구마을. All rights reserved.</div></div>") % (
        esc(SUBJ), esc(op["author"]), len(posts) - 1, t.strftime("%y-%m-%d %H:%M"), ps(op), op["likes"] or 0, "".join(rows))
    return wrap(SUBJ + " > 자유게시판 | 항구마을 커뮤니티", body, lang="ko")


def srht(posts):
    msgs = []
    for n, c in enumerate(posts):
        t = c["time"]
        quote = ""
        if c["parent"] is not None:
            p = posts[c["parent"]]
            q = p["paras"][0]
            lines, cur = [], ""
            for w in q.split():
                if len(cur) + len(w) + 1 > 70:
                    lines.append(cur)
                    cur = w
                else:
                    cur = (cur + " " + w).strip()
            lines.append(cur)
            quote = "On %s, %s wrote:\n%s\n\n" % (p["time"].strftime("%a, %b %-d, %Y at %-I:%M %p"), p["author"], "\n".join("&gt; " + esc(x) for x in lines))
        body_lines = []
        for para in c["paras"]:
            cur = ""
            for w in para.split():
                if len(cur) + len(w) + 1 > 72:
                    body_lines.append(esc(cur))
                    cur = w
                else:
                    cur = (cur + " " + w).strip()
            body_lines.append(esc(cur))
            body_lines.append("")
        sigtxt = ("-- \n" + esc(sig(c))) if sig(c) else ""
        msgs.append(("<div class=\"event-list\"><div class=\"event\" id=\"%s\"><h4><a href=\"#%s\">%s</a></h4><details open><summary>"
                     "<span class=\"message-from\">%s</span> <small class=\"text-muted\">&lt;%s@mail.example&gt;</small><br><small class=\"text-muted\">%s</small></summary>"
                     "<pre class=\"message-body\">%s%s%s</pre><div class=\"message-actions\"><a class=\"btn btn-link\">Reply to thread</a> <a class=\"btn btn-link\">Export thread (mbox)</a></div></details></div></div>") % (
            "msg%d" % c["id"], "msg%d" % c["id"], esc(("Re: " if n else "") + SUBJ), esc(c["author"]), handle(c["author"]), t.strftime("%a, %d %b %Y %H:%M:%S +0000"),
            quote, "\n".join(body_lines).rstrip() + "\n", "\n" + sigtxt if sigtxt else ""))
    body = ("<nav class=\"container navbar navbar-light navbar-expand-sm\"><span class=\"navbar-brand\"><span class=\"icon\">sr.ht</span> lists</span><ul class=\"navbar-nav\">"
            "<li class=\"nav-item\"><a class=\"nav-link\">my lists</a></li><li class=\"nav-item\"><a class=\"nav-link\">log in</a></li></ul></nav>"
            "<div class=\"header-tabbed\"><div class=\"container\"><h2><a>~eastbank</a>/<wbr>ferry-discuss</h2><ul class=\"nav nav-tabs\"><li class=\"nav-item\"><a class=\"nav-link active\">archive</a></li>"
            "<li class=\"nav-item\"><a class=\"nav-link\">patchsets</a></li><li class=\"nav-item\"><a class=\"nav-link\">details</a></li></ul></div></div>"
            "<div class=\"container\"><div class=\"row\"><div class=\"col-md-12\"><h3>%s</h3><p class=\"text-muted\">%d messages, %d participants</p></div></div>"
            "<div class=\"row\"><div class=\"col-md-12\">%s</div></div></div><div class=\"container footer\">&copy; 2018-2026 Sourcehut-like &mdash; <a>Terms of Use</a></div>") % (
        esc(SUBJ), len(posts), len({c["author"] for c in posts}), "".join(msgs))
    return wrap(SUBJ + " — ~eastbank/ferry-discuss", body)


def insided(posts, best):
    def post(c, n, kind):
        t = c["time"]
        quote = ""
        if c["parent"] is not None and n > 0:
            quote = "<blockquote class=\"quote\"><span class=\"quote-author\">%s wrote:</span><p>%s</p></blockquote>" % (esc(posts[c["parent"]]["author"]), esc(c["quote"]))
        return ("<div class=\"post post--%s\" id=\"post%d\" data-post-id=\"%d\"><div class=\"post__header\"><div class=\"post__author\"><div class=\"avatar avatar--small\"><img alt=\"\"></div>"
                "<a class=\"username\" href=\"/members/%s-%d\">%s</a> <span class=\"post__rank rank\">%s</span></div><div class=\"post__meta\"><time class=\"post__date\" datetime=\"%s\">%s</time></div></div>"
                "<div class=\"post__content qa-topic-post-content\">%s%s</div><div class=\"post__footer\"><button class=\"like-button\"><span class=\"like-label\">Like</span>"
                "<span class=\"like-count\">%s</span></button> <a class=\"btn--quote\">Quote</a> <a class=\"btn--reply\">Reply</a></div></div>") % (
            kind, c["id"], c["id"], handle(c["author"]), c["id"] % 900, esc(c["author"]), ["Rising Star", "Helper", "Community Manager", "Newcomer"][c["id"] % 4], t.strftime("%Y-%m-%dT%H:%M:00Z"),
            t.strftime("%-d %B %Y"), quote, ps(c), c["likes"] if c["likes"] else "")
    b = posts[best]
    best_box = ("<div class=\"qa-best-answer\"><h3 class=\"qa-best-answer__title\">Best answer by %s</h3><div class=\"qa-best-answer__content\"><p>%s</p></div>"
                "<a class=\"qa-best-answer__link\" href=\"#post%d\">View original</a></div>") % (esc(b["author"]), esc(b["paras"][0]), b["id"])
    body = ("<header class=\"main-header\"><a class=\"brand\">Harbour Apps Community</a><nav><a>Home</a> <a>Ask a question</a> <a>Ideas</a> <a>Product updates</a></nav>"
            "<a class=\"btn\">Login</a> <a class=\"btn btn--cta\">Sign up</a></header><div class=\"breadcrumb\"><a>Community</a> › <a>Timetables &amp; tickets</a></div>"
            "<main class=\"topic-page\"><h1 class=\"qa-topic-header__title\">%s</h1><div class=\"qa-topic-status\"><span class=\"badge badge--solved\">Solved</span></div>"
            "%s%s<div class=\"qa-best-answer-wrapper\">%s</div><div class=\"topic-replies\"><h2>%d replies</h2>%s</div>"
            "<div class=\"pagination\"><span class=\"current\">1</span></div><div class=\"reply-form\"><textarea placeholder=\"Reply\"></textarea><button>Post reply</button></div></main>"
            "<aside class=\"sidebar\"><h3>Related topics</h3><ul><li><a>Season ticket refund?</a></li><li><a>App shows the old timetable</a></li></ul></aside><footer>Powered by inSided</footer>") % (
        esc(SUBJ), post(posts[0], 0, "question"), "", best_box, len(posts) - 1, "".join(post(c, n, "reply") for n, c in enumerate(posts[1:], start=1)))
    return wrap(SUBJ + " | Harbour Apps Community", body)


def flow(posts):
    def one(i, inner):
        c = posts[i]
        t = c["time"]
        return ("<div class=\"flow-post%s\" id=\"flow-post-%x\" data-flow-id=\"%x\"><div class=\"flow-post-main\"><span class=\"flow-author\"><a href=\"/wiki/User:%s\" class=\"mw-userlink flow-ui-tooltip-target\"><bdi>%s</bdi></a>"
                " <span class=\"mw-usertoollinks flow-pipelist\">(<span><a href=\"/wiki/User_talk:%s\" class=\"new mw-usertoollinks-talk\">talk</a></span> | <span><a class=\"mw-usertoollinks-contribs\">contribs</a></span>)</span></span>"
                "<div class=\"flow-post-content\">%s</div><div class=\"flow-post-meta\"><span class=\"flow-post-meta-actions\"><a class=\"mw-ui-anchor\">Reply</a> <a class=\"mw-ui-anchor\">Thank</a></span>"
                "<span class=\"flow-post-timestamp\"><a class=\"flow-timestamp-anchor\" href=\"#flow-post-%x\"><span class=\"flow-timestamp-user-formatted\">%s</span>"
                "<span class=\"flow-timestamp-ago\">%s</span></a></span></div></div>%s</div>") % (
            " flow-post-max-depth" if c["depth"] >= 3 else "", c["id"] * 101, c["id"] * 101, c["author"].replace(" ", "_"), esc(c["author"]), c["author"].replace(" ", "_"), ps(c),
            c["id"] * 101, t.strftime("%H:%M, %-d %B %Y"), ago(t), ("<div class=\"flow-replies\">%s</div>" % inner) if inner else "")
    def rec(i):
        return one(i, "".join(rec(k) for k in h16.kids(posts, i)))
    body = ("<div id=\"mw-navigation\"><div id=\"p-personal\"><ul><li><a>Not logged in</a></li><li><a>Talk</a></li><li><a>Log in</a></li></ul></div>"
            "<div id=\"left-navigation\"><a>Project page</a> <a class=\"selected\">Discussion</a></div><div id=\"right-navigation\"><a>Read</a> <a>View history</a> <input placeholder=\"Search\"></div></div>"
            "<div id=\"content\" class=\"mw-body\"><h1 id=\"firstHeading\">Project talk:Estuary crossings</h1><div id=\"bodyContent\"><div class=\"flow-board-header\"><div class=\"flow-board-header-content\">"
            "<p>This page uses <a>Structured Discussions</a>. Please sign nothing; your name is added for you.</p></div></div><div class=\"flow-board\"><div class=\"flow-topics\">"
            "<div class=\"flow-topic\" id=\"flow-topic-x1c9\"><div class=\"flow-topic-titlebar\"><h2 class=\"flow-topic-title\">%s</h2><div class=\"flow-topic-meta\">%d comments &bull; %s</div>"
            "<a class=\"flow-ui-summarize\">Summarize</a></div>%s<div class=\"flow-reply-form\"><textarea placeholder=\"Reply to %s\"></textarea></div></div></div>"
            "<a class=\"flow-load-more\">Load more topics</a></div></div></div><div id=\"mw-panel\"><div class=\"portal\"><h3>Navigation</h3><ul><li><a>Main page</a></li><li><a>Recent changes</a></li></ul></div></div>"
            "<div id=\"footer\">Text is available under the Creative Commons Attribution-ShareAlike License.</div>") % (
        esc(SUBJ), len(posts), ago(posts[-1]["time"]), "".join(rec(i) for i in h16.kids(posts, None)), esc(posts[0]["author"]))
    return wrap("Project talk:Estuary crossings - Harbour Wiki", body)


NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def nldate(t):
    return "%s %d november %d %02d:%02d" % (NL_DAYS[t.weekday()], t.day, t.year, t.hour, t.minute)


def tweakers(posts):
    rows = []
    for n, c in enumerate(posts):
        t = c["time"]
        quote = ""
        if c["quote"]:
            p = posts[c["parent"]]
            quote = ("<blockquote><div class=\"message-quote-div\"><b><a href=\"#r_%d\" class=\"quote-author\">%s schreef op %s:</a></b><br>%s</div></blockquote>") % (
                p["id"], esc(p["author"]), nldate(p["time"]).replace(" %02d:" % p["time"].hour, " @ %02d:" % p["time"].hour), esc(c["quote"]))
        rows.append(("<div class=\"message%s\" id=\"r_%d\"><div class=\"messageheader\"><div class=\"userinfo\"><a class=\"user\" href=\"/gallery/%s\">%s</a>%s<div class=\"usertitle\">%s</div></div>"
                     "<div class=\"date\"><a href=\"#r_%d\">%s</a></div></div><div class=\"messagecontent\"><div class=\"messagebody\">%s%s</div>%s</div>"
                     "<div class=\"messagefooter\"><a class=\"quote\">Quote</a> <a class=\"report\">Meld</a></div></div>") % (
            " topicstarter" if c["author"] == posts[0]["author"] else "", c["id"], handle(c["author"]), esc(c["author"]),
            " <span class=\"topicstarter-label\">Topicstarter</span>" if c["author"] == posts[0]["author"] else "", ["", "", "Moderator Veerdiensten", "", "", ""][c["id"] % 6],
            c["id"], nldate(t).replace(" %02d:" % t.hour, " @ %02d:" % t.hour), quote, br(c), ("<div class=\"signature\">%s</div>" % esc(sig(c))) if sig(c) else ""))
    body = ("<div id=\"top\"><a class=\"logo\">Tweakers-like</a><ul class=\"mainnav\"><li><a>Nieuws</a></li><li><a>Reviews</a></li><li><a>Pricewatch</a></li><li><a class=\"active\">Forum</a></li></ul>"
            "<a class=\"login\">Inloggen</a></div><div id=\"layout\"><div class=\"breadcrumbs\"><a>Forum</a> › <a>Lifestyle</a> › <a>Auto's &amp; Vervoer</a></div>"
            "<h1 class=\"topictitle\">[Veerpont] %s</h1><div class=\"topicmeta\">Pagina: 1</div><div class=\"listing\" id=\"messages\">%s</div>"
            "<div class=\"topicfooter\"><span>Pagina: 1</span> <a>Reageer</a></div></div><div id=\"footer\">&copy; 1998 - 2026 Tweakers-like &middot; <a>Gebruiksvoorwaarden</a></div>") % (
        esc(SUBJ), "".join(rows))
    return wrap("[Veerpont] " + SUBJ + " - Auto's & Vervoer - GoT", body, lang="nl")


def doctissimo(posts):
    rows = []
    for n, c in enumerate(posts):
        t = c["time"]
        quote = ""
        if c["quote"]:
            p = posts[c["parent"]]
            quote = "<div class=\"container\"><table class=\"citation\"><tr><td><b class=\"s1\"><a href=\"#t%d\" class=\"Topic\">%s a écrit :</a></b><br><br><p>%s</p></td></tr></table></div>" % (
                p["id"], esc(p["author"]), esc(c["quote"]))
        rows.append(("<table class=\"messagetable\" cellspacing=\"0\" cellpadding=\"4\"><tr class=\"message\"><td class=\"messCase1\" width=\"180\" valign=\"top\"><a name=\"t%d\"></a>"
                     "<div><b class=\"s2\">%s</b></div><div class=\"avatar_center\"><img alt=\"\"></div><span class=\"MoodStatus\">%s</span><br><span class=\"s1\">Profil : %s</span></td>"
                     "<td class=\"messCase2\" valign=\"top\"><div class=\"toolbar\"><div class=\"left\">Posté le %s&nbsp;à&nbsp;%s:%02d&nbsp;&nbsp;</div><div class=\"right\"><a>Répondre</a> <a>Citer</a> <a>Alerter</a></div></div>"
                     "<div id=\"para%d\">%s<p>%s</p>%s</div></td></tr></table>") % (
            c["id"], esc(c["author"]), ["Nouveau", "Doctinaute", "Doctinaute d'or", "Doctinaute de diamant"][c["id"] % 4], ["Membre", "Membre", "Posteur", "Habitué"][c["id"] % 4],
            t.strftime("%d-%m-%Y"), t.strftime("%H:%M"), t.second, c["id"], quote, br(c),
            ("<span class=\"signature\"><br>--------------- <br>%s</span>" % esc(sig(c))) if sig(c) else ""))
    body = ("<div id=\"header\"><a class=\"logo\">Doctissimo-like</a><ul class=\"menu\"><li><a>Santé</a></li><li><a>Grossesse</a></li><li><a>Psychologie</a></li><li><a class=\"on\">Forums</a></li></ul>"
            "<form><input placeholder=\"Rechercher\"></form></div><div id=\"mesdiscussions\"><div class=\"cadre_fil\"><a>Forum</a> &raquo; <a>Société</a> &raquo; <a>Vie pratique</a> &raquo; Sujet : %s</div>"
            "<h1>Sujet : %s</h1><div class=\"pagepresuiv\">Page : 1</div>%s<div class=\"pagepresuiv\">Page : 1</div><div class=\"reponserapide\"><textarea></textarea><input type=\"submit\" value=\"Valider\"></div></div>"
            "<div class=\"ad\">Publicité</div><div id=\"footer\">&copy; Doctissimo-like 2026 &middot; <a>Charte</a> &middot; <a>Contact</a></div>") % (esc("Le bac en semaine seulement"), esc("Le bac en semaine seulement"), "".join(rows))
    return wrap("Le bac en semaine seulement - Vie pratique - FORUM Société", body, lang="fr")


def circle(posts):
    def cm(c, inner):
        t = c["time"]
        return ("<div class=\"comment\" id=\"comment_wrapper_%d\" data-testid=\"comment\"><div class=\"comment__header\"><div class=\"user-avatar\"><img alt=\"%s\"></div>"
                "<div class=\"comment__author\"><a class=\"author__name\" href=\"/u/%x\">%s</a> <span class=\"author__badge\">%s</span></div>"
                "<a class=\"comment__timestamp\" href=\"#comment_wrapper_%d\"><span data-tooltip=\"%s\">%s</span></a></div><div class=\"comment__body\"><div class=\"trix-content\">%s</div></div>"
                "<div class=\"comment__actions\"><button class=\"action-like\">Like</button> <span class=\"action-like-count\">%s</span> <button class=\"action-reply\">Reply</button></div>%s</div>") % (
            c["id"], esc(c["author"]), c["id"] * 17, esc(c["author"]), ["", "Admin", "", "Moderator", ""][c["id"] % 5], c["id"], t.strftime("%b %-d, %Y %-I:%M %p"), ago(t, short=True),
            ps(c), ("%d like%s" % (c["likes"], "" if c["likes"] == 1 else "s")) if c["likes"] else "",
            ("<div class=\"comment__replies\">%s</div>" % inner) if inner else "")
    op = posts[0]
    out = []
    for i in [k for k in h16.kids(posts, None) if k != 0]:
        out.append(cm(posts[i], "".join(cm(posts[j], "") for j in h16.kids(posts, i))))
    t = op["time"]
    body = ("<div class=\"header\"><a class=\"community-name\">East Bank Commons</a><input placeholder=\"Search\"><a>Sign in</a></div><div class=\"sidebar\"><h4>Spaces</h4><ul><li><a>Start here</a></li><li><a class=\"active\">Transport</a></li>"
            "<li><a>Events</a></li><li><a>Market traders</a></li></ul></div><main class=\"post-view\"><div class=\"post\" data-testid=\"post\"><div class=\"post__header\"><div class=\"author\"><a class=\"author__name\">%s</a>"
            " <span class=\"author__headline\">Runs the Saturday stall by the landing</span></div><a class=\"post__timestamp\"><span data-tooltip=\"%s\">%s</span></a></div>"
            "<h1 class=\"post__title\">%s</h1><div class=\"post__body trix-content\">%s</div><div class=\"post__actions\"><button>Like</button> <span>%d likes</span> <button>Comment</button> <span>%d comments</span></div></div>"
            "<div class=\"post__comments\">%s<div class=\"comment-form\"><div class=\"trix-editor\" placeholder=\"What are your thoughts?\"></div></div></div></main><footer>Powered by Circle</footer>") % (
        esc(op["author"]), t.strftime("%b %-d, %Y %-I:%M %p"), ago(t, short=True), esc(SUBJ), ps(op), op["likes"] or 0, len(posts) - 1, "".join(out))
    return wrap(SUBJ + " - East Bank Commons", body)


def opener(likes=False):
    t = dt.datetime(2026, 11, R.randint(18, 20), R.randint(7, 9), R.randint(0, 59))
    return {"parent": None, "depth": 0, "author": h16.NAMES[0], "time": t, "likes": R.randint(0, 40) if likes else None,
            "paras": list(h16.OPENER), "quote": None, "id": 7287}


def after(first, cs, parent_of_root=None):
    """the opening post and a thread written after it; a comment on the post is top-level (parent None) as in ../heldout15-forums"""
    for c in cs:
        c["parent"] = parent_of_root if c["parent"] is None else c["parent"] + 1
        c["depth"] += 1
        c["time"] = c["time"] + dt.timedelta(days=2)
    return [first] + cs


def main():
    write = h16.writer(OUT)

    def g(name, posts, likes, note, times="minute", zero_shown=True):
        return h16.gold_of(name, name, posts, True, likes, times=times, note=note, zero_shown=zero_shown)

    # V2EX: '@name #n' opens a reply (text; parent floor n); hearts only when thanked
    posts = h16.forum(10, likes=True, p_quote=0.4)
    posts[0]["likes"] = None
    for n, c in enumerate(posts):
        c["shown"] = br(c)
        if c["quote"]:
            p = c["parent"]
            floor = (" #%d" % p) if p else ""
            c["shown"] = "@<a href=\"/member/%s\">%s</a>%s %s" % (posts[p]["author"], esc(posts[p]["author"]), floor, c["shown"])
            c["paras"] = ["@%s%s %s" % (posts[p]["author"], floor, c["paras"][0])] + c["paras"][1:]
        if n and c["likes"] and c["likes"] > 9:
            c["likes"] = c["likes"] % 6
    write("v2ex", v2ex(posts), g("v2ex", posts, True, "V2EX-like (Chinese chrome): the topic (header + topic_content) then div.cell replies with floor numbers; '@name #n' opens a reply "
                                                      "(text; parent floor n; the topic is floor 0); relative age with the minute in a title; '♥ n' is likes (absent when 0)", zero_shown=False))
    # Gnuboard 5: comments flat, a reply indented by an inline margin-left (50px a level)
    cs = h16.thread(10, max_depth=2, likes=False, p_reply=0.45)
    posts = after(opener(), cs)
    for c in posts:
        c["depth"] = 0 if c["parent"] is None else posts[c["parent"]]["depth"] + 1
    posts[0]["likes"] = 7
    write("gnuboard", gnuboard(posts), g("gnuboard", posts, False, "Gnuboard 5 (Korean chrome): the post (bo_v) then flat article comments, a reply indented by an inline margin-left (50px a level; "
                                                                  "parent the nearest less-indented comment before it); top-level comments are top-level posts; '26-11-21 14:14' with the ISO in datetime"))
    # sr.ht lists thread: flat in time order; a reply quotes its parent's first paragraph under 'On ..., X wrote:'
    posts = h16.forum(8, p_quote=1.0)
    for i, c in enumerate(posts):
        if i == 1:
            c["parent"] = 0
            c["quote"] = posts[0]["paras"][0]
    write("srht", srht(posts), g("srht", posts, False, "lists.sr.ht-like mailing-list thread: every message in a <pre>; 'On <date>, X wrote:' and '> ' lines are quotes (not text; parent the quoted message); "
                                                       "'-- ' signatures not text; sender name with the address after it (not the author)"))
    posts = h16.forum(9, likes=True, p_quote=0.3)
    best = 4
    write("insided", insided(posts, best), g("insided", posts, True, "inSided-like community topic: question then replies (post--reply); a 'Best answer by X' box above the replies repeats part of a reply "
                                                                     "(no post); rank badges not the author; 'X wrote:' quotes not text; the Like count is likes (empty at 0)", times="date", zero_shown=False))
    # Flow: nested replies
    cs = h16.thread(10, max_depth=3, likes=False, p_reply=0.6)
    posts = after(opener(), cs)
    write("flow", flow(posts), g("flow", posts, False, "MediaWiki StructuredDiscussions (Flow): a topic's first post then flow-post replies nested in flow-replies (a comment on the first post is top-level); "
                                                       "'14:14, 21 November 2026' over a relative age; (talk | contribs) not the author"))
    posts = h16.forum(10, p_quote=0.4)
    write("tweakers", tweakers(posts), g("tweakers", posts, False, "Tweakers-like GoT topic (Dutch chrome): div.message with the name, 'Topicstarter' label and user title, 'zaterdag 21 november 2026 @ 14:14'; "
                                                                   "'X schreef op …:' blockquotes not text (parent the quoted post); signatures not text"))
    posts = h16.forum(9, p_quote=0.4)
    write("doctissimo", doctissimo(posts), g("doctissimo", posts, False, "Doctissimo-like topic (French chrome): a table per post (name, rank, 'Profil :' | 'Posté le 21-11-2026 à 14:14:05'); "
                                                                         "'X a écrit :' citations not text (parent the quoted post); '---------------' signatures not text"))
    # Circle: a post, comments and one level of replies
    cs = h16.thread(10, max_depth=1, likes=True, p_reply=0.45)
    posts = after(opener(), cs)
    posts[0]["likes"] = None
    write("circle", circle(posts), g("circle", posts, True, "Circle-like community post: the post then comments (top-level) with one level of replies in comment__replies; "
                                                           "relative age ('3d') only, the full time in a data-tooltip (no gold time); 'n likes' is likes (empty at 0)", times=None, zero_shown=False))


if __name__ == "__main__":
    main()
