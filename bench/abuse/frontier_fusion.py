#!/usr/bin/python3
"""The defaults' frontier under other fusions of the sentence heads (issue 19/20, helper `abuse`, 2026-12-06).

What a new site's defaults can reach is set by one score, the log risk max_l severity_l x odds(p_l): a comment is
flagged when it reaches the one cost. So "more abusive flagged at the same civil rate" is a property of that score.
This rebuilds it from the per-comment logits of bench/abuse/fusion-logits (n-gram + word-vector "z", sentence heads "e"
with the encoder on every comment, the cascade's risk), under a fusion given as a function, refits the per-label Platt
scaling on the Jigsaw validation rows weighted to Jigsaw's natural mix and moves it to the stated prior (as the trainer
does), then reports at the cost the committed rule picks (lowest cost flagging <= 4 % of the Dragnet stream's civil
tuning half) and at 5 / 6 %: validation Jigsaw abusive / clean flagged (the frontier's measure, "R@4"), and, reported
only, test rows, the stream's check half, the civility suite.
Usage: bench/abuse/frontier_fusion.py MODEL.zip WORK_DIR [EXPERIMENT...]   (WORK_DIR as for band_sweep.py)
"""
import hashlib, json, sys, zipfile
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold

L6 = ["toxicity", "severe_toxicity", "insult", "threat", "obscene", "identity_attack"]
HEADS = L6 + ["impermium_insult", "olid_offensive", "davidson_abusive", "davidson_hate", "ethos_hate"]
JIG_ROWS, JIG_CLEAN = 159571, 143346
JIG = {"toxicity": 15294, "severe_toxicity": 1595, "insult": 7877, "threat": 478, "obscene": 8449,
       "identity_attack": 1405}
NEWS_TOXIC = 0.08

model, W = sys.argv[1], sys.argv[2]
spec = json.loads(zipfile.ZipFile(model).read("spec.json"))
sh = spec["sentenceHeads"]
BETA, SLOPE, ICPT = np.array(sh["beta"]), np.array(sh["slope"]), np.array(sh["intercept"])
SEV = np.array([l["severity"] for l in spec["labels"]])[:6]
LOW0 = sh["bandLow"]


def dump(name):
    return [json.loads(l) for l in open(f"{W}/fl/{name}.jsonl", encoding="utf-8")]


def arrays(rows):
    return {"z": np.array([r["z"] for r in rows]), "e": np.array([r["e"] for r in rows]),
            "risk": np.array([r["risk"] if r["risk"] is not None else -1e9 for r in rows]),
            "empty": np.array([r["empty"] for r in rows])}


def load_split(split, name):
    d = {r["id"]: r for r in dump(name)}
    rows = [json.loads(l) for l in open(f"{W}/split/{split}.jsonl", encoding="utf-8")]
    rows = [r for r in rows if r["id"] in d]
    return rows, arrays([d[r["id"]] for r in rows])


def stream():
    hand = {}
    for line in open("training-data/abuse/dragnet-labels.tsv", encoding="utf-8"):
        if not (line.startswith("#") or line.startswith("id\t") or not line.strip()):
            f = line.rstrip("\n").split("\t")
            hand[f[0]] = (f[2], f[3])
    d = {r["id"]: r for r in dump("dragnet")}
    rows, group = [], []
    for r in map(json.loads, open(f"{W}/dragnet-comments.jsonl", encoding="utf-8")):
        h = hand.get(r["id"])
        lab = h[0] if h and hashlib.sha1(r["text"].encode()).hexdigest().startswith(h[1]) else None
        half = "tune" if hashlib.sha256(r["page"].encode()).digest()[0] % 2 == 0 else "check"
        rows.append(d[r["id"]])
        group.append("uncivil" if lab == "U" else "casual" if lab == "P" else half)
    return arrays(rows), np.array(group)


VAL_ROWS, VAL = load_split("validation", "val")
TEST_ROWS, TEST = load_split("test", "test")
ST, SGROUP = stream()
SUITE_ROWS = [json.loads(l) for l in open("training-data/abuse/civility-suite.jsonl", encoding="utf-8")]
SU = arrays(dump("suite"))
SUGROUP = np.array([r["group"] for r in SUITE_ROWS])
SUTHREAT = np.array(["threat" in r["labels"] for r in SUITE_ROWS])


