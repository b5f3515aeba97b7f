"""Escape analysis: heap allocations whose address never escapes go on the stack.

The SSA builder puts every address-taken variable, ``&T{}`` and ``new(T)``
on the heap (``Alloc.heap``).  This pass turns such an Alloc back into a
stack Alloc when its address provably does not outlive the call:

* Follow the address and every pointer derived from it (``FieldAddr``,
  ``IndexAddr``), also through *simple* local variables (stack Allocs only
  loaded and stored directly: the builder's ``p := &T{}``).
* Conversions between pointer types and unsafe.Pointer are followed too.
* Allowed uses: loading or storing *through* the pointer, comparing it,
  printing it, ``len``/``cap`` of an array pointer, and passing it to a
  static callee whose parameter does not escape (a summary computed with
  the same rules, recursively; recursion counts as escaping).  A parameter
  that is only returned "leaks to the result": the call's result is then
  followed like a derived pointer.
* Anything else escapes: storing the pointer into memory other than a
  simple local, returning it, phis, interfaces, closures, conversions,
  slicing, dynamic and interface calls, goroutines, defers.
* An Alloc executed again in a loop reuses its stack slot, so it is moved
  only when no simple local holding the old pointer is live at the Alloc.
* Objects larger than ``MAX_STACK_OBJECT`` stay on the heap (the wasm stack
  is 64 KiB).

``TINYPY_NOESCAPE=1`` disables the pass (for measurements,
``scripts/alloc_counts.py``).
"""

from __future__ import annotations

import os
from collections import defaultdict
from typing import Any

from tinypy_go.frontend.types import typ as T
from tinypy_go.ir import ssa

MAX_STACK_OBJECT = 256  # bytes, as TinyGo's maxStackAlloc

_HARMLESS_BUILTINS = {"print", "println", "len", "cap"}


class _Func:
    """Use lists and simple locals of one function."""

    def __init__(self, fn: ssa.Function):
        self.fn = fn
        self.uses: dict[int, list[ssa.Instruction]] = defaultdict(list)
        for b in fn.blocks:
            for instr in b.instrs:
                for o in instr.operands():
                    self.uses[id(o)].append(instr)
        self.simple: set[int] = set()
        for b in fn.blocks:
            for instr in b.instrs:
                if type(instr) is ssa.Alloc and not instr.heap and self._is_simple(instr):
                    self.simple.add(id(instr))

    def _is_simple(self, a: ssa.Alloc) -> bool:
        for u in self.uses.get(id(a), ()):
            if type(u) is ssa.UnOp and u.op == "*":
                continue
            if type(u) is ssa.Store and u.addr is a and u.val is not a:
                continue
            return False
        return True


