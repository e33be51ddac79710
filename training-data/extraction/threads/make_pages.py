#!/usr/bin/python3
"""Writes the hand-designed thread pages of the gold set: one HTML page per comment system, in that system's
markup (as its pages render it for a reader with scripts off), and beside it the gold JSON (author, time, likes,
parent and text per comment). Fixed seed: the same pages every run.  Usage: make_pages.py OUT_DIR"""
import html, json, os, random, sys

R = random.Random(20261206)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

OPEN = ["I live two streets from the river and", "Honestly,", "As someone who drives this route every day,",
        "My grandfather worked on the old bridge, and", "Read the council minutes before commenting:",
        "This is the third time they have promised this.", "Good news for cyclists at last.", "Not convinced.",
        "Can someone explain why", "I was at the meeting on Tuesday and", "The numbers in the article do not add up:",
        "Thanks for the clear reporting.", "Funny how", "We have been waiting for this since 2015 and",
        "Let me play devil's advocate here:", "I run a shop on the square and", "Does anyone know whether",
        "With respect to the previous poster,", "The real question is why", "Just my two cents:"]
MIDDLE = ["the traffic at rush hour is already unbearable", "nobody asked the people who actually live there",
          "the budget doubled in two years without a word of explanation", "the ferry would have been cheaper",
          "the cycle lanes are the only part that makes sense", "the contractor has a poor record on schools",
          "the noise during construction will drive families away", "the mayor changed his mind after the election",
          "property prices will go up and renters will pay for it", "the old bridge is genuinely unsafe",
          "the bus company was not consulted at all", "the environmental report is still not public",
          "we need fewer cars in the centre, not more", "the tolls will hit commuters from the villages",
          "the river crossing has been a bottleneck for decades", "the plans look nothing like the drawings from 2019",
          "council meetings should be streamed online", "small businesses were promised compensation",
          "the design competition was a farce", "nobody will maintain it once the ribbon is cut"]
CLOSE = ["We will see who pays in the end.", "I hope I am wrong.", "Time will tell.", "Shame on them.",
         "Well done to the campaigners.", "Vote them out next May.", "What a waste of public money.",
         "Finally some common sense.", "I will believe it when I see it.", "Let's keep the pressure on.",
         "Typical.", "Glad to see some progress.", "Somebody should be held accountable for this mess.",
         "Write to your councillor, it works.", "I have said this for years."]
