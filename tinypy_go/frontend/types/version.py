"""Go language version gating (go/types version.go).

A package is checked against a language version (``Config.GoVersion``, the
``-lang`` flag; empty = no limit) and each file may raise it with a
``//go:build go1.N`` line.  Features newer than a file's version are
reported as ``<feature> requires go1.N or later``, as go/types does.
Versions are (major, minor) tuples; ``None`` means "no limit".
"""

from __future__ import annotations

import re

from tinypy_go.frontend import ast

GoVersion = tuple[int, int]

GO1_9: GoVersion = (1, 9)
GO1_13: GoVersion = (1, 13)
GO1_14: GoVersion = (1, 14)
GO1_17: GoVersion = (1, 17)
GO1_18: GoVersion = (1, 18)
GO1_20: GoVersion = (1, 20)
GO1_21: GoVersion = (1, 21)
GO1_22: GoVersion = (1, 22)
GO1_23: GoVersion = (1, 23)
GO1_24: GoVersion = (1, 24)
GO1_25: GoVersion = (1, 25)
GO1_26: GoVersion = (1, 26)
GO1_27: GoVersion = (1, 27)
GO_CURRENT: GoVersion = (1, 27)  # the language version this compiler implements

_LANG_RX = re.compile(r"go(\d+)(?:\.(\d+))?(?:\.\d+|(?:rc|beta)\d+)?$")


def parse_lang(v: str | None) -> GoVersion | None:
    """``"go1.20.1"`` -> (1, 20) (go/version.Lang); None for an invalid version."""
    if not v:
        return None
    m = _LANG_RX.match(v)
    if m is None:
        return None
    return int(m.group(1)), int(m.group(2) or 0)


def version_string(v: GoVersion) -> str:
    return f"go{v[0]}.{v[1]}"


def constraint_go_version(expr) -> GoVersion | None:
    """The minimum Go version a build constraint implies (go/build/constraint.GoVersion)."""
    from tinypy_go.frontend import constraint as C

    def walk(x, neg: bool) -> GoVersion | None:
        if isinstance(x, C.Tag):
            if neg:
                return None
            return parse_lang(x.name) if x.name.startswith("go1.") else None
        if isinstance(x, C.Not):
            return walk(x.x, not neg)
        if isinstance(x, C.And | C.Or):
            a, b = walk(x.x, neg), walk(x.y, neg)
            # (and) needs both: the max; (or) needs either: the min
            if isinstance(x, C.And) != neg:
                if a is None:
                    return b
                if b is None:
                    return a
                return max(a, b)
            if a is None or b is None:
                return None
            return min(a, b)
        return None

    return walk(expr, False)


def file_go_version(f: ast.File) -> GoVersion | None:
    """The Go version a file's ``//go:build`` line requires, if any."""
    if not f.build_constraint:
        return None
    from tinypy_go.frontend import constraint as C

    try:
        return constraint_go_version(C.parse("//go:build " + f.build_constraint))
    except Exception:  # noqa: BLE001 - a malformed line was reported by the loader
        return None


class VersionMixin:
    """Checker methods for language-version checks."""

    def init_versions(self) -> None:
        """Compute each file's version: the package's, or max(file's, go1.21)
        for files with a ``//go:build go1.N`` line (go/types initFiles)."""
        self.file_ranges = []  # sorted (base, end, version) of the files being checked
        versions = self.info.file_versions
        for f in self.files:
            v = self.go_version
            fv = file_go_version(f)
            if fv is not None:
                v = max(fv, GO1_21)
                if fv > GO_CURRENT:
                    self.errorf(f.name, "file requires newer Go version %s (application built with %s)",
                                version_string(fv), version_string(GO_CURRENT))
            versions[f] = version_string(v) if v is not None else ""
            tf = self.fset.file(f.pos)
            if tf is not None:
                self.file_ranges.append((tf.base, tf.base + tf.size + 1, v))
        self.file_ranges.sort(key=lambda r: r[0])

    def allow_version(self, at, v: GoVersion) -> bool:
        """Whether the file containing ``at`` may use a go``v`` feature."""
        fv = self.go_version
        if fv is None and not getattr(self, "file_ranges", None):
            return True
        pos = self._pos_of(at) if at is not None else 0
        if pos:
            for base, end, ver in self.file_ranges:
                if base <= pos < end:
                    fv = ver
                    break
        return fv is None or fv >= v

    def verify_versionf(self, at, v: GoVersion, fmt: str, *args) -> bool:
        if not self.allow_version(at, v):
            self.version_errorf(at, v, fmt, *args)
            return False
        return True

    def version_errorf(self, at, v: GoVersion, fmt: str, *args) -> None:
        self.error(at, f"{self.sprintf(fmt, *args)} requires {version_string(v)} or later")


def lang_compat(chk, lit: ast.BasicLit) -> None:
    """Report a number literal form newer than go1.13 (go/types langCompat)."""
    s = lit.value
    if "_" in s:
        chk.version_errorf(lit, GO1_13, "underscore in numeric literal")
        return
    if s[0] != "0":
        return
    radix = s[1]
    if radix in "bB":
        chk.version_errorf(lit, GO1_13, "binary literal")
    elif radix in "oO":
        chk.version_errorf(lit, GO1_13, "0o/0O-style octal literal")
    elif lit.kind != "INT" and radix in "xX":
        chk.version_errorf(lit, GO1_13, "hexadecimal floating-point literal")


def is_imported_constraint(chk, t) -> bool:
    """Whether t is a constraint interface (not a method set) of another package."""
    from tinypy_go.frontend.types import typ as T

    n = T.unalias(t)
    if type(n) is not T.Named or n.obj.pkg is chk.pkg or n.obj.pkg is None:
        return False
    u = n.underlying()
    return type(u) is T.Interface and not u.is_method_set()


VersionMixin.is_imported_constraint = is_imported_constraint
