#!/usr/bin/python3
"""Writes the second batch of hand-designed thread pages: forum and old-blog markups that make_pages.py covers with one
page each or not at all (phpBB 2 tables, vBulletin 3 tables, SMF 1 tables, `dl`/`dt`/`dd` comment lists, phpBB 3 with
signatures and nested quotes, XenForo 1, Invision 3, Discourse and link-aggregator likes), several variants each, with
the clutter real forums put into a post (signatures, "X wrote:" quotes, post counts, "Quote"/"Report" buttons,
"Last edited by"), relative times ("Today, 4:15 pm", "3 hours ago", read against the page's own "It is currently"
clock) and likes as "12 points", "\u25b2 12", "Like (3)". Other topics, names and sentences than make_pages.py, so the two
batches do not share text. Fixed seed: the same pages every run.  Usage: make_forum_pages.py [OUT_DIR]"""
import datetime as dt
import html
import json
import os
import random
import sys

R = random.Random(20261207)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

TOPICS = {
    "clutch": ("Clutch slipping on a 2004 estate, replace the flywheel too?",
               ["My clutch started slipping in fourth gear last week, mostly when pulling away uphill with a full load.",
                "The car has done about 190,000 km on the original clutch. The garage quoted 900 for a kit and 650 more for a dual-mass flywheel. Is the flywheel really needed?"],
               ["if the flywheel rattles at idle it is worn", "a single-mass conversion kit is cheaper but noisier",
                "the labour is the same so do both at once", "check the slave cylinder for leaks first",
                "my garage charged less than half of that", "the gearbox has to come out either way",
                "a slipping clutch can also be oil from the rear main seal", "buy the kit from a known brand, not the cheapest one",
                "measure the flywheel play before you decide", "I did mine on axle stands over two weekends"]),
    "sourdough": ("Sourdough starter smells of nail polish after a week",
                  ["I started a rye starter eight days ago and feed it once a day with equal weights of flour and water.",
                   "Since yesterday it smells strongly of nail polish remover and barely rises. Did I kill it, or is this normal?"],
                  ["that smell means it is hungry, feed it twice a day", "switch to a stiffer starter for a few days",
                   "keep it somewhere warmer, around 26 degrees", "discard more before each feed",
                   "rye starters always go through a smelly phase", "use filtered water if your tap water is chlorinated",
                   "mine took almost three weeks before it doubled reliably", "do not put the lid on tight",
                   "a spoon of whole wheat flour woke mine up", "it is almost impossible to kill a starter that young"]),
    "router": ("Home network drops every evening around 8 pm",
               ["Every evening the wifi drops for a few seconds at a time, always between eight and eleven.",
                "Cable connections stay up, so I suspect interference from the neighbours. The router is the one from the provider. Any ideas before I buy a new one?"],
               ["change the 2.4 GHz channel to 1, 6 or 11", "run a wifi analyser app and see how crowded it is",
                "turn off band steering on the provider router", "the 5 GHz band is much less crowded",
                "check whether the router reboots, the uptime tells you", "a cheap access point fixed it for me",
                "ask the provider for a newer model, they swap them for free", "update the firmware first",
                "set a fixed channel width of 20 MHz on 2.4 GHz", "microwaves can do exactly this"]),
}
OPENERS = ["Had the same thing last year:", "In my experience", "Short answer:", "Honestly,", "For what it is worth,",
           "Agree with the above,", "Not what you want to hear, but", "Quick tip:", "Before anything else,",
           "I would say", "Same here,", "From someone who learned the hard way:"]
CLOSERS = ["Good luck!", "Let us know how it goes.", "Hope that helps.", "Cheers.", "Worked for me anyway.",
           "Keep us posted.", "That is my two pennies.", "Do not give up on it.", "Report back!", ""]
NAMES = ["wrenchmonkey", "Ingrid S.", "old_timer_58", "Kofi Mensah", "crumb&crust", "netgeek", "Beatrix", "pete_r",
         "Marta Lind", "stevo2000", "DIY Dan", "la_boulangere", "hamid.k", "Zoe T", "grumpyvolvo", "Ruth O'Neill",
         "byte_me", "Lukas", "mrs_miggins", "T. Okafor"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
NOW = dt.datetime(2026, 11, 20, 18, 31)  # the pages' own clock ("It is currently Fri Nov 20, 2026 6:31 pm")


def esc(s):
    return html.escape(s, quote=True)


def sentence(topic):
    s = "%s %s. %s" % (R.choice(OPENERS), R.choice(TOPICS[topic][2]), R.choice(CLOSERS))
    return (s[0].upper() + s[1:]).strip()


def thread(topic, n, quoting=True, likes=False, start=None, spread=(20, 600)):
    """The opening post and n replies in page order; a reply quotes an earlier post with probability 0.35."""
    title, opening, _ = TOPICS[topic]
    t = start or dt.datetime(2026, 11, R.randint(2, 12), R.randint(7, 21), R.randint(0, 59))
    posts = [{"author": R.choice(NAMES), "time": t, "paras": list(opening), "parent": None, "quote": None,
              "likes": R.randint(0, 9) if likes else None, "sig": None}]
    for i in range(n):
        t = t + dt.timedelta(minutes=R.randint(*spread))
        author = R.choice([a for a in NAMES if a != posts[-1]["author"]])
        paras = [sentence(topic) for _ in range(R.choice([1, 1, 2, 3]))]
        parent = quote = None
        if quoting and R.random() < 0.35:
            parent = R.randrange(len(posts))
            quote = posts[parent]["paras"][0]
        posts.append({"author": author, "time": t, "paras": paras, "parent": parent, "quote": quote,
                      "likes": R.randint(0, 25) if likes else None, "sig": None})
    # some members have a signature, the same under each of their posts (it is not part of the post)
    sigs = {a: R.choice(["Two wheels good, four wheels expensive.", "Currently driving: 2004 V70 2.4, 310k km",
                         "If it ain't broke, take it apart anyway.", "Bake, eat, repeat.",
                         "My opinions are my own and usually wrong."]) for a in NAMES if R.random() < 0.4}
    for p in posts:
        p["sig"] = sigs.get(p["author"])
    return title, posts


def ampm(t):
    return "%d:%02d %s" % (t.hour % 12 or 12, t.minute, "am" if t.hour < 12 else "pm")


def mon(t):
    return MONTHS[t.month - 1]


def page(title, body, head=""):
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%s</title>%s</head><body>%s</body></html>"
            % (esc(title), head, body))


# ---------------------------------------------------------------- forums in tables

