#!/usr/bin/python3
"""Unseen-target head, fifth pass (issue 21, 2026-12-06 late, helper stance4; LOTO only): learned directions over the
prototype sentences, a larger prototype set (written once before any measurement), more inputs to P(about), the none
share per target from its own comments, and two bounds (each target's own best setting; gold "Opinion towards" as
P(about)). Figures and reading: bench/stance/experiments.md, fifth pass; results in unseen-results3.json.

Same protocol as unseen_experiments2.py (properly nested leave-one-target-out on SemEval-2016 A train + trial).
Parts (default: directions about): directions about opinion label none combined words joint.

  PARLEY_BENCH_CACHE=/tmp/parley-bench-cache nice -n 10 /usr/bin/python3 bench/stance/unseen_experiments3.py [part ...]
"""
import itertools
import json
import os
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from semeval_loto import about, about_x, AG, E, FAV, favg, lg, log, lr, nested_loto, next_t, op, P, sent, sig, tgt, TN, y  # noqa: E402
from encoder import embed  # noqa: E402

OUT = os.environ.get("UNSEEN_OUT", os.path.join(os.path.dirname(__file__), "unseen-results3.json"))
THR = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]
WTS = [0, 1, 2, 3, 4, 5, 6, 8]
NF, NA = len(FAV), len(AG)
PF, PA = P[:, :NF], P[:, NF:NF + NA]
DIR = PF.mean(1) - PA.mean(1)

# a second, larger set of prototype sentences (written once, before any figure of this script was seen)
FAV2 = FAV + ["{} is a good thing.", "We need {}.", "I stand with {}.", "Proud to support {}.", "{} matters.",
              "Thank God for {}.", "{} makes the world better.", "More {}, please."]
AG2 = AG + ["{} is a bad thing.", "We must stop {}.", "I stand against {}.", "Ashamed of {}.", "{} is dangerous.",
            "God save us from {}.", "{} makes the world worse.", "Enough of {}."]
P2 = embed("protos-stance2", [tpl.format(t) for t in TN for tpl in FAV2 + AG2]).reshape(len(TN), len(FAV2) + len(AG2), -1)
DIR2 = P2[:, :len(FAV2)].mean(1) - P2[:, len(FAV2):].mean(1)


def parts(tr, te, sent_C=0.01):
    """The shipped head's parts: P(about), sentiment q = P(pos) / (P(pos) + P(neg))."""
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


def combine(pa, q, lean, w, thr):
    a = sig(lg(pa) - lg(np.full_like(pa, thr)))
    qq = sig(lg(q) + w * lean)
    return np.column_stack([a * qq, a * (1 - qq), 1 - a])


def grid(pa, q, lean, wts=WTS):
    return {(w, t): combine(pa, q, lean, w, t).argmax(1) for w, t in itertools.product(wts, THR)}


results = {}


def record(name, r):
    results[name] = r
    log(f"{name:60s} nested {r['nested_mean']}  best {r['best_mean']} ({r['best_setting']}) {r['nested_per_target']}")
    json.dump(results, open(OUT, "w"), indent=1)


def shipped(tr, te):
    cm, pa, q = parts(tr, te)
    return grid(pa, q, lean_of(tr, te, cm, DIR))


PARTS = sys.argv[1:] or ["directions", "about"]  # each part takes 1-3 min of CPU
if os.path.exists(OUT):
    results = json.load(open(OUT))
record("shipped: about x (sentiment + prototype lean)", nested_loto(shipped))


def bigger(tr, te):
    cm, pa, q = parts(tr, te)
    return grid(pa, q, lean_of(tr, te, cm, DIR2))


if "directions" in PARTS:
    record("prototype lean from 15 + 15 sentences", nested_loto(bigger))


# learned directions: favour vs against LR pooled over the training targets' stance rows, on target-relative inputs
def proto_cos(idx, Pf, Pa, cm):
    c = E[idx] - cm
    f = np.einsum("nd,nkd->nk", c, Pf[tgt[idx]])
    a = np.einsum("nd,nkd->nk", c, Pa[tgt[idx]])
    return np.hstack([f, a])


def learned(feat, Cs):
    def fn(tr, te):
        cm, pa, q = parts(tr, te)
        st = tr[y[tr] < 2]
        out = {}
        for C in Cs:
            X = feat(st, cm)
            f = lr(X, y[st], C, "balanced")
            pr = f(feat(te, cm))
            ptr = f(feat(tr, cm))
            lt = lg(pr[:, 0])
            lean = (lt - lg(ptr[:, 0]).mean()) / lg(ptr[:, 0]).std()
            for (w, t), v in grid(pa, q, lean).items():
                out[(C, w, t)] = v
        return out
    return fn


