#!/usr/bin/python3
"""Writes the THIRD held-out round of thread pages, aimed at the w3m text path: comment and forum systems that none of
../threads, ../heldout or ../heldout2 covers, each with its reply structure shown the way the system shows it:
a Disqus static export (nested ul.children, relative times), Drupal 9's Olivero theme (div.indented, "In reply to
<subject> by X" hidden lines, subject lines), new Reddit (2020 design: "level N" screen-reader lines, custom
elements, no indentation), Giscus (GitHub Discussions: replies in a box after the comment, "N replies"),
a Hacker News-like page whose nesting is only a spacer image's width in a table cell, and forums: Khoros / Lithium
("In response to X", rank and kudos box, "Re:" subjects), Discourse's rendered view (aside.quote "X said:" and the
reply-to tab naming the parent), a Viafoura-like news widget ("Replying to @X" chips, nested ul).

Written and measured BEFORE any extraction rule was changed for them (README.md). Other topic, names and sentences
than the earlier rounds. Fixed seed: the same pages every run.
Usage: make_heldout3_pages.py [OUT_DIR]"""
import datetime as dt
import html
import json
import os
import random
import subprocess
import sys

R = random.Random(20261207)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

SUBJECTS = ["the allotment waiting list", "the new bike lanes", "the library opening hours", "the bin collection rota",
            "the tram extension", "the park cafe tender", "the school crossing patrol", "the market square paving",
            "the night bus cuts", "the swimming pool refit", "the tree felling on Elm Road", "the council tax rise",
            "the community orchard", "the leisure centre sale", "the speed bumps on Mill Lane", "the recycling centre"]
VIEWS = ["was decided before anyone asked us", "is the best news this borough has had all year",
         "will be quietly dropped after the election", "ignores everyone who works shifts",
         "has been badly costed from the start", "only works if the buses run on time",
         "deserves a proper trial before anyone judges it", "is a false economy", "punishes the older residents again",
         "could work with a bit more ambition", "was never properly consulted on", "is being rushed through in December"]
ASIDES = ["My neighbour has been on that list for six years.", "The survey only ran for nine days.",
          "I wrote to my councillor and heard nothing back.", "The minutes of the March meeting say otherwise.",
          "We tried something similar in 2018 and it failed.", "Nobody from the council lives on our side of the river.",
          "Check the budget papers, page forty.", "My kids use it every single weekend.",
          "The pilot scheme in Hartley went fine.", "I hope I am wrong about this.",
          "Ask anyone who queues there on a Saturday.", "The figures in the leaflet do not match the report."]
STARTS = ["Frankly", "As a resident of thirty years", "To be fair", "Correct me if I am wrong, but",
          "Speaking as a shift worker", "From what I have seen", "In my experience", "Speaking for the tenants' group",
          "Let us be honest", "For the record", "Oddly", "Sadly"]
NAMES = ["Odile Marchetti", "brambleberry", "Kwame A.", "Ines Valdez", "greenfingers_77", "Tobiah", "Maud Pennick",
         "cycle_commuter", "Rosalind Achebe", "parkbench", "Ewan", "ticket_inspector", "Svetlana K", "hedgerow",
         "Barnaby Lusk", "nightowl_bus", "Priyanka S.", "tramspotter", "Wilhelmina", "Jorge Ortega"]
NOW = dt.datetime(2026, 11, 24, 16, 20)
START = dt.datetime(2026, 11, 16, 8, 5)


def esc(s):
    return html.escape(s, quote=True)


def para():
    s = "%s, %s %s. %s" % (R.choice(STARTS), R.choice(SUBJECTS), R.choice(VIEWS), R.choice(ASIDES))
    return s[0].upper() + s[1:]


def thread(n, max_depth=3, reply_rate=0.45, likes=True, start=START, spread=(25, 300)):
    """n comments in page (pre-order) order: each one a top-level comment or a reply to an earlier one."""
    roots = []
    nodes = []
    t = start
    for i in range(n):
        t = t + dt.timedelta(minutes=R.randint(*spread))
        c = {"i": i, "author": R.choice(NAMES), "time": t, "likes": R.randint(0, 40) if likes else None,
             "paras": [para() for _ in range(R.choice([1, 1, 2, 2, 3]))], "kids": [], "parent": None, "depth": 0}
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
    """A flat forum thread in time order: each post after the first quotes (replies to) an earlier one or none."""
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


