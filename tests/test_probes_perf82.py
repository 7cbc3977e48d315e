"""perf82 (issue 17): three cuts that change no reading, each checked against the reading it
replaces on every paragraph of real and invented reports.

- ``fanout_sentences.gapped``'s gaps are greedy: only whether it finds a place is read, and
  a backtracking search finds one whatever order it tries a gap's lengths in;
- ``plan_clauses.planned_for`` finds the sentences naming the thing by one bounded search
  each, and reads a naming sentence's start (``opens_start``) once, not twice;
- ``report_parts.plan_heading`` is kept per section path and report year.

``probes_perf82.jsonl`` asks over three invented reports (``tests/data/probe_reports_perf82``)
the readings these cuts serve: 持有执法证上岗 spells 持证上岗 apart (pf1 pf1b), a later year's
plan (2024年实现…持证上岗全覆盖, 力争2024年…持证上岗) is no deed; a plan item opening on 启动
(启动聘请法律顾问工作) is not begun (pf2 pf2b); a deed only planned for the next year answers
nobody (pf2n, must not match). Main (30d05d80): which 1.00 (none 1.00 by pf2n's empty set);
branch perf82: the same, every answer identical.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reportqa.text import to_simplified
from reportqa.types import ReportInfo
from retrieval import plan_clauses
from retrieval.dated_plans import dated_plan, opens_start
from retrieval.due_years import own_years
from retrieval.fanout_sentences import gapped
from retrieval.law_exams import apart_exam
from retrieval.plan_clauses import _named, planned_for
from retrieval.plan_items import plan_creation
from retrieval.plan_targets import names_review
from retrieval.report_parts import _PLAN_TOP, _YEARS, plan_heading
from retrieval.split_words import OBJECT_GAP, split_spans, verb_object, widest_gap
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_perf82.jsonl"


def test_perf82_probes(tmp_path, monkeypatch, capsys):
    # main (30d05d80): which 1.00; branch perf82: 1.00 (answers identical)
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_perf82"],
        PROBES,
        ["--min-f1", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


def _paragraphs() -> list[str]:
    out = []
    for f in sorted([*DATA.glob("blind39/web_real/*.txt"), *DATA.glob("probe_reports_*/*.txt")]):
        out += [p for p in f.read_text(encoding="utf-8").split("\n") if p.strip()]
    return out


def _lazy(words: tuple[str, ...]) -> re.Pattern:
    """``gapped`` as it was written before perf82: lazy gaps."""
    branches = []
    for word in words:
        head, rest = re.escape(word[0]), re.escape(word[1:])
        if (exam := apart_exam(word)) is not None and exam.pattern not in branches:
            branches.append(exam.pattern)
        if verb_object(word):
            verb, obj = re.escape(word[:2]), re.escape(word[2:])
            branches.append(f"{verb}[^\\n]{{1,{OBJECT_GAP}}}?{obj}")
        elif len(word) == 2:
            branches.append(f"{head}(?!{rest})(?:[了过][^\\n]*?|[^\\n]){rest}")
        else:
            gap = f"[^\\n]{{0,{widest_gap(word)}}}?"
            branches.append(f"{head}(?!{rest})" + "".join(gap + re.escape(c) for c in word[1:]))
    return re.compile("|".join(branches))


WORDS = [
    ("普法", "法治宣传", "法治宣传教育", "普法宣传", "送法进企业", "法律进校园"),
    ("持证上岗", "执法证", "学法", "述法"),
    ("参加考试", "开展活动", "召开会议", "聘请", "法律顾问"),
    ("党政主要负责人年度述法", "行政执法公示制度", "“八五”普法"),
]


@pytest.mark.parametrize("words", WORDS)
def test_greedy_gaps_find_where_lazy_ones_did(words):
    greedy, lazy = gapped(words), _lazy(words)
    texts = _paragraphs()
    texts += ["开展了一次普法宣传", "持有执法证上岗", "普了一次法", "参加年度法治理论网上考试"]
    found = 0
    for text in texts:
        got = greedy.search(text) is not None
        assert got is (lazy.search(text) is not None), (words, text)
        found += got
        # still a loose filter: wherever a word is spelled apart, the pattern finds a place
        if any(w not in text and next(split_spans(text, w), None) for w in words if len(w) > 1):
            assert got, (words, text)
    assert found  # the texts exercise both verdicts


def _dated_for_before(sentence: str, section: str, info: ReportInfo, groups) -> bool:
    """``plan_clauses._dated_for`` before perf82: ``dated_plan`` then the start again."""
    if not dated_plan(sentence, section, info):
        return False
    if opens_start(sentence, section, info):
        return True
    clauses = [m.group() for m in plan_clauses._CLAUSES.finditer(sentence)]
    if not clauses or not info.year:
        return True
    later = [any(y > info.year for y in own_years(c)) for c in clauses]
    if later[0] or not any(later):
        return True
    named = [_named(c, groups) for c in clauses]
    best = max(named)
    return best > 0 and any(hit for hit, n in zip(later, named, strict=True) if n == best)


def _planned_before(text: str, section: str, info: ReportInfo, things) -> bool:
    said = to_simplified(text)
    if not plan_clauses._YEARISH.search(said) and not plan_heading(section, info):
        return False
    groups = [tuple(s for s in group if s) for group in things]
    naming = [
        m.group() for m in plan_clauses._SENTENCES.finditer(said) if _named(m.group(), groups)
    ]
    if not naming:
        return dated_plan(said, section, info)
    return all(
        _dated_for_before(s, section, info, groups) or plan_creation(s, section, info, groups)
        for s in naming
    )


SECTIONS = ["一、2021年工作开展情况 > （一）强化普法", "三、下一步工作打算", "二、2022年工作安排"]
THINGS = [
    [("法律顾问",)],
    [("法律明白人", "法治带头人"), ("培育",)],
    [("普法", "")],
    [("持证上岗",), ("执法",)],
    [("建成。",)],  # a spelling holding a sentence stop is in no sentence
    [],
]


def test_planned_for_reads_as_before_on_every_paragraph():
    paragraphs = [*_paragraphs(), "二是启动聘请法律顾问工作。一是2022年实现法律顾问全覆盖。"]
    assert len(paragraphs) > 1000
    for text in paragraphs:
        for section in SECTIONS:
            for year in (2021, None):
                info = ReportInfo("r", "r.txt", "t", "青禾镇", "", "乡镇", year, "h")
                for things in THINGS:
                    got = planned_for(text, section, info, things)
                    assert got is _planned_before(text, section, info, things), (text, section)


def _plan_heading_before(section: str, year: int | None) -> bool:
    top = to_simplified(section).split(" > ")[0]
    if not top or names_review(top):
        return False
    years = [int(y) for y in _YEARS.findall(top)]
    if years and year and max(years) > year:
        return True
    return bool(_PLAN_TOP.search(top))


@pytest.mark.parametrize(
    "section",
    [
        *SECTIONS,
        "",
        "二、2021年工作回顧 > 下一步",
        "三、2023年工作思路",
        "一、主要工作",
        "四、展望",
    ],
)
@pytest.mark.parametrize("year", [2020, 2021, 2022, None])
def test_plan_heading_kept_is_the_reading(section, year):
    info = ReportInfo("r", "r.txt", "t", "青禾镇", "", "乡镇", year, "h")
    for _ in range(2):  # worked out, then kept
        assert plan_heading(section, info) is _plan_heading_before(section, year)
