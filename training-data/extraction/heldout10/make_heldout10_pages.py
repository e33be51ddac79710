#!/usr/bin/python3
"""Writes the ELEVENTH held-out round (folder heldout10; HTML + w3m dumps): 13 thread pages in comment systems and
CMS markups no earlier round uses, to be scored on main before any rule for them (an estimate for unseen sites), and
7 comment-section status pages (gold without comments, `expectSection`) for the silent-miss check.

Thread pages: a WordPress block-theme (FSE) comment template, Echo StreamServer, HTML Comment Box, a Zeit-like German
news CMS (one indent level, "Antwort auf #n von X", German dates, "Seite 1 von 3", a moderator's note), an old
ASP.NET news site (GridView table, "Posted by X on 11/21/2026 2:14:07 PM", __VIEWSTATE, a numeric pager), a
Liferay-like JSP portal discussion, Telligent Community, Concrete CMS conversations (flat, level classes, a deleted
message), DokuWiki's discussion plugin, a Weebly-like blog, a Stacker-News-like thread (hashed CSS-module classes),
ExpressionEngine (text first, "Posted by X on date" after it) and Dreamwidth (flat comment-depth-N siblings,
"(Deleted comment)" with replies under it).
Status pages: Cusdis, Remark42, Isso, Discourse and Waline script embeds (`unparsed`), a count with the comments
on another page (`unparsed`), comments switched off (`none`), and a "load more" cut-off (4 of 57 shown: `unparsed`,
with the 4 shown as gold).

Helpers and gold format from ../heldout5's generator (and ../heldout9's relative-time gold); another topic (a
seaside pier to be pulled down), names and seed. A deleted comment's placeholder is not a comment: the gold leaves it
out and gives its replies the nearest surviving ancestor as parent. Times a page shows only relatively are gold at
the date the page implies (fetchedAt minus the shown amount). Each page's `w3m -dump` goes to text/. Our own
synthetic text. Usage: make_heldout10_pages.py [OUT_DIR]"""
import datetime as dt
import json
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout5"))
import make_heldout5_pages as base  # noqa: E402

R = random.Random(20261215)
base.R = R
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
base.SUBJECTS[:] = ["the pier", "the demolition plan", "the lottery bid", "the structural survey", "the arcade lease",
                    "the harbour board", "the fishing platform", "the promenade works", "the heritage listing", "the insurance quote"]
base.VIEWS[:] = ["was left to rot for twenty years", "could have been saved with the 2019 grant", "is cheaper to rebuild than repair",
                 "ignores what the town actually wants", "was never shown to the public", "puts the whole seafront at risk",
                 "needs a second engineer's opinion", "might still attract a trust"]
BASE_ASIDES = ["My dad fished off the end every Sunday.", "The last ferry left from there in 1971.", "The survey is forty pages long.",
               "The arcade still pays rent.", "Half the railings are already gone.", "The consultation closed on a bank holiday.",
               "Storm Ciaran took the kiosk."]
base.ASIDES[:] = BASE_ASIDES
base.STARTS[:] = ["Frankly", "As a local", "For the record", "Having walked it last week", "Speaking as a fisherman",
                  "To be fair", "Sadly", "Honestly"]
base.NAMES[:] = ["Morwenna Tully", "saltwater_sam", "Ifeoma Okafor", "Gwilym R.", "piergazer", "Tomasz Zielinski", "Rosalind",
                 "driftwood_dan", "Anjali Kapoor", "Cormac", "beachcomber77", "Hilde Sorensen", "Jem"]
STORY_T = "Wexcombe pier to be pulled down after survey finds it unsafe"
STORY = ["Wexcombe's Victorian pier will be demolished next spring after a structural survey found corroded piles along "
         "two thirds of its length, the harbour board said on Thursday.",
         "The board says repairs would cost 6.8 million pounds, against 1.9 million to remove the deck and piles. A smaller "
         "fishing platform may be built at the shore end.",
         "A campaign group wants the pier listed and says a heritage lottery bid could cover most of the repairs. The board "
         "meets again on 10 December."]
esc, paras, handle, mon, kids = base.esc, base.paras, base.handle, base.mon, base.kids
NOW = dt.datetime(2026, 12, 5, 9, 40)
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]


def ago(t):
    """The shown relative time and the date it implies (what a reader of the page could know)."""
    d = NOW - t
    m = int(d.total_seconds() // 60)
    if m < 60:
        return "%d minutes ago" % m, (NOW - dt.timedelta(minutes=m)).strftime("%Y-%m-%d")
    if m < 1440:
        h = m // 60
        return "%d hour%s ago" % (h, "" if h == 1 else "s"), (NOW - dt.timedelta(hours=h)).strftime("%Y-%m-%d")
    return "%d day%s ago" % (d.days, "" if d.days == 1 else "s"), (NOW - dt.timedelta(days=d.days)).strftime("%Y-%m-%d")


def rel(c):
    shown, day = ago(c["time"])
    c["goldTime"] = day
    return shown


def gold(name, cs, likes, times="minute", note=None, fetched=None, zero_shown=True, expect=None):
    g = base.gold_of(name, name, cs, False, likes, times=times, note=note, fetched=fetched, zero_shown=zero_shown)
    for c, gc in zip(cs, g["comments"]):
        if "goldTime" in c:
            gc["time"] = c["goldTime"]
        if "goldText" in c:
            gc["text"] = c["goldText"]
        if "goldAuthor" in c:
            gc["author"] = c["goldAuthor"]
    # a deleted comment's placeholder is no comment: its replies answer the nearest surviving ancestor
    dead = {"g%d" % i for i, c in enumerate(cs) if c.get("deleted")}
    up = {gc["id"]: gc["parent"] for gc in g["comments"]}
    for gc in g["comments"]:
        p = gc["parent"]
        while p in dead:
            p = up[p]
        gc["parent"] = p
    g["comments"] = [gc for gc in g["comments"] if gc["id"] not in dead]
    if expect:
        g["expectSection"] = expect
    return g


def status_gold(name, expect, note):
    return {"page": {"file": "pages/" + name + ".html"}, "system": name, "site": name + ".example", "forum": False,
            "heldOut": True, "comments": [], "expectSection": expect, "note": note}


def ampm(t, lower=False, sec=False):
    s = "%d:%02d%s %s" % (t.hour % 12 or 12, t.minute, ":%02d" % R.randint(0, 59) if sec else "", "AM" if t.hour < 12 else "PM")
    return s.lower() if lower else s


def story_html(title=STORY_T, byline="By <a href=\"/staff/ruth-penrose\">Ruth Penrose</a>"):
    return ("<article class=\"article\"><h1 class=\"headline\">%s</h1><p class=\"byline\">%s &middot; "
            "<time datetime=\"2026-11-19T07:10\">19 November 2026</time></p><figure><img src=\"/img/pier.jpg\" alt=\"\">"
            "<figcaption>The pier from the promenade. Photo: Herald</figcaption></figure><div class=\"article-body\">%s</div>"
            "<div class=\"share\"><a>Share</a> <a>Post</a> <a>Email</a></div></article>") % (
        esc(title), byline, "".join("<p>%s</p>" % esc(p) for p in STORY))


def chrome(title, body, brand="The Wexcombe Herald"):
    most = "".join("<li><a href=\"/news/%d\">%s</a></li>" % (700 + k, esc(s[0].upper() + s[1:] + ": the questions"))
                   for k, s in enumerate(R.sample(base.SUBJECTS, 5)))
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s | %s</title></head><body>"
            "<div class=\"consent\" role=\"dialog\"><p>We and our partners use cookies to personalise content and ads.</p><button>Agree</button> "
            "<button>Options</button></div><header class=\"site-header\"><a class=\"logo\" href=\"/\">%s</a><nav><ul><li><a>News</a></li><li><a>Seafront</a></li>"
            "<li><a>Council</a></li><li><a>Sport</a></li><li><a>Opinion</a></li></ul></nav></header><div class=\"ad ad-top\">Advertisement</div>"
            "<div class=\"columns\"><main>%s</main><aside class=\"rail\"><section class=\"most-read\"><h3>Most read</h3><ol>%s</ol></section>"
            "<section class=\"newsletter\"><h3>Morning briefing</h3><p>Seafront news before breakfast.</p><input type=\"email\"><button>Sign up</button></section>"
            "</aside></div><section class=\"more-stories\"><h3>More from the seafront</h3><ul><li><a>Lido to reopen in May</a></li>"
            "<li><a>Beach huts price rise</a></li><li><a>Lifeboat crew honoured</a></li></ul></section><footer class=\"footer\"><a>Contact</a> "
            "<a>Privacy</a> <a>Terms</a><p>&copy; 2026 Wexcombe Herald Media</p></footer></body></html>") % (
        esc(title), esc(brand), esc(brand), body, most)


