#!/usr/bin/python3
"""Writes the FIFTH held-out round of thread pages (HTML): comment, tracker and forum systems that no earlier gold set
covers (../threads, ../heldout, ../heldout2, ../heldout3, ../heldout3-text, ../heldout4, ../heldout4-text):
Trac tickets ('in reply to: ↑ n', 'Replying to X:' citations), Redmine journals ('X wrote in #note-n:'), a Moodle
forum discussion (nested div.indent), Forem / DEV (details.comment-wrapper--deep-n), HashOver (replies nested, ids
c1r2), Komento (a flat list with data-parentid and a depth class only), Steemit (Comment__replies, reputation beside
the name, votes), Jira (flat, a reply opens with a user mention), Zendesk community (flat, vote sums), Habr
(tm-comment-thread__children, '+5' scores), Phabricator (timeline, 'In T1412#2398, @x wrote:' quotes) and ProBoards
(forum: mini-profile cell, 'Quote from X on ...').

Each in a full page with the clutter real sites carry, and beside each the gold JSON in the format of ../heldout4.
Written and measured BEFORE any extraction rule was changed for them (README.md). Other topic, names and sentences
than the earlier rounds (a town library's opening-hours cut). Fixed seed: the same pages every run.
Usage: make_heldout5_pages.py [OUT_DIR]"""
import datetime as dt
import html
import json
import os
import random
import sys

R = random.Random(20261209)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

SUBJECTS = ["the Saturday closing", "the mobile library van", "the reading room", "the children's story hour",
            "the late opening on Thursdays", "the local history archive", "the computer suite", "the new self-service kiosks",
            "the Eastfield branch", "the book budget", "the volunteer rota", "the heating in the main hall",
            "the parking behind the library", "the homework club", "the council's review", "the summer reading challenge"]
VIEWS = ["was decided before the consultation even closed", "will hit pensioners and students hardest",
         "makes sense if the savings are real", "should be paused until the new budget is set",
         "is the council's way of running the service down", "worked far better than I expected",
         "leaves the town centre with nowhere warm to sit", "is mostly about staffing, not money",
         "needs a proper bus link to make any sense", "has been promised for four years now",
         "gets blamed for cuts made somewhere else", "deserves an independent audit before April"]
ASIDES = ["I have borrowed from that branch since 1987.", "The consultation ran for eleven days over Easter.",
          "My daughter learned to read at story hour.", "The committee minutes are online if you dig.",
          "Nobody mentions the job club on Tuesdays.", "It was closed nine Saturdays last winter anyway.",
          "I counted forty people in the queue last week.", "The petition has three thousand signatures.",
          "Try getting there by bus with a buggy.", "I would be glad to be proved wrong.",
          "The 2019 hours suited working families far better.", "The staff are brilliant despite all this."]
STARTS = ["Honestly", "As a regular", "In fairness", "Call me cynical, but", "Living two streets away",
          "Having volunteered there", "If the report is right", "Speaking as a teacher", "Practically speaking",
          "For the record", "Oddly", "Sadly"]
NAMES = ["Priya Natarajan", "bookworm_bev", "Dariusz Nowak", "quietcarrel", "Funmi Adeyemi", "stacks_steve", "Owen P.",
         "Saoirse", "Henrik Lund", "readmore77", "Fenella", "Arjun Mehta", "marginalia", "Isla G", "Kemal T",
         "dewey_decimal", "Bronwen", "inkpot", "Marisol Vega", "Gordon W."]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
NOW = dt.datetime(2026, 12, 1, 10, 15)  # fetch time of the pages with relative times ("fetchedAt")

STORY = ["The council will close the town's central library on Saturdays from February and cut its Thursday late "
         "opening, under budget plans published on Tuesday.",
         "The library service says the changes save about 140,000 pounds a year and that no branch will close. Staff "
         "will move to the Eastfield branch, which gains a Saturday morning session.",
         "Campaigners say the Saturday closing shuts out working families and children, and that the consultation was "
         "held over the Easter holidays when few people noticed it.",
         "The plans go to the full council on 9 December. A public meeting is planned in the library's own reading "
         "room next week."]


def esc(s):
    return html.escape(s, quote=True)


def para():
    s = "%s, %s %s. %s" % (R.choice(STARTS), R.choice(SUBJECTS), R.choice(VIEWS), R.choice(ASIDES))
    return s[0].upper() + s[1:]


def thread(n, nested=True, max_depth=3, likes=True, start=None, spread=(4, 200), p_reply=0.5):
    """n comments in depth-first page order, each with parent index (or None), depth, author, time, likes, paras."""
    out = []
    t = start or dt.datetime(2026, 11, R.randint(17, 26), R.randint(6, 12), R.randint(0, 59))
    for i in range(n):
        parent = None
        if nested and out and R.random() < p_reply:
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
        c["id"] = 4100 + remap[old] * 7
        res.append(c)
    return res


def chronological(n, likes=True, p_reply=0.4, start=None):
    """A flat, time-ordered list (trackers, Jira): a comment answers an earlier one with probability p_reply."""
    cs = thread(n, nested=False, likes=likes, start=start, spread=(20, 600))
    for i, c in enumerate(cs):
        if i > 0 and R.random() < p_reply:
            c["parent"] = R.randrange(max(0, i - 4), i)
    return cs


def forum_thread(n, likes=False, opener="Priya Natarajan"):
    """An opening post and n replies, flat; a reply quotes an earlier post (its parent) with probability 0.35."""
    cs = thread(n, nested=False, likes=likes, spread=(10, 400))
    first = {"parent": None, "depth": 0, "author": opener, "time": cs[0]["time"] - dt.timedelta(hours=3, minutes=7),
             "likes": R.randint(0, 40) if likes else None,
             "paras": [STORY[0], "Has anyone heard whether the Eastfield session is definitely happening? " + STORY[2]],
             "quote": None, "id": 4093}
    cs = [first] + cs
    for i, c in enumerate(cs):
        if i > 1 and R.random() < 0.35:
            c["parent"] = R.randrange(i)
            c["quote"] = cs[c["parent"]]["paras"][0]
    return cs


def kids(cs, i):
    return [j for j, c in enumerate(cs) if c["parent"] == i]


def mon(t):
    return MONTHS[t.month - 1]


def ampm(t, sep=" ", lower=False):
    s = "%d:%02d%s%s" % (t.hour % 12 or 12, t.minute, sep, "AM" if t.hour < 12 else "PM")
    return s.lower() if lower else s


