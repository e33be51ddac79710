#!/usr/bin/python3
"""Writes the TENTH held-out round, FORUM threads only (HTML + w3m dumps): 15 pages in forum, board, Q&A and
list-archive systems no earlier set covers (checked against ../DATASHEET.md and every ../heldout*/README.md), scored
on main before any rule for them: wpForo, Asgaros Forum, YaBB 2, Snitz Forums 2000, Web Wiz Forums, FUDforum, XMB,
a vichan-style imageboard, a 2channel-style textboard, a public-inbox flat thread view, MediaWiki LiquidThreads,
Question2Answer, Drupal Advanced Forum, a Ning threaded discussion and a narkive-style Usenet archive. Every post is a
comment, the first one too.

Messy as real pages: user cells beside or above the post (rank, stars, post counts, join dates, personal text, mood,
online status), signatures, quotes of earlier posts, edit notes, 'Thanks(n)' and like counters, post numbers,
pagination and ads between posts. Gold conventions as in the earlier rounds: quoted earlier text, quote heads,
signatures, edit notes and user cells are not a post's text; the quoted (or '>>n', or 'in reply to') post is the
parent; answers of a Q&A page are top-level, comments under a question or answer are its children; in the nested
systems (LiquidThreads, Ning) a reply sits under the post it answers.
Helpers and gold format from ../heldout5's generator; another topic (a cycling club's Sunday ride), names and seed.
Usage: make_heldout10_pages.py [OUT_DIR]"""
import datetime as dt
import json
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout5"))
import make_heldout5_pages as base  # noqa: E402

R = random.Random(20261221)
base.R = R
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
base.SUBJECTS[:] = ["the 8am start", "the cafe stop", "the B group pace", "the route past the quarry", "the new ride leader rota",
                    "the winter kit rule", "the mudguard rule", "the drop policy", "the club jersey order", "the hill reps idea",
                    "the Strava segment hunting", "the insurance renewal"]
base.VIEWS[:] = ["suits the retired riders and nobody else", "was changed without asking the members", "keeps the group together on the lanes",
                 "needs a vote at the AGM, not a poll on the website", "is why half of us ride alone now", "makes the A group a race every week",
                 "was never written down anywhere", "could run on alternate Sundays", "should wait until the clocks change",
                 "is fair if the leaders actually wait at the top"]
base.ASIDES[:] = ["I have ridden with the club since 2011.", "The quarry lane floods every February.", "We had eleven out last week.",
                  "Nobody brought a pump on the last ride.", "My knees prefer the flat route anyway.", "The minutes are on the club site.",
                  "Half the B group ride e-bikes now.", "The cafe opens at ten on Sundays."]
base.STARTS[:] = ["For what it's worth", "Speaking as ride secretary", "As a new member", "Honestly", "From the back of the B group",
                  "Having led rides for years", "To be fair to the committee", "Quick thought"]
base.NAMES[:] = ["Wendy Achterberg", "spokey_dokey", "Kwame Mensah", "Ines Duarte", "chainring_chris", "Padraig Walsh", "lanterne_rouge",
                 "Gita Sharma", "Bogdan", "climbing_kate", "Ruth Ellery", "Tomasz W"]
esc, handle, mon, ampm, kids = base.esc, base.handle, base.mon, base.ampm, base.kids
NAMES = base.NAMES
SUBJECT = "Sunday club ride moving to 8am from January?"
OPENER = ["The committee wants the Sunday club ride to leave the market square at 8am from January instead of 9, so the long group "
          "is back before the roads get busy.",
          "Is that set in stone? Nobody asked the B group, and the cafe at Hollins Cross does not open until ten on a Sunday."]


def forum(n, likes=False, opener="Wendy Achterberg"):
    posts = base.forum_thread(n, likes=likes, opener=opener)
    posts[0]["paras"] = list(OPENER)
    for c in posts:
        if c["quote"] is not None:
            c["quote"] = posts[c["parent"]]["paras"][0]
    return posts


def rooted(n, max_depth=3, likes=False, opener="Wendy Achterberg", p_reply=0.5):
    """The opening post as the root of a nested discussion: every other post sits somewhere under it."""
    cs = base.thread(n, max_depth=max_depth - 1, likes=likes, p_reply=p_reply)
    first = {"parent": None, "depth": 0, "author": opener, "time": cs[0]["time"] - dt.timedelta(hours=1, minutes=53),
             "likes": R.randint(0, 20) if likes else None, "paras": list(OPENER), "quote": None, "id": 4093}
    for c in cs:
        c["parent"] = 0 if c["parent"] is None else c["parent"] + 1
        c["depth"] += 1
    return [first] + cs


def qa(n, likes=True, asker="Wendy Achterberg", max_depth=1, p_reply=0.45):
    cs = base.thread(n, max_depth=max_depth, likes=likes, p_reply=p_reply)
    first = {"parent": None, "depth": 0, "author": asker, "time": cs[0]["time"] - dt.timedelta(hours=2, minutes=12),
             "likes": R.randint(0, 30) if likes else None, "paras": list(OPENER), "quote": None, "id": 4093}
    for c in cs:
        if c["parent"] is not None:
            c["parent"] += 1
    return [first] + cs


def tx(c, sep="<br><br>"):
    return sep.join(esc(p) for p in c["paras"])


def ps(c):
    return "".join("<p>%s</p>" % esc(p) for p in c["paras"])


def sig(c):
    k = NAMES.index(c["author"]) if c["author"] in NAMES else 0
    return [None, "Ride secretary, Hollins Wheelers", None, "Steel is real", None, "Audax 200 x 4 in 2026", None, None,
            "Sent from my phone", None, "Hills are just slow flats", None][k]


def posts_n(c):
    return 20 + (NAMES.index(c["author"]) * 137) % 1900


def joined(c):
    k = NAMES.index(c["author"])
    return dt.date(2012 + k % 12, 1 + k % 12, 3 + k)


# ---------------------------------------------------------------- systems

def wpforo(posts):
    rows = []
    for i, c in enumerate(posts):
        t = c["time"]
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = "<blockquote data-userid=\"%d\" data-postid=\"%d\"><div class=\"wpforo-post-quote-author\"><strong> Posted by: @%s </strong></div><p>%s</p></blockquote>" % (
                NAMES.index(p["author"]) + 10, p["id"], handle(p["author"]), esc(c["quote"]))
        s = sig(c)
        s = "<div class=\"wpforo-post-signature\">%s</div>" % esc(s) if s else ""
        like = "<span class=\"wpforo-like-count\">%d Likes</span>" % c["likes"] if c["likes"] else ""
        rows.append(("<div id=\"post-%d\" class=\"post-wrap%s\"><div class=\"wpforo-post wpfcl-1\"><div class=\"wpf-left\"><div class=\"author-data\">"
                     "<div class=\"author-avatar\"><img alt=\"\" class=\"avatar\" src=\"/wp-content/uploads/wpforo/avatars/%d.jpg\" height=\"96\" width=\"96\"></div>"
                     "<div class=\"author-name\"><span><a href=\"/community/profile/%s/\" title=\"%s\">%s</a></span></div>"
                     "<div class=\"author-title\">%s</div><div class=\"author-rating-full\"><i class=\"fas fa-star\"></i><i class=\"fas fa-star\"></i></div>"
                     "<div class=\"author-joined\">Joined: %s</div><div class=\"author-posts\">Posts: %d</div></div></div>"
                     "<div class=\"wpf-right\"><div class=\"wpforo-post-content-top\"><span class=\"wpf-post-date\">%s</span>"
                     "<div class=\"wpf-post-link\"><a href=\"/community/rides/sunday-8am/#post-%d\">#%d</a></div></div>"
                     "<div class=\"wpforo-post-content\">%s%s</div>%s"
                     "<div class=\"wpforo-post-tool-bar\"><span class=\"wpf-action wpforo-like\"><i class=\"far fa-thumbs-up\"></i> Like</span>%s"
                     "<span class=\"wpf-action wpforo-quote\">Quote</span><span class=\"wpf-action wpforo-report\">Report</span></div></div></div></div>") % (
            c["id"], " wpfp-first" if i == 0 else "", NAMES.index(c["author"]), handle(c["author"]), esc(c["author"]), esc(c["author"]),
            ["Eminent Member", "Trusted Member", "Active Member", "Estimable Member"][NAMES.index(c["author"]) % 4],
            joined(c).strftime("%Y-%m-%d") if i % 2 else "%d years ago" % (2026 - joined(c).year), posts_n(c),
            t.strftime("%d/%m/%Y ") + ampm(t, " ", True), c["id"], i + 1, q, ps(c), s, like))
        if i == 0:
            rows.append("<div class=\"wpf-ad-after-first\"><span>Advertisement</span><a>Spring training camps in Girona - book now</a></div>")
    body = ("<div id=\"wpforo\"><div id=\"wpforo-wrap\" class=\"wpft-topic\"><div class=\"wpforo-menu\"><ul><li>Forums</li><li>Members</li><li>Recent Posts</li></ul></div>"
            "<div class=\"wpf-breadcrumb\"><a>Forum</a> <a>Club rides</a> <span>%s</span></div><div class=\"wpforo-topic-head\"><h1>%s</h1><span>%d Posts</span> <span>7 Users</span> <span>2 Likes</span> <span>412 Views</span></div>"
            "<div class=\"wpforo-post-head\"><div class=\"wpf-pages\">Page 1 / 2 <a>Next</a></div></div><div class=\"wpforo-post-list\">%s</div>"
            "<div class=\"wpf-pages\">Page 1 / 2 <a>Next</a></div><div class=\"wpf-stat-bar\">Forum Information: Recent Posts, Unread Posts, Tags. Forum Icons: Forum contains no unread posts</div></div></div>") % (
        esc(SUBJECT), esc(SUBJECT), len(posts), "".join(rows))
    return base.page_wrap("%s &#8211; Hollins Wheelers Forum" % SUBJECT, body)


