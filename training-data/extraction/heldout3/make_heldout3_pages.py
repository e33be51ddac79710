#!/usr/bin/python3
"""Writes the THIRD held-out round of thread pages: comment and forum systems that no earlier gold set covers
(../threads, ../heldout, ../heldout2): YouTube-style custom elements, Medium responses (hashed classes, claps),
Giscus (GitHub Discussions widget), Hyvor Talk, Cusdis, the Telegram discussion widget (reply previews),
IntenseDebate, the Facebook comments plugin (hashed classes), and forums / threads where every message is a post:
Mailman 3 HyperKitty thread view (nested e-mails, quoted text), Khoros (Lithium) community ("In response to"),
WoltLab Burning Board 5 (quote boxes), Steam community discussion, Disqus's static (noscript / AMP) list.
Each in a full page with the clutter real sites carry, and beside each the gold JSON, in the format of ../heldout2.

Written and measured BEFORE any extraction rule was changed for them (README.md). Other topic, names and sentences
than the earlier batches. Fixed seed: the same pages every run.
Usage: make_heldout3_pages.py [OUT_DIR]"""
import datetime as dt
import html
import json
import os
import random
import sys

R = random.Random(20261207)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

SUBJECTS = ["the bridge closure", "the new cycle lane on Mill Street", "the library opening hours", "the bus lane cameras",
            "the riverside flats", "the allotment waiting list", "the town centre car park", "the school crossing patrol",
            "the weir footpath", "the market square paving", "the flood barrier", "the night bus",
            "the swimming pool refurbishment", "the low traffic zone", "the recycling centre booking system", "the station footbridge"]
VIEWS = ["was never properly consulted on", "has made my commute twice as long", "is a sensible compromise",
         "should be paused until spring", "was decided before anyone asked us", "has been a quiet success",
         "punishes the people who can least afford it", "needs better signs more than anything",
         "only works if the buses actually run", "could have been done in half the time",
         "is being blamed for problems it did not cause", "deserves a second look from the council"]
ASIDES = ["I cycle it every morning with two children.", "The survey closed before most of us heard about it.",
          "My neighbour has run the shop there for thirty years.", "The council minutes are online if you dig.",
          "Nobody mentions the lorries from the quarry.", "It flooded twice in the last decade.",
          "I counted the buses myself one Tuesday.", "The petition has more signatures than the ward has voters.",
          "Ask anyone who uses a wheelchair.", "I hope I am wrong about this.",
          "The old plan from 2015 was better.", "The contractor has done good work elsewhere."]
STARTS = ["Frankly", "As a resident", "To be fair", "I might be alone here, but", "Living two streets away",
          "From experience", "If I read the plan right", "Speaking as a shop owner", "Realistically",
          "For the record", "Oddly enough", "Sadly"]
NAMES = ["Oksana Petrenko", "millrace", "Dewi Harris", "bramble_cat", "Ines Carvalho", "townplanner_no", "Kwame A.",
         "Saoirse", "Jonty Bell", "weirwalker", "Magnus", "Priya Raman", "tillerman", "Beatrix L", "Hamza Q",
         "nightbus_nora", "Ffion", "cobbles", "Rafael Ortiz", "Elspeth M."]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NOW = dt.datetime(2026, 11, 28, 10, 5)  # fetch time of the pages with relative or year-less times ("fetchedAt")

STORY = ["The county council will close the Town Bridge to all traffic for eleven weeks from February while engineers "
         "replace two corroded bearings, diverting buses through the industrial estate.",
         "Officers told the transport committee on Tuesday that the work could not wait another winter. The diversion "
         "adds about four miles to the route, and the bus company has asked for an extra vehicle to keep to time.",
         "Traders on Bridge Street say the last closure, in 2019, cost them a fifth of their takings, and have asked "
         "for a temporary footbridge so that shoppers can still cross on foot.",
         "A drop-in session about the works will be held at the library on 9 December, and the council says a "
         "decision on the footbridge will follow in January."]


def esc(s):
    return html.escape(s, quote=True)


def para():
    s = "%s, %s %s. %s" % (R.choice(STARTS), R.choice(SUBJECTS), R.choice(VIEWS), R.choice(ASIDES))
    return s[0].upper() + s[1:]


def thread(n, nested=True, max_depth=3, likes=True, start=None, spread=(4, 200)):
    """n comments in depth-first page order, each with parent index (or None), depth, author, time, likes, paras."""
    out = []
    t = start or dt.datetime(2026, 11, R.randint(12, 22), R.randint(6, 12), R.randint(0, 59))
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
        c["id"] = 52000 + remap[old] * 17
        res.append(c)
    return res


def forum_thread(n, likes=False, start=None, quoting=True, opener="Oksana Petrenko"):
    """An opening post and n replies, flat; a reply quotes an earlier post (its parent) with probability 0.35."""
    cs = thread(n, nested=False, likes=likes, start=start, spread=(10, 400))
    first = {"parent": None, "depth": 0, "author": opener, "time": cs[0]["time"] - dt.timedelta(hours=1, minutes=41),
             "likes": R.randint(0, 60) if likes else None,
             "paras": [STORY[0], "Has anyone heard whether the footbridge is actually happening? " + STORY[2]],
             "quote": None, "id": 51999}
    cs = [first] + cs
    for i, c in enumerate(cs):
        if i > 1 and quoting and R.random() < 0.35:
            c["parent"] = R.randrange(i)
            c["quote"] = cs[c["parent"]]["paras"][0]
    return cs


def kids(cs, i):
    return [j for j, c in enumerate(cs) if c["parent"] == i]


def mon(t):
    return MONTHS[t.month - 1]


