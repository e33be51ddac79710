#!/usr/bin/python3
"""Writes the TENTH held-out round, aimed at the `w3m -dump` text path: 13 thread pages in systems no earlier gold set
covers, each with its dump in text/, scored on main before any rule for them (README.md): PerlMonks, PHP-Nuke, a
GeekLog-like spacer-table thread, the Fossil forum, Mattermost, a Discord-like archive, TripAdvisor-like owner
responses, a 4chan-like imageboard, TikTok-, Kickstarter-, Heise-forum-, LinkedIn- and Dreamwidth-like pages.
Replies are common (about half the comments, three levels deep on the nested ones). The nesting comes in every kind a
dump shows or hides: indentation that survives (nested ul, nested blockquote, spacer cells), depth written in words
('Re^2:', outline numbers '2.1.1'), CSS-only nesting with a cue ('in reply to 3', 'Commented on X's message:',
'>>48213377', a reply reference line '╭ @name …', 'Hide 3 replies', a reply opening with the parent's full name,
'Response from X') or with none (Kickstarter; Dreamwidth's '(Parent)' link only says it is a reply).
Helpers and gold format from ../heldout5's generator; another topic (allotments sold for housing), names and seed.
Our own synthetic text. Usage: make_heldout10_text_pages.py [OUT_DIR]"""
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
base.SUBJECTS[:] = ["the allotment sale", "the housing plan", "the waiting list", "the water troughs", "the compost bays",
                    "the site committee", "the planning hearing", "the access road", "the orchard corner", "the rent rise",
                    "the replacement plots"]
base.VIEWS[:] = ["was agreed behind closed doors", "ignores a forty-year lease", "could work if the new plots are real",
                 "is about land value, nothing else", "needs a proper survey of the soil", "keeps changing every meeting",
                 "will push older growers out", "was probably inevitable", "should go to a public vote"]
base.ASIDES[:] = ["My plot has the best rhubarb on the site.", "The lease runs until 2031.", "We waited six years for ours.",
                  "The hedgehogs nest under the shed row.", "The water was off for most of August.", "Nobody from the council has visited.",
                  "The hearing is on the ninth.", "I counted eighty-two working plots."]
base.STARTS[:] = ["As a plot holder", "Honestly", "Having grown there since 1998", "To be fair", "From the minutes",
                  "Oddly enough", "Speaking as a planner", "For what it's worth"]
base.NAMES[:] = ["Agnes Whitlow", "spudlad", "Tomasz Zielinski", "Beatrix Oyelaran", "compostking", "Rosalind Achebe",
                 "Marek", "leekgrower", "Delphine Roux", "Callum Reid", "runnerbean_ruth", "Yusuf Hassan"]
esc, paras, handle, mon, ampm, ago, kids = base.esc, base.paras, base.handle, base.mon, base.ampm, base.ago, base.kids
NOW = dt.datetime(2026, 12, 6, 9, 10)
STORY_T = "Hillbrook allotments to be sold for 60 homes, council confirms"
STORY = ["The council has confirmed it will sell the Hillbrook allotment site to a developer for about 60 homes, with "
         "replacement plots promised on farmland two miles away.",
         "Plot holders say the new site has no water supply and poor soil, and that the sale breaks a lease that runs "
         "until 2031.",
         "A planning hearing is set for 9 December. The allotment society has collected more than 1,400 objections."]


def story(title=STORY_T):
    return ("<article class=\"article\"><h1>%s</h1><p class=\"byline\">By Gethin Morrow &middot; 1 December 2026</p>"
            "<div class=\"article-body\">%s</div></article>") % (esc(title), "".join("<p>%s</p>" % esc(p) for p in STORY))


def site(title, body):
    return base.page_wrap(title, body)


def subject_of(c):
    s = c["paras"][0].split(",")[1].strip().split(" ")[0:4]
    return " ".join(s).capitalize()


