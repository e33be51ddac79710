#!/usr/bin/python3
"""Writes a small fresh HTML check (heldout11-html): 8 thread pages in systems no earlier gold set covers, of the kinds
heldout10-text showed the HTML path misses (table-layout threads with author/date header cells, review lists with
reviewer, rating and date, an old CMS's comment tables, localized news comments), scored on main before any rule
written for them (README.md): a Coppermine-like photo gallery, an e107-like CMS, an Advanced-Guestbook-like PHP
guestbook, Yelp-, Trustpilot- and Google-Maps-like review lists, a Le-Monde-like French and an El-País-like Spanish
news CMS. Helpers and gold format from ../heldout5's generator; another topic (a lido closing for repairs), names
and seed. Our own synthetic text. Usage: make_heldout11_html_pages.py [OUT_DIR]"""
import datetime as dt
import json
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout5"))
import make_heldout5_pages as base  # noqa: E402

R = random.Random(20261207)
base.R = R
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
base.SUBJECTS[:] = ["the lido closure", "the repair bill", "the heated pool", "the diving board", "the changing rooms",
                    "the summer season", "the trust's accounts", "the new cafe", "the season ticket", "the lifeguard rota"]
base.VIEWS[:] = ["was decided far too late", "could still be saved", "costs more than anyone admits", "needs an independent survey",
                 "was never properly maintained", "is exactly what the town needs", "will hurt families most",
                 "should have been put to the public"]
base.ASIDES[:] = ["I have swum there every morning since 1987.", "The tiles were cracked last June.", "My children learned to swim there.",
                  "The queue went round the block in August.", "Nobody asked the swimming club.", "The boiler is older than I am.",
                  "Two summers is a long time to wait.", "The trust meets again in January."]
base.STARTS[:] = ["As a regular", "Frankly", "Having worked there", "In fairness", "From what I read", "Strangely",
                  "As a parent", "For the record"]
base.NAMES[:] = ["Imogen Fairweather", "splashdad", "Kwame Mensah", "Ottilie Brandt", "poolside_pat", "Ravi Chaudhary",
                 "Wen Li", "Hettie Marsh", "backstroke77", "Sunniva Lund", "Gareth Pryce", "Ines Moreau"]
esc, paras, mon, ampm, kids = base.esc, base.paras, base.mon, base.ampm, base.kids
NOW = dt.datetime(2026, 12, 6, 9, 10)
STORY_T = "Eastbrook lido to close for two summers while its pool is rebuilt"
STORY = ["The trust that runs Eastbrook lido has confirmed the outdoor pool will stay shut for the next two summers while "
         "its cracked basin and boiler are replaced.",
         "The work is expected to cost 2.4 million pounds, of which the council has promised half; the rest is to come "
         "from a public appeal.",
         "Season ticket holders will be offered places at the indoor pool in Westfield, four miles away."]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def story(title=STORY_T):
    return ("<article class=\"article\"><h1>%s</h1><p class=\"byline\">By Nell Hargreaves &middot; 2 December 2026</p>"
            "<div class=\"article-body\">%s</div></article>") % (esc(title), "".join("<p>%s</p>" % esc(p) for p in STORY))


def site(title, body, lang="en"):
    return base.page_wrap(title, body).replace("<html lang=\"en\">", "<html lang=\"%s\">" % lang)


def subject_of(c):
    s = c["paras"][0].split(",")[1].strip().split(" ")[0:4]
    return " ".join(s).capitalize()


