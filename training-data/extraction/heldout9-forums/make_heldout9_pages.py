#!/usr/bin/python3
"""Writes the NINTH held-out round, FORUM threads and mailing-list archives only (HTML + w3m dumps): 14 pages in
forum, Q&A and list-archive systems no earlier set covers, scored on main bd0f265 before any rule for them:
Nabble, groups.io, Microsoft Q&A, an Apple-Discussions-like community, Higher Logic, a Salesforce-Trailblazer-like
Q&A, WoltLab Burning Board 3, IP.Board 2, Xoops newbb, Beehive, a Quora-like answers page, SMF 2.1's printpage,
vBulletin's archive (linear mode) and phpBB's print view. Every post is a comment, the first one too.

Messy as real pages: ranks, post counts and join dates beside the author, signatures, edit notes, 'Thanks' lists,
quotes of earlier posts ('X wrote:', 'On <date>, X wrote:' with '>' lines, top-posted mails with the quoted mail
below, 'Original Message' blocks), pagination and ads between posts. Gold conventions as in the earlier rounds:
quoted earlier text, quote heads, signatures, edit notes, thanks lists and user cells are not a post's text; the
quoted (or 'in reply to') post is the parent; replies to an answer are children of the answer in the Q&A pages.
Helpers and gold format from ../heldout5's generator; another topic (allotment water charges), names and seed.
Usage: make_heldout9_pages.py [OUT_DIR]"""
import datetime as dt
import json
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout5"))
import make_heldout5_pages as base  # noqa: E402

R = random.Random(20261213)
base.R = R
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
base.SUBJECTS[:] = ["the new water meters", "the standpipe on row C", "the annual rent", "the committee", "the hosepipe rule",
                    "the rainwater butts", "the borehole idea", "the winter shut-off", "the leak by the gate", "the half-plot rate",
                    "the waiting list", "the trough rota"]
base.VIEWS[:] = ["charges the careful growers for the careless ones", "was agreed at a meeting nobody could attend",
                 "would pay for itself in three seasons", "needs a vote at the AGM, not an email", "is still cheaper than the shop",
                 "hits the pensioners on the full plots hardest", "was never metered properly in the first place",
                 "could be shared between the two sites", "should wait until the leak is fixed", "is fair if the rates are published"]
base.ASIDES[:] = ["I have had plot 14 since 2009.", "The meter by the shed reads zero most weeks.", "We paid forty pounds last year.",
                  "Nobody turned the taps off in October.", "My butts were empty by June anyway.", "The minutes are on the noticeboard.",
                  "Half of row C uses cans, not hoses.", "The council still owns the pipework."]
base.STARTS[:] = ["For what it's worth", "Speaking as treasurer", "As a new plot holder", "Honestly", "From row C",
                  "Having dug there twenty years", "To be fair to the committee", "Quick thought"]
base.NAMES[:] = ["Hazel Pryce", "leekman_len", "Oluwaseun A", "Bea Kowalczyk", "plot14", "Ranjit Gill", "compost_carol",
                 "Maeve O'Dowd", "Stanislav", "greenfingers_gus", "Tilly Boateng", "Yusuf K"]
esc, handle, mon, ampm, kids = base.esc, base.handle, base.mon, base.ampm, base.kids
NAMES = base.NAMES
SUBJECT = "Water charges for 2027 - meters on every plot?"
OPENER = ["The committee has written to say every plot gets its own water meter in March and we pay by the cubic metre from then on, "
          "instead of the flat twelve pounds in the rent.",
          "Does anyone know how the rate was worked out? The letter gives no figure, and the standpipe on row C has leaked since August."]


def forum(n, likes=False, opener="Hazel Pryce"):
    posts = base.forum_thread(n, likes=likes, opener=opener)
    posts[0]["paras"] = list(OPENER)
    for c in posts:
        if c["quote"] is not None:
            c["quote"] = posts[c["parent"]]["paras"][0]
    return posts


def qa(n, likes=True, asker="Hazel Pryce", max_depth=1, p_reply=0.45):
    """A question (the first post) and n answers with comments under them (depth 1 = a comment on an answer)."""
    cs = base.thread(n, max_depth=max_depth, likes=likes, p_reply=p_reply)
    first = {"parent": None, "depth": 0, "author": asker, "time": cs[0]["time"] - dt.timedelta(hours=2, minutes=41),
             "likes": R.randint(0, 30) if likes else None, "paras": list(OPENER), "quote": None, "id": 4093}
    for c in cs:
        if c["parent"] is not None:
            c["parent"] += 1
    return [first] + cs


def tx(c, sep="<br><br>"):
    return sep.join(esc(p) for p in c["paras"])


def sig(c):
    """About a third of the posters carry a signature (fixed per name)."""
    k = NAMES.index(c["author"])
    return [None, "Plot 14, Eastfield allotments", None, "Grow your own - it's cheaper than therapy", None, None,
            "Secretary, Eastfield Allotment Association", None, "Sent from my phone", None, "No dig since 2015", None][k]


