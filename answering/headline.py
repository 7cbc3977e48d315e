"""The headline of a fact answer that asks two values at once: each part its own value.

「…发了多少宣传手册、挂了多少横幅」「…化解了多少矛盾纠纷，化解率多少」「…有几个人，全年审查了
几次」: a user asks two counts in one question, one clause each, and a report gives them in
one or two sentences. A headline that states only one part reads as if the other were not
given. How reports write counts tells the values apart:

- the measure word (or, for 「几个部门」, the noun after 个) says which kind each part counts
  (``retrieval.measures``); a percentage answers only a part asking a rate (「…率多少」);
- the verb next to the number names what it counts: 「完成整改12个」 is the count of 整改,
  「巡察反馈的13个问题」 is not — so the part's own verb (the word before its 「了多少」) found
  in the count's clause outranks every other word;
- 「共…N件，其中…M件」: a count under 其中 is a share of a total; a part that says 其中 asks
  that share, one that does not asks the total;
- two parts that nothing tells apart take the counts in the order the report writes them
  (the order a user asks in when 分别 is meant).

Each count answers one part at most. A part no count fits is left out, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from answering.acts import UNDER, act_clause, asked_act, under_total
from answering.counted import counted_nouns
from answering.value_kinds import RATE_REACH, RATE_WORD, rate_forms
from reportqa.text import to_simplified
from retrieval.asked_kind import counted_noun
from retrieval.measures import asked_measure, counts_of, counts_with, how_many
from retrieval.numerals import DIGITS

_CLAUSES = re.compile(r"[，,；;、？?。！!\n]")
_QW = re.compile(r"多少|几(?!成员)")
# a rate asked in any words (「合格率咋样」「化解率多少」「满意度怎么样」)
_RATE_ASK = re.compile(
    rf"(?P<cue>{RATE_WORD})[^，。？?！!,；;]{{0,6}}?"
    r"(?:多少|几|咋样|怎么样|怎样|如何|多高|高不高|啥水平)"
)
_PERCENT = re.compile(r"[%％]|百分之")
_CLAUSE_END = "，,；;。！？!?\n"


@dataclass(frozen=True)
class Part:
    """One clause of the question asking one value: ``text`` (simplified), the ``act`` (the
    one or two characters before its question word, 「整改」 of 「整改了多少个」), and for a
    rate its ``cue`` (合格率)."""

    text: str
    act: str = ""
    cue: str = ""


def asked_parts(question: str) -> list[Part]:
    """The clauses of ``question`` that each ask a value, in order."""
    out = []
    for clause in _CLAUSES.split(to_simplified(question)):
        rate = _RATE_ASK.search(clause)
        if rate:
            cue = rate.group("cue")
            out.append(Part(clause, cue=cue[-3:] if cue[-1] in "率度" else cue))
            continue
        if _QW.search(clause):
            out.append(Part(clause, act=asked_act(clause)))
    return out


def _clause(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(ch, 0, start) for ch in _CLAUSE_END) + 1
    ends = [i for i in (text.find(ch, end) for ch in _CLAUSE_END) if i >= 0]
    return text[lo : min(ends, default=len(text))]


def _bigrams(text: str) -> set[str]:
    cjk = re.sub(r"[^\u4e00-\u9fff]", " ", _QW.sub(" ", text))
    return {cjk[i : i + 2] for i in range(len(cjk) - 1) if " " not in cjk[i : i + 2]}


@dataclass(frozen=True)
class _Count:
    quote: int  # which quote holds it
    start: int
    end: int
    text: str  # as the quote writes it


def _rate_values(part: Part, quotes: Sequence[str]) -> list[_Count]:
    """「合格率100%」: a form of the asked rate and the percentage right after it."""
    out = []
    for qi, quote in enumerate(quotes):
        t = to_simplified(quote)
        for form in rate_forms(part.cue):
            for m in re.finditer(re.escape(form), t):
                window = re.split(r"[，,。；;！？!?]", t[m.end() : m.end() + RATE_REACH])[0]
                pct = counts_with("%").search(window)
                if pct:
                    end = m.end() + pct.end()
                    out.append(_Count(qi, m.start(), end, quote[m.start() : end]))
    return out


def _head_counts(part: Part) -> re.Pattern | None:
    """「挂了多少横幅」 ~ 横幅27幅: a noun's last character serves as its own measure word
    when no usual one is asked."""
    m = re.search(r"(?:多少|几)([\u4e00-\u9fff]{2,4}?)(?=[^\u4e00-\u9fff]|$)", part.text)
    if not m:
        return None
    return re.compile(rf"(?:{DIGITS})\s*(?:余|多)?\s*(?:万)?{re.escape(m.group(1)[-1])}")


# a measure word the question puts before its question word (「听的人有多少」「次数是几」)
_MEASURE_BEFORE = re.compile(
    r"([人名位次场件项条份户家个])数?(?:有|是|共|一共|总共|大概)*(?:多少|几)$"
)


def _count_values(part: Part, quotes: Sequence[str], words) -> list[_Count]:
    """The counts of ``quotes`` of the kind ``part`` asks (its measure word's class, or the
    noun it counts with 个); a percentage never answers a count."""
    measure = asked_measure(part.text, words)
    if measure == "%":
        return []
    patterns: list[re.Pattern] = []
    nouns = counted_nouns(part.text)
    if nouns:  # 「多少个部门」: 22个部门
        patterns.append(re.compile(rf"(?:{DIGITS})\s*个[\u4e00-\u9fff]{{0,4}}?{nouns[0]}"))
    noun = counted_noun(part.text) if measure == "个" and not nouns else ""
    if noun:  # 「几个村」: 17个村
        patterns.append(counts_of(noun))
    if not measure and (head := _head_counts(part)):
        patterns.append(head)
    if not measure and (said := _MEASURE_BEFORE.search(part.text)):
        measure = said.group(1)  # 「听的人有多少」: counted in 人
    patterns.append(counts_with(measure) if measure else how_many())
    for pattern in patterns:
        out = []
        for qi, quote in enumerate(quotes):
            t = to_simplified(quote)
            for m in pattern.finditer(t):
                if _PERCENT.search(m.group(0)):
                    continue
                out.append(_Count(qi, m.start(), m.end(), quote[m.start() : m.end()].strip()))
        if out:
            return out
    return []


def _measured(part: Part, words) -> bool:
    """Does the part name what its count is counted in (a measure word, 几个村, 人有多少)?"""
    return bool(
        asked_measure(part.text, words)
        or counted_nouns(part.text)
        or _MEASURE_BEFORE.search(part.text)
    )


def _score(part: Part, count: _Count, quote: str, measure: str) -> tuple[int, ...]:
    """(the part's act by the count, its measure word as asked, the 其中 scope right, shared
    words, the counted noun's words): compared in that order. The act counts 2 in the
    count's lead (its clause since the count before it: 「…19期班次中开设…课程26次」 gives 开
    to 26次) or, but for a one-character act, in its clause; else 1 in its clause."""
    t = to_simplified(quote)
    clause = _clause(t, count.start, count.end)
    act = 0
    if part.act and not part.cue:
        wide = act_clause(t, count.start, count.end).replace(count.text, "")
        left = clause[: clause.find(count.text)] if count.text in clause else clause
        lead = left[max((m.end() for m in how_many().finditer(left)), default=0) :]
        if part.act in lead:
            act = 2
        elif part.act in wide or part.act[-1] in wide:
            act = 1
    exact = int(bool(measure) and count.text.endswith(measure))
    scope = int(under_total(t, count.start) == (UNDER in part.text))
    shared = len({w for w in _bigrams(part.text) if w in clause})
    noun = t[count.end : count.end + 2]
    named = sum(ch in part.text for ch in noun if "\u4e00" <= ch <= "\u9fff")
    return act, exact, scope, shared, named


def part_values(question: str, quotes: Sequence[str], words=None) -> list[tuple[str, int]] | None:
    """For a question asking two or more values: each part's value as the quotes write it
    and the index of the quote giving it, in the question's order (parts no count fits are
    left out); None when the question asks one value."""
    parts = asked_parts(question)
    if len(parts) < 2:
        return None
    scored = []
    for pi, part in enumerate(parts):
        found = _rate_values(part, quotes) if part.cue else _count_values(part, quotes, words)
        for count in found:
            measure = "" if part.cue else asked_measure(part.text, words)
            score = _score(part, count, quotes[count.quote], measure)
            if not (part.cue or _measured(part, words)) and not any(score[i] for i in (0, 3, 4)):
                continue  # any count fits a part asked in no measure: one tied to it by a word
            scored.append((score, pi, count))
    scored.sort(key=lambda s: (tuple(-x for x in s[0]), s[2].quote, s[2].start, s[1]))
    taken: dict[int, _Count] = {}
    for _, pi, count in scored:  # each count answers one part at most
        if pi in taken or any(
            c.quote == count.quote and c.start < count.end and count.start < c.end
            for c in taken.values()
        ):
            continue
        taken[pi] = count
    return [(taken[pi].text, taken[pi].quote) for pi in sorted(taken)]