NAMES = ["RiverRat62", "anna_berg", "Tom Hallett", "mkowalski", "Jude P.", "quietcommuter", "Sandra Oyelaran",
         "bikebloke", "Old Town Resident", "Priya N", "marcus.w", "Henrietta", "dave_from_accounts", "LenaV",
         "Geoff Bright", "noname42", "Carla M.", "FerrymanFan", "Yusuf A", "bridgewatcher"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def text(i):
    n = R.choice([1, 1, 2, 2, 3])
    sents = []
    for k in range(n):
        s = R.choice(OPEN) + " " + R.choice(MIDDLE) + ". " + R.choice(CLOSE)
        sents.append(s[0].upper() + s[1:])
    return sents


def thread(n, nested=True, max_depth=3, likes=True):
    """n comments in page order (depth-first), each with a parent index or None."""
    out = []
    day, minute = R.randint(1, 27), R.randint(0, 200)
    for i in range(n):
        parent = None
        if nested and out and R.random() < 0.45:
            cands = [j for j in range(len(out)) if out[j]["depth"] < max_depth]
            # a reply answers the previous comment or one of its ancestors (depth-first page order)
            chain = []
            j = len(out) - 1
            while j is not None:
                chain.append(j)
                j = out[j]["parent"]
            chain = [c for c in chain if c in cands]
            if chain:
                parent = R.choice(chain)
        minute += R.randint(3, 240)
        t = (2026, 11, day + minute // 1440, (minute % 1440) // 60, minute % 60)
        out.append({"parent": parent, "depth": 0 if parent is None else out[parent]["depth"] + 1,
                    "author": R.choice(NAMES), "time": t, "likes": R.randint(0, 40) if likes else None,
                    "paras": text(i)})
    # page order is depth-first: children right after their parent's subtree
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
        c["id"] = 1000 + remap[old] * 7
        res.append(c)
    return res


def children(cs, i):
    return [j for j, c in enumerate(cs) if c["parent"] == i]


def iso(t):
    return "%04d-%02d-%02dT%02d:%02d" % t


def ampm(t):
    h = t[3] % 12 or 12
    return "%d:%02d %s" % (h, t[4], "am" if t[3] < 12 else "pm")


def mon(t):
    return MONTHS[t[1] - 1]


def esc(s):
    return html.escape(s, quote=True)


def paras(c, tag="p"):
    return "".join("<%s>%s</%s>" % (tag, esc(p), tag) for p in c["paras"])


ARTICLE = ["The city council voted on Tuesday night to fund a new bridge across the river, ending a decade of debate "
           "about traffic in the old town and its narrow streets.",
           "The bridge will carry two traffic lanes, a bus lane and separated cycle lanes, and is expected to cost "
           "about 84 million euros, a third more than the estimate published in 2019.",
           "Opponents said the money would be better spent on the bus network and on schools, while shop owners on "
           "the square asked for compensation during the three years of construction.",
           "Work is due to start next spring. The council will publish the environmental report before the summer, "
           "the mayor said after the vote, which passed by 27 votes to 14."]


def page(title, body, head=""):
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%s</title>%s</head><body>"
            "<header class=\"site-header\"><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a>"
            " <a href=\"/contact\">Contact</a></header>%s<footer class=\"site-footer\"><p>&copy; 2026 Example Media."
            " All rights reserved.</p><a href=\"/privacy\">Privacy</a></footer></body></html>") % (esc(title), head, body)


def article(title="Council approves the new river bridge"):
    return ("<article class=\"story\"><h1>%s</h1><p class=\"byline\">By Anna Berg</p>%s</article>"
            % (esc(title), "".join("<p>%s</p>" % esc(p) for p in ARTICLE)))


def forum_first(title):
    """Forum threads: the opening post is itself a post (and the page's article)."""
    return {"parent": None, "depth": 0, "author": "bridgewatcher", "time": (2026, 11, 2, 8, 15), "likes": None,
            "paras": [ARTICLE[0], ARTICLE[1] + " What do people here think?"], "id": 999}


# ---------------------------------------------------------------- the comment systems

def wordpress(cs):
    def one(i):
        c = cs[i]
        kids = children(cs, i)
        return ("<li class=\"comment byuser even depth-%d\" id=\"comment-%d\"><article id=\"div-comment-%d\" class=\"comment-body\">"
                "<footer class=\"comment-meta\"><div class=\"comment-author vcard\"><img alt=\"\" src=\"/avatar/%d.png\" class=\"avatar avatar-32\" height=\"32\" width=\"32\">"
                "<b class=\"fn\">%s</b> <span class=\"says\">says:</span></div><div class=\"comment-metadata\"><a href=\"#comment-%d\">"
                "<time datetime=\"%s:00+00:00\">%s %d, %d at %s</time></a></div></footer><div class=\"comment-content\">%s</div>"
                "<div class=\"reply\"><a rel=\"nofollow\" class=\"comment-reply-link\" href=\"?replytocom=%d#respond\">Reply</a></div></article>%s</li>") % (
            c["depth"] + 1, c["id"], c["id"], c["id"], esc(c["author"]), c["id"], iso(c["time"]), mon(c["time"]), c["time"][2],
            c["time"][0], ampm(c["time"]), paras(c), c["id"],
            ("<ol class=\"children\">%s</ol>" % "".join(one(k) for k in kids)) if kids else "")
    body = article() + "<div id=\"comments\" class=\"comments-area\"><h2 class=\"comments-title\">%d thoughts on &ldquo;Council approves the new river bridge&rdquo;</h2><ol class=\"comment-list\">%s</ol>" % (
        len(cs), "".join(one(i) for i in children(cs, None)))
    return body + "<div id=\"respond\"><h3>Leave a Reply</h3><form><textarea name=\"comment\"></textarea><input name=\"author\"><input type=\"submit\" value=\"Post Comment\"></form></div></div>"


def wordpress_old(cs):
    def one(i):
        c = cs[i]
        kids = children(cs, i)
        return ("<li class=\"comment\" id=\"li-comment-%d\"><div id=\"comment-%d\"><div class=\"comment-author vcard\">"
                "<img src=\"/g.png\" class=\"avatar\"><cite class=\"fn\"><a href=\"http://example.org/%s\" rel=\"external nofollow\" class=\"url\">%s</a></cite> <span class=\"says\">says:</span></div>"
                "<div class=\"comment-meta commentmetadata\"><a href=\"#comment-%d\">%s %d, %d at %s</a></div>%s"
                "<div class=\"reply\"><a class=\"comment-reply-link\" href=\"#\">Reply</a></div></div>%s</li>") % (
            c["id"], c["id"], c["id"], esc(c["author"]), c["id"], mon(c["time"]), c["time"][2], c["time"][0], ampm(c["time"]),
            paras(c), ("<ul class=\"children\">%s</ul>" % "".join(one(k) for k in kids)) if kids else "")
    return article() + "<h3 id=\"comments\">%d Responses to &#8220;Council approves the new river bridge&#8221;</h3><ol class=\"commentlist\">%s</ol>" % (
        len(cs), "".join(one(i) for i in children(cs, None)))


def inline_meta(cs):
    """The issue's case: author and date on one line before the text ("RiverRat62 Nov 30, 2026 9:02 am"), likes after."""
    out = []
    for i, c in enumerate(cs):
        out.append(("<div class=\"cmt%s\" id=\"c%d\"><div class=\"cmt-head\"><span class=\"cmt-name\">%s</span> <span class=\"cmt-date\">%s %d, %d %s</span></div>"
                    "<div class=\"cmt-text\">%s</div><div class=\"cmt-foot\"><span class=\"cmt-likes\">%d likes</span> &middot; <a href=\"#reply\">Reply</a></div></div>") % (
            " cmt-reply" if c["parent"] is not None else "", c["id"], esc(c["author"]), mon(c["time"])[:3], c["time"][2], c["time"][0],
            ampm(c["time"]), paras(c), c["likes"]))
    # replies nested one level in a div.cmt-replies after their parent, as many news CMSs do
    html_ = []
    for i in children(cs, None):
        html_.append(out[i])
        kids = children(cs, i)
        if kids:
            html_.append("<div class=\"cmt-replies\">" + "".join(out[k] for k in kids) + "</div>")
    return article() + "<section class=\"discussion\"><h3>Comments (%d)</h3>%s</section>" % (len(cs), "".join(html_))


def discourse(cs):
    title = "New river bridge approved: what do you think?"
    posts = []
    for n, c in enumerate(cs):
        reply = ""
        if c["parent"] is not None:
            p = cs[c["parent"]]
            reply = "<a class=\"reply-to-tab\" href=\"#post_%d\"><img class=\"avatar\" src=\"/u/%d.png\"> <span>%s</span></a>" % (
                c["parent"] + 1, c["parent"], esc(p["author"]))
        ts = "%s %d, %d %s" % (mon(c["time"])[:3], c["time"][2], c["time"][0], ampm(c["time"]))
        posts.append(("<div class=\"topic-post clearfix regular\"><article id=\"post_%d\" class=\"boxed onscreen-post\" data-post-id=\"%d\">"
                      "<div class=\"row\"><div class=\"topic-avatar\"><img class=\"avatar\" src=\"/u/%d.png\" width=\"48\"></div><div class=\"topic-body clearfix\">"
                      "<div class=\"topic-meta-data\"><div class=\"names trigger-user-card\"><span class=\"first username\"><a href=\"/u/%s\" data-user-card=\"%s\">%s</a></span></div>"
                      "%s<div class=\"post-infos\"><div class=\"post-info post-date\"><a class=\"post-date\" href=\"/t/bridge/77/%d\"><span title=\"%s\" data-time=\"1\" class=\"relative-date\">%s '%d</span></a></div></div></div>"
                      "<div class=\"regular contents\"><div class=\"cooked\">%s</div><section class=\"post-menu-area clearfix\"><nav class=\"post-controls\"><div class=\"actions\">"
                      "<button class=\"widget-button btn-flat button-count like-count\">%d</button><button class=\"widget-button btn-flat toggle-like\">&#9829;</button>"
                      "<button class=\"widget-button btn-flat reply\">Reply</button></div></nav></section></div></div></div></article></div>") % (
            n + 1, c["id"], n, esc(c["author"]), esc(c["author"]), esc(c["author"]), reply, n + 1, ts, mon(c["time"])[:3],
            c["time"][0] % 100, paras(c), c["likes"] or 0))
    return ("<div id=\"main-outlet\"><h1 class=\"fancy-title\">%s</h1><div class=\"post-stream\">%s</div></div>" % (esc(title), "".join(posts)))


def phpbb(cs):
    title = "New river bridge approved"
    posts = []
    for n, c in enumerate(cs):
        quote = ""
        if c["parent"] is not None:
            p = cs[c["parent"]]
            quote = "<blockquote><div><cite>%s wrote:</cite>%s</div></blockquote>" % (esc(p["author"]), esc(p["paras"][0]))
        posts.append(("<div id=\"p%d\" class=\"post has-profile bg%d\"><div class=\"inner\"><dl class=\"postprofile\" id=\"profile%d\">"
                      "<dt class=\"has-profile-rank has-avatar\"><div class=\"avatar-container\"><img class=\"avatar\" src=\"/a/%d.jpg\"></div>"
                      "<a href=\"./memberlist.php?mode=viewprofile&amp;u=%d\" class=\"username\">%s</a></dt><dd class=\"profile-rank\">Regular</dd>"
                      "<dd class=\"profile-posts\"><strong>Posts:</strong> %d</dd><dd class=\"profile-joined\"><strong>Joined:</strong> Mon Mar 04, 2019 6:10 pm</dd></dl>"
                      "<div class=\"postbody\"><div id=\"post_content%d\"><h3 %s><a href=\"#p%d\">%s%s</a></h3>"
                      "<p class=\"author\"><a class=\"unread\" href=\"./viewtopic.php?p=%d#p%d\" title=\"Post\"><i class=\"icon fa-file\"></i></a>"
                      "<span class=\"responsive-hide\">by <strong><a href=\"./memberlist.php?u=%d\" class=\"username\">%s</a></strong> &raquo; </span>"
                      "<time datetime=\"%s:00+00:00\">%s %s %02d, %d %s</time></p><div class=\"content\">%s%s</div></div></div>"
                      "<div class=\"back2top\"><a href=\"#top\" class=\"top\">Top</a></div></div></div><hr class=\"divider\">") % (
            c["id"], n % 2 + 1, c["id"], n, n, esc(c["author"]), R.randint(1, 3000), c["id"], "class=\"first\"" if n == 0 else "",
            c["id"], "" if n == 0 else "Re: ", esc(title), c["id"], c["id"], n, esc(c["author"]), iso(c["time"]),
            ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][c["time"][2] % 7], mon(c["time"])[:3], c["time"][2], c["time"][0],
            ampm(c["time"]), quote, "<br>".join(esc(p) for p in c["paras"])))
    return ("<div id=\"page-body\"><h2 class=\"topic-title\"><a href=\"./viewtopic.php?t=77\">%s</a></h2>"
            "<div class=\"action-bar bar-top\"><a class=\"button\">Post Reply</a><div class=\"pagination\">%d posts</div></div>%s</div>" % (
                esc(title), len(cs), "".join(posts)))