def coppermine(cs):
    """Coppermine-like gallery: each comment a table, the name cell and the date cell side by side in its first row,
    the text in the row below; flat."""
    out = []
    for c in cs:
        t = c["time"]
        out.append(("<table class=\"maintable\" width=\"100%%\" cellspacing=\"1\" cellpadding=\"0\"><tr>"
                    "<td class=\"tableh2_compact\" nowrap><b>%s</b> <a href=\"#\">[Report]</a></td>"
                    "<td class=\"tableh2_compact\" align=\"right\" nowrap>%s %d, %d at %s</td></tr>"
                    "<tr><td class=\"tableb_compact\" colspan=\"2\">%s</td></tr></table>") % (
            esc(c["author"]), mon(t)[:3], t.day, t.year, ampm(t), "<br><br>".join(esc(p) for p in c["paras"])))
    body = ("<table width=\"100%%\"><tr><td><b>Eastbrook Lido Friends &ndash; Photo Gallery</b></td><td><a>Album list</a> | <a>Last uploads</a> | <a>Last comments</a> | <a>Most viewed</a> | <a>Search</a></td></tr></table>"
            "<table class=\"maintable\" width=\"100%%\"><tr><td class=\"tableh1\"><h2>The main pool, August 2026</h2></td></tr>"
            "<tr><td class=\"display_media\"><img src=\"albums/lido/main_pool.jpg\" width=\"600\" height=\"400\" alt=\"main_pool.jpg\"></td></tr>"
            "<tr><td class=\"tableb\">%s</td></tr></table>"
            "<table width=\"100%%\"><tr><td class=\"tableh1\">File information</td></tr><tr><td>Filename: main_pool.jpg<br>Album name: Summer 2026<br>Filesize: 412 KiB<br>Displayed: 1,204 times</td></tr></table>"
            "%s<table width=\"100%%\"><tr><td class=\"tableh2\">Add your comment</td></tr><tr><td>Name <input name=\"msg_author\"> <input type=\"submit\" value=\"OK\"></td></tr></table>"
            "<div class=\"footer\">Powered by Coppermine Photo Gallery</div>") % (esc(STORY[0] + " " + STORY[1]), "".join(out))
    return site("Eastbrook Lido Friends - Summer 2026/The main pool, August 2026", body)


def e107(cs):
    """e107-like CMS: each comment a table, a header row 'username  Sat Nov 21 2026, 02:14PM' (name cell, date cell),
    the text row under it; replies nested one table deeper behind an indent cell."""
    def one(i):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k) for k in kids(cs, i))
        return ("<table class=\"fborder\" style=\"width:100%%\"><tr><td class=\"forumheader\" style=\"width:30%%\"><img src=\"e107_images/generic/bullet2.gif\" alt=\"\"> "
                "<a href=\"user.php?id.%d\">%s</a></td><td class=\"forumheader\" style=\"text-align:right\">%s %s %d %d, %02d:%02d%s</td></tr>"
                "<tr><td class=\"forumheader3\" colspan=\"2\">%s<div class=\"smalltext\" style=\"text-align:right\"><a>reply</a></div></td></tr></table>%s") % (
            40 + base.NAMES.index(c["author"]), esc(c["author"]), t.strftime("%a"), mon(t)[:3], t.day, t.year, t.hour % 12 or 12, t.minute,
            "AM" if t.hour < 12 else "PM", "<br><br>".join(esc(p) for p in c["paras"]),
            "<table style=\"width:100%%\"><tr><td style=\"width:20px\">&nbsp;</td><td>%s</td></tr></table>" % sub if sub else "")
    body = ("<table style=\"width:100%%\"><tr><td class=\"topbar\"><b>Eastbrook Community</b></td><td><a>News</a> &middot; <a>Downloads</a> &middot; <a>Forum</a> &middot; <a>Members</a></td></tr></table>"
            "<table style=\"width:100%%\"><tr><td class=\"menu\" style=\"width:170px;vertical-align:top\"><b>Main menu</b><br><a>Home</a><br><a>News</a><br><a>Contact</a><br><b>Online</b><br>Guests: 4<br>Members: 1</td>"
            "<td style=\"vertical-align:top\">%s<div class=\"caption\">Comments</div>%s"
            "<div class=\"caption\">Submit comment</div><form><textarea name=\"comment\"></textarea><input type=\"submit\" value=\"Submit comment\"></form></td></tr></table>"
            "<div class=\"footer\">This site is powered by e107, which is released under the terms of the GNU GPL License.</div>") % (story(), "".join(one(i) for i in kids(cs, None)))
    return site("Eastbrook Community / News / Comments", body)


