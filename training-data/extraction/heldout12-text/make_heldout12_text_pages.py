#!/usr/bin/python3
"""Writes the TWELFTH held-out round, aimed at reply structure in `w3m -dump` text: 13 news/blog comment pages in
systems no earlier gold set covers, each with its dump in text/, scored on main before any rule for them (README.md):
a CommentBox-like widget, HyperComments-like, Nucleus CMS, PHP-Fusion, Squishdot, uCoz, Tolstoy-like (Russian), a
ReplyBox-like widget, Cactus (Matrix) comments, Comentarios, an Insticator-like widget, a Polopoly-like news CMS and a
Jetpack-like blog. What the dumps stress: nesting shown by nested ul (bullets "•", "□", "☆"), nested ol (numbers
restarting per level), blockquotes, spacer table cells, CSS margins only (no indent at all in the dump), "↳ in reply
to X", "Replying to @x", "X → Y", "> In reply to X" quote heads, "n replies" counter lines opening a child group,
"Reply from X:" heads inside the parent and Russian month names in dates. Helpers and gold format from ../heldout5's
generator; another topic (a tram line extension), names and seed. Our own synthetic text.
Usage: make_heldout12_text_pages.py [OUT_DIR]"""
import datetime as dt
import json
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout5"))
import make_heldout5_pages as base  # noqa: E402

R = random.Random(20261212)
base.R = R
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
EN = dict(
    SUBJECTS=["the tram extension", "the Harbour Road stop", "the depot plan", "the night service", "the fare cap", "the tree felling",
              "the bus replacement", "the overhead wires", "the park-and-ride", "the contractor", "the business case"],
    VIEWS=["was sold to us as a ten-minute service", "cuts the market off for two years", "would work with a stop at the hospital",
           "is really about the new flats", "needs a proper count of shift workers", "keeps slipping every spring",
           "will push the small shops out", "was always going to overrun", "should go to a referendum"],
    ASIDES=["I have walked that route to work since 2011.", "The old railway ran there until 1962.", "Last week the road was shut for four days.",
            "My son's school backs on to the works.", "The bakery on the corner has already closed.", "Nobody from the council answered my letter.",
            "The objection period ends on the twentieth.", "I counted eleven lorries before eight this morning."],
    STARTS=["As a resident", "Honestly", "Having driven buses here for twelve years", "To be fair", "From the council minutes",
            "Oddly enough", "Speaking as a shop owner", "For what it's worth"])
RU = dict(
    SUBJECTS=["продление трамвая", "остановка у рынка", "новое депо", "ночной маршрут", "стоимость проезда", "вырубка деревьев",
              "замена автобусом", "контактная сеть", "перехватывающая парковка", "подрядчик", "смета проекта"],
    VIEWS=["обещали как десятиминутный интервал", "отрезает рынок на два года", "имела бы смысл с остановкой у больницы",
           "на самом деле нужна ради новых домов", "требует честного подсчёта пассажиров", "каждую весну откладывается",
           "выдавит мелкие магазины", "с самого начала выходила за сроки", "должна решаться на референдуме"],
    ASIDES=["Я хожу этой дорогой на работу с 2011 года.", "Старая железная дорога шла там до 1962 года.", "На прошлой неделе улицу перекрыли на четыре дня.",
            "Школа моего сына выходит прямо на стройку.", "Пекарня на углу уже закрылась.", "Из мэрии мне так и не ответили.",
            "Срок подачи возражений заканчивается двадцатого.", "Утром я насчитал одиннадцать грузовиков до восьми."],
    STARTS=["Как местный житель", "Честно говоря", "Проработав водителем двенадцать лет", "Справедливости ради", "Судя по протоколу",
            "Как ни странно", "Как владелец магазина", "По-моему"])
EN_NAMES = ["Priyanka Rao", "tramspotter", "Gareth Lloyd", "Oksana Melnyk", "kerbside_kim", "Tobias Wendt",
            "Niamh", "overhead_ollie", "Chidi Okafor", "Hannelore Fuchs", "citycyclist", "Ravi Menon"]