def nabble(posts):
    rows = []
    for i, c in enumerate(posts):
        t = c["time"]
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            pt = p["time"]
            q = ("<div class=\"shrinkable-quote\"><br>On %s %d, %d, at %d:%02d, %s [via Eastfield Allotments] &lt;<a href=\"/user/SendEmail.jtp?type=node&amp;node=%d\">[hidden email]</a>&gt; wrote:<br>"
                 "<div class=\"quote light-border-color\"><div class=\"quote-author\" style=\"font-weight: bold;\">%s wrote</div><div class=\"quote-message\">&gt; %s</div></div></div>") % (
                mon(pt)[:3], pt.day, pt.year, pt.hour, pt.minute, esc(p["author"]), 5700 + p["id"], esc(p["author"]), esc(c["quote"]))
        s = sig(c)
        s = "<div class=\"signature weak-color\">%s</div>" % esc(s) if s else ""
        body = tx(c) + q if i % 3 == 2 else q + tx(c)  # some posters answer above the quoted mail
        rows.append(("<table class=\"classic-table\" id=\"post%d\"><tr><td class=\"classic-author-name nowrap\" rowspan=\"2\"><a href=\"/template/NamlServlet.jtp?macro=user_nodes&amp;user=%d\">%s</a>"
                     "<br><img class=\"avatar\" src=\"/img/avatar%d.png\"><div class=\"post-count\">%d posts</div></td>"
                     "<td class=\"classic-header\"><div class=\"classic-subject-line\"><span id=\"subject-%d\" class=\"post-subject\">%s</span>"
                     "<span class=\"post-date float-right\"><span id=\"d%d\">%s %d, %d; %s</span></span></div></td></tr>"
                     "<tr><td class=\"classic-body\"><div id=\"message%d\" class=\"message-text adbayes-content\">%s%s</div>"
                     "<div class=\"classic-bar\"><a>Reply</a> | <a>Threaded</a> | <a>More</a></div></td></tr></table>") % (
            5700 + c["id"], 300 + NAMES.index(c["author"]), esc(c["author"]), NAMES.index(c["author"]) % 5, R.randint(1, 900),
            c["id"], esc(("Re: " if i else "") + SUBJECT), c["id"], mon(t)[:3], t.day, t.year, ampm(t, "", True), c["id"], body, s))
        if i == 1:
            rows.append("<div class=\"ad-between\"><span>Ads by Nabble</span> <a>Free forum hosting</a></div>")
    body = ("<div id=\"nabble\"><div class=\"nabble-header\"><a href=\"/\">Nabble</a> <a>Eastfield Allotments</a> &rsaquo; <a>General</a></div>"
            "<h1 id=\"post-title\">%s</h1><div class=\"topic-bar\">Classic <a>List</a> <a>Threaded</a> &nbsp; %d messages Options</div>"
            "<div class=\"pagination\">1 2 <a>Next</a></div>%s<div class=\"pagination\">1 2 <a>Next</a></div>"
            "<div class=\"footer\">&laquo; Return to General | %d views <p>Powered by Nabble Edit this page</p></div></div>") % (
        esc(SUBJECT), len(posts), "".join(rows), R.randint(200, 900))
    return base.page_wrap("Nabble - Eastfield Allotments - %s" % SUBJECT, body)


def groupsio(posts):
    rows = []
    for i, c in enumerate(posts):
        t = c["time"]
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            pt = p["time"]
            q = ("<div class=\"quoted-text\"><a class=\"toggle\">...</a><div class=\"hidden-quote\" style=\"display:none\">"
                 "<p>On %s, %s %d, %d at %s, %s wrote:</p><blockquote>%s</blockquote></div></div>") % (
                pt.strftime("%a"), mon(pt)[:3], pt.day, pt.year, ampm(pt), esc(p["author"]), esc(c["quote"]))
        s = sig(c)
        s = "<p>--<br>%s<br>%s</p>" % (esc(c["author"]), esc(s)) if s else ""
        rows.append(("<tr><td><div class=\"table-background-lightgray\" id=\"msg%d\"><div class=\"row\"><div class=\"col-xs-8\"><img class=\"media-object\" src=\"/img/%d.png\">"
                     "<u><b>%s</b></u> <span class=\"text-muted\">%s</span></div>"
                     "<div class=\"col-xs-4 text-right\"><span title=\"%s\">%s</span> <a href=\"/g/eastfield/message/%d\">#%d</a></div></div></div>"
                     "<div class=\"user-content\">%s%s%s</div><div class=\"message-footer\"><a>Like</a> <a>Reply</a> <a>More</a></div></td></tr>") % (
            c["id"], NAMES.index(c["author"]), esc(c["author"]), "" if i % 4 else "&lt;%s@...&gt;" % handle(c["author"]),
            t.strftime("%a, %d %b %Y %H:%M:%S"), t.strftime("%m/%d/%y ") + ampm(t, "", True), 880 + c["id"] % 997, 880 + c["id"] % 997,
            "".join("<p>%s</p>" % esc(x) for x in c["paras"]), s, q))
    body = ("<div class=\"navbar\"><a class=\"brand\">groups.io</a> <a>Login</a> <a>Sign Up</a></div><div class=\"container\"><ol class=\"breadcrumb\"><li>eastfield@groups.io</li><li>Messages</li></ol>"
            "<h3>%s</h3><div class=\"topic-info\"><span>%d messages</span> <a>Date</a> <a>Previous Topic</a> <a>Next Topic</a></div>"
            "<table class=\"table table-condensed table-fixed\" id=\"records\"><tbody>%s</tbody></table>"
            "<div class=\"pagination\"><a>1</a> - %d of %d</div></div><div class=\"footer\">&copy; 2026 Groups.io</div>") % (
        esc(SUBJECT), len(posts), "".join(rows), len(posts), len(posts))
    return base.page_wrap("eastfield@groups.io | %s" % SUBJECT, body)


def msqa(cs):
    """Microsoft Q&A: the question, answers with comment lists under them."""
    def who(c):
        return ("<div class=\"display-flex\"><img class=\"avatar\" src=\"/a/%d.png\"><div><a class=\"profile-url\" href=\"/users/na/?userid=%08x\">%s</a>"
                "<span class=\"font-size-xs\"> &bull; %s Reputation points</span>%s</div></div>") % (
            NAMES.index(c["author"]), 7 * c["id"], esc(c["author"]), "{:,}".format(R.randint(5, 90000)),
            "<span class=\"badge\">Microsoft External Staff</span>" if R.random() < 0.25 else "")

    def stamp(c, verb):
        t = c["time"]
        return "<span>%s</span> <local-time format=\"datetime\" datetime=\"%s\">%s %d, %d, %s</local-time>" % (
            verb, t.strftime("%Y-%m-%dT%H:%M:00.000Z"), mon(t)[:3], t.day, t.year, ampm(t))

    q = cs[0]
    out = []
    for i in kids(cs, 0) + [j for j in kids(cs, None) if j != 0]:
        c = cs[i]
        coms = "".join(("<li class=\"comment\" id=\"comment-%d\"><div class=\"comment-body\"><p>%s</p></div><div class=\"comment-meta\"><a class=\"profile-url\">%s</a> %s</div></li>") % (
            cs[k]["id"], tx(cs[k], "</p><p>"), esc(cs[k]["author"]), stamp(cs[k], "&bull;")) for k in kids(cs, i))
        accepted = "<div class=\"accepted-answer\">Accepted answer</div>" if not out else ""
        boiler = ("<p>If the answer is helpful, please click &quot;Accept Answer&quot; and kindly upvote it. If you have extra questions about this answer, please click &quot;Comment&quot;.</p>"
                  if R.random() < 0.5 else "")
        out.append(("<div class=\"answer\" id=\"answer-%d\">%s%s<div class=\"answer-meta\">%s</div><div class=\"content\"><p>%s</p>%s</div>"
                    "<div class=\"vote\"><span class=\"vote-count\">%d</span> votes</div><ul class=\"comments\">%s</ul><a>Add comment</a></div>") % (
            c["id"], accepted, who(c), stamp(c, "answered"), tx(c, "</p><p>"), boiler, c["likes"], coms))
    body = ("<header class=\"uhf\"><a>Microsoft</a> <a>Learn</a> <a>Documentation</a> <a>Training</a> <a>Q&amp;A</a> <a>Sign in</a></header>"
            "<main><nav class=\"breadcrumbs\"><a>Learn</a> / <a>Q&amp;A</a></nav><div class=\"question\"><h1>%s</h1>%s<div class=\"question-meta\">%s</div>"
            "<div class=\"content\"><p>%s</p></div><div class=\"tags\"><a>Windows</a> <a>Windows 11</a></div>"
            "<div class=\"vote\"><span class=\"vote-count\">%d</span> votes</div><div class=\"follow\">I have the same question (4)</div></div>"
            "<h2>%d answers</h2><div class=\"sort\">Sort by: Most helpful</div><div class=\"answers\">%s</div>"
            "<div class=\"your-answer\"><h2>Your answer</h2><p>Answers can be marked as Accepted Answers by the question author.</p></div></main>"
            "<footer><a>Privacy</a> <a>Terms of use</a> &copy; Microsoft 2026</footer>") % (
        esc(SUBJECT), who(q), stamp(q, "asked"), tx(q, "</p><p>"), q["likes"], len(out), "".join(out))
    return base.page_wrap("%s - Microsoft Q&A" % SUBJECT, body)