def guestbook(cs):
    """Advanced-Guestbook-like: one table row per entry, the writer's cell (name, town, icons) left of the entry cell
    ('Date: Saturday, 21 November 2026 - 14:14', the message); the keeper's answer inside the entry under 'Admin reply'."""
    rows = []
    for i in kids(cs, None):
        c = cs[i]
        t = c["time"]
        ans = ""
        for k in kids(cs, i):
            r = cs[k]
            ans += ("<table class=\"comment\" width=\"95%%\" align=\"right\"><tr><td class=\"comment_head\"><b>Admin reply</b> by %s &middot; %s %d %s %d</td></tr>"
                    "<tr><td class=\"comment_text\">%s</td></tr></table>") % (
                esc(r["author"]), r["time"].strftime("%A,"), r["time"].day, mon(r["time"]), r["time"].year, "<br>".join(esc(p) for p in r["paras"]))
        rows.append(("<tr><td class=\"entry_left\" width=\"25%%\" valign=\"top\"><b>%s</b><br><small>%s</small><br><img src=\"img/email.gif\" alt=\"E-Mail\"> <img src=\"img/home.gif\" alt=\"Homepage\"></td>"
                     "<td class=\"entry_right\" valign=\"top\"><small>Date: %s, %d %s %d - %02d:%02d</small><hr size=\"1\">%s%s</td></tr>") % (
            esc(c["author"]), R.choice(["Eastbrook", "Westfield", "Bristol", "somewhere near the coast"]), t.strftime("%A"), t.day, mon(t), t.year, t.hour, t.minute,
            "<br><br>".join(esc(p) for p in c["paras"]), ans))
    body = ("<div class=\"top\"><b>Eastbrook Lido Guestbook</b> &ndash; <a>Sign the guestbook</a></div><p>%s</p>"
            "<table width=\"95%%\"><tr><td>%d entries</td><td align=\"right\">Page 1 of 1</td></tr></table>"
            "<table class=\"guestbook\" width=\"95%%\" cellspacing=\"1\" cellpadding=\"4\">%s</table>"
            "<div class=\"footer\">Advanced Guestbook 2.4.4</div>") % (esc(STORY[0]), len(kids(cs, None)), "".join(rows))
    return site("Eastbrook Lido - Guestbook", body)


