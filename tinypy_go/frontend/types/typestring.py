"""Go spelling of types and objects (go/types TypeString / ObjectString)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from tinypy_go.frontend.types import typ as T

if TYPE_CHECKING:
    from tinypy_go.frontend.types.objects import Func, Object
    from tinypy_go.frontend.types.package import Package

Qualifier = Callable[["Package"], str]


def relative_to(pkg: Package | None) -> Qualifier:
    def q(other: Package) -> str:
        if pkg is not None and other is pkg:
            return ""
        return other.path
    return q


class _Writer:
    __slots__ = ("buf", "qf", "seen", "param_names")

    def __init__(self, qf: Qualifier | None):
        self.buf: list[str] = []
        self.qf = qf
        self.seen: set[int] = set()
        self.param_names = True  # off for have/want method lines (go1.24 funcString)

    def type_name(self, obj) -> None:
        if obj.pkg is not None:
            q = self.qf(obj.pkg) if self.qf else obj.pkg.path
            if q:
                self.buf.append(q)
                self.buf.append(".")
        self.buf.append(obj.name)

    def typ(self, t: T.Type | None) -> None:
        b = self.buf
        if t is None:
            b.append("<nil>")
            return
        tt = type(t)
        if tt is T.Basic:
            if t.kind == T.UNSAFE_POINTER:
                b.append("unsafe.Pointer" if not self.qf or self.qf is None else _unsafe_q(self.qf))
            else:
                b.append(t.name)
            return
        if tt is T.Named:
            if t.obj is None:
                b.append("<Named w/o object>")
            else:
                self.type_name(t.obj)
            if t.type_args:
                self.type_list(t.type_args)
            elif t.type_params and t.orig is t:
                self.tparams(t.type_params)
            return
        if tt is T.Pointer:
            b.append("*")
            self.typ(t.elem)
            return
        if tt is T.Slice:
            b.append("[]")
            self.typ(t.elem)
            return
        if tt is T.Array:
            b.append(f"[{t.len}]")
            self.typ(t.elem)
            return
        if tt is T.Map:
            b.append("map[")
            self.typ(t.key)
            b.append("]")
            self.typ(t.elem)
            return
        if tt is T.Chan:
            parens = False
            if t.dir == T.SEND_RECV:
                b.append("chan ")
                e = t.elem
                if type(e) is T.Chan and e.dir == T.RECV_ONLY:
                    parens = True
            elif t.dir == T.SEND_ONLY:
                b.append("chan<- ")
            else:
                b.append("<-chan ")
            if parens:
                b.append("(")
            self.typ(t.elem)
            if parens:
                b.append(")")
            return
        if tt is T.Struct:
            b.append("struct{")
            for i, f in enumerate(t.fields):
                if i:
                    b.append("; ")
                if not f.embedded:
                    b.append(f.name)
                    b.append(" ")
                self.typ(f.type)
                tag = t.tag(i)
                if tag:
                    from tinypy_go.frontend.types.constant import _quote

                    b.append(" " + _quote(tag))
            b.append("}")
            return
        if tt is T.Tuple:
            self.tuple(t, False)
            return
        if tt is T.Signature:
            b.append("func")
            self.signature(t)
            return
        if tt is T.Union:
            if not t.terms:
                b.append("∅")
                return
            for i, term in enumerate(t.terms):
                if i:
                    b.append(" | ")
                if term.tilde:
                    b.append("~")
                self.typ(term.type)
            return
        if tt is T.Interface:
            from tinypy_go.frontend.types.universe import ANY_TYPE, COMPARABLE_TYPE

            if t is ANY_TYPE:
                b.append("any")
                return
            if t is COMPARABLE_TYPE.underlying():
                b.append("interface{comparable}")
                return
            if t.implicit and len(t.methods) == 0 and len(t.embeddeds) == 1:
                self.typ(t.embeddeds[0])
                return
            b.append("interface{")
            first = True
            for m in t.methods:
                if not first:
                    b.append("; ")
                first = False
                b.append(m.name)
                self.signature(m.type)
            for e in t.embeddeds:
                if not first:
                    b.append("; ")
                first = False
                self.typ(e)
            b.append("}")
            return
        if tt is T.TypeParam:
            b.append(t.obj.name if t.obj is not None else "<TypeParam>")
            return
        if tt is T.Alias:
            self.type_name(t.obj)
            if t.type_args:
                self.type_list(t.type_args)
            elif t.type_params and t.orig is t:
                self.tparams(t.type_params)
            return
        b.append(f"<{tt.__name__}>")

    def type_list(self, lst: list[T.Type]) -> None:
        self.buf.append("[")
        for i, a in enumerate(lst):
            if i:
                self.buf.append(", ")
            self.typ(a)
        self.buf.append("]")

    def tuple(self, tup: T.Tuple, variadic: bool) -> None:
        b = self.buf
        b.append("(")
        n = len(tup.vars)
        for i, v in enumerate(tup.vars):
            if i:
                b.append(", ")
            if v.name and self.param_names:
                b.append(v.name)
                b.append(" ")
            t = v.type
            if variadic and i == n - 1:
                if type(t) is T.Slice:
                    b.append("...")
                    t = t.elem
                else:
                    # append(s, "foo"...) special case: []byte, string
                    self.typ(t)
                    b.append("...")
                    continue
            self.typ(t)
        b.append(")")

    def signature(self, sig: T.Signature) -> None:
        if sig.type_params:
            self.tparams(sig.type_params)
        self.tuple(sig.params, sig.variadic)
        res = sig.results
        n = len(res.vars)
        if n == 0:
            return
        self.buf.append(" ")
        if n == 1 and not res.vars[0].name:
            self.typ(res.vars[0].type)
            return
        self.tuple(res, False)

    def tparams(self, tps: list[T.TypeParam]) -> None:
        b = self.buf
        b.append("[")
        prev = None
        for i, tp in enumerate(tps):
            c = tp.bound
            if i:
                if c is not prev:
                    b.append(" ")
                    self.typ(prev)
                b.append(", ")
            prev = c
            b.append(tp.obj.name)
        if prev is not None:
            b.append(" ")
            self.typ(prev)
        b.append("]")


def _unsafe_q(qf: Qualifier) -> str:
    from tinypy_go.frontend.types.universe import UNSAFE

    q = qf(UNSAFE)
    return f"{q}.Pointer" if q else "Pointer"


def type_string(t: T.Type | None, qualifier: Qualifier | None = None) -> str:
    w = _Writer(qualifier)
    w.typ(t)
    return "".join(w.buf)


def signature_string(sig: T.Signature, qualifier: Qualifier | None = None, param_names: bool = True) -> str:
    w = _Writer(qualifier)
    w.param_names = param_names
    w.signature(sig)
    return "".join(w.buf)


def tuple_string(tup: T.Tuple, variadic: bool, qualifier: Qualifier | None = None) -> str:
    w = _Writer(qualifier)
    w.tuple(tup, variadic)
    return "".join(w.buf)


def func_full_name(f: Func, qualifier: Qualifier | None = None) -> str:
    sig = f.type
    if isinstance(sig, T.Signature) and sig.recv is not None:
        w = _Writer(qualifier)
        rt = sig.recv.type
        w.buf.append("(")
        if isinstance(rt, T.Pointer):
            w.buf.append("*")
            rt = rt.elem
        if isinstance(rt, T.Named) and rt.obj is not None:
            w.type_name(rt.obj)
        else:
            w.typ(rt)
        w.buf.append(")." + f.name)
        return "".join(w.buf)
    if f.pkg is not None:
        q = qualifier(f.pkg) if qualifier else f.pkg.path
        if q:
            return q + "." + f.name
    return f.name


def object_string(obj: Object, qualifier: Qualifier | None = None) -> str:
    from tinypy_go.frontend.types import objects as O

    w = _Writer(qualifier)
    b = w.buf
    t = obj.type
    tobj = type(obj)
    if tobj is O.PkgName:
        return f"package {obj.name} ({obj.imported.path!r})".replace("'", '"')
    if tobj is O.Const:
        b.append("const")
    elif tobj is O.TypeName:
        if isinstance(t, T.TypeParam):
            b.append("type parameter")
        else:
            b.append("type")
    elif tobj is O.Var:
        b.append("field" if obj.is_field else "var")
    elif tobj is O.Func:
        b.append("func ")
        b.append(func_full_name(obj, qualifier))
        if isinstance(t, T.Signature):
            w.signature(t)
        return "".join(b)
    elif tobj is O.Label:
        return "label " + obj.name
    elif tobj is O.Builtin:
        return "builtin " + obj.name
    elif tobj is O.Nil:
        return "nil"
    b.append(" ")
    if obj.pkg is not None and obj.parent is obj.pkg.scope:
        q = qualifier(obj.pkg) if qualifier else obj.pkg.path
        if q:
            b.append(q + ".")
    b.append(obj.name)
    if t is None:
        return "".join(b)
    if tobj is O.TypeName:
        if isinstance(t, T.TypeParam):
            b.append(" ")
            w.typ(t.bound)
            return "".join(b)
        if obj.is_alias():
            b.append(" =")
            b.append(" ")
            w.typ(t)
            return "".join(b)
        t = t.underlying() if isinstance(t, T.Named) else t
        if isinstance(obj.type, T.Basic):
            return "".join(b)
    b.append(" ")
    w.typ(t)
    return "".join(b)
