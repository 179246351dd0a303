#!/usr/bin/env python3
"""Validate JSON or JSON Lines files against one of Dyad's schemas.

Usage: check_schema.py SCHEMA.json FILE [FILE...]
Files ending in .jsonl are checked line by line. Every schema in the same
folder is registered, so cross-file $refs resolve. Prints each error as
FILE[:LINE]: message and exits 1 when any file is invalid, 0 otherwise.
"""
import json
import pathlib
import sys

from jsonschema import Draft202012Validator
from referencing import Registry, Resource


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    schema_path = pathlib.Path(argv[1])
    registry = Registry()
    for path in sorted(schema_path.parent.glob("*.json")):
        contents = json.loads(path.read_text(encoding="utf-8"))
        if "$id" in contents:
            registry = registry.with_resource(contents["$id"], Resource.from_contents(contents))
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema, registry=registry)
    failed = False
    for name in argv[2:]:
        text = pathlib.Path(name).read_text(encoding="utf-8")
        items = [(None, json.loads(text))] if not name.endswith(".jsonl") else [
            (number, json.loads(line)) for number, line in enumerate(text.splitlines(), 1) if line.strip()]
        for number, item in items:
            for error in validator.iter_errors(item):
                failed = True
                where = f"{name}:{number}" if number else name
                print(f"{where}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
