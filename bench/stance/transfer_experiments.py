#!/usr/bin/python3
"""Stance toward an unseen target through the other targets' heads (issue 21, 2026-12-06, LOTO only).

Question: can the per-target stance heads of the training targets score a target none of them is, when each head's
relation to the new target is read off how that head scores the new target's own prototype sentences ("I support
{t}." ... "I oppose {t}.")? A head that calls "I support Donald Trump." against Hillary Clinton relates the two
negatively, and its favour-minus-against score of a comment then counts, inverted, toward Trump.

Same protocol as unseen_experiments.py: the five SemEval-2016 A targets (train + trial, 2,914 tweets), each held out
in turn; heads, relations, weights and thresholds fitted / chosen on the other four ("nested": chosen by LOTO inside
the four). Parley's own e5 vectors ("query: " prefix).

  PARLEY_BENCH_CACHE=/tmp/parley-bench-cache nice -n 10 /usr/bin/python3 bench/stance/transfer_experiments.py
"""
import itertools
import json
import os
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from semeval_loto import about_x, AG, E, FAV, log, P, rows, texts, tgt, TN, twords, y  # noqa: E402  (the rows and vectors every LOTO script reads)

NF = len(FAV)


def heads(tr, C):
    """One favor/against/none LR per training target on the comment vector (as EncoderHeads' per-target heads)."""
    out = {}
    for k in sorted(set(tgt[tr])):
        r = tr[tgt[tr] == k]
        m, s = E[r].mean(0), E[r].std(0) + 1e-6
        clf = LogisticRegression(C=C, max_iter=3000).fit((E[r] - m) / s, y[r])
        out[k] = lambda X, clf=clf, m=m, s=s: clf.predict_proba((X - m) / s)
    return out


def lean(p):
    """log P(favor) - log P(against) of a head's probabilities."""
    return np.log(p[:, 0] + 1e-6) - np.log(p[:, 1] + 1e-6)


def relation(h, k_new):
    """How head h scores the new target's favour prototypes over its against prototypes (mean lean difference)."""
    v = lean(h(P[k_new, :NF])).mean() - lean(h(P[k_new, NF:NF + len(AG)])).mean()
    return v


def transfer(tr, te, C=0.1):
    hs = heads(tr, C)
    k_new = tgt[te][0]
    rel = {k: relation(h, k_new) for k, h in hs.items()}
    score = sum(rel[k] * lean(h(E[te])) for k, h in hs.items()) / sum(abs(v) for v in rel.values())
    # the same on the training rows (each toward its own target, with the other heads), for a scale
    return score, rel


if __name__ == "__main__":
    res = {}
    for C in [0.01, 0.1]:
        aucs, rels = {}, {}
        for h in range(5):
            tr, te = np.where(tgt != h)[0], np.where(tgt == h)[0]
            s, rel = transfer(tr, te, C)
            fa = y[te] < 2
            aucs[TN[h]] = round(float(roc_auc_score(y[te][fa] == 0, s[fa])), 3)
            rels[TN[h]] = {TN[k]: round(float(v), 2) for k, v in rel.items()}
        res[f"C={C}"] = {"favour-vs-against AUC of the transferred lean": aucs, "relations": rels}
        log(C, json.dumps(aucs), json.dumps(rels))


# ---- the shipped head (as unseen_experiments.shipped) plus the transferred lean, all choices nested ----
import re  # noqa: E402

sent = np.array([{"POSITIVE": 0, "NEGATIVE": 1}.get(r["Sentiment"].strip(), 2) for r in rows])
about = np.array([1 if r["Opinion towards"].strip() == "TARGET" else 0 for r in rows])
STOP = set("the of is a an on and to in for real with from about that this are be".split())
THR = [0.1, 0.15, 0.2, 0.25, 0.3]


def lr(X, yy, C):
    m, s = X.mean(0), X.std(0) + 1e-6
    clf = LogisticRegression(C=C, max_iter=3000).fit((X - m) / s, yy)
    return lambda A: clf.predict_proba((A - m) / s)


def shipped(tr, te):
    cm = E[tr].mean(0)
    ps = lr(E[tr], sent[tr], 0.01)(E[te])
    q = ps[:, 0] / (ps[:, 0] + ps[:, 1])
    ts = sorted(set(tgt[tr]))
    nxt = np.array([ts[(ts.index(k) + 1) % len(ts)] for k in tgt[tr]])
    A = np.vstack([about_x(tr, tgt[tr], cm), about_x(tr, nxt, cm)])
    pa = lr(A, np.concatenate([about[tr], np.zeros(len(tr), int)]), 1.0)(about_x(te, tgt[te], cm))[:, 1]
    # prototype alignment, in sd of the training rows' alignment toward their own targets
    d_tr = np.array([(E[i] - cm) @ (P[tgt[i], :NF].mean(0) - P[tgt[i], NF:NF + len(AG)].mean(0)) for i in tr])
    d_te = (E[te] - cm) @ (P[tgt[te][0], :NF].mean(0) - P[tgt[te][0], NF:NF + len(AG)].mean(0))
    return pa, q, d_te / d_tr.std()


def favg(g, p):
    from sklearn.metrics import f1_score
    return float(np.mean(f1_score(g, p, labels=[0, 1], average=None, zero_division=0)))


def decide(pa, q, lean_logit, thr):
    a = 1 / (1 + np.exp(-(np.log(pa / (1 - pa)) - np.log(thr / (1 - thr)))))
    qq = 1 / (1 + np.exp(-(np.log(q / (1 - q)) + lean_logit)))
    return np.column_stack([a * qq, a * (1 - qq), 1 - a]).argmax(1)


def table(fn):
    outs = {h: fn(np.where(tgt != h)[0], np.where(tgt == h)[0]) for h in range(5)}
    keys = list(outs[0].keys())
    S = np.array([[favg(y[tgt == h], outs[h][k]) for k in keys] for h in range(5)])
    nested = [S[h, S[[o for o in range(5) if o != h]].mean(0).argmax()] for h in range(5)]
    b = int(S.mean(0).argmax())
    return {"nested_mean": round(float(np.mean(nested)), 4), "nested_per_target": dict(zip(TN, np.round(nested, 3).tolist())),
            "best_setting": str(keys[b]), "best_mean": round(float(S.mean(0)[b]), 4)}


if __name__ == "__main__":
    cache = {}

    def parts(tr, te, C):
        key = (te[0], C)
        if key not in cache:
            pa, q, d = shipped(tr, te)
            s, _ = transfer(tr, te, C)
            cache[key] = (pa, q, d, s)
        return cache[key]

    for C in [0.01, 0.1]:
        base = table(lambda tr, te: {(w, t): decide(*parts(tr, te, C)[:2], w * parts(tr, te, C)[2], t)
                                     for w in [0, 2, 4, 6] for t in THR})
        log("shipped family (weights 0-6)", C, json.dumps(base))
        res[f"shipped family, C={C}"] = base
        mix = table(lambda tr, te: {(w, v, t): decide(*parts(tr, te, C)[:2],
                                                      w * parts(tr, te, C)[2] + v * parts(tr, te, C)[3], t)
                                    for w in [0, 2, 4, 6] for v in [0, 0.25, 0.5, 1, 2] for t in THR})
        log("+ transferred lean", C, json.dumps(mix))
        res[f"+ transferred lean, C={C}"] = mix
    json.dump(res, open(os.path.join(os.path.dirname(__file__), "transfer-results.json"), "w"), indent=1)
