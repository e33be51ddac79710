#!/usr/bin/python3
"""Real comments for the pipeline bench: the Jigsaw sample (Wikipedia talk pages) and the Civil Comments texts of
the toxic-spans sets, read in place from ../shared/data/abuse, one JSON line each: {"page": ..., "text": ...}.
Comments are grouped 100 to a page (one article each in the bench), in file order. Usage: civil_comments.py OUT"""
import csv, json, os, sys

csv.field_size_limit(10 ** 9)
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "data", "abuse")
sources = [("jigsaw/jigsaw_train_10k_train.csv", "comment_text"), ("toxic_spans/tsd_train.csv", "text"),
           ("toxic_spans/tsd_trial.csv", "text")]
n = 0
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for path, column in sources:
        with open(os.path.join(root, path), encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                text = row[column]
                if text.strip():
                    out.write(json.dumps({"page": f"{path.split('/')[0]}-{n // 100}", "text": text}) + "\n")
                    n += 1
print(f"{n} comments -> {sys.argv[1]}", file=sys.stderr)