def jig(rows):
    return np.array([i for i, r in enumerate(rows) if r["source"] == "jigsaw"])


def label(rows, idx, h):
    return np.array([rows[i]["labels"].get(h) for i in idx], dtype=float)


def abusive(rows, idx):
    return np.array([any(rows[i]["labels"].get(l) == 1 for l in L6) for i in idx])


VJ, TJ = jig(VAL_ROWS), jig(TEST_ROWS)
VAB, TAB = abusive(VAL_ROWS, VJ), abusive(TEST_ROWS, TJ)
VTH = label(VAL_ROWS, VJ, "threat") == 1


def calibrate(Zv):
    """Per served label: weighted Platt on the Jigsaw validation rows (natural mix), offset to the stated prior."""
    f = VAB.mean()
    w = np.where(VAB, (1 - JIG_CLEAN / JIG_ROWS) / f, (JIG_CLEAN / JIG_ROWS) / (1 - f))
    A, B = np.zeros(6), np.zeros(6)
    for j, l in enumerate(L6):
        y = label(VAL_ROWS, VJ, l)
        lr = LogisticRegression(C=1e6, max_iter=1000).fit(Zv[VJ, j:j + 1], y, sample_weight=w)
        fitted = JIG[l] / JIG_ROWS
        prior = fitted * NEWS_TOXIC / (JIG["toxicity"] / JIG_ROWS)
        A[j] = lr.coef_[0, 0]
        B[j] = lr.intercept_[0] + np.log(prior / (1 - prior)) - np.log(fitted / (1 - fitted))
    return A, B


def log_risk(Z, A, B):
    """log max_l severity_l x odds_l of the calibrated scores: flagged when >= log(cost)."""
    return (np.log(SEV) + A * Z[:, :6] + B).max(1)


STACK = sh.get("stack")


def fused(z, e):
    """z + beta e per head; a head with a stacked fusion in the model file: its weights over [z, e, 1]."""
    out = z + BETA * e
    for h, w in enumerate(STACK or []):
        if w is not None:
            w = np.array(w)
            out[:, h] = np.hstack([z, e]) @ w[:-1] + w[-1]
    return out


def served(arr, low=None):
    z, e = arr["z"], arr["e"]
    low = LOW0 if low is None else low
    inside = (arr["risk"] >= low)[:, None]
    out = np.where(inside, fused(z, e), fused(z, SLOPE * z + ICPT))
    out[arr["empty"]] = -50.0
    return out


def evaluate(name, fuse, quiet=False):
    Zv, Zt, Zs, Zsu = fuse(VAL), fuse(TEST), fuse(ST), fuse(SU)
    A, B = calibrate(Zv)
    rv, rt, rs, rsu = (log_risk(Z, A, B) for Z in (Zv, Zt, Zs, Zsu))
    tune = np.sort(rs[SGROUP == "tune"])[::-1]
    out = {"name": name}
    for share in (4, 5, 6):
        k = int(np.floor(share / 100 * len(tune)))
        c = tune[k] + 1e-9  # flag tune[:k]: k / n <= share
        fl = lambda r: 100 * np.mean(r >= c)
        out[share] = {"log_cost": c, "val abusive": fl(rv[VJ][VAB]), "val clean": fl(rv[VJ][~VAB]),
                      "tune": fl(rs[SGROUP == "tune"]), "test abusive": fl(rt[TJ][TAB]), "test clean": fl(rt[TJ][~TAB]),
                      "check": fl(rs[SGROUP == "check"]), "uncivil": fl(rs[SGROUP == "uncivil"]),
                      "suite civil": fl(rsu[SUGROUP == "civil"]), "suite abusive": fl(rsu[SUGROUP == "abusive"]),
                      "val threats on threat": 100 * np.mean((np.log(SEV[3]) + A[3] * Zv[VJ][VTH, 3] + B[3]) >= c),
                      "suite threats on threat": 100 * np.mean((np.log(SEV[3]) + A[3] * Zsu[SUTHREAT, 3] + B[3]) >= c)}
    out["val risk auc"] = roc_auc_score(VAB, rv[VJ])
    out["test risk auc"] = roc_auc_score(TAB, rt[TJ])
    out["val aucs"] = [roc_auc_score(label(VAL_ROWS, VJ, l), Zv[VJ, j]) for j, l in enumerate(L6)]
    out["test aucs"] = [roc_auc_score(label(TEST_ROWS, TJ, l), Zt[TJ, j]) for j, l in enumerate(L6)]
    for rows, Z, key in ((VAL_ROWS, Zv, "val"), (TEST_ROWS, Zt, "test")):
        for src, h in (("insults", "impermium_insult"), ("olid", "olid_offensive")):
            idx = np.array([i for i, r in enumerate(rows) if r["source"] == src])
            out[f"{key} {src}"] = roc_auc_score(label(rows, idx, h), Z[idx, HEADS.index(h)])
    if not quiet:
        report(out)
    return out