RU_NAMES = ["Ольга Петрова", "tramvai_fan", "Дмитрий Соколов", "Ирина К.", "gorozhanin", "Алексей Морозов",
            "Наташа", "старожил", "Сергей Волков", "Мария Лебедева", "velo_ekb", "Павел"]
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
esc, handle, mon, ampm, ago, kids = base.esc, base.handle, base.mon, base.ampm, base.ago, base.kids
NOW = dt.datetime(2026, 12, 12, 9, 0)
STORY_T = "Tram extension to Harbour Road delayed by another year"
STORY = ["The council has confirmed that the tram extension to Harbour Road will not open before spring 2028, a year later "
         "than promised, after the utility diversions ran over.",
         "Traders on Market Street say two more years of road closures will finish several shops, and that the compensation "
         "scheme has paid out to only four of them.",
         "The transport committee meets on 17 December. An objection has more than 1,400 signatures."]
RU_T = "Продление трамвая до Портовой улицы отложили ещё на год"
RU_STORY = ["В мэрии подтвердили, что трамвай до Портовой улицы не запустят раньше весны 2028 года.",
            "Предприниматели с Рыночной улицы говорят, что ещё два года перекрытий разорят несколько магазинов.",
            "Комиссия по транспорту соберётся 17 декабря. Обращение подписали более 1400 человек."]


def lang(ru):
    for k, v in (RU if ru else EN).items():
        getattr(base, k)[:] = v
    base.NAMES[:] = RU_NAMES if ru else EN_NAMES


def paras(c, tag="p"):
    return "".join("<%s>%s</%s>" % (tag, esc(p), tag) for p in c["paras"])


def story(title=STORY_T, ps=STORY, by="By Helen Marsh &middot; 9 December 2026"):
    return ("<article class=\"article\"><h1>%s</h1><p class=\"byline\">%s</p><div class=\"article-body\">%s</div></article>") % (
        esc(title), by, "".join("<p>%s</p>" % esc(p) for p in ps))


def site(title, body, ru=False):
    return base.page_wrap(title, body).replace("lang=\"en\"", "lang=\"ru\"" if ru else "lang=\"en\"")


def ru_date(t, sep=", "):
    return "%d %s %d%s%02d:%02d" % (t.day, RU_MONTHS[t.month - 1], t.year, sep, t.hour, t.minute)


def commentbox(cs):
    """CommentBox-like widget: every comment a div with CSS margin-left only (no indent in the dump); a reply's head
    carries '↳ in reply to X'; '12 November 2026, 14:12'; '♥ 5'."""
    out = []
    for c in cs:
        t = c["time"]
        rep = "<span class=\"reply-to\">&#8627; in reply to <a>%s</a></span>" % esc(cs[c["parent"]]["author"]) if c["parent"] is not None else ""
        out.append(("<div class=\"cb-comment\" style=\"margin-left:%dpx\"><div class=\"cb-head\"><b class=\"cb-name\">%s</b> %s</div>"
                    "<div class=\"cb-date\">%d %s %d, %02d:%02d</div><div class=\"cb-body\">%s</div><div class=\"cb-actions\">&#9829; %d &nbsp; <a>Reply</a></div></div>") % (
            24 * c["depth"], esc(c["author"]), rep, t.day, mon(t), t.year, t.hour, t.minute, paras(c), c["likes"]))
    body = ("<div class=\"masthead\"><a>Harbourside Post</a> <a>News</a> <a>Transport</a> <a>Opinion</a></div>%s<h3>%d comments</h3>"
            "<div class=\"commentbox\">%s</div><div class=\"footer\">Comments powered by CommentBox-ish &middot; &copy; Harbourside Post</div>") % (story(), len(cs), "".join(out))
    return site(STORY_T + " | Harbourside Post", body)


