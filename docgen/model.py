"""The document model: what every kind builds and every renderer reads.

In:  nothing (plain frozen dataclasses; kinds construct them from validated data).
Out: a ``Document`` — page setup plus a flat sequence of blocks — that ``render.docx`` and
     ``render.pdf`` translate into bytes. The model says *what* is on the page (text, role,
     size in points, spacing, geometry in millimetres); renderers decide only *how* to draw it.

Units: lengths in millimetres (``*_mm``), font sizes and line spacing in points (pt).
Font roles are the names in ``docgen.fonts.ROLES`` ("xiaobiaosong", "hei", "kai", "fang", "song").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Align = Literal["left", "center", "right", "justify", "distribute"]
VAlign = Literal["top", "center", "bottom"]


@dataclass(frozen=True)
class Span:
    """A run of text in one font role. ``role``/``size``/``bold``/``color`` override the paragraph's."""

    text: str
    role: str | None = None
    size: float | None = None
    bold: bool = False
    color: str | None = None  # "RRGGBB"
    underline: bool = False


@dataclass(frozen=True)
class ParaStyle:
    """How a paragraph is set. ``line_pt`` is a fixed (exact) line pitch; ``first_indent_chars`` counts
    characters of this paragraph's size (2 = the Chinese two-character indent)."""

    role: str = "fang"
    size: float = 16.0
    line_pt: float = 26.0
    align: Align = "justify"
    first_indent_chars: float = 0.0
    left_indent_chars: float = 0.0
    right_indent_chars: float = 0.0
    hanging_chars: float = 0.0  # wrapped lines indent by this much more than the first (附件说明)
    space_before_pt: float = 0.0
    space_after_pt: float = 0.0
    bold: bool = False
    color: str | None = None
    keep_with_next: bool = False
    outline_level: int | None = None  # 0 = heading 1, for navigation panes and PDF outlines
    style_name: str | None = None  # docx paragraph style id (Title, Heading1 …) if the kind wants one


@dataclass(frozen=True)
class Paragraph:
    spans: tuple[Span, ...]
    style: ParaStyle = field(default_factory=ParaStyle)
    kind: str = "body"  # semantic role: title, heading1, heading2, heading3, body, label, note …

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)


@dataclass(frozen=True)
class Image:
    """A raster or vector image (PNG/JPEG bytes) scaled to fit ``width_mm`` x ``height_mm``
    keeping its aspect ratio."""

    data: bytes
    width_mm: float
    height_mm: float
    align: Align = "center"


@dataclass(frozen=True)
class Cell:
    """A table cell. ``blocks`` are Paragraphs or Images. A cell covered by a span of another cell
    is not listed: rows list only the cells that start in them (like HTML)."""

    blocks: tuple[Paragraph | Image, ...] = ()
    colspan: int = 1
    rowspan: int = 1
    valign: VAlign = "center"
    shade: str | None = None  # background "RRGGBB"


@dataclass(frozen=True)
class Row:
    cells: tuple[Cell, ...]
    min_height_mm: float = 0.0
    can_split: bool = True  # long text rows continue onto the next page ("可另附页")
    header: bool = False  # repeated at the top of each page the table continues on


@dataclass(frozen=True)
class Table:
    col_widths_mm: tuple[float, ...]
    rows: tuple[Row, ...]
    border_pt: float = 0.5
    cell_pad_mm: float = 1.5
    align: Align = "center"


@dataclass(frozen=True)
class Rule:
    """A horizontal line (the red separator, 版记 rules). ``width_mm`` None = full text width."""

    thickness_mm: float = 0.35
    color: str = "000000"
    width_mm: float | None = None
    space_before_mm: float = 0.0
    space_after_mm: float = 0.0
    double_gap_mm: float | None = None  # draw a second line this far below (信函格式 double lines)


@dataclass(frozen=True)
class Spacer:
    height_mm: float


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Float:
    """An image placed at an absolute position on the page where the flow reached it
    (a seal pressing on 署名 and 日期). Offsets are from the top-left of the text area,
    measured from the top of the next block."""

    image: Image
    dx_mm: float
    dy_mm: float


@dataclass(frozen=True)
class BottomBlock:
    """Blocks pinned to the bottom of the text area of the current page (版记); a new page is
    started when they do not fit under what is already there."""

    blocks: tuple[Paragraph | Rule | Table, ...]
    suppress_page_number: bool = False


Block = Paragraph | Table | Image | Rule | Spacer | PageBreak | Float | BottomBlock


@dataclass(frozen=True)
class PageNumbers:
    """Page numbers in the footer. ``template`` has one ``{n}``. ``position`` "outer" puts odd
    pages right and even pages left (GB/T 9704), ``indent_chars`` in from the text edge."""

    template: str = "— {n} —"
    role: str = "song"
    size: float = 14.0
    position: Literal["outer", "center", "right"] = "outer"
    indent_chars: float = 1.0
    below_text_mm: float = 7.0  # distance from the bottom of the text area to the number's top
    skip_first: bool = False


@dataclass(frozen=True)
class PageSetup:
    width_mm: float = 210.0
    height_mm: float = 297.0
    top_mm: float = 37.0
    bottom_mm: float = 35.0
    left_mm: float = 28.0
    right_mm: float = 26.0
    page_numbers: PageNumbers | None = None
    grid_line_pt: float | None = None  # docx document grid line pitch (GB/T 9704: 28.95)
    grid_char_pt: float | None = None  # docx document grid character pitch (15.79)

    @property
    def text_width_mm(self) -> float:
        return self.width_mm - self.left_mm - self.right_mm

    @property
    def text_height_mm(self) -> float:
        return self.height_mm - self.top_mm - self.bottom_mm


@dataclass(frozen=True)
class Document:
    page: PageSetup
    blocks: tuple[Block, ...]
    title: str = ""
    author: str = "docgen"
    subject: str = ""
    keywords: tuple[str, ...] = ()

    def paragraphs(self) -> list[Paragraph]:
        """Every paragraph in reading order, table cells included."""
        out: list[Paragraph] = []

        def walk(blocks):
            for b in blocks:
                if isinstance(b, Paragraph):
                    out.append(b)
                elif isinstance(b, Table):
                    for row in b.rows:
                        for cell in row.cells:
                            walk(cell.blocks)
                elif isinstance(b, BottomBlock):
                    walk(b.blocks)

        walk(self.blocks)
        return out

    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs())


def para(text: str, style: ParaStyle, kind: str = "body", **span_kw) -> Paragraph:
    """A paragraph of a single span."""
    return Paragraph((Span(text, **span_kw),), style, kind)
