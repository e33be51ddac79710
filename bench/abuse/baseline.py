#!/usr/bin/python3
"""TF-IDF word + char n-gram logistic regression baseline on the exact split Parley trained on.

Reads bench/out/split/{train,validation,test}.jsonl (written by `parley train abuse --export-split`),
trains one LR per head on the rows labelled for that head (the same masking as the DL4J model),
tunes thresholds on validation only, and prints one JSON object of test (and validation) figures.
With --throughput FILE it also times vectorise + predict of all heads on that JSONL.
With --flagged MODEL_ZIP SUITE [STREAM LABELS_TSV] it prints instead the flagged rates of a Jigsaw-only TF-IDF + LR at
the hold thresholds the model file states (issue 19), on the groups `parley evaluate abuse --flagged` measures.
"""
import json, re, sys, time
import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, f1_score

HEADS = ["toxicity", "severe_toxicity", "insult", "threat", "obscene", "identity_attack",
         "impermium_insult", "olid_offensive", "davidson_abusive", "davidson_hate", "ethos_hate"]
PUBLIC = HEADS[:6]


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def utf16_to_cp(text):
    """map from Java (UTF-16) offset to Python code point offset"""
    m = {}
    u = 0
    for i, ch in enumerate(text):
        m[u] = i
        u += 2 if ord(ch) > 0xFFFF else 1
    m[u] = len(text)
    return m


def gold_offsets(row):
    m = utf16_to_cp(row["text"])
    s = set()
    for a, b in row["spans"] or []:
        s.update(range(m.get(a, a), m.get(b, b)))
    return s


def span_f1(pred, gold):
    if not pred and not gold:
        return 1.0
    if not pred or not gold:
        return 0.0
    tp = len(pred & gold)
    if tp == 0:
        return 0.0
    p, r = tp / len(pred), tp / len(gold)
    return 2 * p * r / (p + r)


class Model:
    def __init__(self, train):
        texts = [r["text"] for r in train]
        self.word = TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=200000, sublinear_tf=True,
                                    lowercase=True, token_pattern=r"(?u)\b\w+\b")
        self.char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, max_features=300000,
                                    sublinear_tf=True, lowercase=True)
        X = hstack([self.word.fit_transform(texts), self.char.fit_transform(texts)]).tocsr()
        self.lr = {}
        for h in HEADS:
            idx = [i for i, r in enumerate(train) if r["labels"].get(h) is not None]
            y = np.array([train[i]["labels"][h] for i in idx])
            if len(idx) == 0 or y.min() == y.max():
                continue
            clf = LogisticRegression(C=4.0, solver="liblinear", max_iter=200)
            clf.fit(X[idx], y)
            self.lr[h] = clf

    def X(self, texts):
        return hstack([self.word.transform(texts), self.char.transform(texts)]).tocsr()

    def proba(self, texts):
        X = self.X(texts)
        return {h: c.predict_proba(X)[:, 1] for h, c in self.lr.items()}


def labelled(rows, P, h):
    idx = [i for i, r in enumerate(rows) if r["labels"].get(h) is not None]
    return np.array([P[h][i] for i in idx]), np.array([rows[i]["labels"][h] for i in idx])


def best_threshold(p, y, score):
    best, bt = -1, 0.5
    for t in np.arange(0.01, 1.0, 0.01):
        s = score(p >= t, y)
        if s > best:
            best, bt = s, t
    return bt


def tokens(text):
    # same span rule as Parley: a span token has at least two letters or digits
    return [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]+", text)
            if sum(c.isalnum() for c in m.group()) >= 2]


def predicted_spans(model, row, tox_p, tok, floor):
    if tox_p < floor:
        return set()
    toks = tokens(row["text"])
    if not toks:
        return set()
    p = model.lr["toxicity"].predict_proba(model.X([row["text"][a:b] for a, b in toks]))[:, 1]
    out = set()
    for (a, b), q in zip(toks, p):
        if q >= tok:
            out.update(range(a, b))
    return out