def phpbb2(title, posts, quotes_style=True, eu_dates=False):
    """phpBB 2 (subSilver): name cell and post cell side by side; profile buttons and a spacer in their own rows."""
    rows = []
    for n, p in enumerate(posts):
        row = "row%d" % (n % 2 + 1)
        when = ("%02d %s %d %02d:%02d" % (p["time"].day, mon(p["time"])[:3], p["time"].year, p["time"].hour, p["time"].minute)
                if eu_dates else "%s %s %02d, %d %s" % (DAYS[p["time"].weekday()], mon(p["time"])[:3], p["time"].day,
                                                       p["time"].year, ampm(p["time"])))
        body = ""
        if p["quote"]:
            q = posts[p["parent"]]
            body += ("</span><table width=\"90%%\" cellspacing=\"1\" cellpadding=\"3\" border=\"0\" align=\"center\"><tr>"
                     "<td><span class=\"genmed\"><b>%s wrote:</b></span></td></tr><tr><td class=\"quote\">%s</td></tr></table>"
                     "<span class=\"postbody\">") % (esc(q["author"]), esc(p["quote"]))
        body += "<br /><br />".join(esc(x) for x in p["paras"])
        if p["sig"]:
            body += "<br />_________________<br />%s" % esc(p["sig"])
        rank = R.choice(["Newbie", "Regular", "Site Admin", "Member", "Veteran"])
        rows.append(
            "<tr><td width=\"150\" align=\"left\" valign=\"top\" class=\"%s\"><span class=\"name\"><a name=\"%d\"></a><b>%s</b></span><br />"
            "<span class=\"postdetails\">%s<br /><img src=\"templates/subSilver/images/rank%d.gif\" alt=\"%s\" title=\"%s\" border=\"0\" /><br /><br />"
            "Joined: %02d %s %d<br />Posts: %d<br />Location: %s</span><br /></td>"
            "<td class=\"%s\" width=\"100%%\" height=\"28\" valign=\"top\"><table width=\"100%%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\">"
            "<tr><td width=\"100%%\"><a href=\"viewtopic.php?p=%d#%d\"><img src=\"templates/subSilver/images/icon_minipost.gif\" width=\"12\" height=\"9\" alt=\"Post\" title=\"Post\" border=\"0\" /></a>"
            "<span class=\"postdetails\">Posted: %s<span class=\"gen\">&nbsp;</span>&nbsp; &nbsp;Post subject: %s%s</span></td>"
            "<td valign=\"top\" nowrap=\"nowrap\"><a href=\"posting.php?mode=quote&amp;p=%d\"><img src=\"templates/subSilver/images/lang_english/icon_quote.gif\" alt=\"Reply with quote\" title=\"Reply with quote\" border=\"0\" /></a></td></tr>"
            "<tr><td colspan=\"2\"><hr /></td></tr><tr><td colspan=\"2\"><span class=\"postbody\">%s</span><span class=\"gensmall\"></span></td></tr></table></td></tr>"
            "<tr><td class=\"%s\" width=\"150\" align=\"left\" valign=\"middle\"><span class=\"nav\"><a href=\"#top\" class=\"nav\">Back to top</a></span></td>"
            "<td class=\"%s\" width=\"100%%\" height=\"28\" valign=\"bottom\" nowrap=\"nowrap\"><table cellspacing=\"0\" cellpadding=\"0\" border=\"0\" height=\"18\" width=\"18\"><tr>"
            "<td valign=\"middle\" nowrap=\"nowrap\"><a href=\"profile.php?mode=viewprofile&amp;u=%d\"><img src=\"templates/subSilver/images/lang_english/icon_profile.gif\" alt=\"View user's profile\" title=\"View user's profile\" border=\"0\" /></a> "
            "<a href=\"privmsg.php?mode=post&amp;u=%d\"><img src=\"templates/subSilver/images/lang_english/icon_pm.gif\" alt=\"Send private message\" title=\"Send private message\" border=\"0\" /></a></td></tr></table></td></tr>"
            "<tr><td class=\"spaceRow\" colspan=\"2\" height=\"1\"><img src=\"templates/subSilver/images/spacer.gif\" alt=\"\" width=\"1\" height=\"1\" /></td></tr>"
            % (row, 5000 + n, esc(p["author"]), rank, R.randint(1, 5), rank, rank, R.randint(1, 28), mon(p["time"])[:3],
               R.randint(2003, 2008), R.randint(1, 4000), R.choice(["Leeds", "Ohio", "Bergen", "behind you", "Cork"]),
               row, 5000 + n, 5000 + n, when, "Re: " if n else "", esc(title), 5000 + n, body, row, row, n + 2, n + 2))
    return ("<table width=\"100%%\" cellspacing=\"2\" cellpadding=\"2\" border=\"0\"><tr><td align=\"left\" valign=\"bottom\" colspan=\"2\">"
            "<a class=\"maintitle\" href=\"viewtopic.php?t=812\">%s</a><br /><span class=\"gensmall\"><b></b><br />&nbsp; </span></td></tr></table>"
            "<table class=\"forumline\" width=\"100%%\" cellspacing=\"1\" cellpadding=\"3\" border=\"0\"><tr>"
            "<th class=\"thLeft\" width=\"150\" height=\"26\" nowrap=\"nowrap\">Author</th><th class=\"thRight\" nowrap=\"nowrap\">Message</th></tr>%s"
            "<tr align=\"center\"><td class=\"catBottom\" colspan=\"2\" height=\"28\"><span class=\"gensmall\">Display posts from previous: All Posts</span></td></tr></table>"
            "<table width=\"100%%\"><tr><td><span class=\"gensmall\">All times are GMT</span></td></tr></table>") % (esc(title), "".join(rows))


