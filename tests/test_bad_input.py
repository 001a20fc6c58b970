"""The input corpus: every malformed file under data/bad is refused with every problem named,
and every file under data/good loads.

Each folder under data/bad is an inbox, loaded beside the shipped figures as a refresh loads
it; its expected.txt lists, in order, the start of each message the loader must give.
"""

import re
import shutil
from pathlib import Path

import pytest
from support import load_folders, raw_rows, run_cli

from flows.raw_files import RawInputError
from flows.settings import SHIPPED_RAW_DIR

DATA = Path(__file__).parent / "data"
BAD_CASES = sorted(p.name for p in (DATA / "bad").iterdir())
MESSAGE = re.compile(r"^inbox/[\w.-]+\.csv:\d+: [^:]+: .+$")


def load(inbox: Path) -> Path:
    """The shipped figures and the inbox into a new build file beside the inbox; its path."""
    build_path = inbox.parent / "build" / "warehouse.duckdb"
    load_folders(build_path, [SHIPPED_RAW_DIR, inbox], ["seeds/raw", "inbox"])
    return build_path


def expected_messages(case: Path) -> list[str]:
    return (case / "expected.txt").read_text(encoding="utf-8").splitlines()


def inbox_of(case: Path, into: Path) -> Path:
    """The case's raw files, without its expected.txt."""
    into.mkdir(exist_ok=True)
    for csv_file in case.glob("*.csv"):
        shutil.copy(csv_file, into / csv_file.name)
    return into


def test_the_corpus_covers_enough_cases():
    assert len(BAD_CASES) >= 30


@pytest.mark.parametrize("name", BAD_CASES)
def test_a_bad_file_is_refused_naming_file_line_column_and_rule(name: str, tmp_path: Path):
    case = DATA / "bad" / name
    with pytest.raises(RawInputError) as raised:
        load(inbox_of(case, tmp_path / "inbox"))
    messages = raised.value.messages
    expected = expected_messages(case)
    assert len(messages) == len(expected), messages
    for message, start in zip(messages, expected, strict=True):
        assert message.startswith(start), (message, start)
        assert MESSAGE.match(message), message


def test_the_good_corpus_loads_every_row_as_written(tmp_path: Path):
    inbox = inbox_of(DATA / "good", tmp_path / "inbox")
    shutil.copy(SHIPPED_RAW_DIR / "observations.csv", inbox / "shipped_again.csv")
    build_path = load(inbox)
    observations, sources = raw_rows(build_path, "observations"), raw_rows(build_path, "sources")

    assert len(sources) == 7 + 2
    assert len(observations) == 43 + 6  # the article's figures a second time add nothing
    from_inbox = [o for o in observations if o["file_name"].startswith("inbox/")]
    by_key = {(o["province_code"], o["indicator_code"], o["period"], o["measure"]): o for o in from_inbox}
    retail_2020 = by_key[("35", "retail_sales_services", "2020", "level")]
    assert retail_2020["quote"] == "Tổng mức bán lẻ\r\nđạt 31.250,5 tỷ đồng"  # a quoted newline, kept
    assert (retail_2020["file_line"], retail_2020["published_decimals"]) == (2, 1)
    assert by_key[("35", "retail_sales_services", "2021", "level")]["file_line"] == 4  # counted after it
    exports = by_key[("35", "export_value", "2021", "level")]
    assert (exports["value"], exports["precision_unit"], exports["published_decimals"]) == ("2050", "usd_bn", 2)
    sources = {s["source_id"]: s for s in sources}
    assert sources["en-report-2021"]["title"] == "Robert'); drop table raw.sources; --"
    assert sources["en-report-2021"]["author"] == 'O\'Brien, "Bobby"'


def test_rejected_files_through_the_command_exit_non_zero_and_leave_the_serving_file_alone(
    tmp_path: Path, published, prefect_server: str
):
    """A few cases of the corpus, together in one inbox, through `python -m flows run`."""
    cases = ["windows_1258", "source_id_that_tries_sql", "every_error_of_a_file_at_once"]
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    expected = []
    for name in cases:
        for csv_file in (DATA / "bad" / name).glob("*.csv"):
            shutil.copy(csv_file, inbox / f"{name}-{csv_file.name}")
        for message in expected_messages(DATA / "bad" / name):
            expected.append(message.replace("inbox/", f"inbox/{name}-", 1))
    warehouse = tmp_path / "warehouse"
    warehouse.mkdir()
    shutil.copy(published.serving_path, warehouse / "warehouse.duckdb")
    before = (warehouse / "warehouse.duckdb").read_bytes()

    result = run_cli("run", "--inbox", str(inbox), api_url=prefect_server, WAREHOUSE_DIR=str(warehouse))

    assert result.returncode == 1, result.stdout + result.stderr
    assert f"{len(expected)} problem(s) in the raw files; nothing was loaded" in result.stdout
    for start in expected:
        assert f"\n  {start}" in result.stdout, start
    assert (warehouse / "warehouse.duckdb").read_bytes() == before
    assert not (warehouse / "build").exists()  # refused before anything was written
