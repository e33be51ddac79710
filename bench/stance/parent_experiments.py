#!/usr/bin/python3
"""Parent view (RumourEval 2017 replies), out of event (issue 21, 2026-12-06 evening, helper stance3): does an e5
head over the reply help where the event is new?

Rows: RumourEval 2017 train file (4,238 replies, 7 events); every figure is leave-one-event-out (7 folds, each
event scored by models fitted on the other six), pooled macro-F1 over the 4,238 predictions, as the trainer's
out-of-event figure. The dev file (germanwings-crash, Parley's test split) is never read. Heads: class-balanced LR on
standardised e5 features, per C (the Java trainer chooses C by the same event folds). Reference: the strong TF-IDF LR
(reply word 1-2 + char 2-5, source word 1-2, class-balanced) on the same folds. Whether a head helps the served
network is measured by the Java trainer on out-of-event network predictions (`train stance --encoder-heads`), not here.

  PARLEY_BENCH_CACHE=/tmp/parley-bench-cache nice -n 10 /usr/bin/python3 bench/stance/parent_experiments.py [--tfidf] [FEATURE NAME ...]
"""
import csv
import json
import os
import re
import sys
import time

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "encoder"))
from encoder import embed  # noqa: E402

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "data", "stance",
                    "rumoureval2017", "rumoureval2017_sdqc_train.csv")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "parent-results.json")
LAB = ["support", "deny", "query", "comment"]


def log(*a):
    print(time.strftime("%H:%M:%S"), *a, file=sys.stderr, flush=True)


rows = list(csv.DictReader(open(DATA, encoding="utf-8")))
reply = [r["reply_text"] for r in rows]
source = [r["source_text"] or r["parent_text"] for r in rows]
parent = [r["parent_text"] if r["is_source"].strip().lower() != "true" and r["parent_text"].strip() else r["reply_text"]
          for r in rows]
ev = np.array([r["event"] for r in rows])
EVENTS = sorted(set(ev))
y = np.array([LAB.index(r["label"]) for r in rows])
R = embed("rumour-reply", reply)
S = embed("rumour-source", source)
Pa = embed("rumour-parent", parent)


def cos(a, b):
    return (a * b).sum(1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1) + 1e-9)


def cues(texts):
    out = []
    for t in texts:
        tl = t.lower()
        out.append([t.count("?") > 0, t.count("!") > 0, "http" in tl,
                    bool(re.search(r"\b(not|no|never|n't|fake|false|lie|lies|hoax|untrue|rumou?r|wrong)\b|n't", tl)),
                    bool(re.search(r"\b(is it|are you|really|source|confirm|true\?|why|how|what)\b", tl)),
                    len(re.sub(r"@\w+|http\S+", "", t).split()) / 30.0])
    return np.array(out, dtype=float)


CUE = cues(reply)
FEATS = {
    "reply e5": lambda: R,
    "reply e5 + cos(reply, source), cos(reply, parent)": lambda: np.column_stack([R, cos(R, S), cos(R, Pa)]),
    "reply e5 + cosines + cues": lambda: np.column_stack([R, cos(R, S), cos(R, Pa), CUE]),
    "reply e5 + |r-s|, r*s + cosines (no source vector)": lambda: np.column_stack([R, np.abs(R - S), R * S, cos(R, S), cos(R, Pa)]),
    "RELATION [r, |r-s|, r*s, cos(r, s)] (shipped kind; no parent)": lambda: np.column_stack([R, np.abs(R - S), R * S, cos(R, S)]),
    "pair [r, s, |r-s|, r*s, cos] (the head tried before)": lambda: np.column_stack([R, S, np.abs(R - S), R * S, cos(R, S)]),
}
CS = [0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03]


def fit_lr(X, yy, C):
    m, s = X.mean(0), X.std(0) + 1e-6
    clf = LogisticRegression(C=C, max_iter=2000, class_weight="balanced").fit((X - m) / s, yy)
    return lambda A: clf.predict_proba((A - m) / s)


def tfidf_probs(tr, te, C):
    vw = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    vc = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, max_features=50000)
    vs = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    rt = [reply[i] for i in tr]
    Xtr = sp.hstack([vw.fit_transform(rt), vc.fit_transform(rt), vs.fit_transform([source[i] for i in tr])]).tocsr()
    Xte = sp.hstack([vw.transform([reply[i] for i in te]), vc.transform([reply[i] for i in te]),
                     vs.transform([source[i] for i in te])]).tocsr()
    clf = LogisticRegression(C=C, max_iter=2000, class_weight="balanced").fit(Xtr, y[tr])
    return clf.predict_proba(Xte)


def mf1(g, p):
    return float(f1_score(g, p, labels=[0, 1, 2, 3], average="macro", zero_division=0))


def loeo(prob_fn, events=EVENTS):
    """Pooled out-of-event probabilities over `events` (each scored by a fit on the others)."""
    idx = np.where(np.isin(ev, events))[0]
    out = np.zeros((len(ev), 4))
    for e in events:
        te = np.where(ev == e)[0]
        tr = np.where(np.isin(ev, events) & (ev != e))[0]
        out[te] = prob_fn(tr, te)
    return out, idx


results = {}
t0 = time.time()
if "--tfidf" in sys.argv:
    for C in [1.0, 3.0, 10.0]:
        p, _ = loeo(lambda tr, te, C=C: tfidf_probs(tr, te, C))
        results[f"TF-IDF LR C {C}"] = round(mf1(y, p.argmax(1)), 4)
        log(f"TF-IDF LR C {C}", results[f"TF-IDF LR C {C}"], f"{time.time() - t0:.0f}s")
for name in [a for a in sys.argv[1:] if a in FEATS] or list(FEATS):
    X = FEATS[name]()
    results[name] = {}
    for C in CS:
        p, _ = loeo(lambda tr, te: fit_lr(X[tr], y[tr], C)(X[te]))
        results[name][str(C)] = round(mf1(y, p.argmax(1)), 4)
        log(name, C, results[name][str(C)], f"{time.time() - t0:.0f}s")
    json.dump(results, open(OUT, "w"), indent=1)
