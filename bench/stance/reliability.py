#!/usr/bin/python3
"""Reliability diagrams of the stance views before and after temperature calibration (issue 21).

Reads the bins `parley train stance --encoder-heads` writes into models/stance/metrics.json (<view>.calibration:
top-label confidence in 10 equal-width bins against the share right, on the test split; T fitted on validation)
and draws bench/stance/reliability.png; a fourth panel, when the model has one, shows the unseen-target head on its
leave-one-target-out predictions (target.unseenTarget.calibration: raw, at the target view's temperature it took before
it had its own, and with its own two temperatures, fitted nested).

  /usr/bin/python3 bench/stance/reliability.py [models/stance/metrics.json] [bench/stance/reliability.png]
"""
import json
import sys

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

src = sys.argv[1] if len(sys.argv) > 1 else "models/stance/metrics.json"
out = sys.argv[2] if len(sys.argv) > 2 else "bench/stance/reliability.png"
m = json.load(open(src))
views = [("article", "article (FNC-1)"), ("parent", "reply to parent (RumourEval)"), ("target", "target (SemEval A)")]
ucal = m["target"].get("unseenTarget", {}).get("calibration")
fig, axes = plt.subplots(1, 4 if ucal else 3, figsize=(17.5 if ucal else 13, 4.4))
for ax, (v, title) in zip(axes, views):
    cal = m[v]["calibration"]
    ax.plot([0, 1], [0, 1], color="#999", lw=1, ls="--")
    for key, colour, name in [("testBefore", "#d62728", "before"), ("testAfter", "#1f77b4", "after")]:
        r = cal[key]
        xs = [b["confidence"] for b in r["bins"]]
        ys = [b["accuracy"] for b in r["bins"]]
        ns = [b["count"] for b in r["bins"]]
        ax.plot(xs, ys, marker="o", color=colour, label=f"{name}: ECE {r['ece']:.3f}, NLL {r['nll']:.3f}")
        for x, y, n in zip(xs, ys, ns):
            ax.annotate(str(n), (x, y), fontsize=6, color=colour, xytext=(2, -8), textcoords="offset points")
    method = cal.get("method", "")
    # a one-view run keeps the other views' temperatures: say so rather than guess where they were fitted
    where = ("fitted on out-of-fold training rows" if "out-of-fold" in method
             else "kept from the model this run built on" if "built on" in method else "fitted on validation")
    ax.set_title(f"{title}\nT = {cal['temperature']} ({where}), test rows {cal['testAfter']['rows']}",
                 fontsize=9)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_xlabel("top-label probability (bin mean)")
    ax.set_ylabel("share right")
    ax.legend(fontsize=7, loc="upper left")
if ucal:
    ax = axes[3]
    ax.plot([0, 1], [0, 1], color="#999", lw=1, ls="--")
    for key, colour, name in [("leaveOneTargetOutBefore", "#d62728", "raw"),
                              ("leaveOneTargetOutAtViewTemperature", "#ff7f0e", f"view T {ucal['viewTemperature']}"),
                              ("leaveOneTargetOutAfter", "#1f77b4", "own T (nested)")]:
        r = ucal[key]
        xs = [b["confidence"] for b in r["bins"]]
        ys = [b["accuracy"] for b in r["bins"]]
        ax.plot(xs, ys, marker="o", color=colour, label=f"{name}: ECE {r['ece']:.3f}, NLL {r['nll']:.3f}")
    ax.set_title(f"unseen target (SemEval A, leave-one-target-out)\nT about {ucal['aboutTemperature']}, direction "
                 f"{ucal['directionTemperature']}; rows {ucal['leaveOneTargetOutAfter']['rows']}", fontsize=9)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_xlabel("top-label probability (bin mean)")
    ax.legend(fontsize=7, loc="upper left")
fig.suptitle("Stance probabilities before / after temperature calibration (test split; numbers = rows per bin)",
             fontsize=10)
fig.tight_layout()
fig.savefig(out, dpi=110)
print("wrote", out)
