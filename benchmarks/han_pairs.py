"""Rebuild readouts/data/han_pairs.json: how many Chinese points of the annotated corpus hold each
pair of Han characters (pairs in two or more points; the texts only, no annotation).

    python benchmarks/han_pairs.py             # from examples/corpus, writes the data file

Chinese has no spaces, so a coverage topic's name is made of character pairs (readouts.flags); a
pair that straddles two words ("终奉" in "始终奉行") is met in fewer points than the words it cuts
("始终", "奉行"), and these counts let the name skip it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from readouts.evaluation import load_dir  # noqa: E402
from readouts.flags import han_runs  # noqa: E402


def main() -> None:
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog="Writes readouts/data/han_pairs.json; "
                            "the comparisons' coverage topic names read it.").parse_args()
    texts = sorted({t for it in load_dir(ROOT / "examples" / "corpus") for r in (it.a, it.b) for t in r.texts})
    counts: Counter[str] = Counter()
    points = 0
    for t in texts:
        pairs = {run[k:k + 2] for run in han_runs(t) for k in range(len(run) - 1)}
        points += bool(pairs)
        counts.update(pairs)
    kept = {p: n for p, n in sorted(counts.items()) if n >= 2}
    out = ROOT / "readouts" / "data" / "han_pairs.json"
    out.write_text(json.dumps({"source": "examples/corpus (benchmarks/han_pairs.py)", "points": points,
                               "pairs": kept}, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(kept)} pairs in two or more of {points} Chinese points -> {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
