"""Round perf45: a reading process whose library nobody wrote since a process last read the
store's version and saved its local copy answers from that copy without opening Chroma
(importing and opening the client was ~1 s CPU of a first ask at 10 000 reports), the same
answers; a write by any process is seen by the next reader, which then opens the store.

Over three invented reports (``tests/data/probe_reports_perf35``) and a fourth written here,
two paraphrases and a must-not, each asked by a process of its own as ``reportqa ask`` is.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from library import build
from reportqa.answer_json import answer_json
from reportqa.settings import Settings
from tests.probe_kit import in_fresh_process

DATA = Path(__file__).parent / "data" / "probe_reports_perf35"
QUESTIONS = [
    "哪些乡镇聘请了法律顾问？",  # 白沙镇 (then 青山镇 too)
    "哪些地方请了律师当法律顾问",  # paraphrase
    "哪些乡镇建成了法治文化公园？",  # must not list 红石镇 (仍在规划)
]
NEW = """青山镇2024年法治政府建设工作报告

2024年，青山镇认真落实法治政府建设各项任务，现将有关情况报告如下。

一、提升依法行政能力
镇政府聘请专业律师担任常年法律顾问，对镇里签订的合同逐一进行合法性审查。

二、推进基层依法治理
组织村干部参加法律知识培训2期，调处矛盾纠纷35件。
"""
_ASKS = """
import json, sys
from pathlib import Path
from library import build
from reportqa.answer_json import answer_json
from reportqa.settings import Settings
from tests.probe_kit import in_fresh_process
app = build(Settings(data_dir=Path(sys.argv[1]), llm_base_url=""))
got = [answer_json(app.service.ask(q, [])) for q in json.loads(sys.argv[2])]
print(json.dumps({"answers": got, "chromadb": "chromadb" in sys.modules,
                  "opened": app.catalog.store.is_open()}, ensure_ascii=False))
"""


def _asks(data_dir: Path) -> dict:
    """The questions asked by one fresh process, with whether it imported Chroma."""
    return in_fresh_process(_ASKS, str(data_dir), json.dumps(QUESTIONS))


def _supported(answer: dict) -> set[str]:
    return {u["unit"] for u in answer["units"] if u["verdict"] == "supported"}


def test_an_unwritten_library_answers_without_chroma_and_sees_the_next_write(tmp_path):
    folder = tmp_path / "reports"
    shutil.copytree(DATA, folder)
    settings = Settings(data_dir=tmp_path / "data", llm_base_url="")
    build(settings).shelf.add([folder])
    first = _asks(settings.data_dir)  # reads the version (and records it) if need be
    again = _asks(settings.data_dir)
    assert not again["chromadb"] and not again["opened"]
    assert again["answers"] == first["answers"]
    assert [_supported(a) for a in again["answers"]] == [{"白沙镇"}, {"白沙镇"}, {"白沙镇"}]

    # another process writes, one that records nothing (an earlier reportqa, Chroma's own
    # client): the record left says the version before the write
    record = settings.index_dir / "store_seen.json"
    kept = record.read_bytes()
    (folder / "r4.txt").write_text(NEW, encoding="utf-8")
    build(settings).shelf.add([folder])
    record.write_bytes(kept)
    after = _asks(settings.data_dir)
    assert after["chromadb"] and after["opened"]  # the file changed: the store is asked
    assert [_supported(a) for a in after["answers"]] == [
        {"白沙镇", "青山镇"},
        {"白沙镇", "青山镇"},
        {"白沙镇"},
    ]
    last = _asks(settings.data_dir)
    assert not last["chromadb"] and last["answers"] == after["answers"]


def test_a_write_in_the_process_opens_the_store(tmp_path):
    folder = tmp_path / "reports"
    shutil.copytree(DATA, folder)
    settings = Settings(data_dir=tmp_path / "data", llm_base_url="")
    build(settings).shelf.add([folder])
    _asks(settings.data_dir)
    app = build(settings)
    assert _supported(answer_json(app.service.ask(QUESTIONS[0], []))) == {"白沙镇"}
    assert not app.catalog.store.is_open()  # answered from the local copy
    (folder / "r4.txt").write_text(NEW, encoding="utf-8")
    app.shelf.add([folder])
    assert app.catalog.store.is_open()
    assert _supported(answer_json(app.service.ask(QUESTIONS[1], []))) == {"白沙镇", "青山镇"}
