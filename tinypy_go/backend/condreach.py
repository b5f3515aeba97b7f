"""Conditional reachability: functions that can only run under a whole-program fact.

Some standard-library functions are statically referenced everywhere reflect
is used but can only execute when the program can create the data they handle,
the way gc's linker treats reflect's method machinery (ReflectMethod): e.g.
``reflect.makeMethodValue`` and ``reflect.methodReceiver`` handle ``flagMethod``
Values, which only ``(reflect.Value).Method`` creates.  Without that, fmt's
``Value.Interface`` would pull in method-value layout code (funcLayout, abiSeq,
a sync.Map cache: ~10 KB of a hello world).

``ModuleGen.func_ref`` asks ``hold(fn)``: a listed function whose condition is
not (yet) true is not queued but held.  Each worklist round ``schedule()``
queues the held functions whose condition became true; after the fixpoint the
still-held ones get a stub body (``stubs()``): a trap where the function cannot
run, or an empty body where running it could have no observable effect.
The table of functions and conditions is ``ir/conditions.py``'s, which
``ir/reach.py`` applies too (so that a held function's body is not built).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tinypy_go.ir import ssa
from tinypy_go.ir.conditions import MUST_CALL, RULES, Condition, calls, holds, of_kind

if TYPE_CHECKING:
    from tinypy_go.backend.codegen import ModuleGen


def producible(mg: ModuleGen) -> dict[str, object]:
    """Type key -> type of every type a value of which can exist at run time as an
    interface's dynamic type or a reflect.Value: the types boxed by MakeInterface, and
    what reflect can reach from their descriptors (elements, keys, fields, parameters
    and results, interface and, when read, concrete method signatures, PtrToThis).  All
    descriptors when reflect's typelinks table exists.  Types that only appear as type
    switch cases or assertion targets are not in it.  Recomputed when the inputs grow."""
    from tinypy_go.backend import llvmtypes as LT
    from tinypy_go.backend.typedesc import TYPELINKS_FN
    from tinypy_go.backend.typenames import type_key
    from tinypy_go.frontend.types import typ as T

    memo = mg.condreach.memo
    st = mg.ifaces.types
    mtyp = st._mtyp_read()
    stamp = (len(mg.ifaces.made), len(st.descs), mtyp, TYPELINKS_FN in mg.intrinsics_used)
    got = memo.get("producible")
    if got is not None and got[0] == stamp:
        return got[1]
    if stamp[3]:
        out = {k: d.t for k, d in st.descs.items()}
        memo["producible"] = (stamp, out)
        return out
    out: dict[str, object] = {}
    todo = list(mg.ifaces.made.values())
    while todo:
        t = todo.pop()
        key = type_key(t)
        if key in out:
            continue
        out[key] = t
        ptr = st.descs.get("*" + key)
        if ptr is not None:
            todo.append(ptr.t)
        u = LT.underlying(t)
        k = type(u)
        if k in (T.Pointer, T.Slice, T.Chan):
            todo.append(u.elem)
        elif k is T.Array:
            todo += [u.elem, T.Slice(u.elem)]
        elif k is T.Map:
            todo += [u.key, u.elem]
        elif k is T.Signature:
            todo += [v.type for v in (*u.params.vars, *u.results.vars)]
        elif k is T.Struct:
            todo += [f.type for f in u.fields]
        elif k is T.Interface:
            todo += [v.type for m in u.all_methods() for v in (*m.type.params.vars, *m.type.results.vars)]
        if mtyp:
            d = st.descs.get(key)
            for m, _ in (d.methods or ()) if d is not None else ():
                todo += [v.type for v in (*m.type.params.vars, *m.type.results.vars)]
    memo["producible"] = (stamp, out)
    return out


def _kind_producible(mg: ModuleGen, kind: str) -> bool:
    """Whether some producible type's underlying type is of kind (sticky once true)."""
    from tinypy_go.backend import llvmtypes as LT

    if mg.condreach.memo.get(kind) is True:
        return True
    seen = any(of_kind(kind, LT.underlying(t)) for t in producible(mg).values())
    if seen:
        mg.condreach.memo[kind] = True
    return seen


def _holds(mg: ModuleGen, cond: Condition) -> bool:
    from tinypy_go.backend.typedesc import reached

    return holds(cond, lambda p, n: reached(mg, p, n), lambda kind: _kind_producible(mg, kind))


class CondReach:
    def __init__(self, mg: ModuleGen):
        self.mg = mg
        self.held: dict[int, ssa.Function] = {}
        self.memo: dict[str, object] = {}  # conditions' incremental state

    def hold(self, fn: ssa.Function) -> bool:
        """True if fn must not be queued now (its condition is false so far)."""
        if id(fn) in self.held:
            return True
        rule = RULES.get(fn.name)
        if rule is None or fn.pkg is None or _holds(self.mg, rule[0]):
            return False
        callee = MUST_CALL.get(fn.name)
        if callee is not None and not calls(fn, callee):
            return False
        self.held[id(fn)] = fn
        return True

    def schedule(self) -> bool:
        """Queue held functions whose condition became true; True if any was."""
        ready = [fn for fn in self.held.values() if _holds(self.mg, RULES[fn.name][0])]
        for fn in ready:
            del self.held[id(fn)]
            self.mg.func_ref(fn)
        return bool(ready)

    def stubs(self) -> list[str]:
        """Trapping bodies of the functions still held after the fixpoint."""
        from tinypy_go.backend.codegen import symbol

        out = []
        for fn in self.held.values():
            fn = ssa.ensure_built(fn)
            ret, params, _ = self.mg.signature_types(fn)
            plist = ", ".join([*(f"{t} %p{i}" for i, t in enumerate(params)), "ptr %context"])
            if RULES[fn.name][1] == "trap":
                body = "unreachable"
            else:
                body = "ret void" if ret == "void" else f"ret {ret} zeroinitializer"
            out.append(f"define internal {ret} {symbol(self.mg.link_name(fn))}({plist}) {{\n"
                       f"entry:\n  {body}\n}}")
        return out