def perlmonks(cs):
    """PerlMonks: replies in nested ul (indented, bulleted in the dump); 'Re^2: subject' gives the depth; 'by X on <date>'."""
    root = "Selling the allotments for housing"

    def one(i):
        c = cs[i]
        t = c["time"]
        d = c["depth"] + 1
        subj = ("Re: " if d == 1 else "Re^%d: " % d) + root
        sub = "".join(one(k) for k in kids(cs, i))
        return ("<li><table class=\"reply\" width=\"100%%\"><tr><td class=\"reply-title\"><a href=\"?node_id=%d\"><b>%s</b></a><br><font size=\"2\">by <a href=\"?node=%s\">%s</a> "
                "on %s %02d, %d at %02d:%02d UTC</font></td></tr><tr><td class=\"reply-body\">%s</td></tr><tr><td><font size=\"2\">[<a>reply</a>] [<a>d/l</a>] [<a>select</a>]</font></td></tr></table>"
                "%s</li>") % (11900000 + c["id"], esc(subj), esc(c["author"]), esc(c["author"]), mon(t)[:3], t.day, t.year, t.hour, t.minute, paras(c),
                              "<ul>%s</ul>" % sub if sub else "")
    body = ("<table width=\"100%%\"><tr><td><a><b>PerlMonks</b></a></td><td><a>Seekers of Perl Wisdom</a> | <a>Meditations</a> | <a>Perl News</a></td></tr></table>"
            "<h2>%s</h2><table><tr><td>by <a>Agnes Whitlow</a> (Acolyte)</td><td>on Dec 01, 2026 at 08:40 UTC</td><td>( <a>#480=perlmeditation</a>: <a>print w/replies</a>, <a>xml</a> )</td></tr></table>"
            "<p>%s</p><p>%s</p><p>Is there a tidy way to scrape the council's planning portal for the objection count?</p>"
            "<hr><ul class=\"replies\">%s</ul><hr><div class=\"nodelets\"><b>Chatterbox</b><br><b>Other Users</b><br>Others lurking in the Monastery: (7)</div>") % (
        root, esc(STORY[0]), esc(STORY[2]), "".join(one(i) for i in kids(cs, None)))
    return site("%s - PerlMonks" % root, body)


def phpnuke(cs):
    """PHP-Nuke nested view: a reply inside its parent's blockquote (indented in the dump); 'Re: subject (Score: 2)',
    'by X on Monday, November 30 @ 14:12:09 GMT'."""
    subj = {}

    def one(i):
        c = cs[i]
        t = c["time"]
        subj[i] = subject_of(c) if c["parent"] is None else ("Re: " + subj[c["parent"]]).replace("Re: Re: ", "Re: ")
        sub = "".join(one(k) for k in kids(cs, i))
        return ("<table width=\"99%%\" border=\"0\" cellspacing=\"0\" cellpadding=\"2\"><tr><td bgcolor=\"#cccccc\"><font class=\"content\"><b>%s</b> (Score: %d)<br>"
                "by %s on %s, %s %d @ %02d:%02d:%02d GMT<br>(<a>User Info</a> | <a>Send a Message</a>)</font></td></tr><tr><td>%s</td></tr>"
                "<tr><td><font class=\"content\">[ <a>Reply to This</a> ]</font></td></tr></table>%s") % (
            esc(subj[i]), R.randint(0, 5), esc(c["author"]), t.strftime("%A"), mon(t), t.day, t.hour, t.minute, R.randint(0, 59), paras(c),
            "<blockquote>%s</blockquote>" % sub if sub else "")
    body = ("<table width=\"100%%\"><tr><td><b>Hillbrook Community Portal</b></td><td><a>Home</a> &middot; <a>Topics</a> &middot; <a>Downloads</a> &middot; <a>Your Account</a></td></tr></table>"
            "<table width=\"100%%\"><tr><td width=\"160\" valign=\"top\"><b>Modules</b><br><a>News</a><br><a>Forums</a><br><a>Web Links</a></td><td valign=\"top\">"
            "%s<hr><table width=\"99%%\"><tr><td><font class=\"content\">Threshold: -1 | Nested | Oldest First | <b>The comments are owned by the poster. We aren't responsible for their content.</b></font></td></tr></table>"
            "%s</td></tr></table><div class=\"footmsg\">All logos and trademarks in this site are property of their respective owner. PHP-Nuke Copyright &copy; 2005 by Francisco Burzi.</div>") % (
        story(), "".join(one(i) for i in kids(cs, None)))
    return site("Hillbrook Community Portal - %s" % STORY_T, body)


