#!/usr/bin/python3
"""Prototype of the training-mix change of issue 19 in sklearn (bench/abuse/calibration-design.md, "model change").

The toxicity head learns from ~7,100 toxic-spans posts, all labelled toxic and all news comments (Civil Comments),
and ~830 Impermium insults, also all toxic news comments; the only news comments it sees are toxic, so news words
("budget", "mayor", "money", "kids") carry toxic weight. Variants, each six TF-IDF logistic regressions (word 1-2 +
char_wb 2-5 grams, C=4, one per served label on the rows the label map gives it; no stacking, no vector heads), each
run through the same recipe (recipe.py: Platt on the Jigsaw validation rows re-weighted to Jigsaw's natural mix,
the prior shift, severity holds with the cost at which they flag 4 % of the civil comments of the Dragnet
tuning half):

  baseline      Jigsaw training rows only (bench/abuse/baseline.py's model restricted to Jigsaw)
  today         the label map as trained today
  sentences     toxic-spans posts replaced by their sentences: a sentence with a gold span is toxic, a sentence of a
                spanned post without any gold span is not (news-comment negatives the data already has)
  sentences_all as sentences, and the span-free sentences are also negatives of the other five labels (the insult head
                has the same confound: its only news comments are the Impermium insults)
  sentences_jigsaw3     as sentences, Jigsaw rows weigh 3 (the served labels are Jigsaw's)
  sentences_no_tweets   as sentences, without the OLID and Davidson tweets in the served heads

Usage: bench/abuse/mix_prototype.py WORK REPO > mix.json   (WORK holds split/, logits/, dragnet-comments.jsonl)
"""
import json, re, sys, time
import numpy as np
from scipy.sparse import hstack, vstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from calib_data import Data, LABELS, DEFAULT_HOLD, flagged, load
from spans import utf16_to_cp
from recipe import Calibrated, holds, risk, cost_for

WORK, REPO = sys.argv[1], sys.argv[2]
D = Data(WORK, REPO)
train = load(f"{WORK}/split/train.jsonl")


def sentences(text):
    out, start = [], 0
    for m in re.finditer(r"[.!?]+[\"')\]]*\s+|\n+", text):
        out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def span_sentences(rows):
    """(text, toxic) per sentence of at least 4 words of the training posts that have gold spans."""
    out = []
    for r in rows:
        if r["source"] != "toxic-spans" or not r["spans"]:
            continue
        m = utf16_to_cp(r["text"])
        gold = set()
        for a, b in r["spans"]:
            gold.update(range(m.get(a, a), m.get(b, b)))
        for a, b in sentences(r["text"]):
            s = r["text"][a:b].strip()
            if len(s.split()) >= 4:
                out.append((s, int(any(i in gold for i in range(a, b)))))
    return out


t0 = time.time()
word = TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=200000, sublinear_tf=True, lowercase=True,
                       token_pattern=r"(?u)\b\w+\b")
char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, max_features=300000, sublinear_tf=True,
                       lowercase=True)
texts = [r["text"] for r in train]
Xtr = hstack([word.fit_transform(texts), char.fit_transform(texts)]).tocsr()
X = lambda ts: hstack([word.transform(ts), char.transform(ts)]).tocsr()
sent = span_sentences(train)
Xsent = X([s for s, _ in sent])
ysent = np.array([y for _, y in sent])
Xeval = {name: X([r["text"] for r in D.rows[name]]) for name in ("validation", "test", "suite", "dragnet")}
print(f"features {time.time() - t0:.0f}s; toxic-spans sentences: {int(ysent.sum())} with a span, "
      f"{int((1 - ysent).sum())} without", file=sys.stderr)


VARIANTS = {
    # name: (keep a training row for a served label, add the toxic-spans sentences, weight of a Jigsaw row)
    "baseline": (lambda r, l: r["source"] == "jigsaw", None, 1),
    "today": (lambda r, l: True, None, 1),
    "sentences": (lambda r, l: r["source"] != "toxic-spans", "toxicity", 1),
    "sentences_all": (lambda r, l: r["source"] != "toxic-spans", "all", 1),
    "sentences_jigsaw3": (lambda r, l: r["source"] != "toxic-spans", "toxicity", 3),
    "sentences_no_tweets": (lambda r, l: r["source"] not in ("toxic-spans", "olid", "davidson"), "toxicity", 1),
}


