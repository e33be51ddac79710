#!/usr/bin/python3
"""What a moderator sees against the share of comments the cascade encodes (issue 20, helper abuse14).

Reads the per-comment served scores bench/abuse/band-scores writes for several low edges of the band (the served
model's file with only its band moved: rule layers, calibration and holds as they are) and reports per band:
  * the share of the stream / test rows the served labels' band encodes;
  * the test split's figures (the evaluator's, if band-scores ran it): Jigsaw mean AUC, insults AUC, OLID macro-F1,
    toxic-spans F1, Davidson weighted F1;
  * flagged rates at the model file's own holds: Jigsaw test abusive / clean, Impermium insults / non-insults, OLID
    OFF / NOT, the stream's civil tuning and check halves, suites 1-8 pooled and suite 9 (civil published, abusive
    flagged, threats on threat);
  * the same at holds re-derived at equal civil cost: one cost for every label but threat (hold = cost / (severity +
    cost), rounded to 4 places as the trainer does), threat's hold kept at the file's, the lowest cost whose holds flag
    at most TARGET of the stream's civil tuning half (TARGET: the served band's own tuning-half rate at the file's
    holds, so every band is compared at the civil rate the served model has). Chosen on the tuning half only.
Usage: bench/abuse/band_share.py MODEL.zip WORK_DIR STREAM.jsonl BANDS_DIR LOW [LOW...]   (first LOW: the served band)
"""
import hashlib, json, math, sys, zipfile

L6 = ["toxicity", "severe_toxicity", "insult", "threat", "obscene", "identity_attack"]
model, W, stream_file, bands = sys.argv[1:5]
lows = sys.argv[5:]
spec = json.loads(zipfile.ZipFile(model).read("spec.json"))
H0 = {l["name"]: l["defaultHold"] for l in spec["labels"]}
SEV = {l["name"]: l["severity"] for l in spec["labels"]}


def rows(path):
    return [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]


split = {r["id"]: r for r in rows(f"{W}/split/test.jsonl")}
vsplit = {r["id"]: r for r in rows(f"{W}/val3.jsonl")}
suites = {r["id"]: r for r in rows(f"{W}/suites18.jsonl")}
suite9 = {r["id"]: r for r in rows(f"{W}/suite9.jsonl")}
hand = {}
for line in open("training-data/abuse/dragnet-labels.tsv", encoding="utf-8"):
    if not (line.startswith("#") or line.startswith("id\t") or not line.strip()):
        f = line.rstrip("\n").split("\t")
        if len(f) >= 4:
            hand[f[0]] = (f[2], f[3])
half = {}
for r in rows(stream_file):
    h = hand.get(r["id"])
    lab = h[0] if h and hashlib.sha1(r["text"].encode()).hexdigest().startswith(h[1]) else None
    civil = lab is None or lab == "C"
    hh = "tune" if hashlib.sha256(r.get("page", r["id"]).encode()).digest()[0] % 2 == 0 else "check"
    half[r["id"]] = hh if civil else ("uncivil" if lab == "U" else "casual")


def flagged(s, holds):
    return any(s[l] >= holds[l] for l in L6)


def rate(xs):
    return 100.0 * sum(xs) / max(1, len(xs))


def groups(d):
    """name -> list of (scores, kind) for every group."""
    g = {k: [] for k in ["val_jig_abusive", "val_jig_clean", "val_ins_insult", "val_olid_not", "jig_abusive", "jig_clean", "ins_insult", "ins_non", "olid_off", "olid_not", "tune",
                         "check", "uncivil", "s18_civil", "s18_abusive", "s18_threat", "s9_civil", "s9_abusive",
                         "s9_threat"]}
    for r in d["test"]:
        row = split[r["id"]]
        lab, src = row["labels"], row["source"]
        if src == "jigsaw":
            g["jig_abusive" if any(lab[l] == 1 for l in L6) else "jig_clean"].append(r["scores"])
        elif src == "insults":
            g["ins_insult" if lab["impermium_insult"] == 1 else "ins_non"].append(r["scores"])
        elif src == "olid":
            g["olid_off" if lab["olid_offensive"] == 1 else "olid_not"].append(r["scores"])
    for r in d["val3"]:
        row = vsplit[r["id"]]
        lab, src = row["labels"], row["source"]
        if src == "jigsaw":
            g["val_jig_abusive" if any(lab[l] == 1 for l in L6) else "val_jig_clean"].append(r["scores"])
        elif src == "insults" and lab["impermium_insult"] == 1:
            g["val_ins_insult"].append(r["scores"])
        elif src == "olid" and lab["olid_offensive"] == 0:
            g["val_olid_not"].append(r["scores"])
    for r in d["stream"]:
        k = half[r["id"]]
        if k in g:
            g[k].append(r["scores"])
    for name, src, rs in (("s18", suites, d["suites18"]), ("s9", suite9, d["suite9"])):
        for r in rs:
            row = src[r["id"]]
            g[f"{name}_{row['group']}"].append(r["scores"])
            if "threat" in row.get("labels", []):
                g[f"{name}_threat"].append(r["scores"])
    return g