def tune(model, val):
    th = {}
    by = lambda rows, s: [r for r in rows if r["source"] == s]
    P = model.proba([r["text"] for r in val])
    for h in model.lr:
        p, y = labelled(val, P, h)
        if len(y):
            th[h] = best_threshold(p, y, lambda pr, yy: f1_score(yy, pr, zero_division=0))
    olid = [i for i, r in enumerate(val) if r["source"] == "olid"]
    if olid:
        p = P["olid_offensive"][olid]; y = np.array([val[i]["labels"]["olid_offensive"] for i in olid])
        th["olid_offensive"] = best_threshold(p, y, lambda pr, yy: f1_score(yy, pr, average="macro"))
    dav = [i for i, r in enumerate(val) if r["source"] == "davidson"]
    if dav:
        g = np.array([val[i]["class"] for i in dav]); ph = P["davidson_hate"][dav]; pa = P["davidson_abusive"][dav]
        best = -1
        for a in np.arange(0.05, 0.96, 0.02):
            for b in np.arange(0.05, 0.96, 0.02):
                pr = np.where(ph >= a, 0, np.where(pa >= b, 1, 2))
                w = f1_score(g, pr, average="weighted")
                if w > best:
                    best, th["dav"] = w, (a, b)
    tsd = [i for i, r in enumerate(val) if r["source"] == "toxic-spans"]
    best = -1
    # token probabilities are computed once per post, thresholds searched afterwards
    cache = []
    for i in tsd:
        r = val[i]; toks = tokens(r["text"])
        q = model.lr["toxicity"].predict_proba(model.X([r["text"][a:b] for a, b in toks]))[:, 1] if toks else np.array([])
        cache.append((P["toxicity"][i], toks, q, gold_offsets(r)))
    for floor in [0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8]:
        for tok in np.arange(0.2, 0.99, 0.02):
            tot = 0
            for tp, toks, q, gold in cache:
                pred = set()
                if tp >= floor:
                    for (a, b), s in zip(toks, q):
                        if s >= tok:
                            pred.update(range(a, b))
                tot += span_f1(pred, gold)
            f = tot / max(1, len(cache))
            if f > best:
                best, th["span"] = f, (tok, floor)
    return th


def evaluate(model, th, rows):
    P = model.proba([r["text"] for r in rows])
    out = {}
    src = lambda s: [i for i, r in enumerate(rows) if r["source"] == s]
    j = src("jigsaw")
    if j:
        auc = {h: round(roc_auc_score([rows[i]["labels"][h] for i in j], P[h][j]), 4) for h in PUBLIC}
        out["jigsaw"] = {"rows": len(j), "mean_auc": round(float(np.mean(list(auc.values()))), 4), "auc": auc}
    t = src("toxic-spans")
    if t:
        tok, floor = th["span"]
        out["toxic-spans"] = {"rows": len(t), "span_f1": round(float(np.mean(
            [span_f1(predicted_spans(model, rows[i], P["toxicity"][i], tok, floor), gold_offsets(rows[i])) for i in t])), 4)}
    for s, h in [("insults", "impermium_insult"), ("ethos", "ethos_hate")]:
        i = src(s)
        if i:
            out[s] = {"rows": len(i), "auc": round(roc_auc_score([rows[k]["labels"][h] for k in i], P[h][i]), 4)}
    o = src("olid")
    if o:
        y = [rows[i]["labels"]["olid_offensive"] for i in o]
        out["olid"] = {"rows": len(o), "macro_f1": round(f1_score(y, P["olid_offensive"][o] >= th["olid_offensive"], average="macro"), 4),
                       "auc": round(roc_auc_score(y, P["olid_offensive"][o]), 4)}
    d = src("davidson")
    if d:
        a, b = th["dav"]
        g = [rows[i]["class"] for i in d]
        pr = np.where(P["davidson_hate"][d] >= a, 0, np.where(P["davidson_abusive"][d] >= b, 1, 2))
        out["davidson"] = {"rows": len(d), "weighted_f1": round(f1_score(g, pr, average="weighted"), 4),
                           "macro_f1": round(f1_score(g, pr, average="macro"), 4),
                           "binary_abusive_f1": round(f1_score([x != 2 for x in g], pr != 2), 4)}
    return out