def ago(t, now=NOW):
    d = now - t
    m = int(d.total_seconds() // 60)
    if m < 60:
        return "%d minutes ago" % m
    if m < 1440:
        return "%d hour%s ago" % (m // 60, "" if m // 60 == 1 else "s")
    return "%d day%s ago" % (d.days, "" if d.days == 1 else "s")


def epoch(t):
    return int((t - dt.datetime(1970, 1, 1)).total_seconds())


def paras(c, tag="p"):
    return "".join("<%s>%s</%s>" % (tag, esc(p), tag) for p in c["paras"])


def handle(name):
    return name.replace(" ", "").replace(".", "").lower()


def chrome(title, body):
    """A whole news page: cookie bar, navigation, ad slots, a 'most read' rail, newsletter box and footer."""
    most = "".join("<li><a href=\"/news/%d\">%s</a></li>" % (900 + k, esc(s[0].upper() + s[1:] + ": what we know"))
                   for k, s in enumerate(R.sample(SUBJECTS, 5)))
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title>"
            "<meta name=\"viewport\" content=\"width=device-width\"></head><body>"
            "<div class=\"cookie-notice\" role=\"dialog\"><p>This site uses cookies to improve your experience and show relevant adverts.</p>"
            "<button>Accept all</button> <button>Manage</button></div>"
            "<header class=\"masthead\"><a class=\"logo\" href=\"/\">The Wexcombe Gazette</a><nav class=\"primary-nav\"><ul>"
            "<li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li><li><a href=\"/council\">Council</a></li>"
            "<li><a href=\"/what-on\">What's on</a></li><li><a href=\"/sport\">Sport</a></li><li><a href=\"/letters\">Letters</a></li></ul></nav>"
            "<form class=\"site-search\"><input name=\"q\" placeholder=\"Search the Gazette\"></form></header>"
            "<div class=\"ad-slot ad-slot--leaderboard\"><span>Advertisement</span></div>"
            "<div class=\"layout\"><main class=\"layout-main\">%s</main>"
            "<aside class=\"layout-rail\"><section class=\"most-read\"><h3>Most read</h3><ol>%s</ol></section>"
            "<div class=\"ad-slot ad-slot--mpu\"><span>Advertisement</span></div>"
            "<section class=\"newsletter\"><h3>Gazette Daily</h3><p>The day's town news at 7am.</p>"
            "<form><input type=\"email\" placeholder=\"Your email\"><button>Sign up</button></form></section></aside></div>"
            "<section class=\"related\"><h3>Related</h3><ul><li><a href=\"/news/51\">Swimming pool hours under review</a></li>"
            "<li><a href=\"/news/52\">Museum to charge for entry</a></li><li><a href=\"/news/53\">Council tax to rise 4.9 per cent</a></li></ul></section>"
            "<footer class=\"site-footer\"><ul><li><a href=\"/contact\">Contact</a></li><li><a href=\"/advertise\">Advertise with us</a></li>"
            "<li><a href=\"/privacy\">Privacy</a></li><li><a href=\"/terms\">Terms</a></li></ul>"
            "<p>&copy; 2026 Wexcombe Gazette Ltd. Registered in England.</p></footer></body></html>") % (esc(title), body, most)


def story(title="Central library to close on Saturdays under budget plans"):
    return ("<article class=\"article\"><h1 class=\"article-headline\">%s</h1><p class=\"article-byline\">By <a href=\"/staff/jo-fairley\">Jo Fairley</a>, "
            "Local democracy reporter &middot; <time datetime=\"2026-11-17T06:45\">17 November 2026</time></p>"
            "<figure><img src=\"/img/library.jpg\" alt=\"\"><figcaption>Wexcombe central library. Photo: Gazette</figcaption></figure>"
            "<div class=\"article-body\">%s</div><div class=\"share-tools\"><a>Share</a> <a>Post</a> <a>Email</a></div></article>") % (
        esc(title), "".join("<p>%s</p>" % esc(p) for p in STORY))


def page_wrap(title, body):
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title></head><body>%s</body></html>" % (esc(title), body)


# ---------------------------------------------------------------- systems

def trac(cs):
    """Trac ticket: the description is the article; div.change with h3.change holding 'comment:n', 'in reply to: ↑ m',
    'follow-up: ↓ k', 'Changed <a title="See timeline at Nov 21, 2026, 2:14:00 PM">9 days ago</a> by name'; a property
    change list for some; div.comment with 'Replying to [comment:m name]:' and a blockquote.citation (not text)."""
    out = []
    for i, c in enumerate(cs):
        t = c["time"]
        n = i + 1
        inreply = ""
        body = paras(c)
        if c["parent"] is not None:
            p = cs[c["parent"]]
            pn = c["parent"] + 1
            inreply = "<span class=\"inreplyto\">in reply to: <a href=\"#comment:%d\" title=\"Comment %d\">&uarr;&nbsp;%d</a></span>" % (pn, pn, pn)
            body = ("<p>Replying to <a class=\"ticket\" href=\"#comment:%d\" title=\"Comment %d\">%s</a>:</p><blockquote class=\"citation\"><p>%s</p></blockquote>" % (
                pn, pn, esc(handle(p["author"])), esc(p["paras"][0]))) + body
        fu = [k + 1 for k in kids(cs, i)]
        follow = "<span class=\"followups\">follow-up%s: %s</span>" % ("s" if len(fu) > 1 else "", " ".join(
            "<a href=\"#comment:%d\" title=\"Comment %d\">&darr;&nbsp;%d</a>" % (k, k, k) for k in fu)) if fu else ""
        changes = ""
        if R.random() < 0.3:
            changes = "<ul class=\"changes\"><li class=\"trac-field-status\"><strong class=\"trac-field-status\">Status:</strong> changed from <em>new</em> to <em>assigned</em></li><li class=\"trac-field-owner\"><strong class=\"trac-field-owner\">Owner:</strong> set to <em>%s</em></li></ul>" % esc(handle(c["author"]))
        out.append(("<div class=\"change\" id=\"trac-change-%d-%d000000\"><h3 class=\"change\"><span class=\"threading\"><span id=\"comment:%d\" class=\"cnum\">"
                    "<a href=\"#comment:%d\">comment:%d</a></span>%s%s</span> Changed <a class=\"timeline\" href=\"/timeline?from=%s&amp;precision=second\" "
                    "title=\"See timeline at %s %d, %d, %s\">%s</a> by <span class=\"trac-author\">%s</span></h3>"
                    "<div class=\"trac-ticket-buttons\"><form class=\"inlinebuttons\"><input type=\"submit\" value=\"Reply\" title=\"Reply to comment %d\"></form></div>"
                    "%s<div class=\"comment searchable\">%s</div></div>") % (
            n, epoch(t), n, n, n, inreply, follow, t.strftime("%Y-%m-%dT%H%%3A%M%%3A00Z"), mon(t)[:3], t.day, t.year,
            ampm(t).replace(" ", ":00 "), ago(t), esc(handle(c["author"])), n, changes, body))
    body = ("<div id=\"banner\"><div id=\"header\"><a id=\"logo\" href=\"/\"><img src=\"/chrome/site/logo.png\" alt=\"Wexcombe Libraries IT\"></a></div>"
            "<form id=\"search\"><input name=\"q\" placeholder=\"Search\"></form><div id=\"metanav\" class=\"nav\"><ul><li class=\"first\">logged in as guest</li><li><a>Login</a></li><li><a>Preferences</a></li><li class=\"last\"><a>Help/Guide</a></li></ul></div></div>"
            "<div id=\"mainnav\" class=\"nav\"><ul><li class=\"first\"><a>Wiki</a></li><li><a>Timeline</a></li><li><a>Roadmap</a></li><li><a>Browse Source</a></li><li class=\"active\"><a>View Tickets</a></li><li class=\"last\"><a>Search</a></li></ul></div>"
            "<div id=\"main\"><div id=\"ctxtnav\" class=\"nav\"><ul><li class=\"first\"><span>&larr; <a class=\"prev\">Previous Ticket</a></span></li><li class=\"last\"><span><a class=\"next\">Next Ticket</a> &rarr;</span></li></ul></div>"
            "<div id=\"content\" class=\"ticket\"><div id=\"ticket\" class=\"trac-content\"><div class=\"date\"><p>Opened <a class=\"timeline\" title=\"See timeline at Nov 16, 2026, 9:00:00 AM\">2 weeks ago</a></p><p>Last modified <a class=\"timeline\">2 days ago</a></p></div>"
            "<h2><a href=\"/ticket/1412\" class=\"trac-id\">#1412</a> <span class=\"trac-status\">assigned</span> <span class=\"trac-type\">task</span></h2>"
            "<h1 id=\"trac-ticket-title\" class=\"searchable\"><span class=\"summary\">Saturday closing: move self-service kiosks and opening-hours signs</span></h1>"
            "<table class=\"properties\"><tr><th id=\"h_reporter\">Reported by:</th><td class=\"searchable\">priyanatarajan</td><th id=\"h_owner\">Owned by:</th><td>stacks_steve</td></tr>"
            "<tr><th>Priority:</th><td>normal</td><th>Milestone:</th><td>February hours</td></tr><tr><th>Component:</th><td>Branches</td><th>Version:</th><td></td></tr></table>"
            "<div class=\"description\"><h3 id=\"comment:description\">Description</h3><div class=\"searchable\"><p>%s</p><p>%s</p></div></div></div>"
            "<div id=\"changelog\"><h3 class=\"foldable\"><a id=\"no1\" href=\"#no1\">Change History (%d)</a></h3>%s</div>"
            "<form id=\"propertyform\"><h3><a id=\"edit\">Modify Ticket</a></h3><fieldset><legend>Add a comment</legend><textarea id=\"comment\"></textarea></fieldset><input type=\"submit\" value=\"Submit changes\"></form></div></div>"
            "<div id=\"footer\"><hr><a id=\"tracpowered\" href=\"https://trac.edgewall.org/\">Powered by Trac 1.6</a><p class=\"left\">By Edgewall Software.</p><p class=\"right\">Wexcombe Libraries IT</p></div>") % (
        esc(STORY[0]), esc(STORY[1]), len(cs), "".join(out))
    return page_wrap("#1412 (Saturday closing: move self-service kiosks and opening-hours signs) – Wexcombe Libraries IT", body)


def redmine(cs):
    """Redmine issue history: div.journal.has-notes with h4.note-header 'Updated by <a class=user>Name</a> <a title="11/21/2026
    02:14 PM">9 days ago</a>', a '#n' journal link, a details list for some; a reply quotes its parent as 'Name wrote in
    #note-n:' and a blockquote (not text)."""
    out = []
    for i, c in enumerate(cs):
        t = c["time"]
        n = i + 1
        body = paras(c)
        if c["parent"] is not None:
            p = cs[c["parent"]]
            body = ("<p>%s wrote in <a href=\"#note-%d\">#note-%d</a>:</p><blockquote><p>%s</p></blockquote>" % (
                esc(p["author"]), c["parent"] + 1, c["parent"] + 1, esc(p["paras"][0]))) + body
        details = "<ul class=\"details\"><li><strong>Status</strong> changed from <i>New</i> to <i>In Progress</i></li><li><strong>%% Done</strong> changed from <i>0</i> to <i>30</i></li></ul>" if R.random() < 0.25 else ""
        out.append(("<div id=\"change-%d\" class=\"journal has-notes%s\"><div id=\"note-%d\"><div class=\"contextual\"><span class=\"journal-actions\">"
                    "<a title=\"Quote\" class=\"icon-only icon-comment\" href=\"/journals/%d/quote\">Quote</a><a title=\"Edit\" class=\"icon-only icon-edit\">Edit</a></span>"
                    "<a href=\"#note-%d\" class=\"journal-link\">#%d</a></div><h4 class=\"note-header\"><img alt=\"\" title=\"\" class=\"gravatar\" src=\"https://www.gravatar.example/avatar/%d?rating=PG&amp;size=24&amp;default=mm\" width=\"24\" height=\"24\"> "
                    "Updated by <a class=\"user active\" href=\"/users/%d\">%s</a> <a title=\"%s\" href=\"/projects/branches/activity?from=%s\">%s</a></h4>"
                    "%s<div id=\"journal-%d-notes\" class=\"wiki\">%s</div></div></div>") % (
            3300 + n, " has-details" if details else "", n, 3300 + n, n, n, c["id"], 40 + NAMES.index(c["author"]), esc(c["author"]),
            t.strftime("%m/%d/%Y ") + ampm(t).rjust(8, "0"), t.strftime("%Y-%m-%d"), ago(t), details, 3300 + n, body))
    body = ("<div id=\"wrapper\"><div id=\"top-menu\"><ul><li><a class=\"home\">Home</a></li><li><a class=\"projects\">Projects</a></li><li><a class=\"help\">Help</a></li></ul><div id=\"account\"><ul><li><a class=\"login\">Sign in</a></li><li><a class=\"register\">Register</a></li></ul></div></div>"
            "<div id=\"header\"><div id=\"quick-search\"><form><input name=\"q\" placeholder=\"Search\"></form></div><h1>Library Services</h1>"
            "<div id=\"main-menu\" class=\"tabs\"><ul><li><a class=\"overview\">Overview</a></li><li><a class=\"activity\">Activity</a></li><li><a class=\"issues selected\">Issues</a></li><li><a class=\"wiki\">Wiki</a></li></ul></div></div>"
            "<div id=\"main\"><div id=\"sidebar\"><h3>Issues</h3><ul><li><a>View all issues</a></li><li><a>Summary</a></li></ul><h3>Custom queries</h3><ul><li><a>Open branch tasks</a></li></ul></div>"
            "<div id=\"content\"><div class=\"contextual\"><a class=\"icon icon-edit\">Edit</a> <a class=\"icon icon-fav-off\">Watch</a> <a class=\"icon icon-copy\">Copy</a></div>"
            "<h2 class=\"inline-flex\">Task #2271</h2><div class=\"issue tracker-4 status-2 priority-2 details\"><div class=\"subject\"><div><h3>Publish new opening hours before the Saturday closing</h3></div></div>"
            "<p class=\"author\">Added by <a class=\"user active\">Priya Natarajan</a> <a title=\"11/16/2026 09:00 AM\">15 days ago</a>. Updated <a>1 day ago</a>.</p>"
            "<div class=\"attributes\"><div class=\"status attribute\"><div class=\"label\">Status:</div><div class=\"value\">In Progress</div></div><div class=\"priority attribute\"><div class=\"label\">Priority:</div><div class=\"value\">Normal</div></div>"
            "<div class=\"assigned-to attribute\"><div class=\"label\">Assignee:</div><div class=\"value\"><a class=\"user active\">stacks_steve</a></div></div></div><hr>"
            "<div class=\"description\"><p><strong>Description</strong></p><div class=\"wiki\"><p>%s</p><p>%s</p></div></div></div>"
            "<div id=\"history\"><div class=\"tabs\"><ul><li><a class=\"selected\">History</a></li><li><a>Notes</a></li><li><a>Property changes</a></li></ul></div>"
            "<div id=\"tab-content-history\" class=\"tab-content\">%s</div></div>"
            "<div style=\"clear: both;\"></div><div class=\"contextual\"><a class=\"icon icon-edit\">Edit</a></div><p class=\"other-formats\">Also available in: <a class=\"atom\">Atom</a> <a class=\"pdf\">PDF</a></p></div></div>"
            "<div id=\"footer\">Powered by <a href=\"https://www.redmine.org/\">Redmine</a> &copy; 2006-2026 Jean-Philippe Lang</div></div>") % (
        esc(STORY[0]), esc(STORY[1]), "".join(out))
    return page_wrap("Task #2271: Publish new opening hours before the Saturday closing - Library Services - Wexcombe Redmine", body)


def moodle(cs, subject):
    """Moodle 4 forum, nested display: article.forum-post-container > div.forumpost (header with picture, subject h3,
    'by <a>Name</a> - <time datetime>Saturday, 21 November 2026, 2:14 PM</time>', post-content-container, Permalink /
    Show parent / Reply actions) and div.indent[data-region=replies-container] holding the replies; every post is a
    comment, the first too."""
    def one(i):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k) for k in kids(cs, i))
        subj = subject if i == 0 else "Re: " + subject
        parent_link = "<a href=\"/mod/forum/discuss.php?d=312#p%d\" class=\"btn btn-link\">Show parent</a>" % cs[c["parent"]]["id"] if c["parent"] is not None else ""
        return ("<article id=\"p%d\" class=\"forum-post-container mb-2\" data-post-id=\"%d\" data-region=\"post\" data-target=\"%d-target\" tabindex=\"0\" aria-labelledby=\"post-header-%d\">"
                "<div class=\"d-flex border p-2 mb-2 forumpost focus-target %s\" data-content=\"forum-post\"><div class=\"d-flex flex-column w-100\" data-region-content=\"forum-post-core\">"
                "<header id=\"post-header-%d\" class=\"mb-2 header row d-flex\"><div class=\"me-2\" style=\"width: 45px;\"><img class=\"rounded-circle w-100\" src=\"/pluginfile.php/%d/user/icon/boost/f1\" alt=\"Picture of %s\" title=\"Picture of %s\"></div>"
                "<div class=\"d-flex flex-column\"><h3 class=\"h6 fw-bold mb-0\" data-region-content=\"forum-post-core-subject\">%s</h3>"
                "<div class=\"mb-3\" tabindex=\"-1\">by <a href=\"/user/view.php?id=%d&amp;course=12\">%s</a> - <time datetime=\"%s:00+00:00\">%s, %d %s %d, %s</time></div></div></header>"
                "<div class=\"d-flex body-content-container\"><div class=\"no-overflow w-100 content-alignment\"><div class=\"post-content-container\">%s</div></div></div>"
                "<div class=\"d-flex flex-wrap\"><div class=\"post-actions d-flex align-self-end justify-content-end flex-wrap ms-auto p-1\" data-region=\"post-actions-container\">"
                "<a href=\"/mod/forum/discuss.php?d=312#p%d\" class=\"btn btn-link\">Permalink</a>%s<a href=\"/mod/forum/post.php?reply=%d#mformforum\" class=\"btn btn-link\" data-action=\"collapsible-link\">Reply</a></div></div>"
                "</div></div><div class=\"indent\" data-region=\"replies-container\">%s</div></article>") % (
            c["id"], c["id"], c["id"], c["id"], "firstpost starter" if i == 0 else "", c["id"], 5000 + c["id"], esc(c["author"]), esc(c["author"]), esc(subj),
            60 + NAMES.index(c["author"]), esc(c["author"]), t.strftime("%Y-%m-%dT%H:%M"), t.strftime("%A"), t.day, mon(t), t.year, ampm(t),
            paras(c), c["id"], parent_link, c["id"], sub)
    body = ("<div id=\"page-wrapper\"><nav class=\"navbar fixed-top navbar-expand\" aria-label=\"Site navigation\"><a class=\"navbar-brand\" href=\"/\">Wexcombe Adult Learning</a>"
            "<div class=\"primary-navigation\"><ul class=\"navbar-nav\"><li><a class=\"nav-link\">Home</a></li><li><a class=\"nav-link\">Dashboard</a></li><li><a class=\"nav-link\">My courses</a></li></ul></div>"
            "<div class=\"usermenu\"><span class=\"login\">You are not logged in. (<a>Log in</a>)</span></div></nav>"
            "<div id=\"page\" class=\"drawers\"><div class=\"main-inner\"><header id=\"page-header\"><div class=\"page-context-header\"><h1 class=\"h2\">Library users' forum</h1></div>"
            "<nav aria-label=\"Navigation bar\"><ol class=\"breadcrumb\"><li class=\"breadcrumb-item\"><a>Community</a></li><li class=\"breadcrumb-item\"><a>Library users' forum</a></li><li class=\"breadcrumb-item\"><span>%s</span></li></ol></nav></header>"
            "<div id=\"page-content\"><div id=\"region-main-box\"><section id=\"region-main\" aria-label=\"Content\"><div role=\"main\"><h2 class=\"discussionname\">%s</h2>"
            "<div class=\"d-flex flex-column flex-sm-row mb-1\"><div><select class=\"custom-select\"><option>Display replies flat, with oldest first</option><option>Display replies in threaded form</option><option selected>Display replies in nested form</option></select></div>"
            "<div class=\"ms-auto\"><a class=\"btn btn-secondary\">Settings</a></div></div><div class=\"discussion-container\" data-content=\"forum-discussion\">%s</div>"
            "<div class=\"discussion-nav clearfix\"><ul><li class=\"prev-discussion\"><a>Evening classes in the reading room</a></li><li class=\"next-discussion\"><a>Mobile library timetable</a></li></ul></div></div></section></div></div></div></div>"
            "<footer id=\"page-footer\"><div class=\"logininfo\">You are not logged in. (<a>Log in</a>)</div><div class=\"tool_dataprivacy\"><a>Data retention summary</a></div><div class=\"homelink\"><a>Home</a></div><a>Get the mobile app</a></footer></div>") % (
        esc(subject), esc(subject), one(0))
    return page_wrap("Community: %s | Wexcombe Adult Learning" % subject, body)


