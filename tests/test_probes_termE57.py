"""Round termE57: evidence judgement — the report's shorter form of the user's words.

1. A report drops a category modifier its clause implies, or the person suffix after a
   describer: 党委书记 → 书记, 安全事故 → 事故, 未成年人 → 未成年 (``retrieval.shorter_forms``);
   a contrastive or quantity modifier never goes (双组长 is no 组长), nor does another body's
   post (纪委书记) or another kind (交通事故) count.
2. The 未 of 未成年 negates nothing: 「未成年保护」 is a mention of 保护 (``retrieval.negator_words``).
3. A role built is said as a net count (「新增“法律明白人”10人」「发展人民调解员12名」): the deed of
   doing, beside the role named in full; 增加 without a count is none (``retrieval.net_counts``).
4. A quoted term explained by its holders (「书记镇长一起当“双组长”」): the holders are a gloss,
   light (``retrieval.joint_posts``); 「书记任组长、镇长任副组长」 is no joint post, nor is a
   quoted plain post (「一起当“组长”」) a gloss.
5. (stop-57 review) The dropped modifier is a category only before a head that exists solely in
   it: 书记 (not 委员, 政府) after 党委, 事故 (not 意识, 措施) after 安全.

All reports are made up, ingested for real into ``tmp_path`` and asked through the
composition root.
"""

from __future__ import annotations

import pytest

from library.compose import build
from reportqa.settings import Settings
from retrieval.shorter_forms import bare_in
from tests.probe_kit import ingested_texts

