"""Patterns and words the rules of several fields use, written in plain Vietnamese and matched
against folded text."""

import re

from flows.extract.text import place_tones


def _folded_pattern(pattern: str) -> re.Pattern[str]:
    """A pattern written in plain Vietnamese, to match folded text (tone marks placed the new way)."""
    return re.compile(place_tones(pattern))


_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")  # fmt: skip
_RESPECTIVELY = _folded_pattern(r"(?<!\w)(?:lần\s+lượt|respective(?:ly)?)(?!\w)")
# "4 tỉnh vẫn có kim ngạch xuất khẩu dưới ngưỡng 100 triệu USD": a bound several places share
_SEVERAL_PLACES = _folded_pattern(
    r"(?<!\w)(?:\d+|một\s+số|các|nhiều|những|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
    r"several|some)\s+(?:tỉnh|địa\s+phương|thành\s+phố|provinces|localities|cities)(?!\w)"
)
