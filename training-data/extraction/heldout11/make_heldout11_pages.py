#!/usr/bin/python3
"""Writes the TWELFTH held-out round (folder heldout11; HTML + w3m dumps): 15 thread pages in comment systems and CMS
markups no earlier round uses, scored on main before any rule for them (an estimate for unseen sites), and 3 comment-
section status pages (gold without comments, `expectSection`) for the silent-miss check.

Thread pages: Naver-like news comments (u_cbox, masked ids, replies in a reply area), Douban-like short comments
(flat, "有用" votes, time in a title), VK-like wall replies (two levels, "replied to X" links), Pikabu-like BEM
comments (comment__children, rating), Postmill (Raddle) comments, itch.io community posts, Hatena Blog comments
(flat), MODX Quip, SilverStripe comments module, ProcessWire's CommentList, a TYPO3 pw_comments-like German list,
1C-Bitrix blog comments (flat siblings indented by inline padding), e107 comments, SoundCloud-like timed comments
and HubSpot COS blog comments.
Status pages: a Fandom-like article whose comments a script mounts (`unparsed`), a Viafoura custom element
`<vf-conversations>` (`unparsed`) and a story whose commenting is disabled beside a "top comments elsewhere" rail
(`none`).

Helpers and gold format from ../heldout10's generator (itself on ../heldout5's); another topic (a river footbridge
closed for repairs), names and seed. A relative time ('3 days ago') always stands beside a machine-readable one
(datetime or title) here, and the gold holds that minute. Each page's `w3m -dump` goes to text/. Our own synthetic text.
Usage: make_heldout11_pages.py [OUT_DIR]"""
import datetime as dt
import json
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "heldout5"))
sys.path.insert(0, os.path.join(HERE, "..", "heldout10"))
import make_heldout5_pages as base  # noqa: E402
import make_heldout10_pages as h10  # noqa: E402

R = random.Random(20261207)
base.R = R
h10.R = R
OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
base.SUBJECTS[:] = ["the footbridge", "the closure", "the diversion route", "the repair contract", "the towpath",
                    "the ferry stopgap", "the inspection report", "the cycle lane", "the council's timetable", "the river trust"]
base.VIEWS[:] = ["should have been fixed after the 2022 floods", "adds twenty minutes to every school run",
                 "was tendered to the cheapest bidder again", "makes the market side a dead end",
                 "was announced with two days' notice", "is fine if it really ends in March",
                 "ignores everyone who cannot use the steps", "needs a proper temporary crossing"]
base.ASIDES[:] = ["I cross it twice a day with a pushchair.", "The detour is 1.4 miles each way.", "The ramp has been cracked since spring.",
                  "Nobody from the council answered my email.", "The ferry only takes eight people.", "The market traders are furious.",
                  "My gran remembers it being built."]
base.STARTS[:] = ["Honestly", "As someone who walks it daily", "For what it's worth", "Having read the report",
                  "Speaking as a trader", "In fairness", "Frankly", "Sadly"]
base.NAMES[:] = ["Oluwaseun Bello", "towpath_tess", "Marek Kowalczyk", "Bryony Ashe", "rivergull", "Keisha Grant", "Aled",
                 "narrowboat_ned", "Saoirse Quinn", "Vikram S.", "ferrywatcher", "Ingrid Holm", "Pip"]
STORY_T = "Millbrook footbridge shut until March after inspectors find cracked bearings"
STORY = ["Millbrook's footbridge over the Avon closed on Monday after an inspection found cracked bearings at both "
         "abutments, the county council said.",
         "Repairs are expected to take until March. A ferry will carry walkers across at peak times, and cyclists are "
         "being sent along a 1.4-mile diversion through the industrial estate.",
         "Market traders on the east bank say footfall has already halved. The council's highways committee meets on 12 "
         "December to hear a request for a temporary crossing."]
NOW = dt.datetime(2026, 12, 6, 11, 20)
h10.NOW = NOW
esc, paras, handle, mon, kids = base.esc, base.paras, base.handle, base.mon, base.kids
gold, status_gold, nest = h10.gold, h10.status_gold, h10.nest


def rel(c):
    """The relative time shown beside a machine-readable one (datetime / title): the gold keeps the minute."""
    return h10.ago(c["time"])[0]


def ampm(t, lower=False):
    s = "%d:%02d %s" % (t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM")
    return s.lower() if lower else s


def story(title=STORY_T):
    return ("<article class=\"story\"><h1 class=\"story__title\">%s</h1><div class=\"story__meta\">By <a href=\"/authors/dev-malhotra\">Dev Malhotra</a> "
            "&middot; <time datetime=\"2026-11-23T06:30\">23 November 2026</time></div><figure class=\"story__image\"><img src=\"/img/footbridge.jpg\" alt=\"\">"
            "<figcaption>The closed footbridge from the market side. Photo: Courier</figcaption></figure><div class=\"story__body\">%s</div>"
            "<ul class=\"story__tags\"><li><a>Transport</a></li><li><a>Millbrook</a></li></ul></article>") % (
        esc(title), "".join("<p>%s</p>" % esc(p) for p in STORY))


def news(title, body, brand="The Millbrook Courier", lang="en", nav=("News", "Transport", "Business", "Sport", "Opinion", "Jobs")):
    most = "".join("<li><a href=\"/news/%d\">%s</a></li>" % (500 + k, esc(s[0].upper() + s[1:] + ": five things to know"))
                   for k, s in enumerate(R.sample(base.SUBJECTS, 5)))
    return ("<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s - %s</title></head><body>"
            "<div class=\"cmp-banner\" role=\"dialog\"><p>We use cookies and similar technologies to measure and improve our service.</p><button>Accept</button> "
            "<button>Reject</button></div><header class=\"masthead\"><a class=\"brand\" href=\"/\">%s</a><nav class=\"menu\"><ul>%s</ul></nav>"
            "<a class=\"subscribe\">Subscribe</a> <a class=\"login\">Sign in</a></header><div class=\"ad ad--billboard\">Advertisement</div>"
            "<div class=\"page-grid\"><main class=\"page-main\">%s</main><aside class=\"sidebar\"><section class=\"popular\"><h3>Most popular</h3><ol>%s</ol></section>"
            "<div class=\"ad ad--mpu\">Advertisement</div><section class=\"signup\"><h3>The Courier Daily</h3><p>Local news in your inbox every morning.</p>"
            "<input type=\"email\"><button>Sign up</button></section></aside></div><section class=\"recirc\"><h3>More from Millbrook</h3><ul>"
            "<li><a>Bus station reopens after refit</a></li><li><a>Market hall rents frozen</a></li><li><a>Rowing club wins regional title</a></li></ul></section>"
            "<footer class=\"site-footer\"><a>About us</a> <a>Contact</a> <a>Privacy notice</a> <a>Cookie settings</a><p>&copy; 2026 Millbrook Courier Ltd</p></footer></body></html>") % (
        lang, esc(title), esc(brand), esc(brand), "".join("<li><a>%s</a></li>" % esc(n) for n in nav), body, most)


def blog(title, body, site="Across the Avon", sidebar=("Archives", "November 2026", "October 2026", "Categories", "Walking", "Town")):
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s | %s</title></head><body><div id=\"page\">"
            "<div id=\"header\"><h1 class=\"site-name\"><a href=\"/\">%s</a></h1><p class=\"site-slogan\">Notes from a river town</p>"
            "<ul class=\"nav\"><li><a>Home</a></li><li><a>About</a></li><li><a>Photos</a></li><li><a>Contact</a></li></ul></div>"
            "<div id=\"main\"><div id=\"content\">%s</div><div id=\"sidebar\"><ul>%s</ul><div class=\"widget\"><h3>Blogroll</h3><ul><li><a>Towpath Tales</a></li>"
            "<li><a>Severn Side</a></li></ul></div></div></div><div id=\"footer\"><p>&copy; 2026 %s. All rights reserved.</p></div></div></body></html>") % (
        esc(title), esc(site), esc(site), body, "".join("<li>%s</li>" % esc(s) for s in sidebar), esc(site))


