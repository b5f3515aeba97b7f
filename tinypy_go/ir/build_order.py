"""Evaluation order within one statement, as gc orders it.

The spec fixes the order of function calls, method calls and receives in a
statement (left to right) but leaves unspecified when plain operands are read
relative to them: in ``a[i], x = f(), a[j] + g()`` the reads of ``a``, ``i``
and ``j`` may come before or after the calls.  gc's ``order`` pass first
evaluates every call of the statement into a temporary, in source order, and
reads variables, fields, elements and pointers afterwards, when the statement
itself runs.  Go programs observe this (``x := []int{n, inc(&n)}`` is ``[1 1]``
under gc, ``[0 1]`` strictly left to right; Go issues 23188, 24448, 48105,
55086, 78678), and gc's behaviour is our oracle, so the builder does the same:
before a statement's expressions are built, ``order`` builds their "hoisted"
subexpressions in evaluation order and records the values; ``expr`` then
returns a recorded value instead of building the node again.

Hoisted, as gc copies them to temporaries (each checked against go1.27
output): calls of functions and methods, receives, the builtins ``len``,
``cap``, ``append``, ``copy``, ``make``, ``min``, ``max``, ``real``,
``imag``, ``complex`` and ``recover``, slice expressions, conversions of
strings to ``[]byte``/``[]rune``, type assertions to non-pointer types, map
literals, ``&&``/``||`` (each as one unit, whose operands are ordered apart:
the right one runs only if needed), and an argument converted to an
interface parameter when gc passes it by address (its amd64 size is not 2, 4
or 8 bytes and it is not a string or slice; a bool comparison, say) and it
is not addressable.  Not hoisted (read when the statement runs):
identifiers, selectors, index expressions (also of maps), dereferences,
other conversions, struct, array and slice literals, a map literal inside
``&`` or another literal (which build it in place), ``new``.  Function
literals are not entered: their bodies are statements of their own.  A
single expression whose root would be hoisted is built as it is: nothing
can be read before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tinypy_go.frontend import ast
from tinypy_go.frontend.types import api
from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.sizes import AMD64  # gc's choices follow the host's sizes (go run on amd64)
from tinypy_go.ir.build_expr import under
from tinypy_go.ir.build_unsafe import UNSAFE_SIZE_BUILTINS

if TYPE_CHECKING:
    from tinypy_go.ir import ssa

# roots with no operands that _hoistable never picks: order() skips them (a third of its roots)
_LEAVES = frozenset({ast.Ident, ast.BasicLit, ast.FuncLit})
_HOISTED_BUILTINS = frozenset({"len", "cap", "append", "copy", "make", "min", "max", "real", "imag", "complex",
                               "recover"})



class OrderBuilder:
    """Mixin of FunctionBuilder: ``order`` and the record ``expr`` consults."""

    hoisted: dict[int, ssa.Value]

    def order(self, roots: list[ast.Expr], lvalues: int = 0) -> None:
        """Build the hoisted subexpressions of one statement's expressions.

        ``roots[:lvalues]`` are assignment targets: only their operands are
        looked at, after all the values' calls.  A single value root with no
        targets is not hoisted itself: nothing can be read before it."""
        single = len(roots) - lvalues <= 1 and not lvalues
        if lvalues and len(roots) == lvalues + 1 and lvalues == 2:
            rhs = ast.unparen(roots[-1])
            # v, ok = <-ch and v, ok = x.(T) are built as one (build_go, build_iface)
            single = type(rhs) is ast.UnaryExpr and rhs.op == "<-" or type(rhs) is ast.TypeAssertExpr
        found: list[ast.Expr] = []
        for i, root in enumerate(roots):
            if type(root) in _LEAVES:
                continue  # nothing under it, and it is never hoisted itself
            self._collect(root, found, hoist_root=i >= lvalues and not single)
        for e in found:
            v = self.expr(e)
            self.hoisted[id(e)] = v

    def order_done(self, node: ast.Node) -> None:
        """Every hoisted value must have been used by the statement."""
        if self.hoisted:
            self.hoisted.clear()
            raise self.ice(node, "evaluation order: a hoisted subexpression was not used")

    def _call_kind(self, e: ast.CallExpr) -> tuple[str, api.TypeAndValue | None]:
        """("conversion" | "builtin NAME" | "unsafe NAME" | "call", the callee's TypeAndValue)."""
        fun = ast.unparen(e.fun)
        tv = self.info.types.get(fun)
        if tv is not None and tv.mode == api.TYPEXPR:
            return "conversion", tv
        if tv is not None and tv.mode == api.BUILTIN:
            if isinstance(fun, ast.SelectorExpr):
                return f"unsafe {fun.sel.name}", tv
            return f"builtin {fun.name}", tv
        return "call", tv

    def _hoistable(self, e: ast.Expr) -> bool:
        k = type(e)
        if k is ast.CallExpr:
            kind, tv = self._call_kind(e)
            if kind == "conversion":
                return _string_to_slice(self.info, e, tv.type)
            if kind == "call":
                return True
            return kind.startswith("builtin ") and kind[8:] in _HOISTED_BUILTINS
        if k is ast.UnaryExpr:
            return e.op == "<-"
        if k is ast.SliceExpr:
            return True
        if k is ast.TypeAssertExpr:
            return e.type is not None and not _pointer_shaped(self.type_of(e.type))
        if k is ast.BinaryExpr:
            return e.op in ("&&", "||")
        if k is ast.CompositeLit:
            tv = self.info.types.get(e)
            return tv is not None and type(under(tv.type)) is T.Map
        return False

    def _children(self, e: ast.Expr) -> list[ast.Expr]:
        """Operands of e that are evaluated, in evaluation order."""
        k = type(e)
        if k is ast.CallExpr:
            kind, _ = self._call_kind(e)
            if kind == "call":
                return [e.fun, *e.args]
            if kind.partition(" ")[2] in UNSAFE_SIZE_BUILTINS:
                return []  # not evaluated
            return list(e.args)
        if k is ast.BinaryExpr:
            return [] if e.op in ("&&", "||") else [e.x, e.y]
        if k in (ast.ParenExpr, ast.SelectorExpr, ast.StarExpr, ast.UnaryExpr, ast.TypeAssertExpr,
                 ast.IndexListExpr):
            return [e.x]
        if k is ast.IndexExpr:
            return [e.x, e.index]
        if k is ast.SliceExpr:
            return [x for x in (e.x, e.low, e.high, e.max) if x is not None]
        if k is ast.CompositeLit:
            return list(e.elts)
        if k is ast.KeyValueExpr:
            return [e.key, e.value]
        return []  # identifiers, literals, function literals, types

    def _boxed_args(self, e: ast.CallExpr) -> set[int]:
        """ids of e's arguments that gc copies ahead as it converts them to an
        interface parameter by address (see the module docstring)."""
        kind, tv = self._call_kind(e)
        if kind != "call" or tv is None:
            return set()
        sig = under(tv.type)
        if type(sig) is not T.Signature:
            return set()
        params = sig.params.vars
        out: set[int] = set()
        for i, a in enumerate(e.args):
            if i < len(params) - 1 or not sig.variadic:
                if i >= len(params):
                    break
                pt = params[i].type
            elif e.ellipsis:
                break
            else:
                pt = params[-1].type.elem
            if not _is_interface(pt):
                continue
            atv = self.info.types.get(a)
            if atv is None or atv.value is not None or atv.mode == api.VARIABLE or _is_interface(atv.type):
                continue  # addressable, constant or already an interface: read in place
            if _passed_by_address(atv.type):
                out.add(id(a))
        return out

    def _collect(self, root: ast.Expr, found: list[ast.Expr], hoist_root: bool) -> None:
        """Post-order, left to right, without recursion (expressions can nest deeply)."""
        stack: list[tuple[ast.Expr, bool, bool]] = [(root, False, False)]
        boxed: set[int] = set()
        while stack:
            e, expanded, in_place = stack.pop()
            if expanded:
                if (e is not root or hoist_root) and (id(e) in boxed or self._hoistable(e)):
                    if not (in_place and type(e) is ast.CompositeLit):
                        found.append(e)
                continue
            tv = self.info.types.get(e)
            if tv is not None and (tv.mode == api.TYPEXPR or tv.value is not None):
                continue  # a type, or a constant: nothing is evaluated
            stack.append((e, True, in_place))
            k = type(e)
            if k is ast.CallExpr and e.args:
                boxed |= self._boxed_args(e)
            # a literal under & or inside another literal is built in place, not by expr
            lit_in_place = (k is ast.CompositeLit or k is ast.KeyValueExpr or k is ast.UnaryExpr and e.op == "&"
                            or k is ast.ParenExpr and in_place)
            for c in reversed(self._children(e)):
                stack.append((c, False, lit_in_place))


def _is_interface(t: T.Type) -> bool:
    return type(under(t)) is T.Interface


def _pointer_shaped(t: T.Type) -> bool:
    """Stored directly in an interface's data word by gc (no copy is made)."""
    u = under(t)
    if type(u) in (T.Pointer, T.Map, T.Chan, T.Signature):
        return True
    if type(u) is T.Basic:
        return u.kind == T.UNSAFE_POINTER
    sole = _sole_component(u)
    return sole is not None and sole is not u and _pointer_shaped(sole)


def _sole_component(u: T.Type) -> T.Type | None:
    """The one non-empty component of a struct or array chain, or u itself."""
    while True:
        if type(u) is T.Struct:
            fields = [f for f in u.fields if AMD64.sizeof(f.type) > 0]
            if len(fields) != 1:
                return None
            u = under(fields[0].type)
        elif type(u) is T.Array:
            if u.len != 1:
                return None
            u = under(u.elem)
        else:
            return u


def _passed_by_address(t: T.Type) -> bool:
    """gc's dataWordFuncName: a value converted to an interface that is not
    2-, 4- or 8-byte (naturally aligned), string- or slice-shaped, or
    pointer-shaped, goes to the runtime by address, from a temporary."""
    u = under(t)
    if _pointer_shaped(u):
        return False
    size, align = AMD64.sizeof(u), AMD64.alignof(u)
    if size in (2, 4, 8) and align == size:
        return False
    sole = _sole_component(u)
    if sole is not None and (type(sole) is T.Slice or type(sole) is T.Basic and sole.info & T.IS_STRING):
        return False
    return True


def _string_to_slice(info: api.Info, e: ast.CallExpr, target: T.Type) -> bool:
    """[]byte(s) and []rune(s): gc allocates them ahead like calls."""
    if type(under(target)) is not T.Slice or len(e.args) != 1:
        return False
    tv = info.types.get(e.args[0])
    if tv is None or tv.value is not None:
        return False
    u = under(tv.type)
    return type(u) is T.Basic and bool(u.info & T.IS_STRING)
