"""Field and method lookup through embedded fields; interface satisfaction."""

from __future__ import annotations

from tinypy_go.frontend.types import objects as O
from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.typ import unalias


def deref(t: T.Type) -> tuple[T.Type, bool]:
    t2 = unalias(t)
    if type(t2) is T.Pointer:
        return t2.elem, True
    return t, False


def deref_struct_ptr(t: T.Type) -> T.Type:
    u = t.underlying()
    if type(u) is T.Pointer:
        e = u.elem.underlying()
        if type(e) is T.Struct:
            return e
    return t


class LookupResult:
    __slots__ = ("obj", "index", "indirect")

    def __init__(self, obj, index, indirect):
        self.obj = obj
        self.index = index
        self.indirect = indirect


def lookup_field_or_method(t: T.Type, addressable: bool, pkg, name: str, fold_case: bool = False):
    """Returns (obj, index path, indirect).  obj None: not found (index None)
    or ambiguous (index non-empty, at the colliding depth)."""
    if name == "_":
        return None, None, False
    ut = unalias(t)
    if type(ut) is T.Named and type(ut.underlying()) is T.Pointer:
        # a named pointer type has no methods, only the fields of its base
        obj, index, indirect = _lookup(ut.underlying(), False, pkg, name, fold_case)
        if isinstance(obj, O.Func):
            return None, None, False
        return obj, index, indirect
    obj, index, indirect = _lookup(t, addressable, pkg, name, fold_case)
    # a method with pointer receiver needs an addressable or pointer receiver
    if isinstance(obj, O.Func) and obj.pointer_receiver() and not indirect and not addressable:
        return None, None, True
    return obj, index, indirect


def _same_name(o: O.Object, pkg, name: str, fold: bool) -> bool:
    if fold:
        return o.name.lower() == name.lower()
    return o.same_id(pkg, name)


def _lookup(t: T.Type, addressable: bool, pkg, name: str, fold: bool):
    t = unalias(t)
    typ, is_ptr = deref(t)
    if is_ptr and T.Interface is type(typ.underlying()):
        return None, None, False  # pointer to interface (or type parameter) has no methods
    current = [(typ, None, is_ptr, False)]  # (type, index, indirect, multiples)
    seen: set[int] = set()
    while current:
        nxt = []
        found_obj = None
        found_index = None
        found_indirect = False
        for etyp, index, indirect, multiples in current:
            typ = unalias(etyp)
            named = typ if type(typ) is T.Named else None
            if named is not None:
                if id(named) in seen:
                    continue
                seen.add(id(named))
                orig = named.orig
                cands = range(len(orig.methods)) if fold else orig.method_indices(name)
                method_found = False
                for i in cands:
                    m = orig.methods[i]
                    if _same_name(m, pkg, name, fold):
                        if found_index is not None or multiples:
                            return None, _concat(index, i), False  # ambiguous
                        found_obj = named.method(i) if named.type_args else m
                        found_index = _concat(index, i)
                        found_indirect = indirect
                        method_found = True
                        break
                if method_found:
                    continue  # a type cannot have a field and a method of the same name
            u = typ.underlying()
            tu = type(u)
            if tu is T.Struct:
                fields = u.fields
                if not fold:
                    hit = -1
                    for i in u.field_indices(name):
                        if fields[i].same_id(pkg, name):
                            hit = i
                            break
                    if hit >= 0:
                        if found_index is not None or multiples:
                            return None, _concat(index, hit), False
                        found_obj = fields[hit]
                        found_index = _concat(index, hit)
                        found_indirect = indirect
                    elif found_obj is None:
                        for i, f in enumerate(fields):
                            if f.embedded:
                                ft, ptr = deref(f.type)
                                nxt.append((ft, _concat(index, i), indirect or ptr, multiples))
                else:
                    for i, f in enumerate(fields):
                        if _same_name(f, pkg, name, fold):
                            if found_index is not None or multiples:
                                return None, _concat(index, i), False
                            found_obj = f
                            found_index = _concat(index, i)
                            found_indirect = indirect
                            continue
                        if found_obj is None and f.embedded:
                            ft, ptr = deref(f.type)
                            nxt.append((ft, _concat(index, i), indirect or ptr, multiples))
            elif tu is T.Interface:
                if type(typ) is T.TypeParam:
                    pass
                ts = u.type_set()
                for i, m in enumerate(ts.methods):
                    if _same_name(m, pkg, name, fold):
                        if found_index is not None or multiples:
                            return None, _concat(index, i), False
                        found_obj = m
                        found_index = _concat(index, i)
                        found_indirect = indirect
                        break
        if found_index is not None:
            return found_obj, found_index, found_indirect
        current = _consolidate(nxt)
    return None, None, False