STORY = ["The council has confirmed that the waiting list for allotments in the borough now stands at 1,412 names, "
         "and that new plots on the old gasworks site will not open before the spring of 2028.",
         "A spokesperson said the delay was caused by soil tests, which found traces of tar on the western half of "
         "the site. Residents on the list were told by letter on Friday.",
         "The allotment society has asked for a temporary scheme that would let people share plots with older "
         "tenants who can no longer work them alone.",
         "Councillors will discuss the request at the community committee on 9 December."]


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
    label = ago(t, now)
    if "minute" in label:
        return (now - dt.timedelta(minutes=int(label.split()[0]))).strftime("%Y-%m-%dT%H:%M")
    if "hour" in label:
        return (now - dt.timedelta(hours=int(label.split()[0]))).strftime("%Y-%m-%d")
    return (now.date() - dt.timedelta(days=int(label.split()[0]))).isoformat()


def chrome(title, body):
    """A whole page: cookie bar, navigation, an ad slot, a most-read rail and a footer around the body."""
    most = "".join("<li><a href=\"/news/%d\">%s</a></li>" % (900 + k, esc(s[0].upper() + s[1:] + ": what happens next"))
                   for k, s in enumerate(R.sample(SUBJECTS, 5)))
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title></head><body>"
            "<div class=\"cookie-notice\"><p>This site uses cookies to improve your experience.</p><button>Accept all</button>"
            " <button>Manage</button></div>"
            "<header><a class=\"logo\" href=\"/\">Eastbrook Gazette</a><nav><ul><li><a href=\"/\">Home</a></li>"
            "<li><a href=\"/local\">Local</a></li><li><a href=\"/council\">Council</a></li><li><a href=\"/sport\">Sport</a></li>"
            "<li><a href=\"/whats-on\">What's on</a></li><li><a href=\"/community\">Community</a></li></ul></nav></header>"
            "<div class=\"ad\"><small>Advertisement</small></div>"
            "<div class=\"wrap\"><main>%s</main><aside><h3>Most read</h3><ol>%s</ol>"
            "<div class=\"newsletter\"><h3>Get the Gazette daily</h3><p>The borough's news at 7am.</p>"
            "<form><input type=\"email\"><button>Sign up</button></form></div></aside></div>"
            "<footer><ul><li><a href=\"/contact\">Contact us</a></li><li><a href=\"/terms\">Terms</a></li>"
            "<li><a href=\"/privacy\">Privacy notice</a></li></ul><p>&copy; 2026 Eastbrook Gazette Ltd.</p></footer>"
            "</body></html>") % (esc(title), body, most)


def story(title="Allotment waiting list passes 1,400 as new plots slip to 2028"):
    return ("<article class=\"story\"><h1>%s</h1><p class=\"byline\">By <a href=\"/staff/rhys-dawe\">Rhys Dawe</a>, "
            "local democracy reporter &middot; <time datetime=\"2026-11-16T07:00\">16 November 2026</time></p>"
            "<div class=\"body\">%s</div><div class=\"share\"><a>Share on Facebook</a> <a>Email</a></div></article>") % (
        esc(title), "".join("<p>%s</p>" % esc(p) for p in STORY))


def paras(c, tag="p"):
    return "".join("<%s>%s</%s>" % (tag, esc(p), tag) for p in c["paras"])


def kids(c):
    return c["kids"]

# ---------------------------------------------------------------- comment systems


def disqus(cs):
    """Disqus as a static export renders it: li.post with ul.children nested in it, '8 days ago' with the date in the
    link's title, up-vote count in the footer."""
    def one(c):
        sub = "<ul class=\"children\">%s</ul>" % "".join(one(k) for k in kids(c)) if kids(c) else ""
        return ("<li class=\"post\" id=\"post-%d\"><div class=\"post-content\"><div class=\"avatar hovercard\">"
                "<a href=\"/by/%s\"><img src=\"/a/%d.jpg\" alt=\"Avatar\"></a></div><div class=\"post-body\"><header class=\"comment__header\">"
                "<span class=\"post-byline\"><span class=\"author publisher-anchor-color\"><a href=\"/by/%s\">%s</a></span></span>"
                " <span class=\"post-meta\"><span class=\"bullet time-ago-bullet\">&bull;</span> <a class=\"time-ago\" "
                "title=\"%s\" href=\"#comment-%d\">%s</a></span></header>"
                "<div class=\"post-body-inner\"><div class=\"post-message\" dir=\"auto\">%s</div></div>"
                "<footer class=\"comment__footer\"><menu><li class=\"voting\"><a class=\"vote-up count-%d\" title=\"Vote up\">"
                "<span class=\"updatable count\">%d</span></a> <span class=\"vote-down\" title=\"Vote down\"></span></li>"
                "<li class=\"bullet\">&bull;</li><li class=\"reply\"><a>Reply</a></li><li class=\"bullet\">&bull;</li>"
                "<li class=\"share\"><a>Share &rsaquo;</a></li></menu></footer></div></div>%s</li>") % (
            c["i"], esc(c["author"]), c["i"], esc(c["author"]), esc(c["author"]), c["time"].strftime("%A, %B %d, %Y %I:%M %p"),
            c["i"], ago(c["time"]), paras(c), c["likes"], c["likes"], sub)
    roots = [c for c in cs if c["parent"] is None]
    body = story() + ("<div id=\"disqus_thread\"><div class=\"nav\"><span class=\"comment-count\">%d comments</span>"
                      " <a>Login</a></div><div class=\"sort\"><a>Best</a> <a>Newest</a> <a>Oldest</a></div>"
                      "<ul id=\"post-list\" class=\"post-list\">%s</ul><p class=\"powered\">Powered by Disqus</p></div>") % (
        len(cs), "".join(one(c) for c in roots))
    return chrome("Allotment waiting list passes 1,400 | Eastbrook Gazette", body)


