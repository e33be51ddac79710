#!/usr/bin/python3
"""Non-linear e5 heads and richer pooling on top of the served abuse model (issue 20, helper abuse13, 2026-12-07).

Question: does a small MLP (ReLU, dropout-like L2, early stopping on a split of the *training* rows) on the e5
embedding — mean as served, or mean + max concatenated — add to the served model's logits where a linear head did
not (abuse12's per-label e5 heads: test Jigsaw +0.002)? And does feeding the n-gram model's logits into the MLP help?

Inputs (all under WORK, made by the commands in bench/abuse/experiments.md, abuse13):
  rows.jsonl            the split's (train abuse --split-only --seed 20211) Jigsaw / Impermium / OLID rows, every
                        train, validation and test row, with "part"
  emb/e5q.{mean,max}.f32  bench/encoder/SecondEncoder.java over rows.jsonl's texts (e5-small-v2-q, "query: ", 128
                        tokens head + tail), 384 floats per row each, L2-normalised
  fl/{val,test}.jsonl   bench/abuse/fusion-logits of the served model over the validation / test rows (ids = row
                        index): n-gram + word-vector logits z, sentence-head logits e (encoder on every row), band,
                        bandServed
  fast.jsonl            optional: `parley classify --fast` of every row (ids = row index), six served scores from
                        the n-gram model alone (for "MLP on e5 + n-gram scores"; in-sample on training rows)
Every choice (MLP size, alpha, fusion beta, the OLID threshold) is made on validation rows; test is reported.
  cap.jsonl             optional (variant "caps"): bench/abuse/CapLogits.java over the validation and test rows, the
                        served heads' logits of every text over 128 tokens encoded at caps 256 and 512
Variants: {lr,mlp,mlp5}-{mean,meanmax}[+fast] (mlp5: five seeds averaged), caps. Test figures of a fusion come with a bootstrap interval (300 resamples
of each label's test rows, paired: the served and fused scores of the same rows) of the Jigsaw mean AUC difference.
Usage: bench/abuse/mlp_heads.py MODEL.zip WORK [variants...]
"""
import json, sys, time, zipfile
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.neural_network import MLPClassifier
from sklearn.metrics import roc_auc_score, f1_score

L6 = ["toxicity", "severe_toxicity", "insult", "threat", "obscene", "identity_attack"]
H = L6 + ["impermium_insult", "olid_offensive", "davidson_abusive", "davidson_hate", "ethos_hate"]
K = len(H)
SRC = {h: "jigsaw" for h in L6} | {"impermium_insult": "insults", "olid_offensive": "olid"}
GROUPS = {"jigsaw": L6, "insults": ["impermium_insult"], "olid": ["olid_offensive"]}
MODEL, W = sys.argv[1], sys.argv[2]
VARIANTS = sys.argv[3:] or ["lr-mean", "mlp-mean", "lr-meanmax", "mlp-meanmax"]
spec = json.loads(zipfile.ZipFile(MODEL).read("spec.json"))
sh = spec["sentenceHeads"]
BETA, SLOPE, ICPT, STACK = np.array(sh["beta"]), np.array(sh["slope"]), np.array(sh["intercept"]), sh["stack"]


def log(*a):
    print(time.strftime("%H:%M:%S"), *a, file=sys.stderr, flush=True)


