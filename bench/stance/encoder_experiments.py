#!/usr/bin/python3
"""Sentence-encoder stance features vs a per-view TF-IDF LR tuned the same way (issue 21, research part).

Splits: `parley train stance --export-splits SPLIT` (the Java model's own). Final models are fitted on train +
validation with C chosen by cross-validation on those rows (SemEval: folds within each target for per-target models,
by target for pooled ones; RumourEval: one fold per event); figures are on the test split. Embeddings come from
Parley's SentenceEncoder (bench/encoder): texts, targets, parents and article bodies, each distinct text encoded once.

  bench/stance/encoder-run
"""
import argparse
import csv
import json
import os
import sys
import time

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, accuracy_score
from sklearn.model_selection import StratifiedKFold

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "encoder"))
from encoder import embed  # noqa: E402

csv.field_size_limit(sys.maxsize)
SEED = 20160


def log(*a):
    print(time.strftime("%H:%M:%S"), *a, file=sys.stderr, flush=True)


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def encode_all(name, texts, cap=128):
    """Embeddings of distinct texts, looked up per occurrence."""
    uniq = sorted(set(texts))
    E = embed(name, uniq, caps=(cap,))
    pos = {t: i for i, t in enumerate(uniq)}
    return np.stack([E[pos[t]] for t in texts])


def pair_feats(a, b):
    return np.hstack([a, b, np.abs(a - b), a * b, np.sum(a * b, axis=1, keepdims=True)])


def cv_C(make_X, y, folds, Cs, score, balanced=False, solver="lbfgs"):
    """C with the best mean fold score; folds: list of (train_idx, test_idx)."""
    best = (-1, Cs[0])
    for C in Cs:
        s = []
        for tr, te in folds:
            clf = LogisticRegression(C=C, max_iter=2000, class_weight="balanced" if balanced else None, solver=solver)
            clf.fit(make_X(tr), y[tr])
            s.append(score(y[te], clf.predict(make_X(te))))
        m = float(np.mean(s))
        if m > best[0]:
            best = (m, C)
    return best[1], best[0]


def strat_folds(y, k=5):
    return list(StratifiedKFold(k, shuffle=True, random_state=SEED).split(np.zeros(len(y)), y))


# ------------------------------------------------------------------ SemEval-2016 task 6 A

def f_avg(gold, pred):
    return float(np.mean(f1_score(gold, pred, labels=["favor", "against"], average=None, zero_division=0)))


def semeval_split(S, n):
    """(target, tweet, stance) rows of one exported SemEval split."""
    out = []
    with open(f"{S}/semeval2016_{n}.txt", encoding="utf-8", errors="replace") as f:
        next(f)
        for line in f:
            p = line.rstrip("\n").split("\t")
            out.append((p[1], p[2], p[3].lower()))
    return out