def subject(c):
    words = c["paras"][0].split()
    return " ".join(words[:5]) + "…"


def drupal9(cs):
    """Drupal 9 Olivero: article.comment, replies in div.indented after their parent (no list: w3m shows no
    indentation), a visually-hidden 'In reply to <subject> by X' line, a subject link, links list."""
    def one(c):
        sub = "<div class=\"indented\">%s</div>" % "".join(one(k) for k in kids(c)) if kids(c) else ""
        reply = ""
        if c["parent"] is not None:
            p = c["parent"]
            reply = ("<p class=\"visually-hidden\">In reply to <a href=\"/comment/%d#comment-%d\">%s</a> by "
                     "<a href=\"/user/%d\">%s</a></p>") % (p["i"], p["i"], esc(subject(p)), p["i"], esc(p["author"]))
        return ("<article data-comment-user-id=\"%d\" id=\"comment-%d\" class=\"comment js-comment by-anonymous\">"
                "<span class=\"hidden\" data-comment-timestamp=\"1763\"></span>"
                "<div class=\"comment__picture-wrapper\"><div class=\"comment__picture\"><img src=\"/styles/%d.png\" "
                "alt=\"Profile picture for user %s\" width=\"100\" height=\"100\"></div></div>"
                "<div class=\"comment__text-wrapper\"><footer class=\"comment__meta\"><p class=\"comment__author\">"
                "<a href=\"/user/%d\">%s</a></p><p class=\"comment__time\">%s</p>%s</footer>"
                "<div class=\"comment__content\"><h3><a href=\"/comment/%d#comment-%d\" class=\"permalink\" rel=\"bookmark\">%s</a></h3>"
                "<div class=\"text-content clearfix field field--name-comment-body field--type-text-long\">%s</div>"
                "<ul class=\"links inline comment__links\"><li class=\"comment-delete\"><a>Delete</a></li>"
                "<li class=\"comment-edit\"><a>Edit</a></li><li class=\"comment-reply\"><a>Reply</a></li></ul></div></div>"
                "</article>%s") % (
            c["i"], c["i"], c["i"], esc(c["author"]), c["i"], esc(c["author"]), c["time"].strftime("%a, %m/%d/%Y - %H:%M"),
            reply, c["i"], c["i"], esc(subject(c)), paras(c), sub)
    roots = [c for c in cs if c["parent"] is None]
    body = story() + ("<section class=\"comments\"><h2 class=\"comments__title\">Comments</h2><div class=\"comments__count\">%d</div>"
                      "%s<h2 class=\"add-comment__heading\">Add new comment</h2><form><label>Your name</label><input>"
                      "<label>Subject</label><input><label>Comment</label><textarea></textarea><button>Save</button></form></section>") % (
        len(cs), "".join(one(c) for c in roots))
    return chrome("Allotment waiting list | Eastbrook", body)


