"""Type descriptors laid out as GOROOT's ``internal/abi`` types.

Every dynamic type (interface typecode, reflect) has one constant descriptor
global, an ``abi.Type`` followed by its kind's part (``abi.PtrType``,
``SliceType``, ``ArrayType``, ``ChanType``, ``MapType`` (Key, Elem and
Hasher: our maps are not swiss tables, so Group and its offsets stay 0),
``FuncType`` + its in/out ``*Type`` array, ``StructType``, ``InterfaceType``),
then an ``abi.UncommonType`` (+ ``[Mcount]abi.Method``) for defined types.
GOROOT's ``reflect`` and ``internal/reflectlite`` compile unchanged and read
them; so does our runtime (``runtime/typedesc.go``).

Field offsets come from the checked ``internal/abi`` struct types through
``llvmtypes.layout`` (the runtime imports ``internal/abi``, so it is always
loaded): if the layout of a field type changes (func values), descriptors
follow.  A descriptor is emitted as a packed LLVM struct with explicit
padding at those offsets.

Conventions (wasm32, see runtime/typedesc.go):
- ``NameOff``/``TypeOff``/``TextOff`` hold absolute addresses (the runtime's
  resolveNameOff/resolveTypeOff return them as pointers); 0 means none.
- ``Str`` is an ``abi.Name`` holding the exact type string (no ExtraStar).
- ``Equal`` is a func value (a constant closure object, closures.static_funcval)
  of the shape-shared equality function of ``backend/typefuncs.py`` (same
  signature); nil for incomparable types.  ``MapType.Hasher`` likewise uses
  the key's hash function.  ``GCData`` is gc's pointer bitmap (one bit per
  word up to ``PtrBytes``): reflect's ArrayOf/StructOf read it.
- ``TFlag`` has ``TFlagDirectIface`` for gc's direct types (interfaces.is_direct).
- ``PtrToThis`` is filled whenever ``*T`` has a descriptor too.
- Uncommon method tables (``Mcount`` > 0) are emitted only when reflect can
  read them: when ``internal/abi.(*UncommonType).Methods`` or
  ``ExportedMethods`` is reachable.  Otherwise defined types get an
  UncommonType with only PkgPath (reflect's PkgPath/Name need it).
  ``Method.Ifn``/``Tfn`` are filled (``reflectcall.method_text``) only when
  reflect can call methods (``reflectcall.methods_callable``), else 0.
  ``Mtyp`` is filled only when something can read it (``_MTYP_READERS``:
  implements, ``Type.Method``, StructOf, or callable methods); without such a
  reader the ``[Mcount]Method`` array itself is left out, only the counts stay
  (``NumMethod`` is all fmt's ``Value.Elem``/``valueInterface`` need).
- The typelinks table (all descriptors sorted by type string) is emitted only
  when the runtime's ``typelinksTable`` is reachable (reflect.typelinks).
- Once reflect's or reflectlite's ``packEface`` (Value.Interface) is reachable,
  every described type may become an interface's dynamic type at run time:
  all of them are noted as boxed (the method dispatchers cover them), and
  ``*T`` of each defined type with methods gets a descriptor (PtrToThis), so
  ``Value.Addr().Interface()`` yields a type the dispatchers know.

Descriptors are requested while functions are lowered (``Interfaces.descriptor``)
and their contents are emitted after the worklist fixpoint (``finish_round``
prepares everything a descriptor refers to, which may reach more functions).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tinypy_go.backend import llvmtypes as LT
from tinypy_go.backend import reflectcall
from tinypy_go.backend.closures import static_funcval
from tinypy_go.backend.codegen import symbol
from tinypy_go.backend.typenames import go_type_string, method_order, type_key
from tinypy_go.errors import InternalCompilerError
from tinypy_go.frontend.types import objects as O
from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.lookup import lookup_field_or_method, method_set_names
from tinypy_go.frontend.types.predicates import comparable
from tinypy_go.ir.conditions import MTYP_READERS as _MTYP_READERS
from tinypy_go.ir.conditions import TYPELINKS_FN
from tinypy_go.ir.generics import method_function
from tinypy_go.ir.layout import direct_path

if TYPE_CHECKING:
    from tinypy_go.backend.codegen import ModuleGen

# abi.Kind numbers
_BASIC_KIND = {
    T.BOOL: 1, T.INT: 2, T.INT8: 3, T.INT16: 4, T.INT32: 5, T.INT64: 6, T.UINT: 7, T.UINT8: 8,
    T.UINT16: 9, T.UINT32: 10, T.UINT64: 11, T.UINTPTR: 12, T.FLOAT32: 13, T.FLOAT64: 14,
    T.COMPLEX64: 15, T.COMPLEX128: 16, T.STRING: 24, T.UNSAFE_POINTER: 26,
}
_COMPOSITE_KIND = {T.Array: 17, T.Chan: 18, T.Signature: 19, T.Interface: 20, T.Map: 21, T.Pointer: 22,
                   T.Slice: 23, T.Struct: 25}
TFLAG_UNCOMMON, TFLAG_NAMED, TFLAG_REGULAR_MEMORY, TFLAG_DIRECT_IFACE = 1, 4, 8, 1 << 5

# functions whose reachability means reflect reads method tables / typelinks
_METHOD_READERS = ("(*internal/abi.UncommonType).Methods", "(*internal/abi.UncommonType).ExportedMethods")
# reflect's Value.Interface: once reachable, any type with a descriptor can become an
# interface's dynamic type at run time, so the dispatchers must cover it (RTA)
_PACKERS = ("reflect", "internal/reflectlite")


def reached(mg: ModuleGen, pkgpath: str, name: str) -> bool:
    """Whether function name of package pkgpath has been scheduled for lowering."""
    p = mg.prog.packages.get(pkgpath)
    fn = p.functions.get(name) if p is not None else None
    return fn is not None and id(fn) in mg.queued


def kind_of(t: T.Type) -> int:
    u = LT.underlying(t)
    if type(u) is T.Basic:
        return _BASIC_KIND.get(u.kind, 0)
    return _COMPOSITE_KIND.get(type(u), 0)


def is_direct(t: T.Type) -> bool:
    """gc's rule: only pointer-shaped values live in the interface word."""
    return direct_path(t) is not None