def asgaros(posts):
    rows = []
    for i, c in enumerate(posts):
        t = c["time"]
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            pt = p["time"]
            q = "<blockquote><div class=\"quotetitle\">Quote from %s on %s %d, %d, %s</div>%s</blockquote>" % (
                esc(p["author"]), mon(pt), pt.day, pt.year, ampm(pt, " ", True), esc(c["quote"]))
        s = sig(c)
        s = "<div class=\"signature\">%s</div>" % esc(s) if s else ""
        starter = "<small class=\"topic-author\">Topic starter</small>" if c["author"] == posts[0]["author"] else ""
        react = "<div class=\"post-reactions\"><a class=\"reaction up\"><span class=\"reaction-icon fas fa-thumbs-up\"></span><span class=\"reaction-number\">%d</span></a></div>" % c["likes"] if c["likes"] else ""
        rows.append(("<div class=\"post-element%s\" id=\"postid-%d\"><div class=\"forum-post-header-container\"><div class=\"forum-post-date\"><a href=\"#postid-%d\">%s %d, %d, %s</a></div>"
                     "<div class=\"post-id\">#%d</div></div><div class=\"post\"><div class=\"post-author\"><img alt=\"\" src=\"/avatar/%d.png\" class=\"avatar avatar-60 photo\" height=\"60\" width=\"60\">"
                     "<div class=\"post-author-blocks\"><a class=\"profile-link\" href=\"/forum/profile/%d/\">%s</a>%s<small class=\"author-posts\">Posts: %d</small>"
                     "<small class=\"forum-user-rank\"><i class=\"fas fa-star\"></i>%s</small></div></div>"
                     "<div class=\"post-wrapper\"><div class=\"post-message\">%s%s</div><div class=\"post-footer\">%s<div class=\"post-meta\"><a>Quote</a></div></div>%s</div></div></div>") % (
            " first-post" if i == 0 else "", c["id"], c["id"], mon(t), t.day, t.year, ampm(t, " ", True), i + 1, NAMES.index(c["author"]),
            NAMES.index(c["author"]) + 2, esc(c["author"]), starter, posts_n(c), ["Newbie", "Member", "Advanced Member", "Veteran"][NAMES.index(c["author"]) % 4],
            q, ps(c), react, s))
    body = ("<div class=\"site\"><header class=\"site-header\"><p class=\"site-title\">Hollins Wheelers</p><nav><a>Home</a> <a>Rides</a> <a>Forum</a> <a>Join</a></nav></header>"
            "<div id=\"af-wrapper\"><div id=\"forum-header\"><div id=\"forum-navigation\"><a>Forum</a> <a>Profile</a> <a>Members</a> <a>Activity</a></div></div>"
            "<div id=\"forum-breadcrumbs\"><a>Forum</a> &raquo; <a>Club rides</a> &raquo; <span>%s</span></div><div class=\"title-element\">%s</div>"
            "<div class=\"pages-and-menu\"><div class=\"pages\">Pages: <strong>1</strong> <a>2</a></div><div class=\"forum-menu\"><a>Reply</a></div></div>%s"
            "<div class=\"pages-and-menu\"><div class=\"pages\">Pages: <strong>1</strong> <a>2</a></div></div><div id=\"statistics\">Statistics: Topics 212 &middot; Posts 3,118 &middot; Members 96</div></div>"
            "<footer class=\"site-footer\">&copy; Hollins Wheelers CC</footer></div>") % (esc(SUBJECT), esc(SUBJECT), "".join(rows))
    return base.page_wrap("%s &ndash; Hollins Wheelers" % SUBJECT, body)


def yabb(posts):
    rows = []
    for i, c in enumerate(posts):
        t = c["time"]
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            pt = p["time"]
            q = "<div class=\"quote\"><b>Quote from %s on %s %d%s, %d, %s:</b><div class=\"quote_msg\">%s</div></div>" % (
                esc(p["author"]), mon(pt)[:3], pt.day, "th" if pt.day not in (1, 2, 3, 21, 22, 23) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[pt.day],
                pt.year, ampm(pt, "", True), esc(c["quote"]))
        s = sig(c)
        s = "<hr class=\"hr\" size=\"1\" width=\"100%%\"><div class=\"signature\">%s</div>" % esc(s) if s else ""
        k = NAMES.index(c["author"])
        day = "%d%s" % (t.day, "th" if t.day not in (1, 2, 3, 21, 22, 23) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[t.day])
        rows.append(("<table class=\"bordercolor\" cellpadding=\"0\" cellspacing=\"1\" width=\"100%%\"><tr><td><table cellpadding=\"4\" cellspacing=\"0\" width=\"100%%\"><tr>"
                     "<td class=\"windowbg%s\" valign=\"top\" width=\"140\" rowspan=\"2\"><a name=\"%d\"></a><b><a href=\"YaBB.pl?action=viewprofile;username=%s\">%s</a></b><br>"
                     "<span class=\"small\">%s<br>%s<br><br><img src=\"/yabbfiles/Templates/Forum/default/offline.png\" alt=\"Offline\"> Offline<br><br><i>%s</i><br><br>Posts: %d<br>Gender: %s</span></td>"
                     "<td class=\"windowbg%s\" valign=\"top\"><table width=\"100%%\"><tr><td><img src=\"/yabbfiles/Templates/Forum/default/xx.gif\" alt=\"\"> <b>%s</b></td>"
                     "<td align=\"right\"><span class=\"small\">%s %s, %d at %s</span></td></tr></table><hr class=\"hr\" size=\"1\" width=\"100%%\">"
                     "<div class=\"message\" style=\"float: left; width: 99%%; overflow: auto;\">%s%s</div>%s</td></tr>"
                     "<tr><td class=\"windowbg%s\"><span class=\"small\"><a href=\"#top\">Back to top</a></span> <img src=\"/ip.gif\" alt=\"\"> IP Logged</td></tr></table></td></tr></table>") % (
            "" if i % 2 == 0 else "2", i, handle(c["author"]), esc(c["author"]), ["YaBB Newbies", "Junior Member", "Full Member", "Senior Member"][k % 4],
            "<img src=\"/star.gif\" alt=\"*\">" * (1 + k % 4), ["Keep the rubber side down", "Ride more, worry less", "Fixie or nothing", "Born to ride, forced to work"][k % 4],
            posts_n(c), "Male" if k % 2 else "Female", "" if i % 2 == 0 else "2",
            esc(("Re: " if i else "") + SUBJECT), "Reply #%d -" % i if i else "", mon(t)[:3] + " " + day, t.year, ampm(t, "", True), q, tx(c), s, "" if i % 2 == 0 else "2"))
    body = ("<div id=\"maincontainer\"><table width=\"100%%\"><tr><td class=\"titlebg\">Hollins Wheelers Board</td></tr><tr><td class=\"windowbg2\">Welcome, Guest. Please Login or Register</td></tr></table>"
            "<div class=\"nav\"><b><a>Hollins Wheelers Board</a> &rsaquo; <a>Club rides</a> &rsaquo; %s</b> (Read 388 times)</div>"
            "<table width=\"100%%\"><tr><td class=\"catbg\">Pages: 1 2 </td><td class=\"catbg\" align=\"right\">Reply | Notify of replies | Send Topic | Print</td></tr></table>%s"
            "<table width=\"100%%\"><tr><td class=\"catbg\">Pages: 1 2 </td></tr></table><div class=\"copyright\">Forum software by &copy;YaBB 2.5.2</div></div>") % (esc(SUBJECT), "".join(rows))
    return base.page_wrap("Hollins Wheelers Board - %s" % SUBJECT, body)


