#!/usr/bin/python3
"""Rank-quality levers of the served abuse model (issue 20, helper abuse12, 2026-12-07), measured on per-comment logits.

From bench/abuse/fusion-logits (n-gram + word-vector logits "z", sentence-head logits "e" with the encoder on every
comment, the cascade's decision "band") over the split's validation and test rows (Jigsaw, Impermium, OLID, ETHOS), the
served logit is rebuilt (z + beta e, toxicity's stacked fusion; outside the band e is its estimate slope z + intercept)
and these levers are measured; every choice (penalty, fusion weight, cut) is made on validation, test is reported:
  served   the cascade as served, and with every comment encoded;
  stack    per label, a logistic regression over [z_h, e_h], [z_h, e_h, z_tox, e_tox] or every z and e, penalty chosen
           by 5-fold out-of-fold AUC on validation (3 seeds), against z + beta e;
  own      per label, a logistic regression on the standardised e5 embedding of the training rows it labels (penalty
           and beta of "served + beta own" chosen on validation, the cascade applied: own's estimate from z outside);
  olid     the band widened by OLID's offensive estimate (the cut a quantile of the stream's out-of-band comments).
Usage: bench/abuse/rank_levers.py MODEL.zip WORK_DIR [served|stack|own|olid]...
  WORK_DIR: split/ (train abuse --export-split), {val,test,train}-sub.jsonl (the split's Jigsaw/insults/OLID/ETHOS
  rows), dragnet-comments.jsonl, fl/{val,test,dragnet}.jsonl (fusion-logits of those files); EMB: the embedding
  cache file of `train abuse --embeddings` holding the same texts (EMBEDDINGS env, for "own").
"""
import glob, hashlib, json, os, sys, zipfile
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, f1_score
from sklearn.model_selection import StratifiedKFold

L6 = ["toxicity", "severe_toxicity", "insult", "threat", "obscene", "identity_attack"]
H = L6 + ["impermium_insult", "olid_offensive", "davidson_abusive", "davidson_hate", "ethos_hate"]
K = len(H)
SRC = {"impermium_insult": "insults", "olid_offensive": "olid", "ethos_hate": "ethos"}
MODEL, W = sys.argv[1], sys.argv[2]
sh = json.loads(zipfile.ZipFile(MODEL).read("spec.json"))["sentenceHeads"]
BETA, SLOPE, ICPT, STACK = np.array(sh["beta"]), np.array(sh["slope"]), np.array(sh["intercept"]), sh["stack"]


def load(name, split):
    d = {r["id"]: r for r in map(json.loads, open(f"{W}/fl/{name}.jsonl"))}
    rows = [r for r in map(json.loads, open(f"{W}/{split}")) if r["id"] in d]
    return (rows, np.array([d[r["id"]]["z"] for r in rows]), np.array([d[r["id"]]["e"][:K] for r in rows]),
            np.array([d[r["id"]]["band"] for r in rows]))


def served(z, e, band=None):
    if band is not None:
        e = np.where(band[:, None], e, SLOPE * z + ICPT)
    out = z + BETA * e
    for h in range(K):
        if STACK[h] is not None:
            w = np.array(STACK[h])
            out[:, h] = z @ w[:K] + e @ w[K:2 * K] + w[2 * K]
    return out


def targets(rows):
    t = {}
    for l in L6 + list(SRC):
        src = SRC.get(l, "jigsaw")
        idx = np.array([i for i, r in enumerate(rows) if r["source"] == src])
        t[l] = (idx, np.array([rows[i]["labels"][l] for i in idx]))
    return t


def line(tag, s, t):
    a = {l: roc_auc_score(t[l][1], s[t[l][0], H.index(l)]) for l in t}
    print(f"{tag:28s} Jigsaw {np.mean([a[l] for l in L6]):.4f} (" + " ".join(f"{a[l]:.4f}" for l in L6)
          + f") insults {a['impermium_insult']:.4f} OLID {a['olid_offensive']:.4f} ETHOS {a['ethos_hate']:.4f}")


V, T = load("val", "val-sub.jsonl"), load("test", "test-sub.jsonl")
TV, TT = targets(V[0]), targets(T[0])


def exp_served():
    for nm, (rows, z, e, band), t in (("validation", V, TV), ("test", T, TT)):
        print(f"{nm}: cascade encodes {band.mean():.3f} of these rows")
        line(nm + " n-gram (z) only", z, t)
        line(nm + " sentence heads (e) only", e, t)
        line(nm + " served (cascade)", served(z, e, band), t)
        line(nm + " served, every row encoded", served(z, e), t)


def oof(X, y, C, seed):
    p = np.zeros(len(y))
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=seed).split(X, y):
        p[te] = LogisticRegression(C=C, max_iter=2000).fit(X[tr], y[tr]).decision_function(X[te])
    return p