def apple(posts):
    rows = []
    for i, c in enumerate(posts):
        t = c["time"]
        resp = ""
        if c["parent"] is not None:
            p = posts[c["parent"]]
            resp = "<div class=\"in-response-to\">in response to <a href=\"#%d\">%s</a></div>" % (p["id"], esc(p["author"]))
        q = "<blockquote class=\"quote\"><p>%s</p></blockquote>" % esc(c["quote"]) if c["quote"] else ""
        lvl = 1 + NAMES.index(c["author"]) % 9
        rows.append(("<article class=\"post%s\" id=\"%d\"><div class=\"author\"><a class=\"author-name\" href=\"/profile/%s\">%s</a>"
                     "<div class=\"author-rank\">Level %d</div><div class=\"author-points\">%s points</div></div>"
                     "<div class=\"post-body\">%s%s<div class=\"post-text\">%s</div></div>"
                     "<div class=\"post-meta\"><span class=\"posted\">Posted on %s %d, %d %s</span>%s</div>"
                     "<div class=\"post-actions\"><button>Reply</button> <button class=\"helpful\">Helpful (%d)</button> <a>Thread reply - more options</a></div></article>") % (
            " question" if i == 0 else "", 25000 + c["id"], handle(c["author"]), esc(c["author"]), lvl, "{:,}".format(R.randint(10, 250000)),
            resp, q, "".join("<p>%s</p>" % esc(x) for x in c["paras"]), mon(t)[:3], t.day, t.year, ampm(t),
            "<span class=\"edited\">Edited by %s</span>" % esc(c["author"]) if R.random() < 0.2 else "", c["likes"]))
        if i == 0:
            rows.append("<div class=\"similar-questions\"><h3>Similar questions</h3><ul><li><a>Water butt overflow</a></li><li><a>Meter reading wrong</a></li></ul></div>")
    body = ("<nav class=\"globalnav\"><a>Apple</a> <a>Store</a> <a>Mac</a> <a>Support</a></nav><div class=\"community\"><div class=\"breadcrumbs\"><a>Community</a> / <a>Garden</a></div>"
            "<h1>%s</h1><div class=\"solved\">Solved</div><div class=\"thread-meta\">%d replies</div>%s"
            "<div class=\"pagination\">Page 1 of 1</div><div class=\"welcome\">Welcome to Apple Support Community. A forum where Apple customers help each other with their products.</div></div>"
            "<footer>Copyright &copy; 2026 Apple Inc. All rights reserved.</footer>") % (esc(SUBJECT), len(posts) - 1, "".join(rows))
    return base.page_wrap("%s - Apple Community" % SUBJECT, body)


def higherlogic(posts):
    rows = []
    titles = ["Plot holder", "Treasurer", "Member", "Volunteer", "Trustee"]
    for i, c in enumerate(posts):
        t = c["time"]
        orig = ""
        if c["quote"]:
            p = posts[c["parent"]]
            pt = p["time"]
            orig = ("<div class=\"original-message\"><p>------------------------------<br>Original Message:<br>Sent: %02d-%02d-%d %s<br>From: %s<br>Subject: %s<br><br>%s</p></div>") % (
                pt.month, pt.day, pt.year, ampm(pt).rjust(8, "0"), esc(p["author"]), esc(SUBJECT), esc(c["quote"]))
        k = NAMES.index(c["author"])
        block = "<p>------------------------------<br>%s<br>%s<br>Eastfield Allotment Association<br>------------------------------</p>" % (esc(c["author"]), titles[k % 5])
        rows.append(("<div class=\"row message-row\" id=\"msg-%d\"><div class=\"col-md-2 author-col\"><img class=\"img-circle\" src=\"/pic/%d.jpg\">"
                     "<h5><a href=\"/people/%s\">%s</a></h5><p class=\"title\">%s</p><p class=\"org\">Eastfield Allotment Association</p></div>"
                     "<div class=\"col-md-10\"><h3><a>%s%s</a></h3><div class=\"posted\">%02d-%02d-%d %s</div>"
                     "<div class=\"msg-body\">%s%s%s</div><div class=\"msg-actions\"><a class=\"like\">Like</a> <span class=\"likes\">%s</span> <a>Reply</a> <a>Options</a></div></div></div>") % (
            c["id"], k, handle(c["author"]), esc(c["author"]), titles[k % 5], "Re: " if i else "", esc(SUBJECT), t.month, t.day, t.year, ampm(t).rjust(8, "0"),
            "".join("<p>%s</p>" % esc(x) for x in c["paras"]), block, orig, ("%d Likes" % c["likes"]) if c["likes"] else ""))
    body = ("<div class=\"hl-header\"><a>Eastfield Allotments Community</a> <a>Discussion</a> <a>Library</a> <a>Events</a> <a>Members</a> <a>Sign in</a></div>"
            "<div class=\"container\"><ol class=\"breadcrumb\"><li>Home</li><li>Communities</li><li>Open Forum</li></ol><h1>%s</h1>"
            "<div class=\"thread-tools\"><a>Expand all</a> | <a>Thread</a> | <a>Chronological</a> <span>%d replies</span></div>%s"
            "<div class=\"pager\">1 <a>2</a> <a>Next</a></div></div><footer>Powered by Higher Logic</footer>") % (esc(SUBJECT), len(posts) - 1, "".join(rows))
    return base.page_wrap("Discussion: %s | Eastfield Allotments Community" % SUBJECT, body)


