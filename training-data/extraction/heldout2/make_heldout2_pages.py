#!/usr/bin/python3
"""Writes the SECOND held-out round of thread pages: comment and forum systems that neither the development gold
(../threads: make_pages.py, make_forum_pages.py) nor the first held-out round (../heldout) covers: Commento,
Remark42, Ghost's native comments (utility classes only), LiveJournal (indentation by inline margin), Typepad
("Posted by:" after the text), Substack, Coral (rendered), Lobsters, a NYT-style news CMS (hashed classes, a reader's
place under the name, "Nov. 21"), and forums: Discuz! X3, Kunena, Flarum, bbPress (threaded replies), a GitHub-style
issue, a Mastodon thread (microformats2 h-entry, u-in-reply-to). Each in a full page with the clutter real sites
carry, and beside each the gold JSON; `text/<name>.txt` is the page's `w3m -dump` (what `parley evaluate extraction`
runs itself).

Written and measured BEFORE any extraction rule was changed for them (README.md). Other topic, names and sentences
than the earlier batches. Fixed seed: the same pages every run.
Usage: make_heldout2_pages.py [OUT_DIR]"""
import datetime as dt
import html
import json
import os
import random
import subprocess
import sys

R = random.Random(20261206)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

SUBJECTS = ["the ferry timetable", "the harbour wall repairs", "the new marina", "the fish market lease",
            "the lifeboat station move", "the coastal path closure", "the cruise ship berth", "the sea defence levy",
            "the beach hut fees", "the pier restoration", "the parking meters on the front", "the dredging contract",
            "the second ferry", "the harbourmaster's report", "the winter sailing ban", "the island water supply"]
VIEWS = ["should have gone to the islanders first", "looks like a done deal to me", "will cost more than anyone admits",
         "is long overdue", "was botched by the port authority", "only helps the tourists in August",
         "makes no sense without a year-round crossing", "is the first good idea in a decade",
         "puts the fishing fleet last again", "depends entirely on the weather nobody can promise",
         "was buried on page nine of the agenda", "needs a proper public meeting"]
ASIDES = ["My father crewed the old boat for twenty years.", "The tide tables alone make the plan doubtful.",
          "I asked at the ticket office and they knew nothing.", "There is a freedom of information request pending.",
          "We lost three days of trade last winter.", "The consultants have never seen the harbour in a gale.",
          "Read the appendix, not the press release.", "My daughter commutes on that crossing every day.",
          "The same thing happened at Portwenn in 2019.", "I would love to be proved wrong.",
          "Ask any skipper on the quay.", "The numbers in the brochure do not add up."]
STARTS = ["Honestly", "As an islander", "Put simply", "Call me cynical, but", "Having sailed here for years",
          "From the quay", "As far as I can tell", "Speaking for the harbour traders", "Let me be blunt",
          "For what it is worth", "Strangely", "Unfortunately"]
NAMES = ["Morwenna T", "salt_and_tar", "Gethin", "Lucja Nowak", "harbourlights", "Abimbola", "Piers W.", "kelpie",
         "Tamsin Rowe", "old_skipper", "Rhiannon", "deckhand_dan", "Yusuf Adeyemi", "marram", "Clemency", "bosun42",
         "Nell Trevose", "quayside", "Henrike", "Faisal M."]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NOW = dt.datetime(2026, 11, 24, 16, 20)  # fetch time of the pages with relative or year-less times ("fetchedAt")


def esc(s):
    return html.escape(s, quote=True)


def para():
    s = "%s, %s %s. %s" % (R.choice(STARTS), R.choice(SUBJECTS), R.choice(VIEWS), R.choice(ASIDES))
    return s[0].upper() + s[1:]


def thread(n, nested=True, max_depth=3, likes=True, start=None, spread=(4, 200)):
    """n comments in depth-first page order, each with parent index (or None), depth, author, time, likes, paras."""
    out = []
    t = start or dt.datetime(2026, 11, R.randint(10, 20), R.randint(6, 12), R.randint(0, 59))
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
                    "time": t, "likes": R.randint(0, 40) if likes else None,
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
        c["depth"] = c["depth"]
        c["id"] = 7100 + remap[old] * 13
        res.append(c)
    return res


def forum_thread(n, likes=False, start=None, quoting=True, opener="Morwenna T"):
    """An opening post and n replies, flat; a reply quotes an earlier post (its parent) with probability 0.35."""
    cs = thread(n, nested=False, likes=likes, start=start, spread=(10, 400))
    first = {"parent": None, "depth": 0, "author": opener, "time": cs[0]["time"] - dt.timedelta(hours=2, minutes=17),
             "likes": R.randint(0, 40) if likes else None, "paras": [STORY[0], "Does anyone know what happens to the freight runs? " + STORY[2]],
             "quote": None, "id": 7099}
    cs = [first] + cs
    for i, c in enumerate(cs):
        if i > 1 and quoting and R.random() < 0.35:
            c["parent"] = R.randrange(i)
            c["quote"] = cs[c["parent"]]["paras"][0]
    sigs = {a: R.choice(["Sent from the 07:15 crossing.", "Fair winds.", "Harbour Traders Association, treasurer."])
            for a in NAMES if R.random() < 0.3}
    for c in cs:
        c["sig"] = sigs.get(c["author"])
    return cs


def kids(cs, i):
    return [j for j, c in enumerate(cs) if c["parent"] == i]


def mon(t):
    return MONTHS[t.month - 1]


