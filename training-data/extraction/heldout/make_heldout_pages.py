#!/usr/bin/python3
"""Writes the HELD-OUT thread pages: comment and forum systems that neither make_pages.py nor make_forum_pages.py
cover (Stack Exchange, Slashdot, a MediaWiki talk page, Lemmy, Joomla JComments, MyBB, NodeBB, Vanilla, an OpenWeb
render with hashed class names, wpDiscuz, FluxBB, Invision Power Board 1.3 tables, Isso, a news CMS with relative times only), each in a full page
with the clutter real sites carry (navigation, cookie bar, ads, "most read" sidebars, newsletter boxes, related
links), and beside each the gold JSON. Other topics, names and sentences than the two development batches.

These pages were written and measured BEFORE any extraction rule was changed for them (see README.md): they are
a check of how the rules generalise, not a set to tune on. Fixed seed: the same pages every run.
Usage: make_heldout_pages.py [OUT_DIR]"""
import datetime as dt
import html
import json
import os
import random
import sys

R = random.Random(20261209)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

SUBJECTS = ["the library closure", "the new parking rules", "the school merger", "the heat pump grant",
            "the night bus cuts", "the allotment waiting list", "the market hall repairs", "the speed cameras on Mill Road",
            "the tree felling in the park", "the recycling collection changes", "the swimming pool prices",
            "the student flats by the station", "the wind farm consultation", "the broadband rollout",
            "the pedestrian zone trial", "the festival noise complaints"]
VIEWS = ["is being rushed through without a proper vote", "was decided long before the consultation opened",
         "will hurt pensioners more than anyone", "is overdue and mostly sensible", "has been handled badly from the start",
         "would work if the money were ring-fenced", "ignores what happened in the next county",
         "is the best news this town has had all year", "only makes sense with a better bus service",
         "is a distraction from the housing crisis", "could have been avoided with honest planning",
         "has split our street right down the middle"]
ASIDES = ["My neighbour works for the council and even she is puzzled.", "I checked the figures in last year's report.",
          "We wrote to our representative twice and heard nothing.", "The local paper covered this badly.",
          "Nobody at the drop-in session could answer basic questions.", "I have lived here for thirty-one years.",
          "My kids will be the ones paying for it.", "The petition already has four thousand names.",
          "Compare it with what Harrowgate did in 2021.", "The map in the leaflet is simply wrong.",
          "I changed my mind after reading the minutes.", "Happy to be corrected on this."]
STARTS = ["Frankly", "To be fair", "Let us be honest", "In short", "Speaking as a parent", "Having read the plans",
          "As a cyclist", "For the record", "With all due respect", "Oddly enough", "If I understand it right", "Sadly"]
NAMES = ["Wendell_K", "Agnieszka R", "foxglove", "Pradeep", "night_owl_77", "Hollis Greer", "mags.b", "Tobiah",
         "Ines Carvalho", "the_real_sid", "Oluwaseun", "Fern", "cartwheel", "Bram de Vries", "Kit Marsh", "yellowvan",
         "Dolores P.", "Quentin", "hazelnut", "Rashida O."]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NOW = dt.datetime(2026, 11, 21, 17, 40)  # fetch time of the pages with relative times only ("fetchedAt" in the gold)


def esc(s):
    return html.escape(s, quote=True)


def para():
    s = "%s, %s %s. %s" % (R.choice(STARTS), R.choice(SUBJECTS), R.choice(VIEWS), R.choice(ASIDES))
    return s[0].upper() + s[1:]


def thread(n, nested=True, max_depth=3, likes=True, start=None, spread=(4, 200), quoting=False):
    """n comments in depth-first page order, each with parent index (or None), depth, author, time, likes, paras."""
    out = []
    t = start or dt.datetime(2026, 11, R.randint(3, 18), R.randint(6, 12), R.randint(0, 59))
    for i in range(n):
        parent = None
        if nested and out and R.random() < 0.5:
            chain, j = [], len(out) - 1
            while j is not None:
                chain.append(j)
                j = out[j]["parent"]
            chain = [c for c in chain if out[c]["depth"] < max_depth]
            if chain:
                parent = R.choice(chain)
        t = t + dt.timedelta(minutes=R.randint(*spread))
        author = R.choice([a for a in NAMES if not out or a != out[-1]["author"]])
        out.append({"parent": parent, "depth": 0 if parent is None else out[parent]["depth"] + 1, "author": author,
                    "time": t, "likes": R.randint(0, 30) if likes else None,
                    "paras": [para() for _ in range(R.choice([1, 1, 2, 2, 3]))], "quote": None})
    order = []

    def visit(p):
        for j, c in enumerate(out):
            if c["parent"] == p:
                order.append(j)
                visit(j)
    visit(None)
    remap = {old: new for new, old in enumerate(order)}
    res = []
    for old in order:
        c = dict(out[old])
        c["parent"] = None if c["parent"] is None else remap[c["parent"]]
        c["id"] = 4000 + remap[old] * 11
        res.append(c)
    if quoting:  # forums: flat, a reply quotes an earlier post (its parent) with probability 0.35
        for i, c in enumerate(res):
            c["parent"] = None
            c["depth"] = 0
            if i > 0 and R.random() < 0.35:
                c["parent"] = R.randrange(i)
                c["quote"] = res[c["parent"]]["paras"][0]
    return res


def kids(cs, i):
    return [j for j, c in enumerate(cs) if c["parent"] == i]


def ampm(t, upper=False, space=True):
    s = "%d:%02d%s%s" % (t.hour % 12 or 12, t.minute, " " if space else "", "am" if t.hour < 12 else "pm")
    return s.upper() if upper else s


def mon(t):
    return MONTHS[t.month - 1]


