"""The build status line: a cold build of a stdlib-heavy program takes a minute, and
silence that long looks like a hang.

On a terminal, a build still running after ``DELAY`` seconds shows one line on
stderr, rewritten in place as the build moves on (the stage, the package count,
the elapsed time) and erased when the build ends, so nothing is left in the
scrollback.  Never when stdout or stderr is not a terminal (a pipe, a file, a
CI log) or when ``CI`` is set: logs get no control characters.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from typing import TextIO

DELAY = 2.0  # seconds before the line appears
_TICK = 0.25


def wanted(out: TextIO | None = None, err: TextIO | None = None) -> bool:
    """Whether a status line may be shown: both streams terminals, not CI, not TERM=dumb."""
    if os.environ.get("CI") or os.environ.get("TERM") == "dumb":
        return False
    for stream in (out or sys.stdout, err or sys.stderr):
        try:
            if not stream.isatty():
                return False
        except (AttributeError, ValueError):
            return False
    return True


class StatusLine:
    """One self-updating line on ``stream`` (started by ``start``, erased by ``stop``)."""

    def __init__(self, stream: TextIO | None = None, delay: float | None = None):
        self.stream = stream or sys.stderr
        self.delay = DELAY if delay is None else delay
        self.stage = "load"
        self.packages = 0
        self.shown = ""
        self._t0 = time.monotonic()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> StatusLine:
        self._thread = threading.Thread(target=self._run, name="tinypy-status", daemon=True)
        self._thread.start()
        return self

    def set_stage(self, stage: str) -> None:
        self.stage = stage

    def text(self) -> str:
        pkgs = f", {self.packages} packages" if self.packages else ""
        return f"tinypy: {self.stage}{pkgs} ({time.monotonic() - self._t0:.0f}s)"

    def _run(self) -> None:
        if self._stop.wait(self.delay):
            return
        while not self._stop.is_set():
            line = self.text()
            if line != self.shown:
                self._write("\r" + line + "\x1b[K")
                self.shown = line
            self._stop.wait(_TICK)

    def _write(self, s: str) -> None:
        try:
            self.stream.write(s)
            self.stream.flush()
        except (OSError, ValueError):
            self._stop.set()

    def stop(self) -> None:
        """End the line: erase it if it was shown."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        if self.shown:
            self._write("\r\x1b[K")
            self.shown = ""
