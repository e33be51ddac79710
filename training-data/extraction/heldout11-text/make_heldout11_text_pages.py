#!/usr/bin/python3
"""Writes the ELEVENTH held-out round, aimed at the `w3m -dump` text path: 12 thread pages in systems no earlier gold
set covers, each with its dump in text/, scored on main before any rule for them (README.md): XenForo, vBulletin 3,
SMF 1.x classic, a Mailman digest, YouTrack, a Gigya-like news widget, a Pluck-like news CMS, Habari, a Kuro5hin-like
Scoop thread, Instagram-like, GitHub Discussions-like and Spiceworks-like pages. The hard cases a dump shows: authors
on their own line or in "X said:" / "X wrote:" heads, dates in many formats, nesting by indentation only (nested ul,
dl/dd), "In reply to X" / "X replied to Y" / @mentions, quoted earlier posts, two-column user-info cells (join date,
post count, rank) and likes counts. Helpers and gold format from ../heldout5's generator; another topic (a ferry route
cut), names and seed. Our own synthetic text. Usage: make_heldout11_text_pages.py [OUT_DIR]"""
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
base.SUBJECTS[:] = ["the winter timetable", "the evening sailing", "the new vessel", "the fare rise", "the car deck",
                    "the booking system", "the harbour works", "the island school run", "the freight slot", "the ferry board",
                    "the relief boat"]
base.VIEWS[:] = ["was decided in a mainland office", "leaves the island cut off after six", "could work if the relief boat is kept",
                 "is about saving fuel, nothing else", "needs a proper count of foot passengers", "changes every season",
                 "will push young families off the island", "was always going to happen", "should be put to the community council"]
base.ASIDES[:] = ["I have crossed twice a day since 2004.", "The pier was rebuilt in 2019.", "Last Tuesday the boat left twenty minutes early.",
                  "My daughter sits her exams on the mainland.", "The café on board closed in October.", "Nobody from the operator came to the meeting.",
                  "The consultation closes on the fourteenth.", "I counted nine lorries waiting on Friday."]
base.STARTS[:] = ["As an islander", "Honestly", "Having crewed on her for ten years", "To be fair", "From the board papers",
                  "Oddly enough", "Speaking as a haulier", "For what it's worth"]
base.NAMES[:] = ["Morag Campbell", "deckhand_dave", "Ewan MacLeod", "Ingrid Solberg", "sealochsue", "Kwame Asante",
                 "Fionn", "tidewatcher", "Annelise Brandt", "Ruaridh Bell", "pier_pete", "Shona Mackay"]
esc, paras, handle, mon, ampm, ago, kids = base.esc, base.paras, base.handle, base.mon, base.ampm, base.ago, base.kids
NOW = dt.datetime(2026, 12, 7, 9, 0)
STORY_T = "Evening ferry to Inchmore to be cut from the winter timetable"
STORY = ["The operator has confirmed that the 19:40 sailing to Inchmore will not run from January to March, leaving the "
         "last boat to the island at 16:10.",
         "Islanders say the cut will stop people working full days on the mainland, and that the consultation ran for "
         "only nine days.",
         "The community council meets the operator on 14 December. A petition has more than 900 signatures."]


def story(title=STORY_T):
    return ("<article class=\"article\"><h1>%s</h1><p class=\"byline\">By Catriona Nairn &middot; 2 December 2026</p>"
            "<div class=\"article-body\">%s</div></article>") % (esc(title), "".join("<p>%s</p>" % esc(p) for p in STORY))


def site(title, body):
    return base.page_wrap(title, body)


def subject_of(c):
    s = c["paras"][0].split(",")[1].strip().split(" ")[0:4]
    return " ".join(s).capitalize()


def forum_posts(n):
    """An opening post and n replies, flat; a reply quotes an earlier post (its parent) with probability 0.4."""
    cs = base.thread(n, nested=False, likes=True, spread=(10, 400))
    first = {"parent": None, "depth": 0, "author": "Morag Campbell", "time": cs[0]["time"] - dt.timedelta(hours=2, minutes=41),
             "likes": R.randint(0, 40), "quote": None, "id": 4093,
             "paras": [STORY[0], "Is anyone going to the meeting on the fourteenth? " + STORY[2]]}
    cs = [first] + cs
    for i, c in enumerate(cs):
        if i > 1 and R.random() < 0.4:
            c["parent"] = R.randrange(i)
            c["quote"] = cs[c["parent"]]["paras"][0]
    return cs


