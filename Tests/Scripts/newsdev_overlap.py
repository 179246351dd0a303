#!/usr/bin/env python3
"""Finds text of the shared real-news development set (../shared/news-dev/) in the project's files.

News-dev sentences are read and measured on, never copied: rule examples, tests, comments and docs are written
by us. Words are lowercase [a-z0-9'] runs (punctuation ignored); a run of N words that a file shares with a
news-dev sentence is printed with the file's line and the sentence's id.

  Tests/Scripts/newsdev_overlap.py FILE...      lists every shared run of 7 words (exit 0), to look at by hand
  Tests/Scripts/newsdev_overlap.py --check      checks the project's text (Sources, Tests, docs, Samples, Examples,
                                                Benchmarks, Schemas, scripts, README.md) for shared runs of 10 words
                                                and exits 1 when it finds one (`make test` runs it)

`--words N` sets the run length. Runs made only of names (an actor's official name, a leader's titles) are
listed in Tests/Scripts/newsdev_overlap.allowed, one a line, and are not reported. DYAD_NEWS_DEV overrides
where news-dev.jsonl is; without the file, --check says so and passes (a checkout without ../shared).
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
NEWS_DEV = os.environ.get('DYAD_NEWS_DEV', os.path.join(ROOT, '..', 'shared', 'news-dev', 'news-dev.jsonl'))
CHECKED = ['Sources', 'Tests', 'docs', 'Samples', 'Examples', 'Benchmarks', 'Schemas', 'scripts', 'README.md']
BINARY = ('.dyadmodel', '.png', '.jpg', '.pdf', '.gz')


def words(line):
    return re.findall(r"[a-z0-9']+", line.lower())


def project_files():
    """The files git tracks (and untracked ones it does not ignore) under the checked folders."""
    try:
        out = subprocess.run(['git', 'ls-files', '--cached', '--others', '--exclude-standard', '--'] + CHECKED,
                             cwd=ROOT, capture_output=True, text=True, check=True).stdout
        return [os.path.join(ROOT, p) for p in out.splitlines() if not p.endswith(BINARY)]
    except (OSError, subprocess.CalledProcessError):
        found = []
        for entry in CHECKED:
            path = os.path.join(ROOT, entry)
            if os.path.isfile(path):
                found.append(path)
            for folder, _, names in os.walk(path):
                found += [os.path.join(folder, n) for n in names if not n.endswith(BINARY)]
        return found


def main(argv):
    check = '--check' in argv
    n = 10 if check else 7
    files = []
    i = 0
    while i < len(argv):
        if argv[i] == '--words':
            n = int(argv[i + 1])
            i += 1
        elif argv[i] != '--check':
            files.append(argv[i])
        i += 1
    if not os.path.exists(NEWS_DEV):
        print(f"newsdev_overlap: no news-dev at {NEWS_DEV}; nothing to compare", file=sys.stderr)
        return 0
    grams = {}
    for record in open(NEWS_DEV, encoding='utf-8'):
        if record.strip():
            d = json.loads(record)
            w = words(d['text'])
            for k in range(len(w) - n + 1):
                grams.setdefault(' '.join(w[k:k + n]), d['id'])
    allowed = []
    allowed_path = os.path.join(HERE, 'newsdev_overlap.allowed')
    if os.path.exists(allowed_path):
        allowed = [' '.join(words(l)) for l in open(allowed_path, encoding='utf-8') if l.strip() and not l.startswith('#')]
    if check:
        files = project_files()
    total = 0
    for f in files:
        try:
            lines = open(f, encoding='utf-8').read().split('\n')
        except (UnicodeDecodeError, OSError):
            continue
        tokens = [(w, ln) for ln, line in enumerate(lines, 1) for w in words(line)]
        seen = set()
        for k in range(len(tokens) - n + 1):
            g = ' '.join(w for w, _ in tokens[k:k + n])
            if g not in grams or (tokens[k][1], grams[g]) in seen or any(g in a or a in g for a in allowed):
                continue
            seen.add((tokens[k][1], grams[g]))
            total += 1
            print(f"{os.path.relpath(f, ROOT) if check else f}:{tokens[k][1]}: [{grams[g]}] {g}")
    print(f"{total} overlapping places ({n}-word runs shared with news-dev)", file=sys.stderr)
    if check and total:
        print("newsdev_overlap: rewrite these in our own words (news-dev sentences must not be copied)", file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
