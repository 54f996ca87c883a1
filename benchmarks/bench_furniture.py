"""How the time of reading a long pasted page grows with its lines: ``furniture_spans`` and ``Readout.from_text``.

    python benchmarks/bench_furniture.py                      # 1k, 10k, 60k lines, four shapes
    python benchmarks/bench_furniture.py --lines 1000,20000 --shapes noblank,lists --repeats 1

Each text is built (fixed seed) from the corpus sides' points, one a line, with a web page's furniture between
them (dates, site names, "Share", "Print", navigation and tag lists), in four shapes:

- ``pasted``: pages joined, a blank line around each readout;
- ``noblank``: the same lines with no blank line (a page pasted line by line, many pages joined);
- ``nostop``: ``noblank`` with every line's final stop dropped, so no line ends a sentence and the page's header
  never closes;
- ``lists``: one sentence, then tag lists one under another with no blank line.

``noblank``, ``nostop`` and ``lists`` were quadratic in ``furniture_spans`` before round 54 (on 2 shared cores:
60,000 lines of ``noblank`` took 10-11 s, of ``nostop`` 20-26 s; 10,000 lines of ``lists`` 30-34 s); now
60,000 lines of each take 0.5-1.5 s. For each shape and size it prints the seconds (median
over ``--repeats``) and the lines per second; linear time keeps the lines per second flat as the lines grow, and
the last column gives the time per line at each size against the smallest.

Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # measure this checkout, not whatever readouts is installed

CORPUS = ROOT / "examples" / "corpus"

FURNITURE = [
    "Share", "Print", "Email", "Facebook Twitter Email", "Версия для печати", "【打印】【关闭】", "Source: Xinhua",
    "March 3, 2022", "3 марта 2022 года", "2022年3月3日", "15:40", "U.S. Department of State", "The White House",
    "Briefing Room", "Statements and Releases", "Home > News > Readouts", "Tags", "Россия", "США", "Related Articles",
    "Поделиться:", "Telegram", "ВКонтакте", "https://www.state.gov/readout", "© 2024 Xinhua", "All rights reserved.",
    "Privacy Policy | Contact Us", "Page 1 of 1", "Editor: huaxia", "责任编辑：李四", "Москва, 5 марта 2022",
    "The Kremlin, Moscow", "北京", "Menu", "Search", "Home", "News", "Back to top", "",
    "Министерство иностранных дел Российской Федерации", "外交部网站", "Subscribe to our newsletter", "Photo: Reuters",
    "Читайте также:",
]


def corpus_sides() -> list[list[str]]:
    sides = []
    for path in sorted(CORPUS.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        sides += [record["a"]["points"], record["b"]["points"]]
    return sides


def page_lines(n: int, sides: list[list[str]], blank: bool, seed: int = 0) -> list[str]:
    rnd = random.Random(seed)
    out: list[str] = []
    while len(out) < n:
        out.extend(x for x in (rnd.choice(FURNITURE) for _ in range(rnd.randint(3, 12))) if blank or x)
        if blank:
            out.append("")
        out.extend(rnd.choice(sides))
        if blank:
            out.append("")
    return out[:n]


def text_of(shape: str, n: int, sides: list[list[str]]) -> str:
    if shape == "pasted":
        return "\n".join(page_lines(n, sides, blank=True))
    if shape == "noblank":
        return "\n".join(page_lines(n, sides, blank=False))
    if shape == "nostop":
        return "\n".join(x.rstrip(".。!?") for x in page_lines(n, sides, blank=False))
    if shape == "lists":
        lines = ["The two sides spoke by phone."]
        while len(lines) < n:
            lines += ["Tags", "Россия", "США", "Related Articles", "Readout of the call"]
        return "\n".join(lines[:n])
    raise SystemExit(f"unknown shape {shape!r}")


def seconds(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lines", default="1000,10000,60000", help="line counts (default 1000,10000,60000)")
    ap.add_argument("--shapes", default="pasted,noblank,nostop,lists", help="which texts (default all four)")
    ap.add_argument("--repeats", type=int, default=3, help="runs per figure; the median is shown (default 3)")
    ap.add_argument("--no-from-text", action="store_true", help="time furniture_spans alone")
    args = ap.parse_args()
    from readouts import Readout
    from readouts.segmentation import furniture_spans

    warnings.simplefilter("ignore")  # FurnitureWarning on every from_text
    sizes = [int(x) for x in args.lines.split(",")]
    sides = corpus_sides()
    steps = [("furniture_spans", lambda t: furniture_spans(t))]
    if not args.no_from_text:
        steps.append(("Readout.from_text", lambda t: Readout.from_text(t, side="A")))
    print(f"{'shape':8} {'step':18} {'lines':>7} {'chars':>9} {'seconds':>8} {'lines/s':>9} {'s/line vs first':>16}")
    for shape in args.shapes.split(","):
        texts = {n: text_of(shape, n, sides) for n in sizes}
        for name, fn in steps:
            first = None
            for n in sizes:
                t = texts[n]
                s = seconds(lambda: fn(t), args.repeats)
                per_line = s / n
                first = first or per_line
                print(f"{shape:8} {name:18} {n:7} {len(t):9} {s:8.3f} {n / s:9.0f} {per_line / first:16.2f}",
                      flush=True)


if __name__ == "__main__":
    main()