def snitz(posts):
    rows = []
    for i, c in enumerate(posts):
        t = c["time"]
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = ("<blockquote id=\"quote\"><font size=\"1\" face=\"Verdana, Arial, Helvetica\" id=\"quote\">quote:<hr height=\"1\" noshade id=\"quote\">"
                 "<i>Originally posted by %s</i><br>%s<hr height=\"1\" noshade id=\"quote\"></blockquote id=\"quote\"></font><font face=\"Verdana, Arial, Helvetica\" size=\"2\" id=\"quote\">") % (
                esc(p["author"]), esc(c["quote"]))
        s = sig(c)
        s = "<br><br><hr noshade size=\"1\" color=\"gray\"><font size=\"1\">%s</font>" % esc(s) if s else ""
        ed = ("<br><br><span id=\"edit\"><i>Edited by - %s on %s</i></span>" % (esc(c["author"]), (t + dt.timedelta(minutes=17)).strftime("%m/%d/%Y %H:%M:%S"))) if i % 4 == 3 else ""
        k = NAMES.index(c["author"])
        rows.append(("<tr><td bgcolor=\"%s\" valign=\"top\" width=\"100\" nowrap><p><b><font color=\"#000000\" face=\"Verdana, Arial, Helvetica\" size=\"2\"><span class=\"spnMessageText\"><a href=\"pop_profile.asp?mode=display&amp;id=%d\">%s</a></span></font></b><br>"
                     "<font color=\"#000000\" face=\"Verdana, Arial, Helvetica\" size=\"1\"><small>%s</small><br>%s<br><br>%s<br>%d Posts</font></p></td>"
                     "<td bgcolor=\"%s\" width=\"100%%\" height=\"100%%\" valign=\"top\"><table width=\"100%%\" height=\"100%%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                     "<td valign=\"top\"><img src=\"icon_posticon.gif\" border=\"0\" hspace=\"3\"><font color=\"#000000\" face=\"Verdana, Arial, Helvetica\" size=\"1\">Posted&nbsp;-&nbsp;%s&nbsp;:&nbsp; %s&nbsp;&nbsp;"
                     "<a href=\"pop_profile.asp?id=%d\"><img src=\"icon_profile.gif\" alt=\"Show Profile\" title=\"Show Profile\" border=\"0\"></a>&nbsp;<a><img src=\"icon_reply_topic.gif\" alt=\"Reply with Quote\" title=\"Reply with Quote\" border=\"0\"></a></font></td></tr>"
                     "<tr><td valign=\"top\"><hr noshade size=\"1\"></td></tr><tr><td valign=\"top\" height=\"100%%\"><font face=\"Verdana, Arial, Helvetica\" size=\"2\" color=\"#000000\"><span class=\"spnMessageText\" id=\"msg\">%s%s%s%s</span></font></td></tr></table></td></tr>") % (
            "#F0F0F0" if i % 2 else "#DDDDDD", 30 + k, esc(c["author"]), ["Starting Member", "New Member", "Junior Member", "Average Member", "Senior Member", "Advanced Member"][k % 6],
            "<img src=\"icon_star_gold.gif\" border=\"0\">" * (1 + k % 5), ["United Kingdom", "Ireland", "Netherlands", "Poland"][k % 4], posts_n(c),
            "#F0F0F0" if i % 2 else "#DDDDDD", t.strftime("%m/%d/%Y"), t.strftime("%H:%M:%S"), 30 + k, q, tx(c, "<br><br>"), ed, s))
        if i == 0:
            rows.append("<tr><td colspan=\"2\" bgcolor=\"#9FAFDF\" align=\"center\"><font size=\"1\">Google Ads &middot; <a>Cheap bike insurance</a></font></td></tr>")
    body = ("<table align=\"center\" border=\"0\" cellPadding=\"0\" cellSpacing=\"0\" width=\"100%%\"><tr><td valign=\"top\" width=\"50%%\"><a href=\"default.asp\"><img src=\"logo_snitz.gif\" border=\"0\" alt=\"Hollins Wheelers Forum\"></a></td>"
            "<td align=\"center\" valign=\"top\" width=\"50%%\"><font size=\"2\"><a>Register</a> | <a>Active Topics</a> | <a>Members</a> | <a>Search</a> | <a>FAQ</a></font></td></tr></table>"
            "<table border=\"0\" width=\"100%%\"><tr><td width=\"33%%\" align=\"left\" nowrap><font size=\"2\">&nbsp;<a>All Forums</a><br>&nbsp;<a>Club rides</a><br>&nbsp;<b>%s</b></font></td>"
            "<td align=\"center\" width=\"33%%\"><font size=\"2\">Page: of 2</font></td></tr></table>"
            "<table border=\"0\" width=\"95%%\" cellspacing=\"0\" cellpadding=\"0\" align=\"center\"><tr><td bgcolor=\"#000000\"><table border=\"0\" width=\"100%%\" cellspacing=\"1\" cellpadding=\"4\">"
            "<tr><td align=\"center\" bgcolor=\"#0000CC\" width=\"100\" nowrap><b><font color=\"#FFFFFF\" size=\"2\">Author</font></b></td><td align=\"center\" bgcolor=\"#0000CC\" width=\"100%%\"><b><font color=\"#FFFFFF\" size=\"2\">Topic&nbsp;</font></b></td></tr>"
            "%s</table></td></tr></table><table width=\"95%%\" align=\"center\"><tr><td><font size=\"1\">Hollins Wheelers Forum &copy; 2000-26 Hollins Wheelers CC</font></td><td align=\"right\"><font size=\"1\">Snitz Forums 2000</font></td></tr></table>") % (
        esc(SUBJECT), "".join(rows))
    return base.page_wrap("Hollins Wheelers Forum - %s" % SUBJECT, body)


def webwiz(posts):
    rows = []
    for i, c in enumerate(posts):
        t = c["time"]
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = "<table class=\"quote\"><tr><td class=\"quoteHead\"><strong>Originally posted by %s</strong></td></tr><tr><td>%s</td></tr></table>" % (
                esc(p["author"]), esc(c["quote"]))
        s = sig(c)
        s = "<div class=\"msgSignature\">%s</div>" % esc(s) if s else ""
        k = NAMES.index(c["author"])
        rows.append(("<a name=\"%d\"></a><table cellspacing=\"1\" cellpadding=\"3\" align=\"center\" class=\"basicTable\"><tr class=\"postTitle\">"
                     "<td class=\"msgLineDevider\" style=\"width:150px;\"><div style=\"float:left;\"><a href=\"member_profile.asp?PF=%d\" title=\"View Drop Down\">%s</a></div></td>"
                     "<td class=\"msgLineDevider\"><div style=\"float:left;\"><img src=\"forum_images/post_icon.png\" alt=\"Post Options\"> Post Options &nbsp; "
                     "<img src=\"forum_images/thanks.png\" alt=\"Thanks\"> Thanks(%d)</div><div style=\"float:right;\"><a>Quote</a>&nbsp; <a>Reply</a></div></td></tr>"
                     "<tr class=\"%s\"><td valign=\"top\" class=\"msgSideProfile\" style=\"width:150px;\"><img src=\"avatars/%d.png\" alt=\"%s's Avatar\"><br>%s<br>"
                     "<img src=\"forum_images/%d_star_rating.png\" alt=\"\"><br><br>Joined: %s<br>Location: %s<br>Online Status: Offline<br>Posts: %d</td>"
                     "<td valign=\"top\" class=\"msgBody\"><div class=\"msgHead\"><a href=\"#%d\"><img src=\"forum_images/link.png\" alt=\"Direct Link To This Post\"></a> "
                     "<strong>%s</strong>: %s<br>Posted: %s at %s</div><div class=\"msgBody\">%s%s</div>%s</td></tr></table><br>") % (
            c["id"], 40 + k, esc(c["author"]), c["likes"] or 0, "msgEvenTableRow" if i % 2 == 0 else "msgOddTableRow", k, esc(c["author"]),
            ["Newbie", "Groupie", "Senior Member", "Admin Group"][k % 4], 1 + k % 5, joined(c).strftime("%d %b %Y"), ["Leeds", "Hebden Bridge", "Todmorden", "Halifax"][k % 4],
            posts_n(c), c["id"], "Topic" if i == 0 else "Reply", esc(SUBJECT if i == 0 else "Re: " + SUBJECT), t.strftime("%d %b %Y"), ampm(t, "", True), q, tx(c), s))
    body = ("<div id=\"header\"><a href=\"default.asp\"><img src=\"forum_images/web_wiz_forums.png\" alt=\"Hollins Wheelers\"></a></div>"
            "<table class=\"basicTable\"><tr><td><a>Forum Home</a> <a>Active Topics</a> <a>Search</a> <a>Help</a> <a>Register</a> <a>Login</a></td></tr></table>"
            "<table class=\"basicTable\"><tr><td><h1>%s</h1><a>Hollins Wheelers</a> &gt; <a>Club rides</a> &gt; %s</td></tr></table>"
            "<table class=\"basicTable\"><tr><td>Page  of 2 <a>Next &gt;&gt;</a></td><td align=\"right\">Topic Options <a>Post Reply</a></td></tr></table>%s"
            "<table class=\"basicTable\"><tr><td>Page  of 2 <a>Next &gt;&gt;</a></td></tr></table>"
            "<div id=\"footer\">Forum Software by Web Wiz Forums&reg; version 12.05<br>Copyright &copy;2001-2026 Web Wiz Ltd.<br>This page was generated in 0.094 seconds.</div>") % (
        esc(SUBJECT), esc(SUBJECT), "".join(rows))
    return base.page_wrap("%s - Hollins Wheelers" % SUBJECT, body)