def semeval(S):
    tr = semeval_split(S, "train") + semeval_split(S, "validation")
    te = semeval_split(S, "test")
    targets = sorted({t for t, _, _ in tr})
    tw = [x for _, x, _ in tr] + [x for _, x, _ in te]
    E = encode_all("semeval", tw)
    vec_of = dict(zip(tw, E))
    Etr, Ete = E[:len(tr)], E[len(tr):]
    T = dict(zip(targets, embed("semeval-targets", targets)))
    ytr = np.array([l for _, _, l in tr]); yte = np.array([l for _, _, l in te])
    ttr = np.array([t for t, _, _ in tr]); tte = np.array([t for t, _, _ in te])
    res = {}
    Cs = (0.25, 1, 4, 16, 64)

    def tfidf(x_fit):
        w = TfidfVectorizer(ngram_range=(1, 3), sublinear_tf=True, min_df=1)
        c = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)
        w.fit(x_fit); c.fit(x_fit)
        return lambda xs: sp.hstack([w.transform(xs), c.transform(xs)]).tocsr()

    def per_target(kind):
        pred = np.empty(len(te), dtype=object)
        dec = {}
        chosen = {}
        for t in targets:
            i = np.where(ttr == t)[0]; j = np.where(tte == t)[0]
            xs = [tr[k][1] for k in i]; xt = [te[k][1] for k in j]
            if kind in ("tfidf", "concat"):
                f = tfidf(xs)
                Xs, Xt = f(xs), f(xt)
                if kind == "concat":
                    Xs = sp.hstack([Xs, sp.csr_matrix(Etr[i] * 2)]).tocsr(); Xt = sp.hstack([Xt, sp.csr_matrix(Ete[j] * 2)]).tocsr()
            else:
                Xs, Xt = Etr[i], Ete[j]
            y = ytr[i]
            C, _ = cv_C(lambda idx: Xs[idx], y, strat_folds(y), Cs, f_avg)
            clf = LogisticRegression(C=C, max_iter=2000).fit(Xs, y)
            pred[j] = clf.predict(Xt)
            dec[t] = (clf, Xt, j)
            chosen[t] = C
        return pred, chosen, dec

    for kind, name in (("tfidf", "TF-IDF LR per target (word 1-3 + char 2-5, C by CV)"),
                       ("e5", "e5 LR per target"), ("concat", "TF-IDF + e5 concatenated, LR per target")):
        log("semeval", kind)
        pred, chosen, _ = per_target(kind)
        res[name] = {"f_avg": round(f_avg(yte, pred), 4), "per_target": {t: round(f_avg(yte[tte == t], pred[tte == t]), 4) for t in targets}, "C": chosen}

    # pooled over targets: [text, target, |text-target|, text*target] (+ target one-hot so seen targets keep their prior)
    def pooled_X(Etext, tnames, onehot=True):
        Tm = np.stack([T[t] for t in tnames])
        parts = [Etext, Tm, np.abs(Etext - Tm), Etext * Tm]
        if onehot:
            parts.append(np.stack([[1.0 if t == u else 0.0 for u in targets] for t in tnames]))
        return np.hstack(parts)
    Xp, Xpt = pooled_X(Etr, ttr), pooled_X(Ete, tte)
    by_target_folds = [(np.where(ttr != t)[0], np.where(ttr == t)[0]) for t in targets]
    log("semeval pooled")
    C, _ = cv_C(lambda idx: Xp[idx], ytr, strat_folds(ytr), Cs, f_avg)
    pred = LogisticRegression(C=C, max_iter=3000).fit(Xp, ytr).predict(Xpt)
    res["e5 pooled over targets, with target embedding and |a-b|, a*b"] = {"f_avg": round(f_avg(yte, pred), 4), "C": C,
        "per_target": {t: round(f_avg(yte[tte == t], pred[tte == t]), 4) for t in targets}}

    # late fusion of per-target TF-IDF and per-target e5 probabilities (weight by CV on train+val would need nested
    # fits; the weight is chosen on the validation split with models fitted on train only)
    log("semeval late fusion")
    trn = load("train"); val = load("validation")
    Etrn = np.stack([vec_of[x] for _, x, _ in trn]); Eval = np.stack([vec_of[x] for _, x, _ in val])

    def probs(kind, fit_rows, fit_E, app_rows, app_E, Cmap):
        out = np.zeros((len(app_rows), 3))
        classes = ["against", "favor", "none"]
        for t in targets:
            i = [k for k, r in enumerate(fit_rows) if r[0] == t]; j = [k for k, r in enumerate(app_rows) if r[0] == t]
            if kind == "tfidf":
                f = tfidf([fit_rows[k][1] for k in i]); Xs, Xt = f([fit_rows[k][1] for k in i]), f([app_rows[k][1] for k in j])
            else:
                Xs, Xt = fit_E[i], app_E[j]
            clf = LogisticRegression(C=Cmap[t], max_iter=2000).fit(Xs, [fit_rows[k][2] for k in i])
            P = clf.predict_proba(Xt)
            for c_i, c in enumerate(clf.classes_):
                out[j, classes.index(c)] = P[:, c_i]
        return out
    C_tf = res["TF-IDF LR per target (word 1-3 + char 2-5, C by CV)"]["C"]; C_e5 = res["e5 LR per target"]["C"]
    pv_tf = probs("tfidf", trn, None, val, None, C_tf); pv_e5 = probs("e5", trn, Etrn, val, Eval, C_e5)
    classes = np.array(["against", "favor", "none"])
    yv = np.array([r[2] for r in val])
    best = max(((f_avg(yv, classes[np.argmax((1 - w) * pv_tf + w * pv_e5, 1)]), w) for w in np.arange(0, 1.01, 0.1)))
    w = best[1]
    pt_tf = probs("tfidf", tr, None, te, None, C_tf); pt_e5 = probs("e5", tr, Etr, te, Ete, C_e5)
    pred = classes[np.argmax((1 - w) * pt_tf + w * pt_e5, 1)]
    res["TF-IDF LR ⊕ e5 LR per target (late fusion, weight on validation)"] = {"f_avg": round(f_avg(yte, pred), 4), "w_e5": round(float(w), 2),
        "per_target": {t: round(f_avg(yte[tte == t], pred[tte == t]), 4) for t in targets}}

    # leave one target out: train on four targets, score the fifth (its train+validation+test rows)
    log("semeval leave-one-target-out")
    allr = tr + te
    Eall = np.vstack([Etr, Ete]); yall = np.concatenate([ytr, yte]); tall = np.concatenate([ttr, tte])
    loto = {"e5 interactions": {}, "TF-IDF pooled LR": {}, "e5 interactions, C by target folds": {}}
    Xall = pooled_X(Eall, tall, onehot=False)
    for t in targets:
        i = np.where(tall != t)[0]; j = np.where(tall == t)[0]
        for C_fix, key in ((1.0, "e5 interactions"),):
            pred = LogisticRegression(C=C_fix, max_iter=3000).fit(Xall[i], yall[i]).predict(Xall[j])
            loto[key][t] = round(f_avg(yall[j], pred), 4)
        inner = [(np.where(tall[i] != u)[0], np.where(tall[i] == u)[0]) for u in targets if u != t]
        C, _ = cv_C(lambda idx: Xall[i][idx], yall[i], inner, (0.05, 0.25, 1, 4), f_avg)
        pred = LogisticRegression(C=C, max_iter=3000).fit(Xall[i], yall[i]).predict(Xall[j])
        loto["e5 interactions, C by target folds"][t] = round(f_avg(yall[j], pred), 4)
        w = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2).fit([allr[k][1] for k in i])
        Xi = w.transform([allr[k][1] for k in i]); Xj = w.transform([allr[k][1] for k in j])
        pred = LogisticRegression(C=1.0, max_iter=2000).fit(Xi, yall[i]).predict(Xj)
        loto["TF-IDF pooled LR"][t] = round(f_avg(yall[j], pred), 4)
    for k in loto:
        loto[k]["mean"] = round(float(np.mean([v for t, v in loto[k].items()])), 4)
    res["leave_one_target_out"] = loto
    return res


