#!/usr/bin/python3
"""Writes the FOURTEENTH held-out round of comment threads (folder heldout13; HTML + w3m dumps): 11 thread pages in comment
systems, media sites and CMS markups no earlier gold folder covers (checked against ../DATASHEET.md, every ../*/README.md,
the "system" fields and the file names in ../*/), scored on main before any rule for them: a Fark-like thread (flat, a
reply quoting its parent as "X: words"), Vimeo-like video comments (one level of replies, relative ages with a title),
Imgur-like nested comments with points, Goodreads-like review comments (flat, "message n: by X"), a Bitbucket-like pull
request (nested, "Nov 21, 2026" with the minute in a title), a SPIEGEL-like German forum ("21.11.2026, 14.14 Uhr",
"Antwort auf Beitrag von X"), Weibo-like Chinese comments (one level, "11-21 14:14" without the year, "回复@X:"), a
vc.ru-like Russian tree (Osnova: nested comment__children, "21 ноя 2026"), the Grav comments plugin, Craft CMS's Comments
plugin (nested ol, `<time datetime>`) and an Ameba-blog-like Japanese comment list ("名前：X", "2026-11-21 14:14:05").

Helpers and gold format from ../heldout5's generator via ../heldout13-forums' (same allotment-water topic and languages);
seed 20261215. A relative time always stands beside a machine-readable one here and the gold holds that minute; a date
without a year is the page's year. Each page's `w3m -dump` goes to text/ (`w3m -dump -T text/html -I UTF-8 -O UTF-8`).
Our own synthetic text. Usage: make_heldout13_pages.py [OUT_DIR]"""
import datetime as dt
import importlib.util
import json
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_argv = list(sys.argv)
spec = importlib.util.spec_from_file_location("h13f", os.path.join(HERE, "..", "heldout13-forums", "make_heldout13_pages.py"))
f13 = importlib.util.module_from_spec(spec)
sys.path.insert(0, os.path.join(HERE, "..", "heldout13-forums"))
spec.loader.exec_module(f13)
sys.argv = _argv
m, base = f13.m, f13.base
R = random.Random(20261215)
base.R = R
m.R = R
OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NOW = dt.datetime(2026, 12, 7, 10, 15)
m.NOW = NOW
esc, kids, use, names = base.esc, base.kids, m.use, m.names
STORY = {"en": ("Allotment society votes to meter every plot's water",
                ["Plot holders at Hollins Lane will pay for the water they use from March after the society's committee voted 7-2 to fit a meter to every plot.",
                 "The flat charge of 18 pounds a year will go, and the society says its water bill doubled this year after two leaks on the top path."]),
         "de": ("Kleingartenverein führt Wasseruhren an jeder Parzelle ein",
                ["Ab März zahlen die Pächter nach Verbrauch: Der Vorstand hat mit 7 zu 2 Stimmen beschlossen, an jeder Parzelle eine Wasseruhr einzubauen.",
                 "Die Pauschale von 18 Euro fällt weg; die Wasserrechnung des Vereins hat sich nach zwei Lecks am oberen Weg verdoppelt."]),
         "zh": ("社区菜园决定每块地装水表", ["从三月起，菜园协会将给每块地装上水表，按用量收费，理事会以七比二通过。", "每年十八元的统一收费取消，协会说今年因上面那条路两处漏水，水费翻了一倍。"]),
         "ru": ("Садовое товарищество поставит счётчики воды на каждый участок",
                ["С марта садоводы будут платить за воду по счётчику: правление проголосовало семью голосами против двух.",
                 "Фиксированные 900 рублей отменяются; счёт товарищества за воду удвоился после двух протечек на верхней дорожке."]),
         "ja": ("市民農園、全区画に水道メーター設置へ", ["3月から使った分だけ水道代を払う方式に変わります。理事会は7対2で決めました。", "一律1800円の負担はなくなります。上の通路の水漏れ二か所で、今年の水道代は倍になりました。"])}


def ps(c):
    return "".join("<p>%s</p>" % esc(p) for p in c["paras"])


def br(c):
    return "<br><br>".join(esc(p) for p in c["paras"])