def trailblazer(cs):
    def one(i, depth):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k, depth + 1) for k in kids(cs, i))
        best = "<div class=\"best-answer-badge\">Best Answer chosen by Hazel Pryce</div>" if c.get("best") else ""
        return ("<div class=\"feed-item%s\" data-id=\"0D5%09d\"><div class=\"feed-header\"><img class=\"avatar\" src=\"/u/%d.png\"><a class=\"actor\">%s</a>"
                "<span class=\"badge\">%s</span><div class=\"timestamp\">%s %d, %d at %s</div></div>%s<div class=\"feed-body\">%s</div>"
                "<div class=\"feed-actions\"><a>Like</a> <span class=\"like-count\">%s</span> <a>Answer</a> <a>Share</a></div>%s</div>") % (
            " reply" if depth else "", c["id"], NAMES.index(c["author"]), esc(c["author"]), R.choice(["Ranger", "Mountaineer", "Expeditioner", "Hiker"]),
            mon(t), t.day, t.year, ampm(t), best, "".join("<p>%s</p>" % esc(x) for x in c["paras"]),
            ("%d Like%s" % (c["likes"], "" if c["likes"] == 1 else "s")) if c["likes"] else "", "<div class=\"replies\">%s</div>" % sub if sub else "")
    if len(cs) > 2:
        cs[1]["best"] = True
    q = one(0, 0)
    body = ("<div class=\"tb-header\"><a>Trailblazer Community</a> <a>Groups</a> <a>Questions</a> <a>Log in</a></div><div class=\"question-page\">"
            "<h1>%s</h1>%s<div class=\"answers-count\">%d answers</div><div class=\"answers\">%s</div>"
            "<div class=\"sidebar\"><h3>Related questions</h3><ul><li>Meter rates by plot size</li></ul></div></div><footer>&copy; Trailblazer</footer>") % (
        esc(SUBJECT), q, len(kids(cs, None)) - 1, "".join(one(i, 0) for i in kids(cs, None) if i != 0))
    return base.page_wrap(SUBJECT + " | Trailblazer Community", body)