def report(g, holds):
    out = {}
    for k, v in g.items():
        if k.endswith("_threat"):
            out[k] = rate([s["threat"] >= holds["threat"] for s in v])
        elif k.endswith("_civil"):
            out[k] = 100 - rate([flagged(s, holds) for s in v])  # published
        else:
            out[k] = rate([flagged(s, holds) for s in v])
    return out


def holds_at(cost):
    h = {l: round(cost / (SEV[l] + cost), 4) for l in L6}
    h["threat"] = H0["threat"]
    return h


def iso_cost(tune, target):
    lo, hi = 1e-3, 1e3
    for _ in range(60):
        mid = math.sqrt(lo * hi)
        if rate([flagged(s, holds_at(mid)) for s in tune]) > target + 1e-9:
            lo = mid
        else:
            hi = mid
    return math.ceil(hi * 1e4) / 1e4


def figures(path):
    try:
        ev = [json.loads(l) for l in open(path)]
    except FileNotFoundError:
        return {}
    by = {e["format"]: e for e in ev}
    pick = {"jigsaw_mean_auc": ("jigsaw", "mean_auc"), "insults_auc": ("insults", "auc"),
            "olid_macro_f1": ("olid", "macro_f1"), "spans_f1": ("toxic-spans", "span_f1"),
            "davidson_weighted_f1": ("davidson", "weighted_f1")}
    return {k: by[a][b] for k, (a, b) in pick.items() if a in by}


target = None
print("| low | stream encoded | tune encoded | test rows encoded | Jigsaw mean AUC | insults AUC | OLID macro-F1 | "
      "spans F1 | Davidson wF1 |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
results = []
for low in lows:
    d = {n: rows(f"{bands}/{low}/{n}.jsonl") for n in ["test", "val3", "stream", "suites18", "suite9"]}
    enc_stream = rate([r["band"] for r in d["stream"]])
    enc_tune = rate([r["band"] for r in d["stream"] if half[r["id"]] == "tune"])
    enc_test = rate([r["band"] for r in d["test"]])
    ev = figures(f"{bands}/{low}/test.eval.jsonl")
    print(f"| {low} | {enc_stream:.1f} % | {enc_tune:.1f} % | {enc_test:.1f} % | {ev.get('jigsaw_mean_auc', float('nan')):.4f} | "
          f"{ev.get('insults_auc', float('nan')):.4f} | {ev.get('olid_macro_f1', float('nan')):.4f} | "
          f"{ev.get('spans_f1', float('nan')):.4f} | {ev.get('davidson_weighted_f1', float('nan')):.4f} |")
    g = groups(d)
    served = report(g, H0)
    if target is None:
        target = served["tune"]
    cost = iso_cost(g["tune"], target)
    iso = report(g, holds_at(cost))
    results.append((low, served, cost, iso, ev))
keys = ["val_jig_abusive", "val_jig_clean", "jig_abusive", "jig_clean", "ins_insult", "ins_non", "olid_off", "olid_not", "tune", "check", "uncivil",
        "s18_civil", "s18_abusive", "s18_threat", "s9_civil", "s9_abusive", "s9_threat"]
for title, idx in (("at the model file's holds", 1), (f"holds re-derived at the served band's tuning-half rate "
                                                       f"({target:.2f} %), threat kept", 3)):
    print(f"\nflagged (%; suites: civil published) {title}\n")
    print("| low | " + ("cost | " if idx == 3 else "") + " | ".join(keys) + " |")
    print("|---|" + ("---:|" if idx == 3 else "") + "---:|" * len(keys))
    for r in results:
        print(f"| {r[0]} | " + (f"{r[2]:.4f} | " if idx == 3 else "") + " | ".join(f"{r[idx][k]:.1f}" for k in keys)
              + " |")
json.dump([{"low": r[0], "served_holds": r[1], "iso_cost": r[2], "iso": r[3], "figures": r[4]} for r in results],
          open(f"{bands}/band_share.json", "w"), indent=1)
