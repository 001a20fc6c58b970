"""Publish: the audited build file replaces the serving file in one atomic rename."""

import os
from pathlib import Path

import duckdb


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def publish(build_path: Path, serving_path: Path) -> Path:
    """Readers that hold the old file keep their snapshot; new readers see the new one."""
    # Fold any write-ahead log into the file, so the one file is the whole warehouse.
    with duckdb.connect(str(build_path)) as con:
        con.execute("checkpoint")
    _fsync(build_path)
    serving_path.parent.mkdir(parents=True, exist_ok=True)
    os.replace(build_path, serving_path)
    _fsync(serving_path.parent)
    return serving_path
