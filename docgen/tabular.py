"""Reading staff spreadsheets: .xlsx, .csv (UTF-8 with or without BOM, or GBK) and JSON lists.

In:  file bytes and the file name (its extension decides the reader).
Out: ``Sheet`` — the header row as written and the data rows as ``(row_number, {header: text})``
     with the row number a person sees in Excel (header = row 1). Empty rows are skipped; cell
     values are text exactly as typed (numbers without a trailing ``.0``, dates as 2026-06-15).
``match_columns`` maps headers to field ids by aliases and reports the headers it does not know.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from .errors import FieldError, InputError

MAX_ROWS = 100_000


@dataclass
class Sheet:
    headers: list[str]
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return unicodedata.normalize("NFC", str(value)).strip()


def norm_header(h: str) -> str:
    """Header as compared: NFC, no spaces, full-width brackets and slashes folded, no trailing *."""
    h = unicodedata.normalize("NFKC", h or "")
    return "".join(h.split()).rstrip("*：:")


def _from_table(table: Iterator[Sequence]) -> Sheet:
    headers: list[str] | None = None
    sheet = Sheet([])
    for number, values in enumerate(table, start=1):
        cells = [_text(v) for v in values]
        if headers is None:
            if not any(cells):
                continue
            headers = cells
            sheet.headers = [h for h in headers]
            continue
        if not any(cells):
            continue
        if len(sheet.rows) >= MAX_ROWS:
            raise InputError(f"表格超过 {MAX_ROWS} 行", code="too_many_rows")
        row = {h: (cells[i] if i < len(cells) else "") for i, h in enumerate(headers) if h}
        sheet.rows.append((number, row))
    return sheet


def _decode_csv(data: bytes) -> str:
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise InputError("CSV 文件既不是 UTF-8 也不是 GBK 编码，请另存为“CSV UTF-8”", code="bad_encoding")


def read_sheet(data: bytes, filename: str) -> Sheet:
    name = filename.lower()
    if name.endswith(".csv"):
        return _from_table(csv.reader(io.StringIO(_decode_csv(data))))
    if name.endswith((".xlsx", ".xlsm")):
        import openpyxl  # imported here: only spreadsheet paths pay for it

        from .uploads import check_zip

        check_zip(data)
        try:
            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many types for damaged files
            raise InputError(f"无法读取 Excel 文件：{exc}", code="bad_xlsx") from exc
        try:
            return _from_table(wb.worksheets[0].iter_rows(values_only=True))
        finally:
            wb.close()
    if name.endswith(".json"):
        try:
            items = json.loads(data.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f"JSON 格式错误：{exc}", code="bad_json") from exc
        if isinstance(items, dict):
            items = items.get("rows") or items.get("items") or [items]
        if not isinstance(items, list) or not all(isinstance(i, Mapping) for i in items):
            raise InputError("JSON 应为对象列表", code="bad_json")
        headers = list(dict.fromkeys(k for item in items for k in item))
        sheet = Sheet(headers)
        for i, item in enumerate(items, start=1):
            sheet.rows.append((i, {k: v if isinstance(v, list) else _text(v) for k, v in item.items()}))
        return sheet
    if name.endswith(".xls"):
        raise InputError("不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx", code="unsupported_type")
    raise InputError("仅支持 .xlsx、.csv 或 .json 名单", code="unsupported_type")


def match_columns(headers: Sequence[str], aliases: Mapping[str, Sequence[str]]
                  ) -> tuple[dict[str, str], list[FieldError]]:
    """Map each header to a field id. ``aliases`` = {field_id: [label, other names…]}.

    Returns ({header: field_id}, warnings) where each unknown header is one warning
    (code ``unknown_column``) so nothing is dropped silently.
    """
    lookup = {}
    for fid, names in aliases.items():
        for n in (fid, *names):
            lookup.setdefault(norm_header(n), fid)
    mapping: dict[str, str] = {}
    warnings: list[FieldError] = []
    for h in headers:
        if not h:
            continue
        fid = lookup.get(norm_header(h))
        if fid is None:
            warnings.append(FieldError(h, "unknown_column", f"未识别的列“{h}”，已忽略该列"))
        else:
            mapping[h] = fid
    return mapping, warnings
