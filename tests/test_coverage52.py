"""Coverage flags across languages: an English readout against a Chinese one (readouts.flags._level_languages)."""
import numpy as np
from conftest import hand_comparison

from readouts.flags import find_flags

US = ["President Biden spoke with President Xi.", "They discussed trade and tariffs.", "Biden raised Taiwan."]
CN = ["习近平同美国总统拜登通电话。", "双方讨论了经贸问题。", "习近平阐明了中方在台湾问题上的原则立场。",
      "习近平介绍了中方对乌克兰危机的立场。", "双方回顾了两国关系的历史。", "习近平强调，中方愿同美方加强气候合作。"]
LINKS = [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


def vectors(n, language_weight):
    """A unit vector per point, each on a topic of its own (the i-th point on the i-th axis), plus a direction
    that all points of the readout's language share: a multilingual embedder's own level for one language's
    pairs. With weight 1.5, any two points of the readout are 0.69 alike, above the threshold 0.6."""
    e = np.zeros((n, 8))
    e[np.arange(n), np.arange(n)] = 1.0
    e[:, 7] = language_weight
    return e / np.linalg.norm(e, axis=1, keepdims=True)


def coverage(b_lang):
    c = hand_comparison(US, CN, LINKS, b_side="CN", b_lang=b_lang)
    flags = find_flags(c, embeddings=(vectors(len(US), 0.0), vectors(len(CN), 1.5)), topic_threshold=0.6)
    return next(f for f in flags if f.kind == "coverage" and f.side == "b")


def topic_shares(f):
    return [int(x.rsplit(" ", 1)[1].rstrip("%.")) for x in f.explanation.split("its topics: ")[1].split(", '")]


def test_the_level_of_a_language_does_not_make_one_topic_of_a_readouts_one_sided_points():
    # Chinese pairs among themselves sat above the threshold where the pairs across the languages did not:
    # CN's points on Ukraine, history and climate (in no link) made one topic, 'Ukraine / 危机' 62% of its
    # text, as the Chinese side of a corpus call read "CN opens with 'bilateral relations / 原则' (71% of its
    # text)" for 11 of its 18 points (9% in the English twin file).
    f = coverage("zh")
    assert f.points == (1,), f.explanation
    assert len(topic_shares(f)) == 4 and max(topic_shares(f)) < 30, f.explanation


def test_readouts_in_one_language_keep_their_own_level():
    # Two readouts in one language: their cosines are on one scale, and 0.69 is 0.69: the three one-sided points make one topic.
    f = coverage("en")
    assert topic_shares(f) == [62, 25, 12], f.explanation