def hypercomments(cs):
    """HyperComments-like: nested ul (bullets and indent in the dump); 'Name · 3 hours ago' head line; a reply's text
    opens with 'Name,' (the parent's name, kept as text); '+4' votes."""
    def one(i):
        c = cs[i]
        sub = "".join(one(k) for k in kids(cs, i))
        return ("<li class=\"hc-item\"><div class=\"hc-head\"><a class=\"hc-name\">%s</a> &middot; <span class=\"hc-time\">%s</span></div><div class=\"hc-text\">%s</div>"
                "<div class=\"hc-foot\"><a>Reply</a> <span>+%d</span></div>%s</li>") % (
            esc(c["author"]), ago(c["time"], NOW), paras(c), c["likes"], "<ul class=\"hc-children\">%s</ul>" % sub if sub else "")
    body = ("<div class=\"nav\"><a>Metro Courier</a> <a>City</a> <a>Sport</a></div>%s<div class=\"hc-header\">%d comments &middot; Sort: oldest</div>"
            "<ul class=\"hc-list\">%s</ul>") % (story(), len(cs), "".join(one(i) for i in kids(cs, None)))
    return site(STORY_T + " - Metro Courier", body)


def nucleus(cs):
    """Nucleus CMS blog: comments in nested ol (numbered per level in the dump); 'Name wrote:' over the text, then
    '12/11/26 14:12' (day first)."""
    def one(i):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k) for k in kids(cs, i))
        return ("<li><div class=\"commentname\"><b>%s</b> wrote:</div><div class=\"commentbody\">%s</div><div class=\"commentinfo\">%02d/%02d/%02d %02d:%02d</div>%s</li>") % (
            esc(c["author"]), paras(c), t.day, t.month, t.year % 100, t.hour, t.minute, "<ol>%s</ol>" % sub if sub else "")
    body = ("<div id=\"header\"><h1>Rails and Roads</h1><p>a commuter's blog</p></div><div class=\"item\"><h2>Another year</h2><p>%s</p><p>%s</p></div>"
            "<h3>Comments</h3><ol class=\"comments\">%s</ol><div id=\"footer\">Powered by Nucleus CMS</div>") % (
        esc(STORY[0]), esc(STORY[1]), "".join(one(i) for i in kids(cs, None)))
    return site("Rails and Roads :: Another year", body)


def phpfusion(cs):
    """PHP-Fusion-like: one table per comment; nesting by a spacer cell of width 25 x depth before the comment cell;
    'Name' and 'Posted on 12-11-2026 14:12' on one row."""
    out = []
    for c in cs:
        t = c["time"]
        sp = "<td width=\"%d\"><img src=\"/s.gif\" width=\"%d\" height=\"1\" alt=\"\"></td>" % (25 * c["depth"], 25 * c["depth"]) if c["depth"] else ""
        out.append(("<table width=\"100%%\" cellspacing=\"0\"><tr>%s<td class=\"tbl2\"><b><a>%s</a></b> <span class=\"small\">Posted on %02d-%02d-%d %02d:%02d</span>"
                    "<div class=\"comment-text\">%s</div><div class=\"small\"><a>Reply</a></div></td></tr></table>") % (
            sp, esc(c["author"]), t.day, t.month, t.year, t.hour, t.minute, "<br><br>".join(esc(p) for p in c["paras"])))
    body = ("<table width=\"100%%\"><tr><td><b>Eastgate Community News</b></td><td align=\"right\"><a>Login</a></td></tr></table>%s"
            "<div class=\"tbl-border\"><b>Comments</b></div>%s<div class=\"footer\">Powered by PHP-Fusion</div>") % (story(), "".join(out))
    return site(STORY_T + " - Eastgate Community News", body)


def squishdot(cs):
    """Squishdot (Zope) news: replies nested in blockquotes (indented 4 per level in the dump); 'Re: subject' over
    'by Name on Saturday December 12, @02:12PM'."""
    def one(i):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k) for k in kids(cs, i))
        subj = "Re: " + base_subject(cs[c["parent"]]) if c["parent"] is not None else base_subject(c)
        return ("<div class=\"posting\"><p><b>%s</b><br><small>by %s on %s %s %d, @%s</small></p>%s<p><small>[ <a>Reply to this</a> ]</small></p>%s</div>") % (
            esc(subj), esc(c["author"]), t.strftime("%A"), mon(t), t.day, t.strftime("%I:%M%p"), paras(c), "<blockquote>%s</blockquote>" % sub if sub else "")
    body = ("<table width=\"100%%\"><tr><td><b>tramwatch</b> news for rail nerds</td></tr></table>%s<hr><p>%d replies beneath the fold</p>%s") % (
        story(), len(cs), "".join(one(i) for i in kids(cs, None)))
    return site(STORY_T + " - tramwatch", body)


