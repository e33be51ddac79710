#!/usr/bin/python3
"""Sentence-encoder heads for abuse, side by side with a TF-IDF LR baseline tuned the same way (issue 20).

Same split as the Java model (`parley train abuse --split-only --export-split SPLIT`), embeddings from Parley's own
SentenceEncoder (bench/encoder, so what is measured is what serving computes), the served n-gram scores from
`parley classify` (SERVED: its JSONL output for the split's rows, ids "<split>:<id>").

Every variant's regularisation and every fusion weight is chosen on the validation rows only; figures are on the
test rows (and validation, for reference). Prints one JSON object and a markdown table (stderr: progress).

  bench/abuse/encoder-run   (does the split, the served scores and this script)
"""
import argparse
import json
import sys
import time
import os

import numpy as np
from scipy.sparse import hstack, csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, f1_score
from sklearn.neural_network import MLPClassifier

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "encoder"))
from encoder import embed, token_counts  # noqa: E402

HEADS = ["toxicity", "severe_toxicity", "insult", "threat", "obscene", "identity_attack",
         "impermium_insult", "olid_offensive", "davidson_abusive", "davidson_hate", "ethos_hate"]
PUBLIC = HEADS[:6]
# Heads that pooled training may feed with the other sets' "is it abusive" rows.
ABUSIVE = ["toxicity", "impermium_insult", "olid_offensive", "davidson_abusive", "ethos_hate"]


