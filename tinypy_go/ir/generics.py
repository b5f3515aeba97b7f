"""Generics by instantiation (monomorphization) in the SSA builder.

A generic function, or a method of a generic type, never becomes an SSA
function itself.  Each distinct type-argument list it is used with becomes
one ``ssa.Function`` (``main.Map[int,string]``, ``(*main.List[int]).Push``)
built from the same syntax with a type substitution applied to everything
the builder reads from the checker: the instance's ``FunctionBuilder`` sees
a ``SubstInfo`` instead of the package's ``api.Info``, whose ``types``,
``defs``, ``uses``, ``selections`` and ``instances`` hand out substituted
types and objects.  The builder code itself is unchanged, so after
substitution ``+`` on ``T=string`` is simply string concatenation, ``x.M()``
through a constraint is a static call of the type argument's method, and
struct layouts are per instance (instantiated ``Named`` types have the
substituted struct as underlying type).

Instances are created on demand while other functions are built: explicit
(``f[int]``) and inferred (``f(1)``) instantiations come from
``Info.instances``; methods come from selections whose receiver is an
instantiated ``Named`` (after substitution when the caller is itself an
instance).  Creation only registers the function and queues it; ``drain``
builds the queue until it is empty (an instance may create more instances).
Instances are deduplicated per origin with ``predicates.identical`` on the
type arguments.  Substitution uses the checker's own ``subst``/``instantiate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tinypy_go.errors import InternalCompilerError
from tinypy_go.frontend import ast
from tinypy_go.frontend.types import api
from tinypy_go.frontend.types import objects as O
from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.lookup import lookup_field_or_method
from tinypy_go.frontend.types.predicates import identical
from tinypy_go.frontend.types.subst import _Subst
from tinypy_go.frontend.types.typestring import type_string
from tinypy_go.ir import ssa

if TYPE_CHECKING:
    from tinypy_go.ir.builder import PackageBuilder

# ---------------------------------------------------------------- the substituting Info view


class _View:
    """A read-only mapping over one of Info's tables that converts each value on the way out.

    Converted values are cached per key so that repeated lookups give the same
    object (the builder keys its variables by ``id(obj)``)."""

    __slots__ = ("base", "convert", "cache")

    def __init__(self, base: dict, convert):
        self.base = base
        self.convert = convert
        self.cache: dict[Any, Any] = {}

    def get(self, key, default=None):
        got = self.cache.get(key, _MISSING)
        if got is not _MISSING:
            return got
        v = self.base.get(key, _MISSING)
        if v is _MISSING:
            return default
        v = self.convert(v) if v is not None else None
        self.cache[key] = v
        return v

    def __getitem__(self, key):
        v = self.get(key, _MISSING)
        if v is _MISSING:
            raise KeyError(key)
        return v

    def __contains__(self, key) -> bool:
        return key in self.base

    def __len__(self) -> int:
        return len(self.base)

    def __iter__(self):
        return iter(self.base)

    def keys(self):
        return self.base.keys()

    def items(self):
        for k in self.base:
            yield k, self[k]

    def values(self):
        for k in self.base:
            yield self[k]


_MISSING = object()


_LOCAL_TYPES: dict[int, tuple[T.Named, str]] = {}  # id(per-instance copy of a local type) -> (it, "[int]")


def local_type_args(t: T.Named) -> str:
    """For a type declared inside generic code, the type arguments of the instance its copy
    belongs to ("" otherwise): such types are distinct per instance although they share a name."""
    got = _LOCAL_TYPES.get(id(t))
    return got[1] if got is not None and got[0] is t else ""


class _InstanceSubst(_Subst):
    """The checker's substitution, plus types declared inside the generic function.

    A local ``type entry struct{ v T }`` is a plain Named (no type arguments) whose
    underlying type mentions T: each instance gets its own copy with T substituted."""

    def typ(self, t):
        if type(t) is T.Named and not t.type_args and t.orig is t and id(t) not in self.cache \
                and contains_type_param(t.underlying()):
            n = T.Named.__new__(T.Named)
            n.obj = t.obj
            n._underlying = None
            n.methods = t.methods
            n.type_params = []
            n.type_args = []
            n.orig = n
            n._resolver = None
            n._inst_methods = None
            n.check = None
            self.cache[id(t)] = n  # before the underlying type: it may refer to t
            _LOCAL_TYPES[id(n)] = (n, type_args_string(list(self.smap.values())))
            n.set_underlying(super().typ(t.underlying()))
            return n
        return super().typ(t)

    def vars(self, vs):
        """Like _Subst.vars, but each Var is copied once per instance, so the parameters of a
        substituted func literal type are the very objects its body's identifiers resolve to."""
        out = [self.var(v) for v in vs]
        return vs if all(a is b for a, b in zip(out, vs, strict=True)) else out

    def var(self, o: O.Var) -> O.Var:
        got = self.objs.get(id(o))
        if got is not None:
            return got
        t = self.typ(o.type)
        if t is o.type:
            nv = o
        else:
            nv = O.Var(o.pos, o.pkg, o.name, t, o.is_field, o.embedded, o.is_param)
            nv.origin = o.origin
            nv.used = o.used
            nv.parent = o.parent
        self.objs[id(o)] = nv
        return nv


