#!/usr/bin/env python3
"""Draw a seeded random sample of event rows, entities, quotes, counts, dates or words for an analyst to judge.

The gold standards score PROTEST and ASSAULT sentences and ANERcorp mentions;
what a user gets on news is every row of `-f events` and every entity of
`-f entities`. This tool reads the document JSON of `naba analyze -i jsonl -f
json` (one document a line) for one or more corpus slices and turns each item
of the chosen layer into a row, with what a judge needs beside it:

* `--layer events` (the default, issue 7): the row `-f events` prints (date,
  source, source code, CAMEO code, PLOVER type, target, target code, place,
  conf, document id, sentence index, evidence), the event's modality and the
  sentence's text; verdicts event, code, src, tgt.
* `--layer entities` (issue 4): one row per entity of a document (one
  identity, as `-f entities` prints it): document id, entity id (KB id or
  doc:N), type, actor code, mentions, the first mention's byte span and
  link confidence, the Arabic and English names, the variants, the first
  mention in its sentence (150 characters each side) with the mention in [[ ]], and the document's other
  entities that share a word with this one's variants (candidates for a
  missed grouping); verdicts span, type, identity, grouping,
  english and a note (src/link/README.md says how each is judged).
* `--layer quotes` (session 21): one row per quote of `-f quotes`: document
  id, first sentence, byte span, kind, cue, speaker (with " (implicit)" when
  carried from an earlier cue) and its entity's id and English name, the
  relaying speaker (`reported_by`) and its entity, the flags nested,
  attribution_after, unbalanced; beside them the quote (its first 120 and
  last 60 characters) and its sentences with the one before; verdicts
  quote_ok, speaker_ok, span_ok and a note (src/quotes/README.md).
* `--layer counts` (session 21): one row per count of `-f counts`: document
  id, sentence, byte span, kind, the number's text, value (a range as
  low-high), qualifier, unit, what is counted, the action (killed,
  arrested...), and the sentence; verdicts count_ok, value_ok, what_ok,
  action_ok and a note.
* `--layer dates` (session 21): one row per date expression of `-f dates`
  ("timexes"): document id, the article's date, sentence, byte span, the
  expression, its ISO value, resolution, anchor and flags (calendar hijri,
  approximate, time), and the sentence; verdicts date_ok (it is a date or
  time), value_ok (the value is the day, month or year meant) and a note.

It draws N rows per slice with random.Random(seed), so the same command gives
the same sample, and prints them as TSV with a blank verdict column set per
row to fill in.

  tools/events_sample.py [--layer entities] --seed 19 --n 34 ant.json --n 33 jaw.json ...

Each file is a slice's JSON; `--n` before it says how many rows to draw from it.
"""
import json
import random
import sys


def docs(path):
    """The documents of the JSON stream at path that carry their text, with it as bytes."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            if "text" in doc:
                yield doc, doc["text"].encode("utf-8")


def sentence_text(doc, text, i):
    """Sentence i of doc, on one line."""
    s = doc["sentences"][i]["span"]
    return " ".join(text[s[0]:s[1]].decode("utf-8", "replace").split())


def event_rows(doc, text):
    """Every event of doc, as (table row, sort key, extra columns)."""
    out = []
    for ev in doc.get("events", []):
        def side(k):
            a = ev.get(k) or {}
            return a.get("text", "_") or "_", a.get("code", "_") or "_"

        src, srcc = side("source")
        tgt, tgtc = side("target")
        place = (ev.get("place") or {}).get("text", "_") or "_"
        row = [ev.get("date", "_"), src, srcc, ev["cameo"], ev.get("plover") or "_",
               tgt, tgtc, place, "%.2f" % ev["conf"], doc.get("id") or "-",
               str(ev["sentence"]), ev["evidence"]]
        out.append((row, (row[9], int(row[10])),
                    [",".join(ev.get("modality", [])) or "_",
                     sentence_text(doc, text, ev["sentence"])]))
    return out


WINDOW = 150  # characters of the sentence shown on each side of an entity's first mention


def words_of(e):
    """The words of three letters or more of entity e's Arabic name and variants."""
    return {w for n in e["variants"] + [e.get("name_ar") or ""] for w in n.split() if len(w) >= 3}


