"""Run a command and record its peak resident memory, from a process of our own.

A child started by a big process (the benchmark, with DuckDB's buffers in it) shares that
process's memory until it execs, and the kernel counts it in the child's peak. Started from
this small process instead, the figure is the command's own.

    python -m bench.peak_rss OUT_FILE COMMAND [ARG ...]

writes the peak in kilobytes to OUT_FILE and exits with the command's status.
"""

import resource
import subprocess
import sys
from pathlib import Path


def main(out_file: str, command: list[str]) -> int:
    returncode = subprocess.call(command)
    Path(out_file).write_text(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
    return returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