def wbb3(posts):
    rows = []
    for i, c in enumerate(posts):
        t = c["time"]
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = ("<div class=\"quoteBox\"><div class=\"quoteHeader\"><h3><a href=\"index.php?page=Thread&amp;postID=%d#post%d\">Source code</a>"
                 " Quote from &raquo;%s&laquo;</h3></div><blockquote class=\"quoteBody\">%s</blockquote></div>") % (p["id"], p["id"], esc(p["author"]), esc(c["quote"]))
        s = sig(c)
        s = "<div class=\"signature\">%s</div>" % esc(s) if s else ""
        edit = ("<p class=\"editNote smallFont light\">This post has been edited 1 times, last edit by &quot;%s&quot; (%s %s%s %d, %s)</p>" % (
            esc(c["author"]), mon(t)[:3], t.day, "th", t.year, ampm(t + dt.timedelta(minutes=9), "", True))) if R.random() < 0.25 else ""
        rows.append(("<div id=\"postRow%d\" class=\"message\"><div class=\"messageInner container-%d\"><a id=\"post%d\"></a>"
                     "<div class=\"messageSidebar\"><div class=\"messageAuthor\"><p class=\"userName\"><a href=\"index.php?page=User&amp;userID=%d\"><span>%s</span></a></p>"
                     "<p class=\"userTitle smallFont\">%s</p><p class=\"userRank\"><img src=\"icon/userRank%d.png\" alt=\"\"></p></div>"
                     "<div class=\"userAvatar\"><img src=\"wcf/images/avatars/avatar-%d.png\"></div>"
                     "<div class=\"userCredits\"><p><a>Posts: %d</a></p><p>Location: Eastfield</p></div></div>"
                     "<div class=\"messageContent\"><div class=\"messageContentInner color-1\"><div class=\"messageHeader\"><p class=\"messageCount\"><a class=\"messageNumber\">%d</a></p>"
                     "<div class=\"containerContent\"><p class=\"smallFont light\">%s, %s %d%s %d, %s</p></div></div>"
                     "<h3 class=\"messageTitle\"><a>%s%s</a></h3><div class=\"messageBody\"><div id=\"postText%d\">%s%s</div></div>%s%s"
                     "<div class=\"messageFooter\"><div class=\"smallButtons\"><ul><li><a>Quote</a></li><li><a>Report</a></li><li><a>Top</a></li></ul></div></div>"
                     "</div></div></div></div>") % (
            c["id"], i % 2 + 1, c["id"], 50 + NAMES.index(c["author"]), esc(c["author"]), R.choice(["Beginner", "Intermediate", "Professional", "Master"]),
            R.randint(1, 5), NAMES.index(c["author"]), R.randint(2, 3000), i + 1, t.strftime("%A"), mon(t), t.day,
            {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(t.day, "th"), t.year, ampm(t, "", True),
            "" if i == 0 else "RE: ", esc(SUBJECT), c["id"], q, tx(c), edit, s))
    body = ("<div id=\"headerContainer\"><a id=\"logo\">Eastfield Gardeners' Board</a><div id=\"userPanel\"><a>Login</a> <a>Register</a></div>"
            "<div id=\"mainMenu\"><ul><li><a>Portal</a></li><li><a>Forum</a></li><li><a>Members</a></li><li><a>Search</a></li></ul></div></div>"
            "<div id=\"main\"><ul class=\"breadCrumbs\"><li><a>Eastfield Gardeners' Board</a> &raquo;</li><li><a>Allotments</a> &raquo;</li></ul>"
            "<div class=\"mainHeadline\"><h2>%s</h2></div><div class=\"contentHeader\"><div class=\"pageNavigation\"><ul><li>1</li><li><a>2</a></li></ul></div></div>"
            "%s<div class=\"contentFooter\"><div class=\"pageNavigation\"><ul><li>1</li><li><a>2</a></li></ul></div></div>"
            "<div class=\"border infoBox\"><p>1 registered user and 3 guests are viewing this thread.</p></div></div>"
            "<p class=\"copyright\">Forum Software: Burning Board&reg; 3.1, developed by WoltLab&reg; GmbH</p>") % (esc(SUBJECT), "".join(rows))
    return base.page_wrap("%s - Allotments - Eastfield Gardeners' Board" % SUBJECT, body)


def ipb2(posts):
    rows = []
    for i, c in enumerate(posts):
        t = c["time"]
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            pt = p["time"]
            q = ("<!--quoteo(post=%d:date=%s %d %d, %s:name=%s)--><div class='quotetop'>QUOTE (%s @ %s %d %d, %s) <a href=\"index.php?act=findpost&amp;pid=%d\"><img src='style_images/1/post_snapback.gif' alt='*' border='0' /></a></div>"
                 "<div class='quotemain'><!--quotec-->%s<!--QuoteEnd--></div><!--QuoteEEnd--><br />") % (
                p["id"], mon(pt)[:3], pt.day, pt.year, ampm(pt), esc(p["author"]), esc(p["author"]), mon(pt)[:3], pt.day, pt.year, ampm(pt).rjust(8, "0"), p["id"], esc(c["quote"]))
        s = sig(c)
        s = "<!--signature--><div class=\"signature\">--------------------<br />%s</div><!--e-signature-->" % esc(s) if s else ""
        thanks = ""
        if R.random() < 0.3:
            thanks = "<div class=\"thanks\">The following %d users thanked this post: %s</div>" % (2, ", ".join(esc(x) for x in R.sample([n for n in NAMES if n != c["author"]], 2)))
        edit = "<br /><br /><span class='edit'>This post has been edited by %s: %s %d %d, %s</span>" % (
            esc(c["author"]), mon(t)[:3], t.day, t.year, ampm(t + dt.timedelta(minutes=14)).rjust(8, "0")) if R.random() < 0.25 else ""
        rows.append(("<div class=\"borderwrap\"><table class='ipbtable' cellspacing=\"1\"><tr><td class=\"row4\" width=\"1%%\"><a name=\"entry%d\"></a>"
                     "<span class=\"normalname\"><a href=\"index.php?showuser=%d\">%s</a></span></td><td class=\"row4\" width=\"99%%\"><div style=\"float:right\">"
                     "<span class=\"postdetails\"> Post <a title=\"Show the link to this post\">#%d</a></span></div><div style=\"float:left\"><span class=\"postdetails\">"
                     "<img src='style_images/1/to_post_off.gif' alt='post' border='0' /> <a title=\"Link to post\">Posted: %s %d %d, %s</a></span></div></td></tr>"
                     "<tr><td valign=\"top\" class=\"post%d\"><span class=\"postdetails\"><img src='uploads/av-%d.png' alt='' /><br /><br />%s<br /><img src='style_images/1/pip.gif' alt='*' /><br /><br />"
                     "Group: Members<br />Posts: %d<br />Joined: %d-%s %02d<br />Member No.: %s<br /></span></td>"
                     "<td width=\"100%%\" valign=\"top\" class=\"post%d\"><div class=\"postcolor\" id='post-%d'>%s%s%s</div>%s%s</td></tr>"
                     "<tr><td class=\"formbuttonrow\"><a href=\"#top\">Top</a></td><td class=\"formbuttonrow\" nowrap=\"nowrap\"><a>Report</a> <a>Quote</a> <a>Reply</a></td></tr>"
                     "</table></div>") % (
            c["id"], 80 + NAMES.index(c["author"]), esc(c["author"]), i + 1, mon(t)[:3], t.day, t.year, ampm(t).rjust(8, "0"), i % 2 + 1, NAMES.index(c["author"]),
            R.choice(["Member", "Advanced Member", "Newbie"]), R.randint(3, 2500), R.randint(1, 28), R.choice(["March", "June", "October"]), 9 + NAMES.index(c["author"]) % 10,
            "{:,}".format(R.randint(100, 20000)), i % 2 + 1, c["id"], q, tx(c, "<br /><br />"), edit, s, thanks))
        if i == 0:
            rows.append("<div class=\"borderwrap\"><table class=\"ipbtable\"><tr><td class=\"row2\" align=\"center\"><b>Sponsored links</b><br /><a>Raised beds delivered</a></td></tr></table></div>")
    body = ("<div id=\"ipbwrapper\"><div class=\"borderwrap\"><div id=\"logostrip\"><a>Eastfield Growers</a></div><div id=\"submenu\"><a>Help</a> <a>Search</a> <a>Members</a> <a>Calendar</a></div></div>"
            "<div id=\"navstrip\"><a>Eastfield Growers</a> &gt; <a>Allotments</a> &gt; %s</div><table class=\"ipbtable\"><tr><td class=\"nopad\"><span class=\"pagelink\">2 Pages</span> "
            "<span class=\"pagecurrent\">1</span> <span class=\"pagelink\"><a>2</a></span> <span class=\"pagelinklast\"><a>&raquo;</a></span></td></tr></table>"
            "<div class=\"maintitle\">%s<div class=\"desc\">and the rate per cubic metre</div></div>%s"
            "<div class=\"activeuserstrip\">1 User(s) are reading this topic (1 Guests and 0 Anonymous Users)</div>"
            "<div class=\"copyright\">Powered By IP.Board 2.3.6 &copy; 2026 IPS, Inc.</div></div>") % (esc(SUBJECT), esc(SUBJECT), "".join(rows))
    return base.page_wrap("%s - Eastfield Growers" % SUBJECT, body)


def xoops(posts):
    rows = []
    for i, c in enumerate(posts):
        t = c["time"]
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = "<div class=\"xoopsQuote\"><blockquote><strong>%s wrote:</strong><br />%s</blockquote></div><br />" % (esc(p["author"]), esc(c["quote"]))
        s = sig(c)
        s = "<div class=\"signature\">________________<br />%s</div>" % esc(s) if s else ""
        rows.append(("<table class=\"outer\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" width=\"100%%\" align=\"center\"><tr>"
                     "<th width=\"20%%\" class=\"head\" align=\"left\"><div class=\"comUserName\"><a href=\"/userinfo.php?uid=%d\">%s</a></div></th>"
                     "<th width=\"75%%\" class=\"head\" align=\"left\"><div class=\"comDate\"><span class=\"comDateCaption\">Posted on:</span> %d/%d/%d %d:%02d</div></th>"
                     "<th class=\"head\"><a id=\"forumpost%d\" href=\"#forumpost%d\">#%d</a></th></tr>"
                     "<tr><td width=\"20%%\" class=\"odd\" rowspan=\"2\" valign=\"top\"><div class=\"comUserRank\"><div class=\"comUserRankText\">%s</div></div>"
                     "<img class=\"comUserImg\" src=\"/uploads/avatars/cavt%d.jpg\" alt=\"\" /><div class=\"comUserStat\"><span class=\"comUserStatCaption\">Joined:</span><br />%d/%d/%d</div>"
                     "<div class=\"comUserStat\"><span class=\"comUserStatCaption\">From:</span> Eastfield</div><div class=\"comUserStat\"><span class=\"comUserStatCaption\">Posts:</span> %d</div>"
                     "<div class=\"comUserStatus\"><img src=\"/modules/newbb/images/icon/offline.gif\" alt=\"Offline\" /></div></td>"
                     "<td colspan=\"2\" class=\"odd\"><div class=\"comTitle\">%s%s</div><div class=\"comText\">%s%s</div>%s</td></tr>"
                     "<tr><td colspan=\"2\" class=\"foot\"><a>Reply</a> <a>Quote</a> <a>Report</a></td></tr></table><br />") % (
            40 + NAMES.index(c["author"]), esc(c["author"]), t.year, t.month, t.day, t.hour, t.minute, i + 1, i + 1, i + 1,
            R.choice(["Just popping in", "Not too shy to talk", "Quite a regular", "Home away from home"]), NAMES.index(c["author"]),
            2010 + NAMES.index(c["author"]), 1 + NAMES.index(c["author"]), 3 + NAMES.index(c["author"]), R.randint(1, 800),
            "" if i == 0 else "Re: ", esc(SUBJECT), q, tx(c, "<br /><br />"), s))
    body = ("<div id=\"xo-page\"><div id=\"xo-header\"><a id=\"xo-logo\">Eastfield Allotment Society</a></div><div id=\"xo-canvas\"><div id=\"xo-content\">"
            "<div class=\"forum_header\"><a>Forum Index</a> &raquo; <a>Plot holders</a> &raquo; <strong>%s</strong></div>"
            "<div class=\"pagenav\">(1) <a>2</a> &raquo;</div><div class=\"forum_threadmode\">Threaded | Newest First | <b>Flat</b></div>%s"
            "<div class=\"pagenav\">(1) <a>2</a> &raquo;</div><div class=\"forum_perms\">You cannot start a new topic. You can view topic.</div></div></div>"
            "<div id=\"xo-footer\">Powered by XOOPS &copy; 2001-2026 The XOOPS Project</div></div>") % (esc(SUBJECT), "".join(rows))
    return base.page_wrap("Eastfield Allotment Society - Plot holders - %s" % SUBJECT, body)


def beehive(posts):
    """Beehive Forum: each message its own table: From / To / date; 'in reply to n.m' names the parent."""
    rows = []
    for i, c in enumerate(posts):
        t = c["time"]
        to, irt = "ALL", ""
        if c["parent"] is not None:
            p = posts[c["parent"]]
            to = "<a href=\"user_profile.php?uid=%d\">%s</a>" % (20 + NAMES.index(p["author"]), esc(p["author"]))
            irt = " in reply to <a href=\"messages.php?msg=61.%d\">%d</a>" % (c["parent"] + 1, c["parent"] + 1)
        rows.append(("<div class=\"message\"><a name=\"a61_%d\"></a><table class=\"box\" width=\"96%%\"><tr><td class=\"posthead\"><table width=\"100%%\">"
                     "<tr><td class=\"posttofromlabel\">From:</td><td class=\"posttofrom\"><a href=\"user_profile.php?uid=%d\">%s</a> <span class=\"smalltext\">(%s)</span></td>"
                     "<td class=\"postinfo\" align=\"right\">%d %s %d %02d:%02d</td></tr>"
                     "<tr><td class=\"posttofromlabel\">To:</td><td class=\"posttofrom\">%s</td><td class=\"postinfo\" align=\"right\">%d of %d%s</td></tr></table></td></tr>"
                     "<tr><td class=\"postbody\"><div class=\"postbody\">%s</div></td></tr>"
                     "<tr><td class=\"postresponse\"><a>Reply</a> <a>Quote</a> <a>Edit</a> <a>Delete</a> <a>More</a></td></tr></table></div>") % (
            i + 1, 20 + NAMES.index(c["author"]), esc(c["author"]), handle(c["author"]).upper(), t.day, mon(t)[:3], t.year, t.hour, t.minute,
            to, i + 1, len(posts), irt, "".join("<p>%s</p>" % esc(x) for x in c["paras"])))
    body = ("<table class=\"top_bar\"><tr><td><a>Start</a> | <a>Messages</a> | <a>Links</a> | <a>Preferences</a> | <a>Logon</a></td></tr></table>"
            "<h1>Eastfield Allotments Beehive</h1><div class=\"thread_title\"><b>%s</b> (Allotment business)</div>"
            "<div class=\"thread_stats\">%d messages, 2 participants, 0 new</div>%s<div class=\"thread_nav\"><a>Previous</a> <a>Next</a> <a>Undo</a></div>"
            "<p class=\"copyright\">Beehive Forum 1.5.2 &copy; 2002-2026 Project Beehive Forum</p>") % (esc(SUBJECT), len(posts), "".join(rows))
    return base.page_wrap("Eastfield Allotments Beehive &raquo; %s" % SUBJECT, body)


def quora(cs):
    """Quora-like answers page: the question is the title; answers with comments nested under them; 'Answered Nov 21'."""
    creds = ["Allotment holder since 2009", "Former water board engineer", "Lives in Eastfield", "Treasurer, Eastfield Allotment Association", "Studied Horticulture"]

    def comment(i, depth):
        c = cs[i]
        sub = "".join(comment(k, depth + 1) for k in kids(cs, i))
        return ("<div class=\"q-box comment\" style=\"margin-left:%dpx\"><div class=\"q-flex\"><span class=\"q-text author\">%s</span> <span class=\"q-text light\">&middot; %s %d</span></div>"
                "<div class=\"q-text comment-text\">%s</div><div class=\"q-flex\"><button>Upvote</button> <span>%s</span> <button>Reply</button></div>%s</div>") % (
            24 * depth, esc(c["author"]), mon(c["time"])[:3], c["time"].day, "<br>".join(esc(x) for x in c["paras"]), c["likes"], sub)
    out = []
    for n, i in enumerate(kids(cs, None)):
        c = cs[i]
        k = kids(cs, i)
        coms = "<div class=\"comments\"><div class=\"q-text\">View %d comment%s</div>%s</div>" % (len(k), "" if len(k) == 1 else "s", "".join(comment(j, 1) for j in k)) if k else ""
        out.append(("<div class=\"q-box answer\"><div class=\"q-flex\"><img class=\"q-image\" src=\"/p/%d.jpg\"><div><span class=\"q-text author\">%s</span>"
                    " &middot; <a>Follow</a><div class=\"q-text credential\">%s</div><div class=\"q-text light\">Answered %s %d</div></div></div>"
                    "<div class=\"q-box spacing_log_answer_content\"><div class=\"q-text\">%s</div></div>"
                    "<div class=\"q-text light\">%d views &middot; View upvotes</div><div class=\"q-flex\"><button class=\"upvote\">Upvote &middot; %d</button> <button>Share</button></div>%s</div>") % (
            NAMES.index(c["author"]), esc(c["author"]), R.choice(creds), mon(c["time"])[:3], c["time"].day, "".join("<p>%s</p>" % esc(x) for x in c["paras"]),
            R.randint(30, 4000), c["likes"], coms))
        if n == 1:
            out.append("<div class=\"q-box ad\"><div class=\"q-text\">Sponsored by Garden Direct</div><div class=\"q-text\">Save water this summer.</div>"
                       "<p>Our self-watering planters cut garden water use in half. Free delivery this week.</p><button>Learn More</button></div>")
    body = ("<div class=\"q-header\"><a>Quora</a> <input placeholder=\"Search Quora\"> <a>Add question</a></div><div class=\"q-main\">"
            "<h1 class=\"q-text question\">Is it fair for an allotment association to meter every plot and charge for water by the cubic metre?</h1>"
            "<div class=\"q-flex\"><button>Answer</button> <button>Follow &middot; 12</button> <button>Request</button></div>"
            "<div class=\"q-text\">%d Answers</div><div class=\"q-text\">Sort: Recommended</div>%s"
            "<div class=\"q-box related\"><h3>Related questions</h3><ul><li>How much water does an allotment use?</li><li>Are water butts worth it?</li></ul></div></div>"
            "<div class=\"q-footer\">About &middot; Careers &middot; Privacy &middot; Terms</div>") % (len(kids(cs, None)), "".join(out))
    return base.page_wrap("Is it fair for an allotment association to meter every plot? - Quora", body)


def smf21print(posts):
    rows = []
    for i, c in enumerate(posts):
        t = c["time"]
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            pt = p["time"]
            q = ("<blockquote class=\"bbc_standard_quote\"><cite>Quote from: %s on %s %d, %d, %02d:%02d:00 %s</cite>%s</blockquote>") % (
                esc(p["author"]), mon(pt), pt.day, pt.year, pt.hour % 12 or 12, pt.minute, "AM" if pt.hour < 12 else "PM", esc(c["quote"]))
        rows.append(("<div class=\"postheader\">Title: %s%s<br>Post by: <strong>%s</strong> on <em>%s %d, %d, %02d:%02d:00 %s</em></div>"
                     "<div class=\"postbody\">%s%s</div>") % (
            "Re: " if i else "", esc(SUBJECT), esc(c["author"]), mon(t), t.day, t.year, t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM",
            q, tx(c, "<br><br>")))
    body = ("<div id=\"print_head\"><h2 id=\"title\">Eastfield Growers Forum</h2><h2 id=\"linktree\">Allotments &raquo; Water &raquo; Topic: %s</h2>"
            "<a href=\"/index.php?topic=61.0\">https://forum.eastfieldgrowers.example/index.php?topic=61.0</a></div>"
            "<div id=\"posts\">%s</div><div id=\"footer\" class=\"smalltext\"><a>SMF 2.1.4 &copy; 2023, Simple Machines</a></div>") % (
        esc(SUBJECT), "<hr>".join(rows))
    return ("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>Print Page - %s</title><style>body{font-family:Verdana}.postheader{border:solid #000;border-width:1px 0}"
            "</style></head><body>%s</body></html>") % (esc(SUBJECT), body)


def vbarchive(posts):
    rows = []
    for i, c in enumerate(posts):
        t = c["time"]
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = ("<div style=\"margin:20px; margin-top:5px; \"><div class=\"smallfont\" style=\"margin-bottom:2px\">Quote:</div><table cellpadding=\"6\" cellspacing=\"0\" border=\"0\" width=\"100%%\">"
                 "<tr><td class=\"alt2\" style=\"border:1px inset\"><div>Originally Posted by <strong>%s</strong></div><div style=\"font-style:italic\">%s</div></td></tr></table></div>") % (
                esc(p["author"]), esc(c["quote"]))
        rows.append(("<div class=\"post\"><div class=\"posttop\"><div class=\"username\">%s</div><div class=\"date\">%02d-%02d-%d, %s</div></div>"
                     "<div class=\"posttext\">%s%s</div></div><hr />") % (esc(c["author"]), t.month, t.day, t.year, ampm(t).rjust(8, "0"), q, tx(c, "<br />\n<br />\n")))
    body = ("<div class=\"pagebody\"><div id=\"navbar\"><a href=\"/archive/index.php\">Eastfield Growers Forum</a> &gt; <a href=\"/archive/index.php/f-7.html\">Allotments</a> &gt; %s</div>"
            "<hr /><div class=\"pda\"><a href=\"/archive/index.php/t-6120.html?pda=1\" target=\"_blank\" rel=\"nofollow\">PDA</a></div>"
            "<p class=\"largefont\">View Full Version : <a href=\"/showthread.php?t=6120\">%s</a></p><hr /><div id=\"pagenumbers\"><b>Pages : </b>[1] <a>2</a></div><hr />"
            "%s<div id=\"pagenumbers\"><b>Pages : </b>[1] <a>2</a></div><div id=\"copyright\">Powered by vBulletin&reg; Version 3.8.11 Copyright &copy;2026 vBulletin Solutions, Inc.</div></div>") % (
        esc(SUBJECT), esc(SUBJECT), "".join(rows))
    return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\"><html xmlns=\"http://www.w3.org/1999/xhtml\" dir=\"ltr\" lang=\"en\"><head>"
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" /><meta name=\"keywords\" content=\"water, meters\" />"
            "<title>%s [Archive]  - Eastfield Growers Forum</title><link rel=\"stylesheet\" type=\"text/css\" href=\"/archive/archive.css\" /></head><body>%s</body></html>") % (
        esc(SUBJECT), body)