def vbulletin(cs):
    posts = []
    for n, c in enumerate(cs):
        quote = ""
        if c["parent"] is not None:
            p = cs[c["parent"]]
            quote = ("<div class=\"bbcode_container\"><div class=\"bbcode_quote\"><div class=\"quote_container\"><div class=\"bbcode_postedby\">"
                     "Originally Posted by <strong>%s</strong></div><div class=\"message\">%s</div></div></div></div>") % (
                esc(p["author"]), esc(p["paras"][0]))
        h = c["time"][3] % 12 or 12
        posts.append(("<li class=\"postbitlegacy postbitim postcontainer old\" id=\"post_%d\"><div class=\"posthead\"><span class=\"postdate old\">"
                      "<span class=\"date\">%02d-%02d-%d,&nbsp;<span class=\"time\">%02d:%02d %s</span></span></span>"
                      "<span class=\"nodecontrols\"><a name=\"post%d\" href=\"showthread.php?p=%d#post%d\" class=\"postcounter\">#%d</a></span></div>"
                      "<div class=\"postdetails\"><div class=\"userinfo\"><div class=\"username_container\"><a class=\"username offline popupctrl\" href=\"member.php?u=%d\"><strong>%s</strong></a></div>"
                      "<span class=\"usertitle\">Senior Member</span><dl class=\"userinfo_extra\"><dt>Join Date</dt><dd>Mar 2019</dd><dt>Posts</dt><dd>%d</dd></dl></div>"
                      "<div class=\"postbody\"><div class=\"postrow\"><h2 class=\"title icon\">Re: River bridge</h2><div class=\"content\"><div id=\"post_message_%d\">"
                      "<blockquote class=\"postcontent restore\">%s%s</blockquote></div></div></div></div></div>"
                      "<div class=\"postfoot\"><div class=\"textcontrols floatcontainer\"><a class=\"quote\" href=\"#\">Reply With Quote</a></div></div></li>") % (
            c["id"], c["time"][1], c["time"][2], c["time"][0], h, c["time"][4], "AM" if c["time"][3] < 12 else "PM", c["id"], c["id"], c["id"], n + 1,
            n, esc(c["author"]), R.randint(5, 9000), c["id"], quote, "<br />".join(esc(p) for p in c["paras"])))
    return "<div id=\"postlist\" class=\"postlist restrain\"><h1>River bridge</h1><ol id=\"posts\" class=\"posts\">%s</ol></div>" % "".join(posts)