def ampm(t):
    return "%d:%02d %s" % (t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM")


def ago(t, now=NOW):
    d = now - t
    m = int(d.total_seconds() // 60)
    if m < 60:
        return "%d minutes ago" % m
    if m < 1440:
        return "%d hour%s ago" % (m // 60, "" if m // 60 == 1 else "s")
    return "%d day%s ago" % (d.days, "" if d.days == 1 else "s")


def paras(c, tag="p", cls=None):
    open_ = "<%s class=\"%s\">" % (tag, cls) if cls else "<%s>" % tag
    return "".join("%s%s</%s>" % (open_, esc(p), tag) for p in c["paras"])


def chrome(title, body, sidebar=True):
    """A whole page: cookie bar, navigation, ad slots, a sidebar of most-read links and a footer around the body."""
    most = "".join("<li><a href=\"/news/%d\">%s</a></li>" % (300 + k, esc(s[0].upper() + s[1:] + ": what happens next"))
                   for k, s in enumerate(R.sample(SUBJECTS, 5)))
    side = ("<aside class=\"sidebar\"><section class=\"most-read\"><h3>Most read</h3><ol>%s</ol></section>"
            "<div class=\"ad-slot ad-slot--mpu\" data-ad-unit=\"sidebar\"><span>Advertisement</span></div>"
            "<section class=\"newsletter\"><h3>The Weir Weekly</h3><p>Town news every Saturday morning.</p>"
            "<form><input type=\"email\" placeholder=\"Your email\"><button>Sign up</button></form></section></aside>") % most if sidebar else ""
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title>"
            "<meta name=\"viewport\" content=\"width=device-width\"></head><body>"
            "<div class=\"cookie-notice\" role=\"dialog\"><p>This site uses cookies to improve your experience and to show adverts.</p>"
            "<button>Accept all</button> <button>Manage</button></div>"
            "<header class=\"masthead\"><a class=\"logo\" href=\"/\">The Millbrook Echo</a><nav class=\"primary-nav\"><ul>"
            "<li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li><li><a href=\"/transport\">Transport</a></li>"
            "<li><a href=\"/council\">Council</a></li><li><a href=\"/sport\">Sport</a></li><li><a href=\"/whats-on\">What's on</a></li></ul></nav>"
            "<form class=\"search\"><input name=\"q\" placeholder=\"Search\"></form></header>"
            "<div class=\"ad-slot ad-slot--leaderboard\" data-ad-unit=\"top\"><span>Advertisement</span></div>"
            "<div class=\"layout\"><main class=\"content\">%s</main>%s</div>"
            "<section class=\"related\"><h3>Related stories</h3><ul><li><a href=\"/news/21\">Night bus trial extended to March</a></li>"
            "<li><a href=\"/news/22\">Weir footpath reopens after repairs</a></li><li><a href=\"/news/23\">Library to open on Sundays</a></li></ul></section>"
            "<footer class=\"site-footer\"><ul><li><a href=\"/contact\">Contact</a></li><li><a href=\"/advertise\">Advertise</a></li>"
            "<li><a href=\"/privacy\">Privacy</a></li><li><a href=\"/terms\">Terms</a></li></ul>"
            "<p>&copy; 2026 Echo Newspapers Ltd.</p></footer></body></html>") % (esc(title), body, side)


def story(title="Town Bridge to close for eleven weeks from February"):
    return ("<article class=\"article\"><h1 class=\"headline\">%s</h1><p class=\"byline\">By <a href=\"/author/lena-frost\">Lena Frost</a>, "
            "Local democracy reporter &middot; <time datetime=\"2026-11-11T06:45\">11 November 2026</time></p>"
            "<figure><img src=\"/img/bridge.jpg\" alt=\"\"><figcaption>The Town Bridge from the weir. Photo: Echo</figcaption></figure>"
            "<div class=\"article-body\">%s</div><div class=\"share-tools\"><a>Share</a> <a>Post</a> <a>Email</a></div></article>") % (
        esc(title), "".join("<p>%s</p>" % esc(p) for p in STORY))


def page_wrap(title, body):
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title></head><body>%s</body></html>" % (esc(title), body)


def kfmt(n):
    return "%.1fK" % (n / 1000) if n >= 1000 else str(n)


# ---------------------------------------------------------------- comment systems

def youtube(cs):
    """YouTube-style watch page: custom elements (ytd-comment-thread-renderer), '@handle' authors, '3 days ago', a
    vote count span, replies in ytd-comment-replies-renderer, each reply starting with an @mention of the parent."""
    def one(i, reply):
        c = cs[i]
        handle = c["author"]  # already "@handle"
        mention = ""
        if reply and cs[c["parent"]]["author"] != c["author"]:
            mention = "<a class=\"yt-simple-endpoint\" href=\"/channel/UC%d\">%s</a> " % (cs[c["parent"]]["id"], esc(cs[c["parent"]]["author"]))
        text = "<br><br>".join(esc(p) for p in c["paras"])
        return ("<ytd-comment-renderer id=\"comment\" class=\"style-scope ytd-comment-thread-renderer\"%s><div id=\"body\" class=\"style-scope ytd-comment-renderer\">"
                "<div id=\"author-thumbnail\" class=\"style-scope ytd-comment-renderer\"><a href=\"/%s\"><yt-img-shadow class=\"style-scope ytd-comment-renderer no-transition\"><img id=\"img\" class=\"style-scope yt-img-shadow\" alt=\"\" height=\"40\" width=\"40\" src=\"https://yt3.example/%d.jpg\"></yt-img-shadow></a></div>"
                "<div id=\"main\" class=\"style-scope ytd-comment-renderer\"><div id=\"header\" class=\"style-scope ytd-comment-renderer\"><div id=\"header-author\" class=\"style-scope ytd-comment-renderer\">"
                "<h3 class=\"style-scope ytd-comment-renderer\"><a id=\"author-text\" class=\"yt-simple-endpoint style-scope ytd-comment-renderer\" href=\"/%s\"><span class=\"style-scope ytd-comment-renderer\">%s</span></a></h3>"
                "<yt-formatted-string id=\"published-time-text\" class=\"published-time-text style-scope ytd-comment-renderer\"><a class=\"yt-simple-endpoint style-scope yt-formatted-string\" href=\"/watch?v=bR1dg3&amp;lc=Ugx%d\">%s</a></yt-formatted-string></div></div>"
                "<div id=\"comment-content\" class=\"style-scope ytd-comment-renderer\"><ytd-expander class=\"style-scope ytd-comment-renderer\" collapsed=\"\"><div id=\"content\" class=\"style-scope ytd-expander\">"
                "<yt-formatted-string id=\"content-text\" slot=\"content\" split-lines=\"\" class=\"style-scope ytd-comment-renderer\">%s%s</yt-formatted-string></div>"
                "<tp-yt-paper-button id=\"more\" class=\"style-scope ytd-expander\"><span class=\"more-button style-scope ytd-comment-renderer\">Read more</span></tp-yt-paper-button></ytd-expander></div>"
                "<ytd-comment-action-buttons-renderer id=\"action-buttons\" class=\"style-scope ytd-comment-renderer\"><div id=\"toolbar\" class=\"style-scope ytd-comment-action-buttons-renderer\">"
                "<ytd-toggle-button-renderer id=\"like-button\"><button aria-label=\"Like this comment along with %d other people\"></button></ytd-toggle-button-renderer>"
                "<span id=\"vote-count-middle\" class=\"style-scope ytd-comment-action-buttons-renderer\" aria-label=\"%d likes\">%s</span>"
                "<ytd-toggle-button-renderer id=\"dislike-button\"><button aria-label=\"Dislike this comment\"></button></ytd-toggle-button-renderer>"
                "<div id=\"reply-button\" class=\"style-scope ytd-comment-action-buttons-renderer\"><ytd-button-renderer><a><tp-yt-paper-button><yt-formatted-string>Reply</yt-formatted-string></tp-yt-paper-button></a></ytd-button-renderer></div></div></ytd-comment-action-buttons-renderer>"
                "</div></div></ytd-comment-renderer>") % (
            " is-reply=\"\"" if reply else "", esc(handle), c["id"], esc(handle), esc(handle), c["id"], ago(c["time"]), mention, text,
            c["likes"], c["likes"], kfmt(c["likes"]) if c["likes"] else "")
    threads = []
    for i in kids(cs, None):
        reps = []

        def walk(j):
            for k in kids(cs, j):
                reps.append(one(k, True))
                walk(k)
        walk(i)
        replies = ""
        if reps:
            replies = ("<div id=\"replies\" class=\"style-scope ytd-comment-thread-renderer\"><ytd-comment-replies-renderer class=\"style-scope ytd-comment-thread-renderer\">"
                       "<div id=\"expander\"><div id=\"more-replies\"><tp-yt-paper-button><yt-formatted-string>%d replies</yt-formatted-string></tp-yt-paper-button></div>"
                       "<div id=\"expander-contents\"><div id=\"contents\" class=\"style-scope ytd-comment-replies-renderer\">%s</div></div></div></ytd-comment-replies-renderer></div>") % (
                len(reps), "".join(reps))
        threads.append("<ytd-comment-thread-renderer class=\"style-scope ytd-item-section-renderer\">%s%s</ytd-comment-thread-renderer>" % (one(i, False), replies))
    body = ("<ytd-app><div id=\"masthead-container\"><ytd-masthead><a id=\"logo\" href=\"/\">VidTube</a><input id=\"search\" placeholder=\"Search\"><a>Sign in</a></ytd-masthead></div>"
            "<ytd-page-manager><ytd-watch-flexy><div id=\"columns\"><div id=\"primary\"><div id=\"player\"><video src=\"/v/bR1dg3.mp4\"></video></div>"
            "<h1 class=\"title style-scope ytd-video-primary-info-renderer\"><yt-formatted-string>Millbrook Town Bridge closure explained | Council briefing</yt-formatted-string></h1>"
            "<div id=\"info\"><span>41,208 views</span> <span>Nov 12, 2026</span></div>"
            "<ytd-video-secondary-info-renderer><div id=\"owner\"><a>Millbrook Echo</a> <span>12.4K subscribers</span> <button>Subscribe</button></div>"
            "<div id=\"description\"><p>%s</p><p>%s</p></div></ytd-video-secondary-info-renderer>"
            "<ytd-comments id=\"comments\"><ytd-item-section-renderer id=\"sections\"><div id=\"header\"><ytd-comments-header-renderer><h2 id=\"count\"><span>%d</span> Comments</h2>"
            "<yt-sort-filter-sub-menu-renderer><a>Sort by</a></yt-sort-filter-sub-menu-renderer><div id=\"simple-box\"><input placeholder=\"Add a comment...\"></div></ytd-comments-header-renderer></div>"
            "<div id=\"contents\" class=\"style-scope ytd-item-section-renderer\">%s</div></ytd-item-section-renderer></ytd-comments></div>"
            "<div id=\"secondary\"><ytd-watch-next-secondary-results-renderer>%s</ytd-watch-next-secondary-results-renderer></div></div></ytd-watch-flexy></ytd-page-manager></ytd-app>") % (
        esc(STORY[0]), esc(STORY[3]), len(cs), "".join(threads),
        "".join("<ytd-compact-video-renderer><a><h3>%s</h3><span>Millbrook Echo</span> <span>%d views</span></a></ytd-compact-video-renderer>" % (
            esc(s[0].upper() + s[1:] + " - full meeting"), R.randint(900, 90000)) for s in R.sample(SUBJECTS, 6)))
    return page_wrap("Millbrook Town Bridge closure explained | Council briefing - VidTube", body)


def medium(cs):
    """Medium responses: hashed class names only, author link with the name, 'Nov 21, 2026' in a link, the clap
    count beside a clap button, 'n replies' toggles; replies nested in a div with a left border."""
    def one(i, level):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k, level + 1) for k in kids(cs, i))
        sub = "<div class=\"ac ae ks kt\"><div class=\"pw-replies ku kv\">%s</div></div>" % sub if sub else ""
        return ("<div class=\"ll lm ln lo\"><div class=\"eb ec ed\"><div class=\"l\"><div class=\"ab q\"><div class=\"bm\"><a href=\"/@%s\" rel=\"noopener follow\"><div class=\"l ee\">"
                "<img alt=\"%s\" class=\"l ef by kj kk cx\" src=\"https://miro.example/%d.jpg\" width=\"32\" height=\"32\"></div></a></div>"
                "<div class=\"ab cn\"><div class=\"ab q\"><a class=\"af ag ah ai aj ak al am an ao ap aq ar as at\" href=\"/@%s\" rel=\"noopener follow\"><p class=\"be b bf z dt\">%s</p></a></div>"
                "<div class=\"ab\"><a class=\"af ag ah ai aj ak al am an ao ap aq ar as at\" href=\"/@%s/%x\" rel=\"noopener follow\"><p class=\"be b bf z dt\">%s %d, %d</p></a></div></div></div></div>"
                "<div class=\"lr ls lt\"><pre class=\"kx ky kz la\"></pre>%s</div>"
                "<div class=\"ab cc jh ji\"><div class=\"ab q\"><div class=\"pw-multi-vote-icon ee lv lw lx ly\"><button class=\"af ag ah ai aj ak al am an ao ap aq ar as at\" aria-label=\"clap\"><svg width=\"24\" height=\"24\"></svg></button></div>"
                "<div class=\"pw-multi-vote-count l lz ma\"><p class=\"be b du z dt\"><span class=\"mb\">%s</span></p></div></div>"
                "<div class=\"ab q\"><button class=\"af ag ah ai aj ak al am an ao ap aq ar as at\">%s</button><button class=\"af ag ah\"><span class=\"be b du z dv\">Reply</span></button></div></div>"
                "</div></div>%s</div>") % (
            esc(c["author"].replace(" ", "").lower()), esc(c["author"]), c["id"], esc(c["author"].replace(" ", "").lower()), esc(c["author"]),
            esc(c["author"].replace(" ", "").lower()), c["id"] * 4099, mon(t)[:3], t.day, t.year,
            paras(c, "p", "pw-post-body-paragraph kc kd fq ke b kf kg kh ki"), c["likes"] if c["likes"] else "",
            ("%d repl%s" % (len(kids(cs, i)), "y" if len(kids(cs, i)) == 1 else "ies")) if kids(cs, i) else "", sub)
    body = ("<div id=\"root\"><div class=\"a b c\"><div class=\"d e f g h i\"><nav class=\"ab q\"><a href=\"/\" class=\"logo\">Medium</a><input placeholder=\"Search\"><a>Write</a> <a>Sign up</a> <a>Sign in</a></nav></div>"
            "<article><div class=\"ab ca\"><h1 class=\"pw-post-title\">The bridge is closing. Here is what Millbrook should ask for.</h1>"
            "<div class=\"pw-author\"><a>Dewi Harris</a> &middot; <span>7 min read</span> &middot; <span>Nov 12, 2026</span></div>"
            "<section>%s<p class=\"pw-post-body-paragraph\">We will not get a better moment to ask for a proper crossing for people on foot.</p></section></div></article>"
            "<div class=\"ab ca\"><div class=\"footer-tags\"><a>Local Government</a> <a>Transport</a> <a>Cities</a></div>"
            "<div class=\"ab q\"><span>2.1K</span> claps &middot; <span>%d</span> responses</div></div>"
            "<div class=\"ki kj\" role=\"dialog\" aria-label=\"Responses\"><div class=\"ab q\"><h2 class=\"be fr\">Responses (%d)</h2></div>"
            "<div class=\"ab\"><div class=\"pw-respond\"><textarea placeholder=\"What are your thoughts?\"></textarea><button>Respond</button></div></div>"
            "<div class=\"pw-responses\">%s</div><button class=\"af ag\">See all responses</button></div>"
            "<div class=\"ab ca\"><h2>More from Dewi Harris</h2><ul>%s</ul><h2>Recommended from Medium</h2><ul><li><a>Why every town needs a bus lane</a></li><li><a>The quiet death of the high street</a></li></ul></div>"
            "<footer><a>Help</a> <a>Status</a> <a>About</a> <a>Careers</a> <a>Privacy</a> <a>Terms</a></footer></div></div>") % (
        "".join("<p class=\"pw-post-body-paragraph\">%s</p>" % esc(p) for p in STORY[:3]), len(cs), len(cs),
        "".join(one(i, 0) for i in kids(cs, None)),
        "".join("<li><a>%s</a></li>" % esc(s[0].upper() + s[1:] + ", explained") for s in R.sample(SUBJECTS, 3)))
    return page_wrap("The bridge is closing. Here is what Millbrook should ask for. | by Dewi Harris | Medium", body)


