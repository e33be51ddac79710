#!/usr/bin/python3
"""Where a serve process spent its CPU samples (JFR jdk.ExecutionSample): top self frames, and phases by the
first Parley/JDBC/HTTP frame on the stack. Start-up threads (main, early model loaders) are left out: the benchmark
times from the first request. Usage: jfr_top.py recording.jfr [top=15]"""
import json, subprocess, sys
from collections import Counter

PHASES = [  # first match from the top of the stack wins
    ("abuse model", ("io.parley.classification.abuse.",)),
    ("stance model", ("io.parley.classification.stance.",)),
    ("language detection", ("io.parley.classification.text.CompiledLanguageDetector", "opennlp.tools.langdetect")),
    ("tokenising / OpenNLP", ("opennlp.", "io.parley.classification.text.")),
    ("classification (other)", ("io.parley.classification.",)),
    ("JDBC / PostgreSQL driver", ("org.postgresql.", "com.zaxxer.")),
    ("JSON (Jackson)", ("com.fasterxml.jackson.",)),
    ("pipeline worker", ("io.parley.moderation.PipelineWorker",)),
    ("ingest (service)", ("io.parley.ingest.",)),
    ("HTTP / Spring MVC", ("org.apache.catalina.", "org.apache.coyote.", "org.springframework.web.", "org.apache.tomcat.")),
]


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    raw = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events", "jdk.ExecutionSample", path],
                         capture_output=True, text=True, check=True).stdout
    events = json.loads(raw)["recording"]["events"]
    selfs, phases, threads = Counter(), Counter(), Counter()
    for e in events:
        frames = e["values"]["stackTrace"]["frames"] if e["values"].get("stackTrace") else []
        names = [(f["method"]["type"]["name"] + "." + f["method"]["name"]).replace("/", ".") for f in frames]
        thread = (e["values"].get("sampledThread") or {}).get("javaName") or "?"
        if thread == "main" or thread.startswith(("early-", "background-preinit", "C1 ", "C2 ")):
            continue  # start-up (model loading, context): not in the timed window
        threads[thread] += 1
        if names:
            selfs[names[0]] += 1
        phase = "other"
        for n in names:
            hit = next((p for p, prefixes in PHASES if n.startswith(prefixes)), None)
            if hit:
                phase = hit
                break
        phases[phase] += 1
    total = sum(phases.values()) or 1
    print(f"{total} CPU samples")
    print("\n| phase (first matching frame from the top) | samples | share |\n|---|---:|---:|")
    for p, c in phases.most_common():
        print(f"| {p} | {c} | {100 * c / total:.1f}% |")
    print("\n| top self frame | samples | share |\n|---|---:|---:|")
    for f, c in selfs.most_common(top):
        print(f"| `{f}` | {c} | {100 * c / total:.1f}% |")
    print("\n| thread | samples |\n|---|---:|")
    for t, c in threads.most_common(8):
        print(f"| {t} | {c} |")


if __name__ == "__main__":
    main()
