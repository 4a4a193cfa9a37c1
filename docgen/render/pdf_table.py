"""Tables for the PDF renderer: cell contents measured, rows split across pages, borders drawn.

In:  a model ``Table`` and the text width in pt.
Out: ``TableLayout`` — natural row heights, ``split_row`` (a row too tall for the space left is cut
     between lines, the rest continuing on the next page, as the forms' 「可另附页」 allows) and
     ``draw_segment`` that draws a run of rows (or row parts) on one page with their borders.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from ..model import Image, Paragraph, Table
from .pdf_items import MM, Item, image_item, paragraph_items
from .table_grid import Placed, col_x, groups, place


@dataclass
class Part:
    """A row, or the part of a row, placed on one page: its height and each cell's items."""

    row: int
    h: float
    items: dict[int, list[Item]]  # by the cell's first column; cells not listed are drawn empty
    first: bool = True  # the part that holds the row's start (rowspan cells are drawn from it)


class TableLayout:
    def __init__(self, table: Table, text_width: float):
        self.t = table
        self.placed = place(table)
        xs = col_x(table)
        self.width = xs[-1] * MM
        self.xs = [x * MM for x in xs]
        self.x0 = {"center": (text_width - self.width) / 2, "right": text_width - self.width}.get(table.align, 0.0)
        self.pad = table.cell_pad_mm * MM
        self.content: dict[tuple[int, int], list[Item]] = {}
        for row in self.placed:
            for p in row:
                self.content[(p.row, p.col)] = self._items(p)
        self.heights = self._heights()
        self.groups = groups(table, self.placed)
        self.header_rows = [i for i, r in enumerate(table.rows) if r.header and all(
            table.rows[j].header for j in range(i + 1))]

    def cell_width(self, p: Placed) -> float:
        return self.xs[p.col + p.colspan] - self.xs[p.col]

    def _items(self, p: Placed) -> list[Item]:
        w = self.cell_width(p) - 2 * self.pad
        items: list[Item] = []
        for b in p.cell.blocks:
            if isinstance(b, Paragraph):
                items.extend(paragraph_items(b, w, outline=False))
            elif isinstance(b, Image):
                items.append(image_item(b, w))
        return items

    def _heights(self) -> list[float]:
        hs = [r.min_height_mm * MM for r in self.t.rows]
        for row in self.placed:
            for p in row:
                if p.rowspan == 1:
                    need = sum(i.h for i in self.content[(p.row, p.col)]) + 2 * self.pad
                    hs[p.row] = max(hs[p.row], need)
        for row in self.placed:
            for p in row:
                if p.rowspan > 1:
                    need = sum(i.h for i in self.content[(p.row, p.col)]) + 2 * self.pad
                    have = sum(hs[p.row:p.row + p.rowspan])
                    if need > have:
                        hs[p.row + p.rowspan - 1] += need - have
        return hs

    def part(self, r: int) -> Part:
        return Part(r, self.heights[r], {p.col: self.content[(p.row, p.col)] for p in self.placed[r]})

    def split_row(self, part: Part, room: float) -> tuple[Part, Part] | None:
        """Cut ``part`` so its first piece fits ``room`` pt; None when not a single line fits."""
        inner = room - 2 * self.pad
        head: dict[int, list[Item]] = {}
        tail: dict[int, list[Item]] = {}
        placed_any = False
        for col, items in part.items.items():
            acc, k = 0.0, 0
            while k < len(items) and acc + items[k].h <= inner + 0.01:
                acc += items[k].h
                k += 1
            placed_any |= k > 0 and any(not i.space for i in items[:k])
            head[col] = items[:k]
            rest = items[k:]
            while rest and rest[0].space:
                rest = rest[1:]
            tail[col] = rest
        if not placed_any:
            return None
        rest_h = max([sum(i.h for i in v) for v in tail.values()] + [0.0]) + 2 * self.pad
        return Part(part.row, room, head, part.first), Part(part.row, rest_h, tail, False)

    def draw_segment(self, c: Canvas, left: float, top: float, parts: list[Part]) -> float:
        """Draw ``parts`` (consecutive rows on one page) from ``top``; returns the height used."""
        x0 = left + self.x0
        y = top
        tops = []
        for pt in parts:
            tops.append(y)
            y -= pt.h
        c.setLineWidth(self.t.border_pt)
        c.setStrokeColorRGB(0, 0, 0)
        for i, pt in enumerate(parts):
            for p in self.placed[pt.row]:
                last = p.row + p.rowspan - 1
                h = sum(q.h for q in parts[i:] if q.row <= last) if pt.first and p.rowspan > 1 else pt.h
                self._cell(c, x0 + self.xs[p.col], tops[i], self.cell_width(p), h, p, pt.items.get(p.col, []))
        if parts:  # rowspan cells begun on an earlier page continue as empty boxes
            for p in self._covering(parts[0].row):
                h = sum(q.h for q in parts if q.row <= p.row + p.rowspan - 1)
                self._cell(c, x0 + self.xs[p.col], tops[0], self.cell_width(p), h, p, [])
        return top - y

    def _covering(self, r: int) -> list[Placed]:
        return [p for row in self.placed[:r] for p in row if p.row + p.rowspan > r]

    def _cell(self, c: Canvas, x: float, top: float, w: float, h: float, p: Placed, items: list[Item]) -> None:
        if p.cell.shade:
            c.saveState()
            c.setFillColorRGB(*(int(p.cell.shade[k:k + 2], 16) / 255 for k in (0, 2, 4)))
            c.rect(x, top - h, w, h, stroke=0, fill=1)
            c.restoreState()
        c.rect(x, top - h, w, h, stroke=1, fill=0)
        content_h = sum(i.h for i in items)
        free = h - 2 * self.pad - content_h
        y = top - self.pad - {"center": free / 2, "bottom": free}.get(p.cell.valign, 0.0) if free > 0 else top - self.pad
        for it in items:
            if it.draw is not None:
                it.draw(c, x + self.pad, y)
            y -= it.h
