"""SYNTHETIC raw files for benchmarks: deterministic, in the contract's format, never real figures.

`python -m bench.generate N DIR` writes DIR/sources.csv and DIR/observations.csv with exactly N
observations. They spread over every unit of the province seed, before and after the 2025
reorganisation, each in the periods it is valid for (the unit its code names on a period's last
day): a national load is national. Size comes from vintages: every synthetic document
republishes one unit-year, as estimates, then preliminary figures, then yearbooks do. All
vintages carry the same figures, derived from one smooth series, so every growth, target and
attainment check is consistent or, across a unit's first year, unverifiable, and the audit passes.
"""

import csv
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from flows.reference import Province, load_reference

YEARS = range(2010, 2027)  # a unit with no verified start is given every year from 2010
LEVEL_INDICATORS = {  # indicator -> (unit, decimals, Vietnamese unit words, level in 1995)
    "industrial_output_value": ("vnd_bn", 0, "tỷ đồng", 4_000),
    "export_value": ("usd_mn", 1, "triệu USD", 120),
    "retail_sales_services": ("vnd_bn", 0, "tỷ đồng", 6_500),
}
SUB_PERIODS = ("Q1", "Q2", "Q3", "Q4", "H1", "H2", *(f"M{m:02d}" for m in range(1, 13)))
STATUS_OF_VINTAGE = ("estimate", "preliminary", "actual")
KIND_OF_VINTAGE = ("press", "report", "yearbook")
SYNTHETIC_QUOTE = "Số liệu tổng hợp để đo hiệu năng (synthetic)"
OBSERVATION_HEADER = [
    "source_id",
    "province_code",
    "indicator_code",
    "period",
    "measure",
    "status",
    "comparator",
    "value",
    "unit",
    "price_basis",
    "value_as_published",
    "quote",
]
SOURCE_HEADER = ["source_id", "title", "publisher", "published_on", "kind", "url", "author", "language"]


@dataclass(frozen=True)
class UnitYear:
    code: str
    since: str  # the unit's first day, digits only, or "origin" where it is not verified
    year: int
    periods: frozenset[str]  # the periods of that year whose last day the unit is valid on


def period_end(year: int, period: str) -> date:
    """The last day of `year` or of a sub-period such as Q3, H1, M05."""
    month = {"": 12, "Q": 3 * int(period[1:] or 0), "H": 6 * int(period[1:] or 0)}.get(period[:1]) or int(period[1:])
    following = date(year + month // 12, month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def unit_years(provinces: tuple[Province, ...]) -> list[UnitYear]:
    """Every unit with each year it is valid in for at least one period, in year order."""
    found = []
    for year in YEARS:
        for province in provinces:
            periods = frozenset(
                period
                for period in ("", *SUB_PERIODS)
                if (province.valid_from or date.min) <= period_end(year, period) <= (province.valid_to or date.max)
            )
            if periods:
                since = province.valid_from.strftime("%Y%m%d") if province.valid_from else "origin"
                found.append(UnitYear(province.code, since, year, periods))
    return found


def level(indicator: str, province: str, year: int) -> float:
    """A smooth, province-specific series: 6-13 % growth a year, never the same twice running."""
    _, decimals, _, base = LEVEL_INDICATORS[indicator]
    value = base * (1 + int(province) % 5 / 10)
    for y in range(YEARS.start, year + 1):
        value *= 1.06 + (y * 7 + int(province)) % 8 / 100
    return round(value, decimals)


def vietnamese(value: float, decimals: int) -> str:
    """83365 -> '83.365', 14.5 -> '14,5': dot thousands, comma decimal."""
    return f"{value:,.{decimals}f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def figures(unit: UnitYear, status: str) -> Iterator[tuple[str, str, str, str, float, int, str]]:
    """(indicator, period, measure, status, value, decimals, unit words) a document publishes."""
    province, year, whole_year = unit.code, unit.year, "" in unit.periods
    sub_periods = [period for period in SUB_PERIODS if period in unit.periods]
    for indicator, (_, decimals, words, _) in LEVEL_INDICATORS.items():
        current, previous = level(indicator, province, year), level(indicator, province, year - 1)
        growth = round((current / previous - 1) * 100, 1)
        if whole_year:
            yield indicator, str(year), "level", status, current, decimals, words
            yield indicator, str(year), "growth_pct", status, growth, 1, "%"
            yield indicator, str(year), "level", "target", round(previous * 1.1, decimals), decimals, words
            yield indicator, str(year), "growth_pct", "target", 10.0, 1, "%"
        for period in sub_periods:
            share = {"Q": 4, "H": 2, "M": 12}[period[0]]
            yield indicator, f"{year}-{period}", "level", status, round(current / share, decimals), decimals, words
            yield indicator, f"{year}-{period}", "growth_pct", status, growth, 1, "%"
    iip = round(100 + (year * 3 + int(province)) % 9 + 5.5, 1)
    for period in ([""] if whole_year else []) + [f"-{p}" for p in sub_periods]:
        yield "industrial_production_index", f"{year}{period}", "index_pct", status, iip, 1, "%"


def generate(observations: int, directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    with (
        (directory / "sources.csv").open("w", encoding="utf-8", newline="") as sources_file,
        (directory / "observations.csv").open("w", encoding="utf-8", newline="") as observations_file,
    ):
        sources, rows = csv.writer(sources_file), csv.writer(observations_file)
        sources.writerow(SOURCE_HEADER)
        rows.writerow(OBSERVATION_HEADER)
        written, vintage, units = 0, 0, unit_years(load_reference().provinces)
        while written < observations:
            # Vintage 0 is a press estimate, then reports, then yearbooks: each a later document.
            kind_index = min(vintage, 2)
            for unit_year in units:
                province, year = unit_year.code, unit_year.year
                source_id = f"synthetic-{province}-{unit_year.since}-{year}-v{vintage}"
                published_on = f"{year + 1 + vintage // 12}-{vintage % 12 + 1:02d}"
                title = f"SYNTHETIC benchmark document {vintage} for province {province}, {year}"
                kind = KIND_OF_VINTAGE[kind_index]
                sources.writerow([source_id, title, "Synthetic generator", published_on, kind, "", "", "vi"])
                for indicator, period, measure, status, value, decimals, words in figures(
                    unit_year, STATUS_OF_VINTAGE[kind_index]
                ):
                    text = f"{value:.{decimals}f}"
                    published = f"{vietnamese(value, decimals)}{'' if words == '%' else ' '}{words}"
                    is_pct = words == "%"
                    unit, price_basis = ("pct", "") if is_pct else (LEVEL_INDICATORS[indicator][0], "current")
                    key = [source_id, province, indicator, period, measure, status]
                    rows.writerow([*key, "=", text, unit, price_basis, published, SYNTHETIC_QUOTE])
                    written += 1
                    if written == observations:
                        return
            vintage += 1


if __name__ == "__main__":
    generate(int(float(sys.argv[1])), Path(sys.argv[2]))
