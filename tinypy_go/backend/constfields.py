"""Boolean fields the whole program never sets: their loads become ``false``.

``fmt.Println`` formats through ``(*pp).printArg`` and ``fmtString``, which
quote a string when ``p.fmt.sharpV`` is set (``%#v``).  Only ``doPrintf``
ever sets that flag, so a program that never calls a ``Printf``-style function
still carries ``strconv.Quote``, its Unicode tables and ``%#v`` integer
formatting: about 12 KB of a fmt hello world.  gc's linker keeps them too;
LLVM cannot drop them because the flag is a field of a heap object.

Which fields qualify (checked per ``FieldAddr``): unexported ``bool`` fields
of a non-generic defined struct type whose package does not import
``unsafe``.  Code outside the package cannot name the field, reflect cannot
set an unexported field, and without ``unsafe`` the package cannot write it
other than through ``&x.f``.  Every value of the type starts zero, and
copying a value whose field is false keeps it false, so the field is false
everywhere unless some reachable code writes something else through
``&x.f``, lets ``&x.f`` escape, converts another struct type to or from it,
or puts a non-zero value of it in static data.  The backend records each of
those while it lowers the program (``written``) and marks every load of a
candidate field with a ``!tinypyfield`` attachment naming it; after the last
function is lowered (``rewrite``), the loads of fields never written become
the constant ``false`` and the other marks are removed, so their IR is what
it would be without this pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from tinypy_go.frontend.types import typ as T
from tinypy_go.ir import ssa


class ConstFields:
    """The candidate fields the program loads, and which of them it writes."""

    def __init__(self) -> None:
        self.loaded: dict[tuple[int, int], str] = {}  # (id(named), field) -> its label in the marks
        self.written: set[tuple[int, int]] = set()
        self._keep: list[Any] = []  # the named types behind the ids
        self._candidate: dict[tuple[int, int], bool] = {}

    def candidate(self, named: T.Named, index: int) -> bool:
        key = (id(named), index)
        got = self._candidate.get(key)
        if got is None:
            got = self._candidate[key] = _qualifies(named, index)
            self._keep.append(named)
        return got

    def field_addr(self, fa: ssa.FieldAddr, users: Callable[[], list[ssa.Instruction]]) -> None:
        """Record a write if ``&x.f`` is stored to with anything but false, or used as
        anything but the address of a load or store.  ``users`` gives fa's users; it is
        called only for a candidate field (computing them costs a pass over the function)."""
        named = _struct_of(fa.x.type)
        if named is None or not self.candidate(named, fa.field):
            return
        for u in users():
            if type(u) is ssa.UnOp and u.op == "*" and u.x is fa:
                continue
            if type(u) is ssa.Store and u.addr is fa and _is_false(u.val):
                continue
            self.written.add((id(named), fa.field))
            return

    def mark(self, fa: ssa.FieldAddr) -> str | None:
        """The attachment to put on a load of ``fa``, or None if it is no candidate."""
        named = _struct_of(fa.x.type)
        if named is None or not self.candidate(named, fa.field):
            return None
        key = (id(named), fa.field)
        label = self.loaded.get(key)
        if label is None:  # candidates have an object and a package (_qualifies)
            field = named.underlying().fields[fa.field].name  # type: ignore[union-attr]
            label = self.loaded[key] = f'!{{!"{named.obj.pkg.path}.{named.obj.name}.{field}"}}'  # type: ignore[union-attr]
        return f"{_MARK} {label}"

    def converted(self, a: Any, b: Any) -> None:
        """A conversion between ``a`` and ``b`` (either way; ``S(t)``, ``(*S)(pt)``,
        ``(*S)(unsafe.Pointer(p))``): a write through one is a write to the other."""
        ta, tb = _struct_of(a), _struct_of(b)
        if ta is tb:
            return
        for n in (ta, tb):
            if n is not None:
                for i in range(len(n.underlying().fields)):  # type: ignore[union-attr]
                    if self.candidate(n, i):
                        self.written.add((id(n), i))

    def static_struct(self, t: Any, elems: list[Any], is_zero: Any) -> None:
        """A non-zero static value of struct type ``t`` (static data)."""
        n = T.unalias(t)
        if type(n) is not T.Named:
            return
        for i, e in enumerate(elems):
            if self.candidate(n, i) and not is_zero(e):
                self.written.add((id(n), i))

    def rewrite(self, bodies: list[str]) -> None:
        """Fold the marked loads of never-written fields to false; unmark the others."""
        if not self.loaded:
            return
        never = {label for key, label in self.loaded.items() if key not in self.written}

        def sub(m: re.Match[str]) -> str:
            if m.group(3) in never:
                return f"{m.group(1)} = add i1 0, 0"  # a constant, for the value's later uses
            return f"{m.group(1)} = load i1, ptr {m.group(2)}"

        for i, body in enumerate(bodies):
            if _MARK in body:
                bodies[i] = _LOAD.sub(sub, body)


_MARK = ", !tinypyfield"
_LOAD = re.compile(r'(%\S+) = load i1, ptr (.+?), !tinypyfield (!\{!"[^"]*"\})')


def _struct_of(t: Any) -> T.Named | None:
    """The defined struct type ``t`` is, or points to."""
    n = T.unalias(t)
    if type(n.underlying()) is T.Pointer:
        n = T.unalias(n.underlying().elem)  # type: ignore[union-attr]
    return n if type(n) is T.Named and type(n.underlying()) is T.Struct else None


def _is_false(v: ssa.Value) -> bool:
    return type(v) is ssa.Const and v.value is False


def _qualifies(named: T.Named, index: int) -> bool:
    if named.type_args or named.obj is None or named.obj.pkg is None:
        return False
    st = named.underlying()
    if type(st) is not T.Struct or index >= len(st.fields):
        return False
    f = st.fields[index]
    ft = T.unalias(f.type).underlying()
    if type(ft) is not T.Basic or ft.kind != T.BOOL or f.exported() or f.name == "_":
        return False
    return all(imp.path != "unsafe" for imp in named.obj.pkg.imports)
