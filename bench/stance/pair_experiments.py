#!/usr/bin/python3
"""Unseen targets, sixth pass (issue 21, 2026-12-07, helper stance5; LOTO only): an NLI-style pairwise head on e5
vectors. A "for / against / neither" classifier over target-conditioned interactions of a text vector p and a
hypothesis vector h ([p*h, |p-h|, cos] and optionally p itself), trained on pairs that name the thing a side is taken
on: the OTHER SemEval targets (h = the target's name, or its prototype sentences), FNC-1 (h = headline claim,
p = body: agree / disagree / discuss), RumourEval (h = source tweet, p = reply: support / deny / comment+query).
Applied to a held-out target (h = its name) it gives a direction and a "neither" share without any of its labels.

Same protocol as unseen_experiments2/3.py: properly nested leave-one-target-out on SemEval-2016 A train + trial (2,914
tweets); every setting (transfer mix, weights, thresholds) chosen by LOTO among the other four targets. FNC-1 and
RumourEval rows are never SemEval rows, so they are in every fold's training set. No test split is read.

Parts (default auc): auc (favour-vs-against and stance-vs-none AUC per held-out target, per transfer mix), protos
(the label-swapped relation head's AUC), combine (pair lean added to the shipped head, mix nested), combine-protos, mlp
(MLP relation head, MLP_SEED, default 20160), mlp5 (mean of seeds 1-5), mlp5wide (its weight on a wider grid),
combine-about (the name-hypothesis pair's P(neither) as a P(about) input; stopped for CPU, no figure). Results go to
$PAIR_OUT (default pair-results.json beside this file). Figures and reading: experiments.md, sixth pass.

  PARLEY_BENCH_CACHE=/tmp/parley-bench-cache nice -n 10 /usr/bin/python3 bench/stance/pair_experiments.py [part ...]
"""
import csv
import itertools
import json
import os
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from semeval_loto import about_x, AG, E, FAV, favg, lg, log, lr, nested_loto, next_t, P, sent, sig, tgt, TN, Tvec, y, about  # noqa: E402
from encoder import embed  # noqa: E402

OUT = os.environ.get("PAIR_OUT", os.path.join(os.path.dirname(os.path.abspath(__file__)), "pair-results.json"))
SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "data", "stance")
THR = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]
WTS = [0, 1, 2, 3, 4, 5, 6, 8]
NF, NA = len(FAV), len(AG)
PF, PA = P[:, :NF], P[:, NF:NF + NA]
DIR = PF.mean(1) - PA.mean(1)
MLP_SEED = int(os.environ.get("MLP_SEED", "20160"))

# ---- transfer pairs ------------------------------------------------------------------------------------------------
# FNC-1: one row per (headline, body) pair among the related ones; labels pro / con / neither
bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(open(os.path.join(SHARED, "fnc1", "train_bodies.csv"), encoding="utf-8"))}
st = list(csv.DictReader(open(os.path.join(SHARED, "fnc1", "train_stances.csv"), encoding="utf-8")))
heads = sorted(set(r["Headline"] for r in st))
bids = sorted(bodies)
HF = embed("fnc-headlines", heads)
BF = embed("fnc-bodies", [bodies[b] for b in bids])
hi = {h: i for i, h in enumerate(heads)}
bi = {b: i for i, b in enumerate(bids)}
FLAB = {"agree": 0, "disagree": 1, "discuss": 2}
fr = [r for r in st if r["Stance"] in FLAB]
fnc_h = HF[[hi[r["Headline"]] for r in fr]]
fnc_p = BF[[bi[r["Body ID"]] for r in fr]]
fnc_y = np.array([FLAB[r["Stance"]] for r in fr])

