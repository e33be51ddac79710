#!/usr/bin/python3
"""Writes the owner-sentence weight of the seventh unseen-target pass into the served stance model, without retraining
anything (issue 21, 2026-12-07, helper stance10).

The unseen-target head (encoder-heads.json, "unseen") gains one field, "ownerWeight": the weight of a site target's
owner-written side sentences on the direction's logit, lean = w (c - corpusMean) . D / |D|^2 with D = mean favour
sentence - mean against sentence (EncoderHeads.ownerDirection). Its value is the setting the nested leave-one-target-
out of description_experiments.py ("selfscaled": owner direction scaled by its own |D|^2) prefers over all five
SemEval-2016 A training targets, the way UnseenTargetTrainer ships its name-only setting ("the shipped shift is the one
leave-one-target-out over all five prefers"); the threshold that setting was chosen with must be the shipped head's
(0.15), else the weight belongs to another head and nothing is written. Every other byte of every entry stays as it
was: the text of encoder-heads.json gets the field inserted, provenance.json (in the zip and beside it) a record of
where the weight came from; the networks are copied entry by entry. A loader from before the field ignores nothing
(the field is new, read with default 0 = owner sentences ignored, every target by its name).

  /usr/bin/python3 bench/stance/owner_weight.py models/stance/stance.zip
"""
import json
import math
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
VARIANT = "owner direction scaled by its own |D|^2 (serving-computable)"


def main(zpath):
    res = json.load(open(os.path.join(HERE, "description-results.json")))[VARIANT]
    sw, weight, threshold = (float(x) for x in res["best_setting"].strip("()").split(","))
    assert sw == 1.0, "the chosen setting reads sentiment at weight 1, as the served head does"
    with zipfile.ZipFile(zpath) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    heads = dict((i.filename, b) for i, b in entries)["encoder-heads.json"].decode("utf-8")
    unseen = json.loads(heads)["unseen"]
    if abs(unseen["aboutShift"] + math.log(threshold / (1 - threshold))) > 1e-9:
        sys.exit(f"the served head's about shift {unseen['aboutShift']} is not the threshold {threshold} the weight "
                 "was chosen with; nothing written")
    if "ownerWeight" in unseen:
        sys.exit("the model already has an ownerWeight; nothing written")
    assert heads.count('"unseen":{') == 1
    heads = heads.replace('"unseen":{', '"unseen":{"ownerWeight":%s,' % repr(weight), 1)
    prov = dict((i.filename, b) for i, b in entries)["provenance.json"].decode("utf-8")
    anchor = '"directionWeight" : 4.0\n'
    assert prov.count(anchor) == 1, "provenance's unseenTarget block is not where it was"
    indent = " " * 8
    note = {
        "value": weight,
        "threshold": threshold,
        "addedAt": "2026-12-07, helper stance10, bench/stance/owner_weight.py (no head retrained)",
        "chosenBy": "nested leave-one-target-out over the five SemEval-2016 A targets, "
                    "bench/stance/description_experiments.py selfscaled, description-results.json: best over all "
                    "five (%s), per held-out target chosen on the other four %s; nested F_avg %s"
                    % (res["best_mean"], res["chosen"], res["nested_mean"]),
        "sentences": "bench/stance/description_experiments.py SUPPORT / OPPOSE (commit b9cd1f07)",
    }
    prov = prov.replace(anchor, anchor.rstrip("\n") + ",\n" + indent + '"ownerWeight" : '
                        + json.dumps(note, indent=None, separators=(", ", " : ")) + "\n", 1)
    json.loads(prov)
    tmp = zpath + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in entries:
            if info.filename == "encoder-heads.json":
                data = heads.encode("utf-8")
            elif info.filename == "provenance.json":
                data = prov.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, info.date_time)
            zi.compress_type = info.compress_type
            out.writestr(zi, data)
    os.replace(tmp, zpath)
    beside = os.path.join(os.path.dirname(zpath), "provenance.json")
    if os.path.exists(beside):
        with open(beside, "w", encoding="utf-8") as f:
            f.write(prov)
    print(f"ownerWeight {weight} (threshold {threshold}) written to {zpath}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "models/stance/stance.zip")