def fudforum(posts):
    rows = []
    for i, c in enumerate(posts):
        t = c["time"]
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            pt = p["time"]
            q = "<cite>%s wrote on %s, %d %s %d %s</cite><blockquote>%s</blockquote>" % (
                esc(p["author"]), pt.strftime("%a"), pt.day, mon(pt), pt.year, pt.strftime("%H:%M"), esc(c["quote"]))
        s = sig(c)
        s = "<br><div class=\"SignatureText\"><span class=\"SmallText\">%s</span></div>" % esc(s) if s else ""
        k = NAMES.index(c["author"])
        rows.append(("<div><table cellspacing=\"0\" cellpadding=\"0\" class=\"MsgTable\"><tr><td class=\"MsgR1 vt al MsgSubText\"><a name=\"msg_%d\" class=\"MsgSubText\" href=\"/index.php?t=rview&amp;goto=%d#msg_%d\">%s</a></td>"
                     "<td class=\"MsgR1 vt ar\"><span class=\"DateText\">%s, %d %s %d %s</span> <a href=\"#\"><img src=\"/theme/default/images/up.png\" title=\"Go to previous message\" alt=\"\"></a><a href=\"#\"><img src=\"/theme/default/images/down.png\" title=\"Go to next message\" alt=\"\"></a></td></tr>"
                     "<tr class=\"mh\"><td class=\"MsgR2 vt al\"><table class=\"ContentTable\" cellspacing=\"0\" cellpadding=\"0\"><tr class=\"vt\"><td class=\"msgud\"><img src=\"/images/custom_avatars/%d.jpg\" alt=\"\"></td>"
                     "<td class=\"msgud\"><span class=\"offline\">%s</span> <a href=\"/index.php?t=usrinfo&amp;id=%d\">%s</a><br><b>Messages:</b> %d<br><b>Registered:</b> %s %d<br><b>Location:</b> %s</td></tr></table></td>"
                     "<td class=\"MsgR2 vt ar\"><span class=\"SmallText\">%s</span></td></tr>"
                     "<tr><td colspan=\"2\" class=\"MsgR3\"><span class=\"MsgBodyText\">%s%s</span><br><div class=\"ctags\"><a>Report message to a moderator</a></div>%s</td></tr>"
                     "<tr><td colspan=\"2\" class=\"MsgToolBar\"><div class=\"fr\"><a>Reply</a> <a>Quote</a></div></td></tr></table></div>") % (
            c["id"], c["id"], c["id"], esc(("Re: " if i else "") + SUBJECT), t.strftime("%a"), t.day, mon(t), t.year, t.strftime("%H:%M"), k,
            "Offline" if k % 3 else "Online", 70 + k, esc(c["author"]), posts_n(c), mon(joined(c)), joined(c).year, ["Leeds", "Hebden Bridge", "Todmorden", "Halifax"][k % 4],
            ["Junior Member", "Member", "Senior Member", "Administrator"][k % 4], q, tx(c), s))
    body = ("<div class=\"header\"><h1><a>Hollins Wheelers</a></h1><span class=\"headsdesc\">Cycling club forum</span></div>"
            "<div class=\"UserControlPanel\"><a>Members</a> | <a>Search</a> | <a>Help</a> | <a>Register</a> | <a>Login</a> | <a>Home</a></div>"
            "<div class=\"ctb\"><a>Home</a> &raquo; <a>Club</a> &raquo; <a>Club rides</a> &raquo; <strong>%s</strong> <span class=\"SmallText fb\">Show: <a>Today's Messages</a> :: <a>Polls</a> :: <a>Message Navigator</a></span></div>"
            "<div class=\"clear\"></div><span class=\"vm\">Switch to threaded view of this topic <a>Create a new topic</a> <a>Submit Reply</a></span>%s"
            "<div class=\"ac\"><span class=\"curtime\"><b>Current Time:</b> Tue Dec 01 10:15:00 GMT 2026</span></div><div class=\"ac pg\">Powered by: FUDforum 3.0.9.<br>Copyright &copy;2001-2026 FUDforum Bulletin Board Software</div>") % (
        esc(SUBJECT), "".join(rows))
    return base.page_wrap("Hollins Wheelers: %s" % SUBJECT, body)


def xmb(posts):
    rows = []
    for i, c in enumerate(posts):
        t = c["time"]
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = "<table align=\"center\" class=\"quote\" cellspacing=\"0\" cellpadding=\"0\"><tr><td class=\"quote\">Quote: Originally posted by <strong>%s</strong></td></tr><tr><td class=\"quotemessage\">%s</td></tr></table>" % (
                esc(p["author"]), esc(c["quote"]))
        s = sig(c)
        s = "<br><br>____________________<br>%s" % esc(s) if s else ""
        k = NAMES.index(c["author"])
        rows.append(("<tr class=\"tablerow\" style=\"background-color:#%s\"><td rowspan=\"3\" valign=\"top\" class=\"tablerow\" style=\"width:18%%\"><a name=\"pid%d\"></a>"
                     "<font class=\"mediumtxt\"><strong>%s</strong></font><br><div class=\"smalltxt\">%s<br>%s<br><br><img src=\"./images/avatars/%d.gif\" alt=\"Avatar\"><br><br>"
                     "Posts: %d<br>Registered: %d-%d-%d<br>Location: %s<br>Member Is Offline<br><br><strong>Mood:</strong> %s<br></div></td>"
                     "<td class=\"tablerow\" valign=\"top\" style=\"height:30px\"><table border=\"0\" cellspacing=\"0\" cellpadding=\"0\" width=\"100%%\"><tr>"
                     "<td class=\"smalltxt\"><img src=\"./images/smilies/smile.gif\" alt=\"\"> <strong>%s</strong><br>posted on %s at %s</td>"
                     "<td align=\"right\" class=\"smalltxt\"><a>Edit Post</a> <a>Reply With Quote</a></td></tr></table></td></tr>"
                     "<tr class=\"tablerow\"><td class=\"tablerow\" valign=\"top\" style=\"height:80px\"><font class=\"mediumtxt\">%s%s%s</font></td></tr>"
                     "<tr class=\"tablerow\"><td class=\"tablerow\"><a>View User's Profile</a> <a>U2U Member</a> <a>View All Posts By User</a></td></tr>"
                     "<tr><td class=\"ctrtablerow\" colspan=\"2\"></td></tr>") % (
            "E5E8EC" if i % 2 else "F0F3F7", c["id"], esc(c["author"]), ["Junior Member", "Member", "Posting Freak", "Super Administrator"][k % 4],
            "<img src=\"./images/star.gif\" alt=\"*\">" * (1 + k % 5), k, posts_n(c), joined(c).day, joined(c).month, joined(c).year,
            ["Leeds", "Hebden Bridge", "Todmorden", "Halifax"][k % 4], ["cheerful", "muddy", "No Mood", "windswept"][k % 4],
            esc(("Re: " if i else "") + SUBJECT), t.strftime("%d-%m-%Y"), ampm(t).replace(":", ":").rjust(8, "0"), q, tx(c), s))
    body = ("<table cellspacing=\"0\" cellpadding=\"0\" border=\"0\" width=\"97%%\" align=\"center\"><tr><td class=\"nav\">&nbsp;<a>Hollins Wheelers</a> &raquo; <a>Club rides</a> &raquo; %s</td></tr></table>"
            "<table width=\"97%%\" align=\"center\"><tr><td class=\"multi\">Pages: <strong>1</strong> <a>2</a></td><td align=\"right\"><a>Printable Version</a> | <a>Subscribe</a> | <a>Add to Favorites</a></td></tr></table>"
            "<table cellspacing=\"0\" cellpadding=\"0\" border=\"0\" width=\"97%%\" align=\"center\"><tr><td class=\"header\" style=\"width:18%%\">Author</td><td class=\"header\">Subject: %s</td></tr>%s</table>"
            "<table width=\"97%%\" align=\"center\"><tr><td class=\"multi\">Pages: <strong>1</strong> <a>2</a></td></tr></table>"
            "<div class=\"smalltxt\" align=\"center\">Powered by XMB 1.9.12<br>XMB Forum Software &copy; 2001-2026 The XMB Group<br>[Queries: 19] [PHP: 71.4%% - SQL: 28.6%%]</div>") % (
        esc(SUBJECT), esc(SUBJECT), "".join(rows))
    return base.page_wrap("Hollins Wheelers - %s" % SUBJECT, body)