def post(title="The footbridge is shut again"):
    return ("<div class=\"post\"><h2 class=\"post-title\">%s</h2><p class=\"post-date\">Posted on 23 November 2026 by Alys</p>"
            "<div class=\"post-body\">%s</div><p class=\"post-tags\">Tags: <a>bridge</a>, <a>walking</a></p></div>") % (
        esc(title), "".join("<p>%s</p>" % esc(p) for p in STORY))


# ---------------------------------------------------------------- thread pages

def mask(name):
    h = handle(name)
    return h[:4] + "****"


def naver(cs):
    def one(i, replies):
        c = cs[i]
        t = c["time"]
        n = len(kids(cs, i))
        return ("<li class=\"u_cbox_comment cbox_module__comment_%d _user_id_no_%d\"><div class=\"u_cbox_comment_box\"><div class=\"u_cbox_area\">"
                "<div class=\"u_cbox_info\"><span class=\"u_cbox_info_main\"><span class=\"u_cbox_name\"><span class=\"u_cbox_nick_area\"><span class=\"u_cbox_nick\">%s</span></span></span></span></div>"
                "<div class=\"u_cbox_text_wrap\"><span class=\"u_cbox_contents\" data-lang=\"en\">%s</span></div>"
                "<div class=\"u_cbox_info_base\"><span class=\"u_cbox_date\" data-value=\"%s\">%s</span></div>"
                "<div class=\"u_cbox_tool\">%s<div class=\"u_cbox_recomm_set\"><a class=\"u_cbox_btn_recomm\"><span class=\"u_cbox_ico_recomm\">공감</span><em class=\"u_cbox_cnt_recomm\">%d</em></a>"
                "<a class=\"u_cbox_btn_unrecomm\"><span class=\"u_cbox_ico_unrecomm\">비공감</span><em class=\"u_cbox_cnt_unrecomm\">%d</em></a></div></div></div></div>%s</li>") % (
            c["id"], c["id"] * 3, esc(c["author"]), "<br>".join(esc(p) for p in c["paras"]), t.strftime("%Y-%m-%dT%H:%M:%S"), t.strftime("%Y.%m.%d. %H:%M"),
            "<a class=\"u_cbox_btn_reply\"><strong class=\"u_cbox_reply_txt\">답글</strong><span class=\"u_cbox_reply_cnt\">%d</span></a>" % n if c["depth"] == 0 else "",
            c["likes"], R.randint(0, 9), replies)
    tree = nest(cs, one, lambda s: "<div class=\"u_cbox_reply_area\"><ul class=\"u_cbox_list\">%s</ul></div>" % s)
    body = story() + ("<div id=\"cbox_module\" class=\"u_cbox\"><div class=\"u_cbox_head\"><h5 class=\"u_cbox_title\">댓글</h5><span class=\"u_cbox_count\">%d</span></div>"
                      "<div class=\"u_cbox_write_wrap\"><textarea class=\"u_cbox_text\" placeholder=\"댓글을 입력해주세요\"></textarea><button class=\"u_cbox_btn_upload\">등록</button></div>"
                      "<div class=\"u_cbox_sort\"><a class=\"u_cbox_select\">순공감순</a> <a>최신순</a> <a>공감비율순</a></div>"
                      "<div class=\"u_cbox_content_wrap\"><ul class=\"u_cbox_list\">%s</ul></div><a class=\"u_cbox_btn_more\">더보기</a>"
                      "<p class=\"u_cbox_notice\">댓글 정렬 옵션 선택 · 클린봇이 악성댓글을 감지합니다</p></div>") % (len(cs), tree)
    return news(STORY_T, body, brand="Millbrook Ilbo", lang="ko", nav=("뉴스", "정치", "경제", "사회", "생활/문화", "IT/과학"))


def douban(cs):
    items = []
    for c in cs:
        t = c["time"]
        items.append(("<div class=\"comment-item\" data-cid=\"%d\"><div class=\"avatar\"><a title=\"%s\" href=\"https://people.example/%s/\"><img src=\"/icon/u%d.jpg\" class=\"\"></a></div>"
                      "<div class=\"comment\"><h3><span class=\"comment-vote\"><span class=\"votes vote-count\">%d</span> <input value=\"%d\" type=\"hidden\"> "
                      "<a href=\"javascript:;\" class=\"j a_vote_comment\">有用</a></span> <span class=\"comment-info\"><a href=\"https://people.example/%s/\">%s</a> "
                      "<span>看过</span> <span class=\"allstar%d0 rating\" title=\"还行\"></span> <span class=\"comment-time\" title=\"%s\">%s</span> "
                      "<span class=\"comment-location\">英国</span></span></h3><p class=\"comment-content\"><span class=\"short\">%s</span></p></div></div>") % (
            c["id"], esc(c["author"]), handle(c["author"]), c["id"] % 97, c["likes"], c["id"], handle(c["author"]), esc(c["author"]), R.randint(2, 5),
            t.strftime("%Y-%m-%d %H:%M:%S"), t.strftime("%Y-%m-%d"), " ".join(esc(p) for p in c["paras"])))
    body = ("<div id=\"wrapper\"><h1><span>千禧桥 短评</span></h1><div id=\"content\"><div class=\"article\"><div class=\"mod-hd\"><ul class=\"fleft CommentTabs\">"
            "<li class=\"is-active\"><span>看过(%d)</span></li><li><a>想看(1204)</a></li></ul><div class=\"comment-filter\"><a>热门</a> <a>最新</a> <a>好友</a></div></div>"
            "<div class=\"mod-bd\" id=\"comments\">%s</div><div id=\"paginator\" class=\"center\"><span class=\"prev\">&lt; 前页</span> <a class=\"next\" href=\"?start=20\">后页 &gt;</a></div></div>"
            "<div class=\"aside\"><h2>千禧桥</h2><p>导演: Nia Holt / 主演: the river</p><p>评分 7.6</p><div class=\"ad\">广告</div></div></div></div>"
            "<div id=\"footer\"><span>&copy; 2005－2026 douban.example, all rights reserved</span> <a>关于我们</a> <a>帮助中心</a></div>") % (len(cs) * 31, "".join(items))
    return base.page_wrap("千禧桥 短评", body).replace("lang=\"en\"", "lang=\"zh-CN\"")