def forem(cs):
    """Forem (DEV): details.comment-wrapper--deep-n nested inside their parent's details; div.comment (data-comment-id,
    data-path) with the name twice (a link for small screens, a profile preview button whose card adds 'Joined ...'),
    time[datetime] 'Nov 21', a like button with reactions-count (none for 0), 'Reply'."""
    def one(i, depth):
        c = cs[i]
        t = c["time"]
        cid = "%x" % (c["id"] * 977)
        u = handle(c["author"])
        sub = "".join(one(k, depth + 1) for k in kids(cs, i))
        likes = ("<span class=\"reactions-count\" id=\"reactions-count-%d\">%d</span><span class=\"reactions-label hidden m:inline-block\">&nbsp;like%s</span>" % (
            c["id"], c["likes"], "" if c["likes"] == 1 else "s")) if c["likes"] else "<span class=\"reactions-label hidden m:inline-block\">Like</span>"
        return ("<details class=\"comment-wrapper comment-wrapper--deep-%d js-comment-wrapper\" open=\"\"><summary aria-label=\"Toggle this comment (and replies)\" data-tracking-name=\"expand_comment_toggle\">"
                "<span class=\"inline-block align-middle\"><span class=\"js-collapse-comment-content inline-block align-middle pl-1\"></span></span></summary>"
                "<div id=\"comment-node-%d\" class=\"comment single-comment-node%s comment--deep-%d\" data-comment-id=\"%d\" data-path=\"/%s/comment/%s\" data-comment-author-id=\"%d\" data-current-user-comment=\"false\" data-content-user-id=\"88\">"
                "<div class=\"comment__inner\"><a href=\"/%s\" class=\"shrink-0 crayons-avatar m:crayons-avatar--l mt-4 m:mt-3\"><img class=\"crayons-avatar__image\" width=\"32\" height=\"32\" src=\"https://media.forem.example/avatar/%d.png\" alt=\"%s profile image\" loading=\"lazy\"></a>"
                "<div class=\"inner-comment comment__details\"><div class=\"comment__content crayons-card\"><div class=\"comment__header\">"
                "<a href=\"/%s\" class=\"crayons-link crayons-link--secondary flex items-center fw-medium m:hidden\"><span class=\"js-comment-username\">%s</span></a>"
                "<div class=\"profile-preview-card relative mb-4 s:mb-0 fw-medium hidden m:inline-block\"><button id=\"comment-profile-preview-trigger-%d\" aria-controls=\"comment-profile-preview-content-%d\" class=\"profile-preview-card__trigger p-1 -my-1 -ml-1 crayons-btn crayons-btn--ghost\" aria-label=\"%s profile details\">%s</button>"
                "<div id=\"comment-profile-preview-content-%d\" class=\"profile-preview-card__content crayons-dropdown p-4 pt-0 branded-7\" style=\"border-top-color: #3b49df;\" data-repositioning-dropdown=\"true\" data-testid=\"profile-preview-card\">"
                "<div class=\"gap-4 grid\"><div class=\"-mt-4\"><a href=\"/%s\" class=\"flex\"><span class=\"crayons-avatar crayons-avatar--xl mr-2 shrink-0\"><img src=\"https://media.forem.example/avatar/%d.png\" class=\"crayons-avatar__image\" alt=\"\"></span>"
                "<span class=\"crayons-link crayons-subtitle-2 mt-5\">%s</span></a></div><div class=\"print-hidden\"><button class=\"crayons-btn follow-action-button whitespace-nowrap w-100\">Follow</button></div>"
                "<div class=\"author-preview-metadata-container\"><div class=\"color-base-70\">Joined %s %d, %d</div></div></div></div></div>"
                "<span class=\"color-base-30 px-2 m:pl-0\" role=\"presentation\">&bull;</span>"
                "<a href=\"/%s/comment/%s\" class=\"comment-date crayons-link crayons-link--secondary fs-s\"><time datetime=\"%s:00Z\" class=\"date-no-year\">%s %d</time></a>"
                "<div class=\"comment__dropdown\" data-tracking-name=\"comment_dropdown\"><button class=\"dropbtn comment__dropdown-trigger crayons-btn crayons-btn--s crayons-btn--ghost crayons-btn--icon\" aria-label=\"Toggle dropdown menu\"><svg width=\"24\" height=\"24\"></svg></button>"
                "<div class=\"crayons-dropdown right-1 s:right-0 s:left-auto fs-base dropdown\"><ul class=\"m-0\"><li><a href=\"/%s/comment/%s\" class=\"crayons-link crayons-link--block permalink-copybtn\">Copy link</a></li><li><a class=\"crayons-link crayons-link--block\">Hide</a></li><li><a href=\"/report-abuse\" class=\"crayons-link crayons-link--block\">Report abuse</a></li></ul></div></div></div>"
                "<div class=\"comment__body text-styles text-styles--secondary body\">%s</div></div>"
                "<footer class=\"comment__footer\"><button class=\"crayons-btn crayons-btn--ghost crayons-btn--icon-left crayons-btn--s mr-1 reaction-like inline-flex reaction-button\" id=\"button-for-comment-%d\" data-comment-id=\"%d\" aria-label=\"Like comment: \" aria-pressed=\"false\"><svg width=\"24\" height=\"24\"></svg>%s</button>"
                "<a class=\"js actions crayons-btn crayons-btn--ghost crayons-btn--s crayons-btn--icon-left toggle-reply-form mr-1 inline-flex\" href=\"#/%s/comment/%s\" rel=\"nofollow\"><svg width=\"24\" height=\"24\"></svg><span class=\"hidden m:inline-block\">Reply</span></a></footer>"
                "</div></div></div>%s</details>") % (
            depth, c["id"], " root" if depth == 0 else "", depth, c["id"], u, cid, 7000 + c["id"], u, c["id"] % 41, esc(c["author"]), u, esc(c["author"]),
            c["id"], c["id"], esc(c["author"]), esc(c["author"]), c["id"], u, c["id"] % 41, esc(c["author"]), mon(t)[:3], R.randint(1, 28), R.randint(2017, 2024),
            u, cid, t.strftime("%Y-%m-%dT%H:%M"), mon(t)[:3], t.day, u, cid, paras(c), c["id"], c["id"], likes, u, cid, sub)
    body = ("<header class=\"crayons-header print-hidden\"><div class=\"crayons-header__container\"><a href=\"/\" class=\"site-logo\" aria-label=\"Library Dev Community Home\">LDC</a>"
            "<div class=\"crayons-header--search\"><form><input class=\"crayons-header--search-input\" placeholder=\"Search...\"></form></div>"
            "<div class=\"flex items-center h-100 ml-auto\"><a class=\"c-link c-link--block\">Log in</a> <a class=\"c-cta c-cta--branded\">Create account</a></div></div></header>"
            "<div id=\"page-content\" class=\"wrapper stories stories-show\"><div class=\"crayons-layout crayons-layout--3-cols crayons-layout--article\">"
            "<aside class=\"crayons-layout__sidebar-left\" aria-label=\"Article actions\"><div class=\"crayons-article-actions\"><button aria-label=\"Like\"><span>42</span></button><button aria-label=\"Jump to Comments\"><span>%d</span></button><button aria-label=\"Save\"><span>7</span></button></div></aside>"
            "<main id=\"main-content\" class=\"crayons-layout__content grid gap-4\"><div class=\"article-wrapper\"><article class=\"crayons-card crayons-article mb-4\" id=\"article-show-container\" data-article-id=\"1912\">"
            "<header class=\"crayons-article__header\"><div class=\"crayons-article__subheader\"><a class=\"crayons-link fw-bold\">Marisol Vega</a> <span class=\"fs-xs color-base-60\">Posted on <time datetime=\"2026-11-17T08:00:00Z\">Nov 17</time></span></div>"
            "<h1 class=\"fs-3xl m:fs-4xl l:fs-5xl fw-bold s:fw-heavy lh-tight mb-2\">We rebuilt our library's opening-hours page in a weekend</h1>"
            "<div class=\"spec__tags flex flex-wrap\"><a class=\"crayons-tag\">#webdev</a> <a class=\"crayons-tag\">#a11y</a> <a class=\"crayons-tag\">#civictech</a></div></header>"
            "<div class=\"crayons-article__main\"><div class=\"crayons-article__body text-styles spec__body\" id=\"article-body\">"
            "<p>When the council announced the Saturday closing, our volunteer team had three days to publish the new hours across the website, the kiosks and the printed signs.</p>"
            "<p>This post is about the small static generator we wrote for it, and why we did not touch the old CMS at all.</p><h2>What we built</h2>"
            "<p>One YAML file holds every branch's hours; a build step renders the web page, the kiosk screen and a printable A4 sign from it.</p></div></div></article>"
            "<section id=\"comments\" data-follow-button-container=\"true\" class=\"text-padding mb-4 crayons-card comments-container\">"
            "<header class=\"relative flex justify-between items-center mb-6\"><h2 class=\"crayons-subtitle-1\">Top comments (%d)</h2><div class=\"comment-subscription-container\"><button class=\"crayons-btn crayons-btn--outlined\">Subscribe</button></div></header>"
            "<form class=\"comment-form\"><textarea placeholder=\"Add to the discussion\"></textarea><button class=\"crayons-btn\">Submit</button></form>"
            "<div class=\"comments\" id=\"comment-trees-container\">%s</div>"
            "<footer class=\"comments-footer\"><a href=\"/code-of-conduct\" class=\"crayons-link crayons-link--secondary fw-medium\">Code of Conduct</a> &bull; <a href=\"/report-abuse\" class=\"crayons-link crayons-link--secondary fw-medium\">Report abuse</a></footer></section></div></main>"
            "<aside class=\"crayons-layout__sidebar-right\"><div class=\"crayons-card crayons-card--secondary p-4\"><h3>More from Marisol Vega</h3><ul><li><a>Accessible timetables with plain HTML</a></li><li><a>Why our kiosk runs a browser</a></li></ul></div>"
            "<div class=\"crayons-card crayons-card--secondary\"><h3>Trending on Library Dev Community</h3><ol><li><a>Self-hosting a catalogue search</a></li><li><a>Barcode scanners and WebHID</a></li></ol></div></aside></div></div>"
            "<footer id=\"footer\" class=\"crayons-footer print-hidden\"><p><a>Home</a> <a>Podcasts</a> <a>Tags</a> <a>FAQ</a> <a>About</a> <a>Privacy Policy</a> <a>Terms of use</a></p>"
            "<p>Library Dev Community &copy; 2016 - 2026. Built on <a>Forem</a>.</p></footer>") % (
        len(cs), len(cs), "".join(one(i, 0) for i in kids(cs, None)))
    return page_wrap("We rebuilt our library's opening-hours page in a weekend - Library Dev Community", body)


