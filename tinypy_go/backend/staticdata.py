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
from tinypy_go.ir import ssa
from tinypy_go.ir.build_static import StaticValue


class _ConstEnv:
    """What FuncGen.const needs (type mapping and the module) outside a function."""

    def __init__(self, mg: Any):
        self.mg = mg

    def lty(self, t: Any) -> str:
        return LT.llvm_type(t)

    def error(self, msg: str) -> Exception:
        return self.mg.error(0, msg)


def global_initializer(mg: Any, g: ssa.Global) -> str:
    """The LLVM constant for g's static value, made now if it is still a thunk.

    The value is kept on g: it owns the anonymous globals it points to, and
    the backend tracks emitted globals by id(), so they must stay alive."""
    if callable(g.static_value):
        g.static_value = g.static_value()
    return initializer(mg, g.static_value)


def initializer(mg: Any, sv: StaticValue) -> str:
    """The LLVM constant (without its type) for sv."""
    from tinypy_go.backend.funcgen import FuncGen

    k = sv.kind
    if k == "const":
        return FuncGen.const(_ConstEnv(mg), sv.value, sv.type)
    if k == "agg":
        u = LT.underlying(sv.type)
        if not sv.elems or all(e.kind == "const" and e.value is None for e in sv.elems):
            return "zeroinitializer"
        parts = [f"{LT.llvm_type(e.type)} {initializer(mg, e)}" for e in sv.elems]
        if type(u).__name__ == "Array":
            return "[" + ", ".join(parts) + "]"
        return "{" + ", ".join(parts) + "}"
    if k == "addr":
        return mg.global_ref(sv.target)
    if k == "func":
        from tinypy_go.backend.closures import code_ref, static_funcval

        return static_funcval(mg, code_ref(mg, sv.target))
    if k == "slice":
        return f"{{ptr {mg.global_ref(sv.target)}, i32 {sv.length}, i32 {sv.length}}}"
    raise ValueError(f"static value kind {k}")


_PLACEHOLDER = re.compile(r"^  ;lazyinit (\d+)(, !dbg !\d+)?\n", re.M)  # the location: debuginfo.attach


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
