"""The ``readouts`` command line.

    readouts compare A B [--format md|json|html (default: by -o's suffix)] [-o FILE] [--sides A B] [--cache-dir DIR]
                         [--encoding ENC] [--link-threshold X] ...
    readouts evaluate DIR [--out PRED_DIR] [--save-comparisons DIR] [--cv] [--summary FILE.md|FILE.csv|FILE.json]
                          [--skip-bad] [--cache-dir DIR] [--no-progress]

Bad input prints one line to stderr and exits with status 2; no traceback. With ``--skip-bad``,
``evaluate`` reports each bad pair file on stderr (one line each), scores the rest and exits 0.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import warnings
from collections.abc import Sequence
from typing import Any

from . import __version__
from .errors import (GoldFormatError, InputError, OutputError, ReadoutFileError, ReadoutsError, ReadoutsWarning,
                     RecordError, expand_user)

__all__ = ["main"]


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line like every other error (subcommands inherit it)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"readouts: error: {message} (see '{self.prog} --help')\n")

    def parse_args(self, args: Any = None, namespace: Any = None) -> Any:  # type: ignore[override]
        # argparse's own, with a hint for an option it does not know: "unrecognized arguments:
        # --link-treshold 0.5" said nothing of --link-threshold, nor that --link-threshold given to
        # evaluate is an option of compare
        ns, extras = self.parse_known_args(args, namespace)
        if extras:
            command = getattr(ns, "command", None)
            # the command's own parser: "(see 'readouts compare --help')", whose usage lists what it takes, where
            # "readouts compare us.txt ru.txt cn.txt" pointed to 'readouts --help', which lists none of it
            parser = self._subparsers_by_name().get(command, self)
            parser.error(f"unrecognized arguments: {' '.join(extras)}{self._slip_hint(extras, command)}")
        return ns

    def _subparsers_by_name(self) -> dict[str, argparse.ArgumentParser]:
        return {name: p for a in self._actions if isinstance(a, argparse._SubParsersAction) for name, p in a.choices.items()}

    def _slip_hint(self, extras: Sequence[str], command: str | None) -> str:
        """For each unknown ``--option``: the option of ``command`` it is probably a slip of the pen for
        ("--link-treshold for --link-threshold?"), or the other command it belongs to."""
        from .errors import misspelt

        subs = self._subparsers_by_name()

        def options(parser: argparse.ArgumentParser) -> list[str]:
            return sorted(o[2:] for a in parser._actions for o in a.option_strings if o.startswith("--"))

        own = options(self) + (options(subs[command]) if command in subs else [])
        hints = []
        # a word of its own, not the value of an unknown option before it ("--link-treshold 0.3")
        loose = [w for i, w in enumerate(extras) if not w.startswith("-")
                 and not (i and extras[i - 1].startswith("-") and "=" not in extras[i - 1])]
        if command in _TAKES and loose:
            hints.append(f"{command} takes {_TAKES[command]}")
        for word in extras:
            option = word.partition("=")[0]
            if not option.startswith("--"):
                continue
            elsewhere = [name for name, p in subs.items() if name != command and option[2:] in options(p)]
            if elsewhere and command:
                hints.append(f"{option} is an option of {elsewhere[0]}, not of {command}")
            elif meant := misspelt(option[2:], own):
                hints.append(f"{option} for --{meant}?")
        return f" ({'; '.join(hints)})" if hints else ""


#: What each command takes besides its options, for an argument too many: "readouts compare us.txt ru.txt cn.txt".
_TAKES = {"compare": "two readout files, a and b: compare a third one in another run",
          "evaluate": "one directory of annotated pair files"}


_CACHE_HELP = "keep sentence embeddings in this folder between runs (created if missing; safe to share)"


#: Kept in step with ``readouts.embedding.EMBEDDER_NAMES`` (not imported: the CLI starts without numpy).
_EMBEDDER_HELP = "model folder or name: minilm, minilm+use, multilingual, use, e5"

#: ``compare``'s threshold overrides as options (kept in step with ``readouts.comparison._OPTIONS``;
#: a test checks): name, what it is. ``compare`` checks the values, so a bad one is one line, exit 2.
_THRESHOLDS = (
    ("link_threshold", "link probability at which two points are linked one-to-one"),
    ("group_threshold", "probability at which a further point joins a link"),
    ("adjacent_threshold", "the same for a point next to one of the link's points on its own side"),
    ("label_threshold", "probability at which a link is labelled asymmetric"),
    ("min_similarity", "cosine below which no pair is linked (-1 to 1)"),
    ("topic_threshold", "cosine at which points share a topic in the coverage flags (-1 to 1)"),
)


_VERBOSE_HELP = "log what happens (model loading, choices)"


def _verbose_option(parser: argparse.ArgumentParser) -> None:
    """``-v`` / ``--verbose`` after the command too: ``readouts compare us.txt ru.txt -v``, where options go
    with a command, was "unrecognized arguments: -v" with no word of ``readouts -v compare ...``. SUPPRESS
    as the default, so that the command's parser leaves a ``-v`` given before the command as it is."""
    parser.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help=_VERBOSE_HELP)


