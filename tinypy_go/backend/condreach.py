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
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from tinypy_go.ir import ssa

if TYPE_CHECKING:
    from tinypy_go.backend.codegen import ModuleGen


def _methods_callable(mg: ModuleGen) -> bool:
    from tinypy_go.backend.reflectcall import methods_callable

    return methods_callable(mg)


def _never(mg: ModuleGen) -> bool:
    return False


def _godebug_read(mg: ModuleGen) -> bool:
    from tinypy_go.backend.typedesc import reached

    return reached(mg, "internal/godebug", "(*internal/godebug.Setting).Value")


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


def _kind_producible(mg: ModuleGen, name: str, test: Callable[[object], bool]) -> bool:
    """Whether some producible type's underlying type passes test (sticky once true)."""
    from tinypy_go.backend import llvmtypes as LT

    if mg.condreach.memo.get(name) is True:
        return True
    seen = any(test(LT.underlying(t)) for t in producible(mg).values())
    if seen:
        mg.condreach.memo[name] = True
    return seen


def _maps_producible(mg: ModuleGen) -> bool:
    """Can reflect see a map?  Only through a producible map type, or one MapOf makes."""
    from tinypy_go.backend.typedesc import reached
    from tinypy_go.frontend.types import typ as T

    return reached(mg, "reflect", "reflect.MapOf") or _kind_producible(mg, "maps", lambda u: type(u) is T.Map)


def _floats_producible(mg: ModuleGen) -> bool:
    """Can an interface or reflect.Value hold a float or complex number?"""
    from tinypy_go.frontend.types import typ as T

    return _kind_producible(mg, "floats", lambda u: type(u) is T.Basic and bool(
        u.info & (T.IS_FLOAT | T.IS_COMPLEX)))


def _preopens_read(mg: ModuleGen) -> bool:
    from tinypy_go.backend.typedesc import reached

    return any(reached(mg, "syscall", n) for n in ("syscall.preparePath", "syscall.Getwd", "syscall.Chdir"))


def _calls(fn: ssa.Function, callee: str) -> bool:
    """Whether fn's body calls the function named callee (identifies an init by content)."""
    fn = ssa.ensure_built(fn)
    for b in fn.blocks or ():
        for instr in b.instrs:
            call = getattr(instr, "call", None)
            target = call.static_callee() if isinstance(call, ssa.CallCommon) else None
            if target is not None and target.name == callee:
                return True
    return False


# function name -> (condition under which it can run or matter, stub: "trap" or "noop")
CONDITIONS: dict[str, tuple[Callable[[ModuleGen], bool], str]] = {
    "reflect.makeMethodValue": (_methods_callable, "trap"),  # flagMethod Values: (reflect.Value).Method
    "reflect.methodReceiver": (_methods_callable, "trap"),
    # the runtime's overrides of those two (runtime/reflect_makefunc.go, reflect_method.go):
    # func_ref sees the //go:linkname target
    "runtime.reflect_makeMethodValue": (_methods_callable, "trap"),
    "runtime.reflect_methodReceiver": (_methods_callable, "trap"),
    # runtime/std_os.go's godebug_setNewIncNonDefault discards the function it is given
    "internal/godebug.newIncNonDefault": (_never, "trap"),
    # GODEBUG parsing fills a cache only (*Setting).Value reads; without a reader the
    # runtime's call of the registered update function does nothing observable
    "internal/godebug.update": (_godebug_read, "noop"),
    "runtime.godebug_setUpdate": (_godebug_read, "noop"),  # and the runtime needn't read $GODEBUG
    # fmt's sorted map printing when no map value can be seen (not reflect's own Map*
    # methods: called on another kind they must panic with reflect's message)
    "internal/fmtsort.Sort": (_maps_producible, "trap"),
    # fmt's float formatting (strconv's shortest-float tables) when no float can reach it
    "(*fmt.pp).fmtFloat": (_floats_producible, "trap"),
    "(*fmt.pp).fmtComplex": (_floats_producible, "trap"),
    # and the runtime's printing of a float panic value (internal/strconv's AppendFloat)
    "runtime.printpanicFloat": (_floats_producible, "trap"),
    # syscall's wasip1 preopen scan (fs_wasip1.go's second init) fills preopens and cwd, read
    # only by preparePath (every path-taking call), Getwd and Chdir
    "syscall.init#2": (_preopens_read, "noop"),
}
# a held function must also pass its check (an init is known by number only)
CHECKS: dict[str, Callable[[ssa.Function], bool]] = {
    "syscall.init#2": lambda fn: _calls(fn, "syscall.fd_prestat_get"),
}


class CondReach:
    def __init__(self, mg: ModuleGen):
        self.mg = mg
        self.held: dict[int, ssa.Function] = {}
        self.memo: dict[str, object] = {}  # conditions' incremental state

    def hold(self, fn: ssa.Function) -> bool:
        """True if fn must not be queued now (its condition is false so far)."""
        if id(fn) in self.held:
            return True
        cond = CONDITIONS.get(fn.name)
        if cond is None or fn.pkg is None or cond[0](self.mg):
            return False
        check = CHECKS.get(fn.name)
        if check is not None and not check(fn):
            return False
        self.held[id(fn)] = fn
        return True

    def schedule(self) -> bool:
        """Queue held functions whose condition became true; True if any was."""
        ready = [fn for fn in self.held.values() if CONDITIONS[fn.name][0](self.mg)]
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
            if CONDITIONS[fn.name][1] == "trap":
                body = "unreachable"
            else:
                body = "ret void" if ret == "void" else f"ret {ret} zeroinitializer"
            out.append(f"define internal {ret} {symbol(self.mg.link_name(fn))}({plist}) {{\n"
                       f"entry:\n  {body}\n}}")
        return out
