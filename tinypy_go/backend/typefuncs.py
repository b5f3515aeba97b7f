"""Per-type hash and equality functions (map keys, struct/array ==).

``type_hash_fn(mg, t)`` and ``type_equal_fn(mg, t)`` (also reachable as
``ModuleGen.type_hash_fn``/``type_equal_fn``) return the symbol of an LLVM
function with Go's calling convention (trailing context pointer):

    hash:  i32 (ptr %value, i32 %seed, ptr %context)
    equal: i1  (ptr %a, ptr %b, ptr %context)

taking pointers to the values, so the runtime's map can call them through
func values stored in a map-type descriptor. Functions are shared between
types of the same *shape* (what hashing depends on: layout and the kind of
each part), e.g. every 8-byte pointer-free, padding-free key uses one
``memhash`` wrapper. Strings, floats and complex numbers have their own
hashes (+0 and -0 hash alike; NaN hashes randomly since it never equals);
structs and arrays combine their parts, skipping blank fields as ``==``
does.

Interface values (kind "iface") use ``runtime.interfaceHash`` (hashmap.go:
by the dynamic type's kind) and ``runtime.interfaceEqual`` (interface.go).
"""

from __future__ import annotations

from dataclasses import dataclass

from tinypy_go.backend import llvmtypes as LT
from tinypy_go.backend import panics
from tinypy_go.backend.codegen import symbol
from tinypy_go.frontend.types import typ as T


class UnsupportedKey(Exception):
    """A type whose values cannot be hashed/compared yet (the caller adds the position)."""


@dataclass(frozen=True, slots=True)
class Shape:
    """What hashing/equality of a type depends on."""

    kind: str  # "mem", "str", "f32", "f64", "c64", "c128", "iface", "struct", "array"
    size: int
    parts: tuple = ()  # struct: ((offset, Shape), ...); array: (count, elem Shape, elem size)

    def key(self) -> str:
        if self.kind == "struct":
            return "S" + str(self.size) + "{" + ",".join(f"{o}:{s.key()}" for o, s in self.parts) + "}"
        if self.kind == "array":
            n, es, esize = self.parts
            return f"A{n}x{esize}[{es.key()}]"
        return f"{self.kind}{self.size}"


def _shape(t: T.Type, what: str) -> Shape:
    u = LT.underlying(t)
    k = type(u)
    size = LT.layout(t)[0]
    if k is T.Basic:
        info = u.info
        if info & T.IS_STRING:
            return Shape("str", size)
        if info & T.IS_FLOAT:
            return Shape("f32" if size == 4 else "f64", size)
        if info & T.IS_COMPLEX:
            return Shape("c64" if size == 8 else "c128", size)
        return Shape("mem", size)
    if k in (T.Pointer, T.Chan):
        return Shape("mem", size)
    if k is T.Interface:
        return Shape("iface", size)
    if k is T.Array:
        es = _shape(u.elem, what)
        esize = LT.layout(u.elem)[0]
        if u.len == 0 or esize == 0:
            return Shape("mem", 0)
        if es.kind == "mem":
            return Shape("mem", size)
        return Shape("array", size, (u.len, es, esize))
    if k is T.Struct:
        parts = []
        offset = 0
        all_mem = True
        for f in u.fields:
            fsize, falign = LT.layout(f.type)
            start = (offset + falign - 1) // falign * falign
            if start != offset:
                all_mem = False  # padding: its bytes are not part of the value
            offset = start + fsize
            if f.name == "_":
                all_mem = False
                continue
            fs = _shape(f.type, what)
            if fs.kind != "mem":
                all_mem = False
            if fsize:
                parts.append((start, fs))
        if offset != size:
            all_mem = False
        if all_mem:
            return Shape("mem", size)
        if not parts:
            return Shape("mem", 0)
        return Shape("struct", size, tuple(parts))
    raise UnsupportedKey(f"comparison of {t}")