def _parser() -> argparse.ArgumentParser:
    ap = _Parser(prog="readouts", description="Compare two governments' readouts of the same call.")
    ap.add_argument("--version", action="version", version=f"readouts {__version__}")
    ap.add_argument("-v", "--verbose", action="store_true", help=_VERBOSE_HELP)
    sub = ap.add_subparsers(dest="command", required=True)

    c = sub.add_parser("compare", help="compare two readouts (.txt, .md or .json)")
    c.add_argument("a", help="side a: a .txt readout (optional '---' header), a .md (Markdown) one or a .json record")
    c.add_argument("b", help="side b, likewise")
    c.add_argument("--format", choices=("md", "markdown", "json", "html"), default=None,
                   help="report format (default: from the -o file's suffix, .json, .html or .htm, else md); "
                        "html is one self-contained page")
    c.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE (UTF-8) instead of stdout ('-' is stdout)")
    c.add_argument("--embedder", default=None,
                   help=f"{_EMBEDDER_HELP} (default: by the readouts' languages, all-MiniLM-L6-v2 for two English ones)")
    c.add_argument("--cache-dir", metavar="DIR", default=None, help=_CACHE_HELP)
    c.add_argument("--sides", nargs=2, metavar=("A", "B"), default=None,
                   help="the two readouts' sides, e.g. --sides US RU, for files whose header gives none (a file named "
                        "call_a.txt names no side the cues know); a file whose header or name gives another is refused")
    c.add_argument("--encoding", metavar="ENC", default=None,
                   help="the files' encoding where they are not UTF-8: cp1251 (Russian saved on Windows), gbk "
                        "(Chinese), cp1252 (Western European), utf-16 (Notepad's 'Unicode'); a file that is not "
                        "UTF-8 is otherwise refused, naming the encoding it reads as, and so is one that ENC reads "
                        "as mojibake (a GBK file given --encoding cp1251)")
    _verbose_option(c)
    c.add_argument("--keep-furniture", action="store_true",
                   help="make points of a web page's furniture too (Share, Print, Source: ..., a TASS dateline), "
                        "which is otherwise set aside with a warning")
    t = c.add_argument_group("thresholds", "override the calibrated values (probabilities 0 to 1 unless said); "
                                           "the signature records each one used")
    for name, what in _THRESHOLDS:
        t.add_argument("--" + name.replace("_", "-"), dest=name, metavar="X", type=float, default=None, help=what)

    e = sub.add_parser("evaluate", help="score predictions against annotated pairs in a directory")
    e.add_argument("directory", help="directory of annotated pair files (*.json, gold format)")
    e.add_argument("--out", metavar="PRED_DIR", help="write one prediction file per input here")
    e.add_argument("--save-comparisons", metavar="DIR", dest="save_comparisons",
                   help="write each scored file's comparison here, as JSON (what 'compare --format json' gives), "
                        "under the pair file's name")
    e.add_argument("--cv", action="store_true",
                   help="leave-one-call-out: fit parameters on the other calls, score each held-out call")
    e.add_argument("--embedder", default=None,
                   help=f"{_EMBEDDER_HELP} (default: by each pair's languages, as compare picks)")
    e.add_argument("--summary", metavar="FILE",
                   help="also write the scores to FILE: a Markdown table if it ends in .md, CSV if .csv, "
                        "the whole result as JSON if .json (counts, interval, skipped files, signatures)")
    e.add_argument("--skip-bad", action="store_true",
                   help="skip pair files that cannot be read or compared (each reported on stderr); score the rest")
    e.add_argument("--cache-dir", metavar="DIR", default=None, help=_CACHE_HELP)
    e.add_argument("--no-progress", dest="progress", action="store_false",
                   help="no progress bars on stderr (they are on by default)")
    _verbose_option(e)
    return ap