def yelp(cs):
    """Yelp-like reviews: reviewer block (name, town, counts), a star rating as aria-label, a numeric date, the text,
    'Useful n' buttons; the owner's answer below the review under 'Comment from X of Y, Business Owner'."""
    out = []
    for i in kids(cs, None):
        c = cs[i]
        t = c["time"]
        ans = ""
        for k in kids(cs, i):
            r = cs[k]
            ans += ("<div class=\"css-1qn0b6x business-owner-reply\"><div class=\"css-ch6rq1\"><p class=\"css-1p9ibgf\">Comment from <span class=\"css-1egxyvc\">%s</span> of Eastbrook Lido</p>"
                    "<p class=\"css-1sufhje\">Business Owner</p></div><span class=\"css-chan6m\">%d/%d/%d</span><p class=\"comment__09f24__D0cxf\"><span class=\"raw__09f24__T4Ezm\">%s</span></p></div>") % (
                esc(r["author"]), r["time"].month, r["time"].day, r["time"].year, "<br><br>".join(esc(p) for p in r["paras"]))
        out.append(("<li class=\"css-1q2nwpv\"><div class=\"css-1qn0b6x\"><div class=\"user-passport-info css-1qn0b6x\"><span class=\"fs-block css-ux5mu6\"><a href=\"/user_details?userid=%s\" class=\"css-19v1rkv\">%s</a></span>"
                    "<div class=\"css-1qn0b6x\"><span class=\"css-qgunke\">%s</span></div><div><span class=\"css-1fnccdf\">%d friends</span> <span class=\"css-1fnccdf\">%d reviews</span></div></div>"
                    "<div class=\"css-10n911v\"><div class=\"five-stars__09f24__mBKym\" aria-label=\"%d star rating\" role=\"img\"></div><span class=\"css-chan6m\">%d/%d/%d</span></div>"
                    "<p class=\"comment__09f24__D0cxf css-qgunke\"><span class=\"raw__09f24__T4Ezm\" lang=\"en\">%s</span></p>"
                    "<div class=\"css-1qn0b6x\"><button><span class=\"css-1lr1m88\">Useful %d</span></button> <button><span>Funny</span></button> <button><span>Cool</span></button></div>%s</div></li>") % (
            "u%05d" % R.randint(10000, 99999), esc(c["author"]), R.choice(["Eastbrook, United Kingdom", "Westfield, United Kingdom", "Bath, United Kingdom"]),
            R.randint(0, 80), R.randint(1, 200), R.randint(1, 5), t.month, t.day, t.year, "<br><br>".join(esc(p) for p in c["paras"]), R.randint(0, 9), ans))
    body = ("<div class=\"css-header\"><a>yelp-ish</a> <input placeholder=\"tacos, cheap dinner, Max's\"> <a>For Businesses</a> <a>Write a Review</a> <a>Log In</a></div>"
            "<h1 class=\"css-hnttcw\">Eastbrook Lido</h1><div>4.1 (%d reviews) &middot; Swimming Pools &middot; Claimed</div><p>%s</p>"
            "<section aria-label=\"Recommended Reviews\"><h2>Recommended Reviews</h2><ul class=\"list__09f24__ynIEd\">%s</ul></section>"
            "<div class=\"css-footer\"><a>About</a> <a>Careers</a> <a>Trust &amp; Safety</a></div>") % (len(kids(cs, None)), esc(STORY[2]), "".join(out))
    return site("EASTBROOK LIDO - Updated December 2026 - Reviews - Yelp-ish", body)


def trustpilot(cs):
    """Trustpilot-like reviews: consumer name and review count, 'Rated n out of 5 stars' image, a title, the text,
    'Date of experience: November 18, 2026', and the company's reply under 'Reply from X'; times in <time datetime>."""
    out = []
    for i in kids(cs, None):
        c = cs[i]
        t = c["time"]
        ans = ""
        for k in kids(cs, i):
            r = cs[k]
            ans += ("<div class=\"styles_wrapper__ib2L5 styles_comment__9ty4G\"><div class=\"styles_replyInfo__FrMmd\"><img alt=\"\" src=\"/logo.png\" width=\"40\">"
                    "<p class=\"typography_body-m__xgxZ_ styles_replyCompany__ro_yX\">Reply from %s</p><time datetime=\"%s.000Z\" class=\"typography_body-m__xgxZ_\">%s %d, %d</time></div>"
                    "<p class=\"typography_body-m__xgxZ_ styles_message__shHhX\">%s</p></div>") % (
                esc(r["author"]), r["time"].strftime("%Y-%m-%dT%H:%M:%S"), mon(r["time"])[:3], r["time"].day, r["time"].year, "<br><br>".join(esc(p) for p in r["paras"]))
        out.append(("<article class=\"paper_paper__1PY90 styles_reviewCard__hcAvl\"><div class=\"styles_consumerDetailsWrapper__p2wdr\"><a href=\"/users/%x\" class=\"link_internal__7XN06\">"
                    "<span class=\"typography_heading-xxs__QKBS8 styles_consumerName__dP8Um\">%s</span><div class=\"styles_consumerExtraDetails__fxS4S\"><span class=\"typography_body-m__xgxZ_\">%d reviews</span>"
                    "<div class=\"typography_body-m__xgxZ_\"><span>GB</span></div></div></a></div><section class=\"styles_reviewContentwrapper__zH_9M\"><div class=\"styles_reviewHeader__iU9Px\" data-service-review-rating=\"%d\">"
                    "<img src=\"/stars-%d.svg\" alt=\"Rated %d out of 5 stars\"><time datetime=\"%s.000Z\" class=\"\">%s %d, %d</time></div>"
                    "<div class=\"styles_reviewContent__0Q2Tg\"><h2 class=\"typography_heading-s__f7029\">%s</h2><p class=\"typography_body-l__KUYFJ\" data-service-review-text-typography=\"true\">%s</p>"
                    "<p class=\"typography_body-m__xgxZ_\"><b>Date of experience:</b> %s %d, %d</p></div><div class=\"styles_reviewFooter__HLzMj\"><button>Useful</button> <button>Share</button></div>%s</section></article>") % (
            R.randint(0x100000, 0xffffff), esc(c["author"]), R.randint(1, 40), R.randint(1, 5), R.randint(1, 5), R.randint(1, 5), t.strftime("%Y-%m-%dT%H:%M:%S"), mon(t)[:3], t.day, t.year,
            esc(subject_of(c)), "<br><br>".join(esc(p) for p in c["paras"]), mon(t), max(1, t.day - 2), t.year, ans))
    body = ("<header class=\"styles_header__\"><a>Trustpilot-ish</a> <a>Write a review</a> <a>Categories</a> <a>Blog</a></header>"
            "<h1>Eastbrook Lido Trust</h1><p>Reviews %d &middot; Excellent</p><p>%s</p><section class=\"styles_reviewsContainer__3_GQw\">%s</section>"
            "<nav><a>Previous page</a> <a>1</a> <a>Next page</a></nav><footer><a>Legal</a> <a>Privacy Policy</a></footer>") % (len(kids(cs, None)), esc(STORY[1]), "".join(out))
    return site("Eastbrook Lido Trust is rated \"Great\" with 4.1 / 5 on Trustpilot-ish", body)


