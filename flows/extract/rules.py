"""The rules that turn a printed figure into a proposed row, or say why not (docs/extract.md).

For each figure, in its clause (the sentence between semicolons):
- indicator: the phrase of the vocabulary nearest before it ("kim ngạch xuất khẩu"), else in an
  earlier clause of the sentence, else the one the sentence before ended on where only periods
  and connecting words lead to the figure ("Lũy kế 10 tháng đạt …"); in English also
  "… in industrial production value" right after it; "the figure" is the indicator proposed
  last; a report's heading line ("1.1. Giá trị sản xuất công nghiệp:") for the items under it.
  A nearer phrase of another indicator (imports, GRDP), of a part (a sub-industry, a
  sector, "trừ dầu thô"; also a sector before the indicator with a colon or "Trong đó"), a
  national marker in the clause, or another province as the nearest place named sends the
  figure to review, and so do the sentences after a national figure until one names a place;
- measure: an amount is a level (not a change "by X to Y", nor the level "from X to Y"); a
  percentage is growth after "tăng"/"giảm" (negative), before "rise", beside a growth it is
  coordinated with, or a province's in a ranking ("topped the list with …, followed by …");
  growth on the period before where it is "so với (thực hiện) tháng trước" (after it, before
  its bracket, or opening the clause) or the month just before; a printed minus is its own; average growth over a span after "bình quân"
  or as "%/năm"; plan excess before "kế hoạch" after "vượt"/"tăng", plan attainment before
  "kế hoạch" otherwise, a share of the year's plan for a part of a year; the plan's growth
  right after "kế hoạch năm"; an index after "đạt" for the IIP or before "so với cùng kỳ";
- period: the one named right after it, else nearest before it in the clause, else just after
  it (a running total's months after it make it their last month's), else earlier in the
  sentence, else the last one named before (not a plan's year, nor a year inside "so với …",
  nor a plan's year after it where one was named before); a missing year is the last
  year named, else the publication's; a plan naming none is for the publication's year;
- status: target after a plan word, estimate after "ước"/"dự kiến" ("expected" for a period
  that had just begun is a plan; in English "will"/"is set to" for one less than half over), else estimate for a period that ended less than a year before
  publication and actual for an older one or in a yearbook;
- comparator: the word right before the number ("trên", "gần") or "trở lên" right after it;
- province: with no --province, the one named nearest before the figure in its clause, with the
  list it ends ("Bắc Ninh, Hải Dương và Đồng Nai cùng tăng 8,1%": one row each), its turn in a
  list with "lần lượt/respectively", or a list right after it ("tăng trên 14% gồm Lai Châu, …"),
  or named right after "với X," ("với 76,44 tỷ USD, Bắc Ninh …"); the one the sentence before
  named, referred to as "this locality", "the latter", "địa phương này"; for a bound several
  places share ("11 provinces … more than 1 billion USD"), the list named in the sentences soon
  after; else the province the text names most. With --province, only its figures.

Headlines and captions are read after the body, for the figures it does not give.

`ArticleReader` reads the article and makes the decision; the rules for each field are its mixins:
flows/extract/subjects.py (indicator), places.py (province), period_rules.py (period), measures.py
(measure, comparator) and statuses.py (status, plans).
"""

import re
from decimal import Decimal
from functools import cache

from flows.extract.figures import Figure, find_figures
from flows.extract.measures import MeasureRules
from flows.extract.patterns import (
    AFTER_PLAN,
    AFTER_PREVIOUS_PERIOD,
    AFTER_YEAR_EARLIER,
    CONNECTING_WORDS,
    EXCEEDED_PLAN_BY,
    FROM_BEFORE,
    PRODUCTION,
    YEARS_PLAN_AFTER,
    folded_pattern,
)
from flows.extract.period_rules import PeriodRules
from flows.extract.periods import PeriodMention, period_mentions, period_start
from flows.extract.places import PlaceRules
from flows.extract.rows import Extraction, Publication, Row, SharedFigure, Skipped
from flows.extract.statuses import StatusRules
from flows.extract.subjects import SubjectRules
from flows.extract.text import Article, Sentence, Span, fold
from flows.extract.vocabulary import Mention, Vocabulary
from flows.published_numbers import read_published

