#!/usr/bin/python3
"""Checks the civility suite (training-data/abuse/civility-suite.jsonl) after an edit: ids unique and well formed,
groups and labels consistent, no exact or near-duplicate texts (word 3-gram Jaccard >= 0.5), and no text taken from
../shared/data/abuse (no suite text of five or more words, and no run of eight words, occurs in a shared file).
Any further files (other suites, team-written training or tuning rows) are checked against: every pair across files
must have word 3-gram Jaccard < 0.2 (a fresh suite must not echo what was written, tuned or trained on before).
Usage: bench/abuse/check_suite.py [SUITE] [SHARED_ABUSE_DIR] [OTHER.jsonl ...]      exit 1 when something is wrong"""
import glob, itertools, json, re, sys

suite = sys.argv[1] if len(sys.argv) > 1 else "training-data/abuse/civility-suite.jsonl"
shared = sys.argv[2] if len(sys.argv) > 2 else "../shared/data/abuse"
LABELS = {"toxicity", "severe_toxicity", "insult", "threat", "obscene", "identity_attack"}
rows = [json.loads(l) for l in open(suite, encoding="utf-8") if l.strip()]
problems = []
ids = [r["id"] for r in rows]
if len(set(ids)) != len(ids):
    problems.append("duplicate ids")
for r in rows:
    if r["group"] not in ("civil", "abusive") or not re.fullmatch(r"(civ|abu)\d?-\d{3}", r["id"]):
        problems.append(f"{r['id']}: bad id or group")
    if r["group"] == "civil" and r["labels"] or r["group"] == "abusive" and (
            "toxicity" not in r["labels"] or not set(r["labels"]) <= LABELS):
        problems.append(f"{r['id']}: labels {r['labels']} do not fit group {r['group']}")
norm = lambda s: re.sub(r"[^a-z0-9 ]", "", s.lower()).split()
shingles = [{tuple(w[i:i + 3]) for i in range(max(1, len(w) - 2))} for w in (norm(r["text"]) for r in rows)]
for i, j in itertools.combinations(range(len(rows)), 2):
    a, b = shingles[i], shingles[j]
    if a and b and len(a & b) / len(a | b) >= 0.5:
        problems.append(f"near-duplicates: {rows[i]['id']} / {rows[j]['id']}")
for other in sys.argv[3:]:
    for line in open(other, encoding="utf-8"):
        if not line.strip():
            continue
        o = json.loads(line)
        w = norm(o["text"])
        b = {tuple(w[i:i + 3]) for i in range(max(1, len(w) - 2))}
        for r, a in zip(rows, shingles):
            if a and b and len(a & b) / len(a | b) >= 0.2:
                problems.append(f"{r['id']} echoes {other}:{o.get('id', '?')} ({o['text'][:60]})")
blob = " ".join(" ".join(norm(open(f, encoding="utf-8", errors="replace").read()))
                for f in glob.glob(f"{shared}/**/*.*", recursive=True) if not f.endswith(".md"))
if not blob:
    problems.append(f"no shared data under {shared} to check against")
for r in rows:
    w = norm(r["text"])
    if len(w) >= 5 and " ".join(w) in blob or any(" ".join(w[i:i + 8]) in blob for i in range(len(w) - 7)):
        problems.append(f"{r['id']}: text found in the shared data")
count = {g: sum(r["group"] == g for r in rows) for g in ("civil", "abusive")}
print(f"{len(rows)} items ({count['civil']} civil, {count['abusive']} abusive), "
      f"{sum('threat' in r['labels'] for r in rows)} labelled threat; {len(problems)} problems")
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