if "directions" in PARTS:
    record("learned lean: cos to each of 7+7 prototypes", nested_loto(learned(lambda i, cm: proto_cos(i, PF, PA, cm), [0.01, 0.1, 1.0])))
    record("learned lean: cos to each of 15+15 prototypes",
           nested_loto(learned(lambda i, cm: proto_cos(i, P2[:, :len(FAV2)], P2[:, len(FAV2):], cm), [0.01, 0.1, 1.0])))
    record("learned lean: (c - mean) * direction, 384 inputs",
           nested_loto(learned(lambda i, cm: (E[i] - cm) * DIR[tgt[i]], [0.001, 0.01, 0.1])))
json.dump(results, open(OUT, "w"), indent=1)


# about: how much would a better P(about) give? (upper bound with SemEval's gold "Opinion towards"), and inputs that
# say whether the comment holds an opinion on the target rather than only shares its topic
def gold_about(tr, te):
    cm, pa, q = parts(tr, te)
    ga = np.where(about[te] == 1, 0.99, 0.01)
    return grid(ga, q, lean_of(tr, te, cm, DIR))


def proto_about(idx, ti, cm):
    c = E[idx] - cm
    Pm = np.concatenate([PF, PA], 1)[ti]
    cs = np.einsum("nd,nkd->nk", c, Pm)
    return np.column_stack([cs.mean(1), cs.max(1)])


def about_plus(extra, C=1.0):
    def fn(tr, te):
        cm = E[tr].mean(0)
        ps = lr(E[tr], sent[tr], 0.01)(E[te])
        q = ps[:, 0] / (ps[:, 0] + ps[:, 1])
        ts = sorted(set(tgt[tr]))
        ot = next_t(tgt[tr], ts)
        A = np.vstack([np.hstack([about_x(tr, tgt[tr], cm), extra(tr, tgt[tr], cm)]),
                       np.hstack([about_x(tr, ot, cm), extra(tr, ot, cm)])])
        Ate = np.hstack([about_x(te, tgt[te], cm), extra(te, tgt[te], cm)])
        pa = lr(A, np.concatenate([about[tr], np.zeros(len(tr), int)]), C)(Ate)[:, 1]
        return grid(pa, q, lean_of(tr, te, cm, DIR))
    return fn


def neither(tr):
    f = lr(E[tr], sent[tr], 0.01)
    return lambda idx, ti, cm: f(E[idx])[:, 2:3]


if "about" in PARTS:
    record("upper bound: gold Opinion towards as P(about)", nested_loto(gold_about))
    record("P(about) + prototype cosines (mean, max)", nested_loto(about_plus(proto_about)))
json.dump(results, open(OUT, "w"), indent=1)


# about inputs that do not depend on the target: does the comment hold an opinion at all? Fitted on the training
# targets' comment vectors, cross-fitted (one fold per training target) for the rows the about LR learns from
def crossfit(tr, te, label, C=0.01):
    """P(label | comment vector) for tr (out of fold, folds = training targets) and te (fitted on all of tr)."""
    out_tr = np.zeros((len(tr), int(label.max()) + 1))
    for k in sorted(set(tgt[tr])):
        m = tgt[tr] == k
        out_tr[m] = lr(E[tr[~m]], label[tr[~m]], C)(E[tr[m]])
    return out_tr, lr(E[tr], label[tr], C)(E[te])


def about_opinion(kind, C=1.0, protos=False):
    def fn(tr, te):
        cm = E[tr].mean(0)
        ps = lr(E[tr], sent[tr], 0.01)(E[te])
        q = ps[:, 0] / (ps[:, 0] + ps[:, 1])
        ts = sorted(set(tgt[tr]))
        ot = next_t(tgt[tr], ts)
        feats_tr, feats_te = [], []
        if "neither" in kind:
            a, b = crossfit(tr, te, sent)
            feats_tr.append(a[:, 2:3]); feats_te.append(b[:, 2:3])
            feats_tr.append(np.abs(lg(a[:, 0] / (a[:, 0] + a[:, 1])))[:, None])
            feats_te.append(np.abs(lg(b[:, 0] / (b[:, 0] + b[:, 1])))[:, None])
        if "noone" in kind:
            a, b = crossfit(tr, te, (op == 2).astype(int))
            feats_tr.append(a[:, 1:2]); feats_te.append(b[:, 1:2])
        if "stance" in kind:
            a, b = crossfit(tr, te, (y == 2).astype(int))
            feats_tr.append(a[:, 1:2]); feats_te.append(b[:, 1:2])
        Ftr = np.hstack(feats_tr) if feats_tr else np.zeros((len(tr), 0))
        Fte = np.hstack(feats_te) if feats_te else np.zeros((len(te), 0))
        pt_tr, pt_ot, pt_te = [np.zeros((n, 0)) for n in (len(tr), len(tr), len(te))]
        if protos:
            pt_tr, pt_ot, pt_te = proto_about(tr, tgt[tr], cm), proto_about(tr, ot, cm), proto_about(te, tgt[te], cm)
        A = np.vstack([np.hstack([about_x(tr, tgt[tr], cm), pt_tr, Ftr]), np.hstack([about_x(tr, ot, cm), pt_ot, Ftr])])
        Ate = np.hstack([about_x(te, tgt[te], cm), pt_te, Fte])
        pa = lr(A, np.concatenate([about[tr], np.zeros(len(tr), int)]), C)(Ate)[:, 1]
        return grid(pa, q, lean_of(tr, te, cm, DIR))
    return fn


