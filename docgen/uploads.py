"""Checks on uploaded files before anything parses them.

In:  raw bytes of an upload (docx, xlsx: zip containers).
Out: nothing, or ``InputError`` with a Chinese message — too large, too many zip entries, a
     suspicious compression ratio (zip bomb), or an XML DOCTYPE/entity declaration.
"""

from __future__ import annotations

import io
import zipfile

from .errors import InputError

MAX_BYTES = 20 * 1024 * 1024
MAX_ENTRIES = 2_000
MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 100


def check_size(data: bytes, limit: int = MAX_BYTES) -> None:
    if len(data) > limit:
        raise InputError(f"文件过大（{len(data) / 1e6:.1f} MB），上限 {limit / 1e6:.0f} MB", code="too_large")


def check_zip(data: bytes) -> None:
    """Size, entry count, total size and ratio of a zip container; no DOCTYPE in its XML parts."""
    check_size(data)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise InputError("文件已损坏或不是 Office 文档（zip 格式无效）", code="bad_zip") from exc
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise InputError(f"文件内部条目过多（{len(infos)}）", code="zip_entries")
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if total > MAX_UNCOMPRESSED or total / packed > MAX_RATIO:
        raise InputError("文件解压后过大，疑似压缩炸弹", code="zip_bomb")
    for info in infos:
        if info.filename.endswith((".xml", ".rels")):
            head = zf.read(info)[:4096]
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                raise InputError(f"文件内含 DOCTYPE/实体声明（{info.filename}），已拒绝", code="xml_doctype")
