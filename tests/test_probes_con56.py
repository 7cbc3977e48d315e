"""Round con56: a pinyin slip inside a longer term.

A slip inside a longer term (首问负则制度) whose report quotes the name inside the phrase
(严格执行“首问负责”制度): the variant is attested by the concept's quote-placed spellings with
the same swap, which join the concept (``retrieval.homophones``). Must-nots: a swap to another
tone (服 fú for 负 fù) is no slip of the input method; a part that is a word of the general
dictionary (时效 of 办案时效制度) is never respelled, so a report writing 实效 attests nothing
(the review of con56 found 实效 cited for 办案时效制度).

All reports are made up, ingested for real into ``tmp_path`` and asked through the
composition root. On base56 (0b760a0) the two paraphrases fail (nothing found); the must-nots
hold on both, the 时效 one failing on con56's first head (3ab9e02).
"""

from __future__ import annotations

import pytest

from library.compose import build
from reportqa.settings import Settings
from tests.probe_kit import ingested_texts

_REPORT = (
    "{unit}2023年法治政府建设工作情况报告\n\n一、主要工作\n\n（一）{a}\n\n（二）{b}\n\n"
    "二、存在问题\n\n{c}\n"
)
_REPORTS = {
    "qs.txt": _REPORT.format(
        unit="青山镇",
        a="严格执行“首问负责”制度，窗口群众满意率达98%。",
        b="聘请专业律师担任政府法律顾问，全年审查合同30份。",
        c="全面落实河长制，全年巡河120次。",
    ),
    "ls.txt": _REPORT.format(
        unit="绿水乡",
        a="建立健全村居法律顾问制度，法律顾问坐班值班100次，提供法律咨询500人次。",
        b="坚持“谁执法谁普法”，开展以案释法活动6场。",
        c="注重调解实效，推行全科网格，配备专职网格员30名。",
    ),
    "by.txt": _REPORT.format(
        unit="白云街道",
        a="组织机关干部学习宪法，开展专题讲座4场。",
        b="全面落实普法责任制，制定普法责任清单。",
        c="落实河湖长制还有差距。",
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("con56")
    with pytest.MonkeyPatch.context() as mp:
        yield build(Settings(data_dir=ingested_texts(tmp, mp, _REPORTS))).service


@pytest.mark.parametrize(
    ("question", "units"),
    [
        # a slip inside a term the report quotes in its phrase (负则, 付责 for 负责)
        ("哪些乡镇落实了首问负则制度？", {"青山镇"}),
        ("首问付责制度哪些乡镇在执行？", {"青山镇"}),
        # an input method offers its candidates by the syllable, the tone unsaid (stop 98):
        # 服 fú is a slip for 负 fù as 统 tǒng is for 通 tōng
        ("哪些乡镇落实了首问服责制度？", {"青山镇"}),
    ],
)
def test_paraphrases(service, question, units):
    assert set(service.ask(question).townships) == units


@pytest.mark.parametrize(
    ("question", "units"),
    [
        # another syllable is no slip: 复查 (fù chá) is a word, and no 负责 (fù zé)
        ("哪些乡镇落实了首问复查制度？", set()),
        # 时效 is a word: 实效 in a report is no spelling of a slip
        ("哪些乡镇落实了调解时效制度", set()),
    ],
)
def test_must_nots(service, question, units):
    assert set(service.ask(question).townships) == units