def _compare(args: argparse.Namespace) -> None:
    from .comparison import compare
    from .files import same_path

    fmt = _report_format(args.format, args.output)  # before any model loads
    for given in (args.a, args.b):
        if given == "-" and not os.path.exists("-"):
            # "-: no such file" said nothing of why, where -o - is stdout
            raise InputError("-: a readout is read from a file, not from standard input; save the text to a file "
                             "(e.g. us.txt) and name it (-o - is the report's standard output)")
    if os.path.exists(args.a) and same_path(args.a, args.b):
        # us.txt us.txt (a slip of tab completion) compared a readout with itself: every point linked as
        # equivalent, a report of two governments in full agreement, with only a warning of one side
        raise InputError(f"{args.b} is the first readout's file again ({args.a}): a readout compared with itself "
                         "matches point for point; give the other government's readout as the second file")
    if args.output:
        _check_writable(args.output)
        for given in (args.a, args.b):
            if same_path(args.output, given):
                raise InputError(f"-o {args.output}: that is the input {given}; the report would overwrite it. "
                                 "Give another file name")
    a, b = (_read_side(given, name, args.keep_furniture, args.encoding)
            for given, name in zip((args.a, args.b), args.sides or (None, None)))
    try:
        result = compare(a, b, embedder=args.embedder, cache_dir=args.cache_dir,
                         **{name: getattr(args, name) for name, _ in _THRESHOLDS})
    except InputError as exc:  # "link_threshold must be ...": name the option as it was typed
        said = str(exc)
        name = next((n for n, _ in _THRESHOLDS if said.startswith(n + " ")), None)
        if name is None:
            raise
        raise type(exc)("--" + name.replace("_", "-") + said[len(name):]) from None
    if fmt == "json":
        report = result.model_dump_json(indent=2) + "\n"
    elif fmt == "html":
        report = result.to_html()
    else:
        report = result.to_markdown()
    if args.output:
        _write_text(args.output, report)
    else:
        _write_stdout(report, "report", "write it to a file with -o FILE (always UTF-8)")


