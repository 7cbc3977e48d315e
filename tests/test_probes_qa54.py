"""The word that carries the meaning (round qa54): a compound read through its spelled parts,
and a place word left alone never answers.

``probes_qa54.jsonl`` asks ten questions over four invented reports of 鹭洲县
(``tests/data/probe_reports_qa54``): 白沙镇 writes 升旗仪式 and 国旗下讲宪法, 青石乡 为学生上法治课,
柳岸镇 对拟提拔任用的干部开展任前法律知识考试 and 公职人员 … 律师 apart, 东湖街道 its 社区. Every
township report writes its villages (村).

- p1a, p1b: the practice (蹲点, 摸排) is in no report; 村 / 社区 alone name where, never what:
  「没有」. p1x (must-not): a place beside a spelled practice (法律顾问) still answers.
- e1a, e1b: 升国旗 (a one-character verb and its object) is read as 升旗 / 国旗.
- e2a, e2b: 学生娃 is 学生 with a suffix of address.
- e3a, e3b: 提拔干部 (verb + object) is read as 提拔 and 干部, both required.
- ex1 (must-not): 公职律师, a modifier + head, is never split into 公职 and 律师.
"""

from __future__ import annotations

from pathlib import Path

from reportqa.text import Tokenizer
from retrieval.compound_parts import Reading, read_compound
from retrieval.holders import is_holder
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_qa54.jsonl"
# words an invented library spells: the parts of the compounds below, never the compounds
_SAID = frozenset(
    "升旗 国旗 学生 提拔 干部 公职 律师 手机 软件 社会 官司 法院 领导 村部 裁员 宁县 车轮".split()
)


def test_parts_and_lone_places_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_qa54"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert len(result["questions"]) == 10


def test_compounds_read_by_their_build():
    tok = Tokenizer()

    def read(term: str) -> Reading | None:
        return read_compound(term, tok.tagged, tok.is_word, _SAID.__contains__)

    assert read("升国旗") == Reading(spellings=("升旗",))
    assert read("学生娃") == Reading(spellings=("学生",))
    assert read("提拔干部") == Reading(parts=("提拔", "干部"))
    # a modifier names a kind; a set phrase's parts are not its meaning (新官上任, 打官司);
    # 黑 is no verb; 证 is no suffix of address
    # a level or place first (村干部, 县法院), 子 of things (车轮子): no reading; the object
    # alone is no spelling (仲裁员 is not 裁员); a bound character making a word with the next
    # (车轮|子) is no verb — review of stop 21
    for term in ("村干部", "县法院", "县领导", "仲裁员", "车轮子"):
        assert read(term) is None, term
    for term in ("公职律师", "手机软件", "新官上任", "打官司", "黑社会", "学生证"):
        assert read(term) is None, term


def test_place_words_are_holders():
    for word in ("村", "社区", "村里", "农村", "辖区", "当地"):
        assert is_holder(word), word
    for word in ("村规民约", "社区矫正", "法律进乡村", "基层"):
        assert not is_holder(word), word