def xenforo(cs):
    """XenForo 2: a message is a user cell (name, title, 'Joined', 'Messages', 'Reaction score', 'Location') beside the
    body; date 'Nov 30, 2026' and '#3'; quotes 'X said:' ... 'Click to expand...'; reactions 'A, B and 3 others'."""
    out = []
    for i, c in enumerate(cs):
        t = c["time"]
        quote = ""
        if c["quote"]:
            quote = ("<blockquote class=\"bbCodeBlock bbCodeBlock--quote\"><div class=\"bbCodeBlock-title\"><a>%s said:</a></div>"
                     "<div class=\"bbCodeBlock-content\"><div class=\"bbCodeBlock-expandContent\">%s</div><div class=\"bbCodeBlock-expandLink\"><a>Click to expand...</a></div></div></blockquote>") % (
                esc(cs[c["parent"]]["author"]), esc(c["quote"]))
        others = [a for a in base.NAMES if a != c["author"]]
        react = ""
        if c["likes"]:
            who = R.sample(others, min(2, c["likes"]))
            react = "<div class=\"reactionsBar\"><a>%s%s</a></div>" % (esc(", ".join(who) if c["likes"] <= 2 else who[0] + ", " + who[1]),
                                                                     " and %d others" % (c["likes"] - 2) if c["likes"] > 2 else "")
        out.append(("<article class=\"message message--post\"><table width=\"100%%\"><tr><td width=\"160\" valign=\"top\" class=\"message-cell--user\">"
                    "<h4 class=\"message-name\"><a class=\"username\">%s</a></h4><h5 class=\"userTitle\">%s</h5><dl><dt>Joined</dt><dd>%s %d, %d</dd></dl>"
                    "<dl><dt>Messages</dt><dd>%s</dd></dl><dl><dt>Reaction score</dt><dd>%d</dd></dl><dl><dt>Location</dt><dd>%s</dd></dl></td>"
                    "<td valign=\"top\" class=\"message-cell--main\"><ul class=\"message-attribution\"><li><time datetime=\"%s\">%s %d, %d</time></li><li><a>#%d</a></li></ul>"
                    "<div class=\"bbWrapper\">%s%s</div><div class=\"message-actionBar\"><a>Report</a> <a>Like</a> <a>Reply</a></div>%s</td></tr></table></article>") % (
            esc(c["author"]), R.choice(["Well-known member", "Member", "New member", "Active member"]), mon(R.choice([t.replace(year=2011), t.replace(year=2019)]))[:3],
            R.randint(1, 28), R.choice([2011, 2016, 2019, 2023]), "{:,}".format(R.randint(5, 9000)), R.randint(0, 4000), R.choice(["Inchmore", "Oban", "Glasgow"]),
            t.isoformat(), mon(t)[:3], t.day, t.year, i + 1, quote, "<br><br>".join(esc(p) for p in c["paras"]), react))
    body = ("<div class=\"p-header\"><a>Island Life Forums</a></div><div class=\"p-nav\"><a>Forums</a> <a>What's new</a> <a>Members</a> <a>Log in</a> <a>Register</a></div>"
            "<h1 class=\"p-title\">%s</h1><div class=\"p-description\">Discussion in 'Transport' started by Morag Campbell</div>%s"
            "<div class=\"p-footer\">Community platform by XenForo&reg; &copy; 2010-2026 XenForo Ltd.</div>") % (esc(STORY_T), "".join(out))
    return site("%s | Island Life Forums" % STORY_T, body)


