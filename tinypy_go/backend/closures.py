"""Lowering of closures and func values.

A func value is ``{ptr context, ptr fn}``.  ``MakeClosure`` allocates the
context on the heap as an LLVM struct of the bindings (one field per free
variable, in order: a variable's address, or a bound method receiver) and
the closure body loads its free variables from ``%context`` in its entry
block.  Functions that capture nothing are used with a null context; every
Go function takes the trailing ``ptr %context`` parameter, so any function
can be called through a func value.
"""

from __future__ import annotations

from tinypy_go.backend import llvmtypes as LT
from tinypy_go.frontend.types import typ as T
from tinypy_go.ir import ssa


def context_type(g, fn: ssa.Function) -> str:
    return "{" + ", ".join(g.lty(fv.type) for fv in fn.free_vars) + "}"


def prologue(g) -> None:
    """Load the free variables of a closure body from its context."""
    fn = g.fn
    if not fn.free_vars:
        return
    cty = context_type(g, fn)
    for i, fv in enumerate(fn.free_vars):
        addr, val = f"%.fva{i}", f"%.fv{i}"
        g.entry_allocas.append(f"  {addr} = getelementptr inbounds {cty}, ptr %context, i32 0, i32 {i}")
        g.entry_allocas.append(f"  {val} = load {g.lty(fv.type)}, ptr {addr}")
        g.values[id(fv)] = val


def lower_make_closure(g, instr: ssa.MakeClosure) -> None:
    fn = instr.fn
    cty = context_type(g, fn)
    size = 0
    for b in instr.bindings:
        s, a = LT.layout(b.type)
        size = (size + a - 1) // a * a + s
    ctx = g.runtime_call("runtime.alloc", [f"i32 {max(size, 1)}"], "ptr")
    for i, b in enumerate(instr.bindings):
        addr = g.new_tmp()
        g.emit(f"{addr} = getelementptr inbounds {cty}, ptr {ctx}, i32 0, i32 {i}")
        g.emit(f"store {g.tv(b)}, ptr {addr}")
    a = g.new_tmp()
    g.emit(f"{a} = insertvalue {LT.FUNC} undef, ptr {ctx}, 0")
    g.emit(f"{g.reg(instr)} = insertvalue {LT.FUNC} {a}, ptr {g.mg.func_ref(fn)}, 1")


def compare_func(g, instr: ssa.BinOp, op: str, x: str, y: str) -> None:
    """f == nil / f != nil: func values compare only with nil, by their function pointer."""
    if op not in ("==", "!="):
        raise g.ice(f"operator {op} on func values")
    fx, fy = g.new_tmp(), g.new_tmp()
    g.emit(f"{fx} = extractvalue {LT.FUNC} {x}, 1")
    g.emit(f"{fy} = extractvalue {LT.FUNC} {y}, 1")
    g.emit(f"{g.reg(instr)} = icmp {'eq' if op == '==' else 'ne'} ptr {fx}, {fy}")


def lower_slice_of_array(g, instr: ssa.Slice) -> None:
    """s = arr[:] for a pointer to an array (what variadic packing emits).
    The general slice expression lowering comes with slices."""
    xt = LT.underlying(instr.x.type)
    if instr.low is not None or instr.high is not None or instr.max is not None or type(xt) is not T.Pointer:
        raise g.error("not supported yet: slice expressions")
    n = LT.underlying(xt.elem).len
    a, b = g.new_tmp(), g.new_tmp()
    g.emit(f"{a} = insertvalue {LT.SLICE} undef, ptr {g.v(instr.x)}, 0")
    g.emit(f"{b} = insertvalue {LT.SLICE} {a}, i32 {n}, 1")
    g.emit(f"{g.reg(instr)} = insertvalue {LT.SLICE} {b}, i32 {n}, 2")


def register(handlers: dict) -> None:
    handlers[ssa.MakeClosure] = lower_make_closure
    handlers.setdefault(ssa.Slice, lower_slice_of_array)
