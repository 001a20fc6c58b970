"""The rules for the indicator of a row: the subject a figure is said of."""

import re

from flows.extract.figures import Figure
from flows.extract.patterns import (
    CHANGE_IN,
    CONNECTING_WORDS,
    PART_OPENER,
    PERIOD_LIST_GAP,
    PRODUCTION,
    RESPECTIVELY,
    SUBJECT_KINDS,
    folded_pattern,
)
from flows.extract.periods import PeriodMention
from flows.extract.rows import Extraction
from flows.extract.text import Article, Sentence, Span, fold, inside_brackets
from flows.extract.vocabulary import Mention, Vocabulary

_CONTRIBUTED_TO = folded_pattern(r"\s+to\s+(?:the\s+)?(?:[^\s']+'s\s+)?total\s+")
_DENOMINATOR_GAP = folded_pattern(r"^\s*(?:của\s+|trong\s+|of\s+(?:the\s+)?)?$")
# "earned over 326 million USD in the five-month period from exports", "68.4 per cent on-year growth in industrial
# production value"
_AFTER_SUBJECT = folded_pattern(
    r"\s*(?:\([^)]*\)\s*)?(?:in\s+the\s+[\w-]+\s+period\s+)?(?:worth\s+)?(?:(?:year[\s-])?on[\s-]year\s+)?(?:(?:growth|rise|increase|fall|decline|decrease|drop|mark|milestone|came|comes|coming)\s+)?(?:in|from|of|for)\s+(?:the\s+|its\s+)?"
    r"(?:provincial\s+|province's\s+)?(?:(?:19|20)\d\d\s+)?"
)
_FEW_WORDS = re.compile(r"(?:[^\W\d]+\s+){0,2}")
# "the total retail sale and service revenue between 2011 and 2015 was … 316.3 trillion VND (…), including 80.9
# trillion VND (3.64 billion USD) in 2015": a year's share of a span's total, not a part of the province's
_A_YEAR_OF_THE_TOTAL = folded_pattern(
    r"\s+(?:(?:over|about|nearly|some|more\s+than)\s+)?(?:us\$|\$|vnd\s*|usd\s*)?\d[\d.,]*\s*"
    r"(?:(?:trillion|billion|million)\s+)?(?:vnd|usd|dong)?\s*(?:\([^)]*\)\s*)?in\s+(?:19|20)\d\d(?!\d)(?!\s*[-\u2013])"
)
_ABOUT_AFTER = folded_pattern(r"\s+về\s+")  # "81,6% về xuất khẩu": of what the figure is said, after it
# "including Asian market with the export turnover of US$689.87 million; American market and African market with
# US$72.2 million and US$38.89 million in export turnover": the figures after "with" are the part's named before it
_WITH_AFTER_PART = folded_pattern(r"\s+with\s+(?:(?:the|an?|its)\s+)?")
# "Exports to the US, which accounted for 65.2 per cent of the province's total exports in January, grew by 68.9
# per cent": an aside between a subject and its verb, whose own subjects are not the figure's after it
_RELATIVE_ASIDE = folded_pattern(r",\s*(?:which|who|whose)\s[^,;()]*,")
# "Localities enjoying strong growth in the revenue include HCM City (26.4%), …": in the figure spoken of
_CHANGE_IN_THE_FIGURE = folded_pattern(r"(?:the\s+)?(?:revenues?|turnover|sales|value|index)(?!\w)(?!\s+(?:of|from)\s)")
# "… increase in the IIP due to a sharp increase in the processing and manufacturing industry …": what a rise is owed to
_CAUSE_WORD = folded_pattern(r"(?<!\w)(?:due\s+to|owing\s+to|thanks\s+to|because\s+of|nhờ(?:\s+vào)?)(?!\w)")
_CONTRAST = folded_pattern(r"(?<!\w)(?:nhưng|tuy\s+nhiên|but|however)(?!\w)")
# The goods alone in brackets after the retail total's figure: "8.038 tỷ đồng (trong đó, bán lẻ hàng hóa ước …)"
_GOODS_IN_BRACKETS = folded_pattern(
    r"\(\W*(?:trong\s+đó|riêng)\W*(?:tổng\s+mức\s+)?(?:doanh\s+(?:thu|số)\s+)?bán\s+lẻ\s+hàng\s+hóa(?!\s+(?:và|,))"
)
# An item under a report's heading may open "Tính theo giá thực tế ước thực hiện tháng 09 … được"
HEADING_ITEM_WORDS = CONNECTING_WORDS | {fold("tính"), fold("theo")}
_EXPORTS_WORD = folded_pattern(r"(?<!\w)(?:xuất\s+khẩu|exports?)(?!\w)")
_IMPORTS_WORD = folded_pattern(r"(?<!\w)(?:nhập\s+khẩu|imports?|xuất\s+nhập\s+khẩu)(?!\w)")
_IMPORT_AND_EXPORT = folded_pattern(r"(?P<imports>imports?)\s+and\s+(?P<exports>exports?)")
# "doanh thu dịch vụ trên thị trường tháng 12/2020 ước …": right after the indicator, the province's own
# market, not a market named ("trên thị trường Mỹ", "… thế giới"); what follows is a period, a verb or the
# province.
_HOME_MARKET = folded_pattern(
    r"\s*trên\s+thị\s+trường(?=\s*(?:[,;:(]|\d|(?:tháng|quý|quí|năm|lũy|luỹ|ước|đạt|tăng|giảm|tỉnh|toàn\s+tỉnh"
    r"|trong\s+tỉnh|trên\s+địa\s+bàn)(?!\w)))"
)
# "Tổng giá trị các mặt hàng xuất khẩu trong 9 tháng khoảng 2.590 triệu USD": the total of all the goods exported
# is the exports themselves, not a product's (unless the goods are narrowed: "… các mặt hàng xuất khẩu chủ lực")
_ALL_GOODS_BEFORE = folded_pattern(r"(?<!\w)tổng\s+(?:giá\s+trị|kim\s+ngạch)\s+(?:của\s+)?(?:tất\s+cả\s+)?các\s+$")
_GOODS_NARROWED = folded_pattern(
    r"\s+(?:chủ\s+lực|chủ\s+yếu|chính|trọng\s+điểm|chủ\s+đạo|mũi\s+nhọn|của|có|sang)(?!\w)"
)
# "Tổng mức bán lẻ và doanh thu hàng hóa dịch vụ, lưu trú, ăn uống và du lịch lữ hành, ước đạt …": services listed
# in the retail total's own name, before any figure, are what the total takes in, not a component said alone
_RETAIL_NAME_LIST = folded_pattern(r"(?:\s|,|và|doanh\s+thu|hàng\s+hóa|dịch\s+vụ|lưu\s+trú|ăn\s+uống|tiêu\s+dùng)*")
# "kim ngạch xuất khẩu thủy sản đạt hơn 1 tỷ USD": the exports of one product, named right after the indicator
_PRODUCTS = (
    r"(?:hàng\s+|nhóm\s+|mặt\s+hàng\s+|sản\s+phẩm\s+)?(?:nông\s+lâm\s+thủy\s+sản|nông\s+sản|lâm\s+sản|thủy\s+sản"
    r"|hải\s+sản|gạo|tôm|cá\s+tra|cà\s+phê|hạt\s+điều|hồ\s+tiêu|(?:mủ\s+)?cao\s+su|chè|rau\s+quả|trái\s+cây|dệt\s+may"
    r"|may\s+mặc|giày\s+dép|túi\s+xách|gỗ|đồ\s+gỗ|điện\s+tử|điện\s+thoại|linh\s+kiện|phân\s+bón|xi\s+măng"
    r"|tinh\s+bột\s+sắn|sắn|khoáng\s+sản)(?!\w)"
)
# "xuất khẩu thủy sản", "xuất khẩu 18.519 tấn thủy sản": a product's exports, its volume said first
_EXPORT_PRODUCT = folded_pattern(
    r"\s+(?:\d[\d.,]*\s+(?:nghìn\s+|ngàn\s+|triệu\s+)?(?:tấn|m3|chiếc|đôi|sản\s+phẩm)\s+)?" + _PRODUCTS
)
# "cà phê nhân xuất khẩu 15.000 tấn, giảm 28,8% về lượng", "ngành thủy sản đã xuất khẩu trên 139.960 tấn": what
# is exported counted in tonnes, so a product's volume, whatever the product's name
_EXPORTED_VOLUME = folded_pattern(
    r"\s+(?:(?:trên|hơn|gần|khoảng|đạt|được|ước\s+đạt)\s+)*\d[\d.,]*\s+(?:nghìn\s+|ngàn\s+|triệu\s+)?(?:tấn|m3)(?!\w)"
)
# "exported 502,000 tons of rice worth US$127.2 million": in English too, what is exported counted in tonnes
_EXPORTED_TONNES = folded_pattern(
    r"\s+(?:(?:over|about|nearly|some|more\s+than)\s+)?\d[\d.,]*\s+(?:tonnes?|tons?)(?!\w)"
)
# "sản lượng muối xuất khẩu ước đạt 198 tấn": the volume of a product exported, not its value
_VOLUME_BEFORE_XUAT_KHAU = folded_pattern(r"(?<!\w)sản\s+lượng(?:\s+[^\W\d]+){0,3}\s+$")
# "Chế biến nhân hạt điều xuất khẩu sản xuất được 7.700 tấn": a product made for export, named before
_PRODUCT_BEFORE_XUAT_KHAU = folded_pattern(_PRODUCTS + r"\s+$")
# "…, tăng 22% so với cùng kỳ, trong đó thủy sản ước đạt 484 triệu USD": a product after "trong đó / riêng"
_PRODUCT_AFTER_OPENER = folded_pattern(r"(?<!\w)(?:trong\s+đó|riêng)\s*[:,]?\s*(?P<product>" + _PRODUCTS + ")")
# "Only 355,000 tonnes of rice worth US$149.8 million were sold abroad, accounting for … 41.3% of yearly target",
# "has cultivated 42 thousand hectares of rice, equaling 100% of the plan": a quantity counted in tonnes or hectares
# is a product's or a crop's, and so are the figures said of it after it, whatever the topic before
_A_QUANTITY_OF = folded_pattern(
    r"(?<![\w.,])\d[\d.,]*\s+(?:thousand\s+|million\s+)?(?:tonnes?|tons?|hectares?)\s+of\s+(?:the\s+)?[^\W\d]+"
)
# "Nearly 13,000 tonnes of rice were exported": the exports said right after it are that product's too
_A_QUANTITY_EXPORTED = folded_pattern(_A_QUANTITY_OF.pattern + r"(?:\s+[^\W\d]+){0,4}\s+$")
_EN_PRODUCTS = (
    r"(?:seafood|rice|coffee|cashew(?:\s+nut)?|pepper|rubber|garment|textile|footwear|wood|timber|fruit"
    r"|vegetable|shrimp|pangasius|tra\s+fish|electronics|phone|agricultural|farm|fishery|aquatic|steel|iron|cement|yarn"
    r"|wooden|handicraft)s?"
)
# "the province's seafood exports", "rice exports": in English the product comes before
_PRODUCT_BEFORE_EXPORTS = folded_pattern(r"(?<!\w)" + _EN_PRODUCTS + r"(?:\s+products?)?\s+$")
# "a surge of 91% in the export of wood and wooden furniture": or after "of"
_EXPORT_OF_PRODUCT = folded_pattern(r"\s+of\s+(?:the\s+)?" + _EN_PRODUCTS + r"(?!\w)")


