"""Parse and type-check a cold build's packages on two cores: a forked child takes
part of the standard library while this process does the rest.

Why: with an empty package cache, parsing, checking and storing the standard
library is most of a cold build (about 5.5 s of a fmt program's 9 s), on one
core, while the object worker idles until the LLVM IR exists.  Packages form a
DAG, and its wide middle (reflect, unicode, strconv, math beside os, time,
syscall) can be checked in two processes at once.

How (``start``, then ``Plan.join`` from ``pipeline.check_program``):

* ``plan`` picks one or two standard packages X.  The child parses, checks and
  stores in the package cache X's closure S (among the packages the cache
  missed).  This process parses and checks first every package that does not
  depend on X (``Split.first``: that set's closure, so S's lower packages may be
  checked in both processes), then waits for the child, loads the packages
  only the child checked (``Split.excl``) from the package cache, as a warm
  build does, and checks the rest (X's importers, ``main``).
* An entry refers to its dependencies' objects by position in their entries,
  so the child's entries are used only when every package both processes
  checked pickled to the same bytes (``PackageCache.digests``).  Entries hold
  state that unrelated checks before them cached on shared objects, so both
  processes check the shared packages first, in the same order
  (``_shared_first``).  After the first package that does not load, the rest
  are checked here.
* Any failure of the child (an error in a package, an exception, a crash)
  costs only time: this process parses and checks those packages itself, so
  diagnostics are a serial build's.

The split is chosen from source sizes (parse, check and pickling each take
time roughly in proportion); a build whose misses are small (an edit of a
user package) or that gains less than a fifth does not fork, nor one limited to
a single core.  ``TINYPY_FORKCHECK=0`` turns it off.
"""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from tinypy_go.errors import CompileError

# below this many bytes of source to parse and check, a fork does not pay for itself
MIN_BYTES = 400_000
# a fork must bring the estimate under this fraction of the serial work
MIN_GAIN = 0.8
# loading a package from the cache, relative to parsing and checking it
LOAD_COST = 0.1
# how many of the largest standard packages are tried as X, alone and in pairs
CANDIDATES = 16


def enabled() -> bool:
    return hasattr(os, "fork") and os.environ.get("TINYPY_FORKCHECK", "1").lower() not in (
        "0", "off", "no", "false") and _two_cores()


def _two_cores() -> bool:
    """Whether this process may run on two cores or more (on one, the child would
    only add the second check of the packages it shares)."""
    from tinypy_go.backend.objworker import two_cores

    return two_cores()


@dataclass(slots=True)
class Split:
    """Which cache misses go where (sets of import paths)."""

    child: set[str]  # S: parsed, checked and stored by the child
    first: set[str]  # checked here before the join
    excl: set[str]  # S minus first: loaded from the cache after the join
    rest: set[str]  # the other misses (X's importers, main): checked here after the join
    estimate: float  # the estimated work along the longest path, in source bytes
    serial: float


def _bits(m: int) -> Iterator[int]:
    """The indexes of the bits set in ``m``, lowest first."""
    while m:
        low = m & -m
        yield low.bit_length() - 1
        m ^= low


def plan(misses: list[tuple[Any, int]]) -> Split | None:
    """The best split of ``misses`` ((package, source bytes), dependency order), or None
    when no split is worth a fork."""
    n = len(misses)
    serial = float(sum(size for _, size in misses))
    if serial < MIN_BYTES or n < 3:
        return None
    index = {pkg.path: i for i, (pkg, _) in enumerate(misses)}
    size = [s for _, s in misses]
    clo = [0] * n  # closure among the misses, as bit sets
    for i, (pkg, _) in enumerate(misses):
        m = 1 << i
        for imp in pkg.imports:
            j = index.get(imp)
            if j is not None:
                m |= clo[j]
        clo[i] = m
    users = [0] * n  # the misses whose closure holds i (i's importers, i included)
    for j in range(n):
        for i in _bits(clo[j]):
            users[i] |= 1 << j

    def cost(m: int) -> float:
        return float(sum(size[i] for i in _bits(m)))

    def closure(m: int) -> int:
        out = 0
        for i in _bits(m):
            out |= clo[i]
        return out

    every = (1 << n) - 1
    std = sorted((i for i, (pkg, _) in enumerate(misses) if pkg.goroot and not pkg.main),
                 key=lambda i: -size[i])[:CANDIDATES]
    xs = [(a,) for a in std] + [(a, b) for k, a in enumerate(std) for b in std[k + 1:]]
    best: tuple[float, int, int, int] | None = None
    for x in xs:
        s = clo[x[0]] | (clo[x[1]] if len(x) > 1 else 0)
        dependent = users[x[0]] | (users[x[1]] if len(x) > 1 else 0)
        first = closure(every & ~dependent & ~s)
        excl = s & ~first
        rest = every & ~first & ~excl
        if not excl:
            continue
        estimate = max(cost(first), cost(s)) + cost(rest) + LOAD_COST * cost(excl)
        if best is None or estimate < best[0]:
            best = (estimate, s, first, excl)
    if best is None or best[0] > MIN_GAIN * serial:
        return None
    estimate, s, first, excl = best

    def paths(m: int) -> set[str]:
        return {misses[i][0].path for i in range(n) if m >> i & 1}

    return Split(paths(s), paths(first), paths(excl), paths(every & ~first & ~excl), estimate, serial)


