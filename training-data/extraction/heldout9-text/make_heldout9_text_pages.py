#!/usr/bin/python3
"""Writes the NINTH held-out round, aimed at the `w3m -dump` text path: 13 thread pages in systems no earlier gold set
covers, each with its dump in text/, scored on main before any rule for them (README.md): an Ars Technica-style
forum-comments hybrid, Kuro5hin/Scoop, Plone discussion, Gerrit, Review Board, SourceForge (Allura) tickets, the Debian
BTS, Textpattern, Goodreads-, IMDb-boards-, Amazon-, Wattpad- and Quora-like pages. The nesting comes in every kind a
dump shows or hides: indentation that survives (dl/dd, nested ul with bullets, spacer-cell tables), CSS-only nesting
(margins, no indentation in the dump) with a cue ('@name', 'Reply from X', 'In reply to an earlier post on <time>',
'X said:' quotes, '> ' mail quotes, a quote of the parent's words with no name) or none at all.
Helpers and gold format from ../heldout5's generator; another topic (a river footbridge closed for repairs), names and
seed. Our own synthetic text. Usage: make_heldout9_text_pages.py [OUT_DIR]"""
import datetime as dt
import json
import os
import random
import subprocess
import sys
import textwrap

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout5"))
import make_heldout5_pages as base  # noqa: E402

R = random.Random(20261213)
base.R = R
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
base.SUBJECTS[:] = ["the footbridge", "the diversion", "the repair contract", "the towpath", "the ferry idea", "the temporary crossing",
                    "the structural survey", "the school run", "the cycle route", "the river trust", "the March reopening"]
base.VIEWS[:] = ["adds twenty minutes to every trip", "was flagged as unsafe in 2019", "could have been phased over two summers",
                 "is mostly a paperwork problem", "should have a shuttle boat by now", "keeps slipping every month",
                 "hurts the shops on the east bank", "was the right call, sadly", "is costing more than a new bridge"]
base.ASIDES[:] = ["I cross it twice a day with the dog.", "The survey report is thirty pages long.", "My kids walk to school that way.",
                  "The contractor's van has not moved in weeks.", "The old ferry ran until 1962.", "Nobody put up a sign at the far end.",
                  "The council meeting is on the fourteenth.", "I measured the detour on my bike."]
base.STARTS[:] = ["Living on the east bank", "To be honest", "As a cyclist", "Fair point though", "From what I read", "Weirdly",
                  "Speaking as an engineer", "For what it's worth"]
base.NAMES[:] = ["Maud Ellery", "towpath_tim", "Kwame Boateng", "riverrat", "Lucia Ferrante", "Ivo K", "bridgewatcher", "Niamh Casey",
                 "Sunil Rao", "ducks_on_weir", "Hattie Groves", "Olek"]
esc, paras, handle, mon, ampm, ago, kids = base.esc, base.paras, base.handle, base.mon, base.ampm, base.ago, base.kids
NOW = dt.datetime(2026, 12, 5, 8, 30)
STORY_T = "Weir footbridge to stay shut until spring as repair bill doubles"
STORY = ["The footbridge over the weir will stay closed until at least March, the council said on Monday, after a survey "
         "found more corrosion in its steel deck than expected.",
         "The repair bill has risen from 180,000 to about 390,000 pounds. Walkers and cyclists face a detour of almost a mile "
         "by the road bridge.",
         "Traders on the east bank say their takings are down by a third since the crossing closed in September."]


def story(title=STORY_T):
    return ("<article class=\"article\"><h1>%s</h1><p class=\"byline\">By Rhiannon Pike &middot; 30 November 2026</p>"
            "<div class=\"article-body\">%s</div></article>") % (esc(title), "".join("<p>%s</p>" % esc(p) for p in STORY))


def chrome(title, body):
    return base.chrome(title, body).replace("The Wexcombe Gazette", "The Wexcombe Gazette").replace(
        "Wexcombe central library. Photo: Gazette", "")


def mention_replies(cs):
    """Flat systems where a reply is only a mention: the parent is the latest earlier comment of the named author."""
    for i, c in enumerate(cs):
        if c["parent"] is not None:
            who = cs[c["parent"]]["author"]
            c["parent"] = max(j for j in range(i) if cs[j]["author"] == who)
            c["paras"][0] = "@%s %s" % (who if " " not in who else who.split()[0], c["paras"][0])


