#!/usr/bin/python3
"""Writes the FOURTH held-out round of thread pages: comment and forum systems that no earlier gold set covers
(../threads, ../heldout, ../heldout2, ../heldout3, ../heldout3-text): Waline (replies flattened under the root with an
'@name' link naming the parent), Artalk (nested children, 'Up (n)'), Talkyard (dw-t / dw-p, display name and @username),
a Guardian-style news CMS (d-comment, responses flattened under the top comment, 'in reply to X'), MetaFilter (the
byline after the text), Tildes (comment-tree, 'Vote (n)'), Discourse's embedded comments (flat, 'in-reply-to'), a
Bluesky thread (React Native Web: inline styles and data-testid only), Wix comments (data-hook attributes, hashed
classes), GitLab issue discussions (notes, replies in a discussion), and forums where every message is a post:
vBulletin 5 ('Originally posted by X' quotes) and Bugzilla ('(In reply to X from comment #n)', text in <pre>).
Four pages test the comment-section status: comments loaded by script (Disqus embed, Facebook plugin embed),
comments only in a Next.js data blob, and a page whose comments are closed.
Three news pages (news/) in the format of ../news test the article body.

Each in a full page with the clutter real sites carry, and beside each the gold JSON, in the format of ../heldout3.
Written and measured BEFORE any extraction rule was changed for them (README.md). Other topic, names and sentences
than the earlier rounds (a ferry timetable cut). Fixed seed: the same pages every run.
Usage: make_heldout4_pages.py [OUT_DIR]"""
import datetime as dt
import html
import json
import os
import random
import sys

R = random.Random(20261208)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

SUBJECTS = ["the winter ferry timetable", "the 7.10 sailing", "the harbour car park charges", "the island school run",
            "the freight booking system", "the new terminal building", "the pier repairs", "the foot passenger fares",
            "the relief vessel", "the harbour master's office", "the late sailing on Fridays", "the residents' discount card",
            "the slipway at Carrick", "the ticket machines", "the weather cancellations", "the summer timetable"]
VIEWS = ["was announced without a single public meeting", "will cost island families a fortune",
         "looks reasonable once you read the detail", "should wait until the new boat arrives",
         "is exactly what the operator wanted all along", "has worked better than anyone expected",
         "hits the people who commute for work hardest", "is mostly a problem of communication",
         "makes no sense without a proper bus connection", "has been delayed for three winters running",
         "gets blamed for the operator's staffing problems", "needs an independent review before March"]
ASIDES = ["I have taken that crossing twice a day for eleven years.", "The consultation was open for nine days in August.",
          "My sister runs the café by the slipway.", "The board papers are public if you ask for them.",
          "Nobody talks about the livestock lorries.", "It was cancelled fourteen times last January.",
          "I timed the queue myself on Saturday.", "The petition reached two thousand names in a week.",
          "Try it with a pushchair and two bags of shopping.", "I would love to be proved wrong.",
          "The 2018 timetable was far kinder to us.", "The crew do their best in awful weather."]
STARTS = ["Honestly", "As an islander", "In fairness", "Call me old-fashioned, but", "Living right above the pier",
          "Having worked on the boats", "If the leaflet is right", "Speaking as a B&B owner", "Practically speaking",
          "Just so it is said", "Strangely", "Unfortunately"]
NAMES = ["Morag Sinclair", "saltmarsh", "Tomasz Wójcik", "puffin_watch", "Adaeze Okafor", "deckhand_dan", "Lachlan R.",
         "Niamh", "Björn Aas", "ferryfan82", "Catriona", "Ravi Menon", "harbourlights", "Eilidh M", "Yusuf K",
         "tidetable_tess", "Gwen", "barnacle", "Lucía Romero", "Hamish D."]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
NOW = dt.datetime(2026, 11, 30, 9, 40)  # fetch time of the pages with relative or year-less times ("fetchedAt")

STORY = ["The ferry operator will cut the winter timetable to the island from six return sailings a day to four from "
         "January, dropping the early 7.10 crossing that commuters and the secondary school rely on.",
         "The company told the harbour board on Monday that it cannot crew six sailings while one of its two vessels is "
         "in dry dock. It says the full timetable will return when the relief boat is chartered in April.",
         "Island councillors say the cut was decided without consultation, and have asked the transport minister to "
         "step in. The school says pupils would miss the first lesson on four days a week.",
         "A public meeting will be held in the Carrick village hall on 12 December, and the operator has promised a "
         "revised timetable before Christmas."]


def esc(s):
    return html.escape(s, quote=True)


def para():
    s = "%s, %s %s. %s" % (R.choice(STARTS), R.choice(SUBJECTS), R.choice(VIEWS), R.choice(ASIDES))
    return s[0].upper() + s[1:]


def thread(n, nested=True, max_depth=3, likes=True, start=None, spread=(4, 200)):
    """n comments in depth-first page order, each with parent index (or None), depth, author, time, likes, paras."""
    out = []
    t = start or dt.datetime(2026, 11, R.randint(14, 24), R.randint(6, 12), R.randint(0, 59))
    for i in range(n):
        parent = None
        if nested and out and R.random() < 0.5:
            chain, j = [], len(out) - 1
            while j is not None:
                chain.append(j)
                j = out[j]["parent"]
            chain = [c for c in chain if out[c]["depth"] < max_depth]
            if chain:
                parent = R.choice(chain)
        t = t + dt.timedelta(minutes=R.randint(*spread))
        author = R.choice([a for a in NAMES if not out or a != out[-1]["author"]])
        out.append({"parent": parent, "depth": 0 if parent is None else out[parent]["depth"] + 1, "author": author,
                    "time": t, "likes": R.randint(0, 60) if likes else None,
                    "paras": [para() for _ in range(R.choice([1, 1, 2, 2, 3]))], "quote": None})
    order = []

    def visit(p):
        for j, c in enumerate(out):
            if c["parent"] == p:
                order.append(j)
                visit(j)
    visit(None)
    remap = {old: new for new, old in enumerate(order)}
    res = []
    for old in order:
        c = dict(out[old])
        c["parent"] = None if c["parent"] is None else remap[c["parent"]]
        c["id"] = 73000 + remap[old] * 13
        res.append(c)
    return res


def forum_thread(n, likes=False, start=None, quoting=True, opener="Morag Sinclair"):
    """An opening post and n replies, flat; a reply quotes an earlier post (its parent) with probability 0.35."""
    cs = thread(n, nested=False, likes=likes, start=start, spread=(10, 400))
    first = {"parent": None, "depth": 0, "author": opener, "time": cs[0]["time"] - dt.timedelta(hours=2, minutes=13),
             "likes": R.randint(0, 60) if likes else None,
             "paras": [STORY[0], "Does anyone know whether the relief boat is actually booked? " + STORY[2]],
             "quote": None, "id": 72999}
    cs = [first] + cs
    for i, c in enumerate(cs):
        if i > 1 and quoting and R.random() < 0.35:
            c["parent"] = R.randrange(i)
            c["quote"] = cs[c["parent"]]["paras"][0]
    return cs


def kids(cs, i):
    return [j for j, c in enumerate(cs) if c["parent"] == i]


def descendants(cs, i):
    out = []
    for k in kids(cs, i):
        out.append(k)
        out.extend(descendants(cs, k))
    return out


def root_of(cs, i):
    while cs[i]["parent"] is not None:
        i = cs[i]["parent"]
    return i


def mon(t):
    return MONTHS[t.month - 1]


def ampm(t, sep=" "):
    return "%d:%02d%s%s" % (t.hour % 12 or 12, t.minute, sep, "AM" if t.hour < 12 else "PM")


