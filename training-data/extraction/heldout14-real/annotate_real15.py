#!/usr/bin/python3
"""annotate_real15.py: gold for real Dragnet training pages (third real set); the reading and checking machinery is
../real_pages.py, the per-page selectors are here. Usage: annotate_real15.py DRAGNET_DIR (the unpacked archive: HTML/,
Corrected/) OUT_DIR [PAGE_ID...]"""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from real_pages import *  # noqa: F401,F403  (page(), text_of(), iso(), main() ...)
from real_pages import main, page, text_of, iso, MONTHS


def own_text(css, drop=()):
    """The record's own paragraphs (css), not those of nested replies nor the elements drop names."""
    return lambda r, ctx: " ".join(text_of(ctx.own_copy(r, p, drop)) for p in ctx.all(r, css))


def whole_but(*drop):
    """The record's own text without the elements drop names (bylines, buttons) and nested records."""
    return lambda r, ctx: text_of(ctx.own_copy(r, r, drop))


def depth_parent(r, ctx):
    """WordPress depth-N classes on flat records: the parent is the nearest record before with depth N-1."""
    def depth(e):
        m = re.search(r"\bdepth-(\d+)\b", " ".join(e.get("class", [])))
        return int(m.group(1)) if m else 1
    i, d = ctx.recs.index(r), depth(r)
    for p in reversed(ctx.recs[:i]):
        if depth(p) < d:
            return p
    return None


def next_dd(cls):
    def f(r, ctx):
        for e in r.find_next_siblings(["dt", "dd"]):
            if e.name == "dt":
                return None
            if cls in (e.get("class") or []):
                return e
        return None
    return f


def thesis_dd_text(r, ctx):
    dd = next_dd("comment")(r, ctx)
    return text_of(ctx.own_copy(r, dd.find("div", class_="format_text"), (".comment-reply-link", ".reply"))) if dd else ""


def no_seconds(s):
    """"Oct 31, 2012 6:44:07 AM" -> "Oct 31, 2012 6:44 AM" (iso() reads hh:mm followed by am/pm)."""
    return re.sub(r"(\d{1,2}:\d\d):\d\d", r"\1", s)


# --- HubSpot (onstartups): div.Normal records, "posted on DATE by NAME" footer p.postfoot
def postfoot_name(r, ctx):
    m = re.search(r"(?s)\bby\s+(.+)$", text_of(ctx.first(r, "p.postfoot")))
    return m.group(1).strip() if m else None


page("R180", "onstartups.com", "hubspot-postfoot", record="div#listing div.Normal",
     keep=lambda r: r.select_one("p.postfoot") is not None, author=postfoot_name, time="p.postfoot",
     text=whole_but("p.postfoot"))

# --- Movable Type (roboppy): "Posted by: NAME at DATE [#]" inside the comment body
page("R471", "roboppy.net", "movabletype-comment-posted", record="div[id^=c] > div.comment-body",
     author=lambda r, ctx: re.sub(r"(?s)^\s*Posted by:\s*(.*?)\s+at\s+\w.*$", r"\1", text_of(ctx.first(r, "p.comment-posted"))),
     time="p.comment-posted", text=whole_but("p.comment-posted"))


# --- Joomla JComments (solarhomes): "#1 name 2011-06-02 13:28", vote counts
def iso_numeric(s):
    m = re.search(r"(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d)", s or "")
    return "%s-%s-%sT%s:%s" % m.groups() if m else None


def jc_votes(r, ctx):
    v = ctx.first(r, "span.comments-vote span[class^=vote-]")
    m = re.fullmatch(r"[+-]?\d+", text_of(v)) if v is not None else None
    return int(m.group()) if m else None


page("T157", "solarhomes.co.za", "joomla-jcomments-votes", record="div.comment-box", author="span.comment-author",
     time=lambda r, ctx: iso_numeric(text_of(ctx.first(r, "span.comment-date"))), likes=jc_votes, text="div.comment-body")

