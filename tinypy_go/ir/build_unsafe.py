"""unsafe.Sizeof, Alignof and Offsetof whose operand's type involves a type parameter.

On concrete types the checker folds these calls to constants.  Inside generic
code (``unsafe.Sizeof(a[0])`` with ``a []E``, as in slices.overlaps) the checker
cannot, but every instance the builder creates (ir/generics.py) sees the
substituted types, so the value is again a constant: it is computed here with
the checker's wasm32 ``Sizes`` (frontend/types/sizes.py, the same layout as
backend/llvmtypes.layout), keeping the builder independent of the backend.
As with constant calls, the operand is not evaluated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tinypy_go.frontend import ast
from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.sizes import WASM32
from tinypy_go.ir import ssa
from tinypy_go.ir.generics import contains_type_param

if TYPE_CHECKING:
    from tinypy_go.ir.builder import FunctionBuilder

UNSAFE_SIZE_BUILTINS = frozenset({"Sizeof", "Alignof", "Offsetof"})


def unsafe_size_builtin(fb: FunctionBuilder, e: ast.CallExpr, name: str) -> ssa.Value:
    """The uintptr constant of one Sizeof/Alignof/Offsetof call in an instantiated function."""
    arg = e.args[0]
    if name == "Offsetof":
        value = _offsetof(fb, e, ast.unparen(arg))
    else:
        t = fb.type_of(arg)
        if _has_type_param(t):
            raise fb.unsupported(e, f"unsafe.{name} of uninstantiated type {t}")
        value = WASM32.sizeof(t) if name == "Sizeof" else WASM32.alignof(t)
    if value < 0:
        raise fb.unsupported(e, f"unsafe.{name}: type too large")
    return ssa.Const(T.TYP[T.UINTPTR], value, e.pos)


def _offsetof(fb: FunctionBuilder, e: ast.CallExpr, selx: ast.Expr) -> int:
    """Offset of the selected field from the start of the struct value x (of x.f), summed
    along the embedding path (the checker rejects paths through embedded pointers)."""
    sel = fb.info.selections.get(selx) if isinstance(selx, ast.SelectorExpr) else None
    if sel is None:
        raise fb.ice(e, "unsafe.Offsetof without a field selection")
    t = fb.type_of(selx.x)
    u = T.unalias(t).underlying()
    if type(u) is T.Pointer:
        t = u.elem
    offs = 0
    for i in sel.index:
        st = T.unalias(t).underlying()
        if type(st) is not T.Struct or _has_type_param(st):
            raise fb.unsupported(e, f"unsafe.Offsetof in {t}")
        o = WASM32.offsetsof(st.fields)[i]
        if o < 0:
            return -1
        offs += o
        t = st.fields[i].type
    return offs


def _has_type_param(t: T.Type | None) -> bool:
    """Whether t still mentions a type parameter (the builder only sees instances)."""
    return t is None or contains_type_param(t)
