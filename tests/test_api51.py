"""Session 51: small public-API and command-line defects (side codes named in lower case, flag kinds
written as a reader writes them, -W error on evaluate), and a research pipeline's probe of the API."""

from __future__ import annotations

import json
import warnings

import pytest

import readouts.comparison
import readouts.embedding
from conftest import HashEmbedder
from readouts import Comparison, Flag, InputError, Link, Readout, Signature, compare, compare_many
from readouts.cli import main
from readouts.flags import KINDS
from readouts.errors import CalibrationWarning

US = "Secretary Rivers spoke today with Foreign Minister Orlov about the grain corridor.\nThe two agreed to keep talking.\n"
RU = "Minister Orlov spoke with Secretary Rivers about the grain corridor.\nRussia urged an end to sanctions.\n"


@pytest.fixture
def fast(monkeypatch):
    """The CLI's default model routed to the hash embedder."""
    for module in (readouts.comparison, readouts.embedding):
        monkeypatch.setattr(module, "resolve_embedder", lambda e=None: HashEmbedder())


def _quiet_compare(*args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return compare(*args, **kwargs)


# -- 1. a side code given in lower case --------------------------------------------------------
def test_sides_in_lower_case_name_files_as_their_codes_on_the_command_line(tmp_path, capsys, fast):
    # "--sides us ru" on call_a.txt / call_b.txt gave "# us vs ru" and records of side "us", where the same
    # command on us.txt / ru.txt gave "# US vs RU"
    for name, text in (("call_a.txt", US), ("call_b.txt", RU), ("us.txt", US), ("ru.txt", RU)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    for a, b in (("call_a.txt", "call_b.txt"), ("us.txt", "ru.txt")):
        out = tmp_path / "c.json"
        assert main(["compare", str(tmp_path / a), str(tmp_path / b), "--sides", "us", "ru", "-o", str(out)]) == 0
        saved = json.loads(out.read_text(encoding="utf-8"))
        assert (saved["a"]["side"], saved["b"]["side"]) == ("US", "RU"), a
        md = tmp_path / "c.md"
        assert main(["compare", str(tmp_path / a), str(tmp_path / b), "--sides", "Us", " ru ", "-o", str(md)]) == 0
        assert md.read_text(encoding="utf-8").startswith("# US vs RU\n"), a
    # a name that is no code is kept as given, and a file in the wrong order is still refused
    out = tmp_path / "c.json"
    assert main(["compare", str(tmp_path / "call_a.txt"), str(tmp_path / "call_b.txt"), "--sides", "Washington",
                 "ru", "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["a"]["side"] == "Washington"
    capsys.readouterr()
    assert main(["compare", str(tmp_path / "us.txt"), str(tmp_path / "ru.txt"), "--sides", "ru", "us"]) == 2
    assert "is side 'US' (by its header or file name), but --sides names it 'ru'" in capsys.readouterr().err


def test_sides_in_lower_case_name_texts_as_their_codes_in_the_api(hash_embedder):
    c = _quiet_compare(US, RU, sides=("us", "ru"), embedder=hash_embedder)
    assert (c.a.side, c.b.side) == ("US", "RU")
    assert c.to_markdown().startswith("# US vs RU\n")
    assert c == _quiet_compare(US, RU, sides=("US", "RU"), embedder=hash_embedder)
    # full-width letters (a CJK input method) are the code too; other names are kept as given
    c = _quiet_compare(US, RU, sides=("\uff55\uff53", "Russia"), embedder=hash_embedder)
    assert (c.a.side, c.b.side) == ("US", "Russia")
    (c,) = compare_many([(US, RU)], sides=("us", "ru"), embedder=hash_embedder)
    assert (c.a.side, c.b.side) == ("US", "RU")
    # a readout that names its own side keeps it, spelled as it is
    own = Readout.from_text(US, side="us")
    c = _quiet_compare(own, RU, sides=("US", "ru"), embedder=hash_embedder)
    assert (c.a.side, c.b.side) == ("us", "RU") and own.side == "us"


# -- 3. flag kinds as a reader writes them ----------------------------------------------------
def _comparison() -> Comparison:
    a = Readout.from_points(["Blinken spoke with Lavrov.", "Lavrov agreed to talk.", "The call was at our request."],
                            side="US")
    b = Readout.from_points(["Lavrov spoke with Blinken.", "Talks will go on."], side="RU")
    sig = Signature(version="0", embedder="e", weights_hash="h", method="m", parameters={})
    flags = (Flag(kind="unconfirmed_claim", side="a", points=(1,), explanation="claim"),
             Flag(kind="initiative", side="a", points=(2,), explanation="init"),
             Flag(kind="detail_mismatch", side="b", points=(0,), counterpart=(0,), explanation="detail"))
    return Comparison(a=a, b=b, links=(Link(a=(0,), b=(0,), label="equivalent", score=0.9),), only_a=(1, 2),
                      only_b=(1,), flags=flags, signature=sig)


@pytest.mark.parametrize(("given", "kind"), [
    ("Initiative", "initiative"), ("INITIATIVE", "initiative"), ("Unconfirmed claim", "unconfirmed_claim"),
    ("unconfirmed-claim", "unconfirmed_claim"), (" Detail mismatch ", "detail_mismatch"),
    ("detail - mismatch", "detail_mismatch"), ("Unconfirmed_Claim", "unconfirmed_claim"),
])
def test_flags_of_takes_a_kind_that_differs_only_in_case_spaces_or_hyphens(given, kind):
    # "Initiative" was refused, as no flag kind, with "'Initiative' for 'initiative'?"
    c = _comparison()
    assert c.flags_of(given) == c.flags_of(kind) != ()
    assert c.flags_of([given, "initiative"]) == c.flags_of([kind, "initiative"])
    assert c.flags_of(given, side="us") == c.flags_of(kind, side="a")


def test_flags_of_still_refuses_what_is_no_kind():
    c = _comparison()
    for kind, hint in (("unconfirmed", "'unconfirmed' for 'unconfirmed_claim'?"), ("mood", None),
                       ("unconfirmed claims", "for 'unconfirmed_claim'?")):
        with pytest.raises(InputError) as err:
            c.flags_of(kind)
        said = str(err.value)
        assert said.startswith(f"{kind!r} is no flag kind") and said.endswith("known: " + ", ".join(KINDS))
        assert (hint in said) if hint else "(" not in said
    with pytest.raises(InputError, match="kind must be a flag kind .* not int"):
        c.flags_of(["initiative", 3])


# -- 2. pair files not read, under -W error ---------------------------------------------------
def test_unread_pair_files_under_w_error_are_one_line_naming_them_with_skip_bad(tmp_path, capsys, fast):
    # reported as a traceback under python -W error -m readouts evaluate DIR --skip-bad; at 65bbf2c it was
    # already one line (the CLI catches a ReadoutsWarning made an error): kept so
    from conftest import CORPUS

    pair = sorted(CORPUS.glob("*-us-ru-*.json"))[0]
    (tmp_path / pair.name).write_bytes(pair.read_bytes())
    (tmp_path / "late.txt").write_bytes(pair.read_bytes())  # JSON under a .txt name
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "other.json").write_bytes(pair.read_bytes())
    for extra in ([], ["--cv"]):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            warnings.filterwarnings("ignore", category=CalibrationWarning)  # the test embedder's generic parameters
            assert main(["evaluate", str(tmp_path), "--skip-bad", "--no-progress", *extra]) == 2
        captured = capsys.readouterr()
        assert captured.out == "" and captured.err.count("\n") == 1 and "Traceback" not in captured.err
        assert captured.err.startswith(f"readouts: error: {tmp_path}: ")
        assert "its subfolder sub/ holds 1 .json file(s), which are not read" in captured.err
        assert "late.txt holds JSON but is not named .json" in captured.err


# -- probe: a side named for the same government ---------------------------------------------
def test_sides_accept_a_readout_named_for_the_same_government(tmp_path, capsys, fast, hash_embedder):
    # headers "side: United States" / "side: Russia" with --sides US RU were refused as files given in the
    # wrong order ("is side 'United States' ..., but --sides names it 'US'"), where c.side_of("United States")
    # is side US; in Python likewise with sides=
    us, ru = tmp_path / "statement.txt", tmp_path / "kremlin.txt"
    us.write_text("---\nside: United States\n---\n" + US, encoding="utf-8")
    ru.write_text("---\nside: Russia\n---\n" + RU, encoding="utf-8")
    out = tmp_path / "c.json"
    assert main(["compare", str(us), str(ru), "--sides", "US", "ru", "-o", str(out)]) == 0
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert (saved["a"]["side"], saved["b"]["side"]) == ("United States", "Russia")  # each keeps its own
    capsys.readouterr()
    assert main(["compare", str(us), str(ru), "--sides", "RU", "US"]) == 2  # the wrong order is still refused
    assert "is side 'United States' (by its header or file name), but --sides names it 'RU'" in capsys.readouterr().err
    a = Readout.from_text(US, side="United States")
    b = Readout.from_text(RU, side="the Kremlin")
    c = _quiet_compare(a, b, sides=("US", "RU"), embedder=hash_embedder)
    assert (c.a.side, c.b.side) == ("United States", "the Kremlin") and c.a is a
    (m,) = compare_many([(a, RU)], sides=("US", "RU"), embedder=hash_embedder)
    assert (m.a.side, m.b.side) == ("United States", "RU")
    with pytest.raises(InputError, match="readout A is side 'United States', but sides= names it 'RU'"):
        compare(a, b, sides=("RU", "US"), embedder=hash_embedder)
    with pytest.raises(InputError, match="readout B is side 'the Kremlin', but sides= names it 'CN'"):
        compare(a, b, sides=("US", "CN"), embedder=hash_embedder)


# -- probe: --cv --skip-bad under -W error ----------------------------------------------------
POINTS_A = ["Secretary Rivers spoke with Foreign Minister Orlov.", "The Secretary urged Russia to reopen the grain corridor.",
            "The two agreed to keep talking."]
POINTS_B = ["Minister Orlov spoke with Secretary Rivers.", "Orlov said sanctions must end.",
            "The sides discussed the grain corridor."]
GOLD = {"links": [{"a": [0], "b": [0], "label": "equivalent"}], "only_a": [1, 2], "only_b": [1, 2]}


def _pair_file(folder, name, date="2023-05-04", a_language=None):
    a = {"side": "US", "points": POINTS_A, **({"language": a_language} if a_language else {})}
    (folder / f"{name}.json").write_text(json.dumps({"id": name, "date": date, "a": a,
                                                     "b": {"side": "RU", "points": POINTS_B}, "gold": GOLD}),
                                         encoding="utf-8")


def test_cv_with_skip_bad_sets_aside_a_file_whose_warning_is_an_error(tmp_path, capsys, fast):
    # under python -W error, --skip-bad set aside a pair file whose readout drew a warning (a declared language
    # its script contradicts, a date after today), but --skip-bad --cv stopped on it: "readouts: error: readout
    # 'US' in p2.json is declared language 'ru' ...", exit 2, and no file scored
    pairs = tmp_path / "pairs"
    pairs.mkdir()
    for k in range(3):
        _pair_file(pairs, f"call-{k}", date=f"2023-05-0{k + 4}")
    _pair_file(pairs, "said-ru", a_language="ru")
    _pair_file(pairs, "typo", date="2099-01-01")
    summary = tmp_path / "s.json"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.filterwarnings("ignore", category=CalibrationWarning)  # the test embedder's generic parameters
        assert main(["evaluate", str(pairs), "--skip-bad", "--cv", "--no-progress", "--summary", str(summary)]) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "readouts: error" not in captured.err
    skipped = [line for line in captured.err.splitlines() if line.startswith("readouts: skipped: ")]
    assert len(skipped) == 2
    assert skipped[0].startswith(f"readouts: skipped: {pairs / 'said-ru.json'}: readout 'US' ")
    assert f"in {pairs / 'said-ru.json'} is declared language 'ru'" in skipped[0]
    assert f"{pairs / 'typo.json'}: readout " in skipped[1] and "is dated after today" in skipped[1]
    saved = json.loads(summary.read_text(encoding="utf-8"))
    assert sorted(saved["files"]) == ["call-0.json", "call-1.json", "call-2.json"]
    assert sorted(saved["skipped"]) == ["said-ru.json", "typo.json"]
    # as --skip-bad without --cv sets them aside
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.filterwarnings("ignore", category=CalibrationWarning)  # the test embedder's generic parameters
        assert main(["evaluate", str(pairs), "--skip-bad", "--no-progress", "--summary", str(summary)]) == 0
    capsys.readouterr()
    assert sorted(json.loads(summary.read_text(encoding="utf-8"))["skipped"]) == ["said-ru.json", "typo.json"]
    # without -W error every file is scored, each warning given once, as before
    assert main(["evaluate", str(pairs), "--skip-bad", "--cv", "--no-progress", "--summary", str(summary)]) == 0
    err = capsys.readouterr().err
    assert err.count("is declared language 'ru'") == 1 and err.count("is dated after today") == 2
    assert len(json.loads(summary.read_text(encoding="utf-8"))["files"]) == 5


# -- probe: adding Scores ---------------------------------------------------------------------
def test_scores_and_counts_add_to_new_ones_and_sum_to_the_overall(tmp_path, hash_embedder):
    # Scores said "add Scores of several files to micro-average them", but a + b was a TypeError, and
    # sum(result.per_file.values(), Scores()) one that named a private class ('Scores' and '_HeldScores')
    from readouts import evaluate
    from readouts.evaluation import Counts, Scores

    for k in range(3):
        _pair_file(tmp_path, f"call-{k}", date=f"2023-05-0{k + 4}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = evaluate(tmp_path, embedder=hash_embedder)
    before = {name: (s.link.tp, s.link.fp, s.link.fn) for name, s in result.per_file.items()}
    assert sum(result.per_file.values(), Scores()) == result.overall
    assert sum(result.per_file.values()) == result.overall
    first, second, _ = result.per_file.values()
    both = first + second
    assert type(both) is Scores and both.link.tp == first.link.tp + second.link.tp
    both.link.tp += 1  # a new, plain one: the result's are as they were
    assert {name: (s.link.tp, s.link.fp, s.link.fn) for name, s in result.per_file.items()} == before
    a, b = Counts(1, 2, 3), Counts(4, 5, 6)
    assert a + b == Counts(5, 7, 9) and (a, b) == (Counts(1, 2, 3), Counts(4, 5, 6))
    assert sum([a, b]) == Counts(5, 7, 9)
    for bad in (1, 0.0, "x", None, False):
        with pytest.raises(TypeError):
            first + bad
        with pytest.raises(TypeError):
            bad + a
