#!/usr/bin/python3
"""annotate_real16.py: gold for real Dragnet training pages (fourth real set); the reading and checking machinery is
../real_pages.py, the per-page selectors are here. Usage: annotate_real16.py DRAGNET_DIR (the unpacked archive: HTML/,
Corrected/) OUT_DIR [PAGE_ID...]"""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from real_pages import *  # noqa: F401,F403  (page(), text_of(), iso(), main() ...)
from real_pages import main, page, text_of, iso


def own_text(css, drop=()):
    """The record's own paragraphs (css), not those of nested replies nor the elements drop names."""
    return lambda r, ctx: " ".join(text_of(ctx.own_copy(r, p, drop)) for p in ctx.all(r, css))


def whole_but(*drop):
    """The record's own text without the elements drop names (bylines, buttons) and nested records."""
    return lambda r, ctx: text_of(ctx.own_copy(r, r, drop))


def depth_parent(r, ctx):
    """WordPress depth-N classes on records: the parent is the nearest record before with a smaller depth."""
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


def no_seconds(s):
    return re.sub(r"(\d{1,2}:\d\d):\d\d", r"\1", s)


def short_year(s):
    """"10/2/12 2:05 PM" (month/day/two-digit year) -> "10/2/2012 2:05 PM" for iso()."""
    return re.sub(r"\b(\d{1,2}/\d{1,2})/(\d\d)\b(?!/)", r"\1/20\2", s)


# --- Thesis dl with replies in dl.children inside the dd (incourage.me, happy-mothering): depth classes give parents
def thesis_dd_text(r, ctx):
    dd = next_dd("comment")(r, ctx)
    return text_of(ctx.own_copy(r, dd.find("div", class_="format_text"), (".comment-reply-link", ".reply", "dl.children"))) if dd else ""


page("R620", "incourage.me", "thesis-dl-children", record="dl#comment_list dt.comment", author="span.comment_author",
     time="span.comment_time", text=thesis_dd_text, parent=depth_parent)
page("T128", "happy-mothering.com", "thesis-dl-twitter-line", record="dl#comment_list dt.comment",
     author=lambda r, ctx: ctx.first(r, "span.comment_author a.url") or ctx.first(r, "span.comment_author"),  # not the "Twitter: x" line
     time="span.comment_time", text=thesis_dd_text, parent=depth_parent)

# --- TypePad (french-word-a-day, prblog, virtualgeek): "Posted by: NAME | DATE" footer
TYPEPAD = dict(record="div.comment[id^=comment-]", keep=lambda r: r.select_one("p.comment-footer") is not None,
               author=lambda r, ctx: re.sub(r"(?s)^\s*Posted by:\s*(.*?)\s*\|.*$", r"\1", ctx.first(r, "p.comment-footer").get_text(" ")).strip(),
               time=lambda r, ctx: iso(text_of(ctx.first(r, "p.comment-footer"))), text="div.comment-content")
page("R686", "french-word-a-day.typepad.com", "typepad-footer", **TYPEPAD)
page("R60", "prblog.typepad.com", "typepad-footer-numeric-date",
     **dict(TYPEPAD, time=lambda r, ctx: iso(text_of(ctx.first(r, "p.comment-footer")).replace(" at ", " "))))  # "09/21/2012 at 09:38 PM"
page("R397", "virtualgeek.typepad.com", "typepad-footer", **TYPEPAD)

# --- Blogger threaded comments, rendered (athriftymrs, thefischbowl, bloggertipsandtricks, pinksith): replies nest
BLOGGER = dict(record="li.comment", author="cite.user",
               time=lambda r, ctx: iso(short_year(text_of(ctx.first(r, "span.datetime")))), text="p.comment-content")
page("R31", "athriftymrs.com", "blogger-threaded-rendered", dayFirst=True, **BLOGGER)
page("R659", "thefischbowl.blogspot.com", "blogger-threaded-rendered", **BLOGGER)
page("R122", "bloggertipsandtricks.com", "blogger-threaded-rendered", **BLOGGER)
page("R161", "pinksith.com", "blogger-threaded-rendered", **BLOGGER)

# --- Blogger classic dl (geekdoctor, kalynskitchen): "NAME said..." dt, body dd, footer dd
BLOGGER_DL = dict(record="dl#comments-block > dt.comment-author",
                  author=lambda r, ctx: text_of(r.find("a", href=re.compile("profile|^http"), string=True)) or re.sub(r"\s*said\.\.\.$", "", text_of(r)),
                  time=lambda r, ctx: iso(text_of(next_dd("comment-footer")(r, ctx))), text=lambda r, ctx: text_of(next_dd("comment-body")(r, ctx)))
page("R87", "geekdoctor.blogspot.com", "blogger-dl-said", **BLOGGER_DL)
page("R49", "kalynskitchen.com", "blogger-dl-said", **BLOGGER_DL)

# --- Disqus server-side list (extremetech, redstate, shankman): no dates on the page; a URL may precede the name
DISQUS = dict(record="li[id^=dsq-comment-]", author="span[id^=dsq-author-user-]", time=None, text="div.dsq-comment-message",
              parent=depth_parent)
page("T165", "extremetech.com", "disqus-server-side", **DISQUS)
page("R871", "redstate.com", "disqus-server-side-url-cite", **DISQUS)
page("R893", "shankman.com", "disqus-server-side", **DISQUS)


# --- Kubrick-like "NAME Says:" (fivecentnickel: numbered; getreligion: thumbs up/down counts)
def kubrick_text(r, ctx):
    return " ".join(text_of(p) for p in r.find_all("p", recursive=False) if not text_of(p).startswith("Like or Dislike"))


def karma_up(r, ctx):
    e = ctx.first(r, "span[id^=karma-][id$=-up]")
    return int(text_of(e)) if e is not None and re.fullmatch(r"\d+", text_of(e)) else None


page("R430", "fivecentnickel.com", "wordpress-kubrick-numbered-says", record="ol.commentlist > li[id^=comment-]", author="cite",
     time="small.commentmetadata", text=kubrick_text)
page("T124", "getreligion.org", "wordpress-kubrick-says-karma", record="ol.commentlist > li[id^=comment-]", author="cite",
     time="small.commentmetadata", likes=karma_up, text=kubrick_text)


# --- WordPress custom (dailyblogtips): bare "NAME on DATE" line, then div.commenttext
def bare_date(r, ctx):
    return iso(" ".join(s.strip() for s in r.find_all(string=True, recursive=False) if s.strip()))


page("R814", "dailyblogtips.com", "wordpress-bare-name-on-date", record="ol.commentlist > li[id^=comment-]",
     author=lambda r, ctx: text_of(r.find("a", recursive=False)) or None, time=bare_date, text="div.commenttext")

# --- WordPress custom (bloggingpro): p.comment-data "NAME says: 11/2/2012"
page("R448", "bloggingpro.com", "wordpress-strong-says-date", record="li.comment", author="p.comment-data strong",
     time="p.comment-data span.date", text="div.comment-content", parent=depth_parent)

# --- WooThemes (herbivoracious): comment-head with reply link, span.name, span.date
page("R316", "herbivoracious.com", "woothemes-comment-entry", record="li.comment", author="span.name", time="span.date",
     text=own_text("div.comment-entry > p"), parent=depth_parent)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], set(sys.argv[3:]) or None, script="annotate_real16.py", left_out=("test", "validation"))