class SubstInfo:
    """api.Info as seen from inside one instance: type parameters replaced by type arguments."""

    def __init__(self, info: api.Info, smap: dict[T.TypeParam, T.Type], generics: Generics | None = None):
        self.base = info
        self.smap = smap
        self.generics = generics
        self._subst = _InstanceSubst(smap)  # one cache per instance: equal inputs give the same output object
        self._subst.objs = {}
        self.selections = _View(info.selections, self.selection)
        if not smap:  # non-generic code: only selections are watched (see selection())
            self.types, self.defs, self.uses = info.types, info.defs, info.uses
            self.implicits, self.instances = info.implicits, info.instances
        else:
            self.types = _View(info.types, self.tv)
            self.defs = _View(info.defs, self.obj)
            self.uses = _View(info.uses, self.obj)
            self.implicits = _View(info.implicits, self.obj)
            self.instances = _View(info.instances, self.instance)
        self.scopes = info.scopes
        self.init_order = info.init_order
        self.file_versions = info.file_versions

    # api.Info's helpers, over the substituted tables
    def type_of(self, e: ast.Expr) -> T.Type | None:
        tv = self.types.get(e)
        if tv is not None:
            return tv.type
        if isinstance(e, ast.Ident):
            o = self.object_of(e)
            if o is not None:
                return o.type
        return None

    def object_of(self, ident: ast.Ident) -> O.Object | None:
        o = self.defs.get(ident)
        if o is not None:
            return o
        return self.uses.get(ident)

    def pkg_name_of(self, spec: ast.ImportSpec):
        return self.base.pkg_name_of(spec)

    # conversions
    def typ(self, t: T.Type | None) -> T.Type | None:
        if t is None:
            return None
        return self._subst.typ(t)

    def tv(self, tv: api.TypeAndValue) -> api.TypeAndValue:
        t = self.typ(tv.type)
        if t is tv.type:
            return tv
        return api.TypeAndValue(tv.mode, t, tv.value)

    def obj(self, o: O.Object) -> O.Object:
        """Variables whose type mentions a type parameter are copied, once per instance."""
        if type(o) is not O.Var:
            return o
        return self._subst.var(o)

    def selection(self, sel: api.Selection) -> api.Selection:
        """The selection with a concrete receiver; a method of an instantiated type gets its
        instance created and entered in ``prog.funcs_by_obj``, so that code which looks methods
        up there (method values, promoted methods, wrappers) finds instances too."""
        sel = self._selection(sel)
        if self.generics is not None and sel.kind != api.FIELD_VAL and isinstance(sel.obj, O.Func):
            self.generics.method_function(sel.obj)
        return sel

    def _selection(self, sel: api.Selection) -> api.Selection:
        recv = self.typ(sel.recv) if self.smap else sel.recv
        if recv is sel.recv:
            return sel
        if sel.kind == api.FIELD_VAL:
            return api.Selection(sel.kind, recv, self.obj(sel.obj), sel.index, sel.indirect)
        # methods: look the method up again on the concrete receiver, so that a call through a
        # constraint's method becomes a call of the type argument's method (and a method of
        # List[T] one of List[int]).
        addressable = True
        obj, index, indirect = lookup_field_or_method(recv, addressable, sel.obj.pkg, sel.obj.name)
        if not isinstance(obj, O.Func):
            return api.Selection(sel.kind, recv, sel.obj, sel.index, sel.indirect)
        return api.Selection(sel.kind, recv, obj, index, indirect)

    def instance(self, inst: api.Instance) -> api.Instance:
        args = [self.typ(a) for a in inst.type_args]
        return api.Instance(args, self.typ(inst.type))

    def signature(self, sig: T.Signature) -> T.Signature:
        """The instance's signature, built from the same (substituted) Var objects as the body's."""
        params = T.Tuple([self.obj(v) for v in sig.params.vars])
        results = T.Tuple([self.obj(v) for v in sig.results.vars])
        recv = self.obj(sig.recv) if sig.recv is not None else None
        return T.Signature(params, results, sig.variadic, recv)


