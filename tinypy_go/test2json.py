"""``go test -json``: cmd/internal/test2json's converter, ported line for line.

The test binary runs with ``-test.v=test2json``, which marks framing lines
(``=== RUN``, ``--- PASS``, ...) with ^V; the converter turns its output into
JSON events exactly as go's (``Time``, ``Action``, ``Package``, ``Test``,
``Elapsed``, ``Output``, ``OutputType``), in Timestamp mode as ``go test -json``.
"""

from __future__ import annotations

import datetime
import json
import re
import time
from typing import Any, TextIO

MARK_FRAMING = "\x16"  # ^V
MARK_ERR_BEGIN = "\x0f"  # ^O
MARK_ERR_END = "\x0e"  # ^N
MARK_ESCAPE = "\x1b"  # ^[

UPDATES = ("=== RUN   ", "=== PAUSE ", "=== CONT  ", "=== NAME  ", "=== PASS  ", "=== FAIL  ", "=== SKIP  ",
           "=== ATTR  ", "=== ARTIFACTS ")
REPORTS = ("--- PASS: ", "--- FAIL: ", "--- SKIP: ", "--- BENCH: ")


def _go_time() -> str:
    """time.Now() as encoding/json writes it (RFC 3339 with nanoseconds, zeros trimmed)."""
    now = datetime.datetime.now().astimezone()
    ns = time.time_ns() % 1_000_000_000
    frac = f"{ns:09d}".rstrip("0")
    off = now.utcoffset() or datetime.timedelta(0)
    if off == datetime.timedelta(0):
        tz = "Z"
    else:
        mins = int(off.total_seconds()) // 60
        sign = "+" if mins >= 0 else "-"
        tz = f"{sign}{abs(mins) // 60:02d}:{abs(mins) % 60:02d}"
    return now.strftime("%Y-%m-%dT%H:%M:%S") + (f".{frac}" if frac else "") + tz


def event_line(fields: dict[str, Any], timestamp: bool = True) -> str:
    """One event as encoding/json marshals go's event struct (field order, HTML escaping)."""
    e: dict[str, Any] = {}
    if timestamp:
        e["Time"] = _go_time()
    for k in ("Action", "Package", "Test", "Elapsed", "Output", "OutputType", "FailedBuild", "Key", "Value",
              "Path"):
        v = fields.get(k)
        if k == "Action" or (v is not None and v != ""):
            e[k] = v
    s = json.dumps(e, ensure_ascii=False, separators=(",", ":"))
    for a, b in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                 ("\u2029", "\\u2029")):
        s = s.replace(a, b)
    return s + "\n"


