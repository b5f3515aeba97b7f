"""The build's IR, object and module caches (tinypy_go/buildcache.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tinypy_go import buildcache, cache
from tinypy_go.build import BuildConfig, build_result

PROG = 'package main\n\nfunc main() {\n\tprintln("cached", %d)\n}\n'


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("TINYPY_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("TINYPY_BUILDCACHE", raising=False)
    src = tmp_path / "main.go"
    src.write_text(PROG % 1)
    return tmp_path, src


def _build(src: Path, out: Path, opt: str = "z", **kw):
    return build_result(BuildConfig(inputs=[str(src)], output=out, opt=opt, **kw))


def _entries(root: Path, kind: str) -> list[Path]:
    return [p for p in (root / "cache" / kind).rglob("*") if p.is_file()]


def test_unchanged_rebuild_comes_from_the_caches(env):
    tmp, src = env
    first = _build(src, tmp / "a.wasm")
    assert "parse" in first.timings.seconds and "link" in first.timings.seconds
    second = _build(src, tmp / "b.wasm")
    stages = set(second.timings.seconds)
    assert {"parse", "check", "ssa", "llvm", "link"}.isdisjoint(stages), stages
    assert "wasmcache" in stages
    assert (tmp / "a.wasm").read_bytes() == (tmp / "b.wasm").read_bytes()


def test_other_opt_level_reuses_ir_but_not_the_object(env):
    tmp, src = env
    _build(src, tmp / "z.wasm", opt="z")
    objs = len(_entries(tmp, "obj"))
    r = _build(src, tmp / "0.wasm", opt="0")
    assert "parse" not in r.timings.seconds and "link" in r.timings.seconds
    assert len(_entries(tmp, "obj")) == objs + 1
    assert (tmp / "z.wasm").read_bytes() != (tmp / "0.wasm").read_bytes()


def test_source_change_misses(env):
    tmp, src = env
    _build(src, tmp / "a.wasm")
    src.write_text(PROG % 2)
    r = _build(src, tmp / "b.wasm")
    assert "parse" in r.timings.seconds and "link" in r.timings.seconds
    assert b"cached" in (tmp / "b.wasm").read_bytes()
    assert len(_entries(tmp, "ir")) == 2


def test_sanity_checked_ir_is_keyed_apart(env):
    tmp, src = env
    _build(src, tmp / "a.wasm")
    r = _build(src, tmp / "b.wasm", sanity_check=True)
    assert "sanity" in r.timings.seconds  # an unchecked entry does not stand in for a checked one
    r = _build(src, tmp / "c.wasm", sanity_check=True)
    assert "sanity" not in r.timings.seconds and "parse" not in r.timings.seconds


def test_corrupt_entries_are_misses(env):
    tmp, src = env
    _build(src, tmp / "a.wasm")
    for kind in ("ir", "obj", "wasm"):
        for p in _entries(tmp, kind):
            p.write_bytes(b"garbage" if kind == "ir" else p.read_bytes())
    r = _build(src, tmp / "b.wasm")
    assert "parse" in r.timings.seconds
    assert (tmp / "a.wasm").read_bytes() == (tmp / "b.wasm").read_bytes()


def test_disabled_by_environment(env, monkeypatch):
    tmp, src = env
    monkeypatch.setenv("TINYPY_BUILDCACHE", "0")
    _build(src, tmp / "a.wasm")
    r = _build(src, tmp / "b.wasm")
    assert "parse" in r.timings.seconds and "link" in r.timings.seconds
    assert not _entries(tmp, "ir") and not _entries(tmp, "obj") and not _entries(tmp, "wasm")


def test_object_key_covers_ir_opt_and_target():
    from tinypy_go.target import WASI

    k = buildcache.obj_key("define void @f() { ret void }", "z", WASI)
    assert k == buildcache.obj_key("define void @f() { ret void }", "z", WASI)
    assert k != buildcache.obj_key("define void @f() { ret void }", "2", WASI)
    assert k != buildcache.obj_key("define void @g() { ret void }", "z", WASI)
    assert cache.get("obj", "0" * 64) is None


def _all_entries(root: Path) -> list[Path]:
    return [p for p in (root / "cache").rglob("*") if p.is_file() and not p.name.startswith(".")]


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty"])
def test_damaged_entries_are_discarded_and_rebuilt(env, damage):
    """Every kind of entry (pkg, ir, obj, wasm) survives corruption: the build
    is byte-identical to a cold one and the entry is stored again."""
    tmp, src = env
    _build(src, tmp / "a.wasm")
    entries = _all_entries(tmp)
    assert {p.relative_to(tmp / "cache").parts[0] for p in entries} >= {"ir", "obj", "wasm"}
    for p in entries:
        data = p.read_bytes()
        if damage == "flip":
            data = data[:-1] + bytes([data[-1] ^ 0x40])
        elif damage == "truncate":
            data = data[: len(data) // 2]
        else:
            data = b""
        p.write_bytes(data)
    second = _build(src, tmp / "b.wasm")
    assert "link" in second.timings.seconds  # nothing damaged was used
    assert (tmp / "a.wasm").read_bytes() == (tmp / "b.wasm").read_bytes()
    assert sorted(_all_entries(tmp)) == sorted(entries)  # rewritten
    third = _build(src, tmp / "c.wasm")
    assert "wasmcache" in third.timings.seconds


def test_a_planted_pickle_cannot_run_code(env, tmp_path):
    """An IR entry that names a function to call (here os.system) is refused,
    even with a valid checksum: the cache holds data, not code."""
    import pickle
    import zlib

    marker = tmp_path / "pwned"

    class Evil:
        def __reduce__(self):
            import os

            return os.system, (f"touch {marker}",)

    cache.put("ir", "k" * 64, zlib.compress(pickle.dumps(Evil())))
    assert buildcache.load_ir("k" * 64) is None
    assert not marker.exists()

    class CompilerFunc:  # a function of the compiler itself is refused too
        def __reduce__(self):
            return cache.put, ("x", "y" * 64, b"z")

    cache.put("ir", "j" * 64, zlib.compress(pickle.dumps(CompilerFunc())))
    assert buildcache.load_ir("j" * 64) is None
    assert cache.get("x", "y" * 64) is None


def _run(wasm: Path, tmp: Path) -> str:
    from tinypy_go.wasmrun import run_wasm

    out, err = tmp / "stdout", tmp / "stderr"
    assert run_wasm(wasm, env={}, stdout_file=str(out), stderr_file=str(err)) == 0
    return out.read_text() + err.read_text()


def test_an_edit_recompiles_only_the_user_part(env, monkeypatch):
    """backend/split.py through the cache: the first build is one object; the second
    build of the program cuts the module in two; after a further edit only the
    user's part is compiled again, and the program still runs."""
    monkeypatch.delenv("TINYPY_SPLIT", raising=False)
    tmp, src = env
    _build(src, tmp / "a.wasm")
    assert len(_entries(tmp, "obj")) == 1
    src.write_text(PROG % 2)
    _build(src, tmp / "b.wasm")
    assert len(_entries(tmp, "obj")) == 3  # the whole module before; now its two parts
    src.write_text(PROG % 3)
    r = _build(src, tmp / "c.wasm")
    assert len(_entries(tmp, "obj")) == 4  # the standard library's part came from the cache
    assert len(r.context.objects) == 2
    assert _run(tmp / "c.wasm", tmp) == "cached 3\n"
    # the cut costs little code: at most 1% (its DWARF has a second compile unit)
    sizes = {}
    for mode in ("always", "0"):
        monkeypatch.setenv("TINYPY_SPLIT", mode)
        _build(src, tmp / f"{mode}.wasm", no_debug=True)
        assert _run(tmp / f"{mode}.wasm", tmp) == "cached 3\n"
        sizes[mode] = (tmp / f"{mode}.wasm").stat().st_size
    assert sizes["always"] <= sizes["0"] * 1.01, sizes


