"""Fonts by role: which file draws each role, what it covers, and the per-character fallback.

In:  the font folders (the bundled ``fonts/`` of the checkout, ``$DOCGEN_HOME/fonts`` and
     ``$DOCGEN_FONTS_DIR``), where a licensed font (the real 方正小标宋简体, 仿宋_GB2312 …) may be
     dropped; it is matched to its role by the names inside the file.
Out: ``ROLES`` (the mandated docx names and their fallbacks), ``font_set()`` — the files chosen per
     role with their embedding permission — and ``segment(text, role)``, which cuts text into runs
     that each font can draw, or raises ``MissingGlyphsError`` naming the characters no font has.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from fontTools.ttLib import TTCollection, TTFont

from .errors import MissingGlyphsError

BUNDLED_DIR = Path(__file__).resolve().parent.parent / "fonts"


@dataclass(frozen=True)
class Role:
    key: str
    label: str  # what a user reads
    docx_name: str  # w:eastAsia, the mandated name
    alt_names: tuple[str, ...]  # w:altName fallbacks in the docx font table
    bundled: str  # file in fonts/
    match_names: frozenset[str]  # family names that claim this role when a font is dropped in
    fallback: tuple[str, ...]  # other roles tried per character, in order


ROLES: dict[str, Role] = {
    r.key: r
    for r in (
        Role("xiaobiaosong", "小标宋", "方正小标宋简体", ("方正小标宋_GBK", "华文中宋"), "docgen-xiaobiaosong.ttf",
             frozenset({"方正小标宋简体", "FZXiaoBiaoSong-B05S", "方正小标宋_GBK", "FZXiaoBiaoSong-B05"}), ("song",)),
        Role("hei", "黑体", "黑体", ("SimHei",), "docgen-hei.ttf",
             frozenset({"黑体", "SimHei", "方正黑体简体", "FZHei-B01S"}), ("song",)),
        Role("kai", "楷体", "楷体_GB2312", ("楷体", "KaiTi"), "docgen-kai.ttf",
             frozenset({"楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "方正楷体简体", "FZKai-Z03S"}), ("song",)),
        Role("fang", "仿宋", "仿宋_GB2312", ("仿宋", "FangSong"), "docgen-fang.ttf",
             frozenset({"仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "方正仿宋简体", "FZFangSong-Z02S"}),
             ("kai", "song")),
        Role("song", "宋体", "宋体", ("SimSun", "NSimSun"), "docgen-song.ttf",
             frozenset({"宋体", "SimSun", "NSimSun"}), ()),
    )
}

LATIN_FONT = "Times New Roman"  # w:ascii / w:hAnsi in every docx run
_IGNORABLE = {"Mn", "Me", "Cf", "Cc"}  # variation selectors, joiners, controls: not drawn


@dataclass
class FontFile:
    path: Path
    index: int
    family: str
    names: frozenset[str]
    fs_type: int
    outlines: str  # "glyf" or "CFF"
    bundled: bool
    licence: str = ""

    @property
    def key(self) -> str:
        """A name for the renderer's registration; unique per file and index."""
        return f"dg-{self.path.stem}-{self.index}"

    @property
    def embeddable(self) -> bool:
        """OS/2 fsType: bit 1 = restricted licence (never embed), bit 8 = no subsetting (we always subset)."""
        return not (self.fs_type & 0x0002) and not (self.fs_type & 0x0100) and self.outlines == "glyf"

    @property
    def embedding_note(self) -> str:
        if self.fs_type & 0x0002:
            return "许可禁止嵌入（fsType 受限），PDF 不使用此字体"
        if self.fs_type & 0x0100:
            return "许可禁止子集嵌入，PDF 不使用此字体"
        if self.outlines != "glyf":
            return "CFF 轮廓，请用 fonts/build_fonts.py 的方法转换为 TrueType"
        return "可嵌入"

    @cached_property
    def cmap(self) -> frozenset[int]:
        font = _open(self.path, self.index)
        return frozenset(font.getBestCmap() or {})


def _open(path: Path, index: int) -> TTFont:
    if path.suffix.lower() in (".ttc", ".otc"):
        return TTCollection(str(path), lazy=True).fonts[index]
    return TTFont(str(path), lazy=True)


def _describe(path: Path, index: int, bundled: bool) -> FontFile:
    font = _open(path, index)
    names = set()
    for rec in font["name"].names:
        if rec.nameID in (1, 4, 16):
            try:
                names.add(rec.toUnicode().strip())
            except UnicodeDecodeError:
                continue
    family = font["name"].getDebugName(4) or path.stem
    outlines = "glyf" if "glyf" in font else "CFF"
    fs_type = font["OS/2"].fsType if "OS/2" in font else 0
    return FontFile(path, index, family, frozenset(names), fs_type, outlines, bundled)


