"""Properties, over generated figures, of reading published numbers and of the precision checks.

The interval checks are the SQL dbt compiled for the build the test suite publishes first
(int_observations__figures → int_observations__vintaged → int_yearly_figures → int_reconciliation),
run on a copy of that build with generated raw rows: the same statements, not a Python
re-implementation.
"""

import contextlib
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal

import duckdb
import pytest
from babel.numbers import format_decimal
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from flows.published_numbers import PublishedNumberError, parse_published
from flows.reference import load_reference
from flows.settings import Settings

REFERENCE = load_reference()
# intermediate model -> how dbt materialises it
INTERMEDIATE_MODELS = {
    "int_observations__figures": "view",
    "int_observations__vintaged": "table",
    "int_yearly_figures": "table",
    "int_reconciliation": "table",
}
ROUNDING_SLACK = Decimal("0.00001")  # the SQL rounds each ratio outwards to 1e-6


def written(value: Decimal, decimals: int, language: str) -> str:
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=REFERENCE.number_locales[language])


def half_unit(decimals: int) -> Decimal:
    return Decimal("0.5").scaleb(-decimals)


figures = st.builds(
    lambda digits, decimals: (Decimal(digits).scaleb(-decimals), decimals),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.integers(min_value=0, max_value=4),
)


@given(figure=figures, language=st.sampled_from(["vi", "en"]), unit=st.sampled_from(sorted(REFERENCE.units)))
def test_a_figure_written_in_its_language_reads_back_with_its_digits_and_unit(figure, language, unit):
    value, decimals = figure
    words = REFERENCE.units[unit].words[language][0]
    number = parse_published(f"{written(value, decimals, language)} {words}", language, REFERENCE)
    assert (number.value, number.decimals, number.unit.code) == (value, decimals, unit)


@given(st.integers(min_value=1000, max_value=10**12))
def test_a_vietnamese_thousands_dot_never_reads_as_the_same_number_in_english(value):
    """So a row whose source's language is wrong is refused: unreadable, or not its value."""
    text = written(Decimal(value), 0, "vi")
    with contextlib.suppress(PublishedNumberError):  # unreadable is refused too
        assert parse_published(text, "en", REFERENCE).value != value


@dataclass
class Build:
    con: duckdb.DuckDBPyConnection
    compiled_sql: dict[str, str]  # intermediate model -> the SELECT dbt compiled for it


@pytest.fixture(scope="module")
def build(published, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Build]:
    """A writable copy of the published build, and the intermediate models' compiled SQL."""
    folder = tmp_path_factory.mktemp("intervals")
    shutil.copy(published.serving_path, folder / "warehouse.duckdb")  # same name: same catalog
    compiled = Settings(dir=published.serving_path.parent).dbt_target_dir / "compiled" / "indicator_warehouse"
    sql = {m: (compiled / "models" / "intermediate" / f"{m}.sql").read_text() for m in INTERMEDIATE_MODELS}
    with duckdb.connect(str(folder / "warehouse.duckdb")) as con:
        # Each example's figures stand in for the loaded ones: a table where the loader has a view.
        con.execute("create table raw.figures as from raw.observations limit 0")
        con.execute("drop view raw.observations")
        con.execute("alter table raw.figures rename to observations")
        yield Build(con, sql)


def growth_verdict(build: Build, levels: list[tuple[Decimal, int]], growth: tuple[Decimal, int]) -> str:
    """The check of a published growth against two published levels, each (value, decimals)."""
    con, loaded_at = build.con, datetime.now(UTC)
    figures = [(2019, "level", *levels[0]), (2020, "level", *levels[1]), (2020, "growth_pct", *growth)]
    con.execute("delete from raw.observations")
    for line, (year, measure, value, decimals) in enumerate(figures, start=2):
        unit = "usd_mn" if measure == "level" else "pct"
        con.execute(
            "insert into raw.observations by name select source_id, '36' as province_code,"
            " 'export_value' as indicator_code, ? as period, ? as period_year, 'year' as period_kind,"
            " make_date(period_year, 12, 31) as province_as_of,"
            " ? as measure, 'actual' as status, '=' as comparator, ? as value_decimal, ? as unit,"
            " 'current' as price_basis, ? as published_decimals, ? as precision_unit,"
            " 'generated.csv' as file_name, ? as file_line, 'none' as file_sha256, ? as loaded_at"
            " from raw.sources order by source_id limit 1",  # one source for all three: each sees the others
            [str(year), year, measure, value, unit, decimals, unit, line, loaded_at],
        )
    for model, materialized in INTERMEDIATE_MODELS.items():
        con.execute(f"create or replace {materialized} intermediate.{model} as {build.compiled_sql[model]}")
    (verdict,) = con.execute(
        "select verdict from intermediate.int_reconciliation where check_name = 'growth' and year = 2020"
    ).fetchone()
    return verdict


def published_as(true_value: Decimal, decimals: int) -> Decimal:
    return true_value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    previous=st.decimals(min_value=1, max_value=10**6, places=3),
    ratio=st.decimals(min_value="0.5", max_value=2, places=6),
    decimals=st.tuples(*[st.integers(min_value=0, max_value=3)] * 3),
)
def test_true_figures_published_to_any_precision_are_consistent(build, previous, ratio, decimals):
    """Whatever digits the levels and the growth were rounded to, the truth lies inside every
    published interval, so the check must never call them inconsistent."""
    current, growth = previous * ratio, (ratio - 1) * 100
    levels = [(published_as(previous, decimals[0]), decimals[0]), (published_as(current, decimals[1]), decimals[1])]
    assume(levels[0][0] > 0)
    assert growth_verdict(build, levels, (published_as(growth, decimals[2]), decimals[2])) == "consistent"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    previous=st.decimals(min_value=1, max_value=10**4, places=1),
    current=st.decimals(min_value=0, max_value=10**4, places=1),
    growth=st.decimals(min_value=-100, max_value=300, places=1),
    growth_decimals=st.integers(min_value=0, max_value=1),
)
@example(previous=Decimal("2085.0"), current=Decimal("2595.8"), growth=Decimal("24.5"), growth_decimals=1)
@example(previous=Decimal("2085.0"), current=Decimal("2595.8"), growth=Decimal("26"), growth_decimals=0)
def test_the_check_agrees_with_exact_interval_arithmetic(build, previous, current, growth, growth_decimals):
    """Consistent exactly when the published growth's interval meets the range of growths the
    two levels' intervals allow (away from the 1e-6 rounding at the edges)."""
    growth = published_as(growth, growth_decimals)
    h_level, h_growth = half_unit(1), half_unit(growth_decimals)
    lowest = (max(current - h_level, Decimal(0)) / (previous + h_level) - 1) * 100
    highest = ((current + h_level) / (previous - h_level) - 1) * 100
    gap = max(lowest - (growth + h_growth), (growth - h_growth) - highest)
    assume(abs(gap) > ROUNDING_SLACK)
    verdict = growth_verdict(build, [(previous, 1), (current, 1)], (growth, growth_decimals))
    assert verdict == ("inconsistent" if gap > 0 else "consistent")