def vbulletin3(cs):
    """vBulletin 3: a table per post; a date row ('11-30-2026, 02:12 PM' and '#3'), then the user cell (name, title, 'Join
    Date: Mar 2009', 'Location', 'Posts: 1,234') beside the body; 'Quote: Originally Posted by X'."""
    out = []
    for i, c in enumerate(cs):
        t = c["time"]
        quote = ""
        if c["quote"]:
            quote = ("<div style=\"margin:20px\"><div class=\"smallfont\">Quote:</div><table width=\"100%%\"><tr><td class=\"alt2\">"
                     "<div>Originally Posted by <strong>%s</strong></div><div style=\"font-style:italic\">%s</div></td></tr></table></div>") % (
                esc(cs[c["parent"]]["author"]), esc(c["quote"]))
        out.append(("<table class=\"tborder\" width=\"100%%\" id=\"post%d\"><tr><td class=\"thead\">%02d-%02d-%d, %s</td><td class=\"thead\" align=\"right\">#<a><strong>%d</strong></a></td></tr>"
                    "<tr><td class=\"alt2\" width=\"175\" valign=\"top\"><div><a class=\"bigusername\">%s</a></div><div class=\"smallfont\">%s</div>"
                    "<div class=\"smallfont\"><div>Join Date: %s %d</div><div>Location: %s</div><div>Posts: %s</div></div></td>"
                    "<td class=\"alt1\" valign=\"top\"><div class=\"smallfont\"><strong>%s</strong></div><hr><div id=\"post_message_%d\">%s%s</div></td></tr>"
                    "<tr><td class=\"alt2\"><a>Offline</a></td><td class=\"alt1\" align=\"right\"><a>Reply With Quote</a></td></tr></table>") % (
            c["id"], t.month, t.day, t.year, ampm(t).rjust(8, "0"), i + 1, esc(c["author"]), R.choice(["Senior Member", "Member", "Junior Member"]),
            mon(t)[:3], R.choice([2006, 2009, 2014]), R.choice(["Inchmore", "Oban", "Mull"]), "{:,}".format(R.randint(3, 6000)),
            esc("Re: " + STORY_T if i else STORY_T), c["id"], quote, "<br><br>".join(esc(p) for p in c["paras"])))
    body = ("<table width=\"100%%\"><tr><td><b>Hebrides Boards</b></td><td align=\"right\">User Name <input> Password <input> <input type=\"submit\" value=\"Log in\"></td></tr></table>"
            "<div class=\"navbar\"><a>Hebrides Boards</a> &gt; <a>Travel</a> &gt; <a>Ferries</a></div>%s<br><div class=\"smallfont\">All times are GMT. The time now is 09:00 AM.</div>"
            "<div class=\"smallfont\">Powered by vBulletin&reg; Version 3.8.11</div>") % "".join(out)
    return site("%s - Hebrides Boards" % STORY_T, body)


def smf(cs):
    """SMF 1.1 classic: a two-column table per post; the poster cell (name, rank, stars, 'Offline', 'Posts: 123', 'Karma:
    +3/-0', personal text) beside the subject and '« Reply #3 on: November 30, 2026, 02:12:00 PM »'; 'Quote from: X on ...'."""
    out = []
    for i, c in enumerate(cs):
        t = c["time"]
        quote = ""
        if c["quote"]:
            pt = cs[c["parent"]]["time"]
            quote = ("<div class=\"quoteheader\"><a>Quote from: %s on %s %d, %d, %s</a></div><div class=\"quote\">%s</div>") % (
                esc(cs[c["parent"]]["author"]), mon(pt), pt.day, pt.year, pt.strftime("%I:%M:%S %p"), esc(c["quote"]))
        out.append(("<table width=\"100%%\" class=\"bordercolor\"><tr><td class=\"windowbg\" width=\"16%%\" valign=\"top\"><b><a>%s</a></b><div class=\"smalltext\">%s<br>%s<br><br>Offline<br><br>"
                    "Posts: %d<br>Karma: +%d/-%d<br><br>%s</div></td><td class=\"windowbg\" valign=\"top\"><table width=\"100%%\"><tr><td><b><a>%s</a></b>"
                    "<div class=\"smalltext\">&laquo; %s on: %s %d, %d, %s &raquo;</div></td><td align=\"right\"><a>Quote</a></td></tr></table><hr>"
                    "<div class=\"post\">%s%s</div></td></tr></table>") % (
            esc(c["author"]), R.choice(["Full Member", "Sr. Member", "Newbie", "Hero Member"]), "*" * R.randint(1, 5), R.randint(1, 2500), R.randint(0, 40), R.randint(0, 5),
            R.choice(["Sea legs required", "", "Inchmore born and bred"]), esc("Re: " + STORY_T if i else STORY_T), "Reply #%d" % i if i else "Posted", mon(t), t.day, t.year,
            t.strftime("%I:%M:%S %p"), quote, "<br><br>".join(esc(p) for p in c["paras"])))
    body = ("<table width=\"100%%\"><tr><td><b>Inchmore Community Forum</b></td><td>Hello Guest. Please login or register.</td></tr></table>"
            "<div class=\"nav\"><b><a>Inchmore Community Forum</a> &raquo; <a>General</a> &raquo; <a>Ferries</a></b></div>"
            "<table width=\"100%%\"><tr><td class=\"titlebg\">Author</td><td class=\"titlebg\">Topic: %s (Read 412 times)</td></tr></table>%s"
            "<div class=\"copyright\">Powered by SMF 1.1.21 | SMF &copy; 2015, Simple Machines</div>") % (esc(STORY_T), "".join(out))
    return site(STORY_T, body)


