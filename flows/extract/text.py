"""An article cut into the pieces the rules read: title lines, sentences, and the clauses between semicolons.

Every piece keeps its offsets in the article (after Unicode NFC), so that what is quoted is the
article's own text. Matching happens on a folded copy of the same length: lower case, and the
old and new places of the tone mark ("hoá" and "hóa") written alike.
"""

import re
import unicodedata
from dataclasses import dataclass

# Old-style tone placement -> new style ("oá" -> "óa"), two characters for two, so offsets are kept.
_TONES = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng
_TONE_PLACES = {
    unicodedata.normalize("NFC", first + second + tone): unicodedata.normalize("NFC", first + tone + second)
    for first, second in (("o", "a"), ("o", "e"), ("u", "y"))
    for tone in _TONES
}
_TONE_PLACE = re.compile("|".join(_TONE_PLACES))

TITLE_MAX_CHARS = 150  # a line longer than this is body text, whatever its ending
_END_MARK = re.compile(r"\./\.|[.!?…]+")
# a picture's caption line: "(Photo: VNA)", "(Ảnh: …)", "— VNA/VNS Photo Hồng Đạt |"
_CAPTION = re.compile(
    r"\((?:Photo|Ảnh|Source|Nguồn)\s*:[^)]*\)\s*\|?$|[\u2014\u2013-]\s*(?:VNA/VNS|VNA|VNS)\s+Photo\b[^.]*$"
    # or the picture's credit after the caption's last stop, unbracketed: "… năm 2020. Ảnh: Ngô Minh Phương"
    r"|[.!?…]\s+(?:Photo|Ảnh)(?:\s+minh\s+(?:họa|hoạ))?\s*:[^.!?…]{0,60}\|?$"  # "… sau 7 tháng. Ảnh minh họa: TTXVN"
)
# A headline run into the lead on one line, as some pages are copied: a percentage, then a capital
# opening the body ("… của Nghệ An tăng 32% Tổng kim ngạch xuất khẩu hàng hóa 9 tháng …")
_RUN_IN_HEADLINE = re.compile(r"\d\s?%(?=\s+[^\W\d_])")
# (also the last, after "and / và": "… of US$17.53 billion; US$14.37 billion; and US$13.15 billion respectively")
_FIGURE = r"(?:US)?\$?\s*\d[\d.,]*\s*(?:%|[^\W\d]+(?:\s+[^\W\d]+)?)?"
# "…: 22,2 tỷ USD; 17,2 tỷ USD và 15,8 tỷ USD.": the last piece may join two figures
_FIGURE_ALONE = re.compile(rf"\s*(?:(?:and|và)\s+)?{_FIGURE}(?:\s*,?\s+(?:and|và)\s+{_FIGURE})?\s*[;.]?\s*")
_ENDS_SENTENCE = re.compile(r"[.!?…:;]\W*\s*$")
# A page's time stamp on a line of its own ("08:54 08/09/2017"): neither a headline nor the lead goes on through it
_TIME_STAMP = re.compile(
    r"\d{1,2}:\d{2}(?::\d{2})?\s+\d{1,2}/\d{1,2}/\d{4}|\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?"
)
_ABBREVIATIONS = ("TP", "Tp", "Mr", "Mrs", "Ms", "Dr", "St", "No", "TS", "ThS", "PGS", "GS")


def fold(text: str) -> str:
    """Lower case, new-style tone marks and straight apostrophes; the same length as `text`."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer: fold nothing of it
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return place_tones(lowered).replace("\u2019", "'").replace("\u2018", "'")


def place_tones(text: str) -> str:
    """The tone mark where the new style puts it: "hoá" -> "hóa", "thuỷ" -> "thủy"."""
    return _TONE_PLACE.sub(lambda m: _TONE_PLACES[m.group()], text)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Sentence(Span):
    line: int  # 1-based, of the sentence's first character
    is_title: bool  # a headline or a picture's caption, which the body says again
    clauses: tuple[Span, ...]


@dataclass(frozen=True)
class Article:
    text: str  # NFC
    folded: str
    sentences: tuple[Sentence, ...]

    def quote(self, span: Span) -> str:
        """The piece as printed, its whitespace made single spaces, without a closing semicolon."""
        return " ".join(self.text[span.start : span.end].split()).rstrip(";").rstrip()


def read_article(raw: str) -> Article:
    text = unicodedata.normalize("NFC", raw).replace("\u00a0", " ")
    sentences: list[Sentence] = []
    in_title = True  # the leading short lines that do not end as a sentence does
    for number, start, end in _logical_lines(text):
        line = text[start:end]
        stripped = line.strip()
        if in_title and stripped:
            in_title = len(stripped) <= TITLE_MAX_CHARS and not _ENDS_SENTENCE.search(stripped)
            run_in = None if in_title or sentences else _run_in_headline(line)
            if run_in:
                clauses = _clauses(text, start, start + run_in)
                sentences.append(Sentence(start, start + run_in, number, True, clauses))
                start, line = start + run_in, line[run_in:]
        heading = in_title or bool(_CAPTION.search(stripped))
        for begin, finish in _sentence_spans(line):
            clauses = _clauses(text, start + begin, start + finish)
            sentences.append(Sentence(start + begin, start + finish, number, heading, clauses))
    return Article(text=text, folded=fold(text), sentences=tuple(sentences))


def _run_in_headline(line: str) -> int | None:
    """Where the body starts on a first line that runs the headline into it: after the headline's
    percentage, at a capital, with no end mark before it and within a headline's length."""
    for match in _RUN_IN_HEADLINE.finditer(line, 0, TITLE_MAX_CHARS):
        if _END_MARK.search(line, 0, match.end()):
            return None
        if line[match.end() :].lstrip()[:1].isupper():
            return match.end()
    return None