def reddit_new(cs):
    """New Reddit (2020): every comment a sibling div, padding by depth in inline style only, a 'level N'
    screen-reader line before the author, score as 'N points' in the vote box, '6 hr. ago'."""
    out = []
    for c in cs:
        out.append(("<div class=\"_3sf33-9rVAO_v4y0pIW_CH\" style=\"padding-left:%dpx\" id=\"t1_%x\" tabindex=\"-1\">"
                    "<div class=\"_1DooEIX-EpB2Bw8\"><span class=\"_1RIl585IYPW6cmNXwgRz0J\">level %d</span></div>"
                    "<div class=\"_3tw__eCCe7j-epNCKGXUKk\"><div class=\"_2mHuuvyV9doV3zwbZPtIPG\">"
                    "<a class=\"wM6scouPXXsFDSZmZPHRo\" href=\"/user/%s/\">%s</a></div><span class=\"_2ETuFsVzMBxiHia6HfJCTQ\">&middot;</span>"
                    " <a class=\"_3yx4Dn0W3Yunucf5sVJeFU\" href=\"#\" id=\"CommentTopMeta--Created--t1_%x\">"
                    "<span title=\"%s\">%s</span></a></div>"
                    "<div data-testid=\"comment\" class=\"_3cjCphgls6DH-irkVaA0GM\"><div class=\"_292iotee39Lmt0MkQZ2hPV RichTextJSON-root\">%s</div></div>"
                    "<div class=\"_3KgrO85L1p9wQbgwG27q4y\"><button aria-label=\"upvote\"></button><div class=\"_1rZYMD_4xY3gRcSS3p8ODO\">%s</div>"
                    "<button aria-label=\"downvote\"></button><button>Reply</button><button>Share</button><button>Report</button>"
                    "<button>Save</button><button>Follow</button></div></div>") % (
            16 + 21 * c["depth"], 1000 + c["i"], c["depth"] + 1, esc(c["author"]), esc(c["author"]), 1000 + c["i"],
            c["time"].strftime("%a, %b %d, %Y, %I:%M:%S %p"), ago(c["time"]).replace(" hours", " hr.").replace(" hour", " hr.").replace(" days", " days"),
            "".join("<p class=\"_1qeIAgB0cPwnLhDF9XSiJM\">%s</p>" % esc(p) for p in c["paras"]), c["likes"]))
    body = ("<div class=\"post\"><h1>Council says new allotments will not open until 2028</h1><p>Posted by u/eastbrook_mod "
            "&middot; 8 days ago</p><a href=\"https://gazette.example/allotments\">gazette.example/allotme...</a>"
            "<div>%d comments</div><button>Share</button> <button>Save</button></div>"
            "<div class=\"sort\">Sort by: best</div><div class=\"comments-page\">%s</div>"
            "<div class=\"sidebar\"><h3>About Community</h3><p>News and chat for Eastbrook and the villages.</p>"
            "<p>48.2k Members</p><p>312 Online</p><button>Join</button></div>") % (len(cs), "".join(out))
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Council says new allotments will not open until 2028"
            " : r/eastbrook</title></head><body><header><a href=\"/\">reddit</a> <input placeholder=\"Search Reddit\">"
            " <a>Log In</a> <a>Sign Up</a></header>%s</body></html>") % body