rows = [json.loads(l) for l in open(f"{W}/rows.jsonl")]
N = len(rows)
part = np.array([r["part"] for r in rows])
src = np.array([r["source"] for r in rows])
Y = {h: np.array([-1 if r["labels"].get(h) is None else int(r["labels"][h]) for r in rows]) for h in SRC}
IDX = {(p, h): np.where((part == p) & (src == SRC[h]) & (Y[h] >= 0))[0] for p in ("train", "validation", "test") for h in SRC}
# embeddings: encoded in chunks (emb/CHUNK.{mean,max}.f32 in the row order of idx-CHUNK.json): every validation and
# test row ("ev") and a seeded subsample of the training rows ("trsub"), with ALL_TRAIN=1 also every other training row
# ("trrest"); rows without a vector are left out of training
MEAN = np.full((N, 384), np.nan, dtype=np.float32); MAX = MEAN.copy()
import os
for c in ("ev", "trsub") + (("trrest",) if os.environ.get("ALL_TRAIN") else ()):  # trrest: the other training rows
    ids = np.array(json.load(open(f"{W}/idx-{c}.json")))
    MEAN[ids] = np.fromfile(f"{W}/emb/{c}.mean.f32", dtype="<f4").reshape(len(ids), 384)
    MAX[ids] = np.fromfile(f"{W}/emb/{c}.max.f32", dtype="<f4").reshape(len(ids), 384)
HAS = ~np.isnan(MEAN[:, 0])
part = np.where((part == "train") & ~HAS, "unused", part)
IDX = {(p, h): np.where((part == p) & (src == SRC[h]) & (Y[h] >= 0))[0] for p in ("train", "validation", "test") for h in SRC}

# served logits of validation and test rows, rebuilt from fusion-logits as AbuseClassifier serves them: served labels
# take e only where the served band holds the comment, data-set heads where the whole band (with OLID's weight) does
Z = np.full((N, K), np.nan); E = np.full((N, K), np.nan)
BAND = np.zeros(N, bool); BANDS = np.zeros(N, bool)
for nm in ("val", "test"):
    for l in open(f"{W}/fl/{nm}.jsonl"):
        o = json.loads(l); i = int(o["id"])
        Z[i] = o["z"]; E[i] = o["e"][:K]; BAND[i] = o["band"]; BANDS[i] = o.get("bandServed", o["band"])


def served(z, e, band, bands):
    est = SLOPE * z + ICPT
    ee = np.where(bands[:, None], e, est)
    ee[:, 6:] = np.where(band[:, None], e, est)[:, 6:]
    out = z + BETA * ee
    for h in range(K):
        if STACK[h] is not None:
            w = np.array(STACK[h])
            out[:, h] = z @ w[:K] + ee @ w[K:2 * K] + w[2 * K]
    return out


ev = np.where((part == "validation") | (part == "test"))[0]
S = np.full((N, K), np.nan)
S[ev] = served(Z[ev], E[ev], BAND[ev], BANDS[ev])
S_ALL = np.full((N, K), np.nan)
S_ALL[ev] = served(Z[ev], E[ev], np.ones(len(ev), bool), np.ones(len(ev), bool))
OLID_T = next((l.get("threshold") for l in spec.get("labels", []) if l.get("name") == "olid_offensive"), None)


def aucs(score, p):
    """score: dict head -> array over all rows (or N x K matrix)."""
    get = (lambda h: score[:, H.index(h)]) if isinstance(score, np.ndarray) else (lambda h: score[h])
    a = {h: roc_auc_score(Y[h][IDX[(p, h)]], get(h)[IDX[(p, h)]]) for h in SRC}
    return a


def olid_f1(score_val, score_test):
    """OLID macro-F1 at the threshold of best validation macro-F1 (as the trainer chooses OLID's)."""
    v, t = IDX[("validation", "olid_offensive")], IDX[("test", "olid_offensive")]
    yv, yt = Y["olid_offensive"][v], Y["olid_offensive"][t]
    cands = np.quantile(score_val[v], np.linspace(0.2, 0.9, 141))
    best = max(cands, key=lambda c: f1_score(yv, score_val[v] >= c, average="macro"))
    return f1_score(yv, score_val[v] >= best, average="macro"), f1_score(yt, score_test[t] >= best, average="macro")


