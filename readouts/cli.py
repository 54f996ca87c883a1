"""The ``readouts`` command line.

    readouts compare A B [--format md|json|html] [-o FILE]
    readouts evaluate DIR [--out PRED_DIR] [--cv] [--summary FILE.md|FILE.csv]

Bad input prints one line to stderr and exits with status 2; no traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from . import __version__
from .errors import InputError, ReadoutFileError, ReadoutsError

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="readouts", description="Compare two governments' readouts of the same call.")
    ap.add_argument("--version", action="version", version=f"readouts {__version__}")
    ap.add_argument("-v", "--verbose", action="store_true", help="log what happens (model loading, choices)")
    sub = ap.add_subparsers(dest="command", required=True)

    c = sub.add_parser("compare", help="compare two readouts (.txt or .json)")
    c.add_argument("a", help="side a: a .txt readout (optional '---' header) or a .json record")
    c.add_argument("b", help="side b, likewise")
    c.add_argument("--format", choices=("md", "json", "html"), default="md",
                   help="report format (default: md); html is one self-contained page")
    c.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE (UTF-8) instead of stdout")
    c.add_argument("--embedder", default=None,
                   help="model folder or name: minilm, multilingual, e5 (default: by the readouts' languages, "
                        "all-MiniLM-L6-v2 for two English ones)")

    e = sub.add_parser("evaluate", help="score predictions against annotated pairs in a directory")
    e.add_argument("directory", help="directory of annotated pair files (*.json, gold format)")
    e.add_argument("--out", metavar="PRED_DIR", help="write one prediction file per input here")
    e.add_argument("--cv", action="store_true",
                   help="leave-one-call-out: fit parameters on the other calls, score each held-out call")
    e.add_argument("--embedder", default=None, help="model folder or name (default: bundled all-MiniLM-L6-v2)")
    e.add_argument("--summary", metavar="FILE",
                   help="also write the scores table to FILE: Markdown if it ends in .md, CSV if .csv")
    return ap


def _compare(args: argparse.Namespace) -> None:
    from .comparison import compare
    from .files import read_readout

    if args.output:
        _check_writable(args.output)
    a = read_readout(args.a)
    b = read_readout(args.b)
    result = compare(a, b, embedder=args.embedder)
    if args.format == "json":
        report = result.model_dump_json(indent=2) + "\n"
    elif args.format == "html":
        report = result.to_html()
    else:
        report = result.to_markdown()
    if args.output:
        _write_text(args.output, report)
    else:
        sys.stdout.write(report)


def _write_text(path: str, text: str) -> None:
    from pathlib import Path

    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ReadoutFileError(
            f"cannot write {path}: {exc.strerror or exc}; check that its folder exists and is writable") from None


def _check_writable(path: str) -> None:
    from pathlib import Path

    # Fail before the model loads, not after the work is done.
    folder = Path(path).parent
    if not folder.is_dir():
        raise ReadoutFileError(f"cannot write {path}: folder {folder} does not exist; create it first")


def _summary_format(path: str) -> str:
    suffix = path.lower().rsplit(".", 1)[-1] if "." in path else ""
    if suffix not in ("md", "csv"):
        raise InputError(f"--summary {path}: the file name must end in .md (Markdown table) or .csv (CSV table)")
    return suffix


def _evaluate(args: argparse.Namespace) -> None:
    # Check the summary file name before the slow part, not after it.
    summary_fmt = _summary_format(args.summary) if args.summary else None
    if args.summary:
        _check_writable(args.summary)
    if args.cv:
        from .evaluation import load_dir
        from .training import cross_validate_auto

        result = cross_validate_auto(load_dir(args.directory), args.embedder)
        if args.out:
            _write_predictions(args.directory, args.out, result)
    else:
        from .evaluation import evaluate

        result = evaluate(args.directory, embedder=args.embedder, out=args.out)
    sys.stdout.write(result.table() + "\n")
    if args.summary:
        from .rendering import evaluation_summary

        _write_text(args.summary, evaluation_summary(result, summary_fmt))


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