def vk(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        to = ""
        if c["depth"] >= 2:
            p = cs[c["parent"]]
            to = "<a class=\"reply_to\" href=\"/wall-1_%d\">replied to %s</a> &middot; " % (p["id"], esc(p["author"].split(" ")[0]))
        return ("<div class=\"reply reply_dived clear%s _post\" id=\"post-1_%d\" data-post-id=\"-1_%d\"><div class=\"reply_wrap _reply_wrap\">"
                "<a class=\"reply_image\" href=\"/%s\"><img class=\"reply_img\" src=\"/images/camera_50.png\" alt=\"%s\"></a><div class=\"reply_content\">"
                "<div class=\"reply_author\"><a class=\"author\" href=\"/%s\" data-from-id=\"%d\">%s</a></div><div class=\"reply_text\"><div class=\"wall_reply_text\">%s</div></div>"
                "<div class=\"reply_footer\"><div class=\"reply_date\">%s<a class=\"wd_lnk\" href=\"/wall-1_%d\"><span class=\"rel_date\">%d %s at %s</span></a></div>"
                "<div class=\"reply_actions\"><a class=\"reply_link\">Reply</a><div class=\"like_wrap _like_wall-1_%d\"><a class=\"like_btn like _like\"><span class=\"like_button_icon\"></span>"
                "<span class=\"like_button_count\">%s</span></a></div></div></div></div></div></div>%s") % (
            " reply_replieable" if c["depth"] else "", c["id"], c["id"], handle(c["author"]), esc(c["author"]), handle(c["author"]), c["id"] * 11, esc(c["author"]),
            "<br><br>".join(esc(p) for p in c["paras"]), to, c["id"], t.day, mon(t)[:3], ampm(t, lower=True), c["id"], c["likes"] if c["likes"] else "", inner)

    def top(i):
        sub = []

        def flat(j):
            for k in kids(cs, j):
                sub.append(one(k, ""))
                flat(k)
        flat(i)
        deep = "<div class=\"replies_wrap_deep\" id=\"replies_wrap_deep-1_%d\">%s</div>" % (cs[i]["id"], "".join(sub)) if sub else ""
        return one(i, deep)
    body = story() + ("<div class=\"wall_module\"><div class=\"post_replies_header\"><span class=\"post_replies_count\">%d comments</span> "
                      "<a class=\"replies_order\">Interesting first</a></div><div class=\"replies\"><div class=\"replies_list _replies_list\" id=\"replies-1_99\">%s</div>"
                      "<a class=\"replies_next\">Show next comments</a></div><div class=\"reply_field_wrap\"><div class=\"reply_field\" contenteditable=\"true\" "
                      "placeholder=\"Write a comment...\"></div><button class=\"reply_send\">Send</button></div></div>") % (
        len(cs), "".join(top(i) for i in kids(cs, None)))
    return news(STORY_T, body, brand="Millbrook Live | community")


def pikabu(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        return ("<div class=\"comment\" id=\"comment_%d\" data-id=\"%d\" data-meta=\"pid=%d;d=%d;rating=%d\"><div class=\"comment__body\">"
                "<div class=\"comment__header\"><div class=\"comment__tools\"><div class=\"comment__rating\"><span class=\"comment__rating-up\"></span>"
                "<div class=\"comment__rating-count\">%d</div><span class=\"comment__rating-down\"></span></div></div>"
                "<div class=\"comment__user\" data-name=\"%s\"><a href=\"/@%s\" class=\"user\"><img class=\"avatar\" src=\"/av/%d.png\"><span class=\"user__nick\">%s</span></a></div>"
                "<time class=\"comment__datetime hint\" datetime=\"%s+00:00\">%s</time><a class=\"comment__tool\" href=\"#comment_%d\">#</a></div>"
                "<div class=\"comment__content\">%s</div><div class=\"comment__controls\"><span class=\"comment__tool\" data-role=\"reply\">Reply</span> "
                "<span class=\"comment__tool\" data-role=\"save\">Save</span></div></div><div class=\"comment__children\">%s</div></div>") % (
            c["id"], c["id"], cs[c["parent"]]["id"] if c["parent"] is not None else 0, c["depth"], c["likes"], c["likes"], esc(c["author"]), handle(c["author"]),
            c["id"] % 50, esc(c["author"]), t.strftime("%Y-%m-%dT%H:%M:00"), rel(c), c["id"], paras(c), inner)
    tree = nest(cs, one, lambda s: s)
    body = ("<div class=\"app\"><header class=\"header\"><a class=\"header__logo\">Pikaboo</a><nav class=\"header-menu\"><a>Hot</a> <a>Best</a> <a>Fresh</a> <a>Communities</a></nav>"
            "<a class=\"header__login\">Log in</a></header><div class=\"app__inner\"><div class=\"app__content\"><article class=\"story\"><header class=\"story__header\">"
            "<h1 class=\"story__title\"><span class=\"story__title-link\">The footbridge is shut till March, here is the detour</span></h1><div class=\"story__tags\"><a>Millbrook</a> <a>Bridges</a></div></header>"
            "<div class=\"story__content\"><p>%s</p><p>%s</p></div><div class=\"story__footer\"><span class=\"story__comments-link-count\">%d</span> comments "
            "<span class=\"story__rating-count\">412</span></div></article><section class=\"comments comments_show\" id=\"comments\"><header class=\"comments__header\">"
            "<div class=\"comments__title\">Comments</div><div class=\"comments__sort\">best first</div></header><div class=\"comments__main\">"
            "<div class=\"comments__container\" data-story-id=\"8812\">%s</div></div><div class=\"comment-form\"><textarea placeholder=\"Add a comment\"></textarea></div>"
            "</section></div><aside class=\"sidebar\"><div class=\"sidebar-block\"><h3>Top authors</h3><a>riverpix</a> <a>old_engineer</a></div></aside></div>"
            "<footer class=\"footer\"><a>Rules</a> <a>Help</a> <a>Advertising</a></footer></div>") % (esc(STORY[0]), esc(STORY[1]), len(cs), tree)
    return base.page_wrap("The footbridge is shut till March, here is the detour | Pikaboo", body)


def postmill(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        return ("<article class=\"comment comment--%s%s\" id=\"comment_%d\" data-controller=\"comment\"><div class=\"comment__row\"><div class=\"comment__main\">"
                "<header class=\"comment__info content-like\"><h1 class=\"comment__info-text unheaderize\"><a href=\"/user/%s\" class=\"fg-inherit\">%s</a> "
                "<span class=\"text-sm fg-muted\">wrote <time class=\"relative-time\" datetime=\"%s+00:00\" title=\"%s\">%s</time></span></h1></header>"
                "<div class=\"comment__body break-text text-flow\">%s</div><nav class=\"comment__nav text-sm\"><ul class=\"comment__nav-list unlistify\">"
                "<li class=\"comment__nav-item\"><a href=\"/f/millbrook/991/-/comment/%d\" class=\"comment__nav-link\">Permalink</a></li>"
                "<li class=\"comment__nav-item\"><a class=\"comment__nav-link\">Reply</a></li></ul></nav></div>"
                "<div class=\"comment__vote vote\"><button class=\"vote__up\">Upvote</button><span class=\"vote__net-score\">%d</span><button class=\"vote__down\">Downvote</button></div></div>"
                "%s</article>") % (
            "top-level" if c["depth"] == 0 else "nested", " comment--user-flagged" if i == 3 else "", c["id"], handle(c["author"]), handle(c["author"]),
            t.strftime("%Y-%m-%dT%H:%M:%S"), t.strftime("%A, %B %d, %Y %H:%M:%S"), rel(c), paras(c), c["id"], c["likes"], inner)
    tree = nest(cs, one, lambda s: "<div class=\"comment__replies\">%s</div>" % s)
    body = ("<nav class=\"site-nav\"><ul class=\"site-nav__list\"><li><a class=\"site-nav__link\">Raddle</a></li><li><a>Forums</a></li><li><a>Wiki</a></li>"
            "<li><a>Log in</a></li><li><a>Sign up</a></li></ul></nav><div class=\"site-content\"><main class=\"site-content__body body flow\">"
            "<article class=\"submission\"><h1 class=\"submission__title\"><a>Millbrook footbridge shut until March after inspectors find cracked bearings</a></h1>"
            "<p class=\"submission__info\">Submitted by <a>rivergull</a> in <a>f/millbrook</a></p><div class=\"submission__body\"><p>%s</p></div>"
            "<nav class=\"submission__nav\"><a>%d comments</a> <a>Share</a></nav></article><h2 class=\"comments-heading\">Comments</h2>"
            "<div class=\"comments\">%s</div><form class=\"comment-form\"><textarea></textarea><button>Post</button></form></main>"
            "<aside class=\"site-content__sidebar sidebar flow\"><section class=\"sidebar__section\"><h1>f/millbrook</h1><p>Town talk for Millbrook and the river villages.</p>"
            "<p>412 subscribers</p></section></aside></div><footer class=\"site-footer\"><p>Running Postmill</p></footer>") % (esc(STORY[0]), len(cs), tree)
    return base.page_wrap("Millbrook footbridge shut until March : millbrook", body)


def itchio(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        return ("<div class=\"community_post%s\" id=\"post-%d\" data-post=\"{&quot;id&quot;:%d}\"><div class=\"post_anchor\"></div><div class=\"post_grid\">"
                "<div class=\"post_votes\"><a class=\"vote_up_btn vote_btn\">&#9650;</a><span class=\"vote_count\">%d</span><a class=\"vote_down_btn vote_btn\">&#9660;</a></div>"
                "<a class=\"avatar_container\" href=\"https://%s.itch.example\"><div class=\"post_avatar\" style=\"background-image: url(/img/av%d.png)\"></div></a>"
                "<div class=\"post_header\"><span class=\"post_author\"><a href=\"https://%s.itch.example\">%s</a></span>%s <span class=\"post_date\" title=\"%s\">"
                "<a href=\"/post/%d\">%s</a></span></div><div class=\"post_content\"><div class=\"post_body user_formatted\">%s</div>"
                "<div class=\"post_footer\"><a class=\"post_action reply_btn\">Reply</a></div></div></div>%s</div>") % (
            " is_reply" if c["depth"] else "", c["id"], c["id"], c["likes"], handle(c["author"]), c["id"] % 30, handle(c["author"]), esc(c["author"]),
            " <span class=\"post_author_badge\">Developer</span>" if c["author"] == "Bryony Ashe" else "",
            t.strftime("%Y-%m-%d %H:%M:%S"), c["id"], rel(c), paras(c), inner)
    tree = nest(cs, one, lambda s: "<div class=\"community_post_replies\">%s</div>" % s)
    body = ("<div id=\"wrapper\"><div class=\"header_widget\"><a class=\"logo\">itch.example</a> <a>Browse Games</a> <a>Game Jams</a> <a>Upload Game</a> <a>Developer Logs</a> "
            "<a>Community</a> <a>Log in</a> <a>Register</a></div><div class=\"view_game_page page_widget\"><div class=\"header\"><h1 class=\"game_title\">Footbridge Simulator 2026</h1></div>"
            "<div class=\"columns\"><div class=\"left_col column\"><div class=\"formatted_description user_formatted\"><p>Keep the Millbrook footbridge standing through ten winters. "
            "Manage bearings, budgets and angry market traders.</p></div><div class=\"more_information_toggle\"><a>More information</a></div>"
            "<div class=\"game_comments_widget\"><h2>Comments</h2><div class=\"community_topic_posts_widget\"><p class=\"form_hint\">Log in with itch.example to leave a comment.</p>"
            "<div class=\"community_post_list_widget base_widget\">%s</div><div class=\"pager\"><a class=\"button\">Viewing most recent %d of %d comments</a> <a>View all</a></div></div></div></div>"
            "<div class=\"right_col column\"><div class=\"buy_row\"><a class=\"button buy_btn\">Download Now</a> Name your own price</div><div class=\"screenshot_list\"></div></div></div></div>"
            "<div class=\"footer\"><a>About</a> <a>FAQ</a> <a>Blog</a> <a>Contact us</a><p>Copyright &copy; 2026 itch corp</p></div></div>") % (tree, len(cs), len(cs))
    return base.page_wrap("Footbridge Simulator 2026 by Bryony Ashe", body)


def hatena(cs):
    items = []
    for c in cs:
        t = c["time"]
        items.append(("<li class=\"entry-comment js-entry-comment\" data-comment-id=\"1385%04d\"><p class=\"comment-user-name\"><a class=\"comment-user-name-link\" href=\"https://blog.hatena.example/%s/\">"
                      "<img src=\"https://cdn.profile-image.example/%s/profile.png\" class=\"hatena-id-icon\" alt=\"%s\" title=\"%s\" width=\"16\" height=\"16\">id:%s</a></p>"
                      "<p class=\"comment-content\">%s</p><p class=\"comment-metadata\"><span class=\"comment-date\"><a href=\"#comment-1385%04d\">"
                      "<time data-relative datetime=\"%s\" title=\"%s\">%s</time></a></span></p></li>") % (
            c["id"], c["author"], c["author"], c["author"], c["author"], c["author"], "<br>".join(esc(p) for p in c["paras"]), c["id"],
            t.strftime("%Y-%m-%dT%H:%M:%SZ"), t.strftime("%Y-%m-%d %H:%M"), t.strftime("%Y-%m-%d %H:%M")))
    body = ("<div id=\"container\"><div id=\"blog-title\"><h1 id=\"title\"><a>川沿いの日記</a></h1><h2 id=\"blog-description\">Millbrook walking notes</h2></div>"
            "<div id=\"content\"><div id=\"main\"><article class=\"entry hentry\"><div class=\"entry-inner\"><header class=\"entry-header\"><div class=\"date entry-date first\">"
            "<a><time datetime=\"2026-11-23T09:00:00Z\">2026-11-23</time></a></div><h1 class=\"entry-title\"><a>The footbridge closure, one week in</a></h1></header>"
            "<div class=\"entry-content hatenablog-entry\">%s</div><footer class=\"entry-footer\"><div class=\"entry-tags-wrapper\"><a>橋</a></div>"
            "<p class=\"entry-footer-section\"><span class=\"author vcard\"><span class=\"fn\">alys_walks</span></span> <a class=\"entry-see-more\">%d comments</a></p>"
            "<div class=\"hatena-star-container\">&#9733;&#9733;&#9733;</div><div class=\"comment-box js-comment-box\"><ul class=\"comment js-comment\">%s</ul>"
            "<a class=\"leave-comment-title js-leave-comment-title\">コメントを書く</a></div></footer></div></article></div>"
            "<aside id=\"box2\"><div class=\"hatena-module hatena-module-profile\"><div class=\"hatena-module-title\">プロフィール</div><p>alys_walks</p></div>"
            "<div class=\"hatena-module hatena-module-recent-entries\"><div class=\"hatena-module-title\">最新記事</div><ul><li><a>Lock gates painted</a></li><li><a>Heron count</a></li></ul></div></aside></div>"
            "<footer id=\"footer\"><p>Powered by Hatena Blog</p></footer></div>") % ("".join("<p>%s</p>" % esc(p) for p in STORY), len(cs), "".join(items))
    return base.page_wrap("The footbridge closure, one week in - 川沿いの日記", body).replace("lang=\"en\"", "lang=\"ja\"")


def quip(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        return ("<li class=\"quip-comment quip-comment-row%s\" id=\"qcom%d\"><div class=\"quip-comment-right\"><img class=\"quip-avatar\" src=\"https://gravatar.example/avatar/%x?s=50\">"
                "<p class=\"quip-comment-meta\"><span class=\"quip-comment-author\">%s</span>: <span class=\"quip-comment-createdon\">%s %d, %d at %s <a href=\"#qcom%d\">#</a></span></p>"
                "<div class=\"quip-comment-text\"><p>%s</p></div><span class=\"quip-reply-link\"><a href=\"?quip_thread=blog-91&amp;quip_parent=%d\">Reply to this</a></span></div>%s</li>") % (
            " quip-comment-alt" if i % 2 else "", c["id"], c["id"] * 7, esc(c["author"]), mon(t)[:3], t.day, t.year, ampm(t), c["id"], "<br /><br />".join(esc(p) for p in c["paras"]), c["id"], inner)
    tree = nest(cs, one, lambda s: "<ol class=\"quip-comment-parent\">%s</ol>" % s)
    body = post() + ("<div class=\"quip-comments\"><h3 class=\"quip-comments-count\">%d Comments</h3><ol class=\"quip-comment-list\">%s</ol>"
                     "<div class=\"quip-add-comment\"><h4>Add a Comment</h4><form id=\"quip-add-comment-qcom\"><input name=\"name\"><textarea name=\"comment\"></textarea>"
                     "<input type=\"submit\" value=\"Post\"><p class=\"quip-allowed-tags\">Allowed tags: &lt;b&gt;&lt;i&gt;</p></form></div></div>") % (len(cs), tree)
    return blog("The footbridge is shut again", body)


def silverstripe(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        return ("<li class=\"comment %s %s\" id=\"comment-%d\"><div class=\"comment-text\" id=\"Comment_%d_text\">%s</div>"
                "<p class=\"info\"><span class=\"author\">Posted by <a href=\"https://%s.example\" rel=\"nofollow\">%s</a>,</span> %02d/%02d/%d %s</p>"
                "<div class=\"comment-action-links\"><div class=\"comment-moderation-options\"></div><button class=\"comment-reply-link\" type=\"button\" aria-controls=\"Form_ReplyForm_%d\">Reply to %s</button></div>"
                "%s</li>") % (
            "odd" if i % 2 == 0 else "even", "first" if i == 0 else "", c["id"], c["id"], "".join("<p>%s</p>" % esc(p) for p in c["paras"]),
            handle(c["author"]), esc(c["author"]), t.day, t.month, t.year, ampm(t, lower=True).replace(" ", ""), c["id"], esc(c["author"]), inner)
    def wrap(s):
        return "<div class=\"comment-replies-container\"><div class=\"comment-replies-holder\"><ul class=\"comments-list level-2\">%s</ul></div></div>" % s
    tree = nest(cs, one, wrap)
    body = ("<div class=\"typography\"><h1>Footbridge closure: what the council told us</h1><p class=\"blogDate\">23 November 2026</p>%s</div>"
            "<div id=\"comments-holder\" class=\"comments-holder-container\"><h4>Comments</h4><div class=\"comments-holder\"><ul class=\"comments-list root-level\">%s</ul></div>"
            "<p class=\"commenting-rss-feed\"><a href=\"/comments/rss\">RSS feed for comments on this page</a> | <a href=\"/comments/rss/all\">RSS feed for all comments</a></p>"
            "<h4>Post your comment</h4><form id=\"Form_CommentsForm\"><input name=\"Name\"><textarea name=\"Comment\"></textarea><input type=\"submit\" value=\"Post\"></form></div>") % (
        "".join("<p>%s</p>" % esc(p) for p in STORY), tree)
    return news("Footbridge closure: what the council told us", body, brand="Millbrook Residents' Association", nav=("Home", "News", "Meetings", "Join"))


def processwire(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        return ("<li id=\"Comment%d\" class=\"CommentListItem%s\" data-comment=\"%d\"><p class=\"CommentHeader\">Comment by <span class=\"CommentHeaderName\">%s</span> "
                "on %d %s %d %s</p><div class=\"CommentText\"><p>%s</p></div><div class=\"CommentFooter\"><p class=\"CommentAction\">"
                "<a class=\"CommentActionUpvote\" data-url=\"?comment_success=upvote&amp;comment_id=%d\"><span class=\"CommentUpvoteCnt\">%d</span> &uarr;</a> "
                "<a class=\"CommentActionDownvote\"><span class=\"CommentDownvoteCnt\">%d</span> &darr;</a> "
                "<a class=\"CommentActionReply\" data-comment-id=\"%d\" href=\"#Comment%d\">Reply</a></p></div>%s</li>") % (
            c["id"], " CommentHasReplies" if inner else "", c["id"], esc(c["author"]), t.day, mon(t), t.year, ampm(t, lower=True), "</p><p>".join(esc(p) for p in c["paras"]),
            c["id"], c["likes"], R.randint(0, 3), c["id"], c["id"], inner)
    tree = nest(cs, one, lambda s: "<ul class=\"CommentList CommentListNormal CommentListReplies\">%s</ul>" % s)
    body = ("<div id=\"masthead\"><a id=\"logo\">Millbrook Walking Club</a><ul id=\"topnav\"><li><a>Walks</a></li><li><a>Diary</a></li><li><a>Members</a></li></ul></div>"
            "<div id=\"main\"><div id=\"content\"><h1>Diary: the bridge is shut, here is our new route</h1>%s<h3>Comments</h3>"
            "<ul class=\"CommentList CommentListNormal\">%s</ul><h3>Post a comment</h3><form id=\"CommentForm_form\" class=\"CommentForm\"><input name=\"cite\"><textarea name=\"text\"></textarea>"
            "<button>Submit</button></form></div><div id=\"sidebar\"><h4>Next walks</h4><ul><li>Sat 13 Dec: Kelston Round Hill</li><li>Sun 21 Dec: Solstice towpath</li></ul></div></div>"
            "<div id=\"footer\"><p>Millbrook Walking Club is affiliated to the Ramblers. Site by ProcessWire.</p></div>") % (
        "".join("<p>%s</p>" % esc(p) for p in STORY[:2]), tree)
    return base.page_wrap("Diary: the bridge is shut | Millbrook Walking Club", body)


def typo3(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        return ("<div class=\"comment-item%s\" id=\"comment%d\"><div class=\"comment-head\"><img class=\"comment-gravatar\" src=\"https://gravatar.example/avatar/%x?d=mm\" alt=\"\"> "
                "<span class=\"comment-author\">%s</span> schrieb am %02d.%02d.%d um %02d:%02d Uhr:</div><div class=\"comment-body\">%s</div>"
                "<div class=\"comment-foot\"><a class=\"comment-vote-up\" href=\"?tx_pwcomments_pi1[action]=upvote&amp;tx_pwcomments_pi1[comment]=%d\">Gefällt mir (%d)</a> "
                "<a class=\"comment-reply\" href=\"#write-comment\">Antworten</a></div>%s</div>") % (
            " comment-reply-item" if c["depth"] else "", c["id"], c["id"] * 5, esc(c["author"]), t.day, t.month, t.year, t.hour, t.minute,
            "".join("<p>%s</p>" % esc(p) for p in c["paras"]), c["id"], c["likes"], inner)
    tree = nest(cs, one, lambda s: "<div class=\"comment-replies\">%s</div>" % s)
    body = ("<div id=\"page\"><header id=\"header\"><a class=\"logo\">Millbrooker Anzeiger</a><ul class=\"mainnav\"><li><a>Startseite</a></li><li><a>Lokales</a></li>"
            "<li><a>Verkehr</a></li><li><a>Kontakt</a></li></ul></header><div class=\"breadcrumb\"><a>Startseite</a> &raquo; <a>Verkehr</a> &raquo; Fußgängerbrücke</div>"
            "<main id=\"content\"><div class=\"news news-single\"><div class=\"article\"><div class=\"header\"><h1>Fußgängerbrücke bis März gesperrt</h1></div>"
            "<div class=\"news-list-date\">23.11.2026</div><div class=\"news-text-wrap\"><p>Die Fußgängerbrücke über den Avon bleibt nach einem Gutachten bis März gesperrt.</p>"
            "<p>Eine Fähre bringt Fußgänger zu Stoßzeiten über den Fluss.</p></div></div></div>"
            "<div class=\"tx-pwcomments\"><h3>%d Kommentare</h3><div class=\"comments-list\">%s</div><div id=\"write-comment\"><h3>Kommentar schreiben</h3>"
            "<form><input name=\"authorName\"><textarea name=\"message\"></textarea><input type=\"submit\" value=\"Absenden\"></form>"
            "<p class=\"comment-hint\">Ihr Kommentar wird nach Prüfung freigeschaltet.</p></div></div></main>"
            "<footer id=\"footer\"><a>Impressum</a> | <a>Datenschutz</a> | <a>AGB</a></footer></div>") % (len(cs), tree)
    return ("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><meta name=\"generator\" content=\"TYPO3 CMS\"><title>Fußgängerbrücke bis März gesperrt: Millbrooker Anzeiger</title></head>"
            "<body>%s</body></html>") % body


def bitrix(cs):
    out = []
    for i, c in enumerate(cs):
        t = c["time"]
        out.append(("<a name=\"%d\"></a><div class=\"blog-comment\" style=\"padding-left:%dem;\"><div class=\"blog-comment-cont\"><div class=\"blog-comment-cont-white\">"
                    "<div class=\"blog-comment-info\"><div class=\"blog-author\"><a class=\"blog-user-grey\"></a><a href=\"/club/user/%d/\">%s</a></div>"
                    "<div class=\"blog-comment-date\">%02d.%02d.%d %02d:%02d</div></div><div class=\"blog-clear-float\"></div>"
                    "<div class=\"blog-comment-content\">%s</div><div class=\"blog-comment-meta\"><span class=\"rating_vote_text\">%+d</span> "
                    "<span class=\"blog-comment-answer\"><a href=\"javascript:void(0)\" onclick=\"return showComment('%d', '', '', '', '', '')\">Ответить</a></span> "
                    "<span class=\"blog-vert-separator\">|</span> <span class=\"blog-comment-link\"><a href=\"?commentId=%d#%d\">Ссылка</a></span></div></div></div></div>"
                    "<div id=\"err_comment_%d\"></div><div id=\"form_comment_%d\"></div><div id=\"new_comment_cont_%d\" style=\"padding-left:%dem;\"></div>") % (
            c["id"], c["depth"] * 2.5, c["id"] * 3, esc(c["author"]), t.day, t.month, t.year, t.hour, t.minute, "<br /><br />".join(esc(p) for p in c["paras"]), c["likes"],
            c["id"], c["id"], c["id"], c["id"], c["id"], c["id"], (c["depth"] + 1) * 2.5))
    body = ("<div id=\"panel\"></div><div class=\"header\"><a class=\"logo\">Милбрук Сегодня</a><ul class=\"top-menu\"><li><a>Новости</a></li><li><a>Город</a></li>"
            "<li><a>Транспорт</a></li><li><a>Блоги</a></li></ul></div><div class=\"workarea\"><div class=\"blog-post\"><h1 class=\"blog-post-title\">Мост закрыт до марта</h1>"
            "<div class=\"blog-post-info\"><span class=\"blog-author\">Ирина Волкова</span> <span class=\"blog-post-date\">23.11.2026 10:05</span></div>"
            "<div class=\"blog-post-text\"><p>%s</p><p>%s</p></div></div><div class=\"blog-comments\" id=\"blog-comments\"><a name=\"comments\"></a>"
            "<div class=\"blog-comments-title\">Комментарии (%d)</div>%s<div class=\"blog-add-comment\"><a href=\"javascript:void(0)\">Добавить комментарий</a></div></div></div>"
            "<div class=\"footer\"><p>&copy; 2026 Милбрук Сегодня. Все права защищены.</p><a>Реклама</a> <a>Контакты</a></div>") % (
        esc(STORY[0]), esc(STORY[1]), len(cs), "".join(out))
    return ("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Мост закрыт до марта</title></head><body>%s</body></html>") % body


def e107(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        return ("<li id=\"comment-%d\" class=\"media\"><div id=\"comment-%d-box\" class=\"comment-box clearfix\"><div class=\"comment-box-left pull-left\">"
                "<img class=\"img-rounded user-avatar\" src=\"/e107_images/generic/blank_avatar.jpg\" alt=\"\" width=\"50\"></div><div class=\"comment-box-right\">"
                "<div class=\"comment-name\"><a href=\"/user.php?id.%d\">%s</a> <small class=\"text-muted\">%s %d %d : %s</small></div>"
                "<div id=\"comment-%d-edit\" class=\"comment-text\">%s</div><div class=\"comment-rating\"><a class=\"e-rate-thumb e-rate-up\"><span class=\"glyphicon glyphicon-thumbs-up\"></span></a> "
                "<span class=\"e-rate-up\">%d</span> <a class=\"e-rate-thumb e-rate-down\"></a> <span class=\"e-rate-down\">0</span></div>"
                "<div class=\"comment-reply\"><a class=\"e-comment-reply btn btn-default btn-mini btn-xs\" data-target=\"/comment.php?reply\">Reply</a></div></div></div>%s</li>") % (
            c["id"], c["id"], c["id"] % 400, esc(c["author"]), mon(t)[:3], t.day, t.year, "%02d:%02d" % (t.hour, t.minute), c["id"], "<br /><br />".join(esc(p) for p in c["paras"]),
            c["likes"], inner)
    tree = nest(cs, one, lambda s: "<ul class=\"comments-container media-nested\">%s</ul>" % s)
    body = ("<div class=\"navbar\"><a class=\"navbar-brand\">Millbrook Rowing Club</a><ul class=\"nav navbar-nav\"><li><a>Home</a></li><li><a>News</a></li><li><a>Crews</a></li>"
            "<li><a>Forum</a></li><li><a>Login</a></li></ul></div><div class=\"container\"><div class=\"col-md-8\"><div class=\"view-item\"><h2>Towpath route while the footbridge is shut</h2>"
            "<small class=\"text-muted\">Posted by <a>captain</a> on Sunday 23 November 2026 - 09:14</small><div class=\"body\">%s</div></div>"
            "<div id=\"e-comment-form\" class=\"comment-box\"><h3>Comments</h3><form><textarea id=\"comment\" placeholder=\"Submit a comment\"></textarea><button>Submit</button></form></div>"
            "<ul class=\"comments-container media-list\" id=\"comments-container\">%s</ul></div><div class=\"col-md-4\"><h4>Latest forum posts</h4><ul><li><a>Winter training rota</a></li>"
            "<li><a>Boat trailer for sale</a></li></ul><h4>Online</h4><p>Guests: 4, Members: 1</p></div></div><footer><p>Powered by e107</p></footer>") % (
        "".join("<p>%s</p>" % esc(p) for p in STORY[:2]), tree)
    return base.page_wrap("Towpath route while the footbridge is shut - Millbrook Rowing Club", body)


def soundcloud(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        return ("<li class=\"commentsList__item%s\"><div class=\"commentItem\" aria-label=\"Comment\"><div class=\"commentItem__avatar\"><a href=\"/%s\">"
                "<span class=\"sc-artwork image__rounded\" style=\"background-image:url(/av/%d.jpg)\"></span></a></div><div class=\"commentItem__content\">"
                "<div class=\"commentItem__meta\"><span class=\"commentItem__username\"><a class=\"sc-link-primary\" href=\"/%s\">%s</a></span> "
                "<span class=\"commentItem__timestamp\">at <a class=\"commentItem__timestampLink sc-link-secondary\" href=\"?t=%d\">%d:%02d</a></span></div>"
                "<div class=\"commentItem__body sc-type-small\"><span><p>%s</p></span></div></div><div class=\"commentItem__controls\">"
                "<time class=\"relativeTime\" datetime=\"%s.000Z\" title=\"%s\"><span class=\"sc-visuallyhidden\">Posted %s</span><span aria-hidden=\"true\">%s</span></time>"
                "<button class=\"commentItem__replyButton sc-button-small\">Reply</button> <button class=\"commentLikeButton sc-button-small\"><span class=\"commentLikeButton__count\">%s</span></button>"
                "</div></div>%s</li>") % (
            " commentsList__item--reply" if c["depth"] else "", handle(c["author"]), c["id"] % 40, handle(c["author"]), esc(c["author"]), c["id"] % 300,
            (c["id"] % 300) // 60, c["id"] % 60, " ".join(esc(p) for p in c["paras"]), t.strftime("%Y-%m-%dT%H:%M:%S"), t.strftime("%d %B %Y %H:%M"),
            rel(c), rel(c), c["likes"] if c["likes"] else "", inner)
    tree = nest(cs, one, lambda s: "<ul class=\"commentsList__replies\">%s</ul>" % s)
    body = ("<div id=\"app\"><header class=\"header\"><a class=\"header__logo\">SoundCloud</a><a>Home</a> <a>Feed</a> <a>Library</a> <input placeholder=\"Search\"> <a>Sign in</a> <a>Create account</a></header>"
            "<div class=\"l-listen-hero\"><h1 class=\"soundTitle__title\"><span>Footbridge field recording (cracked bearing hum)</span></h1><h2 class=\"soundTitle__username\"><a>towpath_tess</a></h2>"
            "<div class=\"waveform\"></div></div><div class=\"l-main\"><div class=\"listenDetails\"><div class=\"truncatedAudioInfo\"><p>Recorded under the Millbrook footbridge the week it closed. "
            "You can hear the bearings creak when the ferry passes.</p></div><div class=\"soundStats\">1,204 plays</div></div><div class=\"commentsList\">"
            "<div class=\"commentsList__title\"><h3 class=\"sc-text-h3\">%d comments</h3><span class=\"commentsList__sort\">Sorted by: Newest</span></div>"
            "<ul class=\"commentsList__list\">%s</ul></div></div><aside class=\"l-sidebar-right\"><h3>Related tracks</h3><ul><li><a>Weir at night</a></li><li><a>Market bells</a></li></ul>"
            "<div class=\"sidebarModule\"><h3>In playlists</h3><a>River sounds</a></div></aside><footer class=\"footer\"><a>Legal</a> <a>Privacy</a> <a>Cookie Manager</a> <a>Imprint</a></footer></div>") % (len(cs), tree)
    return base.page_wrap("Stream Footbridge field recording by towpath_tess | Listen online for free on SoundCloud", body)


def hubspot(cs):
    out = []
    for c in cs:
        t = c["time"]
        cls = "comment" if c["depth"] == 0 else "comment comment-reply-to"
        out.append(("<div class=\"%s\" style=\"margin-left:%dpx\" data-comment-id=\"%d\"><p class=\"comment-from\"><a href=\"https://%s.example\" rel=\"nofollow\">%s</a></p>"
                    "<p class=\"comment-date\">%s %d, %d %s</p><div class=\"comment-body\">%s</div><div class=\"comment-reply\"><a data-comment-id=\"%d\" class=\"comment-reply-to-link\">Reply to %s</a></div></div>") % (
            cls, c["depth"] * 30, c["id"], handle(c["author"]), esc(c["author"]), mon(t), t.day, t.year, ampm(t), "".join("<p>%s</p>" % esc(p) for p in c["paras"]),
            c["id"], esc(c["author"].split(" ")[0])))
    body = ("<div class=\"body-container-wrapper\"><div class=\"blog-header\"><h1>The Millbrook Traders Blog</h1></div><div class=\"blog-post\"><h1><span id=\"hs_cos_wrapper_name\">"
            "Footbridge closure: what it means for Saturday trading</span></h1><div class=\"blog-post__meta\"><a class=\"blog-post__author-name\">Nkem Obi</a> "
            "<time>Nov 24, 2026 8:30:00 AM</time></div><div class=\"blog-post__body\"><span id=\"hs_cos_wrapper_post_body\">%s</span></div>"
            "<div class=\"blog-post__tags\"><a>Market</a> <a>Footfall</a></div></div><div class=\"blog-comments\"><div id=\"hs_cos_wrapper_blog_comments\" class=\"hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_comments\">"
            "<div class=\"section post-footer\"><div id=\"comments-listing\" class=\"new-comments\">%s</div><h3 class=\"comment-form-title\">Leave a comment</h3>"
            "<div id=\"hs-form-blog-comments\"><form><input name=\"firstname\"><textarea name=\"content\"></textarea><input type=\"submit\" value=\"Submit Comment\"></form></div></div></div></div>"
            "<div class=\"blog-recent-posts\"><h3>Recent posts</h3><a>Christmas late opening</a> <a>Parking at the east bank</a></div></div>"
            "<footer class=\"footer\"><p>Millbrook Market Traders' Association &middot; <a>Unsubscribe</a></p></footer>") % (
        "".join("<p>%s</p>" % esc(p) for p in STORY), "".join(out))
    return base.page_wrap("Footbridge closure: what it means for Saturday trading", body)


# ---------------------------------------------------------------- status pages

def fandom_script():
    body = ("<div class=\"main-container\"><div class=\"fandom-community-header\"><a class=\"fandom-community-header__community-name\">Millbrook Wiki</a>"
            "<nav class=\"fandom-community-header__local-navigation\"><a>Explore</a> <a>Places</a> <a>History</a> <a>Community</a></nav></div>"
            "<div class=\"page\"><main class=\"page__main\"><h1 class=\"page-header__title\">Millbrook Footbridge</h1><div id=\"content\" class=\"page-content\">"
            "<div class=\"mw-parser-output\"><aside class=\"portable-infobox\"><h2>Millbrook Footbridge</h2><div>Opened: 1934</div><div>Span: 61 m</div></aside>"
            "<p>The <b>Millbrook Footbridge</b> crosses the Avon between the market and the east bank. It was closed in November 2026 after an inspection found cracked bearings.</p>"
            "<h2><span class=\"mw-headline\">History</span></h2><p>The bridge replaced a chain ferry in 1934 and was strengthened in 1988.</p></div></div>"
            "<div id=\"articleComments\" class=\"article-comments-app\" data-page-id=\"4411\"><div class=\"article-comments-app__loading\"><span class=\"wds-spinner\"></span></div></div>"
            "</main><aside class=\"page__right-rail\"><section class=\"rail-module recent-wiki-activity\"><h2>Recent changes</h2><ul><li><a>Market Hall</a> edited by <a>rivergull</a></li>"
            "<li><a>Chain Ferry</a> edited by <a>Pip</a></li></ul></section></aside></div></div>"
            "<script>window.articleCommentsConfig = {pageId: 4411, namespace: 0, threadsUrl: '/wikia.php?controller=ArticleCommentsController&method=getComments'};</script>"
            "<script src=\"https://static.wikia.example/article-comments/ArticleComments.js\" defer></script>"
            "<footer class=\"global-footer\"><p>Community content is available under CC-BY-SA unless otherwise noted.</p><a>Terms of Use</a> <a>Privacy Policy</a></footer>")
    return base.page_wrap("Millbrook Footbridge | Millbrook Wiki | Fandom", body)


def viafoura_element():
    body = story() + ("<section class=\"article-comments\"><h2 class=\"section-title\">Join the conversation</h2><p class=\"guidelines\">Comments are moderated. "
                      "Read our <a>community guidelines</a>.</p><div class=\"viafoura\"><vf-conversations vf-container-id=\"footbridge-2026-11\"></vf-conversations></div></section>"
                      "<script async src=\"https://cdn.viafoura.example/entry/index.js\"></script>")
    return news(STORY_T, body)


def closed():
    body = story() + ("<div class=\"comments-disabled\"><h2>Comments</h2><p>Commenting has been disabled for this article.</p></div>"
                      "<section class=\"reader-picks\"><h3>Readers are talking about</h3><ul><li><blockquote>&ldquo;Finally someone fixes the Westgate junction.&rdquo;</blockquote>"
                      "<cite>Ingrid Holm on <a>Westgate lights to be replaced</a></cite></li><li><blockquote>&ldquo;The new timetable works for me.&rdquo;</blockquote>"
                      "<cite>Pip on <a>Bus station reopens after refit</a></cite></li></ul></section>")
    return news(STORY_T, body)


def main():
    os.makedirs(os.path.join(OUT, "pages"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "text"), exist_ok=True)
    written = []

    def write(name, html_, g):
        with open(os.path.join(OUT, "pages", name + ".html"), "w", encoding="utf-8") as f:
            f.write(html_)
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=1, ensure_ascii=False)
            f.write("\n")
        dump = subprocess.run(["w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"], input=html_.encode("utf-8"),
                              capture_output=True, check=True).stdout
        with open(os.path.join(OUT, "text", name + ".txt"), "wb") as f:
            f.write(dump)
        written.append(name)

    cs = base.thread(13, max_depth=1, p_reply=0.45)
    for c in cs:
        c["author"] = mask(c["author"])
    write("naver", naver(cs), gold("naver", cs, True,
          note="Naver-like news comments: li.u_cbox_comment, masked ids ('towp****'), '2026.11.21. 14:14', '공감 n' likes (and 비공감), replies in a u_cbox_reply_area one level deep"))
    cs = base.thread(12, nested=False)
    write("douban", douban(cs), gold("douban", cs, True,
          note="Douban-like short comments: flat div.comment-item, name link in comment-info, 'n 有用' votes, date shown and the full time in the comment-time title, a star rating span"))
    cs = base.thread(13, max_depth=3, p_reply=0.55)
    write("vk", vk(cs), gold("vk", cs, True, zero_shown=False,
          note="VK-like wall replies: two levels; deeper replies sit flat in replies_wrap_deep and name their parent in 'replied to X'; '21 Nov at 2:14 pm'; like_button_count empty when 0"))
    cs = base.thread(13, max_depth=4, p_reply=0.55)
    write("pikabu", pikabu(cs), gold("pikabu", cs, True,
          note="Pikabu-like BEM comments: comment__body then comment__children; comment__rating-count likes; relative time shown with <time datetime>"))
    cs = base.thread(12, max_depth=3)
    for c in cs:
        c["author"] = handle(c["author"])
    write("postmill", postmill(cs), gold("postmill", cs, True,
          note="Postmill (Raddle): article.comment with comment__info 'name wrote <time datetime>3 days ago</time>', comment__body, net vote score, nested comment__replies"))
    cs = base.thread(12, max_depth=2)
    write("itchio", itchio(cs), gold("itchio", cs, True,
          note="itch.io-like community posts: community_post nested in community_post_replies, post_author, post_date with the full time in title, vote_count"))
    cs = base.thread(11, nested=False, likes=False)
    for c in cs:
        c["author"] = handle(c["author"])
    gh = gold("hatena", cs, False,
              note="Hatena Blog comments: flat ul.comment li.entry-comment, 'id:name' author link with an icon, comment-content then comment-metadata time")
    for gc in gh["comments"]:
        gc["author"] = "id:" + gc["author"]
    write("hatena", hatena(cs), gh)
    cs = base.thread(11, max_depth=3, likes=False)
    write("quip", quip(cs), gold("quip", cs, False,
          note="MODX Quip: li.quip-comment nested in ol.quip-comment-parent, 'Name: Nov 21, 2026 at 2:14 PM #' meta line, 'Reply to this'"))
    cs = base.thread(12, max_depth=2, likes=False)
    write("silverstripe", silverstripe(cs), gold("silverstripe", cs, False,
          note="SilverStripe comments module: text first, then 'Posted by <a>X</a>, 21/11/2026 2:14pm'; replies in comment-replies-container ul.comments-list.level-2"))
    cs = base.thread(12, max_depth=3)
    write("processwire", processwire(cs), gold("processwire", cs, True,
          note="ProcessWire CommentList: 'Comment by <span>X</span> on 21 November 2026 2:14 pm' header, CommentText, upvote count, nested CommentListReplies"))
    cs = base.thread(12, max_depth=2)
    write("typo3", typo3(cs), gold("typo3", cs, True,
          note="TYPO3 pw_comments-like (German chrome): 'X schrieb am 21.11.2026 um 14:14 Uhr:' header, 'Gefällt mir (n)' likes, nested comment-replies"))
    cs = base.thread(13, max_depth=3, p_reply=0.55)
    write("bitrix", bitrix(cs), gold("bitrix", cs, True,
          note="1C-Bitrix blog comments (Russian chrome): flat div.blog-comment siblings nested only by inline padding-left (2.5em a level); '21.11.2026 14:14'; '+n' rating; empty form holders between"))
    cs = base.thread(11, max_depth=2)
    write("e107", e107(cs), gold("e107", cs, True,
          note="e107 comments: li.media > comment-box (avatar left, comment-name with name and 'Nov 21 2026 : 14:14', comment-text, thumbs-up count); replies in ul.comments-container; the form above the list"))
    cs = base.thread(12, max_depth=1, p_reply=0.45)
    for c in cs:
        c["author"] = handle(c["author"])
    write("soundcloud", soundcloud(cs), gold("soundcloud", cs, True, zero_shown=False,
          note="SoundCloud-like timed comments: 'name at 1:23' (track position, not time), body, relative time with datetime, like count empty when 0; replies one level in commentsList__replies"))
    cs = base.thread(11, max_depth=2, likes=False)
    write("hubspot", hubspot(cs), gold("hubspot", cs, False,
          note="HubSpot COS blog comments: flat div.comment siblings in #comments-listing, replies classed comment-reply-to and indented by margin-left 30px a level; comment-from, comment-date"))

    write("fandom-script", fandom_script(), status_gold("fandom-script", "unparsed",
          "Fandom-like wiki article: div#articleComments with a spinner and an ArticleComments script: unparsed"))
    write("viafoura-element", viafoura_element(), status_gold("viafoura-element", "unparsed",
          "Viafoura custom element <vf-conversations> under 'Join the conversation' and its loader: unparsed"))
    write("comments-disabled", closed(), status_gold("comments-disabled", "none",
          "'Commenting has been disabled for this article'; a 'Readers are talking about' rail quotes other stories' commenters: none"))
    print("\n".join(written))


if __name__ == "__main__":
    main()
