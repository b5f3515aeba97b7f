"""The SSA intermediate representation, modelled on x/tools go/ssa.

Program → Package → Function → BasicBlock → Instruction.  Local variables
may stay in memory (``Alloc`` + ``Load``/``Store``): LLVM's mem2reg/SROA
promote them, so the builder does not need to construct phis.  Types are the
type checker's objects (``tinypy_go.frontend.types``); run-time checks
(bounds, nil, division) are implicit in the instructions and made explicit
by the backend, as go/ssa and TinyGo do.
"""

from __future__ import annotations

from dataclasses import field
from typing import Any

from tinypy_go.frontend.token import NO_POS, Pos
from tinypy_go.nodeclass import node

GoType = Any  # a tinypy_go.frontend.types type


class Value:
    """Anything an instruction can use as an operand."""

    __slots__ = ()
    type: GoType
    pos: Pos

    def ref(self) -> str:
        """How the printer refers to this value."""
        raise NotImplementedError


class Instruction:
    """Base of everything that lives in a block."""

    __slots__ = ()
    block: BasicBlock | None
    pos: Pos

    def operands(self) -> list[Value]:
        return []


class ValueInstr(Instruction, Value):
    """An instruction that defines a register (``t3 = ...``)."""

    __slots__ = ()
    name: str

    def ref(self) -> str:
        return self.name


# ---------------------------------------------------------------- non-instruction values


@node
class Const(Value):
    """A constant: value is a Python int/float/complex/str/bool, or None for
    the zero value of a non-basic type (nil pointer, nil slice, zero struct)."""

    type: GoType
    value: Any
    pos: Pos = NO_POS

    def ref(self) -> str:
        if self.value is None:
            return "nil" if not _is_struct_or_array(self.type) else "zero"
        if isinstance(self.value, str):
            return _quote(self.value)
        if isinstance(self.value, bool):
            return "true" if self.value else "false"
        return str(self.value)


@node
class Parameter(Value):
    name: str
    type: GoType
    parent: Function | None = None
    pos: Pos = NO_POS

    def ref(self) -> str:
        return self.name


@node
class FreeVar(Value):
    """A variable captured by a closure (always a pointer to the variable,
    or the value itself when it is never assigned after capture)."""

    name: str
    type: GoType
    parent: Function | None = None
    pos: Pos = NO_POS
    addr: bool = False  # bound to a variable's address (an Alloc or Global): never nil

    def ref(self) -> str:
        return self.name


@node
class Global(Value):
    """A package-level variable; its Value type is a pointer to the variable."""

    name: str  # Go-qualified, e.g. "main.counter"
    type: GoType  # *T
    elem: GoType  # T
    pkg: Package | None = None
    pos: Pos = NO_POS
    link_name: str = ""  # from //go:linkname or //export, else name
    static_value: Any = None  # initial value as static data (ir/build_static.py)

    def ref(self) -> str:
        return "@" + self.name


@node
class Builtin(Value):
    """A builtin function used as a callee (len, print, append, ...)."""

    name: str
    type: GoType = None
    pos: Pos = NO_POS

    def ref(self) -> str:
        return self.name


# ---------------------------------------------------------------- calls


@node
class CallCommon:
    """Static call (value is a Function), dynamic call (value is a func value),
    builtin call (value is a Builtin) or interface invoke (method set)."""

    value: Value
    args: list[Value]
    method: Any = None  # *types.Func for invoke mode (value is the interface)
    signature: GoType = None
    has_ellipsis: bool = False
    pos: Pos = NO_POS

    def is_invoke(self) -> bool:
        return self.method is not None

    def static_callee(self) -> Function | None:
        return self.value if isinstance(self.value, Function) else None

    def describe(self) -> str:
        args = ", ".join(a.ref() for a in self.args)
        if self.method is not None:
            return f"invoke {self.value.ref()}.{self.method.name}({args})"
        return f"{self.value.ref()}({args}{'...' if self.has_ellipsis else ''})"


# ---------------------------------------------------------------- value instructions


@node
class Alloc(ValueInstr):
    """Space for a variable; the value is its address (type *T).
    heap=True when the variable escapes (captured, address taken)."""

    type: GoType  # *T
    elem: GoType  # T
    heap: bool = False
    comment: str = ""
    name: str = ""
    block: BasicBlock | None = None
    pos: Pos = NO_POS
    # why it stays on the heap (ir/escape.py; read by -print-allocs): the instruction
    # the address escapes at, or a reason
    heap_why: Instruction | str | None = None


@node
class BinOp(ValueInstr):
    op: str  # + - * / % & | ^ << >> &^ == != < <= > >=
    x: Value
    y: Value
    type: GoType
    name: str = ""
    block: BasicBlock | None = None
    pos: Pos = NO_POS

    def operands(self) -> list[Value]:
        return [self.x, self.y]


