#!/usr/bin/python3
"""Writes the FIFTH held-out round for the text-dump path (heldout5-text): comment and forum systems that none of
../threads, ../heldout, ../heldout2, ../heldout3, ../heldout3-text, ../heldout4 or ../heldout4-text covers, each
showing its reply structure the way the system shows it, chosen for the cues a `w3m -dump` keeps or loses:
Confluence page comments (nested ol: w3m numbers and indents every level), Trac tickets ("in reply to: ↑ 2" in the
change head, "Replying to X:" and a citation block), Redmine journals ("X wrote in #note-2:" and a quote, relative
"3 days ago"), Moodle's nested forum view (replies in div.indent: nothing in the dump), Forem / dev.to (nested
details elements: nothing in the dump), ProBoards (user cell beside the post, "Quote from X on <date>" boxes),
Google Groups (a mailing-list conversation: "On <date> X wrote:" and "> " quoted lines), Zendesk community (flat
comments, a reply starts with an "@Name" mention), Jira ("X added a comment - 30/Nov/26 3:15 PM", "[~user]"
mentions).

Written and measured BEFORE any text rule was changed for them (README.md). Other topic, names and sentences than
the earlier rounds. Fixed seed: the same pages every run.
Usage: make_heldout5_text_pages.py [OUT_DIR]"""
import datetime as dt
import html
import json
import os
import random
import subprocess
import sys
import textwrap

R = random.Random(20261207)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

SUBJECTS = ["the allotment water charge", "the library opening hours", "the new bin rota", "the village hall roof",
            "the parish footpath survey", "the bus shelter on Mill Lane", "the tool library idea", "the compost scheme",
            "the hedge cutting schedule", "the pond clean-up day", "the speed limit petition", "the playground fence",
            "the seed swap in March", "the plot waiting list", "the shed insurance quote", "the community orchard"]
VIEWS = ["was decided before anyone asked the plot holders", "leaves the older members out in the cold",
         "costs more than the committee admits", "would work if the council matched the money",
         "keeps slipping to next season", "falls hardest on the families with small plots",
         "deserves a proper vote at the AGM", "is overdue and I am glad to see it", "ignores what the survey said",
         "could be sorted with two volunteers and a van", "needs the receipts published first",
         "was always going to be a hard sell"]
ASIDES = ["I have held plot 14 since the nineties.", "The minutes from June say otherwise.",
          "My neighbour raised it at the last open evening.", "The treasurer's figures are on the noticeboard.",
          "We tried something similar in 2018 and it fizzled out.", "Half the committee do not garden at all.",
          "Look at what Little Hadley did last spring.", "I walk past it every morning with the dog.",
          "The volunteers were brilliant last time.", "Happy to be told I am wrong.",
          "Ask anyone who queued at the tap in August.", "The quote we got in October was twice this."]
STARTS = ["Frankly", "As a plot holder of twenty years", "To be fair", "I may be missing something, but",
          "Speaking for the Tuesday group", "For what it is worth", "Having chaired the last meeting",
          "On behalf of the orchard volunteers", "In short", "Just a thought", "Oddly enough", "Sadly"]
NAMES = ["Gwendolyn Price", "spade_and_fork", "Tobias Lind", "Marguerite Okafor", "hedgehog42", "Rafael", "Oluwaseun Ade",
         "beanpole", "Siobhan Kerr", "compost_king", "Ingrid", "the_old_postmaster", "Dmitri V.", "wrenhaven",
         "Philippa Marsh", "rhubarbfan", "Kasia Nowak", "sloeberry", "Angus", "Lucia Ferreira"]
NOW = dt.datetime(2026, 12, 6, 17, 30)
START = dt.datetime(2026, 11, 28, 8, 10)


def esc(s):
    return html.escape(s, quote=True)


def para():
    s = "%s, %s %s. %s" % (R.choice(STARTS), R.choice(SUBJECTS), R.choice(VIEWS), R.choice(ASIDES))
    return s[0].upper() + s[1:]


def thread(n, max_depth=3, reply_rate=0.45, likes=True, start=START, spread=(25, 300), nparas=(1, 1, 2, 2, 3)):
    """n comments in page (pre-order) order: each one a top-level comment or a reply to an earlier one."""
    roots = []
    nodes = []
    t = start
    for i in range(n):
        t = t + dt.timedelta(minutes=R.randint(*spread))
        c = {"i": i, "author": R.choice(NAMES), "time": t, "likes": R.randint(0, 40) if likes else None,
             "paras": [para() for _ in range(R.choice(nparas))], "kids": [], "parent": None, "depth": 0}
        cands = [x for x in nodes if x["depth"] < max_depth]
        if nodes and cands and R.random() < reply_rate:
            p = R.choice(cands[-5:])
            c["parent"] = p
            c["depth"] = p["depth"] + 1
            p["kids"].append(c)
        else:
            roots.append(c)
        nodes.append(c)
    out = []

    def walk(c):
        out.append(c)
        for k in c["kids"]:
            walk(k)
    for r in roots:
        walk(r)
    for k, c in enumerate(out):
        c["id"] = "g%d" % k
        c["i"] = k
    return out


def flat(n, reply_rate=0.45, start=START, spread=(30, 400), nparas=(1, 2, 2, 3), first_story=False, likes=True):
    """A flat thread in time order: each comment after the first replies to an earlier one (shown by a quote,
    a mention or a reply line) or to none."""
    posts = []
    t = start
    for i in range(n):
        t = t + dt.timedelta(minutes=R.randint(*spread))
        c = {"i": i, "id": "g%d" % i, "author": R.choice(NAMES), "time": t, "likes": R.randint(0, 25) if likes else None,
             "paras": [para() for _ in range(R.choice(nparas))], "kids": [], "parent": None, "depth": 0}
        lo = 1 if first_story else 0
        if i > lo and R.random() < reply_rate:
            cands = [p for p in posts[max(lo, i - 4):i] if p["author"] != c["author"]]
            if cands:
                c["parent"] = R.choice(cands)
        posts.append(c)
    if first_story:
        posts[0]["paras"] = STORY[:2]
    return posts


