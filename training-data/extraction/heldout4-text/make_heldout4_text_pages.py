#!/usr/bin/python3
"""Writes the FOURTH held-out round for the text-dump path (heldout4-text): comment and forum systems that none of
../threads, ../heldout, ../heldout2, ../heldout3 or ../heldout3-text covers, each showing its reply structure the
way the system shows it, chosen for the cues a `w3m -dump` keeps or loses:
Bugzilla ("(In reply to X from comment #N)" and "> " quoted lines, flat), Askbot (Q&A: the answer's user card and
a comment's author AFTER the text), Tildes (nested ol: w3m numbers every level), Mbin/kbin (every comment a sibling
blockquote, depth only in a CSS class), Nitter (a Twitter thread: "Replying to @x" lines, reply chains), a
Guardian-like news CMS (one level of nesting, deeper replies flattened with "in reply to X"), vBulletin 5
("Originally posted by X" quote boxes, user box first), UBB.threads flat mode ("Re: subject [Re: X]" lines, user
cell beside the post), Jive ("Name Date (in response to X)" under a "Re:" title).

Written and measured BEFORE any text rule was changed for them (README.md). Other topic, names and sentences than
the earlier rounds. Fixed seed: the same pages every run.
Usage: make_heldout4_text_pages.py [OUT_DIR]"""
import datetime as dt
import html
import json
import os
import random
import subprocess
import sys
import textwrap

R = random.Random(20261208)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

SUBJECTS = ["the winter ferry timetable", "the harbour wall repairs", "the new slipway charges", "the fish market lease",
            "the lifeboat station appeal", "the coastal path diversion", "the mooring fees", "the car park by the quay",
            "the beach hut auction", "the dredging contract", "the sea swimming ban", "the ferry ticket machines",
            "the lighthouse museum plan", "the cliff fencing", "the harbour master's report", "the cruise ship visits"]
VIEWS = ["was agreed behind closed doors", "leaves the island without a morning crossing",
         "will cost the fishermen more than it saves", "makes sense if the tides allow it",
         "has been put off for three winters now", "hits the weekday commuters hardest",
         "needs a second look before the spring", "is long overdue and welcome", "forgets the people who live here all year",
         "could be fixed with one extra sailing", "ignores the harbour users' survey", "was never going to be cheap"]
ASIDES = ["My brother skippers the seven o'clock boat.", "The consultation closed before half term.",
          "I raised it at the parish meeting in October.", "The harbour accounts tell a different story.",
          "They tried a winter timetable in 2019 and dropped it.", "Nobody on the board lives on the island.",
          "Read the tide tables for January.", "We cross twice a day for school.",
          "The trial at Porthbray worked well enough.", "I would love to be proved wrong.",
          "Ask the cafe owners how August went.", "The numbers on the notice board do not add up."]
STARTS = ["Honestly", "As someone born on the island", "In fairness", "Maybe I have missed something, but",
          "Speaking as a deckhand", "From where I stand", "Having used it for years", "On behalf of the moorings group",
          "Put simply", "Just to note", "Curiously", "Unfortunately"]
NAMES = ["Morwenna Tregear", "saltwater_sam", "Idris Pugh", "Lena Hofstad", "quayside", "Caspar", "Yusuf Demir",
         "tidewatcher", "Aoife Brennan", "crabpot", "Niamh", "old_harbourmaster", "Benedikt R.", "gullwing",
         "Perpetua Vane", "ferryfan88", "Teodora Ilic", "lugger", "Hamish", "Rosa Quintero"]
NOW = dt.datetime(2026, 12, 1, 18, 40)
START = dt.datetime(2026, 11, 25, 7, 50)


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
    return out


def forum_posts(n, quote_rate=0.4, start=START):
    """A flat forum thread in time order: each post after the first replies to (quotes) an earlier one or none."""
    posts = []
    t = start
    for i in range(n):
        t = t + dt.timedelta(minutes=R.randint(30, 400))
        c = {"i": i, "id": "g%d" % i, "author": R.choice(NAMES), "time": t, "likes": R.randint(0, 25),
             "paras": [para() for _ in range(R.choice([1, 2, 2, 3]))], "kids": [], "parent": None, "depth": 0}
        if i >= 2 and R.random() < quote_rate:
            c["parent"] = R.choice(posts[max(1, i - 4):i])
        posts.append(c)
    posts[0]["paras"] = STORY[:2]
    return posts


STORY = ["The harbour board has confirmed that the winter ferry timetable will drop the 06:40 crossing from the "
         "island from January, leaving the 08:15 as the first boat of the day for four months.",
         "The board said fuel costs and a shortage of licensed crew left it no choice. Islanders were told in a "
         "letter pinned to the ticket office door on Monday.",
         "The island school has asked for the early sailing to run at least on weekdays during term, when "
         "forty pupils cross for the secondary school in Porthbray.",
         "The board will hear the request at its open meeting on 11 December."]


