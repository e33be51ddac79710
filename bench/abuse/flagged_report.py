#!/usr/bin/python3
"""Writes the "Flagged at the defaults" section of bench/abuse/report.md from bench/abuse/flagged-run's outputs
(Parley's `evaluate abuse --flagged` JSON line, the baseline's JSON, the reliability JSON). Usage: flagged_report.py WORK"""
import json, os, re, sys

WORK = sys.argv[1]
REPORT = "bench/abuse/report.md"
START, END = "<!-- flagged:start -->", "<!-- flagged:end -->"
GOALS = {"stream civil (tune)": "≤ 5 % (civil news)", "stream civil (check)": "≤ 5 % (civil news)",
         "Jigsaw abusive": "≥ 90 %", "Impermium insult": "≥ 85 %", "suite civil": "≤ 5 % (suite test)",
         "suite abusive": "≥ 90 % (suite test)"}

lines = open(os.path.join(WORK, "flagged-parley.txt"), encoding="utf-8").read().splitlines()
parley = json.loads([l for l in lines if l.startswith("{")][-1])
base = json.load(open(os.path.join(WORK, "flagged-baseline.json")))
pg = parley["figures"]["groups"] if "figures" in parley else parley["groups"]
meta = parley.get("figures", parley)
out = [START, "", "## Flagged at a new site's defaults (issue 19)", "",
       f"Model {meta['model']}; flagged = held or rejected (some label at or over the hold its model file states: "
       + ", ".join(f"{k} {v:.3f}" for k, v in meta["holds"].items()) + "). Baseline: " + base["model"]
       + ", at the same thresholds. Test rows of the split; the civility suite is never trained or tuned on; the stream "
       "is the Dragnet pages' reader comments (tune half chose the holds' cost, check half is only reported). "
       "`bench/abuse/flagged-run` regenerates this section.", "",
       "| group | rows | Parley flagged | Parley rejected | baseline flagged | goal |", "|---|---:|---:|---:|---:|---|"]
for g, v in pg.items():
    b = base["groups"].get(g, {})
    extra = f" (on `threat`: {v['on_label'] * 100:.1f} %)" if "on_label" in v else ""
    bextra = f" (on `threat`: {b['on_label'] * 100:.1f} %)" if "on_label" in b else ""
    out.append(f"| {g} | {v['rows']} | {v['flagged'] * 100:.1f} %{extra} | {v['rejected'] * 100:.1f} % | "
               + (f"{b['flagged'] * 100:.1f} %{bextra}" if b else "") + f" | {GOALS.get(g, '')} |")
if meta.get("most_flagged"):
    out += ["", "Most-flagged comments of the stream (ids of bench/abuse/dragnet_comments.py; the texts are AGPL-3.0 "
            "and stay out of the repository: `parley evaluate abuse --flagged --stream …` prints them), with the hand "
            "label where there is one (U uncivil, P casual profanity, C civil):", "",
            "| id | risk | labels over their hold | hand label |", "|---|---:|---|---|"]
    for m in meta["most_flagged"]:
        out.append(f"| {m['id']} | {m['risk']:.3f} | {', '.join(m['labels'])} | {m['hand_label']} |")
rel = os.path.join(WORK, "reliability.json")
if os.path.exists(rel):
    r = json.load(open(rel))
    out += ["", f"Reliability on {r['rows']} Jigsaw test rows weighted to Jigsaw's natural mix "
            "(`reliability-model-before-after.png`; after = scores on the stated news prior, so a curve just under "
            "the diagonal is expected):", "", "| label | ECE before | ECE after | log-loss before | log-loss after |",
            "|---|---:|---:|---:|---:|"]
    for l, v in r["labels"].items():
        out.append(f"| {l} | {v['before']['ece']:.4f} | {v['after']['ece']:.4f} | {v['before']['log_loss']:.4f} | "
                   f"{v['after']['log_loss']:.4f} |")
out += ["", END]
text = open(REPORT, encoding="utf-8").read() if os.path.exists(REPORT) else ""
section = "\n".join(out)
if START in text:
    text = re.sub(re.escape(START) + ".*?" + re.escape(END), lambda m: section, text, flags=re.S)
else:
    text = text.rstrip("\n") + "\n\n" + section + "\n"
open(REPORT, "w", encoding="utf-8").write(text)
print(section)