def fnv1a(s: bytes) -> int:
    h = 0x811C9DC5
    for b in s:
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n == 0:
            out.append(b)
            return bytes(out)
        out.append(b | 0x80)


def encode_name(name: str, tag: str = "", exported: bool = False, embedded: bool = False) -> bytes:
    """abi.Name bytes: flags, varint length, name, [varint length, tag]."""
    nb = name.encode("utf-8", "surrogateescape")
    tb = tag.encode("utf-8", "surrogateescape")
    flags = (1 if exported else 0) | (2 if tb else 0) | (8 if embedded else 0)
    data = bytes([flags]) + _varint(len(nb)) + nb
    if tb:
        data += _varint(len(tb)) + tb
    return data


# ---------------------------------------------------------------- layout of internal/abi


class AbiLayout:
    """Field offsets and types of internal/abi's struct types, from the checker."""

    def __init__(self, mg: ModuleGen):
        pkg = mg.prog.packages.get("internal/abi")
        if pkg is None or pkg.types_pkg is None:
            raise InternalCompilerError(None, "internal/abi is not loaded (the runtime imports it)")
        self.scope = pkg.types_pkg.scope
        self.mg = mg
        self.cache: dict[str, tuple[dict[str, tuple[int, T.Type]], int]] = {}

    def type(self, name: str) -> T.Type:
        obj = self.scope.lookup(name)
        if obj is None:
            raise InternalCompilerError(None, f"internal/abi.{name} is missing")
        return obj.type

    def fields(self, name: str) -> tuple[dict[str, tuple[int, T.Type]], int]:
        """({field: (offset, type)}, size); embedded Type's fields are flattened."""
        got = self.cache.get(name)
        if got is not None:
            return got
        st = LT.underlying(self.type(name))
        out: dict[str, tuple[int, T.Type]] = {}
        off = 0
        for i, f in enumerate(st.fields):
            size, align = LT.layout(f.type)
            off = (off + align - 1) // align * align
            fname = f.name if f.name != "_" else f"_{i}"
            out[fname] = (off, f.type)
            if f.embedded and type(T.unalias(f.type)) is T.Named:
                sub, _ = self.fields(T.unalias(f.type).obj.name)
                for k, (o, ft) in sub.items():
                    out.setdefault(k, (off + o, ft))
            off += size
        size, _ = LT.layout(st)
        self.cache[name] = (out, size)
        return out, size

    def size(self, name: str) -> int:
        return self.fields(name)[1]