# ---------------------------------------------------------------- the program-wide instance table


def contains_type_param(t: T.Type | None, seen: set[int] | None = None) -> bool:
    """Whether t mentions a type parameter (instances must not; the backend cannot lower them)."""
    if t is None:
        return False
    if seen is None:
        seen = set()
    tt = type(t)
    if tt is T.TypeParam:
        return True
    if tt is T.Basic or id(t) in seen:
        return False
    seen.add(id(t))
    if tt is T.Named:
        if t.type_args:
            return any(contains_type_param(a, seen) for a in t.type_args)
        return contains_type_param(t.underlying(), seen)  # generic origin, or a type local to generic code
    if tt is T.Alias:
        return contains_type_param(T.unalias(t), seen)
    if tt in (T.Pointer, T.Slice, T.Array, T.Chan):
        return contains_type_param(t.elem, seen)
    if tt is T.Map:
        return contains_type_param(t.key, seen) or contains_type_param(t.elem, seen)
    if tt is T.Struct:
        return any(contains_type_param(f.type, seen) for f in t.fields)
    if tt is T.Tuple:
        return any(contains_type_param(v.type, seen) for v in t.vars)
    if tt is T.Signature:
        return contains_type_param(t.params, seen) or contains_type_param(t.results, seen)
    if tt is T.Interface:
        return any(contains_type_param(m.type, seen) for m in t.methods) or \
            any(contains_type_param(e, seen) for e in t.embeddeds)
    return False


def type_args_string(args: list[T.Type]) -> str:
    """``[int,string]``: the type-argument part of an instance's name."""
    return "[" + ",".join(type_string(a).replace(", ", ",") for a in args) + "]"