@node
class UnOp(ValueInstr):
    """``-x``, ``!x``, ``^x``, ``*x`` (load) and ``<-x`` (receive)."""

    op: str
    x: Value
    type: GoType
    comma_ok: bool = False
    name: str = ""
    block: BasicBlock | None = None
    pos: Pos = NO_POS

    def operands(self) -> list[Value]:
        return [self.x]


@node
class Call(ValueInstr):
    call: CallCommon
    type: GoType  # result type: a single type, a Tuple, or an empty Tuple
    name: str = ""
    block: BasicBlock | None = None
    pos: Pos = NO_POS

    def operands(self) -> list[Value]:
        return [self.call.value, *self.call.args]


@node
class Convert(ValueInstr):
    """Conversion between basic types (numeric, string <-> []byte/[]rune, ...)
    or between unsafe.Pointer and pointers/uintptr."""

    x: Value
    type: GoType
    name: str = ""
    block: BasicBlock | None = None
    pos: Pos = NO_POS

    def operands(self) -> list[Value]:
        return [self.x]


@node
class ChangeType(ValueInstr):
    """A conversion that does not change the representation."""

    x: Value
    type: GoType
    name: str = ""
    block: BasicBlock | None = None
    pos: Pos = NO_POS

    def operands(self) -> list[Value]:
        return [self.x]


@node
class MakeInterface(ValueInstr):
    x: Value
    type: GoType  # the interface type
    name: str = ""
    block: BasicBlock | None = None
    pos: Pos = NO_POS

    def operands(self) -> list[Value]:
        return [self.x]


@node
class TypeAssert(ValueInstr):
    x: Value
    asserted: GoType
    comma_ok: bool
    type: GoType  # asserted, or Tuple(asserted, bool) when comma_ok
    name: str = ""
    block: BasicBlock | None = None
    pos: Pos = NO_POS

    def operands(self) -> list[Value]:
        return [self.x]


@node
class Extract(ValueInstr):
    """Component ``index`` of a tuple-typed value (multi-result call)."""

    tuple: Value
    index: int
    type: GoType
    name: str = ""
    block: BasicBlock | None = None
    pos: Pos = NO_POS

    def operands(self) -> list[Value]:
        return [self.tuple]


@node
class FieldAddr(ValueInstr):
    """&x.f where x is a pointer to a struct (nil-checked)."""

    x: Value
    field: int
    type: GoType
    name: str = ""
    block: BasicBlock | None = None
    pos: Pos = NO_POS

    def operands(self) -> list[Value]:
        return [self.x]


@node
class Field(ValueInstr):
    """x.f where x is a struct value."""

    x: Value
    field: int
    type: GoType
    name: str = ""
    block: BasicBlock | None = None
    pos: Pos = NO_POS

    def operands(self) -> list[Value]:
        return [self.x]


@node
class IndexAddr(ValueInstr):
    """&x[i] where x is a slice or a pointer to an array (bounds-checked)."""

    x: Value
    index: Value
    type: GoType
    name: str = ""
    block: BasicBlock | None = None
    pos: Pos = NO_POS

    def operands(self) -> list[Value]:
        return [self.x, self.index]


@node
class Index(ValueInstr):
    """x[i] where x is a string or an array value (bounds-checked)."""

    x: Value
    index: Value
    type: GoType
    name: str = ""
    block: BasicBlock | None = None
    pos: Pos = NO_POS

    def operands(self) -> list[Value]:
        return [self.x, self.index]


@node
class Slice(ValueInstr):
    x: Value  # string, slice or pointer to array
    low: Value | None
    high: Value | None
    max: Value | None
    type: GoType
    name: str = ""
    block: BasicBlock | None = None
    pos: Pos = NO_POS

    def operands(self) -> list[Value]:
        return [v for v in (self.x, self.low, self.high, self.max) if v is not None]


@node
class MakeClosure(ValueInstr):
    fn: Function
    bindings: list[Value]
    type: GoType
    name: str = ""
    block: BasicBlock | None = None
    pos: Pos = NO_POS

    def operands(self) -> list[Value]:
        return [self.fn, *self.bindings]


@node
class MakeSlice(ValueInstr):
    len: Value
    cap: Value
    type: GoType
    name: str = ""
    block: BasicBlock | None = None
    pos: Pos = NO_POS

    def operands(self) -> list[Value]:
        return [self.len, self.cap]


@node
class Phi(ValueInstr):
    """Edges correspond one to one with block.preds."""

    edges: list[Value]
    type: GoType
    comment: str = ""
    name: str = ""
    block: BasicBlock | None = None
    pos: Pos = NO_POS

    def operands(self) -> list[Value]:
        return list(self.edges)


