#!/usr/bin/env python3
"""anno.py — turn an annotator's working notes into the stand-off gold files.

The notes name spans by the text they cover instead of by byte offsets (easier
to write and to check while reading); this tool finds them in the article and
writes offsets. The notes quote the articles, so they are kept OUTSIDE the
repository; only the offsets it writes are committed. Usage:
  python3 eval/dev/anno.py NOTES.txt ARTICLES.tsv NEWS_DIR [OUT_DIR]
rewrites OUT_DIR/{quotes,counts,dates}.tsv (default eval/dev): lines of the
articles in NOTES are replaced, others kept.

Notes format, one item a line (# comments):
  @ ARTICLE_ID
  Q START ~ END | SPEAKER      a quote from START to END; SPEAKER "-" if nobody
  C SNIPPET = VALUE [VALUE_MAX]
  D SNIPPET = ISO_VALUE RELATIVE(0/1)
A snippet is text of the article; braces mark the span inside it when the
snippet carries context ("في {30 يوما}"; a lone "{" or "}" cuts one side); "#N" at its end takes the Nth
occurrence. END is searched from START; SPEAKER is the occurrence nearest the
quote unless #N is given. A snippet that is not found is an error.
"""
import gzip, json, os, re, sys

def pattern(text):
    """Regex for a snippet: any run of spaces matches any white space (the
    texts hold no-break spaces); the braced part is group 1."""
    def esc(t):
        return r"(?:\s|\xa0)+".join(re.escape(w) for w in t.split(" "))
    pre, mid, post = "", text, ""
    if "{" in mid:
        pre, mid = mid.split("{", 1)
    if "}" in mid:
        mid, post = mid.split("}", 1)
    return re.compile(esc(pre) + "(" + esc(mid) + ")" + esc(post) if pre or post else "(" + esc(mid) + ")")

def span(b, snip, where, frm=0, near=None):
    m = re.match(r"^(.*?)(?:#(\d+))?$", snip.strip(), re.S)
    text, nth = m.group(1).strip(), m.group(2)
    t = b.decode()
    occ = list(pattern(text).finditer(t))
    if nth:
        occ = occ[int(nth) - 1:int(nth)]
    elif near is not None:
        occ = sorted(occ, key=lambda x: abs(len(t[:x.start()].encode()) - near))[:1]
    else:
        occ = [x for x in occ if len(t[:x.start()].encode()) >= frm][:1]
    if not occ:
        sys.exit(f"{where}: not found: {text}")
    x = occ[0]
    return len(t[:x.start(1)].encode()), len(t[:x.end(1)].encode())

notes, listing, root = sys.argv[1:4]
out = sys.argv[4] if len(sys.argv) > 4 else "eval/dev"
arts = {l.split("\t")[1]: l.split("\t")[0] for l in open(listing) if not l.startswith("#") and l.strip()}
items = {"quotes": [], "counts": [], "dates": []}
cur, texts, done = None, {}, []
want = {}
for line in open(notes):
    if line.startswith("@"):
        want.setdefault(arts[line[1:].strip()], set()).add(line[1:].strip())
for f, ids in want.items():
    with gzip.open(f"{root}/{f}", "rt") as fh:
        for line in fh:
            a = json.loads(line)
            if a["id"] in ids:
                texts[a["id"]] = a["text"].encode()
for n, line in enumerate(open(notes), 1):
    line = line.rstrip("\n")
    where = f"{notes}:{n}"
    if not line.strip() or line.lstrip().startswith("#"):
        continue
    if line.startswith("@"):
        cur = line[1:].strip()
        done.append(cur)
        continue
    b = texts[cur]
    kind, rest = line[0], line[2:]
    if kind == "Q":
        q, spk = rest.rsplit("|", 1)
        a, z = q.split("~")
        s, _ = span(b, a, where)
        _, e = span(b, z, where, frm=s)
        if e <= s:
            sys.exit(f"{where}: empty quote")
        ss, se = (-1, -1) if spk.strip() == "-" else span(b, spk, where, near=s)
        items["quotes"].append((cur, s, e, ss, se))
    elif kind == "C":
        snip, val = rest.rsplit("=", 1)
        v = val.split()
        s, e = span(b, snip, where)
        items["counts"].append((cur, s, e, v[0], v[1] if len(v) > 1 else v[0]))
    elif kind == "D":
        snip, val = rest.rsplit("=", 1)
        v = val.split()
        s, e = span(b, snip, where)
        items["dates"].append((cur, s, e, v[0], v[1]))
    else:
        sys.exit(f"{where}: unknown line kind {kind!r}")
heads = {"quotes": "#id\tstart\tend\tspeaker_start\tspeaker_end",
         "counts": "#id\tstart\tend\tvalue\tvalue_max", "dates": "#id\tstart\tend\tvalue\trelative"}
for layer, new in items.items():
    path = f"{out}/{layer}.tsv"
    old = [l.rstrip("\n") for l in open(path) if not l.startswith("#") and l.strip()] if os.path.exists(path) else []
    keep = [l for l in old if l.split("\t")[0] not in done]
    rows = keep + ["\t".join(str(x) for x in r) for r in new]
    order = {i: k for k, i in enumerate(arts)}
    rows.sort(key=lambda l: (order.get(l.split("\t")[0], 1e9), int(l.split("\t")[1])))
    with open(path, "w") as fh:
        fh.write(heads[layer] + "\n" + "".join(r + "\n" for r in rows))
    print(f"{layer}: {len(rows)} lines ({len(new)} from the notes)")
