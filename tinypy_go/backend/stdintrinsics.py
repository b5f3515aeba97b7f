"""Standard-library functions the backend lowers to LLVM intrinsics.

Some are body-less in GOROOT (assembly in gc: ``math.archFloor``), others
have portable Go bodies that gc's compiler replaces with instructions
(``math.sqrt``, ``math/bits.LeadingZeros64``); wasm has an instruction for
each, so a call becomes one intrinsic call instead of a function call.
"""

from __future__ import annotations

from typing import Any

from tinypy_go.ir import ssa

# Go function -> (LLVM intrinsic, its LLVM type, result conversion)
# conversion: "" none, "trunc" the i64 count to int (i32).
_UNARY_F64 = {
    "math.archFloor": "llvm.floor.f64",
    "math.archCeil": "llvm.ceil.f64",
    "math.archTrunc": "llvm.trunc.f64",
    "math.sqrt": "llvm.sqrt.f64",
    "math.Sqrt": "llvm.sqrt.f64",
    "math.Abs": "llvm.fabs.f64",
    "math.Floor": "llvm.floor.f64",
    "math.Ceil": "llvm.ceil.f64",
    "math.Trunc": "llvm.trunc.f64",
}

# math/bits counting functions: (intrinsic base, operand bits, extra i1 operand)
_BITS = {
    "math/bits.LeadingZeros64": ("ctlz", 64, True),
    "math/bits.LeadingZeros32": ("ctlz", 32, True),
    "math/bits.LeadingZeros": ("ctlz", 32, True),
    "math/bits.TrailingZeros64": ("cttz", 64, True),
    "math/bits.TrailingZeros32": ("cttz", 32, True),
    "math/bits.TrailingZeros": ("cttz", 32, True),
    "math/bits.OnesCount64": ("ctpop", 64, False),
    "math/bits.OnesCount32": ("ctpop", 32, False),
    "math/bits.OnesCount": ("ctpop", 32, False),
    "math/bits.Len64": ("len", 64, True),
    "math/bits.Len32": ("len", 32, True),
    "math/bits.Len": ("len", 32, True),
}

# Generic functions gc's compiler replaces (their GOROOT bodies panic); every
# instance starts with one of these prefixes.  abi.EscapeNonString moves a
# value's pointees to the heap so stack growth can't change hashed
# addresses: our stacks never move, so the call does nothing.
NOOP_GENERIC_PREFIXES = ("internal/abi.EscapeNonString[",)


def is_noop(name: str) -> bool:
    """A call of ``name`` compiles to nothing."""
    return name.startswith(NOOP_GENERIC_PREFIXES)


NAMES = frozenset(_UNARY_F64) | frozenset(_BITS) | {"math.Copysign"}  # never allocate (gcroots.py)
HANDLED = NAMES | {"maps.clone"}


def lower(fg: Any, instr: ssa.Call, name: str) -> bool:
    """Lower a call of ``name`` as an intrinsic; False when it is not one."""
    args = [fg.v(a) for a in instr.call.args]
    decls = fg.mg.decls
    if name == "maps.clone":
        return _maps_clone(fg, instr)
    r = fg.reg(instr) if name in NAMES else ""
    if name in _UNARY_F64:
        intr = _UNARY_F64[name]
        decls[intr] = f"declare double @{intr}(double)"
        fg.emit(f"{r} = call double @{intr}(double {args[0]})")
        return True
    if name == "math.Copysign":
        decls["llvm.copysign.f64"] = "declare double @llvm.copysign.f64(double, double)"
        fg.emit(f"{r} = call double @llvm.copysign.f64(double {args[0]}, double {args[1]})")
        return True
    if name in _BITS:
        op, bits, flag = _BITS[name]
        ty = f"i{bits}"
        intr = f"llvm.{'ctlz' if op == 'len' else op}.{ty}"
        decls[intr] = f"declare {ty} @{intr}({ty}{', i1' if flag else ''})"
        n = fg.new_tmp()
        fg.emit(f"{n} = call {ty} @{intr}({ty} {args[0]}{', i1 false' if flag else ''})")
        if op == "len":
            m = fg.new_tmp()
            fg.emit(f"{m} = sub {ty} {bits}, {n}")
            n = m
        if bits == 64:
            fg.emit(f"{r} = trunc i64 {n} to i32")
        else:
            fg.emit(f"{r} = add i32 {n}, 0")
        return True
    return False


def _maps_clone(fg: Any, instr: ssa.Call) -> bool:
    """maps.clone(m any) any, called by maps.Clone[M] with m boxed from its map
    type M: clone with M's descriptor (runtime.mapclone), rebox with M's typecode."""
    from tinypy_go.backend.maps import map_descriptor

    arg = instr.call.args[0]
    if not isinstance(arg, ssa.MakeInterface):
        return False
    desc = map_descriptor(fg, arg.x.type)
    n = fg.runtime_call("runtime.mapclone", [f"ptr {desc}", f"ptr {fg.v(arg.x)}"], "ptr")
    tc, r1 = fg.new_tmp(), fg.new_tmp()
    fg.emit(f"{tc} = extractvalue {{ptr, ptr}} {fg.v(arg)}, 0")
    fg.emit(f"{r1} = insertvalue {{ptr, ptr}} undef, ptr {tc}, 0")
    fg.emit(f"{fg.reg(instr)} = insertvalue {{ptr, ptr}} {r1}, ptr {n}, 1")
    return True


# compiler-rt's __multi3 (128-bit multiply), which LLVM calls when it turns the
# 64x64->128 idiom of math/bits.Mul64 (strconv's float formatting) into one i128
# multiply; wasm-ld has no compiler-rt to take it from. optnone keeps the
# optimizer from recognising the idiom again here. Unused, --gc-sections drops it.
COMPILER_RT = """\
define i128 @__multi3(i128 %a, i128 %b) noinline optnone {
entry:
  %alo = trunc i128 %a to i64
  %ahi.s = lshr i128 %a, 64
  %ahi = trunc i128 %ahi.s to i64
  %blo = trunc i128 %b to i64
  %bhi.s = lshr i128 %b, 64
  %bhi = trunc i128 %bhi.s to i64
  %x0 = and i64 %alo, 4294967295
  %x1 = lshr i64 %alo, 32
  %y0 = and i64 %blo, 4294967295
  %y1 = lshr i64 %blo, 32
  %w0 = mul i64 %x0, %y0
  %t.a = mul i64 %x1, %y0
  %w0h = lshr i64 %w0, 32
  %t = add i64 %t.a, %w0h
  %w1.a = and i64 %t, 4294967295
  %w2 = lshr i64 %t, 32
  %w1.b = mul i64 %x0, %y1
  %w1 = add i64 %w1.a, %w1.b
  %h.a = mul i64 %x1, %y1
  %h.b = add i64 %h.a, %w2
  %w1h = lshr i64 %w1, 32
  %mulhi = add i64 %h.b, %w1h
  %lo = mul i64 %alo, %blo
  %c1 = mul i64 %alo, %bhi
  %c2 = mul i64 %ahi, %blo
  %hi.a = add i64 %mulhi, %c1
  %hi = add i64 %hi.a, %c2
  %r.lo = zext i64 %lo to i128
  %r.hi0 = zext i64 %hi to i128
  %r.hi = shl i128 %r.hi0, 64
  %r = or i128 %r.hi, %r.lo
  ret i128 %r
}"""
