"""Diplomatic asymmetry flags, each with the words that prove it.

:func:`find_flags` reads a decided :class:`~readouts.records.Comparison` (links already made) and
the cues of :mod:`readouts.cues`, and returns :class:`~readouts.records.Flag` records of these kinds:

``unconfirmed_claim``
    one side attributes a statement, commitment or agreement to the counterpart (or to both) that
    the counterpart's readout does not report: the point has no link, or its linked points do not
    carry it (an agreement on one side against mere talk on the other); a linked point with no act
    but a modal ("both would instead ensure peace") carries on the point before it, whose act may;
``attribution_shift``
    linked points credit different speakers;
``strength_shift``
    linked points differ in act strength (by two steps or more), in polarity, or in commitment,
    between acts credited to one speaker (:meth:`readouts.cues.CueShift.comparable`); not an
    agreement an ``unconfirmed_claim`` already flags (one finding, one flag);
``detail_mismatch``
    numbers, dates, named entities or third parties in one linked point absent or different in the other (two
    dates a day apart, one on each side, are one flag, on side a, with both dates as evidence);
``tone``
    tone markers on one side only, with each readout's tone profile; an "exchange of views" is none
    where the other readout reports the talk in its own words ("talked about", "discussed", "a constructive meeting");
``initiative``
    the sides disagree on, or only one states, who initiated the call;
``coverage``
    share of each readout spent per topic (topics are clusters of points) and the topic each side
    opens with (its first point's, which need not be its largest); each side's flag names the topics
    in that readout's own words.

>>> from readouts import Readout
>>> from readouts.records import Comparison, Link, Signature
>>> us = Readout.from_text("The Secretary spoke with Lavrov.", side="US")
>>> ru = Readout.from_text("Blinken agreed to discuss indivisible security.", side="RU")
>>> sig = Signature(version="0", embedder="-", weights_hash="-", method="-", parameters={})
>>> c = Comparison(a=us, b=ru, links=(), only_a=(0,), only_b=(0,), signature=sig)
>>> [(f.kind, f.side, f.points, [s.text for s in f.evidence]) for f in find_flags(c) if f.kind == "unconfirmed_claim"]
[('unconfirmed_claim', 'b', (0,), ['Blinken', 'agreed'])]
"""

from __future__ import annotations

import datetime
import json
import logging
import re
from collections import Counter
from dataclasses import replace
from collections.abc import Iterator, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from .concepts import chinese_forms, concept_label, concept_words, concepts
from .cues import PATTERN_TYPES, _shared_view  # the cues' own test of an agreed view; one rule for both, not a copy
from .cues import _short_pairs  # where two side_shorts meet ("俄乌"): the cues' own scan
from .cues import (Act, Date, Number, PointCues, carried_side, compare_cues, cue_sides, laid_modal, lexicon,
                   name_evidence_end, owed_by, pair_cues, reports_call, tone_profile)
from .records import FLAG_KINDS, Comparison, Flag, SideName, Span, flag_order, side_key
from .scoring import DEFAULT_TOPIC_THRESHOLD
from .language import languages_differ
from .segmentation import trailer_start

__all__ = ["KINDS", "find_flags", "topics", "topic_threshold"]

log = logging.getLogger(__name__)

#: Flag kinds, in the order a report lists them.
KINDS: tuple[str, ...] = FLAG_KINDS

#: Average-link cosine above which points share a topic, where no parameters say otherwise
#: (all-MiniLM-L6-v2's scale; :class:`readouts.scoring.Params` carries one per backend).
TOPIC_THRESHOLD = DEFAULT_TOPIC_THRESHOLD
#: The share of a call's point pairs (both readouts' points together) that reach the topic
#: threshold fitted for a backend (:func:`topic_threshold`). It is the share that reached the
#: hand-set 0.45 with MiniLM on 40 English calls (0.164); matching it gives USE + e5 0.61 where
#: 0.45 had left a call's points in one topic (0.07 topics per point, against 0.46 with MiniLM).
TOPIC_SHARE = 0.16
#: Most points (both sides together) whose topics are clustered for the coverage flags.
MAX_TOPIC_POINTS = 3_000

Cues = tuple[PointCues, ...]


def _span(side: SideName, point: int, start: int, end: int, text: str) -> Span:
    return Span(side=side, point=point, start=start, end=end, text=text[start:end])


def _act_spans(side: SideName, point: int, cues: PointCues, act: Act) -> list[Span]:
    out = []
    if act.speaker_span:
        out.append(_span(side, point, *act.speaker_span, cues.text))
    out.append(_span(side, point, _negation_start(cues, act), act.end, cues.text))
    return out


#: What may stand between a negation and the act it negates in an act's evidence ("did not fully
#: agree"; "不支持", "не согласился"): two words at most, no punctuation.
_NEGATION_GAP = re.compile(r"[ \t]*(?:[\w'’-]+[ \t]+){0,2}")


def _negation_start(pc: PointCues, x: Act) -> int:
    """Where a negated act's evidence starts: at the negation right before its words ("not agree",
    "不支持", as the explanation quotes it), so the highlighted words do not say the opposite;
    at the act where the negation is its own ("not support") or stands elsewhere ("Neither side")."""
    lex = lexicon(pc.language, warn=False)
    if not x.negated or any(p.search(x.text) for p in lex.negations):
        return x.start
    lo = max(0, x.start - 40)
    if x.speaker_span and x.speaker_span[1] <= x.start:
        lo = max(lo, x.speaker_span[1])  # not into the speaker's words ("Neither side accepted")
    head = pc.text[lo:x.start]
    starts = [m.start() for p in lex.negations for m in p.finditer(head)
              if (_NEGATION_GAP.fullmatch(head, m.end()) if lex.boundaries else len(head) - m.end() <= 2)]
    return x.start - len(head) + min(starts) if starts else x.start


def _codes(c: Comparison) -> tuple[str, str]:
    """The side codes the cues credit to side a and side b (:func:`readouts.cues.cue_sides`)."""
    return cue_sides(c.a.side, c.b.side)  # type: ignore[return-value]


def _actor(code: str | None, c: Comparison) -> str:
    """A credited side as the reader knows it: a readout's own side name for its code ("Russia" for RU)."""
    if code == "both":
        return "both sides"
    ka, kb = _codes(c)
    if ka == kb:  # two readouts of one government: the code names it
        return code or "someone"
    return c.a.side if code == ka else c.b.side if code == kb else code or "someone"


def _other(side: SideName) -> SideName:
    return "b" if side == "a" else "a"


# -- unconfirmed claims --------------------------------------------------------------------------
def _confirms(claim: Act, theirs: Sequence[PointCues]) -> bool:
    """Whether the counterpart's linked points report the claim themselves. A refusal ("Lavrov did not
    agree to extend the deal") is borne out by the counterpart's own account of its position on the
    linked point ("Lavrov stressed that Russia would not extend it"), unless that account agrees.
    A plain statement ("Trump said ...") is borne out by a linked point in which that side speaks
    with no verb of saying, only an ``attribution_openers`` phrase ("In his words, ..."). A modal laid
    on the other side ("China should ...", "China must ...": :func:`readouts.cues.laid_modal`) bears
    out only a plain statement, an urging or a demand."""
    if claim.commits and claim.negated:
        acts = [x for pc in theirs for x in pc.acts if x.speaker != "counterpart"]
        return bool(acts) and not any(x.firm_commitment for x in acts)
    # a plain report of speaking ("Jaishankar set out India's position", strength 1, no polarity of its own) is
    # borne out by that side speaking on the linked point in any voice: "Jaishankar lodged the Government of
    # India's protest" (an opposition) left it flagged "IN's linked point 1 does not report it"
    plain = claim.strength <= 1 and not claim.commits and not claim.negated and claim.polarity >= 0
    for pc in theirs:
        # a point in which its own side speaks with no verb of saying, only an attribution opener
        # ("In his words, China has been through a great deal", "In his view ..."), bears out a plain
        # statement credited to that side
        if claim.strength <= 1 and not claim.commits and claim.effective_polarity > 0 and not pc.acts \
                and pc.speaker == "own" \
                and any(p.search(pc.text) for p in lexicon(pc.language, warn=False).attribution_openers):
            return True
        for x in pc.acts:
            if x.speaker == "counterpart":
                continue  # they credit it to the claiming side: not a confirmation
            if laid_modal(pc, x) and not plain and claim.name not in ("urged", "demanded"):
                # "China should also tackle the root causes ..." (the EU's urging; "must", its demand)
                # does not bear out "the EU welcomes China's rise": what one side tells the other to do
                # is no welcome, support or stance of its own, only that it spoke, urged or demanded
                continue
            if claim.firm_commitment:
                if x.firm_commitment:
                    return True
            elif x.effective_polarity == claim.effective_polarity or plain:
                return True
    return False


def _carried_on(theirs: Cues, counter: Sequence[int], agreement: bool = False) -> list[PointCues]:
    """The counterpart's linked points, and before each that reports no act but a modal ("Neither
    side would take any step ..., and both would instead ensure peace"), the point it carries on
    ("it was agreed that ... both sides would sincerely implement ..."): its reported future is what
    that point's act reports, split off into a point of its own. For a claimed ``agreement`` only a
    point that reports one of both sides or of no one in particular ("it was agreed", "the sides
    agreed") is carried on so: one side's acceptance of another matter ("Putin had supported the
    proposal [of Budapest]") is not the agreement whose future a next point's "should" reports; a
    statement's speaker goes on in any ("The priority, he said, was ..." before "Both sides should
    ...")."""
    out = [theirs[j] for j in counter]
    for j in counter:
        pc = theirs[j]
        if j > 0 and j - 1 not in counter and not pc.acts \
                and any(p.search(pc.text) for p in lexicon(pc.language, warn=False).modals) \
                and (not agreement or any(x.firm_commitment and x.speaker in ("both", "unspecified")
                                          for x in theirs[j - 1].acts)):
            out.append(theirs[j - 1])
    return out


def _courtesy_act(x: Act, language: str | None) -> bool:
    """Whether the act is a courtesy (thanks, congratulations, gratitude, greetings, condolences; the
    lexicon key ``courtesy`` of :mod:`readouts.cues`): true of the call whichever readout tells it, and no
    claimed agreement, demand or position, so no ``unconfirmed_claim`` of its own. What it thanks for,
    where that is an act ("thanked Erdoğan for accepting"), is read by the cues as an act of its own and
    still weighed.

    >>> from readouts.cues import point_cues
    >>> acts = point_cues("Xi thanked Biden and welcomed the talks.", side="CN", counterpart_side="US").acts
    >>> [(a.text, _courtesy_act(a, "en")) for a in acts]
    [('thanked', True), ('welcomed', False)]
    """
    return any(p.search(x.text) for p in lexicon(language, warn=False).courtesy)


def _unconfirmed(c: Comparison, side: SideName, mine: Cues, theirs: Cues) -> list[Flag]:
    r, other = (c.a, c.b) if side == "a" else (c.b, c.a)
    out = []
    for i, pc in enumerate(mine):
        # a courtesy ("Xi thanked Biden for the call", "The two presidents congratulated each other on the
        # anniversary") was flagged as "a statement" the other readout never reports: true but trivial, and
        # an analyst reads the kind as a claimed agreement or position the other side never confirms
        claims = [k for k in pc.claims if not _courtesy_act(k, pc.language)]
        if not claims:
            continue
        link = c.link_of(side, i)
        counter = tuple(getattr(link, _other(side))) if link else ()
        open_claims = [k for k in claims if not _confirms(k, _carried_on(theirs, counter, k.firm_commitment))]
        if open_claims and pc.tone and any(q.tone for q in _carried_on(theirs, counter)):
            # "Both sides considered the meeting positive, pragmatic and constructive" against "The talks were
            # constructive and pragmatic": a plain statement that rates the talk is borne out by a linked point
            # that rates it too, in any voice (how the two rate it is the tone flag's to weigh)
            open_claims = [k for k in open_claims
                           if not (k.strength <= 1 and not k.commits and k.effective_polarity > 0)]
        if not open_claims:
            continue
        # the claim told is the agreement where the point reports one among its open claims: "The two
        # sides noted how important this channel had been and committed to keep up high-level diplomacy"
        # was told as "a statement ("noted")", the lesser claim, though the agreement is what goes unconfirmed
        k = next((x for x in open_claims if x.firm_commitment), open_claims[0])
        who = _actor(k.speaker_side, c)
        # "They agreed that the NPT is the cornerstone of ...": a view the two share, no commitment (so not
        # "an agreement"), told as "a statement ("agreed")", which read as a slip, "agreed" being no statement
        # "Wang agreed that India-China relations carry particular weight": one side assenting to a view
        # (the cues keep it a concession, firm), told as "an agreement" "(no agreement there)", as if a
        # deal to act had been struck
        conceded = _conceded_view(k, pc)
        what = ("assent to a view" if conceded else "an agreement" if k.firm_commitment
                else "a refusal" if k.commits and k.negated
                else "a shared view" if _agreed_view(k) else "a statement")
        # A linked point in which only the claiming readout's own side speaks ("Modi said ..." against
        # "The leaders affirmed ...") does report the matter, as that side's alone: "does not report
        # it" read as if the counterpart were silent on it, while the table showed the point saying it.
        carried = _carried_on(theirs, counter, k.firm_commitment)
        theirs_acts = [(x, q) for q in carried for x in q.acts]
        if link and not k.firm_commitment and theirs_acts and all(x.speaker == "counterpart" for x, _ in theirs_acts):
            one = len(counter) == 1
            words = ", ".join(dict.fromkeys(f'"{_act_words(x, q)}"' for x, q in theirs_acts))
            why = (f"{other.side}'s linked point{'' if one else 's'} {', '.join(map(str, counter))} "
                   f"report{'s' if one else ''} only {r.side} speaking ({words})")
        else:
            # "They agreed that letting the situation drag on serves neither side" against "双方同意……尽早
            # 举行新一轮磋商": the linked point's "agreed" is a view the two share, read as no
            # commitment (cues: a shared view), so "(no agreement there)" denied what it literally says
            views = [(x, q) for x, q in theirs_acts if _agreed_view(x)]
            quoted = ", ".join(dict.fromkeys(f'"{_act_words(x, q)}"' for x, q in views))
            there = f" (only an agreed view there: {quoted}, no agreement to act)" if views else " (no agreement there)"
            why = (f"{other.side}'s readout has no matching point" if not link else
                   f"{other.side}'s {_linked(counter)} report it"
                   + (there if k.firm_commitment and not conceded else ""))
        spans = [s for x in open_claims for s in _act_spans(side, i, pc, x)]
        # an act reported by someone else ("Ushakov said, ... the two leaders agreed") is told as reported,
        # with the reporter's words: it read as the readout's word for the act alone
        frame = _reporter(pc, k)
        told = ""
        if frame is not None:
            spans += _act_spans(side, i, pc, frame)
            told = f', as reported ("{_reported_by(pc, frame)}")'
        out.append(Flag(kind="unconfirmed_claim", side=side, points=(i,), counterpart=counter,
                        evidence=tuple(_dedupe(spans)),
                        explanation=f"{r.side} credits {who} with {what} (\"{_act_words(k, pc)}\"){told}; {why}."))
    return out


def _reporter(pc: PointCues, x: Act) -> Act | None:
    """The act that reports ``x``, where ``x`` is what it reports (``content``) and credited to someone
    else than its speaker: "said" of "Ushakov said, ..., and the two leaders agreed", "underlined" of
    "Austin underlined that the United States and the PRC both oppose ...". The nearest act before
    ``x`` that is no content itself, else the nearest after it ("..., he said"); None where the two
    share a speaker ("Biden said the US does not support ...": the US's statement either way).

    >>> from readouts.cues import point_cues
    >>> pc = point_cues("Overall, Ushakov said, the call was useful, and the two leaders agreed to meet.",
    ...                 side="RU", counterpart_side="US", participants=["Yuri Ushakov (RU aide)"])
    >>> [(x.text, x.content) for x in pc.acts], _reporter(pc, pc.acts[-1]).text
    ([('said', False), ('agreed', True)], 'said')
    """
    if not x.content:
        return None
    # a narrator's report ("Ushakov said, ...") has no side of the call, and "he said" may name no one
    # the cues know: a report all the same
    frames = [y for y in pc.acts if not y.content and y is not x]
    before = [y for y in frames if y.end <= x.start]
    frame = before[-1] if before else next((y for y in frames if y.start >= x.end), None)
    if frame is None or frame.speaker_side == x.speaker_side:
        return None
    return frame


def _reported_by(pc: PointCues, frame: Act) -> str:
    """The words of a reporting act with its speaker's: "he said", "杨洁篪说", "Austin … underlined"
    where other words stand between, the act's own alone where it names no speaker."""
    words = _act_words(frame, pc)
    if frame.speaker_span is None:
        return words
    s, e = frame.speaker_span
    if e <= frame.start and not pc.text[e:frame.start].strip(" ,，"):
        return pc.text[s:e] + pc.text[e:frame.start] + words if words == frame.text else f"{pc.text[s:e]} {words}"
    return f"{pc.text[s:e]} … {words}"


def _agreed_view(x: Act) -> bool:
    """Whether ``x`` is an "agreed" of both sides (or no one named) that states a view they share
    ("They agreed that dialogue is important"): said in the call, but no commitment to act."""
    return x.name == "agreed" and x.speaker in ("both", "unspecified") and not x.commits \
        and not x.negated and not x.modal and not x.past


def _conceded_view(x: Act, pc: PointCues) -> bool:
    """Whether ``x`` is one side's "agreed" with a that-clause that states a view, nothing to be done
    ("Wang agreed that India-China relations carry particular weight"): assent to a view, which the
    cues keep as a concession (firm), where the two sides' "agreed that ..." is a shared view
    (:func:`_agreed_view`). "Trump agreed that he would keep the tariffs" is an agreement.

    >>> from readouts.cues import point_cues
    >>> pc = point_cues("Wang agreed that the relations carry weight.", side="IN", counterpart_side="CN",
    ...                 participants=["Wang Yi (CN)"])
    >>> _conceded_view(pc.acts[0], pc)
    True
    """
    return x.name == "agreed" and x.firm_commitment and x.speaker not in ("both", "unspecified") \
        and _shared_view(pc.text, x.start, x.end, lexicon(pc.language, warn=False))


def _linked(points: Sequence[int], numbered: bool = True) -> str:
    """"linked point 5 does not", "linked points 4, 5 do not" (it read "linked point(s) 5 do not").

    >>> _linked((5,)), _linked((4, 5)), _linked((4, 5), False)
    ('linked point 5 does not', 'linked points 4, 5 do not', 'linked points do not')
    """
    one = len(points) == 1
    nums = f" {', '.join(map(str, points))}" if numbered else ""
    return f"linked point{'' if one else 's'}{nums} {'does' if one else 'do'} not"


def _dedupe(spans: Sequence[Span]) -> list[Span]:
    """``spans`` each once (:func:`_once`), in the order of their side, point and place."""
    return sorted(_once(spans), key=lambda s: (s.side, s.point, s.start, s.end))


def _once(spans: Sequence[Span]) -> list[Span]:
    """``spans`` in their order, each once: a point that goes on with the speaker of the linked point
    before it quoted that speaker a second time ("Wang", "Wang" on one point)."""
    seen: set[tuple[str, int, int, int]] = set()
    out = []
    for sp in spans:
        if (key := (sp.side, sp.point, sp.start, sp.end)) not in seen:
            seen.add(key)
            out.append(sp)
    return out


def _outermost(spans: Sequence[Span]) -> list[Span]:
    """``spans`` less those inside another of the same point: a range's two days ("3-4 May", "4 May")
    are quoted as the range once."""
    return [s for s in spans if not any(o.side == s.side and o.point == s.point and o.start <= s.start
                                        and s.end <= o.end and (o.start, o.end) != (s.start, s.end) for o in spans)]


# -- link flags ----------------------------------------------------------------------------------
def _flag_side_first(spans: Sequence[Span], side: SideName) -> list[Span]:
    """Evidence with the flag's own side first (stable within a side), so that it reads the same
    whichever readout is passed first."""
    return sorted(spans, key=lambda sp: sp.side != side)


def _strongest(acts: Sequence[tuple[int, Act]]) -> tuple[int, Act]:
    return max(acts, key=lambda ia: (ia[1].firm_commitment, ia[1].effective_strength, -ia[0], -ia[1].start))


