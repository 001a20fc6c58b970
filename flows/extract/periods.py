"""Periods as articles name them ("năm 2019", "quý I-2017", "6 tháng đầu năm", "tháng 4/2022",
"11 tháng", "the first two months of 2023", "this year"), in the raw format's codes.

A mention may lack its year ("tháng 8", "4 tháng đầu năm"): the rules give it one from the text
or the publication date. Comparison bases ("so với cùng kỳ năm 2021", "over 2016") and dates
("ngày 25/4/2025", "on January 2") are found too, so that they are not taken for periods.
"""

import re
from dataclasses import dataclass
from datetime import date

from flows.extract.text import fold, place_tones

_VI_NUMBERS = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười một": 11,
    "mười hai": 12,
}
_VI_NUMBERS = {fold(word): n for word, n in _VI_NUMBERS.items()}  # fmt: skip
_EN_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12,
}  # fmt: skip
_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_ORDINALS = ("first|1st|đầu", "second|2nd", "third|3rd", "fourth|4th|last|cuối")

_VI_COUNT = "|".join(sorted((fold(n) for n in _VI_NUMBERS if n != "năm"), key=len, reverse=True))
_EN_COUNT = "|".join(_EN_NUMBERS)
_MONTH = "|".join(_MONTHS)
# The months' names in words, the first and last by their own ("tháng Giêng", "tháng Chạp")
_VI_MONTHS = {fold(word): n for word, n in {**_VI_NUMBERS, "giêng": 1, "tư": 4, "chạp": 12}.items() if word != "năm"}
_VI_MONTH_WORDS = "|".join(w.replace(" ", r"\s+") for w in sorted(_VI_MONTHS, key=len, reverse=True))
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"  # not the first digits of a longer number ("năm 20214")