def ago(t, now=NOW):
    d = now - t
    m = int(d.total_seconds() // 60)
    if m < 60:
        return "%d minutes ago" % m
    if m < 1440:
        return "%d hour%s ago" % (m // 60, "" if m // 60 == 1 else "s")
    return "%d day%s ago" % (d.days, "" if d.days == 1 else "s")


def paras(c, tag="p"):
    return "".join("<%s>%s</%s>" % (tag, esc(p), tag) for p in c["paras"])


STORY = ["The town council has confirmed that the central library will close on Saturdays from January, and that two "
         "of its four branch libraries will share a single manager while a review of opening hours takes place.",
         "Officials said the change would save about 310,000 pounds a year. Library staff were told of the plans on "
         "Monday, and the union representing them said it had not been consulted in advance.",
         "Parents' groups have started a petition asking the council to keep the Saturday children's reading hour, "
         "which they said was the only free weekend activity left in the town centre.",
         "A final decision is due at the full council meeting on 9 December, which will be streamed online for the "
         "first time after a long campaign by residents."]


def chrome(title, body, sidebar=True):
    """A whole page: cookie bar, navigation, ad slots, a sidebar of most-read links and a footer around the body."""
    most = "".join("<li><a href=\"/news/%d\">%s</a></li>" % (900 + k, esc(s.capitalize() + ": what happens next"))
                   for k, s in enumerate(R.sample(SUBJECTS, 5)))
    side = ("<aside class=\"sidebar\"><div class=\"widget most-read\"><h3>Most read</h3><ol>%s</ol></div>"
            "<div class=\"ad-slot ad-mpu\" data-ad-unit=\"sidebar_1\"><span class=\"ad-label\">Advertisement</span></div>"
            "<div class=\"widget newsletter\"><h3>Get the morning briefing</h3><p>Our best local stories, every weekday at 7am.</p>"
            "<form><input type=\"email\" placeholder=\"Your email\"><button>Sign up</button></form></div></aside>") % most if sidebar else ""
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title>"
            "<meta name=\"viewport\" content=\"width=device-width\"></head><body>"
            "<div id=\"cookie-banner\" class=\"cookie-notice\"><p>We use cookies to improve your experience and show you relevant ads.</p>"
            "<button>Accept all</button> <button>Manage settings</button></div>"
            "<header class=\"masthead\"><a class=\"logo\" href=\"/\">The Millbrook Courier</a><nav class=\"primary-nav\"><ul>"
            "<li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li>"
            "<li><a href=\"/whats-on\">What's on</a></li><li><a href=\"/opinion\">Opinion</a></li><li><a href=\"/jobs\">Jobs</a></li></ul></nav>"
            "<form class=\"search\"><input name=\"q\" placeholder=\"Search\"></form></header>"
            "<div class=\"ad-slot ad-leaderboard\" data-ad-unit=\"top\"><span class=\"ad-label\">Advertisement</span></div>"
            "<div class=\"layout\"><main class=\"content\">%s</main>%s</div>"
            "<section class=\"related\"><h3>Related stories</h3><ul><li><a href=\"/news/1\">Council tax to rise by 4.9 per cent</a></li>"
            "<li><a href=\"/news/2\">Bus station refurbishment delayed again</a></li><li><a href=\"/news/3\">New head for Millbrook Academy</a></li></ul></section>"
            "<footer class=\"site-footer\"><ul><li><a href=\"/about\">About us</a></li><li><a href=\"/contact\">Contact</a></li>"
            "<li><a href=\"/privacy\">Privacy policy</a></li><li><a href=\"/terms\">Terms</a></li></ul>"
            "<p>&copy; 2026 Millbrook Courier Ltd. Registered in England No. 0412233.</p></footer></body></html>") % (
        esc(title), body, side)


def story(title="Central library to close on Saturdays from January"):
    return ("<article class=\"article\"><h1 class=\"headline\">%s</h1><div class=\"byline\">By <a href=\"/authors/jo-pike\">Jo Pike</a>, "
            "Local Democracy Reporter <time datetime=\"2026-11-17T08:00\">17 November 2026</time></div>"
            "<figure><img src=\"/img/library.jpg\" alt=\"\"><figcaption>The central library on Market Street. Photo: Courier</figcaption></figure>"
            "<div class=\"article-body\">%s</div><div class=\"share\"><a>Share on Facebook</a> <a>Share on X</a> <a>Email</a></div></article>") % (
        esc(title), "".join("<p>%s</p>" % esc(p) for p in STORY))


# ---------------------------------------------------------------- comment systems

def stackexchange(cs):
    """Stack Exchange: answers (votes, 'answered <date>', user card; an editor's card beside it) and short comments
    under each answer, the author and date AFTER the comment text ("– name Nov 20, 2026 at 14:03")."""
    def comment(c):
        return ("<li id=\"comment-%d\" class=\"comment js-comment\" data-comment-id=\"%d\"><div class=\"js-comment-actions comment-actions\">"
                "<div class=\"comment-score js-comment-edit-hide\"><span title=\"number of 'useful comment' votes received\" class=\"cool\">%s</span></div></div>"
                "<div class=\"comment-text js-comment-text-and-form\"><div class=\"comment-body js-comment-edit-hide\"><span class=\"comment-copy\">%s</span>"
                " &ndash;&nbsp;<div class=\"d-inline-flex ai-center\"><a href=\"/users/%d/x\" title=\"1,204 reputation\" class=\"comment-user\">%s</a></div>"
                " <span class=\"comment-date\" dir=\"ltr\"><a class=\"comment-link\" href=\"#comment%d\"><span title=\"%s:00Z, License: CC BY-SA 4.0\" class=\"relativetime-clean\">%s %d, %d at %02d:%02d</span></a></span>"
                "</div></div></li>") % (c["id"], c["id"], c["likes"] or "", esc(" ".join(c["paras"])), c["id"], esc(c["author"]), c["id"],
                                        c["time"].strftime("%Y-%m-%d %H:%M"), mon(c["time"])[:3], c["time"].day, c["time"].year, c["time"].hour, c["time"].minute)

    answers = []
    top = kids(cs, None)
    for i in top:
        c = cs[i]
        editor = R.choice(NAMES)
        coms = "".join(comment(cs[k]) for k in kids(cs, i))
        answers.append((
            "<div id=\"answer-%d\" class=\"answer js-answer\" data-answerid=\"%d\" itemprop=\"suggestedAnswer\" itemscope itemtype=\"https://schema.org/Answer\">"
            "<div class=\"post-layout\"><div class=\"votecell post-layout--left\"><div class=\"js-voting-container\"><button class=\"js-vote-up-btn\" aria-label=\"Up vote\"></button>"
            "<div class=\"js-vote-count\" itemprop=\"upvoteCount\" data-value=\"%d\">%d</div><button class=\"js-vote-down-btn\" aria-label=\"Down vote\"></button></div></div>"
            "<div class=\"answercell post-layout--right\"><div class=\"s-prose js-post-body\" itemprop=\"text\">%s</div>"
            "<div class=\"mt24\"><div class=\"d-flex fw-wrap ai-start jc-end gs8 gsy\"><div class=\"flex--item mr16\"><div class=\"js-post-menu\"><a href=\"/a/%d\">Share</a> <a href=\"/posts/%d/edit\">Improve this answer</a> <button>Follow</button></div></div>"
            "<div class=\"post-signature flex--item fl0\"><div class=\"user-info\"><div class=\"user-action-time\"><a href=\"/posts/%d/revisions\">edited <span title=\"%s:00Z\" class=\"relativetime\">%s %d, %d at %02d:%02d</span></a></div>"
            "<div class=\"user-gravatar32\"></div><div class=\"user-details\"><a href=\"/users/77/x\">%s</a><div class=\"-flair\"><span class=\"reputation-score\">4,410</span></div></div></div></div>"
            "<div class=\"post-signature flex--item fl0\"><div class=\"user-info user-hover\"><div class=\"user-action-time\">answered <span title=\"%s:00Z\" class=\"relativetime\">%s %d, %d at %02d:%02d</span></div>"
            "<div class=\"user-gravatar32\"><a href=\"/users/%d/x\"><img src=\"/g/%d.png\" alt=\"%s's user avatar\" width=\"32\" height=\"32\"></a></div>"
            "<div class=\"user-details\" itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\"><a href=\"/users/%d/x\">%s</a><span class=\"d-none\" itemprop=\"name\">%s</span>"
            "<div class=\"-flair\"><span class=\"reputation-score\" title=\"reputation score\">%d</span><span title=\"3 silver badges\"><span class=\"badge2\"></span><span class=\"badgecount\">3</span></span></div></div></div></div></div></div></div>"
            "<span class=\"d-none\" itemprop=\"commentCount\">%d</span><div class=\"post-layout--right js-post-comments-component\"><div id=\"comments-%d\" class=\"comments js-comments-container\">"
            "<ul class=\"comments-list js-comments-list\">%s</ul></div><div id=\"comments-link-%d\"><a class=\"js-add-link comments-link\" role=\"button\">Add a comment</a></div></div></div></div>") % (
            c["id"], c["id"], c["likes"], c["likes"], paras(c), c["id"], c["id"], c["id"], (c["time"] + dt.timedelta(hours=5)).strftime("%Y-%m-%d %H:%M"),
            mon(c["time"])[:3], (c["time"] + dt.timedelta(hours=5)).day, c["time"].year, (c["time"] + dt.timedelta(hours=5)).hour, c["time"].minute,
            esc(editor), c["time"].strftime("%Y-%m-%d %H:%M"), mon(c["time"])[:3], c["time"].day, c["time"].year, c["time"].hour, c["time"].minute,
            c["id"], c["id"], esc(c["author"]), c["id"], esc(c["author"]), esc(c["author"]), R.randint(11, 90000), len(kids(cs, i)), c["id"], coms, c["id"]))
    q = ("<div id=\"question-header\"><h1 itemprop=\"name\"><a href=\"/questions/8812/library\">Can a council close a statutory library service on weekends?</a></h1></div>"
         "<div class=\"d-flex fw-wrap pb8 mb16 bb bc-black-225\"><div class=\"flex--item ws-nowrap mr16 mb8\" title=\"2026-11-17 07:12:00Z\"><span class=\"fc-black-400 mr2\">Asked</span> <time itemprop=\"dateCreated\" datetime=\"2026-11-17T07:12:00\">4 days ago</time></div>"
         "<div class=\"flex--item ws-nowrap mb8\"><span class=\"fc-black-400 mr2\">Viewed</span> 1k times</div></div>"
         "<div id=\"question\" class=\"question js-question\"><div class=\"post-layout\"><div class=\"votecell\"><div class=\"js-vote-count\">14</div></div>"
         "<div class=\"postcell\"><div class=\"s-prose js-post-body\" itemprop=\"text\"><p>%s</p><p>%s Does the law let them do that without a consultation?</p></div>"
         "<div class=\"post-taglist\"><ul class=\"js-post-tag-list-wrapper\"><li><a class=\"post-tag\">uk</a></li><li><a class=\"post-tag\">local-government</a></li></ul></div>"
         "<div class=\"user-info\"><div class=\"user-action-time\">asked <span class=\"relativetime\">Nov 17, 2026 at 7:12</span></div><div class=\"user-details\"><a href=\"/users/5/x\">library_user</a></div></div></div></div></div>") % (
        esc(STORY[0]), esc(STORY[1]))
    return chrome("Can a council close a statutory library service on weekends? - Law Stack Exchange",
                  "<div id=\"mainbar\" role=\"main\">%s<div id=\"answers\"><div id=\"answers-header\"><h2 class=\"mb0\">%d Answers</h2>"
                  "<div class=\"js-sort\"><label>Sorted by:</label><select><option>Highest score (default)</option><option>Date modified (newest first)</option></select></div></div>%s"
                  "<h2 class=\"bottom-notice\">Not the answer you're looking for? Browse other questions tagged <a class=\"post-tag\">uk</a> or <a href=\"/questions/ask\">ask your own question</a>.</h2></div></div>" % (
                      q, len(top), "".join(answers)), sidebar=True)


def slashdot(cs):
    """Slashdot: nested ul/li, a subject line and '(Score:4, Insightful)' above 'by name (uid) on Friday November 20,
    2026 @09:14AM (#654321)'; the subject is not part of the text."""
    def one(i):
        c = cs[i]
        sub = "".join("<li id=\"tree_%d\" class=\"comment\">%s</li>" % (cs[k]["id"], one(k)) for k in kids(cs, i))
        sub = "<ul id=\"commtree_%d\">%s</ul>" % (c["id"], sub) if sub else ""
        score = R.choice(["Insightful", "Interesting", "Informative", "Funny", "Troll", "Redundant"])
        return ("<div id=\"comment_%d\" class=\"cw\"><div id=\"comment_top_%d\" class=\"commentTop\"><div class=\"title\"><h4><a name=\"%d\" id=\"comment_link_%d\" href=\"//x.slashdot.org/comments.pl?cid=%d\">%s</a></h4>"
                "<span id=\"comment_score_%d\" class=\"score\">(<span class=\"hide\">Score:</span>%d, %s)</span></div>"
                "<div class=\"details\">by <span class=\"by\"><a href=\"//slashdot.org/~%s\">%s</a> (<a href=\"//slashdot.org/~%s/\">%d</a>)</span>"
                " <span class=\"otherdetails\" id=\"comment_otherdetails_%d\">on <span class=\"nobr\">%s %s %02d, %d</span> <span class=\"nobr\">@%02d:%02d%s</span> (<a href=\"//slashdot.org/comments.pl?cid=%d\">#%d</a>)</span></div></div>"
                "<div class=\"commentBody\"><div id=\"comment_body_%d\">%s</div></div>"
                "<div class=\"commentSub\" id=\"comment_sub_%d\"><span class=\"nbutton\"><b><a href=\"#\">Reply to This</a></b></span> <span class=\"nbutton\"><b><a href=\"#\">Share</a></b></span>"
                " <div class=\"sd-dropdown\"><span class=\"nbutton\">Flag as Inappropriate</span></div></div></div>%s") % (
            c["id"], c["id"], c["id"], c["id"], c["id"], "Re:Saturdays" if c["parent"] is not None else esc(R.choice(["Libraries matter", "Follow the money", "Seen it before", "Meh"])),
            c["id"], R.randint(-1, 5), score, esc(c["author"]), esc(c["author"]), esc(c["author"]), R.randint(1000, 999999),
            c["id"], DAYS[c["time"].weekday()], mon(c["time"]), c["time"].day, c["time"].year, c["time"].hour % 12 or 12, c["time"].minute,
            "AM" if c["time"].hour < 12 else "PM", c["id"], 60000000 + c["id"], c["id"], "<p>".join(esc(p) for p in c["paras"]), c["id"], sub)
    top = "".join("<li id=\"tree_%d\" class=\"comment\">%s</li>" % (cs[i]["id"], one(i)) for i in kids(cs, None))
    body = ("<article class=\"fhitem fhitem-story\"><header><h2 class=\"story\"><span class=\"story-title\"><a>UK Town Closes Library on Weekends To Save Money</a></span></h2>"
            "<div class=\"details\">Posted by <a>msmash</a> on Saturday November 21, 2026 @11:02AM from the <span class=\"dept-text\">turn-the-page</span> dept.</div></header>"
            "<div class=\"body\"><div class=\"p\"><i>%s</i></div></div></article>"
            "<div id=\"comments\"><div class=\"commentBox\"><span class=\"totalcomments\">%d comments</span> <a href=\"#\">Threshold: -1</a> <a>Full / Abbreviated / Hidden</a></div>"
            "<ul id=\"commentlisting\" class=\"d2\">%s</ul><div class=\"commentBox\"><a>Load More Comments</a></div></div>") % (
        esc(" ".join(STORY[:2])), len(cs), top)
    return chrome("UK Town Closes Library on Weekends To Save Money - Slashdot", body, sidebar=True)


def mediawiki(cs):
    """A MediaWiki talk page: each comment a paragraph signed at its END ('Name (talk) 14:03, 20 November 2026
    (UTC)'), replies indented by dl/dd (one colon per level)."""
    def sig(c):
        return (" <a href=\"/wiki/User:%s\" title=\"User:%s\">%s</a> (<a href=\"/wiki/User_talk:%s\" title=\"User talk:%s\">talk</a>) "
                "%02d:%02d, %d %s %d (UTC)") % (esc(c["author"].replace(" ", "_")), esc(c["author"]), esc(c["author"]),
                                                 esc(c["author"].replace(" ", "_")), esc(c["author"]), c["time"].hour, c["time"].minute,
                                                 c["time"].day, mon(c["time"]), c["time"].year)

    def body(c):
        ps = [esc(p) for p in c["paras"]]
        ps[-1] += sig(c)
        return ps

    def one(i, depth):
        c = cs[i]
        ps = body(c)
        inner = "".join(one(k, depth + 1) for k in kids(cs, i))
        if depth == 0:
            return "".join("<p>%s</p>" % p for p in ps) + inner
        return "<dl><dd>%s%s</dd></dl>" % ("</dd><dd>".join(ps), inner)
    sections = []
    tops = kids(cs, None)
    half = (len(tops) + 1) // 2
    for n, group in enumerate([tops[:half], tops[half:]]):
        title = ["Saturday closure and the 1964 Act", "Figures in the savings section"][n]
        sections.append(("<div class=\"mw-heading mw-heading2\"><h2 id=\"%s\">%s</h2><span class=\"mw-editsection\"><span class=\"mw-editsection-bracket\">[</span>"
                         "<a href=\"/w/index.php?title=Talk:Millbrook_Library&amp;action=edit&amp;section=%d\">edit</a><span class=\"mw-editsection-bracket\">]</span></span></div>%s") % (
            title.replace(" ", "_"), title, n + 2, "".join(one(i, 0) for i in group)))
    content = ("<div id=\"content\" class=\"mw-body\" role=\"main\"><h1 id=\"firstHeading\" class=\"firstHeading\"><span class=\"mw-page-title-namespace\">Talk</span>:"
               "<span class=\"mw-page-title-main\">Millbrook Library</span></h1><div id=\"bodyContent\" class=\"vector-body\"><div id=\"siteSub\">From Wikipedia, the free encyclopedia</div>"
               "<div id=\"mw-content-text\" class=\"mw-body-content\"><div class=\"mw-content-ltr mw-parser-output\" lang=\"en\" dir=\"ltr\">"
               "<table class=\"plainlinks tmbox tmbox-notice\"><tr><td class=\"mbox-text\">This is the <b>talk page</b> for discussing improvements to the <a>Millbrook Library</a> article. "
               "This is <b>not a forum</b> for general discussion of the article's subject.</td></tr></table>"
               "<table class=\"wpb\"><tr><td>This article is rated <b>Start-class</b> on Wikipedia's content assessment scale. It is of interest to WikiProject Libraries.</td></tr></table>"
               "<div class=\"mw-heading mw-heading2\"><h2 id=\"Opening_hours\">Opening hours</h2></div><p>The opening hours in the infobox are out of date; I have left them until the council confirms the change. "
               "<a href=\"/wiki/User:Bookkeeper\">Bookkeeper</a> (<a href=\"/wiki/User_talk:Bookkeeper\">talk</a>) 08:01, 2 November 2026 (UTC)</p>"
               "%s</div></div><div class=\"printfooter\">Retrieved from \"https://en.wikipedia.org/w/index.php?title=Talk:Millbrook_Library\"</div>"
               "<div id=\"catlinks\" class=\"catlinks\"><a>Categories</a>: <a>Start-Class library articles</a></div></div></div>") % "".join(sections)
    nav = ("<div id=\"mw-navigation\"><div id=\"p-navigation\"><ul><li><a>Main page</a></li><li><a>Contents</a></li><li><a>Current events</a></li>"
           "<li><a>Random article</a></li><li><a>About Wikipedia</a></li></ul></div><div id=\"p-tb\"><ul><li><a>What links here</a></li><li><a>Related changes</a></li>"
           "<li><a>Upload file</a></li><li><a>Page information</a></li></ul></div></div>")
    # the opening note (Bookkeeper) is a comment too: it is the first gold comment (see main)
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Talk:Millbrook Library - Wikipedia</title></head><body>%s%s"
            "<div id=\"footer\"><ul><li>This page was last edited on 21 November 2026, at 09:12 (UTC).</li><li>Text is available under the "
            "Creative Commons Attribution-ShareAlike License 4.0</li></ul><ul><li><a>Privacy policy</a></li><li><a>About Wikipedia</a></li></ul></div></body></html>") % (content, nav)


