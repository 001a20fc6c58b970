"""The raw tables hold every accepted value exactly as written, whatever the text contains."""

import csv
import io
from pathlib import Path

import duckdb
import pytest
from support import load_folders, raw_rows

from bench.generate import generate
from flows.raw_files import RawInputError

SOURCES = (
    "source_id,title,publisher,published_on,kind,url,author,language\n"
    'bao-2020,"Tổng kết năm 2019, ""số liệu"" mới",Báo Nam Định,2020-01-09,press,,,vi\n'
)
OBSERVATIONS = (
    "source_id,province_code,indicator_code,period,measure,status,comparator,value,unit,price_basis,value_as_published,quote\n"
    'bao-2020,36,export_value,2019,growth_pct,estimate,,24.5,pct,,"24,5%","Kim ngạch\r\nxuất khẩu ""tăng"" 24,5%, vượt"\n'
    "bao-2020,36,export_value,2019,level,estimate,~,2087.6,usd_mn,current,,\n"
)


def as_written(text: str) -> list[dict[str, str | None]]:
    """The rows as Python's csv module reads them, an empty field as None."""
    return [{k: v or None for k, v in row.items()} for row in csv.DictReader(io.StringIO(text, newline=""))]


def test_every_accepted_value_reaches_the_raw_tables_unchanged(inbox: Path, tmp_path: Path):
    (inbox / "sources.csv").write_text(SOURCES, encoding="utf-8")
    (inbox / "figures.csv").write_bytes(OBSERVATIONS.encode("utf-8"))
    build_path = tmp_path / "build" / "warehouse.duckdb"

    counts = load_folders(build_path, [inbox], ["inbox"])

    assert counts == {"sources": 1, "observations": 2}
    (source,) = raw_rows(build_path, "sources")
    assert {k: source[k] for k in as_written(SOURCES)[0]} == as_written(SOURCES)[0] | {"language": "vi"}
    assert (source["file_name"], source["file_line"]) == ("inbox/sources.csv", 2)
    observations = raw_rows(build_path, "observations")
    for stored, written in zip(observations, as_written(OBSERVATIONS), strict=True):
        assert {k: stored[k] for k in written} == written | {"comparator": written["comparator"] or "="}
    assert [o["file_line"] for o in observations] == [2, 4]  # the quoted line break counts
    with duckdb.connect(str(build_path), read_only=True) as con:
        assert con.execute("select count(distinct loaded_at) from raw.observations").fetchall() == [(1,)]
    assert sorted(p.name for p in build_path.parent.iterdir()) == ["warehouse.duckdb"]  # no scratch left


# Padding as spreadsheets and hand edits leave it: spaces, a tab, no-break and ideographic spaces,
# a value of spaces only. The second file has a blank line, so Python's reader reads it.
PADDED = (
    "source_id,province_code,indicator_code,period,measure,status,comparator,value,unit,price_basis,quote\n"
    'bao-2020 ,\u00a036, export_value ,2019\t,level,estimate,  ,2087.6\u3000,usd_mn, ," Kim ngạch "\n'
)
PADDED_WITH_A_BLANK_LINE = PADDED.replace("2019", "2018") + "\n"


def test_both_readers_strip_values_as_python_does(inbox: Path, tmp_path: Path):
    (inbox / "sources.csv").write_text(SOURCES, encoding="utf-8")
    (inbox / "read_by_duckdb.csv").write_text(PADDED, encoding="utf-8")
    (inbox / "read_by_python.csv").write_text(PADDED_WITH_A_BLANK_LINE, encoding="utf-8")
    build_path = tmp_path / "build" / "warehouse.duckdb"

    load_folders(build_path, [inbox], ["inbox"])

    observations = raw_rows(build_path, "observations")
    assert [o["file_name"] for o in observations] == ["inbox/read_by_duckdb.csv", "inbox/read_by_python.csv"]
    for stored, text in zip(observations, [PADDED, PADDED_WITH_A_BLANK_LINE], strict=True):
        (written,) = as_written(text)
        expected = {k: (v.strip() or None) if v else None for k, v in written.items()} | {"comparator": "="}
        assert {k: stored[k] for k in written} == expected