def ars(cs):
    """XenForo-based article comments: flat, a reply opens with a 'X said:' quote box of the parent's first sentence."""
    out = []
    for i, c in enumerate(cs):
        t = c["time"]
        q = ""
        if c["parent"] is not None:
            p = cs[c["parent"]]
            q = ("<blockquote class=\"bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote\" data-attributes=\"member: %d\"><div class=\"bbCodeBlock-title\">"
                 "<a class=\"bbCodeBlock-sourceJump\">%s said:</a></div><div class=\"bbCodeBlock-content\"><div class=\"bbCodeBlock-expandContent\">%s</div></div></blockquote>") % (
                p["id"], esc(p["author"]), esc(p["paras"][0].split(". ")[0] + "."))
        out.append(("<article class=\"message message--post\" id=\"post-%d\"><div class=\"message-inner\"><div class=\"message-cell message-cell--user\">"
                    "<h4 class=\"message-name\"><a class=\"username\">%s</a></h4><h5 class=\"userTitle\">%s</h5></div><div class=\"message-cell message-cell--main\">"
                    "<header class=\"message-attribution\"><ul class=\"message-attribution-main\"><li><time class=\"u-dt\" datetime=\"%s\">%s %d, %d</time></li></ul>"
                    "<ul class=\"message-attribution-opposite\"><li><a>#%d</a></li></ul></header><div class=\"message-content\"><article class=\"message-body\"><div class=\"bbWrapper\">%s%s</div></article></div>"
                    "<footer class=\"message-footer\"><div class=\"reactionsBar\"><a class=\"vote-up\">Upvote</a> <span class=\"vote-count\">%d</span> <a class=\"vote-down\">Downvote</a></div>"
                    "<div class=\"actionBar\"><a>Reply</a> <a>Report</a></div></footer></div></div></article>") % (
            c["id"], esc(c["author"]), R.choice(["Ars Scholae Palatinae", "Ars Tribunus Militum", "Smack-Fu Master, in training", "Ars Praefectus"]),
            t.strftime("%Y-%m-%dT%H:%M:00-0500"), mon(t)[:3], t.day, t.year, i + 1, q, "<br><br>".join(esc(x) for x in c["paras"]), c["likes"]))
    body = story() + ("<section class=\"comments\"><header><h2>Reader comments</h2><span>%d</span></header><div class=\"block-body js-replyNewMessageContainer\">%s</div>"
                      "<div class=\"comments-more\"><a>Go to forum thread</a></div></section>") % (len(cs), "".join(out))
    return chrome(STORY_T + " | Ars Wexcombe", body)


def scoop(cs):
    """Kuro5hin / Scoop: each comment a small table (subject bar, 'by X on <date>'), replies nested in dl/dd (indented)."""
    subj = {}

    def one(i):
        c = cs[i]
        t = c["time"]
        if c["parent"] is None or R.random() < 0.5:
            subj[i] = c["paras"][0].split(",")[1].strip().split(" ")[0:4]
            subj[i] = " ".join(subj[i]).capitalize()
        else:
            s = subj[c["parent"]]
            subj[i] = s if s.startswith("Re: ") else "Re: " + s
        sub = "".join(one(k) for k in kids(cs, i))
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(t.day, "th")
        return ("<a name=\"%d\"></a><table cellpadding=\"0\" cellspacing=\"0\" border=\"0\" width=\"100%%\"><tr><td bgcolor=\"#006699\"><font color=\"#FFFFFF\" face=\"verdana\">"
                "<b>%s</b> (score: %d.%02d / %d)</font></td></tr><tr><td bgcolor=\"#EEEEEE\"><font size=\"2\">by <b>%s</b> on %s %s %d%s, %d at %s EST</font></td></tr>"
                "<tr><td><font face=\"verdana\">%s</font></td></tr><tr><td><font size=\"2\">[ %s<a href=\"/comments/2026/11/30/1412/55/%d#%d\">Reply to This</a> ]</font></td></tr></table>"
                "%s") % (c["id"], esc(subj[i]), R.randint(1, 3), R.choice([0, 25, 50, 75]), R.choice([4, 5]), esc(c["author"]), t.strftime("%a"),
                         mon(t)[:3], t.day, suffix, t.year, t.strftime("%I:%M:%S %p"), paras(c), "<a href=\"#%d\">Parent</a> | " % cs[c["parent"]]["id"] if c["parent"] is not None else "",
                         c["id"], c["id"], "<dl><dd>%s</dd></dl>" % sub if sub else "")
    body = ("<table width=\"100%%\"><tr><td><font size=\"5\"><b>kuro5hin.org</b></font><br><font size=\"2\">technology and culture, from the trenches</font></td></tr></table>"
            "<table width=\"100%%\"><tr><td valign=\"top\" width=\"150\"><font size=\"2\"><b>Sections</b><br><a>Culture</a><br><a>Politics</a><br><a>Op-Ed</a><br><a>Diary</a></font></td>"
            "<td valign=\"top\"><font size=\"4\"><b>Our footbridge, and the art of the infinite repair</b></font><br><font size=\"2\">By bridgewatcher in Op-Ed<br>Mon Nov 30th, 2026 at 09:02:11 AM EST</font>"
            "<p>%s</p><p>%s</p><hr><font size=\"2\"><b>Display:</b> Threaded | Sort: Highest Rated First</font><hr>%s</td></tr></table>") % (
        esc(STORY[0]), esc(STORY[2]), "".join(one(i) for i in kids(cs, None)))
    return base.page_wrap("kuro5hin.org || Our footbridge, and the art of the infinite repair", body)


