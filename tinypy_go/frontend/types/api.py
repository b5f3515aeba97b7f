"""The checker's results: Info and the records it holds (go/types.Info)."""

from __future__ import annotations

from dataclasses import dataclass, field

from tinypy_go.frontend import ast
from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.objects import Func, Object, Var
from tinypy_go.frontend.types.scope import Scope

# operand modes (also TypeAndValue.mode)
INVALID_MODE = 0  # operand is invalid
NOVALUE = 1  # no value (call of a function without results)
BUILTIN = 2  # built-in function
TYPEXPR = 3  # a type
CONSTANT = 4  # a constant; value holds it
VARIABLE = 5  # addressable variable
MAPINDEX = 6  # map index expression (assignable, not addressable)
VALUE = 7  # computed value
COMMAOK = 8  # like VALUE, but may be used in a comma-ok expression
COMMAERR = 9  # like COMMAOK, but the second value is an error

MODE_NAMES = ["invalid operand", "no value", "built-in", "type", "constant", "variable", "map index expression",
              "value", "comma, ok expression", "comma, error expression"]


@dataclass(slots=True)
class TypeAndValue:
    mode: int
    type: T.Type | None
    value: object = None  # constant value (see constant.py) when mode == CONSTANT

    def __reduce__(self):
        # a constructor call rather than slot state: half the time to pickle and load
        # (the package cache holds one per expression; pkgcache also shares equal ones)
        return TypeAndValue, (self.mode, self.type, self.value)

    def is_void(self) -> bool:
        return self.mode == NOVALUE

    def is_type(self) -> bool:
        return self.mode == TYPEXPR

    def is_builtin(self) -> bool:
        return self.mode == BUILTIN

    def is_value(self) -> bool:
        return self.mode in (CONSTANT, VARIABLE, MAPINDEX, VALUE, COMMAOK, COMMAERR)

    def is_nil(self) -> bool:
        return self.mode == VALUE and type(self.type) is T.Basic and self.type.kind == T.UNTYPED_NIL

    def addressable(self) -> bool:
        return self.mode == VARIABLE

    def assignable(self) -> bool:
        return self.mode in (VARIABLE, MAPINDEX)

    def has_ok(self) -> bool:
        return self.mode in (COMMAOK, COMMAERR)


FIELD_VAL = 0  # x.f is a struct field selector
METHOD_VAL = 1  # x.m is a method value (bound receiver)
METHOD_EXPR = 2  # T.m is a method expression


@dataclass(slots=True)
class Selection:
    """A resolved selector x.f.  index is the path through (embedded)
    fields, the last entry being the field or method index; indirect is
    true if a pointer was followed on the way."""

    kind: int
    recv: T.Type  # type of x
    obj: Object  # Var (field) or Func (method)
    index: list[int]
    indirect: bool

    def __reduce__(self):  # as TypeAndValue's: one per selector expression in the package cache
        return Selection, (self.kind, self.recv, self.obj, self.index, self.indirect)

    @property
    def type(self) -> T.Type:
        """Type of x.f (method expressions get the receiver as first param)."""
        t = self.obj.type
        if self.kind == METHOD_VAL and isinstance(t, T.Signature):
            return T.Signature(t.params, t.results, t.variadic, None, t.type_params)
        if self.kind == METHOD_EXPR and isinstance(t, T.Signature):
            recv = Var(0, None, "_", self.recv, is_param=True)
            return T.Signature(T.Tuple([recv, *t.params.vars]), t.results, t.variadic)
        return t


@dataclass(slots=True)
class Instance:
    type_args: list[T.Type]
    type: T.Type  # instantiated Named or Signature


@dataclass(slots=True)
class Initializer:
    """One package-level initialization: lhs = rhs (len(lhs) > 1 for a
    multi-value rhs such as a call with several results)."""

    lhs: list[Var]
    rhs: ast.Expr


@dataclass(slots=True)
class Info:
    types: dict[ast.Expr, TypeAndValue] = field(default_factory=dict)
    defs: dict[ast.Ident, Object | None] = field(default_factory=dict)
    uses: dict[ast.Ident, Object] = field(default_factory=dict)
    implicits: dict[ast.Node, Object] = field(default_factory=dict)
    selections: dict[ast.SelectorExpr, Selection] = field(default_factory=dict)
    scopes: dict[ast.Node, Scope] = field(default_factory=dict)
    instances: dict[ast.Ident, Instance] = field(default_factory=dict)
    init_order: list[Initializer] = field(default_factory=list)
    file_versions: dict[ast.File, str] = field(default_factory=dict)

    def type_of(self, e: ast.Expr) -> T.Type | None:
        tv = self.types.get(e)
        if tv is not None:
            return tv.type
        if isinstance(e, ast.Ident):
            o = self.object_of(e)
            if o is not None:
                return o.type
        return None

    def object_of(self, ident: ast.Ident) -> Object | None:
        o = self.defs.get(ident)
        if o is not None:
            return o
        return self.uses.get(ident)

    def pkg_name_of(self, spec: ast.ImportSpec):
        if spec.name is not None:
            return self.defs.get(spec.name)
        return self.implicits.get(spec)


__all__ = ["Info", "TypeAndValue", "Selection", "Instance", "Initializer", "Func"]