# ------------------------------------------------------------------ SemEval: targets no training set has

FAVOR_PROMPTS = ["I support {t}.", "{t} is good.", "I agree with {t}.", "I am in favor of {t}."]
AGAINST_PROMPTS = ["I oppose {t}.", "{t} is bad.", "I disagree with {t}.", "I am against {t}."]


def prompt_feats(E, tnames, P):
    """Target-agnostic features for a (text, target) pair: cosine of the text to the target, to 'favor' and
    'against' statements about the target (means over templates), and their difference; they carry over to a target
    that training never had, where the raw embedding dimensions do not."""
    out = []
    for e, t in zip(E, tnames):
        f = np.mean([e @ P[("f", i, t)] for i in range(len(FAVOR_PROMPTS))])
        a = np.mean([e @ P[("a", i, t)] for i in range(len(AGAINST_PROMPTS))])
        out.append([e @ P[("t", 0, t)], f, a, f - a])
    return np.array(out)


def unseen(S):
    """Leave one SemEval target out: train on the other four targets' rows (train + validation + test splits), score
    every row of the held-out target. Compares the embedding interaction model with target-agnostic prompt
    features, alone and together."""
    rows = []
    for n in ("train", "validation", "test"):
        with open(f"{S}/semeval2016_{n}.txt", encoding="utf-8", errors="replace") as f:
            next(f)
            for line in f:
                p = line.rstrip("\n").split("\t")
                rows.append((p[1], p[2], p[3].lower()))
    targets = sorted({t for t, _, _ in rows})
    # the same distinct-text embedding run as semeval() (train + validation first, then test)
    tw_all = [x for _, x, _ in rows]
    E = encode_all("semeval", tw_all)
    prompts, keys = [], []
    for t in targets:
        keys.append(("t", 0, t)); prompts.append(t)
        for i, tpl in enumerate(FAVOR_PROMPTS):
            keys.append(("f", i, t)); prompts.append(tpl.format(t=t))
        for i, tpl in enumerate(AGAINST_PROMPTS):
            keys.append(("a", i, t)); prompts.append(tpl.format(t=t))
    PE = embed("semeval-prompts", prompts)
    P = dict(zip(keys, PE))
    y = np.array([l for _, _, l in rows]); tn = np.array([t for t, _, _ in rows])
    T = np.stack([P[("t", 0, t)] for t in tn])
    inter = np.hstack([E, T, np.abs(E - T), E * T])
    pf = prompt_feats(E, tn, P)
    # a few nonlinear terms of the prompt features (still target-agnostic)
    pf2 = np.hstack([pf, pf[:, [3]] * pf[:, [0]], pf[:, [0]] ** 2])
    res = {}
    for name, X, C in (("e5 interactions (LR, C=1)", inter, 1.0),
                       ("prompt features (4) LR", pf, 1.0),
                       ("prompt features + products LR", pf2, 1.0),
                       ("prompt features + e5 text, balanced LR", np.hstack([pf2 * 10, E]), 0.25)):
        per = {}
        for t in targets:
            i = tn != t; j = tn == t
            m = LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(X[i], y[i])
            per[t] = round(f_avg(y[j], m.predict(X[j])), 4)
        per["mean"] = round(float(np.mean([v for v in per.values()])), 4)
        res[name] = per
    return res