def gmaps(cs):
    """Google-Maps-like reviews: hashed classes, 'Local Guide · 45 reviews · 120 photos', a star span with aria-label,
    a relative date ('2 weeks ago'), the text, a 'Like' count; 'Response from the owner' and its relative date."""
    out = []
    for i in kids(cs, None):
        c = cs[i]
        ans = ""
        for k in kids(cs, i):
            r = cs[k]
            ans += ("<div class=\"CDe7pd\"><div class=\"nM6d2c\"><span class=\"fontTitleSmall\">Response from the owner</span> <span class=\"DZSIDd\">%s</span></div>"
                    "<div class=\"wiI7pd\">%s</div></div>") % (base.ago(r["time"], NOW), " ".join(esc(p) for p in r["paras"]))
        out.append(("<div class=\"jftiEf fontBodyMedium\" data-review-id=\"Ch%dSUhN\" aria-label=\"%s\"><div class=\"WNxzHc\"><button class=\"al6Kxe\"><div class=\"d4r55\">%s</div>"
                    "<div class=\"RfnDt\">%s</div></button></div><div class=\"DU9Pgb\"><span class=\"kvMYJc\" role=\"img\" aria-label=\"%d stars\"></span><span class=\"rsqaWe\">%s</span></div>"
                    "<div class=\"MyEned\"><span class=\"wiI7pd\">%s</span></div><div class=\"GBkF3d\"><button aria-label=\"Like\"><span class=\"pkWtMe\">%s</span></button> <button aria-label=\"Share\"></button></div>%s</div>") % (
            R.randint(1000, 9999), esc(c["author"]), esc(c["author"]), R.choice(["Local Guide &middot; %d reviews &middot; %d photos" % (R.randint(10, 300), R.randint(0, 500)), "%d reviews" % R.randint(1, 9)]),
            R.randint(1, 5), base.ago(c["time"], NOW), " ".join(esc(p) for p in c["paras"]), c["likes"] or "", ans))
    body = ("<div role=\"main\" aria-label=\"Eastbrook Lido\"><h1 class=\"DUwDvf\">Eastbrook Lido</h1><div class=\"F7nice\">4.3 (%d)</div><div class=\"skqShb\">Swimming pool &middot; Park Road</div>"
            "<p>%s</p><div class=\"m6QErb\" aria-label=\"Reviews\"><h2>Reviews</h2><div class=\"PPCwl\">Sort: Newest</div>%s</div></div>") % (len(kids(cs, None)), esc(STORY[0]), "".join(out))
    return site("Eastbrook Lido - Google Maps-ish", body)


