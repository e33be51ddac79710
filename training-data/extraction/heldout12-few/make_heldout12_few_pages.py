#!/usr/bin/python3
"""Writes the few-comments round (folder heldout12-few; HTML + w3m dumps): 16 thread pages that hold only ONE or
TWO comments (or forum posts) in common systems, and 7 pages that must stay `none` although they hold one
name-and-date-shaped box (a related-story teaser, an author bio, a one-item "most read" list, a testimonial, a
newsletter sign-up, a product with "No reviews yet", an empty "0 Comments" form).

Why: a new-user trial (trial7) found that a page with one or two comments came back `none` or `unparsed` because the
record finder asks for three repeated records; most news articles have few comments. The markups are the common
ones (WordPress classic and block themes, Blogger, Drupal, Disqus as rendered, schema.org Comment microdata, news
CMS lists, a plain forum, Discourse's crawler view, phpBB, MyBB, Movable Type); what is new is the count.

Helpers and gold format from ../heldout10's generator (itself on ../heldout5's); another topic (a village bakery
that is closing), names and seed. Each page's `w3m -dump` goes to text/. Our own synthetic text.
Usage: make_heldout12_few_pages.py [OUT_DIR]"""
import datetime as dt
import json
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "heldout5"))
sys.path.insert(0, os.path.join(HERE, "..", "heldout10"))
import make_heldout5_pages as base  # noqa: E402
import make_heldout10_pages as h10  # noqa: E402

R = random.Random(20261214)
base.R = R
h10.R = R
OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
base.SUBJECTS[:] = ["the bakery", "the closure", "the new lease", "the landlord", "the village shop", "the parish council",
                    "the Saturday market", "the rent review", "the petition", "the old oven"]
base.VIEWS[:] = ["should have been saved years ago", "leaves the village with nowhere to meet",
                 "was signed without asking anyone", "doubles what a small shop can pay",
                 "is the end of an era for the high street", "might still be reversed if we push",
                 "ignores the people who walk there every morning", "needs a community buyout"]
base.ASIDES[:] = ["I have bought my bread there for thirty years.", "The petition has 900 names already.",
                  "The queue on Saturdays goes round the corner.", "Nobody from the landlord replied.",
                  "My kids had their first jobs there.", "The post office went the same way."]
base.STARTS[:] = ["Honestly", "As a regular", "For what it's worth", "Having read the notice", "Speaking as a neighbour",
                  "In fairness", "Frankly", "Sadly"]
base.NAMES[:] = ["Gwen Rhys", "crumbcatcher", "Tomasz Wren", "Hattie Boyle", "sourdough_sam", "Nnamdi Eze", "Bea",
                 "Fergus McLeod", "loafer77", "Imogen Platt", "R. Castellano"]
STORY_T = "Ashcombe's only bakery to close after 62 years as rent doubles"
STORY = ["The Ashcombe Bakery will bake its last loaf on 20 December after the owner of the building doubled the rent, "
         "its third-generation owner said on Friday.",
         "Villagers have started a petition and the parish council will ask the landlord to meet them. The bakery "
         "employs six people, four of them part-time.",
         "A community benefit society has been proposed to buy the lease, as happened with the village pub in 2019."]
NOW = dt.datetime(2026, 12, 7, 10, 0)
h10.NOW = NOW
esc, paras, handle, mon, kids = base.esc, base.paras, base.handle, base.mon, base.kids
nest = h10.nest


def ampm(t, lower=False):
    s = "%d:%02d %s" % (t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM")
    return s.lower() if lower else s


def few(n, reply=False, likes=True):
    """n (1 or 2) comments; with reply the second answers the first."""
    cs = base.thread(n, nested=False, likes=likes)
    if reply and n == 2:
        cs[1]["parent"], cs[1]["depth"] = 0, 1
    return cs


def gold(name, cs, likes, forum=False, note=None, zero_shown=True):
    return base.gold_of(name, name, cs, forum, likes, note=note, zero_shown=zero_shown)


def status_gold(name, note):
    return {"page": {"file": "pages/" + name + ".html"}, "system": name, "site": name + ".example", "forum": False,
            "heldOut": True, "comments": [], "expectSection": "none", "note": note}


def story(title=STORY_T):
    return ("<article class=\"story\"><h1 class=\"story-title\">%s</h1><p class=\"story-byline\">By <a href=\"/staff/carys-evans\">Carys Evans</a> "
            "&middot; <time datetime=\"2026-11-20T07:00\">20 November 2026</time></p><figure><img src=\"/img/bakery.jpg\" alt=\"\">"
            "<figcaption>The bakery on Church Street. Photo: Gazette</figcaption></figure><div class=\"story-body\">%s</div></article>") % (
        esc(title), "".join("<p>%s</p>" % esc(p) for p in STORY))


def news(body, brand="The Ashcombe Gazette", aside=None):
    most = "".join("<li><a href=\"/news/%d\">%s</a></li>" % (300 + k, esc(s[0].upper() + s[1:] + ": what happens next"))
                   for k, s in enumerate(R.sample(base.SUBJECTS, 4)))
    aside = aside if aside is not None else "<section class=\"popular\"><h3>Most popular</h3><ol>%s</ol></section>" % most
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s - %s</title></head><body>"
            "<div class=\"cookie-notice\" role=\"dialog\"><p>We use cookies to run this site.</p><button>OK</button></div>"
            "<header class=\"site-header\"><a class=\"logo\" href=\"/\">%s</a><nav><ul><li><a>News</a></li><li><a>Business</a></li>"
            "<li><a>Sport</a></li><li><a>What's on</a></li></ul></nav></header><div class=\"layout\"><main>%s</main><aside class=\"rail\">%s"
            "<div class=\"ad\">Advertisement</div></aside></div><footer class=\"site-footer\"><a>About</a> <a>Contact</a> <a>Privacy</a>"
            "<p>&copy; 2026 Ashcombe Gazette</p></footer></body></html>") % (esc(STORY_T), esc(brand), esc(brand), body, aside)


