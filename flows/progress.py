"""What a refresh shows while it runs, and where its full logs go.

Each stage says when it starts and logs one line when it is done, on the `flows` logger. On a
terminal the current stage is one line redrawn in place, with dbt's nodes counted as they
finish; anywhere else (a pipe, a file, a scheduler's log) each stage's line is printed as it
is, with no colour or cursor codes. The full logs, ours, dbt's and Prefect's, go to
`WAREHOUSE_DIR/logs/`; with `--verbose` dbt's and Prefect's are shown as well.
"""

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

log = logging.getLogger("flows.progress")
REFRESH_LOG_NAME = "refresh.log"


@dataclass
class Output:
    """How dbt should print: `shown` (to the console) and `colour` only on a terminal."""

    shown: bool = True
    colour: bool = False


# What dbt does when no command set it up (a served run, the tests): print its log, without colour.
output = Output()


def shown(path: Path) -> str:
    """A path as the user would type it from the current folder."""
    return str(path.relative_to(Path.cwd())) if path.is_absolute() and path.is_relative_to(Path.cwd()) else str(path)


def stage_started(name: str) -> None:
    log.debug("%s …", name, extra={"stage": name})


def nodes_done(done: int, total: int) -> None:
    log.debug("%d/%d dbt nodes", done, total, extra={"nodes": (done, total)})


class _Console(logging.Handler):
    """Stage lines as they come; on a terminal, also the running stage redrawn on one line."""

    def __init__(self, stream: TextIO, live: bool):
        super().__init__(logging.DEBUG)
        self.stream, self.live = stream, live
        self._stage = ""
        self._drawn = False

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.INFO:
            self._clear()
            self.stream.write(record.getMessage() + "\n")
        elif self.live and (stage := getattr(record, "stage", None)):
            self._stage = stage
            self._draw(f"{stage} …")
        elif self.live and (nodes := getattr(record, "nodes", None)):
            self._draw(f"{self._stage}: {nodes[0]}/{nodes[1]} dbt nodes")
        self.stream.flush()

    def _draw(self, text: str) -> None:
        self.stream.write(f"\r{text}\x1b[K")  # back to the line's start, then erase what is left of it
        self._drawn = True

    def _clear(self) -> None:
        if self._drawn:
            self.stream.write("\r\x1b[K")
            self._drawn = False

    def close(self) -> None:
        self._clear()
        super().close()


@contextmanager
def refresh_output(log_dir: Path, verbose: bool, stream: TextIO = sys.stdout) -> Iterator[Path]:
    """While a refresh runs from the command line: the console as above, every log line in
    `log_dir/refresh.log` (dbt writes its own `dbt.log` beside it). Yields the log folder."""
    log_dir.mkdir(parents=True, exist_ok=True)
    to_file = logging.FileHandler(log_dir / REFRESH_LOG_NAME, encoding="utf-8")
    to_file.setLevel(logging.INFO)
    to_file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    console = _Console(stream, live=stream.isatty() and not verbose)
    root, ours = logging.getLogger(), logging.getLogger("flows")
    # Prefect's console handler, if Prefect is loaded: its lines go to the file unless asked for.
    hidden = [] if verbose else [h for h in root.handlers if type(h) is not logging.FileHandler]
    saved = (ours.level, ours.propagate, output.shown, output.colour)
    for handler in hidden:
        root.removeHandler(handler)
    root.addHandler(to_file)
    ours.addHandler(to_file)
    ours.addHandler(console)
    ours.setLevel(logging.DEBUG)
    ours.propagate = False  # our lines reach the console once, through our own handler
    output.shown, output.colour = verbose, verbose and stream.isatty()
    try:
        yield log_dir
    finally:
        ours.level, ours.propagate, output.shown, output.colour = saved
        for handler in (console, to_file):
            ours.removeHandler(handler)
            handler.close()
        root.removeHandler(to_file)
        for handler in hidden:
            root.addHandler(handler)