def mailman(cs):
    """Mailman digest: each message a header block (Message: n, Date: RFC 2822, From: addr (Name), Subject: Re: ...) in a
    pre; a reply quotes its parent under 'On <date>, Name wrote:' with '> ' lines; '-- ' signatures."""
    out = []
    for i, c in enumerate(cs):
        t = c["time"]
        q = ""
        if c["quote"]:
            p = cs[c["parent"]]
            pt = p["time"]
            q = "On %s, %d %s %d at %s, %s wrote:\n> %s\n\n" % (pt.strftime("%a"), pt.day, mon(pt)[:3], pt.year, pt.strftime("%H:%M"), p["author"], c["quote"])
        sig = "\n-- \n%s\nInchmore, Isle of Tarn\n" % c["author"] if R.random() < 0.4 else ""
        out.append(("------------------------------\n\nMessage: %d\nDate: %s, %d %s %d %s +0000\nFrom: %s &lt;%s@inchmore.example&gt;\nTo: islanders@lists.inchmore.example\n"
                    "Subject: %s\nMessage-ID: &lt;%d@inchmore.example&gt;\nContent-Type: text/plain; charset=UTF-8\n\n%s%s\n%s\n") % (
            i + 1, t.strftime("%a"), t.day, mon(t)[:3], t.year, t.strftime("%H:%M:%S"), esc(c["author"]), handle(c["author"]),
            esc("[Islanders] " + ("Re: " if i else "") + "Evening ferry cut"), 70000 + c["id"], esc(q), "\n\n".join(esc(p) for p in c["paras"]), esc(sig)))
    body = ("<h1>Islanders Digest, Vol 88, Issue 12</h1><pre>Send Islanders mailing list submissions to\n\tislanders@lists.inchmore.example\n\nToday's Topics:\n\n"
            "   1. Evening ferry cut (Morag Campbell)\n   2. Re: Evening ferry cut (several)\n\n\n%s------------------------------\n\n"
            "_______________________________________________\nIslanders mailing list\nislanders@lists.inchmore.example\n\nEnd of Islanders Digest, Vol 88, Issue 12\n</pre>") % "".join(out)
    return site("Islanders Digest, Vol 88, Issue 12", body)


def youtrack(cs):
    """YouTrack issue: flat comments, the author on its own line over '30 Nov 2026 14:12'; a reply opens with '@handle'."""
    out = []
    for c in cs:
        t = c["time"]
        text = paras(c)
        if c["parent"] is not None:
            text = "<p><a class=\"mention\">@%s</a> %s</p>%s" % (handle(cs[c["parent"]]["author"]), esc(c["paras"][0]), "".join("<p>%s</p>" % esc(x) for x in c["paras"][1:]))
        out.append(("<div class=\"comment\"><div class=\"comment__header\"><div class=\"avatar\"><img alt=\"\" src=\"/a.png\"></div><div><a class=\"user\">%s</a></div>"
                    "<div class=\"date\">%d %s %d %02d:%02d</div></div><div class=\"comment__text\">%s</div><div class=\"comment__actions\"><a>Reply</a> <a>Quote</a> <a>Link</a></div></div>") % (
            esc(c["author"]), t.day, mon(t)[:3], t.year, t.hour, t.minute, text))
    body = ("<div class=\"header\"><b>YouTrack-ish</b> <a>Issues</a> <a>Agile Boards</a> <a>Reports</a></div><h1>FERRY-412 Evening sailing to Inchmore removed from winter timetable</h1>"
            "<div class=\"fields\">Priority: Major &middot; State: Open &middot; Assignee: Unassigned &middot; Subsystem: Timetable</div><div class=\"description\"><p>%s</p><p>%s</p></div>"
            "<div class=\"tabs\"><b>Comments %d</b> <a>History</a> <a>Linked issues</a></div><div class=\"comments\">%s</div>") % (esc(STORY[0]), esc(STORY[1]), len(cs), "".join(out))
    return site("FERRY-412 Evening sailing to Inchmore removed", body)


