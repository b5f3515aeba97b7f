"""Type sets without core types (go/types under.go, go1.25): operations on
type parameters need a common underlying type of their type set, and the
error says which types disagree."""

from __future__ import annotations

from collections.abc import Callable

from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.predicates import identical
from tinypy_go.frontend.types.typeset import compute_interface_type_set

TypeError_ = tuple  # (format, *args) for Checker.sprintf


def typeset(t: T.Type) -> list[tuple[T.Type | None, T.Type | None]]:
    """(type, underlying type) pairs of t's type set: t itself unless t is a
    type parameter; (None, None) for a type parameter without specific types."""
    tp = T.unalias(t)
    if type(tp) is not T.TypeParam:
        return [(t, t.underlying())]
    ts = compute_interface_type_set(tp.iface())
    if not ts.terms:
        return [(None, None)]
    out = []
    for term in ts.terms:
        u = T.unalias(term.type)
        if not term.tilde:
            u = u.underlying()
        out.append((term.type, u))
    return out


def common_under(t: T.Type, cond: Callable[[T.Type | None, T.Type | None], TypeError_ | None] | None = None
                 ) -> tuple[T.Type | None, TypeError_ | None]:
    """The common underlying type of t's type set (a restricted channel wins
    over a bidirectional one), or None and the reason."""
    ct = cu = None
    for t1, u in typeset(t):
        if cond is not None:
            err = cond(t1, u)
            if err is not None:
                return None, err
        if u is None:
            return None, ("no specific type",)
        if cu is None:
            ct, cu = t1, u
            continue
        if type(cu) is T.Chan and type(u) is T.Chan:
            if not identical(cu.elem, u.elem):
                return None, ("channels %s and %s have different element types", ct, t1)
            if cu.dir == u.dir:
                pass
            elif cu.dir == T.SEND_RECV:
                ct, cu = t1, u
            elif u.dir != T.SEND_RECV:
                return None, ("channels %s and %s have conflicting directions", ct, t1)
            continue
        if not identical(cu, u):
            return None, ("%s and %s have different underlying types", ct, t1)
    return cu, None


def slice_elem(x) -> tuple[T.Type | None, TypeError_ | None]:
    """The element type of slice operand x (all its type set's slices agree)."""
    e = None
    for _, u in typeset(x.type):
        if type(u) is not T.Slice:
            if x.is_nil():
                return None, ("argument must be a slice; have untyped nil",)
            return None, ("argument must be a slice; have %s", x)
        if e is None:
            e = u.elem
        elif not identical(e, u.elem):
            return None, ("mismatched slice element types %s and %s in %s", e, u.elem, x)
    return e, None


def all_string(t: T.Type) -> bool:
    """Every type in t's type set is a string type."""
    from tinypy_go.frontend.types.predicates import is_string

    return all(u is not None and is_string(u) for _, u in typeset(t))
