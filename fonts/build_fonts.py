"""Rebuild the bundled fonts in this folder from their Debian source packages.

In:  the Debian packages named in SOURCES (downloaded with ``apt-get download`` and unpacked
     into a cache folder; nothing is installed system-wide).
Out: one TrueType (glyf) file per role in ``fonts/``, subset to the characters docgen needs,
     with its licence text beside it in ``fonts/licenses/``.

Run: ``python fonts/build_fonts.py`` (needs apt-get, dpkg-deb and fontTools; takes a few minutes).
CFF-flavoured sources are converted to quadratic TrueType outlines with fontTools' cu2qu,
because reportlab can only embed glyf fonts.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

HERE = Path(__file__).resolve().parent
CACHE = Path.home() / ".cache" / "docgen-font-sources"

# role -> (output file, family name, Debian package, path inside it, TTC index, charset name, licence file)
SOURCES = {
    "xiaobiaosong": ("docgen-xiaobiaosong.ttf", "Docgen XiaoBiaoSong", "fonts-noto-cjk-extra",
                     "usr/share/fonts/opentype/noto/NotoSerifCJK-Black.ttc", 2, "gbk", "OFL-1.1-noto-cjk.txt"),
    "hei": ("docgen-hei.ttf", "Docgen Hei", "fonts-noto-cjk",
            "usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2, "gbk", "OFL-1.1-noto-cjk.txt"),
    "kai": ("docgen-kai.ttf", "Docgen Kai", "fonts-lxgw-wenkai",
            "usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0, "gbk", "OFL-1.1-lxgw-wenkai.txt"),
    "fang": ("docgen-fang.ttf", "Docgen Fang", "texlive-lang-chinese",
             "usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf", 0, "all",
             "GPL-3-fandol.txt"),
    "song": ("docgen-song.ttf", "Docgen Song", "fonts-noto-cjk",
             "usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2, "wide", "OFL-1.1-noto-cjk.txt"),
}

LICENCES = {
    "OFL-1.1-noto-cjk.txt": ("fonts-noto-cjk", "usr/share/doc/fonts-noto-cjk/copyright"),
    "OFL-1.1-lxgw-wenkai.txt": ("fonts-lxgw-wenkai", "usr/share/doc/fonts-lxgw-wenkai/copyright"),
    "GPL-3-fandol.txt": ("texlive-lang-chinese", "usr/share/doc/texlive-lang-chinese/copyright"),
}


def _common() -> set[int]:
    """ASCII, Latin-1, general punctuation, CJK symbols, full-width forms and the form symbols."""
    cps = set(range(0x20, 0x7F)) | set(range(0xA0, 0x180))
    for lo, hi in [(0x2000, 0x206F), (0x2100, 0x218F), (0x2190, 0x21FF), (0x2460, 0x24FF),
                   (0x2500, 0x257F), (0x25A0, 0x25FF), (0x2600, 0x26FF), (0x2700, 0x27BF),
                   (0x3000, 0x303F), (0x3200, 0x32FF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF)]:
        cps |= set(range(lo, hi + 1))
    return cps


def _gbk() -> set[int]:
    cps = set()
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            try:
                ch = bytes([lead, trail]).decode("gbk")
            except UnicodeDecodeError:
                continue
            cps.add(ord(ch))
    return cps


def _wide() -> set[int]:
    """GBK plus every CJK ideograph block (Ext A-F, compatibility): the fallback font keeps them all."""
    cps = _gbk()
    for lo, hi in [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FA1F), (0x30000, 0x3134F)]:
        cps |= set(range(lo, hi + 1))
    return cps


def charset(name: str, font: TTFont) -> set[int]:
    have = set(font.getBestCmap())
    want = {"gbk": _gbk, "wide": _wide, "all": lambda: have}[name]() | _common()
    return want & have


def fetch(package: str) -> Path:
    """Download and unpack a Debian package into the cache; returns the unpacked root."""
    root = CACHE / package
    if root.exists():
        return root
    CACHE.mkdir(parents=True, exist_ok=True)
    subprocess.run(["apt-get", "download", package], cwd=CACHE, check=True)
    deb = sorted(CACHE.glob(f"{package}_*.deb"))[-1]
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return root


def cff_to_glyf(font: TTFont, max_err: float = 1.0) -> None:
    """Replace CFF outlines with quadratic glyf outlines in place (after fontTools' otf2ttf snippet)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    maxp.maxComponentDepth = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    font.sfntVersion = "\x00\x01\x00\x00"
    head = font["head"]
    head.glyphDataFormat = 0


def rename(font: TTFont, family: str, source: str) -> None:
    name = font["name"]
    keep = {0, 7, 8, 9, 11, 12, 13, 14}
    name.names = [n for n in name.names if n.nameID in keep]
    for nid, value in [(1, family), (2, "Regular"), (3, f"{family};docgen"), (4, family),
                       (6, family.replace(" ", "-")), (5, f"docgen build of {source}")]:
        name.setName(value, nid, 3, 1, 0x409)


def build(role: str) -> Path:
    out_name, family, package, inner, index, cs_name, _lic = SOURCES[role]
    src = fetch(package) / inner
    font = TTFont(str(src), fontNumber=index, lazy=False)
    opts = subset.Options()
    opts.layout_features = []
    opts.hinting = False
    opts.desubroutinize = True
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.notdef_outline = True
    opts.drop_tables += ["VORG", "vhea", "vmtx", "BASE", "GPOS", "GSUB", "GDEF", "DSIG", "JSTF"]
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=sorted(charset(cs_name, font)))
    sub.subset(font)
    if "CFF " in font:
        cff_to_glyf(font)
    rename(font, family, Path(inner).name)
    font["OS/2"].fsType = 0  # all sources are OFL/GPL-with-font-exception: installable embedding
    out = HERE / out_name
    font.save(str(out))
    return out


def copy_licences() -> None:
    lic_dir = HERE / "licenses"
    lic_dir.mkdir(exist_ok=True)
    for target, (package, inner) in LICENCES.items():
        shutil.copyfile(fetch(package) / inner, lic_dir / target)


def main(argv: list[str]) -> int:
    roles = argv or list(SOURCES)
    copy_licences()
    for role in roles:
        out = build(role)
        print(f"{role}: {out.name} {out.stat().st_size / 1e6:.1f} MB", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
