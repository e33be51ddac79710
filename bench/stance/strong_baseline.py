#!/usr/bin/python3
"""The strong stance baseline of issue 21: per-view TF-IDF logistic regression with C chosen by cross-validation on the
training rows (SemEval: 5 stratified folds within each target, one model per target; RumourEval: one fold per event,
class-balanced; FNC-1: the validation split, whose bodies are disjoint from train's), refitted on train + validation,
scored once on the test split. Splits: the Java model's own (`parley train stance --export-splits`), so the figures sit
beside Parley's on the same rows. Also the leave-one-target-out figure of a pooled TF-IDF LR (trained on four SemEval
targets, scored on all rows of the fifth).

  /usr/bin/python3 bench/stance/strong_baseline.py SPLIT_DIR  -> one JSON line per task on stdout
"""
import json
import os
import sys
import time

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, accuracy_score

sys.path.insert(0, os.path.dirname(__file__))
from encoder_experiments import cv_C, f_avg, fnc_score, log, read_csv, semeval_split, strat_folds  # noqa: E402

S = sys.argv[1].rstrip("/")


def word_char(x_fit, word=(1, 3), min_df_char=2):
    w = TfidfVectorizer(ngram_range=word, sublinear_tf=True, min_df=1).fit(x_fit)
    c = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=min_df_char).fit(x_fit)
    return lambda xs: sp.hstack([w.transform(xs), c.transform(xs)]).tocsr()


def semeval():
    tr = semeval_split(S, "train") + semeval_split(S, "validation")
    te = semeval_split(S, "test")
    targets = sorted({t for t, _, _ in tr})
    ytr = np.array([l for _, _, l in tr]); yte = np.array([l for _, _, l in te])
    ttr = np.array([t for t, _, _ in tr]); tte = np.array([t for t, _, _ in te])
    pred = np.empty(len(te), dtype=object)
    chosen = {}
    for t in targets:
        i = np.where(ttr == t)[0]; j = np.where(tte == t)[0]
        xs = [tr[k][1] for k in i]; xt = [te[k][1] for k in j]
        f = word_char(xs)
        Xs, Xt = f(xs), f(xt)
        C, _ = cv_C(lambda idx: Xs[idx], ytr[i], strat_folds(ytr[i]), (0.25, 1, 4, 16, 64), f_avg)
        pred[j] = LogisticRegression(C=C, max_iter=2000).fit(Xs, ytr[i]).predict(Xt)
        chosen[t] = C
    res = {"task": "semeval2016", "f_avg": round(f_avg(yte, pred), 4),
           "per_target": {t: round(f_avg(yte[tte == t], pred[tte == t]), 4) for t in targets}, "C": chosen}
    # leave one target out: pooled text-only TF-IDF LR on four targets, all rows of the fifth
    alltw = tr + te
    loto = {}
    for t in targets:
        fit = [r for r in alltw if r[0] != t]; held = [r for r in alltw if r[0] == t]
        f = word_char([r[1] for r in fit])
        clf = LogisticRegression(C=1, max_iter=2000).fit(f([r[1] for r in fit]), [r[2] for r in fit])
        loto[t] = round(f_avg(np.array([r[2] for r in held]), clf.predict(f([r[1] for r in held]))), 4)
    res["leave_one_target_out"] = {"mean_f_avg": round(float(np.mean(list(loto.values()))), 4), "per_target": loto}
    return res


def replies():
    tr = read_csv(f"{S}/replies_train.csv") + read_csv(f"{S}/replies_validation.csv")
    te = read_csv(f"{S}/replies_test.csv")
    ytr = np.array([r["label"] for r in tr]); yte = np.array([r["label"] for r in te])
    ev = np.array([r["event"] for r in tr])
    folds = [(np.where(ev != e)[0], np.where(ev == e)[0]) for e in sorted(set(ev))]
    labels = ["support", "deny", "query", "comment"]
    mf1 = lambda g, p: f1_score(g, p, labels=labels, average="macro", zero_division=0)
    w = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_features=50000)
    c = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2, max_features=100000)
    rt = [r["reply_text"] for r in tr]
    w.fit(rt); c.fit(rt)

    def tf(rows):
        return sp.hstack([w.transform([r["reply_text"] for r in rows]), c.transform([r["reply_text"] for r in rows]),
                          w.transform([r["parent_text"] for r in rows])]).tocsr()
    Xa, Xb = tf(tr), tf(te)
    C, cvs = cv_C(lambda idx: Xa[idx], ytr, folds, (0.03, 0.1, 0.3, 1), mf1, balanced=True, solver="liblinear")
    pred = LogisticRegression(C=C, max_iter=3000, class_weight="balanced", solver="liblinear").fit(Xa, ytr).predict(Xb)
    return {"task": "replies", "macro_f1": round(mf1(yte, pred), 4), "accuracy": round(accuracy_score(yte, pred), 4),
            "C": C, "event_cv_macro_f1": round(cvs, 4)}


def fnc():
    def load(prefix):
        bodies = {r["Body ID"]: r["articleBody"] for r in read_csv(f"{S}/{prefix}_bodies.csv")}
        rows = read_csv(f"{S}/{prefix}_stances.csv")
        return [r["Headline"] for r in rows], [bodies[r["Body ID"]] for r in rows], np.array([r["Stance"] for r in rows])
    h, b, y = load("fnc1_train")
    vh, vb, vy = load("fnc1_validation")
    th, tb, ty = load("fnc1_test")
    vec = TfidfVectorizer(max_features=5000, stop_words="english", sublinear_tf=True).fit(h + list(set(b)))

    def tf(hs, bs):
        A, B = vec.transform(hs), vec.transform(bs)
        return sp.hstack([A, B, sp.csr_matrix(np.asarray(A.multiply(B).sum(axis=1)))]).tocsr()
    Xtr, Xva, Xte = tf(h, b), tf(vh, vb), tf(th, tb)
    labels = ["agree", "disagree", "discuss", "unrelated"]
    best = (-1, None)
    for C in (0.3, 1, 3, 10):
        p = LogisticRegression(C=C, max_iter=3000, solver="liblinear").fit(Xtr, y).predict(Xva)
        s = fnc_score(vy, p) / 100 + f1_score(vy, p, labels=labels, average="macro")
        log("fnc C", C, round(s, 4))
        if s > best[0]:
            best = (s, C)
    clf = LogisticRegression(C=best[1], max_iter=3000, solver="liblinear").fit(sp.vstack([Xtr, Xva]), np.concatenate([y, vy]))
    pred = clf.predict(Xte)
    return {"task": "fnc1", "fnc_score": round(fnc_score(ty, pred), 2),
            "macro_f1": round(f1_score(ty, pred, labels=labels, average="macro"), 4),
            "f1": dict(zip(labels, [round(v, 4) for v in f1_score(ty, pred, labels=labels, average=None)])), "C": best[1]}


for task in (sys.argv[2].split(",") if len(sys.argv) > 2 else ("semeval", "replies", "fnc")):
    t0 = time.time()
    r = {"semeval": semeval, "replies": replies, "fnc": fnc}[task]()
    r["seconds"] = round(time.time() - t0)
    print(json.dumps(r), flush=True)
