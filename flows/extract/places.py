"""The rules for places: whose figure a row is (docs/extract.md)."""

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from flows.extract.figures import EN_NUMBER_WORDS, Figure
from flows.extract.patterns import RESPECTIVELY, SEVERAL_PLACES, folded_pattern
from flows.extract.periods import PeriodMention
from flows.extract.rows import Extraction, SharedFigure
from flows.extract.text import Article, Sentence, Span, fold, inside_brackets
from flows.extract.vocabulary import Mention, Vocabulary

# "Đồng Nai (35,01 tỷ USD)": a figure in brackets right after a place's name
_BRACKET_AFTER_NAME = re.compile(r"\s*\([^()]*\)")
_DATELINE = re.compile(r"\s*\((?:VNA|TTXVN|VNS)\)")
_SOURCE_BEFORE = folded_pattern(r"(?:according\s+to|theo|reported\s+by|(?:said|says)\s+the)\s+(?:the\s+)?$")
# "…, a year-on-year rise of 1.6 per cent, the GSO reported": the source named before its verb, after the figure
_SOURCE_VERB_AFTER = folded_pattern(r"\s+(?:reported|reports|said|says|announced|estimated)(?!\w)")
# A list of provinces that share a figure or take one each: "Bắc Ninh, Hải Dương và Đồng Nai",
# "the northern port city of Hai Phong and northern Thai Nguyen province".
_LIST_GAP = folded_pattern(
    r"\s*(?:(?:provinces|cities|province|city)\s*)?(?:,|,?\s*(?:và|and)(?!\w))\s*"
    r"(?:(?:the|northern|southern|central|north|south|port|city|province|of|tỉnh|thành\s+phố)\s+)*"
)
# "six provinces … $1 billion or more last month, Bắc Giang, …", "tăng trên 14% gồm Lai Châu, …"
# "đạt trị giá từ 1 tỷ USD trở lên là Bắc Giang và Tây Ninh"
_LIST_OPENER = folded_pattern(r"(?:,|:|(?<!\w)(?:bao\s+gồm|gồm|including|namely|là))\s*:?\s*$")
# "cao hơn chỉ số sản xuất công nghiệp cả nước", "higher than the national average": the country's
# figure is the province's yardstick
_COMPARED_WITH = folded_pattern(
    r"(?<!\w)(?:(?:cao|thấp|nhanh|chậm)\s+hơn|(?:higher|lower|faster|slower)\s+than)(?:\s+[^\s,;.()]+){0,8}\s+$"
)
# "Bắc Ninh đã vượt TP HCM để trở thành …", "overtook": the place overtaken, after its verb, is not the subject
_OVERTAKEN_BEFORE = folded_pattern(r"(?<!\w)(?:vượt(?:\s+qua)?|overtook|overtaking|surpassed|surpassing)\s+$")
# "khu vực Tây Nguyên", "khu vực Đồng bằng sông Cửu Long": a part of the country, not a sector
_REGION = folded_pattern(
    r"\s+(?:miền|phía|tây\s+nguyên|đồng\s+bằng|đông\s+nam\s+bộ|tây\s+nam\s+bộ|nam\s+bộ|bắc\s+bộ|tây\s+bắc"
    r"|đông\s+bắc|bắc\s+trung\s+bộ|nam\s+trung\s+bộ|duyên\s+hải|trung\s+du"
    r"|đbsh|đbscl|tdmnpb)(?!\w)"  # "khu vực ĐBSH": the regions as statistics offices shorten them
)
_CITY_BEFORE = folded_pattern(r"(?<!\w)(?:tp\.?|thành\s+phố)\s*$")
_KEY_REGION = folded_pattern(r"\s+trọng\s+điểm(?!\w)")
_REFERRED_BACK = folded_pattern(r"\s+(?:này|đó|trên)(?!\w)")
# "a leading province on exports of the whole country", "tỉnh dẫn đầu cả nước", "has ranked first nationwide",
# "dẫn đầu về kim ngạch xuất khẩu của cả nước", "địa phương có kim ngạch xuất khẩu cao nhất cả nước",
# "địa phương xuất khẩu số 1 của cả nước": where a province ranks, not the country's own figure
_RANK_SCOPE = folded_pattern(
    r"(?:(?:province|city|locality)(?:\s+\w+){0,3}\s+(?:of|in|among)|(?:dẫn|đứng)\s+đầu(?:\s+về(?:\s+[^\W\d]+){1,5})?"
    r"(?:\s+của)?|(?:cao|lớn|nhiều)\s+nhất(?:\s+của)?|thứ\s+\w+|số\s+(?:1|một)(?:\s+của)?"
    r"|(?:rank(?:ed|s)?|xếp(?:\s+hạng)?)\s+(?:thứ\s+)?\w+(?:\s+(?:in|among|trong))?)\s+$"
)
# "với 76,44 tỷ USD, Bắc Ninh …", "With US$3.7 billion, HCM City …": a figure put before its place
_WITH_FIGURE = folded_pattern(
    r"(?:^|[,:]\s*|(?<!\w))(?:với|with)\s+(?:(?:khoảng|gần|hơn|trên|over|more\s+than|nearly|about|almost)\s+)?$"
)
# "giá trị sản xuất công nghiệp toàn vùng ước đạt …", "retail sales … in the region reached …", "the region's export
# value was …", "the combined retail sales …": a region's total, in a sentence that names no province
_REGION_WHOLE = folded_pattern(
    r"(?<!\w)(?:toàn\s+vùng|(?:in|of)\s+the\s+region(?!\s+of)|the\s+region(?:'|\u2019)s|the\s+combined)(?!\w)"
)
# "Additionally, its export turnover …", "Total retail sales … are projected to reach …": a clause that goes on
# about what the sentence before spoke of, naming no place of its own
_ITS_OPENS = folded_pattern(r"(?:[^\W\d]+\s*,\s*)?(?:its|total)(?!\w)")
_FORMER_OR_LATTER = re.compile(r"(?<!\w)the\s+(former|latter)(?!\w)")
# "This locality achieved …", "kim ngạch của địa phương này", "The latter's dropped …", "Its exports were up …":
# a province the sentence before named
_PLACE_REFERRED = folded_pattern(
    r"(?<!\w)(?:(?P<this>địa\s+phương\s+này|tỉnh\s+này|this\s+(?:locality|province))|the\s+(?P<which>former|latter)"
    r"|(?P<its>its)|(?P<these>these\s+(?:\w+\s+)?(?:localities|provinces|cities)|(?:hai|các)\s+(?:tỉnh|địa\s+phương)\s+(?:này|trên))"
    r"|the\s+(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:\w+\s+)?(?:localities|provinces|cities)"
    r"|(?P<count_vi>\d{1,2})\s+(?:địa\s+phương|tỉnh)\s+(?:dẫn\s+đầu|(?:nêu\s+)?trên)"
    r"|(?P<figure>(?:this|the)\s+figure|con\s+số\s+(?:này|trên)))(?!\w)"
)
# "Among the other provinces, Ho Chi Minh City maintained its leading position …. In particular, export turnover
# reached $34.8 billion": a clause that opens on the detail of the sentence before
_DETAIL_OPENER = folded_pattern(r"(?:in\s+particular|specifically|in\s+detail|cụ\s+thể|đặc\s+biệt)\s*,")
_DASH_AFTER = re.compile(r"\s*[\u2014\u2013-]\s+")


