"""Diagnostics shared by every compiler stage.

Errors print like the Go toolchain's: ``path:line:col: message``, sorted by
position, at most ten and then ``too many errors``; the process exits 1.
"""

from __future__ import annotations

from dataclasses import dataclass

from tinypy_go.frontend.token import Position

MAX_ERRORS = 10


@dataclass(slots=True)
class Diagnostic:
    position: Position
    message: str
    soft: bool = False  # go/types "soft" errors (e.g. unused variables)

    def sort_key(self) -> tuple[str, int, int]:
        p = self.position
        return (p.filename, p.line, p.column)

    def __str__(self) -> str:
        return f"{self.position}: {self.message}"


class CompileError(Exception):
    """Raised by a stage that found errors in the user's program."""

    def __init__(self, diagnostics: list[Diagnostic]):
        super().__init__("\n".join(str(d) for d in diagnostics))
        self.diagnostics = diagnostics


class InternalCompilerError(Exception):
    """A bug in the compiler, reported with the Go position it was working on."""

    def __init__(self, position: Position | None, message: str):
        where = f"{position}: " if position else ""
        super().__init__(f"{where}internal compiler error: {message}")


def not_supported(position: Position, what: str) -> CompileError:
    """The error for a valid Go construct the compiler does not handle yet."""
    return CompileError([Diagnostic(position, f"not supported yet: {what}")])


def format_diagnostics(diagnostics: list[Diagnostic], limit: int = MAX_ERRORS) -> list[str]:
    """Sort, de-duplicate, and stop at ``limit`` like cmd/compile: the tenth
    error is followed by ``<its position>: too many errors``."""
    lines: list[str] = []
    seen: set[tuple[str, int, int, str]] = set()
    for d in sorted(diagnostics, key=Diagnostic.sort_key):
        key = (*d.sort_key(), d.message)
        if key in seen:
            continue
        seen.add(key)
        lines.append(str(d))
        if len(lines) == limit:
            lines.append(f"{d.position}: too many errors")
            break
    return lines


# A program nested beyond the compiler's recursion limit (cli._RECURSION_LIMIT).
TOO_DEEP = ("program too deeply nested for tinypy to compile (expressions, statements or types "
            "nested tens of thousands deep)")