def giscus(cs):
    """Giscus (GitHub Discussions) rendered: div.gsc-comment with the author link, 'on Nov 16' with the date in the
    time's title, reactions, and a reply box div.gsc-replies after the comment body with 'N replies'."""
    def reply(c):
        return ("<div class=\"gsc-reply\"><div class=\"gsc-tl-line\"></div><div class=\"flex py-2 pl-4\">"
                "<div class=\"gsc-reply-author-avatar\"><a href=\"https://github.com/%s\"><img src=\"/u/%d.png\" alt=\"@%s\" width=\"30\"></a></div>"
                "<div class=\"w-full min-w-0 ml-2\"><div class=\"gsc-reply-header\"><div class=\"gsc-reply-author\">"
                "<a href=\"https://github.com/%s\"><span class=\"font-semibold link-primary\">%s</span></a>"
                " <a href=\"#discussioncomment-%d\" class=\"link-secondary\"><time class=\"whitespace-nowrap\" title=\"%s\" datetime=\"%s\">%s</time></a></div></div>"
                "<div class=\"markdown gsc-reply-content\">%s</div>"
                "<div class=\"gsc-reply-reactions\"><button>&#128077; <span>%d</span></button></div></div></div></div>") % (
            slug(c), c["i"], slug(c), slug(c), slug(c), c["i"], c["time"].strftime("%b %d, %Y, %I:%M %p UTC"),
            c["time"].strftime("%Y-%m-%dT%H:%M:00Z"), c["time"].strftime("%b %d"), paras(c), c["likes"])

    def all_desc(c):
        out = []
        for k in kids(c):
            out.append(k)
            out.extend(all_desc(k))
        return out

    out = []
    for c in cs:
        if c["parent"] is not None:
            continue
        reps = all_desc(c)
        box = ""
        if reps:
            box = ("<div class=\"gsc-replies\"><div class=\"gsc-replies-count\">%d repl%s</div>%s</div>") % (
                len(reps), "y" if len(reps) == 1 else "ies", "".join(reply(r) for r in reps))
        out.append(("<div class=\"gsc-comment\"><div class=\"gsc-comment-box\"><div class=\"gsc-comment-box-main\">"
                    "<div class=\"gsc-comment-header\"><div class=\"gsc-comment-author\"><a href=\"https://github.com/%s\" class=\"gsc-comment-author-avatar\">"
                    "<img src=\"/u/%d.png\" alt=\"@%s\" width=\"30\"><span class=\"link-primary font-semibold\">%s</span></a>"
                    " <a href=\"#discussioncomment-%d\" class=\"link-secondary\"><time title=\"%s\" datetime=\"%s\">%s</time></a></div></div>"
                    "<div class=\"markdown gsc-comment-content\">%s</div><div class=\"gsc-comment-footer\"><div class=\"gsc-comment-reactions\">"
                    "<button>&#128077; <span>%d</span></button> <button>&#128516;</button></div></div></div>%s"
                    "<form class=\"gsc-reply-box\"><button>Write a reply</button></form></div></div>") % (
            slug(c), c["i"], slug(c), slug(c), c["i"], c["time"].strftime("%b %d, %Y, %I:%M %p UTC"),
            c["time"].strftime("%Y-%m-%dT%H:%M:00Z"), c["time"].strftime("%b %d"), paras(c), c["likes"], box))
    total = len(cs)
    body = story() + ("<div class=\"giscus\"><div class=\"gsc-main\"><div class=\"gsc-header\"><h4 class=\"gsc-comments-count\">"
                      "<span>%d comments</span> &middot; <span>%d replies</span></h4><div class=\"gsc-reactions\">&#128077; 4 reactions</div>"
                      "<div><span>&ndash; powered by giscus</span></div></div><div class=\"gsc-timeline\">%s</div>"
                      "<div class=\"gsc-comment-box\"><textarea placeholder=\"Sign in to comment\"></textarea>"
                      "<button>Sign in with GitHub</button></div></div></div>") % (
        len([c for c in cs if c["parent"] is None]), total - len([c for c in cs if c["parent"] is None]), "".join(out))
    return chrome("Allotment waiting list | Eastbrook", body)


def slug(c):
    return c["author"].replace(" ", "-").replace(".", "").replace("_", "-").lower()


def hn_ind(cs):
    """A Hacker News-like page (the 2024 markup): one table row per comment, its depth only in the width of a
    spacer image in td.ind (w3m prints nothing for it), 'N points' absent for others' comments, '3 hours ago'."""
    rows = []
    for c in cs:
        rows.append(("<tr class=\"athing comtr\" id=\"%d\"><td><table border=\"0\"><tr><td class=\"ind\" indent=\"%d\">"
                     "<img src=\"s.gif\" height=\"1\" width=\"%d\"></td><td valign=\"top\" class=\"votelinks\"><center>"
                     "<a id=\"up_%d\" href=\"vote?id=%d\"><div class=\"votearrow\" title=\"upvote\"></div></a></center></td>"
                     "<td class=\"default\"><div style=\"margin-top:2px; margin-bottom:-10px;\"><span class=\"comhead\">"
                     "<a href=\"user?id=%s\" class=\"hnuser\">%s</a> <span class=\"age\" title=\"%s\"><a href=\"item?id=%d\">%s</a></span>"
                     " <span id=\"unv_%d\"></span><span class=\"navs\"> | %s<a href=\"#%d\">next</a> <a class=\"togg clicky\">[&ndash;]</a></span></span></div><br>"
                     "<div class=\"comment\"><div class=\"commtext c00\">%s</div><div class=\"reply\"><p><font size=\"1\">"
                     "<u><a href=\"reply?id=%d\">reply</a></u></font></p></div></div></td></tr></table></td></tr>") % (
            40000 + c["i"], c["depth"], 40 * c["depth"], c["i"], c["i"], c["author"].replace(" ", "_"), c["author"].replace(" ", "_"),
            c["time"].strftime("%Y-%m-%dT%H:%M:00"), c["i"], ago(c["time"]), c["i"],
            "<a href=\"#%d\">parent</a> | " % (40000 + c["parent"]["i"]) if c["parent"] else "", 40001 + c["i"],
            esc(c["paras"][0]) + "".join("<p>%s" % esc(p) for p in c["paras"][1:]), c["i"]))
    return ("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Allotment waiting list passes 1,400 | Hacker News</title></head>"
            "<body><center><table id=\"hnmain\" border=\"0\" width=\"85%%\"><tr><td bgcolor=\"#ff6600\"><table><tr><td><b class=\"hnname\">"
            "<a href=\"news\">Hacker News</a></b> <a href=\"newest\">new</a> | <a href=\"front\">past</a> | <a>comments</a> | <a>ask</a>"
            " | <a>show</a> | <a>jobs</a> | <a>submit</a></td><td><a>login</a></td></tr></table></td></tr>"
            "<tr><td><table class=\"fatitem\"><tr class=\"athing\"><td class=\"title\"><a href=\"https://gazette.example/a\">"
            "Allotment waiting list passes 1,400 as new plots slip to 2028</a> (gazette.example)</td></tr>"
            "<tr><td class=\"subtext\">212 points by <a class=\"hnuser\">plotholder</a> <span class=\"age\">8 days ago</span> | <a>hide</a>"
            " | <a>past</a> | <a>favorite</a> | <a>%d&nbsp;comments</a></td></tr></table><br>"
            "<table border=\"0\" class=\"comment-tree\">%s</table><br></td></tr>"
            "<tr><td><center><a>Guidelines</a> | <a>FAQ</a> | <a>Lists</a> | <a>API</a> | <a>Security</a> | <a>Legal</a>"
            " | <a>Apply to YC</a> | <a>Contact</a></center><form>Search: <input name=\"q\"></form></td></tr></table></center></body></html>") % (
        len(cs), "".join(rows))


