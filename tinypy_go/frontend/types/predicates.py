"""Type predicates: identity, comparability and classification helpers."""

from __future__ import annotations

from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.typ import Basic, TypeParam, unalias

_INVALID = T.INVALID_TYPE


def _basic_info(t: T.Type) -> int:
    u = t.underlying()
    if type(u) is Basic:
        return u.info
    return 0


def all_basic(t: T.Type, info: int) -> bool:
    """For a type parameter: every type in its type set has the property."""
    if type(t) is TypeParam:
        ts = t.iface().type_set()
        if ts.terms is None or not ts.terms:
            return False
        return all(_basic_info(term.type) & info for term in ts.terms)
    return bool(_basic_info(t) & info)


def is_boolean(t: T.Type) -> bool:
    return all_basic(t, T.IS_BOOLEAN)


def is_integer(t: T.Type) -> bool:
    return all_basic(t, T.IS_INTEGER)


def is_unsigned(t: T.Type) -> bool:
    return all_basic(t, T.IS_UNSIGNED)


def is_float(t: T.Type) -> bool:
    return all_basic(t, T.IS_FLOAT)


def is_complex(t: T.Type) -> bool:
    return all_basic(t, T.IS_COMPLEX)


def is_numeric(t: T.Type) -> bool:
    return all_basic(t, T.IS_NUMERIC)


def is_string(t: T.Type) -> bool:
    return all_basic(t, T.IS_STRING)


def is_ordered(t: T.Type) -> bool:
    return all_basic(t, T.IS_ORDERED)


def is_const_type(t: T.Type) -> bool:
    return bool(_basic_info(t) & T.IS_CONST_TYPE)


def is_integer_or_float(t: T.Type) -> bool:
    return all_basic(t, T.IS_INTEGER | T.IS_FLOAT)


def is_numeric_or_string(t: T.Type) -> bool:
    return all_basic(t, T.IS_NUMERIC | T.IS_STRING)


def is_basic_kind(t: T.Type, info: int) -> bool:
    """Non-type-parameter check (go/types isX without "all")."""
    return type(t) is not TypeParam and bool(_basic_info(t) & info)


def is_untyped(t: T.Type) -> bool:
    tt = type(t)
    if tt is Basic:
        return t.info & 64 != 0  # IS_UNTYPED
    if tt is T.Alias:
        t = unalias(t)
        return type(t) is Basic and bool(t.info & T.IS_UNTYPED)
    return False


def is_typed(t: T.Type) -> bool:
    if type(t) is Basic:
        return t.info & 64 == 0
    return not is_untyped(t)


def is_untyped_numeric(t: T.Type) -> bool:
    t = unalias(t)
    return type(t) is Basic and t.info & T.IS_UNTYPED and bool(t.info & T.IS_NUMERIC)


def is_valid(t: T.Type | None) -> bool:
    if t is None or t is _INVALID:
        return False
    return type(t) is not T.Alias or unalias(t) is not _INVALID


def is_interface(t: T.Type) -> bool:
    return type(t) is not TypeParam and type(t.underlying()) is T.Interface


def is_type_param(t: T.Type) -> bool:
    return type(unalias(t)) is TypeParam


def is_named(t: T.Type) -> bool:
    """Named, Basic or TypeParam (a type with a name)."""
    t = unalias(t)
    return type(t) in (T.Named, Basic, TypeParam)


def is_generic(t: T.Type) -> bool:
    if type(t) is T.Alias and t.type_params:
        return t.orig is t and not t.type_args  # a generic alias (go1.24)
    t = unalias(t)
    return type(t) is T.Named and t.orig is t and bool(t.type_params) and not t.type_args


def has_name(t: T.Type) -> bool:
    return is_named(t)


def has_nil(t: T.Type) -> bool:
    t = unalias(t)
    if type(t) is TypeParam:
        ts = t.iface().type_set()
        if ts.terms is None or not ts.terms:
            return False
        return all(has_nil(term.type) for term in ts.terms)
    u = t.underlying()
    tu = type(u)
    if tu is Basic:
        return u.kind == T.UNSAFE_POINTER
    return tu in (T.Slice, T.Pointer, T.Signature, T.Map, T.Chan, T.Interface)


def comparable_type(t: T.Type, dynamic: bool, seen: set | None, report=None) -> bool:
    """Whether values of t can be compared with ==.  dynamic: interfaces
    count as comparable (they may panic at run time)."""
    t = unalias(t)
    if seen is None:
        seen = set()
    if id(t) in seen:
        return True
    seen.add(id(t))
    u = t.underlying()
    tu = type(u)
    if tu is Basic:
        return u.kind != T.UNTYPED_NIL
    if tu in (T.Pointer, T.Chan):
        return True
    if tu is T.Interface:
        if (dynamic and type(t) is not TypeParam) or u.type_set().is_comparable(seen):
            return True
        if report:
            report("empty type set" if u.type_set().is_empty() else "incomparable types in type set")
        return False
    if tu is T.Struct:
        for f in u.fields:
            if not comparable_type(f.type, dynamic, seen):
                if report:
                    report("struct containing %s cannot be compared", f.type)
                return False
        return True
    if tu is T.Array:
        if not comparable_type(u.elem, dynamic, seen):
            if report:
                report("%s cannot be compared", u)
            return False
        return True
    return False


