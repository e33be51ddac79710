#!/usr/bin/python3
"""Unseen targets, seventh pass (issue 21, 2026-12-07, helper stance9; LOTO only): what a site owner could write about
a target beyond its name. Each SemEval-2016 A target gets three sentences its supporters would say and three its
opponents would say (SUPPORT / OPPOSE below), written once, from general knowledge of the topics, before any figure
of this script was seen, and not varied after. The held-out target's labels choose nothing: every weight and threshold
is chosen by the properly nested leave-one-target-out of semeval_loto.nested_loto (inner folds among the other four).

This is a different setting from the name-only head: a target known only by its name (a site that writes no
sentences, SemEval B's "Donald Trump" in `evaluate stance`) gets nothing from it. Figures: bench/stance/experiments.md,
seventh pass; results in description-results.json.

  PARLEY_BENCH_CACHE=/tmp/parley-bench-cache nice -n 10 /usr/bin/python3 bench/stance/description_experiments.py
"""
import itertools
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from semeval_loto import about_x, about, AG, E, FAV, favg, lg, log, lr, nested_loto, next_t, P, sent, sig, tgt, TN, y  # noqa: E402
from encoder import embed  # noqa: E402

OUT = os.environ.get("DESCRIPTION_OUT", os.path.join(os.path.dirname(__file__), "description-results.json"))
THR = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]
WTS = [0, 1, 2, 3, 4, 5, 6, 8]

# what each side says, as an owner adding the target might write it (fixed before any measurement)
SUPPORT = {
    "Atheism": ["There is no God.", "Religion is a harmful superstition.", "People can be good without religion."],
    "Climate Change is a Real Concern": ["Global warming is real and caused by humans.",
                                         "We must cut carbon emissions now.", "Climate change threatens our planet."],
    "Feminist Movement": ["Women deserve equal rights and equal pay.", "Feminism fights sexism.", "We need feminism."],
    "Hillary Clinton": ["Hillary Clinton would be a great president.", "I am voting for Hillary.",
                        "Hillary has the experience to lead."],
    "Legalization of Abortion": ["A woman has the right to choose.", "Abortion should be safe and legal.",
                                 "My body, my choice."],
}
OPPOSE = {
    "Atheism": ["God is real and I believe in Him.", "Faith in God gives my life meaning.", "Pray and trust the Lord."],
    "Climate Change is a Real Concern": ["Global warming is a hoax.", "The climate has always changed naturally.",
                                         "Climate alarmism is exaggerated."],
    "Feminist Movement": ["Feminists hate men.", "Feminism is no longer needed.", "Modern feminism is toxic."],
    "Hillary Clinton": ["Hillary Clinton is a liar.", "Hillary should be in prison.", "Never vote for Hillary."],
    "Legalization of Abortion": ["Abortion is murder.", "Every unborn life is precious.", "Protect the unborn children."],
}
K = 3
D = embed("descriptions-stance9", [s for t in TN for s in SUPPORT[t] + OPPOSE[t]]).reshape(len(TN), 2 * K, -1)
DS, DO = D[:, :K], D[:, K:]
NF, NA = len(FAV), len(AG)
PF, PA = P[:, :NF], P[:, NF:NF + NA]
DIR = PF.mean(1) - PA.mean(1)              # the shipped head's direction (name templates)
DDIR = DS.mean(1) - DO.mean(1)             # the owner's sentences
BOTH = np.concatenate([PF, DS], 1).mean(1) - np.concatenate([PA, DO], 1).mean(1)


def parts(tr, te, extra=None):
    """The shipped head's parts: P(about) (optionally with extra inputs), sentiment q = P(pos) / (P(pos) + P(neg))."""
    cm = E[tr].mean(0)
    ps = lr(E[tr], sent[tr], 0.01)(E[te])
    q = ps[:, 0] / (ps[:, 0] + ps[:, 1])
    ot = next_t(tgt[tr], sorted(set(tgt[tr])))
    if extra is None:
        extra = lambda idx, ti, cm: np.zeros((len(idx), 0))  # noqa: E731
    A = np.vstack([np.hstack([about_x(tr, tgt[tr], cm), extra(tr, tgt[tr], cm)]),
                   np.hstack([about_x(tr, ot, cm), extra(tr, ot, cm)])])
    pa = lr(A, np.concatenate([about[tr], np.zeros(len(tr), int)]), 1.0)(
        np.hstack([about_x(te, tgt[te], cm), extra(te, tgt[te], cm)]))[:, 1]
    return cm, pa, q


def lean_of(tr, te, cm, Dm):
    al = ((E[tr] - cm) * Dm[tgt[tr]]).sum(1)
    return ((E[te] - cm) * Dm[tgt[te]]).sum(1) / al.std()


def nearest(tr, te, cm):
    """Max cosine to the owner's support sentences minus max cosine to the opposing ones, scaled on training rows."""
    def raw(idx):
        c = E[idx] - cm
        return np.einsum("nd,nkd->nk", c, DS[tgt[idx]]).max(1) - np.einsum("nd,nkd->nk", c, DO[tgt[idx]]).max(1)
    return raw(te) / raw(tr).std()


