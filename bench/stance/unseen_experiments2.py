#!/usr/bin/python3
"""Unseen-target head, third pass (issue 21, 2026-12-06 evening, LOTO only): variants of the shipped head
(P(about) x direction with prototype lean) that the earlier passes did not try.

Same protocol as unseen_experiments.py: SemEval-2016 A train + trial (2,914 tweets), each target held out in turn,
every fit and every choice on the other four ("nested" = chosen by LOTO inside those four). Parley's e5 vectors.

  PARLEY_BENCH_CACHE=/tmp/parley-bench-cache nice -n 10 /usr/bin/python3 bench/stance/unseen_experiments2.py
"""
import itertools
import json
import os
import re
import sys
import time

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from semeval_loto import about, about_x, AG, E, FAV, favg, lg, log, lr, nested_loto, next_t, op, P, rows, sent, sig, STOP, texts, tgt, TN, Tvec, twords, y  # noqa: E402  (the rows and vectors every LOTO script reads)

OUT = os.path.join(os.path.dirname(__file__), "unseen-results2.json")
THR = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]
WTS = [0, 1, 2, 3, 4, 5, 6, 8]
DIR = P[:, :len(FAV)].mean(1) - P[:, len(FAV):len(FAV) + len(AG)].mean(1)


def base(tr, te, extra_about=None, about_label=None, about_C=1.0, sent_C=0.01, all_others=False):
    """Shipped head parts: P(about), sentiment q, prototype lean in training-row sd units."""
    cm = E[tr].mean(0)
    ps = lr(E[tr], sent[tr], sent_C)(E[te])
    q = ps[:, 0] / (ps[:, 0] + ps[:, 1])
    ts = sorted(set(tgt[tr]))
    ot = next_t(tgt[tr], ts)
    A = np.vstack([about_x(tr, tgt[tr], cm), about_x(tr, ot, cm)])
    Ate = about_x(te, tgt[te], cm)
    if all_others:
        # every row toward every other training target as not about it (weights: one pair per row in all)
        ots = [np.array([ts[(ts.index(k) + j) % len(ts)] for k in tgt[tr]]) for j in range(1, len(ts))]
        A = np.vstack([about_x(tr, tgt[tr], cm)] + [about_x(tr, o, cm) for o in ots])
        lab = about[tr] if about_label is None else about_label[tr]
        Z = np.concatenate([lab] + [np.zeros(len(tr), int)] * len(ots))
        wts = np.concatenate([np.ones(len(tr))] + [np.full(len(tr), 1.0 / len(ots))] * len(ots))
        m, s_ = A.mean(0), A.std(0) + 1e-6
        clf = LogisticRegression(C=about_C, max_iter=3000).fit((A - m) / s_, Z, sample_weight=wts)
        pa = clf.predict_proba((Ate - m) / s_)[:, 1]
        al_tr = ((E[tr] - cm) * DIR[tgt[tr]]).sum(1)
        return pa, q, ((E[te] - cm) * DIR[tgt[te]]).sum(1) / al_tr.std(), ps
    if extra_about is not None:
        A = np.hstack([A, np.vstack([extra_about(tr, tgt[tr], cm), extra_about(tr, ot, cm)])])
        Ate = np.hstack([Ate, extra_about(te, tgt[te], cm)])
    lab = about[tr] if about_label is None else about_label[tr]
    pa = lr(A, np.concatenate([lab, np.zeros(len(tr), int)]), about_C)(Ate)[:, 1]
    al_tr = ((E[tr] - cm) * DIR[tgt[tr]]).sum(1)
    lean = ((E[te] - cm) * DIR[tgt[te]]).sum(1) / al_tr.std()
    return pa, q, lean, ps


def combine(pa, q, lean, w, thr):
    a = sig(lg(pa) - lg(np.full_like(pa, thr)))
    qq = sig(lg(q) + w * lean)
    return np.column_stack([a * qq, a * (1 - qq), 1 - a])


results = {}


def record(name, r):
    results[name] = r
    log(f"{name:60s} nested {r['nested_mean']}  best {r['best_mean']} ({r['best_setting']}) {r['nested_per_target']}")
    json.dump(results, open(OUT, "w"), indent=1)


def grid(pa, q, lean, extra=None):
    out = {}
    for w, t in itertools.product(WTS, THR):
        out[(w, t)] = combine(pa, q, lean, w, t).argmax(1)
    return out