def _logical_lines(text: str) -> list[tuple[int, int, int]]:
    """(first line number, start, end) of each non-blank line, where a line that stops
    mid-sentence is joined with the next one that goes on in lower case or with a number, blank
    lines between or not: text taken from PDF pages breaks its sentences so."""
    joined: list[tuple[int, int, int]] = []
    offset = 0
    for number, line in enumerate(text.split("\n"), start=1):
        start, end = offset, offset + len(line)
        offset = end + 1
        piece = line.strip()
        if not piece:
            continue
        goes_on = piece[0].islower() or piece[0].isdigit()
        before = text[joined[-1][1] : joined[-1][2]] if joined else ""
        stamped = bool(_TIME_STAMP.fullmatch(piece)) or bool(joined and _TIME_STAMP.fullmatch(before.strip()))
        if (
            joined
            and not stamped
            and ((goes_on and not _ENDS_SENTENCE.search(before)) or (piece[0].isalnum() and _in_open_bracket(before)))
        ):
            joined[-1] = (joined[-1][0], joined[-1][1], end)
        else:
            joined.append((number, start, end))
    return joined


def inside_brackets(text: str, start: int, at: int) -> bool:
    """Whether `at` stands inside a bracket opened after `start` and not closed before it: an aside's."""
    return text.rfind("(", start, at) > text.rfind(")", start, at)


def _in_open_bracket(line: str) -> bool:
    """A line that stops inside a bracket it opened, not at a sentence's end: a PDF page breaks its list
    so, a capital going on ("(Cả nước 7,08%; ĐBSH: Vĩnh Phúc 8,0%; Bắc" then "Ninh 10,6%; …")."""
    return line.count("(") > line.count(")") and not _END_MARK.search(line.rstrip()[-1:])


def _sentence_spans(line: str) -> list[tuple[int, int]]:
    """A sentence ends at an end mark followed by a capital letter or the line's end (decimal
    points are followed by digits), also with the space missing: "for the new year.Besides", "(GRDP).In the first four months"."""
    spans, start = [], 0
    for mark in _END_MARK.finditer(line):
        after = line[mark.end() :]
        following = after.lstrip(" \t\"“”'(")
        spaced = len(after) > len(following) and after[0].isspace()
        before = line[mark.start() - 1 : mark.start()]
        glued = not after[:1].isspace() and mark.group() == "." and (before.islower() or before == ")")
        ends = not following.strip() or (following[0].isupper() and (spaced or (glued and following[1:2].islower())))
        word_before = re.search(r"(\w+)$", line[start : mark.start()])
        if ends and not (word_before and word_before.group(1) in _ABBREVIATIONS):
            spans.append((start, mark.end()))
            start = mark.end()
    spans.append((start, len(line)))
    trimmed = []
    for begin, end in spans:
        piece = line[begin:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            trimmed.append((begin + lead, begin + len(piece.rstrip())))
    return trimmed


def _clauses(text: str, start: int, end: int) -> tuple[Span, ...]:
    """Split at semicolons outside brackets; a piece that is a figure alone stays with the clause before it
    ("… lần lượt là: 17,53 tỷ USD; 14,37 tỷ USD; 13,41 tỷ USD": one list of figures)."""
    clauses, begin, depth = [], start, 0
    for i in range(start, end + 1):
        char = text[i] if i < end else ";"
        depth += char == "("
        depth -= char == ")" and depth > 0
        if char == ";" and (depth == 0 or i == end):  # a bracket left open at the sentence's end closes there
            if clauses and _FIGURE_ALONE.fullmatch(text, begin, min(i + 1, end)):
                clauses[-1] = Span(clauses[-1].start, min(i + 1, end))
            else:
                clauses.append(Span(begin, min(i + 1, end)))
            begin = i + 1
    return tuple(_trim(text, c) for c in clauses if text[c.start : c.end].strip(" ;"))


def _trim(text: str, span: Span) -> Span:
    piece = text[span.start : span.end]
    return Span(span.start + len(piece) - len(piece.lstrip()), span.start + len(piece.rstrip()))
