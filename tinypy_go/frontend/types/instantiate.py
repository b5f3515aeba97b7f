"""Instantiation of generic types and functions."""

from __future__ import annotations

from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.subst import subst

# per-origin cache of instances: list of (type_args, instance); one build's
# types only (reset_cache), or a process building many programs keeps them all
_INSTANCES: dict[int, list[tuple[list[T.Type], T.Type]]] = {}


def reset_cache() -> None:
    """Forget the instances of the previous build (loader.Loader, one per build)."""
    _INSTANCES.clear()


def _lookup(orig, args):
    from tinypy_go.frontend.types.predicates import identical

    for a, inst in _INSTANCES.get(id(orig), ()):
        if all(identical(x, y) for x, y in zip(a, args, strict=True)):
            return inst
    return None


def instantiate_named(orig: T.Named, args: list[T.Type]) -> T.Named:
    inst = _lookup(orig, args)
    if inst is not None:
        return inst
    n = T.Named.__new__(T.Named)
    n.obj = orig.obj
    n._underlying = None
    n.methods = []
    n.type_params = orig.type_params
    n.type_args = list(args)
    n.orig = orig
    n._inst_methods = None
    n.check = None
    n.rhs = None
    n._mcache = None

    def resolve(self: T.Named) -> T.Type:
        u = orig.underlying()
        smap = dict(zip(orig.type_params, self.type_args, strict=False))
        return subst(u, smap)

    n._resolver = resolve
    _INSTANCES.setdefault(id(orig), []).append((list(args), n))
    return n


def instantiate_alias(orig: T.Alias, args: list[T.Type]) -> T.Alias:
    inst = _lookup(orig, args)
    if inst is not None:
        return inst
    smap = dict(zip(orig.type_params, args, strict=False))
    a = T.Alias.__new__(T.Alias)
    a.obj = orig.obj
    a.rhs = subst(orig.rhs, smap)
    a.type_params = orig.type_params
    a.type_args = list(args)
    a.orig = orig
    a._actual = None
    _INSTANCES.setdefault(id(orig), []).append((list(args), a))
    return a


def instance_method(n: T.Named, i: int):
    """Method i of an instantiated named type, with substituted signature."""
    cache = n._inst_methods
    if cache is None:
        cache = n._inst_methods = {}
    m = cache.get(i)
    if m is not None:
        return m
    from tinypy_go.frontend.types.objects import Func, Var

    om = n.orig.methods[i]
    sig = om.type
    if not isinstance(sig, T.Signature):
        return om
    rtps = sig.recv_type_params
    smap = dict(zip(rtps, n.type_args, strict=False))
    mtps = subst_tparams(sig.type_params, smap)  # a generic method's own type parameters
    nsig = subst(sig, smap)
    if nsig is sig:
        nsig = T.Signature(sig.params, sig.results, sig.variadic, sig.recv, mtps)
    else:
        nsig = T.Signature(nsig.params, nsig.results, nsig.variadic, nsig.recv, mtps)
    if sig.recv is not None:
        rt = subst(sig.recv.type, smap)
        nsig.recv = Var(sig.recv.pos, sig.recv.pkg, sig.recv.name, rt, is_param=True)
    m = Func(om.pos, om.pkg, om.name, nsig)
    m.origin = om
    m.has_ptr_recv = om.has_ptr_recv
    m.decl = om.decl
    cache[i] = m
    return m


def subst_tparams(tps: list[T.TypeParam], smap: dict) -> list[T.TypeParam]:
    """The type parameters of a generic method of an instantiated type: fresh
    ones (renamed in smap, which is extended) when a bound mentions the
    receiver's type parameters, else the same."""
    if not tps:
        return tps
    from tinypy_go.frontend.types.objects import TypeName

    if all(subst(tp.bound, smap) is tp.bound for tp in tps):
        return tps
    out = []
    for tp in tps:
        ntp = T.TypeParam(TypeName(tp.obj.pos, tp.obj.pkg, tp.obj.name, None), None)
        ntp.index = tp.index
        smap[tp] = ntp
        out.append(ntp)
    for tp, ntp in zip(tps, out, strict=True):
        ntp.bound = subst(tp.bound, smap)
    return out


def instantiate_signature(sig: T.Signature, args: list[T.Type]) -> T.Signature:
    smap = dict(zip(sig.type_params, args, strict=False))
    r = subst(sig, smap)
    if r is sig:
        r = T.Signature(sig.params, sig.results, sig.variadic, sig.recv)
    else:
        r = T.Signature(r.params, r.results, r.variadic, r.recv)
    return r