def gigya(cs):
    """Gigya-like news comments: flat; the name on its own line, then '30 November 2026 2:12pm'; a reply carries a line
    'In reply to X' over its text; footer 'Like (12) · Reply · Share'."""
    out = []
    for c in cs:
        t = c["time"]
        rep = "<div class=\"gig-comment-replyTo\">In reply to <a>%s</a></div>" % esc(cs[c["parent"]]["author"]) if c["parent"] is not None else ""
        out.append(("<div class=\"gig-comment\"><div class=\"gig-comment-username\">%s</div><div class=\"gig-comment-time\">%d %s %d %s</div>%s"
                    "<div class=\"gig-comment-body\">%s</div><div class=\"gig-comment-footer\"><a>Like (%d)</a> &middot; <a>Reply</a> &middot; <a>Share</a></div></div>") % (
            esc(c["author"]), t.day, mon(t), t.year, ampm(t, "", True), rep, paras(c), c["likes"]))
    body = ("<div class=\"masthead\"><a>The Island Courier</a> <a>News</a> <a>Sport</a> <a>Opinion</a></div>%s<div class=\"gig-comments-header\">%d Comments &middot; Sort by: Newest</div>"
            "<div class=\"gig-comments\">%s</div><div class=\"footer\">&copy; 2026 Island Courier Ltd.</div>") % (story(), len(cs), "".join(out))
    return site(STORY_T + " | The Island Courier", body)


def pluck(cs):
    """Pluck-like news CMS: replies nested by CSS margin only; a reply's header says 'X replied to Y'; 'Recommend (n)'."""
    out = []
    for c in cs:
        t = c["time"]
        who = esc(c["author"]) if c["parent"] is None else "%s replied to %s" % (esc(c["author"]), esc(cs[c["parent"]]["author"]))
        out.append(("<div class=\"pluck-comm-single-comment\" style=\"margin-left:%dpx\"><div class=\"pluck-comm-username-display\">%s</div>"
                    "<div class=\"pluck-comm-timestamp\">%s %d, %d at %s</div><div class=\"pluck-comm-body\">%s</div>"
                    "<div class=\"pluck-comm-actions\"><a>Reply</a> | <a>Recommend (%d)</a> | <a>Report Abuse</a></div></div>") % (
            30 * c["depth"], who, mon(t), t.day, t.year, ampm(t), paras(c), c["likes"]))
    body = ("<div class=\"site-header\"><a>West Coast Herald</a> <a>Local</a> <a>Business</a> <a>Opinion</a></div>%s<div class=\"pluck-comm-header\">Comments (%d)</div>"
            "<div class=\"pluck-comm\">%s</div><div class=\"site-footer\">Terms of use | Privacy | &copy; West Coast Herald</div>") % (story(), len(cs), "".join(out))
    return site(STORY_T + " - West Coast Herald", body)


def habari(cs):
    """Habari blog: comments as nested ul (indented and bulleted in the dump); 'X said:' heads the text, the date
    'November 30th, 2026 at 2:12 pm' and 'Permalink' follow it."""
    def one(i):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k) for k in kids(cs, i))
        suf = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(t.day, "th")
        return ("<li class=\"comment\"><div class=\"comment-author\"><cite><a>%s</a></cite> said:</div><div class=\"comment-content\">%s</div>"
                "<div class=\"comment-meta\">%s %d%s, %d at %s | <a>Permalink</a> | <a>Reply</a></div>%s</li>") % (
            esc(c["author"]), paras(c), mon(t), t.day, suf, t.year, ampm(t, " ", True), "<ul class=\"children\">%s</ul>" % sub if sub else "")
    body = ("<div id=\"header\"><h1><a>Tide Tables</a></h1><p>an islander's notebook</p></div><div id=\"content\"><div class=\"entry\"><h2>The last boat</h2>"
            "<div class=\"entry-meta\">December 2nd, 2026</div><p>%s</p><p>%s</p></div><div id=\"comments\"><h3>%d Responses to &ldquo;The last boat&rdquo;</h3>"
            "<ul class=\"commentlist\">%s</ul></div></div><div id=\"footer\">Tide Tables is powered by Habari.</div>") % (
        esc(STORY[0]), esc(STORY[1]), len(cs), "".join(one(i) for i in kids(cs, None)))
    return site("Tide Tables &raquo; The last boat", body)


