#!/usr/bin/python3
"""Unseen targets, fourth pass (issue 21, 2026-12-06 night, helper stance3, LOTO only): a favour/against direction
learnt on all training targets from target-masked text.

Idea (brief): replace every mention of the row's target (its words, hashtags and handles containing them) by a
placeholder, so a pooled favour-vs-against LR on the masked e5 vectors cannot learn which target a tweet is about and
must use generic cues ("we must", "shame on", "proud to") - then use its logit as the direction for a new target, beside
or instead of the sentiment. Same protocol and head as unseen_experiments2.py (nested LOTO: for each held-out target
every setting chosen by LOTO among the other four, models never see it); SemEval B is not used.

  PARLEY_BENCH_CACHE=/tmp/parley-bench-cache nice -n 10 /usr/bin/python3 bench/stance/masked_experiments.py
"""
import itertools
import json
import os
import re
import sys

import numpy as np
from sklearn.metrics import roc_auc_score

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "encoder"))
from encoder import embed  # noqa: E402
from semeval_loto import about, about_x, AG, E, FAV, favg, lg, log, lr, nested_loto, next_t, P, sent, sig, texts, tgt, TN, twords, y  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "masked-results.json")
THR = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]
WTS = [0, 2, 4, 6, 8]
DIR = P[:, :len(FAV)].mean(1) - P[:, len(FAV):len(FAV) + len(AG)].mean(1)
PLACEHOLDER = "this"


def mask(text, k):
    """The row's own target words, and any hashtag/handle/word containing one, replaced by the placeholder."""
    ws = twords(TN[k]) + {"Atheism": ["atheist", "god"], "Hillary Clinton": ["hillary", "clinton"],
                          "Legalization of Abortion": ["abortion", "prolife", "prochoice"],
                          "Feminist Movement": ["feminis"], "Climate Change is a Real Concern": ["climate"]}[TN[k]]
    return re.sub(r"[#@]?\w*(" + "|".join(re.escape(w) for w in set(ws)) + r")\w*", PLACEHOLDER, text, flags=re.I)


MT = [mask(t, k) for t, k in zip(texts, tgt)]
EM = embed("semeval-masked", MT)
log("masked examples:", MT[0][:100], "|", MT[700][:100])


def base(tr, te):
    """The shipped head's parts (as unseen_experiments2.base): P(about), sentiment q, prototype lean."""
    cm = E[tr].mean(0)
    ps = lr(E[tr], sent[tr], 0.01)(E[te])
    q = ps[:, 0] / (ps[:, 0] + ps[:, 1])
    ts = sorted(set(tgt[tr]))
    ot = next_t(tgt[tr], ts)
    A = np.vstack([about_x(tr, tgt[tr], cm), about_x(tr, ot, cm)])
    pa = lr(A, np.concatenate([about[tr], np.zeros(len(tr), int)]), 1.0)(about_x(te, tgt[te], cm))[:, 1]
    al_tr = ((E[tr] - cm) * DIR[tgt[tr]]).sum(1)
    lean = ((E[te] - cm) * DIR[tgt[te]]).sum(1) / al_tr.std()
    return pa, q, lean


def masked_direction(tr, te, C):
    """Favour-vs-against LR on the masked vectors of the training targets' stance rows (balanced), its log-odds on te."""
    st = tr[y[tr] < 2]
    p = lr(EM[st], (y[st] == 0).astype(int), C, "balanced")(EM[te])[:, 1]
    return lg(p)


def head(tr, te, alphas, replace=False, C=0.01):
    pa, q, lean = base(tr, te)
    d = masked_direction(tr, te, C) if any(alphas) else 0
    out = {}
    for a, w, t in itertools.product(alphas, WTS, THR):
        z = (0 if replace else lg(q)) + a * d + w * lean
        qq = sig(z)
        ab = sig(lg(pa) - lg(np.full_like(pa, t)))
        out[(a, w, t)] = np.column_stack([ab * qq, ab * (1 - qq), 1 - ab]).argmax(1)
    return out


results = {}


def record(name, r):
    results[name] = r
    log(f"{name:60s} nested {r['nested_mean']}  best {r['best_mean']} ({r['best_setting']}) {r['nested_per_target']}")
    json.dump(results, open(OUT, "w"), indent=1)


# transfer of the masked direction alone: favour-vs-against AUC on each held-out target (fitted on the other four)
auc = {}
for h in range(5):
    tr, te = np.where(tgt != h)[0], np.where((tgt == h) & (y < 2))[0]
    for C in [0.003, 0.01, 0.1]:
        auc.setdefault(str(C), {})[TN[h]] = round(float(roc_auc_score(y[te] == 0, masked_direction(tr, te, C))), 3)
results["favour-vs-against AUC of the masked direction on the held-out target, by C"] = auc
log("AUC", auc)
record("shipped head (alpha 0)", nested_loto(lambda tr, te: head(tr, te, [0])))
record("sentiment + alpha x masked direction, alpha in {0, 0.25, 0.5, 1} nested", nested_loto(lambda tr, te: head(tr, te, [0, 0.25, 0.5, 1.0])))
record("masked direction instead of sentiment, alpha in {0.5, 1, 2} nested", nested_loto(lambda tr, te: head(tr, te, [0.5, 1.0, 2.0], replace=True)))