# ------------------------------------------------------------------ RumourEval 2017 (replies)

def replies(S):
    tr = read_csv(f"{S}/replies_train.csv") + read_csv(f"{S}/replies_validation.csv")
    te = read_csv(f"{S}/replies_test.csv")
    texts = [r["reply_text"] for r in tr + te] + [r["parent_text"] for r in tr + te] + [r["source_text"] for r in tr + te]
    E = encode_all("replies", texts)
    n = len(tr) + len(te)
    R, P, Sx = E[:n], E[n:2 * n], E[2 * n:]
    F = np.hstack([R, P, np.abs(R - P), R * P, Sx, np.abs(R - Sx), R * Sx,
                   np.array([[1.0 if r["is_source"] == "true" else 0.0] for r in tr + te])])
    # standardised on the training rows: unit-norm embeddings have tiny coordinates, which makes the solver crawl
    mu, sd = F[:len(tr)].mean(0), F[:len(tr)].std(0) + 1e-6
    F = (F - mu) / sd / np.sqrt(F.shape[1] / 50)
    ytr = np.array([r["label"] for r in tr]); yte = np.array([r["label"] for r in te])
    ev = np.array([r["event"] for r in tr])
    folds = [(np.where(ev != e)[0], np.where(ev == e)[0]) for e in sorted(set(ev))]
    labels = ["support", "deny", "query", "comment"]
    mf1 = lambda g, p: f1_score(g, p, labels=labels, average="macro", zero_division=0)
    res = {}
    w = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_features=50000)
    c = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2, max_features=100000)
    rt = [r["reply_text"] for r in tr]
    w.fit(rt); c.fit(rt)

    def tf(rows):
        return sp.hstack([w.transform([r["reply_text"] for r in rows]), c.transform([r["reply_text"] for r in rows]),
                          w.transform([r["parent_text"] for r in rows])]).tocsr()
    Ttr, Tte = tf(tr), tf(te)
    variants = {"TF-IDF LR, class-balanced (reply word+char, parent word; C by event folds)": (Ttr, Tte),
                "e5 LR [reply, parent, source, |a-b|, a*b], balanced": (F[:len(tr)], F[len(tr):]),
                "TF-IDF + e5 concatenated, LR balanced": (sp.hstack([Ttr, sp.csr_matrix(F[:len(tr)])]).tocsr(),
                                                        sp.hstack([Tte, sp.csr_matrix(F[len(tr):])]).tocsr())}
    for name, (Xa, Xb) in variants.items():
        log("replies", name)
        # one-vs-rest liblinear for every variant: the multinomial solver took most of an hour per variant here
        C, cvs = cv_C(lambda idx: Xa[idx], ytr, folds, (0.03, 0.1, 0.3, 1), mf1, balanced=True, solver="liblinear")
        pred = LogisticRegression(C=C, max_iter=3000, class_weight="balanced", solver="liblinear").fit(Xa, ytr).predict(Xb)
        res[name] = {"macro_f1": round(mf1(yte, pred), 4), "accuracy": round(accuracy_score(yte, pred), 4), "C": C,
                     "event_cv_macro_f1": round(cvs, 4)}
        log(json.dumps({name: res[name]}))
    return res