_SEP = r"(?:\s*[/-]\s*|\s+năm\s+)"
_OF_YEAR = rf"(?:{_SEP}{_YEAR}|\s+năm\s+nay(?!\w))"  # "quý I/2025", "quí I năm nay" (the year of publication)
# (kind, pattern over folded text), in order of preference where two match the same words.
_PATTERNS = [
    ("base", r"(?:so\s+với|so|over|against|compared\s+(?:with|to)|from|than)\s+(?:the\s+)?"
             r"(?:(?:tháng\s+)?cùng\s+kỳ\s+|(?:same|corresponding)\s+(?:period|month|time)\s+|that\s+)?(?:(?:in|of|năm|tháng|quý)\s+)?"
             r"(?:\d{1,2}\s*[/-]\s*)?(?:(?:19|20)\d\d|trước|ngoái|last\s+(?:year|month|quarter)|the\s+previous\s+year)"),
    # "so với tháng 9", "so với Quý I năm 2021": a base, its year too
    ("base", rf"(?:so\s+với|so)\s+(?:tháng|quý)\s*(?:\d{{1,2}}|iv|i{{1,3}})(?:{_SEP}{_YEAR}|(?![\w/-]))"),
    ("base", r"giá\s+(?:so\s+sánh|ss)\s*(?:năm\s+)?\d{4}"),  # the price basis ("giá SS năm 2010"), not a period
    # "(by 1994 index)", "(based on constant price in 2010)": the year of the prices, in English
    ("base", r"by\s+\d{4}\s+(?:index|prices?)(?!\w)|constant\s+prices?\s+(?:in|of)\s+\d{4}"),
    ("base", r"(?:same|corresponding)\s+(?:period|time)\s+(?:of\s+)?(?:last|the\s+previous)\s+year|từ\s+năm\s+\d{4}\s+đến\s+nay"),
    ("span", r"(?:cả\s+)?giai\s+đoạn\s+(?:này|đó|trên|vừa\s+qua)"),  # the span named before: resolved by the rules
    # "Tính đến ngày 30/11/2025": the running total to a month's last day (another day is a date)
    ("ytd", rf"(?:tính\s+)?đến\s+(?:hết\s+)?ngày\s+(?P<d>\d{{1,2}})[/-](?P<n>\d{{1,2}})(?:[/-]{_YEAR})?"),
    ("date", r"ngày\s+\d{1,2}[/-]\d{1,2}(?:[/-]\d{4})?|\d{1,2}/\d{1,2}/\d{4}|đến\s+đầu\s+tháng\s+\d{1,2}(?:/\d{4})?"),
    ("date", rf"(?:on\s+)?(?:{_MONTH})\s+\d{{1,2}}(?!\d)"),
    # "Phiên họp thường kỳ tháng 9 của UBND tỉnh": the month of a meeting, not the period of the figures after it
    ("date", r"(?:phiên|cuộc|kỳ)\s+họp(?:\s+thường\s+(?:kỳ|lệ))?(?:\s+(?:của\s+)?[^\W\d]+){0,3}?\s+tháng\s*\d{1,2}"
             r"(?:\s*[/-]\s*\d{4})?"),
    # "trong vòng 3 năm 2021 - 2023" too: a range after "năm" is a span, and its first year no year in force
    ("span", r"(?:giai\s+đoạn\s+|từ\s+(?:năm\s+)?|năm\s+)?(?P<first>(?:19|20)\d\d)\s*[-\u2013]\s*(?P<last>(?:19|20)\d\d)"),
    ("span", r"(?:từ\s+(?:năm\s+)?|from\s+)(?P<first>(?:19|20)\d\d)\s+(?:đến|tới|to)\s+(?:năm\s+)?(?P<last>(?:19|20)\d\d)"),
    ("span", r"between\s+(?P<first>(?:19|20)\d\d)\s+and\s+(?P<last>(?:19|20)\d\d)"),
    # "cộng dồn đến tháng 8", "lũy kế đến tháng 10": the running total to that month, as "đến hết tháng 8" is
    ("ytd", rf"(?:tính\s+)?(?:đến\s+(?:hết\s+|cuối\s+)|hết\s+|(?:lũy\s+kế|cộng\s+dồn)\s+(?:tính\s+)?đến\s+)"
            rf"tháng\s*(?P<n>\d{{1,2}})(?:{_SEP}{_YEAR})?"),
    # "đến hết quý II": the running total to the quarter's end, the first half
    ("ytd", rf"(?:tính\s+)?(?:đến\s+(?:hết\s+|cuối\s+)|hết\s+)(?:quý|quí)\s+(?P<q>iv|i{{1,3}}|[1-4])(?!\w)(?:{_OF_YEAR})?"),
    # "in the first three quarters of 2022": the running total to the last quarter's end (two quarters, the half)
    ("ytd", rf"(?:the\s+)?first\s+(?P<q>two|three|2|3)\s+quarters(?:\s+(?:of\s+)?this\s+year|\s+of\s+{_YEAR})?"),
    ("ytd", rf"(?:by\s+the\s+end\s+of|as\s+of)\s+(?P<last>{_MONTH})(?:\s+{_YEAR})?"),  # a running total to that month's end
    ("ytd", rf"từ\s+tháng\s*1\s+đến\s+(?:hết\s+)?tháng\s*(?P<n>\d{{1,2}})(?:{_SEP}{_YEAR})?"),
    ("ytd_now", rf"(?:since|as\s+of|from)\s+the\s+beginning\s+of\s+(?:this\s+year|the\s+year|{_YEAR})"
                r"|từ\s+đầu\s+năm(?:\s+đến\s+nay)?"  # "As of the beginning of 2020, … is estimated at …" 
                r"|đầu\s+năm\s+(?:đến|tới)\s+nay"),  # "Đầu năm đến nay, giá trị …", its "từ" left out
    ("ytd_now", r"lũy\s+kế(?!\s+(?:\d|từ|đến|tính|(?:mười|một|hai|ba|bốn|năm|sáu|bảy|tám|chín)\b))"),  # "…, lũy kế ước …"
    ("quarter", rf"(?:quý|quí)\s+(?P<q>iv|i{{1,3}}|[1-4])(?!\w)(?:{_OF_YEAR})?"),
    # "quí đầu năm 2024": the quarter at the year's start, the first (not "hai quý đầu năm", "3 quý đầu năm", counts)
    ("quarter", rf"(?<!\d\s)(?<!hai\s)(?<!ba\s)(?<!bốn\s)(?<!các\s)(?<!những\s)(?:quý|quí)\s+(?P<q>đầu|cuối)(?:\s+tiên)?"
                rf"(?:\s+của)?\s+năm(?:\s+nay|\s*[/-]?\s*{_YEAR})?"),
    # "The first-quarter figure": joined by a hyphen as an adjective, as the wires write it
    ("quarter", rf"(?P<q>first|second|third|fourth|last|1st|2nd|3rd|4th)(?:\s+|-)quarter(?:\s+(?:of\s+)?this\s+year|\s+of\s+{_YEAR})?"),
    ("quarter", rf"q(?P<q>[1-4])(?:(?:\s*[/-]\s*|\s+){_YEAR})?(?!\w)"),  # "in Q1", "Q3/2023"
    ("quarter", rf"quarter\s+(?P<q>[1-4])(?!\w)(?:\s+of\s+(?:this\s+year|{_YEAR}))?"),  # "in Quarter 2"
    ("half", rf"(?:(?:6|sáu)\s+tháng|hai\s+quý)\s+(?P<part>đầu|cuối)\s+năm(?:\s+nay)?(?:\s+{_YEAR})?"),
    ("half", rf"(?:the\s+)?(?P<part>first|second|last)\s+(?:half|six\s+months|semester)(?:\s+(?:of\s+)?this\s+year|\s+of\s+{_YEAR})?"),
    ("half", rf"(?P<part>h1|h2)(?:(?:\s*[/-]\s*|\s+){_YEAR})?(?!\w)"),  # "in H1", "H1/2023"
    # "trong 2 tháng 5 và 6-2024": two months named in passing, not a running total nor the figures' period
    ("date", rf"(?:\d|{_VI_COUNT})\s+tháng\s*\d{{1,2}}\s*(?:,|và)\s*(?:tháng\s*)?\d{{1,2}}(?!\d)(?:\s*[/-]\s*{_YEAR})?"),
    # "năm tháng đầu năm": five months, the count spelt as the word for year (only before "tháng đầu năm")
    ("ytd", rf"(?P<n>\d{{1,2}}|{_VI_COUNT}|năm(?=\s+tháng\s+đầu\s+năm))\s+tháng(?:\s+đầu\s+năm(?:\s+nay)?|\s+qua|\s+năm\s+nay)?"
            rf"(?:,?\s+(?:của\s+)?(?:năm\s+)?{_YEAR})?"),
    # "in the firs three month of the year": the plural's s left out, as the provincial press's English may;
    # "3 first months of 2017", the ordinal after the count
    ("ytd", rf"(?:the\s+)?(?:first\s+)?(?P<n>\d{{1,2}}|{_EN_COUNT})\s+(?:first\s+)?months?(?:\s+(?:of\s+)?this\s+year|\s+of\s+{_YEAR})?"),
    # "Nine-month export turnover …", as headlines write; "the ten-month period of 2023", its year after it
    ("ytd", rf"(?P<n>\d{{1,2}}|{_EN_COUNT})-month(?!\w)(?:\s+period(?:\s+of\s+(?:this\s+year|{_YEAR}))?)?"),
    ("ytd", rf"(?:the\s+)?first\s+(?P<n>month)(?:\s+of\s+(?:this\s+year|the\s+year|{_YEAR}))?"),
    # "tháng đầu năm 2025": the first month, January (not "các tháng đầu năm", the first months)
    ("ytd", rf"(?<!các\s)(?<!những\s)(?<!mấy\s)(?<!vài\s)(?P<n>tháng)\s+đầu(?:\s+tiên)?(?:\s+của)?\s+năm(?:\s+nay)?"
            rf"(?:\s+{_YEAR})?"),
    # "in January-March this year": the months of the publication's year
    ("ytd", rf"(?:between\s+)?january\s*(?:[-\u2013]|to|and)?\s*(?P<last>{_MONTH})(?:\s+period)?(?:\s+(?:of\s+)?{_YEAR}|\s+this\s+year)?"),
    ("month", rf"tháng\s*(?P<m>\d{{1,2}})(?!\d)(?:{_OF_YEAR})?"),
    # "tháng Sáu", "tháng Giêng": the month spelt as a word ("tháng năm" left out: "tháng, năm" is month and year)
    ("month", rf"tháng\s+(?P<m>{_VI_MONTH_WORDS})(?!\w)(?:{_OF_YEAR})?"),
    # "in January this year": the month of the publication's year, not the year
    ("month", rf"(?:in|for|of|during)\s+(?P<m>{_MONTH})(?!\s*(?:[-\u2013]|to)\s*(?:{_MONTH}))(?:\s+{_YEAR}|\s+this\s+year)?"),
    # "on August 2011 has increased 2,31 percent": "on" before a month and its year, as the provincial press's
    # English may write it (a day after the month is a date: "on January 2")
    ("month", rf"on\s+(?P<m>{_MONTH})\s+{_YEAR}"),
    # "hit VND5,430 in Oct., up 3% over the previous month": a month shortened, with its dot
    ("month", rf"(?:in|for|of|during)\s+(?P<m>jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.(?:\s+{_YEAR})?"),
    ("same_period", rf"cùng\s+kỳ\s+(?:năm\s+)?{_YEAR}"),  # "(cùng kỳ năm 2022 tăng 9,3%)": the part named, that year
    # "compared to 5.17 per cent in the same period of 2023": in English too, the part named in that year, a base's
    # year that the periods after it do not take
    ("same_period", rf"(?:the\s+)?(?:same|corresponding)\s+period\s+(?:of|in)\s+{_YEAR}"),
    # "(2018 increased 2.9%, 2017 increased 3.2%)" after the figure of a part of this year: that part, those years
    ("same_period", rf"(?:(?<=\()|(?<=,\s)){_YEAR}(?=\s+(?:increased|decreased|rose|fell|grew|up|down)\s)"),
    # "October exports", "March's industrial production", "August's total retail sales" ("may" is too often the verb),
    # "the June merchandise export value": the goods named between
    ("month", rf"(?P<m>{_MONTH.replace('|may', '')})(?:'s)?(?=\s+(?:total\s+)?(?:(?:merchandise|goods|commodity)\s+)?"
              r"(?:industrial|export|retail|iip|index))"),
    # "Specifically, May recorded a significant breakthrough …": the month before a verb in the past ("may" the
    # verb is followed by its infinitive)
    ("month", rf"(?P<m>{_MONTH})(?=\s+(?:recorded|saw|witnessed|posted|registered|logged|reached|achieved|earned|brought)(?!\w))"),
    # "This May, the industrial production index … has increased by 0.2%": that month of the year in hand ("this may"
    # the verb is followed by its infinitive, not a comma)
    ("month", rf"this\s+(?P<m>{_MONTH.replace('|may', '')}|may(?=\s*,))(?!\w)"),
    ("this_month", r"trong\s+tháng(?!\s+\d)|in\s+(?:the|this)\s+month"),  # "the total retail in this month"
    ("last_month", r"last\s+month"),  # the month before publication
    ("year", rf"(?:cả\s+)?năm\s+{_YEAR}"),
    ("year", rf"(?:in|of|for|during)\s+{_YEAR}(?!\s*[-\u2013]\s*(?:19|20)\d\d)"),  # not "in 2016 - 2020", a span
    ("year", rf"by\s+(?:the\s+end\s+of\s+)?{_YEAR}"),  # "hit 2.6 billion USD by 2025", after a span too
    # "According to the Vietnam Import and Export Report 2022, …": a yearly report's figures are of its year
    ("year", rf"(?:(?:import\s+and\s+export|export|trade)\s+report|báo\s+cáo\s+xuất\s+nhập\s+khẩu(?:\s+việt\s+nam)?(?:\s+năm)?)\s+{_YEAR}"),
    # "2008 growth was 12.33%, …": the year said before the growth of the figures it opens on
    ("year", rf"(?<=\s){_YEAR}(?=\s+(?:industrial|export|retail|growth\s+was))"),
    ("year", r"cả\s+năm|năm\s+nay|this\s+year|(?:for\s+)?the\s+whole\s+year|(?:in|for)\s+the\s+year(?![\w-]|\s+\d)|the\s+(?:yearly|annual)\s+figure"),
    # not "4 năm qua", the last four years, nor "trong nhiều năm qua", many years
    ("next_year", r"next\s+year(?!\w)"),  # "has targeted to achieve … 1.3 billion USD next year": the publication's next
    ("last_year", r"(?<!\d\s)(?<!nhiều\s)(?<!những\s)(?<!các\s)(?<!mấy\s)(?<!vài\s)năm\s+qua|năm\s+ngoái|last\s+year"),
]  # fmt: skip
_COMPILED = [(kind, re.compile(r"(?<!\w)" + place_tones(pattern))) for kind, pattern in _PATTERNS]
# A period right after a comparison is its base: "so với 6 tháng đầu năm 2021", "up 5% over the first
# quarter of 2021" ("over" only after a percentage: "Over the first half, exports …" names the period).
_COMPARED_BEFORE = re.compile(
    place_tones(
        r"(?:(?<!\w)(?:so\s+với|so|compared\s+(?:to|with)|against|than)|(?:%|percent|per\s+cent)\s+over)\s+(?:the\s+)?$"
    )
)
# A year said inside the comparison, after a few words of its own: "so với hai quý đầu năm 2024"
_COMPARED_YEAR_BEFORE = re.compile(place_tones(r"(?<!\w)(?:so\s+với|so)\s+(?:[^\W\d]+\s+){1,4}$"))
# "so với kết quả 11,47 tỷ USD của cùng kỳ 2022": the same period of a year said anywhere in a comparison is its base
# "tăng 21,5% cùng kỳ năm 2017", the "so với" left out: right after a percentage, the same period is its base
_COMPARED_SAME_PERIOD_BEFORE = re.compile(place_tones(r"(?<!\w)so\s+với(?:[^,;.()]|,(?=\d))*$|\d\s*%\s*$"))
_BASE_YEAR_AFTER = re.compile(
    place_tones(r"\s+(?:of\s+)?(?:last\s+year|the\s+previous\s+year|năm\s+trước|năm\s+ngoái)(?!\w)")
)