# --- Joomla JomComment (ecogeek): title, "written by NAME, DATE"
page("R106", "ecogeek.org", "joomla-jomcomment-written-by", record="div[id^=pc_]",
     author=lambda r, ctx: re.sub(r"(?s)^\s*written by\s+(.*?),\s+\w+ \d.*$", r"\1", text_of(ctx.first(r, "span.small"))),
     time="span.small",
     text=lambda r, ctx: " ".join(t for t in (re.sub(r"^\.\.\.$", "", text_of(ctx.first(r, "span.jc_comment_title"))),
                                              text_of(ctx.first(r, "div.comment-text"))) if t))


# --- WordPress custom (thepioneerwoman): numbered bubbles, h4 "NAME On Weekday, Month D at h:mm pm", depth classes
def pw_time(r, ctx):
    s = text_of(ctx.first(r, "h4 span"))
    m = re.search(r"(\w+ \d{1,2}) at (\d{1,2}:\d\d ?[ap]m)", s)
    return iso("%s, 2012 at %s" % m.groups()) if m else None


page("R246", "thepioneerwoman.com", "wordpress-custom-numbered-h4", record="div.comment[id^=comment-]",
     author=lambda r, ctx: text_of(ctx.first(r, "h4 a.url")) or re.sub(r"\s+On \w+day,.*$", "", text_of(ctx.first(r, "h4"))),
     time=pw_time, text=own_text("p:not(.comment-number)"))

# --- Thesis dl with depth classes (paulocoelhoblog), as heldout13-real's mattcutts: does its rule carry over?
page("358", "paulocoelhoblog.com", "thesis-dl-depth", record="dl#comment_list dt.comment", author="span.comment_author",
     time="span.comment_time", text=thesis_dd_text, parent=depth_parent)


# --- WordPress.com custom theme (herbsutter): "on 2012-10-16 at 8:03 am" then avatar and cite
def sutter_time(r, ctx):
    m = re.search(r"(\d{4}-\d\d-\d\d) at (\d{1,2}):(\d\d) ?([ap])m", text_of(ctx.first(r, "div.cmtinfo")))
    if not m:
        return None
    h = int(m.group(2)) % 12 + (12 if m.group(4) == "p" else 0)
    return "%sT%02d:%s" % (m.group(1), h, m.group(3))


page("R109", "herbsutter.com", "wordpress-com-cmtinfo", record="li.comment", author="div.cmtinfo cite", time=sutter_time,
     text=own_text("div[id^=div-comment-] > p"))

# --- Edublogs, Twenty Eleven HTML5 (theedublogger): "NAME on DATE said:" footer, nested ul.children
page("R77", "theedublogger.com", "edublogs-twentyeleven-article", record="li.comment", author="span.fn",
     time="footer.comment-meta div.comment-author a", text="div.comment-content")

# --- WordPress 2.6 theme (apple-touch): cite.comment-author, no date
page("R35", "apple-touch.com", "wordpress-cite-no-date", record="li.comment", author="cite.comment-author", time=None,
     text="div.comment-content")


# --- WordPress custom (pharmalot): h3 name, ul with date and time items
def list_time(r, ctx):
    d = re.sub(r"(\d)(st|nd|rd|th),", r"\1,", text_of(ctx.first(r, "li.commentdate")))
    return iso("%s at %s" % (d, text_of(ctx.first(r, "li.commenttime"))))


page("R459", "pharmalot.com", "wordpress-h3-name-date-list", record="li.comment", author="div.commentmetadata h3",
     time=list_time, text="div.commenttext")

# --- Blogger classic dl (foodwishes), as heldout13-real's thenotebookdoodles
page("R920", "foodwishes.blogspot.com", "blogger-dl-said", record="dl#comments-block > dt.comment-author",
     author=lambda r, ctx: text_of(r.find("a", href=re.compile("profile|^http"), string=True)) or re.sub(r"\s*said\.\.\.$", "", text_of(r)),
     time=lambda r, ctx: iso(text_of(next_dd("comment-footer")(r, ctx))), text=lambda r, ctx: text_of(next_dd("comment-body")(r, ctx)))


