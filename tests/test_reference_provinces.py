"""The shipped province seeds hold together: 63 units until 2025-06-30 and 34 from 2025-07-01,
one unit per code and day, every ended unit handed on to one valid the next day, the 2025
predecessors agreeing with the units, and every spelling dated as the unit it spells."""

import csv
import re
from collections import Counter
from datetime import date, timedelta

import pytest

from flows.settings import REFERENCE_DIR

LAST_OLD_DAY, FIRST_NEW_DAY = date(2025, 6, 30), date(2025, 7, 1)
REUSED_CODES = {"15", "24", "44", "52", "80", "82", "91"}  # a new unit took an old unit's code


def rows(name: str) -> list[dict[str, str]]:
    with (REFERENCE_DIR / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def valid_on(row: dict[str, str], on: date) -> bool:
    return (day(row["valid_from"]) or date.min) <= on <= (day(row["valid_to"]) or date.max)


PROVINCES = rows("provinces.csv")
PREDECESSORS = rows("province_predecessors.csv")
ALIASES = rows("province_aliases.csv")


def units_on(on: date) -> list[dict[str, str]]:
    return [r for r in PROVINCES if valid_on(r, on)]


def unit(code: str, on: date) -> dict[str, str] | None:
    found = [r for r in units_on(on) if r["province_code"] == code]
    assert len(found) <= 1, found
    return found[0] if found else None


def boundary_days() -> list[date]:
    """Every day a unit begins or ends, and the days either side: where a mistake would show."""
    days = {date(2008, 8, 1), date.today()}
    for row in PROVINCES:
        for bound in (day(row["valid_from"]), day(row["valid_to"])):
            if bound:
                days |= {bound - timedelta(days=1), bound, bound + timedelta(days=1)}
    return sorted(days)


def test_every_row_is_well_formed():
    for row in PROVINCES:
        assert re.fullmatch(r"\d\d", row["province_code"]), row
        assert row["kind"] in {"province", "municipality"}, row
        assert (day(row["valid_from"]) or date.min) <= (day(row["valid_to"]) or date.max), row
        assert row["name_en"].isascii() and row["name_vi"], row
        assert not row["name_vi"].startswith(("Tỉnh ", "Thành phố ")), row


def test_63_units_until_the_reorganisation_and_34_after_it():
    for on in boundary_days():
        if on >= date(2008, 8, 1):
            assert len(units_on(on)) == (63 if on <= LAST_OLD_DAY else 34), on
    kinds_before = Counter(r["kind"] for r in units_on(LAST_OLD_DAY))
    kinds_after = Counter(r["kind"] for r in units_on(FIRST_NEW_DAY))
    assert (kinds_before["municipality"], kinds_after["municipality"], kinds_after["province"]) == (6, 6, 28)


def test_a_code_names_one_unit_a_day():
    for on in boundary_days():
        codes = Counter(r["province_code"] for r in units_on(on))
        assert [code for code, n in codes.items() if n > 1] == [], on


def test_an_ended_unit_hands_its_territory_to_a_unit_valid_the_next_day():
    for row in PROVINCES:
        if not row["valid_to"]:
            assert not row["successor_code"], row
            continue
        next_day = day(row["valid_to"]) + timedelta(days=1)
        assert unit(row["successor_code"], next_day) is not None, row


def test_the_reused_codes_are_the_seven_whose_unit_changed_its_name():
    renamed = {
        r["province_code"]
        for r in units_on(FIRST_NEW_DAY)
        if (before := unit(r["province_code"], LAST_OLD_DAY)) and before["name_vi"] != r["name_vi"]
    }
    assert renamed == REUSED_CODES
    for code in REUSED_CODES:  # the new unit is named after an old unit whose own code closed
        new_name = unit(code, FIRST_NEW_DAY)["name_vi"]
        closed = [r for r in units_on(LAST_OLD_DAY) if r["name_vi"] == new_name]
        assert [(r["successor_code"], r["valid_to"]) for r in closed] == [(code, "2025-06-30")]
        assert unit(closed[0]["province_code"], FIRST_NEW_DAY) is None


def test_every_new_unit_is_formed_whole_from_the_old_units_that_name_it_their_successor():
    assert all(p["merged_on"] == "2025-07-01" and p["share"] == "1" for p in PREDECESSORS)
    assert Counter(p["predecessor_code"] for p in PREDECESSORS).most_common(1)[0][1] == 1  # no splits
    handed_on = {(r["successor_code"], r["province_code"]) for r in units_on(LAST_OLD_DAY) if r["valid_to"]}
    assert {(p["successor_code"], p["predecessor_code"]) for p in PREDECESSORS} == handed_on
    for successor in {p["successor_code"] for p in PREDECESSORS}:
        assert unit(successor, FIRST_NEW_DAY)["valid_from"] == "2025-07-01"
    assert len({p["successor_code"] for p in PREDECESSORS}) == 23
    unchanged = [
        r for r in units_on(FIRST_NEW_DAY) if r["province_code"] not in {p["successor_code"] for p in PREDECESSORS}
    ]
    assert len(unchanged) == 11 and all(valid_on(r, LAST_OLD_DAY) for r in unchanged)


@pytest.mark.parametrize("alias", ALIASES, ids=lambda a: f"{a['province_code']}-{a['alias']}")
def test_a_spelling_means_its_code_exactly_while_the_unit_it_spells_exists(alias: dict[str, str]):
    first = unit(alias["province_code"], day(alias["valid_from"]) or date(1975, 1, 1))
    assert first is not None and first["valid_from"] == alias["valid_from"], (alias, first)
    if alias["valid_to"]:
        last = unit(alias["province_code"], day(alias["valid_to"]))
        assert last is not None and last["valid_to"] == alias["valid_to"], (alias, last)


def test_no_spelling_means_two_codes_on_one_day():
    for on in boundary_days():
        codes: dict[str, set[str]] = {}
        for alias in ALIASES:
            if valid_on(alias, on):
                codes.setdefault(alias["alias"].casefold(), set()).add(alias["province_code"])
        assert {name: c for name, c in codes.items() if len(c) > 1} == {}, on


def test_every_unit_is_found_by_its_vietnamese_name_all_its_life():
    for row in PROVINCES:
        spans = [a for a in ALIASES if a["province_code"] == row["province_code"] and a["alias"] == row["name_vi"]]
        for on in (day(row["valid_from"]) or date(1975, 1, 1), day(row["valid_to"]) or date.today()):
            assert any(valid_on(a, on) for a in spans), (row, on)