class EscapeAnalysis:
    def __init__(self, prog: ssa.Program):
        self.prog = prog
        self.funcs: dict[int, _Func] = {}
        self.param_summary: dict[tuple[int, int], str] = {}  # (id(fn), index) -> keeps/result/escapes
        self.in_progress: set[tuple[int, int]] = set()
        self.escaped_at: ssa.Instruction | None = None  # the use that made the last root escape

    def info(self, fn: ssa.Function) -> _Func:
        f = self.funcs.get(id(fn))
        if f is None:
            f = self.funcs[id(fn)] = _Func(fn)
        return f

    # ------------------------------------------------------------ flow

    def escapes(self, f: _Func, root: ssa.Value, returns_ok: bool = False) -> tuple[bool, set[int], bool]:
        """Does root (a pointer) escape?  Also the simple locals that hold it, and
        whether it is returned (allowed, not escaping, when returns_ok: a parameter
        that only "leaks to the result")."""
        work = [root]
        seen = {id(root)}
        holders: set[int] = set()
        returned = False

        def add(v: ssa.Value) -> None:
            if id(v) not in seen:
                seen.add(id(v))
                work.append(v)

        while work:
            v = work.pop()
            for u in f.uses.get(id(v), ()):
                k = type(u)
                if k is ssa.UnOp:
                    if u.op == "*" and u.x is v:
                        continue
                    self.escaped_at = u
                    return True, holders, returned
                if k is ssa.Store:
                    if u.val is not v:
                        continue  # storing into the object
                    if id(u.addr) in f.simple:
                        if id(u.addr) not in holders:
                            holders.add(id(u.addr))
                            for lu in f.uses.get(id(u.addr), ()):
                                if type(lu) is ssa.UnOp:
                                    add(lu)
                        continue
                    self.escaped_at = u
                    return True, holders, returned
                if k in (ssa.FieldAddr, ssa.IndexAddr) and u.x is v:
                    add(u)
                    continue
                if k in (ssa.Convert, ssa.ChangeType) and _is_pointer(u.type):
                    add(u)  # (*T)(unsafe.Pointer(p)): the same address
                    continue
                if k is ssa.Extract:
                    add(u)  # a result of a call the pointer leaks to
                    continue
                if k is ssa.BinOp and u.op in ("==", "!="):
                    continue
                if k is ssa.Return and returns_ok:
                    returned = True
                    continue
                if k is ssa.Call:
                    how = self._call_effect(u, v)
                    if how == "keeps":
                        continue
                    if how == "result":
                        add(u)
                        continue
                self.escaped_at = u
                return True, holders, returned
        return False, holders, returned

    def _call_effect(self, call: ssa.Call, v: ssa.Value) -> str:
        """"keeps" when the call does not let v escape, "result" when v only flows
        into the call's results, else "escapes"."""
        c = call.call
        if c.method is not None:
            return "escapes"
        callee = c.value
        if callee is v:
            return "escapes"
        if isinstance(callee, ssa.Builtin):
            return "keeps" if callee.name in _HARMLESS_BUILTINS else "escapes"
        if not isinstance(callee, ssa.Function) or callee.is_external or callee.free_vars:
            return "escapes"
        how = "keeps"
        for i, a in enumerate(c.args):
            if a is v:
                got = self.param_escapes(callee, i)
                if got == "escapes":
                    return got
                if got == "result":
                    how = got
        return how

    def param_escapes(self, fn: ssa.Function, i: int) -> str:
        key = (id(fn), i)
        got = self.param_summary.get(key)
        if got is not None:
            return got
        if key in self.in_progress or i >= len(fn.params):
            return "escapes"  # recursion: assume the worst
        self.in_progress.add(key)
        try:
            esc, _, returned = self.escapes(self.info(fn), fn.params[i], returns_ok=True)
        finally:
            self.in_progress.discard(key)
        got = "escapes" if esc else "result" if returned else "keeps"
        self.param_summary[key] = got
        return got

    # ------------------------------------------------------------ allocation sites

    def run_function(self, fn: ssa.Function) -> int:
        """Move this function's non-escaping heap Allocs to the stack; returns how many."""
        if not fn.blocks:
            return 0
        f = self.info(fn)
        in_cycle = _blocks_in_cycles(fn)
        moved = 0
        for b in fn.blocks:
            for instr in b.instrs:
                if type(instr) is not ssa.Alloc or not instr.heap:
                    continue
                if not _small(instr.elem):
                    instr.heap_why = too_big(instr.elem)
                    continue
                capture = _captured(f, instr)
                if capture is not None:
                    instr.heap_why = capture
                    continue
                esc, holders, _ = self.escapes(f, instr)
                if esc:
                    instr.heap_why = self.escaped_at
                    continue
                if b.index in in_cycle and any(_live_at(f, instr, h) for h in holders):
                    instr.heap_why = "still referenced when the loop allocates it again"
                    continue
                instr.heap = False
                fn.locals.append(instr)
                moved += 1
        if moved:
            self.funcs.pop(id(fn), None)  # simple locals may have changed
        return moved


def _is_pointer(t: Any) -> bool:
    u = T.unalias(t).underlying()
    return type(u) is T.Pointer or (type(u) is T.Basic and u.kind == T.UNSAFE_POINTER)