def reddit(cs):
    def one(i):
        c = cs[i]
        kids = children(cs, i)
        return ("<div class=\" thing id-t1_k%d noncollapsed comment\" id=\"thing_t1_k%d\" data-author=\"%s\" data-type=\"comment\">"
                "<div class=\"midcol unvoted\"><div class=\"arrow up\"></div><div class=\"arrow down\"></div></div><div class=\"entry unvoted\">"
                "<p class=\"tagline\"><a href=\"#\" class=\"expand\">[&ndash;]</a><a href=\"/user/%s\" class=\"author may-blank\">%s</a>"
                "<span class=\"userattrs\"></span> <span class=\"score unvoted\" title=\"%d\">%d points</span> "
                "<time title=\"%s\" datetime=\"%s:00+00:00\" class=\"live-timestamp\">5 hours ago</time></p>"
                "<form class=\"usertext\"><div class=\"usertext-body may-blank-within md-container\"><div class=\"md\">%s</div></div></form>"
                "<ul class=\"flat-list buttons\"><li class=\"first\"><a href=\"/r/town/comments/x/y/k%d/\" class=\"bylink\">permalink</a></li>"
                "<li><a href=\"#\">save</a></li><li><a class=\"access-required\" href=\"#\">reply</a></li></ul></div>"
                "<div class=\"child\">%s</div><div class=\"clearleft\"></div></div>") % (
            c["id"], c["id"], esc(c["author"]), esc(c["author"]), esc(c["author"]), c["likes"], c["likes"],
            iso(c["time"]), iso(c["time"]), paras(c), c["id"],
            ("<div id=\"siteTable_t1_k%d\" class=\"sitetable listing\">%s</div>" % (c["id"], "".join(one(k) for k in kids))) if kids else "")
    link = ("<div class=\"thing link\"><p class=\"title\"><a class=\"title\" href=\"https://news.example/bridge\">Council approves the new river bridge</a></p>"
            "<p class=\"tagline\">submitted by <a class=\"author\">newsbot</a></p></div>")
    return ("<div class=\"content\" role=\"main\">%s<div class=\"commentarea\"><div class=\"panestack-title\"><span class=\"title\">all %d comments</span></div>"
            "<div id=\"siteTable_t3_x\" class=\"sitetable nestedlisting\">%s</div></div></div>") % (link, len(cs), "".join(one(i) for i in children(cs, None)))


def disqus(cs):
    def one(i):
        c = cs[i]
        kids = children(cs, i)
        return ("<li class=\"post\" id=\"post-%d\"><div role=\"alert\"></div><div class=\"post-content\"><div class=\"indicator\"></div>"
                "<div class=\"avatar hovercard\"><a class=\"user\"><img class=\"user\" src=\"/av/%d.jpg\"></a></div><div class=\"post-body\">"
                "<header class=\"comment__header\"><span class=\"post-byline\"><span class=\"author publisher-anchor-color\"><a href=\"https://disqus.com/by/%s/\">%s</a></span></span>"
                " <span class=\"post-meta\"><span class=\"bullet time-ago-bullet\">&bull;</span> <a href=\"#comment-%d\" class=\"time-ago\" title=\"%s, %s %d, %d %s\">a day ago</a></span></header>"
                "<div class=\"post-body-inner\"><div class=\"post-message-container\"><div class=\"publisher-anchor-color\"><div class=\"post-message\" dir=\"auto\">%s</div></div></div></div>"
                "<footer class=\"comment__footer\"><menu class=\"comment-footer__menu\"><li class=\"voting\"><a href=\"#\" class=\"vote-up count-%d\" title=\"Vote up\"><span class=\"updatable count\">%d</span></a>"
                "<a class=\"vote-down count-0\"></a></li><li class=\"reply\"><a href=\"#\"><span class=\"text\">Reply</span></a></li></menu></footer></div></div>"
                "<ul class=\"children\">%s</ul></li>") % (
            c["id"], c["id"], esc(c["author"]), esc(c["author"]), c["id"],
            ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][c["time"][2] % 7], mon(c["time"]),
            c["time"][2], c["time"][0], ampm(c["time"]).upper(), paras(c), c["likes"], c["likes"], "".join(one(k) for k in kids))
    return article() + ("<div id=\"disqus_thread\"><div id=\"layout\"><section id=\"conversation\"><div class=\"nav nav-primary\"><span class=\"comment-count\">%d comments</span></div>"
                        "<div id=\"posts\"><ul id=\"post-list\" class=\"post-list\">%s</ul></div></section></div></div>"
                        "<script>var disqus_shortname = 'townnews';</script>") % (len(cs), "".join(one(i) for i in children(cs, None)))


def news_schema(cs):
    def one(i):
        c = cs[i]
        kids = children(cs, i)
        return ("<li class=\"d-comment\" id=\"comment-%d\" data-comment-author=\"%s\" itemscope itemtype=\"http://schema.org/Comment\">"
                "<div class=\"d-comment__inner\"><div class=\"d-comment__meta\"><span class=\"d-comment__author\" itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\">"
                "<a href=\"/profile/%d\" itemprop=\"name\">%s</a></span> <a class=\"d-comment__timestamp\" href=\"#comment-%d\">"
                "<time itemprop=\"dateCreated\" datetime=\"%sZ\">%d %s %d %d.%02d</time></a></div>"
                "<div class=\"d-comment__body\" itemprop=\"text\">%s</div><div class=\"d-comment__actions\"><span class=\"d-comment__recommend-count\">%d</span>"
                " <button class=\"d-comment__action--reply\">Reply</button> <a class=\"d-comment__action--report\">Report</a></div></div>%s</li>") % (
            c["id"], esc(c["author"]), c["id"], esc(c["author"]), c["id"], iso(c["time"]), c["time"][2], mon(c["time"])[:3], c["time"][0],
            c["time"][3], c["time"][4], paras(c), c["likes"],
            ("<ul class=\"d-thread d-thread--responses\">%s</ul>" % "".join(one(k) for k in kids)) if kids else "")
    return article() + ("<div class=\"d-discussion\"><h2 class=\"container__title\">comments (%d)</h2><p class=\"d-discussion__notice\">Sign in or create your account to join the discussion.</p>"
                        "<ul class=\"d-thread d-thread--comments\">%s</ul></div>") % (len(cs), "".join(one(i) for i in children(cs, None)))