def blog(body, site="Ashcombe Notes"):
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s | %s</title></head><body><div id=\"page\" class=\"site\">"
            "<header id=\"masthead\" class=\"site-header\"><p class=\"site-title\"><a href=\"/\">%s</a></p><p class=\"site-description\">A village blog</p>"
            "<nav class=\"main-navigation\"><ul><li><a>Home</a></li><li><a>About</a></li><li><a>Walks</a></li></ul></nav></header>"
            "<div id=\"content\" class=\"site-content\"><div id=\"primary\" class=\"content-area\"><main id=\"main\" class=\"site-main\">"
            "<article class=\"post type-post status-publish hentry\"><header class=\"entry-header\"><h1 class=\"entry-title\">%s</h1>"
            "<div class=\"entry-meta\">Posted on <time class=\"entry-date published\" datetime=\"2026-11-20T07:00:00+00:00\">November 20, 2026</time> by Alun</div></header>"
            "<div class=\"entry-content\">%s</div></article>%s</main></div><aside id=\"secondary\" class=\"widget-area\"><section class=\"widget\"><h2 class=\"widget-title\">Archives</h2>"
            "<ul><li><a>November 2026</a></li><li><a>October 2026</a></li></ul></section></aside></div>"
            "<footer id=\"colophon\" class=\"site-footer\"><p>Proudly powered by WordPress</p></footer></div></body></html>") % (
        esc(STORY_T), esc(site), esc(site), esc(STORY_T), "".join("<p>%s</p>" % esc(p) for p in STORY), body)


def count_words(n, one="One", word="Comment"):
    return "%s %s" % (one if n == 1 else "%d" % n, word if n == 1 else word + "s")


# ---------------------------------------------------------------- thread pages (1 or 2 comments)

def wp_says(cs):
    """WordPress classic (Twenty Ten-like): 'Name says:', date link to #comment-N, replies in ul.children."""
    def one(i, inner):
        c, t = cs[i], cs[i]["time"]
        return ("<li class=\"comment even thread-even depth-%d\" id=\"li-comment-%d\"><div id=\"comment-%d\"><div class=\"comment-author vcard\">"
                "<img alt=\"\" src=\"/avatar/%d.png\" class=\"avatar avatar-40 photo\" height=\"40\" width=\"40\"><cite class=\"fn\">%s</cite> <span class=\"says\">says:</span></div>"
                "<div class=\"comment-meta commentmetadata\"><a href=\"#comment-%d\">%s %d, %d at %s</a></div><div class=\"comment-body\">%s</div>"
                "<div class=\"reply\"><a class=\"comment-reply-link\" href=\"?replytocom=%d#respond\">Reply</a></div></div>%s</li>") % (
            c["depth"] + 1, c["id"], c["id"], c["id"], esc(c["author"]), c["id"], mon(t), t.day, t.year, ampm(t, True), paras(c), c["id"], inner)
    n = len(cs)
    head = "One Response to &#8220;%s&#8221;" % esc(STORY_T) if n == 1 else "%d Responses to &#8220;%s&#8221;" % (n, esc(STORY_T))
    body = ("<div id=\"comments\"><h3 id=\"comments-title\">%s</h3><ol class=\"commentlist\">%s</ol>"
            "<div id=\"respond\"><h3 id=\"reply-title\">Leave a Reply</h3><form id=\"commentform\"><p><label>Name</label><input name=\"author\"></p>"
            "<p><textarea name=\"comment\"></textarea></p><p><input type=\"submit\" value=\"Post Comment\"></p></form></div></div>") % (
        head, nest(cs, one, lambda s: "<ul class=\"children\">%s</ul>" % s))
    return blog(body)


def wp_twelve(cs):
    """WordPress classic (Twenty Twelve-like): article.comment, header.comment-meta.comment-author.vcard, cite b.fn, time."""
    def one(i, inner):
        c, t = cs[i], cs[i]["time"]
        return ("<li class=\"comment byuser depth-%d\" id=\"li-comment-%d\"><article id=\"comment-%d\" class=\"comment\"><header class=\"comment-meta comment-author vcard\">"
                "<img alt=\"\" src=\"/avatar/%d.png\" class=\"avatar avatar-44 photo\"><cite><b class=\"fn\">%s</b> </cite>"
                "<a href=\"https://ashcombe-notes.example/bakery/#comment-%d\"><time datetime=\"%s\">%s %d, %d at %s</time></a></header>"
                "<section class=\"comment-content comment\">%s</section><div class=\"reply\"><a class=\"comment-reply-link\">Reply <span>&darr;</span></a></div></article>%s</li>") % (
            c["depth"] + 1, c["id"], c["id"], c["id"], esc(c["author"]), c["id"], t.strftime("%Y-%m-%dT%H:%M:%S+00:00"), mon(t), t.day, t.year,
            ampm(t, True), paras(c), inner)
    n = len(cs)
    head = ("One thought on &ldquo;<span>%s</span>&rdquo;" if n == 1 else "%d thoughts on &ldquo;<span>%%s</span>&rdquo;" % n) % esc(STORY_T)
    body = ("<div id=\"comments\" class=\"comments-area\"><h2 class=\"comments-title\">%s</h2><ol class=\"commentlist\">%s</ol>"
            "<div id=\"respond\" class=\"comment-respond\"><h3 class=\"comment-reply-title\">Leave a Reply</h3><form class=\"comment-form\"><textarea></textarea>"
            "<input type=\"submit\" value=\"Post Comment\"></form></div></div>") % (head, nest(cs, one, lambda s: "<ol class=\"children\">%s</ol>" % s))
    return blog(body)


