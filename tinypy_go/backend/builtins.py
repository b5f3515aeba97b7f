"""Lowering of builtin calls (print, println, len, ...) and of panic."""

from __future__ import annotations

from tinypy_go.backend import llvmtypes as LT
from tinypy_go.frontend.types import typ as T
from tinypy_go.ir import ssa


def lower_builtin(g, instr: ssa.Call) -> None:
    name = instr.call.value.name
    handler = _BUILTINS.get(name)
    if handler is None:
        raise g.error(f"not supported yet: builtin {name}")
    handler(g, instr)


def _print(g, instr: ssa.Call, newline: bool) -> None:
    g.runtime_call("runtime.printlock", [])
    for i, arg in enumerate(instr.call.args):
        if newline and i > 0:
            g.runtime_call("runtime.printsp", [])
        print_value(g, arg.type, g.v(arg))
    if newline:
        g.runtime_call("runtime.printnl", [])
    g.runtime_call("runtime.printunlock", [])
    g.define(instr, "undef")


def print_value(g, t: T.Type, x: str) -> None:
    """Print x (an LLVM operand of Go type t) the way print/println do."""
    u = LT.underlying(t)
    llty = g.lty(t)
    if type(u) is T.Basic:
        info = u.info
        if info & T.IS_BOOLEAN:
            g.runtime_call("runtime.printbool", [f"i1 {x}"])
            return
        if info & T.IS_STRING:
            g.runtime_call("runtime.printstring", [f"{LT.STRING} {x}"])
            return
        if info & T.IS_INTEGER:
            signed = not (info & T.IS_UNSIGNED)
            if llty != "i64":
                wide = g.new_tmp()
                g.emit(f"{wide} = {'sext' if signed else 'zext'} {llty} {x} to i64")
                x = wide
            if u.kind == T.UINTPTR:
                g.runtime_call("runtime.printuint", [f"i64 {x}"])
            else:
                g.runtime_call("runtime.printint" if signed else "runtime.printuint", [f"i64 {x}"])
            return
        if info & T.IS_FLOAT:
            if llty == "float":
                g.runtime_call("runtime.printfloat32", [f"float {x}"])
            else:
                g.runtime_call("runtime.printfloat", [f"double {x}"])
            return
        if info & T.IS_COMPLEX:
            if llty == "{float, float}":
                g.runtime_call("runtime.printcomplex64", [f"{llty} {x}"])
            else:
                g.runtime_call("runtime.printcomplex", [f"{{double, double}} {x}"])
            return
        if u.kind == T.UNSAFE_POINTER or u.kind == T.UNTYPED_NIL:
            g.runtime_call("runtime.printpointer", [f"ptr {x}"])
            return
    if llty == "ptr":
        g.runtime_call("runtime.printpointer", [f"ptr {x}"])
        return
    if type(u) is T.Interface:
        g.runtime_call("runtime.printeface", [f"{{ptr, ptr}} {x}"])
        return
    if type(u) is T.Slice:
        fields = [g.new_tmp() for _ in range(3)]
        for i, f in enumerate(fields):
            g.emit(f"{f} = extractvalue {LT.SLICE} {x}, {i}")
        g.runtime_call("runtime.printslice", [f"ptr {fields[0]}", f"i32 {fields[1]}", f"i32 {fields[2]}"])
        return
    raise g.error(f"not supported yet: printing a value of type {t}")


def _len_cap(g, instr: ssa.Call, name: str) -> None:
    """len/cap: a header field of strings and slices, a constant for arrays."""
    arg = instr.call.args[0]
    u = LT.underlying(arg.type)
    if type(u) is T.Pointer and type(LT.underlying(u.elem)) is T.Array:
        u = LT.underlying(u.elem)
    if type(u) is T.Array:
        g.define(instr, str(u.len))
    elif name == "len" and type(u) is T.Map:
        maps.lower_map_len(g, instr)
    elif type(u) is T.Slice:
        g.emit(f"{g.reg(instr)} = extractvalue {LT.SLICE} {g.v(arg)}, {1 if name == 'len' else 2}")
    elif name == "len" and type(u) is T.Basic and u.info & T.IS_STRING:
        g.emit(f"{g.reg(instr)} = extractvalue {LT.STRING} {g.v(arg)}, 1")
    else:
        raise g.error(f"not supported yet: {name} of {arg.type}")


def _unsafe_add(g, instr: ssa.Call) -> None:
    p, n = instr.call.args
    off = g.int_to_i32(n)
    g.emit(f"{g.reg(instr)} = getelementptr i8, ptr {g.v(p)}, i32 {off}")


def _unsafe_string(g, instr: ssa.Call) -> None:
    """unsafe.String(ptr, len), after Go's checks (slices.unsafe_len_checks)."""
    from tinypy_go.backend.slices import unsafe_len_checks

    p, n = instr.call.args
    length = unsafe_len_checks(g, g.v(p), g.int_to_i32(n), 1, "String")
    a = g.new_tmp()
    g.emit(f"{a} = insertvalue {LT.STRING} undef, ptr {g.v(p)}, 0")
    g.emit(f"{g.reg(instr)} = insertvalue {LT.STRING} {a}, i32 {length}, 1")


def _unsafe_string_data(g, instr: ssa.Call) -> None:
    g.emit(f"{g.reg(instr)} = extractvalue {LT.STRING} {g.v(instr.call.args[0])}, 0")


def _unsafe_slice_data(g, instr: ssa.Call) -> None:
    g.emit(f"{g.reg(instr)} = extractvalue {LT.SLICE} {g.v(instr.call.args[0])}, 0")


def _real_imag(g, instr: ssa.Call, index: int) -> None:
    g.emit(f"{g.reg(instr)} = extractvalue {g.tv(instr.call.args[0])}, {index}")


def _complex(g, instr: ssa.Call) -> None:
    re, im = instr.call.args
    llty = g.lty(instr.type)
    part = g.lty(re.type)
    a = g.new_tmp()
    g.emit(f"{a} = insertvalue {llty} undef, {part} {g.v(re)}, 0")
    g.emit(f"{g.reg(instr)} = insertvalue {llty} {a}, {part} {g.v(im)}, 1")


_BUILTINS = {
    "real": lambda g, i: _real_imag(g, i, 0),
    "imag": lambda g, i: _real_imag(g, i, 1),
    "complex": _complex,
    "print": lambda g, i: _print(g, i, False),
    "println": lambda g, i: _print(g, i, True),
    "len": lambda g, i: _len_cap(g, i, "len"),
    "cap": lambda g, i: _len_cap(g, i, "cap"),
    "Add": _unsafe_add,
    "String": _unsafe_string,
    "StringData": _unsafe_string_data,
    "SliceData": _unsafe_slice_data,
}


def lower_panic(g, instr: ssa.Panic) -> None:
    """panic(v): the runtime prints Go's message for v and exits with status 2."""
    g.runtime_call("runtime._panic", [f"{{ptr, ptr}} {g.v(instr.x)}"])


# Slices and maps: append, copy, clear, min, max (backend/slices.py); delete and
# len of maps (backend/maps.py).
from tinypy_go.backend import maps, slices  # noqa: E402

_BUILTINS.update(slices.BUILTINS)
_BUILTINS.update(maps.BUILTINS)

# close, len and cap of channels (backend/channels.py)
from tinypy_go.backend import channels  # noqa: E402

channels.register(_BUILTINS)
