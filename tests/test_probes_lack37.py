"""Round lack37: a unit whose own report says it lacks a thing is not listed on a sentence that
leaves the thing out — the lack read once at ingest (``reportqa.lacks``), never at the ask.

``probes_lack37.jsonl`` asks over seven invented reports (``tests/data/probe_reports_lack37``):
梅溪镇 writes 「因经费紧张，尚未聘请法律顾问」 then 「全年召开法律事务分析会两次」, 河口乡
「乡政府至今未聘请常年法律顾问」 then 「每季度召开一次法律事务分析会」 (k1a, k1b: the object of a
negated having); 青岗镇 「镇人民调解委员会尚未成立」 then 「调解工作有序开展」, 白鹭乡
「乡调解委员会仍未组建」 then 「依托乡综治中心开展调解工作」 (k2a, k2b: a subject said absent).
Must-nots: 柳湾街道 (「年初，街道尚未聘请法律顾问。6月，街道已聘请…」, then its 法律顾问 at the
meeting) stays listed; a unit lacking X is listed for a question on Y (k3n); 「全年未发生行政诉讼
案件」 is no lack of a practice (k4n).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reportqa.lacks import lacked, read_lacks, without_absences
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
REPORTS = DATA / "probe_reports_lack37"
PROBES = DATA / "probes_lack37.jsonl"


def test_lack37_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [REPORTS],
        PROBES,
        ["--min-f1", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


def test_an_existing_library_reads_its_lacks_once_without_rechunking(tmp_path, monkeypatch):
    """A library written before the lacks were read (its records without them) gets them on
    its next ingest: the files are read again (``versions.DERIVED``), the content hash is
    unchanged, so only the records are rewritten — no chunk, no vector."""
    import ingest.pipeline as pipeline
    from cli.main import main
    from library.compose import build
    from reportqa.settings import Settings

    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path))
    assert main(["ingest", str(REPORTS)]) == 0
    app = build(Settings(data_dir=tmp_path))
    from dataclasses import replace

    for info in app.catalog.store.reports():
        app.catalog.store.update_info(replace(info, lacks=""))  # as an older version wrote it
    monkeypatch.setattr(pipeline, "DERIVED", "next")
    before = {i.report_id: i.content_hash for i in app.catalog.store.reports()}
    result = app.shelf.add([REPORTS])
    assert {s["status"] for s in result.statuses} == {"unchanged"}
    infos = {i.township: i for i in app.catalog.store.reports()}
    assert {i.report_id: i.content_hash for i in infos.values()} == before
    assert lacked(infos["梅溪镇"].lacks, ("法律顾问",), (), ("梅溪镇", "梅溪"))
    assert not infos["石滩镇"].lacks


LAWYER = ("公职律师",)
ADVISER = ("法律顾问",)
OWN = ("青石镇", "青石")


def _lacks(text: str, thing, before=(), is_word=None) -> bool:
    return lacked(read_lacks(text), thing, before, OWN, is_word)


@pytest.mark.parametrize(
    ("text", "thing", "before"),
    [
        ("受编制所限，我镇尚未配备公职律师。", LAWYER, ()),
        ("因经费紧张，尚未聘请律师担任乡政府法律顾问，合同由司法所代为审查。", ADVISER, ()),
        ("乡人民调解委员会尚未成立，矛盾纠纷由综治中心受理。", ("委员会",), ("调解",)),
        ("受人员编制限制，乡调解委员会仍未组建。", ("委员会",), ("调解",)),
        ("目前镇政府仍未聘请法律顾问。", ADVISER, ()),
        ("青石镇尚未配备公职律师、法律顾问。", ADVISER, ()),
        ("镇法律顾问缺位，合同审查由司法所承担。", ADVISER, ()),
        ("我镇缺少专职法律顾问。", ADVISER, ()),
        ("因经费紧張，尚未聘請法律顧問。", ADVISER, ()),  # traditional characters
    ],
)
def test_the_unit_lacks_it(text, thing, before):
    assert _lacks(text, thing, before)


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
        ("全年未发生行政诉讼案件。", ("行政诉讼",), ()),  # an event, no thing had
        ("全年没有发生行政诉讼案件。", ("行政诉讼案件",), ()),
        ("调解工作有序开展，全年调解矛盾纠纷28件。", ("委员会",), ("调解",)),  # no lack said
    ],
)
def test_no_lack_of_the_unit(text, thing, before):
    assert not _lacks(text, thing, before)


def test_a_longer_word_is_a_narrower_thing():
    words = {"公职律师", "人民调解委员会"}.__contains__
    assert not _lacks("我镇尚未配备公职律师。", ("律师",), (), words)  # 律师 asked bare
    assert _lacks("我镇尚未配备公职律师。", LAWYER, (), words)
    assert _lacks("镇人民调解委员会尚未成立。", ("委员会",), ("调解",), words)
    assert _lacks("因经费紧张，尚未聘请律师担任乡政府法律顾问。", ADVISER, (), words)


def test_the_unit_is_read_at_the_ask():
    """The lead before the verb is kept, so a unit corrected after the ingest counts at once:
    「白沙乡尚未聘请法律顾问」 is 白沙乡's own lack, and another unit's for 青石镇."""
    record = read_lacks("白沙乡尚未聘请法律顾问。")
    assert lacked(record, ADVISER, (), ("白沙乡", "白沙"))
    assert not lacked(record, ADVISER, (), OWN)


def test_a_clause_saying_its_subject_is_absent_names_nothing():
    text = "受人员编制限制，乡调解委员会仍未组建。依托乡综治中心开展调解工作。"
    assert "委员会" not in without_absences(text)
    assert without_absences("镇人民调解委员会调解纠纷40件。") == "镇人民调解委员会调解纠纷40件。"


def test_a_record_is_short():
    """A report's record holds only its clauses that may state a lack, not its text."""
    text = (REPORTS / "p1.txt").read_text(encoding="utf-8")
    record = read_lacks(text)
    assert record and len(record) < len(text) // 10
    assert json.dumps(record)  # a plain string: any key-value store keeps it


def test_dnye35_probes_pass_with_the_lacks_read_at_ingest(tmp_path, monkeypatch, capsys):
    """dnyE35's probes (the same fact, read from the whole text at the ask and reverted for
    its cost): 青石镇 「我镇尚未配备公职律师」, 白沙乡 「乡人民调解委员会尚未成立」 never listed on a
    sentence without the thing; 松岗镇, 兰溪街道 and the county 宜丰县 (「个别乡镇尚未配备」) stay."""
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_dnyE35"],
        DATA / "probes_dnyE35.jsonl",
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])
