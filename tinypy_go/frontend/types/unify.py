"""Type unification for type argument inference."""

from __future__ import annotations

from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.predicates import identical


def _strip(sig):
    return T.Signature(sig.params, sig.results, sig.variadic)


class Unifier:
    """Maps type parameters (of the function being inferred) to types."""

    __slots__ = ("handles", "depth")

    def __init__(self, tparams: list[T.TypeParam], targs: list):
        self.handles: dict[T.TypeParam, T.Type | None] = {}
        for i, tp in enumerate(tparams):
            self.handles[tp] = targs[i] if i < len(targs) else None
        self.depth = 0

    def at(self, tp):
        return self.handles.get(tp)

    def set(self, tp, t) -> None:
        self.handles[tp] = t

    def inferred(self, tparams):
        return [self.handles.get(tp) for tp in tparams]

    def unify(self, x: T.Type, y: T.Type, inexact: bool = True) -> bool:
        self.depth += 1
        try:
            if self.depth > 64:
                return False
            return self._nify(x, y, inexact)
        finally:
            self.depth -= 1

    def _nify(self, x, y, inexact: bool) -> bool:
        x = T.unalias(x)
        y = T.unalias(y)
        if x is y:
            return True
        # put a bound type parameter on the left
        if type(y) is T.TypeParam and y in self.handles and not (type(x) is T.TypeParam and x in self.handles):
            x, y = y, x
        if type(x) is T.TypeParam and x in self.handles:
            bx = self.handles[x]
            if type(y) is T.TypeParam and y in self.handles:
                by = self.handles[y]
                if bx is None and by is None:
                    return True
                if bx is None:
                    self.handles[x] = by
                    return True
                if by is None:
                    self.handles[y] = bx
                    return True
                return self.unify(bx, by, inexact)
            if bx is not None:
                if self.unify(bx, y, inexact):
                    # prefer a defined type over an unnamed one
                    if inexact and type(bx) is not T.Named and type(y) is T.Named:
                        self.handles[x] = y
                    return True
                return False
            self.handles[x] = y
            return True
        # inexact: an unbound type parameter unifies with a type literal via its core type
        if inexact:
            from tinypy_go.frontend.types.predicates import is_named
            from tinypy_go.frontend.types.typeset import core_type

            if type(x) is T.TypeParam and not is_named(y):
                cx = core_type(x)
                if cx is not None:
                    return self.unify(cx, y, inexact)
            elif type(y) is T.TypeParam and not is_named(x):
                cy = core_type(y)
                if cy is not None:
                    return self.unify(x, cy, inexact)
        # inexact: a defined type unifies with a type literal via its underlying type
        if inexact and (type(x) is T.Named) != (type(y) is T.Named):
            if type(x) is T.Named:
                xu = x.underlying()
                if type(xu) is not T.Interface:
                    x = xu
            else:
                yu = y.underlying()
                if type(yu) is not T.Interface:
                    y = yu
        if inexact:
            xi = x.underlying() if type(x) is not T.TypeParam else None
            yi = y.underlying() if type(y) is not T.TypeParam else None
            xif = type(xi) is T.Interface
            yif = type(yi) is T.Interface
            if (xif or yif) and not (type(x) is T.Named and type(y) is T.Named and x.orig is y.orig):
                return self._unify_iface(x, xi, y, yi, xif, yif)
        tx = type(x)
        if tx is not type(y):
            return False
        if tx is T.Basic:
            return x.kind == y.kind
        if tx is T.Pointer or tx is T.Slice:
            return self.unify(x.elem, y.elem, inexact)
        if tx is T.Array:
            return (x.len < 0 or y.len < 0 or x.len == y.len) and self.unify(x.elem, y.elem, inexact)
        if tx is T.Map:
            return self.unify(x.key, y.key, inexact) and self.unify(x.elem, y.elem, inexact)
        if tx is T.Chan:
            return (not inexact and x.dir == y.dir or inexact) and self.unify(x.elem, y.elem, inexact)
        if tx is T.Struct:
            if len(x.fields) != len(y.fields):
                return False
            return all(f.name == g.name and f.embedded == g.embedded and self.unify(f.type, g.type, inexact)
                       for f, g in zip(x.fields, y.fields, strict=True))
        if tx is T.Tuple:
            if len(x.vars) != len(y.vars):
                return False
            return all(self.unify(a.type, b.type, inexact) for a, b in zip(x.vars, y.vars, strict=True))
        if tx is T.Signature:
            return x.variadic == y.variadic and len(x.type_params) == len(y.type_params) and \
                self.unify(x.params, y.params, inexact) and \
                self.unify(x.results, y.results, inexact)
        if tx is T.Named:
            if x.orig is not y.orig:
                return identical(x, y)
            if not x.type_args:
                return x is y
            return all(self.unify(a, b, inexact) for a, b in zip(x.type_args, y.type_args, strict=True))
        if tx is T.Interface:
            return identical(x, y)
        return identical(x, y)

    def _unify_iface(self, x, xi, y, yi, xif: bool, yif: bool) -> bool:
        """Interface inference: the methods of an interface must be present in
        the other type, with unifying signatures."""
        from tinypy_go.frontend.types import objects as O
        from tinypy_go.frontend.types.lookup import lookup_field_or_method

        if xif and yif:
            xm = xi.type_set().methods
            ym = yi.type_set().methods
            if len(xm) > len(ym):
                xm, ym = ym, xm
            by_id = {m.id(): m for m in ym}
            for m in xm:
                o = by_id.get(m.id())
                if o is None or not self.unify(_strip(m.type), _strip(o.type), True):
                    return False
            return True
        if yif:
            x, xi, y, yi = y, yi, x, xi
        for m in xi.type_set().methods:
            obj, _, _ = lookup_field_or_method(y, False, m.pkg, m.name)
            if type(obj) is not O.Func or obj.type is None:
                return False
            if obj.type.type_params:
                return False  # a generic method never matches an interface method (go1.27)
            if not self.unify(_strip(m.type), _strip(obj.type), True):
                return False
        return True
