"""Check raw files against the input contract (CONTRACT.md §1) before anything is built.

Every problem is collected, not only the first, and reported as
`file:line: column: what is wrong (got …)`.
"""

import csv
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from flows.published_numbers import PublishedNumberError, decimals_of, parse_published
from flows.reference import Reference

OBSERVATION_COLUMNS = {
    "source_id": True,
    "province_code": True,
    "indicator_code": True,
    "period": True,
    "measure": True,
    "status": True,
    "comparator": False,
    "value": True,
    "unit": True,
    "price_basis": False,
    "value_as_published": False,
    "quote": False,
}  # column -> required
SOURCE_COLUMNS = {
    "source_id": True,
    "title": True,
    "publisher": True,
    "published_on": True,
    "kind": True,
    "url": False,
    "author": False,
    "language": False,
}

MEASURES = {"level", "growth_pct", "index_pct", "plan_attainment_pct", "plan_excess_pct"}
SIGNED_MEASURES = {"growth_pct", "plan_excess_pct"}  # a fall or a shortfall is negative
STATUSES = {"actual", "preliminary", "estimate", "target"}
COMPARATORS = {"=", ">=", "<=", "~"}
PRICE_BASES = {"", "current", "constant_2010"}
SOURCE_KINDS = {"press", "yearbook", "report", "resolution"}
LANGUAGES = {"vi", "en"}
FIRST_YEAR, LAST_YEAR = 1975, 2100
# The build stores values as DECIMAL(38, 9) and scales them up to 1000-fold: a longer value
# would be rounded or overflow there, so it is refused here.
MAX_INTEGER_DIGITS, MAX_DECIMALS = 18, 9

# ASCII digits only: Python's \d also matches digits of other scripts (fullwidth, Arabic-Indic), which the
# build's casts do not read.
_CANONICAL_DECIMAL = re.compile(r"-?\d+(\.\d+)?", re.ASCII)
_SOURCE_ID = re.compile(r"[a-z0-9-]+")
_PERIOD = re.compile(r"(\d{4})(-(Q[1-4]|H[12]|M(0[1-9]|1[0-2])|YTD(0[1-9]|1[0-2])))?", re.ASCII)
_PUBLISHED_ON = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?", re.ASCII)


@dataclass(frozen=True)
class RawFile:
    path: Path
    label: str  # how messages and lineage name it: relative to the folder it was found in
    sha256: str


@dataclass
class Problems:
    messages: list[str] = field(default_factory=list)

    def add(self, file: RawFile, line: int, column: str, what: str, got: str | None = None) -> None:
        shown = f" (got {got!r})" if got is not None else ""
        self.messages.append(f"{file.label}:{line}: {column}: {what}{shown}")


@dataclass
class ValidatedRaw:
    sources: list[dict[str, object]]
    observations: list[dict[str, object]]
    files: list[RawFile]


class RawInputError(Exception):
    """Raw files break the input contract; nothing was loaded."""

    def __init__(self, messages: list[str]):
        self.messages = messages
        listing = "\n".join(f"  {m}" for m in messages)
        super().__init__(f"{len(messages)} problem(s) in the raw files; nothing was loaded:\n{listing}")


def find_raw_files(directories: list[Path], labels: list[str]) -> list[RawFile]:
    """The CSV files directly in each folder, in name order. A file that resolves outside
    its folder (a symlink pointing elsewhere) is refused."""
    files = []
    for directory, label in zip(directories, labels, strict=True):
        if not directory.is_dir():
            raise RawInputError([f"{label}: not a folder"])
        root = directory.resolve()
        for path in sorted(directory.glob("*.csv")):
            if not path.resolve().is_relative_to(root):
                raise RawInputError([f"{label}/{path.name}: points outside its folder; refused"])
            if not path.is_file():  # a folder, or a pipe or device that could block the read forever
                raise RawInputError([f"{label}/{path.name}: is not a regular file; refused"])
            files.append(RawFile(path, f"{label}/{path.name}", hashlib.sha256(path.read_bytes()).hexdigest()))
    return files


def _read_rows(file: RawFile, problems: Problems) -> tuple[list[str], list[tuple[int, dict[str, str]]]] | None:
    """Header and (line number, row) pairs, or None when the file cannot be read as CSV.
    A spreadsheet's BOM, CRLF line ends and quoted newlines are fine."""
    raw = file.path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        got = raw[error.start : error.start + 4].hex(" ")
        problems.add(file, line, "(file)", "is not UTF-8 text; save it as UTF-8", got)
        return None
    if "\x00" in text:  # a binary file, or text that SQL clients would cut short
        line = text[: text.index("\x00")].count("\n") + 1
        problems.add(file, line, "(file)", "contains a NUL character; it is not a text file")
        return None
    reader = csv.reader(text.splitlines(keepends=True), strict=True)
    rows = []
    try:
        header = [column.strip() for column in next(reader, [])]
        line = reader.line_num + 1
        for values in reader:
            if len(values) != len(header):
                if any(values):
                    problems.add(file, line, "(row)", f"has {len(values)} fields, the header has {len(header)}")
            else:
                rows.append((line, dict(zip(header, (v.strip() for v in values), strict=True))))
            line = reader.line_num + 1
    except csv.Error as error:
        problems.add(file, reader.line_num, "(row)", f"is not valid CSV: {error}")
        return None
    return header, rows