def combine(pa, q, lean, w, thr, sw=1.0):
    a = sig(lg(pa) - lg(np.full_like(pa, thr)))
    qq = sig(sw * lg(q) + w * lean)
    return np.column_stack([a * qq, a * (1 - qq), 1 - a])


def grid(pa, q, lean, wts=WTS, sws=(1.0,)):
    return {(sw, w, t): combine(pa, q, lean, w, t, sw).argmax(1) for sw, w, t in itertools.product(sws, wts, THR)}


def desc_about(idx, ti, cm):
    """How near the comment is to anything either side says (topic, not side): mean and max cosine."""
    c = E[idx] - cm
    cs = np.einsum("nd,nkd->nk", c, D[ti])
    return np.column_stack([cs.mean(1), cs.max(1)])


def variant(direction="names", about_extra=None, sws=(1.0,), wts=WTS):
    def fn(tr, te):
        cm, pa, q = parts(tr, te, about_extra)
        if direction == "names":
            lean = lean_of(tr, te, cm, DIR)
        elif direction == "owner":
            lean = lean_of(tr, te, cm, DDIR)
        elif direction == "both":
            lean = lean_of(tr, te, cm, BOTH)
        elif direction == "names+owner":
            lean = lean_of(tr, te, cm, DIR) + lean_of(tr, te, cm, DDIR)
        elif direction == "nearest":
            lean = nearest(tr, te, cm)
        return grid(pa, q, lean, wts, sws)
    return fn


results = json.load(open(OUT)) if os.path.exists(OUT) else {}


def record(name, r):
    results[name] = r
    log(f"{name:60s} nested {r['nested_mean']}  best {r['best_mean']} ({r['best_setting']}) {r['nested_per_target']}")
    json.dump(results, open(OUT, "w"), indent=1)


if __name__ == "__main__":
    parts_asked = sys.argv[1:] or ["shipped", "owner", "about", "nosent"]
    if "shipped" in parts_asked:
        record("shipped: about x (sentiment + name-prototype lean)", nested_loto(variant("names")))
    if "owner" in parts_asked:
        record("owner sentences as the direction (instead of names)", nested_loto(variant("owner")))
        record("names + owner sentences pooled in one direction", nested_loto(variant("both")))
        record("name lean + owner lean", nested_loto(variant("names+owner")))
        record("nearest owner sentence (max cos support - max cos oppose)", nested_loto(variant("nearest")))
    if "nosent" in parts_asked:
        record("owner direction, sentiment weight in {0, 0.5, 1} nested",
               nested_loto(variant("owner", sws=(0.0, 0.5, 1.0), wts=[1, 2, 3, 4, 5, 6, 8, 12])))
    if "about" in parts_asked:
        record("owner direction + P(about) reads the owner sentences", nested_loto(variant("owner", desc_about)))
        record("both direction + P(about) reads the owner sentences", nested_loto(variant("both", desc_about)))
    # AUC of each direction (favour vs against) per target, no choice involved
    from sklearn.metrics import roc_auc_score
    cm_all = {}
    auc = {}
    for name, Dm in [("names", DIR), ("owner", DDIR), ("both", BOTH)]:
        row = []
        for h in range(5):
            tr, te = np.where(tgt != h)[0], np.where((tgt == h) & (y < 2))[0]
            cm = E[tr].mean(0)
            s = ((E[te] - cm) * Dm[h]).sum(1)
            row.append(round(float(roc_auc_score(y[te] == 0, s)), 3))
        auc[name] = dict(zip(TN, row))
        log("favour-vs-against AUC", name, row)
    results["direction_auc"] = auc
    json.dump(results, open(OUT, "w"), indent=1)


# robustness (added after the first figures above, so it judges them, chooses nothing): how much rides on the exact
# sentences? Each single support / oppose pair alone, and each of the three sentences per side left out.
def only(ks):
    def fn(tr, te):
        cm, pa, q = parts(tr, te)
        Dm = DS[:, ks].mean(1) - DO[:, ks].mean(1)
        return grid(pa, q, lean_of(tr, te, cm, Dm), [1, 2, 3, 4, 5, 6, 8, 12])
    return fn


if __name__ == "__main__" and "robust" in sys.argv[1:]:
    for ks in [[0], [1], [2], [1, 2], [0, 2], [0, 1], [0, 1, 2]]:
        record(f"owner direction from sentence pair(s) {ks} only, weights to 12", nested_loto(only(ks)))


# for a builder (added after the figures above; chooses nothing shown there): scale the owner lean by the sentences'
# own gap, (c - mean c) . D / |D|^2 (the support centroid sits ~+0.5 from the oppose one), which serving can compute
# from the owner's sentences alone, instead of the spread over training rows (which a new target's direction never had)
def self_scaled(tr, te):
    cm, pa, q = parts(tr, te)
    Dm = DDIR[tgt[te]]
    lean = ((E[te] - cm) * Dm).sum(1) / (Dm * Dm).sum(1)
    return grid(pa, q, lean, [4, 8, 16, 32, 48, 64, 96, 128, 192, 256, 384])


if __name__ == "__main__" and "selfscaled" in sys.argv[1:]:
    record("owner direction scaled by its own |D|^2 (serving-computable)", nested_loto(self_scaled))