def nest(cs, one, wrap):
    """Each root with its replies nested: one(i, inner) renders a comment holding inner (its replies' markup or '')."""
    def rec(i):
        sub = "".join(rec(k) for k in kids(cs, i))
        return one(i, wrap(sub) if sub else "")
    return "".join(rec(i) for i in kids(cs, None))


# ---------------------------------------------------------------- thread pages

def wpblock(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        return ("<li id=\"comment-%d\" class=\"comment %s thread-%s depth-%d\"><div class=\"wp-block-group is-layout-flex\">"
                "<figure class=\"wp-block-avatar\"><img alt=\"%s Avatar\" src=\"https://secure.gravatar.example/avatar/%x?s=40\" class=\"avatar avatar-40 photo wp-block-avatar__image\" height=\"40\" width=\"40\"></figure>"
                "<div class=\"wp-block-group is-layout-flow\"><div class=\"wp-block-comment-author-name has-small-font-size\"><a rel=\"external nofollow ugc\" href=\"https://%s.example/\" target=\"_self\">%s</a></div>"
                "<div class=\"wp-block-group is-layout-flex\"><div class=\"wp-block-comment-date has-small-font-size\"><time datetime=\"%s\"><a href=\"#comment-%d\">%s %d, %d at %s</a></time></div>"
                "<div class=\"wp-block-comment-edit-link has-small-font-size\"></div></div><div class=\"wp-block-comment-content\">%s</div>"
                "<div class=\"wp-block-comment-reply-link has-small-font-size\"><a rel=\"nofollow\" class=\"comment-reply-link\" href=\"#comment-%d\" data-commentid=\"%d\" aria-label=\"Reply to %s\">Reply</a></div></div></div>%s</li>") % (
            c["id"], "even" if i % 2 == 0 else "odd", "odd" if i % 2 else "even", c["depth"] + 1, esc(c["author"]), c["id"] * 13, handle(c["author"]), esc(c["author"]),
            t.strftime("%Y-%m-%dT%H:%M:%S+00:00"), c["id"], mon(t), t.day, t.year, ampm(t, lower=True), paras(c), c["id"], c["id"], esc(c["author"]), inner)
    tree = nest(cs, one, lambda s: "<ol class=\"children\">%s</ol>" % s)
    body = ("<div class=\"wp-site-blocks\"><header class=\"wp-block-template-part\"><div class=\"wp-block-group\"><p class=\"wp-block-site-title\"><a>Notes from the Front</a></p>"
            "<nav class=\"wp-block-navigation\"><ul><li><a>About</a></li><li><a>Archive</a></li><li><a>Photos</a></li></ul></nav></div></header>"
            "<main class=\"wp-block-group\"><h1 class=\"wp-block-post-title\">The pier is coming down</h1><div class=\"wp-block-post-date\"><time datetime=\"2026-11-19T08:00:00+00:00\">November 19, 2026</time></div>"
            "<div class=\"entry-content wp-block-post-content\">%s</div><div class=\"wp-block-post-terms\"><a>Seafront</a>, <a>Local</a></div>"
            "<div class=\"wp-block-comments\"><h2 class=\"wp-block-comments-title\">%d responses to &ldquo;The pier is coming down&rdquo;</h2>"
            "<ol class=\"wp-block-comment-template\">%s</ol><nav class=\"wp-block-comments-pagination\" aria-label=\"Comments pagination\">"
            "<a class=\"wp-block-comments-pagination-previous\" href=\"?cpage=1#comments\">Older Comments</a><span class=\"page-numbers\">1</span> <a class=\"page-numbers\">2</a></nav>"
            "<div id=\"respond\" class=\"comment-respond wp-block-post-comments-form\"><h3 id=\"reply-title\" class=\"comment-reply-title\">Leave a Reply</h3>"
            "<form class=\"comment-form\"><p class=\"comment-notes\">Your email address will not be published. Required fields are marked *</p><textarea></textarea>"
            "<input type=\"submit\" value=\"Post Comment\"></form></div></div></main><footer class=\"wp-block-template-part\"><p>Proudly powered by WordPress</p></footer></div>") % (
        "".join("<p>%s</p>" % esc(p) for p in STORY), len(cs), tree)
    return base.page_wrap("The pier is coming down &#8211; Notes from the Front", body)


def echo(cs):
    def one(i, inner):
        c = cs[i]
        shown = rel(c)
        d = c["depth"]
        return ("<div class=\"echo-item-content echo-item-depth-%d\"><div class=\"echo-item-container echo-item-container-%s\">"
                "<div class=\"echo-item-avatar\"><img src=\"/echo/avatar/%d.png\" width=\"48\"></div><div class=\"echo-item-wrapper\">"
                "<div class=\"echo-item-subwrapper\"><div class=\"echo-item-subcontainer\"><div class=\"echo-item-authorName\">%s</div>"
                "<div class=\"echo-clear\"></div><div class=\"echo-item-data\"><div class=\"echo-item-body echo-primaryColor\"><span class=\"echo-item-text\">%s</span></div></div>"
                "<div class=\"echo-item-footer echo-secondaryColor echo-secondaryFont\"><img class=\"echo-item-sourceIcon\" src=\"/echo/source.png\">"
                "<div class=\"echo-item-date\">%s</div><div class=\"echo-item-from\">from <a class=\"echo-linkColor\">Wexcombe Herald</a></div>"
                "<div class=\"echo-item-controls\"><a class=\"echo-item-control echo-clickable\">Reply</a> &middot; <a class=\"echo-item-control echo-clickable\">Like</a> &middot; "
                "<a class=\"echo-item-control echo-clickable\">Flag</a></div>%s</div></div></div></div></div>"
                "<div class=\"echo-item-children\">%s</div></div>") % (
            d, "root" if d == 0 else "child", c["id"] % 17, esc(c["author"]), "<br><br>".join(esc(p) for p in c["paras"]), shown,
            "<div class=\"echo-item-likes\"><span class=\"echo-item-likesPeople\">%d people</span> like this.</div>" % c["likes"] if c["likes"] else "", inner)
    tree = nest(cs, one, lambda s: s)
    body = story_html() + ("<div id=\"echo-comments\"><div class=\"echo-stream-header\"><div class=\"echo-stream-state\">Live</div>"
                           "<div class=\"echo-stream-counter\">%d comments</div><div class=\"echo-submit\"><textarea class=\"echo-submit-text\" placeholder=\"What's on your mind?\"></textarea>"
                           "<button class=\"echo-submit-postButton\">Post</button></div></div><div class=\"echo-stream-body\">%s</div>"
                           "<div class=\"echo-stream-more\">More...</div><div class=\"echo-stream-brand\">Powered by Echo</div></div>") % (len(cs), tree)
    return chrome(STORY_T, body)


def htmlcommentbox(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        return ("<div class=\"comment\" id=\"hcb_msg-%d\"><div class=\"hcb-comment-tb\"><img class=\"hcb-avatar\" src=\"/hcb/default.png\"> "
                "<span class=\"author-name\">%s</span> <span class=\"date\">%s %d, %d</span></div><blockquote class=\"hcb-comment-body\">%s</blockquote>"
                "<div class=\"hcb-comment-tb\"><button class=\"hcb-flag\">flag</button> <button class=\"hcb-like\">like</button> <span class=\"hcb-likes\">&hearts; %d</span> "
                "<button class=\"hcb-reply\">reply</button></div>%s</div>") % (
            c["id"], esc(c["author"]), mon(t)[:3], t.day, t.year, "<br><br>".join(esc(p) for p in c["paras"]), c["likes"], inner)
    tree = nest(cs, one, lambda s: "<div class=\"replies\" style=\"margin-left:30px\">%s</div>" % s)
    body = ("<div id=\"wrap\"><div id=\"top\"><h1>Wexcombe Pier Society</h1><ul class=\"menu\"><li><a>Home</a></li><li><a>History</a></li><li><a>Join</a></li><li><a>Events</a></li></ul></div>"
            "<div id=\"content\"><h2>News: the board's decision</h2><p class=\"posted\">Posted 19 November 2026 by the committee</p>%s"
            "<h3>Have your say</h3><div id=\"HCB_comment_box\"><div class=\"hcb-wrapper\"><form class=\"hcb-form\"><input placeholder=\"name\"><textarea placeholder=\"Enter your comment here\"></textarea>"
            "<input type=\"submit\" value=\"Submit\"></form><div class=\"home-desc\">Comments are moderated.</div><h3 class=\"hcb-count\">%d Comments</h3>"
            "<div id=\"comments_list\">%s</div><p class=\"hcb-credit\"><a href=\"https://www.htmlcommentbox.example\">HTML Comment Box</a> is loading comments...</p></div></div></div>"
            "<div id=\"foot\">Wexcombe Pier Society, registered charity 1100234</div></div>") % (
        "".join("<p>%s</p>" % esc(p) for p in STORY[:2]), len(cs), tree)
    return base.page_wrap("News: the board's decision - Wexcombe Pier Society", body)


def zeit(cs, numbers):
    out = []
    for i, c in enumerate(cs):
        t = c["time"]
        n = numbers[i]
        origin = ""
        if c["parent"] is not None and c["depth"] >= 1:
            p = cs[c["parent"]]
            origin = "<a class=\"comment__origin\" href=\"#cid-%d\">Antwort auf #%s von %s</a>" % (p["id"], numbers[c["parent"]], esc(p["author"]))
        mod = ""
        if c.get("modnote"):
            mod = "<p class=\"comment__moderation\">Gekürzt. Bitte verzichten Sie auf Unterstellungen. Danke, die Redaktion/jk</p>"
        out.append(("<article class=\"comment%s js-comment%s\" id=\"cid-%d\"><div class=\"comment__container\"><div class=\"comment-meta\">"
                    "<a class=\"comment-meta__name\" href=\"/nutzer/%s\">%s</a><a class=\"comment-meta__date\" href=\"#cid-%d\">#%s &nbsp;&mdash;&nbsp; %d. %s %d, %d:%02d Uhr</a></div>"
                    "<div class=\"comment__body\">%s%s%s</div><div class=\"comment__reactions\"><span class=\"js-comment-recommendations\">%d Empfehlungen</span> "
                    "<a class=\"comment__reaction js-reply\">Antworten</a> <a class=\"comment__reaction js-recommend\">Empfehlen</a> <a class=\"comment__reaction js-report\">Melden</a></div></div></article>") % (
            " comment--indented" if c["depth"] else "", "-toplevel" if not c["depth"] else "", c["id"], handle(c["author"]), esc(c["author"]), c["id"], n,
            t.day, DE_MONTHS[t.month - 1], t.year, t.hour, t.minute, origin, paras(c), mod, c["likes"]))
    body = ("<div class=\"page\"><header class=\"header\"><a class=\"logo\">WEXCOMBER ZEITUNG</a><nav><a>Politik</a> <a>Gesellschaft</a> <a>Wirtschaft</a> <a>Kultur</a> "
            "<a>Abo</a> <a>Anmelden</a></nav></header><main><article class=\"article\"><h1>Seebrücke von Wexcombe wird abgerissen</h1><p class=\"summary\">Das Gutachten ist eindeutig: "
            "Die viktorianische Seebrücke ist nicht mehr zu retten.</p><div class=\"metadata\">21. November 2026, 7:10 Uhr &middot; 214 Kommentare</div>"
            "<div class=\"article-body\"><p>Die Hafenbehörde hat den Abriss der Seebrücke für das kommende Frühjahr beschlossen.</p>"
            "<p>Eine Reparatur würde 6,8 Millionen Pfund kosten. Eine Bürgerinitiative will die Brücke unter Denkmalschutz stellen lassen.</p></div></article>"
            "<section class=\"comment-section\" id=\"comments\"><div class=\"comment-section__head\"><h2 class=\"comment-section__headline\">214 Kommentare</h2>"
            "<div class=\"comment-section__sort\"><a>Alle Kommentare</a> <a>Redaktionsempfehlungen</a> <a>Leserempfehlungen</a></div></div>"
            "<div class=\"comment-section__body\">%s</div><div class=\"pager\"><span class=\"pager__current\">Seite 1 von 3</span> "
            "<a class=\"pager__page\">2</a> <a class=\"pager__page\">3</a> <a class=\"pager__button\">Nächste Seite</a></div>"
            "<div class=\"comment-form\"><p>Bitte melden Sie sich an, um zu kommentieren.</p></div></section></main>"
            "<footer><a>Impressum</a> <a>Datenschutz</a> <a>Netiquette</a></footer></div>") % "".join(out)
    return ("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Seebrücke von Wexcombe wird abgerissen | Wexcomber Zeitung</title></head>"
            "<body>%s</body></html>") % body


def aspnet(cs):
    rows = []
    for k, c in enumerate(cs):
        t = c["time"]
        ctl = "ctl%02d" % (k + 2)
        rows.append(("<tr class=\"%s\"><td><div class=\"commentHeader\"><span id=\"ctl00_cphMain_gvComments_%s_lblPosted\">Posted by: "
                     "<b><span id=\"ctl00_cphMain_gvComments_%s_lblName\">%s</span></b> on %d/%d/%d %s</span></div>"
                     "<div class=\"commentText\"><span id=\"ctl00_cphMain_gvComments_%s_lblComment\">%s</span></div>"
                     "<div class=\"commentTools\"><a id=\"ctl00_cphMain_gvComments_%s_lnkReport\" href=\"javascript:__doPostBack('ctl00$cphMain$gvComments$%s$lnkReport','')\">Report abuse</a></div></td></tr>") % (
            "gridRow" if k % 2 == 0 else "gridAltRow", ctl, ctl, esc(c["author"]), t.month, t.day, t.year, ampm(t, sec=True), ctl,
            "<br /><br />".join(esc(p) for p in c["paras"]), ctl, ctl))
    pager = "<tr class=\"gridPager\"><td><table><tr><td><span>1</span></td><td><a href=\"javascript:__doPostBack('ctl00$cphMain$gvComments','Page$2')\">2</a></td>" \
            "<td><a href=\"javascript:__doPostBack('ctl00$cphMain$gvComments','Page$3')\">3</a></td></tr></table></td></tr>"
    body = ("<form name=\"aspnetForm\" method=\"post\" action=\"story.aspx?id=44120\" id=\"aspnetForm\"><div><input type=\"hidden\" name=\"__VIEWSTATE\" id=\"__VIEWSTATE\" "
            "value=\"/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAgIBD2QWBAIBDw8WAh4EVGV4dAUFU3RvcnlkZAIDDzwrAA0BAA8WBB4LXyFEYXRhQm91bmRnHgtfIUl0ZW1Db3VudAIKZGQ=\" /></div>"
            "<table id=\"tblLayout\" width=\"980\" cellpadding=\"0\" cellspacing=\"0\"><tr><td colspan=\"2\" class=\"masthead\"><img src=\"/images/masthead.gif\" alt=\"Wexcombe Evening Post\"></td></tr>"
            "<tr><td colspan=\"2\" class=\"topnav\"><a href=\"default.aspx\">Home</a> | <a>News</a> | <a>Sport</a> | <a>Jobs</a> | <a>Motors</a> | <a>Property</a> | <a>Announcements</a></td></tr>"
            "<tr><td class=\"maincol\" valign=\"top\"><span id=\"ctl00_cphMain_lblHeadline\" class=\"headline\">%s</span><br /><span class=\"dateline\">12:10 - 19 November 2026</span>"
            "<div id=\"ctl00_cphMain_pnlStory\" class=\"storytext\">%s</div><div class=\"commentsTitle\"><span id=\"ctl00_cphMain_lblCommentCount\">Readers' comments (%d)</span></div>"
            "<table class=\"gridComments\" cellspacing=\"0\" rules=\"all\" border=\"0\" id=\"ctl00_cphMain_gvComments\" style=\"border-collapse:collapse;\">%s%s</table>"
            "<div class=\"addComment\"><span>Add your comment</span><textarea name=\"ctl00$cphMain$txtComment\" id=\"ctl00_cphMain_txtComment\"></textarea>"
            "<input type=\"submit\" name=\"ctl00$cphMain$btnSubmit\" value=\"Submit\" id=\"ctl00_cphMain_btnSubmit\" /></div></td>"
            "<td class=\"rightcol\" valign=\"top\"><div class=\"box\"><b>Most read</b><ul><li><a>Lido to reopen</a></li><li><a>Bypass delayed</a></li></ul></div>"
            "<div class=\"box\"><img src=\"/ads/motors.gif\" alt=\"Advertisement\"></div></td></tr><tr><td colspan=\"2\" class=\"footer\">&copy; Wexcombe Evening Post 2026 | "
            "<a>Terms</a> | <a>Contact</a></td></tr></table></form>") % (
        esc(STORY_T), "".join("<p>%s</p>" % esc(p) for p in STORY), 27, "".join(rows), pager)
    return base.page_wrap("Wexcombe Evening Post - " + STORY_T, body)


def liferay(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        return ("<div class=\"lfr-discussion\" id=\"_com_liferay_comment_web_portlet_CommentPortlet_messageScroll%d\"><div class=\"lfr-discussion-details\">"
                "<div class=\"user-avatar\"><img class=\"avatar\" src=\"/image/user_portrait?img_id=%d\"></div><div class=\"lfr-discussion-details-user\">"
                "<a class=\"user-name\" href=\"/web/%s\">%s</a><div class=\"lfr-discussion-posted-on\">Posted on %d/%d/%02d %s</div></div></div>"
                "<div class=\"lfr-discussion-body\"><div class=\"lfr-discussion-message\">%s</div></div>"
                "<div class=\"lfr-discussion-controls\"><div class=\"taglib-ratings thumbs\"><span class=\"rating-label\">%+d</span> <a class=\"rating-thumb-up\">Rate this as good</a> "
                "<a class=\"rating-thumb-down\">Rate this as bad</a></div><ul class=\"lfr-discussion-actions\"><li><a>Reply</a></li><li><a>Top</a></li><li><a>Flag</a></li></ul></div>"
                "%s</div>") % (
            c["id"], c["id"] * 3, handle(c["author"]), esc(c["author"]), t.month, t.day, t.year % 100, ampm(t), paras(c), c["likes"], inner)
    tree = nest(cs, one, lambda s: "<div class=\"lfr-discussion-replies\">%s</div>" % s)
    body = ("<div id=\"wrapper\"><header id=\"banner\"><div id=\"heading\"><h1 class=\"site-title\"><a>Wexcombe Harbour Board</a></h1></div>"
            "<nav id=\"navigation\" class=\"sort-pages modify-pages\"><ul><li><a>Home</a></li><li><a>Moorings</a></li><li><a>Notices</a></li><li><a>Consultations</a></li></ul></nav></header>"
            "<div id=\"content\"><div class=\"portlet-boundary portlet-boundary_com_liferay_blogs_web_portlet_BlogsPortlet_\"><div class=\"portlet-content\">"
            "<div class=\"entry-body\"><h3 class=\"entry-title\">Consultation: the future of the pier</h3><div class=\"entry-date\">11/19/26</div>%s</div>"
            "<div class=\"taglib-ratings stars\">Average (3 Votes)</div></div></div><div class=\"portlet-boundary portlet-boundary_com_liferay_comment_web_portlet_CommentPortlet_\">"
            "<div class=\"taglib-discussion\"><h4 class=\"comments-title\">%d Comments</h4><div class=\"lfr-discussion-form-container\"><textarea placeholder=\"Type your comment here.\"></textarea>"
            "<button class=\"btn btn-primary\">Reply</button></div><div class=\"lfr-discussion-container\">%s</div></div></div></div>"
            "<footer id=\"footer\"><p>Powered By Liferay</p></footer></div>") % (
        "".join("<p>%s</p>" % esc(p) for p in STORY), len(cs), tree)
    return base.page_wrap("Consultation: the future of the pier - Wexcombe Harbour Board", body)


def telligent(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        return ("<li class=\"content-item threaded\" data-id=\"%d\"><div class=\"content full threaded-reply\"><div class=\"author header\">"
                "<div class=\"avatar\"><a class=\"internal-link view-user-profile\"><img src=\"/cfs-file/__key/avatar/%d.png\" width=\"44\"></a></div>"
                "<div class=\"meta\"><span class=\"user-name\"><a class=\"internal-link view-user-profile\" href=\"/members/%s\">%s</a></span> "
                "<span class=\"badges\"><span class=\"points\">%s points</span></span></div></div><div class=\"post-date\"><a class=\"internal-link view-post\" href=\"#%d\">"
                "<span class=\"value\">%d %s %d %s</span></a></div><div class=\"content\">%s</div><div class=\"actions\"><div class=\"ui-links\"><ul>"
                "<li class=\"navigation-list-item\"><a class=\"reply\">Reply</a></li><li class=\"navigation-list-item\"><span class=\"ui-like\" data-count=\"%d\"><a>Like</a> "
                "<span class=\"count\">%d</span></span></li><li class=\"navigation-list-item\"><a>More</a></li></ul></div></div></div>%s</li>") % (
            c["id"], c["id"] % 11, handle(c["author"]), esc(c["author"]), "{:,}".format(R.randint(40, 9000)), c["id"], t.day, mon(t)[:3], t.year, ampm(t),
            paras(c), c["likes"], c["likes"], inner)
    tree = nest(cs, one, lambda s: "<ul class=\"content-list threaded\">%s</ul>" % s)
    body = ("<div class=\"header-fragments\"><div class=\"site-banner\"><a class=\"site-name\">Wexcombe Anglers Community</a><ul class=\"navigation\"><li><a>Forums</a></li>"
            "<li><a>Blogs</a></li><li><a>Members</a></li><li><a>Sign in</a></li></ul></div><div class=\"breadcrumbs\"><a>Home</a> &gt; <a>Blogs</a> &gt; <a>Club news</a></div></div>"
            "<div class=\"layout\"><div class=\"layout-content\"><div class=\"content-fragment blog-post\"><h1 class=\"title\">Losing the pier: what it means for the club</h1>"
            "<div class=\"author\"><span class=\"user-name\">clubsecretary</span> <span class=\"post-date\">19 Nov 2026</span></div><div class=\"content\">%s</div></div>"
            "<div class=\"content-fragment comments\"><div class=\"content-fragment-header\"><h2>Comments</h2></div><div class=\"sort\">Sort by <a>Oldest</a> <a>Newest</a></div>"
            "<ul class=\"content-list threaded\">%s</ul><div class=\"pager\"><a class=\"previous\">Previous</a> <span class=\"selected\">1</span> <a class=\"next\">Next</a></div></div></div>"
            "<div class=\"layout-sidebar\"><div class=\"content-fragment\"><h3>Related</h3><ul><li><a>Night fishing rules</a></li><li><a>Bait shop closing</a></li></ul></div></div></div>"
            "<div class=\"footer-fragments\">Powered by Telligent</div>") % ("".join("<p>%s</p>" % esc(p) for p in STORY), tree)
    return base.page_wrap("Losing the pier: what it means for the club - Wexcombe Anglers Community", body)


def concrete(cs):
    out = []

    def one(i):
        c = cs[i]
        t = c["time"]
        lvl = min(c["depth"], 2)
        if c.get("deleted"):
            out.append("<div class=\"ccm-conversation-message ccm-conversation-message-level%d ccm-conversation-message-deleted\" data-conversation-message-id=\"%d\">"
                       "<div class=\"ccm-conversation-message-body\">This message has been deleted.</div></div>" % (lvl, c["id"]))
        else:
            out.append(("<div class=\"ccm-conversation-message ccm-conversation-message-level%d\" data-conversation-message-id=\"%d\" data-conversation-message-level=\"%d\">"
                        "<a id=\"cnv-message-%d\"></a><div class=\"ccm-conversation-avatar\"><img class=\"u-avatar\" src=\"/concrete/images/avatar_none.png\"></div>"
                        "<div class=\"ccm-conversation-message-user\"><span class=\"ccm-conversation-message-username\">%s</span> <span class=\"ccm-conversation-message-divider\">|</span> "
                        "<span class=\"ccm-conversation-message-date\">%s %d, %d at %s</span></div><div class=\"ccm-conversation-message-body\">%s</div>"
                        "<div class=\"ccm-conversation-message-controls\"><ul class=\"ccm-conversation-message-admin-control\"><li><a>Flag As Spam</a></li></ul>"
                        "<ul><li><a class=\"ccm-conversation-message-reply\">Reply</a></li><li><span class=\"ccm-conversation-message-rating\"><a class=\"ccm-conversation-rate-up\">Vote up</a> "
                        "<span class=\"ccm-conversation-message-rating-score\">%d</span></span></li></ul></div></div>") % (
                lvl, c["id"], lvl, c["id"], esc(c["author"]), mon(t), t.day, t.year, ampm(t), paras(c), c["likes"]))
        for k in kids(cs, i):
            one(k)
    for i in kids(cs, None):
        one(i)
    body = ("<div class=\"ccm-page page-type-blog-entry\"><header><div class=\"container\"><div class=\"logo\"><a>Wexcombe Civic Society</a></div>"
            "<nav class=\"ccm-responsive-navigation\"><ul><li><a>Home</a></li><li><a>Campaigns</a></li><li><a>Blog</a></li><li><a>Contact</a></li></ul></nav></div></header>"
            "<main><div class=\"container\"><div class=\"ccm-block-page-title-byline\"><h1 class=\"page-title\">Why we are asking for a listing</h1>"
            "<span class=\"page-date\">November 19, 2026</span></div><div class=\"ccm-block-content\">%s</div>"
            "<div class=\"ccm-conversation-wrapper ccm-ui\"><div class=\"ccm-conversation-message-count\">%d Messages</div><div class=\"ccm-conversation-add-new-message\">"
            "<form><textarea placeholder=\"Add a message\"></textarea><button class=\"btn\">Submit</button></form></div><div class=\"ccm-conversation-messages-header\">"
            "<select class=\"ccm-sort-conversations\"><option>Recent</option><option>Oldest</option><option>Popular</option></select></div>"
            "<div class=\"ccm-conversation-messages\">%s</div></div></div></main><footer><p>&copy; 2026 Wexcombe Civic Society. Built with Concrete CMS.</p></footer></div>") % (
        "".join("<p>%s</p>" % esc(p) for p in STORY), len(cs), "".join(out))
    return base.page_wrap("Why we are asking for a listing :: Wexcombe Civic Society", body)


def dokuwiki(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        return ("<div class=\"comment_wrapper\" id=\"comment_%x\"><div class=\"hentry\"><div class=\"comment_head\"><a class=\"comment_anchor\" href=\"#comment_%x\">#</a>"
                "<img src=\"/lib/exe/fetch.php?media=avatar_%d.png\" class=\"medialeft photo fn\" alt=\"%s\" width=\"32\"> "
                "<span class=\"vcard author\"><span class=\"fn\">%s</span></span>, <abbr class=\"published\" title=\"%s\">%d/%02d/%02d %02d:%02d</abbr></div>"
                "<div class=\"comment_body entry-content\">%s</div><div class=\"comment_buttons\"><form class=\"button btn_reply\"><input type=\"submit\" value=\"Reply\" class=\"button\"></form></div></div>"
                "%s</div>") % (
            c["id"] * 7919, c["id"] * 7919, c["id"] % 5, esc(c["author"]), esc(c["author"]), t.strftime("%Y-%m-%dT%H:%M:%SZ"), t.year, t.month, t.day, t.hour, t.minute,
            paras(c), inner)
    tree = nest(cs, one, lambda s: "<div class=\"comment_replies\" style=\"margin-left: 20px\">%s</div>" % s)
    body = ("<div id=\"dokuwiki__site\"><div id=\"dokuwiki__top\" class=\"site dokuwiki mode_show tpl_dokuwiki\"><div id=\"dokuwiki__header\"><h1><a>Wexcombe Local History Wiki</a></h1>"
            "<div class=\"tools\"><ul><li><a>Recent Changes</a></li><li><a>Media Manager</a></li><li><a>Sitemap</a></li><li><a>Log In</a></li></ul></div>"
            "<div class=\"breadcrumbs\">Trace: <a>start</a> &raquo; <a>places</a> &raquo; <a>pier</a></div></div><div class=\"wrapper group\"><div id=\"dokuwiki__content\"><div class=\"page group\">"
            "<h1 class=\"sectionedit1\" id=\"the_pier\">The pier</h1><div class=\"level1\"><p>Built 1888 by the Wexcombe Pier Company; 412 m long.</p>%s</div>"
            "<div class=\"comment_wrapper_outer\" id=\"discussion__section\"><h2><a name=\"discussion__section\" id=\"discussion__section\">Discussion</a></h2>"
            "<div class=\"level2 hfeed\">%s</div><div class=\"comment_form\"><form><input placeholder=\"Real name\"><textarea></textarea><input type=\"submit\" value=\"Save\"></form></div></div>"
            "</div><div class=\"docInfo\">places/pier.txt &middot; Last modified: 2026/11/28 09:12 by archivist</div></div></div>"
            "<div id=\"dokuwiki__footer\"><div class=\"license\">Except where otherwise noted, content on this wiki is licensed under CC Attribution-Share Alike 4.0</div></div></div></div>") % (
        "".join("<p>%s</p>" % esc(p) for p in STORY[:2]), tree)
    return base.page_wrap("places:pier [Wexcombe Local History Wiki]", body)


def weebly(cs):
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        return ("<div id=\"%d\" class=\"blog-comment\"><div class=\"blog-comment-area\"><img class=\"blog-avatar\" src=\"//www.weebly.example/weebly/images/avatar.png\">"
                "<div class=\"blog-comment-text\"><span class=\"blog-comment-author\"><span class=\"name\">%s</span></span> <span class=\"blog-comment-date\">%d/%d/%d %s</span>"
                "<div class=\"blog-comment-content\">%s</div><a class=\"blog-comment-reply\">Reply</a></div></div>%s</div>") % (
            c["id"], esc(c["author"]), t.month, t.day, t.year, ampm(t, lower=True).replace(" ", ""), "<br /><br />".join(esc(p) for p in c["paras"]), inner)
    tree = nest(cs, one, lambda s: "<div class=\"blog-comment-children\">%s</div>" % s)
    body = ("<div class=\"wsite-header\"><span class=\"wsite-logo\"><a>Pier Photos by Jem</a></span><ul class=\"wsite-menu-default\"><li><a>Home</a></li><li><a>Gallery</a></li>"
            "<li class=\"wsite-menu-item-wrap\"><a>Blog</a></li><li><a>Prints</a></li></ul></div><div id=\"wsite-content\" class=\"wsite-elements wsite-not-footer\">"
            "<div class=\"blog-post\"><h2 class=\"blog-title\"><a class=\"blog-title-link blog-link\">Last light on the pier</a></h2><p class=\"blog-date\"><span class=\"date-text\">11/19/2026</span>"
            " <span class=\"blog-separator\">|</span> <span class=\"blog-comments-bottom\"><a class=\"blog-link\">%d Comments</a></span></p>"
            "<div class=\"blog-content\"><div class=\"paragraph\">%s</div></div></div><div id=\"comments\"><h2 class=\"blog-comment-title\">Comments</h2>"
            "<div id=\"commentArea\">%s</div><div id=\"commentReplyTitle\"><h2 class=\"blog-comment-title\">Leave a Reply.</h2></div><form><textarea></textarea></form></div></div>"
            "<div class=\"wsite-footer\"><div class=\"paragraph\">&copy; Jem 2026. Powered by Weebly</div></div>") % (
        len(cs), "<br /><br />".join(esc(p) for p in STORY[:2]), tree)
    return base.page_wrap("Last light on the pier - Pier Photos by Jem", body)


def stackernews(cs):
    def one(i, inner):
        c = cs[i]
        shown, _ = ago(c["time"])  # the ISO time in the link's title is the gold
        return ("<div class=\"comment_comment__k2Fk1\" id=\"item-%d\"><div class=\"comment_item__Qv2Kp\"><div class=\"upvote_upvoteWrapper__xZ8aP\">"
                "<svg class=\"upvote_upvote__9aXbq\" width=\"24\" height=\"24\"></svg></div><div class=\"comment_hunk__R2bQa\">"
                "<div class=\"item_other__Ae1Gq\"><span title=\"from %d stackers\">%d sats</span><span> \\ </span><a class=\"text-reset\" href=\"/items/%d\">%d repl%s</a>"
                "<span> \\ </span><span><a class=\"item_other__Ae1Gq\" href=\"/%s\">@%s</a></span><span> </span><a class=\"text-reset\" href=\"/items/%d\" title=\"%s\">%s</a>"
                "<span class=\"comment_collapseButton__Zf0aR\">&minus;</span></div><div class=\"comment_text__nHI0E text_text__fuZIZ\">%s</div>"
                "<div class=\"comment_replyWrapper__3Rk0x\"><div class=\"reply_replyButtons__q6vV1\"><span class=\"pointer\">reply</span></div></div></div></div>"
                "<div class=\"comment_children__Z9Cu2\">%s</div></div>") % (
            c["id"], R.randint(1, 9), R.randint(10, 900), c["id"], len(kids(cs, i)), "y" if len(kids(cs, i)) == 1 else "ies", c["author"], c["author"], c["id"],
            c["time"].strftime("%Y-%m-%dT%H:%M:%S.000Z"), shown.replace(" hours ago", "h").replace(" hour ago", "h").replace(" days ago", "d").replace(" day ago", "d"),
            paras(c), inner)
    tree = nest(cs, one, lambda s: s)
    body = ("<div id=\"__next\"><div class=\"container\"><nav class=\"header_navbar__Dp7Hk\"><a class=\"header_brand__Xl1Q2\">STACKER NEWS</a> <a>~seafront</a> <a>top</a> "
            "<a>random</a> <a>post</a> <a>login</a></nav><div class=\"item_item__yGq1L\"><div class=\"item_hunk__DFX1i\"><a class=\"item_title__FH7AS\">Wexcombe pier to be pulled down after survey</a>"
            "<div class=\"item_other__Ae1Gq\"><span>2,114 sats</span> \\ <a>%d comments</a> \\ <a>@harbourwatch</a> <a title=\"2026-11-19T08:02:11.000Z\">16d</a></div></div>"
            "<div class=\"text_text__fuZIZ\"><p>%s</p></div></div><div class=\"comments_comments__L3s8P\"><div class=\"comments_header__2c9e1\">"
            "<span class=\"comments_sort__D7aTz\">top</span> <span>recent</span> <span>hot</span></div>%s</div></div>"
            "<footer class=\"footer_footer__Lh7gh\"><a>faq</a> \\ <a>guide</a> \\ <a>privacy</a></footer></div>") % (len(cs), esc(STORY[0]), tree)
    return base.page_wrap("Wexcombe pier to be pulled down after survey \\ stacker news", body)


def expressionengine(cs):
    out = []
    for n, c in enumerate(cs):
        t = c["time"]
        out.append(("<div class=\"comment %s\" id=\"comment_%d\"><div class=\"comment-body\">%s</div><p class=\"comment-meta\"><a href=\"#comment_%d\" class=\"comment-num\">#%d</a> "
                    "Posted by <a href=\"http://%s.example/\" rel=\"nofollow\">%s</a> on %02d/%02d/%d at %s</p></div>") % (
            "alt" if n % 2 else "", c["id"], paras(c), c["id"], n + 1, handle(c["author"]), esc(c["author"]), t.month, t.day, t.year,
            "%02d:%02d %s" % (t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM")))
    body = ("<div id=\"container\"><div id=\"branding\"><h1><a>The Promenade</a></h1><p>a seafront miscellany</p></div><div id=\"nav\"><a>Home</a> | <a>Archives</a> | <a>About</a> | <a>Contact</a></div>"
            "<div id=\"main\"><div class=\"entry\"><h2 class=\"title\">Notes on a doomed pier</h2><p class=\"date\">Thursday, November 19, 2026</p>%s"
            "<p class=\"entry-footer\">Filed under <a>Seafront</a> &middot; <a href=\"#comments\">%d comments</a></p></div><div id=\"comments\"><h3>Comments</h3>%s"
            "<div class=\"paginate\"><span class=\"pagecount\">Page 1 of 2 pages</span> <strong>1</strong> <a>2</a> <a>&gt;</a></div></div>"
            "<div id=\"comment_form\"><h3>Post a comment</h3><form><p>Name: <input></p><p>Email: <input></p><textarea></textarea><p><input type=\"checkbox\"> Remember my personal information</p>"
            "<input type=\"submit\" value=\"Submit\"></form></div></div><div id=\"sidebar\"><h4>Recent entries</h4><ul><li><a>The tide tables</a></li><li><a>Winter swimmers</a></li></ul>"
            "<h4>Categories</h4><ul><li>Seafront</li><li>History</li></ul></div><div id=\"footer\">Powered by ExpressionEngine</div></div>") % (
        "".join("<p>%s</p>" % esc(p) for p in STORY), len(cs) + 9, "".join(out))
    return base.page_wrap("Notes on a doomed pier | The Promenade", body)


def dreamwidth(cs):
    out = []

    def one(i):
        c = cs[i]
        t = c["time"]
        d = c["depth"]
        if c.get("deleted"):
            out.append("<div id=\"ljcmt%d\" class=\"comment-thread comment-depth-%d\" style=\"margin-left: %dem\"><div class=\"dwexpcomment\"><div class=\"comment deleted\">"
                       "<div class=\"comment-inner\"><p>(Deleted comment)</p></div></div></div></div>" % (c["id"], d + 1, d * 2))
        else:
            parent_link = "<li class=\"link commentparent\"><a href=\"#cmt%d\">Parent</a></li>" % cs[c["parent"]]["id"] if c["parent"] is not None else ""
            out.append(("<div id=\"ljcmt%d\" class=\"comment-thread comment-depth-%d%s\" style=\"margin-left: %dem\"><div class=\"dwexpcomment\">"
                        "<div id=\"cmt%d\" class=\"comment comment-depth-%d\"><div class=\"inner\"><div class=\"header\"><div class=\"comment-title\"><h4 class=\"title\">%s</h4></div>"
                        "<div class=\"comment-poster\"><span class=\"ljuser\" lj:user=\"%s\" style=\"white-space: nowrap;\"><a href=\"https://%s.dreamwidth.example/profile\">"
                        "<img src=\"/img/silk/identity/user.png\" alt=\"[personal profile] \" width=\"17\" height=\"17\"></a><a href=\"https://%s.dreamwidth.example/\"><b>%s</b></a></span></div>"
                        "<div class=\"datetime\"><span>%d-%02d-%02d %02d:%02d %s (UTC)</span></div></div><div class=\"contents\"><div class=\"comment-content\">%s</div></div>"
                        "<div class=\"footer\"><ul class=\"comment-interaction-links\"><li class=\"link commentpermalink\"><a href=\"#cmt%d\">Link</a></li>"
                        "<li class=\"link commentreply\"><a>Reply</a></li><li class=\"link commentthread\"><a>Thread</a></li>%s</ul></div></div></div></div></div>") % (
                c["id"], d + 1, " comment-depth-odd" if d % 2 == 0 else " comment-depth-even", d * 2, c["id"], d + 1,
                esc(R.choice(["(no subject)", "Re: the survey", "Listing", "Hmm", "Re: Re: costs"])), handle(c["author"]), handle(c["author"]), handle(c["author"]),
                esc(handle(c["author"])), t.year, t.month, t.day, t.hour % 12 or 12, t.minute, "am" if t.hour < 12 else "pm",
                "<br /><br />".join(esc(p) for p in c["paras"]), c["id"], parent_link))
        for k in kids(cs, i):
            one(k)
    for i in kids(cs, None):
        one(i)
    for c in cs:
        c["author"] = handle(c["author"])
    body = ("<div id=\"canvas\"><div class=\"inner\"><div id=\"header\"><h1 id=\"title\"><span>tidewrack</span></h1><h2 id=\"subtitle\">notes from the wrack line</h2></div>"
            "<div id=\"content\"><div class=\"entry-wrapper\"><div class=\"entry\"><h3 class=\"entry-title\">they're taking the pier</h3><div class=\"datetime\">Nov. 19th, 2026 08:14 am</div>"
            "<div class=\"entry-content\">%s</div><div class=\"tag\">Tags: <a>pier</a>, <a>wexcombe</a></div><ul class=\"entry-interaction-links\"><li>%d comments</li>"
            "<li><a>Reply</a></li></ul></div></div><div id=\"comments\"><div class=\"comment-pages toppages\">Page 1 of 1</div>%s"
            "<div class=\"bottomcomment\"><a>Expand all</a> | <a>Collapse all</a></div></div></div><div id=\"secondary\"><div class=\"module-navlinks\"><a>Recent Entries</a> "
            "<a>Archive</a> <a>Reading</a> <a>Tags</a> <a>Profile</a></div></div></div><div id=\"footer\">Powered by Dreamwidth Studios</div></div>") % (
        "<br /><br />".join(esc(p) for p in STORY), len(cs), "".join(out))
    return base.page_wrap("tidewrack: they're taking the pier", body)


# ---------------------------------------------------------------- status pages

def article_page(tail, brand="The Wexcombe Herald", head=""):
    return chrome(STORY_T, story_html() + tail, brand).replace("</head>", head + "</head>", 1)


def cusdis_embed():
    return article_page("<section class=\"comments\"><h2>Comments</h2><div id=\"cusdis_thread\" data-host=\"https://cusdis.example\" data-app-id=\"6c1f9a50-8f41-4e0e-b2a9-2f6e1cbd8a11\" "
                        "data-page-id=\"pier-demolition\" data-page-url=\"https://herald.example/pier\" data-page-title=\"Pier\"></div>"
                        "<script async defer src=\"https://cusdis.example/js/cusdis.es.js\"></script></section>")


def remark42_embed():
    return article_page("<div class=\"comments-block\"><h3>Discussion</h3><div id=\"remark42\"></div></div>"
                        "<script>var remark_config = { host: 'https://remark42.herald.example', site_id: 'herald', components: ['embed', 'counter'], max_shown_comments: 15, theme: 'light' };"
                        "!function(e,n){for(var o=0;o<e.length;o++){var r=n.createElement('script'),c='.js',d=n.head||n.body;'noModule'in r?(r.type='module',c='.mjs'):r.async=!0,"
                        "r.defer=!0,r.src=remark_config.host+'/web/'+e[o]+c,d.appendChild(r)}}(remark_config.components||['embed'],document);</script>")


def isso_embed():
    return article_page("<section id=\"isso-thread\" data-title=\"Wexcombe pier to be pulled down\"><noscript>Javascript needs to be activated to view comments.</noscript></section>",
                        head="<script data-isso=\"//comments.herald.example/\" data-isso-reply-to-self=\"false\" data-isso-max-comments-top=\"10\" "
                             "src=\"//comments.herald.example/js/embed.min.js\"></script>")


def discourse_script():
    return article_page("<h2 class=\"comments-heading\">Join the conversation</h2><div id=\"discourse-comments\"></div><meta name=\"discourse-username\" content=\"herald\">"
                        "<script type=\"text/javascript\">DiscourseEmbed = { discourseUrl: 'https://forum.herald.example/', discourseEmbedUrl: 'https://herald.example/news/pier' };"
                        "(function() { var d = document.createElement('script'); d.type = 'text/javascript'; d.async = true; d.src = DiscourseEmbed.discourseUrl + 'javascripts/embed.js';"
                        "(document.getElementsByTagName('head')[0] || document.getElementsByTagName('body')[0]).appendChild(d); })();</script>")


def waline_init():
    return article_page("<div class=\"post-comments\"><div id=\"waline\"></div></div>"
                        "<script type=\"module\">import { init } from 'https://unpkg.example/@waline/client@v3/dist/waline.js'; init({ el: '#waline', serverURL: 'https://waline.herald.example', "
                        "path: location.pathname, lang: 'en' });</script>",
                        head="<link rel=\"stylesheet\" href=\"https://unpkg.example/@waline/client@v3/dist/waline.css\">")


def count_elsewhere():
    return article_page("<div class=\"article-tools\"><a class=\"comments-link\" href=\"/news/pier/comments\"><span class=\"icon-bubble\"></span> Comments (34)</a></div>"
                        "<section class=\"reader-views\"><h3>Readers' views</h3><p>34 readers have commented on this story. <a href=\"/news/pier/comments?page=1\">Read the comments</a></p></section>")


def comments_off():
    return article_page("<div class=\"comments-off\"><p>Comments have been switched off on this article for legal reasons.</p></div>"
                        "<section class=\"recent-comments-widget\"><h3>Latest reader comments</h3><ul><li><b>driftwood_dan</b> on <a>Lido to reopen in May</a></li>"
                        "<li><b>Rosalind</b> on <a>Beach huts price rise</a></li></ul></section>")


def load_more(cs):
    items = []
    for c in cs:
        t = c["time"]
        items.append(("<li class=\"comment-item\" data-comment-id=\"%d\"><div class=\"comment-header\"><strong class=\"comment-author\">%s</strong> "
                      "<time class=\"comment-time\" datetime=\"%s\">%d %s %d, %02d:%02d</time></div><div class=\"comment-text\">%s</div>"
                      "<div class=\"comment-footer\"><button class=\"reply\">Reply</button> <button class=\"like\">Like <span>%d</span></button></div></li>") % (
            c["id"], esc(c["author"]), t.strftime("%Y-%m-%dT%H:%M"), t.day, mon(t)[:3], t.year, t.hour, t.minute, paras(c), c["likes"]))
    return article_page(("<section id=\"comments\" class=\"comments\"><h2>57 comments</h2><p class=\"comments-note\">Showing %d of 57 comments, newest first.</p>"
                         "<ul class=\"comment-stream\">%s</ul><button class=\"load-more\">Load more comments</button></section>") % (len(cs), "".join(items)))


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

    cs = base.thread(12, max_depth=3, likes=False)
    write("wpblock", wpblock(cs), gold("wpblock", cs, False,
          note="WordPress block theme: ol.wp-block-comment-template, nested ol.children, author/date/content/reply in wp-block-* divs, <time datetime>; 'Older Comments' pager"))
    cs = base.thread(13, max_depth=3)
    write("echo", echo(cs), gold("echo", cs, True, fetched=NOW, zero_shown=False,
          note="Echo StreamServer: echo-item-content nested in echo-item-children; 'n people like this' only when liked; relative times ('3 days ago') only"))
    cs = base.thread(11, max_depth=2)
    write("htmlcommentbox", htmlcommentbox(cs), gold("htmlcommentbox", cs, True, times="date",
          note="HTML Comment Box: div.comment with a toolbar above and below a blockquote body; replies nested in div.replies; 'Nov 21, 2026' date only; '♥ n' likes"))
    cs = base.thread(13, max_depth=2, p_reply=0.55)
    top, sub, numbers = 0, {}, []
    for c in cs:
        if c["parent"] is None:
            top += 1
            sub[top] = 0
            numbers.append(str(top))
        else:
            sub[top] += 1
            numbers.append("%d.%d" % (top, sub[top]))
    for c in R.sample([c for c in cs if c["depth"] > 0], 1):
        c["modnote"] = True
    # one indent level: a reply to a reply sits beside it, indented once, and names its parent in 'Antwort auf #n von X'
    write("zeit", zeit(cs, numbers), gold("zeit", cs, True,
          note="German news CMS: article.comment, replies of every depth indented once (comment--indented) and naming the parent in 'Antwort auf #1.2 von X'; '21. November 2026, 14:14 Uhr'; 'n Empfehlungen' likes; a moderator's note (not text); pager 'Seite 1 von 3'"))
    cs = base.chronological(10, likes=False, p_reply=0)
    write("aspnet", aspnet(cs), gold("aspnet", cs, False,
          note="old ASP.NET news site: GridView table rows, 'Posted by: <b>name</b> on 11/21/2026 2:14:07 PM' above the text, ctl00_ ids, __VIEWSTATE, numeric pager; flat"))
    cs = base.thread(12, max_depth=3)
    write("liferay", liferay(cs), gold("liferay", cs, True,
          note="Liferay-like JSP portal: lfr-discussion nested in lfr-discussion-replies; 'Posted on 11/21/26 2:14 PM'; thumbs rating '+3' (likes; '+0' shown)"))
    cs = base.thread(12, max_depth=3)
    write("telligent", telligent(cs), gold("telligent", cs, True,
          note="Telligent Community: li.content-item.threaded nested in ul.content-list; points badge beside the name; '21 Nov 2026 2:14 PM'; like count; pager"))
    cs = base.thread(13, max_depth=3)
    dead = [i for i, c in enumerate(cs) if c["parent"] is None and kids(cs, i)]
    cs[dead[1] if len(dead) > 1 else dead[0]]["deleted"] = True
    write("concrete", concrete(cs), gold("concrete", cs, True,
          note="Concrete CMS conversations: flat div.ccm-conversation-message with level0/1/2 classes (depth capped at 2); 'November 21, 2026 at 2:14 PM'; rating score; a deleted message (not a comment) with replies under it"))
    cs = base.thread(11, max_depth=3, likes=False)
    write("dokuwiki", dokuwiki(cs), gold("dokuwiki", cs, False,
          note="DokuWiki discussion plugin: comment_wrapper nested in comment_replies; vcard/fn author; abbr.published title ISO; '2026/11/21 14:14'"))
    cs = base.thread(10, max_depth=2, likes=False)
    write("weebly", weebly(cs), gold("weebly", cs, False,
          note="Weebly-like blog: div.blog-comment nested in blog-comment-children; '11/21/2026 2:14pm'; text with <br /><br /> paragraphs"))
    cs = base.thread(12, max_depth=3, likes=False)
    for c in cs:
        c["author"] = handle(c["author"])
    write("stackernews", stackernews(cs), gold("stackernews", cs, False, fetched=NOW,
          note="Stacker-News-like: hashed CSS-module classes (comment_comment__k2Fk1), '@handle', 'n sats \\ n replies' meta line, relative '3h'/'2d' with ISO in title; nested comment_children"))
    cs = base.chronological(11, likes=False, p_reply=0)
    write("expressionengine", expressionengine(cs), gold("expressionengine", cs, False,
          note="ExpressionEngine: flat div.comment, text first, then '#n Posted by X on 11/21/2026 at 02:14 PM'; 'Page 1 of 2 pages'"))
    cs = base.thread(13, max_depth=4, likes=False, p_reply=0.6)
    dead = [i for i, c in enumerate(cs) if kids(cs, i) and c["parent"] is not None]
    cs[dead[0] if dead else 0]["deleted"] = True
    write("dreamwidth", dreamwidth(cs), gold("dreamwidth", cs, False,
          note="Dreamwidth: flat comment-thread siblings with comment-depth-N classes and margin-left; subject line (not text); ljuser; '2026-11-21 02:14 pm (UTC)'; a '(Deleted comment)' placeholder with replies (not a comment)"))

    write("cusdis-embed", cusdis_embed(), status_gold("cusdis-embed", "unparsed", "Cusdis embed: an empty div#cusdis_thread and its script: unparsed"))
    write("remark42-embed", remark42_embed(), status_gold("remark42-embed", "unparsed", "Remark42 embed: empty div#remark42 and remark_config script: unparsed"))
    write("isso-embed", isso_embed(), status_gold("isso-embed", "unparsed", "Isso embed: section#isso-thread with a noscript note, script data-isso in head: unparsed"))
    write("discourse-script", discourse_script(), status_gold("discourse-script", "unparsed", "Discourse embed by script: empty div#discourse-comments, DiscourseEmbed config: unparsed"))
    write("waline-init", waline_init(), status_gold("waline-init", "unparsed", "Waline client: empty div#waline and an init({el:'#waline'}) module script: unparsed"))
    write("count-elsewhere", count_elsewhere(), status_gold("count-elsewhere", "unparsed", "'Comments (34)' and '34 readers have commented', the comments on another page: unparsed"))
    write("comments-off", comments_off(), status_gold("comments-off", "none", "comments switched off; a latest-comments widget names other stories' commenters: none"))
    cs = base.chronological(4, p_reply=0)
    write("load-more", load_more(cs), gold("load-more", cs, True, expect="unparsed",
          note="'57 comments', 4 shown and a 'Load more comments' button: the 4 are gold; the status should say the rest were not extracted (unparsed)"))
    print("\n".join(written))


if __name__ == "__main__":
    main()