def _link_flags(c: Comparison, ca: Cues, cb: Cues, claimed: frozenset[tuple[str, int, int, int]] = frozenset()) -> list[Flag]:
    """``claimed``: the acts (side, point, start, end) an unconfirmed_claim already flags; an agreement
    among them against mere talk on the linked point is that flag's finding, not a strength_shift too."""
    out: list[Flag] = []
    # the call's own day, as the readouts date it (a date cue's "MM-DD" key); see _missing
    call_days = frozenset(f"{d.month:02d}-{d.day:02d}" for d in (c.a.date, c.b.date) if d is not None)
    for link in c.links:
        sh = compare_cues(ca, cb, link.a, link.b)
        if sh.attribution_shift or _claim_split(sh):
            carried: dict[str, list[tuple[int, int]]] = {"a": [], "b": []}
            spans = ([_span("a", i, *sp, ca[i].text) for i, sp in sh.speakers_a]
                     + [_span("b", j, *sp, cb[j].text) for j, sp in sh.speakers_b]
                     + _unnamed_speakers("a", link.a, ca, sh.speakers_a, carried["a"])
                     + _unnamed_speakers("b", link.b, cb, sh.speakers_b, carried["b"]))
            # The flag sits with the side that credits someone other than itself, if only one does.
            ka, kb = _codes(c)
            side: SideName = "b" if sh.actors_a <= {ka} and not sh.actors_b <= {kb} else "a"
            pts, cps = (link.a, link.b) if side == "a" else (link.b, link.a)
            # Text and evidence name the flag's side first, so they read the same from either side.
            credits = [f"{r.side} credits {', '.join(sorted(_actor(x, c) for x in actors))}"
                       for r, actors in ((c.a, sh.actors_a), (c.b, sh.actors_b))]
            if side == "b":
                credits.reverse()
            # the commonest case, worth saying in words: each side reports its own principal
            own = sh.actors_a == {ka} and sh.actors_b == {kb} and ka != kb
            # a speaker quoted from a point outside the link ("CN[5] "Wang"" for CN's linked points 7, 8, 12)
            # is said to be one: the evidence named a point the flag does not
            notes = [_carried_note(r.side, pairs) for x, r in ((side, c.a if side == "a" else c.b),
                                                                (_other(side), c.b if side == "a" else c.a))
                     if (pairs := [(i, j) for i, j in carried[x] if j not in (link.a if x == "a" else link.b)])]
            out.append(Flag(kind="attribution_shift", side=side, points=pts, counterpart=cps,
                            evidence=tuple(_flag_side_first(_once(spans), side)),
                            explanation=("Each readout credits its own side: " if own else "") + "; ".join(credits)
                            + (f" ({'; '.join(notes)})" if notes else "") + "."))
        # strength is compared between acts of one speaker ("Lavrov stressed" vs "Lavrov said"); acts of
        # different speakers are an attribution_shift, not a stronger or weaker account of one act
        st = _voiced(_in_call(sh, _codes(c)).comparable())
        # "did not agree" against "stressed that Russia would not extend it": the negation the other
        # side reports lies in what was stressed, which the cues do not weigh, so no polarity shift
        polarity = st.polarity_shift and not any(
            _negated_content(x, cues[i]) for acts, cues in ((st.acts_a, ca), (st.acts_b, cb))
            if not any(y.effective_polarity < 0 for _, y in acts) for i, x in acts)
        if st.acts_a and st.acts_b and (st.strength_gap >= 2 or polarity or st.commitment_shift) \
                and not _claimed_agreement(st, claimed) \
                and not (polarity and st.strength_gap < 2 and not st.commitment_shift
                         and _claimed_refusal(st, claimed)):
            ia, xa = _strongest(st.stance_a)
            ib, xb = _strongest(st.stance_b)
            if st.commitment_shift:
                side = "a" if xa.firm_commitment else "b"
            elif polarity:
                # the side with the opposing act, shown by that act: its strongest act may be another
                # ("必须" beside "不支持"), which named the wrong side in one of the two orders
                side = "a" if any(x.effective_polarity < 0 for _, x in st.acts_a) else "b"
                opposing = [(i, x) for i, x in (st.acts_a if side == "a" else st.acts_b) if x.effective_polarity < 0]
                if side == "a":
                    ia, xa = _strongest(opposing)
                else:
                    ib, xb = _strongest(opposing)
            else:
                side = "a" if xa.effective_strength > xb.effective_strength else "b"
            spans = _act_spans("a", ia, ca[ia], xa) + _act_spans("b", ib, cb[ib], xb)
            mine, theirs = (c.a, xa, ca[ia]), (c.b, xb, cb[ib])
            strong, weak = (mine, theirs) if side == "a" else (theirs, mine)
            pts, cps = (link.a, link.b) if side == "a" else (link.b, link.a)
            out.append(Flag(kind="strength_shift", side=side, points=pts, counterpart=cps,
                            evidence=tuple(_flag_side_first(_dedupe(spans), side)),
                            explanation=_strength_text(c, side, st.commitment_shift, polarity, strong, weak)))
        # a third party one side names and the other does not ("Russia's invasion of Ukraine" against "the
        # situation in Ukraine") is a detail the cue shift leaves out: :func:`_third_parties`
        parties_a, parties_b = _third_parties(ca, link.a), _third_parties(cb, link.b)
        named_a = set(parties_a) | _shorts_named(ca, link.a)
        named_b = set(parties_b) | _shorts_named(cb, link.b)
        extra_a = _missing(_in_text_order([*sh.extra_details_a, *_unshared(parties_a, named_b)]), ca,
                           [cb[j] for j in link.b], call_days, c.b.date or c.a.date)
        extra_b = _missing(_in_text_order([*sh.extra_details_b, *_unshared(parties_b, named_a)]), cb,
                           [ca[i] for i in link.a], call_days, c.a.date or c.b.date)
        # One date a day apart on each side ("15 November" / "16 November") is one mismatch, not one
        # per side: it is told once, by side a, with both dates as evidence.
        pairs = [((i, x), (j, y)) for i, x in extra_a if isinstance(x, Date)
                 for j, y in extra_b if isinstance(y, Date) and _day_apart(x.key, y.key)]
        paired_b = {(j, y.start) for _, (j, y) in pairs}
        extra_b = [(j, y) for j, y in extra_b if (j, y.start) not in paired_b]
        for side, extra, pts, cps, cues in (("a", extra_a, link.a, link.b, ca),
                                            ("b", extra_b, link.b, link.a, cb)):
            if not extra:
                continue
            r, o = (c.a, c.b) if side == "a" else (c.b, c.a)
            # a name runs on over the noun it qualifies ("Minsk agreements", not "Minsk")
            spans = _outermost([_span(side, i, cue.start, name_evidence_end(cues[i], cue), cues[i].text)  # type: ignore[arg-type]
                                for i, cue in extra])
            theirs = [d for j in cps for d in (cb if side == "a" else ca)[j].dates]
            near = [(cue, d) for _, cue in extra if isinstance(cue, Date) for d in theirs if _day_apart(cue.key, d.key)]
            zones = (f" {near[0][0].text!r} and {near[0][1].text!r} are one day apart: the readouts may date the "
                     f"{_contact(c)} in different time zones." if near else "")
            given = f"{r.side} gives {', '.join(repr(s.text) for s in spans)}; {o.side}'s {_linked(cps, False)}."
            if side == "a" and pairs:
                spans += _dedupe([_span("b", j, y.start, y.end, cb[j].text) for _, (j, y) in pairs])
                given = (f"{r.side} gives {', '.join(repr(s.text) for s in spans if s.side == 'a')}; {o.side} gives "
                         f"{', '.join(repr(s.text) for s in spans if s.side == 'b')}.")
            out.append(Flag(kind="detail_mismatch", side=side, points=pts, counterpart=cps,  # type: ignore[arg-type]
                            evidence=tuple(spans), explanation=given + zones))
    return out


def _third_parties(cues: Cues, idx: Sequence[int]) -> dict[str, tuple[int, Any]]:
    """The third parties (a country, a bloc, a leader of neither side) that one side's linked points
    name, by side code, each with its first mention: {"RU": (1, <Mention "Russia's">)}.

    A third party is a detail as a named entity is, but the cues read it as an actor, not an entity,
    so :func:`readouts.cues.compare_cues` never weighs it: "the war between Russia and Ukraine"
    against "world peace", "Russia's unprovoked invasion of Ukraine" against "the situation in
    Ukraine" raised nothing. Compared by side code, it holds across languages ("Russia" / "Россия" /
    "俄罗斯"). Kept out of the cue shift itself, whose detail count is a feature of the fitted label
    model (:mod:`readouts.scoring`)."""
    out: dict[str, tuple[int, Any]] = {}
    for i in idx:
        for m in cues[i].mentions:
            if m.role == "third" and m.side and m.side not in ("both", "other"):
                out.setdefault(m.side, (i, m))
    return out


def _unshared(mine: dict[str, tuple[int, Any]], theirs: Any) -> list[tuple[int, Any]]:
    """The third parties of ``mine`` (:func:`_third_parties`) whose side code ``theirs`` (the side codes
    the other side's linked points name) lacks."""
    return [v for k, v in mine.items() if k not in theirs]


def _shorts_named(cues: Cues, idx: Sequence[int]) -> set[str]:
    """The side codes that one side's linked points name by a compound of two short names, where words
    are not spaced ("俄乌冲突": Russia and Ukraine; "中俄关系"; lexicon ``side_shorts``): the cues read
    such a compound as no actor, since it qualifies the noun after it, but it names both, as "the
    Russia-Ukraine conflict" does. Only to tell that a party the other side names is not missing here,
    never a detail of its own (:func:`_third_parties` quotes mentions)."""
    out: set[str] = set()
    for i in idx:
        pc = cues[i]
        shorts = lexicon(pc.language, warn=False).side_shorts
        if not shorts:
            continue
        for m in _short_pairs("".join(shorts)).finditer(pc.text):
            out |= {shorts[pc.text[m.start()]], shorts[pc.text[m.start() + 1]]}
    return out


def _in_text_order(extra: Sequence[tuple[int, Any]]) -> list[tuple[int, Any]]:
    """Details by point and place in it, so a flag quotes them as the readout gives them."""
    return sorted(extra, key=lambda ic: (ic[0], ic[1].start))


def _unvoiced(x: Act) -> bool:
    """Whether an act is an opposition credited to no one: a stance the readout demands or describes
    ("Genuinely safeguarding peace requires clearly opposing every 'Taiwan independence' move", "it should
    ... openly oppose 'Taiwan independence'", "Resolutely opposing 'independence' is the mission of the
    PLA"), not one voiced in the call. Weighed against the other side's "Blinken stressed", it made "CN
    voices opposition ("opposing")". Reports with no speaker that say something was said ("It was
    stressed that ...") are kept: they are the readout's own side speaking; so is a modal opposition
    ("双方应……反对", both sides should oppose), a proposal the flag quotes with its modal."""
    return x.effective_polarity < 0 and x.speaker == "unspecified" and x.speaker_side is None and not x.modal


def _in_call(sh: Any, parties: Sequence[str | None] = ()) -> Any:
    """A :class:`~readouts.cues.CueShift` for the strength comparison, without the acts of the call's
    ``parties`` (their side codes; both sides together too) that one side recalls from before the call
    (``Act.past``: "Noting that Biden has repeatedly said the US does not support ...", "had assured him
    in 2015") where the other side's linked points recall none: a recalled act is no account of what its
    speaker said in the call, so it is neither the weaker nor the stronger report of an act the other side
    tells of the call. Weighed against the US's "Washington opposes unilateral changes" (the President's
    words in the call), Xi's recall of Biden's earlier words made "US reports the stronger act ("opposes",
    strength 3, opposition); CN has only "said" (strength 1)", a finding about a statement CN never
    reports from the call. Two recalls of one stance still meet, and so do a
    third party's acts, none of which are the call's ("Zelensky had said Ukraine is ready to talk" against
    "Zelensky has rejected negotiations": Ukraine's stance told two ways).

    >>> from readouts.cues import compare_cues, point_cues
    >>> us = [point_cues("Biden said the US opposes unilateral changes to the status quo.", side="US", counterpart_side="CN")]
    >>> cn = [point_cues("Noting that Biden has repeatedly said the US does not support it, Xi said he hoped the US "
    ...                  "would honour this.", side="CN", counterpart_side="US")]
    >>> sh = compare_cues(us, cn, [0], [0])
    >>> [x.text for _, x in sh.acts_b if x.past], [x.text for _, x in _in_call(sh, ("US", "CN")).acts_b]
    (['said', 'not support'], ['Noting', 'said', 'hoped'])
    """
    if any(x.past for _, x in sh.acts_a) and any(y.past for _, y in sh.acts_b):
        return sh
    own = {p for p in parties if p} | {"both"}
    return replace(sh, acts_a=tuple((i, x) for i, x in sh.acts_a if not (x.past and x.speaker_side in own)),
                   acts_b=tuple((j, y) for j, y in sh.acts_b if not (y.past and y.speaker_side in own)))


def _voiced(st: Any) -> Any:
    """A :class:`~readouts.cues.CueShift` without the oppositions credited to no one (:func:`_unvoiced`),
    for the strength comparison."""
    return replace(st, acts_a=tuple((i, x) for i, x in st.acts_a if not _unvoiced(x)),
                   acts_b=tuple((j, y) for j, y in st.acts_b if not _unvoiced(y)))


def _claim_split(sh: Any) -> bool:
    """Whether a claim one side credits to both sides is split, on the other side, into acts of each
    side one by one that are not that claim: "as both agreed, they want to stop the fighting" against
    "Trump argued for a swift end to the fighting. Putin pointed to the root causes. He agreed that
    ...". :attr:`readouts.cues.CueShift.attribution_shift` takes "both sides" as in common with two
    sides credited one by one ("the two welcomed the progress" against "Putin welcomed the progress.
    Biden said ties had improved."), each voicing it; that holds only where each of those sides has an
    act of the claim's kind: an agreement (a firm commitment) where both are said to have agreed
    (one side's support is no agreement of both), and one of the same polarity (not "opposed" where
    both are said to have welcomed). A side whose linked points carry no act of their own (a point
    that goes on with an earlier speaker) says nothing against it.

    >>> from readouts.cues import compare_cues, point_cues
    >>> us = [point_cues("The two presidents agreed to end the war.", side="US", counterpart_side="RU")]
    >>> ru = [point_cues(t, side="RU", counterpart_side="US")
    ...       for t in ("Trump argued for a swift end to the war.", "Putin pointed to the root causes.")]
    >>> sh = compare_cues(us, ru, [0], [0, 1])
    >>> sh.attribution_shift, _claim_split(sh)
    (False, True)
    """
    for mine, acts, theirs, their_acts in ((sh.actors_a, sh.acts_a, sh.actors_b, sh.acts_b),
                                           (sh.actors_b, sh.acts_b, sh.actors_a, sh.acts_a)):
        if "both" not in mine or mine & theirs or len(theirs - {"both"}) < 2:
            continue
        claim = [x for _, x in acts if x.speaker_side == "both" and not x.content]
        if not claim:
            continue
        firm = any(x.firm_commitment for x in claim)
        sign = -1 if any(x.effective_polarity < 0 for x in claim) else 1
        for side in theirs - {"both"}:
            own = [y for _, y in their_acts if y.speaker_side == side]
            if own and not any((y.firm_commitment or not firm) and (-1 if y.effective_polarity < 0 else 1) == sign
                               for y in own):
                return True
    return False


def _carried_note(name: str, pairs: Sequence[tuple[int, int]]) -> str:
    """"CN's point 7 goes on with the speaker of its point 5" for the (carried, speaker's) point pairs of one side.

    >>> _carried_note("CN", [(7, 5), (8, 5)]), _carried_note("US", [(3, 1), (6, 4)])
    ("CN's points 7, 8 go on with the speaker of its point 5", "US's points 3, 6 go on with the speakers of its points 1, 4")
    """
    carried = sorted({i for i, _ in pairs})
    whose = sorted({j for _, j in pairs})
    many = len(carried) > 1
    return (f"{name}'s point{'s' if many else ''} {', '.join(map(str, carried))} go{'' if many else 'es'} on with "
            f"the speaker{'s' if len(whose) > 1 else ''} of its point{'s' if len(whose) > 1 else ''} "
            f"{', '.join(map(str, whose))}")


def _unnamed_speakers(side: SideName, points: Sequence[int], cues: Cues, named: Sequence[tuple[int, Any]],
                      carried: list[tuple[int, int]] | None = None) -> list[Span]:
    """Evidence for the linked points credited to a side that name no speaker of their own: a passive act's
    words ("It was agreed"), or, for a point that goes on with an earlier point's speaker
    (:func:`readouts.cues.carried_side`: "Competition should mean learning from each other" after "Xi
    said ..."), that speaker's words on the earlier point, as for a point whose acts are all owed by
    another side (:func:`readouts.cues.owed_by`: "美方……不得支持……", a demand, not the speaker's
    support). Without them an attribution_shift quoted one
    side only ("Each readout credits its own side: US credits US; CN credits CN" with US words alone).
    ``carried``, where given, collects each such (point, earlier point) pair."""
    out: list[Span] = []
    for i in points:
        pc = cues[i]
        if any(j == i for j, _ in named):
            continue
        acts = [x for x in pc.acts if not reports_call(pc, x)]
        # a modal act the point's speaker lays on another side ("美方……不得支持……": the US must not
        # support) is that side's owed act, no words of the speaker's own: the point goes on with the
        # speaker of an earlier point, as its English twin with no act there does ("must not back")
        # nor is a modal it lays on the other side with no speaker named ("The US should ...", "must":
        # the speaker before it urges or demands, whose name is the evidence, not "should")
        own = [x for x in acts if owed_by(pc, x) is None and not (x.speaker_span is None and laid_modal(pc, x))]
        if own:
            if pc.speaker != "unspecified" and pc.speaker_side:
                out.append(_span(side, i, own[0].start, own[0].end, pc.text))
        elif carried_side(cues, i) or (acts and pc.speaker != "unspecified" and pc.speaker_side):
            j = i - 1
            while j > 0 and not cues[j].acts:
                j -= 1
            if cues[j].speaker_span and (not acts or cues[j].speaker_side == pc.speaker_side):
                out.append(_span(side, j, *cues[j].speaker_span, cues[j].text))
                if carried is not None:
                    carried.append((i, j))
    return _dedupe(out)


def _claimed_agreement(st: Any, claimed: frozenset[tuple[str, int, int, int]]) -> bool:
    """Whether a commitment shift's agreement is an act an unconfirmed_claim already flags: "CN credits
    both sides with an agreement ("agreed"); US's linked point 9 does not report it (no agreement there)"
    says what "CN reports an agreement or acceptance ...; US has only "stressed"" said, as a second flag."""
    if not st.commitment_shift:
        return False
    ia, xa = _strongest(st.stance_a)
    ib, xb = _strongest(st.stance_b)
    side, i, x = ("a", ia, xa) if xa.firm_commitment else ("b", ib, xb)
    return (side, i, x.start, x.end) in claimed


def _claimed_refusal(st: Any, claimed: frozenset[tuple[str, int, int, int]]) -> bool:
    """Whether every act that makes a polarity shift's opposition is a negated one ("does not support",
    "不支持") an unconfirmed_claim already flags: "CN reports opposition by US ("not support", strength 1,
    opposition); US has "emphasized" (strength 2)" told, as a second flag, what "CN credits US with a
    statement ("not support"); US's linked point 11 does not report it" says, and named a reassurance
    ("the US does not support 'Taiwan independence'") an opposition against an act of about its strength
    on another matter. A lexicon opposition ("opposes", "rejected") is no refusal and still shifts.
    Asked only of a polarity shift (``st.polarity_shift``: one side opposes, the other does not), so
    the first side with an opposing act is the only one, and no claim of the other side goes unread."""
    for side, acts in (("a", st.acts_a), ("b", st.acts_b)):
        opposing = [(i, x) for i, x in acts if x.effective_polarity < 0]
        if opposing:
            # the claim's evidence holds the negation with the act ("不支持" of the act "支持")
            return all(x.negated and any((s, p) == (side, i) and a <= x.start and x.end <= b for s, p, a, b in claimed)
                       for i, x in opposing)
    return False


#: The letters and hyphen of a name a number ends ("COVID-19", "S-400", "Су-57"): the name is the detail.
#: Names are compared within one language only, so across languages "19" of "COVID-19" was a number of
#: its own ("CN gives '19'").
_NAMED_NUMBER = re.compile(r"[^\W\d_][-‑]$")


#: Regions, each with the places inside it, in English, Russian and Chinese: a region one side names
#: ("the Middle East", "Ближнем Востоке", "中东") is there where the other side's linked points name a
#: place inside it ("Israel", "Gaza", "Iran"): the same matter told less precisely, no detail the other
#: side lacks (a place named against its region still is one: which country is the detail). Kept to
#: regions whose places a readout names one by one; regions of regions ("Asia-Pacific" against
#: "Indo-Pacific": two framings, a finding) and continents (too many countries, and "European
#: security" is no country's) are left out.
_REGIONS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(region), re.compile(places)) for region, places in (
        (r"(?:the\s+)?(?:Middle\s+East|Mideast)|Ближн\w*\s+Восток\w*|中东(?:地区)?",
         r"\b(?:Israel|Palestin|Gaza|West\s+Bank|Iran|Iraq|Syria|Leban|Jordan|Saudi|Yemen|Egypt|Qatar|Kuwait|Bahrain"
         r"|Oman|Emirat|UAE|Houthi|Hezbollah|Hamas)|(?<!\w)(?:Израил|Палестин|Газ(?:а|е|у|ой)\b|Иран|Ирак|Сири[июяей]"
         r"|Ливан|Иордан|Саудовск|Йемен|Египт|Катар|Кувейт|Бахрейн|Оман|ОАЭ|Эмират|Хамас|Хезболл|хуситы)"
         r"|以色列|巴勒斯坦|巴以|加沙|伊朗|伊拉克|叙利亚|黎巴嫩|约旦|沙特|也门|埃及|卡塔尔|科威特|巴林|阿曼|阿联酋|胡塞|哈马斯|真主党"),
        (r"(?:the\s+)?Korean\s+Peninsula|Корейск\w*\s+полуостров\w*|朝鲜半岛",
         r"\b(?:DPRK|ROK|North\s+Korea|South\s+Korea|Pyongyang|Seoul)|(?<!\w)(?:КНДР|Северн\w*\s+Коре|Южн\w*\s+Коре"
         r"|Республик\w*\s+Коре|Пхеньян|Сеул)|朝鲜(?!半岛)|韩国|平壤|首尔"),
        (r"(?:the\s+)?(?:South(?:ern)?\s+)?Caucasus|(?:Южн\w*\s+)?Кавказ\w*|(?:南)?高加索(?:地区)?",
         r"\b(?:Armenia|Azerbaijan|Karabakh)|(?<!\w)(?:Армени|Азербайджан|Карабах)|亚美尼亚|阿塞拜疆|纳卡|纳戈尔诺"),
    ))