# ---------------------------------------------------------------- maps and slice conversions


@node
class MakeMap(ValueInstr):
    """make(map[K]V[, reserve]) and map literals."""

    reserve: Value | None
    type: GoType
    name: str = ""
    block: BasicBlock | None = None
    pos: Pos = NO_POS

    def operands(self) -> list[Value]:
        return [self.reserve] if self.reserve is not None else []


@node
class Lookup(ValueInstr):
    """m[k] (the zero value if absent); with comma_ok, the tuple (v, ok)."""

    x: Value
    index: Value
    comma_ok: bool
    type: GoType
    name: str = ""
    block: BasicBlock | None = None
    pos: Pos = NO_POS

    def operands(self) -> list[Value]:
        return [self.x, self.index]


@node
class MapUpdate(Instruction):
    """m[k] = v (panics on a nil map)."""

    map: Value
    key: Value
    value: Value
    block: BasicBlock | None = None
    pos: Pos = NO_POS

    def operands(self) -> list[Value]:
        return [self.map, self.key, self.value]


@node
class Range(ValueInstr):
    """Start iterating over map x; the value is an iterator for Next."""

    x: Value
    type: GoType  # unsafe.Pointer: the iterator is opaque
    name: str = ""
    block: BasicBlock | None = None
    pos: Pos = NO_POS

    def operands(self) -> list[Value]:
        return [self.x]


@node
class Next(ValueInstr):
    """Advance a map iterator: the tuple (ok, key, value)."""

    iter: Range
    type: GoType  # Tuple(bool, K, V)
    name: str = ""
    block: BasicBlock | None = None
    pos: Pos = NO_POS

    def operands(self) -> list[Value]:
        return [self.iter]


@node
class SliceToArrayPointer(ValueInstr):
    """(*[N]T)(s): panics if len(s) < N; nil for a nil slice when N == 0."""

    x: Value
    type: GoType
    name: str = ""
    block: BasicBlock | None = None
    pos: Pos = NO_POS

    def operands(self) -> list[Value]:
        return [self.x]


# ---------------------------------------------------------------- effect-only instructions


@node
class Store(Instruction):
    addr: Value
    val: Value
    block: BasicBlock | None = None
    pos: Pos = NO_POS

    def operands(self) -> list[Value]:
        return [self.addr, self.val]


@node
class CallInstr(Instruction):
    """A call whose results are unused is still a Call value; this alias keeps
    printing simple.  (Kept for symmetry with go/ssa's Defer/Go.)"""

    call: CallCommon
    kind: str  # "defer" or "go"
    block: BasicBlock | None = None
    pos: Pos = NO_POS

    def operands(self) -> list[Value]:
        return [self.call.value, *self.call.args]


@node
class RunDefers(Instruction):
    block: BasicBlock | None = None
    pos: Pos = NO_POS


@node
class Jump(Instruction):
    block: BasicBlock | None = None
    pos: Pos = NO_POS


@node
class If(Instruction):
    """Branch to block.succs[0] if cond is true, else block.succs[1]."""

    cond: Value
    block: BasicBlock | None = None
    pos: Pos = NO_POS

    def operands(self) -> list[Value]:
        return [self.cond]


@node
class Return(Instruction):
    results: list[Value]
    block: BasicBlock | None = None
    pos: Pos = NO_POS

    def operands(self) -> list[Value]:
        return list(self.results)


@node
class Panic(Instruction):
    """panic(x) with x already converted to interface{}; ends its block."""

    x: Value
    block: BasicBlock | None = None
    pos: Pos = NO_POS

    def operands(self) -> list[Value]:
        return [self.x]


@node
class Unreachable(Instruction):
    """Control cannot reach here (after a call to a function that never returns)."""

    block: BasicBlock | None = None
    pos: Pos = NO_POS


TERMINATORS = (Jump, If, Return, Panic, Unreachable)


# ---------------------------------------------------------------- containers


@node
class BasicBlock:
    index: int
    comment: str
    parent: Function
    instrs: list[Instruction] = field(default_factory=list)
    preds: list[BasicBlock] = field(default_factory=list)
    succs: list[BasicBlock] = field(default_factory=list)

    def emit(self, instr: Instruction) -> Instruction:
        instr.block = self
        self.instrs.append(instr)
        return instr

    @property
    def terminated(self) -> bool:
        return bool(self.instrs) and isinstance(self.instrs[-1], TERMINATORS)

    def __repr__(self) -> str:
        return f"<block {self.index} {self.comment}>"


