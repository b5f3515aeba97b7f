"""The runtime functions the backend may call by name, for ``ir/reach.py``.

Lowering calls runtime helpers that no SSA instruction names (``runtime.alloc``
for a heap Alloc, ``runtime.panicBounds`` for an index check, ``runtime.chanSend``
for a send, ...): their bodies must be built, escape-analysed and checked for big
locals with the rest of the program before code generation starts.  They used to
be all of the runtime, about 500 functions of which a fmt program lowers under
200; the set is now the names the backend's sources spell out: every string
literal ``"runtime.X"`` in ``backend/*.py``, every f-string ``f"runtime.X{..}Y"``
as a pattern over the runtime's function names, and every runtime export, but
not the float printers, which ir/reach.py reaches with the print or println
that calls one (``BY_CONSTRUCT``).  Intrinsics have no body to build.  The targets of ``sched NAME``
and ``chans NAME`` hints (``ir/runtimehints.py``), which the backend calls in
place of the hinted function, are reached with it (``ir/reach.py``); the other
hints are properties, not calls, and make no function a root (rooting every
hinted function made a fmt program build 954 bodies, 345 of them only so).

Scanning the sources keeps the list from going stale as lowering code changes.
A helper named some other way is still lowered correctly (the worklist builds
it when it is first referenced), but without the whole-program passes; builds
with ``sanity_check`` (the test suite) make that an internal error
(``codegen.ModuleGen.generate``), so the suite checks the list.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

_LITERAL = re.compile(r"""(f?)(["'])runtime\.([A-Za-z_][A-Za-z0-9_{}.\[\]'" ]*?)\2""")


@functools.cache
def _patterns() -> tuple[frozenset[str], tuple[re.Pattern[str], ...]]:
    """(exact runtime function names, patterns from f-strings) in the backend's sources."""
    names: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    here = Path(__file__).resolve()
    for src in sorted(here.parent.glob("*.py")):
        if src == here:
            continue  # its docstring names examples
        for m in _LITERAL.finditer(src.read_text(encoding="utf-8")):
            is_f, body = m.group(1), m.group(3)
            if is_f and "{" in body:
                parts = re.split(r"\{[^}]*\}", body)
                if any(parts):  # f"runtime.{name}" alone would match everything: not a name
                    patterns.append(re.compile("runtime\\." + r"\w*".join(map(re.escape, parts)) + "$"))
            elif re.fullmatch(r"[A-Za-z_]\w*", body):
                names.add("runtime." + body)
    return frozenset(names), tuple(patterns)


def called_by_name(prog: Any) -> list[Any]:
    """The runtime's SSA functions the backend may call without an SSA reference."""
    from tinypy_go.ir.runtimehints import RUNTIME

    rt = prog.packages.get(RUNTIME)
    if rt is None:
        return []
    from tinypy_go.ir.reach import BY_CONSTRUCT

    names, patterns = _patterns()
    return [fn for name, fn in rt.functions.items()
            if (name in names or fn.export_name or any(p.match(name) for p in patterns))
            and name not in BY_CONSTRUCT]