ParseOne = Callable[[Any], list]  # parses one package into ctx.syntax; returns its diagnostics


@dataclass(slots=True)
class Plan:
    """A running split: the order to check in and the join."""

    split: Split
    pid: int
    read_fd: int
    parse_one: ParseOne
    misses: list[Any]  # the packages the cache missed, in dependency order
    joined: bool = False
    loaded: list[str] = field(default_factory=list)  # packages taken from the child

    def order(self, packages: list[Any]) -> list[Any]:
        """``packages`` (dependency order) in the order to check them here: those the
        child checks too (and the cache's hits), then the rest of those before the
        join, then the others."""
        head = _shared_first(packages, self.misses, self.split)
        seen = {p.path for p in head}
        mid = [p for p in packages if p.path in self.split.first and p.path not in seen]
        seen.update(p.path for p in mid)
        return head + mid + [p for p in packages if p.path not in seen]

    def needs_join(self, pkg: Any) -> bool:
        """Whether ``pkg`` is the first package checked after the join."""
        return not self.joined and (pkg.path in self.split.excl or pkg.path in self.split.rest)

    def join(self, ctx: Any) -> None:
        """Wait for the child; take its packages from the cache, or parse them here."""
        self.joined = True
        digests = self._wait()
        pc = ctx.pkgcache
        shared = self.split.child & self.split.first
        ok = digests is not None and all(pc.digests.get(p) is not None and pc.digests.get(p) == digests.get(p)
                                         for p in shared)
        errors = []
        for pkg in self.misses:
            if pkg.path not in self.split.excl:
                continue
            if ok:
                files = pc.load(pkg)
                if files is not None:
                    ctx.syntax[pkg.path] = files
                    self.loaded.append(pkg.path)
                    continue
                ok = False  # later entries may refer to this package's objects as the child made them
            errors.extend(self.parse_one(pkg))
        if errors:
            raise CompileError(errors)

    def abandon(self) -> None:
        """Stop and reap the child when the build fails before the join."""
        if self.joined:
            return
        self.joined = True
        try:
            os.close(self.read_fd)
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except OSError:
            pass

    def _wait(self) -> dict[str, str] | None:
        """The child's digests of the entries it stored, or None if it failed."""
        try:
            with os.fdopen(self.read_fd, "rb") as f:
                data = f.read()
            _, status = os.waitpid(self.pid, 0)
        except OSError:
            return None
        if os.waitstatus_to_exitcode(status) != 0:
            return None
        try:
            got = json.loads(data)
        except ValueError:
            return None
        return got if isinstance(got, dict) else None


def start(ctx: Any, misses: list[tuple[Any, int]], parse_one: ParseOne) -> Plan | None:
    """Fork the child for the best split of ``misses``, or None (no split, no fork)."""
    if not enabled() or ctx.pkgcache is None:
        return None
    split = plan(misses)
    if split is None:
        return None
    read_fd, write_fd = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_fd)
        os.close(write_fd)
        return None
    missed = [pkg for pkg, _ in misses]
    if pid == 0:  # the child: never returns
        os.close(read_fd)
        order = _shared_first(ctx.program.packages, missed, split)  # as Plan.order does
        order += [pkg for pkg in missed if pkg.path in split.excl]
        _child(ctx, order, [pkg for pkg in order if pkg.path in split.child], parse_one, write_fd)
    os.close(write_fd)
    return Plan(split, pid, read_fd, parse_one, missed)


def _shared_first(packages: list[Any], missed: list[Any], split: Split) -> list[Any]:
    """The hits and the packages both processes check, in dependency order: each
    process checks these first, so that the same checks precede each of them (an
    entry holds state that unrelated checks before it may have cached)."""
    shared = split.child & split.first
    miss = {p.path for p in missed}
    return [p for p in packages if p.path in shared or p.path not in miss]


def _child(ctx: Any, order: list[Any], parse: list[Any], parse_one: ParseOne, write_fd: int) -> None:
    """Parse ``parse``, check ``order`` (the hits come from the cache), send back the
    digests of the entries stored, exit."""
    code = 1
    try:
        from tinypy_go import pipeline

        errors = []
        for pkg in parse:
            errors.extend(parse_one(pkg))
        if not errors:
            pipeline.check_packages(ctx, order)
            pc = ctx.pkgcache
            out = {p.path: pc.digests[p.path] for p in parse if p.path in pc.digests}
            os.write(write_fd, json.dumps(out).encode())
            code = 0
    except BaseException:  # noqa: BLE001 - the parent checks these packages itself
        code = 1
    finally:
        os._exit(code)