# 0. the shipped head (reproduces 0.426 in unseen_experiments.py's terms)
record("shipped: about x (sentiment + prototype lean)", nested_loto(lambda tr, te: grid(*base(tr, te)[:3])))


# 1. three-way TARGET / OTHER / NO ONE with the prototype lean: "opinion about something else" counted toward
#    against with weight k (k = 0 is the shipped head), everything chosen nested
def three_way_lean(tr, te):
    pa, q, lean, ps = base(tr, te)
    cm = E[tr].mean(0)
    ts = sorted(set(tgt[tr]))
    ot = next_t(tgt[tr], ts)
    A = np.vstack([about_x(tr, tgt[tr], cm), about_x(tr, ot, cm)])
    # toward another target, a row is OTHER if it has an opinion (TARGET or OTHER), else NO ONE
    lab = np.concatenate([op[tr], np.where(op[tr] == 2, 2, 1)])
    p3 = lr(A, lab, 1.0)(about_x(te, tgt[te], cm))
    out = {}
    for k, w, t in itertools.product([0, 0.25, 0.5, 1.0], [0, 2, 4, 6], [0.1, 0.15, 0.2, 0.3, 0.4]):
        s = np.clip(p3[:, 0] + k * p3[:, 1], 1e-6, 1 - 1e-6)
        a = sig(lg(s) - lg(np.full_like(s, t)))
        qq = sig(lg(q) + w * lean)
        fav = a * p3[:, 0] * qq / s
        out[(k, w, t)] = np.column_stack([fav, a - fav, 1 - a]).argmax(1)
    return out


record("three-way + prototype lean, OTHER -> against weight k", nested_loto(three_way_lean))


# 2. P(about) with the comment x target interaction (c * t, 384 numbers) beside cosine and mention
def inter(idx, ti, cm):
    return E[idx] * Tvec[ti]


def about_inter(tr, te):
    out = {}
    for C in [0.003, 0.03]:
        pa, q, lean, _ = base(tr, te, extra_about=inter, about_C=C)
        for (w, t), v in grid(pa, q, lean).items():
            out[(C, w, t)] = v
    return out


record("P(about) + c*t interaction", nested_loto(about_inter))


# 3. lean from the nearest prototype (max cosine favour - max cosine against) instead of the mean direction
def max_proto(tr, te):
    pa, q, _, _ = base(tr, te)
    def mx(idx):
        f = np.einsum("nd,nkd->nk", E[idx], P[tgt[idx], :len(FAV)]).max(1)
        a = np.einsum("nd,nkd->nk", E[idx], P[tgt[idx], len(FAV):len(FAV) + len(AG)]).max(1)
        return f - a
    m_tr = mx(tr)
    lean = (mx(te) - m_tr.mean()) / m_tr.std()
    return grid(pa, q, lean)


record("lean from nearest prototypes", nested_loto(max_proto))


# 4. the opinion-type mixture: P(stance | comment) = sum over who the opinion is about (TARGET / OTHER / NO ONE) of
#    P(type | comment) P(stance | type, comment); for TARGET the direction (sentiment + lean) splits favour / against,
#    for OTHER and NO ONE the stance rates of those rows on the training targets (no weight is chosen: the rates are
#    counted). Settings chosen nested: lean weight and the stance-vs-none threshold, as the shipped head.
def p3_about(tr, te):
    cm = E[tr].mean(0)
    ts = sorted(set(tgt[tr]))
    ot = next_t(tgt[tr], ts)
    A = np.vstack([about_x(tr, tgt[tr], cm), about_x(tr, ot, cm)])
    lab = np.concatenate([op[tr], np.where(op[tr] == 2, 2, 1)])
    return lr(A, lab, 1.0)(about_x(te, tgt[te], cm))


def rates(tr, pooled):
    R = np.zeros((3, 3))
    for o in range(3):
        if pooled:
            m = tr[op[tr] == o]
            R[o] = np.bincount(y[m], minlength=3) / max(1, len(m))
        else:
            per = [np.bincount(y[tr[(op[tr] == o) & (tgt[tr] == k)]], minlength=3) /
                   max(1, ((op[tr] == o) & (tgt[tr] == k)).sum()) for k in sorted(set(tgt[tr]))]
            R[o] = np.mean(per, 0)
    return R