def fit(variant):
    keep_row, sent_mode, jw = VARIANTS[variant]
    Z = {name: np.zeros((m.shape[0], len(LABELS))) for name, m in Xeval.items()}
    for h, l in enumerate(LABELS):
        keep = [i for i, r in enumerate(train) if r["labels"].get(l) is not None and keep_row(r, l)]
        M, y = Xtr[keep], np.array([train[i]["labels"][l] for i in keep])
        w = np.array([jw if train[i]["source"] == "jigsaw" else 1.0 for i in keep])
        if sent_mode and l == "toxicity":
            M, y, w = vstack([M, Xsent]).tocsr(), np.r_[y, ysent], np.r_[w, np.ones(len(ysent))]
        elif sent_mode == "all":
            n0 = int((ysent == 0).sum())
            M, y, w = vstack([M, Xsent[ysent == 0]]).tocsr(), np.r_[y, np.zeros(n0)], np.r_[w, np.ones(n0)]
        clf = LogisticRegression(C=4.0, solver="liblinear", max_iter=300, random_state=0).fit(M, y, sample_weight=w)
        for name, m in Xeval.items():
            Z[name][:, h] = clf.decision_function(m)
        print(f"  {variant} {l}: {len(y)} rows, {y.mean():.2f} positive ({time.time() - t0:.0f}s)", file=sys.stderr)
    return Z


def groups():
    g = {("validation", k): v for k, v in D.groups("validation").items()}
    g.update({("test", k): v for k, v in D.groups("test").items()})
    g.update({("suite", k): v for k, v in D.suite_groups().items()})
    g.update({("dragnet", k): v for k, v in D.dragnet_groups().items()})
    return g


G = groups()
FRONTIER = (0.03, 0.04, 0.05, 0.07, 0.1)
FRONTIER_GROUPS = {"Dragnet civil (check)": ("dragnet", "Dragnet civil (check)"), "suite civil": ("suite", "suite civil"),
                   "Jigsaw abusive (test)": ("test", "Jigsaw abusive"), "Impermium insult (test)": ("test", "Impermium insult"),
                   "suite abusive": ("suite", "suite abusive")}
jv = D.idx("validation", lambda r: r["source"] == "jigsaw")
wv = D.jigsaw_weights("validation", jv)
Yv = np.array([[D.rows["validation"][i]["labels"][l] for l in LABELS] for i in jv])
out = {}
for variant in VARIANTS:
    Z = fit(variant)
    raw = {name: 1 / (1 + np.exp(-z)) for name, z in Z.items()}  # the LR's own probabilities (trained prior)
    cal = Calibrated.fit(Z["validation"][jv], Yv, wv)
    P = {name: cal(z) for name, z in Z.items()}
    tune = G[("dragnet", "Dragnet civil (tune)")]
    # the cost at which the holds flag 4 % of the civil tuning stream: every variant compared at the same civil rate
    cost = round(cost_for(P["dragnet"][tune], 0.04), 4)
    res = {"cost": cost, "holds": holds(cost), "platt_a": list(cal.a), "platt_b": list(cal.b),
           "defaults_raw": {}, "recipe": {}, "threat_on_threat": {}}
    for (s, g), ix in G.items():
        res["defaults_raw"][f"{s}/{g}"] = round(float(flagged(raw[s][ix], DEFAULT_HOLD).mean()), 4)
        res["recipe"][f"{s}/{g}"] = round(float(flagged(P[s][ix], holds(cost)).mean()), 4)
    for s, g in (("suite", "suite threats"), ("test", "Jigsaw threat"), ("validation", "Jigsaw threat")):
        ix = G[(s, g)]
        res["threat_on_threat"][f"{s}/{g}"] = round(float((P[s][ix, 3] >= holds(cost)["threat"]).mean()), 4)
    res["frontier"] = {}
    for target in FRONTIER:
        c = cost_for(P["dragnet"][tune], target)
        res["frontier"][str(target)] = {k: round(float(flagged(P[s][G[(s, g)]], holds(c)).mean()), 4)
                                        for k, (s, g) in FRONTIER_GROUPS.items()}
        res["frontier"][str(target)]["cost"] = round(c, 4)
    out[variant] = res
    print(f"{variant}: cost {cost}", file=sys.stderr)
json.dump(out, sys.stdout, indent=1)
