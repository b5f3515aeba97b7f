"""Error reporting for the checker (Go-worded diagnostics)."""

from __future__ import annotations

from tinypy_go.errors import Diagnostic
from tinypy_go.frontend import ast
from tinypy_go.frontend.types.operand import Operand

INVALID_ARG = "invalid argument: "
INVALID_OP = "invalid operation: "


class Bailout(Exception):
    """Stops checking (used for unsupported constructs)."""


class ErrorsMixin:
    """Methods of Checker that report errors."""

    def _pos_of(self, at) -> int:
        if type(at) is int:
            return at
        if type(at) is Operand:
            return at.expr.pos if at.expr is not None else 0
        if at is None:
            return 0
        return at.pos

    def error(self, at, msg: str, soft: bool = False) -> None:
        """Report an error.  A message starting with a tab is a detail of the
        previous error (e.g. "other declaration of x") and is appended to it
        as a continuation line with its own position, like cmd/compile."""
        if self.mute_errors:
            return
        pos = self._pos_of(at)
        if msg.startswith("\t"):
            if self.last_reported and self.diagnostics:
                d = self.diagnostics[-1]
                where = f"{self.fset.position(pos)}: " if pos else ""
                d.message += f"\n\t{where}{msg[1:]}"
            if self.error_handler is not None and self.last_reported:
                self.error_handler(pos, msg, soft)
            return
        if self.first_err and (msg.find("invalid operand") > 0 or msg.find("invalid type") > 0):
            self.last_reported = False
            return
        if self.errpos is not None:
            pos = self._pos_of(self.errpos)
        self.first_err = True
        self.last_reported = True
        self.diagnostics.append(Diagnostic(self.fset.position(pos), msg, soft))
        if self.error_handler is not None:
            self.error_handler(pos, msg, soft)

    def errorf(self, at, fmt: str, *args) -> None:
        self.error(at, self.sprintf(fmt, *args))

    def soft_errorf(self, at, fmt: str, *args) -> None:
        self.error(at, self.sprintf(fmt, *args), soft=True)

    def sprintf(self, fmt: str, *args) -> str:
        if not args:
            return fmt
        return fmt % tuple(self._arg_str(a) for a in args)

    def _arg_str(self, a) -> str:
        from tinypy_go.frontend.types import typ as T
        from tinypy_go.frontend.types.exprstring import expr_string
        from tinypy_go.frontend.types.objects import Object
        from tinypy_go.frontend.types.operand import operand_string
        from tinypy_go.frontend.types.typestring import object_string, type_string

        if isinstance(a, str):
            return a
        if isinstance(a, Operand):
            return operand_string(a, self.qualifier)
        if isinstance(a, T.Type):
            return type_string(a, self.qualifier)
        if isinstance(a, ast.Node):
            return expr_string(a)
        if isinstance(a, Object):
            return object_string(a, self.qualifier)
        if isinstance(a, int):
            return a
        return str(a)

    def not_supported(self, at, what: str) -> None:
        from tinypy_go.errors import CompileError

        raise CompileError([Diagnostic(self.fset.position(self._pos_of(at)), f"not supported yet: {what}")])