def _kind_of(header: list[str]) -> str | None:
    if "indicator_code" in header:
        return "observations"
    if "title" in header:
        return "sources"
    return None


def _check_header(file: RawFile, header: list[str], columns: dict[str, bool], problems: Problems) -> bool:
    ok = True
    for column in header:
        if column not in columns:
            problems.add(file, 1, column, f"unknown column; expected only {', '.join(columns)}")
            ok = False
    if len(set(header)) != len(header):
        problems.add(file, 1, "(header)", "names a column twice")
        ok = False
    for column, required in columns.items():
        if required and column not in header:
            problems.add(file, 1, column, "required column is missing")
            ok = False
    return ok


def _required_present(
    file: RawFile, line: int, row: dict[str, str], columns: dict[str, bool], problems: Problems
) -> bool:
    missing = [c for c, required in columns.items() if required and not row.get(c)]
    for column in missing:
        problems.add(file, line, column, "is required and empty")
    return not missing


def _one_of(
    file: RawFile, line: int, column: str, value: str, allowed: set[str] | frozenset[str] | dict, problems: Problems
) -> bool:
    if value in allowed:
        return True
    problems.add(file, line, column, f"unknown code; expected one of {', '.join(sorted(allowed))}", value)
    return False


def _check_source(file: RawFile, line: int, row: dict[str, str], problems: Problems) -> dict[str, object] | None:
    if not _required_present(file, line, row, SOURCE_COLUMNS, problems):
        return None
    ok = True
    if not _SOURCE_ID.fullmatch(row["source_id"]):
        problems.add(file, line, "source_id", "must be lowercase letters, digits and '-'", row["source_id"])
        ok = False
    if not _valid_published_on(row["published_on"]):
        problems.add(file, line, "published_on", "must be a date YYYY-MM-DD, YYYY-MM or YYYY", row["published_on"])
        ok = False
    ok &= _one_of(file, line, "kind", row["kind"], SOURCE_KINDS, problems)
    language = row.get("language") or "vi"
    ok &= _one_of(file, line, "language", language, LANGUAGES, problems)
    if not ok:
        return None
    return {c: row.get(c) or None for c in SOURCE_COLUMNS} | {"language": language} | _lineage(file, line)


def _valid_published_on(text: str) -> bool:
    if not _PUBLISHED_ON.fullmatch(text):
        return False
    parts = [int(p) for p in text.split("-")] + [1, 1]
    try:
        return FIRST_YEAR <= date(*parts[:3]).year <= LAST_YEAR
    except ValueError:
        return False


def _check_observation(
    file: RawFile,
    line: int,
    row: dict[str, str],
    reference: Reference,
    languages: dict[str, str],
    problems: Problems,
) -> dict[str, object] | None:
    if not _required_present(file, line, row, OBSERVATION_COLUMNS, problems):
        return None
    comparator = row.get("comparator") or "="
    price_basis = row.get("price_basis") or ""
    ok = all(
        [
            _one_of(file, line, "source_id", row["source_id"], languages, problems),
            _one_of(file, line, "province_code", row["province_code"], reference.province_years, problems),
            _one_of(file, line, "indicator_code", row["indicator_code"], reference.indicator_units, problems),
            _one_of(file, line, "measure", row["measure"], MEASURES, problems),
            _one_of(file, line, "status", row["status"], STATUSES, problems),
            _one_of(file, line, "comparator", comparator, COMPARATORS, problems),
            _one_of(file, line, "unit", row["unit"], reference.units, problems),
            _one_of(file, line, "price_basis", price_basis, PRICE_BASES, problems),
        ]
    )
    period = _PERIOD.fullmatch(row["period"])
    if not period or not FIRST_YEAR <= int(period.group(1)) <= LAST_YEAR:
        problems.add(
            file,
            line,
            "period",
            f"must be YYYY, YYYY-Qn, YYYY-Hn, YYYY-Mmm or YYYY-YTDmm with {FIRST_YEAR} <= YYYY <= {LAST_YEAR}",
            row["period"],
        )
        ok = False
    elif row["province_code"] in reference.province_years:
        first, last = reference.province_years[row["province_code"]]
        if not first <= int(period.group(1)) <= (last or LAST_YEAR):
            existed = f"from {first} to {last}" if last else f"from {first}"
            problems.add(file, line, "period", f"province {row['province_code']} existed only {existed}", row["period"])
            ok = False
    if not _CANONICAL_DECIMAL.fullmatch(row["value"]):
        problems.add(
            file,
            line,
            "value",
            "must be a number in canonical form: '.' as decimal point, no thousands separator",
            row["value"],
        )
        return None
    integer_digits, _, decimal_digits = row["value"].lstrip("-").partition(".")
    if len(integer_digits.lstrip("0")) > MAX_INTEGER_DIGITS or len(decimal_digits) > MAX_DECIMALS:
        problems.add(
            file,
            line,
            "value",
            f"has more digits than a figure can carry: at most {MAX_INTEGER_DIGITS} before the point and {MAX_DECIMALS} after",
            row["value"],
        )
        return None
    if not ok:
        return None

    value = Decimal(row["value"])
    unit = reference.units[row["unit"]]
    measure = row["measure"]
    expected_unit = reference.indicator_units[row["indicator_code"]] if measure == "level" else "pct"
    if unit.mart_unit != expected_unit:
        problems.add(
            file,
            line,
            "unit",
            f"a {measure} of {row['indicator_code']} is in a unit convertible to {expected_unit}",
            row["unit"],
        )
        return None
    if value < 0 and measure not in SIGNED_MEASURES:
        problems.add(file, line, "value", f"a {measure} cannot be negative", row["value"])
        return None

    decimals, precision_unit = decimals_of(value), unit
    published_text = row.get("value_as_published") or ""
    if published_text:
        language = languages[row["source_id"]]
        try:
            published = parse_published(published_text, language, reference)
        except PublishedNumberError as error:
            problems.add(file, line, "value_as_published", str(error), published_text)
            return None
        in_unit = published.unit or unit
        if in_unit.mart_unit != unit.mart_unit:
            problems.add(
                file,
                line,
                "value_as_published",
                f"its unit words are not convertible to the row's unit {unit.code}",
                published_text,
            )
            return None
        as_value = published.value * in_unit.factor_to_mart_unit / unit.factor_to_mart_unit
        if as_value != value:
            problems.add(
                file,
                line,
                "value_as_published",
                f"reads as {as_value.normalize():f} {unit.code}, but value is {row['value']}",
                published_text,
            )
            return None
        decimals, precision_unit = published.decimals, in_unit

    return {
        "source_id": row["source_id"],
        "province_code": row["province_code"],
        "indicator_code": row["indicator_code"],
        "period": row["period"],
        "measure": measure,
        "status": row["status"],
        "comparator": comparator,
        "value": row["value"],
        "unit": unit.code,
        "price_basis": price_basis or None,
        "value_as_published": published_text or None,
        "published_decimals": decimals,
        "precision_unit": precision_unit.code,
        "quote": row.get("quote") or None,
    } | _lineage(file, line)