def kuro5hin(cs):
    """Kuro5hin-like Scoop thread: replies nested in dl/dd (indented in the dump); 'subject (score 3.00 / 2)' then
    'by X on Mon Nov 30th, 2026 at 02:12:02 PM EST'; a reply's links include '[ Parent ]'."""
    def one(i):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k) for k in kids(cs, i))
        suf = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(t.day, "th")
        return ("<dl><dt><b>%s</b> (score %.2f / %d)<br><font size=\"-1\">by <a>%s</a> on %s %s %d%s, %d at %s EST</font></dt><dd>%s"
                "<p><font size=\"-1\">[ %s<a>Reply to This</a> ]</font></p>%s</dd></dl>") % (
            esc(subject_of(c) if c["parent"] is None else "Re: " + subject_of(cs[c["parent"]])), R.choice([1, 2, 3, 4, 5]) * 0.75 + 0.25, R.randint(1, 9), esc(c["author"]),
            t.strftime("%a"), mon(t)[:3], t.day, suf, t.year, t.strftime("%I:%M:%S %p"), paras(c), "<a>Parent</a> | " if c["parent"] is not None else "", sub)
    body = ("<table width=\"100%%\"><tr><td><b>kuro5hin-ish</b> technology and culture, from the trenches</td></tr></table>%s"
            "<hr><p><b>%s</b> | %d comments (%d topical, 0 editorial, 0 hidden)</p><form>Display: <select><option>Nested</option></select></form>%s") % (
        story(), esc(STORY_T), len(cs), len(cs), "".join(one(i) for i in kids(cs, None)))
    return site(STORY_T + " || kuro5hin-ish", body)


def instagram(cs):
    """Instagram-like: the handle and the text on ONE line, then '3d  12 likes  Reply'; replies under 'View replies (n)'
    one level deep, CSS padding only, most opening with '@handle'."""
    out = []
    for i in kids(cs, None):
        c = cs[i]
        reps = ""
        for k in kids(cs, i):
            r = cs[k]
            reps += ("<li class=\"reply\" style=\"padding-left:54px\"><div><a class=\"user\">%s</a> <span>%s</span></div>"
                     "<div class=\"meta\"><time>%s</time> <span>%s</span> <button>Reply</button></div></li>") % (
                esc(r["author"]), esc(" ".join(r["paras"])), ago(r["time"], NOW).replace(" days ago", "d").replace(" day ago", "d").replace(" hours ago", "h"),
                "%d likes" % r["likes"] if r["likes"] else "")
        out.append(("<li class=\"comment\"><div><a class=\"user\">%s</a> <span>%s</span></div><div class=\"meta\"><time>%s</time> <span>%s</span> <button>Reply</button></div>%s</li>") % (
            esc(c["author"]), esc(" ".join(c["paras"])), ago(c["time"], NOW).replace(" days ago", "d").replace(" day ago", "d").replace(" hours ago", "h"),
            "%d likes" % c["likes"] if c["likes"] else "", "<ul><li><button>View replies (%d)</button></li>%s</ul>" % (len(kids(cs, i)), reps) if reps else ""))
    body = ("<div class=\"nav\"><a>Instagram-ish</a> <input placeholder=\"Search\"> <a>Log in</a> <a>Sign up</a></div><div class=\"post\"><a class=\"user\">islandcourier</a> &middot; Follow"
            "<div class=\"caption\"><a>islandcourier</a> %s #inchmore #ferry</div><div>1,204 likes</div><div>December 2</div></div><ul class=\"comments\">%s</ul>") % (
        esc(STORY[0]), "".join(out))
    return site("Island Courier on Instagram-ish: \"The evening ferry is going\"", body)


