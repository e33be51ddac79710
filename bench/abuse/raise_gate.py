#!/usr/bin/python3
"""The encoder raise re-gated offline with every comment encoded (issue 19/20, helper abuse14): from band-scores runs
of the band "open" with the raise (rows carry the raise logit) and "open:noraise", a comment keeps the raise when its
logit reaches the gate G (G >= the file's gate, so the rule's exclusions are those the file's run applied), else its
threat is the no-raise score; every other label is the open run's. Flagged at the file's holds. Gates to choose on
suites 1-8 and the stream's tuning half; suite 9 and test are reported.
Usage: bench/abuse/raise_gate.py MODEL.zip WORK_DIR STREAM.jsonl BANDS_DIR SERVED_LOW G...
"""
import hashlib, json, sys, zipfile

L6 = ["toxicity", "severe_toxicity", "insult", "threat", "obscene", "identity_attack"]
model, W, stream_file, B, served_low = sys.argv[1:6]
gates = [float(x) for x in sys.argv[6:]]
spec = json.loads(zipfile.ZipFile(model).read("spec.json"))
H = {l["name"]: l["defaultHold"] for l in spec["labels"]}
G0 = spec["encoderRaise"]["gate"]


def rows(p):
    return [json.loads(l) for l in open(p, encoding="utf-8") if l.strip()]


hand = {}
for line in open("training-data/abuse/dragnet-labels.tsv", encoding="utf-8"):
    if not (line.startswith("#") or line.startswith("id\t") or not line.strip()):
        f = line.rstrip("\n").split("\t")
        if len(f) >= 4:
            hand[f[0]] = (f[2], f[3])
group = {}
for r in rows(stream_file):
    h = hand.get(r["id"])
    lab = h[0] if h and hashlib.sha1(r["text"].encode()).hexdigest().startswith(h[1]) else None
    group[("stream", r["id"])] = ("tune" if hashlib.sha256(r.get("page", r["id"]).encode()).digest()[0] % 2 == 0
                                  else "check") if (lab is None or lab == "C") else None
for name, src in (("suites18", "suites18.jsonl"), ("suite9", "suite9.jsonl")):
    p = "s" if name == "suites18" else "s9"
    for r in rows(f"{W}/{src}"):
        group[(name, r["id"])] = [f"{p}_{'civ' if r['group'] == 'civil' else 'ab'}"] + \
            ([f"{p}_thr"] if "threat" in r.get("labels", []) else [])
for name, src in (("test", "split/test.jsonl"), ("val3", "val3.jsonl")):
    for r in rows(f"{W}/{src}"):
        if r["source"] == "jigsaw":
            ab = any(r["labels"][l] == 1 for l in L6)
            group[(name, r["id"])] = f"{name}_{'ab' if ab else 'clean'}"


def scored(run):
    out = {}
    for name in ("stream", "suites18", "suite9", "test", "val3"):
        for r in rows(f"{B}/{run}/{name}.jsonl"):
            out[(name, r["id"])] = r
    return out


served, op, nr = scored(served_low), scored("open"), scored("open-noraise")
keys = ["val3_ab", "val3_clean", "test_ab", "test_clean", "tune", "check", "s_civ", "s_ab", "s_thr", "s9_civ", "s9_ab",
        "s9_thr"]


def report(scores):
    n, k = {}, {}
    for key, s in scores.items():
        g = group.get(key)
        if g is None:
            continue
        for gg in (g if isinstance(g, list) else [g]):
            hit = s["threat"] >= H["threat"] if gg.endswith("_thr") else any(s[l] >= H[l] for l in L6)
            n[gg] = n.get(gg, 0) + 1
            k[gg] = k.get(gg, 0) + hit
    o = {g: 100 * k[g] / n[g] for g in n}
    for g in ("s_civ", "s9_civ"):
        o[g] = 100 - o[g]
    return o


print("| run | " + " | ".join(keys) + " |\n|---|" + "---:|" * len(keys))
for title, sc in (("served band", {k: v["scores"] for k, v in served.items()}),
                  ("every comment, no raise", {k: v["scores"] for k, v in nr.items()})):
    r = report(sc)
    print(f"| {title} | " + " | ".join(f"{r[k]:.1f}" for k in keys) + " |")
for G in [G0] + gates:
    sc = {}
    for key, v in op.items():
        s = dict(v["scores"])
        raised = s["threat"] > nr[key]["scores"]["threat"] + 1e-9
        if raised and not (v["raise"] is not None and v["raise"] >= G):
            s["threat"] = nr[key]["scores"]["threat"]
        sc[key] = s
    r = report(sc)
    print(f"| every comment, raise gate {G:.3f} | " + " | ".join(f"{r[k]:.1f}" for k in keys) + " |")