def geeklog(cs):
    """GeekLog-like: each comment a table; a reply's table sits behind a spacer cell whose width grows with the depth."""
    out = []
    for c in cs:
        t = c["time"]
        d = c["depth"]
        out.append(("<table width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\"><tr>%s<td><div class=\"comment-title\"><b>%s</b></div>"
                    "<div class=\"comment-by\">Authored by: <a>%s</a> on %s %d %d, %s</div><div class=\"comment-text\">%s</div>"
                    "<div class=\"comment-links\"><a>Reply</a> | <a>Report</a></div></td></tr></table>") % (
            "<td width=\"%d\"><img src=\"/images/speck.gif\" width=\"%d\" height=\"1\" alt=\"\"></td>" % (25 * d, 25 * d) if d else "",
            esc(subject_of(c) if c["parent"] is None else "Re: " + subject_of(cs[c["parent"]])), esc(c["author"]), mon(t)[:3], t.day, t.year,
            ampm(t), paras(c)))
    body = ("<div class=\"header\"><b>Hillbrook Growers</b> <a>Home</a> <a>Topics</a> <a>Calendar</a> <a>Links</a></div>%s"
            "<div class=\"commentbar\"><b>%d comments</b> | Threaded | Oldest first | <a>Post a comment</a></div>%s"
            "<div class=\"footer\">Powered by Geeklog. Created this page in 0.41 seconds.</div>") % (story(), len(cs), "".join(out))
    return site("Hillbrook Growers - " + STORY_T, body)


def fossil(cs):
    """Fossil forum, hierarchical view: CSS indentation only, but each post's header says '(3) By X on <date> in reply to 1'."""
    out = []
    for i, c in enumerate(cs):
        t = c["time"]
        rep = " in reply to %d" % (c["parent"] + 1) if c["parent"] is not None else ""
        out.append(("<div class=\"forumHier\" style=\"margin-left: %dex\" id=\"f%d\"><h3 class=\"forumPostHdr\">(%d) By %s on %s%s "
                    "<a href=\"/forumpost/%06x\">[link]</a> <a>[source]</a></h3><div class=\"forumPostBody\">%s</div><div class=\"forumpost-single-controls\">"
                    "<input type=\"button\" value=\"Reply\"></div></div>") % (
            4 * c["depth"], i + 1, i + 1, esc(handle(c["author"])), t.strftime("%Y-%m-%d %H:%M:%S"), rep, 0xa31f00 + c["id"], paras(c)))
    body = ("<div class=\"header\"><div class=\"logo\">Hillbrook Plot Mapper</div><div class=\"mainmenu\"><a>Home</a> <a>Timeline</a> <a>Files</a> <a>Tickets</a> <a>Forum</a></div></div>"
            "<div class=\"content\"><h1>Mapping the replacement plots before the hearing</h1><div class=\"forumPosts\">%s</div></div>"
            "<div class=\"footer\">This page was generated in about 0.009s by Fossil 2.24</div>") % "".join(out)
    return site("Hillbrook Plot Mapper: Mapping the replacement plots before the hearing", body)


def mattermost(cs):
    """Mattermost channel: flat posts; a threaded reply shows 'Commented on X's message: <first words of the parent>'."""
    out = []
    prev = None
    for c in cs:
        t = c["time"]
        head = ""
        if c["parent"] is not None:
            p = cs[c["parent"]]
            words = " ".join(p["paras"][0].split()[:8])
            head = "<div class=\"post__link\">Commented on <a>%s</a>'s message: <span>%s</span></div>" % (esc(handle(p["author"])), esc(words))
        out.append(("<div class=\"post %s\" role=\"listitem\"><div class=\"post__img\"><img alt=\"%s profile image\" src=\"/api/v4/users/a/image\"></div>"
                    "<div class=\"post__content\"><div class=\"post__header\"><button class=\"user-popover\">%s</button> <time class=\"post__time\" datetime=\"%s\">%s</time></div>"
                    "%s<div class=\"post-message__text\">%s</div><div class=\"post__reaction-list\">%s</div></div></div>") % (
            "post--comment" if c["parent"] is not None else "post--root", esc(handle(c["author"])), esc(handle(c["author"])), t.isoformat(), ampm(t), head, paras(c),
            "<button class=\"post-reaction\">&#128077; %d</button>" % c["likes"] if c["likes"] else ""))
        prev = c
    body = ("<div class=\"sidebar\"><b>Hillbrook Allotment Society</b><ul><li>town-square</li><li>off-topic</li><li>planning-hearing</li></ul></div>"
            "<div class=\"channel-header\"><h2>planning-hearing</h2><span>Getting ready for 9 December</span></div>"
            "<div class=\"post-list\"><div class=\"date-separator\">Mon, Nov 30, 2026</div>%s</div><div class=\"post-create\"><textarea placeholder=\"Write to planning-hearing\"></textarea></div>") % "".join(out)
    return site("planning-hearing - Hillbrook Allotment Society Mattermost", body)