def _read_side(given: str, name: str | None, keep_furniture: bool, encoding: str | None = None) -> Any:
    """The readout in file ``given``, named ``name`` (``--sides``) where its header gives no side and its file's
    name says none the cues know ("call_a.txt"); a side it gives that is not ``name`` is refused (files given in
    the other order than --sides). ``encoding`` (``--encoding``) reads a file that is not UTF-8: a UTF-8 one is
    read as UTF-8 still, so that one option serves a Russian file saved as Windows-1251 beside an English one in
    UTF-8 (read as cp1251, its curly quotes became "вЂњ", in silence)."""
    from pathlib import Path

    from .comparison import _named_side, side_spelling
    from .files import read_readout
    from .records import long_side

    def read(**side: str) -> Any:
        try:
            return read_readout(given, keep_furniture=keep_furniture, **side)
        except ReadoutFileError as exc:
            if encoding is None or not hasattr(exc, "command_line"):  # not an encoding's problem
                raise
        return read_readout(given, keep_furniture=keep_furniture, encoding=encoding, **side)

    if encoding is not None:
        from .files import _check_encoding

        _check_encoding(encoding)  # a misspelt one, whatever the files hold
    if name is None:
        return read()
    if not name.strip():
        raise InputError("--sides: a side is empty; give two names, e.g. --sides US RU")
    if why := long_side(name, "to --sides", "the readout file's header, as a line 'issuer: ...'"):
        # the readout's own message named issuer=, a keyword of Python's, which no option of the command takes
        raise RecordError(f"--sides: {why}")
    r, named = _named_side(read, Path(given), side_spelling(name))  # "us" is side "US", as sides= and us.txt name it
    if named:
        return r
    raise InputError(f"{given} is side {r.side!r} (by its header or file name), but --sides names it {name.strip()!r}: "
                     "give the files in the order of --sides, or change the side in the file's header")


#: report formats by the output file's suffix
_SUFFIX_FORMATS = {"json": "json", "html": "html", "htm": "html", "md": "md", "markdown": "md"}


#: suffixes of document and image formats the reports are not: -o with one of them is refused
_DOCUMENT_SUFFIXES = frozenset("pdf doc docx odt rtf xls xlsx ods ppt pptx png jpg jpeg gif svg webp".split())

#: suffixes of data formats a pipeline reads back as a table or a tree: -o links.csv wrote the Markdown
#: report into it, exit 0, and pandas.read_csv then read its "# US vs RU" heading as the column names
_DATA_SUFFIXES = frozenset("csv tsv xml yaml yml parquet feather".split())


def _report_format(given: str | None, output: str | None) -> str:
    """The report format: ``--format`` if given ("markdown" is "md"), else the one the ``-o`` file's
    suffix names, else Markdown. A ``--format`` that contradicts the suffix is kept, with a warning:
    ``-o report.html --format json`` writes JSON into a file a browser will not show."""
    fmt = "md" if given == "markdown" else given
    suffix = os.path.splitext(output)[1].lower().lstrip(".") if output else ""
    implied = _SUFFIX_FORMATS.get(suffix)
    if fmt is None and suffix in _DOCUMENT_SUFFIXES:
        # -o call.pdf wrote Markdown text into a file no PDF reader opens, without a word
        raise InputError(f"-o {output}: readouts writes Markdown (.md), JSON (.json) or HTML (.html) reports, not "
                         f".{suffix}; give one of those suffixes (a browser prints the HTML report to PDF), or "
                         "--format md to write Markdown into this file anyway")
    if fmt is None and suffix in _DATA_SUFFIXES:
        raise InputError(f"-o {output}: readouts writes Markdown (.md), JSON (.json) or HTML (.html) reports, not "
                         f".{suffix}; name a .json file for a record a program reads back (Comparison.from_file), or "
                         "take the links and flags as a table in Python, with Comparison.to_frame(); "
                         "--format md writes Markdown into this file anyway")
    if fmt is None:
        return implied or "md"
    if implied is not None and implied != fmt:
        print(f"readouts: warning: -o {output}: writing a {fmt} report (--format {given}) into a .{suffix} file",
              file=sys.stderr)
    return fmt


def _write_stdout(text: str, what: str, hint: str) -> None:
    """Write ``text`` to stdout; an encoding that cannot hold it (a Windows code page, ``PYTHONIOENCODING=
    ascii``: the report's "—" and "↔", a Russian or Chinese point) is an :class:`OutputError` saying so,
    not a traceback. Nothing is written then: ``write`` encodes the whole text first."""
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError as exc:
        raise OutputError(f"stdout's encoding ({sys.stdout.encoding}) cannot hold the {what}'s characters (first: "
                          f"{exc.object[exc.start]!r}); {hint}, or set PYTHONIOENCODING=utf-8") from None


