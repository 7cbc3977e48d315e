"""Cleaning of extracted report text.

The cleaned text is what gets stored and what every citation quotes, so cleaning happens
exactly once, here, and every later step works on spans of its output.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.page_chrome import is_chrome_line
from reportqa.patterns import HEADING_START
from reportqa.spaced_tables import BAR, CELL_GAP, GAP, cells, table_lines
from reportqa.text import to_simplified

_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_EDITOR_RESIDUE = re.compile(r"\[bookmark:[^\]]*\]|\[image:[^\]]*\]|\{\\?[a-z]+\}")
_PAGE_NUMBER = re.compile(r"^[-—–\s]*(第\s*)?\d{1,4}(\s*页)?[-—–\s]*$|^-\s*\d+\s*-$")
# spaces that PDF/Word export leaves between CJK and digits, or inside CJK runs
_SPACE_CJK_DIGIT = re.compile(rf"(?<=[{_CJK}])[ \t\u3000\u00a0]+(?=[0-9])")
_SPACE_DIGIT_CJK = re.compile(rf"(?<=[0-9%])[ \t\u3000\u00a0]+(?=[{_CJK}])")
_SPACE_CJK_CJK = re.compile(rf"(?<=[{_CJK}，。、；：）》”])[ \t\u3000\u00a0]+(?=[{_CJK}（《“])")
_SPACE_AFTER_PAREN = re.compile(r"(?<=[)）])[ \t\u3000\u00a0]+")
_HAS_SPACE = re.compile(r"[ \t\u3000\u00a0]")  # what the four rules above remove
# mirror sites that convert pages to traditional characters leave a character's pinyin in
# brackets behind it (鎮(zhèn), 設(shè)): one syllable with a tone mark, which splits every word
# it sits in (建設(shè)項目) and no reader wants quoted; a bracketed English word has no tone mark
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN_GLOSS = re.compile(
    rf"(?<=[{_CJK}])[(（](?=[a-z{_TONED}ü]{{0,5}}[{_TONED}])[a-z{_TONED}ü]{{1,6}}[)）]"
)
# a line ending with one of these is complete; anything else may continue on the next line.
# A bar closes a row of a page's field table (「成文日期 | 2022-03-16 | 公開方式 | 主動公開 |」):
# no sentence ends in one, and the report's first sentence under the table is a line of its own
_LINE_END = "。！？；;：:!?…”」』）)》|｜"
_CONTINUATION_END = "、，,（(《“"
_TITLE_END = re.compile(r"(?:报告|汇报|总结|人民政府|办事处|管委会)$")
# a portal's <title> and every mirror of it is 「标题-站点名」: the site's or a copier's brand
# after a dash, underscore or bar. A title whose text before that mark ends in a report word is
# whole; the short name after it holds no report word and no year (「2021—2025年」 is the title)
_SITE_SUFFIXED = re.compile(
    r"(?:报告|汇报|总结|情况)\s*(?:——|[-_|｜—–])\s*(?!.*(?:报告|汇报|总结|\d))[^，。；：:、,（(《“]{1,24}$"
)
# a portal prints the article's fields under its title (「发布日期：… 来源：…」): such a line
# opens a record of its own, never the rest of the line above it, and ends where its line ends
_FIELD_LINE = re.compile(
    r"^[\[【]?(?:发布日期|发布时间|发文日期|成文日期|信息来源|来源|作者|浏览次数|阅读次数|点击次数"
    r"|访问次数)\s*[:：]"
)


def _is_heading_like(line: str) -> bool:
    return bool(HEADING_START.match(line))


_RUN_IN_BODY = 12  # characters of body after the heading's full stop: a sentence, not a tail


def _runs_in(line: str, nxt: str) -> bool:
    """A numbered heading followed on its line by body text (「（二）强化执法。全年开展…」),
    and a next line that does not open with a digit (「2深入推进…」 is the next item whose
    「、」 the extractor lost, not the rest of a word)."""
    stop = line.find("。")
    return 0 < stop < len(line) - _RUN_IN_BODY and not nxt[0].isdigit()


@dataclass
class _Paragraph:
    """A cleaned line being assembled from extractor-broken pieces. Joining decides on the
    first piece, the tail and the length only, so appending costs the same however long the
    paragraph already is (re-reading the whole string each time was quadratic)."""

    parts: list[str]
    length: int

    @property
    def tail(self) -> str:
        tail = ""
        for part in reversed(self.parts):
            tail = part + tail
            if len(tail) >= _TAIL:
                break
        return tail

    def add(self, line: str) -> None:
        self.parts.append(line)
        self.length += len(line)


_TAIL = 8  # longer than any _TITLE_END word


# a mark only prose has: a title or a heading ends without one and holds no 、 or ；
_PROSE = re.compile(r"[，,、；;。]")
_HAN = re.compile(rf"[{_CJK}]")
_AROUND = 4  # characters each side of a break that the segmenter reads


def word_broken(par: _Paragraph, nxt: str) -> bool:
    """A short line of prose whose last word runs on into the next line (「全部聘请法律顾\\n问」
    「全年市本级办理行政复\\n议案件」): pages copied from a PDF or a typeset column break lines
    at a width, not at a sentence, and a short column breaks short lines. A mark inside the
    line says prose, not a title (a numbered heading needs its full stop: run in with its
    body), and a dictionary word crossing the break — as the segmenter cuts the characters
    around it — says the line stopped inside a word; a line ending on a whole word stays."""
    text = "".join(par.parts)
    if not (_HAN.match(text[-1]) and _HAN.match(nxt[0])):
        return False
    inside = text[:-1]
    if "。" not in inside if _is_heading_like(par.parts[0]) else not _PROSE.search(inside):
        return False
    from ingest.report_reading import tokenizer  # the segmenter, loaded once, only when asked

    left = to_simplified(text[-_AROUND:])
    window = left + to_simplified(nxt[:_AROUND])
    at = 0
    for word in tokenizer().words(window):
        start = window.find(word, at)
        if start < 0:
            return False
        if start < len(left) < start + len(word):
            return True
        at = start + len(word)
    return False


def _joins_next(par: _Paragraph, nxt: str) -> bool:
    """Was this line broken mid-sentence by the extractor (「镇机\\n\\n关全体干部」)?

    Most lines of a report end a sentence (。；), and that alone says no: the paragraph's own
    ending and length are looked at first, so the regex and chrome tests (a line's
    traditional-to-simplified form, the portal-furniture patterns) run only on the few lines
    that may continue. Every test but the ending can only say no, so the order does not
    change the answer (the two sets of endings share no character)."""
    if not nxt:
        return False
    tail = par.tail
    last = tail[-1]
    if last in _LINE_END:
        return False
    # short unterminated lines are titles or headings; long ones are broken paragraphs. A
    # numbered heading is often run in with its body (「（五）化解矛盾纠纷。推行…排查化解矛盾纠」):
    # once a sentence has ended inside it, the line is a paragraph and may be broken too
    if (
        last not in _CONTINUATION_END
        and (
            par.length < 30 or (_is_heading_like(par.parts[0]) and not _runs_in(par.parts[0], nxt))
        )
        and not word_broken(par, nxt)
    ):
        return False
    if _is_heading_like(nxt):
        return False
    simple = to_simplified(nxt)
    if _FIELD_LINE.match(simple) or is_chrome_line(simple):
        return False
    first = to_simplified(par.parts[0])
    if _FIELD_LINE.match(first) or is_chrome_line(
        first
    ):  # a field, breadcrumb or site line is whole
        return False
    if len(par.parts) == 1 and _SITE_SUFFIXED.search(first):
        return False  # 「…情况的报告-某某网」: a title with its site's name
    # 「…情况的报告」 (or 報告) is a title, however long
    return not _TITLE_END.search(to_simplified(tail))


def drop_layout_spaces(line: str) -> str:
    """The spaces a page sets between Chinese characters and digits (「共调处 37 起」) are layout,
    not text: every quote the product shows is read without them, so anything compared with a
    quote (an eval's expected value written from the raw page) must drop them the same way."""
    if not _HAS_SPACE.search(line):  # one line in twenty: the rules below only drop spaces
        return line
    line = _SPACE_CJK_DIGIT.sub("", line)
    line = _SPACE_DIGIT_CJK.sub("", line)
    line = _SPACE_CJK_CJK.sub("", line)
    return _SPACE_AFTER_PAREN.sub("", line)


def clean_text(raw: str) -> str:
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = _EDITOR_RESIDUE.sub("", text)
    raw_lines = [line.strip(" \t\u3000\u00a0\u200b") for line in text.split("\n")]
    raw_lines = [line for line in raw_lines if line and not _PAGE_NUMBER.match(line)]
    # a table laid out with spaces keeps its cells apart, each line whole (``spaced_tables``)
    drawn = any(GAP.search(ln) or BAR.search(ln) for ln in raw_lines)
    tabled = table_lines(raw_lines) if drawn else frozenset()
    lines: list[str] = []
    for i, line in enumerate(raw_lines):
        if i in tabled and not BAR.search(line):  # a barred line keeps its bars
            line = CELL_GAP.join(drop_layout_spaces(c) for c in cells(line))
        else:
            line = drop_layout_spaces(line)
        if "(" in line or "（" in line:  # a pinyin gloss needs a bracket
            line = _PINYIN_GLOSS.sub("", line)
        lines.append(line)
    merged: list[_Paragraph] = []
    for i, line in enumerate(lines):
        if merged and i not in tabled and i - 1 not in tabled and _joins_next(merged[-1], line):
            merged[-1].add(line)
        else:
            merged.append(_Paragraph([line], len(line)))
    return "\n".join("".join(p.parts) for p in merged)
