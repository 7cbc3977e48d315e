"""Round dnyE35: a unit whose own report says it lacks a thing is never listed on a sentence
that leaves the thing out.

``probes_dnyE35.jsonl`` asks over seven invented reports (``tests/data/probe_reports_dnyE35``):
青石镇 writes 「受编制所限，我镇尚未配备公职律师」 and then 「全年对重大行政决策开展合法性审查5件」,
白沙乡 「乡人民调解委员会尚未成立」 and then 「全年调处各类矛盾纠纷36件」; two paraphrases each
must not list them (``retrieval.own_lack``, ``answering.denied.unlacked``), and d1n must answer
none (the only 法律风险研判会 is 青石镇's, its lack written in another section). Must-nots that
stay listed: 松岗镇 (「未出现法律风险」 negates another thing, 「尚未配备公职律师的村」 are villages,
「未出现调解委员会空缺」 says it is there) and 兰溪街道 (「年初尚未配备公职律师」, then its
公职律师 reviewing, named in the sentence); d1c asks every level: the county 宜丰县 writes
「个别乡镇尚未配备公职律师」, a lack of others, and stays listed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.own_lack import lacks
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_dnyE35.jsonl"


def test_dnye35_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_dnyE35"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


LAWYER = ("公职律师",)
ADVISER = ("法律顾问",)


@pytest.mark.parametrize(
    ("text", "thing", "before"),
    [
        ("受编制所限，我镇尚未配备公职律师。", LAWYER, ()),
        ("因经费紧张，尚未聘请律师担任乡政府法律顾问，合同由司法所代为审查。", ADVISER, ()),
        ("乡人民调解委员会尚未成立，矛盾纠纷由综治中心受理。", ("委员会",), ("调解",)),
        ("目前镇政府仍未聘请法律顾问。", ADVISER, ()),
        ("青石镇尚未配备公职律师、法律顾问。", ADVISER, ()),
        ("镇法律顾问缺位，合同审查由司法所承担。", ADVISER, ()),
    ],
)
def test_the_unit_lacks_it(text, thing, before):
    assert lacks(text, thing, before, ("青石镇", "青石"))


@pytest.mark.parametrize(
    ("text", "thing", "before"),
    [
        ("为尚未配备公职律师的村（社区）统一对接县公职律师团队。", LAWYER, ()),  # villages
        ("部分村尚未聘请法律顾问。", ADVISER, ()),  # a part of others
        ("全县配备公职律师46名，个别乡镇尚未配备公职律师。", LAWYER, ()),
        ("全镇尚有3个村未聘请法律顾问。", ADVISER, ()),
        ("镇公职律师列席党委会12次，决策中未出现法律风险。", LAWYER, ()),  # another thing
        ("全镇9个村调解委员会规范运行，未出现调解委员会空缺。", ("委员会",), ("调解",)),
        ("尚未建立法律顾问制度。", ADVISER, ()),  # a 制度 is lacked
        ("村级法律顾问尚未实现全覆盖。", ADVISER, ()),  # coverage, not the thing
        ("法治建设委员会尚未成立。", ("委员会",), ("调解",)),  # another 委员会
        ("智慧城区建设缺乏有效统筹。", ("统筹",), ()),  # another subject
        ("少数干部缺乏法律顾问意识。", ADVISER, ()),
        ("聘请法律顾问1名，全年未发生行政败诉。", ADVISER, ()),
    ],
)
def test_no_lack_of_the_unit(text, thing, before):
    assert not lacks(text, thing, before, ("青石镇", "青石"))


def test_a_longer_word_is_a_narrower_thing():
    words = {"公职律师", "人民调解委员会"}.__contains__
    assert not lacks("我镇尚未配备公职律师。", ("律师",), (), (), words)  # 律师 asked bare
    assert lacks("我镇尚未配备公职律师。", LAWYER, (), (), words)
    assert lacks("镇人民调解委员会尚未成立。", ("委员会",), ("调解",), (), words)
    assert lacks("因经费紧张，尚未聘请律师担任乡政府法律顾问。", ADVISER, (), (), words)