def discord(cs):
    """Discord-like archive: flat messages; a reply carries a reference line '╭ @name first words…' above its header."""
    out = []
    for c in cs:
        t = c["time"]
        ref = ""
        if c["parent"] is not None:
            p = cs[c["parent"]]
            ref = "<div class=\"chatlog__reference\">&#9581; <span class=\"chatlog__reference-author\">@%s</span> <span class=\"chatlog__reference-content\">%s&hellip;</span></div>" % (
                esc(handle(p["author"])), esc(" ".join(p["paras"][0].split()[:7])))
        out.append(("<div class=\"chatlog__message-group\">%s<div class=\"chatlog__message\"><div class=\"chatlog__header\"><span class=\"chatlog__author\">%s</span> "
                    "<span class=\"chatlog__timestamp\">%02d/%02d/%d %s</span></div><div class=\"chatlog__content\">%s</div>%s</div></div>") % (
            ref, esc(handle(c["author"])), t.month, t.day, t.year, ampm(t), paras(c),
            "<div class=\"chatlog__reactions\"><span class=\"chatlog__reaction\">&#11088; %d</span></div>" % c["likes"] if c["likes"] else ""))
    body = ("<div class=\"preamble\"><div class=\"preamble__guild\">Hillbrook Growers</div><div class=\"preamble__channel\">#save-the-plots</div>"
            "<div class=\"preamble__topic\">Exported 06-Dec-26 09:10 AM</div></div><div class=\"chatlog\">%s</div><div class=\"postamble\">Exported %d message(s)</div>") % (
        "".join(out), len(cs))
    return site("Hillbrook Growers - #save-the-plots", body)


def tripadvisor(cs):
    """TripAdvisor-like: reviews; the owner's and others' answers in a CSS-indented box headed 'Response from X, ...'."""
    out = []
    for i in kids(cs, None):
        c = cs[i]
        t = c["time"]
        reps = ""
        for k in kids(cs, i):
            r = cs[k]
            reps += ("<div class=\"mgrRsp\" style=\"margin-left:30px\"><div class=\"header\">Response from %s, %s</div><div class=\"responseDate\">Responded %s %d, %d</div>"
                     "<div class=\"entry\">%s</div><div class=\"note\">This response is the subjective opinion of the responder and not of TripAdvisor LLC.</div></div>") % (
                esc(r["author"]), R.choice(["Owner at Hillbrook Tea Garden", "Manager at Hillbrook Tea Garden", "Guest"]), mon(r["time"]), r["time"].day, r["time"].year, paras(r))
        out.append(("<div class=\"review-container\"><div class=\"member_info\"><div class=\"avatar\"><img alt=\"\" src=\"/a.jpg\"></div><div class=\"info_text\"><div>%s</div><div>%s</div></div>"
                    "<div class=\"memberBadging\">%d contributions</div></div><div class=\"reviewSelector\"><span class=\"ui_bubble_rating bubble_%d0\"></span> <span class=\"ratingDate\">Reviewed %s %d, %d</span>"
                    "<div class=\"quote\"><a><span class=\"noQuotes\">%s</span></a></div><div class=\"entry\">%s</div><div class=\"helpful\"><span class=\"numHelp\">%d</span> Helpful</div></div>%s</div>") % (
            esc(c["author"]), R.choice(["Hillbrook, United Kingdom", "Bristol, United Kingdom", "Cardiff"]), R.randint(3, 300), R.randint(2, 5), mon(t), t.day, t.year,
            esc(subject_of(c)), paras(c), c["likes"], reps))
    body = ("<div class=\"global-nav\"><a>Tripadvisor-ish</a> <a>Hotels</a> <a>Things to Do</a> <a>Restaurants</a></div><h1>Hillbrook Tea Garden</h1>"
            "<div class=\"subtitle\">On the edge of the Hillbrook allotments &middot; %d reviews</div><div class=\"reviews\">%s</div>") % (len(kids(cs, None)), "".join(out))
    return site("HILLBROOK TEA GARDEN - Updated 2026 Reviews", body)


