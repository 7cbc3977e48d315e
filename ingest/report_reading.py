"""A report under reading: its simplified text, head lines, page chrome and body start,
and the administrative names in it.

Shared by the unit, parent and year readers in ``ingest.metadata`` and
``ingest.meta_parent``; nothing here decides a field, it only finds candidates.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from ingest import admin_names as an
from ingest.gazetteer import Gazetteer
from ingest.organ_units import organ_units
from ingest.page_chrome import Chrome, text_lines
from reportqa.patterns import HEADING_START
from reportqa.text import Tokenizer

H = an.H
READ = 20000  # how far into a report its metadata is looked for: the opening pages
BOOK = re.compile(r"《[^》]{0,80}》|“[^”]{0,40}”")
ADDRESSEE = re.compile(rf"^[{H}、，,（）()]{{4,60}}(?:委|政府|人大常委会|人大)[:：]$")
# a suffix character that starts a common word (市场, 区域, 省级, 乡村, 市政, 旗帜…) ends no name;
# nor one before 圈: 都市圈, 城市圈 are areas round a city (「武汉都市圈」 names no 武汉都市)
_NAME_END = re.compile(
    r"(?:街道办事处|街道|民族乡|苏木|乡|镇|自治县|自治旗|新区|县|区|旗|市|自治州|州|盟|省|自治区)"
    r"(?!场|域|政(?!府)|民(?!政)|级|村|容|貌|位|块|值|间|情|属|内|外|直|帜|圈)"
)
_TAIL = re.compile(rf"[{H}]+$")
_FOLLOW = re.compile(rf"[{H}]{{0,4}}")
_FOLLOW_NAME = re.compile(rf"[{H}]{{1,12}}")
# a unit the report works with (「与柳溪镇联调」「结对帮扶X街道」) is a partner, never the writer
PARTNER = re.compile(
    rf"(?:与|同|跟|会同|联合|协同|携手|帮扶|结对)[{H}]{{2,12}}?(?:街道|民族乡|乡|镇|苏木|县|区|旗)"
)
# a unit visited or learned from (「赴东湖街道学习」「借鉴白塔街道经验」) is another one
_VISITED = rf"(?:赴|前往|考察|借鉴|参观|观摩)[{H}]{{2,12}}?(?:街道|民族乡|乡|镇|苏木|县|区|旗|市)"
OTHERS = re.compile(f"{PARTNER.pattern}|{_VISITED}")
# 中共 opens the name of a party body (「中共澄岭区望川街道工作委员会」): no place holds it
_BOUNDARY = re.compile(
    r"[在是和与及、从对为由把将向于以据我]|经(?!济)|代表|关于|坚持|深入|始终|按照|根据|围绕|全面|认真|紧紧"
    r"|中共"
)


@dataclass
class Doc:
    """One report under reading: its simplified text, lines, chrome and where the body starts."""

    text: str
    chrome: Chrome
    lines: list[tuple[int, str]]  # (start offset, stripped line) for the head of the text
    body: int  # index into ``lines`` of the first paragraph or heading
    gaz: Gazetteer

    def known(self, name: str) -> bool:
        return bool(self.gaz.level_of(name))


def head_lines(text: str, limit: int = 80) -> list[tuple[int, str]]:
    """(offset, stripped line) for the first ``limit`` lines, run-on chrome split off."""
    return [
        (pos + len(line) - len(line.lstrip()), line.strip())
        for pos, line in text_lines(text, limit)
        if line.strip()
    ]


def is_paragraph(line: str) -> bool:
    """A numbered heading, a long line of sentences, or any complete sentence."""
    return (
        bool(HEADING_START.match(line))
        or (len(line) >= 40 and bool(re.search(r"[，,。]", line)))
        or (len(line) >= 12 and line[-1] in "。！？")
    )


# a line naming the report as its title does: short, no sentence, the report's noun, and an
# organ or a year (「沈阳市人民政府关于2025年法治政府建设情况的报告」)
_TITLE_LINE = re.compile(r"^[^，,。；;：:]{6,60}?(?:报告|汇报|总结)$")
_OWN_OPENING = re.compile(r"现将|报告如下|汇报如下|总结如下")


def body_start(lines: list[tuple[int, str]], chrome_lines: set[int] | frozenset[int]) -> int:
    """Index of the report's first paragraph. A portal may print paragraphs above the
    report's title — the party's slogans in its header (「高举中国特色社会主义伟大旗帜……而团结奋
    斗。」, often two or three), a notice — and a report's text never comes before its own
    title: so paragraphs closely followed by a line titling the report (an organ or a year,
    then 报告/总结) are the page's, and the body starts after that title. A paragraph that
    opens the report itself (「现将…报告如下」) or a numbered heading ends the search: what
    follows is inside the report, whatever it looks like."""
    own = [i for i, (s, ln) in enumerate(lines) if s not in chrome_lines]
    paras = [i for i in own if is_paragraph(lines[i][1])]
    if not paras:
        return len(lines)
    first = paras[0]
    if _OWN_OPENING.search(lines[first][1]):
        return first
    for i in range(first + 1, min(first + 5, len(lines))):
        ln = lines[i][1]
        if HEADING_START.match(ln) or _OWN_OPENING.search(ln):
            break  # the report's own text (a heading even when read as a menu item)
        if lines[i][0] in chrome_lines or is_paragraph(ln):
            continue  # another slogan (a header may print two or three)
        if _TITLE_LINE.match(ln) and (an.ORGAN.search(ln) or re.search(r"(?:19|20)\d{2}年", ln)):
            return next((j for j in paras if j > i), len(lines))
    return first


def names_in(doc: Doc, run: str, loose: bool, books: bool = False) -> list[tuple[str, str, str]]:
    """(unit, above, the two characters after it) for every administrative name in ``run``
    (「2023年，四季青街道在区委区政府…」 → 四季青街道). ``loose`` text needs a two-character
    core or a known name; names inside 《》 (documents cited) count only with ``books``."""
    out = []
    masked = run if books else BOOK.sub(lambda m: " " * len(m.group(0)), run)
    for m in _NAME_END.finditer(masked):
        if _NAME_END.match(masked, m.end()):
            continue  # 郑州市: the name ends at its last suffix, not at 州
        # names are short: 16 characters hold any chain written in running text
        left = _TAIL.search(masked, max(0, m.end() - (16 if loose else 40)), m.end())
        if not left:
            continue
        piece = _BOUNDARY.split(left.group(0))[-1]
        if left.start() > 0 and masked[left.start() - 1].isdigit():
            piece = piece.lstrip("年月日度")  # 「2022年坪山区」: the date ends before the name
        if m.group(0) == "街道办事处":
            piece = piece[: -len("办事处")]
        if len(piece) < len(left.group(0)):  # 永和镇, 将乐县: a name may hold a boundary word
            piece = _across(doc.gaz, left.group(0), len(piece))
        if len(piece) > 2 and piece[-1] == piece[-2] and doc.known(piece[:-1]):
            piece = piece[:-1]  # 「歙县县委」「沛县县政府」: a one-character county + 县委
        unit, above = _parse(doc.gaz, piece, loose)
        if _conjoined_body(unit, masked, m.end()):
            continue
        end = m.end() - (len("办事处") if m.group(0) == "街道办事处" else 0)
        if unit and _inside_listed(doc, masked, end - len(unit), end):
            continue
        if unit and not _cut_out(masked, left.start(), end, unit):
            out.append((unit, above, masked[m.end() : m.end() + 2]))
    return out


def _conjoined_body(unit: str, masked: str, end: int) -> bool:
    """「市委“138”和县委“1177”」: 和 joins two bare bodies, it is not the county 和县. A county
    whose one-character core is a joining word (和县) calls its own committee 中共和县委员会 or
    和县县委, so 和县 right before a bare 委 (not 委员会) is the word 和 and the county's body."""
    return (
        len(unit) == 2
        and unit[0] in "和与及同"
        and masked.startswith("委", end)
        and not masked.startswith("委员", end)
    )


