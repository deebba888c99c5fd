#!/usr/bin/env python3
"""Jackknifed morphology for training the parser (issue 6).

At run time the parser sees the words, tags, features and lemmas the morph
stage predicts, not the treebank's. To let it learn from the tags it will
really get, the training part of the treebank is tagged by morph models that
never saw it: the training documents (naba's split: every 5th document is dev,
naba_cu_is_dev) are dealt into K folds (training document j goes to fold
j % K); for each fold a morph model is trained with `naba train morph` on the
other folds, and the fold's documents are analysed from their gold tokens with
`naba analyze -i conllu -u morph --treebank-tokens`.

`naba train morph` always holds out the documents at positions % 5 == 4, so
each fold's treebank is written with the fold's documents at those positions
(empty "# newdoc" lines fill the gaps) and the dev documents left out.

Output: a CoNLL-U file with the same sentences, tokens and gold trees, in
which each token of a training document whose predicted words are as many as
the gold ones gets the predicted FORM, LEMMA, UPOS, XPOS and FEATS (the tree
stays gold); other tokens and every dev document keep the gold words. Train
the parser on it with `naba train parse --tags FILE` (docs/parse.md).

Deterministic: `naba train morph` is (same seed, same news, same model).

usage (from the repository root):
  python3 tools/parse_jackknife.py -o /tmp/padt-jk.conllu
  options: --naba build/naba --treebank ... --news 'GLOB' --folds 10 --jobs 2
           --work DIR (keep the fold models there)
           --keep-models (with --work: reuse them, e.g. after a change to the
           analysis only)
"""
import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

DEV_EVERY = 5


def read_docs(path):
    """The file as a list of documents, each a list of sentence blocks (lists of lines)."""
    docs, block = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# newdoc"):
                docs.append([])
            if line == "":
                if block:
                    if not docs:
                        docs.append([])
                    docs[-1].append(block)
                block = []
            else:
                block.append(line)
    if block:
        if not docs:
            docs.append([])
        docs[-1].append(block)
    return docs


def doc_text(doc):
    """A document as CoNLL-U, starting with a "# newdoc" line."""
    out = []
    for block in doc:
        out.extend(block)
        out.append("")
    if not doc or not doc[0][0].startswith("# newdoc"):
        out.insert(0, "# newdoc")
    return "\n".join(out) + "\n"


def fold_treebank(train_docs, held):
    """Training documents with those of `held` at the dev positions of `naba train morph`."""
    rest = [d for j, d in enumerate(train_docs) if j not in held]
    out = [train_docs[j] for j in sorted(held)]
    parts, slot = [], 0
    while rest or out:
        if slot % DEV_EVERY == DEV_EVERY - 1:
            parts.append(doc_text(out.pop(0)) if out else "# newdoc\n")
        else:
            parts.append(doc_text(rest.pop(0)) if rest else "# newdoc\n")
        slot += 1
    return "".join(parts)


def train_fold_model(args, d, tb, model, k):
    news = sorted(glob.glob(args.news))
    with open(os.path.join(d, "train.log"), "w") as log:
        zcat = subprocess.Popen(["zcat"] + news, stdout=subprocess.PIPE)
        r = subprocess.run([args.naba, "train", "morph", "--news", "-", "--treebank", tb, "-o", model],
                           stdin=zcat.stdout, stdout=log, stderr=log)
        zcat.stdout.close()
        zcat.wait()
    if r.returncode:
        sys.exit("fold %d: naba train morph failed (see %s/train.log)" % (k, d))


