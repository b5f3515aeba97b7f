"""Static data and lazy initialisers of package variables (see ir/build_static.py).

``initializer`` renders a Global's ``static_value`` as an LLVM constant;
referring to another global from it (``&x``, a slice's backing array) emits
that global too, so only data reachable from emitted code is in the module.
Calls of lazy initialisers (``Function.lazy_global``) are placeholders in the
package initialisers until code generation has reached its fixpoint
(``LazyInits``): a call is kept, and its function lowered, only when the
variable it initialises is referenced.
"""

from __future__ import annotations

import re
from typing import Any

from tinypy_go.backend import llvmtypes as LT
from tinypy_go.frontend.types import typ as T
from tinypy_go.ir import ssa
from tinypy_go.ir.build_static import StaticValue, static_value_of


class _ConstEnv:
    """What FuncGen.const needs (type mapping and the module) outside a function."""

    def __init__(self, mg: Any):
        self.mg = mg

    def lty(self, t: Any) -> str:
        return LT.llvm_type(t)

    def error(self, msg: str) -> Exception:
        return self.mg.error(0, msg)


def global_initializer(mg: Any, g: ssa.Global) -> tuple[str, str]:
    """The LLVM constant for g's static value (ir/build_static.static_value_of)."""
    return typed_initializer(mg, static_value_of(g))


def initializer(mg: Any, sv: StaticValue) -> str:
    """The LLVM constant (without its type) for sv, of sv's natural LLVM type."""
    ty, val = typed_initializer(mg, sv)
    if ty != LT.llvm_type(sv.type):
        raise ValueError(f"static value of type {sv.type} needs type {ty}")
    return val


def is_zero(sv: StaticValue) -> bool:
    if sv.kind == "const":
        return sv.value is None
    if sv.kind != "agg":
        return False
    if sv.sparse is not None:
        return all(is_zero(e) for e in sv.sparse.values())
    return all(is_zero(e) for e in sv.elems)


def typed_initializer(mg: Any, sv: StaticValue) -> tuple[str, str]:
    """(LLVM type, constant) for sv.  The type is sv's natural one unless the value has
    long runs of zeros: an array is then a packed struct of its non-zero elements and
    ``[k x T] zeroinitializer`` runs (the same bytes, at a cost of its non-zero
    elements), and a struct holding one is packed with explicit padding."""
    from tinypy_go.backend.funcgen import FuncGen

    natural = LT.llvm_type(sv.type)
    k = sv.kind
    if k == "const":
        return natural, FuncGen.const(_ConstEnv(mg), sv.value, sv.type)
    if k == "addr":
        return natural, mg.global_ref(sv.target)
    if k == "func":
        from tinypy_go.backend.closures import code_ref, static_funcval

        return natural, static_funcval(mg, code_ref(mg, sv.target))
    if k == "slice":
        return natural, f"{{ptr {mg.global_ref(sv.target)}, i32 {sv.length}, i32 {sv.length}}}"
    if k != "agg":
        raise ValueError(f"static value kind {k}")
    if is_zero(sv):
        return natural, "zeroinitializer"
    u = LT.underlying(sv.type)
    if type(u) is T.Array:
        return _array(mg, sv, u, natural)
    mg.constfields.static_struct(sv.type, sv.elems, is_zero)
    parts = [typed_initializer(mg, e) for e in sv.elems]
    if all(ty == LT.llvm_type(e.type) for (ty, _), e in zip(parts, sv.elems, strict=True)):
        return natural, "{" + ", ".join(f"{ty} {v}" for ty, v in parts) + "}"
    size, _ = LT.layout(sv.type)
    tys: list[str] = []
    vals: list[str] = []
    offset = 0
    for f, (ty, v) in zip(u.fields, parts, strict=True):
        fsize, falign = LT.layout(f.type)
        aligned = (offset + falign - 1) // falign * falign
        if aligned > offset:
            tys.append(f"[{aligned - offset} x i8]")
            vals.append(f"[{aligned - offset} x i8] zeroinitializer")
        tys.append(ty)
        vals.append(f"{ty} {v}")
        offset = aligned + fsize
    if size > offset:
        tys.append(f"[{size - offset} x i8]")
        vals.append(f"[{size - offset} x i8] zeroinitializer")
    return "<{ " + ", ".join(tys) + " }>", "<{ " + ", ".join(vals) + " }>"


def _array(mg: Any, sv: StaticValue, u: Any, natural: str) -> tuple[str, str]:
    n = u.len
    et = LT.llvm_type(u.elem)
    if sv.sparse is not None:
        items = sorted((i, e) for i, e in sv.sparse.items() if not is_zero(e))
    else:
        items = [(i, e) for i, e in enumerate(sv.elems) if not is_zero(e)]
    typed = [(i, typed_initializer(mg, e)) for i, e in items]
    if all(ty == et for _, (ty, _) in typed) and (n <= 64 or len(typed) * 2 >= n):
        by_index = dict(typed)
        zero = f"{et} zeroinitializer"
        parts = [f"{et} {by_index[i][1]}" if i in by_index else zero for i in range(n)]
        return natural, "[" + ", ".join(parts) + "]"
    tys: list[str] = []
    vals: list[str] = []
    cursor = 0
    for i, (ty, v) in typed:
        if i > cursor:
            tys.append(f"[{i - cursor} x {et}]")
            vals.append(f"[{i - cursor} x {et}] zeroinitializer")
        tys.append(ty)
        vals.append(f"{ty} {v}")
        cursor = i + 1
    if n > cursor:
        tys.append(f"[{n - cursor} x {et}]")
        vals.append(f"[{n - cursor} x {et}] zeroinitializer")
    return "<{ " + ", ".join(tys) + " }>", "<{ " + ", ".join(vals) + " }>"


_PLACEHOLDER = re.compile(r"^  ;lazyinit (\d+)(, !dbg !DILocation\([^)]*\))?\n", re.M)  # the location: debuginfo.attach


class LazyInits:
    """Lazy initialiser calls seen in emitted code, resolved at the fixpoint."""

    def __init__(self, mg: Any):
        self.mg = mg
        self.pending: dict[int, ssa.Function] = {}
        self.called: dict[int, str] = {}

    def placeholder(self, fn: ssa.Function) -> str:
        self.pending[id(fn)] = fn
        return f";lazyinit {id(fn)}"

    def schedule(self) -> bool:
        """Lower the initialisers of variables referenced so far; True if any was new."""
        changed = False
        for key, fn in list(self.pending.items()):
            if id(fn.lazy_global) in self.mg.global_done:
                del self.pending[key]
                self.called[key] = f"  call void {self.mg.func_ref(fn)}(ptr undef)\n"
                changed = True
        return changed

    def resolve(self, bodies: list[str]) -> None:
        """Replace the placeholders: a call, or nothing for an unused variable."""
        def sub(m: re.Match) -> str:
            call = self.called.get(int(m.group(1)), "")
            return call[:-1] + m.group(2) + "\n" if call and m.group(2) else call

        for i, b in enumerate(bodies):
            if ";lazyinit " in b:
                bodies[i] = _PLACEHOLDER.sub(sub, b)
