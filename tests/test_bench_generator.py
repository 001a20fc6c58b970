"""The benchmarks' synthetic raw files: deterministic, and valid under the input contract."""

from datetime import date
from pathlib import Path

import duckdb
from support import load_folders, raw_rows

from bench.generate import generate
from flows.reference import load_reference


def test_the_generator_writes_exactly_the_asked_number_of_valid_observations(tmp_path: Path):
    generate(3000, tmp_path / "first")
    generate(3000, tmp_path / "second")

    for name in ("sources.csv", "observations.csv"):
        assert (tmp_path / "first" / name).read_bytes() == (tmp_path / "second" / name).read_bytes()
    build_path = tmp_path / "build" / "warehouse.duckdb"
    assert load_folders(build_path, [tmp_path / "first"], ["synthetic"])["observations"] == 3000
    assert {o["status"] for o in raw_rows(build_path, "observations")} == {"estimate", "target"}
    assert all(s["title"].startswith("SYNTHETIC") for s in raw_rows(build_path, "sources"))


def test_a_national_load_covers_every_unit_of_both_eras_in_the_periods_it_is_valid_for(tmp_path: Path):
    generate(150_000, tmp_path / "national")  # a little more than one vintage of every unit-year

    build_path = tmp_path / "build" / "warehouse.duckdb"
    load_folders(build_path, [tmp_path / "national"], ["synthetic"])  # the loader refuses a unit out of its dates
    with duckdb.connect(str(build_path), read_only=True) as con:
        days = con.execute("select distinct province_code, province_as_of, period from raw.observations").fetchall()
    units = load_reference().provinces
    covered = {
        unit
        for code, on, _ in days
        for unit in units
        if unit.code == code and (unit.valid_from or date.min) <= on <= (unit.valid_to or date.max)
    }
    assert covered == set(units)
    closed_in_2025 = {period for code, _, period in days if code == "27" and period.startswith("2025")}
    assert "2025-H1" in closed_in_2025 and "2025" not in closed_in_2025
    assert {"2025", "2025-H2"} <= {period for code, _, period in days if code == "24" and period.startswith("2025")}
