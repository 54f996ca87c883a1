"""English cue readings of the fifty-sixth round (second pass): a passive exchange of views, attention
paid, an importance acknowledged, in-depth communication, a talk in an earlier call, tone words of
other talks, an owed refusal in a report, a negated stance, and a trade war that is no war."""
import pytest

from readouts.concepts import concepts
from readouts.cues import point_cues


def _cues(text, side="US", counterpart="CN", participants=("Biden", "Xi", "Blinken", "Wang")):
    return point_cues(text, side=side, counterpart_side=counterpart, participants=list(participants))


def _acts(text, **kw):
    return [(a.name, a.commits, a.negated, a.modal, a.past) for a in _cues(text, **kw).acts]


# -- 8. a trade war -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["They discussed the trade war.", "a tariff war", "two trade wars"])
def test_a_trade_war_is_trade_not_armed_conflict(text):
    found = concepts(text)
    assert "trade_tariffs" in found and "war" not in found


def test_a_war_beside_a_trade_war_is_still_war():
    assert {"war", "trade_tariffs"} <= concepts("a trade war and a war in Ukraine")
