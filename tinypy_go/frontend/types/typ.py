"""Go types, shaped like go/types.

Types are compared by identity only when they are the same object; use
``predicates.identical`` for Go type identity.  Every class has
``underlying()``; only Named, TypeParam and Alias differ from themselves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tinypy_go.frontend.types.objects import Func, TypeName, Var

# ---------------------------------------------------------------- basic kinds

INVALID = 0
BOOL = 1
INT = 2
INT8 = 3
INT16 = 4
INT32 = 5
INT64 = 6
UINT = 7
UINT8 = 8
UINT16 = 9
UINT32 = 10
UINT64 = 11
UINTPTR = 12
FLOAT32 = 13
FLOAT64 = 14
COMPLEX64 = 15
COMPLEX128 = 16
STRING = 17
UNSAFE_POINTER = 18
UNTYPED_BOOL = 19
UNTYPED_INT = 20
UNTYPED_RUNE = 21
UNTYPED_FLOAT = 22
UNTYPED_COMPLEX = 23
UNTYPED_STRING = 24
UNTYPED_NIL = 25
BYTE = UINT8
RUNE = INT32

IS_BOOLEAN = 1
IS_INTEGER = 2
IS_UNSIGNED = 4
IS_FLOAT = 8
IS_COMPLEX = 16
IS_STRING = 32
IS_UNTYPED = 64
IS_ORDERED = IS_INTEGER | IS_FLOAT | IS_STRING
IS_NUMERIC = IS_INTEGER | IS_FLOAT | IS_COMPLEX
IS_CONST_TYPE = IS_BOOLEAN | IS_NUMERIC | IS_STRING


class Type:
    __slots__ = ()

    def underlying(self) -> Type:
        return self

    def __str__(self) -> str:
        from tinypy_go.frontend.types.typestring import type_string

        return type_string(self)

    __repr__ = __str__


class Basic(Type):
    __slots__ = ("kind", "info", "name")

    def __init__(self, kind: int, info: int, name: str):
        self.kind = kind
        self.info = info
        self.name = name


class Pointer(Type):
    __slots__ = ("elem",)

    def __init__(self, elem: Type):
        self.elem = elem


class Slice(Type):
    __slots__ = ("elem",)

    def __init__(self, elem: Type):
        self.elem = elem


class Array(Type):
    """len is -1 when unknown (erroneous length expression)."""

    __slots__ = ("elem", "len")

    def __init__(self, elem: Type, length: int):
        self.elem = elem
        self.len = length


class Map(Type):
    __slots__ = ("key", "elem")

    def __init__(self, key: Type, elem: Type):
        self.key = key
        self.elem = elem


SEND_RECV = 0
SEND_ONLY = 1
RECV_ONLY = 2


class Chan(Type):
    __slots__ = ("dir", "elem")

    def __init__(self, dir: int, elem: Type):
        self.dir = dir  # SEND_RECV, SEND_ONLY or RECV_ONLY
        self.elem = elem


class Struct(Type):
    __slots__ = ("fields", "tags", "_index")

    def __init__(self, fields: list[Var], tags: list[str] | None = None):
        self.fields = fields
        self.tags = tags if tags is not None else []  # the checker appends to its list after construction
        self._index: dict[str, int] | None = None

    def tag(self, i: int) -> str:
        return self.tags[i] if i < len(self.tags) else ""

    def field_indices(self, name: str) -> list[int]:
        c = self._index
        if c is None or len(c.get("\x00n", ())) != len(self.fields):
            c = {}
            for i, f in enumerate(self.fields):
                c.setdefault(f.name, []).append(i)
            c["\x00n"] = list(range(len(self.fields)))
            self._index = c
        return c.get(name, _EMPTY)

    def num_fields(self) -> int:
        return len(self.fields)


class Tuple(Type):
    __slots__ = ("vars",)

    def __init__(self, vars: list[Var] | None = None):
        self.vars = vars or []

    def __len__(self) -> int:
        return len(self.vars)

    def at(self, i: int) -> Var:
        return self.vars[i]


EMPTY_TUPLE = Tuple()


class Signature(Type):
    """A function type.  recv is set for methods; variadic means the last
    parameter has a slice type ``[]T`` written ``...T``."""

    __slots__ = ("recv", "params", "results", "variadic", "type_params", "recv_type_params", "scope")

    def __init__(self, params: Tuple | None = None, results: Tuple | None = None, variadic: bool = False,
                 recv: Var | None = None, type_params: list[TypeParam] | None = None):
        self.recv = recv
        self.params = params or EMPTY_TUPLE
        self.results = results or EMPTY_TUPLE
        self.variadic = variadic
        self.type_params = type_params or []
        self.recv_type_params: list[TypeParam] = []
        self.scope = None


class Term:
    """One ``~T`` or ``T`` in a union."""

    __slots__ = ("tilde", "type")

    def __init__(self, tilde: bool, type: Type):
        self.tilde = tilde
        self.type = type

    def __repr__(self) -> str:
        return ("~" if self.tilde else "") + str(self.type)


class Union(Type):
    __slots__ = ("terms",)

    def __init__(self, terms: list[Term]):
        self.terms = terms


class Interface(Type):
    """methods are the explicitly declared ones; embeddeds the embedded
    elements.  The type set (all methods, term list) is computed lazily."""

    __slots__ = ("methods", "embeddeds", "implicit", "_tset", "complete", "embed_pos")

    def __init__(self, methods: list[Func] | None = None, embeddeds: list[Type] | None = None):
        self.methods = methods or []
        self.embeddeds = embeddeds or []
        self.embed_pos: list[int] = []
        self.implicit = False  # constraint written as a bare union/type: [T ~int]
        self._tset = None
        self.complete = False

    def type_set(self):
        from tinypy_go.frontend.types.typeset import compute_interface_type_set

        ts = self._tset
        if ts is None:
            ts = compute_interface_type_set(self)
        return ts

    def all_methods(self) -> list[Func]:
        return self.type_set().methods

    def num_methods(self) -> int:
        return len(self.type_set().methods)

    def empty(self) -> bool:
        return self.type_set().is_all()

    def is_comparable(self) -> bool:
        return self.type_set().is_comparable(None)

    def is_method_set(self) -> bool:
        """True for a basic interface (no type terms, not comparable)."""
        return self.type_set().is_method_set()


_EMPTY: list = []


class Named(Type):
    """A defined type.  For an instance, orig is the generic type and
    type_args the arguments; methods are then the origin's (instantiated on
    demand by lookup)."""

    __slots__ = ("obj", "_underlying", "methods", "type_params", "type_args", "orig", "_resolver",
                 "_inst_methods", "check", "rhs", "_mcache")

    def __init__(self, obj: TypeName | None, underlying: Type | None = None, methods: list[Func] | None = None):
        self.obj = obj
        self._underlying = underlying
        self.methods: list[Func] = methods if methods is not None else []
        self.type_params: list[TypeParam] = []
        self.type_args: list[Type] = []
        self.orig: Named = self
        self._resolver = None  # callable computing the underlying type of an instance
        self._inst_methods: dict[int, Func] | None = None
        self.check = None
        self.rhs: Type | None = None  # the declared right-hand side (for cycle checks)
        self._mcache: dict[str, list[int]] | None = None
        if obj is not None and obj.type is None:
            obj.type = self

    def underlying(self) -> Type:
        u = self._underlying
        if u is None:
            r = self._resolver
            if r is None or self.orig._underlying is None:
                return TYP[INVALID]  # not (yet) known: the generic type is still being declared
            self._resolver = None
            u = r(self)
            self._underlying = u
        return u

    def set_underlying(self, u: Type) -> None:
        self._underlying = u

    def origin(self) -> Named:
        return self.orig

    def num_methods(self) -> int:
        return len(self.orig.methods)

    def method(self, i: int) -> Func:
        if self.orig is self:
            return self.methods[i]
        from tinypy_go.frontend.types.instantiate import instance_method

        return instance_method(self, i)

    def add_method(self, m: Func) -> None:
        self.methods.append(m)
        self._mcache = None

    def method_indices(self, name: str) -> list[int]:
        """Indices of the (origin's) methods called name (fast lookup)."""
        c = getattr(self, "_mcache", None)  # tolerate Named objects made with __new__ elsewhere
        if c is None or len(c.get("\x00n", ())) != len(self.methods):
            c = {}
            for i, m in enumerate(self.methods):
                c.setdefault(m.name, []).append(i)
            c["\x00n"] = list(range(len(self.methods)))
            self._mcache = c
        return c.get(name, _EMPTY)


class TypeParam(Type):
    __slots__ = ("obj", "index", "bound", "id")
    _next_id = 0

    def __init__(self, obj: TypeName, bound: Type | None):
        TypeParam._next_id += 1
        self.id = TypeParam._next_id
        self.obj = obj
        self.index = -1
        self.bound = bound  # the constraint (normally an Interface or a Named interface)
        if obj.type is None:
            obj.type = self

    def constraint(self) -> Type:
        return self.bound

    def iface(self) -> Interface:
        b = self.bound
        if b is None:
            return EMPTY_INTERFACE
        u = b.underlying()
        if isinstance(u, Interface):
            return u
        if u is TYP[INVALID]:
            return EMPTY_INTERFACE
        # a non-interface constraint T means interface{T}
        it = Interface(embeddeds=[b])
        it.implicit = True
        self.bound = it
        return it

    def underlying(self) -> Type:
        return self.iface()


class Alias(Type):
    """An alias declared with ``type A = T`` (materialized alias)."""

    __slots__ = ("obj", "rhs", "type_params", "type_args", "orig", "_actual")

    def __init__(self, obj: TypeName | None, rhs: Type | None):
        self.obj = obj
        self.rhs = rhs
        self.type_params: list[TypeParam] = []
        self.type_args: list[Type] = []
        self.orig = self
        self._actual: Type | None = None
        if obj is not None and obj.type is None:
            obj.type = self

    def underlying(self) -> Type:
        return unalias(self).underlying()


def unalias(t: Type) -> Type:
    while type(t) is Alias:
        r = t.rhs
        if r is None:
            return TYP[INVALID]
        t = r
    return t


# ---------------------------------------------------------------- basic type table


def _b(kind: int, info: int, name: str) -> Basic:
    return Basic(kind, info, name)


TYP: list[Basic] = [
    _b(INVALID, 0, "invalid type"),
    _b(BOOL, IS_BOOLEAN, "bool"),
    _b(INT, IS_INTEGER, "int"),
    _b(INT8, IS_INTEGER, "int8"),
    _b(INT16, IS_INTEGER, "int16"),
    _b(INT32, IS_INTEGER, "int32"),
    _b(INT64, IS_INTEGER, "int64"),
    _b(UINT, IS_INTEGER | IS_UNSIGNED, "uint"),
    _b(UINT8, IS_INTEGER | IS_UNSIGNED, "uint8"),
    _b(UINT16, IS_INTEGER | IS_UNSIGNED, "uint16"),
    _b(UINT32, IS_INTEGER | IS_UNSIGNED, "uint32"),
    _b(UINT64, IS_INTEGER | IS_UNSIGNED, "uint64"),
    _b(UINTPTR, IS_INTEGER | IS_UNSIGNED, "uintptr"),
    _b(FLOAT32, IS_FLOAT, "float32"),
    _b(FLOAT64, IS_FLOAT, "float64"),
    _b(COMPLEX64, IS_COMPLEX, "complex64"),
    _b(COMPLEX128, IS_COMPLEX, "complex128"),
    _b(STRING, IS_STRING, "string"),
    _b(UNSAFE_POINTER, 0, "Pointer"),
    _b(UNTYPED_BOOL, IS_BOOLEAN | IS_UNTYPED, "untyped bool"),
    _b(UNTYPED_INT, IS_INTEGER | IS_UNTYPED, "untyped int"),
    _b(UNTYPED_RUNE, IS_INTEGER | IS_UNTYPED, "untyped rune"),
    _b(UNTYPED_FLOAT, IS_FLOAT | IS_UNTYPED, "untyped float"),
    _b(UNTYPED_COMPLEX, IS_COMPLEX | IS_UNTYPED, "untyped complex"),
    _b(UNTYPED_STRING, IS_STRING | IS_UNTYPED, "untyped string"),
    _b(UNTYPED_NIL, IS_UNTYPED, "untyped nil"),
]

INVALID_TYPE = TYP[INVALID]
UNIVERSE_BYTE = _b(BYTE, IS_INTEGER | IS_UNSIGNED, "byte")
UNIVERSE_RUNE = _b(RUNE, IS_INTEGER, "rune")
EMPTY_INTERFACE = Interface()
EMPTY_INTERFACE.complete = True


def new_tuple(*vars: Var) -> Tuple:
    return Tuple(list(vars)) if vars else EMPTY_TUPLE
