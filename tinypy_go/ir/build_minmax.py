"""SSA construction for the builtins min and max.

Generic code leans on them (``min``/``max`` over ``cmp.Ordered`` type
parameters); constant calls are folded by the checker, so only the run-time
forms get here.  They follow the spec's float rules for NaN: once an operand
is NaN the result is NaN.
"""

from __future__ import annotations

from tinypy_go.frontend import ast
from tinypy_go.frontend.types import typ as T
from tinypy_go.ir import ssa
from tinypy_go.ir.build_expr import BOOL, default_type, under


class MinMaxMixin:
    """Mixin of FunctionBuilder: builtin min, max."""

    def builtin_minmax(self, e: ast.CallExpr, name: str) -> ssa.Value:
        t = default_type(self.type_of(e))
        is_float = bool(under(t).info & T.IS_FLOAT) if type(under(t)) is T.Basic else False
        op = "<" if name == "min" else ">"
        r = self.conv(self.expr(e.args[0]), t, e.args[0])
        if isinstance(r, ssa.Const):
            r = ssa.Const(t, r.value, r.pos)
        for a in e.args[1:]:
            y = self.conv(self.expr(a), t, a)
            if isinstance(y, ssa.Const):
                y = ssa.Const(t, y.value, y.pos)
            take = self.new_block(f"{name}.take")
            done = self.new_block(f"{name}.done")
            better = self.emit(ssa.BinOp(op, y, r, BOOL, pos=a.pos))
            if is_float:  # a NaN operand wins (and a NaN result stays: comparisons with it are false)
                nan_check = self.new_block(f"{name}.nan")
                self.branch(better, take, nan_check)
                self.block = nan_check
                self.branch(self.emit(ssa.BinOp("!=", y, y, BOOL, pos=a.pos)), take, done)
            else:
                self.branch(better, take, done)
            self.block = take
            self.jump(done)
            self.block = done
            phi = ssa.Phi([y if p is take else r for p in done.preds], t, name, pos=a.pos)
            self.emit(phi)
            r = phi
        return r