class PlaceRules:
    """Whose figure it is: the province or provinces a figure is named for, the country's figures, regions and
    cities, lists of places and the figures several places share."""

    article: Article
    by_default: set[int]
    clause_figures: list[Figure]
    each_province: bool
    names_on: date
    national_context: bool
    national_figures: list[tuple[Figure, Sentence]]
    periods: dict[Sentence, list[PeriodMention]]
    places_before: list[str]
    province: str | None
    result: Extraction
    shared_figures: list[SharedFigure]
    vocabulary: Vocabulary

    def _province_named_most(self, named: list[Mention]) -> str | None:
        """The province the text names most often, if one is named more often than any other; not counting
        a dateline's, where the story was filed ("HÀ NỘI — The total retail sales …" of the country)."""
        counts: dict[str, int] = {}
        for mention in named:
            if mention.kind == "province" and not self._dateline(mention):
                code = self.vocabulary.province_at(mention.value, self.names_on)
                if code:
                    counts[code] = counts.get(code, 0) + 1
        ranked = sorted(counts.items(), key=lambda item: -item[1])
        if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
            return self._named_in_the_headline([code for code, count in ranked if count == ranked[0][1]], named)
        return ranked[0][0]

    def _named_in_the_headline(self, tied: list[str], named: list[Mention]) -> str | None:
        """Of provinces named equally often, the one the headline names, where it names one alone: a
        statistics office's page headed "Niên giám Cục Thống kê tỉnh Hà Nam năm 2018" that sets the
        province beside its region's others, each named once."""
        titles = [s for s in self.article.sentences if s.is_title]
        in_titles = {
            self.vocabulary.province_at(m.value, self.names_on)
            for m in named
            if m.kind == "province" and any(s.start <= m.start < s.end for s in titles)
        }
        return next(iter(in_titles)) if len(in_titles) == 1 and in_titles <= set(tied) else None

    def _unnamed_places(self, sentence: Sentence, mention: Mention) -> bool:
        """ "Một số địa phương có chỉ số IIP đạt mức tăng khá cao" after a national figure: several places
        spoken of without a name, so the text goes on about the country."""
        return any(
            found.start() <= mention.start < found.end()
            for found in SEVERAL_PLACES.finditer(self.article.folded, sentence.start, sentence.end)
        )

    def _examples_of_the_country(self, sentence: Sentence, figures: list[Figure], mentions: list[Mention]) -> bool:
        """ "Trong đó có nhiều địa phương tăng trưởng cao như: Trà Vinh, Khánh Hoà, …" after a national
        sentence: places named only as examples, with no figure, and the text goes on about the country."""
        if not self.national_context or figures:
            return False
        places = [m for m in mentions if m.kind == "province" and m.start >= sentence.start]
        examples = [m for m in mentions if m.kind == "part" and m.value == "a breakdown" and m.start >= sentence.start]
        return bool(places and examples) and examples[0].end <= places[0].start

    def _a_provincial_city(self, mention: Mention) -> bool:
        """ "TP Hải Dương 30%", "thành phố Thái Bình": the city a province is named after, one of its
        districts, where the province is not itself a city ("TP Hà Nội", "thành phố Cần Thơ" are)."""
        if not _CITY_BEFORE.search(self.article.folded, max(0, mention.start - 12), mention.start):
            return False
        code = self.vocabulary.province_at(mention.value, self.names_on)
        return code is not None and not any(
            alias.code == code
            and folded.startswith(("tp", fold("thành phố")))
            and (alias.valid_from is None or alias.valid_from <= self.names_on)
            and (alias.valid_to is None or self.names_on <= alias.valid_to)
            for folded, aliases in self.vocabulary.aliases.items()
            for alias in aliases
        )

    def _a_region(self, mention: Mention) -> bool:
        """ "khu vực Tây Nguyên", "khu vực miền Trung", and "khu vực này" after one: a part of the
        country, not an economic sector. Its total is not a province's, but a province named after it
        takes its own figure ("Địa phương có kim ngạch XK lớn nhất ở khu vực này là Đắk Lắk đạt 982,7
        triệu USD")."""
        folded = self.article.folded
        if folded[mention.start : mention.end] == fold("khu vực kinh tế"):  # "khu vực kinh tế trọng điểm Đông Nam bộ"
            return bool(_KEY_REGION.match(folded, mention.end))
        if folded[mention.start : mention.end] != fold("khu vực"):
            return False
        if _REGION.match(folded, mention.end):
            return True
        if not _REFERRED_BACK.match(folded, mention.end):
            return False
        earlier = folded.rfind(fold("khu vực"), max(0, mention.start - 400), mention.start)
        return earlier >= 0 and bool(_REGION.match(folded, earlier + len("khu vực")))

    def _name_shared_figures(self, sentence: Sentence, mentions: list[Mention]) -> None:
        """The places of a figure several places share, from the first list of two or more provinces in
        the sentences soon after ("4 địa phương mới gia nhập câu lạc bộ tỷ đô là …, Hà
        Nam, Long An và Tây Ninh")."""
        waiting = [s for s in self.shared_figures if not s.provinces and s.sentences_left > 0]
        if not waiting:
            return
        places = self._places(mentions)
        lists = [self._list_starting(places, first) for first in places]
        longest = max(lists, key=len, default=[])
        for shared in waiting:
            shared.sentences_left -= 1
            if len(longest) > 1:
                shared.provinces = self._codes(longest)

    def _propose_shared_figures(self) -> None:
        """A shared figure's rows, for each place listed that the text gives no figure of its own
        of the same indicator, period and measure (HCM City's "exceed 10 billion USD", Bac Giang's
        "USD10.7 billion", among "7 provinces … of USD10 billion or more")."""
        for shared in self.shared_figures:
            row, sentence = shared.row, shared.sentence
            if not shared.provinces:
                self._skip(
                    sentence, row.value_as_published, row.position, "a figure several places share, not naming which"
                )
            for province in shared.provinces:
                if self.province and not self.each_province and province != self.province:
                    continue
                own = any(
                    (r.province_code, r.indicator_code, r.period, r.measure)
                    == (province, row.indicator_code, row.period, row.measure)
                    for r in self.result.rows
                )
                if not own:
                    self.result.rows.append(replace(row, province_code=province))

    def _drop_the_countrys_restated(self) -> None:
        """A figure whose clause names no place, read without --province, that a later national sentence prints
        again with its indicator and period, is the country's: a lead that sums up a national report before citing
        it ("Chỉ số sản xuất toàn ngành công nghiệp 2 tháng đầu năm 2018 tăng 15,2%, …", then "Theo báo cáo của
        Tổng cục Thống kê, … Tính chung 2 tháng đầu năm 2018, chỉ số sản xuất toàn ngành công nghiệp tăng 15,2%")."""
        folded = self.article.folded
        for row in [r for r in self.result.rows if r.position in self.by_default]:
            for figure, sentence in self.national_figures:
                if figure.start <= row.position or " ".join(figure.printed.split()) != row.value_as_published:
                    continue
                indicators = {
                    m.value
                    for m in self.vocabulary.mentions(folded, sentence.start, figure.start)
                    if m.kind == "indicator"
                }
                periods = {
                    self._resolve(m) for m in self.periods[sentence] if m.kind == "period" and m.end <= figure.start
                }
                if row.indicator_code in indicators and row.period in periods:
                    self.result.rows.remove(row)
                    self._set_aside(row, f"a national figure: printed again on line {sentence.line} as the country's")
                    break

    def _national(self, before: list[Mention], clause: Span, mentions: list[Mention], figure: Figure) -> bool:
        """A national marker in the clause before the figure, with no place named between it and
        the figure ("Theo Tổng cục Thống kê, … của tỉnh Nam Định tăng 10,19%" is the province's);
        or cited after it as the source ("…, according to the GSO") in a clause naming no place."""
        markers = [
            m
            for m in before
            if m.kind == "national"
            and m.start >= clause.start
            and not _RANK_SCOPE.search(self.article.folded, max(0, m.start - 60), m.start)
        ]
        if markers:
            return not any(m.kind in ("province", "local") and m.start > markers[-1].end for m in before)
        in_clause = [m for m in mentions if clause.start <= m.start < clause.end]
        folded = self.article.folded
        said_after = any(
            m.kind == "national"
            and m.start >= figure.end
            and (_SOURCE_BEFORE.search(folded, clause.start, m.start) or _SOURCE_VERB_AFTER.match(folded, m.end))
            for m in in_clause
        )
        places = [m for m in in_clause if m.kind in ("province", "local") and not self._dateline(m)]
        return said_after and not places

    def _country_compared(self, marker: Mention) -> bool:
        """The country set beside the province, "cao hơn chỉ số sản xuất công nghiệp cả nước (IIP cả
        nước 7,5%)", "(cả nước tăng 7,5%)": an aside, after which the text goes on about the
        province, not a national passage."""
        folded = self.article.folded
        sentence_start = self._sentence_at(marker.start).start
        if inside_brackets(folded, sentence_start, marker.start):
            return True
        return bool(_COMPARED_WITH.search(folded, max(sentence_start, marker.start - 80), marker.start))

    def _dateline(self, mention: Mention) -> bool:
        """ "Hanoi (VNA) -", "HÀ NỘI - The province's…": where the story was filed, not whose figure it is."""
        text = self.article.text
        dash = _DASH_AFTER.match(text, mention.end)
        return bool(_DATELINE.match(text, mention.end)) or bool(dash and text[dash.end() : dash.end() + 1].isupper())

    def _owners(self, clause: Span, figure: Figure, mentions: list[Mention]) -> list[str] | None:
        """The provinces a figure is named for in its clause: the place named nearest before it with
        the list it ends ("Các tỉnh Bắc Ninh, Hải Dương và Đồng Nai cùng tăng 8,1%"), the one of a
        list its turn gives ("lần lượt là Phú Thọ và Đồng Nai, … 29,68 tỷ USD và 28,75 tỷ USD"), or
        a list right after it that closes the clause ("tăng trên 14% gồm Lai Châu, Bắc Ninh, …").
        None where the clause names no province for it; [] where it speaks of several places ("4
        tỉnh … dưới ngưỡng 100 triệu USD") without naming them."""
        places = self._places(m for m in mentions if clause.start <= m.start < clause.end)
        named = [m for m in places if m.end <= figure.start]
        while len(named) > 1 and (
            self._own_figure_bracketed(named[-1], figure) or self._overtaken(named[-2], named[-1], figure)
        ):
            named.pop()  # "Phú Thọ vượt qua Đồng Nai (35,01 tỷ USD) để … với kim ngạch 36,59 tỷ USD": Phú Thọ's
        if named:
            listed = self._list_ending(places, named[-1])
            turns = RESPECTIVELY.search(self.article.folded, named[-1].end, figure.start)
            earlier = [m for m in named if m.end <= listed[0].start]
            if len(listed) == 1 and turns and earlier:  # "Binh Duong and Thai Nguyen passed Bac Ninh … with
                several = self._list_ending(places, earlier[-1])  # respective turnovers of …": the subjects'
                turn = sum(turns.end() <= f.start < figure.start for f in self.clause_figures)
                if len(several) > 1:
                    return self._codes([several[turn]] if turn < len(several) else [])
            if len(listed) > 1 and RESPECTIVELY.search(self.article.folded, clause.start, clause.end):
                turn = sum(listed[-1].end <= f.start < figure.start for f in self.clause_figures)
                listed = [listed[turn]] if turn < len(listed) else []
            which = len(listed) > 1 and _FORMER_OR_LATTER.search(self.article.folded, listed[-1].end, figure.start)
            if which:  # "Hai Phong and Bac Ninh reported …, the former's by … to 3.92 billion USD"
                listed = [listed[0] if which.group(1) == "former" else listed[-1]]
            return self._codes(listed)
        following = [m for m in places if m.start >= figure.end]
        gap = self.article.folded[figure.end : following[0].start] if following else ""
        if following and not any(figure.end <= f.start < following[0].start for f in self.clause_figures):
            listed = self._list_starting(places, following[0])
            closes = not re.search(r"\w", self.article.folded[listed[-1].end : clause.end])  # nothing said after it
            if len(listed) > 1 and closes and _LIST_OPENER.search(gap):
                return self._codes(listed)
        if (
            following
            and _WITH_FIGURE.search(self.article.folded, clause.start, figure.start)
            and re.fullmatch(r"\s*,\s*", gap)
        ):  # "với 76,44 tỷ USD, Bắc Ninh đã vươn lên dẫn đầu …": the place named right after is the figure's
            return self._codes([following[0]])
        several = list(SEVERAL_PLACES.finditer(self.article.folded, clause.start, figure.start))
        if several and not any(m.kind == "local" and several[-1].end() <= m.start < figure.start for m in mentions):
            return []  # not "So với các tỉnh trong vùng, kim ngạch xuất khẩu của tỉnh tăng …"
        return None

    def _a_regions_total(self, sentence: Sentence, clause: Span, figure: Figure, mentions: list[Mention]) -> bool:
        """A figure of a region as a whole, in a sentence naming no province or locality before it: "toàn vùng",
        "in the region", "the region's", "the combined"; or "its" opening a clause after such a sentence
        ("Additionally, its export turnover jumped by 18.3%")."""
        folded = self.article.folded
        if any(m.kind in ("province", "local") and sentence.start <= m.start < figure.start for m in mentions):
            return False
        if _REGION_WHOLE.search(folded, sentence.start, figure.start):
            return True
        before = self._sentence_before(sentence)
        return (
            before is not None
            and bool(_ITS_OPENS.match(folded, clause.start))
            and bool(_REGION_WHOLE.search(folded, before.start, before.end))
            and not self._places(self.vocabulary.mentions(folded, before.start, before.end))
        )

    def _own_figure_bracketed(self, place: Mention, figure: Figure) -> bool:
        """The place's own figure of the same kind (amount or percentage) in brackets right after its
        name, closed before this figure: this one is not the place's, but of a place named before it."""
        folded = self.article.folded
        aside = _BRACKET_AFTER_NAME.match(folded, place.end, figure.start)
        if not aside:
            return False
        inside = [f for f in self.clause_figures if aside.start() <= f.start < aside.end()]
        return len(inside) == 1 and all(
            f.unit is not None and figure.unit is not None and (f.unit.code == "pct") == (figure.unit.code == "pct")
            for f in inside
        )

    def _overtaken(self, subject: Mention, place: Mention, figure: Figure) -> bool:
        """A place named as overtaken by the one before it, with no figure of its own in brackets between
        it and the figure: "Bắc Ninh đã vượt TP HCM để trở thành … với 3,36 tỷ USD" is Bắc Ninh's."""
        folded = self.article.folded
        return (
            bool(_OVERTAKEN_BEFORE.search(folded, subject.end, place.start))
            and "(" not in folded[place.end : figure.start]
        )

    def _place_referred(self, clause: Span, figure: Figure) -> list[str] | None:
        """The province the sentence before named, where the clause refers back to it before the figure:
        "this locality" its last, "the former"/"the latter" of a list, "its", "this figure" and "In particular, …"
        where it named one alone, "these two localities …, respectively" each of a list in turn."""
        said = list(_PLACE_REFERRED.finditer(self.article.folded, clause.start, figure.start))
        places = self.places_before
        if not said and len(places) == 1 and _DETAIL_OPENER.match(self.article.folded, clause.start):
            return places  # "In particular, export turnover reached …" after a sentence on one province
        if not said or not places:
            return None
        word = said[-1]
        if word.group("this"):
            return [places[-1]]
        if word.group("which") and len(places) > 1:
            return [places[0] if word.group("which") == "former" else places[-1]]
        if (word.group("its") or word.group("figure")) and len(places) == 1:
            return places  # "Bac Giang exports reached US$10.58 billion, …. …, this figure grew by 19.14%"
        if word.group("these") and len(places) > 1 and RESPECTIVELY.search(self.article.folded, word.end(), clause.end):
            turn = sum(word.end() <= f.start < figure.start for f in self.clause_figures)
            return [places[turn]] if turn < len(places) else None  # "…, respectively": each in its turn
        count = word.group("count") or word.group("count_vi")
        listed = [f for f in self.clause_figures if f.start >= word.end()]
        if count and int(EN_NUMBER_WORDS.get(count, count)) == len(places) == len(listed):
            # "… followed by Bac Ninh and Binh Duong. The turnover of the three leading localities is US$32.8
            # billion, US$30.1 billion and US$24.1 billion": as many figures as places, in their order
            return [places[listed.index(figure)]]
        return None

    def _places(self, mentions: Iterable[Mention]) -> list[Mention]:
        return [
            m
            for m in mentions
            if m.kind == "province" and not self._dateline(m)
            if self.vocabulary.province_at(m.value, self.names_on)
        ]

    def _list_ending(self, places: list[Mention], last: Mention) -> list[Mention]:
        listed = [last]
        for m in reversed([p for p in places if p.end <= last.start]):
            if not _LIST_GAP.fullmatch(self.article.folded, m.end, listed[0].start):
                break
            listed.insert(0, m)
        return listed

    def _list_starting(self, places: list[Mention], first: Mention) -> list[Mention]:
        listed = [first]
        for m in [p for p in places if p.start >= first.end]:
            if not _LIST_GAP.fullmatch(self.article.folded, listed[-1].end, m.start):
                break
            listed.append(m)
        return listed

    def _codes(self, places: list[Mention]) -> list[str]:
        codes = [self.vocabulary.province_at(m.value, self.names_on) or "" for m in places]
        return list(dict.fromkeys(codes))

    def _other_province(self, before: list[Mention], clause: Span) -> str | None:
        """The place named nearest before the figure in its clause, if it is another province:
        "Vĩnh Phúc (30.9%), Hà Tây (25.4%), Bình Dương (24.4%)" gives each its own figure."""
        places = self._places(m for m in before if m.start >= clause.start)
        if not places:
            return None
        nearest = places[-1]
        code = self.vocabulary.province_at(nearest.value, self.names_on)
        return None if code == self.province else self.article.text[nearest.start : nearest.end]
