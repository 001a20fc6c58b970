"""The rules for the status of a row: actual, estimate or target, and the plans a text speaks of."""

import re
from decimal import Decimal

from flows.extract.figures import Figure
from flows.extract.patterns import EXCEEDED_PLAN_BY, folded_pattern
from flows.extract.periods import PeriodMention, period_end, period_start
from flows.extract.rows import Extraction, Publication
from flows.extract.text import Article, Sentence, Span, fold, inside_brackets
from flows.extract.vocabulary import Mention, Vocabulary

STRONG_TARGET_WORDS = (
    "phấn đấu",
    "mục tiêu",
    "target",
    "targets",
    "aims",
    "aims at",
    "strives",
    "plans",
)
CONDITIONAL_ESTIMATE_WORDS = ("dự kiến", "expected", "projected")
# Verbs of aiming, which make a plan's share or excess said after them in their sentence a target too
AIMING_WORDS = ("phấn đấu", "aims", "aims at", "aim", "aiming", "aims for", "strives", "striving", "strive")
_PLAN_WORD_NEGATED = folded_pattern(r"(?:(?<!\w)(?:vượt|đạt|bằng|so\s+với|so|hoàn\s+thành|theo)|%)\s+(?:\S+\s+)?$")
# "The export turnover comfortably exceeds the year's target of $950 million": a plan exceeded is a yardstick
_EXCEEDED_PLAN_WORD = folded_pattern(
    r"(?<!\w)(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?)\s+(?:the\s+|its\s+)?(?:year's\s+|yearly\s+|annual\s+)?$"
)
# "Kết quả các chỉ tiêu đạt được quý I/2017: …": the indicators reached, results, not targets
_ACHIEVED_AFTER = folded_pattern(r"\s+(?:chủ\s+yếu\s+)?đạt\s+được(?!\w)")
# "2.73% higher than the target and 11.11% higher than a year earlier": a plan a figure is measured against
_COMPARED_WITH_PLAN_WORD = folded_pattern(r"(?<!\w)(?:higher|more|lower|less)\s+than\s+(?:the\s+|its\s+)?$")
# "equal to 16.3 percent of the annual target": a plan a figure is measured against, even for "target"
# "accounting for 57.4 percent according to year plan targets" too
_SHARE_OF_PLAN_WORD = folded_pattern(
    r"(?:%|percent|per\s+cent)\s+(?:of|according\s+to)\s+(?:the\s+|its\s+)?(?:\S+\s+){0,2}$"
)
# "vượt chỉ tiêu kế hoạch 5 năm 2006-2010": a plan of several years, not the period's own
_PLAN_OF_YEARS = folded_pattern(
    r"\s*(?:\d+\s+năm|(?:19|20)\d\d\s*[-\u2013]\s*(?:19|20)\d\d|(?:five|\d+)[\s-]year)(?!\w)"
)
_EXCEEDED_PLAN = folded_pattern(
    r"vượt\s+(?:chỉ\s+tiêu\s+|mức\s+)?(?:kế\s+hoạch|kh|chỉ\s+tiêu)(?!\w)|exceed(?:ed|ing|s)?\s+(?:the\s+)?(?:plan|target)"
)
# "tỉnh có nhiều khả năng đạt và vượt chỉ tiêu …": a plan the province is likely to exceed, not exceeded yet
_LIKELY_TO = folded_pattern(r"(?<!\w)có(?:\s+nhiều)?\s+khả\s+năng(?:\s+để)?(?:\s+đạt(?:\s+được)?\s+và)?\s+$")
# "Giá trị sản xuất công nghiệp tăng 9,1%, không đạt KH đề ra": the plan missed, by 0 % or more ("… tổng kim
# ngạch xuất khẩu của tỉnh năm 2013 không đạt so với dự kiến": the plan said as what was expected)
_MISSED_PLAN = folded_pattern(
    r"(?<!\w)(?:không|chưa)\s+(?:đạt|hoàn\s+thành)\s+(?:chỉ\s+tiêu\s+)?(?:kế\s+hoạch|kh|so\s+với\s+dự\s+kiến)(?!\w)"
)
# "tỉnh đặt mục tiêu cụ thể: …": a list of targets, that runs on to the end of its paragraph
_TARGETS_LISTED = folded_pattern(r"(?<!\w)(?:mục\s+tiêu|chỉ\s+tiêu)(?:\s+[^\W\d]+){0,3}\s*:")
# A report's heading line of a year's plan, "1. Chỉ tiêu kế hoạch năm 2020", and any numbered heading line after it
_PLAN_HEADING = folded_pattern(
    r"^[ \t]*(?:(?:\d+|[ivx]+)\.[ \t]*)?(?:(?:các[ \t]+)?chỉ[ \t]+tiêu[ \t]+)?(?:kế[ \t]+hoạch|mục[ \t]+tiêu)"
    r"[ \t]+năm[ \t]+(?P<year>(?:19|20)\d\d)[ \t]*:?[ \t]*$"
)
_NUMBERED_HEADING = folded_pattern(r"^[ \t]*(?:\d+|[ivx]+)\.[ \t]*[^\W\d]")
# "tỉnh đặt mục tiêu …", "phấn đấu …": targets set, which the sentence after may go on with
_TARGETS_SET = folded_pattern(r"(?<!\w)(?:(?:đặt|đề\s+ra)\s+(?:ra\s+)?mục\s+tiêu|phấn\s+đấu)(?!\w)")
# "… một số chỉ tiêu kinh tế quan trọng Kon Tum phấn đấu thực hiện trong năm 2014. Cụ thể: … kim ngạch xuất khẩu
# đạt 86 triệu USD": the targets announced, then spelt out in the sentence after
_SPELT_OUT = folded_pattern(r"\s*(?:cụ\s+thể|specifically)\s*[:,]")
# "Export turnover will reach 560 million USD", "Dong Thap is set to earn 1.7 billion USD": said ahead of
# a period, the figure is what the province sets out to reach
_FUTURE_WORDS = folded_pattern(r"(?<!\w)(?:will|(?:is|are|has|have|was|were|been)\s+set\s+to)(?!\w)")
# "the current urgent need is to boost official key exports and bring export revenue to 1.2 billion USD in 2025":
# what a need or a task is to do, said ahead of its period, is a plan too
_TASK_IS_TO = folded_pattern(r"(?<!\w)(?:need|task|goal|aim|objective)s?\s+(?:is|are|was|were)\s+to(?!\w)")
# "the industrial production indexes are forecast to recover …, and exports will maintain an increase of over 26
# percent": what is foreseen, not what the province sets out to reach
_FORECAST = folded_pattern(r"(?<!\w)(?:forecast(?:s|ed)?|dự\s+báo)(?!\w)")
# "cả 3 chỉ tiêu:", "các chỉ tiêu chủ yếu:": the indicators a report goes on to list, not plans
_COUNTED_INDICATORS = folded_pattern(r"(?<!\w)(?:\d+|các|những|cả)\s+$")
_LIST_OPENS = folded_pattern(r"\s*(?:(?:chủ\s+yếu|chính|cơ\s+bản)\s*)?:")
# "các chỉ tiêu của ngành đều tăng so với cùng kỳ": indicators that grew on a base, which a plan does not
# ("các chỉ tiêu về công nghiệp, thương mại đều tăng trưởng so cùng kỳ": their fields listed, "tăng trưởng")
_INDICATORS_GREW = folded_pattern(
    r"(?:,?\s+[^\W\d]+){0,6}?\s+(?:đều\s+)?(?:tăng|giảm)(?:\s+trưởng)?\s+so(?:\s+với)?(?!\w)"
)
# A sentence that opens on the figure just said: what follows from a target is a target too
_BUILT_ON_THE_FIGURE = folded_pattern(
    r"\s*(?:with|if\s+achieved|if\s+reached|với|nếu\s+đạt(?:\s+được)?)\s+(?:this|that|these|con\s+số|mục\s+tiêu|kết\s+quả)"
    r"(?:\s+(?:figure|target|result|này|đó|trên))?\s*,"
)


