#!/usr/bin/python3
"""The reader comments of the Dragnet training pages as one JSONL stream of real (unlabelled, mostly civil)
2012 news and blog comments, for measuring what a moderator would see (issue 19).

Read in place from ../shared/data/extraction/dragnet/dragnet_train.tar.gz (AGPL-3.0 data: the output goes to a
cache folder, never into the repository). The gold text of a page is the hand-copied article, a marker line, then
all its comments concatenated with no boundaries. Boundaries come from `parley extract` run on the page's HTML
(the comment tree); an extracted comment is kept as the paragraphs of its text that also occur in the page's gold
comment section (which drops "by X on DATE. Reply #" lines and anything the extractor mistook for a comment).
Pages where that recovers less than half of the gold comment text fall back to the gold section cut at blank lines,
without the blocks that are only a name, a date or a "Reply" link.

Output lines: {"id": "<page>:<n>", "page", "method": "extract"|"gold-blocks", "text"}; a summary on stderr.
Usage: bench/abuse/dragnet_comments.py [--jar target/parley.jar] [--data TAR_GZ] [--out FILE] [--retries N]
Deterministic: same archive and jar, same output (pages and comments in archive order), whatever the machine's load
as long as a page shed by the extractor's time limit gets through on one of its --retries.
"""
import argparse, json, os, re, subprocess, sys, tarfile, tempfile, unicodedata

MARKER = re.compile(r"^[ \t]*[!@#$%^&*()][!@#$%^&*() \t]{2,}COMMENTS[ \t]*\r?$", re.M)
# a block that is only comment furniture: author + date/time lines, reply/like/report links, counters
DATE = re.compile(r"\b(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d{2}\s*(am|pm)?|(jan|feb|mar|apr|may|jun|jul|aug|sep|"
                  r"oct|nov|dec)[a-z]*\.? \d{1,2}|\d+ (minutes?|hours?|days?|weeks?|months?|years?) ago)\b", re.I)
FURNITURE = re.compile(r"^(reply|report( abuse)?|like|unlike|permalink|quote|flag|share|says?:?|wrote:?|"
                       r"\d+ (likes?|replies|points?)|log in to reply|reply #?|#\d+|\W*)$", re.I)


SIGNATURE = re.compile(r"(\b(said|says|wrote|writes)\s*[:,]?\s*$|^(posted )?by:? \S.*(\(\d+\)|\||$)|^score:|"
                       r"^(in reply to|reply to|replying to)\b)", re.I)


def decode(b):
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("cp1252", errors="replace")


def norm(s):
    s = unicodedata.normalize("NFKC", s).replace("\ufffd", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def furniture(block):
    lines = [l.strip() for l in block.splitlines() if l.strip()]
    if not lines:
        return True
    words = sum(len(l.split()) for l in lines)
    if all(FURNITURE.match(l) for l in lines):
        return True
    # "Chris Nahr 07.15.12 at 11:59", "John says: July 3, 2012 at 4:12 pm", "BeyondtheWrap said,",
    # "by zoloto (586738)", "Posted by: Julie | October 01, 2012 at 09:42 AM", "Score:"
    return words <= 12 and any(DATE.search(l) or SIGNATURE.search(l) for l in lines)


def gold_blocks(section):
    blocks = [b.strip() for b in re.split(r"\n[ \t]*\n", section.replace("\r\n", "\n"))]
    return [re.sub(r"[ \t]*\n[ \t]*", "\n", b) for b in blocks if b and not furniture(b)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jar", default="target/parley.jar")
    ap.add_argument("--data", default="../shared/data/extraction/dragnet/dragnet_train.tar.gz")
    ap.add_argument("--out", default="bench/out/calibration/dragnet-comments.jsonl")
    ap.add_argument("--retries", type=int, default=3, help="times a page the extractor shed is tried again alone")
    a = ap.parse_args()
    gold = {}
    with tarfile.open(a.data) as tar, tempfile.TemporaryDirectory(prefix="parley-dragnet-") as tmp:
        members = {m.name: m for m in tar.getmembers() if m.isfile()}
        for name in sorted(members):
            m = re.match(r"dragnet/Corrected/(.+)\.html\.corrected\.txt$", name)
            if not m:
                continue
            text = decode(tar.extractfile(members[name]).read())
            mk = MARKER.search(text)
            if mk and text[mk.end():].strip():
                gold[m.group(1)] = text[mk.end():]
        html_dir = os.path.join(tmp, "html")
        out_dir = os.path.join(tmp, "out")
        os.makedirs(html_dir)
        for page in gold:
            with open(os.path.join(html_dir, page + ".html"), "wb") as f:
                f.write(tar.extractfile(members[f"dragnet/HTML/{page}.html"]).read())
        # one JVM for every page; a page it cannot extract is reported and falls back to the gold blocks. The
        # extractor sheds a page over its per-page time limit: 5 s of wall time before a3374ac, which a loaded machine
        # reached on long pages, 5 s of the thread's CPU time since. Shed pages are extracted again, one at a time, so
        # that the stream does not depend on the load whichever jar made it
        todo = list(gold)
        for attempt in range(1 + a.retries):
            if not todo:
                break
            subprocess.run(["java", "-jar", a.jar, "extract", "--out", out_dir]
                           + (["--threads", "1"] if attempt else [])
                           + [os.path.join(html_dir, p + ".html") for p in todo],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            todo = [p for p in todo if not os.path.exists(os.path.join(out_dir, p + ".html.json"))]
            if todo:
                print(f"{len(todo)} pages not extracted (attempt {attempt + 1})", file=sys.stderr)
        extracted = {}
        for page in gold:
            path = os.path.join(out_dir, page + ".html.json")
            if os.path.exists(path):
                with open(path, encoding="utf-8") as f:
                    extracted[page] = json.load(f).get("comments", [])
    rows, by_method, pages_with = [], {"extract": 0, "gold-blocks": 0}, 0
    seen = set()
    for page, section in gold.items():
        g = norm(section)
        kept = []
        for c in extracted.get(page, []):
            paras = [p.strip() for p in re.split(r"\n\s*\n", c.get("text") or "") if p.strip()]
            good = [p for p in paras if len(norm(p)) >= 2 and norm(p) in g and not furniture(p)]
            if good:
                kept.append("\n\n".join(good))
        covered = sum(len(norm(k)) for k in kept)
        method = "extract"
        if covered < 0.5 * len(g):
            kept, method = gold_blocks(section), "gold-blocks"
        n = 0
        for k in kept:
            key = norm(k)
            if key in seen or not re.search(r"[A-Za-z]{2}", k):
                continue  # a comment the page repeats (quoted, "top comments") counts once
            seen.add(key)
            n += 1
            rows.append({"id": f"{page}:{n}", "page": page, "method": method, "text": k})
            by_method[method] += 1
        pages_with += n > 0
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    words = sorted(len(r["text"].split()) for r in rows)
    print(f"{len(rows)} comments from {pages_with} of {len(gold)} pages with a gold comment section "
          f"(extract {by_method['extract']}, gold blocks {by_method['gold-blocks']}); words per comment median "
          f"{words[len(words) // 2]}; written to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