def ago(t, now=NOW, short=False):
    m = int((now - t).total_seconds() // 60)
    if m < 60:
        return "%dm ago" % m if short else "%d minutes ago" % m
    if m < 60 * 24:
        h = m // 60
        return "%dh ago" % h if short else "%d hour%s ago" % (h, "" if h == 1 else "s")
    d = m // (60 * 24)
    return "%dd ago" % d if short else "%d day%s ago" % (d, "" if d == 1 else "s")


def rel_gold(t, now=NOW):
    m = int((now - t).total_seconds() // 60)
    if m < 60:
        return (now - dt.timedelta(minutes=m)).strftime("%Y-%m-%dT%H:%M")
    if m < 60 * 24:
        return (now - dt.timedelta(hours=m // 60)).strftime("%Y-%m-%d")
    return (now.date() - dt.timedelta(days=m // (60 * 24))).isoformat()


def chrome(title, body):
    """A whole news page: cookie bar, navigation, an ad slot, a most-read rail and a footer around the body."""
    most = "".join("<li><a href=\"/news/%d\">%s</a></li>" % (700 + k, esc(s[0].upper() + s[1:] + ": the latest"))
                   for k, s in enumerate(R.sample(SUBJECTS, 5)))
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title></head><body>"
            "<div class=\"consent\"><p>We use cookies to run this site and to measure it.</p><button>Accept</button>"
            " <button>Settings</button></div>"
            "<header><a class=\"logo\" href=\"/\">The Harbour Herald</a><nav><ul><li><a href=\"/\">Home</a></li>"
            "<li><a href=\"/news\">News</a></li><li><a href=\"/island\">Island</a></li><li><a href=\"/sport\">Sport</a></li>"
            "<li><a href=\"/tides\">Tides</a></li><li><a href=\"/letters\">Letters</a></li></ul></nav></header>"
            "<div class=\"ad\"><small>Advertisement</small></div>"
            "<div class=\"wrap\"><main>%s</main><aside><h3>Most read</h3><ol>%s</ol>"
            "<div class=\"newsletter\"><h3>The Herald in your inbox</h3><p>Harbour and island news every morning.</p>"
            "<form><input type=\"email\"><button>Subscribe</button></form></div></aside></div>"
            "<footer><ul><li><a href=\"/contact\">Contact</a></li><li><a href=\"/terms\">Terms of use</a></li>"
            "<li><a href=\"/privacy\">Privacy</a></li></ul><p>&copy; 2026 Harbour Herald Media.</p></footer>"
            "</body></html>") % (esc(title), body, most)


def story(title="Island loses its early ferry as winter timetable drops the 06:40"):
    return ("<article class=\"story\"><h1>%s</h1><p class=\"byline\">By <a href=\"/staff/kerensa-hall\">Kerensa Hall</a>, "
            "harbour reporter &middot; <time datetime=\"2026-11-25T07:00\">25 November 2026</time></p>"
            "<div class=\"body\">%s</div><div class=\"share\"><a>Share</a> <a>Email</a></div></article>") % (
        esc(title), "".join("<p>%s</p>" % esc(p) for p in STORY))


def paras(c, tag="p"):
    return "".join("<%s>%s</%s>" % (tag, esc(p), tag) for p in c["paras"])


def kids(c):
    return c["kids"]


def handle(c):
    return c["author"].replace(" ", "_").replace(".", "").lower()

# ---------------------------------------------------------------- systems


def bugzilla(posts):
    """Bugzilla 5 show_bug.cgi: 'Description' then 'Comment N' heads (name link, UTC date), each comment a <pre>
    wrapped at 80 columns; a reply made with the reply link starts '(In reply to X from comment #N)' and the
    quoted lines '> …' of the comment it answers. Every comment a post; parent = the comment replied to."""
    out = []
    for c in posts:
        text = ""
        if c["parent"] is not None:
            p = c["parent"]
            text += "(In reply to %s from <a href=\"show_bug.cgi?id=58213#c%d\">comment #%d</a>)\n" % (
                esc(p["author"]), p["i"], p["i"])
            text += "\n".join("&gt; " + esc(line) for line in textwrap.wrap(p["paras"][0], 76)) + "\n\n"
        text += "\n\n".join("\n".join(esc(line) for line in textwrap.wrap(q, 80)) for q in c["paras"])
        num = ("<a href=\"show_bug.cgi?id=58213#c0\">Description</a>" if c["i"] == 0 else
               "<a href=\"show_bug.cgi?id=58213#c%d\">Comment %d</a>" % (c["i"], c["i"]))
        out.append(("<div id=\"c%d\" class=\"bz_comment%s\"><div class=\"bz_%scomment_head\">"
                    "<span class=\"bz_comment_actions\">[<a class=\"bz_reply_link\" href=\"#add_comment\">reply</a>] "
                    "[<a href=\"#\" class=\"bz_collapse_comment\">&minus;</a>]</span>"
                    "<span class=\"bz_comment_number\">%s</span> <span class=\"bz_comment_user\"><span class=\"vcard\">"
                    "<a class=\"email\" href=\"mailto:u%d@harbour.example\" title=\"%s &lt;u%d@harbour.example&gt;\">"
                    "<span class=\"fn\">%s</span></a></span></span> <span class=\"bz_comment_user_images\"></span>"
                    " <span class=\"bz_comment_time\">%s</span></div><pre class=\"bz_comment_text\" id=\"comment_text_%d\">%s</pre></div>") % (
            c["i"], " bz_first_comment" if c["i"] == 0 else "", "first_" if c["i"] == 0 else "", num, c["i"],
            esc(c["author"]), c["i"], esc(c["author"]), c["time"].strftime("%Y-%m-%d %H:%M:%S UTC"), c["i"], text))
    body = ("<div id=\"bugzilla-body\"><div class=\"bz_alias_short_desc_container\"><a href=\"show_bug.cgi?id=58213\"><b>Bug&nbsp;58213</b></a>"
            " - <span id=\"short_desc_nonedit_display\">Winter timetable drops the 06:40 island crossing</span></div>"
            "<table class=\"edit_form\"><tr><th>Status:</th><td>CONFIRMED</td></tr><tr><th>Product:</th><td>Ferry services</td></tr>"
            "<tr><th>Component:</th><td>Timetables</td></tr><tr><th>Importance:</th><td>P2 normal</td></tr>"
            "<tr><th>Assignee:</th><td>Timetable team</td></tr><tr><th>Reported:</th><td>2026-11-25 by %s</td></tr></table>"
            "<table class=\"bz_comment_table\"><tr><td>%s</td></tr></table>"
            "<div id=\"add_comment\"><b>Note</b>: You need to <a>log in</a> before you can comment on or make changes to this bug.</div></div>") % (
        esc(posts[0]["author"]), "".join(out))
    return ("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>58213 &ndash; Winter timetable drops the 06:40 island crossing</title></head>"
            "<body><div id=\"header\"><div id=\"banner\"></div><div id=\"titles\"><span id=\"title\">Harbour Bugzilla &ndash; Bug 58213</span>"
            " <span id=\"subtitle\">Winter timetable drops the 06:40 island crossing</span></div>"
            "<ul class=\"links\"><li><a href=\"./\">Home</a></li><li><a href=\"enter_bug.cgi\">New</a></li><li><a>Browse</a></li>"
            "<li><a>Search</a></li><li><a>Reports</a></li><li><a>Log In</a></li></ul></div>%s"
            "<div id=\"footer\"><div class=\"intro\"></div><ul id=\"useful-links\"><li><a>Format For Printing</a></li><li><a>XML</a></li>"
            "<li><a>Clone This Bug</a></li><li><a>Top of page</a></li></ul></div></body></html>") % body


def askbot(cs):
    """Askbot Q&A: the question is the article; answers (vote count, text, then 'answered Nov 27 '26' and the user
    card AFTER the text) are top level; comments under an answer are its replies, each 'text name (date)' with a
    comment vote count before it. Times are day-only."""
    def comment(c):
        return ("<div class=\"comment\" id=\"comment-%d\"><div class=\"comment-votes\"><div class=\"upvote\">%s</div></div>"
                "<div class=\"comment-body\"><p>%s</p> <a class=\"author\" href=\"/users/%d/%s/\">%s</a>"
                " <span class=\"age\">(<abbr class=\"timeago\" title=\"%s\">%s</abbr>)</span>"
                " <a class=\"edit\">edit</a></div></div>") % (
            c["i"], c["likes"] or "", esc(" ".join(c["paras"])), c["i"], handle(c), esc(c["author"]),
            c["time"].strftime("%Y-%m-%d %H:%M:%S +0000"), c["time"].strftime("%b %-d '%y"))
    out = []
    for c in cs:
        if c["parent"] is not None:
            continue
        coms = [k for k in cs if k["parent"] is c]
        out.append(("<div class=\"post answer\" id=\"post-id-%d\"><table class=\"answer-table\"><tr><td class=\"vote-buttons\">"
                    "<div class=\"answer-img-upvote post-vote\" title=\"current number of votes\"></div>"
                    "<div class=\"vote-number\" id=\"answer-vote-number-%d\" title=\"current number of votes\">%d</div>"
                    "<div class=\"answer-img-downvote post-vote\"></div></td><td class=\"answer-content\">"
                    "<div class=\"post-body\">%s</div><div class=\"post-update-info-container\"><div class=\"post-update-info\">"
                    "<p class=\"tip\">answered <abbr class=\"timeago\" title=\"%s\">%s</abbr></p><img class=\"gravatar\" width=\"32\" height=\"32\" src=\"/g/%d.png\" alt=\"%s gravatar image\">"
                    "<a href=\"/users/%d/%s/\">%s</a><br><span class=\"reputation-score\" title=\"karma\">%s</span> "
                    "<span class=\"badge1\">&#9679;</span><span class=\"badgecount\">%d</span></div></div>"
                    "<div class=\"post-controls\"><a>link</a> <a>flag offensive</a> <a>delete</a> <a>edit</a></div>"
                    "<div class=\"comments\" id=\"comments-for-answer-%d\">%s<div class=\"controls\"><a class=\"add-comment\">add a comment</a></div></div>"
                    "</td></tr></table></div>") % (
            c["i"], c["i"], c["likes"], paras(c), c["time"].strftime("%Y-%m-%d %H:%M:%S +0000"),
            c["time"].strftime("%b %-d '%y"), c["i"], esc(c["author"]), c["i"], handle(c), esc(c["author"]),
            "{:,}".format(R.randint(1, 9000)), R.randint(1, 30), c["i"], "".join(comment(k) for k in coms)))
    n_ans = len([c for c in cs if c["parent"] is None])
    body = ("<div id=\"question-table\" class=\"post question\"><h1><a href=\"/question/812/\">Why was the 06:40 island ferry dropped from the winter timetable?</a></h1>"
            "<div class=\"vote-number\">14</div><div class=\"post-body\"><p>%s</p><p>%s</p></div>"
            "<ul class=\"post-tags\"><li><a>ferry</a></li><li><a>timetable</a></li><li><a>island</a></li></ul>"
            "<div class=\"post-update-info\"><p class=\"tip\">asked <abbr class=\"timeago\">Nov 25 '26</abbr></p><a>harbour_clerk</a><br><span class=\"reputation-score\">312</span></div>"
            "<div class=\"controls\"><a class=\"add-comment\">add a comment</a></div></div>"
            "<div class=\"tabBar\"><h2>%d Answers</h2><div class=\"tabsA\"><span class=\"label\">Sort by &raquo;</span> <a>oldest</a> <a>newest</a> <a class=\"on\">most voted</a></div></div>"
            "%s<div id=\"answer-form\"><h2>Your Answer</h2><p>Please start posting anonymously - your entry will be published after you log in or create a new account.</p>"
            "<textarea></textarea><input type=\"submit\" value=\"Post your answer\"></div>") % (
        esc(STORY[0]), esc(STORY[1]), n_ans, "".join(out))
    side = ("<div id=\"ContentRight\"><div class=\"box\"><h2>Question tools</h2><p>1 follower</p><a>subscribe to rss feed</a></div>"
            "<div class=\"box statsWidget\"><h2>Stats</h2><p>Asked: <strong>Nov 25 '26</strong></p><p>Seen: <strong>412 times</strong></p></div></div>")
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Why was the 06:40 island ferry dropped from the winter timetable? - Harbour Q&amp;A</title></head>"
            "<body><div id=\"header\"><a id=\"logo\">Harbour Q&amp;A</a> <a>questions</a> <a>tags</a> <a>users</a> <a>badges</a> <a>ask a question</a>"
            " <a>login</a></div><div id=\"ContentLeft\">%s</div>%s<div id=\"ground\">Powered by Askbot version 0.11.1 | Please note: content is under CC-BY-SA 4.0.</div></body></html>") % (body, side)


def tildes(cs):
    """Tildes: ol.comment-tree of article.comment, replies in a nested ol (w3m numbers every level), the user link and
    a short relative time ('5h ago') in the header, 'Vote (n)' and other buttons in a menu under the text."""
    def one(c, k):
        sub = ("<ol class=\"comment-tree comment-tree-replies\">%s</ol>" % "".join(one(x, j) for j, x in enumerate(kids(c)))
               if kids(c) else "")
        return ("<li class=\"comment-tree-item\"><article id=\"comment-%s\" class=\"comment\" data-comment-depth=\"%d\">"
                "<header class=\"comment-header\"><div class=\"comment-nav-buttons\"><a class=\"btn\">&#8593;</a></div>"
                "<a class=\"link-user\" href=\"/user/%s\">%s</a> <a class=\"comment-nav-link\" href=\"#comment-%s\">"
                "<time class=\"comment-posted-time\" datetime=\"%s\" title=\"%s\">%s</time></a></header>"
                "<div class=\"comment-itself\"><div class=\"comment-text\">%s</div><menu class=\"btn-post\">"
                "<li><button class=\"btn-post-action\" name=\"vote\">Vote (%d)</button></li><li><button class=\"btn-post-action\">Reply</button></li>"
                "<li><button class=\"btn-post-action\">Bookmark</button></li><li><button class=\"btn-post-action\">Label</button></li></menu></div>"
                "%s</article></li>") % (
            "%x" % (9000 + c["i"]), c["depth"], handle(c), handle(c), "%x" % (9000 + c["i"]),
            c["time"].strftime("%Y-%m-%dT%H:%M:00Z"), c["time"].strftime("%b %d, %Y at %H:%M:00 UTC"),
            ago(c["time"], short=True), paras(c), c["likes"], sub)
    roots = [c for c in cs if c["parent"] is None]
    body = ("<article class=\"topic-full\"><header><h1>Island loses its early ferry as winter timetable drops the 06:40</h1>"
            "<div class=\"topic-full-byline\">Posted by <a class=\"link-user\">islandgirl</a> in <a>~news</a></div></header>"
            "<div class=\"topic-full-link\"><a href=\"https://herald.example/ferry\">herald.example/ferry</a></div>"
            "<div class=\"topic-full-tags\"><a>transport</a>, <a>uk</a></div></article>"
            "<section class=\"topic-comments\"><header><h2>%d comments</h2><form><label>Comments sorted by</label>"
            "<select><option>relative activity</option><option>votes</option></select></form></header>"
            "<ol id=\"comments\" class=\"comment-tree\">%s</ol></section>") % (len(cs), "".join(one(c, k) for k, c in enumerate(roots)))
    side = ("<aside id=\"sidebar\"><h3>~news</h3><p>Posted in ~news. 6 votes. 2 bookmarks.</p><a>Back to ~news</a></aside>")
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Island loses its early ferry as winter timetable drops the 06:40 - ~news - Tildes</title></head>"
            "<body><header id=\"site-header\"><a class=\"site-header-logo\">Tildes</a> <a>~news</a> <a>Log in</a></header>"
            "<main>%s</main>%s<footer id=\"site-footer\"><a>Docs</a> <a>Contact</a> <a>Source code</a> <a>Privacy policy</a> <a>Terms of use</a></footer></body></html>") % (body, side)


def mbin(cs):
    """Mbin (kbin): every comment a sibling blockquote.entry-comment; depth only in the class comment-level--N
    (CSS margin, nothing in text); 'user@instance, 3 hours ago' header; favourite count before the up arrow;
    'reply · boost (n) · more' footer."""
    out = []
    for c in cs:
        out.append(("<blockquote class=\"section comment entry-comment subject comment-level--%d\" id=\"entry-comment-%d\" "
                    "data-controller=\"comment subject mentions\" data-subject-parent-value=\"%s\">"
                    "<header><a class=\"user-inline\" href=\"/u/%s\" title=\"%s\">%s</a>, "
                    "<time class=\"timeago\" title=\"%s\" datetime=\"%s\">%s</time></header>"
                    "<figure><img class=\"avatar\" width=\"40\" height=\"40\" src=\"/m/%d.png\" alt=\"%s avatar\"></figure>"
                    "<div class=\"content\">%s</div><aside class=\"vote\"><form><button title=\"Favourite\">%d <span>&#9650;</span></button></form>"
                    "<form><button title=\"Reduce\">0 <span>&#9660;</span></button></form></aside>"
                    "<footer><menu><li><a class=\"stretched-link\" href=\"#reply-%d\">reply</a></li><li><button>boost</button></li>"
                    "<li><a>more</a></li></menu></footer></blockquote>") % (
            min(c["depth"] + 1, 10), 8000 + c["i"], "" if c["parent"] is None else str(8000 + c["parent"]["i"]),
            esc(c["author"]), esc(c["author"]), esc(c["author"]), c["time"].strftime("%Y-%m-%d %H:%M:%S +00:00"),
            c["time"].strftime("%Y-%m-%dT%H:%M:%S+00:00"), ago(c["time"]), c["i"], esc(c["author"]), paras(c), c["likes"], c["i"]))
    body = ("<article class=\"section entry\"><header><h1><a href=\"https://herald.example/ferry\">Island loses its early ferry as winter timetable drops the 06:40</a>"
            " <span class=\"preview\">(herald.example)</span></h1></header><aside class=\"meta entry__meta\">added <time>6 days ago</time> by "
            "<a class=\"user-inline\">islander@mbin.example</a> to <a>m/coastal</a></aside>"
            "<footer><menu><li><a>%d comments</a></li><li><button>boost (4)</button></li><li><a>more</a></li></menu></footer></article>"
            "<div class=\"section comment-add\"><h3>Add comment</h3><textarea></textarea><button>Add comment</button></div>"
            "<div class=\"options\"><menu><li><a>hot</a></li><li><a>newest</a></li><li><a>active</a></li><li><a>oldest</a></li></menu>"
            "<menu><li><a>tree</a></li><li><a>chat</a></li></menu></div>"
            "<div id=\"comments\" class=\"comments entry-comments comments-tree\">%s</div>") % (len(cs), "".join(out))
    side = ("<aside id=\"sidebar\"><section class=\"magazine section\"><h3>Magazine</h3><p>m/coastal</p><p>Coastal towns and islands: news and chat.</p>"
            "<p>Subscribers 1.3K</p><p>Threads 412</p><button>Subscribe</button></section></aside>")
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Island loses its early ferry as winter timetable drops the 06:40 - coastal - mbin.example</title></head>"
            "<body><header id=\"header\"><a class=\"brand\">mbin.example</a> <a>Threads</a> <a>Microblog</a> <a>People</a> <a>Magazines</a> <a>Log in</a></header>"
            "<main id=\"main\">%s</main>%s<footer>Powered by mbin</footer></body></html>") % (body, side)


def nitter(cs):
    """Nitter (a Twitter thread): the main tweet is the article; each div.reply.thread is a chain, its first tweet
    replying to the main tweet, each later one to the one above; every reply prints 'Replying to @a @b'; header
    'Full Name @handle · 5h'; stats row with the like count last. Flat: no indentation."""
    main_author = ("Harbour Herald", "harbourherald")

    def tweet(c, cls):
        if c["parent"] is None:
            rt = "<a href=\"/%s\">@%s</a>" % (main_author[1], main_author[1])
        else:
            rt = "<a href=\"/%s\">@%s</a> <a href=\"/%s\">@%s</a>" % (handle(c["parent"]), handle(c["parent"]), main_author[1], main_author[1])
        return ("<div class=\"timeline-item %s\"><a class=\"tweet-link\" href=\"/%s/status/%d#m\"></a><div class=\"tweet-body\"><div>"
                "<div class=\"tweet-header\"><a class=\"tweet-avatar\" href=\"/%s\"><img class=\"avatar round\" src=\"/pic/%d.jpg\" alt=\"\"></a>"
                "<div class=\"tweet-name-row\"><div class=\"fullname-and-username\"><a class=\"fullname\" href=\"/%s\" title=\"%s\">%s</a>"
                "<a class=\"username\" href=\"/%s\" title=\"@%s\">@%s</a></div><span class=\"tweet-date\"><a href=\"/%s/status/%d#m\" title=\"%s\">%s</a></span></div></div></div>"
                "<div class=\"replying-to\">Replying to %s</div><div class=\"tweet-content media-body\" dir=\"auto\">%s</div>"
                "<div class=\"tweet-stats\"><span class=\"tweet-stat\"><div class=\"icon-container\"><span class=\"icon-comment\" title=\"\"></span> %d</div></span>"
                "<span class=\"tweet-stat\"><div class=\"icon-container\"><span class=\"icon-retweet\" title=\"\"></span> %d</div></span>"
                "<span class=\"tweet-stat\"><div class=\"icon-container\"><span class=\"icon-heart\" title=\"\"></span> %d</div></span></div></div></div>") % (
            cls, handle(c), 1861000 + c["i"], handle(c), c["i"], handle(c), esc(c["author"]), esc(c["author"]), handle(c), handle(c),
            handle(c), handle(c), 1861000 + c["i"], c["time"].strftime("%b %-d, %Y · %-I:%M %p UTC"), ago(c["time"], short=True).replace(" ago", ""),
            rt, esc(" ".join(c["paras"])), len(kids(c)), R.randint(0, 6), c["likes"])
    chains = []
    for c in cs:
        if c["parent"] is None:
            chains.append([c])
        else:
            chains[-1].append(c)
    out = []
    for ch in chains:
        out.append("<div class=\"reply thread thread-line\">%s</div>" % "".join(
            tweet(c, "thread-last" if k == len(ch) - 1 else "thread") for k, c in enumerate(ch)))
    body = ("<div class=\"conversation\"><div class=\"main-thread\"><div class=\"timeline-item thread-last\"><div class=\"tweet-body\">"
            "<div class=\"tweet-header\"><a class=\"fullname\" title=\"Harbour Herald\">Harbour Herald</a> <a class=\"username\">@harbourherald</a></div>"
            "<div class=\"tweet-content media-body\">Island loses its early ferry: the winter timetable drops the 06:40 crossing from January. "
            "Full story: herald.example/ferry</div><p class=\"tweet-published\">Nov 25, 2026 &middot; 7:05 AM UTC</p>"
            "<div class=\"tweet-stats\"><span class=\"tweet-stat\">%d</span> <span class=\"tweet-stat\">58</span> <span class=\"tweet-stat\">203</span></div></div></div></div>"
            "<div id=\"r\" class=\"replies\">%s<div class=\"show-more\"><a href=\"?cursor=x\">Load more</a></div></div></div>") % (
        len([c for c in cs if c["parent"] is None]), "".join(out))
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Harbour Herald (@harbourherald): \"Island loses its early ferry\" | nitter</title></head>"
            "<body><nav><div class=\"inner-nav\"><a class=\"site-name\" href=\"/\">nitter</a> <a>search</a> <a>RSS</a> <a>settings</a></div></nav>"
            "<div class=\"container\">%s</div></body></html>") % body


def guardian(cs):
    """A Guardian-like news CMS: ul.d-thread of li.d-comment; responses one level deep only (deeper replies are shown
    among their thread's responses, after their parent), every response carrying 'in reply to X' (hidden label and
    the parent's name, a link to it) beside the author; recommend count; 'Reply Share Report'."""
    def top_of(c):
        while c["parent"] is not None:
            c = c["parent"]
        return c

    def one(c, response):
        rep = ""
        if response:
            rep = ("<div class=\"d-comment__reply-to-author\"><a href=\"#comment-%d\" class=\"js-discussion-author-link\">"
                   "<span class=\"inline-in-reply\"></span><span class=\"u-h\">in reply to</span> %s</a></div>") % (
                5000 + c["parent"]["i"], esc(c["parent"]["author"]))
        return ("<li class=\"d-comment\" id=\"comment-%d\" itemscope itemtype=\"http://schema.org/Comment\"><div class=\"d-comment__inner\">"
                "<div class=\"d-comment__meta\"><div class=\"d-comment__author\" itemprop=\"author\"><img class=\"d-comment__avatar\" src=\"/av/%d.jpg\" alt=\"\">"
                "<a href=\"/discussion/user/id/%d\"><span itemprop=\"name\">%s</span></a></div>%s"
                "<div class=\"d-comment__timestamp\"><a href=\"#comment-%d\"><time itemprop=\"dateCreated\" datetime=\"%s\">%s</time></a></div></div>"
                "<div class=\"d-comment__main\"><div class=\"d-comment__body\" itemprop=\"text\">%s</div>"
                "<div class=\"d-comment__actions\"><div class=\"d-comment__recommend\"><button class=\"d-comment__recommend-button\">"
                "<span class=\"u-h\">Recommend</span></button><span class=\"d-comment__recommend-count--old\">%d</span></div>"
                " <button class=\"d-comment__action\">Reply</button> <a class=\"d-comment__action\">Share</a> <a class=\"d-comment__action\">Report</a></div></div></div>") % (
            5000 + c["i"], c["i"], c["i"], esc(c["author"]), rep, 5000 + c["i"], c["time"].strftime("%Y-%m-%dT%H:%M:00Z"),
            c["time"].strftime("%-d %b %Y %-H.%M"), paras(c), c["likes"])
    out = []
    for c in cs:
        if c["parent"] is not None:
            continue
        resp = [x for x in cs if x["parent"] is not None and top_of(x) is c]
        sub = ("<ul class=\"d-thread d-thread--responses\">%s</ul>" % "".join(one(x, True) + "</li>" for x in resp)) if resp else ""
        out.append(one(c, False) + sub + "</li>")
    body = story() + ("<div class=\"discussion\" id=\"comments\"><div class=\"discussion__heading\"><h2>comments (%d)</h2></div>"
                      "<p class=\"discussion__info\">Sign in or create your Herald account to join the discussion.</p>"
                      "<div class=\"discussion__toolbar\"><span>Sort by</span> <select><option>Oldest</option><option>Newest</option><option>Recommendations</option></select>"
                      " <span>Per page</span> <select><option>50</option></select></div>"
                      "<ul class=\"d-thread d-thread--comments\">%s</ul><a class=\"discussion__show-more\">View more comments</a></div>") % (len(cs), "".join(out))
    return chrome("Island loses its early ferry as winter timetable drops the 06:40 | The Harbour Herald", body)


def vbulletin5(posts):
    """vBulletin 5: li.b-post with the user box first (name, rank, join date, post count), then date and '#N',
    the text; a reply made with Quote opens with 'Originally posted by X View Post' and the quoted text (not the
    post's own text); 'Likes n' in the footer. Every post a comment."""
    out = []
    for c in posts:
        quote = ""
        if c["parent"] is not None:
            p = c["parent"]
            quote = ("<div class=\"bbcode_container\"><div class=\"bbcode_quote\"><div class=\"quote_container\">"
                     "<div class=\"bbcode_quote_container b-icon b-icon__ldquo-l--gray\"></div><div class=\"bbcode_postedby\">"
                     "Originally posted by <strong>%s</strong> <a href=\"#post%d\" rel=\"nofollow\"><span class=\"b-icon\" title=\"View Post\">View Post</span></a></div>"
                     "<div class=\"message\">%s</div></div></div></div>") % (esc(p["author"]), 3300 + p["i"], esc(p["paras"][0]))
        out.append(("<li class=\"b-post js-post js-comment-entry__parent b-post--first h-restore--on-preview\" data-node-id=\"%d\" id=\"post%d\">"
                    "<div class=\"b-post__grid\"><div class=\"b-post__arrow\"></div><div class=\"b-userinfo\">"
                    "<div class=\"b-avatar b-avatar--m\"><img src=\"/core/image.php?userid=%d\" alt=\"%s\"></div>"
                    "<div class=\"author h-text-size--14\"><strong><a href=\"/member/%d-%s\" class=\"username\">%s</a></strong></div>"
                    "<div class=\"b-userinfo__rank\">%s</div><div class=\"b-userinfo__details\"><ul class=\"b-userinfo__additional-info-block\">"
                    "<li class=\"b-userinfo__additional-info\"><label>Join Date:</label> <span>%s</span></li>"
                    "<li class=\"b-userinfo__additional-info\"><label>Posts:</label> <span>%s</span></li></ul></div></div>"
                    "<div class=\"b-post__body\"><div class=\"b-post__content js-post__content\"><hr class=\"b-divider--section\">"
                    "<div class=\"b-media\"><div class=\"b-post__timestamp\"><time itemprop=\"dateCreated\" datetime=\"%s\">%s</time></div>"
                    "<div class=\"b-post__count\"><a href=\"#post%d\">#%d</a></div></div>"
                    "<div class=\"js-post__content-wrapper\"><div class=\"js-post__content-text restore h-wordwrap\" itemprop=\"text\">%s%s</div></div></div>"
                    "<div class=\"b-post__footer h-hide--on-preview\"><ul class=\"h-left\"><li><a class=\"b-post-control\">Like</a> "
                    "<span class=\"votecount\">%d</span></li></ul><ul class=\"h-right\"><li><a>Quote</a></li><li><a>Reply</a></li><li><a>Report</a></li></ul></div></div></div></li>") % (
            3300 + c["i"], 3300 + c["i"], c["i"], esc(c["author"]), c["i"], handle(c), esc(c["author"]),
            R.choice(["Junior Member", "Senior Member", "Member", "Moderator"]), R.choice(["Mar 2019", "Jan 2024", "Aug 2011", "May 2022"]),
            "{:,}".format(R.randint(2, 5000)), c["time"].strftime("%Y-%m-%dT%H:%M:00"), c["time"].strftime("%b %d, %Y, %I:%M %p"),
            3300 + c["i"], c["i"] + 1, quote, "".join("%s<br><br>" % esc(p) for p in c["paras"])[:-8], c["likes"]))
    body = ("<div class=\"b-breadcrumbs\"><a>Forum</a> &rsaquo; <a>Island life</a> &rsaquo; <a>Ferries and transport</a></div>"
            "<div class=\"b-topic-header\"><h1 class=\"main-title js-main-title\">Winter timetable drops the 06:40</h1></div>"
            "<div class=\"conversation-toolbar\"><a>Reply</a> <a>Subscribe</a> <span>Collapse</span></div>"
            "<ul class=\"conversation-list list-container h-clearfix thread-view\">%s</ul>"
            "<div class=\"pagenav\"><span>Page 1 of 1</span></div><div class=\"b-quick-reply\"><h3>Quick Reply</h3><textarea></textarea><button>Post Reply</button></div>") % "".join(out)
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Winter timetable drops the 06:40 - Island Forums</title></head>"
            "<body><div id=\"header\"><a class=\"site-logo\">Island Forums</a><ul class=\"main-nav\"><li><a>Home</a></li><li><a>Forums</a></li>"
            "<li><a>Blogs</a></li><li><a>What's New?</a></li></ul><a>Log in</a> <a>Sign Up</a></div><div id=\"content\">%s</div>"
            "<div id=\"footer\"><a>Contact Us</a> <a>Help</a> <a>Go to top</a><p>Powered by vBulletin&reg; Version 5.7.5</p><p>All times are GMT. This page was generated 2 minutes ago.</p></div></body></html>") % body


