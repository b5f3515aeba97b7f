"""Interface type sets: the method set plus the (possibly infinite) set of
types described by the interface's type terms."""

from __future__ import annotations

from tinypy_go.frontend.types import typ as T


class TypeSet:
    """terms None means "all types"; an empty list is the empty set."""

    __slots__ = ("methods", "terms", "comparable")

    def __init__(self, methods, terms, comparable: bool):
        self.methods = methods
        self.terms: list[T.Term] | None = terms
        self.comparable = comparable

    def is_all(self) -> bool:
        return not self.methods and self.terms is None and not self.comparable

    def is_empty(self) -> bool:
        return self.terms is not None and not self.terms

    def is_method_set(self) -> bool:
        return self.terms is None and not self.comparable

    def is_comparable(self, seen) -> bool:
        if self.terms is None:
            return self.comparable
        from tinypy_go.frontend.types.predicates import comparable_type

        return all(comparable_type(t.type, False, seen) for t in self.terms)

    def has_terms(self) -> bool:
        return self.terms is not None

    def lookup_method(self, pkg, name: str):
        for i, m in enumerate(self.methods):
            if m.same_id(pkg, name):
                return i, m
        return -1, None

    def underIs(self, f) -> bool:
        """Call f on each term's underlying type (None for "all")."""
        if self.terms is None:
            return f(None)
        for t in self.terms:
            u = t.type.underlying() if t.type is not None else None
            if not f(u):
                return False
        return True


EMPTY_TS = TypeSet([], None, False)
_computing: set[int] = set()


def compute_interface_type_set(it: T.Interface) -> TypeSet:
    if it._tset is not None:
        return it._tset
    if id(it) in _computing:  # invalid recursive embedding; checked elsewhere
        return EMPTY_TS
    _computing.add(id(it))
    try:
        methods = list(it.methods)
        seen = {m.id() for m in methods}
        terms: list[T.Term] | None = None
        from tinypy_go.frontend.types.universe import COMPARABLE_TYPE

        comparable = it is COMPARABLE_TYPE._underlying

        for e in it.embeddeds:
            if e is COMPARABLE_TYPE:
                comparable = True
                continue
            eterms: list[T.Term] | None
            u = e.underlying()
            if type(u) is T.Interface:
                ts = compute_interface_type_set(u)
                for m in ts.methods:
                    if m.id() not in seen:
                        seen.add(m.id())
                        methods.append(m)
                comparable = comparable or ts.comparable
                eterms = ts.terms
            elif type(e) is T.Union:
                eterms = union_terms(e)
            elif u is T.INVALID_TYPE:
                continue
            else:
                eterms = [T.Term(False, e)]
            terms = intersect_terms(terms, eterms)
        methods.sort(key=lambda m: m.id())
        if terms is not None and comparable:
            from tinypy_go.frontend.types.predicates import comparable_type

            terms = [t for t in terms if comparable_type(t.type, False, None)]
            comparable = False
        ts = TypeSet(methods, terms, comparable)
        it._tset = ts
        return ts
    finally:
        _computing.discard(id(it))


def union_terms(un: T.Union) -> list[T.Term] | None:
    out: list[T.Term] = []
    for t in un.terms:
        u = t.type.underlying()
        if type(u) is T.Interface:
            ts = compute_interface_type_set(u)
            if ts.terms is None:
                return None
            sub = ts.terms
        else:
            sub = [t]
        for s in sub:
            _add_term(out, s)
    return out


def _add_term(out: list[T.Term], s: T.Term) -> None:
    from tinypy_go.frontend.types.predicates import identical

    for i, o in enumerate(out):
        if o.tilde and identical(o.type.underlying(), s.type.underlying()):
            return
        if s.tilde and identical(s.type.underlying(), o.type.underlying()):
            out[i] = s
            return
        if not o.tilde and not s.tilde and identical(o.type, s.type):
            return
    out.append(s)


def intersect_terms(xs: list[T.Term] | None, ys: list[T.Term] | None) -> list[T.Term] | None:
    if xs is None:
        return ys
    if ys is None:
        return xs
    from tinypy_go.frontend.types.predicates import identical

    out: list[T.Term] = []
    for x in xs:
        for y in ys:
            r = None
            if x.tilde and y.tilde:
                if identical(x.type.underlying(), y.type.underlying()):
                    r = x
            elif x.tilde:
                if identical(x.type.underlying(), y.type.underlying()):
                    r = y
            elif y.tilde:
                if identical(x.type.underlying(), y.type.underlying()):
                    r = x
            elif identical(x.type, y.type):
                r = x
            if r is not None:
                _add_term(out, r)
    return out


def type_set_of(t: T.Type) -> TypeSet:
    """Type set of a type parameter's constraint (or of an interface)."""
    u = t.underlying()
    if type(u) is T.Interface:
        return compute_interface_type_set(u)
    return TypeSet([], [T.Term(False, t)], False)


def core_type(t: T.Type) -> T.Type | None:
    """The single underlying type of t's type set, or None."""
    if type(t) is not T.TypeParam:
        u = t.underlying()
        if type(u) is T.Interface:
            ts = compute_interface_type_set(u)
            if ts.terms is None:
                return u
        else:
            return u
    else:
        ts = compute_interface_type_set(t.iface())
    if ts.terms is None or not ts.terms:
        return None
    from tinypy_go.frontend.types.predicates import identical

    su = None
    for term in ts.terms:
        u = term.type.underlying()
        if su is None:
            su = u
        elif not identical(su, u):
            # channels with different directions may still have a core type
            if type(su) is T.Chan and type(u) is T.Chan and identical(su.elem, u.elem):
                if su.dir == T.SEND_RECV:
                    su = u
                elif u.dir != T.SEND_RECV and u.dir != su.dir:
                    return None
                continue
            return None
    return su


def core_string(t: T.Type) -> T.Type | None:
    """Like core_type, but []byte and string mix to string (for append/copy)."""
    if type(t) is not T.TypeParam:
        return core_type(t)
    ts = compute_interface_type_set(t.iface())
    if not ts.terms:
        return None
    from tinypy_go.frontend.types.predicates import identical

    su = None
    has_string = False
    for term in ts.terms:
        u = term.type.underlying()
        if type(u) is T.Basic and u.info & T.IS_STRING:
            has_string = True
            u = T.Slice(T.UNIVERSE_BYTE)
        if su is None:
            su = u
        elif not identical(su, u):
            return None
    if has_string:
        return T.TYP[T.STRING]
    return su