def _lineage(file: RawFile, line: int) -> dict[str, object]:
    return {"file_name": file.label, "file_line": line, "file_sha256": file.sha256}


def _deduplicated(
    records: Iterator[tuple[RawFile, int, dict[str, object]]],
    key_columns: tuple[str, ...],
    same_columns: tuple[str, ...],
    reported_column: str,
    problems: Problems,
) -> list[dict[str, object]]:
    """The same key with the same content is one record; with other content, an error."""
    seen: dict[tuple, tuple[str, int, tuple]] = {}
    kept = []
    for file, line, record in records:
        key = tuple(record[c] for c in key_columns)
        content = tuple(Decimal(str(record[c])) if c == "value" else record[c] for c in same_columns)
        if key in seen:
            first_file, first_line, first_content = seen[key]
            if content != first_content:
                problems.add(
                    file,
                    line,
                    reported_column,
                    f"conflicts with {first_file}:{first_line}, which gives the same {'/'.join(key_columns)} another value",
                )
            continue
        seen[key] = (file.label, line, content)
        kept.append(record)
    return kept


def validate_raw_files(files: list[RawFile], reference: Reference) -> ValidatedRaw:
    """Validate every file; raise RawInputError naming every bad row, or return the rows."""
    problems = Problems()
    by_kind: dict[str, list[tuple[RawFile, list[tuple[int, dict[str, str]]]]]] = {"sources": [], "observations": []}
    for file in files:
        content = _read_rows(file, problems)
        if content is None:
            continue
        header, rows = content
        if not header:
            problems.add(file, 1, "(file)", "is empty; expected a header row")
            continue
        kind = _kind_of(header)
        if kind is None:
            problems.add(file, 1, "(header)", "is neither an observations file nor a sources file", ",".join(header))
            continue
        if _check_header(file, header, OBSERVATION_COLUMNS if kind == "observations" else SOURCE_COLUMNS, problems):
            by_kind[kind].append((file, rows))

    sources = _deduplicated(
        ((f, n, s) for f, rows in by_kind["sources"] for n, row in rows if (s := _check_source(f, n, row, problems))),
        key_columns=("source_id",),
        same_columns=tuple(SOURCE_COLUMNS),
        reported_column="source_id",
        problems=problems,
    )
    languages = {str(s["source_id"]): str(s["language"]) for s in sources}
    observations = _deduplicated(
        (
            (f, n, o)
            for f, rows in by_kind["observations"]
            for n, row in rows
            if (o := _check_observation(f, n, row, reference, languages, problems))
        ),
        key_columns=("source_id", "province_code", "indicator_code", "period", "measure", "status"),
        same_columns=("comparator", "value", "unit"),
        reported_column="value",
        problems=problems,
    )
    if problems.messages:
        raise RawInputError(problems.messages)
    return ValidatedRaw(sources=sources, observations=observations, files=files)
