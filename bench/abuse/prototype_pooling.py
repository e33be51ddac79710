#!/usr/bin/python3
"""Prototype (2026-12-05): train the Impermium / OLID heads on their rows plus a related set's rows (Jigsaw insult /
toxicity, weight 0.3), against stacking that partner's logit. Run from the repo root after bench/abuse/run.
Result in bench/abuse/experiments.md."""
import json, re, sys
import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
D = "bench/out/abuse/split"  # written by bench/abuse/run (train abuse --export-split)
def load(p): return [json.loads(l) for l in open(p, encoding="utf-8") if l.strip()]
tr, va, te = load(f"{D}/train.jsonl"), load(f"{D}/validation.jsonl"), load(f"{D}/test.jsonl")
texts = [r["text"] for r in tr]
w = TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=200000, sublinear_tf=True, token_pattern=r"(?u)\b\w+\b")
c = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, max_features=300000, sublinear_tf=True)
X = hstack([w.fit_transform(texts), c.fit_transform(texts)]).tocsr()
def T(d): t=[r["text"] for r in d]; return hstack([w.transform(t), c.transform(t)]).tocsr()
V, E = T(va), T(te)
def rows(data, h): return [i for i, r in enumerate(data) if r["labels"].get(h) is not None]
def fit(h, C, aux=None, wt=0.3):
    ii = rows(tr, h); yy = [tr[i]["labels"][h] for i in ii]; ww = [1.0]*len(ii)
    if aux:
        ai = [i for i in rows(tr, aux) if tr[i]["labels"].get(h) is None]
        ii += ai; yy += [tr[i]["labels"][aux] for i in ai]; ww += [wt]*len(ai)
    return LogisticRegression(C=C, solver="liblinear", max_iter=300).fit(X[ii], np.array(yy), sample_weight=np.array(ww))
partner = {"toxicity": fit("toxicity", 8), "insult": fit("insult", 4)}
for h, aux, C in [("impermium_insult", "insult", 8), ("olid_offensive", "toxicity", 4)]:
    vi, ti = rows(va, h), rows(te, h)
    vy = np.array([va[i]["labels"][h] for i in vi]); ty = np.array([te[i]["labels"][h] for i in ti])
    for name, m in [("plain", fit(h, C)), ("pooled", fit(h, C, aux))]:
        zv = m.decision_function(V[vi]); zt = m.decision_function(E[ti])
        line = [f"{name}: val {roc_auc_score(vy, zv):.4f} test {roc_auc_score(ty, zt):.4f}"]
        for p, pm in partner.items():
            pv = pm.decision_function(V[vi]); pt = pm.decision_function(E[ti])
            best = max((roc_auc_score(vy, zv + b * pv), b) for b in np.arange(0, 2.01, 0.1))
            line.append(f"+{p}*{best[1]:.1f} val {best[0]:.4f} test {roc_auc_score(ty, zt + best[1] * pt):.4f}")
        print(h, " | ".join(line), flush=True)