def _region_named(name: str, theirs: Sequence[PointCues]) -> bool:
    """Whether ``name`` is a region of :data:`_REGIONS` a place of which the points ``theirs`` name.

    >>> from readouts.cues import point_cues
    >>> cn = [point_cues("The two sides discussed the conflict between Palestine and Israel.", side="CN")]
    >>> _region_named("Middle East", cn), _region_named("Ближнем Востоке", cn), _region_named("Korean Peninsula", cn)
    (True, True, False)
    """
    return any(region.fullmatch(name.strip()) and any(places.search(pc.text) for pc in theirs)
               for region, places in _REGIONS)


def _in_slogan(pc: PointCues, cue: Any) -> bool:
    """Whether the name ``cue`` of ``pc`` stands inside a slogan of its lexicon (``slogans``).

    The criterion: a detail is a fact of what was done or said, one side can give and the other omit
    or give otherwise: when (a date), how many (a number), where something happens or happened (a
    place), who or what by name (a person, a body, a document, an event). A slogan, a set formula of
    a position ("Taiwan independence", "two Chinas", "one China, one Taiwan", "collective West",
    "San Francisco vision", "multipolar Asia", "台独", "коллективный Запад"), gives none: its name
    names the matter in the speaker's framing (Taiwan, China, the West), not a place where anything
    happened. A position the other side does not report is a stance asymmetry, no missing detail; and
    the name still names its matter for the other side's details ("Taiwan independence" against "the
    Taiwan question": Taiwan on both sides). A name beside a slogan stays a detail: "their San
    Francisco meeting" (an earlier meeting by its place), "the Taiwan Relations Act", "the Taiwan Strait".

    >>> from readouts.cues import point_cues
    >>> pc = point_cues("Biden does not support 'two Chinas' or a new war in the Taiwan Strait.", side="CN")
    >>> [(e.text, _in_slogan(pc, e)) for e in pc.entities]
    [('Chinas', True), ('Taiwan Strait', False)]
    """
    return any(m.start() <= cue.start and cue.end <= m.end()
               for p in lexicon(pc.language, warn=False).slogans for m in p.finditer(pc.text))


def _capital_named(pc: PointCues, cue: Any, theirs: Sequence[PointCues]) -> bool:
    """Whether the name ``cue`` of ``pc`` is a capital of its lexicon's ``capitals`` whose country the
    points ``theirs`` name, or a country whose capital they name, in their own language: "While in
    Riyadh" against "thanked Saudi Arabia for hosting the talks" is one place told at two levels, the
    city and the country it is in, no detail the other side lacks (a region against a place inside it
    is :data:`_REGIONS`'s, and stays a detail on the place's side). So is a city of the lexicon's
    ``cities`` against its country where that country stands as a place (:func:`_as_place`): "met
    Putin in Sochi" against "welcomed Erdoğan to Russia", "talks in Jeddah" against "talks in Saudi
    Arabia"; "Russia agreed" names the party, no place, and "Sochi" stays a detail against it.

    >>> from readouts.cues import point_cues
    >>> ru = point_cues("While in Riyadh, Lavrov met the Crown Prince.", side="RU")
    >>> us = [point_cues("Rubio thanked Saudi Arabia for hosting the talks.", side="US")]
    >>> [(e.text, _capital_named(ru, e, us)) for e in ru.entities]
    [('Riyadh', True), ('Crown Prince', False)]
    """
    text = cue.text.strip()
    lex = lexicon(pc.language, warn=False)
    for cities, places in ((False, lex.capitals), (True, lex.cities)):
        for name, city, country in places:
            for mine, other in ((city, 1), (country, 0)):
                # the whole name, or its end ("the Kingdom of Saudi Arabia"), not a name it opens ("Paris Agreement")
                if not any(m.end() == len(text) for p in mine for m in p.finditer(text)):
                    continue
                # a city's country counts where it stands as a place ("in Russia", not "Russia agreed")
                if cities and other == 0 and not _as_place(pc.text, cue.start, lex):
                    continue
                # the same place in each of their points' lexicons, found by its name (a look-up, not a
                # scan of that lexicon's places for each of this one's)
                for qc in theirs:
                    qlex = lexicon(qc.language, warn=False)
                    both = qlex.places_by_name.get((cities, name))
                    if both is not None and any(not cities or other == 0 or _as_place(qc.text, m.start(), qlex)
                                                for p in both[other] for m in p.finditer(qc.text)):
                        return True
    return False


def _as_place(text: str, start: int, lex: Any) -> bool:
    """Whether the country's name at ``text[start:]`` stands as a place (lexicon ``country_places``: "in
    Cambodia", "to Russia", "в России", "在柬埔寨"), not as an actor ("Russia agreed")."""
    return lex.country_place is not None and lex.country_place.search(text, max(0, start - 30), start) is not None


#: Dates told relative to the call ("last year", "в прошлом году", "去年"): each pattern with the span it
#: names, a year or a month, and how many of them before the call's own (0: "this year").
_RELATIVE_SPANS: tuple[tuple[re.Pattern[str], str, int], ...] = tuple(
    (re.compile(p, re.IGNORECASE), unit, back) for p, unit, back in (
        (r"\blast\s+year\b|(?<!\w)прошл\w*\s+год\w*|(?<!\w)прошлогодн\w*|去年", "year", 1),
        (r"\bthis\s+year\b|(?<!\w)(?:эт\w*|текущ\w*|нынешн\w*)\s+год\w*|今年", "year", 0),
        (r"\blast\s+month\b|(?<!\w)прошл\w*\s+месяц\w*|上个?月", "month", 1),
        (r"\bthis\s+month\b|(?<!\w)(?:эт\w*|текущ\w*)\s+месяц\w*|本月|这个月", "month", 0),
    ))


def _relative_spans(theirs: Sequence[PointCues], day: datetime.date) -> list[tuple[datetime.date, datetime.date]]:
    """The spans of time (first and last day) that ``theirs`` name relative to the call's ``day``:
    "last year" in a call of 10 March 2025 is all of 2024, "上个月" in one of 20 November 2024 is
    October 2024.

    >>> from readouts.cues import point_cues
    >>> _relative_spans([point_cues("习近平回顾了去年在喀山的会晤。", side="CN", language="zh")], datetime.date(2025, 3, 10))
    [(datetime.date(2024, 1, 1), datetime.date(2024, 12, 31))]
    """
    out = []
    for pattern, unit, back in _RELATIVE_SPANS:
        if not any(pattern.search(pc.text) for pc in theirs):
            continue
        if unit == "year":
            out.append((datetime.date(day.year - back, 1, 1), datetime.date(day.year - back, 12, 31)))
        else:
            year, month = divmod(day.year * 12 + day.month - 1 - back, 12)
            first = datetime.date(year, month + 1, 1)
            out.append((first, _month_end(first)))
    return out


def _month_end(first: datetime.date) -> datetime.date:
    return (first.replace(day=28) + datetime.timedelta(days=4)).replace(day=1) - datetime.timedelta(days=1)


def _date_span(i: int, cue: Any, mine: Cues, day: datetime.date) -> tuple[datetime.date, datetime.date] | None:
    """The span of time (first and last day) that the date or year ``cue`` of point ``i`` names: a
    month and year ("October 2024", key "10-2024"), a year standing alone (the number "2023"), or a
    day ("11-16"), in the year written with it ("16 November 2024", "2024年11月16日") or else the
    one that puts it nearest the call's ``day`` (an earlier meeting's or a coming one's); None for
    what names no time."""
    try:
        if isinstance(cue, Number):
            if not _YEAR.fullmatch(cue.text) or _counts(mine[i], cue):
                return None
            return datetime.date(int(cue.text), 1, 1), datetime.date(int(cue.text), 12, 31)
        if len(cue.key) == 7:
            first = datetime.date(int(cue.key[3:]), int(cue.key[:2]), 1)
            return first, _month_end(first)
        if not _DAY.fullmatch(cue.key):
            return None
        text = mine[i].text
        written = [int(n.text) for n in mine[i].numbers if _YEAR.fullmatch(n.text) and (
            cue.start <= n.start and n.end <= cue.end or _YEAR_BEFORE.fullmatch(text, n.end, cue.start)
            or _YEAR_AFTER.fullmatch(text, cue.end, n.start))]
        month, dd = int(cue.key[:2]), int(cue.key[3:])
        candidates = []
        for year in written[:1] or (day.year - 1, day.year, day.year + 1):
            try:
                candidates.append(datetime.date(year, month, dd))
            except ValueError:  # 29 February of a common year
                continue
        if not candidates:
            return None
        d = min(candidates, key=lambda d: abs((d - day).days))
        return d, d
    except ValueError:  # no day of the calendar
        return None


#: A word that sets the number after it as a year ("in 2000", "since 2014", "в 2000", "с 2014").
_YEAR_PREPOSITION = re.compile(r"(?:\b(?:in|since|from|until|till|by|of|before|after|between|early|late|mid)"
                               r"|(?<!\w)(?:в|с|до|от|к|по|между|на))\s+\Z", re.IGNORECASE)
#: What right after a number in Chinese marks a year or a span of years, no measure word.
_ZH_YEAR_AFTER = re.compile(r"\s*(?:年|至|到|[-–—~、，。；,.;)）]|\Z)")


def _counts(pc: PointCues, cue: Any) -> bool:
    """Whether the number ``cue`` of ``pc`` counts a noun right after it ("2000 troops", "2000
    военнослужащих", "2000名士兵"), no year: a lower-case word after it that no preposition of time
    before it makes a year of ("in 2000 troops were sent" stays a year), or in Chinese a measure word
    or noun after it, not "年".

    >>> from readouts.cues import point_cues
    >>> [_counts(pc, pc.numbers[0]) for pc in (point_cues(t, side="RU") for t in (
    ...     "Russia will pull back 2000 troops.", "They met in 2000 and talked.", "In 2019 the treaty lapsed."))]
    [True, False, False]
    """
    if pc.language == "zh":
        return not _ZH_YEAR_AFTER.match(pc.text, cue.end)
    nxt = re.match(r"\s+([^\W\d_]+)", pc.text[cue.end:])
    return nxt is not None and nxt.group(1)[0].islower() and not _YEAR_PREPOSITION.search(pc.text, 0, cue.start)


def _told_relatively(i: int, cue: Any, mine: Cues, theirs: Sequence[PointCues], day: datetime.date | None) -> bool:
    """Whether the date or year ``cue`` lies within a span that ``theirs`` name relative to the call
    (:func:`_relative_spans`): "in October 2024" against "last year" in a call of 2025 is one time
    told two ways, no detail one side lacks."""
    if day is None:
        return False
    spans = _relative_spans(theirs, day)
    own = _date_span(i, cue, mine, day) if spans else None
    return own is not None and any(s0 <= own[0] and own[1] <= s1 for s0, s1 in spans)


#: "new" right before a name (quoted or not): "a new Cold War", "новой «холодной войне»", and the
#: Chinese "新" that opens the name's word ("新冷战"). See :func:`_figure`.
_NEW_BEFORE = re.compile(r"(?:\bnew|(?<!\w)нов(?:ая|ой|ую|ое|ого|ом|ые|ых|ым|ыми))\s*['‘“«\"]?\Z")


def _figure(pc: PointCues, cue: Any) -> bool:
    """Whether the name ``cue`` of ``pc`` is a figure of speech, no detail: a past era's or event's name
    that "new" qualifies stands for a kind of thing, not the thing ("does not seek a new Cold War",
    "не стремятся к новой холодной войне", "不寻求“新冷战”"), a stance the other side may not report
    but no date, place or body it lacks; "the end of the Cold War" and "New START" (capitalised, the
    name's own word) stay names.

    >>> from readouts.cues import point_cues
    >>> pc = point_cues("Biden does not seek a new Cold War.", side="US")
    >>> [_figure(pc, e) for e in pc.entities]
    [True]
    """
    if _NEW_BEFORE.search(pc.text, max(0, cue.start - 12), cue.start):
        return True
    # "新冷战": "新" and a name the Chinese lexicon pairs with an English one ("冷战", "Cold War")
    return pc.language == "zh" and cue.text[:1] == "新" and len(cue.text) > 2 and any(
        p.fullmatch(cue.text[1:]) for _, native in lexicon("zh", warn=False).english_names for p in native
        if isinstance(p, PATTERN_TYPES))


def _missing(extra: Sequence[tuple[int, Any]], mine: Cues, theirs: Sequence[PointCues],
             call_days: frozenset[str] = frozenset(), call_date: datetime.date | None = None) -> list[tuple[int, Any]]:
    """The details of one side's linked points (:attr:`readouts.cues.CueShift.extra_details_a`) that
    the other side's linked points (``theirs``) really lack: not a date where those points give no
    date but tell the day otherwise (lexicon ``relative_days``: "22 November" against "met
    today"), nor the call's own day (``call_days``: the readouts' ``date`` as "MM-DD" keys, or a
    day off, as a readout dated the morning after): "On 11 July President Zelensky had a call with
    Putin" against "Putin had a call with Zelensky" says when, not what (but a day apart from a
    date the other side gives is the time-zone case, and stays), nor a number that is part of a
    date or of a name already compared ("2023" of "3 February 2023", "January 10, 2023" and
    "2023年2月3日", "19" of "COVID-19", also across languages, where names are not compared: the
    date or the name is the detail), nor a date or a year that the other side tells relative to the
    call (``call_date``, the other side's readout's: "in October 2024" against "last year" in a call of
    2025, :func:`_told_relatively`), nor a name used as a figure ("a new Cold War": :func:`_figure`)."""
    undated = not any(pc.dates for pc in theirs) and any(
        p.search(pc.text) for pc in theirs for p in lexicon(pc.language, warn=False).relative_days)
    language = {pc.language for pc in theirs}
    out = []
    for i, cue in extra:
        if isinstance(cue, (Date, Number)) and _told_relatively(i, cue, mine, theirs, call_date):
            continue
        if isinstance(cue, Date):
            if undated and len(cue.key) == 5:  # a day ("12-01"), not a month ("12-2022", "since December 2022")
                continue
            if any(cue.key == d or _day_apart(cue.key, d) for d in call_days) and not any(
                    _day_apart(cue.key, d.key) for pc in theirs for d in pc.dates):
                continue
            # a month and year ("November 2023") against the same month named with no year ("last
            # November", "в ноябре"): the year is the one the other side takes as read; an English
            # month is capitalised (not the modal "may")
            if len(cue.key) == 7 and any(
                    month == int(cue.key[:2]) and any(m.group()[:1].isupper() or not m.group().isascii()
                                                      for m in pat.finditer(pc.text))
                    for pc in theirs for pat, month in lexicon(pc.language, warn=False).months):
                continue
        elif not isinstance(cue, Number):
            if _region_named(cue.text, theirs) or _figure(mine[i], cue) or _in_slogan(mine[i], cue) \
                    or _capital_named(mine[i], cue, theirs):
                continue
        elif isinstance(cue, Number):
            text = mine[i].text
            year = _YEAR.fullmatch(cue.text) is not None
            # names are compared within one language only (:func:`readouts.cues.compare_cues`)
            names = mine[i].entities if language == {mine[i].language} else ()
            if any(w.start <= cue.start and cue.end <= w.end for w in (*mine[i].dates, *names)) or year and any(
                    _YEAR_AFTER.fullmatch(text, d.end, cue.start) or _YEAR_BEFORE.fullmatch(text, cue.end, d.start)
                    for d in mine[i].dates) or _NAMED_NUMBER.search(text, max(0, cue.start - 2), cue.start):
                continue
        out.append((i, cue))
    return out


def _day_apart(a: str, b: str) -> bool:
    """Whether two day keys ("11-15", "11-16"; :class:`readouts.cues.Date`) are one day apart, in a
    leap year or another, across a month's or the year's end: a call late in Washington's evening
    is the next morning in Beijing or Moscow, and each capital dates it by its own clock.

    >>> _day_apart("11-15", "11-16"), _day_apart("12-31", "01-01"), _day_apart("02-28", "03-01"), _day_apart("11-15", "11-17")
    (True, True, True, False)
    """
    if not (_DAY.fullmatch(a) and _DAY.fullmatch(b)):
        return False
    for year in (2000, 2001):  # a leap year and another: "02-28" and "03-01" are a day apart in one
        try:
            x, y = (datetime.date(year, int(k[:2]), int(k[3:])) for k in (a, b))
        except ValueError:  # "02-29" in a common year, or no day of the calendar
            continue
        gap = abs((x - y).days)
        if gap == 1 or gap == (datetime.date(year + 1, 1, 1) - datetime.date(year, 1, 1)).days - 1:
            return True
    return False


_DAY = re.compile(r"\d\d-\d\d")
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_AFTER = re.compile(r",?\s*")  # "January 10, 2023"
_YEAR_BEFORE = re.compile(r"\s*年\s*")  # "2023年2月3日"


def _act_words(x: Act, pc: PointCues) -> str:
    """The act's words with "not" / "may" where its negation or modality stands outside them (no
    second "not" for "not support", whose negation is its own); a negation right before them is
    quoted as it stands ("不支持", not "not 支持"; "not yet agreed", not "not agreed"). A modal act is
    quoted from its modal where one stands shortly before it in its clause ("might be invited",
    "can be discussed", not "may invited")."""
    lex = lexicon(pc.language, warn=False)
    words = x.text
    modal = ""
    if x.modal:
        lo = max(0, x.start - 30)
        near = [m for p in lex.modals for m in p.finditer(pc.text, lo, x.start)
                if not _CLAUSE_MARK.search(pc.text, m.end(), x.start)]
        if near:
            words = pc.text[max(near, key=lambda m: m.start()).start():x.end]
        elif lex.language != "en" and (gov := _governing(pc, x)) is not None:
            # the Russian or Chinese word that makes it modal, further back in its sentence, and the act:
            # "应……反对" ("双方应为……做好准备，……，反对“脱钩断链”"), not "may 反对", an English word
            # glued to Chinese ones
            if not _CLAUSE_MARK.search(pc.text, gov[1], x.start) and x.start - gov[1] <= 12:
                return pc.text[gov[0]:x.end]  # "将积极探讨", as it stands
            head = pc.text[gov[0]:gov[1]] + ("……" if not lex.boundaries else " … ")
            neg = _negation_start(pc, x)
            return head + pc.text[neg if x.negated and neg >= gov[1] else x.start:x.end]
        else:
            modal = "may "
    negated = x.negated and not any(p.search(words) for p in lex.negations)
    if negated and (lo := _negation_start(pc, x)) < x.end - len(words):
        # the text's own negation, not an English "not" before Russian or Chinese words: "不支持", "не поддержал";
        # in English with the words between ("not yet agreed", which read "not agreed")
        return modal + pc.text[lo:x.end]
    return ("not " if negated else "") + modal + words


#: Where a sentence ends: a modal before it governs no act after it.
_SENTENCE_MARK = re.compile(r"[.;!?。；！？]")


def _governing(pc: PointCues, x: Act) -> tuple[int, int] | None:
    """The word that makes a modal act modal where it stands further back in the act's sentence than
    :func:`_act_words` looks ("双方应为……做好准备，推进……，反对": "应", whose list runs on over commas):
    the nearest modal, obligation, hope, future marker or agreement (an act that commits) before the act
    that stands right after an actor, else the nearest, not one of ``not_obligations`` ("应约": at the invitation of).
    None where there is none."""
    lex = lexicon(pc.language, warn=False)
    lo = max((m.end() for m in _SENTENCE_MARK.finditer(pc.text, 0, x.start)), default=0)
    false = [(m.start(), m.end()) for p in lex.not_obligations for m in p.finditer(pc.text)]
    found = [(m.start(), m.end()) for p in (*lex.modals, *lex.obligations, *lex.hopes, *lex.future_markers)
             for m in p.finditer(pc.text, lo, x.start)
             if m.end() > m.start() and not any(a < m.end() and m.start() < b for a, b in false)]
    # an agreement earlier in the sentence whose future the act is ("双方同意……继续进行讨论", "Президенты
    # условились, что Россия предложит"): "may 讨论" read as an English word glued to a Chinese one
    found += [(y.start, y.end) for y in pc.acts if y.commits and not y.negated and lo <= y.start and y.end <= x.start]
    if not found:
        return None
    # the nearest in the act's clause ("并将支持"), else one right after an actor ("双方应", "Россия
    # должна"), the sentence's own, before a nearer one in an earlier clause of its list ("做好准备":
    # make preparations, no "ready to"); the longest at a place ("应当", not "应")
    near = max(found, key=lambda ab: ab)
    if not _CLAUSE_MARK.search(pc.text, near[1], x.start):
        return near
    told = [ab for ab in found if any(0 <= ab[0] - m.end <= 1 for m in pc.mentions)]
    return max(told or found, key=lambda ab: ab)


#: Punctuation that ends a clause: a modal before it is not the act's.
_CLAUSE_MARK = re.compile(r"[,.;:!?，。；：！？]")


def _negated_content(x: Act, pc: PointCues) -> bool:
    """Whether a negation stands in what the act reports, in its clause ("stressed that Russia would
    not extend it")."""
    clause = re.split(r"[.;:!?。；！？]", pc.text[x.end:], maxsplit=1)[0]
    return any(p.search(clause) for p in lexicon(pc.language, warn=False).negations)


