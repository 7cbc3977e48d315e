"""The register lexicon grown across the genre (round qa56, ``retrieval/register.txt``).

``probes_qa56.jsonl`` asks 56 questions in everyday words over four invented reports of
远山县 (``tests/data/probe_reports_qa56``) that write the genre's words for campaign days
(国家宪法日, 3·15, 全民国家安全教育日), laws by full name (反有组织犯罪法), bodies
(人民调解委员会), people (公职律师), and practices (断卡, 秸秆禁烧, 跨省通办, 好差评,
社会稳定风险评估, 优亲厚友, 执法记录仪, 婚姻家庭纠纷, 校园欺凌, 占道经营, 红白理事会,
外籍人员, 农资打假, 食品安全). Twenty groups of two paraphrases; sixteen must-nots each name a
practice of the same kind that no report writes (禁毒日, 长江法, 拉人头, 放鞭炮, 刷脸, 蝇贪,
亮明身份, 减灾日, 医闹, 民法典月, 网瘾, 黑车, 土葬, 开盒, 偷电, 黑臭水): the key stays a
required concept, so nothing answers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.register import read_register, register_in
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_invented_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    # int22 26d3e89: which F1 0.43 (22 of 40 which-answers empty), none 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_qa56"],
        DATA / "probes_qa56.jsonl",
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert len(result["questions"]) == 56
    assert not [q["id"] for q in result["questions"] if q["miss"]]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("哪些镇在宪法日搞了宣传", ["宪法日"]),
        ("哪些镇在国家宪法日搞了宣传", []),  # the report word around the key: nothing to translate
        ("哪些镇宣传了反黑法", ["反黑法"]),
        ("哪些地方管小摊贩", ["小摊贩"]),  # one jieba word: 摊贩 is not on its line
        ("哪些镇打击电信诈骗和卖卡", ["电信诈骗", "卖卡"]),  # both keys (电信诈骗: q79w78)
        ("哪些镇卖卡车", []),  # 卖|卡车: 卡 is inside a longer word
    ],
)
def test_keys_only_on_word_boundaries(tagged, text, found):
    assert [c.term for _, _, c in register_in(text, tagged)] == found


def test_every_key_translates_something():
    """A key that is a light character plus its own line's report word is skipped by the
    finder (qa51 rule 5): such a line would be dead, so the file holds none."""
    from retrieval.register import _says_it

    lexicon = read_register()
    assert not [k for k, alts in lexicon.items() if _says_it(k, alts)]
