from decimal import Decimal

import pytest

from flows.published_numbers import PublishedNumberError, parse_published
from flows.reference import load_reference

REFERENCE = load_reference()


@pytest.mark.parametrize(
    ("text", "language", "value", "decimals", "unit"),
    [
        ("83.365 tỷ đồng", "vi", "83365", 0, "vnd_bn"),
        ("14,5%", "vi", "14.5", 1, "pct"),
        ("2.200 triệu USD", "vi", "2200", 0, "usd_mn"),
        ("2,05 tỷ USD", "vi", "2.05", 2, "usd_bn"),
        ("3,0 tỷ USD", "vi", "3.0", 1, "usd_bn"),
        ("108.5 trillion VND", "en", "108.5", 1, "vnd_tn"),
        ("1,128", "en", "1128", 0, None),
        ("28630620", "vi", "28630620", 0, None),
        ("-2,3 %", "vi", "-2.3", 1, "pct"),
        ("50.200 ngàn tỷ", "vi", "50200", 0, "vnd_tn"),
    ],
)
def test_reads_numbers_the_way_their_language_writes_them(text, language, value, decimals, unit):
    number = parse_published(text, language, REFERENCE)
    assert number.value == Decimal(value)
    assert number.decimals == decimals
    assert (number.unit.code if number.unit else None) == unit


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("83.36 tỷ đồng", "vi"),  # a dot groups thousands in Vietnamese: three digits must follow it
        ("1,12,8", "en"),
        ("14,5 tấn", "vi"),  # not a unit of the catalogue
        ("tỷ đồng", "vi"),
    ],
)
def test_rejects_what_is_not_a_number_in_its_language(text, language):
    with pytest.raises(PublishedNumberError):
        parse_published(text, language, REFERENCE)