def plone(cs):
    """plone.app.discussion: a flat run of div.comment with replyTreeLevelN and a margin; no cue in the dump."""
    out = []
    for c in cs:
        t = c["time"]
        out.append(("<div class=\"comment replyTreeLevel%d state-published\" style=\"margin-left: %dem\" id=\"%d\"><div class=\"comment-image\">"
                    "<a href=\"/author/%s\"><img src=\"/defaultUser.png\" alt=\"%s\" class=\"portraitPhoto\" width=\"36\"></a></div>"
                    "<div class=\"documentByLine\" i18n:domain=\"plone\"><a href=\"/author/%s\">%s</a> says:<div class=\"commentDate\">%s %d, %d %s</div></div>"
                    "<div class=\"commentBody\">%s<div class=\"commentActions\"><button class=\"context reply-to-comment-button hide allowMultiSubmit\">Reply</button></div></div></div>") % (
            c["depth"], 2 * c["depth"], 1480000 + c["id"], handle(c["author"]), esc(c["author"]), handle(c["author"]), esc(c["author"]),
            mon(t)[:3], t.day, t.year, t.strftime("%I:%M %p"), paras(c)))
    body = ("<div id=\"portal-header\"><a id=\"portal-logo\">Wexcombe Town Council</a><ul id=\"portal-globalnav\"><li><a>Home</a></li><li><a>Services</a></li>"
            "<li><a>Consultations</a></li><li><a>News</a></li></ul></div><div id=\"portal-breadcrumbs\">You are here: <a>Home</a> / <a>Consultations</a> / Weir footbridge</div>"
            "<div id=\"content\"><h1 class=\"documentFirstHeading\">Weir footbridge: repair options</h1><div class=\"documentDescription\">Tell us which option you prefer by 18 December.</div>"
            "<p>%s</p><p>%s</p><div class=\"discussion\">%s</div><div class=\"reply\"><h2>Add comment</h2><form><textarea name=\"comment\"></textarea><button>Comment</button></form></div></div>"
            "<div id=\"portal-footer\">Wexcombe Town Council &middot; Powered by Plone</div>") % (esc(STORY[0]), esc(STORY[1]), "".join(out))
    return base.page_wrap("Weir footbridge: repair options - Wexcombe Town Council", body)


def gerrit(cs):
    """Gerrit change log: flat messages 'Name / Patch Set n: Code-Review+1 / date'; a reply quotes a line of the parent."""
    out = []
    for i, c in enumerate(cs):
        t = c["time"]
        ps = 1 + i // 3
        vote = R.choice(["", "", " Code-Review+1", " Code-Review+2", " Code-Review-1", " Verified+1"])
        q = ""
        if c["parent"] is not None:
            q = "<blockquote>%s</blockquote>" % esc(cs[c["parent"]]["paras"][-1].split(". ")[-1])
        out.append(("<div class=\"message\" id=\"msg-%x\"><div class=\"header\"><gr-account-label><span class=\"name\">%s</span></gr-account-label>"
                    "<span class=\"date\">%s %d, %d %02d:%02d</span></div><div class=\"content\"><div class=\"patchset\">Patch Set %d:%s</div>%s%s</div>"
                    "<div class=\"actions\"><a>Reply</a> <a>Quote</a></div></div>") % (
            c["id"] * 977, esc(c["author"]), mon(t)[:3], t.day, t.year, t.hour, t.minute, ps, vote, q, paras(c)))
    body = ("<div class=\"gerrit\"><header><a>Gerrit Code Review</a> <a>Changes</a> <a>Documentation</a> <a>Browse</a></header>"
            "<h1>Change 48213: bridge-status: show the detour map while the weir footbridge is closed</h1>"
            "<div class=\"commitMessage\"><pre>bridge-status: show the detour map while the weir footbridge is closed\n\nThe status page only said 'closed'.\nBug: 2291\nChange-Id: I4be2c0</pre></div>"
            "<table class=\"files\"><tr><td>src/status/detour.py</td><td>+41 -3</td></tr><tr><td>templates/status.html</td><td>+12 -1</td></tr></table>"
            "<h3>Change Log</h3><div class=\"messages\">%s</div></div>") % "".join(out)
    return base.page_wrap("Change 48213: bridge-status: show the detour map - Gerrit Code Review", body)


