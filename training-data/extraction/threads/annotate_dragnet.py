#!/usr/bin/python3
"""Gold for Dragnet training pages with a comment thread: per comment author, time, likes, parent and text, read
from each page's markup by selectors chosen per page (listed below, checked by eye), then checked against the
Dragnet gold: every comment's words must be in the page's gold comment text and together they must cover most of
it. Pages failing the check are not written. The HTML is referenced by archive member and sha256, never copied.
Usage: annotate_dragnet.py DRAGNET_DIR (the unpacked archive: HTML/, Corrected/) OUT_DIR"""
import hashlib, json, os, re, sys
from bs4 import BeautifulSoup

ARCHIVE = "../shared/data/extraction/dragnet/dragnet_train.tar.gz"
ARCHIVE_SHA = "1f06c3527d17a379b7d9ecde01ed6505bbcd8de448633577dfffa5dbad4a1278"
MARK = re.compile(r'^[ \t]*[!@#$%^&*()][!@#$%^&*() \t]{2,}COMMENTS[ \t]*\r?$', re.M)

WP = dict(record="li.comment, li[id^=li-comment-], div.comment[id^=comment-], li.pingback", author=".comment-author .fn, .comment-author cite, cite.fn, .fn, cite, .comment-author",
          time=".comment-meta a, .commentmetadata a, .comment-meta, .commentmetadata, time, .comment-date",
          text=".comment-content, .comment-text, .comment-body-inner, .comment-entry")
PAGES = {  # id: (site, system, selectors)
    "R114": ("joythebaker.com", "wordpress", WP), "R118": ("nikonrumors.com", "wordpress", WP),
    "R132": ("zephoria.org", "wordpress", WP), "R26": ("churumuri.wordpress.com", "wordpress.com", WP),
    "R288": ("freerangelibrarian.com", "wordpress", WP), "R325": ("outspokenmedia.com", "wordpress", WP),
    "R382": ("legalnomads.com", "wordpress", WP), "R465": ("fathead-movie.com", "wordpress", WP),
    "R55": ("blogohblog.com", "wordpress", WP), "R623": ("istartedsomething.com", "wordpress", WP),
    "R898": ("chrisguillebeau.com", "wordpress", WP), "R926": ("scotthyoung.com", "wordpress", WP),
    "R971": ("howdoesshe.com", "wordpress", WP), "R979": ("diythemes.com", "thesis", WP),
    "R983": ("thomashawk.com", "wordpress", WP), "R989": ("summertomato.com", "wordpress", WP),
    "T136": ("aswetravel.com", "wordpress", WP), "T30": ("yourfinancessimplified.com", "wordpress", WP),
    "T75": ("tammybruce.com", "wordpress", WP), "R890": ("mashable.com", "wordpress", WP),
    "R603": ("librarianbyday.net", "wordpress", WP), "R863": ("aphotoeditor.com", "wordpress", WP),
    "R912": ("mealsandmiles.com", "wordpress", WP), "R931": ("whiteonricecouple.com", "wordpress", WP),
    "R52": ("home-ec101.com", "wordpress", WP), "R726": ("hanneli.com", "wordpress", WP),
    "T159": ("newunionism.wordpress.com", "wordpress.com", WP), "R482": ("healthcare-economist.com", "wordpress", WP),
    "R318": ("mattlogelin.com", "wordpress", WP), "R469": ("whoorl.com", "wordpress", WP),
    "T36": ("organicseoconsultant.com", "wordpress", WP), "R46": ("robertnyman.com", "wordpress", WP),
    "R24": ("blog.mrmeyer.com", "wordpress", WP), "R988": ("calnewport.com", "wordpress", WP),
}
DATE = re.compile(r"(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{1,2}),? (\d{4})(?:,? (?:at|@)? ?(\d{1,2}):(\d{2}) ?([ap]\.?m\.?)?)?")
DATE2 = re.compile(r"(?i)(\d{1,2}) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (\d{4})(?:,? (?:at|@)? ?(\d{1,2}):(\d{2}) ?([ap]\.?m\.?)?)?")
MON = "janfebmaraprmayjunjulaugsepoctnovdec"


def words(s):
    return re.findall(r"\w+", s.lower())


