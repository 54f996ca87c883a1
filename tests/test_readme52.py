"""The README's names are the code's: what its Python blocks use, and the CLI options it mentions.

An analyst follows the README literally in a notebook and a shell. A function, record field or option
renamed or dropped in the code, with the README left as it was, gives them an AttributeError or
`unrecognized arguments` at the first step. tests/test_readme.py checks the files and links the
README names; this file checks its API: every `readouts.` name and imported name its ```python blocks
use, the methods and keywords those blocks call on the records they make, every dotted
`readouts.x.y` name and `Class.method` the prose names in code, and every `--option` it gives a
command (`readouts compare`, `readouts evaluate`, a benchmark script), looked up in-process in the
CLI's own parser and `--help` text. No model is loaded.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import inspect
import re
import textwrap
from pathlib import Path

import pytest

import readouts
from readouts import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")

# Fenced blocks: (indent, language, body). The README indents one inside a list item.
FENCES = re.findall(r"^( *)```(\w*)\n(.*?)^\1```", README, re.S | re.M)
PYTHON_BLOCKS = [textwrap.dedent(body) for _, lang, body in FENCES if lang == "python"]
SH_BLOCKS = [textwrap.dedent(body) for _, lang, body in FENCES if lang == "sh"]
# Inline code of the prose (fences removed; a span may run over a line break; ```` ``` ```` spans too).
PROSE = re.sub(r"^( *)```.*?^\1```[^\n]*$", "", README, flags=re.S | re.M).replace("\n", " ")
INLINE = [m.group(2).strip() for m in re.finditer(r"(`+)(.+?)\1", PROSE)]


def _resolve(dotted: str) -> object:
    """``readouts.a.b.c`` as an object: attributes, with submodules imported as Python would."""
    parts = dotted.split(".")
    obj: object = importlib.import_module(parts[0])
    for i, name in enumerate(parts[1:], 1):
        if hasattr(obj, name):
            obj = getattr(obj, name)
            continue
        try:
            obj = importlib.import_module(".".join(parts[: i + 1]))
        except ImportError:
            raise AttributeError(f"{'.'.join(parts[:i])} has no {name!r}") from None
    return obj


def _has(cls: type, name: str) -> bool:
    """A class attribute, method, pydantic field or dataclass field."""
    return (hasattr(cls, name) or name in getattr(cls, "model_fields", {})
            or name in getattr(cls, "__dataclass_fields__", {}))


def _dotted(node: ast.AST) -> str | None:
    """``a.b.c`` for an attribute chain on a name, else None."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        return ".".join([node.id, *reversed(parts)])
    return None


# The variables the README's blocks make, by what they are: `us = readouts.Readout.from_file(...)`,
# `c = readouts.compare(us, ru)`; the last block's `c` is a comparison of `compare_many`'s too, `it` an
# annotated pair of `load_dir` and `f` a flag.
def _records() -> dict[str, type]:
    from readouts.evaluation import Annotated
    from readouts.records import Comparison, Flag, Link, Readout

    return {"c": Comparison, "us": Readout, "ru": Readout, "f": Flag, "link": Link, "it": Annotated}


def _python_uses() -> tuple[set[str], set[tuple[str, str]], set[tuple[str, str]]]:
    """From the Python blocks: dotted names on `readouts` (and on what they import from it), the
    (variable, attribute) pairs used on the records they make, and (callable, keyword) pairs."""
    dotted, on_records, keywords = set(), set(), set()
    imported: dict[str, str] = {"readouts": "readouts"}
    for block in PYTHON_BLOCKS:
        tree = ast.parse(block)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "readouts":
                for alias in node.names:
                    dotted.add(f"{node.module}.{alias.name}")
                    imported[alias.asname or alias.name] = f"{node.module}.{alias.name}"
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.split(".")[0] == "readouts":
                        dotted.add(alias.name)
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute):
                name = _dotted(node)
                if name is None:
                    continue
                head, _, rest = name.partition(".")
                if head in imported:
                    dotted.add(f"{imported[head]}.{rest}")
                elif head in _records():
                    on_records.add((head, rest.split(".")[0]))
            elif isinstance(node, ast.Call):
                name = _dotted(node.func)
                if name is None:
                    continue
                head, _, rest = name.partition(".")
                full = f"{imported[head]}.{rest}".rstrip(".") if head in imported else name
                for kw in node.keywords:
                    if kw.arg is not None:
                        keywords.add((full, kw.arg))
    return dotted, on_records, keywords


