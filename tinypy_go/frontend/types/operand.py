"""Operands: the intermediate result of evaluating an expression."""

from __future__ import annotations

from tinypy_go.frontend import ast
from tinypy_go.frontend.types import constant
from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.api import (
    BUILTIN,
    CONSTANT,
    INVALID_MODE,
    MODE_NAMES,
    NOVALUE,
    TYPEXPR,
    VALUE,
)
from tinypy_go.frontend.types.exprstring import expr_string
from tinypy_go.frontend.types.objects import BUILTIN_NAMES
from tinypy_go.frontend.types.predicates import is_generic, is_untyped, is_valid
from tinypy_go.frontend.types.typestring import type_string


class Operand:
    __slots__ = ("mode", "expr", "type", "val", "id")

    def __init__(self, mode: int = INVALID_MODE, expr: ast.Expr | None = None, typ: T.Type | None = None,
                 val: object = None, id: int = 0):
        self.mode = mode
        self.expr = expr
        self.type = typ
        self.val = val
        self.id = id

    def pos(self) -> int:
        return self.expr.pos if self.expr is not None else 0

    def is_nil(self) -> bool:
        t = self.type
        return self.mode == VALUE and type(t) is T.Basic and t.kind == T.UNTYPED_NIL

    def set_const(self, kind: str, lit: str) -> None:
        v = constant.make_from_literal(kind, lit)
        if v is None:
            self.mode = INVALID_MODE
            self.type = T.INVALID_TYPE
            return
        k = {"INT": T.UNTYPED_INT, "FLOAT": T.UNTYPED_FLOAT, "IMAG": T.UNTYPED_COMPLEX, "CHAR": T.UNTYPED_RUNE,
             "STRING": T.UNTYPED_STRING}[kind]
        self.mode = CONSTANT
        self.type = T.TYP[k]
        self.val = v

    def copy_from(self, o: Operand) -> None:
        self.mode = o.mode
        self.expr = o.expr
        self.type = o.type
        self.val = o.val
        self.id = o.id

    def string(self, qf=None) -> str:
        return operand_string(self, qf)

    __str__ = string


_COMPOSITE_KINDS = {T.Array: "array", T.Slice: "slice", T.Struct: "struct", T.Pointer: "pointer",
                    T.Signature: "func", T.Interface: "interface", T.Map: "map", T.Chan: "chan", T.Tuple: "tuple",
                    T.Union: "union"}


def operand_string(x: Operand, qf) -> str:
    if x.mode == VALUE and x.type is T.TYP[T.UNTYPED_NIL]:
        return "nil"
    b: list[str] = []
    expr = ""
    if x.expr is not None:
        expr = expr_string(x.expr)
    elif x.mode == BUILTIN:
        expr = BUILTIN_NAMES.get(x.id, "")
    elif x.mode == TYPEXPR:
        expr = type_string(x.type, qf)
    elif x.mode == CONSTANT:
        expr = constant.to_string(x.val)
    if expr:
        b.append(expr)
        b.append(" (")
    has_type = False
    if x.mode not in (INVALID_MODE, NOVALUE, BUILTIN, TYPEXPR) and x.type is not None:
        if is_untyped(x.type):
            b.append(T.unalias(x.type).name)
            b.append(" ")
        else:
            has_type = True
    b.append(MODE_NAMES[x.mode])
    if x.mode == CONSTANT:
        s = constant.to_string(x.val)
        if s != expr:
            b.append(" ")
            b.append(s)
    if has_type:
        if is_valid(x.type):
            desc = "generic " if is_generic(x.type) else ""
            tp = T.unalias(x.type)
            if type(tp) is not T.TypeParam and type(x.type) in (T.Alias, T.Named):
                # go1.24: describe the structure of a named type ("struct type T", "int32 type MyInt")
                u = x.type.underlying()
                desc += (_COMPOSITE_KINDS.get(type(u)) or getattr(u, "name", "")) + " "
            b.append(" of " + desc + "type ")
            b.append(type_string(x.type, qf))
            if type(tp) is T.TypeParam:
                b.append(" constrained by ")
                b.append(type_string(tp.bound, qf))
        else:
            b.append(" with invalid type")
    if expr:
        b.append(")")
    return "".join(b)