def line(tag, score):
    out = {}
    for p in ("validation", "test"):
        a = aucs(score, p)
        out[p] = a
    sv = score if not isinstance(score, np.ndarray) else {h: score[:, H.index(h)] for h in SRC}
    f1v, f1t = olid_f1(sv["olid_offensive"], sv["olid_offensive"])
    jv, jt = np.mean([out["validation"][h] for h in L6]), np.mean([out["test"][h] for h in L6])
    print(f"{tag:44s} test Jigsaw {jt:.4f} ins {out['test']['impermium_insult']:.4f} OLID AUC "
          f"{out['test']['olid_offensive']:.4f} F1 {f1t:.4f} | val Jigsaw {jv:.4f} ins "
          f"{out['validation']['impermium_insult']:.4f} OLID AUC {out['validation']['olid_offensive']:.4f} F1 {f1v:.4f}"
          f" | test " + " ".join(f"{out['test'][h]:.4f}" for h in L6), flush=True)
    return out


def features(kind):
    X = {"mean": MEAN, "meanmax": np.hstack([MEAN, MAX])}[kind.split("+")[0]]
    if "+fast" in kind:
        X = np.hstack([X, FAST])
    mu, sd = X[part == "train"].mean(0), X[part == "train"].std(0) + 1e-6
    return np.nan_to_num((X - mu) / sd)


LR_CS = tuple(float(c) for c in os.environ.get("LR_CS", "0.001,0.003,0.01,0.03").split(","))


def head_scores(variant):
    """New head logits for every row and head, trained on training rows only (per data set)."""
    model, kind = variant.split("-", 1)
    X = features(kind)
    out = {}
    for g, hs in GROUPS.items():
        tr = np.where((part == "train") & (src == g))[0]
        Yg = np.column_stack([np.maximum(Y[h][tr], 0) for h in hs])
        if model == "lr":
            for j, h in enumerate(hs):
                best = None
                for C in LR_CS:
                    m = LogisticRegression(C=C, max_iter=3000).fit(X[tr], Yg[:, j])
                    a = roc_auc_score(Y[h][IDX[("validation", h)]], m.decision_function(X[IDX[("validation", h)]]))
                    if best is None or a > best[0]:
                        best = (a, C, m)
                out[h] = best[2].decision_function(X)
                log(variant, h, "C", best[1], f"val AUC {best[0]:.4f}")
        else:
            best = None
            for hidden, alpha in ((256, 1e-2), (256, 1e-1), (128, 1.0)):
                m = MLPClassifier(hidden_layer_sizes=(hidden,), alpha=alpha, early_stopping=True,
                                  validation_fraction=0.1, n_iter_no_change=8, max_iter=200, batch_size=128,
                                  learning_rate_init=1e-3, random_state=20211)
                m.fit(X[tr], Yg if len(hs) > 1 else Yg[:, 0])
                P = m.predict_proba(X)
                P = P if P.ndim == 2 and P.shape[1] == len(hs) and len(hs) > 1 else P[:, [1]] if P.ndim == 2 else P[:, None]
                P = np.clip(P, 1e-6, 1 - 1e-6)
                L = np.log(P / (1 - P))
                a = np.mean([roc_auc_score(Y[h][IDX[("validation", h)]], L[IDX[("validation", h)], j]) for j, h in enumerate(hs)])
                log(variant, g, hidden, alpha, f"val mean AUC {a:.4f} iters {m.n_iter_}")
                if best is None or a > best[0]:
                    best = (a, L, hidden, alpha)
            if model == "mlp5":  # the chosen size and alpha, the logits averaged over five seeds
                Ls = [best[1]]
                for seed in (1, 2, 3, 4):
                    m = MLPClassifier(hidden_layer_sizes=(best[2],), alpha=best[3], early_stopping=True,
                                      validation_fraction=0.1, n_iter_no_change=8, max_iter=200, batch_size=128,
                                      learning_rate_init=1e-3, random_state=seed).fit(X[tr], Yg if len(hs) > 1 else Yg[:, 0])
                    P = m.predict_proba(X)
                    P = P if len(hs) > 1 else P[:, [1]]
                    P = np.clip(P, 1e-6, 1 - 1e-6)
                    Ls.append(np.log(P / (1 - P)))
                best = (best[0], np.mean(Ls, axis=0))
            for j, h in enumerate(hs):
                out[h] = best[1][:, j]
    return out