def lemonde(cs):
    """Le-Monde-like French news: 'pseudo' names, 'Le 21 novembre 2026 à 14h14', 'Répondre', 'J'aime (4)'; replies
    inside a 'reponses' block under their comment (one level)."""
    def one(c, cls):
        t = c["time"]
        return ("<div class=\"%s\"><p class=\"comment__header\"><span class=\"comment__author\">%s</span> <span class=\"comment__date\">Le %d %s %d à %dh%02d</span></p>"
                "<div class=\"comment__content\">%s</div><p class=\"comment__actions\"><a>Répondre</a> &middot; <a>Signaler</a> &middot; <span>J'aime (%d)</span></p>") % (
            cls, esc(c["author"]), t.day, FR_MON[t.month - 1], t.year, t.hour, t.minute, paras(c), c["likes"])
    out = []
    for i in kids(cs, None):
        reps = "".join(one(cs[k], "comment comment--reply") + "</div>" for k in kids(cs, i))
        out.append(one(cs[i], "comment") + ("<div class=\"comment__reponses\">%s</div>" % reps if reps else "") + "</div>")
    body = ("<header><a class=\"logo\">Le Quotidien d'Eastbrook</a><nav><a>International</a> <a>Planète</a> <a>Sports</a> <a>Culture</a></nav></header>"
            "<main><article class=\"article\"><h1>%s</h1><p class=\"meta\">Par Nell Hargreaves &middot; Publié le 2 décembre 2026 à 07h10</p>%s</article>"
            "<section id=\"comments\"><h2>Contributions</h2><p class=\"info\">Bienvenue dans l'espace des contributions. Pour contribuer, connectez-vous.</p>%s"
            "<a class=\"more\">Voir plus de contributions</a></section></main><footer><a>Mentions légales</a> <a>Nous contacter</a></footer>") % (
        esc(STORY_T), "".join("<p>%s</p>" % esc(p) for p in STORY), "".join(out))
    return site("Eastbrook : la piscine fermée deux étés", body, "fr")