def _write_text(path: str, text: str) -> None:
    try:
        # "~/reports/call.md" as every other path the command takes (a quoted "~", a Makefile's variable):
        # it was refused as "folder ~ does not exist", or written into a folder named "~" in the working one
        expand_user(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise OutputError(
            f"cannot write {path}: {exc.strerror or exc}; check that its folder exists and is writable") from None


def _check_writable(path: str) -> None:
    """Refuse an output file (``-o``, ``--summary``) that cannot be written, before the model loads, not after the
    work is done: an :class:`OutputError` naming the path and why."""
    target = expand_user(path)  # as _write_text writes it
    try:
        if path.endswith(("/", os.sep)) and not target.is_dir():  # Path("reports/") is "reports", a file
            raise OutputError(f"cannot write {path}: it ends in '/', so it names a folder; give a file name")
        folder = target.parent
        if not folder.is_dir():
            raise OutputError(f"cannot write {path}: {_no_folder(folder)}")
        if target.is_dir():
            raise OutputError(f"cannot write {path}: it is a directory; give a file name")
        # a folder one may enter but not write to (or a read-only file) passed here and failed after the work
        existing = target.exists()
        if not os.access(target if existing else folder, os.W_OK):
            what = "the file is read-only" if existing else f"folder {folder} is not writable by this user"
            raise OutputError(f"cannot write {path}: {what}; choose another path or change its permissions")
    except OSError as exc:
        # a folder this user may not enter (chmod 000) or a name too long: pathlib's is_dir raised it, and the
        # command said only "readouts: error: [Errno 13] Permission denied: '...'" (a traceback from the library)
        where = exc.filename if exc.filename is not None and os.fspath(exc.filename) != str(target) else None
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}" + (f" at {where}" if where else "")
                          + "; check that its folder exists and that this user may enter it and write there") from None


def _no_folder(folder: Any) -> str:
    """Why ``folder`` (an output file's, not a folder) takes no file: "folder x does not exist", or, where a file
    stands in its path ("-o notes.txt/report.md"), that one is a file; it said "does not exist" of a path that does."""
    up = folder
    while not up.exists() and up.parent != up:
        up = up.parent
    if up.exists() and not up.is_dir():
        return f"{up} is a file, not a folder; give a path through folders"
    return f"folder {folder} does not exist; create it first"


def _summary_format(path: str) -> str:
    suffix = path.lower().rsplit(".", 1)[-1] if "." in path else ""
    if suffix not in ("md", "csv", "json"):
        raise InputError(f"--summary {path}: the file name must end in .md (Markdown table), .csv (CSV table) or "
                         ".json (the whole result: scores, counts, interval, signatures; EvaluationResult.from_file "
                         "reads it)")
    return suffix


