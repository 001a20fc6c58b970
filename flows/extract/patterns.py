"""Patterns and words the rules of several fields use, written in plain Vietnamese and matched
against folded text."""

import re

from flows.extract.text import fold, place_tones

SUBJECT_KINDS = ("indicator", "other", "part", "anaphor")


def _folded_pattern(pattern: str) -> re.Pattern[str]:
    """A pattern written in plain Vietnamese, to match folded text (tone marks placed the new way)."""
    return re.compile(place_tones(pattern))


_PERIOD_LIST_GAP = _folded_pattern(r"\s*(?:,|,?\s*(?:and|và))\s*")
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")  # fmt: skip
_CHANGE_IN = _folded_pattern(r"\s+in\s+(?!\d)")
_PART_OPENER = _folded_pattern(r"\W*(?:trong\s+đó|riêng|of\s+which|in\s+which|particularly)(?!\w)")
# Words that may open a sentence that goes on about the indicator of the one before, unnamed:
# "Lũy kế 10 tháng, ước đạt …", "Tính chung cả năm đạt …", "In the first nine months, it reached …"
CONNECTING_WORDS = frozenset(
    fold(
        "lũy luỹ kế tính chung cộng dồn riêng như vậy trong đó của là và còn thì đến hết cuối nay qua sang với so "
        "cùng kỳ mới đã có được thực hiện toàn cũng vẫn tiếp tục "
        "chỉ "  # "only": "Nếu như năm 2006 chỉ đạt trên 4.712 tỉ đồng"
        "in the of for during it its they alone meanwhile period same so far as a result total altogether overall "
        "cumulatively cumulative past to date was were is stood at came amounted totalled totaled reaching reached hit also earned "
        "posted recorded registered achieved generated fetched ghi nhận however still comparing compared with by"
    ).split()
)
_PRODUCTION = "industrial production"  # in a report on the IIP, a province's growth of it is the index's
_RESPECTIVELY = _folded_pattern(r"(?<!\w)(?:lần\s+lượt|respective(?:ly)?)(?!\w)")
# "4 tỉnh vẫn có kim ngạch xuất khẩu dưới ngưỡng 100 triệu USD": a bound several places share
_SEVERAL_PLACES = _folded_pattern(
    r"(?<!\w)(?:\d+|một\s+số|các|nhiều|những|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
    r"several|some)\s+(?:tỉnh|địa\s+phương|thành\s+phố|provinces|localities|cities)(?!\w)"
)
