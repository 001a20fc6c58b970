"""The benchmarks' synthetic raw files: deterministic, and valid under the input contract."""

from pathlib import Path

from bench.generate import generate
from flows.reference import load_reference
from flows.validate import find_raw_files, validate_raw_files


def test_the_generator_writes_exactly_the_asked_number_of_valid_observations(tmp_path: Path):
    generate(3000, tmp_path / "first")
    generate(3000, tmp_path / "second")

    for name in ("sources.csv", "observations.csv"):
        assert (tmp_path / "first" / name).read_bytes() == (tmp_path / "second" / name).read_bytes()
    validated = validate_raw_files(find_raw_files([tmp_path / "first"], ["synthetic"]), load_reference())
    assert len(validated.observations) == 3000
    assert {o["status"] for o in validated.observations} == {"estimate", "target"}
    assert all(s["title"].startswith("SYNTHETIC") for s in validated.sources)
