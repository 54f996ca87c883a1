"""Session 43's second round of probes at the public API's edges: a saved comparison edited by hand,
control characters in a readout's text, a renderer given no comparison, an embedder's name with spaces
or a hub name, and the naive baseline's cross-validation over one call."""

from __future__ import annotations

import json
import re

import pytest

from conftest import CORPUS, HashEmbedder
from readouts import Comparison, InputError, ReadoutFileError, Readout, RecordError, compare, rendering
from readouts.errors import ModelNotFoundError


@pytest.fixture(scope="module")
def saved() -> tuple[Comparison, dict]:
    us = Readout.from_points(["Blinken spoke with Lavrov about Ukraine.", "He urged Russia to de-escalate at the border.",
                              "The weather was nice.", "Blinken raised sanctions."], side="US")
    ru = Readout.from_points(["Lavrov spoke with Blinken about Ukraine.", "Lavrov raised NATO expansion.",
                              "Russia will not de-escalate at the border."], side="RU")
    c = compare(us, ru, embedder=HashEmbedder())
    return c, json.loads(c.to_json())


def _edited(data: dict, edit) -> str:
    d = json.loads(json.dumps(data))
    edit(d)
    return json.dumps(d)


def test_the_saved_comparison_the_edits_start_from_is_as_expected(saved):
    c, data = saved
    assert len(c.links) >= 3 and c.only_a and len(c.flags) >= 3
    assert {link.label for link in c.links} == {"equivalent", "asymmetric"}
    assert Comparison.from_json(c.to_json()) == c
    assert Comparison.from_json(c.mirrored().to_json()) == c.mirrored()  # the checks hold for both views


# -- a hand-edited saved comparison: what contradicts compare()'s guarantees is refused -----------------
def _flip(d: dict, k: int) -> None:
    d["links"][k]["label"] = "equivalent" if d["links"][k]["label"] == "asymmetric" else "asymmetric"


@pytest.mark.parametrize("edit, message", [
    (lambda d: d.__setitem__("only_a", d["only_a"] * 2), r"only_a\[1\] is point \d+ of side a, already in only_a\[0\]"),
    (lambda d: d.__setitem__("only_a", [99]), r"only_a\[0\] is point 99, which side a does not have \(4 points, 0 to 3\)"),
    (lambda d: d.__setitem__("only_a", d["only_a"] + list(d["links"][0]["a"])),
     r"only_a\[1\] is point 0 of side a, already in links\[0\]\.a"),
    (lambda d: d.__setitem__("only_a", []), r"point\(s\) \[2\] of side a are in no link and not in only_a"),
    (lambda d: d["flags"][1].__setitem__("kind", "mood"), r"flags\.1\.kind: 'mood' is no flag kind \(known: "
                                                          r"unconfirmed_claim, "),
    (lambda d: d["flags"].append(d["flags"][0]), r"flags\[\d+\] repeats flags\[0\]"),
    (lambda d: _flip(d, 0), r"links\[0\]\.label is 'asymmetric', but its label_score [\d.]+ lies below the "
                            r"signature's label_threshold"),
    (lambda d: _flip(d, 2), r"links\[2\]\.label is 'equivalent', but its label_score [\d.]+ lies at or above"),
    (lambda d: d["links"][0].__setitem__("label", "same"), r"links\.0\.label: Input should be 'equivalent' or"),
])
def test_a_hand_edited_comparison_that_breaks_an_invariant_is_refused_naming_field_and_index(saved, tmp_path, edit,
                                                                                              message):
    c, data = saved
    assert c.links[2].label == "asymmetric" and c.links[0].label == "equivalent"
    text = _edited(data, edit)
    with pytest.raises(RecordError, match="^comparison JSON: not a valid comparison: .*" + message):
        Comparison.from_json(text)
    f = tmp_path / "call.json"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(ReadoutFileError, match="^" + str(f) + ": not a valid comparison: .*" + message):
        Comparison.from_file(f)


def test_order_is_normalised_to_compares_not_refused(saved):
    # links, flags and only_a / only_b in another order are the same comparison: read back in compare()'s order
    c, data = saved

    def reorder(d: dict) -> None:
        d["links"].reverse()
        d["flags"].reverse()
        d["only_a"].reverse()

    back = Comparison.from_json(_edited(data, reorder))
    assert back == c and back.to_json() == c.to_json()


