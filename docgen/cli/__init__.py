"""The ``docgen`` command: one sub-module per command group, each with ``register(subparsers)``.

In:  argv. Out: files written, messages on stdout/stderr, exit code 0 (ok), 1 (a rule or check
failed: the errors are printed in Chinese), 2 (bad usage or unreadable input).
"""

from __future__ import annotations

import argparse
import importlib
import sys

from ..errors import DocgenError

# Command-group modules, in help order. Adding a group = one module + one name here.
GROUPS = ["fonts"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="docgen", description="docgen：教育后勤协会文书自动生成")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in GROUPS:
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except DocgenError as exc:
        print(f"错误[{exc.code}]：{exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"错误[io_error]：{exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
