"""The benchmarks' synthetic raw files: deterministic, and valid under the input contract."""

from pathlib import Path

from support import load_folders, raw_rows

from bench.generate import generate


def test_the_generator_writes_exactly_the_asked_number_of_valid_observations(tmp_path: Path):
    generate(3000, tmp_path / "first")
    generate(3000, tmp_path / "second")

    for name in ("sources.csv", "observations.csv"):
        assert (tmp_path / "first" / name).read_bytes() == (tmp_path / "second" / name).read_bytes()
    build_path = tmp_path / "build" / "warehouse.duckdb"
    assert load_folders(build_path, [tmp_path / "first"], ["synthetic"])["observations"] == 3000
    assert {o["status"] for o in raw_rows(build_path, "observations")} == {"estimate", "target"}
    assert all(s["title"].startswith("SYNTHETIC") for s in raw_rows(build_path, "sources"))