def log(*a):
    print(time.strftime("%H:%M:%S"), *a, file=sys.stderr, flush=True)


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def logit(p):
    p = np.clip(np.asarray(p, dtype=float), 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


class Data:
    def __init__(self, split_dir, served_path):
        self.rows = {n: load(f"{split_dir}/{n}.jsonl") for n in ("train", "validation", "test")}
        served = {}
        for line in open(served_path, encoding="utf-8"):
            o = json.loads(line)
            served[o["id"]] = [o["scores"][h] for h in PUBLIC]
        self.served = {n: logit(np.array([served[f"{n}:{r['id']}"] for r in rs])) for n, rs in self.rows.items()}

    def texts(self, n):
        return [r["text"] for r in self.rows[n]]

    def all_texts(self):
        return self.texts("train") + self.texts("validation") + self.texts("test")

    def split(self, arr):
        a = len(self.rows["train"]); b = a + len(self.rows["validation"])
        return {"train": arr[:a], "validation": arr[a:b], "test": arr[b:]}

    def idx(self, n, h):
        return np.array([i for i, r in enumerate(self.rows[n]) if r["labels"].get(h) is not None], dtype=int)

    def y(self, n, h, idx):
        return np.array([self.rows[n][i]["labels"][h] for i in idx])


# ---------------------------------------------------------------- heads

def fit_head(X, D, h, Cs, extra=None, weights=(0.0,)):
    """LR on the rows labelled for h (plus, optionally, pooled rows at a weight), C and weight by validation AUC."""
    tr = D.idx("train", h); va = D.idx("validation", h)
    ytr = D.y("train", h, tr); yva = D.y("validation", h, va)
    best = (-1, None, None)
    for w in weights:
        if w > 0 and extra is not None:
            ex_idx, ex_y = extra
            keep = np.setdiff1d(ex_idx, tr)
            rows = np.concatenate([tr, keep]); yy = np.concatenate([ytr, ex_y[np.searchsorted(ex_idx, keep)]])
            sw = np.concatenate([np.ones(len(tr)), np.full(len(keep), w)])
        else:
            if w > 0:
                continue
            rows, yy, sw = tr, ytr, None
        for C in Cs:
            clf = LogisticRegression(C=C, solver="liblinear", max_iter=500)
            clf.fit(X["train"][rows], yy, sample_weight=sw)
            auc = roc_auc_score(yva, clf.decision_function(X["validation"][va]))
            if auc > best[0]:
                best = (auc, clf, (C, w))
    return best[1], best[2]


def lr_variant(X, D, Cs, pooled=None, weights=(0.0,)):
    """Decision values per head for validation and test rows, and the chosen parameters."""
    Z = {"validation": {}, "test": {}}
    chosen = {}
    for h in HEADS:
        if len(D.idx("train", h)) == 0:
            continue
        extra = pooled if (pooled is not None and h in ABUSIVE) else None
        clf, params = fit_head(X, D, h, Cs, extra, weights if extra is not None else (0.0,))
        chosen[h] = params
        for n in Z:
            Z[n][h] = clf.decision_function(X[n])
    return Z, chosen


def mlp_variant(E, D, hidden=256, alphas=(1e-3,)):
    """One hidden ReLU layer per head, Adam, early stopping on a held-out tenth: what a small DL4J head would be."""
    Z = {"validation": {}, "test": {}}
    chosen = {}
    for h in HEADS:
        tr = D.idx("train", h); va = D.idx("validation", h)
        if len(tr) == 0:
            continue
        best = (-1, None, None)
        for a in alphas:
            clf = MLPClassifier(hidden_layer_sizes=(hidden,), alpha=a, early_stopping=True, max_iter=200,
                                random_state=20211, n_iter_no_change=8)
            clf.fit(E["train"][tr], D.y("train", h, tr))
            p = clf.predict_proba(E["validation"])[:, 1]
            auc = roc_auc_score(D.y("validation", h, va), p[va])
            if auc > best[0]:
                best = (auc, clf, a)
        chosen[h] = best[2]
        for n in Z:
            Z[n][h] = logit(best[1].predict_proba(E[n])[:, 1])
    return Z, chosen


def late_fusion(Za, Zb, D, ws=np.arange(0, 1.01, 0.1)):
    """z = (1-w) z_a/sd_a + w z_b/sd_b, w per head by validation AUC."""
    Z = {"validation": {}, "test": {}}
    chosen = {}
    for h in Za["validation"]:
        if h not in Zb["validation"]:
            continue
        va = D.idx("validation", h); y = D.y("validation", h, va)
        sa = np.std(Za["validation"][h][va]) or 1; sb = np.std(Zb["validation"][h][va]) or 1
        best = (-1, 0)
        for w in ws:
            auc = roc_auc_score(y, (1 - w) * Za["validation"][h][va] / sa + w * Zb["validation"][h][va] / sb)
            if auc > best[0] + 1e-9:
                best = (auc, w)
        w = best[1]
        chosen[h] = round(float(w), 2)
        for n in Z:
            Z[n][h] = (1 - w) * Za[n][h] / sa + w * Zb[n][h] / sb
    return Z, chosen


SERVED_FOR = {h: [PUBLIC.index(h)] for h in PUBLIC}


def stack_served(Zenc, D, folds=5):
    """Stacking on validation: LR over [encoder head logit, the six served n-gram logits]. Validation figures from
    out-of-fold predictions; test from the stacker fitted on all validation rows. (The served model's train-row
    scores are in-sample, so the stacker cannot learn on train rows.)"""
    Z = {"validation": {}, "test": {}}
    for h in Zenc["validation"]:
        va = D.idx("validation", h); y = D.y("validation", h, va)
        F = {n: np.column_stack([Zenc[n][h], D.served[n]]) for n in ("validation", "test")}
        oof = np.zeros(len(D.rows["validation"]))
        rng = np.random.RandomState(20211)
        fold = rng.randint(0, folds, len(va))
        for k in range(folds):
            tr_k = va[fold != k]; te_k = va[fold == k]
            if len(te_k) == 0 or len(set(D.y("validation", h, tr_k))) < 2:
                continue
            m = LogisticRegression(C=1.0, max_iter=1000).fit(F["validation"][tr_k], D.y("validation", h, tr_k))
            oof[te_k] = m.decision_function(F["validation"][te_k])
        m = LogisticRegression(C=1.0, max_iter=1000).fit(F["validation"][va], y)
        Z["validation"][h] = oof
        Z["test"][h] = m.decision_function(F["test"])
    return Z


def served_only(D):
    """The served scores used directly where a served label is the set's label (Jigsaw), and as a stacker of the six
    served logits (validation-fitted, as above) for the other sets' heads."""
    zero = {n: {h: np.zeros(len(D.rows[n])) for h in HEADS} for n in ("validation", "test")}
    Z = stack_served(zero, D)
    for n in ("validation", "test"):
        for h in PUBLIC:
            Z[n][h] = D.served[n][:, PUBLIC.index(h)]
    return Z


def pooling_study(D, E, sources=("jigsaw", "insults")):
    """Mean vs CLS pooling on the Jigsaw and insults rows only (CLS needs its own encoding run): LR per head, C by
    validation AUC, test Jigsaw mean AUC and insults AUC."""
    sel = {n: np.array([i for i, r in enumerate(D.rows[n]) if r["source"] in sources]) for n in D.rows}
    texts = [D.rows[n][i]["text"] for n in ("train", "validation", "test") for i in sel[n]]
    cls = embed("abuse-jigsaw-insults", texts, caps=(128,), pool="cls")
    a = len(sel["train"]); b = a + len(sel["validation"])
    out = {}
    for name, V in (("mean", {n: E[n][sel[n]] for n in sel}), ("cls", {"train": cls[:a], "validation": cls[a:b], "test": cls[b:]})):
        res = {}
        for h in PUBLIC + ["impermium_insult"]:
            idx = {n: np.array([k for k, i in enumerate(sel[n]) if D.rows[n][i]["labels"].get(h) is not None]) for n in sel}
            y = {n: np.array([D.rows[n][sel[n][k]]["labels"][h] for k in idx[n]]) for n in sel}
            best = (-1, None)
            for C in (1, 4, 16, 64):
                m = LogisticRegression(C=C, solver="liblinear", max_iter=500).fit(V["train"][idx["train"]], y["train"])
                auc = roc_auc_score(y["validation"], m.decision_function(V["validation"][idx["validation"]]))
                if auc > best[0]:
                    best = (auc, m)
            res[h] = roc_auc_score(y["test"], best[1].decision_function(V["test"][idx["test"]]))
        out[name] = {"jigsaw_mean_auc": round(float(np.mean([res[h] for h in PUBLIC])), 4), "insults_auc": round(res["impermium_insult"], 4)}
    return out


# ---------------------------------------------------------------- figures

def best_threshold(p, y, score, grid):
    best, bt = -1, grid[0]
    for t in grid:
        s = score(p >= t, y)
        if s > best:
            best, bt = s, t
    return bt


def figures(Z, D):
    """Per set, the figure the goals name; thresholds (OLID, Davidson) from validation, as bench/abuse/baseline.py."""
    P = {n: {h: 1 / (1 + np.exp(-np.asarray(z))) for h, z in Z[n].items()} for n in Z}
    src = {n: {s: np.array([i for i, r in enumerate(D.rows[n]) if r["source"] == s]) for s in
               ("jigsaw", "insults", "olid", "davidson", "ethos")} for n in Z}
    # thresholds on validation, in rank space (quantiles) so that any monotone score works
    th = {}
    o = src["validation"]["olid"]
    yo = D.y("validation", "olid_offensive", o)
    po = P["validation"]["olid_offensive"][o]
    th["olid"] = best_threshold(po, yo, lambda pr, yy: f1_score(yy, pr, average="macro"), np.quantile(po, np.arange(0.2, 0.9, 0.005)))
    d = src["validation"]["davidson"]
    g = np.array([D.rows["validation"][i]["class"] for i in d])
    ph = P["validation"]["davidson_hate"][d]; pa = P["validation"]["davidson_abusive"][d]
    best = -1
    for a in np.quantile(ph, np.arange(0.80, 0.995, 0.005)):
        for b in np.quantile(pa, np.arange(0.05, 0.5, 0.01)):
            pr = np.where(ph >= a, 0, np.where(pa >= b, 1, 2))
            w = f1_score(g, pr, average="weighted")
            if w > best:
                best, th["dav"] = w, (a, b)
    out = {}
    for n in Z:
        j = src[n]["jigsaw"]
        auc = {h: roc_auc_score([D.rows[n][i]["labels"][h] for i in j], P[n][h][j]) for h in PUBLIC}
        i = src[n]["insults"]
        o = src[n]["olid"]; yo = D.y(n, "olid_offensive", o)
        d = src[n]["davidson"]; g = [D.rows[n][k]["class"] for k in d]
        a, b = th["dav"]
        pr = np.where(P[n]["davidson_hate"][d] >= a, 0, np.where(P[n]["davidson_abusive"][d] >= b, 1, 2))
        e = src[n]["ethos"]
        out[n] = {"jigsaw_mean_auc": round(float(np.mean(list(auc.values()))), 4),
                  "jigsaw_auc": {h: round(v, 4) for h, v in auc.items()},
                  "insults_auc": round(roc_auc_score(D.y(n, "impermium_insult", i), P[n]["impermium_insult"][i]), 4),
                  "olid_macro_f1": round(f1_score(yo, P[n]["olid_offensive"][o] >= th["olid"], average="macro"), 4),
                  "olid_auc": round(roc_auc_score(yo, P[n]["olid_offensive"][o]), 4),
                  "davidson_weighted_f1": round(f1_score(g, pr, average="weighted"), 4),
                  "ethos_auc": round(roc_auc_score(D.y(n, "ethos_hate", e), P[n]["ethos_hate"][e]), 4)}
    return out


# ---------------------------------------------------------------- cascade

def linear_map(x, y):
    """Least-squares y ~ a x + b, guarded for tiny or constant bands."""
    ok = np.isfinite(x) & np.isfinite(y)
    x, y = x[ok], y[ok]
    if len(x) < 10 or np.std(x) < 1e-9:
        return 0.0, float(np.mean(y)) if len(y) else 0.0
    a = float(np.cov(x, y, bias=True)[0, 1] / np.var(x))
    return a, float(np.mean(y) - a * np.mean(x))


def cascade(Zfused, Zserved, D, shares=(0.1, 0.2, 0.4, 1.0)):
    """The n-gram model scores every comment; the encoder runs only where u = max over the six served logits lies in
    a band [lo, hi] (a property of the model: fixed on validation, never a site's threshold). Outside the band a
    head's score is its served-only stacker, mapped onto the fused head's scale by a linear fit on validation rows in
    the band's edges, so one ranking holds. For each share s the band is the s-share of validation comments nearest
    the centre c (in quantiles of u), c chosen on validation by the mean of the set figures."""
    u = {n: D.served[n].max(axis=1) for n in ("validation", "test")}
    res = {}
    for s in shares:
        best = None
        for c in ((0.5, 0.65, 0.8, 0.9) if s < 1 else [0.5]):
            lo_q, hi_q = max(0.0, c - s / 2), min(1.0, c + s / 2)
            if hi_q - lo_q < s - 1e-9:  # keep the share when the band hits an end
                lo_q, hi_q = (0.0, s) if lo_q == 0 else (1 - s, 1.0)
            lo, hi = np.quantile(u["validation"], lo_q), np.quantile(u["validation"], hi_q)
            if s >= 1:
                lo, hi = -np.inf, np.inf
            Z = {"validation": {}, "test": {}}
            for h in Zfused["validation"]:
                inb = (u["validation"] >= lo) & (u["validation"] <= hi)
                a, b = linear_map(Zserved["validation"][h][inb], Zfused["validation"][h][inb]) if s < 1 else (1, 0)
                for n in Z:
                    band = (u[n] >= lo) & (u[n] <= hi)
                    Z[n][h] = np.where(band, Zfused[n][h], a * Zserved[n][h] + b)
            f = figures(Z, D)
            score = np.mean([f["validation"]["jigsaw_mean_auc"], f["validation"]["insults_auc"], f["validation"]["olid_macro_f1"]])
            enc = {n: float(np.mean((u[n] >= lo) & (u[n] <= hi))) for n in u}
            if best is None or score > best[0]:
                best = (score, c, lo, hi, f, enc)
        score, c, lo, hi, f, enc = best
        res[f"{int(s * 100)}%"] = {"band_logit": [None if not np.isfinite(lo) else round(float(lo), 3),
                                                   None if not np.isfinite(hi) else round(float(hi), 3)],
                                   "encoded_share_test": round(enc["test"], 3), "test": f["test"]}
    return res


# ---------------------------------------------------------------- main

def table_lines(table):
    lines = ["| variant | Jigsaw mean AUC | insults AUC | OLID macro-F1 | Davidson weighted F1 | ETHOS AUC |",
             "|---|---|---|---|---|---|"]
    for name, f in table.items():
        t, v = f["test"], f["validation"]
        lines.append(f"| {name} | {t['jigsaw_mean_auc']:.4f} ({v['jigsaw_mean_auc']:.4f}) | {t['insults_auc']:.4f} ({v['insults_auc']:.4f}) "
                     f"| {t['olid_macro_f1']:.4f} ({v['olid_macro_f1']:.4f}) | {t['davidson_weighted_f1']:.4f} ({v['davidson_weighted_f1']:.4f}) "
                     f"| {t['ethos_auc']:.4f} ({v['ethos_auc']:.4f}) |")
    return lines


def served_and_e5(D, E, embs, caps, table):
    """The served n-gram model read as heads, and the e5 LR heads at every cap (rows added to table)."""
    log("served n-gram model")
    Zsrv = served_only(D)
    table["served n-gram model (parley classify)"] = figures(Zsrv, D)
    log("e5 LR")
    Ze5, c_e5 = lr_variant(E, D, Cs=(1, 4, 16, 64))
    table["e5 LR"] = figures(Ze5, D)
    for cap in caps:
        if cap != 128:
            log("e5 LR at cap", cap)
            Zc, _ = lr_variant(D.split(embs[cap]), D, Cs=(1, 4, 16, 64))
            table[f"e5 LR, cap {cap}"] = figures(Zc, D)
    return Zsrv, Ze5, c_e5


def cascade_only(args, D, E, embs, results):
    table = {}
    Zsrv, Ze5, _ = served_and_e5(D, E, embs, [128], table)
    Zst = stack_served(Ze5, D)
    table["e5 LR + served n-gram (stacked on validation)"] = figures(Zst, D)
    results["variants"] = table
    results["cascade_of"] = "e5 LR + served n-gram (stacked on validation)"
    log("cascade")
    results["cascade"] = cascade(Zst, Zsrv, D)
    with open(args.out, "w") as f:
        json.dump(results, f, indent=1)
    for s, r in results["cascade"].items():
        t = r["test"]
        print(f"| {s} (test {r['encoded_share_test']:.2f}) | {r['band_logit']} | {t['jigsaw_mean_auc']:.4f} | {t['insults_auc']:.4f} "
              f"| {t['olid_macro_f1']:.4f} | {t['davidson_weighted_f1']:.4f} |", flush=True)


def fast(args, D, E, embs, caps, results):
    table = {}
    Zsrv, Ze5, c_e5 = served_and_e5(D, E, embs, caps, table)
    log("stacking e5 LR with the served n-gram model")
    Zst = stack_served(Ze5, D)
    table["e5 LR + served n-gram (stacked on validation)"] = figures(Zst, D)
    with open(args.out, "w") as f:
        json.dump({**results, "variants": table}, f, indent=1)
    log("e5 MLP")
    Zmlp, a_mlp = mlp_variant(E, D)
    table["e5 MLP 256"] = figures(Zmlp, D)
    Zmix, w_mix = late_fusion(Ze5, Zmlp, D)
    table["e5 LR ⊕ e5 MLP"] = figures(Zmix, D)
    Zbest = stack_served(Zmix, D)
    table["(e5 LR ⊕ e5 MLP) + served n-gram (stacked)"] = figures(Zbest, D)
    results["variants"] = table
    results["chosen"] = {"e5_C": c_e5, "mlp_alpha": a_mlp, "mix_w_mlp": w_mix}
    with open(args.out, "w") as f:
        json.dump(results, f, indent=1)
    print("\n".join(table_lines(table)), flush=True)
    log("cascade")
    best = max(("(e5 LR ⊕ e5 MLP) + served n-gram (stacked)", Zbest), ("e5 LR + served n-gram (stacked on validation)", Zst),
               key=lambda kv: np.mean([table[kv[0]]["validation"][k] for k in ("jigsaw_mean_auc", "insults_auc", "olid_macro_f1")]))
    results["cascade_of"] = best[0]
    results["cascade"] = cascade(best[1], Zsrv, D)
    with open(args.out, "w") as f:
        json.dump(results, f, indent=1)
    for s, r in results["cascade"].items():
        t = r["test"]
        print(f"| {s} (test {r['encoded_share_test']:.2f}) | {r['band_logit']} | {t['jigsaw_mean_auc']:.4f} | {t['insults_auc']:.4f} "
              f"| {t['olid_macro_f1']:.4f} | {t['davidson_weighted_f1']:.4f} |", flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("split")
    ap.add_argument("served")
    ap.add_argument("--caps", default="128", help="token caps to compare for the e5 LR head (e.g. 32,64,128,256)")
    ap.add_argument("--study", action="store_true", help="also head-only truncation at 128")
    ap.add_argument("--cls", action="store_true", help="also CLS vs mean pooling (Jigsaw and insults rows; one more encoding run)")
    ap.add_argument("--cascade-only", action="store_true", help="only e5 LR + served n-gram stacking and its cascade")
    ap.add_argument("--fast", action="store_true", help="only the encoder heads, their fusion with the served n-gram model and the cascade (no TF-IDF refits)")
    ap.add_argument("--out", default="bench/abuse/encoder-results.json")
    args = ap.parse_args()

    D = Data(args.split, args.served)
    texts = D.all_texts()
    log("rows", {n: len(r) for n, r in D.rows.items()})
    caps = [int(c) for c in args.caps.split(",")]
    embs = embed("abuse", texts, caps=tuple(caps))
    if len(caps) == 1:
        embs = {caps[0]: embs}
    E = D.split(embs[128])
    toks = D.split(token_counts("abuse", texts))
    results = {"token_share_over_cap": {str(c): round(float(np.mean(toks["test"] + 2 > c)), 3) for c in (32, 64, 128, 256, 512)}}

    if args.fast:
        return fast(args, D, E, embs, caps, results)
    if args.cascade_only:
        return cascade_only(args, D, E, embs, results)
    log("tf-idf features")
    word = TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=200000, sublinear_tf=True, token_pattern=r"(?u)\b\w+\b")
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, max_features=300000, sublinear_tf=True)
    word.fit(D.texts("train")); char.fit(D.texts("train"))
    T = {n: hstack([word.transform(D.texts(n)), char.transform(D.texts(n))]).tocsr() for n in D.rows}

    table = {}
    t0 = time.time()
    log("tf-idf LR (C by validation AUC)")
    Ztf, c_tf = lr_variant(T, D, Cs=(1, 4, 16))
    table["TF-IDF LR (baseline)"] = figures(Ztf, D)
    Zsrv, Ze5, c_e5 = served_and_e5(D, E, embs, caps, table)
    if args.study:
        log("head-only truncation")
        Zh, _ = lr_variant(D.split(embed("abuse", texts, caps=(128,), trunc="head")), D, Cs=(1, 4, 16, 64))
        table["e5 LR, cap 128 head only"] = figures(Zh, D)
    if args.cls:
        log("CLS vs mean pooling (Jigsaw and insults rows only)")
        results["pooling"] = pooling_study(D, E)
    log("pooled rows")
    pool_idx, pool_y = [], []
    for i, r in enumerate(D.rows["train"]):
        ys = [r["labels"].get(h) for h in ABUSIVE if r["labels"].get(h) is not None]
        if ys:
            pool_idx.append(i); pool_y.append(int(max(ys)))
    pooled = (np.array(pool_idx), np.array(pool_y))
    Zpool, w_pool = lr_variant(E, D, Cs=(4, 16), pooled=pooled, weights=(0.0, 0.1, 0.3, 1.0))
    table["e5 LR, pooled rows (weight by validation)"] = figures(Zpool, D)
    log("e5 MLP")
    Zmlp, a_mlp = mlp_variant(E, D)
    table["e5 MLP 256"] = figures(Zmlp, D)
    log("concatenation TF-IDF + e5")
    ET = {n: hstack([T[n], csr_matrix(E[n] * 2.0)]).tocsr() for n in D.rows}
    Zcat, c_cat = lr_variant(ET, D, Cs=(4, 16))
    table["TF-IDF + e5 concatenated, LR"] = figures(Zcat, D)
    log("late fusions")
    Zlf, w_lf = late_fusion(Ztf, Ze5, D)
    table["TF-IDF LR ⊕ e5 LR (late fusion)"] = figures(Zlf, D)
    Zmix, w_mix = late_fusion(Zcat, Zmlp, D)
    table["concat LR ⊕ e5 MLP (late fusion)"] = figures(Zmix, D)
    log("stacking with the served n-gram model")
    Zst = stack_served(Ze5, D)
    table["e5 LR + served n-gram (stacked on validation)"] = figures(Zst, D)
    Zbest = stack_served(Zmix, D)
    table["(concat LR ⊕ e5 MLP) + served n-gram (stacked)"] = figures(Zbest, D)
    results["seconds"] = round(time.time() - t0)
    results["variants"] = table
    with open(args.out, "w") as f:
        json.dump(results, f, indent=1)
    log("cascade")
    np.savez_compressed(args.out.replace(".json", "-scores.npz"), **{f"{k}:{n}:{h}": v for k, Z in
                        (("fused", Zbest), ("served", Zsrv)) for n in Z for h, v in Z[n].items()})
    results["cascade"] = cascade(Zbest, Zsrv, D)
    results["chosen"] = {"tfidf_C": c_tf, "e5_C": c_e5, "pooled_C_weight": w_pool, "mlp_alpha": a_mlp,
                         "concat_C": c_cat, "late_fusion_w_e5": w_lf, "mix_w_mlp": w_mix}
    with open(args.out, "w") as f:
        json.dump(results, f, indent=1)

    lines = table_lines(table)
    lines += ["", "| encoded share (band on max served logit) | band | Jigsaw | insults | OLID | Davidson |", "|---|---|---|---|---|---|"]
    for s, r in results["cascade"].items():
        t = r["test"]["test"] if "test" in r["test"] else r["test"]
        lines.append(f"| {s} (test {r['encoded_share_test']:.2f}) | {r['band_logit']} | {t['jigsaw_mean_auc']:.4f} | {t['insults_auc']:.4f} "
                     f"| {t['olid_macro_f1']:.4f} | {t['davidson_weighted_f1']:.4f} |")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