def giscus(cs):
    """Giscus (GitHub Discussions widget), rendered: div.gsc-comment with gsc-comment-author, relative-time with
    datetime, a reaction count list, replies in div.gsc-replies as div.gsc-reply (one level)."""
    def reacts(c):
        if not c["likes"]:
            return "<div class=\"gsc-reactions\"><button class=\"gsc-social-reaction-summary-item\" aria-label=\"Add reactions\"><svg></svg></button></div>"
        return ("<div class=\"gsc-reactions\"><button class=\"gsc-social-reaction-summary-item\" aria-label=\"%d people reacted with thumbs up\">"
                "<span class=\"gsc-emoji\">&#128077;</span><span class=\"gsc-social-reaction-summary-item-count\">%d</span></button></div>") % (c["likes"], c["likes"])

    def head(c, cls):
        t = c["time"]
        login = c["author"].replace(" ", "-").replace(".", "")
        return ("<div class=\"%s-author\"><div class=\"gsc-%s-author-avatar\"><a rel=\"nofollow noopener noreferrer\" target=\"_blank\" href=\"https://github.com/%s\" class=\"flex items-center\">"
                "<img class=\"mr-2 rounded-full\" src=\"https://avatars.example/%s\" width=\"30\" height=\"30\" alt=\"@%s\"><span class=\"link-primary overflow-hidden text-ellipsis font-semibold\">%s</span></a></div>"
                "<a rel=\"nofollow noopener noreferrer\" target=\"_blank\" class=\"link-secondary overflow-hidden text-ellipsis\" href=\"https://github.com/millbrook/site/discussions/41#discussioncomment-%d\">"
                "<time class=\"whitespace-nowrap\" title=\"%s %d, %d, %s GMT\" datetime=\"%s:00.000Z\">%s</time></a></div>") % (
            cls, "comment" if cls == "gsc-comment" else "reply", login, login, login, esc(login), c["id"],
            mon(t)[:3], t.day, t.year, ampm(t), t.strftime("%Y-%m-%dT%H:%M"), "on " + mon(t)[:3] + " " + str(t.day))
    out = []
    for i in kids(cs, None):
        c = cs[i]
        reps = "".join(("<div class=\"gsc-reply\"><div class=\"gsc-tl-line\"></div><div class=\"flex py-2 pl-4\"><div class=\"w-full min-w-0\">%s"
                        "<div class=\"markdown gsc-reply-content\">%s</div>%s</div></div></div>") % (head(cs[k], "gsc-reply"), paras(cs[k]), reacts(cs[k]))
                       for k in kids(cs, i))
        out.append(("<div class=\"gsc-timeline\"><div class=\"gsc-comment\"><div class=\"gsc-comment-box\"><div class=\"gsc-comment-box-top\">%s</div>"
                    "<div class=\"markdown gsc-comment-content\">%s</div><div class=\"gsc-comment-footer\">%s</div></div>"
                    "<div class=\"gsc-replies\">%s<div class=\"gsc-reply-box\"><button class=\"gsc-reply-box-button\">Write a reply</button></div></div></div></div>") % (
            head(c, "gsc-comment"), paras(c), reacts(c), reps))
    body = ("<div class=\"wrapper\"><header class=\"blog-header\"><a href=\"/\">millbrook.dev</a><nav><a>Posts</a> <a>Tags</a> <a>About</a> <a>RSS</a></nav></header>"
            "<main><article class=\"post\"><h1>Mapping eleven weeks of bus diversions with open data</h1><p class=\"post-meta\">Dewi Harris &middot; 14 November 2026 &middot; 6 min</p>"
            "<div class=\"post-content\">%s<p>The code for the maps is on GitHub; the numbers come from the council's own timetables.</p></div>"
            "<nav class=\"post-nav\"><a>&larr; Counting cyclists on Mill Street</a> <a>Winter flood gauges &rarr;</a></nav></article>"
            "<section class=\"comments\"><div class=\"giscus\"><div class=\"gsc-main\"><div class=\"gsc-reactions\"><h4 class=\"gsc-reactions-count\">14 reactions</h4></div>"
            "<div class=\"gsc-comments\"><div class=\"gsc-header\"><h4 class=\"gsc-comments-count\"><a href=\"https://github.com/millbrook/site/discussions/41\">%d comments</a></h4>"
            "<div class=\"gsc-right-header\"><span>Oldest</span> <span>Newest</span></div></div>%s"
            "<div class=\"gsc-comment-box\"><div class=\"gsc-comment-box-tabs\"><button>Write</button><button>Preview</button></div><textarea placeholder=\"Sign in to comment\"></textarea><a class=\"btn\">Sign in with GitHub</a></div></div>"
            "<p class=\"gsc-powered-by\">&ndash; powered by <a href=\"https://giscus.app\">giscus</a></p></div></div></section></main>"
            "<footer><p>&copy; 2026 Dewi Harris &middot; Built with Hugo</p></footer></div>") % (
        "".join("<p>%s</p>" % esc(p) for p in STORY[:2]), len(cs), "".join(out))
    return page_wrap("Mapping eleven weeks of bus diversions with open data | millbrook.dev", body)


def hyvor(cs):
    """Hyvor Talk, rendered into the light DOM: div.comment with a name, a 'Nov 21, 2026' date link, upvote count,
    replies in div.replies after the comment body; badges ('Moderator') beside some names."""
    def one(i):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k) for k in kids(cs, i))
        badge = "<span class=\"badge\">Moderator</span>" if c["author"] == "Priya Raman" else ""
        return ("<div class=\"comment-wrap\" data-id=\"%d\"><div class=\"comment%s\" id=\"ht-comment-%d\"><div class=\"comment-inner\">"
                "<div class=\"comment-left\"><div class=\"avatar\"><img src=\"https://talk.example/av/%d.png\" alt=\"\"></div></div>"
                "<div class=\"comment-right\"><div class=\"comment-head\"><span class=\"name\">%s</span>%s<a class=\"time\" href=\"#ht-comment-%d\" title=\"%s\">%s %d, %d</a></div>"
                "<div class=\"comment-body\"><div class=\"content\">%s</div></div>"
                "<div class=\"comment-actions\"><button class=\"vote upvote\"><span class=\"icon\"></span><span class=\"count\">%s</span></button><button class=\"vote downvote\"><span class=\"icon\"></span></button>"
                "<button class=\"reply-button\">Reply</button><button class=\"more\">&middot;&middot;&middot;</button></div></div></div></div>"
                "%s</div>") % (
            c["id"], " is-reply" if c["parent"] is not None else "", c["id"], c["id"] % 13, esc(c["author"]), badge, c["id"],
            t.strftime("%Y-%m-%d %H:%M:%S"), mon(t)[:3], t.day, t.year, paras(c), c["likes"] if c["likes"] else "",
            "<div class=\"replies\">%s</div>" % sub if sub else "")
    body = story() + ("<div id=\"hyvor-talk-view\"><hyvor-talk-comments><div class=\"hyvor-talk\"><div class=\"top\"><div class=\"reactions\"><span>What do you think?</span>"
                      "<button>Superb 12</button><button>Love 3</button><button>Wow 9</button><button>Sad 21</button><button>Laugh 2</button></div>"
                      "<div class=\"comments-count\">%d Comments</div><div class=\"sort\">Top <select><option>Top</option><option>Newest</option></select></div></div>"
                      "<div class=\"comment-box\"><textarea placeholder=\"Write your comment...\"></textarea><button>Log in</button></div>"
                      "<div class=\"comments\">%s</div><div class=\"branding\"><a>Powered by Hyvor Talk</a></div></div></hyvor-talk-comments></div>") % (
        len(cs), "".join(one(i) for i in kids(cs, None)))
    return chrome("Town Bridge to close for eleven weeks from February | The Millbrook Echo", body)


