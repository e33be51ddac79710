#!/usr/bin/python3
"""Table of bench/stance/strong-baseline-run: Parley's stance model beside the strong TF-IDF LR baseline, same rows."""
import json
import sys

out, metrics_file = sys.argv[1], sys.argv[2]
last = lambda f: json.loads(open(f).read().strip().splitlines()[-1])
p = {"fnc1": last(f"{out}/parley_fnc1.txt"), "semeval2016": last(f"{out}/parley_semeval.txt"),
     "replies": last(f"{out}/parley_replies.txt")}
b = {json.loads(l)["task"]: json.loads(l) for l in open(f"{out}/baseline.jsonl")}
m = json.load(open(metrics_file))
net = {"fnc1": m["article"].get("testNetworkOnly", m["article"]["test"]),
       "semeval2016": m["target"].get("testNetworkOnly", m["target"]["test"]),
       "replies": m["parent"].get("testNetworkOnly", m["parent"]["test"])}


def unseen_loto(metrics):
    """The unseen-target head's leave-one-target-out F_avg from metrics.json (a target no training set has takes it)."""
    per = metrics["target"].get("unseenTarget", {}).get("leaveOneTargetOut", {}).get("perTarget")
    if not per:
        return "not in this model"
    mean = sum(v["f_avg"] for v in per.values()) / len(per)
    return f"mean F_avg **{mean:.4f}** (" + ", ".join(f"{k} {v['f_avg']}" for k, v in per.items()) + ")"


rows = [("semeval2016", "f_avg", "SemEval-2016 A F_avg (289 tweets)"),
        ("replies", "macro_f1", "RumourEval 2017 macro-F1 (281 replies)"),
        ("replies", "accuracy", "RumourEval 2017 accuracy"),
        ("fnc1", "fnc_score", "FNC-1 score (4,670 pairs)"),
        ("fnc1", "macro_f1", "FNC-1 macro-F1"),
        ("fnc1", "disagree_f1", "FNC-1 disagree F1")]
print("# Stance: Parley beside a strong TF-IDF baseline (issue 21)\n")
print("Test rows of the model's own seeded splits (`parley train stance --export-splits`). Baseline "
      "(`bench/stance/strong_baseline.py`): per-view TF-IDF logistic regression, C by cross-validation on the training rows "
      "(SemEval: 5 stratified folds within each target, one model per target, word 1-3 + char 2-5 grams; RumourEval: one "
      "fold per event, class-balanced, reply word + char and parent word grams; FNC-1: C on the validation bodies, headline, "
      "body and their cosine), refitted on train + validation. Parley: `parley evaluate stance` on the committed model.\n")
print("| figure | Parley (networks + e5 heads) | Parley networks alone | strong TF-IDF LR | ratio Parley / baseline |")
print("|---|---|---|---|---|")
for task, key, name in rows:
    a = p[task].get(key)
    n = net[task].get(key)
    c = b[task].get(key) if key != "disagree_f1" else b[task].get("f1", {}).get("disagree")
    ratio = f"{a / c:.2f}" if a is not None and c else "n/a"
    print(f"| {name} | {a} | {n} | {c} | {ratio} |")
lo = b["semeval2016"]["leave_one_target_out"]
print(f"\nLeave one SemEval target out (trained on the other four, scored on all rows of the fifth), TF-IDF pooled LR: "
      f"mean F_avg **{lo['mean_f_avg']}** ({', '.join(f'{k} {v}' for k, v in lo['per_target'].items())}). Parley's own "
      f"figure on the same protocol is its unseen-target head's (`EncoderHeads.Unseen`, settings chosen nested): "
      f"{unseen_loto(m)}.\n")
for task, label in (("semeval2016", "SemEval format: comment + the SemEval target (it has an encoder head, so every comment "
                     "is encoded) + the previous tweet as parent, no article"),
                    ("fnc1", "FNC-1 format: comment + article body + parent + the unseen target 'NATO expansion' (no head); "
                     "the article head runs inside its band only")):
    q = p[task]
    if "comments_per_second" in q:
        print(f"- Stance throughput, {label}: **{q.get('comments_per_second_by_article', q['comments_per_second'])} "
              f"comments/s** grouped by article ({q['comments_per_second']} in file order), {q.get('comments')} comments.")
print(f"\nEncoder share on the test rows: article view {m['article'].get('encoderHead', {}).get('testEncodedShare')}, "
      f"target view {m['target'].get('encoderHead', {}).get('testEncodedShare')} (SemEval targets only).")
print("\nLoad during the run (2 cores shared with other sessions):\n")
print("```\n" + open(f"{out}/load.txt").read().strip() + "\n```")
