"""Round u35: an untitled street page that names itself by its bare short name.

Two facts about Chinese government reports, each guarded by made-up openings:

1. A street says its own kind inside noun phrases as often as with 我/全/本: 「现将2024年街道法治
   政府建设情况报告如下」「对街道法治政府建设办公室…」, and its party organ is the 党工委 (a 镇 or
   乡 has a 党委), so 「党工委书记」 alone is a street's.
2. A township report names its county through the county's party body (「X区委全面依法治区委员会」
   「X县委依法治县办」): the county's 区委 is the township's superior, never the writer of a
   township report, so it names the parent; the county's street list then gives the street whose
   bare short name the report uses (「童家桥砥砺奋进」).

Must-not: a county's own report naming its 区委 stays the county; a street report that names
another street of its county in passing (「与磁器口街道联调」) does not become that street.
"""

from __future__ import annotations

import pytest

from ingest.metadata import extract

_BODY = (
    "\n一、主要举措和成效\n（一）深化学法用法。党工委书记带头讲法治课2次，中心组学法6次。"
    "\n（二）规范决策。对街道法治政府建设办公室工作进行调整，重大事项均经合法性审查。"
    "\n二、存在问题\n基层法治力量不足，群众法治意识有待提高。"
    "\n三、下一步打算\n持续推进法治政府建设。"
)

STREET = {
    # the brief's made-up opening: 区委's body names the county, the bare short name the street
    "p1": (
        "区委、区政府：\n2024年，在区委、区政府的坚强领导下，认真落实沙坪坝区委全面依法治区委员会"
        "部署要求，扎实推进各项工作，童家桥砥砺奋进，法治建设取得新成效。现将2024年街道法治政府"
        "建设情况报告如下：" + _BODY,
        "童家桥街道",
        "沙坪坝区",
    ),
    # the same facts said otherwise: 依法治区办 of the 区委, the short name in a slogan sentence
    "p2": (
        "一年来，严格按照九龙坡区委依法治区办工作安排，坚持党工委统一领导，杨家坪凝心聚力、"
        "真抓实干，奋力书写法治建设新篇章。现将本年度街道法治政府建设工作情况报告如下。" + _BODY,
        "杨家坪街道",
        "九龙坡区",
    ),
    # a 镇 under its 县委's body: the county's town list gives the town the slogan names
    "p3": (
        "今年以来，镇党委、镇政府坚决贯彻巫山县委全面依法治县委员会各项部署，大昌干群凝心聚力，"
        "法治建设取得明显成效。现将有关情况报告如下。\n一、主要工作\n镇党委理论学习中心组学法6次，"
        "聘请法律顾问1名。\n二、存在问题\n法治宣传形式单一。",
        "大昌镇",
        "巫山县",
    ),
}


@pytest.mark.parametrize("key", sorted(STREET))
def test_a_street_named_by_its_short_name_under_its_county_party_body(key):
    text, unit, parent = STREET[key]
    meta = extract(text, "x.txt")
    assert (meta.unit, meta.parent, meta.level) == (unit, parent, "乡镇")


def test_a_county_report_naming_its_party_body_stays_the_county():
    text = (
        "2024年，我区在沙坪坝区委全面依法治区委员会的坚强领导下，全区上下扎实推进法治政府建设，"
        "区政府对街道法治建设进行年度考核，童家桥、磁器口等街道法治阵地建设成效明显。现将沙坪坝区2024年法治政府建设情况报告如下。"
        "\n一、主要举措和成效\n区政府常务会议学法12次，全区聘请法律顾问98名。"
        "\n二、存在问题\n部分街道法治力量不足。"
    )
    meta = extract(text, "x.txt")
    assert (meta.unit, meta.level) == ("沙坪坝区", "区县")


def test_a_street_naming_another_street_in_passing_does_not_become_it():
    text = (
        "2024年，认真落实沙坪坝区委全面依法治区委员会部署要求，与磁器口街道开展矛盾纠纷联调，"
        "化解了一批疑难纠纷。现将2024年街道法治政府建设情况报告如下：" + _BODY
    )
    meta = extract(text, "x.txt")
    assert meta.unit != "磁器口街道"
    assert meta.level == "乡镇"
