"""Statistics offices' tables: a yearbook page printed as cells, one cell a line (as web pages
give them) or several a line, two spaces or more apart (as PDF pages give them).

A table is read when its title names one of the warehouse's indicators and a unit stands
before its figures ("Đơn vị tính - Unit: %", "Triệu đồng - Mill. dongs"). Years are either
columns (a row of year cells, "2019/2018" for an index on the year before) with the
whole-province row ("Tổng số - Total", "TOÀN NGÀNH - TOTAL") under them, or rows (a year cell,
then its figures, the total first under a "Tổng số / Total" heading). "Sơ bộ - Prel." marks a
year's figures preliminary. Only the whole province's figures are proposed: the rows and
columns of its parts are what the table breaks the total into.
"""

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from flows.extract.rows import Extraction, Publication, Row, Skipped
from flows.extract.text import Article, fold
from flows.extract.vocabulary import Vocabulary, load_vocabulary
from flows.published_numbers import PublishedNumberError, parse_published

_CELL_GAP = re.compile(r"\t|\s{2,}")
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)*")
_EMPTY = re.compile(r"[-\u2013\u2014.…]+")  # a cell with no figure
# "2018", "2019/2018", "Sơ bộ - Prel. 2018", "Ước tính - Est. 2020" (folded)
_STATUS_WORDS = r"(?:(?:sơ bộ|ước tính|ước|prel\.?|est\.?)\s*[-\u2013]?\s*)"
_YEAR = re.compile(
    rf"(?P<status>{_STATUS_WORDS}*)(?:năm\s+)?(?P<year>(?:19|20)\d\d)(?:\s*/\s*(?P<base>(?:19|20)\d\d))?"
)
_STATUS_ONLY = re.compile(rf"{_STATUS_WORDS}+")  # "Sơ bộ", then "Prel.", then "2021" in cells of their own
_TOTAL = re.compile(fold(r"(?:tổng số|tổng cộng|toàn ngành|toàn tỉnh|toàn thành phố|cả tỉnh|total)\b"))
# a national table, or one of every province ("CẢ NƯỚC - WHOLE COUNTRY", "phân theo địa phương")
_NATIONAL = re.compile(fold(r"\b(?:cả nước|toàn quốc|whole country|phân theo (?:địa phương|tỉnh)|by provinces?)\b"))
_STRUCTURE = re.compile(r"cơ cấu|structure")
_INDEX = re.compile(r"chỉ số phát triển|năm trước\s*=\s*100|previous year\s*=\s*100|\bindex\b")
_FIXED_BASE = re.compile(r"(?:19|20)\d\d\s*=\s*100")  # an index on a base year, not on the year before
_VIETNAMESE_MARKS = re.compile("[đĐ\u0300-\u0323]")  # after NFD: tones, hooks, breves, circumflexes
_VIETNAMESE_NUMBER = re.compile(r"\d,\d{1,2}$|\.\d{3}\.\d{3}")
_ENGLISH_NUMBER = re.compile(r"\d\.\d{1,2}$|,\d{3},\d{3}")
# a column of a table of provinces: a month, or the months from January, on the month before or on
# the same period a year earlier (folded)
_PERIOD_COLUMN = re.compile(
    r"(?:tháng\s+(?P<month>\d{1,2})/(?P<year>\d{4})|(?P<months>\d{1,2})\s+tháng\s+(?:đầu\s+)?năm\s+(?P<ytd>\d{4}))"
    r"\s+so với\s+(?:tháng\s+(?P<base_month>\d{1,2})/(?P<base_year>\d{4})|cùng kỳ(?:\s+năm\s+(?P<base>\d{4}))?)"
    r"\s*\(%\)"
)
_PLACE_WORD = re.compile(r"^(?:thành phố|tỉnh|tp\.?)\s+")  # "Thành phố Hà Nội": Hà Nội
_UNIT_LEAD = re.compile(r"^(?:đơn vị tính|đơn vị|đvt|unit)\s*(?:[-\u2013]\s*unit)?\s*:?\s*")


@dataclass(frozen=True)
class Cell:
    text: str
    folded: str
    start: int
    end: int
    line: int

    @property
    def is_figure(self) -> bool:
        return bool(_NUMBER.fullmatch(self.text) or _EMPTY.fullmatch(self.text)) and not self.year

    @property
    def year(self) -> re.Match[str] | None:
        return _YEAR.fullmatch(self.folded)