def cusdis(cs):
    """Cusdis, rendered: utility classes, name in a div.font-medium, date '2026-11-21 14:03' in a sibling div, text in a
    div with a 'whitespace-pre-wrap' class, replies in a div.pl-4.border-l-2 after the comment (no likes)."""
    def one(i):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k) for k in kids(cs, i))
        mod = " <span class=\"rounded bg-gray-200 px-2 text-xs\">MOD</span>" if c["author"] == "Dewi Harris" else ""
        return ("<div class=\"my-4\"><div class=\"flex items-center\"><div class=\"mr-2 font-medium dark:text-gray-100\">%s%s</div></div>"
                "<div class=\"text-gray-500 text-sm dark:text-gray-400\">%s</div>"
                "<div class=\"text-gray-500 my-2 dark:text-gray-200 whitespace-pre-wrap\">%s</div>"
                "<div><button class=\"font-medium text-sm text-gray-500 dark:text-gray-400\" type=\"button\">Reply</button></div>"
                "%s</div>") % (
            esc(c["author"]), mod, t.strftime("%Y-%m-%d %H:%M"), "\n\n".join(esc(p) for p in c["paras"]),
            "<div class=\"pl-4 border-l-2 border-gray-200 dark:border-gray-500\">%s</div>" % sub if sub else "")
    form = ("<div class=\"grid grid-cols-2 gap-4\"><div class=\"px-1\"><label class=\"mb-2 block dark:text-gray-200\" for=\"nickname\">nickname</label><input name=\"nickname\" class=\"w-full p-2 border\" type=\"text\"></div>"
            "<div class=\"px-1\"><label class=\"mb-2 block dark:text-gray-200\" for=\"email\">email (optional)</label><input name=\"email\" class=\"w-full p-2 border\" type=\"email\"></div></div>"
            "<div class=\"px-1\"><label class=\"mb-2 block dark:text-gray-200\">reply content</label><textarea class=\"w-full p-2 border h-24\"></textarea></div>"
            "<div class=\"px-1\"><button class=\"text-sm bg-gray-200 p-2 px-4 font-bold\">Comment</button></div>")
    body = ("<div class=\"site\"><header class=\"site-header\"><a class=\"site-title\" href=\"/\">Walking the Weir</a><nav><a>Walks</a> <a>Maps</a> <a>About</a></nav></header>"
            "<main class=\"site-main\"><article class=\"post\"><h1 class=\"post-title\">A last walk over the Town Bridge before the closure</h1>"
            "<div class=\"post-date\">Posted 15 November 2026 in <a>Walks</a></div><div class=\"post-body\">%s<p>The footpath along the weir is the best way round for now; allow an extra twenty minutes.</p></div></article>"
            "<div id=\"cusdis_thread\"><div id=\"root\"><div class=\"dark:bg-transparent\"><div class=\"p-2 mb-4\">%s</div>"
            "<div class=\"my-8\"></div><div class=\"mt-4 px-1\">%s</div>"
            "<div class=\"my-8\"></div><div class=\"text-center text-gray-500 dark:text-gray-100 text-xs\"><a class=\"underline\" href=\"https://cusdis.com\">powered by Cusdis</a></div></div></div></div></main>"
            "<aside class=\"widget-area\"><section class=\"widget\"><h2>Recent walks</h2><ul><li><a>The old tramway</a></li><li><a>Three locks and a pub</a></li></ul></section></aside>"
            "<footer class=\"site-footer\">Walking the Weir &middot; Proudly powered by a static site generator</footer></div>") % (
        "".join("<p>%s</p>" % esc(p) for p in STORY[1:3]), form, "".join(one(i) for i in kids(cs, None)))
    return page_wrap("A last walk over the Town Bridge before the closure - Walking the Weir", body)


def telegram(cs):
    """The Telegram discussion widget: every message a flat div.tgme_widget_message; a reply carries a
    tgme_widget_message_reply block that quotes its parent's author and first words; time[datetime]; no likes."""
    out = []
    for i, c in enumerate(cs):
        t = c["time"]
        reply = ""
        if c["parent"] is not None:
            q = cs[c["parent"]]
            reply = ("<a class=\"tgme_widget_message_reply\" href=\"https://t.me/millbrookecho/8812?comment=%d\"><div class=\"tgme_widget_message_author accent_color\">"
                     "<span class=\"tgme_widget_message_author_name\">%s</span></div><div class=\"tgme_widget_message_text js-message_reply_text\" dir=\"auto\">%s</div></a>") % (
                q["id"], esc(q["author"]), esc(q["paras"][0][:60]) + "&hellip;")
        out.append(("<div class=\"tgme_widget_message_wrap js-widget_message_wrap\"><div class=\"tgme_widget_message js-widget_message\" data-post=\"millbrookecho/8812\" data-comment=\"%d\">"
                    "<div class=\"tgme_widget_message_user\"><a href=\"https://t.me/u%d\"><i class=\"tgme_widget_message_user_photo bgcolor%d\" data-content=\"%s\"><img src=\"https://cdn.tg.example/%d.jpg\"></i></a></div>"
                    "<div class=\"tgme_widget_message_bubble\"><div class=\"tgme_widget_message_author accent_color\"><a class=\"tgme_widget_message_author_name\" href=\"https://t.me/u%d\"><span dir=\"auto\">%s</span></a></div>"
                    "%s<div class=\"tgme_widget_message_text js-message_text\" dir=\"auto\">%s</div>"
                    "<div class=\"tgme_widget_message_footer js-message_footer\"><div class=\"tgme_widget_message_info js-message_info\"><span class=\"tgme_widget_message_meta\">"
                    "<a class=\"tgme_widget_message_date\" href=\"https://t.me/millbrookecho/8812?comment=%d\"><time datetime=\"%s:00+00:00\" class=\"time\">%02d:%02d</time></a></span></div></div></div></div></div>") % (
            c["id"], c["id"], i % 7, esc(c["author"][0]), c["id"], c["id"], esc(c["author"]), reply, "<br><br>".join(esc(p) for p in c["paras"]),
            c["id"], t.strftime("%Y-%m-%dT%H:%M"), t.hour, t.minute))
    body = story() + ("<section class=\"comments-block\"><h2>Discuss on Telegram</h2><iframe-rendered id=\"telegram-discussion-millbrookecho-8812-0\">"
                      "<div class=\"tgme_widget_discussion_wrap\"><div class=\"tgme_widget_discussion_head\"><span class=\"tgme_widget_discussion_count\">%d comments</span>"
                      "<a class=\"tgme_widget_discussion_login\" href=\"https://oauth.t.me/auth\">Log in</a></div>"
                      "<div class=\"tgme_widget_messages_wrap js-message_history\">%s</div>"
                      "<div class=\"tgme_widget_discussion_reply_wrap\"><div class=\"tgme_widget_discussion_reply\">Comment</div></div></div></iframe-rendered></section>") % (
        len(cs), "".join(out))
    return chrome("Town Bridge to close for eleven weeks from February - The Millbrook Echo", body)


def intensedebate(cs):
    """IntenseDebate: div.idc-thread per top-level comment, replies nested in div.idc-thread-child; the header line
    'name · 1 week ago' with the date in a title, 'Reply · Report' links, a vote score '+3'."""
    def one(i, depth):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k, depth + 1) for k in kids(cs, i))
        return ("<div class=\"idc-thread%s\" id=\"IDThread%d\"><div class=\"idc-c\" id=\"IDComment%d\"><div class=\"idc-c-h\">"
                "<div class=\"idc-a\"><img class=\"idc-avatar\" src=\"https://intensedebate.example/av/%d\" width=\"45\" height=\"45\" alt=\"\"></div>"
                "<div class=\"idc-i\"><a class=\"idc-share-link\" href=\"#IDComment%d\" title=\"%s %d, %d at %s\"><span class=\"idc-n\">%s</span></a>"
                " <span class=\"idc-date\">%s %d, %d %s</span> <span class=\"idc-v\"><span class=\"idc-v-total\">%s%d</span> <a class=\"idc-v-up\">Vote up</a> <a class=\"idc-v-down\">Vote down</a></span></div></div>"
                "<div class=\"idc-c-t\"><div class=\"idc-c-t-inner\">%s</div></div>"
                "<div class=\"idc-c-b\"><a class=\"idc-btn_s\" href=\"#\">Reply</a> <a class=\"idc-btn_s\">Report</a></div></div>%s</div>") % (
            " idc-thread-child" if depth else "", c["id"], c["id"], c["id"], c["id"], mon(t)[:3], t.day, t.year, ampm(t),
            esc(c["author"]), mon(t)[:3], t.day, t.year, ampm(t), "+" if c["likes"] > 0 else "", c["likes"], "<br><br>".join(esc(p) for p in c["paras"]), sub)
    body = story() + ("<div id=\"idc-container-parent\"><div id=\"idc-container\"><div id=\"idc-cover\"><h3 class=\"idc-commentcount\">%d Comments</h3>"
                      "<div class=\"idc-tabs\"><a>Sort by: Date</a> <a>Rating</a> <a>Last Activity</a></div></div>"
                      "<div id=\"IDCommentsHead\"><a class=\"idc-btn\">Login</a> <a class=\"idc-btn\">Subscribe</a> <a class=\"idc-btn\">RSS</a></div>"
                      "<div id=\"idc-comment-list\">%s</div><div id=\"IDCommentsNewThreadCover\"><h3>Post a new comment</h3><textarea></textarea><button>Submit Comment</button></div>"
                      "<div class=\"idc-foot\"><a>Comments by IntenseDebate</a></div></div></div>") % (len(cs), "".join(one(i, 0) for i in kids(cs, None)))
    return chrome("Town Bridge to close for eleven weeks from February", body)


