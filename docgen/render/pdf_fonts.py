"""Fonts for the PDF renderer: registration with reportlab, metrics, and drawing text by role.

In:  ``FontFile`` objects from ``docgen.fonts`` (TrueType outlines only; the fonts module never
     offers a font whose licence forbids embedding).
Out: reportlab font names (every font is embedded as a subset), ``string_width`` for layout, and
     ``draw_string``/``draw_runs`` that cut text per character into the fonts that have it.

Two reportlab shortcomings are fixed here, once: the ToUnicode map it writes cannot express a
character outside the BMP (𠮷 would extract as another character), so it is replaced by one that
writes UTF-16 surrogate pairs; and a canvas starts in unembedded Helvetica, so every canvas made
by ``new_canvas`` starts in an embedded bundled font instead.
"""

from __future__ import annotations

import threading
from typing import IO, Literal

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfgen.canvas import Canvas

from ..fonts import FontFile, font_set, segment

_lock = threading.Lock()
_registered: dict[str, ttfonts.TTFont] = {}


def _utf16_hex(cp: int) -> str:
    if cp < 0x10000:
        return f"{cp:04X}"
    cp -= 0x10000
    return f"{0xD800 + (cp >> 10):04X}{0xDC00 + (cp & 0x3FF):04X}"


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """A ToUnicode CMap whose targets are UTF-16BE, so non-BMP characters extract correctly."""
    lines = [
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        f"/CIDSystemInfo << /Registry ({fontname}) /Ordering ({fontname}) /Supplement 0 >> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{_utf16_hex(v)}>" for i, v in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ]
    return "\n".join(lines)


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def font_name(ff: FontFile) -> str:
    """Register ``ff`` with reportlab (once per process) and return its name."""
    font = _registered.get(ff.key)
    if font is None:
        with _lock:
            font = _registered.get(ff.key)
            if font is None:
                font = ttfonts.TTFont(ff.key, str(ff.path), subfontIndex=ff.index, asciiReadable=False)
                pdfmetrics.registerFont(font)
                _registered[ff.key] = font
    return ff.key


def char_widths(ff: FontFile) -> dict[int, float]:
    """Advance widths in 1/1000 em by code point."""
    font_name(ff)
    return _registered[ff.key].face.charWidths


def _default_width(ff: FontFile) -> float:
    return _registered[ff.key].face.defaultWidth


def run_width(ff: FontFile, text: str, size: float, char_space: float = 0.0) -> float:
    widths = char_widths(ff)
    dw = _default_width(ff)
    return sum(widths.get(ord(c), dw) for c in text) * size / 1000.0 + char_space * len(text)


def string_width(text: str, role: str, size: float, char_space: float = 0.0) -> float:
    """Width in pt of ``text`` set in ``role`` at ``size`` pt, with per-character fallback."""
    return sum(run_width(ff, t, size, char_space) for ff, t in segment(text, role))


def default_font() -> str:
    return font_name(font_set().primary["song"])


def new_canvas(buf: IO[bytes], pagesize: tuple[float, float], *, invariant: bool = False, **kw) -> Canvas:
    """A reportlab Canvas whose initial font is an embedded bundled font (never Helvetica)."""
    return Canvas(buf, pagesize=pagesize, initialFontName=default_font(), initialFontSize=12,
                  invariant=1 if invariant else 0, pageCompression=1, **kw)


def hex_color(c) -> tuple[float, float, float]:
    c = (c or "000000").lstrip("#")
    return tuple(int(c[i:i + 2], 16) / 255.0 for i in (0, 2, 4))


def draw_runs(canvas: Canvas, x: float, y: float, runs: list[tuple[FontFile, str]], size: float,
              color: str | None = None, char_space: float = 0.0) -> float:
    """Draw pre-segmented runs left to right from (x, y) on the baseline; returns the end x."""
    t = canvas.beginText(x, y)
    t.setFillColorRGB(*hex_color(color))
    t.setCharSpace(char_space)
    for ff, text in runs:
        t.setFont(font_name(ff), size)
        t.textOut(text)
    canvas.drawText(t)
    return t.getX()


def draw_string(canvas: Canvas, x: float, y: float, text: str, role: str, size: float,
                color: str = "000000", anchor: Literal["left", "center", "right"] = "left",
                char_space: float = 0.0) -> float:
    """Draw ``text`` in ``role`` with its baseline at ``y``; ``anchor`` says what ``x`` is.
    Returns the width drawn. Raises ``MissingGlyphsError`` for characters no font has."""
    runs = segment(text, role)
    width = sum(run_width(ff, t, size, char_space) for ff, t in runs)
    if anchor == "center":
        x -= width / 2
    elif anchor == "right":
        x -= width
    draw_runs(canvas, x, y, runs, size, color, char_space)
    return width
