"""The runtime's ``//tinypy:`` hints (ir/runtimehints.py) are all known, sit in the doc
comment of a function declaration (anywhere else the builder would never see them),
and name functions that exist.  Text only: no build."""

from __future__ import annotations

import re

from tinypy_go.frontend.scanner import parse_directive
from tinypy_go.ir.runtimehints import HINTS
from tinypy_go.loader import RUNTIME_DIR

SOURCES = sorted((RUNTIME_DIR / "runtime").glob("*.go"))
FUNC = re.compile(r"^func (\w+)\(")


def _hints() -> list[tuple[str, int, str, str, str]]:
    """(file, line, hint, argument, the function it is on) for every hint."""
    out = []
    for src in SOURCES:
        lines = src.read_text(encoding="utf-8").split("\n")
        for i, line in enumerate(lines):
            if not line.startswith("//tinypy:"):
                continue
            name, args = parse_directive(line) or ("", "")
            j = i + 1
            while j < len(lines) and lines[j].startswith("//"):
                j += 1
            m = FUNC.match(lines[j]) if j < len(lines) else None
            out.append((src.name, i + 1, name.removeprefix("tinypy:"), args, m.group(1) if m else ""))
    return out


def test_every_hint_is_known_and_on_a_function():
    found = _hints()
    assert len(found) > 80
    bad = [f"{f}:{n}: //tinypy:{h}" for f, n, h, _, fn in found if h not in HINTS or not fn]
    assert not bad, "unknown hints, or hints not in a function's doc comment:\n" + "\n".join(bad)


def test_redirect_targets_exist():
    defined = {m.group(1) for src in SOURCES for line in src.read_text(encoding="utf-8").split("\n")
               if (m := FUNC.match(line))}
    for f, n, h, arg, _ in _hints():
        if h in ("sched", "chans"):
            assert arg in defined, f"{f}:{n}: //tinypy:{h} {arg}: no such runtime function"
        elif h == "intrinsic":
            assert arg in ("", "plain", "task"), f"{f}:{n}"
        elif h == "schedroot":
            assert arg in ("", "js"), f"{f}:{n}"
        else:
            assert arg == "", f"{f}:{n}: //tinypy:{h} takes no argument"


def test_parse_directive_reads_hints_only_with_a_name():
    assert parse_directive("//tinypy:sched parkSched") == ("tinypy:sched", "parkSched")
    assert parse_directive("//tinypy:") is None
    assert parse_directive("// tinypy:nopanic") is None
