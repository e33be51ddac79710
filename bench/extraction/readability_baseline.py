"""Baseline: python3-readability (Debian) over the same pages; writes <id>.txt, prints pages/s (extraction only)."""
import os
import sys
import time

import lxml.html
from readability import Document


def decode(b):
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("cp1252", errors="replace")


def main(html_dir, out_dir, ids_file, repeat="1"):
    os.makedirs(out_dir, exist_ok=True)
    ids = [l.strip() for l in open(ids_file) if l.strip()]
    pages = [decode(open(os.path.join(html_dir, i + ".html"), "rb").read()) for i in ids]
    total, failed = 0.0, 0
    for i, page in list(zip(ids, pages)) * int(repeat):
        t = time.perf_counter()
        try:
            doc = Document(page)
            summary = doc.summary(html_partial=True)
            text = doc.short_title() + "\n" + lxml.html.fromstring(summary).text_content()
        except Exception:
            text, failed = "", failed + 1
        total += time.perf_counter() - t
        with open(os.path.join(out_dir, i + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
    n = len(ids) * int(repeat)
    print("readability %d pages %.3f s %.1f pages/s failed %d" % (n, total, n / total, failed))


if __name__ == "__main__":
    main(*sys.argv[1:5])