class SubjectRules:
    """What a figure is of: the vocabulary's phrases in a sentence, the indicator nearest the figure, and the
    parts, shares and other subjects that make it not the indicator's."""

    article: Article
    clause_figures: list[Figure]
    heading: Mention | None
    index_named: bool
    leading_words: dict[int, list[str]]
    periods: dict[Sentence, list[PeriodMention]]
    result: Extraction
    sentence_figures: list[Figure]
    sentence_mentions: dict[Sentence, list[Mention]]
    topic: Mention | None
    topic_used: bool
    vocabulary: Vocabulary

    def _of_a_sub_industry(self, mention: Mention, named: list[Mention]) -> bool:
        """ "giá trị sản xuất ngành công nghiệp chế biến": an indicator said of the sub-industry right after it."""
        folded = self.article.folded
        return mention.kind == "indicator" and any(
            m.kind == "part" and m.value == "a sub-industry" and m.start > mention.end
            and not folded[mention.end : m.start].strip()
            for m in named
        )  # fmt: skip

    def _denominators(self, mentions: list[Mention], figures: list[Figure]) -> list[tuple[Figure, Mention]]:
        """ "chiếm 66% tổng giá trị sản xuất công nghiệp": a share, and the indicator is what it is a
        share of. Not where the nearest word before is a growth word: "tăng 11,06% kim ngạch nhập
        khẩu" only lacks a comma."""
        folded = self.article.folded
        found = []
        for index, f in enumerate(figures):
            found += [  # "Foreign businesses contributed approximately 1 billion USD to the locality's total export
                (f, m)  # revenue, an increase of 27.5 percent": a part's contribution to the total
                for m in mentions
                if m.kind in SUBJECT_KINDS and m.start >= f.end and _CONTRIBUTED_TO.fullmatch(folded, f.end, m.start)
            ]
            if not (f.unit and f.unit.code == "pct"):
                continue
            since = figures[index - 1].end if index else 0
            cues = [
                m.kind for m in mentions if m.kind in ("up", "down", "excess", "share") and since <= m.start < f.start
            ]
            if cues and cues[-1] != "share":
                continue
            found += [
                (f, m)
                for m in mentions
                if m.kind in SUBJECT_KINDS and m.start >= f.end and _DENOMINATOR_GAP.match(folded[f.end : m.start])
            ]
        return found

    def _mentions(self, sentence: Sentence) -> list[Mention]:
        """The vocabulary's phrases in the sentence, found once: a later sentence may look back at them."""
        if sentence not in self.sentence_mentions:
            self.sentence_mentions[sentence] = self._find_mentions(sentence)
        return self.sentence_mentions[sentence]

    def _find_mentions(self, sentence: Sentence) -> list[Mention]:
        """The vocabulary's phrases in the sentence, with what the phrase list alone cannot tell: the
        province's own market, and a product's exports or a product after "trong đó"."""
        folded = self.article.folded
        found: list[Mention] = []
        for m in self.vocabulary.mentions(folded, sentence.start, sentence.end):
            named = [f for f in found if f.kind != "comparator"]  # "trên" is read as one too
            home = named and named[-1].kind == "indicator" and _HOME_MARKET.match(folded, named[-1].end, m.end + 40)
            if m.kind == "part" and home and home.end() == m.end:
                found = [f for f in found if f.start < named[-1].end]  # nor is "trên" a comparator here
                continue
            if (
                m.kind == "part"
                and m.value == "products or groups"
                and _EXPORTS_WORD.search(folded, m.start, m.end)
                and _ALL_GOODS_BEFORE.search(folded, max(sentence.start, m.start - 40), m.start)
                and not _GOODS_NARROWED.match(folded, m.end, sentence.end)
            ):
                m = Mention(m.start, m.end, "indicator", "export_value")
            if m.value == "a breakdown" and _A_YEAR_OF_THE_TOTAL.match(folded, m.end, sentence.end):
                continue
            if m.kind == "part" and self._a_region(m):
                m = Mention(m.start, m.end, "part", "a region")
            if m.kind == "province" and self._a_provincial_city(m):
                m = Mention(m.start, m.end, "part", "districts")
            if m.value == "imports and exports together" and (pair := self._imports_and_exports_in_turn(m, sentence)):
                found.extend(pair)
                continue
            if m.value == "export_value" and (
                _EXPORT_PRODUCT.match(folded, m.end, sentence.end)
                or _EXPORT_OF_PRODUCT.match(folded, m.end, sentence.end)
                or _EXPORTED_VOLUME.match(folded, m.end, sentence.end)
                or _EXPORTED_TONNES.match(folded, m.end, sentence.end)
                or _PRODUCT_BEFORE_EXPORTS.search(folded, max(sentence.start, m.start - 40), m.start)
                or _PRODUCT_BEFORE_XUAT_KHAU.search(folded, max(sentence.start, m.start - 40), m.start)
                or _VOLUME_BEFORE_XUAT_KHAU.search(folded, max(sentence.start, m.start - 40), m.start)
                or _A_QUANTITY_EXPORTED.search(folded, max(sentence.start, m.start - 80), m.start)
            ):
                m = Mention(m.start, m.end, "part", "products or groups")
            found.append(m)
        found = [
            m
            for i, m in enumerate(found)
            if not (
                m.value == "a component of retail (services)"
                and i
                and found[i - 1].value in ("retail_sales_services", m.value)
                and _RETAIL_NAME_LIST.fullmatch(folded, found[i - 1].end, m.start)
                and any(n.value == "retail_sales_services" for n in found[:i])
            )
        ]
        for match in _PRODUCT_AFTER_OPENER.finditer(folded, sentence.start, sentence.end):
            start, end = match.span("product")
            if not any(m.start <= start < m.end for m in found):
                found.append(Mention(start, end, "part", "products or groups"))
        for match in _A_QUANTITY_OF.finditer(folded, sentence.start, sentence.end):
            if not any(m.start <= match.start() < m.end for m in found):
                found.append(Mention(match.start(), match.end(), "part", "products or groups"))
        return sorted(found, key=lambda m: m.start)

    def _imports_and_exports_in_turn(self, mention: Mention, sentence: Sentence) -> list[Mention]:
        """ "With import and export values hitting nearly 39 billion USD and over 45 billion USD in 2021
        respectively": imports and exports said together before figures said "respectively" are two
        indicators, each taking its figure in turn."""
        folded = self.article.folded
        pair = _IMPORT_AND_EXPORT.fullmatch(folded, mention.start, mention.end)
        if not pair or not RESPECTIVELY.search(folded, mention.end, sentence.end):
            return []
        return [
            Mention(mention.start, pair.end("imports"), "other", "imports"),
            Mention(pair.start("exports"), mention.end, "indicator", "export_value"),
        ]

    def _subject(self, clause: Span, figure: Figure, mentions: list[Mention]) -> Mention | None:
        in_turn = self._amounts_subject_in_turn(figure, mentions)
        if in_turn is not None:
            return in_turn
        subjects = [m for m in mentions if m.kind in SUBJECT_KINDS]
        about = _ABOUT_AFTER.match(self.article.folded, figure.end, clause.end)
        named_after = [m for m in subjects if about and m.start == about.end() and m.kind in ("indicator", "other")]
        if named_after:  # "đã hoàn thành 81,6% về xuất khẩu và 81,75% về nhập khẩu": the indicator said after it
            return named_after[0]
        if self.vocabulary.language == "en":
            with_part = [
                m
                for m in subjects
                if m.kind == "part"
                and clause.start <= m.start
                and m.end <= figure.start
                and _WITH_AFTER_PART.match(self.article.folded, m.end)
            ]
            if with_part and not any(
                m.kind == "indicator" and with_part[-1].end <= m.start < figure.start for m in subjects
            ):
                return with_part[-1]
            named_after = [
                m
                for m in subjects
                if m.kind == "other" and m.start >= figure.end and not self.article.folded[figure.end : m.start].strip()
            ]
            if named_after:  # "Binh Duong province earns USD 4.5 billion trade surplus": another indicator's amount
                return named_after[0]
            gap = _AFTER_SUBJECT.match(self.article.folded, figure.end, clause.end)
            if gap:
                following = [  # "growth of its index of industrial production": the phrase may hold "its"
                    m for m in subjects if figure.end <= m.start <= gap.end() < m.end and m.kind != "part"
                ]  # fmt: skip
                if following:
                    return self._part_seeing_the_change(subjects, clause, figure) or following[0]
                parts = [  # "a 21 percent fall in forest products": a part named in the two words after
                    m for m in subjects
                    if m.kind == "part" and _FEW_WORDS.fullmatch(self.article.folded, gap.end(), m.start)
                ]  # fmt: skip
                if parts:
                    return parts[0]
        asides = [a.span() for a in _RELATIVE_ASIDE.finditer(self.article.folded, clause.start, figure.start)]
        in_clause = [
            m
            for m in subjects
            if clause.start <= m.start and m.end <= figure.start and not any(a <= m.start < b for a, b in asides)
        ]
        if in_clause:
            return self._subject_in_turn(in_clause, clause, figure) or in_clause[-1]
        earlier = [m for m in subjects if m.end <= clause.start]
        if earlier:
            return earlier[-1]
        # the clause's first figure: "The cumulative total … reached over VND32.8 trillion …, accounting for 57.4
        # percent according to year plan targets, up 26.3 percent": the figures after it go on about the same
        first = next((f for f in self.clause_figures if f.start <= figure.start), figure)
        if self.topic is not None and all(w in CONNECTING_WORDS for w in self.leading_words.get(first.start, ["?"])):
            self.topic_used = True
            return self.topic
        if all(w in HEADING_ITEM_WORDS for w in self.leading_words.get(figure.start, ["?"])):
            return self.heading  # not "- Gạo đạt …" under "Về xuất khẩu:": a product's
        return None

    def _amounts_subject_in_turn(self, figure: Figure, mentions: list[Mention]) -> Mention | None:
        """ "Industrial production was valued at VND2.13 trillion (…), while total retail sales … stood at VND6.82
        trillion (…), respectively up 8% and 12.4%", "16.7 billion USD in exports and 37.7 billion USD in imports,
        respectively falling 2.4% and 8.1%": changes said "respectively" after as many amounts, each proposed
        with its indicator, take those amounts' indicators in turn (a conversion in brackets takes no turn)."""
        folded = self.article.folded
        if figure.unit is None or figure.unit.code != "pct":
            return None
        figures = self.sentence_figures
        changes = [f for f in figures if f.unit is not None and f.unit.code == "pct"]
        first = next((n for n, f in enumerate(figures) if f in changes), None)
        if first is None or not first or figures[first - 1].unit is None:
            return None
        said = RESPECTIVELY.search(folded, figures[first - 1].end, changes[0].start)
        if said is None or changes[0].start - said.end() > 20:
            return None
        amounts = [f for f in figures[:first] if not inside_brackets(folded, 0, f.start)]
        if len(amounts) != len(changes) or figure not in changes:
            return None
        amount = amounts[changes.index(figure)]
        codes = {r.indicator_code for r in self.result.rows if r.position == amount.start and r.measure == "level"}
        named = [m for m in mentions if m.kind == "indicator" and m.value in codes]
        return min(named, key=lambda m: abs(m.start - amount.start)) if len(codes) == 1 and named else None

    def _part_seeing_the_change(self, subjects: list[Mention], clause: Span, figure: Figure) -> Mention | None:
        """ "the sector may see a 4% fall in exports": a part the clause names as its subject before the
        figure, with no other subject between, is whose change in the indicator after the figure it is (not
        a breakdown's opener: "the import-export turnover …, including 3.56 billion USD from exports")."""
        before = [m for m in subjects if clause.start <= m.start and m.end <= figure.start]
        last = before[-1] if before else None
        return last if last is not None and last.kind == "part" and last.value != "a breakdown" else None

    def _subject_in_turn(self, in_clause: list[Mention], clause: Span, figure: Figure) -> Mention | None:
        """ "The retail sales of goods and services and export turnover were targeted to reach VNĐ26.9 trillion
        (US$1.12 billion) and US$159 million, respectively": indicators listed before figures said
        "respectively", each in its turn (a conversion in brackets takes no turn)."""
        folded = self.article.folded
        if not RESPECTIVELY.search(folded, figure.end, clause.end):
            return None
        listed = [in_clause[-1]]
        for m in reversed(in_clause[:-1]):
            if not PERIOD_LIST_GAP.fullmatch(folded, m.end, listed[0].start):
                break
            listed.insert(0, m)
        if len(listed) < 2 or any(m.kind not in ("indicator", "other") for m in listed):
            return None
        said = [
            f
            for f in self.clause_figures
            if listed[-1].end <= f.start and not inside_brackets(folded, listed[-1].end, f.start)
        ]
        turn = sum(1 for f in said if f.start < figure.start)
        # "… exceed 13.7 trillion VND and 21.5 trillion VND, meeting 81.5% and 84.4% …, respectively": sets of
        # figures, one each, take the indicators in turn, set by set
        if len(said) % len(listed) == 0:
            turn %= len(listed)
        return listed[turn] if turn < len(listed) else None

    def _part_in_scope(
        self, sentence: Sentence, subject: Mention, mentions: list[Mention], figure: Figure
    ) -> Mention | None:
        """ "khu vực kinh tế trong nước …: giá trị sản xuất công nghiệp đạt …", "Trong đó, khu vực FDI,
        kim ngạch xuất khẩu …": a part named before the indicator, with no figure between them,
        that the indicator is said of; not where the indicator is then said of the whole province
        ("…: giá trị sản xuất công nghiệp toàn tỉnh đạt …")."""
        folded = self.article.folded
        if any(m.kind == "local" and subject.end <= m.start < figure.start for m in mentions):
            return None
        parts = [
            m for m in mentions
            if m.kind == "part" and m.value != "a breakdown" and sentence.start <= m.start and m.end <= subject.start
        ]  # fmt: skip
        if not parts:
            return None
        # no figure between them; a period may stand there ("khu vực công nghiệp địa phương 9 tháng đầu năm 2011
        # giá trị sản xuất công nghiệp ước đạt …")
        periods = [p for p in self.periods[sentence] if parts[-1].end <= p.start and p.end <= subject.start]
        gap = "".join(c for i, c in enumerate(folded[parts[-1].end : subject.start], start=parts[-1].end)
                      if not any(p.start <= i < p.end for p in periods))  # fmt: skip
        if re.search(r"\d", gap):
            return None
        between = folded[parts[-1].end : subject.start]
        if _CONTRAST.search(between):  # "tuy gặp bất lợi … 2 mặt hàng xuất khẩu chủ lực: …, nhưng kim ngạch xuất khẩu"
            return None
        # the part's own colon, not one a later clause opens ("… các sản phẩm tăng trưởng thấp, nên tính chung
        # các thống kê về công nghiệp vẫn đạt cao, cụ thể: Chỉ số sản xuất công nghiệp (IIP) …")
        scoped = (":" in between and "," not in between[: between.index(":")]) or PART_OPENER.match(
            folded, sentence.start
        )
        scoped = scoped or (self.vocabulary.language == "en" and _WITH_AFTER_PART.fullmatch(between))
        exporting = parts[-1].value in ("products or groups", "an economic sector") and folded[
            subject.start : subject.end
        ] == fold("xuất khẩu")
        # "các nhóm mặt hàng nông sản, thuỷ sản tham gia xuất khẩu … đạt 1,6 triệu USD", "các doanh nghiệp trong
        # khối đã thực hiện xuất khẩu đạt giá trị kim ngạch gần 200 triệu USD": what the part exported
        scoped = scoped or exporting
        return parts[-1] if scoped else None

    def _but_parts_said_as_a_cause(self, clause: Span, figure: Figure, mentions: list[Mention]) -> list[Mention]:
        """ "Some localities have seen a fairly high increase in the IIP due to a sharp increase in the processing
        and manufacturing industry, … including Dak Lak (36.9%), …": the parts named after a cause word, the
        indicator before it and a province between them and the figure, are why the places' figures rose, not
        what the figures are of. The mentions without those parts."""
        folded = self.article.folded
        place = max((m.start for m in mentions if m.kind == "province" and m.start < figure.start), default=-1)
        for cause in _CAUSE_WORD.finditer(folded, clause.start, figure.start):
            before = [m for m in mentions if m.kind == "indicator" and clause.start <= m.start < cause.start()]
            parts = [m for m in mentions if m.kind == "part" and cause.end() <= m.start and m.end <= place]
            if before and parts:
                return [m for m in mentions if m not in parts]
        return mentions

    def _change_of_another(self, cue: Mention, mentions: list[Mention]) -> bool:
        """ "resulting a fall in the volume of orders, while … hinge on exports, with only 10% for …": a rise
        or fall said "in" a thing no phrase names is that thing's, not the figure's after another subject."""
        if self.vocabulary.language != "en" or cue.kind not in ("up", "down"):
            return False
        said_in = CHANGE_IN.match(self.article.folded, cue.end)
        if not said_in or _CHANGE_IN_THE_FIGURE.match(self.article.folded, said_in.end()):
            return False
        if any(0 <= p.start - said_in.end() <= 4 for p in self.periods[self._sentence_at(cue.start)]):
            return False  # "rose in the first quarter by 5%": when, not what
        return not any(
            m.kind in SUBJECT_KINDS and _FEW_WORDS.fullmatch(self.article.folded, said_in.end(), m.start)
            for m in mentions
        )

    def _goods_within_the_retail_total(self, sentence: Sentence, clause: Span, subject: Mention) -> bool:
        """ "… tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 28.765 tỷ đồng, …. Trong đó, tổng mức
        bán lẻ hàng hóa ước đạt 20.917 tỷ đồng": the goods alone, opened by "Trong đó" after the total of
        goods and services was named (in its sentence or the one before), are a component of that total."""
        folded = self.article.folded
        named = folded[subject.start : subject.end]
        if subject.value != "retail_sales_services" or fold("hàng hóa") not in named or fold("dịch vụ") in named:
            return False
        opener = next(
            filter(None, (PART_OPENER.match(folded, at) for at in dict.fromkeys((clause.start, sentence.start)))), None
        )
        if opener is None or folded[opener.end() : subject.start].strip(" ,:"):
            return False
        before = self._body_before(sentence)[-1:]
        return any(
            m.kind == "indicator" and m.value == subject.value and fold("dịch vụ") in folded[m.start : m.end]
            for said in (*before, sentence)
            for m in self._mentions(said)
            if m.end <= opener.start()
        )

    def _goods_in_brackets(self, clause: Span, subject: Mention, figure: Figure) -> bool:
        """ "… giảm 2,41% so với tháng trước (trong đó, bán lẻ hàng hóa giảm 1,05%)": the goods alone, in
        brackets after each figure of the retail total, are a component of it."""
        folded = self.article.folded
        bracket = folded.rfind("(", clause.start, figure.start)
        return (
            subject.value == "retail_sales_services"
            and bracket >= 0
            and ")" not in folded[bracket : figure.start]
            and bool(_GOODS_IN_BRACKETS.match(folded, bracket))
        )

    def _exports_spoken_of(self, sentence: Sentence, figure: Figure) -> bool:
        """Before any row, exports and not imports named in the sentence before or in this one before the figure:
        "Ba vị trí xuất khẩu dẫn đầu vẫn không thay đổi, …. Kim ngạch lần lượt của 03 địa phương dẫn đầu là: …"."""
        if self.result.rows:
            return False
        before = self._sentence_before(sentence)
        start = before.start if before else sentence.start
        said = self.article.folded[start : figure.start]
        return bool(_EXPORTS_WORD.search(said)) and not _IMPORTS_WORD.search(said)

    def _production_in_a_report_on_the_index(self, subject: Mention, sentence: Sentence) -> bool:
        """ "the highest growth of industrial production" for a province, in a text that reports the IIP."""
        if not self.index_named or subject.value != "industrial_output_value":
            return False
        return self.article.folded[subject.start : subject.end] == PRODUCTION or subject.start < sentence.start
