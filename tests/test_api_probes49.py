"""Probes of an analyst's second hour with readouts, in a notebook and a tested pipeline (session 49): each
test failed before its fix."""

from __future__ import annotations

import pytest

from readouts import Comparison, Flag, Link, Readout, Signature, Span
from readouts.errors import InputError
from readouts.flags import KINDS
from readouts.errors import CalibrationWarning


def _comparison(a_side: str = "US", b_side: str = "RU") -> Comparison:
    a = Readout.from_points(["Blinken spoke with Lavrov.", "He urged de-escalation."], side=a_side)
    b = Readout.from_points(["Lavrov spoke with Blinken.", "Blinken agreed to talk.", "It was candid."], side=b_side)
    sig = Signature(version="0", embedder="e", weights_hash="h", method="m", parameters={})
    link = Link(a=(0,), b=(0,), label="equivalent", score=0.9)
    flags = (
        Flag(kind="unconfirmed_claim", side="b", points=(1,), explanation="claim",
             evidence=(Span(side="b", point=1, start=8, end=14, text="agreed"),)),
        Flag(kind="tone", side="b", points=(2,), explanation="tone"),
        Flag(kind="coverage", side="a", points=(0,), explanation="cov a"),
        Flag(kind="coverage", side="b", points=(0,), explanation="cov b"),
    )
    return Comparison(a=a, b=b, links=(link,), only_a=(1,), only_b=(1, 2), flags=flags, signature=sig)


def test_flags_of_picks_a_kind_and_a_side_by_position_or_name():
    # [f for f in c.flags if f.kind == "unconfirmed"] and f.side == "RU" were empty, in silence.
    c = _comparison()
    assert c.flags_of() == c.flags
    assert [f.explanation for f in c.flags_of("unconfirmed_claim")] == ["claim"]
    assert [f.explanation for f in c.flags_of("coverage")] == ["cov a", "cov b"]
    for side in ("b", "RU", "ru", "Russia", " RU"):
        assert [f.explanation for f in c.flags_of(side=side)] == ["claim", "tone", "cov b"], side
    assert [f.explanation for f in c.flags_of("coverage", "US")] == ["cov a"]
    assert c.flags_of("strength_shift") == ()  # a known kind with no flag is empty, not an error
    assert all(c.flags_of(k) == tuple(f for f in c.flags if f.kind == k) for k in KINDS)


@pytest.mark.parametrize(("kind", "hint"), [
    ("unconfirmed", "('unconfirmed' for 'unconfirmed_claim'?)"),
    # "Unconfirmed claim" and "Tone" are those kinds (tests/test_api51.py), no longer refused
    ("atribution_shift", "('atribution_shift' for 'attribution_shift'?)"),
    ("mood", None),
])
def test_flags_of_an_unknown_kind_lists_the_kinds_and_names_the_one_meant(kind, hint):
    c = _comparison()
    with pytest.raises(InputError) as err:
        c.flags_of(kind)
    said = str(err.value)
    assert said.startswith(f"{kind!r} is no flag kind")
    assert said.endswith("known: " + ", ".join(KINDS))
    assert (hint in said) if hint else "(" not in said
    assert [f.explanation for f in c.flags_of(["tone", "unconfirmed_claim"])] == ["claim", "tone"]  # report order
    with pytest.raises(InputError, match="kind must be a flag kind .* not int"):
        c.flags_of(3)


def test_flags_of_an_unknown_or_ambiguous_side_names_the_sides():
    c = _comparison()
    with pytest.raises(InputError, match=r"side must be 'a' or 'b', or a side's name \('US' is a, 'RU' is b\), got 'UK'"):
        c.flags_of(side="UK")
    same = _comparison("US", "us")
    assert [f.explanation for f in same.flags_of(side="US (b)")] == ["claim", "tone", "cov b"]
    assert same.side_of("us (a)") == "a"
    with pytest.raises(InputError, match="names both readouts of this comparison; say which"):
        same.flags_of(side="US")
    # comparisons are frozen and flags_of adds no field: the JSON is what it was
    assert set(Comparison.model_fields) == {"a", "b", "links", "only_a", "only_b", "flags", "signature", "similarity"}


