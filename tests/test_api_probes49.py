"""Probes of an analyst's second hour with readouts, in a notebook and a tested pipeline (session 49): each
test failed before its fix."""

from __future__ import annotations

import pytest

from readouts import Comparison, Flag, Link, Readout, Signature, Span
from readouts.errors import InputError
from readouts.flags import KINDS


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
    ("Unconfirmed claim", "('Unconfirmed claim' for 'unconfirmed_claim'?)"),
    ("Tone", "('Tone' for 'tone'?)"),
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
