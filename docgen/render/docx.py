"""The docx renderer: a model ``Document`` → .docx bytes, on docgen's own base document.

In:  a ``docgen.model.Document``. Out: docx bytes.

The base document (``templates/base_docx``: zh-CN defaults, no theme, a font table with
``w:altName`` fallbacks) is zipped once per process and opened with python-docx, which provides
the package plumbing (image parts, footers, core properties). The body is written as XML strings
from ``docx_xml``: every paragraph has exact line spacing, indents in characters, and every run the
mandated East Asian font. Page geometry, the document grid and PAGE-field footers come from the
model's ``PageSetup``.
"""

from __future__ import annotations

import io
import zipfile
from functools import lru_cache
from pathlib import Path

import docx
from docx.image.image import Image as DocxImage
from docx.oxml import parse_xml
from docx.shared import Emu, Mm

from ..model import BottomBlock, Document, Float, Image, PageBreak, PageSetup, Paragraph, Rule, Spacer, Table
from .docx_xml import NS, border_para_xml, esc, paragraph_xml, rpr_xml, table_xml, tw

BASE_DIR = Path(__file__).resolve().parents[2] / "templates" / "base_docx"
EMU_PER_MM = 36000


@lru_cache(maxsize=1)
def base_docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for path in sorted(BASE_DIR.rglob("*")):
            if path.is_file():
                z.write(path, path.relative_to(BASE_DIR).as_posix())
    return buf.getvalue()