class Blob:
    """A constant laid out at explicit byte offsets: a packed LLVM struct."""

    def __init__(self, lay: AbiLayout, struct: str, base: int = 0):
        self.items: list[tuple[int, str, str]] = []  # (offset, llvm type, value)
        self.lay = lay
        self.set_struct(struct, base)

    def set_struct(self, struct: str, base: int) -> None:
        self.struct, self.base = struct, base

    def put(self, fname: str, value) -> None:
        fields, _ = self.lay.fields(self.struct)
        off, ft = fields[fname]
        self.put_at(self.base + off, ft, value)

    def put_at(self, off: int, ft: T.Type, value) -> None:
        llty = LT.llvm_type(ft)
        self.items.append((off, llty, _const(self.lay.mg, llty, value)))

    def raw(self, off: int, llty: str, value: str) -> None:
        self.items.append((off, llty, value))

    def text(self, size: int) -> str:
        types, vals = [], []
        pos = 0
        for off, llty, val in sorted(self.items, key=lambda it: it[0]):
            if off < pos:
                raise InternalCompilerError(None, f"overlapping descriptor fields at {off}")
            if off > pos:
                types.append(f"[{off - pos} x i8]")
                vals.append(f"[{off - pos} x i8] zeroinitializer")
            types.append(llty)
            vals.append(f"{llty} {val}")
            pos = off + _llsize(llty)
        if size > pos:
            types.append(f"[{size - pos} x i8]")
            vals.append(f"[{size - pos} x i8] zeroinitializer")
        return f"<{{{', '.join(types)}}}> <{{{', '.join(vals)}}}>"


def _llsize(llty: str) -> int:
    if llty.startswith("i") and llty[1:].isdigit():
        return int(llty[1:]) // 8
    if llty.startswith("{"):
        return sum(_llsize(p.strip()) for p in llty[1:-1].split(","))
    return 4  # ptr


def _const(mg, llty: str, value) -> str:
    """LLVM constant text of value for a field of LLVM type llty.
    value: int; symbol str / None (pointer); ("off", sym) address as int32;
    ("slice", sym, n); ("func", sym)."""
    if isinstance(value, tuple):
        tag = value[0]
        if tag == "off":
            return f"ptrtoint (ptr {value[1]} to i32)" if value[1] else "0"
        if tag == "slice":
            sym, n = value[1], value[2]
            if not n:
                return "zeroinitializer"
            return f"{{ptr {sym}, i32 {n}, i32 {n}}}"
        if tag == "func":
            return static_funcval(mg, value[1]) if value[1] else "null"
        raise AssertionError(value)
    if llty.startswith("i"):
        return str(int(value))
    if llty == "ptr":
        return value or "null"
    if llty == "{ptr}":
        return f"{{ptr {value or 'null'}}}"
    raise AssertionError((llty, value))


# ---------------------------------------------------------------- descriptors


@dataclass(slots=True)
class Desc:
    t: T.Type
    sym: str
    string: str
    prepared: bool = False
    methods: list | None = None  # [(O.Func, Mtyp symbol or None while dead)] when the uncommon part lists methods
    texts: list | None = None  # [(Ifn, Tfn) symbols or None] per method (backend/reflectcall.py)


