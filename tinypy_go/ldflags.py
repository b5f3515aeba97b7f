"""``-ldflags``: the linker flags of ``go build`` that mean something for wasm.

``-X importpath.name=value`` sets a string variable as gc does: the value
becomes the variable's static data and the variable's own initialiser no
longer stores into it (its expression still runs), so package initialisers
already see the value and ``var v = f()`` gets it too, as with gc.
``main.name`` names the main package's variable.  ``-s`` and ``-w`` (strip the
symbol table / DWARF) are accepted: ``-w`` strips DWARF like ``-no-debug``.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass, field
from typing import Any


class LdflagsError(ValueError):
    """A malformed -ldflags value (a usage error)."""


@dataclass(slots=True)
class Ldflags:
    x: dict[str, str] = field(default_factory=dict)  # "importpath.name" -> value
    strip_symbols: bool = False  # -s
    strip_dwarf: bool = False  # -w


def parse(value: str) -> Ldflags:
    """Parse an -ldflags string (quoted like go's: ``-X 'main.v=a b'``)."""
    out = Ldflags()
    try:
        args = shlex.split(value)
    except ValueError as e:
        raise LdflagsError(f"invalid -ldflags: {e}") from None
    i = 0
    while i < len(args):
        a = args[i]
        i += 1
        name, eq, inline = a.lstrip("-").partition("=")
        if not a.startswith("-"):
            raise LdflagsError(f"-ldflags: unexpected argument {a!r}")
        if name == "X":
            if eq:
                spec = inline
            elif i < len(args):
                spec, i = args[i], i + 1
            else:
                raise LdflagsError("-ldflags: flag needs an argument: -X")
            sym, eq2, val = spec.partition("=")
            if not eq2 or "." not in sym:
                raise LdflagsError(f'-X flag requires argument of the form importpath.name=value (have "{spec}")')
            out.x[sym] = val
        elif name == "s":
            out.strip_symbols = True
        elif name == "w":
            out.strip_dwarf = True
        else:
            raise LdflagsError(f"-ldflags: flag provided but not defined: -{name}")
    return out


def apply_x(prog: Any, settings: dict[str, str], program: Any = None) -> None:
    """Give the named string variables of the SSA program their -X values."""
    if not settings:
        return
    from tinypy_go.frontend.types import typ as T
    from tinypy_go.ir import ssa
    from tinypy_go.ir.build_static import StaticValue

    main_path = program.main.path if program is not None else "main"
    for sym, value in settings.items():
        path, _, name = sym.rpartition(".")
        if path == main_path:
            path = "main"
        pkg = prog.packages.get(path)
        if pkg is None:
            continue  # gc ignores -X for packages not in the program
        g = pkg.globals.get(f"{path}.{name}")
        if g is None:
            g = next((x for x in pkg.globals.values() if x.name.rsplit(".", 1)[-1] == name), None)
        if g is None:
            continue
        u = g.elem.underlying()
        if not (isinstance(u, T.Basic) and u.name == "string"):
            continue
        g.static_value = StaticValue("const", g.elem, value=value)
        inits = [pkg.init] + [f for f in pkg.functions.values() if f.lazy_global is g]
        for fn in inits:
            if fn is None:
                continue
            ssa.ensure_built(fn)
            for b in fn.blocks:
                b.instrs = [i for i in b.instrs if not (isinstance(i, ssa.Store) and i.addr is g)]


def apply_stack_size(prog: Any, size: int | None) -> None:
    """-stack-size: the static value of runtime.taskStackSize, each goroutine's stack block
    (runtime/task_asyncify.go), set like -X sets a string."""
    if size is None:
        return
    from tinypy_go.ir.build_static import StaticValue

    pkg = prog.packages.get("runtime")
    g = pkg.globals.get("runtime.taskStackSize") if pkg is not None else None
    if g is None:
        return
    g.static_value = StaticValue("const", g.elem, value=size)
