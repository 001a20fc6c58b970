from decimal import Decimal

import pytest

from flows.published_numbers import PublishedNumberError, parse_published, read_published
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
    ("text", "language", "value", "decimals", "unit"),
    [
        # currencies written before the number, as the English-language press does
        ("VND6,200 trillion", "en", "6200", 0, "vnd_tn"),  # retail sales of Vietnam, 2023
        ("VND 33 trillion", "en", "33", 0, "vnd_tn"),
        ("US$1.2 billion", "en", "1.2", 1, "usd_bn"),
        ("US $ 355.5 billion", "en", "355.5", 1, "usd_bn"),  # exports of Vietnam, 2023
        ("USD 1.2 billion", "en", "1.2", 1, "usd_bn"),
        ("$258.97 billion", "en", "258.97", 2, "usd_bn"),  # exports of Vietnam, January-September 2023
        ("US$988 million", "en", "988", 0, "usd_mn"),
        ("$US 2.584 billion", "en", "2.584", 3, "usd_bn"),  # exports of Ho Chi Minh City, January 2017
        # scale and currency after the number
        ("1,128 trillion VND", "en", "1128", 0, "vnd_tn"),
        ("33 trillion dong", "en", "33", 0, "vnd_tn"),
        ("42.46 billion USD", "en", "42.46", 2, "usd_bn"),
        ("1.173.000 tỷ đồng", "vi", "1173000", 0, "vnd_bn"),
        ("8.500 tỉ đồng", "vi", "8500", 0, "vnd_bn"),
        ("50 nghìn tỉ", "vi", "50", 0, "vnd_tn"),
        ("1,52 tỉ USD", "vi", "1.52", 2, "usd_bn"),
        # percents
        ("12 %", "vi", "12", 0, "pct"),
        ("12 percent", "en", "12", 0, "pct"),
        ("12 per cent", "en", "12", 0, "pct"),
        ("16,4%/năm", "vi", "16.4", 1, "pct"),
        ("9.6 percent a year", "en", "9.6", 1, "pct"),
        ("7.5%/year", "en", "7.5", 1, "pct"),
    ],
)
def test_reads_currencies_scales_and_percents_as_the_press_prints_them(text, language, value, decimals, unit):
    number = parse_published(text, language, REFERENCE)
    assert (number.value, number.decimals, number.unit.code) == (Decimal(value), decimals, unit)