def hashover(cs):
    """HashOver 2: div.hashover-comment (id hashover-c1, replies hashover-c1r2 nested inside their parent), a name in
    span.hashover-name-plain or a.hashover-name-website, a date permalink 'November 21, 2026 - 2:14pm', 'n Likes'
    (none for 0), Like / Reply links in the footer."""
    def one(i, path):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k, "%sr%d" % (path, n + 1)) for n, k in enumerate(kids(cs, i)))
        name = ("<a href=\"https://%s.example\" rel=\"noopener noreferrer nofollow\" class=\"hashover-name-%s hashover-name-website\" target=\"_blank\">%s</a>" % (handle(c["author"]), path, esc(c["author"]))
                if R.random() < 0.4 else "<span class=\"hashover-name-plain hashover-name-%s\">%s</span>" % (path, esc(c["author"])))
        likes = "<span id=\"hashover-likes-%s\" class=\"hashover-likes\">%d Like%s</span>" % (path, c["likes"], "" if c["likes"] == 1 else "s") if c["likes"] else ""
        return ("<div id=\"hashover-%s\" class=\"hashover-comment%s\"><div class=\"hashover-header\"><div class=\"hashover-avatar-image\"><div style=\"background-image: url('/hashover/images/avatar.png');\"></div></div>"
                "<div class=\"hashover-meta\">%s%s<a href=\"#hashover-%s\" class=\"hashover-date-permalink\" title=\"Permalink\">%s %d, %d - %s</a>%s</div></div>"
                "<div class=\"hashover-content\"><div class=\"hashover-body\">%s</div><div class=\"hashover-footer\"><span class=\"hashover-buttons\">"
                "<a href=\"?hashover-like=%s\" id=\"hashover-like-%s\" class=\"hashover-like\" title=\"'Like' this comment\">Like</a> "
                "<a href=\"?hashover-reply=%s#hashover-reply-%s\" id=\"hashover-reply-link-%s\" class=\"hashover-comment-reply\" title=\"Reply to this comment\">Reply</a></span></div></div>%s</div>") % (
            path, " hashover-reply" if "r" in path else "", name,
            " <span class=\"hashover-thread-link\">&#x2BA4; <a href=\"#hashover-%s\">%s</a></span>" % (path.rsplit("r", 1)[0], esc(cs[c["parent"]]["author"])) if c["parent"] is not None else "",
            path, mon(t), t.day, t.year, ampm(t, "", True), likes, paras(c), path, path, path, path, path, sub)
    tops = kids(cs, None)
    body = ("<div class=\"wrap\"><header class=\"blog-head\"><a class=\"blog-title\" href=\"/\">Shelf Notes</a><p class=\"tagline\">A librarian's blog</p>"
            "<nav><a>Home</a> <a>Archive</a> <a>Reading lists</a> <a>About</a></nav></header><main><article class=\"entry\"><h1 class=\"entry-title\">Saturdays without the library</h1>"
            "<p class=\"entry-meta\">Posted on 18 November 2026 by Bronwen in <a>Opinion</a></p><div class=\"entry-content\">%s<p>I would like to hear how the change affects you; the comments are open.</p></div></article>"
            "<div id=\"hashover\"><div id=\"hashover-form-section\"><span class=\"hashover-title\">Post a Comment</span><form id=\"hashover-form\"><input name=\"name\" placeholder=\"Name\"><input name=\"email\" placeholder=\"Email\"><textarea placeholder=\"Type comment here...\"></textarea><input type=\"submit\" value=\"Post Comment\"></form></div>"
            "<div id=\"hashover-sort-section\"><span class=\"hashover-count-sort\"><span id=\"hashover-count-wrapper\" class=\"hashover-count\">%d Comments (%d counting replies)</span>"
            "<span class=\"hashover-sort\"><select><option>In Order</option><option>Newest first</option><option>By Likes</option></select></span></span>"
            "<div id=\"hashover-sort-div\">%s</div></div><div id=\"hashover-end-links\"><a href=\"http://tildehash.com/?page=hashover\" target=\"_blank\">HashOver 2.0</a> &middot; <a>RSS Feed</a> &middot; <a>Source Code</a></div></div></main>"
            "<aside class=\"sidebar\"><h3>Recent posts</h3><ul><li><a>Ten years of the summer reading challenge</a></li><li><a>What the kiosks are for</a></li></ul><h3>Categories</h3><ul><li><a>Opinion</a> (14)</li><li><a>Reading</a> (41)</li></ul></aside>"
            "<footer><p>&copy; 2026 Shelf Notes. Powered by a small static site and HashOver.</p></footer></div>") % (
        "".join("<p>%s</p>" % esc(p) for p in STORY[:3]), len(tops), len(cs), "".join(one(i, "c%d" % (n + 1)) for n, i in enumerate(tops)))
    return page_wrap("Saturdays without the library – Shelf Notes", body)


