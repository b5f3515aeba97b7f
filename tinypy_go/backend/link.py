"""Link wasm object files into the final module with wasm-ld (from the ziglang wheel).

Flags follow TinyGo's wasip1 link: ``--stack-first`` puts the shadow stack
below the data so an overflow traps at address 0 instead of corrupting
globals; ``--gc-sections`` drops unreferenced functions; memory is
exported as ``memory`` (wasm-ld's default).  WASI functions are ordinary
undefined symbols carrying ``wasm-import-module`` attributes, which wasm-ld
turns into imports; other deliberately undefined symbols can be listed in
``allow_undefined``.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

STACK_SIZE = 65536


class LinkError(Exception):
    """wasm-ld failed; ``message`` holds its diagnostics (undefined symbols, ...)."""

    def __init__(self, message: str, command: list[str]):
        super().__init__(message)
        self.message = message
        self.command = command


@dataclass(slots=True)
class LinkOptions:
    exports: Sequence[str] = ()
    entry: str | None = "_start"  # None: a reactor module (--no-entry)
    stack_size: int = STACK_SIZE
    strip_debug: bool = False  # -no-debug: drop DWARF, keep the name section
    allow_undefined: Sequence[str] = ()
    initial_memory: int | None = None  # bytes, multiple of 64 KiB
    extra_args: Sequence[str] = field(default_factory=tuple)


@functools.cache
def wasm_ld_command() -> list[str]:
    """zig's wasm-ld: the wheel's ``zig`` binary itself when it can be found (``python -m
    ziglang`` only execs it, after a Python startup that costs ~50 ms CPU per link)."""
    spec = importlib.util.find_spec("ziglang")
    if spec is not None and spec.origin:
        zig = Path(spec.origin).parent / "zig"
        if zig.is_file() and os.access(zig, os.X_OK):
            return [str(zig), "wasm-ld"]
    return [sys.executable, "-m", "ziglang", "wasm-ld"]


def link_args(
    objects: Sequence[Path], output: Path, opts: LinkOptions, undefined_file: Path | None
) -> list[str]:
    args = [
        *wasm_ld_command(),
        "--stack-first",
        "-z", f"stack-size={opts.stack_size}",
        "--gc-sections",
        "--export-memory=memory",
    ]
    if opts.entry is None:
        args.append("--no-entry")
    elif opts.entry != "_start":
        args.append(f"--entry={opts.entry}")
    for name in opts.exports:
        args.append(f"--export={name}")
    if opts.strip_debug:
        args.append("--strip-debug")
    if undefined_file is not None:
        args.append(f"--allow-undefined-file={undefined_file}")
    if opts.initial_memory is not None:
        args.append(f"--initial-memory={opts.initial_memory}")
    args.extend(opts.extra_args)
    args.extend(str(o) for o in objects)
    args += ["-o", str(output)]
    return args


def link(objects: Sequence[Path | bytes], output: Path, opts: LinkOptions | None = None,
         verbose: bool = False, work: Path | None = None, map_file: Path | None = None) -> Path:
    """Link ``objects`` (paths, or object bytes written to a temp dir, or to ``work``)
    into ``output``; ``map_file`` receives wasm-ld's --Map (symbol addresses, for -size)."""
    opts = opts or LinkOptions()
    output = Path(output)
    with tempfile.TemporaryDirectory(prefix="tinypy-link-") as scratch:
        tmp = str(work) if work is not None else scratch
        paths: list[Path] = []
        for i, o in enumerate(objects):
            if isinstance(o, bytes | bytearray):
                p = Path(tmp) / f"obj{i}.o"
                p.write_bytes(o)
                paths.append(p)
            else:
                paths.append(Path(o))
        undefined_file = None
        if opts.allow_undefined:
            undefined_file = Path(tmp) / "undefined.txt"
            undefined_file.write_text("".join(f"{s}\n" for s in opts.allow_undefined))
        # wasm-ld names the module after its output file (name section): link to a
        # fixed name so the module does not depend on -o (and cached modules match)
        linked = Path(tmp) / "main.wasm"
        cmd = link_args(paths, linked, opts, undefined_file)
        if map_file is not None:
            cmd.insert(-2, f"--Map={map_file}")
        if verbose:
            print(" ".join(cmd), file=sys.stderr)
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            msg = (proc.stderr or proc.stdout).strip() or f"wasm-ld exited with status {proc.returncode}"
            raise LinkError(msg, cmd)
        shutil.copyfile(linked, output)
    return output
