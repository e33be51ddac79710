#!/usr/bin/python3
"""annotate_real14.py: gold for real Dragnet training pages; the reading and checking machinery is ../real_pages.py, the per-page
selectors are here. Usage: annotate_real14.py DRAGNET_DIR (the unpacked archive: HTML/, Corrected/) OUT_DIR [PAGE_ID...]"""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from real_pages import *  # noqa: F401,F403  (page(), text_of(), iso(), main() ...)
from real_pages import main

PAGES_DEFINED_BELOW = True



def indent_parent(r, ctx, depth=lambda e: int(re.search(r"margin-left:\s*(\d+)", e.get("style", "") + " margin-left:0").group(1))):
    """Flat records indented by an inline margin: the parent is the nearest record before with a smaller indent."""
    i, d = ctx.recs.index(r), depth(r)
    for p in reversed(ctx.recs[:i]):
        if depth(p) < d:
            return p
    return None


def drupal_parent(r, ctx):
    """Drupal: replies sit in a div.indented right after the comment they answer."""
    box = r.parent
    if box is None or "indented" not in (box.get("class") or []):
        return None
    return box.find_previous_sibling(lambda e: id(e) in ctx.ids)


def posted_author(el):
    """"Posted by: NAME at DATE" lines (Movable Type)."""
    m = re.match(r"(?i)posted by:?\s*(.*?)\s+(?:at|on|\|)\s+", text_of(el))
    return m.group(1) if m else None


def posted_by(css):
    return lambda r, ctx: posted_author(ctx.first(r, css))


def depth_parent(r, ctx):
    """WordPress depth-N classes: the parent is the nearest record before with depth N-1."""
    def depth(e):
        m = re.search(r"\bdepth-(\d+)\b", " ".join(e.get("class", [])))
        return int(m.group(1)) if m else 1
    return indent_parent(r, ctx, depth)


def bare_name(r, ctx):
    """The name as a bare text node of the record (no element of its own)."""
    return " ".join(s.strip() for s in r.find_all(string=True, recursive=False) if s.strip()) or None


def ordinal_date(el):
    return iso(re.sub(r"(\d)(st|nd|rd|th),", r"\1,", text_of(el)))


def dd_text(r, ctx):
    dd = r.find_next_sibling(["dd", "dt"])
    return text_of(dd) if dd is not None and dd.name == "dd" else ""


def iso_numeric(s):
    m = re.search(r"(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d)", s or "")
    return "%s-%s-%sT%s:%s" % m.groups() if m else None


# PAGES

def own_text(css, drop=()):
    """The record's own paragraphs (css), not those of nested replies nor the elements drop names."""
    return lambda r, ctx: " ".join(text_of(ctx.own_copy(r, p, drop)) for p in ctx.all(r, css))


def before_dash(css):
    """"Name — date" meta lines."""
    return lambda r, ctx: re.split(r"\s+[—–-]\s+", text_of(ctx.first(r, css)))[0]


def dotted_day(r, ctx):
    """"16. Jul, 2012 /" (day first, no time)."""
    return iso(re.sub(r"(\d{1,2})\. (\w+),", r"\1 \2", text_of(ctx.first(r, "span.date"))))


def bare_head(r, ctx):
    """"Heather on October 23rd, 2012 1:37 pm" as the record's own bare text."""
    return " ".join(s.strip() for s in r.find_all(string=True, recursive=False) if s.strip())


def next_dd(cls):
    def f(r, ctx):
        for e in r.find_next_siblings(["dt", "dd"]):
            if e.name == "dt":
                return None
            if cls in (e.get("class") or []):
                return e
        return None
    return f


page("431", "fourhourworkweek.com", "wordpress-custom-cm-meta", record="li.comment", author=before_dash("p.cm-meta"),
     time="a.comment-meta-time", text=own_text("div.comment_entry > p:not(.cm-meta)"))
# pingbacks listed among the comments are comments (as ../threads and Dragnet's gold keep them; see README)
page("238", "randfishkin.com", "wordpress-div-nested-byline-after", record="div.comment[id^=comment-], div.pingback[id^=comment-]",
     author=lambda r, ctx: text_of(ctx.first(r, "p.comment-meta a.url"))
     or re.sub(r"^by\s+|\s+on\s+[A-Z][a-z]+ \d.*$", "", text_of(ctx.first(r, "p.comment-meta"))),
     # the date after the last " on ": a pingback's name (the linking post's title) may hold a date of its own
     time=lambda r, ctx: iso(text_of(ctx.first(r, "p.comment-meta")).rsplit(" on ", 1)[-1]),
     text=own_text("div.comment-body > *:not(.comment-meta)"))
page("346", "everywhereist.com", "woothemes-date-name-says", record="li.comment", author="span.name", time=dotted_day,
     text=own_text("div.comment-entry > p:not(.thdrpy)"))
page("R14", "sundrymourning.com", "wordpress-bare-name-on-date", record="ol.commentlist > li[id^=comment-]",
     author=lambda r, ctx: text_of(r.find(["a", "span"], recursive=False))
     or re.sub(r"\s+on$", "", re.split(r"\s+on\s+(?=[A-Z][a-z]+ \d)", bare_head(r, ctx))[0]),
     time=lambda r, ctx: iso(re.sub(r"(\d)(st|nd|rd|th),", r"\1,", bare_head(r, ctx))), text="div.commenttext")
