"""Where each cell of a model ``Table`` sits in the grid, shared by both renderers.

In:  a ``docgen.model.Table`` whose rows list only the cells that start in them (HTML-style spans).
Out: ``place(table)`` — per row, a list of ``Placed`` (cell, first column, colspan, rowspan), and
     ``covered(table)`` — per row, the columns covered by a rowspan from a row above (the docx
     renderer writes vMerge continuation cells there). Raises ``ValueError`` for a table whose
     spans do not add up to its columns, so a broken form definition fails where it is defined.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Cell, Table


@dataclass(frozen=True)
class Placed:
    cell: Cell
    col: int
    colspan: int
    rowspan: int
    row: int


def place(table: Table) -> list[list[Placed]]:
    ncols = len(table.col_widths_mm)
    busy: dict[tuple[int, int], bool] = {}
    out: list[list[Placed]] = []
    for r, row in enumerate(table.rows):
        placed: list[Placed] = []
        col = 0
        for cell in row.cells:
            while (r, col) in busy:
                col += 1
            span = max(1, cell.colspan)
            rspan = max(1, min(cell.rowspan, len(table.rows) - r))
            if col + span > ncols:
                raise ValueError(f"row {r + 1}: cells span {col + span} columns, table has {ncols}")
            for rr in range(r, r + rspan):
                for cc in range(col, col + span):
                    busy[(rr, cc)] = True
            placed.append(Placed(cell, col, span, rspan, r))
            col += span
        out.append(placed)
    return out


def covered(table: Table, placed: list[list[Placed]] | None = None) -> list[dict[int, Placed]]:
    """Per row: {first column: the Placed cell from above whose rowspan covers this row}."""
    placed = placed if placed is not None else place(table)
    cov: list[dict[int, Placed]] = [{} for _ in table.rows]
    for row in placed:
        for p in row:
            for rr in range(p.row + 1, p.row + p.rowspan):
                cov[rr][p.col] = p
    return cov


def col_x(table: Table) -> list[float]:
    """Left edge of every column and the table's right edge, in mm from the table's left."""
    xs = [0.0]
    for w in table.col_widths_mm:
        xs.append(xs[-1] + w)
    return xs


def groups(table: Table, placed: list[list[Placed]]) -> list[tuple[int, int]]:
    """Row ranges [start, end) that rowspans tie together and must stay on one page."""
    out: list[tuple[int, int]] = []
    start, end = 0, 0
    for r, row in enumerate(placed):
        if r >= end and r > start:
            out.append((start, r))
            start = r
        end = max(end, r + 1, *(p.row + p.rowspan for p in row))
    if table.rows:
        out.append((start, len(table.rows)))
    return out