def phpbbprint(posts):
    rows = []
    for i, c in enumerate(posts):
        t = c["time"]
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = "<blockquote><div><cite>%s wrote:</cite>%s</div></blockquote>" % (esc(p["author"]), esc(c["quote"]))
        rows.append(("<div class=\"post\"><h3>%s%s</h3><div class=\"date\">Posted: <strong>%s %s %d, %d %s</strong></div>"
                     "<div class=\"author\">by <strong>%s</strong></div><div class=\"content\">%s%s</div></div><hr />") % (
            "Re: " if i else "", esc(SUBJECT), t.strftime("%a"), mon(t)[:3], t.day, t.year, ampm(t, " ", True), esc(c["author"]), q, tx(c, "<br /><br />")))
    body = ("<div id=\"wrap\"><a id=\"top\" accesskey=\"t\"></a><div id=\"page-header\"><h1>Eastfield Growers</h1><p>Growing together since 1952<br />"
            "<a href=\"https://forum.eastfieldgrowers.example/\">https://forum.eastfieldgrowers.example/</a></p>"
            "<h2>%s</h2><p><a href=\"https://forum.eastfieldgrowers.example/viewtopic.php?t=412\">https://forum.eastfieldgrowers.example/viewtopic.php?t=412</a></p></div>"
            "<div id=\"page-body\"><div class=\"page-number\">Page <strong>1</strong> of <strong>1</strong></div>%s</div>"
            "<div id=\"page-footer\"><div class=\"page-number\">All times are <span title=\"UTC\">UTC</span><br />Page <strong>1</strong> of <strong>1</strong></div>"
            "<div class=\"copyright\">Powered by phpBB&reg; Forum Software &copy; phpBB Limited<br />https://www.phpbb.com/</div></div></div>") % (esc(SUBJECT), "".join(rows))
    return ("<!DOCTYPE html><html dir=\"ltr\" lang=\"en-gb\"><head><meta charset=\"utf-8\" /><meta name=\"robots\" content=\"noindex\" />"
            "<title>Eastfield Growers - %s</title><link href=\"styles/prosilver/theme/print.css\" rel=\"stylesheet\"></head><body id=\"phpbb\">%s</body></html>") % (esc(SUBJECT), body)


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

    def g(name, cs, likes, note, times="minute", zero_shown=True):
        return base.gold_of(name, name, cs, True, likes, times=times, note=note, zero_shown=zero_shown)

    posts = forum(9)
    write("nabble", nabble(posts), g("nabble", posts, False, "every message a post; the '[via ...] wrote:' head and the quoted message (above or below the reply) are not text, "
                                     "the quoted post is the parent; signature and post count not text; an ad row between posts"))
    posts = forum(10)
    write("groupsio", groupsio(posts), g("groupsio", posts, False, "every message a post; the collapsed quoted mail BELOW the reply ('On ..., X wrote:') is not text and names the parent; "
                                         "'--' signatures not text; '#n' message numbers; '11/21/26 2:14pm'"))
    cs = qa(9, likes=True)
    for c in cs:
        if c["parent"] is not None:
            c["likes"] = None  # comments under an answer show no vote count
    write("msqa", msqa(cs), g("msqa", cs, True, "question and answers are posts, comments under an answer are its children; reputation, 'Microsoft External Staff' and "
                                          "the 'Accept Answer' boilerplate are not text; vote counts are likes; ISO time in local-time[datetime]"))
    posts = forum(10, likes=True)
    write("apple", apple(posts), g("apple", posts, True, "every post a comment; 'in response to X' names the parent, the quote box is not text; Level / points not text; "
                                   "'Helpful (n)' is likes; an 'Edited by' note and a 'Similar questions' box between posts are not text"))
    posts = forum(9, likes=True)
    write("higherlogic", higherlogic(posts), g("higherlogic", posts, True, "every message a post; the dashed name/title/organisation block and the 'Original Message' "
                                               "quote are not text, the quoted message is the parent; '11-21-2026 02:14 PM'; 'n Likes' (none shown for 0)", zero_shown=False))
    cs = qa(10, likes=True, max_depth=2)
    write("trailblazer", trailblazer(cs), g("trailblazer", cs, True, "question, answers and nested replies are posts; 'Best Answer chosen by' and badges not text; "
                                            "'n Likes' (none for 0); 'November 21, 2026 at 2:14 PM'", zero_shown=False))
    posts = forum(10)
    write("wbb3", wbb3(posts), g("wbb3", posts, False, "WoltLab Burning Board 3: sidebar user cell (title, rank, Posts, Location) not text; 'Quote from >>X<<' boxes not text, "
                                 "the quoted post is the parent; edit notes and signatures not text; 'Saturday, November 21st 2026, 2:14pm'"))
    posts = forum(10)
    write("ipb2", ipb2(posts), g("ipb2", posts, False, "IP.Board 2.3 tables: 'QUOTE (X @ date)' boxes not text, quoted post is the parent; Group/Posts/Joined/Member No. cell, "
                                 "signatures, edit notes and 'thanked this post' lists not text; a sponsored row after the first post"))
    posts = forum(9)
    write("xoops", xoops(posts), g("xoops", posts, False, "Xoops newbb flat view: 'Posted on: 2026/11/21 14:14'; rank / Joined / From / Posts cell not text; "
                                   "'X wrote:' quotes not text, the quoted post is the parent; signatures not text"))
    posts = base.chronological(10, likes=False, p_reply=0.55)
    for c in posts:
        c["quote"] = None
    posts[0]["paras"] = list(OPENER)
    posts[0]["author"] = "Hazel Pryce"
    write("beehive", beehive(posts), g("beehive", posts, False, "Beehive Forum: From / To / date head per message; 'To: X ... in reply to n' names the parent, 'To: ALL' is top-level; "
                                       "'n of m' counters not text"))
    cs = base.thread(12, max_depth=2, likes=True, p_reply=0.45)
    write("quora", quora(cs), g("quora", cs, True, "answers and their nested comments are posts (the question is only a title); credentials, view counts and a sponsored "
                                "box between answers are not text; 'Answered Nov 21' has no year: times not scored; 'Upvote . n' is likes", times=None))
    posts = forum(10)
    write("smf21print", smf21print(posts), g("smf21print", posts, False, "SMF 2.1 printpage: bare header/body pairs separated by hr; 'Quote from: X on ...' cites are not text, "
                                             "the quoted post is the parent"))
    posts = forum(11)
    write("vbarchive", vbarchive(posts), g("vbarchive", posts, False, "vBulletin 3.8 archive (linear mode): div.post > posttop (username, date) + posttext; "
                                           "'Quote: Originally Posted by X' tables not text, the quoted post is the parent"))
    posts = forum(9)
    write("phpbbprint", phpbbprint(posts), g("phpbbprint", posts, False, "phpBB 3.3 print view: h3 title, 'Posted: Sat Nov 21, 2026 2:14 pm', 'by X', content with "
                                             "'X wrote:' cites (not text, the quoted post is the parent)"))
    print("\n".join(written))


if __name__ == "__main__":
    main()
