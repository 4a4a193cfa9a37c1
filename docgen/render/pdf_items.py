"""Drawable items: what the PDF page flow stacks — a line of text, an image, a rule, a gap.

In:  model blocks (``Paragraph``, ``Image``, ``Rule``) and the width available to them.
Out: lists of ``Item`` — a height in pt and a function that draws the item given the canvas, the
     left x and the top y of its slot (PDF coordinates). Paragraph lines sit at a fixed pitch
     (``ParaStyle.line_pt``) with the baseline at 80 % of the pitch, as Word places text with
     「固定值」 line spacing, so PDF and docx lines fall on the same positions.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from ..model import Image, Paragraph, Rule
from .pdf_fonts import font_name, hex_color
from .pdf_layout import Line, layout

MM = 72.0 / 25.4
Draw = Callable[[Canvas, float, float], None]


@dataclass
class Item:
    h: float
    draw: Draw | None = None
    space: bool = False  # a gap that disappears at the top of a page
    outline: tuple[str, int] | None = None  # (title, level) for the PDF bookmarks


def baseline_offset(line_pt: float, size: float) -> float:
    return max(0.8 * line_pt, 0.88 * size)


def draw_line(c: Canvas, line: Line, x: float, baseline: float) -> None:
    t = c.beginText(x + line.x, baseline)
    t.setCharSpace(line.char_space)
    underlines: list[tuple[float, float, float, str | None]] = []
    bold_on = False
    color_now = None
    for ff, size, color, bold, underline, text in line.fragments():
        if color != color_now:
            t.setFillColorRGB(*hex_color(color))
            color_now = color
        if bold != bold_on:  # CJK fonts have no bold face: fill and stroke the outline
            t.setTextRenderMode(2 if bold else 0)
            c.setLineWidth(size * 0.03)
            c.setStrokeColorRGB(*hex_color(color))
            bold_on = bold
        t.setFont(font_name(ff), size)
        x0 = t.getX()
        t.textOut(text)
        if underline:
            underlines.append((x0, t.getX() - line.char_space, size, color))
    c.drawText(t)
    for x0, x1, size, color in underlines:
        c.setStrokeColorRGB(*hex_color(color))
        c.setLineWidth(size * 0.05)
        c.line(x0, baseline - size * 0.12, x1, baseline - size * 0.12)


def paragraph_items(p: Paragraph, width: float, outline: bool = True) -> list[Item]:
    st = p.style
    items: list[Item] = []
    if st.space_before_pt:
        items.append(Item(st.space_before_pt, space=True))
    off = baseline_offset(st.line_pt, st.size)
    for i, line in enumerate(layout(p, width)):
        mark = (p.text, st.outline_level) if outline and i == 0 and st.outline_level is not None else None
        items.append(Item(st.line_pt, (lambda c, x, top, ln=line: draw_line(c, ln, x, top - off)), outline=mark))
    if st.space_after_pt:
        items.append(Item(st.space_after_pt, space=True))
    return items


def image_fit(img: Image, max_w: float | None = None) -> tuple[ImageReader, float, float]:
    """The image scaled to fit its box (and ``max_w`` pt), aspect kept: (reader, w, h)."""
    reader = ImageReader(io.BytesIO(img.data))
    iw, ih = reader.getSize()
    bw, bh = img.width_mm * MM, img.height_mm * MM
    if max_w is not None:
        bw = min(bw, max_w)
    scale = min(bw / iw, bh / ih)
    return reader, iw * scale, ih * scale


def image_item(img: Image, width: float) -> Item:
    reader, w, h = image_fit(img, width)
    dx = {"center": (width - w) / 2, "right": width - w}.get(img.align, 0.0)

    def draw(c: Canvas, x: float, top: float) -> None:
        c.drawImage(reader, x + dx, top - h, w, h, mask="auto")

    return Item(h, draw)


def rule_items(r: Rule, width: float) -> list[Item]:
    w = (r.width_mm * MM) if r.width_mm else width
    t = r.thickness_mm * MM
    gap = (r.double_gap_mm or 0.0) * MM
    h = t + (gap + t if r.double_gap_mm else 0.0)
    dx = (width - w) / 2

    def draw(c: Canvas, x: float, top: float) -> None:
        c.setStrokeColorRGB(*hex_color(r.color))
        c.setLineWidth(t)
        c.line(x + dx, top - t / 2, x + dx + w, top - t / 2)
        if r.double_gap_mm:
            c.line(x + dx, top - t * 1.5 - gap, x + dx + w, top - t * 1.5 - gap)

    items = [Item(r.space_before_mm * MM, space=True)] if r.space_before_mm else []
    items.append(Item(h, draw))
    if r.space_after_mm:
        items.append(Item(r.space_after_mm * MM, space=True))
    return items
