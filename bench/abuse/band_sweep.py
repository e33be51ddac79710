#!/usr/bin/python3
"""Quality and what a moderator sees against the share the cascade encodes (issue 20, lever "widen the band").

From the per-comment logits bench/abuse/fusion-logits writes (n-gram + word-vector logits "z", the sentence heads'
logits "e" with the encoder on every comment, and the log risk the band is drawn on), the served scores are rebuilt
for bands [low, inf) whose low edge puts a target share of the Dragnet stream in the band (z + beta e inside it,
z + beta (slope z + intercept) outside; then the model's Platt scaling, kept fixed: a reband refits it, which moves
the flagged rates a little but not the AUCs). For each band:
  * validation and test Jigsaw mean AUC (six labels), Impermium insults AUC, OLID AUC;
  * flagged rates (some label at or over its hold) at the model's defaults;
  * the defaults re-derived by the committed rule (one cost for every label, hold = cost / (severity + cost), the
    lowest cost flagging at most 4 % of the stream's civil tuning half), and the recall rule's frontier: the cost
    whose holds flag 90 % of the Jigsaw validation rows with a label, and what that costs the civil groups.
Holds and costs are chosen on validation and the tuning half only; test, the check half and the suite are reported.
Usage: bench/abuse/band_sweep.py MODEL.zip WORK_DIR   (WORK_DIR with split/, dragnet-comments.jsonl and
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
H0 = np.array([l["defaultHold"] for l in spec["labels"]])
SEV = np.array([l["severity"] for l in spec["labels"]])
LOW0 = sh["bandLow"]


def dump(name):
    return [json.loads(l) for l in open(f"{W}/fl/{name}.jsonl", encoding="utf-8")]


def arrays(rows):
    z = np.array([r["z"] for r in rows])
    e = np.array([r["e"] for r in rows])
    risk = np.array([r["risk"] if r["risk"] is not None else -1e9 for r in rows])
    empty = np.array([r["empty"] for r in rows])
    return z, e, risk, empty


def served(arr, low):
    z, e, risk, empty = arr
    inside = (risk >= low)[:, None]
    out = np.where(inside, z + beta * e, z + beta * (slope * z + icpt))
    out[empty] = -50.0
    return out


def prob(Z):
    return 1 / (1 + np.exp(-(A[:6] * Z[:, :6] + B[:6])))


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


def auc(y, s):
    return roc_auc_score(y, s)


def main():
    val_rows, val = load_split("validation", "val")
    test_rows, test = load_split("test", "test")
    st, sgroup = stream()
    suite_rows = [json.loads(l) for l in open("training-data/abuse/civility-suite.jsonl", encoding="utf-8")]
    su = arrays(dump("suite"))
    sgroup_suite = np.array([r["group"] for r in suite_rows])
    risk_stream = st[2]
    targets = [0.0, 0.10, 0.20, None, 0.35, 0.50, 0.65, 0.80, 1.0]

    def groups(rows, Z):
        g = {}
        for i, r in enumerate(rows):
            y = r["labels"]
            k = {"jigsaw": lambda: "jigsaw " + ("abusive" if any(y[l] == 1 for l in L6) else "clean"),
                 "insults": lambda: "insults " + ("insult" if y["impermium_insult"] == 1 else "non-insult"),
                 "olid": lambda: "olid " + ("OFF" if y["olid_offensive"] == 1 else "NOT")}.get(r["source"])
            if k:
                g.setdefault(k(), []).append(i)
        return {k: prob(Z[v]) for k, v in g.items()}

    def figures(rows, Z):
        jr = [i for i, r in enumerate(rows) if r["source"] == "jigsaw"]
        aucs = [auc([rows[i]["labels"][l] for i in jr], Z[jr, j]) for j, l in enumerate(L6)]
        ir = [i for i, r in enumerate(rows) if r["source"] == "insults"]
        orr = [i for i, r in enumerate(rows) if r["source"] == "olid"]
        return (np.mean(aucs), auc([rows[i]["labels"]["impermium_insult"] for i in ir], Z[ir, 6]),
                auc([rows[i]["labels"]["olid_offensive"] for i in orr], Z[orr, 7]), aucs)

    def flagged(P, H):
        return 100 * (P >= H).any(1).mean()

    out = []
    for t in targets:
        if t is None:
            low, label = LOW0, "served band"
        elif t == 0.0:
            low, label = 1e9, "n-gram only"
        elif t == 1.0:
            low, label = -1e9, "every comment"
        else:
            low, label = float(np.quantile(risk_stream, 1 - t)), f"{int(t * 100)} %"
        Zv, Zt = served(val, low), served(test, low)
        Zs, Zsu = served(st, low), served(su, low)
        fv, ft = figures(val_rows, Zv), figures(test_rows, Zt)
        Gv, Gt = groups(val_rows, Zv), groups(test_rows, Zt)
        Ps = prob(Zs)
        Psu = prob(Zsu)
        grp = {"tune": Ps[sgroup == "tune"], "check": Ps[sgroup == "check"], "uncivil": Ps[sgroup == "uncivil"],
               "suite civil": Psu[sgroup_suite == "civil"], "suite abusive": Psu[sgroup_suite == "abusive"]}

        def row(H):
            return {"val clean": flagged(Gv["jigsaw clean"], H), "val abusive": flagged(Gv["jigsaw abusive"], H),
                    "test clean": flagged(Gt["jigsaw clean"], H), "test abusive": flagged(Gt["jigsaw abusive"], H),
                    "test insult": flagged(Gt["insults insult"], H),
                    "test non-insult": flagged(Gt["insults non-insult"], H),
                    "test OLID NOT": flagged(Gt["olid NOT"], H), "test OLID OFF": flagged(Gt["olid OFF"], H),
                    "tune": flagged(grp["tune"], H), "check": flagged(grp["check"], H),
                    "stream uncivil": flagged(grp["uncivil"], H),
                    "suite civil": flagged(grp["suite civil"], H), "suite abusive": flagged(grp["suite abusive"], H)}

        costs = np.exp(np.linspace(np.log(0.02), np.log(1.5), 400))
        # committed rule: the lowest cost whose holds flag at most 4 % of the tuning half
        ok = [c for c in costs if flagged(grp["tune"], c / (SEV + c)) <= 4.0]
        c4 = min(ok) if ok else costs[-1]
        # recall rule: the highest cost flagging >= 90 % of the Jigsaw validation rows with a label
        ok90 = [c for c in costs if flagged(Gv["jigsaw abusive"], c / (SEV + c)) >= 90.0]
        c90 = max(ok90) if ok90 else costs[0]
        # the frontier: costs at which the tuning half reaches 4 / 5 / 6 % and validation recall 85 / 88 / 90 %
        front = []
        for what, target in (("tune", 4.0), ("tune", 5.0), ("tune", 6.0), ("val abusive", 85.0),
                             ("val abusive", 88.0), ("val abusive", 90.0)):
            if what == "tune":
                ok = [c for c in costs if flagged(grp["tune"], c / (SEV + c)) <= target]
                c = min(ok) if ok else costs[-1]
            else:
                ok = [c for c in costs if flagged(Gv["jigsaw abusive"], c / (SEV + c)) >= target]
                c = max(ok) if ok else costs[0]
            front.append((f"{what} {target:.0f} %", c, row(c / (SEV + c))))
        enc = lambda a: 100 * np.mean((a[2] >= low) & ~a[3])
        out.append({"band": label, "low": low, "share stream": enc(st),
                    "share tune": 100 * np.mean(st[2][sgroup == "tune"] >= low), "share val": enc(val),
                    "share test": enc(test), "val": fv[:3], "test": ft[:3], "test per label": ft[3],
                    "defaults": row(H0), "cost4": c4, "at cost4": row(c4 / (SEV + c4)), "cost90": c90,
                    "at cost90": row(c90 / (SEV + c90)), "frontier": front})
    json.dump(out, open(f"{W}/band-sweep.json", "w"), indent=1, default=float)

    print("| band (share of the stream) | low | stream | val | test | val Jigsaw | val insults | val OLID | "
          "test Jigsaw | test insults | test OLID |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for o in out:
        print(f"| {o['band']} | {o['low']:.2f} | {o['share stream']:.1f} % | {o['share val']:.1f} % | "
              f"{o['share test']:.1f} % | " + " | ".join(f"{x:.4f}" for x in o["val"] + o["test"]) + " |")
    cols = ["val clean", "val abusive", "test clean", "test abusive", "test insult", "test non-insult",
            "test OLID NOT", "test OLID OFF", "tune", "check", "stream uncivil", "suite civil", "suite abusive"]
    for key, title in (("defaults", "at the model's defaults"), ("at cost4", "defaults re-derived (cost: tuning half <= 4 %)"),
                       ("at cost90", "recall rule (cost: 90 % of validation Jigsaw abusive)")):
        print(f"\nFlagged, {title}:\n")
        print("| band | " + ("cost | " if key != "defaults" else "") + " | ".join(cols) + " |")
        print("|---|" + ("---:|" if key != "defaults" else "") + "---:|" * len(cols))
        for o in out:
            c = {"at cost4": o["cost4"], "at cost90": o["cost90"]}.get(key)
            print(f"| {o['band']} | " + (f"{c:.3f} | " if c is not None else "")
                  + " | ".join(f"{o[key][k]:.1f} %" for k in cols) + " |")

    for o in out:
        if o["band"] not in ("served band", "35 %", "50 %"):
            continue
        print(f"\nFrontier, band {o['band']} (one cost for every label, chosen by the first column's target):\n")
        print("| cost chosen by | cost | " + " | ".join(cols) + " |")
        print("|---|---:|" + "---:|" * len(cols))
        for name, c, r in o["frontier"]:
            print(f"| {name} | {c:.3f} | " + " | ".join(f"{r[k]:.1f} %" for k in cols) + " |")


main()
