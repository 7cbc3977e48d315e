"""Reports in traditional characters: found by simplified questions and back, quoted verbatim.

The report below is made up (a township that does not exist), written the way mirror sites
publish: 鄉/鎮/縣/顧問 in traditional characters.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.service import AnswerService
from library import build
from reportqa.settings import Settings
from reportqa.text import Tokenizer, to_simplified
from reportqa.units import UnitIndex

TRAD = """青禾縣白鷺鎮人民政府2022年度法治政府建設工作報告

2022年，白鷺鎮在縣委、縣政府的正確領導下，紮實推進法治政府建設。現將有關情況報告如下：
一、主要舉措
（一）聘請法律顧問。鎮政府聘請江岸律師事務所律師擔任常年法律顧問，全年審查合同16份。
（二）開展普法宣傳。組織“憲法宣傳周”活動12場，發放資料3000餘份。
二、存在問題
基層執法人員專業能力仍有不足。
"""

SIMP = """松原县柳湾乡人民政府2022年度法治政府建设工作报告

2022年，柳湾乡扎实推进法治政府建设。现将有关情况报告如下：
一、主要举措
（一）强化矛盾调解。全年调处矛盾纠纷45件，调解成功率100%。
（二）开展普法宣传。组织法律讲座8场。
"""


def test_to_simplified_keeps_offsets():
    for text in (TRAD, "於是後來瞭解頭髮", "abc 123", ""):
        out = to_simplified(text)
        assert len(out) == len(text)
    assert to_simplified("白鷺鎮聘請法律顧問") == "白鹭镇聘请法律顾问"
    assert to_simplified("白鹭镇聘请法律顧問") == "白鹭镇聘请法律顾问"  # one traditional word
    assert to_simplified(SIMP) is SIMP  # already simplified: returned as is, unconverted


def test_tokens_match_across_scripts():
    tok = Tokenizer(["法律顾问"])
    assert tok.index_tokens("聘請法律顧問") == tok.index_tokens("聘请法律顾问")
    assert "鄉鎮" not in tok.words("哪些鄉鎮")
    assert tok.index_tokens("律师") != tok.index_tokens("法官")  # not everything collapses


def test_unit_index_matches_either_script():
    idx = UnitIndex(["白鹭镇", "柳湾乡"])
    assert idx.candidates("白鷺鎮聘請了誰") == {"白鹭镇"}
    assert idx.candidates("白鹭镇聘请了谁") == {"白鹭镇"}
    assert idx.candidates("黄鹤镇") == set()


@pytest.fixture(scope="module")
def service(tmp_path_factory) -> AnswerService:
    root = tmp_path_factory.mktemp("trad")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "trad.txt").write_text(TRAD, encoding="utf-8")
    (corpus / "simp.txt").write_text(SIMP, encoding="utf-8")
    app = build(Settings(data_dir=root / "data"))
    app.shelf.add([corpus])
    return app.service


def test_traditional_report_metadata_is_simplified(service):
    infos = {i.source: i for i in service.lib.reports()}
    assert infos["trad.txt"].township == "白鹭镇"
    assert infos["trad.txt"].county == "青禾县"
    assert infos["trad.txt"].year == 2022


def test_simplified_question_finds_traditional_report_verbatim(service):
    a = service.ask("哪些乡镇聘请了法律顾问")
    assert "白鹭镇" in a.townships and "柳湾乡" not in a.townships
    text = service.lib.report_text(a.citations[0].report_id)
    c = a.citations[0]
    assert text[c.start : c.end] == c.quote and "顧問" in c.quote  # original characters


def test_traditional_question_finds_simplified_report(service):
    a = service.ask("柳灣鄉調處了多少件矛盾糾紛？")
    assert a.townships == ("柳湾乡",)
    assert "45件" in a.citations[0].quote


def test_question_analysis_finds_units_in_either_script(service):
    for q in (
        "柳灣鄉調處了多少件矛盾糾紛？",
        "柳湾乡调处了多少件矛盾纠纷？",
        "柳灣乡调处了多少件纠纷",
    ):
        assert service.retriever.analyze(q).townships == ("柳湾乡",)
    assert service.retriever.analyze("黃鶴鎮調處了多少件糾紛").townships == ()


def test_every_probe_reads_the_same_in_traditional_characters(tmp_path):
    """The metadata probes written out in traditional characters (as mirror sites publish):
    titles, page chrome, line joining and names must all come out the same."""
    import shutil

    import opencc

    from ingest.meta_eval import evaluate

    probes = Path(__file__).parent / "data" / "probes_meta"
    s2t = opencc.OpenCC("s2t")
    for f in probes.glob("*.txt"):
        (tmp_path / f.name).write_text(s2t.convert(f.read_text(encoding="utf-8")), "utf-8")
    shutil.copy(probes / "meta_gold.jsonl", tmp_path / "meta_gold.jsonl")
    score = evaluate(tmp_path / "meta_gold.jsonl")
    assert score.accuracy("all") == 1.0, score.misses()
