"""The type checker: a Python counterpart of go/types.

Entry point::

    pkg = check_package(path, fset, files, importer, sizes=WASM32, info=Info())

raises ``CompileError`` (Go-worded diagnostics, sorted by position; sub-errors
such as "other declaration of x" are continuation lines of their error).
``importer(path) -> Package`` is called once per imported path ("unsafe" is
built in).  Options: ``ignore_branch_errors`` (labels/break/continue already
checked by the parser), ``error_handler(pos, msg, soft)``.

Info (api.py) -- keyed by AST node identity, like go/types.Info:

* ``types[expr] -> TypeAndValue(mode, type, value)``: every expression and
  type expression.  Untyped constants get their *final* type (``var f
  float64 = 1`` records ``1`` as float64 with value ``1``); results of
  comparisons in conditions stay ``untyped bool`` (as in go/types).  Calls of
  builtins record the builtin's concrete signature for the callee expression;
  comma-ok expressions in 2-value assignments record a ``Tuple`` type.
* ``defs[ident] -> Object | None``; ``uses[ident] -> Object``;
  ``implicits[node]``: ImportSpec -> PkgName, CaseClause of a type switch
  -> the clause's Var, anonymous Field -> parameter Var.
* ``selections[SelectorExpr] -> Selection(kind FIELD_VAL|METHOD_VAL|
  METHOD_EXPR, recv, obj, index path through embedded fields, indirect)``.
* ``scopes[node]``: File, FuncType, BlockStmt, IfStmt, ForStmt, RangeStmt,
  SwitchStmt, TypeSwitchStmt, CaseClause, CommClause.
* ``instances[ident] -> Instance(type_args, type)`` for generic functions
  and types; ``init_order: list[Initializer(lhs vars, rhs expr)]``.

Types (typ.py): Basic(kind, info, name), Pointer(elem), Slice(elem),
Array(elem, len), Map(key, elem), Chan(dir, elem), Struct(fields, tags),
Tuple(vars), Signature(recv, params, results, variadic, type_params),
Named(obj, underlying(), methods, type_params, type_args, orig), Interface
(methods, embeddeds, type_set()), TypeParam(obj, index, bound), Union(terms),
Alias.  ``t.underlying()`` everywhere; ``predicates.identical`` for identity.
Objects (objects.py): Var (is_field, embedded, is_param, origin), Const (val),
TypeName, Func (type = Signature, origin for instantiated methods,
wasmimport), PkgName (imported), Builtin (id), Label, Nil; all have name,
type, pos, pkg, parent.  Constant values (constant.py): bool, str, int,
Fraction (floats, rounded for typed float32/float64), Complex.
``type_string(t, qualifier)`` spells a type as Go does (also for %T).
"""

from tinypy_go.frontend.types.api import (
    FIELD_VAL,
    METHOD_EXPR,
    METHOD_VAL,
    Info,
    Initializer,
    Instance,
    Selection,
    TypeAndValue,
)
from tinypy_go.frontend.types.check import check_package
from tinypy_go.frontend.types.package import Package
from tinypy_go.frontend.types.sizes import WASM32, Sizes
from tinypy_go.frontend.types.typestring import type_string

__all__ = ["check_package", "Info", "TypeAndValue", "Selection", "Instance", "Initializer", "Package", "Sizes",
           "WASM32", "type_string", "FIELD_VAL", "METHOD_VAL", "METHOD_EXPR"]
