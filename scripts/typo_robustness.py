#!/usr/bin/env python3
"""Typo robustness: does one typo change the answer?

Usage: scripts/typo_robustness.py BOT [--seed N] [-v]

Takes the answerable questions about the built-in story from
tests/fixtures/news2/questions.jsonl (and ../shared/eval/dev_questions.jsonl
when it is there), makes three variants of each with one random edit
(substitution, deletion, insertion or two letters swapped) in one word of
four letters or more that is not a function word, and asks both with
`BOT ask --json`. Prints how many variants got the same top fact as the
clean question, another fact, or no answer.
"""
import json, os, random, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = [os.path.join(HERE, "..", "tests", "fixtures", "news2", "questions.jsonl"),
        os.path.join(HERE, "..", "..", "shared", "eval", "dev_questions.jsonl")]
STOP = set("the a an of to in on for and or is are was were did do does what who when where "
           "why how which whose with by at from that this it".split())


def typo(rng, w):
    i = rng.randrange(len(w))
    op = rng.choice("sdit")
    c = rng.choice("abcdefghijklmnopqrstuvwxyz")
    if op == "s" and len(w) > 3:
        return w[:i] + c + w[i + 1:]
    if op == "d" and len(w) > 4:
        return w[:i] + w[i + 1:]
    if op == "t" and i < len(w) - 1:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return w[:i] + c + w[i:]


def ask(bot, lines):
    r = subprocess.run([bot, "ask", "--json"], input="\n".join(lines) + "\n",
                       capture_output=True, text=True, check=True)
    return [json.loads(l) for l in r.stdout.splitlines()]


def top(o):
    return o["answers"][0]["fact"] if o.get("answered") and o.get("answers") else None


def main():
    args = sys.argv[1:]
    bot = args[0]
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 7
    verbose = "-v" in args
    rng = random.Random(seed)
    qs = []
    for path in SETS:
        if os.path.exists(path):
            for line in open(path):
                r = json.loads(line)
                if r["kind"] == "answer" and r.get("knowledge", "seed") == "seed":
                    qs.append(r["q"])
    variants = []
    for q in qs:
        words = q.split()
        cand = [i for i, w in enumerate(words)
                if w.lower().strip("?,.") not in STOP and len(w.strip("?,.")) >= 4]
        for _ in range(3 if cand else 0):
            i = rng.choice(cand)
            w = words[i].strip("?,.")
            ws = list(words)
            ws[i] = words[i].replace(w, typo(rng, w))
            variants.append((q, " ".join(ws)))
    clean = dict(zip(qs, map(top, ask(bot, qs))))
    same = other = lost = 0
    for (q, v), o in zip(variants, ask(bot, [v for _, v in variants])):
        if top(o) == clean[q]:
            same += 1
        elif top(o) is None:
            lost += 1
            if verbose:
                print(f"REFUSED {v!r} (clean: {q!r})")
        else:
            other += 1
            if verbose:
                print(f"OTHER   {v!r}: {top(o)} instead of {clean[q]}")
    print(f"{len(variants)} variants of {len(qs)} questions: same answer {same}, "
          f"another answer {other}, refused {lost}")


if __name__ == "__main__":
    main()
