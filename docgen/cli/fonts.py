"""``docgen fonts [--check TEXT]``: each role's font file, licence, coverage; or check a text."""

from __future__ import annotations

import argparse

from .. import fonts


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("fonts", help="列出各角色字体及覆盖情况；--check 检查文本能否排版")
    p.add_argument("--check", metavar="TEXT", help="检查这些字符是否都有字体可显示")
    p.add_argument("--role", default=None, choices=sorted(fonts.ROLES), help="只检查这个角色（默认全部）")
    p.set_defaults(func=run)


def _gbk_hanzi() -> str:
    chars = []
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            ch = bytes([lead, trail]).decode("gbk", errors="ignore")
            if ch and ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"):
                chars.append(ch)
    return "".join(chars)


def run(args: argparse.Namespace) -> int:
    roles = [args.role] if args.role else list(fonts.ROLES)
    if args.check is not None:
        bad = {r: fonts.missing(args.check, r) for r in roles}
        bad = {r: chars for r, chars in bad.items() if chars}
        if not bad:
            print(f"全部 {len(set(args.check))} 个字符均可显示（{'、'.join(fonts.ROLES[r].label for r in roles)}）")
            return 0
        for r, chars in bad.items():
            listed = " ".join(f"{c} U+{ord(c):04X}" for c in chars)
            print(f"{fonts.ROLES[r].label}：无字体可显示 {listed}")
        return 1
    fs = fonts.font_set()
    gbk = _gbk_hanzi()
    for key in roles:
        role = fonts.ROLES[key]
        ff = fs.primary.get(key)
        if ff is None:
            print(f"{role.label}（{role.docx_name}）：未找到字体文件")
            continue
        own = sum(1 for c in gbk if ord(c) in ff.cmap)
        via = len(gbk) - len(fonts.missing(gbk, key))
        print(f"{role.label}（docx: {role.docx_name}）")
        print(f"  文件：{ff.path}  [{ff.family}]")
        print(f"  许可：{ff.licence}；嵌入：{ff.embedding_note}")
        print(f"  GBK 汉字：本字体 {own}/{len(gbk)}，含逐字回退 {via}/{len(gbk)}；"
              f"回退顺序：{' → '.join(f.family for f in fs.chain(key))}")
    others = [(ff, claim) for ff, claim in fs.found if not ff.bundled]
    for ff, claim in others:
        label = fonts.ROLES[claim].label if claim else "未识别角色"
        print(f"另外找到：{ff.path.name} [{ff.family}] → {label}；{ff.embedding_note}")
    return 0