def facebook(cs):
    """The Facebook comments plugin, rendered: hashed classes only (_3-8y, _5nz1 ...), the name in a link with class
    UFICommentActorName, the text in span._5mdd, a like count '12' beside 'Like', the date in abbr.livetimestamp
    (data-utime), replies in div._44ri after the comment."""
    def one(i, reply):
        c = cs[i]
        t = c["time"]
        utime = int((t - dt.datetime(1970, 1, 1)).total_seconds())
        sub = "".join(one(k, True) for k in kids(cs, i))
        sub = "<div class=\"_44ri _2pis\">%s</div>" % sub if sub else ""
        return ("<div class=\"_3-8y%s _5nz1 clearfix\" direction=\"left\"><div class=\"_ohe lfloat\"><a href=\"https://www.facebook.example/%d\" class=\"img _8o _8s UFIImageBlockImage\"><img class=\"_1ci img\" src=\"/av/%d.jpg\" alt=\"\"></a></div>"
                "<div class=\"\"><div class=\"_42ef\"><div class=\"_3-8y _5nz1\"><div><div class=\"UFICommentContentBlock\"><span class=\" UFICommentActorAndBodySpacing\">"
                "<a class=\" UFICommentActorName\" href=\"https://www.facebook.example/%d\">%s</a><div class=\"_3-8m\"><div class=\"_30o4\"><span><span class=\"_5mdd\"><span>%s</span></span></span></div></div></span>"
                "<div class=\"fsm fwn fcg UFICommentActions\"><a class=\"UFILikeLink\">Like</a><span role=\"presentation\"> &middot; </span><a class=\"UFIReplyLink\">Reply</a>"
                "%s<span role=\"presentation\"> &middot; </span><a class=\"uiLinkSubtle\" href=\"#c%d\"><abbr class=\"UFISutroCommentTimestamp livetimestamp\" data-utime=\"%d\" title=\"%s, %s %d, %d at %s\">%s</abbr></a></div>"
                "</div></div></div></div></div>%s</div>") % (
            " _3-8x" if reply else "", c["id"], c["id"] % 9, c["id"], esc(c["author"]), "<br><br>".join(esc(p) for p in c["paras"]),
            ("<span role=\"presentation\"> &middot; </span><span class=\"_4vn2\"><i class=\"_3-8_ img sp_like\"></i>%d</span>" % c["likes"]) if c["likes"] else "",
            c["id"], utime, DAYS[t.weekday()], mon(t), t.day, t.year, ampm(t), ago(t).replace(" ago", "").replace(" days", "d").replace(" day", "d").replace(" hours", "h").replace(" hour", "h"), sub)
    body = story() + ("<div class=\"fb-comments\" data-href=\"https://millbrookecho.example/news/bridge\"><iframe-rendered><div class=\"_56q9\"><div class=\"_4uyl _1zz8 _2392 clearfix\">"
                      "<div class=\"_3bu3 _327a\"><span class=\"_50f7\">%d comments</span></div><div class=\"_3bu4\"><span>Sort by</span> <a class=\"_55pi\">Top</a></div></div>"
                      "<div class=\"_4uym\"><textarea class=\"_1cb _5yk1\" placeholder=\"Add a comment...\"></textarea></div>"
                      "<div class=\"_4k-6\">%s</div><div class=\"_5o4h\"><a class=\"_1gl3\">Facebook Comments Plugin</a></div></div></iframe-rendered></div>") % (
        len(cs), "".join(one(i, False) for i in kids(cs, None)))
    return chrome("Town Bridge to close for eleven weeks from February", body)


def disqus_static(cs):
    """Disqus's static list (the noscript / AMP fallback many themes print): ul#post-list of li.post, nested
    ul.children, span.author, a.time-ago with the date in title, 'n' upvotes in span.updatable.count."""
    def one(i):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k) for k in kids(cs, i))
        return ("<li class=\"post\" id=\"post-%d\"><div role=\"alert\"></div><div class=\"post-content\">"
                "<div class=\"indicator\"></div><div class=\"avatar hovercard\"><a href=\"https://disqus.example/by/%s/\" class=\"user\"><img src=\"https://c.disquscdn.example/%d.jpg\" class=\"user\" alt=\"Avatar\"></a></div>"
                "<div class=\"post-body\"><header class=\"comment__header\"><span class=\"post-byline\"><span class=\"author publisher-anchor-color\"><a href=\"https://disqus.example/by/%s/\">%s</a></span>"
                "%s</span><span class=\"post-meta\"><span class=\"bullet time-ago-bullet\" aria-hidden=\"true\">&bull;</span> "
                "<a href=\"https://millbrookecho.example/news/bridge#comment-%d\" data-role=\"relative-time\" class=\"time-ago\" title=\"%s, %s %d, %d %s\">%s</a></span></header>"
                "<div class=\"post-body-inner\"><div class=\"post-message-container\"><div class=\"publisher-anchor-color\"><div class=\"post-message\" dir=\"auto\" data-role=\"message\">%s</div></div></div></div>"
                "<footer class=\"comment__footer\"><menu class=\"comment-footer__menu\"><li class=\"voting\"><a href=\"#\" class=\"vote-up count-%d\" title=\"Vote up\"><span class=\"updatable count\" data-role=\"likes\">%s</span></a>"
                "<span role=\"button\" class=\"vote-down count-0\" title=\"Vote down\"></span></li><li class=\"reply\"><a href=\"#\"><span class=\"text\">Reply</span></a></li>"
                "<li class=\"share\"><a class=\"toggle\"><span class=\"text\">Share &rsaquo;</span></a></li></menu></footer></div></div>"
                "<ul class=\"children\">%s</ul></li>") % (
            c["id"], esc(c["author"].replace(" ", "_").lower()), c["id"], esc(c["author"].replace(" ", "_").lower()), esc(c["author"]),
            ("<span class=\"parent-link-container\"> <a href=\"#post-%d\" class=\"parent-link\"><i aria-label=\"in reply to\" class=\"icon-forward\" title=\"in reply to\"></i> %s</a></span>" % (
                cs[c["parent"]]["id"], esc(cs[c["parent"]]["author"]))) if c["parent"] is not None else "",
            c["id"], DAYS[t.weekday()], mon(t), t.day, t.year, ampm(t), ago(t), paras(c), c["likes"], c["likes"] if c["likes"] else "", sub)
    body = story() + ("<div id=\"disqus_thread\"><div id=\"layout\" data-tracking-area=\"layout\"><ul class=\"nav nav-primary\"><li class=\"nav-tab nav-tab--primary tab-conversation active\">"
                      "<a class=\"publisher-nav-color\"><span class=\"comment-count\">%d comments</span></a></li><li class=\"nav-tab nav-tab--primary tab-community\"><a>Millbrook Echo</a></li>"
                      "<li class=\"nav-tab nav-tab--secondary dropdown user-menu\"><a>Login</a></li></ul>"
                      "<div id=\"posts\"><div id=\"form\"><form class=\"reply\"><textarea placeholder=\"Join the discussion...\"></textarea></form></div>"
                      "<div class=\"nav nav-secondary\"><ul><li class=\"recommend\"><a>Recommend <span class=\"label label-count\">6</span></a></li><li><a>Share</a></li><li class=\"sort\">Sort by Best</li></ul></div>"
                      "<ul id=\"post-list\" class=\"post-list\">%s</ul></div>"
                      "<div id=\"footer\"><a class=\"disqus-logo\">Powered by Disqus</a> <a>Subscribe</a> <a>Privacy</a> <a>Do Not Sell My Data</a></div></div></div>") % (
        len(cs), "".join(one(i) for i in kids(cs, None)))
    return chrome("Town Bridge to close for eleven weeks from February - Millbrook Echo", body)


# ---------------------------------------------------------------- forums and lists