def ubbthreads(posts):
    """UBB.threads 7 flat mode: one table per post: subject row 'Re: subject [Re: X]' naming the post replied to, a
    '#post - date' link on the right; the user cell (name, title, registered, posts, location) beside the text;
    'Top Reply Quote' row. Every post a comment."""
    out = []
    for c in posts:
        re_ = ""
        if c["parent"] is not None:
            re_ = " [<a href=\"#Post%d\">Re: %s</a>]" % (47100 + c["parent"]["i"], esc(c["parent"]["author"]))
        out.append(("<table width=\"100%%\" class=\"t_inner\" cellpadding=\"0\" cellspacing=\"1\"><tr><td class=\"subjecttable\" colspan=\"2\">"
                    "<div class=\"fblock\"><a name=\"Post%d\"></a><span id=\"subject%d\"><b>%sWinter timetable drops the 06:40</b></span>%s</div>"
                    "<div class=\"iconlink\"><a href=\"#Post%d\">#%d</a> - %s</div></td></tr>"
                    "<tr><td class=\"author-content alt-1\" valign=\"top\" width=\"120\" rowspan=\"2\"><a href=\"/ubbthreads.php/users/%d\"><span class=\"username\">%s</span></a>"
                    "<br><span class=\"small\">%s</span><br><img src=\"/avatars/%d.jpg\" alt=\"\" width=\"48\"><br><span class=\"small\">Registered: %s<br>Posts: %d<br>Loc: %s</span></td>"
                    "<td class=\"post-content alt-1\" valign=\"top\"><div id=\"body%d\" class=\"post_inner\">%s</div></td></tr>"
                    "<tr><td class=\"post-options alt-2\" align=\"right\"><a>Top</a> <a>Reply</a> <a>Quote</a></td></tr></table><br>") % (
            47100 + c["i"], 47100 + c["i"], "Re: " if c["i"] else "", re_, 47100 + c["i"], 47100 + c["i"],
            c["time"].strftime("%m/%d/%y %I:%M %p"), c["i"], esc(c["author"]), R.choice(["Member", "Junior Member", "old hand", "Carpal Tunnel"]),
            c["i"], R.choice(["03/14/19", "11/02/22", "06/30/09"]), R.randint(2, 4000), R.choice(["Porthbray", "the island", "Harbourside", "Truro"]),
            c["i"], "<br><br>".join(esc(p) for p in c["paras"])))
    body = ("<table class=\"t_outer\" width=\"100%%\"><tr><td class=\"breadcrumbs\"><a>Island Boards</a> &raquo; <a>Getting about</a> &raquo; <a>Ferries</a></td></tr>"
            "<tr><td class=\"tdheader\">Winter timetable drops the 06:40 <span class=\"small\">(Flat mode)</span></td></tr>"
            "<tr><td class=\"alt-1\"><a>Print Thread</a> | <a>Threaded</a> | <a>Previous Thread</a> | <a>Next Thread</a></td></tr></table>%s"
            "<table class=\"t_outer\"><tr><td class=\"alt-2\">Moderated by: <a>old_harbourmaster</a></td></tr></table>") % "".join(out)
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Winter timetable drops the 06:40 - Island Boards</title></head>"
            "<body><table width=\"100%%\" class=\"header\"><tr><td><a class=\"forum-title\">Island Boards</a></td><td align=\"right\"><a>Forums</a> <a>Active Topics</a>"
            " <a>Search</a> <a>Help</a> <a>Login</a></td></tr></table>%s<div class=\"footer\">Powered by UBB.threads&trade; PHP Forum Software 7.7.5</div></body></html>") % body


