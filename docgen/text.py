"""Chinese text rules shared by every kind and renderer.

In:  plain strings.
Out: counts (the documented 字数 rule), normalised text, and the line-breaking classes
     (禁则: characters that may not start or end a line) that ``render.pdf_layout`` applies.

The 字数 rule (used for every limit such as 事迹简述 ≤500字): every character counts as one
except white space (spaces, tabs, line breaks, the full-width space U+3000); Chinese characters,
letters, digits and punctuation each count as one. This is Word's 「字符数(不计空格)」, which is
what a school checks with before sending a form. Text is NFC-normalised first, so a character
typed in two ways counts once.
"""

from __future__ import annotations

import re
import unicodedata

# 行首禁则: may not begin a line.
NO_LINE_START = frozenset(
    "，。、；：！？）》」』”’〕】〗〉〙〛｝］…—–·‧%‰℃°′″,.;:!?)]}>％～〜ー々〃・︰﹐﹑﹒﹔﹕﹖﹗"
)
# 行尾禁则: may not end a line.
NO_LINE_END = frozenset("（《「『“‘〔【〖〈〘〚｛［([{<")
# Pairs that are never split: ……  ——
INSEPARABLE = frozenset("…—")

_WS = re.compile(r"\s+")
_LATIN_WORD = re.compile(r"[A-Za-z0-9@#&_+\-./:%]+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def count_chars(text: str) -> int:
    """字数 by the documented rule: non-white-space characters after NFC."""
    return sum(1 for ch in nfc(text) if not ch.isspace())


def clean_line(text: str) -> str:
    """Strip the indents people type (full-width spaces, tabs, spaces) and trailing white space."""
    return nfc(text).strip(" \t\u3000\u00a0\r\n")


def collapse_spaces(text: str) -> str:
    return _WS.sub(" ", text).strip()


def is_cjk(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x3400 <= cp <= 0x4DBF
        or 0x4E00 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0x20000 <= cp <= 0x3134F
        or 0x3000 <= cp <= 0x303F
        or 0xFF00 <= cp <= 0xFFEF
    )


def break_units(text: str) -> list[str]:
    """Split text into the smallest pieces a line may break between.

    A CJK character is its own unit; a run of Latin letters/digits is one unit; a space is a unit
    of its own (a break opportunity that disappears at the line end). Then 禁则 glue: a unit that
    may not start a line joins the unit before it, one that may not end a line joins the one after,
    and …… / —— stay whole.
    """
    raw: list[str] = []
    i, n = 0, len(text)
    while i < n:
        m = _LATIN_WORD.match(text, i)
        if m and not is_cjk(text[i]):
            raw.append(m.group())
            i = m.end()
        else:
            raw.append(text[i])
            i += 1
    units: list[str] = []
    glue_next = False
    for u in raw:
        if units and not glue_next and u != " " and units[-1] != " ":
            first, prev_last = u[0], units[-1][-1]
            if first in NO_LINE_START or (first in INSEPARABLE and prev_last == first):
                units[-1] += u
                glue_next = u[-1] in NO_LINE_END
                continue
        if glue_next and u != " ":
            units[-1] += u
        else:
            units.append(u)
        glue_next = u[-1] in NO_LINE_END and u != " "
    return units
