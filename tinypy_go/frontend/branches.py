"""Checks of labels and branch statements in one function body.

cmd/compile performs these checks in its parser (so ``go build`` reports them
together with syntax errors): misplaced break/continue/fallthrough, bad
labeled branches, unused/duplicate/undefined labels, and gotos that jump
into blocks or over variable declarations.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tinypy_go.frontend import ast
from tinypy_go.frontend.token import Pos


@dataclass(slots=True, eq=False)
class _Block:
    parent: _Block | None
    start: Pos
    lstmt: ast.LabeledStmt | None


@dataclass(slots=True, eq=False)
class _Label:
    parent: _Block
    lstmt: ast.LabeledStmt
    used: bool = False


@dataclass(slots=True)
class _Targets:
    breaks: ast.Stmt | None
    continues: ast.Stmt | None
    case_index: int
    switch_clauses: int = 0


_INVALID = object()


@dataclass(slots=True)
class _Checker:
    errors: list[tuple[Pos, str]]
    pos_str: object  # callable Pos -> str
    labels: dict[str, _Label] = field(default_factory=dict)

    def err(self, pos: Pos, msg: str) -> None:
        self.errors.append((pos, msg))

    def declare(self, b: _Block, s: ast.LabeledStmt) -> _Label:
        name = s.label.name
        alt = self.labels.get(name)
        if alt is not None:
            self.err(s.label.pos, f"label {name} already defined at {self.pos_str(alt.lstmt.label.pos)}")
            return alt
        lab = _Label(b, s)
        self.labels[name] = lab
        return lab

    def goto_target(self, b: _Block | None, name: str) -> ast.LabeledStmt | None:
        lab = self.labels.get(name)
        if lab is not None:
            lab.used = True
            while b is not None:
                if lab.parent is b:
                    return lab.lstmt
                b = b.parent
        return None

    def enclosing_target(self, b: _Block | None, name: str):
        lab = self.labels.get(name)
        if lab is not None:
            lab.used = True
            while b is not None:
                if lab.lstmt is b.lstmt:
                    return lab.lstmt
                b = b.parent
            return _INVALID
        return None

    def block(
        self,
        parent: _Block | None,
        ctxt: _Targets,
        lstmt: ast.LabeledStmt | None,
        start: Pos,
        body: list[ast.Stmt],
    ) -> list[ast.BranchStmt]:
        b = _Block(parent, start, lstmt)
        var_pos: Pos = 0
        var_name = ""
        fwd: list[ast.BranchStmt] = []
        bad: list[ast.BranchStmt] = []

        def record_var(pos: Pos, name: str) -> None:
            nonlocal var_pos, var_name, bad
            var_pos = pos
            var_name = name
            bad = list(fwd)

        def inner(c: _Targets, start: Pos, stmts: list[ast.Stmt]) -> None:
            fwd.extend(self.block(b, c, lstmt, start, stmts))

        stmts = list(body)
        while stmts and isinstance(stmts[-1], ast.EmptyStmt):
            stmts.pop()
        for index, stmt in enumerate(stmts):
            lstmt = None
            s = stmt
            while isinstance(s, ast.LabeledStmt):
                name = s.label.name
                if name != "_":
                    lab = self.declare(b, s)
                    keep = []
                    for g in fwd:
                        if g.label is not None and g.label.name == name:
                            lab.used = True
                            if var_pos and any(g is x for x in bad):
                                self.err(
                                    g.label.pos,
                                    f"goto {name} jumps over declaration of {var_name} "
                                    f"at {self.pos_str(var_pos)}",
                                )
                        else:
                            keep.append(g)
                    fwd[:] = keep
                    lstmt = s
                s = s.stmt
            t = type(s)
            if t is ast.DeclStmt:
                d = s.decl
                if d.tok == "var" and d.specs:
                    sp = d.specs[0]
                    record_var(sp.pos, sp.names[0].name)  # type: ignore[attr-defined]
            elif t is ast.BranchStmt:
                self.branch(s, b, ctxt, index, len(stmts), fwd)
            elif t is ast.AssignStmt:
                if s.tok == ":=":
                    from tinypy_go.frontend.printer import expr_string

                    record_var(s.tok_pos, ", ".join(expr_string(x) for x in s.lhs))
            elif t is ast.BlockStmt:
                inner(_Targets(ctxt.breaks, ctxt.continues, -1), s.pos, s.list)
            elif t is ast.IfStmt:
                c = _Targets(ctxt.breaks, ctxt.continues, -1)
                inner(c, s.body.pos, s.body.list)
                if s.else_ is not None:
                    inner(c, s.else_.pos, [s.else_])
            elif t is ast.ForStmt or t is ast.RangeStmt:
                inner(_Targets(s, s, -1), s.body.pos, s.body.list)
            elif t is ast.SwitchStmt or t is ast.TypeSwitchStmt:
                clauses = s.body.list
                for i, cc in enumerate(clauses):
                    inner(_Targets(s, ctxt.continues, i, len(clauses)), cc.pos, cc.body)  # type: ignore[attr-defined]
            elif t is ast.SelectStmt:
                for cc in s.body.list:
                    inner(_Targets(s, ctxt.continues, -1), cc.pos, cc.body)  # type: ignore[attr-defined]
        return fwd

    def branch(
        self, s: ast.BranchStmt, b: _Block, ctxt: _Targets, index: int, count: int, fwd: list[ast.BranchStmt]
    ) -> None:
        tok = s.tok
        if s.label is None:
            if tok == "break":
                if ctxt.breaks is None:
                    self.err(s.pos, "break is not in a loop, switch, or select")
            elif tok == "continue":
                if ctxt.continues is None:
                    self.err(s.pos, "continue is not in a loop")
            elif tok == "fallthrough":
                msg = "fallthrough statement out of place"
                t = ctxt.breaks
                if isinstance(t, (ast.SwitchStmt, ast.TypeSwitchStmt)):
                    if isinstance(t, ast.TypeSwitchStmt):
                        msg = "cannot fallthrough in type switch"
                    elif ctxt.case_index < 0 or index + 1 < count:
                        pass
                    elif ctxt.case_index + 1 == ctxt.switch_clauses:
                        msg = "cannot fallthrough final case in switch"
                    else:
                        return
                self.err(s.pos, msg)
            return
        name = s.label.name
        if tok == "break":
            target = self.enclosing_target(b, name)
            if target is None:
                self.err(s.label.pos, f"break label not defined: {name}")
            elif target is _INVALID or not isinstance(
                target.stmt, (ast.SwitchStmt, ast.TypeSwitchStmt, ast.SelectStmt, ast.ForStmt, ast.RangeStmt)
            ):
                self.err(s.label.pos, f"invalid break label {name}")
        elif tok == "continue":
            target = self.enclosing_target(b, name)
            if target is None:
                self.err(s.label.pos, f"continue label not defined: {name}")
            elif target is _INVALID or not isinstance(target.stmt, (ast.ForStmt, ast.RangeStmt)):
                self.err(s.label.pos, f"invalid continue label {name}")
        elif tok == "goto":
            if self.goto_target(b, name) is None:
                fwd.append(s)


def check_branches(body: ast.BlockStmt, errors: list[tuple[Pos, str]], pos_str) -> None:
    """Append branch/label errors of one function body to errors.

    ``pos_str`` formats a position for messages that mention another place.
    """
    c = _Checker(errors, pos_str)
    fwd = c.block(None, _Targets(None, None, -1), None, body.pos, body.list)
    for g in fwd:
        name = g.label.name  # type: ignore[union-attr]
        lab = c.labels.get(name)
        if lab is not None:
            lab.used = True
            c.err(g.label.pos, f"goto {name} jumps into block starting at {pos_str(lab.parent.start)}")  # type: ignore[union-attr]
        else:
            c.err(g.label.pos, f"label {name} not defined")  # type: ignore[union-attr]
    for lab in c.labels.values():
        if not lab.used:
            c.err(lab.lstmt.label.pos, f"label {lab.lstmt.label.name} defined and not used")