US_TEXT = "Secretary Blinken spoke with Foreign Minister Lavrov. The Secretary urged de-escalation."
RU_TEXT = "Lavrov spoke with Blinken. Blinken agreed that security guarantees deserve further discussion."


def test_two_texts_take_their_side_names_from_sides(hash_embedder):
    # compare(us_text, ru_text) named the sides "A" and "B" in silence: the cues knew neither as a
    # government, and on the bundled call 11 flags became 7 (the unconfirmed "Blinken agreed" among the lost)
    import warnings

    from readouts import compare, compare_many
    from readouts.errors import SideWarning

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # named sides: no warning
        warnings.filterwarnings("ignore", category=CalibrationWarning)  # the test embedder's generic parameters
        c = compare(US_TEXT, RU_TEXT, embedder=hash_embedder, sides=("US", "RU"))
    assert (c.a.side, c.b.side) == ("US", "RU")
    us, ru = Readout.from_text(US_TEXT, side="US"), Readout.from_text(RU_TEXT, side="RU")
    assert c == compare(us, ru, embedder=hash_embedder)
    assert c == compare(us, RU_TEXT, embedder=hash_embedder, sides=["us", " RU "])  # a Readout keeps its own name
    with pytest.warns(SideWarning, match=r"readouts A and B were given as text and are named 'A' and 'B', which the "
                                         r"cues know as no government: .* sides=\('US', 'RU'\)"):
        plain = compare(US_TEXT, RU_TEXT, embedder=hash_embedder)
    assert (plain.a.side, plain.b.side) == ("A", "B")  # as before
    with pytest.warns(SideWarning, match=r"^readout B was given as text and is named 'B'"):
        compare(us, RU_TEXT, embedder=hash_embedder)
    (batch,) = compare_many([(US_TEXT, RU_TEXT)], embedder=hash_embedder, sides=("US", "RU"))
    assert batch == c


@pytest.mark.parametrize(("sides", "said"), [
    ("US", "not a str ('US')"), (("US",), "not a tuple of 1"), (("US", "RU", "CN"), "not a tuple of 3"),
    ({"US", "RU"}, "not set"), (("US", ""), "got ('US', '')"), (("US", None), "got ('US', None)"),
])
def test_sides_that_are_no_two_names_are_refused(hash_embedder, sides, said):
    from readouts import compare

    with pytest.raises(InputError) as err:
        compare(US_TEXT, RU_TEXT, embedder=hash_embedder, sides=sides)
    assert str(err.value).startswith("sides must be two side names") and said in str(err.value)


def test_sides_that_contradict_a_readouts_own_side_are_refused(hash_embedder, tmp_path):
    from pathlib import Path

    from readouts import compare

    us = Readout.from_text(US_TEXT, side="US")
    with pytest.raises(InputError, match=r"^readout A is side 'US', but sides= names it 'RU': .*in the order of sides="):
        compare(us, RU_TEXT, embedder=hash_embedder, sides=("RU", "US"))
    f = tmp_path / "ru.txt"
    f.write_text(RU_TEXT, encoding="utf-8")
    with pytest.raises(InputError, match=r"readout B is side 'RU', but sides= names it 'CN'.*Readout\.from_file\(path"):
        compare(US_TEXT, Path(f), embedder=hash_embedder, sides=("US", "CN"))
    assert compare(US_TEXT, Path(f), embedder=hash_embedder, sides=("US", "RU")).b.side == "RU"


def test_a_links_flags_and_texts_are_one_call_away():
    # a link's texts took c.a.points[i].text for each index on each side, and its flags the report's own rule
    c = _comparison()
    (link,) = c.links
    assert c.texts_of(link) == (("Blinken spoke with Lavrov.",), ("Lavrov spoke with Blinken.",))
    assert [f.explanation for f in c.flags_of(link=link)] == ["cov a", "cov b"]
    assert [f.explanation for f in c.flags_of("coverage", "RU", link=link)] == ["cov b"]
    claim = c.flags_of("unconfirmed_claim")[0]
    assert c.texts_of(claim) == ((), ("Blinken agreed to talk.",))  # (side a's, side b's), as for a link
    from readouts.rendering import frame_records

    for row in frame_records(c):  # the table's flag kinds are those of flags_of(link=...)
        if row["kind"] == "link":
            (lk,) = [x for x in c.links if x.a == row["a_index"]]
            assert row["flag_kinds"] == tuple(dict.fromkeys(f.kind for f in c.flags_of(link=lk)))