def flagged_main(split, model_zip, suite, stream, labels_tsv):
    """The baseline of issue 19's flagged rates: TF-IDF + LR on the Jigsaw training rows alone (six labels, raw
    probabilities), flagged = some label at or over the hold the Parley model file states for it (the same thresholds
    a new site gets), on the same groups `parley evaluate abuse --flagged` measures."""
    import zipfile, hashlib
    spec = json.loads(zipfile.ZipFile(model_zip).read("spec.json"))
    legacy = {"toxicity": 0.5, "severe_toxicity": 0.4, "insult": 0.5, "threat": 0.4, "obscene": 0.6, "identity_attack": 0.4}
    labels = spec.get("labels") or [{"name": h} for h in spec["heads"][:6]]
    hold = {l["name"]: (l.get("defaultHold") or legacy.get(l["name"], 0.5)) for l in labels}
    train = [r for r in load(f"{split}/train.jsonl") if r["source"] == "jigsaw"]
    model = Model(train)
    groups = {}
    test = load(f"{split}/test.jsonl")
    anyl = lambda r: any(r["labels"].get(l) for l in PUBLIC)
    groups["Jigsaw clean"] = [r["text"] for r in test if r["source"] == "jigsaw" and not anyl(r)]
    groups["Jigsaw abusive"] = [r["text"] for r in test if r["source"] == "jigsaw" and anyl(r)]
    groups["Impermium non-insult"] = [r["text"] for r in test if r["source"] == "insults" and r["labels"]["impermium_insult"] == 0]
    groups["Impermium insult"] = [r["text"] for r in test if r["source"] == "insults" and r["labels"]["impermium_insult"] == 1]
    groups["OLID NOT"] = [r["text"] for r in test if r["source"] == "olid" and r["labels"]["olid_offensive"] == 0]
    groups["OLID OFF"] = [r["text"] for r in test if r["source"] == "olid" and r["labels"]["olid_offensive"] == 1]
    suite_rows = load(suite)
    groups["suite civil"] = [r["text"] for r in suite_rows if r["group"] == "civil"]
    groups["suite abusive"] = [r["text"] for r in suite_rows if r["group"] == "abusive"]
    groups["suite threats"] = [r["text"] for r in suite_rows if "threat" in r["labels"]]
    if stream:
        rows = load(stream)
        lab = {}
        for line in open(labels_tsv, encoding="utf-8"):
            if line.startswith("#") or line.startswith("id\t"):
                continue
            i, _, l, digest = line.rstrip("\n").split("\t")
            lab[i] = (l, digest)
        def label(r):
            x = lab.get(r["id"])
            return x[0] if x and hashlib.sha1(r["text"].encode("utf-8")).hexdigest().startswith(x[1]) else None
        half = lambda r: "tune" if hashlib.sha256(r["page"].encode()).digest()[0] % 2 == 0 else "check"
        groups["stream all"] = [r["text"] for r in rows]
        for h in ("tune", "check"):
            groups[f"stream civil ({h})"] = [r["text"] for r in rows if label(r) in (None, "C") and half(r) == h]
        groups["stream uncivil (hand-labelled)"] = [r["text"] for r in rows if label(r) == "U"]
    out = {"model": "TF-IDF word 1-2 + char_wb 2-5, LR C=4 per label, Jigsaw training rows only", "holds": hold, "groups": {}}
    for name, texts in groups.items():
        if not texts:
            continue
        P = model.proba(texts)
        f = np.zeros(len(texts), dtype=bool)
        for l in PUBLIC:
            if l in P:
                f |= P[l] >= hold[l]
        g = {"rows": len(texts), "flagged": round(float(f.mean()), 4)}
        if name == "suite threats" and "threat" in P:
            g["on_label"] = round(float((P["threat"] >= hold["threat"]).mean()), 4)
        out["groups"][name] = g
    print(json.dumps(out))


def main():
    if len(sys.argv) > 2 and sys.argv[2] == "--flagged":
        # baseline.py SPLIT --flagged MODEL_ZIP SUITE [STREAM LABELS_TSV]
        a = sys.argv[3:]
        return flagged_main(sys.argv[1], a[0], a[1], a[2] if len(a) > 2 else None, a[3] if len(a) > 3 else None)
    split = sys.argv[1]
    t0 = time.time()
    train, val, test = (load(f"{split}/{n}.jsonl") for n in ("train", "validation", "test"))
    model = Model(train)
    train_s = time.time() - t0
    th = tune(model, val)
    res = {"training_seconds": round(train_s, 1), "validation": evaluate(model, th, val), "test": evaluate(model, th, test)}
    if len(sys.argv) > 3 and sys.argv[2] == "--throughput":
        texts = [json.loads(l)["text"] for l in open(sys.argv[3], encoding="utf-8")]
        t1 = time.time()
        for i in range(0, len(texts), 2048):
            model.proba(texts[i:i + 2048])
        secs = time.time() - t1
        res["throughput"] = {"comments": len(texts), "seconds": round(secs, 2), "per_second": round(len(texts) / secs, 1)}
    print(json.dumps(res))


if __name__ == "__main__":
    main()
