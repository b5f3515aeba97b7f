"""Interfaces: type descriptors, boxing, type assertions and method dispatch.

An interface value is ``{ptr typecode, ptr value}``.  The typecode points to
the one descriptor global of the dynamic type (an ``internal/abi.Type``,
backend/typedesc.py), so type identity is pointer identity.  As in gc, only a
pointer-shaped value ("direct": pointers, maps, chans, unsafe.Pointer and
one-element structs/arrays of those) lives in the value word itself; anything
else is boxed: constants point at a read-only global, one-byte values into a
static 256-entry table, zero-sized values at a static global, the rest at a
heap copy.  (reflect relies on this, e.g. Value.Int reads ``*(*int)(word)``.)

Method calls on interfaces go through one dispatch function per method
(name + signature) that switches on the typecode over every type the
program converts to an interface (rapid type analysis).  Those sets grow
while functions are lowered, so dispatchers are generated when the
worklist runs dry and regenerated until nothing changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tinypy_go.backend import llvmtypes as LT
from tinypy_go.backend import panics
from tinypy_go.backend.gcroots import typed_alloc
from tinypy_go.backend.typedesc import TypeDescs, direct_path, is_direct, kind_of  # noqa: F401
from tinypy_go.backend.typenames import go_type_string as display_name
from tinypy_go.backend.typenames import type_key
from tinypy_go.errors import CompileError, Diagnostic
from tinypy_go.frontend.types import objects as O
from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.lookup import lookup_field_or_method
from tinypy_go.frontend.types.predicates import identical
from tinypy_go.frontend.types.typestring import type_string
from tinypy_go.ir.generics import method_function
from tinypy_go.ir.reach import boxed_method_set

if TYPE_CHECKING:
    from tinypy_go.backend.codegen import ModuleGen

def method_key(m: O.Func) -> str:
    """Dispatch identity of a method: name (qualified when unexported) and signature."""
    sig = m.type
    name = m.name if m.exported() or m.pkg is None else f"{m.pkg.path}.{m.name}"
    return name + type_string(T.Signature(sig.params, sig.results, sig.variadic), lambda pkg: pkg.path)[4:]


@dataclass(slots=True)
class Dispatcher:
    method: O.Func
    symbol: str
    covered: frozenset[str] | None = None  # type set of the last generated body (None: none yet)
    body: str = ""


@dataclass(slots=True)
class Interfaces:
    """Per-module interface state: descriptors, RTA sets, generated dispatchers."""

    mg: ModuleGen
    types: TypeDescs = None  # type: ignore[assignment]
    boxed_types: dict[str, tuple[T.Type, int]] = field(default_factory=dict)  # key -> (type, first pos)
    dispatchers: dict[str, Dispatcher] = field(default_factory=dict)
    asserts: dict[str, Dispatcher] = field(default_factory=dict)  # interface key -> missing-method function
    consts: dict[tuple[str, str], str] = field(default_factory=dict)  # boxed constants
    statics: set[str] = field(default_factory=set)
    made: dict[str, T.Type] = field(default_factory=dict)  # key -> type, boxed by a MakeInterface
    # (id(t), id(pkg), name) -> (t, lookup result): dispatchers are rebuilt each round
    # with the types boxed so far, asking the same questions again (t kept alive: ids stay unique)
    _lookups: dict[tuple[int, int, str], tuple[T.Type, Any]] = field(default_factory=dict)
    # (id(t), id(method)) -> (t, method, method_of's answer): every dispatcher body is
    # regenerated each round its type set grows, asking again for every boxed type
    _methods_of: dict[tuple[int, int], tuple[T.Type, Any, tuple[Any, list[int]]]] = field(default_factory=dict)
    _names: dict[int, tuple[T.Type, frozenset[str]]] = field(default_factory=dict)  # id(t) -> (t, names)

    def __post_init__(self) -> None:
        self.types = TypeDescs(self.mg)

    # ------------------------------------------------------------ descriptors

    def descriptor(self, t: T.Type) -> str:
        """The symbol of t's abi.Type descriptor (backend/typedesc.py)."""
        return self.types.ref(t)

    def equal_fn(self, t: T.Type) -> str:
        """``i1 (ptr x, ptr y, ptr context)`` comparing two values of type t in memory
        (the same functions map keys use, backend/typefuncs.py)."""
        from tinypy_go.backend.typefuncs import UnsupportedKey

        try:
            return self.mg.type_equal_fn(t)
        except UnsupportedKey:
            raise CompileError([Diagnostic(self.mg.fset.position(0), f"not supported yet: comparing values of "
                                           f"type {display_name(t)} inside interfaces")]) from None

    def note_boxed(self, t: T.Type, pos: int) -> None:
        """t is converted to an interface somewhere: its methods may be called dynamically."""
        key = type_key(t)
        if key not in self.boxed_types:
            self.boxed_types[key] = (t, pos)

    # ------------------------------------------------------------ boxing

    def box(self, g, t: T.Type, x: str, const: bool = False) -> str:
        """The interface value word for x (an operand of type t; const: x is a constant)."""
        llty = g.lty(t)
        path = direct_path(t)
        if path is not None:
            if not path:
                return x
            r = g.new_tmp()
            g.emit(f"{r} = extractvalue {llty} {x}, {', '.join(map(str, path))}")
            return r
        size = LT.sizeof(t)
        if size == 0:
            return self.static_global("zerobase", "[4 x i8]", "zeroinitializer")
        if const:
            sym = self.consts.get((llty, x))
            if sym is None:
                _, align = LT.layout(t)
                sym = self.consts[(llty, x)] = f"@.ifaceconst.{LT.content_id(llty + ' ' + x)}"
                self.mg.globals.append(f"{sym} = private unnamed_addr constant {llty} {x}, align {align}")
            return sym
        if size == 1 and llty in ("i1", "i8"):
            table = self.static_global("bytevalues", "[256 x i8]", "[" + ", ".join(f"i8 {i}" for i in range(256)) + "]")
            w = g.new_tmp()
            g.emit(f"{w} = zext {llty} {x} to i32")
            r = g.new_tmp()
            g.emit(f"{r} = getelementptr inbounds i8, ptr {table}, i32 {w}")
            return r
        r = typed_alloc(g, t, size)
        g.emit(f"store {llty} {x}, ptr {r}")
        return r

    def static_global(self, name: str, ty: str, init: str) -> str:
        """A module-wide read-only global (box targets shared by all boxing sites)."""
        sym = f"@tinypy.{name}"
        if name not in self.statics:
            self.statics.add(name)
            self.mg.globals.append(f"{sym} = internal constant {ty} {init}, align 4")
        return sym

    def unbox(self, g, t: T.Type, word: str) -> str:
        """The value of type t held in an interface value word."""
        llty = g.lty(t)
        path = direct_path(t)
        if path is not None:
            if not path:
                return word
            r = g.new_tmp()
            g.emit(f"{r} = insertvalue {llty} zeroinitializer, ptr {word}, {', '.join(map(str, path))}")
            return r
        if LT.sizeof(t) == 0:
            return "zeroinitializer"
        r = g.new_tmp()
        g.emit(f"{r} = load {llty}, ptr {word}")
        return r

    # ------------------------------------------------------------ dispatch

    def dispatcher(self, method: O.Func) -> str:
        key = method_key(method)
        d = self.dispatchers.get(key)
        if d is None:
            d = Dispatcher(method, _sym("invoke:" + key))
            self.dispatchers[key] = d
        return d.symbol

    def missing_fn(self, iface: T.Type) -> str:
        """``{ptr, i32} (ptr typecode)``: the first method of iface the dynamic type lacks, or ""."""
        key = type_key(iface)
        d = self.asserts.get(key)
        if d is None:
            d = Dispatcher(None, _sym("missing:" + key))
            d.method = iface  # type: ignore[assignment]
            self.asserts[key] = d
        return d.symbol

    def finish_round(self) -> bool:
        """Regenerate dispatchers whose type sets grew; True if anything changed."""
        changed = self.types.finish_round()
        types = frozenset(self.boxed_types)
        for d in list(self.dispatchers.values()):
            if d.covered != types:
                d.covered = types
                d.body = self.dispatch_body(d)
                changed = True
        for d in list(self.asserts.values()):
            if d.covered != types:
                d.covered = types
                d.body = self.missing_body(d)
                changed = True
        return changed

    def bodies(self) -> list[str]:
        return [d.body for d in (*self.dispatchers.values(), *self.asserts.values())]

    def _lookup(self, t: T.Type, pkg: Any, name: str) -> Any:
        key = (id(t), id(pkg), name)
        got = self._lookups.get(key)
        if got is None:
            got = self._lookups[key] = (t, lookup_field_or_method(t, False, pkg, name))
        return got[1]

    def method_of(self, t: T.Type, method: O.Func) -> tuple[O.Func | None, list[int]]:
        """The method of t's method set matching method, and its embedding path."""
        key = (id(t), id(method))
        got = self._methods_of.get(key)
        if got is None:
            got = self._methods_of[key] = (t, method, self._method_of(t, method))
        return got[2]

    def _method_names(self, t: T.Type) -> frozenset[str]:
        """The names of ir/reach's boxed_method_set(t): a superset of what method_of
        can find on t, cheap to test first."""
        got = self._names.get(id(t))
        if got is None:
            got = self._names[id(t)] = (t, frozenset(m.name for m in boxed_method_set(t)))
        return got[1]

    def _method_of(self, t: T.Type, method: O.Func) -> tuple[O.Func | None, list[int]]:
        obj, index, _ = self._lookup(t, method.pkg, method.name)
        if not isinstance(obj, O.Func):
            return None, []
        if not identical(_plain_sig(obj.type), _plain_sig(method.type)):
            return None, []
        return obj, index

    def receiver(self, g, t: T.Type, path: list[int], recv_t: T.Type) -> str:
        """The receiver argument for a method reached from dynamic type t through
        the embedded fields of path (all but its last entry, the method index)."""
        t_is_ptr = type(LT.underlying(t)) is T.Pointer
        if len(path) == 1:
            if t_is_ptr and type(LT.underlying(recv_t)) is not T.Pointer:
                g.nil_check("%value")
                recv = g.new_tmp()
                g.emit(f"{recv} = load {g.lty(recv_t)}, ptr %value")
                return recv
            if t_is_ptr:
                return "%value"
            return self.unbox(g, t, "%value")
        if t_is_ptr:
            g.nil_check("%value")
            cur, cur_t = "%value", LT.underlying(t).elem
        elif is_direct(t):  # a small value lives in the word: spill it to walk its fields
            cur = g.new_tmp()
            g.entry_allocas.append(f"  {cur} = alloca {g.lty(t)}")
            g.emit(f"store {g.lty(t)} {self.unbox(g, t, '%value')}, ptr {cur}")
            cur_t = t
        else:
            cur, cur_t = "%value", t
        for idx in path[:-1]:
            st = LT.underlying(cur_t)
            field_t = st.fields[idx].type
            addr = g.new_tmp()
            g.emit(f"{addr} = getelementptr inbounds {g.lty(st)}, ptr {cur}, i32 0, i32 {idx}")
            if type(LT.underlying(field_t)) is T.Pointer:
                cur = g.new_tmp()
                g.emit(f"{cur} = load ptr, ptr {addr}")
                g.nil_check(cur)
                cur_t = LT.underlying(field_t).elem
            else:
                cur, cur_t = addr, field_t
        if type(LT.underlying(recv_t)) is T.Pointer:
            return cur
        recv = g.new_tmp()
        g.emit(f"{recv} = load {g.lty(recv_t)}, ptr {cur}")
        return recv

    def dispatch_body(self, d: Dispatcher) -> str:
        from tinypy_go.backend.funcgen import FuncGen

        method = d.method
        sig = method.type
        ret = LT.tuple_type(sig.results)
        params = [LT.llvm_type(p.type) for p in sig.params.vars]
        plist = ", ".join(["ptr %typecode", "ptr %value", *(f"{t} %a{i}" for i, t in enumerate(params))])
        g = FuncGen(self.mg, None, zero_return="ret void" if ret == "void" else f"ret {ret} zeroinitializer")
        g.start_block("entry")
        for n, (_key, (t, _pos)) in enumerate(sorted(self.boxed_types.items())):
            if method.name not in self._method_names(t):
                continue  # (n still numbers the labels as before)
            m, path = self.method_of(t, method)
            fn = method_function(self.mg.prog, m) if m is not None else None  # instances too
            abstract = fn is None and m is not None and len(path) > 1 and _is_iface_method(m)
            if fn is None and not abstract:
                continue
            hit, nxt = f"case{n}", f"next{n}"
            c = g.new_tmp()
            g.emit(f"{c} = icmp eq ptr %typecode, {self.descriptor(t)}")
            g.emit(f"br i1 {c}, label %{hit}, label %{nxt}")
            g.start_block(hit)
            if abstract:  # promoted from an embedded interface field: dispatch again on its value
                self.redispatch(g, t, path, m, params, ret)
                g.start_block(nxt)
                continue
            recv_t = fn.params[0].type if fn.params else m.type.recv.type
            recv = self.receiver(g, t, path, recv_t)
            args = [f"{g.lty(recv_t)} {recv}", *(f"{t2} %a{i}" for i, t2 in enumerate(params)), "ptr undef"]
            call = f"call {ret} {self.mg.func_ref(fn)}({', '.join(args)})"
            if ret == "void":
                g.emit(call)
                g.emit("ret void")
            else:
                r = g.new_tmp()
                g.emit(f"{r} = {call}")
                g.emit(f"ret {ret} {r}")
            g.start_block(nxt)
        g.runtime_call("runtime.panicNilDeref", [])
        if self.mg.unwind:  # the panic unwinds (backend/panics.py): return to the caller, which tests it
            g.emit("ret void" if ret == "void" else f"ret {ret} zeroinitializer")
        else:
            g.emit("unreachable")
        body = [g.lines[0], *g.entry_allocas, *g.lines[1:]]
        return "\n".join([f"define internal {ret} {d.symbol}({plist}, ptr %context) {{", *body, "}"])

    def redispatch(self, g, t: T.Type, path: list[int], m: O.Func, params: list[str], ret: str) -> None:
        """Call m on the interface value in the embedded field that path reaches from t."""
        field_t = t
        for idx in path[:-1]:
            st = LT.underlying(field_t)
            if type(st) is T.Pointer:
                st = LT.underlying(st.elem)
            field_t = st.fields[idx].type
        x = self.receiver(g, t, path, field_t)
        tc, word = g.new_tmp(), g.new_tmp()
        g.emit(f"{tc} = extractvalue {{ptr, ptr}} {x}, 0")
        g.emit(f"{word} = extractvalue {{ptr, ptr}} {x}, 1")
        args = ", ".join([f"ptr {tc}", f"ptr {word}", *(f"{t2} %a{i}" for i, t2 in enumerate(params)), "ptr undef"])
        call = f"call {ret} {self.dispatcher(m)}({args})"
        if ret == "void":
            g.emit(call)
            g.emit("ret void")
        else:
            r = g.new_tmp()
            g.emit(f"{r} = {call}")
            g.emit(f"ret {ret} {r}")

    def _name_const(self, s: str) -> str:
        return self.mg.string_const(s) if s else "{ptr null, i32 0}"

    def missing_body(self, d: Dispatcher) -> str:
        from tinypy_go.backend.funcgen import FuncGen

        iface: T.Type = d.method  # type: ignore[assignment]
        it = LT.underlying(iface)
        methods = sorted(it.all_methods(), key=lambda m: m.name)
        g = FuncGen(self.mg, None)
        g.start_block("entry")
        # size: most boxed types lack the interface's first method, so that answer is the
        # default and only the others (implementers, and types missing a later method) are tested
        default = methods[0].name if methods else ""
        for n, (_key, (t, _pos)) in enumerate(sorted(self.boxed_types.items())):
            missing = ""
            for m in methods:
                obj, _index, _ = self._lookup(t, m.pkg, m.name)
                if not isinstance(obj, O.Func) or not identical(_plain_sig(obj.type), _plain_sig(m.type)):
                    missing = m.name
                    break
            if missing == default:
                continue
            c = g.new_tmp()
            g.emit(f"{c} = icmp eq ptr %typecode, {self.descriptor(t)}")
            g.emit(f"br i1 {c}, label %miss{n}, label %next{n}")
            g.start_block(f"miss{n}")
            g.emit(f"ret {{ptr, i32}} {self._name_const(missing)}")
            g.start_block(f"next{n}")
        # the default answer is also that of types made at run time by reflect (MapOf...)
        from tinypy_go.backend.typedesc import reached

        if default and reached(g.mg, "reflect", "reflect.StructOf"):  # runtime/reflect_makefunc.go
            g.runtime_call("runtime.madeTypeAssert", ["ptr %typecode"])
        g.emit(f"ret {{ptr, i32}} {self._name_const(default)}")
        return "\n".join([f"define internal {{ptr, i32}} {d.symbol}(ptr %typecode, ptr %context) {{", *g.lines,
                          "}"])