@node
class Function(Value):
    """A Go function, method, closure body, package initialiser or wrapper."""

    name: str  # fully qualified: "main.f", "(*main.T).M", "main.f$1", "main.init"
    signature: GoType
    pkg: Package | None = None
    pos: Pos = NO_POS
    obj: Any = None  # the checker's Func object, if any
    params: list[Parameter] = field(default_factory=list)
    free_vars: list[FreeVar] = field(default_factory=list)
    blocks: list[BasicBlock] = field(default_factory=list)
    locals: list[Alloc] = field(default_factory=list)
    anon_funcs: list[Function] = field(default_factory=list)
    parent: Function | None = None
    synthetic: str = ""  # why a compiler-made function exists, e.g. "package initializer"
    export_name: str = ""  # //export or //go:wasmexport
    export_pos: Pos = 0  # the directive's position
    wasmexport: bool = False  # exported by //go:wasmexport (go's type rules), not //export (TinyGo's)
    wasm_import: tuple[str, str] | None = None  # //go:wasmimport module name
    link_name: str = ""  # //go:linkname target, else name
    bodyless: bool = False  # declared without a body (assembly or //go:linkname in gc's toolchain)
    noinline: bool = False
    hints: dict[str, str] = field(default_factory=dict)  # the runtime's //tinypy: lines (ir/runtimehints.py)
    syntax: Any = None  # the FuncDecl / FuncLit it came from
    builder: Any = None  # builds the body on first use (see ensure_built); None once built
    defer_head: Any = None  # Alloc of the frame's defer list (*runtime._defer), if it defers (build_defer)
    result_slots: list = field(default_factory=list)  # Allocs of named results, returned after a recover
    recover_frame: Any = None  # Call of runtime.recoverFrame in the prologue, if it may recover
    type_args: list = field(default_factory=list)  # instance of a generic function/method (ir/generics.py)
    info: Any = None  # Info view the body is built with (instances: a generics.SubstInfo)
    lazy_global: Any = None  # the Global this initializes, called only if it is used (ir/build_static.py)

    @property
    def type(self) -> GoType:
        return self.signature

    def ref(self) -> str:
        return self.name

    def new_block(self, comment: str) -> BasicBlock:
        b = BasicBlock(len(self.blocks), comment, self)
        self.blocks.append(b)
        return b

    @property
    def is_external(self) -> bool:
        """No body: implemented by the host (wasmimport) or by the runtime/linker."""
        return not self.blocks


@node
class Package:
    path: str
    name: str
    types_pkg: Any = None  # the checker's Package
    functions: dict[str, Function] = field(default_factory=dict)
    globals: dict[str, Global] = field(default_factory=dict)
    init: Function | None = None


@node
class Program:
    fset: Any
    packages: dict[str, Package] = field(default_factory=dict)
    funcs_by_obj: dict[int, Function] = field(default_factory=dict)  # id(types.Func) -> Function
    globals_by_obj: dict[int, Global] = field(default_factory=dict)  # id(types.Var) -> Global
    synthetic: dict = field(default_factory=dict)  # cache of compiler-made functions (wrappers, thunks)
    generics: Any = None  # ir.generics.Generics: generic declarations and their instances
    # "pkg.name" -> a function with a body that //go:linkname pushes there (runtime hooks)
    linkname_defs: dict[str, Function] = field(default_factory=dict)

    def link_target(self, fn: Function) -> Function | None:
        """The function implementing body-less fn through //go:linkname (pull:
        fn names the target; push: a function with a body names fn), if any."""
        if not fn.bodyless or fn.wasm_import is not None:
            return None
        name = fn.link_name or fn.name
        target = self.linkname_defs.get(name)
        if target is None and fn.link_name and "." in name:
            pkg = self.packages.get(name.rsplit(".", 1)[0])
            cand = pkg.functions.get(name) if pkg is not None else None
            if cand is not None and not cand.bodyless:
                target = cand
        return target if target is not fn else None

    def all_functions(self):
        for pkg in self.packages.values():
            for fn in pkg.functions.values():
                yield from _with_anon(fn)

    def lookup_function(self, name: str) -> Function | None:
        for fn in self.all_functions():
            if fn.name == name:
                return fn
        return None


def _with_anon(fn: Function):
    yield fn
    for a in fn.anon_funcs:
        yield from _with_anon(a)


def ensure_built(fn: Function) -> Function:
    """Build fn's body if that was deferred: bodies are built only for functions
    something reachable uses (ir/reach.py, the backend's worklist)."""
    build = fn.builder
    if build is not None:
        fn.builder = None
        build()
    return fn


def add_edge(src: BasicBlock, dst: BasicBlock) -> None:
    src.succs.append(dst)
    dst.preds.append(src)


def _is_struct_or_array(t: GoType) -> bool:
    u = getattr(t, "underlying", None)
    u = u() if callable(u) else u
    return type(u).__name__ in ("Struct", "Array")


def _quote(s: str) -> str:
    out = ['"']
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif " " <= ch < "\x7f":
            out.append(ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x100:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)
