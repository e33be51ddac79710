#!/usr/bin/python3
"""annotate_real.py: gold for real Dragnet training pages; the reading and checking machinery is ../real_pages.py, the per-page
selectors are here. Usage: annotate_real.py DRAGNET_DIR (the unpacked archive: HTML/, Corrected/) OUT_DIR [PAGE_ID...]"""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from real_pages import *  # noqa: F401,F403  (page(), text_of(), iso(), main() ...)
from real_pages import main

PAGES_DEFINED_BELOW = True


def sbn_parent(r, ctx):
    up = ctx.first(r, "a.up_link")
    m = re.search(r"scrollTo\('([^']+)'", up.get("onclick", "")) if up else None
    return ctx.soup.find(id=m.group(1)) if m else None


def sbn_text(r, ctx):
    title = text_of(ctx.first(r, "h5.comment_title"))
    body = text_of(ctx.own_copy(r, ctx.first(r, "div.cbody"), ("div.sig",)))
    return (title + " " + body).strip()


page("T49", "brightsideofthesun.com", "sbnation", record="div.citem", author="p.by a", time="p.by span.time",
     text=sbn_text, parent=sbn_parent)
page("R218", "guardian.co.uk", "guardian-pluck", record="ul.comment", author="div.profile > a", time="p.date",
     likes="span.recommended", text="div.comment-body")



def previous_top(r, ctx):
    """Flat list where a reply is marked on the record itself: its parent is the nearest top-level record before it."""
    i = ctx.recs.index(r)
    for p in reversed(ctx.recs[:i]):
        if p.get("id") != "reply":
            return p
    return None


page("R741", "food52.com", "food52", record="div.comment.clearfix", keep=lambda r: r.select_one("p.comment_text") is not None,
     author="a.username, p.specialist b", time=None, text="p.comment_text",
     parent=lambda r, ctx: previous_top(r, ctx) if r.get("id") == "reply" else None)



def indent_parent(r, ctx, depth=lambda e: int(re.search(r"margin-left:\s*(\d+)", e.get("style", "") + " margin-left:0").group(1))):
    """Flat records indented by an inline margin: the parent is the nearest record before with a smaller indent."""
    i, d = ctx.recs.index(r), depth(r)
    for p in reversed(ctx.recs[:i]):
        if depth(p) < d:
            return p
    return None


page("T61", "huffingtonpost.com", "huffpost", record="div.comment_item", author="div.author_name > a", time=None,
     text=lambda r, ctx: text_of(ctx.own_copy(r, ctx.first(r, "div.comment_body"), ("div.comment_time",))), parent=indent_parent)



def drupal_parent(r, ctx):
    """Drupal: replies sit in a div.indented right after the comment they answer."""
    box = r.parent
    if box is None or "indented" not in (box.get("class") or []):
        return None
    return box.find_previous_sibling(lambda e: id(e) in ctx.ids)


def pipe_time(r, ctx):
    """"Nov 06 2012 | 1:30 pm"."""
    t = text_of(ctx.first(r, "li.time a"))
    return iso(t.replace(" |", ","))


page("R342", "androidcentral.com", "drupal6-mobilenations", record="div.comment", author="p.user > a", time=pipe_time,
     text="div.comment-body", parent=drupal_parent)
page("T145", "zerohedge.com", "drupal6-zerohedge", record="div.non_toggle_area", author="div.non_toggle_label b a",
     time="span.scomments_info", text=lambda r, ctx: text_of(ctx.own_copy(r, ctx.first(r, "div.comment-content"), ("div.author",))),
     parent=drupal_parent)



def votes(r, ctx):
    v = ctx.first(r, "li.votes")
    m = re.search(r"(-?\d+) votes?", text_of(v)) if v else None
    return int(m.group(1)) if m else 0


page("R45", "newsvine.com", "newsvine", record="div.p-comment_Comment", author="div.c_author a", time="span.commentdate",
     likes=votes, text="div.commentSource")
page("R740", "edbrill.com", "domino-blogsphere", record="li.commentpost",
     author=lambda r, ctx: re.sub(r"^\d+\s+", "", text_of(ctx.first(r, "strong"))), time="small.commentmetadata",
     text=lambda r, ctx: " ".join(text_of(p) for p in ctx.all(r, "p")))