@dataclass(frozen=True)
class Section:
    """What the figures under a heading are: level in a unit, or an index; None: not read."""

    measure: str | None
    unit: str | None


def read_tables(
    article: Article, vocabulary: Vocabulary, published: Publication, province: str | None, kind: str
) -> Extraction:
    """The whole-province rows of the table the text holds, if it holds one the rules can read."""
    found = Extraction()
    article_language = vocabulary.language
    cells = _cells(article.text)
    if by_province := _province_columns(article, vocabulary, published, kind, cells):
        return by_province
    first_year = next((n for n, c in enumerate(cells) if c.year), None)
    if first_year is None or first_year + 1 >= len(cells) or first_year == 0:
        return found
    after = cells[first_year + 1]
    by_columns = bool(after.year or _STATUS_ONLY.fullmatch(after.folded))
    if not (by_columns or after.is_figure):
        return found  # a year in prose, not a table's
    title = cells[:first_year]
    if _VIETNAMESE_MARKS.search(unicodedata.normalize("NFD", " ".join(c.text for c in title))):
        vocabulary = load_vocabulary("vi")  # a bilingual title: its Vietnamese words come first
    indicator, price_basis = _title(title, vocabulary)
    if indicator is None:
        return found
    section = _heading(title, indicator, vocabulary)
    problem = None
    if _NATIONAL.search(" ".join(c.folded for c in cells)):
        problem = "a table of the whole country or of its provinces: its total is not a province's"
    elif section.measure is None:
        problem = "a table with no unit of the warehouse before its figures"
    elif province is None:
        problem = "a table of a province the text does not name"
    if problem:
        found.skipped.append(Skipped(title[0].line, title[0].text, problem, title[0].text, title[0].start))
        return found
    numbers = _number_language(cells, article_language)
    reader = _TableReader(article, vocabulary, numbers, published, province, kind, indicator, price_basis, found)
    if by_columns:
        reader.year_columns(cells[first_year:], section)
    else:
        reader.year_rows(cells[first_year:], section, has_total_column=_names_total(title))
    return found


def _province_columns(
    article: Article, vocabulary: Vocabulary, published: Publication, kind: str, cells: list[Cell]
) -> Extraction | None:
    """A table of provinces, a row each, whose columns are a month or the months from January on a
    base ("Tháng 02/2009 so với tháng 01/2009 (%)", "2 tháng đầu năm 2009 so với cùng kỳ năm 2008 (%)"):
    each province's row gives a figure a column; the rows of its parts ("Nhà nước") are not read."""
    cells = [c for c in cells if c.text != "|"]  # a web page's bars between cells
    first = next((n for n, c in enumerate(cells) if _PERIOD_COLUMN.fullmatch(c.folded)), None)
    if first is None:
        return None
    columns = []
    for cell in cells[first:]:
        if not (column := _PERIOD_COLUMN.fullmatch(cell.folded)):
            break
        columns.append(column)
    indicator, price_basis = _title(cells[:first], vocabulary)
    if len(columns) < 2 or indicator is None:
        return None
    found = Extraction()
    numbers = _number_language(cells, vocabulary.language)
    reader = _TableReader(article, vocabulary, numbers, published, "", kind, indicator, price_basis, found)
    rest = cells[first + len(columns) :]
    for n, cell in enumerate(rest):
        figures = rest[n + 1 : n + 1 + len(columns)]
        name = _PLACE_WORD.sub("", cell.folded)
        province = None if cell.is_figure else vocabulary.province_at(name, published.last_day)
        if province and len(figures) == len(columns) and all(f.is_figure for f in figures):
            for column, figure in zip(columns, figures, strict=True):
                reader.propose_on_a_base(province, column, figure, [cell, *figures])
    return found


def _number_language(cells: list[Cell], default: str) -> str:
    """How the table writes its numbers, from the figures whose marks tell: "29.695.002" and
    "109,70" as Vietnamese does, "100.00" and "1,234,567" as English does (a yearbook's English
    pages print them as its Vietnamese ones)."""
    figures = [c.text for c in cells if c.is_figure]
    vietnamese = sum(bool(_VIETNAMESE_NUMBER.search(f)) for f in figures)
    english = sum(bool(_ENGLISH_NUMBER.search(f)) for f in figures)
    return "vi" if vietnamese > english else "en" if english > vietnamese else default


