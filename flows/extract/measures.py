"""The rules for the measure of a row, its base, and its comparator."""

import re

from flows.extract.figures import Figure
from flows.extract.patterns import (
    AFTER_PLAN,
    AFTER_PREVIOUS_PERIOD,
    AFTER_YEAR_EARLIER,
    BASE_PERIOD_KINDS,
    CHANGE_IN,
    MONTH_NAMES,
    PART_OPENER,
    PERCENTAGE,
    SEVERAL_PLACES,
    SUBJECT_KINDS,
    folded_pattern,
)
from flows.extract.periods import PeriodMention
from flows.extract.text import Article, Sentence, Span, fold, place_tones
from flows.extract.vocabulary import Mention, Vocabulary
from flows.published_numbers import parse_published

# A plan a figure is measured against, said first: "However, compared to the annual plan, …"
_PLAN_FIRST_OPENER = folded_pattern(r"\s*(?:however|but|meanwhile|nhưng|tuy\s+nhiên)\s*,?\s*")
_PLAN_BASE = folded_pattern(r"\s*\)?\s*(?:so\s+với|so|compared\s+(?:to|with))\s")
# its words before the comma: "So với kế hoạch năm đề ra, 9 tháng đầu năm, Bình Phước đã hoàn thành 81,6% …"
_PLAN_FIRST_TAIL = folded_pattern(r"(?:\s+(?:cả\s+)?năm(?:\s+(?:19|20)\d\d)?)?(?:\s+(?:đề\s+ra|được\s+giao))?\s*,")
# The base said before a bracketed figure: "giảm nhẹ so tháng trước (-1,54%)"
# "recording respective month-on-month and year-on-year increases of 18.3% and 17.2%": each base in turn
_BASE_WORDS = r"(?:month|quarter|year)[\s-](?:on|over)[\s-](?:month|quarter|year)"
_RESPECTIVE_BASES = folded_pattern(
    r"(?<!\w)respective\s+(?P<first>" + _BASE_WORDS + r")\s+and\s+(?P<second>" + _BASE_WORDS + r")\s+"
    r"(?:increases|rises|gains|growths?|decreases|falls|drops|declines)\s+of\s+$"
)
# Any base said in a sentence: "so với …", "compared to …", "year-on-year", "over the same period"
_BASE_SAID = folded_pattern(
    r"(?<!\w)(?:so\s+với|so\s+cùng\s+kỳ|compared\s+(?:to|with)|(?:year|month|quarter)[\s-](?:on|over)[\s-]"
    r"(?:year|month|quarter)|y-o-y|yoy|over\s+the\s+same|against)(?!\w)"
)
_SECOND_OF_TWO = folded_pattern(r"[\d.,]+\s*(?:%|percent|per\s+cent)\s+and\s+")
# "so kế hoạch năm đạt 61,69%": the plan said right before the word that attains or exceeds it
_PLAN_THEN_CUE = folded_pattern(
    r"(?<!\w)(?:so\s+với|so)\s+(?:kế\s+hoạch|kh|chỉ\s+tiêu)(?:\s+(?:cả\s+)?năm(?:\s+(?:19|20)\d\d)?)?"
    r"(?:\s+(?:đề\s+ra|được\s+giao))?\s+(?:ước\s+)?(?:đạt|bằng|vượt)(?:\s+(?:được|khoảng|gần|hơn|trên))?\s*$"
)
# "so với tháng trước tăng 1,1%": only the growth word between a base said first and its figure
_CUE_ALONE_AFTER_BASE = folded_pattern(
    r"\s+(?:ước\s+|đã\s+)?(?:tăng|giảm)(?:\s+(?:nhẹ|khoảng|gần|hơn|trên))?\s*"
    # "a month-on-month rise of 6 percent": the base before the change named as a noun
    r"|\s+(?:rise|increase|growth|gain|jump|decrease|drop|fall|decline)\s+(?:of|by)\s+(?:(?:nearly|about|over|more\s+than)\s+)?"
)
_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_QUARTER_NUMBERS = {"1": 1, "2": 2, "3": 3, "4": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}  # "quý 2/2019", "quý II/2019"
_ONLY_COMPARATOR_WORDS = folded_pattern(
    r"^\s*(?:(?:thêm|gần|hơn|trên|khoảng|xấp\s+xỉ|mạnh|nhẹ|tới|đến|by|of|nearly|about|over|more\s+than)\s+)*$"
)
_ANNUALLY = folded_pattern(r"\s*annually(?!\w)")
# "tốc độ tăng …": the rate of growth named as a noun
_RATE_BEFORE = folded_pattern(r"(?<!\w)tốc\s+độ\s+$")
# A heading over lines of signed growths in percent, and such a line's number ("Kim ngạch Xuất khẩu -12,95")
_SIGNED_GROWTH_HEADING = folded_pattern(r"\(\s*\+\s*tăng\s*/\s*-\s*giảm\s*\)[^()]*\(\s*%\s*\)\s*$")
_SIGNED_ITEM = re.compile(r"(?<=(?:[^\W\d]|\))\s)[+-]\d{1,3}(?:,\d{1,2})?\s*$")
# "The IIP decline was particularly sharp in several provinces …": the fall just said, referred back to
_CHANGE_REFERRED = folded_pattern(
    r"the\s+(?:[^\W\d]+\s+){0,3}?(?:(?P<down>decline|decrease|fall|drop)|(?P<up>rise|increase|growth))(?!\w)"
)
_CHANGE_SAID = {
    "down": folded_pattern(
        r"(?<!\w)(?:decrease|decline|fall|drop|down)\w*\s+(?:by\s+|of\s+)?\d[\d.,]*\s*(?:%|percent|per\s+cent)"
    ),
    "up": folded_pattern(
        r"(?<!\w)(?:increase|rise|grow|growth|up)\w*\s+(?:by\s+|of\s+)?\d[\d.,]*\s*(?:%|percent|per\s+cent)"
    ),
}
_FROM_RIGHT_AFTER = folded_pattern(r"\s+(?:from|từ)\s+(?:mức\s+)?")
_OR_MORE = folded_pattern(r"^\s*\(?\s*(?:trở\s+lên|or\s+more)(?!\w)")  # "1,750 tỷ USD (trở lên)": in brackets too
_OR_LESS = folded_pattern(r"^\s*trở\s+xuống")