def _strength_text(c: Comparison, side: SideName, commitment: bool, polarity: bool,
                   strong: tuple[Any, Act, PointCues], weak: tuple[Any, Act, PointCues]) -> str:
    """A strength_shift's line. It names the readouts as readouts and the act's speaker where that is
    not the readout's own side: "RU reports opposition by TR ("criticised", ...)" where RU's readout
    has Erdogan criticise, not "RU voices opposition", which said Russia opposed something."""
    (r, x, pc), (o, y, qc) = strong, weak
    own = _codes(c)[0 if side == "a" else 1]
    by = "" if x.speaker_side in (None, own) else f" by {_actor(x.speaker_side, c)}"
    if commitment:
        head = f"{r.side} reports an agreement or acceptance{by}"
    elif polarity:
        head = f"{r.side} voices opposition" if not by else f"{r.side} reports opposition{by}"
    else:
        head = f"{r.side} reports the stronger act{by}"
    # "only" where the other act is weaker or no commitment; opposition may stand against a stronger act
    # ("not support" (strength 1) against "called on" (strength 3): not "has only "called on"")
    only = " only" if not polarity or commitment or y.effective_strength < x.effective_strength else ""
    # the weaker act's speaker where it is not the stronger act's, the readout's own: "CN reports the stronger
    # act ("stressed"); US has only "talked about"" read as if US had no stronger act of its own, where
    # "Sullivan stressed" stood beside "They talked about" (both sides, which include Wang)
    whose = (f"by {_actor(y.speaker_side, c)}, " if not by and y.speaker_side and x.speaker_side
             and y.speaker_side != x.speaker_side else "")
    return (f"{head} (\"{_act_words(x, pc)}\", {_grade(x)[1:-1]}); "
            f"{o.side} has{only} \"{_act_words(y, qc)}\" ({whose}{_grade(y)[1:-1]}).")


def _grade(x: Act) -> str:
    bits = [f"strength {x.effective_strength}"]
    if x.firm_commitment:
        bits.append("commitment")
    if x.effective_polarity < 0:
        bits.append("opposition")
    return "(" + ", ".join(bits) + ")"


# -- tone ----------------------------------------------------------------------------------------
def _tone_name(key: str) -> str:
    """A tone key as a reader writes it: "exchange of views", not the lexicon's "exchange_of_views"."""
    return key.replace("_", " ")


def _profile_text(p: dict[str, int]) -> str:
    return ", ".join(f"{_tone_name(k)} {v}" for k, v in p.items()) or "none"


def _tone_words(key: str, spans: Sequence[Span], cues: Cues) -> str:
    """A tone key with the text's own words for it where they are other words ("substantive ("in-depth")",
    "candid ("frank")"): the key alone named a word the readout does not use."""
    words: list[str] = []
    for s in spans:
        if any(t.key == key and (t.start, t.end) == (s.start, s.end) for t in cues[s.point].tone) \
                and s.text.lower() != _tone_name(key) and s.text not in words:
            words.append(s.text)
    quoted = ", ".join('"' + w + '"' for w in words)
    return _tone_name(key) + (f" ({quoted})" if words else "")


def _talk_words(cues: Cues) -> str | None:
    """The words in which a readout first reports talk in the call ("discussed", "talked about", "went over",
    "обсудили", "讨论": the lexicon act ``discussed``), or None; not a talk negated, recalled from before,
    wanted ("underlined the need to keep discussing") or inside what another act says. Failing that, an act
    of both sides in the call ("The two sides agreed", "Both leaders reaffirmed"), with its actor where it
    stands right before it or one word before ("They also stressed"): the two spoke with each other, which
    is all an "exchange of views" says (8 of the 12 gold-link tone flags that were only "tone only in CN:
    exchange of views" stood against a readout whose two sides agreed or reaffirmed). One side's statement alone ("Sullivan said ...") reports no exchange."""
    joint = None
    for pc in cues:
        judged = _judged_talk(pc)
        if judged is not None:
            return judged
        for x in pc.acts:
            if x.negated or x.past or x.modal or x.content:
                continue
            if x.name == "discussed":
                return pc.text[x.start:x.end]
            if joint is None and x.speaker == "both":
                sp = x.speaker_span
                # "They also stressed", "The two leaders also agreed": the actor and a word between at most
                start = sp[0] if sp is not None and sp[1] <= x.start and len(pc.text[sp[1]:x.start].split()) <= 1 \
                    else x.start
                joint = pc.text[start:x.end]
    return joint


def _judged_talk(pc: PointCues) -> str | None:
    """The tone word in which a point judges the talk held, or None: a meeting or call said to be "good
    and constructive" is a talk reported, as "discussed" is ("He called it a good and constructive
    meeting" against "The two sides also exchanged views on other issues"). Not a tone of a talk hoped
    for (the cues' ``hoped_tone``), nor a bare frame ("Rubio met Wang", "spoke with"), which tells
    that the two met, not that they talked anything over."""
    if not pc.tone:
        return None
    t = pc.tone[0]
    # with the talk word right after the run where there is one: "constructive meeting", "坦诚的交流"
    lex = lexicon(pc.language, warn=False)
    end = max(x.end for x in pc.tone if x.start - t.start < 60)
    talk = [m.end() for p in lex.tone_context if (m := p.match(pc.text, end + len(pc.text[end:]) - len(pc.text[end:].lstrip(" 的")))) is not None]
    return pc.text[t.start:max(talk, default=end)]


def _tone(c: Comparison, ca: Cues, cb: Cues) -> list[Flag]:
    """Tone keys of one readout that the other's profile lacks. An "exchange of views" is no tone the other
    readout lacks where that readout reports talk in other words: "The two sides also exchanged views on
    Ukraine" against "They also talked about Russia's war against Ukraine" says the same, and was a third
    of the corpus's tone evidence ("tone only in CN: exchange of views"); against a readout that reports
    no talk at all it stays."""
    pa, pb = tone_profile(ca), tone_profile(cb)
    out = []
    for side, mine, theirs, cues, other in (("a", pa, pb, ca, cb), ("b", pb, pa, cb, ca)):
        talk = _talk_words(other) if "exchange_of_views" in set(mine) - set(theirs) else None
        only = sorted(set(mine) - set(theirs) - ({"exchange_of_views"} if talk else set()))
        if not only:
            continue
        spans = [_span(side, i, t.start, t.end, pc.text) for i, pc in enumerate(cues)  # type: ignore[arg-type]
                 for t in pc.tone if t.key in only]
        r, o = (c.a, c.b) if side == "a" else (c.b, c.a)
        out.append(Flag(kind="tone", side=side, points=tuple(sorted({s.point for s in spans})),  # type: ignore[arg-type]
                        evidence=tuple(spans),
                        explanation=f"tone only in {r.side}: {', '.join(_tone_words(k, spans, cues) for k in only)}; "
                                    f"profiles {r.side}: "
                                    f"{_profile_text(mine)}; {o.side}: {_profile_text(theirs)}"
                                    + (f" ({o.side}'s \"{talk}\" reports the talk that {r.side}'s exchange of views does)." if talk
                                       else ".")))
    return out


# -- initiative ----------------------------------------------------------------------------------
def _initiator(own: str, other: str, cues: Cues) -> tuple[int, str | None, PointCues] | None:
    """The first point that says who initiated the call, and that side's code (``own``, ``other``: the
    codes of the readout and its counterpart)."""
    for i, pc in enumerate(cues):
        ini = pc.initiative
        if ini is None:
            continue
        who = ini.initiator
        if who is None and ini.role == "counterpart":
            who = other
        elif ini.role == "own":
            who = own
        return i, who, pc
    return None


#: Words of a telephone or video call, and of a meeting in person, in the opening points of a readout: the
#: flags said "the call" of every contact, so "CN says the call was initiated by IN" where CN wrote "王毅应印方请求
#: 在雅加达会见了印度外长苏杰生" (met in Jakarta at India's request), and "the readouts may date the call in
#: different time zones" of a meeting in Zurich.
_PHONE = re.compile(r"\b(?:tele)?phone|\bvideo|\bvirtual\b|\b(?:a|the|their|this|his|her)\s+(?:\w+\s+)?call\b"
                    r"|телефон|видео|созвонил|电话|通话|视频", re.IGNORECASE)
_MEETING = re.compile(r"\b(?:met|meet|meets|meeting|meetings|dialogue|talks|hosted|received|sidelines|margins|visit|visited)\b"
                      r"|встреч|встретил|переговор|диалог|(?<![а-яё])принял|визит|на полях|会见|会晤|会谈|见面|会面|对话", re.IGNORECASE)


def _contact(c: Comparison, *points: tuple[SideName, int]) -> str:
    """"meeting" where the first point of either readout (and ``points``, such as the one that says who
    initiated it) tells of a meeting in person and none of them of a telephone or video call; else "call"."""
    texts = [r.texts[0] for r in (c.a, c.b) if r.texts]
    texts += [(c.a if side == "a" else c.b).texts[i] for side, i in points]
    if any(_PHONE.search(t) for t in texts) or not any(_MEETING.search(t) for t in texts):
        return "call"
    return "meeting"


def _initiative(c: Comparison, ca: Cues, cb: Cues) -> list[Flag]:
    ka, kb = _codes(c)
    ia, ib = _initiator(ka, kb, ca), _initiator(kb, ka, cb)
    if ia is None and ib is None:
        return []
    if ia is not None and ib is not None:
        if ia[1] == ib[1] and ia[1] is not None:
            return []
        spans = [_span("a", ia[0], ia[2].initiative.start, ia[2].initiative.end, ia[2].text),  # type: ignore[union-attr]
                 _span("b", ib[0], ib[2].initiative.start, ib[2].initiative.end, ib[2].text)]  # type: ignore[union-attr]
        return [Flag(kind="initiative", side="a", points=(ia[0],), counterpart=(ib[0],), evidence=tuple(spans),
                     explanation=f"{c.a.side} says {_actor(ia[1], c) if ia[1] else 'an unnamed side'} initiated "
                                 f"the {_contact(c, ('a', ia[0]), ('b', ib[0]))}; {c.b.side} says {_actor(ib[1], c) if ib[1] else 'an unnamed side'} did.")]
    side: SideName = "a" if ia is not None else "b"
    i, who, pc = ia if ia is not None else ib  # type: ignore[misc]
    r, o = (c.a, c.b) if side == "a" else (c.b, c.a)
    return [Flag(kind="initiative", side=side, points=(i,),
                 evidence=(_span(side, i, pc.initiative.start, pc.initiative.end, pc.text),),  # type: ignore[union-attr]
                 explanation=f"{r.side} says the {_contact(c, (side, i))} was initiated by {_actor(who, c) if who else 'an unnamed side'}; "
                             f"{o.side} does not say who initiated it.")]


# -- coverage ------------------------------------------------------------------------------------
def topics(sim: np.ndarray, threshold: float = TOPIC_THRESHOLD) -> np.ndarray:
    """Topic label per point from a square similarity matrix: average-link agglomerative clustering,
    merging while the closest pair of clusters is at least ``threshold`` similar.

    >>> topics(np.array([[1, .9, 0], [.9, 1, .1], [0, .1, 1]]), 0.5).tolist()
    [0, 0, 1]
    """
    n = sim.shape[0]
    if n < 2:
        return np.zeros(n, dtype=int)
    from scipy.cluster.hierarchy import fcluster, linkage  # lazy: scipy costs import time
    from scipy.spatial.distance import squareform

    # Average linkage on distance 1 - similarity is average linkage on similarity (the update is
    # linear), and it never inverts, so cutting the tree at 1 - threshold merges exactly while the
    # closest clusters are at least ``threshold`` similar. scipy does it in O(n^2).
    dist = np.clip(1.0 - np.asarray(sim, dtype=np.float64), 0.0, None)
    dist = (dist + dist.T) / 2
    np.fill_diagonal(dist, 0.0)
    raw = fcluster(linkage(squareform(dist, checks=False), method="average"), t=1.0 - threshold,
                   criterion="distance")
    # Number topics by their first point, so labels are deterministic and read top to bottom.
    first: dict[int, int] = {}
    for label in raw.tolist():
        first.setdefault(label, len(first))
    return np.array([first[label] for label in raw.tolist()], dtype=int)


def topic_threshold(vectors: Sequence[np.ndarray], share: float = TOPIC_SHARE) -> float:
    """The cosine that a ``share`` of the point pairs within calls reach: pass one array of
    L2-normalised point vectors per call (both readouts stacked); the pairs of all calls are
    pooled. This puts a backend's topic threshold on its own cosine scale.

    >>> e = np.eye(4)
    >>> topic_threshold([e[[0, 0, 1, 2]]], share=1 / 6)
    1.0
    """
    sims = []
    for v in vectors:
        v = np.asarray(v, dtype=np.float64)
        if len(v) > 1:
            sims.append((v @ v.T)[np.triu_indices(len(v), 1)])
    if not sims:
        return TOPIC_THRESHOLD
    return round(float(np.quantile(np.concatenate(sims), 1.0 - share, method="higher")), 4)


_WORD = re.compile(r"(?:(?![\u4e00-\u9fff])[^\W\d_]){4,}")  # Chinese has no spaces: see _HAN
#: Chinese text is cut into runs of Han characters at punctuation, at the cues' words (who spoke,
#: the speech act, tone), at the gazetteer's forms (their concepts name them) and at function
#: characters (particles, pronouns, "side" as in 双方 / 中方); each run gives its character pairs.
_HAN = re.compile(r"[\u4e00-\u9fff]+")
#: An apostrophe inside a name ("Ren'ai", "Xi'an", "O'Brien"), not before an English clitic ("China's", "don't").
_INNER_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’](?=[^\W\d_])(?!(?:s|t|d|m|ll|re|ve)\b)", re.IGNORECASE)
#: A lower-case prefix and its hyphen before a capitalised word ("intra-" of "intra-Ukrainian").
_PREFIX = re.compile(r"(?<![\w-])([a-zа-яё]+)(?=-[A-ZА-ЯЁ])")
#: The press a speaker tells something to: the Russian dative "журналистам" ("сообщил журналистам"), "с
#: журналистами" (in talk with them), "told reporters", "to journalists", "对记者", "向记者", "答记者问", "记者会".
#: It is whom the point is said to, no topic: "журналистам" (the concept people-to-people exchanges, as
#: "journalist" is in "exchanging journalists") named "RU opens with 'people-to-people exchanges / переговоры'"
#: for "С.В. Лавров сообщил журналистам, что переговоры продлились дольше", whose English twin, "Lavrov told
#: reporters ...", named none. Journalists as the topic ("обмен журналистами", "互派记者") stay one.
_PRESS = re.compile(r"(?<![а-яё])(?:с\s+журналистами|журналистам)(?![а-яё])"
                    r"|\b(?:told|tell|tells|telling|briefed|briefing|to|with)\s+(?:(?:the\s+)?(?:reporters|journalists)|the\s+press)\b"
                    r"|(?<=[对向答])记者|记者(?=会|招待会|问)", re.IGNORECASE)
_FIRST_NAME = re.compile(r"\b((?:(?![\u4e00-\u9fff])[^\W\d_]){4,}) $")
#: the head of a hyphened first name, just before its tail that :data:`_FIRST_NAME` finds: "Jean" of
#: "Jean-Yves Le Drian" (it named a topic 'Jean / consultations'), "Frank" of "Frank-Walter Steinmeier"
_FIRST_NAME_HEAD = re.compile(r"(?<![\w-])((?:(?![\u4e00-\u9fff])[^\W\d_]){4,})[-‑]$")
_HAN_FUNCTION = re.compile("[的了和与及是在对将就也都而并把被为以其之于这那此他她我你们已有从向同方等该各艘]")
# Words that never name a topic. Month and weekday names are here because a date says when, not
# what about; "prime" is a title's, as "minister" is (words under four letters never count);
# "целом" is "в целом" (on the whole), as "whole" is a word of no topic in English; "течение" is "в
# течение" (within), "despite" a preposition, "wrote" a verb of saying the cues read as no act; a title
# is no topic in any case ("турецкому президенту" named the topic 'relations / президенту'; "Vice President
# JD Vance" 'vice / Special Envoy', "Foreign Secretary-Vice Minister mechanism" 'Special Representatives / Vice'). Nor do
# words that say how, when or to whom, in any language: "cannot" ('development / cannot'), "By contrast"
# ('prisoners and detainees / contrast'), "told reporters" ('reporters / spoken'), "одним" ('работы /
# одним'), "нынешнюю" ('нынешнюю / ситуацию'), "如何" (how: '如何 / 冷静'), "当前" (now), "今天" (today, as
# "today" is: "70年后的今天" named '年后 / 今天'), "根据" (according to), "甚至" (even, as "even" is: '越过 / 甚至');
# "вокруг" is "around" ("ситуации вокруг Украины" named a topic 'аспекты / вокруг'), "частности" is "в
# частности" (in particular: 'Crimea and Donbas / частности').
_STOP = frozenset("""that this with from have they their them said also will would could should which
about into over after before other such these those were been being very more most than then there
every each some many only just even still must shall
where when while what both side sides call talks phone spoke today sergey antony secretary minister
president foreign state states united told stressed noted added called again further made clear
once took place drew attention together according conversation telephone held january february march
april june july august september october november december который также было были этом этой стороны
министр президент presidents leaders ministers talked matters views hour hours minutes lasted member
politburo словам время ближайшее после разговора разговор разговоре журналистам весьма таком очередь
имея однако более между может могут должен должны этого этому этих того чтобы когда если своей своих
свою свои которые которая которых которого которой была будет будут очень всех всего есть этот лишь
только уже сторон сторона беседа беседы телефонный телефонного главы лидеры президенты министры
monday tuesday wednesday thursday friday saturday sunday prime because neither either does doing done around
everything among across since ever under without within upon against toward towards whose whom
виду преддверии ранее неоднократно поэтому вновь можно скорее напротив кроме учётом учетом прежде незадолго
итогам итоги отвечая ходе летия летие летию летием иностранных именно достаточно вполне крайне целом
despite wrote vice течение президента президенту президентом президенте президентов президентам министра министру
министром министре министров
cannot contrast afterwards along always away himself herself itself themselves everybody everyone rather
therefore much besides almost alone night morning afternoon evening weeks months month reporters journalists says
spoken described
вместе естественно любые любых любой любую чему одним одной одного одном одних недавних недавние недавнего
нынешнюю нынешнее нынешней нынешний нынешних нынешнем кратчайшие кратчайших скорейшего скорейшее скорейшему
скорейшей скорейшем журналистов журналистами вместо около через этим этими назад вокруг частности поскольку
主席 总统 总理 部长 外长 国务 务卿 表示 指出 强调 通话 进行 如果 十分 不少 近来 一点 不会 任何 如何 应当 当前 眼下 按照 根据 能够 继续 近期 再次 充分 非常 许多 一个 今天 甚至""".split())


def _masked(text: str, cues: Sequence[Any]) -> str:
    """``text`` with each cue that stands in it blanked by spaces (offsets kept)."""
    chars = list(text)
    for cue in cues:
        if text[cue.start:cue.end] == cue.text:
            chars[cue.start:cue.end] = " " * (cue.end - cue.start)
    return "".join(chars)


def _terms(text: str, pc: PointCues) -> dict[str, frozenset[str]]:
    """A point's candidate topic names, each with the concepts it stands for: its gazetteer
    concepts by label ("security guarantees", the same in every language), then its content words
    (Chinese: character pairs). Actor mentions and speech acts say who spoke and how, not what
    about: their words are left out, and so are the concepts of the call's own parties ("Lavrov",
    "the U.S."; a third party such as Ukraine in a US-Russia call is a topic) and a capitalised word
    just before a mention, which is a first name ("Donald Trump"; also "Eastern" before "Ukraine",
    whose concept still names the topic). A news agency's closing lines ("（记者 张三）") name nothing,
    nor do the words of a point's dates ("9月19日晚" gave "日晚"), of its initiative phrase ("по
    инициативе американской стороны" named the opening topic "инициативе") or of an opener that
    credits a view (``attribution_openers``: "По его оценке" gave "оценке")."""
    text = text[:trailer_start(text)]
    # who initiated the call ("по инициативе американской стороны"), its dates ("9月19日晚": not "日晚")
    # and an opener that credits a view ("По его оценке", "In his view") say nothing of the topic either
    openers = tuple(Span(side="a", point=0, start=m.start(), end=m.end(), text=m.group())
                    for pat in lexicon(pc.language, warn=False).attribution_openers for m in pat.finditer(text))
    press = tuple(Span(side="a", point=0, start=m.start(), end=m.end(), text=m.group()) for m in _PRESS.finditer(text))
    spans = (*pc.mentions, *pc.acts, *pc.tone, *pc.named_acts, *pc.dates, *openers, *press,
             *((pc.initiative,) if pc.initiative else ()))
    skip = {w for cue in spans for w in _WORD.findall(cue.text.lower())}
    for m in pc.mentions:  # a first name before a surname the cues know ("Donald Trump", "Владимир Путин")
        if (first := _FIRST_NAME.search(text, 0, m.start)) and first.group(1)[0].isupper():
            skip.add(first.group(1).lower())
            if (head := _FIRST_NAME_HEAD.search(text, 0, first.start(1))) and head.group(1)[0].isupper():
                skip.add(head.group(1).lower())  # "Jean" of "Jean-Yves Le Drian"
    parties = set().union(*(concepts(m.text) for m in pc.mentions if m.role != "third"))
    # a tone word names no topic, though the gazetteer reads "candid" as differences
    untoned = _masked(text, (*pc.tone, *pc.hoped_tone, *press))
    # a name's inner apostrophe joins it ("Ren'ai Jiao"): "ai" after it is no word, and read as one it named
    # the topic 'AI / Jiao'
    joined = _INNER_APOSTROPHE.sub("", untoned)
    weak = _weak_concepts(joined, frozenset(w for a in pc.acts for w in _WORD.findall(a.text.lower())))
    out = {concept_label(c): frozenset((c,)) for c in sorted(concepts(joined) - parties - weak)}
    # a lower-case prefix hyphened to a name ("intra-Ukrainian", "cross-Strait", "anti-Chinese") is no word
    # of its own: with the party's name left out, "intra" named the topic 'aspects / intra'
    words = [w for w in _WORD.findall(_PREFIX.sub(lambda m: " " * len(m.group(1)), text).lower())
             if w not in _STOP and w not in skip]
    rest = _masked(text, spans)
    whole = _han_lexicon()[1]
    for word in whole:  # a word that holds a concept's form without being the concept: named whole
        # (found in text: the cues may read its form as a mention, which rest has blanked already)
        for m in re.finditer(re.escape(word), text):
            rest = rest[:m.start()] + " " * len(word) + rest[m.end():]
            words.append(word)
    for form in chinese_forms(rest):  # the concept names these characters already
        rest = rest.replace(form, " ")
    for m in _HAN.finditer(_HAN_FUNCTION.sub(" ", rest)):  # han_runs(rest), where each run stands
        run, cut = m.group(), _han_cut(rest, m.start(), m.end())
        words += [pair for pair in han_words(run)
                  if pair not in _STOP and not _han_tail(pair, run) and pair not in cut]
    for w in words:  # "发展中国家" stands for no China; "deployed" of a mission being deployed for no troop build-up
        out.setdefault(w, frozenset() if w in whole else concepts(w) - weak)
    return out