def imageboard(posts):
    """vichan-style: OP and replies; most posters 'Anonymous', some named with a tripcode; '>>n' links name the parent."""
    rows = []
    for i, c in enumerate(posts):
        t = c["time"]
        no = 88400 + c["id"]
        ref = ""
        if c["parent"] is not None:
            pno = 88400 + posts[c["parent"]]["id"]
            ref = "<a onclick=\"highlightReply('%d', event);\" href=\"/rides/res/%d.html#%d\">&gt;&gt;%d</a><br/>" % (pno, 88400 + posts[0]["id"], pno, pno)
            if c["quote"] and i % 2:
                ref += "<span class=\"quote\">&gt;%s</span><br/>" % esc(c["quote"].split(",")[0])
        trip = "<span class=\"trip\">!!%s</span>" % handle(c["author"])[:6].capitalize() if c["author"] != "Anonymous" else ""
        name = esc(c["author"])
        cls = "post op" if i == 0 else "post reply"
        subj = "<span class=\"subject\">%s</span> " % esc(SUBJECT) if i == 0 else ""
        files = "<div class=\"files\"><div class=\"file\"><p class=\"fileinfo\">File: <a href=\"/rides/src/1764.jpg\">1764.jpg</a> <span class=\"unimportant\">(88.41 KB, 800x600)</span></p><img class=\"post-image\" src=\"/rides/thumb/1764.jpg\" alt=\"\"></div></div>" if i == 0 else ""
        rows.append(("%s<div class=\"%s\" id=\"%s_%d\"><p class=\"intro\"><input type=\"checkbox\" class=\"delete\" name=\"delete_%d\" id=\"delete_%d\"><label for=\"delete_%d\">%s<span class=\"name\">%s</span>%s "
                     "<time datetime=\"%s\">%s</time></label>&nbsp;<a class=\"post_no\" id=\"post_no_%d\" href=\"/rides/res/%d.html#%d\">No.</a><a class=\"post_no\" href=\"/rides/res/%d.html#q%d\">%d</a>%s</p>"
                     "<div class=\"body\">%s%s</div></div>%s") % (
            files, cls, "op" if i == 0 else "reply", no, no, no, no, subj, name, trip, t.strftime("%Y-%m-%dT%H:%M:%SZ"), t.strftime("%m/%d/%y (%a) %H:%M:%S"),
            no, 88400 + posts[0]["id"], no, 88400 + posts[0]["id"], no, no, " <a href=\"/rides/res/%d.html\">[Reply]</a>" % no if i == 0 else "",
            ref, "<br/><br/>".join(esc(p) for p in c["paras"]), "<br class=\"clear\"/><hr/>" if i == 0 else "<br/>"))
    body = ("<div class=\"boardlist\">[ <a>b</a> / <a>rides</a> / <a>kit</a> ] [ <a>Home</a> ]</div><header><h1>/rides/ - Club Rides</h1><div class=\"subtitle\">Hollins Wheelers anonymous board</div></header>"
            "<div class=\"banner\">Posting mode: Reply <a>[Return]</a> <a>[Go to bottom]</a></div><form name=\"post\"><table><tr><th>Name</th><td><input type=\"text\" name=\"name\"></td></tr><tr><th>Comment</th><td><textarea name=\"body\"></textarea></td></tr></table></form><hr/>"
            "<form name=\"postcontrols\"><div class=\"thread\" id=\"thread_%d\">%s</div><div id=\"thread-interactions\"><span id=\"thread-links\"><a>[Return]</a> <a>[Go to top]</a></span>"
            "<span id=\"thread-quick-reply\"><a>[Post a Reply]</a></span></div></form><footer><p class=\"unimportant\">All trademarks and copyrights on this page are owned by their respective parties. Powered by vichan 5.1.4</p></footer>") % (
        88400 + posts[0]["id"], "".join(rows))
    return base.page_wrap("/rides/ - %s" % SUBJECT, body)


def textboard(posts):
    """2channel-style read.cgi: dl.thread, per post dt '1 Name: X : 2026/11/21(Sat) 14:14:05 ID:abc' and dd body; '>>n' names the parent."""
    rows = []
    for i, c in enumerate(posts):
        t = c["time"]
        ref = "<a href=\"/test/read.cgi/rides/1764001/%d\" target=\"_blank\">&gt;&gt;%d</a><br> " % (c["parent"] + 1, c["parent"] + 1) if c["parent"] is not None else ""
        name = "<a href=\"mailto:sage\"><b>%s</b></a>" % esc(c["author"]) if i % 3 == 1 else "<font color=\"green\"><b>%s</b></font>" % esc(c["author"])
        rows.append("<dt>%d Name: %s : %s ID:%s</dt><dd> %s%s <br><br></dd>" % (
            i + 1, name, t.strftime("%Y/%m/%d(%a) %H:%M:%S.") + "%02d" % (c["id"] % 100), handle(c["author"])[:4].capitalize() + "x%d" % (c["id"] % 97),
            ref, " <br> ".join(esc(p) for p in c["paras"])))
    body = ("<a href=\"/rides/\">&#9632; Back to board</a> <a>All</a> <a>First 100</a> <a>Latest 50</a><hr>"
            "<h1 style=\"color:red;font-size:larger;font-weight:normal;margin:-.5em 0 0;\">%s</h1><dl class=\"thread\">%s</dl><hr>"
            "<a>Return</a> <a>All</a> <a>Next 100</a> <a>Latest 50</a><hr><form method=\"POST\"><input type=\"submit\" value=\"Write\"> Name: <input name=\"FROM\"> E-mail: <input name=\"mail\"><br><textarea name=\"MESSAGE\"></textarea></form>"
            "<p>read.cgi ver 06.0.4 (2026/11/01)</p>") % (esc(SUBJECT), "".join(rows))
    return base.page_wrap(SUBJECT, body)


def publicinbox(posts):
    """public-inbox /T/ flat view: each message a <pre> with '* Re: subject', 'From: X @ date (permalink / raw)', To/Cc, then the
    body with an 'On <date>, X wrote:' head and '> ' quoted lines (the parent), '-- ' signatures; the thread overview at the end."""
    rows = []
    for i, c in enumerate(posts):
        t = c["time"]
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            pt = p["time"]
            q = "On %s, %s %d %s %d at %s, %s wrote:\n&gt; %s\n&gt;\n\n" % (pt.strftime("%a"), "", pt.day, mon(pt)[:3], pt.year, pt.strftime("%H:%M"), esc(p["author"]), esc(c["quote"]))
            q = q.replace(",  ", ", ")
        s = sig(c)
        s = "\n-- \n%s\n" % esc(s) if s else ""
        mid = "%d.%s@example.org" % (c["id"], handle(c["author"])[:5])
        irt = "" if i == 0 else "  In-Reply-To: &lt;<a href=\"#m%d\">%d.%s@example.org</a>&gt;\n" % (
            (posts[c["parent"]] if c["parent"] is not None else posts[0])["id"], (posts[c["parent"]] if c["parent"] is not None else posts[0])["id"],
            handle((posts[c["parent"]] if c["parent"] is not None else posts[0])["author"])[:5])
        rows.append(("<pre><a href=\"#e%d\" id=\"m%d\">*</a> <b>%s</b>\n  %s @ %s UTC (<a href=\"/rides/%s/\">permalink</a> / <a href=\"/rides/%s/raw\">raw</a>)\n"
                     "  To: ride-list\n%s\n%s%s\n%s</pre><hr>") % (
            c["id"], c["id"], esc(("Re: " if i else "") + SUBJECT), esc(c["author"]), t.strftime("%Y-%m-%d %H:%M"), mid, mid, irt,
            q, "\n\n".join(esc(p) for p in c["paras"]), s))
    ov = "\n".join("%s %s %s%s" % ("@" if k == 0 else " ", c["time"].strftime("%Y-%m-%d %H:%M"), "  " * (0 if c["parent"] is None else 1) + ("` " if k else ""), esc(c["author"]))
                   for k, c in enumerate(posts))
    body = ("<pre>Hollins Wheelers ride list\n <a href=\"/rides/\">help</a> / <a>color</a> / <a>mirror</a> / <a>Atom feed</a></pre><hr>%s"
            "<pre>end of thread, other threads:[<a href=\"#r\">~2026-11-24 09:12 UTC</a> | newest]\n\n<b id=\"r\">Thread overview:</b> %d+ messages (download: <a>mbox.gz</a> / follow: <a>Atom feed</a>)\n-- links below jump to the message on this page --\n%s\n\n"
            "This is a public inbox, see <a>mirroring instructions</a> for how to clone and mirror all data and code used for this inbox</pre>") % (
        "".join(rows), len(posts), ov)
    return base.page_wrap("%s" % SUBJECT, body)