def test_texts_of_and_flags_of_refuse_what_is_not_this_comparisons():
    c = _comparison()
    other = c.mirrored()
    with pytest.raises(InputError, match=r"this link \(a=\(0,\), b=\(0,\)\) is not one of this comparison's links"):
        c.texts_of(Link(a=(0,), b=(0,), label="equivalent", score=0.5))
    with pytest.raises(InputError, match="this flag is not one of this comparison's flags"):
        c.texts_of(other.flags[0])
    with pytest.raises(InputError, match=r"not int; a point's text is c\.a\.points\[i\]\.text"):
        c.texts_of(0)
    with pytest.raises(InputError, match=r"not Point; a point's text is its \.text"):
        c.texts_of(c.a.points[0])
    with pytest.raises(InputError, match=r"link must be a Link \(one of c\.links\), not tuple"):
        c.flags_of(link=(0, 0))


@pytest.mark.parametrize(("name", "side"), [
    ("2022-02-01-us.txt", "US"), ("2022-02-01-ru.md", "RU"), ("call_cn.txt", "CN"), ("blinken lavrov ru.txt", "RU"),
    ("us.txt", "US"), ("call_a.txt", "call_a"), ("de-escalation.txt", "de-escalation"), ("ru_readout.txt", "ru_readout"),
    ("call-zz.txt", "call-zz"), ("2022.txt", "2022"),
])
def test_a_headerless_file_named_as_the_examples_are_takes_its_side_code(tmp_path, name, side):
    # "2022-02-01-us.txt" without a header was side "2022-02-01-us", which the cues knew as no government:
    # on the bundled call 7 flags instead of 11, the unconfirmed "Blinken agreed" lost, in silence
    f = tmp_path / name
    f.write_text("Blinken spoke with Lavrov. He urged de-escalation.\n", encoding="utf-8")
    assert Readout.from_file(f).side == side
    json_f = tmp_path / (f.stem + ".json")
    json_f.write_text('{"points": ["Blinken spoke with Lavrov."]}', encoding="utf-8")
    assert Readout.from_file(json_f).side == side
    g = tmp_path / ("h-" + name)
    g.write_text("---\nside: UK\n---\nBlinken spoke with Lavrov.\n", encoding="utf-8")
    assert Readout.from_file(g).side == "UK"  # a header's side is the side, as before


def test_compare_many_results_used_as_a_list_say_to_keep_them_in_one(hash_embedder):
    # a generator indexed said "'generator' object is not subscriptable", and gone through a second time
    # (a notebook cell run again, a count before the loop) gave no comparison, in silence
    from collections.abc import Iterator

    from readouts import Failure, compare_many

    pairs = [(US_TEXT, RU_TEXT), ("", RU_TEXT), (RU_TEXT, US_TEXT)]
    res = compare_many(pairs, embedder=hash_embedder, on_error="skip", sides=("US", "RU"))
    assert isinstance(res, Iterator) and iter(res) is res and bool(res)
    with pytest.raises(TypeError, match=r"cannot be indexed; keep them in a list, results = list\(compare_many"):
        res[0]
    with pytest.raises(TypeError, match=r"has no len\(\); keep them in a list"):
        len(res)
    first = next(res)
    rest = list(res)  # a batch partly gone through goes on where it stopped
    assert [type(x).__name__ for x in (first, *rest)] == ["Comparison", "Failure", "Comparison"]
    assert isinstance(rest[0], Failure) and rest[0].index == 1
    assert (rest[1].a.side, rest[1].b.side) == ("US", "RU") and rest[1].a.texts == first.b.texts
    for again in (list, lambda r: [c for c in r]):
        with pytest.raises(InputError, match=r"already gone through to its end: .* results = list\(compare_many\(pairs\)\)"):
            again(res)
    with pytest.raises(StopIteration):  # next() on it ends as an iterator's does
        next(res)