class Generics:
    """Generic declarations of the program and their instances (``prog.generics``)."""

    def __init__(self, prog: ssa.Program):
        self.prog = prog
        self.decls: dict[int, tuple[PackageBuilder, ast.FuncDecl]] = {}  # id(origin Func) -> where declared
        self.instances: dict[int, list[tuple[list[T.Type], ssa.Function]]] = {}
        self.pending: list[tuple[PackageBuilder, ssa.Function]] = []
        self.views: dict[int, SubstInfo] = {}  # id(PackageBuilder) -> its non-generic Info view

    def declare(self, pb: PackageBuilder, obj: O.Func, decl: ast.FuncDecl) -> None:
        self.decls[id(obj)] = (pb, decl)

    def is_generic(self, obj: O.Func) -> bool:
        return id(obj.origin) in self.decls

    def instance(self, origin: O.Func, targs: list[T.Type]) -> ssa.Function:
        """The instance of origin for targs, created (and queued for building) on first use."""
        origin = origin.origin
        lst = self.instances.setdefault(id(origin), [])
        for args, fn in lst:
            if len(args) == len(targs) and all(identical(a, b) for a, b in zip(args, targs, strict=True)):
                return fn
        pb, decl = self.decls[id(origin)]
        sig: T.Signature = origin.type
        # a method: its receiver's type parameters, then its own (generic methods, go1.27)
        tparams = list(sig.recv_type_params) + list(sig.type_params) if sig.recv is not None else sig.type_params
        if len(tparams) != len(targs):
            raise _ice(pb, decl, f"{origin.name}: {len(targs)} type arguments for {len(tparams)} type parameters")
        for a in targs:
            if contains_type_param(a):
                raise _ice(pb, decl, f"instance of {origin.name} with unsubstituted type argument {a}")
        info = SubstInfo(pb.info, dict(zip(tparams, targs, strict=True)), self)
        isig = info.signature(sig)
        name = self.instance_name(pb, origin, isig, targs, len(sig.recv_type_params) if sig.recv is not None else 0)
        # the instance's own Func object (concrete signature, origin = the generic declaration)
        iobj = O.Func(origin.pos, origin.pkg, origin.name, isig)
        iobj.origin = origin
        iobj.has_ptr_recv = origin.has_ptr_recv
        iobj.decl = origin.decl
        fn = ssa.Function(name, isig, pb.pkg, decl.pos, iobj, syntax=decl)
        fn.type_args = list(targs)
        fn.info = info
        for d in decl.directives:
            if d.name == "go:noinline":
                fn.noinline = True
        lst.append((list(targs), fn))
        pb.pkg.functions[name] = fn
        self.pending.append((pb, fn))
        return fn

    @staticmethod
    def instance_name(pb: PackageBuilder, origin: O.Func, isig: T.Signature, targs: list[T.Type],
                      nrecv: int = 0) -> str:
        """``main.F[int]``, ``(*main.L[int]).M``, ``(main.T).G[string]`` (a generic method)."""
        if isig.recv is not None:
            rt = T.unalias(isig.recv.type)
            ptr = type(rt) is T.Pointer
            base = T.unalias(rt.elem) if ptr else rt
            rargs = type_args_string(targs[:nrecv]) if nrecv else ""
            margs = type_args_string(targs[nrecv:]) if len(targs) > nrecv else ""
            name = f"({'*' if ptr else ''}{pb.pkg.path}.{base.obj.name}{rargs}).{origin.name}{margs}"
        else:
            name = f"{pb.pkg.path}.{origin.name}{type_args_string(targs)}"
        if name in pb.pkg.functions:  # same spelling, different types (e.g. two local types named T)
            n = 2
            while f"{name}#{n}" in pb.pkg.functions:
                n += 1
            name = f"{name}#{n}"
        return name

    def method_function(self, m: O.Func) -> ssa.Function | None:
        """The SSA function of method m, instantiating it when it is a method of an instantiated type."""
        fn = self.prog.funcs_by_obj.get(id(m))
        if fn is not None or not self.is_generic(m):
            return fn
        sig = m.type
        if sig.type_params:
            return None  # a generic method: see generic_method_function
        rt = T.unalias(sig.recv.type) if sig.recv is not None else None
        if type(rt) is T.Pointer:
            rt = T.unalias(rt.elem)
        if type(rt) is not T.Named or not rt.type_args or contains_type_param(rt):
            return None
        fn = self.instance(m, rt.type_args)
        self.prog.funcs_by_obj[id(m)] = fn  # m is the instantiated type's (cached) method object
        return fn

    def generic_method_function(self, m: O.Func, mtargs: list[T.Type]) -> ssa.Function:
        """The instance of generic method m (go1.27) for its own type arguments
        mtargs, on m's receiver (whose type arguments, if any, come first)."""
        sig = m.type
        rt = T.unalias(sig.recv.type) if sig.recv is not None else None
        if type(rt) is T.Pointer:
            rt = T.unalias(rt.elem)
        rtargs = list(rt.type_args) if type(rt) is T.Named else []
        return self.instance(m, rtargs + list(mtargs))

    def info_for(self, pb: PackageBuilder) -> SubstInfo:
        """The Info view for non-generic functions of pb's package (see SubstInfo.selection)."""
        v = self.views.get(id(pb))
        if v is None:
            v = self.views[id(pb)] = SubstInfo(pb.info, {}, self)
        return v

    def drain(self) -> None:
        """Build queued instances until none are left."""
        from tinypy_go.ir.builder import FunctionBuilder

        while self.pending:
            pb, fn = self.pending.pop(0)
            decl = fn.syntax
            FunctionBuilder(pb, fn).build_body(decl.type, decl.body, decl.recv)


