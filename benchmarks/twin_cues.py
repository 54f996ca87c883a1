"""The cross-lingual twins as an oracle for the cues, run by hand:

    python benchmarks/twin_cues.py                      # counts of disagreeing points, per field
    python benchmarks/twin_cues.py --show strengths,speaker   # and each such point, both readings
    python benchmarks/twin_cues.py --json OUT.json      # every twin point's readings, to diff later
    python benchmarks/twin_cues.py --flags GOLD.json    # gold-link flags that differ between twins

Each ``examples/corpus/X-ru.json`` / ``X-zh.json`` has an English twin ``X.json`` whose side in that
language is an English rendering, point by point in the same order (the gold links are the same): a
point and its translation should read the same, so where their cues differ, one language (English
too) reads wrong, or the translation says less or more. Points pair by index where the two sides
have as many points, else by the gold links that pair one point with one point. Fields compared:

* ``strengths``: the strengths of the point's acts, neither modal nor recalled (act names mapped to
  strength: "stressed" and "welcomed" are both 2);
* ``speaker``: the point's speaker side; ``actspk``: the roles its acts are credited to;
* ``polarity``, ``commits``: :attr:`PointCues.polarity`, :attr:`PointCues.commits`;
* ``numbers``: number keys, a number the other side spells out ("fifty") agreeing; ``dates``: date keys.

``--flags`` reads a JSON of flags per corpus file ({file: [{"kind", "side", "points"}, ...]}, as the
round's gold-link dump writes) and lists the flags one twin raises and the other does not.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from readouts.cues import PointCues, pair_cues  # noqa: E402
from readouts.evaluation import load_annotated  # noqa: E402

FIELDS = ("strengths", "speaker", "actspk", "polarity", "commits", "numbers", "dates")


def features(pc: PointCues) -> dict:
    made = [a for a in pc.acts if not a.modal and not a.past]
    return {"strengths": sorted({a.effective_strength for a in made}), "speaker": pc.speaker_side,
            "actspk": sorted({a.speaker for a in pc.acts}), "polarity": pc.polarity, "commits": pc.commits,
            "numbers": sorted(k[4:] for k in pc.details if k.startswith("num:")),
            "spelled": sorted(pc.spelled_numbers), "dates": sorted({d.key for d in pc.dates})}


def reading(pc: PointCues) -> dict:
    return {"speaker": [pc.speaker, pc.speaker_side],
            "acts": [[a.name, a.text, a.speaker, a.effective_strength, a.effective_polarity]
                     + [flag for flag, on in (("modal", a.modal), ("past", a.past), ("content", a.content)) if on]
                     for a in pc.acts],
            "numbers": [n.text for n in pc.numbers], "dates": [d.text for d in pc.dates]}


def differs(fx: dict, fe: dict, field: str) -> bool:
    if field != "numbers":
        return fx[field] != fe[field]
    nx, ne = set(fx["numbers"]), set(fe["numbers"])
    return bool(nx - ne - set(fe["spelled"]) or ne - nx - set(fx["spelled"]))


def twins(corpus: Path) -> dict[str, dict]:
    out = {}
    for f in sorted([*corpus.glob("*-ru.json"), *corpus.glob("*-zh.json")]):
        twin = f.with_name(f.name[:-8] + ".json")
        if not twin.exists():
            continue
        x, e = load_annotated(f), load_annotated(twin)
        side = "a" if x.a.language.split("-")[0] in ("ru", "zh") else "b"
        k = 0 if side == "a" else 1
        px, pe = pair_cues(x.a, x.b)[k], pair_cues(e.a, e.b)[k]
        if len(px) == len(pe):
            matched = [(i, i) for i in range(len(px))]
        else:  # one point to one point in both files' gold links, the same link by its index
            matched = []
            for lx, le in zip(x.gold.links, e.gold.links):
                ix, ie = (lx.a, le.a) if side == "a" else (lx.b, le.b)
                if len(ix) == len(ie) == 1:
                    matched.append((ix[0], ie[0]))
        for i, j in matched:
            out[f"{f.name}:{side}{i}"] = {"x": px[i].text, "e": pe[j].text, "fx": features(px[i]),
                                          "fe": features(pe[j]), "rx": reading(px[i]), "re": reading(pe[j])}
    return out


def flag_twins(path: str) -> None:
    flags = json.load(open(path, encoding="utf-8"))
    n = total = 0
    for name in sorted(flags):
        if not name.endswith(("-ru.json", "-zh.json")) or name[:-8] + ".json" not in flags:
            continue
        kx = {(x["kind"], x["side"], tuple(x["points"])) for x in flags[name]}
        ke = {(x["kind"], x["side"], tuple(x["points"])) for x in flags[name[:-8] + ".json"]}
        total += len(kx | ke)
        for key in sorted(kx ^ ke, key=str):
            n += 1
            print(name, "twin only" if key in kx else "English only", *key)
    print(f"{n} of {total} flags differ between twins")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=str(ROOT / "examples" / "corpus"))
    ap.add_argument("--show", default="", help="comma-separated fields (or 'all') whose disagreements to print")
    ap.add_argument("--json", help="write every twin point's readings here")
    ap.add_argument("--flags", help="a gold-link flag dump to compare between twins instead")
    args = ap.parse_args()
    if args.flags:
        flag_twins(args.flags)
        return
    out = twins(Path(args.corpus))
    if args.json:
        json.dump(out, open(args.json, "w", encoding="utf-8"), ensure_ascii=False, indent=0)
    want = set(filter(None, args.show.split(",")))
    counts: Counter[str] = Counter()
    disagree = 0
    for key, v in out.items():
        fields = [f for f in FIELDS if differs(v["fx"], v["fe"], f)]
        counts.update(fields)
        disagree += bool(fields)
        shown = [f for f in fields if "all" in want or f in want]
        if shown:
            print("==", key, shown)
            print("  X:", v["x"], "\n    ", v["rx"])
            print("  E:", v["e"], "\n    ", v["re"])
    print(f"{len(out)} twin points, {disagree} disagree:", ", ".join(f"{f} {counts[f]}" for f in FIELDS))


if __name__ == "__main__":
    main()