def lemmy(cs):
    """Lemmy: nested ul/li comment nodes, 'name@instance' links, score, a short relative time with the absolute one
    in a tooltip attribute."""
    def one(i):
        c = cs[i]
        sub = "".join(one(k) for k in kids(cs, i))
        return ("<li class=\"comment\" role=\"comment\"><article class=\"comment-node py-2%s\" id=\"comment-%d\"><div class=\"d-flex flex-wrap align-items-center text-muted small\">"
                "<button class=\"btn btn-sm text-muted me-2\" aria-label=\"Collapse\"><svg class=\"icon icon-inline\"><use xlink:href=\"#icon-minus-square\"></use></svg></button>"
                "<span class=\"person-listing d-inline-flex align-items-baseline text-info\" title=\"%s\"><a class=\"text-info\" href=\"/u/%s@lemmy.example\">"
                "<img class=\"overflow-hidden pictrs-image img-fluid avatar-overlay rounded-circle\" src=\"/a/%d.webp\" alt=\"\"><span>%s</span><small class=\"text-muted\">@lemmy.example</small></a></span>"
                "<span class=\"mx-2\">&middot;</span><span class=\"me-1 font-weight-bold\" aria-label=\"%d points\">%d</span><span class=\"me-1\">&bull;</span>"
                "<span><span data-tippy-content=\"%s, %s %d, %d at %s\">%s</span></span></div>"
                "<div class=\"md-div\">%s</div><div class=\"d-flex justify-content-between justify-content-lg-start flex-wrap text-muted font-weight-bold\">"
                "<button class=\"btn btn-link btn-animate text-muted\" aria-label=\"Upvote\" data-tippy-content=\"Upvote\"><svg class=\"icon icon-inline small\"><use xlink:href=\"#icon-arrow-up1\"></use></svg><span class=\"ms-2\">%d</span></button>"
                "<button class=\"btn btn-link btn-animate text-muted\" aria-label=\"Downvote\"><svg class=\"icon icon-inline small\"><use xlink:href=\"#icon-arrow-down1\"></use></svg></button>"
                "<button class=\"btn btn-link btn-animate text-muted\" data-tippy-content=\"Reply\" aria-label=\"Reply\"><svg class=\"icon icon-inline\"><use xlink:href=\"#icon-reply1\"></use></svg></button>"
                "<button class=\"btn btn-link btn-animate text-muted\" aria-label=\"more\"><svg class=\"icon icon-inline\"><use xlink:href=\"#icon-more-vertical\"></use></svg></button></div></article>%s</li>") % (
            " ms-1" if c["parent"] is not None else "", c["id"], esc(c["author"]), esc(c["author"].replace(" ", "_")), c["id"], esc(c["author"].replace(" ", "_")),
            c["likes"], c["likes"], DAYS[c["time"].weekday()], mon(c["time"]), c["time"].day, c["time"].year, ampm(c["time"], upper=True),
            short_ago(c["time"]), paras(c), c["likes"], ("<ul class=\"comments\">%s</ul>" % sub) if sub else "")
    body = ("<div class=\"container-lg\"><div class=\"row\"><main class=\"col-12 col-md-8 col-lg-9\"><div class=\"post-listing mt-2\"><h1 class=\"h4 mb-1\">Millbrook library to close on Saturdays from January</h1>"
            "<div class=\"small\">submitted by <a>localnews_bot</a> to <a>millbrook@lemmy.example</a></div><div class=\"md-div\">%s</div></div>"
            "<div class=\"d-flex mb-2\"><span>Sort:</span> <button>Hot</button><button>Top</button><button>New</button><button>Old</button></div>"
            "<ul class=\"comments\" aria-label=\"Comments\">%s</ul></main><aside class=\"sidebar col-md-4 col-lg-3\"><div class=\"card\"><h5>millbrook</h5>"
            "<p>News and chat for Millbrook and the valley. Be civil.</p><ul><li>412 subscribers</li><li>3 users / day</li></ul></div></aside></div></div>") % (
        "".join("<p>%s</p>" % esc(p) for p in STORY[:2]), "".join(one(i) for i in kids(cs, None)))
    return chrome("Millbrook library to close on Saturdays from January - Lemmy", body, sidebar=False)


