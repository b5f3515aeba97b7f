"""GC roots in wasm locals: spill pointers that live across calls into a GC frame.

A conservative collector scans linear memory, but LLVM keeps most SSA values
in wasm locals, which nothing can scan.  So (TinyGo's "stack chain" idea)
every function that holds heap pointers across a call that may collect gets
a *GC frame*: an alloca of type ``{ptr prev, i32 size, T1, T2, ...}``
linked into ``runtime.stackChainStart`` on entry and unlinked before every
``ret``.  The collector walks the chain and scans each frame's words
(``runtime/gc_conservative.go``).  Because the frame's address is stored in
a global, LLVM must assume any call may read it and keeps the stores.

What goes into the frame (only with ``-gc=conservative``):

* every pointer-carrying SSA value (pointer, string, slice, interface, func,
  map, chan, or an aggregate holding one) that is *live across a GC point*
  is stored into its own slot right after its definition (parameters at
  entry, phis after the block's phis);
* local variables (non-heap ``Alloc`` s, promoted to registers by mem2reg)
  holding pointers: a local that is only loaded and stored directly gets a
  *mirror* slot that every ``Store`` to it also writes; any other local
  (fields or elements addressed, address passed on) lives in the frame
  itself, so it stays in memory where the collector sees it.

A GC point is a ``call`` in the lowered code of an instruction, except LLVM
intrinsics, calls followed by ``unreachable`` (panics never return) or, in
a function without deferred calls, by a branch to its panic exit (which then
only returns zero values), and
calls of functions that cannot allocate (a whole-program may-allocate
analysis on the SSA).  Arguments of an ordinary call are not live across it
(the callee spills what it keeps), but operands of any other instruction
that calls the runtime (boxing, concatenation, ``append``...) are, since
the runtime may allocate before it reads them.

Rule for backend code of other features: a lowering must not hold a fresh
allocation only in a register across another call that may allocate; spill
it with ``FuncGen.gc.keep(...)`` or store it to memory the collector scans.

``-gc=none`` rejects every allocation in non-runtime code (``check_alloc``).
"""

from __future__ import annotations

import heapq
import re
from collections import defaultdict
from typing import Any

from tinypy_go.backend import llvmtypes as LT
from tinypy_go.frontend.types import typ as T
from tinypy_go.ir import ssa
from tinypy_go.ir.runtimehints import hinted

CHAIN = '@"runtime.stackChainStart"'
_CALL_RE = re.compile(r"\bcall\b[^@%]*?(@\"[^\"]*\"|@[-\w.$]+|%[-\w.$]+)\(")

# Builtins whose lowering never allocates.
_NONALLOC_BUILTINS = {"len", "cap", "print", "println", "copy", "real", "imag", "complex", "min", "max",
                      "delete", "clear", "recover", "ssa:wrapnilchk"}


class GCFacts:
    """Whole-program facts the GC-frame pass computes on first use, one per module:
    the runtime functions that allocate themselves; (ids of functions that may
    allocate or collect, ids analysed); symbol -> function of those analysed."""

    __slots__ = ("direct_allocators", "may_alloc", "by_symbol")

    def __init__(self) -> None:
        self.direct_allocators: set[str] | None = None
        self.may_alloc: tuple[set[int], set[int]] | None = None
        self.by_symbol: dict[str, ssa.Function] = {}


def gc_mode(mg: Any) -> str:
    cfg = getattr(mg, "config", None)
    return getattr(cfg, "gc", "conservative") if cfg is not None else "conservative"


def check_alloc(fg: Any, callee: str) -> None:
    """With -gc=none, a heap allocation in a non-runtime function is a compile error at its
    position: a call of runtime.alloc, or of a runtime helper that allocates directly
    (string concatenation...).  Allocations deeper inside the runtime stop the program with
    a fatal error if they run (gc_none.go)."""
    if gc_mode(fg.mg) != "none" or fg.fn is None or fg.fn.name.startswith("runtime."):
        return
    if callee in hinted(fg.mg.prog, "allocator"):
        raise fg.error(f"heap allocation in {fg.fn.name} is not allowed with -gc=none")
    if callee in _direct_allocators(fg.mg):
        raise fg.error(f"heap allocation ({callee}) in {fg.fn.name} is not allowed with -gc=none")


