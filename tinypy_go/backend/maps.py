"""Lowering of map operations to the runtime's hash map (runtime/hashmap.go).

A map value is a ``ptr`` to the runtime's ``hmap`` (null for a nil map);
``len(m)`` loads its first field. Every operation passes a constant map-type
descriptor, one per key/value layout, matching the runtime's ``mapType``:

    { i32 keySize, i32 valSize, i32 keyOffset, i32 valOffset, i32 entrySize,
      ptr hash, ptr equal }  (func values: closure objects, backend/closures.py)

(an entry is ``[hash i32][key][value]``, each part aligned), where hash and
equal are func values of the functions ``typefuncs`` generates for the key
type. Keys (and values read by iteration) go through stack temporaries,
since the runtime works on pointers.
"""

from __future__ import annotations

from tinypy_go.backend import llvmtypes as LT
from tinypy_go.backend.closures import static_funcval
from tinypy_go.backend.codegen import symbol
from tinypy_go.backend.slices import rt_call
from tinypy_go.backend.typefuncs import UnsupportedKey, type_equal_fn, type_hash_fn
from tinypy_go.frontend.types import typ as T
from tinypy_go.ir import ssa

MAPTYPE = "{i32, i32, i32, i32, i32, ptr, ptr}"  # hash and equal are func values
HITER = "{ptr, ptr, i32, i32, i32}"  # runtime.hiter


def _align(x: int, a: int) -> int:
    return (x + a - 1) // a * a


def map_descriptor(g, mt: T.Type) -> str:
    """The symbol of the constant descriptor of map type mt."""
    u = LT.underlying(mt)
    mg = g.mg
    ksize, kalign = LT.layout(u.key)
    vsize, valign = LT.layout(u.elem)
    try:
        hfn = type_hash_fn(mg, u.key)
        efn = type_equal_fn(mg, u.key, "map keys of interface type")
    except UnsupportedKey as e:
        raise g.error(f"not supported yet: {e}") from None
    koff = _align(4, max(kalign, 1))
    voff = _align(koff + ksize, max(valign, 1))
    esize = _align(voff + vsize, max(4, kalign, valign))
    key = (ksize, vsize, koff, voff, esize, hfn, efn)
    table = mg._map_descriptors
    sym = table.get(key)
    if sym is None:
        sym = symbol(f"tinypy.maptype.{LT.content_id(repr(key))}")
        table[key] = sym
        mg.globals.append(
            f"{sym} = internal constant {MAPTYPE} {{i32 {ksize}, i32 {vsize}, i32 {koff}, i32 {voff}, "
            f"i32 {esize}, ptr {static_funcval(mg, hfn)}, ptr {static_funcval(mg, efn)}}}, align 4")
    return sym


def _spill(g, t: T.Type, value: str, hint: str) -> str:
    """A stack temporary holding value (an operand of Go type t); returns its address."""
    llty = g.lty(t)
    _, align = LT.layout(t)
    tmp = g.new_tmp(hint)
    g.entry_allocas.append(f"  {tmp} = alloca {llty}, align {max(align, 1)}")
    if value is not None:
        g.emit(f"store {llty} {value}, ptr {tmp}")
    return tmp


def lower_make_map(g, instr: ssa.MakeMap) -> None:
    desc = map_descriptor(g, instr.type)
    hint = g.int_to_i32(instr.reserve) if instr.reserve is not None else "0"
    g.define(instr, rt_call(g, "runtime.makemap", [f"ptr {desc}", f"i32 {hint}"], "ptr"))


def lower_lookup(g, instr: ssa.Lookup) -> None:
    mt = LT.underlying(instr.x.type)
    if type(mt) is not T.Map:
        raise g.error(f"not supported yet: lookup in {instr.x.type}")
    desc = map_descriptor(g, instr.x.type)
    key = _spill(g, mt.key, g.v(instr.index), "key")
    p = rt_call(g, "runtime.mapaccess", [f"ptr {desc}", f"ptr {g.v(instr.x)}", f"ptr {key}"], "ptr")
    vty = g.lty(mt.elem)
    found = g.new_tmp()
    g.emit(f"{found} = icmp ne ptr {p}, null")
    before = g.label
    load, done = g.new_label("lookup.found"), g.new_label("lookup.done")
    g.emit(f"br i1 {found}, label %{load}, label %{done}")
    g.start_block(load)
    v1 = g.new_tmp()
    g.emit(f"{v1} = load {vty}, ptr {p}")
    g.emit(f"br label %{done}")
    g.start_block(done)
    v = g.new_tmp()
    g.emit(f"{v} = phi {vty} [{g.const(None, mt.elem)}, %{before}], [{v1}, %{load}]")
    if not instr.comma_ok:
        g.define(instr, v)
        return
    tty = f"{{{vty}, i1}}"
    a = g.new_tmp()
    g.emit(f"{a} = insertvalue {tty} undef, {vty} {v}, 0")
    g.emit(f"{g.reg(instr)} = insertvalue {tty} {a}, i1 {found}, 1")