def _ice(pb: PackageBuilder, node: ast.Node, message: str) -> InternalCompilerError:
    return InternalCompilerError(pb.fset.position(node.pos), message)


def generics_of(prog: ssa.Program) -> Generics:
    g = prog.generics
    if g is None:
        g = prog.generics = Generics(prog)
    return g


def method_function(prog: ssa.Program, m: O.Func) -> ssa.Function | None:
    """The built SSA function of method m, for code outside the builder (interface dispatch).

    A method of an instantiated type that no code calls statically is instantiated and built here."""
    g = generics_of(prog)
    fn = g.method_function(m)
    g.drain()
    return fn


# ---------------------------------------------------------------- builder hooks


class GenericsMixin:
    """Mixin of FunctionBuilder: references to generic functions and methods."""

    def generic_func_ref(self, obj: O.Func, ident: ast.Ident) -> ssa.Function:
        """``f`` naming a generic function: the instance recorded for this use."""
        inst = self.info.instances.get(ident)
        if inst is None:
            raise self.unsupported(ident, f"generic function {obj.name} without instantiation")
        if any(contains_type_param(a) for a in inst.type_args):
            raise self.ice(ident, f"unsubstituted type arguments {inst.type_args} for {obj.name}")
        return generics_of(self.pb.prog).instance(obj, inst.type_args)

    def instantiated_func(self, e: ast.Expr) -> ssa.Function | None:
        """``f[int]`` / ``pkg.F[int, string]``: the instance, or None if e is an ordinary index."""
        x = ast.unparen(e.x)
        ident = x.sel if isinstance(x, ast.SelectorExpr) else x
        if not isinstance(ident, ast.Ident):
            return None
        obj = self.info.object_of(ident)
        if not isinstance(obj, O.Func) or ident not in self.info.instances:
            return None
        sel = self.info.selections.get(x) if isinstance(x, ast.SelectorExpr) else None
        if sel is not None:  # x.m[int] / T.m[int]: a generic method's value or expression (go1.27)
            if sel.kind == api.METHOD_VAL:
                return self.method_value(x, sel, self.type_of(e))
            return self.method_expr(x, sel)
        return self.generic_func_ref(obj, ident)

    def method_function(self, m: O.Func, node: ast.Expr | None = None) -> ssa.Function | None:
        """The SSA function of method m; for a generic method (go1.27) the
        instance recorded for the selector node (x.m, x.m[int], T.m)."""
        if isinstance(m.type, T.Signature) and m.type.type_params:
            inst = None
            if isinstance(node, ast.SelectorExpr):
                inst = self.info.instances.get(node.sel)
            if inst is None:
                raise self.unsupported(node if node is not None else m.decl, f"generic method {m.name} without "
                                       "instantiation")
            if any(contains_type_param(a) for a in inst.type_args):
                raise self.ice(node, f"unsubstituted type arguments {inst.type_args} for {m.name}")
            return generics_of(self.pb.prog).generic_method_function(m, inst.type_args)
        return generics_of(self.pb.prog).method_function(m)


__all__ = ["Generics", "GenericsMixin", "SubstInfo", "contains_type_param", "generics_of", "local_type_args",
           "method_function", "type_args_string"]
