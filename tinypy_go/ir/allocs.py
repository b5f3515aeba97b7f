"""``-print-allocs REGEX``: the heap allocation sites of the matching functions, and why.

Lines are TinyGo's (``transform/allocs.go``)::

    main.go:8:7: object allocated on the heap: escapes at line 9
    main.go:20:10: object allocated on the heap: size is not constant
    main.go:22:8: object allocated on the heap: object size 300 exceeds maximum stack allocation size 256

A function matches when the regexp matches anywhere in its qualified name
(``main.main``, ``main.(*T).M``, ``main.main$1``), as TinyGo matches LLVM
function names.  The sites are those left after escape analysis
(``ir/escape.py``, which records in ``Alloc.heap_why`` the use an address
escapes at) and the instructions that always allocate here: ``make`` of
slices, maps and channels, closures with captured variables, and values
boxed into interfaces.
"""

from __future__ import annotations

import re
from typing import Any

from tinypy_go.frontend.types import typ as T
from tinypy_go.ir import ssa
from tinypy_go.ir.escape import MAX_STACK_OBJECT, EscapeAnalysis, too_big
from tinypy_go.ir.escape import _small as _small_enough
from tinypy_go.ir.layout import direct_path, layout, sizeof


def report(prog: ssa.Program, pattern: str) -> list[str]:
    """The -print-allocs lines for the functions whose name matches pattern, by position."""
    rx = re.compile(pattern)
    sites: list[tuple[tuple[str, int, int], str]] = []
    ea = EscapeAnalysis(prog)
    for fn in prog.all_functions():
        if not fn.blocks or not rx.search(fn.name):
            continue
        for b in fn.blocks:
            for instr in b.instrs:
                why = _reason(ea, fn, instr)
                if why is None:
                    continue
                p = prog.fset.position(instr.pos)
                where = (p.filename, p.line, p.column)
                sites.append((where, f"{p}: object allocated on the heap: {why}"))
    sites.sort(key=lambda s: s[0])
    return [line for _, line in sites]


def _reason(ea: EscapeAnalysis, fn: ssa.Function, instr: Any) -> str | None:
    k = type(instr)
    if k is ssa.Alloc:
        if not instr.heap:
            return None
        if instr.heap_why is None:  # built after the escape pass ran (by the backend): ask now
            if not _small_enough(instr.elem):
                return too_big(instr.elem)
            esc, _, _ = ea.escapes(ea.info(fn), instr)
            if not esc:
                return "not analysed: the function was compiled after escape analysis ran"
            return _why(ea.prog, ea.escaped_at)
        return _why(ea.prog, instr.heap_why)
    if k is ssa.MakeSlice:
        n = instr.cap if instr.cap is not None else instr.len
        if type(n) is not ssa.Const or not isinstance(n.value, int):
            return "size is not constant"
        size = layout(T.unalias(instr.type).underlying().elem)[0] * n.value
        if size > MAX_STACK_OBJECT:
            return f"object size {size} exceeds maximum stack allocation size {MAX_STACK_OBJECT}"
        esc, _, _ = ea.escapes(ea.info(fn), instr)
        if esc:
            return _why(ea.prog, ea.escaped_at)
        return "make of a slice is not moved to the stack yet"
    if k is ssa.MakeMap:
        return "maps are always allocated on the heap"
    if getattr(ssa, "MakeChan", None) is not None and k is ssa.MakeChan:
        return "channels are always allocated on the heap"
    if k is ssa.MakeClosure and instr.bindings:
        return "closure context (captured variables)"
    if k is ssa.MakeInterface and type(instr.x) is not ssa.Const and _boxes(instr.x.type):
        return "value converted to an interface"
    return None


def _why(prog: ssa.Program, why: Any) -> str:
    if isinstance(why, str):
        return why
    pos = getattr(why, "pos", None)
    line = prog.fset.position(pos).line if pos else 0
    return f"escapes at line {line}" if line else "escapes at unknown line"


def _boxes(t: Any) -> bool:
    """Does converting a t to an interface allocate (backend/interfaces.py's box)?"""
    if direct_path(t) is not None:
        return False
    return sizeof(t) > 1