def run_fold(args, work, k, train_docs, held):
    d = os.path.join(work, "fold%d" % k)
    os.makedirs(os.path.join(d, "models"), exist_ok=True)
    root = os.getcwd()
    if not os.path.exists(os.path.join(d, "data")):
        os.symlink(os.path.join(root, "data"), os.path.join(d, "data"))
    tb = os.path.join(d, "treebank.conllu")
    with open(tb, "w", encoding="utf-8") as f:
        f.write(fold_treebank(train_docs, held))
    model = os.path.join(d, "models", "morph.nbm")
    if not (args.keep_models and os.path.exists(model)):  # else trained by an earlier run
        train_fold_model(args, d, tb, model, k)
    gold = os.path.join(d, "held.conllu")
    with open(gold, "w", encoding="utf-8") as f:
        f.write("".join(doc_text(train_docs[j]) for j in sorted(held)))
    pred = os.path.join(d, "held.pred.conllu")
    subprocess.run([args.naba, "analyze", "--data-dir", d, "-q", "-i", "conllu", "-u", "morph", "-f", "conllu",
                    "--treebank-tokens", "-o", pred, gold], check=True)
    return read_docs(pred)


def tokens(block):
    """The word lines of a sentence grouped by token: [(token line or None, [word lines])]."""
    out, end = [], 0
    for line in block:
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0]:
            a, b = cols[0].split("-")
            out.append((line, []))
            end = int(b)
        elif "." in cols[0]:
            continue
        else:
            i = int(cols[0])
            if i <= end and out and out[-1][0] is not None:
                out[-1][1].append(cols)
            else:
                out.append((None, [cols]))
    return out


def merge(gold_doc, pred_doc, stats):
    """gold_doc's sentences with the predicted morphology of the tokens whose word counts agree."""
    gs = [b for b in gold_doc]
    ps = [b for b in pred_doc]
    if len(gs) != len(ps):
        sys.exit("sentence counts differ: %d gold, %d predicted" % (len(gs), len(ps)))
    out = []
    for g, p in zip(gs, ps):
        gt, pt = tokens(g), tokens(p)
        if len(gt) != len(pt):
            sys.exit("token counts differ in a sentence: %d gold, %d predicted" % (len(gt), len(pt)))
        repl = {}
        for (gl, gw), (pl, pw) in zip(gt, pt):
            stats["tokens"] += 1
            if len(gw) != len(pw):
                stats["kept"] += 1
                continue
            for a, b in zip(gw, pw):
                c = list(a)
                c[1:6] = b[1:6]
                repl[a[0]] = "\t".join(c)
        block = []
        for line in g:
            cols = line.split("\t")
            block.append(repl.get(cols[0], line) if not line.startswith("#") else line)
        out.append(block)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--naba", default="build/naba")
    ap.add_argument("--treebank", default="../shared/data/padt-ud1.3/converted/padt13-ud2.devoc.conllu")
    ap.add_argument("--news", default="../shared/data/news/*.jsonl.gz")
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--work", default=None)
    ap.add_argument("--keep-models", action="store_true",
                    help="reuse the fold models an earlier run left in --work (same morph recipe)")
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args()
    docs = read_docs(args.treebank)
    train_idx = [i for i in range(len(docs)) if i % DEV_EVERY != DEV_EVERY - 1]
    train_docs = [docs[i] for i in train_idx]
    work = args.work or tempfile.mkdtemp(prefix="parse-jk-")
    folds = [set(j for j in range(len(train_docs)) if j % args.folds == k) for k in range(args.folds)]
    with ThreadPoolExecutor(max_workers=args.jobs) as ex:
        preds = list(ex.map(lambda k: run_fold(args, work, k, train_docs, folds[k]), range(args.folds)))
    stats = {"tokens": 0, "kept": 0}
    merged = list(docs)
    for k, held in enumerate(folds):
        for j, pdoc in zip(sorted(held), preds[k]):
            merged[train_idx[j]] = merge(train_docs[j], pdoc, stats)
    with open(args.output, "w", encoding="utf-8") as f:
        for d in merged:
            f.write(doc_text(d))
    print("%d training tokens, %d kept gold words (segmentation differs)" % (stats["tokens"], stats["kept"]),
          file=sys.stderr)
    if not args.work:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
