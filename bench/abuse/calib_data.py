"""Shared loading for the calibration study (issue 19): the exported split, the per-comment logits written by
bench/abuse/logits (Logits.java), the civility suite, the Dragnet comment stream and its hand labels, and the groups a
moderator's flagged rates are measured on. Imported by calibration.py and mix_prototype.py; no side effects."""
import json, hashlib, os, sys, zipfile
import numpy as np

LABELS = ["toxicity", "severe_toxicity", "insult", "threat", "obscene", "identity_attack"]
HEADS = LABELS + ["impermium_insult", "olid_offensive", "davidson_abusive", "davidson_hate", "ethos_hate"]
# Defaults a new site gets today (src/main/java/io/parley/site/SiteSettings.java): hold, reject
DEFAULT_HOLD = {"toxicity": 0.5, "severe_toxicity": 0.4, "insult": 0.5, "threat": 0.4, "obscene": 0.6, "identity_attack": 0.4}
DEFAULT_REJECT = {"toxicity": 0.95, "severe_toxicity": 0.9, "insult": 0.95, "threat": 0.9, "obscene": 0.97, "identity_attack": 0.9}

# Jigsaw Toxic Comment Classification train.csv, the natural (not enriched) distribution: 159,571 Wikipedia talk-page
# comments; counts per label as printed by df[label].value_counts() in public notebooks (e.g. github.com/MattLaraia/
# Kaggle_Competitions, github.com/marouenez/Toxic_Comment_Detection), 143,346 rows with no label.
JIGSAW_ROWS = 159571
JIGSAW_COUNTS = {"toxicity": 15294, "severe_toxicity": 1595, "insult": 7877, "threat": 478, "obscene": 8449,
                 "identity_attack": 1405}
JIGSAW_CLEAN = 143346
JIGSAW_NATURAL = {l: c / JIGSAW_ROWS for l, c in JIGSAW_COUNTS.items()}
# News comments: Civil Comments (Borkan et al. 2019, ~1.8M comments from ~50 English news sites, 2015-2017): about 8 %
# rated toxic by at least half of the raters (target >= 0.5; SetFit/toxic_conversations dataset card). The subtypes keep
# Jigsaw's proportions to toxicity, i.e. every label's prior is its Jigsaw rate times 0.08 / 0.0958.
NEWS_TOXIC = 0.08
PRIOR = {l: JIGSAW_NATURAL[l] * NEWS_TOXIC / JIGSAW_NATURAL["toxicity"] for l in LABELS}


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def logit(p):
    p = np.clip(np.asarray(p, dtype=float), 1e-9, 1 - 1e-9)
    return np.log(p / (1 - p))


def sigmoid(z):
    return 1 / (1 + np.exp(-np.asarray(z, dtype=float)))


