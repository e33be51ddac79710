#!/usr/bin/python3
"""Merges the runs of second_encoder.py (in $OUT) with the encoders' stats, costs and jar sizes: second-encoder-results.json."""
import json, glob, os, sys
OUT = os.environ.get("OUT", "/tmp/enc2")
out = sys.argv[1]
R = {"note": "Second encoder (issue 20, helper encoder2): merged from runs of bench/abuse/second_encoder.py on the same cached heads; see bench/abuse/experiments.md 'Second encoder'",
     "rows": None, "variants": {}, "chosen": {}, "bootstrap_vs_e5q_mean": {}, "encoding": {}, "cost": [], "jars_bytes": {}}
for f in ["stage1.json", "stage2.json", "t-e5q.mean.json", "t-bge15q.cls.json", "stage3.json"]:
    p = OUT + "/" + f
    if not os.path.exists(p):
        continue
    d = json.load(open(p))
    R["rows"] = d["rows"]
    R["variants"].update(d["variants"]); R["chosen"].update(d["chosen"])
    R["bootstrap_vs_e5q_mean"].update(d["bootstrap_vs_partner"])
# The check on every Jigsaw / Impermium / OLID training row (e5 and BGE v1.5 only): other rows, so other names.
p = OUT + "/full.json"
if os.path.exists(p):
    d = json.load(open(p))
    R["full_training_rows"] = {"rows": d["rows"], "variants": d["variants"], "chosen": d["chosen"],
                               "bootstrap_vs_e5q_mean": d["bootstrap_vs_partner"]}
for p in sorted(glob.glob(OUT + "/emb-extra/*.stats.json")):
    d = json.load(open(p)); R["encoding"][d["encoder"] + " (extra training rows)"] = d
for p in sorted(glob.glob(OUT + "/emb/*.stats.json")):
    d = json.load(open(p)); R["encoding"][d["encoder"]] = d
for l in open(OUT + "/cost.jsonl"):
    if l.startswith("{"):
        R["cost"].append(json.loads(l))
    else:
        R["cost_uptime"] = l.strip()
m = os.path.expanduser("~/.m2/repository/dev/langchain4j")
for a in ["e5-small-v2-q", "bge-small-en-v15-q", "bge-small-en-q", "e5-small-v2", "bge-small-en-v15"]:
    j = f"{m}/langchain4j-embeddings-{a}/0.36.2/langchain4j-embeddings-{a}-0.36.2.jar"
    if os.path.exists(j):
        R["jars_bytes"][a] = os.path.getsize(j)
json.dump(R, open(out, "w"), indent=1)
print(len(R["variants"]), "variants")