INDUSTRY_INDICATORS = ("industrial_production_index", "industrial_output_value")
# "rises by more than 23% over 2017", "16.14% over the same period in 2021", "so với cùng kỳ năm 2019": the year
# of the base, which for a growth on a year earlier is the one before the figure's
_BASE_YEAR_NAMED = folded_pattern(
    r"\s*(?:over|against|from|compared\s+(?:to|with)|so\s+với|so)\s+(?:the\s+same\s+(?:period|time)\s+(?:in|of)\s+"
    r"|(?:tháng\s+)?cùng\s+kỳ\s+(?:năm\s+)?|năm\s+)?(?P<year>(?:19|20)\d\d)(?![\d/-])"
)
# "8,090 billion VND in industrial production value, up 2.38% against 2012": the growth right after a level, on a
# named year (no other number between)
_GROWTH_ON_A_YEAR_AFTER = folded_pattern(
    r"[^;\d]{0,60}?\d+(?:[.,]\d+)?\s*(?:%|percent|per\s+cent)\s+(?:over|against|compared\s+(?:to|with)|so\s+với)\s+"
    r"(?:năm\s+)?(?P<year>(?:19|20)\d\d)(?![\d/-])"
)
_CUE_AFTER = folded_pattern(
    r"\s*(?:(?:year[\s-])?on[\s-]year\s+)?(?:(?P<up>rise|increase|growth|jump|gain|hike|expansion|surge)|(?P<down>decrease|drop|fall|decline))(?!\w)"
    # "11.11% higher than a year earlier", "13.7% more than in 2021" (for 2022), "1.45 percent higher than the same time
    # last year": growth on a year before
    r"|\s*(?:(?P<higher>higher|more)|(?P<lower>lower|less))\s+than\s+(?:a\s+year\s+(?:earlier|before|ago)|last\s+year"
    r"|the\s+same\s+(?:period|time)|(?:(?:in|that\s+of)\s+)?(?P<than_year>(?:19|20)\d\d)|(?:that\s+of\s+)?the\s+(?:previous|preceding)\s+(?:month|quarter))(?!\w)"
)
# A part of the year's figure that brings the year's total to an amount: that amount is the year's
_TOTAL_BROUGHT_TO = folded_pattern(
    r"(?:(?<!\w)(?:bring|brings|bringing|raise|raising|lift|lifting)\s+the\s+(?:total|year's|annual)[^,;]{0,50}\s+to"
    r"|(?<!\w)nâng\s+tổng[^,;]{0,50}\s+lên)\s+(?:about\s+|around\s+|khoảng\s+)?$"
)
_BASE_BEFORE_BRACKET = folded_pattern(r"(?<!\w)so(?:\s+với)?\s+[^()%]{1,30}\(\s*$")
# "meeting 81.5% and 84.4% of the yearly plan": the second of two percentages, the plan after it both's
_AND_PERCENTAGE = folded_pattern(r"\s+and\s+\d[\d.,]*\s*(?:%|percent(?!\w)|per\s+cent(?!\w))")
# "x% higher than the yearly target", "cao hơn x% so với kế hoạch" is said before: a plan exceeded by x%
# "13% higher than planned" too
_ABOVE_PLAN_AFTER = folded_pattern(
    r"\s*(?:higher|more|above)\s+than\s+(?:(?:the\s+|its\s+)?(?:year's\s+|yearly\s+|annual\s+)?(?:plan|target)|planned)(?!\w)"
)
# "In the third quarter alone, the province's GRDP …": a part singled out of the period spoken of, which the
# sentences after it go on with
_ALONE_AFTER = folded_pattern(r"\s+alone(?!\w)")
_PART_PLAN = folded_pattern(
    r"\s*\)?\s*(?:so\s+với\s+|so\s+|of\s+the\s+)?(?:(?:kế\s+hoạch|kh|chỉ\s+tiêu)\s+(?:quý|tháng|\d+\s+tháng)"
    r"|(?:quarterly|monthly|quarter's|month's)\s+(?:plan|target))"
)
# "đạt 16,48% năm và tăng 7,8% cùng kỳ", "bằng 100,12% năm;": a share reached of the year, its plan word left out
_OF_THE_YEAR_AFTER = folded_pattern(r"\s*năm(?=\s*(?:[;,.)]|và(?!\w)))")
_PLAN_GROWTH_BEFORE = folded_pattern(
    r"(?:kế\s+hoạch|chỉ\s+tiêu)(?:\s+đề\s+ra)?(?:\s+(?:năm|đầu\s+năm))?(?:\s+(?:19|20)\d\d)?(?:\s+là)?\s*$"
    # "Industrial production value grew 9.2% (the plan rose 10%, …)": the plan's growth set beside the figure
    r"|\(\s*the\s+plan(?:\s*:|\s+(?:rose|up|grew|increased)(?:\s+by)?)?\s*$"
)
# "ước tăng 7,81%, thấp hơn so với kế hoạch đề ra (9%)", "tăng 13,43% (kế hoạch +15%)", "only 4.31% (planned at
# 5.26%)": the plan's own growth, bracketed or signed beside the figure, for the figure's period
_PLAN_GROWTH_BESIDE = folded_pattern(
    r"(?:kế\s+hoạch|chỉ\s+tiêu)(?:\s+đề\s+ra)?\s*(?:\(\s*\+?|\+)\s*$|\(\s*(?:planned|targeted)(?:\s+at)?\s*$"
)
_CONVERSION_OPEN = folded_pattern(r"^\s*\(\s*(?:about|khoảng|tương\s+đương|equivalent\s+to|approximately)?\s*$")
# "9%/năm", "8% a year" (in the figure's unit words), "mỗi năm" after it: a yearly rate
_PER_YEAR_PRINTED = folded_pattern(r"(?:/\s*năm|\s(?:a|per)\s+year)$")
# "tăng 3,28% so với Nghị quyết số 76-NQ/TU": on a resolution's figure, not on a period
_AFTER_RESOLUTION = folded_pattern(r"\s*(?:so\s+với|so)\s+(?:chỉ\s+tiêu\s+)?nghị\s+quyết(?!\w)")
# "bằng 82,27% so với kịch bản tăng trưởng năm 2020": of a growth scenario, neither a plan nor a growth
_AFTER_SCENARIO = folded_pattern(r"\s*(?:(?:so\s+với|so)\s+)?kịch\s+bản(?!\w)")
# "… tăng 12,04% so với" ending the stored text: the base the growth is against is cut off
# "… down 10.54% compared to the previou", the page's last words: so is an English base cut off mid-word (a whole
# "previous", "same" or "last" with a word after it is a base said)
_BASE_CUT_OFF = folded_pattern(
    r"\s*(?:so\s+với|so|compared\s+(?:to|with)|against)\s*"
    r"|\s*(?:compared\s+(?:to|with)|against)\s+(?:the\s+)?(?!(?:previous|same|last|prior)\s)[^\W\d]{1,8}\s*"
)
# Trade cleared by the province's customs or through its border gates, and the local goods' own exports
_THROUGH_CUSTOMS = folded_pattern(r"(?<!\w)(?:hải\s+quan|cửa\s+khẩu|qua\s+địa\s+bàn)(?!\w)")
_LOCAL_GOODS_EXPORTS = folded_pattern(
    r"(?<!\w)(?:xuất\s+khẩu\s+hàng(?:\s+hóa)?\s+(?:của\s+)?địa\s+phương|hàng\s+xuất\s+khẩu\s+(?:của\s+)?địa\s+phương)(?!\w)"
)
# The level of an earlier year set beside a level: "đạt 12.329 tỷ đồng (năm 2011 là 4.359 tỷ đồng)"
_BASE_LEVEL_OPEN = folded_pattern(r"^\s*\(\s*(?:năm|cùng\s+kỳ(?:\s+năm)?)\s+(?:19|20)\d\d\s*(?:là|đạt|:)?\s*$")
_AVERAGE_ANNUAL = folded_pattern(r"(?<!\w)average\s+annual(?!\w)")
# "In 2016-2020, annually, … rose by an average of 18.15%; … climbed by 12.41%", "a year on year growth of 29% in
# the 2016-2020 period": a growth over a span its sentence says a year before it is a rate a year, an average
_PER_YEAR_BEFORE = folded_pattern(r"(?<!\w)(?:annually|annuali[sz]ed|year[\s-]on[\s-]year|hằng\s+năm|hàng\s+năm)(?!\w)")
_PER_YEAR_AFTER = folded_pattern(r"\s*(?:/\s*năm|mỗi\s+năm|(?:a|per|each)\s+year|per\s+annum|annually)(?!\w)")
# "expanded 15.52 percent a year on average": the average said after the rate
_ON_AVERAGE_AFTER = folded_pattern(r"\s*on\s+average(?!\w)")
# "rising by 10.3% a year on average, 2.4% higher than the target growth of 7.9%": the plan's own rate
_TARGET_GROWTH_BEFORE = folded_pattern(r"(?<!\w)(?:target|targeted|planned)\s+growth(?:\s+rate)?\s+(?:of\s+)?$")
_PLAN_BEFORE = folded_pattern(r"(?:kế\s+hoạch|kh|nhiệm\s+vụ|mục\s+tiêu|chỉ\s+tiêu)\s*$")
# "bằng 110,5% dự toán Trung ương giao thu ngân sách cả năm 2025": a share of a plan whose name ends on its year
_SHARE_OF_A_PLAN_BEFORE = folded_pattern(
    r"\d\s*%\s+(?:so\s+(?:với\s+)?)?(?:kế\s+hoạch|dự\s+toán|mục\s+tiêu|chỉ\s+tiêu)(?:\s+[^\W\d]+){1,10}\s+$"
)
# "Sở dĩ tháng 9 tăng cao … là do tháng 9/2021 toàn tỉnh đang giãn cách": the time of a cause, not the report's
# "This was due to the Lunar New Year being entirely in February 2024": in English, a few words between
# ("thanks to the experience gained during the long social distancing period in 2021" too)
_CAUSE_BEFORE = folded_pattern(
    r"(?<!\w)(?:(?:do|vì|bởi|because\s+of|due\s+to)\s+(?:(?:từ|trong|in|since)\s+)?"
    r"|(?:because\s+of|due\s+to|owing\s+to|thanks\s+to)\s+(?:[^\W\d]+\s+){1,10})$"
)


def _said_as_a_cause(folded: str, sentence_start: int, at: int) -> bool:
    """Whether the period at `at` is named as the time of a cause, within its sentence."""
    return bool(_CAUSE_BEFORE.search(folded, max(sentence_start, at - 80), at))


# a plan word right before an amount: the amount is the plan's, whatever word comes before ("vượt kế hoạch 900 triệu")
_PLAN_AMOUNT_BEFORE = folded_pattern(
    r"(?<!\w)(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu)(?:\s+(?:năm|đề\s+ra|là))*(?:\s+(?:19|20)\d\d)?(?:\s+là)?\s*$"
    # "đạt và vượt chỉ tiêu kim ngạch xuất khẩu trong năm 2016 là 400 triệu USD": the plan named, then what it is
    r"|(?<!\w)(?:chỉ\s+tiêu|mục\s+tiêu)(?:\s+[^\W\d]+){1,8}\s+(?:19|20)\d\d\s+là\s*$"
)
# "đạt 62,7% so kế hoạch (130 triệu USD)", "15.47 percent of the local yearly target of 1.5 billion USD":
# the amount of the year's plan, in a sentence on a part of the year
_YEAR_PLAN_AMOUNT_BEFORE = folded_pattern(
    r"(?:(?<!\w)(?:kế\s+hoạch|kh|chỉ\s+tiêu)(?:\s+năm)?\s*\(|(?:yearly|annual|year's)\s+(?:target|plan)\s+of)\s*$"
)
# "Sản xuất công nghiệp trong tháng 10 tăng trưởng ổn định với giá trị sản xuất ước đạt trên 5.700 tỷ đồng":
# a bare production value after industry's production is industry's
# "TP HCM tiếp tục dẫn đầu khu vực Đông Nam Bộ về kim ngạch với 23,6 tỷ USD": the region a province ranks in,
# not the region's own figure
_RANK_BEFORE = folded_pattern(r"(?<!\w)(?:dẫn\s+đầu|đứng\s+đầu|(?:cao|lớn|nhiều)\s+nhất)(?:\s+(?:của|trong|ở))?\s+$")
_ITS_PRODUCTION_VALUE = folded_pattern(
    r"(?<!\w)giá\s+trị\s+sản\s+xuất(?=\s+(?:ước\s+|ước\s+tính\s+|dự\s+kiến\s+)?(?:đạt|tăng|là)(?!\w))"
)
# "thực hiện 41.900 tỷ đồng": an amount in đồng, which only industry's production value is
_AMOUNT_IN_DONG = folded_pattern(r"\d\s*(?:nghìn\s+tỷ|ngàn\s+tỷ|tỷ|triệu)\s+(?:đồng|vnđ|vnd)(?!\w)")
# "đạt mốc XK trên 10 tỷ USD", "vượt ngưỡng", "the $1 billion mark": a milestone passed
_A_MARK = folded_pattern(r"(?<!\w)(?:mốc|ngưỡng|milestone|mark)(?!\w)")
# a place named after a national marker that makes its sentence the province's: not "địa phương", "localities"
_ONE_PLACE = {fold("tỉnh"), fold("toàn tỉnh"), fold("trên địa bàn"), "province", "provincial", "locality"}
_BARE_INDEX = "production index"  # the IIP, unless a part named before it in its sentence is what it is of
# "kim ngạch xuất khẩu chưa đạt 50% so với kế hoạch": a mark the figure falls short of, not the figure
_NOT_REACHED = folded_pattern(
    r"(?<!\w)(?:chưa|không)\s+(?:đạt|bằng)(?:\s+(?:được|mức))?\s*$|not\s+yet\s+(?:reached|hit)\s*$"
)
# "Đây là một tín hiệu khả quan để Cà Mau xuất khẩu vượt 1 tỷ USD trong năm 2024": a mark a good sign opens the way
# to, a prospect, not a figure reached (a plan named there is read as the plan: "… cơ sở để … vượt kế hoạch 900 …")
_PROSPECT_BEFORE = folded_pattern(
    r"(?<!\w)(?:tín\s+hiệu|tiền\s+đề|cơ\s+sở)(?:\s+[^\W\d]+){0,3}\s+để\s+(?:(?!kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu)[^\d,;:()])*$"
)
_TOGETHER = folded_pattern(r"\s*(?:between\s+them|combined|together)(?!\w)")
# "Tổng giá trị kim ngạch xuất khẩu của 6 địa phương nêu trên đạt 110,959 tỷ USD": several places' total
_TOTAL_OF_PLACES = folded_pattern(
    r"(?<!\w)tổng(?:\s+[^\s,;.]+){0,6}\s+của\s+(?:\d+|các|những|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+"
    r"(?:tỉnh|thành\s+phố|địa\s+phương|thành\s+viên|địa\s+bàn)"
)
_BY_BEFORE = folded_pattern(r"(?<!\w)by\s+(?:(?:nearly|about|over|more\s+than|almost|some|around)\s+)?$")