def depth_classes(cs):
    """A flat list whose nesting is only in depth classes and an indent (parent: the nearest shallower item above)."""
    items = []
    for c in cs:
        items.append(("<div class=\"comment-item depth-%d\" style=\"margin-left:%dpx\"><p class=\"posted\">Posted by <strong>%s</strong> | %02d/%02d/%d %02d:%02d</p>"
                      "<div class=\"comment-text\">%s</div><p class=\"comment-tools\"><a href=\"#\">Recommend (%d)</a> <a href=\"#\">Reply</a> <a href=\"#\">Report abuse</a></p></div>") % (
            c["depth"] + 1, 30 * c["depth"], esc(c["author"]), c["time"][2], c["time"][1], c["time"][0], c["time"][3], c["time"][4], paras(c), c["likes"]))
    return article() + "<div class=\"comment-block\"><h3>Have your say</h3>%s</div>" % "".join(items)


def drupal(cs):
    def one(i):
        c = cs[i]
        kids = children(cs, i)
        s = ("<a id=\"comment-%d\"></a><div class=\"comment comment-published clearfix\"><h3><a href=\"/comment/%d#comment-%d\" class=\"permalink\">%s</a></h3>"
             "<div class=\"submitted\">Submitted by <span class=\"username\">%s</span> on %s, %02d/%02d/%d - %02d:%02d</div>"
             "<div class=\"content\"><div class=\"field field-name-comment-body\">%s</div></div><ul class=\"links inline\"><li class=\"comment-delete\"><a>delete</a></li>"
             "<li class=\"comment-reply\"><a href=\"/comment/reply/5/%d\">reply</a></li></ul></div>") % (
            c["id"], c["id"], c["id"], esc(" ".join(c["paras"][0].split()[:4])), esc(c["author"]),
            ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][c["time"][2] % 7], c["time"][1], c["time"][2], c["time"][0], c["time"][3], c["time"][4],
            paras(c), c["id"])
        if kids:
            s += "<div class=\"indented\">%s</div>" % "".join(one(k) for k in kids)
        return s
    return article() + "<div id=\"comments\" class=\"comment-wrapper\"><h2 class=\"title\">Comments</h2>%s</div>" % "".join(one(i) for i in children(cs, None))


def blogger(cs):
    def one(i):
        c = cs[i]
        kids = children(cs, i)
        return ("<li class=\"comment\" id=\"c%d\"><div class=\"avatar-image-container\"><img src=\"//b.example/a.png\"></div><div class=\"comment-block\">"
                "<div class=\"comment-header\"><cite class=\"user\"><a href=\"https://www.blogger.com/profile/%d\" rel=\"nofollow\">%s</a></cite>"
                "<span class=\"icon user\"></span><span class=\"datetime secondary-text\"><a rel=\"nofollow\" href=\"?showComment=%d#c%d\">%s %d, %d at %s</a></span></div>"
                "<p class=\"comment-content\">%s</p><span class=\"comment-actions secondary-text\"><a class=\"comment-reply\" target=\"_self\">Reply</a>"
                "<span class=\"item-control blog-admin\"><a>Delete</a></span></span></div><div class=\"comment-replies\">%s</div><div class=\"comment-replybox-single\"></div></li>") % (
            c["id"], c["id"], esc(c["author"]), c["id"], c["id"], mon(c["time"]), c["time"][2], c["time"][0], ampm(c["time"]).upper(),
            "<br><br>".join(esc(p) for p in c["paras"]),
            ("<div class=\"comment-thread inline-thread\"><span class=\"thread-toggle thread-expanded\"><span class=\"thread-arrow\"></span><span class=\"thread-count\"><a target=\"_self\">Replies</a></span></span>"
             "<ol class=\"thread-chrome thread-expanded\"><div>%s</div></ol></div>" % "".join(one(k) for k in kids)) if kids else "")
    return article() + ("<div class=\"comments\" id=\"comments\"><a name=\"comments\"></a><h4>%d comments:</h4><div class=\"comments-content\"><div class=\"comment-thread toplevel-thread\">"
                        "<ol id=\"top-ra\">%s</ol></div></div><p class=\"comment-footer\"><a href=\"#\">Post a Comment</a></p></div>") % (
        len(cs), "".join(one(i) for i in children(cs, None)))


def hackernews(cs):
    rows = []
    for c in cs:
        rows.append(("<tr class=\"athing comtr\" id=\"%d\"><td><table border=\"0\"><tr><td class=\"ind\" indent=\"%d\"><img src=\"s.gif\" height=\"1\" width=\"%d\"></td>"
                     "<td valign=\"top\" class=\"votelinks\"><center><a id=\"up_%d\" href=\"vote?id=%d&how=up\"><div class=\"votearrow\" title=\"upvote\"></div></a></center></td>"
                     "<td class=\"default\"><div style=\"margin-top:2px; margin-bottom:-10px;\"><span class=\"comhead\"><a href=\"user?id=%s\" class=\"hnuser\">%s</a> "
                     "<span class=\"age\" title=\"%s:00\"><a href=\"item?id=%d\">5 hours ago</a></span> <span class=\"navs\">| <a href=\"#%d\">next</a></span></span></div><br>"
                     "<div class=\"comment\"><div class=\"commtext c00\">%s</div><div class=\"reply\"><p><font size=\"1\"><u><a href=\"reply?id=%d\">reply</a></u></font></p></div></div></td></tr></table></td></tr>") % (
            c["id"], c["depth"], 40 * c["depth"], c["id"], c["id"], esc(c["author"].replace(" ", "_")), esc(c["author"].replace(" ", "_")), iso(c["time"]),
            c["id"], c["id"], "<p>".join(esc(p) for p in c["paras"]), c["id"]))
    return ("<center><table id=\"hnmain\"><tr><td><table class=\"fatitem\"><tr class=\"athing submission\"><td class=\"title\"><span class=\"titleline\"><a href=\"https://news.example/bridge\">Council approves the new river bridge</a></span></td></tr>"
            "<tr><td class=\"subtext\"><span class=\"score\">212 points</span> by <a class=\"hnuser\">newsbot</a> | <a>%d&nbsp;comments</a></td></tr></table><br>"
            "<table class=\"comment-tree\">%s</table></td></tr></table></center>") % (len(cs), "".join(rows))