def reviewboard(cs):
    """Review Board: reviews 'X reviewed ... <time>' with replies in a CSS-indented box, each headed 'Reply from X:'."""
    out = []
    for i in kids(cs, None):
        c = cs[i]
        t = c["time"]
        reps = ""
        for k in kids(cs, i):
            r = cs[k]
            reps += ("<div class=\"review-reply\" style=\"margin-left:2em\"><div class=\"reply-header\">Reply from <a class=\"user\">%s</a>: "
                     "<time class=\"timesince\" datetime=\"%s\">%s</time></div><div class=\"reply-body\">%s</div></div>") % (
                esc(r["author"]), r["time"].isoformat(), ago(r["time"], NOW), paras(r))
        out.append(("<div class=\"review\" id=\"review%d\"><div class=\"review-header\"><a class=\"user\">%s</a> reviewed "
                    "<time class=\"timesince\" datetime=\"%s\">%s</time></div>%s<div class=\"body_top\">%s</div>"
                    "<div class=\"review-replies\">%s</div><div class=\"add-reply\"><a>Add reply</a></div></div>") % (
            c["id"], esc(c["author"]), t.isoformat(), ago(t, NOW), "<div class=\"ship-it-label\">Ship It!</div>" if R.random() < 0.4 else "", paras(c), reps))
    body = ("<div id=\"headerbar\"><a>Review Board</a> <a>My Dashboard</a> <a>All review requests</a> <a>Users</a> <a>Groups</a></div>"
            "<div class=\"review-request\"><h1>Detour map for the weir footbridge closure</h1><table><tr><th>Submitter:</th><td>ducks_on_weir</td></tr>"
            "<tr><th>Repository:</th><td>townsite</td></tr><tr><th>Bugs:</th><td>2291</td></tr></table><h2>Description</h2><p>The status page only said closed; this adds the detour map.</p>"
            "<h2>Testing Done</h2><p>Ran the page tests and checked the map on a phone.</p></div><div id=\"reviews\">%s</div>") % "".join(out)
    return base.page_wrap("Review Request 7714: Detour map for the weir footbridge closure | Review Board", body)


def sourceforge(cs):
    """SourceForge (Allura) ticket discussion: nested ul (bullets and indentation in the dump), 'Name - 3 days ago'."""
    def one(i):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k) for k in kids(cs, i))
        return ("<li><div class=\"discussion-post\" id=\"%x\"><div class=\"row\"><div class=\"grid-2 tcenter\"><p class=\"gravatar\"><img src=\"/u/%s/user_icon\" alt=\"\" width=\"48\"></p></div>"
                "<div class=\"grid-17\"><div class=\"header\"><strong><a href=\"/u/%s/\">%s</a></strong> - <span title=\"%s\">%s</span></div>"
                "<div class=\"display_post\">%s</div><div class=\"options\"><a class=\"reply_post\">Reply</a> <a>Link</a> <a>Quote</a></div></div></div></div>%s</li>") % (
            c["id"] * 31, handle(c["author"]), handle(c["author"]), esc(c["author"]), t.strftime("%a %b %d, %Y %I:%M %p UTC"), ago(t, NOW), paras(c),
            "<ul>%s</ul>" % sub if sub else "")
    body = ("<header id=\"nav\"><a>SourceForge</a> <a>Open Source Software</a> <a>Business Software</a> <a>Resources</a></header>"
            "<div id=\"project\"><h2>weirwatch</h2><ul class=\"tabs\"><li><a>Summary</a></li><li><a>Files</a></li><li><a>Tickets</a></li><li><a>Discussion</a></li></ul></div>"
            "<h1>#112 Sensor readings stop while the footbridge is closed</h1><div class=\"ticket-props\"><p>Status: open &middot; Owner: Ivo K &middot; Labels: sensors &middot; Priority: 5</p></div>"
            "<div class=\"markdown_content\"><p>Since the footbridge closed the river level sensor on the east pier stops reporting every night around 2am.</p></div>"
            "<div id=\"comment\"><h2>Discussion</h2><ul>%s</ul></div><footer><p>SourceForge &middot; About &middot; Site Status</p></footer>") % "".join(one(i) for i in kids(cs, None))
    return base.page_wrap("weirwatch / Tickets / #112 Sensor readings stop while the footbridge is closed", body)