def base_subject(c):
    return " ".join(c["paras"][0].split(",")[1].strip().split(" ")[0:4]).capitalize()


def ucoz(cs):
    """uCoz-like (Russian): numbered comments '1 Ольга Петрова (12.11.2026 14:12)'; replies inside the parent's block in
    a div with CSS margin only; a reply's head 'Name → ParentName'."""
    out = []

    def one(i, num):
        c = cs[i]
        t = c["time"]
        who = esc(c["author"]) if c["parent"] is None else "%s &rarr; %s" % (esc(c["author"]), esc(cs[c["parent"]]["author"]))
        sub = "".join(one(k, "") for k in kids(cs, i))
        return ("<div class=\"cBlock\" style=\"margin-left:%dpx\"><table width=\"100%%\"><tr><td width=\"20\">%s</td><td><b>%s</b> <span class=\"cDate\">(%02d.%02d.%d %02d:%02d)</span></td></tr></table>"
                "<div class=\"cMessage\">%s</div><div class=\"cAnswer\"><a>Ответить</a></div>%s</div>") % (
            20 if c["depth"] else 0, num, who, t.day, t.month, t.year, t.hour, t.minute, "<br>".join(esc(p) for p in c["paras"]), sub)
    for n, i in enumerate(kids(cs, None)):
        out.append(one(i, "%d" % (n + 1)))
    body = ("<div class=\"header\"><a>Новости Приморска</a> <a>Главная</a> <a>Форум</a></div>%s<div class=\"com-title\">Всего комментариев: %d</div>%s"
            "<div class=\"footer\">Хостинг от uCoz-ish</div>") % (story(RU_T, RU_STORY, "Анна Белова, 9 декабря 2026"), len(cs), "".join(out))
    return site(RU_T, body, True)


def tolstoy(cs):
    """Tolstoy-like widget (Russian): nested ul (bullets); name line, then '12 ноября 2026 в 14:12'; likes '♥ 3'."""
    def one(i):
        c = cs[i]
        sub = "".join(one(k) for k in kids(cs, i))
        return ("<li class=\"tc\"><div class=\"tc-name\">%s</div><div class=\"tc-date\">%s</div><div class=\"tc-text\">%s</div>"
                "<div class=\"tc-foot\"><a>Ответить</a> &#9829; %d</div>%s</li>") % (
            esc(c["author"]), ru_date(c["time"], " в "), paras(c), c["likes"], "<ul>%s</ul>" % sub if sub else "")
    body = ("<div class=\"header\"><a>Городской вестник</a> <a>Новости</a> <a>Транспорт</a></div>%s<div class=\"tc-count\">%d комментариев</div><ul class=\"tc-list\">%s</ul>") % (
        story(RU_T, RU_STORY, "Анна Белова, 9 декабря 2026"), len(cs), "".join(one(i) for i in kids(cs, None)))
    return site(RU_T + " — Городской вестник", body, True)


def replybox(cs):
    """ReplyBox-like: flat, oldest first; a reply's text is headed by a line 'Replying to @handle'; 'Dec 12, 2026'."""
    out = []
    for c in cs:
        t = c["time"]
        rep = "<div class=\"rb-replying\">Replying to <a>@%s</a></div>" % handle(cs[c["parent"]]["author"]) if c["parent"] is not None else ""
        out.append(("<div class=\"rb-comment\"><div class=\"rb-meta\"><strong>%s</strong> <span>@%s</span></div><div class=\"rb-date\">%s %d, %d at %s</div>%s"
                    "<div class=\"rb-body\">%s</div><div class=\"rb-actions\"><a>Reply</a> <a>Like</a></div></div>") % (
            esc(c["author"]), handle(c["author"]), mon(t)[:3], t.day, t.year, ampm(t), rep, paras(c)))
    body = ("<div class=\"top\"><a>Northline Notes</a> <a>Archive</a> <a>About</a></div>%s<h3>Replies</h3><div class=\"replybox\">%s</div>") % (story(), "".join(out))
    return site(STORY_T + " — Northline Notes", body)


