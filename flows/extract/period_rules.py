"""The rules for the period of a row: which of the periods mentioned a figure is of, and how a mention
without its year is resolved (flows/extract/periods.py finds the mentions)."""

import re
from datetime import timedelta

from flows.extract.figures import Figure
from flows.extract.patterns import (
    AFTER_PREVIOUS_PERIOD,
    BASE_PERIOD_KINDS,
    FROM_BEFORE,
    PERCENTAGE,
    PERIOD_LIST_GAP,
    RESPECTIVELY,
    YEARS_PLAN_AFTER,
    folded_pattern,
)
from flows.extract.periods import PeriodMention, period_end, with_year
from flows.extract.rows import Publication
from flows.extract.text import Article, Sentence, Span, place_tones

# "So với năm 2018, Chỉ số sản xuất công nghiệp (IIP) tăng 24,2%; …": a whole year as the base, opening the sentence
# "tăng 16% so với ước thực hiện năm 2023": a growth on a whole year's outturn (estimated or not)
_BASE_OUTTURN_YEAR = folded_pattern(
    r"(?<!\w)so\s+(?:với\s+)?(?:ước\s+)?thực\s+hiện\s+(?:năm\s+)?(?P<year>(?:19|20)\d\d)(?!\w)"
)
_FRONTED_BASE_YEAR = folded_pattern(r"\s*(?:so\s+với|compared\s+(?:to|with))\s+(?:năm\s+)?(?P<year>(?:19|20)\d\d)\s*,")
# "kế hoạch quý", "kế hoạch 6 tháng": the part's own plan, not the year's
# "đạt 62,8% kế hoạch cả năm 2024", "23.3 percent of the plan for 2020": the year is the plan's
_PLAN_OF_YEAR_BEFORE = folded_pattern(
    r"(?:kế\s+hoạch|kh|chỉ\s+tiêu|plan|target)\s+(?:(?:đề\s+ra|được\s+giao|set(?:\s+forth|\s+out)?)\s+)?(?:của\s+)?(?:cả\s+)?(?:năm\s+)?"
    r"(?:for\s+|of\s+)?(?:the\s+)?(?:year\s+)?$"
)
# "equaling 88.3% of the 6-month growth scenario", "the six-month plan": a part of the year a plan is set for
_PLANS_PART_AFTER = folded_pattern(r"\s+(?:growth\s+)?(?:scenario|plan|target)(?!\w)")
# "…, lũy kế 5 tháng đạt …", "the cumulative value in the first five months": a running total after a figure
_RUNNING_TOTAL = folded_pattern(r"(?<!\w)(?:lũy\s+kế|cộng\s+dồn|cumulative|accumulated)(?!\w)")
# "Tính chung 10 tháng năm 2025, …", "Lũy kế 10 tháng, …": a sentence that opens with a running total
_RUNNING_TOTAL_OPENING = folded_pattern(r"\s*(?:tính\s+chung|lũy\s+kế|cộng\s+dồn)(?!\w)")
# "mức tăng 5,81% của quý I năm 2020": the period a figure is of, tied to it by "của"
_OF_THE_PERIOD = folded_pattern(r"\s+của\s+")
# A period that is all its brackets hold: "bình quân (giai đoạn 2011 - 2015) là 16%/năm"
_PERIOD_ALONE_IN_BRACKETS = re.compile(r"\s*\)")
# "207,447 billion VND (9.1 billion USD) in nine months": the figure's conversion in brackets may come between
_PREPOSITION_ONLY = folded_pattern(r"\s*(?:\([^()]*\)\s*)?(?:(?:in|for|during|over|trong)\s+(?:the\s+)?)?")
# "riêng 08 địa phương nêu trên chiếm 66,33% … trong 08 tháng đầu năm", "the above ten provinces": a count of places
# listed before, referred back to as such
_PLACES_LISTED_ABOVE = folded_pattern(
    r"(?<!\w)(?:\d{1,2}\s+(?:địa\s+phương|tỉnh(?:,\s+thành(?:\s+phố)?)?)\s+(?:nêu\s+|kể\s+)?trên"
    r"|(?:above|aforementioned)\s+(?:\w+\s+)?(?:provinces|localities|cities))(?!\w)"
)