def vbulletin3(title, posts, today=False):
    """vBulletin 3: one table per post (table#postNNN) with a date bar, user cell and message cell; quotes in boxes."""
    out = []
    for n, p in enumerate(posts):
        pid = 70100 + n * 3
        if today and NOW.date() == p["time"].date():
            when = "Today, %02d:%02d %s" % (p["time"].hour % 12 or 12, p["time"].minute, "AM" if p["time"].hour < 12 else "PM")
        elif today and (NOW.date() - p["time"].date()).days == 1:
            when = "Yesterday, %02d:%02d %s" % (p["time"].hour % 12 or 12, p["time"].minute, "AM" if p["time"].hour < 12 else "PM")
        else:
            when = "%02d-%02d-%d, %02d:%02d %s" % (p["time"].month, p["time"].day, p["time"].year, p["time"].hour % 12 or 12,
                                                  p["time"].minute, "AM" if p["time"].hour < 12 else "PM")
        quote = ""
        if p["quote"]:
            q = posts[p["parent"]]
            quote = ("<div style=\"margin:20px; margin-top:5px; \"><div class=\"smallfont\" style=\"margin-bottom:2px\">Quote:</div>"
                     "<table cellpadding=\"6\" cellspacing=\"0\" border=\"0\" width=\"100%%\"><tr><td class=\"alt2\" style=\"border:1px inset\">"
                     "<div>Originally Posted by <strong>%s</strong> <a href=\"showthread.php?p=%d#post%d\" rel=\"nofollow\"><img class=\"inlineimg\" src=\"images/buttons/viewpost.gif\" border=\"0\" alt=\"View Post\" /></a></div>"
                     "<div style=\"font-style:italic\">%s</div></td></tr></table></div>") % (
                esc(q["author"]), 70100 + p["parent"] * 3, 70100 + p["parent"] * 3, esc(p["quote"]))
        sig = ("<div>__________________<br />%s</div>" % esc(p["sig"])) if p["sig"] else ""
        out.append(
            "<div id=\"edit%d\" style=\"padding:0px 0px 6px 0px\"><table id=\"post%d\" class=\"tborder\" cellpadding=\"6\" cellspacing=\"0\" border=\"0\" width=\"100%%\" align=\"center\">"
            "<tr><td class=\"thead\" style=\"font-weight:normal\"><a name=\"post%d\"><img class=\"inlineimg\" src=\"images/statusicon/post_old.gif\" alt=\"Old\" border=\"0\" /></a> %s</td>"
            "<td class=\"thead\" style=\"font-weight:normal\" align=\"right\">&nbsp;#<a href=\"showpost.php?p=%d&amp;postcount=%d\" target=\"new\" rel=\"nofollow\" id=\"postcount%d\" name=\"%d\"><strong>%d</strong></a></td></tr>"
            "<tr valign=\"top\"><td class=\"alt2\" width=\"175\"><div id=\"postmenu_%d\"><a class=\"bigusername\" href=\"member.php?u=%d\">%s</a></div>"
            "<div class=\"smallfont\">%s</div><div class=\"smallfont\">&nbsp;<br /><div>Join Date: %s %d</div><div>Location: %s</div><div>Posts: %s</div></div></td>"
            "<td class=\"alt1\" id=\"td_post_%d\"><div class=\"smallfont\"><img class=\"inlineimg\" src=\"images/icons/icon1.gif\" alt=\"Default\" border=\"0\" /> <strong>%s%s</strong></div>"
            "<hr size=\"1\" style=\"color:#D1D1E1\" /><div id=\"post_message_%d\">%s%s</div>%s</td></tr>"
            "<tr><td class=\"alt2\"><img class=\"inlineimg\" src=\"images/statusicon/user_offline.gif\" alt=\"%s is offline\" border=\"0\" /></td>"
            "<td class=\"alt1\" align=\"right\"><a href=\"newreply.php?do=newreply&amp;p=%d\" rel=\"nofollow\"><img src=\"images/buttons/quote.gif\" alt=\"Reply With Quote\" border=\"0\" /></a></td></tr>"
            "</table></div>" % (
                pid, pid, pid, when, pid, n + 1, pid, n + 1, n + 1, pid, 300 + n, esc(p["author"]),
                R.choice(["Junior Member", "Senior Member", "Moderator", "Member"]), mon(p["time"])[:3], R.randint(2004, 2009),
                R.choice(["UK", "Texas", "Oslo", "here"]), "{:,}".format(R.randint(3, 12000)), pid, "Re: " if n else "", esc(title),
                pid, quote, "<br />\n<br />\n".join(esc(x) for x in p["paras"]), sig, esc(p["author"]), pid))
    clock = ("<div class=\"smallfont\" align=\"center\">All times are GMT. The time now is <span class=\"time\">%02d:%02d %s</span>.</div>"
             % (NOW.hour % 12 or 12, NOW.minute, "AM" if NOW.hour < 12 else "PM"))
    return ("<table class=\"tborder\" cellpadding=\"6\" cellspacing=\"1\" border=\"0\" width=\"100%%\"><tr><td class=\"alt1\" width=\"100%%\">"
            "<strong>%s</strong></td></tr></table><div id=\"posts\">%s<div id=\"lastpost\"></div></div>"
            "<table class=\"tborder\"><tr><td class=\"thead\">Currently Active Users Viewing This Thread: 1 (0 members and 1 guests)</td></tr></table>%s") % (
        esc(title), "".join(out), clock)


def smf1(title, posts):
    """SMF 1.1: each post a table in a td.windowbg/windowbg2 cell; poster cell left, '« Reply #3 on: ... »' right."""
    out = []
    for n, p in enumerate(posts):
        bg = "windowbg2" if n % 2 else "windowbg"
        quote = ""
        if p["quote"]:
            q = posts[p["parent"]]
            quote = ("<div class=\"quoteheader\"><a href=\"index.php?topic=55.msg%d#msg%d\">Quote from: %s on %s %02d, %d, %02d:%02d:%02d %s</a></div>"
                     "<div class=\"quote\">%s</div>") % (900 + p["parent"], 900 + p["parent"], esc(q["author"]), mon(q["time"]), q["time"].day,
                                                          q["time"].year, q["time"].hour % 12 or 12, q["time"].minute, R.randint(0, 59),
                                                          "am" if q["time"].hour < 12 else "pm", esc(p["quote"]))
        sig = ("<hr width=\"100%%\" size=\"1\" class=\"hrcolor\" /><div class=\"signature\">%s</div>" % esc(p["sig"])) if p["sig"] else ""
        out.append(
            "<tr><td style=\"padding: 1px 1px 0 1px;\"><a name=\"msg%d\"></a><table width=\"100%%\" cellpadding=\"3\" cellspacing=\"0\" border=\"0\">"
            "<tr><td class=\"%s\"><table width=\"100%%\" cellpadding=\"5\" cellspacing=\"0\" style=\"table-layout: fixed;\"><tr>"
            "<td valign=\"top\" width=\"16%%\" rowspan=\"2\" style=\"overflow: hidden;\"><b><a href=\"index.php?action=profile;u=%d\" title=\"View the profile of %s\">%s</a></b>"
            "<div class=\"smalltext\">%s<br /><img src=\"star.gif\" alt=\"*\" border=\"0\" /><br /><br />Offline<br /><br />Posts: %d<br /></div></td>"
            "<td valign=\"top\" width=\"85%%\" height=\"100%%\"><table width=\"100%%\" border=\"0\"><tr><td valign=\"middle\"><a href=\"index.php?topic=55.msg%d#msg%d\"><img src=\"xx.gif\" alt=\"\" border=\"0\" /></a></td>"
            "<td valign=\"middle\"><div style=\"font-weight: bold;\" id=\"subject_%d\"><a href=\"index.php?topic=55.msg%d#msg%d\">%s%s</a></div>"
            "<div class=\"smalltext\">&#171; <b>%s on:</b> %s %02d, %d, %02d:%02d:%02d %s &#187;</div></td>"
            "<td align=\"right\" valign=\"bottom\" height=\"20\" style=\"font-size: smaller;\"><a href=\"index.php?action=post;quote=%d\">Quote</a></td></tr></table>"
            "<hr width=\"100%%\" size=\"1\" class=\"hrcolor\" /><div class=\"post\">%s%s</div></td></tr>"
            "<tr><td valign=\"bottom\" class=\"smalltext\" width=\"85%%\">%s<div style=\"text-align: right\"><a href=\"index.php?action=reporttm;msg=%d\">Report to moderator</a> &nbsp;<img src=\"ip.gif\" alt=\"\" /> Logged</div></td></tr>"
            "</table></td></tr></table></td></tr>" % (
                900 + n, bg, 40 + n, esc(p["author"]), esc(p["author"]), R.choice(["Newbie", "Jr. Member", "Full Member", "Hero Member"]),
                R.randint(1, 2500), 900 + n, 900 + n, 900 + n, 900 + n, 900 + n, "Re: " if n else "", esc(title),
                ("Reply #%d" % n) if n else "", mon(p["time"]), p["time"].day, p["time"].year, p["time"].hour % 12 or 12,
                p["time"].minute, R.randint(0, 59), "am" if p["time"].hour < 12 else "pm", 900 + n, quote,
                "<br /><br />".join(esc(x) for x in p["paras"]), sig, 900 + n))
    return ("<div class=\"tborder\"><table border=\"0\" width=\"100%%\" cellspacing=\"1\" cellpadding=\"4\" class=\"bordercolor\">"
            "<tr class=\"titlebg\"><td width=\"15%%\">Author</td><td width=\"85%%\">Topic: %s &nbsp;(Read %d times)</td></tr></table>"
            "<form action=\"index.php?action=quickmod2\" method=\"post\" name=\"quickModForm\" id=\"quickModForm\" style=\"margin: 0;\">"
            "<table cellpadding=\"0\" cellspacing=\"0\" border=\"0\" width=\"100%%\" class=\"bordercolor\">%s</table></form></div>") % (
        esc(title), R.randint(100, 9000), "".join(out))