def page(lang, title, body, site, nav=("Home", "News", "Video", "Community")):
    t, ps_ = STORY[lang]
    art = "<article class=\"story\"><h1>%s</h1>%s</article>" % (esc(t), "".join("<p>%s</p>" % esc(p) for p in ps_))
    return ("<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s - %s</title></head><body><header class=\"site-head\"><a class=\"logo\">%s</a><nav>%s</nav></header>"
            "<main>%s%s</main><footer class=\"site-foot\"><a>About</a> <a>Privacy</a> <a>Terms</a> &copy; 2026 %s</footer></body></html>") % (
        lang, esc(title), esc(site), esc(site), " ".join("<a>%s</a>" % n for n in nav), art, body, esc(site))


def nest(cs, one):
    def rec(i):
        return one(i, "".join(rec(k) for k in kids(cs, i)))
    return "".join(rec(i) for i in kids(cs, None))


def ago(t):
    d = NOW - t
    return "%d days ago" % d.days if d.days >= 1 else "%d hours ago" % (d.seconds // 3600)


def fark(cs):
    rows = []
    for i, c in enumerate(cs):
        q = ""
        if c["parent"] is not None:
            p = cs[c["parent"]]
            q = "<div class=\"ctext\"><span class=\"quoteName\">%s:</span> <div class=\"quoted\">%s</div></div><br>" % (esc(p["author"]), esc(p["paras"][0]))
        rows.append(("<table class=\"ctable\" id=\"c%d\"><tr><td class=\"cheader\"><a class=\"cuser\" href=\"/users/%s\">%s</a> <span class=\"ctimestamp\">%s</span> "
                     "<a class=\"cid\" href=\"#c%d\">[TotalFark]</a> <span class=\"ctopvote\">Smartest <span class=\"smartCount\">%d</span> Funniest <span class=\"funnyCount\">0</span></span></td></tr>"
                     "<tr><td class=\"ctext\">%s<div class=\"ctextbody\">%s</div></td></tr><tr><td class=\"cfooter\"><a>Quote</a> <a>Reply</a> <a>Report</a></td></tr></table>") % (
            c["id"], base.handle(c["author"]), base.handle(c["author"]), c["time"].strftime("%Y-%m-%d %I:%M:%S %p"), c["id"], c["likes"], q, br(c)))
    body = ("<div id=\"commentsArea\"><h2>%d Comments</h2><div class=\"cfilter\">View: <a>Newest</a> | <a>Oldest</a> | <a>Smartest</a> | <a>Funniest</a></div>%s"
            "<div class=\"cpaging\">Page 1 of 1</div></div><div class=\"sidebar\"><h3>Fark Headlines</h3><a>Man arrested for watering lawn during ban</a></div>") % (len(cs), "".join(rows))
    return page("en", "Allotment society votes to meter water", body, "Fark.example", ("Main", "Politics", "Sports", "Geek"))


def vimeo(cs):
    def one(i, inner):
        c = cs[i]
        return ("<li class=\"comment\" id=\"comment_%d\"><div class=\"comment_avatar\"><img src=\"https://i.vimeocdn.example/portrait/%d_75x75\" alt=\"\"></div><div class=\"comment_body\">"
                "<p class=\"meta\"><a class=\"user\" href=\"/user%d\">%s</a> <span class=\"timestamp\"><time datetime=\"%s\" title=\"%s\">%s</time></span></p>"
                "<div class=\"text\">%s</div><p class=\"actions\"><a>Reply</a> <a>Like</a></p></div>%s</li>") % (
            c["id"], 90000 + m.k_of(c), 4000 + m.k_of(c), esc(c["author"]), c["time"].strftime("%Y-%m-%dT%H:%M:%S-05:00").replace("-05:00", "+00:00"),
            c["time"].strftime("%A, %B %d, %Y at %I:%M %p").replace(" 0", " "), ago(c["time"]), ps(c), "<ul class=\"replies\">%s</ul>" % inner if inner else "")
    body = ("<section class=\"clip_details\"><div class=\"stats\"><span>1,204 plays</span> <span>31 likes</span></div></section><section id=\"comments\" class=\"comments\"><h3>%d Comments</h3>"
            "<form class=\"comment_form\"><textarea placeholder=\"Add a new comment\"></textarea></form><ol class=\"comments_list\">%s</ol></section>") % (len(cs), nest(cs, one))
    return page("en", "Metering the allotments (short film)", body, "Vimeo.example", ("Watch", "Create", "Upgrade"))


def imgur(cs):
    def one(i, inner):
        c = cs[i]
        return ("<div class=\"GalleryComment\" data-id=\"%d\"><div class=\"GalleryComment-wrapper\"><div class=\"author\"><a class=\"author-name\" href=\"/user/%s\">%s</a>"
                "<span class=\"Comment-separator\">&bull;</span><span class=\"Comment-points\">%d pts</span><span class=\"Comment-separator\">&bull;</span>"
                "<span class=\"date\" title=\"%s\">%s</span></div><div class=\"comment\"><span>%s</span></div>"
                "<div class=\"GalleryComment-actions\"><div class=\"vote-btn upvote\"></div><div class=\"vote-btn downvote\"></div><a class=\"reply\">Reply</a></div></div>"
                "%s</div>") % (c["id"], base.handle(c["author"]), base.handle(c["author"]), c["likes"], c["time"].strftime("%b %d, %Y %I:%M %p"),
                               "%dd" % (NOW - c["time"]).days, br(c), "<div class=\"GalleryComment-replies\">%s</div>" % inner if inner else "")
    body = ("<div class=\"Gallery-Content--tags\"><a>#gardening</a> <a>#water</a></div><div class=\"Gallery-Content--comments\"><div class=\"CommentsList\"><div class=\"CommentsList-header\">%d COMMENTS "
            "<select><option>Best</option><option>Newest</option></select></div>%s</div></div>") % (len(cs), nest(cs, one))
    return page("en", "My allotment's new water meter", body, "Imgur.example", ("New post", "Explore", "Sign in"))


def goodreads(cs):
    rows = []
    for i, c in enumerate(cs):
        rows.append(("<div class=\"comment u-anchorTarget\" id=\"comment_%d\"><div class=\"left\"><a class=\"leftAlignedImage\"><img alt=\"%s\" src=\"https://images.gr.example/u/%d.jpg\"></a></div>"
                     "<div class=\"right\"><div class=\"brownBackground\"><div class=\"floatingBox\">message %d: by <span class=\"commentAuthor\"><a class=\"user\" href=\"/user/show/%d\">%s</a></span>"
                     " <span class=\"greyText\">(%s)</span></div><div class=\"right\"><a class=\"right\" href=\"#comment_%d\">%s</a></div></div>"
                     "<div class=\"mediumText reviewText\">%s</div><div class=\"commentActions\"><a>flag</a></div></div></div>") % (
            c["id"], esc(c["author"]), 77000 + m.k_of(c), i + 1, 77000 + m.k_of(c), esc(c["author"]), "new" if i == 0 else "%d books" % (12 + m.k_of(c) * 31),
            c["id"], c["time"].strftime("%b %d, %Y %I:%M%p"), br(c)))
    body = ("<div class=\"review\"><h2>Margaret's review of <i>The Water-Wise Allotment</i></h2><div class=\"stars\">it was amazing</div></div>"
            "<div id=\"comments\" class=\"comments\"><h2 class=\"brownBackground\">Comments <span class=\"smallText\">Showing 1-%d of %d (%d new)</span></h2>%s"
            "<div class=\"postComment\"><textarea></textarea><a>post a comment &raquo;</a></div></div>") % (len(cs), len(cs), len(cs), "".join(rows))
    return page("en", "Review of The Water-Wise Allotment", body, "Goodreads.example", ("Home", "My Books", "Browse", "Community"))


def bitbucket(cs):
    def one(i, inner):
        c = cs[i]
        return ("<li class=\"comment\" id=\"comment-%d\" data-comment-id=\"%d\"><article class=\"iterable-item\"><div class=\"comment-avatar\"><img class=\"avatar\" alt=\"\"></div>"
                "<div class=\"comment-header\"><a class=\"author\" href=\"/%s/\" title=\"%s\">%s</a> <a class=\"permalink\" href=\"#comment-%d\"><time datetime=\"%s\" title=\"%s\">%s</time></a></div>"
                "<div class=\"comment-content\"><div class=\"markup\">%s</div></div><ul class=\"comment-actions\"><li><a>Reply</a></li><li><a>Like</a></li><li><a>Edit</a></li></ul></article>%s</li>") % (
            c["id"], c["id"], base.handle(c["author"]), esc(c["author"]), esc(c["author"]), c["id"], c["time"].strftime("%Y-%m-%dT%H:%M:00+00:00"),
            c["time"].strftime("%d %B %Y %H:%M"), c["time"].strftime("%b %d, %Y").replace(" 0", " "), ps(c), "<ol class=\"comments\">%s</ol>" % inner if inner else "")
    body = ("<section class=\"pull-request\"><h1>#214: Add per-plot meter readings to the billing export</h1><div class=\"pr-meta\"><span class=\"state\">OPEN</span> <span>feature/meters &rarr; main</span></div>"
            "<div class=\"tabs\"><a>Overview</a> <a>Diff</a> <a>Commits (4)</a></div><div class=\"activity\"><div class=\"approvals\">2 approvals</div></div>"
            "<section id=\"general-comments\" class=\"general-comments\"><h3>Comments (%d)</h3><ol class=\"comments\">%s</ol><div class=\"new-comment\"><textarea placeholder=\"What do you want to say?\"></textarea></div></section></section>") % (len(cs), nest(cs, one))
    return page("en", "Pull request #214 - society-billing", body, "Bitbucket.example", ("Your work", "Repositories", "Projects"))


def spiegel(cs):
    rows = []
    for i, c in enumerate(cs):
        p = cs[c["parent"]] if c["parent"] is not None else None
        rows.append(("<div class=\"forum-post\" data-post-id=\"%d\"%s><div class=\"post-head\"><span class=\"post-nr\">%d.</span> <span class=\"post-author\">%s</span> "
                     "<span class=\"post-date\">%s</span></div>%s<div class=\"post-text\">%s</div><div class=\"post-foot\"><a>Antworten</a> <a>Melden</a></div></div>") % (
            c["id"], " style=\"margin-left:%dpx\"" % (24 * c["depth"]) if c["depth"] else "", i + 1, esc(c["author"]), c["time"].strftime("%d.%m.%Y, %H.%M Uhr"),
            "<div class=\"post-answer-to\">Antwort auf Beitrag Nr. %d von <span class=\"ref-author\">%s</span></div>" % (cs.index(p) + 1, esc(p["author"])) if p else "", ps(c)))
    body = ("<section class=\"forum\" id=\"forum\"><h2>Diskussion (%d Beiträge)</h2><p class=\"forum-rules\">Bitte beachten Sie unsere Netiquette.</p><div class=\"forum-posts\">%s</div>"
            "<div class=\"pagination\">Seite 1 von 1</div></section>") % (len(cs), "".join(rows))
    return page("de", "Wasseruhren im Kleingarten", body, "Stadtspiegel", ("Politik", "Wirtschaft", "Panorama", "Sport"))


def weibo(cs):
    def one(i, inner):
        c = cs[i]
        pre = ""
        if c["depth"] == 1 and c.get("at"):
            pre = "回复<a href=\"/n/%s\">@%s</a>:" % (esc(c["at"]), esc(c["at"]))
        return ("<div class=\"list_li S_line1 clearfix\" comment_id=\"%d\"><div class=\"WB_face W_fl\"><a><img width=\"30\" height=\"30\" alt=\"%s\" src=\"//tva.example/%d.jpg\"></a></div>"
                "<div class=\"list_con\"><div class=\"WB_text\"><a href=\"/n/%s\" usercard=\"name=%s\">%s</a>：%s%s</div>"
                "<div class=\"WB_func clearfix\"><div class=\"WB_from S_txt2\">%s</div><div class=\"WB_handle W_fr\"><ul><li><a>回复</a></li><li><a><em class=\"W_ficon\">ñ</em><em>%s</em></a></li></ul></div></div>"
                "%s</div></div>") % (c["id"], esc(c["author"]), 600 + m.k_of(c), esc(c["author"]), esc(c["author"]), esc(c["author"]), pre, esc("".join(c["paras"])),
                                      c["time"].strftime("%m月%d日 %H:%M").lstrip("0"), c["likes"] if c["likes"] else "赞",
                                      "<div class=\"list_box_in S_bg3\"><div class=\"list_ul\">%s</div></div>" % inner if inner else "")
    body = ("<div class=\"WB_feed_detail\"><div class=\"WB_info\"><a>菜园日报</a></div><div class=\"WB_from\">12月1日 09:00 来自 微博 weibo.com</div></div>"
            "<div class=\"WB_feed_handle\"><ul><li>转发 88</li><li>评论 %d</li><li>赞 302</li></ul></div><div class=\"WB_feed_repeat\"><div class=\"repeat_list\">"
            "<div class=\"list_box\"><div class=\"list_ul\">%s</div></div><a class=\"WB_cardmore\">查看更多</a></div></div>") % (len(cs), nest(cs, one))
    return page("zh", "社区菜园装水表", body, "微博", ("首页", "热门", "视频", "消息"))


def vcru(cs):
    def one(i, inner):
        c = cs[i]
        return ("<div class=\"comment\" data-id=\"%d\" data-level=\"%d\"><div class=\"comment__content\"><div class=\"comment__header\"><a class=\"comment__author\" href=\"/u/%d\">"
                "<div class=\"andropov_image comment__avatar\"></div><span class=\"comment__author-name\">%s</span></a>"
                "<a class=\"comment__date\" href=\"#comment%d\"><time class=\"time\" datetime=\"%s\" title=\"%s\">%s</time></a></div>"
                "<div class=\"comment__text\">%s</div><div class=\"comment__actions\"><span class=\"comment__action\">Ответить</span><div class=\"vote\"><span class=\"vote__value\">%s</span></div></div></div>"
                "%s</div>") % (c["id"], c["depth"], 170000 + m.k_of(c), esc(c["author"]), c["id"], c["time"].strftime("%Y-%m-%dT%H:%M:00+03:00"),
                               c["time"].strftime("%d.%m.%Y %H:%M"), "%d ноя 2026" % c["time"].day if c["time"].month == 11 else "%d дек 2026" % c["time"].day,
                               ps(c), "+%d" % c["likes"] if c["likes"] else "", "<div class=\"comment__children\">%s</div>" % inner if inner else "")
    body = ("<div class=\"comments\" id=\"comments\"><div class=\"comments__header\"><span class=\"comments__title\">%d комментариев</span> <span class=\"comments__sort\">Популярные</span></div>"
            "<div class=\"comments__body\">%s</div><button class=\"comments__more\">Показать ещё</button></div>") % (len(cs), nest(cs, one))
    return page("ru", "Счётчики воды в СНТ", body, "vc.example", ("Популярное", "Свежее", "Темы"))


def grav(cs):
    rows = []
    for c in cs:
        rows.append(("<li class=\"comment\"><div class=\"comment-wrapper\"><img class=\"gravatar\" src=\"https://www.gravatar.com/avatar/%032x?d=identicon\" alt=\"\">"
                     "<div class=\"comment-meta\"><span class=\"comment-author\">%s</span> <span class=\"comment-date\">%s</span></div>"
                     "<div class=\"comment-text\">%s</div></div></li>") % (m.k_of(c) * 7919, esc(c["author"]), c["time"].strftime("%m/%d/%Y %H:%M"), br(c)))
    body = ("<div class=\"comments\"><h3>Add a comment</h3><form name=\"comments\" class=\"form\"><input name=\"data[name]\" placeholder=\"Name\"><input name=\"data[email]\" placeholder=\"Email\">"
            "<textarea name=\"data[text]\" placeholder=\"Message\"></textarea><button>Submit</button></form><h3>Comments</h3><ul class=\"comments\">%s</ul></div>") % "".join(rows)
    return page("en", "Why we are metering the plots", body, "Hollins Lane Notes", ("Blog", "Plots", "Contact"))


def craft(cs):
    def one(i, inner):
        c = cs[i]
        return ("<li class=\"cc-i\" id=\"comment-%d\" data-id=\"%d\"><div class=\"cc-i-wrap\"><div class=\"cc-i-figure\"><img class=\"cc-avatar\" src=\"/cpresources/avatar.svg\" alt=\"\"></div>"
                "<div class=\"cc-i-body\"><div class=\"cc-i-header\"><strong class=\"cc-i-author\">%s</strong> <time class=\"cc-i-meta\" datetime=\"%s\">%s</time></div>"
                "<div class=\"cc-i-comment\">%s</div><div class=\"cc-i-footer\"><a class=\"cc-action-reply\">Reply</a> <span class=\"cc-v\"><a class=\"cc-v-up\">+</a> <span class=\"cc-v-count\">%d</span> <a class=\"cc-v-down\">-</a></span> <a class=\"cc-action-flag\">Flag</a></div></div></div>"
                "%s</li>") % (c["id"], c["id"], esc(c["author"]), c["time"].strftime("%Y-%m-%dT%H:%M:00+00:00"), c["time"].strftime("%d %B %Y, %-I:%M %p"), ps(c), c["likes"],
                              "<ol class=\"cc-l\">%s</ol>" % inner if inner else "")
    body = ("<div class=\"cc-w\" id=\"cc-w-1042\"><h3>Comments</h3><ol class=\"cc-l\">%s</ol><div class=\"cc-f\"><form><textarea name=\"fields[comment]\"></textarea><button>Add comment</button></form></div></div>") % nest(cs, one)
    return page("en", "Meter installation dates", body, "Hollins Lane Allotment Society", ("News", "Plots", "Waiting list"))


def ameblo(cs):
    rows = []
    for i, c in enumerate(cs):
        rows.append(("<li class=\"skin-commentItem\" data-comment-id=\"%d\"><div class=\"skin-commentTitle\"><h3>%s</h3></div><div class=\"skin-commentText\">%s</div>"
                     "<div class=\"skin-commentFoot\"><span class=\"skin-commentName\">%s</span><span class=\"skin-commentDate\"><time datetime=\"%s\">%s</time></span></div></li>") % (
            c["id"], "Re:" + esc(c["paras"][0][:8]) + "…" if i % 3 else "無題", "<br>".join(esc(p) for p in c["paras"]), esc(c["author"]),
            c["time"].strftime("%Y-%m-%dT%H:%M:05+09:00"), c["time"].strftime("%Y-%m-%d %H:%M:05")))
    body = ("<div class=\"skin-entryComments\" id=\"comments\"><h2>コメント<span class=\"skin-commentCount\">(%d)</span></h2><ul class=\"skin-commentList\">%s</ul>"
            "<p class=\"skin-commentMore\"><a>コメント一覧を見る</a></p><p><a>コメントする</a></p></div><div class=\"skin-related\"><h3>関連記事</h3><a>雨水タンクを置きました</a></div>") % (len(cs), "".join(rows))
    return page("ja", "水道メーターのお知らせ", body, "菜園日記 Ameba", ("ホーム", "ブログ", "芸能人"))


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
        dump = subprocess.run(["w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"], input=html_.encode("utf-8"), capture_output=True, check=True).stdout
        with open(os.path.join(OUT, "text", name + ".txt"), "wb") as f:
            f.write(dump)
        written.append(name)

    def g(name, cs, likes, note, zero_shown=True, fetched=None):
        return base.gold_of(name, name, cs, False, likes, note=note, zero_shown=zero_shown, fetched=fetched)

    def flat_quoting(n):
        cs = base.thread(n, nested=False, likes=True)
        for i, c in enumerate(cs):
            if i > 0 and R.random() < 0.4:
                c["parent"] = R.randrange(max(0, i - 4), i)
        return cs

    use("en")
    cs = flat_quoting(11)
    for c in cs:
        c["author"] = base.handle(c["author"])  # the page shows only the handle, so the gold name is the handle
    write("fark", fark(cs), g("fark", cs, True, "Fark-like: flat comment tables, 'YYYY-MM-DD hh:mm:ss PM' stamps, a reply quotes its parent ('X:' and the words) in a box that is not its text; "
                               "'Smartest n' as likes"))
    cs = base.thread(11, max_depth=1, likes=False, p_reply=0.45)
    write("vimeo", vimeo(cs), g("vimeo", cs, False, "Vimeo-like: li.comment with a nested ul.replies one level deep; '3 days ago' in <time datetime> with the minute", fetched=NOW))
    cs = base.thread(12, max_depth=3, likes=True, p_reply=0.55)
    for c in cs:
        c["author"] = base.handle(c["author"])  # the page shows only the handle, so the gold name is the handle
    write("imgur", imgur(cs), g("imgur", cs, True, "Imgur-like: GalleryComment boxes nested in GalleryComment-replies; 'n pts' as likes; '5d' with the minute in a title", fetched=NOW))
    cs = base.thread(10, nested=False, likes=False)
    write("goodreads", goodreads(cs), g("goodreads", cs, False, "Goodreads-like review comments: flat, 'message n: by X (12 books)', the date 'Nov 21, 2026 02:14PM' on the right"))
    cs = base.thread(10, max_depth=3, likes=False, p_reply=0.5)
    write("bitbucket", bitbucket(cs), g("bitbucket", cs, False, "Bitbucket-like pull request: nested ol.comments; the date only shown ('Nov 21, 2026'), the minute in time[datetime]"))
    use("de")
    cs = base.thread(12, max_depth=3, likes=False, p_reply=0.5)
    write("spiegel", spiegel(cs), g("spiegel", cs, False, "SPIEGEL-like forum (German): flat posts indented by a margin style; '21.11.2026, 14.14 Uhr' (a dot between hour and minute); "
                                    "'Antwort auf Beitrag Nr. n von X' names the parent and is not text"))
    use("zh")
    cs = base.thread(11, max_depth=2, likes=True, p_reply=0.5)
    m.zh_paras(cs)
    # Weibo shows two levels: a reply to a reply is flattened under the top comment and opens with "回复@X:"
    for i, c in enumerate(cs):
        if c["depth"] == 2:
            c["at"] = cs[c["parent"]]["author"]
            top = cs[c["parent"]]["parent"]
            c["goldText"] = "回复@%s:%s" % (c["at"], "".join(c["paras"]))
            c["depth"] = 1
            c["flatParent"] = top
    gg = g("weibo", cs, True, "Weibo-like (Chinese): '名字：text' lines, '11月21日 14:14' without the year (the page's 2026); a reply to a reply sits under the top comment and opens with "
                              "'回复@X:' (kept in its text), its parent the comment by X; likes as a number or '赞' for 0", zero_shown=False)
    for c, gc in zip(cs, gg["comments"]):
        gc["text"] = c.get("goldText", "".join(c["paras"]))
    order_fix = weibo_order(cs)
    html_ = weibo(order_fix[0])
    write("weibo", html_, regold(gg, order_fix[1]))
    use("ru")
    cs = base.thread(12, max_depth=4, likes=True, p_reply=0.6)
    write("vcru", vcru(cs), g("vcru", cs, True, "vc.ru-like (Osnova, Russian): nested comment__children, '21 ноя 2026' with the minute in time[datetime]; '+n' votes as likes (empty when 0)", zero_shown=False))
    use("en")
    cs = base.thread(9, nested=False, likes=False)
    write("grav", grav(cs), g("grav", cs, False, "Grav comments plugin: flat li.comment, comment-author and comment-date '11/21/2026 14:14' spans; the form above the list"))
    cs = base.thread(11, max_depth=3, likes=True, p_reply=0.5)
    write("craft", craft(cs), g("craft", cs, True, "Craft CMS Comments plugin (Verbb): nested ol.cc-l, cc-i-author, time[datetime]; the vote count between + and - is likes"))
    use("ja")
    cs = base.thread(9, nested=False, likes=False)
    write("ameblo", ameblo(cs), g("ameblo", cs, False, "Ameba-blog-like (Japanese): flat comments, a 'Re:…' or '無題' title over the text, name and '2026-11-21 14:14:05' under it"))
    print("\n".join(written))


def weibo_order(cs):
    """Weibo lists a reply-to-reply under its top comment: page order is the top comment, then all its descendants by time."""
    order = []
    for i, c in enumerate(cs):
        if c["parent"] is None:
            order.append(i)
            desc = [j for j, d in enumerate(cs) if d["parent"] is not None and (d["parent"] == i or cs[d["parent"]]["parent"] == i)]
            order.extend(sorted(desc, key=lambda j: cs[j]["time"]))
    new = [dict(cs[i]) for i in order]
    remap = {old: k for k, old in enumerate(order)}
    for c, old in zip(new, order):
        p = cs[old]["parent"]
        c["parent"] = None if p is None else (remap[cs[old]["flatParent"]] if "flatParent" in cs[old] else remap[p])
    return new, order


def regold(gg, order):
    cs = gg["comments"]
    remap = {cs[old]["id"]: "g%d" % k for k, old in enumerate(order)}
    out = []
    for k, old in enumerate(order):
        c = dict(cs[old])
        c["id"] = "g%d" % k
        c["parent"] = None if c["parent"] is None else remap[c["parent"]]
        out.append(c)
    gg["comments"] = out
    return gg


if __name__ == "__main__":
    main()