class PeriodRules:
    """Which period a figure is of: the one its clause or sentence names, or one named before, with a
    missing year resolved from the text or the publication."""

    article: Article
    clause_figures: list[Figure]
    last_period: str | None
    named_years: list[tuple[int, int]]
    periods: dict[Sentence, list[PeriodMention]]
    published: Publication
    report_month: str | None
    to_amount_after: re.Pattern[str]

    def _month_on_the_month_before(self, period: str, clause: Span) -> str | None:
        """ "In the first quarter, …. The industrial production index increased by 19.01% over the previous month,
        and the value of industrial production was estimated at over 2,500 billion dongs, up 14% over the previous
        month": a clause that names no period and gives a growth on the month before speaks of a month, the last of
        the part of the year said before it (the report's month), not of that part."""
        year, _, part = period.partition("-")
        if not part or part.startswith("M"):
            return None
        folded = self.article.folded
        for said in AFTER_PREVIOUS_PERIOD.finditer(folded, clause.start, clause.end):
            kind = (
                said.group("vi") or said.group("en") or said.group("on") or said.group("last") or said.group("earlier")
            )
            kind = kind or said.group("every")
            if kind and BASE_PERIOD_KINDS[place_tones(kind)] == "M":
                return f"{year}-M{period_end(period).month:02d}"
        return None

    def _month_before_the_running_total(self, period: str, sentence: Sentence, figure: Figure) -> str | None:
        """ "Chỉ số sản xuất công nghiệp (IIP) ước tăng 8,79% so với cùng kỳ. Tính chung 10 tháng năm 2025, chỉ số
        IIP ước tăng 9,7%": a sentence that names no period, followed by one that opens with the running total of
        the part of the year said before it in the same paragraph, speaks of that part's last month (the report's
        month). So does a figure before the sentence itself goes on to that running total ("Doanh thu bán lẻ … ước
        đạt 18.200 tỷ đồng, tăng 23,3%; 8 tháng đạt 132.000 tỷ đồng"): the total is said for the figures after."""
        year, _, part = period.partition("-")
        named_here = [m for m in self.periods[sentence] if m.kind == "period"]
        later = named_here[0] if named_here and named_here[0].start >= figure.end else None
        if part.startswith("YTD") and later is not None and self._resolve(later) == period:
            return f"{year}-M{part[3:]}"
        if not part.startswith("YTD") or named_here:
            return None
        sentences = self.article.sentences
        following = next((s for s in sentences if s.start >= sentence.end), None)
        if following is None or not _RUNNING_TOTAL_OPENING.match(self.article.folded, following.start):
            return None
        if "\n" in self.article.text[sentence.end : following.start]:  # a heading above the paragraph it sums up
            return None
        named = [m for m in self.periods[following] if m.kind == "period"]
        if not named or self._resolve(named[0]) != period:
            return None
        return f"{year}-M{part[3:]}"

    def _span_of_the_paragraph(self, sentence: Sentence) -> str | None:
        """The span named last before this sentence in its paragraph, if any."""
        start = self.article.text.rfind("\n", 0, sentence.start) + 1
        spans = [
            m.code
            for earlier in self._body_before(sentence)
            if earlier.start >= start
            for m in self.periods[earlier]
            if m.kind == "span" and m.code
        ]
        return spans[-1] if spans else None

    def _period_for(
        self, clause: Span, figure: Figure, sentence: Sentence, periods: list[PeriodMention]
    ) -> PeriodMention | None:
        usable = [
            m
            for m in periods
            if m.kind in ("period", "span", "this_month", "last_month", "ytd_now", "same_period")
            and not self._bracketed_before(m, figure, sentence)
        ]
        plans_years = [m for m in usable if (m.start >= figure.end and self._a_plans_year(m)) or self._a_plans_part(m)]
        if plans_years and self.last_period is not None:  # the figure's period is the one said before
            usable = [m for m in usable if m not in plans_years]
        right_after = [  # "$730 million for the whole year", "6.7 billion USD in the second half"
            m
            for m in usable
            if m.start >= figure.end and _PREPOSITION_ONLY.fullmatch(self.article.folded, figure.end, m.start)
        ]
        if right_after:  # "$730 million for the whole year", "4.71% in 2020"
            return right_after[0]
        before = [m for m in usable if clause.start <= m.start and m.end <= figure.start]
        if before:
            return self._period_in_turn(before, clause, figure) or before[-1]
        # not the same period of a year said after the figure, its base's ("… up 8.4% … same period in 2021"),
        # unless it opens an aside in brackets ("(cùng kỳ năm 2023 tăng 1,28%)"), the aside's own
        after = [
            m
            for m in usable
            if figure.end <= m.start < clause.end
            and (m.kind != "same_period" or self.article.folded[m.start - 1 : m.start] == "(")
            and not self._of_a_later_figure(m, figure)
        ]
        if (
            after
            and after[0].code
            and "YTD" in after[0].code
            and _RUNNING_TOTAL.search(self.article.folded, figure.end, after[0].start)
        ):  # "exceeded 3,900 billion VND, and the cumulative value in the first five months …": May's
            month = after[0].code.replace("YTD", "M")
            return PeriodMention(after[0].start, after[0].end, "period", month, after[0].year)
        if after:
            return after[0]
        earlier = [m for m in usable if sentence.start <= m.start and m.end <= clause.start]
        return earlier[-1] if earlier else None

    def _of_a_later_figure(self, mention: PeriodMention, figure: Figure) -> bool:
        """A period tied by "của" to a figure after this one in the clause is that figure's: "tăng 7,71% so với
        cùng kỳ, cao hơn mức tăng 5,81% của quý I năm 2020" is not of the first quarter of 2020 for 7,71%."""
        folded = self.article.folded
        return any(
            figure.end <= later.start
            and later.end <= mention.start
            and _OF_THE_PERIOD.fullmatch(folded, later.end, mention.start)
            for later in self.clause_figures
        )

    def _period_in_turn(self, before: list[PeriodMention], clause: Span, figure: Figure) -> PeriodMention | None:
        """ "the seven-month and eight-month figures stood at 2.2% and 2.6%, respectively": the periods of a
        list said before the percentages, each in its turn."""
        folded = self.article.folded
        if figure.unit is None or figure.unit.code != "pct" or not RESPECTIVELY.search(folded, figure.end, clause.end):
            return None
        listed = [before[-1]]
        for m in reversed(before[:-1]):
            if not PERIOD_LIST_GAP.fullmatch(folded, m.end, listed[0].start):
                break
            listed.insert(0, m)
        turn = len(PERCENTAGE.findall(folded, listed[-1].end, figure.start))
        return listed[turn] if len(listed) > 1 and turn < len(listed) else None

    def _periods_of_from_levels(self, figures: list[Figure], periods: list[PeriodMention]) -> list[PeriodMention]:
        """The period of a level a change started from, said after it ("từ mức 7,362 tỷ USD của quý I năm
        ngoái xuống còn 6,951 tỷ USD"): the base's, not the period of the level it came to."""
        folded, spans = self.article.folded, []
        for figure in figures:
            to_amount = self.to_amount_after.match(folded, figure.end)
            if to_amount and FROM_BEFORE.search(folded, max(0, figure.start - 30), figure.start):
                spans.append((figure.end, to_amount.end()))
        return [m for m in periods if any(start <= m.start < end for start, end in spans)]

    def _a_plans_year(self, mention: PeriodMention) -> bool:
        """A year named after a plan, after the figure, is the plan's: "Tổng mức bán lẻ … đạt gần 63 nghìn
        tỷ đồng, …, đạt 62,8% kế hoạch cả năm 2024" is of the seven months the text spoke of before."""
        if mention.kind != "period" or (not (mention.code or "").isdigit() and mention.code != ""):
            return False  # "… of the plan set forth for the year": the year in hand, the plan's too
        folded = self.article.folded
        return bool(
            _PLAN_OF_YEAR_BEFORE.search(folded[max(0, mention.start - 30) : mention.start])
            or YEARS_PLAN_AFTER.match(folded, mention.end)
        )

    def _a_plans_part(self, mention: PeriodMention) -> bool:
        """A part of the year a plan word follows is the plan's, wherever it stands in the sentence: "… over
        1 billion USD, equaling 88.3% of the 6-month growth scenario, up 8.4% …" is of the five months said
        before."""
        code = mention.code or ""
        return (
            mention.kind == "period"
            and code.startswith("-")
            and bool(_PLANS_PART_AFTER.match(self.article.folded, mention.end))
        )

    def _bracketed_before(self, mention: PeriodMention, figure: Figure, sentence: Sentence) -> bool:
        """A period inside brackets closed before the figure is the aside's own: "tăng 7,9% so với cùng
        kỳ năm trước (lũy kế 12 tháng năm 2019 đạt 16.500 tỷ đồng), đạt 98,4% kế hoạch năm"."""
        folded = self.article.folded
        opening = folded.rfind("(", sentence.start, mention.start)
        opened = opening > folded.rfind(")", sentence.start, mention.start)
        if (
            opened
            and not folded[opening + 1 : mention.start].strip()
            and _PERIOD_ALONE_IN_BRACKETS.match(folded, mention.end)
        ):
            return False  # "tốc độ tăng trưởng bình quân (giai đoạn 2011 - 2015) là 16%/năm": the figure's own
        return opened and ")" in folded[mention.end : figure.start]

    def _resolve(self, mention: PeriodMention) -> str | None:
        if mention.kind == "this_month":
            month = self.report_month or self._month_named_just_before(mention.start)
            carried = (self.last_period or "").partition("-")[2]  # else the month the text speaks of, if a month
            month = month or (carried[1:] if carried.startswith("M") else None)
            code = f"-M{month}" if month else None
        elif mention.kind == "same_period":  # the part of the year named before it, in the year it names
            named = [self._resolve(m) for m in self._periods_before(mention.start) if m.kind == "period"]
            part = (named[-1] if named and named[-1] else self.last_period or "").partition("-")[2]
            return f"{mention.year}-{part}" if part else str(mention.year)
        elif mention.kind == "last_month":  # known where the publication gives its month
            before = self.published.first_day.replace(day=1) - timedelta(days=1)
            return f"{before.year}-M{before.month:02d}" if self.published.gives_month else None
        elif mention.kind == "ytd_now":  # the months up to the one named last, in its sentence or before
            named = [self._resolve(m) for m in self._periods_before(mention.start) if m.kind == "period"]
            last = named[-1] if named and named[-1] else self.last_period
            month = last[-2:] if last and last[-3:-2] in ("M", "D") else self.report_month
            code = f"-YTD{month}" if month else None  # "tính từ đầu năm đến nay" in a report on 8 months
            if last and last.endswith(("-H1", "-Q1")):  # "6 tháng đầu năm 2025, … Từ đầu năm đến nay, …": the half
                code = last[-3:]
        else:
            code = mention.code
        if code is None:
            return None
        year = mention.year or self._year_named_before(mention.start)
        return with_year(code, year)

    def _period_restated(self, figure: Figure, sentence: Sentence) -> str | None:
        """The period of a figure that names none, where a later sentence prints it again with one:
        "kim ngạch xuất khẩu của tỉnh ước đạt 1.158 triệu USD …" and then "Trong số 1.158 triệu USD
        xuất khẩu trong năm 2018 nói trên"."""
        text = self.article.text
        if figure.unit is None or figure.unit.code == "pct":
            return None  # a percentage is printed too often to tell it is the same figure
        for later in self.article.sentences:
            if later.start <= sentence.start or later.is_title:
                continue
            at = text.find(figure.printed, later.start, later.end)
            if at < 0:
                continue
            clause = next(c for c in later.clauses if c.start <= at < c.end)
            named = [m for m in self.periods[later] if m.kind == "period" and clause.start <= m.start < clause.end]
            if named:
                return self._resolve(min(named, key=lambda m: abs(m.start - at)))
        return None

    def _year_after_a_fronted_base(self, sentence: Sentence) -> str | None:
        """A sentence naming no period that opens on a whole year as the base of its growths reports the year
        after it: "So với năm 2018, Chỉ số sản xuất công nghiệp (IIP) tăng 24,2% …; Kim ngạch xuất khẩu đạt
        15,77 tỷ USD, …" is of 2019, its levels too."""
        base = _FRONTED_BASE_YEAR.match(self.article.folded, sentence.start)
        return str(int(base.group("year")) + 1) if base else None

    def _year_after_an_outturn_base(self, sentence: Sentence) -> str | None:
        """A sentence naming no period whose growth is on a year's outturn is of the year after it, its
        levels too: "mục tiêu giá trị sản xuất công nghiệp đạt 23.730 tỷ đồng, tăng 16% so với ước thực hiện
        năm 2023" is 2024's target."""
        base = _BASE_OUTTURN_YEAR.search(self.article.folded, sentence.start, sentence.end)
        return str(int(base.group("year")) + 1) if base else None

    def _headline_period(self, sentence: Sentence) -> str | None:
        """ "IPI expands positively in December. The industrial production index (IPI) was estimated to saw a
        month-on-month increase of 3.7% …": a body that has named no period yet speaks of the one period its
        headline (the article's first line) names."""
        headline = self.article.sentences[0] if self.article.sentences else None
        if headline is None or not headline.is_title or headline is sentence or self.last_period is not None:
            return None
        named = {self._resolve(m) for m in self.periods[headline] if m.kind == "period"}
        return named.pop() if len(named) == 1 else None

    def _period_of_the_places_summed_up(self, sentence: Sentence) -> str | None:
        """The period of a list of places' figures that names none, where the first later sentence that
        refers back to them names one: "… Bắc Giang và Hà Nội. … Với 167,56 tỷ USD, riêng 08 địa phương nêu
        trên chiếm 66,33% tổng kim ngạch xuất khẩu cả nước trong 08 tháng đầu năm"."""
        for later in self.article.sentences:
            if later.start <= sentence.start or later.is_title:
                continue
            named = {self._resolve(m) for m in self.periods[later] if m.kind == "period"}
            if _PLACES_LISTED_ABOVE.search(self.article.folded, later.start, later.end):
                return named.pop() if len(named) == 1 else None
            if named:  # a period said before the places are summed up: the figures may be of another
                return None
        return None

    def _periods_before(self, position: int) -> list[PeriodMention]:
        return [m for m in self.periods[self._sentence_at(position)] if m.end <= position]

    def _month_named_just_before(self, position: int) -> str | None:
        """The month a bare "trong tháng" is in, where no running total names the report's month: the
        month its sentence or the one before named last ("trong tháng 01/2025, hoạt động xuất khẩu …
        Tổng giá trị xuất khẩu hàng hóa trong tháng ước đạt …")."""
        here = self._sentence_at(position)
        for sentence in (here, self._sentence_before(here)):
            if sentence is None:
                continue
            named = [m for m in self.periods[sentence] if m.kind == "period" and m.start < position]
            if named:
                code = named[-1].code or ""
                return code[-2:] if code.startswith("-M") else None
        return None

    def _year_named_before(self, position: int) -> int:
        years = [year for start, year in self.named_years if start < position]
        return years[-1] if years else self.published.first_day.year