def cactus(cs):
    """Cactus (Matrix) comments: flat; display name line with '12/11/2026, 14:12:07'; a reply carries the Matrix reply
    fallback: a blockquote 'In reply to Name' and the parent's first sentence."""
    out = []
    for c in cs:
        t = c["time"]
        rep = ""
        if c["parent"] is not None:
            p = cs[c["parent"]]
            rep = "<blockquote class=\"mx-reply\"><a>In reply to</a> <a>%s</a><br>%s</blockquote>" % (esc(p["author"]), esc(p["paras"][0].split(". ")[0] + "."))
        out.append(("<div class=\"cactus-comment\"><div class=\"cactus-comment-header\"><span class=\"cactus-comment-displayname\">%s</span></div>"
                    "<div class=\"cactus-comment-time\">%02d/%02d/%d, %02d:%02d:%02d</div><div class=\"cactus-comment-body\">%s%s</div></div>") % (
            esc(c["author"]), t.day, t.month, t.year, t.hour, t.minute, R.randint(0, 59), rep, paras(c)))
    body = ("<div class=\"nav\"><a>Open Transit Blog</a></div>%s<div class=\"cactus-container\"><div class=\"cactus-editor\">Log in to comment <a>Matrix</a></div>%s"
            "<div class=\"cactus-view-more\"><a>View more</a></div></div>") % (story(), "".join(out))
    return site(STORY_T + " · Open Transit Blog", body)


def comentarios(cs):
    """Comentarios (Commento fork): replies in nested ul of cards, up to four deep; one head line 'name  4 days ago  ▲ 3 ▼'."""
    def one(i):
        c = cs[i]
        sub = "".join(one(k) for k in kids(cs, i))
        return ("<li class=\"card\"><div class=\"header\"><a class=\"name\">%s</a> <span class=\"subtitle\">%s</span> <span class=\"score\">&#9650; %d &#9660;</span></div>"
                "<div class=\"body\">%s</div><div class=\"options\"><a>reply</a> <a>collapse</a></div>%s</li>") % (
            esc(c["author"]), ago(c["time"], NOW), c["likes"], paras(c), "<ul class=\"children\">%s</ul>" % sub if sub else "")
    body = ("<div class=\"nav\"><a>Dispatches from Eastgate</a></div>%s<div id=\"comentarios\"><div class=\"login\">Login</div><ul>%s</ul>"
            "<div class=\"footer\">Powered by Comentarios</div></div>") % (story(), "".join(one(i) for i in kids(cs, None)))
    return site(STORY_T + " | Dispatches from Eastgate", body)


def insticator(cs):
    """Insticator-like: top-level comments flat; replies under a '2 replies' counter line with no indent (CSS only),
    each opening with '@Name' (kept as text); '5 days ago'; '👍 4 👎'."""
    out = []
    for i in kids(cs, None):
        c = cs[i]
        reps = ""
        for k in kids(cs, i):
            r = cs[k]
            reps += ("<div class=\"ins-reply\"><div class=\"ins-name\">%s</div><div class=\"ins-time\">%s</div><div class=\"ins-text\">%s</div>"
                     "<div class=\"ins-votes\">&#128077; %d &#128078; <a>Reply</a></div></div>") % (esc(r["author"]), ago(r["time"], NOW), paras(r), r["likes"])
        n = len(kids(cs, i))
        out.append(("<div class=\"ins-comment\"><div class=\"ins-name\">%s</div><div class=\"ins-time\">%s</div><div class=\"ins-text\">%s</div>"
                    "<div class=\"ins-votes\">&#128077; %d &#128078; <a>Reply</a></div>%s</div>") % (
            esc(c["author"]), ago(c["time"], NOW), paras(c), c["likes"],
            "<div class=\"ins-replies\"><a class=\"ins-toggle\">%d %s</a>%s</div>" % (n, "reply" if n == 1 else "replies", reps) if n else ""))
    body = ("<div class=\"nav\"><a>Daily Ledger</a> <a>Local</a> <a>Business</a></div>%s<div class=\"ins-head\">%d Comments</div>%s") % (story(), len(cs), "".join(out))
    return site(STORY_T + " | Daily Ledger", body)