def _inside_listed(doc: Doc, masked: str, start: int, end: int) -> bool:
    """The name ending at ``end`` is the head of a longer one the division list knows, which
    holds a kind's character inside it (西乡|塘区, 新乡|市: 「西乡塘区2023年…报告」 names no
    西乡): the characters after it complete that name, so it is none of its own, unless the list
    knows it too."""
    run = _FOLLOW_NAME.match(masked, end)  # the Chinese characters right after it
    if not run or start < 0 or doc.known(masked[start:end]):
        return False  # 唐山市|汉沽管理区: a listed place heads the longer name, as in a chain
    return any(
        doc.known(longer := masked[start : end + k]) and an.suffix(longer)
        for k in range(1, len(run.group(0)) + 1)  # 东乡|族自治县
    )


def _cut_out(masked: str, run_start: int, end: int, unit: str) -> bool:
    """``unit`` ending at ``end`` is cut out of words (示范县 → 范县, 选副镇长 → 选副镇).
    Segmented only where that can happen: a short core after other characters, or a
    suffix followed by 长/主任 (the tokenizer loads on first use)."""
    start = end - len(unit)
    if start < run_start or masked[start:end] != unit:
        return False
    follow = _FOLLOW.match(masked, end)  # not a slice: ``masked`` may be pages long
    after = follow.group(0) if follow else ""
    short = len(unit) - len(an.suffix(unit)) <= 2 and start > run_start
    if not (short or after.startswith(("长", "办主任"))):
        return False
    return _segmented_cut(masked[run_start : end + len(after)], start - run_start, end - run_start)