def _captured(f: _Func, a: ssa.Alloc) -> ssa.Instruction | None:
    """The closure (MakeClosure binding) or defer/go statement using a, if any."""
    return next((u for u in f.uses.get(id(a), ()) if type(u) in (ssa.MakeClosure, ssa.CallInstr)), None)


def too_big(t: Any) -> str:
    """-print-allocs's reason for an object over MAX_STACK_OBJECT (TinyGo's words)."""
    from tinypy_go.backend import llvmtypes as LT

    try:
        size, _ = LT.layout(t)
    except Exception:
        return "object size is not known"
    return f"object size {size} exceeds maximum stack allocation size {MAX_STACK_OBJECT}"


def _small(t: Any) -> bool:
    from tinypy_go.backend import llvmtypes as LT

    try:
        size, _ = LT.layout(t)
    except Exception:
        return False
    return size <= MAX_STACK_OBJECT


def _blocks_in_cycles(fn: ssa.Function) -> set[int]:
    """Indexes of blocks that can reach themselves: the blocks of the control-flow
    graph's non-trivial strongly connected components (iterative Tarjan, linear in
    the graph: a 10,000-case switch has 20,000 blocks)."""
    index: dict[int, int] = {}
    low: dict[int, int] = {}
    on_stack: set[int] = set()
    comp_stack: list[ssa.BasicBlock] = []
    out: set[int] = set()
    counter = 0
    for root in fn.blocks:
        if root.index in index:
            continue
        work: list[tuple[ssa.BasicBlock, int]] = [(root, 0)]
        while work:
            b, i = work.pop()
            if i == 0:
                index[b.index] = low[b.index] = counter
                counter += 1
                comp_stack.append(b)
                on_stack.add(b.index)
            succs = b.succs
            recursed = False
            while i < len(succs):
                s = succs[i]
                i += 1
                if s.index not in index:
                    work.append((b, i))
                    work.append((s, 0))
                    recursed = True
                    break
                if s.index in on_stack:
                    low[b.index] = min(low[b.index], index[s.index])
            if recursed:
                continue
            if low[b.index] == index[b.index]:
                comp: list[int] = []
                while True:
                    w = comp_stack.pop()
                    on_stack.discard(w.index)
                    comp.append(w.index)
                    if w is b:
                        break
                if len(comp) > 1 or b in b.succs:
                    out.update(comp)
            if work:
                parent = work[-1][0]
                low[parent.index] = min(low[parent.index], low[b.index])
    return out


def _live_at(f: _Func, a: ssa.Alloc, local_id: int) -> bool:
    """Is the simple local read (before being written) on some path from a onward?"""
    start = a.block
    idx = start.instrs.index(a)

    def scan(instrs: list[ssa.Instruction]) -> bool | None:
        for instr in instrs:
            if type(instr) is ssa.UnOp and instr.op == "*" and id(instr.x) == local_id:
                return True
            if type(instr) is ssa.Store and id(instr.addr) == local_id:
                return False
            if id(instr) == local_id:  # the local's own Alloc zeroes it
                return False
        return None

    got = scan(start.instrs[idx + 1:])
    if got is not None:
        return got
    stack = list(start.succs)
    seen: set[int] = set()
    while stack:
        b = stack.pop()
        if b.index in seen:
            continue
        seen.add(b.index)
        got = scan(b.instrs if b is not start else start.instrs[: idx + 1])
        if got is True:
            return True
        if got is None:
            stack.extend(b.succs)
    return False


def count_heap_allocs(prog: ssa.Program) -> int:
    return sum(1 for fn in prog.all_functions() for b in fn.blocks for i in b.instrs
               if type(i) is ssa.Alloc and i.heap)


def stack_allocate(prog: ssa.Program) -> tuple[int, int]:
    """Run the pass over the program; returns (heap Allocs before, after)."""
    before = count_heap_allocs(prog)
    if os.environ.get("TINYPY_NOESCAPE"):
        return before, before
    ea = EscapeAnalysis(prog)
    for fn in list(prog.all_functions()):
        ea.run_function(fn)
    return before, count_heap_allocs(prog)