def _direct_allocators(mg: Any) -> set[str]:
    """Runtime functions whose own body calls runtime.alloc or allocates."""
    facts: GCFacts = mg.gc_facts
    got = facts.direct_allocators
    if got is None:
        got = set()
        rt = mg.prog.packages.get("runtime")
        allocators = hinted(mg.prog, "allocator")
        for fn in rt.functions.values() if rt is not None else ():
            for b in fn.blocks:
                for i in b.instrs:
                    if (type(i) is ssa.Alloc and i.heap) or (
                            type(i) is ssa.Call and isinstance(i.call.value, ssa.Function)
                            and i.call.value.name in allocators):
                        got.add(fn.name)
        facts.direct_allocators = got
    return got


# id(struct, array or tuple type) -> (it, has_pointers): asked for every value of every
# function lowered (an encoding/json program: 8,500 walks of wide structs, 0.3 s); one
# build's types, emptied when the next build starts (loader.Loader)
_HAS_POINTERS: dict[int, tuple[Any, bool]] = {}


def reset_cache() -> None:
    _HAS_POINTERS.clear()


def has_pointers(t: Any) -> bool:
    """Whether a value of Go type t may hold a heap pointer."""
    u = LT.underlying(t)
    k = type(u)
    if k is T.Basic:
        return bool(u.info & T.IS_STRING) or u.kind in (T.UNSAFE_POINTER, T.UNTYPED_NIL)
    if k in (T.Pointer, T.Map, T.Chan, T.Slice, T.Interface, T.Signature):
        return True
    if k is not T.Array and k is not T.Struct and k is not T.Tuple:
        return True  # unknown kinds (type parameters...): be safe
    got = _HAS_POINTERS.get(id(u))
    if got is not None:
        return got[1]
    if k is T.Array:
        answer = u.len > 0 and has_pointers(u.elem)
    elif k is T.Struct:
        answer = any(has_pointers(f.type) for f in u.fields)
    else:
        answer = any(has_pointers(v.type) for v in u.vars)
    _HAS_POINTERS[id(u)] = (u, answer)
    return answer


PTRS_ALL = 0xFFFFFFFF  # runtime.ptrsAll: any word may be a pointer
_MAX_TYPED = 128  # bytes: allocTyped's element bitmap has 32 bits, one per word


