"""Escape analysis: heap allocations whose address never escapes go on the stack.

The SSA builder puts every address-taken variable, ``&T{}`` and ``new(T)``
on the heap (``Alloc.heap``).  This pass turns such an Alloc back into a
stack Alloc when its address provably does not outlive the call:

* Follow the address and every pointer derived from it (``FieldAddr``,
  ``IndexAddr``), also through *simple* local variables (stack Allocs only
  loaded and stored directly: the builder's ``p := &T{}``).
* Conversions between pointer types and unsafe.Pointer are followed too.
* Slices are followed like pointers: ``a[i:j]`` of an array pointer or a
  slice, ``(*[N]T)(s)``, a conversion to a named slice type.
* Allowed uses: loading or storing *through* the pointer, comparing it,
  printing it, ``len``/``cap``, ``copy``, ``clear``, ``string(b)`` (copies),
  ``append(x, s...)`` (copies s's elements; ``append(s, ...)`` leaks s to
  its result), and passing it to a static callee whose parameter does not
  escape (a summary computed with the same rules, recursively; recursion
  counts as escaping).  A parameter that is only returned "leaks to the
  result": the call's result is then followed like a derived pointer.
* An interface method call counts as a call of the concrete method when the
  interface value's dynamic type is known: a MakeInterface, a simple local
  whose every store has that type, or the result of a static call whose
  every reachable return has it (``h := sha256.New(); h.Sum(buf[:0])``);
  a callee with deferred calls has no known result type.
* Anything else escapes: storing the pointer into memory other than a
  simple local, returning it, phis, interfaces, closures, other
  conversions, dynamic calls, interface calls of unknown dynamic type,
  appending it as an element, goroutines, defers.
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
from tinypy_go.frontend.types.predicates import identical
from tinypy_go.ir import ssa
from tinypy_go.ir.layout import layout

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
        self.result_types: dict[tuple[int, int], Any] = {}  # (id(fn), result index) -> dynamic type
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
                if k is ssa.Convert and _is_string(u.type):
                    continue  # string(b) copies the bytes
                if k is ssa.ChangeType and _is_slice(u.type):
                    add(u)  # []byte -> a named slice type: the same array
                    continue
                if k in (ssa.Slice, ssa.SliceToArrayPointer) and u.x is v:
                    add(u)  # p[i:j], s[i:j], (*[N]T)(s): a slice (pointer) into the same object
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
                    how = self._call_effect(f, u, v)
                    if how == "keeps":
                        continue
                    if how == "result":
                        add(u)
                        continue
                self.escaped_at = u
                return True, holders, returned
        return False, holders, returned

    def _call_effect(self, f: _Func, call: ssa.Call, v: ssa.Value) -> str:
        """"keeps" when the call does not let v escape, "result" when v only flows
        into the call's results, else "escapes"."""
        c = call.call
        callee = c.value
        if callee is v:
            return "escapes"
        first = 0
        if c.method is not None:
            # an interface method call: followed only when the interface's dynamic
            # type is known (h := sha256.New(); h.Write(b)), as the concrete method
            callee = self._invoke_target(f, call)
            if callee is None:
                return "escapes"
            first = 1  # the callee's params[0] is the receiver
        elif isinstance(callee, ssa.Builtin):
            return _builtin_effect(callee.name, c, v)
        if not isinstance(callee, ssa.Function) or callee.is_external or callee.free_vars:
            return "escapes"
        how = "keeps"
        for i, a in enumerate(c.args):
            if a is v:
                got = self.param_escapes(callee, i + first)
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

    # ------------------------------------------------------------ dynamic types

    def _invoke_target(self, f: _Func, call: ssa.Call) -> ssa.Function | None:
        """The concrete method an interface method call reaches, when the interface
        value's dynamic type is known in this function (see _dyn_type)."""
        dyn = self._dyn_type(f, call.call.value, set())
        if dyn is None:
            return None
        return _concrete_method(self.prog, dyn, call.call.method)

    def _dyn_type(self, f: _Func, v: ssa.Value, busy: set[int]) -> Any:
        """The dynamic type every non-nil value of interface value v has, or None
        when it is not known: v is a MakeInterface of a concrete type, a load of a
        simple local whose every store has the same dynamic type, or the result of
        a static call whose every reachable return has it."""
        k = type(v)
        if k is ssa.MakeInterface:
            t = v.x.type
            return None if type(T.unalias(t).underlying()) is T.Interface else t
        if id(v) in busy:
            return None
        busy.add(id(v))
        if k is ssa.UnOp and v.op == "*" and id(v.x) in f.simple:
            got = None
            for u in f.uses.get(id(v.x), ()):
                if type(u) is ssa.Store and u.addr is v.x:
                    t = self._dyn_type(f, u.val, busy)
                    if t is None or (got is not None and not identical(t, got)):
                        return None
                    got = t
            return got
        index = 0
        if k is ssa.Extract:
            index, v = v.index, v.tuple
        if type(v) is ssa.Call and v.call.method is None:
            return self._result_dyn_type(v.call.value, index, busy)
        return None

    def _result_dyn_type(self, callee: ssa.Value, index: int, busy: set[int]) -> Any:
        if not isinstance(callee, ssa.Function) or callee.is_external or callee.free_vars or not callee.blocks:
            return None
        if callee.defer_head is not None:
            return None  # after a recover it returns its named results, whatever the deferred calls set
        key = (id(callee), index)
        if key in self.result_types:
            return self.result_types[key]
        if key in busy:
            return None  # recursion
        busy.add(key)
        cf = self.info(callee)
        got = None
        for b in _live_blocks(callee):
            r = b.instrs[-1] if b.instrs else None
            if type(r) is not ssa.Return:
                continue
            if index >= len(r.results):
                got = None
                break
            t = self._dyn_type(cf, r.results[index], busy)
            if t is None or (got is not None and not identical(t, got)):
                got = None
                break
            got = t
        self.result_types[key] = got
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


