#!/usr/bin/python3
"""Writes the THIRTEENTH held-out round (folder heldout12; HTML + w3m dumps): 15 thread pages in comment systems and
news/blog markups no earlier round uses, scored on main before any rule for them (an estimate for unseen sites), and 3
comment-section status pages (gold without comments, `expectSection`) for the silent-miss check.

Thread pages: Cactus Comments (Matrix; flat, "load more"), Comentario (nested cards, score), a Tistory-like Korean blog
(nested reply lists, "2026.11.21 14:14"), a Changyan-like Chinese news thread (flat floors, a reply quoting its parent
in a box), a LiveRe-like list (flat siblings with depth classes), a derStandard-like forum (flat postings whose depth
is only a `data-level` / `--level` CSS variable, + / - ratings, German chrome), a Wykop-like Polish thread (one level
of sub-entries answering each other by "@name:"), a Times-of-India-like list ("Up Vote (n)", "IST" times, replies in
collapsed lists), a Vox-Chorus-like flat list where each reply names its parent's id in `data-parent-id`, Flickr-like
photo comments (flat, time in a title), DeviantArt-like and Product-Hunt-like threads with hashed CSS-module classes,
Letterboxd-like review comments (date only, "n likes"), note.com-like Japanese comments (one level, "スキ n") and a
BBC-like "Have your say" list whose replies sit in `<details>` under "n replies".
Status pages: a CommentBox.io mount filled by script (`unparsed`), a Changyan `SOHUCS` mount and its loader
(`unparsed`), and a story whose comments closed after seven days (`none`).

Helpers and gold format from ../heldout10's generator (itself on ../heldout5's); another topic (a tram line extension
through a market town), names and seed. A relative time ('3 days ago') always stands beside a machine-readable one
(datetime or title) here, and the gold holds that minute. Each page's `w3m -dump` goes to text/ (made as in
../heldout11: `w3m -dump -T text/html -I UTF-8 -O UTF-8`, w3m's default width). Our own synthetic text.
Usage: make_heldout12_pages.py [OUT_DIR]"""
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

R = random.Random(20261214)
base.R = R
h10.R = R
OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
base.SUBJECTS[:] = ["the tram extension", "the Haybridge stop", "the compulsory purchase", "the depot site", "the market street",
                    "the overhead wires", "the business case", "the park-and-ride", "the consultation map", "the construction phase"]
base.VIEWS[:] = ["will finally take cars off the high street", "costs more per mile than the airport link did",
                 "was drawn without asking the stallholders", "puts a depot next to the primary school",
                 "is three years late before a rail is laid", "only works if the buses feed it",
                 "will split the market square in two", "has been promised at every election since 2009"]
base.ASIDES[:] = ["I run a fruit stall on Haybridge Street.", "The 42 bus takes fifty minutes at rush hour.",
                  "The map in the library is already out of date.", "My daughter commutes to the hospital every day.",
                  "Nobody has said where the market will go during the works.", "Manchester's trams changed my mind.",
                  "The trees on Well Lane are marked for felling."]
base.STARTS[:] = ["To be fair", "As a stallholder", "Genuinely", "Having been to both drop-ins", "From the top deck of the 42",
                  "Bluntly", "On balance", "Speaking as a cyclist"]
base.NAMES[:] = ["Tomasz Zielinski", "haybridge_hal", "Adaeze Okoro", "Fenella Marsh", "tramspotter", "Ravi Menon", "Ffion",
                 "marketmo", "Declan Byrne", "Yusra K.", "railgrey", "Henrike Vogel", "Bo"]
STORY_T = "Tram extension to Haybridge approved despite market traders' objections"
STORY = ["The combined authority approved a 4.2-mile tram extension to Haybridge on Thursday, with trams due to run "
         "through the market street from 2030.",
         "Traders say two years of works will close half of the Saturday market, and a petition against the depot site "
         "beside Well Lane primary school has 3,100 signatures.",
         "The authority says the line will carry 9,000 passengers a day and that a relocation fund for stallholders will "
         "be set out in January."]
NOW = dt.datetime(2026, 12, 7, 10, 5)
h10.NOW = NOW
esc, paras, handle, mon, kids = base.esc, base.paras, base.handle, base.mon, base.kids
gold, status_gold, nest = h10.gold, h10.status_gold, h10.nest


def rel(c):
    """The relative time shown beside a machine-readable one (datetime / title): the gold keeps the minute."""
    return h10.ago(c["time"])[0]