def hyperkitty(posts, title):
    """Mailman 3 HyperKitty thread view: the first e-mail in div.email-first, replies in div.threaded-reply nested by
    depth (div.reply-level-n > div.threaded-reply, nested), sender name in span.name, date in span.date 'Sat, 21 Nov 2026 14:03:00 +0000' with a title; the quoted previous message in
    each reply ('On ..., X wrote:' then '> ' lines) is not text; votes +n."""
    out = []

    def email(i, first):
        p = posts[i]
        t = p["time"]
        quoted = ""
        if p["parent"] is not None:
            q = posts[p["parent"]]
            qt = q["time"]
            quoted = "\n\n<div class=\"quoted-switch\"><a style=\"font-weight:normal\" href=\"#\">...</a></div><div class=\"quoted-text quoted-text-0\">On %s, %d %s %d at %02d:%02d, %s wrote:\n&gt; %s</div>" % (
                DAYS[qt.weekday()][:3], qt.day, mon(qt)[:3], qt.year, qt.hour, qt.minute, esc(q["author"]), esc(q["paras"][0][:90]))
        body = "\n\n".join(esc(x) for x in p["paras"]) + quoted + ("\n\n-- \n%s" % esc(p["author"]) if R.random() < 0.4 else "")
        return ("<div class=\"email%s\" id=\"%s\"><div class=\"email-header\" id=\"%d\"><div class=\"gravatar\"><img src=\"https://secure.gravatar.example/%d\" width=\"40\" height=\"40\" alt=\"\"></div>"
                "<div class=\"email-author\"><span class=\"name\"><a href=\"/hyperkitty/users/%d/\" title=\"See the profile for %s\">%s</a></span>"
                "<br><span class=\"rank\" title=\"Number of messages\">%d posts</span></div>"
                "<div class=\"email-date right\"><span class=\"date hidden-xs\">%s, %d %s %d %02d:%02d</span>"
                "<div class=\"time\"><span title=\"Sender's time: %s %d, %d, %s\">%s</span></div></div>"
                "<div class=\"messagelink pull-right\"><span class=\"fa fa-font cursor-pointer toggle-font\" title=\"Display in fixed font\"></span>"
                "<a href=\"/hyperkitty/list/town-forum@lists.millbrook.example/message/%X/\" title=\"Permalink for this message\"><i class=\"fa fa-link\"></i></a></div></div>"
                "<div class=\"email-body\">%s</div>"
                "<div class=\"email-info\"><div class=\"likeform\"><form method=\"post\" class=\"likestatus\"><div class=\"btn-group\"><a class=\"youlike vote\" title=\"You like it\">+1</a> <span class=\"likestatus-count\">+%d/-0</span>"
                "<a class=\"youdislike vote\" title=\"You dislike it\">-1</a></div></form></div>"
                "<div class=\"email-actions\"><a class=\"reply\" title=\"Reply\"><i class=\"fa fa-reply\"></i> Reply</a> <a class=\"reply-tools\">Show replies by date</a></div></div></div>") % (
            " email-first" if first else "", "%X" % (p["id"] * 977), p["id"], p["id"], p["id"], esc(p["author"]), esc(p["author"]), R.randint(3, 400),
            DAYS[t.weekday()][:3], t.day, mon(t)[:3], t.year, t.hour, t.minute, mon(t)[:3], t.day, t.year, ampm(t), ago(t), p["id"] * 977, body, p["likes"] or 0)

    def walk(i, level):
        for k in kids(posts, i):
            out.append("<div class=\"reply-level-%d\"><div class=\"threaded-reply\">%s" % (min(level, 5), email(k, False)))
            walk(k, level + 1)
            out.append("</div></div>")
    first = email(0, True)
    walk(0, 1)
    return ("<nav class=\"navbar navbar-default\"><div class=\"container\"><a class=\"navbar-brand\" href=\"/\">Mailman 3 lists.millbrook.example</a>"
            "<ul class=\"nav navbar-nav\"><li><a>All lists</a></li><li><a>Sign In</a></li><li><a>Sign Up</a></li></ul><form class=\"navbar-form\"><input placeholder=\"Search this list\"></form></div></nav>"
            "<div class=\"container\"><div class=\"row\"><div class=\"hidden-xs col-sm-3 col-md-2\"><div class=\"row\"><a class=\"btn\">Start a new thread</a></div>"
            "<div class=\"row\"><h4>Thread list</h4><ul class=\"list-unstyled\"><li><a>2026</a></li><li><a>November</a></li><li><a>October</a></li></ul></div>"
            "<div class=\"row\"><a class=\"btn\">Download</a> <a class=\"btn\">Subscribe via RSS</a></div></div>"
            "<div class=\"col-sm-9 col-md-10\"><div class=\"thread-header\"><div class=\"thread-titles\"><h3>%s</h3></div>"
            "<div class=\"thread-info\"><span>%d participants</span> <span>%d discussions</span> <a>Start a new thread</a></div></div>"
            "<div class=\"first-email\">%s</div><div class=\"replies-header\"><span class=\"tags\">Tags: <a>bridge</a></span> <a>Show replies by thread</a> | <a>Show replies by date</a></div>"
            "<div class=\"replies\">%s</div><div class=\"thread-back\"><a>Back to the thread list</a></div></div></div></div>"
            "<footer class=\"footer\"><p>Powered by HyperKitty version 1.3.7.</p></footer>") % (
        esc(title), len(set(p["author"] for p in posts)), len(posts), first, "".join(out))


def khoros(posts, title):
    """Khoros (Lithium) community: div.lia-message-view-wrapper per post, author in a lia-user-name-link, date in
    span.local-date '‎11-21-2026' and span.local-time '02:14 PM', kudos count; a reply to a reply shows 'In response to
    X' linking the parent; user rank and post count in the author box."""
    out = []
    for n, p in enumerate(posts):
        t = p["time"]
        inresp = ""
        if p["parent"] is not None and p["parent"] != 0:
            q = posts[p["parent"]]
            inresp = ("<div class=\"lia-message-parent-link\"><span class=\"lia-message-in-response-to\">In response to </span>"
                      "<a class=\"lia-link-navigation lia-user-name-link\" href=\"/t5/user/viewprofilepage/user-id/%d\"><span class=\"login-bold\">%s</span></a></div>") % (q["id"], esc(q["author"]))
        out.append(("<div class=\"lia-message-view-wrapper lia-js-data-messageUid-%d lia-component-forums-widget-message-view-two\" data-id=\"%d\">"
                    "<div class=\"MessageView lia-message-view-forum-message lia-component-message-view-widget%s\"><div class=\"lia-quilt-row lia-quilt-row-header\">"
                    "<div class=\"lia-quilt-column lia-quilt-column-16 lia-quilt-column-left\"><div class=\"lia-message-author-avatar\"><img class=\"lia-user-avatar-message\" src=\"/t5/image/avatar/%d\" alt=\"\"></div>"
                    "<div class=\"lia-message-author-with-avatar\"><span class=\"UserName lia-user-name lia-user-rank-%s lia-component-message-view-widget-author-username\">"
                    "<a class=\"lia-link-navigation lia-page-link lia-user-name-link\" href=\"/t5/user/viewprofilepage/user-id/%d\"><span class=\"login-bold\">%s</span></a></span></div>"
                    "<div class=\"lia-message-author-rank lia-component-author-rank\">%s</div></div>"
                    "<div class=\"lia-quilt-column lia-quilt-column-08 lia-quilt-column-right\"><span class=\"DateTime lia-message-posted-on lia-component-common-widget-date\">"
                    "<span class=\"local-date\">&lrm;%02d-%02d-%d</span> <span class=\"local-time\">%s</span></span></div></div>"
                    "<div class=\"lia-quilt-row lia-quilt-row-main\"><div class=\"lia-message-body-wrapper\">%s<div class=\"lia-message-body lia-component-body\"><div class=\"lia-message-body-content\">%s%s</div></div></div></div>"
                    "<div class=\"lia-quilt-row lia-quilt-row-footer\"><div class=\"lia-button-group\"><span class=\"lia-component-kudos-widget-button-version-3\"><span class=\"MessageKudosCount lia-component-kudos-widget-message-kudos-count\">%d</span> Kudos</span>"
                    " <a class=\"lia-button lia-button-secondary reply-action-link\">Reply</a> <a class=\"lia-button\">Report Inappropriate Content</a></div>"
                    "<div class=\"lia-message-views\">%d Views</div></div></div></div>") % (
            p["id"], p["id"], " lia-thread-topic" if n == 0 else " lia-thread-reply", p["id"] % 11, R.choice(["contributor", "regular", "member"]), p["id"], esc(p["author"]),
            R.choice(["Regular Contributor", "Frequent Visitor", "New Member", "Community Champion"]),
            t.month, t.day, t.year, ampm(t), inresp,
            paras(p), ("<div class=\"lia-message-signature\"><p>%s</p></div>" % esc(p["sig"])) if p.get("sig") else "", p["likes"] or 0, R.randint(40, 900) if n == 0 else 0))
    return ("<div class=\"lia-page\"><header class=\"lia-header\"><a class=\"lia-logo\" href=\"/\">Millbrook Council Community</a>"
            "<nav class=\"lia-menu-navigation\"><a>Home</a> <a>Forums</a> <a>Ideas</a> <a>Events</a> <a>Help</a></nav><a class=\"lia-link-navigation sign-in\">Sign In</a></header>"
            "<div class=\"BreadCrumb crumb-line lia-breadcrumb\"><a>Community</a> : <a>Forums</a> : <a>Roads and Transport</a> : <span>%s</span></div>"
            "<div class=\"lia-content\"><div class=\"lia-quilt-column lia-quilt-column-18\"><h1 class=\"lia-message-subject\">%s</h1>"
            "<div class=\"lia-menu-bar\"><a>Options</a> <a>Subscribe to RSS Feed</a> <a>Mark Topic as New</a> <a>Bookmark</a> <a>Printer Friendly Page</a></div>"
            "<div class=\"linear-message-list message-list\">%s</div><div class=\"lia-paging-full\"><span>Page 1 of 1</span></div></div>"
            "<div class=\"lia-quilt-column lia-quilt-column-06\"><div class=\"lia-panel\"><h2>Top Kudoed Authors</h2><ul><li>Magnus</li><li>Priya Raman</li></ul></div>"
            "<div class=\"lia-panel\"><h2>Related Content</h2><ul><li><a>Night bus timetable change</a></li><li><a>Mill Street resurfacing</a></li></ul></div></div></div>"
            "<footer class=\"lia-footer\"><a>Terms</a> <a>Privacy</a> <a>Community Guidelines</a> <p>&copy; 2026 Millbrook Council</p></footer></div>") % (
        esc(title), esc(title), "".join(out))


