"""Patterns and words the rules of several fields use, written in plain Vietnamese and matched
against folded text."""

import re

from flows.extract.text import place_tones


def _folded_pattern(pattern: str) -> re.Pattern[str]:
    """A pattern written in plain Vietnamese, to match folded text (tone marks placed the new way)."""
    return re.compile(place_tones(pattern))


_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")  # fmt: skip