def wp_block(cs):
    """WordPress block theme: wp-block-comments, wp-block-comment-template, author-name / date / content blocks."""
    def one(i, inner):
        c, t = cs[i], cs[i]["time"]
        return ("<li id=\"comment-%d\" class=\"comment even thread-even depth-%d\"><div class=\"wp-block-columns is-layout-flex\"><div class=\"wp-block-column\">"
                "<figure class=\"wp-block-avatar\"><img alt=\"%s Avatar\" src=\"/avatar/%d.png\" class=\"avatar avatar-40 photo wp-block-avatar__image\"></figure></div>"
                "<div class=\"wp-block-column\"><div class=\"wp-block-comment-author-name\">%s</div><div class=\"wp-block-group is-layout-flex\">"
                "<div class=\"wp-block-comment-date\"><time datetime=\"%s\"><a href=\"https://ashcombe-notes.example/bakery/#comment-%d\">%s %d, %d</a></time></div></div>"
                "<div class=\"wp-block-comment-content\">%s</div><div class=\"wp-block-comment-reply-link\"><a class=\"comment-reply-link\" aria-label=\"Reply to %s\">Reply</a></div></div></div>%s</li>") % (
            c["id"], c["depth"] + 1, esc(c["author"]), c["id"], esc(c["author"]), t.strftime("%Y-%m-%dT%H:%M:%S+00:00"), c["id"], mon(t), t.day, t.year,
            paras(c), esc(c["author"]), inner)
    n = len(cs)
    head = "One response to &ldquo;%s&rdquo;" % esc(STORY_T) if n == 1 else "%d responses to &ldquo;%s&rdquo;" % (n, esc(STORY_T))
    body = ("<div class=\"wp-block-comments\"><h2 class=\"wp-block-comments-title\">%s</h2><ol class=\"wp-block-comment-template\">%s</ol>"
            "<div id=\"respond\" class=\"comment-respond wp-block-post-comments-form\"><h3 class=\"comment-reply-title\">Leave a Reply</h3>"
            "<form class=\"comment-form\"><textarea></textarea><input type=\"submit\" value=\"Post Comment\"></form></div></div>") % (
        head, nest(cs, one, lambda s: "<ol class=\"children\">%s</ol>" % s))
    return blog(body)


def blogger(cs):
    """Blogger (Contempo-like): 'n comment(s):', cite.user, datetime link with showComment, p.comment-content."""
    def one(i, inner):
        c, t = cs[i], cs[i]["time"]
        return ("<li class=\"comment\" id=\"c%d\"><div class=\"avatar-image-container\"><img src=\"/img/b16.png\"></div><div class=\"comment-block\">"
                "<div class=\"comment-header\"><cite class=\"user\"><a href=\"https://www.blogger.example/profile/%d\" rel=\"nofollow\">%s</a></cite>"
                "<span class=\"icon user\"></span><span class=\"datetime secondary-text\"><a rel=\"nofollow\" href=\"https://ashcombe.blogspot.example/2026/11/bakery.html?showComment=%d#c%d\">%d %s %d at %02d:%02d</a></span></div>"
                "<p class=\"comment-content\">%s</p><span class=\"comment-actions secondary-text\"><a class=\"comment-reply\">Reply</a><span class=\"item-control blog-admin\"><a>Delete</a></span></span></div>"
                "<div class=\"comment-replies\">%s</div><div class=\"comment-replybox-single\"></div></li>") % (
            c["id"], c["id"] * 7, esc(c["author"]), base.epoch(t) * 1000, c["id"], t.day, mon(t), t.year, t.hour, t.minute,
            "<br><br>".join(esc(p) for p in c["paras"]), inner)
    n = len(cs)
    body = ("<div class=\"post-footer\"><span class=\"byline post-author\">Posted by Alun</span></div><section class=\"comments\" id=\"comments\">"
            "<a name=\"comments\"></a><h3 class=\"title\">%d comment%s:</h3><div class=\"comments-content\"><div id=\"comment-holder\"><div class=\"comment-thread toplevel-thread\">"
            "<ol id=\"top-ra\">%s</ol></div></div></div><p class=\"comment-footer\"><a href=\"#\">Post a Comment</a></p></section>") % (
        n, "" if n == 1 else "s", nest(cs, one, lambda s: "<div class=\"comment-thread inline-thread\"><ol>%s</ol></div>" % s))
    return blog(body, site="Ashcombe Days")


