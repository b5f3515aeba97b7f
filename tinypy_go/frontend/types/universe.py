"""The universe scope: predeclared types, constants, nil and builtins."""

from __future__ import annotations

from tinypy_go.frontend.token import NO_POS
from tinypy_go.frontend.types import objects as O
from tinypy_go.frontend.types import scope as _scope_mod
from tinypy_go.frontend.types.package import Package
from tinypy_go.frontend.types.scope import Scope
from tinypy_go.frontend.types.typ import (
    INVALID,
    TYP,
    UNIVERSE_BYTE,
    UNIVERSE_RUNE,
    UNSAFE_POINTER,
    UNTYPED_BOOL,
    UNTYPED_INT,
    UNTYPED_NIL,
    Alias,
    Interface,
    Named,
    Signature,
    Tuple,
)

UNIVERSE = Scope(None, comment="universe")
_scope_mod.UNIVERSE_SENTINEL = UNIVERSE

_UNIVERSE_BUILTINS = [O.APPEND, O.CAP, O.CLEAR, O.CLOSE, O.COMPLEX, O.COPY, O.DELETE, O.IMAG, O.LEN, O.MAKE,
                      O.MAX, O.MIN, O.NEW, O.PANIC, O.PRINT, O.PRINTLN, O.REAL, O.RECOVER]
_UNSAFE_BUILTINS = [O.ADD, O.ALIGNOF, O.OFFSETOF, O.SIZEOF, O.SLICE, O.SLICEDATA, O.STRING_, O.STRINGDATA]


def _def(obj: O.Object) -> None:
    UNIVERSE.insert(obj)


for _t in TYP[1:]:
    if _t.kind in (UNSAFE_POINTER,) or _t.info & 64:  # untyped kinds have no names
        continue
    _def(O.TypeName(NO_POS, None, _t.name, _t))
_def(O.TypeName(NO_POS, None, "byte", UNIVERSE_BYTE))
_def(O.TypeName(NO_POS, None, "rune", UNIVERSE_RUNE))

# any = interface{} (an alias)
ANY_TYPE = Interface()
ANY_TYPE.complete = True
_any_obj = O.TypeName(NO_POS, None, "any", None)
UNIVERSE_ANY_ALIAS = Alias(_any_obj, ANY_TYPE)
_any_obj.type = ANY_TYPE  # without materialized aliases, any denotes interface{} directly
_any_obj.color = O.BLACK
_def(_any_obj)

# type error interface{ Error() string }
_err_obj = O.TypeName(NO_POS, None, "error", None)
ERROR_TYPE = Named(_err_obj)
_err_sig = Signature(results=Tuple([O.Var(NO_POS, None, "", TYP[17])]))  # string
_err_method = O.Func(NO_POS, None, "Error", _err_sig)
_err_iface = Interface([_err_method])
_err_iface.complete = True
_err_sig.recv = O.Var(NO_POS, None, "", ERROR_TYPE)
ERROR_TYPE.set_underlying(_err_iface)
_err_obj.color = O.BLACK
_def(_err_obj)

# comparable: interface with the comparable bit
_cmp_obj = O.TypeName(NO_POS, None, "comparable", None)
COMPARABLE_TYPE = Named(_cmp_obj)
_cmp_iface = Interface()
_cmp_iface.complete = True
# generics fix: as in go/types, comparable's underlying interface carries the comparable bit in its
# type set; without it a constraint written as plain `comparable` did not allow ==.
from tinypy_go.frontend.types.typeset import TypeSet as _TypeSet  # noqa: E402

_cmp_iface._tset = _TypeSet([], None, True)
COMPARABLE_TYPE.set_underlying(_cmp_iface)
_cmp_obj.color = O.BLACK
_def(_cmp_obj)

_def(O.Const(NO_POS, None, "true", TYP[UNTYPED_BOOL], True))
_def(O.Const(NO_POS, None, "false", TYP[UNTYPED_BOOL], False))
IOTA = O.Const(NO_POS, None, "iota", TYP[UNTYPED_INT], 0)
_def(IOTA)
NIL = O.Nil(NO_POS, None, "nil", TYP[UNTYPED_NIL])
_def(NIL)

for _id in _UNIVERSE_BUILTINS:
    _def(O.Builtin(_id))

# package unsafe
UNSAFE = Package("unsafe", "unsafe")
UNSAFE.complete = True
UNSAFE_POINTER_OBJ = O.TypeName(NO_POS, UNSAFE, "Pointer", TYP[UNSAFE_POINTER])
UNSAFE.scope.insert(UNSAFE_POINTER_OBJ)
for _id in _UNSAFE_BUILTINS:
    _b = O.Builtin(_id)
    _b.pkg = UNSAFE
    UNSAFE.scope.insert(_b)

for _o in UNIVERSE.elems.values():
    _o.color = O.BLACK

assert TYP[17].name == "string" and TYP[INVALID].name == "invalid type"
