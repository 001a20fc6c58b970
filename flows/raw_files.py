"""Finding raw files and reading them as CSV, byte-exact and with the line each record starts on.

DuckDB reads well-formed files (flows/intake.py); this module gives what it cannot: each file's
checksum and line count in one pass over its bytes, and a careful reader, Python's csv module,
for files whose records do not each sit on one line or that DuckDB refuses, so that every
problem is named by its line.
"""

import codecs
import csv
import hashlib
import re
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

CHUNK_BYTES = 1 << 20
LONE_CR = re.compile(rb"\r(?!\n)")  # a line end of its own to Python's reader, not to DuckDB's


class RawInputError(Exception):
    """Raw files break the input contract; nothing was loaded."""

    def __init__(self, messages: list[str]):
        self.messages = messages
        listing = "\n".join(f"  {m}" for m in messages)
        super().__init__(f"{len(messages)} problem(s) in the raw files; nothing was loaded:\n{listing}")


@dataclass(frozen=True)
class ByteScan:
    sha256: str
    lines: int  # physical lines, the last one counted even without a line break
    nul_line: int | None  # the first line holding a NUL byte
    plain_line_ends: bool  # every line ends in LF or CRLF: no lone CR that Python would count as a line


@dataclass(frozen=True)
class RawFile:
    path: Path
    label: str  # how messages and lineage name it: relative to the folder it was found in
    _scan: Future[ByteScan]

    def scan(self) -> ByteScan:
        """The pass over the file's bytes, run in the background while DuckDB reads the file."""
        return self._scan.result()


@dataclass
class Problems:
    messages: list[str] = field(default_factory=list)

    def add(self, file: RawFile, line: int, column: str, what: str, got: str | None = None) -> None:
        self.add_at(file.label, line, column, what, got)

    def add_at(self, label: str, line: int, column: str, what: str, got: str | None = None) -> None:
        """`file:line: column: what is wrong (got …)`, the one form every problem takes."""
        shown = f" (got {got!r})" if got is not None else ""
        self.messages.append(f"{label}:{line}: {column}: {what}{shown}")


def find_raw_files(directories: list[Path], labels: list[str]) -> list[RawFile]:
    """The CSV files directly in each folder, in name order. A file that resolves outside
    its folder (a symlink pointing elsewhere) is refused."""
    files = []
    scanner = ThreadPoolExecutor(max_workers=1, thread_name_prefix="raw-file-scan")
    for directory, label in zip(directories, labels, strict=True):
        if not directory.is_dir():
            raise RawInputError([f"{label}: not a folder"])
        root = directory.resolve()
        for path in sorted(directory.glob("*.csv")):
            if not path.resolve().is_relative_to(root):
                raise RawInputError([f"{label}/{path.name}: points outside its folder; refused"])
            if not path.is_file():  # a folder, or a pipe or device that could block the read forever
                raise RawInputError([f"{label}/{path.name}: is not a regular file; refused"])
            files.append(RawFile(path, f"{label}/{path.name}", scanner.submit(_scan, path)))
    scanner.shutdown(wait=False)  # the scans run on, in order; each is awaited where it is needed
    return files


def _scan(path: Path) -> ByteScan:
    """One pass over the bytes, a chunk at a time so a large file never sits in memory whole.
    hashlib lets go of the GIL while it hashes, so this runs beside DuckDB's reader."""
    digest, lines, nul_line = hashlib.sha256(), 0, None
    plain_line_ends, cr_before = True, False  # cr_before: the chunk before ended in a CR
    last = b""
    with path.open("rb") as f:
        while chunk := f.read(CHUNK_BYTES):
            digest.update(chunk)
            if nul_line is None and b"\x00" in chunk:
                nul_line = lines + chunk[: chunk.index(b"\x00")].count(b"\n") + 1
            lines += chunk.count(b"\n")
            if cr_before and not chunk.startswith(b"\n"):
                plain_line_ends = False
            # a CR at the very end may begin a CRLF across two chunks: the next chunk tells
            cr_before = chunk.endswith(b"\r")
            if plain_line_ends and b"\r" in chunk and LONE_CR.search(chunk, 0, len(chunk) - cr_before):
                plain_line_ends = False
            last = chunk[-1:]
    lines += last not in (b"", b"\n")
    return ByteScan(digest.hexdigest(), lines, nul_line, plain_line_ends and not cr_before)


def read_header(file: RawFile, problems: Problems) -> list[str] | None:
    """The first record's names, stripped ([] for an empty file), or None after naming why
    the start of the file is not UTF-8 CSV."""
    try:
        with file.path.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.reader(f, strict=True)
            try:
                return [name.strip() for name in next(reader, [])]
            except csv.Error as error:
                problems.add(file, reader.line_num, "(row)", f"is not valid CSV: {error}")
    except UnicodeDecodeError:
        _add_non_utf8(file, problems)
    return None


def read_records(file: RawFile, width: int, problems: Problems) -> Iterator[tuple[int, list[str]]]:
    """(line, values) of every record after the header, values stripped. Records of the wrong
    width are problems; blank lines are skipped; a file that is not UTF-8 or not CSV yields
    nothing past its first problem. A spreadsheet's BOM, CRLF and quoted newlines are fine."""
    if _add_non_utf8(file, problems):
        return
    with file.path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f, strict=True)
        try:
            next(reader, None)
            line = reader.line_num + 1
            for values in reader:
                if len(values) == width:
                    yield line, [v.strip() for v in values]
                elif any(values):
                    problems.add(file, line, "(row)", f"has {len(values)} fields, the header has {width}")
                line = reader.line_num + 1
        except csv.Error as error:
            problems.add(file, reader.line_num, "(row)", f"is not valid CSV: {error}")


def _add_non_utf8(file: RawFile, problems: Problems) -> bool:
    if (bad := _first_non_utf8(file.path)) is None:
        return False
    line, got = bad
    problems.add(file, line, "(file)", "is not UTF-8 text; save it as UTF-8", got)
    return True


def check_no_nul(file: RawFile, problems: Problems) -> bool:
    """Is the file free of NUL bytes, which mark a binary file and which SQL clients would cut short?"""
    nul_line = file.scan().nul_line
    if nul_line is None:
        return True
    if not _add_non_utf8(file, problems):  # UTF-16 is full of NULs: say what it really is
        problems.add(file, nul_line, "(file)", "contains a NUL character; it is not a text file")
    return False


def _first_non_utf8(path: Path) -> tuple[int, str] | None:
    """The line of the first byte that is not UTF-8, and the bytes there in hex."""
    decoder, lines = codecs.getincrementaldecoder("utf-8")(), 0
    with path.open("rb") as f:
        while True:
            chunk = f.read(CHUNK_BYTES)
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as error:
                # the error's position counts from the bytes the decoder still held back
                held = len(error.object) - len(chunk)
                start = max(error.start - held, 0)
                return lines + chunk[:start].count(b"\n") + 1, error.object[error.start : error.start + 4].hex(" ")
            if not chunk:
                return None
            lines += chunk.count(b"\n")
