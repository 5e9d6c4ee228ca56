#!/usr/bin/env python3
"""Writes intransitive.txt: the verbs that take no noun-phrase object.

A verb counts when UD English EWT shows it as a VERB at least 5 times,
with an object (obj, iobj, or a passive subject) in under 10 % of those
uses, and the first (most frequent) sense WordNet 3.0 gives it has no
verb frame with a noun-phrase object.

Usage: intransitive.py EN_EWT_TRAIN.conllu WORDNET_DIR > intransitive.txt
"""
import collections
import os
import sys

# WordNet verb frames with a noun-phrase object ("Somebody ----s something").
OBJECT_FRAMES = {5, 8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 30, 31}
MIN_USES, MAX_SHARE = 5, 0.10


def wordnet_transitive(wndir):
    """The lemmas whose first WordNet sense takes a noun-phrase object."""
    frames = {}
    with open(os.path.join(wndir, "data.verb")) as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split("|")[0].split()
            wcnt = int(fields[3], 16)
            words = [fields[4 + 2 * i].lower() for i in range(wcnt)]
            p = 4 + 2 * wcnt
            p += 1 + 4 * int(fields[p])
            byword = collections.defaultdict(set)
            if p < len(fields):
                for _ in range(int(fields[p])):
                    byword[int(fields[p + 3], 16)].add(int(fields[p + 2]))
                    p += 3
            frames[fields[0]] = (words, byword)
    out = set()
    with open(os.path.join(wndir, "index.verb")) as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma, pcnt = fields[0], int(fields[3])
            words, byword = frames[fields[4 + pcnt + 2]]
            w = words.index(lemma) + 1 if lemma in words else 0
            if (byword[0] | byword[w]) & OBJECT_FRAMES:
                out.add(lemma)
    return out


def treebank_counts(path):
    """How often each verb lemma occurs, and how often with an object."""
    uses, objects = collections.Counter(), collections.Counter()
    rows = []

    def flush():
        heads = {r[6] for r in rows if r[7] in ("obj", "iobj", "nsubj:pass")}
        for r in rows:
            if r[3] == "VERB":
                uses[r[2].lower()] += 1
                objects[r[2].lower()] += r[0] in heads

    with open(path) as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                flush()
                rows = []
            elif not line.startswith("#"):
                r = line.split("\t")
                if "-" not in r[0] and "." not in r[0]:
                    rows.append(r)
    flush()
    return uses, objects


def main():
    uses, objects = treebank_counts(sys.argv[1])
    transitive = wordnet_transitive(sys.argv[2])
    for lemma in sorted(uses):
        if uses[lemma] >= MIN_USES and objects[lemma] < MAX_SHARE * uses[lemma] and lemma not in transitive and lemma.isalpha():
            print(lemma)


if __name__ == "__main__":
    main()