def _evaluate(args: argparse.Namespace) -> None:
    # Check the summary file name before the slow part, not after it.
    summary_fmt = _summary_format(args.summary) if args.summary else None
    on_error = "skip" if args.skip_bad else "raise"
    if args.save_comparisons and args.cv:
        raise InputError("--save-comparisons cannot be used with --cv: cross-validation predicts links only, "
                         "with parameters fitted on the other calls, and keeps no comparison; drop one of them")
    # The output folders are made first (before the slow part), so that a --summary may go in one
    # that does not exist yet.
    from .evaluation import _pair_files, check_comparisons_dir, check_out_dir

    if args.out or args.save_comparisons:
        # A misspelt folder of pair files (or a file given) is said before an output folder is made:
        # "readouts evaluate corpsu --out preds" left an empty preds/ behind its error.
        from .embedding import check_embedder_name

        _pair_files(args.directory)
        check_embedder_name(args.embedder)  # likewise a misspelt --embedder (it loads nothing)
        if args.cache_dir:
            from .cache import check_cache_dir

            check_cache_dir(args.cache_dir)  # and a --cache-dir that is a file
    # --save-comparisons naming --out: --out was made, then refused, and left behind
    if args.out and args.save_comparisons and _same_name(args.out, args.save_comparisons):
        raise OutputError(f"{args.save_comparisons}: the comparisons directory is the predictions directory itself "
                          "(--out); each comparison would overwrite the file of the same name there. Give another "
                          "directory")
    for option, folder in (("--out", args.out), ("--save-comparisons", args.save_comparisons)):
        if args.summary and folder and _same_name(args.summary, folder):  # the folder was made, then refused
            raise InputError(f"--summary {args.summary} names the {option} folder; give the summary a file name "
                             "of its own")
    if args.out:
        check_out_dir(args.out, args.directory)
    save_dir = check_comparisons_dir(args.save_comparisons, args.directory, args.out) if args.save_comparisons else None
    if args.summary:
        _check_writable(args.summary)
        if summary_fmt == "json":
            _check_json_summary_folder(args)
    if args.cv:
        from .evaluation import _problems, call_key, load_dir, scan_dir, write_prediction
        from .records import count
        from .training import cross_validate_auto

        items, skipped = scan_dir(args.directory) if args.skip_bad else (load_dir(args.directory), {})
        if args.skip_bad:
            items, escalated = _escalated_pairs(items)
            skipped = dict(sorted({**skipped, **escalated}.items()))
        if not items:
            raise GoldFormatError(f"{args.directory}: none of its {len(skipped)} pair file(s) could be read: "
                                  f"{_problems(skipped)}")
        n_calls = len({call_key(it.id) for it in items})
        if skipped and n_calls < 2:
            # cross_validate_auto's "needs at least two calls; got 1" alone: the skipped files, which left one
            # call, were printed only after a result, so nothing said why the folder had too few calls
            raise InputError(f"{args.directory}: cross-validation needs annotated pairs of at least two calls; got "
                             f"{n_calls} ({', '.join(it.path.name for it in items)}) after skipping "
                             f"{count(len(skipped), 'bad pair file')}: {_problems(skipped)}")
        result = cross_validate_auto(items, args.embedder, cache_dir=args.cache_dir)
        if skipped:  # a result is read-only once made: a new one, checked again, with the files set aside
            import dataclasses

            result = dataclasses.replace(result, skipped={**result.skipped, **skipped})
        if args.out:
            for item in items:
                write_prediction(args.out, item, result.predictions[item.path.name])
    else:
        from .evaluation import evaluate, write_comparison

        result = evaluate(args.directory, embedder=args.embedder, out=args.out, on_error=on_error,
                          progress=args.progress, cache_dir=args.cache_dir, keep_comparisons=save_dir is not None)
        if save_dir is not None:
            for name, comparison in result.comparisons.items():
                write_comparison(save_dir, name, comparison)
    for exc in result.skipped.values():
        print(f"readouts: skipped: {_one_line(exc)}", file=sys.stderr)
    if args.summary:  # before stdout: `| head` or a stdout that cannot encode a name must not cost the file
        from .rendering import evaluation_summary

        _write_text(args.summary, evaluation_summary(result, summary_fmt))
    if sys.stdout is not None:  # closed (checked before the work), with --summary to take the table
        hint = (f"the table is written in full to {args.summary}" if args.summary
                else "write it to a file with --summary FILE.md (always UTF-8)")
        _write_stdout(result.table() + "\n", "scores table", hint)