def _builtin_effect(name: str, c: ssa.CallCommon, v: ssa.Value) -> str:
    if name in _HARMLESS_BUILTINS or name in ("copy", "clear"):
        return "keeps"  # they read or write through the pointer, nothing keeps it
    if name == "append":
        # append(s, x...) copies x's elements; append(s, v) stores v; the result
        # may be s's own array
        if any(a is v for a in c.args[1:]) and not c.has_ellipsis:
            return "escapes"
        return "result" if c.args and c.args[0] is v else "keeps"
    return "escapes"


def _live_blocks(fn: ssa.Function) -> list[ssa.BasicBlock]:
    """The blocks reachable from the entry when ``if true``/``if false`` branches
    (boring.Enabled, build-time constants) go one way only."""
    if not fn.blocks:
        return []
    seen = {fn.blocks[0].index}
    out = []
    stack = [fn.blocks[0]]
    while stack:
        b = stack.pop()
        out.append(b)
        succs = b.succs
        last = b.instrs[-1] if b.instrs else None
        if type(last) is ssa.If and type(last.cond) is ssa.Const and type(last.cond.value) is bool and len(succs) == 2:
            succs = [succs[0] if last.cond.value else succs[1]]
        for s in succs:
            if s.index not in seen:
                seen.add(s.index)
                stack.append(s)
    return out


def _concrete_method(prog: ssa.Program, dyn: Any, method: Any) -> ssa.Function | None:
    """The method called on a value of concrete type dyn through an interface:
    only a method declared on dyn's named type with dyn as its receiver type
    (no wrappers, no promoted methods)."""
    from tinypy_go.ir.generics import method_function

    t = T.unalias(dyn)
    base = T.unalias(t.elem) if type(t) is T.Pointer else t
    if type(base) is not T.Named:
        return None
    for i, m in enumerate(base.orig.methods):
        if not m.same_id(method.pkg, method.name):
            continue
        mm = base.method(i) if base.type_args else m
        sig = mm.type
        if getattr(sig, "type_params", None) or sig.recv is None or not identical(sig.recv.type, dyn):
            return None
        fn = method_function(prog, mm)
        if fn is None or not fn.blocks:
            return None
        return fn
    return None


def _is_string(t: Any) -> bool:
    u = T.unalias(t).underlying()
    return type(u) is T.Basic and bool(u.info & T.IS_STRING)


def _is_slice(t: Any) -> bool:
    return type(T.unalias(t).underlying()) is T.Slice


def _is_pointer(t: Any) -> bool:
    u = T.unalias(t).underlying()
    return type(u) is T.Pointer or (type(u) is T.Basic and u.kind == T.UNSAFE_POINTER)


def _captured(f: _Func, a: ssa.Alloc) -> ssa.Instruction | None:
    """The closure (MakeClosure binding) or defer/go statement using a, if any."""
    return next((u for u in f.uses.get(id(a), ()) if type(u) in (ssa.MakeClosure, ssa.CallInstr)), None)


def too_big(t: Any) -> str:
    """-print-allocs's reason for an object over MAX_STACK_OBJECT (TinyGo's words)."""
    try:
        size, _ = layout(t)
    except Exception:
        return "object size is not known"
    return f"object size {size} exceeds maximum stack allocation size {MAX_STACK_OBJECT}"


def _small(t: Any) -> bool:
    try:
        size, _ = layout(t)
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
    """Run the pass over the program; returns (heap Allocs before, after).

    Only functions with heap Allocs are analysed (their callees' summaries are made
    on demand): most functions have none, and building their use lists was more than
    half of the pass's time (an encoding/json program: 0.15 -> 0.065 s)."""
    if os.environ.get("TINYPY_NOESCAPE"):
        before = count_heap_allocs(prog)
        return before, before
    ea = EscapeAnalysis(prog)
    before = after = 0
    for fn in list(prog.all_functions()):
        heap = sum(1 for b in fn.blocks for i in b.instrs if type(i) is ssa.Alloc and i.heap)
        if heap:
            before += heap
            after += heap - ea.run_function(fn)
    return before, after