def drupal(cs):
    """Drupal 9/10 (Olivero-like): article.comment, 'Submitted by X on date', permalink /comment/N#comment-N, div.indented replies."""
    def one(i, inner):
        c, t = cs[i], cs[i]["time"]
        return ("<article data-comment-user-id=\"%d\" id=\"comment-%d\" class=\"comment js-comment\"><span class=\"hidden\" data-comment-timestamp=\"%d\"></span>"
                "<div class=\"comment__picture-wrapper\"><div class=\"comment__picture\"><img src=\"/sites/default/files/pictures/%d.jpg\" alt=\"Profile picture for user %s\"></div></div>"
                "<div class=\"comment__text-wrapper\"><footer class=\"comment__meta\"><p class=\"comment__author\"><span>%s</span></p>"
                "<p class=\"comment__time\">%s, %02d/%02d/%d - %02d:%02d</p><p class=\"comment__permalink\"><a href=\"/comment/%d#comment-%d\" hreflang=\"en\">Permalink</a></p></footer>"
                "<div class=\"comment__content\"><div class=\"clearfix text-formatted field field--name-comment-body field__item\">%s</div>"
                "<ul class=\"links inline comment__links\"><li><a href=\"/comment/reply/node/88/comment_forum/%d\">Reply</a></li></ul></div></div></article>%s") % (
            c["id"] % 97, c["id"], base.epoch(t), c["id"], esc(c["author"]), esc(c["author"]), t.strftime("%a"), t.day, t.month, t.year, t.hour, t.minute,
            c["id"], c["id"], paras(c), c["id"], inner)
    body = ("<section data-drupal-selector=\"comments\" class=\"comments\"><h2 class=\"comments__title\">Comments</h2>%s"
            "<div class=\"comment-form__title\">Add new comment</div><form class=\"comment-comment-form comment-form\"><textarea></textarea><input type=\"submit\" value=\"Save\"></form></section>") % (
        nest(cs, one, lambda s: "<div class=\"indented\">%s</div>" % s))
    return news(story() + body, brand="Vale Herald")


def disqus(cs):
    """Disqus as a saved page renders it: ul#post-list li.post, span.author, a.time-ago with the full time in title, vote count."""
    def one(i, inner):
        c, t = cs[i], cs[i]["time"]
        return ("<li class=\"post\" id=\"post-%d\"><div role=\"alert\"></div><div class=\"post-content\"><div class=\"indicator\"></div><div class=\"avatar hovercard\">"
                "<a class=\"user\"><img src=\"//a.disquscdn.example/%d.jpg\" class=\"user\" alt=\"Avatar\"></a></div><div class=\"post-body\"><header class=\"comment__header\">"
                "<span class=\"post-byline\"><span class=\"author publisher-anchor-color\"><a href=\"https://disqus.example/by/%s/\">%s</a></span></span>"
                "<span class=\"post-meta\"><span class=\"bullet time-ago-bullet\">&bull;</span> <a href=\"https://gazette.example/bakery#comment-%d\" class=\"time-ago\" "
                "title=\"%s, %s %d, %d %s\">%s</a></span></header><div class=\"post-body-inner\"><div class=\"post-message\" dir=\"auto\"><div>%s</div></div></div>"
                "<footer class=\"comment__footer\"><menu class=\"comment-footer__menu\"><li class=\"voting\"><a class=\"vote-up count-%d\" title=\"Vote up\"><span class=\"updatable count\">%d</span></a>"
                "<a class=\"vote-down count-0\" title=\"Vote down\"></a></li><li class=\"reply\"><a><span class=\"text\">Reply</span></a></li></menu></footer></div></div>"
                "<ul class=\"children\">%s</ul></li>") % (
            c["id"], c["id"], handle(c["author"]), esc(c["author"]), c["id"], t.strftime("%A"), mon(t), t.day, t.year, ampm(t), h10.ago(t)[0],
            paras(c), c["likes"], c["likes"], inner)
    n = len(cs)
    body = ("<div id=\"disqus_thread\"><div id=\"layout\"><section id=\"conversation\"><div class=\"nav nav-primary\"><ul class=\"nav-tab\"><li class=\"tab-conversation active\">"
            "<a><span class=\"comment-count\">%d Comment%s</span></a></li><li class=\"tab-user\"><a>Login</a></li></ul></div><div id=\"form\"><textarea placeholder=\"Join the discussion…\"></textarea></div>"
            "<div id=\"posts\"><ul id=\"post-list\" class=\"post-list\">%s</ul></div></section></div></div>") % (n, "" if n == 1 else "s", nest(cs, one, lambda s: s))
    return news(story() + body)


def microdata(cs):
    """schema.org Comment microdata on plain divs: itemprop author / name, dateCreated, text, upvoteCount."""
    def one(i, inner):
        c, t = cs[i], cs[i]["time"]
        return ("<div class=\"reader-note\" itemprop=\"comment\" itemscope itemtype=\"https://schema.org/Comment\"><p class=\"note-head\">"
                "<span itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\"><span itemprop=\"name\">%s</span></span> &middot; "
                "<time itemprop=\"dateCreated\" datetime=\"%s\">%d %s %d, %02d:%02d</time></p><div itemprop=\"text\">%s</div>"
                "<p class=\"note-foot\"><meta itemprop=\"upvoteCount\" content=\"%d\"><span class=\"helpful\">%d found this helpful</span></p>%s</div>") % (
            esc(c["author"]), t.strftime("%Y-%m-%dT%H:%M"), t.day, mon(t), t.year, t.hour, t.minute, paras(c), c["likes"], c["likes"], inner)
    body = ("<div itemscope itemtype=\"https://schema.org/NewsArticle\">%s<section class=\"reader-notes\"><h2>What readers say</h2>%s</section></div>") % (
        story(), nest(cs, one, lambda s: "<div class=\"note-replies\">%s</div>" % s))
    return news(body)


def newscms_a(cs):
    """A news CMS list: 'Comments (n)', li.comment-item, author span, time datetime, 'Like n' button."""
    def one(i, inner):
        c, t = cs[i], cs[i]["time"]
        return ("<li class=\"comment-item\" data-comment-id=\"%d\"><article><div class=\"comment-item__head\"><span class=\"comment-item__author\">%s</span> "
                "<time class=\"comment-item__time\" datetime=\"%s\">%s</time></div><div class=\"comment-item__body\">%s</div>"
                "<div class=\"comment-item__actions\"><button class=\"like\">Like <span>%d</span></button> <button>Reply</button> <button>Report</button></div></article>%s</li>") % (
            c["id"], esc(c["author"]), t.strftime("%Y-%m-%dT%H:%M:00Z"), h10.ago(t)[0], paras(c), c["likes"],
            inner)
    n = len(cs)
    body = ("<section class=\"article-comments\" id=\"article-comments\"><h3>Comments (%d)</h3><p class=\"house-rules\">Please keep comments civil. <a>House rules</a></p>"
            "<ul class=\"comment-thread\">%s</ul><div class=\"comment-form\"><textarea placeholder=\"Add a comment\"></textarea><button>Post</button></div></section>") % (
        n, nest(cs, one, lambda s: "<ul class=\"comment-item__replies\">%s</ul>" % s))
    return news(story() + body, brand="Wessex Post")