@dataclass(frozen=True)
class PeriodMention:
    start: int
    end: int
    kind: str  # period, base, date, span, ytd_now, this_month, last_month, same_period
    code: str | None  # "2019", "2022-H1", "-YTD08" (no year yet), "-M08"
    year: int | None  # the year the mention names, if it names one


def period_mentions(folded: str, start: int, end: int, published: date) -> list[PeriodMention]:
    """Every mention between start and end; where two overlap, the one that starts first, then the
    longer, then the earlier pattern."""
    matches = [
        (match.start(), -match.end(), order, kind, match)
        for order, (kind, pattern) in enumerate(_COMPILED)
        for match in pattern.finditer(folded, start, end)
    ]
    found, reached = [], start
    for begin, _, _, kind, match in sorted(matches, key=lambda m: m[:3]):
        if begin >= reached:
            mention = _mention(kind, match, published)
            reached = match.end()
            compared = _COMPARED_BEFORE.search(folded, max(start, begin - 30), begin) or (
                kind == "year" and _COMPARED_YEAR_BEFORE.search(folded, max(start, begin - 30), begin)
            )
            same_compared = _COMPARED_SAME_PERIOD_BEFORE.search(folded, max(start, begin - 60), begin)
            if mention.kind == "same_period" and same_compared:
                mention = PeriodMention(mention.start, reached, "base", None, mention.year)
            if mention.kind == "period" and compared:
                tail = _BASE_YEAR_AFTER.match(folded, reached, end)  # "… the first quarter of last year"
                reached = tail.end() if tail else reached
                mention = PeriodMention(mention.start, reached, "base", None, mention.year)
            found.append(mention)
    return found


