#!/usr/bin/python3
"""Reliability diagrams of the served abuse scores, before and after a model change (issue 19).

Jigsaw test rows of the exported split (`parley train abuse --export-split`), each stratum (any label / none) weighted
back to Jigsaw's natural mix (train.csv: 16,225 of 159,571 rows have a label), the distribution the served labels are
calibrated for before the prior shift; the new model's scores are then on the stated news prior (8 % toxic vs
Jigsaw's 9.58 %), so its curve is expected a little under the diagonal by that offset (drawn: the diagonal shifted).

Usage: reliability.py TEST_SPLIT_JSONL BEFORE_SCORES AFTER_SCORES OUT_PNG [BEFORE_NAME AFTER_NAME]
(scores: `parley classify` output for the split's Jigsaw rows). Prints ECE and log-loss per label as JSON.
"""
import json, sys
import numpy as np
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

LABELS = ["toxicity", "severe_toxicity", "insult", "threat", "obscene", "identity_attack"]
ROWS, CLEAN = 159571, 143346
COUNTS = {"toxicity": 15294, "severe_toxicity": 1595, "insult": 7877, "threat": 478, "obscene": 8449, "identity_attack": 1405}
NEWS_TOXIC = 0.08


def load(p):
    return [json.loads(l) for l in open(p, encoding="utf-8") if l.strip()]


def curve(p, y, w, bins=10):
    edges = np.linspace(0, 1, bins + 1)
    xs, ys, ece = [], [], 0.0
    for i in range(bins):
        m = (p >= edges[i]) & ((p < edges[i + 1]) | (i == bins - 1))
        if m.any():
            mp, oy = np.average(p[m], weights=w[m]), np.average(y[m], weights=w[m])
            xs.append(mp); ys.append(oy)
            ece += w[m].sum() / w.sum() * abs(mp - oy)
    return xs, ys, ece


def main():
    test, before, after, out = sys.argv[1:5]
    names = sys.argv[5:7] if len(sys.argv) > 6 else ["before", "after"]
    rows = {r["id"]: r for r in load(test) if r["source"] == "jigsaw"}
    S = [{s["id"]: s["scores"] for s in load(f) if "scores" in s} for f in (before, after)]
    ids = [i for i in rows if all(i in s for s in S)]
    anyl = np.array([any(rows[i]["labels"][l] for l in LABELS) for i in ids])
    f = anyl.mean()
    w = np.where(anyl, (1 - CLEAN / ROWS) / f, (CLEAN / ROWS) / (1 - f))
    fig, axes = plt.subplots(2, 3, figsize=(13, 8.5))
    report = {"rows": len(ids), "weights": "Jigsaw natural mix", "labels": {}}
    for ax, l in zip(axes.flat, LABELS):
        y = np.array([rows[i]["labels"][l] for i in ids], dtype=float)
        ax.plot([0, 1], [0, 1], color="grey", lw=0.8, ls="--", label="perfect (Jigsaw prior)")
        nat = COUNTS[l] / ROWS
        prior = nat * NEWS_TOXIC / (COUNTS["toxicity"] / ROWS)
        off = np.log(prior / (1 - prior)) - np.log(nat / (1 - nat))
        q = np.linspace(0.001, 0.999, 200)
        ax.plot(1 / (1 + np.exp(-(np.log(q / (1 - q)) + off))), q, color="grey", lw=0.8, ls=":",
                label="perfect after the prior shift")
        report["labels"][l] = {}
        for name, s, c in zip(names, S, ("tab:red", "tab:blue")):
            p = np.array([s[i][l] for i in ids], dtype=float)
            xs, ys, ece = curve(p, y, w)
            pc = np.clip(p, 1e-6, 1 - 1e-6)
            ll = float(-np.average(y * np.log(pc) + (1 - y) * np.log(1 - pc), weights=w))
            ax.plot(xs, ys, marker="o", color=c, label=f"{name}: ECE {ece:.3f}")
            report["labels"][l][name] = {"ece": round(ece, 4), "log_loss": round(ll, 4)}
        ax.set_title(f"{l} ({int(y.sum())} positive of {len(ids)})")
        ax.set_xlabel("served score (bin mean)")
        ax.set_ylabel("observed rate (natural mix)")
        ax.set_xlim(0, 1); ax.set_ylim(0, 1)
        ax.legend(fontsize=7, loc="upper left")
    fig.suptitle("Abuse scores on Jigsaw test rows weighted to Jigsaw's natural mix: " + " vs ".join(names))
    fig.tight_layout()
    fig.savefig(out, dpi=90)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