def test_a_planted_split_entry_names_no_other_file(env, monkeypatch):
    """The cut's index entry lists the part objects' keys; one naming a path outside
    the cache (valid checksum, planted) is a miss, and the build is still right."""
    monkeypatch.setenv("TINYPY_SPLIT", "always")
    tmp, src = env
    _build(src, tmp / "a.wasm")
    entries = _entries(tmp, "objs")
    assert entries
    for p in entries:
        cache.put("objs", p.name, b"../../../../etc/passwd " + b"0" * 64)
    r = _build(src, tmp / "b.wasm")
    assert len(r.context.objects) == 2
    assert _run(tmp / "b.wasm", tmp) == "cached 1\n"


def test_api_rebuilds_of_in_memory_sources_reuse_the_standard_part(env, monkeypatch):
    """The API writes in-memory sources to a new temporary directory each time; the
    program is named by its files (BuildConfig.program_id), so an edited rebuild is
    cut and reuses the standard library's object as the CLI's does."""
    import tinypy_go

    monkeypatch.delenv("TINYPY_SPLIT", raising=False)
    tmp, _src = env
    for n, objs in ((1, 1), (2, 3), (3, 4)):
        r = tinypy_go.build({"main.go": PROG % n})
        assert r.ok
        assert len(_entries(tmp, "obj")) == objs, n


def test_a_program_named_by_a_relative_or_an_absolute_path_is_one_program(env, monkeypatch):
    """The cut starts at a program's second build, whichever way its files are named."""
    from tinypy_go import loader

    tmp, src = env
    monkeypatch.chdir(tmp)
    ids = set()
    for name in ("main.go", str(src), "./main.go"):
        config = BuildConfig(inputs=[name], output=tmp / "a.wasm")
        program = loader.load([name], config.build_tags(), config.target_info.goos)
        ids.add(buildcache.program_identity(program, config))
    assert len(ids) == 1


def test_a_commands_first_build_compiles_the_parts_for_the_next_one(env, monkeypatch):
    """cut_ahead (the CLI's builds): the first build's output is the whole module's
    object, as without it, and its two parts are cached beside it, so that an edit
    of main compiles only the user's part."""
    from tinypy_go.backend import objworker

    monkeypatch.delenv("TINYPY_SPLIT", raising=False)
    monkeypatch.delenv("TINYPY_CUT_AHEAD", raising=False)
    monkeypatch.setattr(objworker, "two_cores", lambda: True)
    tmp, src = env
    first = _build(src, tmp / "a.wasm", cut_ahead=True)
    assert len(first.context.objects) == 1
    assert len(_entries(tmp, "obj")) == 3  # the whole module, the standard part, the user's part
    _build(src, tmp / "same.wasm")
    assert (tmp / "a.wasm").read_bytes() == (tmp / "same.wasm").read_bytes()
    src.write_text(PROG % 2)
    second = _build(src, tmp / "b.wasm")
    assert len(second.context.objects) == 2
    assert len(_entries(tmp, "obj")) == 4  # only the new user part was compiled
    assert _run(tmp / "b.wasm", tmp) == "cached 2\n"
