"""WordprocessingML fragments for the docx renderer, built as strings (fast, and exact).

In:  model paragraphs, spans and tables.
Out: XML strings — ``paragraph_xml``, ``run_xml``, ``table_xml`` — in schema order. Every run names
     the mandated East Asian font (``w:eastAsia``), Times New Roman for Latin, ``w:hint="eastAsia"``
     and ``w:lang w:eastAsia="zh-CN"``; no theme fonts anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..fonts import LATIN_FONT, ROLES
from ..model import Cell, Image, Paragraph, ParaStyle, Span, Table
from .table_grid import covered, place

TWIPS_PER_MM = 1440 / 25.4
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_JC = {"left": "left", "center": "center", "right": "right", "justify": "both", "distribute": "distribute"}

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'
)


def esc(text: str) -> str:
    text = _BAD_XML.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def tw(mm: float) -> int:
    return round(mm * TWIPS_PER_MM)


def rpr_xml(role: str, size: float, bold: bool = False, color: str | None = None, underline: bool = False) -> str:
    name = esc(ROLES[role].docx_name)
    hp = round(size * 2)
    parts = [
        f'<w:rFonts w:ascii="{LATIN_FONT}" w:hAnsi="{LATIN_FONT}" w:eastAsia="{name}" w:cs="{LATIN_FONT}" '
        'w:hint="eastAsia"/>'
    ]
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    parts.append(f'<w:sz w:val="{hp}"/><w:szCs w:val="{hp}"/>')
    if underline:
        parts.append('<w:u w:val="single"/>')
    parts.append('<w:lang w:val="en-US" w:eastAsia="zh-CN"/>')
    return "<w:rPr>" + "".join(parts) + "</w:rPr>"


def span_rpr(span: Span, st: ParaStyle) -> str:
    return rpr_xml(span.role or st.role, span.size or st.size, span.bold or st.bold, span.color or st.color,
                   span.underline)


def run_xml(span: Span, st: ParaStyle) -> str:
    text = esc(span.text.replace("\t", "  "))
    pieces = text.split("\n")
    body = "<w:br/>".join(f'<w:t xml:space="preserve">{p}</w:t>' for p in pieces)
    return f"<w:r>{span_rpr(span, st)}{body}</w:r>"


def ppr_xml(st: ParaStyle, extra: str = "", frame: str = "", border: str = "") -> str:
    out = []
    if st.style_name:
        out.append(f'<w:pStyle w:val="{st.style_name}"/>')
    if st.keep_with_next:
        out.append("<w:keepNext/>")
    if frame:
        out.append(frame)
    if border:
        out.append(border)
    out.append(
        f'<w:spacing w:before="{round(st.space_before_pt * 20)}" w:beforeLines="0" '
        f'w:after="{round(st.space_after_pt * 20)}" w:afterLines="0" '
        f'w:line="{round(st.line_pt * 20)}" w:lineRule="exact"/>'
    )
    em = st.size * 20  # twips per character of this paragraph's size
    left_c = st.left_indent_chars
    attrs = []
    if st.hanging_chars:
        left = left_c + st.first_indent_chars + st.hanging_chars
        attrs += [f'w:leftChars="{round(left * 100)}" w:left="{round(left * em)}"',
                  f'w:hangingChars="{round(st.hanging_chars * 100)}" w:hanging="{round(st.hanging_chars * em)}"']
    else:
        attrs.append(f'w:leftChars="{round(left_c * 100)}" w:left="{round(left_c * em)}"')
        attrs.append(f'w:firstLineChars="{round(st.first_indent_chars * 100)}" '
                     f'w:firstLine="{round(st.first_indent_chars * em)}"')
    rc = st.right_indent_chars
    attrs.append(f'w:rightChars="{round(rc * 100)}" w:right="{round(rc * em)}"')
    out.append("<w:ind " + " ".join(attrs) + "/>")
    out.append(f'<w:jc w:val="{_JC[st.align]}"/>')
    if st.outline_level is not None:
        out.append(f'<w:outlineLvl w:val="{st.outline_level}"/>')
    out.append(rpr_xml(st.role, st.size, st.bold, st.color))
    return "<w:pPr>" + "".join(out) + extra + "</w:pPr>"


def paragraph_xml(p: Paragraph, frame: str = "", prefix: str = "") -> str:
    runs = "".join(run_xml(s, p.style) for s in p.spans if s.text)
    return f"<w:p>{ppr_xml(p.style, frame=frame)}{prefix}{runs}</w:p>"


def border_para_xml(color: str, eighths: int, val: str, before_pt: float, after_pt: float, indent_tw: int,
                    frame: str = "") -> str:
    """An empty 1-pt paragraph whose bottom border is the rule."""
    return (
        f'<w:p><w:pPr>{frame}<w:pBdr><w:bottom w:val="{val}" w:sz="{eighths}" w:space="0" w:color="{color}"/>'
        f'</w:pBdr><w:spacing w:before="{round(before_pt * 20)}" w:after="{round(after_pt * 20)}" w:line="20" '
        f'w:lineRule="exact"/><w:ind w:left="{indent_tw}" w:right="{indent_tw}" w:firstLine="0"/>'
        f'<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>'
    )


def table_xml(t: Table, image_run: Callable[[Image, float], str], floating: str = "") -> str:
    placed = place(t)
    cov = covered(t, placed)
    widths = [tw(w) for w in t.col_widths_mm]
    bsz = max(2, round(t.border_pt * 8))
    pad = tw(t.cell_pad_mm)
    borders = "".join(f'<w:{e} w:val="single" w:sz="{bsz}" w:space="0" w:color="000000"/>'
                      for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    out = [
        f'<w:tbl><w:tblPr>{floating}<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="{_JC.get(t.align, "center")}"/>'
        f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
        f'<w:tblCellMar><w:top w:w="{pad}" w:type="dxa"/><w:left w:w="{pad}" w:type="dxa"/>'
        f'<w:bottom w:w="{pad}" w:type="dxa"/><w:right w:w="{pad}" w:type="dxa"/></w:tblCellMar>'
        '<w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>'
        + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>"
    ]
    for r, row in enumerate(t.rows):
        trpr = ("" if row.can_split else "<w:cantSplit/>")
        if row.min_height_mm:
            trpr += f'<w:trHeight w:val="{tw(row.min_height_mm)}" w:hRule="atLeast"/>'
        if row.header:
            trpr += "<w:tblHeader/>"
        out.append(f"<w:tr><w:trPr>{trpr}</w:trPr>")
        cells = [(p.col, p, False) for p in placed[r]] + [(c, p, True) for c, p in cov[r].items()]
        for col, p, is_cont in sorted(cells, key=lambda x: x[0]):
            w = sum(widths[col:col + p.colspan])
            tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
            if p.colspan > 1:
                tcpr += f'<w:gridSpan w:val="{p.colspan}"/>'
            if p.rowspan > 1:
                tcpr += "<w:vMerge/>" if is_cont else '<w:vMerge w:val="restart"/>'
            if p.cell.shade and not is_cont:
                tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{p.cell.shade}"/>'
            tcpr += f'<w:vAlign w:val="{p.cell.valign}"/>'
            body = "<w:p/>" if is_cont else cell_blocks_xml(p.cell, image_run, (w - 2 * pad) / TWIPS_PER_MM)
            out.append(f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{body}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def cell_blocks_xml(cell: Cell, image_run: Callable[[Image, float], str], inner_mm: float) -> str:
    parts = []
    for b in cell.blocks:
        if isinstance(b, Paragraph):
            parts.append(paragraph_xml(b))
        elif isinstance(b, Image):
            parts.append(f'<w:p><w:pPr><w:spacing w:line="240" w:lineRule="auto"/><w:jc w:val="{_JC[b.align]}"/>'
                         f"</w:pPr>{image_run(b, inner_mm)}</w:p>")
    return "".join(parts) or "<w:p/>"