STORY = ["The allotment committee has agreed to bring in a water charge of 18 pounds a plot from April, after the "
         "parish council said it could no longer cover the metered supply to the Mill Lane site.",
         "The committee said the bill had tripled in three summers and that the troughs were being left running. "
         "Plot holders were told at the open evening on Thursday.",
         "Several members have asked for the charge to be cut for the raised beds kept by the school and the day "
         "centre, which use a fraction of the water.",
         "The charge will be put to the annual general meeting on 14 January."]
TITLE = "Allotment water charge of 18 pounds a plot from April"


def ago(t, now=NOW):
    m = int((now - t).total_seconds() // 60)
    if m < 60:
        return "%d minutes ago" % m
    if m < 60 * 24:
        h = m // 60
        return "%d hour%s ago" % (h, "" if h == 1 else "s")
    d = m // (60 * 24)
    return "%d day%s ago" % (d, "" if d == 1 else "s")


def rel_gold(t, now=NOW):
    m = int((now - t).total_seconds() // 60)
    if m < 60:
        return (now - dt.timedelta(minutes=m)).strftime("%Y-%m-%dT%H:%M")
    if m < 60 * 24:
        return (now - dt.timedelta(hours=m // 60)).strftime("%Y-%m-%d")
    return (now.date() - dt.timedelta(days=m // (60 * 24))).isoformat()


def paras(c, tag="p"):
    return "".join("<%s>%s</%s>" % (tag, esc(p), tag) for p in c["paras"])


def handle(c):
    return c["author"].replace(" ", "_").replace(".", "").lower()


def page(title, head, body, foot):
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title></head><body>%s%s%s</body></html>"
            % (esc(title), head, body, foot))

# ---------------------------------------------------------------- systems


def confluence(cs):
    """Confluence page comments: ol.comment-threads of li.comment-thread; a reply thread is a nested ol inside the
    li (w3m numbers and indents every level); header 'Name', footer 'Reply · Edit · Like · 3 people like this ·
    Nov 30, 2026'."""
    def one(c):
        sub = ("<ol class=\"comment-threads\">%s</ol>" % "".join(one(k) for k in c["kids"])) if c["kids"] else ""
        like = ("<li class=\"comment-action-like-summary\">%d %s like this</li>" % (
            c["likes"], "person" if c["likes"] == 1 else "people")) if c["likes"] else ""
        return ("<li id=\"comment-thread-%d\" class=\"comment-thread\"><div class=\"comment\" id=\"comment-%d\">"
                "<p class=\"comment-user-logo\"><img class=\"userLogo\" src=\"/a/%d.png\" alt=\"User icon: %s\"></p>"
                "<div class=\"comment-header\"><h4 class=\"author\"><a class=\"url fn confluence-userlink\" href=\"/display/~%s\">%s</a></h4></div>"
                "<div class=\"comment-body\"><div class=\"comment-content wiki-content\">%s</div>"
                "<div class=\"comment-actions\"><ul class=\"comment-actions-primary\"><li><a>Reply</a></li><li><a>Edit</a></li>"
                "<li><a class=\"like-button\">Like</a></li>%s</ul><ul class=\"comment-actions-secondary\">"
                "<li class=\"comment-date\"><a href=\"?focusedCommentId=%d#comment-%d\" title=\"%s\">%s</a></li></ul></div></div></div>%s</li>") % (
            5100 + c["i"], 5100 + c["i"], c["i"], esc(c["author"]), handle(c), esc(c["author"]), paras(c), like,
            5100 + c["i"], 5100 + c["i"], c["time"].strftime("%b %d, %Y %H:%M"), c["time"].strftime("%b %d, %Y"), sub)
    roots = [c for c in cs if c["parent"] is None]
    body = ("<div id=\"main\"><div id=\"breadcrumbs\"><a>Village Hub</a> / <a>Allotments</a> / <a>Committee news</a></div>"
            "<h1 id=\"title-text\">%s</h1><div class=\"page-metadata\">Created by <a>Ruth Allbright</a>, last modified on Nov 28, 2026</div>"
            "<div id=\"main-content\" class=\"wiki-content\">%s</div>"
            "<div id=\"likes-and-labels-container\"><a>Like</a> Be the first to like this <span>No labels</span></div>"
            "<div id=\"comments-section\" class=\"pageSection group\"><div class=\"section-header\"><h2 id=\"comments-section-title\" class=\"section-title\">%d Comments</h2></div>"
            "<ol class=\"comment-threads top-level\" id=\"page-comments\">%s</ol>"
            "<div class=\"quick-comment-container\"><textarea placeholder=\"Write a comment...\"></textarea></div></div></div>") % (
        esc(TITLE), "".join("<p>%s</p>" % esc(p) for p in STORY), len(cs), "".join(one(c) for c in roots))
    head = ("<header id=\"header\"><nav class=\"aui-header\"><a class=\"aui-header-logo\">Village Hub</a> <a>Spaces</a> <a>People</a>"
            " <a>Create</a> <a>Log in</a></nav></header><div id=\"sidebar\"><h3>Allotments</h3><ul><li><a>Pages</a></li><li><a>Blog</a></li>"
            "<li><a>Space tools</a></li></ul></div>")
    foot = "<footer id=\"footer\"><p>Powered by Atlassian Confluence 8.5.4</p><ul><li><a>Report a bug</a></li><li><a>Atlassian News</a></li></ul></footer>"
    return page(TITLE + " - Allotments - Village Hub", head, body, foot)


def trac(cs):
    """Trac ticket: the description is the article; each change an h3 'comment:N in reply to: ↑ M  Changed 3 days
    ago by X' (the absolute date only in a title), property changes, then the comment; a reply made with the reply
    button starts 'Replying to X:' and a citation blockquote of the comment it answers. Flat."""
    out = []
    fields = ["<li><strong class=\"trac-field-status\">Status</strong> changed from <em>new</em> to <em>assigned</em></li>",
              "<li><strong class=\"trac-field-priority\">Priority</strong> changed from <em>minor</em> to <em>major</em></li>",
              "<li><strong class=\"trac-field-cc\">Cc</strong> <em>plots@village.example</em> added</li>"]
    for c in cs:
        n = c["i"] + 1
        thr = "<span class=\"cnum\"><a href=\"#comment:%d\">comment:%d</a></span>" % (n, n)
        text = ""
        if c["parent"] is not None:
            p = c["parent"]
            thr += " in reply to: <a href=\"#comment:%d\">&uarr;&nbsp;%d</a>" % (p["i"] + 1, p["i"] + 1)
            text = ("<p>Replying to <a class=\"ticket\" href=\"#comment:%d\">%s</a>:</p><blockquote class=\"citation\"><p>%s</p></blockquote>"
                    % (p["i"] + 1, esc(p["author"]), esc(p["paras"][0])))
        fu = [k for k in cs if k["parent"] is c]
        if fu:
            thr += " follow-up%s: %s" % ("s" if len(fu) > 1 else "", " ".join(
                "<a href=\"#comment:%d\">&darr;&nbsp;%d</a>" % (k["i"] + 1, k["i"] + 1) for k in fu))
        ch = ("<ul class=\"changes\">%s</ul>" % fields[c["i"] % 3]) if c["i"] % 4 == 0 else ""
        out.append(("<div class=\"change\" id=\"trac-change-%d-1\"><h3 class=\"change\"><span class=\"threading\">%s</span> "
                    "Changed <a class=\"timeline\" href=\"/timeline?from=%s\" title=\"See timeline at %s\">%s</a> by "
                    "<span class=\"trac-author\">%s</span></h3><div class=\"trac-ticket-buttons\"><form><input type=\"submit\" value=\"Reply\"></form></div>"
                    "%s<div class=\"comment searchable\">%s%s</div></div>") % (
            n, thr, c["time"].strftime("%Y-%m-%dT%H:%M:00Z"), c["time"].strftime("%b %-d, %Y, %-I:%M:00 %p"),
            ago(c["time"]), esc(handle(c)), ch, text, paras(c)))
    body = ("<div id=\"content\" class=\"ticket\"><h1 id=\"trac-ticket-title\"><a>Ticket #2291</a> <span class=\"trac-status\">(assigned)</span></h1>"
            "<div id=\"ticket\"><div class=\"date\"><p>Opened <a>8 days ago</a></p><p>Last modified <a>5 hours ago</a></p></div>"
            "<h2 class=\"summary searchable\">%s</h2><table class=\"properties\"><tr><th>Reported by:</th><td>ruth_allbright</td>"
            "<th>Owned by:</th><td>treasurer</td></tr><tr><th>Priority:</th><td>major</td><th>Milestone:</th><td>AGM 2027</td></tr>"
            "<tr><th>Component:</th><td>Water</td><th>Keywords:</th><td>charges</td></tr></table>"
            "<div class=\"description\"><h3>Description</h3><div class=\"searchable\">%s</div></div></div>"
            "<div id=\"attachments\"><h3 class=\"foldable\">Attachments (1)</h3><ul><li><a>water-bills-2024-2026.pdf</a> (41.2 KB)</li></ul></div>"
            "<div id=\"changelog\"><h3 class=\"foldable\">Change History (%d)</h3>%s</div>"
            "<form id=\"propertyform\"><h3>Modify Ticket</h3><fieldset><legend>Action</legend><label>leave as assigned</label></fieldset></form></div>") % (
        esc(TITLE), "".join("<p>%s</p>" % esc(p) for p in STORY), len(cs), "".join(out))
    head = ("<div id=\"banner\"><div id=\"header\"><a id=\"logo\">Village Trac</a></div><form id=\"search\"><input type=\"text\"> <input type=\"submit\" value=\"Search\"></form>"
            "<div id=\"metanav\" class=\"nav\"><ul><li><a>Login</a></li><li><a>Preferences</a></li><li><a>Help/Guide</a></li><li><a>About Trac</a></li></ul></div></div>"
            "<div id=\"mainnav\" class=\"nav\"><ul><li><a>Wiki</a></li><li><a>Timeline</a></li><li><a>Roadmap</a></li><li><a>View Tickets</a></li><li><a>Search</a></li></ul></div>"
            "<div id=\"ctxtnav\" class=\"nav\"><ul><li><a>&larr; Previous Ticket</a></li><li><a>Next Ticket &rarr;</a></li></ul></div>")
    foot = "<div id=\"footer\"><hr><a id=\"tracpowered\">Powered by Trac 1.6</a><p class=\"left\">By Edgewall Software.</p></div>"
    return page("#2291 (" + TITLE + ") - Village Trac", head, body, foot)


def redmine(cs):
    """Redmine issue: the description is the article; history journals 'Updated by X 3 days ago' with '#note-N' on
    the right; a reply made with Quote starts 'X wrote in #note-M:' and a blockquote. Flat; relative times."""
    out = []
    for c in cs:
        n = c["i"] + 1
        text = ""
        if c["parent"] is not None:
            p = c["parent"]
            text = "<p><a class=\"user\">%s</a> wrote in <a href=\"#note-%d\">#note-%d</a>:</p><blockquote><p>%s</p></blockquote>" % (
                esc(p["author"]), p["i"] + 1, p["i"] + 1, esc(p["paras"][0]))
        det = ("<ul class=\"details\"><li><strong>Status</strong> changed from <i>New</i> to <i>In Progress</i></li>"
               "<li><strong>% Done</strong> changed from <i>0</i> to <i>30</i></li></ul>") if c["i"] % 5 == 2 else ""
        out.append(("<div id=\"change-%d\" class=\"journal has-notes\"><div id=\"note-%d\" class=\"note\">"
                    "<div class=\"contextual\"><span class=\"journal-actions\"><a class=\"icon-only icon-comment\" title=\"Quote\">Quote</a></span>"
                    " <a href=\"#note-%d\" class=\"journal-link\">#%d</a></div>"
                    "<h4 class=\"note-header\"><img class=\"gravatar\" alt=\"\" src=\"/g/%d.png\"> Updated by <a class=\"user active\" href=\"/users/%d\">%s</a> "
                    "<a title=\"%s\" href=\"/projects/allotments/activity?from=%s\">%s</a> ago</h4>%s"
                    "<div id=\"journal-%d-notes\" class=\"wiki\">%s%s</div></div></div>") % (
            7700 + n, n, n, n, c["i"], 40 + c["i"], esc(c["author"]), c["time"].strftime("%m/%d/%Y %I:%M %p"),
            c["time"].strftime("%Y-%m-%d"), ago(c["time"])[:-4], det, 7700 + n, text, paras(c)))
    body = ("<div id=\"content\"><div class=\"contextual\"><a>Edit</a> <a>Watch</a> <a>Copy</a></div><h2>Feature #4410</h2>"
            "<div class=\"issue tracker-2 status-2 priority-3 details\"><div class=\"subject\"><h3>%s</h3></div>"
            "<p class=\"author\">Added by <a class=\"user\">Ruth Allbright</a> <a title=\"11/28/2026 08:00 AM\">8 days</a> ago. Updated <a>about 5 hours</a> ago.</p>"
            "<div class=\"attributes\"><div><div class=\"label\">Status:</div><div class=\"value\">In Progress</div></div>"
            "<div><div class=\"label\">Priority:</div><div class=\"value\">Normal</div></div><div><div class=\"label\">Assignee:</div><div class=\"value\">Treasurer</div></div></div>"
            "<hr><div class=\"description\"><p><strong>Description</strong></p><div class=\"wiki\">%s</div></div></div>"
            "<div id=\"history\"><div class=\"tabs\"><ul><li><a>History</a></li><li><a>Notes</a></li><li><a>Property changes</a></li></ul></div>"
            "<h3>History</h3>%s</div><div style=\"clear: both;\"></div><p class=\"other-formats\">Also available in: <a>Atom</a> <a>PDF</a></p></div>") % (
        esc(TITLE), "".join("<p>%s</p>" % esc(p) for p in STORY), "".join(out))
    head = ("<div id=\"top-menu\"><ul><li><a>Home</a></li><li><a>Projects</a></li><li><a>Help</a></li></ul><div id=\"account\"><a>Sign in</a> <a>Register</a></div></div>"
            "<div id=\"header\"><h1>Village allotments</h1><div id=\"main-menu\"><ul><li><a>Overview</a></li><li><a>Activity</a></li><li><a>Issues</a></li>"
            "<li><a>Wiki</a></li><li><a>Files</a></li></ul></div></div><div id=\"sidebar\"><h3>Issues</h3><ul><li><a>View all issues</a></li><li><a>Summary</a></li></ul></div>")
    foot = "<div id=\"footer\">Powered by <a>Redmine</a> &copy; 2006-2026 Jean-Philippe Lang</div>"
    return page("Feature #4410: " + TITLE + " - Village allotments - Redmine", head, body, foot)


def moodle(ps):
    """Moodle forum in 'Display replies in nested form': the opening post and every reply a div.forumpost with an
    'Re: subject' heading, 'by Name - Monday, 30 November 2026, 3:15 PM', the text and 'Permalink | Show parent |
    Reply' links; replies nest in div.indent (a CSS margin: nothing in the dump). Every post a comment."""
    def one(c):
        sub = ("<div class=\"indent\">%s</div>" % "".join(one(k) for k in c["kids"])) if c["kids"] else ""
        subj = "Water charge from April" if c["i"] == 0 else "Re: Water charge from April"
        links = "<a href=\"discuss.php?d=812#p%d\">Permalink</a>" % (3300 + c["i"])
        if c["parent"] is not None:
            links += " <a href=\"discuss.php?d=812#p%d\">Show parent</a>" % (3300 + c["parent"]["i"])
        links += " <a href=\"post.php?reply=%d\">Reply</a>" % (3300 + c["i"])
        return ("<div class=\"forumpost clearfix%s\" id=\"p%d\" data-region-content=\"forum-post-core\">"
                "<div class=\"d-flex\"><img class=\"userpicture\" src=\"/u/%d.png\" alt=\"Picture of %s\" width=\"35\" height=\"35\">"
                "<header class=\"flex-column\"><h3 class=\"h6 font-weight-bold mb-0\">%s</h3>"
                "<div class=\"mb-3\" tabindex=\"-1\">by <a href=\"/user/view.php?id=%d&amp;course=3\">%s</a> - <time datetime=\"%s\">%s</time></div></header></div>"
                "<div class=\"post-content-container\">%s</div><div class=\"d-flex flex-wrap\"><div class=\"post-actions\">%s</div></div></div>%s") % (
            " firstpost starter" if c["i"] == 0 else "", 3300 + c["i"], c["i"], esc(c["author"]), subj,
            20 + c["i"], esc(c["author"]), c["time"].strftime("%Y-%m-%dT%H:%M:00+00:00"),
            c["time"].strftime("%A, %-d %B %Y, %-I:%M %p"), paras(c), links, sub)
    body = ("<div id=\"page-header\"><h1>Plot holders' forum</h1><nav><ol class=\"breadcrumb\"><li><a>Home</a></li><li><a>Allotments</a></li>"
            "<li><a>Plot holders' forum</a></li><li>Water charge from April</li></ol></nav></div>"
            "<div role=\"main\"><h3 class=\"discussionname\">Water charge from April</h3><div class=\"discussion-settings\">"
            "<select><option>Display replies flat, with oldest first</option><option selected>Display replies in nested form</option></select>"
            " <a>Move this discussion to ...</a></div><div class=\"discussion-nav\"><a>&#9664; Seed swap dates</a> <a>Shed insurance &#9654;</a></div>"
            "<article>%s</article></div>") % one(ps[0])
    head = ("<nav class=\"navbar\"><a class=\"navbar-brand\">Mill Lane Allotments</a> <a>Home</a> <a>Dashboard</a> <a>My courses</a>"
            " <span class=\"login\">You are not logged in. (<a>Log in</a>)</span></nav>")
    foot = ("<footer id=\"page-footer\"><div><a>Data retention summary</a></div><div><a>Get the mobile app</a></div>"
            "<div class=\"logininfo\">You are not logged in. (<a>Log in</a>)</div></footer>")
    return page("Plot holders' forum: Water charge from April", head, body, foot)


def devto(cs):
    """Forem (dev.to): comments in div.comment-thread, each a details element (summary: avatar, name, '•', 'Nov 30
    '26'), text, footer '3 likes Like Reply'; replies nest inside the details (indent only by CSS; w3m prints no
    details/summary markup). Year shown as ' '26'."""
    def one(c):
        sub = "".join(one(k) for k in c["kids"])
        return ("<details class=\"comment-wrapper comment-wrapper--deep-%d\" open id=\"comment-node-%d\">"
                "<summary aria-label=\"Toggle this comment (and replies)\"><span class=\"js-collapse-comment-content\"></span></summary>"
                "<div class=\"comment__inner\"><a class=\"shrink-0\" href=\"/%s\"><img class=\"crayons-avatar__image\" src=\"/p/%d.png\" alt=\"%s profile image\"></a>"
                "<div class=\"inner-comment comment__details\"><div class=\"comment__content crayons-card\"><div class=\"comment__header\">"
                "<a href=\"/%s\" class=\"crayons-link fw-medium\">%s</a> <span class=\"color-base-30 px-2\" role=\"presentation\">&bull;</span> "
                "<a href=\"/%s/comment/%x\" class=\"comment-date crayons-link\"><time datetime=\"%s\">%s</time></a></div>"
                "<div class=\"comment__body text-styles body\">%s</div></div>"
                "<footer class=\"comment__footer\"><button class=\"crayons-btn reaction-like\"><span class=\"reactions-count\">%d</span>"
                "<span class=\"reactions-label\">&nbsp;likes</span></button> <a class=\"actions crayons-btn\">Reply</a></footer></div></div>%s</details>") % (
            c["depth"], 9100 + c["i"], handle(c), c["i"], esc(c["author"]), handle(c), esc(c["author"]), handle(c), 40000 + c["i"],
            c["time"].strftime("%Y-%m-%dT%H:%M:00Z"), c["time"].strftime("%b %-d '%y"), paras(c), c["likes"], sub)
    roots = [c for c in cs if c["parent"] is None]
    body = ("<main id=\"main-content\"><article id=\"article-show-container\" class=\"crayons-article\"><header class=\"crayons-article__header\">"
            "<div class=\"crayons-article__subheader\"><a class=\"crayons-link fw-bold\">Ruth Allbright</a> Posted on <time datetime=\"2026-11-28T08:00:00Z\">Nov 28</time></div>"
            "<h1>%s</h1><div class=\"spec__tags\"><a>#community</a> <a>#gardening</a> <a>#localgov</a></div></header>"
            "<div class=\"crayons-article__body text-styles\" id=\"article-body\">%s</div></article>"
            "<section id=\"comments\" class=\"text-padding mb-4 border-t-1\"><header><h2 class=\"crayons-subtitle-1\">Top comments (%d)</h2>"
            "<div><a class=\"crayons-btn\">Subscribe</a></div></header><form class=\"comment-form\"><textarea placeholder=\"Add to the discussion\"></textarea></form>"
            "<div class=\"comments\" id=\"comment-trees-container\">%s</div>"
            "<footer class=\"align-center\"><a>Code of Conduct</a> &bull; <a>Report abuse</a></footer></section></main>") % (
        esc(TITLE), "".join("<p>%s</p>" % esc(p) for p in STORY), len(cs),
        "".join("<div class=\"comment-thread\">%s</div>" % one(c) for c in roots))
    side = ("<aside class=\"crayons-layout__sidebar-right\"><div class=\"crayons-card\"><h3>Ruth Allbright</h3><p>Allotment secretary, Mill Lane.</p>"
            "<button>Follow</button><ul><li>Joined Mar 3, 2021</li></ul></div><div class=\"crayons-card\"><h3>More from Ruth Allbright</h3>"
            "<ul><li><a>Seed swap in March: what to bring</a></li><li><a>Shed insurance, explained</a></li></ul></div></aside>")
    head = "<header class=\"crayons-header\"><a class=\"site-logo\">VILLAGE</a> <form><input placeholder=\"Search...\"></form> <a>Log in</a> <a>Create account</a></header>"
    foot = "<footer id=\"footer\"><p>Village Community - A constructive and inclusive place for plot holders.</p><p>Built on Forem.</p></footer>"
    return page(TITLE + " - Village Community", head, body + side, foot)


def proboards(ps):
    """ProBoards forum: table rows, the mini-profile cell (name, rank, avatar, 'Posts: 212') beside the post cell
    (date 'Nov 30, 2026 at 3:15pm', text, 'Like' and '2 likes'); a reply quotes its parent in a box headed
    'Quote from Name on Nov 30, 2026 at 1:02pm'. Every post a comment."""
    ranks = ["New Member", "Junior Member", "Full Member", "Senior Member", "Administrator"]
    out = []
    for c in ps:
        q = ""
        if c["parent"] is not None:
            p = c["parent"]
            q = ("<div class=\"quote\" quote_author=\"@%s\"><div class=\"quote_header\">Quote from <a class=\"user-link\">%s</a> on "
                 "<a href=\"/post/%d/thread\">%s</a></div><div class=\"quote_body\">%s</div></div>") % (
                handle(p), esc(p["author"]), 61000 + p["i"], p["time"].strftime("%b %-d, %Y at %-I:%M%p").replace("AM", "am").replace("PM", "pm"),
                esc(p["paras"][0]))
        like = ("<div class=\"likes\">%d like%s</div>" % (c["likes"], "" if c["likes"] == 1 else "s")) if c["likes"] else ""
        out.append(("<tr id=\"post-%d\" class=\"post item\"><td class=\"left-panel\"><div class=\"mini-profile\">"
                    "<a class=\"user-link user-%d\" href=\"/user/%d\">%s</a><div class=\"info\">%s</div>"
                    "<div class=\"avatar\"><img src=\"/av/%d.png\" alt=\"\" width=\"60\"></div><div class=\"info\">Posts: %d</div></div></td>"
                    "<td class=\"content\"><div class=\"content-head\"><div class=\"info\"><span class=\"date\"><abbr class=\"time\" data-timestamp=\"%d\" title=\"%s\">%s</abbr></span>"
                    " <a class=\"post-link\">Post Options</a></div></div><article><div class=\"message\">%s%s</div></article>"
                    "<div class=\"foot\"><div class=\"controls\"><a class=\"button like-button\">Like</a> <a class=\"button\">Quote</a></div>%s</div></td></tr>") % (
            61000 + c["i"], 300 + c["i"], 300 + c["i"], esc(c["author"]), ranks[c["i"] * 7 % 5], c["i"], R.randint(4, 900),
            int(c["time"].timestamp()), c["time"].strftime("%a %b %d, %Y %H:%M:%S GMT"),
            c["time"].strftime("%b %-d, %Y at %-I:%M%p").replace("AM", "am").replace("PM", "pm"), q,
            "<br><br>".join(esc(p) for p in c["paras"]), like))
    body = ("<div id=\"navigation-tree\"><a>Mill Lane Forum</a> &rsaquo; <a>Allotments</a> &rsaquo; <a>Committee matters</a> &rsaquo; Water charge from April</div>"
            "<div class=\"container posts\"><div class=\"title-bar\"><h1>Water charge from April</h1></div>"
            "<div class=\"control-bar\"><a class=\"button\">Reply</a> <span class=\"ui-pagination\">Page 1 of 1</span></div>"
            "<table class=\"list\">%s</table></div>"
            "<div class=\"container stats\"><div class=\"title-bar\"><h2>Thread Information</h2></div><p>There are currently 3 users viewing this thread.</p></div>") % "".join(out)
    head = ("<div id=\"wrapper\"><header><a class=\"banner\">Mill Lane Forum</a><nav id=\"navigation-menu\"><ul><li><a>Home</a></li>"
            "<li><a>Search</a></li><li><a>Members</a></li><li><a>Calendar</a></li><li><a>Help</a></li><li><a>Login</a></li></ul></nav></header>")
    foot = ("<footer><p>Mill Lane Forum is a free forum by ProBoards</p><p><a>Terms of Service</a> | <a>Privacy Policy</a> | "
            "<a>Cookies</a></p></footer></div>")
    return page("Water charge from April | Mill Lane Forum", head, body, foot)


def googlegroups(ps):
    """Google Groups conversation: every message a post; header 'Name' '<date>' and 'to Group'; a reply quotes its
    parent under 'On Mon, Nov 30, 2026 at 1:02 PM Name <x@y> wrote:' in '> ' lines. Every post a comment."""
    out = []
    for c in ps:
        q = ""
        if c["parent"] is not None:
            p = c["parent"]
            q = ("<div class=\"gmail_quote\"><div class=\"gmail_attr\">On %s %s &lt;%s@gmail.example&gt; wrote:<br></div>"
                 "<blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">%s</blockquote></div>") % (
                p["time"].strftime("%a, %b %-d, %Y at %-I:%M %p"), esc(p["author"]), handle(p), esc(p["paras"][0]))
        out.append(("<section class=\"message\" role=\"listitem\" id=\"msg-%d\"><div class=\"msg-header\">"
                    "<img class=\"avatar\" alt=\"%s's profile photo\" src=\"/ph/%d.png\"><div class=\"sender\"><span class=\"name\">%s</span></div>"
                    "<div class=\"recipients\">to Mill Lane Allotments</div><div class=\"date\">%s</div>"
                    "<div class=\"msg-actions\"><span role=\"button\" aria-label=\"Reply all\"></span><span role=\"button\" aria-label=\"More\"></span></div></div>"
                    "<div class=\"msg-body\"><div dir=\"ltr\">%s</div>%s</div>"
                    "<div class=\"msg-footer\"><span role=\"button\">Reply all</span> <span role=\"button\">Reply to author</span> <span role=\"button\">Forward</span></div></section>") % (
            c["i"], esc(c["author"]), c["i"], esc(c["author"]), c["time"].strftime("%b %-d, %Y, %-I:%M:%S %p"),
            "".join("<div>%s</div><div><br></div>" % esc(p) for p in c["paras"]), q))
    body = ("<div class=\"conversation\"><div class=\"conv-head\"><a>&larr; Conversations</a><h1>Water charge from April</h1>"
            "<div>%d views</div><span>Skip to first unread message</span></div><div role=\"list\">%s</div>"
            "<div class=\"reply-box\"><span>Reply all</span> <span>Reply to author</span> <span>Forward</span></div></div>") % (
        R.randint(40, 300), "".join(out))
    head = ("<div id=\"gb\"><a class=\"gb_logo\">Groups</a> <form><input aria-label=\"Search conversations within Mill Lane Allotments\"></form>"
            " <a>Sign in</a></div><nav class=\"left-nav\"><ul><li><a>My groups</a></li><li><a>Recent groups</a></li><li><a>Favorite groups</a></li>"
            "<li><a>Conversations</a></li><li><a>About</a></li></ul></nav>")
    foot = "<footer><a>Privacy</a> &bull; <a>Terms</a></footer>"
    return page("Water charge from April - Mill Lane Allotments - Google Groups", head, body, foot)


def zendesk(cs):
    """Zendesk community (Help Center posts): the post is the article; comments flat in ul.comment-list, each
    'Name' avatar, 'Name', 'November 30, 2026 15:12' date, text, '+3' vote sum; a reply starts with an '@Name'
    mention of the comment it answers (the mention is not the gold text)."""
    out = []
    for c in cs:
        mention = ""
        if c["parent"] is not None:
            mention = "<a class=\"mention\" href=\"/hc/en-us/profiles/%d\">@%s</a> " % (500 + c["parent"]["i"], esc(c["parent"]["author"]))
        body = "".join("<p>%s%s</p>" % (mention if k == 0 else "", esc(p)) for k, p in enumerate(c["paras"]))
        official = "<span class=\"comment-official\">Official comment</span>" if c["i"] == 3 else ""
        out.append(("<li id=\"community_comment_%d\" class=\"comment\"><div class=\"comment-wrapper\"><div class=\"comment-info\">"
                    "<div class=\"comment-author\"><div class=\"avatar comment-avatar\"><img src=\"/z/%d.png\" alt=\"Avatar\" class=\"user-avatar\"></div>"
                    "<div class=\"comment-meta\"><span title=\"%s\"><a href=\"/hc/en-us/profiles/%d\">%s</a></span>"
                    "<ul class=\"meta-group\"><li class=\"meta-data\"><time datetime=\"%s\" title=\"%s\" data-datetime=\"calendar\">%s</time></li></ul></div></div>"
                    "%s<section class=\"comment-body\">%s</section></div>"
                    "<div class=\"comment-actions-container\"><div class=\"comment-vote vote\"><button class=\"vote-up\" title=\"Vote up\"></button>"
                    "<span class=\"vote-sum\">%s</span><button class=\"vote-down\" title=\"Vote down\"></button></div>"
                    "<div class=\"dropdown comment-actions\"><button aria-label=\"Comment actions\" class=\"dropdown-toggle\"></button></div></div></div></li>") % (
            36000 + c["i"], c["i"], esc(c["author"]), 500 + c["i"], esc(c["author"]), c["time"].strftime("%Y-%m-%dT%H:%M:00Z"),
            c["time"].strftime("%Y-%m-%d %H:%M"), c["time"].strftime("%B %-d, %Y %H:%M"), official, body,
            ("%+d" % c["likes"]) if c["likes"] else "0"))
    body = ("<div class=\"container\"><nav class=\"sub-nav\"><ol class=\"breadcrumbs\"><li><a>Village Help Center</a></li><li><a>Community</a></li>"
            "<li><a>Allotments</a></li></ol><form class=\"search\"><input type=\"search\" placeholder=\"Search\"></form></nav>"
            "<div class=\"article-container\"><section class=\"post-container\"><div class=\"post\"><div class=\"post-header\">"
            "<h1 class=\"post-title\">%s</h1><div class=\"post-follow\"><button>Follow</button></div></div>"
            "<div class=\"post-author\"><span>Ruth Allbright</span> <ul class=\"meta-group\"><li>November 28, 2026 08:00</li></ul></div>"
            "<div class=\"post-content\"><div class=\"post-body\">%s</div><div class=\"post-actions-wrapper\"><div class=\"post-vote vote\"><span class=\"vote-sum\">12</span></div></div></div></div>"
            "<div class=\"post-comments\" id=\"comments\"><div class=\"comment-overview\"><h2 class=\"comment-heading\">Comments</h2>"
            "<p class=\"comment-callout\">%d comments</p><div class=\"dropdown comment-sorter\"><button>Sort by</button></div></div>"
            "<ul id=\"comments\" class=\"comment-list\">%s</ul><p class=\"comment-callout\">Please <a>sign in</a> to leave a comment.</p></div></section>"
            "<section class=\"post-sidebar\"><h3>Related posts</h3><ul><li><a>Shed insurance quote for 2027</a></li><li><a>Tap on plot 30 leaking</a></li></ul></section></div></div>") % (
        esc(TITLE), "".join("<p>%s</p>" % esc(p) for p in STORY), len(cs), "".join(out))
    head = ("<header class=\"header\"><div class=\"logo\"><a><img src=\"/logo.png\" alt=\"Village Help Center home page\"></a></div>"
            "<div class=\"nav-wrapper\"><nav class=\"user-nav\"><a>Community</a> <a>Submit a request</a></nav><a class=\"sign-in\">Sign in</a></div></header>")
    foot = "<footer class=\"footer\"><div class=\"footer-inner\"><a>Village Help Center</a><div class=\"powered-by-zendesk\"><a>Powered by Zendesk</a></div></div></footer>"
    return page(TITLE + " – Village Help Center", head, body, foot)


def jira(cs):
    """Jira Server issue: the description is the article; activity comments 'Name added a comment - 30/Nov/26 3:15
    PM' with the text under it; a reply starts with a mention of the commenter it answers, shown as their name link
    (the mention is not the gold text). Flat."""
    out = []
    for c in cs:
        mention = ""
        if c["parent"] is not None:
            mention = "<a class=\"user-hover\" rel=\"%s\" href=\"/secure/ViewProfile.jspa?name=%s\">%s</a> " % (
                handle(c["parent"]), handle(c["parent"]), esc(c["parent"]["author"]))
        body = "".join("<p>%s%s</p>" % (mention if k == 0 else "", esc(p)) for k, p in enumerate(c["paras"]))
        out.append(("<div id=\"comment-%d\" class=\"issue-data-block activity-comment twixi-block expanded\"><div class=\"twixi-wrap verbose actionContainer\">"
                    "<div class=\"action-head\"><div class=\"action-details\"><a class=\"user-hover user-avatar\" rel=\"%s\" href=\"/secure/ViewProfile.jspa?name=%s\">"
                    "<span class=\"aui-avatar aui-avatar-xsmall\"><img src=\"/av/%d.png\" alt=\"\"></span>%s</a> added a comment - "
                    "<a href=\"?focusedCommentId=%d#comment-%d\" class=\"commentdate_%d_verbose subText\"><span class=\"date user-tz\" title=\"%s\">"
                    "<time class=\"livestamp\" datetime=\"%s\">%s</time></span></a></div></div>"
                    "<div class=\"action-body flooded\">%s</div></div></div>") % (
            81000 + c["i"], handle(c), handle(c), c["i"], esc(c["author"]), 81000 + c["i"], 81000 + c["i"], 81000 + c["i"],
            c["time"].strftime("%d/%b/%y %-I:%M %p"), c["time"].strftime("%Y-%m-%dT%H:%M:00+0000"),
            c["time"].strftime("%d/%b/%y %-I:%M %p"), body))
    body = ("<div id=\"issue-content\"><header id=\"stalker\" class=\"issue-header\"><ol class=\"aui-nav aui-nav-breadcrumbs\"><li><a>Allotments</a></li>"
            "<li><a id=\"key-val\">ALLOT-318</a></li></ol><h1 id=\"summary-val\">%s</h1>"
            "<div class=\"toolbar\"><a>Edit</a> <a>Comment</a> <a>Assign</a> <a>More</a> <a>Start Progress</a> <a>Resolve Issue</a></div></header>"
            "<div id=\"details-module\"><h4>Details</h4><ul class=\"property-list\"><li>Type: Task</li><li>Status: IN PROGRESS</li>"
            "<li>Priority: Major</li><li>Resolution: Unresolved</li><li>Labels: water</li></ul></div>"
            "<div id=\"descriptionmodule\"><h4>Description</h4><div class=\"user-content-block\">%s</div></div>"
            "<div id=\"activitymodule\"><h4>Activity</h4><ul class=\"tabs\"><li><a>All</a></li><li class=\"active\"><a>Comments</a></li>"
            "<li><a>Work Log</a></li><li><a>History</a></li></ul><div id=\"issue_actions_container\">%s</div></div>"
            "<div class=\"people\"><h4>People</h4><dl><dt>Assignee:</dt><dd>Treasurer</dd><dt>Reporter:</dt><dd>Ruth Allbright</dd></dl></div></div>") % (
        esc(TITLE), "".join("<p>%s</p>" % esc(p) for p in STORY), "".join(out))
    head = ("<header id=\"header\"><nav class=\"aui-header\"><a id=\"logo\">Village Jira</a> <a>Dashboards</a> <a>Projects</a> <a>Issues</a>"
            " <a>Boards</a> <a>Create</a> <a>Log In</a></nav></header>")
    foot = "<footer id=\"footer\"><p>Atlassian Jira Project Management Software (v9.4.2)</p><ul><li><a>About Jira</a></li><li><a>Report a problem</a></li></ul></footer>"
    return page("[ALLOT-318] " + TITLE + " - Village Jira", head, body, foot)


def gold_of(name, system, cs, forum, likes=True, relative=False, date_only=False, note=None, zero_shown=True):
    def when(c):
        if relative:
            return rel_gold(c["time"])
        if date_only:
            return c["time"].strftime("%Y-%m-%d")
        return c["time"].strftime("%Y-%m-%dT%H:%M")
    g = {"page": {"file": "pages/%s.html" % name}, "system": system, "site": system + ".example", "forum": forum,
         "heldOut": True,
         "comments": [{"id": c["id"], "parent": c["parent"]["id"] if c["parent"] else None,
                       "author": c["author"], "time": when(c),
                       "likes": c["likes"] if likes and (c["likes"] or zero_shown) else None,
                       "text": "\n\n".join(c["paras"])} for c in cs]}
    if relative:
        g["fetchedAt"] = NOW.strftime("%Y-%m-%dT%H:%M:00Z")
    if note:
        g["note"] = note
    return g


def main():
    os.makedirs(os.path.join(OUT, "pages"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "text"), exist_ok=True)

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

    cs = thread(14, max_depth=3, reply_rate=0.55)
    write("confluence", confluence(cs), gold_of("confluence", "confluence", cs, False, date_only=True, zero_shown=False,
          note="nested ol of comment threads (w3m numbers and indents each level); 'N people like this' is likes; day-only dates"))
    cs = flat(12, reply_rate=0.55, spread=(40, 600), likes=False)
    for c in cs:  # Trac shows user names
        c["author"] = handle(c)
    write("trac", trac(cs), gold_of("trac", "trac", cs, False, likes=False, relative=True,
          note="the description is the article; 'in reply to: ↑ N' and 'Replying to X:' name the parent; the citation is not text; relative times"))
    cs = flat(11, reply_rate=0.5, spread=(40, 700), likes=False)
    write("redmine", redmine(cs), gold_of("redmine", "redmine", cs, False, likes=False, relative=True,
          note="the description is the article; 'X wrote in #note-N:' and its blockquote name the parent and are not text; relative times"))
    ps = thread(12, max_depth=3, reply_rate=0.8, likes=False, spread=(30, 300))
    ps[0]["paras"] = STORY[:2]
    for c in ps[1:]:
        if c["parent"] is None:  # Moodle's nested view hangs every reply under the opening post
            c["parent"] = ps[0]
            c["depth"] = 1
            ps[0]["kids"].append(c)
    ps = [ps[0]] + [c for c in ps[1:]]
    order = []

    def walk(c):
        order.append(c)
        for k in c["kids"]:
            walk(k)
    walk(ps[0])
    for k, c in enumerate(order):
        c["id"] = "g%d" % k
        c["i"] = k
    write("moodle", moodle(order), gold_of("moodle", "moodle", order, True, likes=False,
          note="every post a comment (the opening post too); replies nest in div.indent (nothing in the dump); 'Show parent' links"))
    cs = thread(13, max_depth=3, reply_rate=0.55, spread=(20, 240))
    write("devto", devto(cs), gold_of("devto", "forem", cs, False, date_only=True,
          note="nested details elements (indent by CSS only); \"Nov 30 '26\" dates; 'N likes' is likes"))
    ps = flat(10, reply_rate=0.5, first_story=True)
    write("proboards", proboards(ps), gold_of("proboards", "proboards", ps, True, zero_shown=False,
          note="every post a comment; 'Quote from X on <date>' boxes name the parent and are not text; mini-profile cell beside the post"))
    ps = flat(9, reply_rate=0.6, first_story=True, likes=False, spread=(20, 300))
    write("googlegroups", googlegroups(ps), gold_of("googlegroups", "google-groups", ps, True, likes=False,
          note="every message a post; 'On <date> X <mail> wrote:' and the quoted lines name the parent and are not text"))
    cs = flat(11, reply_rate=0.5, spread=(30, 500))
    write("zendesk", zendesk(cs), gold_of("zendesk", "zendesk-community", cs, False,
          note="flat comments; a reply starts with an '@Name' mention of its parent's author (the mention is not text); vote sum is likes"))
    cs = flat(10, reply_rate=0.5, spread=(30, 500), likes=False)
    write("jira", jira(cs), gold_of("jira", "jira", cs, False, likes=False,
          note="flat comments; a reply starts with a mention (name link) of its parent's author (not text); 'dd/Mon/yy h:mm PM' dates"))


if __name__ == "__main__":
    main()