def ghdiscussions(cs):
    """GitHub Discussions-like: answers ('X commented Nov 30, 2026', '👍 5', 'n replies') with one level of replies under
    each in a CSS-indented box ('X replied Nov 30, 2026'); the opening post is the article."""
    out = []
    for i in kids(cs, None):
        c = cs[i]
        t = c["time"]
        reps = ""
        for k in kids(cs, i):
            r = cs[k]
            reps += ("<div class=\"timeline-comment reply\" style=\"margin-left:40px\"><div class=\"timeline-comment-header\"><img alt=\"@%s\" src=\"/a.png\"> <a class=\"author\">%s</a> replied "
                     "<relative-time datetime=\"%s\">%s %d, %d</relative-time></div><div class=\"comment-body\">%s</div>%s</div>") % (
                r["author"], r["author"], r["time"].isoformat(), mon(r["time"])[:3], r["time"].day, r["time"].year, paras(r),
                "<div class=\"reactions\">&#128077; %d</div>" % r["likes"] if r["likes"] else "")
        out.append(("<div class=\"discussion-timeline-item\"><div class=\"timeline-comment\"><div class=\"timeline-comment-header\"><img alt=\"@%s\" src=\"/a.png\"> <a class=\"author\">%s</a> commented "
                    "<relative-time datetime=\"%s\">%s %d, %d</relative-time></div><div class=\"comment-body\">%s</div>%s</div>"
                    "<div class=\"discussion-replies\"><div class=\"replies-count\">%d replies</div>%s</div></div>") % (
            c["author"], c["author"], t.isoformat(), mon(t)[:3], t.day, t.year, paras(c), "<div class=\"reactions\">&#128077; %d</div>" % c["likes"] if c["likes"] else "",
            len(kids(cs, i)), reps))
    body = ("<div class=\"header\"><a>GitHub-ish</a> <a>Pull requests</a> <a>Issues</a> <a>Marketplace</a></div><div class=\"repohead\">inchmore / timetable-app</div>"
            "<h1>Show the cut evening sailing as cancelled instead of hiding it <span>#88</span></h1><div class=\"discussion-opener\"><b>ewanmacleod</b> started this conversation in Ideas"
            "<p>%s</p><p>%s</p></div><div class=\"discussion-count\">%d comments &middot; %d replies</div>%s") % (
        esc(STORY[0]), esc(STORY[1]), len(kids(cs, None)), len(cs) - len(kids(cs, None)), "".join(out))
    return site("Show the cut evening sailing as cancelled · inchmore/timetable-app · Discussion #88", body)