def komento(cs):
    """Komento (Joomla), list layout: one flat ul.kmt-list; each li.kmt-item carries data-parentid and data-depth, a
    kmt-child-n class and a margin-left style; nothing in the text names the parent. h3.kmt-author, time[datetime],
    a like counter, '#n' permalink."""
    out = []
    for n, c in enumerate(cs):
        t = c["time"]
        pid = cs[c["parent"]]["id"] if c["parent"] is not None else 0
        out.append(("<li id=\"kmt-%d\" class=\"kmt-item kmt-comment-item-public kmt-child-%d\" data-id=\"%d\" data-parentid=\"%d\" data-depth=\"%d\" style=\"margin-left: %dpx !important\">"
                    "<div class=\"kmt-wrap\"><div class=\"kmt-avatar\"><a href=\"/community/profile/%d\"><img src=\"/media/com_komento/avatars/%d.png\" class=\"avatar\" alt=\"\"></a></div>"
                    "<div class=\"kmt-content\"><div class=\"kmt-head\"><h3 class=\"kmt-author\"><a href=\"/community/profile/%d\">%s</a></h3>"
                    "<span class=\"kmt-option\"><a href=\"#kmt-%d\" class=\"kmt-permalink\" title=\"Permalink\">#%d</a></span></div>"
                    "<div class=\"kmt-meta\"><span class=\"kmt-date\"><time datetime=\"%s:00+00:00\">%s, %d %s %d %02d:%02d</time></span></div>"
                    "<div class=\"kmt-body\">%s</div>"
                    "<div class=\"kmt-control\"><span class=\"kmt-like-wrap\"><a href=\"javascript:void(0);\" class=\"kmt-btn-like\">Like</a> <b class=\"kmt-like-counter\">%d</b></span>"
                    " <a href=\"javascript:void(0);\" class=\"kmt-reply\">Reply</a> <a href=\"javascript:void(0);\" class=\"kmt-report\">Report</a></div></div></div></li>") % (
            c["id"], c["depth"], c["id"], pid, c["depth"], 30 * c["depth"], 200 + NAMES.index(c["author"]), NAMES.index(c["author"]), 200 + NAMES.index(c["author"]),
            esc(c["author"]), c["id"], n + 1, t.strftime("%Y-%m-%dT%H:%M"), t.strftime("%A"), t.day, mon(t), t.year, t.hour, t.minute, paras(c), c["likes"]))
    body = story("Library hours: councillors to face questions at packed meeting") + (
        "<div id=\"section-kmt\" class=\"theme-layout-kuro\"><div class=\"kmt-comments-header\"><h3 class=\"kmt-title\">Comments <span class=\"kmt-count\">(%d)</span></h3>"
        "<div class=\"kmt-sorting\"><a class=\"kmt-sort-oldest active\">Oldest</a> <a class=\"kmt-sort-latest\">Latest</a> <a class=\"kmt-sort-popular\">Popular</a></div></div>"
        "<ul class=\"kmt-list reset-child\">%s</ul>"
        "<div id=\"kmt-form\" class=\"kmt-form\"><h3>Leave your comments</h3><form><input name=\"name\" placeholder=\"Name\"><textarea placeholder=\"Your comment\"></textarea><button class=\"kmt-submit\">Submit</button></form></div>"
        "<div class=\"kmt-powered\">Powered by <a href=\"https://stackideas.com/komento\">Komento</a></div></div>") % (len(cs), "".join(out))
    return chrome("Library hours: councillors to face questions at packed meeting | Wexcombe Gazette", body)


def steemit(cs):
    """Steemit (condenser): div.hentry.Comment (root / reply), the username link with '(62)' reputation beside it, a
    relative time whose span title is '11/21/2026, 2:14:00 PM', MarkdownViewer body, a payout, 'n votes' (none for 0),
    replies in div.Comment__replies.hfeed."""
    def one(i, top):
        c = cs[i]
        t = c["time"]
        u = c["author"]
        sub = "".join(one(k, False) for k in kids(cs, i))
        votes = "<span class=\"Voting__voters_list\"><a href=\"#\">%d vote%s</a></span>" % (c["likes"], "" if c["likes"] == 1 else "s") if c["likes"] else ""
        return ("<div class=\"hentry Comment %s\" id=\"@%s/re-library-%s\"><div class=\"Comment__Userpic show-for-medium\"><div class=\"Userpic\" style=\"background-image:url(https://steemitimages.example/u/%s/avatar/small)\"></div></div>"
                "<div class=\"Comment__header\"><div class=\"Comment__header_collapse\"><a title=\"Collapse/Expand\">[-]</a></div><span class=\"Comment__header-user\"><div class=\"Author__container\">"
                "<span class=\"author\" itemprop=\"author\"><a href=\"/@%s\"><strong class=\"UserNames__name\">%s</strong></a> <span class=\"Reputation\" title=\"Reputation\">(%d)</span></span></div></span>"
                "&nbsp; &middot; &nbsp;<a href=\"/library/@marisolvega/saturdays#@%s/re-library-%s\" class=\"PlainLink\"><span title=\"%s, %s\"><span>%s</span></span></a></div>"
                "<div class=\"Comment__body entry-content\"><div class=\"MarkdownViewer Markdown MarkdownViewer--small\"><div>%s</div></div></div>"
                "<div class=\"Comment__footer\"><div class=\"Voting\"><span class=\"Voting__inner\"><span class=\"Voting__button Voting__button-up\"><a href=\"#\" title=\"Upvote\"><span class=\"Icon chevron-up-circle\"></span></a></span>"
                "<div class=\"DropdownMenu\"><a><span class=\"FormattedAsset\"><span class=\"prefix\">$</span><span class=\"integer\">0</span><span class=\"decimal\">.%02d</span></span></a></div></span>%s</div>"
                "<span class=\"Comment__footer__controls\"><a>Reply</a></span></div>%s</div>") % (
            "root" if top else "reply", u, t.strftime("%Y%m%dt%H%M%Sz"), u, u, u, R.randint(25, 72), u, t.strftime("%Y%m%dt%H%M%Sz"),
            "%d/%d/%d" % (t.month, t.day, t.year), ampm(t).replace(" ", ":00 "), ago(t), paras(c), R.randint(0, 99), votes,
            "<div class=\"Comment__replies hfeed\">%s</div>" % sub if sub else "")
    body = ("<div class=\"App\"><header class=\"Header\"><nav class=\"row Header__nav\"><div class=\"small-5 large-4 columns Header__logotype\"><a href=\"/\">steemit</a></div>"
            "<div class=\"large-4 columns show-for-large large-centered Header__sort\"><ul><li><a>trending</a></li><li><a>new</a></li><li><a>hot</a></li></ul></div>"
            "<div class=\"small-7 large-4 columns Header__buttons\"><a class=\"Header__login-link\">Log in</a> <a class=\"Header__signup-link\">Sign up</a></div></nav></header>"
            "<div class=\"App__content\"><div class=\"PostFull\"><div class=\"PostFull__header\"><h1 class=\"entry-title\">Our town library will close on Saturdays. Here is what we are doing about it</h1>"
            "<div class=\"PostFull__time_author_category_large\"><span class=\"author\"><a>marisolvega</a> (64)</span> in <a>#library</a> &middot; <span title=\"11/18/2026, 9:12:00 AM\">13 days ago</span></div></div>"
            "<div class=\"PostFull__body entry-content\"><div class=\"MarkdownViewer Markdown\"><div>%s<p>If you are in Wexcombe, come to the meeting; if not, tell me how your own library fought this.</p></div></div></div>"
            "<div class=\"TagList__horizontal\"><a>library</a> <a>community</a> <a>books</a></div>"
            "<div class=\"PostFull__footer row\"><div class=\"columns medium-12 large-5\"><span class=\"Voting\">$4.21</span> <a>33 votes</a></div><div class=\"columns\"><span class=\"PostFull__responses\"><a>%d</a></span> <a>Reply</a> <a>Share</a></div></div></div>"
            "<div id=\"comments\" class=\"Post_comments row hfeed\"><div class=\"column large-12\"><div class=\"Post_comments__content\"><div class=\"Post__comments_sort_order float-right\">Sort: <select><option>Trending</option><option>Votes</option><option>Age</option></select></div>"
            "%s</div></div></div></div>"
            "<footer class=\"Footer\"><p><a>Privacy Policy</a> <a>Terms of Service</a> <a>FAQ</a></p></footer></div>") % (
        "".join("<p>%s</p>" % esc(p) for p in STORY[:3]), len(cs), "".join(one(i, True) for i in kids(cs, None)))
    return page_wrap("Our town library will close on Saturdays. Here is what we are doing about it — Steemit", body)


