#!/usr/bin/env python3
"""pick.py — choose the dev articles deterministically (see GUIDELINES.md).

An article is a candidate when FNV-1a-32(id) % 97 == 13, its text is 600 to
3000 bytes, and it contains a speech verb (قال/أضاف/أكد/أوضح/أشار) or a
quotation mark; the first N candidates of each corpus in file order are kept.
Prints: corpus file <TAB> id.
"""
import gzip, json, sys

def fnv(s):
    h = 0x811c9dc5
    for b in s.encode():
        h = ((h ^ b) * 0x01000193) & 0xffffffff
    return h

CUES = ("قال", "أضاف", "أكد", "أوضح", "أشار", "“", "«", '"')
PLAN = [("ant_v2.1_multisource.jsonl.gz", 8), ("saudinewsnet_ccbyncsa.jsonl.gz", 8),
        ("ant_v1.1_jawharafm.jsonl.gz", 4)]
root = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/news"
for name, n in PLAN:
    got = 0
    with gzip.open(f"{root}/{name}", "rt") as f:
        for line in f:
            a = json.loads(line)
            t = a.get("text") or ""
            if fnv(a["id"]) % 97 != 13 or not 600 <= len(t.encode()) <= 3000:
                continue
            if not any(c in t for c in CUES):
                continue
            print(f"{name}\t{a['id']}")
            got += 1
            if got == n:
                break
