#!/usr/bin/env python3
"""Draw a seeded random sample of event rows for an analyst to judge (issue 7).

The gold standard scores PROTEST and ASSAULT sentences; what a user gets on
news is every row of `-f events`. This tool reads the document JSON of `naba
analyze -i jsonl -f json` (one document a line) for one or more corpus slices,
turns each event into the row `-f events` prints (date, source, source code,
CAMEO code, PLOVER type, target, target code, place, conf, document id,
sentence index, evidence) and adds what a judge needs: the event's modality
and the sentence's text. It draws N rows per slice with random.Random(seed),
so the same command gives the same sample, and prints them as TSV with a
blank verdict column set per row (event, code, source, target) to fill in.

  tools/events_sample.py --seed 19 --n 34 ant.json --n 33 jaw.json ...

Each file is a slice's JSON; `--n` before it says how many rows to draw from it.
"""
import json
import random
import sys


def rows(path):
    """Every event of the JSON stream at path, as (table row, modality, sentence)."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            if "text" not in doc:
                continue
            text = doc["text"].encode("utf-8")
            for ev in doc.get("events", []):
                s = doc["sentences"][ev["sentence"]]["span"]
                sent = text[s[0]:s[1]].decode("utf-8", "replace")

                def side(k):
                    a = ev.get(k) or {}
                    return a.get("text", "_") or "_", a.get("code", "_") or "_"

                src, srcc = side("source")
                tgt, tgtc = side("target")
                place = (ev.get("place") or {}).get("text", "_") or "_"
                row = [ev.get("date", "_"), src, srcc, ev["cameo"], ev.get("plover") or "_",
                       tgt, tgtc, place, "%.2f" % ev["conf"], doc.get("id") or "-",
                       str(ev["sentence"]), ev["evidence"]]
                out.append((row, ",".join(ev.get("modality", [])) or "_",
                            " ".join(sent.split())))
    return out


def main():
    argv = sys.argv[1:]
    seed = None
    plan = []
    i = 0
    n = 100
    while i < len(argv):
        if argv[i] == "--seed":
            seed = int(argv[i + 1])
            i += 2
            continue
        if argv[i] == "--n":
            n = int(argv[i + 1])
            i += 2
            continue
        plan.append((n, argv[i]))
        i += 1
    if seed is None or not plan:
        sys.exit("usage: events_sample.py --seed S [--n N] FILE.json ...")
    rng = random.Random(seed)
    print("\t".join(["#", "slice", "date", "source", "scode", "cameo", "plover", "target",
                     "tcode", "place", "conf", "doc", "sent", "evidence", "modality",
                     "sentence", "event", "code", "src", "tgt"]))
    k = 0
    for n, path in plan:
        pool = rows(path)
        for row, mod, sent in sorted(rng.sample(pool, min(n, len(pool))),
                                     key=lambda r: (r[0][9], int(r[0][10]))):
            k += 1
            print("\t".join([str(k), path.rsplit("/", 1)[-1]] + row + [mod, sent, "", "", "", ""]))
        print("# %s: %d rows, %d drawn" % (path, len(pool), min(n, len(pool))), file=sys.stderr)


if __name__ == "__main__":
    main()
