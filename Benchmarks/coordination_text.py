#!/usr/bin/env python3
"""Writes coordination-heavy text: long lists of gazetteer names joined by commas and "and",
as subject and object of relation verbs, to measure the extractor's memory and time per byte.

Usage: Benchmarks/coordination_text.py SIZE_BYTES [OUT] [--list N] [--seed S]
The names are the `name:` entries of the default pack's state gazetteer; the sentence frames are
written for this benchmark. OUT defaults to standard output.
"""
import argparse
import pathlib
import random
import sys

PACK = pathlib.Path(__file__).resolve().parent.parent / "Sources/DyadExtraction/DefaultPack/actors/states.yaml"

FRAMES = [
    "{a} signed a defence agreement.",
    "{a} agreed to a ceasefire on the border.",
    "{a} attacked {b} last week.",
    "{a} formed an alliance against {b}.",
    "{a} backed {b} with weapons and money.",
    "{a} reached a trade deal with {b}.",
]


def names(keep_parentheses):
    out = []
    for line in PACK.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("name:"):
            value = stripped[len("name:"):].strip().strip("\"'")
            # Names with a parenthesis ("Council (Yemen)") teach the document aliases; --aliases keeps them.
            if value and value.isascii() and (keep_parentheses or "(" not in value):
                out.append(value)
    return out


def listing(rng, pool, count):
    chosen = rng.sample(pool, count)
    return ", ".join(chosen[:-1]) + " and " + chosen[-1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("size", type=int, help="bytes of text to write (at least)")
    parser.add_argument("out", nargs="?", default="-")
    parser.add_argument("--list", type=int, default=25, help="names per list")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--aliases", action="store_true", help="keep names with a parenthesis (the document learns aliases)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pool = names(args.aliases)
    chunks, total, sentences = [], 0, 0
    while total < args.size:
        frame = FRAMES[sentences % len(FRAMES)]
        sentence = frame.format(a=listing(rng, pool, args.list), b=listing(rng, pool, args.list))
        sentences += 1
        # A paragraph every six sentences.
        sentence += "\n\n" if sentences % 6 == 0 else " "
        chunks.append(sentence)
        total += len(sentence.encode("utf-8"))
    text = "".join(chunks)
    if args.out == "-":
        sys.stdout.write(text)
    else:
        pathlib.Path(args.out).write_text(text, encoding="utf-8")
    print(f"{sentences} sentences, {total} bytes, lists of {args.list}", file=sys.stderr)


if __name__ == "__main__":
    main()
