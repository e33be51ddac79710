#!/usr/bin/python3
"""Stacked fusion for the data-set heads (issue 19/20 figures, helper `abuse4`, 2026-12-06).

The served model fuses each head as z + beta e (n-gram + word-vector logit z, sentence-head logit e), except toxicity,
whose logit is a logistic regression over every head's z and e fitted on the Jigsaw validation rows. This asks whether
the same stacked fusion lifts the heads the hidden checks read through their own data set: Impermium insults (AUC),
OLID (macro-F1 at a threshold chosen on validation), Davidson (weighted F1 of the two-head decision, thresholds chosen on
validation), and the Jigsaw labels (AUC). Per head, the stacker is fitted on the validation rows of that head's set;
reported: 5-fold out-of-fold figures on validation (the choice is made on these), then the fit on all validation rows
scored on test (reported only). Rows outside the cascade's band get e's estimate from z, as served.
Usage: bench/abuse/stack_heads.py MODEL.zip WORK_DIR   (WORK_DIR with split/ and fl/{val,test}.jsonl from
       bench/abuse/fusion-logits)
"""
import json, sys, zipfile
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold

model, W = sys.argv[1], sys.argv[2]
spec = json.loads(zipfile.ZipFile(model).read("spec.json"))
HEADS = spec["heads"]
K = len(HEADS)
sh = spec["sentenceHeads"]
BETA, SLOPE, ICPT = np.array(sh["beta"]), np.array(sh["slope"]), np.array(sh["intercept"])
STACK = sh.get("stack") or [None] * K
SEED = 20211


def load(split, name):
    d = {}
    for l in open(f"{W}/fl/{name}.jsonl", encoding="utf-8"):
        r = json.loads(l)
        d[r["id"]] = r
    rows = [json.loads(l) for l in open(f"{W}/split/{split}.jsonl", encoding="utf-8")]
    rows = [r for r in rows if r["id"] in d]
    z = np.array([d[r["id"]]["z"] for r in rows])
    e = np.array([d[r["id"]]["e"] for r in rows])
    band = np.array([d[r["id"]]["band"] for r in rows])
    est = z * SLOPE + ICPT
    e_served = np.where(band[:, None], e, est)
    return rows, z, e, e_served


def served(z, e):
    out = z + BETA * e
    for h in range(K):
        if STACK[h] is not None:
            w = np.array(STACK[h])
            out[:, h] = z @ w[:K] + e @ w[K:2 * K] + w[2 * K]
    return out


def X(z, e):
    return np.hstack([z, e])


def fit(x, y, c):
    m = LogisticRegression(C=c, max_iter=2000)
    m.fit(x, y)
    return m


def oof(x, y, c, groups=None):
    s = np.zeros(len(y))
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=SEED).split(x, y if groups is None else groups):
        s[te] = fit(x[tr], y[tr], c).decision_function(x[te])
    return s


def macro_f1_bin(y, pred):
    f = []
    for c in (0, 1):
        tp = np.sum((pred == c) & (y == c)); fp = np.sum((pred == c) & (y != c)); fn = np.sum((pred != c) & (y == c))
        f.append(0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return np.mean(f)


def weighted_f1(y, pred, classes=3):
    tot = 0
    for c in range(classes):
        tp = np.sum((pred == c) & (y == c)); fp = np.sum((pred == c) & (y != c)); fn = np.sum((pred != c) & (y == c))
        f = 0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)
        tot += f * np.sum(y == c) / len(y)
    return tot


def best_threshold(s, y, fn):
    qs = np.unique(np.quantile(s, np.linspace(0.02, 0.98, 97)))
    vals = [fn(y, (s >= t).astype(int)) for t in qs]
    i = int(np.argmax(vals))
    return qs[i], vals[i]


def dav_pred(sh_, sa, th, ta):
    return np.where(sh_ >= th, 0, np.where(sa >= ta, 1, 2))


def dav_best(sh_, sa, y):
    qh = np.unique(np.quantile(sh_, np.linspace(0.5, 0.995, 60)))
    qa = np.unique(np.quantile(sa, np.linspace(0.02, 0.6, 60)))
    best = (-1, None, None)
    for th in qh:
        for ta in qa:
            w = weighted_f1(y, dav_pred(sh_, sa, th, ta))
            if w > best[0]:
                best = (w, th, ta)
    return best


vrows, vz, ve, ves = load("validation", "val")
trows, tz, te, tes = load("test", "test")
vsrc = np.array([r["source"] for r in vrows]); tsrc = np.array([r["source"] for r in trows])