# RumourEval train file (the dev file is Parley's test split: not read): h = source tweet, p = reply
rr = list(csv.DictReader(open(os.path.join(SHARED, "rumoureval2017", "rumoureval2017_sdqc_train.csv"), encoding="utf-8")))
RLAB = {"support": 0, "deny": 1, "query": 2, "comment": 2}
rum_p = embed("rumour-reply", [r["reply_text"] for r in rr])
src = [r["source_text"] or r["parent_text"] for r in rr]
usrc = sorted(set(src))
rum_h = embed("rumour-source-distinct", usrc)[[usrc.index(s) for s in src]]
rum_y = np.array([RLAB[r["label"]] for r in rr])
log("FNC related pairs", len(fnc_y), np.bincount(fnc_y), "RumourEval replies", len(rum_y), np.bincount(rum_y))


def pf(p, h, raw):
    c = (p * h).sum(1, keepdims=True) / (np.linalg.norm(p, axis=1, keepdims=True) * np.linalg.norm(h, axis=1, keepdims=True))
    parts = [p * h, np.abs(p - h), c]
    if raw:
        parts.insert(0, p)
    return np.hstack(parts)


def train_pairs(tr, mix, raw, hyp="name"):
    """Feature matrix, labels, sample weights of the pair head's training rows for SemEval rows tr."""
    Xs, ys, ws = [], [], []
    if mix.get("sem", 0) > 0:
        if hyp == "name":
            H = Tvec[tgt[tr]]
            Xs.append(pf(E[tr], H, raw)); ys.append(y[tr]); ws.append(np.full(len(tr), mix["sem"]))
        else:  # "protos": the text against the mean favour prototype (labels as they are) and the mean against
            # prototype (favour and against swapped), so the text alone cannot predict the label: only the relation can
            Xs.append(pf(E[tr], PF[tgt[tr]].mean(1), raw)); ys.append(y[tr]); ws.append(np.full(len(tr), mix["sem"] / 2))
            Xs.append(pf(E[tr], PA[tgt[tr]].mean(1), raw)); ys.append(np.array([1, 0, 2])[y[tr]]); ws.append(np.full(len(tr), mix["sem"] / 2))
    if mix.get("fnc", 0) > 0:
        Xs.append(pf(fnc_p, fnc_h, raw)); ys.append(fnc_y); ws.append(np.full(len(fnc_y), mix["fnc"] * len(tr) / len(fnc_y)))
    if mix.get("rum", 0) > 0:
        Xs.append(pf(rum_p, rum_h, raw)); ys.append(rum_y); ws.append(np.full(len(rum_y), mix["rum"] * len(tr) / len(rum_y)))
    return np.vstack(Xs), np.concatenate(ys), np.concatenate(ws)


def fit_pair(tr, mix, raw, C, hyp="name", cw=True):
    X, yy, w = train_pairs(tr, mix, raw, hyp)
    if C in ("mlp", "mlp5"):  # a small non-linear relation head (unweighted: sklearn 1.2's MLP takes no sample weights);
        # mlp5: the mean of five such heads, seeds 1-5 (fixed before any of their figures)
        from sklearn.neural_network import MLPClassifier
        m, s = X.mean(0), X.std(0) + 1e-6
        seeds = [MLP_SEED] if C == "mlp" else [1, 2, 3, 4, 5]
        clfs = [MLPClassifier(hidden_layer_sizes=(64,), alpha=1e-2, early_stopping=True, random_state=sd,
                              max_iter=200).fit((X - m) / s, yy) for sd in seeds]
        return lambda A: np.mean([c.predict_proba((A - m) / s) for c in clfs], axis=0)
    if cw:  # balance the three classes within the pooled rows
        cnt = np.array([w[yy == k].sum() for k in range(3)])
        w = w * (cnt.sum() / (3 * cnt))[yy]
    m, s = X.mean(0), X.std(0) + 1e-6
    clf = LogisticRegression(C=C, max_iter=2000).fit((X - m) / s, yy, sample_weight=w)
    return lambda A: clf.predict_proba((A - m) / s)


