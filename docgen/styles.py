"""Chinese type sizes, page geometries and the style sheets of each document family.

In:  nothing.
Out: constants — 字号 (初号 … 八号) in points, the A4 page setups, and ``ParaStyle`` sets
     that kinds use to build paragraphs. Renderers never look here: they read the model.
"""

from __future__ import annotations

from types import MappingProxyType

from .model import PageNumbers, PageSetup, ParaStyle

# 字号 → pt (as in ctex.sty and Word's Chinese size list)
初号, 小初, 一号, 小一, 二号, 小二 = 42.0, 36.0, 26.0, 24.0, 22.0, 18.0
三号, 小三, 四号, 小四, 五号, 小五 = 16.0, 15.0, 14.0, 12.0, 10.5, 9.0
六号, 小六, 七号, 八号 = 7.5, 6.5, 5.5, 5.0

SIZE_NAMES = MappingProxyType({
    "初号": 初号, "小初": 小初, "一号": 一号, "小一": 小一, "二号": 二号, "小二": 小二,
    "三号": 三号, "小三": 小三, "四号": 四号, "小四": 小四, "五号": 五号, "小五": 小五,
    "六号": 六号, "小六": 小六, "七号": 七号, "八号": 八号,
})

RED = "FF0000"
BLACK = "000000"

# GB/T 9704-2012: 天头 37 mm, 订口 28 mm, 版心 156 x 225 mm, 22 lines x 28 characters of 三号.
GBT9704_LINE_PT = 28.95
GBT9704_CHAR_PT = 15.79
GBT9704_PAGE = PageSetup(
    top_mm=37.0, bottom_mm=35.0, left_mm=28.0, right_mm=26.0,
    page_numbers=PageNumbers(template="— {n} —", role="song", size=四号, position="outer",
                             indent_chars=1.0, below_text_mm=7.0),
    grid_line_pt=GBT9704_LINE_PT, grid_char_pt=GBT9704_CHAR_PT,
)

# Case-submission documents (中后协信〔2026〕1号): A4, the 公文 margins, fixed 26 pt lines.
CASE_LINE_PT = 26.0
CASE_PAGE = PageSetup(
    top_mm=37.0, bottom_mm=35.0, left_mm=28.0, right_mm=26.0,
    page_numbers=PageNumbers(template="— {n} —", role="song", size=四号, position="center",
                             indent_chars=0.0, below_text_mm=7.0),
)

CASE_STYLES = MappingProxyType({
    # 主标题 二号方正小标宋简体, centred; a blank line's worth of space after.
    "title": ParaStyle(role="xiaobiaosong", size=二号, line_pt=36.0, align="center",
                       space_after_pt=CASE_LINE_PT, style_name="Title", keep_with_next=True),
    # 一级标题 (一、) 三号黑体; 二级标题 (（一）) 三号楷体; 三级 (1.) 三号仿宋 — all indented 2 characters.
    "heading1": ParaStyle(role="hei", size=三号, line_pt=CASE_LINE_PT, first_indent_chars=2,
                          outline_level=0, style_name="Heading1", keep_with_next=True),
    "heading2": ParaStyle(role="kai", size=三号, line_pt=CASE_LINE_PT, first_indent_chars=2,
                          outline_level=1, style_name="Heading2", keep_with_next=True),
    "heading3": ParaStyle(role="fang", size=三号, line_pt=CASE_LINE_PT, first_indent_chars=2,
                          outline_level=2, style_name="Heading3", keep_with_next=True),
    # 正文 三号仿宋_GB2312, 首行缩进 2 字, 行距固定值 26 磅.
    "body": ParaStyle(role="fang", size=三号, line_pt=CASE_LINE_PT, first_indent_chars=2),
    # Author/unit line under the title.
    "byline": ParaStyle(role="kai", size=三号, line_pt=CASE_LINE_PT, align="center",
                        space_after_pt=CASE_LINE_PT / 2),
    # Table cells: 仿宋, smaller, single lines, no indent.
    "cell": ParaStyle(role="fang", size=小四, line_pt=18.0, align="left"),
    "cell_head": ParaStyle(role="hei", size=小四, line_pt=18.0, align="center"),
})