def mixture(tr, te, pooled=True):
    _, q, lean, _ = base(tr, te)
    p3 = p3_about(tr, te)
    R = rates(tr, pooled)
    out = {}
    for w, t in itertools.product(WTS, THR):
        qq = sig(lg(q) + w * lean)
        fav = p3[:, 0] * qq + p3[:, 1] * R[1, 0] + p3[:, 2] * R[2, 0]
        ag = p3[:, 0] * (1 - qq) + p3[:, 1] * R[1, 1] + p3[:, 2] * R[2, 1]
        st = np.clip(fav + ag, 1e-6, 1 - 1e-6)
        a = sig(lg(st) - lg(np.full_like(st, t)))
        out[(w, t)] = np.column_stack([a * fav / st, a * ag / st, 1 - a]).argmax(1)
    return out


record("opinion-type mixture, OTHER/NO ONE stance rates pooled over rows", nested_loto(lambda tr, te: mixture(tr, te, True)))
record("opinion-type mixture, OTHER/NO ONE stance rates averaged over targets", nested_loto(lambda tr, te: mixture(tr, te, False)))
THR_SHIPPED = THR
THR = [0.02, 0.05, 0.1, 0.15, 0.2, 0.3]
record("opinion-type mixture (pooled rates), thresholds down to 0.02", nested_loto(lambda tr, te: mixture(tr, te, True)))
THR = THR_SHIPPED


# 5. the sentiment LR's regularisation chosen nested; the about LR shown every other training target as not about
def sent_c(tr, te):
    out = {}
    for C in [0.003, 0.01, 0.03, 0.1]:
        for k, v in grid(*base(tr, te, sent_C=C)[:3]).items():
            out[(C,) + k] = v
    return out


record("sentiment C chosen nested", nested_loto(sent_c))
record("about LR: every other target as not about", nested_loto(lambda tr, te: grid(*base(tr, te, all_others=True)[:3])))


# 6. calibration of the shipped head's leave-one-target-out probabilities (weight 4, threshold 0.15): temperature by
#    log-likelihood on the other four targets' LOTO probabilities; matrix scaling (an LR on log p) the same way
def ece(p, g, bins=10):
    conf, pred, e = p.max(1), p.argmax(1), 0.0
    for b in range(bins):
        m = (conf > b / bins) & (conf <= (b + 1) / bins)
        if m.any():
            e += m.mean() * abs((pred[m] == g[m]).mean() - conf[m].mean())
    return e


def temp(p, T):
    z = np.log(np.clip(p, 1e-7, 1)) / T
    z -= z.max(1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(1, keepdims=True)


def nll(p, g):
    return float(-np.mean(np.log(np.clip(p[np.arange(len(g)), g], 1e-7, 1))))


TS = np.exp(np.linspace(np.log(0.5), np.log(50), 101))
P_out = {}
for h in range(5):
    tr, te = np.where(tgt != h)[0], np.where(tgt == h)[0]
    pa, q, lean, _ = base(tr, te)
    P_out[h] = combine(pa, q, lean, 4, 0.15)
cal = {}
for name, fitter in [("temperature", "T"), ("matrix scaling C=0.1", "M")]:
    per = {}
    for h in range(5):
        o = np.vstack([P_out[k] for k in range(5) if k != h])
        oy = np.concatenate([y[tgt == k] for k in range(5) if k != h])
        g = y[tgt == h]
        if fitter == "T":
            T = float(min(TS, key=lambda T: nll(temp(o, T), oy)))
            p = temp(P_out[h], T)
        else:
            clf = LogisticRegression(C=0.1, max_iter=2000).fit(np.log(np.clip(o, 1e-7, 1)), oy)
            p, T = clf.predict_proba(np.log(np.clip(P_out[h], 1e-7, 1))), None
        per[TN[h]] = {"T": None if T is None else round(T, 2), "ece_before": round(ece(P_out[h], g), 3),
                      "ece_at_T1.495": round(ece(temp(P_out[h], 1.495), g), 3), "ece_after": round(ece(p, g), 3),
                      "nll_before": round(nll(P_out[h], g), 3), "nll_after": round(nll(p, g), 3),
                      "f_avg_before": round(favg(g, P_out[h].argmax(1)), 4), "f_avg_after": round(favg(g, p.argmax(1)), 4)}
    cal[name] = {"per_target": per, **{k: round(float(np.mean([v[k] for v in per.values()])), 4)
                                       for k in ["ece_before", "ece_at_T1.495", "ece_after", "nll_before", "nll_after",
                                                 "f_avg_before", "f_avg_after"]}}
    log(name, {k: v for k, v in cal[name].items() if k != "per_target"})
results["calibration of the shipped head (LOTO, weight 4, threshold 0.15)"] = cal
json.dump(results, open(OUT, "w"), indent=1)