class Data:
    """Everything measured, keyed by data set: rows (dicts) and their served logits z (n x 11)."""

    def __init__(self, work, repo):
        self.work, self.repo = work, repo
        spec = json.loads(zipfile.ZipFile(os.path.join(repo, "models/abuse/abuse.zip")).read("spec.json"))
        self.spec = spec
        self.beta = np.array(spec["vectorHeads"]["beta"]) if spec.get("vectorHeads") else np.zeros(len(HEADS))
        self.plattA, self.plattB = np.array(spec["plattA"]), np.array(spec["plattB"])
        self.rows, self.z, self.ng, self.vh, self.probe = {}, {}, {}, {}, {}
        for s in ("validation", "test"):
            self._add(s, load(os.path.join(work, "split", s + ".jsonl")))
        self._add("suite", load(os.path.join(repo, "training-data/abuse/civility-suite.jsonl")))
        self._add("dragnet", load(os.path.join(work, "dragnet-comments.jsonl")))
        self.dragnet_label = {}
        text = {r["id"]: r["text"] for r in self.rows["dragnet"]}
        stale = 0
        with open(os.path.join(repo, "training-data/abuse/dragnet-labels.tsv"), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or line.startswith("id\t"):
                    continue
                i, _, lab, digest = line.rstrip("\n").split("\t")
                if i in text and hashlib.sha1(text[i].encode("utf-8")).hexdigest()[:12] == digest:
                    self.dragnet_label[i] = lab
                else:
                    stale += 1
        if stale:
            print(f"warning: {stale} Dragnet hand labels do not match this stream's comments (another extraction "
                  f"model?) and are not used", file=sys.stderr)

    def _add(self, name, rows):
        probe = {r["id"]: r for r in load(os.path.join(self.work, "logits", name + ".jsonl"))}
        self.rows[name] = rows
        self.probe[name] = [probe[r["id"]] for r in rows]
        self.ng[name] = np.array([p["ng"] for p in self.probe[name]])
        self.vh[name] = np.array([p["vh"] for p in self.probe[name]])
        z = self.ng[name] + self.beta * self.vh[name]
        empty = np.array([p["empty"] for p in self.probe[name]])
        z[empty] = -50  # a text without tokens scores 0 (AbuseClassifier.probabilities)
        self.z[name] = z

    def today(self, name):
        """Today's served probabilities (Platt fitted on the mixed validation rows), n x 11."""
        return sigmoid(self.plattA * self.z[name] + self.plattB)

    def idx(self, name, pred):
        return np.array([i for i, r in enumerate(self.rows[name]) if pred(r)], dtype=int)

    def groups(self, split):
        """The groups a moderator's flagged rate is measured on (indices into `split`)."""
        S = lambda s: (lambda r: r["source"] == s)
        g = {
            "Jigsaw clean": self.idx(split, lambda r: r["source"] == "jigsaw" and not any(r["labels"][l] for l in LABELS)),
            "Jigsaw abusive": self.idx(split, lambda r: r["source"] == "jigsaw" and any(r["labels"][l] for l in LABELS)),
            "Jigsaw threat": self.idx(split, lambda r: r["source"] == "jigsaw" and r["labels"]["threat"] == 1),
            "Jigsaw severe": self.idx(split, lambda r: r["source"] == "jigsaw" and r["labels"]["severe_toxicity"] == 1),
            "Impermium non-insult": self.idx(split, lambda r: S("insults")(r) and r["labels"]["impermium_insult"] == 0),
            "Impermium insult": self.idx(split, lambda r: S("insults")(r) and r["labels"]["impermium_insult"] == 1),
            "OLID NOT": self.idx(split, lambda r: S("olid")(r) and r["labels"]["olid_offensive"] == 0),
            "OLID OFF": self.idx(split, lambda r: S("olid")(r) and r["labels"]["olid_offensive"] == 1),
        }
        return g

    def jigsaw_weights(self, split, ix):
        """Stratum weights that turn the toxic-enriched Jigsaw sample (half its rows have a label) back into the
        natural Jigsaw distribution (10.2 % with a label): the sample was drawn at random within the two strata."""
        rows = [self.rows[split][i] for i in ix]
        anyl = np.array([any(r["labels"][l] for l in LABELS) for r in rows])
        f_any = anyl.mean()
        w_any = (1 - JIGSAW_CLEAN / JIGSAW_ROWS) / f_any
        w_clean = (JIGSAW_CLEAN / JIGSAW_ROWS) / (1 - f_any)
        return np.where(anyl, w_any, w_clean)

    def dragnet_half(self, i):
        """Dragnet pages split in two by a hash of the page id: 'tune' chooses thresholds, 'check' reports."""
        page = self.rows["dragnet"][i]["page"]
        return "tune" if hashlib.sha256(page.encode()).digest()[0] % 2 == 0 else "check"

    def dragnet_groups(self):
        lab = [self.dragnet_label.get(r["id"], "C") for r in self.rows["dragnet"]]
        half = [self.dragnet_half(i) for i in range(len(lab))]
        out = {"Dragnet all": np.arange(len(lab))}
        for h in ("tune", "check"):
            out[f"Dragnet civil ({h})"] = np.array([i for i in range(len(lab)) if lab[i] == "C" and half[i] == h])
        out["Dragnet uncivil (hand-labelled)"] = np.array([i for i in range(len(lab)) if lab[i] == "U"])
        return out

    def suite_groups(self):
        rs = self.rows["suite"]
        return {"suite civil": self.idx("suite", lambda r: r["group"] == "civil"),
                "suite abusive": self.idx("suite", lambda r: r["group"] == "abusive"),
                "suite threats": self.idx("suite", lambda r: "threat" in r["labels"])}


def flagged(P, hold):
    """P: n x >=6 probabilities in LABELS order; a comment is flagged when any label reaches its hold threshold."""
    t = np.array([hold[l] for l in LABELS])
    return (P[:, :6] >= t).any(axis=1)