# ------------------------------------------------------------------ FNC-1

def fnc_score(gold, pred):
    score = best = 0.0
    for g, p in zip(gold, pred):
        if g == "unrelated":
            best += 0.25; score += 0.25 if p == "unrelated" else 0
        else:
            best += 1.0
            if p != "unrelated":
                score += 0.25 + (0.75 if p == g else 0)
    return 100 * score / best


def fnc(S, body_cap):
    def load(prefix):
        bodies = {r["Body ID"]: r["articleBody"] for r in read_csv(f"{S}/{prefix}_bodies.csv")}
        rows = read_csv(f"{S}/{prefix}_stances.csv")
        return [r["Headline"] for r in rows], [bodies[r["Body ID"]] for r in rows], np.array([r["Stance"] for r in rows]), [r["Body ID"] for r in rows]
    h, b, y, bid = load("fnc1_train")
    vh, vb, vy, vbid = load("fnc1_validation")
    th, tb, ty, _ = load("fnc1_test")
    allh = h + vh + th; allb = b + vb + tb
    H = encode_all("fnc-headlines", allh)
    B = encode_all("fnc-bodies", allb, cap=body_cap)
    n1, n2 = len(h), len(h) + len(vh)
    F = pair_feats(H, B)
    vec = TfidfVectorizer(max_features=5000, stop_words="english", sublinear_tf=True).fit(h + list(set(b)))

    def tf(hs, bs):
        A, C = vec.transform(hs), vec.transform(bs)
        return sp.hstack([A, C, sp.csr_matrix(np.asarray(A.multiply(C).sum(axis=1)))]).tocsr()
    T = {"train": tf(h + vh, b + vb), "test": tf(th, tb)}
    yall = np.concatenate([y, vy])
    labels = ["agree", "disagree", "discuss", "unrelated"]
    res = {}
    # C chosen on the validation split (bodies disjoint from train's), then refitted on train + validation
    variants = {"TF-IDF LR (headline, body, cosine; 5000 terms)": (T["train"], T["test"]),
                f"e5 LR [h, b, |h-b|, h*b, cos] (bodies cap {body_cap})": (F[:n2], F[n2:]),
                "TF-IDF + e5 concatenated, LR": (sp.hstack([T["train"], sp.csr_matrix(F[:n2])]).tocsr(),
                                                  sp.hstack([T["test"], sp.csr_matrix(F[n2:])]).tocsr())}
    for name, (Xa, Xb) in variants.items():
        log("fnc", name)
        best = (-1, None)
        for C in (0.3, 1, 3, 10):
            clf = LogisticRegression(C=C, max_iter=3000).fit(Xa[:n1], y)
            p = clf.predict(Xa[n1:n2])
            s = fnc_score(vy, p) / 100 + f1_score(vy, p, labels=labels, average="macro")
            if s > best[0]:
                best = (s, C)
        clf = LogisticRegression(C=best[1], max_iter=3000).fit(Xa, yall)
        pred = clf.predict(Xb)
        res[name] = {"fnc_score": round(fnc_score(ty, pred), 2), "macro_f1": round(f1_score(ty, pred, labels=labels, average="macro"), 4),
                     "f1": dict(zip(labels, [round(v, 4) for v in f1_score(ty, pred, labels=labels, average=None)])), "C": best[1]}
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("split")
    ap.add_argument("--body-cap", type=int, default=512)
    ap.add_argument("--only", default="semeval,unseen,replies,fnc")
    ap.add_argument("--out", default="bench/stance/encoder-results.json")
    a = ap.parse_args()
    out = {}
    for task in a.only.split(","):
        t0 = time.time()
        out[task] = {"semeval": lambda: semeval(a.split), "unseen": lambda: unseen(a.split), "replies": lambda: replies(a.split),
                     "fnc": lambda: fnc(a.split, a.body_cap)}[task]()
        out[task]["seconds"] = round(time.time() - t0)
        print(json.dumps({task: out[task]}), flush=True)
    json.dump(out, open(a.out, "w"), indent=1)


if __name__ == "__main__":
    main()