def _cells(text: str) -> list[Cell]:
    cells = []
    offset = 0
    for number, line in enumerate(text.split("\n"), start=1):
        for piece in re.finditer(r"\S+(?:\s\S+)*", line):
            for part in _split_gaps(piece.group(), offset + piece.start()):
                cells.append(Cell(part[0], fold(part[0]), part[1], part[1] + len(part[0]), number))
        offset += len(line) + 1
    return cells


def _split_gaps(piece: str, start: int) -> list[tuple[str, int]]:
    parts, begin = [], 0
    for gap in _CELL_GAP.finditer(piece):
        parts.append((piece[begin : gap.start()], start + begin))
        begin = gap.end()
    parts.append((piece[begin:], start + begin))
    return [p for p in parts if p[0]]


def _title(title: list[Cell], vocabulary: Vocabulary) -> tuple[str | None, str]:
    """The indicator the title names first (None where it names another indicator first, or a
    structure), and the price basis it states."""
    folded = " ".join(c.folded for c in title)
    if _STRUCTURE.search(folded):
        return None, ""
    mentions = vocabulary.mentions(folded, 0, len(folded))
    named = [m for m in mentions if m.kind in ("indicator", "other")]
    basis = [m.value for m in mentions if m.kind == "price_basis"]
    if not named or named[0].kind != "indicator":
        return None, ""
    return named[0].value, basis[0] if basis else ""


def _heading(cells: list[Cell], indicator: str, vocabulary: Vocabulary) -> Section:
    """What the figures after these heading cells are, from their unit and index words."""
    unit = next((u for c in cells if (u := _unit(c, vocabulary))), None)
    folded = " ".join(c.folded for c in cells)
    if _STRUCTURE.search(folded) or _FIXED_BASE.search(folded.replace("năm trước = 100", "")):
        return Section(None, None)
    if _INDEX.search(folded) or (indicator == "industrial_production_index" and unit == "pct"):
        return Section("index_pct", "pct") if unit in ("pct", None) else Section(None, None)
    if unit and unit != "pct" and indicator != "industrial_production_index":
        return Section("level", unit)
    return Section(None, None)


def _unit(cell: Cell, vocabulary: Vocabulary) -> str | None:
    """The unit a heading cell names: "Đơn vị tính - Unit: %", "Triệu đồng - Mill. dongs"."""
    words = _UNIT_LEAD.sub("", cell.folded)
    for part in re.split(r"\s+[-\u2013]\s+|\s*[()]\s*", words):
        for language in (vocabulary.language, "vi", "en"):
            if part and (unit := vocabulary.reference.unit_for_words(part.strip(), language)):
                return unit.code
    return None


def _names_total(title: list[Cell]) -> bool:
    """Whether the columns' headings begin with the total ("Tổng số", "Total")."""
    return any(_TOTAL.match(c.folded) for c in title)


