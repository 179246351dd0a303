#!/usr/bin/env python3
"""Writes a deterministic synthetic JSON Lines corpus for the Spark test and benchmark.

Every sentence comes from templates written for Dyad's tests, filled with states and armed groups
the bundled pack knows. Dates mix full days, months (YYYY-MM), years (YYYY) and none; some
documents have no id (the content hash is used) and one document repeats, so idempotence shows.
With --bad-lines, a few lines carry an impossible date (for --on-error skip).
"""

import argparse
import json
import sys

STATES = ["Iran", "Israel", "Russia", "Turkey", "France", "Germany", "Egypt", "Jordan", "Syria",
          "Qatar", "Saudi Arabia", "Pakistan", "India", "Iraq", "Lebanon", "China", "Japan", "Ukraine"]
GROUPS = ["Hezbollah", "Hamas", "the Houthis"]

TEMPLATES = [
    "{a} and {b} are bitter enemies.",
    "{a} and {b} signed an agreement on trade and energy.",
    "{a} and {b} are close allies.",
    "{a} accused {b} of shelling border villages.",
    "{a} and {b} agreed to expand cooperation.",
    "{g} is a proxy of {a}.",
    "The {a}-backed {g} attacked positions held by {b}.",
    "{a} reportedly mediated between {b} and {c}.",
    "{a} did not attack {b}.",
    "Officials in {a} said the talks with {b} had stalled.",
    "{a} condemned the strikes carried out by {b}.",
]

FILLER = [
    "Markets were calm on the day.",
    "The statement was read out at a press conference.",
    "Analysts expect further meetings in the coming weeks.",
    "Details of the arrangement were not made public.",
]


class Lcg:
    """A tiny linear congruential generator, so the corpus is the same on every Python."""

    def __init__(self, seed):
        self.state = seed

    def below(self, bound):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.state >> 33) % bound


def document(number, rng):
    sentences = []
    for _ in range(2 + rng.below(4)):
        template = TEMPLATES[rng.below(len(TEMPLATES))]
        a, b, c = (STATES[rng.below(len(STATES))] for _ in range(3))
        if a == b:
            b = STATES[(STATES.index(a) + 1) % len(STATES)]
        group = GROUPS[rng.below(len(GROUPS))]
        sentence = template.format(a=a, b=b, c=c, g=group.replace("the ", "") if template.startswith("The") else group)
        sentences.append(sentence[0].upper() + sentence[1:])
        if rng.below(3) == 0:
            sentences.append(FILLER[rng.below(len(FILLER))])
    record = {"text": " ".join(sentences)}
    if rng.below(5) != 0:
        record["id"] = "doc-%05d" % number
    kind = rng.below(4)
    year, month, day = 2015 + rng.below(10), 1 + rng.below(12), 1 + rng.below(28)
    if kind == 0:
        record["date"] = "%04d-%02d-%02d" % (year, month, day)
    elif kind == 1:
        record["date"] = "%04d-%02d" % (year, month)
    elif kind == 2:
        record["date"] = "%04d" % year
    if rng.below(6) == 0:
        record["title"] = "Report %d" % number
    return record


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=400)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--bad-lines", action="store_true", help="add a few lines with impossible dates")
    args = parser.parse_args()
    rng = Lcg(args.seed)
    out = sys.stdout
    repeated = None
    for number in range(args.documents):
        record = document(number, rng)
        if number == 3:
            repeated = record
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        if args.bad_lines and number % 97 == 50:
            out.write(json.dumps({"id": "bad-%d" % number, "text": "Iran and Israel are enemies.", "date": "2021-13"}) + "\n")
        if repeated is not None and number == args.documents // 2:
            out.write(json.dumps(repeated, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