def test_a_readout_saves_as_json_as_a_comparison_does(tmp_path):
    # us.to_json() was an AttributeError, where c.to_json() saves a comparison
    us = Readout.from_text(US_TEXT, side="US", date="2022-02-01", participants=["Antony Blinken", "Sergey Lavrov"])
    f = tmp_path / "us.json"
    f.write_text(us.to_json(indent=2), encoding="utf-8")
    assert Readout.from_file(f) == us == Readout.model_validate_json(us.to_json())
    assert "\n" not in us.to_json() and us.to_json() == us.model_dump_json()
    with pytest.raises(InputError, match=r"writes no file: save it with Path\('us\.json'\)\.write_text\(r\.to_json\(\), "
                                         r"encoding='utf-8'\) and read it back with Readout\.from_file\('us\.json'\)"):
        us.to_json("us.json")


def test_sides_names_files_whose_name_says_no_side(hash_embedder, tmp_path):
    # compare(Path("call_a.txt"), Path("call_b.txt"), sides=("US", "RU")) was refused: the files' sides were
    # their names, which say nothing; a file whose name or header names a side keeps it (wrong order: refused)
    from pathlib import Path

    from readouts import compare

    a, b = tmp_path / "call_a.txt", tmp_path / "call_b.txt"
    a.write_text(US_TEXT, encoding="utf-8")
    b.write_text("---\nside: RU\n---\n" + RU_TEXT, encoding="utf-8")
    c = compare(Path(a), Path(b), embedder=hash_embedder, sides=("US", "RU"))
    assert (c.a.side, c.b.side) == ("US", "RU")
    us = tmp_path / "2022-02-01-us.txt"
    us.write_text(US_TEXT, encoding="utf-8")
    with pytest.raises(InputError, match="readout B is side 'US', but sides= names it 'RU'"):
        compare(Path(a), Path(us), embedder=hash_embedder, sides=("US", "RU"))
    with pytest.raises(InputError, match="readout B is side 'RU', but sides= names it 'CN'"):
        compare(Path(a), Path(b), embedder=hash_embedder, sides=("US", "CN"))


