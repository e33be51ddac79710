#!/usr/bin/python3
"""Second encoder for abuse (issue 20, helper encoder2): does another pretrained encoder on Maven Central, or another
pooling / prefix of e5, add to e5 as served, alone, concatenated with e5, fused with the TF-IDF baseline, or stacked
on the served model's scores?

Inputs (bench/abuse/second-encoder-run writes them):
  ROWS   JSONL of the rows used: the model's split (`parley train abuse --split-only --seed 20211`), Jigsaw, Impermium
         and OLID rows only; every validation and test row, a seeded subsample of the training rows (Jigsaw 4,000 of
         6,772, OLID 4,000 of 10,597, all 3,125 Impermium), the same for every encoder.
  EMB    directory of NAME.{mean,cls,max}.f32 (bench/encoder/SecondEncoder.java, rows in ROWS order)
  SERVED `parley classify` (default path, the committed model with its e5 heads and cascade) JSONL of the validation
         and test rows; SERVED_FAST the same with --fast (n-gram only). Ids = line number in ROWS.

Every C is chosen by 5-fold cross-validation on the training rows only (ROC-AUC), every fusion weight and the OLID
threshold on the validation rows; figures are on the full test rows. Heads: the six Jigsaw labels on Jigsaw rows,
impermium_insult on Impermium rows, olid_offensive on OLID rows. Writes one JSON file and prints a markdown table.
"""
import argparse
import json
import os
import sys
import time

import numpy as np
from scipy.sparse import hstack, csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, f1_score
from sklearn.model_selection import StratifiedKFold

PUBLIC = ["toxicity", "severe_toxicity", "insult", "threat", "obscene", "identity_attack"]
HEADS = PUBLIC + ["impermium_insult", "olid_offensive"]
SRC = {h: "jigsaw" for h in PUBLIC} | {"impermium_insult": "insults", "olid_offensive": "olid"}
PARTS = ("train", "validation", "test")


def log(*a):
    print(time.strftime("%H:%M:%S"), *a, file=sys.stderr, flush=True)