def ago(t, now=NOW):
    d = now - t
    m = int(d.total_seconds() // 60)
    if m < 60:
        return "%d minutes ago" % m
    if m < 1440:
        return "%d hour%s ago" % (m // 60, "" if m // 60 == 1 else "s")
    return "%d day%s ago" % (d.days, "" if d.days == 1 else "s")


def short_ago(t, now=NOW):
    d = now - t
    m = int(d.total_seconds() // 60)
    return "%dm" % m if m < 60 else "%dh" % (m // 60) if m < 1440 else "%dd" % d.days


def epoch(t):
    return int((t - dt.datetime(1970, 1, 1)).total_seconds())


def paras(c, tag="p", cls=None):
    open_ = "<%s class=\"%s\">" % (tag, cls) if cls else "<%s>" % tag
    return "".join("%s%s</%s>" % (open_, esc(p), tag) for p in c["paras"])


def chrome(title, body, sidebar=True):
    """A whole page: consent bar, navigation, ad slots, a 'most popular' rail, newsletter box and footer around the body."""
    most = "".join("<li><a href=\"/news/%d\">%s</a></li>" % (700 + k, esc(s[0].upper() + s[1:] + ": your questions answered"))
                   for k, s in enumerate(R.sample(SUBJECTS, 5)))
    side = ("<aside class=\"rail\"><section class=\"most-popular\"><h3>Most popular</h3><ol>%s</ol></section>"
            "<div class=\"advert advert--mpu\" data-slot=\"rail\"><span>Advertisement</span></div>"
            "<section class=\"signup\"><h3>The Harbour Bulletin</h3><p>Island news in your inbox every Friday.</p>"
            "<form><input type=\"email\" placeholder=\"Email address\"><button>Subscribe</button></form></section></aside>") % most if sidebar else ""
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title>"
            "<meta name=\"viewport\" content=\"width=device-width\"></head><body>"
            "<div class=\"consent-banner\" role=\"dialog\"><p>We and our partners use cookies to personalise content and ads.</p>"
            "<button>Agree</button> <button>Options</button></div>"
            "<header class=\"site-header\"><a class=\"brand\" href=\"/\">The Harrowby Courier</a><nav class=\"main-nav\"><ul>"
            "<li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li><li><a href=\"/islands\">Islands</a></li>"
            "<li><a href=\"/business\">Business</a></li><li><a href=\"/sport\">Sport</a></li><li><a href=\"/opinion\">Opinion</a></li></ul></nav>"
            "<form class=\"search\"><input name=\"q\" placeholder=\"Search\"></form></header>"
            "<div class=\"advert advert--billboard\" data-slot=\"top\"><span>Advertisement</span></div>"
            "<div class=\"page\"><main class=\"page-main\">%s</main>%s</div>"
            "<section class=\"more-stories\"><h3>More stories</h3><ul><li><a href=\"/news/41\">Harbour dredging to start in spring</a></li>"
            "<li><a href=\"/news/42\">Carrick pier reopens to anglers</a></li><li><a href=\"/news/43\">Island GP surgery hours extended</a></li></ul></section>"
            "<footer class=\"site-footer\"><ul><li><a href=\"/contact\">Contact us</a></li><li><a href=\"/advertise\">Advertise</a></li>"
            "<li><a href=\"/privacy\">Privacy notice</a></li><li><a href=\"/terms\">Terms of use</a></li></ul>"
            "<p>&copy; 2026 Harrowby Courier Media Ltd.</p></footer></body></html>") % (esc(title), body, side)


def story(title="Winter ferry timetable cut to four sailings a day"):
    return ("<article class=\"story\"><h1 class=\"story-title\">%s</h1><p class=\"story-byline\">By <a href=\"/staff/ruth-mackie\">Ruth Mackie</a>, "
            "Islands correspondent &middot; <time datetime=\"2026-11-13T07:30\">13 November 2026</time></p>"
            "<figure><img src=\"/img/ferry.jpg\" alt=\"\"><figcaption>The morning ferry leaving Carrick. Photo: Courier</figcaption></figure>"
            "<div class=\"story-body\">%s</div><div class=\"share-bar\"><a>Share</a> <a>Post</a> <a>Email</a></div></article>") % (
        esc(title), "".join("<p>%s</p>" % esc(p) for p in STORY))


def page_wrap(title, body):
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title></head><body>%s</body></html>" % (esc(title), body)


def handle(name):
    return name.replace(" ", "").replace(".", "").lower()


# ---------------------------------------------------------------- comment systems

def waline(cs):
    """Waline v3, rendered: div.wl-card-item with a.wl-nick, span.wl-time (YYYY-MM-DD), a like button holding the
    count (none shown for 0), a meta line of region / browser / OS (not text); every reply is flattened into the
    root comment's div.wl-quote, and a reply to a reply starts with an '@name' link to its parent, then ' : '."""
    def card(i, top):
        c = cs[i]
        at = ""
        if not top and cs[c["parent"]]["parent"] is not None:
            p = cs[c["parent"]]
            at = "<a class=\"at\" href=\"#%d\">@%s</a> : " % (p["id"], esc(p["author"]))
        body = "".join("<p>%s%s</p>" % (at if k == 0 else "", esc(x)) for k, x in enumerate(c["paras"]))
        quote = ""
        if top and descendants(cs, i):
            quote = "<div class=\"wl-quote\">%s</div>" % "".join(card(k, False) for k in descendants(cs, i))
        badge = "<span class=\"wl-badge\">Blogger</span>" if c["author"] == "Niamh" else ""
        return ("<div class=\"wl-card-item\" id=\"%d\"><div class=\"wl-user\" aria-hidden=\"true\"><img class=\"wl-user-avatar\" src=\"https://seccdn.example/avatar/%d?d=mp\"></div>"
                "<div class=\"wl-card\"><div class=\"wl-head\"><a class=\"wl-nick\" href=\"https://%s.example\" target=\"_blank\" rel=\"nofollow noopener noreferrer\">%s</a>%s"
                "<span class=\"wl-time\">%s</span><button type=\"button\" class=\"wl-like\" title=\"Like\"><svg viewBox=\"0 0 1024 1024\" width=\"16\" height=\"16\"></svg>%s</button>"
                "<button type=\"button\" class=\"wl-reply\" title=\"Reply\"><svg viewBox=\"0 0 1024 1024\" width=\"20\" height=\"20\"></svg></button></div>"
                "<div class=\"wl-meta\" aria-hidden=\"true\"><span class=\"wl-addr\">%s</span><span class=\"wl-browser\">%s</span><span class=\"wl-os\">%s</span></div>"
                "<div class=\"wl-content\">%s</div>%s</div></div>") % (
            c["id"], c["id"] % 17, handle(c["author"]), esc(c["author"]), badge, c["time"].strftime("%Y-%m-%d"),
            c["likes"] if c["likes"] else "", R.choice(["Glasgow", "Oban", "Inverness", "Aberdeen"]),
            R.choice(["Chrome 121.0.0.0", "Firefox 120.0", "Safari 17.1"]), R.choice(["Windows 10", "Mac OS 10.15.7", "Android 14", "iOS 17.1"]),
            body, quote)
    body = story() + ("<div id=\"waline\" data-waline=\"\"><div class=\"wl-comment\"><div class=\"wl-login-info\"><div class=\"wl-avatar\"><button class=\"wl-login\">Login</button></div></div>"
                      "<div class=\"wl-panel\"><div class=\"wl-header item3\"><div class=\"wl-header-item\"><label for=\"wl-nick\">Nickname</label><input id=\"wl-nick\" class=\"wl-input wl-nick\" name=\"nick\"></div>"
                      "<div class=\"wl-header-item\"><label for=\"wl-mail\">Email</label><input id=\"wl-mail\" class=\"wl-input wl-mail\" name=\"mail\"></div>"
                      "<div class=\"wl-header-item\"><label for=\"wl-link\">Website</label><input id=\"wl-link\" class=\"wl-input wl-link\" name=\"link\"></div></div>"
                      "<textarea id=\"wl-edit\" class=\"wl-editor\" placeholder=\"Comment\"></textarea><div class=\"wl-footer\"><div class=\"wl-info\"><span class=\"wl-text-number\">0</span>"
                      "<button type=\"submit\" class=\"wl-btn primary\">Submit</button></div></div></div></div>"
                      "<div class=\"wl-meta-head\"><div class=\"wl-count\"><span>%d</span> Comments</div><ul class=\"wl-sort\"><li class=\"active\">Latest</li><li>Oldest</li><li>Hottest</li></ul></div>"
                      "<div class=\"wl-cards\">%s</div><div class=\"wl-power\">Powered by <a href=\"https://github.com/walinejs/waline\">Waline</a> v3.1.3</div></div>") % (
        len(cs), "".join(card(i, True) for i in kids(cs, None)))
    return chrome("Winter ferry timetable cut to four sailings a day | The Harrowby Courier", body)


def artalk(cs):
    """Artalk, rendered in nested mode: div.atk-comment-wrap > div.atk-comment (header with nick link, badge, a date
    with the epoch in data-atk-comment-date, user-agent chips) and div.atk-comment-children holding the replies;
    'Up (n)' vote button."""
    def one(i):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k) for k in kids(cs, i))
        badge = "<span class=\"atk-badge-wrap\"><span class=\"atk-badge\" style=\"background:#0083ff\">Admin</span></span>" if c["author"] == "Gwen" else ""
        return ("<div class=\"atk-comment-wrap\" data-comment-id=\"%d\"><div class=\"atk-comment\"><div class=\"atk-avatar\"><img src=\"https://cravatar.example/avatar/%d?d=mp&amp;s=80\"></div>"
                "<div class=\"atk-main\"><div class=\"atk-header\"><span class=\"atk-item atk-nick\"><a href=\"https://%s.example\" target=\"_blank\" rel=\"noreferrer noopener nofollow\">%s</a></span>%s"
                "<span class=\"atk-item atk-date\" data-atk-comment-date=\"%d000\">%s</span>"
                "<span class=\"atk-item atk-ua-wrap\"><span class=\"atk-ua ua-browser\">%s</span><span class=\"atk-ua ua-os\">%s</span></span></div>"
                "<div class=\"atk-body\"><div class=\"atk-content\">%s</div></div>"
                "<div class=\"atk-footer\"><div class=\"atk-actions\"><span class=\"atk-common-action-btn\">Up (%d)</span><span class=\"atk-common-action-btn\">Down (0)</span>"
                "<span class=\"atk-common-action-btn\">Reply</span></div></div></div></div>%s</div>") % (
            c["id"], c["id"] % 23, handle(c["author"]), esc(c["author"]), badge, epoch(t), t.strftime("%Y-%m-%d %H:%M"),
            R.choice(["Chrome 121", "Firefox 120", "Edge 120"]), R.choice(["Windows 10", "macOS 14", "Linux"]), paras(c), c["likes"],
            "<div class=\"atk-comment-children\">%s</div>" % sub if sub else "")
    body = ("<div class=\"blog\"><header class=\"blog-header\"><a href=\"/\">Notes from the Sound</a><nav><a>Archive</a> <a>Photos</a> <a>About</a></nav></header>"
            "<main><article class=\"post\"><h1 class=\"post-title\">What four sailings a day will mean for us</h1><div class=\"post-meta\">Gwen &middot; 16 November 2026 &middot; <a>Island life</a></div>"
            "<div class=\"post-content\">%s<p>We have started a spreadsheet of who needs which crossing; add yourself below.</p></div></article>"
            "<div id=\"Comments\" class=\"artalk atk-dark-mode-off\"><div class=\"atk-main-editor\"><div class=\"atk-header\"><input placeholder=\"Nickname\"><input placeholder=\"Email\"><input placeholder=\"Link (optional)\"></div>"
            "<div class=\"atk-textarea-wrap\"><textarea class=\"atk-textarea\" placeholder=\"Leave a comment\"></textarea></div><div class=\"atk-bottom\"><button class=\"atk-send-btn\">Send</button></div></div>"
            "<div class=\"atk-list\"><div class=\"atk-list-header\"><div class=\"atk-comment-count\"><span class=\"atk-text\"><span class=\"atk-comment-count-num\">%d</span> Comments</span></div>"
            "<div class=\"atk-right-action\"><span>Sort</span></div></div><div class=\"atk-list-body\"><div class=\"atk-list-comments\">%s</div></div>"
            "<div class=\"atk-list-footer\"><div class=\"atk-copyright\">Powered By <a href=\"https://artalk.js.org\">Artalk</a></div></div></div></div></main>"
            "<footer><p>&copy; 2026 Gwen &middot; Made with Hexo</p></footer></div>") % (
        "".join("<p>%s</p>" % esc(p) for p in STORY[:2]), len(cs), "".join(one(i) for i in kids(cs, None)))
    return page_wrap("What four sailings a day will mean for us - Notes from the Sound", body)


def talkyard(cs):
    """Talkyard embedded comments, rendered: div.dw-t threads with div.dw-p posts (a.dw-p-by with the full name in
    span.esP_By_F and '@username' in span.esP_By_U), a relative time with the ISO time in its title, post actions
    with 'n Likes' (none for 0), replies in ol.dw-res > li."""
    def one(i, depth):
        c = cs[i]
        sub = "".join("<li>%s</li>" % one(k, depth + 1) for k in kids(cs, i))
        likes = "<span class=\"dw-p-as-likes\"><a class=\"dw-a dw-a-like icon-heart\" title=\"Like this\"></a><span class=\"esP_As_Lks\">%d Like%s</span></span>" % (
            c["likes"], "" if c["likes"] == 1 else "s") if c["likes"] else "<a class=\"dw-a dw-a-like icon-heart\" title=\"Like this\"></a>"
        return ("<div class=\"dw-t dw-depth-%d esThread\" id=\"dw-t-%d\"><div class=\"dw-p esP\" id=\"post-%d\">"
                "<div class=\"dw-p-hd esP_H\"><a class=\"esAvtr esAvtr-ltr-%s\" href=\"/-/users/%s\"><span>%s</span></a>"
                "<a class=\"dw-p-by esP_By\" href=\"/-/users/%s\"><span class=\"esP_By_F\">%s</span> <span class=\"esP_By_U\"><span class=\"esP_By_U_at\">@</span>%s</span></a>"
                "<span class=\"esP_H_At\"><span class=\"dw-ago\" title=\"%s:00Z\">%s</span></span></div>"
                "<div class=\"dw-p-bd\"><div class=\"dw-p-bd-blk esP_B\">%s</div></div></div>"
                "<div class=\"esPA dw-p-as\"><a class=\"dw-a dw-a-reply icon-reply\">Reply</a>%s<a class=\"dw-a dw-a-more icon-menu\"></a></div>"
                "%s</div>") % (
            depth, c["id"], c["id"], c["author"][0].lower(), handle(c["author"]), c["author"][0].upper(), handle(c["author"]), esc(c["author"]),
            handle(c["author"]), c["time"].strftime("%Y-%m-%dT%H:%M"), ago(c["time"]), paras(c), likes,
            "<ol class=\"dw-res\">%s</ol>" % sub if sub else "")
    body = story("Four sailings a day: what the operator told the harbour board") + (
        "<div class=\"talkyard-comments\"><div id=\"esPageColumn\"><div class=\"dw-page\" data-page_id=\"114\">"
        "<div class=\"esTopbar\"><span class=\"esTopbar_pageTitle\">Comments</span><a class=\"esTopbar_logIn\">Log in</a></div>"
        "<div class=\"dw-cmts-tlbr esMetabar\"><span class=\"dw-cmts-count\">%d comments</span><a class=\"dw-a-notfs\">Notifications</a></div>"
        "<div class=\"dw-t dw-depth-0 dw-hz\"><div class=\"dw-t-vspace\"></div><ol class=\"dw-res dw-singlereplies\">%s</ol></div>"
        "<div class=\"esEmbCmts_Powered\">Comments powered by <a href=\"https://www.talkyard.io\">Talkyard</a>.</div></div></div></div>") % (
        len(cs), "".join("<li>%s</li>" % one(i, 1) for i in kids(cs, None)))
    return chrome("Four sailings a day: what the operator told the harbour board | The Harrowby Courier", body)


def guardian(cs):
    """Guardian-style discussion: li.d-comment (data-comment-author) with the name, a 'in reply to X' link to the
    parent (responses only), time.js-timestamp '21 Nov 2026 14.03', d-comment__body, a recommend count; every
    response is flattened into the top comment's ul.d-thread--responses."""
    def one(i, top):
        c = cs[i]
        t = c["time"]
        reply_to = ""
        if not top:
            p = cs[c["parent"]]
            reply_to = ("<div class=\"d-comment__reply-to-author\"><a href=\"#comment-%d\" class=\"js-discussion-author-link\" data-link-name=\"in body link\">"
                        "<span class=\"inline-reply-grey inline-icon\"><svg width=\"18\" height=\"18\"></svg></span><span class=\"u-h\">in reply to </span>%s</a></div>") % (p["id"], esc(p["author"]))
        responses = ""
        if top and descendants(cs, i):
            responses = ("<ul class=\"d-thread d-thread--responses\">%s</ul>" % "".join(one(k, False) for k in descendants(cs, i)))
        staff = "<span class=\"d-comment__staff\">Staff</span>" if c["author"] == "Ravi Menon" else ""
        return ("<li class=\"d-comment %s\" id=\"comment-%d\" data-comment-id=\"%d\" data-comment-author=\"%s\" data-comment-author-id=\"%d\" data-comment-timestamp=\"%d000\" itemscope=\"\" itemtype=\"http://schema.org/Comment\">"
                "<div class=\"d-comment__inner d-comment__inner--%s\"><div class=\"d-comment__meta\"><div class=\"d-comment__avatar-wrapper\"><img class=\"d-comment__avatar\" src=\"https://avatar.example/user/%d\" alt=\"\"></div>"
                "<div class=\"d-comment__meta-text\"><span class=\"d-comment__author\" itemprop=\"author\" itemscope=\"\" itemtype=\"http://schema.org/Person\"><a href=\"https://profile.example/user/id/%d\" title=\"View profile\"><span itemprop=\"name\">%s</span></a></span>%s%s"
                "<div class=\"d-comment__timestamp\"><a href=\"https://discussion.example/comment-permalink/%d\" class=\"d-comment__timestamp js-timestamp\" itemprop=\"url\" title=\"Link to this comment\">"
                "<time itemprop=\"dateCreated\" datetime=\"%s:00Z\" data-timestamp=\"%d000\" data-relativeformat=\"med\">%d %s %d %d.%02d</time></a></div></div></div>"
                "<div class=\"d-comment__content\"><div class=\"d-comment__main\"><div class=\"d-comment__body\" itemprop=\"text\">%s</div></div>"
                "<div class=\"d-comment__actions\"><div class=\"d-comment__recommend js-recommend-comment\" title=\"%d recommendations\" data-comment-id=\"%d\">"
                "<span class=\"d-comment__recommend-count--old\">%d</span><span class=\"d-comment__recommend-pulse\"></span><span class=\"u-h\">Recommend</span></div>"
                "<button class=\"u-button-reset d-comment__action d-comment__action--reply js-discussion-reply\">Reply</button><a class=\"d-comment__action d-comment__action--share\">Share</a>"
                "<a class=\"d-comment__action d-comment__action--report\">Report</a></div></div></div>%s</li>") % (
            "d-comment--top-level" if top else "d-comment--response", c["id"], c["id"], esc(c["author"]), 9000 + c["id"], epoch(t),
            "top-level" if top else "response", c["id"] % 31, 9000 + c["id"], esc(c["author"]), staff, reply_to, c["id"], t.strftime("%Y-%m-%dT%H:%M"), epoch(t),
            t.day, mon(t)[:3], t.year, t.hour, t.minute, paras(c), c["likes"], c["id"], c["likes"], responses)
    body = story("Islanders say ferry cut will 'empty the school'") + (
        "<div id=\"comments\" class=\"discussion\"><div class=\"discussion__heading\"><h2 class=\"container__title\">Comments <span class=\"discussion__comment-count\">(%d)</span></h2></div>"
        "<div class=\"discussion__ad-slot\"><span>Advertisement</span></div><p class=\"discussion__closed\">This discussion is now closed for comments but you can still sign in to recommend comments.</p>"
        "<div class=\"discussion__toolbar\"><span>Sort by</span> <select><option>Oldest</option><option>Newest</option><option>Recommendations</option></select> <span>Per page</span> <select><option>25</option><option>50</option></select></div>"
        "<div class=\"d-discussion js-discussion-main-comments\"><ul class=\"d-thread d-thread--comments\">%s</ul></div>"
        "<div class=\"discussion__pagination\"><a>1</a> <a>2</a> <a>Next</a></div></div>") % (
        len(cs), "".join(one(i, True) for i in kids(cs, None)))
    return chrome("Islanders say ferry cut will 'empty the school' | The Harrowby Courier", body)


def metafilter(cs):
    """MetaFilter: each comment a div.comments holding the text (paragraphs split by <br><br>) and then a smallcopy
    line 'posted by X at 2:14 PM on November 21, 2026 [14 favorites]' (no favorites count for none); flat."""
    out = []
    for c in cs:
        t = c["time"]
        fav = " [<a href=\"/favorited/2/%d\" title=\"%d users marked this as a favorite\" class=\"smallcopy\">%d favorite%s</a>]" % (
            c["id"], c["likes"], c["likes"], "" if c["likes"] == 1 else "s") if c["likes"] else ""
        out.append(("<a name=\"%d\"></a><div class=\"comments\" id=\"c%d\">%s<br><span class=\"smallcopy\">posted by <a href=\"https://www.metafilter.example/user/%d\" target=\"_self\">%s</a> "
                    "at <a href=\"/211402/Four-sailings-a-day#%d\" target=\"_self\">%s</a> on %s %d, %d%s <span class=\"flagsmall\">[<a href=\"/flag\">!</a>]</span></span></div><br>") % (
            c["id"], c["id"], "<br><br>".join(esc(p) for p in c["paras"]), 1000 + c["id"], esc(c["author"]), c["id"], ampm(t), mon(t), t.day, t.year, fav))
    body = ("<div id=\"page\"><div id=\"header\"><a href=\"/\" class=\"logo\">MetaFilter</a> <span class=\"sitename\">community weblog</span>"
            "<div id=\"navigation\"><a>Home</a> | <a>FAQ</a> | <a>About</a> | <a>Archives</a> | <a>Tags</a> | <a>Popular</a> | <a>Random</a></div>"
            "<div class=\"nav-login\"><a>Log in</a> | <a>Sign up</a></div></div>"
            "<div class=\"container\"><h1 class=\"posttitle\">Four sailings a day<br><span class=\"smallcopy\">November 21, 2026 8:02 AM &nbsp; <a>Subscribe</a></span></h1>"
            "<div class=\"copy\">The island ferry operator <a href=\"https://courier.example/news/ferry\">will cut its winter timetable</a> from six return sailings a day to four, "
            "dropping the early crossing that the island's secondary school relies on. Councillors say nobody was asked.<br><br>"
            "<span class=\"smallcopy postbyline\">posted by <a href=\"https://www.metafilter.example/user/77\">Morag Sinclair</a> at 8:02 AM - <a href=\"#comments\">%d comments</a> (%d new) "
            "<a>Share</a> <a>Favorite</a></span></div>"
            "<div class=\"tags\"><span class=\"smallcopy\">Tags: <a>ferries</a> <a>islands</a> <a>transport</a> <a>scotland</a></span></div>"
            "<div class=\"ad\"><span>ads</span></div><div id=\"comments\"><a name=\"comments\"></a>%s</div>"
            "<p class=\"smallcopy\">&laquo; Older <a>The last lighthouse keepers</a> | <a>Maps of every bus route</a> Newer &raquo;</p>"
            "<div class=\"comments\" id=\"closed\"><p>This thread has been archived and is closed to new comments</p></div></div>"
            "<div id=\"footer\"><a>Contact Us</a> | <a>Privacy Policy</a> | <a>Terms</a><br>&copy; 2026 MetaFilter Community Foundation</div></div>") % (
        len(cs), len(cs), "".join(out))
    return page_wrap("Four sailings a day | MetaFilter", body)


def tildes(cs):
    """Tildes: ol.comment-tree > li.comment-tree-item > article.comment with header (a.link-user, time with datetime
    and relative text), div.comment-text, a menu of buttons with 'Vote (n)' ('Vote' for none); replies in a nested
    ol.comment-tree.comment-tree-replies."""
    def one(i, depth):
        c = cs[i]
        sub = "".join(one(k, depth + 1) for k in kids(cs, i))
        vote = "Vote (%d)" % c["likes"] if c["likes"] else "Vote"
        return ("<li class=\"comment-tree-item\" data-comment-id36=\"%s\"><article id=\"comment-%s\" class=\"comment%s\" data-comment-id36=\"%s\" data-comment-depth=\"%d\">"
                "<header class=\"comment-header\"><div class=\"comment-nav-buttons\"><a class=\"comment-nav-link\" href=\"#comment-%s\">Link</a>%s</div>"
                "<a href=\"/user/%s\" class=\"link-user\">%s</a><a href=\"#comment-%s\" class=\"comment-posted-time-link\">"
                "<time class=\"comment-posted-time time-responsive\" datetime=\"%s:00Z\" title=\"%s %d, %d at %s (UTC)\" data-abbreviated=\"%s\">%s</time></a></header>"
                "<div class=\"comment-itself\"><div class=\"comment-text\">%s</div><menu class=\"btn-post\"><li><button class=\"btn-post-action\" name=\"vote\">%s</button></li>"
                "<li><button class=\"btn-post-action\" name=\"reply\">Reply</button></li><li><button class=\"btn-post-action\">Bookmark</button></li><li><button class=\"btn-post-action\">Label</button></li>"
                "<li><button class=\"btn-post-action\">Collapse</button></li></menu></div></article>%s</li>") % (
            "%x" % c["id"], "%x" % c["id"], " is-comment-top-level" if depth == 0 else "", "%x" % c["id"], depth, "%x" % c["id"],
            "<a class=\"comment-nav-link\" href=\"#comment-%x\">Parent</a>" % cs[c["parent"]]["id"] if c["parent"] is not None else "",
            handle(c["author"]), esc(handle(c["author"])), "%x" % c["id"], c["time"].strftime("%Y-%m-%dT%H:%M"), mon(c["time"])[:3], c["time"].day, c["time"].year,
            ampm(c["time"]), short_ago(c["time"]), ago(c["time"]), paras(c), vote,
            "<ol class=\"comment-tree comment-tree-replies\">%s</ol>" % sub if sub else "")
    body = ("<header id=\"site-header\"><a class=\"site-header-logo\" href=\"/\">Tildes</a><span class=\"site-header-context\">~transport</span>"
            "<div class=\"logged-in-user-info\"><a>Log in</a></div></header><main id=\"main\"><article class=\"topic-full\">"
            "<header><h1>Island ferry operator cuts winter timetable to four sailings a day</h1><div class=\"topic-full-byline\">posted by <a class=\"link-user\">puffin_watch</a> "
            "<time datetime=\"2026-11-18T07:00:00Z\">12 days ago</time></div></header><div class=\"topic-full-link\"><a href=\"https://courier.example/news/ferry\">courier.example</a></div>"
            "<div class=\"topic-full-tags\"><strong>Tags:</strong> <a>ferries</a>, <a>public transport</a>, <a>scotland</a></div>"
            "<section class=\"topic-comments\"><header><h2><span class=\"topic-comments-count\">%d comments</span></h2><form class=\"form-listing-options\"><label>Sort by</label><select><option>Relevance</option><option>Votes</option><option>Newest</option></select></form></header>"
            "<ol id=\"comments\" class=\"comment-tree\">%s</ol></section></article></main>"
            "<aside id=\"sidebar\"><div class=\"sidebar-controls\"><a>Back to ~transport</a></div><section class=\"topic-full-details\"><h3>Topic details</h3><dl><dt>Comments</dt><dd>%d</dd><dt>Votes</dt><dd>41</dd></dl></section></aside>"
            "<footer id=\"site-footer\"><p>Tildes is a non-profit community site. <a>Code of Conduct</a> <a>Terms of Use</a> <a>Privacy Policy</a></p></footer>") % (
        len(cs), "".join(one(i, 0) for i in kids(cs, None)), len(cs))
    return page_wrap("Island ferry operator cuts winter timetable to four sailings a day - ~transport - Tildes", body)


def discourse_embed(cs):
    """Discourse's embedded comments (the /embed/comments page the embed iframe shows, inlined by a static site):
    flat article.post in #embedded-posts with a username link, an 'in-reply-to' link naming the parent's username,
    a.post-date 'Nov 21' (full time in its title), div.cooked; 'n Likes'."""
    out = []
    for c in cs:
        t = c["time"]
        reply = ""
        if c["parent"] is not None:
            reply = "<a href=\"https://forum.harrowby.example/t/ferry-timetable/318/%d\" class=\"in-reply-to\">&#9654; %s</a>" % (c["parent"] + 2, esc(handle(cs[c["parent"]]["author"])))
        out.append(("<article class=\"post\" id=\"post-%d\"><a href=\"https://forum.harrowby.example/u/%s\"><div class=\"author\"><img src=\"https://forum.harrowby.example/user_avatar/%s/90/1.png\" class=\"avatar\"></div></a>"
                    "<div class=\"byline\"><a class=\"username\" href=\"https://forum.harrowby.example/u/%s\">%s</a>%s"
                    "<a class=\"post-date\" href=\"https://forum.harrowby.example/t/ferry-timetable/318/%d\" title=\"%s %d, %d %d:%02d%s\">%s %d</a></div>"
                    "<div class=\"cooked\">%s</div>%s</article>") % (
            cs.index(c) + 2, handle(c["author"]), handle(c["author"]), handle(c["author"]), esc(handle(c["author"])), reply, cs.index(c) + 2,
            mon(t)[:3], t.day, t.year, t.hour % 12 or 12, t.minute, "am" if t.hour < 12 else "pm", mon(t)[:3], t.day, paras(c),
            "<div class=\"post-likes\">%d Like%s</div>" % (c["likes"], "" if c["likes"] == 1 else "s") if c["likes"] else ""))
    body = ("<div class=\"site\"><header><a class=\"site-name\" href=\"/\">Harrowby Harbour Users</a><nav><a>News</a> <a>Minutes</a> <a>Join</a></nav></header>"
            "<main><article class=\"entry\"><h1 class=\"entry-title\">Our response to the winter timetable</h1><p class=\"entry-meta\">Posted by the committee on 19 November 2026</p>"
            "<div class=\"entry-content\">%s<p>Our full response to the operator is attached below; the committee will meet again on 3 December.</p></div></article>"
            "<div id=\"discourse-comments\"><div id=\"embedded-posts\" class=\"full-view\"><header><h3>Comments from the forum</h3><a class=\"button\" href=\"https://forum.harrowby.example/t/ferry-timetable/318\">Continue Discussion</a>"
            "<span class=\"replies\">%d replies</span></header>%s<footer><a class=\"button\" href=\"https://forum.harrowby.example/t/ferry-timetable/318\">Continue Discussion</a>"
            "<span class=\"powered-by\">Powered by <a href=\"https://www.discourse.org\">Discourse</a></span></footer></div></div></main>"
            "<footer class=\"site-footer\"><p>Harrowby Harbour Users' Association, registered charity SC048812</p></footer></div>") % (
        "".join("<p>%s</p>" % esc(p) for p in STORY[1:3]), len(cs), "".join(out))
    return page_wrap("Our response to the winter timetable | Harrowby Harbour Users", body)


def bluesky(cs):
    """A Bluesky post thread, rendered by React Native Web: no semantic classes, inline styles and data-testid
    only; the display name and '@handle', a relative time ('3d') whose link's aria-label holds the full time, text in
    data-testid=postText, a like count span (none for 0); nesting only in each item's padding-left (threaded view)."""
    def item(c, depth, root=False):
        t = c["time"]
        h = handle(c["author"]) + ".bsky.social"
        full = "%s %d, %d at %s" % (mon(t), t.day, t.year, ampm(t))
        return ("<div role=\"link\" tabindex=\"0\" data-testid=\"postThreadItem-by-%s\" style=\"flex-direction:column;border-top-width:1px;border-color:rgb(212,219,226);padding-left:%dpx;padding-right:16px\">"
                "<div style=\"flex-direction:row;gap:10px;padding-top:12px\"><div style=\"width:%dpx\"><div data-testid=\"userAvatarImage\" style=\"width:%dpx;height:%dpx;border-radius:50%%\"><img src=\"https://cdn.bsky.example/avatar/%s.jpg\" alt=\"\" style=\"width:100%%\"></div></div>"
                "<div style=\"flex:1\"><div style=\"flex-direction:row;align-items:center;gap:4px\"><a href=\"/profile/%s\" aria-label=\"View profile\" role=\"link\"><span dir=\"auto\" style=\"font-weight:600;font-size:15px\">%s</span></a>"
                "<span dir=\"auto\" style=\"color:rgb(66,87,108)\">@%s</span><span style=\"color:rgb(66,87,108)\">&middot;</span>"
                "<a href=\"/profile/%s/post/3l%x\" data-tooltip=\"%s\" aria-label=\"%s\" role=\"link\"><span style=\"color:rgb(66,87,108)\">%s</span></a></div>"
                "<div data-testid=\"postText\" dir=\"auto\" style=\"font-size:15px;line-height:20px\">%s</div>"
                "<div style=\"flex-direction:row;justify-content:space-between;max-width:320px;padding-bottom:8px\">"
                "<button data-testid=\"replyBtn\" aria-label=\"Reply (%d replies)\" style=\"flex-direction:row\"><svg width=\"18\" height=\"18\"></svg>%s</button>"
                "<button data-testid=\"repostBtn\" aria-label=\"Repost or quote post\"><svg width=\"18\" height=\"18\"></svg></button>"
                "<button data-testid=\"likeBtn\" aria-label=\"Like (%d likes)\" style=\"flex-direction:row\"><svg width=\"18\" height=\"18\"></svg>%s</button>"
                "<button data-testid=\"postDropdownBtn\" aria-label=\"Open post options menu\"><svg width=\"18\" height=\"18\"></svg></button></div></div></div></div>") % (
            h, 16 + 22 * depth, 42 if root else 32, 42 if root else 32, 42 if root else 32, h, h, esc(c["author"]), h, h, c["id"], full, full,
            short_ago(t) if not root else full, "<br><br>".join(esc(p) for p in c["paras"]),
            c.get("replies", 0), "<span data-testid=\"replyCount\" style=\"font-size:13px\">%d</span>" % c["replies"] if c.get("replies") else "",
            c["likes"] or 0, "<span data-testid=\"likeCount\" style=\"font-size:13px\">%d</span>" % c["likes"] if c["likes"] else "")
    for i, c in enumerate(cs):
        c["replies"] = len(kids(cs, i))
    root = {"author": "Ruth Mackie", "time": cs[0]["time"] - dt.timedelta(hours=3), "likes": 412, "replies": len(kids(cs, None)),
            "paras": ["New: the island ferry will drop to four sailings a day from January, and the 7.10 school crossing goes. Full story from the harbour board meeting below."],
            "id": 72000}

    def depth_of(i):
        d = 0
        while cs[i]["parent"] is not None:
            i = cs[i]["parent"]
            d += 1
        return d
    body = ("<div id=\"root\"><div style=\"flex-direction:row;min-height:100vh\"><nav role=\"navigation\" style=\"width:240px\"><a href=\"/\" aria-label=\"Home\">Home</a><a href=\"/search\">Explore</a>"
            "<a href=\"/notifications\">Notifications</a><a href=\"/messages\">Chat</a><a href=\"/feeds\">Feeds</a><a href=\"/lists\">Lists</a><a>Profile</a><a>Settings</a></nav>"
            "<main style=\"flex:1;max-width:600px\"><div data-testid=\"postThreadScreen\"><div style=\"flex-direction:row;align-items:center;padding:12px\"><button aria-label=\"Back\"><svg></svg></button><span style=\"font-weight:800;font-size:20px\">Post</span></div>"
            "%s<div style=\"padding:12px 16px;border-top-width:1px\"><span style=\"font-weight:600\">%d</span> reposts <span style=\"font-weight:600\">412</span> likes</div>"
            "<div style=\"padding:12px 16px\"><span>Write your reply</span></div>%s</div></main>"
            "<div style=\"width:300px\" data-testid=\"rightNav\"><input placeholder=\"Search\"><div><span style=\"font-weight:800\">Trending</span><a>#ferries</a> <a>#islands</a> <a>#winter</a></div>"
            "<div><a>Feedback</a> &middot; <a>Privacy</a> &middot; <a>Terms</a> &middot; <a>Help</a></div></div></div></div>") % (
        item(root, 0, True), 57, "".join(item(c, depth_of(i)) for i, c in enumerate(cs)))
    return page_wrap("@ruthmackie.bsky.social on Bluesky", body)


def wix(cs):
    """Wix Comments widget: hashed class names, data-hook attributes (comment, author-name, comment-timestamp,
    ricos-viewer, total-likes), 'Admin' badge beside one name, replies in a data-hook=replies-list after the comment
    (one level), the like count empty for none; 'Nov 21, 2026'."""
    def one(i):
        c = cs[i]
        t = c["time"]
        reps = "".join(one(k) for k in kids(cs, i))
        badge = "<span data-hook=\"comment-badge\" class=\"rYfV8\">Admin</span>" if c["author"] == "Catriona" else ""
        return ("<div data-hook=\"comment\" class=\"KfT0m Mq2FZ\" id=\"comment-%08x-1b2c-4d5e-9f00-%012x\"><div class=\"RDhPY\"><div class=\"f3ZmQ\"><div data-hook=\"avatar\" class=\"Zw7ta\"><img src=\"https://static.wixstatic.example/media/%d.png\" class=\"aXn4q\" alt=\"\"></div>"
                "<div class=\"UMgpw\"><div class=\"mjSlF\"><div data-hook=\"author-name\" class=\"kV0E5\"><span class=\"hX8Ys\">%s</span></div>%s</div>"
                "<div class=\"Sd6wQ\"><span data-hook=\"comment-timestamp\" class=\"ol5Ja\"><span class=\"d7hV0\">%s %d, %d</span></span></div></div>"
                "<div class=\"G06ke\"><button data-hook=\"more-actions-button\" aria-label=\"More Actions\" class=\"e5ZVb\"><svg></svg></button></div></div>"
                "<div data-hook=\"comment-content\" class=\"Cd2lV\"><div data-hook=\"ricos-viewer\" class=\"lI2_u\"><div class=\"_1hN1O kTlEx rich-content-viewer\" dir=\"ltr\">%s</div></div></div>"
                "<div data-hook=\"comment-actions\" class=\"vPr3T\"><button data-hook=\"like-button\" aria-label=\"Like\" class=\"xkTXi\"><svg></svg><span data-hook=\"total-likes\" class=\"Qd5Ys\">%s</span></button>"
                "<button data-hook=\"reply-button\" class=\"P8Efn\">Reply</button></div></div>%s</div>") % (
            c["id"], c["id"] * 977, c["id"] % 19, esc(c["author"]), badge, mon(t)[:3], t.day, t.year,
            "".join("<p class=\"_2pCJK public-DraftStyleDefault-block-depth0 fixed-tab-size public-DraftStyleDefault-text-ltr\" dir=\"auto\"><span class=\"NbJRJ\">%s</span></p>" % esc(p) for p in c["paras"]),
            c["likes"] if c["likes"] else "", "<div data-hook=\"replies-list\" class=\"XhK2V\">%s</div>" % reps if reps else "")
    body = ("<div id=\"SITE_CONTAINER\"><div id=\"main_MF\"><header id=\"SITE_HEADER\" class=\"wixui-header\"><div class=\"StylableHorizontalMenu\"><a>Home</a> <a>Rooms</a> <a>Blog</a> <a>Getting here</a> <a>Contact</a></div>"
            "<div class=\"font_0\"><span>Seaview B&amp;B, Carrick</span></div></header><main id=\"PAGES_CONTAINER\"><div data-hook=\"post-page\">"
            "<article data-hook=\"post\"><h1 data-hook=\"post-title\" class=\"blog-post-title-font\">Getting to us this winter: the new ferry times</h1>"
            "<div data-hook=\"post-metadata\"><span data-hook=\"user-name\">Catriona</span> &middot; <span data-hook=\"time-ago\">Nov 17, 2026</span> &middot; <span>3 min read</span></div>"
            "<div data-hook=\"post-description\"><div class=\"rich-content-viewer\">%s<p>If you are booked with us in January, we will meet any sailing you choose.</p></div></div></article>"
            "<div data-hook=\"post-footer\"><a>Island life</a> <a>Travel</a></div><div data-hook=\"recent-posts\"><h2>Recent Posts</h2><a>Storm season tips</a> <a>Our new breakfast menu</a></div>"
            "<div data-hook=\"comments-root\" class=\"_3Kd0Y\"><div data-hook=\"comments-header\" class=\"jX2nM\"><h2 class=\"BJ1Uj\">Comments</h2><span data-hook=\"comments-count\">%d</span></div>"
            "<div data-hook=\"comment-box\" class=\"Vk7X0\"><div class=\"h7N0u\">Write a comment...</div></div><div data-hook=\"comments-list\" class=\"Fq0pY\">%s</div></div>"
            "</div></main><footer id=\"SITE_FOOTER\"><p>&copy; 2026 by Seaview B&amp;B. Proudly created with Wix.com</p></footer></div></div>") % (
        "".join("<p>%s</p>" % esc(p) for p in STORY[:2]), len(cs), "".join(one(i) for i in kids(cs, None)))
    return page_wrap("Getting to us this winter: the new ferry times", body)


def gitlab(cs):
    """GitLab issue, rendered: the issue description is the article; each discussion an li.timeline-entry whose
    ul.notes holds the first note and its replies (replies answer the discussion's first note); note header with the
    full name and '@handle', time.js-timeago with datetime ('3 days ago'), a role badge, thumbs-up award counter (none
    for 0)."""
    def note(i):
        c = cs[i]
        t = c["time"]
        award = ("<div class=\"awards js-awards-block\" data-testid=\"note-awards\"><button class=\"btn award-control gl-button btn-default btn-sm js-emoji-btn\" data-testid=\"award-button\" title=\"%s and %d more\">"
                 "<gl-emoji data-name=\"thumbsup\">&#128077;</gl-emoji><span class=\"js-counter\">%d</span></button><button class=\"award-control js-add-award\" title=\"Add reaction\"><svg></svg></button></div>") % (
            esc(R.choice(NAMES)), c["likes"] - 1, c["likes"]) if c["likes"] else ""
        role = "<span class=\"note-role user-access-role\">Maintainer</span>" if c["author"] in ("Ravi Menon", "Björn Aas") else ""
        return ("<li class=\"note note-wrapper timeline-entry\" id=\"note_%d\" data-note-id=\"%d\"><div class=\"timeline-avatar gl-float-left\"><a class=\"js-user-link\" href=\"/%s\"><img class=\"avatar s32\" src=\"/uploads/-/system/user/avatar/%d/avatar.png\" alt=\"\"></a></div>"
                "<div class=\"timeline-content\"><div class=\"note-header\"><div class=\"note-header-info\"><a class=\"js-user-link\" href=\"/%s\" data-user-id=\"%d\" data-username=\"%s\">"
                "<span class=\"note-header-author-name gl-font-weight-bold\">%s</span> <span class=\"note-headline-light\">@%s</span></a> "
                "<span class=\"note-headline-light note-headline-meta\"><span class=\"system-note-message\"></span><a class=\"note-timestamp system-note-separator\" href=\"#note_%d\">"
                "<time class=\"js-timeago\" datetime=\"%s:00Z\" title=\"%s %d, %d %d:%02d%s GMT\" data-container=\"body\">%s</time></a></span></div>"
                "<div class=\"note-actions\">%s<a class=\"note-action-button js-add-award\" title=\"Add reaction\"><svg></svg></a><button class=\"note-action-button js-note-edit\" title=\"Reply to comment\"><svg></svg></button><button class=\"more-actions-toggle\" title=\"More actions\"><svg></svg></button></div></div>"
                "<div class=\"timeline-discussion-body\"><div class=\"note-body\"><div class=\"note-text md\" data-testid=\"note-text\">%s</div></div>%s</div></div></li>") % (
            c["id"], c["id"], handle(c["author"]), c["id"] % 29, handle(c["author"]), 300 + c["id"], handle(c["author"]), esc(c["author"]), handle(c["author"]), c["id"],
            t.strftime("%Y-%m-%dT%H:%M"), mon(t)[:3], t.day, t.year, t.hour % 12 or 12, t.minute, "am" if t.hour < 12 else "pm", ago(t), role,
            "".join("<p data-sourcepos=\"1:1-1:80\" dir=\"auto\">%s</p>" % esc(p) for p in c["paras"]), award)
    disc = []
    for i in kids(cs, None):
        disc.append(("<li class=\"timeline-entry note-discussion discussion\" data-discussion-id=\"%040x\"><div class=\"timeline-entry-inner\"><div class=\"timeline-content\"><div class=\"discussion\"><div class=\"discussion-body\">"
                     "<div class=\"card discussion-wrapper\"><div class=\"discussion-notes\"><ul class=\"notes\">%s</ul>"
                     "<div class=\"discussion-reply-holder gl-border-t\"><button class=\"js-vue-discussion-reply\" type=\"button\">Reply...</button></div></div></div></div></div></div></div></li>") % (
            cs[i]["id"] * 7919, "".join(note(k) for k in [i] + kids(cs, i))))
    body = ("<div class=\"layout-page\"><header class=\"navbar navbar-gitlab\"><a class=\"brand-logo\" href=\"/\">GitLab</a><div class=\"title-container\"><a>Projects</a> <a>Groups</a> <a>Snippets</a></div>"
            "<input placeholder=\"Search GitLab\"><a>Sign in</a></header><aside class=\"nav-sidebar\"><ul><li><a>Project information</a></li><li><a>Repository</a></li><li><a>Issues 41</a></li><li><a>Merge requests 3</a></li><li><a>Wiki</a></li></ul></aside>"
            "<div class=\"content-wrapper\"><nav class=\"breadcrumbs\"><a>harrowby-council</a> / <a>ferry-timetable-data</a> / <a>Issues</a> / <span>#57</span></nav>"
            "<div class=\"detail-page-header\"><span class=\"issuable-status-badge\">Open</span> <span class=\"detail-page-description\">Issue created 2 weeks ago by <a>Morag Sinclair</a></span></div>"
            "<div class=\"issue-details issuable-details\"><div class=\"detail-page-description\"><h1 class=\"title\" data-testid=\"issue-title\">Winter timetable: model the four-sailing option against school start times</h1>"
            "<div class=\"description\"><div class=\"md\">%s<p>Data for the current timetable is in <code>data/2026-winter.csv</code>.</p></div></div></div></div>"
            "<div class=\"issuable-discussion\"><div class=\"gl-display-flex\"><h2>Activity</h2><span>Sort or filter</span></div>"
            "<ul class=\"notes main-notes-list timeline\" id=\"notes-list\">%s</ul>"
            "<div class=\"js-comment-form\"><textarea placeholder=\"Write a comment or drag your files here...\"></textarea><button>Comment</button></div></div>"
            "<aside class=\"right-sidebar\"><div class=\"block assignee\">Assignee <span>None</span></div><div class=\"block labels\">Labels <span>data</span> <span>timetable</span></div>"
            "<div class=\"block milestone\">Milestone <span>Winter 2026</span></div></aside></div></div>") % (
        "".join("<p>%s</p>" % esc(p) for p in STORY[:2]), "".join(disc))
    return page_wrap("Winter timetable: model the four-sailing option against school start times (#57) · Issues · harrowby-council / ferry-timetable-data · GitLab", body)


def vbulletin5(posts, title):
    """vBulletin 5: ul.conversation-list > li.b-post with a b-userinfo column (author link, rank, join date, posts),
    div.b-post__timestamp 'Nov 21st, 2026, 02:14 PM', the first post's title, js-post__content-text holding
    'Originally posted by X' bbcode quotes (the quoted post is the parent), a likes count (none shown for 0)."""
    out = []
    for n, p in enumerate(posts):
        t = p["time"]
        suffix = "th" if 11 <= t.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(t.day % 10, "th")
        quote = ""
        if p["quote"]:
            q = posts[p["parent"]]
            quote = ("<div class=\"bbcode_container\"><div class=\"bbcode_quote\"><div class=\"quote_container\"><div class=\"bbcode_quote_container b-icon b-icon__ldquo-l--gray\"></div>"
                     "<div class=\"bbcode_postedby\"><img src=\"/core/images/misc/quote_icon.png\" title=\"Quote\" alt=\"Quote\"> Originally posted by <strong>%s</strong> "
                     "<a href=\"/forum/island-life/transport/5120-winter-ferry-timetable?p=%d#post%d\" rel=\"nofollow\"><img class=\"inlineimg\" src=\"/core/images/buttons/viewpost-right.png\" alt=\"View Post\"></a></div>"
                     "<div class=\"message\">%s</div></div></div></div>") % (esc(q["author"]), q["id"], q["id"], esc(p["quote"]))
        likes = ("<li class=\"h-left\"><a class=\"b-post-control js-post-control post-vote b-post-control--voted\" title=\"Like\"><span class=\"b-icon b-icon__thumbsup\"></span>"
                 "<span class=\"votecount\">%d</span> Likes</a></li>") % p["likes"] if p["likes"] else "<li class=\"h-left\"><a class=\"b-post-control js-post-control post-vote\" title=\"Like\"><span class=\"b-icon b-icon__thumbsup\"></span> Like</a></li>"
        out.append(("<li class=\"b-post js-post js-comment-votes b-post--text%s h-restore--on-preview js-slide\" data-node-id=\"%d\" id=\"post%d\" itemscope=\"\" itemtype=\"http://schema.org/%s\">"
                    "<div class=\"b-post__grid\"><div class=\"b-userinfo b-post__hide-when-deleted\"><div class=\"b-avatar b-avatar--m\"><img src=\"/core/image.php?userid=%d&amp;thumb=1\" alt=\"\"></div>"
                    "<div class=\"b-userinfo__details\"><div class=\"author h-text-size--14\"><strong><a href=\"/member/%d-%s\" data-vbnamecard=\"%d\" itemprop=\"author\">%s</a></strong></div>"
                    "<div class=\"b-userinfo__rank\">%s</div><div class=\"b-userinfo__icons\"><span class=\"b-icon b-icon__status--gray\" title=\"offline\"></span></div>"
                    "<ul class=\"b-userinfo__additional-info-block h-margin-top-xl\"><li class=\"b-userinfo__additional-info\"><label>Join Date:</label> <span>%s %d</span></li>"
                    "<li class=\"b-userinfo__additional-info\"><label>Posts:</label> <span>%s</span></li></ul></div></div>"
                    "<div class=\"b-post__arrow b-post__hide-when-deleted\"></div><div class=\"b-post__body h-clearfix b-post__hide-when-deleted\">"
                    "<div class=\"b-post__content js-post__content\"><hr class=\"b-divider--section\"><div class=\"b-media\"><div class=\"b-media__body\">"
                    "<div class=\"b-post__count\"><a href=\"/forum/island-life/transport/5120-winter-ferry-timetable?p=%d#post%d\">#%d</a></div>"
                    "<div class=\"b-post__timestamp\"><time itemprop=\"dateCreated\" datetime=\"%s:00\">%s %d%s, %d, %02d:%02d %s</time></div>%s"
                    "<div class=\"js-post__content-wrapper\"><div class=\"js-post__content-text restore h-wordwrap\" itemprop=\"text\">%s%s</div></div></div></div>"
                    "<div class=\"b-post__footer h-hide--on-preview h-clearfix h-padding-top-l\"><ul class=\"h-left post-controls-left\">%s</ul>"
                    "<ul class=\"h-right post-controls\"><li><a class=\"b-post-control js-post-control\">Quote</a></li><li><a class=\"b-post-control js-post-control\">Reply</a></li><li><a class=\"b-post-control js-post-control\">Report</a></li></ul></div>"
                    "</div></div></div></li>") % (
            " b-post--first" if n == 0 else "", p["id"], p["id"], "DiscussionForumPosting" if n == 0 else "Comment", p["id"] % 37, 400 + p["id"], handle(p["author"]), 400 + p["id"], esc(p["author"]),
            R.choice(["Junior Member", "Member", "Senior Member", "Moderator"]), mon(t)[:3], R.randint(2009, 2024), "{:,}".format(R.randint(3, 4200)),
            p["id"], p["id"], n + 1, t.strftime("%Y-%m-%dT%H:%M"), mon(t)[:3], t.day, suffix, t.year, t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM",
            "<h2 class=\"b-post__title js-post-title OLD__post-title\" itemprop=\"name\">%s</h2>" % esc(title) if n == 0 else "",
            quote, "<br><br>".join(esc(x) for x in p["paras"]), likes))
    return ("<div id=\"outer-wrapper\"><div id=\"wrapper\"><div id=\"header-axd\" class=\"header-edit-box axdnum_1 h-clearfix\"><div class=\"site-logo header-edit-box\"><a href=\"/\">Islands Forum</a></div>"
            "<div id=\"main-navbar-wrapper\"><ul id=\"main-navbar\"><li><a>Home</a></li><li class=\"selected\"><a>Forums</a></li><li><a>Blogs</a></li><li><a>Articles</a></li><li><a>Groups</a></li></ul></div>"
            "<div class=\"header-search\"><input placeholder=\"Search\"></div><div class=\"login\"><a>Log in</a> or <a>Sign up</a></div></div>"
            "<div id=\"breadcrumbs\"><ul><li><a>Home</a></li><li><a>Forums</a></li><li><a>Island Life</a></li><li><a>Transport</a></li></ul></div>"
            "<div class=\"announcement\"><h3>Announcement</h3><p>Please read the forum rules before posting in the Transport section.</p></div>"
            "<div id=\"content\"><div class=\"canvas-layout-container js-canvas-layout-container\"><h1 class=\"main-title js-main-title\">%s</h1>"
            "<div class=\"conversation-toolbar-wrapper\"><div class=\"conversation-toolbar\"><a>Collapse</a> <span>Posts</span> <span>Latest Activity</span> <a>Search</a></div><div class=\"pagenav\">Page <span>1</span> of 1</div></div>"
            "<div class=\"conversation-content-widget forum-conversation-content-widget widget\"><ul class=\"conversation-list list-container h-clearfix thread-view\">%s</ul></div>"
            "<div class=\"widget\"><h3>Similar Topics</h3><ul><li><a>Relief vessel charter rumours</a></li><li><a>Car deck bookings for Christmas</a></li></ul></div></div></div>"
            "<div id=\"footer\"><div class=\"footer-links\"><a>Contact Us</a> <a>Help</a> <a>Top</a></div><p>Powered by vBulletin&reg; Version 5.7.5 &copy; 2026 MH Sub I, LLC dba vBulletin. All rights reserved.</p>"
            "<p>All times are GMT. This page was generated at 9:40 AM.</p></div></div></div>") % (esc(title), "".join(out))


def bugzilla(posts, title):
    """Bugzilla 5: the bug's field table, then div.bz_comment per comment (the first, 'Description', is the report),
    a vcard/fn author, span.bz_comment_time '2026-11-21 14:03:11 UTC', the text in pre.bz_comment_text with blank
    lines between paragraphs; a reply starts with '(In reply to X from comment #n)' and '>' quoted lines (the
    quoted comment is the parent; neither is text); no likes."""
    out = []
    for n, p in enumerate(posts):
        t = p["time"]
        mail = handle(p["author"]) + "@islands.example"
        quote = ""
        if p["quote"]:
            k = p["parent"]
            quote = ("(<span class=\"bz_comment_reply_to\"><a href=\"show_bug.cgi?id=1412#c%d\">In reply to %s from comment #%d</a></span>)\n"
                     "<span class=\"quote\">&gt; %s</span>\n\n") % (k, esc(posts[k]["author"]), k, esc(p["quote"]))
        head = ("<span class=\"bz_comment_number\"><a href=\"show_bug.cgi?id=1412#c%d\">%s</a></span>"
                "<span class=\"bz_comment_user\"><span class=\"vcard\"><a class=\"email\" href=\"mailto:%s\" title=\"%s &lt;%s&gt;\"><span class=\"fn\">%s</span></a></span></span>"
                "<span class=\"bz_comment_user_images\"></span><span class=\"bz_comment_time\">%s UTC</span>") % (
            n, "Description" if n == 0 else "Comment %d" % n, mail, esc(p["author"]), mail, esc(p["author"]), t.strftime("%Y-%m-%d %H:%M") + ":%02d" % R.randint(0, 59))
        out.append(("<div id=\"c%d\" class=\"bz_comment%s\"><div class=\"%s\">%s%s</div>"
                    "<pre class=\"bz_comment_text\" id=\"comment_text_%d\">%s%s</pre></div>") % (
            n, " bz_first_comment" if n == 0 else "", "bz_first_comment_head" if n == 0 else "bz_comment_head",
            "" if n == 0 else "<span class=\"bz_comment_actions\">[<a class=\"bz_reply_link\" href=\"#add_comment\">reply</a>] [<a class=\"bz_collapse_comment\" href=\"#\">&minus;</a>]</span>",
            head, n, quote, esc("\n\n".join(p["paras"]))))
    fields = ("<table class=\"edit_form\"><tr><td><table><tr><th class=\"field_label\">Status:</th><td>CONFIRMED</td></tr><tr><th class=\"field_label\">Alias:</th><td>None</td></tr>"
              "<tr><th class=\"field_label\">Product:</th><td>Timetable Planner</td></tr><tr><th class=\"field_label\">Component:</th><td>Sailings (<a>show other bugs</a>)</td></tr>"
              "<tr><th class=\"field_label\">Version:</th><td>2026.3</td></tr><tr><th class=\"field_label\">Hardware:</th><td>All All</td></tr>"
              "<tr><th class=\"field_label\">Importance:</th><td>P2 normal</td></tr><tr><th class=\"field_label\">Assignee:</th><td><span class=\"vcard\"><span class=\"fn\">Ravi Menon</span></span></td></tr>"
              "<tr><th class=\"field_label\">URL:</th><td></td></tr></table></td><td><table><tr><th>Reported:</th><td>%s by <span class=\"vcard\"><span class=\"fn\">%s</span></span></td></tr>"
              "<tr><th>Modified:</th><td>2026-11-29 17:02 UTC (<a>History</a>)</td></tr><tr><th>CC List:</th><td>7 users (<a>show</a>)</td></tr>"
              "<tr><th>See Also:</th><td></td></tr></table></td></tr></table>") % (posts[0]["time"].strftime("%Y-%m-%d %H:%M UTC"), esc(posts[0]["author"]))
    return ("<div id=\"header\"><div id=\"banner\"></div><div id=\"titles\"><span id=\"title\">Islands Bugzilla &ndash; Bug 1412</span><span id=\"subtitle\" class=\"subheader\">%s</span>"
            "<span id=\"information\" class=\"header_addl_info\">Last modified: 2026-11-29 17:02:40 UTC</span></div>"
            "<div id=\"common_links\"><ul class=\"links\"><li><a href=\"./\">Home</a></li><li><span class=\"separator\">| </span><a href=\"enter_bug.cgi\">New</a></li>"
            "<li><span class=\"separator\">| </span><a href=\"describecomponents.cgi\">Browse</a></li><li><span class=\"separator\">| </span><a href=\"query.cgi\">Search</a></li>"
            "<li><form action=\"buglist.cgi\"><input id=\"quicksearch_top\" title=\"Quick Search\"></form></li><li><a href=\"page.cgi?id=quicksearch.html\">[?]</a></li>"
            "<li><span class=\"separator\">| </span><a href=\"report.cgi\">Reports</a></li><li><span class=\"separator\">| </span><a href=\"createaccount.cgi\">New&nbsp;Account</a></li>"
            "<li><span class=\"separator\">| </span><a href=\"index.cgi?GoAheadAndLogIn=1\">Log&nbsp;In</a></li></ul></div></div>"
            "<div id=\"bugzilla-body\"><form name=\"changeform\" id=\"changeform\"><div class=\"bz_short_desc_container edit_form\"><a href=\"show_bug.cgi?id=1412\"><b>Bug&nbsp;1412</b></a> - "
            "<span id=\"short_desc_nonedit_display\">%s</span></div>%s"
            "<hr><div id=\"comments\"><table class=\"bz_comment_table\"><tr><td>%s</td></tr></table></div>"
            "<div id=\"add_comment\" class=\"bz_section_additional_comments\"><p>You need to <a href=\"show_bug.cgi?id=1412&amp;GoAheadAndLogIn=1\">log in</a> before you can comment on or make changes to this bug.</p></div></form>"
            "<hr><ul class=\"related_actions\"><li><a>Format For Printing</a></li><li>&nbsp;-&nbsp;<a>XML</a></li><li>&nbsp;-&nbsp;<a>Clone This Bug</a></li><li>&nbsp;-&nbsp;<a>Top of page</a></li></ul></div>"
            "<div id=\"footer\"><div class=\"intro\"></div><ul id=\"useful-links\"><li><a>Home</a></li><li><a>New</a></li><li><a>Search</a></li></ul></div>") % (
        esc(title), esc(title), fields, "".join(out))


# ---------------------------------------------------------------- comment-section status pages

def disqus_embed():
    """A news story whose comments Disqus loads by script: an empty div#disqus_thread, the loader script and the
    noscript notice. Nothing to extract; the status should say the section is there but loaded by script."""
    body = story("Harbour board to hear operator's case for winter cut") + (
        "<section class=\"comments-wrap\"><h2 class=\"comments-title\">Join the conversation</h2><p class=\"comments-count\"><a href=\"#disqus_thread\" data-disqus-identifier=\"ferry-512\">23 Comments</a></p>"
        "<div id=\"disqus_thread\"></div><script>var disqus_config = function () { this.page.url = 'https://courier.example/news/ferry-512'; this.page.identifier = 'ferry-512'; };"
        "(function() { var d = document, s = d.createElement('script'); s.src = 'https://harrowby-courier.disqus.com/embed.js'; s.setAttribute('data-timestamp', +new Date()); (d.head || d.body).appendChild(s); })();</script>"
        "<noscript>Please enable JavaScript to view the <a href=\"https://disqus.com/?ref_noscript\">comments powered by Disqus.</a></noscript></section>")
    return chrome("Harbour board to hear operator's case for winter cut | The Harrowby Courier", body)


def facebook_embed():
    """A blog post whose comments the Facebook comments plugin loads by script: div.fb-comments with data-href and
    the SDK script; the plugin's iframe is not in the page."""
    body = ("<div class=\"wrap\"><header><a href=\"/\">Island Kitchen</a><nav><a>Recipes</a> <a>Stories</a> <a>Shop</a></nav></header>"
            "<main><article class=\"entry\"><h1>Baking for the last boat: a winter loaf that keeps for a week</h1><p class=\"meta\">By Gwen &middot; November 20, 2026</p>"
            "<div class=\"entry-content\"><p>With four sailings a day the bread van will come twice a week, so a loaf that keeps matters again.</p>"
            "<p>This one uses a long cold rise and a little rye; it is better on day three than on day one.</p><ol><li>Mix 500 g flour, 50 g rye, 10 g salt and 380 g water.</li>"
            "<li>Rest, fold three times, then leave in the fridge overnight.</li><li>Bake at 240 &deg;C for 45 minutes with a tray of water.</li></ol></div></article>"
            "<section class=\"comments\"><h3>12 comments</h3><div id=\"fb-root\"></div>"
            "<script async defer crossorigin=\"anonymous\" src=\"https://connect.facebook.net/en_GB/sdk.js#xfbml=1&amp;version=v18.0\" nonce=\"a1b2c3\"></script>"
            "<div class=\"fb-comments\" data-href=\"https://islandkitchen.example/winter-loaf\" data-width=\"100%\" data-numposts=\"10\" data-order-by=\"reverse_time\"></div></section></main>"
            "<footer><p>&copy; 2026 Island Kitchen</p></footer></div>")
    return page_wrap("Baking for the last boat: a winter loaf that keeps for a week - Island Kitchen", body)


def next_data(cs):
    """A Next.js news page that renders its comments on the client: the section holds only a heading and a loading
    skeleton; the comments are in the __NEXT_DATA__ JSON blob. A reader with script sees them; the HTML does not show
    them, so the status should say the section is there but loaded by script."""
    data = {"props": {"pageProps": {"article": {"id": "ferry-519", "title": "Ferry cut: school asks for a later first bell"},
                                    "comments": [{"id": str(c["id"]), "parentId": None if c["parent"] is None else str(cs[c["parent"]]["id"]),
                                                  "author": {"displayName": c["author"]}, "createdAt": c["time"].strftime("%Y-%m-%dT%H:%M:00.000Z"),
                                                  "likeCount": c["likes"], "body": "\n\n".join(c["paras"])} for c in cs]}},
            "page": "/news/[slug]", "query": {"slug": "ferry-519"}, "buildId": "k3Jx9Qm2", "isFallback": False}
    body = ("<div id=\"__next\"><header class=\"Header_header__x1Y2z\"><a class=\"Header_logo__q8W3e\" href=\"/\">The Harrowby Courier</a><nav class=\"Header_nav__p0L9k\"><a>News</a><a>Islands</a><a>Opinion</a></nav></header>"
            "<main class=\"Article_main__s7D1f\"><article><h1 class=\"Article_title__a9B8c\">Ferry cut: school asks for a later first bell</h1>"
            "<p class=\"Article_byline__t5R4e\">By Ruth Mackie &middot; 24 November 2026</p><div class=\"Article_body__m3N2b\">%s</div></article>"
            "<section class=\"Comments_section__h6G5f\" id=\"comments\"><h2 class=\"Comments_heading__z4X3c\">Comments (%d)</h2>"
            "<div class=\"Comments_skeleton__r2T1y\" aria-busy=\"true\"><div class=\"Skeleton_line__k9J8h\"></div><div class=\"Skeleton_line__k9J8h\"></div><div class=\"Skeleton_line__k9J8h\"></div></div></section></main>"
            "<footer class=\"Footer_footer__w1Q2e\"><p>&copy; 2026 Harrowby Courier Media Ltd.</p></footer></div>"
            "<script id=\"__NEXT_DATA__\" type=\"application/json\">%s</script>") % (
        "".join("<p>%s</p>" % esc(p) for p in [STORY[2], STORY[3]]), len(cs), json.dumps(data, ensure_ascii=False).replace("</", "<\\/"))
    return page_wrap("Ferry cut: school asks for a later first bell | The Harrowby Courier", body)


def closed():
    """A WordPress post whose comments are closed and which has none: '0 Comments' in the meta line and 'Comments are
    closed.' where the list would be. The status should be 'none', with a reason."""
    body = ("<div id=\"page\" class=\"site\"><header id=\"masthead\" class=\"site-header\"><p class=\"site-title\"><a href=\"/\">Carrick Community Council</a></p>"
            "<nav id=\"site-navigation\" class=\"main-navigation\"><ul><li><a>Home</a></li><li><a>Meetings</a></li><li><a>Minutes</a></li><li><a>Contact</a></li></ul></nav></header>"
            "<div id=\"content\" class=\"site-content\"><main id=\"main\" class=\"site-main\"><article id=\"post-812\" class=\"post-812 post type-post status-publish format-standard hentry category-news\">"
            "<header class=\"entry-header\"><h1 class=\"entry-title\">Public meeting on the winter ferry timetable</h1><div class=\"entry-meta\"><span class=\"posted-on\">Posted on "
            "<time class=\"entry-date published\" datetime=\"2026-11-22T10:00:00+00:00\">November 22, 2026</time></span> <span class=\"byline\">by <span class=\"author vcard\"><a class=\"url fn n\">Secretary</a></span></span>"
            " <span class=\"comments-link\"><a href=\"#respond\">0 Comments</a></span></div></header>"
            "<div class=\"entry-content\"><p>The community council will hold a public meeting on the winter timetable in the village hall on Thursday 12 December at 7 pm.</p>"
            "<p>Representatives of the operator and the harbour board have been invited. Please send written questions to the secretary by 9 December.</p></div>"
            "<footer class=\"entry-footer\"><span class=\"cat-links\">Posted in <a>News</a></span></footer></article>"
            "<nav class=\"navigation post-navigation\"><div class=\"nav-links\"><div class=\"nav-previous\"><a>Minutes of the November meeting</a></div><div class=\"nav-next\"><a>Christmas lights switch-on</a></div></div></nav>"
            "<div id=\"comments\" class=\"comments-area\"><p class=\"no-comments\">Comments are closed.</p></div></main>"
            "<aside id=\"secondary\" class=\"widget-area\"><section class=\"widget widget_recent_entries\"><h2 class=\"widget-title\">Recent Posts</h2><ul><li><a>Minutes of the November meeting</a></li><li><a>Christmas lights switch-on</a></li></ul></section>"
            "<section class=\"widget widget_recent_comments\"><h2 class=\"widget-title\">Recent Comments</h2><ul id=\"recentcomments\"><li class=\"recentcomments\"><span class=\"comment-author-link\">Eilidh M</span> on <a>Minutes of the November meeting</a></li></ul></section></aside></div>"
            "<footer id=\"colophon\" class=\"site-footer\"><div class=\"site-info\">Proudly powered by WordPress</div></footer></div>")
    return page_wrap("Public meeting on the winter ferry timetable &#8211; Carrick Community Council", body)


# ---------------------------------------------------------------- news pages (format of ../news: html + gold txt)

def news_pages():
    """Three news stories in the markup of news CMSs L3S-GN1-like pages come from; the gold is the headline and the
    story's paragraphs (with in-story subheads and list items), without byline, captions, related links, pull quotes,
    tags, ads, newsletter boxes or author bios."""
    pages = {}
    # 1. A 2024 national news site: figure captions inside the body, an inline 'Related:' link, a pull quote, key points box.
    head = "Island school asks ministers to fund a later first bell after ferry cut"
    ps = ["The only secondary school serving four islands has asked the education minister for money to move its first lesson back by forty minutes, after the ferry operator confirmed it will drop the 7.10 crossing from January.",
          "Head teacher Alison Grieve said more than ninety pupils would otherwise miss most of the first period on four days a week. The school has already moved assemblies to the afternoon to make room for a later start.",
          "A later bell would mean extra transport in the afternoon, because the last return sailing leaves at 16.20 and pupils in after-school clubs would have no way home. The council estimates the cost at about £140,000 a year.",
          "Parents' council chair Donald Reid said families had been left to work out the consequences themselves. Several families were considering moving to the mainland for the winter, he said.",
          "What the operator says",
          "The operator said the cut is temporary and caused by the lack of a second crew while its older vessel is in dry dock. A spokeswoman said talks to charter a relief vessel were at an advanced stage.",
          "The transport minister is due to answer questions on the timetable in parliament on Wednesday."]
    pages["national-2024"] = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s | National News</title></head><body>"
        "<div class=\"gs-c-banner\"><a href=\"/\">National News</a><nav><a>Home</a> <a>UK</a> <a>World</a> <a>Business</a> <a>Politics</a> <a>Education</a> <a>Scotland</a></nav></div>"
        "<div class=\"ssrcss-page\"><main id=\"main-content\"><article><header><span class=\"ssrcss-kicker\">Scotland</span><h1 id=\"main-heading\" class=\"ssrcss-headline\">%s</h1></header>"
        "<div class=\"ssrcss-byline\"><div><span class=\"ssrcss-contributor\">By Ewan Drummond</span><span class=\"ssrcss-role\">Education correspondent, BBC-style Scotland</span></div>"
        "<time datetime=\"2024-11-25T06:12:00.000Z\">25 November 2024</time></div>"
        "<figure class=\"ssrcss-figure\"><img src=\"/news/1024/school.jpg\" alt=\"Pupils waiting at the pier\"><span class=\"ssrcss-credit\">Courier Photos</span><figcaption class=\"ssrcss-caption\">Pupils wait for the morning ferry at Carrick pier</figcaption></figure>"
        "<div data-component=\"text-block\"><p><b>%s</b></p></div><div data-component=\"text-block\"><p>%s</p></div>"
        "<div data-component=\"links-block\"><div class=\"ssrcss-related\"><h2>Related topics</h2><ul><li><a>Ferry operator confirms winter cut</a></li><li><a>Island pupils' exam results fall</a></li></ul></div></div>"
        "<div data-component=\"text-block\"><p>%s</p></div>"
        "<div data-component=\"quote-block\"><blockquote class=\"ssrcss-pullquote\"><p>Families have been left to work it out themselves</p><footer>Donald Reid, parents' council</footer></blockquote></div>"
        "<div data-component=\"text-block\"><p>%s</p></div>"
        "<figure class=\"ssrcss-figure\"><img src=\"/news/1024/ferry.jpg\" alt=\"\"><figcaption class=\"ssrcss-caption\">The older of the two vessels goes to dry dock in January</figcaption></figure>"
        "<div data-component=\"subheadline-block\"><h2>%s</h2></div><div data-component=\"text-block\"><p>%s</p></div>"
        "<div data-component=\"text-block\"><p>%s</p></div>"
        "<section class=\"ssrcss-topic-list\"><h2>More on this story</h2><ul><li><a>Islanders protest at ferry office</a><span>3 days ago</span></li><li><a>What is a lifeline ferry service?</a><span>1 October 2024</span></li></ul></section>"
        "<div class=\"ssrcss-tags\"><a>Scottish islands</a> <a>Ferries</a> <a>Education</a></div></article></main>"
        "<aside class=\"ssrcss-most-read\"><h2>Most read</h2><ol><li><a>Storm warning for the west coast</a></li><li><a>Whisky exports hit record</a></li><li><a>New bridge opens in the Highlands</a></li></ol></aside></div>"
        "<footer><p>Copyright &copy; 2024 National News. National News is not responsible for the content of external sites. <a>Read about our approach to external linking.</a></p></footer></body></html>") % tuple(
        [esc(head), esc(head)] + [esc(p) for p in ps])
    pages["national-2024-gold"] = [head] + ps

    # 2. A 2012 regional paper: wire story, dateline, photo gallery captions, 'Related stories' box inside the body column, AP copyright line.
    head = "Ferry crews vote to strike over winter rota"
    ps = ["HARROWBY, Scotland (AP) — Crews on the island ferry voted on Tuesday to strike for two days next month over a new winter rota that they say leaves boats short-handed in bad weather.",
          "The seafarers' union said 78 percent of members who voted backed the action, on a turnout of 81 percent. The strike would stop all sailings to the island on Dec. 14 and 15.",
          "The operator said it was disappointed and would keep talking. It said the rota met every safety rule and had been agreed with the regulator.",
          "Island businesses said a strike in the week before Christmas would cost them dearly. \"Those two days are worth a fortnight in February to us,\" said shop owner Kirsty Bain.",
          "Talks are due to resume on Friday."]
    pages["regional-2012"] = ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\"><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" /><title>%s - Harrowby Herald</title></head><body>"
        "<div id=\"wrapper\"><div id=\"header\"><a href=\"/\"><img src=\"/images/logo.gif\" alt=\"Harrowby Herald\" /></a><div id=\"weather\">Harrowby 8&deg;C Showers</div>"
        "<ul id=\"topnav\"><li><a>News</a></li><li><a>Sport</a></li><li><a>What's On</a></li><li><a>Jobs</a></li><li><a>Motors</a></li><li><a>Property</a></li><li><a>Announcements</a></li></ul></div>"
        "<div id=\"leftcol\"><div class=\"breadcrumb\"><a>Home</a> &gt; <a>News</a> &gt; <a>National</a></div><div class=\"article\"><h1>%s</h1>"
        "<div class=\"article-meta\"><span class=\"author\">By ALISTAIR MOORE, Associated Press</span> | <span class=\"date\">Published: 5:14 PM Tuesday, November 20, 2012</span></div>"
        "<div class=\"tools\"><a>Print</a> | <a>Email</a> | <a>Text size</a> | <a>Comments (4)</a></div>"
        "<div class=\"gallery\"><img src=\"/photos/ferry1.jpg\" alt=\"\" /><p class=\"caption\">The ferry Loch Carrick at Harrowby pier. (AP Photo/Jim Cowie)</p><p class=\"gallery-nav\">1 of 3 | <a>Next</a></p></div>"
        "<div class=\"article-text\"><p>%s</p><p>%s</p>"
        "<div class=\"related-box\"><h4>Related Stories</h4><ul><li><a>Operator defends new winter timetable</a></li><li><a>Islanders demand second ferry</a></li><li><a>Photos: the ferry through the years</a></li></ul></div>"
        "<p>%s</p><p>%s</p><p>%s</p>"
        "<p class=\"copyright\">Copyright 2012 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p></div>"
        "<div class=\"share\"><a>Facebook</a> <a>Twitter</a> <a>Digg</a> <a>Reddit</a></div></div>"
        "<div class=\"more-news\"><h3>More National News</h3><ul><li><a>Storm closes bridges in the north</a></li><li><a>Fuel prices rise again</a></li></ul></div></div>"
        "<div id=\"rightcol\"><div class=\"ad\"><img src=\"/ads/300x250.gif\" alt=\"Advertisement\" /></div><div class=\"mostpopular\"><h3>Most Popular</h3><ol><li><a>Council tax to rise 3 percent</a></li><li><a>Harbour seal rescued</a></li></ol></div></div>"
        "<div id=\"footer\"><p>&copy; 2012 Harrowby Herald | <a>Privacy Policy</a> | <a>Terms of Use</a> | <a>Contact Us</a> | <a>Advertise</a></p></div></div></body></html>") % tuple(
        [esc(head), esc(head)] + [esc(p) for p in ps])
    pages["regional-2012-gold"] = [head] + ps

    # 3. A 2020 magazine feature: drop cap span, h2 subheads, a bullet list, newsletter insert mid-body, image credit, author bio.
    head = "The island that runs on a timetable"
    ps = ["On a grey Tuesday morning the queue for the 7.10 ferry starts at half past six: nurses, joiners, a fish merchant, and a dozen teenagers in school jumpers with their hoods up against the rain.",
          "For an island of eleven hundred people, the ferry is not a convenience but the spine of daily life. Every appointment, delivery and shift is planned around it.",
          "Four crossings instead of six",
          "When the operator announced it would drop two sailings a day for the winter, islanders did the arithmetic at once. What it would mean, they said:",
          "The school day would start without a third of its pupils.",
          "Night-shift workers on the mainland would wait four hours for a boat home.",
          "Fresh food deliveries would fall from daily to four times a week.",
          "A community used to waiting",
          "Islanders are used to cancellations; in a bad winter one sailing in five is lost to the weather. What is new, they say, is a cut planned in advance without anyone asking them.",
          "The harbour board will meet the operator again in January, and a decision on chartering a relief vessel is expected by the end of that month."]
    pages["magazine-2020"] = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s | Coast Magazine</title></head><body>"
        "<div class=\"site-wrap\"><header class=\"mag-header\"><a class=\"mag-logo\" href=\"/\">COAST</a><nav><a>Features</a> <a>Travel</a> <a>Food</a> <a>Photography</a> <a>Subscribe</a></nav></header>"
        "<article class=\"feature\"><div class=\"feature-hero\"><img src=\"/img/hero-ferry.jpg\" alt=\"\"><p class=\"hero-credit\">Photograph: Mairi Campbell for Coast</p></div>"
        "<header class=\"feature-head\"><p class=\"rubric\">Long read</p><h1 class=\"feature-title\">%s</h1><p class=\"standfirst\">Six ferries a day became four. On one Hebridean island, that changes everything.</p>"
        "<p class=\"feature-byline\">Words by <a>Isla Fraser</a> &middot; <time datetime=\"2020-11-12\">12 November 2020</time> &middot; 9 min read</p></header>"
        "<div class=\"feature-body\"><p><span class=\"dropcap\">%s</span>%s</p><p>%s</p><h2>%s</h2><p>%s</p><ul><li>%s</li><li>%s</li><li>%s</li></ul>"
        "<aside class=\"newsletter-insert\"><h3>Enjoying this story?</h3><p>Get the best of Coast in your inbox every Sunday.</p><form><input type=\"email\"><button>Sign me up</button></form></aside>"
        "<figure class=\"inline-image\"><img src=\"/img/queue.jpg\" alt=\"\"><figcaption>The morning queue at the pier. <span class=\"credit\">Photograph: Mairi Campbell</span></figcaption></figure>"
        "<h2>%s</h2><p>%s</p><p>%s</p></div>"
        "<footer class=\"feature-foot\"><div class=\"author-bio\"><img src=\"/img/isla.jpg\" alt=\"\"><p>Isla Fraser writes about island life and the sea. Her book, <em>Tide Tables</em>, is out next spring.</p></div>"
        "<div class=\"share\"><a>Share on Facebook</a> <a>Share on Twitter</a> <a>Email</a></div><div class=\"tags\"><a>Islands</a> <a>Ferries</a> <a>Scotland</a></div></footer></article>"
        "<section class=\"read-next\"><h2>Read next</h2><div class=\"cards\"><a class=\"card\"><h3>The last lighthouse keepers</h3><p>Travel</p></a><a class=\"card\"><h3>Seaweed, the new superfood?</h3><p>Food</p></a></div></section>"
        "<footer class=\"mag-footer\"><p>&copy; 2020 Coast Media. All rights reserved.</p><a>Privacy</a> <a>Cookies</a> <a>Contact</a></footer></div></body></html>") % tuple(
        [esc(head), esc(head), esc(ps[0][0]), esc(ps[0][1:])] + [esc(p) for p in ps[1:]])
    pages["magazine-2020-gold"] = [head] + ps
    return pages


