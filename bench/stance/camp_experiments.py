#!/usr/bin/python3
"""Unseen targets, sixth pass (issue 21, 2026-12-07, helper stance5; LOTO only): the target's own comments, unlabelled.
A target's comments fall into camps (its favour and against sides write alike: the same hashtags, the same people),
which a sentence vector sees even where sentiment does not read the side: within each SemEval target, one of the top
principal components of its comment vectors separates favour from against with AUC 0.74-0.85 (sign unknown). So the
shipped head's direction (and P(about)) is smoothed over each comment's nearest neighbours among the SAME target's
comments (no labels; a site would do this over the comments it holds for its target), k and the mix chosen nested.

Same protocol as unseen_experiments3.py (properly nested leave-one-target-out, SemEval-2016 A train + trial).

  PARLEY_BENCH_CACHE=/tmp/parley-bench-cache nice -n 10 /usr/bin/python3 bench/stance/camp_experiments.py
"""
import itertools
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from semeval_loto import about, about_x, AG, E, FAV, favg, lg, log, lr, nested_loto, next_t, P, sent, sig, tgt, TN, y  # noqa: E402

OUT = os.environ.get("CAMP_OUT", os.path.join(os.path.dirname(os.path.abspath(__file__)), "camp-results.json"))
THR = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]
WTS = [0, 2, 4, 6]
NF, NA = len(FAV), len(AG)
DIR = P[:, :NF].mean(1) - P[:, NF:NF + NA].mean(1)


def parts(tr, te, sent_C=0.01):
    cm = E[tr].mean(0)
    ps = lr(E[tr], sent[tr], sent_C)(E[te])
    q = ps[:, 0] / (ps[:, 0] + ps[:, 1])
    ot = next_t(tgt[tr], sorted(set(tgt[tr])))
    A = np.vstack([about_x(tr, tgt[tr], cm), about_x(tr, ot, cm)])
    pa = lr(A, np.concatenate([about[tr], np.zeros(len(tr), int)]), 1.0)(about_x(te, tgt[te], cm))[:, 1]
    return cm, pa, q


def lean_of(tr, te, cm, D):
    al = ((E[tr] - cm) * D[tgt[tr]]).sum(1)
    return ((E[te] - cm) * D[tgt[te]]).sum(1) / al.std()


def combine(pa, dl, thr):
    a = sig(lg(pa) - lg(np.full_like(pa, thr)))
    qq = sig(dl)
    return np.column_stack([a * qq, a * (1 - qq), 1 - a])


def neighbours(te, k):
    """Indices (into te) of each comment's k nearest other comments of the same target, by cosine."""
    X = E[te] / np.linalg.norm(E[te], axis=1, keepdims=True)
    S = X @ X.T
    np.fill_diagonal(S, -np.inf)
    return np.argsort(-S, axis=1)[:, :k]


def smooth(v, nb, a):
    return (1 - a) * v + a * v[nb].mean(1)


def camp(smooth_about):
    def fn(tr, te):
        cm, pa, q = parts(tr, te)
        lean = lean_of(tr, te, cm, DIR)
        nbs = {k: neighbours(te, k) for k in (5, 10, 20, 40)}
        out = {}
        for w in WTS:
            d = lg(q) + w * lean
            for k, a in [(0, 0.0)] + list(itertools.product((5, 10, 20, 40), (0.5, 0.8, 1.0))):
                ds = d if k == 0 else smooth(d, nbs[k], a)
                ps = sig(smooth(lg(pa), nbs[k], a)) if (smooth_about and k) else pa
                for t in THR:
                    out[(w, k, a, t)] = combine(ps, ds, t).argmax(1)
        return out
    return fn


results = {}


def record(name, r):
    results[name] = r
    log(f"{name:60s} nested {r['nested_mean']}  best {r['best_mean']} ({r['best_setting']}) {r['nested_per_target']}")
    json.dump(results, open(OUT, "w"), indent=1)


record("direction smoothed over the target's own nearest comments", nested_loto(camp(False)))
record("direction and P(about) smoothed", nested_loto(camp(True)))