def xenforo(cs):
    posts = []
    for n, c in enumerate(cs):
        quote = ""
        if c["parent"] is not None:
            p = cs[c["parent"]]
            quote = ("<blockquote class=\"bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote\" data-quote=\"%s\"><div class=\"bbCodeBlock-title\"><a class=\"bbCodeBlock-sourceJump\">%s said:</a></div>"
                     "<div class=\"bbCodeBlock-content\"><div class=\"bbCodeBlock-expandContent\">%s</div></div></blockquote>") % (esc(p["author"]), esc(p["author"]), esc(p["paras"][0]))
        posts.append(("<article class=\"message message--post js-post js-inlineModContainer\" data-author=\"%s\" data-content=\"post-%d\" id=\"js-post-%d\">"
                      "<span class=\"u-anchorTarget\" id=\"post-%d\"></span><div class=\"message-inner\"><div class=\"message-cell message-cell--user\"><section class=\"message-user\">"
                      "<div class=\"message-avatar\"><a class=\"avatar avatar--m\"><img src=\"/d/%d.jpg\"></a></div><div class=\"message-userDetails\"><h4 class=\"message-name\">"
                      "<a href=\"/members/%d/\" class=\"username\" dir=\"auto\">%s</a></h4><h5 class=\"userTitle message-userTitle\">Well-known member</h5></div>"
                      "<div class=\"message-userExtras\"><dl class=\"pairs pairs--justified\"><dt>Messages</dt><dd>%d</dd></dl></div></section></div>"
                      "<div class=\"message-cell message-cell--main\"><div class=\"message-main js-quickEditTarget\"><header class=\"message-attribution message-attribution--split\">"
                      "<ul class=\"message-attribution-main listInline\"><li class=\"u-concealed\"><a href=\"/threads/bridge.77/post-%d\" rel=\"nofollow\">"
                      "<time class=\"u-dt\" dir=\"auto\" datetime=\"%s:00+0000\" data-time=\"1\">%s %d, %d</time></a></li></ul>"
                      "<ul class=\"message-attribution-opposite listInline\"><li><a href=\"/threads/bridge.77/post-%d\">#%d</a></li></ul></header>"
                      "<div class=\"message-content js-messageContent\"><div class=\"message-userContent lbContainer js-lbContainer\"><article class=\"message-body js-selectToQuote\">"
                      "<div class=\"bbWrapper\">%s%s</div></article></div></div><footer class=\"message-footer\"><div class=\"message-actionBar actionBar\">"
                      "<div class=\"actionBar-set actionBar-set--external\"><a class=\"actionBar-action actionBar-action--like\">Like</a>"
                      "<a class=\"actionBar-action actionBar-action--reply\">Reply</a></div></div></footer></div></div></div></article>") % (
            esc(c["author"]), c["id"], c["id"], c["id"], n, n, esc(c["author"]), R.randint(10, 9999), c["id"], iso(c["time"]),
            mon(c["time"])[:3], c["time"][2], c["time"][0], c["id"], n + 1, quote, "<br>\n<br>\n".join(esc(p) for p in c["paras"])))
    return ("<div class=\"p-body-header\"><h1 class=\"p-title-value\">River bridge approved</h1></div><div class=\"block-container lbContainer\">"
            "<div class=\"block-body js-replyNewMessageContainer\">%s</div></div>") % "".join(posts)


def smf(cs):
    posts = []
    for n, c in enumerate(cs):
        h = c["time"][3] % 12 or 12
        posts.append(("<div class=\"windowbg%s\"><span class=\"topslice\"><span></span></span><div class=\"post_wrapper\"><div class=\"poster\"><h4><a href=\"?action=profile;u=%d\">%s</a></h4>"
                      "<ul class=\"reset smalltext\" id=\"msg_%d_extra_info\"><li class=\"membergroup\">Full Member</li><li class=\"postcount\">Posts: %d</li></ul></div>"
                      "<div class=\"postarea\"><div class=\"flow_hidden\"><div class=\"keyinfo\"><div class=\"messageicon\"><img src=\"xx.gif\" alt=\"\"></div>"
                      "<h5 id=\"subject_%d\"><a href=\"?topic=77.msg%d#msg%d\" rel=\"nofollow\">Re: River bridge</a></h5>"
                      "<div class=\"smalltext\">&#171; <strong>%s on:</strong> %s %02d, %d, %02d:%02d:11 %s &#187;</div></div></div>"
                      "<div class=\"post\"><div class=\"inner\" id=\"msg_%d\">%s</div></div></div><div class=\"moderatorbar\"><div class=\"smalltext reportlinks\"><a>Report to moderator</a></div></div></div>"
                      "<span class=\"botslice\"><span></span></span></div><hr class=\"post_separator\">") % (
            "2" if n % 2 else "", n, esc(c["author"]), c["id"], R.randint(10, 999), c["id"], c["id"], c["id"],
            "Reply #%d" % n if n else "", mon(c["time"]), c["time"][2], c["time"][0], h, c["time"][4], "AM" if c["time"][3] < 12 else "PM",
            c["id"], "<br /><br />".join(esc(p) for p in c["paras"])))
    return "<div id=\"forumposts\"><div class=\"cat_bar\"><h3 class=\"catbg\">Topic: River bridge &nbsp;(Read 412 times)</h3></div><form id=\"quickModForm\">%s</form></div>" % "".join(posts)


