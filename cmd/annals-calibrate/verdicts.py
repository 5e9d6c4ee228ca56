#!/usr/bin/env python3
"""Judge every statement annals makes on the MEANTIME dev articles with the
checks of fact_eval.py (../shared/eval), for calibrating confidence.

Usage:  python3 cmd/annals-calibrate/verdicts.py --annals ./annals \
            [--eval ../shared/eval] --docs docs.jsonl --verdicts verdicts.tsv

It runs `annals extract --format jsonl --min-confidence 0` on each article
(alone, as fact_eval does), and writes
  --docs      the articles as annals read them, one JSON Lines record each
  --verdicts  one line per statement in the annotated sentences:
              statement id, article, 1 when it is a correct fact else 0,
              and fact_eval's class (correct, args, identity, polarity,
              certainty, date, no-args, junk)
Statements outside the annotated sentences are not judged. The classes
are fact_eval's exactly: this script imports its checks.
"""
import argparse
import json
import os
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--annals", default="./annals")
    ap.add_argument("--eval", default=os.path.join("..", "shared", "eval"))
    ap.add_argument("--docs", required=True)
    ap.add_argument("--verdicts", required=True)
    a = ap.parse_args()
    sys.dont_write_bytecode = True
    sys.path.insert(0, os.path.abspath(a.eval))
    import fact_eval as fe  # noqa: E402  (the checks of the scorer itself)
    import meantime_eval as me  # noqa: E402

    docs = me.load_folder(fe.DEFAULT_GOLD)
    counts = {}
    with open(a.docs, "wb") as docs_out, open(a.verdicts, "w", encoding="utf-8") as out:
        for doc in docs:
            payload = me.doc_jsonl(doc)
            docs_out.write(payload)
            run = subprocess.run([a.annals, "extract", "--format", "jsonl", "--min-confidence", "0"],
                                 input=payload, capture_output=True, timeout=600)
            if run.returncode != 0:
                sys.exit("verdicts: annals failed on %s: %s" % (doc.name, run.stderr.decode()[-300:]))
            where = "annals extract output for " + doc.name
            statements = me.parse_extract_output(run.stdout, {doc.name: doc.data}, where)
            extras = fe.read_extras(run.stdout, where)
            ids = {n: obj["id"] for n, obj in fe.te3.output_lines(run.stdout, where)}
            g = fe.gold_doc(doc)
            for st in statements:
                if st.predicate.start >= doc.region_end:
                    continue
                cands = [ev for ev in doc.events if ev.mention.overlaps(st.predicate.start, st.predicate.end)]
                if not cands:
                    hit = any(m.overlaps(st.predicate.start, st.predicate.end) for m in doc.all_events)
                    kind = "no-args" if hit else "junk"
                else:
                    best = max(fe.judge(g, st, extras[st.line], ev)[0] for ev in cands)
                    kind = "correct" if best == fe.CORRECT else fe.CHECKS[best - 2]
                counts[kind] = counts.get(kind, 0) + 1
                out.write("%s\t%s\t%d\t%s\n" % (ids[st.line], doc.name, kind == "correct", kind))
    print("verdicts: %d articles; %s" % (len(docs), ", ".join("%s %d" % kv for kv in sorted(counts.items()))),
          file=sys.stderr)


if __name__ == "__main__":
    main()