def debbugs(posts):
    """Debian BTS bug log: every message a post (the report too), mail headers, a reply quotes with 'On ..., X wrote:' and '> '."""
    out = []
    for i, c in enumerate(posts):
        t = c["time"]
        lines = []
        if c["parent"] is not None:
            p = posts[c["parent"]]
            lines.append("On %s, %s wrote:" % (p["time"].strftime("%a, %d %b %Y at %H:%M:%S +0000"), p["author"]))
            lines += ["> " + l for l in textwrap.wrap(p["paras"][0], 70)]
            lines.append("")
        for x in c["paras"]:
            lines += textwrap.wrap(x, 72)
            lines.append("")
        lines += ["-- ", c["author"].split()[0]]
        addr = handle(c["author"]) + "@example.org"
        out.append(("<hr><p class=\"msgreceived\"><a name=\"%d\"></a><a href=\"bugreport.cgi?bug=1098812#%d\">Message #%d</a> received at 1098812@bugs.debian.org "
                    "(<a>full text</a>, <a>mbox</a>, <a>reply</a>):</p><div class=\"headers\"><div class=\"header\"><span class=\"headerfield\">From:</span> %s &lt;%s&gt;</div>"
                    "<div class=\"header\"><span class=\"headerfield\">To:</span> 1098812@bugs.debian.org</div><div class=\"header\"><span class=\"headerfield\">Subject:</span> %sBug#1098812: weirwatch: sensor daemon exits when the footbridge feed is down</div>"
                    "<div class=\"header\"><span class=\"headerfield\">Date:</span> %s +0000</div></div><pre class=\"message\">%s</pre>") % (
            5 + 5 * i, 5 + 5 * i, 5 + 5 * i, esc(c["author"]), addr, "" if i == 0 else "Re: ", t.strftime("%a, %d %b %Y %H:%M:%S"), esc("\n".join(lines))))
    body = ("<h1>Debian Bug report logs - <a>#1098812</a><br>weirwatch: sensor daemon exits when the footbridge feed is down</h1>"
            "<div class=\"versiongraph\"></div><ul class=\"buginfo\"><li>Package: <a>weirwatch</a>; Maintainer for weirwatch is <a>Ivo K</a>;</li>"
            "<li>Reported by: %s</li><li>Date: %s</li><li>Severity: normal</li></ul><p><a>Reply</a> or <a>subscribe</a> to this bug.</p>"
            "<p><a>View this report as an mbox folder</a>, <a>status mbox</a>, <a>maintainer/submitter mbox</a></p>%s<hr><p>Send a report that <a>this bug log contains spam</a>.</p>"
            "<hr><address>Debian bug tracking system administrator &lt;owner@bugs.debian.org&gt;.</address>") % (esc(posts[0]["author"]), posts[0]["time"].strftime("%a, %d %b %Y %H:%M:%S UTC"), "".join(out))
    return base.page_wrap("#1098812 - weirwatch: sensor daemon exits when the footbridge feed is down - Debian Bug report logs", body)


def textpattern(cs):
    """Textpattern: a flat ol of comments, the name and date AFTER the text; a reply is only an '@Name' opening."""
    out = []
    for c in cs:
        t = c["time"]
        out.append(("<li class=\"comment\"><article class=\"comment\" id=\"c%06d\">%s<p class=\"comment-footer\"><span class=\"comment-author\">"
                    "<a rel=\"nofollow\" href=\"https://%s.example.net/\">%s</a></span> &#183; <a href=\"#c%06d\"><time datetime=\"%s\">%d %s %d, %02d:%02d</time></a> &#183; #</p></article></li>") % (
            c["id"], paras(c), handle(c["author"]), esc(c["author"]), c["id"], t.isoformat(), t.day, mon(t), t.year, t.hour, t.minute))
    body = ("<div class=\"wrapper\"><header class=\"site-header\"><h1><a>Weir Street Notes</a></h1><p>Walking, rivers and small-town politics</p></header>"
            "<nav class=\"site-navigation\"><ul><li><a>Home</a></li><li><a>Articles</a></li><li><a>About</a></li></ul></nav><main><article class=\"article\"><h1>Nine weeks without the footbridge</h1>"
            "<p class=\"author\">Posted by Hattie Groves on 30 November 2026</p><p>%s</p><p>%s</p></article><section class=\"comments\"><h2 id=\"comments-head\">Comments</h2>"
            "<ol class=\"comments-list\">%s</ol><h3>Commenting is closed for this article.</h3></section></main><footer><p>Published with Textpattern CMS.</p></footer></div>") % (
        esc(STORY[1]), esc(STORY[2]), "".join(out))
    return base.page_wrap("Nine weeks without the footbridge | Weir Street Notes", body)


def goodreads(cs):
    """Goodreads-like review comments: flat; a reply opens with a blockquote of the parent's words and no name."""
    out = []
    for i, c in enumerate(cs):
        t = c["time"]
        q = ""
        if c["parent"] is not None:
            q = "<blockquote>%s</blockquote>" % esc(cs[c["parent"]]["paras"][0])
        out.append(("<div class=\"comment u-anchorTarget\" id=\"comment_%d\"><div class=\"left\"><a><img alt=\"%s\" src=\"/u/%d.jpg\"></a></div><div class=\"right\">"
                    "<div class=\"commentHeader\"><span class=\"commentAuthor\"><a>%s</a></span> <span class=\"commentDate\">%s %d, %d %s</span></div>"
                    "<div class=\"commentBody reviewText\">%s%s</div><div class=\"commentFooter\"><a>like</a> &middot; <span class=\"likesCount\">%s</span> &middot; <a>flag</a></div></div></div>") % (
            c["id"], esc(c["author"]), c["id"] % 9, esc(c["author"]), mon(t)[:3], t.day, t.year, t.strftime("%I:%M%p"), q, "<br><br>".join(esc(x) for x in c["paras"]),
            "%d like%s" % (c["likes"], "" if c["likes"] == 1 else "s")))
    body = ("<div class=\"siteHeader\"><a>goodreads-ish</a> <a>Home</a> <a>My Books</a> <a>Browse</a> <a>Community</a></div><div class=\"mainContent\">"
            "<div class=\"review\"><h1>Lucia Ferrante's review of <a>The River Crossings</a></h1><div class=\"stars\">it was amazing</div><p>Read in November 2026</p>"
            "<div class=\"reviewText\"><p>A local history of every bridge, ford and ferry on our stretch of the river, finished the week our own footbridge shut. %s</p></div></div>"
            "<div id=\"comments\"><h2>Comments <span>Showing 1-%d of %d</span></h2>%s</div><div class=\"commentForm\"><textarea></textarea><button>Post</button></div></div>") % (
        esc(STORY[1]), len(cs), len(cs), "".join(out))
    return base.page_wrap("Lucia Ferrante's review of The River Crossings", body)