def ptr_layout(t: Any) -> tuple[int, int]:
    """(element size, bitmap of its 4-byte words that may hold a heap pointer) for
    runtime.allocTyped/makeslice/growslice: bitmap 0 for a type without pointers,
    PTRS_ALL when the type is too big for a bitmap (every word is scanned)."""
    words: list[int] = []

    def walk(u: Any, off: int) -> bool:
        u = LT.underlying(u)
        k = type(u)
        if k is T.Basic:
            if u.info & T.IS_STRING or u.kind in (T.UNSAFE_POINTER, T.UNTYPED_NIL):
                words.append(off // 4)
            return True
        if k in (T.Pointer, T.Map, T.Chan, T.Signature, T.Slice):
            words.append(off // 4)
            return True
        if k is T.Interface:
            words.extend((off // 4, off // 4 + 1))
            return True
        if k is T.Array:
            esize = LT.sizeof(u.elem)
            if u.len == 0 or not has_pointers(u.elem):
                return True
            return all(walk(u.elem, off + i * esize) for i in range(u.len))
        if k is T.Struct:
            for f in u.fields:
                size, align = LT.layout(f.type)
                off = (off + align - 1) // align * align
                if not walk(f.type, off):
                    return False
                off += size
            return True
        return False

    try:
        size = LT.sizeof(t)
        if not has_pointers(t):
            return size, 0
        if size > _MAX_TYPED or size % 4 or not walk(t, 0):
            return size, PTRS_ALL
    except Exception:
        return 0, PTRS_ALL
    finally:
        walk = None  # type: ignore[assignment]  # it refers to itself: a cycle only the collector frees
    bits = 0
    for w in words:
        bits |= 1 << w
    if bits == (1 << size // 4) - 1:
        return size, PTRS_ALL  # every word a pointer ([]*T, []map...): alloc fills faster
    return size, bits


def i32_text(v: int) -> str:
    """An unsigned 32-bit constant as LLVM's (signed) i32 literal."""
    return str(v - (1 << 32) if v >= 1 << 31 else v)


def typed_alloc(g: Any, t: Any, size: int) -> str:
    """A heap object of type t: runtime.alloc, allocNoscan or allocTyped."""
    esize, bits = ptr_layout(t)
    if bits == 0:
        return g.runtime_call("runtime.allocNoscan", [f"i32 {size}"], "ptr")
    if bits == PTRS_ALL or esize == 0:
        return g.runtime_call("runtime.alloc", [f"i32 {size}"], "ptr")
    return g.runtime_call("runtime.allocTyped", [f"i32 {size}", f"i32 {esize}", f"i32 {i32_text(bits)}"], "ptr")


# ---------------------------------------------------------------- may-allocate analysis


def _instr_effect(instr: ssa.Instruction) -> bool | ssa.Function:
    """True if instr may allocate by itself, a Function if it calls one, else False."""
    k = type(instr)
    if k is ssa.Alloc:
        return instr.heap
    if k is ssa.Call:
        call = instr.call
        if call.method is not None:
            return True
        v = call.value
        if isinstance(v, ssa.Builtin):
            return v.name not in _NONALLOC_BUILTINS
        if isinstance(v, ssa.Function):
            return v
        return True
    if k is ssa.BinOp:
        u = LT.underlying(instr.x.type)
        if type(u) is T.Basic:
            return bool(u.info & T.IS_STRING) and instr.op == "+"
        return type(u) in (T.Interface, T.Struct, T.Array)
    if k is ssa.Convert:
        a, b = LT.underlying(instr.x.type), LT.underlying(instr.type)
        return (_is_stringish(a) or _is_stringish(b)) and type(a) is not type(b) or (
            type(a) is T.Basic and type(b) is T.Basic and bool(a.info & T.IS_STRING) != bool(b.info & T.IS_STRING))
    if k is ssa.UnOp:
        return instr.op == "<-"
    if k in _SAFE_INSTRS:
        return False
    return True


def _is_stringish(u: Any) -> bool:
    return type(u) is T.Slice or (type(u) is T.Basic and bool(u.info & T.IS_STRING))


_SAFE_INSTRS = {ssa.Store, ssa.Extract, ssa.FieldAddr, ssa.Field, ssa.IndexAddr, ssa.Index, ssa.Slice,
                ssa.ChangeType, ssa.TypeAssert, ssa.Jump, ssa.If, ssa.Return, ssa.Phi, ssa.Panic,
                ssa.Unreachable}


def may_alloc_set(mg: Any) -> tuple[set[int], set[int]]:
    """(ids of functions that may allocate or collect, ids of all analysed functions); cached on mg."""
    facts: GCFacts = mg.gc_facts
    cached = facts.may_alloc
    if cached is not None:
        return cached
    from tinypy_go.backend.stdintrinsics import NAMES as STD_INTRINSICS

    intrinsics = hinted(mg.prog, "intrinsic")
    collectors = hinted(mg.prog, "collects")

    funcs = list(mg.prog.all_functions())
    known = {id(f) for f in funcs}
    callers: dict[int, list[ssa.Function]] = defaultdict(list)
    allocs: set[int] = set()
    for fn in funcs:
        if fn.name in collectors:
            allocs.add(id(fn))
            continue
        if fn.is_external:
            target = mg.prog.link_target(fn)
            if target is not None:  # allocates iff its //go:linkname implementation does
                callers[id(target)].append(fn)
            elif not (fn.name in intrinsics or fn.name in STD_INTRINSICS or fn.wasm_import is not None):
                allocs.add(id(fn))
            continue
        for b in fn.blocks:
            for instr in b.instrs:
                eff = _instr_effect(instr)
                if eff is True:
                    allocs.add(id(fn))
                elif isinstance(eff, ssa.Function):
                    if id(eff) in known:
                        callers[id(eff)].append(fn)
                    elif eff.name not in intrinsics and eff.name not in STD_INTRINSICS:
                        allocs.add(id(fn))
    work = list(allocs)
    while work:
        f = work.pop()
        for c in callers.get(f, ()):
            if id(c) not in allocs:
                allocs.add(id(c))
                work.append(id(c))
    by_symbol: dict[str, ssa.Function] = {}
    from tinypy_go.backend.codegen import symbol

    for fn in funcs:
        by_symbol[symbol(mg.link_name(fn))] = fn
    facts.may_alloc = (allocs, known)
    facts.by_symbol = by_symbol
    return facts.may_alloc


# ---------------------------------------------------------------- per function


class GCRoots:
    """Collects what FuncGen lowered, then adds the GC frame (``finish``)."""

    def __init__(self, fg: Any):
        self.fg = fg
        self.fn: ssa.Function = fg.fn
        self.spans: dict[int, tuple[int, int]] = {}  # id(instr) -> [start, end) in fg.lines
        self.block_body_start: dict[int, int] = {}  # block index -> line index after its phis
        self.gc_points: set[int] = set()
        self.extra: list[tuple[int, str, str]] = []  # (line index, llvm type, value) from keep()
        self.extents: dict[int, list[int]] = {}  # spilled value id -> [first, last] live position
        # a call followed by these never comes back to code that uses a value: a
        # panic helper (panics never return), or in unwinding mode one that goes
        # to a panic exit which only returns zero values (no deferred calls to run)
        self.no_return = {"unreachable"}
        if self.fn.defer_head is None:
            self.no_return.add("br label %panic.exit")
        self._allocs = may_alloc_set(fg.mg)[0]  # asked once per lowered instruction (record)
        self._by_symbol = fg.mg.gc_facts.by_symbol

    @staticmethod
    def for_function(fg: Any) -> GCRoots | None:
        if fg.fn is None or not fg.fn.blocks or gc_mode(fg.mg) != "conservative":
            return None
        return GCRoots(fg)

    def record(self, instr: ssa.Instruction, start: int, end: int) -> None:
        self.spans[id(instr)] = (start, end)
        b = instr.block
        if b is not None and not isinstance(instr, ssa.Phi) and b.index not in self.block_body_start:
            self.block_body_start[b.index] = start
        if self._has_gc_call(start, end):
            self.gc_points.add(id(instr))

    def keep(self, llty: str, value: str) -> None:
        """Spill a value that a lowering holds across a call (see the module docstring)."""
        self.extra.append((len(self.fg.lines), llty, value))

    def _has_gc_call(self, start: int, end: int) -> bool:
        lines = self.fg.lines
        allocs = self._allocs
        by_symbol = self._by_symbol
        for i in range(start, end):
            line = lines[i]
            if "call" not in line:
                continue
            m = _CALL_RE.search(line)
            if m is None:
                continue
            target = m.group(1)
            if target.startswith("@llvm.") or target.startswith('@"llvm.'):
                continue
            if i + 1 < len(lines) and lines[i + 1].strip() in self.no_return:
                continue
            fn = by_symbol.get(target)
            if fn is not None and id(fn) not in allocs:
                continue
            return True
        return False

    # ------------------------------------------------------------ analysis

    def _tracked(self, v: Any) -> bool:
        if isinstance(v, ssa.Alloc):
            return v.heap
        if isinstance(v, (ssa.ValueInstr, ssa.Parameter, ssa.FreeVar)):
            t = v.type
            if type(t) is T.Tuple and not t.vars:
                return False
            try:
                return has_pointers(t)
            except Exception:
                return True
        return False

    def _spilled_values(self, simple: set[int]) -> tuple[list[Any], set[int]]:
        """(pointer values live across a GC point, ids of simple locals live across one).

        A simple local counts as a variable: a Store defines it, a Load uses it.  Sets of
        values are bit sets (Python ints, one bit per tracked value or simple local, in
        order of first sight): the liveness fixpoint's unions and differences were most
        of the lowering time of large functions as sets of ids."""
        fn = self.fn
        blocks = fn.blocks
        bit_of: dict[int, int] = {}  # id(value) -> its bit; 0: neither tracked nor a simple local
        values: list[Any] = []  # bit index -> value
        is_tracked = self._tracked

        def bit(v: Any, local_ok: bool = True) -> int:
            """v's bit if v is tracked (or, with local_ok, a simple local), else 0."""
            k = id(v)
            b = bit_of.get(k)
            if b is None:
                b = 0
                if k in simple or is_tracked(v):
                    b = 1 << len(values)
                    values.append(v)
                bit_of[k] = b
            return b if local_ok or k not in simple else 0

        # per instruction (uses, defs), per block upward-exposed uses and definitions;
        # phi uses belong to the predecessor
        use_def: dict[int, tuple[int, int]] = {}
        ue: dict[int, int] = {}
        defs: dict[int, int] = {}
        phi_out: dict[int, int] = defaultdict(int)  # pred block index -> values used by succ phis
        phi_defs: dict[int, int] = {}
        store, alloc, phi, value_instr = ssa.Store, ssa.Alloc, ssa.Phi, ssa.ValueInstr
        for b in blocks:
            u = d = pd = 0
            for instr in b.instrs:
                k = type(instr)
                if k is phi:
                    for p, e in zip(b.preds, instr.edges, strict=False):
                        phi_out[p.index] |= bit(e, False)
                    db = bit(instr, False)
                    d |= db
                    pd |= db
                    continue
                if k is store and id(instr.addr) in simple:
                    uses, ds = bit(instr.val, False), bit(instr.addr)
                else:
                    uses = 0
                    for o in instr.operands():
                        uses |= bit(o)
                    ds = bit(instr) if k is alloc or isinstance(instr, value_instr) else 0
                use_def[id(instr)] = (uses, ds)
                u |= uses & ~d
                d |= ds
            ue[b.index] = u
            defs[b.index] = d
            phi_defs[b.index] = pd
        live_in: dict[int, int] = {b.index: 0 for b in blocks}
        live_out: dict[int, int] = {b.index: 0 for b in blocks}
        changed = True
        while changed:
            changed = False
            for b in reversed(blocks):
                out = phi_out.get(b.index, 0)
                for sb in b.succs:
                    out |= live_in[sb.index] & ~phi_defs[sb.index]
                inn = ue[b.index] | (out & ~defs[b.index])
                if out != live_out[b.index] or inn != live_in[b.index]:
                    live_out[b.index], live_in[b.index] = out, inn
                    changed = True
        spilled = 0
        gc_points = self.gc_points
        for b in blocks:
            live = live_out[b.index]
            for instr in reversed(b.instrs):
                if type(instr) is phi:
                    live &= ~bit_of.get(id(instr), 0)
                    continue
                uses, ds = use_def[id(instr)]
                live &= ~ds
                if id(instr) in gc_points:
                    spilled |= live
                    if not _plain_call(instr):
                        spilled |= uses
                live |= uses
        order = []
        for p in [*fn.params, *fn.free_vars]:
            if bit_of.get(id(p), 0) & spilled:
                order.append(p)
        for b in blocks:
            for instr in b.instrs:
                if bit_of.get(id(instr), 0) & spilled and id(instr) not in simple:
                    order.append(instr)
        self.extents = self._extents(order, bit_of, live_in, live_out, use_def)
        return order, {k for k in simple if bit_of.get(k, 0) & spilled}

    def _extents(self, order: list[Any], bit_of: dict[int, int], live_in: dict[int, int],
                 live_out: dict[int, int], use_def: dict[int, tuple[int, int]]) -> dict[int, list[int]]:
        """[first, last] position where each spilled value is live, over the function's
        instructions in block order (a use of instruction i is at 2i, a definition at 2i+1).

        The hull over-approximates liveness, so two values whose extents do not overlap are
        never live at once and can share a frame slot; computing it is linear, unlike an
        interference graph (thousands of values live at once would make that quadratic)."""
        ext: dict[int, list[int]] = {id(v): [1 << 62, -1] for v in order}
        if not order:
            return ext
        by_bit = {bit_of[id(v)]: ext[id(v)] for v in order}
        wanted = 0
        for b in by_bit:
            wanted |= b
        for p in [*self.fn.params, *self.fn.free_vars]:
            if id(p) in ext:
                ext[id(p)][0] = 0

        def touch(mask: int, pos: int) -> None:
            mask &= wanted
            while mask:
                low = mask & -mask
                mask ^= low
                e = by_bit[low]
                if pos < e[0]:
                    e[0] = pos
                if pos > e[1]:
                    e[1] = pos

        i = 0
        phi = ssa.Phi
        for b in self.fn.blocks:
            first = 2 * i
            touch(live_in[b.index], first)
            for instr in b.instrs:
                if type(instr) is phi:
                    touch(bit_of.get(id(instr), 0), 2 * i + 1)
                else:
                    uses, ds = use_def[id(instr)]
                    if uses & wanted:
                        touch(uses, 2 * i)
                    if ds & wanted:
                        touch(ds, 2 * i + 1)
                i += 1
            last = 2 * i + 1
            out = live_out[b.index] & wanted
            touch(out, first)
            touch(out, last)
        return ext

    def _locals(self) -> tuple[list[ssa.Alloc], list[ssa.Alloc]]:
        """(mirrored locals, locals living in the frame) among pointer-holding stack Allocs."""
        allocs = [instr for b in self.fn.blocks for instr in b.instrs
                  if type(instr) is ssa.Alloc and not instr.heap and has_pointers(instr.elem)]
        if not allocs:
            return [], []
        ids = {id(a) for a in allocs}
        simple = set(ids)
        for b in self.fn.blocks:
            for instr in b.instrs:
                if type(instr) is ssa.Store:
                    if id(instr.val) in ids:
                        simple.discard(id(instr.val))
                    continue
                if type(instr) is ssa.UnOp and instr.op == "*":
                    continue
                for o in _operands(instr):
                    if id(o) in ids:
                        simple.discard(id(o))
        if self.fn.defer_head is not None:
            # the panic exit (backend/panics.py) loads named results after running deferred
            # calls, outside the SSA: keep them in the frame
            for a in self.fn.result_slots:
                simple.discard(id(a))
        return [a for a in allocs if id(a) in simple], [a for a in allocs if id(a) not in simple]

    # ------------------------------------------------------------ rewriting

    def finish(self) -> None:
        if not self.gc_points:
            return
        fg = self.fg
        mirrored, in_frame = self._locals()
        values, live_locals = self._spilled_values({id(a) for a in mirrored})
        mirrored = [a for a in mirrored if id(a) in live_locals]
        if not values and not mirrored and not in_frame and not self.extra:
            return
        slot_types: list[str] = []
        slot_of: dict[int, int] = {}
        # a spilled value keeps only its pointer words: the length of a slice or
        # string is a number that may look like a heap address (and keep garbage)
        leaves_of: dict[int, list[tuple[str, str]] | None] = {}

        def shape(v: Any) -> tuple[str, ...]:
            t = v.elem if isinstance(v, ssa.Alloc) and not v.heap else v.type
            leaves = pointer_leaves(t)
            leaves_of[id(v)] = leaves
            return (fg.lty(t),) if leaves is None else ("ptr",) * len(leaves)

        # values that are never live at the same time share slots (linear scan over their
        # extents): a thousand defers or concatenations in one function need a handful of
        # slots, not a thousand (LLVM's code generation is superlinear in frame slots)
        free: dict[tuple[str, ...], list[int]] = defaultdict(list)
        active: list[tuple[int, int, tuple[str, ...]]] = []  # heap of (extent end, first slot, shape)
        ext = self.extents
        for v in sorted(values, key=lambda v: ext[id(v)][0]):
            start, end = ext[id(v)]
            while active and active[0][0] < start:
                _, k, sh = heapq.heappop(active)
                free[sh].append(k)
            sh = shape(v)
            if free[sh]:
                k = free[sh].pop()
            else:
                k = len(slot_types) + 2
                slot_types.extend(sh)
            slot_of[id(v)] = k
            heapq.heappush(active, (max(end, start), k, sh))
        for v in mirrored:
            slot_of[id(v)] = len(slot_types) + 2
            slot_types.extend(shape(v))
        for a in in_frame:
            slot_of[id(a)] = len(slot_types) + 2
            slot_types.append(fg.lty(a.elem))
        extra_slots = []
        for _, llty, _ in self.extra:
            extra_slots.append(len(slot_types) + 2)
            slot_types.append(llty)
        fty = "{" + ", ".join(["ptr", "i32", *slot_types]) + "}"
        if len(slot_types) > 16:  # one named type, not the literal in every slot's GEP (n slots: n^2 text)
            name = f"%gcframe.{LT.content_id(fty)}"  # by content: backend/split.py
            fg.mg.decls[f"type {name}"] = f"{name} = type {fty}"
            fty = name

        def slot(k: int) -> str:
            return f"%gcslot.{k}"

        entry: list[str] = [f"  %gcframe = alloca {fty}, align 8"]
        fg.count_frame(8 + 8 * (len(slot_types) - len(in_frame)))  # in-frame allocas are counted already
        in_frame_names = {fg.values.get(id(a)) for a in in_frame}
        for line in fg.entry_allocas:
            name = line.strip().split(" = ", 1)[0]
            if name in in_frame_names:
                continue
            entry.append(line)
        entry.append(f"  store {fty} zeroinitializer, ptr %gcframe")
        for k in range(2, len(slot_types) + 2):
            entry.append(f"  {slot(k)} = getelementptr inbounds {fty}, ptr %gcframe, i32 0, i32 {k}")
        for a in in_frame:
            entry.append(f"  {fg.values[id(a)]} = getelementptr inbounds {fty}, ptr %gcframe, i32 0, "
                         f"i32 {slot_of[id(a)]}")
        entry += [
            f"  %gcprev = load ptr, ptr {CHAIN}",
            "  store ptr %gcprev, ptr %gcframe",
            "  %gcsize = getelementptr inbounds {ptr, i32}, ptr %gcframe, i32 0, i32 1",
            f"  store i32 ptrtoint (ptr getelementptr ({fty}, ptr null, i32 1) to i32), ptr %gcsize",
            f"  store ptr %gcframe, ptr {CHAIN}",
        ]
        inserts: dict[int, list[str]] = defaultdict(list)
        nextract = 0

        def spill(key: int, llty: str, val: str) -> list[str]:
            nonlocal nextract
            leaves = leaves_of[key]
            k = slot_of[key]
            if leaves is None:
                return [f"  store {llty} {val}, ptr {slot(k)}"]
            out: list[str] = []
            for j, (path, _) in enumerate(leaves):
                if not path:
                    out.append(f"  store ptr {val}, ptr {slot(k + j)}")
                    continue
                nextract += 1
                out += [f"  %gcptr.{nextract} = extractvalue {llty} {val}, {path}",
                        f"  store ptr %gcptr.{nextract}, ptr {slot(k + j)}"]
            return out

        for v in values:
            store = spill(id(v), fg.lty(v.type), fg.v(v))
            if isinstance(v, (ssa.Parameter, ssa.FreeVar)):
                entry.extend(store)
            elif isinstance(v, ssa.Phi):
                inserts[self.block_body_start.get(v.block.index, self.spans[id(v)][1])].extend(store)
            else:
                inserts[self.spans[id(v)][1]].extend(store)
        mirror_ids = {id(a): a for a in mirrored}
        for b in self.fn.blocks:
            for instr in b.instrs:
                if type(instr) is ssa.Store and id(instr.addr) in mirror_ids:
                    a = instr.addr
                    inserts[self.spans[id(instr)][1]].extend(spill(id(a), fg.lty(a.elem), fg.v(instr.val)))
        for (idx, llty, val), k in zip(self.extra, extra_slots, strict=True):
            inserts[idx].append(f"  store {llty} {val}, ptr {slot(k)}")
        out: list[str] = []
        for i, line in enumerate(fg.lines):
            got = inserts.get(i)
            if got:
                out.extend(got)
            if line.startswith("  ret ") or line == "  ret void":
                out.append(f"  store ptr %gcprev, ptr {CHAIN}")
            out.append(line)
        tail = inserts.get(len(fg.lines))
        if tail:
            out.extend(tail)
        fg.lines[:] = out
        fg.entry_allocas[:] = entry


_MAX_LEAVES = 8


def pointer_leaves(t: Any) -> list[tuple[str, str]] | None:
    """The words of a value of type t that may hold heap pointers, as (extractvalue
    indices, "ptr"); "" for a pointer value itself.  None: spill the whole value
    (too many words, or a kind not split here)."""
    out: list[tuple[str, str]] = []

    def walk(u: Any, path: list[int]) -> bool:
        u = LT.underlying(u)
        k = type(u)
        if k is T.Basic:
            if u.info & T.IS_STRING:
                out.append((", ".join(map(str, [*path, 0])), "ptr"))
            elif u.kind in (T.UNSAFE_POINTER, T.UNTYPED_NIL):
                out.append((", ".join(map(str, path)), "ptr"))
            return True
        if k in (T.Pointer, T.Map, T.Chan, T.Signature):
            out.append((", ".join(map(str, path)), "ptr"))
            return True
        if k is T.Slice:
            out.append((", ".join(map(str, [*path, 0])), "ptr"))
            return True
        if k is T.Interface:  # the type word may be a descriptor made at run time
            out.append((", ".join(map(str, [*path, 0])), "ptr"))
            out.append((", ".join(map(str, [*path, 1])), "ptr"))
            return True
        if k is T.Array:
            return all(walk(u.elem, [*path, i]) for i in range(u.len)) if u.len <= _MAX_LEAVES else False
        if k is T.Struct:
            return all(walk(f.type, [*path, i]) for i, f in enumerate(u.fields))
        if k is T.Tuple:
            if len(u.vars) == 1:
                return walk(u.vars[0].type, path)
            return all(walk(v.type, [*path, i]) for i, v in enumerate(u.vars))
        return False

    try:
        ok = walk(t, [])
    except Exception:
        return None
    finally:
        walk = None  # type: ignore[assignment]  # it refers to itself: a cycle only the collector frees
    if not ok or not out or len(out) > _MAX_LEAVES:
        return None
    return out


def _operands(instr: ssa.Instruction) -> list[Any]:
    return instr.operands()


def _plain_call(instr: ssa.Instruction) -> bool:
    """An ordinary call (static, dynamic or invoke): its arguments pass to the callee."""
    return type(instr) is ssa.Call and not isinstance(instr.call.value, ssa.Builtin)