def comparable(t: T.Type) -> bool:
    return comparable_type(t, True, None)


def identical(x: T.Type | None, y: T.Type | None) -> bool:
    return _identical(x, y, True, None)


def identical_ignore_tags(x: T.Type, y: T.Type) -> bool:
    return _identical(x, y, False, None)


def _identical(x, y, cmp_tags: bool, p) -> bool:
    if x is y:
        return True
    if x is None or y is None:
        return False
    if type(x) is T.Alias:
        x = unalias(x)
    if type(y) is T.Alias:
        y = unalias(y)
    if x is y:
        return True
    tx = type(x)
    if tx is not type(y):
        return False
    if tx is Basic:
        return x.kind == y.kind
    if tx is T.Pointer or tx is T.Slice:
        return _identical(x.elem, y.elem, cmp_tags, p)
    if tx is T.Array:
        return (x.len < 0 or y.len < 0 or x.len == y.len) and _identical(x.elem, y.elem, cmp_tags, p)
    if tx is T.Map:
        return _identical(x.key, y.key, cmp_tags, p) and _identical(x.elem, y.elem, cmp_tags, p)
    if tx is T.Chan:
        return x.dir == y.dir and _identical(x.elem, y.elem, cmp_tags, p)
    if tx is T.Struct:
        if len(x.fields) != len(y.fields):
            return False
        for i, (f, g) in enumerate(zip(x.fields, y.fields, strict=True)):
            if f.embedded != g.embedded or (cmp_tags and x.tag(i) != y.tag(i)):
                return False
            if not f.same_id(g.pkg, g.name) or not _identical(f.type, g.type, cmp_tags, p):
                return False
        return True
    if tx is T.Tuple:
        if len(x.vars) != len(y.vars):
            return False
        return all(_identical(a.type, b.type, cmp_tags, p) for a, b in zip(x.vars, y.vars, strict=True))
    if tx is T.Signature:
        if len(x.type_params) != len(y.type_params):
            return False
        if x.variadic != y.variadic:
            return False
        if x.type_params:
            from tinypy_go.frontend.types.subst import subst

            smap = dict(zip(y.type_params, x.type_params, strict=True))
            for a, b in zip(x.type_params, y.type_params, strict=True):
                if not _identical(a.bound, subst(b.bound, smap), cmp_tags, p):
                    return False
            yp = subst(y.params, smap)
            yr = subst(y.results, smap)
            return _identical(x.params, yp, cmp_tags, p) and _identical(x.results, yr, cmp_tags, p)
        return _identical(x.params, y.params, cmp_tags, p) and _identical(x.results, y.results, cmp_tags, p)
    if tx is T.Union:
        xs, ys = x.terms, y.terms
        if len(xs) != len(ys):
            return False
        return all(any(a.tilde == b.tilde and _identical(a.type, b.type, cmp_tags, p) for b in ys) for a in xs)
    if tx is T.Interface:
        xs = x.type_set()
        ys = y.type_set()
        if xs.comparable != ys.comparable:
            return False
        if (xs.terms is None) != (ys.terms is None):
            return False
        if xs.terms is not None:
            if len(xs.terms) != len(ys.terms):
                return False
            for a in xs.terms:
                if not any(a.tilde == b.tilde and _identical(a.type, b.type, cmp_tags, p) for b in ys.terms):
                    return False
        a, b = xs.methods, ys.methods
        if len(a) != len(b):
            return False
        if not a:
            return True
        pair = (id(x), id(y))
        q = p
        while q is not None:
            if q[0] == pair:
                return True
            q = q[1]
        p2 = (pair, p)
        for f, g in zip(a, b, strict=True):
            if f.id() != g.id() or not _identical(f.type, g.type, cmp_tags, p2):
                return False
        return True
    if tx is T.Named:
        if x.orig is not y.orig or x.orig is x or y.orig is y:
            return x is y
        return all(_identical(a, b, cmp_tags, p) for a, b in zip(x.type_args, y.type_args, strict=True))
    if tx is TypeParam:
        return x is y
    return False


def default_type(t: T.Type) -> T.Type:
    """The type an untyped constant gets in a context without a type."""
    if type(t) is Basic:
        k = t.kind
        if k == T.UNTYPED_BOOL:
            return T.TYP[T.BOOL]
        if k == T.UNTYPED_INT:
            return T.TYP[T.INT]
        if k == T.UNTYPED_RUNE:
            return T.UNIVERSE_RUNE
        if k == T.UNTYPED_FLOAT:
            return T.TYP[T.FLOAT64]
        if k == T.UNTYPED_COMPLEX:
            return T.TYP[T.COMPLEX128]
        if k == T.UNTYPED_STRING:
            return T.TYP[T.STRING]
    return t


def max_type(x: T.Type, y: T.Type) -> T.Type | None:
    """The larger of two untyped numeric types (or x when both are the same), or None."""
    if x is y or identical(x, y):
        return x
    if is_untyped_numeric(x) and is_untyped_numeric(y):
        return x if x.kind > y.kind else y
    return None