def ampm(t):
    return "%d:%02d %s" % (t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM")


def ago(t, now=NOW, short=False):
    d = now - t
    m = int(d.total_seconds() // 60)
    if m < 60:
        return ("%dm" % m) if short else "%d minutes ago" % m
    if m < 1440:
        return ("%dh" % (m // 60)) if short else "%d hour%s ago" % (m // 60, "" if m // 60 == 1 else "s")
    return ("%dd" % d.days) if short else "%d day%s ago" % (d.days, "" if d.days == 1 else "s")


def paras(c, tag="p"):
    return "".join("<%s>%s</%s>" % (tag, esc(p), tag) for p in c["paras"])


STORY = ["The harbour board has confirmed that the winter ferry service to the island will run four days a week "
         "instead of seven from January, after the older of its two vessels failed a hull survey in October.",
         "The board said a replacement charter would cost about 1.2 million pounds for the season. Crew were told on "
         "Thursday, and the seafarers' union said it would ballot members on the new rota.",
         "Island businesses have started a petition asking for a daily freight run, which they said was the only way "
         "to keep the shop and the school supplied through the worst of the weather.",
         "A decision on the charter is due at the board's meeting on 3 December, which will be open to the public for "
         "the first time in its history."]


def chrome(title, body, sidebar=True):
    """A whole page: cookie bar, navigation, ad slots, a sidebar of most-read links and a footer around the body."""
    most = "".join("<li><a href=\"/news/%d\">%s</a></li>" % (700 + k, esc(s[0].upper() + s[1:] + ": the questions that remain"))
                   for k, s in enumerate(R.sample(SUBJECTS, 5)))
    side = ("<aside class=\"rail\"><section class=\"trending\"><h3>Trending now</h3><ol>%s</ol></section>"
            "<div class=\"advert advert-mpu\" id=\"div-gpt-ad-rail\"><small>Advertisement</small></div>"
            "<section class=\"signup\"><h3>The Tide Times newsletter</h3><p>Harbour news in your inbox every Friday.</p>"
            "<form><input type=\"email\" placeholder=\"Email address\"><button>Subscribe</button></form></section></aside>") % most if sidebar else ""
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title>"
            "<meta name=\"viewport\" content=\"width=device-width\"></head><body>"
            "<div class=\"consent-bar\" role=\"dialog\"><p>We and our partners use cookies to personalise content and ads.</p>"
            "<button>I agree</button> <button>Options</button></div>"
            "<header class=\"site-header\"><a class=\"brand\" href=\"/\">The Portreath Packet</a><nav class=\"menu\"><ul>"
            "<li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li><li><a href=\"/harbour\">Harbour</a></li>"
            "<li><a href=\"/islands\">Islands</a></li><li><a href=\"/letters\">Letters</a></li><li><a href=\"/notices\">Notices</a></li></ul></nav>"
            "<form class=\"site-search\"><input name=\"s\" placeholder=\"Search the Packet\"></form></header>"
            "<div class=\"advert advert-billboard\" id=\"div-gpt-ad-top\"><small>Advertisement</small></div>"
            "<div class=\"page\"><main class=\"main\">%s</main>%s</div>"
            "<section class=\"more-stories\"><h3>More from the Packet</h3><ul><li><a href=\"/news/11\">Lifeboat crew honoured for night rescue</a></li>"
            "<li><a href=\"/news/12\">Harbour car park charges to rise</a></li><li><a href=\"/news/13\">New owner for the Anchor Inn</a></li></ul></section>"
            "<footer class=\"footer\"><ul><li><a href=\"/about\">About</a></li><li><a href=\"/advertise\">Advertise</a></li>"
            "<li><a href=\"/privacy\">Privacy</a></li><li><a href=\"/complaints\">Complaints</a></li></ul>"
            "<p>&copy; 2026 Packet Media. All rights reserved.</p></footer></body></html>") % (esc(title), body, side)


def story(title="Winter ferry to run four days a week from January"):
    return ("<article class=\"story\"><h1 class=\"story-title\">%s</h1><p class=\"story-meta\">By <a href=\"/staff/ana-kerr\">Ana Kerr</a>, "
            "Harbour correspondent &middot; <time datetime=\"2026-11-09T07:30\">9 November 2026</time></p>"
            "<figure><img src=\"/img/ferry.jpg\" alt=\"\"><figcaption>The MV Gannet at the north quay. Photo: Packet</figcaption></figure>"
            "<div class=\"story-body\">%s</div><div class=\"story-share\"><a>Facebook</a> <a>WhatsApp</a> <a>Copy link</a></div></article>") % (
        esc(title), "".join("<p>%s</p>" % esc(p) for p in STORY))


def page_wrap(title, body):
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title></head><body>%s</body></html>" % (title, body)


# ---------------------------------------------------------------- comment systems

def commento(cs):
    """Commento: div.commento-card, name and score ("7 points") in the header, 'timeago' with the date in title;
    children in a div.commento-body-container after the card's own body."""
    def one(i):
        c = cs[i]
        sub = "".join(one(k) for k in kids(cs, i))
        return ("<div id=\"commento-comment-card-%x\" class=\"commento-card\" style=\"border-left: 2px solid #%06x\">"
                "<div id=\"commento-comment-header-%x\" class=\"commento-header\"><div class=\"commento-avatar\" style=\"background:#%06x\">%s</div>"
                "<div class=\"commento-name\" id=\"commento-comment-name-%x\">%s</div>"
                "<div class=\"commento-subtitle\" id=\"commento-comment-subtitle-%x\"><div class=\"commento-score\" id=\"commento-comment-score-%x\">%d points</div>"
                "<div class=\"commento-timeago\" title=\"%s %s %d %d %02d:%02d:00 GMT+0000 (Coordinated Universal Time)\">%s</div></div></div>"
                "<div class=\"commento-contents\" id=\"commento-comment-contents-%x\"><div class=\"commento-body\" id=\"commento-comment-body-%x\">%s</div>"
                "<div class=\"commento-options commento-options-clearfix\"><button class=\"commento-option-button commento-option-reply\" title=\"Reply\"></button>"
                "<button class=\"commento-option-button commento-option-upvote\" title=\"Upvote\"></button><button class=\"commento-option-button commento-option-collapse\" title=\"Collapse children\"></button></div>"
                "<div class=\"commento-body-container\" id=\"commento-comment-children-%x\">%s</div></div></div>") % (
            c["id"], R.randint(0, 0xffffff), c["id"], R.randint(0, 0xffffff), esc(c["author"][0].upper()), c["id"], esc(c["author"]), c["id"], c["id"], c["likes"],
            DAYS[c["time"].weekday()][:3], mon(c["time"])[:3], c["time"].day, c["time"].year, c["time"].hour, c["time"].minute,
            ago(c["time"]), c["id"], c["id"], paras(c), c["id"], sub)
    body = story() + ("<div id=\"commento\" class=\"commento-root commento-root-font\"><div class=\"commento-login\"><div class=\"commento-login-text\">Login</div></div>"
                      "<div class=\"commento-main-area\" id=\"commento-main-area\"><div class=\"commento-sort-policy-buttons-container\"><div class=\"commento-sort-policy-buttons\">"
                      "<a class=\"commento-sort-policy-button commento-sort-policy-button-selected\">Popular</a><a class=\"commento-sort-policy-button\">Newest</a><a class=\"commento-sort-policy-button\">Oldest</a></div></div>"
                      "<div class=\"commento-round-check\"><input type=\"checkbox\" id=\"commento-anonymous-checkbox\"><label>Comment anonymously</label></div>"
                      "<textarea placeholder=\"Add a comment\" id=\"commento-textarea-root\"></textarea><button class=\"commento-button commento-submit-button\">Add Comment</button>"
                      "<div class=\"commento-comments\" id=\"commento-comments-area\">%s</div></div>"
                      "<div class=\"commento-footer\"><div class=\"commento-logo-container\"><a href=\"https://commento.io\"><span class=\"commento-logo-text\">Commento</span></a></div></div></div>") % (
        "".join(one(i) for i in kids(cs, None)))
    return chrome("Winter ferry to run four days a week from January | The Portreath Packet", body)


def remark42(cs):
    """Remark42: article.comment with a level class, user name button, '21 Nov 2026, 14:03' time link, score value;
    replies in div.thread containers after their parent's article."""
    def one(i, level):
        c = cs[i]
        sub = "".join(one(k, level + 1) for k in kids(cs, i))
        t = c["time"]
        return ("<div class=\"thread thread_level_%d thread_theme_light\" role=\"listitem list\" aria-expanded=\"true\">"
                "<article class=\"comment comment_level_%d comment_theme_light\" id=\"remark42__comment-%08x-4d1e-4a2b-9c3f-%012x\">"
                "<div class=\"comment__info\"><img class=\"avatar-icon avatar-icon_theme_light comment__avatar\" src=\"/img/av%d.png\" alt=\"\">"
                "<button class=\"comment__username\" title=\"github_%08x\">%s</button>"
                "<a href=\"#remark42__comment-%08x\" class=\"comment__time\">%d %s %d, %02d:%02d</a>"
                "<span class=\"comment__controls\"><button class=\"button comment__control\">Hide</button></span>"
                "<span class=\"comment__score\"><span class=\"comment__vote comment__vote_type_up\" role=\"button\" aria-label=\"Vote up\">Vote up</span>"
                "<span class=\"comment__score-value\" title=\"Controversy: 0.00\">%d</span>"
                "<span class=\"comment__vote comment__vote_type_down\" role=\"button\" aria-label=\"Vote down\">Vote down</span></span></div>"
                "<div class=\"comment__body\"><div class=\"comment__text raw-content\">%s</div>"
                "<div class=\"comment__actions\"><button class=\"button button_kind_link comment__action\">Reply</button><button class=\"button button_kind_link comment__action\">Edit</button></div></div></article>%s</div>") % (
            min(level, 6), min(level, 6), c["id"], c["id"] * 977, c["id"] % 7, c["id"], esc(c["author"]), c["id"],
            t.day, mon(t)[:3], t.year, t.hour, t.minute, c["likes"], paras(c), sub)
    body = story() + ("<div id=\"remark42\"><div class=\"root root_theme_light\"><div class=\"root__loading\"></div>"
                      "<div class=\"auth-panel\"><div class=\"auth-panel__column\">Sign in to comment using <button>GitHub</button> <button>Google</button> <button>Anonymous</button></div>"
                      "<div class=\"auth-panel__column\">Sort by <select class=\"sort-picker\"><option>Best</option><option>Newest</option></select></div></div>"
                      "<div class=\"root__main\"><div class=\"root__threads\" role=\"list\">%s</div></div>"
                      "<p class=\"root__copyright\">Powered by <a href=\"https://remark42.com/\">Remark42</a></p></div></div>") % "".join(one(i, 0) for i in kids(cs, None))
    return chrome("Winter ferry: four days a week from January - The Portreath Packet", body)


def ghost(cs):
    """Ghost's native comments (rendered): utility classes only, no word 'comment' on a record; '2 hrs ago' relative
    times; a like button with its count; replies in a div.ml-14 after the parent's text."""
    def short(t):
        d = NOW - t
        m = int(d.total_seconds() // 60)
        return "%d mins ago" % m if m < 60 else "%d hr%s ago" % (m // 60, "" if m // 60 == 1 else "s") if m < 1440 else "%d day%s ago" % (d.days, "" if d.days == 1 else "s")

    def one(i):
        c = cs[i]
        sub = "".join(one(k) for k in kids(cs, i))
        sub = "<div class=\"mb-4 ml-14 mt-8 sm:mb-0\">%s</div>" % sub if sub else ""
        return ("<div class=\"flex w-full flex-row mb-10\"><div class=\"mr-3 flex flex-col items-center justify-start\"><div class=\"flex-0 mb-4\">"
                "<figure class=\"relative h-10 w-10\"><div class=\"flex items-center justify-center rounded-full h-10 w-10\" style=\"background-color: rgb(%d, %d, %d);\">"
                "<p class=\"font-sans text-base font-semibold text-white\">%s</p></div></figure></div></div>"
                "<div class=\"grow\"><div class=\"mb-2 mt-0.5 flex items-start sm:mt-0\"><div><h4 class=\"text-[rgb(23,23,23] font-sans text-[17px] font-bold tracking-tight dark:text-[rgba(255,255,255,0.85)]\">%s</h4>"
                "<div class=\"flex items-baseline pr-4 font-sans text-[14px] tracking-tight text-neutral-400\"><span><span class=\"font-bold\">&middot;</span> %s</span></div></div></div>"
                "<div class=\"mb-2 flex flex-row items-center gap-4 pr-4\"><div class=\"gh-comment-content mt mb-2 pr-4 font-sans text-[16px] leading-normal text-neutral-900\">%s</div></div>"
                "<div class=\"flex gap-5\"><button class=\"group flex items-center font-sans text-sm outline-0 text-neutral-400\">"
                "<svg class=\"mr-[6px] stroke-[rgba(0,0,0,0.5)]\" width=\"18\" height=\"18\"></svg>%d</button>"
                "<button class=\"group flex items-center font-sans text-sm outline-0 text-neutral-400\">Reply</button>"
                "<button class=\"flex items-center\"><span class=\"sr-only\">More</span></button></div>%s</div></div>") % (
            R.randint(0, 200), R.randint(0, 200), R.randint(0, 200), esc(c["author"][0].upper()), esc(c["author"]), short(c["time"]),
            paras(c).replace("<p>", "<p class=\"mb-2\">"), c["likes"], sub)
    body = story() + ("<section class=\"gh-comments gh-canvas\"><iframe-rendered><div class=\"ghost-display\"><section class=\"flex w-full flex-col\">"
                      "<div class=\"z-10 mb-7 flex w-full items-baseline justify-between\"><h2 class=\"text-[24px] font-bold tracking-tight\">%d comments</h2>"
                      "<div class=\"text-[1.6rem] text-neutral-400\">Sorted by <button>Best</button></div></div>"
                      "<div class=\"z-10\">%s</div>"
                      "<div class=\"relative w-full\"><div class=\"flex flex-col\"><p class=\"text-neutral-500\">Become a paid member of The Portreath Packet to start commenting.</p>"
                      "<button class=\"rounded bg-black px-4 py-2 text-white\">Become a member</button></div></div></section></div></iframe-rendered></section>") % (
        len(cs), "".join(one(i) for i in kids(cs, None)))
    return chrome("Winter ferry to run four days a week from January", body)


def livejournal(cs):
    """LiveJournal / Dreamwidth: every comment a sibling div, the nesting only in an inline margin-left (25px per
    level); ljuser spans, a subject line, '2026-11-21 02:14 pm (UTC)' dates, Reply / Thread / Link."""
    out = []

    def one(i, depth):
        c = cs[i]
        t = c["time"]
        out.append((
            "<div id=\"ljcmt%d\" class=\"comment-wrapper comment-wrapper-depth-%d\" style=\"margin-left: %dpx; margin-top: 5px;\">"
            "<div class=\"dwexpcomment\"><div class=\"comment partial%s\" id=\"cmt%d\"><div class=\"inner\">"
            "<div class=\"header\"><div class=\"comment-title\"><h4 class=\"comment-title\">%s</h4></div>"
            "<div class=\"userpic\"><img src=\"https://l-userpic.example/%d/%d\" width=\"100\" height=\"100\" alt=\"\"></div>"
            "<div class=\"poster-info\"><span class=\"poster\"><span lj:user=\"%s\" style=\"white-space: nowrap;\" class=\"ljuser\"><a href=\"https://%s.livejournal.example/profile\"><img src=\"/img/userinfo.gif\" alt=\"[personal profile] \" width=\"17\" height=\"17\" style=\"vertical-align: text-bottom; border: 0; padding-right: 1px;\"></a>"
            "<a href=\"https://%s.livejournal.example/\"><b>%s</b></a></span></span>"
            "<span class=\"datetime\"><span class=\"comment-date-text\">%d-%02d-%02d %02d:%02d %s (UTC)</span></span>"
            "<span class=\"poster-ip\"></span></div></div>"
            "<div class=\"contents\"><div class=\"comment-content\">%s</div></div>"
            "<div class=\"footer\"><ul class=\"comment-interaction-links\"><li class=\"link commentpermalink\"><a href=\"?thread=%d#t%d\">Link</a></li>"
            "<li class=\"link reply\"><a href=\"?replyto=%d\" rel=\"nofollow\">Reply</a></li><li class=\"link thread\"><a href=\"?thread=%d\">Thread</a></li>%s</ul></div>"
            "</div></div></div></div>") % (
            c["id"], depth, depth * 25, " comment-depth-odd" if depth % 2 else " comment-depth-even", c["id"],
            "Re: " + R.choice(["the ferry", "winter service", "charter costs"]) if depth else esc(R.choice(["four days?!", "not surprised", "the hull survey", "(no subject)"])),
            R.randint(1, 99), c["id"], esc(c["author"]), esc(c["author"]),
            esc(c["author"]), esc(c["author"]),
            t.year, t.month, t.day, t.hour % 12 or 12, t.minute, "am" if t.hour < 12 else "pm", "<br><br>".join(esc(p) for p in c["paras"]),
            c["id"], c["id"], c["id"], c["id"],
            "<li class=\"link parent\"><a href=\"?thread=%d#t%d\">Parent</a></li>" % (cs[c["parent"]]["id"], cs[c["parent"]]["id"]) if c["parent"] is not None else ""))
        for k in kids(cs, i):
            one(k, depth + 1)
    for i in kids(cs, None):
        one(i, 0)
    entry = ("<div class=\"entry-wrapper\"><div class=\"entry\"><h3 class=\"entry-title\"><a>the winter ferry, again</a></h3>"
             "<div class=\"datetime\"><span>Nov. 21st, 2026 09:40 am</span></div><div class=\"entry-content\">%s<p>Thoughts? I am writing to the board before the 3rd.</p></div>"
             "<div class=\"tag\"><span>Tags:</span> <a>islands</a>, <a>ferries</a></div>"
             "<ul class=\"entry-interaction-links\"><li><a>%d comments</a></li><li><a>Reply</a></li><li><a>Share</a></li></ul></div></div>") % (
        "".join("<p>%s</p>" % esc(p) for p in STORY[:2]), len(cs))
    body = ("<div id=\"canvas\"><div class=\"inner\"><div id=\"header\"><h1 id=\"title\"><span>Notes from the north quay</span></h1>"
            "<h2 id=\"subtitle\">island life, ferries and weather</h2></div><div id=\"content\">%s"
            "<div id=\"comments\"><div class=\"comments-nav\"><a>Expand all</a> | <a>Collapse all</a> | Page 1 of 1</div>%s"
            "<div class=\"bottomcomment\"><a>Reply to this entry</a></div></div></div>"
            "<div id=\"secondary\"><div class=\"module-calendar\"><h2>November 2026</h2><table><tr><td>1</td><td>2</td><td>3</td></tr></table></div>"
            "<div class=\"module-tags\"><h2>Tags</h2><ul><li>ferries</li><li>islands</li><li>weather</li></ul></div></div></div></div>") % (entry, "".join(out))
    return page_wrap("the winter ferry, again - Notes from the north quay", body)


def typepad(cs):
    """Typepad / classic Movable Type divs: text first, then 'Posted by: <name> | November 21, 2026 at 02:14 PM'."""
    out = []
    for c in cs:
        t = c["time"]
        out.append(("<div class=\"comment\" id=\"comment-6a00d8341c%06x\"><a id=\"c6a00d8341c%06x\"></a>"
                    "<div class=\"comment-content\"><div class=\"comment-content-inner\">%s</div></div>"
                    "<p class=\"comment-footer\">Posted by: <a rel=\"nofollow\" target=\"_blank\" href=\"https://profile.typepad.example/%s\">%s</a> | "
                    "<a href=\"#comment-6a00d8341c%06x\">%s %02d, %d at %02d:%02d %s</a></p></div>") % (
            c["id"], c["id"], paras(c), esc(c["author"].replace(" ", "").lower()), esc(c["author"]), c["id"],
            mon(t), t.day, t.year, t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM"))
    body = ("<div id=\"container\"><div id=\"banner\"><h1 id=\"banner-header\"><a href=\"/\">Tidewater</a></h1><h2 id=\"banner-description\">A harbour town's notebook</h2></div>"
            "<div id=\"pagebody\"><div id=\"alpha\"><div class=\"entry-type-post entry\"><h3 class=\"entry-header\">Four days a week</h3>"
            "<div class=\"entry-content\"><div class=\"entry-body\">%s</div></div>"
            "<div class=\"entry-footer\"><p class=\"entry-footer-info\">Posted at 08:02 AM in <a>Harbour</a> | <a>Permalink</a></p>"
            "<div class=\"entry-footer-share\"><a>Tweet</a> <a>Save to del.icio.us</a></div></div></div>"
            "<div class=\"comments\" id=\"comments\"><h3 class=\"comments-header\">Comments</h3><div class=\"comments-info\"><p><a href=\"/feed\">Feed</a> You can follow this conversation by subscribing to the comment feed for this post.</p></div>"
            "<div class=\"comments-content\">%s</div></div>"
            "<form class=\"comments-open\"><h2 class=\"comments-open-header\">Post a comment</h2><p>Comments are moderated, and will not appear until the author has approved them.</p><textarea></textarea><button>Post</button></form></div>"
            "<div id=\"beta\"><div class=\"module-about module\"><h2 class=\"module-header\">About</h2><div class=\"module-content\"><p>Written on the north quay since 2004.</p></div></div>"
            "<div class=\"module-archives module\"><h2 class=\"module-header\">Archives</h2><ul class=\"module-list\"><li><a>November 2026</a></li><li><a>October 2026</a></li></ul></div>"
            "<div class=\"module-typelist module\"><h2 class=\"module-header\">Blogroll</h2><ul><li><a>Island Wire</a></li><li><a>Fishing News</a></li></ul></div></div></div></div>") % (
        "".join("<p>%s</p>" % esc(p) for p in STORY), "".join(out))
    return page_wrap("Tidewater: Four days a week", body)


def substack(cs):
    """Substack: div.comment with a header (name, 'Nov 21' link whose title has the full date), 'Like (12)' and
    Reply buttons; replies in div.comment-list-items inside the parent; the full date only in title."""
    def one(i):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k) for k in kids(cs, i))
        sub = "<div class=\"comment-list\"><div class=\"comment-list-items\">%s</div></div>" % sub if sub else ""
        return ("<div class=\"comment\"><div id=\"comment-%d\" class=\"comment-anchor\"></div><div class=\"comment-content\">"
                "<div class=\"profile-img-wrap\"><a href=\"https://substack.example/profile/%d-x\"><img class=\"img\" src=\"/p/%d.jpg\" alt=\"\"></a></div>"
                "<div class=\"comment-body\"><div class=\"comment-meta\"><span class=\"commenter-name\"><a href=\"https://substack.example/profile/%d-x\">%s</a></span>"
                "<span class=\"highlight\"></span><a href=\"/p/winter-ferry/comment/%d\" class=\"comment-timestamp\" title=\"%s %d, %d, %s\">%s %d</a></div>"
                "<div class=\"comment-body-inner\"><div class=\"comment-body-text\">%s</div></div>"
                "<div class=\"comment-actions\"><a class=\"comment-actions-item like-button%s\">Like (%d)</a><a class=\"comment-actions-item\">Reply</a>"
                "<a class=\"comment-actions-item\">Share</a></div></div></div>%s</div>") % (
            c["id"], c["id"], c["id"], c["id"], esc(c["author"]), c["id"], mon(t)[:3], t.day, t.year, ampm(t), mon(t)[:3], t.day,
            paras(c), "" if c["likes"] else " empty", c["likes"], sub)
    body = ("<div class=\"main-menu\"><div class=\"topbar\"><a class=\"navbar-title\">Harbour Lines</a><button>Subscribe</button><button>Sign in</button></div></div>"
            "<div class=\"container\"><article class=\"typography newsletter-post post\"><div class=\"post-header\"><h1 class=\"post-title\">The winter ferry, in numbers</h1>"
            "<h3 class=\"subtitle\">What the board did not say on Thursday</h3><div class=\"post-meta\"><a>Ana Kerr</a> <span>Nov 10, 2026</span></div></div>"
            "<div class=\"available-content\"><div class=\"body markup\">%s</div></div>"
            "<div class=\"subscription-widget\"><p>Harbour Lines is a reader-supported publication. To receive new posts, consider becoming a subscriber.</p><input type=\"email\"><button>Subscribe</button></div>"
            "<div class=\"post-footer\"><a>%d Likes</a> <a>%d Comments</a> <a>Share</a></div></article>"
            "<div class=\"comments-page\"><div class=\"container\"><h4>Discussion about this post</h4><div class=\"comments-section\">"
            "<div class=\"comment-input\"><textarea placeholder=\"Write a comment...\"></textarea></div>"
            "<div class=\"comment-list\"><div class=\"comment-list-items\">%s</div></div></div></div></div>"
            "<div class=\"footer-wrap\"><p>&copy; 2026 Ana Kerr</p><ul><li><a>Privacy</a></li><li><a>Terms</a></li><li><a>Collection notice</a></li></ul>"
            "<p>Substack is the home for great culture</p></div></div>") % (
        "".join("<p>%s</p>" % esc(p) for p in STORY), R.randint(40, 200), len(cs), "".join(one(i) for i in kids(cs, None)))
    return page_wrap("The winter ferry, in numbers - Harbour Lines", body)


def coral(cs):
    """Coral (Vox Media's Talk) rendered into the page: coral-* classes, indent levels as classes, 'Respect' as the
    reaction (likes), relative time text with the date in <time datetime>, 'In reply to' lines on replies."""
    def one(i, level):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k, level + 1) for k in kids(cs, i))
        sub = ("<div class=\"coral coral-comment-replyList\" role=\"log\">%s</div>" % sub) if sub else ""
        inreply = ("<div class=\"coral coral-comment-inReplyTo\"><span class=\"coral-inReplyTo-text\">In reply to</span> "
                   "<span class=\"coral-inReplyTo-username\">%s</span></div>" % esc(cs[c["parent"]]["author"])) if c["parent"] is not None else ""
        return ("<div class=\"coral coral-indent coral-indent-%d\"><div class=\"coral coral-comment coral-reacted-%d\" role=\"article\" data-testid=\"comment-%x\" id=\"comment-%x\">"
                "<div class=\"coral coral-comment-topBar\"><div class=\"coral coral-comment-userName\"><button class=\"coral coral-username coral-comment-username\"><span class=\"coral coral-username-name\">%s</span></button></div>"
                "<a class=\"coral coral-timestamp coral-comment-timestamp\" href=\"?commentID=%x\"><time datetime=\"%s:00.000Z\" title=\"%s %d, %d, %s\" class=\"coral coral-relativeTime\">%s</time></a></div>"
                "%s<div class=\"coral coral-content coral-comment-content\">%s</div>"
                "<div class=\"coral coral-comment-actionBar\"><button class=\"coral coral-reactButton coral-comment-reactButton\" aria-label=\"Respect\"><span>Respect</span><span class=\"coral-reactButton-count\">%s</span></button>"
                "<button class=\"coral coral-comment-replyButton\">Reply</button><button class=\"coral coral-comment-shareButton\">Share</button><button class=\"coral coral-comment-reportButton\">Report</button></div></div>%s</div>") % (
            level, c["likes"], c["id"], c["id"], esc(c["author"]), c["id"], t.strftime("%Y-%m-%dT%H:%M"), mon(t)[:3], t.day, t.year, ampm(t),
            ago(t), inreply, paras(c), c["likes"] or "", sub)
    body = story() + ("<div id=\"coral_thread\"><div class=\"coral coral-stream\"><div class=\"coral coral-streamTabs\"><button class=\"coral-tabBarMainTab-active\">%d Comments</button> <button>Discussions</button></div>"
                      "<div class=\"coral coral-createComment\"><div class=\"coral-createComment-signIn\"><button>Sign in to comment</button></div></div>"
                      "<div class=\"coral coral-guidelines\"><p>Keep it civil. Read our community guidelines.</p></div>"
                      "<div class=\"coral coral-sortMenu\"><label>Sort by</label><select><option>Newest</option><option>Oldest</option><option>Most replies</option><option>Most reactions</option></select></div>"
                      "<div class=\"coral coral-allComments\" role=\"log\">%s</div><button class=\"coral coral-loadMore\">Load more</button></div></div>") % (
        len(cs), "".join(one(i, 0) for i in kids(cs, None)))
    return chrome("Winter ferry to run four days a week from January | The Portreath Packet", body)


def lobsters(cs):
    """Lobsters: ol.comments > li.comments_subtree > div.comment with a score beside the byline ('name 3 hours ago',
    the absolute time in the span's title); replies in a nested ol.comments."""
    def one(i):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k) for k in kids(cs, i))
        return ("<li class=\"comments_subtree\"><input id=\"comment_folder_%x\" class=\"comment_folder_button\" type=\"checkbox\">"
                "<div id=\"c_%x\" data-shortid=\"%x\" class=\"comment\"><div class=\"voters\"><a class=\"upvoter\" href=\"/login\"></a><div class=\"score\">%d</div></div>"
                "<div class=\"details\"><div class=\"byline\"><a name=\"c_%x\"></a><label for=\"comment_folder_%x\" class=\"comment_folder\"></label>"
                "<a href=\"/~%s\"><img srcset=\"/avatars/%s-16.png 1x\" class=\"avatar\" alt=\"%s avatar\" width=\"16\" height=\"16\"></a> "
                "<a href=\"/~%s\" class=\"\">%s</a> <span title=\"%s -0000\">%s</span> | <a href=\"/c/%x\">link</a> | <a class=\"comment_replier\" tabindex=\"0\">reply</a></div>"
                "<div class=\"comment_text\">%s</div></div></div><ol class=\"comments\">%s</ol></li>") % (
            c["id"], c["id"], c["id"], c["likes"], c["id"], c["id"], esc(c["author"]), esc(c["author"]),
            esc(c["author"]), esc(c["author"]), esc(c["author"]),
            t.strftime("%Y-%m-%d %H:%M:%S"), ago(t), c["id"], paras(c), sub)
    body = ("<header id=\"nav\"><a id=\"logo\" href=\"/\">Lobsters</a><span class=\"navholder\"><a>Active</a> <a>Recent</a> <a>Comments</a> <a>Search</a> <a>Login</a></span></header>"
            "<div id=\"inside\"><ol class=\"stories list\"><li id=\"story_q1w2e3\" class=\"story\"><div class=\"story_liner h-entry\"><div class=\"voters\"><a class=\"upvoter\"></a><div class=\"score\">31</div></div>"
            "<div class=\"details\"><span class=\"link h-cite u-repost-of\"><a class=\"u-url\" href=\"https://packet.example/ferry\">Winter ferry to run four days a week: the scheduling problem</a></span> "
            "<span class=\"tags\"><a class=\"tag tag_practices\">practices</a></span> <a class=\"domain\">packet.example</a>"
            "<div class=\"byline\"><a>via</a> <a href=\"/~kelpie\">kelpie</a> <span title=\"2026-11-23 08:00:00 -0000\">1 day ago</span> | <a>hide</a> | <a>%d comments</a></div></div></div></li></ol>"
            "<div class=\"story_text\"><p>%s</p></div>"
            "<ol class=\"comments comments1\"><li class=\"comments_subtree\"><div class=\"comment comment_form_container\"><form><textarea placeholder=\"Log in to comment\"></textarea></form></div></li>%s</ol></div>"
            "<footer><a>About</a> <a>Tags</a> <a>Filter</a> <a>Moderation Log</a></footer>") % (len(cs), esc(STORY[1]), "".join(one(i) for i in kids(cs, None)))
    return page_wrap("Winter ferry to run four days a week: the scheduling problem | Lobsters", body)


def nytlike(cs):
    """A NYT-style news comments panel: hashed css-* classes, a reader's place under the name (not part of the name
    or text), 'Nov. 21' (year-less; the page is from fetchedAt's year), 'Recommend 45', replies in a list under
    their parent with 'Show N replies'."""
    def one(i, reply):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k, True) for k in kids(cs, i))
        sub = ("<div class=\"css-7pq5ws\"><button class=\"css-1gb49n4\">Show %d repl%s</button><ul class=\"css-18d9cvr\">%s</ul></div>" % (
            len(kids(cs, i)), "y" if len(kids(cs, i)) == 1 else "ies", sub)) if sub else ""
        mo = mon(t)[:3] + "." if t.month not in (5, 6, 7) else mon(t)
        return ("<li class=\"css-1d4hr4h\"><div class=\"css-l7dc4h\" data-testid=\"comment-container\" id=\"comment-%d\"><div class=\"css-1qgf2lt\">"
                "<div class=\"css-zlgv3h\"><img class=\"css-1u6fplm\" src=\"/avatar/%d.png\" alt=\"\"></div><div class=\"css-1ogrduc\">"
                "<span class=\"css-1ddb9le\">%s</span><span class=\"css-1p3psa8\">%s</span></div>"
                "<div class=\"css-1w3k4qc\"><span class=\"css-ghxvja\">%s %d</span>%s</div></div>"
                "<div class=\"css-1ggmxs5\">%s</div>"
                "<div class=\"css-1dj11w8\"><button class=\"css-1r0wzyt\" aria-label=\"Recommend\">Recommend</button><span class=\"css-u6b6q3\">%s</span>"
                "<button class=\"css-16xcvjh\">Share</button><button class=\"css-16xcvjh\">Flag</button>%s</div></div>%s</li>") % (
            c["id"], c["id"], esc(c["author"]), esc(c["place"]), mo, t.day,
            "<span class=\"css-4z9s9m\">Times Pick</span>" if R.random() < 0.15 else "", paras(c).replace("<p>", "<p class=\"css-at9mc1\">"),
            c["likes"] or "", "" if reply else "<button class=\"css-16xcvjh\">Reply</button>", sub)
    body = story() + ("<section id=\"comments\" class=\"css-1qtvkz\"><div class=\"css-w3lcmo\"><h2 class=\"css-1j8dw05\">%d Comments</h2>"
                      "<p class=\"css-1klmq2s\">The Packet gives readers a place to discuss the news. Comments are moderated.</p>"
                      "<div class=\"css-1s7j9ab\" role=\"tablist\"><button class=\"css-sel\">All</button><button>Times Picks</button><button>Reader Picks</button></div>"
                      "<ul class=\"css-10nlw2r\">%s</ul><button class=\"css-1a6w2qp\">See more comments</button></div></section>") % (
        len(cs), "".join(one(i, False) for i in kids(cs, None)))
    return chrome("Winter ferry to run four days a week from January - The Portreath Packet", body)