def imdb(cs):
    """IMDb-boards-like threaded view: each message a table whose spacer cell indents it by depth (w3m keeps the indent)."""
    out = []
    for i, c in enumerate(cs):
        t = c["time"]
        d = c["depth"]
        subject = "Anyone else cross at the weir?" if c["parent"] is None and i == 0 else (
            "Re: Anyone else cross at the weir?" if c["parent"] is not None else c["paras"][0].split(",")[0][:30])
        out.append(("<table class=\"thread-msg\" width=\"100%%\" cellspacing=\"0\"><tr><td width=\"%d\">%s</td><td>"
                    "<div class=\"subject\"><b>%s</b></div><div class=\"by\">by <a href=\"/user/ur%d/\">%s</a> &raquo; %s</div>"
                    "<div class=\"body\">%s</div><div class=\"links\"><a>Reply</a> | <a>Flag</a> | <a>%d people liked this</a></div></td></tr></table>") % (
            1 + 30 * d, "<img src=\"/images/b.gif\" width=\"%d\" height=\"1\" alt=\"\">" % (30 * d) if d else "", esc(subject), 7700000 + c["id"], esc(c["author"]),
            t.strftime("%a %b %d %Y %H:%M:%S"), paras(c), c["likes"]))
    body = ("<div id=\"nb\"><a>IMDb-ish</a> <a>Movies</a> <a>TV</a> <a>Boards</a> <a>Sign in</a></div><h1>The River Crossings (2026)</h1><h2>Message boards: Filming locations</h2>"
            "<div class=\"board-tools\"><a>flat view</a> | threaded view | <a>newest first</a></div>%s<div class=\"board-footer\"><a>Board guidelines</a> &middot; <a>Report abuse</a></div>") % "".join(out)
    return base.page_wrap("The River Crossings (2026) - Message Board - Filming locations", body)


def amazon(cs):
    """Amazon-like review comments: flat, oldest first; a reply says 'In reply to an earlier post on <the parent's time>'."""
    out = []
    for c in cs:
        t = c["time"]
        cue = ""
        if c["parent"] is not None:
            pt = cs[c["parent"]]["time"]
            cue = "<div class=\"a-row a-spacing-mini\"><span class=\"a-size-small a-color-secondary\">In reply to an <a>earlier post</a> on %s %d, %d %s PST</span></div>" % (
                mon(pt)[:3], pt.day, pt.year, pt.strftime("%I:%M:%S %p").lstrip("0"))
        out.append(("<div class=\"a-section review-comment\" id=\"Mx%05dQ\"><div class=\"a-row\"><span class=\"a-profile-name\">%s</span> says:</div>%s"
                    "<div class=\"a-row review-comment-text\">%s</div><div class=\"a-row a-color-secondary\"><span class=\"comment-time-stamp\">%s %d, %d %s PST</span></div>"
                    "<div class=\"a-row\"><span class=\"cr-vote-text\">%s</span> <a>Reply</a> <a>Report abuse</a> <a>Permalink</a></div></div><hr class=\"a-divider-normal\">") % (
            c["id"], esc(c["author"]), cue, paras(c), mon(t)[:3], t.day, t.year, t.strftime("%I:%M:%S %p").lstrip("0"),
            ("%d people found this helpful" % c["likes"]) if c["likes"] else ""))
    body = ("<div id=\"navbar\"><a>amazon-ish</a> <input placeholder=\"Search\"> <a>Hello, sign in</a> <a>Basket</a></div><div class=\"a-container\">"
            "<h1>Customer review</h1><div class=\"review\"><a class=\"a-profile-name\">Kwame Boateng</a><span>5.0 out of 5 stars</span> <b>Kept me crossing all autumn</b>"
            "<p>Reviewed in the United Kingdom on 28 November 2026</p><p>Verified Purchase</p><p>With the weir footbridge shut I needed a folding bike that fits on the ferry. This one folds in ten seconds. %s</p></div>"
            "<div class=\"review-comments\"><h3>%d comments</h3>%s</div><p>Sort by: Oldest first</p></div><div id=\"navFooter\"><a>Back to top</a> <a>Conditions of Use</a> <a>Privacy Notice</a></div>") % (
        esc(STORY[1]), len(cs), "".join(out))
    return base.page_wrap("Amazon-ish.co.uk: Customer review: Kept me crossing all autumn", body)