#: Words after which a concept's adjective says how, not what: "by peaceful means" is a peace settlement
#: as "peacefully" is, where "peaceful coexistence" is coexistence.
_MANNER = frozenset("means way ways manner methods solution solutions resolution путём путем способом средствами".split())
#: The words before a verb form that make it a noun ("stop the fighting").
_ARTICLES = frozenset("the a an this that its their his her".split())


@lru_cache(maxsize=4096)
def _whole_word(body: str, end: str, ignore_case: bool) -> re.Pattern[str]:
    """``body`` as a whole word (no letter before it, ``end`` after it), compiled once: the topic names
    ask it of each term over each point's text, which compiled ~40,000 patterns per corpus run (past the
    ``re`` module's own cache of 512), a quarter of a warm-cache ``evaluate``."""
    return re.compile(r"(?<![^\W\d_])" + body + end, re.IGNORECASE if ignore_case else 0)


_LETTER_RUN = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4096)
def _letter_runs(text: str) -> dict[str, tuple[re.Match[str], ...]]:
    """The runs of letters of ``text`` by their lower case, in order."""
    out: dict[str, list[re.Match[str]]] = {}
    for m in _LETTER_RUN.finditer(text):
        out.setdefault(m.group().lower(), []).append(m)
    return {k: tuple(v) for k, v in out.items()}


def _word_hits(term: str, text: str) -> tuple[re.Match[str], ...]:
    """Where the lower-case word ``term`` (letters a-z) stands whole in ``text`` (no letter before or
    after it), in any case, from one pass over the text's words instead of a pattern compiled per term."""
    return _letter_runs(text).get(term, ())


def _weak_concepts(text: str, acts: frozenset[str] = frozenset()) -> frozenset[str]:
    """The concepts that ``text`` matches only by a verb form or an adjective (:func:`_name_weight`): a
    verb form with its object ("fighting the pandemic", "the mission being deployed") or an adjective
    before a noun of its own ("peaceful development", "peaceful coexistence") says what kind or what was
    done, not the concept's topic; they named the topics 'war and conflict' (the pandemic), 'troop
    build-up' (an observer mission) and 'peace settlement' (China's development path). A verb form after
    an article is a noun ("stop the fighting"), an adverb says how ("settled peacefully") and an adjective
    of manner ("by peaceful means") is the adverb: each still names its concept, and so does a verb of the
    point's speech act (``acts``, lower case): "congratulated" is the greetings the point reports.

    >>> sorted(_weak_concepts("They are deploying observers to the region."))
    ['troops_buildup']
    >>> sorted(_weak_concepts("Both sides should stop the fighting."))
    []
    """
    out = set()
    for c, ws in concept_words(text).items():
        if concept_label(c)[:1].isupper():  # a place's or a people's adjective is the name ("украинских поставок")
            continue
        strong = False
        label = re.split(r"[\s-]+", concept_label(c).lower())
        # the label's heads: its last word, the words "and" joins, and its own adjectives ("bilateral" of bilateral
        # relations), not a noun that qualifies the head ("peace" of peace settlement)
        heads = {label[-1]} | {x for k, x in enumerate(label) if "and" in label[k - 1:k] + label[k + 1:k + 2]} \
            | {x for x in label if _name_weight(x, frozenset()) < 1.0}
        for w in ws:
            low = w.lower()
            weight = _name_weight(low, frozenset())
            if weight >= 1.0 or weight <= _WEAK or " " in w or low in acts or any(low[:5] == h[:5] for h in heads if len(h) >= 4) \
                    or not low.isascii() or weight > 0.5 and any(_WEAK < _name_weight(x, frozenset()) < 1.0 for x in label):
                # a noun, an adverb ("peacefully"), a form of a head ("economic" of trade and the economy), or a
                # Russian word, whose stem no English label shows ("международной безопасности") and whose verbs
                # the endings tell less surely ("обеспокоенность" ends as an infinitive does); or an adjective of a
                # concept of adjectives ("international law": global and regional issues)
                strong = True
                break
            hits = [m for m in _word_hits(low, text) if m.group() == w] if w.isalpha() \
                else _whole_word(re.escape(w), r"(?![^\W\d_])", False).finditer(text)
            for m in hits:
                prev = re.findall(r"[^\W\d_]+", text[:m.start()])[-1:]
                nxt = re.match(r"\W*([^\W\d_]+)", text[m.end():])
                if prev and prev[0].lower() in _ARTICLES and weight == 0.5 or weight > 0.5 and (
                        nxt is None or nxt.group(1).lower() in _MANNER
                        or _name_weight(nxt.group(1).lower(), frozenset()) <= _WEAK
                        or any(nxt.group(1).lower()[:5] == x[:5] for x in label if len(x) >= 4)):
                    # "the fighting"; "by peaceful means", "боевых действий" (hostilities: a general noun); before
                    # a word of the label ("indivisible security": security guarantees)
                    strong = True
                    break
            if strong:
                break
        if not strong:
            out.add(c)
    return frozenset(out)


def han_runs(text: str) -> list[str]:
    """The runs of Han characters of ``text`` between punctuation and function characters."""
    return _HAN.findall(_HAN_FUNCTION.sub(" ", text))


@lru_cache(maxsize=1)
def _han_pair_counts() -> dict[str, int]:
    with resources.files("readouts").joinpath("data/han_pairs.json").open("r", encoding="utf-8") as fh:
        return json.load(fh)["pairs"]


def han_words(run: str) -> list[str]:
    """The character pairs of a Han run that may be words: those that neither neighbouring pair
    outnumbers in the Chinese points of the annotated corpus (``data/han_pairs.json``; a pair met
    in fewer than two counts as one). A pair that straddles two words is met more rarely than the
    words it cuts, so "始终奉行" gives "始终" and "奉行", not "终奉"; where nothing is known, every pair.

    >>> han_words("始终奉行")
    ['始终', '奉行']

    A pair between two words met in the corpus, each of which its other neighbour does not outnumber,
    is the tail of one and the head of the other where neither is met less than half as often as it:
    those two are the words ("意外事件": "意外", "事件"), not a frequent word beside a rarer pair ("政策").

    >>> han_words("意外事件"), han_words("美政策一")
    (['意外', '事件'], ['政策'])
    """
    counts = _han_pair_counts()
    pairs = [run[k:k + 2] for k in range(len(run) - 1)]
    c = [counts.get(p, 1) for p in pairs]

    def kept(k: int) -> bool:
        return (k == 0 or c[k] >= c[k - 1]) and (k + 1 == len(c) or c[k] >= c[k + 1])

    def outer(k: int, step: int) -> bool:  # the pair k outnumbers its neighbour away from the pair between (a tie
        # there is a run of one name's pairs: "助理沙利文", where "理沙" and "助理" are met as often)
        return not 0 <= k + step < len(c) or c[k] > c[k + step]

    out = []
    for k, p in enumerate(pairs):
        if 0 < k < len(c) - 1 and kept(k) and min(c[k - 1], c[k + 1]) >= max(2, c[k] / 2) \
                and outer(k - 1, -1) and outer(k + 1, 1):
            # a pair between two corpus words that each outnumber their other neighbour straddles them where
            # neither is met less than half as often as it: "意外事件" (an unexpected incident) is "意外" and
            # "事件" (3 and 3), not "外事" (foreign affairs, 6: "中央外事工作"), and a four-character word of
            # even counts is its two halves ("人工智能", "朝鲜半岛"); a pair far more frequent than a neighbour
            # stays: "政策" of "对美政策一以贯之" (22 against 3 and 2), "近平" of "习近平说" (67 against 3)
            out += [w for w in (pairs[k - 1], pairs[k + 1]) if w not in out]
        elif kept(k) and p not in out:
            out.append(p)
    return out


@lru_cache(maxsize=1)
def _han_lexicon() -> tuple[frozenset[str], tuple[str, ...]]:
    """The Chinese words of ``data/han_words.json``: those a character pair that overlaps them straddles
    ("straddled": "处于", "并肩"), which the corpus's pair counts (``data/han_pairs.json``) cannot tell, and
    those that hold a concept's form without being the concept ("whole": "发展中国家" is no "中国"),
    each a topic's term whole. Kept with the other lexicons, not as lists in code.

    >>> straddled, whole = _han_lexicon()
    >>> "处于" in straddled, "发展中国家" in whole
    (True, True)
    """
    with resources.files("readouts").joinpath("data/han_words.json").open("r", encoding="utf-8") as fh:
        data = json.load(fh)
    return frozenset(data["straddled"]), tuple(data["whole"])


def _han_cut(text: str, start: int, end: int) -> frozenset[str]:
    """The pairs of the Han run at ``start:end`` of ``text`` that straddle a word of
    ``data/han_words.json`` ("straddled", :func:`_han_lexicon`): sharing one character with it, in the run or across its edge ("正处" of
    "正处于", "肩作" of "并肩作战", "要调" of "要调整"); none that is such a word itself.

    >>> sorted(_han_cut("关系正处于", 0, 4)), sorted(_han_cut("要调整好", 0, 4))
    (['正处'], ['整好', '要调'])
    """
    straddled = _han_lexicon()[0]
    run = text[start:end]
    out = set()
    for k in range(len(run) - 1):
        if run[k:k + 2] in straddled:
            out.update(p for p in (run[k - 1:k + 1] if k else "", run[k + 1:k + 3]) if len(p) == 2)
    if len(run) >= 2 and text[max(0, start - 1):start + 1] in straddled:
        out.add(run[:2])
    if len(run) >= 2 and text[end - 1:end + 1] in straddled:
        out.add(run[-2:])
    return frozenset(out - straddled)


def _han_tail(pair: str, run: str) -> bool:
    """Whether a character pair the corpus never met as a word (``data/han_pairs.json``: fewer than two)
    stands in ``run`` only beside a general pair (:data:`_GENERIC`, :data:`_STOP`) that it shares a
    character with: the general word's tail and the next word's head ("指引下" gave 'teams and officials / 引下',
    "百年变局" '年变', "人员再" '员再'), no word.

    >>> _han_tail("引下", "指引下"), _han_tail("臆测", "无端臆测")
    (True, False)
    """
    if _han_pair_counts().get(pair, 1) >= 2:
        return False
    general = _GENERIC | _STOP
    at = [k for k in range(len(run) - 1) if run.startswith(pair, k)]
    return bool(at) and all(run[k - 1:k + 1] in general or run[k + 1:k + 3] in general for k in at)


def _han_overlap(t: str, b: str) -> bool:
    """Whether two Chinese character pairs may be pieces of one word ("国家" and "家安" of
    "国家安全"): the second names nothing the first does not."""
    return len(t) == len(b) == 2 and bool(_HAN.fullmatch(t + b)) and (t[0] == b[1] or t[1] == b[0])


#: English words that name no topic (the verbs and nouns of any
#: readout's prose: "keep", "take", "areas", "issues"); they weigh 0.3 in a topic's name, verb
#: forms and adverbs ("-ed", "-ing", "-ly"; Russian infinitives, past forms, participles and the
#: third person of the present and future: "заявлял", "стремится", "продолжающиеся", "направит",
#: "обсудят", "проведут", "считают"; see :data:`_RU_FINITE`) 0.5, and
#: every other word and every concept 1 ("join / rest" and "likewise / account" named topics
#: that "community / military" and "rules / system" name now). Irregular past forms ("began", "laid")
#: weigh as general words, and so do the Russian "issue" and "topic" ("вопросы", "тему": 'relations / тему'),
#: and the words of any sentence that say when, how or how much, not what about: "beginning right away"
#: named a topic 'right / beginning', "their eighth call" 'eighth / ...', "in any form" 'conflict /
#: form', "the correct perception" 'correct / perception', "good", "great", "close", "four"; and the
#: irregular past forms of common verbs ("fought side by side": 'global and regional issues / fought'), and
#: "purpose" ("For that purpose they agreed ...": 'multilateral forums / purpose'), and the words every
#: readout of a partnership uses of it, "strategic" and "consistent" ('implementing agreed understandings /
#: strategic', 'policy / consistent': the Chinese "战略" below is general already), and "look" (of "look
#: after", "look forward": 'ventilators / look'), and "come" as "came" ("had come back to Bali": 'guidance /
#: come'), and "government" ("lodged the Government of India's protest": 'Government / protest'). So do
#: the Chinese pairs of any readout's prose: verbs of promoting, keeping, handling, valuing ("推动", "维护",
#: "处理", "重视": 'bilateral relations / 推动'), words of degree and manner ("重要", "高度", "妥善", "冷静",
#: "最低": '建交 / 最低' of "跌至建交以来最低点"), "局势" (situation), "发展", time ("夜间", "百年", "年后":
#: '原则 / 年后' of "70年后的今天"), "找到" (find, as "find" is: 'bilateral relations / 找到'), "两个" (two, as
#: "four" is), and the Russian days and numerals; and the nouns that say of what kind a point's matter is, not
#: what it is: "aspects" ('aspects / Ukraine' of "its humanitarian aspects", 'peace settlement / аспекты'),
#: "developments", "decisions", "intentions", "expectations", "priorities", "emphasis", "cases", "levels", and
#: "全局", "根本", "第一", "第二", "前去" ('全局 / 根本', '启示 / 第一'). A general word never names a topic
#: (:func:`_topic_name`); a topic with no other word is named by a quote of its point (:func:`_quote`).
_GENERIC = frozenset("""keep keeps take takes took need needs join rest dealt situation repeated brought stood
ready remain remains formed through during above backing highly hoped halfway speaking think looking replied
making intends covered begin work working thanks talk meet longer find stop areas ways continue chance speak
standing likewise account issues matters range whole number part full point points sought reiterated
reaffirmed underscored expressed conveyed raised welcomed agreed discussed including well same other
another various several
important importance recent latest earlier current progress year years step steps line lines effort efforts
discussion discussions world third three time system stay stays make long whatever wants terms possible given
give forward expects between view soon minute minutes length large kind inform hold good general follow
details detail carry carried back central subject main topic topics focus things thing none nobody next name
left last high hard hands first fine sometimes easy readiness common single overall initial past send seek
provide raise solve build hope action course events event outcome question questions issue problem problems
paid sure particular purpose purposes aspects aspect developments decisions intentions intention expectation
expectations priority priorities emphasis cases levels level несколько нескольких намерение намерении намерения
began came gone laid sent taken kept become happens looks makes serves stands want times second previous
present early near
тему темы теме темам темах темой тематике вопрос вопросы вопроса вопросов вопросам вопросах вопросами
right beginning start stage turn move matter sense face form parts places inside know believe value weight
correct good great wide close firm quick swift built drawn four five seven eight nine fourth fifth sixth
seventh eighth ninth tenth fought thought caught spent lost felt went term perspective
strategic consistent look come comes government governments
推动 推进 促进 维护 保持 处理 提出 寻求 留下 发挥 用好 重视 珍视 期待 鼓励 支持 关注 传递 着眼 指引 致力 加强 坚持
确保 相互 重大 重要 深刻 高度 妥善 公然 关键 伟大 严肃 积极 良好 冷静 专业 局势 情况 方面 领域 工作 活动 人员
立场 发展 稳定 夜间 百年 目前 今年 未来 长期 需要 改变 建立 扩大 排除 正确 形成 营造 追求 多变 个别 精神 大局 战略
尊重 采取 一道 自己 眼光 阶段 两国 跌至 历经 通过 再度 行动 事关 找到 年后 最低 两个 全局 根本 第一 第二 前去
дольше день дня дней днем днём дни двух трех трёх четырех четырёх пяти шести семи восьми девяти десяти""".split())
#: Russian nouns of any readout's prose, by stem, in any of their case forms (:data:`_RU_GENERIC`): the
#: Russian of "situation", "talks", "decisions", "direction", "efforts", "examples", "request", "need",
#: "level", "year", "line" and "main" ("Black Sea grain deal / реализации", "решения / долгое",
#: "конкретных / примерах", 'нужны / гарантии', 'Ukraine / линии' of "основные оценки линии России в связи с
#: ситуацией на Украине", then 'Ukraine / основные', named topics, where "line" and "main" are general English
#: words); a stem's longer words are other words ("годовщина", "основа" is no "основн").
_RU_GENERIC_STEMS = """ситуаци реализаци переговор решени направлени понимани срок попыт просьб пример
контакт связ динамик усили соображени действи комментари характер оценк встреч год нужн необходим
акцент масштаб прошл уровн лини основн аспект""".split()
_RU_GENERIC = re.compile("(?:" + "|".join(_RU_GENERIC_STEMS) + ")[а-яё]{0,3}")
#: Russian adjectives and participles in their long forms, by ending ("долгое", "различные",
#: "конкретных", "совместную", "флагманского", "начатый", "быстрее"): a word that says what kind,
#: not what about, gives way to a noun (weight 0.7), and a verb form to it ('гарантии / письменные',
#: not '... / заявлял'). Endings that nouns share are left out ("-ой", "-ей": "стороной", "ситуацией";
#: "-им", which "режим" ends in, though "российским" is an adjective) or read after the letters no noun
#: has there: "-ие" after "к г х ш щ" ("российские", "другие", "хорошие"; not "оружие", "различие"),
#: "-ий", "-их" after those and "ж ч", "-ем" after "ш щ ж ч" ("высшем"), "-ние", "-ний" after a
#: consonant ("двусторонние", "последний"; not "решение", "гений"), "-нно" ("целенаправленно"), "-ая"
#: after a consonant ("новая"; the genitives "Китая", "случая" are in :data:`_NOT_ADJECTIVES`).
_RU_ADJECTIVE = re.compile(r"[а-яё]{2,}(?:ый|ые|ых|ыми|ым|ого|его|ому|ему|ую|юю|ое|ее|яя|ими|нно|[шщжч]ем|[кгхшщ]ие|[кгхшщжч](?:ий|их)"
                           r"|[бвгдзклмнпрстфхжшщч]н(?:ие|ий|их|ими|яя)|[бвгджзклмнпрстфхцчшщ]ая)")
#: English adjectives, by the endings only adjectives have in readouts ("-ous", "-ical", "-ful", "-able",
#: "-ible", "-ient", "-ive": "populous", "critical", "peaceful", "stable", "responsible", "ancient",
#: "constructive"), weigh as the Russian ones do: 'populous / critical', 'revitalisation / ancient', 'Kazan /
#: successful', 'substantive / constructive', 'positive / mutual' named topics. The nouns among them are in
#: :data:`_NOT_ADJECTIVES` ("timetable", "patient", "initiative", "representative").
#: So do the endings of relational adjectives ("-lateral", "-ional", "-ntal", "-ual", "-obal", "-stic", "-atic",
#: "-omic", "-etic": "bilateral", "national", "fundamental", "mutual", "global", "domestic", "diplomatic") and of
#: superlatives ("strongest", "lowest"): 'bilateral / critical', 'positive / mutual', 'strongest / violent' named
#: topics with no noun in them.
_EN_ADJECTIVE = re.compile(r"[a-z]{2,}(?:ous|ical|ful|able|ible|ient|ive|lateral|ional|ntal|ual|obal|ocal|stic|atic|omic|etic"
                           r"|[a-z]est|[a-z]{2}(?<!m)ent)")