# ---------------------------------------------------------------- forums

def discuz(posts, title):
    """Discuz! X3 (English pack): a table per post, the author cell (td.pls) beside the post cell (td.plc),
    'Posted on 2026-11-21 14:03' in em#authorposton, floor labels, quotes as div.quote with 'X posted on …'."""
    out = []
    floors = ["OP", "2#", "3#", "4#"]
    for n, p in enumerate(posts):
        t = p["time"]
        quote = ""
        if p["quote"]:
            q = posts[p["parent"]]
            quote = ("<div class=\"quote\"><blockquote><font size=\"2\"><a href=\"forum.php?mod=redirect&amp;goto=findpost&amp;pid=%d&amp;ptid=512\" target=\"_blank\">"
                     "<font color=\"#999999\">%s posted on %d-%d-%d %02d:%02d</font></a></font><br />\n%s</blockquote></div><br />\n") % (
                q["id"], esc(q["author"]), q["time"].year, q["time"].month, q["time"].day, q["time"].hour, q["time"].minute, esc(p["quote"]))
        out.append((
            "<div id=\"post_%d\"><table id=\"pid%d\" class=\"plhin\" summary=\"pid%d\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
            "<td class=\"pls\" rowspan=\"2\"><div id=\"favatar%d\" class=\"pls favatar\"><div class=\"pi\"><div class=\"authi\"><a href=\"home.php?mod=space&amp;uid=%d\" target=\"_blank\" class=\"xw1\">%s</a></div></div>"
            "<div><div class=\"avatar\"><a href=\"home.php?mod=space&amp;uid=%d\" class=\"avtm\"><img src=\"uc_server/avatar.php?uid=%d&amp;size=middle\" /></a></div></div>"
            "<div class=\"tns xg2\"><table cellspacing=\"0\" cellpadding=\"0\"><tr><th><p><a class=\"xi2\">%d</a></p>Threads</th><th><p><a class=\"xi2\">%d</a></p>Posts</th><td><p><a class=\"xi2\">%d</a></p>Credits</td></tr></table></div>"
            "<p><em><a href=\"home.php?mod=spacecp&amp;ac=usergroup&amp;gid=%d\" target=\"_blank\">%s</a></em></p></div></td>"
            "<td class=\"plc\"><div class=\"pi\"><strong><a href=\"forum.php?mod=redirect&amp;goto=findpost&amp;ptid=512&amp;pid=%d\" id=\"postnum%d\">%s</a></strong>"
            "<div class=\"pti\"><div class=\"pdbt\"></div><div class=\"authi\"><img class=\"authicn vm\" src=\"static/image/common/online_member.gif\" />"
            "<em id=\"authorposton%d\">Posted on %d-%d-%d %02d:%02d</em><span class=\"pipe\">|</span><a href=\"forum.php?mod=viewthread&amp;tid=512&amp;page=1&amp;authorid=%d\" rel=\"nofollow\">Only view this author</a></div></div></div>"
            "<div class=\"pct\"><div class=\"pcb\"><div class=\"t_fsz\"><table cellspacing=\"0\" cellpadding=\"0\"><tr><td class=\"t_f\" id=\"postmessage_%d\">%s%s</td></tr></table></div></div></div></td></tr>"
            "<tr><td class=\"plc plm\">%s</td></tr><tr><td class=\"pls\"></td><td class=\"plc\"><div class=\"po hin\"><div class=\"pob cl\"><em><a class=\"fastre\" href=\"forum.php?mod=post&amp;action=reply&amp;repquote=%d\">Reply</a>"
            "<a href=\"javascript:;\" class=\"replyadd\">Support <span id=\"review_support_%d\">%d</span></a></em><p><a href=\"javascript:;\">Report</a></p></div></div></td></tr></table></div>") % (
            p["id"], p["id"], p["id"], p["id"], 200 + n, esc(p["author"]), 200 + n, 200 + n, R.randint(1, 40), R.randint(5, 900), R.randint(10, 4000),
            R.randint(10, 12), R.choice(["Newbie", "Member", "Senior member"]), p["id"], p["id"], floors[n] if n < 4 else "%d#" % (n + 1),
            p["id"], t.year, t.month, t.day, t.hour, t.minute, 200 + n, p["id"], quote, "<br />\n<br />\n".join(esc(x) for x in p["paras"]),
            ("<div class=\"sign\">%s</div>" % esc(p["sig"])) if p.get("sig") else "", p["id"], p["id"], p["likes"] or 0))
    return ("<div id=\"toptb\" class=\"cl\"><div class=\"wp\"><div class=\"z\"><a>Set homepage</a><a>Bookmark</a></div><div class=\"y\"><a>Login</a> <a>Register</a></div></div></div>"
            "<div id=\"hd\"><div class=\"wp\"><div class=\"hdc cl\"><h2><a href=\"./\" title=\"Isles Forum\">Isles Forum</a></h2></div>"
            "<div id=\"nv\"><ul><li><a>Portal</a></li><li class=\"a\"><a>Forum</a></li><li><a>Groups</a></li><li><a>Ranking</a></li></ul></div></div></div>"
            "<div id=\"wp\" class=\"wp\"><div id=\"pt\" class=\"bm cl\"><div class=\"z\"><a href=\"./\" class=\"nvhm\">Isles Forum</a><em>&rsaquo;</em><a>Forum</a><em>&rsaquo;</em><a>Transport</a><em>&rsaquo;</em><a>%s</a></div></div>"
            "<div id=\"ct\" class=\"wp cl\"><div id=\"pgt\" class=\"pgs mbm cl\"><div class=\"pg\"><strong>1</strong><a>2</a><a class=\"nxt\">Next</a></div><a id=\"post_reply\" class=\"pgsbtn\">Reply</a></div>"
            "<div id=\"postlist\" class=\"pl bm\"><table cellspacing=\"0\" cellpadding=\"0\"><tr><td class=\"pls ptn pbn\"><div class=\"hm ptn\"><span class=\"xg1\">View:</span> <span class=\"xi1\">1894</span><span class=\"pipe\">|</span><span class=\"xg1\">Reply:</span> <span class=\"xi1\">%d</span></div></td>"
            "<td class=\"plc ptm pbn vwthd\"><h1 class=\"ts\"><span id=\"thread_subject\">%s</span></h1></td></tr></table>%s</div></div></div>"
            "<div id=\"ft\" class=\"wp cl\"><div id=\"flk\" class=\"y\"><p><a>Archiver</a><span class=\"pipe\">|</span><a>Mobile</a><span class=\"pipe\">|</span><a>Contact us</a></p>"
            "<p class=\"xs0\">GMT+0, %d-%d-%d %02d:%02d , Processed in 0.061872 second(s), 23 queries .</p></div><div id=\"frt\"><p>Powered by <strong><a href=\"https://www.discuz.net\">Discuz!</a></strong> <em>X3.4</em></p></div></div>") % (
        esc(title), len(posts) - 1, esc(title), "".join(out), NOW.year, NOW.month, NOW.day, NOW.hour, NOW.minute)