def _concat(index, i):
    if index is None:
        return [i]
    return [*index, i]


def _consolidate(lst):
    """Mark types that appear more than once at the same depth."""
    out = []
    pos: dict[int, int] = {}
    for e in lst:
        k = id(unalias(e[0]))
        j = pos.get(k)
        if j is None:
            pos[k] = len(out)
            out.append(e)
        else:
            t, idx, ind, _ = out[j]
            out[j] = (t, idx, ind, True)
    return out


def missing_method(v: T.Type, it: T.Interface, static: bool):
    """First method of interface it not implemented by v: returns
    (method, wrong_type_func or None, reason_kind) or (None, None, "")."""
    ts = it.type_set()
    methods = ts.methods
    if not methods:
        return None, None, ""
    vu = v.underlying()
    if type(vu) is T.Interface and type(unalias(v)) is not T.TypeParam:
        vts = vu.type_set()
        for m in methods:
            _, f = vts.lookup_method(m.pkg, m.name)
            if f is None:
                if not static:
                    continue
                return m, None, "missing"
            from tinypy_go.frontend.types.predicates import identical

            if not identical(f.type, m.type):
                return m, f, "wrong"
        return None, None, ""
    from tinypy_go.frontend.types.predicates import identical

    for m in methods:
        obj, index, indirect = _lookup(v, False, m.pkg, m.name, False)
        if obj is None and index:
            return m, None, "ambig"
        if obj is None or not isinstance(obj, O.Func):
            obj2, _, _ = _lookup(v, False, m.pkg, m.name, True)
            if isinstance(obj2, O.Func):
                return m, obj2, "case"
            return m, None, "missing"
        if not identical(_strip_recv(obj.type), _strip_recv(m.type)):
            return m, obj, "wrong"
        if obj.pointer_receiver() and not indirect and not _is_ptr(v):
            return m, obj, "ptr"
    return None, None, ""


def _is_ptr(t):
    return type(unalias(t)) is T.Pointer


def _strip_recv(sig):
    return sig


def method_set_names(t: T.Type) -> list[O.Func]:
    """All methods callable on a value of type t (for tests and reflection)."""
    out: dict[str, O.Func] = {}
    typ, is_ptr = deref(t)
    current = [(typ, is_ptr)]
    seen: set[int] = set()
    while current:
        nxt = []
        for et, ptr in current:
            et = unalias(et)
            if type(et) is T.Named:
                if id(et) in seen:
                    continue
                seen.add(id(et))
                for i, m in enumerate(et.orig.methods):
                    if m.name not in out and (ptr or not m.pointer_receiver()):
                        out[m.name] = et.method(i) if et.type_args else m
            u = et.underlying()
            if type(u) is T.Struct:
                for f in u.fields:
                    if f.embedded:
                        ft, p = deref(f.type)
                        nxt.append((ft, ptr or p))
            elif type(u) is T.Interface:
                for m in u.type_set().methods:
                    out.setdefault(m.name, m)
        current = nxt
    return sorted(out.values(), key=lambda m: m.id())