def newscms_b(cs):
    """Another news CMS: 'n comments' heading, div.user-comment, strong.commenter-name, 'dd/mm/yyyy hh:mm', reply indented by class."""
    out = []
    for c in cs:
        t = c["time"]
        out.append(("<div class=\"user-comment%s\"><div class=\"user-comment-meta\"><strong class=\"commenter-name\">%s</strong> "
                    "<span class=\"comment-date\">%02d/%02d/%d %02d:%02d</span></div><div class=\"user-comment-text\">%s</div>"
                    "<div class=\"user-comment-tools\"><a>Reply</a> <a>Report abuse</a> <span class=\"recommend\">Recommend (%d)</span></div></div>") % (
            " user-comment-reply" if c["parent"] is not None else "", esc(c["author"]), t.day, t.month, t.year, t.hour, t.minute, paras(c), c["likes"]))
    n = len(cs)
    body = ("<div class=\"comments-block\" id=\"comments\"><h2 class=\"comments-block-title\">%s</h2>%s<p class=\"comments-closed\">Comments are now closed on this article.</p></div>") % (
        count_words(n, "1", "comment"), "".join(out))
    return news(story() + body, brand="Mid Vale Echo")


def movabletype(cs):
    """Movable Type: text first, then 'Posted by: Name | November 21, 2026 2:14 PM' with a permalink."""
    out = []
    for c in cs:
        t = c["time"]
        out.append(("<div class=\"comment\" id=\"comment-%d\"><div class=\"comment-inner\"><div class=\"comment-content\">%s</div>"
                    "<p class=\"comment-footer\">Posted by: <span class=\"vcard author\">%s</span> | <a href=\"#comment-%d\"><abbr class=\"published\" title=\"%s\">%s %d, %d %s</abbr></a></p></div></div>") % (
            c["id"], paras(c), esc(c["author"]), c["id"], t.strftime("%Y-%m-%dT%H:%M:00+00:00"), mon(t), t.day, t.year, ampm(t)))
    n = len(cs)
    body = ("<div id=\"comments\" class=\"comments\"><h2 class=\"comments-header\">%s</h2><div class=\"comments-content\">%s</div>"
            "<form id=\"comments-form\"><h2 class=\"comments-open-header\">Leave a comment</h2><textarea></textarea></form></div>") % (count_words(n), "".join(out))
    return blog(body, site="Ashcombe Diary")


def forum_plain(cs, subject):
    """A plain forum thread: an opening post and one reply, div.post with postauthor / postdate / postbody."""
    out = []
    for k, c in enumerate(cs):
        t = c["time"]
        out.append(("<div class=\"post\" id=\"post%d\"><div class=\"postauthor\"><a href=\"/member/%s\">%s</a><span class=\"rank\">%s</span></div>"
                    "<div class=\"postdate\">%02d %s %d, %02d:%02d</div><div class=\"postbody\">%s</div><div class=\"postfoot\"><a>Quote</a> <a>Report</a></div></div>") % (
            c["id"], handle(c["author"]), esc(c["author"]), "Member" if k else "Regular", t.day, mon(t)[:3], t.year, t.hour, t.minute, paras(c)))
    body = ("<div class=\"thread\"><h1 class=\"thread-title\">%s</h1><div class=\"crumbs\"><a>Forum</a> &raquo; <a>Village life</a></div>%s"
            "<div class=\"quick-reply\"><textarea></textarea><button>Post reply</button></div></div>") % (esc(subject), "".join(out))
    return forum_page(subject, body)


def forum_page(title, body):
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s - Ashcombe Forum</title></head><body>"
            "<div id=\"header\"><a class=\"logo\">Ashcombe Forum</a><ul class=\"menu\"><li><a>Home</a></li><li><a>Search</a></li><li><a>Members</a></li><li><a>Log in</a></li></ul></div>"
            "<div id=\"content\">%s</div><div id=\"footer\"><p>Powered by forum software &copy; 2026</p></div></body></html>") % (esc(title), body)


