"""Round review48: two precision defects of stop 48's rules, over made-up reports.

- **A count of years is no calendar year** (``retrieval.dates``): diag48a read a two-digit
  year joined to another (「09年和21年」) as a year, so 「工作满10年和20年的调解员」 became
  2010 and 2020 and the question was refused (库中没有 2010、2020 年的报告). A word of length
  (满, 长达, 连续, 超过) opens a count, and the years joined to it are counts too. Must-not:
  「21年」 at the head of a question is still 2021.
- **A bare 疫情 of another disease is no 新冠疫情** (``retrieval.other_epidemic``): diag48b's
  synonym 新冠疫情防控 ~ 疫情防控 let 「做好非洲猪瘟等重大动物疫情防控」 answer 「新冠疫情防控」.
  A host or disease right before 疫情 names another epidemic. Must-not: the bare 「疫情防控」
  asked keeps both reports.

int48 984cd88: 6 of 10 fail (the four paraphrases: the years refused, 白石镇's 动物疫情 listed;
and the two count reads); the must-nots and the two year reads pass. review48: all 10 pass.
"""

from __future__ import annotations

import pytest

from library.compose import build
from reportqa.settings import Settings
from retrieval.dates import full_years
from tests.probe_kit import ingested_texts

_REPORTS = {
    "a.txt": "青溪镇2021年法治政府建设工作报告\n\n一、统筹推进依法行政\n"
    "坚持统筹疫情防控和经济社会发展，依法落实常态化疫情防控各项措施，全年开展防控检查120次。\n\n"
    "二、加强人民调解\n全镇建成村级调解委员会12个，调处矛盾纠纷86起。\n",
    "b.txt": "白石镇2021年法治政府建设工作报告\n\n一、依法履行农业农村职责\n"
    "做好非洲猪瘟等重大动物疫情防控，全年开展生猪养殖场排查45次。\n\n"
    "二、加强人民调解\n对从事人民调解工作满10年和20年的调解员予以表彰，共表彰调解员18名。\n",
    "c.txt": "红岭乡2021年法治政府建设工作报告\n\n一、深化普法宣传\n"
    "开展宪法宣传周活动，发放宣传资料3000余份。\n\n"
    "二、加强人民调解\n建立乡级调解委员会，调处矛盾纠纷40起。\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    try:
        data = ingested_texts(tmp_path_factory.mktemp("review48"), mp, _REPORTS)
    finally:
        mp.undo()
    return build(Settings(data_dir=data)).service


@pytest.mark.parametrize(
    "question",
    [
        "哪些乡镇表彰了工作满10年和20年的调解员？",
        "哪个乡镇表彰了从事调解工作满10年、20年的调解员",
    ],
)
def test_a_count_of_years_is_no_year(service, question):
    assert service.ask(question).townships == ("白石镇",)


def test_a_year_at_the_head_is_still_a_year(service):
    assert set(service.ask("21年哪些乡镇调处了矛盾纠纷？").townships) == {"青溪镇", "红岭乡"}


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("工作满10年和20年的", "工作满10年和20年的"),
        ("长达15年的", "长达15年的"),
        ("09年和21年的报告", "2009年和2021年的报告"),
        ("17年那份报告", "2017年那份报告"),
    ],
)
def test_full_years_leaves_counts(text, read):
    assert full_years(text) == read


@pytest.mark.parametrize(
    "question", ["哪些乡镇的报告提到了新冠疫情防控？", "新冠疫情防控在哪些乡镇的报告里写了"]
)
def test_another_disease_is_no_named_epidemic(service, question):
    assert service.ask(question).townships == ("青溪镇",)


def test_a_bare_epidemic_keeps_every_one(service):
    assert set(service.ask("哪些乡镇的报告提到了疫情防控？").townships) == {"青溪镇", "白石镇"}