def pair_scores(te, f, raw, hyp="name", ti=None):
    """P(pro), P(con), P(neither) of the rows te toward their own target (or toward the targets ti)."""
    ti = tgt[te] if ti is None else ti
    if hyp == "name":
        return f(pf(E[te], Tvec[ti], raw))
    return (f(pf(E[te], PF[ti].mean(1), raw)) + f(pf(E[te], PA[ti].mean(1), raw))[:, [1, 0, 2]]) / 2


# ---- the shipped head's parts (as unseen_experiments3.py) -----------------------------------------------------------
def parts(tr, te, sent_C=0.01):
    cm = E[tr].mean(0)
    ps = lr(E[tr], sent[tr], sent_C)(E[te])
    q = ps[:, 0] / (ps[:, 0] + ps[:, 1])
    ts = sorted(set(tgt[tr]))
    ot = next_t(tgt[tr], ts)
    A = np.vstack([about_x(tr, tgt[tr], cm), about_x(tr, ot, cm)])
    pa = lr(A, np.concatenate([about[tr], np.zeros(len(tr), int)]), 1.0)(about_x(te, tgt[te], cm))[:, 1]
    return cm, pa, q


def lean_of(tr, te, cm, D):
    al = ((E[tr] - cm) * D[tgt[tr]]).sum(1)
    return ((E[te] - cm) * D[tgt[te]]).sum(1) / al.std()


def combine(pa, dir_logit, thr):
    a = sig(lg(pa) - lg(np.full_like(pa, thr)))
    qq = sig(dir_logit)
    return np.column_stack([a * qq, a * (1 - qq), 1 - a])


results = {}
if os.path.exists(OUT):
    results = json.load(open(OUT))


def record(name, r):
    results[name] = r
    log(f"{name:70s} nested {r['nested_mean']}  best {r['best_mean']} ({r['best_setting']}) {r['nested_per_target']}")
    json.dump(results, open(OUT, "w"), indent=1)


def auc_report(name, mix, raw, C, hyp="name"):
    """Favour-vs-against AUC of the pair head's lean on each held-out target (fitted on the other four + transfer)."""
    out = {}
    for h in range(5):
        tr, te = np.where(tgt != h)[0], np.where(tgt == h)[0]
        pr = pair_scores(te, fit_pair(tr, mix, raw, C, hyp), raw, hyp)
        s = te[y[te] < 2]
        m = y[te] < 2
        lean = lg(pr[m, 0] / (pr[m, 0] + pr[m, 1]))
        out[TN[h]] = round(float(roc_auc_score((y[s] == 0).astype(int), lean)), 3)
        # stance-vs-none AUC of the pair's P(neither)
        out[TN[h] + " stance-vs-none"] = round(float(roc_auc_score((y[te] < 2).astype(int), -pr[:, 2])), 3)
    results.setdefault("auc", {})[name] = out
    log(f"AUC {name:60s} {out}")
    json.dump(results, open(OUT, "w"), indent=1)
    return out


MIXES = {"sem": {"sem": 1}, "fnc": {"fnc": 1}, "rum": {"rum": 1}, "sem+fnc": {"sem": 1, "fnc": 1},
         "sem+rum": {"sem": 1, "rum": 1}, "sem+fnc+rum": {"sem": 1, "fnc": 1, "rum": 1}, "fnc+rum": {"fnc": 1, "rum": 1}}

PARTS = sys.argv[1:] or ["auc"]

if "auc" in PARTS:  # the full grid (sem, fnc, rum alone; sem+fnc) ran first; the other mixes at raw=False, C=0.01
    for name, mix in MIXES.items():
        for raw in (False, True):
            for C in (0.01, 0.1):
                if f"{name} raw={raw} C={C}" not in results.get("auc", {}) and (name in ("sem", "fnc", "rum") or (not raw and C == 0.01)):
                    auc_report(f"{name} raw={raw} C={C}", mix, raw, C)
