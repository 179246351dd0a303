#!/usr/bin/env python3
"""Usage: Tests/Scripts/newsdev_overlap.py FILE... — prints every 7-word sequence of FILE that also occurs in a news-dev sentence,
with the line number in FILE and the news-dev id. Words: lowercase [a-z0-9'] runs (punctuation ignored).
News-dev sentences must not be copied into the project (examples, tests and comments are written by us):
this finds what was. DYAD_NEWS_DEV overrides where news-dev.jsonl is (default: ../shared/news-dev/)."""
import json, os, re, sys

NEWS_DEV = os.environ.get('DYAD_NEWS_DEV', os.path.join(os.path.dirname(__file__), '..', '..', '..', 'shared', 'news-dev', 'news-dev.jsonl'))
N = 7
grams = {}
for l in open(NEWS_DEV, encoding='utf-8'):
    d = json.loads(l)
    w = re.findall(r"[a-z0-9']+", d['text'].lower())
    for i in range(len(w) - N + 1):
        grams[' '.join(w[i:i + N])] = d['id']
total = 0
for f in sys.argv[1:]:
    lines = open(f, encoding='utf-8').read().split('\n')
    words = []  # (word, line)
    for ln, line in enumerate(lines, 1):
        for w in re.findall(r"[a-z0-9']+", line.lower()):
            words.append((w, ln))
    seen = set()
    for i in range(len(words) - N + 1):
        g = ' '.join(w for w, _ in words[i:i + N])
        if g in grams and (words[i][1], grams[g]) not in seen:
            seen.add((words[i][1], grams[g]))
            total += 1
            print(f"{f}:{words[i][1]}: [{grams[g]}] {g}")
print(f"{total} overlapping places", file=sys.stderr)
