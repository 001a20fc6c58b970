"""What the extractor gives: the proposed rows, the figures it set aside, and the publication they are
read against."""

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from flows.extract.patterns import MONTH_NAMES
from flows.extract.periods import period_mentions
from flows.extract.text import Sentence, fold

SHARED_FIGURE_REACH = 3  # sentences after a figure several places share, in which to look for their names


@dataclass(frozen=True)
class Row:
    """A proposed observation, in the raw format's terms."""

    province_code: str
    indicator_code: str
    period: str
    measure: str
    status: str
    comparator: str
    value: str
    unit: str
    price_basis: str
    value_as_published: str
    quote: str
    line: int
    position: int

    @property
    def key(self) -> tuple[str, ...]:
        # a figure printed at two stated price bases is two rows ("giá so sánh 2010", "giá thực tế")
        return (self.province_code, self.indicator_code, self.period, self.measure, self.status, self.price_basis)


@dataclass(frozen=True)
class Skipped:
    """A figure seen and not proposed, or proposed with a caveat."""

    line: int
    printed: str
    reason: str
    sentence: str
    position: int


@dataclass
class SharedFigure:
    """A figure several places share, not yet named ("13 tỉnh, thành phố có kim ngạch xuất khẩu từ 1 tỷ USD
    trở lên"): the rows it gives once a sentence soon after lists the places."""

    row: Row  # with no province yet
    sentence: Sentence
    sentences_left: int = SHARED_FIGURE_REACH
    provinces: list[str] = field(default_factory=list)


@dataclass
class Extraction:
    rows: list[Row] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


# a day the text names: "on December 5", "ngày 5/12" (the month is read, the day is not needed)
_DAY_OF_MONTH = re.compile(
    rf"on\s+(?P<name>{'|'.join(MONTH_NAMES)})\s+\d|{fold('ngày')}\s+\d{{1,2}}[/-](?P<m>\d{{1,2}})"
)


@dataclass(frozen=True)
class Publication:
    first_day: date
    last_day: date  # a month or a year alone: its last day

    @property
    def gives_month(self) -> bool:
        return self.last_day - self.first_day < timedelta(days=31)

    @classmethod
    def parse(cls, text: str) -> "Publication":
        """YYYY, YYYY-MM or YYYY-MM-DD, as the sources format has it."""
        match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text.strip())
        if not match:
            raise ValueError(f"expected YYYY, YYYY-MM or YYYY-MM-DD (got {text!r})")
        year, month, day = match.groups()
        if day:
            first = last = date(int(year), int(month), int(day))
        elif month:
            first = date(int(year), int(month), 1)
            last = date(int(year) + (month == "12"), int(month) % 12 + 1, 1) - timedelta(days=1)
        else:
            first, last = date(int(year), 1, 1), date(int(year), 12, 31)
        return cls(first, last)

    def names_on(self, folded: str) -> date:
        """The day the names of provinces are read on: the first day, or where only the year or month
        is known, the first day of the latest month of it whose figures the text reports ("xuất khẩu
        hàng hóa tháng 12/2025 của tỉnh Bắc Ninh" in a text dated 2025 alone was written in December
        at the earliest, after the units of 2025-07-01 were formed), or of the latest day of it the
        text names ("The … Conference opened in Đà Nẵng on December 5", "ngày 5/12")."""
        mentions = period_mentions(folded, 0, len(folded), self.first_day)
        months = [
            date(m.year or self.first_day.year, int(m.code[-2:]), 1)
            for m in mentions
            if m.kind == "period" and m.code and re.fullmatch(r"-(?:M|YTD)\d\d", m.code)
        ]
        for m in mentions:
            day = _DAY_OF_MONTH.match(folded, m.start, m.end) if m.kind == "date" else None
            if day:
                month = int(day["m"]) if day["m"] else MONTH_NAMES.index(day["name"]) + 1
                if 1 <= month <= 12:
                    months.append(date(m.year or self.first_day.year, month, 1))
        return max([self.first_day] + [d for d in months if d <= self.last_day])