def invision(cs):
    posts = []
    for n, c in enumerate(cs):
        posts.append(("<article id=\"elComment_%d\" class=\"cPost ipsBox ipsResponsive_pull ipsComment ipsComment_parent ipsClearfix ipsClear ipsColumns ipsColumns_noSpacing ipsColumns_collapsePhone\">"
                      "<div class=\"cAuthorPane_mobile ipsResponsive_showPhone\"></div><aside class=\"ipsComment_author cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone\">"
                      "<h3 class=\"ipsType_sectionHead cAuthorPane_author ipsType_blendLinks ipsType_break\"><strong><a href=\"/profile/%d-x/\" class=\"ipsType_break\">%s</a></strong></h3>"
                      "<ul class=\"cAuthorPane_info ipsList_reset\"><li class=\"ipsType_light\">%d posts</li></ul></aside>"
                      "<div class=\"ipsColumn ipsColumn_fluid ipsMargin:none\"><div id=\"comment-%d_wrap\" class=\"ipsComment_content ipsType_medium\">"
                      "<div class=\"ipsComment_meta ipsType_light ipsFlex\"><div class=\"ipsType_reset ipsResponsive_hidePhone\"><a href=\"?do=findComment&amp;comment=%d\" class=\"ipsType_blendLinks\">"
                      "Posted <time datetime=\"%s:00Z\" title=\"%02d/%02d/%d %s\" data-short=\"2 hr\">%s %d, %d</time></a></div></div>"
                      "<div class=\"cPost_contentWrap\"><div data-role=\"commentContent\" class=\"ipsType_normal ipsType_richText ipsPadding_bottom ipsContained\">%s</div></div>"
                      "<div class=\"ipsItemControls\"><div data-controller=\"core.front.core.reaction\" class=\"ipsItemControls_right ipsClearfix\"><div class=\"ipsReact ipsPos_right\">"
                      "<ul class=\"ipsReact_reactions\"><li class=\"ipsReact_reactCount\"><span>%d</span></li></ul></div></div><ul class=\"ipsComment_controls ipsClearfix ipsItemControls_left\">"
                      "<li><a class=\"ipsButton ipsButton_light ipsButton_verySmall\">Quote</a></li></ul></div></div></div></article>") % (
            c["id"], n, esc(c["author"]), R.randint(5, 999), c["id"], c["id"], iso(c["time"]), c["time"][1], c["time"][2], c["time"][0], ampm(c["time"]).upper(),
            mon(c["time"]), c["time"][2], c["time"][0], paras(c), c["likes"] or 0))
    return "<div class=\"ipsPageHeader\"><h1 class=\"ipsType_pageTitle\">River bridge approved</h1></div><div data-role=\"commentFeed\">%s</div>" % "".join(posts)


def microdata(cs):
    def one(i):
        c = cs[i]
        kids = children(cs, i)
        return ("<div itemprop=\"comment\" itemscope itemtype=\"https://schema.org/Comment\" class=\"reaction\">"
                "<div class=\"reaction-head\"><span itemprop=\"author\">%s</span> <meta itemprop=\"dateCreated\" content=\"%s\"><span class=\"when\">%02d.%02d.%d, %02d:%02d</span></div>"
                "<div itemprop=\"text\">%s</div><div class=\"votes\"><span itemprop=\"upvoteCount\">%d</span> up</div>%s</div>") % (
            esc(c["author"]), iso(c["time"]), c["time"][2], c["time"][1], c["time"][0], c["time"][3], c["time"][4], paras(c), c["likes"],
            "".join(one(k) for k in kids))
    return ("<article itemscope itemtype=\"https://schema.org/NewsArticle\"><h1 itemprop=\"headline\">Council approves the new river bridge</h1>"
            "<div itemprop=\"articleBody\">%s</div><section class=\"reactions\"><h2>Reactions</h2>%s</section></article>") % (
        "".join("<p>%s</p>" % esc(p) for p in ARTICLE), "".join(one(i) for i in children(cs, None)))


def dl_list(cs):
    items = []
    for c in cs:
        items.append(("<dt class=\"comment-author\" id=\"c%d\"><strong>%s</strong> said on %d %s %d at %02d:%02d:</dt><dd class=\"comment\">%s</dd>") % (
            c["id"], esc(c["author"]), c["time"][2], mon(c["time"]), c["time"][0], c["time"][3], c["time"][4], paras(c)))
    return article() + "<h3>%d comments</h3><dl id=\"comment_list\">%s</dl>" % (len(cs), "".join(items))


def phpbb2(cs):
    rows = []
    for n, c in enumerate(cs):
        rows.append(("<tr><td width=\"150\" align=\"left\" valign=\"top\" class=\"row%d\"><span class=\"name\"><a name=\"%d\"></a><b>%s</b></span><br />"
                     "<span class=\"postdetails\">Member<br /><br />Joined: 04 Mar 2019<br />Posts: %d</span><br /></td>"
                     "<td class=\"row%d\" width=\"100%%\" height=\"28\" valign=\"top\"><table width=\"100%%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\">"
                     "<tr><td width=\"100%%\"><a href=\"viewtopic.php?p=%d#%d\"><img src=\"icon_minipost.gif\" alt=\"Post\" /></a><span class=\"postdetails\">Posted: %s %s %02d, %d %s<span class=\"gen\">&nbsp;</span>&nbsp; &nbsp;Post subject: Re: River bridge</span></td></tr>"
                     "<tr><td colspan=\"2\"><hr /></td></tr><tr><td colspan=\"2\"><span class=\"postbody\">%s</span><span class=\"gensmall\"></span></td></tr></table></td></tr>"
                     "<tr><td class=\"spaceRow\" colspan=\"2\" height=\"1\"><img src=\"spacer.gif\" alt=\"\" width=\"1\" height=\"1\" /></td></tr>") % (
            n % 2 + 1, c["id"], esc(c["author"]), R.randint(1, 500), n % 2 + 1, c["id"], c["id"],
            ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][c["time"][2] % 7], mon(c["time"])[:3], c["time"][2], c["time"][0], ampm(c["time"]),
            "<br /><br />".join(esc(p) for p in c["paras"])))
    return ("<table class=\"forumline\" width=\"100%%\" cellspacing=\"1\" cellpadding=\"3\" border=\"0\"><tr><th class=\"thLeft\" width=\"150\" height=\"26\">Author</th>"
            "<th class=\"thRight\">Message</th></tr>%s</table>") % "".join(rows)


def div_post(cs):
    """The issue's forum case: div.post markup, every post a comment (a threat among them)."""
    posts = []
    for c in cs:
        posts.append(("<div class=\"post\" id=\"post-%d\"><div class=\"post-header\"><span class=\"post-author\">%s</span> <span class=\"post-date\">%s %d, %d, %s</span></div>"
                      "<div class=\"post-body\">%s</div></div>") % (
            c["id"], esc(c["author"]), mon(c["time"]), c["time"][2], c["time"][0], ampm(c["time"]), paras(c)))
    return "<div class=\"thread\"><h1 class=\"thread-title\">River bridge: your views</h1>%s</div>" % "".join(posts)