def liquidthreads(cs):
    def one(i):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k) for k in kids(cs, i))
        sub = "<div class=\"lqt-replies\">%s</div>" % sub if sub else ""
        edited = "<span class=\"lqt-edited-notice lqt-edited-notice-by-author\">Edited by author.</span>" if i % 5 == 3 else ""
        return ("<div class=\"lqt-thread-wrapper\"><div class=\"lqt_thread %s lqt-thread-%s\" id=\"lqt_thread_id_%d\">%s<div class=\"lqt-post-wrapper\">"
                "<div class=\"lqt-post-sep\">&nbsp;</div><div class=\"lqt_post\" id=\"lqt-post-%d\"><div class=\"mw-content-ltr\">%s</div></div>"
                "<div class=\"lqt-thread-signature\"><a href=\"/wiki/User:%s\" title=\"User:%s\" class=\"mw-userlink\">%s</a> <span class=\"mw-usertoollinks\">(<a>talk</a> | <a>contribs</a>)</span></div>"
                "<div class=\"lqt-thread-toolbar-timestamp\"><a href=\"/wiki/Thread:Talk:Sunday_rides/%d\">%s, %d %s %d</a></div>%s"
                "<ul class=\"lqt-thread-toolbar-commands\"><li class=\"lqt-command-reply\"><a>Reply</a></li><li class=\"lqt-command-thank\"><a>Thank</a></li><li><a>More</a></li></ul></div>%s</div></div>") % (
            "lqt-thread-topmost" if i == 0 else "lqt-thread-reply", "topmost" if i == 0 else "reply", c["id"],
            "<h2 class=\"lqt_header\" id=\"lqt-header-%d\"><span class=\"mw-headline\">%s</span></h2>" % (c["id"], esc(SUBJECT)) if i == 0 else "",
            c["id"], ps(c), esc(c["author"].replace(" ", "_")), esc(c["author"]), esc(c["author"]), c["id"], t.strftime("%H:%M"), t.day, mon(t), t.year, edited, sub)
    body = ("<div id=\"mw-page-base\"></div><div id=\"content\" class=\"mw-body\"><h1 id=\"firstHeading\" class=\"firstHeading\">Talk:Sunday rides</h1>"
            "<div id=\"bodyContent\"><div id=\"siteSub\">From Hollins Wheelers Wiki</div><div id=\"mw-content-text\"><div class=\"lqt-talkpage-header\"><p>Use this page to discuss the Sunday ride. Sign nothing: LiquidThreads does it for you.</p></div>"
            "<div class=\"lqt-talkpage-actions\"><a class=\"lqt-talkpage-addnew\">Start a new discussion</a> <span>Sort by: Last modified</span></div>"
            "<div class=\"lqt-toc-wrapper\"><table class=\"lqt_toc\"><tr><th>Thread title</th><th>Replies</th><th>Last modified</th></tr><tr><td>%s</td><td>%d</td><td>09:12, 24 November 2026</td></tr>"
            "<tr><td>Lights on the winter rides</td><td>3</td><td>18:40, 2 November 2026</td></tr></table></div>%s"
            "<div class=\"lqt-thread-wrapper lqt-thread-collapsed\"><h2 class=\"lqt_header\">Lights on the winter rides</h2><div class=\"lqt-thread-replies-summary\">3 replies (collapsed)</div></div>"
            "</div></div></div><div id=\"footer\"><ul><li>This page was last edited on 24 November 2026, at 09:12.</li><li><a>Privacy policy</a></li><li><a>About Hollins Wheelers Wiki</a></li></ul></div>") % (
        esc(SUBJECT), len(cs) - 1, one(0))
    return base.page_wrap("Talk:Sunday rides - Hollins Wheelers Wiki", body)


def q2a(cs):
    """Question2Answer: the question, answers (top-level) and comment lists under the question or an answer (children)."""
    def meta(c, what, pfx):
        t = c["time"]
        k = NAMES.index(c["author"])
        return ("<span class=\"qa-%s-avatar-meta\"><span class=\"qa-%s-meta\"><a class=\"qa-%s-what\">%s</a> <span class=\"qa-%s-when\"><span class=\"qa-%s-when-data\">"
                "<time itemprop=\"dateCreated\" datetime=\"%s\" title=\"%s\">%s %d, %d</time></span></span> <span class=\"qa-%s-who\"><span class=\"qa-%s-who-pad\">by </span>"
                "<span class=\"qa-%s-who-data\" itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\"><a href=\"/user/%s\" class=\"qa-user-link\" itemprop=\"name\">%s</a></span>"
                "<span class=\"qa-%s-who-points\"><span class=\"qa-%s-who-points-pad\">(</span><span class=\"qa-%s-who-points-data\">%s</span><span class=\"qa-%s-who-points-pad\"> points)</span></span></span></span></span>") % (
            pfx, pfx, pfx, what, pfx, pfx, t.strftime("%Y-%m-%dT%H:%M:%S+0000"), t.strftime("%Y-%m-%dT%H:%M:%S+0000"), mon(t)[:3], t.day, t.year, pfx, pfx, pfx,
            esc(c["author"].replace(" ", "+")), esc(c["author"]), pfx, pfx, pfx, ["1.2k", "305", "48", "2.9k", "12"][k % 5], pfx)

    def vote(c, pfx):
        return ("<div class=\"qa-%s-item-stats\"><div class=\"qa-voting qa-voting-net\"><button class=\"qa-vote-first-button qa-vote-up-button\" title=\"Click to vote up\">+</button>"
                "<div class=\"qa-vote-count qa-vote-count-net\"><span class=\"qa-netvote-count\"><span class=\"qa-netvote-count-data\">%d</span><span class=\"qa-netvote-count-pad\"> votes</span></span></div>"
                "<button class=\"qa-vote-second-button qa-vote-down-button\" title=\"Click to vote down\">&ndash;</button></div></div>") % (pfx, c["likes"] or 0)

    def comments(i):
        out = []
        for k in kids(cs, i):
            c = cs[k]
            out.append("<div class=\"qa-c-list-item\" id=\"c%d\" itemscope itemtype=\"https://schema.org/Comment\"><div class=\"qa-c-item-content qa-post-content\"><div itemprop=\"text\">%s</div></div>"
                       "<span class=\"qa-c-item-avatar-meta\">%s</span><div class=\"qa-c-item-buttons\"><button>reply</button> <button>flag</button></div></div>" % (
                           c["id"], tx(c), meta(c, "commented", "c-item")))
        return "<div class=\"qa-%s-c-list\">%s</div>" % ("q-view" if i == 0 else "a-item", "".join(out)) if out else ""

    q = cs[0]
    answers = [k for k, c in enumerate(cs) if k and c["parent"] is None]
    alist = []
    for n, k in enumerate(answers):
        c = cs[k]
        best = "<div class=\"qa-a-selected\"><span class=\"qa-a-selected-text\">Best answer</span></div>" if n == 1 else ""
        alist.append(("<div class=\"qa-a-list-item%s\" id=\"a%d\" itemprop=\"suggestedAnswer\" itemscope itemtype=\"https://schema.org/Answer\">%s<div class=\"qa-a-item-main\">%s"
                      "<div class=\"qa-a-item-content qa-post-content\"><div itemprop=\"text\">%s</div></div>%s<div class=\"qa-a-item-buttons\"><button>comment</button> <button>flag</button></div>%s</div></div>") % (
            " qa-a-list-item-selected" if n == 1 else "", c["id"], vote(c, "a"), best, ps(c), meta(c, "answered", "a-item"), comments(k)))
    body = ("<div class=\"qa-body-wrapper\"><div class=\"qa-header\"><div class=\"qa-logo\"><a class=\"qa-logo-link\">Hollins Wheelers Q&amp;A</a></div>"
            "<div class=\"qa-nav-main\"><ul><li>Questions</li><li>Unanswered</li><li>Tags</li><li>Users</li><li>Ask a Question</li></ul></div></div>"
            "<div class=\"qa-main\"><h1><a href=\"/412/sunday-club-ride\"><span class=\"entry-title\" itemprop=\"name\">%s</span></a></h1>"
            "<div class=\"qa-part-q-view\"><div class=\"qa-q-view\" id=\"q%d\" itemscope itemtype=\"https://schema.org/Question\">%s<div class=\"qa-q-view-main\">"
            "<div class=\"qa-q-view-content qa-post-content\"><div itemprop=\"text\">%s</div></div><div class=\"qa-q-view-tags\"><ul><li>club-rides</li><li>sunday</li></ul></div>%s"
            "<div class=\"qa-q-view-buttons\"><button>answer</button> <button>comment</button></div>%s</div></div></div>"
            "<div class=\"qa-part-a-list\"><h2 id=\"a_list_title\"><span itemprop=\"answerCount\">%d</span> Answers</h2><div class=\"qa-a-list\">%s</div></div>"
            "<div class=\"qa-part-q-list\"><h2>Related questions</h2><ul><li>Which cafe stops open before ten?</li><li>Is the quarry lane safe in winter?</li></ul></div></div>"
            "<div class=\"qa-footer\">Powered by Question2Answer</div></div>") % (
        esc(SUBJECT), q["id"], vote(q, "q"), ps(q), meta(q, "asked", "q-view"), comments(0), len(answers), "".join(alist))
    return base.page_wrap("%s - Hollins Wheelers Q&amp;A" % SUBJECT, body)


