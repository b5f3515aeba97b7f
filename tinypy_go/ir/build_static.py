"""Package-level variables initialised as static data, or lazily.

Standard packages declare large tables as package variables (``unicode``'s
range tables, ``strconv``'s powers of ten). Built as init code, each table
costs allocations and stores at start-up, a huge package initialiser, and
every table lands in the binary whether the program uses it or not. gc's
compiler emits such initialisers as data, and its linker drops the ones
nothing references; this module does the same:

* **static**: an initialiser made of constants, composite literals, ``&``
  of composite literals or of package variables, and typed nils becomes a
  ``StaticValue`` on the ``ssa.Global`` (``Global.static_value``, a thunk until it is first
  emitted: the initialisers of unused tables are only checked); the backend
  (``backend/staticdata.py``) emits it as the global's LLVM initialiser, and
  only when some emitted code refers to the global. Slice and ``&T{}``
  literals become anonymous globals of their own.
* **lazy**: any other initialiser without side effects (maps, interfaces,
  func values, conversions, arithmetic of such) is built into a function of
  its own, ``pkg.init$var``, called from the package initialiser only when
  the backend finds the variable referenced (``ssa.Function.lazy_global``;
  ``backend/staticdata.py`` resolves the calls once code generation is done).

Everything else stays init code, in the package's initialisation order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import Any

from tinypy_go.frontend import ast
from tinypy_go.frontend.types import api
from tinypy_go.frontend.types import objects as O
from tinypy_go.frontend.types import typ as T
from tinypy_go.ir import ssa

# functions without side effects or panics: a variable initialised by calling one may be lazy
_PURE_FUNCS = frozenset({("errors", "New")})


class NotStatic(Exception):
    """The initialiser is not static data."""


@dataclass(slots=True, eq=False)
class StaticValue:
    """A constant datum of type ``type``.

    kind: "const" (value: a checker constant or None for zero), "agg" (elems:
    one StaticValue per struct field or array element), "addr" (target: an
    ssa.Global), "slice" (target: the backing array's Global, length, cap),
    "func" (target: the ssa.Function of a top-level function used as a value).
    """

    kind: str
    type: Any
    value: Any = None
    elems: list[StaticValue] = field(default_factory=list)
    target: Any = None
    length: int = 0
    # an array's elements by index when most are zero (elems is then empty): a
    # ``[1 << 24]byte{3: 9}`` costs its two elements, not 16M (backend/staticdata.py)
    sparse: dict[int, StaticValue] | None = None


_DRY = StaticValue("const", None)  # what a dry run returns for any static value


def under(t: T.Type) -> T.Type:
    return T.unalias(t).underlying()


def zero(t: T.Type) -> StaticValue:
    return StaticValue("const", t, None)


def static_builder(pb: Any, info: Any) -> StaticBuilder:
    """The package's one StaticBuilder (package-level data and long constant
    literals inside functions share its anonymous globals)."""
    sb = getattr(pb, "_static_builder", None)
    if sb is None:
        sb = pb._static_builder = StaticBuilder(pb, info)
    return sb


def static_value_of(g: ssa.Global) -> StaticValue | None:
    """g's static value, made now if it is still a thunk.  The value is kept on g: it
    owns the anonymous globals it points to, and the backend tracks emitted globals
    by id(), so they must stay alive."""
    if callable(g.static_value):
        g.static_value = g.static_value()
    return g.static_value


def static_refs(sv: StaticValue) -> list[Any]:
    """The ssa.Functions and ssa.Globals a static value refers to (func values, addresses)."""
    out: list[Any] = []
    work = [sv]
    while work:
        v = work.pop()
        if v.target is not None:
            out.append(v.target)
        work.extend(v.elems)
        if v.sparse:
            work.extend(v.sparse.values())
    return out


class StaticBuilder:
    """Evaluates initialiser expressions of one package to StaticValues."""

    def __init__(self, pb: Any, info: api.Info):
        self.pb = pb
        self.info = info
        self.count = 0
        # dry: only check that a value is static (at build time, for every package
        # variable); the data itself is made when the backend first needs it (evaluate)
        self.dry = False

    def check(self, e: ast.Expr, t: T.Type) -> bool:
        self.dry = True
        try:
            self.value(e, t)
            return True
        except NotStatic:
            return False
        finally:
            self.dry = False

    def evaluate(self, e: ast.Expr, t: T.Type) -> StaticValue:
        ast.load_literal(e)
        return self.value(e, t)

    # ------------------------------------------------------------ purity

    def pure(self, e: ast.Expr) -> bool:
        """No side effects and no possible panic: evaluating e can be skipped."""
        tv = self.info.types.get(e)
        if tv is not None and tv.mode == api.CONSTANT and tv.value is not None:
            return True
        k = type(e)
        if k is ast.Ident:
            return True  # a variable, function, nil or constant
        if k is ast.ParenExpr:
            return self.pure(e.x)
        if k is ast.SelectorExpr:  # only pkg.Name (field selection may dereference nil)
            return isinstance(e.x, ast.Ident) and isinstance(self.info.uses.get(e.x), O.PkgName)
        if k is ast.CompositeLit:
            for el in e.elts:
                if type(el) is ast.KeyValueExpr:
                    if not isinstance(el.key, ast.Ident) and not self.pure(el.key):
                        return False
                    el = el.value
                if not self.pure(el):
                    return False
            return True
        if k is ast.UnaryExpr:
            return e.op in ("&", "-", "+", "!", "^") and self.pure(e.x)
        if k is ast.FuncLit:
            return True
        if k is ast.CallExpr:  # a conversion
            ftv = self.info.types.get(e.fun)
            if ftv is not None and ftv.mode != api.TYPEXPR:
                return self.pure_call(e)
            return (ftv is not None and ftv.mode == api.TYPEXPR and len(e.args) == 1
                    and not isinstance(under(ftv.type), T.Pointer) and self.pure(e.args[0]))
        return False

    def pure_call(self, e: ast.CallExpr) -> bool:
        """A call of a standard function known to only allocate (``var ErrX = errors.New("...")``:
        dozens per program, most never used: size)."""
        fun = e.fun
        if type(fun) is not ast.SelectorExpr or not isinstance(fun.x, ast.Ident):
            return False
        if not isinstance(self.info.uses.get(fun.x), O.PkgName):
            return False
        obj = self.info.uses.get(fun.sel)
        if not isinstance(obj, O.Func) or obj.pkg is None:
            return False
        return (obj.pkg.path, obj.name) in _PURE_FUNCS and all(self.pure(a) for a in e.args)

    # ------------------------------------------------------------ static data

    def value(self, e: ast.Expr, t: T.Type) -> StaticValue:
        """e (assigned to a location of type t) as static data, or NotStatic."""
        u = under(t)
        if type(u) is T.Interface:
            if isinstance(e, ast.Ident) and isinstance(self.info.uses.get(e), O.Nil):
                return _DRY if self.dry else zero(t)
            raise NotStatic
        tv = self.info.types.get(e)
        if tv is not None and tv.mode == api.CONSTANT and tv.value is not None:
            if type(u) is not T.Basic:
                raise NotStatic
            return _DRY if self.dry else StaticValue("const", t, tv.value)
        k = type(e)
        if k is ast.ParenExpr:
            return self.value(e.x, t)
        if k is ast.Ident or k is ast.SelectorExpr:
            obj = self.info.uses.get(e if k is ast.Ident else e.sel)
            if isinstance(obj, O.Nil):
                return _DRY if self.dry else zero(t)
            fn = None
            if isinstance(obj, O.Func) and getattr(obj.type, "recv", None) is None:  # not a method expression
                fn = self.pb.prog.funcs_by_obj.get(id(obj))
            if fn is not None and type(u) is T.Signature:  # a top-level function as a func value
                return _DRY if self.dry else StaticValue("func", t, target=fn)
            raise NotStatic
        if k is ast.CompositeLit:
            lt = tv.type if tv is not None else t
            if type(under(lt)) is T.Pointer:  # &T{} elided inside another literal
                return self.address_of_literal(e, under(lt).elem, t)
            return self.literal(e, lt)
        if k is ast.UnaryExpr and e.op == "&":
            x = e.x
            while type(x) is ast.ParenExpr:
                x = x.x
            if type(x) is ast.CompositeLit:
                return self.address_of_literal(x, self.info.types[x].type, t)
            if type(x) is ast.Ident:
                obj = self.info.uses.get(x)
                g = self.pb.prog.globals_by_obj.get(id(obj)) if isinstance(obj, O.Var) else None
                if g is not None:
                    return _DRY if self.dry else StaticValue("addr", t, target=g)
        raise NotStatic

    def address_of_literal(self, e: ast.CompositeLit, elem: T.Type, t: T.Type) -> StaticValue:
        lit = self.literal(e, elem)
        if self.dry:
            return _DRY
        return StaticValue("addr", t, target=self.anonymous(lit))

    def anonymous(self, sv: StaticValue) -> ssa.Global:
        pkg = self.pb.pkg
        self.count += 1
        g = ssa.Global(f"{pkg.path}.stmp.{self.count}", T.Pointer(sv.type), sv.type, pkg)
        g.static_value = sv
        return g

    def literal(self, e: ast.CompositeLit, t: T.Type) -> StaticValue:
        u = under(t)
        if type(u) is T.Struct:
            elems = [_DRY] * len(u.fields) if self.dry else [zero(f.type) for f in u.fields]
            for i, el in enumerate(e.elts):
                if type(el) is ast.KeyValueExpr:
                    name = el.key.name if isinstance(el.key, ast.Ident) else None
                    idx = next((j for j, f in enumerate(u.fields) if f.name == name), None)
                    if idx is None:
                        raise NotStatic
                    elems[idx] = self.value(el.value, u.fields[idx].type)
                else:
                    elems[i] = self.value(el, u.fields[i].type)
            return _DRY if self.dry else StaticValue("agg", t, elems=elems)
        if type(u) is T.Array:
            vals = self.elements(e, u.elem)
            return _DRY if self.dry else self.array(t, u.elem, vals, u.len)
        if type(u) is T.Slice:
            vals = self.elements(e, u.elem)
            if self.dry:
                return _DRY
            n = max(vals) + 1 if vals else 0
            arr = T.Array(u.elem, n)
            g = self.anonymous(self.array(arr, u.elem, vals, n))
            return StaticValue("slice", t, target=g, length=n)
        raise NotStatic

    @staticmethod
    def array(t: T.Type, elem: T.Type, vals: dict[int, StaticValue], n: int) -> StaticValue:
        if n > 64 and len(vals) * 2 < n:
            return StaticValue("agg", t, sparse=vals, length=n)
        z = zero(elem)
        return StaticValue("agg", t, elems=[vals.get(j, z) for j in range(n)])

    def elements(self, e: ast.CompositeLit, elem: T.Type) -> dict[int, StaticValue]:
        vals: dict[int, StaticValue] = {}
        i = 0
        for el in e.elts:
            if type(el) is ast.KeyValueExpr:
                ktv = self.info.types.get(el.key)
                if ktv is None or ktv.value is None:
                    raise NotStatic
                i = int(ktv.value)
                el = el.value
            vals[i] = self.value(el, elem)
            i += 1
        return vals


# What an initialiser is (``static_or_lazy``'s verdicts, as recorded by ``Verdicts``)
INIT_CODE, STATIC, LAZY = 0, 1, 2


class Verdicts:
    """The verdicts of one package's initialisers, kept in the build cache from one build
    to the next: checking that an initialiser is static data walks all of it (``unicode``'s
    tables: 40,000 expressions, a tenth of an edited fmt program's SSA stage), and the answer
    depends only on the package's syntax and types, which its package-cache key fixes, and
    on the compiler, whose source hash is part of the key.  A package without
    a key (the main package, or no package cache) is checked every time; an entry that does
    not fit (damaged, another number of initialisers) is ignored and written anew."""

    __slots__ = ("key", "known", "found")

    def __init__(self, pkg_key: str | None, count: int):
        self.key = None if pkg_key is None else _verdicts_key(pkg_key)
        self.known: bytes | None = None
        self.found = bytearray()
        if self.key is not None:
            from tinypy_go import cache

            data = cache.get("static", self.key)
            if data is not None and len(data) == count and max(data, default=0) <= LAZY:
                self.known = data

    def finish(self) -> None:
        if self.key is not None and self.known is None:
            from tinypy_go import cache

            cache.put("static", self.key, bytes(self.found))


def _verdicts_key(pkg_key: str) -> str:
    from tinypy_go import buildcache, cache

    return cache.cache_key("static-verdicts/1", pkg_key, buildcache.compiler_hash())


def static_or_lazy(fb: Any, item: api.Initializer, verdicts: Verdicts | None = None) -> bool:
    """Handle a package-level initialisation as static data or lazily; False
    when it must run as init code (fb: the package initialiser's builder).
    ``verdicts``: the package's recorded verdicts, read or written in initialiser order."""
    verdict, g = _verdict(fb, item, verdicts)
    if verdicts is not None:
        verdicts.found.append(verdict)
    if verdict == INIT_CODE:
        return False
    pb = fb.pb
    if verdict == STATIC:
        sb = static_builder(pb, fb.info)
        g.static_value = partial(sb.evaluate, item.rhs, g.elem)  # made when the global is emitted
        return True
    from tinypy_go.ir.builder import FunctionBuilder, finish_function

    name = f"{g.name}$init"
    helper = ssa.Function(name, T.Signature(), pb.pkg, synthetic="lazy variable initializer")
    helper.lazy_global = g

    def build() -> None:  # only if the variable is used (ir/reach.py), as its call is kept
        hb = FunctionBuilder(pb, helper)
        hb.block = helper.new_block("entry")
        hb.global_initializer(item)
        hb.emit_return([], 0)
        finish_function(helper)

    helper.builder = build
    pb.pkg.functions[name] = helper
    fb.emit(ssa.Call(ssa.CallCommon(helper, [], signature=helper.signature), T.EMPTY_TUPLE))
    return True


def _verdict(fb: Any, item: api.Initializer, verdicts: Verdicts | None) -> tuple[int, Any]:
    """The initialiser's verdict and the variable's ssa.Global (None for init code
    that is not one variable's)."""
    if len(item.lhs) != 1:
        return INIT_CODE, None
    pb = fb.pb
    g = pb.prog.globals_by_obj.get(id(item.lhs[0]))
    if g is None or g.link_name:  # checked every time: the runtime's source can pull a variable
        return INIT_CODE, g
    if verdicts is not None and verdicts.known is not None:
        return verdicts.known[len(verdicts.found)], g
    sb = static_builder(pb, fb.info)
    ast.load_literal(item.rhs)
    if not sb.pure(item.rhs):
        return INIT_CODE, g
    return (STATIC if sb.check(item.rhs, g.elem) else LAZY), g
