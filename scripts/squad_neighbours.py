#!/usr/bin/env python3
"""Abstention on near misses: SQuAD questions asked of the wrong passage.

Usage: squad_neighbours.py BOT_BINARY [--data FILE] [-v]

For each passage of ../shared/eval/squad, build it with `BOT build`, then ask
the questions of the passages up to two places before and after it in the
same Wikipedia article, leaving out any question whose gold answer occurs in
the passage itself (1,787 questions). Same topic, same names, but the passage
does not hold the answer, so every answer given counts against the bot:
lower is better. `squad_eval.py` measures the other side (answers found).
"""
import json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "shared", "eval", "squad", "expmrc-squad-dev.json")


def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    args = [a for a in args if a != "-v"]
    bot = args[0]
    data = args[args.index("--data") + 1] if "--data" in args else DATA
    tmp = tempfile.mkdtemp()
    total = answered = 0
    for a in json.load(open(data))["data"]:
        ps = a["paragraphs"]
        for i, p in enumerate(ps):
            qs = [q["question"].replace("\n", " ")
                  for j in range(i - 2, i + 3) if j != i and 0 <= j < len(ps)
                  for q in ps[j]["qas"]
                  if not any(x["text"] in p["context"] for x in q["answers"])]
            if not qs:
                continue
            art = os.path.join(tmp, "p.txt")
            kn = os.path.join(tmp, "p.toml")
            with open(art, "w") as f:
                f.write(f"date 2000-01-01 {a['title'].replace('_', ' ')}\n\n{p['context']}\n")
            subprocess.run([bot, "build", art, "-o", kn], check=True, capture_output=True)
            r = subprocess.run([bot, "ask", "--json", "--knowledge", kn], input="\n".join(qs) + "\n",
                               capture_output=True, text=True, check=True)
            outs = [json.loads(l) for l in r.stdout.splitlines() if l.strip()]
            for q, o in zip(qs, outs):
                total += 1
                if o.get("answered"):
                    answered += 1
                    if verbose:
                        top = (o.get("answers") or [{}])[0]
                        print(f"ANSWERED {a['title']}#{i}: {q}\n    -> {top.get('quote') or top.get('answer')}")
    print(f"neighbours' questions answered: {answered}/{total} (lower is better)")


if __name__ == "__main__":
    main()
