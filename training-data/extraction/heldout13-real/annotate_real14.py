#!/usr/bin/python3
"""Gold for real Dragnet training pages (2012) from sites and comment systems no other gold folder uses: per comment
author, time, likes, parent and text, read from each page's markup with selectors written per page after reading its
HTML (listed in PAGES), then checked against Dragnet's own gold comment text as ../threads/annotate_dragnet.py does:
every comment's words must be (>= 80 %) in the page's gold comment text, together they must cover most of it and
(almost) every comment must have an author. Pages failing the check are not written. The HTML is referenced by
archive member and sha256, never copied.
Usage: annotate_real.py DRAGNET_DIR (the unpacked archive: HTML/, Corrected/) OUT_DIR"""
import copy, hashlib, json, os, re, sys
from bs4 import BeautifulSoup, Comment

ARCHIVE = "../shared/data/extraction/dragnet/dragnet_train.tar.gz"
ARCHIVE_SHA = "1f06c3527d17a379b7d9ecde01ed6505bbcd8de448633577dfffa5dbad4a1278"
MARK = re.compile(r'^[ \t]*[!@#$%^&*()][!@#$%^&*() \t]{2,}COMMENTS[ \t]*\r?$', re.M)
MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec"
DATE = re.compile(r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?:,? (?:at|@|-)? ?(\d{1,2}):(\d{2}) ?([ap]\.?m\.?)?)?")
DATE2 = re.compile(r"(?i)\b(\d{1,2}) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*,? (\d{4})(?:,? (?:at|@)? ?(\d{1,2}):(\d{2}) ?([ap]\.?m\.?)?)?")
NUMERIC = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})(?: ?-? ?(\d{1,2}):(\d{2}))?")


def words(s):
    return re.findall(r"\w+", s.lower())


def clock(d, hh, mm, ap):
    if hh:
        h = int(hh) % 12 if ap else int(hh)
        if ap and ap.lower().startswith("p"):
            h += 12
        d += "T%02d:%s" % (h, mm)
    return d