def jira(cs):
    """Jira Server issue: div.activity-comment with an action-head 'Name added a comment - 21/Nov/26 2:14 PM'
    (time[datetime]), action-body; flat, time-ordered; a reply opens with a user-hover link naming the parent's
    author (a mention, not text), in reply to that author's latest comment before it."""
    out = []
    for i, c in enumerate(cs):
        t = c["time"]
        body = c["paras"]
        lead = ""
        if c["parent"] is not None:
            p = cs[c["parent"]]
            lead = "<a href=\"/secure/ViewProfile.jspa?name=%s\" class=\"user-hover\" rel=\"%s\">%s</a> " % (handle(p["author"]), handle(p["author"]), esc(p["author"]))
        html_body = "".join("<p>%s%s</p>" % (lead if k == 0 else "", esc(x)) for k, x in enumerate(body))
        cid = 10200 + i * 3
        out.append(("<div id=\"comment-%d\" class=\"issue-data-block activity-comment twixi-block  expanded\"><div class=\"twixi-wrap verbose actionContainer\">"
                    "<div class=\"action-head\"><a href=\"#\" class=\"twixi\"><span class=\"icon-default aui-icon aui-icon-small aui-iconfont-expanded\">Collapse comment</span></a>"
                    "<div class=\"action-details\"><a class=\"user-hover user-avatar\" rel=\"%s\" id=\"commentauthor_%d_verbose\" href=\"/secure/ViewProfile.jspa?name=%s\">"
                    "<span class=\"aui-avatar aui-avatar-xsmall\"><span class=\"aui-avatar-inner\"><img src=\"/secure/useravatar?size=xsmall&amp;ownerId=%s\" alt=\"\"></span></span> %s</a> added a comment  - "
                    "<a href=\"/browse/LIB-1412?focusedCommentId=%d&amp;page=com.atlassian.jira.plugin.system.issuetabpanels:comment-tabpanel#comment-%d\" class=\"commentdate_%d_verbose subText comment-created-date-link\">"
                    "<span class=\"date user-tz\" title=\"%s\"><time class=\"livestamp\" datetime=\"%s:00+0000\">%s</time></span></a></div></div>"
                    "<div class=\"action-body flooded\">%s</div>"
                    "<div class=\"action-links action-comment-actions\"><a class=\"edit-comment issue-comment-action\" title=\"Edit\">Edit</a> <a class=\"delete-comment issue-comment-action\" title=\"Delete\">Delete</a></div></div></div>") % (
            cid, handle(c["author"]), cid, handle(c["author"]), handle(c["author"]), esc(c["author"]), cid, cid, cid,
            t.strftime("%d/") + mon(t)[:3] + t.strftime("/%y ") + ampm(t), t.strftime("%Y-%m-%dT%H:%M"), t.strftime("%d/") + mon(t)[:3] + t.strftime("/%y ") + ampm(t), html_body))
    body = ("<div id=\"page\"><header id=\"header\" role=\"banner\"><nav class=\"aui-header aui-dropdown2-trigger-group\"><div class=\"aui-header-primary\"><h1 id=\"logo\" class=\"aui-header-logo\"><a href=\"/secure/MyJiraHome.jspa\"><span class=\"aui-header-logo-device\">Wexcombe Council Jira</span></a></h1>"
            "<ul class=\"aui-nav\"><li><a class=\"aui-nav-link\">Dashboards</a></li><li><a class=\"aui-nav-link\">Projects</a></li><li><a class=\"aui-nav-link\">Issues</a></li></ul></div>"
            "<div class=\"aui-header-secondary\"><ul class=\"aui-nav\"><li><form id=\"quicksearch\"><input placeholder=\"Search\"></form></li><li><a class=\"login-link\">Log In</a></li></ul></div></nav></header>"
            "<div id=\"content\"><div class=\"aui-page-panel\"><div class=\"issue-header-content\"><ol class=\"aui-nav aui-nav-breadcrumbs\"><li><a>Library Services</a></li><li><a class=\"issue-link\">LIB-1412</a></li></ol>"
            "<h1 id=\"summary-val\">Saturday closing from February: staff rota, signage and kiosk messages</h1></div>"
            "<div class=\"command-bar\"><div class=\"toolbar-split\"><a class=\"aui-button\">Edit</a> <a class=\"aui-button\">Comment</a> <a class=\"aui-button\">Assign</a> <a class=\"aui-button\">More</a></div></div>"
            "<div id=\"details-module\" class=\"module\"><h4 class=\"toggle-title\">Details</h4><ul id=\"issuedetails\"><li><strong>Type:</strong> <span>Task</span></li><li><strong>Status:</strong> <span>In Progress</span></li><li><strong>Priority:</strong> <span>Major</span></li><li><strong>Fix Version/s:</strong> <span>Feb-2027</span></li></ul></div>"
            "<div id=\"descriptionmodule\" class=\"module\"><h4 class=\"toggle-title\">Description</h4><div class=\"user-content-block\"><p>%s</p><p>%s</p></div></div>"
            "<div id=\"activitymodule\" class=\"module\"><h4 class=\"toggle-title\">Activity</h4><div class=\"tabwrap\"><ul id=\"issue-tabs\" class=\"tabs horizontal\"><li><a>All</a></li><li class=\"active\"><strong>Comments</strong></li><li><a>Work Log</a></li><li><a>History</a></li></ul></div>"
            "<div class=\"issuePanelWrapper\"><div class=\"issuePanelContainer\" id=\"issue_actions_container\">%s</div></div></div>"
            "<div id=\"peoplemodule\" class=\"module\"><h4>People</h4><dl><dt>Assignee:</dt><dd>Gordon W.</dd><dt>Reporter:</dt><dd>Priya Natarajan</dd><dt>Votes:</dt><dd>3</dd><dt>Watchers:</dt><dd>11</dd></dl></div></div></div>"
            "<footer id=\"footer\"><section class=\"footer-body\"><ul class=\"atlassian-footer\"><li>Atlassian Jira Project Management Software</li><li><a>About Jira</a></li><li><a>Report a problem</a></li></ul></section></footer></div>") % (
        esc(STORY[0]), esc(STORY[1]), "".join(out))
    return page_wrap("[LIB-1412] Saturday closing from February: staff rota, signage and kiosk messages - Wexcombe Council Jira", body)


def zendesk(cs):
    """Zendesk Guide community post (Copenhagen theme): ul.comment-list > li.comment with comment-author (avatar, name
    in span[title] > a, time with datetime and relative text), an 'Official comment' label on one, section.comment-body,
    a vote box with span.vote-sum (0 shown); flat."""
    out = []
    for n, c in enumerate(cs):
        t = c["time"]
        official = "<span class=\"comment-labels\"><span class=\"status-label status-label-official\">Official comment</span></span>" if n == 2 else ""
        out.append(("<li id=\"community_comment_%d\" class=\"comment%s\"><div class=\"comment-wrapper\"><div class=\"comment-info\">%s<div class=\"comment-author\">"
                    "<div class=\"avatar comment-avatar\"><img src=\"https://lib.zendesk.example/system/photos/%d/avatar.png\" alt=\"\" class=\"user-avatar\"></div>"
                    "<div class=\"comment-meta\"><span title=\"%s\"><a href=\"/hc/en-gb/profiles/%d-%s\">%s</a></span><ul class=\"meta-group\"><li class=\"meta-data\">"
                    "<time datetime=\"%s:00Z\" title=\"%s\" data-datetime=\"relative\">%s</time></li></ul></div></div>"
                    "<section class=\"comment-body\">%s</section></div><div class=\"comment-vote vote\" role=\"group\"><button type=\"button\" class=\"vote-up\" aria-label=\"This comment was helpful\" aria-pressed=\"false\"></button>"
                    "<span class=\"vote-sum\">%d</span><button type=\"button\" class=\"vote-down\" aria-label=\"This comment was not helpful\" aria-pressed=\"false\"></button></div>"
                    "<div class=\"comment-actions-container\"><div class=\"dropdown\"><button class=\"dropdown-toggle\" aria-label=\"Comment actions\"></button></div></div></div></li>") % (
            360010 + n, " comment-official" if official else "", official, 8000 + c["id"], esc(c["author"]), 3600 + NAMES.index(c["author"]), handle(c["author"]).title(), esc(c["author"]),
            t.strftime("%Y-%m-%dT%H:%M"), t.strftime("%Y-%m-%d %H:%M"), ago(t), paras(c), c["likes"]))
    body = ("<a class=\"skip-navigation\" href=\"#main-content\">Skip to main content</a><header class=\"header\"><div class=\"logo\"><a href=\"/hc/en-gb\"><img src=\"/logo.png\" alt=\"Wexcombe Libraries Help Centre home page\"></a></div>"
            "<nav class=\"user-nav\" id=\"user-nav\"><a href=\"/hc/en-gb/community/topics\">Community</a> <a class=\"submit-a-request\">Submit a request</a></nav><a class=\"sign-in\">Sign in</a></header>"
            "<main role=\"main\"><div class=\"container-divider\"></div><div class=\"container\"><div class=\"sub-nav\"><ol class=\"breadcrumbs\"><li><a>Wexcombe Libraries</a></li><li><a>Community</a></li><li><a>Opening hours and branches</a></li></ol>"
            "<div class=\"search-container\"><form class=\"search\"><input type=\"search\" placeholder=\"Search\"></form></div></div>"
            "<div class=\"community-post\"><section class=\"post-container\"><div class=\"post\"><div class=\"post-header\"><h1 class=\"post-title\">Will the Saturday closing affect reserved books and returns?</h1>"
            "<div class=\"post-follow\"><button class=\"button\">Follow</button></div></div><div class=\"post-author\"><span class=\"avatar\"><img class=\"user-avatar\" src=\"/a.png\" alt=\"\"></span>"
            "<div class=\"post-meta\"><span title=\"Henrik Lund\"><a>Henrik Lund</a></span><ul class=\"meta-group\"><li class=\"meta-data\"><time datetime=\"2026-11-19T08:02:00Z\">12 days ago</time></li></ul></div></div>"
            "<div class=\"post-content\"><div class=\"post-body\"><p>I pick up reserved books on Saturdays because I work weekdays in the city. Will reservations wait until Monday, or go back to the shelf?</p><p>And will the returns box be open?</p></div>"
            "<div class=\"post-actions-wrapper\"><div class=\"post-vote vote\"><button class=\"vote-up\" aria-label=\"This post was helpful\"></button><span class=\"vote-sum\">14</span><button class=\"vote-down\"></button></div></div></div></div>"
            "<section class=\"comment-section\"><div class=\"comment-overview\"><h2 class=\"comment-heading\">%d comments</h2><p class=\"comment-callout\">Please sign in to leave a comment.</p>"
            "<div class=\"dropdown comment-sorter\"><button class=\"dropdown-toggle\">Sort by</button></div></div><ul id=\"comments\" class=\"comment-list\">%s</ul>"
            "<p class=\"comment-callout\">Please <a>sign in</a> to leave a comment.</p></section></section>"
            "<section class=\"post-sidebar\"><h3>Related articles</h3><ul><li><a>Reserving a book online</a></li><li><a>Returning items after hours</a></li></ul></section></div></div></main>"
            "<footer class=\"footer\"><div class=\"footer-inner\"><a>Wexcombe Libraries</a><div class=\"footer-language-selector\"><button>English (GB)</button></div></div></footer>") % (len(cs), "".join(out))
    return page_wrap("Will the Saturday closing affect reserved books and returns? – Wexcombe Libraries Help Centre", body)