def woltlab(posts, title):
    """WoltLab Burning Board 5: li > article.wbbPost.message with a messageSidebar (author, rank, post count), a
    messageHeader with time[datetime] ('Nov 21st 2026'), div.messageText; quotes as blockquote.quoteBox whose header
    says 'Quote from X'; reactions 'n' in a reactionSummaryList; 'Last edited by' lines."""
    out = []
    for n, p in enumerate(posts):
        t = p["time"]
        suffix = "th" if 11 <= t.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(t.day % 10, "th")
        quote = ""
        if p["quote"]:
            q = posts[p["parent"]]
            quote = ("<blockquote class=\"quoteBox collapsibleBbcode jsCollapsibleBbcode\" cite=\"https://forum.millbrook.example/thread/612/?postID=%d#post%d\">"
                     "<div class=\"quoteBoxIcon\"><img src=\"/av/%d.png\" class=\"userAvatarImage\" width=\"24\" height=\"24\" alt=\"\"></div>"
                     "<div class=\"quoteBoxTitle\"><a href=\"/thread/612/?postID=%d#post%d\">Quote from %s</a></div><div class=\"quoteBoxContent\"><p>%s</p></div></blockquote>") % (
                q["id"], q["id"], q["id"] % 9, q["id"], q["id"], esc(q["author"]), esc(p["quote"]))
        reacts = ("<div class=\"reactionSummaryList jsOnly\" data-object-type=\"com.woltlab.wbb.likeablePost\"><span class=\"reactionCountButton\" title=\"Like\"><img src=\"/images/reaction/like.svg\" class=\"reactionType\" alt=\"\">"
                  "<span class=\"reactionCount\">%d</span></span></div>" % p["likes"]) if p["likes"] else "<div class=\"reactionSummaryList jsOnly\"></div>"
        out.append(("<li id=\"post%d\"><article class=\"wbbPost message messageSidebarOrientationLeft jsClipboardObject jsMessage userOnlineGroupMarking%d\" data-post-id=\"%d\" data-can-edit=\"0\" data-object-type=\"com.woltlab.wbb.likeablePost\">"
                    "<header class=\"messageSidebar\"><div class=\"messageAuthor\"><div class=\"userAvatar\"><a href=\"/user/%d/\"><img src=\"/av/%d.png\" width=\"128\" height=\"128\" class=\"userAvatarImage\" alt=\"\"></a></div>"
                    "<div class=\"messageAuthorContainer\"><a href=\"/user/%d/\" class=\"username userLink\" data-object-id=\"%d\"><span>%s</span></a></div>"
                    "<div class=\"userTitle\"><span class=\"badge userTitleBadge\">%s</span></div></div>"
                    "<div class=\"userCredits\"><dl class=\"plain dataList\"><dt><a>Posts</a></dt><dd>%d</dd><dt>Reactions Received</dt><dd>%d</dd></dl></div></header>"
                    "<div class=\"messageContent\"><header class=\"messageHeader\"><div class=\"messageHeaderBox\"><ul class=\"messageHeaderMetaData\"><li><a href=\"/thread/612/?postID=%d#post%d\" class=\"permalink messagePublicationTime\">"
                    "<time datetime=\"%s:00+01:00\" class=\"datetime\" data-timestamp=\"%d\">%s %d%s %d</time></a></li></ul>"
                    "<ul class=\"messageStatus\"></ul></div><ul class=\"messageQuickOptions\"><li><a href=\"#\" class=\"jsTooltip\" title=\"Share\">#%d</a></li></ul></header>"
                    "<div class=\"messageBody\"><div class=\"messageText\">%s%s</div>%s</div>"
                    "<footer class=\"messageFooter\">%s<div class=\"messageFooterNotes\">%s</div>"
                    "<div class=\"messageFooterGroup\"><ul class=\"messageFooterButtonsExtra buttonList smallButtons\"><li><a class=\"jsReactionButton\">Like</a></li></ul>"
                    "<ul class=\"messageFooterButtons buttonList smallButtons\"><li><a class=\"jsQuoteMessage\">Quote</a></li><li><a>Reply</a></li></ul></div></footer></div></article></li>") % (
            p["id"], 1 + n % 3, p["id"], p["id"], p["id"] % 9, p["id"], p["id"], esc(p["author"]), R.choice(["Beginner", "Intermediate", "Professional", "Master"]),
            R.randint(5, 3000), R.randint(0, 900), p["id"], p["id"], t.strftime("%Y-%m-%dT%H:%M"), int((t - dt.datetime(1970, 1, 1)).total_seconds()),
            mon(t)[:3], t.day, suffix, t.year, n + 1, quote, paras(p),
            ("<div class=\"messageSignature\"><div>%s</div></div>" % esc(p["sig"])) if p.get("sig") else "",
            reacts, ("<p class=\"messageFooterNote\">Last edited by %s (%s %d%s %d).</p>" % (esc(p["author"]), mon(t)[:3], t.day, suffix, t.year)) if R.random() < 0.25 else ""))
    return ("<div id=\"pageContainer\" class=\"pageContainer\"><div id=\"pageHeaderContainer\"><header id=\"pageHeader\"><div class=\"pageHeaderLogo\"><a href=\"/\">Millbrook Forum</a></div>"
            "<nav id=\"mainMenu\"><ol class=\"boxMenu\"><li><a>Dashboard</a></li><li><a>Forum</a></li><li><a>Members</a></li><li><a>Gallery</a></li></ol></nav>"
            "<div id=\"pageHeaderSearch\"><input placeholder=\"Search\"></div><ul class=\"userPanelItems\"><li><a>Login or register</a></li></ul></header></div>"
            "<nav class=\"breadcrumbs\"><ol><li><a>Forum</a></li><li><a>Town and Council</a></li><li><a>Roads and Bridges</a></li></ol></nav>"
            "<section id=\"main\" class=\"main\"><div class=\"layoutBoundary\"><div id=\"content\" class=\"content\"><header class=\"contentHeader messageGroupContentHeader\"><div class=\"contentHeaderTitle\"><h1 class=\"contentTitle\">%s</h1>"
            "<ul class=\"inlineList contentHeaderMetaData\"><li><a class=\"userLink\">%s</a></li><li>%s %d %d</li></ul></div></header>"
            "<div class=\"section\"><ul class=\"wbbThreadPostList messageList jsClipboardContainer\">%s</ul></div>"
            "<footer class=\"contentFooter\"><nav class=\"contentFooterNavigation\"><ul><li><a>Previous thread</a></li><li><a>Next thread</a></li></ul></nav></footer></div>"
            "<aside class=\"sidebar boxesSidebarRight\"><section class=\"box\"><h2 class=\"boxTitle\">Similar threads</h2><ul><li><a>Bus diversion maps</a></li><li><a>Footbridge petition</a></li></ul></section></aside></div></section>"
            "<footer id=\"pageFooter\" class=\"pageFooter\"><div class=\"footerContent\"><ul><li><a>Legal notice</a></li><li><a>Privacy policy</a></li></ul><p>Forum Software: Burning Board&reg;, developed by WoltLab&reg; GmbH</p></div></footer></div>") % (
        esc(title), esc(posts[0]["author"]), mon(posts[0]["time"])[:3], posts[0]["time"].day, posts[0]["time"].year, "".join(out))


def steam(posts, title):
    """Steam community discussion: the opening post in div.forum_op, replies as div.commentthread_comment with
    a.commentthread_author_link (bdi name), span.commentthread_comment_timestamp ('21 Nov @ 2:14pm', full date in
    title), div.commentthread_comment_text; quotes as blockquote.bb_blockquote 'Originally posted by X:'; no likes."""
    def when(t):
        return "%d %s @ %d:%02d%s" % (t.day, mon(t)[:3], t.hour % 12 or 12, t.minute, "am" if t.hour < 12 else "pm")
    op = posts[0]
    t0 = op["time"]
    out = []
    for n, p in enumerate(posts[1:], 1):
        t = p["time"]
        quote = ""
        if p["quote"]:
            quote = "<blockquote class=\"bb_blockquote with_author\"><div class=\"bb_quoteauthor\">Originally posted by <b>%s</b>:</div>%s</blockquote>" % (
                esc(posts[p["parent"]]["author"]), esc(p["quote"]))
        out.append(("<div id=\"comment_%d\" class=\"commentthread_comment responsive_body_text\"><div class=\"commentthread_comment_avatar playerAvatar online\">"
                    "<a href=\"https://steamcommunity.example/id/u%d\"><img src=\"/av/%d.jpg\" alt=\"\"></a></div>"
                    "<div class=\"commentthread_comment_content\"><div class=\"commentthread_comment_author\">"
                    "<a class=\"hoverunderline commentthread_author_link\" href=\"https://steamcommunity.example/id/u%d\" data-miniprofile=\"%d\"><bdi>%s</bdi></a>"
                    "<span class=\"commentthread_comment_timestamp\" title=\"%d %s, %d @ %d:%02d:00 %s GMT\" data-timestamp=\"%d\">%s</span>"
                    "<div class=\"forum_comment_permlink\"><a class=\"hoverunderline\" href=\"#c%d\">#%d</a></div></div>"
                    "<div class=\"commentthread_comment_text\" id=\"comment_content_%d\">%s%s</div></div></div>") % (
            p["id"], p["id"], p["id"] % 9, p["id"], p["id"], esc(p["author"]), t.day, mon(t), t.year, t.hour % 12 or 12, t.minute, "am" if t.hour < 12 else "pm",
            int((t - dt.datetime(1970, 1, 1)).total_seconds()), when(t), p["id"], n, p["id"], quote, "<br><br>".join(esc(x) for x in p["paras"])))
    return ("<div class=\"responsive_page_frame\"><div id=\"global_header\"><div class=\"content\"><a class=\"logo\" href=\"/\">STEAM</a><div class=\"supernav_container\"><a>STORE</a> <a>COMMUNITY</a> <a>ABOUT</a> <a>SUPPORT</a></div>"
            "<div id=\"global_actions\"><a>install Steam</a> <a>login</a> | <a>language</a></div></div></div>"
            "<div class=\"responsive_page_template_content\"><div class=\"apphub_HomeHeaderContent\"><div class=\"apphub_AppName\">Millbrook Transit Simulator</div>"
            "<div class=\"apphub_sectionTabs\"><a>All</a> <a>Discussions</a> <a>Screenshots</a> <a>Workshop</a> <a>News</a> <a>Guides</a> <a>Reviews</a></div></div>"
            "<div class=\"forum_paging\"><div class=\"breadcrumbs\"><a>Millbrook Transit Simulator</a> &gt; <a>General Discussions</a> &gt; <span>Topic Details</span></div></div>"
            "<div class=\"forum_op\"><div class=\"forum_op_avatar playerAvatar\"><img src=\"/av/0.jpg\" alt=\"\"></div><div class=\"forum_op_author\"><a class=\"hoverunderline forum_op_author\" href=\"https://steamcommunity.example/id/u%d\">%s</a></div>"
            "<span class=\"date\" title=\"%d %s, %d @ %d:%02d:00 %s GMT\">%s</span><div class=\"topic\">%s</div><div class=\"content\">%s</div></div>"
            "<div class=\"commentthread_area\"><div class=\"commentthread_header\"><div class=\"commentthread_paging\"><span>Showing 1-%d of %d comments</span></div></div>"
            "<div class=\"commentthread_comments\">%s</div></div>"
            "<div class=\"rightcol\"><div class=\"rightbox\"><h2>Related discussions</h2><ul><li><a>Bridge closure mod?</a></li><li><a>Diversion routes broken after update</a></li></ul></div></div></div>"
            "<div id=\"footer\"><p>&copy; 2026 Valve Corporation. All rights reserved. All trademarks are property of their respective owners.</p><a>Privacy Policy</a> | <a>Legal</a> | <a>Steam Subscriber Agreement</a></div></div>") % (
        op["id"], esc(op["author"]), t0.day, mon(t0), t0.year, t0.hour % 12 or 12, t0.minute, "am" if t0.hour < 12 else "pm", when(t0), esc(title),
        "<br><br>".join(esc(x) for x in op["paras"]), len(posts) - 1, len(posts) - 1, "".join(out))


