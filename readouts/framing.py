"""Separate a point's attribution frame ("The Secretary underscored that ...") from its content.

Readouts wrap most sentences in a frame naming who said it; two sides report the same substance
under different frames ("Biden stressed that ..." vs "The American side said ..."), and
unrelated points share frames ("Lavrov noted ...", "Lavrov noted ..."). Embedding the content
alone lets the similarity follow the substance; the frame is kept for attribution cues.

>>> text = "President Biden stressed that Russia needs to act against ransomware groups."
>>> text[frame_end(text):]
'Russia needs to act against ransomware groups.'
>>> frame_end("Both sides discussed trade.")
0
"""

from __future__ import annotations

import re

__all__ = ["frame_end", "content_of"]

# Reporting verbs: after one of these (within the sentence's first words) the substance starts.
_EN_VERBS = (
    "said", "says", "stated", "stressed", "underscored", "underlined", "emphasized", "emphasised", "noted",
    "pointed out", "reiterated", "restated", "reaffirmed", "expressed", "urged", "called on", "called for",
    "warned", "told", "added", "raised", "conveyed", "made clear", "made it clear", "affirmed", "highlighted",
    "outlined", "explained", "informed", "briefed", "recalled", "proposed", "suggested", "asked", "demanded",
    "insisted", "acknowledged", "accepted", "praised", "condemned", "voiced", "drew attention to",
    "singled out", "confirmed", "assured", "indicated", "observed", "remarked", "underlined", "argued",
    "set out", "laid out", "presented", "shared", "spelled out", "elaborated on", "expounded on",
    "expounded", "agreed", "welcomed", "discussed", "exchanged views on", "talked about", "spoke about",
    "went over", "reviewed", "believes", "believed", "hoped", "hopes", "pledged", "promised",
)
_RU_VERBS = (
    "заявил", "заявила", "заявили", "отметил", "отметила", "отметили", "подчеркнул", "подчеркнула", "подчеркнули",
    "указал", "указала", "указали", "выразил", "выразила", "выразили", "призвал", "призвала", "призвали",
    "предупредил", "предупредила", "сообщил", "сообщила", "напомнил", "напомнила", "констатировал",
    "констатировали", "акцентировал", "обратил внимание", "проинформировал", "высказался", "сказал", "сказала",
    "пояснил", "заверил", "подтвердил", "подтвердили", "обсудили", "согласились", "согласился", "договорились",
    "изложил", "изложила", "вновь заявил", "особо отметил", "выделил", "добавил", "настаивал", "потребовал",
)
_ZH_VERBS = (
    "表示", "指出", "强调", "说", "阐明", "重申", "介绍", "警告", "认为", "希望", "提出", "表明", "欢迎", "同意",
    "一致认为", "阐述", "谈到", "称", "感谢", "祝贺",
)

_EN = re.compile(
    r"^(?:[^,;:]{0,60},\s*)?"  # an optional lead-in: "On Taiwan, ", "In this regard, "
    r"(?P<subject>(?:\S+\s+){0,7}?)"
    r"(?:also\s+|again\s+|further\s+|once again\s+|repeatedly\s+|firmly\s+|strongly\s+)?"
    r"(?P<verb>" + "|".join(re.escape(v) for v in sorted(_EN_VERBS, key=len, reverse=True)) + r")\b"
    r"(?:\s+(?:that|how|the need to|the importance of|to)\b|\s*[:,])?\s*",
    re.IGNORECASE,
)
_RU = re.compile(
    r"^(?P<subject>(?:\S+\s+){0,6}?)"
    r"(?:также\s+|вновь\s+|особо\s+)?"
    r"(?P<verb>" + "|".join(re.escape(v) for v in sorted(_RU_VERBS, key=len, reverse=True)) + r")"
    r"(?:,?\s*что\b|\s*:)?\s*",
    re.IGNORECASE,
)
_ZH = re.compile(r"^(?P<subject>[^，。；：,]{1,14}?)(?P<verb>" + "|".join(sorted(_ZH_VERBS, key=len, reverse=True))
                 + r")[，：,:]?")


def frame_end(text: str) -> int:
    """Offset where the content starts: after a leading "X stressed that", "X отметил, что",
    "习近平强调，"; 0 when the sentence has no such frame (or the rest would be too short)."""
    for pattern in (_EN, _RU, _ZH):
        m = pattern.match(text)
        if m and m.group("verb"):
            end = m.end()
            rest = text[end:]
            if len(rest.strip(" .。")) >= 12 and sum(ch.isalnum() for ch in rest) >= 8:
                return end
    return 0


def content_of(text: str) -> str:
    """The point's content without its attribution frame (the whole text if it has none)."""
    return text[frame_end(text):]