page("R101", "thenotebookdoodles.com", "blogger-dl-said", record="dl#comments-block > dt.comment-author",
     author=lambda r, ctx: text_of(r.find("a", href=re.compile("profile|^http"), string=True)) or re.sub(r"\s*said\.\.\.$", "", text_of(r)),
     time=lambda r, ctx: iso(text_of(next_dd("comment-footer")(r, ctx))), text=lambda r, ctx: text_of(next_dd("comment-body")(r, ctx)))
page("R220", "earlyretirementextreme.com", "custom-said-boxes", record="div.coms",
     author=lambda r, ctx: re.sub(r"\s*said,?$", "", text_of(ctx.first(r, "span.blod-user"))), time=None, text="div.blod-text")
page("R663", "webinknow.com", "typepad-footer", record="div.comment[id^=comment-]", keep=lambda r: r.select_one("p.comment-footer") is not None,
     author=lambda r, ctx: re.sub(r"(?s)^\s*Posted by:\s*(.*?)\s*\|.*$", r"\1", ctx.first(r, "p.comment-footer").get_text(" ")).strip(),
     time=lambda r, ctx: iso(text_of(ctx.first(r, "p.comment-footer"))), text="div.comment-content")
page("R437", "bikehugger.com", "movabletype5-asset", record="div.comment[id^=comment-]", author="span.vcard.author",
     time=lambda r, ctx: iso(text_of(ctx.first(r, "abbr.published")).replace("·", "at")),
     text=lambda r, ctx: text_of(ctx.own_copy(r, ctx.first(r, "div.comment-content"), ("div.comment-reply-link",))))
page("R278", "joemcnally.com", "wordpress-h3-says-h4-date", record="div.comment[id^=comment-]", author="h3", time="h4",
     text="div.inner-comment")
page("T65", "theblaze.com", "wordpress-h5-small", record="li.comment", author="h5", time="small", text=own_text("p"))



def thesis_dd_text(r, ctx):
    dd = next_dd("comment")(r, ctx)
    return text_of(ctx.own_copy(r, dd.find("div", class_="format_text"), (".comment-reply-link", ".reply"))) if dd else ""


page("T126", "frankviola.org", "woothemes-name-date-spans", record="li.comment", author="span.name", time="span.date",
     text=own_text("div.comment-entry > p"))
page("R153", "symbianv3.com", "wordpress-k2-counter", record="li.comment", author="span.commentauthor", time="div.comment-meta",
     text="div.comment-content")
page("R895", "mattcutts.com", "thesis-dl", record="dl#comment_list > dt.comment", author="span.comment_author",
     time="span.comment_time", text=thesis_dd_text, parent=depth_parent)
page("T177", "blogs.discovermagazine.com", "wordpress-kubrick-cite-says", record="ol.commentlist > li[id^=comment-]", author="cite",
     time="small.commentmetadata", text=lambda r, ctx: " ".join(text_of(d) for d in r.find_all("div", recursive=False)))
page("R182", "imperfecthomemaking.com", "blogger-threaded-rendered", record="li.comment", author="cite.user",
     time="span.datetime", text="p.comment-content")



def dt_dd_text(r, ctx):
    dd = r.find_next_sibling(["dt", "dd"])
    return text_of(ctx.own_copy(r, dd, (".reply",))) if dd is not None and dd.name == "dd" else ""


page("R764", "the-cannon.com", "wordpress-dl-numbered-depth", record="dl.commentlist > dt.comment",
     author=lambda r, ctx: text_of(r.find("a", class_="url")) or re.sub(r"^\d+\.\s*|\s+-\s+\d{1,2} \w+, \d{4}$", "", text_of(r)),
     time=lambda r, ctx: iso(text_of(r)), text=dt_dd_text, parent=depth_parent)


def in_reply_link(r, ctx):
    """"X replying to a comment from Y": the link names the answered comment (#cN -> comment_N)."""
    a = ctx.first(r, "span.inreply a[href^='#c']")
    return ctx.soup.find(id="comment_" + a["href"][2:]) if a else None


page("R965", "blogto.com", "movabletype-replying-to", record="div.comment[id^=comment_]", author="span.author",
     time="span.date", text="div.entry-body", parent=in_reply_link)
page("R904", "davidairey.com", "wordpress-name-comma-on-date", record="ol.commentlist > li[id^=comment-]",
     author="div.commentmetadata strong", time="div.commentmetadata small a", text=own_text("p"))


def karma_up(r, ctx):
    k = ctx.first(r, "span[id^=karma-][id$=-up]")
    return int(text_of(k)) if k and re.fullmatch(r"-?\d+", text_of(k)) else None


page("T148", "nyasatimes.com", "wordpress-table-rating", record="ol.commentlist > li[id^=comment-]", author="cite",
     time="small.commentmetadata", likes=karma_up,
     text=lambda r, ctx: " ".join(text_of(p) for p in ctx.all(r, "p") if not text_of(p).startswith("Like")))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], set(sys.argv[3:]) or None, script="annotate_real14.py", left_out=("test", "validation"))