def _mention(kind: str, match: re.Match[str], published: date) -> PeriodMention:
    start, end = match.span()
    groups = match.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    if (
        year is None
        and kind in ("quarter", "month", "half", "ytd")
        and match.group().endswith(("năm nay", "this year"))
    ):
        year = published.year  # "quí I năm nay": the publication's year, whatever year was named before
    if kind == "span" and not groups.get("first"):  # "giai đoạn này": no code of its own
        return PeriodMention(start, end, "span", None, None)
    if kind == "span":  # "giai đoạn 2016-2020": `2016/2020`, the first year before the last
        first, last = int(groups["first"]), int(groups["last"])
        return PeriodMention(start, end, "span", f"{first}/{last}" if first < last else "", last)
    if kind in ("base", "date", "ytd_now", "this_month", "last_month", "same_period"):
        return PeriodMention(start, end, kind, None, year)
    if kind == "last_year":
        return PeriodMention(start, end, "period", str(published.year - 1), published.year - 1)
    if kind == "next_year":
        return PeriodMention(start, end, "period", str(published.year + 1), published.year + 1)
    if kind == "year":
        if year is None and not match.group().startswith(("năm nay", "this year")):
            return PeriodMention(start, end, "period", "", None)  # "cả năm", "the whole year": of the year in hand
        this = year or published.year
        return PeriodMention(start, end, "period", str(this), this)
    if kind == "quarter":
        quarter = groups["q"]
        number = int(quarter) if quarter.isdigit() else _ROMAN.get(quarter) or _quarter_of(quarter)
        return PeriodMention(start, end, "period", f"-Q{number}", year)
    if kind == "half":
        second = groups["part"] in (fold("cuối"), "second", "last", "h2")
        return PeriodMention(start, end, "period", "-H2" if second else "-H1", year)
    if kind == "month":
        month_text = groups["m"]
        month = int(month_text) if month_text.isdigit() else _month_number(month_text)
        if not 1 <= month <= 12:
            return PeriodMention(start, end, "date", None, year)
        return PeriodMention(start, end, "period", f"-M{month:02d}", year)
    # ytd: "N tháng", "first N months", "January-February", "đến hết tháng N"
    count = groups.get("n")
    if groups.get("q"):
        quarter = groups["q"]
        months = 3 * (int(quarter) if quarter.isdigit() else _ROMAN.get(quarter) or _EN_NUMBERS[quarter])
        if months == 3:
            return PeriodMention(start, end, "period", "-Q1", year)
    elif count is None:
        months = _MONTHS.index(groups["last"]) + 1
        if months == 3:  # "January-March" names the first quarter by its months, as "January-June" the first half
            return PeriodMention(start, end, "period", "-Q1", year)
    elif count.isdigit():
        months = int(count)
    elif count in ("month", fold("tháng")):  # "the first month", "tháng đầu năm": January
        return PeriodMention(start, end, "period", "-M01", year)
    else:
        months = _VI_NUMBERS.get(count) or _EN_NUMBERS.get(count, 0)
    if not 1 <= months <= 12 or (groups.get("d") and not _last_day(int(groups["d"]), months, year or published.year)):
        return PeriodMention(start, end, "date", None, year)
    # a running total of one month ("hết tháng 1", "1 tháng") is January itself, as "tháng đầu năm" is
    code = "" if months == 12 else "-H1" if months == 6 else "-M01" if months == 1 else f"-YTD{months:02d}"
    return PeriodMention(start, end, "period", code, year)


