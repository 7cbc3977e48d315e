"""LLM answers are checked sentence by sentence against the passages they cite, through
the composition root (the seed library opened with an LLM endpoint set), the real HTTP
client and a scripted OpenAI-compatible server."""

from __future__ import annotations

import re

import cn2an
import pytest

from answering.service import AnswerService
from answering.support import SupportChecker, figures
from answering.types import Citation
from tests.fake_openai import FakeOpenAI

QUESTION = "哪些乡镇聘请了法律顾问"


@pytest.fixture
def fake():
    with FakeOpenAI() as server:
        yield server


@pytest.fixture
def service(seed_app_with, fake) -> AnswerService:
    """What a user runs with REPORTQA_LLM_BASE_URL set over the ingested seeds."""
    return seed_app_with(llm_base_url=fake.url, llm_model="fake").service


@pytest.fixture
def base(seed_app):
    """The extractive answer (no LLM configured): the numbered quotes the model is given."""
    return seed_app.service.ask(QUESTION)


def _passage(n: int, township: str, quote: str) -> Citation:
    return Citation(
        n, "r", "s.txt", "关于法治政府建设情况的报告", township, "某县", 2025, "", quote, 0, 0
    )


# made-up passages; each probe: (claim, expected)
_PROBES = [
    ("东坡镇聘请律师担任政府法律顾问，审查合同56份[1]。", True),
    ("东坡镇的法律顾问由专业律师担任，全年审查了56份合同[1]。", True),
    ("东坡镇请了律师做法律顾问[1]。", True),
    ("东坡镇聘请律师担任法律顾问，审查合同65份[1]。", False),  # altered figure
    ("东坡镇聘请律师担任法律顾问，审查合同6份[1]。", False),  # a digit inside 56 is not 56
    ("东坡镇的法律顾问全年审查了5份合同[1]。", False),
    ("东坡镇聘请律师担任法律顾问，审查合同二十份[1]。", False),  # a Chinese numeral is a figure
    ("东坡镇聘请律师担任法律顾问，审查合同五十六份[1]。", True),
    ("东坡镇的法律顾问一年审查合同2份[1]。", False),  # 2 is in the year 2025, not the quote
    ("2025年，东坡镇聘请律师担任法律顾问[1]。", True),  # the year the cited report covers
    ("2024年，东坡镇聘请律师担任法律顾问[1]。", False),  # a year the report does not cover
    ("东坡镇建成了无人机巡查执法中队[1]。", False),  # nothing of it in the passage
    ("西岭乡聘请律师担任法律顾问[1]。", False),  # another unit's fact
]


@pytest.mark.parametrize(("claim", "expected"), _PROBES)
def test_support_checker_probes(seed_app, claim, expected):
    checker = SupportChecker(seed_app.retriever)
    passage = _passage(1, "东坡镇", "东坡镇聘请专业律师担任政府法律顾问，全年审查各类合同56份。")
    assert checker.supported(claim, [passage]) is expected


def test_an_invented_sentence_with_a_valid_marker_is_dropped_visibly(service, fake, base):
    towns = {c.n: c.township for c in base.citations}
    fake.push_text(
        f"{towns[1]}与律师签订了聘请法律顾问合同[1]。"
        f"{towns[2]}为各村聘请法律顾问[2]。"
        f"{towns[3]}选聘法律顾问为辖区民众提供法律服务[3]。"
        f"{towns[1]}全年由法律顾问审查合同1200份[1]。"
    )
    answer = service.ask(QUESTION)
    assert answer.mode == "llm"
    assert "1200" not in answer.answer
    assert answer.answer.count("[") == 3
    assert "已删除 1 句" in answer.notice


def test_a_figure_is_checked_as_a_whole_number_in_any_script(service, fake, base):
    """The model restates a cited quote twice: its figure in Chinese numerals (kept) and
    changed to another Chinese numeral (dropped)."""
    cited = next(c for c in base.citations if figures(c.quote, strict=True))
    m = re.search(r"\d+", cited.quote)
    value = int(m.group(0))
    other = 30 if value == 20 else 20
    same = cited.quote[: m.start()] + cn2an.an2cn(value) + cited.quote[m.end() :]
    altered = cited.quote[: m.start()] + cn2an.an2cn(other) + cited.quote[m.end() :]
    fake.push_text(
        f"{same.rstrip('。')}[{cited.n}]。"
        + "".join(f"{c.quote.rstrip('。')}[{c.n}]。" for c in base.citations if c is not cited)
        + f"{altered.rstrip('。')}[{cited.n}]。"
    )
    answer = service.ask(QUESTION)
    assert answer.mode == "llm"
    assert cn2an.an2cn(value) in answer.answer
    assert cn2an.an2cn(other) not in answer.answer
    assert "已删除 1 句" in answer.notice


def test_mostly_unsupported_answers_fall_back_to_quotes(service, fake, base):
    towns = {c.n: c.township for c in base.citations}
    fake.push_text(
        f"{towns[1]}建成了智慧法庭[1]。{towns[2]}全年举办普法音乐节12场[2]。"
        f"{towns[3]}选聘法律顾问为辖区民众提供法律服务[3]。"
    )
    answer = service.ask(QUESTION)
    assert answer.mode == "extractive"
    assert answer.citations == base.citations
    assert "2 句与所引原文不符" in answer.notice and "原文摘录" in answer.notice


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("西岭乡十分重视依法行政，统一部署，深入千家万户。", set()),  # numerals inside words
        ("一年来，西岭乡学习贯彻党的二十大精神，建立一个机制。", set()),
        ("西岭乡调处纠纷三十五起，培训一百二十人次。", {35, 120}),
        ("西岭乡发放资料1,200份、3.5万元，两个村。", {1200, 35000, 2}),
    ],
)
def test_figures_a_claim_states(text, expected):
    assert figures(text, strict=True) == expected
