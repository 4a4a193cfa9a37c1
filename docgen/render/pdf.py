"""The PDF renderer: a model ``Document`` → PDF bytes (reportlab, fonts embedded as subsets).

In:  a ``docgen.model.Document``. Out: PDF bytes.

The flow stacks items (lines at their fixed pitch, images, rules, table rows) down the text area
of each page, starting a page when the next item does not fit; tables repeat their header rows and
split tall rows between lines; ``Float`` places an image relative to where the flow is;
``BottomBlock`` pins blocks to the foot of the text area. Page numbers, metadata and bookmarks
come from the model. Nothing here knows what kind of document it draws.
"""

from __future__ import annotations

import io

from ..model import BottomBlock, Document, Float, Image, PageBreak, Paragraph, Rule, Spacer, Table
from .pdf_fonts import draw_string, new_canvas, string_width
from .pdf_items import MM, Item, image_fit, image_item, paragraph_items, rule_items
from .pdf_table import Part, TableLayout

EPS = 0.01


class _Flow:
    def __init__(self, doc: Document, buf: io.BytesIO):
        self.doc = doc
        pg = doc.page
        self.pw, self.ph = pg.width_mm * MM, pg.height_mm * MM
        self.left = pg.left_mm * MM
        self.top = self.ph - pg.top_mm * MM
        self.width = pg.text_width_mm * MM
        self.height = pg.text_height_mm * MM
        self.c = new_canvas(buf, (self.pw, self.ph), invariant=True)
        self.page = 1
        self.y = 0.0  # used height of the current page's text area
        self.empty = True
        self.no_number: set[int] = set()
        self.outline_seq = 0

    # pages -------------------------------------------------------------------------------
    def new_page(self) -> None:
        self._finish_page()
        self.c.showPage()
        self.page += 1
        self.y = 0.0
        self.empty = True

    def _finish_page(self) -> None:
        pn = self.doc.page.page_numbers
        if pn is None or self.page in self.no_number or (pn.skip_first and self.page == 1):
            return
        text = pn.template.format(n=self.page)
        w = string_width(text, pn.role, pn.size)
        indent = pn.indent_chars * pn.size
        if pn.position == "center":
            x = self.left + (self.width - w) / 2
        elif pn.position == "right" or self.page % 2 == 1:
            x = self.left + self.width - indent - w
        else:
            x = self.left + indent
        # The dashes (一字线) sit ``below_text_mm`` under the text area; a dash is ~0.35 em high.
        baseline = self.top - self.height - pn.below_text_mm * MM - 0.35 * pn.size
        draw_string(self.c, x, baseline, text, pn.role, pn.size)

    def room(self) -> float:
        return self.height - self.y

    def place(self, item: Item) -> None:
        if item.space:
            if not self.empty:
                self.y = min(self.height, self.y + item.h)
            return
        if item.h > self.room() + EPS and not self.empty:
            self.new_page()
        if item.outline:
            title, level = item.outline
            key = f"h{self.outline_seq}"
            self.outline_seq += 1
            self.c.bookmarkHorizontal(key, 0, self.top - self.y + 4)
            self.c.addOutlineEntry(title[:60], key, level=level, closed=False)
        if item.draw is not None:
            item.draw(self.c, self.left, self.top - self.y)
        self.y += item.h
        self.empty = False

    # blocks ------------------------------------------------------------------------------
    def run(self) -> None:
        blocks = self.doc.blocks
        for i, b in enumerate(blocks):
            if isinstance(b, Paragraph):
                items = paragraph_items(b, self.width)
                if b.style.keep_with_next and i + 1 < len(blocks) and not self.empty:
                    need = sum(it.h for it in items if not it.space) + self._first_height(blocks[i + 1])
                    if need > self.room() + EPS and need <= self.height:
                        self.new_page()
                for it in items:
                    self.place(it)
            elif isinstance(b, Table):
                self.table(b)
            elif isinstance(b, Image):
                self.place(image_item(b, self.width))
            elif isinstance(b, Rule):
                for it in rule_items(b, self.width):
                    self.place(it)
            elif isinstance(b, Spacer):
                if self.y + b.height_mm * MM > self.height + EPS:
                    self.new_page()
                else:
                    self.y += b.height_mm * MM
            elif isinstance(b, PageBreak):
                self.new_page()
            elif isinstance(b, Float):
                reader, w, h = image_fit(b.image)
                self.c.drawImage(reader, self.left + b.dx_mm * MM, self.top - self.y - b.dy_mm * MM - h, w, h,
                                 mask="auto")
            elif isinstance(b, BottomBlock):
                self.bottom(b)
        self._finish_page()
        self.c.save()

    def _first_height(self, b) -> float:
        if isinstance(b, Paragraph):
            return b.style.space_before_pt + b.style.line_pt
        return 0.0

    def table(self, t: Table) -> None:
        tl = TableLayout(t, self.width)
        headers = [tl.part(r) for r in tl.header_rows]
        head_h = sum(p.h for p in headers)
        seg: list[Part] = []
        seg_h = 0.0

        def flush() -> None:
            nonlocal seg, seg_h
            if seg:
                tl.draw_segment(self.c, self.left, self.top - self.y, seg)
                self.y += seg_h
                self.empty = False
            seg, seg_h = [], 0.0

        def fresh_page() -> None:
            nonlocal seg, seg_h
            flush()
            self.new_page()
            if headers:
                seg, seg_h = list(headers), head_h

        for start, end in tl.groups:
            if start < len(tl.header_rows):
                for p in headers[start:end]:
                    seg.append(p)
                    seg_h += p.h
                continue
            gh = sum(tl.heights[start:end])
            if gh > self.room() - seg_h + EPS and gh <= self.height - head_h and not (self.empty and not seg):
                fresh_page()
            for r in range(start, end):
                part = tl.part(r)
                while part.h > self.room() - seg_h + EPS:
                    cut = tl.split_row(part, self.room() - seg_h) if t.rows[r].can_split else None
                    if cut is None:
                        if self.empty and seg_h <= head_h:
                            break  # does not fit even on a fresh page: let it run over
                        fresh_page()
                        continue
                    head, part = cut
                    seg.append(head)
                    seg_h += head.h
                    fresh_page()
                seg.append(part)
                seg_h += part.h
        flush()

    def bottom(self, b: BottomBlock) -> None:
        items: list[Item] = []
        tables: list[tuple[int, TableLayout]] = []
        for blk in b.blocks:
            if isinstance(blk, Paragraph):
                items.extend(paragraph_items(blk, self.width, outline=False))
            elif isinstance(blk, Rule):
                items.extend(rule_items(blk, self.width))
            elif isinstance(blk, Table):
                tl = TableLayout(blk, self.width)
                tables.append((len(items), tl))
                items.append(Item(sum(tl.heights)))
        h = sum(i.h for i in items)
        if h > self.room() + EPS and not self.empty:
            self.new_page()
            if b.suppress_page_number:
                self.no_number.add(self.page)
        y = self.top - self.height + h
        by_index = dict(tables)
        for k, it in enumerate(items):
            if k in by_index:
                tl = by_index[k]
                tl.draw_segment(self.c, self.left, y, [tl.part(r) for r in range(len(tl.t.rows))])
            elif it.draw is not None:
                it.draw(self.c, self.left, y)
            y -= it.h
        self.y = self.height
        self.empty = False


def render_pdf(doc: Document) -> bytes:
    """Render ``doc`` to PDF bytes; raises ``MissingGlyphsError`` before writing anything if a
    character has no font."""
    buf = io.BytesIO()
    flow = _Flow(doc, buf)
    c = flow.c
    c.setTitle(doc.title)
    c.setAuthor(doc.author)
    c.setSubject(doc.subject)
    c.setKeywords(", ".join(doc.keywords))
    c.setCreator("docgen")
    c.setProducer("docgen (reportlab)")
    flow.run()
    return buf.getvalue()
