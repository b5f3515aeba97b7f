"""Parsing a fixed sample of Go's standard library must give zero errors."""

from __future__ import annotations

import time

from goroot_util import goroot_src
from parse_goroot import go_files, parse_all


def test_goroot_sample_parses_without_errors() -> None:
    src = goroot_src()
    files = go_files(src / "fmt") + go_files(src / "go" / "types")
    files += sorted((src / "runtime").glob("*.go"))
    assert len(files) > 300
    start = time.perf_counter()
    nfiles, lines, failures, _ = parse_all(files)
    elapsed = time.perf_counter() - start
    assert failures == []
    assert lines > 100_000
    assert elapsed < 20, f"parsing {lines} lines took {elapsed:.1f}s"
