"""Parsing a fixed sample of Go's standard library must give zero errors (speed is measured by
scripts/bench_check.py, not by a timed test)."""

from __future__ import annotations

from goroot_util import goroot_src
from parse_goroot import go_files, parse_all


def test_goroot_sample_parses_without_errors() -> None:
    src = goroot_src()
    files = go_files(src / "fmt") + go_files(src / "go" / "types")
    files += sorted((src / "runtime").glob("*.go"))
    assert len(files) > 300
    nfiles, lines, failures, _ = parse_all(files)
    assert failures == []
    assert lines > 100_000
