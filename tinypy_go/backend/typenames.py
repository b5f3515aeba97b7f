"""Type spellings: descriptor identity keys and the strings Go's runtime prints.

One walker serves both, because the two used to be separate walkers (plus a
third for instance names) and drifted apart: byte/rune, parameter names and
the spelling of struct and interface type arguments each differed once.

- ``type_key``: equal exactly when the types are identical (package paths,
  embedded marks, unexported names qualified by package path, local types
  told apart by position and instance).
- ``go_type_string``: reflect's ``Type.String()`` (package names, gc's
  spacing); instance arguments use package paths, as gc spells them
  (``main.Box[[]encoding/json.Number]``).
"""

from __future__ import annotations

from collections.abc import Callable

from tinypy_go.frontend.types import objects as O
from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.package import Package
from tinypy_go.frontend.types.typestring import type_string
from tinypy_go.ir.generics import local_type_args

Qualifier = Callable[[Package], str]


def _by_name(pkg: Package) -> str:
    return pkg.name


def _by_path(pkg: Package) -> str:
    return pkg.path


def type_key(t: T.Type) -> str:
    """A string identifying t up to Go type identity."""
    return _spell(t, True, _by_path)


def go_type_string(t: T.Type) -> str:
    """A type as reflect's Type.String() and the runtime's messages print it."""
    return _spell(t, False, _by_name)


def method_order(m: O.Func):
    """gc's method order (types.Sym.Less): exported first, then by name, then package path."""
    return (not m.exported(), m.name, m.pkg.path if m.pkg is not None and not m.exported() else "")


def quote_tag(s: str) -> str:
    """A struct tag as strconv.Quote writes it (reflect prints tags quoted)."""
    out = ['"']
    for ch in s:
        if ch == '"' or ch == "\\":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _spell(t: T.Type, key: bool, qual: Qualifier) -> str:
    t = T.unalias(t)
    k = type(t)
    if k is T.Named:
        return _named(t, key, qual)
    if k is T.Basic:  # byte and rune are uint8 and int32
        return T.TYP[t.kind].name if t.kind != T.UNSAFE_POINTER else "unsafe.Pointer"
    if k is T.Pointer:
        return "*" + _spell(t.elem, key, qual)
    if k is T.Slice:
        return "[]" + _spell(t.elem, key, qual)
    if k is T.Array:
        return f"[{t.len}]" + _spell(t.elem, key, qual)
    if k is T.Map:
        return f"map[{_spell(t.key, key, qual)}]{_spell(t.elem, key, qual)}"
    if k is T.Chan:
        e = _spell(t.elem, key, qual)
        if t.dir == T.RECV_ONLY:
            return "<-chan " + e
        if t.dir == T.SEND_ONLY:
            return "chan<- " + e
        inner = T.unalias(t.elem)
        if type(inner) is T.Chan and inner.dir == T.RECV_ONLY:
            return f"chan ({e})"
        return "chan " + e
    if k is T.Signature:
        return "func" + _signature(t, key, qual)
    if k is T.Struct:
        return _struct(t, key, qual)
    if k is T.Interface:
        return _interface(t, key, qual)
    return type_string(t, qual)


def _named(t: T.Named, key: bool, qual: Qualifier) -> str:
    obj = t.obj
    if key:
        base = f"{obj.pkg.path}.{obj.name}" if obj.pkg is not None else obj.name
        if obj.pkg is not None and obj.parent is not None and obj.parent is not obj.pkg.scope \
                and obj.parent.parent is not None:
            base += f"·{obj.pos}{local_type_args(t)}"  # declared inside a function (generic: per instance)
    else:
        q = qual(obj.pkg) if obj.pkg is not None else ""
        base = f"{q}.{obj.name}" if q else obj.name
    if t.type_args:
        base += "[" + ",".join(_spell(a, key, _by_path) for a in t.type_args) + "]"
    return base


def _member(name: str, obj: O.Var | O.Func, key: bool) -> str:
    """A field or method name; unexported ones are distinct per package."""
    if key and not obj.exported() and obj.pkg is not None:
        return f"{obj.pkg.path}.{name}"
    return name


def _signature(sig: T.Signature, key: bool, qual: Qualifier) -> str:
    """Parameters and results; names never matter."""
    params = sig.params.vars
    ps = [_spell(v.type, key, qual) for v in params]
    if sig.variadic and ps:
        ps[-1] = "..." + _spell(T.unalias(params[-1].type).elem, key, qual)
    rs = [_spell(v.type, key, qual) for v in sig.results.vars]
    s = "(" + ", ".join(ps) + ")"
    if len(rs) == 1:
        return s + " " + rs[0]
    return s + (" (" + ", ".join(rs) + ")" if rs else "")


def _struct(t: T.Struct, key: bool, qual: Qualifier) -> str:
    if not t.fields:
        return "struct {}"
    parts = []
    for i, f in enumerate(t.fields):
        ft = _spell(f.type, key, qual)
        if f.embedded:
            s = f"~{_member(f.name, f, key)} {ft}" if key else ft
        else:
            s = f"{_member(f.name, f, key)} {ft}"
        tag = t.tag(i)
        if tag:
            s += " " + quote_tag(tag)
        parts.append(s)
    return "struct { " + "; ".join(parts) + " }"


def _interface(t: T.Interface, key: bool, qual: Qualifier) -> str:
    ms = sorted(t.all_methods(), key=method_order)
    if not ms:
        return "interface {}"
    return "interface { " + "; ".join(_member(m.name, m, key) + _signature(m.type, key, qual) for m in ms) + " }"
