"""Unbounded recursive instantiation (go/types mono.go): ``instantiation cycle``.

A package cannot be statically instantiated when a type parameter is, through
a chain of instantiations, instantiated with a type derived from itself
(``f[*T]`` inside ``f[T]``, ``type L[T any] struct{ next *L[[]T] }``).  As in
go/types, vertices are type parameters (and defined types declared inside
generic functions), an edge ``tpar <- src`` records that src flows into tpar's
type argument, with weight 0 when the argument is src itself and 1 when it is
derived from it; a positive-weight cycle is an error:

    x.go:3:8: instantiation cycle:
        x.go:5:5: T instantiated as *T  (the detail line starts with a tab)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tinypy_go.frontend.types import objects as O
from tinypy_go.frontend.types import typ as T


@dataclass(slots=True)
class _Vertex:
    obj: O.TypeName
    weight: int = 0
    pre: int = -1
    len: int = 0


@dataclass(slots=True)
class _Edge:
    dst: int
    src: int
    weight: int
    pos: int
    typ: T.Type


@dataclass(slots=True)
class MonoGraph:
    vertices: list[_Vertex] = field(default_factory=list)
    edges: list[_Edge] = field(default_factory=list)
    canon: dict[int, T.TypeParam] = field(default_factory=dict)  # id(method tparam) -> receiver type's tparam
    name_idx: dict[int, int] = field(default_factory=dict)  # id(TypeName) -> vertex
    keep: list[object] = field(default_factory=list)

    def record_canon(self, mpar: T.TypeParam, tpar: T.TypeParam) -> None:
        self.canon[id(mpar)] = tpar
        self.keep.append(mpar)

    def record_instance(self, pkg, pos: int, tparams: list[T.TypeParam], targs: list[T.Type], xlist) -> None:
        for i, tpar in enumerate(tparams):
            if i >= len(targs) or targs[i] is None:
                continue
            p = xlist[i].pos if xlist and i < len(xlist) and xlist[i] is not None else pos
            self.assign(pkg, p, tpar, targs[i])

    def assign(self, pkg, pos: int, tpar: T.TypeParam, targ: T.Type) -> None:
        if tpar.obj is None or tpar.obj.pkg is not pkg:
            return  # instantiation cycles stay within one package
        dst = self.type_param_vertex(tpar)
        seen: set[int] = set()
        stack = [targ]
        while stack:
            typ = T.unalias(stack.pop())
            k = type(typ)
            if k is T.TypeParam:
                if typ.obj is not None and typ.obj.pkg is pkg:
                    self._add(dst, self.type_param_vertex(typ), 0 if typ is targ else 1, pos, targ)
                continue
            if id(typ) in seen:
                continue
            seen.add(id(typ))
            if k is T.Named:
                src = self.local_named_vertex(pkg, typ.orig)
                if src >= 0:
                    self._add(dst, src, 0 if typ is targ else 1, pos, targ)
                stack.extend(typ.type_args)
            elif k is T.Array or k is T.Chan or k is T.Pointer or k is T.Slice:
                stack.append(typ.elem)
            elif k is T.Map:
                stack.extend((typ.key, typ.elem))
            elif k is T.Interface:
                stack.extend(m.type for m in typ.methods)
            elif k is T.Signature:
                stack.extend(v.type for v in (typ.params.vars if typ.params else ()))
                stack.extend(v.type for v in (typ.results.vars if typ.results else ()))
            elif k is T.Struct:
                stack.extend(f.type for f in typ.fields)

    def local_named_vertex(self, pkg, named: T.Named) -> int:
        obj = named.obj
        if obj is None or obj.pkg is not pkg:
            return -1
        root = pkg.scope
        if obj.parent is root or obj.parent is None:
            return -1  # package scope: no ambient type parameters
        got = self.name_idx.get(id(obj))
        if got is not None:
            return got
        idx = -1
        scope = obj.parent
        while scope is not None and scope is not root:
            for elem in scope.elems.values():
                if type(elem) is O.TypeName and type(elem.type) is T.TypeParam and elem.pos < obj.pos:
                    if idx < 0:
                        idx = len(self.vertices)
                        self.vertices.append(_Vertex(obj))
                    self._add(idx, self.type_param_vertex(elem.type), 1, obj.pos, elem.type)
            scope = scope.parent
        self.name_idx[id(obj)] = idx
        self.keep.append(obj)
        return idx

    def type_param_vertex(self, tpar: T.TypeParam) -> int:
        tpar = self.canon.get(id(tpar), tpar)
        obj = tpar.obj
        got = self.name_idx.get(id(obj))
        if got is not None:
            return got
        idx = len(self.vertices)
        self.vertices.append(_Vertex(obj))
        self.name_idx[id(obj)] = idx
        self.keep.append(obj)
        return idx

    def _add(self, dst: int, src: int, weight: int, pos: int, typ: T.Type) -> None:
        self.edges.append(_Edge(dst, src, weight, pos, typ))

    def find_cycle(self) -> tuple[O.TypeName, list[tuple[int, str, T.Type, bool]]] | None:
        """Bellman-Ford for the heaviest paths; a path as long as there are vertices has a
        positive cycle.  Returns (the cycle's first type parameter, [(pos, name, type, named)])."""
        vs, es = self.vertices, self.edges
        again = True
        while again:
            again = False
            for i, e in enumerate(es):
                src, dst = vs[e.src], vs[e.dst]
                w = src.weight + e.weight
                if w <= dst.weight:
                    continue
                dst.pre = i
                dst.len = src.len + 1
                if dst.len == len(vs):
                    return self._cycle(e.dst)
                dst.weight = w
                again = True
        return None

    def _cycle(self, v: int) -> tuple[O.TypeName, list[tuple[int, str, T.Type, bool]]]:
        stack: list[int] = []
        seen = [False] * len(self.vertices)
        while not seen[v]:
            stack.append(v)
            seen[v] = True
            v = self.edges[self.vertices[v].pre].src
        while stack[0] != v:
            stack.pop(0)
        steps = []
        for u in stack:
            e = self.edges[self.vertices[u].pre]
            obj = self.vertices[e.dst].obj
            steps.append((e.pos, obj.name, e.typ, type(obj.type) is T.Named))
        return self.vertices[v].obj, steps