def kunena(posts, title):
    """Kunena 5 (Joomla): a Bootstrap row per message, the profile box (name, rank, post count) beside it, 'n days
    ago' with the date in the title; 'X wrote:' quotes; 'The following user(s) said Thank You:' lists (likes)."""
    out = []
    for n, p in enumerate(posts):
        t = p["time"]
        quote = ""
        if p["quote"]:
            q = posts[p["parent"]]
            quote = "<div class=\"kmsgtext-quote\"><blockquote><p class=\"kmsgtext-quote\"><em>%s</em> wrote: %s</p></blockquote></div>" % (esc(q["author"]), esc(p["quote"]))
        thanks = ""
        if p["likes"]:
            names = R.sample([a for a in NAMES if a != p["author"]], p["likes"])
            thanks = "<div id=\"kthank%d\"><div class=\"kmessage-thankyou\">The following user(s) said Thank You: %s</div></div>" % (
                p["id"], ", ".join("<a class=\"kwho-user hasTooltip\" href=\"/profile/%s\">%s</a>" % (esc(a.replace(" ", "")), esc(a)) for a in names))
        out.append((
            "<small class=\"text-muted float-right\"><span class=\"icon icon-clock\"></span> <span class=\"kdate \" title=\"%d %s %d %02d:%02d\">%s</span> <a href=\"#%d\" id=\"%d\" rel=\"canonical\">#%d</a></small><div class=\"clear-fix\"></div>"
            "<div class=\"row message\"><div class=\"col-md-2 shadow-lg rounded d-none d-sm-block\"><ul class=\"unstyled center profilebox\"><li><strong><a class=\"kwho-user hasTooltip\" href=\"/forum/user/%d-%s\" title=\"View %s's Profile\">%s</a></strong></li>"
            "<li><a href=\"/forum/user/%d\"><img class=\"img-rounded\" src=\"/media/kunena/avatars/resized/size144/s_nophoto.png\" alt=\"\" /></a><span class=\"d-none d-lg-block topic-starter \">%s</span></li>"
            "<li>%s</li><li><span class=\"ranksimages\"></span></li><li><span class=\" label label-success\">Offline</span></li><li>Posts: %d</li><li>Thank you received: %d</li></ul></div>"
            "<div class=\"col-md-10 message-published\"><div class=\"badger-left badger-info khistory\" data-badger=\"%s created the topic: %s\">"
            "<div class=\"kmessage\"><div class=\"kmsg\">%s%s</div></div>%s</div>"
            "<div class=\"float-right\"><div class=\"btn-group\"><a class=\"btn btn-light\">Reply</a><a class=\"btn btn-light\">Quote</a><a class=\"btn btn-light\">Thank you</a></div></div>%s</div></div>") % (
            t.day, mon(t)[:3], t.year, t.hour, t.minute, ago(t), p["id"], p["id"], n + 1, 500 + n, esc(p["author"].replace(" ", "-").lower()), esc(p["author"]), esc(p["author"]),
            500 + n, "Topic Author" if p["author"] == posts[0]["author"] else "", R.choice(["Fresh Boarder", "Junior Boarder", "Senior Boarder", "Platinum Boarder"]),
            R.randint(3, 800), R.randint(0, 60), esc(p["author"]), esc(title) if n == 0 else "Re: " + esc(title), quote,
            "<br />".join(esc(x) for x in p["paras"]), ("<div class=\"ksig\"><hr><span class=\"ksignature\">%s</span></div>" % esc(p["sig"])) if p.get("sig") else "", thanks))
    return ("<div class=\"container\"><header class=\"header\"><a class=\"brand\" href=\"/\">Isles Community</a><nav><ul class=\"nav menu\"><li><a>Home</a></li><li class=\"active\"><a>Forum</a></li><li><a>Events</a></li><li><a>Contact</a></li></ul></nav></header>"
            "<div id=\"kunena\" class=\"layout\"><nav class=\"navbar\"><ul class=\"nav\"><li><a>Index</a></li><li><a>Recent Topics</a></li><li><a>Search</a></li></ul></nav>"
            "<ol class=\"breadcrumb\"><li><a>Forum</a></li><li><a>Getting about</a></li><li class=\"active\">%s</li></ol>"
            "<h1>%s</h1><div class=\"float-left\"><div class=\"pagination\"><ul><li class=\"active\"><a>1</a></li></ul></div></div><div class=\"clearfix\"></div>"
            "<div class=\"topic-item-messages\">%s</div>"
            "<div class=\"kfrontend\"><h2 class=\"btn-link\">Moderators: <a>harbourmod</a></h2><div class=\"well\">Time to create page: 0.212 seconds</div></div></div>"
            "<footer class=\"footer\"><p>&copy; 2026 Isles Community. Powered by Kunena</p></footer></div>") % (esc(title), esc(title), "".join(out))