def test_a_file_read_in_parallel_keeps_each_row_on_its_own_line(tmp_path: Path):
    """~30 MB, so DuckDB reads it in several pieces at once: each row must still get its own line."""
    generate(200_000, tmp_path / "synthetic")
    build_path = tmp_path / "build" / "warehouse.duckdb"

    load_folders(build_path, [tmp_path / "synthetic"], ["synthetic"])

    with duckdb.connect(str(build_path), read_only=True) as con:
        stored = con.execute(
            "select file_line, source_id, indicator_code, period, measure, status, value from raw.observations"
            " where file_name = 'synthetic/observations.csv'"
        ).fetchall()
    with (tmp_path / "synthetic" / "observations.csv").open(encoding="utf-8", newline="") as f:
        written = {
            line: (r[0], r[2], r[3], r[4], r[5], r[7]) for line, r in enumerate(list(csv.reader(f))[1:], start=2)
        }
    assert len(stored) == len(written) == 200_000
    assert all(written[line] == tuple(rest) for line, *rest in stored)


# A quoted value may hold a line break, in a file with any line ends: LF, CR, CRLF or a mix.
LINE_ENDS = {"lf": ["\n"] * 4, "cr": ["\r"] * 4, "crlf": ["\r\n"] * 4, "mixed": ["\r\n", "\n", "\r", "\n"]}


def figures_with_a_quoted_line_break(ends: list[str], last_unit: str) -> str:
    """Two export figures of the article, the first quote broken over two lines; the last row in last_unit."""
    header = "source_id,province_code,indicator_code,period,measure,status,value,unit,value_as_published,quote"
    source = "bao-2020,36,export_value,2019"
    rows = [
        header,
        f'{source},growth_pct,estimate,24.5,pct,"24,5%","Kim ngạch xuất khẩu tăng 24,5%,{ends[3]}vượt 17,9% kế hoạch giao."',
        f'{source},plan_excess_pct,estimate,17.9,{last_unit},"17,9%","Kim ngạch xuất khẩu tăng 24,5%, vượt 17,9% kế hoạch giao."',
    ]
    return "".join(row + end for row, end in zip(rows, ends, strict=False))


@pytest.mark.parametrize("name", LINE_ENDS)
def test_a_quoted_line_break_loads_whatever_the_line_ends(name: str, inbox: Path, tmp_path: Path):
    (inbox / "sources.csv").write_text(SOURCES, encoding="utf-8")
    (inbox / "figures.csv").write_bytes(figures_with_a_quoted_line_break(LINE_ENDS[name], "pct").encode("utf-8"))
    build_path = tmp_path / "build" / "warehouse.duckdb"

    load_folders(build_path, [inbox], ["inbox"])

    growth, excess = raw_rows(build_path, "observations")
    assert growth["quote"] == f"Kim ngạch xuất khẩu tăng 24,5%,{LINE_ENDS[name][3]}vượt 17,9% kế hoạch giao."
    assert (growth["file_line"], excess["file_line"]) == (2, 4)  # the break inside the quote is a line


@pytest.mark.parametrize("name", LINE_ENDS)
def test_a_problem_after_a_quoted_line_break_names_its_line(name: str, inbox: Path, tmp_path: Path):
    (inbox / "sources.csv").write_text(SOURCES, encoding="utf-8")
    (inbox / "figures.csv").write_bytes(figures_with_a_quoted_line_break(LINE_ENDS[name], "percent").encode("utf-8"))

    with pytest.raises(RawInputError) as raised:
        load_folders(tmp_path / "build" / "warehouse.duckdb", [inbox], ["inbox"])

    assert [m.split(" (got")[0].split(";")[0] for m in raised.value.messages] == [
        "inbox/figures.csv:4: unit: unknown code"
    ]