def habr(cs):
    """Habr: section.tm-comment-thread > article.tm-comment-thread__comment (a.tm-user-info__username, time[datetime]
    '21 Nov at 14:14', tm-comment__body-content, a score '+5' / '0' in tm-votes-meter__value) and
    div.tm-comment-thread__children holding the replies' sections."""
    def one(i):
        c = cs[i]
        t = c["time"]
        u = handle(c["author"])
        sub = "".join(one(k) for k in kids(cs, i))
        score = "+%d" % c["likes"] if c["likes"] else "0"
        return ("<section class=\"tm-comment-thread\"><article class=\"tm-comment-thread__comment\"><a name=\"comment_%d\" class=\"tm-comment-thread__target\"></a>"
                "<div class=\"tm-comment\"><div class=\"tm-comment__header\"><div class=\"tm-comment__header-inner\"><a href=\"/en/users/%s/\" class=\"tm-user-info__userpic\" title=\"%s\"><div class=\"tm-entity-image\"><svg class=\"tm-svg-img tm-image-placeholder\" height=\"24\" width=\"24\"></svg></div></a>"
                "<span class=\"tm-user-info tm-comment__user-info\"><span class=\"tm-user-info__user tm-user-info__user_appearance-default\"><a href=\"/en/users/%s/\" class=\"tm-user-info__username\">%s</a></span></span>"
                "<a href=\"/en/articles/771234/comments/#comment_%d\" class=\"tm-comment-thread__comment-link\"><time datetime=\"%s:00.000Z\" title=\"%s\">%d %s at %02d:%02d</time></a></div></div>"
                "<div class=\"tm-comment__body\"><div class=\"tm-comment__body-content\"><div xmlns=\"http://www.w3.org/1999/xhtml\">%s</div></div></div>"
                "<div class=\"tm-comment-footer\"><div class=\"tm-comment-footer__votes\"><div class=\"tm-votes-meter\"><span class=\"tm-votes-meter__value tm-votes-meter__value_%s tm-votes-meter__value_appearance-comment tm-votes-meter__value_rating\" title=\"Total votes %d: \u2191%d and \u2193%d\">%s</span></div></div>"
                "<div class=\"tm-comment-footer__buttons\"><button class=\"tm-comment-footer__button\">Reply</button><button class=\"tm-comment-footer__button\">Share</button></div></div></div></article>"
                "%s</section>") % (
            25800000 + c["id"], u, u, u, u, 25800000 + c["id"], t.strftime("%Y-%m-%dT%H:%M"), t.strftime("%Y-%m-%d, %H:%M"), t.day, mon(t)[:3], t.hour, t.minute, paras(c),
            "positive" if c["likes"] else "zero", c["likes"], c["likes"], 0, score,
            "<div class=\"tm-comment-thread__children\">%s</div>" % sub if sub else "")
    body = ("<div class=\"tm-layout__wrapper\"><div class=\"tm-header\"><div class=\"tm-page-width\"><div class=\"tm-header__container\"><a class=\"tm-header__logo\" href=\"/en/\">Habr</a>"
            "<nav class=\"tm-header-user-menu\"><a>Log in</a></nav></div></div></div><div class=\"tm-base-layout__header\"><nav class=\"tm-main-menu\"><a>My feed</a> <a>All streams</a> <a>Development</a> <a>Management</a></nav></div>"
            "<div class=\"tm-page__wrapper\"><div class=\"tm-page__main\"><div class=\"tm-article-presenter\"><article class=\"tm-article-presenter__content\"><div class=\"tm-article-presenter__header\">"
            "<div class=\"tm-article-snippet\"><span class=\"tm-article-snippet__meta\"><a class=\"tm-user-info__username\">dariusznowak</a> <span class=\"tm-article-datetime-published\"><time datetime=\"2026-11-17T09:00:00.000Z\">17 Nov at 09:00</time></span></span>"
            "<h1 class=\"tm-title tm-title_h1\"><span>How a town library moved its catalogue off a 2009 server in one weekend</span></h1><div class=\"tm-article-snippet__hubs\"><a>Open source</a>, <a>Sysadmin</a></div></div></div>"
            "<div id=\"post-content-body\" class=\"tm-article-body\"><div class=\"article-formatted-body\"><p>Our library was going to lose its Saturday opening, and with it the one day the volunteer IT group could touch the servers.</p>"
            "<p>So we moved the catalogue, the kiosks and the hours page in the last Saturday we had. This is the plan, the scripts and what went wrong.</p></div></div></article></div>"
            "<div class=\"tm-article-presenter__footer\"><div class=\"tm-article-comments-counter-link\"><a>Comments %d</a></div></div>"
            "<div class=\"tm-comments-wrapper__wrapper\"><div class=\"tm-comments-wrapper__header\"><h2 class=\"tm-comments-wrapper__title\">Comments <span class=\"tm-comments-wrapper__comments-count\">%d</span></h2></div>"
            "<div class=\"tm-comments__tree\">%s</div><div class=\"tm-comments-wrapper__footer\"><p>Only those users with full accounts are able to leave comments. <a>Log in</a>, please.</p></div></div></div>"
            "<div class=\"tm-page__sidebar\"><div class=\"tm-sexy-sidebar\"><section class=\"tm-block\"><h2>Information</h2><dl><dt>Website</dt><dd>wexcombe-libraries.example</dd><dt>Location</dt><dd>United Kingdom</dd></dl></section>"
            "<section class=\"tm-block\"><h2>Top posts</h2><ul><li><a>Why we still run Koha</a></li><li><a>Printing from kiosks without drivers</a></li></ul></section></div></div></div>"
            "<footer class=\"tm-footer\"><div class=\"tm-footer__container\"><a>Your account</a> <a>Sections</a> <a>Info</a> <a>Services</a><p>&copy; 2006–2026 Habr</p></div></footer></div>") % (
        len(cs), len(cs), "".join(one(i) for i in kids(cs, None)))
    return page_wrap("How a town library moved its catalogue off a 2009 server in one weekend / Habr", body)


def phabricator(cs):
    """Phabricator Maniphest task: the description is the article; timeline events 'name added a comment.' with the
    username link, remarkup body, the date 'Sat, Nov 21, 2:14 PM' as the event's extra link; a reply quotes its parent
    as 'In T1412#2398, @name wrote:' (a reply head and body, not text); flat."""
    out = []
    for i, c in enumerate(cs):
        t = c["time"]
        u = handle(c["author"])
        xid = 2390 + i * 4
        c["xid"] = xid
        body = paras(c)
        if c["parent"] is not None:
            p = cs[c["parent"]]
            body = ("<blockquote><div class=\"remarkup-reply-head\">In <a href=\"/T1412#%d\" class=\"remarkup-link\" rel=\"noreferrer\">T1412#%d</a>, "
                    "<a href=\"/p/%s/\" class=\"phui-tag-view phui-tag-type-person\"><span class=\"phui-tag-core\">@%s</span></a> wrote:</div>"
                    "<div class=\"remarkup-reply-body\"><p>%s</p></div></blockquote>" % (p["xid"], p["xid"], handle(p["author"]), handle(p["author"]), esc(p["paras"][0]))) + body
        out.append(("<div class=\"phui-timeline-shell\" data-sigil=\"anchor-container phui-timeline-shell\"><div class=\"phui-timeline-event-view phui-timeline-spacer\"></div>"
                    "<div class=\"phui-timeline-event-view phui-timeline-major-event\"><div class=\"phui-timeline-content\"><a class=\"phui-timeline-image\" style=\"background-image: url(/file/data/%d/profile);\" href=\"/p/%s/\"></a>"
                    "<div class=\"phui-timeline-wedge\"></div><div class=\"phui-timeline-group\"><a name=\"%d\" id=\"%d\" class=\"phabricator-anchor-view\"></a>"
                    "<div class=\"phui-timeline-title phui-timeline-title-with-icon\"><span class=\"phui-timeline-icon-fill\"><span class=\"visual-only phui-icon-view phui-font-fa fa-comment\"></span></span>"
                    "<a href=\"/p/%s/\" class=\"phui-handle phui-link-person\">%s</a> added a comment.<span class=\"phui-timeline-extra\">&middot; <a href=\"#%d\">%s, %s %d, %s</a></span></div>"
                    "<div class=\"phui-timeline-core-content\"><div class=\"phabricator-remarkup\">%s</div></div></div></div></div></div>") % (
            c["id"], u, xid, xid, u, u, xid, t.strftime("%a"), mon(t)[:3], t.day, ampm(t), body))
    body = ("<div class=\"phabricator-main-menu phabricator-main-menu-background\"><a class=\"phabricator-main-menu-brand\" href=\"/\">Wexcombe Phabricator</a>"
            "<div class=\"phabricator-main-menu-search\"><form><input placeholder=\"Search\"></form></div><a class=\"phabricator-core-login-button\">Log In</a></div>"
            "<div class=\"phabricator-standard-page\"><div class=\"phui-crumbs-view\"><a>Maniphest</a> &rsaquo; <a>T1412</a></div>"
            "<div class=\"phui-two-column-view\"><div class=\"phui-header-shell\"><h1 class=\"phui-header-view\"><span class=\"phui-header-header\">Move the kiosks' closed-on-Saturday message into the catalogue config</span></h1>"
            "<div class=\"phui-header-subheader\"><span class=\"phui-tag-view\">Open</span> <span>Public</span></div></div>"
            "<div class=\"phui-two-column-content\"><div class=\"phui-main-column\"><div class=\"phui-box phui-object-box\"><div class=\"phui-header-shell\"><h2>Description</h2></div>"
            "<div class=\"phabricator-remarkup\"><p>%s</p><p>%s</p></div></div><div class=\"phui-timeline-view\" id=\"timeline\">%s</div>"
            "<div class=\"phui-box\"><h2>Add Comment</h2><p>Log In to Comment</p></div></div>"
            "<div class=\"phui-side-column\"><div class=\"phui-curtain-view\"><ul class=\"phabricator-action-list-view\"><li><a>Edit Task</a></li><li><a>Edit Related Tasks...</a></li><li><a>Subscribe</a></li></ul>"
            "<div class=\"phui-curtain-panel\"><h3>Assigned To</h3><p>gordonw</p><h3>Authored By</h3><p>priyanatarajan, Nov 16 2026, 9:00 AM</p><h3>Tags</h3><p>Branches, Kiosks</p><h3>Subscribers</h3><p>inkpot, bronwen, marginalia</p></div></div></div></div></div></div>"
            "<div class=\"phabricator-standard-page-footer\"><p>Content licensed under Creative Commons Attribution-ShareAlike 4.0.</p></div>") % (
        esc(STORY[0]), esc(STORY[1]), "".join(out))
    return page_wrap("⚓ T1412 Move the kiosks' closed-on-Saturday message into the catalogue config", body)


