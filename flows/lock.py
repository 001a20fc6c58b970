"""One writer per warehouse: a refresh, or a change to its store, waits for the one before."""

from collections.abc import Iterator
from contextlib import contextmanager

from filelock import FileLock, Timeout

from flows.settings import Settings


class RefreshBusy(TimeoutError):
    """Another refresh of the same warehouse held the lock for longer than we were willing to wait."""


@contextmanager
def one_writer_at_a_time(settings: Settings) -> Iterator[None]:
    lock = FileLock(settings.warehouse_dir / ".refresh.lock", timeout=settings.lock_timeout_s)
    try:
        lock.acquire()
    except Timeout as error:
        raise RefreshBusy(
            f"another refresh of {settings.warehouse_dir} is running; waited {settings.lock_timeout_s:g} s"
            " for it to finish and gave up. Nothing was changed. Try again later, or wait longer"
            " with WAREHOUSE_LOCK_TIMEOUT_S."
        ) from error
    try:
        yield
    finally:
        lock.release()