def flarum(posts, title):
    """Flarum: article.Post.CommentPost, the user name in h3.PostUser-name, time in a meta dropdown with datetime and
    a '21 Nov' text; replies start with a PostMention link to the post they answer (its parent); 'X, Y and 3 others
    like this'."""
    out = []
    for n, p in enumerate(posts):
        t = p["time"]
        mention = ""
        if p["parent"] is not None:
            q = posts[p["parent"]]
            mention = "<p><a href=\"/d/88-winter-ferry/%d\" class=\"PostMention\" data-id=\"%d\">%s</a></p>" % (p["parent"] + 1, q["id"], esc(q["author"]))
        liked = ""
        if p["likes"]:
            names = R.sample([a for a in NAMES if a != p["author"]], min(p["likes"], 3))
            if p["likes"] <= 3:
                liked = " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
            else:
                liked = "%s and %d others" % (", ".join(names[:2]), p["likes"] - 2)
            liked = "<div class=\"Post-likedBy\"><i class=\"icon fas fa-thumbs-up\"></i>%s like this.</div>" % esc(liked) if p["likes"] > 1 or True else ""
        out.append((
            "<div class=\"PostStream-item\" data-index=\"%d\" data-time=\"%s:00+00:00\" data-number=\"%d\" data-id=\"%d\" data-type=\"comment\">"
            "<article class=\"Post CommentPost %s\"><div><header class=\"Post-header\"><ul><li class=\"item-user\"><div class=\"PostUser\"><h3 class=\"PostUser-name\">"
            "<a href=\"/u/%s\"><span class=\"Avatar PostUser-avatar\" style=\"--avatar-bg: #a0d8e5;\">%s</span><span class=\"username\">%s</span></a></h3>"
            "<ul class=\"PostUser-badges badges\"></ul></div></li><li class=\"item-meta\"><div class=\"Dropdown PostMeta\"><a class=\"Dropdown-toggle\">"
            "<time pubdate=\"\" datetime=\"%s:00+00:00\" title=\"%s, %s %d, %d %s\" data-humantime=\"\">%d %s</time></a></div></li></ul></header>"
            "<div class=\"Post-body\">%s%s</div><aside class=\"Post-footer\"><ul>%s</ul></aside>"
            "<aside class=\"Post-actions\"><ul><li class=\"item-like\"><button class=\"Button Button--link\">Like</button></li><li class=\"item-reply\"><button class=\"Button Button--link\">Reply</button></li></ul></aside></div></article></div>") % (
            n, t.strftime("%Y-%m-%dT%H:%M"), n + 1, p["id"], "Post--by-start-user" if p["author"] == posts[0]["author"] else "",
            esc(p["author"].replace(" ", "")), esc(p["author"][0].upper()), esc(p["author"]),
            t.strftime("%Y-%m-%dT%H:%M"), DAYS[t.weekday()], mon(t), t.day, t.year, ampm(t), t.day, mon(t)[:3],
            mention, paras(p), ("<li class=\"item-liked\">%s</li>" % liked) if liked else ""))
    return ("<div id=\"app\" class=\"App\"><div id=\"header\" class=\"App-header\"><div id=\"header-navigation\"></div><div class=\"container\"><h1 class=\"Header-title\"><a href=\"/\">Isles Talk</a></h1>"
            "<div id=\"header-primary\" class=\"Header-primary\"><ul class=\"Header-controls\"><li><a>Tags</a></li></ul></div>"
            "<div id=\"header-secondary\" class=\"Header-secondary\"><ul class=\"Header-controls\"><li class=\"item-search\"><input placeholder=\"Search Forum\"></li><li><a>Sign Up</a></li><li><a>Log In</a></li></ul></div></div></div>"
            "<main class=\"App-content\"><div class=\"DiscussionPage\"><header class=\"Hero DiscussionHero\"><div class=\"container\"><ul class=\"DiscussionHero-items\"><li class=\"item-tags\"><span class=\"TagsLabel\"><a class=\"TagLabel\">Transport</a></span></li>"
            "<li class=\"item-title\"><h2 class=\"DiscussionHero-title\">%s</h2></li></ul></div></header>"
            "<div class=\"container\"><nav class=\"DiscussionPage-nav\"><ul><li><button class=\"Button\">Reply</button></li><li><button>Follow</button></li></ul></nav>"
            "<div class=\"DiscussionPage-stream\"><div class=\"PostStream\" role=\"feed\">%s</div></div></div></div></main>"
            "<footer class=\"App-footer\"><p>Powered by Flarum</p></footer></div>") % (esc(title), "".join(out))