@cache
def _to_amount_after(currency_prefixes: str) -> re.Pattern[str]:
    """The level a change came to, after the one it started from: "từ 7,927 tỷ USD năm 2014 lên …", "từ mức
    7,362 tỷ USD của quý I năm ngoái xuống còn 6,951 tỷ USD", "to US$3.9 billion" (a currency written before
    the number as the loader reads it, currency_prefixes.csv)."""
    return folded_pattern(
        r"(?:\s+(?:năm|in)\s+(?:19|20)\d\d|\s+(?:của|in|of)\s+[^,;\d]{1,30}?)?\s+(?:to|lên|xuống)\s+(?:còn\s+|mức\s+)?"
        rf"(?:(?:nearly|about|over|more\s+than|gần|hơn|trên|khoảng)\s+)?(?:{currency_prefixes})?\s?\d"
    )


# "from a monthly 3.3 \u2013 3.4 billion USD in the first six months": an amount a month on average, not the period's
_MONTHLY_BEFORE = folded_pattern(
    r"(?<!\w)(?:a\s+monthly(?:\s+average\s+of)?|bình\s+quân\s+mỗi\s+tháng(?:\s+đạt)?)\s+"
    r"(?:(?:nearly|about|over|more\s+than|gần|hơn|trên|khoảng)\s+)?(?:\d[\d.,]*\s*[-\u2013]\s*)?$"
)
# "The export rose to 257.5 million USD in 2010 from 57.1 million USD in 2005": the level after "from" is where the
# change started, said after the level it reached
_TO_LEVEL_THEN_FROM = folded_pattern(
    r"(?<!\w)to\s+\S*\d[\d.,]*(?:\s+[^\W\d]+){0,3}(?:\s+in\s+(?:19|20)\d\d)?\s+from\s+(?:(?:nearly|about|over)\s+)?\S*$"
)
# "Chỉ số tiêu dùng bình quân quý II/2020 … tăng gần 3%": the span an average is taken over, not the period
# the next sentences of a six-month report speak of
_AVERAGED_OVER_BEFORE = folded_pattern(r"(?<!\w)bình\s+quân\s+$")
# "…, higher than the 8.8 per cent growth last year": a period inside a comparison is the yardstick's
_THAN_BEFORE = folded_pattern(r"(?<!\w)(?:higher|lower|faster|slower)\s+than\s+the\s+(?:[^,;.()]|[.,](?=\d))*$")
# "rose 12.5 per cent year-on-year, compared to 10.2 per cent growth in 2017": the year of the figure compared
# with, not the one the next sentences speak of
_COMPARED_FIGURE_BEFORE = folded_pattern(
    r"(?<!\w)(?:compared\s+(?:to|with)|against)\s+(?:an?\s+)?\d[\d.,]*\s*(?:%|per\s*cent|percent)(?:\s+[^\W\d]+){0,3}\s+$"
)


def _said_of_a_compared_figure(folded: str, sentence_start: int, at: int) -> bool:
    """Whether the period at `at` is named as the time of a figure compared with, within its sentence."""
    return bool(_COMPARED_FIGURE_BEFORE.search(folded, max(sentence_start, at - 60), at))


_COMPONENT_OPENER = folded_pattern(r"\W*(?:of\s+this|of\s+which|in\s+which|trong\s+đó)\s*,")
_EACH = folded_pattern(r"\s*(?:each|apiece|mỗi\s+(?:tỉnh|địa\s+phương|doanh\s+nghiệp))(?!\w)")


