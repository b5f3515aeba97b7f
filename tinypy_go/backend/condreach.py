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
still-held ones get a trapping stub body (``stubs()``), which cannot run since
the condition is false for the whole program.
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


# function name -> condition under which it can run
CONDITIONS: dict[str, Callable[[ModuleGen], bool]] = {
    "reflect.makeMethodValue": _methods_callable,  # flagMethod Values: (reflect.Value).Method
    "reflect.methodReceiver": _methods_callable,
}


class CondReach:
    def __init__(self, mg: ModuleGen):
        self.mg = mg
        self.held: dict[int, ssa.Function] = {}

    def hold(self, fn: ssa.Function) -> bool:
        """True if fn must not be queued now (its condition is false so far)."""
        if id(fn) in self.held:
            return True
        cond = CONDITIONS.get(fn.name)
        if cond is None or fn.pkg is None or cond(self.mg):
            return False
        self.held[id(fn)] = fn
        return True

    def schedule(self) -> bool:
        """Queue held functions whose condition became true; True if any was."""
        ready = [fn for fn in self.held.values() if CONDITIONS[fn.name](self.mg)]
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
            out.append(f"define internal {ret} {symbol(self.mg.link_name(fn))}({plist}) {{\n"
                       "entry:\n  unreachable\n}")
        return out