def bbpress(posts, title):
    """bbPress with threaded replies: ul.bbp-threaded-replies under their parent's li, the author block (name, role,
    IP hidden) in div.bbp-reply-author, 'November 21, 2026 at 2:14 pm' in the header."""
    def one(i):
        p = posts[i]
        t = p["time"]
        sub = "".join(one(k) for k in kids(posts, i))
        sub = "<ul class=\"bbp-threaded-replies\">%s</ul>" % sub if sub else ""
        kind = "topic" if i == 0 else "reply"
        return ("<li><div id=\"post-%d\" class=\"bbp-reply-header\"><div class=\"bbp-meta\"><span class=\"bbp-reply-post-date\">%s %d, %d at %s</span>"
                "<a href=\"#post-%d\" class=\"bbp-reply-permalink\">#%d</a><span class=\"bbp-admin-links\"><a class=\"bbp-reply-to-link\">Reply</a></span></div></div>"
                "<div class=\"loop-item-%d user-id-%d bbp-parent-forum-12 bbp-parent-topic-340 bbp-reply-position-%d %s post-%d %s type-%s status-publish hentry\">"
                "<div class=\"bbp-reply-author\"><a href=\"/forums/users/%s/\" title=\"View %s's profile\" class=\"bbp-author-link\"><span class=\"bbp-author-avatar\"><img alt=\"\" src=\"/av/%d.png\" class=\"avatar avatar-80 photo\" height=\"80\" width=\"80\" /></span>"
                "<span class=\"bbp-author-name\">%s</span></a><div class=\"bbp-author-role\">%s</div></div>"
                "<div class=\"bbp-reply-content\">%s</div></div>%s</li>") % (
            p["id"], mon(t), t.day, t.year, ampm(t).lower(), p["id"], i + 1, i, 40 + i, i + 1, "odd" if i % 2 else "even", p["id"],
            "topic-author" if p["author"] == posts[0]["author"] else "", kind, esc(p["author"].replace(" ", "-").lower()), esc(p["author"]), 40 + i,
            esc(p["author"]), R.choice(["Participant", "Participant", "Keymaster", "Moderator"]), paras(p), sub)
    top = "".join(one(i) for i in kids(posts, None))
    body = ("<div id=\"bbpress-forums\" class=\"bbpress-wrapper\"><div class=\"bbp-breadcrumb\"><p><a class=\"bbp-breadcrumb-home\">Home</a> <span class=\"bbp-breadcrumb-sep\">&rsaquo;</span> "
            "<a class=\"bbp-breadcrumb-root\">Forums</a> <span class=\"bbp-breadcrumb-sep\">&rsaquo;</span> <a>Getting about</a> <span class=\"bbp-breadcrumb-sep\">&rsaquo;</span> <span class=\"bbp-breadcrumb-current\">%s</span></p></div>"
            "<div class=\"bbp-template-notice info\"><ul><li class=\"bbp-topic-description\">This topic has %d replies, %d voices, and was last updated 1 day ago by <a>%s</a>.</li></ul></div>"
            "<ul id=\"topic-340-replies\" class=\"forums bbp-replies\"><li class=\"bbp-header\"><div class=\"bbp-reply-author\">Author</div><div class=\"bbp-reply-content\">Posts</div></li>"
            "<li class=\"bbp-body\"><ul>%s</ul></li><li class=\"bbp-footer\"><div class=\"bbp-reply-author\">Author</div><div class=\"bbp-reply-content\">Posts</div></li></ul>"
            "<div id=\"no-reply-340\" class=\"bbp-no-reply\"><div class=\"bbp-template-notice\"><ul><li>You must be logged in to reply to this topic.</li></ul></div></div></div>") % (
        esc(title), len(posts) - 1, len(set(p["author"] for p in posts)), esc(posts[-1]["author"]), top)
    return chrome(title + " | Isles Community Forums", "<h1 class=\"entry-title\">%s</h1>%s" % (esc(title), body))