def _is_iface_method(m: O.Func) -> bool:
    recv = getattr(m.type, "recv", None)
    return recv is not None and type(LT.underlying(recv.type)) is T.Interface


def _plain_sig(sig: T.Signature) -> T.Signature:
    return T.Signature(sig.params, sig.results, sig.variadic)


def _sym(name: str) -> str:
    return '@"' + name.replace("\\", "\\5C").replace('"', "\\22") + '"'


# ---------------------------------------------------------------- instruction lowering (FuncGen methods)


def lower_make_interface(g, instr) -> None:
    x = instr.x
    ifaces: Interfaces = g.mg.ifaces
    if isinstance(x, _Const) and x.value is None and type(LT.underlying(x.type)) is T.Basic \
            and x.type.kind == T.UNTYPED_NIL:
        g.define(instr, "zeroinitializer")
        return
    ifaces.note_boxed(x.type, instr.pos)
    ifaces.made.setdefault(type_key(x.type), x.type)  # roots of reflect's reach (backend/condreach.py)
    tc = ifaces.descriptor(x.type)
    word = ifaces.box(g, x.type, g.v(x), isinstance(x, _Const))
    a = g.new_tmp()
    g.emit(f"{a} = insertvalue {{ptr, ptr}} undef, ptr {tc}, 0")
    g.emit(f"{g.reg(instr)} = insertvalue {{ptr, ptr}} {a}, ptr {word}, 1")