def short_ago(t, now=NOW):
    m = int((now - t).total_seconds() // 60)
    return "%dm" % m if m < 60 else ("%dh" % (m // 60) if m < 1440 else "%dd" % (m // 1440))


def jcomments(cs):
    """Joomla JComments: div.comment-box with author, European dotted date, vote cells, nested comments-list."""
    def one(i, parity):
        c = cs[i]
        sub = "".join(one(k, n % 2) for n, k in enumerate(kids(cs, i)))
        return ("<div class=\"%s\" id=\"comment-item-%d\"><div class=\"rbox\"><div class=\"rbox_tr\"><div class=\"rbox_tl\"><div class=\"rbox_t\">&nbsp;</div></div></div><div class=\"rbox_m\">"
                "<div class=\"comment-box usertype-guest\"><span class=\"comments-vote\"><span id=\"comment-vote-holder-%d\">"
                "<a href=\"#\" class=\"vote-good\" title=\"Good comment!\"></a><span class=\"vote-%s\">%s</span><a href=\"#\" class=\"vote-poor\" title=\"Poor comment!\"></a></span></span>"
                "<a class=\"comment-anchor\" href=\"/news/library#comment-%d\" id=\"comment-%d\">#%d</a> <span class=\"comment-author\">%s</span>"
                " <span class=\"comment-date\">%02d.%02d.%d %02d:%02d</span><div class=\"comment-body\" id=\"comment-body-%d\">%s</div>"
                "<span class=\"comments-buttons\"><a href=\"#\">Reply</a> | <a href=\"#\">Quote</a></span></div><div class=\"clear\"></div></div>"
                "<div class=\"rbox_br\"><div class=\"rbox_bl\"><div class=\"rbox_b\">&nbsp;</div></div></div></div>%s</div>") % (
            "odd" if parity else "even", c["id"], c["id"], "good" if c["likes"] else "none", ("+%d" % c["likes"]) if c["likes"] else "0",
            c["id"], c["id"], i + 1, esc(c["author"]), c["time"].day, c["time"].month, c["time"].year, c["time"].hour, c["time"].minute,
            c["id"], "<br />".join(esc(p) for p in c["paras"]),
            ("<div class=\"comments-list\" id=\"comments-list-%d\">%s</div>" % (c["id"], sub)) if sub else "")
    lst = "".join(one(i, n % 2) for n, i in enumerate(kids(cs, None)))
    body = story() + ("<div id=\"jc\"><div id=\"comments\"><h4>Comments</h4><div class=\"comments-list\" id=\"comments-list-0\">%s</div>"
                      "<div id=\"comments-list-footer\"><a href=\"#\">Refresh comments list</a> <a href=\"#\">RSS feed for comments to this post</a></div></div>"
                      "<h4>Add comment</h4><form id=\"comments-form\"><p><input id=\"comments-form-name\" type=\"text\" name=\"name\" value=\"\"/><label>Name (required)</label></p>"
                      "<p><textarea id=\"comments-form-comment\" name=\"comment\"></textarea></p><div id=\"comments-form-buttons\"><a href=\"#\">Send</a></div></form>"
                      "<div id=\"comments-footer\" align=\"center\"><a href=\"http://www.joomlatune.com\" title=\"JComments\">JComments</a></div></div>") % lst
    return chrome("Central library to close on Saturdays from January", body)


def mybb(posts, title):
    """MyBB 1.8 (classic, two columns): author column beside the post; 'Today, 02:03 PM' against the footer's
    'Current time'; quotes as blockquote.mycode_quote with 'X Wrote:'."""
    out = []
    for n, p in enumerate(posts):
        t = p["time"]
        when = ("Today, %02d:%02d %s" % (t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM") if t.date() == NOW.date()
                else "Yesterday, %02d:%02d %s" % (t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM") if (NOW.date() - t.date()).days == 1
                else "%02d-%02d-%d, %02d:%02d %s" % (t.month, t.day, t.year, t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM"))
        quote = ""
        if p["quote"]:
            q = posts[p["parent"]]
            quote = ("<blockquote class=\"mycode_quote\"><cite><span> (%02d-%02d-%d, %02d:%02d %s)</span>%s Wrote: <a href=\"https://forum.example/showthread.php?pid=%d#pid%d\" class=\"quick_jump\"></a></cite>%s</blockquote><br />\n") % (
                q["time"].month, q["time"].day, q["time"].year, q["time"].hour % 12 or 12, q["time"].minute, "AM" if q["time"].hour < 12 else "PM",
                esc(q["author"]), q["id"], q["id"], esc(p["quote"]))
        out.append((
            "<a name=\"pid%d\" id=\"pid%d\"></a><div class=\"post classic \" style=\"\" id=\"post_%d\">"
            "<div class=\"post_author scaleimages\"><div class=\"author_avatar\"><a href=\"member.php?action=profile&amp;uid=%d\"><img src=\"images/default_avatar.png\" alt=\"\" width=\"55\" height=\"55\" /></a></div>"
            "<div class=\"author_information\"><strong><span class=\"largetext\"><a href=\"https://forum.example/member.php?action=profile&amp;uid=%d\">%s</a></span></strong> <img src=\"images/buddy_offline.png\" title=\"Offline\" alt=\"Offline\" class=\"buddy_status\" /><br />"
            "<span class=\"smalltext\">%s<br /><img src=\"images/star.png\" border=\"0\" alt=\"*\" /><img src=\"images/star.png\" border=\"0\" alt=\"*\" /><br /></span></div>"
            "<div class=\"author_statistics\">Posts: %d<br />Threads: %d<br />Joined: %s %d<br />Reputation: <a href=\"reputation.php?uid=%d\"><strong class=\"reputation_neutral\">%d</strong></a></div></div>"
            "<div class=\"post_content\"><div class=\"post_head\"><div class=\"float_right\" style=\"vertical-align: top\"><strong><a href=\"showthread.php?tid=77&amp;pid=%d#pid%d\" title=\"%s\">#%d</a></strong></div>"
            "<span class=\"post_date\">%s <span class=\"post_edit\" id=\"edited_by_%d\"></span></span></div>"
            "<div class=\"post_body scaleimages\" id=\"pid_%d\">%s%s</div>%s<div class=\"post_meta\" id=\"post_meta_%d\"></div></div>"
            "<div class=\"post_controls\"><div class=\"postbit_buttons author_buttons float_left\"><a href=\"member.php?action=profile&amp;uid=%d\" title=\"Find all posts by this user\" class=\"postbit_find\"><span>Find</span></a></div>"
            "<div class=\"postbit_buttons post_management_buttons float_right\"><a href=\"newreply.php?tid=77&amp;replyto=%d\" title=\"Quote this message in a reply\" class=\"postbit_quote postbit_mirage\"><span>Reply</span></a>"
            "<a href=\"javascript:Thread.reportPost(%d);\" title=\"Report this post to a moderator\" class=\"postbit_report\"><span>Report</span></a></div></div></div>") % (
            p["id"], p["id"], p["id"], 30 + n, 30 + n, esc(p["author"]), R.choice(["Junior Member", "Member", "Senior Member", "Posting Freak"]),
            R.randint(3, 2400), R.randint(1, 60), R.choice(["Mar", "Jun", "Oct"]), R.randint(2012, 2024), 30 + n, R.randint(0, 20),
            p["id"], p["id"], esc(title), n + 1, when, p["id"], p["id"], quote, "<br />\n".join(esc(x) for x in p["paras"]),
            ("<div class=\"signature scaleimages\">%s</div>" % esc(p["sig"])) if p.get("sig") else "", p["id"], 30 + n, p["id"], p["id"]))
    return ("<div id=\"container\"><div id=\"header\"><div class=\"logo\"><a href=\"index.php\">Valley Forums</a></div><div class=\"menu\"><ul><li><a>Search</a></li><li><a>Member List</a></li><li><a>Calendar</a></li><li><a>Help</a></li></ul></div>"
            "<div id=\"panel\"><span class=\"welcome\">Hello There, Guest! <a>Login</a> <a>Register</a></span></div></div>"
            "<div class=\"navigation\"><a href=\"index.php\">Valley Forums</a> &rsaquo; <a>Local</a> &rsaquo; <span class=\"active\">%s</span></div><br />"
            "<table border=\"0\" cellspacing=\"0\" cellpadding=\"5\" class=\"tborder tfixed clear\"><tr><td class=\"thead\"><strong>%s</strong></td></tr>"
            "<tr><td id=\"posts_container\"><div id=\"posts\">%s</div></td></tr><tr><td class=\"tfoot\"><div class=\"float_right\"><a>Next Oldest</a> | <a>Next Newest</a></div></td></tr></table>"
            "<div class=\"float_left\"><ul class=\"thread_tools\"><li class=\"printable\"><a>View a Printable Version</a></li><li class=\"subscription_add\"><a>Subscribe to this thread</a></li></ul></div>"
            "<div id=\"footer\"><ul class=\"menu bottom_links\"><li><a>Contact Us</a></li><li><a>Return to Top</a></li><li><a>Lite (Archive) Mode</a></li></ul>"
            "<span id=\"current_time\"><strong>Current time:</strong> %02d-%02d-%d, %02d:%02d %s</span><div id=\"copyright\">Powered By <a href=\"https://mybb.com\">MyBB</a>, &copy; 2002-2026 MyBB Group.</div></div></div>") % (
        esc(title), esc(title), "".join(out), NOW.month, NOW.day, NOW.year, NOW.hour % 12 or 12, NOW.minute, "AM" if NOW.hour < 12 else "PM")


def nodebb(posts, title):
    """NodeBB: li[component=post] with schema.org Comment microdata, timeago spans, vote counts, and a 'reply to'
    link to the parent post."""
    out = []
    for n, p in enumerate(posts):
        parent = ""
        if p["parent"] is not None:
            q = posts[p["parent"]]
            parent = ("<a component=\"post/parent\" class=\"btn btn-xs btn-default hidden-xs\" data-topid=\"%d\" href=\"/post/%d\"><i class=\"fa fa-reply\"></i> @%s</a>" % (
                q["id"], q["id"], esc(q["author"].replace(" ", "-"))))
        out.append((
            "<li component=\"post\" class=\"%s\" data-index=\"%d\" data-pid=\"%d\" data-uid=\"%d\" data-timestamp=\"%d\" data-username=\"%s\" data-userslug=\"%s\" itemscope itemtype=\"http://schema.org/Comment\">"
            "<a component=\"post/anchor\" data-index=\"%d\" id=\"%d\"></a><meta itemprop=\"datePublished\" content=\"%s:00.000Z\"><meta itemprop=\"dateModified\" content=\"\">"
            "<div class=\"clearfix post-header\"><div class=\"icon pull-left\"><a href=\"/user/%s\"><span class=\"avatar avatar-sm2x avatar-rounded\" style=\"background-color: #009688;\">%s</span></a></div>"
            "<small class=\"pull-left\"><strong><a href=\"/user/%s\" itemprop=\"author\" data-username=\"%s\" data-uid=\"%d\">%s</a></strong>"
            "<span class=\"visible-xs-inline-block visible-sm-inline-block visible-md-inline-block visible-lg-inline-block\">%s</span>"
            "<span class=\"visible-xs-inline-block\"> <a class=\"permalink\" href=\"/post/%d\"><span class=\"timeago\" title=\"%s:00.000Z\"></span></a></span></small>"
            "<small class=\"pull-right\"><span><a class=\"permalink\" href=\"/post/%d\"><span class=\"timeago\" title=\"%s:00.000Z\"></span></a>"
            "<i component=\"post/edit-indicator\" class=\"fa fa-pencil-square edit-icon hidden\"></i></span><span class=\"bookmarked\"><i class=\"fa fa-bookmark-o\"></i></span></small></div>"
            "<br /><div class=\"content\" component=\"post/content\" itemprop=\"text\">%s</div>"
            "<div class=\"post-footer\"><div class=\"clearfix\"><small class=\"pull-right\"><span class=\"post-tools\"><a component=\"post/reply\" href=\"#\" class=\"no-select\">Reply</a>"
            "<a component=\"post/quote\" href=\"#\" class=\"no-select\">Quote</a></span><span class=\"votes\"><a component=\"post/upvote\" href=\"#\"><i class=\"fa fa-chevron-up\"></i></a>"
            "<span component=\"post/vote-count\" data-votes=\"%d\">%d</span><a component=\"post/downvote\" href=\"#\"><i class=\"fa fa-chevron-down\"></i></a></span></small></div></div></li>") % (
            "topic-owner-post" if n == 0 else "", n, p["id"], 40 + n, 1700000000000 + n, esc(p["author"]), esc(p["author"].lower().replace(" ", "-")),
            n, n, p["time"].strftime("%Y-%m-%dT%H:%M"), esc(p["author"].lower().replace(" ", "-")), esc(p["author"][0].upper()),
            esc(p["author"].lower().replace(" ", "-")), esc(p["author"]), 40 + n, esc(p["author"]), parent, p["id"], p["time"].strftime("%Y-%m-%dT%H:%M"),
            p["id"], p["time"].strftime("%Y-%m-%dT%H:%M"), paras(p), p["likes"] or 0, p["likes"] or 0))
    return ("<nav class=\"navbar navbar-default navbar-fixed-top header\"><div class=\"container\"><a class=\"navbar-brand\" href=\"/\">Valley Community</a>"
            "<ul id=\"main-nav\" class=\"nav navbar-nav\"><li><a href=\"/categories\">Categories</a></li><li><a href=\"/recent\">Recent</a></li><li><a href=\"/tags\">Tags</a></li>"
            "<li><a href=\"/popular\">Popular</a></li><li><a href=\"/users\">Users</a></li><li><a href=\"/groups\">Groups</a></li></ul></div></nav>"
            "<div class=\"container\" id=\"content\"><ol class=\"breadcrumb\"><li><a href=\"/\">Home</a></li><li><a href=\"/category/4/local\">Local</a></li><li class=\"active\">%s</li></ol>"
            "<div class=\"topic\"><h1 component=\"post/header\" class=\"hidden-xs\" itemprop=\"name\"><span class=\"topic-title\" component=\"topic/title\">%s</span></h1>"
            "<div class=\"topic-stats\"><span class=\"human-readable-number\">%d</span> Posts <span>1.2k</span> Views</div>"
            "<ul component=\"topic\" class=\"posts\" data-tid=\"77\">%s</ul><div class=\"post-bar\"><button component=\"topic/reply\" class=\"btn btn-primary\">Reply</button></div></div>"
            "<div class=\"suggested-topics\"><h3>Suggested Topics</h3><ul><li><a>Bin collections over Christmas</a></li><li><a>Best chippy in the valley?</a></li></ul></div></div>"
            "<footer class=\"footer\"><p>Powered by <a href=\"https://nodebb.org\">NodeBB</a> | Contributors</p></footer>") % (
        esc(title), esc(title), len(posts), "".join(out))


def vanilla(posts, title):
    """Vanilla forums: the discussion item, then ul.MessageList li.ItemComment; 'X said:' quotes; reactions."""
    def item(p, n, first):
        quote = ""
        if p["quote"]:
            q = posts[p["parent"]]
            quote = ("<blockquote class=\"Quote UserQuote blockquote\"><div class=\"QuoteAuthor\"><a href=\"/profile/%s\" class=\"js-userCard\" data-userid=\"%d\">%s</a> said:</div>"
                     "<div class=\"QuoteText blockquote-content\"><p>%s</p></div></blockquote>") % (esc(q["author"]), 50 + p["parent"], esc(q["author"]), esc(p["quote"]))
        t = p["time"]
        inner = ("<div class=\"Item-Header %sHeader\"><div class=\"AuthorWrap\"><span class=\"Author\"><a title=\"%s\" href=\"/profile/%s\" class=\"PhotoWrap js-userCard\" data-userid=\"%d\">"
                 "<img src=\"/uploads/avatar/n%d.jpg\" alt=\"%s\" class=\"ProfilePhoto ProfilePhotoMedium\"></a><a href=\"/profile/%s\" class=\"Username js-userCard\" data-userid=\"%d\">%s</a></span>"
                 "<span class=\"AuthorInfo\"><span class=\"MItem RoleTitle\">%s</span></span></div><div class=\"Meta %sMeta %sInfo\"><span class=\"MItem DateCreated\">"
                 "<a href=\"/discussion/comment/%d/#Comment_%d\" class=\"Permalink\" name=\"Item_%d\" rel=\"nofollow\"><time title=\"%s %d, %d %d:%02d%s\" datetime=\"%s:00+00:00\">%s %d</time></a></span></div></div>"
                 "<div class=\"Item-BodyWrap\"><div class=\"Item-Body\"><div class=\"Message userContent\">%s%s</div>"
                 "<div class=\"Reactions\"><span class=\"Flag ToggleFlyout\"><a class=\"FlyoutButton\">Flag</a></span><a href=\"#\" class=\"ReactButton React-Like\" title=\"Like\" rel=\"nofollow\"><span class=\"ReactSprite ReactLike\"></span> <span class=\"Count\">%d</span><span class=\"ReactLabel\">Like</span></a>"
                 "<a class=\"ReactButton Quote\" rel=\"nofollow\"><span class=\"ReactSprite ReactQuote\"></span> <span class=\"ReactLabel\">Quote</span></a></div></div></div>") % (
            "Discussion" if first else "Comment", esc(p["author"]), esc(p["author"]), 50 + n, 50 + n, esc(p["author"]), esc(p["author"]), 50 + n, esc(p["author"]),
            R.choice(["Member", "Moderator", "New Member"]), "Discussion" if first else "Comment", "Discussion" if first else "Comment",
            p["id"], p["id"], n, mon(t), t.day, t.year, t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM", t.strftime("%Y-%m-%dT%H:%M"), mon(t), t.day,
            quote, paras(p), p["likes"] or 0)
        if first:
            return "<div class=\"Item ItemDiscussion Role_Member\"><div class=\"Discussion\">%s</div></div>" % inner
        return "<li class=\"Item ItemComment Role_Member\" id=\"Comment_%d\"><span class=\"CommentAnchor\"></span><div class=\"Comment\"><div class=\"Options\"><span class=\"ToggleFlyout OptionsMenu\"></span></div>%s</div></li>" % (p["id"], inner)
    return ("<div id=\"Frame\"><div class=\"Head\" id=\"Head\"><div class=\"Row\"><strong class=\"SiteTitle\"><a href=\"/\">Valley Talk</a></strong>"
            "<ul class=\"SiteMenu\"><li><a href=\"/discussions\">Discussions</a></li><li><a href=\"/activity\">Activity</a></li><li><a href=\"/entry/signin\">Sign In</a></li></ul></div></div>"
            "<div id=\"Body\"><div class=\"Row\"><div class=\"BreadcrumbsBox\"><span class=\"Breadcrumbs\"><a href=\"/\">Home</a> &rsaquo; <a href=\"/categories/local\">Local</a></span></div>"
            "<div class=\"Column PanelColumn\" id=\"Panel\"><div class=\"Box BoxCategories\"><h4>Categories</h4><ul class=\"PanelInfo\"><li><a>All Categories</a> <span class=\"Aside\">2.1K</span></li>"
            "<li><a>Local</a> <span class=\"Aside\">804</span></li><li><a>Sport</a> <span class=\"Aside\">311</span></li></ul></div></div>"
            "<div class=\"Column ContentColumn\" id=\"Content\"><div class=\"MessageList Discussion\"><div class=\"PageTitle\"><h1>%s</h1></div>%s</div>"
            "<h2 class=\"CommentHeading\">Comments</h2><ul class=\"MessageList DataList Comments\">%s</ul>"
            "<div class=\"P PagerWrap\"><div class=\"Pager NumberedPager\"><a class=\"Previous\">&laquo;</a><a class=\"Highlight\">1</a><a class=\"Next\">&raquo;</a></div></div></div></div></div>"
            "<div id=\"Foot\"><div class=\"Row\"><a href=\"https://vanillaforums.com\" class=\"PoweredByVanilla\">Powered by Vanilla</a></div></div></div>") % (
        esc(title), item(posts[0], 0, True), "".join(item(p, n + 1, False) for n, p in enumerate(posts[1:])))


def openweb(cs):
    """An OpenWeb (Spot.IM) conversation as a static render: hashed class names, data-spot-im-class attributes,
    relative times only, like counts on buttons, replies in a nested list."""
    def h():
        return "spcv_%s" % "".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6))
    root_c, msg_c, head_c, user_c, time_c, text_c, foot_c = h(), h(), h(), h(), h(), h(), h()

    def one(i):
        c = cs[i]
        sub = "".join(one(k) for k in kids(cs, i))
        return ("<li class=\"%s\" data-spot-im-class=\"message-stack\"><article class=\"%s\" data-spot-im-class=\"message-view\" aria-label=\"%s\">"
                "<div class=\"%s\" data-spot-im-class=\"message-avatar\"><img src=\"/avatars/%d.png\" alt=\"\"></div><div class=\"%s\">"
                "<header class=\"%s\" data-spot-im-class=\"message-header\"><span class=\"%s\" data-spot-im-class=\"message-username\" role=\"button\">%s</span>"
                "<span class=\"%s\" aria-hidden=\"true\">&middot;</span><time class=\"%s\" data-spot-im-class=\"message-timestamp\">%s</time></header>"
                "<div class=\"%s\" data-spot-im-class=\"message-text\" dir=\"auto\">%s</div>"
                "<footer class=\"%s\" data-spot-im-class=\"message-footer\"><button class=\"%s\" data-spot-im-class=\"message-reply\">Reply</button>"
                "<button class=\"%s\" aria-label=\"Like\" data-spot-im-class=\"components-like\"><svg width=\"14\" height=\"14\"></svg><span>%s</span></button>"
                "<button class=\"%s\" aria-label=\"Dislike\"><svg width=\"14\" height=\"14\"></svg><span>%s</span></button>"
                "<button class=\"%s\" aria-label=\"Share\">Share</button><button class=\"%s\" aria-label=\"Report\">&hellip;</button></footer></div></article>%s</li>") % (
            root_c, msg_c, "Comment by " + esc(c["author"]), h(), c["id"], h(), head_c, user_c, esc(c["author"]), h(), time_c, ago(c["time"]),
            text_c, paras(c), foot_c, h(), h(), c["likes"] or "", h(), R.choice(["", "1", "2", "4"]), h(), h(),
            ("<ul class=\"%s\" data-spot-im-class=\"message-replies\">%s</ul>" % (h(), sub)) if sub else "")
    conv = ("<div data-spotim-module=\"conversation\" data-spot-im-class=\"conversation\" class=\"%s\"><div class=\"%s\"><h2 class=\"%s\">Conversation</h2>"
            "<span class=\"%s\">%d Comments</span></div><div class=\"%s\" data-spot-im-class=\"conversation-login\"><button>Log in</button> <button>Sign up</button></div>"
            "<div class=\"%s\" data-spot-im-class=\"sort\">Sort by <button>Best</button></div><ul class=\"%s\" data-spot-im-class=\"messages-list\">%s</ul>"
            "<button class=\"%s\">Show More Comments</button><div class=\"%s\">Powered by <a href=\"https://openweb.com\">OpenWeb</a> <a>Terms</a> | <a>Privacy</a> | <a>Feedback</a></div></div>") % (
        h(), h(), h(), h(), len(cs), h(), h(), h(), "".join(one(i) for i in kids(cs, None)), h(), h())
    return chrome("Central library to close on Saturdays from January", story() + conv)


def wpdiscuz(cs):
    """wpDiscuz: replies nested inside their parent's div, author and '3 days ago' in a header, vote result."""
    def one(i, level):
        c = cs[i]
        sub = "".join(one(k, level + 1) for k in kids(cs, i))
        return ("<div id=\"wpd-comm-%d_%d\" class=\"comment even thread-even depth-%d %s wpd_comment_level-%d\"><div class=\"wpd-comment-wrap wpd-blog-guest\">"
                "<div class=\"wpd-avatar\"><img alt=\"%s\" src=\"/avatar/%d.png\" class=\"avatar avatar-64 photo\" height=\"64\" width=\"64\"></div>"
                "<div id=\"comment-%d\" class=\"wpd-comment-right\"><div class=\"wpd-comment-header\"><div class=\"wpd-comment-author\">%s</div>"
                "<div class=\"wpd-comment-date\" title=\"%s %d, %d %s\"><i class=\"far fa-clock\" aria-hidden=\"true\"></i> %s</div>"
                "<div class=\"wpd-comment-link wpd-hidden\"><span wpd-tooltip=\"Comment Link\" wpd-tooltip-position=\"left\"><i class=\"fas fa-link\"></i></span></div></div>"
                "%s<div class=\"wpd-comment-text\">%s</div><div class=\"wpd-comment-footer\"><div class=\"wpd-vote\"><div class=\"wpd-vote-up wpd_not_clicked\"><svg aria-hidden=\"true\"></svg></div>"
                "<div class=\"wpd-vote-result\" title=\"%d\">%d</div><div class=\"wpd-vote-result-sep\"></div><div class=\"wpd-vote-down wpd_not_clicked\"><svg></svg></div></div>"
                "<div class=\"wpd-reply-button\"><svg></svg><span>Reply</span></div><div class=\"wpd-space\"></div></div></div></div>"
                "<div id=\"wpdiscuz_form_anchor-%d_%d\"></div>%s</div>") % (
            c["id"], cs[c["parent"]]["id"] if c["parent"] is not None else 0, level, "wpd-reply" if level > 1 else "", level,
            esc(c["author"]), c["id"], c["id"], esc(c["author"]), mon(c["time"]), c["time"].day, c["time"].year, ampm(c["time"]), ago(c["time"]),
            ("<div class=\"wpd-reply-to\"><i class=\"far fa-comments\"></i> Reply to&nbsp; <a href=\"#comment-%d\">%s</a></div>" % (cs[c["parent"]]["id"], esc(cs[c["parent"]]["author"]))) if c["parent"] is not None else "",
            paras(c), c["likes"], c["likes"], c["id"], cs[c["parent"]]["id"] if c["parent"] is not None else 0, sub)
    return chrome("Central library to close on Saturdays from January", story() + (
        "<div class=\"wpdiscuz_top_clearing\"></div><div id=\"comments\" class=\"comments-area\"><div id=\"respond\" style=\"width: 0;height: 0;clear: both;margin: 0;padding: 0;\"></div>"
        "<div id=\"wpdcom\" class=\"wpdiscuz_unauth wpd-default wpd-layout-2\"><div class=\"wpd-form-wrap\"><div class=\"wpd-form-head\"><div class=\"wpd-auth\"><div class=\"wpd-login\"><a href=\"/wp-login.php\">Login</a></div></div></div>"
        "<div class=\"wpd-form wpd-form-wrapper wpd-main-form-wrapper\"><form><textarea placeholder=\"Join the discussion\"></textarea><input type=\"submit\" value=\"Post Comment\"></form></div></div>"
        "<div id=\"wpd-threads\" class=\"wpd-thread-wrapper\"><div class=\"wpd-thread-head\"><div class=\"wpd-thread-info\" data-comments-count=\"%d\"><span class='wpdtc'>%d</span> Comments</div>"
        "<div class=\"wpd-space\"></div><div class=\"wpd-thread-filter\"><div class=\"wpd-filter wpdf-reacted\">&#128293;</div><div class=\"wpd-filter wpdf-hottest\">Hottest</div></div></div>"
        "<div class=\"wpd-comment-info-bar\"><div class=\"wpd-current-view\"><i class=\"fas fa-quote-left\"></i> Inline Feedbacks</div><div class=\"wpd-filter-view-all\">View all comments</div></div>"
        "<div class=\"wpd-thread-list\">%s<div class=\"wpdiscuz-comment-pagination\"></div></div></div></div></div>") % (
        len(cs), len(cs), "".join(one(i, 1) for i in kids(cs, None))))


def fluxbb(posts, title):
    """FluxBB / PunBB: div.blockpost, date in the h2 bar, author dl in div.postleft beside div.postright."""
    out = []
    for n, p in enumerate(posts):
        quote = ""
        if p["quote"]:
            q = posts[p["parent"]]
            quote = "<div class=\"quotebox\"><cite>%s wrote:</cite><blockquote><div><p>%s</p></div></blockquote></div>" % (esc(q["author"]), esc(p["quote"]))
        out.append((
            "<div id=\"p%d\" class=\"blockpost %s%s\"><h2><span><span class=\"conr\">#%d</span> <a href=\"viewtopic.php?pid=%d#p%d\">%s</a></span></h2>"
            "<div class=\"box\"><div class=\"inbox\"><div class=\"postbody\"><div class=\"postleft\"><dl><dt><strong><a href=\"profile.php?id=%d\">%s</a></strong></dt>"
            "<dd class=\"usertitle\"><strong>%s</strong></dd><dd class=\"postavatar\"></dd><dd><span>From: %s</span></dd><dd><span>Registered: %d-%02d-%02d</span></dd>"
            "<dd><span>Posts: %d</span></dd></dl></div><div class=\"postright\"><h3>%s%s</h3><div class=\"postmsg\">%s%s</div>%s</div></div></div>"
            "<div class=\"inbox\"><div class=\"postfoot clearb\"><div class=\"postfootleft\"><p><span>%s</span></p></div><div class=\"postfootright\"><ul>"
            "<li class=\"postreport\"><span><a href=\"misc.php?report=%d\">Report</a></span></li><li class=\"postquote\"><span><a href=\"post.php?tid=9&amp;qid=%d\">Quote</a></span></li></ul></div></div></div></div></div>") % (
            p["id"], "rowodd" if n % 2 == 0 else "roweven", " firstpost" if n == 0 else "", n + 1, p["id"], p["id"], p["time"].strftime("%Y-%m-%d %H:%M:%S"),
            60 + n, esc(p["author"]), R.choice(["Member", "New member", "Moderator"]), R.choice(["Millbrook", "Leeds", "the valley"]),
            R.randint(2008, 2020), R.randint(1, 12), R.randint(1, 28), R.randint(2, 3000), "Re: " if n else "", esc(title), quote,
            "".join("<p>%s</p>" % esc(x) for x in p["paras"]),
            ("<div class=\"postsignature postmsg\"><hr /><p>%s</p></div>" % esc(p["sig"])) if p.get("sig") else "",
            R.choice(["Offline", "Online"]), p["id"], p["id"]))
    return ("<div id=\"punviewtopic\" class=\"pun\"><div class=\"top-box\"></div><div class=\"punwrap\"><div id=\"brdheader\" class=\"block\"><div class=\"box\"><div id=\"brdtitle\" class=\"inbox\">"
            "<h1><a href=\"index.php\">Valley Board</a></h1><div id=\"brddesc\"><p>Talk about anything local</p></div></div><div id=\"brdmenu\" class=\"inbox\"><ul><li id=\"navindex\" class=\"isactive\"><a href=\"index.php\">Index</a></li>"
            "<li id=\"navuserlist\"><a href=\"userlist.php\">User list</a></li><li id=\"navsearch\"><a href=\"search.php\">Search</a></li><li id=\"navregister\"><a href=\"register.php\">Register</a></li><li id=\"navlogin\"><a href=\"login.php\">Login</a></li></ul></div>"
            "<div id=\"brdwelcome\" class=\"inbox\"><p class=\"conl\">You are not logged in.</p></div></div></div>"
            "<div id=\"brdmain\"><div class=\"linkst\"><div class=\"inbox crumbsplus\"><ul class=\"crumbs\"><li><a href=\"index.php\">Index</a></li><li><span>&raquo;&#160;</span><a href=\"viewforum.php?id=2\">Local</a></li>"
            "<li><span>&raquo;&#160;</span><strong><a href=\"viewtopic.php?id=9\">%s</a></strong></li></ul><div class=\"pagepost\"><p class=\"pagelink conl\"><span class=\"pages-label\">Pages: </span><strong class=\"item1\">1</strong></p></div></div></div>"
            "%s<div class=\"postlinksb\"><div class=\"inbox crumbsplus\"><p class=\"postlink conr\"><a href=\"post.php?tid=9\">Post reply</a></p></div></div></div>"
            "<div id=\"brdfooter\" class=\"block\"><div class=\"box\"><div class=\"inbox\"><p id=\"poweredby\">Powered by <a href=\"https://fluxbb.org/\">FluxBB</a></p></div></div></div></div></div>") % (
        esc(title), "".join(out))


def isso(cs):
    """Isso: div.isso-comment with header (author, permalink time with datetime), text, vote count, nested
    div.isso-follow-up."""
    def one(i):
        c = cs[i]
        sub = "".join(one(k) for k in kids(cs, i))
        return ("<div class=\"isso-comment\" id=\"isso-%d\"><div class=\"isso-avatar\"><svg data-hash=\"#%x\"></svg></div><div class=\"isso-text-wrapper\">"
                "<div class=\"isso-comment-header\" role=\"meta\"><span class=\"isso-author\">%s</span><span class=\"isso-spacer\">&bull;</span>"
                "<a class=\"isso-permalink\" href=\"#isso-%d\"><time title=\"%s\" datetime=\"%s:00Z\">%s</time></a><span class=\"isso-note\"></span></div>"
                "<div class=\"isso-text\">%s</div><div class=\"isso-comment-footer\"><span class=\"isso-votes\">%d</span>"
                "<a class=\"isso-upvote\" href=\"#\"><svg></svg></a><span class=\"isso-spacer\">|</span><a class=\"isso-downvote\" href=\"#\"><svg></svg></a>"
                "<a class=\"isso-reply\" href=\"#\">Reply</a><a class=\"isso-edit\" href=\"#\">Edit</a><a class=\"isso-delete\" href=\"#\">Delete</a></div>"
                "<div class=\"isso-follow-up\">%s</div></div></div>") % (
            c["id"], c["id"] * 7919, esc(c["author"]), c["id"], c["time"].strftime("%a %b %d %Y %H:%M:%S"), c["time"].strftime("%Y-%m-%dT%H:%M"), ago(c["time"]),
            paras(c), c["likes"], sub)
    return chrome("Central library to close on Saturdays from January", story() + (
        "<section id=\"isso-thread\" data-title=\"Library\"><h4 class=\"isso-thread-heading\">%d Comments</h4><div class=\"isso-postbox\"><div class=\"isso-form-wrapper\">"
        "<div class=\"isso-textarea-wrapper\"><div class=\"isso-textarea isso-placeholder\" contenteditable=\"true\">Type Comment Here (at least 3 chars)</div></div>"
        "<section class=\"isso-auth-section\"><p class=\"isso-input-wrapper\"><input type=\"text\" name=\"author\" placeholder=\"Name (optional)\"></p>"
        "<p class=\"isso-post-action\"><input type=\"submit\" value=\"Submit\"></p></section></div></div><div id=\"isso-root\">%s</div></section>") % (
        len(cs), "".join(one(i) for i in kids(cs, None))))


def newscms(cs):
    """A regional-news CMS: ol.comments with rating buttons ('12' up), relative times only ('3 hours ago'), replies in
    ol.comment__replies, 'Show 2 more replies' buttons, and an ad between the 5th and 6th comment."""
    n = [0]

    def one(i):
        c = cs[i]
        n[0] += 1
        ad = "<li class=\"comments__ad\"><div class=\"ad-slot\" data-ad-unit=\"comments_1\"><span class=\"ad-label\">Advertisement</span></div></li>" if n[0] == 5 else ""
        sub = "".join(one(k) for k in kids(cs, i))
        return ("<li class=\"comment\" id=\"comment-%d\" data-comment-id=\"%d\"><div class=\"comment__body\"><div class=\"comment__header\">"
                "<a class=\"comment__author\" href=\"/profile/%d\">%s</a> <span class=\"comment__timestamp\"><a href=\"#comment-%d\">%s</a></span></div>"
                "<div class=\"comment__content\">%s</div><div class=\"comment__actions\"><button class=\"comment__reply\">Reply</button>"
                "<span class=\"comment__rating\"><button class=\"rating__up\" aria-label=\"Agree\">&#9650; <span class=\"rating__count\">%d</span></button>"
                "<button class=\"rating__down\" aria-label=\"Disagree\">&#9660; <span class=\"rating__count\">%d</span></button></span>"
                "<button class=\"comment__report\">Report</button></div></div>%s</li>%s") % (
            c["id"], c["id"], c["id"], esc(c["author"]), c["id"], ago(c["time"]), paras(c), c["likes"], R.randint(0, 6),
            ("<ol class=\"comment__replies\">%s</ol><button class=\"comment__more-replies\">Show %d more replies</button>" % (sub, R.randint(1, 4))) if sub else "", ad)
    return chrome("Central library to close on Saturdays from January", story() + (
        "<section class=\"comments\" id=\"comments\"><header class=\"comments__header\"><h2>Comments <span class=\"comments__count\">(%d)</span></h2>"
        "<p class=\"comments__rules\">Comments are moderated. Please read our <a href=\"/house-rules\">house rules</a> before posting.</p>"
        "<div class=\"comments__sort\">Sort by: <button>Newest</button> <button>Oldest</button> <button>Most rated</button></div></header>"
        "<ol class=\"comments__list\">%s</ol><button class=\"comments__load-more\">Load more comments</button></section>") % (
        len(cs), "".join(one(i) for i in kids(cs, None))))


def ipb1(posts, title):
    """Invision Power Board 1.3 (tables): a header row with the name and 'Posted: Nov 20 2026, 02:03 PM', then
    the member cell (group, post count, joined) beside the post cell; QUOTE boxes; two columns in a text dump."""
    out = []
    for n, p in enumerate(posts):
        t = p["time"]
        quote = ""
        if p["quote"]:
            q = posts[p["parent"]]
            quote = ("<!--QuoteBegin-%s+%s %d %d, %02d:%02d %s-->"
                     "<div class='quotetop'>QUOTE (%s @ %s %d %d, %02d:%02d %s)</div><div class='quotemain'><!--QuoteEBegin-->%s<!--QuoteEnd--></div><!--QuoteEEnd-->") % (
                esc(q["author"]), mon(q["time"])[:3], q["time"].day, q["time"].year, q["time"].hour % 12 or 12, q["time"].minute, "AM" if q["time"].hour < 12 else "PM",
                esc(q["author"]), mon(q["time"])[:3], q["time"].day, q["time"].year, q["time"].hour % 12 or 12, q["time"].minute, "AM" if q["time"].hour < 12 else "PM",
                esc(p["quote"]))
        sig = ("<br /><br />--------------------<br /><div class='signature'>%s</div>" % esc(p["sig"])) if p.get("sig") else ""
        out.append((
            "<table class='ipbtable' cellspacing=\"1\"><tr><td class=\"row2\" valign=\"middle\" width=\"1%%\" nowrap=\"nowrap\"><a name=\"entry%d\"></a>"
            "<span class=\"normalname\"><a href=\"index.php?showuser=%d\">%s</a></span></td>"
            "<td class=\"row2\" valign=\"top\" width=\"99%%\"><div style=\"float: left;\"><span class=\"postdetails\"> <img src='style_images/1/to_post_off.gif' alt='post' border='0' style='padding-bottom:2px' />"
            " <a title=\"Show the link to this post\" href=\"#\">Post #%d</a> <b>Posted:</b> %s %d %d, %02d:%02d %s</span></div>"
            "<div align=\"right\"><a href=\"#\"><img src='style_images/1/p_report.gif' border='0' alt='Report Post' /></a> <a href=\"#top\"><img src='style_images/1/p_up.gif' border='0' alt='Top' /></a></div></td></tr>"
            "<tr><td valign=\"top\" class=\"post1\"><span class=\"postdetails\"><img src='style_images/1/pip.gif' border='0' alt='*' /><br /><br />Group: %s<br />Posts: %d<br />"
            "Joined: %d-%s %02d<br />From: %s<br />Member No.: %d<br /></span></td>"
            "<td width=\"100%%\" valign=\"top\" class=\"post1\"><div class=\"postcolor\" id='post-%d'>%s%s</div>%s</td></tr>"
            "<tr><td class=\"darkrow3\" nowrap=\"nowrap\"><a href=\"javascript:scroll(0,0);\"><img src='style_images/1/p_up.gif' alt='Top' border='0' /></a></td>"
            "<td class=\"darkrow3\" nowrap=\"nowrap\"><div style=\"float: left;\"><a href=\"#\"><img src='style_images/1/p_profile.gif' border='0' alt='User is offline' /></a></div>"
            "<div align=\"right\"><a href=\"#\"><img src='style_images/1/p_quote.gif' border='0' alt='Quote Post' /></a></div></td></tr></table><div class=\"darkrow1\" style=\"height:5px\"><!-- --></div>") % (
            p["id"], 70 + n, esc(p["author"]), n + 1, mon(t)[:3], t.day, t.year, t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM",
            R.choice(["Members", "Advanced Members", "Moderators"]), R.randint(3, 5000), R.randint(2, 28), R.choice(["March", "July", "October"])[:3], R.randint(3, 9),
            R.choice(["Millbrook", "Sheffield", "the valley", "Cork"]), 1000 + n * 37, p["id"], quote, "<br /><br />".join(esc(x) for x in p["paras"]), sig))
    return ("<div id=\"ipbwrapper\"><div class=\"borderwrap\"><div id=\"logostrip\"><a href='index.php'>Valley Community Board</a></div>"
            "<div id=\"submenu\"><p class=\"home\"><a href=\"index.php?act=Help\">Help</a> <a href=\"index.php?act=Search\">Search</a> <a href=\"index.php?act=Members\">Members</a> <a href=\"index.php?act=calendar\">Calendar</a></p></div></div>"
            "<div id=\"userlinksguest\"><p class=\"pcen\"><b>Welcome Guest</b> ( <a href=\"#\">Log In</a> | <a href=\"#\">Register</a> )</p></div>"
            "<div id=\"navstrip\"><a href='index.php?act=idx'>Valley Community Board</a> &gt; <a href='index.php?showforum=3'>Local matters</a> &gt; %s</div>"
            "<div class=\"borderwrap\"><div class='maintitle'><div style='float:left'><img src='style_images/1/nav_m.gif' border='0' alt='&gt;' width='8' height='8' />&nbsp;<b>%s</b></div></div>%s</div>"
            "<div class=\"activeuserstrip\">0 User(s) are reading this topic (0 Guests and 0 Anonymous Users)</div>"
            "<div class=\"copyright\" align=\"center\">Powered By <a href='http://www.invisionboard.com'>IP.Board</a> 1.3.1 Final &copy; 2026 IPS, Inc.</div></div>") % (
        esc(title), esc(title), "".join(out))


# ---------------------------------------------------------------- writing

def forum_thread(n, likes=False, start=None):
    cs = thread(n, nested=False, likes=likes, start=start, spread=(10, 400), quoting=True)
    first = {"parent": None, "depth": 0, "author": "Pradeep", "time": cs[0]["time"] - dt.timedelta(hours=3), "likes": 0 if likes else None,
             "paras": [STORY[0], "Is anyone going to the meeting on the 9th? " + STORY[2]], "quote": None, "id": 3999}
    cs = [first] + [dict(c, parent=None if c["parent"] is None else c["parent"] + 1) for c in cs]
    sigs = {a: R.choice(["Millbrook born and bred.", "Reading is dreaming with open eyes.", "Allotment 14B, ask about courgettes."])
            for a in NAMES if R.random() < 0.3}
    for c in cs:
        c["sig"] = sigs.get(c["author"])
    return cs


def gold_of(name, system, cs, forum, likes, times=True, note=None, fetched=None):
    g = {"page": {"file": "pages/" + name + ".html"}, "system": system, "site": name + ".example", "forum": forum, "heldOut": True,
         "comments": [{"id": "g%d" % i, "parent": None if c["parent"] is None else "g%d" % c["parent"], "author": c["author"],
                       "time": c["time"].strftime("%Y-%m-%dT%H:%M") if times else None, "likes": c["likes"] if likes else None,
                       "text": "\n\n".join(c["paras"])} for i, c in enumerate(cs)]}
    if fetched:
        # what a relative time tells a reader: the minute for "N minutes ago", the date for hours and days (the first
        # version of this gold kept the true minute, which no reader of "9 hours ago" can know)
        g["fetchedAt"] = fetched.strftime("%Y-%m-%dT%H:%M:00Z")
        for gc, c in zip(g["comments"], cs):
            label = ago(c["time"], fetched)
            if "minute" in label:
                gc["time"] = (fetched - dt.timedelta(minutes=int(label.split()[0]))).strftime("%Y-%m-%dT%H:%M")
            elif "hour" in label:
                gc["time"] = (fetched - dt.timedelta(hours=int(label.split()[0]))).strftime("%Y-%m-%d")
            else:
                gc["time"] = (fetched.date() - dt.timedelta(days=int(label.split()[0]))).isoformat()
    if note:
        g["note"] = note
    return g


def main():
    os.makedirs(os.path.join(OUT, "pages"), exist_ok=True)
    written = []

    def write(name, html_, gold):
        with open(os.path.join(OUT, "pages", name + ".html"), "w", encoding="utf-8") as f:
            f.write(html_)
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=1, ensure_ascii=False)
            f.write("\n")
        written.append(name)

    cs = thread(14, max_depth=1)
    write("stackexchange", stackexchange(cs), gold_of("stackexchange", "stackexchange", cs, False, True,
          note="answers are top level (votes as likes), comments under an answer are its replies; the comment's own author "
               "and date follow its text; the 'edited' card names the editor, not the author"))
    cs = thread(13, max_depth=4, likes=False)
    write("slashdot", slashdot(cs), gold_of("slashdot", "slashdot", cs, False, False,
          note="the subject line and the moderation score are not part of the text; the score is not likes"))
    cs = thread(11, max_depth=3, likes=False)
    opening = {"parent": None, "depth": 0, "author": "Bookkeeper", "time": dt.datetime(2026, 11, 2, 8, 1), "likes": None,
               "paras": ["The opening hours in the infobox are out of date; I have left them until the council confirms the change."], "id": 1}
    write("mediawiki-talk", mediawiki(cs), gold_of("mediawiki-talk", "mediawiki", [opening] + [dict(c, parent=None if c["parent"] is None else c["parent"] + 1) for c in cs],
          False, False, note="the signature (author, time) ends each comment and is not part of its text; indentation (dl/dd) gives the parent"))
    cs = thread(15, max_depth=4, start=dt.datetime(2026, 11, 21, 6, 5), spread=(3, 40))
    for c in cs:  # Lemmy user names have no spaces (the first version's gold kept the spaces the page did not show)
        c["author"] = c["author"].replace(" ", "_")
    write("lemmy", lemmy(cs), gold_of("lemmy", "lemmy", cs, False, True, note="score as likes; the short relative time has the absolute one in data-tippy-content"))
    cs = thread(12, max_depth=2)
    write("jcomments", jcomments(cs), gold_of("jcomments", "jcomments", cs, False, True, note="dates are dd.mm.yyyy; the vote balance is likes"))
    posts = forum_thread(11, start=dt.datetime(2026, 11, 20, 6, 10))
    write("mybb", page_wrap("Saturday library closure - Valley Forums", mybb(posts, "Saturday library closure")),
          gold_of("mybb", "mybb", posts, True, False, note="'Today'/'Yesterday' against the footer's 'Current time'; a reply's parent is the post it quotes"))
    posts = forum_thread(10, likes=True)
    for i, p in enumerate(posts):  # NodeBB replies name their parent with a link instead of quoting it
        p["quote"] = None
    write("nodebb", page_wrap("Saturday library closure | Valley Community", nodebb(posts, "Saturday library closure")),
          gold_of("nodebb", "nodebb", posts, True, True, note="a reply's parent is the post its 'reply to' link names"))
    posts = forum_thread(9, likes=True)
    write("vanilla", page_wrap("Saturday library closure &mdash; Valley Talk", vanilla(posts, "Saturday library closure")),
          gold_of("vanilla", "vanilla", posts, True, True, note="'X said:' quotes are not part of the text; the quoted post is the parent"))
    cs = thread(12, max_depth=2, start=dt.datetime(2026, 11, 21, 7, 30), spread=(5, 50))
    write("openweb-rendered", openweb(cs), gold_of("openweb-rendered", "openweb", cs, False, True, fetched=NOW,
          note="only relative times on the page; gold times are counted back from fetchedAt (the page has no clock)"))
    cs = thread(12, max_depth=3)
    write("wpdiscuz", wpdiscuz(cs), gold_of("wpdiscuz", "wpdiscuz", cs, False, True, note="absolute time in the date's title attribute, '3 days ago' as its text"))
    posts = forum_thread(10)
    write("fluxbb", page_wrap("Saturday library closure / Local / Valley Board", fluxbb(posts, "Saturday library closure")),
          gold_of("fluxbb", "fluxbb", posts, True, False, note="'X wrote:' quotes are not part of the text; the quoted post is the parent"))
    cs = thread(10, max_depth=3)
    write("isso", isso(cs), gold_of("isso", "isso", cs, False, True))
    cs = thread(13, max_depth=2, start=dt.datetime(2026, 11, 21, 5, 0), spread=(5, 60))
    write("news-relative", newscms(cs), gold_of("news-relative", "newscms", cs, False, True, fetched=NOW,
          note="relative times only, counted back from fetchedAt; up-ratings are likes"))
    posts = forum_thread(10)
    write("ipb1-tables", page_wrap("Saturday library closure - Valley Community Board", ipb1(posts, "Saturday library closure")),
          gold_of("ipb1-tables", "ipb1", posts, True, False, note="QUOTE boxes are not part of the text; the quoted post is the parent"))
    print("\n".join(written))


def page_wrap(title, body):
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title></head><body>%s</body></html>" % (title, body))


if __name__ == "__main__":
    main()