def logit(p):
    p = np.clip(np.asarray(p, dtype=float), 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


class Data:
    def __init__(self, rows_path, served, served_fast):
        rows = [json.loads(l) for l in open(rows_path, encoding="utf-8")]
        self.n = len(rows)
        self.part = np.array([r["part"] for r in rows])
        self.src = np.array([r["source"] for r in rows])
        self.texts = [r["text"] for r in rows]
        self.y = {h: np.array([-1 if r["labels"].get(h) is None else int(r["labels"][h]) for r in rows]) for h in HEADS}
        self.idx = {(p, h): np.where((self.part == p) & (self.src == SRC[h]) & (self.y[h] >= 0))[0] for p in PARTS for h in HEADS}
        self.served = {}
        for name, path in (("served", served), ("served_fast", served_fast)):
            m = np.full((self.n, 6), np.nan)
            for l in open(path, encoding="utf-8"):
                o = json.loads(l)
                m[int(o["id"])] = logit([o["scores"][h] for h in PUBLIC])
            self.served[name] = m


FOLDS = 3


def cv_lr(X, y, Cs, seed=20211):
    """C by mean out-of-fold ROC-AUC on these (training) rows, then refit on all of them."""
    best = (-1, Cs[0])
    if len(Cs) > 1:
        skf = StratifiedKFold(FOLDS, shuffle=True, random_state=seed)
        for C in Cs:
            aucs = []
            for a, b in skf.split(np.zeros(len(y)), y):
                m = LogisticRegression(C=C, solver="liblinear", max_iter=1000).fit(X[a], y[a])
                aucs.append(roc_auc_score(y[b], m.decision_function(X[b])))
            if np.mean(aucs) > best[0]:
                best = (float(np.mean(aucs)), C)
    return LogisticRegression(C=best[1], solver="liblinear", max_iter=1000).fit(X, y), best[1]


CACHE = None  # directory of computed heads (--cache): a rerun with more encoders skips what is done


def heads(X, D, Cs, key=None):
    """Decision values of every row for every head, and the Cs chosen."""
    path = os.path.join(CACHE, key.replace("/", "_") + ".npz") if (CACHE and key) else None
    if path and os.path.exists(path):
        z = np.load(path, allow_pickle=True)
        return {h: z[h] for h in HEADS}, z["chosen"].item()
    if callable(X):
        X = X()
    Z, chosen = {}, {}
    for h in HEADS:
        tr = D.idx[("train", h)]
        m, C = cv_lr(X[tr], D.y[h][tr], Cs)
        Z[h] = m.decision_function(X)
        chosen[h] = C
    if path:
        np.savez(path, chosen=np.array(chosen, dtype=object), **Z)
    return Z, chosen


def late(Za, Zb, D, ws=np.round(np.arange(0, 1.01, 0.1), 2)):
    """(1-w) za/sd + w zb/sd, w per head by validation AUC."""
    Z, chosen = {}, {}
    for h in HEADS:
        va = D.idx[("validation", h)]
        sa, sb = np.std(Za[h][va]) or 1, np.std(Zb[h][va]) or 1
        best = max(ws, key=lambda w: (roc_auc_score(D.y[h][va], (1 - w) * Za[h][va] / sa + w * Zb[h][va] / sb), -abs(w - 0.5)))
        Z[h] = (1 - best) * Za[h] / sa + best * Zb[h] / sb
        chosen[h] = float(best)
    return Z, chosen


def stack(Zs, D, served):
    """LR over [the given heads' logits, the six served logits], fitted on validation rows (the served model's training
    rows are in-sample); validation figures out-of-fold (5 folds), test from the fit on all validation rows."""
    Z = {}
    for h in HEADS:
        va = D.idx[("validation", h)]
        F = np.column_stack([z[h] for z in Zs] + [D.served[served]])
        F = np.nan_to_num(F)
        out = np.zeros(D.n)
        skf = StratifiedKFold(5, shuffle=True, random_state=20211)
        for a, b in skf.split(np.zeros(len(va)), D.y[h][va]):
            m = LogisticRegression(C=1.0, max_iter=2000).fit(F[va[a]], D.y[h][va[a]])
            out[va[b]] = m.decision_function(F[va[b]])
        m = LogisticRegression(C=1.0, max_iter=2000).fit(F[va], D.y[h][va])
        te = D.part == "test"
        out[te] = m.decision_function(F[te])
        Z[h] = out
    return Z


def served_alone(D, served):
    """The served scores as they are for the six labels; the other two heads: LR over the six served logits on validation."""
    Z = stack([], D, served)
    for i, h in enumerate(PUBLIC):
        Z[h] = np.nan_to_num(D.served[served][:, i])
    return Z


def figures(Z, D):
    out = {}
    vo = D.idx[("validation", "olid_offensive")]
    zo = Z["olid_offensive"]
    grid = np.quantile(zo[vo], np.arange(0.2, 0.9, 0.005))
    th = max(grid, key=lambda t: f1_score(D.y["olid_offensive"][vo], zo[vo] >= t, average="macro"))
    for p in ("validation", "test"):
        auc = {h: roc_auc_score(D.y[h][D.idx[(p, h)]], Z[h][D.idx[(p, h)]]) for h in PUBLIC}
        i = D.idx[(p, "impermium_insult")]
        o = D.idx[(p, "olid_offensive")]
        out[p] = {"jigsaw_mean_auc": round(float(np.mean(list(auc.values()))), 4),
                  "jigsaw_auc": {h: round(float(v), 4) for h, v in auc.items()},
                  "insults_auc": round(float(roc_auc_score(D.y["impermium_insult"][i], Z["impermium_insult"][i])), 4),
                  "olid_macro_f1": round(float(f1_score(D.y["olid_offensive"][o], zo[o] >= th, average="macro")), 4),
                  "olid_auc": round(float(roc_auc_score(D.y["olid_offensive"][o], zo[o])), 4)}
    return out


BOOT = 1000


def bootstrap_diff(Za, Zb, D, seed=20211):
    """Paired bootstrap over the test rows of each set: share of resamples where b beats a, and the 95 % interval of
    b - a for Jigsaw mean AUC, insults AUC and OLID AUC."""
    rng = np.random.RandomState(seed)
    res = {}
    j = D.idx[("test", "toxicity")]
    sets = {"jigsaw_mean_auc": (j, PUBLIC), "insults_auc": (D.idx[("test", "impermium_insult")], ["impermium_insult"]),
            "olid_auc": (D.idx[("test", "olid_offensive")], ["olid_offensive"])}
    for name, (rows, hs) in sets.items():
        d = []
        for _ in range(BOOT):
            s = rows[rng.randint(0, len(rows), len(rows))]
            vals = []
            for h in hs:
                y = D.y[h][s]
                if y.min() == y.max():
                    continue
                vals.append(roc_auc_score(y, Zb[h][s]) - roc_auc_score(y, Za[h][s]))
            d.append(np.mean(vals))
        d = np.array(d)
        res[name] = {"mean": round(float(d.mean()), 4), "ci95": [round(float(np.quantile(d, 0.025)), 4), round(float(np.quantile(d, 0.975)), 4)],
                     "share_b_better": round(float(np.mean(d > 0)), 3)}
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("rows")
    ap.add_argument("emb")
    ap.add_argument("served")
    ap.add_argument("served_fast")
    ap.add_argument("--encoders", default="e5q.mean,e5q.cls,e5q.max,e5p.mean,bge15q.cls,bge15q.mean")
    ap.add_argument("--partner", default="e5q.mean", help="the served encoder: pairs and fusions are built with it")
    ap.add_argument("--out", default="bench/abuse/second-encoder-results.json")
    ap.add_argument("--no-tfidf", action="store_true")
    ap.add_argument("--tfidf-encoders", default=None, help="encoders concatenated with TF-IDF (default: all)")
    ap.add_argument("--cache", default=None, help="directory for computed heads (never the repo)")
    ap.add_argument("--folds", type=int, default=3, help="cross-validation folds on the training rows for C")
    ap.add_argument("--only-heads", action="store_true", help="compute (and cache) the single-encoder heads, nothing else")
    ap.add_argument("--bootstrap", type=int, default=1000, help="paired bootstrap resamples of the test rows")
    ap.add_argument("--only-pairs", action="store_true", help="compute (and cache) the partner + encoder concatenations' heads")
    args = ap.parse_args()
    global CACHE, FOLDS, BOOT
    BOOT = args.bootstrap
    CACHE = args.cache
    FOLDS = args.folds
    if CACHE:
        os.makedirs(CACHE, exist_ok=True)
    D = Data(args.rows, args.served, args.served_fast)
    log("rows", D.n, {p: int(np.sum(D.part == p)) for p in PARTS})
    E = {}
    for e in filter(None, args.encoders.split(",")):
        path = os.path.join(args.emb, e + ".f32")
        if os.path.exists(path):
            E[e] = np.fromfile(path, dtype="<f4").reshape(D.n, -1)
        else:
            log("missing", path)
    results = {"rows": {f"{p}:{s}": int(np.sum((D.part == p) & (D.src == s))) for p in PARTS for s in ("jigsaw", "insults", "olid")},
               "variants": {}, "chosen": {}, "bootstrap_vs_partner": {}}
    table = results["variants"]

    def add(name, Z, chosen=None):
        table[name] = figures(Z, D)
        if chosen is not None:
            results["chosen"][name] = chosen
        t = table[name]["test"]
        log(f"{name}: test Jigsaw {t['jigsaw_mean_auc']} insults {t['insults_auc']} OLID F1 {t['olid_macro_f1']} (AUC {t['olid_auc']})")
        with open(args.out, "w") as f:
            json.dump(results, f, indent=1)

    ECs = [1, 4, 16]
    if args.only_heads:
        for e, X in E.items():
            heads(X, D, ECs, key=e)
        return
    if args.only_pairs:
        for e in E:
            if e != args.partner:
                heads(np.hstack([E[args.partner], E[e]]), D, ECs, key=f"{args.partner}+{e}")
        return
    add("served model (classify, default path)", served_alone(D, "served"))
    add("served n-gram model (classify --fast)", served_alone(D, "served_fast"))
    ZE = {}
    for e, X in E.items():
        ZE[e], c = heads(X, D, ECs, key=e)
        add(f"{e} LR", ZE[e], c)
    P = args.partner
    for e in E:
        if e == P:
            continue
        Z, c = heads(lambda: np.hstack([E[P], E[e]]), D, ECs, key=f"{P}+{e}")
        add(f"{P} + {e} concatenated, LR", Z, c)
        ZE[f"{P}+{e}"] = Z
        Zl, w = late(ZE[P], ZE[e], D)
        add(f"{P} LR ⊕ {e} LR (late, w by validation)", Zl, w)
        results["bootstrap_vs_partner"][e] = bootstrap_diff(ZE[P], ZE[e], D)
        results["bootstrap_vs_partner"][f"{P}+{e} concat"] = bootstrap_diff(ZE[P], Z, D)
    for e, Z in ZE.items():
        add(f"{e} stacked with the served model (6 scores, validation)", stack([Z], D, "served"))
    for e in E:
        if e != P:
            add(f"{P} LR, {e} LR stacked with the served model (validation)", stack([ZE[P], ZE[e]], D, "served"))
    if not args.no_tfidf:
        log("tf-idf")
        tr = D.part == "train"
        word = TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=200000, sublinear_tf=True, token_pattern=r"(?u)\b\w+\b")
        char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, max_features=300000, sublinear_tf=True)
        texts_tr = [t for t, k in zip(D.texts, tr) if k]
        word.fit(texts_tr); char.fit(texts_tr)
        T = hstack([word.transform(D.texts), char.transform(D.texts)]).tocsr()
        ZT, c = heads(T, D, [1, 4, 16], key="tfidf")
        add("TF-IDF LR (baseline)", ZT, c)
        for e in (E if args.tfidf_encoders is None else [x for x in args.tfidf_encoders.split(",") if x in E]):
            Zc, c = heads(lambda: hstack([T, csr_matrix(E[e] * 2.0)]).tocsr(), D, [1, 4, 16], key=f"tfidf+{e}")
            add(f"TF-IDF + {e} concatenated, LR", Zc, c)
            Zl, w = late(ZT, ZE[e], D)
            add(f"TF-IDF LR ⊕ {e} LR (late)", Zl, w)
            if e != P:
                Zc3, c = heads(lambda: hstack([T, csr_matrix(E[P] * 2.0), csr_matrix(E[e] * 2.0)]).tocsr(), D, [1, 4, 16], key=f"tfidf+{P}+{e}")
                add(f"TF-IDF + {P} + {e} concatenated, LR", Zc3, c)
    print("| variant | Jigsaw mean AUC | insults AUC | OLID macro-F1 | OLID AUC |")
    print("|---|---|---|---|---|")
    for name, f in table.items():
        t, v = f["test"], f["validation"]
        print(f"| {name} | {t['jigsaw_mean_auc']:.4f} ({v['jigsaw_mean_auc']:.4f}) | {t['insults_auc']:.4f} ({v['insults_auc']:.4f}) "
              f"| {t['olid_macro_f1']:.4f} ({v['olid_macro_f1']:.4f}) | {t['olid_auc']:.4f} ({v['olid_auc']:.4f}) |")


if __name__ == "__main__":
    main()