def discourse(cs, subject):
    """Discourse's crawler view: DiscussionForumPosting with one reply as itemprop comment, creator / name / datePublished."""
    out = []
    for k, c in enumerate(cs):
        t = c["time"]
        item = "itemprop=\"comment\" itemscope itemtype=\"http://schema.org/Comment\"" if k else ""
        out.append(("<div id=\"post_%d\" %s class=\"topic-body crawler-post\"><div class=\"crawler-post-meta\"><span class=\"creator\" itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\">"
                    "<a itemprop=\"url\" href=\"/u/%s\"><span itemprop=\"name\">%s</span></a></span><link itemprop=\"mainEntityOfPage\" href=\"/t/bakery/41\">"
                    "<span class=\"crawler-post-infos\"><time itemprop=\"datePublished\" datetime=\"%s\" class=\"post-time\">%s %d, %d, %s</time>"
                    "<meta itemprop=\"position\" content=\"%d\"></span></div><div class=\"post\" itemprop=\"text\">%s</div>"
                    "<div itemprop=\"interactionStatistic\" itemscope itemtype=\"http://schema.org/InteractionCounter\"><meta itemprop=\"interactionType\" content=\"http://schema.org/LikeAction\">"
                    "<meta itemprop=\"userInteractionCount\" content=\"%d\"><span class=\"post-likes\">%d Likes</span></div></div>") % (
            k + 1, item, handle(c["author"]), handle(c["author"]), t.strftime("%Y-%m-%dT%H:%M:00Z"), mon(t)[:3], t.day, t.year, ampm(t, True), k + 1, paras(c), c["likes"], c["likes"]))
        c["author"] = handle(c["author"])
    body = ("<div id=\"main-outlet\" class=\"wrap\"><div itemscope itemtype=\"http://schema.org/DiscussionForumPosting\"><meta itemprop=\"headline\" content=\"%s\">"
            "<h1><a href=\"/t/bakery/41\"><span itemprop=\"name\">%s</span></a></h1><div class=\"topic-category\"><a class=\"badge-wrapper\">Village</a></div>%s</div>"
            "<div id=\"related-topics\" class=\"more-topics__list\"><h3>Related topics</h3><table><tr><th>Topic</th><th>Replies</th><th>Views</th><th>Activity</th></tr>"
            "<tr><td><a>Post office hours</a></td><td>4</td><td>120</td><td>Nov 2026</td></tr></table></div></div>") % (esc(subject), esc(subject), "".join(out))
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s - Ashcombe Community</title></head><body>"
            "<header class=\"d-header\"><a class=\"title\">Ashcombe Community</a></header>%s<footer class=\"noscript-footer-nav\"><a>Home</a> <a>Categories</a> "
            "<a>Guidelines</a> <a>Terms of Service</a> <a>Privacy Policy</a></footer><p class=\"powered-by-link\">Powered by Discourse, best viewed with JavaScript enabled</p></body></html>") % (
        esc(subject), body)


def phpbb(cs, subject):
    """phpBB 3.3 prosilver with one post: postprofile, p.author 'by Name » date', div.content."""
    out = []
    for c in cs:
        t = c["time"]
        out.append(("<div id=\"p%d\" class=\"post has-profile bg2\"><div class=\"inner\"><dl class=\"postprofile\" id=\"profile%d\"><dt class=\"has-profile-rank no-avatar\">"
                    "<a href=\"./memberlist.php?mode=viewprofile&amp;u=%d\" class=\"username\">%s</a></dt><dd class=\"profile-rank\">Member</dd>"
                    "<dd class=\"profile-posts\"><strong>Posts:</strong> <a>%d</a></dd><dd class=\"profile-joined\"><strong>Joined:</strong> Mon Mar 02, 2020 9:11 am</dd></dl>"
                    "<div class=\"postbody\"><div id=\"post_content%d\"><h3 class=\"first\"><a href=\"#p%d\">%s</a></h3>"
                    "<p class=\"author\"><a class=\"unread\" href=\"./viewtopic.php?p=%d#p%d\" title=\"Post\"><i class=\"icon fa-file\"></i></a><span class=\"responsive-hide\">by <strong>"
                    "<a href=\"./memberlist.php?mode=viewprofile&amp;u=%d\" class=\"username\">%s</a></strong> &raquo; </span><time datetime=\"%s\">%s %s %d, %d %s</time></p>"
                    "<div class=\"content\">%s</div></div></div><div class=\"back2top\"><a href=\"#top\" class=\"top\" title=\"Top\">Top</a></div></div></div><hr class=\"divider\">") % (
            c["id"], c["id"], c["id"] % 500, esc(c["author"]), c["id"] % 300, c["id"], c["id"], esc(subject), c["id"], c["id"], c["id"] % 500, esc(c["author"]),
            t.strftime("%Y-%m-%dT%H:%M:00+00:00"), t.strftime("%a"), mon(t)[:3], t.day, t.year, ampm(t, True), "<br><br>".join(esc(p) for p in c["paras"])))
    body = ("<h2 class=\"topic-title\"><a>%s</a></h2><div class=\"action-bar bar-top\"><a class=\"button\">Post Reply</a><div class=\"pagination\">%d post &bull; Page <strong>1</strong> of <strong>1</strong></div></div>"
            "%s<div class=\"action-bar bar-bottom\"><a class=\"button\">Post Reply</a></div><div class=\"stat-block online-list\"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 1 guest</p></div>") % (
        esc(subject), len(cs), "".join(out))
    return forum_page(subject, "<div id=\"page-body\" class=\"page-body\">%s</div>" % body)


def mybb(cs, subject):
    """MyBB: an opening post and one reply, div.post with post_author / post_date / post_body."""
    out = []
    for c in cs:
        t = c["time"]
        out.append(("<div class=\"post classic\" style=\"\" id=\"post_%d\"><div class=\"post_author scaleimages\"><div class=\"author_avatar\"><a><img src=\"./uploads/avatars/%d.png\" alt=\"\"></a></div>"
                    "<div class=\"author_information\"><strong><span class=\"largetext\"><a href=\"member.php?action=profile&amp;uid=%d\">%s</a></span></strong><br><span class=\"smalltext\">Junior Member<br></span></div>"
                    "<div class=\"author_statistics\">Posts: %d<br>Threads: 1<br>Joined: Mar 2021</div></div><div class=\"post_content\"><div class=\"post_head\">"
                    "<div class=\"float_right\" style=\"vertical-align: top\"><strong><a href=\"showthread.php?tid=77&amp;pid=%d#pid%d\">#%d</a></strong></div>"
                    "<span class=\"post_date\">%02d-%02d-%d, %s</span></div><div class=\"post_body scaleimages\" id=\"pid_%d\">%s</div></div>"
                    "<div class=\"post_controls\"><div class=\"postbit_buttons author_buttons float_left\"><a class=\"postbit_find\"><span>Find</span></a></div>"
                    "<div class=\"postbit_buttons post_management_buttons float_right\"><a class=\"postbit_quote\"><span>Reply</span></a></div></div></div>") % (
            c["id"], c["id"], c["id"] % 400, esc(c["author"]), c["id"] % 90, c["id"], c["id"], len(out) + 1, t.month, t.day, t.year,
            ampm(t), c["id"], "<br><br>".join(esc(p) for p in c["paras"])))
    body = ("<table class=\"tborder tfixed clear\"><tr><td class=\"thead\"><div><strong>%s</strong></div></td></tr></table><div id=\"posts_container\"><div id=\"posts\">%s</div></div>"
            "<div class=\"float_left\"><a>&laquo; Next Oldest</a> | <a>Next Newest &raquo;</a></div>") % (esc(subject), "".join(out))
    return forum_page(subject, body)