def _month_number(name: str) -> int:
    """A month's number from its English name, in full or shortened ("oct", "sept"), or its Vietnamese word."""
    words = " ".join(name.split())  # "tháng  Sáu" across a line break
    if words in _VI_MONTHS:
        return _VI_MONTHS[words]
    return next(number for number, month in enumerate(_MONTHS, 1) if month.startswith(name))


def _last_day(day: int, month: int, year: int) -> bool:
    return date(year + (month == 12), month % 12 + 1, 1).toordinal() - date(year, month, 1).toordinal() == day


def _quarter_of(ordinal: str) -> int:
    return next(n for n, names in enumerate(_ORDINALS, start=1) if ordinal in names.split("|"))


def with_year(code: str, year: int) -> str:
    return f"{year}{code}" if code.startswith("-") or code == "" else code


def period_end(code: str) -> date:
    """The last day a period code covers, to tell how old a figure was when published."""
    year, _, part = code.rpartition("/")[2].partition("-")
    last_month = 12
    if part.startswith("Q"):
        last_month = 3 * int(part[1])
    elif part.startswith("H"):
        last_month = 6 * int(part[1])
    elif part.startswith(("M", "YTD")):
        last_month = int(part.lstrip("MYTD"))
    following = date(int(year) + (last_month == 12), last_month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def period_start(code: str) -> date:
    year, _, part = code.partition("/")[0].partition("-")
    first_month = 1
    if part.startswith("Q"):
        first_month = 3 * int(part[1]) - 2
    elif part.startswith("H"):
        first_month = 1 if part == "H1" else 7
    elif part.startswith("M"):
        first_month = int(part[1:])
    return date(int(year), first_month, 1)
