"""The judge of a fact answer's sentence: does it hold what the question asks for?

A sentence that ranks well may still not answer: it names another kind of thing, or gives
a count of something else (「行政诉讼案件80宗」 is no count of 败诉; 420人次 of consultations is
no number of 件). ``retrieval.search.HybridRetriever.carrier`` builds the judge here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from reportqa.text import to_simplified
from retrieval.counts_near import counts_need
from retrieval.evidence import SUPPORT, library_needs, sentence_score
from retrieval.measures import (
    asked_measure,
    counts_of,
    counts_with,
    how_many,
    is_measure_word,
    money_counts,
)
from retrieval.query import Analysis, answer_type, counted_noun
from retrieval.question_scope import needs_by_part

_ASIDE = re.compile(r"[（(][^（）()]{1,8}[）)]")  # a short aside inside a fixed phrase


def judge_carrier(retriever, analysis: Analysis, number: bool):
    """``retriever``: ``retrieval.search.HybridRetriever`` (its tokenizer, synonyms and
    report frequencies); ``number``: a how-many question."""

    needs = library_needs(retriever, analysis.concepts, analysis.question, analysis.quoted)
    if number:  # the measure word a question leaves as a word (平方米) is the count's, not a thing
        needs = [n for n in needs if not is_measure_word(n.concept.term)] or needs
    any_count = how_many()
    words = retriever.lib.tokenizer.words  # 「多少人民调解委员会」: 人 starts a word, no measure
    wanted = answer_type(analysis.question)
    kinds = [wanted, *retriever.analyzer.synonyms(wanted)] if wanted else []
    asked_parts = [  # 「有几个人，审查了几次」: each part alone, with its own measure word
        (part, asked_measure(text, words) if number else "", text)
        for part, text in needs_by_part(analysis.question, needs)
    ]
    parts = [(part, _counts(m, text) if m else any_count) for part, m, text in asked_parts]
    # 「多少份合同文书」: the measure word says the kind the head says (份 ~ 文书), so a count
    # of it right after the rest of the compound answers (审查合同247份)
    bare = [
        (mod, _counts(m, text))
        for part, m, text in asked_parts
        for mod in (_without_kind_head(n, m) for n in part)
        if mod
    ]

    def says(t: str, heading: str, asked) -> bool:
        read = f"{heading}\n{t}" if heading else t
        return any(
            counts_need(t, part, counts) and sentence_score(read, part) >= SUPPORT
            for part, counts in asked
        )

    def judge(asked):
        def carries(text: str, heading: str = "") -> bool:
            t = to_simplified(text)
            if kinds and not any(k in t for k in kinds):
                return False
            if not number or not needs:
                return True
            # read as written and without asides: 「一村（社区）一法律顾问」 is 一村一法律顾问,
            # while 「12件（其中败诉2件）」 holds the asked count inside the aside
            head = to_simplified(heading)
            return says(t, head, asked) or says(_ASIDE.sub("", t), head, asked)

        return carries

    def near(asked):
        def counted(text: str, heading: str = "") -> bool:
            t = to_simplified(text)
            return any(
                # a required word of the part in full (调解室 is no 纠纷 though 调解 ~ 调处)
                any(a in t for n in part if n.concept.required for a in n.full)
                and any(counts_need(x, part, c) for x in (t, _ASIDE.sub("", t)))
                for part, c in asked
            )

        return counted

    question = to_simplified(analysis.question)

    def measured(text: str, heading: str = "") -> bool:
        """A number of the asked class right after the most specific thing the question asks
        about — its rarest word (「…案件的执结率是多少」 → 执结率87.5%; 「败诉了几宗」 → 败诉2宗,
        never 案件41宗; 「法律援助办了多少件」 → never 法律援助咨询5600人次)."""
        t = to_simplified(text)
        for part, counts in parts:
            # the rarest word; of equally rare ones the later, the head of the phrase
            rarest = max(part, key=lambda n: (n.weight, max(question.rfind(a) for a in n.full)))
            which = _modifier(rarest, part, question)
            for alt in rarest.full:
                for m in re.finditer(re.escape(alt), t):
                    if which and not any(
                        w in t[max(0, m.start() - 4 - len(w)) : m.start()] for w in which.full
                    ):
                        continue  # 「法制审核案件36件」 is no count of 行政复议案件
                    hit = counts.search(t, m.end(), m.end() + 10)
                    if hit and hit.start() - m.end() <= 3:
                        return True
        for mod, counts in bare:
            for m in re.finditer(re.escape(mod), t):
                hit = counts.search(t, m.end(), m.end() + 10)
                if hit and hit.start() - m.end() <= 3:
                    return True
        return False

    def covers(text: str, heading: str = "") -> bool:
        """The sentence, read with its heading, says what was asked (``SUPPORT``)."""
        t, head = to_simplified(text), to_simplified(heading)
        return not needs or sentence_score(f"{head}\n{t}" if head else t, needs) >= SUPPORT

    each = tuple(
        ("".join(n.concept.term for n in part), judge([(part, c)]), near([(part, c)]))
        for part, c in parts
    )
    multi = each if number and len(parts) >= 2 else ()
    spelled = tuple((n.concept.term, n.full) for n in needs)  # spellings, synonyms too
    return Carrier(judge(parts), multi, measured if number and needs else None, covers, spelled)


# heads that name the kind of thing a measure word counts: 文书 are counted in 份, 案件 in 件
_KIND_HEADS = {
    "文书": "份",
    "文件": "份",
    "材料": "份",
    "资料": "份",
    "案件": "件",
    "案子": "件",
    "人员": "人",
    "设备": "台",
}


def _without_kind_head(need, measure: str) -> str:
    """合同文书 asked in 份 → 合同: the compound without a head the measure word restates
    (two characters at least); "" otherwise."""
    term, head = need.concept.term, _kind_head(need.concept.term)
    kind = _KIND_HEADS.get(head, "")
    if not (measure and kind and counts_with(measure).search(f"2{kind}")):
        return ""
    rest = term[: -len(head)]
    return rest if len(rest) >= 2 else ""


def _modifier(need, part, question: str):
    """The word of ``part`` the question writes right before ``need`` when ``need`` is a head
    its measure restates (「行政复议案子」「行政复议的案件」: 案件 in 件 says no kind, the word
    before it does), else None. 「普法发了多少资料」: 资料 stands alone."""
    if need.concept.term not in _KIND_HEADS:
        return None
    return _said_before(need, part, question)


def _said_before(need, part, question: str):
    """The word of ``part`` the question writes right before ``need``, a 的 between or none."""
    term = re.escape(need.concept.term)
    return next(
        (
            o
            for o in part
            if o is not need and re.search(re.escape(o.concept.term) + "的?" + term, question)
        ),
        None,
    )


def _kind_head(term: str) -> str:
    return next((h for h in _KIND_HEADS if term.endswith(h) and len(term) > len(h)), "")


def _counts(measure: str, question: str):
    """The counts that answer: of the asked measure's class, and for 「多少个村」 of 村."""
    noun = counted_noun(question) if measure == "个" else ""
    money = money_counts(question) if measure == "元" else None  # 多少钱 ~ 85.4亿美元
    return counts_of(noun) if noun else money or counts_with(measure)


@dataclass(frozen=True)
class Carrier:
    """``judge(sentence, heading)``: does the sentence answer the question (any part of it)?
    ``parts``: for a question asking two counts, each part's topic, its own judge and a
    looser test (a count of the part's measure next to a word of it), so that an answer
    can quote each part and say which part its quotes do not give."""

    judge: Callable[[str, str], bool]
    parts: tuple[tuple[str, Callable[[str, str], bool], Callable[[str, str], bool]], ...] = ()
    measured: Callable[[str, str], bool] | None = None  # the asked count, stated outright
    covers: Callable[[str, str], bool] | None = None  # says what was asked, any value or none
    # a concept's spellings in the library (term and synonyms): 律师 is said by 法律顾问
    spellings: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def __call__(self, text: str, heading: str = "") -> bool:
        return self.judge(text, heading)