def font_dirs() -> list[Path]:
    dirs = [BUNDLED_DIR]
    home = os.environ.get("DOCGEN_HOME")
    if home:
        dirs.append(Path(home) / "fonts")
    extra = os.environ.get("DOCGEN_FONTS_DIR")
    if extra:
        dirs.extend(Path(p) for p in extra.split(os.pathsep) if p)
    return [d for d in dirs if d.is_dir()]


@dataclass
class FontSet:
    """The chosen file per role (``primary``), the bundled file per role, and what was found."""

    primary: dict[str, FontFile] = field(default_factory=dict)
    bundled: dict[str, FontFile] = field(default_factory=dict)
    found: list[tuple[FontFile, str | None]] = field(default_factory=list)  # (file, role it claims)

    def chain(self, role: str) -> list[FontFile]:
        """Fonts tried for a character of ``role``, best first: the role's own font (a licensed one
        when embeddable), the bundled font of the role, then the role's fallbacks."""
        out: list[FontFile] = []
        for key in (role, *ROLES[role].fallback, "song"):
            for f in (self.primary.get(key), self.bundled.get(key)):
                if f is not None and f.embeddable and f not in out:
                    out.append(f)
        return out


def _licence_for(path: Path) -> str:
    if path.name.startswith("docgen-"):
        lic = {"fang": "GPL-3 + font exception (Fandol)", "kai": "OFL-1.1 (LXGW WenKai)"}
        for k, v in lic.items():
            if k in path.stem:
                return v
        return "OFL-1.1 (Noto CJK)"
    return "用户提供（许可由使用方负责）"


@lru_cache(maxsize=1)
def font_set() -> FontSet:
    fs = FontSet()
    for d in font_dirs():
        for path in sorted(d.iterdir()):
            if path.suffix.lower() not in (".ttf", ".otf", ".ttc", ".otc"):
                continue
            count = len(TTCollection(str(path), lazy=True).fonts) if path.suffix.lower() in (".ttc", ".otc") else 1
            for index in range(count):
                bundled = d == BUNDLED_DIR and path.name.startswith("docgen-")
                ff = _describe(path, index, bundled)
                ff.licence = _licence_for(path)
                claim = None
                for role in ROLES.values():
                    if bundled and path.name == role.bundled:
                        claim = role.key
                        fs.bundled[role.key] = ff
                    elif not bundled and ff.names & role.match_names:
                        claim = role.key
                        if role.key not in fs.primary and ff.embeddable:
                            fs.primary[role.key] = ff
                fs.found.append((ff, claim))
    for key, ff in fs.bundled.items():
        fs.primary.setdefault(key, ff)
    return fs


@lru_cache(maxsize=64)
def _chain_cmaps(role: str) -> tuple[tuple[FontFile, frozenset[int]], ...]:
    return tuple((f, f.cmap) for f in font_set().chain(role))


def is_ignorable(ch: str) -> bool:
    return unicodedata.category(ch) in _IGNORABLE and ch not in "\t\n"


def missing(text: str, role: str = "song") -> list[str]:
    """Characters of ``text`` that no font in the role's chain can draw (distinct, in order)."""
    chain = _chain_cmaps(role)
    out: list[str] = []
    for ch in dict.fromkeys(text):
        if ch.isspace() or is_ignorable(ch):
            continue
        if not any(ord(ch) in cm for _, cm in chain):
            out.append(ch)
    return out


def segment(text: str, role: str) -> list[tuple[FontFile, str]]:
    """Cut ``text`` into (font, text) runs for ``role``, falling back per character.

    White space stays with the run before it; ignorable characters (variation selectors, zero-width
    joiners) are dropped. Raises ``MissingGlyphsError`` if any character has no font at all.
    """
    chain = _chain_cmaps(role)
    if not chain:
        raise MissingGlyphsError(list(dict.fromkeys(text)), role)
    runs: list[tuple[FontFile, str]] = []
    lost: list[str] = []
    cur_font, buf = None, []
    for ch in text:
        if is_ignorable(ch):
            continue
        if ch.isspace() and cur_font is not None:
            buf.append(" ")
            continue
        cp = ord(ch)
        font = next((f for f, cm in chain if cp in cm), None)
        if font is None:
            if ch.isspace():
                font = chain[0][0]
                ch = " "
            else:
                lost.append(ch)
                continue
        if font is not cur_font:
            if buf:
                runs.append((cur_font, "".join(buf)))
            cur_font, buf = font, []
        buf.append(ch)
    if lost:
        raise MissingGlyphsError(list(dict.fromkeys(lost)), role)
    if buf:
        runs.append((cur_font, "".join(buf)))
    return runs