_REPORT = (
    "{unit}2023年法治政府建设工作情况报告\n\n安和县人民政府：\n"
    "2023年，{unit}深入推进法治政府建设，现将有关情况报告如下。\n\n"
    "一、主要工作\n\n（一）{a}\n\n（二）{b}\n\n（三）{c}\n\n（四）{d}\n\n"
    "二、存在问题\n\n{e}\n\n{unit}人民政府\n2024年1月10日\n"
)
_REPORTS = {
    "qh.txt": _REPORT.format(
        unit="清河镇",
        a="年终述职时，书记带头述法，班子成员逐一述法。",
        b="成立由书记任组长、分管领导任副组长的法治建设领导小组。",
        c="压实安全生产责任，全年未发生重大事故。",
        d="结合禁毒日开展未成年保护宣传活动6场。",
        e="基层法治力量仍显不足。",
    ),
    "bs.txt": _REPORT.format(
        unit="白石镇",
        a="纪委书记带头述法，通报典型案例。",
        b="成立以镇长为组长的法治建设领导小组。",
        c="辖区全年发生交通事故3起，均已依法处置。",
        d="平安建设领导小组由书记、镇长任双组长，每季度研判形势。",
        e="老年人权益保护宣传覆盖面不广。",
    ),
    "dl.txt": _REPORT.format(
        unit="东岭乡",
        a="组织干部集中学法4次。",
        b="法治建设领导小组由乡长任组长，副书记任副组长。",
        c="开展安全隐患排查12次，整改隐患30处。",
        d="开展禁毒宣传活动5场。",
        e="受条件限制，尚未开展未成年人保护专题宣传。",
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("termE57")
    with pytest.MonkeyPatch.context() as mp:
        yield build(Settings(data_dir=ingested_texts(tmp, mp, _REPORTS))).service


@pytest.mark.parametrize(
    ("question", "units"),
    [
        # 1. the shorter form: two paraphrases of each dropped modifier
        ("哪些镇的党委书记带头述法", {"清河镇"}),
        ("党委书记亲自带头述法的是哪些乡镇？", {"清河镇"}),
        ("法治建设领导小组由党委书记当组长的有哪些？", {"清河镇"}),
        ("哪些报告写了全年未发生重大安全事故？", {"清河镇"}),
        ("哪些报告讲了未成年人保护？", {"清河镇"}),
        # 2. the report's own words: 未成年 is no negation
        ("哪些报告讲了未成年保护", {"清河镇"}),
        ("哪些乡镇开展了未成年保护？", {"清河镇"}),
    ],
)
def test_paraphrases(service, question, units):
    assert set(service.ask(question).townships) == units


@pytest.mark.parametrize(
    ("question", "units"),
    [
        # a quantity modifier never goes: 双组长 is no 组长
        ("法治建设领导小组是双组长的有哪些乡镇？", set()),
        # a negation before the describer still negates: 「尚未开展未成年人保护…」 is none
        ("哪些乡镇开展了未成年人保护宣传？", {"清河镇"}),
        # another kind of the head: 交通事故 is no 安全事故
        ("哪些乡镇发生过安全事故？", set()),
    ],
)
def test_must_nots(service, question, units):
    assert set(service.ask(question).townships) == units


_ROLES = {
    "yh.txt": _REPORT.format(
        unit="永和镇",
        a="新增“法律明白人”10人，进一步充实基层法治力量。",
        b="成立主要领导任双组长的法治建设领导小组，定期研究法治工作。",
        c="开展安全生产检查8次。",
        d="办理行政复议案件3件。",
        e="普法形式较为单一。",
    ),
    "ds.txt": _REPORT.format(
        unit="定山乡",
        a="新发展人民调解员12名，调解纠纷40件。",
        b="成立由书记任组长、乡长任副组长的法治建设领导小组。",
        c="网格员工作经费有所增加，网格化管理更加规范。",
        d="开展法律进校园活动6场。",
        e="调解员业务能力不强。",
    ),
    "hs.txt": _REPORT.format(
        unit="黄石镇",
        a="组织干部集中学法6次。",
        b="党委书记、镇长带头述法。",
        c="经济社会发展态势良好，法律明白人、网格员积极参与基层治理。",
        d="培养学法用法示范户20户。",
        e="基层法治力量不足。",
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def roles(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("termE57roles")
    with pytest.MonkeyPatch.context() as mp:
        yield build(Settings(data_dir=ingested_texts(tmp, mp, _ROLES))).service


@pytest.mark.parametrize(
    ("question", "units"),
    [
        # 3. a net count is the deed of building the role
        ("有没有报告提到培养“法律明白人”的？", {"永和镇"}),
        ("哪些乡镇培育了人民调解员？", {"定山乡"}),
        # 4. the holders explain the quoted joint post
        ("法治建设领导小组是书记镇长一起当“双组长”的有哪些？", {"永和镇"}),
        ("哪些乡镇的领导小组由书记和镇长一起担任“双组长”？", {"永和镇"}),
    ],
)
def test_roles_paraphrases(roles, question, units):
    assert set(roles.ask(question).townships) == units


@pytest.mark.parametrize(
    ("question", "units"),
    [
        # 增加 without a count builds nothing: 「网格员工作经费有所增加」
        ("哪些乡镇培养了网格员？", set()),
        # the holders named without a joint post stay the need: 书记 and 镇长 both
        ("哪些乡镇的党委书记和镇长带头述法？", {"黄石镇"}),
    ],
)
def test_roles_must_nots(roles, question, units):
    assert set(roles.ask(question).townships) == units


# stop-57 review: the shorter form and the gloss kept to what the stated facts cover
_OTHERS = {
    "jx.txt": _REPORT.format(
        unit="金溪镇",
        a="深入学习贯彻习近平总书记关于全面依法治国的重要论述，带头学法。",
        b="开展法律进校园活动4场。",
        c="组建人民调解委员会8个，组织调解员集中学法2次。",
        d="落实法治政府建设保障措施，增强群众法治意识。",
        e="对法治政府建设重视不够。",
    ),
    "ms.txt": _REPORT.format(
        unit="木山乡",
        a="乡党委高度重视法治政府建设，定期研究法治工作。",
        b="开展普法宣传活动8场。",
        c="全年未发生较大事故。",
        d="组织干部学法5次。",
        e="普法形式较为单一。",
    ),
    "sy.txt": _REPORT.format(
        unit="石岩镇",
        a="成立以分管副镇长为组长的依法行政工作领导小组。",
        b="组织干部集中学法3次。",
        c="办理信访事项12件。",
        d="聘请法律顾问1名。",
        e="法治队伍力量薄弱。",
    ),
    "xj.txt": _REPORT.format(
        unit="新集乡",
        a="成立以乡党委书记为组长、乡长为常务副组长的法治政府建设工作领导小组。",
        b="开展法治宣传活动5场。",
        c="调处矛盾纠纷20件。",
        d="组织村干部学法2次。",
        e="法治宣传阵地不多。",
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def others(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("termE57others")
    with pytest.MonkeyPatch.context() as mp:
        yield build(Settings(data_dir=ingested_texts(tmp, mp, _OTHERS))).service


@pytest.mark.parametrize(
    ("question", "units"),
    [
        # 安全 goes only before 事故: 法治意识 is no 安全意识, 保障措施 no 安全措施
        ("哪些乡镇增强了群众的安全意识", set()),
        ("哪些乡镇落实了安全措施", set()),
        # 党委委员 is a member, not a post the report shortens (调解委员会 is no 党委委员)
        ("哪些乡镇的党委委员带头学法", set()),
        # the joint post only glosses its holders when quoted as one: 「一起当“组长”」
        # (新集乡's 书记 is the 组长; 石岩镇's 副镇长 is, with no 书记 and no joint post)
        ("领导小组是书记镇长一起当“组长”的有哪几个？", {"新集乡"}),
        # the category still holds where it is implied: 较大事故 is a 安全事故
        ("哪些报告写了全年未发生较大安全事故？", {"木山乡"}),
    ],
)
def test_review_must_nots(others, question, units):
    assert set(others.ask(question).townships) == units


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("由书记任组长", True),
        ("深入学习贯彻习近平总书记重要讲话精神", False),
        ("村党支部书记带头学法", False),
        ("社区书记例会", False),
        ("法庭书记员参加旁听", False),
    ],
)
def test_bare_secretary(text, bare):
    """The bare 书记 a report writes for its own 党委书记; 总书记, 支部书记, 社区书记 and
    书记员 are other posts (the review's 习近平总书记 misfire)."""
    assert bare_in(text, "书记") is bare
