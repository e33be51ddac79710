"""Embeddings from Parley's own SentenceEncoder (bench/encoder/EncodeTexts.java), for the Python experiments.

embed(name, texts, cap=128, trunc="head_tail", pool="mean") -> float32 array (n, 384), computed once and kept under
$PARLEY_BENCH_CACHE (default /tmp/parley-bench-cache, never the repo) by name; the Java side (run it under nice) runs on the repo's compiled
classes, so what is measured is what serving computes.
"""
import json
import os
import subprocess
import sys
import hashlib

import numpy as np

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CACHE = os.environ.get("PARLEY_BENCH_CACHE", "/tmp/parley-bench-cache")
THREADS = os.environ.get("PARLEY_ENCODER_THREADS", "2")


def _classpath():
    cp_file = os.path.join(CACHE, "classpath.txt")
    if not os.path.exists(cp_file):
        os.makedirs(CACHE, exist_ok=True)
        subprocess.run(["mvn", "-B", "-ntp", "-q", "dependency:build-classpath", "-Dmdep.outputFile=" + cp_file,
                        "-Dmdep.includeScope=runtime"], cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    if not os.path.exists(os.path.join(REPO, "target", "classes", "io", "parley", "classification", "text",
                                       "SentenceEncoder.class")):
        subprocess.run(["mvn", "-B", "-ntp", "-q", "compile"], cwd=REPO, check=True)
    return os.path.join(REPO, "target", "classes") + ":" + open(cp_file).read().strip()


def embed(name, texts, caps=(128,), trunc="head_tail", pool="mean"):
    """One array per cap (a dict cap -> array when several caps are asked for, else the array)."""
    os.makedirs(CACHE, exist_ok=True)
    digest = hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()[:12]
    base = os.path.join(CACHE, f"{name}-{digest}")
    src = base + ".jsonl"
    if not os.path.exists(src):
        with open(src, "w", encoding="utf-8") as f:
            for t in texts:
                f.write(json.dumps(t, ensure_ascii=False) + "\n")
    caps = list(caps)
    outs = {c: f"{base}.cap{c}.{trunc}.{pool}.f32" for c in caps}
    if not all(os.path.exists(p) for p in outs.values()):
        cmd = ["java", "-Xmx3g", "-cp", _classpath(),
               os.path.join(REPO, "bench", "encoder", "EncodeTexts.java"), src, base, THREADS,
               ",".join(str(c) for c in sorted(caps)), trunc, pool]
        print("encoding", name, len(texts), "texts, caps", caps, trunc, pool, file=sys.stderr, flush=True)
        subprocess.run(cmd, check=True)
    arrays = {c: np.fromfile(p, dtype="<f4").reshape(len(texts), -1) for c, p in outs.items()}
    return arrays if len(caps) > 1 else arrays[caps[0]]


def token_counts(name, texts):
    digest = hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()[:12]
    return np.fromfile(os.path.join(CACHE, f"{name}-{digest}.tokens.i32"), dtype="<i4")
