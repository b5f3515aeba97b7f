"""Type argument inference for calls of generic functions."""

from __future__ import annotations

from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.api import INVALID_MODE
from tinypy_go.frontend.types.predicates import default_type, is_typed, is_untyped, max_type
from tinypy_go.frontend.types.subst import subst
from tinypy_go.frontend.types.typeset import core_type
from tinypy_go.frontend.types.unify import Unifier


def is_parameterized(tparams, t, seen=None) -> bool:
    if seen is None:
        seen = set()
    t = T.unalias(t)
    if t is None or id(t) in seen:
        return False
    seen.add(id(t))
    tt = type(t)
    if tt is T.TypeParam:
        return t in tparams
    if tt in (T.Pointer, T.Slice, T.Array, T.Chan):
        return is_parameterized(tparams, t.elem, seen)
    if tt is T.Map:
        return is_parameterized(tparams, t.key, seen) or is_parameterized(tparams, t.elem, seen)
    if tt is T.Struct:
        return any(is_parameterized(tparams, f.type, seen) for f in t.fields)
    if tt is T.Tuple:
        return any(is_parameterized(tparams, v.type, seen) for v in t.vars)
    if tt is T.Signature:
        return is_parameterized(tparams, t.params, seen) or is_parameterized(tparams, t.results, seen)
    if tt is T.Named:
        return any(is_parameterized(tparams, a, seen) for a in t.type_args)
    if tt is T.Interface:
        return any(is_parameterized(tparams, m.type, seen) for m in t.methods) or \
            any(is_parameterized(tparams, e, seen) for e in t.embeddeds)
    if tt is T.Union:
        return any(is_parameterized(tparams, x.type, seen) for x in t.terms)
    return False


def _core_term(tp: T.TypeParam):
    if type(tp.bound) is not T.Interface and tp.bound is not None and type(tp.bound.underlying()) is not T.Interface:
        return None, False
    ts = tp.iface().type_set()
    if not ts.terms:
        return None, False
    if len(ts.terms) == 1:
        return ts.terms[0], True
    ct = core_type(tp)
    if ct is None:
        return None, False
    return T.Term(any(t.tilde for t in ts.terms), ct), False


def _tparams_string(tps) -> str:
    names = [tp.obj.name for tp in tps]
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _rename_tparams(tparams, params: T.Tuple):
    """Fresh type parameters standing for tparams (same names and bounds), and params in terms of them."""
    fresh = []
    for tp in tparams:
        n = T.TypeParam(tp.obj, None)
        n.index = tp.index
        fresh.append(n)
    smap = dict(zip(tparams, fresh, strict=True))
    for tp, n in zip(tparams, fresh, strict=True):
        n.bound = subst(tp.bound, smap)
    return fresh, subst(params, smap)