def entity_rows(doc, text):
    """Every entity of doc, as (table row, sort key, extra columns)."""
    out = []
    ents = doc.get("entities", [])
    words = [words_of(e) for e in ents]
    for i, e in enumerate(ents):
        first = e["mentions"][0]
        a, b = first["span"]
        m = doc["mentions"][first["mention"]]
        sent = doc["sentences"][m["sentence"]]["span"]
        before = text[sent[0]:a].decode("utf-8", "replace")[-WINDOW:]
        after = text[b:sent[1]].decode("utf-8", "replace")[:WINDOW]
        ctx = before + "[[" + text[a:b].decode("utf-8", "replace") + "]]" + after
        near = [(o.get("name_ar") or o["name_en"]) + " (" + o["id"] + ")"
                for j, o in enumerate(ents) if j != i and words[j] & words[i]]
        row = [doc.get("id") or "-", e["id"], e["type"], e.get("actor_code") or "_",
               str(e["n_mentions"]), "%d-%d" % (a, b), "%.2f" % first["link_conf"]]
        out.append((row, (row[0], a),
                    [e.get("name_ar") or "_", e["name_en"], " | ".join(e["variants"]),
                     " ".join(ctx.split()), " ; ".join(near) or "_"]))
    return out


QUOTE_HEAD, QUOTE_TAIL = 120, 60  # characters of a quote shown from its start and its end


def quote_rows(doc, text):
    """Every quote of doc, as (table row, sort key, extra columns)."""
    out = []
    ents = {e["id"]: e for e in doc.get("entities", [])}

    def who(q, key):
        e = ents.get(q.get(key))
        return (e["id"] + " " + e["name_en"]) if e else "_"

    for q in doc.get("quotes", []):
        a, b = q["span"]
        body = " ".join(text[a:b].decode("utf-8", "replace").split())
        if len(body) > QUOTE_HEAD + QUOTE_TAIL + 5:
            body = body[:QUOTE_HEAD] + " … " + body[-QUOTE_TAIL:]
        first, last = q["sentences"][0], q["sentences"][1] - 1
        speaker = q.get("speaker", "_")
        if q.get("speaker_implicit"):
            speaker += " (implicit)"
        flags = [f for f in ("nested", "attribution_after", "unbalanced") if q.get(f)]
        row = [doc.get("id") or "-", str(first), "%d-%d" % (a, b), q["kind"],
               q.get("cue", "_"), speaker, who(q, "speaker_entity"),
               q.get("reported_by", "_"), who(q, "reported_by_entity"), ",".join(flags) or "_"]
        context = " ".join(sentence_text(doc, text, i) for i in range(max(0, first - 1), last + 1))
        out.append((row, (row[0], a), [body, context]))
    return out


def count_rows(doc, text):
    """Every count of doc, as (table row, sort key, extra columns)."""
    out = []
    for c in doc.get("counts", []):
        a, b = c["span"]
        value = "%g" % c["value"]
        if "value_max" in c:
            value += "-%g" % c["value_max"]
        row = [doc.get("id") or "-", str(c["sentence"]), "%d-%d" % (a, b), c["kind"],
               c["text"], value, c.get("qualifier", "_"), c.get("unit", "_"),
               c.get("what_text", "_"), c.get("action", "_")]
        out.append((row, (row[0], a), [sentence_text(doc, text, c["sentence"])]))
    return out


def date_rows(doc, text):
    """Every date expression of doc, as (table row, sort key, extra columns)."""
    out = []
    for t in doc.get("timexes", []):
        a, b = t["span"]
        flags = [k for k in ("approximate", "time") if t.get(k)]
        if t.get("calendar"):
            flags.append(t["calendar"])
        row = [doc.get("id") or "-", doc.get("date") or "_", str(t["sentence"]), "%d-%d" % (a, b),
               t["text"], t["value"], t["resolution"], t.get("anchor", "_"), ",".join(flags) or "_"]
        out.append((row, (row[0], a), [sentence_text(doc, text, t["sentence"])]))
    return out


CONTEXT_TOKENS = 4  # tokens of the sentence shown on each side of a drawn word token


