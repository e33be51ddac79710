#!/usr/bin/python3
"""Prototype (2026-12-05): do word skip-bigrams (gap 2..N, argv[1], default 4) lift the TF-IDF + LR baseline's
validation AUC per head? Run from the repo root after bench/abuse/run. Result in bench/abuse/experiments.md."""
import json, re, sys, time
import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
D = "bench/out/abuse/split"  # written by bench/abuse/run (train abuse --export-split)
def load(p): return [json.loads(l) for l in open(p, encoding="utf-8") if l.strip()]
tr, va = load(f"{D}/train.jsonl"), load(f"{D}/validation.jsonl")
TOK = re.compile(r"(?u)\b\w+\b")
def skip(text, gmin=2, gmax=int(sys.argv[1]) if len(sys.argv) > 1 else 4):
    t = TOK.findall(text.lower())
    out = []
    for i in range(len(t)):
        for g in range(gmin, gmax + 1):
            if i + g < len(t): out.append(t[i] + "_" + t[i + g])
    return out
texts = [r["text"] for r in tr]; vt = [r["text"] for r in va]
w = TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=200000, sublinear_tf=True, token_pattern=r"(?u)\b\w+\b")
c = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, max_features=300000, sublinear_tf=True)
s = TfidfVectorizer(analyzer=skip, min_df=2, max_features=200000, sublinear_tf=True)
Xw, Xc, Xs = w.fit_transform(texts), c.fit_transform(texts), s.fit_transform(texts)
Vw, Vc, Vs = w.transform(vt), c.transform(vt), s.transform(vt)
base = hstack([Xw, Xc]).tocsr(); vbase = hstack([Vw, Vc]).tocsr()
for heads in [["impermium_insult", "olid_offensive", "insult", "toxicity", "identity_attack", "ethos_hate"]]:
  for h in heads:
    idx = [i for i, r in enumerate(tr) if r["labels"].get(h) is not None]
    vidx = [i for i, r in enumerate(va) if r["labels"].get(h) is not None]
    y = np.array([tr[i]["labels"][h] for i in idx]); vy = np.array([va[i]["labels"][h] for i in vidx])
    if h in ("insult","toxicity","identity_attack"):
        vidx = [i for i in vidx if va[i]["source"] == "jigsaw"]; vy = np.array([va[i]["labels"][h] for i in vidx])
    res = []
    for name, X, V in [("base", base, vbase), ("skip.5", hstack([Xw, Xc, 0.5 * Xs]).tocsr(), hstack([Vw, Vc, 0.5 * Vs]).tocsr()),
                       ("skip1", hstack([Xw, Xc, Xs]).tocsr(), hstack([Vw, Vc, Vs]).tocsr())]:
        best = 0
        for C in (2, 4, 8):
            clf = LogisticRegression(C=C, solver="liblinear", max_iter=300).fit(X[idx], y)
            best = max(best, roc_auc_score(vy, clf.predict_proba(V[vidx])[:, 1]))
        res.append(f"{name} {best:.4f}")
    print(h, len(idx), len(vidx), " | ".join(res), flush=True)
