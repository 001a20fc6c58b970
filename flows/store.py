"""The warehouse's own store of accepted raw files: figures added through an inbox stay added.

Once a refresh with an inbox has published, each inbox file the store did not hold yet is kept in
WAREHOUSE_DIR/store/: read-only, named by the sha256 of its bytes, and listed in manifest.json with
the name it came under, the sources it names, its records and when it was added. Every later
refresh loads the listed files after the shipped figures and before its own inbox.

Only the manifest says what is stored. A file is written under a temporary name, synced, made
read-only and renamed to its hash before the warehouse is published; the manifest, replaced the
same way, lists it only once the publish is done. A refresh that is rejected or killed leaves the
store as it was, but for unlisted files, which the next refresh clears away.
"""

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from itertools import chain
from pathlib import Path

import duckdb

from flows.load import load_raw, raw_files_in
from flows.lock import one_writer_at_a_time
from flows.publish import fsync as _sync
from flows.raw_files import CHUNK_BYTES, RawFile, RawInputError, open_raw_files
from flows.reference import load_reference
from flows.settings import SHIPPED_RAW_DIR, Settings
from flows.validate import SQL_DIR

LABEL = "store"  # how load messages and lineage name a stored file: store/<sha256>.csv
MANIFEST_NAME = "manifest.json"
PARTIAL_SUFFIX = ".partial"  # a file being written; never loaded, never listed


@dataclass(frozen=True)
class StoredFile:
    file: str  # <sha256>.csv, in the store folder
    original_name: str  # the name it had in the inbox
    source_ids: tuple[str, ...]  # the sources its records name
    rows: int  # its records, the header and blank lines not counted
    added_at: str  # when the refresh that published it stored it: ISO 8601, UTC
    size: int  # bytes, so that only inbox files of a stored size need hashing to be recognised

    @property
    def label(self) -> str:
        return f"{LABEL}/{self.file}"

    def answers_to(self, name: str) -> bool:
        """Its stored name (with or without `store/` or `.csv`), the name it came under, or a source it names."""
        return name in (self.file, self.file.removesuffix(".csv"), self.label, self.original_name, *self.source_ids)


@dataclass(frozen=True)
class Arrival:
    """An inbox file a refresh loaded that the store does not hold yet."""

    path: Path
    label: str
    sha256: str
    source_ids: tuple[str, ...]
    rows: int


class NothingStoredMatches(LookupError):
    """A name given to `remove` that no stored file answers to."""


class RemovalWouldBreak(Exception):
    """Without the files to remove, the rest would not load: nothing was removed."""


class Store:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.manifest = folder / MANIFEST_NAME

    def files(self) -> list[StoredFile]:
        """What is stored, in the order it was added."""
        if not self.manifest.exists():
            return []
        entries = json.loads(self.manifest.read_text(encoding="utf-8"))["files"]
        return [StoredFile(**entry | {"source_ids": tuple(entry["source_ids"])}) for entry in entries]

    def labelled(self) -> list[tuple[Path, str]]:
        """Every stored file with its label, for the loader."""
        return [(self.folder / stored.file, stored.label) for stored in self.files()]

    def holds(self, path: Path) -> bool:
        """Is a file with exactly these bytes stored?"""
        stored = self.files()
        if path.stat().st_size not in {s.size for s in stored}:
            return False
        return f"{_sha256(path)}.csv" in {s.file for s in stored}

    def keep(self, arrivals: list[Arrival]) -> list[StoredFile]:
        """Write each new file into the store once, under its hash but not listed yet; what the
        manifest is to say of them once the warehouse that holds them is published."""
        self.folder.mkdir(parents=True, exist_ok=True)
        added_at = datetime.now(UTC).isoformat(timespec="seconds")
        present, kept = {s.file for s in self.files()}, []
        try:
            for arrival in arrivals:
                name = f"{arrival.sha256}.csv"
                if name not in present:  # an inbox may hold the same bytes twice
                    size = self._copy_in(arrival, name)
                    kept.append(StoredFile(name, arrival.path.name, arrival.source_ids, arrival.rows, added_at, size))
                    present.add(name)
        except BaseException:
            self.tidy()  # the copies made so far are listed nowhere
            raise
        _sync(self.folder)
        return kept

    def add(self, kept: list[StoredFile]) -> None:
        """List the kept files: from now on every refresh loads them."""
        self.write(self.files() + kept)

    def write(self, files: list[StoredFile]) -> None:
        """Replace the manifest whole, then clear the files it no longer lists."""
        self.folder.mkdir(parents=True, exist_ok=True)
        partial = self.folder / f".{MANIFEST_NAME}{PARTIAL_SUFFIX}"
        text = json.dumps({"files": [asdict(s) for s in files]}, ensure_ascii=False, indent=2) + "\n"
        partial.write_text(text, encoding="utf-8")
        _sync(partial)
        os.replace(partial, self.manifest)
        _sync(self.folder)
        self.tidy()

    def tidy(self) -> None:
        """Clear what the manifest does not list: files being written when a refresh was killed,
        files kept by a refresh that did not publish, files removed."""
        if not self.folder.is_dir():
            return
        listed = {s.file for s in self.files()}
        for entry in self.folder.iterdir():
            if entry.name.endswith(PARTIAL_SUFFIX) or (entry.suffix == ".csv" and entry.name not in listed):
                entry.unlink()

    def _copy_in(self, arrival: Arrival, name: str) -> int:
        """Copy under a temporary name, sync, make read-only, rename: a kill leaves a whole file or
        none. The bytes must be the ones the refresh loaded and checked."""
        partial = self.folder / f".{name}{PARTIAL_SUFFIX}"
        digest, size = hashlib.sha256(), 0
        with arrival.path.open("rb") as source, partial.open("wb") as copy:
            while chunk := source.read(CHUNK_BYTES):
                digest.update(chunk)
                copy.write(chunk)
                size += len(chunk)
        _sync(partial)
        if digest.hexdigest() != arrival.sha256:
            partial.unlink()
            raise RawInputError([f"{arrival.label}: changed while the refresh read it; nothing was published"])
        partial.chmod(0o444)
        os.replace(partial, self.folder / name)
        return size


