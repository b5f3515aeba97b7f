"""Inputs of a golden program beside its ``.go`` file, shared by the e2e runners and
``scripts/regen_golden.py`` so that native Go and tinypy see the same world.

* ``<name>.stdin``: bytes fed to the program's stdin (default: empty).
* ``<name>.args``: program arguments, one per line (``os.Args[1:]``).
* ``<name>.env``: ``KEY=VALUE`` lines added to the (otherwise empty) environment.
* ``TESTDIR``: every program gets a fresh empty directory for its files.  Native Go
  sees the host path in ``$TESTDIR``; a wasm build gets the same kind of fresh host
  directory preopened as ``/testdir`` and ``TESTDIR=/testdir`` (so a program must
  not print the directory's name, only paths relative to it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

TESTDIR_VAR = "TESTDIR"
GUEST_TESTDIR = "/testdir"


@dataclass(slots=True)
class ProgramInputs:
    args: list[str] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    stdin: bytes = b""

    def native_env(self, testdir: Path) -> dict[str, str]:
        """The environment of a native run whose scratch directory is ``testdir``."""
        return {**self.env, TESTDIR_VAR: str(testdir)}

    def wasm_env(self) -> dict[str, str]:
        """The environment of a wasm run (its scratch directory is preopened as /testdir)."""
        return {**self.env, TESTDIR_VAR: GUEST_TESTDIR}


def program_inputs(src: Path) -> ProgramInputs:
    """Read the optional ``.stdin``/``.args``/``.env`` files beside ``src``."""
    inputs = ProgramInputs()
    stdin, args, env = src.with_suffix(".stdin"), src.with_suffix(".args"), src.with_suffix(".env")
    if stdin.exists():
        inputs.stdin = stdin.read_bytes()
    if args.exists():
        inputs.args = args.read_text(encoding="utf-8").splitlines()
    if env.exists():
        for line in env.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                k, _, v = line.partition("=")
                inputs.env[k] = v
    return inputs