class Converter:
    """test2json.Converter for one package; ``write`` takes the binary's output lines."""

    def __init__(self, w: TextIO, pkg: str) -> None:
        self.w = w
        self.pkg = pkg
        self.start_time = time.monotonic()
        self.test_name = ""
        self.report: list[dict[str, Any]] = []
        self.result = ""
        self.mark_framing = False
        self.mark_err_end = False
        self.mark_escape = False
        self.is_framing = False

    def start(self) -> None:
        self._event({"Action": "start"})

    def write(self, data: bytes) -> None:
        """One line of the binary's output; a ^V inside it ends a line, as go's indexEOL has it."""
        text = data.decode("utf-8", "replace")
        start, escaped = 0, False
        for i, ch in enumerate(text):
            if escaped:
                escaped = False
            elif ch == MARK_ESCAPE:
                escaped = True
            elif ch == MARK_FRAMING and i > start:
                self.handle_line(text[start:i])
                start = i
        self.handle_line(text[start:])

    def finish(self, ok: bool, seconds: float) -> None:
        """The binary exited: go test's own summary line, then the package's result event."""
        if ok:
            self.handle_line(f"ok  \t{self.pkg}\t{seconds:.3f}s\n")
            if self.result != "skip":
                self.result = "pass"
        else:
            self.handle_line(f"{MARK_FRAMING}FAIL\t{self.pkg}\t{seconds:.3f}s\n")
            self.result = "fail"
        e: dict[str, Any] = {"Action": self.result}
        e["Elapsed"] = round(time.monotonic() - self.start_time, 3)
        self._event(e)
        self.w.flush()

    def handle_line(self, line: str) -> None:
        if not line:
            return
        saw_marker = False
        if self.mark_framing and line[0] != MARK_FRAMING:
            self._output(line)
            return
        if line[0] == MARK_FRAMING:
            saw_marker = True
            line = line[1:]
        trim = line[:-1] if line.endswith("\n") else line
        trim = trim[:-1] if trim.endswith("\r") else trim
        if trim == "=== NAME":
            line = "=== NAME  \n"
            trim = line[:-1]
        if trim in ("PASS", "FAIL") or trim.startswith("FAIL\t"):
            self._flush_report(0)
            self.test_name = ""
            self.mark_framing = saw_marker
            self._framing(line)
            self.result = "pass" if trim == "PASS" else "fail"
            return
        if line.startswith("?   \t") and trim.endswith("\t[no test files]") and not self.report:
            self.result = "skip"
        orig = line
        ok = line.startswith(UPDATES)
        indent = 0
        if not ok:
            while line.startswith("    "):
                line = line[4:]
                indent += 1
            ok = line.startswith(REPORTS)
        if not ok:
            if 0 < indent <= len(self.report):
                self.test_name = self.report[indent - 1]["Test"]
            self._output(orig)
            return
        action, _, name = line[4:].partition(" ")
        action = action.removesuffix(":").lower()
        name = name.strip()
        e: dict[str, Any] = {"Action": action}
        if line[0] == "-":
            i = name.find(" (")
            if i >= 0:
                if name.endswith("s)"):
                    try:
                        e["Elapsed"] = float(name[i + 2:-2])
                    except ValueError:
                        pass
                name = name[:i]
            if len(self.report) < indent:
                self._output(orig)
                return
            self.mark_framing = saw_marker
            self._flush_report(indent)
            e["Test"] = name
            self.test_name = name
            self.report.append(e)
            self._framing(orig)
            return
        if action == "artifacts":
            name, _, e["Path"] = name.partition(" ")
        elif action == "attr":
            name, _, rest = name.partition(" ")
            e["Key"], _, e["Value"] = rest.partition(" ")
        self.mark_framing = saw_marker
        self._flush_report(0)
        self.test_name = name
        if action == "name":
            return
        if action == "pause":
            self._framing(orig)
        self._event(e)
        if action != "pause":
            self._framing(orig)

    def _framing(self, line: str) -> None:
        self.is_framing = True
        try:
            self._output(line)
        finally:
            self.is_framing = False

    def _flush_report(self, depth: int) -> None:
        self.test_name = ""
        while len(self.report) > depth:
            self._event(self.report.pop())

    def _output(self, out: str) -> None:
        """writeOutputEvent: split at the error markers, drop escapes."""
        typ = "frame" if self.is_framing else "error-continue" if self.mark_err_end else ""
        i = 0
        while i < len(out):
            if self.mark_escape:
                self.mark_escape = False
                i += 1
                continue
            ch = out[i]
            if ch == MARK_ESCAPE:
                out = out[:i] + out[i + 1:]
                self.mark_escape = True
                continue
            if ch == MARK_ERR_BEGIN:
                if i > 0:
                    self._event({"Action": "output", "Output": out[:i], "OutputType": typ})
                self.mark_err_end = True
                typ = "error"
                out = out[i + 1:]
                i = 1  # as go's loop: its i++ follows i = 0
                continue
            if ch == MARK_ERR_END:
                out = out[:i] + out[i + 1:]
                if i < len(out) and out[i] == "\n":
                    i += 1
                self._event({"Action": "output", "Output": out[:i], "OutputType": typ})
                self.mark_err_end = False
                typ = ""
                out = out[i:]
                i = 1
                continue
            i += 1
        if out:
            self._event({"Action": "output", "Output": out, "OutputType": typ})

    def _event(self, e: dict[str, Any]) -> None:
        e["Package"] = self.pkg
        if not e.get("Test"):
            e["Test"] = self.test_name
        self.w.write(event_line(e))


_MASK = re.compile(r'"Time":"[^"]*",|"Elapsed":[0-9.e+-]+')


def mask(text: str) -> str:
    """Events with times and elapsed seconds removed (for comparing runs)."""
    return _MASK.sub("", text)