@functools.lru_cache(maxsize=65536)
def _segmented_cut(window: str, start: int, end: int) -> bool:
    words = tokenizer().words(window)
    return "".join(words) == window and an.cut_from_word(words, start, end)


@functools.cache
def tokenizer() -> Tokenizer:
    return Tokenizer()


def _function(tag: str) -> bool:
    """Verbs, prepositions, adverbs, conjunctions and time words: never a place's stem."""
    return tag[:1] in "vpdct" or tag == "ad"


def read_name(doc: Doc, name: str) -> str:
    """``name`` with the sentence's verbs, adverbs, prepositions or time words cut off its
    front: a level word after one is that word's object or the self-word, not a place
    (「通过镇党委会」「推动街道…」「今年镇里」). "" when nothing of a place is left, or a
    one-character rest (积极配合|新区); a name the division list knows stays whole, and a verb
    inside a name (龙归街道, 解放街道) is no sign: only its front is read, and only a word of
    two or more characters there (jieba tags a lone character of a name, 繁|阳, as a verb)."""
    kind = an.suffix(name)
    if doc.known(name) or not kind or len(name) <= len(kind):
        return name
    if _predicate_before(name, kind):
        return ""
    words = tokenizer().tagged(name[: -len(kind)])
    while words and len(words[0][0]) >= 2 and _function(words[0][1]):
        words = words[1:]
    if not words:
        return ""
    rest = "".join(w for w, _ in words) + kind
    return rest if rest == name or doc.known(rest) or len(rest) - len(kind) >= 2 else ""


# development zones and 新区 report like counties, and no division list holds them
_ZONE_END = re.compile(r"(?:开发区|园区|新区|保税区|高新区|经开区)$")
_LEVEL_CHARS = frozenset("省市县区乡镇村街旗州盟")


def _predicate_before(name: str, kind: str) -> bool:
    """A stem that ends in the sentence's predicate names no place: the level word after it is
    that predicate's object (「全年召开镇党委会」「理念深度融入街道治理」「全力推动街道…」) or a
    count of it (「全市首家区政府…」). Told by the stem's last word, of two or more characters,
    tagged a verb, adverb, preposition, numeral or time word, with other words before it: a
    name made of one such word (解放街道, 胜利镇) is a real street's, and a lone character's tag
    says nothing (龙|归, 望|川). A verb that holds the level character (干部|下乡, 返乡) is the
    sentence's too, and a stem of level characters alone (省市|区相关文件) lists levels in turn."""
    stem = name[: -len(kind)]
    if all(ch in _LEVEL_CHARS for ch in stem):
        return True
    words = tokenizer().tagged(stem)
    last, tag = words[-1]
    if len(words) >= 2 and len(last) >= 2 and (_function(tag) or tag == "m"):
        return True
    whole = tokenizer().tagged(name)
    glued, gtag = whole[-1]
    return len(whole) >= 2 and len(glued) == 2 and glued[-1] == kind and gtag[:1] == "v"


@functools.lru_cache(maxsize=65536)
def _across(gaz: Gazetteer, run: str, tail: int) -> str:
    """The run a name takes when a boundary word (和 在 与 将 于 以…) lies inside it: 永和镇,
    太和镇, 将乐县白莲镇. Only a chain of places the division list knows reaches back over
    one, the longest such; a one-character core only where the run starts (「县委和县政府」
    is no 和县). Else the ``tail`` characters after the boundary."""
    if run.endswith("办事处"):
        run = run[: -len("办事处")]

    def known(name: str) -> bool:
        return bool(gaz.level_of(name))

    for start in range(len(run) - tail):
        if parts := an.whole_chain(run[start:], known):
            first = next(iter(parts.values()))
            if start == 0 or len(first) - len(an.suffix(first)) >= 2:
                return run[start:]
    return run[-tail:] if tail else ""