# ---------------------------------------------------------------- writing

def gold_of(name, system, cs, forum, likes, times="minute", note=None, fetched=None, zero_shown=True, expect=None):
    """zero_shown=False: the page shows no count when nobody liked a post, so the gold says null, not 0.
    expect: the comment-section status the page calls for when its comments cannot be read from the HTML."""
    g = {"page": {"file": "pages/" + name + ".html"}, "system": system, "site": name + ".example", "forum": forum, "heldOut": True,
         "comments": [{"id": "g%d" % i, "parent": None if c["parent"] is None else "g%d" % c["parent"], "author": c["author"],
                       "time": c["time"].strftime("%Y-%m-%dT%H:%M") if times == "minute" else c["time"].strftime("%Y-%m-%d") if times == "date" else None,
                       "likes": c["likes"] if likes and (c["likes"] or zero_shown) else None, "text": "\n\n".join(c["paras"])} for i, c in enumerate(cs)]}
    if fetched:
        g["fetchedAt"] = fetched.strftime("%Y-%m-%dT%H:%M:00Z")
    if expect:
        g["expectSection"] = expect
    if note:
        g["note"] = note
    return g


def main():
    os.makedirs(os.path.join(OUT, "pages"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "news", "pages"), exist_ok=True)
    written = []

    def write(name, html_, gold):
        with open(os.path.join(OUT, "pages", name + ".html"), "w", encoding="utf-8") as f:
            f.write(html_)
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=1, ensure_ascii=False)
            f.write("\n")
        written.append(name)

    cs = thread(13, max_depth=3)
    write("waline", waline(cs), gold_of("waline", "waline", cs, False, True, times="date", zero_shown=False,
          note="replies flattened into the root's wl-quote; a reply to a reply starts with an '@name' link to its parent (not text); the region/browser/OS line is not text; like count none for 0"))
    cs = thread(12, max_depth=3)
    write("artalk", artalk(cs), gold_of("artalk", "artalk", cs, False, True,
          note="nested atk-comment-children; 'Up (n)' is likes; the date shows the minute; user-agent chips and the 'Admin' badge are not text or author"))
    cs = thread(12, max_depth=3)
    write("talkyard", talkyard(cs), gold_of("talkyard", "talkyard", cs, False, True, zero_shown=False, fetched=NOW,
          note="the full name (esP_By_F) is the author, '@username' beside it is not; the ISO time in the relative time's title; 'n Likes' (none for 0)"))
    cs = thread(14, max_depth=3)
    write("guardian-like", guardian(cs), gold_of("guardian-like", "guardian", cs, False, True,
          note="responses flattened under the top comment; 'in reply to X' links to the parent and is not text; recommend count is likes; '21 Nov 2026 14.03'"))
    cs = thread(12, nested=False)
    write("metafilter", metafilter(cs), gold_of("metafilter", "metafilter", cs, False, True, zero_shown=False,
          note="flat; the 'posted by X at 2:14 PM on November 21, 2026 [n favorites]' line comes after the text and is not text; favorites are likes (none shown for 0)"))
    cs = thread(13, max_depth=4)
    for c in cs:  # Tildes shows usernames only
        c["author"] = handle(c["author"])
    write("tildes", tildes(cs), gold_of("tildes", "tildes", cs, False, True, zero_shown=False, fetched=NOW,
          note="nested ol.comment-tree-replies; the time in datetime (text relative); 'Vote (n)' is likes ('Vote' for none); 'Link'/'Parent' nav links not text"))
    cs = thread(12, max_depth=2)
    for c in cs:  # the embed shows usernames only
        c["author"] = handle(c["author"])
    write("discourse-embed", discourse_embed(cs), gold_of("discourse-embed", "discourse-embed", cs, False, True, zero_shown=False,
          note="flat article.post; 'in-reply-to' names the parent's username; 'Nov 21' shown, full time in the date link's title; usernames are the authors"))
    cs = thread(12, max_depth=2)
    write("bluesky", bluesky(cs), gold_of("bluesky", "bluesky", cs, False, True, zero_shown=False, fetched=NOW,
          note="the opening post is the article; display name is the author ('@handle' is not); full time in the time link's aria-label; nesting only in padding-left; likeCount (none for 0)"))
    cs = thread(11, max_depth=1)
    write("wix", wix(cs), gold_of("wix", "wix", cs, False, True, times="date", zero_shown=False,
          note="hashed classes, data-hook attributes; one level of replies in replies-list; 'Admin' badge not part of the name; total-likes (empty for none)"))
    cs = thread(13, max_depth=1)
    write("gitlab", gitlab(cs), gold_of("gitlab", "gitlab", cs, False, True, zero_shown=False, fetched=NOW,
          note="the issue description is the article; a discussion's replies answer its first note; the full name is the author (not '@handle'); thumbs-up award count (none for 0); role badge not text"))
    posts = forum_thread(10, likes=True, quoting=True)
    write("vbulletin5", page_wrap("Winter ferry timetable - four sailings from January - Islands Forum", vbulletin5(posts, "Winter ferry timetable - four sailings from January")),
          gold_of("vbulletin5", "vbulletin5", posts, True, True, zero_shown=False,
                  note="every post a comment, the first too; 'Originally posted by X' quotes are not text, the quoted post is the parent; user info column (rank, join date, posts) not text; likes none for 0"))
    posts = forum_thread(9, likes=False, quoting=True, opener="Björn Aas")
    write("bugzilla", page_wrap("Bug 1412 – Winter timetable drops the 7.10 sailing the school depends on", bugzilla(posts, "Winter timetable drops the 7.10 sailing the school depends on")),
          gold_of("bugzilla", "bugzilla", posts, True, False,
                  note="every comment a post, the Description (comment 0) too; '(In reply to X from comment #n)' and '>' quoted lines are not text, the quoted comment is the parent; vcard/fn author; seconds dropped"))
    # comment-section status pages
    write("disqus-embed", disqus_embed(), {"page": {"file": "pages/disqus-embed.html"}, "system": "disqus-embed", "site": "disqus-embed.example", "forum": False,
                                           "heldOut": True, "comments": [], "expectSection": "unparsed",
                                           "note": "comments loaded by Disqus's embed script: nothing to extract, the status should be 'unparsed' with a reason"})
    write("facebook-embed", facebook_embed(), {"page": {"file": "pages/facebook-embed.html"}, "system": "facebook-embed", "site": "facebook-embed.example", "forum": False,
                                               "heldOut": True, "comments": [], "expectSection": "unparsed",
                                               "note": "comments loaded by the Facebook comments plugin: nothing to extract, the status should be 'unparsed' with a reason"})
    cs = thread(9, max_depth=2)
    write("next-data", next_data(cs), {"page": {"file": "pages/next-data.html"}, "system": "next-data", "site": "next-data.example", "forum": False,
                                       "heldOut": True, "comments": [], "expectSection": "unparsed",
                                       "note": "comments only in the __NEXT_DATA__ JSON (rendered by script); the HTML shows a heading and a skeleton; the status should be 'unparsed' with a reason"})
    write("closed", closed(), {"page": {"file": "pages/closed.html"}, "system": "wordpress-closed", "site": "closed.example", "forum": False,
                               "heldOut": True, "comments": [], "expectSection": "none",
                               "note": "no comments and comments closed; the 'Recent Comments' widget names another post's commenter; the status should be 'none'"})
    # news pages
    news = news_pages()
    names = [k for k in news if not k.endswith("-gold")]
    for k in names:
        with open(os.path.join(OUT, "news", "pages", k + ".html"), "w", encoding="utf-8") as f:
            f.write(news[k])
        with open(os.path.join(OUT, "news", "pages", k + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n\n".join(news[k + "-gold"]) + "\n")
    with open(os.path.join(OUT, "news", "pages.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(names) + "\n")
    print("\n".join(written + ["news/" + k for k in names]))


if __name__ == "__main__":
    main()
