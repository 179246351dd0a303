#!/usr/bin/env python3
"""Writes the hand-built graphs the diff tests use: theatre.json (the seed article of
2021-11-01 and the follow-up of 2021-12-01 read into one graph, as an extractor would),
and old.json / new.json (two files for the file-to-file diff). Run from this folder."""
import json

SEED, FOLLOW = "000_797165f7f20ed22e", "2021-12-01-followup"

def actor(id, name, kind, aliases=(), part_of=None):
    a = {"id": id, "name": name, "kind": kind, "aliases": sorted(aliases)}
    if part_of:
        a["partOf"] = part_of
    return a

ACTORS = [
    actor("al-quds-brigade", "al-Quds Brigade", "armed-group", ["Quds Brigade"]),
    actor("hezbollah", "Hezbollah", "armed-group", ["Hizbollah"]),
    actor("idf", "Israel Defense Forces", "military", ["IDF"], "israel"),
    actor("iran", "Iran", "state", ["Iranian", "Tehran"]),
    actor("irgc", "IRGC", "military", ["Iranian Revolutionary Guard", "Iranian factions"], "iran"),
    actor("israel", "Israel", "state", ["Israeli", "Jerusalem", "Naftali Bennett"]),
    actor("russia", "Russia", "state", ["Moscow", "Russian", "Vladimir Putin"]),
    actor("syria", "Syria", "state", ["Assad", "Damascus", "Daramsuq"]),
    actor("unidentified-gunmen", "unidentified gunmen", "unknown", ["gunmen"]),
]

# (source, type, target, document, sentence, modality, attributedTo)
S = [
    ("israel", "agreement", "russia", SEED, "It is assumed the withdrawal is done out of fear of being bombed after the Russian-Israeli meeting in which the two sides agreed to continue to curb Iranian influence in Syria.", "asserted", None),
    ("israel", "agreement", "russia", SEED, "New Israeli airstrikes in the Golan and Daramsuq (Damascus) area indicate \u201cthat the crucial Israeli-Russian understandings reached since 2015 remain operative.\u201d", "asserted", "Mark Regev"),
    ("iran", "hostility", "israel", SEED, "Iran and Israel are overt enemies.", "asserted", None),
    ("idf", "hostility", "iran", SEED, "Since the outbreak of the civil war a decade ago, and the ensuing growth of Iran\u2019s presence, the IDF has repeatedly targeted Iranian positions and those of its proxy Hezbollah.", "asserted", "Mark Regev"),
    ("hezbollah", "proxy", "iran", SEED, "Since the outbreak of the civil war a decade ago, and the ensuing growth of Iran\u2019s presence, the IDF has repeatedly targeted Iranian positions and those of its proxy Hezbollah.", "asserted", "Mark Regev"),
    ("iran", "alliance", "syria", SEED, "Tehran\u2019s pretext for involvement was to bolster its ally Bashar Assad, but its goals were much larger.", "asserted", "Mark Regev"),
    ("russia", "alliance", "syria", SEED, "Israel, with hundreds of thousands of Russian-descent citizens, and Russia, which actively entered the Syrian war in 2015 to save the crumbling Ba\u2019ath regime, have a common interest in keeping Iran out of Syria.", "asserted", None),
    ("israel", "hostility", "syria", SEED, "In return for allowing continued actions in Syria by Israel against Iranian troops, Israel might have lowered it demands to have Assad removed.", "hedged", None),
    ("al-quds-brigade", "proxy", "iran", SEED, "The unidentified gunmen killed a security official in the Iranian-affiliated al-Quds Brigade.", "asserted", None),
    ("unidentified-gunmen", "hostility", "al-quds-brigade", SEED, "The unidentified gunmen killed a security official in the Iranian-affiliated al-Quds Brigade.", "asserted", None),
    ("unidentified-gunmen", "hostility", "irgc", SEED, "In related news, unidentified gunmen targeted a military vehicle belonging to Iranian factions with automatic weapons near the al-Tabani desert.", "asserted", None),
    # The follow-up of 2021-12-01.
    ("israel", "hostility", "russia", FOLLOW, "DAMASCUS, Dec 1 \u2013 Russia on Wednesday condemned a fresh wave of Israeli air strikes near Damascus and warned Israel that the raids put Russian personnel in Syria at risk, a sharp break with the understandings that Vladimir Putin and Naftali Bennett reached in Sochi in October.", "asserted", None),
    ("israel", "agreement", "russia", FOLLOW, "Russian officials denied that Russia had agreed with Israel to curb Iranian influence in Syria, and said the coordination mechanism between the two armies was no longer in force.", "negated", None),
    ("iran", "agreement", "syria", FOLLOW, "On the same day, Iran and Syria signed a military cooperation agreement in Damascus.", "asserted", None),
    ("israel", "hostility", "syria", FOLLOW, "Under the deal, Tehran will help rebuild Syrian air defences damaged in the Israeli raids, Syrian Defence Minister Ali Mahmoud Abbas said after meeting his Iranian counterpart.", "asserted", "Ali Mahmoud Abbas"),
    ("al-quds-brigade", "proxy", "irgc", FOLLOW, "A commander of the Iranian-backed al-Quds Brigade confirmed on Tuesday that the brigade receives weapons and salaries from the Iranian Revolutionary Guard.", "asserted", None),
    ("al-quds-brigade", "proxy", "iran", FOLLOW, "A commander of the Iranian-backed al-Quds Brigade confirmed on Tuesday that the brigade receives weapons and salaries from the Iranian Revolutionary Guard.", "asserted", None),
    ("israel", "hostility", "iran", FOLLOW, "Speaking in Jerusalem on Tuesday, Bennett said Israel would keep striking Iranian forces in Syria \u201cwherever necessary\u201d.", "asserted", "Naftali Bennett"),
    ("hezbollah", "alliance", "iran", FOLLOW, "Hezbollah, Iran\u2019s ally in Lebanon, welcomed the agreement between Tehran and Damascus and accused Israel of waging war on Syria.", "asserted", None),
    ("hezbollah", "hostility", "israel", FOLLOW, "Hezbollah, Iran\u2019s ally in Lebanon, welcomed the agreement between Tehran and Damascus and accused Israel of waging war on Syria.", "asserted", None),
]