if "protos" in PARTS:
    for raw in (False, True):
        auc_report(f"sem protos raw={raw} C=0.01", MIXES["sem"], raw, 0.01, "protos")


# the pair lean added to the shipped direction (sentiment + prototype lean), weight v nested; the transfer mix is a
# nested setting too (v = 0 is the shipped head); about_in: the pair's P(neither) also an input to P(about)
def with_pair(mixes, raw=False, C=0.01, hyp="name", vs=(0, 0.5, 1, 2), about_in=False):
    def fn(tr, te):
        cm, pa0, q = parts(tr, te)
        lean = lean_of(tr, te, cm, DIR)
        out = {}
        for mname in mixes:
            f = fit_pair(tr, MIXES[mname], raw, C, hyp)
            pr = pair_scores(te, f, raw, hyp)
            ptr = pair_scores(tr, f, raw, hyp)
            lt = lg(ptr[:, 0] / (ptr[:, 0] + ptr[:, 1]))
            pl = (lg(pr[:, 0] / (pr[:, 0] + pr[:, 1])) - lt.mean()) / lt.std()
            pa = pa0
            if about_in:
                ot = next_t(tgt[tr], sorted(set(tgt[tr])))
                f_ot = pair_scores(tr, f, raw, hyp, ot)[:, 2:3]
                A = np.vstack([np.hstack([about_x(tr, tgt[tr], cm), ptr[:, 2:3]]), np.hstack([about_x(tr, ot, cm), f_ot])])
                pa = lr(A, np.concatenate([about[tr], np.zeros(len(tr), int)]), 1.0)(np.hstack([about_x(te, tgt[te], cm), pr[:, 2:3]]))[:, 1]
            for w, v, t in itertools.product(WTS, vs, THR):
                if v == 0 and mname != mixes[0] and not about_in:
                    continue
                out[(mname, w, v, t)] = combine(pa, lg(q) + w * lean + v * pl, t).argmax(1)
        return out
    return fn


if "combine" in PARTS:
    record("shipped + pair lean, mix in {sem, rum, sem+rum} nested (raw=False, C=0.01)",
           nested_loto(with_pair(["sem", "rum", "sem+rum"])))
if "combine-protos" in PARTS:
    record("shipped + relation-head lean (SemEval, label-swapped mean prototypes), v nested",
           nested_loto(with_pair(["sem"], hyp="protos")))
    record("shipped + relation-head lean + its P(neither) in P(about), v nested",
           nested_loto(with_pair(["sem"], hyp="protos", about_in=True)))
if "mlp" in PARTS:
    sfx = "" if MLP_SEED == 20160 else f", seed {MLP_SEED}"
    auc_report("sem protos raw=False MLP 64" + sfx, MIXES["sem"], False, "mlp", "protos")
    record("shipped + MLP relation-head lean (SemEval, label-swapped mean prototypes), v nested" + sfx,
           nested_loto(with_pair(["sem"], C="mlp", hyp="protos")))
if "mlp5" in PARTS:
    auc_report("sem protos raw=False MLP 64 x 5 seeds", MIXES["sem"], False, "mlp5", "protos")
    record("shipped + lean of 5 MLP relation heads averaged (seeds 1-5), v nested",
           nested_loto(with_pair(["sem"], C="mlp5", hyp="protos")))
if "mlp5wide" in PARTS:  # the relation weight was chosen at the top of its grid (2) in most folds: a wider grid
    record("shipped + lean of 5 MLP relation heads averaged, v in {0, 1, 2, 3, 4, 6} nested",
           nested_loto(with_pair(["sem"], C="mlp5", hyp="protos", vs=(0, 1, 2, 3, 4, 6))))
if "combine-about" in PARTS:
    record("shipped + pair lean + pair P(neither) in P(about), mix nested",
           nested_loto(with_pair(["sem", "rum", "sem+rum"], about_in=True)))
json.dump(results, open(OUT, "w"), indent=1)
