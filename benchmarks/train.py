"""Fit the shipped parameters (readouts/params.json) and report leave-one-call-out figures.

    python benchmarks/train.py                 # fit on examples/corpus, print CV, write params.json
    python benchmarks/train.py --dry-run       # print CV only
    python benchmarks/train.py --backends use,e5   # refit these, keep the other backends' entries
    python benchmarks/train.py --cache DIR     # keep the embeddings in DIR (readouts.cache): a rerun
                                               # skips the encoding, ~10 min for USE+e5
    python benchmarks/train.py --no-cv         # fit only (minutes, not hours); the refitted backends'
                                               # figures leave params.json's "cv" until a run measures them

Each embedder backend is fitted on the pairs it is used for: the default English model on
same-language pairs, "generic" (the fallback for embedders that have no calibration of their own,
fitted with the default model) likewise, and the multilingual ones (USE and e5, where installed)
on every pair. No backend uses the token channel: since the ninth round the default model, too,
encodes each point's topic text in a second pass instead (see benchmarks/QUALITY.md).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from readouts.cache import CachedEmbedder  # noqa: E402
from readouts.embedding import embedder_name, resolve_embedder  # noqa: E402
from readouts.evaluation import load_dir  # noqa: E402
from readouts.training import cross_validate, cross_validate_naive, fit, prepare  # noqa: E402


def same_language(item) -> bool:  # noqa: ANN001
    return (item.a.language or "en") == (item.b.language or "en")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=str(ROOT / "examples" / "corpus"))
    ap.add_argument("--dry-run", action="store_true", help="report cross-validation only")
    ap.add_argument("--naive", action="store_true",
                    help="also report the naive baseline (cosine, one-to-one, one threshold) the same way")
    ap.add_argument("--backends", default="minilm,generic,minilm+use,multilingual,use,e5")
    ap.add_argument("--cache", metavar="DIR", help="embedding cache folder (readouts.cache.CachedEmbedder)")
    ap.add_argument("--no-cv", action="store_true",
                    help="fit without cross-validating: the refitted backends' old figures are dropped from \"cv\"")
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)
    items = load_dir(args.corpus)
    path = ROOT / "readouts" / "params.json"
    # "trained_on": the corpus of the latest run; each model entry records the files it was fitted on.
    out = {"models": {}, "trained_on": sorted(i.path.name for i in items), "script": "benchmarks/train.py",
           "cv": {}}
    if path.exists():  # backends not refitted in this run keep their entries
        old = json.loads(path.read_text(encoding="utf-8"))
        out["models"], out["cv"] = dict(old.get("models", {})), dict(old.get("cv", {}))
    measured: dict[tuple[str, tuple[str, ...], str], dict[str, float]] = {}
    for backend in args.backends.split(","):
        try:
            emb = resolve_embedder("minilm" if backend == "generic" else backend)
        except Exception as exc:  # noqa: BLE001
            print(f"skipping {backend}: {exc}")
            continue
        name = "generic" if backend == "generic" else embedder_name(emb)
        if args.cache:  # the cache keys on the embedder's name and weights, so backends never mix
            emb = CachedEmbedder(emb, args.cache)
        chosen = items if backend in ("multilingual", "use", "e5") else [i for i in items if same_language(i)]
        prepared = prepare(chosen, emb)  # no token channel, topic texts encoded (see prepare)
        if args.naive and backend == "minilm":
            naive = cross_validate_naive(prepared, name, embedder=emb)  # signatures: weights hash, runtime
            print(f"\n== naive baseline (raw cosine, one-to-one, one threshold): {len(chosen)} files ==")
            print(naive.table())
            out["cv"]["naive"] = {k: round(v["f1"], 3) for k, v in naive.overall.as_dict().items()}
        # The backend compare() picks for cross-lingual pairs is tuned on such pairs (readouts.training.fit)
        on = "cross_lingual" if backend == "multilingual" else "all"
        # "generic" is fitted on the default model's vectors of the same files, so its cross-validation is
        # the default's: measured once (it took half an hour each time)
        key = (embedder_name(emb), tuple(sorted(i.path.name for i in chosen)), on)
        if args.no_cv:
            out["cv"].pop(name, None)  # a figure of an earlier fit would not be this one's
        elif key in measured:
            out["cv"][name] = measured[key]
            print(f"\n== {name}: leave-one-call-out on {len(chosen)} files: as above (the same vectors and files) ==")
        else:
            cv = cross_validate(prepared, name, thresholds_on=on, embedder=emb)  # signatures: weights hash, runtime
            print(f"\n== {name}: leave-one-call-out on {len(chosen)} files ==")
            print(cv.table())
            out["cv"][name] = measured[key] = {k: round(v["f1"], 3) for k, v in cv.overall.as_dict().items()}
        # Each entry names its own training files (count and SHA-256 of the sorted names), so an
        # entry kept from an earlier run on another corpus is never mislabelled by the top-level list.
        files = sorted(i.path.name for i in chosen)
        out["models"][name] = {**fit(prepared, name, thresholds_on=on).as_dict(), "trained_on": {
            "files": len(files), "sha256": hashlib.sha256("\n".join(files).encode("utf-8")).hexdigest()}}
    if not args.dry_run:
        path.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {path}")


if __name__ == "__main__":
    main()