def report(o):
    print(f"== {o['name']}: Jigsaw mean AUC val {np.mean(o['val aucs']):.4f} test {np.mean(o['test aucs']):.4f}; "
          f"insults {o['val insults']:.4f}/{o['test insults']:.4f}; OLID AUC {o['val olid']:.4f}/{o['test olid']:.4f}; "
          f"any-abuse risk AUC val {o['val risk auc']:.4f} test {o['test risk auc']:.4f}")
    for s in (4, 5, 6):
        r = o[s]
        print(f"   tune <= {s} %: val abusive {r['val abusive']:.1f} clean {r['val clean']:.1f} | test abusive "
              f"{r['test abusive']:.1f} clean {r['test clean']:.1f} | check {r['check']:.1f} uncivil {r['uncivil']:.1f} "
              f"| suite civil {r['suite civil']:.1f} abusive {r['suite abusive']:.1f} threats/threat {r['suite threats on threat']:.1f}"
              f" | val threats/threat {r['val threats on threat']:.1f} ({VTH.sum()})")
    sys.stdout.flush()


def stacked(C=0.1, folds=5, feats="ze", labels=L6, weight=None, target=None, base=None, stream_w=0.0, seed=20211):
    """Per served label, a logistic regression over [z, e] of every head fitted on the Jigsaw validation rows (5-fold:
    each validation row scored by the fold that did not see it; other rows by the fit on all of them).
    weight: sklearn class_weight of the stacker ("balanced": the label's minority class weighted up); target "any":
    every stacked label fitted on any of the six served labels instead of its own; base: the fusion the other labels
    keep (default: the served model's, encoder on every comment); stream_w > 0: the Dragnet tuning half's comments join
    the fit as negatives of weight stream_w each (the stream is mostly civil), out-of-fold like the validation rows, so
    the tuning-half scores that set the cost come from folds that did not see them (check half: the fit on all)."""
    def X(a):
        z, e = a["z"], a["e"]
        if isinstance(feats, (list, tuple)):
            return np.hstack([a[k] for k in feats])
        return {"z": z, "e": e, "ze": np.hstack([z, e])}[feats]
    Xv = X(VAL)
    tune = np.where((SGROUP == "tune") & ~ST["empty"])[0] if stream_w > 0 else np.zeros(0, dtype=int)
    Xa = np.vstack([Xv[VJ], X(ST)[tune]])
    sw = np.concatenate([np.ones(len(VJ)), np.full(len(tune), stream_w)])
    models, oofv, oofs = {}, {}, {}
    for l in labels:
        y = VAB.astype(float) if target == "any" else label(VAL_ROWS, VJ, l)
        y = np.concatenate([y, np.zeros(len(tune))])
        strat = y * 2 + (sw != 1)
        o = np.zeros(len(y))
        for tr, te in StratifiedKFold(folds, shuffle=True, random_state=seed).split(Xa, strat):
            m = LogisticRegression(C=C, max_iter=3000, class_weight=weight).fit(Xa[tr], y[tr], sample_weight=sw[tr])
            o[te] = m.decision_function(Xa[te])
        oofv[l], oofs[l] = o[:len(VJ)], o[len(VJ):]
        models[l] = LogisticRegression(C=C, max_iter=3000, class_weight=weight).fit(Xa, y, sample_weight=sw)

    def fuse(a):
        Z = served(a, -1e9) if base is None else base(a)
        Xa = X(a)
        for l in labels:
            j = L6.index(l)
            Z[:, j] = models[l].decision_function(Xa)
            if a is VAL:
                Z[VJ, j] = oofv[l]
            if a is ST and len(tune):
                Z[tune, j] = oofs[l]
        Z[a["empty"]] = -50.0
        return Z
    return fuse


