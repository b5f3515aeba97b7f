"""Named language entities (go/types Object kinds)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tinypy_go.frontend.token import NO_POS, Pos
from tinypy_go.frontend.types.typ import Basic, Named, Signature, Type

if TYPE_CHECKING:
    from tinypy_go.frontend.types.package import Package
    from tinypy_go.frontend.types.scope import Scope

# color used by the checker while resolving package-level objects
WHITE, GREY, BLACK = 0, 1, 2


class Object:
    __slots__ = ("name", "type", "pos", "pkg", "parent", "color", "order", "scope_pos")

    def __init__(self, pos: Pos, pkg: Package | None, name: str, typ: Type | None):
        self.name = name
        self.type = typ
        self.pos = pos
        self.pkg = pkg
        self.parent: Scope | None = None
        self.color = WHITE if typ is None else BLACK
        self.order = 0
        self.scope_pos = NO_POS

    def exported(self) -> bool:
        n = self.name
        return bool(n) and (n[0].isupper())

    def id(self) -> str:
        """Unique name within the program: exported names stand alone,
        unexported ones are qualified by package path."""
        n = self.name
        if n and n[0].isupper() or self.pkg is None:
            return n
        return self.pkg.path + "." + n

    def same_id(self, pkg: Package | None, name: str) -> bool:
        if name != self.name:
            return False
        if self.exported():
            return True
        a = self.pkg.path if self.pkg else ""
        b = pkg.path if pkg else ""
        return a == b

    def __repr__(self) -> str:
        from tinypy_go.frontend.types.typestring import object_string

        return object_string(self, None)


class PkgName(Object):
    __slots__ = ("imported", "used")

    def __init__(self, pos: Pos, pkg: Package | None, name: str, imported: Package):
        from tinypy_go.frontend.types.typ import INVALID, TYP

        super().__init__(pos, pkg, name, TYP[INVALID])
        self.imported = imported
        self.used = False


class Const(Object):
    __slots__ = ("val",)

    def __init__(self, pos: Pos, pkg: Package | None, name: str, typ: Type | None, val: object = None):
        super().__init__(pos, pkg, name, typ)
        self.val = val


class TypeName(Object):
    __slots__ = ()

    def is_alias(self) -> bool:
        from tinypy_go.frontend.types.typ import Alias, TypeParam

        t = self.type
        if t is None:
            return False
        if type(t) is Alias:
            return True
        if isinstance(t, Basic):
            # byte and rune are aliases; unsafe.Pointer is not
            return t.name != self.name or (self.pkg is not None and self.name != "Pointer")
        if isinstance(t, (Named, TypeParam)):
            return t.obj is not self
        return True


class Var(Object):
    """A variable, parameter, result or struct field."""

    __slots__ = ("embedded", "is_field", "used", "origin", "is_param")

    def __init__(self, pos: Pos, pkg: Package | None, name: str, typ: Type | None,
                 is_field: bool = False, embedded: bool = False, is_param: bool = False):
        super().__init__(pos, pkg, name, typ)
        self.is_field = is_field
        self.embedded = embedded
        self.is_param = is_param
        self.used = False
        self.origin: Var = self

    def anonymous(self) -> bool:
        return self.embedded


def new_param(pos: Pos, pkg: Package | None, name: str, typ: Type | None) -> Var:
    v = Var(pos, pkg, name, typ, is_param=True)
    v.used = True  # parameters are never reported as unused
    return v


def new_field(pos: Pos, pkg: Package | None, name: str, typ: Type | None, embedded: bool) -> Var:
    return Var(pos, pkg, name, typ, is_field=True, embedded=embedded)


class Func(Object):
    """A function or method; type is its Signature."""

    __slots__ = ("has_ptr_recv", "origin", "decl", "wasmimport")

    def __init__(self, pos: Pos, pkg: Package | None, name: str, sig: Signature | None):
        super().__init__(pos, pkg, name, sig)
        self.has_ptr_recv = False
        self.origin: Func = self
        self.decl = None  # ast.FuncDecl (or None for interface methods / imports)
        self.wasmimport = None

    def signature(self) -> Signature:
        return self.type  # type: ignore[return-value]

    def full_name(self) -> str:
        from tinypy_go.frontend.types.typestring import func_full_name

        return func_full_name(self)

    def pointer_receiver(self) -> bool:
        from tinypy_go.frontend.types.typ import Pointer, unalias

        sig = self.type
        if isinstance(sig, Signature) and sig.recv is not None:
            return isinstance(unalias(sig.recv.type), Pointer)
        return self.has_ptr_recv


class Label(Object):
    __slots__ = ("used",)

    def __init__(self, pos: Pos, pkg: Package | None, name: str):
        from tinypy_go.frontend.types.typ import INVALID, TYP

        super().__init__(pos, pkg, name, TYP[INVALID])
        self.used = False


# builtin ids
APPEND, CAP, CLEAR, CLOSE, COMPLEX, COPY, DELETE, IMAG, LEN, MAKE, MAX, MIN, NEW, PANIC, PRINT, \
    PRINTLN, REAL, RECOVER, ADD, ALIGNOF, OFFSETOF, SIZEOF, SLICE, SLICEDATA, STRING_, STRINGDATA, \
    ASSERT, TRACE = range(28)

BUILTIN_NAMES = {
    APPEND: "append", CAP: "cap", CLEAR: "clear", CLOSE: "close", COMPLEX: "complex", COPY: "copy",
    DELETE: "delete", IMAG: "imag", LEN: "len", MAKE: "make", MAX: "max", MIN: "min", NEW: "new",
    PANIC: "panic", PRINT: "print", PRINTLN: "println", REAL: "real", RECOVER: "recover", ADD: "Add",
    ALIGNOF: "Alignof", OFFSETOF: "Offsetof", SIZEOF: "Sizeof", SLICE: "Slice", SLICEDATA: "SliceData",
    STRING_: "String", STRINGDATA: "StringData", ASSERT: "assert", TRACE: "trace",
}


class Builtin(Object):
    __slots__ = ("id",)

    def __init__(self, id: int):
        from tinypy_go.frontend.types.typ import INVALID, TYP

        super().__init__(NO_POS, None, BUILTIN_NAMES[id], TYP[INVALID])
        self.id = id


class Nil(Object):
    __slots__ = ()