def _escalated_pairs(items: list[Any]) -> tuple[list[Any], dict[str, ReadoutsWarning]]:
    """``--cv --skip-bad``: the pair files whose readouts draw a warning that the caller's filters make an
    error (``python -W error``), set aside, ``{file name: that warning}``, as ``--skip-bad`` without ``--cv``
    sets them aside; cross-validation stopped on the first, with the other files unscored. The warnings that
    are no errors are left for cross-validation to give, once (here they are recorded and dropped)."""
    from .comparison import pair_warnings
    from .language import readout_sources

    kept, escalated = [], {}
    with readout_sources({id(r): str(it.path) for it in items for r in (it.a, it.b)}):
        for it in items:
            try:
                with warnings.catch_warnings(record=True):  # the filters stay: "error" still raises
                    pair_warnings(it.a, it.b)
            except ReadoutsWarning as exc:
                escalated[it.path.name] = type(exc)(f"{it.path}: {exc}")
                continue
            kept.append(it)
    return kept, escalated


def _same_name(x: str, y: str) -> bool:
    """Whether two paths given on the command line name one place, made yet or not."""
    from .files import same_path

    def norm(p: str) -> str:
        return os.path.normcase(os.path.abspath(os.path.expanduser(p)))

    return same_path(x, y) or norm(x) == norm(y)


def _check_json_summary_folder(args: argparse.Namespace) -> None:
    """Refuse a ``.json`` summary among files of another kind, where it would be read as one of them:
    in the folder of pair files or the predictions folder (``--out``, itself a folder of pair files), the
    next evaluate of the folder would take it for a pair file and stop on it; among the saved
    comparisons it would pass for one. One named like a pair file would also overwrite its file there."""
    from .files import same_path

    folder = os.path.dirname(os.path.abspath(os.path.expanduser(args.summary)))
    if same_path(folder, args.directory):
        raise InputError(f"--summary {args.summary}: a .json file in the folder of pair files, where the next "
                         "evaluate would take it for a pair file; write it elsewhere")
    if args.out and same_path(folder, args.out):
        raise InputError(f"--summary {args.summary}: a .json file in the predictions folder (--out {args.out}), "
                         "where an evaluate of that folder would take it for a pair file (and one named like a "
                         "pair file would overwrite its prediction); write it elsewhere")
    if args.save_comparisons and same_path(folder, args.save_comparisons):
        raise InputError(f"--summary {args.summary}: a .json file in the comparisons folder (--save-comparisons "
                         f"{args.save_comparisons}), where it would pass for a saved comparison (and one named "
                         "like a pair file would overwrite its comparison); write it elsewhere")


def _check_stdout(args: argparse.Namespace) -> None:
    """Python sets ``sys.stdout`` to None when the command starts with it closed (``>&-``): refuse
    then, before any work, unless the report goes to a file (``-o``; ``--summary`` for the table)."""
    if sys.stdout is not None:
        return
    if args.command == "compare" and not args.output:
        raise OutputError("stdout is closed, so the report has nowhere to go; write it to a file with -o FILE")
    if args.command == "evaluate" and not args.summary:
        raise OutputError("stdout is closed, so the scores table has nowhere to go; "
                          "write it to a file with --summary FILE.md")


def _one_line(exc: BaseException | str) -> str:
    # Messages quote user text (a header line, a JSON value); a newline in it must not break
    # the one-line-per-problem contract that scripts grep for.
    # Any line break: a "\r" in a quoted JSON key sent the terminal's cursor back over the line.
    return " ".join(str(exc).splitlines())


def _show_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                  file: Any = None, line: str | None = None) -> None:
    """A warning as one line on stderr, like the errors: the library's own warnings (a gold file's
    unknown key, a readout's language) in their words, another package's with its class and place,
    instead of Python's two lines (the warning's source line, then its text) per warning."""
    text = _one_line(message)  # type: ignore[arg-type]
    if category.__module__.partition(".")[0] != "readouts":
        text = f"{category.__name__}: {text} ({filename}:{lineno})"
    else:
        text = _embedder_words(text)
    print(f"readouts: warning: {text}", file=sys.stderr if file is None else file)