class ArticleReader(SubjectRules, PlaceRules, PeriodRules, MeasureRules, StatusRules):
    """Reads one article. Carried from sentence to sentence: the period named last, whether the
    text is speaking of the whole country, and which percentages were read as growth."""

    def __init__(
        self,
        article: Article,
        vocabulary: Vocabulary,
        published: Publication,
        province: str | None,
        kind: str = "press",
    ):
        self.article = article
        self.kind = kind  # of the source: a yearbook's figures are actual unless it says otherwise
        self.vocabulary = vocabulary
        self.to_amount_after = _to_amount_after(vocabulary.currency_prefixes)
        self.published = published
        self.names_on = published.names_on(article.folded)  # the day its provinces' names are read on
        # the whole text's phrases, headlines too, found once for what is told of the article as a whole
        named = vocabulary.mentions(article.folded, 0, len(article.folded))
        # No province was given: each province's figure goes under its own code, `province` (the
        # one the text names most) takes the figures whose clause names none.
        self.each_province = province is None
        self.province = province or self._province_named_most(named)
        # where the province was not given, where the text first names the one it names most
        self.province_first_named = min(
            (
                m.start
                for m in named
                if m.kind == "province" and self.vocabulary.province_at(m.value, self.names_on) == self.province
            ),
            default=None,
        )
        self.result = Extraction()
        body = [s for s in article.sentences if not s.is_title]
        self.periods = {
            s: period_mentions(article.folded, s.start, s.end, published.first_day) for s in article.sentences
        }
        body_found = {s: find_figures(article.text, article.folded, s.start, s.end, vocabulary) for s in body}
        # "Hanoi dropped from $3.354 billion in the first quarter of last year to $3.15 billion": the year of a level
        # a change started from is that base's, not the one the next sentences' periods are in
        from_levels = [m for s in body for m in self._periods_of_from_levels(body_found[s], self.periods[s])]
        self.named_years = sorted(
            (m.start, m.year)
            for s in body
            for m in self.periods[s]
            if m.year
            and m.kind == "period"
            and not _said_as_a_cause(article.folded, s.start, m.start)
            and not _said_of_a_compared_figure(article.folded, s.start, m.start)
            and m not in from_levels
        )  # not the year of a cause: "… là do tháng 9/2021 toàn tỉnh đang giãn cách"
        ytd_months = {m.code for s in body for m in self.periods[s] if m.code and "YTD" in m.code}
        self.report_month = ytd_months.pop()[-2:] if len(ytd_months) == 1 else None
        self.body_figures = [  # what the body prints, so that a headline restating it is not read again
            f for s in body for f in body_found[s] if f.value is not None and f.unit is not None
        ]
        self.headline_amounts = {  # a headline's amounts, to tell a round one the lead says again
            (f.unit.code, f.value)
            for s in article.sentences
            if s.is_title
            for f in find_figures(article.text, article.folded, s.start, s.end, vocabulary)
            if f.value is not None and f.unit is not None and f.unit.code != "pct"
        }
        self.reading_title = False  # the headlines are read last, for the figures the body does not give
        self.last_period: str | None = None
        self.last_span: str | None = None  # for "giai đoạn này"
        self.span_before: str | None = None  # the span the sentence before named, if any
        # After a national figure, sentences speak of the whole country until one names a place.
        self.national_context = False
        self.national_here = False  # a national figure in the sentence being read
        self.growth_cues: dict[int, str] = {}  # where a percentage read as growth starts -> up or down
        self.signed_growths: set[int] = set()  # where a growth listed with its sign under its heading starts
        # What the sentence before spoke of, for one that goes on without naming it ("Lũy kế 10 tháng đạt …")
        self.topic: Mention | None = None
        self.topic_used = False
        self.leading_words: dict[int, list[str]] = {}  # per figure: the words before it that no rule read
        self.last_indicator: Mention | None = None  # what a list of provinces' figures speaks of
        self.clause_figures: list[Figure] = []
        self.sentence_figures: list[Figure] = []  # those of the sentence being read, all its clauses
        self.sentence_mentions: dict[Sentence, list[Mention]] = {}  # the vocabulary's phrases, per sentence read
        # A report's heading line, "1.1. Giá trị sản xuất công nghiệp:": what the items under it speak of
        # where they name nothing, until the next heading
        self.heading: Mention | None = None
        self.line_price_basis: tuple[int, str] | None = None  # "Tính theo giá thực tế …": the paragraph's
        self.shared_figures: list[SharedFigure] = []
        self.restated_periods: dict[int, str] = {}  # per clause, the period a later sentence gave its figure
        self.plan_heading_years: dict[int, str | None] = {}  # per line, the year of the plan heading it is under
        self.places_before: list[str] = []  # the provinces the sentence before named, in order
        self.index_named = False  # a report on the IIP: its provinces' "industrial production" is the index
        # The industry's indicators the text names anywhere, its headline too: where it names the index
        # alone, its "sản xuất công nghiệp tăng 15,1%" is the index; not a sub-industry's production value
        # ("nhờ gia tăng chủ yếu giá trị sản xuất ngành công nghiệp chế biến")
        named = [m for m in named if not self._of_a_sub_industry(m, named)]
        self.industry_named = {m.value for m in named if m.kind == "indicator" and m.value in INDUSTRY_INDICATORS}
        self.listed_bounds: set[int] = set()  # where a bound a named list shares was printed
        self.by_default: set[int] = set()  # where a figure whose clause names no place was printed
        self.national_figures: list[tuple[Figure, Sentence]] = []  # the country's, sent to the review
        # Whether it names the production value other than as bare "industrial production", which in a text on
        # the IIP is the index ("Haiphong industrial production in May has increased by 24%")
        self.output_value_named = any(
            m.kind == "indicator"
            and m.value == "industrial_output_value"
            and article.folded[m.start : m.end] != PRODUCTION
            for m in named
        )

    def read(self) -> Extraction:
        opening_national = None  # whether the body opens on the whole country: then so does its headline
        for sentence in self.article.sentences:
            if not sentence.is_title:
                self._read_sentence(sentence)
                opening_national = self.national_context if opening_national is None else opening_national
        self._propose_shared_figures()
        self._drop_the_countrys_restated()
        # Then the headlines and captions, on their own: only a figure the body does not print, and only
        # where the body gave no row of the same period and measure (a headline may round, or misprint, it).
        self.last_period, self.topic, self.last_indicator = None, None, None
        self.national_context, self.reading_title = bool(opening_national), True
        for sentence in self.article.sentences:
            if sentence.is_title:
                self._read_sentence(sentence)
        return self.result

    # -- one sentence -------------------------------------------------------------------------

    def _read_sentence(self, sentence: Sentence) -> None:
        article = self.article
        figures = find_figures(article.text, article.folded, sentence.start, sentence.end, self.vocabulary)
        figures = figures or self._signed_growth_listed(sentence)
        if sentence.is_title:
            for figure in figures:
                if self._said_in_the_body(figure):
                    self._skip(
                        sentence, figure.printed, figure.start, "a headline or a caption: the body gives its figures"
                    )
            figures = [f for f in figures if not self._said_in_the_body(f)]  # a headline's own figure is read
            if not figures:
                return
        mentions = self._mentions(sentence)
        if not sentence.is_title:
            self._name_shared_figures(sentence, mentions)
        if any(
            m.kind == "province" or (m.kind == "local" and not self._unnamed_places(sentence, m)) for m in mentions
        ) and not self._examples_of_the_country(sentence, figures, mentions):
            self.national_context = False
        denominators = self._denominators(mentions, figures)
        shares = {figure.start for figure, _ in denominators}
        mentions = [m for m in mentions if m not in {mention for _, mention in denominators}]
        periods = self.periods[sentence]
        from_levels = self._periods_of_from_levels(figures, periods)
        self.leading_words = self._unread_words(sentence, figures, mentions, periods)
        self.sentence_figures = figures
        for clause in sentence.clauses:
            in_clause = [f for f in figures if clause.start <= f.start < clause.end]
            self.clause_figures = in_clause
            # the period of a level a change in this clause started from is that level's, not its figures'
            own = [m for m in periods if not (m in from_levels and clause.start <= m.start < clause.end)]
            for index, figure in enumerate(in_clause):
                previous = in_clause[index - 1] if index else None
                self._read_figure(sentence, clause, figure, previous, mentions, own, shares)
            self._read_exceeded_plan(sentence, clause, mentions, own)
        national_subject = any(
            n.kind == "national"
            and not self._country_compared(n)
            and any(i.kind == "indicator" and i.start > n.start for i in mentions)
            and not any(
                p.start > n.end
                and (p.kind == "province" or (p.kind == "local" and self.article.folded[p.start : p.end] in _ONE_PLACE))
                for p in mentions
            )
            for n in mentions
        )  # "Vietnam's total revenue from retail sales…", even where its amount is not read; not "the action plan
        # of the Ministry of Industry and Trade … to promote … industrial production and trade in the province"
        self.national_context = self.national_context or self.national_here or national_subject
        self.national_here = False
        folded = article.folded
        resolved = [
            self._resolve(m)
            for m in periods
            if (m.kind == "period" or (m.kind == "ytd_now" and self.vocabulary.language == "en"))
            and m not in from_levels  # "As of the beginning of 2020, …": its running total, for the next
            and not _PLAN_BEFORE.search(folded, max(sentence.start, m.start - 20), m.start)
            and not _SHARE_OF_A_PLAN_BEFORE.search(folded, max(sentence.start, m.start - 100), m.start)
            and not _said_as_a_cause(folded, sentence.start, m.start)
            and not YEARS_PLAN_AFTER.match(folded, m.end)
            and not _ALONE_AFTER.match(folded, m.end)
            and not _THAN_BEFORE.search(folded, max(sentence.start, m.start - 60), m.start)
            and not _AVERAGED_OVER_BEFORE.search(folded, max(sentence.start, m.start - 20), m.start)
            and not _said_of_a_compared_figure(folded, sentence.start, m.start)
        ]  # "kế hoạch năm 2023", "this year's plan" name the plan's year, not the period the next sentences speak of
        if resolved and resolved[-1]:
            self.last_period = resolved[-1]
        spans = [m.code for m in periods if m.kind == "span" and m.code]
        if spans:
            self.last_span = spans[-1]
        self.span_before = spans[-1] if spans else None
        subjects = [m for m in mentions if m.kind in ("indicator", "other", "part")]
        indicators = [m for m in mentions if m.kind == "indicator"]
        self.index_named = self.index_named or any(m.value == "industrial_production_index" for m in indicators)
        named = [m for m in mentions if m.kind in ("indicator", "other")]
        # "Of this, retail sales of goods reached …" after the total: a component said of the whole the text speaks
        # of, which the places' figures after it are not, unless they name it
        within = _COMPONENT_OPENER.match(folded, sentence.start) and self.last_indicator is not None
        if named and not (within and named[-1].kind == "other"):
            self.last_indicator = named[-1]  # "Tourism revenue surged …. Localities … include …": tourism's
        if not sentence.is_title:
            self.places_before = self._codes(self._places(mentions))
        if article.text[sentence.start : sentence.end].rstrip().endswith(":") and not figures:
            self.heading = subjects[-1] if subjects and subjects[-1].kind == "indicator" else None
        bases = [m.value for m in mentions if m.kind == "price_basis"]
        if bases:
            self.line_price_basis = (sentence.line, bases[-1])
        spoken_of = [  # not the region a province leads: "… dẫn đầu khu vực Đông Nam Bộ về kim ngạch với …"
            m for m in subjects if not (m.value == "a region" and _RANK_BEFORE.search(folded, sentence.start, m.start))
        ]
        if spoken_of:
            self.topic = spoken_of[-1]
        elif not self.topic_used:
            self.topic = None
        self.topic_used = False

    def _subject_past_turnover(self, clause: Span, figure: Figure, mentions: list[Mention]) -> Mention | None:
        """The subject nearest before the figure, but a bare "kim ngạch" gives way to the trade named before it
        ("Về nhập khẩu, … đạt kim ngạch từ 10 tỷ USD trở lên, bao gồm TP HCM với 31 tỷ USD": the imports), also
        where another subject nearer was set aside first ("khu vực", "bao gồm")."""
        subject = self._subject(clause, figure, mentions)
        if subject is not None and subject.value == "turnover":  # "tổng kim ngạch" of the trade named before it
            subject = self._subject(clause, figure, [m for m in mentions if m != subject]) or subject
        return subject

    def _said_in_the_body(self, figure: Figure) -> bool:
        """A headline's or caption's figure the body prints too, rounded as headlines round ("3 tỷ USD"
        for "3,05 tỷ USD"); or one that could not be read. Only a figure the body does not print is
        read from the headline."""
        if figure.value is None or figure.unit is None:
            return True
        unit = figure.unit
        rounding = Decimal(1).scaleb(figure.value.as_tuple().exponent) / 2  # half the last digit printed
        return any(
            f.unit is not None
            and f.value is not None
            and f.unit.mart_unit == unit.mart_unit
            and abs(abs(f.value) * f.unit.factor_to_mart_unit - abs(figure.value) * unit.factor_to_mart_unit)
            <= max(rounding, Decimal("0.5")) * unit.factor_to_mart_unit
            for f in self.body_figures
        )

    def _unread_words(
        self, sentence: Sentence, figures: list[Figure], mentions: list[Mention], periods: list[PeriodMention]
    ) -> dict[int, list[str]]:
        """Per figure, the words from the sentence's start to it that are not a figure, a period or
        a phrase of the vocabulary."""
        folded = list(self.article.folded[sentence.start : sentence.end])
        for span in (*figures, *mentions, *periods):
            folded[span.start - sentence.start : span.end - sentence.start] = " " * (span.end - span.start)
        text = "".join(folded)
        return {f.start: re.findall(r"[^\W\d]+", text[: f.start - sentence.start]) for f in figures}

    # -- one figure ---------------------------------------------------------------------------

    def _read_figure(
        self,
        sentence: Sentence,
        clause: Span,
        figure: Figure,
        previous: Figure | None,
        mentions: list[Mention],
        periods: list[PeriodMention],  # the sentence's, but those of the levels changes started from
        shares: set[int],  # where the figures that are shares start
    ) -> None:
        folded = self.article.folded
        skip = lambda reason: self._skip(sentence, figure.printed, figure.start, reason)  # noqa: E731
        if figure.problem:
            return skip(f"not read: {figure.problem}")
        assert figure.unit is not None and figure.value is not None
        before = [m for m in mentions if m.end <= figure.start]
        segment_start = previous.end if previous else clause.start
        segment = folded[segment_start : figure.start]
        after = folded[figure.end : min(clause.end, figure.end + 60)]

        if _EACH.match(after):
            return skip("a figure for each of several places or things")
        amounts = previous and previous.unit and previous.unit.code != "pct" and figure.unit.code != "pct"
        if amounts and _CONVERSION_OPEN.match(folded[previous.end : figure.start]):
            return skip("a conversion in brackets of the figure before it")
        if amounts and _BASE_LEVEL_OPEN.match(folded[previous.end : figure.start]):
            return skip("the level of another year set in brackets beside the figure before it, a base")
        owners = self._owners(clause, figure, mentions)
        if not owners and self.each_province:  # "these two localities …": the places the sentence before named
            owners = self._place_referred(clause, figure) or owners
        shared = owners == []  # "the whole country has 7 provinces … of USD10 billion or more": theirs
        # "According to the General Department of Vietnam Customs, … reached export turnover of US$1 billion or more
        # including: Bac Giang, Bac Ninh, …": the places listed after it own the figure, as a place named before it
        listed_after = bool(owners) and not self._places(m for m in before if m.start >= clause.start)
        if not shared and not listed_after and self._national(before, clause, mentions, figure):
            markers = [m for m in before if m.kind == "national" and m.start >= clause.start]
            self.national_here = self.national_here or not (markers and self._country_compared(markers[-1]))
            self.national_figures.append((figure, sentence))
            return skip("a national figure, not the province's")
        if self.national_context and not shared:
            self.national_figures.append((figure, sentence))
            return skip("a national figure: the sentences before it speak of the whole country")
        if not self.each_province:  # only the given province's: alone, or in a list that names it
            elsewhere = self._other_province(before, clause)
            if owners and self.province in owners:
                owners = [self.province]
            elif elsewhere:
                return skip(f"a figure of another province ({elsewhere})")
            elif owners:
                return skip(f"a figure of other provinces (codes {', '.join(owners)})")
            else:
                owners = None
        if shared:
            owners = None  # named, if at all, in a sentence soon after
        if _TOGETHER.match(after) and (owners is None or len(owners) > 1):
            return skip("a total of several places")  # "… accounted for exports of 49.35 billion USD between them"
        total = list(_TOTAL_OF_PLACES.finditer(folded, clause.start, figure.start))
        if total and not any(m.kind == "province" and total[-1].end() <= m.start < figure.start for m in mentions):
            return skip("a total of several places")
        if owners is None and self._a_regions_total(sentence, clause, figure, mentions):
            return skip("a region's total, not a province's")

        subject = self._subject_past_turnover(clause, figure, mentions)
        figures_said = subject is not None and subject.kind == "anaphor" and subject.value == "figures"
        said_again = subject is not None and subject.kind == "anaphor" and subject.value == "said again"
        if subject is not None and subject.kind == "anaphor":  # "the figure", "con số này": the last one proposed
            last = self.result.rows[-1].indicator_code if self.result.rows else None
            if subject.value == "index":  # "The province's index in the first five months …", in a report on the IIP
                last = "industrial_production_index" if self.index_named else None
            if subject.value == "this index":  # "…, chỉ số này dự kiến tăng 11,89%": the IIP, if named last
                named = self.last_indicator.value if self.last_indicator is not None else None
                last = named if named == "industrial_production_index" else None
            if subject.value == "value" and re.match(r"\s+of(?!\w)", folded[subject.end : subject.end + 5]):
                last = None  # "the value of processed goods": of something named, not the figure before
            elif subject.value == "value" and not folded[sentence.start : subject.start].strip():
                # "Stable industrial production showed signs of optimistic growth. The value was estimated at …":
                # opening its sentence, the value of the indicator the sentence before ended on
                topic = self.topic.value if self.topic is not None and self.topic.kind == "indicator" else None
                last = topic or last
            if subject.value == "turnover":  # "kim ngạch" alone, after no other subject: the exports spoken of
                last = last if last == "export_value" or self._exports_spoken_of(sentence, figure) else None
            if subject.value == "industry":  # "Tính chung 8 tháng đầu năm, sản xuất công nghiệp ước tăng 14,3%"
                topic = self.topic.value if self.topic is not None and self.topic.kind == "indicator" else None
                plain = all(w in CONNECTING_WORDS for w in self.leading_words.get(figure.start, ["?"]))
                last = topic if topic in INDUSTRY_INDICATORS and plain else None  # the sentence before's
                index_alone = self.industry_named == {"industrial_production_index"}
                if self.topic is None and figure.unit.code == "pct" and index_alone:
                    last = "industrial_production_index"  # "sản xuất công nghiệp tháng 4 của tỉnh tăng 15,1%"
                if figure.unit.code == "pct" and plain and not self.industry_named and last is None:
                    # "Sản xuất công nghiệp tăng 15,8%" in a text naming neither: the index, its growth's measure
                    last = "industrial_production_index"
                if _ITS_PRODUCTION_VALUE.search(folded, subject.end, figure.start):
                    last = "industrial_output_value"  # "Sản xuất công nghiệp … với giá trị sản xuất ước đạt …"
                if figure.unit.code.startswith("vnd_") or _AMOUNT_IN_DONG.search(folded, subject.end, figure.start):
                    # "Sản xuất công nghiệp … thực hiện 41.900 tỷ đồng, tăng 1,2%": an amount in đồng made, and
                    # the rise after it, are the value's; the index is no amount
                    last = "industrial_output_value"
            subject = Mention(subject.start, subject.end, "indicator", last) if last else None
        if owners and subject is not None and subject.value == "a breakdown":  # "như Cà Mau (7,1%), …": of places
            subject = self._subject_past_turnover(clause, figure, [m for m in mentions if m.value != "a breakdown"])
        if (
            owners
            and subject is not None
            and subject.value == "a region"
            and (
                any(m.kind == "province" and subject.end <= m.start < figure.start for m in mentions)
                or _RANK_BEFORE.search(folded, clause.start, subject.start)
            )
        ):  # "ở khu vực này là Đắk Lắk đạt …"; not "Long An …, kim ngạch … của 13 tỉnh khu vực ĐBSCL đạt 8,4 tỷ USD"
            kept = [m for m in mentions if m.value not in ("a region", "a breakdown")]
            subject = self._subject_past_turnover(clause, figure, kept)
        if owners and subject is not None and subject.kind == "part":  # the parts a rise of the places is owed to
            without_causes = self._but_parts_said_as_a_cause(clause, figure, mentions)
            subject = self._subject_past_turnover(clause, figure, without_causes) or subject
        if subject is None and owners and self.last_indicator is not None:
            subject = self.last_indicator  # "Về địa phương, mức tăng cao nhất thuộc Phú Thọ (25,7%)": the text's
        if subject is None:
            return skip("no indicator named before it in its sentence")
        if subject.kind == "indicator" and sentence.start <= subject.start:
            subject = self._part_in_scope(sentence, subject, mentions, figure) or subject
        if subject.kind == "indicator" and folded[subject.start : subject.end] == _BARE_INDEX:
            said_of = [  # "industrial products with an increase in production index …: Fish fillets … 16.26%"
                m for m in mentions
                if m.kind == "part" and sentence.start <= m.start and m.end <= subject.start
                and not re.search(r"\d", folded[m.end : subject.start])
            ]  # fmt: skip
            subject = said_of[-1] if said_of else subject
        if (
            subject.kind == "indicator" and self._goods_within_the_retail_total(sentence, clause, subject)
        ) or self._goods_in_brackets(clause, subject, figure):
            return skip("another indicator: a component of retail (goods alone)")
        if (owners and self._production_in_a_report_on_the_index(subject, sentence)) or (
            figure.unit.code == "pct"
            and "industrial_production_index" in self.industry_named
            and not self.output_value_named
            and subject.value == "industrial_output_value"
            and folded[subject.start : subject.end] == PRODUCTION
        ):  # in a text on the index alone, "industrial production … has increased by 24%" is the index's
            subject = Mention(subject.start, subject.end, "indicator", "industrial_production_index")
        if subject.kind == "other":
            return skip(f"another indicator: {subject.value}")
        if subject.kind == "part":
            return skip(f"{subject.value}, not the whole province")
        indicator = subject.value

        if _NOT_REACHED.search(segment):
            return skip("a mark not reached ('chưa đạt 50%'), not the figure")
        if _PROSPECT_BEFORE.search(folded, clause.start, figure.start):
            return skip("a prospect a sign opens the way to, not a figure reached")
        cues = [m for m in mentions if segment_start <= m.start and m.end <= figure.start]
        measure, sign, plan_growth, than_year, index_base = "level", 1, False, None, 0
        plan_beside = False
        if figure.unit.code == "pct" and _AFTER_SCENARIO.match(after):
            return skip("a percentage of a growth scenario, not of a plan")
        if figure.unit.code == "pct":
            # "13.1 percent year on year increase and 60.9 percent of the yearly target": the figure before's word
            trailing = _CUE_AFTER.match(folded, previous.end) if previous else None
            own_from = trailing.end() if trailing else 0
            said = next(
                (
                    m.kind
                    for m in reversed(cues)
                    if m.kind in ("up", "down", "excess", "attain")
                    and m.start >= own_from
                    and not self._change_of_another(m, mentions)
                ),
                None,
            )
            cue = said
            following = _CUE_AFTER.match(after)
            if cue is None and following:
                cue = "up" if following.group("up") or following.group("higher") else "down"
                than_year = following.group("than_year")
            if cue is None and figure.start in self.signed_growths:
                cue = "up"  # "Kim ngạch Xuất khẩu -12,95" under "(+ tăng/- giảm) so với cùng kỳ …(%)": its own sign
            if cue is None and previous is not None and previous.start in self.growth_cues:
                cue = self.growth_cues[previous.start]  # "up 1% month-on-month and over 15% year-on-year"
            if cue is None and figures_said and self.result.rows:
                last_row = self.result.rows[-1]  # "the seven-month and eight-month figures stood at 2.2% and 2.6%"
                cue = "up" if last_row.measure == "growth_pct" and last_row.indicator_code == indicator else None
            if cue is None and owners:  # "…Quang Nam at 30 percent; … Hai Phong … at 24 percent": the list's
                said_before = [c for at, c in self.growth_cues.items() if sentence.start <= at < figure.start]
                cue = said_before[-1] if said_before else None
            if cue is None and owners and any(m.kind == "ranking" for m in before if m.start >= sentence.start):
                cue = "up"  # "Thai Nguyen … topped the list with 42.7%, …, followed by Hai Phong (14.6%)": growth
            if cue in ("up", "down"):
                self.growth_cues[figure.start] = cue
            bracketed = _BASE_BEFORE_BRACKET.search(segment)  # "giảm nhẹ so tháng trước (-1,54%)"
            respective = self._respective_base(clause, figure)
            on_previous = (
                AFTER_PREVIOUS_PERIOD.match(folded, respective)
                if respective is not None
                else AFTER_PREVIOUS_PERIOD.match(after)
                # "experienced a 5.51% decrease compared to the previous month": after the word after the figure
                or (following and AFTER_PREVIOUS_PERIOD.match(after, following.end()))
                or (bracketed and AFTER_PREVIOUS_PERIOD.match(folded, segment_start + bracketed.start()))
                or self._previous_period_before_the_cue(segment_start, figure)
                or self._previous_period_first(clause, sentence)
                or self._previous_period_of_the_whole(clause, sentence, after)
                or self._change_referred_on_previous(sentence, cue, after)
                or self._previous_period_after_the_change_in(figure, following, mentions)
                or (owners and self._previous_period_of_the_places(sentence, after))
            )
            if on_previous:
                if cue == "attain":  # "bằng 101,2% so với tháng trước": the index on the period before, 100 its base
                    measure, index_base = "growth_prev_period_pct", 100
                elif cue not in ("up", "down"):
                    return skip("a percentage of another month or quarter with no word saying what it measures")
                else:
                    measure, sign = "growth_prev_period_pct", -1 if cue == "down" else 1
            elif _ABOVE_PLAN_AFTER.match(after):
                measure = "plan_excess_pct"  # "6 per cent higher than the yearly target"
            elif (
                AFTER_PLAN.match(after)
                or (said == "attain" and _OF_THE_YEAR_AFTER.match(after))
                or ((second := _AND_PERCENTAGE.match(after)) and AFTER_PLAN.match(after, second.end()))
                or self._plan_first(clause, sentence)
                or self._plan_before_the_cue(segment_start, figure)
            ):
                measure = "plan_excess_pct" if said in ("excess", "up") else "plan_attainment_pct"
            elif any(m.kind == "share" for m in cues) or figure.start in shares:
                return skip("a share of a total")
            elif EXCEEDED_PLAN_BY.search(segment):
                measure = "plan_excess_pct"  # "vượt kế hoạch đề ra 27,3%": the plan exceeded by it
            elif _PLAN_GROWTH_BEFORE.search(segment):
                measure, plan_growth = "growth_pct", True
            elif _PLAN_GROWTH_BESIDE.search(segment):
                measure, plan_growth, plan_beside = "growth_pct", True, True
            elif cue in ("up", "down"):
                measure, sign = "growth_pct", -1 if cue == "down" else 1
            elif cue == "attain" and self._rate_of_growth(cues) and not AFTER_YEAR_EARLIER.match(after):
                measure = "growth_pct"  # "tốc độ tăng trưởng bình quân giai đoạn 2016-2020 đạt 11,2%/năm"
            elif cue == "attain" and indicator == "industrial_production_index" and self._rise_reaching(cues, figure):
                measure = "growth_pct"  # "tiếp tục tăng cao, đạt 10,98%"
            elif cue == "attain" and not AFTER_YEAR_EARLIER.match(after) and self._index_restated_on_previous(figure):
                return skip("an index on the period before, said again as the growth after it")
            elif cue == "attain" and (indicator == "industrial_production_index" or AFTER_YEAR_EARLIER.match(after)):
                measure = "index_pct"  # "bằng 105% so với cùng kỳ": the same period a year earlier = 100
            else:
                return skip("a percentage with no word saying what it measures")
        elif indicator == "industrial_production_index":
            return skip("an amount, but the index is published as a percentage")
        elif _MONTHLY_BEFORE.search(segment):
            return skip("an amount a month on average, not the period's")
        elif FROM_BEFORE.search(segment) and self.to_amount_after.match(after):
            return skip("the level it changed from ('from 3.35 billion USD to 3.15 billion USD')")
        elif _TO_LEVEL_THEN_FROM.search(folded, clause.start, figure.start):
            return skip("the level it changed from ('rose to 257.5 million USD in 2010 from 57.1 million USD')")
        elif (
            self._change_in_amount(cues, mentions, segment_start, figure)
            or (_BY_BEFORE.search(segment) and self.to_amount_after.match(after))
            or self._change_before_from_to(figure)
        ):  # "increases … by nearly 1.05 billion USD to 3.92 billion USD": the second is the level
            return skip("a change in amount ('tăng 100 triệu USD'), not a level")

        if measure == "growth_pct" and _AFTER_RESOLUTION.match(after):
            return skip("growth on a resolution's figure, not on a period")
        period_mention = self._period_for(clause, figure, sentence, periods)
        if said_again and period_mention is not None and period_mention.start >= figure.end:
            period_mention = None  # "This marks a 10.4 percent increase …": the period of the figure said before
        per_year = bool(_PER_YEAR_PRINTED.search(fold(figure.printed)) or _PER_YEAR_AFTER.match(after))
        averaged = any(m.kind == "average" for m in cues) or bool(_ON_AVERAGE_AFTER.match(after))
        if period_mention is None and per_year and averaged:
            # "… in 2016 - 2020, …. The average export growth was estimated at 6.7% a year.": that span's; where
            # the sentence before names none, the span the text named last ("kế hoạch năm năm (2005-2010) …. giá
            # trị sản xuất công nghiệp … (tăng bình quân 25,8%/năm)"): a rate a year on average is over some years
            span = self.span_before or self.last_span
            if span:
                period_mention = PeriodMention(figure.start, figure.start, "span", span, None)
        if period_mention is None and _AVERAGE_ANNUAL.search(segment):
            span = self._span_of_the_paragraph(sentence)  # "… in the period of 1997-2011, …. The average annual
            if span:  # increase in export value was over 27 percent": over that span, not the year said between
                period_mention = PeriodMention(figure.start, figure.start, "span", span, None)
        if period_mention is not None and period_mention.kind == "span":
            average = per_year or any(m.kind == "average" for m in cues)
            average = average or bool(_PER_YEAR_BEFORE.search(self.article.folded, sentence.start, figure.start))
            average = average or bool(  # the target set beside an average growth is one too
                _TARGET_GROWTH_BEFORE.search(segment)
                and any(m.kind == "average" and clause.start <= m.start < figure.start for m in mentions)
            )
            span = self.last_span if period_mention.code is None else period_mention.code  # "giai đoạn này"
            if not (average and measure == "growth_pct" and span):
                return skip("a figure over several years")
            if subject.start < sentence.start:  # "Tăng trưởng bình quân giai đoạn 2011 - 2015 ước đạt 0,44%"
                return skip("an average growth whose sentence names no indicator")
            measure = "average_growth_pct"  # "tăng bình quân 9%/năm giai đoạn 2016-2020": over the span
            period_mention = PeriodMention(period_mention.start, period_mention.end, "span", span, None)
        elif per_year and not self._annually_for_a_part(period_mention, after, measure):
            return skip("a rate per year whose years are not named")
        period = self._resolve(period_mention) if period_mention else self.last_period
        if period_mention is None and period is not None:
            period = self._month_on_the_month_before(period, clause) or period
            period = self._month_before_the_running_total(period, sentence, figure) or period
        heading_year = self._plan_heading_year(sentence)
        if heading_year and (period_mention is None or (period or "")[:4] == heading_year):
            period = heading_year  # an item under "1. Chỉ tiêu kế hoạch năm 2020": that year's target
        if period is None:  # the period restated later, for this figure or one before it in the clause
            period = self._period_restated(figure, sentence) or self.restated_periods.get(clause.start)
            period = period or (self._period_of_the_places_summed_up(sentence) if owners else None)
            if period is not None:
                self.restated_periods[clause.start] = period
        if period is None:
            period = (
                self._year_after_a_fronted_base(sentence)
                or self._year_after_an_outturn_base(sentence)
                or self._headline_period(sentence)
            )
        targets_listed = self._targets_listed_before(sentence)
        target_said = any(m.kind == "target" for m in before if m.start >= sentence.start)
        if period is None and (targets_listed or target_said):
            period = self._plan_year()  # "The department targets 6.5 per cent growth of its IIP"
        if period is None:
            return skip("its period could not be told")
        if measure == "growth_pct" and not than_year and (named_base := _BASE_YEAR_NAMED.match(after)):
            than_year = named_base.group("year")
        if period_mention is None and len(period) == 4:
            # Naming no period, a figure whose base is a past year is of the year after it: "The IIP grew by 9.67%
            # over 2020" after "… in 2022" is 2021's, and so is a level whose growth right after it is on 2020
            base_year = than_year if measure == "growth_pct" else None
            if measure == "level" and (growth := _GROWTH_ON_A_YEAR_AFTER.match(folded, figure.end, sentence.end)):
                base_year = growth.group("year")
            if base_year and int(base_year) < self.published.last_day.year:
                period = str(int(base_year) + 1)
        if measure == "growth_pct" and than_year and int(than_year) != int(period[:4]) - 1:
            return skip("growth against a year that is not the one before")
        if measure in ("growth_pct", "growth_prev_period_pct") and _BASE_CUT_OFF.fullmatch(folded, figure.end):
            return skip("a growth whose base the end of the text cuts off")
        if measure == "level" and _TOTAL_BROUGHT_TO.search(segment):
            period = period[:4]  # "… in the last six months of this year to bring the total … to 959 million USD"
        if measure == "growth_prev_period_pct":
            base = self._base(on_previous, period)
            if base == "a year earlier":  # "so với tháng 10-2011" for October 2012
                measure = "index_pct" if index_base else "growth_pct"
                index_base = 0
            elif base is None:
                return skip("growth against another month or quarter than the one just before")
        if measure == "plan_excess_pct" and "-" in period and _ABOVE_PLAN_AFTER.match(after):
            return skip("a part of the year above the year's plan: the share is not printed")
        if measure == "plan_attainment_pct" and re.fullmatch(r"\d{4}-\w+", period) and not _PART_PLAN.match(after):
            measure = "plan_share_pct"  # "6 tháng đạt 45% kế hoạch (năm)": the year's plan
        provinces = owners or ([self.province] if self.province else [])
        if (
            not owners
            and self.each_province
            and self.province_first_named is not None
            and sentence.end <= self.province_first_named
            and not any(m.kind == "local" and folded[m.start : m.end] in _ONE_PLACE for m in mentions)
        ):  # "Theo đó, chỉ số IIP tháng 11 tăng 5,3% …", then "… là Bắc Giang với 36,4%": not yet the province's
            return skip("the province could not be told: the text names none up to its sentence")
        if not owners and self.each_province:
            self.by_default.add(figure.start)
        if shared:
            provinces = [""]
        if not provinces:
            return skip("the province could not be told: give --province")
        if plan_growth and measure == "growth_pct" and not plan_beside:
            period = period[:4]  # the plan's growth rate is the year's

        if figure.value < 0:
            sign = 1  # "Cà Mau với -10,5% YoY": the fall printed with its own sign
        comparator = ">=" if figure.lower_bound else self._comparator(segment, after, measure)
        if sign < 0:
            comparator = {">=": "<=", "<=": ">="}.get(comparator, comparator)
        value = figure.value * sign - index_base
        status = self._status(measure, plan_growth, before, clause, sentence, period)
        if (
            status == "estimate"
            and targets_listed
            and not any(m.kind == "estimate" for m in before if m.start >= sentence.start)
        ):
            status = "target"  # "… đặt mục tiêu cụ thể: …. Giá trị sản xuất công nghiệp tăng 10% so với năm 2024; …"
        if heading_year and period == heading_year:
            status = "target"
        if status == "estimate" and self._said_ahead(sentence, figure, period):
            status = "target"
        if status == "estimate" and self._targets_going_on(sentence, before, period):
            status = "target"
        if measure == "average_growth_pct" and _TARGET_GROWTH_BEFORE.search(segment):
            status = "target"
        if measure == "level" and _PLAN_AMOUNT_BEFORE.search(segment):
            status = "target"  # "sẽ đạt và vượt kế hoạch 900 triệu USD": the amount is the plan's
        if measure == "level" and _YEAR_PLAN_AMOUNT_BEFORE.search(segment):
            status, period = "target", period[:4]
        # "… in the first quarter of 2018, …. Dung said that … complete its target of 11 percent in exports growth
        # to reach 18.5 billion USD": a target whose sentence names no period is the year's, not the part's said before
        carried = period_mention is None and not self.periods[sentence] and "-" in period
        if carried and status == "target" and measure in ("level", "growth_pct") and target_said:
            period = period.partition("-")[0]
        if status == "estimate" and period_start(period) > self.published.last_day:
            return skip("a forecast of a period not yet begun")
        printed = self._printed_as_the_loader_reads_it(figure, sign, sentence) if not index_base else ""
        if index_base:
            self._skip(
                sentence,
                figure.printed,
                figure.start,
                "proposed with value_as_published blank: an index, the period before = 100",
            )
        price_basis = self._price_basis(before, sentence)
        if shared:
            row = Row(
                "", indicator, period, measure, status, comparator, f"{value:f}", figure.unit.code, price_basis,
                printed, self.article.quote(clause), sentence.line, figure.start,
            )  # fmt: skip
            self.shared_figures.append(SharedFigure(row, sentence))
            return
        if len(provinces) > 1 and comparator != "=":  # a bound a list shares: a province's own figure is another
            self.listed_bounds.add(figure.start)
        for province in provinces:  # "tăng trên 14% gồm Lai Châu, Bắc Ninh, …": one row each
            self._propose(
                sentence, clause, figure.start, indicator, period, measure, status, comparator, value,
                figure.unit.code, price_basis, printed, province,
            )  # fmt: skip

    def _printed_as_the_loader_reads_it(self, figure: Figure, sign: int, sentence: Sentence) -> str:
        """The figure as printed, for `value_as_published`, where the loader reads it to the same
        value; otherwise blank, and the review says why."""
        assert figure.value is not None and figure.unit is not None
        reference, language = self.vocabulary.reference, self.vocabulary.language
        candidates = [figure.printed]
        if sign < 0:  # "giảm 11,68%", "down 3.9 percent": the fall's words right before the number
            before = self.article.folded[max(sentence.start, figure.start - 30) : figure.start]
            for (lang, words), direction in reference.sign_words.items():
                if lang == language and direction < 0 and re.search(rf"(?<!\w){re.escape(words)}\s+$", before):
                    start = figure.start - len(before) + before.rindex(words)
                    candidates.insert(0, self.article.text[start : figure.end])
        for candidate in candidates:
            printed = " ".join(candidate.split())  # as the quote prints it: "2.4\npercent" broken across lines
            reading = read_published(printed, language, figure.unit, reference)
            if reading.value is not None and Decimal(reading.value) == figure.value * sign:
                return printed
        why = "a fall, printed as a rise" if sign < 0 else "the loader does not read this form"
        self._skip(sentence, figure.printed, figure.start, f"proposed with value_as_published blank: {why}")
        return ""

    def _body_before(self, sentence: Sentence) -> list[Sentence]:
        """The body's sentences before this one, in order (not the headlines)."""
        return [s for s in self.article.sentences if not s.is_title and s.end <= sentence.start]

    def _sentence_before(self, sentence: Sentence) -> Sentence | None:
        """The article's sentence just before this one, headline or body, if any."""
        here = self.article.sentences.index(sentence)
        return self.article.sentences[here - 1] if here else None

    def _sentence_at(self, position: int) -> Sentence:
        """The article's sentence a position falls in, as the text was cut into sentences."""
        return next(s for s in self.article.sentences if s.start <= position < s.end)

    def _price_basis(self, before: list[Mention], sentence: Sentence) -> str:
        said = [m.value for m in before if m.kind == "price_basis" and m.start >= sentence.start]
        if said:
            return said[-1]
        paragraph = self.line_price_basis  # said in an earlier sentence of the same paragraph
        return paragraph[1] if paragraph and paragraph[0] == sentence.line else ""

    # -- results ----------------------------------------------------------------------------------

    def _propose(
        self, sentence: Sentence, clause: Span, position: int, indicator: str, period: str, measure: str,
        status: str, comparator: str, value: Decimal, unit: str, price_basis: str, printed: str, province: str,
    ) -> None:  # fmt: skip
        row = Row(
            province, indicator, period, measure, status, comparator, f"{value:f}", unit,
            price_basis, printed, self.article.quote(clause), sentence.line, position,
        )  # fmt: skip
        if self.reading_title and any(
            (e.province_code, e.period, e.measure, _field(e.indicator_code))
            == (province, period, measure, _field(indicator))
            for e in self.result.rows
        ):  # "Industrial production rises 15.1% in four months" over a body's "IIP rose by 5.1%"; not a headline's
            # production value over the body's exports of the month
            return self._skip(sentence, printed or row.quote, position, "a headline: the body gives this figure")
        for index, earlier in enumerate(self.result.rows):
            if earlier.key == row.key and self._exceeded_unsaid(earlier) and printed and value >= 0:
                self.result.rows[index] = row  # "vượt chỉ tiêu kế hoạch", then by how much: "vượt 4,97% kế hoạch"
                return self._set_aside(earlier, f"said again below with its figure, {row.value}")
            if earlier.key == row.key and (
                self._rounded_then_exact(earlier, row) or self._headline_round_then_exact(earlier, row)
            ):
                self.result.rows[index] = row  # "ước tăng hơn 49%", then "tăng 49,03%": the exact figure
                return self._set_aside(earlier, f"said again exactly below as {row.value}")
            if earlier.key == row.key and self._local_after_customs(earlier, clause):
                self.result.rows[index] = row
                return self._set_aside(earlier, "exports declared at the province's customs: its own said below")
            if earlier.key == row.key and (self._bound_then_reached(earlier, row) or _reached_then_mark(earlier, row)):
                continue  # "more than US$1 billion", then "US$1.006 billion": two statements, each a row
            if earlier.key == row.key and not (  # then a listed province's own figure, "nearly $1.094 billion" too
                earlier.position in self.listed_bounds and row.comparator in ("=", "~")
            ):
                if (earlier.value, earlier.comparator) != (row.value, row.comparator):
                    self._skip(
                        sentence, printed or row.quote, position,
                        f"the same {indicator} {period} {measure} {status} was proposed above as {earlier.value}",
                    )  # fmt: skip
                return
        for index, earlier in enumerate(self.result.rows):
            if earlier.key[:-1] == row.key[:-1] and (earlier.value, earlier.comparator) == (row.value, row.comparator):
                if not row.price_basis:  # the figure restated without the basis said with it before
                    return
                if not earlier.price_basis:  # … or said first without it: the row that states it stays
                    self.result.rows[index] = row
                    return
        self.result.rows.append(row)

    def _local_after_customs(self, earlier: Row, clause: Span) -> bool:
        """ "kim ngạch xuất nhập khẩu hàng hóa mở tờ khai hải quan tại Cục Hải quan Lạng Sơn đạt …, xuất khẩu 2.750
        triệu USD, …. Xuất khẩu hàng hóa địa phương đạt 156 triệu USD": the local goods' exports are the
        province's own; the exports its customs cleared, mostly other places' goods, are not."""
        return (
            earlier.indicator_code == "export_value"
            and bool(_THROUGH_CUSTOMS.search(fold(earlier.quote)))
            and bool(_LOCAL_GOODS_EXPORTS.search(self.article.folded, clause.start, clause.end))
        )

    @staticmethod
    def _bound_then_reached(earlier: Row, row: Row) -> bool:
        """A level said first as a bound ("gained more than US$1 billion", "vượt mốc 3,2 tỷ USD") and then
        as an amount within it ("an export value of US$1.006 billion", "đạt hơn 3,4 tỷ USD"): the text
        restates the figure, more closely, not a part's figure taken for the whole (which is less)."""
        return (
            row.measure == earlier.measure == "level"
            and earlier.comparator == ">="
            and row.comparator in ("=", ">=")
            and row.unit == earlier.unit
            and Decimal(row.value) >= Decimal(earlier.value)
        )

    @staticmethod
    def _rounded_then_exact(earlier: Row, row: Row) -> bool:
        """A percentage said first as a whole number it exceeds ("ước tăng hơn 49%") or nears ("tăng gần 13%")
        and then exactly ("tăng 49,03%", "12,87%"): one figure, rounded in the lead; the exact one is the row."""
        if earlier.unit != "pct" or row.unit != "pct" or row.comparator != "=":
            return False
        if earlier.comparator == "~":  # "tăng gần 13%", then "ước tăng 12,87%": the whole number it rounds to
            approximate = Decimal(earlier.value)
            return approximate == approximate.to_integral_value() and abs(Decimal(row.value) - approximate) < 1
        return earlier.comparator == ">=" and _rounded_down_from(earlier, row)

    def _headline_round_then_exact(self, earlier: Row, row: Row) -> bool:
        """A level the headline prints as a round number and the lead says again ("The first locality reaches
        $10 billion of export turnover", "… is the first locality to hit $10 billion in the first quarter"), and
        then the body exactly ("with value of $10.5 billion"): one figure, rounded down as a milestone."""
        if earlier.measure != "level" or row.measure != "level" or earlier.unit != row.unit or row.unit == "pct":
            return False
        if earlier.comparator != "=" or row.comparator != "=":
            return False  # not "trên 10 tỷ USD", a bound, then "10,58 tỷ USD": two statements
        return (row.unit, Decimal(earlier.value)) in self.headline_amounts and _rounded_down_from(earlier, row)

    @staticmethod
    def _exceeded_unsaid(row: Row) -> bool:
        """The row of a plan said exceeded with no figure ("vượt chỉ tiêu kế hoạch"): `>=` 0."""
        return (
            row.measure == "plan_excess_pct"
            and row.comparator == ">="
            and row.value == "0"
            and not row.value_as_published
        )

    def _skip(self, sentence: Sentence, printed: str, position: int, reason: str) -> None:
        self.result.skipped.append(Skipped(sentence.line, printed, reason, self.article.quote(sentence), position))

    def _set_aside(self, row: Row, reason: str) -> None:
        """A row given up for a better one: the reviewer still sees what it was and why."""
        printed = row.value_as_published or row.quote
        self.result.skipped.append(Skipped(row.line, printed, reason, row.quote, row.position))


def _field(indicator: str) -> str:
    """Industry's two indicators are one field, which a headline may name loosely; each other is its own."""
    return "industry" if indicator in INDUSTRY_INDICATORS else indicator


def _reached_then_mark(earlier: Row, row: Row) -> bool:
    """A level said as an amount and then, in a later sentence, as the mark it passed ("hơn 10,5 tỷ USD", then
    "lần đầu tiên địa phương này đạt mốc XK trên 10 tỷ USD"): the milestone is a statement of its own, not a
    part's figure taken for the whole, which names no mark."""
    return (
        row.measure == earlier.measure == "level"
        and row.comparator == ">="
        and row.unit == earlier.unit
        and Decimal(row.value) <= Decimal(earlier.value)
        and row.quote != earlier.quote
        and bool(_A_MARK.search(fold(row.quote)))
    )


def _rounded_down_from(earlier: Row, row: Row) -> bool:
    """The earlier value a whole number the later one rounds down to ("49", then "49,03")."""
    bound, exact = Decimal(earlier.value), Decimal(row.value)
    return bound == bound.to_integral_value() and bound < exact < bound + 1
