"""The data every unseen-target experiment reads (issue 21): SemEval-2016 task 6 A, training + trial files (2,914
tweets, five targets), with the labels leave-one-target-out needs and Parley's own e5-small-v2 vectors of the tweets
and of the target prototype sentences ("I support {t}." ...), from bench/encoder's cache ($PARLEY_BENCH_CACHE).
One place, so that unseen_experiments.py, unseen_experiments2.py and transfer_experiments.py read the same rows."""
import os
import re
import sys
import time

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "encoder"))
from encoder import embed  # noqa: E402

DATA = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "data", "stance", "semeval2016_task6")
TN = ["Atheism", "Climate Change is a Real Concern", "Feminist Movement", "Hillary Clinton", "Legalization of Abortion"]
FAV = ["I support {}.", "I am in favor of {}.", "{} is good.", "I agree with {}.", "{} is right.", "I love {}.", "Yes to {}!"]
AG = ["I oppose {}.", "I am against {}.", "{} is bad.", "I disagree with {}.", "{} is wrong.", "I hate {}.", "No to {}!"]
STOP = set("the of is a an on and to in for real with from about that this are be".split())


def log(*a):
    print(time.strftime("%H:%M:%S"), *a, file=sys.stderr, flush=True)


rows = []
for f in ["trainingdata-all-annotations.txt", "trialdata-all-annotations.txt"]:
    lines = open(os.path.join(DATA, f), encoding="utf-8").read().split("\n")
    head = lines[0].replace("\ufeff", "").split("\t")
    rows += [dict(zip(head, l.split("\t"))) for l in lines[1:] if l.strip()]
texts = [r["Tweet"] for r in rows]
tgt = np.array([TN.index(r["Target"]) for r in rows])
y = np.array([{"FAVOR": 0, "AGAINST": 1, "NONE": 2}[r["Stance"]] for r in rows])
sent = np.array([{"POSITIVE": 0, "NEGATIVE": 1}.get(r["Sentiment"].strip(), 2) for r in rows])
op = np.array([{"TARGET": 0, "OTHER": 1, "NO ONE": 2}[r["Opinion towards"].strip()] for r in rows])
about = (op == 0).astype(int)
E = embed("semeval-all", texts)
P = embed("protos-stance", [tpl.format(t) for t in TN for tpl in FAV + AG + ["{}"]]).reshape(len(TN), len(FAV) + len(AG) + 1, -1)
Tvec = P[:, -1, :]


# the figures and features the unseen-target scripts share
def favg(g, p):
    return float(np.mean(f1_score(g, p, labels=[0, 1], average=None, zero_division=0)))


def twords(t):
    t = t.lower().replace("'s", "").replace("\u2019s", "")
    return [w for w in re.findall("[a-z]+", t) if len(w) >= 4 and w not in STOP]


def about_x(idx, ti, cm):
    c, t = E[idx], Tvec[ti]
    m = []
    for i, k in zip(idx, ti):
        ws = twords(TN[k])
        h = sum(w in texts[i].lower() for w in ws)
        m.append([1.0 if h else 0.0, h / len(ws)])
    return np.column_stack([(c * t).sum(1) - (t * cm).sum(1), np.array(m)])


def next_t(ti, ts):
    ts = sorted(ts)
    return np.array([ts[(ts.index(k) + 1) % len(ts)] for k in ti])


# the standardised logistic regression and logit helpers every LOTO script uses
def lr(X, yy, C, cw=None):
    m, s = X.mean(0), X.std(0) + 1e-6
    clf = LogisticRegression(C=C, max_iter=3000, class_weight=cw).fit((X - m) / s, yy)
    return lambda A: clf.predict_proba((A - m) / s)


def lg(p):
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def sig(z):
    return 1 / (1 + np.exp(-z))


def nested_loto(fn):
    """Properly nested: for held-out h, every setting scored by LOTO among the other four (models never see h)."""
    res, chosen = [], []
    outer = {}
    for h in range(5):
        others = [o for o in range(5) if o != h]
        inner = None
        for h2 in others:
            tr = np.where((tgt != h) & (tgt != h2))[0]
            o = fn(tr, np.where(tgt == h2)[0])
            s = np.array([favg(y[tgt == h2], v) for v in o.values()])
            inner = s if inner is None else inner + s
        outer[h] = fn(np.where(tgt != h)[0], np.where(tgt == h)[0])
        keys = list(outer[h].keys())
        j = int(inner.argmax())
        res.append(favg(y[tgt == h], outer[h][keys[j]]))
        chosen.append(str(keys[j]))
    S = np.array([[favg(y[tgt == h], outer[h][k]) for k in keys] for h in range(5)])
    best = int(S.mean(0).argmax())
    return {"nested_mean": round(float(np.mean(res)), 4), "nested_per_target": dict(zip(TN, np.round(res, 3).tolist())),
            "chosen": chosen, "best_setting": str(keys[best]), "best_mean": round(float(S.mean(0)[best]), 4)}
