"""Garbage-collector settings for the front end.

Parsing and checking allocate millions of long-lived objects (AST nodes,
types, Info entries) and few cyclic garbage ones; with CPython's default
threshold (a young collection every 700 allocations, each promoting
survivors that older collections walk again) the collector took a third
of the parse time.  ``relaxed()`` raises the young-generation threshold for
the duration of a stage and restores the caller's settings afterwards.

A process that runs one build and exits (the ``tinypy`` command's ``build``
and ``run``: ``one_shot()``) turns the collector off for the whole build:
nearly everything a build makes lives to its end, so collections only walk
live objects again.  Measured (interleaved A/B, fresh processes): an edited
encoding/json program 6.54 -> 5.77 s (median of 6), an edited fmt program
1.67 -> 1.38 s, with the same peak RSS (fmt cold 152/154 MiB, json cold 392
MiB both ways).  Before, the raised threshold held for the whole build and
``gc.freeze`` kept the collector from walking the front end's objects after
each stage (the collector was off from code generation on): that still cost
about 0.8 s of the json rebuild.  A process that builds many programs (the
test suite, ``tinypy test``, the Python API) keeps its collector: ``cli.main``
called in-process is not one-shot (only ``cli.entry``, which exits right after,
says so).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG_THRESHOLD = 50_000


def one_shot() -> None:
    """This process runs one build and exits: no collections for the rest of its life."""
    gc.disable()


@contextmanager
def relaxed() -> Iterator[None]:
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], YOUNG_THRESHOLD), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)