def lower_type_assert(g, instr) -> None:
    ifaces: Interfaces = g.mg.ifaces
    x = g.v(instr.x)
    tc, word = g.new_tmp(), g.new_tmp()
    g.emit(f"{tc} = extractvalue {{ptr, ptr}} {x}, 0")
    g.emit(f"{word} = extractvalue {{ptr, ptr}} {x}, 1")
    target = instr.asserted
    from_name = g.mg.string_const(display_name(instr.x.type))
    to_name = g.mg.string_const(display_name(target))
    if type(LT.underlying(target)) is T.Interface:
        missing = g.new_tmp()
        g.emit(f"{missing} = call {{ptr, i32}} {ifaces.missing_fn(target)}(ptr {tc}, ptr undef)")
        mlen = g.new_tmp()
        g.emit(f"{mlen} = extractvalue {{ptr, i32}} {missing}, 1")
        isnil, has_all = g.new_tmp(), g.new_tmp()
        g.emit(f"{isnil} = icmp eq ptr {tc}, null")
        g.emit(f"{has_all} = icmp eq i32 {mlen}, 0")
        ok_tmp = g.new_tmp()
        g.emit(f"{ok_tmp} = select i1 {isnil}, i1 false, i1 {has_all}")
        if instr.comma_ok:
            val = g.new_tmp()
            g.emit(f"{val} = select i1 {ok_tmp}, {{ptr, ptr}} {x}, {{ptr, ptr}} zeroinitializer")
            _pair(g, instr, "{ptr, ptr}", val, ok_tmp)
            return
        bad = g.new_tmp()
        g.emit(f"{bad} = xor i1 {ok_tmp}, true")
        g.check(bad, lambda: g.runtime_call("runtime.typeAssertIfaceFail", [
            f"ptr {tc}", f"{{ptr, i32}} {from_name}", f"{{ptr, i32}} {to_name}", f"{{ptr, i32}} {missing}"]))
        g.define(instr, x)
        return
    want = ifaces.descriptor(target)
    ok_tmp = g.new_tmp()
    g.emit(f"{ok_tmp} = icmp eq ptr {tc}, {want}")
    llty = g.lty(target)
    if instr.comma_ok:
        hit, done = g.new_label("assert.ok"), g.new_label("assert.done")
        start = g.label
        g.emit(f"br i1 {ok_tmp}, label %{hit}, label %{done}")
        g.start_block(hit)
        v = ifaces.unbox(g, target, word)
        hit_end = g.label
        g.emit(f"br label %{done}")
        g.start_block(done)
        val = g.new_tmp()
        g.emit(f"{val} = phi {llty} [{v}, %{hit_end}], [zeroinitializer, %{start}]")
        _pair(g, instr, llty, val, ok_tmp)
        return
    bad = g.new_tmp()
    g.emit(f"{bad} = xor i1 {ok_tmp}, true")
    g.check(bad, lambda: g.runtime_call("runtime.typeAssertFail", [
        f"ptr {tc}", f"{{ptr, i32}} {from_name}", f"{{ptr, i32}} {to_name}"]))
    g.define(instr, ifaces.unbox(g, target, word))