def khoros(posts):
    """Khoros (Lithium) community forum, linear view: author box (avatar, name, rank, post and kudos counts) beside
    the message, 'Re: subject' line, the date as '11-16-2026 03:04 PM', 'In response to X' above a reply's body,
    '12 Kudos' under it. Every post is a comment; a reply's parent is the post it responds to."""
    out = []
    for c in posts:
        resp = ""
        if c["parent"] is not None:
            resp = ("<div class=\"lia-message-in-response-to\">In response to <a class=\"lia-link-navigation\" href=\"#M%d\">%s</a></div>") % (
                c["parent"]["i"], esc(c["parent"]["author"]))
        out.append(("<div class=\"lia-message-view-display lia-component-forums-widget-message-view\" id=\"M%d\">"
                    "<div class=\"lia-quilt-column lia-quilt-column-left\"><div class=\"lia-message-author-avatar\">"
                    "<img class=\"lia-user-avatar-message\" src=\"/av/%d.png\" alt=\"%s\"></div>"
                    "<div class=\"lia-message-author-username\"><a class=\"lia-user-name-link\" href=\"/t5/user/%d\">%s</a></div>"
                    "<div class=\"lia-message-author-rank\">%s</div><div class=\"lia-message-author-stats\">"
                    "<span>Posts: %d</span><br><span>Kudos: %d</span></div></div>"
                    "<div class=\"lia-quilt-column lia-quilt-column-right\"><div class=\"lia-message-subject\"><h2>%s</h2></div>"
                    "<div class=\"lia-message-post-date\"><span class=\"DateTime\"><span class=\"local-date\">%s</span>"
                    " <span class=\"local-time\">%s</span></span></div>%s"
                    "<div class=\"lia-message-body-content\">%s</div>"
                    "<div class=\"lia-message-footer\"><span class=\"MessageKudosCount\">%d</span> <span>Kudos</span>"
                    " <a>Reply</a> <a>Report Inappropriate Content</a></div></div></div>") % (
            c["i"], c["i"], esc(c["author"]), c["i"], esc(c["author"]),
            R.choice(["Frequent Contributor", "New Member", "Community Champion", "Super User", "Regular Visitor"]),
            R.randint(3, 3000), R.randint(0, 400),
            ("Re: " if c["i"] else "") + "Allotment waiting list passes 1,400",
            c["time"].strftime("%m-%d-%Y"), c["time"].strftime("%I:%M %p"), resp, paras(c), c["likes"]))
    body = ("<div class=\"lia-page\"><div class=\"lia-breadcrumb\"><a>Eastbrook Community</a> &rsaquo; <a>Local issues</a>"
            " &rsaquo; <a>Allotments and gardens</a></div><h1>Allotment waiting list passes 1,400</h1>"
            "<div class=\"lia-menu-bar\"><a>Options</a> <a>Subscribe to RSS Feed</a> <a>Mark Topic as New</a></div>%s"
            "<div class=\"lia-paging\"><a>Previous</a> <span>1</span> <a>2</a> <a>Next</a></div></div>") % "".join(out)
    return chrome("Allotment waiting list passes 1,400 - Eastbrook Community", body)


