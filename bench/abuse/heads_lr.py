#!/usr/bin/python3
"""Prototype: per-head logistic regressions on the e5 embeddings of the sentence heads' training rows, unweighted vs
class-weighted (sklearn "balanced": each head's minority class weighted up), C 0.1 on standardised 384-d vectors, dumped
as WORK_DIR/e2-{plain,balanced}-{val,test,dragnet,suite}.jsonl for `frontier_fusion.py MODEL WORK_DIR e2` (a proxy of
retraining the sentence heads with class weights; issue 19, helper `abuse2`, 2026-12-06).
Usage: bench/abuse/heads_lr.py WORK_DIR TRAIN_CACHE.emb [MORE.emb...]   (repo root; WORK_DIR as for frontier_fusion.py;
       the .emb files: `train abuse`'s embedding cache, records of text sha256 + 384 big-endian floats)"""
import hashlib, json, sys
import numpy as np
from sklearn.linear_model import LogisticRegression

W = sys.argv[1]
D = 384
HEADS = ["toxicity", "severe_toxicity", "insult", "threat", "obscene", "identity_attack", "impermium_insult",
         "olid_offensive", "davidson_abusive", "davidson_hate", "ethos_hate"]

def load(path):
    raw = np.fromfile(path, dtype=np.uint8)
    rec = 32 + 4 * D
    raw = raw[: len(raw) // rec * rec].reshape(-1, rec)
    keys = [bytes(k).hex() for k in raw[:, :32]]
    vec = raw[:, 32:].copy().view(">f4").astype(np.float32)
    return dict(zip(keys, vec))

emb = {}
for f in sys.argv[2:]:
    emb.update(load(f))
print(len(emb), "vectors", file=sys.stderr)
h = lambda t: hashlib.sha256(t.encode("utf-8")).hexdigest()

train = [json.loads(l) for l in open(f"{W}/split/train.jsonl", encoding="utf-8")]
train = [r for r in train if r["source"] != "davidson" and any(v is not None for v in r["labels"].values())]
have = [r for r in train if h(r["text"]) in emb]
print(len(train), "rows,", len(have), "embedded", file=sys.stderr)
X = np.array([emb[h(r["text"])] for r in have])
mu, sd = X.mean(0), X.std(0) + 1e-6
X = (X - mu) / sd

def texts(name):
    if name in ("val", "test"):
        f = f"{W}/split/{'validation' if name == 'val' else 'test'}.jsonl"
    elif name == "dragnet":
        f = f"{W}/dragnet-comments.jsonl"
    else:
        f = "training-data/abuse/civility-suite.jsonl"
    return [json.loads(l) for l in open(f, encoding="utf-8")]

sets = {}
for name in ("val", "test", "dragnet", "suite"):
    rows = texts(name)
    miss = sum(h(r["text"]) not in emb for r in rows)
    print(name, len(rows), "missing", miss, file=sys.stderr)
    sets[name] = (rows, np.array([(emb.get(h(r["text"]), np.zeros(D)) - mu) / sd for r in rows]))

out = {k: {name: np.zeros((len(sets[name][0]), len(HEADS))) for name in sets} for k in ("plain", "balanced")}
for j, head in enumerate(HEADS):
    idx = [i for i, r in enumerate(have) if r["labels"].get(head) is not None]
    if len(idx) < 100:
        continue
    y = np.array([have[i]["labels"][head] for i in idx])
    for k, cw in (("plain", None), ("balanced", "balanced")):
        m = LogisticRegression(C=0.1, max_iter=3000, class_weight=cw).fit(X[idx], y)
        for name, (rows, Xs) in sets.items():
            out[k][name][:, j] = m.decision_function(Xs)
    print(head, len(idx), y.mean().round(3), file=sys.stderr)
for k in out:
    for name, (rows, _) in sets.items():
        with open(f"{W}/e2-{k}-{name}.jsonl", "w") as f:
            for r, v in zip(rows, out[k][name]):
                f.write(json.dumps({"id": r.get("id"), "e2": [round(float(x), 5) for x in v]}) + "\n")
