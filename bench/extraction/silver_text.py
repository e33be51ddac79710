"""Silver agreement: the text reading of w3m dumps scored against the HTML reading of the same pages.

Usage: silver_text.py HTML_JSON_DIR TEXT_JSON_DIR IDS_FILE
Pairing as in ThreadEvaluator (issue 22): per page, one-to-one in page order, the largest monotone set of pairs where the
text-read comment holds the HTML-read comment's first 8 and last 5 words (each as a run) or their word F1 >= 0.6.
Author: the same name (case, spaces, a leading @ ignored; both absent agrees); parent: both top level, or the text
parent is the match of the HTML parent. Pages are ranked by disagreement: unmatched comments on either side plus
wrong authors plus wrong parents, over the HTML count.
"""
import json
import os
import re
import sys
from collections import Counter

WORD = re.compile(r"[^\W_]+", re.U)


def words(t):
    return [w.lower() for w in WORD.findall(t or "")]


def f1(a, b):
    if not a or not b:
        return 0.0
    c = sum((Counter(a) & Counter(b)).values())
    if not c:
        return 0.0
    p, r = c / len(b), c / len(a)
    return 2 * p * r / (p + r)


def run_in(seq, sub):
    n = len(sub)
    return any(seq[i:i + n] == sub for i in range(len(seq) - n + 1))


def pair(g, e):
    if not g:
        return False
    if run_in(e, g[:8]) and run_in(e, g[-5:]):
        return True
    return f1(g, e) >= 0.6


def ordered(gold, got):
    gw = [words(c["text"]) for c in gold]
    ew = [words(c["text"]) for c in got]
    n, m = len(gw), len(ew)
    ok = [[pair(gw[i], ew[j]) for j in range(m)] for i in range(n)]
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            best[i][j] = max(best[i + 1][j], best[i][j + 1], best[i + 1][j + 1] + 1 if ok[i][j] else 0)
    match = [-1] * n
    i = j = 0
    while i < n and j < m:
        if ok[i][j] and best[i][j] == best[i + 1][j + 1] + 1:
            match[i] = j
            i += 1
            j += 1
        elif best[i + 1][j] >= best[i][j + 1]:
            i += 1
        else:
            j += 1
    return match


def norm(a):
    return None if a is None else re.sub(r"\s+", " ", re.sub(r"^@", "", a.strip())).lower()


def load(d, i):
    for name in (i + ".html.json", i + ".txt.json", i + ".json"):
        p = os.path.join(d, name)
        if os.path.exists(p):
            return json.load(open(p)).get("comments") or []
    return []


def main(hdir, tdir, ids_file):
    ids = [l.strip() for l in open(ids_file) if l.strip()]
    rows = []
    tot = Counter()
    for i in ids:
        gold, got = load(hdir, i), load(tdir, i)
        match = ordered(gold, got)
        index = {c["id"]: k for k, c in enumerate(gold)}
        matched = sum(1 for x in match if x >= 0)
        auth = par = 0
        for k, c in enumerate(gold):
            if match[k] < 0:
                continue
            e = got[match[k]]
            auth += norm(c.get("author")) == norm(e.get("author"))
            if c.get("parentId") is None:
                par += e.get("parentId") is None
            else:
                gp = index.get(c["parentId"], -1)
                par += gp >= 0 and match[gp] >= 0 and e.get("parentId") == got[match[gp]]["id"]
        bad = (len(gold) - matched) + (len(got) - matched) + (matched - auth) + (matched - par)
        rows.append((bad / len(gold), i, len(gold), len(got), matched, auth, par))
        tot.update(gold=len(gold), got=len(got), matched=matched, author=auth, parent=par, pages=1,
                   empty=int(not got))
    rows.sort(key=lambda r: (-r[0], r[1]))
    print("page   html  text  matched  author parent  disagreement")
    for bad, i, g, e, m, a, p in rows:
        print(f"{i:>6} {g:5d} {e:5d} {m:8d}  {a / m if m else 0:6.2f} {p / m if m else 0:6.2f}  {bad:6.2f}")
    pr = tot["matched"] / tot["got"] if tot["got"] else 0
    rc = tot["matched"] / tot["gold"] if tot["gold"] else 0
    fm = 2 * pr * rc / (pr + rc) if pr + rc else 0
    m = tot["matched"] or 1
    print(f"silver {tot['pages']} pages ({tot['empty']} read as text with no comments): comments P {pr:.3f} R {rc:.3f} "
          f"F1 {fm:.3f} ({tot['gold']} html, {tot['got']} text, {tot['matched']} matched)  author {tot['author'] / m:.3f}"
          f"  parent {tot['parent'] / m:.3f}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