def test_the_readme_has_what_these_tests_read():
    assert len(PYTHON_BLOCKS) >= 3 and len(SH_BLOCKS) >= 3
    dotted, on_records, keywords = _python_uses()
    assert {"readouts.compare", "readouts.Readout.from_file", "readouts.rendering.batch_frame"} <= dotted
    assert ("c", "flags_of") in on_records and ("c.flags_of", "side") in keywords and ("it", "id") in on_records
    assert {"compare", "evaluate"} <= set(_cli_mentions())


def test_every_readouts_name_the_python_blocks_use_exists():
    dotted, _, _ = _python_uses()
    missing = []
    for name in sorted(dotted):
        try:
            _resolve(name)
        except AttributeError as e:
            missing.append(f"{name} ({e})")
    assert not missing, f"the README's Python blocks use names the code lacks: {missing}"


def test_every_method_and_field_the_python_blocks_use_on_a_record_exists():
    records = _records()
    missing = sorted(f"{var}.{attr} ({records[var].__name__})" for var, attr in _python_uses()[1]
                     if not _has(records[var], attr))
    assert not missing, f"the README's Python blocks use attributes the records lack: {missing}"


def test_every_keyword_the_python_blocks_pass_is_taken():
    records = _records()
    bad = []
    for func, kw in sorted(_python_uses()[2]):
        head, _, rest = func.partition(".")
        if head in records and rest:
            target = getattr(records[head], rest.split(".")[0], None)
        elif head == "readouts":
            target = _resolve(func)
        else:
            continue  # a builtin or a method of another library (dict, zip, ...)
        params = inspect.signature(target).parameters
        if kw not in params and not any(p.kind is p.VAR_KEYWORD for p in params.values()):
            bad.append(f"{func}({kw}=...)")
    assert not bad, f"the README's Python blocks pass keywords the code does not take: {bad}"


# ---- names in the prose's code -------------------------------------------------------------------

def test_every_dotted_readouts_name_in_the_prose_exists():
    names = sorted({m for span in INLINE for m in re.findall(r"(?<![\w/])readouts(?:\.[A-Za-z_]\w*)+", span)})
    assert "readouts.language.fold_traditional" in names and len(names) > 30
    missing = []
    for name in names:
        try:
            _resolve(name)
        except AttributeError:
            missing.append(name)
    assert not missing, f"the README names readouts.* objects the code lacks: {missing}"


def _classes() -> dict[str, type]:
    """Every public class of the package's modules, by name (the README writes `Readout.from_file`,
    `EvaluationResult.from_file`, `Scores.as_dict` without their module)."""
    found: dict[str, type] = {}
    for module_name in sorted(readouts._SUBMODULES):
        if module_name in ("e5", "multilingual"):  # optional extras' wrappers: nothing the README calls on them
            continue
        module = importlib.import_module(f"readouts.{module_name}")
        for name, obj in vars(module).items():
            if inspect.isclass(obj) and obj.__module__.startswith("readouts") and not name.startswith("_"):
                found.setdefault(name, obj)
    return found


def test_every_class_method_and_field_the_prose_names_exists():
    classes = _classes()
    used = {m for span in INLINE + PYTHON_BLOCKS for m in re.findall(r"(?<![\w.])([A-Z]\w+)\.([a-z_]\w*)", span)}
    checked = sorted((cls, attr) for cls, attr in used if cls in classes)
    assert ("Readout", "from_points") in checked and ("EvaluationResult", "from_file") in checked
    missing = [f"{cls}.{attr}" for cls, attr in checked if not _has(classes[cls], attr)]
    assert not missing, f"the README names class attributes the code lacks: {missing}"