@dataclass(slots=True)
class TypeDescs:
    mg: ModuleGen
    descs: dict[str, Desc] = field(default_factory=dict)  # type key -> descriptor
    names: dict[bytes, str] = field(default_factory=dict)
    want_methods: bool = False
    reflect_boxes: bool = False  # reflect can make interface values of any described type
    want_texts: bool = False  # reflect can call methods: fill Method.Ifn/Tfn
    _mtyp_seen: bool = False  # an Mtyp reader (_MTYP_READERS) is reachable
    _lay: AbiLayout | None = None
    _method_descs: dict[str, Desc] = field(default_factory=dict)  # descriptors listing methods

    @property
    def lay(self) -> AbiLayout:
        if self._lay is None:
            self._lay = AbiLayout(self.mg)
        return self._lay

    def ref(self, t: T.Type) -> str:
        """The symbol of t's descriptor (emitted at the end)."""
        if type(t) is T.Signature and t.recv is not None:
            # a method expression's value converted as is: its func type takes the receiver first
            t = T.Signature(T.Tuple([t.recv, *t.params.vars]), t.results, t.variadic)
        key = type_key(t)
        d = self.descs.get(key)
        if d is None:
            d = Desc(t, _sym("type:" + key), go_type_string(t))
            self.descs[key] = d
        return d.sym

    def name(self, data: bytes) -> str:
        sym = self.names.get(data)
        if sym is None:
            sym = f"@.typename.{LT.content_id(data)}"
            self.names[data] = sym
            from tinypy_go.backend.codegen import _escape_bytes

            self.mg.globals.append(f"{sym} = private unnamed_addr constant [{len(data)} x i8] "
                                   f"c\"{_escape_bytes(data)}\", align 1")
        return sym

    # ------------------------------------------------------------ fixpoint

    def finish_round(self) -> bool:
        """Prepare every descriptor (create what it refers to); True if anything changed."""
        changed = False
        if not self.reflect_boxes and any(reached(self.mg, p, p + ".packEface") for p in _PACKERS):
            self.reflect_boxes = True
            for d in self.descs.values():
                d.prepared = False
        if not self.want_methods and any(self._reached(n) for n in _METHOD_READERS):
            self.want_methods = True
            for d in self.descs.values():
                d.prepared = False
        if self.want_methods and not self.want_texts and reflectcall.methods_callable(self.mg):
            self.want_texts = True
            for d in self.descs.values():
                d.prepared = False
        while True:
            todo = [d for d in self.descs.values() if not d.prepared]
            if not todo:
                if not self._revive_methods():
                    return changed
                changed = True
                continue
            changed = True
            for d in todo:
                d.prepared = True
                self._prepare(d)

    def _reached(self, name: str) -> bool:
        return reached(self.mg, "internal/abi", name)

    def _prepare(self, d: Desc) -> None:
        t = d.t
        u = LT.underlying(t)
        k = type(u)
        if comparable(t):
            self.mg.ifaces.equal_fn(t)
        if k in (T.Pointer, T.Slice, T.Chan):
            self.ref(u.elem)
        elif k is T.Array:
            self.ref(u.elem)
            self.ref(T.Slice(u.elem))
        elif k is T.Map:
            self.ref(u.key)
            self.ref(u.elem)
            from tinypy_go.backend.typefuncs import UnsupportedKey, type_hash_fn

            try:
                type_hash_fn(self.mg, u.key)
            except UnsupportedKey:
                pass
        elif k is T.Signature:
            for v in (*u.params.vars, *u.results.vars):
                self.ref(v.type)
        elif k is T.Struct:
            for f in u.fields:
                self.ref(f.type)
        elif k is T.Interface:
            for m in u.all_methods():
                self.ref(_plain(m.type))
        if self.reflect_boxes and type(LT.underlying(t)) is not T.Interface:
            self.mg.ifaces.note_boxed(t, 0)
            base = T.unalias(t)
            if type(base) is T.Named and base.obj.pkg is not None and self._has_ptr_methods(base):
                self.ref(T.Pointer(base))  # reflect's PointerTo finds it (PtrToThis)
        d.methods = d.texts = None
        self._method_descs.pop(d.sym, None)
        if self.want_methods:
            ms = self._method_list(t)
            if ms:  # entries start dead: _revive_methods
                d.methods = [(m, None) for m in ms]
                d.texts = [None] * len(ms)
                self._method_descs[d.sym] = d

    def _revive_methods(self) -> bool:
        """gc's linker rule for method tables: an entry is live (gets its Mtyp, and
        Ifn/Tfn when reflect can call methods) only when the program reaches the method
        (a direct call or an interface dispatcher), when an interface type with a
        descriptor names it, or, if reflect can call methods, when it is exported.
        Dead entries keep their name only (reflect's typeOff(0) is nil), so a method
        table doesn't drag in every method's code and parameter types."""
        revived = False
        if not self._mtyp_read():
            return False
        from tinypy_go.backend.interfaces import method_key

        # a method an interface type of the program names can satisfy it at run
        # time (reflect's implements, errors.As with an interface target), as in
        # gc, whether or not anything calls it
        named = {method_key(m) for d in list(self.descs.values()) if type(LT.underlying(d.t)) is T.Interface
                 for m in LT.underlying(d.t).all_methods()}
        for d in list(self._method_descs.values()):
            for i, (m, mtyp) in enumerate(d.methods):
                if mtyp is not None:
                    continue
                if not (self.want_texts and m.exported()) and method_key(m) not in named:
                    fn = method_function(self.mg.prog, m)
                    if fn is None or id(fn) not in self.mg.queued:
                        continue
                d.methods[i] = (m, self.ref(_plain(m.type)))
                if self.want_texts:
                    d.texts[i] = reflectcall.method_text(self.mg, d.t, m)
                revived = True
        return revived

    def _mtyp_read(self) -> bool:
        """Can anything read a method's Mtyp (so live entries need it)?"""
        if self.want_texts:
            return True
        if not self._mtyp_seen:
            self._mtyp_seen = any(reached(self.mg, p, n) for p, n in _MTYP_READERS)
        return self._mtyp_seen

    @staticmethod
    def _has_ptr_methods(t: T.Named) -> bool:
        return bool(t.orig.methods) and type(LT.underlying(t)) is not T.Interface

    def _method_list(self, t: T.Type) -> list[O.Func]:
        t = T.unalias(t)
        base = t.elem if type(t) is T.Pointer else t
        if type(T.unalias(base)) is not T.Named or type(LT.underlying(t)) is T.Interface:
            return []
        out = []
        for m in method_set_names(t):
            obj, _index, _ = lookup_field_or_method(t, False, m.pkg, m.name)
            if isinstance(obj, O.Func) and not (isinstance(obj.type, T.Signature) and obj.type.type_params):
                # (generic methods are in no method table: they have no single function)
                out.append(obj)
        return sorted(out, key=method_order)

    # ------------------------------------------------------------ emission

    def emit(self) -> list[str]:
        """The descriptor globals (after the fixpoint: the set is complete), and the
        typelinks table with runtime.typelinksTable's body if that is reachable."""
        out = [self._emit_one(d) for d in self.descs.values()]
        if TYPELINKS_FN in self.mg.intrinsics_used:
            sym, n = self.typelinks()
            self.mg.bodies.append(f"define internal {{ptr, i32}} {symbol(TYPELINKS_FN)}(ptr %context) {{\n"
                                  f"entry:\n  ret {{ptr, i32}} {{ptr {sym}, i32 {n}}}\n}}")
        return out

    def _emit_one(self, d: Desc) -> str:
        lay = self.lay
        t = d.t
        u = LT.underlying(t)
        k = type(u)
        kind_struct = {T.Pointer: "PtrType", T.Slice: "SliceType", T.Array: "ArrayType", T.Chan: "ChanType",
                       T.Map: "MapType", T.Signature: "FuncType", T.Struct: "StructType",
                       T.Interface: "InterfaceType"}.get(k, "Type")
        b = Blob(lay, "Type")
        size, align = LT.layout(t)
        named = type(T.unalias(t)) is T.Named
        # predeclared types are named too (reflect's Name), but have no uncommon part:
        # the runtime prints a panic value as T(v) only for types with one (typedesc.go)
        uncommon = (named and T.unalias(t).obj.pkg is not None) or bool(d.methods)
        named = named or type(T.unalias(t)) is T.Basic
        tflag = (TFLAG_UNCOMMON if uncommon else 0) | (TFLAG_NAMED if named else 0)
        equal = ""
        if comparable(t):
            from tinypy_go.backend.typefuncs import _shape

            equal = self.mg.ifaces.equal_fn(t)
            s = _shape(t, "")
            if s.kind == "mem":
                tflag |= TFLAG_REGULAR_MEMORY
        if is_direct(t):
            tflag |= TFLAG_DIRECT_IFACE
        kind = kind_of(t)
        b.put("Size_", size)
        b.put("PtrBytes", ptr_bytes(t))
        b.put("Hash", fnv1a(d.string.encode("utf-8", "surrogateescape")))
        b.put("TFlag", tflag)
        b.put("Align_", align)
        b.put("FieldAlign_", align)
        b.put("Kind_", kind)
        b.put("Equal", ("func", equal))
        if ptr_bytes(t):
            b.put("GCData", self.name(gc_mask(t)))
        b.put("Str", ("off", self.name(encode_name(d.string))))
        ptr = self.descs.get("*" + type_key(t))
        b.put("PtrToThis", ("off", ptr.sym if ptr is not None else None))
        b.set_struct(kind_struct, 0)
        trailing: list[str] = []  # FuncType's in/out types, after the uncommon part
        if k in (T.Pointer, T.Slice):
            b.put("Elem", self.ref(u.elem))
        elif k is T.Array:
            b.put("Elem", self.ref(u.elem))
            b.put("Slice", self.ref(T.Slice(u.elem)))
            b.put("Len", u.len)
        elif k is T.Chan:
            b.put("Elem", self.ref(u.elem))
            b.put("Dir", {T.RECV_ONLY: 1, T.SEND_ONLY: 2}.get(u.dir, 3))
        elif k is T.Map:
            from tinypy_go.backend.typefuncs import UnsupportedKey, type_hash_fn

            b.put("Key", self.ref(u.key))
            b.put("Elem", self.ref(u.elem))
            try:
                b.put("Hasher", ("func", type_hash_fn(self.mg, u.key)))
            except UnsupportedKey:
                pass
        elif k is T.Signature:
            b.put("InCount", len(u.params.vars))
            b.put("OutCount", len(u.results.vars) | (0x8000 if u.variadic else 0))
            trailing = [self.ref(v.type) for v in (*u.params.vars, *u.results.vars)]
        elif k is T.Struct:
            pkgpath = next((f.pkg.path for f in u.fields if not f.exported() and f.pkg is not None), "")
            if pkgpath:
                b.put("PkgPath", self.name(encode_name(pkgpath)))
            if u.fields:
                b.put("Fields", ("slice", self._struct_fields(d, u), len(u.fields)))
        elif k is T.Interface:
            ms = sorted(u.all_methods(), key=method_order)
            pkgpath = next((m.pkg.path for m in ms if not m.exported() and m.pkg is not None), "")
            if pkgpath:
                b.put("PkgPath", self.name(encode_name(pkgpath)))
            if ms:
                b.put("Methods", ("slice", self._imethods(d, ms), len(ms)))
        _, ksize = lay.fields(kind_struct)
        usize = lay.size("UncommonType")
        total = ksize
        if uncommon:
            uoff = (ksize + 3) // 4 * 4
            methods = d.methods or []
            msize = lay.size("Method")
            moff = usize + len(trailing) * 4  # methods after the func in/out array
            b.set_struct("UncommonType", uoff)
            tt = T.unalias(t)
            obj = tt.obj if type(tt) is T.Named else T.unalias(tt.elem).obj
            if obj.pkg is not None:
                b.put("PkgPath", ("off", self.name(encode_name(obj.pkg.path))))
            b.put("Mcount", len(methods))
            b.put("Xcount", sum(1 for m, _ in methods if m.exported()))
            b.put("Moff", moff if methods else 0)
            total = uoff + usize
            tail = total
            for i, sym in enumerate(trailing):
                b.raw(tail + 4 * i, "ptr", sym)
            total = tail + 4 * len(trailing)
            b.set_struct("Method", 0)
            mfields, _ = lay.fields("Method")
            if not self._mtyp_read():
                # nothing reachable reads the entries (reflect's Method, implements,
                # StructOf, method values): NumMethod needs only the counts, so the
                # [Mcount]Method array is left out (ExportedMethods slices past the end)
                methods = []
            for i, (m, mtyp) in enumerate(methods):
                base = uoff + moff + i * msize
                b.put_at(base + mfields["Name"][0], mfields["Name"][1],
                         ("off", self.name(encode_name(m.name, exported=m.exported()))))
                if mtyp is not None:
                    b.put_at(base + mfields["Mtyp"][0], mfields["Mtyp"][1], ("off", mtyp))
                texts = d.texts[i] if d.texts else None
                if texts is not None:  # code pointers of the method wrappers (backend/reflectcall.py)
                    b.put_at(base + mfields["Ifn"][0], mfields["Ifn"][1], ("off", texts[0]))
                    b.put_at(base + mfields["Tfn"][0], mfields["Tfn"][1], ("off", texts[1]))
            total += len(methods) * msize
        else:
            tail = (ksize + 3) // 4 * 4
            for i, sym in enumerate(trailing):
                b.raw(tail + 4 * i, "ptr", sym)
            total = tail + 4 * len(trailing)
        return f"{d.sym} = internal constant {b.text(total)}, align 4"

    def _struct_fields(self, d: Desc, st: T.Struct) -> str:
        lay = self.lay
        fsize = lay.size("StructField")
        sym = d.sym[:-1] + '.fields"'
        b = Blob(lay, "StructField")
        off = 0
        for i, f in enumerate(st.fields):
            size, align = LT.layout(f.type)
            off = (off + align - 1) // align * align
            b.set_struct("StructField", i * fsize)
            b.put("Name", self.name(encode_name(f.name, st.tag(i), f.exported(), f.embedded)))
            b.put("Typ", self.ref(f.type))
            b.put("Offset", off)
            off += size
        self.mg.globals.append(f"{sym} = internal constant {b.text(fsize * len(st.fields))}, align 4")
        return sym

    def _imethods(self, d: Desc, ms: list[O.Func]) -> str:
        lay = self.lay
        isize = lay.size("Imethod")
        sym = d.sym[:-1] + '.imethods"'
        b = Blob(lay, "Imethod")
        for i, m in enumerate(ms):
            b.set_struct("Imethod", i * isize)
            b.put("Name", ("off", self.name(encode_name(m.name, exported=m.exported()))))
            b.put("Typ", ("off", self.ref(_plain(m.type))))
        self.mg.globals.append(f"{sym} = internal constant {b.text(isize * len(ms))}, align 4")
        return sym

    def typelinks(self) -> tuple[str, int]:
        """``[N x ptr]`` of all descriptors sorted by type string, as a global; returns its symbol."""
        ds = sorted(self.descs.values(), key=lambda d: d.string.encode("utf-8", "surrogateescape"))
        sym = symbol("tinypy.typelinks")
        items = ", ".join(f"ptr {d.sym}" for d in ds)
        self.mg.globals.append(f"{sym} = internal constant [{len(ds)} x ptr] [{items}], align 4")
        return sym, len(ds)


