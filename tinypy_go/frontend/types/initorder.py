"""Package-level variable initialization order (go/types initorder.go)."""

from __future__ import annotations

import heapq

from tinypy_go.frontend.types import objects as O
from tinypy_go.frontend.types.api import Initializer


class InitOrderMixin:
    def init_order(self) -> None:
        # dependency graph over package-level vars, consts and funcs
        objs = [o for o in self.obj_map if not isinstance(o, O.TypeName)]
        succ: dict[O.Object, set] = {o: set() for o in objs}
        pred: dict[O.Object, set] = {o: set() for o in objs}
        for o in objs:
            for d in self.obj_map[o].deps:
                if d in succ and not isinstance(d, O.TypeName):
                    # o depends on d: edge o -> d ; pred[d] gets o
                    succ[o].add(d)
                    pred[d].add(o)
        # eliminate functions: connect their predecessors to their successors
        funcs = sorted((o for o in objs if isinstance(o, O.Func)), key=lambda o: o.order)
        for f in funcs:
            for p in pred[f]:
                if p is f:
                    continue
                for s in succ[f]:
                    if s is f:
                        continue
                    succ[p].add(s)
                    pred[s].add(p)
                succ[p].discard(f)
            for s in succ[f]:
                pred[s].discard(f)
            del succ[f]
            del pred[f]
        nodes = [o for o in objs if not isinstance(o, O.Func)]
        ndeps = {o: len(succ[o]) for o in nodes}
        heap = [(ndeps[o], o.order, id(o), o) for o in nodes]
        heapq.heapify(heap)
        emitted: set[int] = set()
        done: set = set()
        order: list[Initializer] = []
        while heap:
            n, _, _, o = heapq.heappop(heap)
            if o in done or n != ndeps[o]:
                continue
            if n > 0:
                cycle = self._find_init_cycle(o, succ)
                if cycle:
                    self._report_init_cycle(cycle)
            done.add(o)
            for p in pred[o]:
                if p in ndeps and p not in done:
                    ndeps[p] -= 1
                    heapq.heappush(heap, (ndeps[p], p.order, id(p), p))
            if type(o) is not O.Var:
                continue
            d = self.obj_map[o]
            if d.init is None:
                continue
            if id(d) in emitted:
                continue
            emitted.add(id(d))
            lhs = d.lhs if d.lhs else [o]
            order.append(Initializer(lhs, d.init))
        self.info.init_order = order

    def _find_init_cycle(self, start, succ):
        path: list = []
        seen: set = set()

        def dfs(n) -> bool:
            if n in seen:
                return False
            seen.add(n)
            path.append(n)
            for s in sorted(succ.get(n, ()), key=lambda o: o.order):
                if s is start:
                    return True
                if dfs(s):
                    return True
            path.pop()
            return False

        if dfs(start):
            return list(path)
        return None

    def _report_init_cycle(self, cycle) -> None:
        obj = cycle[0]
        if len(cycle) == 1:
            self.errorf(obj.pos, "initialization cycle: %s refers to itself", obj.name)
            return
        self.errorf(obj.pos, "initialization cycle for %s", obj.name)
        cur = obj
        for nxt in reversed(cycle):
            self.error(cur.pos, f"\t{cur.name} refers to {nxt.name}")
            cur = nxt