@pytest.mark.parametrize("cls, method, keyword", [
    # Keywords the prose gives calls of the public API, beyond the Python blocks.
    ("Readout", "from_file", "keep_furniture"), ("Readout", "from_file", "encoding"),
    ("Readout", "from_text", "keep_furniture"), ("Comparison", "to_frame", "pair"),
    ("Comparison", "to_html", "full_page"), ("Comparison", "to_json", "indent"),
    ("Comparison", "flags_of", "link"),
    ("EvaluationResult", "to_json", "level"), ("EvaluationResult", "interval", "resamples"),
])
def test_keywords_the_prose_gives_methods_are_taken(cls, method, keyword):
    assert f"{method}(" in README and f"{keyword}=" in README
    assert keyword in inspect.signature(getattr(_classes()[cls], method)).parameters


@pytest.mark.parametrize("func, keywords", [
    ("readouts.compare", ("embedder", "params", "cache_dir", "sides")),
    ("readouts.compare_many", ("embedder", "params", "cache_dir", "sides", "on_error", "progress")),
    ("readouts.evaluate", ("embedder", "cache_dir", "on_error", "progress", "keep_comparisons")),
    ("readouts.training.fit", ("thresholds_on",)),
    ("readouts.training.cross_validate", ("embedder",)),
])
def test_keywords_the_prose_gives_functions_are_taken(func, keywords):
    params = inspect.signature(_resolve(func)).parameters
    missing = [k for k in keywords if k not in params or f"{k}=" not in README]
    assert not missing, f"{func}: {missing} (in the README as `{func.rsplit('.', 1)[1]}(..., k=...)`)"


def test_the_embedder_names_the_readme_lists_are_the_known_ones():
    from readouts.embedding import EMBEDDER_NAMES

    listed = "(`\"minilm\"`, `\"minilm+use\"`, `\"multilingual\"`, `\"use\"`, `\"e5\"`)"
    assert listed in README.replace("\n", " ")
    assert EMBEDDER_NAMES == ("minilm", "minilm+use", "multilingual", "use", "e5")


# ---- command line --------------------------------------------------------------------------------

# Options the README gives on purpose as slips, to show the error they get.
WRONG_ON_PURPOSE = {("compare", "--link-treshold"), ("evaluate", "--link-threshold"), ("compare", "--cv")}


def _cli_mentions() -> dict[str, set[str]]:
    """Options the README gives each command: 'compare' / 'evaluate' where a command line or a code span
    names it, a benchmark script's path for its own, '' where a span names no command."""
    mentions: dict[str, set[str]] = {}

    def add(command: str, text: str) -> None:
        for opt in re.findall(r"(?<![\w-])(--[a-z][\w-]*|-o)(?![\w-])", text):
            mentions.setdefault(command, set()).add(opt)

    def one(text: str) -> None:
        m = re.match(r"(?:\$ )?(?:readouts )?(compare|evaluate)\b(.*)", text)
        script = re.match(r"(?:python )?(?:benchmarks/)?(\w+\.py)\b(.*)", text)
        if text.startswith("TORCH_PIP_ARGS="):
            return  # pip's own options, which the Makefile passes to `pip install torch` (checked below)
        if m:
            add(m.group(1), m.group(2))
        elif script and (ROOT / "benchmarks" / script.group(1)).exists():
            add("benchmarks/" + script.group(1), script.group(2))
        else:
            add("", text)

    for block in SH_BLOCKS:
        for line in block.splitlines():
            command, _, comment = line.partition("#")
            one(command.strip())
            # A comment's own code spans name their command (`compare --format json`); the rest, none.
            for span in re.findall(r"`([^`]+)`", comment):
                one(span.strip())
            add("", re.sub(r"`[^`]+`", "", comment))
    for span in INLINE:
        if "unrecognized arguments" not in span:
            one(span)
    return mentions