def spiceworks(cs):
    """Spiceworks-like community thread (forum: every post a comment): a user box (name, 'This person is a verified
    professional.', 'Pimiento', 'Nov 30th, 2026 at 2:12 PM'); a reply quoting a post opens with 'X wrote:' and the quote;
    'thumb_up 3 thumb_down' and 'flag Report' under each post."""
    out = []
    for i, c in enumerate(cs):
        t = c["time"]
        suf = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(t.day, "th")
        quote = ""
        if c["quote"]:
            quote = "<blockquote><div class=\"quote-author\">%s wrote:</div><p>%s</p></blockquote>" % (esc(handle(cs[c["parent"]]["author"])), esc(c["quote"]))
        out.append(("<div class=\"post\"><div class=\"user-box\"><img alt=\"\" src=\"/a.png\"><div><a class=\"user\">%s</a></div><div class=\"badge\">%s</div><div class=\"pepper\">%s</div>"
                    "<div class=\"date\">%s %d%s, %d at %s</div></div><div class=\"post-body\">%s%s</div>"
                    "<div class=\"post-footer\"><span>thumb_up</span> %d <span>thumb_down</span> <a>flag Report</a> <a>Reply</a></div></div>") % (
            esc(handle(c["author"])), R.choice(["This person is a verified professional.", "Verify your account to enable IT peers to see that you are a professional.", ""]),
            R.choice(["Pimiento", "Jalapeno", "Serrano", "Habanero", "Ghost Chili"]), mon(t)[:3], t.day, suf, t.year, ampm(t), quote, paras(c), c["likes"]))
    body = ("<div class=\"header\"><a>Spiceworks-ish Community</a> <a>Topics</a> <a>Research</a> <a>Events</a></div><h1>Remote desktop for the island office when the late ferry stops?</h1>"
            "<div class=\"tags\">Networking &middot; Remote Access</div>%s<div class=\"footer\">&copy; Spiceworks-ish Inc.</div>") % "".join(out)
    return site("Remote desktop for the island office when the late ferry stops? - Spiceworks-ish", body)


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
    cs = forum_posts(11)
    write("xenforo", xenforo(cs), g("xenforo", "xenforo", cs, True, False,
          note="every post a comment; user cell (title, Joined, Messages, Reaction score, Location) is not text; 'X said: ... Click to expand...' quotes name the parent and are not text; the reactions line is not text; date only"
          ))
    cs = forum_posts(11)
    write("vbulletin3", vbulletin3(cs), g("vbulletin3", "vbulletin3", cs, True, False,
          note="two-column post table; the user cell (title, Join Date, Location, Posts) and the subject are not text; 'Quote: Originally Posted by X' names the parent"))
    cs = forum_posts(11)
    write("smfclassic", smf(cs), g("smfclassic", "smf1-classic", cs, True, False,
          note="two-column post table; the poster cell (rank, stars, Offline, Posts, Karma, personal text) is not text; '« Reply #n on: November 30, 2026, 02:12:00 PM »'; 'Quote from: X on <date>' names the parent"))
    cs = forum_posts(11)
    write("mailman", mailman(cs), g("mailman", "mailman-digest", cs, True, False,
          note="digest in one pre; header lines, 'On <date>, X wrote:' + '> ' quotes (the parent) and '-- ' signatures are not text; RFC 2822 dates"))
    cs = base.chronological(12, likes=False, p_reply=0.5)
    write("youtrack", youtrack(cs), g("youtrack", "youtrack-like", cs, False, False,
          note="flat; the name on its own line over '30 Nov 2026 14:12'; a reply opens with the mention '@handle' of the parent (not text)"))
    cs = base.chronological(12, likes=True, p_reply=0.45)
    write("gigya", gigya(cs), g("gigya", "gigya-like", cs, False, True,
          note="flat news widget; name on its own line, '30 November 2026 2:12pm'; 'In reply to X' line (not text) names the parent (X's latest comment above); 'Like (n)' is likes"))
    cs = base.thread(12, max_depth=3, p_reply=0.6)
    write("pluck", pluck(cs), g("pluck", "pluck-like", cs, False, True,
          note="CSS margin only; a reply's header 'X replied to Y' names the parent's author (the nearest Y above); 'Recommend (n)' is likes; 'November 30, 2026 at 2:12 PM'"))
    cs = base.thread(12, max_depth=3, likes=False, p_reply=0.6)
    write("habari", habari(cs), g("habari", "habari", cs, False, False,
          note="nested ul (indented, bulleted in the dump); 'X said:' over the text; 'November 30th, 2026 at 2:12 pm | Permalink | Reply' under it"))
    cs = base.thread(12, max_depth=3, likes=False, p_reply=0.6)
    write("kuro5hin", kuro5hin(cs), g("kuro5hin", "scoop-kuro5hin-like", cs, False, False,
          note="replies nested in dl/dd (indented in the dump); 'subject (score 3.00 / 2)' and 'by X on Mon Nov 30th, 2026 at 02:12:02 PM EST' are not text; '[ Parent | Reply to This ]'"))
    cs = base.thread(12, max_depth=1, p_reply=0.55)
    base.handles(cs)
    for c in cs:
        if c["parent"] is not None:
            c["paras"] = ["@%s %s" % (cs[c["parent"]]["author"], " ".join(c["paras"]))]
        else:
            c["paras"] = [" ".join(c["paras"])]
    write("instagram", instagram(cs), g("instagram", "instagram-like", cs, False, True, fetched=NOW, times="date", zero_shown=False,
          note="handle and text on one line; '3d  12 likes  Reply' under it; replies one level under 'View replies (n)' (CSS padding only), opening with '@parent' (kept as text); likes none for 0"))
    cs = base.thread(12, max_depth=1, p_reply=0.55)
    base.handles(cs)
    write("ghdiscussions", ghdiscussions(cs), g("ghdiscussions", "github-discussions-like", cs, False, True, times="date", zero_shown=False,
          note="the opening post is the article; answers 'X commented Nov 30, 2026' with replies one level under them in a CSS-indented box ('X replied <date>'); '👍 n' is likes; 'n replies' is not text"))
    cs = forum_posts(11)
    base.handles(cs)
    write("spiceworks", spiceworks(cs), g("spiceworks", "spiceworks-like", cs, True, True,
          note="every post a comment; user box (badge line, pepper rank, date) not text; 'x wrote:' quotes name the parent and are not text; 'thumb_up n thumb_down' is likes"))
    print("\n".join(written))


if __name__ == "__main__":
    write_all()
