#!/usr/bin/python3
"""The recall rule (`train abuse --defaults-only --recall-target R`) on finer factors, simulated on per-comment served
scores (bench/abuse/band-scores output of one band) (issue 19, helper abuse14). The rule: the common labels' holds
(toxicity, insult, obscene) each x one factor of a grid; of the combinations flagging >= R of the Jigsaw validation
abusive rows, the one with the fewest civil flags (tuning half share + Jigsaw validation clean share), ties to the
higher holds. Choices on validation and the stream's tuning half only; test, check half and suites reported.
Usage: bench/abuse/recall_factors.py MODEL.zip WORK_DIR STREAM.jsonl BAND_DIR BUDGET_PCT GRID R...
  GRID: coarse (the trainer's 1, .85, .7, ...) or fine (with .95 and .9)
"""
import hashlib, itertools, json, sys, zipfile

L6 = ["toxicity", "severe_toxicity", "insult", "threat", "obscene", "identity_attack"]
model, W, stream_file, band, budget, grid = sys.argv[1:7]
Rs = [float(x) for x in sys.argv[7:]]
spec = json.loads(zipfile.ZipFile(model).read("spec.json"))
H0 = {l["name"]: l["defaultHold"] for l in spec["labels"]}
COMMON = [l["name"] for l in spec["labels"] if l["severity"] <= 1.5]
F = [1, 0.85, 0.7, 0.6, 0.5, 0.4, 0.3, 0.25, 0.2]
if grid == "fine":
    F = [1, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6, 0.5, 0.4, 0.3, 0.25, 0.2]


def rows(p):
    return [json.loads(l) for l in open(p, encoding="utf-8") if l.strip()]


hand = {}
for line in open("training-data/abuse/dragnet-labels.tsv", encoding="utf-8"):
    if not (line.startswith("#") or line.startswith("id\t") or not line.strip()):
        f = line.rstrip("\n").split("\t")
        if len(f) >= 4:
            hand[f[0]] = (f[2], f[3])
half = {}
for r in rows(stream_file):
    h = hand.get(r["id"])
    lab = h[0] if h and hashlib.sha1(r["text"].encode()).hexdigest().startswith(h[1]) else None
    half[r["id"]] = ("tune" if hashlib.sha256(r.get("page", r["id"]).encode()).digest()[0] % 2 == 0 else "check") \
        if (lab is None or lab == "C") else "other"
val = {r["id"]: r for r in rows(f"{W}/val3.jsonl")}
test = {r["id"]: r for r in rows(f"{W}/split/test.jsonl")}
suite = {r["id"]: r for r in rows(f"{W}/suites18.jsonl")}
s9 = {r["id"]: r for r in rows(f"{W}/suite9.jsonl")}
g = {k: [] for k in ["val_ab", "val_clean", "tune", "check", "test_ab", "test_clean", "ins", "olid_not", "olid_off",
                     "s_civ", "s_ab", "s_thr", "s9_civ", "s9_ab", "s9_thr"]}
for r in rows(f"{band}/val3.jsonl"):
    x = val[r["id"]]
    if x["source"] == "jigsaw":
        g["val_ab" if any(x["labels"][l] == 1 for l in L6) else "val_clean"].append(r["scores"])
for r in rows(f"{band}/test.jsonl"):
    x = test[r["id"]]
    if x["source"] == "jigsaw":
        g["test_ab" if any(x["labels"][l] == 1 for l in L6) else "test_clean"].append(r["scores"])
    elif x["source"] == "insults" and x["labels"]["impermium_insult"] == 1:
        g["ins"].append(r["scores"])
    elif x["source"] == "olid":
        g["olid_off" if x["labels"]["olid_offensive"] == 1 else "olid_not"].append(r["scores"])
for r in rows(f"{band}/stream.jsonl"):
    if half[r["id"]] in g:
        g[half[r["id"]]].append(r["scores"])
for name, src in (("suites18", suite), ("suite9", s9)):
    p = "s" if name == "suites18" else "s9"
    for r in rows(f"{band}/{name}.jsonl"):
        x = src[r["id"]]
        g[f"{p}_civ" if x["group"] == "civil" else f"{p}_ab"].append(r["scores"])
        if "threat" in x.get("labels", []):
            g[f"{p}_thr"].append(r["scores"])


def fl(s, h):
    return any(s[l] >= h[l] for l in L6)


def share(v, h):
    return sum(fl(s, h) for s in v) / len(v)


def rep(h):
    o = {k: 100 * share(v, h) for k, v in g.items() if not k.endswith("_thr")}
    for k in ("s_thr", "s9_thr"):
        o[k] = 100 * sum(s["threat"] >= h["threat"] for s in g[k]) / len(g[k])
    for k in ("s_civ", "s9_civ"):
        o[k] = 100 - o[k]
    return o


combos = []
for fs in itertools.product(F, repeat=len(COMMON)):
    h = dict(H0)
    for l, f in zip(COMMON, fs):
        h[l] = round(H0[l] * f, 4)
    combos.append((fs, h, share(g["val_ab"], h), share(g["tune"], h) + share(g["val_clean"], h), sum(fs)))
keys = ["val_ab", "val_clean", "tune", "check", "test_ab", "test_clean", "ins", "olid_off", "olid_not", "s_civ", "s_ab",
        "s_thr", "s9_civ", "s9_ab", "s9_thr"]
print(f"grid {grid}: {F}; budget: tuning half <= {budget} %")
print("| R | factors " + str(COMMON) + " | " + " | ".join(keys) + " | within budget |")
print("|---|---|" + "---:|" * len(keys) + "---|")
print("| served | " + str([1] * len(COMMON)) + " | " + " | ".join(f"{rep(H0)[k]:.2f}" for k in keys) + " | |")
for R in Rs:
    best = None
    for c in combos:
        reaches = c[2] >= R
        if best is None:
            best = c
            continue
        breach = best[2] >= R
        if (reaches and (not breach or c[3] < best[3] - 1e-12 or (abs(c[3] - best[3]) <= 1e-12 and c[4] > best[4]))) \
                or (not reaches and not breach and c[2] > best[2]):
            best = c
    r = rep(best[1])
    print(f"| {R} | {list(best[0])} | " + " | ".join(f"{r[k]:.2f}" for k in keys)
          + f" | {'yes' if r['tune'] <= float(budget) + 1e-9 else 'no'} |")
