#!/usr/bin/python3
"""Writes the NINTH held-out round (HTML + w3m dumps): 14 thread pages in comment systems and news-site markups no
earlier round uses, to be scored on main bd0f265 before any rule for them (an estimate for unseen sites): a Daily
Kos-like indent-nested thread (subject lines, "[n Recs]"), a Fark-like flat thread (replies quote "Name: text"),
a Daily Mail-like block (location after the name, relative times, up/down arrows, replies under "RE:"), a Yahoo
News-like thread (one reply level, deeper replies flattened with an opening @mention), Serendipity (text first,
"#1.1 name on date" after it, indent by padding-left), Dotclear (a flat dl of dt/dd pairs, "@Name :" answers),
b2evolution (flat, depth class + "In response to" link, 2-digit-year US dates), Valine (browser/OS badges beside the
nick, replies flattened with an @link), Twikoo (a "Blogger" tag, relative time with the ISO time in <time>, "Reply to
@x:"), Gitalk (GitHub handles, "commented 3 days ago", replies quote the parent in a blockquote), a webmention list
(likes / reposts facepiles, then replies), Tumblr notes (likes and reblogs without text are not comments, "x said:"
inline answers), AO3 (a child thread in the NEXT sibling li, the date split over spans) and a Bilibili-like thread
(level badges, root time with year, sub-reply times without a year, "Reply @x :").

Helpers and gold format from ../heldout5's generator; another topic (allotments sold for housing), names and seed.
Times a page shows only relatively are gold at the date the page implies (fetchedAt minus the shown amount).
Each page's `w3m -dump` goes to text/. Our own synthetic text.
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
base.SUBJECTS[:] = ["the Mill Lane allotments", "the housing plan", "the waiting list", "the site survey", "the plot rents",
                    "the committee", "the new access road", "the drainage report", "the orchard corner", "the lease"]
base.VIEWS[:] = ["was sold off far too cheaply", "ignores forty years of growing", "might work if the plots move across the river",
                 "was never properly consulted on", "is the only land the council owns there", "helps nobody on the list",
                 "needs an independent look", "could be rescued by a community trust"]
base.ASIDES[:] = ["My grandfather dug plot nine.", "The bees arrived in 2019.", "There are ninety names on the list.",
                  "The meeting was at two on a weekday.", "The soil report is online.", "We grow for the food bank too.",
                  "Nobody from the council has visited."]
base.STARTS[:] = ["Plainly", "As a plot holder", "For what it is worth", "Having read the papers", "Speaking as a neighbour",
                  "Realistically", "Sadly"]
base.NAMES[:] = ["Hester Quayle", "broadbean_bill", "Olumide Adebayo", "marrowman", "Sunita Rao", "Piet V", "compost_kate",
                 "Lachlan Moir", "Yusuf", "runner_bean_rita", "Eleri Price", "Dmitri K."]
base.STORY[:] = ["The council has agreed to sell the Mill Lane allotments to a developer for 140 homes, ending growing on a site "
                 "used since 1946.",
                 "Plot holders will be offered places on a new site across the river, which the council says will be ready "
                 "within two years. The allotment society says the new land floods every winter.",
                 "The sale is expected to raise 3.2 million pounds. Councillors voted seven to four after a two-hour debate.",
                 "A petition to keep the site has passed 2,000 signatures. The society has asked for a judicial review."]
esc, paras, handle, mon, kids = base.esc, base.paras, base.handle, base.mon, base.kids
NOW = dt.datetime(2026, 12, 6, 8, 30)
STORY_T = "Mill Lane allotments to be sold for 140 homes"
LOCS = ["Wexcombe, United Kingdom", "Bristol, United Kingdom", "Cardiff", "Leeds, United Kingdom", "Spain", "Perth, Australia"]


def ago(t):
    """The shown relative time and the date it implies (what a reader of the page could know)."""
    d = NOW - t
    m = int(d.total_seconds() // 60)
    if m < 60:
        return "%d minutes ago" % m, (NOW - dt.timedelta(minutes=m)).strftime("%Y-%m-%d")
    if m < 1440:
        return "%dh ago" % (m // 60), (NOW - dt.timedelta(hours=m // 60)).strftime("%Y-%m-%d")
    return "%d day%s ago" % (d.days, "" if d.days == 1 else "s"), (NOW - dt.timedelta(days=d.days)).strftime("%Y-%m-%d")


def rel(c):
    shown, day = ago(c["time"])
    c["goldTime"] = day
    return shown


def gold(name, cs, likes, times="minute", note=None, fetched=None, zero_shown=True, forum=False):
    g = base.gold_of(name, name, cs, forum, likes, times=times, note=note, fetched=fetched, zero_shown=zero_shown)
    for c, gc in zip(cs, g["comments"]):
        if "goldTime" in c:
            gc["time"] = c["goldTime"]
        if "goldText" in c:
            gc["text"] = c["goldText"]
    return g


def news_chrome(title, body, brand="The Wexcombe Gazette"):
    return base.chrome(title + " | " + brand, body)


def ampm(t):
    return "%d:%02d %s" % (t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM")


# ---------------------------------------------------------------- systems

def dailykos(cs):
    def one(i):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k) for k in kids(cs, i))
        return ("<div class=\"comment\" id=\"c%d\" data-cid=\"%d\"><div class=\"cheader\"><span class=\"csubject\"><b>%s</b></span> "
                "<span class=\"cbyline\">by <a class=\"cauthor\" href=\"/user/%s\">%s</a></span></div>"
                "<div class=\"cbody\">%s</div><div class=\"cfooter\"><span class=\"rec-count\">[%d Recs]</span> "
                "<span class=\"cdate\">%s %d, %d at %s</span> | <a class=\"reply\">Reply</a> | <a class=\"recommend\">Recommend</a> | "
                "<a href=\"#c%d\">Link</a> | <a class=\"hide\">Hide</a></div>%s</div>") % (
            c["id"], c["id"], esc(R.choice(["Exactly this", "Not so fast", "Worth reading the papers", "Floods?", "Sigh", "(no subject)"])),
            handle(c["author"]), esc(c["author"]), paras(c), c["likes"], mon(t)[:3], t.day, t.year, ampm(t), c["id"],
            "<div class=\"comment-indent\" style=\"margin-left: 20px; border-left: 1px dotted #ccc\">%s</div>" % sub if sub else "")
    body = ("<div id=\"site\"><header class=\"topbar\"><a class=\"brand\">Wexcombe Commons</a> <a>Stories</a> <a>Groups</a> <a>Write</a> "
            "<a class=\"signin\">Sign in</a> <a class=\"donate\">Donate</a></header><main><div class=\"story\"><h1>%s</h1>"
            "<div class=\"author-byline\">by <a>greenfingers</a> <span>Community</span> &middot; Nov 20, 2026 at 06:12 AM</div>"
            "<div class=\"story-intro\">%s</div><div class=\"story-tags\">Tags: <a>housing</a> <a>local</a></div>"
            "<div class=\"share\"><a>Tweet</a> <a>Share</a> <a>Email</a> <span>%d Comments</span></div></div>"
            "<div id=\"comments\" class=\"comments-section\"><div class=\"comments-header\"><span>Comments are closed on this story.</span> "
            "<a>Expand all</a> <a>Collapse all</a> <select><option>Oldest first</option><option>Newest first</option></select></div>"
            "<div class=\"comment-tree\">%s</div></div></main><aside class=\"sidebar\"><h3>Trending</h3><ul><li><a>Bus route cut</a></li>"
            "<li><a>Library hours</a></li></ul><div class=\"ad\">Advertisement</div></aside></div>") % (
        esc(STORY_T), "".join("<p>%s</p>" % esc(p) for p in base.STORY), len(cs), "".join(one(i) for i in kids(cs, None)))
    return base.page_wrap(STORY_T + " - Wexcombe Commons", body)


def fark(cs):
    rows = []
    for i, c in enumerate(cs):
        t = c["time"]
        quote = ""
        if c["parent"] is not None:
            p = cs[c["parent"]]
            quote = "<div class=\"ctextQuote\"><a class=\"quotelink\" href=\"#c%d\">%s</a>: %s</div>" % (
                p["id"], esc(p["author"]), esc(p["paras"][0]))
        rows.append(("<table class=\"ctable\" id=\"ctable%d\"><tr class=\"ctableTR\"><td class=\"clogin\"><a name=\"c%d\"></a>"
                     "<a class=\"cuser\" href=\"/users/%s\">%s</a></td><td class=\"ctimestamp\">%d-%02d-%02d %s</td></tr>"
                     "<tr><td colspan=\"2\" class=\"ctext\">%s%s</td></tr><tr><td colspan=\"2\" class=\"cfooter\">"
                     "<span class=\"cvote\"><a>Smart</a> <a>Funny</a></span> <a class=\"creply\">Reply</a> <a>Quote</a> <a>Report</a></td></tr></table>") % (
            c["id"], c["id"], handle(c["author"]), esc(handle(c["author"])), t.year, t.month, t.day,
            "%d:%02d:%02d %s" % (t.hour % 12 or 12, t.minute, R.randint(0, 59), "AM" if t.hour < 12 else "PM"), quote,
            "<br><br>".join(esc(p) for p in c["paras"])))
    body = ("<div id=\"container\"><div id=\"header\"><a class=\"logo\">WEXFARK</a> <a>Main</a> <a>Politics</a> <a>Geek</a> <a>Login</a> "
            "<a>TotalFark</a></div><div class=\"headline\"><span class=\"headlineSourceImage\">[Local]</span> <a class=\"outbound\">%s</a>"
            " <span class=\"headlineTag\">(wexcombegazette.example)</span></div><div class=\"notice\">%d comments &middot; "
            "<a>View Voting Results: Smartest and Funniest</a></div><div id=\"commentsArea\">%s</div>"
            "<div class=\"pager\">Newest | Oldest | <a>Show all</a></div><div class=\"commentForm\">Not logged in. "
            "<a>Log in</a> or <a>create an account</a> to comment.</div><div id=\"footer\">Fark is not responsible for comments.</div></div>") % (
        esc("Allotment holders told to dig somewhere else, by river that floods every winter"), len(cs), "".join(rows))
    for c in cs:
        c["author"] = handle(c["author"])
    return base.page_wrap("Allotment holders told to dig somewhere else [Local] - WexFark", body)


def dailymail(cs):
    def item(i, reply):
        c = cs[i]
        shown = rel(c)
        up = c["likes"]
        return ("<div class=\"comment%s\" id=\"comment-%d\"><div class=\"user-info\"><a class=\"user-name\" href=\"/registration/%d/profile.html\">%s</a>, "
                "<span class=\"user-location\">%s</span>, <span class=\"comment-time\">%s</span></div>%s<p class=\"comment-body\">%s</p>"
                "<div class=\"comment-actions\"><span class=\"rating\"><a class=\"vote-up\">&#11014;</a><span class=\"count-up\">%d</span> "
                "<a class=\"vote-down\">&#11015;</a><span class=\"count-down\">%d</span></span> <a class=\"reply-link\">Reply</a> "
                "<a class=\"report\">Report abuse</a></div></div>") % (
            " reply" if reply else "", c["id"], 5000 + c["id"], esc(c["author"]), esc(R.choice(LOCS)), shown,
            "<div class=\"reply-to\">RE: <a href=\"#comment-%d\">%s</a></div>" % (cs[c["parent"]]["id"], esc(cs[c["parent"]]["author"])) if reply else "",
            " ".join(esc(p) for p in c["paras"]), up, R.randint(0, 30))

    out = []
    for i in kids(cs, None):
        sub = []

        def walk(k):
            for j in kids(cs, k):
                sub.append(item(j, True))
                walk(j)
        walk(i)
        out.append("<div class=\"comment-thread\">%s%s</div>" % (item(i, False),
                   "<div class=\"replies\"><a class=\"show-replies\">View all %d replies</a>%s</div>" % (len(sub), "".join(sub)) if sub else ""))
    for c in cs:
        c["goldText"] = " ".join(c["paras"])
    body = base.story(STORY_T) + ("<div id=\"reader-comments\" class=\"reader-comments\"><h3 class=\"heading\">Share or comment on this article: </h3>"
                                  "<div class=\"share-bar\"><a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Email</a></div>"
                                  "<div class=\"comments-intro\">The comments below have not been moderated. <span class=\"count\">%d comments</span> "
                                  "<a>Newest</a> <a>Oldest</a> <a>Best rated</a> <a>Worst rated</a></div><div class=\"comments-list\">%s</div>"
                                  "<a class=\"load-more\">Load more</a><p class=\"disclaimer\">The views expressed in the contents above are those of our users.</p></div>") % (
        len(cs), "".join(out))
    return news_chrome(STORY_T, body, "Daily Wexcombe")


def yahoo(cs):
    def li(i, reply):
        c = cs[i]
        shown = rel(c)
        mention = ""
        if reply and cs[c["parent"]]["depth"] >= 1:
            mention = "<a class=\"mention\" href=\"/u/%s\">@%s</a> " % (handle(cs[c["parent"]]["author"]), esc(cs[c["parent"]]["author"]))
        return ("<li class=\"comment%s\" data-id=\"%x\"><div class=\"avatar\"><img src=\"/y/%d.png\" alt=\"\"></div><div class=\"c-main\">"
                "<div class=\"c-head\"><span class=\"username\">%s</span> <span class=\"c-time\">%s</span></div><div class=\"c-content\">%s%s</div>"
                "<div class=\"c-actions\"><button class=\"reply-btn\">Reply</button> <button aria-label=\"Thumbs Up\" class=\"up\">%d</button> "
                "<button aria-label=\"Thumbs Down\" class=\"down\">%d</button> <button class=\"more\">&hellip;</button></div></div>%s</li>") % (
            " reply" if reply else "", c["id"] * 31, c["id"] % 9, esc(c["author"]), shown, mention, "<br>".join(esc(p) for p in c["paras"]),
            c["likes"], R.randint(0, 12), "%s")

    out = []
    for i in kids(cs, None):
        sub = []

        def walk(k):
            for j in kids(cs, k):
                sub.append(li(j, True) % "")
                walk(j)
        walk(i)
        out.append(li(i, False) % ("<div class=\"replies\"><button class=\"hide-replies\">Hide %d replies</button><ul>%s</ul></div>" % (len(sub), "".join(sub)) if sub else ""))
    body = base.story(STORY_T) + ("<section id=\"comments\" class=\"conversation\"><div class=\"conv-header\"><h2>Comments</h2><span>%d reactions</span>"
                                  "<a class=\"sign-in\">Sign in to comment</a></div><div class=\"guidelines\">Please be respectful. Community guidelines</div>"
                                  "<div class=\"sort\">Sort by <b>Best</b></div><ul class=\"comments-list\">%s</ul><button class=\"load-more\">Show more comments</button></section>") % (
        len(cs), "".join(out))
    return news_chrome(STORY_T, body, "Wexcombe News on Yoohoo")


def serendipity(cs):
    out = []

    def one(i, num):
        c = cs[i]
        t = c["time"]
        out.append(("<a id=\"c%d\"></a><div id=\"serendipity_comment_%d\" class=\"serendipity_comment serendipity_comment_author_%s %s\" style=\"padding-left: %dpx\">"
                    "<div class=\"serendipity_commentBody\">%s</div><div class=\"serendipity_comment_source\"><a class=\"comment_source_trace\" href=\"#c%d\">#%s</a> "
                    "<span class=\"comment_source_author\">%s</span> on <span class=\"comment_source_date\">%d-%02d-%02d %02d:%02d</span> "
                    "<a class=\"comment_reply\" href=\"#serendipity_CommentForm\" onclick=\"document.getElementById('serendipity_replyTo').value='%d';\">(Reply)</a></div></div>") % (
            c["id"], c["id"], handle(c["author"]), "serendipity_comment_odd" if len(out) % 2 else "serendipity_comment_even", c["depth"] * 20,
            "<br /><br />".join(esc(p) for p in c["paras"]), c["id"], num, esc(c["author"]), t.year, t.month, t.day, t.hour, t.minute, c["id"]))
        for n, k in enumerate(kids(cs, i)):
            one(k, "%s.%d" % (num, n + 1))
    for n, i in enumerate(kids(cs, None)):
        one(i, str(n + 1))
    body = ("<div id=\"serendipity_banner\"><h1><a>A patch by the river</a></h1><h2>growing, mostly failing, occasionally eating</h2></div>"
            "<div id=\"mainpane\"><div id=\"content\"><div class=\"serendipity_Entry_Date\"><h3 class=\"serendipity_date\">Friday, November 20. 2026</h3>"
            "<h4 class=\"serendipity_title\"><a>They are selling Mill Lane</a></h4><div class=\"serendipity_entry\"><div class=\"serendipity_entry_body\">%s</div></div>"
            "<div class=\"serendipity_entryFooter\">Posted by Hester in <a>Allotment</a> at 07:50 | <a>Comments (%d)</a> | <a>Trackbacks (0)</a></div></div>"
            "<div class=\"serendipity_comments serendipity_section_trackbacks\"><a id=\"trackbacks\"></a><div class=\"serendipity_commentsTitle\">Trackbacks</div>"
            "<div class=\"serendipity_center\">No Trackbacks</div></div><div class=\"serendipity_comments serendipity_section_comments\"><a id=\"comments\"></a>"
            "<div class=\"serendipity_commentsTitle\">Comments</div><div class=\"serendipity_center\">Display comments as <a>Linear</a> | Threaded</div>%s</div>"
            "<div class=\"serendipity_commentsTitle\">Add Comment</div><form id=\"serendipity_CommentForm\"><input id=\"serendipity_replyTo\" type=\"hidden\">"
            "<textarea></textarea></form></div></div><div id=\"serendipityRightSideBar\"><div class=\"serendipitySideBarItem\"><h3>Calendar</h3>"
            "<table><tr><td>Nov</td></tr></table></div><div class=\"serendipitySideBarItem\"><h3>Categories</h3><ul><li>Allotment</li><li>Kitchen</li></ul></div></div>") % (
        "".join("<p>%s</p>" % esc(p) for p in base.STORY[:3]), len(cs), "".join(out))
    return base.page_wrap("They are selling Mill Lane - A patch by the river", body)


def dotclear(cs):
    out = []
    for n, c in enumerate(cs):
        t = c["time"]
        at = ""
        if c["parent"] is not None:
            at = "@%s : " % esc(cs[c["parent"]]["author"])
        out.append(("<dt id=\"c%d\" class=\"%s\"><a href=\"#c%d\" class=\"comment-number\">%d.</a> On %s %d %s %d, %02d:%02d by <a href=\"https://%s.example/\" rel=\"nofollow\">%s</a></dt>"
                    "<dd class=\"%s\"><p>%s%s</p>%s</dd>") % (
            c["id"], "odd" if n % 2 else "even", c["id"], n + 1, t.strftime("%A"), t.day, mon(t), t.year, t.hour, t.minute, handle(c["author"]),
            esc(c["author"]), "odd" if n % 2 else "even", at, esc(c["paras"][0]), "".join("<p>%s</p>" % esc(p) for p in c["paras"][1:])))
    body = ("<div id=\"page\"><div id=\"top\"><h1><span><a>Green Shoots</a></span></h1><p id=\"prelude\"><a>To content</a> | <a>To menu</a> | <a>To search</a></p></div>"
            "<div id=\"wrapper\"><div id=\"main\"><div id=\"content\"><div id=\"p77\" class=\"post\"><h2 class=\"post-title\">Mill Lane: what the papers say</h2>"
            "<p class=\"post-info\">By Eleri, Thursday 19 November 2026, 21:05 - <a>Allotments</a> - <a>Permalink</a></p><div class=\"post-content\">%s</div>"
            "<p class=\"post-tags\"><a>housing</a> <a>council</a></p></div><div id=\"comments\"><h3>Comments</h3><dl>%s</dl></div>"
            "<div id=\"pr\"><h3>Add a comment</h3><form><p><label>Name or nickname</label><input></p><p><label>Comment</label><textarea></textarea></p></form></div>"
            "</div></div><div id=\"sidebar\"><div id=\"blognav\"><div id=\"search\"><h2>Search</h2><input></div><div class=\"categories\"><h2>Categories</h2><ul><li>Allotments</li></ul></div></div></div>"
            "</div><div id=\"footer\"><p>Powered by <a>Dotclear</a></p></div></div>") % ("".join("<p>%s</p>" % esc(p) for p in base.STORY), "".join(out))
    return base.page_wrap("Mill Lane: what the papers say - Green Shoots", body)


def b2evolution(cs):
    out = []

    def one(i):
        c = cs[i]
        t = c["time"]
        resp = ""
        if c["parent"] is not None:
            p = cs[c["parent"]]
            resp = "<div class=\"evo_comment_in_response\">In response to: <a href=\"#c%d\">%s</a></div>" % (p["id"], esc(p["author"]))
        out.append(("<a id=\"c%d\"></a><div class=\"evo_comment evo_comment__depth_%d\" id=\"comment_%d\" style=\"margin-left:%dpx\">"
                    "<div class=\"evo_comment_title\"><a href=\"#c%d\" class=\"permalink_right\"><span class=\"fa fa-link\"></span></a>"
                    "<span class=\"user anonymous\" rel=\"bubbletip_comment_%d\">%s</span> <span class=\"evo_comment_type\">[Visitor]</span></div>%s"
                    "<div class=\"evo_comment_text\">%s</div><div class=\"evo_comment_info\"><small class=\"date\">%02d/%02d/%02d @ %02d:%02d %s</small> "
                    "<a class=\"comment_reply\">Reply</a> <span class=\"evo_comment_rating\">Helpful? <a>Yes</a> <a>No</a></span></div></div>") % (
            c["id"], c["depth"] + 1, c["id"], c["depth"] * 30, c["id"], c["id"], esc(c["author"]), resp, paras(c),
            t.month, t.day, t.year % 100, t.hour % 12 or 12, t.minute, "am" if t.hour < 12 else "pm"))
        for k in kids(cs, i):
            one(k)
    for i in kids(cs, None):
        one(i)
    body = ("<div class=\"container\"><div class=\"evo_container evo_container__header\"><h1 class=\"evo_widget widget_core_coll_title\"><a>Riverside Growers</a></h1>"
            "<ul class=\"evo_container__menu\"><li><a>Recent posts</a></li><li><a>Archives</a></li><li><a>Categories</a></li><li><a>Log in</a></li></ul></div>"
            "<div class=\"evo_content_block\"><article class=\"evo_post\"><h2 class=\"evo_post_title\">The sale went through</h2><div class=\"evo_post__info\">"
            "<small>Posted by <b>compost_kate</b> on 11/19/26 in <a>News</a></small></div><div class=\"evo_post__full\">%s</div>"
            "<div class=\"evo_post_feedback_link\"><a>%d comments</a></div></article><div class=\"evo_post_comment_notification\"><a>Notify me of replies</a></div>"
            "<div class=\"evo_post_comments\" id=\"comments\"><h4 class=\"evo_comment__list_title\">%d comments</h4>%s</div>"
            "<div class=\"evo_comment_form\"><h4>Leave a comment</h4><p>Your email address will <strong>not</strong> be revealed on this site.</p><textarea></textarea></div></div>"
            "<div class=\"evo_container__sidebar\"><h4>Search</h4><input><h4>Categories</h4><ul><li>News</li><li>Harvest</li></ul></div>"
            "<footer>Powered by <a>b2evolution</a></footer></div>") % ("".join("<p>%s</p>" % esc(p) for p in base.STORY[:3]), len(cs), len(cs), "".join(out))
    return base.page_wrap("The sale went through - Riverside Growers", body)


def valine(cs):
    def card(i, top):
        c = cs[i]
        t = c["time"]
        at = ""
        if not top:
            at = "<a class=\"at\" href=\"#%x\">@%s</a> , " % (cs[c["parent"]]["id"] * 97, esc(cs[c["parent"]]["author"]))
        return ("<div class=\"vcard\" id=\"%x\"><img class=\"vimg\" src=\"https://gravatar.example/avatar/%x?d=mp\"><div class=\"vh\"><div class=\"vhead\">"
                "<span class=\"vnick\">%s</span> <span class=\"vsys\">%s</span> <span class=\"vsys\">%s</span></div><div class=\"vmeta\"><span class=\"vtime\">%d-%02d-%02d</span>"
                "<span class=\"vat\">Reply</span></div><div class=\"vcontent\" data-expand=\"View more...\">%s</div><div class=\"vreply-wrapper\"></div>%s</div></div>") % (
            c["id"] * 97, c["id"] * 5, esc(c["author"]), R.choice(["Chrome 119.0.0.0", "Firefox 120.0", "Safari 17.1", "Edge 119.0.0.0"]),
            R.choice(["Windows 10.0", "macOS 14.1", "Android 14", "iOS 17.1", "Linux"]), t.year, t.month, t.day,
            "".join("<p>%s%s</p>" % (at if n == 0 else "", esc(p)) for n, p in enumerate(c["paras"])), "%s")

    out = []
    for i in kids(cs, None):
        sub = []

        def walk(k):
            for j in kids(cs, k):
                sub.append(card(j, False) % "")
                walk(j)
        walk(i)
        out.append(card(i, True) % ("<div class=\"vquote\">%s</div>" % "".join(sub) if sub else ""))
    body = ("<div class=\"hexo\"><header id=\"header\"><a class=\"logo\">mud &amp; marrows</a><nav><a>Home</a> <a>Archives</a> <a>Tags</a> <a>About</a></nav></header>"
            "<main><article class=\"post\"><h1 class=\"post-title\">Goodbye, Mill Lane</h1><div class=\"post-meta\"><span>2026-11-21</span> <span>Allotment</span> <span>4 min read</span></div>"
            "<div class=\"post-body\">%s</div><div class=\"post-copyright\">Author: runner_bean_rita | License: CC BY-NC-SA</div></article>"
            "<div id=\"vcomments\" class=\"v\"><div class=\"vwrap\"><div class=\"vheader item3\"><input class=\"vnick\" placeholder=\"Nickname\"><input class=\"vmail\" placeholder=\"E-Mail\">"
            "<input class=\"vlink\" placeholder=\"Website\"></div><div class=\"vedit\"><textarea class=\"veditor\" placeholder=\"Just go go\"></textarea></div>"
            "<div class=\"vcontrol\"><button class=\"vsubmit vbtn\">Submit</button></div></div><div class=\"vinfo\"><div class=\"vcount\"><span class=\"vnum\">%d</span> Comments</div></div>"
            "<div class=\"vcards\">%s</div><div class=\"vload-bottom\"></div><div class=\"vpower\">Powered By <a>Valine</a><br>v1.5.1</div></div></main>"
            "<footer>&copy; 2026 mud &amp; marrows</footer></div>") % ("".join("<p>%s</p>" % esc(p) for p in base.STORY), len(cs), "".join(out))
    return base.page_wrap("Goodbye, Mill Lane | mud & marrows", body)


def twikoo(cs):
    def one(i, top):
        c = cs[i]
        t = c["time"]
        shown, _ = ago(t)
        reply_to = ""
        if not top:
            p = cs[c["parent"]]
            reply_to = "<div class=\"tk-replyto\"><span>Reply to </span><a href=\"#%x\">@%s</a><span>: </span></div>" % (p["id"] * 11, esc(p["author"]))
        return ("<div class=\"tk-comment\" id=\"%x\"><div class=\"tk-avatar\"><img class=\"tk-avatar-img\" src=\"/tk/%d.webp\"></div><div class=\"tk-main\">"
                "<div class=\"tk-row\"><div class=\"tk-meta\"><a class=\"tk-nick\" href=\"https://%s.example\" target=\"_blank\" rel=\"noopener noreferrer\"><strong>%s</strong></a>"
                "%s<small class=\"tk-time\"><time datetime=\"%s\" title=\"%s\">%s</time></small></div><div class=\"tk-action\"><a class=\"tk-action-link\">"
                "<span class=\"tk-action-icon\"></span><span class=\"tk-action-count\">%s</span></a> <a class=\"tk-action-link\"><span class=\"tk-action-icon\"></span></a></div></div>"
                "<div class=\"tk-content\">%s%s</div><div class=\"tk-extras\"><span class=\"tk-extra\">%s</span><span class=\"tk-extra\">%s</span></div>%s</div></div>") % (
            c["id"] * 11, c["id"] % 6, handle(c["author"]), esc(c["author"]), "<span class=\"tk-tag tk-tag-green\">Blogger</span>" if c["author"] == "Sunita Rao" else "",
            t.strftime("%Y-%m-%dT%H:%M:%S.000Z"), t.strftime("%Y/%m/%d %H:%M:%S"), shown, c["likes"] if c["likes"] else "",
            reply_to, paras(c), R.choice(["Chrome 119.0", "Firefox 120.0", "Safari 17.1"]), R.choice(["Windows 10", "macOS 14.1", "Android 14"]), "%s")

    out = []
    for i in kids(cs, None):
        sub = []

        def walk(k):
            for j in kids(cs, k):
                sub.append(one(j, False) % "")
                walk(j)
        walk(i)
        out.append(one(i, True) % ("<div class=\"tk-replies\">%s</div>" % "".join(sub) if sub else ""))
    body = ("<div class=\"page\"><header class=\"site-header\"><a class=\"site-title\">Sunita grows things</a><nav><a>Posts</a> <a>Seeds</a> <a>Links</a></nav></header>"
            "<article class=\"post\"><h1>We lost the vote on Mill Lane</h1><time class=\"post-date\" datetime=\"2026-11-20\">November 20, 2026</time>"
            "<div class=\"post-content\">%s</div><div class=\"post-nav\"><a>&laquo; Seed swap</a> <a>Winter beds &raquo;</a></div></article>"
            "<div id=\"tcomment\" class=\"twikoo\"><div class=\"tk-submit\"><div class=\"tk-meta-input\"><input placeholder=\"Nickname\"><input placeholder=\"Email\"><input placeholder=\"Website\"></div>"
            "<textarea class=\"tk-input\" placeholder=\"Say something\"></textarea><button class=\"tk-send\">Send</button></div>"
            "<div class=\"tk-comments\"><div class=\"tk-comments-title\"><span class=\"tk-comments-count\"><span>%d</span> comments</span></div>"
            "<div class=\"tk-comments-container\">%s</div></div><div class=\"tk-footer\">Powered by <a>Twikoo</a></div></div></div>") % (
        "".join("<p>%s</p>" % esc(p) for p in base.STORY), len(cs), "".join(out))
    return base.page_wrap("We lost the vote on Mill Lane | Sunita grows things", body)


def gitalk(cs):
    out = []
    for c in cs:
        shown = rel(c)
        quote = ""
        if c["parent"] is not None:
            p = cs[c["parent"]]
            quote = "<blockquote><p>@%s %s</p></blockquote>" % (esc(p["author"]), esc(p["paras"][0]))
        out.append(("<div class=\"gt-comment\"><a class=\"gt-ico-avatar\" href=\"https://github.example/%s\"><img class=\"gt-comment-avatar\" src=\"/gh/%d.png\"></a>"
                    "<div class=\"gt-comment-content\"><div class=\"gt-comment-header\"><div class=\"gt-comment-block-1\"></div>"
                    "<a class=\"gt-comment-username\" href=\"https://github.example/%s\">%s</a><span class=\"gt-comment-text\">commented</span>"
                    "<span class=\"gt-comment-date\">%s</span><a class=\"gt-comment-like\" title=\"Like\"><span class=\"gt-ico gt-ico-heart\"></span></a>"
                    "<span class=\"gt-comment-like-count\">%s</span><a class=\"gt-comment-reply\" title=\"Reply\"><span class=\"gt-ico gt-ico-reply\"></span></a></div>"
                    "<div class=\"gt-comment-body markdown-body\">%s%s</div></div></div>") % (
            c["author"], c["id"] % 7, c["author"], c["author"], shown, c["likes"] if c["likes"] else "", quote, paras(c)))
    body = ("<div class=\"wrap\"><header><a class=\"brand\">~/allotment</a><nav><a>blog</a> <a>projects</a> <a>rss</a></nav></header><main><article>"
            "<h1>Notes on the Mill Lane sale</h1><p class=\"date\">2026-11-20</p>%s</article><div id=\"gitalk-container\"><div class=\"gt-container\">"
            "<div class=\"gt-meta\"><span class=\"gt-counts\"><a class=\"gt-link gt-link-counts\">%d</a> comments</span><div class=\"gt-user\"><span class=\"gt-user-inner\">"
            "<span class=\"gt-ico gt-ico-github\"></span><span class=\"gt-user-name\">Login with GitHub</span></span></div></div><div class=\"gt-header\">"
            "<textarea class=\"gt-header-textarea\" placeholder=\"Leave a comment\"></textarea><div class=\"gt-header-controls\"><a class=\"gt-header-controls-tip\">"
            "Styling with Markdown is supported</a><button class=\"gt-btn gt-btn-login\">Login with GitHub</button></div></div><div class=\"gt-comments\">%s</div>"
            "<div class=\"gt-comments-controls\"><button class=\"gt-btn gt-btn-loadmore\">Load more</button></div><div class=\"gt-copyright\">Powered by Gitalk</div></div></div></main></div>") % (
        "".join("<p>%s</p>" % esc(p) for p in base.STORY), len(cs), "".join(out))
    return base.page_wrap("Notes on the Mill Lane sale - ~/allotment", body)


def webmention(cs):
    likers = R.sample(base.NAMES, 7)
    reposts = R.sample(base.NAMES, 3)
    face = lambda names, kind: "".join(
        "<li class=\"h-cite u-%s\"><a class=\"u-author h-card\" href=\"https://%s.example/\" title=\"%s\"><img class=\"u-photo\" src=\"/wm/%s.jpg\" alt=\"%s\" width=\"32\"></a></li>" % (
            kind, handle(n), esc(n), handle(n), esc(n)) for n in names)
    out = []
    for c in cs:
        t = c["time"]
        out.append(("<li class=\"h-cite u-comment webmention\" id=\"wm-%d\"><div class=\"webmention-meta\"><a class=\"u-author h-card\" href=\"https://%s.example/\">"
                    "<img class=\"u-photo\" src=\"/wm/%s.jpg\" alt=\"\" width=\"48\"><strong class=\"p-name\">%s</strong></a> "
                    "<a class=\"u-url\" href=\"https://%s.example/notes/%d\"><time class=\"dt-published\" datetime=\"%s\">%d %s %d</time></a></div>"
                    "<div class=\"e-content p-content\">%s</div></li>") % (
            c["id"], handle(c["author"]), handle(c["author"]), esc(c["author"]), handle(c["author"]), c["id"], t.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
            t.day, mon(t)[:3], t.year, paras(c)))
    body = ("<div class=\"h-entry-page\"><header class=\"site\"><a class=\"p-name\" href=\"/\">Eleri Price</a><nav><a>Notes</a> <a>Articles</a> <a>Now</a></nav></header>"
            "<main><article class=\"h-entry\"><h1 class=\"p-name\">Why I am not taking the river plot</h1><time class=\"dt-published\" datetime=\"2026-11-20T19:00:00+00:00\">20 November 2026</time>"
            "<div class=\"e-content\">%s<p>If you write a reply on your own site, send a webmention and it will show up below.</p></div></article>"
            "<section class=\"webmentions\" id=\"webmentions\"><h2>Webmentions</h2><p class=\"wm-summary\">%d likes, %d reposts, %d replies</p>"
            "<h3>Likes</h3><ul class=\"facepile likes\">%s</ul><h3>Reposts</h3><ul class=\"facepile reposts\">%s</ul><h3>Replies</h3><ol class=\"webmention-replies\">%s</ol>"
            "<form class=\"webmention-form\"><label>Have you written a response? Paste the URL:</label><input type=\"url\"><button>Send webmention</button></form></section></main>"
            "<footer><p>Powered by webmention.io</p></footer></div>") % (
        "".join("<p>%s</p>" % esc(p) for p in base.STORY), len(likers), len(reposts), len(cs), face(likers, "like"), face(reposts, "repost"), "".join(out))
    return base.page_wrap("Why I am not taking the river plot - Eleri Price", body)


def tumblr(cs):
    """Notes: reply notes ('x said: text') and reblogs with added text are comments; likes and bare reblogs are not."""
    out = []
    for k, c in enumerate(cs):
        h = handle(c["author"])
        if R.random() < 0.6:
            out.append("<li class=\"note like tumblelog_%s\"><a class=\"avatar_frame\"><img class=\"avatar\" src=\"/t/%s.png\"></a>"
                       "<span class=\"action\"><a class=\"tumblelog\" href=\"https://%s.tumblr.example/\">%s</a> likes this</span></li>" % (
                           h, h, handle(R.choice(base.NAMES)), handle(R.choice(base.NAMES))))
        if c["kind"] == "reply":
            out.append(("<li class=\"note reply tumblelog_%s\"><a class=\"avatar_frame\"><img class=\"avatar\" src=\"/t/%s.png\"></a>"
                        "<span class=\"action\"><a class=\"tumblelog\" href=\"https://%s.tumblr.example/\">%s</a> said: <span class=\"answer_content\">%s</span></span></li>") % (
                h, h, h, h, esc(" ".join(c["paras"]))))
        else:
            frm = handle(R.choice(base.NAMES))
            out.append(("<li class=\"note reblog tumblelog_%s with_commentary\"><a class=\"avatar_frame\"><img class=\"avatar\" src=\"/t/%s.png\"></a>"
                        "<span class=\"action\"><a class=\"tumblelog\" href=\"https://%s.tumblr.example/\">%s</a> reblogged this from <a class=\"source_tumblelog\">%s</a> and added:</span>"
                        "<div class=\"note_reblog_content\"><blockquote>%s</blockquote></div></li>") % (h, h, h, h, frm, paras(c)))
        if R.random() < 0.4:
            out.append("<li class=\"note reblog without_commentary\"><span class=\"action\"><a class=\"tumblelog\">%s</a> reblogged this from <a>%s</a></span></li>" % (
                handle(R.choice(base.NAMES)), h))
    for c in cs:
        c["author"] = handle(c["author"])
        if c["kind"] == "reply":
            c["goldText"] = " ".join(c["paras"])
    body = ("<div id=\"container\"><div id=\"header\"><h1><a>plotholder-diaries</a></h1><p class=\"description\">one allotment, one person, too many courgettes</p>"
            "<div class=\"nav\"><a>Ask me anything</a> <a>Archive</a> <a>Follow</a></div></div><div id=\"posts\"><div class=\"post text\">"
            "<h2>they voted to sell it</h2>%s<div class=\"post-meta\"><a class=\"date\">Nov 21st, 2026</a> <a class=\"notes-count\">%d notes</a> "
            "<span class=\"tags\">#allotment #mill lane #housing</span></div><div class=\"share\"><a>Reblog</a> <a>Like</a></div>"
            "<ol class=\"notes\">%s<li class=\"note original_post\"><span class=\"action\"><a class=\"tumblelog\">plotholder-diaries</a> posted this</span></li></ol>"
            "<a class=\"more_notes_link\">Show more notes</a></div></div><div id=\"footer\">Theme by <a>someone</a> &middot; Powered by Tumblr</div></div>") % (
        "".join("<p>%s</p>" % esc(p) for p in base.STORY[:2]), len(out) + 1, "".join(out))
    return base.page_wrap("plotholder-diaries — they voted to sell it", body)


def ao3(cs):
    def one(i):
        c = cs[i]
        t = c["time"]
        li = ("<li class=\"%s comment group\" id=\"comment_%d\" role=\"article\"><h4 class=\"heading byline\"><a href=\"/users/%s/pseuds/%s\">%s</a> on Chapter 3 "
              "<span class=\"posted datetime\"><abbr class=\"day\" title=\"%s\">%s</abbr> <span class=\"date\">%d</span> <abbr class=\"month\" title=\"%s\">%s</abbr> "
              "<span class=\"year\">%d</span> <span class=\"time\">%d:%02d%s</span> <abbr class=\"timezone\" title=\"UTC\">UTC</abbr></span></h4>"
              "<div class=\"icon\"><a href=\"/users/%s/pseuds/%s\"><img alt=\"\" class=\"icon\" src=\"/images/skins/iconsets/default/icon_user.png\"></a></div>"
              "<blockquote class=\"userstuff\">%s</blockquote><h5 class=\"landmark heading\">Comment Actions</h5><ul class=\"actions\" id=\"navigation_for_comment_%d\">"
              "<li><a href=\"/comments/%d\">Thread</a></li>%s<li id=\"add_comment_reply_link_%d\"><a href=\"/comments/add_comment_reply?id=%d\">Reply</a></li></ul></li>") % (
            "odd" if c["id"] % 2 else "even", c["id"], handle(c["author"]), handle(c["author"]), esc(handle(c["author"])), t.strftime("%A"), t.strftime("%a"), t.day,
            mon(t), mon(t)[:3], t.year, t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM", handle(c["author"]), handle(c["author"]), paras(c), c["id"], c["id"],
            "<li><a href=\"/comments/%d\">Parent Thread</a></li>" % cs[c["parent"]]["id"] if c["parent"] is not None else "", c["id"], c["id"])
        sub = "".join(one(k) for k in kids(cs, i))
        return li + ("<li><ol class=\"thread\">%s</ol></li>" % sub if sub else "")
    for c in cs:
        c["author"] = handle(c["author"])
    body = ("<div id=\"outer\" class=\"wrapper\"><ul id=\"skiplinks\"><li><a href=\"#main\">Main Content</a></li></ul><div id=\"header\" class=\"region\">"
            "<h1 class=\"heading\"><a>Archive of Our Plots</a></h1><ul class=\"primary navigation actions\"><li><a>Fandoms</a></li><li><a>Browse</a></li><li><a>Search</a></li>"
            "<li><a>About</a></li></ul><p class=\"user\"><a>Log In</a></p></div><div id=\"inner\" class=\"wrapper\"><div id=\"main\" class=\"works-show region\">"
            "<ul class=\"work navigation actions\"><li><a>Entire Work</a></li><li><a>&larr; Previous Chapter</a></li><li><a>Next Chapter &rarr;</a></li><li><a>Comments (%d)</a></li></ul>"
            "<div id=\"workskin\"><div class=\"preface group\"><h2 class=\"title heading\">The Last Summer at Mill Lane</h2><h3 class=\"byline heading\"><a>hesterq</a></h3></div>"
            "<div id=\"chapters\" role=\"article\"><h3 class=\"landmark heading\">Chapter Text</h3><div class=\"userstuff\">%s</div></div></div>"
            "<div id=\"feedback\" class=\"feedback\"><h3 class=\"landmark heading\">Actions</h3><ul class=\"actions\"><li><a>&uarr; Top</a></li><li><button>Kudos &hearts;</button></li></ul>"
            "<div id=\"kudos\"><p class=\"kudos\"><a>olumideadebayo</a>, <a>marrowman</a>, <a>piet_v</a> as well as 41 guests left kudos on this work!</p></div>"
            "<div id=\"comments_placeholder\"><h3 class=\"heading\">Comments</h3><ol class=\"pagination actions\"><li>1</li></ol><ol class=\"thread\">%s</ol></div></div></div></div>"
            "<div id=\"footer\" role=\"contentinfo\" class=\"region\"><h3 class=\"landmark heading\">Footer</h3><ul class=\"navigation actions\"><li>Customize</li><li>About the Archive</li></ul></div></div>") % (
        len(cs), "".join("<p>%s</p>" % esc(p) for p in base.STORY), "".join(one(i) for i in kids(cs, None)))
    return base.page_wrap("The Last Summer at Mill Lane - Chapter 3 - hesterq - Archive of Our Plots", body)


def bilibili(cs):
    def root(i):
        c = cs[i]
        t = c["time"]
        sub = []

        def walk(k):
            for j in kids(cs, k):
                d = cs[j]
                tt = d["time"]
                at = ""
                if d["depth"] >= 2:
                    at = "Reply <a class=\"jump-link user\" data-user-id=\"%d\">@%s</a> :" % (d["parent"] * 3 + 100, esc(cs[d["parent"]]["author"]))
                sub.append(("<div class=\"sub-reply-item\"><div class=\"sub-user-info\"><div class=\"sub-reply-avatar\"><img src=\"/b/%d.webp\"></div>"
                            "<div class=\"sub-user-name\" data-user-id=\"%d\">%s</div><i class=\"sub-user-level level-%d\"></i></div>"
                            "<span class=\"reply-content-container sub-reply-content\"><span class=\"reply-content\">%s%s</span></span>"
                            "<div class=\"sub-reply-info\"><span class=\"sub-reply-time\">%02d-%02d %02d:%02d</span><span class=\"sub-reply-like\"><i class=\"svg-icon like\"></i>"
                            "<span>%s</span></span><span class=\"sub-reply-btn\">Reply</span></div></div>") % (
                    d["id"] % 8, d["id"], esc(d["author"]), 2 + d["id"] % 5, at, esc(" ".join(d["paras"])), tt.month, tt.day, tt.hour, tt.minute, d["likes"] or ""))
                walk(j)
        walk(i)
        return ("<div class=\"reply-item\"><div class=\"root-reply-container\"><div class=\"root-reply-avatar\"><img src=\"/b/%d.webp\"></div><div class=\"content-warp\">"
                "<div class=\"user-info\"><div class=\"user-name\" data-user-id=\"%d\">%s</div><i class=\"level-icon level-%d\"></i></div><div class=\"root-reply\">"
                "<span class=\"reply-content-container root-reply\"><span class=\"reply-content\">%s</span></span><div class=\"reply-info\"><span class=\"reply-time\">%d-%02d-%02d %02d:%02d</span>"
                "<span class=\"reply-like\"><i class=\"svg-icon like\"></i><span>%s</span></span><span class=\"reply-dislike\"><i class=\"svg-icon dislike\"></i></span>"
                "<span class=\"reply-btn\">Reply</span></div></div></div></div>%s<div class=\"bottom-line\"></div></div>") % (
            c["id"] % 8, c["id"], esc(c["author"]), 2 + c["id"] % 5, esc(" ".join(c["paras"])), t.year, t.month, t.day, t.hour, t.minute, c["likes"] or "",
            "<div class=\"sub-reply-container\"><div class=\"sub-reply-list\">%s</div><div class=\"view-more\">%d replies in total, <span class=\"view-more-btn\">click to view</span></div></div>" % (
                "".join(sub), len(sub)) if sub else "")
    for c in cs:
        c["goldText"] = " ".join(c["paras"])
    body = ("<div id=\"app\"><div class=\"header-bar\"><a class=\"logo\">WexTube</a> <a>Home</a> <a>Anime</a> <a>Live</a> <a>Game</a> <input placeholder=\"Search\"> "
            "<a>Log in</a> <a>Upload</a></div><div class=\"video-container\"><h1 class=\"video-title\">Mill Lane allotments: a last walk round before the bulldozers</h1>"
            "<div class=\"video-info-detail\"><span class=\"view\">18,204 views</span> <span class=\"dm\">312 danmaku</span> <span class=\"pubdate\">2026-11-20 18:00:00</span></div>"
            "<div class=\"player\">[video]</div><div class=\"video-toolbar\"><span class=\"like\">2,104</span> <span class=\"coin\">388</span> <span class=\"fav\">511</span> <span class=\"share\">Share</span></div>"
            "<div class=\"video-desc\">%s</div><div id=\"comment\"><div class=\"reply-header\"><div class=\"reply-navigation\"><span class=\"nav-title\">Comments</span>"
            "<span class=\"total-reply\">%d</span><span class=\"hot\">Hot</span> | <span class=\"new\">Newest</span></div></div>"
            "<div class=\"reply-box\"><textarea placeholder=\"Post a friendly comment\"></textarea><button>Post</button></div><div class=\"reply-list\">%s</div>"
            "<div class=\"reply-end\">No more comments</div></div></div><div class=\"right-container\"><h4>Up next</h4><a>Seed saving for beginners</a><a>Winter digging</a></div></div>") % (
        esc(base.STORY[0]), len(cs), "".join(root(i) for i in kids(cs, None)))
    return base.page_wrap("Mill Lane allotments: a last walk round before the bulldozers - WexTube", body)


def main():
    os.makedirs(os.path.join(OUT, "pages"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "text"), exist_ok=True)
    written = []

    def write(name, html_, g):
        with open(os.path.join(OUT, "pages", name + ".html"), "w", encoding="utf-8") as f:
            f.write(html_)
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=1, ensure_ascii=False)
            f.write("\n")
        dump = subprocess.run(["w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"], input=html_.encode("utf-8"),
                              capture_output=True, check=True).stdout
        with open(os.path.join(OUT, "text", name + ".txt"), "wb") as f:
            f.write(dump)
        written.append(name)

    cs = base.thread(13, max_depth=3)
    write("dailykos", dailykos(cs), gold("dailykos", cs, True, note="nested div.comment-indent (margin-left); a bold subject line is not text; '[n Recs]' and the date after the text"))
    cs = base.chronological(12, likes=False, p_reply=0.45)
    write("fark", fark(cs), gold("fark", cs, False, note="flat tables; a reply opens with 'Name: quoted text' (not text, names the parent); '2026-11-21 2:14:07 PM'; usernames"))
    cs = base.thread(12, max_depth=3)
    write("dailymail", dailymail(cs), gold("dailymail", cs, True, fetched=NOW,
          note="replies of every depth in one div.replies under their root, each with 'RE: name'; location after the name; relative times; up count is likes"))
    cs = base.thread(13, max_depth=2)
    write("yahoo", yahoo(cs), gold("yahoo", cs, True, fetched=NOW,
          note="one reply level; a reply to a reply sits beside it and opens with @name (its parent); relative 'nh ago' times; thumbs-up is likes"))
    cs = base.thread(11, max_depth=3, likes=False)
    write("serendipity", serendipity(cs), gold("serendipity", cs, False, note="flat divs, depth only in padding-left; text first, then '#1.1 name on 2026-11-21 14:14'"))
    cs = base.chronological(11, likes=False, p_reply=0.35)
    write("dotclear", dotclear(cs), gold("dotclear", cs, False, note="dl of dt (number, 'On Saturday 21 November 2026, 14:14 by name') and dd (text) pairs; '@Name : ' opens a reply"))
    cs = base.thread(12, max_depth=3, likes=False)
    write("b2evolution", b2evolution(cs), gold("b2evolution", cs, False, note="flat, depth class + margin; 'In response to: name' link; '11/21/26 @ 02:14 pm'; [Visitor] badge"))
    cs = base.thread(12, max_depth=3, likes=False)
    write("valine", valine(cs), gold("valine", cs, False, times="date", note="replies of every depth in the root's vquote, each opening with an @name link (the parent); browser/OS badges beside the nick; date only"))
    cs = base.thread(12, max_depth=3)
    write("twikoo", twikoo(cs), gold("twikoo", cs, True, fetched=NOW, zero_shown=False,
          note="replies flattened into tk-replies with 'Reply to @name:'; relative time with ISO datetime; 'Blogger' tag; like count empty when 0"))
    cs = base.chronological(11, p_reply=0.4)
    for c in cs:
        c["author"] = handle(c["author"])
    write("gitalk", gitalk(cs), gold("gitalk", cs, True, fetched=NOW, zero_shown=False,
          note="flat; a reply quotes '@parent first paragraph' in a blockquote (not text); 'commented' + relative time; like count empty when 0"))
    cs = base.chronological(9, likes=False, p_reply=0)
    write("webmention", webmention(cs), gold("webmention", cs, False, note="likes / reposts facepiles (names in alt/title) are not comments; replies flat with h-card and dt-published"))
    cs = base.chronological(10, likes=False, p_reply=0)
    for c in cs:
        c["kind"] = R.choice(["reply", "reblog"])
    write("tumblr", tumblr(cs), gold("tumblr", cs, False, times=None,
          note="notes: reply notes ('x said: text', inline) and reblogs 'with commentary' are comments; likes and bare reblogs are not; no times"))
    cs = base.thread(12, max_depth=3, likes=False)
    write("ao3", ao3(cs), gold("ao3", cs, False, note="a comment's replies in an ol.thread inside the NEXT sibling li; date split over spans; text in blockquote.userstuff"))
    cs = base.thread(13, max_depth=3)
    write("bilibili", bilibili(cs), gold("bilibili", cs, True, fetched=NOW, zero_shown=False,
          note="replies of every depth in the root's sub-reply-list, deeper ones open with 'Reply @name :'; sub-reply times without a year '11-21 14:14'; level badges; like count empty when 0"))
    print("\n".join(written))


if __name__ == "__main__":
    main()