def elpais(cs):
    """El-País-like Spanish news: relative Spanish times ('hace 3 horas'), 'Responder', likes as 'n Me gusta'; replies
    in a 'respuestas' list under their comment, marked by a depth data attribute."""
    def one(c, depth):
        d = NOW - c["time"]
        h = int(d.total_seconds() // 3600)
        when = "hace %d hora%s" % (h, "" if h == 1 else "s") if h < 24 else "hace %d día%s" % (d.days, "" if d.days == 1 else "s")
        return ("<li class=\"c_c\" data-depth=\"%d\"><div class=\"c_h\"><strong class=\"c_a\">%s</strong> <span class=\"c_t\">%s</span></div><div class=\"c_tx\">%s</div>"
                "<div class=\"c_f\"><button>Responder</button> <button class=\"c_l\">%d Me gusta</button></div>") % (
            depth, esc(c["author"]), when, paras(c), c["likes"])

    def tree(i, depth):
        sub = "".join(tree(k, depth + 1) for k in kids(cs, i))
        return one(cs[i], depth) + ("<ul class=\"c_r\">%s</ul>" % sub if sub else "") + "</li>"
    body = ("<header><a class=\"logo\">EL DIARIO DE EASTBROOK</a><nav><a>Internacional</a> <a>Opinión</a> <a>Deportes</a></nav></header>"
            "<main><article><h1>%s</h1><p class=\"a_au\">Nell Hargreaves &middot; Eastbrook - 02 dic 2026 - 08:10 CET</p>%s</article>"
            "<section class=\"comentarios\"><h2>Comentarios</h2><p>Normas &middot; Más información</p><ul class=\"c_l0\">%s</ul></section></main>"
            "<footer><a>Aviso legal</a> <a>Contacto</a></footer>") % (esc(STORY_T), "".join("<p>%s</p>" % esc(p) for p in STORY),
                                                                      "".join(tree(i, 0) for i in kids(cs, None)))
    return site("La piscina de Eastbrook cerrará dos veranos | Eastbrook", body, "es")


def implied(gold, cs):
    """A relative time names a date, not the one the comment was written on: gold keeps what the page says."""
    for gc, c in zip(gold["comments"], cs):
        d = NOW - c["time"]
        day = (NOW - dt.timedelta(hours=int(d.total_seconds() // 3600))).date() if d.days < 1 else NOW.date() - dt.timedelta(days=d.days)
        gc["time"] = day.isoformat()
    return gold


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
    cs = base.thread(11, nested=False, likes=False)
    write("coppermine", coppermine(cs), g("coppermine", "coppermine-like", cs, False, False,
          note="each comment a table: name cell and date cell side by side in the first row, text in the second; '[Report]' is no text; flat"))
    cs = base.thread(12, max_depth=2, likes=False, p_reply=0.5)
    write("e107", e107(cs), g("e107", "e107-like", cs, False, False,
          note="each comment a table: name cell and 'Sat Nov 21 2026, 02:14PM' cell in the header row, text row below; replies one table deeper behind an indent cell"))
    cs = base.thread(11, max_depth=1, likes=False, p_reply=0.35)
    write("guestbook", guestbook(cs), g("guestbook", "advanced-guestbook-like", cs, False, False,
          note="one table row per entry: writer's cell (name, town, icons) left, 'Date: Saturday, 21 November 2026 - 14:14' and the message right; the keeper's 'Admin reply by X' inside the entry is a reply"))
    cs = base.thread(10, max_depth=1, likes=False, p_reply=0.35)
    write("yelp", yelp(cs), g("yelp", "yelp-like", cs, False, False, times="date",
          note="reviews: name link, town, friend/review counts (no name), star rating in aria-label, '11/21/2026' date; 'Comment from X of Y' + 'Business Owner' answer under the review; 'Useful n' not counted"))
    cs = base.thread(10, max_depth=1, likes=False, p_reply=0.4)
    write("trustpilot", trustpilot(cs), g("trustpilot", "trustpilot-like", cs, False, False,
          note="reviews: consumer name + 'n reviews' + country, rating image, <time datetime>, title (not text), 'Date of experience:' (not the time, not text); 'Reply from X' answer under the review"))
    cs = base.thread(10, nested=False, spread=(60, 900))
    write("gmaps", gmaps(cs), implied(g("gmaps", "google-maps-like", cs, False, True, fetched=NOW, times="date", zero_shown=False,
          note="reviews with hashed classes: name, 'Local Guide · n reviews' (no name), 'n stars' aria-label, 'n days ago' relative (gold: the date it names); 'Like' count (none for 0); flat"), cs))
    cs = base.thread(12, max_depth=1, p_reply=0.5)
    write("lemonde", lemonde(cs), g("lemonde", "lemonde-like", cs, False, True,
          note="French chrome and dates ('Le 21 novembre 2026 à 14h14'), English comment text; 'J'aime (n)' is likes; replies in a 'reponses' block (one level)"))
    cs = base.thread(12, max_depth=2, p_reply=0.5)
    write("elpais", elpais(cs), implied(g("elpais", "elpais-like", cs, False, True, fetched=NOW, times="date",
          note="Spanish chrome, relative Spanish times ('hace 3 horas', 'hace 2 días'; gold: the date they name), 'n Me gusta' is likes; replies in nested ul.c_r with data-depth; English comment text"), cs))
    print("\n".join(written))


if __name__ == "__main__":
    write_all()