def imageboard(cs):
    """4chan-like thread: flat posts 'Name 11/30/26(Mon)14:12:00 No.48213377'; a reply opens with '>>48213370' (the parent)."""
    out = []
    for i, c in enumerate(cs):
        t = c["time"]
        q = ""
        if c["parent"] is not None:
            q = "<a href=\"#p%d\" class=\"quotelink\">&gt;&gt;%d</a><br>" % (48213000 + cs[c["parent"]]["id"], 48213000 + cs[c["parent"]]["id"])
        body = "<br><br>".join(esc(p) for p in c["paras"])
        tag = "div class=\"postContainer opContainer\"" if i == 0 else "div class=\"postContainer replyContainer\""
        out.append(("<%s id=\"pc%d\"><div class=\"post %s\"><div class=\"postInfo\"><span class=\"nameBlock\"><span class=\"name\">%s</span></span> "
                    "<span class=\"dateTime\">%02d/%02d/%02d(%s)%s</span> <span class=\"postNum\"><a>No.</a><a>%d</a></span></div>"
                    "<blockquote class=\"postMessage\">%s%s</blockquote></div></div>") % (
            tag, i, "op" if i == 0 else "reply", esc(handle(c["author"])), t.month, t.day, t.year % 100, t.strftime("%a"), t.strftime("%H:%M:%S"),
            48213000 + c["id"], q, body))
    page = ("<div class=\"boardBanner\"><div class=\"boardTitle\">/hg/ - Home &amp; Garden</div></div><hr><div class=\"navLinks\">[<a>Return</a>] [<a>Catalog</a>] [<a>Bottom</a>]</div><hr>"
            "<div class=\"thread\">%s</div><hr><div class=\"navLinks\">[<a>Return</a>] [<a>Catalog</a>] [<a>Top</a>] %d replies / 0 images</div>") % ("".join(out), len(cs) - 1)
    return site("/hg/ - Allotment general - Home & Garden", page)


def tiktok(cs):
    """TikTok-like: top-level comments, each with its replies under a 'Hide n replies' row (CSS-indented, one level)."""
    out = []
    for i in kids(cs, None):
        c = cs[i]
        reps = kids(cs, i)
        rhtml = "".join(("<div class=\"DivCommentItem reply\"><a class=\"StyledUserLink\">%s</a><p class=\"PCommentText\">%s</p>"
                         "<div class=\"DivCommentSubContent\"><span>%s</span> <span>Reply</span> <span class=\"like\">%d</span></div></div>") % (
            esc(handle(cs[k]["author"])), " ".join(esc(p) for p in cs[k]["paras"]), "%d-%d" % (cs[k]["time"].month, cs[k]["time"].day), cs[k]["likes"]) for k in reps)
        out.append(("<div class=\"DivCommentObjectWrapper\"><div class=\"DivCommentItem\"><a class=\"StyledUserLink\">%s</a><p class=\"PCommentText\">%s</p>"
                    "<div class=\"DivCommentSubContent\"><span>%s</span> <span>Reply</span> <span class=\"like\">%d</span></div></div>%s</div>") % (
            esc(handle(c["author"])), " ".join(esc(p) for p in c["paras"]), "%d-%d" % (c["time"].month, c["time"].day), c["likes"],
            "<div class=\"DivReplyContainer\" style=\"padding-left:52px\"><p class=\"PReplyAction\">Hide %d %s</p>%s</div>" % (
                len(reps), "reply" if len(reps) == 1 else "replies", rhtml) if reps else ""))
    body = ("<div class=\"header\"><a>TikTok-ish</a> <input placeholder=\"Search\"> <a>Upload</a> <a>Log in</a></div><div class=\"video\"><h1>Last harvest on the Hillbrook plots before the diggers come</h1>"
            "<div>hillbrookgrows &middot; 12-1</div><div>48.2K likes &middot; %d comments</div></div><div class=\"DivCommentListContainer\">%s</div>") % (len(cs), "".join(out))
    return site("Last harvest on the Hillbrook plots | TikTok-ish", body)