def wattpad(cs):
    """Wattpad-like inline (paragraph) comments: 'name · 2h ago' headers; replies one level under their root, CSS-only,
    often opening with '@name' of the root or of an earlier reply (the parent is the root either way)."""
    out = []
    for i in kids(cs, None):
        c = cs[i]
        reps = kids(cs, i)
        rhtml = ""
        for k in reps:
            r = cs[k]
            rhtml += ("<div class=\"comment-card reply\"><div class=\"comment-header\"><a class=\"username\">%s</a> <span class=\"dot\">&middot;</span> <span class=\"timestamp\">%s</span></div>"
                      "<div class=\"comment-body\">%s</div><div class=\"comment-actions\"><a>Reply</a> <span class=\"likes\">&#9829; %d</span></div></div>") % (
                esc(handle(r["author"])), ago(r["time"], NOW), paras(r), r["likes"])
        out.append(("<div class=\"comment-thread\"><div class=\"comment-card\"><div class=\"comment-header\"><a class=\"username\">%s</a> <span class=\"dot\">&middot;</span> <span class=\"timestamp\">%s</span></div>"
                    "<div class=\"comment-body\">%s</div><div class=\"comment-actions\"><a>Reply</a> <span class=\"likes\">&#9829; %d</span></div></div>%s</div>") % (
            esc(handle(c["author"])), ago(c["time"], NOW), paras(c), c["likes"],
            "<div class=\"replies\" style=\"padding-left:44px\"><button class=\"hide-replies\">Hide replies</button>%s</div>" % rhtml if rhtml else ""))
    body = ("<div class=\"header\"><a>wattpad-ish</a> <a>Browse</a> <a>Community</a> <a>Write</a></div><div class=\"part\"><h1>Chapter 7: The Crossing</h1>"
            "<p data-p-id=\"a41\">The bridge had been closed for nine weeks when Mara finally swam it. %s</p><p data-p-id=\"a42\">She did not tell anyone.</p></div>"
            "<div class=\"comments-panel\"><h2>Comments on this paragraph</h2><div class=\"comments-list\">%s</div><button>Load more</button></div>") % (esc(STORY[2]), "".join(out))
    return base.page_wrap("Chapter 7: The Crossing - The Weir - Wattpad-ish", body)