def github(posts, title):
    """A GitHub-style issue: the opening comment and the timeline comments share one shape (a.author,
    relative-time[datetime] 'on Nov 21, 2026'); reactions under each (thumbs-up count as likes); a 'Quote reply'
    is a blockquote of the quoted text with no author; label and reference events between comments."""
    out = []
    for n, p in enumerate(posts):
        t = p["time"]
        quote = "<blockquote><p>%s</p></blockquote>" % esc(p["quote"]) if p["quote"] else ""
        reac = ""
        if p["likes"]:
            reac = ("<div class=\"comment-reactions js-reactions-container\"><div class=\"comment-reactions-options\">"
                    "<button type=\"submit\" class=\"social-reaction-summary-item btn-link\" aria-label=\"%d people reacted with thumbs up\"><g-emoji class=\"emoji\" alias=\"+1\">&#128077;</g-emoji> <span class=\"js-discussion-reaction-group-count\">%d</span></button>"
                    "%s</div></div>") % (p["likes"], p["likes"], "<button class=\"social-reaction-summary-item btn-link\" aria-label=\"1 person reacted with heart\"><g-emoji alias=\"heart\">&#10084;&#65039;</g-emoji> <span>1</span></button>" if R.random() < 0.3 else "")
        role = "Author" if p["author"] == posts[0]["author"] else R.choice(["Contributor", "Member", ""])
        out.append((
            "<div class=\"js-timeline-item js-timeline-progressive-focus-container\"><div class=\"TimelineItem js-comment-container\">"
            "<div class=\"avatar-parent-child TimelineItem-avatar\"><a class=\"d-inline-block\" href=\"/%s\"><img class=\"avatar rounded-2 avatar-user\" src=\"/u/%d?s=80\" width=\"40\" height=\"40\" alt=\"@%s\"></a></div>"
            "<div class=\"timeline-comment-group js-minimizable-comment-group\" id=\"issuecomment-%d\"><div class=\"ml-n3 timeline-comment unminimized-comment comment previewable-edit js-comment\">"
            "<div class=\"timeline-comment-header clearfix d-flex\"><div class=\"timeline-comment-actions flex-shrink-0\">%s<details class=\"details-overlay\"><summary aria-label=\"Show options\">...</summary></details></div>"
            "<h3 class=\"f5 text-normal\"><strong><a class=\"author Link--primary text-bold\" data-hovercard-type=\"user\" href=\"/%s\">%s</a></strong> commented "
            "<a href=\"#issuecomment-%d\" class=\"Link--secondary js-timestamp\"><relative-time datetime=\"%sZ\" class=\"no-wrap\">on %s %d, %d</relative-time></a></h3></div>"
            "<div class=\"edit-comment-hide\"><task-lists><table class=\"d-block user-select-contain\"><tbody class=\"d-block\"><tr class=\"d-block\"><td class=\"d-block comment-body markdown-body js-comment-body\">%s%s</td></tr></tbody></table></task-lists>%s</div>"
            "</div></div></div></div>%s") % (
            esc(p["author"].replace(" ", "-")), 900 + n, esc(p["author"].replace(" ", "-")), p["id"],
            ("<span class=\"Label ml-1\">%s</span>" % role) if role else "", esc(p["author"].replace(" ", "-")), esc(p["author"].replace(" ", "-")), p["id"],
            t.strftime("%Y-%m-%dT%H:%M:00"), mon(t)[:3], t.day, t.year, quote, paras(p), reac,
            ("<div class=\"TimelineItem\"><div class=\"TimelineItem-body\"><a class=\"author\">harbour-bot</a> added the <span class=\"IssueLabel\">needs-triage</span> label <relative-time datetime=\"%sZ\">on %s %d, %d</relative-time></div></div>" % (
                t.strftime("%Y-%m-%dT%H:%M:00"), mon(t)[:3], t.day, t.year)) if n in (0, 4) else ""))
    for p in posts:  # GitHub user names have no spaces
        p["author"] = p["author"].replace(" ", "-")
    return ("<div class=\"application-main\"><header class=\"Header\"><a class=\"Header-link\" href=\"/\">GitHub</a><input placeholder=\"Search or jump to...\"><nav><a>Pull requests</a> <a>Issues</a> <a>Marketplace</a> <a>Explore</a></nav></header>"
            "<div id=\"repository-container-header\"><strong><a>isles-transport</a> / <a>ferry-timetable</a></strong> <span class=\"Label\">Public</span>"
            "<nav class=\"UnderlineNav\"><a>Code</a> <a class=\"selected\">Issues <span class=\"Counter\">41</span></a> <a>Pull requests</a> <a>Actions</a> <a>Wiki</a></nav></div>"
            "<div id=\"discussion_bucket\"><div class=\"gh-header\"><h1 class=\"gh-header-title\"><bdi class=\"js-issue-title markdown-title\">%s</bdi> <span class=\"f1-light color-fg-muted\">#217</span></h1>"
            "<div class=\"gh-header-meta\"><span class=\"State State--open\">Open</span> <a class=\"author\">%s</a> opened this issue on %s %d, %d &middot; %d comments</div></div>"
            "<div class=\"Layout\"><div class=\"Layout-main\"><div class=\"js-discussion\">%s</div>"
            "<div class=\"discussion-timeline-actions\"><p>Sign up for free to join this conversation on GitHub. Already have an account? Sign in to comment</p></div></div>"
            "<div class=\"Layout-sidebar\"><div class=\"discussion-sidebar-item\"><h3>Assignees</h3><p>No one assigned</p></div><div class=\"discussion-sidebar-item\"><h3>Labels</h3><span class=\"IssueLabel\">timetable</span></div>"
            "<div class=\"discussion-sidebar-item\"><h3>Participants</h3></div></div></div></div>"
            "<footer class=\"footer\"><ul><li>&copy; 2026 GitHub, Inc.</li><li><a>Terms</a></li><li><a>Privacy</a></li><li><a>Status</a></li><li><a>Docs</a></li></ul></footer></div>") % (
        esc(title), esc(posts[0]["author"].replace(" ", "-")), mon(posts[0]["time"])[:3], posts[0]["time"].day, posts[0]["time"].year, len(posts) - 1, "".join(out))