def kickstarter(cs):
    """Kickstarter-like comments: replies CSS-indented under their comment, no words saying so (a flat guess is all the dump allows)."""
    def one(i, d):
        c = cs[i]
        sub = "".join(one(k, d + 1) for k in kids(cs, i))
        return ("<li class=\"comment\" style=\"margin-left:%dpx\"><div class=\"comment-head\"><span class=\"author\">%s</span>%s <time datetime=\"%s\">%s</time></div>"
                "<div class=\"comment-body\">%s</div><div class=\"comment-actions\"><button>Reply</button></div></li>%s") % (
            0 if d == 0 else 40, esc(c["author"]), " <span class=\"badge\">Superbacker</span>" if R.random() < 0.3 else "",
            c["time"].isoformat(), ago(c["time"], NOW), paras(c), sub)
    body = ("<div class=\"nav\"><a>Kickstarter-ish</a> <a>Discover</a> <a>Start a project</a> <a>Log in</a></div><h1>Hillbrook Seed Library: keep the heritage seeds growing</h1>"
            "<div class=\"tabs\"><a>Campaign</a> <a>Rewards</a> <a>FAQ</a> <a>Updates 4</a> <b>Comments %d</b> <a>Community</a></div>"
            "<p>Only backers can post comments. <a>Log In</a></p><ul class=\"comments\">%s</ul>") % (len(cs), "".join(one(i, 0) for i in kids(cs, None)))
    return site("Hillbrook Seed Library by Hillbrook Allotment Society — Kickstarter-ish", body)


def heise(cs):
    """Heise-forum-like threaded page: CSS indentation only, but each post carries its outline number ('2.1.1')."""
    out = []
    num = {}
    count = {}
    for i, c in enumerate(cs):
        p = c["parent"]
        count[p] = count.get(p, 0) + 1
        num[i] = ("%s.%d" % (num[p], count[p])) if p is not None else str(count[p])
        t = c["time"]
        out.append(("<li class=\"posting_element\" style=\"padding-left:%dem\"><span class=\"tree_number\">%s</span> <div class=\"posting_subject\"><b>%s</b></div>"
                    "<div class=\"posting_meta\"><span class=\"pseudonym\">%s</span> <time>%02d.%02d.%d %02d:%02d</time></div><div class=\"posting_text\">%s</div>"
                    "<div class=\"posting_rating\">%d positive Bewertungen</div></li>") % (
            2 * c["depth"], num[i], esc(subject_of(c) if p is None else "Re: " + subject_of(cs[p])), esc(c["author"]), t.day, t.month, t.year, t.hour, t.minute,
            paras(c), c["likes"]))
    body = ("<div class=\"nav\"><a>heise-ish online</a> <a>News</a> <a>Forum</a> <a>Abo</a></div><h1>Forum: %s</h1><div class=\"forum_tools\">Thread-Ansicht &middot; "
            "<a>Flache Ansicht</a> &middot; %d Beitr&auml;ge</div><ul class=\"tree_thread_list\">%s</ul><div class=\"footer\">Impressum &middot; Datenschutz</div>") % (
        esc(STORY_T), len(cs), "".join(out))
    return site("Forum: " + STORY_T + " | heise-ish", body)


def linkedin(cs):
    """LinkedIn-like post comments: replies CSS-indented one level; a reply often opens with the full name of the person it
    answers (a mention link without '@'); 'Name • 2nd', a job line, '3d'."""
    out = []
    for i in kids(cs, None):
        c = cs[i]
        rep = ""
        for k in kids(cs, i):
            r = cs[k]
            body = [p for p in r["paras"]]
            text = paras(r)
            if r.get("mention"):
                text = "<p><a class=\"mention\">%s</a> %s</p>%s" % (esc(r["mention"]), esc(body[0]), "".join("<p>%s</p>" % esc(x) for x in body[1:]))
            rep += ("<article class=\"comments-comment-item reply\" style=\"margin-left:40px\"><div class=\"comment-meta\"><a class=\"actor-name\">%s</a> &bull; 2nd"
                    "<div class=\"headline\">%s</div><time>%s</time></div><div class=\"comment-text\">%s</div><div class=\"social\"><button>Like</button> %s| <button>Reply</button></div></article>") % (
                esc(r["author"]), R.choice(["Planning officer", "Retired teacher", "Community gardener", "Architect at Morrow & Co"]), ago(r["time"], NOW).replace(" days ago", "d").replace(" day ago", "d").replace(" hours ago", "h"),
                text, "<span>%d</span> " % r["likes"] if r["likes"] else "")
        out.append(("<article class=\"comments-comment-item\"><div class=\"comment-meta\"><a class=\"actor-name\">%s</a> &bull; 2nd<div class=\"headline\">%s</div><time>%s</time></div>"
                    "<div class=\"comment-text\">%s</div><div class=\"social\"><button>Like</button> %s| <button>Reply</button></div><div class=\"replies\">%s</div></article>") % (
            esc(c["author"]), R.choice(["Planning officer", "Retired teacher", "Community gardener", "Architect at Morrow & Co"]), ago(c["time"], NOW).replace(" days ago", "d").replace(" day ago", "d").replace(" hours ago", "h"),
            paras(c), "<span>%d</span> " % c["likes"] if c["likes"] else "", rep))
    body = ("<div class=\"nav\"><a>LinkedIn-ish</a> <a>Home</a> <a>My Network</a> <a>Jobs</a></div><div class=\"feed-post\"><div class=\"actor\">Gethin Morrow &bull; Local democracy reporter</div>"
            "<div class=\"commentary\">%s %s</div><div class=\"counts\">214 reactions &middot; %d comments</div></div><div class=\"comments\">%s</div>") % (
        esc(STORY[0]), esc(STORY[2]), len(cs), "".join(out))
    return site("Gethin Morrow on LinkedIn-ish: Hillbrook allotments to be sold", body)