DOCS = {SEED: {"id": SEED, "title": "Iranian factions evacuate largest base in eastern Syria", "published": "2021-11-01"},
        FOLLOW: {"id": FOLLOW, "title": "Moscow turns on Israel over Syria raids as Tehran and Damascus sign defence pact", "published": "2021-12-01"}}


def graph(statements, actors, docs):
    rels = {}
    for s, t, b, doc, sentence, modality, speaker in statements:
        if t != "proxy" and b < s:
            s, b = b, s
        ev = {"document": doc, "sentence": sentence, "rule": "hand", "modality": modality}
        if speaker:
            ev["attributedTo"] = speaker
        rels.setdefault((s, t, b), []).append(ev)
    relations = []
    for (s, t, b), evs in sorted(rels.items()):
        best = min(evs, key=lambda e: ["asserted", "hedged", "negated"].index(e["modality"]))["modality"]
        relations.append({"source": s, "type": t, "target": b, "modality": best, "evidence": evs})
    return {"version": 1, "documents": [docs[d] for d in sorted(docs)], "actors": actors, "relations": relations}


def write(name, g):
    with open(name, "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")


write("theatre.json", graph(S, ACTORS, DOCS))
# File-to-file: old holds the seed only, and does not know yet that the IRGC is Iran's or al-Quds's Arabic name;
# new holds both articles, and drops the alias "Assad" from Syria.
old_actors = [dict(a) for a in ACTORS]
for a in old_actors:
    if a["id"] == "irgc":
        a.pop("partOf")
new_actors = [dict(a) for a in ACTORS]
for a in new_actors:
    if a["id"] == "al-quds-brigade":
        a["aliases"] = sorted(a["aliases"] + ["Liwa al-Quds"])
    if a["id"] == "syria":
        a["aliases"] = [x for x in a["aliases"] if x != "Assad"]
write("old.json", graph([s for s in S if s[3] == SEED], old_actors, {SEED: DOCS[SEED]}))
write("new.json", graph(S, new_actors, DOCS))
