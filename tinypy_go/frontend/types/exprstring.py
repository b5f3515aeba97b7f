"""Short source-like spelling of expressions (go/types ExprString)."""

from __future__ import annotations

from tinypy_go.frontend import ast


def expr_string(x: ast.Expr | None) -> str:
    buf: list[str] = []
    _w(buf, x)
    return "".join(buf)


def _w(b: list[str], x) -> None:
    t = type(x)
    if t is ast.Ident:
        b.append(x.name)
    elif t is ast.BasicLit:
        b.append(x.value)
    elif t is ast.BinaryExpr:
        _w(b, x.x)
        b.append(f" {x.op} ")
        _w(b, x.y)
    elif t is ast.UnaryExpr:
        b.append(x.op)
        _w(b, x.x)
    elif t is ast.SelectorExpr:
        _w(b, x.x)
        b.append(".")
        b.append(x.sel.name)
    elif t is ast.CallExpr:
        _w(b, x.fun)
        b.append("(")
        _list(b, x.args)
        if x.ellipsis:
            b.append("...")
        b.append(")")
    elif t is ast.ParenExpr:
        b.append("(")
        _w(b, x.x)
        b.append(")")
    elif t is ast.IndexExpr:
        _w(b, x.x)
        b.append("[")
        _w(b, x.index)
        b.append("]")
    elif t is ast.IndexListExpr:
        _w(b, x.x)
        b.append("[")
        _list(b, x.indices)
        b.append("]")
    elif t is ast.SliceExpr:
        _w(b, x.x)
        b.append("[")
        if x.low is not None:
            _w(b, x.low)
        b.append(":")
        if x.high is not None:
            _w(b, x.high)
        if x.slice3:
            b.append(":")
            if x.max is not None:
                _w(b, x.max)
        b.append("]")
    elif t is ast.StarExpr:
        b.append("*")
        _w(b, x.x)
    elif t is ast.TypeAssertExpr:
        _w(b, x.x)
        b.append(".(")
        if x.type is None:
            b.append("type")
        else:
            _w(b, x.type)
        b.append(")")
    elif t is ast.CompositeLit:
        if x.type is not None:
            _w(b, x.type)
        b.append("{…}" if x.elts else "{}")  # go1.24: an empty literal prints as T{}
    elif t is ast.FuncLit:
        b.append("(")
        _w(b, x.type)
        b.append(" literal)")
    elif t is ast.KeyValueExpr:
        _w(b, x.key)
        b.append(": ")
        _w(b, x.value)
    elif t is ast.Ellipsis:
        b.append("...")
        if x.elt is not None:
            _w(b, x.elt)
    elif t is ast.ArrayType:
        b.append("[")
        if x.len is not None:
            _w(b, x.len)
        b.append("]")
        _w(b, x.elt)
    elif t is ast.StructType:
        b.append("struct{")
        _fields(b, x.fields, "; ", False)
        b.append("}")
    elif t is ast.FuncType:
        b.append("func")
        _sig(b, x)
    elif t is ast.InterfaceType:
        b.append("interface{")
        _fields(b, x.methods, "; ", True)
        b.append("}")
    elif t is ast.MapType:
        b.append("map[")
        _w(b, x.key)
        b.append("]")
        _w(b, x.value)
    elif t is ast.ChanType:
        if x.dir == ast.SEND:
            b.append("chan<- ")
        elif x.dir == ast.RECV:
            b.append("<-chan ")
        else:
            b.append("chan ")
        _w(b, x.value)
    elif t is ast.BadExpr:
        b.append("BadExpr")
    elif x is None:
        pass
    else:
        b.append(f"(ast.{t.__name__})")


def _list(b: list[str], xs) -> None:
    for i, e in enumerate(xs):
        if i:
            b.append(", ")
        _w(b, e)


def _sig(b: list[str], ft: ast.FuncType) -> None:
    if ft.type_params is not None and ft.type_params.list:
        b.append("[")
        _fields(b, ft.type_params, ", ", False)
        b.append("]")
    b.append("(")
    _fields(b, ft.params, ", ", False)
    b.append(")")
    res = ft.results
    if res is None or not res.list:
        return
    b.append(" ")
    if len(res.list) == 1 and not res.list[0].names:
        _w(b, res.list[0].type)
        return
    b.append("(")
    _fields(b, res, ", ", False)
    b.append(")")


def _fields(b: list[str], fl: ast.FieldList | None, sep: str, iface: bool) -> None:
    if fl is None:
        return
    for i, f in enumerate(fl.list):
        if i:
            b.append(sep)
        for j, n in enumerate(f.names):
            if j:
                b.append(", ")
            b.append(n.name)
        if f.names:
            if iface and isinstance(f.type, ast.FuncType):
                _sig(b, f.type)
                continue
            b.append(" ")
        _w(b, f.type)
