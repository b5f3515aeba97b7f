"""Type parameter substitution."""

from __future__ import annotations

from tinypy_go.frontend.types import typ as T


def subst(t, smap: dict) -> T.Type:
    """t with every type parameter in smap replaced; unchanged parts shared."""
    if not smap or t is None:
        return t
    return _Subst(smap).typ(t)


class _Subst:
    __slots__ = ("smap", "cache")

    def __init__(self, smap: dict):
        self.smap = smap
        self.cache: dict[int, T.Type] = {}

    def typ(self, t):
        tt = type(t)
        if tt is T.Basic or t is None:
            return t
        if tt is T.TypeParam:
            return self.smap.get(t, t)
        c = self.cache.get(id(t))
        if c is not None:
            return c
        r = t
        if tt is T.Pointer:
            e = self.typ(t.elem)
            if e is not t.elem:
                r = T.Pointer(e)
        elif tt is T.Slice:
            e = self.typ(t.elem)
            if e is not t.elem:
                r = T.Slice(e)
        elif tt is T.Array:
            e = self.typ(t.elem)
            if e is not t.elem:
                r = T.Array(e, t.len)
        elif tt is T.Map:
            k, e = self.typ(t.key), self.typ(t.elem)
            if k is not t.key or e is not t.elem:
                r = T.Map(k, e)
        elif tt is T.Chan:
            e = self.typ(t.elem)
            if e is not t.elem:
                r = T.Chan(t.dir, e)
        elif tt is T.Struct:
            fields = self.vars(t.fields)
            if fields is not t.fields:
                r = T.Struct(fields, t.tags)
        elif tt is T.Tuple:
            vs = self.vars(t.vars)
            if vs is not t.vars:
                r = T.Tuple(vs)
        elif tt is T.Signature:
            p, res = self.typ(t.params), self.typ(t.results)
            if p is not t.params or res is not t.results:
                r = T.Signature(p, res, t.variadic, t.recv, t.type_params)
                r.recv_type_params = t.recv_type_params
        elif tt is T.Union:
            terms = [T.Term(x.tilde, self.typ(x.type)) for x in t.terms]
            if any(a.type is not b.type for a, b in zip(terms, t.terms, strict=True)):
                r = T.Union(terms)
        elif tt is T.Interface:
            self.cache[id(t)] = t
            ms = self.funcs(t.methods)
            es = [self.typ(e) for e in t.embeddeds]
            if ms is not t.methods or any(a is not b for a, b in zip(es, t.embeddeds, strict=True)):
                it = T.Interface(ms, es)
                it.implicit = t.implicit
                it.complete = True
                r = it
        elif tt is T.Named:
            if t.type_args:
                args = [self.typ(a) for a in t.type_args]
                if any(a is not b for a, b in zip(args, t.type_args, strict=True)):
                    from tinypy_go.frontend.types.instantiate import instantiate_named

                    r = instantiate_named(t.orig, args)
        elif tt is T.Alias:
            if t.type_args:
                args = [self.typ(a) for a in t.type_args]
                if any(a is not b for a, b in zip(args, t.type_args, strict=True)):
                    from tinypy_go.frontend.types.instantiate import instantiate_alias

                    r = instantiate_alias(t.orig, args)
            else:
                r = self.typ(T.unalias(t))
                if r is T.unalias(t):
                    r = t
        self.cache[id(t)] = r
        return r

    def vars(self, vs):
        out = None
        for i, v in enumerate(vs):
            nt = self.typ(v.type)
            if nt is not v.type:
                if out is None:
                    out = list(vs)
                from tinypy_go.frontend.types.objects import Var

                nv = Var(v.pos, v.pkg, v.name, nt, v.is_field, v.embedded, v.is_param)
                nv.origin = v.origin
                nv.used = True
                out[i] = nv
        return vs if out is None else out

    def funcs(self, fs):
        out = None
        for i, f in enumerate(fs):
            nt = self.typ(f.type)
            if nt is not f.type:
                if out is None:
                    out = list(fs)
                from tinypy_go.frontend.types.objects import Func

                nf = Func(f.pos, f.pkg, f.name, nt)
                nf.origin = f.origin
                nf.has_ptr_recv = f.has_ptr_recv
                out[i] = nf
        return fs if out is None else out
