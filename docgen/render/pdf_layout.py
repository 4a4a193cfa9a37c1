"""Line breaking for the PDF renderer: a model ``Paragraph`` and a width → positioned lines.

In:  a ``Paragraph`` (spans in font roles) and the available width in pt.
Out: ``Line`` objects — fragments (font, text, size, colour, bold, underline) with the x offset and
     the extra character spacing that justifies them. The renderer only draws these.

Breaking follows Chinese practice: any CJK character may end a line, a run of Latin letters or
digits stays whole (unless it is longer than the line), 禁则 from ``docgen.text`` keep closing
punctuation off a line start and opening punctuation off a line end (pushed to the next line with
the character it belongs to), and every line but the last is justified by character spacing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..fonts import FontFile, segment
from ..model import Paragraph
from ..text import break_units
from .pdf_fonts import char_widths


@dataclass(frozen=True)
class Atom:
    ch: str
    font: FontFile
    size: float
    color: str | None
    bold: bool
    underline: bool
    width: float


@dataclass
class Line:
    atoms: list[Atom] = field(default_factory=list)
    x: float = 0.0  # offset from the paragraph's left edge, pt
    char_space: float = 0.0  # extra space after each character but the last, pt

    @property
    def natural(self) -> float:
        return sum(a.width for a in self.atoms)

    @property
    def width(self) -> float:
        return self.natural + self.char_space * max(0, len(self.atoms) - 1)

    @property
    def text(self) -> str:
        return "".join(a.ch for a in self.atoms)

    def fragments(self) -> list[tuple[FontFile, float, str | None, bool, bool, str]]:
        """Consecutive atoms sharing font, size, colour, bold and underline, as (…, text)."""
        out: list[tuple] = []
        for a in self.atoms:
            key = (a.font, a.size, a.color, a.bold, a.underline)
            if out and out[-1][:5] == key:
                out[-1] = (*key, out[-1][5] + a.ch)
            else:
                out.append((*key, a.ch))
        return out


def atoms(p: Paragraph) -> list[Atom]:
    """Every drawable character of ``p`` with its font (after per-character fallback) and width."""
    st = p.style
    out: list[Atom] = []
    for span in p.spans:
        role = span.role or st.role
        size = span.size or st.size
        color = span.color or st.color
        bold = span.bold or st.bold
        text = span.text.replace("\n", " ").replace("\t", "  ")
        for ff, run in segment(text, role):
            widths = char_widths(ff)
            for ch in run:
                w = widths.get(ord(ch), 1000 if ord(ch) > 0x2E80 else 500) * size / 1000.0
                out.append(Atom(ch, ff, size, color, bold, span.underline, w))
    return out


def _units(items: list[Atom]) -> list[list[Atom]]:
    text = "".join(a.ch for a in items)
    out, i = [], 0
    for u in break_units(text):
        out.append(items[i:i + len(u)])
        i += len(u)
    return out


def layout(p: Paragraph, width: float) -> list[Line]:
    """Break ``p`` into lines that fit ``width`` pt and set their offsets and justification."""
    st = p.style
    em = st.size
    left = st.left_indent_chars * em
    right = st.right_indent_chars * em
    first_x = left + st.first_indent_chars * em
    rest_x = first_x + st.hanging_chars * em if st.hanging_chars else left
    items = atoms(p)
    lines: list[Line] = [Line(x=first_x)]

    def avail(line: Line) -> float:
        return width - line.x - right

    for unit in _units(items):
        line = lines[-1]
        uw = sum(a.width for a in unit)
        is_space = unit[0].ch == " "
        if is_space and not line.atoms:
            continue
        if line.natural + uw <= avail(line) + 0.01:
            line.atoms.extend(unit)
            continue
        if is_space:
            lines.append(Line(x=rest_x))
            continue
        if line.atoms:
            lines.append(Line(x=rest_x))
            line = lines[-1]
        if uw <= avail(line) + 0.01:
            line.atoms.extend(unit)
            continue
        for a in unit:  # a unit longer than a whole line (a URL): break it anywhere
            if line.atoms and line.natural + a.width > avail(line) + 0.01:
                lines.append(Line(x=rest_x))
                line = lines[-1]
            line.atoms.append(a)
    for line in lines:
        while line.atoms and line.atoms[-1].ch == " ":
            line.atoms.pop()
    _align(lines, st.align, width, right)
    return lines


def _align(lines: list[Line], align: str, width: float, right: float) -> None:
    for i, line in enumerate(lines):
        last = i == len(lines) - 1
        slack = width - right - line.x - line.natural
        if slack <= 0 or not line.atoms:
            continue
        if align == "center":
            line.x += slack / 2
        elif align == "right":
            line.x += slack
        elif (align == "justify" and not last) or align == "distribute":
            gaps = len(line.atoms) - 1
            if gaps > 0:
                line.char_space = slack / gaps
            elif align == "distribute":
                line.x += slack / 2