class _Writer:
    def __init__(self, doc: Document):
        self.model = doc
        self.d = docx.Document(io.BytesIO(base_docx()))
        self.part = self.d.part
        self.text_mm = doc.page.text_width_mm
        self.pending_float = ""
        self.shape_id = 1

    # images ------------------------------------------------------------------------------
    def _inline(self, img: Image, max_w_mm: float | None = None):
        info = DocxImage.from_blob(img.data)
        bw = img.width_mm if max_w_mm is None else min(img.width_mm, max_w_mm)
        scale = min(bw / info.px_width, img.height_mm / info.px_height)
        w, h = info.px_width * scale, info.px_height * scale
        inline = self.part.new_pic_inline(io.BytesIO(img.data), Mm(w), Mm(h))
        return inline, w, h

    def image_run(self, img: Image, max_w_mm: float | None = None) -> str:
        from lxml import etree

        inline, _, _ = self._inline(img, max_w_mm)
        return f"<w:r><w:drawing>{etree.tostring(inline, encoding='unicode')}</w:drawing></w:r>"

    def anchor_run(self, f: Float) -> str:
        """A floating picture positioned from the text area's left and the next paragraph's top."""
        from lxml import etree

        inline, w, h = self._inline(f.image)
        graphic = etree.tostring(inline.find("{http://schemas.openxmlformats.org/drawingml/2006/main}graphic"),
                                 encoding="unicode")
        self.shape_id += 1
        return (
            '<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
            f'relativeHeight="{251659264 + self.shape_id}" behindDoc="0" locked="0" layoutInCell="1" '
            'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="margin"><wp:posOffset>{round(f.dx_mm * EMU_PER_MM)}</wp:posOffset>'
            f'</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>{round(f.dy_mm * EMU_PER_MM)}'
            f'</wp:posOffset></wp:positionV><wp:extent cx="{Emu(Mm(w))}" cy="{Emu(Mm(h))}"/>'
            '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
            f'<wp:docPr id="{1000 + self.shape_id}" name="Float {self.shape_id}"/><wp:cNvGraphicFramePr/>'
            f"{graphic}</wp:anchor></w:drawing></w:r>"
        )

    # blocks ------------------------------------------------------------------------------
    def block(self, b, frame: str = "") -> str:
        if isinstance(b, Paragraph):
            prefix, self.pending_float = self.pending_float, ""
            return paragraph_xml(b, frame=frame, prefix=prefix)
        if isinstance(b, Table):
            floating = ('<w:tblpPr w:vertAnchor="margin" w:horzAnchor="margin" w:tblpXSpec="center" '
                        'w:tblpYSpec="bottom"/>') if frame else ""
            return table_xml(b, self.image_run, floating)
        if isinstance(b, Image):
            return (f'<w:p><w:pPr><w:spacing w:line="240" w:lineRule="auto"/><w:jc w:val="{b.align}"/></w:pPr>'
                    f"{self.image_run(b, self.text_mm)}</w:p>").replace('w:val="justify"', 'w:val="both"')
        if isinstance(b, Rule):
            width = b.width_mm or self.text_mm
            indent = tw(max(0.0, (self.text_mm - width) / 2))
            eighths = max(2, min(96, round(b.thickness_mm / 25.4 * 72 * 8)))
            if b.double_gap_mm:
                return (border_para_xml(b.color, eighths, "single", b.space_before_mm * 72 / 25.4, 0, indent, frame)
                        + border_para_xml(b.color, eighths, "single", max(0.0, b.double_gap_mm * 72 / 25.4 - 1),
                                          b.space_after_mm * 72 / 25.4, indent, frame))
            return border_para_xml(b.color, eighths, "single", b.space_before_mm * 72 / 25.4,
                                   b.space_after_mm * 72 / 25.4, indent, frame)
        if isinstance(b, Spacer):
            line = max(20, min(31680, round(b.height_mm * 72 / 25.4 * 20)))
            return (f'<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="{line}" w:lineRule="exact"/>'
                    '<w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>')
        if isinstance(b, PageBreak):
            return '<w:p><w:pPr><w:spacing w:line="20" w:lineRule="exact"/></w:pPr><w:r><w:br w:type="page"/></w:r></w:p>'
        if isinstance(b, Float):
            self.pending_float += self.anchor_run(b)
            return ""
        if isinstance(b, BottomBlock):
            fr = (f'<w:framePr w:w="{tw(self.text_mm)}" w:wrap="around" w:vAnchor="margin" w:hAnchor="margin" '
                  'w:xAlign="center" w:yAlign="bottom"/>')
            return "".join(self.block(x, frame=fr) for x in b.blocks)
        raise TypeError(f"unknown block {type(b).__name__}")

    def body(self) -> str:
        parts = [self.block(b) for b in self.model.blocks]
        if self.pending_float:  # a float after the last paragraph still needs an anchor
            parts.append(f"<w:p>{self.pending_float}</w:p>")
        return "".join(parts)

    # page ----------------------------------------------------------------------------------
    def section(self, pg: PageSetup) -> None:
        s = self.d.sections[0]
        s.page_width, s.page_height = Mm(pg.width_mm), Mm(pg.height_mm)
        s.top_margin, s.bottom_margin = Mm(pg.top_mm), Mm(pg.bottom_mm)
        s.left_margin, s.right_margin = Mm(pg.left_mm), Mm(pg.right_mm)
        s.header_distance = Mm(15)
        sect = s._sectPr
        if pg.grid_line_pt:
            char = ""
            if pg.grid_char_pt:
                char = f' w:charSpace="{round((pg.grid_char_pt - 16.0) * 4096)}"'
            kind = "linesAndChars" if pg.grid_char_pt else "lines"
            sect.append(parse_xml(f'<w:docGrid {NS} w:type="{kind}" w:linePitch="{round(pg.grid_line_pt * 20)}"{char}/>'))
        pn = pg.page_numbers
        if pn is None:
            return
        size_mm = pn.size * 25.4 / 72
        s.footer_distance = Mm(max(5.0, pg.bottom_mm - pn.below_text_mm - 0.55 * size_mm))
        if pn.position == "outer":
            self.d.settings.odd_and_even_pages_header_footer = True
            self._footer(s.footer, pn, "right")
            self._footer(s.even_page_footer, pn, "left")
        else:
            self._footer(s.footer, pn, "center" if pn.position == "center" else "right")
        if pn.skip_first:
            s.different_first_page_header_footer = True
            s.first_page_footer.is_linked_to_previous = False

    def _footer(self, footer, pn, jc: str) -> None:
        footer.is_linked_to_previous = False
        el = footer._element
        for p in list(el):
            el.remove(p)
        rpr = rpr_xml(pn.role, pn.size)
        before, _, after = pn.template.partition("{n}")
        ind = round(pn.indent_chars * pn.size * 20)
        side = {"right": f'w:right="{ind}"', "left": f'w:left="{ind}"'}.get(jc, "")
        xml = (
            f'<w:p {NS}><w:pPr><w:pStyle w:val="Footer"/><w:spacing w:before="0" w:after="0" '
            f'w:line="{round(pn.size * 20)}" w:lineRule="exact"/><w:ind {side} w:firstLine="0"/>'
            f'<w:jc w:val="{jc}"/>{rpr}</w:pPr>'
            f'<w:r>{rpr}<w:t xml:space="preserve">{esc(before)}</w:t></w:r>'
            f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{rpr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
            f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r>{rpr}<w:t>1</w:t></w:r>'
            f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'
            f'<w:r>{rpr}<w:t xml:space="preserve">{esc(after)}</w:t></w:r></w:p>'
        )
        el.append(parse_xml(xml))

    def render(self) -> bytes:
        body_el = self.d.element.body
        sect = body_el[-1]
        frag = parse_xml(f"<w:body {NS}>{self.body()}</w:body>")
        for child in list(frag):
            sect.addprevious(child)
        self.section(self.model.page)
        cp = self.d.core_properties
        cp.title, cp.author, cp.subject = self.model.title, self.model.author, self.model.subject
        cp.keywords = ", ".join(self.model.keywords)
        cp.language = "zh-CN"
        out = io.BytesIO()
        self.d.save(out)
        return out.getvalue()


def render_docx(doc: Document) -> bytes:
    """Render ``doc`` to docx bytes."""
    return _Writer(doc).render()