def discourse_quotes(posts):
    """Discourse's rendered (JavaScript) view: article per post with the poster's name and user title, a
    'reply-to-tab' naming the parent's poster at the top, aside.quote 'X said:' boxes (not text), likes button."""
    out = []
    for c in posts:
        tab = ""
        quote = ""
        if c["parent"] is not None:
            p = c["parent"]
            if c["i"] % 2:
                tab = ("<a class=\"reply-to-tab\" tabindex=\"0\" title=\"in reply to\"><svg class=\"fa d-icon d-icon-share\"></svg>"
                       "<img alt=\"\" width=\"24\" src=\"/u/%d.png\"> <span>%s</span></a>") % (p["i"], esc(p["author"].replace(" ", "")))
            else:
                quote = ("<aside class=\"quote no-group\" data-username=\"%s\" data-post=\"%d\"><div class=\"title\">"
                         "<div class=\"quote-controls\"></div><img alt=\"\" width=\"24\" src=\"/u/%d.png\"> %s:</div>"
                         "<blockquote><p>%s</p></blockquote></aside>") % (
                    esc(p["author"]), p["i"] + 1, p["i"], esc(p["author"].replace(" ", "")), esc(p["paras"][0]))
        out.append(("<div class=\"topic-post clearfix regular\"><article id=\"post_%d\" class=\"boxed onscreen-post\" data-post-id=\"%d\">"
                    "<div class=\"row\"><div class=\"topic-avatar\"><a class=\"trigger-user-card main-avatar\"><img alt=\"\" width=\"48\" src=\"/u/%d.png\"></a></div>"
                    "<div class=\"topic-body clearfix\"><div role=\"heading\" class=\"topic-meta-data\"><div class=\"names trigger-user-card\">"
                    "<span class=\"first username\"><a href=\"/u/%s\">%s</a></span> <span class=\"user-title\">%s</span></div>"
                    "<div class=\"post-infos\">%s<div class=\"post-info post-date\"><a class=\"post-date\" href=\"/t/allotments/44/%d\">"
                    "<span title=\"%s\" data-time=\"1763\" class=\"relative-date\">%s</span></a></div></div></div>"
                    "<div class=\"regular contents\"><div class=\"cooked\">%s%s</div><section class=\"post-menu-area clearfix\">"
                    "<nav class=\"post-controls\"><div class=\"actions\"><div class=\"double-button\"><button class=\"button-count\">%s</button>"
                    "<button class=\"toggle-like\" title=\"like this post\"><svg></svg></button></div>"
                    "<button title=\"copy a link to this post\"><svg></svg></button><button class=\"reply\"><span>Reply</span></button></div></nav></section>"
                    "</div></div></div></article></div>") % (
            c["i"] + 1, 900 + c["i"], c["i"], esc(c["author"].replace(" ", "")), esc(c["author"].replace(" ", "")),
            R.choice(["", "", "Regular", "Allotment Society", ""]), tab, c["i"] + 1, c["time"].strftime("%b %d, %Y %I:%M %p"),
            c["time"].strftime("%b %-d"), quote, paras(c), c["likes"] if c["likes"] else ""))
    body = ("<div id=\"topic-title\"><h1><a>Allotment waiting list passes 1,400</a></h1><div class=\"topic-category\">"
            "<span>Local issues</span> <span>gardens</span></div></div><div class=\"posts\">%s</div>"
            "<div class=\"topic-map\"><span>created</span> <span>last reply</span> <span>%d replies</span> <span>1.2k views</span></div>"
            "<h3 class=\"suggested-topics-title\">Suggested Topics</h3><table><tr><td><a>Community orchard planting day</a></td><td>12</td></tr>"
            "<tr><td><a>Who else lost their shed in the storm?</a></td><td>31</td></tr></table>") % ("".join(out), len(posts) - 1)
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Allotment waiting list passes 1,400 - Local issues - Eastbrook Forum</title></head>"
            "<body><header class=\"d-header\"><a class=\"logo\">Eastbrook Forum</a> <button>Sign Up</button> <button>Log In</button></header>"
            "%s</body></html>") % body