# ---------------------------------------------------------------- pages that must stay `none`

def related_teaser():
    aside = ("<section class=\"related-story\"><h3>Related story</h3><div class=\"teaser\"><span class=\"teaser-author\">Megan Price</span> "
             "<time datetime=\"2026-11-02T09:15\">2 November 2026</time><p><a href=\"/news/211\">Village pub saved by community buyout after two-year campaign</a></p>"
             "<p class=\"teaser-summary\">Regulars raised £410,000 in shares to buy the Plough Inn from the brewery.</p></div></section>")
    return news(story(), aside=aside)


def author_bio():
    bio = ("<div class=\"author-bio vcard\"><img class=\"avatar photo\" src=\"/img/carys.jpg\" alt=\"\"><div class=\"author-bio__text\"><h4>About the author</h4>"
           "<p><span class=\"fn\">Carys Evans</span> is the Gazette's community reporter. She has covered Ashcombe and the surrounding villages since 2019 "
           "and writes the weekly Village Life column.</p><p class=\"author-bio__links\"><a href=\"/staff/carys-evans\">More by Carys Evans</a> &middot; "
           "Joined <time datetime=\"2019-04-01\">April 2019</time></p></div></div>")
    return news(story() + bio)


def most_read_one():
    aside = ("<section class=\"most-read\"><h3>Most read</h3><ol class=\"most-read__list\"><li class=\"most-read__item\"><span class=\"most-read__rank\">1</span>"
             "<a href=\"/news/204\">Church Street road closure extended to January</a> <span class=\"most-read__byline\">By Tom Avery</span> "
             "<time datetime=\"2026-11-19T16:40\">19 November 2026</time></li></ol></section>")
    return news(story(), aside=aside)


def testimonial():
    box = ("<section class=\"testimonial\"><h3>What our customers say</h3><blockquote class=\"testimonial__quote\"><p>Best sourdough in the county. "
           "We drive over from Frome every Saturday and it is always worth the queue.</p></blockquote><p class=\"testimonial__by\">&mdash; "
           "<span class=\"testimonial__name\">Helen and Dev Sharma</span>, customers since 2011</p></section>")
    return blog(box + "<p class=\"no-comments\">Comments are closed.</p>", site="Ashcombe Bakery")


def newsletter():
    box = ("<section class=\"newsletter-signup\"><h3>Get the Gazette Daily</h3><p>The day's village news in your inbox every morning at 7am, "
           "written by our reporters.</p><form><label for=\"nl-email\">Email address</label><input id=\"nl-email\" type=\"email\" placeholder=\"you@example.com\">"
           "<button>Sign me up</button></form><p class=\"newsletter-signup__legal\">By signing up you agree to our privacy notice. Unsubscribe at any time.</p></section>")
    return news(story() + box)


def no_reviews():
    body = ("<div class=\"product\"><h1 class=\"product_title\">Ashcombe Seeded Sourdough, 800g</h1><p class=\"price\">&pound;4.20</p>"
            "<div class=\"woocommerce-product-details__short-description\"><p>Our house loaf, baked overnight with rye, spelt and sunflower seeds.</p></div>"
            "<form class=\"cart\"><input type=\"number\" value=\"1\"><button class=\"single_add_to_cart_button\">Add to basket</button></form>"
            "<div class=\"woocommerce-tabs\"><ul class=\"tabs\"><li><a>Description</a></li><li><a>Reviews (0)</a></li></ul>"
            "<div class=\"woocommerce-Tabs-panel\" id=\"tab-reviews\"><div id=\"reviews\" class=\"woocommerce-Reviews\"><div id=\"comments\"><h2 class=\"woocommerce-Reviews-title\">Reviews</h2>"
            "<p class=\"woocommerce-noreviews\">There are no reviews yet.</p></div><div id=\"review_form_wrapper\"><div id=\"respond\" class=\"comment-respond\">"
            "<span class=\"comment-reply-title\">Be the first to review &ldquo;Ashcombe Seeded Sourdough, 800g&rdquo;</span><form class=\"comment-form\">"
            "<p class=\"comment-form-rating\"><label>Your rating</label></p><p class=\"comment-form-comment\"><textarea></textarea></p><input type=\"submit\" value=\"Submit\"></form></div></div></div></div></div>"
            "<section class=\"related products\"><h2>Related products</h2><ul><li><a>White bloomer</a> &pound;3.10</li></ul></section></div>")
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Ashcombe Seeded Sourdough - Ashcombe Bakery</title></head><body>"
            "<header><a class=\"logo\">Ashcombe Bakery</a><nav><a>Shop</a> <a>Basket</a></nav></header><main>%s</main><footer><p>&copy; 2026 Ashcombe Bakery</p></footer></body></html>") % body


