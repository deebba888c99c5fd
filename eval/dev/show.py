#!/usr/bin/env python3
"""show.py — print dev articles for annotation: each line of the text with its
byte offset, then naba's quotes, counts and dates with original byte offsets
(as suggestions to check by reading, never to copy unread). Usage:
  python3 eval/dev/show.py NABA ARTICLES.tsv NEWS_DIR [ID...]
"""
import gzip, json, subprocess, sys

naba, listing, root = sys.argv[1:4]
want = set(sys.argv[4:])
arts = [l.rstrip("\n").split("\t") for l in open(listing) if l.strip() and not l.startswith("#")]
by_file = {}
for f, i in arts:
    if not want or i in want:
        by_file.setdefault(f, set()).add(i)
for f, ids in by_file.items():
    with gzip.open(f"{root}/{f}", "rt") as fh:
        for line in fh:
            a = json.loads(line)
            if a["id"] not in ids:
                continue
            b = a["text"].encode()
            print(f"=== {a['id']}  time={a.get('time')}")
            off = 0
            for ln in b.split(b"\n"):
                if ln.strip():
                    print(f"[{off}] {ln.decode()}")
                off += len(ln) + 1
            out = subprocess.run([naba, "analyze", "-i", "jsonl", "-q"], input=line.encode(),
                                 capture_output=True).stdout
            d = json.loads(out)
            def sl(s): return b[s[0]:s[1]].decode(errors="replace")
            for q in d.get("quotes", []):
                sp = ""
                if "speaker_span" in q:
                    # map clean->orig: clean text equals input here only if no repairs; use orig fields
                    sp = q.get("speaker", "")
                print(f"Q {q['orig'][0]} {q['orig'][1]} {q['kind']} spk=[{sp}] :: {sl(q['orig'])[:90]}")
            for c in d.get("counts", []):
                print(f"C {c['orig'][0]} {c['orig'][1]} {c['value']} {c.get('value_max', c['value'])} {c['kind']} :: {sl(c['orig'])}")
            for t in d.get("timexes", []):
                print(f"D {t['orig'][0]} {t['orig'][1]} {t['value']} {t['resolution']} :: {sl(t['orig'])}")