@pytest.mark.parametrize(
    ("text", "language", "value", "words"),
    [
        ("giảm 8,04%", "vi", "-8.04", "giảm"),
        ("sụt giảm 10,8%", "vi", "-10.8", "sụt giảm"),
        ("tăng trưởng âm 2,5%", "vi", "-2.5", "tăng trưởng âm"),
        ("tăng 14,5%", "vi", "14.5", "tăng"),
        ("tăng trưởng 16%", "vi", "16", "tăng trưởng"),
        ("vượt 17,9%", "vi", "17.9", "vượt"),
        ("down 12.8 percent", "en", "-12.8", "down"),
        ("fell 8.5%", "en", "-8.5", "fell"),
        ("decreased by 10.8%", "en", "-10.8", "decreased by"),
        ("a decrease of 15.4 percent", "en", "-15.4", "a decrease of"),
        ("a drop of 3.1 per cent", "en", "-3.1", "a drop of"),
        ("declined 1.3%", "en", "-1.3", "declined"),
        ("Down 4.6%", "en", "-4.6", "down"),  # words are compared case-folded
        ("up 12.6%", "en", "12.6", "up"),
        ("rose 3.25 per cent", "en", "3.25", "rose"),
        ("increased by 5%", "en", "5", "increased by"),
        ("rising 3.6%", "en", "3.6", "rising"),
        # the words of the change around the number: VietnamPlus on Hà Nam's 2020 production
        ("a 19 percent increase", "en", "19", "a … increase"),
        ("a 3.1 percent drop", "en", "-3.1", "a … drop"),
        ("An 8.5 per cent increase", "en", "8.5", "an … increase"),
        # falls as the provincial English press words them
        # https://baobinhdinh.vn/business/2011/3/107646
        ("decreasing 5.6%", "en", "-5.6", "decreasing"),
        ("decline 30.7%", "en", "-30.7", "decline"),
        # https://baobinhdinh.vn/business/2009/3/73702
        ("a reduction of 41.5 percent", "en", "-41.5", "a reduction of"),
        ("an 11 percent decline", "en", "-11", "an … decline"),
        # https://sggpnews.org.vn/business/total-export-turnover-of-ba-ria-vung-tau-surges-nearly-20-percent-90966.html
        ("decreasing 1.85 percent", "en", "-1.85", "decreasing"),
        # http://haiduongnews.com/economy/nine-month-export-turnover-estimated-to-fall-by-13-147674
        ("drop by 1.3%", "en", "-1.3", "drop by"),
        ("fall by 1.3%", "en", "-1.3", "fall by"),
        # https://www.sggpnews.org.vn/agro-forestry-fishery-exports-decrease-abnormally-post100551.html
        ("sank by 54.9 percent", "en", "-54.9", "sank by"),
        ("slid by 10.8 percent", "en", "-10.8", "slid by"),
        ("reduced by 34.8 percent", "en", "-34.8", "reduced by"),
    ],
)
def test_words_of_a_change_give_it_its_sign(text, language, value, words):
    number = parse_published(text, language, REFERENCE)
    assert number.value == Decimal(value)
    assert number.sign_words == words
    assert number.unit.code == "pct"


@pytest.mark.parametrize(
    ("text", "language", "why"),
    [
        ("giảm -4,5%", "vi", "is ambiguous: it gives its sign twice, by the words 'giảm' and by '-'"),
        ("up +3%", "en", "is ambiguous: it gives its sign twice, by the words 'up' and by '+'"),
        (
            "a -19 percent increase",
            "en",
            "is ambiguous: it gives its sign twice, by the words 'a … increase' and by '-'",
        ),
        ("2,05 tỷ", "vi", "is ambiguous: 'tỷ' names no currency (it could be tỷ USD or tỷ đồng)"),
        ("33 billion", "en", "is ambiguous: 'billion' names no currency (it could be billion USD or billion VND)"),
        ("VND33 trillion dong", "en", "is ambiguous: it names its currency twice, 'VND' and 'trillion dong'"),
    ],
)
def test_a_form_that_stays_ambiguous_is_refused_saying_why(text, language, why):
    with pytest.raises(PublishedNumberError) as raised:
        parse_published(text, language, REFERENCE)
    assert str(raised.value) == why


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("83.36 tỷ đồng", "vi"),  # a dot groups thousands in Vietnamese: three digits must follow it
        ("1,12,8", "en"),
        ("14,5 tấn", "vi"),  # not a unit of the catalogue
        ("tỷ đồng", "vi"),
        ("giảm mạnh", "vi"),
        ("VND", "en"),
        ("down 4.5 percent", "vi"),  # English words in a Vietnamese source
        ("giảm 8,04%", "en"),
        ("a percent increase", "en"),
        ("19 percent increase", "en"),  # the wording is "a … increase": without its article it is not one
    ],
)
def test_rejects_what_is_not_a_number_in_its_language(text, language):
    with pytest.raises(PublishedNumberError):
        parse_published(text, language, REFERENCE)


def test_a_reading_says_which_words_gave_the_sign():
    reading = read_published("down 12.8 percent", "en", REFERENCE.units["pct"], REFERENCE)
    assert (reading.value, reading.sign_note) == ("-12.8", "'down' is a decrease")
    reading = read_published("US$1.52 billion", "en", REFERENCE.units["usd_mn"], REFERENCE)
    assert (reading.value, reading.precision_unit, reading.published_decimals) == ("1520", "usd_bn", 2)