def polopoly(cs):
    """Polopoly-like news CMS: top-level comments with 'Name, Dec 12, 2026 2:12 PM'; the replies inside the parent's box,
    each headed 'Reply from Name:' and dated under its text; no indent in the dump."""
    out = []
    for i in kids(cs, None):
        c = cs[i]
        t = c["time"]
        reps = ""
        for k in kids(cs, i):
            r = cs[k]
            rt = r["time"]
            reps += ("<div class=\"p-reply\"><div class=\"p-reply-head\">Reply from <b>%s</b>:</div><div class=\"p-reply-text\">%s</div>"
                     "<div class=\"p-reply-date\">%s %d, %d %s</div></div>") % (esc(r["author"]), paras(r), mon(rt)[:3], rt.day, rt.year, ampm(rt))
        out.append(("<div class=\"p-comment\"><div class=\"p-comment-head\"><b>%s</b>, %s %d, %d %s</div><div class=\"p-comment-text\">%s</div>%s"
                    "<div class=\"p-comment-tools\"><a>Reply</a> | <a>Report</a></div></div>") % (
            esc(c["author"]), mon(t)[:3], t.day, t.year, ampm(t), paras(c), reps))
    body = ("<div class=\"nav\"><a>The Coastal Times</a> <a>News</a> <a>Politics</a></div>%s<h3>Readers' comments (%d)</h3>%s<div class=\"footer\">&copy; Coastal Times</div>") % (
        story(), len(cs), "".join(out))
    return site(STORY_T + " - The Coastal Times", body)


def jetpack(cs):
    """Jetpack-like blog comments: ol.commentlist with nested ul.children (number, then bullets in the dump); 'Name says:'
    with 'December 12, 2026 at 2:12 pm' over the text; 'Like' count 'Liked by 3 people'."""
    def one(i):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k) for k in kids(cs, i))
        return ("<li class=\"comment depth-%d\"><div class=\"comment-author vcard\"><cite class=\"fn\">%s</cite> <span class=\"says\">says:</span></div>"
                "<div class=\"comment-meta\"><a>%s %d, %d at %s</a></div>%s<div class=\"likes\">%s</div><div class=\"reply\"><a>Reply</a></div>%s</li>") % (
            c["depth"] + 1, esc(c["author"]), mon(t), t.day, t.year, ampm(t, " ", True), paras(c),
            "Liked by %d people" % c["likes"] if c["likes"] > 1 else "Liked by 1 person" if c["likes"] == 1 else "Like",
            "<ul class=\"children\">%s</ul>" % sub if sub else "")
    body = ("<div id=\"masthead\"><h1>The Stop Request</h1></div><div class=\"entry\"><h2>Another year on Harbour Road</h2><p>%s</p><p>%s</p></div>"
            "<div id=\"comments\"><h2>%d thoughts on &ldquo;Another year on Harbour Road&rdquo;</h2><ol class=\"commentlist\">%s</ol></div>") % (
        esc(STORY[0]), esc(STORY[2]), len(cs), "".join(one(i) for i in kids(cs, None)))
    return site("Another year on Harbour Road &ndash; The Stop Request", body)