_NOT_ADJECTIVES = frozenset("""крым дым китая шанхая дубая уругвая парагвая николая случая урожая сарая
timetable vegetable patient client recipient ingredient nutrient coefficient
initiative initiatives representative representatives alternative alternatives objective objectives perspective
perspectives executive executives directive directives offensive incentive incentives motive motives narrative
narratives explosive explosives detective relative relatives native natives collective archive archives
derivative derivatives olive
individual individuals ritual rituals manual manuals rental arithmetic statistic
interest request protest contest forest harvest arrest conquest inquest manifest suggest invest digest behest
unrest earnest guest quest chest west rest test nest vest pest zest crest
president presidents incident incidents student students parent parents talent content extent accident accidents
continent component components opponent opponents patent intent percent element elements resident residents
precedent dissident dissidents correspondent respondent regent serpent torrent advent""".split())
#: Russian verbs in the third person, present or future ("-ит/-ет/-ют/-ут/-ат/-ят"), told from nouns
#: with the same endings by the letter before the ending: a vowel before "-ет"/"-ют" ("считает",
#: "действуют"), "д"/"н" before "-ет" ("идет", "станет"), not "ч"/"л" before "-ёт" ("учтёт", not "отчёт",
#: "полёт"), a consonant of a verb stem before "-ут" ("проведут", "могут", "нанесут", not "институт",
#: "маршрут", "минут"), "ж ш ч щ" before "-ат" ("продолжат", "получат", not "результат", "формат",
#: "штат"), any letter before "-ят" ("обсудят", not the tens "пятьдесят") and "-ит" ("направит").
#: So "бюджет", "совет", "ответ", "ракет", "объект", "проект" never match; the nouns that still do are
#: in :data:`_NOT_VERBS`.
_RU_FINITE = r"[а-яё]+(?:[аеёиоуыэюя](?:ет|ют)|(?<![чл])ёт|[дн]ет|[бдгжзмвсшчщ]ут|(?<!дес)ят|[жшчщ]ат|ит)"
#: Russian verbs in the first person plural, present or future ("обсудим", "продолжим", "сделаем",
#: "действуем"), told from adjectives, pronouns and nouns by what comes before the ending: two letters
#: and a consonant of a verb stem before "-им", not "к г х н ш щ" ("российским", "другим",
#: "двусторонним", "общим"; "этим"), "а", "я" or "у" before "-ем" (not "прием", "своем", "музеем",
#: "Сергеем"; the nouns in "-ай" that still match, "краем", "случаем", are in :data:`_NOT_VERBS`). "-ём"
#: is left out: "днём", "путём", "секретарём" are nouns, and official texts write "вернем" without the
#: dots, as they write "систем" and "проблем". After a consonant "-ем" is a verb where the consonant
#: ends a verb stem and almost no noun stem: "д ж м в" ("будем", "найдем", "можем", "поможем",
#: "примем", "живем"); not "т л р с х ь н ш ч щ", which end the genitive plurals "систем", "проблем",
#: "теорем", "схем", the pronouns "тем", "всем", "нем", "нашем", "чем", "общем" and "жильем".
#: Nouns that still match ("режим") are in :data:`_NOT_VERBS`.
_RU_FIRST_PLURAL = r"[а-яё]{2,}(?:[бвдзлмпрстфжчц]им|[аяу]ем|[джмв]ем)"
#: Russian infinitives in "-ти" and "-чь" ("вести", "провести", "привести", "найти", "выйти", "достичь",
#: "помочь"), which the "-ть" of :data:`_VERB_FORM` misses: "Вести его следует по специальным каналам ..."
#: (it should be conducted through special channels) named the topic 'bilateral relations / вести', where the
#: English twin's "should run" weighs as a verb. By root, so that the nouns in "-сти" ("области", "власти",
#: "части", "совести") and "-чь" ("речь", "ночь") are none.
_RU_INFINITIVE = (r"(?:про|при|пере|под|от|за|на|вы|из|раз|до|в|у|об|с)?(?:вести|везти|нести)|[а-яё]*(?:йти|идти)"
                  r"|[а-яё]*(?:стичь|влечь|беречь)|пренебречь|(?:по|с)?мочь")
_VERB_FORM = re.compile(r"[a-z]+(?:ed|ing|ly)|[а-яё]+(?:ть|ться|тся|ся|сь|щий|щая|щее|щие|щиеся|вший|вшая|вшие)|"
                        + _RU_FINITE + "|" + _RU_FIRST_PLURAL + "|" + _RU_INFINITIVE)
#: Russian nouns that end as a verb of :data:`_RU_FINITE` or :data:`_RU_FIRST_PLURAL` does (loanwords in
#: "-ит", "-нет", "-иет"; "режим"; the instrumental of nouns in "-ай": "краем").
_NOT_VERBS = frozenset("""саммит визит кредит транзит лимит депозит дефицит аппетит бандит магнит гранит элит орбит
реквизит фаворит алфавит колорит паразит монолит кабинет интернет монет планет диет приют пулемёт миномёт
ребят режим самим краем случаем сараем урожаем""".split())
#: A Russian past form ("заявил", "заявила", "заявило", "заявили"): "-л", "-ла", "-ло", "-ли" after the
#: vowel that ends the verb's stem ("-ал", "-ял", "-ил", "-ел", "-ыл", "-ул"), or "-ла/-ло/-ли" after the
#: consonant of a stem that has no vowel there ("могла", "шли", "внесли", "умерли"). Nouns end so too,
#: and a rule keeps the ones that no verb can be: a masculine "-л" after a consonant ("смысл"); "-ал"
#: after "и е у о" ("потенциал", "материал", "идеал", "ритуал": no verb ends in "-иать", "-еать",
#: "-уать"); "-ол", "-ола", "-оли" save "-олол", "-орол" ("посол", "протокол", "роли", "школа"; the verbs are "колол",
#: "полол", "боролся"); "-ли/-ла" after other consonants ("торговли", "земли", "корабли"). The common
#: nouns no rule tells from verbs are in :data:`_PAST_LOOKALIKES`, by their stem: "канал" also stands
#: for "канала", "дел" for "дело", "дела".
_RU_PAST = re.compile(r"([а-яё]*?)([а-яё])(л)([аио]?)")
_PAST_LOOKALIKES = frozenset("""канал сигнал финал журнал генерал капитал скандал арсенал персонал трибунал терминал
оригинал интервал вокзал зал бал накал минимал радикал предел раздел отдел передел удел дел тел прицел пробел
расстрел сил цел детал недел модел представител фестивал прибыл мысл числ смысл посл угл масл стекл весл
окол мал""".split())
#: Whole words that are a past form and a noun, the noun far the more usual in a readout ("начало
#: переговоров", "жители села"): no verb. "стали" ("became", and "of steel") stays a verb.
_PAST_HOMOGRAPHS = frozenset("начало села село".split())


def _ru_past(term: str) -> bool:
    """Whether a Russian word ending in "-л", "-ла", "-ло" or "-ли" may be a verb's past form
    (see :data:`_RU_PAST`).

    >>> _ru_past("заявил"), _ru_past("подчеркнули"), _ru_past("могли"), _ru_past("посол"), _ru_past("потенциала")
    (True, True, True, False, False)
    """
    m = _RU_PAST.fullmatch(term)
    if m is None or len(term) < 3:
        return False
    head, last, ending = m.group(1), m.group(2), m.group(4)
    stem = term[:-1] if ending else term
    if stem in _PAST_LOOKALIKES or term in _PAST_HOMOGRAPHS:
        return False
    if last not in "аяеёиыоуэю":
        return bool(ending) and last in "гкшсзрб"  # "могла", "шли", "несли", "умерли", "гребли"
    if last == "а" and head and head[-1] in "иеуоэ":  # "потенциал", "идеал", "ритуал"
        return False
    if last == "о":  # "посол", "протокол", "роли": verbs only "колол", "полол", "боролся"
        return head.endswith(("ол", "ор"))
    return True


#: English adverbs ("-ly": "highly", "roughly", "closely", "peacefully") say how, never what about: they weigh
#: as general words (:data:`_GENERIC`), so name no topic ('invasion / roughly', 'contribute / peacefully').
#: The nouns in "-ly" are in :data:`_NOT_ADVERBS`, and weigh as nouns ("supply", "assembly", "family").
_EN_ADVERB = re.compile(r"[a-z]{2,}ly")
_NOT_ADVERBS = frozenset("""supply supplies assembly family ally italy rally monopoly anomaly reply apply comply
multiply july jelly belly bully folly holly lily homily butterfly firefly panoply oligopoly""".split())


#: English comparatives ("harder", "closer", "broader"): they say how much, as the general "good", "great" and
#: "close" do, not what about ('harder / stable' of "The harder the times, ... the more important it is to keep the
#: overall relationship stable" named a topic), so weigh as
#: general words. A list, not the ending: "-er" ends "border", "order", "member", "partner", "power".
_COMPARATIVES = frozenset("""harder better worse greater stronger deeper broader wider larger bigger smaller higher
lower closer faster quicker slower easier tougher clearer firmer fewer shorter newer older safer fairer richer
poorer weaker tighter heavier lighter further farther sooner""".split())
#: English irregular past participles (and the past forms they share), which no "-ed" shows: weigh as the
#: regular ones do, verb forms (0.5) that name a topic only where no noun does ('concrete / written' of
#: "concrete written comments"). "wound" (a noun), "read" and "met" are left out; the irregular forms that
#: say only that something was done ("taken", "sent", "kept") are general already (:data:`_GENERIC`).
_IRREGULAR_PARTICIPLES = frozenset("""written known shown seen done made held told chosen spoken driven broken
frozen stolen beaten forgotten forgiven hidden risen shaken sworn torn worn undertaken overtaken withdrawn grown
thrown flown blown begun struck stuck hung won bought taught lent led fed fled said sold found bound understood
withstood upheld withheld overseen foreseen mistaken arisen""".split())
#: Russian short participles and short adjectives ("вынуждена", "выполнены", "подчеркнуто", "достигнуты",
#: "приняты", "готова"), the predicates of "Россия вынуждена ...", "договоренности выполнены": what a side
#: did or felt, not what about; they named topics as the long forms (:data:`_RU_ADJECTIVE`) and the "-щий"
#: participles (:data:`_VERB_FORM`) no longer do, and weigh as verb forms. By the letter before the ending,
#: so that nouns are none: "-ен-" after a consonant of a participle's stem, not "м", "ц", "р", "т", "в"
#: ("обмена", "цены", "стены"; "члены" is left out by name), "-ан-" after "з", "д", "с" or "ов" ("сказано",
#: "передана", "подписано", "согласована"; not "страны", "Пакистана"), "-нут-" after "г", "к" ("достигнуты",
#: not "минуты"), "-ят-" after "н", "з" ("приняты", "взята"). The short adjectives of will and ability
#: ("готова", "должна", "намерены", "согласен") are general, as "ready" is (:data:`_GENERIC`).
_RU_SHORT_PARTICIPLE = re.compile(r"[а-яё]{2,}(?:[бдглнзсжшщчо]ен[аоы]|(?:[здс]|ов)ан[аоы]|[гк]нут[аоы]?|[нз]ят[аоы])")
_RU_SHORT_GENERAL = re.compile(r"готов[аоы]?|долж(?:ен|н[аоы])|соглас(?:ен|н[аы])|намерен[аоы]?|уверен[аоы]?|способ(?:ен|н[аоы])"
                               r"|рад[аы]?")
_NOT_SHORT = frozenset("члена члены члено".split())


#: A Chinese pair of numerals, the ordinal 第 and counters alone ("第三", "第五", "二十", "届三" of
#: "二十届三中全会", "四个" of "四个应该"): it says which or how many, not what about, as "fourth", "five" and
#: the Russian numerals do (:data:`_GENERIC`, where "第一" and "第二" stood alone): '第三 / 良性', '第五 / 树立'
#: and '二十 / 届三' named topics.
_HAN_COUNT = re.compile(r"[第〇零一二三四五六七八九十百千万亿两几届个次轮项条点]{2}")


def _name_weight(term: str, stands: frozenset[str]) -> float:
    if stands:  # a concept ("security guarantees") or a word that stands for one
        return 1.0
    if term in _GENERIC or _RU_GENERIC.fullmatch(term) or _EN_ADVERB.fullmatch(term) and term not in _NOT_ADVERBS \
            or term in _COMPARATIVES or _RU_SHORT_GENERAL.fullmatch(term) or _HAN_COUNT.fullmatch(term):
        return 0.3
    verb = bool(_VERB_FORM.fullmatch(term)) and term not in _NOT_VERBS | _NOT_ADVERBS or _ru_past(term) \
        or term in _IRREGULAR_PARTICIPLES or bool(_RU_SHORT_PARTICIPLE.fullmatch(term)) and term not in _NOT_SHORT
    if verb:
        return 0.5
    adjective = _RU_ADJECTIVE.fullmatch(term) or _EN_ADJECTIVE.fullmatch(term)
    return 0.7 if adjective and term not in _NOT_ADJECTIVES else 1.0


#: The words before an English verb's bare form: the infinitive's "to" and the modals ("agreed to open",
#: "will consider", "should not preserve").
_VERB_HEADS = frozenset("to will would should shall must can could may might cannot not".split())
#: Noun endings: a word with one is no bare verb after "to" ("contribute to development", "committed to dialogue").
_NOUN_ENDING = re.compile(r"[a-z]+(?:ment|tion|sion|ity|ness|ance|ence|ship|ism|ogue|[^s]s)")


#: The copulas before a predicative adjective ("are open and transparent", "stay calm"), with the words of degree
#: that may stand between.
_COPULAS = frozenset("is are was were be been being remain remains remained stay stays stayed".split())
_DEGREE = frozenset("very more most so too quite fully always still also not".split())


def _predicative(term: str, texts: Sequence[str]) -> bool:
    """Whether an English word stands in ``texts`` only as a predicative adjective: each time in lower case
    after a copula (:data:`_COPULAS`), a word of degree or two between, or after "and" or a comma that joins
    it to one ("its policies are open and transparent and its intentions are aboveboard" named the topic
    'transparent / aboveboard').

    >>> _predicative("aboveboard", ["its intentions are aboveboard"]), _predicative("open", ["are open and transparent"])
    (True, True)
    >>> _predicative("transparent", ["are open and transparent", "a transparent process"])
    False
    """
    if not re.fullmatch(r"[a-z]+", term):
        return False
    seen = False
    for x in texts:
        for m in _word_hits(term, x):
            before = [b.lower() for b in re.findall(r"[^\W\d_]+|[,;]", x[:m.start()])[-5:]]
            if m.group() != term:
                return False
            k = len(before) - 1
            while k >= 0 and (before[k] in _DEGREE or before[k] in {"and", ","} and k > 0
                              and before[k - 1] not in {"and", ","} | _COPULAS):
                k -= 2 if before[k] in {"and", ","} else 1
            if k < 0 or before[k] not in _COPULAS:
                return False
            seen = True
    return seen



def _verb_in(term: str, texts: Sequence[str]) -> bool:
    """Whether an English word stands in ``texts`` only as a verb's bare form: each time in lower case,
    right after "to" or a modal (:data:`_VERB_HEADS`), or after "and" that follows one ("to consider and
    settle"); a word with a noun's ending (:data:`_NOUN_ENDING`) never does. 'open / manage' ("agreed to
    open", "to manage differences") and 'consider / settle' named topics with no word of what about.

    >>> _verb_in("open", ["They agreed to open negotiations."]), _verb_in("open", ["An open door, to open it."])
    (True, False)
    >>> _verb_in("development", ["They contribute to development."])
    False
    """
    if not re.fullmatch(r"[a-z]+", term) or _NOUN_ENDING.fullmatch(term):
        return False
    seen = False
    for x in texts:
        for m in _word_hits(term, x):
            before = re.findall(r"[^\W\d_]+|[,;]", x[:m.start()])[-3:]
            if m.group() != term or not before:
                return False
            if before[-1].lower() not in _VERB_HEADS and not (
                    len(before) == 3 and before[-1].lower() == "and" and before[-3].lower() in _VERB_HEADS):
                return False
            seen = True
    return seen


#: The English verbs that take an object and a word that says what state it is kept in ("keep lines of
#: communication open", "keep the relationship stable", "make the region safe").
_COMPLEMENT_VERBS = frozenset("keep keeps kept keeping leave leaves left leaving make makes made making".split())
#: The words that say such a state and have no adjective's ending (:func:`_name_weight` reads those as adjectives).
_STATE_WORDS = frozenset("open closed stable steady alive intact calm safe secure free clear informed unchanged "
                         "apart together".split())
#: A word or a mark of punctuation.
_TOKEN = re.compile(r"[^\W\d_]+|[^\w\s]")
#: What may follow such a complement: the end of the clause.
_CLAUSE_END = re.compile(r"\s*(?:$|[.,;:!?)]|(?:and|or|to|for|at|in|as|while|so|is|are|was|were|will|would|remains?|ha[sd]|have)(?![^\W\d_]))")


def _complement(term: str, texts: Sequence[str]) -> bool:
    """Whether an English word of a state (:data:`_STATE_WORDS`, or an adjective) stands in ``texts`` only as the
    complement of :data:`_COMPLEMENT_VERBS`: each time in lower case at the end of a clause, with such a verb at
    most four words before it and no punctuation between ("keep lines of communication open and ..."). It says
    what was done with the object, as a verb does: 'communication open' named a topic as one term.

    >>> _complement("open", ["They agreed on keeping lines of communication open."]), _complement("open", ["an open door"])
    (True, False)
    """
    if not re.fullmatch(r"[a-z]+", term) or term not in _STATE_WORDS and _name_weight(term, frozenset()) != 0.7:
        return False
    seen = False
    for x in texts:
        hits = _word_hits(term, x)
        if not hits:
            continue  # a point of the topic without the word says nothing of how the word stands
        runs = _letter_runs(x)
        if not any(v in runs for v in _COMPLEMENT_VERBS):
            return False
        for m in hits:
            before = _TOKEN.findall(x, max(0, m.start() - 80), m.start())[-5:]
            if m.group() != term or not _CLAUSE_END.match(x, m.end()) or not any(
                    b.lower() in _COMPLEMENT_VERBS and all(c[:1].isalpha() for c in before[k + 1:])
                    for k, b in enumerate(before[:-1])):
                return False
            seen = True
    return seen


def _after_article(term: str, texts: Sequence[str]) -> bool:
    """Whether an English word stands in ``texts`` right after an article or a demonstrative (:data:`_ARTICLES`),
    as a noun does: "that meeting" is the topic of a meeting, which its "-ing" reads as a verb form.

    >>> _after_article("meeting", ["Once that meeting has happened, ..."]), _after_article("meeting", ["meeting him"])
    (True, False)
    """
    for x in texts:
        for m in _word_hits(term, x):
            prev = _LETTER_RUN.findall(x, max(0, m.start() - 12), m.start())[-1:]
            if prev and prev[0].lower() in _ARTICLES:
                return True
    return False