# --- TypePad, old template without a wrapper (headrush): a#cN anchor, bare p's, then p.posted "Posted by: NAME | DATE"
def anchor_posted(r):
    for e in r.find_next_siblings():
        if e.name == "p" and "posted" in (e.get("class") or []):
            return e
        if e.name == "a" and (e.get("id") or "").startswith("c"):
            return None
    return None


def anchor_text(r, ctx):
    parts = []
    for e in r.find_next_siblings():
        if e.name == "p" and "posted" in (e.get("class") or []):
            break
        parts.append(text_of(e))
    return " ".join(p for p in parts if p)


page("R534", "headrush.typepad.com", "typepad-old-no-wrapper", record="a[id^=c]",
     keep=lambda r: re.fullmatch(r"c\d+", r.get("id", "")) is not None and anchor_posted(r) is not None,
     author=lambda r, ctx: re.sub(r"(?s)^\s*Posted by:\s*(.*?)\s*\|.*$", r"\1", text_of(anchor_posted(r))),
     time=lambda r, ctx: iso(no_seconds(text_of(anchor_posted(r)))), text=anchor_text)

# --- Disqus server-side list (battellemedia), as heldout12-real's flowtown
page("R21", "battellemedia.com", "disqus-server-side", record="li.comment[id^=dsq-comment-]",
     author="span[id^=dsq-author-user-]", time=None, text="div.dsq-comment-message", parent=depth_parent)

# --- WordPress custom (stickygooeycreamychewy): "On DATE, NAME said..." p.info, flat div records with depth classes
page("R150", "stickygooeycreamychewy.com", "wordpress-on-date-name-said", record="div.comment[id^=comment-]",
     author="p.info cite", time="p.info", text=own_text("div.inner > p:not(.info)"), parent=depth_parent)


# --- uproxx (filmdrunk): "11.05.12 at 1:55 pm" date div, name div, profile links
def dotted_us(r, ctx):
    m = re.search(r"(\d\d)\.(\d\d)\.(\d\d) at (\d{1,2}):(\d\d) ?([ap])m", text_of(ctx.first(r, "div.comment_date")))
    if not m:
        return None
    mo, d, y, hh, mm, ap = m.groups()
    return "20%s-%s-%sT%02d:%s" % (y, mo, d, int(hh) % 12 + (12 if ap == "p" else 0), mm)


page("R245", "filmdrunk.uproxx.com", "uproxx-date-name-divs", record="li.comment", author="div.comment_author", time=dotted_us,
     text="div.comment-body", minCoverage=0.55)  # short comments: the heads ("11.05.12 at 1:55 pm", names) are 40 % of the gold words

# --- CNN (politicalticker, WordPress.com VIP): strong cite.fn, footer "DATE at h:mm pm |"
page("T62", "politicalticker.blogs.cnn.com", "cnn-wordpress-vip", record="li.comment", author="cite.fn",
     time="div.commentFooter", text=own_text("div.cnn_special_comment > p"))

# --- TypePad custom template (bloombergmarketing): words first, then "Posted by: NAME on DATE"
page("R468", "bloombergmarketing.blogs.com", "typepad-custom-body-then-byline", record="div.COMMENTS",
     author=lambda r, ctx: re.sub(r"(?s)^\s*Posted by:\s*(.*?)\s+on\s+\w+ \d.*$", r"\1", text_of(ctx.first(r, "#COMMENTBY"))),
     time=lambda r, ctx: iso(no_seconds(text_of(ctx.first(r, "#COMMENTBY")))), text=whole_but("#COMMENTBY"))

# --- WordPress custom (sassyradish): number column, "NAME said:" head, words, date after the words
page("R982", "sassyradish.com", "wordpress-numbered-said-date-after", record="div.realcomment",
     author="div.commeta", time="div.comdate", text="div.comtext", parent=depth_parent)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], set(sys.argv[3:]) or None, script="annotate_real15.py", left_out=("test", "validation"))