page("R976", "abeautifulmess.com", "typepad", record="div.comment", keep=lambda r: (r.get("id") or "").startswith("comment-"),
     author=lambda r, ctx: re.sub(r"(?s)^\s*Posted by:\s*(.*?)\s*\|.*$", r"\1", ctx.first(r, "p.comment-footer").get_text(" ")).strip(),
     time=lambda r, ctx: iso(text_of(ctx.first(r, "p.comment-footer"))), text="div.comment-content")



def iso_numeric(s):
    m = re.search(r"(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d)", s or "")
    return "%s-%s-%sT%s:%s" % m.groups() if m else None


page("R700", "newstatesman.com", "drupal6-newstatesman", record="div.comment",
     author=lambda r, ctx: re.sub(r"^.*?—\s*|\s*\(not verified\)$", "", text_of(ctx.first(r, "span.submitted"))),
     time=lambda r, ctx: iso_numeric(text_of(ctx.first(r, "span.submitted"))),
     text=lambda r, ctx: " ".join(text_of(p) for p in ctx.all(r, "div.clear-block > p")), parent=drupal_parent)



def posted_author(el):
    """"Posted by: NAME at DATE" lines (Movable Type)."""
    m = re.match(r"(?i)posted by:?\s*(.*?)\s+(?:at|on|\|)\s+", text_of(el))
    return m.group(1) if m else None


def posted_by(css):
    return lambda r, ctx: posted_author(ctx.first(r, css))


page("R683", "schneier.com", "movabletype", record="div.commentbody", author=posted_by("p.posted"), time="p.posted",
     text=lambda r, ctx: text_of(r.find("div", id=re.compile(r"^c\d+"))))



def next_posted(r):
    return r.find_next_sibling("p", class_="posted")


page("R197", "econbrowser.com", "movabletype-unwrapped", record="div[id]", keep=lambda r: re.fullmatch(r"c\d+", r.get("id")) is not None,
     author=lambda r, ctx: posted_author(next_posted(r)),
     time=lambda r, ctx: iso(text_of(next_posted(r))), text=lambda r, ctx: text_of(r))

page("T71", "balkin.blogspot.com", "blogger-classic-byline", record="div.blogComment",
     author=lambda r, ctx: text_of(ctx.first(r, "div.byline a[href*='profile'], div.byline a[rel=nofollow]"))
     or re.sub(r"(?s).*posted by\s*(.*?)\s*:\s*\d{1,2}:\d\d.*", r"\1", text_of(ctx.first(r, "div.byline"))),
     time=None, text=lambda r, ctx: text_of(ctx.own_copy(r, r, ("div.byline", "span.item-control"))))
page("T16", "dcwomenkickingass.tumblr.com", "tumblr-notes", record="li.note.with_commentary", author="span.action a.tumblelog",
     time=None, text="blockquote")
page("R371", "flowtown.com", "disqus-noscript", record="li[id^=dsq-comment-]", author="span[id^=dsq-author-user-]",
     time=None, text="div.dsq-comment-message")



def dd_text(r, ctx):
    dd = r.find_next_sibling(["dd", "dt"])
    return text_of(dd) if dd is not None and dd.name == "dd" else ""


page("R16", "trekmovie.com", "dl-numbered", record="div#comments dl > dt",
     author=lambda r, ctx: re.sub(r"^\d+\.\s*|\s+-\s+[A-Z][a-z]+ \d{1,2}, \d{4}$", "", text_of(r)), time=lambda r, ctx: iso(text_of(r)),
     text=dd_text)
page("T132", "boardingarea.com", "wordpress-plain-p", record="li[id^=comment-]", author="p strong a, p strong",
     time=lambda r, ctx: iso(re.sub(r"(\d)(st|nd|rd|th),", r"\1,", text_of(ctx.first(r, "p")))),
     text=lambda r, ctx: " ".join(text_of(p) for p in ctx.all(r, "p")[2:]))

def quoted_seq(r, ctx):
    """"QUOTE(#3):" quotes the comment numbered 3: as in the quoting forums of ../threads, that is the parent."""
    h = ctx.first(r, "div.comment-body blockquote h6")
    m = re.search(r"#(\d+)", text_of(h)) if h else None
    if not m:
        return None
    return next((p for p in ctx.recs if text_of(ctx.first(p, "div.seq")) == m.group(1)), None)


