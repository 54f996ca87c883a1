"""Chinese cue fixes of the forty-fourth round: a dropped subject two clauses back ("中美是……，各自……，
都致力于……"), a joined pair's one-sided act with a dropped subject ("王毅同布林肯举行会谈，强调……": the
first-named actor's), and "中美两国关系" as a noun phrase, no mention of the two sides."""
import pytest

from readouts.cues import point_cues, topic_text


def _cues(text, side="CN", counterpart="US", participants=("王毅", "布林肯", "习近平", "拜登", "特朗普")):
    return point_cues(text, side=side, language="zh", counterpart_side=counterpart, participants=list(participants))


def _acts(text, **kw):
    return [(a.name, a.text, a.speaker, a.content) for a in _cues(text, **kw).acts]


@pytest.mark.parametrize("text,acts", [
    # "都" opens a clause that drops its subject, as "始终" does: the subject two clauses back ("中美")
    # holds the commitment, which was lost as content with no actor
    ("习近平强调，中美是两个伟大的国家，各自追求自己的梦想，都致力于让本国人民过上更加美好的生活。",
     [("stressed", "强调", "own", False), ("agreed", "致力于", "both", True)]),
    ("中美是两个伟大的国家，各自追求自己的梦想，都致力于让本国人民过上更加美好的生活。",
     [("agreed", "致力于", "both", False)]),
    ("中美是两个伟大的国家，都致力于和平。", [("agreed", "致力于", "both", False)]),
    # the subject opening what a report says is the dropped subject's, not the reporter's
    ("习近平表示，美国政府奉行一个中国政策，不支持台独。",
     [("stated", "表示", "own", False), ("supported", "支持", "counterpart", True)]),
    # unchanged: an actor right before its act, and the object of a verb is no subject ("他重申了中方的立场")
    ("习近平强调，中美都致力于让本国人民过上更加美好的生活。",
     [("stressed", "强调", "own", False), ("agreed", "致力于", "both", True)]),
    ("习近平重申了中方的立场，表示愿意加强沟通。", [("reaffirmed", "重申", "own", False), ("stated", "表示", "own", False)]),
    ("特朗普感谢习近平的祝贺，表示他非常珍视同习近平主席的良好关系。",
     [("welcomed", "感谢", "counterpart", False), ("stated", "表示", "counterpart", False)]),
])
def test_a_dropped_subject_goes_back_to_the_clause_that_opens_the_report(text, acts):
    assert _acts(text) == acts


def test_the_reported_subject_is_the_dropped_subjects_span():
    c = _cues("习近平强调，中美是两个伟大的国家，各自追求自己的梦想，都致力于让本国人民过上更加美好的生活。")
    act = c.acts[-1]
    assert c.text[act.speaker_span[0]:act.speaker_span[1]] == "中美"
    assert "致力于" not in topic_text(c)