def token_rows(doc, text):
    """Every Arabic word token of doc, as (table row, sort key, extra columns)."""
    out = []
    toks, words = doc.get("tokens", []), doc.get("words", [])
    for sent in doc["sentences"]:
        first, last = sent["tokens"]
        for i in range(first, last):
            t = toks[i]
            if t["kind"] != "word" or t["script"] != "arabic":
                continue
            ws = words[t["words"][0]:t["words"][1]]
            left = [x["text"] for x in toks[max(first, i - CONTEXT_TOKENS):i]]
            right = [x["text"] for x in toks[i + 1:min(last, i + 1 + CONTEXT_TOKENS)]]
            row = [doc.get("id") or "-", "%d-%d" % tuple(t["span"]), t["text"],
                   " + ".join("%s %s %s" % (w["form"], w["upos"], w["lemma"]) for w in ws)]
            out.append((row, (row[0], t["span"][0]),
                        [" ".join(left + ["[[" + t["text"] + "]]"] + right)]))
    return out


LAYERS = {
    "events": (event_rows,
               ["date", "source", "scode", "cameo", "plover", "target", "tcode", "place",
                "conf", "doc", "sent", "evidence", "modality", "sentence"],
               ["event", "code", "src", "tgt"]),
    "entities": (entity_rows,
                 ["doc", "entity", "type", "acode", "mentions", "span", "lconf",
                  "name_ar", "name_en", "variants", "context", "near"],
                 ["span", "type", "identity", "grouping", "english", "note"]),
    "quotes": (quote_rows,
               ["doc", "sent", "span", "kind", "cue", "speaker", "speaker_entity",
                "reported_by", "reported_by_entity", "flags", "quote", "context"],
               ["quote_ok", "speaker_ok", "span_ok", "note"]),
    "counts": (count_rows,
               ["doc", "sent", "span", "kind", "text", "value", "qualifier", "unit", "what",
                "action", "sentence"],
               ["count_ok", "value_ok", "what_ok", "action_ok", "note"]),
    "dates": (date_rows,
              ["doc", "date", "sent", "span", "text", "value", "resolution", "anchor", "flags",
               "sentence"],
              ["date_ok", "value_ok", "note"]),
    "morph": (token_rows, ["doc", "span", "token", "words", "context"],
              ["seg", "upos", "lemma", "all", "note"]),
}
PER_DOCUMENT = {"morph"}  # layers drawn as one random row of each drawn document


def main():
    argv = sys.argv[1:]
    seed = None
    layer = "events"
    plan = []
    i = 0
    n = 100
    while i < len(argv):
        if argv[i] in ("--seed", "--n", "--layer"):
            if argv[i] == "--seed":
                seed = int(argv[i + 1])
            elif argv[i] == "--n":
                n = int(argv[i + 1])
            else:
                layer = argv[i + 1]
            i += 2
            continue
        plan.append((n, argv[i]))
        i += 1
    if seed is None or not plan or layer not in LAYERS:
        sys.exit("usage: events_sample.py [--layer events|entities|quotes|counts|dates|morph] --seed S [--n N] FILE.json ...")
    rows_of, columns, verdicts = LAYERS[layer]
    rng = random.Random(seed)
    print("\t".join(["#", "slice"] + columns + verdicts))
    k = 0
    for n, path in plan:
        if layer in PER_DOCUMENT:
            pool = [rows for rows in (rows_of(doc, text) for doc, text in docs(path)) if rows]
            drawn = [rng.choice(rows) for rows in rng.sample(pool, min(n, len(pool)))]
        else:
            pool = [r for doc, text in docs(path) for r in rows_of(doc, text)]
            drawn = rng.sample(pool, min(n, len(pool)))
        for row, _, extra in sorted(drawn, key=lambda r: r[1]):
            k += 1
            print("\t".join([str(k), path.rsplit("/", 1)[-1]] + row + extra + [""] * len(verdicts)))
        unit = "documents with rows" if layer in PER_DOCUMENT else "rows"
        print("# %s: %d %s, %d drawn" % (path, len(pool), unit, min(n, len(pool))), file=sys.stderr)


if __name__ == "__main__":
    main()