def lower_map_update(g, instr: ssa.MapUpdate) -> None:
    mt = LT.underlying(instr.map.type)
    desc = map_descriptor(g, instr.map.type)
    key = _spill(g, mt.key, g.v(instr.key), "key")
    val = g.v(instr.value)  # evaluated before the slot is made
    p = rt_call(g, "runtime.mapassign", [f"ptr {desc}", f"ptr {g.v(instr.map)}", f"ptr {key}"], "ptr")
    g.emit(f"store {g.lty(mt.elem)} {val}, ptr {p}")


def _delete(g, instr: ssa.Call) -> None:
    m, k = instr.call.args
    mt = LT.underlying(m.type)
    desc = map_descriptor(g, m.type)
    key = _spill(g, mt.key, g.v(k), "key")
    rt_call(g, "runtime.mapdelete", [f"ptr {desc}", f"ptr {g.v(m)}", f"ptr {key}"])
    g.define(instr, "undef")


def lower_clear_map(g, instr: ssa.Call) -> None:
    m = instr.call.args[0]
    desc = map_descriptor(g, m.type)
    rt_call(g, "runtime.mapclear", [f"ptr {desc}", f"ptr {g.v(m)}"])
    g.define(instr, "undef")


def lower_range(g, instr: ssa.Range) -> None:
    desc = map_descriptor(g, instr.x.type)
    it = g.new_tmp("iter")
    g.entry_allocas.append(f"  {it} = alloca {HITER}, align 4")
    rt_call(g, "runtime.mapiterinit", [f"ptr {desc}", f"ptr {g.v(instr.x)}", f"ptr {it}"])
    g.define(instr, it)


def lower_next(g, instr: ssa.Next) -> None:
    mtype = instr.iter.x.type
    mt = LT.underlying(mtype)
    desc = map_descriptor(g, mtype)
    key = _spill(g, mt.key, None, "key")
    val = _spill(g, mt.elem, None, "val")
    ok = rt_call(g, "runtime.mapiternext", [f"ptr {desc}", f"ptr {g.v(instr.iter)}", f"ptr {key}",
                                                f"ptr {val}"], "i1")
    kty, vty = g.lty(mt.key), g.lty(mt.elem)
    k, v = g.new_tmp(), g.new_tmp()
    g.emit(f"{k} = load {kty}, ptr {key}")
    g.emit(f"{v} = load {vty}, ptr {val}")
    tty = f"{{i1, {kty}, {vty}}}"
    a, b = g.new_tmp(), g.new_tmp()
    g.emit(f"{a} = insertvalue {tty} undef, i1 {ok}, 0")
    g.emit(f"{b} = insertvalue {tty} {a}, {kty} {k}, 1")
    g.emit(f"{g.reg(instr)} = insertvalue {tty} {b}, {vty} {v}, 2")


def lower_map_len(g, instr: ssa.Call) -> None:
    """len(m): 0 for a nil map, else hmap.count (its first field)."""
    m = g.v(instr.call.args[0])
    isnil = g.new_tmp()
    g.emit(f"{isnil} = icmp eq ptr {m}, null")
    before = g.label
    load, done = g.new_label("maplen.load"), g.new_label("maplen.done")
    g.emit(f"br i1 {isnil}, label %{done}, label %{load}")
    g.start_block(load)
    n = g.new_tmp()
    g.emit(f"{n} = load i32, ptr {m}")
    g.emit(f"br label %{done}")
    g.start_block(done)
    g.emit(f"{g.reg(instr)} = phi i32 [0, %{before}], [{n}, %{load}]")


BUILTINS = {
    "delete": _delete,
}
