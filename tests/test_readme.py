"""The README's pointers into the project: every file it names and every relative link it makes exist.

The quality figures' history lives in benchmarks/QUALITY.md, which the README links to; a moved or
renamed script would otherwise leave a reader with a command that cannot run.
"""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_project_path_the_readme_names_exists():
    named = set(re.findall(r"\b(?:readouts|examples|benchmarks|tests)/[\w./-]*\w", README))
    assert "benchmarks/train.py" in named  # the pattern finds what it should
    missing = sorted(p for p in named if not (ROOT / p).exists())
    assert not missing, f"README names paths that do not exist: {missing}"


def test_every_relative_link_in_the_readme_resolves():
    links = [t for t in re.findall(r"\]\(([^)\s]+)\)", README) if not re.match(r"[a-z]+:|#", t)]
    assert "benchmarks/QUALITY.md" in links
    missing = sorted(t for t in links if not (ROOT / t.split("#")[0]).exists())
    assert not missing, f"README links to files that do not exist: {missing}"


def test_the_quality_log_is_linked_and_holds_the_history():
    log = (ROOT / "benchmarks" / "QUALITY.md").read_text(encoding="utf-8")
    assert log.startswith("# Quality")
    # The log keeps what the README's Quality section summarises: the round-by-round experiments.
    for heading in ("## Rounds one to nineteen", "## Cross-lingual, round by round", "## Twentieth round"):
        assert heading in log