def iso(text, day_first=False):
    """The first English date in text (month-day-year, day-month-year, or m/d/yyyy, d/m/yyyy when day_first)."""
    if not text:
        return None
    m = DATE.search(text)
    if m:
        mon, day, year, hh, mm, ap = m.groups()
        return clock("%s-%02d-%02d" % (year, MONTHS.index(mon.lower()[:3]) // 3 + 1, int(day)), hh, mm, ap)
    m = DATE2.search(text)
    if m:
        day, mon, year, hh, mm, ap = m.groups()
        return clock("%s-%02d-%02d" % (year, MONTHS.index(mon.lower()[:3]) // 3 + 1, int(day)), hh, mm, ap)
    m = NUMERIC.search(text)
    if m:
        a, b, year, hh, mm = m.groups()
        mon, day = (b, a) if day_first else (a, b)
        ap = re.search(r"(?i)\d:\d\d ?([ap])\.?m", text)
        return clock("%s-%02d-%02d" % (year, int(mon), int(day)), hh, mm, ap.group(1) if ap and hh else None)
    return None


def text_of(el):
    return re.sub(r"\s+", " ", el.get_text(" ", strip=True)).strip() if el is not None else ""


def paragraphs(el):
    """Text with blank lines between blocks, as the gold of the other folders keeps it (whitespace-normalised)."""
    return re.sub(r"\s+", " ", el.get_text(" ", strip=True)).strip()


# --- per page: how a record, its author, time, likes, text and parent are found (read from each page's HTML) ---

def by_css(css):
    return lambda r, ctx: ctx.first(r, css)


PAGES = {}


def page(pid, site, system, **sel):
    PAGES[pid] = dict(site=site, system=system, **sel)


class Ctx:
    def __init__(self, soup, recs):
        self.soup = soup
        self.recs = recs
        self.ids = set(map(id, recs))

    def inside_other(self, r, e):
        for p in e.parents:
            if p is r:
                return False
            if id(p) in self.ids:
                return True
        return False

    def first(self, r, css):
        for e in r.select(css):
            if not self.inside_other(r, e):
                return e
        return None

    def all(self, r, css):
        return [e for e in r.select(css) if not self.inside_other(r, e)]

    def own_copy(self, r, el, drop=()):
        """A copy of el without nested records and without the elements drop names."""
        c = copy.copy(el)
        marks = set()
        for e in el.descendants:
            if id(e) in self.ids:
                marks.add(id(e))
        # copy.copy keeps structure; match nested records by position in document order
        orig = [e for e in el.descendants if getattr(e, "name", None)]
        dup = [e for e in c.descendants if getattr(e, "name", None)]
        kill = [d for o, d in zip(orig, dup) if id(o) in marks]
        for css in drop:
            kill += c.select(css)
        for k in kill:
            if k.parent is not None:
                k.decompose()
        return c


def field(spec, r, ctx):
    if spec is None:
        return None
    if callable(spec):
        return spec(r, ctx)
    return ctx.first(r, spec)


def read(pid, sel, raw):
    soup = BeautifulSoup(raw, "lxml")
    for s in soup.find_all(["script", "style", "noscript"]):
        s.decompose()
    for c in soup.find_all(string=lambda t: isinstance(t, Comment)):
        c.extract()
    recs = soup.select(sel["record"])
    if "keep" in sel:
        recs = [r for r in recs if sel["keep"](r)]
    ctx = Ctx(soup, recs)
    comments, index = [], {}
    for r in recs:
        a = field(sel.get("author"), r, ctx)
        author = a if isinstance(a, str) or a is None else text_of(a)
        if author:
            author = re.sub(r"(?i)^(posted by|by)(?:\s*:\s*|\s+)|\s*(says|said|wrote|said\.\.\.)\s*:?\s*$", "", author).strip() or None
        t = field(sel.get("time"), r, ctx)
        if t is None or isinstance(t, str):
            tm = t
        else:
            tm = (t.get("datetime") or "").strip() or iso(text_of(t), sel.get("dayFirst", False)) \
                or iso(t.get("title", ""), sel.get("dayFirst", False))
        if tm and "T" in tm and len(tm) > 16:
            tm = tm[:16]
        lk = field(sel.get("likes"), r, ctx)
        if lk is not None and not isinstance(lk, int):
            m = re.search(r"-?\d+", text_of(lk))
            lk = int(m.group()) if m else None
        x = field(sel["text"], r, ctx)
        text = x if isinstance(x, str) else (text_of(ctx.own_copy(r, x, sel.get("drop", ()))) if x is not None else "")
        text = re.sub(r"\s+", " ", text).strip()
        if not words(text):
            continue  # nothing to match (a note of emoticons only): no gold comment
        parent = None
        if "parent" in sel:
            pr = sel["parent"](r, ctx)
            parent = index.get(id(pr)) if pr is not None else None
        else:
            for p in r.parents:
                if id(p) in index:
                    parent = index[id(p)]
                    break
        cid = "g%d" % len(comments)
        index[id(r)] = cid
        comments.append({"id": cid, "parent": parent, "author": author or None, "time": tm, "likes": lk, "text": text})
    return comments


def check(comments, gold_words):
    gw = set(gold_words)
    ok = [c for c in comments if words(c["text"]) and sum(w in gw for w in words(c["text"])) / len(words(c["text"])) >= 0.8]
    covered = set()
    for c in ok:
        covered.update(words(c["text"]))
    coverage = sum(w in covered for w in gold_words) / max(1, len(gold_words))
    authors = sum(1 for c in comments if c["author"]) / max(1, len(comments))
    return ok, coverage, authors


def main(dragnet, out, only=None):
    split = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "split.json")
    held_out = set(json.load(open(split))["test"]) | set(json.load(open(split))["validation"])
    written = 0
    for pid, sel in PAGES.items():
        if only and pid not in only:
            continue
        if pid in held_out:
            print("%-5s held out (Dragnet test or validation split): not used" % pid)
            continue
        raw = open(os.path.join(dragnet, "HTML", pid + ".html"), "rb").read()
        gold = open(os.path.join(dragnet, "Corrected", pid + ".html.corrected.txt"), "rb").read().decode("utf-8", "replace")
        m = MARK.search(gold)
        gold_words = words(gold[m.end():]) if m else []
        comments = read(pid, sel, raw)
        ok, coverage, authors = check(comments, gold_words)
        bad = [c for c in comments if c not in ok]
        status = "ok" if len(comments) >= 3 and not bad and coverage >= sel.get("minCoverage", 0.6) and authors >= 0.8 else "REJECTED"
        print("%-5s %-28s comments %3d in-gold %3d coverage %.2f authors %.2f times %.2f likes %.2f replies %d %s" % (
            pid, sel["site"], len(comments), len(ok), coverage, authors, sum(1 for c in comments if c["time"]) / max(1, len(comments)),
            sum(1 for c in comments if c["likes"] is not None) / max(1, len(comments)), sum(1 for c in comments if c["parent"]), status))
        for c in bad[:3]:
            print("      not in gold:", c["author"], "|", c["text"][:100])
        if status != "ok":
            continue
        written += 1
        doc = {"page": {"archive": ARCHIVE, "archiveSha256": ARCHIVE_SHA, "member": "dragnet/HTML/%s.html" % pid,
                        "sha256": hashlib.sha256(raw).hexdigest()},
               "system": sel["system"], "site": sel["site"], "forum": False, "heldOut": True, "comments": comments,
               "note": "read by annotate_real14.py with the selectors listed there; every comment checked against Dragnet's gold text"}
        if sel.get("fetchedAt"):
            doc["fetchedAt"] = sel["fetchedAt"]
        with open(os.path.join(out, "dragnet-%s.json" % pid), "w", encoding="utf-8") as f:
            json.dump(doc, f, indent=1, ensure_ascii=False)
            f.write("\n")
    print("written", written)


# ------------------------------------------------------------------------------------------------------------------
# Per-page selectors (each read from the page's HTML; the print-out of main() was checked by eye against the page)

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
page("238", "randfishkin.com", "wordpress-div-nested-byline-after", record="div.comment[id^=comment-]",
     author=lambda r, ctx: text_of(ctx.first(r, "p.comment-meta a.url"))
     or re.sub(r"^by\s+|\s+on\s+[A-Z][a-z]+ \d.*$", "", text_of(ctx.first(r, "p.comment-meta"))), time="p.comment-meta",
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
    main(sys.argv[1], sys.argv[2], set(sys.argv[3:]) or None)
