"""Round fixdev48: two rules of int48 read too far, each asked in new words over made-up
reports, with one question each rule must still answer its own way.

- **A clause opened by a word of totality is no second condition**
  (``retrieval.conjunction``): 「参加了法治考试，并且全都通过了」 — 全都/全部 sum over the takers of the
  first clause, so it says how the exam came out, in the sentence telling the exam. 青禾镇
  writes its cadres' exam and a 100% pass; 松岭镇 an exam and, elsewhere, an unrelated
  全覆盖 — read as two deeds told anywhere, 松岭镇 passed. Must-not: 「…，又开展了普法宣传的」
  still asks both deeds (白石乡 writes a mediation committee and no 普法宣传).
- **A deed put as a yes-no check is done on the time clause's object**
  (``retrieval.time_clauses``): 「拍板大事以前先审一审合不合法」 asks the legality review of the
  重大决策, so 柳岸街道's review of 规范性文件 alone does not answer. Must-not: 「签合同以前先
  组织学习法律知识」 still reads the clause as a mere moment (石门乡 studies law and signs a
  contract; the clause's words light).

int48 c590b65: 4 of 6 fail (ftx1a, ftx1b name 松岭镇 on its 全覆盖; ftx2a, ftx2b name 柳岸街道);
fixdev48: all pass.
"""

from __future__ import annotations

import pytest

from library.compose import build
from reportqa.settings import Settings
from tests.probe_kit import ingested_texts

_REPORTS = {
    "qinghe.txt": "四川省青禾镇2024年法治政府建设工作报告\n\n一、加强学法用法\n"
    "组织全镇38名干部参加年度法治理论考试，考试通过率100%。\n\n"
    "二、推进依法决策\n全年5项重大决策均经合法性审查后提交党委会研究。\n\n"
    "三、深化普法宣传\n开展普法宣传进村活动12场。\n",
    "songling.txt": "湖北省松岭镇2024年法治政府建设工作报告\n\n一、加强学法用法\n"
    "镇党委书记带头参加法治理论考试，组织干部旁听庭审2次。\n\n"
    "二、夯实基层基础\n实现村（社区）法律顾问全覆盖，开展普法宣传活动9场。\n",
    "liuan.txt": "江西省柳岸街道2024年法治政府建设工作报告\n\n一、规范行政行为\n"
    "落实行政规范性文件合法性审核机制，全年审核规范性文件4件。\n\n"
    "二、化解矛盾纠纷\n调处矛盾纠纷52件。\n",
    "baishi.txt": "湖南省白石乡2024年法治政府建设工作报告\n\n一、化解矛盾纠纷\n"
    "成立乡人民调解委员会，调处纠纷31件。\n\n"
    "二、加强学法用法\n组织干部参加法治理论考试，参考率、通过率均达100%。\n",
    "shimen.txt": "广东省石门乡2024年法治政府建设工作报告\n\n一、加强学法用法\n"
    "签订村道保洁合同3份，组织干部学习法律知识4次。\n\n"
    "二、化解矛盾纠纷\n成立乡人民调解委员会，开展普法宣传活动6场。\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    try:
        data = ingested_texts(tmp_path_factory.mktemp("fixdev48"), mp, _REPORTS)
    finally:
        mp.undo()
    return build(Settings(data_dir=data)).service


@pytest.mark.parametrize(
    ("question", "units"),
    [
        # ftx1a, ftx1b: the pass is said of the exam's takers, in the exam's sentence
        ("哪些乡镇组织干部参加了法治考试，并且全都通过了？", {"青禾镇", "白石乡"}),
        ("哪几个乡镇的干部考了法律知识，而且全部都过了", {"青禾镇", "白石乡"}),
        # ftx1c (must-not): a deed of its own after 又 is still a second condition
        ("哪些乡镇成立了调解委员会，又开展了普法宣传的？", {"石门乡"}),
    ],
)
def test_a_clause_of_totality_tells_how_the_first_deed_came_out(service, question, units):
    assert set(service.ask(question).townships) == units


@pytest.mark.parametrize(
    ("question", "units"),
    [
        # ftx2a, ftx2b: the check is of the clause's object, the 重大决策
        ("哪些地方拍板大事以前先审一审合不合法？", {"青禾镇"}),
        ("哪些乡镇作重大决策之前先看看是否合法", {"青禾镇"}),
        # ftx2c (must-not): no check asked — the clause is a moment, the study the deed
        ("哪些地方在签合同以前先组织学习法律知识？", {"石门乡"}),
    ],
)
def test_a_yes_no_check_is_done_on_the_clause_object(service, question, units):
    assert set(service.ask(question).townships) == units