def lab(rows, h):
    return np.array([np.nan if r["labels"][HEADS[h]] is None else r["labels"][HEADS[h]] for r in rows], dtype=float)


CS = [0.01, 0.03, 0.1, 0.3, 1.0]
print("per head: validation AUC served / stacked out-of-fold (C); test AUC served / stacked (C chosen on validation OOF)")
for h, name in enumerate(HEADS):
    vy, ty = lab(vrows, h), lab(trows, h)
    vm, tm = ~np.isnan(vy), ~np.isnan(ty)
    if vm.sum() < 50 or len(set(vy[vm])) < 2:
        continue
    src = vsrc[vm][0]
    vmask = vm & (vsrc == src); tmask = tm & (tsrc == src)
    vyy, tyy = vy[vmask].astype(int), ty[tmask].astype(int)
    v_served = served(vz[vmask], ves[vmask])[:, h]; t_served = served(tz[tmask], tes[tmask])[:, h]
    xv_full = X(vz[vmask], ve[vmask]); xv_served = X(vz[vmask], ves[vmask]); xt_served = X(tz[tmask], tes[tmask])
    res = {}
    for c in CS:
        s = oof(xv_full, vyy, c)
        res[c] = roc_auc_score(vyy, s)
    cbest = max(res, key=res.get)
    m = fit(xv_full, vyy, cbest)
    print(f"{name:18s} {src:8s} n={vmask.sum():5d} val {roc_auc_score(vyy, v_served):.4f} / "
          f"{res[cbest]:.4f} (C {cbest}; {' '.join(f'{res[c]:.4f}' for c in CS)})  test {roc_auc_score(tyy, t_served):.4f}"
          f" / {roc_auc_score(tyy, m.decision_function(xt_served)):.4f}")

# OLID macro-F1
h = HEADS.index("olid_offensive")
for label, vs, ts in [("served", None, None)] + [(f"stacked C {c}", c, None) for c in CS]:
    vmask = vsrc == "olid"; tmask = tsrc == "olid"
    vy = lab(vrows, h)[vmask].astype(int); ty = lab(trows, h)[tmask].astype(int)
    if vs is None:
        v = served(vz[vmask], ves[vmask])[:, h]; t = served(tz[tmask], tes[tmask])[:, h]
        thr, vf = best_threshold(v, vy, macro_f1_bin)
        print(f"OLID {label}: val macro-F1 {vf:.4f} (in sample threshold) test {macro_f1_bin(ty, (t >= thr).astype(int)):.4f}")
    else:
        xv = X(vz[vmask], ve[vmask])
        s = oof(xv, vy, vs)
        thr, vf = best_threshold(s, vy, macro_f1_bin)
        m = fit(xv, vy, vs)
        t = m.decision_function(X(tz[tmask], tes[tmask]))
        print(f"OLID {label}: val macro-F1 {vf:.4f} (out of fold) test {macro_f1_bin(ty, (t >= thr).astype(int)):.4f}"
              f" AUC val {roc_auc_score(vy, s):.4f} test {roc_auc_score(ty, t):.4f}")

# Davidson
ha, hh = HEADS.index("davidson_abusive"), HEADS.index("davidson_hate")
vmask = vsrc == "davidson"; tmask = tsrc == "davidson"
vc = np.array([r["class"] for r in vrows])[vmask]; tc = np.array([r["class"] for r in trows])[tmask]
v = served(vz[vmask], ves[vmask]); t = served(tz[tmask], tes[tmask])
w, th, ta = dav_best(v[:, hh], v[:, ha], vc)
print(f"Davidson served: val weighted F1 {w:.4f} (in sample) test {weighted_f1(tc, dav_pred(t[:, hh], t[:, ha], th, ta)):.4f}")
xv = X(vz[vmask], ve[vmask]); xt = X(tz[tmask], tes[tmask])
for c in CS:
    ya, yh = (vc <= 1).astype(int), (vc == 0).astype(int)
    sa, shh = oof(xv, ya, c, vc), oof(xv, yh, c, vc)
    w, th, ta = dav_best(shh, sa, vc)
    ma, mh = fit(xv, ya, c), fit(xv, yh, c)
    wt = weighted_f1(tc, dav_pred(mh.decision_function(xt), ma.decision_function(xt), th, ta))
    print(f"Davidson stacked C {c}: val weighted F1 {w:.4f} (out of fold) test {wt:.4f}; AUC abusive val "
          f"{roc_auc_score(ya, sa):.4f} hate val {roc_auc_score(yh, shh):.4f}")