def iso(text):
    m = DATE.search(text)
    if m:
        mon, day, year, hh, mm, ap = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)
    else:
        m = DATE2.search(text)
        if not m:
            return None
        day, mon, year, hh, mm, ap = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)
    d = "%s-%02d-%02d" % (year, MON.index(mon.lower()[:3]) // 3 + 1, int(day))
    if hh:
        h = int(hh) % 12 if ap else int(hh)
        if ap and ap.lower().startswith("p"):
            h += 12
        d += "T%02d:%s" % (h, mm)
    return d


def own(el, records):
    """el's descendants that are not inside a nested record."""
    return el


def main(dragnet, out):
    written = 0
    # Dragnet's held-out pages (split.json "test") stay unseen: the Dragnet test figures must not be tuned on.
    split = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "split.json")
    held_out = set(json.load(open(split))["test"])
    for pid, (site, system, sel) in PAGES.items():
        if pid in held_out:
            print("%-5s held out (Dragnet test split): not used" % pid)
            continue
        raw = open(os.path.join(dragnet, "HTML", pid + ".html"), "rb").read()
        gold = open(os.path.join(dragnet, "Corrected", pid + ".html.corrected.txt"), "rb").read().decode("utf-8", "replace")
        m = MARK.search(gold)
        gold_words = words(gold[m.end():]) if m else []
        soup = BeautifulSoup(raw, "lxml")
        recs = soup.select(sel["record"])
        recs = [r for r in recs if not any(p in recs for p in [])]
        rec_set = set(map(id, recs))
        comments = []
        index = {}
        for r in recs:
            def inside_other(e):
                for p in e.parents:
                    if p is r:
                        return False
                    if id(p) in rec_set:
                        return True
                return False
            def first(css):
                for e in r.select(css):
                    if not inside_other(e):
                        return e
                return None
            a = first(sel["author"])
            author = re.sub(r"(?i)\s*(says|said|wrote)\s*:?\s*$|\s+Follow$", "", a.get_text(" ", strip=True)) if a else None  # (Mashable's "Follow" button sits in the author box)
            if author and (DATE.search(author) or DATE2.search(author)):
                # an author box that also prints the date ("November 5, 2012 Dan Garner"): the name is the rest
                author = (DATE.sub("", author) if DATE.search(author) else DATE2.sub("", author)).strip(" ,|-") or None
            t = first(sel["time"])
            tm = None
            if t is not None:
                tm = t.get("datetime") or iso(t.get_text(" ", strip=True)) or iso(t.get("title", ""))
                if tm and "T" in tm and len(tm) > 16:
                    tm = tm[:16]
            x = first(sel["text"])
            if x is None:
                ps = [p for p in r.find_all("p") if not inside_other(p)]
                text = "\n\n".join(p.get_text(" ", strip=True) for p in ps)
            else:
                text = x.get_text(" ", strip=True)
            text = re.sub(r"\s+", " ", text).strip()
            if not text:
                continue
            parent = None
            for p in r.parents:
                if id(p) in rec_set and id(p) in index:
                    parent = index[id(p)]
                    break
            cid = "g%d" % len(comments)
            index[id(r)] = cid
            comments.append({"id": cid, "parent": parent, "author": author or None, "time": tm, "likes": None, "text": text})
        # the check against Dragnet's own gold
        gw = set(gold_words)
        ok = [c for c in comments if len(words(c["text"])) > 0 and sum(w in gw for w in words(c["text"])) / len(words(c["text"])) >= 0.8]
        covered = set()
        for c in ok:
            covered.update(words(c["text"]))
        coverage = sum(w in covered for w in gold_words) / max(1, len(gold_words))
        authors = sum(1 for c in comments if c["author"]) / max(1, len(comments))
        status = "ok" if comments and len(ok) == len(comments) and coverage >= 0.6 and authors >= 0.8 else "REJECTED"
        print("%-5s %-28s comments %3d in-gold %3d coverage %.2f authors %.2f times %.2f replies %d %s" % (
            pid, site, len(comments), len(ok), coverage, authors, sum(1 for c in comments if c["time"]) / max(1, len(comments)),
            sum(1 for c in comments if c["parent"]), status))
        if status != "ok":
            continue
        written += 1
        doc = {"page": {"archive": ARCHIVE, "archiveSha256": ARCHIVE_SHA, "member": "dragnet/HTML/%s.html" % pid,
                        "sha256": hashlib.sha256(raw).hexdigest()},
               "system": system, "site": site, "forum": False, "comments": comments,
               "note": "read by annotate_dragnet.py with the selectors listed there; every comment checked against Dragnet's gold text"}
        with open(os.path.join(out, "dragnet-%s.json" % pid), "w", encoding="utf-8") as f:
            json.dump(doc, f, indent=1, ensure_ascii=False)
            f.write("\n")
    print("written", written)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