def _subparsers() -> dict[str, argparse.ArgumentParser]:
    parser = cli._parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_every_option_the_readme_gives_a_command_is_in_its_help():
    subs = _subparsers()
    mentions = _cli_mentions()
    assert {"--cv", "--skip-bad", "--summary", "--out", "--save-comparisons"} <= mentions["evaluate"]
    assert {"--format", "-o", "--sides", "--encoding", "--link-threshold"} <= mentions["compare"]
    bad = []
    for command in ("compare", "evaluate"):
        parser = subs[command]
        help_text = parser.format_help()
        for opt in sorted(mentions.get(command, ())):
            if (command, opt) in WRONG_ON_PURPOSE:
                continue
            if opt not in parser._option_string_actions or not re.search(rf"(?<![\w-]){re.escape(opt)}(?![\w-])", help_text):
                bad.append(f"readouts {command} {opt}")
    assert not bad, f"the README gives options its command lacks: {bad}"


def test_every_option_the_readme_gives_without_a_command_is_one_of_some_command():
    subs = _subparsers()
    known = {opt for p in subs.values() for opt in p._option_string_actions}
    mentions = _cli_mentions().get("", set())
    assert {"--cache-dir", "--no-progress"} <= mentions
    # The speed table names bench_compare.py's runs alone (`--only warm`, `--only long`), after a command line
    # that gives the script; such an option must be the script's.
    of_scripts = {"--only": "benchmarks/bench_compare.py"}
    for opt, script in of_scripts.items():
        assert f'"{opt}"' in (ROOT / script).read_text(encoding="utf-8")
    bad = sorted(mentions - known - set(of_scripts) - {o for _, o in WRONG_ON_PURPOSE})
    assert not bad, f"the README gives options no command has: {bad}"


def test_every_threshold_compare_takes_is_an_option_of_readouts_compare():
    """`readouts compare ... --link-threshold 0.15   # any threshold compare() takes`."""
    from readouts.comparison import _OPTIONS

    assert "# any threshold compare() takes" in README
    compare_options = _subparsers()["compare"]._option_string_actions
    missing = [name for name in _OPTIONS if "--" + name.replace("_", "-") not in compare_options]
    assert not missing, f"compare() takes thresholds readouts compare has no option for: {missing}"


def test_every_option_the_readme_gives_a_benchmark_script_is_one_it_takes():
    mentions = {cmd: opts for cmd, opts in _cli_mentions().items() if cmd.startswith("benchmarks/")}
    assert "--naive" in mentions.get("benchmarks/train.py", set())
    bad = []
    for script, opts in sorted(mentions.items()):
        source = (ROOT / script).read_text(encoding="utf-8")
        bad += [f"{script} {o}" for o in sorted(opts) if f'"{o}"' not in source]
    assert not bad, f"the README gives benchmark scripts options they lack: {bad}"


def test_the_options_the_readme_gives_as_slips_are_refused():
    """The README's examples of a wrong option stay wrong (else its error examples would be stale)."""
    subs = _subparsers()
    for command, opt in sorted(WRONG_ON_PURPOSE):
        assert opt in README
        assert opt not in subs[command]._option_string_actions


def test_the_format_values_and_the_help_the_readme_gives_are_the_parsers():
    subs = _subparsers()
    formats = next(a for a in subs["compare"]._actions if "--format" in a.option_strings).choices
    commands = [line.partition("#")[0] for block in SH_BLOCKS for line in block.splitlines()]
    given = {m for code in INLINE + commands for m in re.findall(r"--format (\w+)", code)}
    assert given and given <= set(formats)
    # `readouts SUB --help` lists each command; the README's subcommands are the parser's.
    assert set(re.findall(r"`readouts ([a-z]+)\b", README)) <= set(subs)


def test_the_torch_pip_args_the_readme_gives_reach_the_makefiles_torch_install():
    (span,) = [x for x in INLINE if x.startswith("TORCH_PIP_ARGS=")]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^TORCH_PIP_ARGS \?=\s*$", makefile, re.M)  # empty unless the user names an index
    assert re.search(r"pip install --quiet torch==[\d.]+ \$\(TORCH_PIP_ARGS\)$", makefile, re.M)
    assert "--index-url https://download.pytorch.org/whl/cpu" in span
