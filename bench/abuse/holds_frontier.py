#!/usr/bin/python3
"""What the default holds can and cannot buy (issues 19 and 20): from the per-comment logits that
bench/abuse/fusion-logits writes (n-gram + word-vector logits "z", sentence-head logits "e" with the encoder run on
every comment, and the cascade's decision), the served scores are rebuilt exactly as AbuseClassifier serves them
(z + beta e inside the cascade's band, z + beta (slope z + intercept) outside it; then Platt), and the flagged rates
(held or rejected: some label at or over its hold) are printed for families of holds:
  * toxicity's hold lowered, the other labels at the model's defaults;
  * one cost for every label (hold_l = cost / (severity_l + cost), the rule of the committed defaults);
on Jigsaw validation / test rows (clean / with a label), the Dragnet stream's civil tuning / check halves, the
civility suite; and the quality against the share encoded (cascade vs the encoder on every comment).
Holds are chosen on validation and the tuning half only; the test rows, the check half and the suite are reported.
Usage: bench/abuse/holds_frontier.py MODEL.zip WORK_DIR   (WORK_DIR as bench/abuse/flagged-run leaves it, with
       fl/{val,test,dragnet,suite}.jsonl from bench/abuse/fusion-logits)
"""
import hashlib, json, sys, zipfile
import numpy as np
from sklearn.metrics import roc_auc_score

L6 = ["toxicity", "severe_toxicity", "insult", "threat", "obscene", "identity_attack"]
model, W = sys.argv[1], sys.argv[2]
spec = json.loads(zipfile.ZipFile(model).read("spec.json"))
sh = spec["sentenceHeads"]
A, B = np.array(spec["plattA"]), np.array(spec["plattB"])
beta, slope, icpt = np.array(sh["beta"]), np.array(sh["slope"]), np.array(sh["intercept"])
H0 = [l["defaultHold"] for l in spec["labels"]]
SEV = [l["severity"] for l in spec["labels"]]


def dump(name):
    return {r["id"]: r for r in map(json.loads, open(f"{W}/fl/{name}.jsonl", encoding="utf-8"))}


def logit(r, mode):
    z, e = np.array(r["z"]), np.array(r["e"])
    if r["empty"]:
        return np.full(len(z), -50.0)
    return z + beta * e if mode == "all" or r["band"] else z + beta * (slope * z + icpt)


def split_groups(split, name, mode):
    d = dump(name)
    g = {}
    for line in open(f"{W}/split/{split}.jsonl", encoding="utf-8"):
        r = json.loads(line)
        if r["id"] not in d:
            continue
        z, y = logit(d[r["id"]], mode), r["labels"]
        key = {"jigsaw": lambda: "jigsaw " + ("abusive" if any(y[l] == 1 for l in L6) else "clean"),
               "insults": lambda: "insults " + ("insult" if y["impermium_insult"] == 1 else "non-insult"),
               "olid": lambda: "olid " + ("OFF" if y["olid_offensive"] == 1 else "NOT")}.get(r["source"])
        if key:
            g.setdefault(key(), []).append(z)
    return {k: np.array(v) for k, v in g.items()}, d


def stream_groups(mode):
    d = dump("dragnet")
    hand = {}
    for line in open("training-data/abuse/dragnet-labels.tsv", encoding="utf-8"):
        if not (line.startswith("#") or line.startswith("id\t") or not line.strip()):
            f = line.rstrip("\n").split("\t")
            hand[f[0]] = (f[2], f[3])
    g = {"stream civil (tune)": [], "stream civil (check)": []}
    for r in map(json.loads, open(f"{W}/dragnet-comments.jsonl", encoding="utf-8")):
        h = hand.get(r["id"])
        lab = h[0] if h and hashlib.sha1(r["text"].encode()).hexdigest().startswith(h[1]) else None
        if lab in ("U", "P"):
            continue
        half = "tune" if hashlib.sha256(r["page"].encode()).digest()[0] % 2 == 0 else "check"
        g[f"stream civil ({half})"].append(logit(d[r["id"]], mode))
    return {k: np.array(v) for k, v in g.items()}, d