def jive(posts):
    """Jive (Jive-n community): the question first, then div.j-thread-post replies: author box with level and
    points, a 'Re: subject' title, a byline 'Name Date (in response to X)' where the post answers another reply,
    the text, 'Like (n)' in the footer. Every post a comment."""
    out = []
    for c in posts:
        ctx = ""
        if c["parent"] is not None:
            ctx = " <span class=\"j-reply-context\">(<a href=\"#%d\">in response to %s</a>)</span>" % (2200 + c["parent"]["i"], esc(c["parent"]["author"]))
        out.append(("<div class=\"j-thread-post %s\" id=\"%d\"><div class=\"jive-author j-author\"><a class=\"jiveTT-hover-user j-avatar\">"
                    "<img src=\"/people/%d/avatar/46.png\" alt=\"\" width=\"46\"></a><div class=\"j-status-levels\"><span>Level %d</span> (%s points)</div></div>"
                    "<div class=\"j-post-body\"><header><h3 class=\"j-thread-reply-title\"><a href=\"#%d\">%s</a></h3>"
                    "<p class=\"j-post-author\"><a class=\"jiveTT-hover-user jive-username-link\" href=\"/people/%s\">%s</a> "
                    "<span class=\"j-post-date\">%s</span>%s</p></header><div class=\"jive-rendered-content\">%s</div>"
                    "<footer class=\"j-thread-post-footer\"><a class=\"j-like\">Like</a> <span class=\"j-like-count\">(%d)</span>"
                    " <a>Reply</a> <a>Actions</a></footer></div></div>") % (
            "j-original-message" if c["i"] == 0 else "j-thread-reply", 2200 + c["i"], c["i"], R.randint(1, 8), "{:,}".format(R.randint(5, 9000)),
            2200 + c["i"], ("Re: " if c["i"] else "") + "Winter timetable drops the 06:40", handle(c), esc(c["author"]),
            c["time"].strftime("%b %-d, %Y %-I:%M %p"), ctx, paras(c), c["likes"]))
    body = ("<div class=\"j-breadcrumb\"><a>Home</a> &gt; <a>Island Community</a> &gt; <a>Ferries</a> &gt; <a>Discussions</a></div>"
            "<h1 class=\"j-thread-title\">Winter timetable drops the 06:40</h1><div class=\"j-thread-meta\">This question is <strong>Not Answered</strong>."
            " %d replies. Latest reply on %s by %s</div><div class=\"j-thread-posts\">%s</div>"
            "<div class=\"j-related\"><h4>More Like This</h4><ul><li><a>Summer timetable consultation</a></li><li><a>Ferry ticket machine faults</a></li></ul></div>") % (
        len(posts) - 1, posts[-1]["time"].strftime("%b %-d, %Y %-I:%M %p"), esc(posts[-1]["author"]), "".join(out))
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Winter timetable drops the 06:40 | Island Community</title></head>"
            "<body><div id=\"j-header\"><a class=\"j-logo\">Island Community</a> <a>Browse</a> <a>Search</a> <a>Log in</a> <a>Register</a></div>"
            "<div id=\"j-main\">%s</div><div id=\"j-footer\"><a>Terms of Use</a> <a>Help</a> <span>Powered by Jive Software</span></div></body></html>") % body


