"""SSA construction for slices, maps and string/slice conversions.

A mixin of FunctionBuilder (like ``build_expr``/``build_stmt``), reached
through small hooks in those modules:

- slice expressions ``x[lo:hi:max]`` become ``Slice``; an addressable array
  is sliced through its address (a pointer to the array), as in go/ssa;
- slice literals allocate their backing array on the heap and slice it;
  map literals are ``MakeMap`` plus one ``MapUpdate`` per element;
- ``m[k]`` is ``Lookup`` (``comma_ok`` for ``v, ok := m[k]``), ``m[k] = v``
  is ``MapUpdate``; ``m[k] op= v`` and ``m[k]++`` evaluate m and k once;
- ``range`` over a map is ``Range`` + ``Next`` (a (ok, k, v) tuple);
- make/append/copy/delete/clear/min/max stay builtin calls (arguments
  converted here) and are lowered by ``backend/slices.py``/``maps.py``;
- ``[]byte(s)``, ``string(b)``, ``[]rune(s)``, ``string(r)``, ... are
  ``Convert``; ``(*[N]T)(s)`` is ``SliceToArrayPointer`` and ``[N]T(s)``
  loads through it.
"""

from __future__ import annotations

from tinypy_go.frontend import ast
from tinypy_go.frontend.types import objects as O
from tinypy_go.frontend.types import typ as T
from tinypy_go.ir import ssa
from tinypy_go.ir.build_expr import BOOL, INT, default_type, under


class MapElem:
    """An assignable map element m[k], with m and k already evaluated."""

    __slots__ = ("map", "key", "elem", "pos")

    def __init__(self, m: ssa.Value, key: ssa.Value, elem: T.Type, pos: int):
        self.map = m
        self.key = key
        self.elem = elem
        self.pos = pos


def is_byte_or_rune_slice(t: T.Type) -> int:
    """8 for a slice of bytes, 32 for a slice of runes, else 0."""
    u = under(t)
    if type(u) is not T.Slice:
        return 0
    e = under(u.elem)
    if type(e) is not T.Basic:
        return 0
    if e.kind in (T.UINT8,):
        return 8
    if e.kind in (T.INT32,):
        return 32
    return 0