class TypeFuncs:
    """Generated functions of one module, memoised by shape."""

    def __init__(self, mg):
        self.mg = mg
        self.hashes: dict[str, str] = {}
        self.equals: dict[str, str] = {}
        self.equal_syms: set[str] = set()

    def _rt(self, name: str) -> str:
        return self.mg.func_ref(self.mg.runtime_func(name))

    # ------------------------------------------------------------ hash

    def hash_fn(self, s: Shape) -> str:
        k = s.key()
        got = self.hashes.get(k)
        if got is not None:
            return got
        if s.kind == "str":
            sym = self._rt("runtime.strhash")
        elif s.kind == "f64":
            sym = self._rt("runtime.f64hash")
        elif s.kind == "f32":
            sym = self._rt("runtime.f32hash")
        elif s.kind == "iface":
            sym = self._rt("runtime.interfaceHash")
        else:
            sym = symbol(f"tinypy.hash.{len(self.hashes)}")
            self.hashes[k] = sym  # before the body: arrays/structs recurse
            self.mg.bodies.append(self._hash_body(sym, s))
        self.hashes[k] = sym
        return sym

    def _hash_body(self, sym: str, s: Shape) -> str:
        lines = [f"define internal i32 {sym}(ptr %p, i32 %seed, ptr %context) {{", "entry:"]
        if s.kind == "mem":
            lines.append(f"  %h = call i32 {self._rt('runtime.memhash')}(ptr %p, i32 %seed, i32 {s.size}, ptr undef)")
            lines.append("  ret i32 %h")
        elif s.kind in ("c64", "c128"):
            half = s.size // 2
            part = self.hash_fn(Shape("f32" if half == 4 else "f64", half))
            lines.append(f"  %h0 = call i32 {part}(ptr %p, i32 %seed, ptr undef)")
            lines.append(f"  %q = getelementptr i8, ptr %p, i32 {half}")
            lines.append(f"  %h1 = call i32 {part}(ptr %q, i32 %h0, ptr undef)")
            lines.append("  ret i32 %h1")
        elif s.kind == "struct":
            h = "%seed"
            for i, (off, fs) in enumerate(s.parts):
                fn = self.hash_fn(fs)
                lines.append(f"  %f{i} = getelementptr i8, ptr %p, i32 {off}")
                lines.append(f"  %h{i} = call i32 {fn}(ptr %f{i}, i32 {h}, ptr undef)")
                h = f"%h{i}"
            lines.append(f"  ret i32 {h}")
        elif s.kind == "array":
            n, es, esize = s.parts
            fn = self.hash_fn(es)
            lines += [
                "  br label %loop",
                "loop:",
                "  %i = phi i32 [0, %entry], [%i1, %loop]",
                "  %h = phi i32 [%seed, %entry], [%h1, %loop]",
                f"  %off = mul i32 %i, {esize}",
                "  %e = getelementptr i8, ptr %p, i32 %off",
                f"  %h1 = call i32 {fn}(ptr %e, i32 %h, ptr undef)",
                "  %i1 = add i32 %i, 1",
                f"  %more = icmp ult i32 %i1, {n}",
                "  br i1 %more, label %loop, label %done",
                "done:",
                "  ret i32 %h1",
            ]
        else:
            raise AssertionError(s.kind)
        lines.append("}")
        return "\n".join(lines)

    # ------------------------------------------------------------ equality

    def equal_fn(self, s: Shape) -> str:
        k = s.key()
        got = self.equals.get(k)
        if got is not None:
            return got
        if s.kind == "str":
            sym = self._rt("runtime.strequal")
        else:
            # named by the shape (backend/split.py), short: the name section keeps it
            sym = symbol(f"tinypy.equal.{LT.content_id(k)[:6]}")
            while sym in self.equal_syms:  # two shapes, one short id: rare, then order decides
                sym = symbol(sym[1:].strip('"') + "x")
            self.equal_syms.add(sym)
            self.equals[k] = sym
            self.mg.bodies.append(self._equal_body(sym, s))
        self.equals[k] = sym
        return sym

    def _equal_body(self, sym: str, s: Shape) -> str:
        lines = [f"define internal i1 {sym}(ptr %a, ptr %b, ptr %context) {{", "entry:"]
        if s.kind == "mem":
            if s.size == 0:
                lines.append("  ret i1 true")
            elif s.size in (1, 2, 4, 8):
                ity = f"i{s.size * 8}"
                lines += [f"  %x = load {ity}, ptr %a, align 1", f"  %y = load {ity}, ptr %b, align 1",
                          f"  %r = icmp eq {ity} %x, %y", "  ret i1 %r"]
            else:
                memeq = self._rt("runtime.memequal")
                lines += [f"  %r = call i1 {memeq}(ptr %a, ptr %b, i32 {s.size}, ptr undef)", "  ret i1 %r"]
        elif s.kind == "iface":
            ieq = self._rt("runtime.interfaceEqual")
            lines += [f"  %x = load {LT.IFACE}, ptr %a", f"  %y = load {LT.IFACE}, ptr %b",
                      f"  %r = call i1 {ieq}({LT.IFACE} %x, {LT.IFACE} %y, ptr undef)", "  ret i1 %r"]
        elif s.kind in ("f32", "f64", "c64", "c128"):
            fty = "float" if s.kind in ("f32", "c64") else "double"
            n = 1 if s.kind in ("f32", "f64") else 2
            fsize = 4 if fty == "float" else 8
            acc = "true"
            for i in range(n):
                lines += [f"  %pa{i} = getelementptr i8, ptr %a, i32 {i * fsize}",
                          f"  %pb{i} = getelementptr i8, ptr %b, i32 {i * fsize}",
                          f"  %x{i} = load {fty}, ptr %pa{i}", f"  %y{i} = load {fty}, ptr %pb{i}",
                          f"  %e{i} = fcmp oeq {fty} %x{i}, %y{i}", f"  %r{i} = and i1 {acc}, %e{i}"]
                acc = f"%r{i}"
            lines.append(f"  ret i1 {acc}")
        elif s.kind == "struct":
            for i, (off, fs) in enumerate(s.parts):
                fn = self.equal_fn(fs)
                lines += [f"  %pa{i} = getelementptr i8, ptr %a, i32 {off}",
                          f"  %pb{i} = getelementptr i8, ptr %b, i32 {off}",
                          f"  %e{i} = call i1 {fn}(ptr %pa{i}, ptr %pb{i}, ptr undef)",
                          f"  br i1 %e{i}, label %next{i}, label %ne", f"next{i}:"]
            lines += ["  ret i1 true", "ne:", "  ret i1 false"]
        elif s.kind == "array":
            n, es, esize = s.parts
            fn = self.equal_fn(es)
            lines += [
                "  br label %loop",
                "loop:",
                "  %i = phi i32 [0, %entry], [%i1, %next]",
                f"  %off = mul i32 %i, {esize}",
                "  %pa = getelementptr i8, ptr %a, i32 %off",
                "  %pb = getelementptr i8, ptr %b, i32 %off",
                f"  %e = call i1 {fn}(ptr %pa, ptr %pb, ptr undef)",
                "  br i1 %e, label %next, label %ne",
                "next:",
                "  %i1 = add i32 %i, 1",
                f"  %more = icmp ult i32 %i1, {n}",
                "  br i1 %more, label %loop, label %eq",
                "eq:",
                "  ret i1 true",
                "ne:",
                "  ret i1 false",
            ]
        else:
            raise AssertionError(s.kind)
        lines.append("}")
        return "\n".join(lines)