class _TableReader:
    def __init__(
        self, article: Article, vocabulary: Vocabulary, numbers: str, published: Publication, province: str,
        kind: str, indicator: str, price_basis: str, found: Extraction,
    ) -> None:  # fmt: skip
        self.article, self.vocabulary, self.numbers, self.published = article, vocabulary, numbers, published
        self.province, self.kind = province, kind
        self.indicator, self.price_basis, self.found = indicator, price_basis, found

    def year_columns(self, cells: list[Cell], section: Section) -> None:
        """A row of years, then the rows of the table: the total's row gives one figure a year."""
        count = next((n for n, c in enumerate(cells) if not (c.year or _STATUS_ONLY.fullmatch(c.folded))), len(cells))
        columns, status_words = [], ""
        for cell in cells[:count]:  # a status in cells above its year's is that year's
            if cell.year:
                columns.append((cell, status_words + cell.year.group("status")))
                status_words = ""
            else:
                status_words += cell.folded
        rest = cells[count:]
        for n, cell in enumerate(rest):
            if cell.is_figure or not _TOTAL.match(cell.folded):
                continue
            figures = []
            for following in rest[n + 1 : n + 1 + len(columns)]:
                if not following.is_figure:
                    break
                figures.append(following)
            if len(figures) == len(columns):  # else the row is not aligned with the years
                for (column, status_words), figure in zip(columns, figures, strict=True):
                    self._propose(column, figure, section, [cell, *figures], status_words)
            return

    def year_rows(self, cells: list[Cell], section: Section, has_total_column: bool) -> None:
        """A year, then its figures, the total first; headings between start a new part of the table."""
        heading: list[Cell] = []
        width = None  # the figures a row of this part of the table has
        n = 0
        while n < len(cells):
            cell = cells[n]
            figures = []
            while n + 1 + len(figures) < len(cells) and cells[n + 1 + len(figures)].is_figure:
                figures.append(cells[n + 1 + len(figures)])
            if cell.year and figures:
                if heading:
                    section, heading = self._part(heading), []
                    width = None
                width = width or len(figures)
                if len(figures) == width and (has_total_column or width == 1):
                    self._propose(cell, figures[0], section, [cell, *figures])
            elif not cell.is_figure:
                heading.append(cell)
            n += 1 + len(figures)

    def _part(self, heading: list[Cell]) -> Section:
        """A heading between rows starts a part of the table, or another table: not read where it
        names another indicator, or its parts."""
        folded = " ".join(c.folded for c in heading)
        named = self.vocabulary.mentions(folded, 0, len(folded))
        if any(m.kind in ("other", "part") or (m.kind == "indicator" and m.value != self.indicator) for m in named):
            return Section(None, None)
        return _heading(heading, self.indicator, self.vocabulary)

    def _propose(
        self, year_cell: Cell, figure: Cell, section: Section, quoted: list[Cell], status_words: str | None = None
    ) -> None:
        year = year_cell.year
        if section.measure is None or year is None or _EMPTY.fullmatch(figure.text):
            return
        if year.group("base") and int(year.group("base")) != int(year.group("year")) - 1:
            return  # an index on another year than the one before
        try:
            value = parse_published(figure.text, self.numbers, self.vocabulary.reference).value
        except PublishedNumberError:
            return
        period = year.group("year")
        status = self._status(year.group("status") if status_words is None else status_words, int(period))
        row = Row(
            self.province, self.indicator, period, section.measure, status, "=", f"{value:f}", section.unit or "",
            self.price_basis, figure.text, self._quote(quoted), figure.line, figure.start,
        )  # fmt: skip
        self._add(row)

    def propose_on_a_base(self, province: str, column: re.Match[str], figure: Cell, quoted: list[Cell]) -> None:
        """A province's figure in a column of a month or months on a base: the index on the same
        period a year earlier; on the month before, the growth on it."""
        year = int(column.group("year") or column.group("ytd"))
        month = int(column.group("month") or column.group("months"))
        if column.group("month"):
            period = f"{year}-M{month:02d}"
            before = (year, month - 1) if month > 1 else (year - 1, 12)
            base = (int(column.group("base_year") or 0), int(column.group("base_month") or 0))
            measure = "growth_prev_period_pct" if base == before else "index_pct"
        else:
            period = f"{year}-YTD{month:02d}" if month > 1 else f"{year}-M01"
            measure = "index_pct"
        if measure == "index_pct" and (column.group("base_month") or int(column.group("base") or year - 1) != year - 1):
            return  # an index on another month, or on another year than the one before
        try:
            value = parse_published(figure.text, self.numbers, self.vocabulary.reference).value
        except PublishedNumberError:
            return
        printed = figure.text
        if measure == "growth_prev_period_pct":
            value, printed = value - 100, ""  # the index on the month before, as the growth on it
        row = Row(
            province, self.indicator, period, measure, self._status("", year), "=", f"{value:f}", "pct",
            self.price_basis, printed, self._quote(quoted), figure.line, figure.start,
        )  # fmt: skip
        if self._add(row) and not printed:  # as for prose, the review names the index the growth was read from
            why = "proposed with value_as_published blank: an index, the period before = 100"
            self.found.skipped.append(Skipped(figure.line, figure.text, why, row.quote, figure.start))

    def _quote(self, cells: list[Cell]) -> str:
        """The cells a figure is read with, first to last, as one line of text."""
        return " ".join(self.article.text[cells[0].start : cells[-1].end].split())

    def _add(self, row: Row) -> bool:
        """Adds the row unless one of its key is in already (a table may print a figure twice)."""
        if any(r.key == row.key for r in self.found.rows):
            return False
        self.found.rows.append(row)
        return True

    def _status(self, words: str, year: int) -> str:
        if "sơ bộ" in words or "prel" in words:
            return "preliminary"
        if "ước" in words or "est" in words:
            return "estimate"
        recent = (self.published.last_day - date(year, 12, 31)).days < 365
        return "estimate" if recent and self.kind != "yearbook" else "actual"
