"""Flags on predicted English comparisons as a demanding analyst reads them (session 55)."""

from readouts import Readout
from readouts.flags import find_flags
from readouts.records import Comparison, Link, Signature

SIG = Signature(version="0", embedder="-", weights_hash="-", method="-", parameters={})


def _flags(a: Readout, b: Readout, links: tuple[tuple[int, int], ...], only_a: tuple[int, ...] = (),
           only_b: tuple[int, ...] = (), kind: str = "unconfirmed_claim") -> list:
    c = Comparison(a=a, b=b, links=tuple(Link(a=(i,), b=(j,), label="asymmetric", score=0.9) for i, j in links),
                   only_a=only_a, only_b=only_b, signature=SIG)
    return [f for f in find_flags(c) if f.kind == kind]


def test_an_agreed_view_is_told_as_a_shared_view_not_a_statement() -> None:
    # "They agreed that the treaty is the cornerstone ...": a view both hold, no commitment to act; the
    # flag told 'credits both sides with a statement ("agreed")', as if "agreed" were a statement
    eu = Readout.from_text("Kallas met Wang Yi in Brussels. They agreed that the Non-Proliferation Treaty "
                           "is the cornerstone of the global non-proliferation regime.", side="EU")
    cn = Readout.from_text("Wang Yi met Kallas in Brussels. Wang said China supports multilateralism.", side="CN")
    flags = [f for f in _flags(eu, cn, ((0, 0),), only_a=(1,), only_b=(1,)) if f.side == "a" and f.points == (1,)]
    assert flags, "the unconfirmed_claim this test reads is gone"
    text = flags[0].explanation
    assert 'with a shared view ("agreed")' in text, text
    assert "a statement" not in text


def test_an_agreement_to_act_is_still_an_agreement() -> None:
    # the other side of the same line: "agreed to ..." commits both, told as an agreement
    eu = Readout.from_text("Kallas met Wang Yi in Brussels. They agreed to hold the next round of talks in Beijing.",
                           side="EU")
    cn = Readout.from_text("Wang Yi met Kallas in Brussels. Wang said China supports multilateralism.", side="CN")
    flags = [f for f in _flags(eu, cn, ((0, 0),), only_a=(1,), only_b=(1,)) if f.side == "a" and f.points == (1,)]
    assert flags, "the unconfirmed_claim this test reads is gone"
    assert 'with an agreement ("agreed")' in flags[0].explanation, flags[0].explanation