# ---------------------------------------------------------------- writing

def gold_of(name, system, cs, forum, likes, times="minute", note=None, fetched=None, zero_shown=True):
    """zero_shown=False: the page shows no count when nobody liked a post, so the gold says null, not 0."""
    g = {"page": {"file": "pages/" + name + ".html"}, "system": system, "site": name + ".example", "forum": forum, "heldOut": True,
         "comments": [{"id": "g%d" % i, "parent": None if c["parent"] is None else "g%d" % c["parent"], "author": c["author"],
                       "time": c["time"].strftime("%Y-%m-%dT%H:%M") if times == "minute" else c["time"].strftime("%Y-%m-%d") if times == "date" else None,
                       "likes": c["likes"] if likes and (c["likes"] or zero_shown) else None, "text": "\n\n".join(c["paras"])} for i, c in enumerate(cs)]}
    if fetched:
        g["fetchedAt"] = fetched.strftime("%Y-%m-%dT%H:%M:00Z")
        if times == "relative":  # what a relative time tells a reader: the minute for minutes, the date for hours and days
            for gc, c in zip(g["comments"], cs):
                label = ago(c["time"], fetched)
                if "minute" in label:
                    gc["time"] = (fetched - dt.timedelta(minutes=int(label.split()[0]))).strftime("%Y-%m-%dT%H:%M")
                elif "hour" in label:
                    gc["time"] = (fetched - dt.timedelta(hours=int(label.split()[0]))).strftime("%Y-%m-%d")
                else:
                    gc["time"] = (fetched.date() - dt.timedelta(days=int(label.split()[0]))).isoformat()
    if note:
        g["note"] = note
    return g


def main():
    os.makedirs(os.path.join(OUT, "pages"), exist_ok=True)
    written = []

    def write(name, html_, gold):
        with open(os.path.join(OUT, "pages", name + ".html"), "w", encoding="utf-8") as f:
            f.write(html_)
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=1, ensure_ascii=False)
            f.write("\n")
        written.append(name)

    cs = thread(14, max_depth=1, start=dt.datetime(2026, 11, 18, 9, 0), spread=(30, 600))
    for c in cs:  # YouTube handles have no spaces or dots and start with @
        c["author"] = "@" + c["author"].replace(" ", "").replace(".", "")
    write("youtube-like", youtube(cs), gold_of("youtube-like", "youtube", cs, False, True, times="relative", fetched=NOW,
          note="'@handle' is the author; relative times counted back from fetchedAt; vote-count-middle is likes (empty for 0); a reply's leading @mention names its thread's comment, not text"))
    cs = thread(12, max_depth=3)
    write("medium", medium(cs), gold_of("medium", "medium", cs, False, True, times="date", zero_shown=False,
          note="hashed classes only; claps are likes (no count shown for none); 'Nov 21, 2026' gives the date only"))
    cs = thread(12, max_depth=1)
    for c in cs:
        c["author"] = c["author"].replace(" ", "-").replace(".", "")
    write("giscus", giscus(cs), gold_of("giscus", "giscus", cs, False, True, zero_shown=False,
          note="GitHub logins; time[datetime]; thumbs-up count is likes (no button count for none); one level of replies in gsc-replies"))
    cs = thread(13, max_depth=3)
    write("hyvor", hyvor(cs), gold_of("hyvor", "hyvor", cs, False, True, zero_shown=False,
          note="upvote count is likes (empty for none); the full time in the date link's title; 'Moderator' badge is not the author"))
    cs = thread(11, max_depth=3, likes=False)
    write("cusdis", cusdis(cs), gold_of("cusdis", "cusdis", cs, False, False, note="utility classes only; replies in a bordered div after the comment; 'MOD' badge not part of the name"))
    cs = thread(15, max_depth=2, likes=False, spread=(2, 40))
    write("telegram", telegram(cs), gold_of("telegram", "telegram", cs, False, False,
          note="flat messages; the parent is the message the reply preview names (author and first words); the preview is not text; time[datetime] has the date"))
    cs = thread(12, max_depth=3)
    for c in cs:
        c["likes"] = R.choice([0, 0, 1, 2, 3, 5, 8])
    write("intensedebate", intensedebate(cs), gold_of("intensedebate", "intensedebate", cs, False, True, note="'+3' vote total is likes; nested idc-thread divs"))
    cs = thread(13, max_depth=1, start=dt.datetime(2026, 11, 16, 8, 0))
    write("facebook-plugin", facebook(cs), gold_of("facebook-plugin", "facebook", cs, False, True, zero_shown=False,
          note="hashed classes; the like count beside Like (none shown for 0); abbr data-utime and title hold the time; replies in div._44ri"))
    cs = thread(14, max_depth=4)
    write("disqus-static", disqus_static(cs), gold_of("disqus-static", "disqus", cs, False, True,
          note="li.post in ul#post-list, nested ul.children; 'in reply to X' in the byline is not text; the date in a.time-ago's title"))
    posts = forum_thread(9, likes=True, quoting=False)
    tree = thread(9, max_depth=4, likes=False)
    for p, c in zip(posts[1:], tree):  # a mailing-list thread is a tree: replies to the first mail or to a reply
        p["parent"] = 0 if c["parent"] is None else c["parent"] + 1
    for p in posts:
        p["likes"] = R.choice([0, 0, 0, 1, 2])
    posts[0]["time"] = NOW - dt.timedelta(days=6, hours=2)
    for i in range(1, len(posts)):
        posts[i]["time"] = posts[i - 1]["time"] + dt.timedelta(minutes=R.randint(20, 600))
    write("hyperkitty", page_wrap("Bridge closure: footbridge or shuttle bus? - Town-forum - lists.millbrook.example", hyperkitty(posts, "Bridge closure: footbridge or shuttle bus?")),
          gold_of("hyperkitty", "hyperkitty", posts, True, True,
                  note="every e-mail a post; nesting by threaded-reply divs; the quoted previous mail ('On ..., X wrote:' and '>' lines) and the '-- ' signature are not text; +n votes are likes"))
    posts = forum_thread(10, likes=True, quoting=False)
    for i in range(2, len(posts)):
        if R.random() < 0.4:
            posts[i]["parent"] = R.randrange(1, i)
    sigs = {a: R.choice(["Ward 4 resident since 1998.", "Views my own.", "Mill Street Traders treasurer."]) for a in NAMES if R.random() < 0.3}
    for p in posts:
        p["sig"] = sigs.get(p["author"])
    write("khoros", page_wrap("%s - Millbrook Council Community" % "Footbridge during the bridge closure", khoros(posts, "Footbridge during the bridge closure")),
          gold_of("khoros", "khoros", posts, True, True, note="kudos count is likes; 'In response to X' names the parent (replies to the topic have none, so top level); signatures not text; MM-DD-YYYY dates"))
    posts = forum_thread(10, likes=True, quoting=True)
    sigs = {a: R.choice(["Greetings from the east bank.", "Slow down on Mill Street!", "Member of Millbrook Cycle Club."]) for a in NAMES if R.random() < 0.3}
    for p in posts:
        p["sig"] = sigs.get(p["author"])
    write("woltlab", page_wrap("Bridge closure from February - Roads and Bridges - Millbrook Forum", woltlab(posts, "Bridge closure from February")),
          gold_of("woltlab", "woltlab", posts, True, True, times="date", zero_shown=False,
                  note="'Nov 21st 2026' on the page (the minute in time[datetime]: the gold keeps the date); 'Quote from X' boxes are not text, the quoted post is the parent; reactions are likes"))
    posts = forum_thread(11, likes=False, quoting=True)
    write("steam", page_wrap("Bridge closure in the real town - what does it mean for the game? :: Millbrook Transit Simulator General Discussions", steam(posts, "Bridge closure in the real town - what does it mean for the game?")),
          gold_of("steam", "steam", posts, True, False, note="the opening post in div.forum_op is a post; 'Originally posted by X:' quotes are not text, the quoted post is the parent; full date in the timestamp's title"))
    print("\n".join(written))


if __name__ == "__main__":
    main()