def advforum(posts):
    rows = []
    for i, c in enumerate(posts):
        t = c["time"]
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = "<blockquote class=\"quote-msg\"><div class=\"quote-author\"><em>%s</em> wrote:</div>%s</blockquote>" % (esc(p["author"]), esc(c["quote"]))
        s = sig(c)
        s = "<div class=\"author-signature\">%s</div>" % esc(s) if s else ""
        k = NAMES.index(c["author"])
        rows.append(("<div id=\"post-%d\" class=\"forum-post clearfix en posted-by-%d\"><div class=\"forum-post-info clearfix\"><div class=\"forum-posted-on\">%s</div>"
                     "<span class=\"forum-post-number\"><a href=\"/forum/topic/412#comment-%d\" class=\"active\">#%d</a></span></div>"
                     "<div class=\"forum-post-wrapper\"><div class=\"forum-post-panel-sub\"><div class=\"author-pane\"><div class=\"author-pane-inner\"><div class=\"author-pane-section author-pane-general\">"
                     "<div class=\"author-pane-line author-name\"><a href=\"/users/%s\" class=\"username\" title=\"View user profile.\">%s</a></div>"
                     "<div class=\"author-pane-line author-picture\"><img src=\"/pictures/%d.jpg\" alt=\"%s's picture\"></div><div class=\"author-pane-line author-offline\">Offline</div>"
                     "<div class=\"author-pane-line author-joined\"><span class=\"author-pane-label\">Joined:</span> %s</div>"
                     "<div class=\"author-pane-line author-posts\"><span class=\"author-pane-label\">Posts:</span> %d</div>"
                     "<div class=\"author-pane-line author-points\"><span class=\"author-pane-label\">Points:</span> %d</div></div></div></div></div>"
                     "<div class=\"forum-post-panel-main clearfix\"><div class=\"forum-post-title\">%s</div><div class=\"forum-post-content\"><div class=\"field field-name-comment-body\">%s%s</div></div>%s</div></div>"
                     "<div class=\"forum-post-footer clearfix\"><div class=\"forum-jump-links\"><a href=\"#forum-topic-top\" title=\"Jump to top of page\">Top</a></div>"
                     "<div class=\"forum-post-links\"><ul class=\"links inline\"><li class=\"comment_forbidden first last\"><span><a>Log in</a> or <a>register</a> to post comments</span></li></ul></div></div></div>") % (
            c["id"], 80 + k, t.strftime("%a, %m/%d/%Y - %H:%M"), c["id"], i + 1, handle(c["author"]), esc(c["author"]), k, esc(c["author"]),
            joined(c).strftime("%m/%d/%Y") if i % 2 else "%d years %d months" % (2026 - joined(c).year, 11 - joined(c).month % 11), posts_n(c), posts_n(c) * 3,
            esc(("Re: " if i else "") + SUBJECT) if i else "", q, ps(c), s))
    body = ("<div id=\"page\"><header id=\"header\"><a class=\"logo\">Hollins Wheelers</a><nav><ul class=\"menu\"><li>Home</li><li>Rides</li><li>Forum</li><li>Contact</li></ul></nav></header>"
            "<div id=\"main\"><h1 class=\"title\" id=\"page-title\">%s</h1><div id=\"forum-topic-header\" class=\"forum-topic-header clearfix\"><div class=\"topic-post-count\">%d replies [Last post]</div>"
            "<div class=\"last-post-link\"><a>Last post</a></div><div class=\"reply-link\"><a>Log in to post new content in the forum.</a></div></div><div id=\"forum-comments\">%s</div>"
            "<div class=\"item-list\"><ul class=\"pager\"><li class=\"pager-current first\">1</li><li class=\"pager-item\"><a>2</a></li><li class=\"pager-next\"><a>next &rsaquo;</a></li></ul></div></div>"
            "<footer id=\"footer\"><p>Hollins Wheelers CC &middot; affiliated to British Cycling</p></footer></div>") % (esc(SUBJECT), len(posts) - 1, "".join(rows))
    return base.page_wrap("%s | Hollins Wheelers" % SUBJECT, body)


def ning(cs):
    """Ning discussion: the opening post on top ('Posted by X on <date>'), replies as dl.discussion with an indent class i0..i2."""
    q = cs[0]
    t = q["time"]
    rows = []
    for i, c in enumerate(cs[1:], 1):
        ct = c["time"]
        rows.append(("<dl class=\"discussion clear i%d xg_lightborder\" id=\"6407%d:Comment:%d\"><dt class=\"byline\"><a class=\"smallthumb\"><img src=\"/profile/%d.jpg\" width=\"48\" height=\"48\" alt=\"\"></a>"
                     "<span class=\"timestamp\">Reply by <a class=\"fn url\" href=\"/profile/%s\">%s</a> on %s %d, %d at %s</span></dt>"
                     "<dd><div class=\"description\"><div class=\"xg_user_generated\">%s</div></div></dd>"
                     "<dd><ul class=\"actionlinks\"><li class=\"actionlink\"><a class=\"desc reply\">Reply</a></li><li class=\"actionlink\"><a class=\"desc quote\">Quote</a></li><li><a>Permalink</a></li></ul></dd></dl>") % (
            min(c["depth"] - 1, 2), c["id"], c["id"], NAMES.index(c["author"]), handle(c["author"]), esc(c["author"]), mon(ct), ct.day, ct.year, ampm(ct, "", True), ps(c)))
        if i == 3:
            rows.append("<div class=\"xg_module adsense\"><span>Sponsored</span> <a>Clip-in pedals half price this weekend</a></div>")
    body = ("<div id=\"xg_head\"><div id=\"xg_masthead\"><p id=\"xg_sitename\"><a>Hollins Wheelers Network</a></p></div><ul id=\"xg_navigation\"><li>Main</li><li>My Page</li><li>Members</li><li>Forum</li><li>Events</li></ul></div>"
            "<div id=\"xg_body\"><div class=\"xg_column xg_span-16\"><div class=\"xg_module xg_module_with_dialog\"><div class=\"xg_headline xg_headline-img\">"
            "<div class=\"ib\"><img src=\"/profile/%d.jpg\" width=\"64\" height=\"64\" alt=\"\"></div><div class=\"tb\"><h1>%s</h1>"
            "<ul class=\"navigation byline\"><li><a class=\"nolink\">Posted by </a><a href=\"/profile/%s\">%s</a> on %s %d, %d at %s</li><li><a>View Discussions</a></li></ul></div></div>"
            "<div class=\"xg_module_body\"><div class=\"discussion\" data-category-id=\"6407\"><div class=\"description\"><div class=\"xg_user_generated\">%s</div></div>"
            "<p class=\"small\">Tags: <a>sunday</a>, <a>rides</a></p><div class=\"left-panel\"><p class=\"share-links\"><a>Share</a> <a>Facebook</a></p></div></div></div></div>"
            "<div class=\"xg_module\"><div class=\"xg_module_body\"><h3 id=\"comments\">Replies to This Discussion</h3>%s</div></div>"
            "<div class=\"xg_module\"><div class=\"xg_module_body\"><p><a>RSS</a></p><p>Views: 268</p></div></div></div>"
            "<div class=\"xg_column xg_span-5 xg_last\"><div class=\"xg_module\"><div class=\"xg_module_head\"><h2>Welcome to Hollins Wheelers Network</h2></div><p><a>Sign Up</a> or <a>Sign In</a></p></div>"
            "<div class=\"xg_module\"><div class=\"xg_module_head\"><h2>Latest Activity</h2></div><ul><li>Gita Sharma updated their profile</li><li>Bogdan posted a photo</li></ul></div></div></div>"
            "<div id=\"xg_foot\"><p>&copy; 2026 Created by Hollins Wheelers. Powered by <a>Ning</a></p></div>") % (
        NAMES.index(q["author"]), esc(SUBJECT), handle(q["author"]), esc(q["author"]), mon(t), t.day, t.year, ampm(t, "", True), ps(q), "".join(rows))
    return base.page_wrap("%s - Hollins Wheelers Network" % SUBJECT, body)