def quora(cs):
    """Quora-like: answers (depth 0: name, credential, date, upvotes) with comments and replies under them, nested by CSS only."""
    out = []

    def comment(i):
        c = cs[i]
        sub = "".join(comment(k) for k in kids(cs, i))
        return ("<div class=\"q-box comment\" style=\"padding-left:%dpx\"><div class=\"q-text header\"><span class=\"q-name\">%s</span> &middot; <span class=\"q-time\">%s</span></div>"
                "<div class=\"q-text body\">%s</div><div class=\"q-actions\"><span>%d</span> <a>Reply</a></div></div>%s") % (
            16 * (c["depth"] - 1), esc(c["author"]), ago(c["time"], NOW), paras(c), c["likes"], sub)
    for i in kids(cs, None):
        c = cs[i]
        t = c["time"]
        com = "".join(comment(k) for k in kids(cs, i))
        out.append(("<div class=\"q-box answer\"><div class=\"q-flex author\"><img class=\"avatar\" src=\"/p/%d.jpg\" alt=\"Profile photo for %s\"><div><span class=\"q-name\">%s</span>"
                    "<div class=\"credential\">%s &middot; <span>Answered %s %d</span></div></div></div><div class=\"q-text answer-body\">%s</div>"
                    "<div class=\"q-actions\"><span>Upvote &middot; %d</span> <span>%d comments</span> <a>Share</a></div><div class=\"q-comments\">%s</div></div>") % (
            c["id"], esc(c["author"]), esc(c["author"]), R.choice(["Lives in Wexcombe", "Civil engineer (2004–present)", "Former ferry hand", "Studied History at Leeds"]),
            mon(t)[:3], t.day, paras(c), c["likes"], len(kids(cs, i)), com))
    body = ("<div class=\"q-header\"><a>Quora-ish</a> <input placeholder=\"Search\"> <a>Add question</a></div><div class=\"question\">"
            "<h1>Why does it take so long to repair a small footbridge?</h1><div>%d answers</div></div><div class=\"answers\">%s</div>"
            "<div class=\"related\"><h3>Related questions</h3><ul><li><a>How long does a steel footbridge last?</a></li><li><a>Who pays for river crossings?</a></li></ul></div>") % (
        len(kids(cs, None)), "".join(out))
    return base.page_wrap("Why does it take so long to repair a small footbridge? - Quora-ish", body)


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

    g = base.gold_of
    cs = base.chronological(12, p_reply=0.45)
    write("ars", ars(cs), g("ars", "ars-xenforo", cs, False, True, times="date",
          note="flat; a reply opens with a 'X said:' quote box of the parent's first sentence (not text); rank under the name; date shown, minute only in datetime; vote count"))
    cs = base.thread(12, max_depth=3, likes=False)
    write("scoop", scoop(cs), g("scoop", "scoop", cs, False, False,
          note="Kuro5hin/Scoop: subject bar (not text) with a score, 'by X on Mon Nov 30th, 2026 at 02:12:45 PM EST'; replies nested in dl/dd (indented in the dump); '[ Parent | Reply to This ]'"))
    cs = base.thread(11, max_depth=2, likes=False)
    write("plone", plone(cs), g("plone", "plone-discussion", cs, False, False,
          note="flat run of div.comment replyTreeLevelN with a margin: nesting by CSS only, no cue in the dump; 'X says:' with the portrait's alt before it"))
    cs = base.chronological(11, likes=False, p_reply=0.4)
    write("gerrit", gerrit(cs), g("gerrit", "gerrit", cs, False, False,
          note="flat change log; 'Patch Set n: Code-Review+1' is not text; a reply quotes the last sentence of its parent in a blockquote (not text)"))
    cs = base.thread(12, max_depth=1)
    for c in cs:
        c["likes"] = None
    write("reviewboard", reviewboard(cs), g("reviewboard", "reviewboard", cs, False, False, fetched=NOW,
          note="reviews 'X reviewed 3 days ago'; replies in a CSS-indented box headed 'Reply from X: 2 hours ago' (parent: the review); 'Ship It!' is not text"))
    cs = base.thread(12, max_depth=3, likes=False)
    write("sourceforge", sourceforge(cs), g("sourceforge", "allura", cs, False, False, fetched=NOW,
          note="Allura ticket discussion: nested ul (bullets, indentation in the dump); 'Name - 3 days ago' with the full time in title"))
    posts = base.chronological(8, likes=False, p_reply=0.6)
    write("debbugs", debbugs(posts), g("debbugs", "debbugs", posts, True, False,
          note="Debian BTS: every message a post (the report too); From/To/Subject/Date headers; body in pre wrapped at 72; 'On ..., X wrote:' + '> ' quote of the parent (not text); '-- ' signature (not text)"))
    cs = base.chronological(12, p_reply=0.5, likes=False)
    mention_replies(cs)
    write("textpattern", textpattern(cs), g("textpattern", "textpattern", cs, False, False,
          note="flat ol; name and date AFTER the text ('Name · 30 November 2026, 14:12 · #'); a reply is an '@Name' opening (the parent: that author's latest earlier comment)"))
    cs = base.chronological(11, p_reply=0.45)
    write("goodreads", goodreads(cs), g("goodreads", "goodreads-like", cs, False, True,
          note="flat; a reply opens with a blockquote of the parent's first paragraph with no name (not text); 'n likes' in the footer"))
    cs = base.thread(12, max_depth=3)
    write("imdb", imdb(cs), g("imdb", "imdb-boards-like", cs, False, True,
          note="threaded view: each message a table whose spacer cell indents it by depth; 'Re:' subjects (not text); 'by X » Mon Nov 30 2026 14:12:00'; 'n people liked this'"))
    cs = base.chronological(11, p_reply=0.45)
    write("amazon", amazon(cs), g("amazon", "amazon-like", cs, False, True, zero_shown=False,
          note="flat, oldest first; 'X says:'; a reply carries 'In reply to an earlier post on <the parent's time>'; 'n people found this helpful' (absent for 0)"))
    cs = base.thread(12, max_depth=1)
    for c in cs:
        if c["parent"] is not None and R.random() < 0.6:
            sibs = [k for k in kids(cs, c["parent"]) if k < cs.index(c)]
            who = cs[R.choice(sibs)]["author"] if sibs and R.random() < 0.5 else cs[c["parent"]]["author"]
            c["paras"][0] = "@%s %s" % (handle(who), c["paras"][0])
    base.handles(cs)
    write("wattpad", wattpad(cs), g("wattpad", "wattpad-like", cs, False, True, fetched=NOW,
          note="inline comments: 'name · 2 hours ago' headers; replies one level under their root, CSS-only, many opening '@name' of the root or of an earlier reply (the parent is the root)"))
    cs = base.thread(12, max_depth=3)
    write("quora", quora(cs), g("quora", "quora-like", cs, False, True, fetched=NOW, times="date",
          note="answers (depth 0, 'Answered Nov 30' date only, credential line) with comments and replies nested by CSS padding only, 'Name · 3 days ago'"))
    print("\n".join(written))


if __name__ == "__main__":
    main()