def _topic_name(members: Sequence[int], terms: Sequence[dict[str, frozenset[str]]], in_call: Counter[str],
                texts: Sequence[str] = (), own: Sequence[int] | None = None,
                entities: Sequence[Sequence[str]] = ()) -> str:
    """A topic's two most telling terms: those in most of its points, weighted by the share of
    the term's points in the call that lie in this topic (a word every point uses, such as a
    party's name, names no topic) and by the word's own weight (:data:`_GENERIC`: a general word
    never names a topic, a verb form only where nothing better does). Ties go to the term met first;
    a term whose concept is already
    named ("Ukrainian" after "Ukraine"), a word of a name already chosen ("security" after
    "security guarantees"), or a Chinese character pair that overlaps one ("家安" after "国家"),
    is skipped. A general word (:data:`_GENERIC`, weight 0.3) is never one of them; a name of verb forms and
    adjectives alone ('expects / solve', 'substantive / constructive') is none either; an adjective, adverb or
    verb form of a concept two of the topic's points or more name is that concept's label ('peacefully': peace
    settlement). A topic with no
    other term is named by a quote of its point that shares most of the topic's terms, from the term on whose
    words hold most of their weight (:func:`_quote`: 'nobody should take matters into their …', not 'nobody / take'); one with
    no term at all (its points hold only names, speech acts and dates) by the opening words of its
    first point ("President Biden talked today …").
    ``own``: the points whose terms may name it (one readout's, :func:`_side_names`), counted
    with the rest of ``members``; ties go to their term met first. ``entities``: each point's named
    entities (the cues'); a name that always stands inside one of its points' entities is that entity,
    whole ("south" and "china" named 'South China' where the points say "the South China Sea"). Two
    words chosen that the points write side by side in lower case, in most of the points that use either
    (:func:`_collocation`), are one part, as written ("human rights", "national security", "rules-based";
    not 'human / rights', 'security / national'), and the next term is the second."""
    own = list(members) if own is None else list(own)
    counts: Counter[str] = Counter()
    stands: dict[str, frozenset[str]] = {}
    for i in [*own, *(i for i in members if i not in own)]:
        for t, cs in terms[i].items():
            if i in members:
                counts[t] += 1
            stands.setdefault(t, cs)
    allowed = {t for i in own for t in terms[i]}
    counts = Counter({t: k for t, k in counts.items() if t in allowed})
    order = {t: k for k, t in enumerate(stands)}
    mine = [texts[i] for i in own] if texts else []  # the topic's points that name it
    adjacent: set[tuple[str, str]] | None = None  # the words that stand side by side in them, once needed

    def spelled(t: str) -> set[str]:
        # the lower-case words of the topic's points that a concept term stands on: "artificial" of
        # "artificial intelligence" for AI (not a name inside a form: "Normandy" of "Normandy format")
        return {w.lower() for x in mine for c in stands[t] for w in concept_words(x).get(c, ()) if w.islower()}

    verbs = {t for t in counts if not stands[t] and mine and _verb_in(t, mine)}
    predicative = {t for t in counts if not stands[t] and mine and t not in verbs and _predicative(t, mine)}
    # a word that says what state a verb keeps its object in ("keep lines of communication open") weighs as the
    # verb's own words do ('communication open', 'channels of communication / open' named topics)
    complements = {t for t in counts if not stands[t] and mine and t not in verbs and _complement(t, mine)}

    def weight(t: str) -> float:  # a word the points use only as a verb ("agreed to open") weighs as a verb form,
        # one they use only after "is", "are" ("are aboveboard") as an adjective
        w = _name_weight(t, stands.get(t, frozenset()))
        return min(w, 0.5) if t in verbs or t in complements else min(w, 0.7) if t in predicative else w

    def topical(t: str) -> bool:  # a word of what the topic is about: a noun, a name, a concept label
        # (an adjective or verb form that stands for a concept, "global", is none: 'global / critical'; a
        # general noun that does, "контакты", is a noun)
        return t not in stands or weight(t) >= 1.0 and (not _WEAK < _name_weight(t, frozenset()) < 1.0
                                                        or t.endswith("ing") and _after_article(t, mine))

    def written(t: str) -> bool:  # a word of a topic the points write, or the label of a concept whose nouns they do
        if not topical(t):
            return False
        if len(stands[t]) != 1 or t != concept_label(next(iter(stands[t]))):
            return True
        return any(topical(u) for u in counts if u != t and stands[u] == stands[t])

    ranked = sorted(counts, key=lambda t: (-counts[t] * counts[t] / in_call[t] * weight(t), order[t]))
    # Where the best-ranked two are no word of a topic (a rare adjective or verb form outranks a noun that
    # more of the call's points use: 'trilateral / happened' over "meeting", 'violent / strongest' over
    # "clash"), the words of a topic go first, and the name is theirs ('trilateral meeting', 'protest / clash')
    # rather than a quote; a quote names the topic only where no word of a topic stands in its points.
    # (the words as the points write them before a concept's label, which joins no word beside it: 'reciprocal
    # visit', not 'visits and meetings / reciprocal'; and a word of no topic only where it makes one term with the
    # first: not 'global and regional issues / critical')
    for second in (False, True):
        order_ = ranked if not second else sorted(ranked, key=lambda t: (not topical(t), t == concept_label(
            next(iter(stands[t]))) if len(stands[t]) == 1 else False))
        best: list[str] = []
        named: set[str] = set()
        said: set[str] = set()  # the words of the names chosen so far ("security" after "security guarantees")
        alone: set[str] = set()  # the names of one word chosen so far (not "china" of "South China Sea")
        plain: list[bool] = []  # whether each name chosen is one word of the topic's points, as they write it (or two)

        for t in order_:
            if stands[t] & named or t in said or any(_han_overlap(t, b) for b in best):
                continue
            if any(min(len(w), len(t)) >= 5 and (w.startswith(t) or t.startswith(w)) for w in said):
                continue  # a form of a word already said ("mutuals / mutual"; not "communication / community")
            if stands[t] and any(min(len(w), len(x)) >= 4 and (w.startswith(x) or x.startswith(w))
                                 for w in alone for x in {*re.split(r"[\s-]+", t.lower()), *spelled(t)}):
                # a concept whose label or match holds a word named alone before: 'relations / bilateral relations'
                continue
            if second and not written(t) and not (len(best) == 1 and plain[0] and _collocation(best[0], t, mine)):
                # (nor a concept's label where the points write none of its nouns: "Critical bilateral and global
                # questions" holds the adjective "global" alone, no 'global and regional issues')
                continue
            if weight(t) <= _WEAK:
                # a general word names no topic, first or second: "Korean Peninsula / important" says it
                # no better than the one name, and alone ('highly', 'nobody / take', 'issues') it told a
                # reader nothing of what the topic was; where no other term names it, a quote does
                continue
            label = next((u for u in counts if stands[u] == stands[t] and u == concept_label(next(iter(stands[u])))
                          and u != t and u not in said), None) if len(stands[t]) == 1 else None
            if label is not None and counts[label] >= 2 and _name_weight(t, frozenset()) < 1.0 and not t.endswith("ing") \
                    and t not in _GENERIC and not _RU_GENERIC.fullmatch(t) and (not texts or _as_written(t, mine) == t):
                # an adjective, adverb or verb form that stands for a concept the topic's points name ("settled
                # peacefully", "мирным", "implemented") is named by the concept's label, a noun a reader knows
                # ('contribute / peacefully'); a noun keeps its own words, which say more than the label ("tariffs",
                # not 'trade and the economy'), and so do a general word ("переговоры" of the call itself is no
                # peace settlement), an "-ing" form ("fighting" the pandemic is no war) and a name ("Минский")
                t = label
            # a word of a name with another word that always stands beside it ("Buenos / Aires", "dinner /
            # Buenos" named topics): the name, whole
            name = t
            if texts:
                if adjacent is None:
                    adjacent = _adjacent_words(mine)
                for _ in range(2):  # "Director John Ratcliffe": three words at most
                    name = next((n for u in counts if u not in name.split() and u not in said and not stands[u] & named
                                 and _side_by_side(name, u, adjacent) for n in (_one_name(name, u, mine),) if n), name)
                if entities and (whole := _whole_entity(name, mine, [e for i in own for e in entities[i]])):
                    named |= concepts(whole)
                    said |= set(re.split(r"[\s-]+", whole.lower()))
                    # a name chosen before that is part of the entity ("Taiwan" of "Taiwan Strait") is the entity
                    part = next((k for k, b in enumerate(best) if _word_pattern(b).search(whole)), None)
                    if part is not None:
                        best[part] = whole
                        named |= stands[t]
                        continue
                    name = whole
            best.append(name)
            named |= stands[t] | (concepts(name) if name != t else frozenset())  # "South China Sea": not again by its concept
            said |= set(re.split(r"[\s-]+", name.lower()))  # "people-to-people": "people", so not "... / peoples"
            said |= spelled(t) if name == t else set()  # 'AI / artificial' said AI twice
            if " " not in name:
                alone.add(name.lower())
            # (a word that stands for a concept is one too where it is written as it is: "climate" of "climate change")
            plain.append(bool(texts) and name == t and " " not in t)
            if len(best) == 2 and all(plain) and max(weight(b) for b in best) >= 1.0 \
                    and (best[0].isascii() or min(weight(b) for b in best) > 0.5) \
                    and (joined := _collocation(best[0], best[1], mine)):
                # (a Russian verb beside its object is a phrase, no term: 'контакты / продолжить' is no "продолжить
                # контакты", which read "continue contacts")
                # the two words of one term, which the points write side by side ("human rights", "arms control",
                # "national security", "rules-based"): one part of the name, not two ('human / rights', 'security /
                # national'), and the second part is the next term's
                best, plain = [joined], [" " in joined and len(joined.split()) < 3]  # three words at most: "altitude
                continue  # surveillance balloon", where the points say so
            if len(best) == 2:
                break
        if not texts or any(topical(t) for t in best) and (not second or len(best) == 2 or " " in best[0]):
            break  # (one word found only so, 'relations', tells less than the quote that holds it: "on stabilising
            # and developing China-US relations")
        # no word of a topic in the name, only verbs and words of how ('expects / solve', 'reasonable /
        # acceptable', 'получилась'): a reader cannot tell the topic from it; the point's words can
        best = []
    if texts:  # a name as the readouts write it: "TikTok / approval", not "tiktok / approval"
        best = [_short_head(_as_written(t, mine), mine) for t in best]
    if best or not (texts and own):
        return " / ".join(best) or "misc"
    central = max(own, key=lambda i: (sum(counts.get(t, 0) for t in terms[i]), -own.index(i)))
    return _quote(texts[central], terms[central])


def _topic_entities(cues: Sequence[PointCues]) -> list[tuple[str, ...]]:
    """Each point's named entities of several words, which a topic name inside one becomes
    (:func:`_whole_entity`); where words made from names are written in lower case (Russian), a
    capitalised adjective's with the lower-case noun it qualifies, as the details quote it
    (:func:`name_evidence_end`: "Вооруженные силы", "Минский комплекс"; not 'Минский / комплекс')."""
    out = []
    for pc in cues:
        lower = lexicon(pc.language, warn=False).lower_adjectives
        names = (pc.text[e.start:name_evidence_end(pc, e)] if lower else e.text for e in pc.entities)
        out.append(tuple(x for x in names if " " in x.strip()))
    return out


def _whole_entity(name: str, texts: Sequence[str], entities: Sequence[str]) -> str | None:
    """The named entity (one of ``entities``, as written) that a topic name always stands inside, in each
    of ``texts``, where it is a part of one: "South China" in "the South China Sea", "Strait" in "the
    Taiwan Strait"; else None. A name that also stands alone ("Taiwan" beside "the Taiwan Strait")
    keeps its own words, and so does one inside a name of over four words (the whole of "Working
    Mechanism for Consultation and Coordination on India-China Border Affairs (WMCC)" is no topic's name).

    >>> _whole_entity("south china", ["on the South China Sea."], ["South China Sea"])
    'South China Sea'
    >>> _whole_entity("taiwan", ["the Taiwan Strait and Taiwan."], ["Taiwan Strait"]) is None
    True
    """
    pat = _word_pattern(name)
    for entity in dict.fromkeys(entities):
        if len(entity) <= len(name) or len(entity.split()) > 4 or not pat.search(entity):
            continue
        whole = _word_pattern(entity)
        hits = 0
        inside = []
        for x in texts:
            spans = [m.span() for m in whole.finditer(x)]
            for m in pat.finditer(x):
                hits += 1
                if not any(a <= m.start() and m.end() <= b for a, b in spans):
                    break
            else:
                inside += [x[a:b] for a, b in spans]
                continue
            break
        else:
            if hits and inside:
                return inside[0]
    return None


def _adjacent_words(texts: Sequence[str]) -> set[tuple[str, str]]:
    """Each pair of neighbouring words of ``texts`` (lower case) as :func:`_one_name` can find them: the
    end of a whitespace-separated token after any non-word character in it, with the start of the next
    token up to any non-word character ("(buenos aires," gives ("buenos", "aires")). A cheap test before
    :func:`_one_name`'s regular expressions: trying every pair of a topic's terms with them compiled two
    patterns a pair and made the coverage flags four times as slow as the rest of a comparison."""
    out: set[tuple[str, str]] = set()
    for x in texts:
        toks = x.lower().split()
        for p, q in zip(toks, toks[1:]):
            ends = [p] + [p[i + 1:] for i, ch in enumerate(p) if not (ch.isalnum() or ch == "_")]
            starts = [q] + [q[:j] for j, ch in enumerate(q) if not (ch.isalnum() or ch == "_")]
            out.update((e, s) for e in ends for s in starts)
    return out


def _collocation(b: str, t: str, texts: Sequence[str]) -> str | None:
    """The term two topic words make where the points write them side by side, in lower case, in one order,
    with a space or a hyphen ("human" and "rights": "human rights"; "security" and "national": "national
    security"; "rules" and "based": "rules-based"), in most of the points that use either: in over half of
    the points with ``b``, and in over half of those with ``t``; else None. Written in capitals (a name:
    "Taiwan Strait" where "Taiwan" stands alone too) they are :func:`_one_name`'s, which joins them only where
    they always stand together. No Han characters (Chinese writes no spaces between words).

    >>> _collocation("rights", "human", ["They discussed human rights.", "Human rights in Xinjiang.", "rights"])
    'human rights'
    >>> _collocation("based", "rules", ["the rules-based order", "a rules-based system"])
    'rules-based'
    >>> _collocation("security", "national", ["national security", "security in Europe", "security of all"]) is None
    True
    """
    if b.isascii() != t.isascii() or " / " in b or _HAN.search(b) or _HAN.search(t):
        return None
    with_b = {k for k, x in enumerate(texts) if _word_pattern(b).search(x)}
    with_t = {k for k, x in enumerate(texts) if _word_pattern(t).search(x)}
    best: tuple[int, str] | None = None
    for first, second in ((b, t), (t, b)):
        pair = _whole_word(r"[\s-]+".join(map(re.escape, first.split())) + r"(\s+|-)"
                           + r"[\s-]+".join(map(re.escape, second.split())), r"(?![^\W\d_])", True)
        hits = [(k, x, m) for k, x in enumerate(texts) for m in pair.finditer(x)]
        if not hits or any(w[:1].isupper() for _, _, m in hits for w in re.split(r"[\s-]+", m.group())[1:]) \
                or any(m.group()[:1].isupper() and not _SENTENCE_HEAD.search(x, 0, m.start()) for _, x, m in hits):
            continue  # no pair, or one a name's capitals write ("Taiwan Strait")
        points = {k for k, _, _ in hits}
        if 2 * len(points & with_b) <= len(with_b) or 2 * len(points & with_t) <= len(with_t):
            continue
        hyphen = sum(m.group(1) == "-" for _, _, m in hits) * 2 > len(hits)
        joined = f"{first}-{second}" if hyphen and " " not in first + second else f"{first} {second}"
        if best is None or len(points) > best[0]:
            best = (len(points), joined)
    return best[1] if best else None


def _side_by_side(b: str, t: str, adjacent: set[tuple[str, str]]) -> bool:
    """Whether ``b`` and ``t`` may stand side by side in either order (:func:`_adjacent_words`): what
    :func:`_one_name` needs before it can find a name in them."""
    bw, tw = b.lower().split(), t.lower().split()
    return bool(bw and tw) and ((bw[-1], tw[0]) in adjacent or (tw[-1], bw[0]) in adjacent)


@lru_cache(maxsize=4096)
def _word_pattern(words: str) -> "_WordPattern":
    """``words`` (one or more, split at spaces) as a whole-word pattern, any case, any white space between
    them; made once per term. A Han character next to a Latin or Cyrillic word is no part of it: Chinese
    writes "在TikTok问题上" with no space, and the topic was named 'tiktok', as the pattern found no
    "TikTok" to write it as.

    >>> bool(_word_pattern("tiktok").search("中方在TikTok问题上的立场")), bool(_word_pattern("tik").search("TikTok"))
    (True, False)
    """
    return _WordPattern(words)


class _WordPattern:
    """A whole-word pattern of :func:`_word_pattern`, with the ``search``, ``finditer`` and ``findall`` of
    a compiled one. The word boundaries are checked on the characters around each match, not by
    look-arounds in the pattern: a look-around with the Han range (``(?<![^\\W\\u4e00-\\u9fff])``) cost
    ~3 ms to compile under IGNORECASE, once for each of a corpus's thousands of topic terms, and made
    `readouts evaluate` of the 133 corpus pairs 9 s slower (the fifty-fourth round's benchmarks)."""

    __slots__ = ("_core", "_han_head", "_han_tail")

    def __init__(self, words: str) -> None:
        parts = words.split() or [""]
        self._core = re.compile(r"\s+".join(map(re.escape, parts)), re.IGNORECASE)
        # a Han word's edge is a whole word's wherever no word character stands beside it; a Latin or
        # Cyrillic word's wherever none but a Han character does
        self._han_head = bool(_HAN.match(parts[0]))
        self._han_tail = bool(_HAN.match(parts[-1][-1:]))

    def _whole(self, text: str, start: int, end: int) -> bool:
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        return not (_is_word(before) and (self._han_head or not _HAN.match(before))) \
            and not (_is_word(after) and (self._han_tail or not _HAN.match(after)))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pos = 0
        while pos <= len(text) and (m := self._core.search(text, pos)) is not None:
            if self._whole(text, m.start(), m.end()):
                yield m
                pos = m.end() if m.end() > m.start() else m.start() + 1
            else:
                pos = m.start() + 1  # a whole word may start inside a match that is none
        return

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)

    def findall(self, text: str) -> list[str]:
        return [m.group() for m in self.finditer(text)]


def _is_word(ch: str) -> bool:
    """Whether ``ch`` is a character ``\\w`` matches (a letter, a digit of any script, "_")."""
    return ch.isalnum() or ch == "_"


def _one_name(b: str, t: str, texts: Sequence[str]) -> str | None:
    """The name two topic terms make where they stand side by side, capitalised, wherever either
    stands ("buenos" and "aires": "buenos aires", written "Buenos Aires"; not "taiwan" and "strait"
    where "Taiwan" stands alone too); else None."""
    if b.isascii() != t.isascii() or " / " in b:
        return None
    for first, second in ((b, t), (t, b)):
        pair = _word_pattern(f"{first} {second}")
        hits = [m.group() for x in texts for m in pair.finditer(x)]
        if hits and all(len(hits) == sum(len(_word_pattern(w).findall(x)) for x in texts) for w in (b, t)) \
                and all(w[:1].isupper() for h in hits for w in h.split()):
            return f"{first} {second}"
    return None


#: Where a sentence or a quotation starts, before a word: its capital says nothing of the word. A hyphen
#: is a dash there only with a space before it: one joined to a word joins a name ("Эр-Рияде", "Indo-Pacific"),
#: whose capital after it is the name's ('пребывания / рияде' named a topic so).
_SENTENCE_HEAD = re.compile(r"(?:^|[.!?:;«\"“‘'(\[—–]|(?<!\S)-)\s*$")


def _as_written(term: str, texts: Sequence[str]) -> str:
    """A topic term (lower case) as its points write it where they always capitalise it inside a
    sentence ("TikTok", "Taiwan", "Director"); else as it is.

    >>> _as_written("tiktok", ["Trump welcomed the TikTok deal."]), _as_written("deal", ["Deal done. The deal holds."])
    ('TikTok', 'deal')
    >>> _as_written("second thomas shoal", ["On Ren'ai Jiao (Second Thomas Shoal), he said ..."]), _as_written("deal done", ["Deal done."])
    ('Second Thomas Shoal', 'deal done')
    >>> _as_written("рияде", ["В ходе пребывания в Эр-Рияде министр провёл встречи."]), _as_written("deal", ["Talks - Deal"])
    ('Рияде', 'deal')
    """
    pat = _word_pattern(term)
    # a name of several words is inside a sentence from its second word on, whatever stands before it:
    # where those words are capitalised, "(Second Thomas Shoal)" is written so, not 'second thomas shoal'
    inside = [m.group() for t in texts for m in pat.finditer(t)
              if not _SENTENCE_HEAD.search(t, 0, m.start())
              or len(words := m.group().split()) > 1 and all(w[:1].isupper() for w in words[1:])]
    return inside[0] if inside and all(w[:1].isupper() for w in inside) else term


#: A capitalised word of under four letters (no topic term on its own, :data:`_WORD`) right before a
#: capitalised term: "San" of "San Francisco", "Abu" of "Abu Dhabi", "Sri" of "Sri Lanka".
_SHORT_HEAD = re.compile(r"(?<![\w-])(?<!\w['’])([A-Z][a-z]{1,2})[ \t]+$")


def _short_head(name: str, texts: Sequence[str]) -> str:
    """A capitalised topic name with the short capitalised word that stands before it wherever the
    topic's points write it ("San Francisco", which read 'Francisco / relationship'); not a word that
    opens a sentence there alone ("The Taiwan question ...").

    >>> _short_head("Francisco", ["the understandings reached in San Francisco", "the 'San Francisco vision'"])
    'San Francisco'
    >>> _short_head("Taiwan", ["The Taiwan question is China's internal affair."]), _short_head("Taiwan", ["On Taiwan, he said."])
    ('Taiwan', 'Taiwan')
    """
    if not name[:1].isupper() or " / " in name:
        return name
    heads, inside = set(), False
    for t in texts:
        for m in _word_pattern(name).finditer(t):
            if m.group() != name:
                return name
            head = _SHORT_HEAD.search(t, 0, m.start())
            if head is None:
                return name
            heads.add(head.group(1))
            inside |= not _SENTENCE_HEAD.search(t, 0, head.start())
    return f"{heads.pop()} {name}" if len(heads) == 1 and inside else name


def _opening(text: str, words: int = 4, chars: int = 10) -> str:
    """The first ``words`` words (or, in a run of Han characters, ``chars`` characters) of ``text``,
    with "…" where it goes on: a name for a topic with no term.

    >>> _opening("President Biden talked today with PRC President Xi Jinping."), _opening("双方就乌克兰局势交换了意见。")
    ('President Biden talked today …', '双方就乌克兰局势交换 …')
    >>> _opening("Talks held.")
    'Talks held'
    """
    text = " ".join(text.split())
    cut = text.split(" ")
    head = " ".join(cut[:words])
    if len(head) > chars and any("\u4e00" <= ch <= "\u9fff" for ch in head[:chars]):
        head = head[:chars]
    head = head.rstrip(" .,;:。，；：")
    return f"{head} …" if len(head) < len(text.rstrip(" .。")) else head


#: The weight (:func:`_name_weight`) at or under which a term never names a topic (:data:`_GENERIC`).
_WEAK = 0.3
#: The short words that may open a quote just before its first term: articles and prepositions ("the latest
#: developments", "On the whole"), not a pronoun ("He called it highly substantive" is no 'it highly ...').
_QUOTE_HEADS = frozenset("a an the of on in at to for by об о в во на по с со к за 在 对 就".split())


#: The words of an English verb group before its verb ("had gone", "did not think", "to solve").
_AUXILIARIES = frozenset("to not had has have having was were is are be been being will would shall should can could "
                         "may might must did does do also still".split())
#: The words that start a clause, after which its subject stands ("that the talks had gone on", "said he did not").
_CLAUSE_HEADS = frozenset("that whether if when because and but or while which who said says told added".split())


def _quote(text: str, terms: dict[str, frozenset[str]], words: int = 6, least: int = 4) -> str:
    """A quote that names a topic whose terms do not: the words of ``text`` from the term on whose ``words``
    words hold most of its terms' weight (a term of any weight: a word that is no actor, act, date or word
    of the call; a noun weighs more than a verb form or a general word), with
    the articles and prepositions just before it, and with as many words before it as make ``least``
    ("views on other issues", not 'issues'); ``words`` at most, "…" where it goes on; its opening words
    (:func:`_opening`) where no term stands in it.

    >>> _quote("The two leaders discussed the latest developments in Russia.", {"latest": frozenset(), "developments": frozenset()})
    'the latest developments in Russia'
    >>> _quote("It was stressed in the call that nobody should take matters into their own hands.", {"nobody": frozenset()})
    'nobody should take matters into their …'
    >>> _quote("The two sides also exchanged views on other issues.", {"issues": frozenset()})
    'views on other issues'
    >>> _quote("Talks held.", {})
    'Talks held'
    """
    found = [(m.start(), _name_weight(t, cs)) for t, cs in terms.items()
             if " / " not in t and (m := _word_pattern(t).search(text)) is not None]
    if not found or _HAN.match(text[min(found)[0]:]):
        return _opening(text)
    # from the term whose ``words`` hold the most of the point's content (the terms' weights), not from the
    # first term where a verb leads the point: 'solve many problems together, …', not 'expects the two of
    # them to …'; ties go to the first
    tokens = [m.start() for m in re.finditer(r"\S+", text)]

    def token(k: int) -> int:
        return max(j for j, t in enumerate(tokens) if t <= k)

    at = [(token(k), w) for k, w in found]
    start = tokens[min(at, key=lambda jw: (-sum(w for j, w in at if jw[0] <= j < jw[0] + words), jw[0]))[0]]
    before = list(re.finditer(r"\S+", text[:start]))
    after = len(text[start:].split())
    while before and (after < least or before[-1].group().lower() in _QUOTE_HEADS):
        start = before.pop().start()
        after += 1
    # a quote that starts inside a verb group ("gone" of "the talks had gone on", "to solve", "think" of "did not
    # think") starts at its subject, where the clause's start stands a few words before it ('the talks had gone on
    # longer …', 'he did not think Putin was …', not 'think Putin was looking to stop …', which lost the negation);
    # not at the verb's own words alone (no subject: "and was frank"), nor past a verb ("expects the two of them")
    first = text[start:].split(maxsplit=1)[0].lower() if text[start:].strip() else ""
    if before and (first == "to" or before[-1].group().lower() in _AUXILIARIES):
        k = len(before)
        while k and before[k - 1].group().lower() in _AUXILIARIES:
            k -= 1
        aux = k
        while k and aux - k < 4 and before[k - 1].group().lower() not in _CLAUSE_HEADS \
                and before[k - 1].group()[-1:] not in ",;:—–(":
            k -= 1
        if k < aux and (k == 0 or before[k - 1].group().lower() in _CLAUSE_HEADS or before[k - 1].group()[-1:] in ",;:—–("):
            start = before[k].start()
    return _opening(text[start:], words=words)


