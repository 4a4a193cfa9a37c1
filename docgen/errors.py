"""Errors a user sees: each has a stable machine ``code`` and a Chinese ``message``.

In:  raised by kinds, fonts and renderers.
Out: caught by the CLI (printed, non-zero exit) and the service (JSON ``{code, message, errors}``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class FieldError:
    """One broken rule: which field (its Chinese label) or row, the rule's code, and the message."""

    field: str
    code: str
    message: str
    row: int | None = None

    def as_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v is not None}

    def __str__(self) -> str:
        where = f"第{self.row}行 " if self.row is not None else ""
        return f"{where}{self.field}：{self.message}"


class DocgenError(Exception):
    code = "docgen_error"

    def __init__(self, message: str, code: str | None = None, errors: list[FieldError] | None = None):
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        self.errors = list(errors or [])

    def as_dict(self) -> dict:
        return {"code": self.code, "message": self.message, "errors": [e.as_dict() for e in self.errors]}


class ValidationError(DocgenError):
    """Every rule the data breaks, all at once."""

    code = "validation_failed"

    def __init__(self, errors: list[FieldError], message: str | None = None):
        super().__init__(message or f"数据有 {len(errors)} 处不符合要求", errors=errors)

    def __str__(self) -> str:
        return "\n".join([self.message, *(f"  - {e}" for e in self.errors)])


class MissingGlyphsError(DocgenError):
    """Characters that no bundled or installed font can draw: refused rather than printed as tofu."""

    code = "missing_glyphs"

    def __init__(self, chars: list[str], role: str = ""):
        self.chars = chars
        listed = "、".join(f"{c}(U+{ord(c):04X})" for c in chars[:20])
        more = f" 等 {len(chars)} 个" if len(chars) > 20 else ""
        super().__init__(f"以下字符没有可用字体，无法排版：{listed}{more}",
                         errors=[FieldError("文本", "missing_glyphs", f"无字体可显示：{listed}")])


class InputError(DocgenError):
    """An input file that cannot be read (wrong type, too large, damaged)."""

    code = "bad_input"