def _plain(sig: T.Signature) -> T.Signature:
    return T.Signature(sig.params, sig.results, sig.variadic)


def pointer_words(t: T.Type, base: int, out: set[int]) -> None:
    """Add the indices of the 4-byte words of t (at byte offset base) that hold pointers."""
    u = LT.underlying(t)
    k = type(u)
    if k is T.Basic:
        if u.kind in (T.STRING, T.UNSAFE_POINTER):
            out.add(base // 4)
    elif k in (T.Pointer, T.Map, T.Chan, T.Slice, T.Signature):
        out.add(base // 4)
    elif k is T.Interface:
        out.update((base // 4, base // 4 + 1))
    elif k is T.Array:
        if ptr_bytes(u.elem):
            esize = LT.sizeof(u.elem)
            for i in range(u.len):
                pointer_words(u.elem, base + i * esize, out)
    elif k is T.Struct:
        off = 0
        for f in u.fields:
            size, align = LT.layout(f.type)
            off = (off + align - 1) // align * align
            pointer_words(f.type, base + off, out)
            off += size


def gc_mask(t: T.Type) -> bytes:
    """gc's pointer bitmap (one bit per word up to PtrBytes): reflect's ArrayOf/StructOf read it."""
    words: set[int] = set()
    pointer_words(t, 0, words)
    n = (ptr_bytes(t) // 4 + 7) // 8
    mask = bytearray(n)
    for w in words:
        if w // 8 < n:
            mask[w // 8] |= 1 << (w % 8)
    return bytes(mask)


def ptr_bytes(t: T.Type) -> int:
    """Length of the prefix of t's memory that can hold pointers."""
    u = LT.underlying(t)
    k = type(u)
    if k is T.Basic:
        return 4 if u.kind in (T.STRING, T.UNSAFE_POINTER) else 0
    if k in (T.Pointer, T.Map, T.Chan, T.Slice, T.Signature):
        return 4
    if k is T.Interface:
        return 8
    if k is T.Array:
        if u.len == 0:
            return 0
        e = ptr_bytes(u.elem)
        return 0 if e == 0 else (u.len - 1) * LT.sizeof(u.elem) + e
    if k is T.Struct:
        off, last = 0, 0
        for f in u.fields:
            size, align = LT.layout(f.type)
            off = (off + align - 1) // align * align
            p = ptr_bytes(f.type)
            if p:
                last = off + p
            off += size
        return last
    return 0


def _sym(name: str) -> str:
    return '@"' + name.replace("\\", "\\5C").replace('"', "\\22") + '"'