def suite_groups(mode):
    d = dump("suite")
    g = {"suite civil": [], "suite abusive": []}
    for i, line in enumerate(open("training-data/abuse/civility-suite.jsonl", encoding="utf-8")):
        r = json.loads(line)
        g["suite " + r["group"]].append(logit(d[str(i)], mode))
    return {k: np.array(v) for k, v in g.items()}


def prob(Z):
    return 1 / (1 + np.exp(-(A[:6] * Z[:, :6] + B[:6])))


def main():
    val, dv = split_groups("validation", "val", "cascade")
    test, dt = split_groups("test", "test", "cascade")
    stream, ds = stream_groups("cascade")
    suite = suite_groups("cascade")
    P = {("val", k): prob(v) for k, v in val.items()}
    P.update({("test", k): prob(v) for k, v in test.items()})
    P.update({("", k): prob(v) for k, v in list(stream.items()) + list(suite.items())})
    cols = [("val", "jigsaw clean"), ("val", "jigsaw abusive"), ("test", "jigsaw clean"), ("test", "jigsaw abusive"),
            ("", "stream civil (tune)"), ("", "stream civil (check)"), ("", "suite civil"), ("", "suite abusive")]
    head = "| holds | " + " | ".join((s + " " if s else "") + k for s, k in cols) + " |"

    def row(name, H):
        return f"| {name} | " + " | ".join(f"{100 * (P[c] >= np.array(H)).any(1).mean():.1f} %" for c in cols) + " |"

    print("### Toxicity's hold lowered (other labels at the defaults)\n")
    print(head + "\n|" + "---|" * (len(cols) + 1))
    for t in [H0[0], 0.22, 0.18, 0.15, 0.13, 0.11, 0.09, 0.07]:
        H = list(H0); H[0] = t
        print(row(f"toxicity {t:.3f}" + (" (defaults)" if t == H0[0] else ""), H))
    print("\n### One cost for every label (hold = cost / (severity + cost))\n")
    print(head + "\n|" + "---|" * (len(cols) + 1))
    cost0 = spec["calibration"]["holdCost"]
    for c in [cost0, 0.25, 0.15, 0.10, 0.07, 0.05]:
        print(row(f"cost {c:.3f}" + (" (defaults)" if c == cost0 else ""), [c / (s + c) for s in SEV]))

    print("\n### Quality against the share encoded (cascade vs the encoder on every comment)\n")
    print("| split | scoring | share encoded | Jigsaw mean AUC | toxicity AUC | insults AUC | OLID AUC |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for split, name in (("validation", "val"), ("test", "test")):
        d = dump(name)
        rows = [json.loads(l) for l in open(f"{W}/split/{split}.jsonl", encoding="utf-8")]
        rows = [r for r in rows if r["id"] in d]
        for mode in ("none", "cascade", "all"):
            def z(r):
                if mode == "none":
                    x = d[r["id"]]
                    return np.array(x["z"]) + beta * (slope * np.array(x["z"]) + icpt)
                return logit(d[r["id"]], mode)
            share = {"none": 0.0, "all": 1.0}.get(mode, np.mean([d[r["id"]]["band"] for r in rows]))
            jr = [r for r in rows if r["source"] == "jigsaw"]
            Zj = np.array([z(r) for r in jr])
            aucs = [roc_auc_score([r["labels"][l] for r in jr], Zj[:, j]) for j, l in enumerate(L6)]
            ir = [r for r in rows if r["source"] == "insults"]
            ins = roc_auc_score([r["labels"]["impermium_insult"] for r in ir], [z(r)[6] for r in ir])
            orr = [r for r in rows if r["source"] == "olid"]
            olid = roc_auc_score([r["labels"]["olid_offensive"] for r in orr], [z(r)[7] for r in orr])
            print(f"| {split} | {'n-gram only (--fast)' if mode == 'none' else mode} | {100 * share:.1f} % | "
                  f"{np.mean(aucs):.4f} | {aucs[0]:.4f} | {ins:.4f} | {olid:.4f} |")
    sd = [r["band"] for r in ds.values()]
    print(f"\nShare the cascade encodes on the Dragnet stream: {100 * np.mean(sd):.1f} % of {len(sd)} comments.")


main()