def zero_comments():
    body = ("<div id=\"comments\" class=\"comments-area\"><h2 class=\"comments-title\">0 Comments</h2><div id=\"respond\" class=\"comment-respond\">"
            "<h3 id=\"reply-title\" class=\"comment-reply-title\">Leave a Reply</h3><form id=\"commentform\" class=\"comment-form\"><p class=\"comment-notes\">Your email address will not be published.</p>"
            "<p class=\"comment-form-comment\"><label>Comment</label><textarea></textarea></p><p class=\"comment-form-author\"><label>Name</label><input></p>"
            "<p class=\"form-submit\"><input type=\"submit\" value=\"Post Comment\"></p></form></div></div>")
    return blog(body)


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

    cs = few(1, likes=False)
    write("wp-says-1", wp_says(cs), gold("wp-says-1", cs, False, note="WordPress classic, one comment: 'One Response to', cite.fn 'says:', date link #comment-N"))
    cs = few(2, reply=True, likes=False)
    write("wp-says-2", wp_says(cs), gold("wp-says-2", cs, False, note="WordPress classic, two comments, the second a reply in ul.children"))
    cs = few(1, likes=False)
    write("wp-twelve-1", wp_twelve(cs), gold("wp-twelve-1", cs, False, note="WordPress classic (Twenty Twelve-like), one comment: 'One thought on', b.fn, time in a #comment-N link"))
    cs = few(2, likes=False)
    write("wp-twelve-2", wp_twelve(cs), gold("wp-twelve-2", cs, False, note="WordPress classic (Twenty Twelve-like), two top-level comments"))
    cs = few(1, likes=False)
    write("wp-block-1", wp_block(cs), gold("wp-block-1", cs, False, note="WordPress block theme, one comment: wp-block-comment-template, author-name / date / content blocks"))
    cs = few(2, reply=True, likes=False)
    write("wp-block-2", wp_block(cs), gold("wp-block-2", cs, False, note="WordPress block theme, a comment and its reply"))
    cs = few(1, likes=False)
    write("blogger-1", blogger(cs), gold("blogger-1", cs, False, note="Blogger, '1 comment:', cite.user, datetime link ?showComment=…#c…, p.comment-content"))
    cs = few(2, reply=True, likes=False)
    write("drupal-2", drupal(cs), gold("drupal-2", cs, False, note="Drupal (Olivero-like), a comment and its reply in div.indented; 'Sat, 21/11/2026 - 14:14'; Permalink /comment/N#comment-N"))
    cs = few(1)
    write("disqus-1", disqus(cs), gold("disqus-1", cs, True, note="Disqus as saved: one li.post, author link, a.time-ago '2 weeks ago' with the full time in title, vote-up count"))
    cs = few(2)
    write("microdata-2", microdata(cs), gold("microdata-2", cs, True, note="schema.org Comment microdata on plain divs (no comment class), two comments, upvoteCount meta beside 'n found this helpful'"))
    cs = few(1)
    write("newscms-a-1", newscms_a(cs), gold("newscms-a-1", cs, True, note="news CMS: 'Comments (1)', li.comment-item, time datetime shown as '… days ago', 'Like n'"))
    cs = few(2, reply=True)
    write("newscms-b-2", newscms_b(cs), gold("newscms-b-2", cs, True, note="news CMS: '2 comments', flat div.user-comment siblings, the reply marked user-comment-reply, 'Recommend (n)'"))
    cs = few(1, likes=False)
    write("movabletype-1", movabletype(cs), gold("movabletype-1", cs, False, note="Movable Type: '1 Comment', text first then 'Posted by: Name | November 21, 2026 2:14 PM'"))
    subject = "Anyone know if the bakery lease can be bought?"
    cs = few(2, likes=False)
    write("forum-2", forum_plain(cs, subject), gold("forum-2", cs, False, forum=True, note="plain forum thread: the opening post and one reply (div.post, postauthor, postdate, postbody)"))
    cs = few(2)
    write("discourse-2", discourse(cs, subject), gold("discourse-2", cs, True, forum=True, note="Discourse crawler view: the topic's first post and one reply (itemprop comment), 'n Likes'"))
    cs = few(1, likes=False)
    write("phpbb-1", phpbb(cs, "Bakery closing - petition link"), gold("phpbb-1", cs, False, forum=True, note="phpBB 3.3 prosilver topic with a single post ('1 post')"))
    cs = few(2, likes=False)
    write("mybb-2", mybb(cs, subject), gold("mybb-2", cs, False, forum=True, note="MyBB thread: the opening post and one reply, '11-21-2026, 02:14 PM'"))

    write("related-teaser", related_teaser(), status_gold("related-teaser", "a single 'Related story' teaser with a name, a time and a summary: none"))
    write("author-bio", author_bio(), status_gold("author-bio", "an author bio box (vcard, fn, a joined <time>) under the story: none"))
    write("most-read-1", most_read_one(), status_gold("most-read-1", "a one-item 'Most read' list with a byline and a time: none"))
    write("testimonial", testimonial(), status_gold("testimonial", "a single customer testimonial quote with a name; 'Comments are closed.': none"))
    write("newsletter", newsletter(), status_gold("newsletter", "a newsletter sign-up box under the story: none"))
    write("no-reviews", no_reviews(), status_gold("no-reviews", "a product page, 'Reviews (0)', 'There are no reviews yet.', a review form in div#comments: none"))
    write("zero-comments", zero_comments(), status_gold("zero-comments", "a WordPress post with '0 Comments' and the reply form only: none"))
    print("\n".join(written))


if __name__ == "__main__":
    main()