def test_a_record_without_label_scores_is_held_to_them_where_the_signature_has_the_threshold(saved):
    # A label_score left out is 0 (the field's default), so an "asymmetric" link without one contradicts
    # it: refused, as it would be once written back (to_json writes the 0), which had made the record
    # unreadable after a round trip. An "equivalent" one is consistent; a signature without
    # label_threshold has nothing to check the labels by.
    c, data = saved

    def old(d: dict) -> None:
        for link in d["links"]:
            del link["label_score"]

    with pytest.raises(RecordError, match=r"links\[2\]\.label is 'asymmetric', but it gives no label_score \(0 when "
                                          r"left out\), which lies below the signature's label_threshold"):
        Comparison.from_json(_edited(data, old))
    assert Comparison.from_json(_edited(data, lambda d: (old(d), [link.__setitem__("label", "equivalent")
                                                                  for link in d["links"]])))
    assert Comparison.from_json(_edited(data, lambda d: (d["signature"]["parameters"].pop("label_threshold"),
                                                         _flip(d, 0)))).links[0].label == "asymmetric"


def test_a_comparison_built_by_hand_is_held_to_the_same_checks_and_order():
    # Session 43 left a Comparison built in Python free of the read-back checks (its own flag kinds, its
    # own order); then c.to_json() wrote what Comparison.from_json refused, and == depended on order.
    # The checks are the record's own now (session 44): one Comparison, one set of guarantees.
    from pydantic import ValidationError

    from readouts import Flag, Link, Signature

    sig = Signature(version="0", embedder="x", weights_hash="0", method="m", parameters={"label_threshold": 0.5})
    a, b = Readout.from_points(["A0.", "A1."], side="US"), Readout.from_points(["B0."], side="RU")
    c = Comparison(a=a, b=b, links=(), only_a=(1, 0), only_b=(0,), signature=sig,
                   flags=(Flag(kind="tone", side="a", points=(1,), explanation="y"),
                          Flag(kind="coverage", side="a", points=(0,), explanation="x")))
    assert c.only_a == (0, 1) and [f.kind for f in c.flags] == ["tone", "coverage"]
    assert Comparison.from_json(c.to_json()) == c
    with pytest.raises(ValidationError, match=r"kind\n  Value error, 'mine' is no flag kind \(known: unconfirmed_claim, "):
        Flag(kind="mine", side="a", points=(0,), explanation="x")  # refused where it is made (session 45)
    mine = Flag.model_construct(kind="mine", side="a", points=(0,), counterpart=(), evidence=(), explanation="x")
    with pytest.raises(ValidationError, match=r"flags\[0\]\.kind: 'mine' is no flag kind"):
        Comparison(a=a, b=b, links=(), only_a=(0, 1), only_b=(0,), signature=sig, flags=(mine,))
    with pytest.raises(ValidationError, match=r"flags\.0\.kind\n  Value error, 'mine' is no flag kind"):
        Comparison.model_validate({**c.model_dump(), "flags": [{**c.flags[0].model_dump(), "kind": "mine"}]})
    with pytest.raises(ValidationError, match=r"links\[0\]\.label is 'asymmetric', but it gives no label_score"):
        Comparison(a=a, b=b, links=(Link(a=(0,), b=(0,), label="asymmetric", score=0.9),), only_a=(1,), only_b=(),
                   signature=sig)


# -- control characters in a readout's text -------------------------------------------------------
@pytest.mark.parametrize("char, name", [("\x00", "NUL"), ("\x1b", "ESC"), ("\x07", "BEL"), ("\x7f", "DEL"),
                                        ("\x01", "U+0001")])
def test_a_control_character_in_a_point_is_refused_naming_point_and_character(char, name):
    with pytest.raises(InputError, match=rf"^point 1 holds a control character .* \({re.escape(name)}\) at offset 3"):
        Readout.from_points(["Blinken spoke.", f"Lav{char}rov replied."], side="US")
    with pytest.raises(InputError, match=rf"point 1 holds a control character .*\({re.escape(name)}\)"):
        Readout.from_text(f"Blinken spoke. Lav{char}rov replied.", side="US")


def test_an_escape_sequence_never_reaches_a_report():
    with pytest.raises(InputError, match=r"\(ESC\).*the reports would pass it on to a terminal"):
        Readout.from_text("Blinken spoke.\x1b[31m Lavrov replied.", side="US")
    with pytest.raises(RecordError, match=r"title holds a control character '\\x1b' \(ESC\) at offset 1"):
        Readout.from_text("Blinken spoke.", side="US", title="T\x1b[2J")
    with pytest.raises(RecordError, match=r"participant 0 holds a control character"):
        Readout.from_text("Blinken spoke.", side="US", participants=["Antony\x00 Blinken"])


