"""Garbage-collector settings for the front end.

Parsing and checking allocate millions of long-lived objects (AST nodes,
types, Info entries) and few cyclic garbage ones; with CPython's default
threshold (a young collection every 700 allocations, each promoting
survivors that older collections walk again) the collector took a third
of the parse time.  ``relaxed()`` raises the young-generation threshold for
the duration of a stage and restores the caller's settings afterwards.

A process that runs one build and exits (the CLI's ``build`` and ``run``:
``one_shot()``) goes further: what the parse and SSA stages made lives to
the end of the build, so ``settle()`` freezes it after each of them
(``gc.freeze``: the older generations' collections no longer walk it), and
the raised threshold holds for the whole build; from code generation on the
collector is off (``settle(last=True)``; the backend keeps no reference cycles
per function, so memory stays the same).  An edited encoding/json
program spent about 0.9 s of its 10 s rebuild in the collector, most of it
walking the front end's objects again.  A process that builds many programs
(the test suite, ``tinypy test``, the Python API) does not freeze: frozen
objects are never freed.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG_THRESHOLD = 50_000
_one_shot = False


def one_shot() -> None:
    """This process runs one build and exits: settle() may freeze what a stage made."""
    global _one_shot
    _one_shot = True
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], YOUNG_THRESHOLD), *old[1:])


def settle(last: bool = False) -> None:
    """After a stage whose objects live to the end of a one-shot build: stop collecting them.

    After the ``last`` such stage (SSA) the collector stops altogether: code generation
    makes no cyclic garbage but the module's own (freed at exit), so its collections
    would only walk live objects (an edited fmt program: about 7% of the build)."""
    if _one_shot:
        gc.freeze()
        if last:
            gc.disable()


@contextmanager
def relaxed() -> Iterator[None]:
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], YOUNG_THRESHOLD), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)
