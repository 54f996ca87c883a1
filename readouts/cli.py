"""The ``readouts`` command line.

    readouts compare A B [--format md|json] [--cache-dir DIR]
    readouts evaluate DIR [--out PRED_DIR] [--cv] [--cache-dir DIR] [--no-progress]

Bad input prints one line to stderr and exits with status 2; no traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from . import __version__
from .errors import ReadoutsError

__all__ = ["main"]


_CACHE_HELP = "keep sentence embeddings in this folder between runs (created if missing; safe to share)"


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="readouts", description="Compare two governments' readouts of the same call.")
    ap.add_argument("--version", action="version", version=f"readouts {__version__}")
    ap.add_argument("-v", "--verbose", action="store_true", help="log what happens (model loading, choices)")
    sub = ap.add_subparsers(dest="command", required=True)

    c = sub.add_parser("compare", help="compare two readouts (.txt or .json)")
    c.add_argument("a", help="side a: a .txt readout (optional '---' header) or a .json record")
    c.add_argument("b", help="side b, likewise")
    c.add_argument("--format", choices=("md", "json"), default="md", help="report format (default: md)")
    c.add_argument("--embedder", default=None, help="model folder or name (default: bundled all-MiniLM-L6-v2)")
    c.add_argument("--cache-dir", metavar="DIR", default=None, help=_CACHE_HELP)

    e = sub.add_parser("evaluate", help="score predictions against annotated pairs in a directory")
    e.add_argument("directory", help="directory of annotated pair files (*.json, gold format)")
    e.add_argument("--out", metavar="PRED_DIR", help="write one prediction file per input here")
    e.add_argument("--cv", action="store_true",
                   help="leave-one-call-out: fit parameters on the other calls, score each held-out call")
    e.add_argument("--embedder", default=None, help="model folder or name (default: bundled all-MiniLM-L6-v2)")
    e.add_argument("--cache-dir", metavar="DIR", default=None, help=_CACHE_HELP)
    e.add_argument("--no-progress", dest="progress", action="store_false",
                   help="no progress bars on stderr (they are on by default)")
    return ap


def _compare(args: argparse.Namespace) -> None:
    from .comparison import compare
    from .files import read_readout

    a = read_readout(args.a)
    b = read_readout(args.b)
    result = compare(a, b, embedder=args.embedder, cache_dir=args.cache_dir)
    if args.format == "json":
        sys.stdout.write(result.model_dump_json(indent=2) + "\n")
    else:
        sys.stdout.write(result.to_markdown())


def _evaluate(args: argparse.Namespace) -> None:
    if args.cv:
        from .embedding import embedder_name, resolve_embedder
        from .evaluation import load_dir
        from .training import cross_validate, prepare

        emb = resolve_embedder(args.embedder)
        if args.cache_dir is not None:
            from .cache import CachedEmbedder

            emb = CachedEmbedder(emb, args.cache_dir)
        result = cross_validate(prepare(load_dir(args.directory), emb), embedder_name(emb))
        if args.out:
            _write_predictions(args.directory, args.out, result)
    else:
        from .evaluation import evaluate

        result = evaluate(args.directory, embedder=args.embedder, out=args.out, progress=args.progress,
                          cache_dir=args.cache_dir)
    sys.stdout.write(result.table() + "\n")


def _write_predictions(directory: str, out: str, result) -> None:  # noqa: ANN001
    import json
    from pathlib import Path

    from .evaluation import load_dir, prediction_dict

    Path(out).mkdir(parents=True, exist_ok=True)
    for item in load_dir(directory):
        pred = result.predictions[item.path.name]
        (Path(out) / item.path.name).write_text(
            json.dumps(prediction_dict(item, pred), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="readouts: %(levelname)s: %(message)s")
    try:
        if args.command == "compare":
            _compare(args)
        else:
            _evaluate(args)
    except ReadoutsError as exc:
        print(f"readouts: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("readouts: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