def dreamwidth(cs):
    """Dreamwidth-like: CSS margin only; 'Re: subject', 'Date: 2026-11-30 02:12 pm (UTC)', a reply's links include '(Parent)'."""
    out = []
    for i, c in enumerate(cs):
        t = c["time"]
        p = c["parent"]
        out.append(("<div class=\"comment-wrapper\" style=\"margin-left: %dem\"><div class=\"comment\"><div class=\"header\"><h4 class=\"comment-title\">%s</h4>"
                    "<span class=\"poster\"><span class=\"ljuser\"><img alt=\"[personal profile] \" src=\"/user.png\"><a><b>%s</b></a></span></span> "
                    "<span class=\"datetime\">%d-%02d-%02d %02d:%02d %s (UTC)</span></div><div class=\"comment-content\">%s</div>"
                    "<ul class=\"comment-interaction-links\"><li>(<a>Reply</a>)</li>%s<li>(<a>Thread</a>)</li><li>(<a>Link</a>)</li></ul></div></div>") % (
            3 * c["depth"], esc("Re: " + subject_of(cs[p]) if p is not None else subject_of(c)), esc(handle(c["author"])), t.year, t.month, t.day,
            t.hour % 12 or 12, t.minute, "am" if t.hour < 12 else "pm", paras(c), "<li>(<a>Parent</a>)</li>" if p is not None else ""))
    body = ("<div id=\"canvas\"><div class=\"header\"><h1>hillbrook_plots</h1><h2>notes from plot 14</h2></div><div class=\"entry\"><h3 class=\"entry-title\">The sale, and what comes next</h3>"
            "<div class=\"datetime\">Dec. 1st, 2026 08:02 am</div><div class=\"entry-content\"><p>%s</p><p>%s</p></div><div class=\"tag\">Tags: allotments, planning</div></div>"
            "<div id=\"comments\"><h3>%d comments</h3>%s</div></div>") % (esc(STORY[0]), esc(STORY[1]), len(cs), "".join(out))
    return site("hillbrook_plots: The sale, and what comes next", body)


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
    cs = base.thread(12, max_depth=3, likes=False, p_reply=0.6)
    write("perlmonks", perlmonks(cs), g("perlmonks", "perlmonks", cs, False, False,
          note="replies in nested ul (indented and bulleted in the dump); the subject 'Re^2: ...' (not text) gives the depth; 'by X on Nov 30, 2026 at 14:12 UTC'; [reply] [d/l] [select]"))
    cs = base.thread(12, max_depth=3, likes=False, p_reply=0.6)
    write("phpnuke", phpnuke(cs), g("phpnuke", "php-nuke", cs, False, False,
          note="nested view: replies inside the parent's blockquote (indented in the dump); 'Re: subject (Score: n)' and '(User Info | Send a Message)' are not text; score is not likes"))
    cs = base.thread(12, max_depth=3, likes=False, p_reply=0.55)
    write("geeklog", geeklog(cs), g("geeklog", "geeklog-like", cs, False, False,
          note="each comment a table; replies behind a spacer cell 25px per level (w3m indents them); 'Authored by: X on Nov 30 2026, 2:12 PM'; subject not text"))
    cs = base.thread(12, max_depth=3, likes=False, p_reply=0.6)
    base.handles(cs)
    write("fossil", fossil(cs), g("fossil", "fossil-forum", cs, False, False,
          note="hierarchical view, CSS margin only; each header '(3) By name on 2026-11-30 14:12:00 in reply to 1 [link] [source]' names the parent by its number"))
    cs = base.chronological(12, p_reply=0.5)
    base.handles(cs)
    write("mattermost", mattermost(cs), g("mattermost", "mattermost", cs, False, True, zero_shown=False,
          note="flat channel; a thread reply shows 'Commented on X's message: <the parent's first words>' (not text); clock time only, the date from the separator; reaction count is likes (none for 0)"))
    cs = base.chronological(12, p_reply=0.5)
    base.handles(cs)
    write("discord", discord(cs), g("discord", "discord-like", cs, False, True, zero_shown=False,
          note="chat export: flat; a reply has a reference line '╭ @name first words…' (not text) above its header; '11/30/2026 2:12 PM'; star reaction is likes (none for 0)"))
    cs = base.thread(12, max_depth=1, p_reply=0.5)
    for c in cs:
        if c["parent"] is not None:
            c["likes"] = None
    write("tripadvisor", tripadvisor(cs), g("tripadvisor", "tripadvisor-like", cs, False, True, times="date",
          note="reviews ('Reviewed November 30, 2026', 'n Helpful' = likes, title not text); answers in a CSS-indented box 'Response from X, Owner at ...' / 'Responded <date>' (parent: the review); the disclaimer is not text"))
    cs = base.chronological(13, p_reply=0.55, likes=False)
    base.handles(cs)
    write("imageboard", imageboard(cs), g("imageboard", "imageboard-4chan-like", cs, True, False,
          note="every post a comment, the first (OP) too; flat; 'name 11/30/26(Mon)14:12:00 No.48213377'; a reply opens with '>>48213370' (not text), the quoted post is the parent"))
    cs = base.thread(13, max_depth=1, p_reply=0.55)
    base.handles(cs)
    write("tiktok", tiktok(cs), g("tiktok", "tiktok-like", cs, False, True, times="date",
          note="replies one level under a 'Hide n replies' row (CSS padding only); each body one paragraph; '11-30' date (year from the page); like count beside 'Reply'"))
    for c in cs:
        c["paras"] = [" ".join(c["paras"])]
    with open(os.path.join(OUT, "tiktok.json"), encoding="utf-8") as f:
        gt = json.load(f)
    for gc, c in zip(gt["comments"], cs):
        gc["text"] = c["paras"][0]
    with open(os.path.join(OUT, "tiktok.json"), "w", encoding="utf-8") as f:
        json.dump(gt, f, indent=1, ensure_ascii=False)
        f.write("\n")
    cs = base.thread(12, max_depth=2, likes=False, p_reply=0.5)
    write("kickstarter", kickstarter(cs), g("kickstarter", "kickstarter-like", cs, False, False, fetched=NOW,
          note="replies CSS-indented (margin-left) with no word or indent in the dump: a flat guess is all the text allows; 'Superbacker' badge is not author; relative times"))
    cs = base.thread(13, max_depth=3, p_reply=0.6)
    write("heise", heise(cs), g("heise", "heise-forum-like", cs, False, True,
          note="threaded list, CSS padding only; each post's outline number ('2.1.1') gives its place; 'Re:' subjects not text; '30.11.2026 14:12'; 'n positive Bewertungen' is likes"))
    cs = base.thread(12, max_depth=1, p_reply=0.55)
    for c in cs:
        if c["parent"] is not None and R.random() < 0.7:
            c["mention"] = cs[c["parent"]]["author"]
    write("linkedin", linkedin(cs), g("linkedin", "linkedin-like", cs, False, True, fetched=NOW, times="date", zero_shown=False,
          note="replies CSS-indented one level; most open with the parent author's full name as a mention link without '@' (not text); 'Name • 2nd', job line; '3d' relative; like count (none for 0)"))
    cs = base.thread(12, max_depth=3, likes=False, p_reply=0.6)
    base.handles(cs)
    write("dreamwidth", dreamwidth(cs), g("dreamwidth", "dreamwidth-like", cs, False, False,
          note="CSS margin only; 'Re: subject' title not text; 'username 2026-11-30 02:12 pm (UTC)'; a reply's links include '(Parent)' (it is a reply, but not whose)"))
    print("\n".join(written))


if __name__ == "__main__":
    write_all()
