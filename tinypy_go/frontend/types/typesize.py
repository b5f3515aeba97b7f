"""Types too large for a 32-bit address space, rejected as cmd/compile does for GOARCH=386.

go/types accepts ``[1 << 30]int32``; the compiler's size calculation
(cmd/compile/internal/types/size.go) then rejects it with

    x.go:3:5: type [1073741824]int32 larger than address space
    x.go:3:5: type [1073741824]int32 too large

and a channel of elements of 64 KiB or more with ``channel element type too
large (>64kB)``.  A struct of 2 GiB or more is ``type struct {...} too large``
here (cmd/compile for 386 reports an internal error for it).  The check runs
on every type the package's declarations and expressions use, after the
package type-checks; a type that mentions a type parameter is checked only in
its instantiations.
"""

from __future__ import annotations

from tinypy_go.errors import Diagnostic
from tinypy_go.frontend import ast
from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.api import Info
from tinypy_go.frontend.types.sizes import WASM32, Sizes

MAX_WIDTH = (1 << 32) - 1  # cmd/compile/internal/x86: arch.MAXWIDTH
TOO_LARGE = 1 << 31  # a 32-bit target's sizes must fit in an int32
MAX_CHAN_ELEM = 1 << 16


class _Walker:
    def __init__(self, sizes: Sizes) -> None:
        self.sizes = sizes
        self.done: dict[int, bool] = {}  # id(type) -> mentions a type parameter
        self.keep: list[T.Type] = []  # keeps the ids above alive
        self.errors: list[str] = []

    def walk(self, t: T.Type) -> bool:
        """Check t and its components; True when t mentions a type parameter (not checked)."""
        key = id(t)
        got = self.done.get(key)
        if got is not None:
            return got
        self.done[key] = False  # a cycle through t: treated as concrete (its parts are checked elsewhere)
        self.keep.append(t)
        generic = self._walk(t)
        self.done[key] = generic
        return generic

    def _walk(self, t: T.Type) -> bool:
        k = type(t)
        if k is T.Basic:
            return False
        if k is T.TypeParam:
            return True
        if k is T.Alias:
            return self.walk(T.unalias(t))
        if k is T.Named:
            if t.type_params and not t.type_args:
                return True
            generic = any([self.walk(a) for a in t.type_args])
            return self.walk(t.underlying()) or generic
        if k is T.Pointer or k is T.Slice:
            return self.walk(t.elem)
        if k is T.Array:
            before = len(self.errors)
            if self.walk(t.elem) or len(self.errors) > before:
                return len(self.errors) == before
            es = self.sizes.sizeof(t.elem)
            if es > 0 and t.len > (MAX_WIDTH - 1) // es:
                self.errors.append(f"type {t} larger than address space")
                self.errors.append(f"type {t} too large")
            elif es > 0 and es * t.len >= TOO_LARGE:
                self.errors.append(f"type {t} too large")
            return False
        if k is T.Struct:
            before = len(self.errors)
            generic = any([self.walk(f.type) for f in t.fields])
            if not generic and len(self.errors) == before:
                size = self.sizes.sizeof(t)
                if size < 0 or size >= TOO_LARGE:
                    self.errors.append(f"type {t} too large")
            return generic
        if k is T.Map:
            return any([self.walk(t.key), self.walk(t.elem)])
        if k is T.Chan:
            if self.walk(t.elem):
                return True
            if self.sizes.sizeof(t.elem) >= MAX_CHAN_ELEM:
                self.errors.append("channel element type too large (>64kB)")
            return False
        if k is T.Signature:
            parts = [v.type for v in (t.params.vars if t.params else ())]
            parts += [v.type for v in (t.results.vars if t.results else ())]
            return any([self.walk(p) for p in parts])
        if k is T.Tuple:
            return any([self.walk(v.type) for v in t.vars])
        return False  # interfaces, unions: no size of their own


def check_sizes(info: Info, fset, sizes: Sizes = WASM32, limit: int = 10) -> list[Diagnostic]:
    """Diagnostics for the oversized types info's declarations and expressions use."""
    w = _Walker(sizes)
    out: list[Diagnostic] = []
    items: list[tuple[int, T.Type]] = []
    for ident, obj in info.defs.items():
        if obj is not None and obj.type is not None:
            items.append((ident.pos, obj.type))
    for expr, tv in info.types.items():
        if tv.type is not None and not isinstance(expr, ast.BasicLit):
            items.append((expr.pos, tv.type))
    items.sort(key=lambda it: it[0])
    for pos, t in items:
        if id(t) in w.done:
            continue
        w.walk(t)
        if w.errors:
            out.extend(Diagnostic(fset.position(pos), msg) for msg in w.errors)
            w.errors.clear()
            if len(out) >= limit:
                break
    return out