class MeasureRules:
    """What a figure measures: a level, a growth and on what base, a change, a rate a year, a plan's share or
    excess; and the comparator printed beside it."""

    article: Article
    clause_figures: list[Figure]
    signed_growths: set[int]
    to_amount_after: re.Pattern[str]
    vocabulary: Vocabulary

    def _signed_growth_listed(self, sentence: Sentence) -> list[Figure]:
        """ "Một số chỉ tiêu chủ yếu tháng 10 năm 2020 (+ tăng/- giảm) so với cùng kỳ năm 2019 (%)", then a line
        each, "Kim ngạch Xuất khẩu -12,95": the number that ends a line under such a heading, with only other
        such lines between, is a growth in percent, printed with its sign."""
        text = self.article.text
        item = _SIGNED_ITEM.search(text, sentence.start, sentence.end)
        if item is None or sentence.is_title:
            return []
        body = self._body_before(sentence)
        while body and _SIGNED_ITEM.search(text, body[-1].start, body[-1].end):
            body.pop()
        if not body or not _SIGNED_GROWTH_HEADING.search(self.article.folded, body[-1].start, body[-1].end):
            return []
        self.signed_growths.add(item.start())
        printed = item.group().strip()
        reading = parse_published(f"{printed}%", "vi", self.vocabulary.reference)  # the loader's reading, sign and all
        return [Figure(item.start(), item.start() + len(printed), printed, reading.value, reading.unit)]

    def _index_restated_on_previous(self, figure: Figure) -> bool:
        """ "(IIP) tháng 10 đạt 102,8%, tăng hơn 2,8% so với tháng trước và đạt 111,4% so với cùng kỳ": an
        index with no base of its own, followed by the growth it makes on the period before, is that growth."""
        assert figure.value is not None
        following = next((f for f in self.clause_figures if f.start > figure.start), None)
        if following is None or following.value is None or following.unit is None or following.unit.code != "pct":
            return False
        folded = self.article.folded
        return abs(figure.value - 100) == abs(following.value) and bool(
            AFTER_PREVIOUS_PERIOD.match(folded, following.end)
        )

    def _respective_base(self, clause: Span, figure: Figure) -> int | None:
        """Where the base of this figure is printed, when the clause gave two bases before two figures
        "respective"ly ("respective month-on-month and year-on-year increases of 18.3% and 17.2%")."""
        folded = self.article.folded
        for bases in _RESPECTIVE_BASES.finditer(folded, clause.start, figure.start):
            between = folded[bases.end() : figure.start]
            if not between:
                return bases.start("first")
            if _SECOND_OF_TWO.fullmatch(between):
                return bases.start("second")
        return None

    def _base(self, on: re.Match[str], period: str) -> str | None:
        """What a growth printed against a named month or "the previous month" is on: "the period
        before", "a year earlier" (the same month of the year before), or None (another period)."""
        year, _, part = period.partition("-")
        if on.group("quarter") or on.group("vi_quarter"):
            if not part.startswith("Q"):
                return None
            if on.group("quarter"):
                quarter, base_year = _QUARTER_ORDINALS[on.group("quarter")], int(on.group("quarter_year"))
            else:
                quarter, base_year = _QUARTER_NUMBERS[on.group("vi_quarter")], int(on.group("vi_quarter_year"))
            own = int(part[1:])
            if quarter == own and base_year == int(year) - 1:
                return "a year earlier"  # "so với quý I/2018" for the first quarter of 2019
            before = (int(year) - (own == 1), (own - 2) % 4 + 1)
            return "the period before" if (base_year, quarter) == before else None
        named = on.group("number") or on.group("name")
        if named:
            if not part.startswith("M"):
                return None
            month, own = int(named) if named.isdigit() else MONTH_NAMES.index(named) + 1, int(part[1:])
            named_year = on.group("year") or on.group("name_year")  # "compared to December 2022" for January 2023
            base_year = int(named_year) if named_year else None
            if month == own and base_year == int(year) - 1:
                return "a year earlier"
            before = (int(year) - (own == 1), (own - 2) % 12 + 1)
            return "the period before" if (base_year or before[0], month) == before else None
        kind = (
            on.group("vi")
            or on.group("en")
            or on.group("on")
            or on.group("last")
            or on.group("earlier")
            or on.group("every")
        )
        wanted = BASE_PERIOD_KINDS[place_tones(kind)]
        return "the period before" if part and not part.startswith("YTD") and part.startswith(wanted) else None

    def _change_before_from_to(self, figure: Figure) -> bool:
        """ "Thai Nguyen plummeted to more than $400 million from $7.362 billion in the first quarter of last year to
        $6.951 billion": an amount right before the level a change started from and the one it came to is the
        change."""
        folded = self.article.folded
        following = [f for f in self.clause_figures if f.start >= figure.end]
        return bool(
            following
            and _FROM_RIGHT_AFTER.fullmatch(folded, figure.end, following[0].start)
            and self.to_amount_after.match(folded, following[0].end)
        )

    def _change_in_amount(self, cues: list[Mention], mentions: list[Mention], since: int, figure: Figure) -> bool:
        """An amount right after "tăng"/"giảm"/"up" (comparator words between at most), with no
        indicator named in between, is how much the level changed."""
        moves = [m for m in cues if m.kind in ("up", "down")]
        if not moves:
            return False
        subjects_after = [
            m for m in mentions if m.kind in SUBJECT_KINDS and since <= m.start and m.start > moves[-1].start
        ]
        between = self.article.folded[moves[-1].end : figure.start]
        return not subjects_after and bool(_ONLY_COMPARATOR_WORDS.match(between))

    def _plan_first(self, clause: Span, sentence: Sentence) -> bool:
        """ "However, compared to the annual plan, the total provincial industrial value reached only 90
        percent": the plan a percentage is of, said first, before a comma."""
        folded = self.article.folded
        for start in dict.fromkeys((clause.start, sentence.start)):
            opener = _PLAN_FIRST_OPENER.match(folded, start)
            said = AFTER_PLAN.match(folded, opener.end() if opener else start)
            if said and _PLAN_BASE.match(said.group()) and _PLAN_FIRST_TAIL.match(folded, said.end()):
                return True
        return False

    def _plan_before_the_cue(self, segment_start: int, figure: Figure) -> bool:
        """ "…, so cùng kỳ tăng 26,07%; so kế hoạch năm đạt 61,69%": the plan said right before the word that
        attains it, the percentage of that plan."""
        return bool(_PLAN_THEN_CUE.search(self.article.folded, segment_start, figure.start))

    def _previous_period_first(self, clause: Span, sentence: Sentence) -> re.Match[str] | None:
        """ "So với tháng trước, doanh thu … tháng 11 tăng 4,6%": the base said first, before a comma."""
        folded = self.article.folded
        for start in dict.fromkeys((clause.start, sentence.start)):
            said = AFTER_PREVIOUS_PERIOD.match(folded, start)
            if said and folded[said.end() : said.end() + 2].lstrip().startswith(","):
                return said
        return None

    def _previous_period_before_the_cue(self, segment_start: int, figure: Figure) -> re.Match[str] | None:
        """ "… ước đạt 4.400 tỷ đồng, so với tháng trước tăng 1,1% và tăng 9,0% so với cùng kỳ": the base said
        right before the growth word of its figure is the figure's."""
        folded = self.article.folded
        said = [m for m in AFTER_PREVIOUS_PERIOD.finditer(folded, segment_start, figure.start) if m.group().strip()]
        if said and _CUE_ALONE_AFTER_BASE.fullmatch(folded, said[-1].end(), figure.start):
            return said[-1]
        return None

    def _previous_period_of_the_whole(self, clause: Span, sentence: Sentence, after: str) -> re.Match[str] | None:
        """ "… giảm 5,65% so với tháng trước; trong đó, tổng mức bán lẻ … giảm 7,75%": a breakdown's growth
        with no base of its own is on the base the whole's growth was, where that was the period before
        alone."""
        folded = self.article.folded
        if not PART_OPENER.match(folded, clause.start) or AFTER_YEAR_EARLIER.match(after):
            return None
        whole = folded[sentence.start : clause.start]
        before = self._body_before(sentence)
        if clause.start == sentence.start and before:  # "… giảm 23,61% so với tháng trước. Trong đó, tổng mức bán
            whole = folded[before[-1].start : before[-1].end]  # lẻ … giảm 26,94%": the whole in the sentence before
        if AFTER_YEAR_EARLIER.search(whole):
            return None  # both bases said of the whole: which one the part's is, the text does not say
        said = [m for m in AFTER_PREVIOUS_PERIOD.finditer(whole) if m.group().strip()]
        return said[-1] if said else None

    def _change_referred_on_previous(self, sentence: Sentence, cue: str | None, after: str) -> re.Match[str] | None:
        """ "In February 2025, the IIP was estimated to decrease by 2.2 percent compared to January, but increase
        by 17.2 percent compared to the same period last year. … The IIP decline was particularly sharp in several
        provinces …; for instance, Quang Ngai saw a decrease of 14.9 percent, …": a sentence opening on "the
        decline" refers to the one said last, in the two sentences before; where that was on the period before,
        so are the falls it lists that print no base of their own."""
        folded = self.article.folded
        referred = _CHANGE_REFERRED.match(folded, sentence.start)
        if not referred or cue != ("down" if referred.group("down") else "up") or AFTER_YEAR_EARLIER.match(after):
            return None
        body = self._body_before(sentence)[-2:]
        if not body:
            return None
        said = list(_CHANGE_SAID[cue].finditer(folded, body[0].start, sentence.start))
        return AFTER_PREVIOUS_PERIOD.match(folded, said[-1].end()) if said else None

    def _previous_period_after_the_change_in(
        self, figure: Figure, following: re.Match[str] | None, mentions: list[Mention]
    ) -> re.Match[str] | None:
        """ "posted a 42.7% increase in export revenue over January": the base said after the indicator the
        change after the figure is in."""
        folded = self.article.folded
        said_in = CHANGE_IN.match(folded, figure.end + following.end()) if following else None
        named = said_in and next((m for m in mentions if m.kind == "indicator" and m.start == said_in.end()), None)
        return AFTER_PREVIOUS_PERIOD.match(folded, named.end) if named else None

    def _previous_period_of_the_places(self, sentence: Sentence, after: str) -> re.Match[str] | None:
        """ "… tình hình sản xuất công nghiệp tại nhiều địa phương đã có sự phục hồi nhanh so với tháng trước đó.
        Chỉ số … tháng 11 của Quảng Ninh ước tăng 19,17%; Thanh Hóa tăng 15,1%; …": the sentence just before, on
        several places it does not name, with no figure and on the period before alone, gives its base to the
        provinces' figures the next one lists without a base of their own."""
        folded = self.article.folded
        if AFTER_YEAR_EARLIER.match(after) or _BASE_SAID.search(folded, sentence.start, sentence.end):
            return None
        body = self._body_before(sentence)
        if not body:
            return None
        start, end = body[-1].start, body[-1].end
        if (
            not SEVERAL_PLACES.search(folded, start, end)
            or PERCENTAGE.search(folded, start, end)
            or AFTER_YEAR_EARLIER.search(folded, start, end)
        ):
            return None
        said = [m for m in AFTER_PREVIOUS_PERIOD.finditer(folded, start, end) if m.group().strip()]
        return said[-1] if len(said) == 1 else None

    def _annually_for_a_part(self, mention: PeriodMention | None, after: str, measure: str) -> bool:
        """ "up nearly 12 percent annually" for the first eight months: the wire's year-on-year, not a
        yearly rate, where the period is a part of a year and "annually" the only word for it."""
        part = mention is not None and mention.kind == "period" and "-" in (mention.code or "")
        return measure == "growth_pct" and part and bool(_ANNUALLY.match(after))

    def _rise_reaching(self, cues: list[Mention], figure: Figure) -> bool:
        """ "chỉ số phát triển công nghiệp tiếp tục tăng cao, đạt 10,98%": a rise said, then the small percentage it
        reached is the growth; an index of production stands near 100, so one under 50 is no index."""
        attained = max(m.start for m in cues if m.kind == "attain")
        small = figure.value is not None and figure.value < 50
        return small and any(m.kind == "up" and m.end <= attained for m in cues)

    def _rate_of_growth(self, cues: list[Mention]) -> bool:
        """The growth named as a noun before "đạt/reached": "tốc độ tăng trưởng … đạt 11,2%", "growth reached 5%",
        "tốc độ tăng giá trị sản xuất công nghiệp đạt 13,28%"."""
        attained = max(m.start for m in cues if m.kind == "attain")
        folded = self.article.folded
        named = [m for m in cues if m.kind == "up" and m.end <= attained]
        if not named:
            return False
        rate = _RATE_BEFORE.search(folded, max(0, named[-1].start - 12), named[-1].start)  # "tốc độ tăng … đạt 13,28%"
        return folded[named[-1].start : named[-1].end] in (fold("tăng trưởng"), "growth") or bool(rate)

    def _comparator(self, segment: str, after: str, measure: str) -> str:
        if _OR_MORE.match(after):
            return ">="
        if _OR_LESS.match(after):
            return "<="
        tail = self.vocabulary.mentions(segment, 0, len(segment))
        # "exceeded 2.4% of the plan": of a plan exceeded, "exceeded" says by how much, it bounds nothing
        excess = {(m.start, m.end) for m in tail if m.kind == "excess"} if measure == "plan_excess_pct" else set()
        # "has surpassed the 1 billion USD mark": "the" may stand between the comparator and a mark passed
        last = [
            m
            for m in tail
            if m.kind == "comparator" and segment[m.end :].strip() in ("", "the") and (m.start, m.end) not in excess
        ]
        return last[-1].value if last else "="