class _LogFormat(logging.Formatter):
    """A log record as the command's warnings and errors read: ``readouts: warning: ...`` (the level
    in lower case, so one grep finds a warning whether it was logged or warned)."""

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 - logging's name
        return f"readouts: {record.levelname.lower()}: {record.getMessage()}"


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handler = logging.StreamHandler()
    handler.setFormatter(_LogFormat())
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, handlers=[handler])
    with warnings.catch_warnings():  # the caller's warning display comes back afterwards
        warnings.showwarning = _show_warning
        return _run(args)


#: Options that name where output goes: (attribute, option, what it names).
_OUTPUT_NAMES = (("output", "-o", "file"), ("out", "--out", "folder"), ("summary", "--summary", "file"),
                 ("cache_dir", "--cache-dir", "folder"), ("save_comparisons", "--save-comparisons", "folder"))
#: The library's keywords that the command line takes as options: its messages name the keyword
#: ("cache_dir /x is a file", "... or leave cache_dir unset"), the command's name the option as it
#: was typed (the thresholds are renamed in :func:`_compare`).
_KEYWORD_OPTIONS = {"cache_dir": "--cache-dir", "encoding": "--encoding"}


def _in_option_words(exc: ReadoutsError | ReadoutsWarning) -> str:
    """The error's one-line message as the command line says it: "--cache-dir /x is a file". Only
    where the message names the keyword itself (at its start, or "leave cache_dir unset"), never
    inside a path it quotes ("/tmp/cache_dir")."""
    # a file that is not UTF-8: "give --encoding cp1251", not the Python call that reads it
    text = _one_line(getattr(exc, "command_line", None) or exc)
    for keyword, option in _KEYWORD_OPTIONS.items():
        if text.startswith(keyword + " "):
            text = option + text[len(keyword):]
        text = text.replace(f"leave {keyword} unset", f"leave {option} out")
    text = text.replace("on_error='skip' (--skip-bad on the command line)", "--skip-bad")
    return _embedder_words(text)


def _embedder_words(text: str) -> str:
    """A message's advice on the embedder as the command line takes it: ``--embedder minilm``, not the Python
    keyword ``embedder='minilm'`` (a hub name given to --embedder, an English model given a Russian readout)."""
    import re

    text = re.sub(r"\bpass embedder='([\w+.-]+)'", r"give --embedder \1", text)
    text = re.sub(r"\bembedder='([\w+.-]+)'", r"--embedder \1", text)
    return text.replace("leave embedder unset", "leave --embedder out")


def _check_output_names(args: argparse.Namespace) -> None:
    """An empty ``-o``, ``--out`` or ``--summary`` (a variable that was never set) is refused: read
    as "not given", it sent the report to stdout, or wrote no predictions or table, without a word."""
    for attr, option, what in _OUTPUT_NAMES:
        value = getattr(args, attr, None)
        if value is not None and not value.strip():
            raise InputError(f"{option} is empty; give a {what} name")


def _run(args: argparse.Namespace) -> int:
    if getattr(args, "output", None) == "-":  # "-o -": stdout, as for other commands; it wrote a file named "-"
        args.output = None
    try:
        _check_output_names(args)
        _check_stdout(args)
        if args.command == "compare":
            _compare(args)
        else:
            _evaluate(args)
    except (ReadoutsError, ReadoutsWarning) as exc:  # a warning too where -W error / PYTHONWARNINGS made it one
        print(f"readouts: error: {_in_option_words(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("readouts: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `readouts compare ... | head`: stop quietly; point stdout at devnull so the interpreter's
        # final flush does not print "Exception ignored ... BrokenPipeError".
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as exc:
        # Reading input and writing output go through ReadoutsError; what is left is the
        # system refusing (disk full, stdout closed): still one line, not a traceback.
        print(f"readouts: error: {_one_line(exc)}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