# ---------------------------------------------------------------- forums in divs

def phpbb3(title, posts, relative=False):
    """phpBB 3 (prosilver) with signatures, nested-quote-free quotes, post buttons, and the 'It is currently' clock."""
    out = []
    for n, p in enumerate(posts):
        pid = 44000 + n
        quote = ""
        if p["quote"]:
            q = posts[p["parent"]]
            quote = ("<blockquote><div><cite><a href=\"./memberlist.php?mode=viewprofile&amp;u=%d\">%s</a> wrote: "
                     "<a href=\"./viewtopic.php?p=%d#p%d\" data-post-id=\"%d\">\u2191</a><div class=\"responsive-hide\">%s %s %02d, %d %s</div></cite>%s</div></blockquote>") % (
                60 + p["parent"], esc(q["author"]), 44000 + p["parent"], 44000 + p["parent"], 44000 + p["parent"],
                DAYS[q["time"].weekday()], mon(q["time"])[:3], q["time"].day, q["time"].year, ampm(q["time"]), esc(p["quote"]))
        delta = NOW - p["time"]
        if relative and delta < dt.timedelta(hours=1):
            when = "%d minutes ago" % (delta.seconds // 60)
        elif relative and NOW.date() == p["time"].date():
            when = "Today, %s" % ampm(p["time"])
        elif relative and (NOW.date() - p["time"].date()).days == 1:
            when = "Yesterday, %s" % ampm(p["time"])
        else:
            when = "%s %s %02d, %d %s" % (DAYS[p["time"].weekday()], mon(p["time"])[:3], p["time"].day, p["time"].year, ampm(p["time"]))
        sig = ("<div id=\"sig%d\" class=\"signature\">%s</div>" % (pid, esc(p["sig"]))) if p["sig"] else ""
        out.append(
            "<div id=\"p%d\" class=\"post has-profile bg%d\"><div class=\"inner\"><dl class=\"postprofile\" id=\"profile%d\">"
            "<dt class=\"has-profile-rank no-avatar\"><div class=\"avatar-container\"></div><a href=\"./memberlist.php?mode=viewprofile&amp;u=%d\" class=\"username\">%s</a></dt>"
            "<dd class=\"profile-rank\">%s</dd><dd class=\"profile-posts\"><strong>Posts:</strong> <a href=\"./search.php?author_id=%d&amp;sr=posts\">%d</a></dd>"
            "<dd class=\"profile-joined\"><strong>Joined:</strong> %s %s %02d, %d %s</dd></dl>"
            "<div class=\"postbody\"><div id=\"post_content%d\"><h3 %s><a href=\"./viewtopic.php?p=%d#p%d\">%s%s</a></h3>"
            "<ul class=\"post-buttons\"><li><a href=\"./posting.php?mode=quote&amp;p=%d\" title=\"Reply with quote\" class=\"button button-icon-only\"><i class=\"icon fa-quote-left fa-fw\"></i><span>Quote</span></a></li>"
            "<li><a href=\"./report.php?p=%d\" title=\"Report this post\" class=\"button button-icon-only\"><i class=\"icon fa-exclamation\"></i><span>Report</span></a></li></ul>"
            "<p class=\"author\"><a class=\"unread\" href=\"./viewtopic.php?p=%d#p%d\" title=\"Post\"><i class=\"icon fa-file fa-fw\"></i><span class=\"sr-only\">Post</span></a>"
            "<span class=\"responsive-hide\">by <strong><a href=\"./memberlist.php?mode=viewprofile&amp;u=%d\" class=\"username\">%s</a></strong> &raquo; </span>%s</p>"
            "<div class=\"content\">%s%s</div>%s</div></div><div class=\"back2top\"><a href=\"#top\" class=\"top\" title=\"Top\"><i class=\"icon fa-chevron-circle-up\"></i><span class=\"sr-only\">Top</span></a></div></div></div>"
            "<hr class=\"divider\" />" % (
                pid, n % 2 + 1, pid, 60 + n, esc(p["author"]), R.choice(["Registered User", "Moderator", "Member"]), 60 + n,
                R.randint(1, 3000), DAYS[R.randint(0, 6)], mon(p["time"])[:3], R.randint(1, 28), R.randint(2009, 2024),
                ampm(p["time"]), pid, "class=\"first\"" if n == 0 else "", pid, pid, "Re: " if n else "", esc(title), pid, pid,
                pid, pid, 60 + n, esc(p["author"]), when, quote, "<br>".join(esc(x) for x in p["paras"]), sig))
    return ("<div class=\"navbar\"><ul class=\"linklist\"><li>It is currently %s %s %02d, %d %s</li></ul></div>"
            "<div id=\"page-body\" class=\"page-body\"><h2 class=\"topic-title\"><a href=\"./viewtopic.php?t=812\">%s</a></h2>"
            "<div class=\"action-bar bar-top\"><a href=\"./posting.php?mode=reply&amp;t=812\" class=\"button\"><span>Post Reply</span></a>"
            "<div class=\"pagination\">%d posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>%s</div>") % (
        DAYS[NOW.weekday()], mon(NOW)[:3], NOW.day, NOW.year, ampm(NOW), esc(title), len(posts), "".join(out))


def xenforo1(title, posts):
    """XenForo 1: li.message with messageUserInfo, blockquote.messageText, quotes as div.bbCodeQuote[data-author]."""
    out = []
    for n, p in enumerate(posts):
        quote = ""
        if p["quote"]:
            q = posts[p["parent"]]
            quote = ("<div class=\"bbCodeBlock bbCodeQuote\" data-author=\"%s\"><aside><div class=\"attribution type\">%s said:"
                     " <a href=\"goto/post?id=%d#post-%d\" class=\"AttributionLink\">&uarr;</a></div>"
                     "<blockquote class=\"quoteContainer\"><div class=\"quote\">%s</div><div class=\"quoteExpand\">Click to expand...</div></blockquote></aside></div>") % (
                esc(q["author"]), esc(q["author"]), 880 + p["parent"], 880 + p["parent"], esc(p["quote"]))
        likes = ""
        if p["likes"]:
            likes = ("<div class=\"likesSummary secondaryContent\"><span class=\"LikeText\">%s likes this.</span></div>" % esc(R.choice(NAMES))
                     if p["likes"] == 1 else "<div class=\"likesSummary secondaryContent\"><span class=\"LikeText\"><a>%s</a>, <a>%s</a> and "
                     "<a class=\"OverlayTrigger\">%d others</a> like this.</span></div>" % (esc(R.choice(NAMES)), esc(R.choice(NAMES)), p["likes"] - 2)
                     if p["likes"] > 2 else "")
        out.append(
            "<li id=\"post-%d\" class=\"message\" data-author=\"%s\"><div class=\"messageUserInfo\" itemscope=\"itemscope\" itemtype=\"http://data-vocabulary.org/Person\">"
            "<div class=\"messageUserBlock\"><div class=\"avatarHolder\"><a href=\"members/%d/\" class=\"avatar Av%ds\"><img src=\"data/avatars/s/0/%d.jpg\" width=\"96\" height=\"96\" alt=\"%s\" /></a></div>"
            "<h3 class=\"userText\"><a href=\"members/%d/\" class=\"username\" itemprop=\"name\">%s</a><em class=\"userTitle\" itemprop=\"title\">%s</em></h3>"
            "<div class=\"extraUserInfo\"><dl class=\"pairsJustified\"><dt>Messages:</dt><dd>%d</dd></dl><dl class=\"pairsJustified\"><dt>Likes Received:</dt><dd>%d</dd></dl></div>"
            "<span class=\"arrow\"><span></span></span></div></div>"
            "<div class=\"messageInfo primaryContent\"><div class=\"messageContent\"><article><blockquote class=\"messageText SelectQuoteContainer ugc baseHtml\">%s%s"
            "<div class=\"messageTextEndMarker\">&nbsp;</div></blockquote></article></div>%s"
            "<div class=\"messageMeta ToggleTriggerAnchor\"><div class=\"privateControls\"><span class=\"item muted\"><span class=\"authorEnd\"><a href=\"members/%d/\" class=\"username author\">%s</a>,</span>"
            "<a href=\"threads/812/#post-%d\" class=\"datePermalink\"><span class=\"DateTime\" title=\"%s %d, %d at %s\">%s %d, %d</span></a></span></div>"
            "<div class=\"publicControls\"><a href=\"threads/812/#post-%d\" class=\"item muted postNumber hashPermalink\">#%d</a>"
            "<a href=\"posts/%d/report\" class=\"OverlayTrigger item control report\"><span></span>Report</a>"
            "<a href=\"posts/%d/like\" class=\"LikeLink item control like\"><span></span><span class=\"LikeLabel\">Like</span></a>"
            "<a href=\"threads/812/reply?quote=%d\" class=\"ReplyQuote item control reply\"><span></span>Reply</a></div></div>%s</div></li>" % (
                880 + n, esc(p["author"]), 10 + n, 10 + n, 10 + n, esc(p["author"]), 10 + n, esc(p["author"]),
                R.choice(["Active Member", "Well-Known Member", "New Member"]), R.randint(1, 9000), R.randint(0, 900), quote,
                "<br />\n<br />\n".join(esc(x) for x in p["paras"]), "", 10 + n, esc(p["author"]), 880 + n,
                mon(p["time"])[:3], p["time"].day, p["time"].year, ampm(p["time"]).upper(), mon(p["time"])[:3], p["time"].day,
                p["time"].year, 880 + n, n + 1, 880 + n, 880 + n, 880 + n, likes))
    return ("<div class=\"titleBar\"><h1>%s</h1><p id=\"pageDescription\" class=\"muted\">Discussion in '<a href=\"forums/garage/\">Garage</a>'</p></div>"
            "<div class=\"pageNavLinkGroup\"></div><form action=\"inline-mod/post/switch\" method=\"post\" class=\"InlineModForm section\">"
            "<ol class=\"messageList\" id=\"messageList\">%s</ol></form>") % (esc(title), "".join(out))


def invision3(title, posts):
    """IP.Board 3: div.post_block with author_info, span.author vcard, abbr.published and div.post.entry-content."""
    out = []
    for n, p in enumerate(posts):
        quote = ""
        if p["quote"]:
            q = posts[p["parent"]]
            quote = ("<p class=\"citation\">Quote</p><div class=\"blockquote\"><div class=\"quote\"><p class=\"citation\">%s, on %02d %s %d - %s, said:</p>%s</div></div>") % (
                esc(q["author"]), q["time"].day, mon(q["time"]), q["time"].year, "%02d:%02d" % (q["time"].hour, q["time"].minute), esc(p["quote"]))
        rep = "<span class=\"reputation positive\">%d</span>" % p["likes"] if p["likes"] is not None else ""
        out.append(
            "<a id=\"entry%d\"></a><div class=\"post_block hentry clear clearfix\" id=\"post_id_%d\"><div class=\"post_wrap\">"
            "<h3 class=\"row2\"><span class=\"author vcard\"><a class=\"url fn name ___hover___member\" href=\"/user/%d-x/\"><span itemprop=\"name\">%s</span></a></span></h3>"
            "<div class=\"author_info\"><ul class=\"basic_info\"><li class=\"avatar\"><img src=\"/av-%d.jpg\" class=\"ipsUserPhoto ipsUserPhoto_large\" /></li>"
            "<li class=\"group_title\">%s</li><li class=\"post_count desc lighter\">%d posts</li></ul></div>"
            "<div class=\"post_body\"><p class=\"posted_info desc lighter ipsType_small\">Posted <abbr class=\"published\" title=\"%s\">%02d %s %d - %02d:%02d</abbr></p>"
            "<div itemprop=\"commentText\" class=\"post entry-content \">%s%s</div>%s</div>"
            "<ul id=\"postControlsNormal_%d\" class=\"post_controls clear clearfix\"><li class=\"report\"><a href=\"#\">Report</a></li>"
            "<li class=\"multiquote\"><a href=\"#\">MultiQuote</a></li><li><a class=\"ipsButton_secondary\" href=\"#\">Quote</a></li></ul>"
            "<div class=\"rep_bar clear right\">%s</div></div></div>" % (
                120 + n, 120 + n, 7 + n, esc(p["author"]), 7 + n, R.choice(["Members", "Advanced Member", "Newbie"]), R.randint(1, 5000),
                p["time"].strftime("%Y-%m-%dT%H:%M:00+00:00"), p["time"].day, mon(p["time"]), p["time"].year, p["time"].hour, p["time"].minute,
                quote, "".join("<p>%s</p>" % esc(x) for x in p["paras"]),
                ("<div class=\"signature\" data-memberid=\"%d\">%s</div>" % (7 + n, esc(p["sig"]))) if p["sig"] else "", 120 + n, rep))
    return ("<div class=\"maintitle\"><h1 class=\"ipsType_pagetitle\">%s</h1></div><div class=\"topic hfeed clear clearfix\">%s</div>") % (
        esc(title), "".join(out))


def smf2_likes(title, posts):
    """SMF 2.1: div.windowbg posts with 'Like (3)'-style like buttons, signatures and blockquote quotes."""
    out = []
    for n, p in enumerate(posts):
        quote = ""
        if p["quote"]:
            q = posts[p["parent"]]
            quote = ("<blockquote class=\"bbc_standard_quote\"><cite><a href=\"?msg=%d\">Quote from: %s on %s %02d, %d, %02d:%02d:00 %s</a></cite>%s</blockquote>") % (
                1500 + p["parent"], esc(q["author"]), mon(q["time"]), q["time"].day, q["time"].year, q["time"].hour % 12 or 12, q["time"].minute,
                "am" if q["time"].hour < 12 else "pm", esc(p["quote"]))
        likes = ("<ul class=\"floatleft\"><li class=\"smflikebutton\"><a href=\"?action=likes;ltype=msg;like=%d\" class=\"msg_like\"><span class=\"main_icons like\"></span> Like</a></li>"
                 "<li class=\"like_count smalltext\">%s</li></ul>") % (
            1500 + n, ("%d people like this." % p["likes"]) if p["likes"] and p["likes"] > 1 else ("1 person likes this." if p["likes"] == 1 else ""))
        out.append(
            "<div class=\"windowbg\" id=\"msg%d\"><div class=\"post_wrapper\"><div class=\"poster\"><h4><span class=\"off\" title=\"Offline\"></span>"
            "<a href=\"?action=profile;u=%d\" title=\"View the profile of %s\">%s</a></h4><ul class=\"user_info\"><li class=\"membergroup\">%s</li>"
            "<li class=\"postcount\">Posts: %d</li><li class=\"poster_ip\">Logged</li></ul></div>"
            "<div class=\"postarea\"><div class=\"keyinfo\"><div id=\"subject_%d\" class=\"subject_title subject_hidden\"><a href=\"?msg=%d\">%s%s</a></div>"
            "<div class=\"postinfo\"><span class=\"messageicon\"><img src=\"xx.png\" alt=\"\"></span><a href=\"?msg=%d\" title=\"%s%s\" class=\"smalltext\">%s %02d, %d, %02d:%02d:%02d %s</a>"
            "<span class=\"page_number floatright\">%s</span></div></div>"
            "<div class=\"post\"><div class=\"inner\" data-msgid=\"%d\" id=\"msg_%d\">%s%s</div></div></div>"
            "<div class=\"moderatorbar\">%s<div class=\"signature\" id=\"msg_%d_signature\">%s</div></div>"
            "<div class=\"under_message\">%s<ul class=\"quickbuttons\"><li><a href=\"?action=post;quote=%d\"><span class=\"main_icons quote\"></span>Quote</a></li>"
            "<li class=\"post_options\"><a href=\"#\">More...</a></li></ul></div></div></div>" % (
                1500 + n, 90 + n, esc(p["author"]), esc(p["author"]), R.choice(["Newbie", "Full Member", "Sr. Member"]), R.randint(1, 900),
                1500 + n, 1500 + n, "Re: " if n else "", esc(title), 1500 + n, "Re: " if n else "", esc(title), mon(p["time"]), p["time"].day,
                p["time"].year, p["time"].hour % 12 or 12, p["time"].minute, R.randint(0, 59), "am" if p["time"].hour < 12 else "pm",
                ("#%d" % n) if n else "", 1500 + n, 1500 + n, quote, "<br><br>".join(esc(x) for x in p["paras"]), "", 1500 + n,
                esc(p["sig"]) if p["sig"] else "", likes, 1500 + n))
    return ("<div id=\"display_head\" class=\"information\"><h2 class=\"display_title\"><span id=\"top_subject\">%s</span></h2>"
            "<p>Started by %s, %s %02d, %d, %02d:%02d:00 %s</p></div><div id=\"forumposts\"><form action=\"?action=quickmod2\" method=\"post\" id=\"quickModForm\">%s</form></div>") % (
        esc(title), esc(posts[0]["author"]), mon(posts[0]["time"]), posts[0]["time"].day, posts[0]["time"].year,
        posts[0]["time"].hour % 12 or 12, posts[0]["time"].minute, "am" if posts[0]["time"].hour < 12 else "pm", "".join(out))


def discourse_likes(title, posts):
    """Discourse as crawlers see it (no script): div.topic-body.crawler-post with itemprop author and like counts."""
    out = []
    for n, p in enumerate(posts):
        reply = ""
        if p["parent"] is not None:
            reply = ""  # Discourse's crawler view shows no reply-to tab; quotes are asides
        quote = ""
        if p["quote"]:
            q = posts[p["parent"]]
            quote = ("<aside class=\"quote no-group\" data-username=\"%s\" data-post=\"%d\" data-topic=\"812\"><div class=\"title\">"
                     "<div class=\"quote-controls\"></div><img alt=\"\" width=\"24\" height=\"24\" src=\"/u/%d.png\" class=\"avatar\"> %s:</div>"
                     "<blockquote><p>%s</p></blockquote></aside>") % (esc(q["author"]), p["parent"] + 1, p["parent"], esc(q["author"]), esc(p["quote"]))
        out.append(
            "<div id=\"post_%d\" itemprop=\"comment\" itemscope itemtype=\"http://schema.org/Comment\" class=\"topic-body crawler-post\">"
            "<div class=\"crawler-post-meta\"><span class=\"creator\" itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\">"
            "<a itemprop=\"url\" href=\"/u/%s\"><span itemprop=\"name\">%s</span></a> (%s)</span>%s"
            "<span class=\"crawler-post-infos\"><time itemprop=\"datePublished\" datetime=\"%s\" class=\"post-time\">%s %d, %d, %s</time>"
            "<meta itemprop=\"position\" content=\"%d\"><span itemprop=\"interactionStatistic\" itemscope itemtype=\"http://schema.org/InteractionCounter\">"
            "<meta itemprop=\"interactionType\" content=\"http://schema.org/LikeAction\"/><meta itemprop=\"userInteractionCount\" content=\"%d\" />"
            "<span class='post-likes'>%s</span></span></span></div><div class=\"post\" itemprop=\"text\">%s%s</div></div>" % (
                n + 1, esc(p["author"].replace(" ", "_")), esc(p["author"]), esc(R.choice(["Ingrid", "Dan", "Kofi", "Marta"])), reply,
                p["time"].strftime("%Y-%m-%dT%H:%M:00Z"), mon(p["time"])[:3], p["time"].day, p["time"].year, ampm(p["time"]),
                n + 1, p["likes"] or 0, ("%d Likes" % p["likes"]) if p["likes"] else "", quote,
                "".join("<p>%s</p>" % esc(x) for x in p["paras"])))
    return ("<div id=\"main-outlet\" class=\"wrap\" role=\"main\"><div id=\"topic-title\"><h1><a href=\"/t/812\">%s</a></h1></div>%s"
            "<div role=\"navigation\" itemscope class=\"topic-body crawler-post\"></div></div>") % (esc(title), "".join(out))


# ---------------------------------------------------------------- blog comments as dl lists and points feeds

ARTICLE = ["We walked the old miners' path from the village to the ridge last Sunday, about eleven kilometres there and back.",
           "The first stretch follows the stream through birch woods and is easy going; after the second bridge the path climbs "
           "steeply over loose stones, so good boots are a must.",
           "From the top you can see three lakes on a clear day. We ate our sandwiches by the cairn and came down the northern "
           "track, which is longer but kinder on the knees."]
BLOG_COMMENTS = ["Lovely write-up, we did the same walk in May and the stream was much higher then.",
                 "Is the car park at the village still free? It used to fill up by nine on weekends.",
                 "The northern track is muddy after rain, worth knowing before you commit to it.",
                 "Thanks for this, I have been looking for a half-day walk that is not too crowded.",
                 "Did you see any of the wild ponies on the ridge? They were there last autumn.",
                 "Great photos. What camera do you use?", "We took the dog and she loved the stream section.",
                 "I would add a warning about the loose stones, my friend twisted her ankle there.",
                 "The cafe in the village does a brilliant soup if you get back before four.",
                 "Walked it yesterday after reading this, thank you for the tip about the northern track.",
                 "Bit of a slog in the heat but the view makes up for it.", "Any idea whether buses run on Sundays?"]


def blog_thread(n, likes=False, nested=False):
    t = dt.datetime(2026, R.randint(3, 10), R.randint(1, 27), R.randint(7, 21), R.randint(0, 59))
    cs = []
    for i in range(n):
        t = t + dt.timedelta(minutes=R.randint(30, 3000))
        parent = None
        if nested and cs and R.random() < 0.4:
            parent = len(cs) - 1 if R.random() < 0.6 else max(0, len(cs) - 2)
        paras = [R.choice(BLOG_COMMENTS)] + ([R.choice(BLOG_COMMENTS)] if R.random() < 0.4 else [])
        cs.append({"author": R.choice(NAMES + ["Anonymous"]), "time": t, "paras": paras, "parent": parent,
                   "quote": None, "likes": R.randint(0, 30) if likes else None, "sig": None})
    # page order is depth-first (a reply right after its parent's earlier replies), as threaded pages show them
    order = []

    def visit(p):
        for j, c in enumerate(cs):
            if c["parent"] == p:
                order.append(j)
                visit(j)
    visit(None)
    remap = {old: new for new, old in enumerate(order)}
    return [dict(cs[o], parent=None if cs[o]["parent"] is None else remap[cs[o]["parent"]]) for o in order]


def blog_article(title="A Sunday on the miners' path"):
    return ("<div class=\"post hentry\"><h3 class=\"post-title entry-title\">%s</h3><div class=\"post-body entry-content\">%s</div>"
            "<div class=\"post-footer\">Posted by Walter at 9:14 PM</div></div>") % (esc(title), "".join("<p>%s</p>" % esc(p) for p in ARTICLE))


def blogger_dl(cs, profile_links=True):
    """Blogger classic templates: dl#comments-block, dt.comment-author 'X said...', dd.comment-body, dd.comment-footer."""
    items = []
    for n, c in enumerate(cs):
        cid = 7310000 + n * 13
        who = ("<a href=\"https://www.blogger.com/profile/%d\" rel=\"nofollow\">%s</a>" % (900 + n, esc(c["author"]))
               if profile_links and c["author"] != "Anonymous" else esc(c["author"]))
        items.append(
            "<dt class=\"comment-author blogger-comment-icon\" id=\"c%d\"><a name=\"c%d\"></a>%s said...</dt>"
            "<dd class=\"comment-body\" id=\"Blog1_cmt-%d\"><p>%s</p></dd>"
            "<dd class=\"comment-footer\"><span class=\"comment-timestamp\"><a href=\"https://walks.example/2026/05/miners-path.html?showComment=%d#c%d\" title=\"comment permalink\">"
            "%s %d, %d at %s</a> <span class=\"item-control blog-admin pid-1\"><a class=\"comment-delete\" href=\"#\" title=\"Delete Comment\"><img src=\"//img.example/icon_delete13.gif\"></a></span></span></dd>" % (
                cid, cid, who, cid, "<br /><br />".join(esc(p) for p in c["paras"]), cid, cid, mon(c["time"]), c["time"].day, c["time"].year,
                ampm(c["time"]).upper()))
    return blog_article() + ("<div class=\"comments\" id=\"comments\"><a name=\"comments\"></a><h4>%d comments:</h4>"
                             "<div id=\"Blog1_comments-block-wrapper\"><dl class=\"avatar-comment-indent\" id=\"comments-block\">%s</dl></div>"
                             "<p class=\"comment-footer\"><a href=\"#\">Post a Comment</a></p></div>") % (len(cs), "".join(items))


def dl_movabletype(cs):
    """An old Movable Type-style blog: <dl class=comments> with 'Posted by X | date' in the dt after... the dt heads each dd."""
    items = []
    for c in cs:
        items.append("<dt><a name=\"comment-%d\"></a>Posted by: <a href=\"http://%s.example/\" rel=\"nofollow\">%s</a> | %s %d, %d %s</dt><dd>%s</dd>" % (
            R.randint(1000, 9999), esc(c["author"].split()[0].lower()), esc(c["author"]), mon(c["time"]), c["time"].day, c["time"].year,
            "%02d:%02d %s" % (c["time"].hour % 12 or 12, c["time"].minute, "AM" if c["time"].hour < 12 else "PM"),
            "".join("<p>%s</p>" % esc(p) for p in c["paras"])))
    return blog_article() + "<div id=\"comments\"><h2>Comments</h2><dl class=\"comments\">%s</dl><h2>Post a comment</h2><form><textarea></textarea></form></div>" % "".join(items)


def dl_threaded(cs):
    """A dl list whose replies sit in a nested dl inside the parent's dd, author in <cite>, date in <small>."""
    kids = {}
    for i, c in enumerate(cs):
        kids.setdefault(c["parent"], []).append(i)

    def one(i):
        c = cs[i]
        sub = "".join(one(k) for k in kids.get(i, []))
        return ("<dt id=\"comment-%d\"><cite>%s</cite> <small>%d %s %d, %02d:%02d</small></dt><dd>%s%s</dd>" % (
            300 + i, esc(c["author"]), c["time"].day, mon(c["time"]), c["time"].year, c["time"].hour, c["time"].minute,
            "".join("<p>%s</p>" % esc(p) for p in c["paras"]), ("<dl class=\"children\">%s</dl>" % sub) if sub else ""))
    return blog_article() + "<h3 id=\"comments-title\">%d Responses</h3><dl class=\"commentlist\">%s</dl>" % (
        len(cs), "".join(one(i) for i in kids.get(None, [])))


def points_feed(cs):
    """A link-aggregator thread: '\u25b2 12' votes, '3 hours ago' against the page clock, nesting by ul lists."""
    kids = {}
    for i, c in enumerate(cs):
        kids.setdefault(c["parent"], []).append(i)

    def ago(t):
        d = NOW - t
        if d < dt.timedelta(hours=1):
            return "%d minutes ago" % (d.seconds // 60)
        if d < dt.timedelta(days=1):
            return "%d hours ago" % (d.seconds // 3600) if d.seconds >= 7200 else "1 hour ago"
        return "%d days ago" % d.days if d.days > 1 else "1 day ago"

    def one(i):
        c = cs[i]
        sub = "".join(one(k) for k in kids.get(i, []))
        return ("<li class=\"comment\" id=\"c-%d\"><div class=\"comment-meta\"><span class=\"votes\">\u25b2 %d</span> "
                "<a class=\"user\" href=\"/u/%s\">%s</a> <span class=\"age\">%s</span> | <a href=\"#c-%d\">link</a> | <a href=\"/reply/%d\">reply</a></div>"
                "<div class=\"comment-text\">%s</div>%s</li>" % (
                    500 + i, c["likes"], esc(c["author"].replace(" ", "")), esc(c["author"].replace(" ", "")), ago(c["time"]), 500 + i, 500 + i,
                    "".join("<p>%s</p>" % esc(p) for p in c["paras"]), ("<ul class=\"replies\">%s</ul>" % sub) if sub else ""))
    return ("<div class=\"story\"><h1><a href=\"https://walks.example/miners-path\">A Sunday on the miners' path</a></h1>"
            "<p class=\"byline\">submitted by walter_w | Current time: %s %d, %d %s</p></div><ul class=\"comments\">%s</ul>") % (
        mon(NOW), NOW.day, NOW.year, ampm(NOW), "".join(one(i) for i in kids.get(None, [])))


# ---------------------------------------------------------------- pages

def ago_time(t, shown):
    """What a relative time tells: the minute for minutes/hours ago and Today/Yesterday, the date for days."""
    if "day" in shown and "Today" not in shown and "Yesterday" not in shown:
        return t.strftime("%Y-%m-%d")
    return t.strftime("%Y-%m-%dT%H:%M")


def forum_gold(posts):
    return [{"id": "g%d" % i, "parent": None if p["parent"] is None else "g%d" % p["parent"], "author": p["author"],
             "time": p["time"].strftime("%Y-%m-%dT%H:%M"), "likes": p["likes"], "text": "\n\n".join(p["paras"])}
            for i, p in enumerate(posts)]


def main():
    os.makedirs(os.path.join(OUT, "pages"), exist_ok=True)
    pages = []
    t, ps = thread("clutch", 7)
    pages.append(("phpbb2-subsilver", t, phpbb2(t, ps), ps, True))
    t, ps = thread("sourdough", 6)
    pages.append(("phpbb2-eu-dates", t, phpbb2(t, ps, eu_dates=True), ps, True))
    t, ps = thread("router", 8)
    pages.append(("vbulletin3-tables", t, vbulletin3(t, ps), ps, True))
    t, ps = thread("clutch", 6, start=NOW - dt.timedelta(hours=40), spread=(30, 400))
    pages.append(("vbulletin3-today", t, vbulletin3(t, ps, today=True), ps, True))
    t, ps = thread("sourdough", 7)
    pages.append(("smf1-tables", t, smf1(t, ps), ps, True))
    t, ps = thread("router", 6, likes=True)
    for p in ps:
        p["likes"] = p["likes"] if p["likes"] else 0
    pages.append(("smf21-likes", t, smf2_likes(t, ps), ps, True))
    t, ps = thread("router", 7, start=NOW - dt.timedelta(hours=30), spread=(20, 300))
    pages.append(("phpbb3-relative", t, phpbb3(t, ps, relative=True), ps, True))
    t, ps = thread("clutch", 8)
    pages.append(("phpbb3-signatures", t, phpbb3(t, ps), ps, True))
    t, ps = thread("sourdough", 7)
    pages.append(("xenforo1", t, xenforo1(t, ps), ps, True))
    t, ps = thread("clutch", 6, likes=True)
    pages.append(("invision3", t, invision3(t, ps), ps, True))
    t, ps = thread("sourdough", 8, likes=True)
    pages.append(("discourse-crawler", t, discourse_likes(t, ps), ps, True))
    written = []
    for name, title, body, posts, forum in pages:
        gold = forum_gold(posts)
        if name == "smf21-likes":
            for g in gold:
                g["likes"] = g["likes"] or None  # no likes: the page shows no count
        if name == "vbulletin3-today":
            for g, p in zip(gold, posts):
                if (NOW.date() - p["time"].date()).days <= 1:
                    g["time"] = None  # "Today, 04:15 PM": vBulletin's clock shows no date, so the page cannot tell the day
        if name == "xenforo1":
            for g, p in zip(gold, posts):
                g["likes"] = None  # "A, B and 3 others like this" is a count only by reading names; not scored
        written.append((name, page(title + " - Forum", body), gold, forum))
    cs = blog_thread(8)
    written.append(("blogger-dl", page("A Sunday on the miners' path", blogger_dl(cs)), blog_gold(cs), False))
    cs = blog_thread(6)
    written.append(("blogger-dl-plain", page("A Sunday on the miners' path", blogger_dl(cs, profile_links=False)), blog_gold(cs), False))
    cs = blog_thread(7)
    written.append(("dl-movabletype", page("A Sunday on the miners' path", dl_movabletype(cs)), blog_gold(cs), False))
    cs = blog_thread(8, nested=True)
    written.append(("dl-threaded", page("A Sunday on the miners' path", dl_threaded(cs)), blog_gold(cs, minutes=True), False))
    cs = blog_thread(9, likes=True, nested=True)
    base = NOW - dt.timedelta(days=2, hours=3)
    for i, c in enumerate(cs):  # the feed is two days old: times close to the page clock
        c["time"] = base + dt.timedelta(minutes=37 * i * i + 11)
    gold = blog_gold(cs)
    for g, c in zip(gold, cs):
        g["author"] = c["author"].replace(" ", "")  # the feed shows user names without spaces
        d = NOW - c["time"]
        if d >= dt.timedelta(days=1):
            g["time"] = (NOW - dt.timedelta(days=d.days)).strftime("%Y-%m-%d")
        elif d >= dt.timedelta(hours=1):
            g["time"] = (NOW - dt.timedelta(hours=max(1, d.seconds // 3600))).strftime("%Y-%m-%dT%H:%M")
        else:
            g["time"] = (NOW - dt.timedelta(minutes=d.seconds // 60)).strftime("%Y-%m-%dT%H:%M")
    written.append(("points-feed", page("A Sunday on the miners' path | Trails", points_feed(cs)), gold, False))
    for name, doc, gold, forum in written:
        with open(os.path.join(OUT, "pages", name + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        out = {"page": {"file": "pages/" + name + ".html"}, "system": name, "site": name + ".example", "forum": forum,
               "comments": gold}
        if forum:
            out["note"] = "every post a comment, the first too; a reply's parent is the post it quotes, the quote and the signature are not its text"
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, indent=1, ensure_ascii=False)
            f.write("\n")


def blog_gold(cs, minutes=True):
    return [{"id": "g%d" % i, "parent": None if c["parent"] is None else "g%d" % c["parent"], "author": c["author"],
             "time": c["time"].strftime("%Y-%m-%dT%H:%M"), "likes": c["likes"], "text": "\n\n".join(c["paras"])}
            for i, c in enumerate(cs)]


if __name__ == "__main__":
    main()
