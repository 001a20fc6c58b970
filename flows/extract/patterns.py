"""Patterns and words the rules of several fields use, written in plain Vietnamese and matched
against folded text."""

import re

from flows.extract.text import fold, place_tones

SUBJECT_KINDS = ("indicator", "other", "part", "anaphor")


def folded_pattern(pattern: str) -> re.Pattern[str]:
    """A pattern written in plain Vietnamese, to match folded text (tone marks placed the new way)."""
    return re.compile(place_tones(pattern))


AFTER_PLAN = folded_pattern(
    r"\s*\)?\s*(?:so\s+với\s+|so\s+|(?:of|according\s+to|compared\s+(?:to|with))\s+(?:the\s+|its\s+|this\s+)?(?:local\s+|provincial\s+|assigned\s+|given\s+|set\s+)?"
    r"(?:year's\s+|year\s+|yearly\s+|annual\s+|(?:full|whole)[\s-]year\s+|(?:19|20)\d\d\s+)?)?"  # "of the 2022 plan"
    # "making 35.16% of the whole year projection": the plan said as what was projected
    r"(?:kế\s+hoạch|kh|chỉ\s+tiêu|plan|target|planned\s+(?:annual|yearly)|projection)(?!\w)"
)
AFTER_YEAR_EARLIER = folded_pattern(
    r"\s*(?:so\s+với|so)\s+(?:cùng\s+kỳ|năm\s+trước|năm\s+ngoái)|\s*(?:of|over|compared\s+(?:with|to))\s+the\s+same\s+period"
)
# What a growth is on, when not the same period a year earlier: the period just before
# ("so với (thực hiện) tháng trước", "month-on-month"), or a month named ("so với tháng 3/2022", "over April"),
# after the figure or after the bracket it stands in ("tăng mạnh (20,49%) so với tháng 4").
AFTER_PREVIOUS_PERIOD = folded_pattern(
    # ("với so", as the press sometimes transposes "so với")
    r"\s*\)?\s*(?:(?:so\s+với|so|với\s+so)\s+(?:thực\s+hiện\s+)?(?P<vi>tháng|quý|quí|kỳ)\s+(?:trước|liền\s+kề)(?!\w)"
    # "9.84 percent higher than that of the previous month"
    r"|(?:against|over|from|compared\s+(?:to|with)|(?:higher|more|lower|less)\s+than)\s+(?:that\s+of\s+)?the\s+"
    r"(?:previous|preceding)\s+(?P<en>month|quarter)"
    # "up 17 percent against last month figure"
    r"|(?:against|over|from|compared\s+(?:to|with))\s+last\s+(?P<last>month|quarter)(?!\w)"
    # "increased by 2.1% from a month earlier"
    r"|(?:against|over|from|compared\s+(?:to|with))\s+a\s+(?P<earlier>month|quarter)\s+(?:earlier|before|ago)(?!\w)"
    r"|(?P<on>month|quarter)[\s-](?:on|over)[\s-](?P=on)"
    # "its industrial production index went up 20.6% monthly and 16.7% annually"
    r"|(?P<every>month|quarter)ly(?!\w)"
    r"|(?:so\s+với|so)\s+tháng\s*(?P<number>\d{1,2})(?!\d)(?:\s*[/-]\s*(?:năm\s+)?|\s+năm\s+)?(?P<year>(?:19|20)\d\d)?"
    # "down by 14.95% against the 4th quarter of 2019" for the first quarter of 2020
    r"|(?:over|from|against|compared\s+(?:to|with))\s+the\s+(?P<quarter>first|second|third|fourth|1st|2nd|3rd|4th)"
    r"\s+quarter\s+of\s+(?P<quarter_year>(?:19|20)\d\d)"
    # "giảm 10,3% so với quý 2/2019" for the third quarter of 2019
    r"|(?:so\s+với|so)\s+(?:quý|quí)\s+(?P<vi_quarter>[1-4]|iv|i{1,3})(?:\s*[/-]\s*(?:năm\s+)?|\s+năm\s+)"
    r"(?P<vi_quarter_year>(?:19|20)\d\d)(?!\d)"
    # "a 7.9% surge in May against April": the figure's own month may come between the change and its base
    r"|(?:in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?"
    r"(?:over|from|against|compared\s+(?:to|with))\s+(?P<name>january|february|march|april|may|june|july|august"
    r"|september|october|november|december)(?:\s+(?P<name_year>(?:19|20)\d\d)(?!\d)|(?!\s+\d)))"
)
# "the industrial production value as well as the total retail sales …": "as well as" joins a list too
PERIOD_LIST_GAP = folded_pattern(r"\s*(?:,|,?\s*(?:and|và|as\s+well\s+as))\s*")
PERCENTAGE = folded_pattern(r"(?<![\w.,])\d[\d.,]*\s*(?:%|percent(?!\w)|per\s+cent(?!\w))")
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")  # fmt: skip
# what "so với tháng / quý trước" compares with, as the folded text spells it ("quý" folds to "qúy")
BASE_PERIOD_KINDS = {
    place_tones(word): code
    for word, code in {"tháng": "M", "month": "M", "quý": "Q", "quí": "Q", "quarter": "Q", "kỳ": ""}.items()
}
# "achieving more than 80% of this year's plan": the year is the plan's, said before it
YEARS_PLAN_AFTER = folded_pattern(r"'s\s+(?:plan|target)(?!\w)")
# "vượt kế hoạch đề ra 27,3%": the figure right after the plan exceeded is by how much
# "exceeding the plan by 29 percent", "exceeding the plan for 2022 by 7.46 per cent", "surpassing its target by 23
# percent" too
EXCEEDED_PLAN_BY = folded_pattern(
    r"(?<!\w)vượt\s+(?:chỉ\s+tiêu\s+)?(?:kế\s+hoạch|kh|chỉ\s+tiêu)(?:\s+(?:đề\s+ra|được\s+giao|năm))*(?:\s+(?:19|20)\d\d)?\s*$"
    r"|(?<!\w)(?:exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?)\s+(?:the\s+|its\s+)?(?:year's\s+|yearly\s+|annual\s+)?(?:plan|target)"
    r"(?:\s+(?:for|of)\s+(?:19|20)\d\d)?\s+by\s+$"
)
CHANGE_IN = folded_pattern(r"\s+in\s+(?!\d)")
PART_OPENER = folded_pattern(r"\W*(?:trong\s+đó|riêng|of\s+which|in\s+which|particularly)(?!\w)")
# Words that may open a sentence that goes on about the indicator of the one before, unnamed:
# "Lũy kế 10 tháng, ước đạt …", "Tính chung cả năm đạt …", "In the first nine months, it reached …"
CONNECTING_WORDS = frozenset(
    fold(
        "lũy luỹ kế tính chung cộng dồn riêng như vậy trong đó của là và còn thì đến hết cuối nay qua sang với so "
        "cùng kỳ mới đã có được thực hiện toàn cũng vẫn tiếp tục "
        "chỉ "  # "only": "Nếu như năm 2006 chỉ đạt trên 4.712 tỉ đồng"
        "tỉnh này "  # the province itself: "Lũy kế 2 tháng đầu năm của tỉnh này ước đạt …"
        "in the of for during it its they alone meanwhile period same so far as a result total altogether overall "
        "cumulatively cumulative past to date was were is stood at came amounted totalled totaled reaching reached hit also earned "
        "posted recorded registered achieved generated fetched ghi nhận however still comparing compared with by "
        "figure figures year have"  # "The cumulative figure for the first eight months of the year is estimated to have …"
    ).split()
)
PRODUCTION = "industrial production"  # in a report on the IIP, a province's growth of it is the index's
RESPECTIVELY = folded_pattern(r"(?<!\w)(?:lần\s+lượt|respective(?:ly)?)(?!\w)")
# "4 tỉnh vẫn có kim ngạch xuất khẩu dưới ngưỡng 100 triệu USD": a bound several places share
SEVERAL_PLACES = folded_pattern(
    r"(?<!\w)(?:\d+|một\s+số|các|nhiều|những|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
    r"several|some)\s+(?:tỉnh|địa\s+phương|thành\s+phố|provinces|localities|cities)(?!\w)"
)
FROM_BEFORE = folded_pattern(
    r"(?<!\w)(?:from|từ)\s+(?:mức\s+)?(?:(?:nearly|about|over|more\s+than|gần|hơn|trên|khoảng)\s+)?$"
)
