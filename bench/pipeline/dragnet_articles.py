#!/usr/bin/python3
"""The articles the Dragnet comment stream (bench/abuse/dragnet_comments.py) was written under, so the pipeline bench
posts each comment to its real article, as a site does, instead of a one-line placeholder: the stance model compares a
comment with its article, and a placeholder body puts far more comments in the band where its encoder head runs.

The gold text of a Dragnet page is the hand-copied article, a marker line, then the comments; the article is the part
before the marker (first line as the title). Read in place from ../shared/data (AGPL-3.0 data: output to target/).
Output lines: {"page", "title", "body"}. Usage: dragnet_articles.py [--data TAR_GZ] --out FILE
"""
import argparse, json, os, re, sys, tarfile

MARKER = re.compile(r"^[ \t]*[!@#$%^&*()][!@#$%^&*() \t]{2,}COMMENTS[ \t]*\r?$", re.M)


def decode(b):
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("cp1252", errors="replace")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data/extraction/dragnet/dragnet_train.tar.gz")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    n = 0
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    with tarfile.open(a.data) as tar, open(a.out, "w", encoding="utf-8") as out:
        for m in tar.getmembers():
            g = re.match(r"dragnet/Corrected/(.+)\.html\.corrected\.txt$", m.name)
            if not (m.isfile() and g):
                continue
            text = decode(tar.extractfile(m).read())
            mk = MARKER.search(text)
            article = (text[:mk.start()] if mk else text).strip()
            lines = [l.strip() for l in article.splitlines() if l.strip()]
            if len(lines) < 2:
                continue
            out.write(json.dumps({"page": g.group(1), "title": lines[0][:300], "body": "\n\n".join(lines[1:])},
                                 ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} articles -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