def _pair(g, instr, llty: str, val: str, ok: str) -> None:
    a = g.new_tmp()
    g.emit(f"{a} = insertvalue {{{llty}, i1}} undef, {llty} {val}, 0")
    g.emit(f"{g.reg(instr)} = insertvalue {{{llty}, i1}} {a}, i1 {ok}, 1")


def lower_invoke(g, instr) -> None:
    """x.M(args) with x of interface type."""
    call = instr.call
    ifaces: Interfaces = g.mg.ifaces
    x = g.v(call.value)
    tc, word = g.new_tmp(), g.new_tmp()
    g.emit(f"{tc} = extractvalue {{ptr, ptr}} {x}, 0")
    g.emit(f"{word} = extractvalue {{ptr, ptr}} {x}, 1")
    sym = ifaces.dispatcher(call.method)
    ret = LT.tuple_type(call.method.type.results)
    args = ", ".join([f"ptr {tc}", f"ptr {word}", *(g.tv(a) for a in call.args), "ptr undef"])
    if ret == "void":
        g.emit(f"call void {sym}({args})")
        g.define(instr, "undef")
    else:
        g.emit(f"{g.reg(instr)} = call {ret} {sym}({args})")


def interface_compare(g, instr, x: str, y: str) -> None:
    other = _nil_operand(g, instr)
    if other is not None:
        # err != nil: only the type word decides (a non-nil interface always has one);
        # no call, and nothing that can panic
        tc = g.new_tmp()
        g.emit(f"{tc} = extractvalue {{ptr, ptr}} {other}, 0")
        g.emit(f"{g.reg(instr)} = icmp {'eq' if instr.op == '==' else 'ne'} ptr {tc}, null")
        return
    eq = g.runtime_call("runtime.interfaceEqual", [f"{{ptr, ptr}} {x}", f"{{ptr, ptr}} {y}"], "i1")
    panics.after_call(g, None)  # comparing uncomparable dynamic types panics
    if instr.op == "==":
        g.define(instr, eq)
    else:
        g.emit(f"{g.reg(instr)} = xor i1 {eq}, true")


def _nil_operand(g, instr) -> str | None:
    """The LLVM value of the operand compared with a nil interface constant, if one is."""
    if type(instr.y) is _Const and instr.y.value is None:
        return g.v(instr.x)
    if type(instr.x) is _Const and instr.x.value is None:
        return g.v(instr.y)
    return None


from tinypy_go.ir.ssa import Const as _Const  # noqa: E402