page("R858", "fannation.com", "fannation", record="div.comment-wrap", author="p.username a", time="div.comment-date",
     text="div.comment-body", drop=("blockquote",), parent=quoted_seq)



def slashdot_time(r, ctx):
    """"on Tuesday July 24, @10:49AM": no year on the page; the story's address (/story/12/07/24/…) gives 2012."""
    t = text_of(ctx.first(r, "span.otherdetails"))
    m = re.search(r"(\w+) (\d{1,2}), @(\d{1,2}):(\d\d)([AP])M", t)
    return iso("%s %s, 2012 %s:%s %sm" % m.groups()) if m else None


def slashdot_author(r, ctx):
    by = ctx.first(r, "span.by")
    a = by.find("a") if by else None
    name = a.find(string=True, recursive=False) if a else None
    return (name or text_of(by)).replace("by ", "", 1).strip() if by else None


page("294", "politics.slashdot.org", "slashdot", record="li.comment",
     keep=lambda r: any(b.find_parent("li", class_="comment") is r for b in r.select("div[id^=comment_body_]")),
     author=slashdot_author, time=slashdot_time, text=lambda r, ctx: text_of(ctx.first(r, "div[id^=comment_body_]")))



def dotted_time(r, ctx):
    """Thesis's "07.15.12 at 11:59" (month, day, two-digit year; 24-hour clock)."""
    m = re.search(r"(\d\d)\.(\d\d)\.(\d\d) at (\d{1,2}):(\d\d)", text_of(ctx.first(r, "span.comment_time")))
    return "20%s-%s-%sT%02d:%s" % (m.group(3), m.group(1), m.group(2), int(m.group(4)), m.group(5)) if m else None


page("R81", "bluelily.squarespace.com", "squarespace-journal", record="div.comment", author="div.signature a",
     time="div.signature", text="div.body")
page("20", "johndcook.com", "thesis-dl", record="dl#comment_list > dt.comment", author="span.comment_author", time=dotted_time,
     text=dd_text)



def bare_name(r, ctx):
    """The name as a bare text node of the record (no element of its own)."""
    return " ".join(s.strip() for s in r.find_all(string=True, recursive=False) if s.strip()) or None


def nyman_author(r, ctx):
    """A linked name is the record's first own link not to the comment itself, else a bare text node; " - author" is a badge."""
    a = r.find(lambda e: e.name == "a" and not e.get("href", "").startswith("#"), recursive=False)
    return re.sub(r"\s+-\s+author$", "", text_of(a)) if a else bare_name(r, ctx)


def ordinal_date(el):
    return iso(re.sub(r"(\d)(st|nd|rd|th),", r"\1,", text_of(el)))


page("R46", "robertnyman.com", "wordpress-custom-bare-name", record="li[id^=comment-]", author=nyman_author,
     time=lambda r, ctx: ordinal_date(r.find("a", href=re.compile("^#comment-"), recursive=False)), text="div.comment-text")
# the trackbacks are a list of their own under "7 trackbacks", not the comment section (Dragnet's gold leaves them out);
# pingbacks listed among the comments are comments (one decision for both real sets: ../heldout13-real/README.md)
page("R114", "joythebaker.com", "wordpress-custom", record="li[id^=li-comment-]", keep=lambda r: "pingback" not in r.get("class", []),
     author="span.comment_name", time="a.comment_date", text="div.comment_body")




def depth_parent(r, ctx):
    """WordPress depth-N classes: the parent is the nearest record before with depth N-1."""
    def depth(e):
        m = re.search(r"\bdepth-(\d+)\b", " ".join(e.get("class", [])))
        return int(m.group(1)) if m else 1
    return indent_parent(r, ctx, depth)


def thesis_text(r, ctx):
    dd = r.find_next_sibling(["dd", "dt"])
    if dd is None or dd.name != "dd":
        return ""
    return text_of(ctx.own_copy(r, dd.find("div", class_="format_text"), (".comment-reply-link", ".reply")))


page("T36", "organicseoconsultant.com", "thesis-dl-depth", record="dl#comment_list dt.comment", author="span.comment_author",
     time="span.comment_time", text=thesis_text, parent=depth_parent)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], set(sys.argv[3:]) or None, script="annotate_real.py", left_out=("test",))