def exp_stack():
    _, zv, ev, _ = V
    _, zt, et, _ = T
    sv, st = served(zv, ev), served(zt, et)
    kinds = {"pair": lambda z, e, h: np.c_[z[:, h], e[:, h]],
             "pair+tox": lambda z, e, h: np.c_[z[:, h], e[:, h], z[:, 0], e[:, 0]],
             "all": lambda z, e, h: np.c_[z, e]}
    for l in TV:
        h = H.index(l)
        iv, yv = TV[l]
        it, yt = TT[l]
        out = f"{l:17s} served (every row encoded) val {roc_auc_score(yv, sv[iv, h]):.4f} test " \
              f"{roc_auc_score(yt, st[it, h]):.4f} |"
        for k, f in kinds.items():
            best = max((np.mean([roc_auc_score(yv, oof(f(zv, ev, h)[iv], yv, C, s)) for s in range(3)]), C)
                       for C in (0.003, 0.01, 0.03, 0.1, 1.0))
            m = LogisticRegression(C=best[1], max_iter=2000).fit(f(zv, ev, h)[iv], yv)
            out += f" {k} C {best[1]} oof {best[0]:.4f} test {roc_auc_score(yt, m.decision_function(f(zt, et, h)[it])):.4f} |"
        print(out, flush=True)


def exp_own(labels=L6 + ["impermium_insult", "olid_offensive"]):
    f = os.environ.get("EMBEDDINGS") or glob.glob("target/embeddings/*.emb")[0]
    a = np.fromfile(f, dtype=np.dtype([("k", "S32"), ("v", ">f4", (384,))]))
    E = {bytes(k).hex(): v.astype(np.float32) for k, v in zip(a["k"], a["v"])}
    key = lambda r: hashlib.sha256(r["text"].encode("utf-8")).hexdigest()
    tr = [r for r in map(json.loads, open(f"{W}/train-sub.jsonl")) if key(r) in E]

    def X(rows):
        v = [E.get(key(r)) for r in rows]
        m = np.mean([x for x in v if x is not None], 0)
        return np.array([m if x is None else x for x in v])
    Xtr, Xv, Xt = X(tr), X(V[0]), X(T[0])
    mu, sd = Xtr.mean(0), Xtr.std(0) + 1e-6
    Xtr, Xv, Xt = (Xtr - mu) / sd, (Xv - mu) / sd, (Xt - mu) / sd
    Svc, Stc = served(V[1], V[2], V[3]), served(T[1], T[2], T[3])
    before, after = [], []
    for l in labels:
        h = H.index(l)
        itr = np.array([i for i, r in enumerate(tr) if r["labels"].get(l) is not None], dtype=int)
        ytr = np.array([tr[i]["labels"][l] for i in itr])
        iv, yv = TV[l]
        it, yt = TT[l]
        best = None
        for C in (0.001, 0.003, 0.01, 0.03):
            m = LogisticRegression(C=C, max_iter=3000).fit(Xtr[itr], ytr)
            gv = m.decision_function(Xv)
            A = np.c_[V[1][:, h], np.ones(len(gv))]
            coef = np.linalg.lstsq(A[iv], gv[iv], rcond=None)[0]
            gvc = np.where(V[3], gv, A @ coef)
            for b in (0, 0.1, 0.2, 0.3, 0.5, 0.7, 1.0, 1.5, 2.0):
                s = roc_auc_score(yv, Svc[iv, h] + b * gvc[iv])
                if best is None or s > best[0] + 1e-9:
                    best = (s, C, b, m, coef)
        s, C, b, m, coef = best
        gt = m.decision_function(Xt)
        gtc = np.where(T[3], gt, np.c_[T[1][:, h], np.ones(len(gt))] @ coef)
        t0, t1 = roc_auc_score(yt, Stc[it, h]), roc_auc_score(yt, Stc[it, h] + b * gtc[it])
        if l in L6:
            before.append(t0)
            after.append(t1)
        print(f"{l:17s} {len(ytr)} training rows, C {C}, beta {b}: validation {roc_auc_score(yv, Svc[iv, h]):.4f} -> "
              f"{s:.4f}, test {t0:.4f} -> {t1:.4f} (cascade)", flush=True)
    if before:
        print(f"Jigsaw mean (cascade) test {np.mean(before):.4f} -> {np.mean(after):.4f}")


def exp_olid():
    D = [json.loads(l) for l in open(f"{W}/fl/dragnet.jsonl")]
    zd, bd = np.array([r["z"] for r in D]), np.array([r["band"] for r in D])
    h = H.index("olid_offensive")
    est = lambda z: z[:, h] + BETA[h] * (SLOPE[h] * z[:, h] + ICPT[h])
    sd = est(zd)

    def mf1(yv, sv, yt, st):
        c = max(np.unique(np.quantile(sv, np.linspace(0.02, 0.98, 97))), key=lambda c: f1_score(yv, sv >= c, average="macro"))
        return f1_score(yv, sv >= c, average="macro"), f1_score(yt, st >= c, average="macro")
    for q in (None, 0.99, 0.95, 0.9, 0.8, 0.7):
        cut = np.inf if q is None else np.quantile(sd[~bd], q)
        bv, bt = V[3] | (est(V[1]) >= cut), T[3] | (est(T[1]) >= cut)
        sv, st = served(V[1], V[2], bv), served(T[1], T[2], bt)
        iv, yv = TV["olid_offensive"]
        it, yt = TT["olid_offensive"]
        f = mf1(yv, sv[iv, h], yt, st[it, h])
        print(f"out-of-band quantile {q}: stream encoded {(bd | (sd >= cut)).mean():.3f}; OLID rows encoded val "
              f"{bv[iv].mean():.2f} test {bt[it].mean():.2f}; OLID macro-F1 val {f[0]:.4f} test {f[1]:.4f}")
        line("  test", st, TT)


for x in sys.argv[3:] or ["served", "stack", "own", "olid"]:
    print(f"## {x}")
    {"served": exp_served, "stack": exp_stack, "own": exp_own, "olid": exp_olid}[x]()
