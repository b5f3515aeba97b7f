"""len and cap of channels (the other channel operations are runtime
calls built by ``ir/build_go.py``)."""

from __future__ import annotations

from tinypy_go.backend import llvmtypes as LT
from tinypy_go.frontend.types import typ as T
from tinypy_go.ir import ssa


def wrap_len_cap(name: str, fallback):
    """len/cap of a channel, else the existing lowering."""

    def lower(g, instr: ssa.Call) -> None:
        arg = instr.call.args[0]
        if type(LT.underlying(arg.type)) is T.Chan:
            fn = "runtime.chanLen" if name == "len" else "runtime.chanCap"
            r = g.runtime_call(fn, [f"ptr {g.v(arg)}"], "i32")
            g.define(instr, r)
            return
        fallback(g, instr)

    return lower


def register(builtins: dict) -> None:
    builtins["len"] = wrap_len_cap("len", builtins["len"])
    builtins["cap"] = wrap_len_cap("cap", builtins["cap"])
