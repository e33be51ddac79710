"""Bag-of-words precision/recall/F1 per page (averaged), the same measure for every tool.

Tokens: maximal runs of letters or digits, lower-cased (as in Parley's evaluator).
Article F1 averages over all pages; comment F1 over pages whose gold has comment text.
"""
import json
import os
import re
import sys
from collections import Counter

MARKER = re.compile(r"^[ \t]*[!@#$%^&*()][!@#$%^&*() \t]{2,}COMMENTS[ \t]*\r?$", re.M)
WORD = re.compile(r"[^\W_]+", re.U)


def words(t):
    return [w.lower() for w in WORD.findall(t)]


def prf(pred, gold):
    p, g = words(pred), words(gold)
    if not p and not g:
        return 1.0, 1.0, 1.0
    common = sum((Counter(p) & Counter(g)).values())
    pr = common / len(p) if p else 0.0
    rc = common / len(g) if g else 0.0
    return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)


def gold(corrected_dir, i):
    b = open(os.path.join(corrected_dir, i + ".html.corrected.txt"), "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        t = b.decode("cp1252", errors="replace")
    t = t.replace("\r\n", "\n")
    m = MARKER.search(t)
    return (t[:m.start()], t[m.end():]) if m else (t, "")


def ours(path):
    d = json.load(open(path, encoding="utf-8"))
    a = d["article"]
    art = "\n".join([x for x in [a.get("title"), a.get("byline")] if x] + a["paragraphs"])
    com = []
    for c in d.get("comments", []):
        # as Parley's evaluator (ExtractionEvaluator.commentText): the meta line as shown ('header': author, date,
        # a forum's user cell and buttons), else the author unless the text shows it; the ISO time is metadata
        if c.get("header"):
            com.append(c["header"])
        elif c.get("author") and c["author"] not in (c.get("text") or ""):
            com.append(c["author"])
        com.append(c.get("text") or "")
        com += [q["text"] for q in c.get("quotes", [])]
    return art, "\n".join(com)


def main(corrected_dir, ids_file, tool, out_dir):
    ids = [l.strip() for l in open(ids_file) if l.strip()]
    a_sum = [0.0, 0.0, 0.0]
    c_sum = [0.0, 0.0, 0.0]
    c_pages = 0
    for i in ids:
        ga, gc = gold(corrected_dir, i)
        if tool == "parley":
            path = os.path.join(out_dir, i + ".html.json")
            pa, pc = ours(path) if os.path.exists(path) else ("", "")
        else:
            path = os.path.join(out_dir, i + ".txt")
            pa, pc = (open(path, encoding="utf-8").read() if os.path.exists(path) else ""), ""
        for k, v in enumerate(prf(pa, ga)):
            a_sum[k] += v
        if words(gc):
            c_pages += 1
            for k, v in enumerate(prf(pc, gc)):
                c_sum[k] += v
    n, m = len(ids), max(1, c_pages)
    print(json.dumps({"tool": tool, "pages": n, "article_precision": round(a_sum[0] / n, 4),
                      "article_recall": round(a_sum[1] / n, 4), "article_f1": round(a_sum[2] / n, 4),
                      "comment_pages": c_pages, "comment_precision": round(c_sum[0] / m, 4),
                      "comment_recall": round(c_sum[1] / m, 4), "comment_f1": round(c_sum[2] / m, 4)}))


if __name__ == "__main__":
    main(*sys.argv[1:5])