def test_a_readout_read_back_from_json_or_a_file_with_a_control_character_is_refused(tmp_path):
    from pydantic import ValidationError

    text = Readout.from_points(["A b.", "C d."], side="US").model_dump_json().replace("C d", "C\\u001bd")
    with pytest.raises(ValidationError, match=r"point 1 holds a control character '\\x1b' \(ESC\)"):
        Readout.model_validate_json(text)
    f = tmp_path / "us.txt"
    f.write_text("Blinken spoke.\n\x1b[31mLavrov replied.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"us\.txt: point \d holds a control character '\\x1b' \(ESC\)"):
        Readout.from_file(f, side="US")


def test_a_c1_control_hints_at_windows_1252_decoded_as_latin_1():
    with pytest.raises(InputError, match=r"'\\x93' \(U\+0093\) at offset 14 \(a C1 control: Windows-1252"):
        Readout.from_text("Blinken spoke \x93yes\x94.", side="US")


def test_tabs_and_line_breaks_stay_allowed():
    r = Readout.from_points(["Blinken\tspoke.", "Lavrov\r\nreplied.", "Page\x0cbreak.", "Word\x0bline.", "NEL\x85x."],
                            side="US")
    assert r.texts[0] == "Blinken\tspoke."
    assert Readout.from_text("Blinken spoke.\r\nLavrov\x0b replied.\x0c Then.\tOk.", side="US").n >= 2


def test_no_corpus_readout_holds_a_refused_control_character():
    # why refusing at input is safe: no annotated call of the corpus holds one, in any string
    from readouts.records import control_error

    def strings(x):
        if isinstance(x, str):
            yield x
        elif isinstance(x, dict):
            for v in x.values():
                yield from strings(v)
        elif isinstance(x, list):
            for v in x:
                yield from strings(v)

    files = sorted(CORPUS.glob("*.json"))
    assert files
    for f in files:
        assert all(control_error(s, f.name) is None for s in strings(json.loads(f.read_text(encoding="utf-8"))))


# -- a renderer given something else than a comparison ---------------------------------------------
@pytest.mark.parametrize("name", ["frame_records", "report_rows", "to_markdown", "to_html", "to_frame", "plot"])
def test_a_renderer_given_none_says_it_needs_a_comparison(name):
    with pytest.raises(InputError, match=rf"^{name} needs a Comparison, not NoneType \(no comparison was made\)"):
        getattr(rendering, name)(None)


def test_a_renderer_given_a_readout_or_saved_json_says_what_to_do():
    r = Readout.from_text("Blinken spoke.", side="US")
    with pytest.raises(InputError, match=r"not Readout; compare two readouts first"):
        rendering.frame_records(r)
    with pytest.raises(InputError, match=r"not str; a saved comparison is read with Comparison\.from_json"):
        rendering.to_markdown('{"a": 1}')
    with pytest.raises(InputError, match=r"not dict; .*Comparison\.model_validate"):
        rendering.to_html({})


# -- embedder names -------------------------------------------------------------------------------------
def test_an_embedder_name_is_stripped(monkeypatch):
    import readouts.embedding as embedding

    sentinel = object()
    monkeypatch.setattr(embedding, "default_embedder", lambda: sentinel)
    embedding.check_embedder_name(" minilm ")
    assert embedding.resolve_embedder(" minilm\n") is sentinel
    assert embedding.resolve_embedder(" MiniLM ") is sentinel


def test_a_folder_whose_name_has_spaces_is_still_that_folder(tmp_path, monkeypatch):
    import readouts.embedding as embedding

    folder = tmp_path / " model "
    folder.mkdir()
    monkeypatch.chdir(tmp_path)
    embedding.check_embedder_name(" model ")  # exists as given: no error
    assert embedding._name_key(" model ") == " model "


def test_a_hub_name_is_refused_with_a_hint_at_the_bundled_model():
    from readouts.embedding import check_embedder_name

    with pytest.raises(ModelNotFoundError, match=r"reads as a Hugging Face hub name, which is never fetched: that "
                                                 r"model is one readouts bundles or installs, pass embedder='minilm'"):
        check_embedder_name("sentence-transformers/all-MiniLM-L6-v2")
    with pytest.raises(ModelNotFoundError, match=r"hub name, which is never fetched: the bundled model is "
                                                 r"embedder='minilm'"):
        check_embedder_name("intfloat/multilingual-e5-small")
    with pytest.raises(ModelNotFoundError) as err:
        check_embedder_name("no-such-model")
    assert "hub" not in str(err.value)


# -- the naive baseline's cross-validation over one call ---------------------------------------------------
def test_naive_cross_validation_needs_two_calls_as_cross_validate_does():
    from readouts.evaluation import load_annotated
    from readouts.training import cross_validate, cross_validate_naive, prepare

    prepared = prepare([load_annotated(sorted(CORPUS.glob("*.json"))[0])], HashEmbedder())
    for run in (cross_validate, cross_validate_naive):
        with pytest.raises(InputError, match="at least two calls; got 1"):
            run(prepared, "hash-bow-test")