class StatusRules:
    """Whether a figure is actual, an estimate or a target: plan words, targets listed or set, figures said
    ahead of their period, and plans said exceeded or missed with no figure."""

    article: Article
    clause_figures: list[Figure]
    kind: str
    last_period: str | None
    periods: dict[Sentence, list[PeriodMention]]
    plan_heading_years: dict[int, str | None]
    province: str | None
    published: Publication
    result: Extraction
    vocabulary: Vocabulary

    def _read_exceeded_plan(
        self, sentence: Sentence, clause: Span, mentions: list[Mention], periods: list[PeriodMention]
    ) -> None:
        """ "vượt chỉ tiêu kế hoạch đề ra" with no figure: the plan was exceeded, by 0 % or more; "không đạt KH
        đề ra": it was missed (`<=` 0)."""
        said = [(m, ">=") for m in _EXCEEDED_PLAN.finditer(self.article.folded, clause.start, clause.end)]
        said += [(m, "<=") for m in _MISSED_PLAN.finditer(self.article.folded, clause.start, clause.end)]
        for match, comparator in said:
            if any(
                EXCEEDED_PLAN_BY.fullmatch(self.article.folded, match.start(), f.start) for f in self.clause_figures
            ):
                continue  # "vượt kế hoạch đề ra 27,3%": read with its figure
            if _LIKELY_TO.search(self.article.folded, clause.start, match.start()):
                self._skip(
                    sentence,
                    self.article.text[match.start() : match.end()],
                    match.start(),
                    "a plan likely to be exceeded, not exceeded yet",
                )
                continue
            if _PLAN_OF_YEARS.match(self.article.folded, match.end()):
                self._skip(
                    sentence,
                    self.article.text[match.start() : match.end()],
                    match.start(),
                    "a plan of several years exceeded, not the period's",
                )
                continue
            spot = Figure(match.start(), match.end(), self.article.text[match.start() : match.end()], None, None)
            subject = self._subject(clause, spot, mentions) or self._indicator_of_the_plan(match, mentions)
            mention = self._period_for(clause, spot, sentence, periods)
            period = self._resolve(mention) if mention else self.last_period
            if subject is None or subject.kind != "indicator" or period is None or self.province is None:
                self._skip(sentence, spot.printed, spot.start, "a plan exceeded, but of what or when is not clear")
                continue
            before = [m for m in mentions if m.end <= spot.start]
            status = self._status("plan_excess_pct", False, before, clause, sentence, period)
            self._propose(
                sentence, clause, spot.start, subject.value, period, "plan_excess_pct", status, comparator,
                Decimal(0), "pct", self._price_basis(before, sentence), "", self.province,
            )  # fmt: skip

    def _indicator_of_the_plan(self, plan: re.Match[str], mentions: list[Mention]) -> Mention | None:
        """ "Năm 2010, Yên Bái hoàn thành vượt mức chỉ tiêu kim ngạch xuất khẩu": the indicator whose plan was
        exceeded, named right after the plan word where none comes before it."""
        folded = self.article.folded
        return next(
            (
                m
                for m in mentions
                if m.kind == "indicator" and m.start >= plan.end() and not folded[plan.end() : m.start].strip()
            ),
            None,
        )

    def _plan_heading_year(self, sentence: Sentence) -> str | None:
        """The year of a plan whose heading line is the last numbered heading above the sentence ("1. Chỉ tiêu kế
        hoạch năm 2020", then "- Giá trị sản xuất công nghiệp: … 803.300 tỷ đồng"): its items are that year's targets."""
        # Asked for every figure, but it depends only on the line the sentence starts on: scanned once a line
        folded = self.article.folded
        line_start = folded.rfind("\n", 0, sentence.start) + 1
        if line_start not in self.plan_heading_years:
            self.plan_heading_years[line_start] = self._heading_year_above(folded[:line_start])
        return self.plan_heading_years[line_start]

    @staticmethod
    def _heading_year_above(above: str) -> str | None:
        for line in reversed(above.split("\n")):
            plan = _PLAN_HEADING.match(line)
            if plan:
                return plan.group("year")
            if _NUMBERED_HEADING.match(line):
                return None
        return None

    def _targets_listed_before(self, sentence: Sentence) -> bool:
        """A list of targets opened earlier in the paragraph ("Về cơ cấu kinh tế, tỉnh đặt mục tiêu cụ thể:
        Nông - lâm - thủy sản chiếm 33,27%; …. Giá trị sản xuất công nghiệp tăng 10% so với năm 2024; …"):
        its items after the first sentence are targets too."""
        folded = self.article.folded
        paragraph = folded.rfind("\n", 0, sentence.start) + 1
        return bool(_TARGETS_LISTED.search(folded, paragraph, sentence.start))

    def _status(
        self, measure: str, plan_growth: bool, before: list[Mention], clause: Span, sentence: Sentence, period: str
    ) -> str:
        folded = self.article.folded
        in_clause = [m for m in before if m.start >= clause.start]
        if plan_growth:
            return "target"
        last = self.result.rows[-1] if self.result.rows else None
        if last is not None and last.status == "target" and _BUILT_ON_THE_FIGURE.match(folded, sentence.start):
            return "target"  # "… is aiming at 218 million USD …. With this figure, … in the first half will …"
        if measure in ("plan_share_pct", "plan_excess_pct") and any(  # the level's, where its sentence gave the level
            (row.measure, row.status, row.period) == ("level", "target", period) and row.position >= sentence.start
            for row in self.result.rows
        ):
            return "target"  # "mục tiêu phấn đấu đến hết quý II … đạt 2.150 triệu USD, … và đạt 51,19% kế hoạch năm"
        if measure in ("plan_share_pct", "plan_excess_pct") and any(
            m.kind == "target" and m.start >= sentence.start and folded[m.start : m.end] in AIMING_WORDS for m in before
        ):  # "Tiền Giang is aiming to achieve … $3.6 billion, … and exceeding 7.46 per cent of the 2022 plan."
            return "target"  # "aims to have US$3.6 billion …, exceeding the plan for 2022 by 7.46 per cent" too
        if measure not in ("plan_excess_pct", "plan_attainment_pct", "plan_share_pct"):
            if any(
                m.kind == "anaphor" and m.value == "goal" and not folded[sentence.start : m.start].strip()
                for m in before
            ):
                return "target"  # "The goal for this year was set at 21 trillion VND": the plan of the last indicator
            for mention in before:
                if mention.kind != "target" or mention.start < sentence.start:
                    continue
                word = folded[mention.start : mention.end]
                strong = word in STRONG_TARGET_WORDS
                negated = _PLAN_WORD_NEGATED.search(folded[max(sentence.start, mention.start - 25) : mention.start])
                bracketed = inside_brackets(folded, sentence.start, mention.start)
                if _SHARE_OF_PLAN_WORD.search(folded[max(sentence.start, mention.start - 45) : mention.start]):
                    continue
                if _COMPARED_WITH_PLAN_WORD.search(folded[max(sentence.start, mention.start - 30) : mention.start]):
                    continue
                if _EXCEEDED_PLAN_WORD.search(folded[max(sentence.start, mention.start - 30) : mention.start]):
                    continue
                if self._names_an_indicator(mention, before):
                    continue
                if _ACHIEVED_AFTER.match(folded, mention.end):
                    continue
                if strong or (mention.start >= clause.start and not negated and not bracketed):
                    return "target"
        estimates = [folded[m.start : m.end] for m in in_clause if m.kind == "estimate"]
        if estimates:
            if estimates[-1] in CONDITIONAL_ESTIMATE_WORDS and self._barely_begun(period):
                return "target"
            # a yearbook's "ước tính" is the office's own figure as the year closed: its figures are actual
            return "actual" if self.kind == "yearbook" else "estimate"
        if self.kind == "yearbook":
            return "actual"
        ended = period_end(period)  # less than a year before publication: provisional
        a_year_on = (
            ended.replace(year=ended.year + 1, day=28)
            if (ended.month, ended.day) == (2, 29)
            else ended.replace(year=ended.year + 1)
        )
        return "estimate" if self.published.first_day < a_year_on else "actual"

    def _names_an_indicator(self, word: Mention, before: list[Mention]) -> bool:
        """ "Chỉ tiêu giá trị sản xuất công nghiệp … ước đạt trên 21%/năm": "chỉ tiêu" right before an
        indicator's name, said of with "ước", is the word for an indicator, not a plan."""
        folded = self.article.folded
        if folded[word.start : word.end] != fold("chỉ tiêu"):
            return False
        if _COUNTED_INDICATORS.search(folded, max(0, word.start - 12), word.start) and _LIST_OPENS.match(
            folded, word.end
        ):
            return True  # "Toàn ngành đã đạt kết quả … trên cả 3 chỉ tiêu: Giá trị sản xuất công nghiệp đạt …"
        if _COUNTED_INDICATORS.search(folded, max(0, word.start - 12), word.start) and _INDICATORS_GREW.match(
            folded, word.end
        ):
            return True  # "các chỉ tiêu của ngành đều tăng so với cùng kỳ, trong đó chỉ số sản xuất … tăng 12,43%"
        named = any(m.kind == "indicator" and not folded[word.end : m.start].strip() for m in before)
        return named and any(m.kind == "estimate" and m.start > word.end for m in before)

    def _plan_year(self) -> str | None:
        """The year a plan naming no period is for: the publication's, where it is dated in January
        to November (a plan published in December may be for the year after)."""
        month_known = self.published.gives_month and self.published.first_day.month < 12
        return str(self.published.first_day.year) if month_known else None

    def _said_ahead(self, sentence: Sentence, figure: Figure, period: str) -> bool:
        """An English figure said in the future ("will reach", "is set to earn") of a period less
        than half of which had passed: a plan, not a forecast."""
        if self.vocabulary.language != "en" or not (
            _FUTURE_WORDS.search(self.article.folded, sentence.start, figure.start)
            or _TASK_IS_TO.search(self.article.folded, sentence.start, figure.start)
        ):
            return False
        if _FORECAST.search(self.article.folded, sentence.start, figure.start):
            return False  # "… are forecast to recover …, and exports will maintain an increase of over 26 percent"
        start, end = period_start(period), period_end(period)
        return (self.published.last_day - start) * 2 <= end - start

    def _targets_going_on(self, sentence: Sentence, before: list[Mention], period: str) -> bool:
        """ "Được biết, năm 2023, tỉnh Thanh Hóa đặt mục tiêu chỉ số sản xuất công nghiệp tăng 17% trở lên. Giá trị
        sản xuất công nghiệp đạt 200 nghìn tỷ đồng, tăng 9% so với năm 2022.": the sentence right after the targets
        of a year not over at publication, in their paragraph, naming no period nor estimate of its own, goes on
        with them."""
        body = self._body_before(sentence)
        if not body or "\n" in self.article.text[body[-1].end : sentence.start]:
            return False
        if any(m.kind == "estimate" for m in before if m.start >= sentence.start):
            return False
        if any(m.kind == "period" for m in self.periods[sentence]) or self.published.last_day > period_end(period):
            return False
        if not _TARGETS_SET.search(self.article.folded, body[-1].start, body[-1].end):
            return False
        targets = [r for r in self.result.rows if body[-1].start <= r.position < body[-1].end]
        if not targets:  # targets announced with no figure, then listed after "Cụ thể:"
            return bool(_SPELT_OUT.match(self.article.folded, sentence.start))
        return all(r.status == "target" and r.period == period for r in targets)

    def _barely_begun(self, period: str) -> bool:
        """A figure "expected" for a period of which a sixth or less had passed is a plan (a date
        given as a month or a year alone counts from its last day)."""
        start, end = period_start(period), period_end(period)
        return (self.published.last_day - start) * 6 <= end - start