def narkive(posts):
    """narkive-style Usenet / list archive: per message a header (name, date, Permalink, Raw Message) and the body, with
    'Post by X' above the '> ' quoted lines of the parent and a '-- ' signature."""
    rows = []
    for i, c in enumerate(posts):
        t = c["time"]
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = "<div class=\"quote-by\">Post by %s</div><div class=\"quote\">%s</div>" % (esc(p["author"]), esc(c["quote"]))
        s = sig(c)
        s = "<div class=\"signature\">--<br>%s</div>" % esc(s) if s else ""
        rows.append(("<div class=\"post\" id=\"post%d\"><div class=\"post-header\"><div class=\"author\"><span class=\"avatar\">%s</span><span class=\"name\">%s</span>"
                     "<span class=\"date\">%s UTC</span></div><div class=\"post-tools\"><a href=\"#post%d\">Permalink</a> <a>Raw Message</a></div></div>"
                     "<div class=\"message\">%s%s%s</div></div>") % (
            i + 1, esc(c["author"][0].upper()), esc(c["author"]), t.strftime("%Y-%m-%d %H:%M:%S"), i + 1, q, ps(c), s))
        if i == 2:
            rows.append("<div class=\"ad\">Advertisement</div>")
    body = ("<nav class=\"navbar\"><a class=\"brand\">narkive</a> <form><input placeholder=\"Search\"></form></nav><div class=\"container\"><ol class=\"breadcrumb\"><li>uk.rec.cycling.clubs</li></ol>"
            "<h1>%s</h1><p class=\"thread-info\">(too old to reply)</p><div class=\"posts\">%s</div><div class=\"thread-end\">%d Replies<br>%d Views</div>"
            "<div class=\"related\"><h3>Discussion Overview</h3><ul><li>Which lights for the winter rides?</li></ul></div></div><footer>narkive &copy; 2026</footer>") % (
        esc(SUBJECT), "".join(rows), len(posts) - 1, 212)
    return base.page_wrap("%s" % SUBJECT, body)


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

    posts = forum(10, likes=True)
    write("wpforo", wpforo(posts), g("wpforo", posts, True, "wpForo (WordPress): left author cell (title, stars, Joined, Posts) not text; 'Posted by: @x' quote boxes not text, the "
                                     "quoted post is the parent; signatures not text; 'n Likes' (none shown for 0); an ad after the first post", zero_shown=False))
    posts = forum(9, likes=True)
    write("asgaros", asgaros(posts), g("asgaros", posts, True, "Asgaros Forum: author block with 'Topic starter', 'Posts: n', rank not text; 'Quote from X on <date>' not text, "
                                       "the quoted post is the parent; thumbs-up count is likes (none for 0)", zero_shown=False))
    posts = forum(10)
    write("yabb", yabb(posts), g("yabb", posts, False, "YaBB 2.5 tables: user cell (member group, stars, Offline, personal text, Posts, Gender) not text; "
                                 "'Reply #n - Nov 21st, 2026 at 2:14pm'; 'Quote from X on ...:' not text, the quoted post is the parent; signatures not text"))
    posts = forum(10)
    write("snitz", snitz(posts), g("snitz", posts, False, "Snitz Forums 2000: author cell (rank, stars, country, 'n Posts') not text; 'Posted - 11/21/2026 : 14:14:05'; "
                                   "'quote: Originally posted by X' not text, the quoted post is the parent; 'Edited by' notes and signatures not text; an ad row"))
    posts = forum(9, likes=True)
    for c in posts:
        c["likes"] = c["likes"] % 6
    write("webwiz", webwiz(posts), g("webwiz", posts, True, "Web Wiz Forums: the name in a title row ABOVE the side profile (rank, Joined, Location, Online Status, Posts) "
                                     "and the body; 'Thanks(n)' is likes; 'Posted: 21 Nov 2026 at 2:14pm'; 'Originally posted by X' not text, the quoted post is the parent"))
    posts = forum(9)
    write("fudforum", fudforum(posts), g("fudforum", posts, False, "FUDforum: subject/date row, then a user row (avatar, name, Messages, Registered, Location, rank), then the body; "
                                         "'X wrote on <date>' cites not text, the quoted post is the parent; signatures not text"))
    posts = forum(9)
    write("xmb", xmb(posts), g("xmb", posts, False, "XMB: user cell (rank, stars, Posts, Registered, Location, 'Member Is Offline', Mood) not text; 'posted on 21-11-2026 at 02:14 PM'; "
                                 "'Quote: Originally posted by X' not text, the quoted post is the parent; '____' signatures not text"))
    posts = base.chronological(11, likes=False, p_reply=0.5)
    posts[0]["paras"] = list(OPENER)
    for k, c in enumerate(posts):
        c["quote"] = posts[c["parent"]]["paras"][0] if c["parent"] is not None else None
        if k and k % 3 != 1:
            c["author"] = "Anonymous"
    posts[0]["author"] = "Anonymous"
    write("imageboard", imageboard(posts), g("imageboard", posts, False, "vichan-style imageboard: OP and replies; 'Anonymous' or a name with a tripcode (the tripcode is not the author); "
                                             "'>>n' names the parent and is not text, nor the '>' greentext quote under it; '11/21/26 (Sat) 14:14:05'"))
    posts = base.chronological(10, likes=False, p_reply=0.45)
    posts[0]["paras"] = list(OPENER)
    for k, c in enumerate(posts):
        c["quote"] = None
        if k % 2:
            c["author"] = "Anonymous"
    write("textboard", textboard(posts), g("textboard", posts, False, "2channel-style textboard: 'n Name: X : 2026/11/21(Sat) 14:14:05.12 ID:abc' head per post (dt) and "
                                           "the body (dd); '>>n' names the parent (post number n) and is not text"))
    posts = forum(9)
    write("publicinbox", publicinbox(posts), g("publicinbox", posts, False, "public-inbox /T/ flat view: one <pre> per message ('* Re: subject', 'X @ 2026-11-21 14:14 UTC "
                                               "(permalink / raw)', To, In-Reply-To); 'On <date>, X wrote:' and '> ' lines not text, the quoted message is the parent; "
                                               "'-- ' signatures not text; a thread overview at the end"))
    cs = rooted(10, max_depth=4)
    write("liquidthreads", liquidthreads(cs), g("liquidthreads", cs, False, "MediaWiki LiquidThreads: nested lqt_thread divs, the signature line (user, talk, contribs) and "
                                                "the '14:14, 21 November 2026' timestamp BELOW each post; 'Edited by author.' not text; a collapsed second thread not posts"))
    cs = qa(10, likes=True, max_depth=1)
    for c in cs:
        if c["parent"] is not None:
            c["likes"] = None
    write("q2a", q2a(cs), g("q2a", cs, True, "Question2Answer: question and answers are posts, comments under an answer are its children; 'answered <date> by X (n points)' "
                                             "meta below the text; 'n votes' is likes (none on comments); 'Best answer' not text"))
    posts = forum(9)
    write("advforum", advforum(posts), g("advforum", posts, False, "Drupal Advanced Forum: author pane (name, picture, Offline, Joined, Posts, Points) beside the post, "
                                         "'Sat, 11/21/2026 - 14:14' and '#n' above; 'X wrote:' quotes not text, the quoted post is the parent; signatures not text"))
    cs = rooted(11, max_depth=3)
    write("ning", ning(cs), g("ning", cs, False, "Ning threaded discussion: the opening post under the title ('Posted by X on <date>'), replies as dl.discussion "
                                                "with indent classes i0..i2 (a reply's parent is the nearest shallower one above); a sponsored box between replies"))
    posts = forum(9)
    write("narkive", narkive(posts), g("narkive", posts, False, "narkive-style archive: header (initial, name, date, Permalink, Raw Message) per message; "
                                       "'Post by X' and the quoted lines not text, the quoted message is the parent; '--' signatures not text"))
    print("\n".join(written))


if __name__ == "__main__":
    main()