def proboards(posts, subject):
    """ProBoards forum thread: table.list.posts rows tr.post with a left mini-profile cell (user link, group, post and
    like counts) and a content cell (date abbr with the full time in its title, Quote / Like buttons, div.message with
    'Quote from X on <date>' boxes naming the parent, a likes line 'n people like this'); every post is a comment."""
    rows = []
    for i, c in enumerate(posts):
        t = c["time"]
        quote = ""
        if c["quote"]:
            p = posts[c["parent"]]
            pt = p["time"]
            quote = ("<div class=\"quote\" data-timestamp=\"%d000\"><div class=\"quote_header\">Quote from <a href=\"/user/%d\" class=\"user-link\">%s</a> on %s %d, %d at %s</div>"
                     "<div class=\"quote_body\">%s</div></div>") % (epoch(pt), 100 + NAMES.index(p["author"]), esc(p["author"]), mon(pt)[:3], pt.day, pt.year, ampm(pt, "", True), esc(c["quote"]))
        likes = "<div class=\"likes\"><span class=\"likes-count\">%d %s like this</span></div>" % (c["likes"], "person" if c["likes"] == 1 else "people") if c["likes"] else ""
        rows.append(("<tr id=\"post-%d\" class=\"post item%s\"><td class=\"left-panel\"><div class=\"mini-profile\"><a class=\"user-link user-%d group-0\" href=\"/user/%d\" itemprop=\"name\">%s</a>"
                     "<div class=\"info\">%s</div><div class=\"avatar\"><img src=\"/avatars/%d.png\" alt=\"\"></div><div class=\"info\">Posts: %s<br>Likes: %d</div></div></td>"
                     "<td class=\"content-cell\"><div class=\"content-head\"><div class=\"info\"><span class=\"date\"><abbr class=\"time\" data-timestamp=\"%d000\" title=\"%s %d, %d %02d:%02d:00 GMT\">%s %d, %d %s</abbr></span></div>"
                     "<div class=\"controls\"><a class=\"button quote-button\">Quote</a> <a class=\"button like-button\">Like</a></div></div>"
                     "<article><div class=\"message\">%s%s</div></article><div class=\"foot\">%s</div></td></tr>") % (
            c["id"], " first" if i == 0 else "", 100 + NAMES.index(c["author"]), 100 + NAMES.index(c["author"]), esc(c["author"]),
            R.choice(["Member", "Junior Member", "Moderator", "Full Member"]), NAMES.index(c["author"]), "{:,}".format(R.randint(3, 4000)), R.randint(0, 900),
            epoch(t), mon(t)[:3], t.day, t.year, t.hour, t.minute, mon(t)[:3], t.day, t.year, ampm(t, "", True), quote, "<br><br>".join(esc(p) for p in c["paras"]), likes))
    body = ("<div id=\"wrapper\"><div id=\"header\"><div class=\"banner\"><a href=\"/\">Wexcombe Town Forum</a></div><div id=\"navigation-menu\"><ul><li><a>Home</a></li><li><a>Search</a></li><li><a>Members</a></li><li><a>Login</a></li><li><a>Register</a></li></ul></div></div>"
            "<div id=\"nav-tree\"><a>Wexcombe Town Forum</a> &rsaquo; <a>Local issues</a> &rsaquo; <a>%s</a></div>"
            "<div id=\"content\"><div class=\"container posts\"><div class=\"title-bar\"><h1>%s</h1></div><div class=\"control-bar\"><ul class=\"ui-pagination\"><li>Page 1 of 1</li></ul><a class=\"button\">Reply</a></div>"
            "<div class=\"content\"><table class=\"list posts\"><tbody>%s</tbody></table></div></div>"
            "<div class=\"container\"><div class=\"content\"><p>Users browsing this thread: 4 guests</p></div></div></div>"
            "<div id=\"footer\"><p>Powered by <a href=\"https://www.proboards.com\">ProBoards</a>. <a>Privacy</a> <a>Terms</a></p><p>Forum time is GMT.</p></div></div>") % (
        esc(subject), esc(subject), "".join(rows))
    return page_wrap("%s | Wexcombe Town Forum" % subject, body)


# ---------------------------------------------------------------- writing

def gold_of(name, system, cs, forum, likes, times="minute", note=None, fetched=None, zero_shown=True):
    g = {"page": {"file": "pages/" + name + ".html"}, "system": system, "site": name + ".example", "forum": forum, "heldOut": True,
         "comments": [{"id": "g%d" % i, "parent": None if c["parent"] is None else "g%d" % c["parent"], "author": c["author"],
                       "time": c["time"].strftime("%Y-%m-%dT%H:%M") if times == "minute" else c["time"].strftime("%Y-%m-%d") if times == "date" else None,
                       "likes": c["likes"] if likes and (c["likes"] or zero_shown) else None, "text": "\n\n".join(c["paras"])} for i, c in enumerate(cs)]}
    if fetched:
        g["fetchedAt"] = fetched.strftime("%Y-%m-%dT%H:%M:00Z")
    if note:
        g["note"] = note
    return g


def handles(cs):
    for c in cs:
        c["author"] = handle(c["author"])


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

    cs = chronological(12, likes=False, p_reply=0.45)
    html_ = trac(cs)
    handles(cs)
    write("trac", html_, gold_of("trac", "trac", cs, False, False, fetched=NOW,
          note="the description is the article; 'in reply to: ↑ n' and 'Replying to X:' name the parent; the citation blockquote and the property-change list are not text; usernames; the minute from the timeline link's title"))
    cs = chronological(11, likes=False, p_reply=0.4)
    write("redmine", redmine(cs), gold_of("redmine", "redmine", cs, False, False, fetched=NOW,
          note="the description is the article; 'X wrote in #note-n:' and its blockquote name the parent and are not text; the details list is not text; the time in the relative link's title"))
    posts = thread(12, max_depth=4, likes=False, p_reply=0.6)
    posts[0]["paras"] = [STORY[0], "Does anyone know whether the Eastfield Saturday session is definitely going ahead? " + STORY[2]]
    for c in posts[1:]:
        if c["parent"] is None:
            c["parent"] = 0
    # re-derive depth-first order: every later top-level post answers the opening one
    order, seen = [], set()

    def visit(i):
        order.append(i)
        for k in kids(posts, i):
            visit(k)
    visit(0)
    remap = {old: new for new, old in enumerate(order)}
    posts = [dict(posts[o], parent=None if posts[o]["parent"] is None else remap[posts[o]["parent"]]) for o in order]
    write("moodle", moodle(posts, "Saturday closing - what are the alternatives?"), gold_of("moodle", "moodle", posts, True, False,
          note="every post a comment, the first too; nested div.indent replies-containers; the subject line, 'Picture of X' and Permalink / Show parent / Reply are not text"))
    cs = thread(13, max_depth=3)
    write("forem", forem(cs), gold_of("forem", "forem", cs, False, True, zero_shown=False,
          note="details nested in their parent's details; the name appears twice (small-screen link, profile preview button) and the preview card adds 'Joined ...' and 'Follow' (not text); 'Nov 21' with the full time in datetime; reactions-count (none for 0)"))
    cs = thread(12, max_depth=3)
    write("hashover", hashover(cs), gold_of("hashover", "hashover", cs, False, True, zero_shown=False,
          note="replies nested inside the parent's div (ids c1r2); the thread link '⮤ X' names the parent and is not text; 'November 21, 2026 - 2:14pm'; 'n Likes' (none for 0)"))
    cs = thread(13, max_depth=3)
    write("komento", komento(cs), gold_of("komento", "komento", cs, False, True,
          note="one flat list: parents only in data-parentid / data-depth / kmt-child-n / margin-left; like counter shows 0"))
    cs = thread(13, max_depth=3)
    handles(cs)
    write("steemit", steemit(cs), gold_of("steemit", "steemit", cs, False, True, zero_shown=False, fetched=NOW,
          note="usernames; '(62)' reputation beside the name is not author; the time in the span title; 'n votes' is likes (none for 0); the payout is not likes"))
    cs = chronological(12, likes=False, p_reply=0.45)
    for i, c in enumerate(cs):  # a mention names a person: the parent is that person's latest comment before it
        if c["parent"] is not None:
            c["parent"] = max(j for j in range(i) if cs[j]["author"] == cs[c["parent"]]["author"])
    write("jira", jira(cs), gold_of("jira", "jira", cs, False, False,
          note="flat, time-ordered; a reply opens with a user-hover mention of the parent's author (not text); '21/Nov/26 2:14 PM' with the full time in datetime"))
    cs = thread(10, nested=False)
    write("zendesk", zendesk(cs), gold_of("zendesk", "zendesk", cs, False, True, fetched=NOW,
          note="flat; the name in span[title] > a; 'Official comment' label not text; vote-sum is likes (0 shown); the ISO time in datetime"))
    cs = thread(14, max_depth=4)
    handles(cs)
    write("habr", habr(cs), gold_of("habr", "habr", cs, False, True,
          note="nested tm-comment-thread__children; usernames; '21 Nov at 14:14' with the full time in datetime; the score '+5' / '0' is likes"))
    cs = chronological(11, likes=False, p_reply=0.45)
    html_ = phabricator(cs)
    handles(cs)
    write("phabricator", html_, gold_of("phabricator", "phabricator", cs, False, False,
          note="the description is the article; flat timeline; 'In T1412#n, @x wrote:' quotes name the parent and are not text; usernames; 'Sat, Nov 21, 2:14 PM' (year from the page)"))
    posts = forum_thread(10, likes=True)
    write("proboards", proboards(posts, "Library closing Saturdays from February"), gold_of("proboards", "proboards", posts, True, True, zero_shown=False,
          note="every post a comment, the first too; the mini-profile cell (group, posts, likes) is not text; 'Quote from X on ...' boxes are not text, the quoted post is the parent; 'n people like this' (none for 0)"))
    print("\n".join(written))


if __name__ == "__main__":
    main()