def gold_of(name, system, cs, forum, likes=True, relative=False, date_only=False, note=None, authors=None, zero_shown=True):
    def when(c):
        if relative:
            return rel_gold(c["time"])
        if date_only:
            return c["time"].strftime("%Y-%m-%d")
        return c["time"].strftime("%Y-%m-%dT%H:%M")
    g = {"page": {"file": "pages/%s.html" % name}, "system": system, "site": system + ".example", "forum": forum,
         "heldOut": True,
         "comments": [{"id": c["id"], "parent": c["parent"]["id"] if c["parent"] else None,
                       "author": authors(c) if authors else c["author"], "time": when(c),
                       "likes": c["likes"] if likes and (c["likes"] or zero_shown) else None, "text": "\n\n".join(c["paras"])} for c in cs]}
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

    ps = forum_posts(11, quote_rate=0.55)
    for c in ps:
        c["likes"] = None
    write("bugzilla", bugzilla(ps), gold_of("bugzilla", "bugzilla", ps, True, likes=False,
          note="every comment a post (the Description too); parent from '(In reply to X from comment #N)'; the quoted '> ' lines are not text"))
    cs = thread(14, max_depth=1, reply_rate=0.5, start=dt.datetime(2026, 11, 25, 9, 0), spread=(60, 500))
    write("askbot", askbot(cs), gold_of("askbot", "askbot", cs, False, date_only=True, zero_shown=False,
          note="the question is the article; answers top level (vote count as likes), comments under an answer its replies; the user card and a comment's author follow the text; day-only dates"))
    cs = thread(13, max_depth=4, start=dt.datetime(2026, 12, 1, 0, 10), spread=(10, 70))
    for c in cs:
        c["author"] = handle(c)
    write("tildes", tildes(cs), gold_of("tildes", "tildes", cs, False, relative=True,
          note="nested ol (w3m numbers each level); 'Vote (n)' is likes; '5h ago' counted back from fetchedAt"))
    cs = thread(13, max_depth=3, start=dt.datetime(2026, 11, 30, 20, 0), spread=(15, 120))
    for c in cs:
        c["author"] = handle(c) + ("@lemmy.example" if c["i"] % 3 == 1 else "")
    write("mbin", mbin(cs), gold_of("mbin", "mbin", cs, False, relative=True,
          note="flat sibling blockquotes, depth only in a CSS class (nothing in text); the favourite count is likes"))
    cs = thread(13, max_depth=4, reply_rate=0.6, start=dt.datetime(2026, 12, 1, 7, 0), spread=(5, 60), nparas=(1,))
    prev = None
    for c in cs:  # Nitter shows linear chains: a reply answers the tweet above it in its chain
        c["kids"] = []
        if c["parent"] is not None:
            c["parent"] = prev
            prev["kids"].append(c)
        prev = c
    write("nitter", nitter(cs), gold_of("nitter", "nitter", cs, False, relative=True,
          note="the main tweet is the article; chains of replies, each later tweet replying to the one above; 'Replying to @a @b' names the parent's handle first; display name is the author; hearts are likes"))
    cs = thread(14, max_depth=3, reply_rate=0.55, start=dt.datetime(2026, 11, 25, 8, 0), spread=(20, 200))
    write("guardian-like", guardian(cs), gold_of("guardian-like", "guardian-like", cs, False,
          note="one level of nesting shown; deeper replies among their thread's responses with 'in reply to X' naming the parent; recommend count is likes"))
    ps = forum_posts(10, quote_rate=0.5)
    write("vbulletin5", vbulletin5(ps), gold_of("vbulletin5", "vbulletin5", ps, True,
          note="every post a comment; 'Originally posted by X' quote names the parent and is not text; the like count is likes"))
    ps = forum_posts(10, quote_rate=0.6)
    for c in ps:
        c["likes"] = None
    write("ubbthreads", ubbthreads(ps), gold_of("ubbthreads", "ubbthreads", ps, True, likes=False,
          note="every post a comment; '[Re: X]' on the subject line names the parent's poster; user cell beside the text"))
    ps = forum_posts(9, quote_rate=0.5)
    write("jive", jive(ps), gold_of("jive", "jive", ps, True,
          note="every post a comment (the question too); '(in response to X)' after the date names the parent; 'Like (n)' is likes"))


if __name__ == "__main__":
    main()