def fuse(base, new, band_mask=None):
    """base + beta * new per head, beta in a grid chosen on validation AUC (OLID: macro-F1 at its own threshold);
    outside band_mask the new head is replaced by its least-squares estimate from the base logit (the cascade)."""
    res, betas = {}, {}
    for h in SRC:
        b = base[:, H.index(h)]
        n = new[h].copy()
        if band_mask is not None:
            m = band_mask if h in L6 else BAND
            v = IDX[("validation", h)]
            A = np.polyfit(b[v], n[v], 1)
            n = np.where(m, n, A[0] * b + A[1])
        v = IDX[("validation", h)]
        grid = np.round(np.arange(0, 2.01, 0.1), 2)
        if h == "olid_offensive":
            key = lambda beta: olid_f1(b + beta * n, b + beta * n)[0]
        else:
            key = lambda beta: roc_auc_score(Y[h][v], (b + beta * n)[v])
        beta = max(grid, key=lambda x: (key(x), -x))
        betas[h] = float(beta)
        res[h] = b + beta * n
    return res, betas


if __name__ == "__main__":
    FAST = None
    if any("+fast" in v for v in VARIANTS):
        F = np.full((N, 6), np.nan)
        for l in open(f"{W}/fast.jsonl"):
            o = json.loads(l)
            p = np.clip([o["scores"][h] for h in L6], 1e-5, 1 - 1e-5)
            F[int(o["id"])] = np.log(p / (1 - p))
        FAST = F
    line("served (cascade, rebuilt)", S)
    line("served, every row encoded", S_ALL)
    for v in VARIANTS:
        if v == "caps":
            caps = [json.loads(l) for l in open(f"{W}/cap.jsonl")]
            ids = np.array([int(c["id"]) for c in caps])
            print(f"texts over 128 tokens: {len(ids)} (validation {int((part[ids] == 'validation').sum())}, test "
                  f"{int((part[ids] == 'test').sum())}, Jigsaw {int((src[ids] == 'jigsaw').sum())}, over 256: "
                  f"{sum(c['tokens'] > 254 for c in caps)})")
            for cap in ("256", "512"):
                E2 = E.copy(); E2[ids] = np.array([c["e" + cap][:K] for c in caps])
                S2 = np.full((N, K), np.nan); S2[ev] = served(Z[ev], E2[ev], BAND[ev], BANDS[ev])
                line(f"served heads, cap {cap} at serve time (cascade)", S2)
                S3 = np.full((N, K), np.nan); S3[ev] = served(Z[ev], E2[ev], np.ones(len(ev), bool), np.ones(len(ev), bool))
                line(f"served heads, cap {cap}, every row encoded", S3)
            continue
        log("variant", v)
        new = head_scores(v)
        line(f"{v} alone", new)
        r, b = fuse(S_ALL, new)
        line(f"served(all) + beta {v} (all encoded)", r)
        print("   betas", b)
        r, b = fuse(S, new, BANDS)
        line(f"served + beta {v} (cascade)", r)
        print("   betas", b)
        rng, diffs = np.random.default_rng(20211), []
        for _ in range(300):
            d = []
            for h in L6:
                i = rng.choice(IDX[("test", h)], len(IDX[("test", h)]))
                if Y[h][i].min() != Y[h][i].max():
                    d.append(roc_auc_score(Y[h][i], r[h][i]) - roc_auc_score(Y[h][i], S[i, H.index(h)]))
            diffs.append(np.mean(d))
        print(f"   test Jigsaw mean AUC, cascade fusion minus served: {np.mean(diffs):+.4f} "
              f"[{np.quantile(diffs, 0.025):+.4f}, {np.quantile(diffs, 0.975):+.4f}]", flush=True)
        np.savez(f"{W}/new-{v}.npz", **new)