def ampm(t, lower=False):
    s = "%d:%02d %s" % (t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM")
    return s.lower() if lower else s


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S")


def story(title=STORY_T):
    return ("<article class=\"story\"><h1 class=\"story-headline\">%s</h1><div class=\"story-byline\">By <a href=\"/people/kit-armitage\">Kit Armitage</a>, "
            "Transport correspondent <time datetime=\"2026-11-20T06:00\">20 November 2026</time></div><figure><img src=\"/img/tram.jpg\" alt=\"\">"
            "<figcaption>An artist's impression of the Haybridge stop. Image: combined authority</figcaption></figure><div class=\"story-body\">%s</div>"
            "<div class=\"share-bar\"><a>Share on Facebook</a> <a>Share on X</a> <a>Copy link</a></div></article>") % (
        esc(title), "".join("<p>%s</p>" % esc(p) for p in STORY))


def news(title, body, brand="Haybridge Evening Post", lang="en", nav=("News", "Transport", "Business", "Sport", "Opinion", "Property")):
    most = "".join("<li><a href=\"/news/%d\">%s</a></li>" % (800 + k, esc(s[0].upper() + s[1:] + ": the key dates"))
                   for k, s in enumerate(R.sample(base.SUBJECTS, 5)))
    return ("<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s | %s</title></head><body>"
            "<div class=\"consent-banner\" role=\"dialog\"><p>We use cookies to personalise content and ads and to analyse our traffic.</p><button>Accept</button> "
            "<button>Settings</button></div><header class=\"site-head\"><a class=\"logo\" href=\"/\">%s</a><nav class=\"main-nav\"><ul>%s</ul></nav>"
            "<a class=\"btn-subscribe\">Subscribe</a> <a class=\"btn-login\">Log in</a></header><div class=\"advert advert--leader\">Advertisement</div>"
            "<div class=\"grid\"><main class=\"grid-main\">%s</main><aside class=\"grid-rail\"><section class=\"trending\"><h3>Trending</h3><ol>%s</ol></section>"
            "<div class=\"advert advert--mpu\">Advertisement</div><section class=\"newsletter\"><h3>Evening Post Briefing</h3><p>Haybridge news at 6pm, every weekday.</p>"
            "<input type=\"email\"><button>Sign up</button></section></aside></div><section class=\"more-news\"><h3>More transport news</h3><ul>"
            "<li><a>Night buses return to the ring road</a></li><li><a>Station car park fees rise</a></li><li><a>Cycle hire scheme expands</a></li></ul></section>"
            "<footer class=\"site-foot\"><a>About us</a> <a>Contact</a> <a>Complaints</a> <a>Privacy</a> <a>Cookie settings</a><p>&copy; 2026 Haybridge Media Group</p></footer></body></html>") % (
        lang, esc(title), esc(brand), esc(brand), "".join("<li><a>%s</a></li>" % esc(n) for n in nav), body, most)


def blog(title, body, site="Haybridge Notes", lang="en", nav=("Home", "About", "Archive", "Contact")):
    return ("<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s | %s</title></head><body><div id=\"wrap\">"
            "<header id=\"masthead\"><h1 class=\"site-title\"><a href=\"/\">%s</a></h1><p class=\"site-desc\">A market town, slowly</p>"
            "<nav><ul>%s</ul></nav></header><div id=\"primary\"><div id=\"content\">%s</div><aside id=\"secondary\"><section class=\"widget\"><h3>Recent posts</h3><ul>"
            "<li><a>Saturday market in the rain</a></li><li><a>Well Lane's plane trees</a></li></ul></section><section class=\"widget\"><h3>Tags</h3><p><a>tram</a> <a>market</a> "
            "<a>council</a></p></section></aside></div><footer id=\"colophon\"><p>&copy; 2026 %s</p></footer></div></body></html>") % (
        lang, esc(title), esc(site), esc(site), "".join("<li><a>%s</a></li>" % esc(n) for n in nav), body, esc(site))


def post(title="The tram is coming (through my stall)"):
    return ("<article class=\"entry\"><h2 class=\"entry-title\">%s</h2><p class=\"entry-meta\">Posted 21 November 2026 by Juno</p>"
            "<div class=\"entry-content\">%s</div></article>") % (esc(title), "".join("<p>%s</p>" % esc(p) for p in STORY))


def body_br(c):
    return "<br><br>".join(esc(p) for p in c["paras"])


# ---------------------------------------------------------------- thread pages

def cactus(cs):
    items = []
    for c in cs:
        t = c["time"]
        items.append(("<div class=\"cactus-comment\"><div class=\"cactus-comment-avatar\"><img src=\"/_matrix/media/r0/thumbnail/%d\" alt=\"%s\"></div>"
                      "<div class=\"cactus-comment-content\"><div class=\"cactus-comment-header\"><p class=\"cactus-comment-displayname\">%s</p>"
                      "<p class=\"cactus-comment-time\" title=\"%s\">%s</p></div><div class=\"cactus-comment-body\"><div class=\"cactus-message-text\">%s</div></div></div></div>") % (
            c["id"], esc(c["author"]), esc(c["author"]), t.strftime("%d/%m/%Y, %H:%M:%S"), rel(c), paras(c)))
    body = post() + ("<section id=\"comment-section\"><h3>Comments</h3><div class=\"cactus-container\"><div class=\"cactus-editor\">"
                     "<div class=\"cactus-editor-above\"><button class=\"cactus-button cactus-login-button\">Log in</button></div>"
                     "<div class=\"cactus-editor-below\"><textarea class=\"cactus-editor-textarea\" placeholder=\"Add a comment\"></textarea>"
                     "<input class=\"cactus-editor-name\" placeholder=\"Name\"><button class=\"cactus-button cactus-send-button\">Post</button></div></div>"
                     "<div class=\"cactus-comments-list\">%s</div><div class=\"cactus-view-more\"><button class=\"cactus-button\">View more</button></div>"
                     "<p class=\"cactus-matrix-link\">Comments are stored in a Matrix room: <a>#comments_haybridge.example_tram:cactus.chat</a></p></div></section>") % "".join(items)
    return blog("The tram is coming (through my stall)", body)


def comentario(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        return ("<div class=\"comentario-card\" id=\"comentario-%d\"><div class=\"comentario-card-expand-toggler\"></div><div class=\"comentario-card-header\">"
                "<div class=\"comentario-avatar\" style=\"background-color:#3a7\">%s</div><div class=\"comentario-name-wrap\"><a class=\"comentario-name\" href=\"https://%s.example\" rel=\"nofollow noopener\">%s</a>"
                "<div class=\"comentario-subtitle\"><a href=\"#comentario-%d\" title=\"%s\">%s</a></div></div></div>"
                "<div class=\"comentario-card-body\">%s</div><div class=\"comentario-card-options\"><button class=\"comentario-btn comentario-btn-upvote\" title=\"Upvote\"></button>"
                "<div class=\"comentario-score\" title=\"Comment score\">%d</div><button class=\"comentario-btn comentario-btn-downvote\" title=\"Downvote\"></button>"
                "<button class=\"comentario-btn comentario-btn-reply\">Reply</button> <button class=\"comentario-btn comentario-btn-link\">Link</button></div>"
                "<div class=\"comentario-card-children\">%s</div></div>") % (
            c["id"], esc(c["author"][0].upper()), handle(c["author"]), esc(c["author"]), c["id"], t.strftime("%a, %d %b %Y %H:%M"), rel(c), paras(c), c["likes"], inner)
    tree = nest(cs, one, lambda s: s)
    body = post("Haybridge stop: my objection letter, in full") + (
        "<div id=\"comentario\" class=\"comentario-root comentario-root-font\"><div class=\"comentario-main-area\"><div class=\"comentario-add-comment-host\">"
        "<textarea placeholder=\"Your comment\"></textarea><button class=\"comentario-btn comentario-btn-primary\">Add comment</button></div>"
        "<div class=\"comentario-sort-bar\"><span>Sort by</span> <a class=\"comentario-sort-active\">Votes</a> <a>Newest</a> <a>Oldest</a></div>"
        "<div class=\"comentario-comments\">%s</div></div><div class=\"comentario-footer\"><a>Powered by Comentario</a></div></div>") % tree
    return blog("Haybridge stop: my objection letter, in full", body)


def tistory(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        return ("<li class=\"tt-item-reply%s\" id=\"comment%d\"><div class=\"tt-box-thumbnail\"><img src=\"//t1.daumcdn.example/profile/%d.jpg\" alt=\"\" width=\"48\"></div>"
                "<div class=\"tt-box-content\"><div class=\"tt-box-meta\"><a href=\"https://%s.tistory.example\" class=\"tt-link-user\"><span class=\"tt-txt-nickname\">%s</span></a> "
                "<span class=\"tt_date\">%s</span></div><p class=\"tt_desc\">%s</p><div class=\"tt-box-reply\"><a class=\"tt-link-comment\">답글</a> "
                "<a class=\"tt-link-modify\">수정/삭제</a></div></div>%s</li>") % (
            " tt-item-reply-reply" if c["depth"] else "", c["id"], c["id"] % 60, handle(c["author"]), esc(c["author"]), t.strftime("%Y.%m.%d %H:%M"),
            body_br(c), inner)
    tree = nest(cs, one, lambda s: "<ul class=\"tt-wrap-reply-list\">%s</ul>" % s)
    body = ("<div class=\"area-view\"><div class=\"article-header\"><h2 class=\"title-article\">트램 연장선, 결국 승인 (The tram extension is approved)</h2>"
            "<div class=\"box-info\"><span class=\"category\">여행/교통</span> <span class=\"date\">2026. 11. 21. 09:12</span></div></div>"
            "<div class=\"article-view\"><div class=\"tt_article_useless_p_margin\">%s</div></div><div class=\"container_postbtn\"><button class=\"btn_post\">공감 <span>41</span></button> "
            "<button class=\"btn_post\">공유하기</button> <button>게시글 관리</button></div><div class=\"another_category\"><h4>'여행/교통' 카테고리의 다른 글</h4><ul>"
            "<li><a>시장 가는 버스</a></li><li><a>하이브리지 역 주차장</a></li></ul></div>"
            "<div class=\"tt-area-reply\"><div class=\"tt-box-total\"><span class=\"tt_txt_g\">댓글</span><span class=\"tt_num_g\">%d</span></div>"
            "<div class=\"tt-area-write\"><textarea placeholder=\"여기에 댓글을 입력하세요\"></textarea><button class=\"tt-btn_register\">등록</button></div>"
            "<ul class=\"tt-list-reply\">%s</ul></div></div>") % ("".join("<p>%s</p>" % esc(p) for p in STORY), len(cs), tree)
    return blog("트램 연장선, 결국 승인", body, site="하이브리지 산책", lang="ko", nav=("홈", "태그", "방명록"))


def changyan(cs):
    items = []
    for i, c in enumerate(cs):
        t = c["time"]
        quote = ""
        if c["parent"] is not None:
            p = cs[c["parent"]]
            quote = ("<div class=\"cy-quote block-cont-bg\"><div class=\"cy-quote-user\"><span class=\"cy-quote-floor\">%d楼</span> <a class=\"cy-quote-name\">%s</a></div>"
                     "<div class=\"cy-quote-text\">%s</div></div>") % (c["parent"] + 1, esc(p["author"]), " ".join(esc(x) for x in p["paras"]))
        items.append(("<div class=\"block-cont-gw\" id=\"cmt_%d\"><div class=\"cont-head-gw\"><div class=\"head-img-gw\"><img src=\"//0d077ef9e74d8.cdn.sohucs.example/u%d.png\"></div></div>"
                      "<div class=\"cont-box-gw\"><div class=\"cont-title-gw\"><span class=\"user-name-gw\"><a href=\"javascript:void(0)\">%s</a></span> "
                      "<span class=\"user-from-gw\">[英国网友]</span> <span class=\"floor-gw\">%d楼</span></div>%s<div class=\"cont-text-gw\">%s</div>"
                      "<div class=\"cont-tool-gw\"><span class=\"time-gw\">%s</span> <span class=\"tool-btn-gw\"><a class=\"reply-btn\">回复</a> "
                      "<a class=\"ding-gw\" title=\"顶\"><i class=\"icon-ding\"></i>顶<em>%d</em></a> <a class=\"report-gw\">举报</a></span></div></div></div>") % (
            c["id"], c["id"] % 80, esc(c["author"]), i + 1, quote, body_br(c), t.strftime("%Y-%m-%d %H:%M"), c["likes"]))
    body = story() + ("<div id=\"SOHUCS\" sid=\"haybridge-tram-2026\"><div id=\"SOHU_MAIN\"><div class=\"module-cmt-header\"><div class=\"clear-g section-title-w\">"
                      "<div class=\"title-user-w\"><span class=\"wrap-join-w\">已有<em>%d</em>人参与</span> <span>评论</span></div></div>"
                      "<div class=\"section-cbox-w\"><textarea class=\"textarea-fw\" placeholder=\"来说两句吧...\"></textarea><button class=\"btn-fw\">发布</button></div></div>"
                      "<div class=\"module-cmt-list section-list-w\"><div class=\"title-w\"><span class=\"title-name-w\">最新评论</span></div><div class=\"list-block-gw\">%s</div></div>"
                      "<div class=\"module-cmt-footer\"><a class=\"more-comment\">查看更多评论</a> <span class=\"powered\">畅言云评</span></div></div></div>") % (len(cs) * 6, "".join(items))
    return news(STORY_T, body, brand="Haybridge Daily 海桥日报", lang="zh-CN", nav=("首页", "新闻", "财经", "科技", "体育", "娱乐"))


def livere(cs):
    out = []
    for c in cs:
        t = c["time"]
        out.append(("<div class=\"reply-item reply-depth-%d\" data-seq=\"%d\"><div class=\"reply-profile\"><img class=\"reply-profile-img\" src=\"/lv/p/%d.png\" alt=\"\">"
                    "<span class=\"reply-sns-icon sns-%s\"></span></div><div class=\"reply-body\"><div class=\"reply-info\"><span class=\"reply-writer\">%s</span> "
                    "<span class=\"reply-date\">%s</span></div><div class=\"reply-content\">%s</div><div class=\"reply-actions\"><button class=\"reply-btn-reply\">Reply</button> "
                    "<button class=\"reply-btn-recommend\"><span class=\"reply-recommend-count\">%d</span></button> <button class=\"reply-btn-decommend\"><span>%d</span></button> "
                    "<button class=\"reply-btn-more\">&middot;&middot;&middot;</button></div></div></div>") % (
            c["depth"], c["id"], c["id"] % 50, R.choice(["twitter", "facebook", "google", "naver"]), esc(c["author"]), t.strftime("%Y-%m-%d %H:%M"),
            paras(c), c["likes"], R.randint(0, 3)))
    body = story() + ("<div id=\"lv-container\" class=\"livere\" data-id=\"city\"><div class=\"livere-wrap\"><div class=\"livere-header\"><span class=\"livere-count\">%d Comments</span> "
                      "<span class=\"livere-sort\"><a>Latest</a> <a>Oldest</a> <a>Most liked</a></span></div><div class=\"livere-write\"><div class=\"livere-login\">Log in with "
                      "<a>Twitter</a> <a>Facebook</a> <a>Google</a></div><textarea placeholder=\"Leave a comment\"></textarea><button>Post</button></div>"
                      "<div class=\"reply-list\">%s</div><button class=\"livere-more\">More comments</button><div class=\"livere-powered\">LiveRe</div></div></div>") % (len(cs), "".join(out))
    return news(STORY_T, body)


def derstandard(cs):
    out = []
    for c in cs:
        t = c["time"]
        out.append(("<div class=\"posting\" data-postingid=\"%d\" data-level=\"%d\" style=\"--level:%d\"><div class=\"posting--header\">"
                    "<a class=\"posting--usermenu\" href=\"/userprofil/%d\"><span class=\"posting--username\">%s</span></a> "
                    "<span class=\"posting--usermeta\">%d Postings, %d Follower</span> <span class=\"posting--badge\">%s</span></div>"
                    "<div class=\"posting--content\">%s</div><div class=\"posting--footer\"><time class=\"posting--pubdate\" datetime=\"%s\" title=\"%s\">%s</time> "
                    "<div class=\"ratings\"><button class=\"ratings--positive\" title=\"positiv bewerten\"><span class=\"ratings--count\">%d</span></button> "
                    "<button class=\"ratings--negative\" title=\"negativ bewerten\"><span class=\"ratings--count\">%d</span></button></div> "
                    "<button class=\"posting--reply\">Antworten</button> <button class=\"posting--permalink\">Permalink</button> <button>melden</button></div></div>") % (
            c["id"], c["depth"], c["depth"], c["id"] * 13, esc(c["author"]), R.randint(20, 9000), R.randint(0, 300), R.choice(["", "", "Abonnent:in"]),
            paras(c), iso(t), t.strftime("%d. %B %Y, %H:%M:%S").replace(t.strftime("%B"), h10.DE_MONTHS[t.month - 1]),
            t.strftime("%d. ") + h10.DE_MONTHS[t.month - 1] + t.strftime(" %Y, %H:%M"), c["likes"], R.randint(0, 12)))
    body = story() + ("<section class=\"forum\" id=\"story-community\"><header class=\"forum--header\"><h2>Forum</h2><span class=\"forum--count\">%d Postings</span>"
                      "<p class=\"forum--rules\">Die Community-Richtlinien gelten. <a>Mehr dazu</a></p></header><div class=\"forum--sort\"><button>Neueste zuerst</button> "
                      "<button>Älteste zuerst</button> <button>Beliebteste</button></div><div class=\"forum--compose\"><textarea placeholder=\"Ihr Posting\"></textarea>"
                      "<button>Posten</button></div><div class=\"forum--postings\">%s</div><button class=\"forum--more\">Weitere Postings laden</button></section>") % (len(cs), "".join(out))
    return news(STORY_T, body, brand="Der Haybridger Standard", lang="de", nav=("Inland", "International", "Wirtschaft", "Web", "Sport", "Kultur"))


def wykop(cs):
    """One level of sub-entries; a sub-entry answering another sub-entry opens with '@name:' (a link)."""
    def entry(i, sub, cls):
        c = cs[i]
        t = c["time"]
        lead = ""
        if c["depth"] >= 2:
            lead = "<a class=\"showProfileSummary\" href=\"/ludzie/%s/\">@%s</a>: " % (esc(cs[c["parent"]]["author"]), esc(cs[c["parent"]]["author"]))
        return ("<li class=\"%s\" data-id=\"%d\"><div class=\"wblock lcontrast dC\"><div class=\"author ellipsis\"><a class=\"profile\" href=\"/ludzie/%s/\">"
                "<img class=\"avatar\" src=\"/cdn/av/%d.jpg\" alt=\"%s\"></a><a class=\"showProfileSummary color-%d\" href=\"/ludzie/%s/\"><b>%s</b></a> "
                "<a class=\"affect\" href=\"/wpis/%d/\"><small><time title=\"%s\" datetime=\"%s+01:00\">%s</time></small></a>"
                "<p class=\"vC\" data-vc=\"%d\"><b class=\"plus\">+%d</b></p></div><div class=\"text\"><p>%s%s</p></div>"
                "<div class=\"responsive-menu\"><a class=\"affect\">odpowiedz</a> <a class=\"affect\">zgłoś</a></div></div>%s</li>") % (
            cls, c["id"], esc(c["author"]), c["id"] % 90, esc(c["author"]), R.choice([0, 1, 2, 5]), esc(c["author"]), esc(c["author"]), c["id"],
            t.strftime("%Y-%m-%d %H:%M:%S"), iso(t), rel(c).replace("days ago", "dni temu").replace("hours ago", "godz. temu").replace("day ago", "dzień temu"),
            c["likes"], c["likes"], lead, "<br><br>".join(esc(p) for p in c["paras"]), sub)
    out = []
    for i in kids(cs, None):
        flat = []

        def walk(j):
            for k in kids(cs, j):
                flat.append(k)
                walk(k)
        walk(i)
        sub = "<ul class=\"sub\">%s</ul>" % "".join(entry(k, "", "entry iC subcomment") for k in flat) if flat else ""
        out.append(entry(i, sub, "entry iC"))
    body = ("<div class=\"wrapper\"><div class=\"grid-main\"><h2 class=\"link-title\"><a href=\"https://haybridge-post.example/tram\">Tramwaj do Haybridge zatwierdzony mimo protestów kupców</a></h2>"
            "<p class=\"description\">%s</p><div class=\"link-meta\"><span class=\"digg-count\">wykopało 214</span> <span>dodany przez <a>railgrey</a></span></div>"
            "<div class=\"rbl-block\"><h4>Komentarze (%d)</h4><div class=\"comments-sort\"><a>najlepsze</a> <a>najnowsze</a> <a>najstarsze</a></div>"
            "<ul class=\"comments-stream\">%s</ul><div class=\"comment-form\"><textarea placeholder=\"Treść komentarza\"></textarea><button>Odpowiedz</button></div></div></div>"
            "<div class=\"grid-right\"><h4>Powiązane</h4><ul><li><a>Tramwaje wracają do miast</a></li><li><a>Protest kupców na rynku</a></li></ul><div class=\"ad\">Reklama</div></div></div>"
            "<footer><a>Regulamin</a> <a>Kontakt</a> <a>Reklama</a></footer>") % (esc(STORY[0]), len(cs), "".join(out))
    return base.page_wrap("Tramwaj do Haybridge zatwierdzony mimo protestów kupców - Wykop", body).replace("lang=\"en\"", "lang=\"pl\"")


def toi(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        n = len(kids(cs, i))
        more = ("<a class=\"view-rply\" data-count=\"%d\">View %d %s</a>" % (n, n, "reply" if n == 1 else "replies")) if n else ""
        return ("<li class=\"cmt-item\" data-msgid=\"%d\"><div class=\"usr-info\"><span class=\"usr-img\">%s</span><div class=\"usr-dtl\">"
                "<span class=\"usr-name\" data-plugin=\"profile\">%s</span><span class=\"usr-loc\">%s</span></div></div>"
                "<div class=\"cmt-txt\">%s</div><div class=\"cmt-ftr\"><span class=\"cmt-time\">%s %d, %d, %02d:%02d %s IST</span> "
                "<span class=\"cmt-act\"><a class=\"up-vote\">Up Vote <span class=\"cnt\">(%d)</span></a> <a class=\"down-vote\">Down Vote <span class=\"cnt\">(%d)</span></a> "
                "<a class=\"rply-btn\">Reply</a> <a class=\"flag\">Flag</a></span></div>%s%s</li>") % (
            c["id"], esc(c["author"][0].upper()), esc(c["author"]), R.choice(["Haybridge", "London", "Leeds", "Pune"]), body_br(c), mon(t)[:3], t.day, t.year,
            t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM", c["likes"], R.randint(0, 6), more, inner)
    tree = nest(cs, one, lambda s: "<ul class=\"rply-lst is-collapsed\">%s</ul>" % s)
    body = story() + ("<div class=\"comments-wrapper\" id=\"comments\"><div class=\"cmt-hdr\"><h2>Readers' Comments <span>(%d)</span></h2>"
                      "<div class=\"cmt-tabs\"><a class=\"active\">Newest</a> <a>Oldest</a> <a>Up Voted</a> <a>Down Voted</a> <a>Discussed</a></div></div>"
                      "<div class=\"cmt-post\"><textarea placeholder=\"Characters remaining (3000)\"></textarea><button>Post comment</button></div>"
                      "<p class=\"cmt-disclaimer\">Disclaimer: Comments are moderated and published after review.</p><ul class=\"cmt-lst\">%s</ul>"
                      "<a class=\"load-more-cmt\">Load more comments</a></div>") % (len(cs), tree)
    return news(STORY_T, body, brand="The Haybridge Times")


def chorus(cs):
    out = []
    for c in cs:
        t = c["time"]
        par = " data-parent-id=\"%d\"" % cs[c["parent"]]["id"] if c["parent"] is not None else ""
        out.append(("<div class=\"c-comment\" id=\"comment_%d\" data-comment-id=\"%d\"%s><div class=\"c-comment__byline\"><img class=\"c-comment__avatar\" src=\"/av/%d.png\" alt=\"\">"
                    "<a class=\"c-comment__author\" href=\"/users/%s\">%s</a> <a class=\"c-comment__timestamp\" href=\"#comment_%d\">%s %d, %d | %s</a></div>"
                    "<div class=\"c-comment__body\">%s</div><div class=\"c-comment__actions\"><button class=\"c-comment__rec\">Rec</button> "
                    "<span class=\"c-comment__recs\">%d recs</span> <button>Reply</button> <button>Flag</button> <a>Share</a></div></div>") % (
            c["id"], c["id"], par, c["id"] % 30, handle(c["author"]), esc(c["author"]), c["id"], mon(t)[:3], t.day, t.year, ampm(t), paras(c), c["likes"]))
    body = story() + ("<section class=\"c-comments\" id=\"comments\"><h2 class=\"c-comments__title\">%d comments</h2><div class=\"c-comments__toolbar\">"
                      "<a>Newest first</a> <a>Oldest first</a> <a>Rec'd</a> <button>Collapse all</button></div><div class=\"c-comments__list\">%s</div>"
                      "<p class=\"c-comments__policy\">Community guidelines apply. <a>Sign in or create an account</a> to comment.</p></section>") % (len(cs), "".join(out))
    return news(STORY_T, body, brand="Curbed Haybridge")


def flickr(cs):
    out = []
    for c in cs:
        t = c["time"]
        out.append(("<div class=\"comment-view\"><div class=\"avatar person\"><a href=\"/photos/%s/\" style=\"background-image:url(/buddyicons/%d.jpg)\"></a></div>"
                    "<div class=\"comment-content\"><div class=\"comment-header\"><a class=\"comment-author\" href=\"/photos/%s/\">%s</a> "
                    "<span class=\"comment-date\" title=\"Posted %s\">%s</span></div><div class=\"comment-text\"><p>%s</p></div>"
                    "<div class=\"comment-actions\"><a>Reply</a> <a>Permalink</a></div></div></div>") % (
            handle(c["author"]), c["id"] % 70, handle(c["author"]), esc(c["author"]), t.strftime("%B %d, %Y %I:%M %p"), rel(c), " ".join(esc(p) for p in c["paras"])))
    body = ("<div class=\"global-nav\"><a class=\"logo\">flickr</a> <a>Explore</a> <a>Prints</a> <a>Get Pro</a> <input placeholder=\"Photos, people, or groups\"> <a>Log In</a></div>"
            "<div class=\"photo-page-scrappy-view\"><div class=\"main-photo\"><img src=\"/photos/haybridge-stop.jpg\" alt=\"Haybridge market street, tram survey pegs\"></div>"
            "<div class=\"attribution-view\"><a class=\"owner-name\">juno_snaps</a> <button>Follow</button></div><div class=\"title-desc-block\"><h1 class=\"photo-title\">Survey pegs on Haybridge Street</h1>"
            "<div class=\"photo-desc\"><p>The tram route is marked out in orange pegs down the middle of the market street.</p></div></div>"
            "<div class=\"sub-photo-view\"><div class=\"view-count\"><span class=\"view-count-label\">1,942</span> views</div><div class=\"fave-count\"><span>63</span> faves</div>"
            "<div class=\"comment-count\"><span>%d</span> comments</div><div class=\"date-taken\">Taken on November 19, 2026</div></div>"
            "<div class=\"comments-view\"><h3>Comments</h3><div class=\"comments-list\">%s</div><div class=\"add-comment-view\"><textarea placeholder=\"Add a comment\"></textarea>"
            "<button>Comment</button></div></div><div class=\"tags-view\"><h4>Tags</h4><a>tram</a> <a>haybridge</a> <a>market</a></div></div>"
            "<footer class=\"foot\"><a>About</a> <a>Jobs</a> <a>Blog</a> <a>Developers</a> <a>Privacy</a> <a>Terms</a></footer>") % (len(cs), "".join(out))
    return base.page_wrap("Survey pegs on Haybridge Street | Flickr", body)


def deviantart(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        return ("<div class=\"_1Aq6e\" data-hook=\"comment_thread_item\"><div class=\"_3VLoP%s\" data-hook=\"comment\" id=\"comment-%d\"><div class=\"_2ZpMV\">"
                "<a class=\"user-link _277bf\" href=\"/%s\" data-username=\"%s\"><img class=\"_2ZkcC\" src=\"/avatars/%d.gif\" alt=\"%s's avatar\"></a></div><div class=\"_2iYe9\">"
                "<div class=\"_2Lvh2\"><a class=\"user-link _2Ivcg\" href=\"/%s\"><span class=\"_2UI2c\">%s</span></a> <span class=\"_1-o4B\">%s</span> "
                "<a class=\"_3-TZ0\" href=\"/comments/%d\"><time datetime=\"%s.000Z\" title=\"%s\">%s</time></a></div><div class=\"_2u7Ku\" data-hook=\"comment_body\"><div class=\"_3i3hh\">%s</div></div>"
                "<div class=\"_3_bKH\"><button class=\"_1pWDr\" aria-label=\"Like\"><span class=\"_2PJnZ\">%s</span></button> <button class=\"_1pWDr\">Reply</button> "
                "<button class=\"_1pWDr\" aria-label=\"More\">&hellip;</button></div></div></div>%s</div>") % (
            " _1fSeS" if c["depth"] else "", c["id"], handle(c["author"]), handle(c["author"]), c["id"] % 40, handle(c["author"]), handle(c["author"]), handle(c["author"]),
            R.choice(["Hobbyist Digital Artist", "Student General Artist", "Hobbyist Photographer", ""]), c["id"], iso(t),
            t.strftime("%b %d, %Y, %I:%M:%S %p"), t.strftime("%b %d, %Y"), paras(c), c["likes"] if c["likes"] else "", inner)
    tree = nest(cs, one, lambda s: "<div class=\"_2m5kF\" data-hook=\"comment_replies\">%s</div>" % s)
    body = ("<header class=\"_2Dl0A\"><a class=\"_1S1Bh\">DeviantArt</a> <a>Home</a> <a>Watch</a> <a>Shop</a> <input placeholder=\"Search and discover\"> <a>Join</a> <a>Log In</a></header>"
            "<main class=\"_3Qo0z\"><div class=\"_1izoQ\"><img src=\"/art/haybridge-tram-concept.jpg\" alt=\"Haybridge Tram Concept\"></div>"
            "<div class=\"_2F9ps\"><h1 class=\"_1J_2k\">Haybridge Tram Concept</h1><div class=\"_3ajxz\">by <a class=\"user-link\">juno-draws</a> <button>Watch</button></div>"
            "<div class=\"_1Ik-5\"><span>2.1K Favourites</span> <span>%d Comments</span> <span>18K Views</span></div><div class=\"legacy-journal\"><p>A what-if of the tram crossing "
            "the market square at dusk, drawn from the authority's consultation map.</p></div><div class=\"_3ijvJ\"><a>#tram</a> <a>#cityscape</a> <a>#concept</a></div></div>"
            "<section class=\"_1y2xd\" id=\"comments\"><h2 class=\"_3hHsV\">Comments<span>%d</span></h2><div class=\"_2DkqR\"><div class=\"_1y9Jd\" contenteditable=\"true\">Add a new comment</div></div>"
            "<div class=\"_3fEkM\" data-hook=\"comments_thread\">%s</div><button class=\"_2Yr4d\">Load More</button></section>"
            "<aside class=\"_1Ie3c\"><h3>More from juno-draws</h3><a>Market Hall at Night</a> <a>Well Lane Planes</a></aside></main>"
            "<footer class=\"_3mTaX\"><a>About</a> <a>Contact</a> <a>Core Membership</a> <a>Terms of Service</a> <a>Privacy Policy</a> <span>&copy;2026 DeviantArt</span></footer>") % (
        len(cs) + 4, len(cs), tree)
    return base.page_wrap("Haybridge Tram Concept by juno-draws on DeviantArt", body)


def producthunt(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        badge = "<span class=\"styles_badge__r8q0K\">Maker</span>" if c["author"] == "Fenella Marsh" else ""
        return ("<div class=\"styles_thread__Wq2kx\" data-test=\"comment-%d\"><div class=\"styles_comment__3xJsL\"><a href=\"/@%s\" class=\"styles_avatar__aD1f0\">"
                "<img src=\"/u/%d.png\" alt=\"%s\" width=\"32\"></a><div class=\"styles_content__LqU2e\"><div class=\"styles_header__cP4oS\">"
                "<a href=\"/@%s\" class=\"styles_name__FpS8P\">%s</a>%s<div class=\"styles_headline__1R6Y4\">%s</div></div>"
                "<div class=\"styles_body__tYx0r\">%s</div><div class=\"styles_actions__6eB2d\"><button class=\"styles_vote__pQ2sZ\">Upvote (%d)</button> "
                "<button>Reply</button> <button>Share</button> <a href=\"/posts/haybridge-tram?comment=%d\"><time datetime=\"%s\" title=\"%s\">%s</time></a></div></div></div>%s</div>") % (
            c["id"], handle(c["author"]), c["id"] % 44, esc(c["author"]), handle(c["author"]), esc(c["author"]), badge,
            R.choice(["Commuter, data nerd", "Founder @ StallBook", "Cyclist and planner", "Product at RouteKit", "Retired engineer"]),
            paras(c), c["likes"], c["id"], iso(t), t.strftime("%b %d, %Y %I:%M %p"), rel(c).replace(" days ago", "d ago").replace(" hours ago", "h ago").replace(" day ago", "d ago"), inner)
    tree = nest(cs, one, lambda s: "<div class=\"styles_replies__Zm1wC\">%s</div>" % s)
    body = ("<header class=\"styles_header__9dJkY\"><a class=\"styles_logo__aQ8Hk\">Product Hunt</a> <a>Launches</a> <a>Products</a> <a>News</a> <a>Community</a> "
            "<input placeholder=\"Search ( / )\"> <a>Sign in</a></header><main class=\"styles_main__mL7d1\"><div class=\"styles_hero__0P2sR\"><h1>StallBook Tram Tracker</h1>"
            "<h2 class=\"styles_tagline__Ux4gQ\">See which market stalls the Haybridge tram works will move, week by week</h2><button class=\"styles_upvoteButton__kD1b6\">Upvote 312</button></div>"
            "<div class=\"styles_description__4cKpB\"><p>A map of the tram works schedule against the Saturday market's stall plan, built from the combined authority's open data.</p></div>"
            "<section class=\"styles_discussion__Hb2tF\" id=\"comments\"><h2>Discussion</h2><div class=\"styles_commentForm__lR3aA\"><textarea placeholder=\"What do you think?\"></textarea>"
            "<button>Comment</button></div><div class=\"styles_sort__Ob1Xm\"><button>Best</button> <button>Newest</button></div><div class=\"styles_list__Qm0xV\">%s</div>"
            "<button class=\"styles_more__ZP4yn\">Show 6 more comments</button></section><aside class=\"styles_sidebar__hK2m9\"><h3>Trending launches</h3><a>BusBuddy</a> <a>Kerbside</a></aside></main>"
            "<footer class=\"styles_footer__s0Ukq\"><a>About</a> <a>FAQ</a> <a>Terms</a> <a>Privacy</a> <span>&copy; 2026 Product Hunt</span></footer>") % tree
    return base.page_wrap("StallBook Tram Tracker - See which market stalls the tram works will move | Product Hunt", body)


def letterboxd(cs):
    out = []
    for c in cs:
        t = c["time"]
        out.append(("<li class=\"comment film-detail\" id=\"comment-%d\" data-person=\"%s\"><div class=\"comment-body body-text\">%s</div>"
                    "<div class=\"comment-meta\"><a class=\"avatar -a24\" href=\"/%s/\"><img src=\"/avatar/%d.jpg\" alt=\"%s\" width=\"24\"></a> "
                    "<strong class=\"name\"><a href=\"/%s/\">%s</a></strong> <span class=\"date\"><time datetime=\"%s\">%s</time></span> "
                    "<span class=\"like-link-target\"><a class=\"has-icon icon-like\">%s</a></span> <a class=\"comment-reply\">Reply</a> <a class=\"report-link\">Report</a></div></li>") % (
            c["id"], handle(c["author"]), paras(c), handle(c["author"]), c["id"] % 33, esc(c["author"]), handle(c["author"]), esc(c["author"]),
            t.strftime("%Y-%m-%d"), t.strftime("%d %b %Y").lstrip("0"), ("%d likes" % c["likes"]) if c["likes"] else "Like"))
    body = ("<div id=\"header\"><a class=\"logo\">Letterboxd</a><ul class=\"main-nav\"><li><a>Sign in</a></li><li><a>Create account</a></li><li><a>Films</a></li>"
            "<li><a>Lists</a></li><li><a>Members</a></li><li><a>Journal</a></li></ul></div><div id=\"content\"><section class=\"review\"><div class=\"film-poster\"><img src=\"/poster/last-tram.jpg\" alt=\"The Last Tram to Haybridge\"></div>"
            "<header class=\"film-detail-meta\"><span class=\"context\">Review by <a>juno</a></span> <h2><a>The Last Tram to Haybridge</a> <small>2026</small></h2>"
            "<span class=\"rating rated-8\">&#9733;&#9733;&#9733;&#9733;</span> <p class=\"view-date\">Watched 18 Nov, 2026</p></header><div class=\"review body-text\">"
            "<p>A documentary about the tram extension that is mostly about the market, which is the right call.</p></div><p class=\"like-link\">214 likes</p></section>"
            "<section id=\"comments\" class=\"comments-section\"><h2 class=\"section-heading\">%d comments</h2><ul class=\"comment-list\">%s</ul>"
            "<div class=\"comment-form\"><p>Sign in to leave a comment.</p></div></section><aside class=\"sidebar\"><h3>Popular reviews</h3><a>by railgrey</a> <a>by Bo</a></aside></div>"
            "<footer id=\"footer\"><a>About</a> <a>Pro</a> <a>News</a> <a>Apps</a> <a>Help</a> <a>Terms</a> <p>&copy; Letterboxd Limited.</p></footer>") % (len(cs), "".join(out))
    return base.page_wrap("‎The Last Tram to Haybridge (2026) review by juno • Letterboxd", body)


def notecom(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        return ("<div class=\"o-commentAreaItem%s\"><div class=\"o-commentAreaItem__header\"><a class=\"o-commentAreaItem__user\" href=\"/%s\">"
                "<img class=\"a-userIcon\" src=\"/u/%d.png\" alt=\"\"><span class=\"o-commentAreaItem__userName\">%s</span></a> "
                "<time class=\"o-commentAreaItem__date\" datetime=\"%s+09:00\">%d年%d月%d日 %02d:%02d</time></div><div class=\"o-commentAreaItem__body\"><p>%s</p></div>"
                "<div class=\"o-commentAreaItem__footer\"><button class=\"o-commentAreaItem__like\"><span class=\"a-icon-heart\"></span><span class=\"o-commentAreaItem__likeCount\">%s</span></button> "
                "%s</div>%s</div>") % (
            " o-commentAreaItem--reply" if c["depth"] else "", handle(c["author"]), c["id"] % 25, esc(c["author"]), iso(t), t.year, t.month, t.day, t.hour, t.minute,
            "<br><br>".join(esc(p) for p in c["paras"]), c["likes"] if c["likes"] else "", "" if c["depth"] else "<button class=\"o-commentAreaItem__reply\">返信</button>", inner)
    tree = nest(cs, one, lambda s: "<div class=\"o-commentAreaItem__replies\">%s</div>" % s)
    body = ("<header class=\"o-globalHeader\"><a class=\"o-globalHeader__logo\">note</a> <input placeholder=\"キーワードやクリエイターで検索\"> <a>ログイン</a> <a>会員登録</a></header>"
            "<main class=\"p-article\"><h1 class=\"o-noteContentHeader__title\">ヘイブリッジのトラム延伸について (On the Haybridge tram extension)</h1>"
            "<div class=\"o-noteContentHeader__info\"><a class=\"o-noteContentHeader__name\">juno_note</a> <time>2026年11月21日 09:00</time></div>"
            "<div class=\"note-common-styles__textnote-body\">%s</div><div class=\"o-noteLikeV3\"><button>スキ</button><span>128</span></div>"
            "<div class=\"o-shareButtons\"><a>X</a> <a>Facebook</a> <a>はてな</a></div><section class=\"o-commentArea\"><h2 class=\"o-commentArea__title\">コメント（%d）</h2>"
            "<div class=\"o-commentArea__form\"><textarea placeholder=\"コメントする\"></textarea></div><div class=\"o-commentArea__list\">%s</div></section>"
            "<section class=\"o-recommend\"><h3>この記事が気に入ったらサポートをしてみませんか？</h3><button>サポート</button></section></main>"
            "<footer class=\"o-globalFooter\"><a>noteについて</a> <a>ヘルプセンター</a> <a>利用規約</a> <a>プライバシー</a></footer>") % (
        "".join("<p>%s</p>" % esc(p) for p in STORY), len(cs), tree)
    return base.page_wrap("ヘイブリッジのトラム延伸について｜juno_note", body).replace("lang=\"en\"", "lang=\"ja\"")


def bbc(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        n = len(kids(cs, i))
        reps = ("<details class=\"comment__replies\"><summary>%d %s</summary><ul class=\"replies-list\">%s</ul></details>" % (n, "reply" if n == 1 else "replies", inner)) if inner else ""
        return ("<li class=\"comment\"><div class=\"comment__container\" aria-labelledby=\"c-%d\"><div class=\"comment__header\"><span class=\"comment__username\" id=\"c-%d\">%s</span> "
                "<time class=\"comment__time\" datetime=\"%s.000Z\">%s</time></div><div class=\"comment__text\">%s</div><div class=\"comment__footer\">"
                "<button class=\"comment__reply-btn\">Reply</button><div class=\"comment__rating\"><button class=\"rating__up\" aria-label=\"Rate up, %d\"><span aria-hidden=\"true\">%d</span></button> "
                "<button class=\"rating__down\" aria-label=\"Rate down, %d\"><span aria-hidden=\"true\">%d</span></button></div><button class=\"comment__report\">Report</button></div></div>%s</li>") % (
            c["id"], c["id"], esc(c["author"]), iso(t), rel(c), paras(c), c["likes"], c["likes"], c["id"] % 7, c["id"] % 7, reps)
    tree = nest(cs, one, lambda s: s)
    body = story() + ("<section class=\"comments-module\" aria-label=\"Comments\"><h2 class=\"comments__heading\">Have your say</h2><p class=\"comments__status\">Comments are open. "
                      "<a>House rules</a></p><div class=\"comments__signin\"><a>Sign in</a> or <a>Register</a> to comment.</div><div class=\"comments__sort\"><span>Sort by:</span> "
                      "<a>Latest</a> <a>Oldest</a> <a>Highest rated</a></div><ul class=\"comments__list\">%s</ul><button class=\"comments__more\">Show more</button></section>") % tree
    return news(STORY_T, body, brand="BBC-like Haybridge & Vale")


# ---------------------------------------------------------------- status pages

def commentbox_script():
    body = post("What the tram means for the Saturday market") + (
        "<section class=\"post-comments\"><h3>Comments</h3><div class=\"commentbox\" id=\"commentbox\"></div></section>"
        "<script src=\"https://unpkg.example/commentbox.io/dist/commentBox.min.js\"></script><script>commentBox('5728937592012800-proj');</script>")
    return blog("What the tram means for the Saturday market", body)


def sohucs_mount():
    body = story() + ("<div class=\"comment-area\"><h3 class=\"comment-title\">网友评论</h3><div id=\"SOHUCS\" sid=\"haybridge-tram-2026\"></div></div>"
                      "<script charset=\"utf-8\" type=\"text/javascript\" src=\"https://cy-cdn.kuaizhan.example/upload/changyan.js\"></script>"
                      "<script type=\"text/javascript\">window.changyan.api.config({appid: 'cyt7Qq2', conf: 'prod_a1b2c3'});</script>")
    return news(STORY_T, body, brand="Haybridge Daily 海桥日报", lang="zh-CN", nav=("首页", "新闻", "财经", "科技", "体育", "娱乐"))


def closed_after():
    body = story() + ("<section class=\"comments-closed\" id=\"comments\"><h2>Comments</h2><p>Comments on this article closed seven days after publication.</p>"
                      "<p>Read our <a>community standards</a>.</p></section><section class=\"voices\"><h3>Your views this week</h3><ul>"
                      "<li><p>&ldquo;The night buses are a lifeline for shift workers.&rdquo;</p><p class=\"voice-by\">Adaeze Okoro, on <a>Night buses return to the ring road</a></p></li>"
                      "<li><p>&ldquo;Twelve pounds a day to park at a station is absurd.&rdquo;</p><p class=\"voice-by\">railgrey, on <a>Station car park fees rise</a></p></li></ul></section>")
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

    cs = base.thread(11, nested=False, likes=False)
    write("cactus", cactus(cs), gold("cactus", cs, False,
          note="Cactus Comments (Matrix): flat div.cactus-comment, displayname and a relative time whose title holds the minute, a 'View more' button and an editor above"))
    cs = base.thread(12, max_depth=3)
    write("comentario", comentario(cs), gold("comentario", cs, True,
          note="Comentario: comentario-card nested in comentario-card-children, name link, relative subtitle with the minute in a title, comentario-score between up and down buttons"))
    cs = base.thread(12, max_depth=1, likes=False, p_reply=0.45)
    write("tistory", tistory(cs), gold("tistory", cs, False,
          note="Tistory-like Korean blog: li.tt-item-reply with tt-txt-nickname and tt_date '2026.11.21 14:14', replies (class tt-item-reply-reply) in a nested ul one level deep"))
    cs = base.thread(12, max_depth=1, p_reply=0.4)
    write("changyan", changyan(cs), gold("changyan", cs, True,
          note="Changyan-like (Chinese chrome): flat floors (n楼); a reply quotes its parent (floor, name, text) in a cy-quote box that is not its text; '顶 n' likes; a location tag beside the name"))
    cs = base.thread(13, max_depth=2, p_reply=0.5)
    write("livere", livere(cs), gold("livere", cs, True,
          note="LiveRe-like: flat div.reply-item siblings, depth only in a reply-depth-n class; reply-writer, reply-date '2026-11-21 14:14', recommend and decommend counts"))
    cs = base.thread(13, max_depth=3, p_reply=0.55)
    write("derstandard", derstandard(cs), gold("derstandard", cs, True,
          note="derStandard-like forum (German chrome): flat div.posting siblings whose depth is only data-level / style --level; '123 Postings, 4 Follower' beside the name; + and - ratings; German date in <time datetime>"))
    cs = base.thread(13, max_depth=3, p_reply=0.6)
    g = gold("wykop", cs, True,
             note="Wykop-like (Polish chrome): entries with one level of sub-entries; a sub-entry answering another sub-entry opens with an '@name:' link (kept in its text); '+n' votes; Polish relative time with datetime")
    for c, gc in zip(cs, g["comments"]):
        if c["depth"] >= 2:
            gc["text"] = "@%s: %s" % (cs[c["parent"]]["author"], gc["text"])
    write("wykop", wykop(cs), g)
    cs = base.thread(12, max_depth=2)
    write("toi", toi(cs), gold("toi", cs, True,
          note="Times-of-India-like: li.cmt-item, usr-name and a location, 'Nov 21, 2026, 02:14 PM IST', 'Up Vote (n)' / 'Down Vote (n)', replies in a hidden ul.rply-lst after 'View n replies'"))
    cs = base.thread(13, max_depth=3, p_reply=0.55)
    write("chorus", chorus(cs), gold("chorus", cs, True,
          note="Vox-Chorus-like: flat div.c-comment siblings; a reply names its parent only in data-parent-id (the parent's data-comment-id); 'Nov 21, 2026 | 2:14 PM'; 'n recs'"))
    cs = base.thread(11, nested=False, likes=False)
    write("flickr", flickr(cs), gold("flickr", cs, False,
          note="Flickr-like photo comments: flat comment-view, author link, relative date with 'Posted November 21, 2026 02:14 PM' in its title; view, fave and comment counts above"))
    cs = base.thread(12, max_depth=3)
    for c in cs:
        c["author"] = handle(c["author"])
    write("deviantart", deviantart(cs), gold("deviantart", cs, True, zero_shown=False,
          note="DeviantArt-like: hashed CSS-module classes, data-hook comment / comment_replies nesting, a member-type badge beside the name, <time datetime> with a date shown, Like count empty when 0"))
    cs = base.thread(12, max_depth=2)
    write("producthunt", producthunt(cs), gold("producthunt", cs, True,
          note="Product-Hunt-like: hashed styles_* classes, a headline line under the name and a 'Maker' badge, 'Upvote (n)', '3d ago' in <time datetime>, nested styles_replies"))
    cs = base.thread(11, nested=False)
    write("letterboxd", letterboxd(cs), gold("letterboxd", cs, True, times="date", zero_shown=False,
          note="Letterboxd-like review comments: flat li.comment, text before the meta line (avatar, name, '21 Nov 2026' with a date-only datetime, 'n likes' or 'Like')"))
    cs = base.thread(12, max_depth=1, p_reply=0.45)
    write("notecom", notecom(cs), gold("notecom", cs, True, zero_shown=False,
          note="note.com-like (Japanese chrome): o-commentAreaItem, userName, '2026年11月21日 14:14' in <time datetime +09:00>, heart like count empty when 0, replies one level deep"))
    cs = base.thread(13, max_depth=2, p_reply=0.5)
    write("bbc", bbc(cs), gold("bbc", cs, True,
          note="BBC-like 'Have your say': li.comment, username span and a relative <time datetime>, up and down ratings (aria-label 'Rate up, n'); replies in <details> under 'n replies'"))

    write("commentbox-script", commentbox_script(), status_gold("commentbox-script", "unparsed",
          "CommentBox.io: an empty div.commentbox under 'Comments' filled by commentBox(...) from its script: unparsed"))
    write("sohucs-mount", sohucs_mount(), status_gold("sohucs-mount", "unparsed",
          "Changyan: an empty div#SOHUCS under '网友评论' and the changyan.js loader: unparsed"))
    write("comments-closed", closed_after(), status_gold("comments-closed", "none",
          "'Comments on this article closed seven days after publication'; a 'Your views this week' rail quotes readers on other stories: none"))
    print("\n".join(written))


if __name__ == "__main__":
    main()