if __name__ == "__main__":
    exps = sys.argv[3:] or ["base"]
    if "base" in exps:
        evaluate("served band", lambda a: served(a))
        evaluate("encoder on every comment", lambda a: served(a, -1e9))
        evaluate("n-gram only", lambda a: served(a, 1e9))
    if "scale" in exps:
        for k in (0.5, 0.75, 1.5, 2.0):
            evaluate(f"every comment, betas x {k}", lambda a, k=k: (lambda z: z)(np.where(a["empty"][:, None], -50.0,
                     a["z"] + k * BETA * a["e"])))
    if "stack" in exps:
        for C in (0.01, 0.1, 1.0):
            evaluate(f"stacked LR [z, e] per served label, C {C} (5-fold on validation)", stacked(C))
    if "stacktox" in exps:
        for C in (0.01, 0.1, 1.0):
            evaluate(f"stacked LR [z, e] for toxicity only, C {C}", stacked(C, labels=["toxicity"]))
    if "toxgrid" in exps:
        for feats in ("ze", "e", "z"):
            for C in (0.003, 0.01, 0.03):
                evaluate(f"stacked LR [{feats}] for toxicity only, C {C}", stacked(C, feats=feats, labels=["toxicity"]))
    if "toxins" in exps:
        for C in (0.003, 0.01):
            evaluate(f"stacked LR [ze] for toxicity + insult, C {C}", stacked(C, labels=["toxicity", "insult"]))
            evaluate(f"stacked LR [ze] for toxicity + obscene, C {C}", stacked(C, labels=["toxicity", "obscene"]))
    if "weighted" in exps:
        for C in (0.01, 0.03):
            evaluate(f"stacked LR [ze] for toxicity, class-weighted (balanced), C {C}",
                     stacked(C, labels=["toxicity"], weight="balanced"))
            evaluate(f"stacked LR [ze] for toxicity fitted on any abuse, C {C}", stacked(C, labels=["toxicity"], target="any"))
    if "threat" in exps:
        tox = stacked(0.01, labels=["toxicity"])
        evaluate("toxicity stacked (C 0.01), threat as served", tox)
        for C in (0.01, 0.1):
            for wt in (None, "balanced"):
                evaluate(f"toxicity stacked, threat stacked over [ze], C {C}, class weight {wt}",
                         stacked(C, labels=["threat"], weight=wt, base=tox))
    if "streamneg" in exps:
        for C in (0.01, 0.03):
            for w in (0.03, 0.1, 0.3, 1.0):
                evaluate(f"toxicity stacked [ze] on Jigsaw validation + tuning half as negatives (w {w}), C {C}",
                         stacked(C, labels=["toxicity"], stream_w=w))
        for seed in (1, 2, 3):
            for w in (0.0, 0.1, 0.3):
                evaluate(f"fold seed {seed}: toxicity stacked, tuning half negatives w {w}, C 0.01",
                         stacked(0.01, labels=["toxicity"], stream_w=w, seed=seed))
    if "e2" in exps:
        # per-head logistic regressions on the e5 embeddings (bench/abuse/heads_lr.py: plain or class-weighted "balanced")
        for kind in ("plain", "balanced"):
            def e2(name, rows=None):
                got = [json.loads(l) for l in open(f"{W}/e2-{kind}-{name}.jsonl", encoding="utf-8")]
                d = {r["id"]: r["e2"] for r in got}
                return np.array([d[r["id"]] for r in rows]) if rows is not None else np.array([r["e2"] for r in got])
            VAL["e2" + kind], TEST["e2" + kind] = e2("val", VAL_ROWS), e2("test", TEST_ROWS)
            ST["e2" + kind], SU["e2" + kind] = e2("dragnet"), e2("suite")
        for C in (0.01, 0.03):
            for kind in ("plain", "balanced"):
                evaluate(f"toxicity stacked [z, e2 {kind}], C {C}", stacked(C, feats=["z", "e2" + kind], labels=["toxicity"]))
                evaluate(f"toxicity stacked [z, e, e2 {kind}], C {C}",
                         stacked(C, feats=["z", "e", "e2" + kind], labels=["toxicity"]))