def mastodon(posts, title):
    """A Mastodon thread (static public page): each status an h-entry (microformats2) with p-author h-card (display
    name and @handle), dt-published with the full date, u-in-reply-to pointing at the parent's permalink; replies as
    flat siblings in the descendants list; boosts and favourites counts (favourites as likes)."""
    out = []
    for n, p in enumerate(posts):
        t = p["time"]
        handle = p["author"].replace(" ", "").replace(".", "").lower()
        inreply = ""
        if p["parent"] is not None:
            q = posts[p["parent"]]
            inreply = "<a class=\"u-in-reply-to h-cite\" href=\"https://isles.social/@%s/%d\" hidden></a>" % (q["author"].replace(" ", "").replace(".", "").lower(), 1130000 + q["id"])
        out.append((
            "<div class=\"entry%s h-entry%s\" id=\"status-%d\">%s<div class=\"status__prepend\"></div><div class=\"status%s\" data-id=\"%d\">"
            "<div class=\"status__info\"><a class=\"status__relative-time u-url u-uid\" href=\"https://isles.social/@%s/%d\"><time class=\"time-ago dt-published\" datetime=\"%s:00Z\" title=\"%s %d, %d, %02d:%02d\">%s %d, %d</time></a>"
            "<a class=\"status__display-name u-url\" href=\"https://isles.social/@%s\" rel=\"noopener\"><div class=\"status__avatar\"><img class=\"u-photo account__avatar\" src=\"/avatars/%d.png\" width=\"46\" height=\"46\" alt=\"\"></div>"
            "<span class=\"display-name p-author h-card\"><bdi><strong class=\"display-name__html p-name emojify\">%s</strong></bdi> <span class=\"display-name__account\">@%s@isles.social</span></span></a></div>"
            "<div class=\"status__content emojify\"><div class=\"e-content\" lang=\"en\">%s</div></div>"
            "<div class=\"status__action-bar\"><span class=\"status__action-bar-button\"><i class=\"fa fa-reply\"></i> %d</span> <span class=\"status__action-bar-button\"><i class=\"fa fa-retweet\"></i> %d</span>"
            " <span class=\"status__action-bar-button star-icon\" title=\"Favourites\"><i class=\"fa fa-star\"></i> %d</span></div></div></div>") % (
            " entry-center" if n == 0 else " entry-reply", "" if n == 0 else " h-cite p-comment", p["id"], inreply, " detailed-status" if n == 0 else "", 1130000 + p["id"],
            handle, 1130000 + p["id"], t.strftime("%Y-%m-%dT%H:%M"), mon(t)[:3], t.day, t.year, t.hour, t.minute, mon(t)[:3], t.day, t.year,
            handle, 60 + n, esc(p["author"]), handle, paras(p), len(kids(posts, n)), R.randint(0, 9), p["likes"] or 0))
    return ("<div class=\"public-layout\"><div class=\"container\"><nav class=\"header\"><div class=\"nav-left\"><a class=\"brand\" href=\"/\">isles.social</a><a class=\"nav-link\">Profile directory</a><a class=\"nav-link\">About</a></div>"
            "<div class=\"nav-right\"><a class=\"webapp-btn nav-link nav-button\">Log in</a><a class=\"webapp-btn nav-link nav-button\">Sign up</a></div></nav></div>"
            "<div class=\"container\"><div class=\"grid\"><div class=\"column-0\"><div class=\"activity-stream activity-stream--headless\">%s</div></div>"
            "<div class=\"column-1\"><div class=\"public-account-bio\"><p>isles.social is a server for the islands and the people who love them.</p></div>"
            "<div class=\"hero-widget__counters\"><span>1,204 users</span></div></div></div></div>"
            "<div class=\"footer\"><ul><li><a>About</a></li><li><a>Code of conduct</a></li><li><a>Privacy policy</a></li><li><a>Get the app</a></li></ul><p>Mastodon v3.5.3</p></div></div>") % "".join(out)


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

    cs = thread(13, max_depth=3)
    write("commento", commento(cs), gold_of("commento", "commento", cs, False, True,
          note="'7 points' is likes; the date is in the timeago div's title; children follow the card's own body"))
    cs = thread(12, max_depth=4)
    write("remark42", remark42(cs), gold_of("remark42", "remark42", cs, False, True, note="score value as likes; replies in div.thread after the parent"))
    cs = thread(11, max_depth=1, start=dt.datetime(2026, 11, 22, 9, 0), spread=(20, 240))
    write("ghost-native", ghost(cs), gold_of("ghost-native", "ghost", cs, False, True, times="relative", fetched=NOW,
          note="utility classes only; relative times counted back from fetchedAt; the like button's count is likes"))
    cs = thread(14, max_depth=4, likes=False)
    for c in cs:  # LiveJournal user names: lower case, no spaces
        c["author"] = c["author"].replace(" ", "_").lower()
    write("livejournal", livejournal(cs), gold_of("livejournal", "livejournal", cs, False, False,
          note="comments are sibling divs, nesting only in the inline margin-left; subject lines are not text"))
    cs = thread(10, nested=False, likes=False)
    write("typepad", typepad(cs), gold_of("typepad", "typepad", cs, False, False, note="author and date follow the text ('Posted by: X | date')"))
    cs = thread(12, max_depth=2)
    write("substack", substack(cs), gold_of("substack", "substack", cs, False, True, note="'Nov 21' on the page, the full date in the link's title; 'Like (n)' is likes"))
    cs = thread(13, max_depth=3)
    write("coral-rendered", coral(cs), gold_of("coral-rendered", "coral", cs, False, True,
          note="relative text, the time in time[datetime]; the Respect count is likes; 'In reply to X' is not text"))
    cs = thread(14, max_depth=5)
    for c in cs:  # Lobsters user names have no spaces
        c["author"] = c["author"].replace(" ", "_")
    write("lobsters", lobsters(cs), gold_of("lobsters", "lobsters", cs, False, True, note="score as likes; the absolute time in the relative time's title"))
    cs = thread(12, max_depth=1)
    places = ["Portreath", "Bristol", "St. Mary's", "Cardiff", "Truro", "Plymouth, UK", "Brittany", "London"]
    for c in cs:
        c["place"] = R.choice(places)
    write("nyt-like", nytlike(cs), gold_of("nyt-like", "nytlike", cs, False, True, times="date", fetched=NOW,
          note="'Nov. 21' only: the date, the year from fetchedAt; the reader's place under the name is neither author nor text"))
    posts = forum_thread(10, likes=True)
    write("discuz", page_wrap("%s - Transport - Isles Forum - Powered by Discuz!" % "Winter ferry four days a week", discuz(posts, "Winter ferry four days a week")),
          gold_of("discuz", "discuz", posts, True, True, note="'Support n' is likes; author cell beside the post; 'X posted on' quotes are not text; the quoted post is the parent"))
    posts = forum_thread(9, likes=False)
    for p in posts:
        p["likes"] = R.choice([0, 0, 1, 2, 3])
    posts[0]["time"] = NOW - dt.timedelta(days=4, hours=3)
    for i in range(1, len(posts)):
        posts[i]["time"] = posts[i - 1]["time"] + dt.timedelta(minutes=R.randint(30, 500))
    write("kunena", page_wrap("Winter ferry four days a week - Isles Community", kunena(posts, "Winter ferry four days a week")),
          gold_of("kunena", "kunena", posts, True, True, zero_shown=False, note="'n days ago' with the date in title; the Thank You list's length is likes; 'X wrote:' quotes are not text"))
    posts = forum_thread(11, likes=True, quoting=True)
    for p in posts:
        p["quote"] = None  # Flarum answers by @mention, not by quoting
    write("flarum", page_wrap("Winter ferry four days a week - Isles Talk", flarum(posts, "Winter ferry four days a week")),
          gold_of("flarum", "flarum", posts, True, True, zero_shown=False, note="a reply's parent is the post its PostMention names; the mention line is not text; 'n others like this' gives likes"))
    cs = thread(10, max_depth=3, likes=False)
    posts = [{"parent": None, "depth": 0, "author": "Tamsin Rowe", "time": cs[0]["time"] - dt.timedelta(hours=1), "likes": None,
              "paras": [STORY[0], "Is the freight run affected as well? " + STORY[2]], "quote": None, "id": 7098}]
    posts += [dict(c, parent=None if c["parent"] is None else c["parent"] + 1) for c in cs]
    write("bbpress", bbpress(posts, "Winter ferry four days a week"),
          gold_of("bbpress", "bbpress", posts, True, False, note="threaded replies: a reply in a parent's ul.bbp-threaded-replies answers that post; the others are top level"))
    posts = forum_thread(9, likes=True)
    for p in posts:
        p["likes"] = p["likes"] if R.random() < 0.6 else 0
    page = github(posts, "Winter timetable: four crossings a week breaks the school run")
    write("github-issue", page_wrap("Winter timetable: four crossings a week breaks the school run · Issue #217 · isles-transport/ferry-timetable", page),
          gold_of("github-issue", "github", posts, True, True, zero_shown=False, note="the opening comment is a post; a 'Quote reply' blockquote (no author) names the parent by its text"))
    cs = thread(11, max_depth=3)
    posts = [{"parent": None, "depth": 0, "author": "Nell Trevose", "time": cs[0]["time"] - dt.timedelta(minutes=50), "likes": 57,
              "paras": ["Winter ferry down to four days a week from January. " + STORY[2]], "quote": None, "id": 7097}]
    posts += [dict(c, parent=0 if c["parent"] is None else c["parent"] + 1) for c in cs]
    write("mastodon", page_wrap("Nell Trevose: \"Winter ferry down to four days a week\" - isles.social", mastodon(posts, "")),
          gold_of("mastodon", "mastodon", posts, True, True, note="the display name is the author; replies are flat siblings, the parent from u-in-reply-to; favourites are likes"))
    print("\n".join(written))


if __name__ == "__main__":
    main()
