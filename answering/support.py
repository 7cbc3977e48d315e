"""Is a sentence of a model's answer borne out by the passages it cites?

A valid ``[n]`` proves only that passage n exists; the sentence carrying it may still say
something passage n does not. Each cited sentence is read like a question (the same
analyser finds its units, years and topic terms, with synonyms) and its cited passages are
scored with the offline answerer's evidence scorer. It is supported when the passages carry
most of its topic weight, every figure it states, and every unit it names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from answering.markers import CITED as _CITED
from answering.sentences import score_text
from answering.types import Citation

# a sentence with its terminator and any (validated) markers right after it: 「…顾问。[1][2]」
_SENTENCE = re.compile(rf"[^。！？；!?;\n]+[。！？；!?;]?(?:\s*{_CITED.pattern})*")
# a whole Arabic figure (1,200 / 3.5 / 56), with the 万/亿 that scales it: 「3万份」 = 30000
_ARABIC = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+(?![\d])|\d+(?:\.\d+)?)\s*([万亿])?")
_CN_RUN = re.compile(r"[零〇○两一二三四五六七八九十百千万亿]+")
# a Chinese numeral states a quantity when a measure word follows it (「二十余份」, 「三项」);
# without one it is part of a word (十分, 统一, 二十大). Time words (年/月/天) are left out:
# 「一年来」, 「三年行动」 name periods, not counts.
_MEASURE = re.compile(r"[余多]?[个份件起场次人名位家户村所项条篇期批支座处元万亿]")
# a lone 一 is an article (「一个机制」) and a lone 十/百/千/万 an idiom (千家万户), not a figure
_LONE_FIGURE = set("两二三四五六七八九")
# a unit named at the start of a clause: 「西岭乡聘请…」, 「，东坡镇全年…」
_UNIT_AT_CLAUSE = re.compile(r"(?:^|[，,；;：:。、\s])([\u4e00-\u9fff]{2,4}?(?:街道|乡|镇))")
_NOT_A_NAME = re.compile(r"^(?:各|每|全|本|该|我|其|这|那|城|乡|村|所有|其他|相关)")
SUPPORT_SHARE = 0.5  # of the sentence's own topic weight that the passages must carry


class SupportChecker:
    def __init__(self, retriever) -> None:
        self._retriever = retriever

    def supported(self, claim: str, passages: Sequence[Citation]) -> bool:
        claim = _CITED.sub("", claim)
        evidence = "\n".join(
            f"{c.township} {c.county} {c.year or ''} {c.title} {c.section} {c.quote}"
            for c in passages
        )
        stated = figures(claim, strict=True)
        # the year a cited report covers is part of what it says (「2023年，X镇…」), shown
        # beside every quote; any other figure must stand in the quoted text itself
        shown = figures("\n".join(c.quote for c in passages), strict=False)
        shown |= {Decimal(c.year) for c in passages if c.year}
        if stated - shown:
            return False  # an invented or altered number is the worst claim
        analysis = self._retriever.analyze(claim)
        named = {*analysis.townships, *_unit_names(claim)}
        if any(t not in evidence for t in named):
            return False  # a fact moved to another unit (or one the library lacks)
        if not analysis.concepts:
            return True  # nothing topical: a connective sentence
        idf = self._retriever.concept_idf(analysis)
        own = score_text(claim, analysis.concepts, idf, False)
        found = score_text(evidence, analysis.concepts, idf, False)
        return own <= 0 or found >= SUPPORT_SHARE * own


def figures(text: str, strict: bool) -> set[Decimal]:
    """The numbers ``text`` states, as values, so 56 never matches inside 156 or 2056 and
    五十六 equals 56. ``strict`` (a claim) reads a Chinese numeral only where it counts
    something; the cited passages (not strict) lend every numeral they hold."""
    text = unicodedata.normalize("NFKC", text)
    out = set()
    for m in _ARABIC.finditer(text):
        value = Decimal(m.group(1).replace(",", ""))
        scale = {"万": 10**4, "亿": 10**8}.get(m.group(2) or "", 1)
        out.add((value * scale).normalize())
    for m in _CN_RUN.finditer(text):
        run = m.group(0)
        if strict and (
            not _MEASURE.match(text, m.end()) or (len(run) == 1 and run not in _LONE_FIGURE)
        ):
            continue
        value = _chinese_value(run)
        if value is not None:
            out.add(value)
    return out


def _chinese_value(run: str) -> Decimal | None:
    import cn2an  # on first use: its import is 0.23 s of every start (proces' tables)

    try:
        return Decimal(str(cn2an.cn2an(run.replace("○", "〇"), "smart"))).normalize()
    except (ValueError, InvalidOperation):
        return None  # not a well-formed numeral (一一, a lone 万)


def _unit_names(claim: str) -> set[str]:
    return {
        m.group(1) for m in _UNIT_AT_CLAUSE.finditer(claim) if not _NOT_A_NAME.match(m.group(1))
    }


def cited_sentences(text: str) -> list[tuple[int, int, list[int]]]:
    """(start, end, cited passage numbers) of each sentence of ``text`` that cites one."""
    out = []
    for m in _SENTENCE.finditer(text):
        numbers = [int(n) for n in _CITED.findall(m.group(0))]
        if numbers:
            out.append((m.start(), m.end(), numbers))
    return out


def drop_unsupported(
    text: str, by_n: dict[int, Citation], checker: SupportChecker
) -> tuple[str, int, int]:
    """``text`` without its cited sentences that their passages do not bear out; returns
    (kept text, cited sentences kept, sentences dropped)."""
    kept, dropped, pieces, pos = 0, 0, [], 0
    for start, end, numbers in cited_sentences(text):
        passages = [by_n[n] for n in numbers if n in by_n]
        if checker.supported(text[start:end], passages):
            kept += 1
            continue
        dropped += 1
        pieces.append(text[pos:start])
        pos = end
    pieces.append(text[pos:])
    return re.sub(r"\n{3,}", "\n\n", "".join(pieces)).strip(), kept, dropped