def _funcs(mg) -> TypeFuncs:
    return mg.typefuncs


def type_hash_fn(mg, t: T.Type, what: str = "map keys of interface type") -> str:
    """Symbol of the hash function of t's values (raises UnsupportedKey)."""
    return _funcs(mg).hash_fn(_shape(t, what))


def type_equal_fn(mg, t: T.Type, what: str = "comparison of interface values") -> str:
    """Symbol of the equality function of t's values (raises UnsupportedKey)."""
    return _funcs(mg).equal_fn(_shape(t, what))


def lower_compare(g, instr, op: str, x: str, y: str) -> None:
    """== and != on structs and arrays: spill both operands and call the equality function."""
    t = instr.x.type
    try:
        fn = type_equal_fn(g.mg, t, "comparison of values containing interfaces")
    except UnsupportedKey as e:
        raise g.error(f"not supported yet: {e}") from None
    llty = g.lty(t)
    _, align = LT.layout(t)
    ptrs = []
    for v, val, hint in ((instr.x, x, "cmpa"), (instr.y, y, "cmpb")):
        p = g.compared_loads.get(id(v))  # a big load left in memory (FuncGen._only_compared)
        if p is None:
            p = g.new_tmp(hint)
            g.entry_allocas.append(f"  {p} = alloca {llty}, align {max(align, 1)}")
            g.emit(f"store {llty} {val}, ptr {p}")
        ptrs.append(p)
    a, b = ptrs
    r = g.new_tmp()
    g.emit(f"{r} = call i1 {fn}(ptr {a}, ptr {b}, ptr undef)")
    panics.after_call(g, None)  # interface fields may hold uncomparable values
    if op == "==":
        g.define(instr, r)
    else:
        g.emit(f"{g.reg(instr)} = xor i1 {r}, true")