@functools.lru_cache(maxsize=65536)
def _parse(gaz: Gazetteer, piece: str, loose: bool) -> tuple[str, str]:
    """(unit, above) of one run of text; the same runs (区委, 县政府…) recur in every report."""

    def known(name: str) -> bool:
        return bool(gaz.level_of(name))

    unit, above = an.most_specific(an.parse_chain(piece, known, an.plausible))
    if unit and loose and not known(unit):
        unit = _known_tail(gaz, unit) or unit
    if unit and loose and not known(unit) and not an.plausible(unit):
        return "", ""
    return unit, above


def _known_tail(gaz: Gazetteer, name: str) -> str:
    """In running text a verb runs on to the place after it (「配合桐庐县司法局」 → 配合桐庐县):
    an unknown county or city name ending in a known one of two characters or more, cut off
    at a word boundary, is that known name and the words before it. Townships are left whole:
    many real ones the list lacks end in a listed namesake (银杏大街街道, 大街街道)."""
    tails = [
        i
        for i in range(1, len(name) - 2)
        if gaz.level_of(name[i:]) in ("区县", "地市") and len(name) - i - len(an.suffix(name)) >= 2
    ]
    if not tails:
        return ""
    words = tokenizer().words(name)
    bounds = {sum(len(w) for w in words[:k]) for k in range(1, len(words))}
    at = next((i for i in tails if i in bounds), 0)
    return name[at:] if at and "".join(words) == name else ""


def chains(
    doc: Doc, run: str, loose: bool, books: bool = False, bodies: bool = False
) -> list[tuple[str, str]]:
    """(unit, above) for the names in ``run`` (see ``names_in``); in running text 「文峰区委」
    names a party body, usually the one above, and counts only with ``bodies``."""
    return [
        (unit, above)
        for unit, above, follow in names_in(doc, run, loose, books)
        if not (loose and not bodies and follow[:1] == "委" and an.level_of(unit) != "乡镇")
    ]


def lowest(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The most specific name of a title or subject (宝鸡市陈仓区 → 陈仓区, not 宝鸡市)."""
    return [min(found, key=lambda c: an.RANK.get(an.level_of(c[0]), 9))] if found else []


def frequent(
    doc: Doc,
    level: str,
    within: set[str] | None = None,
    books: bool = False,
    kind: str = "",
    bodies: bool = False,
) -> str:
    """Most frequent specific name of ``level`` in the body (reports without a title). A unit
    worked with or visited (「与浏阳市签订协议」「赴浏阳市学习」) is another one, and a report
    that calls itself 全县 is a 县 (``kind``), whatever 市 it names. A lone name read once
    in running text must be one the division list holds, since it lists every statutory county
    and district: an unlisted one is the sentence's words (「办理县人大代表建议」「法律顾问列席区政府
    常务会议」), though a development zone the list lacks may write (「…开发区」); with ``books``
    (the parent of a township) the cited titles name it too, and with ``bodies`` a county's party
    body (「X区委全面依法治区委员会」「X县委依法治县办」): the county's 区委 never writes a township's
    report, so in one it is the superior."""
    counts: Counter[str] = Counter()
    text = OTHERS.sub(lambda m: " " * len(m.group(0)), doc.text[:READ])
    for u, _ in chains(doc, text, True, books=books, bodies=bodies):
        if not (u := read_name(doc, u)):
            continue
        of_level = level in (an.level_of(u), doc.gaz.level_of(u))
        if of_level and (within is None or u in within) and u.endswith(kind):
            counts[u] += 1
    for name, n in counts.most_common():
        listed = books or doc.known(name) or _ZONE_END.search(name)
        if n >= 2 or within is not None or (len(counts) == 1 and listed):
            return name
    return ""


def addressee(doc: Doc) -> str:
    """The body a report is addressed to (主送 line before the body), e.g. 三明市. The
    government is named last, but once its party committee has named the place it is often
    written by kind alone (「青禾县委、县政府：」): then the committee names the place."""
    for _, line in doc.lines[: doc.body + 1]:
        if ADDRESSEE.match(line):
            for part in reversed(line.split("、")):
                if unit := an.most_specific(organ_units(part, doc.known))[0]:
                    return unit
            return ""
    return ""


def level_in(doc: Doc, unit: str) -> str:
    if unit == "国务院":
        return "国家"
    level = an.level_of(unit)
    if level == "地市" and unit.endswith("市") and doc.gaz.level_of(unit):
        return doc.gaz.level_of(unit)
    return level