if "opinion" in PARTS:
    record("P(about) + sentiment neither, |sentiment logit| (cross-fitted)", nested_loto(about_opinion("neither")))
    record("P(about) + P(no one holds an opinion) (cross-fitted)", nested_loto(about_opinion("noone")))
    record("P(about) + P(stance none | comment) (cross-fitted)", nested_loto(about_opinion("stance")))
    record("P(about) + all three", nested_loto(about_opinion("neither noone stance")))
    json.dump(results, open(OUT, "w"), indent=1)


# P(about) taught "takes a side on its target" (stance label not none) instead of "opinion is about the target"
def about_label(label, protos=False):
    def fn(tr, te):
        cm = E[tr].mean(0)
        ps = lr(E[tr], sent[tr], 0.01)(E[te])
        q = ps[:, 0] / (ps[:, 0] + ps[:, 1])
        ot = next_t(tgt[tr], sorted(set(tgt[tr])))
        ex = (lambda i, t: proto_about(i, t, cm)) if protos else (lambda i, t: np.zeros((len(i), 0)))
        A = np.vstack([np.hstack([about_x(tr, tgt[tr], cm), ex(tr, tgt[tr])]), np.hstack([about_x(tr, ot, cm), ex(tr, ot)])])
        pa = lr(A, np.concatenate([label[tr], np.zeros(len(tr), int)]), 1.0)(np.hstack([about_x(te, tgt[te], cm), ex(te, tgt[te])]))[:, 1]
        return grid(pa, q, lean_of(tr, te, cm, DIR))
    return fn


if "label" in PARTS:
    record("P(about) taught stance != none", nested_loto(about_label((y != 2).astype(int))))
    record("P(about) taught stance != none, + prototype cosines", nested_loto(about_label((y != 2).astype(int), True)))
    json.dump(results, open(OUT, "w"), indent=1)


# the none class calibrated per unseen target from its own comments, no labels (a site would do this once from the
# comments it has when it names the target, then freeze it): P(about) threshold at the r-quantile of the target's own
# P(about), i.e. a share r of its comments none; r and the lean weight chosen nested. And the per-target oracle
# setting (each held-out target's best setting, chosen on its labels: a bound, not a method).
def quantile_none(tr, te):
    cm, pa, q = parts(tr, te)
    lean = lean_of(tr, te, cm, DIR)
    out = {}
    for w, r in itertools.product(WTS, [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]):
        thr = float(np.quantile(pa, r))
        out[(w, r)] = combine(pa, q, lean, w, thr).argmax(1)
    return out


if "none" in PARTS:
    record("none share per target from its own P(about) quantile", nested_loto(quantile_none))
    orc = []
    for h in range(5):
        tr, te = np.where(tgt != h)[0], np.where(tgt == h)[0]
        o = shipped(tr, te)
        orc.append(max(favg(y[te], v) for v in o.values()))
    results["oracle per-target setting of the shipped head (bound)"] = {"mean": round(float(np.mean(orc)), 4),
                                                                        "per_target": dict(zip(TN, np.round(orc, 3).tolist()))}
    log("oracle per-target setting", results["oracle per-target setting of the shipped head (bound)"])
    json.dump(results, open(OUT, "w"), indent=1)