def viafoura(cs):
    """A Viafoura-like news comment widget: li.vf-comment with nested ul.vf-replies, 'Replying to @X' chips on
    replies, '3 hours ago', like count with a thumbs label."""
    def one(c):
        sub = "<ul class=\"vf-replies\">%s</ul>" % "".join(one(k) for k in kids(c)) if kids(c) else ""
        chip = ""
        if c["parent"] is not None:
            chip = "<div class=\"vf-replying-to\">Replying to <a>@%s</a></div>" % esc(c["parent"]["author"].replace(" ", ""))
        return ("<li class=\"vf-comment\" id=\"vf-%d\"><div class=\"vf-comment__header\"><span class=\"vf-avatar\">%s</span>"
                "<span class=\"vf-comment__author\">%s</span> <time class=\"vf-comment__time\" datetime=\"%s\">%s</time></div>%s"
                "<div class=\"vf-comment__content\">%s</div><div class=\"vf-comment__actions\"><button>Reply</button>"
                " <button aria-label=\"like\">Like %d</button> <button aria-label=\"dislike\">Dislike</button>"
                " <button>&hellip;</button></div>%s</li>") % (
            c["i"], esc(c["author"][0].upper()), esc(c["author"].replace(" ", "")), c["time"].strftime("%Y-%m-%dT%H:%M:00Z"),
            ago(c["time"]), chip, paras(c), c["likes"], sub)
    roots = [c for c in cs if c["parent"] is None]
    body = story() + ("<div class=\"vf-conversations\"><div class=\"vf-conversations__header\"><h2>Conversation</h2>"
                      "<span>%d Comments</span></div><div class=\"vf-guidelines\"><a>Community guidelines</a></div>"
                      "<div class=\"vf-sort\">Sort by <select><option>Best</option><option>Newest</option></select></div>"
                      "<ul class=\"vf-comment-list\">%s</ul><button>Show more comments</button></div>") % (
        len(cs), "".join(one(c) for c in roots))
    return chrome("Allotment waiting list passes 1,400 | Eastbrook Gazette", body)


def gold_of(name, system, cs, forum, likes=True, relative=False, note=None, authors=None, zero_shown=True):
    g = {"page": {"file": "pages/%s.html" % name}, "system": system, "site": system + ".example", "forum": forum,
         "heldOut": True,
         "comments": [{"id": c["id"], "parent": c["parent"]["id"] if c["parent"] else None,
                       "author": authors(c) if authors else c["author"],
                       "time": rel_gold(c["time"]) if relative else c["time"].strftime("%Y-%m-%dT%H:%M"),
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

    cs = thread(13, max_depth=3, start=dt.datetime(2026, 11, 16, 8, 5), spread=(60, 600))
    write("disqus-static", disqus(cs), gold_of("disqus-static", "disqus", cs, False, relative=True,
          note="relative times (the date in the link's title), up-vote count as likes, replies in nested ul.children"))
    cs = thread(12, max_depth=3, likes=False)
    write("drupal9", drupal9(cs), gold_of("drupal9", "drupal9", cs, False, likes=False,
          note="replies in div.indented (no indentation as text); the hidden 'In reply to <subject> by X' line and the subject link are not text"))
    cs = thread(14, max_depth=4, start=dt.datetime(2026, 11, 24, 4, 0), spread=(5, 50))
    for c in cs:
        c["author"] = c["author"].replace(" ", "_").replace(".", "").lower()
    write("reddit-new", reddit_new(cs), gold_of("reddit-new", "reddit-new", cs, False, relative=True,
          note="nesting only as 'level N' lines and inline padding; the vote count is likes"))
    cs = thread(12, max_depth=1)
    write("giscus", giscus(cs), gold_of("giscus", "giscus", cs, False, authors=slug,
          note="replies in a box after their comment; the GitHub login is the author; thumbs-up count as likes"))
    cs = thread(14, max_depth=5, likes=False, start=dt.datetime(2026, 11, 24, 2, 0), spread=(4, 40))
    for c in cs:
        c["author"] = c["author"].replace(" ", "_")
    write("hn-ind", hn_ind(cs), gold_of("hn-ind", "hn-ind", cs, False, likes=False, relative=True,
          note="depth only in the spacer image's width; 'parent' links name no one in text"))
    ps = forum_posts(11)
    write("khoros", khoros(ps), gold_of("khoros", "khoros", ps, True,
          note="every post a comment; 'In response to X' names the parent; the kudos count is likes; rank and stats are not text"))
    ps = forum_posts(10, quote_rate=0.5)
    for c in ps:
        c["author"] = c["author"].replace(" ", "")
    write("discourse-quotes", discourse_quotes(ps), gold_of("discourse-quotes", "discourse", ps, True,
          zero_shown=False,
          note="parent from the reply-to tab or the quoted post; quotes are not text; no like count shown for zero likes (null)"))
    cs = thread(12, max_depth=3, start=dt.datetime(2026, 11, 23, 9, 0), spread=(10, 90))
    for c in cs:
        c["author"] = c["author"].replace(" ", "")
    write("viafoura", viafoura(cs), gold_of("viafoura", "viafoura", cs, False, relative=True,
          note="nested ul.vf-replies; 'Replying to @X' chips are not text; 'Like n' is likes"))


if __name__ == "__main__":
    main()