class InferMixin:
    def _unify_methods(self, u: Unifier, tx: T.Type, tp: T.TypeParam) -> None:
        """A known type argument must have the constraint's methods: unify
        their signatures to learn more type arguments."""
        from tinypy_go.frontend.types import objects as O
        from tinypy_go.frontend.types.lookup import lookup_field_or_method

        for m in tp.iface().type_set().methods:
            obj, _, _ = lookup_field_or_method(tx, False, m.pkg, m.name)
            if type(obj) is O.Func and obj.type is not None:
                s1, s2 = obj.type, m.type
                u.unify(T.Signature(s1.params, s1.results, s1.variadic),
                        T.Signature(s2.params, s2.results, s2.variadic), False)

    def infer(self, call, tparams, targs, params: T.Tuple, args, reverse: bool = False,
              fun=None) -> list[T.Type] | None:
        """Infer missing type arguments; reports errors and returns None on
        failure.  call: error position; fun: callee expression for messages
        (None for reverse inference from an assignment target)."""
        if all(t is not None for t in targs):
            return list(targs)
        # generics fix (go/types renameTParams): a recursive call may pass the function's own type
        # parameters as arguments; unify against renamed copies so that the two are not confused.
        if any(a.mode != INVALID_MODE and a.type is not None and is_parameterized(tparams, a.type) for a in args):
            tparams, params = _rename_tparams(tparams, params)
        u = Unifier(tparams, targs)
        untyped: list[int] = []

        def fail(msg: str, at) -> None:
            if fun is not None:
                self.errorf(at, "in call to %s, %s", fun, msg)
            else:
                self.error(at, msg)

        for i, arg in enumerate(args):
            if arg.mode == INVALID_MODE:
                return None
            par = params.vars[i]
            if type(arg.type) is T.Signature and arg.type.type_params:
                continue  # a generic function argument is instantiated from the parameter type later
            if is_parameterized(tparams, par.type):
                if is_typed(arg.type):
                    if not u.unify(par.type, arg.type, True):
                        inferred = u.inferred(tparams)
                        if all(t is None for t in inferred):
                            fail(self.sprintf("type %s of %s does not match %s (cannot infer %s)", arg.type,
                                              arg.expr, par.type, _tparams_string(tparams)), arg)
                        else:
                            smap = {tp: t for tp, t in zip(tparams, inferred, strict=True) if t is not None}
                            inf = subst(par.type, smap)
                            if inf is not par.type and reverse:
                                fail(self.sprintf("inferred type %s for %s does not match type %s of %s", inf,
                                                  par.type, arg.type, arg.expr), arg)
                            elif inf is not par.type:
                                fail(self.sprintf("type %s of %s does not match inferred type %s for %s", arg.type,
                                                  arg.expr, inf, par.type), arg)
                            else:
                                fail(self.sprintf("type %s of %s does not match %s", arg.type, arg.expr, par.type),
                                     arg)
                        return None
                elif type(T.unalias(par.type)) is T.TypeParam and not arg.is_nil():
                    untyped.append(i)
        # constraint type inference via core terms, until no more progress
        while True:
            unknown = sum(1 for tp in tparams if u.at(tp) is None)
            for tp in tparams:
                core, single = _core_term(tp)
                if core is None:
                    continue
                cur = u.at(tp)
                if cur is not None:
                    if not u.unify(cur, core.type, True):
                        fail(self.sprintf("%s (type %s) does not satisfy %s", tp, cur, tp.bound), call)
                        return None
                elif single and not core.tilde:
                    u.set(tp, core.type)
            for tp in tparams:
                cur = u.at(tp)
                if cur is not None:
                    self._unify_methods(u, cur, tp)
            if sum(1 for tp in tparams if u.at(tp) is None) == unknown:
                break
        # untyped arguments for bare type parameters
        groups: dict[T.TypeParam, T.Type] = {}
        for i in untyped:
            tp = T.unalias(params.vars[i].type)
            if u.at(tp) is None:
                arg = args[i]
                cur = groups.get(tp)
                if cur is None:
                    groups[tp] = arg.type
                else:
                    m = max_type(cur, arg.type)
                    if m is None:
                        fail(self.sprintf("mismatched types %s and %s (cannot infer %s)", cur, arg.type, tp.obj.name),
                             arg)
                        return None
                    groups[tp] = m
        for tp, t in groups.items():
            u.set(tp, default_type(t))
        inferred = u.inferred(tparams)
        # substitute until fixed point so that inferred types mention no type parameters
        for _ in range(len(tparams) + 1):
            smap = {tp: t for tp, t in zip(tparams, inferred, strict=True) if t is not None}
            new = [subst(t, smap) if t is not None else None for t in inferred]
            if all(a is b for a, b in zip(new, inferred, strict=True)):
                break
            inferred = new
        for i, t in enumerate(inferred):
            if t is None or is_parameterized(tparams, t):
                obj = tparams[i].obj
                fail(f"cannot infer {obj.name} ({self.fset.position(obj.pos)})", call)
                return None
            if is_untyped(t):
                inferred[i] = default_type(t)
        return inferred

