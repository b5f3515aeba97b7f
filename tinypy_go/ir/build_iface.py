"""SSA construction for type assertions and type switches."""

from __future__ import annotations

from tinypy_go.frontend import ast
from tinypy_go.frontend.types import api
from tinypy_go.frontend.types import typ as T
from tinypy_go.frontend.types.objects import Var
from tinypy_go.ir import ssa
from tinypy_go.ir.build_expr import BOOL, is_interface


def pair_type(t: T.Type) -> T.Tuple:
    return T.Tuple([Var(0, None, "", t), Var(0, None, "", BOOL)])


def expr_type_assert(b, e: ast.TypeAssertExpr) -> ssa.Value:
    x = b.expr(e.x)
    t = b.type_of(e)
    return b.emit(ssa.TypeAssert(x, t, False, t, pos=e.lparen))


def comma_ok_type_assert(b, e: ast.TypeAssertExpr) -> ssa.Value:
    x = b.expr(e.x)
    t = b.type_of(e.type)
    return b.emit(ssa.TypeAssert(x, t, True, pair_type(t), pos=e.lparen))


def stmt_type_switch(b, s: ast.TypeSwitchStmt, label: str = "") -> None:
    from tinypy_go.ir.build_stmt import _target

    if s.init is not None:
        b.stmt(s.init)
    assign = s.assign
    if isinstance(assign, ast.AssignStmt):
        guard = ast.unparen(assign.rhs[0])
    else:
        guard = ast.unparen(assign.x)
    v = b.expr(guard.x)
    done = b.new_block("typeswitch.done")
    clauses: list[ast.CaseClause] = s.body.list
    bodies = [b.new_block("typeswitch.body") for _ in clauses]
    default_idx = next((i for i, c in enumerate(clauses) if c.list is None), None)
    bound_in_test: set[int] = set()
    for i, c in enumerate(clauses):
        if c.list is None:
            continue
        obj = b.info.implicits.get(c)
        for te in c.list:
            nxt = b.new_block("typeswitch.next")
            tv = b.info.types.get(te)
            val = None
            if tv is not None and tv.is_nil() or (isinstance(te, ast.Ident) and te.name == "nil"
                                                  and (tv is None or tv.mode != api.TYPEXPR)):
                ok = b.emit(ssa.BinOp("==", v, ssa.Const(v.type, None), BOOL, pos=te.pos))
            else:
                t = b.type_of(te)
                r = b.emit(ssa.TypeAssert(v, t, True, pair_type(t), pos=te.pos))
                ok = b.emit(ssa.Extract(r, 1, BOOL))
                val = b.emit(ssa.Extract(r, 0, t))
            if obj is not None and len(c.list) == 1 and val is not None:
                bind = b.new_block("typeswitch.bind")
                b.branch(ok, bind, nxt, te.pos)
                b.block = bind
                a = b.add_var(obj, te.pos)
                b.emit(ssa.Store(a, val))
                b.jump(bodies[i])
                bound_in_test.add(i)
            else:
                b.branch(ok, bodies[i], nxt, te.pos)
            b.block = nxt
    b.jump(bodies[default_idx] if default_idx is not None else done)
    for i, c in enumerate(clauses):
        b.block = bodies[i]
        obj = b.info.implicits.get(c)
        if obj is not None and i not in bound_in_test:
            a = b.add_var(obj, c.pos)
            b.emit(ssa.Store(a, b.conv(v, obj.type, c) if is_interface(obj.type) else v))
        b.targets.append(_target(break_=done, label=label))
        b.stmt_list(c.body)
        b.targets.pop()
        b.jump(done)
    b.block = done