def _coverage(c: Comparison, ca: Cues, cb: Cues, sim: np.ndarray, threshold: float) -> list[Flag]:
    n = c.a.n
    labels = topics(sim, threshold)
    texts = c.a.texts + c.b.texts
    cues = list(ca) + list(cb)
    terms = [_terms(t, pc) for t, pc in zip(texts, cues)]
    entities = _topic_entities(cues)
    # The call's own parties, as any point of either readout names them as actors ("美方", "the Chinese
    # side"), name no topic in a point that names no actor either: "中美关系这艘大船" (the ship of China-US
    # relations) stands for the United States as well as bilateral relations, and named the topic
    # 'United States / 艘大' in a US-China call, where :func:`_terms` leaves out only a point's own actors.
    # (A longer name that holds a party's, "South China Sea", is a concept of its own, and stays.)
    parties = set().union(*(concepts(m.text) for pc in cues for m in pc.mentions if m.role != "third"))
    terms = [{t: cs for t, cs in ts.items() if not (cs and cs <= parties)} for ts in terms]
    shares = []
    leads = _lead_ins(c, ca, cb)
    for side, lo, hi, cc in (("a", 0, n, ca), ("b", n, len(texts), cb)):
        lead_in = lo + leads[side]
        body = list(range(lead_in, hi)) or list(range(lo, hi))
        total = sum(len(texts[i]) for i in body) or 1
        share: dict[int, float] = {}
        for i in body:
            share[int(labels[i])] = share.get(int(labels[i]), 0.0) + len(texts[i]) / total
        shares.append((side, lo, body, share))
    # Each side's flag names a topic in that side's own words: a topic both readouts share was named
    # once for the two, so a readout's flag named its topic in the other readout's words or language
    # ("US opens with 'San Francisco / relationship'" where the US readout says "Woodside", "CN opens with
    # 'China / altitude'" for "双方讨论了如何冷静、专业地处理个别意外事件").
    counted = set(shares[0][2]) | set(shares[1][2])
    in_call = Counter(t for ts in terms for t in ts)
    out = []
    other_body = {"a": shares[1][2], "b": shares[0][2]}
    side_names = {side: _side_names(labels, range(0, n) if side == "a" else range(n, len(texts)), counted, terms,
                                    in_call, texts, entities) for side in ("a", "b")}
    # the topics each readout's flag lists, its four largest
    listed = {side: {k for k, _ in sorted(share.items(), key=lambda kv: (-kv[1], kv[0]))[:4]}
              for side, _, _, share in shares}
    for side, lo, body, share in shares:
        names = side_names[side]
        their_names = side_names["b" if side == "a" else "a"]
        other_share = shares[1][3] if side == "a" else shares[0][3]
        lead = int(labels[body[0]])
        r = c.a if side == "a" else c.b
        o = c.b if side == "a" else c.a
        pts = tuple(i - lo for i in body if labels[i] == lead)
        top = sorted(share.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
        lead_text = texts[body[0]]
        # Two readouts of one name ("US" and "us", a readout against itself) would read "US: 55%" of the other.
        other = o.side if side_key(o.side) != side_key(r.side) else f"the other {o.side} readout"
        topic_list = ", ".join(f"'{names[k]}' {v:.0%}" for k, v in top)
        # The other readout names the same topic in its own words, and its flag lists it under that
        # name: "US opens with 'differences and concerns / peace settlement' (38% of its text; CN: 41%)"
        # beside CN's "'sovereignty and territorial integrity / consistent' 41%" read as two topics.
        # Only a name the other flag lists, in the same language: a name no list shows, or one in the
        # other readout's language ("CN: 22% under '外事'"), helps no reader find the figure.
        theirs = their_names.get(lead)
        as_named = (f" under '{theirs}'" if theirs and theirs != names[lead] and lead in listed[_other(side)]
                    and other_share.get(lead, 0.0) > 0 and not languages_differ(r, o) else "")
        if lead == int(labels[other_body[side][0]]) and _percents(share) == _percents(other_share):
            # The same opening and the same shares (two copies of one readout): the two sides' flags said
            # the same twice, each quoting the other's figure as news; say it is the same.
            explanation = (f"{r.side} opens with '{names[lead]}' ({share[lead]:.0%} of its text), as {other} does, "
                           f"and gives its topics the same shares of its text: {topic_list}.")
        else:
            explanation = (f"{r.side} opens with '{names[lead]}' ({share[lead]:.0%} of its text; "
                           f"{other}: {other_share.get(lead, 0.0):.0%}{as_named}); its topics: {topic_list}.")
        out.append(Flag(kind="coverage", side=side, points=pts,  # type: ignore[arg-type]
                        evidence=(_span(side, body[0] - lo, 0, len(lead_text), lead_text),),  # type: ignore[arg-type]
                        explanation=explanation))
    return out


def _side_names(labels: np.ndarray, own: range, counted: set[int], terms: Sequence[dict[str, frozenset[str]]],
                in_call: Counter[str], texts: Sequence[str], entities: Sequence[Sequence[str]] = ()) -> dict[int, str]:
    """The names of one readout's topics (:func:`_topic_name`) in that readout's words: terms of its
    points (``own``) in the topic, counted over all the topic's points, both readouts' (a term both
    give is the topic's more than one alone gives). A topic is named by the points whose share of
    text the flags report (``counted``) where it has any: a readout's opening frame, which counts for
    no topic, named the topic of the other readout's "The call lasted 50 minutes." with its own words
    ('состоялся / проходивший', RU: 0%). A topic of frames alone keeps their words."""
    names = {}
    for k in sorted({int(labels[i]) for i in own}):
        members = [i for i in range(len(texts)) if labels[i] == k]
        mine = [i for i in members if i in own]
        names[k] = _topic_name([i for i in members if i in counted] or members, terms, in_call, texts,
                               [i for i in mine if i in counted] or mine, entities)
    return names


def _lead_ins(c: Comparison, ca: Cues, cb: Cues) -> dict[str, int]:
    """How many opening points of each readout frame the call or the meeting rather than report a topic.

    The opening "X spoke by phone with Y (at Z's request)" frames the call; it is no topic. Only
    the readout's leading frames are: a later point that names the call or a meeting ("Biden
    also talked with Putin about ransomware", "双方应利用……会晤机制") reports a topic of it.
    A statement that the call took place ("Trump said he had just finished a two-hour call with
    Putin": lexicon ``call_reports``) frames it too, whether or not the call words are the cues' own.
    So does an opening point linked only to the other readout's opening frames that reports nothing
    said beyond talk ("met", "exchanged views on relations", "обсуждались"; no act, or acts of
    strength 0): it reports what they report ("Austin met Dong Jun today in Singapore on the sidelines
    of the Shangri-La Dialogue" against "Dong Jun ... held talks with Austin" opened the US readout
    as the topic 'National / sidelines', with 9% of its text), or only thanks for what the other side did
    before it (:func:`_courtesy`: "Putin thanked Erdoğan for accepting his invitation to come to Russia"
    opened the RU readout as the topic 'support / friends'). A point that reports something said
    ("The two presidents congratulated each other on the 75th anniversary ...") stays a topic. An opening
    point of talk alone leads in too, whatever it is linked to, when it says only how the talk went and that it
    was about the relations or the issues in general (:func:`_talk_in_general`): two such tone sentences linked only to
    each other ("The two heads of state had a candid, in-depth and constructive exchange on China-US
    relations" against "... a candid and constructive discussion of bilateral, regional and global issues")
    each waited for the other to lead in, and opened their readouts as the topics of the points after them."""
    parties = set().union(*(concepts(m.text) for cc in (ca, cb) for pc in cc for m in pc.mentions if m.role != "third"))
    lead = {side: _frames_from(cc, 0) for side, cc in (("a", ca), ("b", cb))}
    grown = True
    while grown:
        grown = False
        for side, cc in (("a", ca), ("b", cb)):
            i = lead[side]
            link = c.link_of(side, i) if i < len(cc) else None
            if i < len(cc) and (all(x.strength == 0 or _courtesy(cc[i], x) for x in cc[i].acts) and (
                    link is not None and all(j < lead[_other(side)] for j in getattr(link, _other(side)))  # type: ignore[arg-type]
                    or _talk_in_general(cc[i], parties))
                    # a statement that only rates the talk ("He called it highly substantive and rather frank"):
                    # what it states is how the talk went, no topic
                    or all(x.strength <= 1 and not x.commits for x in cc[i].acts) and _rates_talk(cc[i], parties)):
                # the frames right after it lead in too ("The meeting was described as constructive")
                lead[side] = _frames_from(cc, i + 1)
                grown = True
    return lead


#: The concepts of the relations and the issues in general, and of the talk itself ("China-US relations",
#: "international and regional issues", "areas of cooperation and areas of difference", "issues of shared
#: concern", "communicated", "交流"): a point that names no other says what was talked about only as a
#: readout's opening does, no topic of its own (:func:`_talk_in_general`).
_GENERAL_CONCEPTS = frozenset({"bilateral relations", "global and regional issues", "cooperation",
                               "differences and concerns", "channels of communication"})
#: Words of the issues and the talk in general that no concept and no general word (:data:`_GENERIC`) covers,
#: in a point that has nothing else: "issues of interest to both", "issues that both care about", "an exchange of
#: views", "major global and regional issues", "issues that shape China-US relations", "what each side
#: prioritises and intends", "relations at present and for the period ahead", "characterised the exchange as
#: frank and direct" (a tone word the cues do not read), "положение дел" (the state of affairs), "共同关心的重要问题",
#: "彼此关注的问题".
_GENERAL_WORDS = frozenset("""interest interests care exchange exchanges subjects major shape shapes prioritises prioritizes
period ahead direct интерес интереса интересы интересов положение дел 问题 关心 彼此 共同 围绕""".split())


def _talk_in_general(pc: PointCues, parties: set[str] | frozenset[str]) -> bool:
    """Whether a point says only that the call's talk was had, how it went and that it was about the relations
    or the issues in general: its tone, or a concept of the relations or the issues in general
    (:data:`_GENERAL_CONCEPTS`), and no term of its own beyond those (:func:`_terms`, the call's ``parties``
    left out): each other word is general, a verb form or an adjective (:func:`_name_weight` below 1), or a
    word of the issues in general (:data:`_GENERAL_WORDS`); it names no entity. "The two heads of state had
    a candid, in-depth and constructive exchange on China-US relations" opened the CN readout as the topic
    'teams and officials / guidance', of the points after it; "He characterised the exchange as frank and
    direct" as 'exchange / direct'. A topic of its own keeps it a topic: "an exchange of views on the situation
    in Ukraine", "an in-depth discussion on ... the outstanding issues along the LAC", "discussed the latest
    developments in Russia" (no tone, nor the relations in general)."""
    if pc.entities:
        return False
    general = bool(pc.tone)
    for term, cs in _terms(pc.text, pc).items():
        cs = cs - parties
        if not cs and concepts(term) and concepts(term) <= parties:
            continue  # a party's own name ("China", "United States")
        if cs:
            if not {concept_label(x) for x in cs} <= _GENERAL_CONCEPTS:
                return False
            # the relations named by a point of neither tone nor act are what it states a view on, no talk
            # reported ("По его мнению, ... ситуацию ... в отношениях между Москвой и Вашингтоном ... необходимо
            # преодолевать", where its English twin's "understanding" kept it a topic)
            if not pc.tone and not pc.acts and "bilateral relations" in {concept_label(x) for x in cs}:
                return False
            general = True
        elif term in _GENERAL_WORDS:
            general = True
        elif _name_weight(term, frozenset()) >= 1.0:
            return False
    return general


#: The talk itself named inside a speech act's words ("called the call a very good one").
_TALK_NOUN = re.compile(r"(?<![^\W\d_])(?:call|talks?|conversation|meeting)(?![^\W\d_])", re.IGNORECASE)
#: The talk named right after a speech act that rates it, a demonstrative between at most ("охарактеризовал
#: встречу как", "назвал эту беседу", "称此次会晤"), or as the subject of what the act reports, told the press at
#: most before it ("told reporters that the talks had gone on longer than planned", "сообщил журналистам, что
#: переговоры продлились дольше").
_TALK_AFTER = re.compile(r"\s*(?:(?:to\s+)?(?:reporters|journalists|the\s+press|журналистам|прессе)(?![^\W\d_]))?"
                         r"(?:\s*,?\s*(?:that|что)(?![^\W\d_]))?"
                         r"\s*(?:(?:эт[аоуиы]\w*|this|the|their)\s+)?(?:встреч\w*|бесед\w*|разговор\w*|переговор\w*"
                         r"|call|talks?|conversation|meeting)(?![^\W\d_])|\s*(?:此次|这次|本次)?(?:会晤|会见|会谈|通话|对话)", re.IGNORECASE)


def _rates_talk(pc: PointCues, parties: set[str] | frozenset[str]) -> bool:
    """Whether a point only rates the talk: words of its tone (or a speech act that names the talk: "He called the
    call a very good one for both China and America"), and no concept nor noun of its own besides
    (:func:`_talk_in_general`, with not even the relations in general): "He called it highly substantive and
    rather frank, and on the whole very useful" opened the RU readout as a topic quoted from it, where "Blinken
    said the United States was looking for a more stable and predictable relationship" states a goal for the
    relations, a topic. Who rates it and the talk the rating act names are no topic either: "Treasury described
    the meeting as candid, constructive and comprehensive" opened the US readout as the topic 'comprehensive /
    visits and meetings' ("Treasury" a name, "the meeting" the concept of meetings)."""
    naming = next((x for x in pc.acts if _TALK_NOUN.search(x.text)), None)
    end = naming.end if naming is not None else None
    if naming is None and len(pc.acts) == 1 and (m := _TALK_AFTER.match(pc.text, pc.acts[0].end)):
        naming, end = pc.acts[0], m.end()
    text = pc.text if end is None else " " * end + pc.text[end:]
    return (bool(pc.tone) or naming is not None) and not pc.entities and all(
        not (cs - parties) and (cs or _name_weight(t, frozenset()) < 1.0 or t in _GENERAL_WORDS)
        for t, cs in _terms(text, pc).items())


def _frames_from(cc: Cues, i: int) -> int:
    """Where the run of points from ``i`` that frame the call (a call frame, who initiated it, a report that
    it took place: :func:`_reports_call_only`) ends."""
    while i < len(cc) and (cc[i].call_frame or cc[i].initiative or _reports_call_only(cc[i])):
        i += 1
    return i


def _courtesy(pc: PointCues, x: Act) -> bool:
    """Whether an act is thanks or praise for what the other side did before the call, or that earlier act
    itself (lexicon ``thanked_for``: "Putin thanked Erdoğan for accepting his invitation to come to
    Russia"): courtesy, which reports nothing said about a topic. Thanks for something else ("for his
    support in fighting the wildfires", no act after "for") is no courtesy here."""
    lex = lexicon(pc.language, warn=False)
    if lex.thanked_for is None:
        return False
    for y in pc.acts:
        if not y.past:
            continue
        m = lex.thanked_for.search(pc.text, max(0, y.start - 120), y.start)
        if m is not None and (x is y or m.start() <= x.start and x.end <= m.end()):
            return True
    return False


def _reports_call_only(pc: PointCues) -> bool:
    """Whether every act of a point reports the call from outside it (:func:`readouts.cues.reports_call`):
    "Trump said he had just finished a very productive call with China's President Xi" opened the US
    readout as the topic 'care / strategic', with 29% of its text."""
    return bool(pc.acts) and all(reports_call(pc, x) for x in pc.acts)


def _percents(share: dict[int, float]) -> dict[int, int]:
    """A side's share of text per topic as the flags write it, in whole percent (topics of 0% left out)."""
    return {k: round(v * 100) for k, v in share.items() if round(v * 100)}


#: Standard errors by which a block of a cross-lingual call's point pairs (within a, within b, across) must
#: stand off the call's mean cosine to be moved onto it (:func:`_level_languages`).
LANGUAGE_LEVEL_SE = 4.0


def _level_languages(sim: np.ndarray, n: int) -> None:
    """Put the three blocks of a cross-lingual call's cosines (pairs within side a, within side b, across)
    on one level, in place: each block whose mean stands more than :data:`LANGUAGE_LEVEL_SE` standard
    errors off the mean of all the call's pairs is shifted onto it; a block of a few pairs says too little
    of its level to be moved.

    A multilingual embedder puts each language's own pairs, and pairs across two languages, on levels
    of their own: on the 18 English-Chinese corpus calls, 33% of the pairs within the Chinese readout
    reached the topic threshold against 19% of the same pairs in the English twin files, and 4% of the
    pairs across the languages against 10%. The Chinese readout's points fell into one topic ("CN opens
    with 'bilateral relations / 原则' (71% of its text)": 11 of 18 points, against 9% in English) and an
    English point into none of the Chinese ones ("US opens with 'good' (18% of its text; CN: 0%)", 22% in
    English).
    """
    iu = np.triu_indices(len(sim), 1)
    block = np.where(iu[0] < n, np.where(iu[1] < n, 0, 2), 1)  # 0: a-a, 1: b-b, 2: a-b
    values = sim[iu]
    if len(values) < 2:
        return
    level = values.mean()
    rows = {0: slice(0, n), 1: slice(n, None), 2: slice(0, n)}
    cols = {0: slice(0, n), 1: slice(n, None), 2: slice(n, None)}
    for k in (0, 1, 2):
        v = values[block == k]
        if len(v) < 2:
            continue
        shift = level - v.mean()
        if abs(shift) <= LANGUAGE_LEVEL_SE * v.std() / np.sqrt(len(v)):
            continue
        sim[rows[k], cols[k]] += shift
        if k == 2:
            sim[cols[k], rows[k]] += shift
    np.fill_diagonal(sim, 1.0)


def _similarity(c: Comparison, s: np.ndarray | None, embeddings: tuple[np.ndarray, np.ndarray] | None) -> np.ndarray:
    n, m = c.a.n, c.b.n
    if embeddings is not None:
        e = np.vstack([np.asarray(embeddings[0], dtype=np.float64), np.asarray(embeddings[1], dtype=np.float64)])
        sim = e @ e.T
        if languages_differ(c.a, c.b):
            _level_languages(sim, n)
    else:
        # Without embeddings only cross-side similarity is known; points of one side join a topic
        # through the other side's points.
        sim = np.zeros((n + m, n + m))
        if s is not None:
            sim[:n, n:] = s
            sim[n:, :n] = s.T
        np.fill_diagonal(sim, 1.0)
    for link in c.links:
        # Linked points report the same exchange: one topic, whatever the embeddings say.
        for i in link.a:
            for j in link.b:
                sim[i, n + j] = sim[n + j, i] = max(sim[i, n + j], 1.0)
    return sim




def find_flags(c: Comparison, *, cues: tuple[Cues, Cues] | None = None, s: np.ndarray | None = None,
               embeddings: tuple[np.ndarray, np.ndarray] | None = None,
               topic_threshold: float = TOPIC_THRESHOLD) -> tuple[Flag, ...]:
    """All flags of a comparison, sorted by kind, side and points.

    ``cues``: both readouts' cues if already computed (:func:`readouts.cues.pair_cues`); ``embeddings``
    (rows L2-normalised, one array per side) or the cross-side cosine matrix ``s`` give the topics
    for ``coverage`` (without either, each link is its own topic), clustered at ``topic_threshold``
    (on the embedder's cosine scale; ``compare`` passes its parameters' own).
    """
    ca, cb = cues if cues is not None else pair_cues(c.a, c.b)
    flags = _unconfirmed(c, "a", ca, cb) + _unconfirmed(c, "b", cb, ca)
    claimed = frozenset((sp.side, sp.point, sp.start, sp.end) for f in flags for sp in f.evidence)
    flags += _link_flags(c, ca, cb, claimed)
    flags += _tone(c, ca, cb)
    flags += _initiative(c, ca, cb)
    if c.a.n + c.b.n <= MAX_TOPIC_POINTS:
        flags += _coverage(c, ca, cb, _similarity(c, s, embeddings), topic_threshold)
    else:  # topics need an (n + m)^2 similarity matrix
        log.info("no coverage flags: %d points are more than the %d whose topics are clustered",
                 c.a.n + c.b.n, MAX_TOPIC_POINTS)
    return tuple(sorted(flags, key=flag_order))