def mentions(cs):
    """A flat comment feed where replies are only @mentions (parent: the mentioned author's latest comment above)."""
    items = []
    for i, c in enumerate(cs):
        t = paras(c)
        if c["parent"] is not None:
            t = "<p><a class=\"mention\" href=\"/u/%s\">@%s</a> %s" % (esc(cs[c["parent"]]["author"].replace(" ", "")),
                                                                     esc(cs[c["parent"]]["author"].replace(" ", "")), t[3:])
        items.append(("<div class=\"comment-card\"><div class=\"comment-card__top\"><strong class=\"comment-card__name\">%s</strong> &middot; "
                      "<span class=\"comment-card__time\" title=\"%s\">%s %d</span></div><div class=\"comment-card__body\">%s</div>"
                      "<div class=\"comment-card__bar\"><button class=\"like\">&#9829; %d</button> <button>Reply</button></div></div>") % (
            esc(c["author"]), iso(c["time"]), mon(c["time"])[:3], c["time"][2], t, c["likes"]))
    return article() + "<section class=\"comment-feed\"><h2>%d Comments</h2>%s</section>" % (len(cs), "".join(items))


def livefyre(cs):
    def one(i):
        c = cs[i]
        kids = children(cs, i)
        return ("<article class=\"fyre-comment-article fyre-comment-source-5\" data-message-id=\"%d\"><div class=\"fyre-comment-wrapper\"><a class=\"fyre-avatar\"><img src=\"/lf/%d.png\"></a>"
                "<header class=\"fyre-comment-head\"><span class=\"fyre-comment-username\"><span>%s</span></span><time class=\"fyre-comment-date\" datetime=\"%s\">%s %d, %d</time></header>"
                "<section class=\"fyre-comment\">%s</section><footer class=\"fyre-comment-footer\"><span class=\"fyre-comment-like\"><span class=\"fyre-comment-like-count\">%d</span> Likes</span>"
                "<a class=\"fyre-comment-reply\">Reply</a></footer></div><div class=\"fyre-comment-children\">%s</div></article>") % (
            c["id"], c["id"], esc(c["author"]), iso(c["time"]), mon(c["time"]), c["time"][2], c["time"][0], paras(c), c["likes"],
            "".join(one(k) for k in kids))
    return article() + ("<div id=\"livefyre\"><div class=\"fyre fyre-widget\"><div class=\"fyre-stream-stats\">%d Comments</div>"
                        "<div class=\"fyre-stream-content\">%s</div></div></div>") % (len(cs), "".join(one(i) for i in children(cs, None)))


def margin_nest(cs):
    """Old news CMS: each reply is a blockquote-free div nested inside its parent's div, meta line after the text."""
    def one(i):
        c = cs[i]
        kids = children(cs, i)
        return ("<div class=\"talkback\" id=\"tb%d\"><div class=\"talkback-text\">%s</div><div class=\"talkback-meta\">&mdash; %s, %d/%d/%d %s &nbsp; "
                "<span class=\"votes\">+%d</span> <a href=\"#tb%d\">link</a> <a href=\"#reply\">reply</a></div>%s</div>") % (
            c["id"], paras(c), esc(c["author"]), c["time"][1], c["time"][2], c["time"][0], ampm(c["time"]), c["likes"], c["id"],
            "".join(one(k) for k in kids))
    return article() + "<div id=\"talkbacks\"><h3>Talkbacks</h3>%s</div>" % "".join(one(i) for i in children(cs, None))


SYSTEMS = [  # name, renderer, forum, nested, likes shown, comments
    ("wordpress", wordpress, False, True, False, 9),
    ("wordpress-classic", wordpress_old, False, True, False, 7),
    ("news-inline-meta", inline_meta, False, True, True, 8),
    ("discourse", discourse, True, True, True, 9),
    ("phpbb3", phpbb, True, True, False, 8),
    ("vbulletin4", vbulletin, True, True, False, 7),
    ("reddit-old", reddit, False, True, True, 12),
    ("disqus-rendered", disqus, False, True, True, 10),
    ("news-schema-org", news_schema, False, True, True, 11),
    ("news-depth-classes", depth_classes, False, True, True, 9),
    ("drupal7", drupal, False, True, False, 8),
    ("blogger", blogger, False, True, False, 8),
    ("hackernews", hackernews, False, True, False, 12),
    ("xenforo2", xenforo, True, True, False, 7),
    ("smf2", smf, True, False, False, 6),
    ("invision4", invision, True, False, True, 6),
    ("schema-microdata", microdata, False, True, True, 7),
    ("dl-comment-list", dl_list, False, False, False, 8),
    ("phpbb2-tables", phpbb2, True, False, False, 6),
    ("forum-div-post", div_post, True, False, False, 8),
    ("mention-feed", mentions, False, True, True, 9),
    ("livefyre-rendered", livefyre, False, True, True, 8),
    ("talkback-nested", margin_nest, False, True, True, 7),
]


def main():
    os.makedirs(os.path.join(OUT, "pages"), exist_ok=True)
    for name, render, forum, nested, likes, n in SYSTEMS:
        # replies are flat in forums that only quote; mention feeds nest one level
        cs = thread(n, nested=nested, max_depth=1 if name in ("mention-feed", "news-inline-meta") else 3, likes=likes)
        if forum:
            first = forum_first(name)
            first["likes"] = 0 if likes else None
            cs = [first] + [dict(c, parent=None if c["parent"] is None else c["parent"] + 1) for c in cs]
            if not nested:
                for c in cs:
                    c["parent"] = None
        if name == "hackernews":
            for c in cs:
                c["author"] = c["author"].replace(" ", "_")  # HN user names have no spaces
        body = render(cs)
        title = "Council approves the new river bridge" if not forum else "River bridge approved - Town Forum"
        path = os.path.join(OUT, "pages", name + ".html")
        with open(path, "w", encoding="utf-8") as f:
            f.write(page(title, body))
        gold = {"page": {"file": "pages/" + name + ".html"}, "system": name, "site": name + ".example", "forum": forum,
                "comments": [{"id": "g%d" % i, "parent": None if c["parent"] is None else "g%d" % c["parent"],
                              "author": c["author"], "time": iso(c["time"]), "likes": c["likes"] if likes else None,
                              "text": "\n\n".join(c["paras"])} for i, c in enumerate(cs)]}
        if name in ("phpbb3", "vbulletin4", "xenforo2"):
            gold["note"] = "a reply's parent is the post it quotes; the quoted words are not part of its text"
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=1, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    main()