def test_a_file_whose_side_is_a_name_the_cues_do_not_know_warns(hash_embedder, tmp_path):
    # "call_a.txt" without a header was side "call_a": the flags lost who said what, and nothing said so
    import warnings
    from pathlib import Path

    from readouts import compare
    from readouts.errors import SideWarning

    f = tmp_path / "call_a.txt"
    f.write_text(US_TEXT, encoding="utf-8")
    j = tmp_path / "notes.json"
    j.write_text('{"points": ["Blinken spoke with Lavrov."]}', encoding="utf-8")
    for path, side in ((f, "call_a"), (j, "notes")):
        with pytest.warns(SideWarning, match=rf"no side in a header, so the readout's side is the file's name, '{side}', "
                                             r"which the cues know as no government: .*\(2022-02-01-us\.txt\)"):
            assert Readout.from_file(path).side == side
    named = tmp_path / "2022-02-01-us.txt"
    named.write_text(US_TEXT, encoding="utf-8")
    headed = tmp_path / "headed.txt"
    headed.write_text("---\nside: RU\n---\n" + RU_TEXT, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.filterwarnings("ignore", category=CalibrationWarning)  # the test embedder's generic parameters
        assert Readout.from_file(f, side="US").side == "US"
        assert Readout.from_file(named).side == "US" and Readout.from_file(headed).side == "RU"
        for short in ("jp.txt", "abc.txt"):  # a code of three letters or fewer is given on purpose
            (tmp_path / short).write_text(US_TEXT, encoding="utf-8")
            Readout.from_file(tmp_path / short)
        compare(Path(f), Path(headed), embedder=hash_embedder, sides=("US", "RU"))  # sides= names it: no warning


def test_link_of_given_a_point_says_to_pass_its_index():
    c = _comparison()
    with pytest.raises(InputError, match=r"^index must be a whole number \(a point index\), not Point; pass its index, p\.index$"):
        c.link_of("a", c.a.points[0])
    assert c.link_of("a", c.a.points[0].index) == c.links[0]


def test_flags_of_takes_a_list_of_kinds_each_checked():
    c = _comparison()
    assert c.flags_of(("coverage", "tone"), side="RU") == c.flags_of(["tone", "coverage"], "b") == c.flags[1:2] + c.flags[3:]
    assert c.flags_of({"coverage"}) == c.flags_of("coverage") and c.flags_of([]) == ()
    with pytest.raises(InputError, match=r"^'unconfirmed' is no flag kind \('unconfirmed' for 'unconfirmed_claim'\?\)"):
        c.flags_of(["tone", "unconfirmed"])
    with pytest.raises(InputError, match="a list of them or None, not NoneType"):
        c.flags_of(["tone", None])


def test_cli_compare_names_headerless_files_with_sides(tmp_path, capsys, monkeypatch, hash_embedder):
    # readouts compare call_a.txt call_b.txt had no way to say whose readout is whose but editing the files
    import readouts.comparison as comparison
    from readouts.cli import main

    real = comparison.compare
    monkeypatch.setattr(comparison, "compare", lambda a, b, **kw: real(a, b, **{**kw, "embedder": hash_embedder}))
    a, b = tmp_path / "call_a.txt", tmp_path / "call_b.txt"
    a.write_text(US_TEXT, encoding="utf-8")
    b.write_text(RU_TEXT, encoding="utf-8")
    assert main(["compare", str(a), str(b), "--sides", "US", "RU"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("# US vs RU\n") and "warning" not in err
    import warnings

    with warnings.catch_warnings():  # pyproject ignores SideWarning under pytest
        warnings.simplefilter("always")
        warnings.filterwarnings("ignore", category=CalibrationWarning)  # the test embedder's generic parameters
        assert main(["compare", str(a), str(b)]) == 0  # without it: as before, with the warning
    out, err = capsys.readouterr()
    assert out.startswith("# call_a vs call_b\n") and err.count("readouts: warning: ") == 2 and "file's name, 'call_a'" in err
    ru = tmp_path / "2022-02-01-ru.txt"
    ru.write_text(RU_TEXT, encoding="utf-8")
    assert main(["compare", str(ru), str(b), "--sides", "US", "RU"]) == 2
    err = capsys.readouterr().err
    assert err == (f"readouts: error: {ru} is side 'RU' (by its header or file name), but --sides names it 'US': give the "
                   "files in the order of --sides, or change the side in the file's header\n")
    with pytest.raises(SystemExit) as exc:
        main(["compare", str(a), str(b), "--sides", "US"])
    assert exc.value.code == 2 and "argument --sides: expected 2 arguments" in capsys.readouterr().err


def test_a_readouts_side_may_be_given_as_the_second_argument():
    # Readout.from_text(text, "US") was "takes 2 positional arguments but 3 were given"
    assert Readout.from_text(US_TEXT, "US") == Readout.from_text(US_TEXT, side="US")
    assert Readout.from_points(["A.", "B."], "RU") == Readout.from_points(["A.", "B."], side="RU")
    with pytest.raises(TypeError, match="side"):
        Readout.from_text(US_TEXT)


def test_a_results_file_looked_up_without_its_suffix_names_the_key(tmp_path, hash_embedder):
    # result.comparisons["2017-05-02-us-ru-trump-putin"] was a bare KeyError: the keys are file names, .json and all
    import shutil
    from pathlib import Path

    from readouts import evaluate

    src = sorted(Path("examples/corpus").glob("*.json"))[0]
    shutil.copy(src, tmp_path / src.name)
    kept = evaluate(tmp_path, embedder=hash_embedder, keep_comparisons=True)
    assert kept.comparisons[src.name] is not None and kept.comparisons.get(src.stem) is None
    with pytest.raises(KeyError, match=rf"is no file of this result's comparisons \('{src.stem}' for '{src.name}'\?"):
        kept.comparisons[src.stem]
    with pytest.raises(KeyError, match=rf"\('{src.stem}' for '{src.name}'\?"):
        kept.per_file[src.stem]
    plain = evaluate(tmp_path, embedder=hash_embedder)
    with pytest.raises(KeyError, match=r"none was kept: evaluate\(directory, keep_comparisons=True\)"):
        plain.comparisons[src.name]