class DataBuilder:
    """Mixin of FunctionBuilder: slices, maps, conversions."""

    # ------------------------------------------------------------ slice expressions

    def expr_slice(self, e: ast.SliceExpr) -> ssa.Value:
        xt = under(self.type_of(e.x))
        if type(xt) is T.Array:
            x = self.addr(e.x)  # only addressable arrays can be sliced
            self.escape(x)
        else:
            x = self.expr(e.x)
            if type(xt) is T.Basic:
                x = self.conv(x, default_type(x.type), e.x)
        low = self.expr(e.low) if e.low is not None else None
        high = self.expr(e.high) if e.high is not None else None
        mx = self.expr(e.max) if e.max is not None else None
        return self.emit(ssa.Slice(x, low, high, mx, default_type(self.type_of(e)), pos=e.lbrack))

    # ------------------------------------------------------------ composite literals

    def data_composite(self, e: ast.CompositeLit, t: T.Type) -> ssa.Value:
        """Value of a slice or map literal of type t."""
        u = under(t)
        if type(u) is T.Map:
            m = self.emit(ssa.MakeMap(ssa.Const(INT, len(e.elts)), t, pos=e.lbrace))
            if self.constant_map_fill(m, e, u):
                return m
            for elt in e.elts:
                k = self.elem_value(elt.key, u.key)
                v = self.elem_value(elt.value, u.elem)
                self.emit(ssa.MapUpdate(m, k, v, pos=elt.colon))
            return m
        # slice: a heap array of the literal's length, sliced
        n, index = 0, 0
        for elt in e.elts:
            if isinstance(elt, ast.KeyValueExpr):
                index = int(self.tv(elt.key).value)
            index += 1
            n = max(n, index)
        if n == 0:
            arr_t = T.Array(u.elem, 0)
            a = self.emit(ssa.Alloc(T.Pointer(arr_t), arr_t, True, "slicelit", pos=e.lbrace))
            return self.emit(ssa.Slice(a, None, None, None, t, pos=e.lbrace))
        arr_t = T.Array(u.elem, n)
        a = self.emit(ssa.Alloc(T.Pointer(arr_t), arr_t, True, "slicelit", pos=e.lbrace))
        if self.constant_array_fill(a, e, arr_t):
            return self.emit(ssa.Slice(a, None, None, None, t, pos=e.lbrace))
        index = 0
        for elt in e.elts:
            val_e = elt
            if isinstance(elt, ast.KeyValueExpr):
                index = int(self.tv(elt.key).value)
                val_e = elt.value
            ia = self.emit(ssa.IndexAddr(a, ssa.Const(INT, index), T.Pointer(u.elem), pos=val_e.pos))
            self.emit(ssa.Store(ia, self.elem_value(val_e, u.elem), pos=val_e.pos))
            index += 1
        return self.emit(ssa.Slice(a, None, None, None, t, pos=e.lbrace))

    def constant_map_fill(self, m: ssa.Value, e: ast.CompositeLit, u: T.Map) -> bool:
        """A long map literal of constants: a loop over two static arrays of keys and
        values instead of one update per entry (20,000 of them take LLVM a minute)."""
        from tinypy_go.ir.build_expr import CONST_FILL_MIN

        n = len(e.elts)
        if n < CONST_FILL_MIN or type(under(u.key)) is not T.Basic or type(under(u.elem)) is not T.Basic:
            return False
        for elt in e.elts:
            for x in (elt.key, elt.value):
                tv = self.info.types.get(x)
                if tv is None or tv.value is None:
                    return False
        from tinypy_go.ir.build_static import StaticValue, static_builder

        sb = static_builder(self.pb, self.info)
        keys = sb.anonymous(StaticValue("agg", T.Array(u.key, n), elems=[sb.value(x.key, u.key) for x in e.elts]))
        vals = sb.anonymous(StaticValue("agg", T.Array(u.elem, n),
                                        elems=[sb.value(x.value, u.elem) for x in e.elts]))
        i = self.local(INT, "maplit.i", e.lbrace)
        loop = self.new_block("maplit.loop")
        body = self.new_block("maplit.body")
        done = self.new_block("maplit.done")
        self.jump(loop)
        self.block = loop
        iv = self.load(i, e.lbrace)
        more = self.emit(ssa.BinOp("<", iv, ssa.Const(INT, n), BOOL, pos=e.lbrace))
        self.branch(more, body, done, e.lbrace)
        self.block = body
        k = self.load(self.emit(ssa.IndexAddr(keys, iv, T.Pointer(u.key), pos=e.lbrace)), e.lbrace)
        v = self.load(self.emit(ssa.IndexAddr(vals, iv, T.Pointer(u.elem), pos=e.lbrace)), e.lbrace)
        self.emit(ssa.MapUpdate(m, k, v, pos=e.lbrace))
        self.emit(ssa.Store(i, self.emit(ssa.BinOp("+", iv, ssa.Const(INT, 1), INT, pos=e.lbrace))))
        self.jump(loop)
        self.block = done
        return True

    def elem_value(self, e: ast.Expr, t: T.Type) -> ssa.Value:
        """An element of a composite literal: &T{...} may be elided to {...}."""
        inner = ast.unparen(e)
        if isinstance(inner, ast.CompositeLit) and inner.type is None and type(under(t)) is T.Pointer:
            return self.composite_lit_addr(inner, heap=True)
        return self.conv(self.expr(e), t, e)

    def data_composite_addr(self, e: ast.CompositeLit, t: T.Type) -> ssa.Value:
        """&[]T{...} / &map[K]V{...}: a heap variable holding the literal."""
        a = self.emit(ssa.Alloc(T.Pointer(t), t, True, "complit", pos=e.pos))
        self.emit(ssa.Store(a, self.data_composite(e, t), pos=e.pos))
        return a

    # ------------------------------------------------------------ maps

    def map_lookup(self, e: ast.IndexExpr, comma_ok: bool = False) -> ssa.Value:
        mt = under(self.type_of(e.x))
        m = self.expr(e.x)
        k = self.conv(self.expr(e.index), mt.key, e.index)
        if comma_ok:
            tt = T.Tuple([O.Var(e.pos, None, "", mt.elem), O.Var(e.pos, None, "", BOOL)])
            return self.emit(ssa.Lookup(m, k, True, tt, pos=e.lbrack))
        return self.emit(ssa.Lookup(m, k, False, mt.elem, pos=e.lbrack))

    def is_map_index(self, e: ast.Expr) -> bool:
        e = ast.unparen(e)
        return isinstance(e, ast.IndexExpr) and type(under(self.type_of(e.x))) is T.Map

    def map_elem(self, e: ast.Expr) -> MapElem:
        e = ast.unparen(e)
        mt = under(self.type_of(e.x))
        m = self.expr(e.x)
        k = self.conv(self.expr(e.index), mt.key, e.index)
        return MapElem(m, k, mt.elem, e.lbrack)

    def lvalue(self, e: ast.Expr) -> ssa.Value | MapElem:
        """The target of an assignment: an address, or a map element."""
        if self.is_map_index(e):
            return self.map_elem(e)
        return self.addr(e)

    def lvalue_load(self, lv: ssa.Value | MapElem, pos: int = 0) -> ssa.Value:
        if isinstance(lv, MapElem):
            return self.emit(ssa.Lookup(lv.map, lv.key, False, lv.elem, pos=lv.pos))
        return self.load(lv, pos)

    def lvalue_store(self, lv: ssa.Value | MapElem, v: ssa.Value, node: ast.Node) -> None:
        if isinstance(lv, MapElem):
            self.emit(ssa.MapUpdate(lv.map, lv.key, self.conv(v, lv.elem, node), pos=lv.pos))
        else:
            self.emit(ssa.Store(lv, self.conv(v, under(lv.type).elem, node), pos=node.pos))

    def lvalue_type(self, lv: ssa.Value | MapElem) -> T.Type:
        return lv.elem if isinstance(lv, MapElem) else under(lv.type).elem

    def map_op_assign(self, s: ast.AssignStmt, op: str) -> None:
        """m[k] op= v: m and k evaluated once, then v, then the update."""
        lv = self.map_elem(s.lhs[0])
        rhs = self.expr(s.rhs[0])
        t = lv.elem
        if op not in ("<<", ">>"):
            rhs = self.conv(rhs, t, s.rhs[0])
        old = self.lvalue_load(lv)
        v = self.emit(ssa.BinOp(op, old, rhs, t, pos=s.tok_pos))
        self.lvalue_store(lv, v, s)

    def map_incdec(self, s: ast.IncDecStmt) -> None:
        lv = self.map_elem(s.x)
        old = self.lvalue_load(lv)
        t = lv.elem
        v = self.emit(ssa.BinOp("+" if s.tok == "++" else "-", old, ssa.Const(t, 1), t, pos=s.tok_pos))
        self.lvalue_store(lv, v, s)

    def comma_ok_value(self, e: ast.Expr) -> ssa.Value | None:
        """The (value, ok) tuple of a comma-ok expression this module handles."""
        inner = ast.unparen(e)
        if isinstance(inner, ast.IndexExpr) and self.is_map_index(inner):
            return self.map_lookup(inner, comma_ok=True)
        return None

    def range_map(self, s: ast.RangeStmt, label: str) -> None:
        mt = under(self.type_of(s.x))
        m = self.expr(s.x)
        it = self.emit(ssa.Range(m, T.TYP[T.UNSAFE_POINTER], pos=s.range_pos))
        tt = T.Tuple([O.Var(s.pos, None, "", BOOL), O.Var(s.pos, None, "", mt.key),
                      O.Var(s.pos, None, "", mt.elem)])
        loop = self.new_block("rangemap.loop")
        body = self.new_block("rangemap.body")
        done = self.new_block("rangemap.done")
        self.jump(loop)
        self.block = loop
        nxt = self.emit(ssa.Next(it, tt, pos=s.range_pos))
        ok = self.emit(ssa.Extract(nxt, 0, BOOL))
        self.branch(ok, body, done, s.pos)
        self.block = body
        key_addr, val_addr = self.range_targets(s)
        if key_addr is not None:
            k = self.emit(ssa.Extract(nxt, 1, mt.key))
            self.emit(ssa.Store(key_addr, self.conv(k, under(key_addr.type).elem, s)))
        if val_addr is not None:
            v = self.emit(ssa.Extract(nxt, 2, mt.elem))
            self.emit(ssa.Store(val_addr, self.conv(v, under(val_addr.type).elem, s)))
        from tinypy_go.ir.builder import Target

        self.targets.append(Target(break_=done, continue_=loop, label=label))
        self.stmt(s.body)
        self.targets.pop()
        self.jump(loop)
        self.block = done

    # ------------------------------------------------------------ builtins

    def data_builtin(self, e: ast.CallExpr, fun: ast.Expr, name: str) -> ssa.Value:
        b = ssa.Builtin(name, pos=fun.pos)
        result = default_type(self.type_of(e)) if name not in ("delete", "clear") else T.EMPTY_TUPLE
        if name == "make":
            t = self.info.types[e.args[0]].type
            u = under(t)
            sizes = [self.int_arg(a) for a in e.args[1:]]
            if type(u) is T.Slice:
                length = sizes[0]
                cap = sizes[1] if len(sizes) > 1 else length
                return self.emit(ssa.MakeSlice(length, cap, t, pos=e.lparen))
            if type(u) is T.Map:
                return self.emit(ssa.MakeMap(sizes[0] if sizes else None, t, pos=e.lparen))
            if type(u) is T.Chan:
                return self.make_chan(e, t, sizes)  # build_go
            raise self.unsupported(e, f"make({t})")
        if name == "append":
            s = self.expr(e.args[0])
            st = result
            s = self.conv(s, st, e.args[0])
            args = [s]
            if e.ellipsis and len(e.args) == 2:
                other = self.expr(e.args[1])
                if type(under(other.type)) is T.Basic:  # append([]byte, string...)
                    other = self.conv(other, default_type(other.type), e.args[1])
                args.append(other)
                call = ssa.CallCommon(b, args, has_ellipsis=True, pos=e.lparen)
                return self.emit(ssa.Call(call, st, pos=e.lparen))
            elem = under(st).elem
            args.extend(self.conv(self.expr(a), elem, a) for a in e.args[1:])
            return self.emit(ssa.Call(ssa.CallCommon(b, args, pos=e.lparen), st, pos=e.lparen))
        if name == "copy":
            dst = self.expr(e.args[0])
            src = self.expr(e.args[1])
            if type(under(src.type)) is T.Basic:
                src = self.conv(src, default_type(src.type), e.args[1])
            return self.emit(ssa.Call(ssa.CallCommon(b, [dst, src], pos=e.lparen), INT, pos=e.lparen))
        if name == "delete":
            m = self.expr(e.args[0])
            k = self.conv(self.expr(e.args[1]), under(m.type).key, e.args[1])
            return self.emit(ssa.Call(ssa.CallCommon(b, [m, k], pos=e.lparen), result, pos=e.lparen))
        if name == "clear":
            x = self.expr(e.args[0])
            u = under(x.type)
            if type(u) not in (T.Slice, T.Map):
                raise self.unsupported(e, f"clear of {x.type}")
            return self.emit(ssa.Call(ssa.CallCommon(b, [x], pos=e.lparen), result, pos=e.lparen))
        if name in ("min", "max"):
            args = [self.conv(self.expr(a), result, a) for a in e.args]
            if len(args) == 1:
                return args[0]
            return self.emit(ssa.Call(ssa.CallCommon(b, args, pos=e.lparen), result, pos=e.lparen))
        raise self.unsupported(e, f"builtin {name}")

    def int_arg(self, e: ast.Expr) -> ssa.Value:
        """A size argument of make: constants become int."""
        v = self.expr(e)
        if isinstance(v, ssa.Const):
            return ssa.Const(INT if under(v.type).info & T.IS_UNTYPED else v.type, v.value, v.pos)
        return v

    # ------------------------------------------------------------ conversions

    def convert_data(self, v: ssa.Value, t: T.Type, node: ast.Node) -> ssa.Value | None:
        """Explicit conversions involving slices; None if v -> t is not one of them."""
        su, tu = under(v.type), under(t)
        if type(tu) is T.Basic and tu.info & T.IS_STRING:
            if is_byte_or_rune_slice(v.type):
                return self.emit(ssa.Convert(v, t, pos=node.pos))
            if type(su) is T.Basic and su.info & T.IS_INTEGER:
                if isinstance(v, ssa.Const):
                    v = ssa.Const(default_type(v.type), v.value, v.pos)
                return self.emit(ssa.Convert(v, t, pos=node.pos))
            return None
        if type(su) is T.Basic and su.info & T.IS_STRING and is_byte_or_rune_slice(t):
            v = self.conv(v, default_type(v.type), node) if su.info & T.IS_UNTYPED else v
            if isinstance(v, ssa.Const) and su.info & T.IS_UNTYPED:
                v = ssa.Const(T.TYP[T.STRING], v.value, v.pos)
            return self.emit(ssa.Convert(v, t, pos=node.pos))
        if type(su) is T.Slice:
            if type(tu) is T.Pointer and type(under(tu.elem)) is T.Array:
                return self.emit(ssa.SliceToArrayPointer(v, t, pos=node.pos))
            if type(tu) is T.Array:
                if tu.len == 0:
                    return ssa.Const(t, None, node.pos)
                p = self.emit(ssa.SliceToArrayPointer(v, T.Pointer(t), pos=node.pos))
                return self.load(p, node.pos)
        return None


