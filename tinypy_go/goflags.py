"""Go-style command-line flags (the ``flag`` package's syntax), for the CLI.

click's option parser treats ``-o=x`` as the short option ``-o`` with
value ``=x`` and has no notion of ``-target`` being a long option, so the
subcommands receive their raw arguments and parse them here, the way Go's
flag package does: ``-f``, ``--f``, ``-f=v``, ``--f=v``, ``-f v`` (not for
booleans), parsing stops at ``--`` or the first non-flag argument.
"""

from __future__ import annotations

from dataclasses import dataclass


class FlagError(Exception):
    """A usage error: unknown flag, missing or bad value (exit status 2)."""


@dataclass(frozen=True, slots=True)
class Flag:
    name: str
    usage: str
    kind: str = "string"  # "string", "bool" or "list" (repeatable string)
    default: str | bool | None = None
    choices: tuple[str, ...] = ()
    metavar: str = "value"

    @property
    def dest(self) -> str:
        return self.name.replace("-", "_")


TRUE = {"1", "t", "T", "TRUE", "true", "True"}
FALSE = {"0", "f", "F", "FALSE", "false", "False"}


def parse(flags: list[Flag], args: list[str]) -> tuple[dict[str, object], list[str]]:
    """Parse leading flags of ``args``; returns (values by dest, remaining positional args).

    ``-h``/``-help`` set the value ``"help"`` to True.
    """
    by_name = {f.name: f for f in flags}
    values: dict[str, object] = {}
    for f in flags:
        values[f.dest] = [] if f.kind == "list" else f.default if f.default is not None else (
            False if f.kind == "bool" else None)
    values["help"] = False
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            i += 1
            break
        if len(arg) < 2 or not arg.startswith("-"):
            break
        body = arg[2:] if arg.startswith("--") else arg[1:]
        if not body or body.startswith("-") or body.startswith("="):
            raise FlagError(f"bad flag syntax: {arg}")
        name, eq, value = body.partition("=")
        i += 1
        if name in ("h", "help"):
            values["help"] = True
            continue
        f = by_name.get(name)
        if f is None:
            raise FlagError(f"flag provided but not defined: -{name}")
        if f.kind == "bool":
            if eq:
                if value in TRUE:
                    values[f.dest] = True
                elif value in FALSE:
                    values[f.dest] = False
                else:
                    raise FlagError(f'invalid boolean value "{value}" for -{name}')
            else:
                values[f.dest] = True
            continue
        if not eq:
            if i >= len(args):
                raise FlagError(f"flag needs an argument: -{name}")
            value = args[i]
            i += 1
        if f.choices and value not in f.choices:
            raise FlagError(f'invalid value "{value}" for -{name} (supported: {", ".join(f.choices)})')
        if f.kind == "list":
            values[f.dest].append(value)  # type: ignore[union-attr]
        else:
            values[f.dest] = value
    return values, args[i:]


def usage(flags: list[Flag]) -> str:
    """Flag help in the style of ``flag.PrintDefaults``."""
    lines = []
    for f in flags:
        head = f"  -{f.name}" if f.kind == "bool" else f"  -{f.name} {f.metavar}"
        lines.append(head)
        extra = f" (default {f.default})" if f.default not in (None, False, "") else ""
        lines.append(f"    \t{f.usage}{extra}")
    return "\n".join(lines)