# the small gains above together: P(about) + prototype cosines + sentiment-neither inputs, lean from 15 + 15 sentences
def combined(lean_dir, protos=True, kind="neither"):
    def fn(tr, te):
        cm = E[tr].mean(0)
        ps = lr(E[tr], sent[tr], 0.01)(E[te])
        q = ps[:, 0] / (ps[:, 0] + ps[:, 1])
        ot = next_t(tgt[tr], sorted(set(tgt[tr])))
        a, b = crossfit(tr, te, sent)
        Ftr = np.column_stack([a[:, 2], np.abs(lg(a[:, 0] / (a[:, 0] + a[:, 1])))])
        Fte = np.column_stack([b[:, 2], np.abs(lg(b[:, 0] / (b[:, 0] + b[:, 1])))])
        ex = (lambda i, t: proto_about(i, t, cm)) if protos else (lambda i, t: np.zeros((len(i), 0)))
        A = np.vstack([np.hstack([about_x(tr, tgt[tr], cm), ex(tr, tgt[tr]), Ftr]),
                       np.hstack([about_x(tr, ot, cm), ex(tr, ot), Ftr])])
        pa = lr(A, np.concatenate([about[tr], np.zeros(len(tr), int)]), 1.0)(
            np.hstack([about_x(te, tgt[te], cm), ex(te, tgt[te]), Fte]))[:, 1]
        return grid(pa, q, lean_of(tr, te, cm, lean_dir))
    return fn


if "combined" in PARTS:
    record("combined: about + proto cosines + neither inputs, 7+7 lean", nested_loto(combined(DIR)))
    record("combined: about + proto cosines + neither inputs, 15+15 lean", nested_loto(combined(DIR2)))
    json.dump(results, open(OUT, "w"), indent=1)


# P(about) also from the target's content words one by one (a long target such as "Climate Change is a Real Concern"
# is one sentence vector; a comment about climate may sit nearer the word than the sentence)
from semeval_loto import twords  # noqa: E402
TW = [twords(t) for t in TN]
WV = embed("target-words", [w for ws in TW for w in ws])
WI, k0 = [], 0
for ws in TW:
    WI.append(np.arange(k0, k0 + len(ws)))
    k0 += len(ws)


def word_about(idx, ti, cm):
    out = np.zeros((len(idx), 2))
    for k in set(ti):
        m = ti == k
        W = WV[WI[k]]
        cs = E[idx[m]] @ W.T - (cm @ W.T)[None, :]
        out[m] = np.column_stack([cs.max(1), cs.mean(1)])
    return out


if "words" in PARTS:
    record("P(about) + cosine to the target's words (max, mean)", nested_loto(about_plus(word_about)))
    json.dump(results, open(OUT, "w"), indent=1)


# P(about) from a joint encoding of target and comment ("{target}: {tweet}"): how far naming the target moves the
# comment's vector, and toward what (scalars only, so no target's vocabulary is learned). Costs a second encode per
# comment and target in serving.
if "joint" in PARTS:
    from semeval_loto import texts, Tvec  # noqa: E402
    NX = np.array([(k + 1) % len(TN) for k in tgt])  # the next target, fixed, for the "not about" copies
    J_own = embed("joint-own", [f"{TN[k]}: {t}" for k, t in zip(tgt, texts)])
    J_nxt = {}
    for s in range(1, len(TN)):
        J_nxt[s] = embed(f"joint-next{s}", [f"{TN[(k + s) % len(TN)]}: {t}" for k, t in zip(tgt, texts)])

    def joint_feats(idx, J, ti):
        c, t = E[idx], Tvec[ti]
        j = J[idx]
        return np.column_stack([(j * c).sum(1), (j * t).sum(1), ((j - c) * t).sum(1)])

    def joint_about(tr, te):
        cm = E[tr].mean(0)
        ps = lr(E[tr], sent[tr], 0.01)(E[te])
        q = ps[:, 0] / (ps[:, 0] + ps[:, 1])
        ts = sorted(set(tgt[tr]))
        # "not about" copies: each row toward the next training target, whose joint text is one of the J_nxt
        ot = next_t(tgt[tr], ts)
        shift = (ot - tgt[tr]) % len(TN)
        Jo = np.zeros((len(tr), 3))
        for s in range(1, len(TN)):
            m = shift == s
            Jo[m] = joint_feats(tr[m], J_nxt[s], ot[m])
        A = np.vstack([np.hstack([about_x(tr, tgt[tr], cm), joint_feats(tr, J_own, tgt[tr])]),
                       np.hstack([about_x(tr, ot, cm), Jo])])
        pa = lr(A, np.concatenate([about[tr], np.zeros(len(tr), int)]), 1.0)(
            np.hstack([about_x(te, tgt[te], cm), joint_feats(te, J_own, tgt[te])]))[:, 1]
        return grid(pa, q, lean_of(tr, te, cm, DIR))

    record("P(about) + joint '{target}: {tweet}' encoding scalars", nested_loto(joint_about))
    json.dump(results, open(OUT, "w"), indent=1)
