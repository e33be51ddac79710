#!/usr/bin/python3
"""Gold for real Dragnet training pages (2012) from sites and comment systems no other gold folder uses: per comment
author, time, likes, parent and text, read from each page's markup with selectors written per page after reading its
HTML (listed in PAGES), then checked against Dragnet's own gold comment text as ../threads/annotate_dragnet.py does:
every comment's words must be (>= 80 %) in the page's gold comment text, together they must cover most of it and
(almost) every comment must have an author. Pages failing the check are not written. The HTML is referenced by
archive member and sha256, never copied.
Shared by heldout12-real/annotate_real.py and heldout13-real/annotate_real14.py, which hold the per-page selectors.
Usage: <folder>/annotate_*.py DRAGNET_DIR (the unpacked archive: HTML/, Corrected/) OUT_DIR"""
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


def main(dragnet, out, only=None, script="annotate_real.py", left_out=("test",)):
    split = os.path.join(os.path.dirname(os.path.abspath(__file__)), "split.json")
    held_out = set().union(*(json.load(open(split))[s] for s in left_out))
    written = 0
    for pid, sel in PAGES.items():
        if only and pid not in only:
            continue
        if pid in held_out:
            print("%-5s held out (Dragnet %s split): not used" % (pid, " or ".join(left_out)))
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
               "note": "read by %s with the selectors listed there; every comment checked against Dragnet's gold text" % script}
        if sel.get("fetchedAt"):
            doc["fetchedAt"] = sel["fetchedAt"]
        with open(os.path.join(out, "dragnet-%s.json" % pid), "w", encoding="utf-8") as f:
            json.dump(doc, f, indent=1, ensure_ascii=False)
            f.write("\n")
    print("written", written)


# ------------------------------------------------------------------------------------------------------------------
# Per-page selectors (each read from the page's HTML; the print-out of main() was checked by eye against the page)
