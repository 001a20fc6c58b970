"""Publish: the audited build file, and the files beside it, replace the old ones in one atomic rename."""

import os
from pathlib import Path

import duckdb

from flows.settings import MEMORY_LIMIT


def fsync(path: Path) -> None:
    """fsync a file or a folder (a rename is durable once its folder is synced)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def publish(build_path: Path, serving_path: Path) -> Path:
    """Readers that hold the old file keep their snapshot; new readers see the new one."""
    # Fold any write-ahead log into the file, so the one file is the whole warehouse.
    with duckdb.connect(str(build_path), config={"memory_limit": MEMORY_LIMIT}) as con:
        con.execute("checkpoint")
    fsync(build_path)
    serving_path.parent.mkdir(parents=True, exist_ok=True)
    os.replace(build_path, serving_path)
    fsync(serving_path.parent)
    return serving_path


def replace_whole(path: Path, content: bytes) -> Path:
    """Write `content` beside `path`, then rename it over `path`: a reader opens the whole old
    file or the whole new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pending = path.with_name(f".{path.name}.pending")
    pending.write_bytes(content)
    os.replace(pending, path)
    return path