def files_to_load(settings: Settings) -> tuple[list[RawFile], int]:
    """What a refresh loads, in order: the shipped files, the stored ones, then the inbox's files
    the store does not hold yet; and the position of the first of those new ones."""
    store = Store(settings.store_dir)
    shipped, *inbox = (raw_files_in(directory) for directory in settings.raw_dirs())
    known = shipped + store.labelled()
    new = [(path, label) for path, label in chain(*inbox) if not store.holds(path)]
    return open_raw_files(known + new), len(known)


def arrivals(build_path: Path, files: list[RawFile], first: int) -> list[Arrival]:
    """The loaded files from position `first` on, with the records and sources the build holds of each."""
    if first == len(files):
        return []
    with duckdb.connect(str(build_path), read_only=True) as con:
        con.execute("set variable first_file_index = ?", [first])
        contents = con.execute((SQL_DIR / "file_contents.sql").read_text(encoding="utf-8")).fetchall()
    records = {index: (tuple(source_ids), rows) for index, rows, source_ids in contents}
    return [
        Arrival(file.path, file.label, file.scan().sha256, *records.get(index, ((), 0)))
        for index, file in enumerate(files[first:], start=first)
    ]


def remove(settings: Settings, names: list[str]) -> list[StoredFile]:
    """Take out every stored file that answers to one of the names, provided what stays still
    loads; the files taken out. The next refresh publishes without them."""
    with one_writer_at_a_time(settings):  # no refresh reads the store meanwhile
        store = Store(settings.store_dir)
        stored = store.files()
        for name in names:
            if not any(s.answers_to(name) for s in stored):
                raise NothingStoredMatches(
                    f"no stored file is named {name!r} or names that source; nothing was removed."
                    " `python -m flows files` lists what is stored."
                )
        leaving = [s for s in stored if any(s.answers_to(name) for name in names)]
        staying = [s for s in stored if s not in leaving]
        _check_loads(settings, store, leaving, staying)
        store.write(staying)
        return leaving


def _check_loads(settings: Settings, store: Store, leaving: list[StoredFile], staying: list[StoredFile]) -> None:
    """Load the shipped figures and the files that stay, as the next refresh will, into a scratch file."""
    shipped = raw_files_in(SHIPPED_RAW_DIR)
    files = open_raw_files(shipped + [(store.folder / s.file, s.label) for s in staying])
    with tempfile.TemporaryDirectory(dir=settings.warehouse_dir, prefix=".store-check-") as scratch:
        try:
            load_raw(files, load_reference(), Path(scratch) / "warehouse.duckdb")
        except RawInputError as error:
            going = ", ".join(s.label for s in leaving)
            problems = "\n".join(f"  {message}" for message in error.messages)
            raise RemovalWouldBreak(
                f"without {going}, the stored files that stay would not load, so nothing was removed:\n{problems}\n"
                "Name the files these problems are in as well, in the same command."
            ) from error


def listing(store: Store) -> str:
    """What is stored, one file a line, for `python -m flows files`."""
    stored = store.files()
    if not stored:
        return f"Nothing is stored in {store.folder}: a refresh with an inbox keeps its files there once it publishes."
    header = ("file", "original name", "source ids", "rows", "added (UTC)")
    rows = [header] + [
        (
            s.label,
            s.original_name,
            ", ".join(s.source_ids),
            str(s.rows),
            f"{datetime.fromisoformat(s.added_at):%Y-%m-%d %H:%M}",
        )
        for s in stored
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(len(header))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows]
    return "\n".join([f"{len(stored)} file(s) in {store.folder}:", *lines])


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()