def write_all():
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

    g = base.gold_of
    lang(False)
    cs = base.thread(12, max_depth=3, p_reply=0.6)
    write("commentbox", commentbox(cs), g("commentbox", "commentbox-like", cs, False, True,
          note="CSS margin only (flat in the dump); '↳ in reply to X' in a reply's head names the parent's author (the nearest X above); '♥ n' is likes"))
    cs = base.thread(13, max_depth=3, p_reply=0.6)
    write("hypercomments", hypercomments(cs), g("hypercomments", "hypercomments-like", cs, False, True, fetched=NOW, times=None,
          note="nested ul (bullets and indent in the dump); 'Name · 3 hours ago' head; '+n' is likes; relative times (not scored)"))
    cs = base.thread(12, max_depth=3, likes=False, p_reply=0.6)
    write("nucleus", nucleus(cs), g("nucleus", "nucleus-cms", cs, False, False,
          note="nested ol (numbers restart at each level in the dump); 'Name wrote:' over the text; 'dd/mm/yy HH:MM' under it"))
    cs = base.thread(12, max_depth=3, likes=False, p_reply=0.6)
    write("phpfusion", phpfusion(cs), g("phpfusion", "php-fusion-like", cs, False, False,
          note="one table per comment; nesting by a spacer cell 25 px wide per level (an indent in the dump); 'Posted on dd-mm-yyyy HH:MM'"))
    cs = base.thread(12, max_depth=3, likes=False, p_reply=0.6)
    write("squishdot", squishdot(cs), g("squishdot", "squishdot", cs, False, False,
          note="replies nested in blockquotes (4 columns per level in the dump); the 'Re: subject' line and 'by X on Saturday December 12, @02:12PM' are not text (the year is the page's)"))
    cs = base.thread(12, max_depth=3, likes=False, p_reply=0.6)
    write("replybox", replybox_flat(cs), g("replybox", "replybox-like", cs, False, False,
          note="flat; a reply's text is headed 'Replying to @handle' (the parent's handle; the nearest such author above); 'Dec 12, 2026 at 2:12 PM'"))
    cs = base.chronological(12, likes=False, p_reply=0.5)
    write("cactus", cactus(cs), g("cactus", "cactus-comments", cs, False, False,
          note="flat; a reply's body opens with the Matrix reply fallback 'In reply to X' and the parent's first sentence (not text); 'dd/mm/yyyy, HH:MM:SS'"))
    cs = base.thread(13, max_depth=4, p_reply=0.65)
    write("comentarios", comentarios(cs), g("comentarios", "comentarios", cs, False, True, fetched=NOW, times=None,
          note="nested ul up to four deep (bullets '•', '□', '☆', '○' in the dump); head 'name  4 days ago  ▲ n ▼' (n is likes); relative times (not scored)"))
    cs = base.thread(12, max_depth=1, p_reply=0.55)
    for c in cs:
        if c["parent"] is not None:
            c["paras"][0] = "@%s %s" % (cs[c["parent"]]["author"], c["paras"][0])
    write("insticator", insticator(cs), g("insticator", "insticator-like", cs, False, True, fetched=NOW, times=None,
          note="replies one level deep, under an 'n replies' counter line, no indent in the dump; replies open with '@Parent Name' (kept as text); relative times (not scored)"))
    cs = base.thread(12, max_depth=1, likes=False, p_reply=0.55)
    write("polopoly", polopoly(cs), g("polopoly", "polopoly-like", cs, False, False,
          note="replies inside the parent's box headed 'Reply from X:' (not text) and dated under the text; no indent in the dump"))
    cs = base.thread(12, max_depth=3, p_reply=0.6)
    write("jetpack", jetpack(cs), g("jetpack", "jetpack-like", cs, False, True,
          note="ol.commentlist (numbers in the dump) with nested ul.children (bullets); 'X says:' and the date over the text; 'Liked by n people' is likes ('Like' alone: 0)"))
    lang(True)
    cs = base.thread(12, max_depth=2, likes=False, p_reply=0.55)
    write("ucoz", ucoz(cs), g("ucoz", "ucoz-like", cs, False, False,
          note="Russian; numbered top-level heads 'n Name (dd.mm.yyyy HH:MM)'; replies inside the parent's block by CSS margin only, head 'Name → Parent'"))
    cs = base.thread(12, max_depth=3, p_reply=0.6)
    write("tolstoy", tolstoy(cs), g("tolstoy", "tolstoy-like", cs, False, True,
          note="Russian; nested ul; name line over '12 ноября 2026 в 14:12' (genitive month names); '♥ n' is likes"))
    print("\n".join(written))


def replybox_flat(cs):
    """The thread in time order (ReplyBox lists replies flat, oldest first): parents come before their replies."""
    order = sorted(range(len(cs)), key=lambda i: cs[i]["time"])
    remap = {old: new for new, old in enumerate(order)}
    flat = []
    for old in order:
        c = dict(cs[old])
        c["parent"] = None if c["parent"] is None else remap[c["parent"]]
        flat.append(c)
    cs[:] = flat
    return replybox(cs)


if __name__ == "__main__":
    write_all()
